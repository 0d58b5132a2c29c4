"""Loan interest on the accrual basis (SAK EP, the default): interest charged only as it falls
due, prepayments to principal or held in 2113, month-end accrual of due and unpaid interest on
lancar loans (1112), its reversal when a loan becomes kurang lancar, payoff. Every figure by hand."""

from __future__ import annotations

import pytest

from test_pinjaman_cli import cair, js, siapkan, ubah_pinjaman


def ns(cli, per: str) -> dict[str, int]:
    d = js(cli("laporan", "neraca-saldo", "--per", per, "--format", "json"))
    return {a["kode"]: a["debit"] - a["kredit"] for a in d["akun"]}


def sehat(cli, per: str) -> None:
    """periksa passes, the balance sheet balances and the loans reconcile with 1110."""
    assert js(cli("periksa", "--format", "json"))["baik"]
    n = js(cli("laporan", "neraca", "--per", per, "--format", "json"))
    assert n["total_aset"] == n["total_kewajiban_ekuitas"]
    assert js(cli("laporan", "pinjaman", "--per", per, "--format", "json"))["cocok_piutang"]
    assert js(cli("laporan", "arus-kas", per[:7], "--format", "json"))["cocok"]  # the month's cash flow
    e = js(cli("laporan", "ekuitas", per[:7], "--format", "json"))
    assert e["total_akhir"] == n["total_ekuitas"]


def tutup(cli, bulan: str) -> None:
    r = cli("tutup-buku", bulan)
    assert r.exit_code == 0, r.output


@pytest.mark.parametrize("pengakuan, jasa_angsur, jasa_lunas", [
    # accrual: 1.200.000 pays installment 1 (interest 75.000 + principal 500.000) and 625.000 of
    # principal ahead of the schedule; the payoff the next day charges the running installment's
    # interest by the product's rule (bulan-berjalan): 4.500.000 x 1,5 % = 67.500.
    # 75.000 + 67.500 = 142.500
    ("akrual", 75_000, 67_500),
    # cash basis (as before): 75.000 + 500.000 + 67.500 + 500.000 + 57.500 of installment 3's
    # interest = 1.200.000, interest 200.000; the payoff waives installment 3's last 2.500
    ("kas", 200_000, 0),
])
def test_bayar_di_muka_lalu_lunas_besok(kop, cli, pengakuan, jasa_angsur, jasa_lunas):
    siapkan(kop, cli=cli)
    ubah_pinjaman(kop, pengakuan_jasa=pengakuan)
    # efektif 5.000.000, 1,5 %, 10 months: interest 75.000, 67.500, 60.000, ...; principal 500.000 a month
    js(cair(cli, "--metode", "efektif", "--format", "json"))
    h = js(cli("pinjaman", "angsur", "PJ00001", "1,2jt", "--tanggal", "2025-02-10", "--format", "json"))
    assert h["jasa"] == jasa_angsur and h["pokok"] == 1_200_000 - jasa_angsur
    h = js(cli("pinjaman", "lunasi", "PJ00001", "--tanggal", "2025-02-11", "--format", "json"))
    assert h["jasa"] == jasa_lunas and h["pokok"] == 5_000_000 - (1_200_000 - jasa_angsur)
    assert ns(cli, "2025-02-28")["4201"] == -(jasa_angsur + jasa_lunas)
    assert jasa_angsur + jasa_lunas == (142_500 if pengakuan == "akrual" else 200_000)
    for b in ("2025-01", "2025-02"):
        tutup(cli, b)
    assert ns(cli, "2025-02-28").get("1112", 0) == 0  # nothing due and unpaid at either month end
    sehat(cli, "2025-02-28")


