"""Validate every row of an import file, then post them all in one unit of work.

Each kind (`anggota`, `simpanan`, `angsuran`, `penjualan`) has its columns (with synonyms), a
row parser that turns raw cells into plain values or a list of problems, and a poster.

Repeating an import does not double it: each row gets a fingerprint (`sidik`, a SHA-256 over
the kind and the row's parsed values), kept in the entry's `data["impor"]` and in the import
log (table `impor` of data/impor.json, one document per imported file). A row whose fingerprint
is already in the log is skipped and counted as already imported. (Rows posted through an
area's library function, e.g. `sembako.jual`, have their fingerprint in the log only.) Two identical rows in one
file are refused as a duplicate (give them different `bukti` if both are real).
"""

from __future__ import annotations

import gc
import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import orjson

from koperasi_cli.core.galat import Galat, GalatBanyak
from koperasi_cli.importers.baca import baca, nilai_bulat, nilai_jumlah, nilai_tanggal, nilai_teks
from koperasi_cli.layanan.anggota import normal_no
from koperasi_cli.layanan.simpanan import Setoran, parse_jenis, setor_banyak
from koperasi_cli.ledger.buku import Buku


@dataclass
class GalatBaris:
    """One problem of one row: row number, column, the value as read, and the reason (a Galat)."""

    baris: int
    kolom: str
    nilai: str
    galat: Galat


class GalatImpor(GalatBanyak):
    """The file was refused; `rincian` holds every bad row."""

    def __init__(self, rincian: list[GalatBaris], berkas: str):
        super().__init__("impor_ditolak", [g.galat for g in rincian], berkas=berkas, jumlah=len(rincian))
        self.rincian = rincian


@dataclass
class Jenis:
    nama: str
    kolom: dict[str, tuple[str, ...]]
    wajib: tuple[str, ...]
    contoh: dict[str, str]
    catatan: dict[str, tuple[str, str]] = field(default_factory=dict)


YA = {"ya", "y", "yes", "1", "true", "benar", "kredit", "x"}
TIDAK = {"tidak", "t", "no", "n", "0", "false", "", "tunai"}

