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


@dataclass
class Tabel:
    judul: str | None
    kolom: list[Kolom]
    baris: list[dict]
    total: dict | None = None  # a totals row, keyed like the rows
    nama_lembar: str | None = None  # sheet name in a workbook (Indonesian)


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
