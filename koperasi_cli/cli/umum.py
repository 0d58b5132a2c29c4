"""Shared pieces of the commands: options, opening the books, output."""


import sys
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import typer
from typer.core import TyperCommand

from koperasi_cli.core.galat import PEMAKAIAN, Galat
from koperasi_cli.i18n import bahasa, pilih
from koperasi_cli.i18n.nama import metavar_inggris, nama_opsi, opsi_inggris


def perintah(app: typer.Typer, nama: str, alias: str | None, bantuan: str, **kw):
    """Register a command under its Indonesian name and its English alias (hidden unless --lang en).
    In a group made by `grup` (and at the top of a module's commands) it is only recorded: the
    group converts it when it is asked for (cli/pohon.py)."""

    def hias(f):
        g = _cek_format_dulu(f)
        kw.setdefault("cls", kelas_perintah(bahasa()))
        reg = getattr(app, "_tertunda", None)
        if reg is not None:
            reg.catat(nama, alias, g, bantuan, dict(kw))
            return f
        app.command(nama, help=bantuan, **kw)(g)
        if alias and alias != nama:
            app.command(alias, help=bantuan, hidden=bahasa() != "en", **kw)(g)
        return f

    return hias


def _cek_format_dulu(f):
    """A command with --format and -o checks the pair before any work (xlsx without -o, a
    conflict, an unknown suffix), so a report that takes a while, or a wrong argument, never
    comes first; the command's own `format_keluaran` call then narrows to what it can write."""
    import functools
    import inspect

    tanda = inspect.signature(f)
    nama = tanda.parameters
    if "fmt" not in nama or "output" not in nama:
        return f
    tambah = {k: v for k, v in _OPSI_LAPORAN.items() if k not in nama}

    @functools.wraps(f)
    def g(*a, **kw):
        from koperasi_cli.reports import render

        pilihan = {k: kw.pop(k) for k in tambah}
        # a command writing more formats says so in `format_boleh` (rekap: parquet)
        format_keluaran(kw.get("fmt"), kw.get("output"), getattr(f, "format_boleh", ("table", "json", "csv", "xlsx")))
        token = render.LEBAR.set(bool(pilihan.get("lebar")))
        token_b = render.BAGIAN.set(pilihan.get("bagian"))
        try:
            return f(*a, **kw)
        finally:
            render.LEBAR.reset(token)
            render.BAGIAN.reset(token_b)

    # Every report and list (a command with --format and -o) gains the shared report options.
    g.__signature__ = tanda.replace(parameters=[*nama.values(), *(
        inspect.Parameter(k, inspect.Parameter.KEYWORD_ONLY, default=v(), annotation=t) for k, (v, t) in tambah.items())])
    g.__annotations__ = {**getattr(f, "__annotations__", {}), **{k: t for k, (v, t) in tambah.items()}}
    return g


def opsi_bagian():
    return typer.Option(None, "--bagian", "--section", help=pilih(
        "Hanya satu bagian laporan (tabel atau CSV), mis. posisi-keuangan; tanpa ini CSV laporan berbagian perlu -o.",
        "Only one section of the report (table or CSV), e.g. posisi-keuangan; without it a CSV of several sections needs -o."))


def opsi_lebar():
    return typer.Option(False, "--lebar", "--wide", help=pilih(
        "Tabel dengan semua kolom (bawaan: kolom yang muat di terminal 80 kolom; JSON dan CSV selalu lengkap).",
        "Table with every column (default: the columns that fit an 80-column terminal; JSON and CSV always have all)."))


_OPSI_LAPORAN = {"lebar": (opsi_lebar, bool), "bagian": (opsi_bagian, str)}


