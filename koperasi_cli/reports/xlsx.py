"""The xlsx renderer: each table a sheet, numbers stored as numbers with the Indonesian
`#.##0` format, frozen header row, fitted column widths, A4 fit to width, user text that looks
like a formula stored as text. Write-only mode so large sheets stream."""

from __future__ import annotations

from pathlib import Path

from koperasi_cli.reports.model import Laporan

# The file stores the format code with a comma; Excel in an Indonesian locale shows it as #.##0
# (1.234.567), negatives in parentheses.
FORMAT_RUPIAH = "#,##0;(#,##0)"
FORMAT_PERSEN = "0.00%"


def sel_teks(ws, v):
    """A write-only cell. Text is always stored as text: a string that begins with `=` (or any
    other formula sign) is never a formula, whoever typed it."""
    from openpyxl.cell import WriteOnlyCell

    c = WriteOnlyCell(ws, value=v)
    if isinstance(v, str):
        c.data_type = "s"
    return c


def _nama_lembar(nama: str, dipakai: set[str]) -> str:
    bersih = "".join(c for c in nama if c not in "[]:*?/\\")[:31] or "Lembar"
    hasil, i = bersih, 2
    while hasil in dipakai:
        hasil = f"{bersih[:28]} {i}"
        i += 1
    dipakai.add(hasil)
    return hasil


def tulis_lembar(wb, laporan: Laporan, t, dipakai: set[str]) -> None:
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
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    tebal = Font(bold=True)

    def sel(v, jenis, bold=False):
        c = sel_teks(ws, v)
        if jenis in ("uang", "angka") and isinstance(v, int):
            c.number_format = FORMAT_RUPIAH
        elif jenis == "persen" and isinstance(v, int):
            # A ratio is a number (basis points / 10.000) shown with the percent format, so a
            # reader can compute with it; never the text "69,42 %".
            from decimal import Decimal

            c.value = Decimal(v) / 10_000
            c.number_format = FORMAT_PERSEN
        elif jenis == "persen_nilai" and v not in (None, ""):
            from decimal import Decimal, InvalidOperation

            try:  # a rate given as its percent ("6.5"): the same number format
                c.value = Decimal(str(v)) / 100
                c.number_format = FORMAT_PERSEN
            except InvalidOperation:
                pass
        if bold:
            c.font = tebal
        return c

    ws.append([sel(t.judul or laporan.judul, "teks", True)])
    ws.append([sel(f"{laporan.identitas.get('nama', '')} - {laporan.periode}", "teks")])
    ws.append([sel(k.judul, "teks", True) for k in t.kolom])
    for b in t.baris:
        ws.append([sel(b.get(k.kunci), k.jenis) for k in t.kolom])
    if t.total:
        ws.append([sel(t.total.get(k.kunci), k.jenis, True) for k in t.kolom])
    for n in laporan.catatan if t is laporan.tabel[-1] else []:
        ws.append([sel(n, "teks")])
    tambah_grafik(ws, t, baris_data=4, baris_bawah=4 + len(t.baris) + (1 if t.total else 0) + len(laporan.catatan) + 1)


# A chart's size in cm: two fit one above the other beside nothing else on an A4 page.
LEBAR_GRAFIK, TINGGI_GRAFIK = 16, 7.5
BARIS_PER_GRAFIK = 16  # rows of default height one chart covers, with a gap


def tambah_grafik(ws, t, *, baris_data: int, baris_bawah: int) -> None:
    """Draw the table's charts (native Excel charts referring to its cells) below it, one under
    the other, so the sheet prints on A4 with its table. `baris_data` is the first data row."""
    if not t.grafik or not t.baris:
        return
    from openpyxl.chart import BarChart, LineChart, Reference

    kolom = {k.kunci: i + 1 for i, k in enumerate(t.kolom)}
    akhir = baris_data + len(t.baris) - 1
    for n, g in enumerate(t.grafik):
        seri = [s for s in g.seri if s in kolom]
        if g.sumbu_x not in kolom or not seri:
            continue
        c = BarChart() if g.jenis == "batang" else LineChart()
        c.title = g.judul
        if g.bertumpuk and g.jenis == "batang":
            c.grouping, c.overlap = "stacked", 100
        c.width, c.height = LEBAR_GRAFIK, TINGGI_GRAFIK
        c.x_axis.title = next(k.judul for k in t.kolom if k.kunci == g.sumbu_x)
        c.y_axis.title = g.judul_sumbu_y or None
        c.y_axis.numFmt = '#,##0,,' if g.juta else '#,##0'
        # openpyxl hides axes unless told otherwise (its `delete` default); Excel then shows none.
        c.x_axis.delete = False
        c.y_axis.delete = False
        for s in seri:
            c.add_data(Reference(ws, min_col=kolom[s], min_row=baris_data - 1, max_row=akhir), titles_from_data=True)
        c.set_categories(Reference(ws, min_col=kolom[g.sumbu_x], min_row=baris_data, max_row=akhir))
        ws.add_chart(c, f"A{baris_bawah + n * BARIS_PER_GRAFIK}")


