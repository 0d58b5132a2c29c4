"""Closing the books: months in order, reopening, the year end with SHU, paying SHU, the RAT
package. A small year whose SHU and every member's share are computed by hand."""

import json

import openpyxl
import pytest

from tests.anggota_bantu import js, ok, tambah
from tests.conftest import buka, isi_folder


@pytest.fixture
def tahun_2025(cli, kop):
    ok(cli, "kas", "masuk", "10jt", "--akun", "3104", "--ket", "Hibah", "--tanggal", "2025-01-02")
    tambah(cli, "Budi", 1, tanggal="2025-01-05")  # pokok 100.000 each
    tambah(cli, "Sari", 2, perempuan=True, tanggal="2025-01-05")
    tambah(cli, "Made", 3, tanggal="2025-01-05")
    ok(cli, "simpanan", "setor", "1", "wajib", "240rb", "--tanggal", "2025-01-06")  # 12 months
    ok(cli, "simpanan", "setor", "2", "wajib", "120rb", "--tanggal", "2025-01-06")  # 6 months
    ok(cli, "sembako", "barang", "tambah", "--kode", "BRS5", "--nama", "Beras 5 kg", "--satuan", "karung",
       "--harga-jual", "75.000")
    ok(cli, "sembako", "beli", "BRS5", "10", "60.000", "--tanggal", "2025-02-01")
    ok(cli, "sembako", "jual", "BRS5:4", "--anggota", "1", "--tanggal", "2025-03-01")  # 300.000, cost 240.000
    ok(cli, "sembako", "jual", "BRS5:2", "--anggota", "2", "--tanggal", "2025-03-02")  # 150.000, cost 120.000
    ok(cli, "sembako", "jual", "BRS5:2", "--tanggal", "2025-03-03")  # non-member 150.000, cost 120.000
    ok(cli, "kas", "masuk", "1jt", "--akun", "4402", "--ket", "Sewa tenda", "--tanggal", "2025-05-01")
    ok(cli, "kas", "keluar", "200rb", "--akun", "6103", "--ket", "Listrik", "--tanggal", "2025-06-30")
    return kop


def test_shu_simulasi_dihitung_tangan(cli, tahun_2025):
    d = js(cli, "laporan", "shu", "2025")
    # income 450.000 + 150.000 + 1.000.000; costs 480.000 + 200.000 -> SHU 920.000
    assert (d["tahun"], d["shu"], d["status"]) == (2025, 920_000, "simulasi")
    assert d["alokasi"] == {"cadangan": 276_000, "jasa_modal": 184_000, "jasa_usaha": 230_000, "dana_pengurus": 46_000,
                            "dana_karyawan": 46_000, "dana_pendidikan": 46_000, "dana_sosial": 46_000,
                            "dana_pembangunan_desa": 46_000}  # 30/20/25/5x5 % of 920.000
    per = {m["no"]: m for m in d["anggota"]}
    # jasa modal by pokok + wajib: 340.000 / 220.000 / 100.000 of 660.000 x 184.000, rounded down
    assert [per[n]["jasa_modal"] for n in ("0001", "0002", "0003")] == [94_787, 61_333, 27_878]
    # jasa usaha by purchases: 300.000 / 150.000 / 0 of 450.000 x 230.000, rounded down
    assert [per[n]["jasa_usaha"] for n in ("0001", "0002", "0003")] == [153_333, 76_666, 0]
    assert [per[n]["jumlah"] for n in ("0001", "0002", "0003")] == [248_120, 137_999, 27_878]
    assert d["sisa_pembulatan"] == 3  # 184.000 - 183.998 + 230.000 - 229.999
    assert per["0002"]["nik"].startswith("5171") and "*" in per["0002"]["nik"]


def test_persen_tidak_100_ditolak(cli, tahun_2025):
    path = tahun_2025 / "koperasi.yaml"
    path.write_text(path.read_text().replace("      cadangan: 30", "      cadangan: 35"))
    r = cli("laporan", "shu", "2025")
    assert r.exit_code == 1 and "105" in r.stderr and "100" in r.stderr
    sebelum = isi_folder(tahun_2025)
    r = cli("tutup-buku", "--tahun", "2025")
    assert r.exit_code == 1
    assert isi_folder(tahun_2025) == sebelum


