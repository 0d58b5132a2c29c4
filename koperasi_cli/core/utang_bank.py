"""The bank loan (Himbara, PMK 49/2025): its schedule, the state at a date and the split into the
part due within twelve months and the rest (docs/aturan.md, docs/aturan/utang-bank.md).

Pure domain code. Money is int rupiah; the rate is `Decimal` percent per YEAR (the bank's
terms); the monthly rate is i = r / 12 / 100.

Schedule (P drawn, n months of tenor counting g months of grace):
    installments 1..g      interest only: round(P * i), principal 0
    installments g+1..n    annuity over n - g months: A = P*i / (1 - (1+i)^-(n-g)),
                           interest round(outstanding * i), principal A - interest,
                           the last one takes what is left (principal sums to P exactly).
Installment k falls due on the configured day of the k-th month after the drawdown (clamped to
the month's end); a Saturday or Sunday moves it to the next Monday.

A schedule is a list of rows `[due date ISO, principal, interest]`. The state at a date is
computed from cumulative sums: what was paid (interest and principal, in total) against what
the rows ask for, oldest first. So the same functions serve the computed schedule and one the
bank handed over (`impor-jadwal`).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from decimal import Decimal

from koperasi_cli.core.galat import Galat
from koperasi_cli.core.pinjaman import angsuran_anuitas
from koperasi_cli.core.uang import bulatkan

DUA_BELAS = Decimal(12)
SERATUS = Decimal(100)


def bunga_bulanan(bunga_tahunan: Decimal) -> Decimal:
    """The monthly rate as a fraction: 6 % a year -> 0.005."""
    return Decimal(bunga_tahunan) / DUA_BELAS / SERATUS


def hari_kerja(d: date) -> date:
    """The date itself on a weekday; Saturday and Sunday move to the next Monday."""
    wd = d.weekday()
    return d + timedelta(days=7 - wd) if wd >= 5 else d


def jatuh_tempo(mulai: date, k: int, hari: int) -> date:
    """Installment k's due date: day `hari` of the k-th month after `mulai`, clamped to the
    month's last day, moved to the next working day when it is a Saturday or Sunday."""
    bulan = mulai.month - 1 + k
    th, bl = mulai.year + bulan // 12, bulan % 12 + 1
    return hari_kerja(date(th, bl, min(hari, calendar.monthrange(th, bl)[1])))


def hitung_jadwal(pokok: int, bunga_tahunan: Decimal, tenor: int, tenggang: int, mulai: date,
                  hari: int = 12) -> list[list]:
    """The computed schedule: rows [due date ISO, principal, interest] (see the module's doc)."""
    if pokok <= 0:
        raise Galat("jumlah_nol", nilai=str(pokok))
    if not isinstance(tenor, int) or tenor < 1:
        raise Galat("ub_tenor_tidak_sah", nilai=str(tenor))
    if not isinstance(tenggang, int) or not 0 <= tenggang < tenor:
        raise Galat("ub_tenggang_tidak_sah", nilai=str(tenggang), tenor=tenor)
    if not isinstance(hari, int) or not 1 <= hari <= 31:
        raise Galat("ub_hari_tidak_sah", nilai=str(hari))
    i = bunga_bulanan(bunga_tahunan)
    n_anuitas = tenor - tenggang
    a = angsuran_anuitas(pokok, i, n_anuitas)
    sisa = pokok
    baris = []
    for k in range(1, tenor + 1):
        bunga = bulatkan(Decimal(sisa) * i)
        if k <= tenggang:
            p = 0
        elif k == tenor:
            p = sisa
        else:
            p = min(max(a - bunga, 0), sisa)
        sisa -= p
        baris.append([jatuh_tempo(mulai, k, hari).isoformat(), p, bunga])
    return baris


def ke_angsuran(jadwal: list[list], pokok: int) -> list[dict]:
    """The schedule as docs/kontrak.md's rows: ke, tanggal, pokok, bunga, jumlah, sisa_pokok."""
    sisa = pokok
    hasil = []
    for k, (tgl, p, b) in enumerate(jadwal, 1):
        sisa -= p
        hasil.append({"ke": k, "tanggal": tgl, "pokok": p, "bunga": b, "jumlah": p + b, "sisa_pokok": sisa})
    return hasil


def jatuh_sampai(jadwal: list[list], per: date) -> tuple[int, int]:
    """(principal, interest) of the rows due on or before `per`."""
    s = per.isoformat()
    p = b = 0
    for tgl, pk, bg in jadwal:
        if tgl > s:
            break
        p += pk
        b += bg
    return p, b


