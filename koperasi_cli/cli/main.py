"""The `koperasi` command: the root app, global options and all error handling.

Help texts are in the user's language, so the app is built (`buat_app`) after the language is
known. Every `Galat` raised anywhere below ends here as one or two sentences on stderr with its
exit code (CLI.md); a traceback only with KOPERASI_DEBUG=1.
"""


import os
import sys

import typer
from typer.core import TyperGroup

from koperasi_cli import __version__, i18n
from koperasi_cli.i18n import pilih

# The modules that register the commands (each has `daftarkan(app)`), with the top-level
# names (Indonesian and English) each one adds; order is the order in --help. Only the module
# of the command being run is loaded: Typer converts every registered command at start-up.
_GRUP = [
    ("koperasi_cli.cli.koperasi", {"init", "register", "info", "periksa", "check"}),
    ("koperasi_cli.cli.akun", {"akun", "account"}),
    ("koperasi_cli.cli.kas", {"kas", "cash"}),
    ("koperasi_cli.cli.jurnal", {"jurnal", "journal"}),
    ("koperasi_cli.cli.laporan", {"laporan", "report"}),
    ("koperasi_cli.cli.ekspor", {"ekspor", "export"}),
    ("koperasi_cli.cli.tutup_buku", {"tutup-buku", "close"}),
    ("koperasi_cli.cli.sembako", {"sembako", "shop"}),
    ("koperasi_cli.cli.anggota", {"anggota", "member"}),
    ("koperasi_cli.cli.simpanan", {"simpanan", "savings"}),
    ("koperasi_cli.cli.pinjaman", {"pinjaman", "loan"}),
    ("koperasi_cli.cli.shu", {"shu"}),
    ("koperasi_cli.cli.demo", {"demo"}),
    ("koperasi_cli.cli.impor", {"impor", "import"}),
    ("koperasi_cli.cli.rekap", {"rekap", "consolidate"}),
    ("koperasi_cli.cli.aset", {"aset", "asset"}),
    ("koperasi_cli.cli.utang_bank", {"utang-bank", "bank-loan"}),
    ("koperasi_cli.cli.pajak", {"pajak", "tax"}),
    ("koperasi_cli.cli.pengurus", {"pengurus", "officer"}),
    ("koperasi_cli.cli.karyawan", {"karyawan", "staff"}),
    ("koperasi_cli.cli.sewa", {"sewa", "rent", "jasa", "service"}),
]
_OPSI_BERNILAI = {"-C", "--dir", "--lang"}


def perintah_diminta(args: list[str]) -> str | None:
    """The top-level command in the arguments (after the global options), if any."""
    i = 0
    while i < len(args):
        a = args[i]
        if a in _OPSI_BERNILAI:
            i += 2
            continue
        if a.startswith("-"):
            i += 1
            continue
        return a
    return None


def kata_perintah(args: list[str]) -> set[str] | None:
    """The words of the command line that may name commands, or None when the whole tree is
    needed: help, shell completion (it lists the commands)."""
    if any(a in ("-h", "--help") for a in args) or any(k.endswith("_COMPLETE") for k in os.environ):
        return None
    kata, i = set(), 0
    while i < len(args):
        a = args[i]
        if a in _OPSI_BERNILAI:
            i += 2
            continue
        if not a.startswith("-"):
            kata.add(a)
        i += 1
    return kata or None


BATAS_DAFTAR = 20  # findings shown on the terminal; JSON output carries them all


def render_galat(g) -> str:
    from koperasi_cli.core.galat import Galat, GalatBanyak

    from koperasi_cli.core.nik import samarkan_dalam

    def satu(x: Galat) -> str:
        param = {k: (satu(v) if isinstance(v, Galat) else v) for k, v in x.param.items()}
        return samarkan_dalam(i18n.t(x.kode, **param))  # a NIK a user typed is never echoed in full

    if isinstance(g, GalatBanyak):
        baris = [satu(g)] + [f"  - {satu(x)}" for x in g.daftar[:BATAS_DAFTAR]]
        if len(g.daftar) > BATAS_DAFTAR:
            lagi = len(g.daftar) - BATAS_DAFTAR
            baris.append(pilih(f"  ... dan {lagi} lagi ('koperasi periksa --format json' menampilkan semuanya).",
                               f"  ... and {lagi} more ('koperasi periksa --format json' lists them all)."))
        return "\n".join(baris)
    return satu(g)


