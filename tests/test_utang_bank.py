"""The bank loan (Himbara): schedule, current part, payments, month-end accrual, plafon, import."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from koperasi_cli.core import utang_bank as inti
from tests.conftest import buka, isi_folder

P = 500_000_000


def _jadwal():
    # 500.000.000 at 6 % a year over 60 months, 6 of them grace, drawn 20 January 2025, due the 12th.
    return inti.hitung_jadwal(P, Decimal(6), 60, 6, date(2025, 1, 20), 12)


def test_jadwal_tenggang_lalu_anuitas():
    j = inti.ke_angsuran(_jadwal(), P)
    assert len(j) == 60  # the tenor counts the grace months
    # Grace: interest only, 500.000.000 * 6 % / 12 = 2.500.000 a month, principal 0.
    for r in j[:6]:
        assert (r["pokok"], r["bunga"], r["sisa_pokok"]) == (0, 2_500_000, P)
    # Then the annuity over 60 - 6 = 54 months, i = 0,005:
    # A = 500.000.000 * 0,005 / (1 - 1,005^-54); 1,005^54 = 1,3090834575, 1/that = 0,7638932371,
    # A = 2.500.000 / 0,2361067629 = 10.588.430,29 -> 10.588.430.
    assert [r["jumlah"] for r in j[6:59]] == [10_588_430] * 53
    # Installment 7: interest 500.000.000 * 0,005 = 2.500.000, principal 10.588.430 - 2.500.000 = 8.088.430.
    assert (j[6]["bunga"], j[6]["pokok"], j[6]["sisa_pokok"]) == (2_500_000, 8_088_430, 491_911_570)
    # Installment 8: interest 491.911.570 * 0,005 = 2.459.557,85 -> 2.459.558; principal 10.588.430 - 2.459.558 = 8.128.872.
    assert (j[7]["bunga"], j[7]["pokok"]) == (2_459_558, 8_128_872)
    # The last takes what is left: principal 10.535.769 (outstanding after 59), interest 10.535.769 * 0,005 = 52.678,8 -> 52.679.
    assert (j[-1]["pokok"], j[-1]["bunga"], j[-1]["sisa_pokok"]) == (10_535_769, 52_679, 0)
    assert sum(r["pokok"] for r in j) == P  # exactly the drawdown
    # Due on the 12th; 12 April 2025 is a Saturday -> Monday 14 April; 12 July 2025 a Saturday -> 14 July.
    assert [r["tanggal"] for r in j[:6]] == ["2025-02-12", "2025-03-12", "2025-04-14", "2025-05-12", "2025-06-12", "2025-07-14"]


def test_bagian_lancar_akhir_tahun():
    j = _jadwal()
    dibayar = sum(r[1] for r in j[:11])  # installments 1-11 (to 12 December 2025) paid: 500.000.000 - 459.151.401
    # At 31 December 2025 the current part is the principal of installments 12-23 (due 12 Jan - 14 Dec 2026):
    # outstanding after 11 (459.151.401) - outstanding after 23 (356.856.617) = 102.294.784
    # (closed form P(1+i)^k - A((1+i)^k - 1)/i with k = 5 and 17 annuity months: 459.151.401,33 - 356.856.616,38).
    assert inti.bagian_lancar(j, P, dibayar, date(2025, 12, 31)) == 102_294_784
    # Nothing paid: the overdue principal (installments 7-11) counts as current too:
    # 500.000.000 - 356.856.617 = 143.143.383.
    assert inti.bagian_lancar(j, P, 0, date(2025, 12, 31)) == 143_143_383


@settings(max_examples=60, deadline=None)
@given(pokok=st.integers(1_000_000, 3_000_000_000), bunga=st.integers(0, 1200), tenor=st.integers(1, 72),
       data=st.data(), hari=st.integers(1, 31))
def test_jadwal_sifat(pokok, bunga, tenor, data, hari):
    tenggang = data.draw(st.integers(0, tenor - 1))
    j = inti.hitung_jadwal(pokok, Decimal(bunga) / 100, tenor, tenggang, date(2025, 3, 31), hari)
    assert len(j) == tenor and sum(r[1] for r in j) == pokok
    assert all(r[1] == 0 for r in j[:tenggang]) and all(r[1] >= 0 and r[2] >= 0 for r in j)
    tanggal = [date.fromisoformat(r[0]) for r in j]
    assert all(a < b for a, b in zip(tanggal, tanggal[1:])) and all(t.weekday() < 5 for t in tanggal)


def _terima(cli, *extra):
    return cli("utang-bank", "terima", "--kode", "H1", "--bank", "BRI", "--jumlah", "500jt", "--tenor", "60",
               "--tenggang", "6", "--tanggal", "2025-01-20", *extra)


def test_cair_bayar_akrual_dan_neraca(cli, kop):
    r = _terima(cli)
    assert r.exit_code == 0, r.output
    # Beyond the plafon: 500.000.000 drawn + 2.600.000.000 > 3.000.000.000: refused, nothing written.
    sebelum = isi_folder(kop)
    r = cli("utang-bank", "terima", "--kode", "H2", "--bank", "BRI", "--jumlah", "2.600.000.000", "--tenor", "60",
            "--tanggal", "2025-01-21")
    assert r.exit_code == 1 and "plafon" in r.output and "2.500.000.000" in r.output
    assert isi_folder(kop) == sebelum
    # Closing January accrues 11 of the first period's 23 days (20 Jan - 12 Feb): 2.500.000 * 11 / 23 = 1.195.652,17.
    assert cli("tutup-buku", "2025-01").exit_code == 0
    # The first installment pays interest only: 1.195.652 from 2114 (accrued), 1.304.348 as expense.
    r = cli("utang-bank", "bayar", "H1", "2,5jt", "--tanggal", "2025-02-12", "--format", "json")
    h = json.loads(r.stdout)
    assert (h["bunga"], h["pokok"], h["dari_akrual"]) == (2_500_000, 0, 1_195_652)
    # Closing February: accrued to 28 Feb = 2.500.000 + 2.500.000 * 16 / 28 (12 Feb - 12 Mar) = 3.928.571,43
    # less 2.500.000 paid = 1.428.571 owed; 2114 holds 0 -> accrue 1.428.571.
    assert cli("tutup-buku", "2025-02").exit_code == 0
    with buka(kop, coba=True) as b:
        s = b.saldo_akun(date(2025, 2, 28))
    assert s["5202"][0] - s["5202"][1] == 3_928_571  # 1.195.652 + 1.304.348 + 1.428.571
    assert s["2114"][1] - s["2114"][0] == 1_428_571
    assert cli("periksa").exit_code == 0
    # The list: nothing past due at 1 March (installment 2 falls due 12 March).
    d = json.loads(cli("utang-bank", "daftar", "--per", "2025-03-01", "--format", "json").stdout)
    u = d["utang"][0]
    assert (u["sisa_pokok"], u["bunga_ymh"], u["tunggakan"]["angsuran"]) == (P, 1_428_571, 0)
    # Due by 1 March 2026: installments 7-13 principal = 500.000.000 - 442.524.592 (after 13) = 57.475.408.
    assert (u["lancar"], u["jangka_panjang"]) == (57_475_408, 442_524_592)
    # At 20 March installment 2 (12 March) is unpaid: 2.500.000 interest in arrears, 8 days.
    t = json.loads(cli("utang-bank", "daftar", "--per", "2025-03-20", "--format", "json").stdout)["utang"][0]["tunggakan"]
    assert t == {"pokok": 0, "bunga": 2_500_000, "angsuran": 1, "hari": 8}
    # The balance sheet at 31 Dec 2025 shows 2202 (installments 7-23 unpaid: 143.143.383) apart from 2201.
    n = json.loads(cli("laporan", "neraca", "--per", "2025-12-31", "--format", "json").stdout)
    kw = {x["kode"]: x for x in n["kewajiban"]}
    assert kw["2202"]["saldo"] == 143_143_383 and kw["2202"]["kelompok"] == "liabilitas_pendek"
    assert kw["2201"]["saldo"] == P - 143_143_383 and n["seimbang"]


def test_bayar_bunga_dulu_lalu_pokok_dan_ekspor(cli, kop, tmp_path):
    assert _terima(cli, "--tenggang", "0").exit_code == 0
    # No grace: A = 500.000.000 * 0,005 / (1 - 1,005^-60) = 2.500.000 / 0,2586278 = 9.666.400,76 -> 9.666.401;
    # installment 1: interest 2.500.000, principal 7.166.401.
    # 14.000.000 on 12 Feb: interest due 2.500.000, principal due 7.166.401, then installment 2's interest
    # (492.833.599 * 0,005 = 2.464.167,995 -> 2.464.168) and 14.000.000 - 2.500.000 - 7.166.401 - 2.464.168
    # = 1.869.431 of its principal.
    h = json.loads(cli("utang-bank", "bayar", "H1", "14jt", "--tanggal", "2025-02-12", "--format", "json").stdout)
    assert (h["bunga"], h["pokok"]) == (2_500_000 + 2_464_168, 7_166_401 + 1_869_431)
    assert h["sisa_pokok"] == P - 9_035_832
    # More than everything left is refused.
    r = cli("utang-bank", "bayar", "H1", "1.000.000.000", "--tanggal", "2025-02-13")
    assert r.exit_code == 1 and "sisa" in r.output
    f = tmp_path / "b.journal"
    assert cli("ekspor", "hledger", str(f)).exit_code == 0
    teks = f.read_text()
    assert "Liabilities:2201-Utang-Bank  -500000000 IDR" in teks and "Liabilities:2201-Utang-Bank  9035832 IDR" in teks


def test_impor_jadwal_bank(cli, kop, tmp_path):
    assert _terima(cli, "--tenor", "3", "--tenggang", "1").exit_code == 0
    f = tmp_path / "jadwal.csv"
    # The bank's schedule: principal 200.000.000 + 300.000.000 = 500.000.000 = the outstanding.
    f.write_text("ke,tanggal,pokok,bunga\n1,2025-02-12,0,2400000\n2,2025-03-12,200000000,2500000\n3,2025-04-14,300000000,1500000\n")
    assert cli("utang-bank", "impor-jadwal", "H1", str(f)).exit_code == 0
    j = json.loads(cli("utang-bank", "jadwal", "H1", "--format", "json").stdout)
    assert [a["jumlah"] for a in j["angsuran"]] == [2_400_000, 202_500_000, 301_500_000] and j["sumber"] == "bank"
    f.write_text("ke,tanggal,pokok,bunga\n1,2025-02-12,0,2400000\n2,2025-03-12,100000000,2500000\n")
    r = cli("utang-bank", "impor-jadwal", "H1", str(f), lang="en")
    assert r.exit_code == 1 and "100,000,000" in r.output and "500,000,000" in r.output  # English grouping


def test_tutup_bulan_sama_dengan_jurnal(cli, kop):
    """Month closing with the loan in place posts the accrual once and the books reconcile."""
    assert _terima(cli).exit_code == 0
    assert cli("tutup-buku", "2025-01").exit_code == 0
    with buka(kop) as b:
        from koperasi_cli.core.tanggal import Bulan
        from koperasi_cli.layanan import utang_bank

        assert utang_bank.akrual_bulan(b, Bulan(2025, 1)) == []  # idempotent
        d = utang_bank.ambil(b, "H1")
        assert utang_bank.bunga_ymh(d) == 1_195_652
        s = b.saldo_akun()
        assert s["2114"][1] - s["2114"][0] == 1_195_652  # 2114 in the ledger = the loan's accrued interest


def test_bayar_dibatalkan_tidak_dihitung(cli, kop):
    """A payment voided with `jurnal batal` no longer counts: the interest is owed again."""
    assert _terima(cli).exit_code == 0
    h = json.loads(cli("utang-bank", "bayar", "H1", "2,5jt", "--tanggal", "2025-02-12", "--format", "json").stdout)
    assert cli("jurnal", "batal", h["entri"], "--ket", "salah catat", "--tanggal", "2025-02-13").exit_code == 0
    t = json.loads(cli("utang-bank", "daftar", "--per", "2025-02-20", "--format", "json").stdout)["utang"][0]["tunggakan"]
    assert (t["bunga"], t["angsuran"], t["hari"]) == (2_500_000, 1, 8)  # installment 1 (12 Feb) unpaid again
    assert cli("utang-bank", "bayar", "H1", "2,5jt", "--tanggal", "2025-02-14").exit_code == 0
    assert cli("periksa").exit_code == 0


def test_tutup_tahun_dengan_utang_dan_pajak(cli, kop):
    """Year-end closing with the loan and a tax month in place: every month's accrual posted,
    the books check out, and the year's interest expense is the interest accrued to 31 December."""
    assert _terima(cli).exit_code == 0
    assert cli("kas", "masuk", "10jt", "--akun", "4301", "--ket", "sewa", "--tanggal", "2025-03-05").exit_code == 0
    assert cli("pajak", "hitung", "2025-03").exit_code == 0  # 10.000.000 * 0,5 % = 50.000
    assert cli("tutup-buku", "--tahun", "2025").exit_code == 0
    assert cli("periksa").exit_code == 0
    with buka(kop, coba=True) as b:
        penutup = next(r for r in b.entri(date(2025, 12, 31), date(2025, 12, 31)) if r["jenis"] == "tutup-tahun")
        tutup = {x["akun"]: x["kredit"] - x["debit"] for x in penutup["baris"]}
    # Interest of installments 1-11 (due by 12 Dec): 6 * 2.500.000 + 2.500.000 + 2.459.558 + 2.418.913
    # + 2.378.066 + 2.337.014 = 27.093.551; installment 12 (12 Dec - 12 Jan, 31 days, 2.295.757) for
    # 19 days: 1.407.076,87; together 28.500.627,87 -> 28.500.628.
    assert tutup["5202"] == 28_500_628
    assert tutup["6112"] == 50_000


