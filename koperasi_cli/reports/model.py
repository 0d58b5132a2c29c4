"""A report is data: a title, a period, the cooperative's identity, tables of rows with
integer amounts, and the JSON shape docs/kontrak.md promises. Renderers turn the same object into a
terminal table, CSV, JSON or an xlsx sheet, so every format shows the same numbers."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Kolom:
    kunci: str
    judul: str
    jenis: str = "teks"  # teks | uang | angka | persen (basis points) | persen_nilai (a percent: "6.5")
    # A detail column: in JSON, CSV and the workbook always, on the terminal only with --lebar
    # [--wide] (a report's everyday table fits 80 columns without it).
    rinci: bool = False


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
    data: dict  # the JSON form (docs/kontrak.md shapes)
    catatan: list[str] = field(default_factory=list)


def kunci(teks: str) -> str:
    """A stable snake_case identifier from a heading: 'Posisi Keuangan' -> 'posisi_keuangan',
    'Anggota dan Non-anggota' -> 'anggota_dan_non_anggota'."""
    import re
    import unicodedata

    ascii_ = unicodedata.normalize("NFKD", teks).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_.lower()).strip("_") or "bagian"


def kunci_bagian(lap: "Laporan") -> str:
    """A report's key as a section of a larger one (the monthly report, the RAT package, the
    export): from its sheet name, which is Indonesian in every language, so the key is stable."""
    return kunci(lap.tabel[0].nama_lembar or lap.judul) if lap.tabel else kunci(lap.judul)


def kunci_tabel(t: "Tabel", i: int = 0) -> str:
    """A table's key as a section of a multi-section CSV (its sheet name, else its title)."""
    return kunci(t.nama_lembar or t.judul or f"bagian {i + 1}")


def identitas_dari(profil) -> dict:
    p = profil.identitas
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in p.items() if v not in (None, "")}


# ---- dates the way readers write them ---------------------------------------------------------
def _bhs(bahasa_: str | None) -> str:
    from koperasi_cli.i18n import bahasa

    return bahasa_ or bahasa()


def tanggal_teks(d, bahasa_: str | None = None) -> str:
    """30 November 2026 (Indonesian month names in Indonesian, English ones in English); a
    `date` or an ISO string; anything else unchanged."""
    from datetime import date

    from koperasi_cli.core.tanggal import BULAN_EN, BULAN_ID

    if isinstance(d, str):
        try:
            d = date.fromisoformat(d)
        except ValueError:
            return d
    nama = (BULAN_ID if _bhs(bahasa_) == "id" else BULAN_EN)[d.month - 1].capitalize()
    return f"{d.day} {nama} {d.year}"


def per_teks(d, bahasa_: str | None = None) -> str:
    """'Per 30 November 2026' / 'As of 30 November 2026'."""
    return ("Per " if _bhs(bahasa_) == "id" else "As of ") + tanggal_teks(d, bahasa_)


def label_periode(periode, bahasa_: str | None = None) -> str:
    """A period as a heading: 'November 2026' for a whole month, '2026' for a whole year,
    '1 Januari 2026 s.d. 15 Januari 2026' otherwise."""
    from koperasi_cli.core.tanggal import Bulan

    b_ = _bhs(bahasa_)
    awal, akhir = periode.awal, periode.akhir
    b = Bulan.dari_tanggal(awal)
    if awal == b.awal and akhir == b.akhir:
        return b.nama(b_)
    if (awal.month, awal.day, akhir.month, akhir.day) == (1, 1, 12, 31) and awal.year == akhir.year:
        return str(awal.year)
    return f"{tanggal_teks(awal, b_)} {'s.d.' if b_ == 'id' else 'to'} {tanggal_teks(akhir, b_)}"