JENIS: dict[str, Jenis] = {
    "anggota": Jenis(
        "anggota",
        {"nama": ("nama lengkap", "nama anggota", "name"), "nik": ("no ktp", "nomor ktp", "ktp", "nomor induk kependudukan"),
         "jenis_kelamin": ("jk", "l/p", "kelamin", "gender", "sex"), "alamat": ("address", "alamat rumah"),
         "tanggal_masuk": ("tanggal", "tgl masuk", "masuk", "tanggal daftar", "date joined", "joined"),
         "tgl_lahir": ("tanggal lahir", "lahir", "birth date", "date of birth"),
         "no_hp": ("hp", "telepon", "telp", "no telp", "nomor hp", "phone"), "desa": ("kelurahan", "desa/kelurahan"),
         "luar_wilayah": ("alasan luar wilayah",), "bukti": ("no bukti", "kwitansi", "ref")},
        ("nama", "nik", "jenis_kelamin", "alamat", "tanggal_masuk"),
        {"nama": "Ni Made Sari", "nik": "5171014507900001", "jenis_kelamin": "P",
         "alamat": "Jl. Danau Tamblingan 10, Sidakarya", "tanggal_masuk": "15/01/2025", "tgl_lahir": "05/07/1990",
         "no_hp": "081234567890", "desa": "", "luar_wilayah": "", "bukti": "KW-001"},
        {"jenis_kelamin": ("L atau P", "L or P"), "tanggal_masuk": ("Tanggal masuk: 2025-01-15 atau 15/01/2025", "Date joined: 2025-01-15 or 15/01/2025")},
    ),
    "simpanan": Jenis(
        "simpanan",
        {"no": ("no anggota", "nomor anggota", "anggota", "member", "member no"),
         "jenis": ("jenis simpanan", "simpanan", "type", "kind"),
         "jumlah": ("nominal", "setoran", "amount", "rp", "jumlah rp"),
         "tanggal": ("tgl", "tanggal setor", "date"), "bukti": ("no bukti", "kwitansi", "ref", "nota"),
         "ket": ("keterangan", "catatan", "description", "note")},
        ("no", "jenis", "jumlah", "tanggal"),
        {"no": "0001", "jenis": "wajib", "jumlah": "20.000", "tanggal": "05/02/2025", "bukti": "KW-002", "ket": ""},
        {"jenis": ("pokok, wajib atau sukarela", "pokok, wajib or sukarela"),
         "jumlah": ("Rupiah utuh: 20000, 20.000, 20rb, 1,5jt", "Whole rupiah: 20000, 20.000, 20rb, 1,5jt")},
    ),
    "angsuran": Jenis(
        "angsuran",
        {"pinjaman": ("id pinjaman", "no pinjaman", "nomor pinjaman", "loan", "loan id", "id"),
         "jumlah": ("nominal", "angsuran", "bayar", "amount"), "tanggal": ("tgl", "tanggal bayar", "date"),
         "bukti": ("no bukti", "kwitansi", "ref"), "ket": ("keterangan", "catatan", "description")},
        ("pinjaman", "jumlah", "tanggal"),
        {"pinjaman": "P0001", "jumlah": "450.000", "tanggal": "20/02/2025", "bukti": "KW-003", "ket": ""},
        {"pinjaman": ("Nomor pinjaman, mis. P0001", "Loan id, e.g. P0001")},
    ),
    "penjualan": Jenis(
        "penjualan",
        {"tanggal": ("tgl", "date"), "kode": ("kode barang", "barang", "item", "sku"),
         "qty": ("jumlah barang", "banyak", "kuantitas", "quantity", "jml"),
         "harga": ("harga satuan", "harga jual", "price"), "anggota": ("no anggota", "member"),
         "kredit": ("bon", "utang", "credit"), "nota": ("no nota", "bukti", "no bukti", "receipt"),
         "nik": ("nik pembeli",), "kategori_pembeli": ("kategori", "kategori pembeli", "buyer category")},
        ("tanggal", "kode", "qty"),
        {"tanggal": "10/02/2025", "kode": "BRS5", "qty": "2", "harga": "", "anggota": "", "kredit": "tidak",
         "nota": "N-0001", "nik": "", "kategori_pembeli": ""},
        {"nota": ("Baris dengan nota yang sama = satu struk", "Rows with the same nota form one receipt"),
         "harga": ("Kosong: harga jual barang", "Empty: the item's selling price"),
         "kredit": ("ya = bon anggota", "ya = on the member's account")},
    ),
}


def sidik(jenis: str, nilai: dict) -> str:
    isi = orjson.dumps({"jenis": jenis, **nilai}, option=orjson.OPT_SORT_KEYS, default=str)
    return hashlib.sha256(isi).hexdigest()[:24]


def _log(buku: Buku):
    return buku.tabel("impor")


def sidik_tercatat(buku: Buku) -> set[str]:
    hasil: set[str] = set()
    for d in _log(buku).all():
        hasil.update(d.get("sidik") or ())
    return hasil


# ---- row parsers ---------------------------------------------------------------------------
_TIDAK_ADA = object()


class _Baris:
    """Collects a row's problems while its cells are parsed.

    `ingat` (one dict per import) remembers the parsed value of a cell for the columns parsed
    with `ingat=True`: a file repeats its dates, amounts, member numbers and kinds over and over,
    and each column's parser is a pure function of the cell (for one import: one kind, one
    `hari_ini`). The key holds the cell's type too (1, 1.0 and True are equal as dict keys but
    do not parse alike). Only values are remembered; a refused cell is parsed again each time."""

    def __init__(self, no: int, sel: dict, ingat: dict | None = None):
        self.no, self.sel, self.galat = no, sel, []
        self._ingat = ingat

    def ambil(self, kolom: str, fungsi: Callable, *, wajib: bool = True, ingat: bool = False):
        v = self.sel.get(kolom)
        if v is None:
            if wajib:
                self.galat.append(GalatBaris(self.no, kolom, "", Galat("impor_kosong_kolom", kolom=kolom)))
            return None
        kunci = None
        if ingat and self._ingat is not None:
            kunci = (kolom, v.__class__, v)
            try:
                hasil = self._ingat.get(kunci, _TIDAK_ADA)
            except TypeError:  # a cell value that cannot be a key: parse it every time
                kunci = None
            else:
                if hasil is not _TIDAK_ADA:
                    return hasil
        try:
            hasil = fungsi(v)
        except Galat as g:
            self.galat.append(GalatBaris(self.no, kolom, _nilai_baris(kolom, v), g))
            return None
        if kunci is not None:
            self._ingat[kunci] = hasil
        return hasil

    def tolak(self, kolom: str, g: Galat) -> None:
        v = self.sel.get(kolom)
        self.galat.append(GalatBaris(self.no, kolom, _nilai_baris(kolom, v), g))


