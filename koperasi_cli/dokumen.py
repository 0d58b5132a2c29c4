"""The command reference (docs/perintah.id.md, docs/perintah.en.md), generated from the commands'
own help texts, so it cannot drift from the tool.

    python -m koperasi_cli.dokumen            # rewrite both files
    python -m koperasi_cli.dokumen --periksa  # exit 1 when a file is out of date

Commands and options hidden from `--help` are left out; in the English reference each command
shows its English alias beside the Indonesian name.
"""

from __future__ import annotations

import sys
from pathlib import Path

BAHASA = ("id", "en")

_KEPALA = {
    "id": (
        "# Daftar perintah `koperasi`\n\n"
        "Dibuat otomatis dari teks bantuan perintah (`python -m koperasi_cli.dokumen`); jangan diubah dengan "
        "tangan. Bantuan yang sama muncul dengan `koperasi PERINTAH --help`. English: [perintah.en.md](perintah.en.md).\n\n"
        "Penyelesaian otomatis (TAB) di shell: `koperasi --install-completion` (bash, zsh, fish, PowerShell), "
        "lalu buka terminal baru; `koperasi --show-completion` menampilkan skripnya tanpa memasangnya.\n\n"
        "Kode keluar: 0 selesai; 1 ditolak (masukan atau aturan), tidak ada yang ditulis; 2 salah pemakaian; "
        "3 buku tidak terbaca, terkunci terlalu lama, atau gagal `periksa` (juga `periksa --jangkar`); "
        "4 perintah SUDAH tercatat tetapi gagal sesudahnya (keluaran penuh atau tertutup, gagal sesudah komit): "
        "jangan diulang, pesannya menyebut nomor jurnalnya.\n"
    ),
    "en": (
        "# `koperasi` command reference\n\n"
        "Generated from the commands' own help texts (`python -m koperasi_cli.dokumen`); do not edit by hand. "
        "The same help shows with `koperasi COMMAND --help`. Each command is listed under its Indonesian name, "
        "with its English alias in brackets (both work). Bahasa Indonesia: [perintah.id.md](perintah.id.md).\n\n"
        "Shell completion (TAB): `koperasi --install-completion` (bash, zsh, fish, PowerShell), then open a new "
        "terminal; `koperasi --show-completion` prints the script without installing it.\n\n"
        "Exit codes: 0 done; 1 refused (input or a rule), nothing written; 2 usage error; 3 the books are "
        "unreadable, locked too long, or fail `periksa` (also `periksa --jangkar`); 4 the command WAS recorded "
        "but failed afterwards (output full or closed, a failure after the commit): do not run it again, the "
        "message names its entries.\n"
    ),
}


def _pohon(bahasa: str):
    import typer

    from koperasi_cli import i18n
    from koperasi_cli.cli.main import buat_app

    semula = i18n.bahasa()
    i18n.atur_bahasa(bahasa)
    try:
        return typer.main.get_command(buat_app())
    finally:
        i18n.atur_bahasa(semula)


def _anak(cmd) -> dict:
    """A group's subcommands by every name (hidden aliases included), in the tree's language."""
    from koperasi_cli.cli.pohon import anak

    return anak(cmd)


def _sidik(cmd) -> object:
    """What identifies a command across its two names: the callback, or a group's subcommands."""
    sub = getattr(cmd, "tertunda", None)
    if sub is not None:  # a lazy group: its record, shared by both names
        return ("grup", id(sub))
    sub = getattr(cmd, "commands", None)
    if sub:
        return ("grup", tuple(sorted(sub)))
    f = cmd.callback
    while hasattr(f, "__wrapped__"):  # Typer wraps the function once per registered name
        f = f.__wrapped__
    return f


def _tersembunyi_id() -> set[tuple[str, ...]]:
    """The paths hidden in the Indonesian tree: the English aliases."""
    hasil = set()

    def jalan(cmd, jalur):
        for nama, sub in _anak(cmd).items():
            p = (*jalur, nama)
            if sub.hidden:
                hasil.add(p)
            jalan(sub, p)

    from koperasi_cli import i18n

    semula = i18n.bahasa()
    i18n.atur_bahasa("id")  # the commands load in the tree's language
    try:
        jalan(_pohon("id"), ())
    finally:
        i18n.atur_bahasa(semula)
    return hasil


