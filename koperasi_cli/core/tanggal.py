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
from koperasi_cli.core.masukan import MAKS_ANGKA, cek_digit

# The years a date may have: far around any cooperative's books, and clear of the ends of the
# calendar (a report on 9999-12-31 would step past the last date Python knows).
TAHUN_MIN, TAHUN_MAKS = 1900, 2999

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
        d = date(th, bl, hr)
    except ValueError:
        raise Galat("tanggal_tidak_sah", nilai=asli) from None
    cek_jangkauan(d)
    return d


def cek_jangkauan(d: date) -> date:
    """Refuse a date outside the years the books can hold (TAHUN_MIN..TAHUN_MAKS)."""
    if not TAHUN_MIN <= d.year <= TAHUN_MAKS:
        raise Galat("tanggal_di_luar_jangkauan", tanggal=d.isoformat())
    return d


def cek_bukan_depan(d: date, hari_ini: date) -> date:
    """A recording's date: refused when after today (in the cooperative's time zone)."""
    if d > hari_ini:
        raise Galat("tanggal_depan", tanggal=d.isoformat(), hari_ini=hari_ini.isoformat())
    return d


def parse_tanggal(teks: str, hari_ini: date) -> date:
    """`2025-10-20`, `20/10/2025` (day first), `hari-ini`, `kemarin`."""
    asli = str(teks)[:MAKS_ANGKA]
    s = str(teks).strip().lower()
    cek_digit(s, nilai=asli)
    if s in ("hari-ini", "hari ini", "today"):
        return hari_ini
    if s in ("kemarin", "yesterday"):
        return hari_ini - timedelta(days=1)
    if m := re.fullmatch(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})", s):
        return _buat_tanggal(int(m[1]), int(m[2]), int(m[3]), asli)
    if m := re.fullmatch(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})", s):
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
    asli = str(teks)[:MAKS_ANGKA]
    s = str(teks).strip().lower()
    cek_digit(s, nilai=asli)
    if hari_ini is not None and s in ("bulan-ini", "bulan ini", "this-month"):
        return Bulan.dari_tanggal(hari_ini)
    bl = th = None
    if m := re.fullmatch(r"([0-9]{4})-([0-9]{1,2})", s):
        th, bl = int(m[1]), int(m[2])
    elif m := re.fullmatch(r"([0-9]{1,2})/([0-9]{4})", s):
        bl, th = int(m[1]), int(m[2])
    elif m := re.fullmatch(r"([a-z]+)\.?\s+([0-9]{4})", s):
        bl = _NAMA.get(m[1]) or (_SINGKAT.get(m[1]) if len(m[1]) == 3 else None)
        th = int(m[2])
    if bl is None or th is None or not 1 <= bl <= 12 or not TAHUN_MIN <= th <= TAHUN_MAKS:
        raise Galat("bulan_tidak_sah", nilai=asli)
    return Bulan(th, bl)


def parse_tahun(teks: str) -> int:
    s = str(teks).strip()
    cek_digit(s, nilai=s[:MAKS_ANGKA])
    if not re.fullmatch(r"[0-9]{4}", s) or not TAHUN_MIN <= int(s) <= TAHUN_MAKS:
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
    cek_digit(s, nilai=s[:MAKS_ANGKA])
    if re.fullmatch(r"[0-9]{4}", s):
        th = parse_tahun(s)
        return Periode(date(th, 1, 1), date(th, 12, 31), str(th))
    try:
        b = parse_bulan(s)
    except Galat:
        raise Galat("periode_tidak_sah", nilai=str(teks)) from None
    return Periode(b.awal, b.akhir, str(b))
