"""The xlsx renderer: each table a sheet, numbers stored as numbers with the Indonesian
`#.##0` format, frozen header row, fitted column widths, A4 fit to width, user text that looks
like a formula stored as text. Write-only mode so large sheets stream."""

from __future__ import annotations

from pathlib import Path

from koperasi_cli.reports.model import Laporan
from koperasi_cli.reports.render import aman_teks

FORMAT_RUPIAH = "#,##0"  # shown as 1.234.567 in an Indonesian-locale Excel (#.##0)


def _nama_lembar(nama: str, dipakai: set[str]) -> str:
    bersih = "".join(c for c in nama if c not in "[]:*?/\\")[:31] or "Lembar"
    hasil, i = bersih, 2
    while hasil in dipakai:
        hasil = f"{bersih[:28]} {i}"
        i += 1
    dipakai.add(hasil)
    return hasil


def tulis_lembar(wb, laporan: Laporan, t, dipakai: set[str]) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    ws = wb.create_sheet(_nama_lembar(t.nama_lembar or t.judul or laporan.judul, dipakai))
    lebar = [max(len(k.judul), 8) for k in t.kolom]
    semua = t.baris + ([t.total] if t.total else [])
    for b in semua:
        for i, k in enumerate(t.kolom):
            v = b.get(k.kunci)
            panjang = len(f"{v:,}") if isinstance(v, int) else len(str(v or ""))
            lebar[i] = min(max(lebar[i], panjang + 2), 60)
    from openpyxl.utils import get_column_letter

    for i, w in enumerate(lebar):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    ws.freeze_panes = "A4"
    ws.page_setup.paperSize = "9"  # A4 (Worksheet.PAPERSIZE_A4; write-only sheets lack the constant)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    tebal = Font(bold=True)

    def sel(v, jenis, bold=False):
        c = WriteOnlyCell(ws, value=aman_teks(v) if isinstance(v, str) else v)
        if jenis == "uang" and isinstance(v, int):
            c.number_format = FORMAT_RUPIAH
        if bold:
            c.font = tebal
        return c

    ws.append([sel(t.judul or laporan.judul, "teks", True)])
    ws.append([sel(laporan.periode, "teks")])
    ws.append([sel(k.judul, "teks", True) for k in t.kolom])
    for b in t.baris:
        ws.append([sel(b.get(k.kunci), k.jenis) for k in t.kolom])
    if t.total:
        ws.append([sel(t.total.get(k.kunci), k.jenis, True) for k in t.kolom])


def tulis_xlsx(laporan: list[Laporan], path: Path) -> None:
    import io

    from openpyxl import Workbook

    from koperasi_cli.ledger.berkas import tulis_satu

    wb = Workbook(write_only=True)
    dipakai: set[str] = set()
    for lap in laporan:
        for t in lap.tabel:
            tulis_lembar(wb, lap, t, dipakai)
    buf = io.BytesIO()
    wb.save(buf)
    tulis_satu(path, buf.getvalue())