def bagian_lancar(jadwal: list[list], pokok: int, dibayar_pokok: int, per: date) -> int:
    """The principal due within twelve months of `per` (what is overdue included): the rows due
    by per + 12 months, less the principal already paid; never more than what is outstanding."""
    from koperasi_cli.core.pinjaman import tambah_bulan

    jatuh, _ = jatuh_sampai(jadwal, tambah_bulan(per, 12))
    sisa = pokok - dibayar_pokok
    return max(0, min(jatuh - dibayar_pokok, sisa))


def tunggakan(jadwal: list[list], dibayar_pokok: int, dibayar_bunga: int, per: date) -> dict:
    """What is past due (due before `per`) and unpaid: principal, interest, how many installments
    and the days since the oldest one fell due. Payments cover the rows oldest first."""
    s = per.isoformat()
    cp = cb = 0
    n = 0
    tertua = None
    pokok = bunga = 0
    for tgl, pk, bg in jadwal:
        if tgl >= s:
            break
        cp += pk
        cb += bg
        if cp > dibayar_pokok or cb > dibayar_bunga:
            n += 1
            tertua = tertua or tgl
    if n:
        pokok = max(0, cp - dibayar_pokok)
        bunga = max(0, cb - dibayar_bunga)
    hari = (per - date.fromisoformat(tertua)).days if tertua else 0
    return {"pokok": pokok, "bunga": bunga, "angsuran": n, "hari": hari}


def alokasi_bayar(jadwal: list[list], dibayar_pokok: int, dibayar_bunga: int, jumlah: int, per: date) -> tuple[int, int]:
    """Split a payment into (interest, principal): first the interest due by `per`, then the
    principal due by it, then the later installments in order, each interest then principal.
    Refused when the payment is more than all that is left to pay."""
    p_jatuh, b_jatuh = jatuh_sampai(jadwal, per)
    total_p = sum(r[1] for r in jadwal)
    total_b = sum(r[2] for r in jadwal)
    sisa_semua = (total_p - dibayar_pokok) + (total_b - dibayar_bunga)
    if jumlah > sisa_semua:
        raise Galat("ub_bayar_lebih", jumlah=jumlah, sisa=sisa_semua)
    sisa = jumlah
    bunga = min(sisa, max(0, b_jatuh - dibayar_bunga))
    sisa -= bunga
    pokok = min(sisa, max(0, p_jatuh - dibayar_pokok))
    sisa -= pokok
    cp, cb = p_jatuh, b_jatuh
    s = per.isoformat()
    for tgl, pk, bg in jadwal:
        if sisa <= 0:
            break
        if tgl <= s:
            continue
        cb += bg
        x = min(sisa, max(0, cb - dibayar_bunga - bunga))
        bunga += x
        sisa -= x
        cp += pk
        y = min(sisa, max(0, cp - dibayar_pokok - pokok))
        pokok += y
        sisa -= y
    return bunga, pokok


def bunga_akrual(jadwal: list[list], mulai: date, per: date) -> int:
    """Interest accrued from the drawdown to the end of `per`: each installment's interest spread
    over the days from the previous due date (the drawdown for the first) to its own due date."""
    total = Decimal(0)
    awal = mulai
    for tgl, _, bg in jadwal:
        akhir = date.fromisoformat(tgl)
        if per >= akhir:
            total += bg
        elif per > awal:
            total += Decimal(bg) * (per - awal).days / max(1, (akhir - awal).days)
            break
        else:
            break
        awal = akhir
    return bulatkan(total)


def gabung_jadwal_bank(jadwal: list[list], dibayar_pokok: int, dibayar_bunga: int,
                       baru: list[list]) -> list[list]:
    """The schedule after the bank's own replaces it: the part already paid (the old rows covered
    by the payments, oldest first, the last one cut to what was paid) followed by the bank's rows."""
    tetap = []
    sp, sb = dibayar_pokok, dibayar_bunga
    for tgl, pk, bg in jadwal:
        if sp <= 0 and sb <= 0:
            break
        p, b = min(pk, sp), min(bg, sb)
        sp -= p
        sb -= b
        if p or b:
            tetap.append([tgl, p, b])
    if sb > 0 and tetap:  # interest paid beyond the old rows' (paid early): kept on the last row
        tetap[-1][2] += sb
    akhir_tetap = tetap[-1][0] if tetap else ""
    if baru and baru[0][0] <= akhir_tetap:
        raise Galat("ub_impor_tanggal_lama", tanggal=baru[0][0], terakhir=akhir_tetap)
    return tetap + [list(r) for r in baru]
