"""The command tree, loaded lazily the Typer way.

Typer converts every command it knows into a Click command when the app starts (its options,
types and help records): with about 300 names (each command and its English alias) that costs far
more than running one command. Here a group converts a command only when it is asked for by name
(it is run, its help is shown, shell completion needs it):

- `umum.grup` makes each command group a `GrupMalas`; `umum.perintah` records a command in the
  group's `Tertunda` (its function, help and options) instead of handing it to Typer at once.
- A group's help lists its commands from the record (name, English alias, short help) without
  converting any; each command once, "masuk (in)" in English, the Indonesian name alone in
  Indonesian (the English aliases are hidden there, docs/kontrak.md).
- A mistyped name gets one suggestion line, naming each command once.

The root group (`main.KoperasiGroup`) does the same one level up from a static table of the
top-level commands, so `koperasi --help` imports none of their modules.
"""

from __future__ import annotations

import click
from typer.core import TyperGroup

from koperasi_cli.i18n import bahasa


class _Catatan:
    __slots__ = ("fungsi", "bantuan", "hidden", "kw")

    def __init__(self, fungsi, bantuan: str, hidden: bool, kw: dict) -> None:
        self.fungsi, self.bantuan, self.hidden, self.kw = fungsi, bantuan, hidden, kw


class Tertunda:
    """The commands and subgroups registered in one group, in order, not yet converted."""

    def __init__(self) -> None:
        self.perintah: dict[str, _Catatan] = {}
        self.urutan: list[str] = []  # every name, commands and groups, as registered
        self.utama: dict[str, str] = {}  # alias -> the Indonesian name
        self.alias: dict[str, str] = {}  # Indonesian name -> its English alias
        self.bahasa = bahasa()  # the language of the help texts recorded

    def catat(self, nama: str, alias: str | None, fungsi, bantuan: str, kw: dict) -> None:
        tersembunyi = bool(kw.pop("hidden", False))
        self.perintah[nama] = _Catatan(fungsi, bantuan, tersembunyi, kw)
        self.urutan.append(nama)
        if alias and alias != nama:  # the English alias: hidden in Indonesian (docs/kontrak.md)
            self.perintah[alias] = _Catatan(fungsi, bantuan, tersembunyi or bahasa() != "en", kw)
            self.urutan.append(alias)
            self.pasangan(nama, alias)

    def catat_grup(self, nama: str, alias: str | None) -> None:
        self.urutan.append(nama)
        if alias and alias != nama:
            self.urutan.append(alias)
            self.pasangan(nama, alias)

    def pasangan(self, nama: str, alias: str) -> None:
        self.utama[alias] = nama
        self.alias[nama] = alias

    def ubah(self, nama: str) -> click.Command | None:
        """Convert one recorded command into a Click command (as Typer does, for that one alone)."""
        import typer

        c = self.perintah.get(nama)
        if c is None:
            return None
        t = typer.Typer(rich_markup_mode=None, add_completion=False)
        t.command(nama, help=c.bantuan, hidden=c.hidden, **c.kw)(c.fungsi)
        return _sesuaikan(typer.main.get_command(t), self.bahasa)


def kelas_malas(reg: Tertunda) -> type[GrupMalas]:
    """A `GrupMalas` class bound to one record (Typer instantiates the class it is given)."""
    return type("GrupMalas", (GrupMalas,), {"tertunda": reg})


class PilihNama:
    """What the root and the groups share: each command listed once, suggestions given once."""

    def nama_alias(self, ctx: click.Context | None) -> list[tuple[str, str | None]]:
        """(name, English alias) of every command shown in help, in order."""
        raise NotImplementedError

    def semua_nama(self, ctx: click.Context | None) -> list[str]:
        """Every name a command answers to here, hidden aliases included."""
        raise NotImplementedError

    def nama_saran(self, ctx: click.Context | None) -> list[str]:
        """The names a mistyped one is compared with."""
        return self.semua_nama(ctx)

    def ringkas(self, ctx: click.Context, nama: str, batas: int) -> str:
        raise NotImplementedError

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        inggris = bahasa() == "en"
        label = [(nama, f"{nama} ({alias})" if inggris and alias else nama) for nama, alias in self.nama_alias(ctx)]
        if not label:
            return
        batas = formatter.width - 6 - max(len(x) for _, x in label)
        baris = [(x, self.ringkas(ctx, nama, batas)) for nama, x in label]
        with formatter.section(terjemah("Commands")):
            formatter.write_dl(baris)

    def resolve_command(self, ctx: click.Context, args: list[str]):
        try:
            return click.Group.resolve_command(self, ctx, args)  # not Typer's: it adds a second suggestion
        except click.UsageError as e:
            nama = args[0] if args else ""
            if not nama or nama.startswith("-") or self.get_command(ctx, nama) is not None:
                raise
            raise click.UsageError(self.pesan_tidak_ada(ctx, nama), e.ctx) from None

    def pesan_tidak_ada(self, ctx: click.Context, nama: str) -> str:
        """'No such command' with the nearest names, each command once (its Indonesian name; in
        English the name that matched, an English one where it did)."""
        pesan = terjemah("No such command {name!r}.").format(name=nama)
        kandidat = self.nama_saran(ctx)
        utama = {n: n for n, _ in self.nama_alias(ctx)}
        for n, a in self.nama_alias(ctx):
            if a:
                utama[a] = n
        for n in kandidat:
            utama.setdefault(n, self.utama_dari(n))
        saran, sudah = [], set()
        from difflib import get_close_matches

        for m in get_close_matches(nama, kandidat):
            u = utama.get(m, m)
            if u in sudah:
                continue
            sudah.add(u)
            saran.append(m if bahasa() == "en" else u)
        if saran:
            teks = ", ".join(repr(s) for s in saran)
            pesan += " " + nterjemah("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)",
                                     len(saran)).format(possibility=teks, possibilities=teks)
        return pesan

    def utama_dari(self, nama: str) -> str:
        return nama