def grup(app: typer.Typer, nama: str, alias: str | None, bantuan: str) -> typer.Typer:
    """A command group under its Indonesian name and English alias; a lazy one (cli/pohon.py)."""
    from koperasi_cli.cli.pohon import Tertunda, kelas_malas

    reg = Tertunda()
    sub = typer.Typer(cls=kelas_malas(reg), help=bantuan, no_args_is_help=True, rich_markup_mode=None,
                      context_settings={"help_option_names": ["-h", "--help"]})
    sub._tertunda = reg
    app.add_typer(sub, name=nama, help=bantuan)
    if alias and alias != nama:
        app.add_typer(sub, name=alias, help=bantuan, hidden=bahasa() != "en")
    induk = getattr(app, "_tertunda", None)
    if induk is not None:
        induk.catat_grup(nama, alias)
    return sub


# ---- English names of options and arguments ---------------------------------------------------
# Every option has its Indonesian name (canonical, CLI.md) and the English name(s) below; the
# English names are added to each Click command once it is built (`nama_inggris`), whatever way
# its options were declared, so no command file repeats them. English help lists the English
# name first (`--date, --tanggal`), Indonesian help the Indonesian one (`--tanggal, --date`).
# The tables live in i18n/nama.py (messages name options and commands in English too);
# tests/test_inggris.py fails when an option is in neither table.
class _NilaiInggris:
    """Wraps an option's Click type: an English value (`--status left`) becomes the stored one
    (`keluar`) before the type and the command see it."""

    def __new__(cls, asli, peta):
        import click

        class Tipe(click.ParamType):
            name = asli.name

            def convert(self, value, param, ctx):
                if isinstance(value, str):
                    value = peta.get(value.strip().lower(), value)
                return asli.convert(value, param, ctx)

            def get_metavar(self, param, ctx=None):
                return asli.get_metavar(param, ctx=ctx) if ctx is not None else None

        return Tipe()


def nama_inggris(cmd, bahasa_: str | None = None):
    """Add the English names to a built Click command's options (and, in English, English
    metavars to its arguments); let the options that take a stored value take its English
    label too (`NILAI_INGGRIS`). A name another option already uses is skipped."""
    import click

    from koperasi_cli.i18n.nama import NILAI_INGGRIS

    en = (bahasa_ or bahasa()) == "en"
    for p in cmd.params:
        kunci = next((o for o in getattr(p, "opts", ()) if o in NILAI_INGGRIS), None)
        if kunci is None and isinstance(p, click.Argument) and p.name in NILAI_INGGRIS:
            kunci = p.name
        if kunci is not None and isinstance(p.type, click.types.StringParamType):
            p.type = _NilaiInggris(p.type, NILAI_INGGRIS[kunci])
    dipakai = {o for p in cmd.params for o in (*getattr(p, "opts", ()), *getattr(p, "secondary_opts", ()))}
    for p in cmd.params:
        if isinstance(p, click.Option):
            tambah, inggris = [], set()
            for o in p.opts:
                for e in opsi_inggris(cmd.name, o):
                    inggris.add(e)
                    if e not in dipakai:
                        tambah.append(e)
                        dipakai.add(e)
            if en:  # English names first, also those the command declared itself (--lebar, --wide)
                semua = [*tambah, *p.opts]
                p.opts = [o for o in semua if o in inggris] + [o for o in semua if o not in inggris]
            else:
                p.opts = [*p.opts, *tambah]
            if tambah or (en and inggris):
                # "Missing option '--date'": the name in the reader's language, not the list
                p.get_error_hint = lambda ctx, p=p: f"'{p.opts[0]}'"
            if en and p.metavar:
                p.metavar = metavar_inggris(p.metavar)
        elif en and isinstance(p, click.Argument):
            p.metavar = metavar_inggris(p.metavar or (p.name or "").upper() + ("..." if p.nargs != 1 else ""))
    return cmd


class PerintahKoperasi(TyperCommand):
    """A command whose options answer to their English names too (`nama_inggris`), in the
    language its help texts were recorded in (`kelas_perintah`)."""

    bahasa_bantuan: str | None = None

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        nama_inggris(self, self.bahasa_bantuan)


_KELAS: dict[str, type] = {}


