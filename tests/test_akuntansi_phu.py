"""The PHU in the regulator's layout (Permenkop 2/2024): member participation apart from
non-members, each sale at its own cost, 4105 against the sales it belongs to, the tax line.
Figures computed by hand."""

from __future__ import annotations

import json

import openpyxl

from akuntansi_bantu import cli  # noqa: F401  (the faster fixture)
from conftest import buka


def ok(r):
    assert r.exit_code == 0, r.output
    return r


def js(r):
    return json.loads(ok(r).stdout)


def _bulan_januari(cli, kop):
    with buka(kop) as b:
        b.tabel("anggota").insert({"no": "0001", "nama": "Ni Luh", "nik": "5171010101900001", "jenis_kelamin": "P",
                                   "status": "aktif", "tanggal_masuk": "2025-01-02"})
    langkah = [
        ("kas", "masuk", "5jt", "--akun", "3104", "--ket", "Hibah", "--tanggal", "2025-01-02"),
        ("sembako", "barang", "tambah", "--kode", "GLA1", "--nama", "Gula 1 kg", "--satuan", "kg",
         "--harga-jual", "20000", "--harga-anggota", "18000"),
        ("sembako", "beli", "GLA1", "10", "15000", "--tanggal", "2025-01-03"),
        ("sembako", "jual", "GLA1:4", "--anggota", "0001", "--tanggal", "2025-01-05"),  # 72.000, cost 60.000
        ("sembako", "jual", "GLA1:3", "--tanggal", "2025-01-06"),  # 60.000, cost 45.000
        ("jurnal", "catat", "--debit", "4105=2000", "--kredit", "1101=2000", "--ket", "Potongan pembeli umum",
         "--tanggal", "2025-01-06"),
        ("jurnal", "catat", "--debit", "1101=50000", "--kredit", "4201=50000", "--ket", "Jasa pinjaman", "--tanggal", "2025-01-10"),
        ("jurnal", "catat", "--debit", "5201=10000", "--kredit", "1101=10000", "--ket", "Jasa simpanan", "--tanggal", "2025-01-31"),
        ("kas", "keluar", "30000", "--akun", "6103", "--ket", "Listrik", "--tanggal", "2025-01-20"),
        ("kas", "keluar", "20000", "--akun", "6110", "--ket", "Rapat", "--tanggal", "2025-01-21"),
        ("kas", "keluar", "1000", "--akun", "6112", "--ket", "PPh final", "--tanggal", "2025-01-31"),
    ]
    for a in langkah:
        ok(cli(*a))


def test_phu_susunan_regulator(cli, kop, tmp_path):
    _bulan_januari(cli, kop)
    p = js(cli("laporan", "phu", "2025-01", "--format", "json"))
    # Partisipasi bruto: member sales 4 x 18.000 = 72.000 + loan interest 50.000 = 122.000;
    # beban pokok: the member's goods at their own cost 4 x 15.000 = 60.000 + cost of funds
    # 10.000 = 70.000; neto 122.000 - 70.000 = 52.000.
    assert p["partisipasi"] == {"bruto": 122_000, "beban_pokok": 70_000, "neto": 52_000}
    # Non-members: 3 x 20.000 = 60.000 less the discount 2.000 = 58.000; cost 3 x 15.000 = 45.000
    # (a revenue share would have charged 105.000 x 60.000 / 132.000 = 47.727); 58.000 - 45.000 = 13.000.
    assert p["non_anggota"] == {"pendapatan": 58_000, "hpp": 45_000, "laba_kotor": 13_000}
    # Before tax: 52.000 + 13.000 - beban usaha 30.000 - perkoperasian 20.000 = 15.000;
    # tax 1.000 (6112, not an operating expense); after tax 14.000.
    assert p["shu_sebelum_pajak"] == 15_000 and p["pajak"] == 1_000
    assert p["shu_setelah_pajak"] == p["shu"] == 14_000
    # Earlier keys stay: 72.000 + 60.000 - 2.000 + 50.000 = 180.000; costs 105.000 + 10.000 + 50.000 + 1.000
    assert p["total_pendapatan"] == 180_000 and p["total_beban"] == 166_000
    assert p["penjualan"] == {"anggota": 72_000, "non_anggota": 60_000}
    teks = ok(cli("laporan", "phu", "2025-01")).stdout
    for pos in ("PARTISIPASI NETO", "LABA KOTOR NON-ANGGOTA", "Beban perkoperasian", "SHU SEBELUM PAJAK",
                "SHU SETELAH PAJAK", "Januari 2025"):
        assert pos in teks, pos
    f = tmp_path / "jan.xlsx"
    ok(cli("laporan", "bulanan", "2025-01", "-o", str(f)))
    ws = openpyxl.load_workbook(f)["PHU"]
    baris = {r[1]: r[2] for r in ws.iter_rows(values_only=True) if r and r[1]}
    assert baris["PARTISIPASI NETO"] == 52_000 and baris["LABA KOTOR NON-ANGGOTA"] == 13_000
    assert baris["SHU SEBELUM PAJAK"] == 15_000


def test_shu_non_anggota_dari_hpp_sebenarnya(cli, kop):
    """With `shu.pisah_non_anggota`, the non-members' part is their gross margin at each sale's
    actual cost less a revenue-proportional share of operating costs."""
    path = kop / "koperasi.yaml"
    path.write_text(path.read_text().replace("pisah_non_anggota: false", "pisah_non_anggota: true"))
    with buka(kop) as b:
        b.tabel("anggota").insert({"no": "0001", "nama": "Ni Luh", "nik": "5171010101900001", "jenis_kelamin": "P",
                                   "status": "aktif", "tanggal_masuk": "2025-01-02"})
    for a in [
        ("kas", "masuk", "5jt", "--akun", "3104", "--ket", "Hibah", "--tanggal", "2025-01-02"),
        ("sembako", "barang", "tambah", "--kode", "GLA1", "--nama", "Gula 1 kg", "--satuan", "kg",
         "--harga-jual", "20000", "--harga-anggota", "15000"),
        ("sembako", "beli", "GLA1", "20", "14000", "--tanggal", "2025-01-03"),
        ("sembako", "jual", "GLA1:10", "--anggota", "0001", "--tanggal", "2025-01-05"),  # 150.000, cost 140.000
        ("sembako", "jual", "GLA1:10", "--tanggal", "2025-01-06"),  # 200.000, cost 140.000
        ("kas", "keluar", "35000", "--akun", "6103", "--ket", "Listrik", "--tanggal", "2025-01-20"),
    ]:
        ok(cli(*a))
    d = js(cli("laporan", "shu", "2025", "--format", "json"))
    # SHU = 150.000 + 200.000 - 280.000 - 35.000 = 35.000.
    # Non-members: margin 200.000 - 140.000 = 60.000; costs 35.000 x 200.000 / 350.000 = 20.000;
    # 60.000 - 20.000 = 40.000, capped at the SHU: 35.000. (A revenue share of the cost of goods,
    # 280.000 x 200.000 / 350.000 = 160.000, gave a margin of 40.000 and 20.000 for non-members.)
    assert d["shu"] == 35_000 and d["shu_non_anggota"] == 35_000