def _ya(v) -> bool:
    s = nilai_teks(v).lower()
    if s in YA:
        return True
    if s in TIDAK:
        return False
    raise Galat("impor_ya_tidak", nilai=str(v))


def _jenis_simpanan(v) -> str:
    return parse_jenis(nilai_teks(v))


def _no_anggota(v) -> str:
    return normal_no(nilai_teks(v))


def _opsional(v):
    return nilai_teks(v) or None


def _teks(kolom: str, maks: int):
    """A text cell checked like the command line's text (`core.masukan.periksa_teks`)."""
    from koperasi_cli.core.masukan import periksa_teks

    return lambda v: periksa_teks(nilai_teks(v), medan=kolom, maks=maks) or None


def _nilai_baris(kolom: str, v) -> str:
    """A cell as an error report shows it: a NIK masked (5171********0001), never in full."""
    if v is None:
        return ""
    s = nilai_teks(v)
    if kolom == "nik":
        from koperasi_cli.core.nik import samarkan

        return samarkan(s) or ""
    return s


def _urai(buku: Buku, jenis: str, b: _Baris, hari_ini: date) -> dict:
    """Plain values of one row (None where a cell failed); problems go to `b.galat`."""
    from koperasi_cli.core.masukan import MAKS_BUKTI, MAKS_KET, MAKS_NAMA

    tgl = lambda v: nilai_tanggal(v, hari_ini)  # noqa: E731
    if jenis == "anggota":
        from koperasi_cli.core.nik import bersihkan, periksa_nik
        from koperasi_cli.layanan.anggota import normal_jk

        def nik(v):
            n, g = periksa_nik(bersihkan(nilai_teks(v)))
            if g:
                raise g[0]
            return n

        return {"nama": b.ambil("nama", _teks("nama", MAKS_NAMA)), "nik": b.ambil("nik", nik),
                "jenis_kelamin": b.ambil("jenis_kelamin", lambda v: normal_jk(nilai_teks(v)), ingat=True),
                "alamat": b.ambil("alamat", _teks("alamat", MAKS_KET)), "tanggal": b.ambil("tanggal_masuk", tgl, ingat=True),
                "tgl_lahir": b.ambil("tgl_lahir", tgl, wajib=False), "no_hp": b.ambil("no_hp", _opsional, wajib=False),
                "desa": b.ambil("desa", _teks("desa", MAKS_NAMA), wajib=False, ingat=True),
                "luar_wilayah": b.ambil("luar_wilayah", _teks("luar_wilayah", MAKS_KET), wajib=False),
                "bukti": b.ambil("bukti", _teks("bukti", MAKS_BUKTI), wajib=False)}
    if jenis == "simpanan":
        return {"no": b.ambil("no", _no_anggota, ingat=True), "jenis": b.ambil("jenis", _jenis_simpanan, ingat=True),
                "jumlah": b.ambil("jumlah", nilai_jumlah, ingat=True), "tanggal": b.ambil("tanggal", tgl, ingat=True),
                "bukti": b.ambil("bukti", _teks("bukti", MAKS_BUKTI), wajib=False), "ket": b.ambil("ket", _teks("ket", MAKS_KET), wajib=False)}
    if jenis == "angsuran":
        return {"pinjaman": b.ambil("pinjaman", lambda v: nilai_teks(v).upper(), ingat=True),
                "jumlah": b.ambil("jumlah", nilai_jumlah, ingat=True), "tanggal": b.ambil("tanggal", tgl, ingat=True),
                "bukti": b.ambil("bukti", _teks("bukti", MAKS_BUKTI), wajib=False),
                "ket": b.ambil("ket", _teks("ket", MAKS_KET), wajib=False)}
    if jenis == "penjualan":
        return {"tanggal": b.ambil("tanggal", tgl, ingat=True),
                "kode": b.ambil("kode", lambda v: nilai_teks(v).upper(), ingat=True),
                "qty": b.ambil("qty", nilai_bulat, ingat=True), "harga": b.ambil("harga", nilai_jumlah, wajib=False, ingat=True),
                "anggota": b.ambil("anggota", _no_anggota, wajib=False, ingat=True),
                "kredit": bool(b.ambil("kredit", _ya, wajib=False, ingat=True)),
                "nota": b.ambil("nota", _teks("nota", MAKS_BUKTI), wajib=False),
                "nik": b.ambil("nik", _opsional, wajib=False),
                "kategori_pembeli": b.ambil("kategori_pembeli", _opsional, wajib=False)}
    raise ValueError(jenis)