def kelas_perintah(b: str) -> type:
    """`PerintahKoperasi` bound to the language of the run that registers the command: a lazy
    group may convert it later (cli/pohon.py), its help and names stay in that language."""
    if b not in _KELAS:
        _KELAS[b] = type("PerintahKoperasi", (PerintahKoperasi,), {"bahasa_bantuan": b})
    return _KELAS[b]


def folder(ctx: typer.Context) -> Path:
    from koperasi_cli.ledger.buku import temukan_folder

    root = ctx.find_root()
    return temukan_folder((root.obj or {}).get("folder"))


@contextmanager
def buka_buku(ctx: typer.Context, *, coba: bool = False, ya: bool | None = None):
    """Open the books under the lock; commit on success, write nothing on error or dry run.
    A bulk command passes `ya` (its --ya option): unless it is set, on a terminal the entries
    staged are summed up and the user asked before the commit (`tanya_dulu`)."""
    from koperasi_cli.ledger.buku import Buku

    buku = Buku.buka(folder(ctx), coba=coba)
    with buku:
        yield buku
        if ya is False and not coba:
            tanya_dulu(buku)
    tutup = buku.kepala["tutup"]
    if (ya is not None and not coba and buku.baru and all(r["tanggal"][:7] not in tutup for r in buku.baru)
            and any(r.get("jenis") != "batal" for r in buku.baru)):  # a reversal or a closed month is not undone by batch
        from koperasi_cli import i18n

        # A bulk command says how to undo it as a whole (stderr: stdout stays clean for JSON).
        pesan(i18n.t("batch_tercatat", batch=buku.baru[0].get("batch") or "-", n=len(buku.baru)))


def interaktif() -> bool:
    """Whether a person can answer: stdin is a terminal (scripts and pipes are not asked)."""
    from koperasi_cli import lingkungan

    return lingkungan.aktif().tty("stdin")


def tanya_dulu(buku) -> None:
    """Before a bulk command commits, on a terminal: show how many entries it will post and
    their total, and ask; a "no" (the default) refuses the command, nothing written. Not on a
    terminal (scripts, pipes, CI) nothing is asked: the command proceeds as without --ya."""
    from koperasi_cli import i18n

    baru = buku.baru[buku._dilaporkan:]
    if not baru or not interaktif():
        return
    total = sum(b["debit"] for r in baru for b in r["baris"])
    tanggal = sorted({r["tanggal"] for r in baru})
    rentang = tanggal[0] if len(tanggal) == 1 else f"{tanggal[0]} .. {tanggal[-1]}"
    typer.echo(i18n.t("konfirmasi_ringkasan", n=len(baru), total=total, tanggal=rentang, batch=buku.batch or "-"), err=True)
    if not typer.confirm(i18n.t("konfirmasi_tanya"), default=False, err=True):
        raise Galat("konfirmasi_ditolak")


def opsi_ya():
    return typer.Option(False, "--ya", "--yes", help=pilih(
        "Jangan tanya dulu di terminal (untuk skrip); tanpa terminal tidak pernah bertanya.",
        "Do not ask first on a terminal (for scripts); without a terminal it never asks."))


@contextmanager
def baca_buku(ctx: typer.Context):
    """Open the books for a read-only command: needs no write access (`Buku.buka_untuk_baca`)."""
    from koperasi_cli.ledger.buku import Buku

    with Buku.buka_untuk_baca(folder(ctx)) as buku:
        yield buku


def tanggal(buku, teks: str | None) -> date:
    """A date to report on (`--per`): any real date."""
    from koperasi_cli.core.tanggal import parse_tanggal

    hari_ini = buku.hari_ini()
    return hari_ini if teks is None else parse_tanggal(teks, hari_ini)


def tanggal_catat(buku, teks: str | None) -> date:
    """The date of a recording (`--tanggal`): today or earlier in the cooperative's time zone,
    as the importers require (an entry dated after today would count in `info` but not yet in
    the statements)."""
    from koperasi_cli.core.tanggal import cek_bukan_depan

    return cek_bukan_depan(tanggal(buku, teks), buku.hari_ini())