class KoperasiGroup(TyperGroup):
    """The root group: turns every `Galat` into a clear message and its exit code."""

    def invoke(self, ctx: typer.Context):
        from koperasi_cli.core.galat import Galat

        try:
            return super().invoke(ctx)
        except Galat as g:
            if os.environ.get("KOPERASI_DEBUG") == "1":
                raise
            typer.echo(render_galat(g), err=True)
            ctx.exit(g.keluar)
        except KeyboardInterrupt:
            typer.echo(pilih("Dibatalkan; tidak ada yang ditulis.", "Cancelled; nothing was written."), err=True)
            ctx.exit(1)
        except Exception as e:  # a bug: say so plainly; the books are untouched (writes are atomic)
            if _dari_click(e) or os.environ.get("KOPERASI_DEBUG") == "1":
                raise
            typer.echo(
                pilih(
                    f"Terjadi kesalahan di dalam koperasi ({type(e).__name__}); buku tidak berubah. "
                    "Jalankan lagi dengan KOPERASI_DEBUG=1 untuk rinciannya.",
                    f"koperasi hit an internal error ({type(e).__name__}); the books are unchanged. "
                    "Run again with KOPERASI_DEBUG=1 for details.",
                ),
                err=True,
            )
            ctx.exit(1)


def _dari_click(e: Exception) -> bool:
    """Click's own exceptions (usage errors, exit) pass through: Click turns them into exit codes.
    Typer vendors Click in recent versions, so match on the module, not on one import path."""
    return any(c.__module__.split(".")[0] in ("click", "typer") for c in type(e).__mro__[:-2])


def _versi(nilai: bool) -> None:
    if nilai:
        typer.echo(f"koperasi {__version__}")
        raise typer.Exit()


def buat_app(hanya: str | None = None, diminta: set[str] | None = None) -> typer.Typer:
    """Build the command tree in the current language (with `hanya`, only the module that
    provides that top-level command, when one does; with `diminta`, only the commands named by
    those words, or all of them when none is: a group's help, a mistyped name)."""
    from koperasi_cli.cli import umum

    umum.DIMINTA, umum.TERDAFTAR = diminta, 0
    try:
        app = _buat_app(hanya)
    finally:
        umum.DIMINTA = None
    if diminta is not None and not umum.TERDAFTAR:
        app = _buat_app(hanya)
    return app


def _buat_app(hanya: str | None) -> typer.Typer:
    import importlib

    app = typer.Typer(
        cls=KoperasiGroup,
        name="koperasi",
        help=pilih(
            "Pembukuan berpasangan untuk Koperasi Desa/Kelurahan Merah Putih.",
            "Double-entry books for Koperasi Desa/Kelurahan Merah Putih.",
        ),
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
        context_settings={"help_option_names": ["-h", "--help"]},
    )

    @app.callback()
    def akar(
        ctx: typer.Context,
        folder: str = typer.Option(
            None, "-C", "--dir", envvar="KOPERASI_DIR",
            help=pilih("Folder koperasi (berisi koperasi.yaml).", "The cooperative's folder (holds koperasi.yaml)."),
        ),
        lang: str = typer.Option(
            None, "--lang", envvar="KOPERASI_LANG",
            help=pilih("Bahasa pesan: id atau en.", "Language of messages: id or en."),
        ),
        versi: bool = typer.Option(
            False, "--version", callback=_versi, is_eager=True,
            help=pilih("Tampilkan versi.", "Print the version."),
        ),
    ) -> None:
        if lang is not None:
            if lang.lower() not in ("id", "en"):
                raise typer.BadParameter(pilih("pilih id atau en", "choose id or en"), param_hint="--lang")
            i18n.atur_bahasa(lang)
        ctx.obj = {"folder": folder}

    modul = [m for m, nama in _GRUP if hanya in nama] or [m for m, _ in _GRUP]
    for m in modul:
        importlib.import_module(m).daftarkan(app)
    return app


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    i18n.atur_bahasa(i18n.bahasa_dari_lingkungan(args))
    app = buat_app(perintah_diminta(args), kata_perintah(args))
    app(args=args, prog_name="koperasi")