def tulis_xlsx(laporan: list[Laporan], path: Path) -> None:
    import io

    from openpyxl import Workbook

    from koperasi_cli.ledger.berkas import tulis_keluaran

    wb = Workbook(write_only=True)
    dipakai: set[str] = set()
    for lap in laporan:
        for t in lap.tabel:
            tulis_lembar(wb, lap, t, dipakai)
    buf = io.BytesIO()
    wb.save(buf)
    tulis_keluaran(path, buf.getvalue())


def tulis_sampul(wb, identitas: dict, judul: str, periode: str, dibuat: str, jangkar: str | None = None) -> None:
    """The cover sheet: identity, period, date made, the books' anchor (ID:HASH, see
    `Buku.jangkar`) and the signature block."""
    from openpyxl.styles import Font

    ws = wb.create_sheet("Sampul")
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 60
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True

    def sel(v, tebal=False, ukuran=None):
        c = sel_teks(ws, v)
        if tebal or ukuran:
            c.font = Font(bold=tebal, size=ukuran)
        return c

    ws.append([sel(judul.upper(), True, 14)])
    ws.append([sel(identitas.get("nama", ""), True, 12)])
    ws.append([])
    for label, kunci in (
        ("Nama koperasi", "nama"), ("NIK koperasi", "nik_koperasi"), ("Nomor badan hukum", "badan_hukum"),
        ("Tanggal badan hukum", "tanggal_badan_hukum"), ("NPWP", "npwp"), ("NIB", "nib"), ("Alamat", "alamat"),
        ("Desa/Kelurahan", "desa"), ("Kecamatan", "kecamatan"), ("Kabupaten/Kota", "kabupaten"),
        ("Provinsi", "provinsi"), ("Kode wilayah", "kode_wilayah"),
    ):
        nilai = identitas.get(kunci)
        if kunci == "tanggal_badan_hukum" and nilai:
            from koperasi_cli.reports.model import tanggal_teks

            nilai = tanggal_teks(str(nilai), "id")
        ws.append([sel(label), sel(str(nilai or "-"))])
    ws.append([])
    ws.append([sel("Periode laporan"), sel(periode)])
    ws.append([sel("Tanggal dibuat"), sel(dibuat)])
    if jangkar:
        ws.append([sel("Jangkar buku"), sel(jangkar)])
    ws.append([])
    ws.append([sel("Mengetahui,"), sel(f"{identitas.get('desa', '')}, {dibuat}")])
    ws.append([sel("Ketua", True), sel("Bendahara", True)])
    ws.append([])
    ws.append([])
    ws.append([])
    ws.append([sel(f"( {identitas.get('ketua') or '.' * 30} )"), sel(f"( {identitas.get('bendahara') or '.' * 30} )")])


def identitas_penanda_tangan(buku) -> dict:
    """The cooperative's identity with the names of the signature block: the ketua and bendahara
    in office today from the officers' register (`koperasi pengurus`), else the profile's."""
    from koperasi_cli.layanan.pengurus import penandatangan
    from koperasi_cli.reports.model import identitas_dari

    return {**identitas_dari(buku.profil), **penandatangan(buku)}


def tulis_buku_kerja(buku, judul: str, periode: str, buat_bagian, path, lembar_tambahan=None) -> None:
    """A regulator's workbook: the cover sheet, then a sheet per table of the reports that
    `buat_bagian()` builds (and of `lembar_tambahan()`, e.g. the journal). Always in Indonesian,
    whatever the user's language: the builders run with the language set to `id`."""
    import io

    from openpyxl import Workbook

    from koperasi_cli import i18n
    from koperasi_cli.ledger.berkas import tulis_keluaran
    from koperasi_cli.reports.model import tanggal_teks

    semula = i18n.bahasa()
    i18n.atur_bahasa("id")
    try:
        bagian = list(buat_bagian()) + (list(lembar_tambahan()) if lembar_tambahan else [])
        wb = Workbook(write_only=True)
        tulis_sampul(wb, identitas_penanda_tangan(buku), judul, periode, tanggal_teks(buku.hari_ini(), "id"), buku.jangkar())
        dipakai = {"Sampul"}
        for lap in bagian:
            for t in lap.tabel:
                tulis_lembar(wb, lap, t, dipakai)
        buf = io.BytesIO()
        wb.save(buf)
    finally:
        i18n.atur_bahasa(semula)
    tulis_keluaran(Path(path), buf.getvalue())


def buku_kerja_regulator(buku, bulan, path, *, tampilkan_nik: bool = False) -> None:
    """The regulator's monthly workbook: a cover sheet, then one sheet per section."""
    from koperasi_cli.reports.bulanan import laporan_bulanan

    from koperasi_cli.reports.tren import bagian_tren

    # The trend page with its charts is the workbook's own: on a terminal it is `laporan tren`.
    tulis_buku_kerja(buku, "Laporan Bulanan Koperasi", bulan.nama("id"),
                     lambda: laporan_bulanan(buku, bulan, tampilkan_nik=tampilkan_nik), path,
                     lambda: [bagian_tren(buku, bulan)])
