"""Rentals (sewa) and services (jasa): the billing arithmetic, pure.

- A daily rental is billed per started day: days = end - start (a return on the start day
  counts one day). 10 days at Rp 15.000 = Rp 150.000.
- A monthly rental is billed per started month counted from the start date: from 1 September,
  the first month runs to 30 September, the second from 1 October; ending on 1 November after
  two whole months bills 2 months, ending on 2 November bills 3.
- Receivables age in days from the day they were billed.
"""

from __future__ import annotations

import re
from datetime import date

from koperasi_cli.core.galat import Galat

BASIS = ("harian", "bulanan")
_POLA_KODE = re.compile(r"^[A-Z0-9][A-Z0-9._-]{0,23}$")


def normal_kode(teks: str, kunci: str = "kode_sewa_tidak_sah") -> str:
    s = str(teks).strip().upper()
    if not _POLA_KODE.match(s):
        raise Galat(kunci, nilai=str(teks))
    return s


def tambah_bulan(d: date, n: int) -> date:
    """The same day n months later (the month's last day when it is shorter)."""
    import calendar

    m = d.month - 1 + n
    th, bl = d.year + m // 12, m % 12 + 1
    return date(th, bl, min(d.day, calendar.monthrange(th, bl)[1]))


def jumlah_hari(mulai: date, selesai: date) -> int:
    if selesai < mulai:
        raise Galat("sewa_selesai_sebelum_mulai", mulai=mulai.isoformat(), selesai=selesai.isoformat())
    return max(1, (selesai - mulai).days)


def jumlah_bulan(mulai: date, selesai: date) -> int:
    """Started months from `mulai` to `selesai` (at least 1)."""
    if selesai < mulai:
        raise Galat("sewa_selesai_sebelum_mulai", mulai=mulai.isoformat(), selesai=selesai.isoformat())
    n = 0
    while tambah_bulan(mulai, n) < selesai:
        n += 1
    return max(1, n)


def tagihan(basis: str, tarif: int, mulai: date, selesai: date, sudah_bulan: int = 0) -> tuple[int, int]:
    """(units billed now, amount): days at the daily tariff, or the months not yet billed."""
    if basis == "harian":
        n = jumlah_hari(mulai, selesai)
        return n, n * tarif
    n = max(0, jumlah_bulan(mulai, selesai) - sudah_bulan)
    return n, n * tarif


def penyelesaian(tagihan_: int, deposit: int, piutang_lama: int, *, potong: bool = True, kredit: bool = False) -> dict:
    """How ending a rental settles: the deposit is set off against the bill and what the
    rental still owes (unless `potong` is false), the rest of it is returned; what remains
    owed is paid in cash or stays a receivable (`kredit`).
    Returns {potong, kembali, sisa, kas, piutang_baru}: `kas` is cash in (negative: out),
    `piutang_baru` the change of the receivable."""
    utang = tagihan_ + piutang_lama
    dipotong = min(deposit, utang) if potong else 0
    kembali = deposit - dipotong
    sisa = utang - dipotong
    piutang_akhir = sisa if kredit else 0
    kas = (0 if kredit else sisa) - kembali
    return {"potong": dipotong, "kembali": kembali, "sisa": sisa, "kas": kas, "piutang_baru": piutang_akhir - piutang_lama}
