"""`koperasi ekspor hledger|beancount`: the journal for other tools."""


import typer

from koperasi_cli.cli.umum import baca_buku, grup, perintah, pesan
from koperasi_cli.i18n import pilih


def _tujuan(arg: str | None, output: str | None):
    """`ekspor hledger FILE` or `ekspor hledger PERIODE -o FILE` (docs/kontrak.md) both work."""
    from koperasi_cli.core.galat import PEMAKAIAN, Galat
    from koperasi_cli.core.tanggal import parse_periode

    periode = None
    if arg is not None:
        try:
            periode = parse_periode(arg)
        except Galat:
            if output:
                raise
            output = arg
    if not output:
        raise Galat("ekspor_tanpa_berkas", keluar=PEMAKAIAN)
    return periode, output


def daftarkan(app: typer.Typer) -> None:
    ekspor = grup(app, "ekspor", "export", pilih("Ekspor jurnal dan laporan ke format lain.", "Export the journal and reports to other formats."))

    def _jurnal(jenis: str):
        @perintah(ekspor, jenis, jenis, pilih(f"Tulis seluruh jurnal sebagai berkas {jenis}.",
                                              f"Write the whole journal as a {jenis} file."))
        def tulis(
            ctx: typer.Context,
            arg: str = typer.Argument(None, metavar="[PERIODE|FILE]", help=pilih("Periode (bulan/tahun) atau berkas tujuan.", "Period (month/year) or the output file.")),
            output: str = typer.Option(None, "-o", "--output", help=pilih("Berkas tujuan.", "Output file.")),
        ) -> None:
            import io
            from pathlib import Path

            from koperasi_cli.ledger.berkas import tulis_keluaran
            from koperasi_cli.reports import ekspor_jurnal

            periode, path = _tujuan(arg, output)
            f = ekspor_jurnal.tulis_hledger if jenis == "hledger" else ekspor_jurnal.tulis_beancount
            buf = io.StringIO()
            with baca_buku(ctx) as buku:
                n = f(buku, buf, periode.awal if periode else None, periode.akhir if periode else None)
            tulis_keluaran(Path(path), buf.getvalue().encode("utf-8"))
            pesan(pilih(f"{n} jurnal ditulis ke {path}.", f"{n} entries written to {path}."))

    _jurnal("hledger")
    _jurnal("beancount")

    def _data(jenis: str, bantuan: tuple[str, str]):
        @perintah(ekspor, jenis, jenis, pilih(*bantuan))
        def tulis(
            ctx: typer.Context,
            periode: str = typer.Argument(..., help=pilih("Bulan (2025-10) atau tahun (2025).", "Month (2025-10) or year (2025).")),
            output: str = typer.Option(..., "-o", "--output", help=pilih("Berkas tujuan.", "Output file.")),
            tampilkan_nik: bool = typer.Option(False, "--tampilkan-nik", help=pilih("Tampilkan NIK lengkap (bawaan: disamarkan).", "Show full NIKs (default: masked).")),
            tanpa_jurnal: bool = typer.Option(False, "--tanpa-jurnal", help=pilih("JSON: tanpa daftar jurnal (hanya laporan).", "JSON: leave the journal out (reports only).")),
            jurnal: bool = typer.Option(False, "--jurnal", help=pilih("xlsx: sertakan lembar jurnal periode itu.", "xlsx: include a sheet with the period's journal.")),
        ) -> None:
            from pathlib import Path

            from koperasi_cli.core.tanggal import parse_periode
            from koperasi_cli.reports import ekspor_data

            p = parse_periode(periode)
            with baca_buku(ctx) as buku:
                if jenis == "xlsx":
                    ekspor_data.tulis_xlsx(buku, p, Path(output), tampilkan_nik=tampilkan_nik, dengan_jurnal=jurnal)
                elif jenis == "csv":
                    ekspor_data.tulis_csv(buku, p, Path(output), tampilkan_nik=tampilkan_nik)
                else:
                    ekspor_data.tulis_json(buku, p, Path(output), tampilkan_nik=tampilkan_nik, dengan_jurnal=not tanpa_jurnal)
            pesan(pilih(f"Ditulis: {output}", f"Written: {output}"))

    _data("xlsx", ("Buku kerja untuk Dinas: sampul, laporan dan jurnal satu periode.",
                   "The regulator's workbook: cover, statements and the journal of a period."))
    _data("csv", ("Jurnal satu periode sebagai CSV, dan tiap laporan di berkas CSV di sampingnya.",
                  "The journal of a period as CSV, and each report in a CSV file beside it."))
    _data("json", ("Laporan dan jurnal satu periode sebagai JSON (untuk rekap Dinas).",
                   "The reports and journal of a period as JSON (for the Dinas rekap)."))
    from koperasi_cli.cli.simkopdes import daftarkan_ekspor

    daftarkan_ekspor(ekspor)
