"""Renderers for report objects: terminal (rich), CSV and JSON."""

from __future__ import annotations

import csv
import io
from contextvars import ContextVar

import orjson

from koperasi_cli.core.uang import format_angka, format_persen, format_rupiah
from koperasi_cli.i18n import pilih
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


# --bagian [--section]: the one section of a report to show or write (the CLI sets it).
BAGIAN: ContextVar[str | None] = ContextVar("bagian", default=None)


def bagian_tabel(laporan: Laporan) -> list[tuple[str, object]]:
    """The report's tables as sections, each with its key (snake_case, from the Indonesian sheet
    name: the same in every language): [("pinjaman", t1), ("kolektibilitas", t2)]."""
    from koperasi_cli.reports.model import kunci_tabel

    hasil, dipakai = [], set()
    for i, t in enumerate(laporan.tabel):
        k = kunci_tabel(t, i)
        if k in dipakai:
            k = f"{k}_{i + 1}"
        dipakai.add(k)
        hasil.append((k, t))
    return hasil


def pilih_bagian(laporan: Laporan, nama: str) -> Laporan:
    """The report with only the section `nama` (written as the key, with hyphens or as the
    sheet's name: 'posisi_keuangan', 'posisi-keuangan', 'Posisi Keuangan'); refused when no
    section has that name, listing the names there are."""
    from dataclasses import replace

    from koperasi_cli.core.galat import PEMAKAIAN, Galat
    from koperasi_cli.reports.model import kunci

    semua = bagian_tabel(laporan)
    cocok = [t for k, t in semua if k == kunci(nama)]
    if not cocok:
        raise Galat("bagian_tidak_ada", keluar=PEMAKAIAN, bagian=nama, sah=", ".join(k.replace("_", "-") for k, _ in semua))
    return replace(laporan, tabel=cocok)


# Columns whose cells are stored values (a status, a band, a savings kind): shown by their label
# in the reader's language (`i18n.nama.label`: "aktif" -> "active" in English). JSON keeps the
# stored value; the column keys (CSV headers) stay as they are.
KOLOM_LABEL = frozenset({
    "status", "kolektibilitas", "jenis_kelamin", "golongan", "jenis", "kategori", "kelas", "metode", "jabatan",
    "kolom", "predikat", "simpanan", "kelompok_akun", "normal",
})


def nilai_sel(baris: dict, kolom):
    """A row's cell as shown: a stored value in a label column (or a word in a number column,
    a band in a totals row) by its label in the reader's language."""
    nilai = baris.get(kolom.kunci)
    if isinstance(nilai, str) and (kolom.kunci in KOLOM_LABEL or kolom.jenis != "teks"):
        from koperasi_cli.i18n.nama import label

        return label(nilai)
    return nilai


