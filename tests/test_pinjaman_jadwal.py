"""Loan schedules: the docs/aturan.md worked examples to the rupiah, rounding, and anuitas against
numpy_financial."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import numpy_financial as npf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from koperasi_cli.core.galat import Galat
from koperasi_cli.core.pinjaman import hitung_jadwal, tambah_bulan

CAIR = date(2025, 10, 20)


def test_flat_contoh_domain():
    # P = 5.000.000, i = 1,5 %, n = 10: principal 5.000.000/10 = 500.000, interest 5.000.000 x 1,5 % = 75.000
    j = hitung_jadwal(5_000_000, Decimal("1.5"), 10, "flat", CAIR)
    assert [(b.pokok, b.jasa, b.jumlah) for b in j] == [(500_000, 75_000, 575_000)] * 10
    assert sum(b.jasa for b in j) == 750_000  # 10 x 75.000
    assert j[0].jatuh_tempo == date(2025, 11, 20) and j[-1].jatuh_tempo == date(2026, 8, 20)
    assert [b.sisa_pokok for b in j] == [5_000_000 - 500_000 * k for k in range(1, 11)]


def test_efektif_contoh_domain():
    # interest on the outstanding: 1,5 % x 5.000.000 = 75.000 falling by 1,5 % x 500.000 = 7.500 a month
    j = hitung_jadwal(5_000_000, Decimal("1.5"), 10, "efektif", CAIR)
    assert [b.jasa for b in j] == [75_000 - 7_500 * k for k in range(10)]
    assert j[0].jumlah == 575_000 and j[-1].jumlah == 507_500
    assert sum(b.jasa for b in j) == 412_500  # 7.500 x (10+9+...+1) = 7.500 x 55
    assert all(b.pokok == 500_000 for b in j)


def test_anuitas_contoh_domain():
    # A = 5.000.000 x 0,015 / (1 - 1,015^-10) = 542.171,0...; the last installment takes what is left
    j = hitung_jadwal(5_000_000, Decimal("1.5"), 10, "anuitas", CAIR)
    assert [b.jumlah for b in j[:9]] == [542_171] * 9
    # month 1: interest 75.000, principal 542.171 - 75.000 = 467.171; month 2: interest
    # 1,5 % x 4.532.829 = 67.992,4 -> 67.992, principal 474.179
    assert (j[0].jasa, j[0].pokok) == (75_000, 467_171)
    assert (j[1].jasa, j[1].pokok) == (67_992, 474_179)
    # the last: principal left 534.157, interest 1,5 % x 534.157 = 8.012,4 -> 8.012; 542.169
    assert (j[9].pokok, j[9].jasa, j[9].jumlah) == (534_157, 8_012, 542_169)
    assert sum(b.pokok for b in j) == 5_000_000
    assert sum(b.jasa for b in j) == 421_708  # 9 x 542.171 + 542.169 - 5.000.000


def test_pokok_terakhir_menyerap_pembulatan():
    # 1.000.000 / 3 = 333.333,33 -> 333.333 twice, the last 1.000.000 - 666.666 = 333.334
    j = hitung_jadwal(1_000_000, Decimal("1"), 3, "flat", CAIR)
    assert [b.pokok for b in j] == [333_333, 333_333, 333_334]
    assert [b.jasa for b in j] == [10_000] * 3
    # efektif: interest 1 % of 1.000.000, 666.667, 333.334 -> 10.000, 6.667 (6.666,67), 3.333 (3.333,34)
    j = hitung_jadwal(1_000_000, Decimal("1"), 3, "efektif", CAIR)
    assert [b.jasa for b in j] == [10_000, 6_667, 3_333]
    assert [b.pokok for b in j] == [333_333, 333_333, 333_334]


def test_kelipatan_pembulatan_ke_atas_selisih_ke_jasa():
    # flat 1.000.000 / 3 at 1 %: 343.333 and 343.334 rounded up to a multiple of 100: 343.400;
    # the surplus (67, 67, 66) becomes interest, principal is unchanged.
    j = hitung_jadwal(1_000_000, Decimal("1"), 3, "flat", CAIR, kelipatan=100)
    assert [b.jumlah for b in j] == [343_400] * 3
    assert [b.pokok for b in j] == [333_333, 333_333, 333_334]
    assert [b.jasa for b in j] == [10_067, 10_067, 10_066]
    # anuitas 5.000.000: 542.171 -> 542.200 (+29 interest), the last 542.169 -> 542.200 (+31)
    j = hitung_jadwal(5_000_000, Decimal("1.5"), 10, "anuitas", CAIR, kelipatan=100)
    assert all(b.jumlah == 542_200 for b in j)
    assert sum(b.pokok for b in j) == 5_000_000
    assert sum(b.jasa for b in j) == 421_708 + 9 * 29 + 31


def test_tambah_bulan_menjepit_akhir_bulan():
    assert tambah_bulan(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert tambah_bulan(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert tambah_bulan(date(2025, 1, 31), 2) == date(2025, 3, 31)
    assert tambah_bulan(date(2025, 11, 15), 3) == date(2026, 2, 15)
    j = hitung_jadwal(3_000_000, Decimal("1"), 3, "flat", date(2025, 1, 31))
    assert [b.jatuh_tempo for b in j] == [date(2025, 2, 28), date(2025, 3, 31), date(2025, 4, 30)]


def test_bunga_nol_dan_masukan_salah():
    j = hitung_jadwal(1_000_000, Decimal("0"), 4, "anuitas", CAIR)
    assert [b.jumlah for b in j] == [250_000] * 4
    with pytest.raises(Galat) as e:
        hitung_jadwal(1_000_000, Decimal("1"), 4, "bunga-berbunga", CAIR)
    assert e.value.kode == "pinjaman_metode_tidak_sah"
    with pytest.raises(Galat):
        hitung_jadwal(1_000_000, Decimal("1"), 0, "flat", CAIR)


@settings(max_examples=60, deadline=None)
@given(
    pokok=st.integers(min_value=100_000, max_value=500_000_000),
    bunga=st.integers(min_value=1, max_value=500).map(lambda n: Decimal(n) / 100),  # 0,01 % .. 5 % a month
    tenor=st.integers(min_value=1, max_value=60),
)
def test_anuitas_cocok_dengan_numpy_financial(pokok, bunga, tenor):
    j = hitung_jadwal(pokok, bunga, tenor, "anuitas", CAIR)
    i = float(bunga) / 100
    a = -npf.pmt(i, tenor, pokok)
    assert sum(b.pokok for b in j) == pokok  # exactly
    for b in j[:-1]:
        assert abs(b.jumlah - a) <= 0.5 + 1e-6
    for b in j:
        # Rounding A and each month's interest to the rupiah moves the outstanding by at most
        # 1 rupiah a month, compounding at i: before month k it is off by at most
        # ((1+i)^(k-1) - 1) / i, so the interest is off by at most 0,5 + (1+i)^(k-1) - 1 and
        # the principal by 0,5 more; the last principal takes the whole drift.
        batas_jasa = 0.5 + ((1 + i) ** (b.ke - 1) - 1) + 1e-6
        assert abs(b.jasa - (-npf.ipmt(i, b.ke, tenor, pokok))) <= batas_jasa
        batas_pokok = 1 + batas_jasa if b.ke < tenor else 1 + ((1 + i) ** tenor - 1) / i
        assert abs(b.pokok - (-npf.ppmt(i, b.ke, tenor, pokok))) <= batas_pokok


@settings(max_examples=60, deadline=None)
@given(
    pokok=st.integers(min_value=100_000, max_value=500_000_000),
    bunga=st.integers(min_value=0, max_value=500).map(lambda n: Decimal(n) / 100),
    tenor=st.integers(min_value=1, max_value=60),
    metode=st.sampled_from(["flat", "efektif", "anuitas"]),
    kelipatan=st.sampled_from([1, 100, 500, 1000]),
)
def test_pokok_selalu_tepat(pokok, bunga, tenor, metode, kelipatan):
    j = hitung_jadwal(pokok, bunga, tenor, metode, CAIR, kelipatan)
    assert len(j) == tenor
    assert sum(b.pokok for b in j) == pokok
    assert all(b.pokok >= 0 and b.jasa >= 0 for b in j)
    assert j[-1].sisa_pokok == 0
    if kelipatan > 1:
        assert all(b.jumlah % kelipatan == 0 for b in j)
