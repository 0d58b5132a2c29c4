"""The monthly report: every section for one month, each a `Laporan` of its own, so the terminal,
JSON, CSV and the regulator's workbook show the same numbers. Areas add their sections through
`BAGIAN`, the list of the section builders in order (each `f(buku, bulan, **opsi) -> Laporan | None`)."""

from __future__ import annotations

from collections.abc import Callable

from koperasi_cli.core.tanggal import Bulan, Periode
from koperasi_cli.i18n import pilih
from koperasi_cli.reports.aset import bagian_aset
from koperasi_cli.reports.model import Kolom, Laporan, Tabel, identitas_dari, kunci_bagian
from koperasi_cli.reports.pengurus import bagian_pengurus
from koperasi_cli.reports.unit import bagian_unit


def periode_bulan(bulan: Bulan) -> Periode:
    return Periode(bulan.awal, bulan.akhir, str(bulan))


def bagian_neraca(buku, bulan: Bulan, **_) -> Laporan:
    from koperasi_cli.reports.keuangan import neraca

    return neraca(buku, bulan.akhir)


def bagian_phu(buku, bulan: Bulan, **_) -> Laporan:
    from koperasi_cli.reports.keuangan import phu

    return phu(buku, periode_bulan(bulan))


def bagian_arus_kas(buku, bulan: Bulan, **_) -> Laporan:
    from koperasi_cli.reports.keuangan import arus_kas

    return arus_kas(buku, periode_bulan(bulan))


def bagian_ekuitas(buku, bulan: Bulan, **_) -> Laporan:
    from koperasi_cli.reports.keuangan import ekuitas

    return ekuitas(buku, periode_bulan(bulan))


def bagian_neraca_saldo(buku, bulan: Bulan, **_) -> Laporan:
    from koperasi_cli.reports.neraca_saldo import neraca_saldo

    return neraca_saldo(buku, bulan.akhir)


def bagian_kesehatan(buku, bulan: Bulan, **_) -> Laporan:
    from koperasi_cli.reports.kesehatan import kesehatan

    return kesehatan(buku, periode_bulan(bulan))


def bagian_simpanan(buku, bulan: Bulan, **_) -> Laporan | None:
    """Every member's savings per kind at the month's end, with totals."""
    if not buku.ada("data/anggota.json"):
        return None
    from koperasi_cli.layanan import simpanan
    from koperasi_cli.reports.simpanan import laporan_simpanan

    return laporan_simpanan(buku, simpanan.laporan(buku, bulan.akhir))


def bagian_pinjaman(buku, bulan: Bulan, **_) -> Laporan | None:
    """The loan portfolio at the month's end: collectibility, provision, NPL."""
    if not buku.ada("data/pinjaman.json"):
        return None
    from koperasi_cli.reports.daftar_pinjaman import laporan
    from koperasi_cli.reports.pinjaman import lap_portofolio

    return lap_portofolio(buku, laporan(buku, bulan.akhir))


def _ada_barang(buku) -> bool:
    return buku.ada("data/barang.json")


def bagian_penjualan(buku, bulan: Bulan, **_) -> Laporan | None:
    """The outlet's sales of the month: by item and day, members apart, gross margin."""
    if not _ada_barang(buku):
        return None
    from koperasi_cli.reports.daftar_sembako import penjualan
    from koperasi_cli.reports.sembako import penjualan as lap

    return lap(penjualan(buku, periode_bulan(bulan)), identitas_dari(buku.profil))


def bagian_stok(buku, bulan: Bulan, **_) -> Laporan | None:
    """Stock at the month's end: quantity, average cost and value per item."""
    if not _ada_barang(buku):
        return None
    from koperasi_cli.reports.daftar_sembako import stok
    from koperasi_cli.reports.sembako import stok as lap

    return lap(stok(buku, bulan.akhir), identitas_dari(buku.profil))