# ---- options that many commands share ---------------------------------------------------------
def opsi_tanggal(bantuan: tuple[str, str] | None = None):
    return typer.Option(None, "--tanggal", help=pilih(*(bantuan or (
        "Tanggal transaksi (bawaan: hari ini).", "Transaction date (default: today)."))))


def cek_teks(medan: str, maks: int | None = None):
    """An option callback: the text checked by `core.masukan.periksa_teks` (no control,
    bidirectional or zero-width characters; at most `maks` characters, a description's by default)."""
    from koperasi_cli.core.masukan import MAKS_KET

    def cek(nilai):
        from koperasi_cli.core.masukan import periksa_teks

        return periksa_teks(nilai, medan=nama_opsi(medan), maks=maks or MAKS_KET)

    return cek


def opsi_teks(nama: str, bantuan: str, *, wajib: bool = False, maks: int | None = None):
    """A free-text option (a name, an address, a reason), checked as it is read."""
    return typer.Option(... if wajib else None, nama, help=bantuan, callback=cek_teks(nama, maks))


def opsi_bukti():
    from koperasi_cli.core.masukan import MAKS_BUKTI

    return typer.Option(None, "--bukti", help=pilih("Nomor bukti/kuitansi.", "Receipt or voucher number."),
                        callback=cek_teks("--bukti", MAKS_BUKTI))


def opsi_ket(wajib: bool = False):
    return typer.Option(... if wajib else None, "--ket", help=pilih("Keterangan.", "Description."), callback=cek_teks("--ket"))


def opsi_unit():
    return typer.Option(None, "--unit", help=pilih("Unit usaha pemilik transaksi.", "Business unit of the entry."))


def opsi_kas(bantuan: tuple[str, str] | None = None):
    """`--kas`: the cash or bank account that pays or receives (default: the profile's kas.akun)."""
    return typer.Option(None, "--kas", help=pilih(*(bantuan or (
        "Akun kas atau bank (bawaan: kas.akun di profil, 1101).",
        "Cash or bank account (default: kas.akun in the profile, 1101).",
    ))))


@dataclass(frozen=True)
class OpsiCatat:
    """The recording options as given on the command line (`opsi_catat`), before the books are open."""
    tanggal: str | None = None
    bukti: str | None = None
    ket: str | None = None
    unit: str | None = None
    kas: str | None = None

    def konteks(self, buku, unit_bawaan: str | None = None, *, tanggal_bawaan: date | None = None):
        """The recording context (`core.konteks.KonteksCatat`): the date given, checked (today or
        earlier), else `tanggal_bawaan` (a month's end for a month's posting), else today; the
        unit checked against the profile when the command has a default unit (else left to the
        service)."""
        from koperasi_cli.core.konteks import KonteksCatat

        unit = cek_unit(buku, self.unit, unit_bawaan) if unit_bawaan else self.unit
        tgl = tanggal_bawaan if self.tanggal is None and tanggal_bawaan is not None else tanggal_catat(buku, self.tanggal)
        return KonteksCatat(tgl, self.bukti, self.ket, unit, self.kas)


# The parameters `opsi_catat` adds, named as the commands named them (the English aliases and
# the tests find an option by its parameter's name).
NAMA_PARAMETER = {"tanggal": "tgl", "bukti": "bukti", "ket": "ket", "unit": "unit", "kas": "kas"}


