"""The Book: one cooperative's books in one folder.

    koperasi.yaml              the profile (identity, settings, units, chart of accounts)
    data/kepala.json           the head: last entry's number and hash, per-month account
                               totals, closed months, reversals, a SHA-256 of every data file,
                               and koperasi.yaml already parsed (see `muat_profil`)
    data/jurnal/YYYY-MM.json   one TinyDB file per month of entry dates (the journal shard)
    data/jurnal/YYYY-MM.tag.json  that month's totals per tag (member, loan, item, unit) and account
    data/tutup/YYYY-MM.json    a closed month's cumulative account totals; .tag.json: its tag totals
    data/<tabel>.json          master data (TinyDB): members, loans, items, ...
    data/kunci                 the lock file

A command opens the book under an exclusive lock (`Buku.buka`), stages its changes, and
`simpan` writes them in one atomic unit (`berkas.tulis_atomik`). Adding an entry touches only
its month's shard, that month's tag totals and the head, so its cost does not grow with history;
balances come from the per-month totals plus, for a date inside a month, that month's entries.
"""

from __future__ import annotations

import hashlib
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

import orjson

from koperasi_cli.core.galat import BUKU_RUSAK, Galat, GalatBanyak
from koperasi_cli.core.jurnal import HASH_AWAL, TAG, Entri, format_batch, format_id, ke_rekaman, validasi_entri
from koperasi_cli.core.profil import Profil, validasi_profil
from koperasi_cli.core.tanggal import Bulan
from koperasi_cli.ledger import berkas, tercatat

NAMA_PROFIL = "koperasi.yaml"
KEPALA = "data/kepala.json"
FORMAT_DATA = 1
DIMENSI = TAG + ("unit",)


def rel_shard(bulan: Bulan | str) -> str:
    return f"data/jurnal/{bulan}.json"


def rel_tag(bulan: Bulan | str) -> str:
    return f"data/jurnal/{bulan}.tag.json"


def rel_tutup(bulan: Bulan | str) -> str:
    return f"data/tutup/{bulan}.json"


def rel_tutup_tag(bulan: Bulan | str) -> str:
    return f"data/tutup/{bulan}.tag.json"


def temukan_folder(pilihan: str | os.PathLike | None) -> Path:
    """-C DIR, else KOPERASI_DIR, else the current folder or the nearest parent with koperasi.yaml."""
    if pilihan:
        akar = Path(pilihan)
        if not (akar / NAMA_PROFIL).is_file():
            raise Galat("bukan_folder_koperasi", keluar=BUKU_RUSAK, folder=str(akar))
        return akar
    from koperasi_cli.lingkungan import aktif

    env = aktif().get("KOPERASI_DIR")
    if env:
        return temukan_folder(env)
    sini = Path.cwd()
    for p in (sini, *sini.parents):
        if (p / NAMA_PROFIL).is_file():
            return p
    raise Galat("folder_tidak_ditemukan", keluar=BUKU_RUSAK, folder=str(sini))


def zona_sah(nama: str) -> bool:
    import pendulum

    try:
        pendulum.timezone(nama)
        return True
    except Exception:  # pendulum raises several kinds for an unknown zone
        return False


def baca_profil(akar: Path, tersimpan: dict | None = None) -> Profil:
    return muat_profil(akar, tersimpan)[0]


