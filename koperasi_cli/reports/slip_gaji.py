"""Payslips (slip gaji): as plain text, and as an xlsx with one A4 portrait sheet per person
(title, the cooperative, the month, the person, gross pay, withholding, net pay, date paid and
the journal entry, and a signature block: the bendahara in office and the recipient).
A payslip is a document for the person and the office, always in Indonesian in the xlsx."""

from __future__ import annotations

from pathlib import Path

from koperasi_cli.core.tanggal import Bulan
from koperasi_cli.core.uang import format_rupiah
from koperasi_cli.i18n import pilih


def _rp(n: int) -> str:
    return "Rp " + format_rupiah(n, kurung=False)


def teks(buku, slip: list[dict]) -> str:
    baris = []
    nama_kop = buku.profil.nama
    for s in slip:
        bulan = Bulan.dari_str(s["bulan"]).nama()
        isi = [
            (pilih("Nama", "Name"), s["nama"]), ("NIK", s["nik"] or "-"), (pilih("Jabatan", "Position"), s["jabatan"]),
            (pilih("Gaji bruto", "Gross pay"), _rp(s["gaji"])), (pilih("Potongan", "Withheld"), _rp(s["potongan"])),
            (pilih("Diterima bersih", "Net pay"), _rp(s["bersih"])),
            (pilih("Dibayar", "Paid on"), f"{s['tanggal']} ({s['entri']})"),
        ]
        lebar = max(len(k) for k, _ in isi)
        baris.append(f"{pilih('SLIP GAJI', 'PAYSLIP')} {s['id']} - {bulan}")
        baris.append(nama_kop)
        baris.append("-" * 48)
        baris += [f"{k.ljust(lebar)}  {v}" for k, v in isi]
        baris.append("")
    return "\n".join(baris)


def tulis_xlsx(buku, slip: list[dict], path: Path) -> None:
    import io

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    from koperasi_cli.layanan.pengurus import penandatangan
    from koperasi_cli.ledger.berkas import tulis_keluaran
    from koperasi_cli.reports.xlsx import FORMAT_RUPIAH

    ttd = penandatangan(buku)
    bendahara = ttd.get("bendahara") or buku.profil.identitas.get("bendahara") or "." * 30
    wb = Workbook()
    wb.remove(wb.active)
    garis = Side(style="thin")
    for s in slip:
        ws = wb.create_sheet(f"{s['id']}"[:31])
        ws.page_setup.paperSize = "9"  # A4
        ws.page_setup.orientation = "portrait"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 1
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_area = "A1:B20"
        ws.column_dimensions["A"].width = 26
        ws.column_dimensions["B"].width = 44

        def tulis(baris: int, a, b=None, *, tebal=False, uang=False, ukuran=None):
            ca = ws.cell(row=baris, column=1, value=a)
            ca.data_type = "s" if isinstance(a, str) else ca.data_type
            ca.font = Font(bold=tebal, size=ukuran)
            if b is not None:
                cb = ws.cell(row=baris, column=2, value=b)
                if isinstance(b, str):
                    cb.data_type = "s"
                if uang:
                    cb.number_format = FORMAT_RUPIAH
                    cb.alignment = Alignment(horizontal="right")
                cb.font = Font(bold=tebal)
            return ca

        tulis(1, "SLIP GAJI", tebal=True, ukuran=14)
        tulis(2, buku.profil.nama, tebal=True)
        tulis(3, "Bulan", Bulan.dari_str(s["bulan"]).nama("id"))
        tulis(5, "Nama", s["nama"])
        tulis(6, "NIK", s["nik"] or "-")
        tulis(7, "Jabatan", s["jabatan"])
        tulis(9, "Gaji bruto", s["gaji"], uang=True)
        tulis(10, "Potongan", s["potongan"], uang=True)
        tulis(11, "Diterima bersih", s["bersih"], tebal=True, uang=True)
        for kol in (1, 2):
            ws.cell(row=11, column=kol).border = Border(top=garis)
        tulis(12, "Tanggal bayar", s["tanggal"])
        tulis(13, "Jurnal", s["entri"])
        tulis(15, f"{buku.profil.identitas.get('desa', '')}, {s['tanggal']}")
        tulis(16, "Bendahara", "Penerima", tebal=True)
        tulis(20, f"( {bendahara} )", f"( {s['nama']} )")
    buf = io.BytesIO()
    wb.save(buf)
    tulis_keluaran(path, buf.getvalue())
