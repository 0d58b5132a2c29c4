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
NAMA_POS_INGGRIS = {
    "cadangan": "Reserve", "jasa_modal": "Capital share (members)", "jasa_usaha": "Business share (members)",
    "dana_pengurus": "Officers' and supervisors' fund", "dana_karyawan": "Staff fund", "dana_pendidikan": "Education fund",
    "dana_sosial": "Social fund", "dana_pembangunan_desa": "Village development fund",
}


def _nama_pos(k: str) -> str:
    """An allocation post by its name in the reader's language (JSON keeps the key)."""
    return pilih(NAMA_POS.get(k, k), NAMA_POS_INGGRIS.get(k, NAMA_POS.get(k, k)))


def laporan_shu(buku, data: dict) -> Laporan:
    from decimal import Decimal

    alok = [{"pos": _nama_pos(k), "persen": int(Decimal(data["persen"][k]) * 100) if k in data["persen"] else "",
             "jumlah": v} for k, v in data["alokasi"].items()]
    alok.append({"pos": pilih("Sisa pembulatan (belum dibagi)", "Left by rounding (unallocated)"), "persen": "",
                 "jumlah": data["sisa_pembulatan"]})
    kolom_alok = [Kolom("pos", pilih("Pos alokasi", "Allocation")), Kolom("persen", "%", "persen"), Kolom("jumlah", pilih("Jumlah", "Amount"), "uang")]
    kolom_anggota = [Kolom("no", "No"), Kolom("nama", pilih("Nama", "Name")), Kolom("nik", "NIK", rinci=True),
                     Kolom("simpanan_modal", pilih("Pokok + wajib", "Principal + mandatory"), "uang"),
                     Kolom("transaksi", pilih("Transaksi", "Business"), "uang"),
                     Kolom("jasa_modal", pilih("Jasa modal", "Capital share"), "uang"),
                     Kolom("jasa_usaha", pilih("Jasa usaha", "Business share"), "uang"), Kolom("jumlah", pilih("Jumlah", "Total"), "uang")]
    total_anggota = {"nama": "Total", **{k: sum(b[k] for b in data["anggota"]) for k in
                                         ("simpanan_modal", "transaksi", "jasa_modal", "jasa_usaha", "jumlah")}}
    status = {
        "simulasi": pilih("simulasi (tahun belum ditutup)", "simulation (year not closed)"),
        "ditutup": pilih("tahun ditutup; usulan pembagian menurut AD/ART, menunggu keputusan RAT",
                         "year closed; the proposed split by the by-laws, awaiting the RAT's decision"),
        "ditetapkan": pilih(f"ditetapkan RAT {(data.get('keputusan') or {}).get('tanggal', '')}",
                            f"approved by the RAT on {(data.get('keputusan') or {}).get('tanggal', '')}"),
    }.get(data["status"], data["status"])
    catatan = [
        f"SHU {data['tahun']}: Rp {format_rupiah(data['shu'])} ({status}).",
        pilih("Jasa modal dibagi menurut simpanan pokok + wajib akhir tahun; jasa usaha menurut transaksi anggota dalam setahun "
              f"({', '.join(data['dasar']['transaksi_jenis'])}); setiap bagian dibulatkan ke bawah.",
              "The capital share follows each member's pokok + wajib at year end; the business share their business in the "
              f"year ({', '.join(data['dasar']['transaksi_jenis'])}); every share is rounded down."),
    ]
    if data["shu"] <= 0:
        catatan.append(pilih("SHU tidak positif: tidak ada yang dibagi.", "The result is not positive: nothing is shared."))
    tabel = [Tabel(pilih("Alokasi SHU", "Allocation"), kolom_alok, alok, {"pos": "Total", "jumlah": max(data["shu"], 0)}, "Alokasi SHU")]
    if data.get("usulan"):
        tabel.append(_tabel_usulan_keputusan(data))
    tabel.append(Tabel(pilih("SHU per Anggota", "SHU per member"), kolom_anggota, data["anggota"], total_anggota, "SHU Anggota"))
    return Laporan(pilih("Perhitungan Pembagian SHU", "SHU Allocation"), str(data["tahun"]), identitas_dari(buku.profil),
                   tabel, data, catatan)


def _tabel_usulan_keputusan(data: dict) -> Tabel:
    """The proposal (the profile's split, stored at the year-end closing) beside the RAT's decision."""
    usulan, keputusan = data["usulan"], data.get("keputusan") or {}
    pos = list(dict.fromkeys([*usulan["alokasi"], *keputusan.get("alokasi", {})]))
    baris = []
    for k in pos:
        b = {"pos": _nama_pos(k), "usulan_persen": usulan["persen"].get(k, ""), "usulan": usulan["alokasi"].get(k, 0)}
        if keputusan:
            b |= {"keputusan_persen": keputusan["persen"].get(k, ""), "keputusan": keputusan["alokasi"].get(k, 0)}
        baris.append(b)
    kolom = [Kolom("pos", pilih("Pos alokasi", "Allocation")), Kolom("usulan_persen", pilih("Usulan %", "Proposed %"), "persen_nilai"),
             Kolom("usulan", pilih("Usulan", "Proposed"), "uang")]
    total = {"pos": "Total", "usulan": sum(usulan["alokasi"].values())}
    if keputusan:
        kolom += [Kolom("keputusan_persen", pilih("Keputusan RAT %", "RAT decision %"), "persen_nilai"),
                  Kolom("keputusan", pilih("Keputusan RAT", "RAT decision"), "uang")]
        total["keputusan"] = sum(keputusan["alokasi"].values())
    judul = pilih("Usulan dan Keputusan RAT", "Proposal and the RAT's decision")
    return Tabel(judul, kolom, baris, total, "Usulan RAT")


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