@settings(max_examples=60, deadline=None)
@given(bayar=st.lists(st.tuples(st.integers(0, 400), st.integers(1, 30_000_000)), min_size=1, max_size=12))
def test_alokasi_sifat(bayar):
    """Any sequence of payments: each splits exactly into interest and principal, interest never
    runs ahead of principal due by more than the schedule allows, totals never pass the schedule's."""
    j = inti.hitung_jadwal(100_000_000, Decimal(6), 24, 3, date(2025, 1, 20), 12)
    total_p, total_b = sum(r[1] for r in j), sum(r[2] for r in j)
    p = b = 0
    hari = date(2025, 1, 20)
    from datetime import timedelta

    from koperasi_cli.core.galat import Galat

    for maju, jumlah in bayar:
        hari += timedelta(days=maju)
        try:
            bunga, pokok = inti.alokasi_bayar(j, p, b, jumlah, hari)
        except Galat:
            assert jumlah > (total_p - p) + (total_b - b)
            continue
        assert bunga + pokok == jumlah and bunga >= 0 and pokok >= 0
        # Interest due by the date is paid before any principal.
        _, b_jatuh = inti.jatuh_sampai(j, hari)
        assert pokok == 0 or b + bunga >= min(b_jatuh, total_b)
        p, b = p + pokok, b + bunga
        assert p <= total_p and b <= total_b
        t = inti.tunggakan(j, p, b, hari)
        assert t["pokok"] >= 0 and t["bunga"] >= 0


def test_periksa_melihat_2114_diubah_tangan(cli, kop):
    assert _terima(cli).exit_code == 0
    assert cli("periksa").exit_code == 0
    assert cli("jurnal", "catat", "--debit", "1104=1000", "--kredit", "2114=1000", "--ket", "salah",
               "--tanggal", "2025-01-25").exit_code == 0
    r = cli("periksa")
    assert r.exit_code == 3 and "2114" in r.output and "1.000" in r.output