def test_tutup_tahun_lalu_bayar(cli, tahun_2025, tmp_path):
    h = js(cli, "tutup-buku", "--tahun", "2025")
    assert h["shu"] == 920_000 and len(h["bulan_dikunci"]) == 12
    assert js(cli, "periksa")["baik"]
    ns = {a["kode"]: a["debit"] - a["kredit"] for a in js(cli, "laporan", "neraca-saldo", "--per", "2025-12-31")["akun"]}
    assert not [a for a in ns if a[0] in "456"]  # income and expenses closed
    # closed into SHU belum dibagi; nothing allocated before the RAT
    assert ns.get("3301", 0) == 0 and ns["3302"] == -920_000 and "3201" not in ns and "2106" not in ns
    n = js(cli, "laporan", "neraca", "--per", "2025-12-31")
    assert n["total_aset"] == n["total_kewajiban_ekuitas"]
    assert js(cli, "laporan", "phu", "2025")["shu"] == 920_000  # the year's statement still shows the year
    d = js(cli, "laporan", "shu", "2025")
    assert d["status"] == "ditutup" and d["usulan"]["alokasi"]["cadangan"] == 276_000 and d["keputusan"] is None
    r = cli("kas", "masuk", "1000", "--akun", "4402", "--ket", "x", "--tanggal", "2025-06-15")
    assert r.exit_code == 1 and "2025-06" in r.stderr
    r = cli("tutup-buku", "--tahun", "2025")
    assert r.exit_code == 1 and "sudah ditutup" in r.stderr
    r = cli("shu", "bayar", "2025", "--tanggal", "2026-01-10")
    assert r.exit_code == 1 and "shu tetapkan 2025" in r.stderr
    h = js(cli, "shu", "tetapkan", "2025", "--tanggal", "2026-03-14")  # the profile's split
    assert h["alokasi"]["cadangan"] == 276_000 and h["dibagi_anggota"] == 413_997 and h["sisa_pembulatan"] == 3
    ns = {a["kode"]: a["debit"] - a["kredit"] for a in js(cli, "laporan", "neraca-saldo", "--per", "2026-03-14")["akun"]}
    assert ns["3201"] == -276_000 and ns["3302"] == -3
    assert ns["2106"] == -(248_120 + 137_999 + 27_878)
    assert all(ns[a] == -46_000 for a in ("2107", "2108", "2109", "2110", "2111"))
    h = js(cli, "shu", "bayar", "2025", "--ke-sukarela", "--tanggal", "2026-03-15")
    assert h["total"] == 413_997 and h["anggota"] == 3 and h["ke_utang_keluar"] == []
    assert js(cli, "simpanan", "saldo", "1")["sukarela"] == 248_120
    r = cli("shu", "bayar", "2025", "--tanggal", "2026-03-16")
    assert r.exit_code == 1 and "sudah dibayarkan" in r.stderr
    f = tmp_path / "rat.xlsx"
    assert cli("laporan", "rat", "2025", "-o", str(f)).exit_code == 0
    wb = openpyxl.load_workbook(f)
    assert {"Sampul", "Posisi Keuangan", "PHU", "Alokasi SHU", "Usulan RAT", "SHU Anggota", "Keanggotaan"} <= set(wb.sheetnames)
    baris = {r[0]: r for r in wb["SHU Anggota"].iter_rows(values_only=True) if r[0]}
    assert baris["0001"][7] == 248_120 and "*" in baris["0001"][2]
    assert js(cli, "periksa")["baik"]


def test_bulan_urut_buka_kembali_tutup_lagi(cli, tahun_2025):
    assert cli("tutup-buku", "2025-02").exit_code == 1  # January still open
    h = js(cli, "tutup-buku", "2025-01")
    assert h["bulan"] == "2025-01"
    ok(cli, "tutup-buku", "2025-02")
    r = cli("tutup-buku", "2025-01", "--buka-kembali", "--alasan", "salah")
    assert r.exit_code == 1 and "2025-02" in r.stderr  # only the latest
    r = cli("tutup-buku", "2025-02", "--buka-kembali")
    assert r.exit_code == 1 and "--alasan" in r.stderr
    ok(cli, "tutup-buku", "2025-02", "--buka-kembali", "--alasan", "faktur tertinggal")
    ok(cli, "kas", "keluar", "50rb", "--akun", "6104", "--ket", "ATK", "--tanggal", "2025-02-20")
    ok(cli, "tutup-buku", "2025-02")
    with buka(tahun_2025, coba=True) as b:
        assert b.kepala["log_tutup"][0]["alasan"] == "faktur tertinggal"
        # The stored balances equal the books' at the month's end.
        simpan = b.titik_tutup()
        assert simpan["bulan"] == "2025-02"
    assert js(cli, "periksa")["baik"]
    n = js(cli, "laporan", "neraca", "--per", "2025-02-28")
    assert n["total_aset"] == n["total_kewajiban_ekuitas"]


def test_tutup_ditolak_bila_buku_rusak(cli, tahun_2025):
    shard = tahun_2025 / "data" / "jurnal" / "2025-01.json"
    shard.write_bytes(shard.read_bytes().replace(b"Hibah", b"Hibak"))
    r = cli("tutup-buku", "2025-01")
    assert r.exit_code == 3 and "2025-01.json" in r.stderr
    assert "2025-01" not in json.loads((tahun_2025 / "data" / "kepala.json").read_text())["tutup"]


def test_dua_bulan_ditutup_dalam_satu_unit_kerja(tahun_2025):
    from koperasi_cli.core.tanggal import Bulan
    from koperasi_cli.layanan.tutup import tutup_bulan

    with buka(tahun_2025) as b:
        tutup_bulan(b, Bulan(2025, 1))
        tutup_bulan(b, Bulan(2025, 2))
    with buka(tahun_2025, coba=True) as b:
        from koperasi_cli.layanan.periksa import periksa

        assert periksa(b) == [] and {"2025-01", "2025-02"} <= b.bulan_tutup


def test_titik_tutup_akun_dan_tag_dalam_dua_berkas(cli, tahun_2025):
    """The statements read the small file of account totals; the tag totals (every member and
    loan) sit beside it and are read only by what needs them."""
    ok(cli, "tutup-buku", "2025-01")
    folder = tahun_2025 / "data" / "tutup"
    assert sorted(p.name for p in folder.iterdir()) == ["2025-01.json", "2025-01.tag.json"]
    assert "tag" not in json.loads((folder / "2025-01.json").read_text())
    with buka(tahun_2025, coba=True) as b:
        akun = b.titik_tutup()
        assert "tag" not in akun and akun["bulan"] == "2025-01"
        assert "data/tutup/2025-01.tag.json" not in b._cache  # not read for the accounts
        assert b.titik_tutup(tag=True)["tag"] == json.loads((folder / "2025-01.tag.json").read_text())["tag"]