def _sel(teks: str) -> str:
    return " ".join(str(teks).split()).replace("|", "\\|")


def buat_dokumen(bahasa: str) -> str:
    """The reference in one language, as Markdown."""
    import click

    from koperasi_cli import i18n

    alias_id = _tersembunyi_id()
    akar = _pohon(bahasa)
    semula = i18n.bahasa()
    i18n.atur_bahasa(bahasa)
    keluar = [_KEPALA[bahasa]]
    judul_opsi = ("Opsi dan argumen", "Keterangan") if bahasa == "id" else ("Option or argument", "Meaning")

    def satu(cmd, ctx, jalur, alias):
        nama = " ".join(("koperasi", *jalur))
        tingkat = "#" * min(len(jalur) + 1, 4)
        keluar.append(f"\n{tingkat} `{nama}`" + (f" [`{' '.join(alias)}`]" if alias else "") + "\n")
        if cmd.help:
            keluar.append("\n" + " ".join(cmd.help.split()) + "\n")
        keluar.append("\n```\n" + f"{nama} " + " ".join(cmd.collect_usage_pieces(ctx)) + "\n```\n")
        baris = []
        for p in cmd.params:
            if getattr(p, "hidden", False) or p.name == "help":
                continue
            rekam = p.get_help_record(ctx)
            if isinstance(p, click.Argument):
                kiri = p.make_metavar() if not hasattr(p, "help") or rekam is None else rekam[0]
                kanan = getattr(p, "help", "") or ""
            else:
                kiri, kanan = rekam if rekam else (p.opts[0], "")
            baris.append(f"| `{_sel(kiri)}` | {_sel(kanan)} |")
        if baris:
            keluar.append(f"\n| {judul_opsi[0]} | {judul_opsi[1]} |\n|---|---|\n" + "\n".join(baris) + "\n")

    def jalan(cmd, ctx, jalur, jalur_alias):
        sub = _anak(cmd)
        nama_alias = {}
        for nama, c in sub.items():  # the English alias of each command: a sibling hidden in Indonesian
            if (*jalur, nama) in alias_id:
                nama_alias.setdefault(_sidik(c), nama)
        for nama, c in sub.items():
            if c.hidden or (*jalur, nama) in alias_id:
                continue
            a = nama_alias.get(_sidik(c))
            ja = (*jalur_alias, a or nama)
            cctx = click.Context(c, info_name=nama, parent=ctx)
            satu(c, cctx, (*jalur, nama), ja if bahasa == "en" and ja != (*jalur, nama) else None)
            jalan(c, cctx, (*jalur, nama), ja)

    try:
        ctx = click.Context(akar, info_name="koperasi")
        satu(akar, ctx, (), None)
        jalan(akar, ctx, (), ())
    finally:
        i18n.atur_bahasa(semula)
    return "".join(keluar)


def folder_dokumen() -> Path:
    return Path(__file__).resolve().parent.parent / "docs"


def berkas(bahasa: str) -> Path:
    return folder_dokumen() / f"perintah.{bahasa}.md"


def usang() -> list[str]:
    """The reference files that differ from what the commands' help gives now."""
    return [str(berkas(b).name) for b in BAHASA
            if not berkas(b).exists() or berkas(b).read_text(encoding="utf-8") != buat_dokumen(b)]


def tulis() -> list[Path]:
    folder_dokumen().mkdir(exist_ok=True)
    hasil = []
    for b in BAHASA:
        berkas(b).write_text(buat_dokumen(b), encoding="utf-8")
        hasil.append(berkas(b))
    return hasil


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if "--periksa" in args or "--check" in args:
        u = usang()
        for n in u:
            print(f"docs/{n} is out of date: run python -m koperasi_cli.dokumen", file=sys.stderr)
        return 1 if u else 0
    for p in tulis():
        print(f"Written: docs/{p.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