def _cek_tanggal(buku: Buku, b: _Baris, kolom: str, tgl: date | None, hari_ini: date, tutup: set[str],
                 boleh_sebelum_mulai: bool = False) -> None:
    if tgl is None:
        return
    if tgl < buku.profil.mulai:
        if boleh_sebelum_mulai:  # a member who joined before these books started (no entry posted)
            return
        b.tolak(kolom, Galat("sebelum_mulai", tanggal=tgl.isoformat(), mulai=buku.profil.mulai.isoformat()))
    elif tutup and f"{tgl.year:04d}-{tgl.month:02d}" in tutup:
        b.tolak(kolom, Galat("periode_tutup", bulan=f"{tgl.year:04d}-{tgl.month:02d}"))
    elif tgl > hari_ini:
        b.tolak(kolom, Galat("impor_tanggal_depan", tanggal=tgl.isoformat()))


# ---- the import ----------------------------------------------------------------------------
@contextmanager
def _tanpa_gc():
    """Pause the cyclic garbage collector for a bulk phase that builds many objects which all live
    until the write and form no reference cycles (rows, parsed values, entries, records). Running,
    its full passes over the ever larger heap took a third of a 100,000-row import. Reference
    counting still frees everything else at once; the collector resumes (if it was on) after."""
    aktif = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if aktif:
            # freeze + unfreeze moves every tracked object to the oldest generation: the objects of
            # the phase are then looked at by the next full collection (when one is due), not all
            # at once by the first young-generation pass (which would scan them all: ~0.2 s).
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def impor(buku: Buku, jenis: str, path: Path, *, sheet: str | None = None, tanpa_pokok: bool = False,
          maju: Callable[[int], None] | None = None) -> dict:
    """Import one file into the open book (staged; the caller's unit of work writes it).
    Raises `GalatImpor` listing every bad row; nothing is staged for the journal then."""
    if jenis not in JENIS:
        raise Galat("impor_jenis_tidak_sah", nilai=jenis, sah=", ".join(JENIS))
    j = JENIS[jenis]
    ada = sidik_tercatat(buku)
    rincian: list[GalatBaris] = []
    baris: list[tuple[int, dict, str]] = []
    dilewati = 0
    pertama: dict[str, int] = {}
    n = 0
    hari_ini, tutup = buku.hari_ini(), buku.bulan_tutup
    with _tanpa_gc():
        ingat: dict = {}  # parsed cells (see _Baris)
        for no, sel in baca(path, j.kolom, j.wajib, sheet):
            n += 1
            if maju and n % 500 == 0:
                maju(500)
            b = _Baris(no, sel, ingat)
            v = _urai(buku, jenis, b, hari_ini)
            s = sidik(jenis, v) if not b.galat else None
            if s is not None and s in ada:
                dilewati += 1
                continue
            _cek_tanggal(buku, b, "tanggal_masuk" if jenis == "anggota" else "tanggal", v.get("tanggal"), hari_ini,
                         tutup, boleh_sebelum_mulai=jenis == "anggota" and tanpa_pokok)
            if not b.galat:
                if s in pertama:
                    b.tolak(next(iter(j.wajib)), Galat("impor_baris_ganda", baris=pertama[s]))
                else:
                    pertama[s] = no
                    baris.append((no, v, s))
            rincian += b.galat
        if maju:
            maju(n % 500)
        # Rows that parsed are checked against the books too (a refused file lists every problem).
        pos = {"anggota": _pos_anggota, "simpanan": _pos_simpanan, "angsuran": _pos_angsuran,
               "penjualan": _pos_penjualan}[jenis]
        if jenis == "simpanan":  # posted here in bulk (no library call per row): no cycles either
            ringkas = pos(buku, baris, rincian, tanpa_pokok=tanpa_pokok)
    if jenis != "simpanan":  # a library call per row leaves some cyclic garbage: the collector runs
        ringkas = pos(buku, baris, rincian, tanpa_pokok=tanpa_pokok)
    if rincian:
        rincian.sort(key=lambda g: g.baris)
        raise GalatImpor(rincian, path.name)
    if baris:
        _log(buku).insert({"jenis": jenis, "berkas": path.name, "dicatat": buku.sekarang(),
                           "baris": len(baris), "sidik": [s for _, _, s in baris]})
    return {"jenis": jenis, "berkas": path.name, "baris": n, "diimpor": len(baris), "dilewati": dilewati,
            "entri": len(buku.baru), "coba": buku.coba, **ringkas}


