"""Reports of officers, staff and payroll as data (`Laporan`): the officer list, the staff list,
the payroll run, payslips, and the monthly report's page of officers and staff. NIKs are
masked unless the caller asked otherwise."""

from __future__ import annotations

from koperasi_cli.core.tanggal import Bulan
from koperasi_cli.i18n import pilih
from koperasi_cli.reports.model import Kolom, Laporan, Tabel, identitas_dari

NAMA_JABATAN = {
    "ketua": ("Ketua", "Chair"), "wakil": ("Wakil Ketua", "Vice-chair"), "sekretaris": ("Sekretaris", "Secretary"),
    "bendahara": ("Bendahara", "Treasurer"), "pengawas": ("Pengawas", "Supervisor"),
    "ketua-pengawas": ("Ketua Pengawas", "Chief supervisor"),
}


def nama_jabatan(d: dict) -> str:
    teks = pilih(*NAMA_JABATAN.get(d["jabatan"], (d["jabatan"], d["jabatan"])))
    if d.get("ex_officio") == "kepala-desa":
        teks += pilih(" (ex officio, kepala desa)", " (ex officio, village head)")
    return teks


def _kolom_pengurus() -> list[Kolom]:
    return [Kolom("id", "No"), Kolom("nama", pilih("Nama", "Name")), Kolom("nik", "NIK"),
            Kolom("jabatan_teks", pilih("Jabatan", "Position")), Kolom("mulai", pilih("Mulai", "From")),
            Kolom("selesai", pilih("Selesai", "Until"))]


def _kolom_karyawan() -> list[Kolom]:
    return [Kolom("id", "No"), Kolom("nama", pilih("Nama", "Name")), Kolom("nik", "NIK"),
            Kolom("jabatan", pilih("Jabatan", "Position")), Kolom("mulai", pilih("Mulai", "From")),
            Kolom("keluar", pilih("Keluar", "Left")), Kolom("gaji", pilih("Gaji", "Pay"), "uang")]


def tabel_pengurus(pengurus: list[dict], judul: bool = True) -> Tabel:
    baris = [{**d, "jabatan_teks": nama_jabatan(d)} for d in pengurus]
    return Tabel(pilih("Pengurus dan Pengawas", "Officers") if judul else None, _kolom_pengurus(), baris, None, "Pengurus")


def tabel_karyawan(karyawan: list[dict], judul: bool = True) -> Tabel:
    total = {"nama": "Total", "gaji": sum(d["gaji"] for d in karyawan)} if karyawan else None
    return Tabel(pilih("Karyawan", "Staff") if judul else None, _kolom_karyawan(), karyawan, total, "Karyawan")


def daftar_pengurus(buku, pengurus: list[dict], per: str | None) -> Laporan:
    periode = pilih(f"Per {per}", f"As of {per}") if per else pilih("Semua masa jabatan", "Every term")
    return Laporan(pilih("Pengurus dan Pengawas", "Officers"), periode, identitas_dari(buku.profil),
                   [tabel_pengurus(pengurus, False)], {"per": per, "pengurus": pengurus},
                   [pilih(f"{len(pengurus)} orang.", f"{len(pengurus)} person(s).")])


def daftar_karyawan(buku, karyawan: list[dict], per: str | None) -> Laporan:
    periode = pilih(f"Per {per}", f"As of {per}") if per else pilih("Semua karyawan", "All staff")
    return Laporan(pilih("Karyawan", "Staff"), periode, identitas_dari(buku.profil), [tabel_karyawan(karyawan, False)],
                   {"per": per, "karyawan": karyawan, "jumlah_gaji": sum(d["gaji"] for d in karyawan)},
                   [pilih(f"{len(karyawan)} orang.", f"{len(karyawan)} person(s).")])


def laporan_gaji(buku, h: dict) -> Laporan:
    kolom = [Kolom("id", "No"), Kolom("nama", pilih("Nama", "Name")), Kolom("jabatan", pilih("Jabatan", "Position")),
             Kolom("gaji", pilih("Gaji", "Gross pay"), "uang"), Kolom("potongan", pilih("Potongan", "Withheld"), "uang"),
             Kolom("bersih", pilih("Dibayar", "Net paid"), "uang")]
    total = {"nama": "Total", "gaji": h["bruto"], "potongan": h["potongan"], "bersih": h["bersih"]}
    from koperasi_cli.core.uang import format_rupiah as rp

    rinci = f"Dr 6101 {rp(h['bruto'])}; Cr 2105 {rp(h['potongan'])}; Cr {h['kas']} {rp(h['bersih'])}"
    catatan = [pilih(f"Jurnal {h['entri']} tanggal {h['tanggal']}: {rinci}.",
                     f"Entry {h['entri']} on {h['tanggal']}: {rinci}.")]
    return Laporan(pilih("Gaji Karyawan", "Payroll"), Bulan.dari_str(h["bulan"]).nama(), identitas_dari(buku.profil),
                   [Tabel(None, kolom, h["rincian"], total, "Gaji")], h, catatan)


def bagian_pengurus(buku, bulan: Bulan, tampilkan_nik: bool = False, **_) -> Laporan | None:
    """The monthly report's page: officers in office and staff employed at the month's end."""
    from koperasi_cli.layanan import karyawan, pengurus

    if not (pengurus.ada(buku) or karyawan.ada(buku)):
        return None
    p = pengurus.daftar(buku, bulan.akhir, tampilkan_nik=tampilkan_nik)
    k = karyawan.daftar(buku, bulan.akhir, tampilkan_nik=tampilkan_nik)
    return Laporan(pilih("Pengurus, Pengawas dan Karyawan", "Officers and Staff"), str(bulan),
                   identitas_dari(buku.profil), [tabel_pengurus(p), tabel_karyawan(k)],
                   {"per": bulan.akhir.isoformat(), "pengurus": p, "karyawan": k, "jumlah_karyawan": len(k)})
