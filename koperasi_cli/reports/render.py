"""Renderers for report objects: terminal (rich), CSV and JSON."""

from __future__ import annotations

import csv
import io

import orjson

from koperasi_cli.core.uang import format_rupiah
from koperasi_cli.reports.model import Laporan

_RUMUS = ("=", "+", "-", "@", "\t", "\r")


def aman_teks(nilai):
    """Text that a spreadsheet would take for a formula is written as text (a leading ')."""
    if isinstance(nilai, str) and nilai.startswith(_RUMUS):
        return "'" + nilai
    return nilai


def ke_bytes(laporan: Laporan, fmt: str) -> bytes:
    if fmt == "json":
        return orjson.dumps(laporan.data, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS) + b"\n"
    if fmt == "csv":
        return ke_csv(laporan).encode("utf-8")
    if fmt == "table":
        return ke_teks(laporan).encode("utf-8")
    raise ValueError(fmt)


def ke_csv(laporan: Laporan) -> str:
    """One block per table: a header row, the rows, the totals row; amounts as plain integers."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for i, t in enumerate(laporan.tabel):
        if i:
            w.writerow([])
        if len(laporan.tabel) > 1 and t.judul:
            w.writerow([aman_teks(t.judul)])
        w.writerow([k.kunci for k in t.kolom])
        for b in t.baris + ([t.total] if t.total else []):
            w.writerow([aman_teks(b.get(k.kunci, "")) if b.get(k.kunci) is not None else "" for k in t.kolom])
    return buf.getvalue()


def _sel(nilai, jenis: str) -> str:
    if nilai is None:
        return ""
    if jenis == "uang" and isinstance(nilai, int):
        return format_rupiah(nilai)
    if jenis == "angka" and isinstance(nilai, int):
        return f"{nilai:,}".replace(",", ".")
    if jenis == "persen" and isinstance(nilai, int):
        return format_persen(nilai)
    return str(nilai)


def format_persen(bp: int) -> str:
    """Basis points as an Indonesian percentage: 6942 -> '69,42 %', 50 -> '0,5 %', 3000 -> '30 %'."""
    tanda = "-" if bp < 0 else ""
    bulat, sisa = divmod(abs(bp), 100)
    return f"{tanda}{bulat}" + (f",{sisa:02d}".rstrip("0") if sisa else "") + " %"


def teks(nilai):
    """User data for the terminal: a rich `Text`, which rich never reads as markup (a name
    `I Made [alm] Sura`, a description `Hibah [/] desa` show as typed). Every piece of a
    report, a list or a profile that rich renders goes through here (or `teks_tabel`)."""
    from rich.text import Text

    return nilai if isinstance(nilai, Text) else Text("" if nilai is None else str(nilai))


def tabel_rich(*, judul=None, kolom=(), baris=(), footer=None, **kw):
    """A rich Table whose title, headings, cells and footers are all plain text (`teks`).
    `kolom` holds (heading, justify) pairs; `footer` one text per column, or None."""
    from rich.table import Table

    tab = Table(title=teks(judul) if judul is not None else None, show_footer=footer is not None, **kw)
    for i, (judul_k, rata) in enumerate(kolom):
        tab.add_column(teks(judul_k), justify=rata, footer=teks(footer[i]) if footer is not None else "")
    for b in baris:
        tab.add_row(*(teks(x) for x in b))
    return tab


def kunci_nilai(baris, console=None) -> None:
    """A two-column list without borders (a profile, a member): keys and values as text."""
    from rich.console import Console

    tab = tabel_rich(kolom=(("", "left"), ("", "left")), baris=baris, show_header=False, box=None)
    (console or Console()).print(tab)


def rich_tabel(t):
    """A report table as a rich table (money and numbers right-aligned, totals as its footer)."""
    return tabel_rich(
        judul=t.judul, title_justify="left",
        kolom=[(k.judul, "right" if k.jenis in ("uang", "angka", "persen") else "left") for k in t.kolom],
        baris=[[_sel(b.get(k.kunci), k.jenis) for k in t.kolom] for b in t.baris],
        footer=[_sel(t.total.get(k.kunci), k.jenis) for k in t.kolom] if t.total is not None else None,
    )


# Above this many rows a table is laid out as plain text: rich measures every cell, which takes
# a second for 300 loans and seconds for a list of 2,000 members.
BARIS_RICH = 100


def _teks_tabel(t) -> str:
    """A long table as aligned plain text: header, rule, rows, rule, totals."""
    semua = [[k.judul for k in t.kolom]]
    semua += [[_sel(b.get(k.kunci), k.jenis) for k in t.kolom] for b in t.baris]
    if t.total:
        semua.append([_sel(t.total.get(k.kunci), k.jenis) for k in t.kolom])
    lebar = [max(len(r[i]) for r in semua) for i in range(len(t.kolom))]
    kanan = [k.jenis in ("uang", "angka", "persen") for k in t.kolom]

    def baris(r):
        return "  ".join(s.rjust(w) if ka else s.ljust(w) for s, w, ka in zip(r, lebar, kanan)).rstrip()

    garis = "  ".join("-" * w for w in lebar)
    keluar = ([t.judul] if t.judul else []) + [baris(semua[0]), garis]
    keluar += [baris(r) for r in semua[1:len(semua) - (1 if t.total else 0)]]
    if t.total:
        keluar += [garis, baris(semua[-1])]
    return "\n".join(keluar)


def _lebar_alami(t) -> int:
    """The width of the table's widest line with every cell whole (a rich table frames each
    column with 3 characters): rich squeezes a wider table into the terminal by cutting every
    cell short ("Ang…"), where plain text keeps each figure whole and lets lines run on."""
    lebar = [len(k.judul) for k in t.kolom]
    for b in [*t.baris, t.total or {}]:
        for i, k in enumerate(t.kolom):
            lebar[i] = max(lebar[i], len(_sel(b.get(k.kunci), k.jenis)))
    return sum(lebar) + 3 * len(lebar) + 1


def ke_terminal(laporan: Laporan, console=None) -> None:
    from rich.console import Console

    c = console or Console()
    c.print(teks(laporan.judul), style="bold")
    nama = laporan.identitas.get("nama")
    if nama:
        c.print(teks(nama))
    if laporan.periode:
        c.print(teks(laporan.periode))
    for t in laporan.tabel:
        if len(t.baris) > BARIS_RICH or _lebar_alami(t) > c.width:
            c.print(_teks_tabel(t), markup=False, highlight=False, soft_wrap=True)
        else:
            c.print(rich_tabel(t))
    for n in laporan.catatan:
        c.print(teks(n))


def ke_teks(laporan: Laporan) -> str:
    from rich.console import Console

    c = Console(file=io.StringIO(), width=120, color_system=None)
    ke_terminal(laporan, c)
    return c.file.getvalue()