def _per_baris(buku: Buku, baris, rincian, kolom: str, fungsi) -> list:
    """Run a library function per row inside the unit of work; a refusal becomes a row problem."""
    hasil = []
    for no, v, _ in baris:
        try:
            hasil.append(fungsi(v))
        except GalatBanyak as g:
            for x in g.daftar:
                rincian.append(GalatBaris(no, kolom, "", x))
            continue
        except Galat as g:
            rincian.append(GalatBaris(no, kolom, "", g))
            continue
    return hasil


def _pos_anggota(buku: Buku, baris, rincian, *, tanpa_pokok: bool = False) -> dict:
    from koperasi_cli.layanan.keanggotaan import masuk

    niks: dict[str, int] = {}
    for no, v, _ in baris:
        if v["nik"] in niks:
            rincian.append(GalatBaris(no, "nik", "", Galat("impor_nik_ganda", baris=niks[v["nik"]])))
        niks.setdefault(v["nik"], no)
    if rincian:
        return {}
    hasil = _per_baris(buku, baris, rincian, "nik", lambda v: masuk(
        buku, nama=v["nama"], nik=v["nik"], jenis_kelamin=v["jenis_kelamin"], alamat=v["alamat"], tanggal=v["tanggal"],
        tgl_lahir=v["tgl_lahir"], no_hp=v["no_hp"], desa=v["desa"], luar_wilayah=v["luar_wilayah"],
        tanpa_pokok=tanpa_pokok, bukti=v["bukti"]))
    return {"nomor": [h["no"] for h in hasil][:1] + [h["no"] for h in hasil][-1:]}


def _pos_angsuran(buku: Buku, baris, rincian, **_) -> dict:
    from koperasi_cli.layanan import pinjaman as lay

    urut = sorted(baris, key=lambda x: x[1]["tanggal"])
    hasil = _per_baris(buku, urut, rincian, "pinjaman", lambda v: lay.angsur(
        buku, v["pinjaman"], v["jumlah"], tanggal=v["tanggal"], bukti=v["bukti"], ket=v["ket"]))
    return {"total": sum(v["jumlah"] for _, v, _ in baris), "angsuran": len(hasil)}


