"""The Dinas's rekap: one row of figures per cooperative for a month, read from the cooperative's
own folder (a lock-free snapshot, checked with `periksa`) or from its `ekspor json` file, then
summed per kecamatan and in all.

One function computes a cooperative's row from its books (`baris_rekap`); `ekspor json` stores
that row in the export (its "rekap" block), and the rekap of an export reads the block back, so
a folder and its export give the same numbers.

Reading streams: sources are visited one at a time (folders in a small pool of processes, one
book each), each row is written to a temporary spool file at once, and only a short sort key per
cooperative stays in memory. The outputs (reports/rekap_tulis.py) read the rows back in order.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections import deque
from datetime import date
from pathlib import Path

import orjson

from koperasi_cli import i18n
from koperasi_cli.core.galat import Galat, GalatBanyak
from koperasi_cli.core.tanggal import Bulan, Periode
from koperasi_cli.lingkungan import aktif
from koperasi_cli.reports.ekspor_data import FORMAT_EKSPOR

IDENTITAS_BARIS = ("nama", "desa", "kecamatan", "kabupaten", "provinsi", "kode_wilayah", "nik_koperasi")
# Figures that add up across cooperatives (per kecamatan and in all).
JUMLAH = (
    "anggota_l", "anggota_p", "anggota", "anggota_masuk", "anggota_keluar", "karyawan",
    "simpanan_pokok", "simpanan_wajib", "simpanan_sukarela", "pinjaman_beredar",
    "penjualan_anggota", "penjualan_non_anggota", "shu_sd_bulan", "total_aset", "total_ekuitas", "entri_bulan",
)
# Every key of a row, in order: the block an export carries, plus where the row came from.
KUNCI_BARIS = (
    "bulan", *IDENTITAS_BARIS, "mulai", *JUMLAH, "npl_bp", "kesehatan", "skor_kesehatan", "entri_terakhir", "jangkar",
    "bulan_tutup", "periksa", "periksa_temuan", "periksa_rincian", "catatan",
)
KUNCI_SUMBER = ("sumber", "jenis_sumber", "dibuat", "dijumlahkan")
PREDIKAT = ("sehat", "cukup sehat", "dalam pengawasan", "dalam pengawasan khusus")
AKHIRAN_EKSPOR = (".json", ".jsonl", ".ndjson")
_COBA = 20  # attempts at a folder whose books keep changing while read


# ---- texts in both languages (rows and problems are rendered once, shown in either) ----------
def teks_galat(g: Galat) -> str:
    """A Galat as one sentence in the current language (nested findings too)."""

    def satu(x: Galat) -> str:
        param = {k: (satu(v) if isinstance(v, Galat) else v) for k, v in x.param.items()}
        return i18n.t(x.kode, **param)

    if isinstance(g, GalatBanyak):
        return "; ".join([satu(g)] + [satu(x) for x in g.daftar])
    return satu(g)


def dua_bahasa(fungsi) -> dict[str, str]:
    semula = i18n.bahasa()
    try:
        hasil = {}
        for b in ("id", "en"):
            i18n.atur_bahasa(b)
            hasil[b] = fungsi()
        return hasil
    finally:
        i18n.atur_bahasa(semula)


def pilih_teks(t) -> str:
    """The text of a {'id', 'en'} pair in the current language (plain text passes)."""
    if isinstance(t, dict):
        return t.get(i18n.bahasa()) or t.get("id") or ""
    return "" if t is None else str(t)


def masalah(sumber: str, kode: str, nama: str | None = None, kode_wilayah: str | None = None, **param) -> dict:
    """One problem: where, which cooperative if known, and the reason in both languages
    (a parameter given as an {'id', 'en'} pair is used in the matching language)."""

    def teks() -> str:
        p = {k: (pilih_teks(v) if isinstance(v, dict) else v) for k, v in param.items()}
        return teks_galat(Galat(kode, sumber=sumber, nama=nama or sumber, **p))

    return {"sumber": sumber, "nama": nama, "kode_wilayah": kode_wilayah, "kode": kode, "pesan": dua_bahasa(teks)}


# ---- a cooperative's row from its books ------------------------------------------------------
def _teks(v) -> str | None:
    if v is None or v == "":
        return None
    return v.isoformat() if hasattr(v, "isoformat") else str(v)


def entri_terakhir(buku) -> str | None:
    """The date of the latest entry in the books (reads only the latest month's shard)."""
    bulan = buku.bulan_ada()
    if not bulan:
        return None
    return max((r["tanggal"] for r in buku.shard(bulan[-1])["entri"].values()), default=None)


def _angka(buku, bulan: Bulan, catatan: list[str]) -> dict:
    from koperasi_cli.layanan import karyawan
    from koperasi_cli.reports.bulanan import angka_keanggotaan
    from koperasi_cli.reports.keuangan import phu_angka, posisi
    from koperasi_cli.reports.kesehatan import kesehatan

    akhir = bulan.akhir
    saldo = buku.saldo_akun(akhir)

    def kredit(akun: str) -> int:
        d, k = saldo.get(akun, (0, 0))
        return k - d

    anggota = buku.tabel("anggota").all() if "data/anggota.json" in buku.kepala["berkas"] else []
    a = angka_keanggotaan([dict(x) for x in anggota], bulan)
    pos = posisi(buku, akhir)
    ini = phu_angka(buku, bulan.awal, akhir, rinci=False)["jumlah"]
    awal_tahun = max(date(akhir.year, 1, 1), buku.profil.mulai)
    shu = phu_angka(buku, awal_tahun, akhir, rinci=False)["shu"] if awal_tahun <= akhir else 0
    kes = kesehatan(buku, Periode(bulan.awal, akhir, str(bulan))).data
    npl = next((r["nilai_bp"] for r in kes["rasio"] if r["kode"] == "npl"), None)
    if npl is None:
        catatan.append("npl")
    if buku.profil.mulai > akhir:
        catatan.append("belum_mulai")
    return {
        "anggota_l": a["L"]["akhir"], "anggota_p": a["P"]["akhir"], "anggota": a["jumlah"]["akhir"],
        "anggota_masuk": a["jumlah"]["masuk"], "anggota_keluar": a["jumlah"]["keluar"],
        "karyawan": len(karyawan.daftar(buku, akhir)),
        "simpanan_pokok": kredit("3101"), "simpanan_wajib": kredit("3102"), "simpanan_sukarela": kredit("2102"),
        "pinjaman_beredar": -kredit("1110"),
        "penjualan_anggota": ini.get("4101", 0) + ini.get("4103", 0),
        "penjualan_non_anggota": ini.get("4102", 0) + ini.get("4104", 0),
        "shu_sd_bulan": shu, "total_aset": pos["total_aset"], "total_ekuitas": pos["total_ekuitas"],
        "entri_bulan": buku.kepala["bulan"].get(str(bulan), {}).get("n", 0),
        "npl_bp": npl, "kesehatan": kes["predikat"], "skor_kesehatan": kes["skor"],
    }


def baris_rekap(buku, bulan: Bulan, *, dengan_periksa: bool = True) -> dict:
    """A cooperative's rekap row for a month, from any Buku (a lock-free snapshot or one opened
    under the lock): identity, members, savings per kind (3101/3102/2102), loans outstanding
    (1110) and NPL, the month's sales to members (4101+4103) and non-members (4102+4104), the
    SHU of the year to date, total assets and equity at the month's end, the health band, the
    month's entries and the latest entry, whether the month is closed and whether `periksa` passes.
    Books that fail `periksa` may not give figures at all: they are then None."""
    from koperasi_cli.layanan.periksa import periksa

    idt = buku.profil.identitas
    baris: dict = {"bulan": str(bulan), **{k: _teks(idt.get(k)) for k in IDENTITAS_BARIS},
                   "mulai": buku.profil.mulai.isoformat()}
    temuan = periksa(buku) if dengan_periksa else None
    catatan: list[str] = []
    try:
        baris.update(_angka(buku, bulan, catatan))
        baris["entri_terakhir"] = entri_terakhir(buku)
    except Galat:
        if not temuan:
            raise
        baris.update({k: None for k in (*JUMLAH, "npl_bp", "kesehatan", "skor_kesehatan", "entri_terakhir")})
        baris["entri_bulan"] = buku.kepala["bulan"].get(str(bulan), {}).get("n", 0)  # the head itself is sound
    baris["jangkar"] = buku.jangkar()
    baris["bulan_tutup"] = str(bulan) in buku.kepala["tutup"]
    baris["periksa"] = None if temuan is None else not temuan
    baris["periksa_temuan"] = None if temuan is None else len(temuan)
    baris["periksa_rincian"] = [dua_bahasa(lambda g=g: teks_galat(g)) for g in (temuan or [])[:5]]
    baris["catatan"] = catatan
    return {k: baris.get(k) for k in KUNCI_BARIS}


# ---- reading a cooperative's folder (never locks, never writes) -----------------------------
def _tanda(akar: Path) -> tuple:
    """What the books look like now: the head in force (a committed write in progress counts) and
    the profile's mtime. A read that starts and ends under the same mark saw one state."""
    from koperasi_cli.ledger.berkas import lapis_komit
    from koperasi_cli.ledger.buku import KEPALA, NAMA_PROFIL, sha256

    lapis = lapis_komit(akar)
    isi = None
    for p in (lapis.get(KEPALA), akar / KEPALA):
        if p is None:
            continue
        try:
            isi = p.read_bytes()
            break
        except OSError:
            continue
    try:
        mtime = (akar / NAMA_PROFIL).stat().st_mtime_ns
    except OSError:
        mtime = None
    return (sha256(isi) if isi is not None else None, mtime)


def baca_folder(akar: Path, bulan: Bulan, sumber: str | None = None, dengan_periksa: bool = True) -> dict:
    """{'baris': row or None, 'masalah': [problems]} for one cooperative's folder, from a
    lock-free snapshot (`Buku.buka_baca`): a write in progress is seen before or after, never in
    between; a read that overlapped a write is done again (the head changed meanwhile); an error
    while the books stayed the same is the books' own and is reported."""
    import gc

    from koperasi_cli.ledger.buku import Buku

    sumber = sumber or str(akar)
    # Reading a book makes hundreds of thousands of small objects that all stay alive until it is
    # done: the cyclic collector's passes over them cost a third of the time and find nothing.
    # It is paused for the read (refcounting still frees everything) and resumed after.
    gc_aktif = gc.isenabled()
    gc.disable()
    try:
        for i in range(_COBA):
            tanda = _tanda(akar)
            try:
                with Buku.buka_baca(akar) as buku:
                    baris = baris_rekap(buku, bulan, dengan_periksa=dengan_periksa)
                    # The month's own anchor, when closed (one journal file, read already).
                    jb = buku.jangkar_bulan([str(bulan)])
            except Galat as g:
                if _tanda(akar) != tanda:
                    time.sleep(0.02 * (i + 1))
                    continue
                return {"baris": None, "masalah": [masalah(sumber, "rekap_buku_tak_terbaca",
                                                           sebab=dua_bahasa(lambda: teks_galat(g)))]}
            if _tanda(akar) != tanda:
                time.sleep(0.02 * (i + 1))
                continue
            return {**hasil_baris(baris, sumber, "folder"), "jangkar_bulan": jb}
        return {"baris": None, "masalah": [masalah(sumber, "rekap_sibuk")]}
    except Exception as e:  # a bug must not stop the rekap of the other cooperatives
        if aktif().debug:
            raise
        return {"baris": None, "masalah": [masalah(sumber, "rekap_galat_dalam", jenis=type(e).__name__)]}
    finally:
        if gc_aktif:
            gc.enable()


def hasil_baris(baris: dict, sumber: str, jenis: str, dibuat: str | None = None) -> dict:
    baris = {**baris, "sumber": sumber, "jenis_sumber": jenis, "dibuat": dibuat}
    baris["dijumlahkan"] = baris.get("periksa") is not False and baris.get("total_aset") is not None
    hasil = {"baris": baris, "masalah": []}
    if baris.get("periksa") is False:
        rincian = baris.get("periksa_rincian") or [{"id": "-", "en": "-"}]
        contoh = rincian[0]
        hasil["masalah"].append(masalah(sumber, "rekap_periksa_gagal", baris.get("nama"), baris.get("kode_wilayah"),
                                        jumlah=baris.get("periksa_temuan") or len(rincian), contoh=contoh))
    return hasil


# ---- reading exports ----------------------------------------------------------------------------
# Where the journal starts in an export as `ekspor json` writes it (one line; earlier versions
# indented it). A JSON string cannot hold a raw quote or newline, so these bytes are structure.
_PENANDA_JURNAL = (b',"jurnal":[', b'\n  "jurnal": ')


def baca_dokumen(path: Path) -> dict:
    """An `ekspor json` document without its journal: the journal (last, most of a big export) is
    neither parsed nor kept; the file's end is checked so a cut-off file is still found damaged.
    A file laid out otherwise is parsed whole."""
    with open(path, "rb") as f:
        awal = bytearray()
        while True:
            blok = f.read(1 << 20)
            if not blok:
                return orjson.loads(bytes(awal))
            mulai_cari = max(0, len(awal) - 16)
            awal += blok
            ketemu = [i for i in (awal.find(p, mulai_cari) for p in _PENANDA_JURNAL) if i >= 0]
            if ketemu:
                break
        kepala = bytes(awal[:min(ketemu)]).rstrip().rstrip(b",")
        del awal
        f.seek(0, os.SEEK_END)
        f.seek(max(0, f.tell() - 64))
        ekor = f.read().rstrip()
        if not ekor.endswith(b"}") or not ekor[:-1].rstrip().endswith(b"]"):
            raise orjson.JSONDecodeError("terpotong", "", 0)
        try:
            return orjson.loads(kepala + b"}")
        except orjson.JSONDecodeError:  # "jurnal" was not the top-level key after all
            f.seek(0)
            return orjson.loads(f.read())


def _dari_laporan(doc: dict) -> dict:
    """The row of an export made before the "rekap" block existed (format 1), from its statements."""
    idt = doc.get("identitas") or {}
    periode = doc["periode"]
    akhir = periode["akhir"]
    bulan = akhir[:7]
    lap = doc.get("laporan") or {}
    # sections by their ids (exports of format 3) or, before, by their titles
    neraca = lap.get("posisi_keuangan") or lap["Posisi Keuangan"]
    saldo = {x["kode"]: x["saldo"] for g in ("aset", "kewajiban", "ekuitas") for x in neraca.get(g, [])}
    phu = lap.get("phu") or lap.get("PHU") or {}
    kes = lap.get("kesehatan") or lap.get("Kesehatan") or {}
    ang = lap.get("keanggotaan") or lap.get("Keanggotaan")
    if ang and "laki_laki" in ang:
        ang = {**ang, "L": ang["laki_laki"], "P": ang["perempuan"]}
    bulanan = periode["awal"][:7] == bulan
    catatan = ["ekspor_lama"]
    if not bulanan:
        catatan.append("tahunan_lama")
    if bulanan:
        shu = (phu.get("sd_periode") or {}).get("shu")
    else:
        shu = phu.get("shu") if periode["awal"][5:] == "01-01" and akhir[5:] == "12-31" else None
    npl = next((r.get("nilai_bp") for r in kes.get("rasio", []) if r.get("kode") == "npl"), None)
    if npl is None:
        catatan.append("npl")
    jual = phu.get("penjualan") if bulanan else None
    baris = {
        "bulan": bulan, **{k: idt.get(k) for k in IDENTITAS_BARIS}, "mulai": idt.get("mulai"),
        "anggota_l": ang["L"]["akhir"] if ang else None, "anggota_p": ang["P"]["akhir"] if ang else None,
        "anggota": ang["jumlah"]["akhir"] if ang else None, "anggota_masuk": ang["jumlah"]["masuk"] if ang else None,
        "anggota_keluar": ang["jumlah"]["keluar"] if ang else None, "karyawan": None,
        "simpanan_pokok": saldo.get("3101", 0), "simpanan_wajib": saldo.get("3102", 0),
        "simpanan_sukarela": saldo.get("2102", 0), "pinjaman_beredar": saldo.get("1110", 0),
        "penjualan_anggota": jual["anggota"] if jual else None, "penjualan_non_anggota": jual["non_anggota"] if jual else None,
        "shu_sd_bulan": shu, "total_aset": neraca["total_aset"], "total_ekuitas": neraca["total_ekuitas"],
        "entri_bulan": None, "npl_bp": npl, "kesehatan": kes.get("predikat"), "skor_kesehatan": kes.get("skor"),
        "entri_terakhir": doc.get("entri_terakhir"), "bulan_tutup": bulan in (doc.get("bulan_tutup") or []),
        "periksa": None, "periksa_temuan": None, "periksa_rincian": [], "catatan": catatan,
    }
    return baris


def _jenis_sah(baris: dict) -> str | None:
    """The first key whose value has the wrong type, if any."""
    for k in JUMLAH + ("npl_bp", "skor_kesehatan", "periksa_temuan"):
        v = baris.get(k)
        if v is not None and type(v) is not int:
            return k
    for k in ("bulan", *IDENTITAS_BARIS, "mulai", "kesehatan", "entri_terakhir"):
        v = baris.get(k)
        if v is not None and not isinstance(v, str):
            return k
    for k in ("bulan_tutup", "periksa"):
        v = baris.get(k)
        if v is not None and not isinstance(v, bool):
            return k
    if not isinstance(baris.get("bulan"), str):
        return "bulan"
    if not isinstance(baris.get("nama"), str):
        return "nama"
    if not isinstance(baris.get("catatan") or [], list) or not isinstance(baris.get("periksa_rincian") or [], list):
        return "catatan"
    return None


def baris_dari_dokumen(doc, bulan: Bulan, sumber: str) -> dict:
    """{'baris', 'masalah'} for one export document. Format 2 and later carry the row as made
    by `baris_rekap` (the "rekap" block); format 1 is read from its statements. A document that
    says it needs a newer reader (`versi_format_minimal`) is refused with the reason."""
    gagal = lambda kode, **p: {"baris": None, "masalah": [masalah(sumber, kode, **p)]}  # noqa: E731
    if not isinstance(doc, dict) or doc.get("format") != "koperasi-ekspor":
        return gagal("rekap_bukan_ekspor")
    versi = doc.get("versi_format")
    minimal = doc.get("versi_format_minimal", versi)
    if type(versi) is not int or type(minimal) is not int:
        return gagal("rekap_ekspor_rusak", sebab="versi_format")
    if minimal > FORMAT_EKSPOR:
        return gagal("rekap_ekspor_lebih_baru", versi=versi, minimal=minimal, bisa=FORMAT_EKSPOR)
    blok = doc.get("rekap")
    try:
        if isinstance(blok, dict):
            baris = {k: blok.get(k) for k in KUNCI_BARIS}
            baris["catatan"] = baris["catatan"] or []
            baris["periksa_rincian"] = baris["periksa_rincian"] or []
        elif versi < 2:
            baris = _dari_laporan(doc)
        else:
            return gagal("rekap_ekspor_kurang", kunci='"rekap"')
    except (KeyError, TypeError, AttributeError, IndexError) as e:
        return gagal("rekap_ekspor_kurang", kunci=str(e) or type(e).__name__)
    salah = _jenis_sah(baris)
    if salah:
        return gagal("rekap_ekspor_rusak", sebab=salah)
    if baris["bulan"] != str(bulan):
        return {"baris": None, "masalah": [masalah(sumber, "rekap_ekspor_bulan_lain", baris.get("nama"), baris.get("kode_wilayah"),
                                                   bulan=str(bulan), bulan_ekspor=baris["bulan"])]}
    # The block must agree with the statements beside it (an export edited by hand does not).
    lap = doc.get("laporan") or {}
    neraca = lap.get("posisi_keuangan") or lap.get("Posisi Keuangan")  # format 3 ids, format 2 titles
    if isinstance(neraca, dict) and neraca.get("per") == bulan.akhir.isoformat() and baris.get("total_aset") is not None:
        for k in ("total_aset", "total_ekuitas"):
            if neraca.get(k) != baris.get(k):
                return {"baris": None, "masalah": [masalah(sumber, "rekap_ekspor_tidak_cocok", baris.get("nama"),
                                                           baris.get("kode_wilayah"), kunci=k)]}
    hasil = hasil_baris(baris, sumber, "ekspor", doc.get("dibuat") if isinstance(doc.get("dibuat"), str) else None)
    jb = doc.get("jangkar_bulan")
    if isinstance(jb, dict):
        hasil["jangkar_bulan"] = {k: v for k, v in jb.items() if isinstance(k, str) and isinstance(v, str)}
    if isinstance(doc.get("jangkar"), str) and not baris.get("jangkar"):
        hasil["baris"]["jangkar"] = doc["jangkar"]
    return hasil


def baca_ekspor(path: Path, bulan: Bulan, sumber: str | None = None):
    """The results of one export file: a `.json` document, or `.jsonl` with one document a line."""
    sumber = sumber or str(path)
    try:
        if path.suffix.lower() in (".jsonl", ".ndjson"):
            with open(path, "rb") as f:
                for i, teks in enumerate(f, 1):
                    if not teks.strip():
                        continue
                    s = f"{sumber}:{i}"
                    try:
                        doc = orjson.loads(teks)
                    except orjson.JSONDecodeError:
                        yield {"baris": None, "masalah": [masalah(s, "rekap_ekspor_rusak", sebab="JSON")]}
                        continue
                    yield baris_dari_dokumen(doc, bulan, s)
            return
        try:
            doc = baca_dokumen(path)
        except orjson.JSONDecodeError:
            yield {"baris": None, "masalah": [masalah(sumber, "rekap_ekspor_rusak", sebab="JSON")]}
            return
        yield baris_dari_dokumen(doc, bulan, sumber)
    except OSError as e:
        yield {"baris": None, "masalah": [masalah(sumber, "rekap_ekspor_rusak", sebab=e.strerror or type(e).__name__)]}


# ---- walking the paths ------------------------------------------------------------------------
def telusuri(paths):
    """('folder', path) | ('ekspor', path) | ('masalah', problem) for each path given: a
    cooperative's folder, an export file, or a folder holding many of either (searched down its
    subfolders; a cooperative's own folder is not entered; hidden files are skipped)."""
    from koperasi_cli.ledger.buku import NAMA_PROFIL

    for asal in paths:
        p = Path(asal)
        if p.is_dir():
            if (p / NAMA_PROFIL).is_file():
                yield "folder", p
                continue
            n = 0
            dilihat: set[str] = set()
            for akar, folder, berkas in os.walk(p, followlinks=True):
                nyata = os.path.realpath(akar)
                if nyata in dilihat:  # a link back up the tree
                    folder[:] = []
                    continue
                dilihat.add(nyata)
                folder[:] = sorted(f for f in folder if not f.startswith("."))
                a = Path(akar)
                if NAMA_PROFIL in berkas:
                    folder[:] = []
                    n += 1
                    yield "folder", a
                    continue
                if a.name == "data" and "kepala.json" in berkas:
                    folder[:] = []
                    n += 1
                    yield "masalah", masalah(str(a.parent), "rekap_data_tanpa_profil")
                    continue
                for nama in sorted(berkas):
                    if nama.startswith("."):
                        continue
                    n += 1
                    if nama.lower().endswith(AKHIRAN_EKSPOR):
                        yield "ekspor", a / nama
                    else:
                        yield "masalah", masalah(str(a / nama), "rekap_bukan_koperasi")
            if n == 0:
                yield "masalah", masalah(str(p), "rekap_folder_kosong")
        elif p.is_file():
            if p.name.lower().endswith(AKHIRAN_EKSPOR):
                yield "ekspor", p
            else:
                yield "masalah", masalah(str(p), "rekap_bukan_koperasi")
        else:
            yield "masalah", masalah(str(p), "rekap_tidak_ada")


# ---- summing --------------------------------------------------------------------------------------
def _normal(s) -> str:
    return " ".join(str(s or "").lower().split())


def lengkapi_wilayah(baris: dict) -> None:
    """A Denpasar cooperative without an area code gets it (and its kecamatan) from the shipped list."""
    if baris.get("kode_wilayah") or _normal(baris.get("kabupaten")) not in ("kota denpasar", "denpasar"):
        return
    from koperasi_cli.data import wilayah_denpasar

    desa = _normal(baris.get("desa"))
    for w in wilayah_denpasar():
        if _normal(w["nama"]) == desa:
            baris["kode_wilayah"] = w["kode"]
            baris["kecamatan"] = baris.get("kecamatan") or w["kecamatan"]
            return


def kode_kecamatan(kode_wilayah: str | None) -> str | None:
    from koperasi_cli.core.wilayah import POLA_KODE

    if kode_wilayah and POLA_KODE.match(kode_wilayah):
        return kode_wilayah[:8]
    return None


def kosong() -> dict:
    return {"koperasi": 0, "dijumlahkan": 0, "aktif": 0, "tutup_bulan": 0, **{k: 0 for k in JUMLAH},
            "npl_bp": None, "_npl": [0, 0], "kesehatan": {p: 0 for p in PREDIKAT}}


def bagi_bp(pembilang: int, penyebut: int) -> int | None:
    """Half-up integer division; None when there is nothing to divide by."""
    return (2 * pembilang + penyebut) // (2 * penyebut) if penyebut > 0 else None


class Rekap:
    """The running rekap of one month. Rows go to a temporary spool file as they come; memory
    holds a sort key per row, the totals and the subtotals per kecamatan."""

    def __init__(self, bulan: Bulan, riwayat=None):
        self.bulan = bulan
        self.riwayat = riwayat  # a rekap_riwayat.Riwayat, or None
        self._baris = tempfile.TemporaryFile(prefix="rekap-")
        self._masalah = tempfile.TemporaryFile(prefix="rekap-")
        self._indeks: list[tuple] = []
        self._sudah: dict[tuple, str] = {}
        self.jumlah_masalah = 0
        self.total = kosong()
        self.kecamatan: dict[tuple, dict] = {}
        self.ringkasan = {"koperasi": 0, "dijumlahkan": 0, "aktif": 0, "tutup_bulan": 0, "periksa_gagal": 0,
                          "tidak_diperiksa": 0, "masalah": 0, "kesehatan": {p: 0 for p in PREDIKAT}}

    def tutup(self) -> None:
        self._baris.close()
        self._masalah.close()

    def __enter__(self):
        return self

    def __exit__(self, *_):
        self.tutup()

    def tambah_masalah(self, m: dict) -> None:
        self._masalah.write(orjson.dumps(m) + b"\n")
        self.jumlah_masalah += 1
        self.ringkasan["masalah"] = self.jumlah_masalah

    def tambah(self, hasil: dict) -> None:
        b = hasil["baris"]
        if b is not None:
            lengkapi_wilayah(b)
            kunci = (b.get("kode_wilayah") or "", _normal(b.get("nama")))
            if kunci in self._sudah:  # counted already: that is the one problem with this source
                self.tambah_masalah(masalah(b["sumber"], "rekap_ganda", b.get("nama"), b.get("kode_wilayah"),
                                            sumber_lain=self._sudah[kunci]))
                return
        for m in hasil["masalah"]:
            self.tambah_masalah(m)
        if b is None:
            return
        self._sudah[kunci] = b["sumber"]
        if self.riwayat is not None:
            for m in self.riwayat.periksa(b, hasil.get("jangkar_bulan") or {}):
                self.tambah_masalah(m)
        self._baris.seek(0, os.SEEK_END)
        posisi = self._baris.tell()
        isi = orjson.dumps(b)
        self._baris.write(isi)
        self._indeks.append((b.get("kode_wilayah") or "~", _normal(b.get("nama")), b["sumber"], posisi, len(isi)))
        r = self.ringkasan
        r["koperasi"] += 1
        aktif = bool(b.get("entri_bulan"))
        r["aktif"] += aktif
        r["tutup_bulan"] += bool(b.get("bulan_tutup"))
        r["periksa_gagal"] += b.get("periksa") is False
        r["tidak_diperiksa"] += b.get("periksa") is None
        if b.get("kesehatan") in r["kesehatan"] and b["dijumlahkan"]:
            r["kesehatan"][b["kesehatan"]] += 1
        kk = kode_kecamatan(b.get("kode_wilayah"))
        if kk:
            kunci_kec = (kk, "", "", "")
        else:  # no area code: grouped by the names
            kunci_kec = ("~", _normal(b.get("provinsi")), _normal(b.get("kabupaten")), _normal(b.get("kecamatan")))
        sub = self.kecamatan.get(kunci_kec)
        if sub is None:
            sub = self.kecamatan[kunci_kec] = {"kode_kecamatan": kk, "kecamatan": b.get("kecamatan"),
                                               "kabupaten": b.get("kabupaten"), "provinsi": b.get("provinsi"), **kosong()}
        for t in (self.total, sub):
            t["koperasi"] += 1
            t["aktif"] += aktif
            t["tutup_bulan"] += bool(b.get("bulan_tutup"))
            if not b["dijumlahkan"]:
                continue
            t["dijumlahkan"] += 1
            for k in JUMLAH:
                t[k] += b.get(k) or 0
            if b.get("kesehatan") in t["kesehatan"]:
                t["kesehatan"][b["kesehatan"]] += 1
            if b.get("npl_bp") is not None and b.get("pinjaman_beredar"):
                t["_npl"][0] += b["npl_bp"] * b["pinjaman_beredar"]
                t["_npl"][1] += b["pinjaman_beredar"]
        r["dijumlahkan"] += b["dijumlahkan"]

    # ---- reading back, in order ------------------------------------------------------------------
    def baris(self):
        """The rows ordered by area code (then name; those without a code last)."""
        self._baris.flush()
        for *_, posisi, panjang in sorted(self._indeks):
            self._baris.seek(posisi)
            yield orjson.loads(self._baris.read(panjang))

    def daftar_masalah(self):
        self._masalah.flush()
        self._masalah.seek(0)
        for teks in self._masalah:
            yield orjson.loads(teks)

    @staticmethod
    def _selesai(t: dict) -> dict:
        hasil = {k: (dict(v) if isinstance(v, dict) else v) for k, v in t.items() if k != "_npl"}
        hasil["npl_bp"] = bagi_bp(*t["_npl"])
        return hasil

    def total_akhir(self) -> dict:
        return self._selesai(self.total)

    def per_kecamatan(self) -> list[dict]:
        return [self._selesai(self.kecamatan[k]) for k in sorted(self.kecamatan)]


# ---- the whole run ------------------------------------------------------------------------------
def _pekerja() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def kumpulkan(paths, bulan: Bulan, *, pekerja: int | None = None, dengan_periksa: bool = True, kemajuan=None,
              riwayat=None) -> Rekap:
    """Read every source in order and sum them. Folders are read by `pekerja` processes (one book
    each; results kept in source order, at most a few in flight); exports are read here. Without
    `dengan_periksa` folders are not checked (their rows say so: `periksa` None). With `riwayat`
    (reports/rekap_riwayat.py) each row's anchors are compared with those received before."""
    pekerja = pekerja or _pekerja()
    rekap = Rekap(bulan, riwayat)
    antre: deque = deque()
    kolam = None
    jendela = 4 * pekerja

    def keluarkan(semua: bool = False) -> None:
        while antre and (semua or len(antre) > jendela):
            x = antre.popleft()
            rekap.tambah(x.result() if hasattr(x, "result") else x)
            if kemajuan:
                kemajuan()

    try:
        for jenis, x in telusuri(paths):
            if jenis == "masalah":
                antre.append({"baris": None, "masalah": [x]})
            elif jenis == "folder":
                if pekerja > 1:
                    if kolam is None:
                        from concurrent.futures import ProcessPoolExecutor

                        kolam = ProcessPoolExecutor(pekerja)
                    antre.append(kolam.submit(baca_folder, x, bulan, None, dengan_periksa))
                else:
                    antre.append(baca_folder(x, bulan, None, dengan_periksa))
            else:
                for h in baca_ekspor(x, bulan):
                    antre.append(h)
                    keluarkan()
            keluarkan()
        keluarkan(semua=True)
    except BaseException:
        rekap.tutup()
        raise
    finally:
        if kolam is not None:
            kolam.shutdown(cancel_futures=True)
    return rekap


def bulan_bawaan(hari_ini: date | None = None) -> Bulan:
    """The default month of a rekap: the previous calendar month (the Dinas reports on a month
    once it has ended, and cooperatives close it in the first days of the next)."""
    return Bulan.dari_tanggal(hari_ini or aktif().hari_ini()).sebelum()