def opsi_catat(*, tanggal: bool = True, ket: bool = True, ket_wajib: bool = False, unit: bool = True,
               kas: bool = True, bantuan_tanggal: tuple[str, str] | None = None,
               bantuan_kas: tuple[str, str] | None = None):
    """A recording command's shared options in one place: `--tanggal`, `--bukti`, `--ket`,
    `--unit` and `--kas` (each declared the Typer way, as a `typer.Option` parameter), handed to
    the command as one `catat: OpsiCatat` argument. The options take the place of the `catat`
    parameter in the command's signature (and so in its help). A month's posting (provision,
    depreciation, interest) has no `--tanggal` (`tanggal=False`): its date is the month's end."""
    medan = [("tanggal", opsi_tanggal(bantuan_tanggal))] if tanggal else []
    medan.append(("bukti", opsi_bukti()))
    if ket:
        medan.append(("ket", opsi_ket(wajib=ket_wajib)))
    if unit:
        medan.append(("unit", opsi_unit()))
    if kas:
        medan.append(("kas", opsi_kas(bantuan_kas)))

    def hias(f):
        import functools
        import inspect

        sig = inspect.signature(f)
        baru = [inspect.Parameter(NAMA_PARAMETER[m], inspect.Parameter.POSITIONAL_OR_KEYWORD, default=o, annotation=str)
                for m, o in medan]
        params = []
        for p in sig.parameters.values():
            params += baru if p.name == "catat" else [p]

        @functools.wraps(f)
        def g(*a, **kw):
            nilai = {m: kw.pop(NAMA_PARAMETER[m], None) for m, _ in medan}
            return f(*a, catat=OpsiCatat(**nilai), **kw)

        g.__signature__ = sig.replace(parameters=params)
        return g

    return hias


def opsi_coba():
    return typer.Option(False, "--dry-run", help=pilih("Periksa dan tampilkan saja, tanpa menulis.", "Validate and show, write nothing."))


def opsi_format():
    return typer.Option(None, "--format", show_default=False, help=pilih(
        "Bentuk keluaran: table (bawaan), json atau csv; xlsx hanya dengan -o, yang bentuknya mengikuti akhiran nama berkas.",
        "Output format: table (default), json or csv; xlsx only with -o, whose format follows the file's suffix."))


def opsi_output():
    return typer.Option(None, "-o", "--output", help=pilih("Tulis ke berkas (bentuk mengikuti akhiran nama).", "Write to a file (the format follows the suffix)."))


def cek_unit(buku, unit: str | None, bawaan: str) -> str:
    u = unit or bawaan
    if u not in buku.profil.unit:
        raise Galat("unit_tidak_ada", nilai=u, sah=", ".join(buku.profil.unit))
    return u


# The suffixes of -o and the format each one means (`.txt`: the table as text).
AKHIRAN_FORMAT = {"json": "json", "csv": "csv", "xlsx": "xlsx", "txt": "table", "parquet": "parquet"}


def format_keluaran(fmt: str | None, output: str | None, boleh: tuple[str, ...] = ("table", "json", "csv")) -> str:
    """The output format, the one place where --format and -o are reconciled. Without -o:
    --format (default table); xlsx needs -o. With -o: the file's suffix decides, an unknown
    suffix is refused, and a --format that says otherwise is a conflict, refused. Every
    refusal is a usage error (exit 2) and comes before any work."""
    diminta = fmt.strip().lower() if fmt else None
    if diminta is not None and diminta not in boleh:
        raise Galat("format_tidak_didukung", keluar=PEMAKAIAN, format=fmt, boleh=", ".join(boleh))
    if not output:
        if diminta == "xlsx":
            raise Galat("format_perlu_berkas", keluar=PEMAKAIAN, format=diminta)
        return diminta or "table"
    from koperasi_cli.ledger.berkas import cek_keluaran

    if "csv" in boleh and diminta in (None, "csv") and folder_keluaran(output):
        return "csv"  # -o DIR/: one CSV file per section in DIR
    cek_keluaran(Path(output))  # a folder, a device, the books' own files: refused first (exit 1)
    akhiran = Path(output).suffix.lower().lstrip(".")
    dari_akhiran = AKHIRAN_FORMAT.get(akhiran)
    sah = [f".{a}" for a, f in AKHIRAN_FORMAT.items() if f in boleh]
    if dari_akhiran is None or dari_akhiran not in boleh:
        raise Galat("akhiran_tidak_dikenal", keluar=PEMAKAIAN, berkas=output,
                    akhiran=f".{akhiran}" if akhiran else pilih("(kosong)", "(none)"), sah=", ".join(sah))
    if diminta is not None and diminta != dari_akhiran:
        raise Galat("format_bentrok", keluar=PEMAKAIAN, format=diminta, berkas=output, akhiran=f".{akhiran}")
    return dari_akhiran