def _pos_penjualan(buku: Buku, baris, rincian, **_) -> dict:
    from koperasi_cli.core.sembako import BarisInput
    from koperasi_cli.layanan import sembako as lay

    # Rows with the same nota (and date, member, credit) are one receipt; without nota, one row one receipt.
    struk: dict[tuple, list] = {}
    for no, v, s in sorted(baris, key=lambda x: x[1]["tanggal"]):
        k = (v["nota"], v["tanggal"], v["anggota"], v["kredit"], v["nik"], v["kategori_pembeli"]) if v["nota"] else (no,)
        struk.setdefault(k, []).append((no, v, s))
    total = 0
    for daftar in struk.values():
        no, v, _ = daftar[0]
        try:
            h = lay.jual(buku, [BarisInput(x["kode"], x["qty"], x["harga"]) for _, x, _ in daftar], tanggal=v["tanggal"],
                         anggota=v["anggota"], kredit_=v["kredit"], nik=v["nik"], kategori_pembeli=v["kategori_pembeli"],
                         bukti=v["nota"])
        except GalatBanyak as g:
            rincian += [GalatBaris(no, "kode", "", x) for x in g.daftar]
            continue
        except Galat as g:
            rincian.append(GalatBaris(no, "kode", "", g))
            continue
        total += h.get("total", 0) if isinstance(h, dict) else 0
    return {"struk": len(struk), "total": total}


def _pos_simpanan(buku: Buku, baris, rincian, **_) -> dict:
    """Deposits through `layanan.simpanan.setor_banyak`, the path of `simpanan setor`: validated
    against running balances, recorded in one unit of work (fast enough for 100,000 rows)."""
    setoran = [Setoran(v["no"], v["jenis"], v["jumlah"], v["tanggal"], v["bukti"], v["ket"], {"impor": s})
               for _, v, s in baris]
    _rek, galat = setor_banyak(buku, setoran)
    for g in galat:
        rincian.append(GalatBaris(baris[g.indeks][0], g.kolom, g.nilai, g.galat))
    if galat:
        return {}
    total: dict[str, int] = defaultdict(int)  # per kind, in the order the kinds first appear (by date)
    for v in sorted(setoran, key=lambda x: x.tanggal):
        total[v.jenis] += v.jumlah
    return {"total": dict(total)}


# ---- templates -----------------------------------------------------------------------------
def tulis_template(jenis: str, path: Path, bahasa_en: bool = False) -> None:
    """An empty template with the expected columns and one example row (xlsx: and a notes sheet)."""
    if jenis not in JENIS:
        raise Galat("impor_jenis_tidak_sah", nilai=jenis, sah=", ".join(JENIS))
    j = JENIS[jenis]
    kolom = list(j.kolom)
    akhir = path.suffix.lower()
    if akhir == ".csv":
        import csv
        import io

        buf = io.StringIO()
        w = csv.writer(buf, delimiter=";")
        w.writerow(kolom)
        w.writerow([j.contoh.get(k, "") for k in kolom])
        from koperasi_cli.ledger.berkas import tulis_keluaran

        tulis_keluaran(path, buf.getvalue().encode("utf-8-sig"))
        return
    if akhir != ".xlsx":
        raise Galat("impor_format_berkas", berkas=path.name)
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = jenis
    ws.append(kolom)
    ws.append([j.contoh.get(k, "") for k in kolom])
    from openpyxl.styles import Font

    for sel in ws[1]:
        sel.font = Font(bold=True)
    ws.freeze_panes = "A2"
    for i, k in enumerate(kolom):
        ws.column_dimensions[chr(65 + i)].width = max(12, len(k) + 4, len(str(j.contoh.get(k, ""))) + 2)
    cat = wb.create_sheet("catatan")
    cat.append(["kolom", "wajib", "nama lain", "keterangan"])
    for k, lain in j.kolom.items():
        c = j.catatan.get(k, ("", ""))
        cat.append([k, "ya" if k in j.wajib else "", ", ".join(lain), c[1] if bahasa_en else c[0]])
    from koperasi_cli.ledger.berkas import tulis_keluaran

    tulis_keluaran(path, wb.save)


def baris_galat(rincian: Iterable[GalatBaris], render) -> list[dict]:
    """The rows of an error report (stderr and --laporan-galat): a NIK anywhere is masked."""
    from koperasi_cli.core.nik import samarkan_dalam

    return [{"baris": g.baris, "kolom": g.kolom, "nilai": samarkan_dalam(g.nilai), "alasan": render(g.galat)}
            for g in rincian]
