"""The outlet's pure rules: moving-average cost and its rounding, prices and HET by date, NIK."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from koperasi_cli.core import sembako as inti
from koperasi_cli.core.galat import Galat


def test_bagi_bulat_setengah_ke_atas():
    assert inti.bagi_bulat(5, 2) == 3  # 2,5 -> 3
    assert inti.bagi_bulat(7, 3) == 2  # 2,33 -> 2
    assert inti.bagi_bulat(8, 3) == 3  # 2,67 -> 3
    assert inti.bagi_bulat(-5, 2) == -3  # half away from zero, like bulatkan
    assert inti.bagi_bulat(0, 7) == 0


def test_hpp_keluar_rata_rata_bergerak():
    # 763.000 for 11 units, 3 out: 763.000 x 3 / 11 = 208.090,9 -> 208.091
    assert inti.hpp_keluar(763_000, 11, 3) == 208_091
    # the last units take the whole value left, whatever the rounding before
    assert inti.hpp_keluar(902_791, 13, 13) == 902_791
    with pytest.raises(ValueError):
        inti.hpp_keluar(1000, 2, 3)
    assert inti.hpp_rata(692_500, 10) == 69_250
    assert inti.hpp_rata(5, 0) == 0


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.integers(1, 40), st.integers(500, 250_000)), min_size=1, max_size=40))
def test_nilai_stok_selalu_sama_dengan_beli_dikurangi_hpp(gerak):
    """Whatever the purchases and sales, value left = bought - cost of goods, never negative,
    zero when the stock is gone, and each sale's cost within a rupiah of the exact average."""
    qty = nilai = dibeli = hpp_total = 0
    for beli, q, harga in gerak:
        if beli or qty == 0:
            qty += q
            nilai += q * harga
            dibeli += q * harga
            continue
        q = min(q, qty)
        hpp = inti.hpp_keluar(nilai, qty, q)
        assert 2 * abs(hpp * qty - nilai * q) <= qty  # |hpp - nilai*q/qty| <= 1/2 rupiah
        hpp_total += hpp
        qty -= q
        nilai -= hpp
        assert nilai >= 0
        if qty == 0:
            assert nilai == 0
    assert nilai == dibeli - hpp_total


def test_harga_dan_het_menurut_tanggal():
    b = {
        "kode": "MNY1",
        "harga": [{"mulai": "2025-01-01", "jual": 15_700, "anggota": 15_500},
                  {"mulai": "2025-02-01", "jual": 16_000, "anggota": None}],
        "het": [{"mulai": "2025-01-10", "het": 15_700}, {"mulai": "2025-01-16", "het": 16_500}],
    }
    assert inti.harga_pada(b, date(2024, 12, 1)) == {"jual": 15_700, "anggota": 15_500}  # before the first: the first
    assert inti.harga_pada(b, date(2025, 2, 1)) == {"jual": 16_000, "anggota": None}
    assert inti.het_pada(b, date(2025, 1, 9)) is None  # no HET before its first record
    assert inti.het_pada(b, date(2025, 1, 15)) == 15_700
    assert inti.het_pada(b, date(2025, 1, 16)) == 16_500
    assert inti.cek_harga_het(b) == []
    b["het"].append({"mulai": "2025-03-01", "het": 15_000})
    g = inti.cek_harga_het(b)
    assert [x.kode for x in g] == ["harga_di_atas_het_sejak"] and g[0].param["tanggal"] == "2025-03-01"


def test_sisipkan_mengganti_catatan_hari_yang_sama():
    r = inti.sisipkan([{"mulai": "2025-01-01", "het": 1}, {"mulai": "2025-02-01", "het": 2}], {"mulai": "2025-01-01", "het": 3})
    assert r == [{"mulai": "2025-01-01", "het": 3}, {"mulai": "2025-02-01", "het": 2}]


def test_nik_lpg():
    assert inti.validasi_nik("5171 0145 0890 0001") == "5171014508900001"
    for salah in ("123", "1234567890123456", "5171013202900001", "51710145089000AB"):
        with pytest.raises(Galat) as e:
            inti.validasi_nik(salah)
        assert e.value.kode == "nik_tidak_sah" and not e.value.param  # never echoes the number
    with pytest.raises(Galat) as e:
        inti.validasi_nik(None)
    assert e.value.kode == "lpg_tanpa_nik"
    assert inti.samarkan_nik("5171014508900001") == "5171********0001"


def test_baris_dan_kategori():
    assert inti.parse_baris("brs5:2") == inti.BarisInput("BRS5", 2, None)
    assert inti.parse_baris("BRS5:2:75.000") == inti.BarisInput("BRS5", 2, 75_000)
    assert inti.parse_baris("BRS5:10:68rb", harga_wajib=True).harga == 68_000
    for salah in ("BRS5", "BRS5:0", "BRS5:-1", "BRS5:1,5", ":2", "BRS5:1:2:3"):
        with pytest.raises(Galat):
            inti.parse_baris(salah)
    with pytest.raises(Galat):
        inti.parse_baris("BRS5:2", harga_wajib=True)
    assert inti.normal_kategori_pembeli("Rumah-Tangga") == "rumah tangga"
    assert inti.normal_kategori_pembeli("usaha_mikro") == "usaha mikro"
    with pytest.raises(Galat):
        inti.normal_kategori_pembeli("pedagang")
    with pytest.raises(Galat):
        inti.normal_kategori("obat")


def test_nilai_selisih_opname_satu_aturan():
    from koperasi_cli.core.sembako import nilai_selisih_opname

    # Stock 30 units worth Rp 450.000 (average Rp 15.000).
    assert nilai_selisih_opname(450_000, 30, -4, None) == 60_000  # short 4: 4 x 15.000
    assert nilai_selisih_opname(450_000, 30, -30, None) == 450_000  # all of it: the whole value
    assert nilai_selisih_opname(450_000, 30, 2, None) == 30_000  # surplus 2 at the average
    assert nilai_selisih_opname(450_000, 30, 2, 16_500) == 33_000  # surplus 2 at the hpp given
    assert nilai_selisih_opname(100_000, 3, 1, None) == 33_333  # 100.000 / 3 = 33.333,3 -> 33.333
    assert nilai_selisih_opname(0, 0, 5, None) is None  # nothing to value a surplus at
