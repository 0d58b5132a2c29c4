"""A report is data: a title, a period, the cooperative's identity, tables of rows with
integer amounts, and the JSON shape CLI.md promises. Renderers turn the same object into a
terminal table, CSV, JSON or an xlsx sheet, so every format shows the same numbers."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Kolom:
    kunci: str
    judul: str
    jenis: str = "teks"  # teks | uang | angka


@dataclass(frozen=True)
class Grafik:
    """A chart of a table's columns, drawn natively by the workbook renderer (other renderers
    ignore it): `seri` are column keys plotted against the `sumbu_x` column, one point per row."""

    judul: str
    jenis: str  # garis (line) | batang (bar)
    sumbu_x: str
    seri: list[str]
    judul_sumbu_y: str = ""
    juta: bool = False  # rupiah axis shown in millions
    bertumpuk: bool = False  # bars stacked (parts of a whole), else side by side


@dataclass
class Tabel:
    judul: str | None
    kolom: list[Kolom]
    baris: list[dict]
    total: dict | None = None  # a totals row, keyed like the rows
    nama_lembar: str | None = None  # sheet name in a workbook (Indonesian)
    grafik: list[Grafik] = field(default_factory=list)  # charts under the table in a workbook


@dataclass
class Laporan:
    judul: str
    periode: str
    identitas: dict
    tabel: list[Tabel]
    data: dict  # the JSON form (CLI.md shapes)
    catatan: list[str] = field(default_factory=list)


def identitas_dari(profil) -> dict:
    p = profil.identitas
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in p.items() if v not in (None, "")}
