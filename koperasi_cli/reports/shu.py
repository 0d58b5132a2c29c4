"""The SHU report (`laporan shu`) and the RAT package (`laporan rat`): the annual statements
with the previous year beside them, the SHU allocation, each member's share and membership."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from koperasi_cli.core.tanggal import Periode
from koperasi_cli.core.uang import format_rupiah
from koperasi_cli.i18n import pilih
from koperasi_cli.reports.model import Kolom, Laporan, Tabel, identitas_dari

NAMA_POS = {
    "cadangan": "Cadangan", "jasa_modal": "Jasa modal (anggota)", "jasa_usaha": "Jasa usaha (anggota)",
    "dana_pengurus": "Dana pengurus dan pengawas", "dana_karyawan": "Dana karyawan", "dana_pendidikan": "Dana pendidikan",
    "dana_sosial": "Dana sosial", "dana_pembangunan_desa": "Dana pembangunan desa",
}


def laporan_shu(buku, data: dict) -> Laporan:
    from decimal import Decimal

    alok = [{"pos": NAMA_POS.get(k, k), "persen": int(Decimal(data["persen"][k]) * 100) if k in data["persen"] else "",
             "jumlah": v} for k, v in data["alokasi"].items()]
    alok.append({"pos": pilih("Sisa pembulatan (belum dibagi)", "Left by rounding (unallocated)"), "persen": "",
                 "jumlah": data["sisa_pembulatan"]})
    kolom_alok = [Kolom("pos", pilih("Pos alokasi", "Allocation")), Kolom("persen", "%", "persen"), Kolom("jumlah", pilih("Jumlah", "Amount"), "uang")]
    kolom_anggota = [Kolom("no", "No"), Kolom("nama", pilih("Nama", "Name")), Kolom("nik", "NIK"),
                     Kolom("simpanan_modal", pilih("Pokok + wajib", "Pokok + wajib"), "uang"),
                     Kolom("transaksi", pilih("Transaksi", "Business"), "uang"),
                     Kolom("jasa_modal", pilih("Jasa modal", "Capital share"), "uang"),
                     Kolom("jasa_usaha", pilih("Jasa usaha", "Business share"), "uang"), Kolom("jumlah", pilih("Jumlah", "Total"), "uang")]
    total_anggota = {"nama": "Total", **{k: sum(b[k] for b in data["anggota"]) for k in
                                         ("simpanan_modal", "transaksi", "jasa_modal", "jasa_usaha", "jumlah")}}
    status = pilih("simulasi (tahun belum ditutup)", "simulation (year not closed)") if data["status"] == "simulasi" \
        else pilih("sesudah tutup buku tahun", "as closed at year end")
    catatan = [
        f"SHU {data['tahun']}: Rp {format_rupiah(data['shu'])} ({status}).",
        pilih("Jasa modal dibagi menurut simpanan pokok + wajib akhir tahun; jasa usaha menurut transaksi anggota dalam setahun "
              f"({', '.join(data['dasar']['transaksi_jenis'])}); setiap bagian dibulatkan ke bawah.",
              "The capital share follows each member's pokok + wajib at year end; the business share their business in the "
              f"year ({', '.join(data['dasar']['transaksi_jenis'])}); every share is rounded down."),
    ]
    if data["shu"] <= 0:
        catatan.append(pilih("SHU tidak positif: tidak ada yang dibagi.", "The result is not positive: nothing is shared."))
    return Laporan(pilih("Perhitungan Pembagian SHU", "SHU Allocation"), str(data["tahun"]), identitas_dari(buku.profil),
                   [Tabel(pilih("Alokasi SHU", "Allocation"), kolom_alok, alok, {"pos": "Total", "jumlah": max(data["shu"], 0)}, "Alokasi SHU"),
                    Tabel(pilih("SHU per Anggota", "SHU per member"), kolom_anggota, data["anggota"], total_anggota, "SHU Anggota")],
                   data, catatan)


def paket_rat(buku, tahun: int, *, tampilkan_nik: bool = False) -> list[Laporan]:
    from koperasi_cli.layanan.shu import hitung
    from koperasi_cli.reports import keuangan
    from koperasi_cli.reports.bulanan import bagian_keanggotaan

    awal = max(date(tahun, 1, 1), buku.profil.mulai)
    tahun_ini = Periode(awal, date(tahun, 12, 31), str(tahun))
    tahun_lalu = Periode(date(tahun - 1, 1, 1), date(tahun - 1, 12, 31), str(tahun - 1))
    return [
        keuangan.neraca(buku, tahun_ini.akhir, pembanding=tahun_lalu.akhir),
        keuangan.phu(buku, tahun_ini, pembanding=tahun_lalu),
        keuangan.arus_kas(buku, tahun_ini),
        keuangan.ekuitas(buku, tahun_ini),
        laporan_shu(buku, hitung(buku, tahun, tampilkan_nik=tampilkan_nik)),
        bagian_keanggotaan(buku, tahun_ini),
    ]


def buku_kerja_rat(buku, tahun: int, path: Path, *, tampilkan_nik: bool = False) -> None:
    """The RAT workbook: cover, annual statements with the previous year, SHU, membership."""
    from koperasi_cli.reports.xlsx import tulis_buku_kerja

    from koperasi_cli.reports.tren import perkembangan_rat

    # "Perkembangan" (this year beside last year, with charts) is for the workbook: 25 columns.
    tulis_buku_kerja(buku, f"Laporan Pertanggungjawaban Pengurus - RAT Tahun Buku {tahun}", str(tahun),
                     lambda: paket_rat(buku, tahun, tampilkan_nik=tampilkan_nik), path,
                     lambda: [perkembangan_rat(buku, tahun)])