def folder_keluaran(output: str) -> bool:
    """-o names a folder (an existing one, or any path written with a trailing slash)."""
    return output.endswith(("/", "\\")) or Path(output).is_dir()


def _tulis_csv_bagian(laporan, output: str) -> None:
    """A report as plain CSV files, one per section: -o DIR/ writes DIR/<section>.csv, -o
    base.csv writes base.csv for a one-table report and base-<section>.csv for each section of
    a larger one (section keys with hyphens, as `--bagian` takes them)."""
    from koperasi_cli.ledger.berkas import tulis_keluaran
    from koperasi_cli.reports import render

    bagian = render.bagian_tabel(laporan)
    if folder_keluaran(output):
        tujuan = [(Path(output) / f"{k.replace('_', '-')}.csv", t) for k, t in bagian]
    elif len(bagian) == 1:
        tujuan = [(Path(output), bagian[0][1])]
    else:
        p = Path(output)
        tujuan = [(p.with_name(f"{p.stem}-{k.replace('_', '-')}{p.suffix}"), t) for k, t in bagian]
    for p, t in tujuan:
        tulis_keluaran(p, render.tabel_csv(t).encode("utf-8"))
        pesan(pilih(f"Ditulis: {p}", f"Written: {p}"))


def tampilkan(laporan, fmt: str, output: str | None) -> None:
    """Render a report object in the chosen format, to stdout or to a file. A report of several
    tables as CSV is one plain CSV per section (`-o`), or the one `--bagian` names."""
    from koperasi_cli.reports import render

    fmt = format_keluaran(fmt, output, ("table", "json", "csv", "xlsx"))
    if fmt == "json" and dengan_batch(laporan.data) is not laporan.data:
        import dataclasses

        laporan = dataclasses.replace(laporan, data=dengan_batch(laporan.data))
    bagian = render.BAGIAN.get()
    if bagian is not None:
        if fmt not in ("table", "csv"):
            raise Galat("bagian_hanya_tabel_csv", keluar=PEMAKAIAN, format=fmt)
        laporan = render.pilih_bagian(laporan, bagian)
    if fmt == "csv" and len(laporan.tabel) > 1 and not output:
        raise Galat("csv_banyak_bagian", keluar=PEMAKAIAN,
                    bagian=", ".join(k.replace("_", "-") for k, _ in render.bagian_tabel(laporan)))
    if fmt == "csv":
        if output:
            _tulis_csv_bagian(laporan, output)
            return
        sys.stdout.buffer.write(render.tabel_csv(laporan.tabel[0]).encode("utf-8"))
        sys.stdout.flush()
        return
    if fmt == "xlsx":
        from koperasi_cli.reports.xlsx import tulis_xlsx

        tulis_xlsx([laporan], Path(output))
        pesan(pilih(f"Ditulis: {output}", f"Written: {output}"))
        return
    if output:
        from koperasi_cli.ledger.berkas import tulis_keluaran

        tulis_keluaran(Path(output), render.ke_bytes(laporan, fmt))
        pesan(pilih(f"Ditulis: {output}", f"Written: {output}"))
        return
    if fmt == "table":
        render.ke_terminal(laporan)
    else:
        sys.stdout.buffer.write(render.ke_bytes(laporan, fmt))
        sys.stdout.flush()


def pesan(teks: str) -> None:
    """A short status line on stderr (keeps stdout clean for JSON and CSV)."""
    typer.echo(teks, err=True)


def dengan_batch(data):
    """After a command that recorded entries, its JSON object gains the batch id of what it
    recorded (`"batch": "B000123"`, for `jurnal batal --batch`), unless it has one already."""
    from koperasi_cli.ledger import tercatat

    b = tercatat.batch()
    if b is not None and isinstance(data, dict) and "batch" not in data:
        return {**data, "batch": b}
    return data


def cetak_json(data) -> None:
    import orjson

    data = dengan_batch(data)

    sys.stdout.buffer.write(orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS) + b"\n")
    sys.stdout.flush()
