"""The `koperasi` command: the root app, global options and all error handling.

Help texts are in the user's language, so the app is built (`buat_app`) after the language is
known. The top-level commands are known from a table (`PERINTAH`); a command's module is imported
only when that command is asked for (cli/pohon.py). Every `Galat` raised anywhere below ends here as one or two sentences on stderr with its
exit code (docs/kontrak.md); a traceback only with KOPERASI_DEBUG=1.
"""


import errno
import os
import sys
from typing import NamedTuple

import click
import typer
from typer.core import TyperGroup

from koperasi_cli import __version__, i18n, lingkungan
from koperasi_cli.cli.pohon import PilihNama
from koperasi_cli.i18n import pilih


class _Entri(NamedTuple):
    """A top-level command: its module (with `daftarkan(app)`), its Indonesian name, the other
    names it answers to (the English alias first, then plurals users type), its help (id, en)."""

    modul: str
    nama: str
    alias: tuple[str, ...]
    bantuan: tuple[str, str]


# The top-level commands, in the order of `koperasi --help`. Listed here so that the help and a
# mistyped name need none of their modules; a command's module is imported when it is run or its
# own help is asked for. The help texts are those the modules give their commands
# (tests/test_cli_muat.py checks they agree).
PERINTAH: tuple[_Entri, ...] = (
    _Entri("koperasi", "init", ("register",), (
        "Daftarkan koperasi baru: buat koperasi.yaml dan folder data.",
        "Register a new cooperative: create koperasi.yaml and the data folder.")),
    _Entri("koperasi", "info", (), (
        "Profil koperasi dan ringkasan buku.", "The cooperative's profile and a summary of its books.")),
    _Entri("koperasi", "periksa", ("check",), (
        "Periksa seluruh buku: keseimbangan, rantai hash, total, berkas.",
        "Verify the whole ledger: balance, hash chain, totals, files.")),
    _Entri("tutup_buku", "tutup-buku", ("close",), (
        "Tutup bulan (atau tahun dengan --tahun): jurnal akhir bulan, saldo disimpan, bulan dikunci.",
        "Close a month (or the year with --year): month-end entries, balances stored, the month locked.")),
    _Entri("demo", "demo", (), (
        "Buat koperasi contoh (60 anggota, tiga bulan transaksi di setiap unit), tampilkan laporan bulanan "
        "terakhirnya dan tulis buku kerja untuk Dinas di sebelah foldernya.",
        "Create a sample cooperative (60 members, three months of activity in every unit), print its latest "
        "monthly report and write the regulator's workbook beside its folder.")),
    _Entri("rekap", "rekap", ("consolidate",), (
        "Rekap untuk Dinas: satu ringkasan atas banyak koperasi, dari folder koperasi atau berkas 'ekspor json' "
        "(atau folder berisi banyak). Masalah didaftar, tidak dilewati diam-diam.",
        "Rekap for the Dinas: one summary over many cooperatives, from their folders or 'koperasi export json' files "
        "(or folders holding many). Problems are listed, not skipped silently.")),
    _Entri("akun", "akun", ("account", "accounts"), ("Bagan akun.", "The chart of accounts.")),
    _Entri("kas", "kas", ("cash",), (
        "Kas: pendapatan dan beban lain, hibah, pindah kas, hitung kas.",
        "Cash: other income and expenses, grants, transfers, cash count.")),
    _Entri("jurnal", "jurnal", ("journal",), (
        "Jurnal umum: catat manual, daftar, batalkan.", "The journal: manual entries, list, reverse.")),
    _Entri("laporan", "laporan", ("report", "reports"), (
        "Laporan keuangan dan laporan bulanan.", "Financial statements and monthly reports.")),
    _Entri("ekspor", "ekspor", ("export",), (
        "Ekspor jurnal dan laporan ke format lain.", "Export the journal and reports to other formats.")),
    _Entri("sembako", "sembako", ("shop",), (
        "Gerai sembako dan LPG 3 kg: barang, beli, jual, stok, opname.",
        "The grocery outlet and LPG 3 kg: items, purchases, sales, stock, stock-take.")),
    _Entri("anggota", "anggota", ("member", "members"), (
        "Anggota: tambah, daftar, lihat, ubah, keluar.", "Members: add, list, show, edit, exit.")),
    _Entri("simpanan", "simpanan", ("savings",), (
        "Simpanan anggota: pokok, wajib, sukarela.", "Members' savings: pokok, wajib, sukarela.")),
    _Entri("pinjaman", "pinjaman", ("loan", "loans"), (
        "Pinjaman anggota: simulasi, cair, angsur, jadwal, tunggakan, pelunasan, PPAP, hapus buku.",
        "Member loans: simulate, disburse, repay, schedule, arrears, payoff, provision, write-off.")),
    _Entri("shu", "shu", (), (
        "SHU sesudah tutup buku tahun: alokasi keputusan RAT dan pembayaran.",
        "The SHU after the year-end closing: the RAT's allocation and payment.")),
    _Entri("impor", "impor", ("import",), (
        "Impor berkas CSV/XLSX: anggota, simpanan, angsuran, penjualan, saldo awal.",
        "Import CSV/XLSX files: members, savings, repayments, sales, opening balances.")),
    _Entri("aset", "aset", ("asset", "assets"), (
        "Aset tetap: perolehan, penyusutan, pelepasan, daftar, kartu.",
        "Fixed assets: acquisition, depreciation, disposal, register, card.")),
    _Entri("utang_bank", "utang-bank", ("bank-loan",), (
        "Pinjaman bank (Himbara): pencairan, jadwal, angsuran, jadwal dari bank, daftar.",
        "The bank loan (Himbara): drawdowns, schedule, payments, the bank's schedule, list.")),
    _Entri("pajak", "pajak", ("tax",), (
        "PPh final 0,5% atas peredaran bruto bulanan: hitung, setor.",
        "The 0.5% final tax on monthly gross turnover: compute, pay.")),
    _Entri("pengurus", "pengurus", ("officer", "officers"), (
        "Pengurus dan pengawas: masa jabatan, riwayat; nama di blok tanda tangan laporan.",
        "Officers (board and supervisors): terms of office, history; names in the reports' signature blocks.")),
    _Entri("karyawan", "karyawan", ("staff",), (
        "Karyawan: daftar, keluar, gaji bulanan dan slip gaji.",
        "Staff: register, leave, monthly payroll and payslips.")),
    _Entri("sewa", "sewa", ("rent",), (
        "Sewa: peti es, cold storage, gudang; mulai, selesai, tagihan bulanan, piutang.",
        "Rentals: cold boxes, cold storage, warehouse; start, end, monthly bills, receivables.")),
    _Entri("sewa", "jasa", ("service", "services"), (
        "Jasa bertarif (klinik, antar, timbang): tarif, jual, piutang.",
        "Services at a tariff (clinic, delivery, weighing): tariffs, sales, receivables.")),
    _Entri("cadangan", "cadangan", ("backup",), (
        "Tulis satu arsip cadangan buku (.tar.gz) yang diverifikasi, dengan jangkar buku; simpan di luar folder buku.",
        "Write one verified backup archive of the books (.tar.gz) with the books' anchor; keep it outside the books' folder.")),
    _Entri("cadangan", "pulihkan", ("restore",), (
        "Pulihkan buku dari arsip cadangan ke folder baru atau kosong: arsip diverifikasi, lalu 'periksa' dijalankan.",
        "Restore the books from a backup archive into a new or empty folder: the archive is verified, then 'check' runs.")),
)
_NAMA: dict[str, _Entri] = {n: e for e in PERINTAH for n in (e.nama, *e.alias)}

