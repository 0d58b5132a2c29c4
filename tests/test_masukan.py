"""Amounts, dates, months and periods exactly as docs/kontrak.md lists them."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from koperasi_cli.core.galat import Galat
from koperasi_cli.core.tanggal import Bulan, parse_bulan, parse_periode, parse_tahun, parse_tanggal
from koperasi_cli.core.uang import format_rupiah, parse_jumlah

HARI_INI = date(2025, 10, 20)


@pytest.mark.parametrize(
    "teks, nilai",
    [
        ("1500000", 1_500_000),
        ("1.500.000", 1_500_000),
        ("1_500_000", 1_500_000),
        ("Rp1.500.000", 1_500_000),
        ("Rp 1.500.000", 1_500_000),
        ("rp 1.500.000", 1_500_000),
        ("Rp.1.500.000", 1_500_000),
        ("20rb", 20_000),
        ("20 rb", 20_000),
        ("1,5jt", 1_500_000),  # 1,5 x 1.000.000
        ("2jt", 2_000_000),
        ("2,25jt", 2_250_000),  # 2,25 x 1.000.000
        ("7,5rb", 7_500),  # 7,5 x 1.000
        ("1.500rb", 1_500_000),  # 1.500 x 1.000
        ("  250000 ", 250_000),
        ("999", 999),
    ],
)
def test_jumlah_diterima(teks, nilai):
    assert parse_jumlah(teks) == nilai


@pytest.mark.parametrize(
    "teks, kode",
    [
        ("1,5", "jumlah_tidak_sah"),  # ambiguous: never guess
        ("12.34", "jumlah_tidak_sah"),  # not groups of three
        ("1.50.000", "jumlah_tidak_sah"),
        ("1,2345rb", "jumlah_tidak_sah"),  # 1.234,5 rupiah: not whole
        ("-5000", "jumlah_negatif"),
        ("Rp -5000", "jumlah_negatif"),
        ("0", "jumlah_nol"),
        ("0rb", "jumlah_nol"),
        ("abc", "jumlah_tidak_sah"),
        ("", "jumlah_tidak_sah"),
        ("1e6", "jumlah_tidak_sah"),
        ("15.5jt", "jumlah_tidak_sah"),  # decimal point, not the Indonesian comma
        ("1500000.00", "jumlah_tidak_sah"),
    ],
)
def test_jumlah_ditolak(teks, kode):
    with pytest.raises(Galat) as e:
        parse_jumlah(teks)
    assert e.value.kode == kode


def test_nol_boleh_bila_diminta():
    assert parse_jumlah("0", boleh_nol=True) == 0


@given(st.integers(min_value=1, max_value=10**13))
@settings(max_examples=200, deadline=None)
def test_jumlah_bolak_balik(n):
    # Every amount the tool prints can be typed back in, in each written form.
    assert parse_jumlah(format_rupiah(n)) == n
    assert parse_jumlah(f"Rp {format_rupiah(n)}") == n
    assert parse_jumlah(str(n)) == n
    assert parse_jumlah(f"{n:_}") == n


@given(st.text(max_size=20))
@settings(max_examples=300, deadline=None)
def test_jumlah_sembarang_teks_tidak_pernah_crash(teks):
    try:
        n = parse_jumlah(teks)
    except Galat:
        return
    assert isinstance(n, int) and n > 0


def test_jumlah_paling_banyak_satu_kuadriliun(cli, kop):
    """Found by the fuzz test: a 40-digit amount crashed the write (JSON holds 64-bit integers).
    The bound is Rp 10^15 a posting, typed or passed by a script; nothing is written."""
    from koperasi_cli.core.jurnal import Entri, debit, kredit, validasi_entri
    from koperasi_cli.core.uang import MAKS_JUMLAH

    assert parse_jumlah("1.000.000.000.000.000") == MAKS_JUMLAH == 10**15
    assert parse_jumlah("1000000000jt") == 10**15  # 10^9 x 10^6
    for teks in ("1.000.000.000.000.001", "9" * 40, "1000000001jt"):
        with pytest.raises(Galat) as e:
            parse_jumlah(teks)
        assert e.value.kode == "jumlah_terlalu_besar"
    from tests.conftest import buka

    besar = Entri(date(2025, 1, 5), (debit("1101", 10**15 + 1), kredit("3104", 10**15 + 1)), "x")
    with buka(kop, coba=True) as b:
        assert [g.kode for g in validasi_entri(besar, b.bagan, set(b.profil.unit), set())] == ["baris_terlalu_besar"] * 2
        with pytest.raises(Galat) as e:
            b.catat(besar)  # the batch check of Buku.catat refuses it too
        assert e.value.kode == "entri_ditolak"
    r = cli("kas", "masuk", "9" * 40, "--akun", "4402", "--ket", "x", "--tanggal", "2025-01-05")
    assert r.exit_code == 1 and "terlalu besar" in r.stderr and "Traceback" not in r.stderr
    assert cli("jurnal", "daftar", "2025-01", "--format", "json").stdout.count('"id"') == 0


def test_format_rupiah():
    assert format_rupiah(1_234_567) == "1.234.567"
    assert format_rupiah(-1_234_567) == "(1.234.567)"
    assert format_rupiah(0) == "0"


@pytest.mark.parametrize(
    "teks, nilai",
    [
        ("2025-10-20", date(2025, 10, 20)),
        ("20/10/2025", date(2025, 10, 20)),
        ("1/2/2025", date(2025, 2, 1)),  # day first
        ("hari-ini", HARI_INI),
        ("kemarin", date(2025, 10, 19)),
        ("2024-02-29", date(2024, 2, 29)),
    ],
)
def test_tanggal_diterima(teks, nilai):
    assert parse_tanggal(teks, HARI_INI) == nilai


@pytest.mark.parametrize("teks", ["2025-02-30", "31/04/2025", "10-20-2025", "2025/10/20", "besok", "", "20.10.2025"])
def test_tanggal_ditolak(teks):
    with pytest.raises(Galat) as e:
        parse_tanggal(teks, HARI_INI)
    assert e.value.kode == "tanggal_tidak_sah"


def test_kemarin_melewati_awal_tahun():
    assert parse_tanggal("kemarin", date(2025, 1, 1)) == date(2024, 12, 31)


@pytest.mark.parametrize(
    "teks, nilai",
    [("2025-10", Bulan(2025, 10)), ("10/2025", Bulan(2025, 10)), ("Oktober 2025", Bulan(2025, 10)),
     ("oktober 2025", Bulan(2025, 10)), ("Okt 2025", Bulan(2025, 10)), ("October 2025", Bulan(2025, 10)),
     ("Agustus 2025", Bulan(2025, 8)), ("2025-1", Bulan(2025, 1))],
)
def test_bulan_diterima(teks, nilai):
    assert parse_bulan(teks) == nilai


@pytest.mark.parametrize("teks", ["2025-13", "13/2025", "Oktobr 2025", "2025", "10-2025", ""])
def test_bulan_ditolak(teks):
    with pytest.raises(Galat):
        parse_bulan(teks)


def test_bulan_akhir_dan_tetangga():
    assert Bulan(2024, 2).akhir == date(2024, 2, 29)
    assert Bulan(2025, 12).berikut() == Bulan(2026, 1)
    assert Bulan(2025, 1).sebelum() == Bulan(2024, 12)
    assert str(Bulan(2025, 3)) == "2025-03"


def test_tahun_dan_periode():
    assert parse_tahun("2025") == 2025
    with pytest.raises(Galat):
        parse_tahun("25")
    p = parse_periode("2025")
    assert (p.awal, p.akhir) == (date(2025, 1, 1), date(2025, 12, 31))
    p = parse_periode("Februari 2024")
    assert (p.awal, p.akhir) == (date(2024, 2, 1), date(2024, 2, 29))
    with pytest.raises(Galat):
        parse_periode("kapan-kapan")


def test_pesan_jumlah_di_cli_menunjukkan_bentuk_yang_diterima(cli):
    r = cli("kas", "masuk", "1,5", "--akun", "3104", "--ket", "x", "--tanggal", "2025-01-05")
    assert r.exit_code == 1
    assert "1,5jt" in r.stderr and "Traceback" not in r.stderr
    r = cli("kas", "masuk", "12.34", "--akun", "3104", "--ket", "x", lang="en")
    assert r.exit_code == 1
    assert r.stderr.startswith("Amount '12.34' is not understood")


@given(st.integers(min_value=1, max_value=10**14))
def test_rupiah_yang_ditampilkan_terbaca_kembali_dalam_kedua_bahasa(n):
    # What a table shows can be typed back: 1.234.567 (Indonesian) and, from a million up,
    # 1,234,567 (English; "1,500" stays refused: a decimal comma or a thousands one?).
    from koperasi_cli.core.uang import format_rupiah, parse_jumlah

    assert parse_jumlah(format_rupiah(n, bahasa="id")) == n
    if n >= 1_000_000:
        assert parse_jumlah(format_rupiah(n, bahasa="en")) == n


def test_rupiah_inggris_dan_indonesia():
    from koperasi_cli.core.galat import Galat
    from koperasi_cli.core.uang import format_rupiah, parse_jumlah

    assert format_rupiah(1_234_567, bahasa="id") == "1.234.567"
    assert format_rupiah(-1_234_567, bahasa="en") == "(1,234,567)"
    assert parse_jumlah("Rp 1,500,000") == 1_500_000
    for ragu in ("1,500", "1,50,000", "12,34"):
        with pytest.raises(Galat):
            parse_jumlah(ragu)


def test_hitungan_dikelompokkan_menurut_bahasa():
    """Counts in a table (members, rows) are grouped as the language groups amounts: 1.234 in
    Indonesian, 1,234 in English (they were 1.234 in both)."""
    from koperasi_cli import i18n
    from koperasi_cli.core.uang import format_angka
    from koperasi_cli.reports.render import _sel

    assert format_angka(28_473_182, bahasa="id") == "28.473.182"
    assert format_angka(28_473_182, bahasa="en") == "28,473,182"
    lama = i18n.bahasa()
    try:
        for b, harap in (("id", "1.234"), ("en", "1,234")):
            i18n.atur_bahasa(b)
            assert _sel(1234, "angka") == harap
    finally:
        i18n.atur_bahasa(lama)