def tabel_csv(t) -> str:
    """One table as plain CSV: one header row (the column keys), the rows, the totals row;
    amounts as plain integers."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([k.kunci for k in t.kolom])
    for b in t.baris + ([t.total] if t.total else []):
        w.writerow([aman_teks(nilai_sel(b, k)) if b.get(k.kunci) is not None else "" for k in t.kolom])
    return buf.getvalue()


def ke_csv(laporan: Laporan) -> str:
    """One block per table: a header row, the rows, the totals row; amounts as plain integers.
    (The commands write a report of several tables as one plain CSV per section instead.)"""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for i, t in enumerate(laporan.tabel):
        if i:
            w.writerow([])
        if len(laporan.tabel) > 1 and t.judul:
            w.writerow([aman_teks(t.judul)])
        w.writerow([k.kunci for k in t.kolom])
        for b in t.baris + ([t.total] if t.total else []):
            w.writerow([aman_teks(nilai_sel(b, k)) if b.get(k.kunci) is not None else "" for k in t.kolom])
    return buf.getvalue()


def _sel(nilai, jenis: str) -> str:
    if nilai is None:
        return ""
    if isinstance(nilai, bool):  # a yes/no column, in words of the reader's language
        return pilih("ya", "yes") if nilai else pilih("tidak", "no")
    if jenis == "uang" and isinstance(nilai, int):
        return format_rupiah(nilai)
    if jenis == "angka" and isinstance(nilai, int):
        return format_angka(nilai)
    if jenis == "persen" and isinstance(nilai, int):
        return format_persen(nilai, bp=True)
    if jenis == "persen_nilai" and nilai != "":  # a rate as its percent ("6.5"), not basis points
        try:
            return format_persen(nilai)
        except ArithmeticError:
            return str(nilai)
    return str(nilai)


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
    tab.columns[1].overflow = "fold"  # a long value (the anchor's hash) wraps whole, never "…"
    (console or Console()).print(tab)


_KANAN = ("uang", "angka", "persen", "persen_nilai")

# --lebar [--wide]: the terminal shows every column (the CLI sets it for one command).
LEBAR: ContextVar[bool] = ContextVar("lebar", default=False)


def kolom_tampil(t, lebar: bool = False) -> list:
    """The columns a terminal shows: every one with --lebar, else all but the detail ones."""
    return list(t.kolom) if lebar else [k for k in t.kolom if not k.rinci]


def rich_tabel(t, kolom=None):
    """A report table as a rich table (money and numbers right-aligned, totals as its footer;
    `kolom`: the columns to show, all by default)."""
    kolom = kolom or t.kolom
    tab = tabel_rich(
        judul=t.judul, title_justify="left",
        kolom=[(k.judul, "right" if k.jenis in _KANAN else "left") for k in kolom],
        baris=[[_sel(nilai_sel(b, k), k.jenis) for k in kolom] for b in t.baris],
        footer=[_sel(nilai_sel(t.total, k), k.jenis) for k in kolom] if t.total is not None else None,
    )
    for k, c in zip(kolom, tab.columns):
        if k.jenis in _KANAN:  # a figure is never cut short nor broken over two lines
            c.no_wrap = True
            c.overflow = "fold"
    return tab


# Above this many rows a table is laid out as plain text: rich measures every cell, which takes
# a second for 300 loans and seconds for a list of 2,000 members.
BARIS_RICH = 100
JARAK = 2  # spaces between the columns of a plain-text table
MIN_TEKS = 8  # a text column is narrowed to no less than this (its words wrap)
KATA_MAKS = 14  # ... nor below its longest word, up to this many characters


def _isi(t, kolom) -> list[list[str]]:
    semua = [[k.judul for k in kolom]]
    semua += [[_sel(nilai_sel(b, k), k.jenis) for k in kolom] for b in t.baris]
    if t.total:
        semua.append([_sel(nilai_sel(t.total, k), k.jenis) for k in kolom])
    return semua


def lebar_muat(kolom, semua, maks: int | None) -> list[int]:
    """Column widths for a plain-text table at most `maks` characters wide: every column as wide
    as its widest cell, then, while the line is too long, the widest text column loses a
    character (down to MIN_TEKS; its cells wrap onto more lines), and last the headings of the
    figures wrap. A figure keeps its whole width: no number is ever cut."""
    alami = [max(len(r[i]) for r in semua) for i in range(len(kolom))]
    if maks is None:
        return alami
    isi = [max((len(r[i]) for r in semua[1:]), default=0) for i in range(len(kolom))]
    kata = [max((len(w) for w in k.judul.split()), default=0) for k in kolom]
    # a text column keeps its longest word whole (a date, an id, "Kolektibilitas") up to KATA_MAKS
    utuh = [max((len(w) for r in semua for w in r[i].split()), default=0) for i in range(len(kolom))]
    lantai = [max(isi[i], min(kata[i], alami[i])) if k.jenis in _KANAN
              else min(alami[i], max(MIN_TEKS, min(utuh[i], KATA_MAKS)))
              for i, k in enumerate(kolom)]
    lebar = list(alami)
    lebih = sum(lebar) + JARAK * (len(lebar) - 1) - maks
    # then, if still too wide, text columns break long words down to MIN_TEKS
    lantai_akhir = [lantai[i] if k.jenis in _KANAN else min(alami[i], MIN_TEKS) for i, k in enumerate(kolom)]
    for batas in (lantai, lantai_akhir):
        while lebih > 0:
            teks_ = [i for i, k in enumerate(kolom) if k.jenis not in _KANAN and lebar[i] > batas[i]]
            calon = teks_ or [i for i in range(len(kolom)) if lebar[i] > batas[i]]
            if not calon:
                break
            i = max(calon, key=lambda j: lebar[j])
            lebar[i] -= 1
            lebih -= 1
    return lebar


def _bungkus(s: str, w: int) -> list[str]:
    if len(s) <= w:
        return [s]
    import textwrap

    return textwrap.wrap(s, w, break_long_words=True, break_on_hyphens=False) or [""]


def _teks_tabel(t, kolom=None, maks: int | None = None) -> str:
    """A table as aligned plain text: header, rule, rows, rule, totals; with `maks`, text cells
    wrap so that no line is longer (figures never wrap nor shrink)."""
    kolom = kolom or t.kolom
    semua = _isi(t, kolom)
    lebar = lebar_muat(kolom, semua, maks)
    kanan = [k.jenis in _KANAN for k in kolom]

    def baris(r, judul=False):
        sel = [_bungkus(s, w) for s, w in zip(r, lebar)]
        tinggi = max(len(x) for x in sel)
        # headings sit on their last line (above the figures), cells start on the first
        sel = [([""] * (tinggi - len(x)) + x) if judul else (x + [""] * (tinggi - len(x))) for x in sel]
        return "\n".join(
            "  ".join(s.rjust(w) if ka else s.ljust(w) for s, w, ka in zip(bar, lebar, kanan)).rstrip()
            for bar in zip(*sel))

    garis = "  ".join("-" * w for w in lebar)
    keluar = (_bungkus(t.judul, maks) if t.judul and maks else [t.judul] if t.judul else []) + [baris(semua[0], True), garis]
    keluar += [baris(r) for r in semua[1:len(semua) - (1 if t.total else 0)]]
    if t.total:
        keluar += [garis, baris(semua[-1])]
    return "\n".join(keluar)


def _lebar_alami(t, kolom=None) -> int:
    """The width of the table's widest line with every cell whole (a rich table frames each
    column with 3 characters)."""
    kolom = kolom or t.kolom
    lebar = [len(k.judul) for k in kolom]
    for b in [*t.baris, t.total or {}]:
        for i, k in enumerate(kolom):
            lebar[i] = max(lebar[i], len(_sel(nilai_sel(b, k), k.jenis)))
    return sum(lebar) + 3 * len(lebar) + 1


def cetak_tabel(c, t, lebar: bool | None = None) -> None:
    """One table on a console. A framed rich table when it fits whole; else plain text, which
    (unless --lebar) wraps its text cells to the console's width; with --lebar every column
    shows and a wide table's lines run on. A figure is never cut ("19.8…") nor wrapped."""
    lebar = LEBAR.get() if lebar is None else lebar
    kolom = kolom_tampil(t, lebar)
    if len(t.baris) <= BARIS_RICH and _lebar_alami(t, kolom) <= c.width:
        c.print(rich_tabel(t, kolom))
    else:
        c.print(_teks_tabel(t, kolom, None if lebar else c.width), markup=False, highlight=False, soft_wrap=True)


def ke_terminal(laporan: Laporan, console=None, lebar: bool | None = None) -> None:
    from rich.console import Console

    c = console or Console()
    c.print(teks(laporan.judul), style="bold")
    nama = laporan.identitas.get("nama")
    if nama:
        c.print(teks(nama))
    if laporan.periode:
        c.print(teks(laporan.periode))
    for t in laporan.tabel:
        cetak_tabel(c, t, lebar)
    for n in laporan.catatan:
        c.print(teks(n))


def ke_teks(laporan: Laporan) -> str:
    from rich.console import Console

    c = Console(file=io.StringIO(), width=120, color_system=None)
    ke_terminal(laporan, c)
    return c.file.getvalue()