def test_akrual_tunggakan_kurang_lancar_dibalik_lalu_lunas(kop, cli):
    siapkan(kop, cli=cli)
    # flat 1.200.000, 1 %, 6 months: 200.000 + 12.000 = 212.000 on the 10th, Feb..Jul 2025
    js(cair(cli, "--bunga", "1", "--format", "json", jumlah="1,2jt", tenor="6"))
    js(cli("pinjaman", "angsur", "PJ00001", "212rb", "--tanggal", "2025-02-10", "--format", "json"))
    tutup(cli, "2025-01")
    tutup(cli, "2025-02")
    assert ns(cli, "2025-02-28").get("1112", 0) == 0 and ns(cli, "2025-02-28")["4201"] == -12_000
    tutup(cli, "2025-03")  # installment 2 due 10 Mar, unpaid, 21 days: lancar -> accrue 12.000
    s = ns(cli, "2025-03-31")
    assert s["1112"] == 12_000 and s["4201"] == -24_000
    sehat(cli, "2025-03-31")
    # a late payment settles the accrued interest first: 12.000 from 1112, 200.000 principal
    js(cli("pinjaman", "angsur", "PJ00001", "212rb", "--tanggal", "2025-04-15", "--format", "json"))
    s = ns(cli, "2025-04-15")
    assert s.get("1112", 0) == 0 and s["4201"] == -24_000  # no income twice
    tutup(cli, "2025-04")  # installment 3 (10 Apr) unpaid, 20 days: accrue 12.000
    assert ns(cli, "2025-04-30")["1112"] == 12_000
    tutup(cli, "2025-05")  # installments 3 and 4, oldest 51 days late: 24.000
    assert ns(cli, "2025-05-31")["1112"] == 24_000
    tutup(cli, "2025-06")  # installments 3, 4, 5, oldest 81 days (<= 90): 36.000
    s = ns(cli, "2025-06-30")
    assert s["1112"] == 36_000 and s["4201"] == -(24_000 + 36_000)
    sehat(cli, "2025-06-30")
    d = js(cli("pinjaman", "daftar", "--per", "2025-07-31", "--format", "json"))
    assert d["pinjaman"][0]["kolektibilitas"] == "kurang lancar"  # 10 Apr -> 31 Jul = 112 days
    tutup(cli, "2025-07")  # kurang lancar: accrual stops and 36.000 is reversed (Dr 4201, Cr 1112)
    s = ns(cli, "2025-07-31")
    assert s.get("1112", 0) == 0 and s["4201"] == -24_000  # 24.000 + 36.000 - 36.000
    sehat(cli, "2025-07-31")
    # payoff: every installment is due; interest of 3..6 = 4 x 12.000 = 48.000 (cash basis now),
    # principal 4 x 200.000 = 800.000
    h = js(cli("pinjaman", "lunasi", "PJ00001", "--tanggal", "2025-08-05", "--format", "json"))
    assert (h["jasa"], h["pokok"], h["jumlah"]) == (48_000, 800_000, 848_000)
    tutup(cli, "2025-08")
    s = ns(cli, "2025-08-31")
    # the loan's whole interest 6 x 12.000 = 72.000 is income once: 12.000 + 12.000 + 36.000 - 36.000 + 48.000
    assert s.get("1112", 0) == 0 and s["4201"] == -72_000 and s.get("1110", 0) == 0
    sehat(cli, "2025-08-31")
    # closing a month again would post nothing: the hook is idempotent
    from conftest import buka
    from koperasi_cli.core.tanggal import Bulan
    from koperasi_cli.layanan.pinjaman import akrual_bulan

    with buka(kop, coba=True) as b:
        assert akrual_bulan(b, Bulan(2025, 8)) == []


