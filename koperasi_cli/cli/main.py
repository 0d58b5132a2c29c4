"""The `koperasi` command: the root app, global options and all error handling.

Help texts are in the user's language, so the app is built (`buat_app`) after the language is
known. Every `Galat` raised anywhere below ends here as one or two sentences on stderr with its
exit code (docs/kontrak.md); a traceback only with KOPERASI_DEBUG=1.
"""


import errno
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
    ("koperasi_cli.cli.cadangan", {"cadangan", "backup", "pulihkan", "restore"}),
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


DIBATALKAN = 130  # exit code after Ctrl-C (128 + SIGINT)
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
    """The root group: turns every `Galat` into a clear message and its exit code.

    Once a unit of work has committed (`ledger.tercatat`), no failure may say "nothing was
    written": it says the command WAS recorded, names its entries and exits 4, so nobody
    posts it twice by retrying."""

    def invoke(self, ctx: typer.Context):
        from koperasi_cli.core.galat import Galat
        from koperasi_cli.ledger import tercatat

        tercatat.kosongkan()
        try:
            hasil = super().invoke(ctx)
            _siram()  # a full or closed stdout fails here, inside the handler, not at exit
            return hasil
        except Galat as g:
            if os.environ.get("KOPERASI_DEBUG") == "1":
                raise
            if tercatat.ada():
                _sudah_tercatat(ctx, render_galat(g))
            _tulis_galat(render_galat(g))
            ctx.exit(g.keluar)
        except KeyboardInterrupt:  # Ctrl-C: exit 130, as a shell expects of SIGINT
            if tercatat.ada():
                _sudah_tercatat(ctx, pilih("dibatalkan", "cancelled"))
            _tulis_galat(pilih("Dibatalkan; tidak ada yang ditulis.", "Cancelled; nothing was written."))
            ctx.exit(DIBATALKAN)
        except Exception as e:  # a bug or the system (disk full): say so plainly
            if _dari_click(e) and type(e).__name__ == "Abort" and not tercatat.ada():
                # Click's answer to Ctrl-C (or end of input) at a prompt: as Ctrl-C elsewhere.
                _tulis_galat(pilih("Dibatalkan; tidak ada yang ditulis.", "Cancelled; nothing was written."))
                ctx.exit(DIBATALKAN)
            if _dari_click(e) or os.environ.get("KOPERASI_DEBUG") == "1":
                raise
            if isinstance(e, OSError):
                _stdout_ke_null(e)
            if tercatat.ada():
                _sudah_tercatat(ctx, _sebab(e))
            if isinstance(e, OSError) and e.errno in (errno.EPIPE, errno.EBADF):
                _tulis_galat(i18n.t("keluaran_tertutup"))
                ctx.exit(1)
            if isinstance(e, OSError) and e.errno == errno.ENOSPC:
                # Before the commit point: the books are as they were (the next command clears
                # the temporary files this one left).
                _tulis_galat(i18n.t("disk_penuh"))
                ctx.exit(1)
            _tulis_galat(
                pilih(
                    f"Terjadi kesalahan di dalam koperasi ({type(e).__name__}); buku tidak berubah. "
                    "Jalankan lagi dengan KOPERASI_DEBUG=1 untuk rinciannya.",
                    f"koperasi hit an internal error ({type(e).__name__}); the books are unchanged. "
                    "Run again with KOPERASI_DEBUG=1 for details.",
                ),
            )
            ctx.exit(1)


def _siram() -> None:
    out = sys.stdout
    if out is not None:
        out.flush()


def _stdout_ke_null(e: OSError) -> None:
    """After stdout failed (full, closed, a broken pipe), point it at /dev/null so that the
    interpreter's own flush at exit does not fail again over the rest of the buffer."""
    if e.errno not in (errno.ENOSPC, errno.EPIPE, errno.EBADF, errno.EIO):
        return
    try:
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, 1)
        os.close(fd)
    except OSError:
        pass


def _sebab(e: BaseException) -> str:
    """A failure after the commit, in words (disk full and a closed output named as such)."""
    if isinstance(e, OSError) and e.errno == errno.ENOSPC:
        return i18n.t("sebab_disk_penuh")
    if isinstance(e, OSError) and e.errno in (errno.EPIPE, errno.EBADF):
        return i18n.t("sebab_keluaran_tertutup")
    if isinstance(e, OSError) and e.strerror:
        return f"{type(e).__name__}: {e.strerror}"
    return type(e).__name__


def _tulis_galat(teks: str) -> None:
    """A message on stderr; a stderr that is gone too does not turn it into a traceback."""
    try:
        typer.echo(teks, err=True)
    except (OSError, ValueError):
        pass


def _sudah_tercatat(ctx: typer.Context, sebab: str) -> None:
    from koperasi_cli.core.galat import SUDAH_TERCATAT
    from koperasi_cli.ledger import tercatat

    ids = tercatat.entri()
    if ids:
        daftar = ", ".join(ids) if len(ids) <= 10 else f"{ids[0]} .. {ids[-1]} ({len(ids)})"
        _tulis_galat(i18n.t("sudah_tercatat", entri=daftar, sebab=sebab, contoh=ids[-1]))
    else:
        _tulis_galat(i18n.t("sudah_tercatat_tanpa_entri", sebab=sebab))
    ctx.exit(SUDAH_TERCATAT)


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


class _KeluaranTertutup:
    """Stands for a stdout that was closed before the run (`>&-`): a write fails as a write to
    a closed file does, so a command that has committed says so (exit 4) instead of passing
    over output nobody saw."""

    def __new__(cls):
        import io

        class _Raw(io.RawIOBase):
            def writable(self) -> bool:
                return True

            gagal = False

            def write(self, b) -> int:
                if self.gagal:  # said once; the interpreter's flush at exit must not fail again
                    return len(b)
                self.gagal = True
                raise OSError(errno.EBADF, "stdout is closed")

        return io.TextIOWrapper(io.BufferedWriter(_Raw()), encoding="utf-8", write_through=True)


def _jaga_stdout() -> None:
    """With file descriptor 1 closed, the first file the command opens would get it: hold it
    with /dev/null, and make writes to stdout fail (see `_KeluaranTertutup`)."""
    if sys.stdout is not None:
        return
    try:
        os.fstat(1)
    except OSError:
        fd = os.open(os.devnull, os.O_WRONLY)
        if fd != 1:
            os.dup2(fd, 1)
            os.close(fd)
    sys.stdout = _KeluaranTertutup()


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    _jaga_stdout()
    i18n.atur_bahasa(i18n.bahasa_dari_lingkungan(args))
    app = buat_app(perintah_diminta(args), kata_perintah(args))
    app(args=args, prog_name="koperasi")
