"""`koperasi ekspor hledger|beancount`: the journal for other tools."""


import typer

from koperasi_cli.cli.umum import buka_buku, grup, perintah, pesan
from koperasi_cli.i18n import pilih


def _tujuan(arg: str | None, output: str | None):
    """`ekspor hledger FILE` or `ekspor hledger PERIODE -o FILE` (CLI.md) both work."""
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

            from koperasi_cli.ledger.berkas import tulis_satu
            from koperasi_cli.reports import ekspor_jurnal

            periode, path = _tujuan(arg, output)
            f = ekspor_jurnal.tulis_hledger if jenis == "hledger" else ekspor_jurnal.tulis_beancount
            buf = io.StringIO()
            with buka_buku(ctx, coba=True) as buku:
                n = f(buku, buf, periode.awal if periode else None, periode.akhir if periode else None)
            tulis_satu(Path(path), buf.getvalue().encode("utf-8"))
            pesan(pilih(f"{n} jurnal ditulis ke {path}.", f"{n} entries written to {path}."))

    _jurnal("hledger")
    _jurnal("beancount")
