"""Loan state, allocation, penalties, early payoff, aging and provision (pure core)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from koperasi_cli.core.pinjaman import (
    AturanDenda, Keadaan, alokasikan, hitung_jadwal, jadwal_ke_data, kolektibilitas, momen_denda, normal_kelas,
    npl_persen, pelunasan, ppap,
)

BATAS = {"lancar": 90, "kurang_lancar": 180, "diragukan": 270}
TARIF = {"lancar": Decimal("0.5"), "kurang_lancar": Decimal(10), "diragukan": Decimal(50), "macet": Decimal(100)}
CAIR = date(2025, 1, 10)


def keadaan(pokok=1_200_000, bunga="1", tenor=3, metode="flat", denda=AturanDenda()) -> Keadaan:
    return Keadaan.dari_jadwal(jadwal_ke_data(hitung_jadwal(pokok, Decimal(bunga), tenor, metode, CAIR)), denda)


def test_alokasi_sebagian_jasa_dulu_lalu_pokok():
    # 1.200.000 flat 1 %, 3 months: 400.000 + 12.000 = 412.000 a month
    k = keadaan()
    alokasi, lebih = alokasikan(k, 100_000)
    assert alokasi == [[1, 0, 12_000, 88_000]] and lebih == 0
    k.terapkan(alokasi)
    # the next payment finishes installment 1 (312.000) and starts installment 2
    alokasi, lebih = alokasikan(k, 400_000)
    assert alokasi == [[1, 0, 0, 312_000], [2, 0, 12_000, 76_000]]
    k.terapkan(alokasi)
    assert k.sisa_pokok == 1_200_000 - 88_000 - 312_000 - 76_000
    assert k.terutang == 3 * 412_000 - 500_000


def test_alokasi_lebih_dari_terutang():
    k = keadaan()
    alokasi, lebih = alokasikan(k, 1_300_000)
    assert lebih == 1_300_000 - 1_236_000  # 3 x 412.000 owed
    k.terapkan(alokasi)
    assert k.lunas


def test_denda_harian_atas_angsuran_tertunggak():
    # 0,1 % a day of the unpaid installment. Paid 2025-02-20 for a 2025-02-10 installment:
    # 10 days x 0,1 % x 412.000 = 4.120
    k = keadaan(denda=AturanDenda("harian", Decimal("0.1"), 0))
    k.akrual(date(2025, 2, 20))
    assert k.sisa_denda == 4_120
    alokasi, _ = alokasikan(k, 412_000)
    assert alokasi == [[1, 4_120, 12_000, 395_880]]
    k.terapkan(alokasi)
    # 4.120 of principal still unpaid; by 2025-03-10 (18 days) 0,1 % x 4.120 x 18 = 74,16 -> 74
    k.akrual(date(2025, 3, 10))
    assert k.sisa_denda == 74
    assert k.hari_tunggakan(date(2025, 3, 10)) == 28  # 2025-02-10 .. 2025-03-10


def test_denda_dengan_tenggang():
    k = keadaan(denda=AturanDenda("harian", Decimal("0.1"), 5))
    k.akrual(date(2025, 2, 15))  # within the 5 grace days
    assert k.sisa_denda == 0
    k.akrual(date(2025, 2, 17))  # 2 days past grace: 0,1 % x 412.000 x 2 = 824
    assert k.sisa_denda == 824


def test_momen_denda_bulanan():
    m = date(2025, 2, 10)
    assert momen_denda("bulanan", m, m, date(2025, 2, 10)) == 0
    assert momen_denda("bulanan", m, m, date(2025, 2, 11)) == 1  # a started month counts
    assert momen_denda("bulanan", m, m, date(2025, 3, 10)) == 1
    assert momen_denda("bulanan", m, m, date(2025, 3, 11)) == 2
    assert momen_denda("bulanan", m, date(2025, 3, 1), date(2025, 4, 11)) == 2  # 03-11 and 04-11
    assert momen_denda("harian", m, m, date(2025, 3, 10)) == 28
    assert momen_denda("tidak", m, m, date(2025, 3, 10)) == 0


def test_pelunasan_tiga_aturan():
    # 5.000.000 flat 1,5 %, 10 months from 2025-01-10; installment 1 paid; payoff on 2025-03-05,
    # inside installment 2's period (2025-02-11 .. 2025-03-10)
    def siap():
        k = keadaan(5_000_000, "1.5", 10)
        k.terapkan([[1, 0, 75_000, 500_000]])
        return k

    per = date(2025, 3, 5)
    alokasi, hapus, total = pelunasan(siap(), per, "bulan-berjalan", CAIR)
    assert total == 4_500_000 + 75_000  # principal left + the running month's interest
    assert hapus == [[k, 75_000] for k in range(3, 11)]
    assert pelunasan(siap(), per, "sisa", CAIR)[2] == 4_500_000 + 9 * 75_000
    assert pelunasan(siap(), per, "tanpa", CAIR)[2] == 4_500_000
    # on installment 2's own due date its interest is due and the next period has not begun
    assert pelunasan(siap(), date(2025, 3, 10), "bulan-berjalan", CAIR)[2] == 4_575_000
    k = siap()
    alokasi, hapus, total = pelunasan(k, per, "bulan-berjalan", CAIR)
    k.terapkan(alokasi, hapus)
    assert k.lunas and k.sisa_pokok == 0


def test_pelunasan_dengan_tunggakan_dan_denda():
    k = keadaan(denda=AturanDenda("harian", Decimal("0.1"), 0))
    k.akrual(date(2025, 2, 20))  # installment 1 ten days late: penalty 4.120
    _, _, total = pelunasan(k, date(2025, 2, 20), "tanpa", CAIR)
    assert total == 4_120 + 12_000 + 1_200_000  # penalty + interest due + all principal


def test_kolektibilitas_batas():
    assert [kolektibilitas(h, BATAS) for h in (0, 90, 91, 180, 181, 270, 271, 1000)] == [
        "lancar", "lancar", "kurang lancar", "kurang lancar", "diragukan", "diragukan", "macet", "macet"]


def test_hari_tunggakan_dari_angsuran_tertua():
    k = keadaan()
    due = date(2025, 2, 10)
    assert k.hari_tunggakan(due) == 0  # due today is not past due
    assert k.hari_tunggakan(due + timedelta(days=91)) == 91
    k.terapkan([[1, 0, 12_000, 400_000]])
    assert k.hari_tunggakan(date(2025, 3, 20)) == 10  # now installment 2 (2025-03-10) is the oldest


def test_ppap_dan_npl():
    assert ppap(5_000_000, "lancar", TARIF) == 25_000
    assert ppap(5_000_000, "kurang lancar", TARIF) == 500_000
    assert ppap(5_000_000, "diragukan", TARIF) == 2_500_000
    assert ppap(5_000_000, "macet", TARIF) == 5_000_000
    assert ppap(333, "lancar", TARIF) == 2  # 1,665 -> 2 (half up)
    # (1.000.000 + 500.000) / 20.000.000 = 7,5 %
    assert npl_persen({"lancar": 18_500_000, "kurang lancar": 1_000_000, "macet": 500_000}) == Decimal("7.50")
    assert npl_persen({}) == Decimal("0.00")
    assert normal_kelas("kurang-lancar") == normal_kelas("KL") == normal_kelas("2") == "kurang lancar"
    assert normal_kelas("bagus") is None


@settings(max_examples=50, deadline=None)
@given(bayar=st.lists(st.integers(min_value=1, max_value=700_000), min_size=1, max_size=12))
def test_alokasi_tidak_pernah_melebihi_dan_menjumlah(bayar):
    k = keadaan(5_000_000, "1.5", 10, "efektif")
    awal = k.terutang
    total = 0
    for n in bayar:
        alokasi, lebih = alokasikan(k, n)
        assert sum(d + j + p for _, d, j, p in alokasi) + lebih == n
        k.terapkan(alokasi)
        total += n - lebih
        assert all(c.sisa_pokok >= 0 and c.sisa_jasa >= 0 for c in k.cicilan)
    assert k.terutang == awal - total
    # oldest first: a later installment is touched only when every earlier one is paid
    dibayar = [c.dibayar > 0 for c in k.cicilan]
    for i, c in enumerate(k.cicilan[:-1]):
        if dibayar[i + 1]:
            assert c.tertunggak == 0