# A module's commands converted, per language (help texts are in the language of the registration)
# and module; shared by every root group of the process (the tests reuse them).
_MUATAN: dict[tuple[str, str], click.Group] = {}


def muat_modul(modul: str, bahasa: str | None = None) -> click.Group:
    """The commands of one module of koperasi_cli/cli, as a lazy group (`pohon.GrupMalas`), with
    their help in `bahasa` (the current language by default)."""
    bahasa = bahasa or i18n.bahasa()
    kunci = (bahasa, modul)
    g = _MUATAN.get(kunci)
    if g is None:
        import importlib

        from koperasi_cli.cli.pohon import Tertunda, kelas_malas

        semula = i18n.bahasa()
        i18n.atur_bahasa(bahasa)
        try:
            reg = Tertunda()
            t = typer.Typer(cls=kelas_malas(reg), rich_markup_mode=None, add_completion=False)
            t._tertunda = reg
            importlib.import_module(f"koperasi_cli.cli.{modul}").daftarkan(t)
            g = _MUATAN[kunci] = typer.main.get_group(t)
        finally:
            i18n.atur_bahasa(semula)
    return g


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


class KoperasiGroup(PilihNama, TyperGroup):
    """The root group: knows the top-level commands from `PERINTAH` and imports a command's module
    only when that command is asked for; turns every `Galat` into a clear message and its exit code.

    Once a unit of work has committed (`ledger.tercatat`), no failure may say "nothing was
    written": it says the command WAS recorded, names its entries and exits 4, so nobody
    posts it twice by retrying."""

    def __init__(self, **kw) -> None:
        from koperasi_cli.cli.pohon import indonesiakan_grup

        super().__init__(**kw)
        self.bahasa = i18n.bahasa()  # the language of its help: its commands load in it
        indonesiakan_grup(self)

    # ---- the commands, lazily ----------------------------------------------------------------
    def get_command(self, ctx: click.Context | None, cmd_name: str) -> click.Command | None:
        cmd = self.commands.get(cmd_name)
        if cmd is not None:
            return cmd
        e = _NAMA.get(cmd_name)
        if e is None:
            return None
        g = muat_modul(e.modul, self.bahasa)
        # The Indonesian name or the English alias as registered (hidden in Indonesian); a plural
        # is the Indonesian command under another name.
        return g.get_command(ctx, cmd_name if cmd_name in (e.nama, *e.alias[:1]) else e.nama)

    def list_commands(self, ctx: click.Context | None) -> list[str]:
        inggris = i18n.bahasa() == "en"
        return [n for e in PERINTAH for n in (e.nama, *(e.alias[:1] if inggris else ()))]

    def semua_nama(self, ctx):
        return [n for e in PERINTAH for n in (e.nama, *e.alias[:1])]

    def nama_saran(self, ctx):
        return [n for e in PERINTAH for n in (e.nama, *e.alias)]  # plurals too

    def nama_alias(self, ctx):
        return [(e.nama, e.alias[0] if e.alias else None) for e in PERINTAH]

    def utama_dari(self, nama: str) -> str:
        e = _NAMA.get(nama)
        return e.nama if e else nama

    def ringkas(self, ctx, nama: str, batas: int) -> str:
        from click.utils import make_default_short_help

        return make_default_short_help(pilih(*_NAMA[nama].bantuan), batas)

    def get_params(self, ctx: click.Context) -> list[click.Parameter]:
        params = super().get_params(ctx)
        for p in params:  # Typer's shell-completion options, in the user's language
            if p.name == "install_completion":
                p.help = pilih("Pasang penyelesaian otomatis (TAB) untuk shell ini.",
                               "Install completion for the current shell.")
            elif p.name == "show_completion":
                p.help = pilih("Tampilkan skrip penyelesaian otomatis untuk shell ini, untuk disalin atau diubah.",
                               "Show completion for the current shell, to copy it or customize the installation.")
        return params

    def invoke(self, ctx: typer.Context):
        from koperasi_cli.core.galat import Galat
        from koperasi_cli.ledger import tercatat

        tercatat.kosongkan()
        try:
            hasil = super().invoke(ctx)
            _siram()  # a full or closed stdout fails here, inside the handler, not at exit
            return hasil
        except Galat as g:
            if lingkungan.aktif().debug:
                raise
            if tercatat.ada():
                _sudah_tercatat(ctx, render_galat(g))
            _tulis_galat(render_galat(g))
            ctx.exit(g.keluar)
        except KeyboardInterrupt:  # Ctrl-C: exit 130, as a shell expects of SIGINT
            if tercatat.ada():
                _sudah_tercatat(ctx, pilih("dibatalkan", "cancelled"))
            _tulis_galat(i18n.t("dibatalkan_pengguna"))
            ctx.exit(DIBATALKAN)
        except Exception as e:  # a bug or the system (disk full): say so plainly
            if (_dari_click(e) and type(e).__name__ == "Abort" and isinstance(e.__context__, KeyboardInterrupt)
                    and not tercatat.ada()):
                # Click's answer to Ctrl-C at a prompt: as Ctrl-C elsewhere (end of input stays
                # Click's "Aborted!", exit 1).
                _tulis_galat(i18n.t("dibatalkan_pengguna"))
                ctx.exit(DIBATALKAN)
            if _dari_click(e) or lingkungan.aktif().debug:
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
            if isinstance(e, OSError) and e.filename and e.errno in _GALAT_BERKAS:
                # The system refused a path the user gave or the books use (a name too long, a
                # loop of links, no permission): the file and the reason, not an internal error.
                nama = os.fsdecode(e.filename)
                _tulis_galat(i18n.t("berkas_sistem_gagal", berkas=nama if len(nama) <= 80 else nama[:77] + "...",
                                    sebab=e.strerror or type(e).__name__))
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