def angka_keanggotaan(anggota: list[dict], bulan) -> dict:
    """Members at the start of the month (or any period with `awal`/`akhir`), joined, left, at
    the end, by sex (L/P)."""
    awal, akhir = bulan.awal.isoformat(), bulan.akhir.isoformat()

    def aktif_pada(a: dict, tgl: str) -> bool:  # a member on a day (joined by then, not yet left)
        keluar = a.get("tanggal_keluar")
        return a.get("tanggal_masuk", "") <= tgl and (not keluar or keluar > tgl)

    hasil = {}
    for jk in ("L", "P"):
        kel = [a for a in anggota if a.get("jenis_kelamin") == jk]
        hasil[jk] = {
            "awal": sum(1 for a in kel if a.get("tanggal_masuk", "") < awal and (not a.get("tanggal_keluar") or a["tanggal_keluar"] >= awal)),
            "masuk": sum(1 for a in kel if awal <= a.get("tanggal_masuk", "") <= akhir),
            "keluar": sum(1 for a in kel if a.get("tanggal_keluar") and awal <= a["tanggal_keluar"] <= akhir),
            "akhir": sum(1 for a in kel if aktif_pada(a, akhir)),
        }
    hasil["jumlah"] = {k: hasil["L"][k] + hasil["P"][k] for k in ("awal", "masuk", "keluar", "akhir")}
    return hasil


def bagian_keanggotaan(buku, bulan, **_) -> Laporan:
    """Membership of a month (or of any period with `awal`, `akhir` and a label)."""
    anggota = buku.tabel("anggota").all() if buku.ada("data/anggota.json") else []
    a = angka_keanggotaan([dict(x) for x in anggota], bulan)
    baris = [
        {"jenis_kelamin": pilih("Laki-laki", "Men"), **a["L"]},
        {"jenis_kelamin": pilih("Perempuan", "Women"), **a["P"]},
    ]
    kolom = [Kolom("jenis_kelamin", pilih("Jenis kelamin", "Sex")), Kolom("awal", pilih("Awal bulan", "At start"), "angka"),
             Kolom("masuk", pilih("Masuk", "Joined"), "angka"), Kolom("keluar", pilih("Keluar", "Left"), "angka"),
             Kolom("akhir", pilih("Akhir bulan", "At end"), "angka")]
    total = {"jenis_kelamin": "Total", **a["jumlah"]}
    label = getattr(bulan, "label", None) or str(bulan)
    return Laporan(pilih("Keanggotaan", "Membership"), label, identitas_dari(buku.profil),
                   [Tabel(None, kolom, baris, total, "Keanggotaan")],
                   {"bulan": label, "laki_laki": a["L"], "perempuan": a["P"], "jumlah": a["jumlah"]})


BAGIAN: list[Callable[..., Laporan | None]] = [
    bagian_neraca, bagian_phu, bagian_unit, bagian_arus_kas, bagian_ekuitas, bagian_keanggotaan, bagian_simpanan,
    bagian_pinjaman, bagian_penjualan, bagian_stok, bagian_aset, bagian_kesehatan, bagian_pengurus,
    bagian_neraca_saldo,
]


def laporan_bulanan(buku, bulan: Bulan, **opsi) -> list[Laporan]:
    """Every section; `opsi` reach each builder (e.g. tampilkan_nik=True to unmask NIKs)."""
    hasil = []
    for bagian in BAGIAN:
        lap = bagian(buku, bulan, **opsi)
        if lap is not None:
            hasil.append(lap)
    return hasil


def gabung(buku, bulan: Bulan, bagian: list[Laporan]) -> Laporan:
    """All sections as one report object (JSON: each section's data under its name)."""
    data = {"bulan": str(bulan), "identitas": identitas_dari(buku.profil), "jangkar": buku.jangkar(),
            "jangkar_bulan": buku.jangkar_bulan([str(bulan)]).get(str(bulan)),
            "bagian": {kunci_bagian(t): t.data for t in bagian}}
    tabel = []
    for lap in bagian:
        for i, t in enumerate(lap.tabel):
            judul = lap.judul if i == 0 else f"{lap.judul}: {t.judul or ''}"
            tabel.append(Tabel(judul, t.kolom, t.baris, t.total, t.nama_lembar))
    return Laporan(pilih("Laporan Bulanan", "Monthly Report"), bulan.nama(), identitas_dari(buku.profil), tabel, data)
