"""Simpanan berjangka: placement, interest on each monthly anniversary, the PP 15/2009 tax on a
member's whole savings interest of a month, maturity, rollover, early withdrawal. Every figure
computed by hand."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from koperasi_cli.core.berjangka import bunga_bulanan, jatuh_tempo, ulang_bulan
from koperasi_cli.layanan.periksa import periksa
from tests.anggota_bantu import js, modal, neraca, ok, tambah
from tests.conftest import buka


@pytest.fixture
def dua(cli):
    modal(cli, "100jt")
    tambah(cli, "Budi", 1, tanggal="2025-01-05")
    tambah(cli, "Sari", 2, perempuan=True, tanggal="2025-01-05")
    return cli


def _lulus(kop):
    with buka(kop, coba=True) as b:
        assert periksa(b) == []


def test_enam_bulan_6_persen_60rb_tiap_ulang_bulan_tanpa_pajak(dua, kop):
    h = js(dua, "simpanan", "berjangka", "buka", "1", "12jt", "--jangka", "6", "--bunga-tahunan", "6",
           "--tanggal", "2025-01-15")
    # 12.000.000 x 6 % / 12 = 60.000 a month; 6 anniversaries from 15 February to 15 July
    assert (h["id"], h["bunga_bulanan"], h["jatuh_tempo"]) == ("SB00001", 60_000, "2025-07-15")
    for m in range(2, 8):
        d = js(dua, "simpanan", "jasa", f"2025-{m:02d}", "--bunga-tahunan", "0")  # no sukarela interest here
        assert d["berjangka"]["total_bunga"] == 60_000 and d["berjangka"]["total_pajak"] == 0  # 60.000 <= 240.000
    s = js(dua, "simpanan", "saldo", "1")
    # six times 60.000 into sukarela, then the principal at maturity: 360.000 + 12.000.000
    assert s["sukarela"] == 12_360_000
    t = neraca(dua)
    assert t.get("2103", 0) == 0 and t["5201"] == 360_000
    assert js(dua, "simpanan", "berjangka", "daftar", "--per", "2025-08-01")["berjangka"] == []
    _lulus(kop)


def test_pajak_atas_seluruh_bunga_simpanan_sebulan(dua, kop):
    ok(dua, "simpanan", "setor", "2", "sukarela", "2jt", "--tanggal", "2025-01-10")
    ok(dua, "simpanan", "berjangka", "buka", "2", "60jt", "--jangka", "12", "--bunga-tahunan", "6", "--tanggal", "2025-01-20")
    d = js(dua, "simpanan", "jasa", "2025-02", "--bunga-tahunan", "3")
    # berjangka 60.000.000 x 6 % / 12 = 300.000; sukarela 2.000.000 x 3 % / 12 = 5.000;
    # 305.000 > 240.000, so 10 % of all of it: 30.500 withheld (5.000 from the sukarela interest,
    # 25.500 from the deposit's).
    assert d["berjangka"]["total_bunga"] == 300_000
    assert d["total_jasa"] == 5_000
    assert d["total_pajak"] + d["berjangka"]["total_pajak"] == 30_500
    t = neraca(dua)
    assert t["2105"] == -30_500 and t["5201"] == 305_000
    # sukarela: 2.000.000 + 305.000 - 30.500 = 2.274.500
    assert js(dua, "simpanan", "saldo", "2")["sukarela"] == 2_274_500
    _lulus(kop)


def test_ditempatkan_31_januari_ulang_bulan_di_akhir_bulan_pendek():
    awal = date(2025, 1, 31)
    assert [ulang_bulan(awal, k) for k in range(1, 4)] == [date(2025, 2, 28), date(2025, 3, 31), date(2025, 4, 30)]
    assert jatuh_tempo(date(2024, 1, 31), 1) == date(2024, 2, 29)  # a leap year


def test_31_januari_lewat_buku(dua, kop):
    ok(dua, "simpanan", "berjangka", "buka", "1", "3jt", "--jangka", "3", "--bunga-tahunan", "6",
       "--bunga-ke", "jatuh-tempo", "--tanggal", "2025-01-31")
    d = js(dua, "simpanan", "berjangka", "daftar", "--per", "2025-02-01")["berjangka"][0]
    assert d["jatuh_tempo"] == "2025-04-30"
    ok(dua, "tutup-buku", "2025-01")
    ok(dua, "tutup-buku", "2025-02")  # the anniversary of 28 February: 3.000.000 x 6 % / 12 = 15.000 kept
    d = js(dua, "simpanan", "berjangka", "daftar", "--per", "2025-03-01")["berjangka"][0]
    assert (d["bunga_tertahan"], d["saldo"], d["ulang_dibayar"]) == (15_000, 3_015_000, 1)
    ok(dua, "tutup-buku", "2025-03")
    ok(dua, "tutup-buku", "2025-04")  # 30 April: the third anniversary, maturity: 3.045.000 to sukarela
    assert js(dua, "simpanan", "saldo", "1")["sukarela"] == 3_045_000
    assert neraca(dua).get("2103", 0) == 0
    _lulus(kop)


def test_diperpanjang_dengan_bunga_pengaturan_saat_jatuh_tempo(dua, kop):
    ok(dua, "simpanan", "berjangka", "buka", "1", "10jt", "--jangka", "3", "--bunga-tahunan", "6", "--perpanjang",
       "--tanggal", "2025-01-10")
    p = kop / "koperasi.yaml"
    p.write_text(p.read_text() + "\n" if "berjangka:" in p.read_text() else p.read_text())
    import yaml

    data = yaml.safe_load(p.read_text())
    data.setdefault("pengaturan", {}).setdefault("simpanan", {})["berjangka"] = {"bunga_tahunan": "5"}
    p.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    for m in ("02", "03", "04"):
        ok(dua, "simpanan", "jasa", f"2025-{m}", "--bunga-tahunan", "0")  # 10.000.000 x 6 % / 12 = 50.000 each
    d = js(dua, "simpanan", "berjangka", "daftar", "--per", "2025-04-30")["berjangka"]
    assert len(d) == 1
    # rolled over on 10 April for 3 months at the profile's 5 %: 10.000.000 x 5 % / 12 = 41.667
    assert (d[0]["id"], d[0]["pokok"], d[0]["bunga_tahunan"], d[0]["tanggal"], d[0]["jatuh_tempo"]) == \
        ("SB00002", 10_000_000, "5", "2025-04-10", "2025-07-10")
    ok(dua, "simpanan", "jasa", "2025-05", "--bunga-tahunan", "0")
    assert js(dua, "simpanan", "saldo", "1")["sukarela"] == 3 * 50_000 + 41_667
    assert neraca(dua)["2103"] == -10_000_000
    _lulus(kop)


def test_cair_dini_bunga_bulan_berjalan_hangus_dan_denda(dua, kop):
    import yaml

    p = kop / "koperasi.yaml"
    data = yaml.safe_load(p.read_text())
    data.setdefault("pengaturan", {}).setdefault("simpanan", {})["berjangka"] = {"denda_persen": "1"}
    p.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    ok(dua, "simpanan", "berjangka", "buka", "1", "12jt", "--jangka", "6", "--bunga-tahunan", "6", "--tanggal", "2025-01-15")
    ok(dua, "simpanan", "jasa", "2025-02", "--bunga-tahunan", "0")  # 60.000 for 15 February
    kas = neraca(dua)["1101"]
    h = js(dua, "simpanan", "berjangka", "cairkan", "SB00001", "--tanggal", "2025-03-10")
    # 10 March: the March anniversary has not come, so that month's interest is forfeited; the
    # penalty is 1 % of 12.000.000 = 120.000: paid 12.000.000 - 120.000 = 11.880.000 in cash.
    assert (h["bunga"], h["denda"], h["dibayar"], h["dini"]) == (0, 120_000, 11_880_000, True)
    t = neraca(dua)
    assert t["1101"] == kas - 11_880_000 and t["4203"] == -120_000 and t.get("2103", 0) == 0
    r = dua("simpanan", "berjangka", "cairkan", "SB00001", "--tanggal", "2025-03-11")
    assert r.exit_code == 1 and "SB00001" in r.stderr
    _lulus(kop)


def test_cair_terlambat_membayar_ulang_bulan_yang_lewat(dua, kop):
    ok(dua, "simpanan", "berjangka", "buka", "1", "12jt", "--jangka", "6", "--bunga-tahunan", "6", "--tanggal", "2025-01-15")
    h = js(dua, "simpanan", "berjangka", "cairkan", "SB00001", "--tanggal", "2025-02-20", "--ke", "sukarela")
    # the 15 February anniversary had passed unpaid: 60.000 is paid with the principal
    assert (h["bunga"], h["pajak"], h["dibayar"]) == (60_000, 0, 12_060_000)
    assert js(dua, "simpanan", "saldo", "1")["sukarela"] == 12_060_000
    d = js(dua, "simpanan", "jasa", "2025-02", "--bunga-tahunan", "0")
    assert d["berjangka"]["total_bunga"] == 0  # not paid twice
    _lulus(kop)


def test_jaminan_ditolak_saat_pinjaman_menunggak(dua, kop):
    import yaml

    p = kop / "koperasi.yaml"
    data = yaml.safe_load(p.read_text())
    data.setdefault("pengaturan", {}).setdefault("simpanan", {})["berjangka"] = {"jaminan": True}
    p.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    ok(dua, "simpanan", "berjangka", "buka", "1", "5jt", "--jangka", "6", "--tanggal", "2025-01-15")
    ok(dua, "pinjaman", "cair", "1", "1jt", "--tenor", "10", "--tanggal", "2025-01-16")  # first due 16 February
    r = dua("simpanan", "berjangka", "cairkan", "SB00001", "--tanggal", "2025-03-01")
    assert r.exit_code == 1 and "menunggak" in r.stderr


@pytest.mark.parametrize("args,kata", [
    (["--jangka", "5"], "3, 6, 12"),
    (["--jangka", "6", "--bunga-ke", "bulanan"], "jatuh-tempo"),
])
def test_penolakan_tidak_menulis(dua, kop, args, kata):
    from tests.conftest import isi_folder

    sebelum = isi_folder(kop)
    r = dua("simpanan", "berjangka", "buka", "1", "5jt", *args, "--tanggal", "2025-01-15")
    assert r.exit_code == 1 and kata in r.stderr
    r = dua("simpanan", "berjangka", "buka", "1", "500rb", "--jangka", "6", "--tanggal", "2025-01-15")
    assert r.exit_code == 1 and "1.000.000" in r.stderr
    r = dua("simpanan", "berjangka", "buka", "1", "5jt", "--jangka", "6", "--dari", "sukarela", "--tanggal", "2025-01-15")
    assert r.exit_code == 1
    assert isi_folder(kop) == sebelum


def test_laporan_simpanan_dan_bahasa_inggris(dua, kop):
    ok(dua, "simpanan", "berjangka", "buka", "2", "5jt", "--jangka", "3", "--tanggal", "2025-01-15")
    d = js(dua, "laporan", "simpanan", "--per", "2025-01-31")
    assert d["total"]["berjangka"] == 5_000_000 and d["cocok"]
    r = ok(dua, "savings", "time-deposit", "list", "--per", "2025-01-31", lang="en")
    assert "Time Deposits" in r.stdout and "5,000,000" in r.stdout  # English grouping


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)), st.integers(1, 36))
def test_ulang_bulan_tidak_pernah_melewati_akhir_bulan(awal, k):
    u = ulang_bulan(awal, k)
    assert (u.year * 12 + u.month) - (awal.year * 12 + awal.month) == k
    assert u.day == awal.day or u.day < awal.day


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.integers(1_000_000, 10**12), st.decimals(min_value=Decimal("0.01"), max_value=Decimal("50"), places=2))
def test_bunga_bulanan_dibulatkan_ke_rupiah(pokok, bunga):
    b = bunga_bulanan(pokok, bunga)
    assert abs(Decimal(b) - Decimal(pokok) * bunga / 1200) <= Decimal("0.5")


def test_keluar_ditolak_selama_ada_berjangka(dua, kop):
    ok(dua, "simpanan", "berjangka", "buka", "1", "5jt", "--jangka", "3", "--tanggal", "2025-01-15")
    r = dua("anggota", "keluar", "1", "--tanggal", "2025-02-01")
    assert r.exit_code == 1 and "berjangka" in r.stderr
    ok(dua, "simpanan", "berjangka", "cairkan", "SB00001", "--ke", "sukarela", "--tanggal", "2025-02-01")
    ok(dua, "anggota", "keluar", "1", "--tanggal", "2025-02-01")
    _lulus(kop)


def test_ekspor_hledger_dan_beancount_membawa_2103(dua, kop, tmp_path):
    ok(dua, "simpanan", "berjangka", "buka", "1", "5jt", "--jangka", "3", "--tanggal", "2025-01-15")
    for jenis, akhiran in (("hledger", "journal"), ("beancount", "beancount")):
        f = tmp_path / f"x.{akhiran}"
        ok(dua, "ekspor", jenis, "-o", str(f))
        assert "2103" in f.read_text() or "Berjangka" in f.read_text()
