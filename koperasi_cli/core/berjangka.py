"""Simpanan berjangka (members' time deposits): the calendar and the arithmetic, no I/O.

A deposit of P at an annual rate R for n months earns P x R / 12 on each monthly anniversary of
its placement: the same day of the month, or the month's last day when the month is shorter
(placed on 31 January: 28/29 February, 31 March, 30 April, ...). The n-th anniversary is the
maturity date. Interest is rounded half up to the rupiah (docs/aturan.md, Member savings).
"""

from __future__ import annotations

import calendar
from datetime import date
from decimal import Decimal

from koperasi_cli.core.tanggal import Bulan
from koperasi_cli.core.uang import bulatkan


def ulang_bulan(tanggal: date, k: int) -> date:
    """The k-th monthly anniversary of `tanggal` (the month's last day when it is shorter)."""
    m = tanggal.month - 1 + k
    th, bl = tanggal.year + m // 12, m % 12 + 1
    return date(th, bl, min(tanggal.day, calendar.monthrange(th, bl)[1]))


def jatuh_tempo(tanggal: date, jangka: int) -> date:
    return ulang_bulan(tanggal, jangka)


def bunga_bulanan(pokok: int, bunga_tahunan: Decimal) -> int:
    """One anniversary's interest: P x R / 12, R in percent a year, half up to the rupiah."""
    return bulatkan(Decimal(pokok) * bunga_tahunan / Decimal(1200))


def ulang_dalam_bulan(tanggal: date, jangka: int, bulan: Bulan) -> list[tuple[int, date]]:
    """The anniversaries (number k, date) of a deposit that fall in `bulan` (at most one)."""
    k = (bulan.tahun - tanggal.year) * 12 + bulan.bulan - tanggal.month
    if 1 <= k <= jangka:
        return [(k, ulang_bulan(tanggal, k))]
    return []


def ulang_sampai(tanggal: date, jangka: int, per: date) -> int:
    """How many anniversaries have passed by `per` (inclusive)."""
    n = 0
    for k in range(1, jangka + 1):
        if ulang_bulan(tanggal, k) <= per:
            n = k
        else:
            break
    return n
