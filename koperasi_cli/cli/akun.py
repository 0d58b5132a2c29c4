"""`koperasi akun daftar`: the chart of accounts."""


import typer

from koperasi_cli.cli.umum import grup, opsi_format, opsi_output, perintah, tampilkan
from koperasi_cli.i18n import pilih


def daftarkan(app: typer.Typer) -> None:
    akun = grup(app, "akun", "account", pilih("Bagan akun.", "The chart of accounts."))

    @perintah(akun, "daftar", "list", pilih("Daftar akun dengan golongannya.", "List the accounts and their groups."))
    def daftar(ctx: typer.Context, fmt: str = opsi_format(), output: str = opsi_output()) -> None:
        from koperasi_cli.cli.umum import baca_buku
        from koperasi_cli.reports.model import Kolom, Laporan, Tabel, identitas_dari

        with baca_buku(ctx) as buku:
            baris = [
                {"kode": a.kode, "nama": a.nama, "golongan": a.golongan, "normal": a.normal, "kontra": a.kontra}
                for a in buku.bagan
            ]
            lap = Laporan(
                pilih("Bagan Akun", "Chart of Accounts"), "", identitas_dari(buku.profil),
                [Tabel(None, [Kolom("kode", pilih("Kode", "Code")), Kolom("nama", pilih("Nama", "Name")),
                              Kolom("golongan", pilih("Golongan", "Group")), Kolom("normal", "Normal"),
                              Kolom("kontra", pilih("Kontra", "Contra"))], baris, None, "Bagan Akun")],
                {"akun": baris},
            )
        tampilkan(lap, fmt, output)
