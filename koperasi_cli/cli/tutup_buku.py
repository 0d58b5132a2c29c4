"""`koperasi tutup-buku BULAN`: lock a month."""


import typer

from koperasi_cli.cli.umum import buka_buku, perintah
from koperasi_cli.i18n import pilih


def daftarkan(app: typer.Typer) -> None:
    @perintah(app, "tutup-buku", "close", pilih("Tutup bulan: sesudahnya jurnal bertanggal di bulan itu ditolak.",
                                                "Close a month: afterwards entries dated in it are refused."))
    def tutup_buku(
        ctx: typer.Context,
        bulan: str = typer.Argument(..., help=pilih("Bulan yang ditutup, mis. 2025-10.", "The month to close, e.g. 2025-10.")),
    ) -> None:
        from koperasi_cli.core.tanggal import parse_bulan
        from koperasi_cli.layanan.tutup import tutup_bulan

        with buka_buku(ctx) as buku:
            b = parse_bulan(bulan, buku.hari_ini())
            tutup_bulan(buku, b)
        typer.echo(pilih(f"Bulan {b} ditutup.", f"Month {b} is closed."))