class GrupMalas(PilihNama, TyperGroup):
    """A command group that converts a command only when it is asked for (see the module doc)."""

    tertunda: Tertunda = Tertunda()

    def __init__(self, **kw) -> None:
        super().__init__(**kw)
        indonesiakan_grup(self)

    def get_command(self, ctx: click.Context | None, cmd_name: str) -> click.Command | None:
        cmd = self.commands.get(cmd_name)
        if cmd is None:
            cmd = self.tertunda.ubah(cmd_name)
            if cmd is not None:
                self.commands[cmd_name] = cmd
        return cmd

    def list_commands(self, ctx: click.Context | None) -> list[str]:
        nama = [n for n in self.tertunda.urutan if n in self.tertunda.perintah or n in self.commands]
        return nama + [n for n in self.commands if n not in nama]

    def semua_nama(self, ctx):
        return self.list_commands(ctx)

    def utama_dari(self, nama: str) -> str:
        return self.tertunda.utama.get(nama, nama)

    def _tersembunyi(self, nama: str) -> bool:
        c = self.tertunda.perintah.get(nama)
        if c is not None:
            return c.hidden
        cmd = self.commands.get(nama)
        return cmd is None or cmd.hidden

    def nama_alias(self, ctx):
        reg = self.tertunda
        return [(n, reg.alias.get(n)) for n in self.list_commands(ctx)
                if n not in reg.utama and not self._tersembunyi(n)]

    def ringkas(self, ctx, nama: str, batas: int) -> str:
        c = self.tertunda.perintah.get(nama)
        if c is not None and nama not in self.commands:
            from click.utils import make_default_short_help

            return make_default_short_help(c.bantuan or "", batas)
        return self.get_command(ctx, nama).get_short_help_str(batas)


# ---- the Click and Typer texts in Indonesian ----------------------------------------------------
_METAVAR = {"text": "TEKS", "integer": "BILANGAN", "integer range": "BILANGAN", "float": "ANGKA",
            "float range": "ANGKA", "path": "JALUR", "filename": "BERKAS", "boolean": "YA/TIDAK"}
_METAVAR_TETAP = {"TEXT": "TEKS", "INTEGER": "BILANGAN", "FLOAT": "ANGKA", "PATH": "JALUR", "FILE": "BERKAS"}


def _sesuaikan(cmd: click.Command, b: str) -> click.Command:
    """Indonesian words in the usage of an Indonesian command ([OPSI], TEKS for TEXT)."""
    if b == "id":
        cmd.options_metavar = "[OPSI]"
        for p in cmd.params:
            if not isinstance(p, click.Option) or p.is_flag:
                continue
            nama = getattr(p.type, "name", None)
            if p.metavar is None and nama in _METAVAR:
                p.metavar = _METAVAR[nama]
            elif p.metavar in _METAVAR_TETAP:
                p.metavar = _METAVAR_TETAP[p.metavar]
    return cmd


def indonesiakan_grup(g: click.Group) -> None:
    """A group built in Indonesian says [OPSI] and PERINTAH in its usage line."""
    if bahasa() == "id":
        g.options_metavar = "[OPSI]"
        if g.subcommand_metavar in (None, "COMMAND [ARGS]...", "COMMAND1 [ARGS]... [COMMAND2 [ARGS]...]..."):
            g.subcommand_metavar = "PERINTAH [ARG]..."


def terjemah(teks: str) -> str:
    """Click's `gettext`: its own texts in the run's language."""
    if bahasa() == "en":
        return teks
    from koperasi_cli.i18n.klik import TEKS

    return TEKS.get(teks, teks)


def nterjemah(satu: str, banyak: str, n: int) -> str:
    if bahasa() == "en":
        return satu if n == 1 else banyak
    from koperasi_cli.i18n.klik import TEKS_JAMAK

    pasangan = TEKS_JAMAK.get((satu, banyak))
    if pasangan is None:
        return satu if n == 1 else banyak
    return pasangan[0] if n == 1 else pasangan[1]


_TERPASANG = False


def pasang_teks() -> None:
    """Point Click's and Typer's `gettext` at `terjemah`: their texts (Usage, Options, Error,
    Missing option, No such option, [required], [default: ...], Aborted!) follow the language of
    the run. Click looks the name `_` up in its module at each call, so this holds for every
    message shown after it, whatever the language is then."""
    global _TERPASANG
    if _TERPASANG:
        return
    import sys

    import click.core  # noqa: F401  (loads the modules below)
    import typer.core  # noqa: F401

    for nama in ("click.core", "click.exceptions", "click.formatting", "click.parser", "click.types",
                 "click.decorators", "click.termui", "click.utils", "click.shell_completion", "typer.core"):
        m = sys.modules.get(nama)
        if m is None:
            continue
        if hasattr(m, "_"):
            m._ = terjemah
        if hasattr(m, "ngettext"):
            m.ngettext = nterjemah
    _TERPASANG = True


# ---- walking the tree (the reference docs, the tests) -------------------------------------------
def anak(cmd: click.Command, ctx: click.Context | None = None) -> dict[str, click.Command]:
    """A group's subcommands by every name they answer to (hidden aliases included), converted."""
    if not isinstance(cmd, click.Group):
        return {}
    ctx = ctx or click.Context(cmd)
    nama = cmd.semua_nama(ctx) if isinstance(cmd, PilihNama) else cmd.list_commands(ctx)
    hasil = {}
    for n in nama:
        c = cmd.get_command(ctx, n)
        if c is not None:
            hasil[n] = c
    return hasil