def test_titipan_dipakai_akhir_bulan_lalu_lunas(kop, cli):
    siapkan(kop, cli=cli)
    ubah_pinjaman(kop, bayar_di_muka="titipan")
    js(cair(cli, "--metode", "efektif", "--format", "json"))  # as above: 575.000, 567.500, 560.000, ...
    h = js(cli("pinjaman", "angsur", "PJ00001", "1,2jt", "--tanggal", "2025-02-10", "--format", "json"))
    # installment 1 (75.000 + 500.000); 1.200.000 - 575.000 = 625.000 held in 2113
    assert (h["jasa"], h["pokok"], h["titipan"]) == (75_000, 500_000, 625_000)
    assert ns(cli, "2025-02-10")["2113"] == -625_000
    for b in ("2025-01", "2025-02", "2025-03"):
        tutup(cli, b)
    # 31 Mar: installment 2 (due 10 Mar, 567.500) paid from the 625.000 held: 57.500 left, nothing to accrue
    s = ns(cli, "2025-03-31")
    assert s["2113"] == -57_500 and s.get("1112", 0) == 0 and s["1110"] == 4_000_000
    sehat(cli, "2025-03-31")
    # payoff 5 Apr: principal 4.000.000 + the running installment's interest 4.000.000 x 1,5 % = 60.000;
    # 57.500 from 2113, 4.002.500 in cash
    h = js(cli("pinjaman", "lunasi", "PJ00001", "--tanggal", "2025-04-05", "--format", "json"))
    assert (h["jumlah"], h["jasa"], h["dari_titipan"], h["dibayar"]) == (4_060_000, 60_000, 57_500, 4_002_500)
    s = ns(cli, "2025-04-05")
    assert s.get("2113", 0) == 0 and s["4201"] == -(75_000 + 67_500 + 60_000)
    sehat(cli, "2025-04-05")


def test_lunas_lewat_angsur_ditolak_dan_profil_salah(kop, cli):
    siapkan(kop, cli=cli)
    js(cair(cli, "--format", "json"))  # flat 5.000.000: 575.000 a month
    r = cli("pinjaman", "angsur", "PJ00001", "5.075.000", "--tanggal", "2025-02-10")
    # 575.000 due + 4.500.000 principal ahead: all the principal, so it is a payoff
    assert r.exit_code == 1 and "pinjaman lunasi PJ00001" in r.stderr
    ubah_pinjaman(kop, pengakuan_jasa="tunai")
    r = cli("pinjaman", "angsur", "PJ00001", "575rb", "--tanggal", "2025-02-10", lang="en")
    assert r.exit_code == 3 and "akrual or kas" in r.stderr


from datetime import date, timedelta  # noqa: E402

from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=60, deadline=None)
@given(jumlah=st.integers(1, 7_000_000), hari=st.integers(0, 330), metode=st.sampled_from(["flat", "efektif", "anuitas"]),
       di_muka=st.booleans())
def test_alokasi_akrual_tidak_menagih_jasa_yang_belum_jatuh_tempo(jumlah, hari, metode, di_muka):
    from decimal import Decimal

    from koperasi_cli.core.pinjaman import AturanDenda, Keadaan, alokasikan_jatuh_tempo, hitung_jadwal, jadwal_ke_data

    jadwal = jadwal_ke_data(hitung_jadwal(5_000_000, Decimal("1.5"), 10, metode, date(2025, 1, 10)))
    k = Keadaan.dari_jadwal(jadwal, AturanDenda())
    per = date(2025, 1, 10) + timedelta(days=hari)
    alokasi, lebih = alokasikan_jatuh_tempo(k, jumlah, per, pokok_di_muka=di_muka)
    assert sum(d + j + p for _, d, j, p in alokasi) + lebih == jumlah
    for ke, _d, j, p in alokasi:
        c = k.cicilan[ke - 1]
        assert j <= c.sisa_jasa and p <= c.sisa_pokok
        if c.jatuh_tempo > per:
            assert j == 0 and di_muka  # interest never collected before it is due
    if lebih:  # something left over only once everything allowed is paid
        k.terapkan(alokasi)
        assert all(c.tertunggak == 0 for c in k.cicilan if c.jatuh_tempo <= per)
        assert not di_muka or k.sisa_pokok == 0
