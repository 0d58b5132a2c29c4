"""`koperasi laporan ...`: reports."""

from __future__ import annotations

import typer

from koperasi_cli.cli.umum import buka_buku, grup, opsi_format, opsi_output, perintah, tampilkan
from koperasi_cli.i18n import pilih


# Modules that add their own reports to `koperasi laporan`: each has `daftarkan_laporan(laporan)`.
LAPORAN_TAMBAHAN: list[str] = [
    "koperasi_cli.cli.pinjaman",
]


def opsi_per():
    return typer.Option(None, "--per", help=pilih("Per tanggal (bawaan: hari ini).", "As of this date (default: today)."))


def daftarkan(app: typer.Typer) -> None:
    laporan = grup(app, "laporan", "report", pilih("Laporan keuangan dan laporan bulanan.", "Financial statements and monthly reports."))

    @perintah(laporan, "neraca-saldo", "trial-balance", pilih("Neraca saldo per tanggal.", "Trial balance as of a date."))
    def neraca_saldo(ctx: typer.Context, per: str = opsi_per(), fmt: str = opsi_format(), output: str = opsi_output()) -> None:
        from koperasi_cli.cli.umum import tanggal
        from koperasi_cli.reports.neraca_saldo import neraca_saldo as buat

        with buka_buku(ctx, coba=True) as buku:
            lap = buat(buku, tanggal(buku, per))
        tampilkan(lap, fmt, output)

    import importlib

    for nama in LAPORAN_TAMBAHAN:
        importlib.import_module(nama).daftarkan_laporan(laporan)