def muat_profil(akar: Path, tersimpan: dict | None = None) -> tuple[Profil, tuple[str, dict | None]]:
    """The checked profile, and (SHA-256 of koperasi.yaml, what was parsed from it, or None when
    it came from `tersimpan`). `tersimpan` is the head's copy of the YAML already parsed
    (`{"sha", "json"}`, see `salinan_profil`): used when koperasi.yaml is byte for byte the file
    it was parsed from, so that a command does not load a YAML parser (about 25 ms)."""
    from koperasi_cli.data import wilayah_denpasar

    try:
        isi = (akar / NAMA_PROFIL).read_bytes()
        teks = isi.decode("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise Galat("profil_tak_terbaca", keluar=BUKU_RUSAK, sebab=type(e).__name__) from None
    sidik = sha256(isi)
    data = _dari_salinan(tersimpan, sidik)
    dibaca = None
    if data is None:
        import yaml

        try:
            data = dibaca = yaml.load(teks, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except yaml.YAMLError as e:
            tanda = getattr(e, "problem_mark", None)
            raise Galat(
                "profil_yaml_rusak", keluar=BUKU_RUSAK,
                baris=(tanda.line + 1) if tanda else "?", masalah=getattr(e, "problem", None) or str(e),
            ) from None
    profil, galat = validasi_profil(data, wilayah_denpasar(), zona_sah)
    if galat:
        raise GalatBanyak("profil_tidak_sah", galat, keluar=BUKU_RUSAK)
    return profil, (sidik, dibaca)


def _tanggal_json(x):
    if isinstance(x, datetime):
        return {"$waktu": x.isoformat()}
    if isinstance(x, date):
        return {"$tanggal": x.isoformat()}
    raise TypeError


def _pulihkan_tanggal(x):
    if isinstance(x, dict):
        if len(x) == 1 and "$tanggal" in x:
            return date.fromisoformat(x["$tanggal"])
        if len(x) == 1 and "$waktu" in x:
            return datetime.fromisoformat(x["$waktu"])
        return {k: _pulihkan_tanggal(v) for k, v in x.items()}
    if isinstance(x, list):
        return [_pulihkan_tanggal(v) for v in x]
    return x


def salinan_profil(sidik: str, data) -> dict | None:
    """The head's copy of a parsed koperasi.yaml, or None when JSON cannot hold it exactly (YAML
    dates are kept as tagged strings; anything else that does not come back equal is not kept)."""
    try:
        js = orjson.dumps(data, default=_tanggal_json, option=orjson.OPT_PASSTHROUGH_DATETIME)
    except (TypeError, orjson.JSONEncodeError):
        return None
    if _pulihkan_tanggal(orjson.loads(js)) != data:
        return None
    return {"sha": sidik, "json": js.decode()}


def _dari_salinan(tersimpan, sidik: str):
    if not isinstance(tersimpan, dict) or tersimpan.get("sha") != sidik or not isinstance(tersimpan.get("json"), str):
        return None
    try:
        return _pulihkan_tanggal(orjson.loads(tersimpan["json"]))
    except (orjson.JSONDecodeError, ValueError):
        return None


def sha256(isi: bytes) -> str:
    return hashlib.sha256(isi).hexdigest()


def kepala_kosong() -> dict:
    k = {"format": FORMAT_DATA, "seq": 0, "hash": HASH_AWAL, "bulan": {}, "tutup": {}, "batal": {}, "berkas": {}}
    k["sidik"] = sidik_kepala(k)
    return k


def sidik_kepala(kepala: dict) -> str:
    """SHA-256 of the head's own content, so an edited value in it is noticed too."""
    isi = {k: v for k, v in kepala.items() if k != "sidik"}
    return sha256(orjson.dumps(isi, option=orjson.OPT_SORT_KEYS))


def tambah_ke_total(total_akun: dict, total_tag: dict, rekaman: dict) -> None:
    """Add one posted entry into a month's account totals and tag totals."""
    unit_entri = rekaman.get("unit")
    for b in rekaman["baris"]:
        akun = b["akun"]
        d, k = b.get("debit", 0), b.get("kredit", 0)
        t = total_akun.get(akun)  # get-then-set: no throwaway lists (this runs for every posting)
        if t is None:
            total_akun[akun] = [d, k]
        else:
            t[0] += d
            t[1] += k
        neto, qty = d - k, b.get("qty") or 0
        # The dimensions in DIMENSI order (anggota, pinjaman, barang, unit), spelled out.
        for dim in TAG:
            nilai = b.get(dim)
            if nilai is not None:
                _tambah_tag(total_tag, dim, nilai, akun, neto, qty)
        nilai = b.get("unit") or unit_entri
        if nilai is not None:
            _tambah_tag(total_tag, "unit", nilai, akun, neto, qty)


def _tambah_tag(total_tag: dict, dim: str, nilai, akun: str, neto: int, qty: int) -> None:
    per_dim = total_tag.get(dim)
    if per_dim is None:
        per_dim = total_tag[dim] = {}
    per_akun = per_dim.get(nilai)
    if per_akun is None:
        per_akun = per_dim[nilai] = {}
    s = per_akun.get(akun)
    if s is None:
        per_akun[akun] = [neto, qty]
    else:
        s[0] += neto
        s[1] += qty


def sambung_shard(isi: bytes | None, rekaman: list[dict]) -> bytes:
    """A shard's bytes with records appended, without parsing the month: the shard is
    compact JSON `{"entri":{...}}` as written here; anything else is parsed and rewritten."""
    # One dump of {seq: record} with its braces cut off: the same bytes as `"seq":{...}` joined
    # by commas record by record, in one call instead of one per record.
    tambah = orjson.dumps({str(r["seq"]): r for r in rekaman})[1:-1]
    if isi is None or isi == b'{"entri":{}}':
        return b'{"entri":{' + tambah + b"}}"
    if isi.startswith(b'{"entri":{"') and isi.endswith(b"}}"):
        return isi[:-2] + b"," + tambah + b"}}"
    data = orjson.loads(isi)
    for r in rekaman:
        data["entri"][str(r["seq"])] = r
    return orjson.dumps(data)


class Buku:
    """One cooperative's books, opened under the lock for one unit of work."""

    def __init__(self, akar: Path, profil: Profil | None, kunci, *, coba: bool = False,
                 lapis: dict[str, Path] | None = None):
        self.akar = akar
        self._lapis = lapis or {}  # read-only snapshot: files of a commit in progress (rel -> tmp)
        self._kunci = kunci
        self.coba = coba  # --dry-run: validate and show, write nothing
        self._cache: dict[str, object] = {}
        self._kotor: dict[str, object] = {}
        self._db: dict[str, object] = {}
        self._tambahan: dict[str, list[dict]] = {}  # month -> records appended, shard not loaded
        self._alir = False  # see `alir`
        self.periksa_sidik = False
        self.kepala = self._baca_kepala()
        self.periksa_sidik = True
        self._sumber_profil: tuple[str, dict | None] | None = None
        if profil is None:  # after the head: it may hold the profile already parsed
            profil, self._sumber_profil = muat_profil(akar, self.kepala.get("profil"))
        self.profil = profil
        self.bagan = profil.bagan
        self.baru: list[dict] = []  # entries posted in this unit of work
        self._dilaporkan = 0  # of them, those already committed by an earlier `simpan`
        self.batch: str | None = None  # the batch id of the entries staged since the last `simpan`

    # ---- opening and closing -------------------------------------------------------------
    @classmethod
    def buka(cls, akar: Path, *, coba: bool = False, tunggu: float | None = None) -> "Buku":
        from koperasi_cli.ledger.kunci import kunci_folder

        kunci = kunci_folder(akar, tunggu)
        try:
            berkas.pulihkan(akar)
            return cls(akar, None, kunci, coba=coba)
        except BaseException:
            kunci.release()
            raise

    @classmethod
    def buka_untuk_baca(cls, akar: Path, *, tunggu: float | None = None) -> "Buku":
        """For a read-only command: under the lock when the folder can be written (a command
        writing there is waited for, as before), else (a read-only mount, another owner's books,
        a backup copy) a lock-free snapshot. Either way nothing in the folder is written: a write
        a crash left committed is read from its temporary files (as `buka_baca` does), not
        rolled forward."""
        from koperasi_cli.ledger.kunci import kunci_folder

        try:
            kunci = kunci_folder(akar, tunggu, baca=True)
        except Galat as g:
            if g.kode != "folder_tak_tertulis":
                raise
            return cls.buka_baca(akar)
        try:
            return cls(akar, None, kunci, coba=True, lapis=berkas.lapis_komit(akar))
        except BaseException:
            kunci.release()
            raise

    @classmethod
    def buka_baca(cls, akar: Path) -> "Buku":
        """A read-only snapshot without the lock: never waits on, changes or breaks a command
        running there. A write in progress whose commit record exists is seen as done (its
        temporary files are read in place of the old ones); one without is not seen at all.
        A file that changes while the snapshot reads raises `berkas_berubah`: see `baca_aman`."""
        return cls(akar, None, None, coba=True, lapis=berkas.lapis_komit(akar))

    def __enter__(self) -> "Buku":
        return self

    def __exit__(self, jenis, nilai, tb) -> None:
        try:
            if jenis is None:
                self.simpan()
        finally:
            self.tutup()

    def tutup(self) -> None:
        if self._kunci is not None:
            self._kunci.release()
            self._kunci = None

    # ---- reading files -------------------------------------------------------------------
    def _baca_bytes(self, rel: str) -> bytes | None:
        """A data file's bytes, checked against the SHA-256 the head recorded for it: a file
        changed, removed or inserted outside koperasi stops the command (exit 3)."""
        try:
            isi = berkas.baca_lapis(self.akar, self._lapis, rel)
        except OSError as e:
            raise Galat("berkas_tak_terbaca", keluar=BUKU_RUSAK, berkas=rel, sebab=type(e).__name__) from None
        if rel != KEPALA and self.periksa_sidik:
            harap = self.kepala["berkas"].get(rel)
            if (isi is None) != (harap is None) or (isi is not None and sha256(isi) != harap):
                raise Galat("berkas_berubah", keluar=BUKU_RUSAK, berkas=rel)
        return isi

    def _sambung(self, rel: str, rekaman: list[dict]) -> tuple[bytes, str]:
        """A month's journal file with records appended, and its new SHA-256. The old content is
        checked against the head as `_baca_bytes` does, but in the same pass over its bytes as
        the new sum (a month of a large book is megabytes: hashing it twice was what recording
        paid for a book's size)."""
        harap = self.kepala["berkas"].get(rel)
        try:
            isi = berkas.baca_lapis(self.akar, self._lapis, rel) if harap is not None else None
        except OSError as e:
            raise Galat("berkas_tak_terbaca", keluar=BUKU_RUSAK, berkas=rel, sebab=type(e).__name__) from None
        if isi is None or not (isi.startswith(b'{"entri":{"') and isi.endswith(b"}}")):
            baru = sambung_shard(self._baca_bytes(rel), rekaman)  # the general way (checks the file)
            return baru, sha256(baru)
        h = hashlib.sha256(memoryview(isi)[:-2])
        lama = h.copy()
        lama.update(b"}}")
        if lama.hexdigest() != harap:
            raise Galat("berkas_berubah", keluar=BUKU_RUSAK, berkas=rel)
        ekor = b"," + orjson.dumps({str(r["seq"]): r for r in rekaman})[1:-1] + b"}}"
        h.update(ekor)
        return isi[:-2] + ekor, h.hexdigest()

    def _baca_json(self, rel: str, kosong=None):
        if rel in self._cache:
            return self._cache[rel]
        isi = self._baca_bytes(rel)
        if isi is None:
            self._cache[rel] = kosong
            return kosong
        try:
            data = orjson.loads(isi)
        except orjson.JSONDecodeError:
            raise Galat("berkas_rusak", keluar=BUKU_RUSAK, berkas=rel) from None
        self._cache[rel] = data
        return data

    def _baca_json_sekali(self, rel: str):
        """`_baca_json` without keeping the content (None when the file does not exist)."""
        isi = self._baca_bytes(rel)
        if isi is None:
            return None
        try:
            return orjson.loads(isi)
        except orjson.JSONDecodeError:
            raise Galat("berkas_rusak", keluar=BUKU_RUSAK, berkas=rel) from None

    def _baca_kepala(self) -> dict:
        k = self._baca_json(KEPALA)
        if k is None:
            if (self.akar / "data" / "jurnal").is_dir() and any((self.akar / "data" / "jurnal").iterdir()):
                raise Galat("kepala_hilang", keluar=BUKU_RUSAK)
            k = kepala_kosong()
            self._cache[KEPALA] = k
        if not isinstance(k, dict) or not {"seq", "hash", "bulan", "tutup", "berkas"} <= set(k):
            raise Galat("berkas_rusak", keluar=BUKU_RUSAK, berkas=KEPALA)
        if k.get("sidik") != sidik_kepala(k):
            raise Galat("berkas_berubah", keluar=BUKU_RUSAK, berkas=KEPALA)
        if k.get("format", 1) > FORMAT_DATA:
            raise Galat("format_lebih_baru", keluar=BUKU_RUSAK, format=k.get("format"))
        k.setdefault("batal", {})
        return k

    def berkas_bertahap(self) -> set[str]:
        """Data files with content staged in this unit of work (not yet written)."""
        return set(self._kotor) | {rel_shard(b) for b in self._tambahan}

    def ada(self, rel: str) -> bool:
        """Whether a data file exists in this unit of work: staged here, or recorded in the head
        (the head lists every data file the books hold, so a snapshot and a unit of work that
        has staged a file both see it, where a look at the disk would not)."""
        return rel in self.berkas_bertahap() or rel in self.kepala["berkas"]

    def daftar_berkas(self, awalan: str, akhiran: str = ".json") -> list[str]:
        """The data files (relative names) beginning with `awalan` and ending with `akhiran`,
        counting staged ones, sorted."""
        semua = self.berkas_bertahap() | set(self.kepala["berkas"])
        return sorted(r for r in semua if r.startswith(awalan) and r.endswith(akhiran))

    def baca_berkas(self, rel: str, kosong=None):
        """A data file's content as this unit of work sees it: staged content first, else the
        file as the head recorded it; `kosong` when there is none."""
        if rel.startswith("data/jurnal/") and rel.endswith(".json") and not rel.endswith(".tag.json"):
            if not self.ada(rel):
                return kosong
            return self.shard(rel[len("data/jurnal/"):-len(".json")])
        if rel in self._kotor:
            data = self._kotor[rel]
            return data.ke_json() if hasattr(data, "ke_json") else data
        return self._baca_json(rel, kosong)

    def tandai(self, rel: str, data) -> None:
        """Stage new content for a data file; written by `simpan`."""
        self._cache[rel] = data
        self._kotor[rel] = data

    # ---- time -----------------------------------------------------------------------------
    def _zona(self):
        """The profile's time zone, loaded once per unit of work (loading it costs ~0.5 ms, and a
        script may record thousands of entries in one unit)."""
        import pendulum

        z = self.__dict__.get("_zona_obj")
        if z is None or z.name != self.profil.zona_waktu:
            z = self.__dict__["_zona_obj"] = pendulum.timezone(self.profil.zona_waktu)
        return z

    def hari_ini(self) -> date:
        """Today in the cooperative's zone, by the run's clock (`lingkungan.aktif()`)."""
        from koperasi_cli.lingkungan import aktif

        return aktif().hari_ini(self._zona())

    def sekarang(self) -> str:
        from koperasi_cli.lingkungan import aktif

        return aktif().sekarang(self._zona()).isoformat()

    # ---- the journal ------------------------------------------------------------------------
    @property
    def bulan_tutup(self) -> set[str]:
        return set(self.kepala["tutup"])

    @property
    def tutup_awal(self) -> str | None:
        """The earliest closed month ("YYYY-MM"), or None."""
        return min(self.kepala["tutup"], default=None)

    @property
    def jumlah_entri(self) -> int:
        return self.kepala["seq"]

    def jangkar(self) -> str:
        """The books' anchor, "ID:HASH": the last entry's id and its chain hash (J000000 and the
        chain's starting hash for books without entries). The hash covers every entry before it,
        so whoever keeps an anchor can later prove, with `periksa --jangkar`, that the history up
        to that entry was neither rewritten nor rolled back, even by someone holding all the files."""
        return f"{format_id(self.kepala['seq'])}:{self.kepala['hash']}"

    def jangkar_bulan(self, bulan: Iterable[str] | None = None) -> dict[str, str]:
        """The anchor of each closed month (of those in `bulan`, default all), {"YYYY-MM":
        "ID:HASH"}: that month's last entry (by number) and its chain hash; a closed month
        without entries takes the chain as it stood when it was closed. A closed month never
        changes, so neither does its anchor. Reads each such month's journal file."""
        hasil = {}
        pilihan = None if bulan is None else {str(b) for b in bulan}
        for b, t in sorted(self.kepala["tutup"].items()):
            if pilihan is not None and b not in pilihan:
                continue
            entri = self.shard(b)["entri"] if b in self.kepala["bulan"] else {}
            if entri:
                r = entri[max(entri, key=int)]
                hasil[b] = f"{r['id']}:{r['hash']}"
            elif isinstance(t, dict) and "hash" in t:
                hasil[b] = f"{format_id(t.get('seq', 0))}:{t['hash']}"
        return hasil

    def bulan_ada(self) -> list[Bulan]:
        """Months that have entries, oldest first."""
        return sorted(Bulan.dari_str(b) for b in self.kepala["bulan"])

    def shard(self, bulan: Bulan | str, *, simpan: bool | None = None) -> dict:
        """{'entri': {seq: record}} for one month (TinyDB layout). With `simpan=False` (the default
        within `alir`) a month not already in memory is read and handed over without being kept."""
        b = str(bulan)
        rel = rel_shard(b)
        if simpan is None:
            simpan = not self._alir
        if not simpan and rel not in self._cache and b not in self._tambahan:
            d = self._baca_json_sekali(rel)
            return d if d is not None else {"entri": {}}
        d = self._baca_json(rel)
        if d is None:
            d = {"entri": {}}
            self._cache[rel] = d
        tambahan = self._tambahan.pop(b, None)
        if tambahan:
            for r in tambahan:
                d["entri"][str(r["seq"])] = r
            self.tandai(rel, d)
        return d

    @contextmanager
    def alir(self):
        """Within it, `shard` and `entri` read the months not already in memory without keeping them (one
        month at a time in memory, read again on each pass): for `periksa`, which reads every
        month of a large book. Staged and already-read months are used as they are."""
        lama = self._alir
        self._alir = True
        try:
            yield self
        finally:
            self._alir = lama

    def tanggal_terakhir(self, bulan: Bulan | str) -> str | None:
        """The latest entry date in a month (ISO), from the head; None if unknown."""
        return self.kepala["bulan"].get(str(bulan), {}).get("akhir")

    def total_tag_bulan(self, bulan: Bulan | str, *, simpan: bool = True) -> dict:
        rel = rel_tag(bulan)
        if not simpan and rel not in self._cache:
            d = self._baca_json_sekali(rel)
            return d if d is not None else {}
        d = self._baca_json(rel)
        return d if d is not None else {}

    def validasi(self, entri: Entri) -> list[Galat]:
        """Every reason this entry may not be posted in these books: the one rule set of
        `core.jurnal.validasi_entri`, given this book's chart, units, closed months, start date
        and reversals."""
        return validasi_entri(entri, self.bagan, self.profil.unit, self.kepala["tutup"], mulai=self.profil.mulai,
                              tutup_awal=self.tutup_awal, batal=self.kepala["batal"])

    def catat(self, entri: Entri | Iterable[Entri]) -> list[dict]:
        """Validate and stage one or many entries; all are refused if any is invalid."""
        daftar = [entri] if isinstance(entri, Entri) else list(entri)
        semua = self._validasi_banyak(daftar)
        if semua:
            if len(semua) == 1:
                raise semua[0]
            raise GalatBanyak("entri_ditolak", semua)
        dicatat = self.sekarang()
        hasil = []
        k = self.kepala
        bulan_kepala, batal, baru = k["bulan"], k["batal"], self.baru
        per_bulan: dict[str, tuple] = {}  # month -> (its tag totals, its shard entries or append list)
        if self.batch is None or len(baru) == self._dilaporkan:
            # The first entry of this unit of work names its batch: every entry one command
            # posts (one commit) shares it, and `jurnal batal --batch` reverses them together.
            self.batch = format_batch(k["seq"] + 1)
        batch_id = self.batch
        for e in daftar:
            seq = k["seq"] + 1
            r = ke_rekaman(e, seq, dicatat, k["hash"], batch_id)
            tanggal = r["tanggal"]
            b = tanggal[:7]  # = str(e.bulan): "YYYY-MM"
            m = per_bulan.get(b)
            if m is None:
                rel = rel_shard(b)
                if rel in self._cache:
                    tujuan = self.shard(b)["entri"]
                    self.tandai(rel, self.shard(b))
                else:
                    # Recording must not cost more as the month fills: append without parsing.
                    tujuan = self._tambahan.setdefault(b, [])
                tt = self.total_tag_bulan(b)
                self.tandai(rel_tag(b), tt)
                m = per_bulan[b] = (tt, tujuan)
            tt, tujuan = m
            if type(tujuan) is list:
                tujuan.append(r)
            else:
                tujuan[str(seq)] = r
            tb = bulan_kepala.get(b)
            if tb is None:
                tb = bulan_kepala[b] = {"n": 0, "akun": {}}
            tb["n"] += 1
            if tanggal > tb.get("akhir", ""):
                tb["akhir"] = tanggal
            tambah_ke_total(tb["akun"], tt, r)
            k["seq"], k["hash"] = seq, r["hash"]
            if e.membatalkan:
                batal[e.membatalkan] = r["id"]
            self.tandai(KEPALA, k)
            baru.append(r)
            hasil.append(r)
        return hasil

    def _validasi_banyak(self, daftar: list[Entri]) -> list[Galat]:
        """`validasi` of every entry, in order, plus the one rule only a batch has: an entry
        reversed twice within the batch (`validasi` sees only the reversals already in the head)."""
        bagan, unit_sah, tutup, mulai = self.bagan, self.profil.unit, self.kepala["tutup"], self.profil.mulai
        tutup_awal, batal = self.tutup_awal, self.kepala["batal"]
        dalam_batch: dict[str, str] = {}  # entry reversed in this batch -> the reversal's id
        semua: list[Galat] = []
        for i, e in enumerate(daftar):
            semua += validasi_entri(e, bagan, unit_sah, tutup, mulai=mulai, tutup_awal=tutup_awal, batal=batal)
            if e.membatalkan:  # an entry reversed twice in one batch: the head knows neither yet
                if e.membatalkan in dalam_batch:
                    semua.append(Galat("sudah_dibatalkan", id=e.membatalkan, oleh=dalam_batch[e.membatalkan]))
                else:
                    dalam_batch[e.membatalkan] = format_id(self.kepala["seq"] + i + 1)
        return semua

    def simpan(self) -> None:
        """Write every staged change in one atomic unit (nothing in a dry run)."""
        if self.coba or not (self._kotor or self._tambahan):
            self._kotor.clear()
            self._tambahan.clear()
            return
        tulis: dict[str, bytes] = {}
        for b, rekaman in self._tambahan.items():
            rel = rel_shard(b)
            tulis[rel], self.kepala["berkas"][rel] = self._sambung(rel, rekaman)
        self._tambahan.clear()
        sumber = self._sumber_profil
        if sumber is not None and sumber[1] is not None and (self.kepala.get("profil") or {}).get("sha") != sumber[0]:
            # koperasi.yaml was parsed in this run: keep the parsed copy for the next ones.
            salinan = salinan_profil(*sumber)
            if salinan is None:
                self.kepala.pop("profil", None)
            else:
                self.kepala["profil"] = salinan
        for rel, data in self._kotor.items():
            if rel == KEPALA:
                continue
            if hasattr(data, "ke_json"):
                data = data.ke_json()
            isi = orjson.dumps(data)
            tulis[rel] = isi
            self.kepala["berkas"][rel] = sha256(isi)
        self.kepala["sidik"] = sidik_kepala(self.kepala)
        tulis[KEPALA] = orjson.dumps(self.kepala)
        tercatat.siapkan([r["id"] for r in self.baru[self._dilaporkan:]], self.batch)
        try:
            berkas.tulis_atomik(self.akar, tulis)
        finally:
            tercatat.batal()
        self._dilaporkan = len(self.baru)
        self._kotor.clear()

    def cari_entri(self, id_: str) -> dict:
        from koperasi_cli.core.masukan import cek_digit

        s = id_.strip().upper()
        cek_digit(s, nilai=s[:40])
        if not s.startswith("J") or not s[1:].isascii() or not s[1:].isdigit() or len(s) > 20:
            raise Galat("entri_tidak_ada", id=id_)
        seq = str(int(s[1:]))
        for b in reversed(self.bulan_ada()):
            r = self.shard(b)["entri"].get(seq)
            if r is not None:
                return r
        raise Galat("entri_tidak_ada", id=id_)

    def dibatalkan_oleh(self, id_: str) -> str | None:
        """The id of the entry that reverses entry `id_`, or None."""
        return self.kepala.get("batal", {}).get(id_)

    def entri_batch(self, batch_id: str) -> list[dict]:
        """The entries of one batch (one command's unit of work), in order. A batch's entries
        are consecutive from the entry its id names (B000123: J000123 onwards), since one unit
        of work posts under the lock; refused when no entry carries that batch id."""
        from koperasi_cli.core.masukan import cek_digit

        s = batch_id.strip().upper()
        cek_digit(s, nilai=s[:40])
        if not s.startswith("B") or not s[1:].isascii() or not s[1:].isdigit() or len(s) > 20:
            raise Galat("batch_jurnal_tidak_sah", nilai=batch_id)
        s = format_batch(int(s[1:]))
        hasil = []
        seq = int(s[1:])
        while 0 < seq <= self.kepala["seq"]:
            r = self.cari_entri(format_id(seq))
            if r.get("batch") != s:
                break
            hasil.append(r)
            seq += 1
        if not hasil:
            raise Galat("batch_jurnal_tidak_ada", id=s)
        return hasil

    def entri(self, awal: date | None = None, akhir: date | None = None) -> Iterator[dict]:
        """Posted entries between two dates (inclusive), by date then number."""
        for b in self.bulan_ada():
            if awal and b.akhir < awal or akhir and b.awal > akhir:
                continue
            rek = self.shard(b)["entri"].values()
            if (awal and b.awal < awal) or (akhir and b.akhir > akhir):
                rek = [r for r in rek if (not awal or r["tanggal"] >= awal.isoformat())
                       and (not akhir or r["tanggal"] <= akhir.isoformat())]
            yield from sorted(rek, key=lambda r: (r["tanggal"], r["seq"]))

    # ---- closing (the only writer of the head's closing state) --------------------------------
    @property
    def tahun_tutup(self) -> dict:
        """Closed years: {"YYYY": {pada, entri, penutupan, shu, penutup, penutup_unit, alokasi?}}."""
        return self.kepala.get("tahun_tutup", {})

    def _log_tutup(self, catatan: dict) -> None:
        self.kepala.setdefault("log_tutup", []).append({**catatan, "pada": self.sekarang(), "seq": self.kepala["seq"]})

    def kunci_bulan(self, bulan: Bulan) -> None:
        """Store the cumulative balances at the month's end (data/tutup/YYYY-MM.json for the
        accounts, .tag.json for the members, loans, items and units, from the previous closing's
        plus the months since) and lock the month: entries dated in it are refused from then on."""
        sebelum = self.titik_tutup(bulan.sebelum().akhir, tag=True)
        akun = {a: list(v) for a, v in (sebelum["akun"] if sebelum else {}).items()}
        tag = {d: {n: {a: list(x) for a, x in pa.items()} for n, pa in v.items()}
               for d, v in (sebelum["tag"] if sebelum else {}).items()}
        b = Bulan.dari_str(sebelum["bulan"]).berikut() if sebelum else Bulan.dari_tanggal(self.profil.mulai)
        while b <= bulan:
            tb = self.kepala["bulan"].get(str(b))
            if tb:
                for a, (d, kr) in tb["akun"].items():
                    t = akun.setdefault(a, [0, 0])
                    t[0] += d
                    t[1] += kr
                for dim, per_nilai in self.total_tag_bulan(b).items():
                    for n, per_akun in per_nilai.items():
                        for a, (x, q) in per_akun.items():
                            t = tag.setdefault(dim, {}).setdefault(n, {}).setdefault(a, [0, 0])
                            t[0] += x
                            t[1] += q
            b = b.berikut()
        k = self.kepala
        self.tandai(rel_tutup(bulan), {"bulan": str(bulan), "seq": k["seq"], "akun": akun})
        self.tandai(rel_tutup_tag(bulan), {"bulan": str(bulan), "seq": k["seq"], "tag": tag})
        k["tutup"][str(bulan)] = {"seq": k["seq"], "hash": k["hash"], "pada": self.sekarang()}
        self.tandai(KEPALA, k)

    def buka_bulan(self, bulan: Bulan, alasan: str) -> None:
        """Unlock a closed month, logged with the reason (the service checks it may be reopened)."""
        del self.kepala["tutup"][str(bulan)]
        self._log_tutup({"aksi": "buka-kembali", "bulan": str(bulan), "alasan": alasan})
        self.tandai(KEPALA, self.kepala)

    def kunci_tahun(self, tahun: int, catatan: dict) -> None:
        """Record a year as closed (`catatan`: when, the entries posted, the closing entry, the
        SHU and what was closed; its months are locked with `kunci_bulan`)."""
        self.kepala.setdefault("tahun_tutup", {})[str(tahun)] = {"pada": self.sekarang(), **catatan}
        self.tandai(KEPALA, self.kepala)

    def buka_tahun(self, tahun: int, alasan: str) -> str | None:
        """Reopen a closed year: December unlocked, the closing entry (if any) reversed on
        31 December, the year no longer closed; logged with the reason. The reversal's id."""
        from koperasi_cli.core.jurnal import pembalik

        t = self.tahun_tutup[str(tahun)]
        self.kepala["tutup"].pop(f"{tahun}-12", None)
        dibalik = None
        if t.get("penutupan"):
            asli = self.cari_entri(t["penutupan"])
            dibalik = self.catat(pembalik(asli, date(tahun, 12, 31), alasan))[0]["id"]
        del self.kepala["tahun_tutup"][str(tahun)]
        self._log_tutup({"aksi": "buka-kembali-tahun", "tahun": tahun, "alasan": alasan, "pembalik": dibalik})
        self.tandai(KEPALA, self.kepala)
        return dibalik

    def catat_alokasi(self, tahun: int, alokasi: dict) -> None:
        """Record the RAT's allocation of a closed year ({tanggal, entri, persen})."""
        self.kepala["tahun_tutup"][str(tahun)]["alokasi"] = alokasi
        self.tandai(KEPALA, self.kepala)

    # ---- balances ---------------------------------------------------------------------------
    def titik_tutup(self, per: date | None = None, tag: bool = False) -> dict | None:
        """The stored balances of the latest closed month ending on or before `per` (a month is
        closed only after every earlier one, so its cumulative totals never change again):
        {bulan, seq, akun} and, with `tag`, the tag totals too. They are two files, so that the
        statements read a few kilobytes, not every member's and loan's totals."""
        kandidat = sorted((b for b in self.kepala["tutup"] if per is None or Bulan.dari_str(b).akhir <= per), reverse=True)
        for b in kandidat[:1]:
            seq = self.kepala["tutup"][b].get("seq")
            snap = self._baca_json(rel_tutup(b))
            if not (isinstance(snap, dict) and snap.get("seq") == seq):
                return None
            if tag and "tag" not in snap:  # books closed before the split hold both in one file
                t = self._baca_json(rel_tutup_tag(b))
                if not (isinstance(t, dict) and t.get("seq") == seq):
                    return None
                snap = {**snap, "tag": t["tag"]}
            return snap
        return None

    def saldo_akun(self, per: date | None = None, awal: date | None = None) -> dict[str, list[int]]:
        """{account: [debit, credit]} over entries dated in [awal, per] (open ends: all)."""
        total: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        snap = self.titik_tutup(per) if awal is None else None
        if snap is not None:
            for akun, (d, k) in snap["akun"].items():
                total[akun] = [d, k]
        for b, tb in self.kepala["bulan"].items():
            bl = Bulan.dari_str(b)
            if snap is not None and b <= snap["bulan"]:
                continue
            if (per and bl.awal > per) or (awal and bl.akhir < awal):
                continue
            if (per and bl.akhir > per) or (awal and bl.awal < awal):
                for r in self.entri(max(awal or bl.awal, bl.awal), min(per or bl.akhir, bl.akhir)):
                    for x in r["baris"]:
                        t = total[x["akun"]]
                        t[0] += x.get("debit", 0)
                        t[1] += x.get("kredit", 0)
                continue
            for akun, (d, k) in tb["akun"].items():
                t = total[akun]
                t[0] += d
                t[1] += k
        return dict(total)

    def saldo_tag(self, dimensi: str, nilai: str | None = None, per: date | None = None) -> dict:
        """Totals per tag value and account: {value: {account: [debit-credit, qty]}} up to `per`."""
        total: dict = {}
        snap = self.titik_tutup(per, tag=True)
        if snap is not None:
            sumber = snap["tag"].get(dimensi, {})
            if nilai is not None:
                sumber = {nilai: sumber[nilai]} if nilai in sumber else {}
            total = {v: {a: list(x) for a, x in per_akun.items()} for v, per_akun in sumber.items()}
        for bl in self.bulan_ada():
            if snap is not None and str(bl) <= snap["bulan"]:
                continue
            if per and bl.awal > per:
                break
            if per and bl.akhir > per:
                tt: dict = {}
                for r in self.entri(bl.awal, per):
                    tambah_ke_total({}, tt, r)
                sumber = tt.get(dimensi, {})
            else:
                sumber = self.total_tag_bulan(bl).get(dimensi, {})
            if nilai is not None:
                sumber = {nilai: sumber[nilai]} if nilai in sumber else {}
            for v, per_akun in sumber.items():
                tujuan = total.setdefault(v, {})
                for akun, (n, q) in per_akun.items():
                    s = tujuan.setdefault(akun, [0, 0])
                    s[0] += n
                    s[1] += q
        return total

    # ---- master data -----------------------------------------------------------------------
    def tabel(self, nama: str, tabel: str | None = None):
        """A TinyDB table stored in data/<nama>.json, staged into this unit of work."""
        from tinydb import TinyDB

        from koperasi_cli.ledger.simpan_tinydb import PenyimpananBertahap

        rel = f"data/{nama}.json"
        db = self._db.get(rel)
        if db is None:
            db = TinyDB(storage=PenyimpananBertahap, buku=self, rel=rel)
            self._db[rel] = db
        return db.table(tabel or nama)


def baca_aman(akar: Path, fungsi, coba: int = 20):
    """Run `fungsi(buku)` on a lock-free snapshot, again if a writer changed files meanwhile."""
    import time

    for i in range(coba):
        try:
            with Buku.buka_baca(akar) as buku:
                return fungsi(buku)
        except Galat as g:
            if g.kode not in ("berkas_berubah", "berkas_rusak", "berkas_tak_terbaca", "kepala_hilang") or i == coba - 1:
                raise
            time.sleep(0.05 * (i + 1))
    raise AssertionError("unreachable")


def id_berikut(buku: Buku) -> str:
    return format_id(buku.kepala["seq"] + 1)
