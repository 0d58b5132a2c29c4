"""Dates, months and years as users type them; periods as (first day, last day).

Dates are the cooperative's local dates: `hari_ini` is passed in by the caller, who knows
the cooperative's time zone.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from koperasi_cli.core.galat import Galat

BULAN_ID = [
    "januari", "februari", "maret", "april", "mei", "juni",
    "juli", "agustus", "september", "oktober", "november", "desember",
]
BULAN_EN = [
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
]
_SINGKAT = {n[:3]: i + 1 for i, n in enumerate(BULAN_ID)} | {n[:3]: i + 1 for i, n in enumerate(BULAN_EN)}
_NAMA = {n: i + 1 for i, n in enumerate(BULAN_ID)} | {n: i + 1 for i, n in enumerate(BULAN_EN)}
_NAMA |= {"agu": 8, "agt": 8, "okt": 10, "des": 12, "nop": 11, "peb": 2}


def _buat_tanggal(th: int, bl: int, hr: int, asli: str) -> date:
    try:
        return date(th, bl, hr)
    except ValueError:
        raise Galat("tanggal_tidak_sah", nilai=asli) from None


def parse_tanggal(teks: str, hari_ini: date) -> date:
    """`2025-10-20`, `20/10/2025` (day first), `hari-ini`, `kemarin`."""
    asli = str(teks)
    s = asli.strip().lower()
    if s in ("hari-ini", "hari ini", "today"):
        return hari_ini
    if s in ("kemarin", "yesterday"):
        return hari_ini - timedelta(days=1)
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s):
        return _buat_tanggal(int(m[1]), int(m[2]), int(m[3]), asli)
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", s):
        return _buat_tanggal(int(m[3]), int(m[2]), int(m[1]), asli)
    raise Galat("tanggal_tidak_sah", nilai=asli)


@dataclass(frozen=True, order=True)
class Bulan:
    """A calendar month, e.g. Bulan(2025, 10); str() is '2025-10' (the shard name)."""

    tahun: int
    bulan: int

    def __str__(self) -> str:
        return f"{self.tahun:04d}-{self.bulan:02d}"

    @classmethod
    def dari_str(cls, s: str) -> "Bulan":
        th, bl = s.split("-")
        return cls(int(th), int(bl))

    @classmethod
    def dari_tanggal(cls, d: date) -> "Bulan":
        return cls(d.year, d.month)

    @property
    def awal(self) -> date:
        return date(self.tahun, self.bulan, 1)

    @property
    def akhir(self) -> date:
        return date(self.tahun, self.bulan, calendar.monthrange(self.tahun, self.bulan)[1])

    def berikut(self) -> "Bulan":
        return Bulan(self.tahun + (self.bulan == 12), self.bulan % 12 + 1)

    def sebelum(self) -> "Bulan":
        return Bulan(self.tahun - (self.bulan == 1), (self.bulan - 2) % 12 + 1)

    def nama(self, bahasa: str = "id") -> str:
        daftar = BULAN_ID if bahasa == "id" else BULAN_EN
        return f"{daftar[self.bulan - 1].capitalize()} {self.tahun}"


def parse_bulan(teks: str, hari_ini: date | None = None) -> Bulan:
    """`2025-10`, `10/2025`, `Oktober 2025` (also `Okt 2025`, `October 2025`)."""
    asli = str(teks)
    s = asli.strip().lower()
    if hari_ini is not None and s in ("bulan-ini", "bulan ini", "this-month"):
        return Bulan.dari_tanggal(hari_ini)
    bl = th = None
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})", s):
        th, bl = int(m[1]), int(m[2])
    elif m := re.fullmatch(r"(\d{1,2})/(\d{4})", s):
        bl, th = int(m[1]), int(m[2])
    elif m := re.fullmatch(r"([a-z]+)\.?\s+(\d{4})", s):
        bl = _NAMA.get(m[1]) or (_SINGKAT.get(m[1]) if len(m[1]) == 3 else None)
        th = int(m[2])
    if bl is None or th is None or not 1 <= bl <= 12 or not 1900 <= th <= 2999:
        raise Galat("bulan_tidak_sah", nilai=asli)
    return Bulan(th, bl)


def parse_tahun(teks: str) -> int:
    s = str(teks).strip()
    if not re.fullmatch(r"\d{4}", s) or not 1900 <= int(s) <= 2999:
        raise Galat("tahun_tidak_sah", nilai=str(teks))
    return int(s)


@dataclass(frozen=True)
class Periode:
    """A reporting period: a month or a year, as first and last day."""

    awal: date
    akhir: date
    label: str

    def __contains__(self, d: date) -> bool:
        return self.awal <= d <= self.akhir


def parse_periode(teks: str) -> Periode:
    """A month (`2025-10`, `10/2025`, `Oktober 2025`) or a year (`2025`)."""
    s = str(teks).strip()
    if re.fullmatch(r"\d{4}", s):
        th = parse_tahun(s)
        return Periode(date(th, 1, 1), date(th, 12, 31), str(th))
    try:
        b = parse_bulan(s)
    except Galat:
        raise Galat("periode_tidak_sah", nilai=str(teks)) from None
    return Periode(b.awal, b.akhir, str(b))