# What the system says of a path (not a bug of koperasi): the user is told the file and the reason.
_GALAT_BERKAS = {errno.ENAMETOOLONG, errno.ELOOP, errno.EACCES, errno.EPERM, errno.ENOTDIR, errno.EISDIR,
                 errno.EROFS, errno.ENOENT}


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
    # `i18n.t` puts a `sebab` into words itself (`i18n.SEBAB`)
    return e.strerror if isinstance(e, OSError) and e.strerror else type(e).__name__


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


def buat_app() -> typer.Typer:
    """The root app in the current language. Its commands are loaded when asked for (see
    `KoperasiGroup`), so building and converting it costs next to nothing."""
    from koperasi_cli.cli.pohon import pasang_teks

    pasang_teks()
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
            None, "-C", "--dir", envvar="KOPERASI_DIR", metavar=pilih("FOLDER", "DIR"),
            help=pilih("Folder koperasi (berisi koperasi.yaml).", "The cooperative's folder (holds koperasi.yaml)."),
        ),
        lang: str = typer.Option(
            None, "--lang", envvar="KOPERASI_LANG", metavar="id|en",
            help=pilih("Bahasa pesan: id atau en.", "Language of messages: id or en."),
        ),
        versi: bool = typer.Option(
            False, "--version", callback=_versi, is_eager=True,
            help=pilih("Tampilkan versi.", "Print the version."),
        ),
    ) -> None:
        dari_env = click.core.ParameterSource.ENVIRONMENT
        # The variables are the run's (`lingkungan`): KOPERASI_LANG was read by `main` (by its
        # prefix; another language's locale means Indonesian, as no setting does), KOPERASI_DIR
        # is read where the folder is looked for. Only what was typed is taken from here.
        if lang is not None and ctx.get_parameter_source("lang") != dari_env:
            b = lingkungan.bahasa_dari(lang)
            if b is None:
                raise typer.BadParameter(pilih("pilih id atau en", "choose id or en"), param_hint="--lang")
            i18n.atur_bahasa(b)
        if ctx.get_parameter_source("folder") == dari_env:
            folder = None
        ctx.obj = {"folder": folder}

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


def main(argv: list[str] | None = None, env: lingkungan.Lingkungan | None = None) -> None:
    """Run one command line. `env` is the world it runs in (clock, language, variables, terminals;
    `lingkungan.Lingkungan`); the real one by default."""
    args = sys.argv[1:] if argv is None else argv
    with lingkungan.pakai(env or lingkungan.aktif()):
        _jaga_stdout()
        i18n.atur_bahasa(i18n.bahasa_dari_lingkungan(args))
        app = buat_app()
        app(args=args, prog_name="koperasi")
