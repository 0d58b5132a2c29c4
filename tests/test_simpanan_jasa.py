"""Interest on simpanan sukarela (jasa simpanan) and the final tax around the Rp 240.000 threshold."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from anggota_bantu import Lib, js, neraca, ok, tambah
from conftest import buka, isi_folder
from koperasi_cli.core.simpanan import dasar_jasa, hitung_jasa, pajak_jasa
from koperasi_cli.core.tanggal import Bulan


def test_jasa_di_bawah_pada_dan_di_atas_batas_pajak(cli, kop):
    # Four members with sukarela balances from January; interest for February at 3 % a year
    # (the profile's default) on the lowest balance = balance x 3 / 1200:
    #   10.000.000 ->  25.000, no tax (below 240.000)
    #   96.000.000 -> 240.000, no tax (at the threshold: only interest above it is taxed)
    #   96.000.400 -> 240.001, tax 10 % of the whole = 24.000,1 -> 24.000, credited 216.001
    #  120.000.000 -> 300.000, tax 30.000, credited 270.000
    with Lib(kop) as k:
        for i, s in enumerate([10_000_000, 96_000_000, 96_000_400, 120_000_000], start=1):
            k.tambah(f"A{i}", i)
            k.setor(str(i), "sukarela", s, "2025-01-31")
    d = js(cli, "simpanan", "jasa", "2025-02")
    assert [(a["no"], a["dasar"], a["jasa"], a["pajak"], a["diterima"]) for a in d["anggota"]] == [
        ("0001", 10_000_000, 25_000, 0, 25_000),
        ("0002", 96_000_000, 240_000, 0, 240_000),
        ("0003", 96_000_400, 240_001, 24_000, 216_001),
        ("0004", 120_000_000, 300_000, 30_000, 270_000),
    ]
    # 25.000 + 240.000 + 240.001 + 300.000 = 805.001; tax 24.000 + 30.000 = 54.000.
    assert (d["total_jasa"], d["total_pajak"], d["total_diterima"]) == (805_001, 54_000, 751_001)
    with buka(kop, coba=True) as buku:
        r = buku.cari_entri(d["entri"])
        assert r["tanggal"] == "2025-02-28" and r["jenis"] == "simpanan-jasa"
        pajak = {b["anggota"]: b["kredit"] for b in r["baris"] if b["akun"] == "2105"}
        assert pajak == {"0003": 24_000, "0004": 30_000}  # the tax is tagged per member (bukti potong)
    tb = neraca(cli)
    assert tb["5201"] == 805_001 and tb["2105"] == -54_000
    assert js(cli, "simpanan", "saldo", "4")["sukarela"] == 120_270_000
    assert ok(cli, "periksa").exit_code == 0


def test_jasa_dua_kali_ditolak_dan_bisa_diulang_setelah_dibatalkan(cli, kop):
    tambah(cli, "Budi", 1)
    ok(cli, "simpanan", "setor", "1", "sukarela", "12jt", "--tanggal", "2025-01-15")
    d = js(cli, "simpanan", "jasa", "2025-01")
    assert d["anggota"] == []  # lowest balance in January is the opening 0
    d = js(cli, "simpanan", "jasa", "2025-02")
    assert d["total_jasa"] == 30_000  # 12.000.000 x 3 / 1200
    sebelum = isi_folder(kop)
    r = cli("simpanan", "jasa", "2025-02")
    assert r.exit_code == 1 and d["entri"] in r.stderr and "jurnal batal" in r.stderr
    r = cli("simpanan", "jasa", "2025-02", lang="en")
    assert r.exit_code == 1 and "already credited" in r.stderr
    assert isi_folder(kop) == sebelum
    ok(cli, "jurnal", "batal", d["entri"], "--ket", "salah bunga", "--tanggal", "2025-02-28")
    d2 = js(cli, "simpanan", "jasa", "2025-02", "--bunga-tahunan", "6")
    assert d2["total_jasa"] == 60_000  # 12.000.000 x 6 / 1200
    assert js(cli, "simpanan", "saldo", "1")["sukarela"] == 12_060_000


def test_jasa_saldo_terendah_memakai_saldo_awal_dan_setiap_hari(cli):
    tambah(cli, "Budi", 1)
    ok(cli, "simpanan", "setor", "1", "sukarela", "10jt", "--tanggal", "2025-02-20")
    ok(cli, "simpanan", "tarik", "1", "sukarela", "4jt", "--tanggal", "2025-03-10")
    ok(cli, "simpanan", "setor", "1", "sukarela", "5jt", "--tanggal", "2025-03-20")
    # March: opening 10.000.000, 6.000.000 from the 10th, 11.000.000 from the 20th: lowest 6.000.000;
    # 6.000.000 x 3 / 1200 = 15.000.
    d = js(cli, "simpanan", "jasa", "2025-03")
    assert (d["anggota"][0]["dasar"], d["total_jasa"]) == (6_000_000, 15_000)


def test_jasa_saldo_rata_rata_dari_pengaturan(cli, kop):
    teks = (kop / "koperasi.yaml").read_text()
    (kop / "koperasi.yaml").write_text(teks.replace("dasar_jasa: terendah", "dasar_jasa: rata-rata"))
    tambah(cli, "Budi", 1)
    ok(cli, "simpanan", "setor", "1", "sukarela", "28jt", "--tanggal", "2025-02-15")
    # February 2025 has 28 days: 0 on days 1-14, 28.000.000 on days 15-28:
    # average 14 x 28.000.000 / 28 = 14.000.000; x 3 / 1200 = 35.000.
    d = js(cli, "simpanan", "jasa", "2025-02")
    assert (d["dasar"], d["anggota"][0]["dasar"], d["total_jasa"]) == ("rata-rata", 14_000_000, 35_000)


def test_jasa_bulan_belum_berakhir_ditolak(cli):
    r = cli("simpanan", "jasa", "2999-01")
    assert r.exit_code == 1 and "belum berakhir" in r.stderr


def test_jasa_dry_run_tidak_menulis(cli, kop):
    tambah(cli, "Budi", 1)
    ok(cli, "simpanan", "setor", "1", "sukarela", "12jt", "--tanggal", "2025-01-15")
    sebelum = isi_folder(kop)
    r = ok(cli, "simpanan", "jasa", "2025-02", "--dry-run")
    assert "30.000" in r.stdout
    assert isi_folder(kop) == sebelum


def test_aturan_inti_jasa_dan_pajak():
    feb = Bulan(2025, 2)
    assert dasar_jasa(1_000, [(date(2025, 2, 1), -1_000)], feb, "terendah") == 0
    assert dasar_jasa(0, [(date(2025, 2, 28), 2_800)], feb, "rata-rata") == 100
    assert hitung_jasa(Decimal(1_000_000), Decimal("3")) == 2_500
    assert hitung_jasa(Decimal(100), Decimal("3")) == 0  # 0,25 -> 0
    assert hitung_jasa(Decimal(200), Decimal("3")) == 1  # 0,5 -> 1 (half up)
    assert [pajak_jasa(j, 240_000, Decimal(10)) for j in (239_999, 240_000, 240_001, 240_005)] == [0, 0, 24_000, 24_001]
