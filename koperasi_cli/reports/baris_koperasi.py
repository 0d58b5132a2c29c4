"""A cooperative's rekap row and the export format: what `ekspor json` writes (its "rekap"
block, `baris_rekap`) and what `koperasi rekap` reads back, in one place both import (neither
imports the other)."""

from __future__ import annotations

from datetime import date

from koperasi_cli import i18n
from koperasi_cli.core.galat import Galat, GalatBanyak
from koperasi_cli.core.tanggal import Bulan, Periode

# The export's format: `versi_format` grows with every change; `versi_format_minimal` is the oldest
# reader format that still reads it right (a change that only adds keys leaves it). Format 2 adds
# the "rekap" block (`baris_rekap`); a format-1 reader still reads the rest.
FORMAT_EKSPOR = 3  # 3: "laporan" keyed by snake_case ids ("posisi_keuangan"), ratios in basis points
FORMAT_EKSPOR_MINIMAL = 1
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


