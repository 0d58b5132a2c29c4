"""Fixed assets (`koperasi aset`): the straight-line schedule, the month-closing hook, the register,
disposal at a gain and at a loss, grants, credit purchases, refusals. Figures computed by hand."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from koperasi_cli.core import aset as inti
from koperasi_cli.core.tanggal import Bulan
from tests.anggota_bantu import js, modal, neraca, ok
from tests.conftest import buka, isi_folder


# ---- the schedule (core) -----------------------------------------------------------------------
def test_bulan_mulai_tanggal_15():
    assert inti.bulan_mulai(date(2025, 1, 10)) == Bulan(2025, 1)
    assert inti.bulan_mulai(date(2025, 1, 15)) == Bulan(2025, 1)  # by the 15th: this month
    assert inti.bulan_mulai(date(2025, 1, 16)) == Bulan(2025, 2)
    assert inti.bulan_mulai(date(2025, 12, 20)) == Bulan(2026, 1)
    assert inti.bulan_terakhir_lepas(date(2026, 1, 20)) == Bulan(2026, 1)  # after the 15th: counts
    assert inti.bulan_terakhir_lepas(date(2026, 1, 15)) == Bulan(2025, 12)


def test_jadwal_12_juta_48_bulan():
    j = inti.Jadwal(12_000_000, 0, 48, Bulan(2025, 1))
    assert j.bulanan == 250_000  # 12.000.000 / 48
    assert j.terakhir == Bulan(2028, 12)  # January 2025 + 47 months
    assert j.susut(Bulan(2024, 12)) == 0 and j.susut(Bulan(2029, 1)) == 0
    assert j.akumulasi(Bulan(2025, 12)) == 3_000_000  # 12 x 250.000
    assert j.akumulasi(Bulan(2040, 1)) == 12_000_000


def test_bulan_terakhir_menyerap_pembulatan():
    # 1.000.000 - residual 100.000 = 900.001? no: 1.000.001 - 1 = 1.000.000 over 3 months:
    # 333.333 (rounded down) twice, the last 1.000.000 - 666.666 = 333.334
    j = inti.Jadwal(1_000_001, 1, 3, Bulan(2025, 1))
    assert [j.susut(Bulan(2025, m)) for m in (1, 2, 3)] == [333_333, 333_333, 333_334]
    assert j.akumulasi(Bulan(2025, 2)) == 666_666 and j.akumulasi(Bulan(2025, 3)) == 1_000_000


@given(harga=st.integers(1, 10**13), umur=st.integers(1, 600), residu_bagian=st.integers(0, 99))
def test_jumlah_susut_sama_dengan_harga_kurang_residu(harga, umur, residu_bagian):
    residu = harga * residu_bagian // 100
    j = inti.Jadwal(harga, residu, umur, Bulan(2025, 3))
    bulan, total, b = [], 0, Bulan(2025, 3)
    for _ in range(umur):
        bulan.append(j.susut(b))
        total += bulan[-1]
        b = b.berikut()
    assert total == harga - residu == j.akumulasi(b)
    assert min(bulan) >= 0 and bulan[-1] >= j.bulanan and j.susut(b) == 0


def test_tanah_tanpa_umur_dan_residu():
    assert inti.cek_angka("tanah", 50_000_000, None, None, 0) == (0, 0)
    assert inti.cek_angka("peralatan", 12_000_000, None, None, 48) == (48, 0)
    for umur, residu in ((12, None), (None, 1)):
        with pytest.raises(Exception):
            inti.cek_angka("tanah", 50_000_000, umur, residu, 0)


# ---- through the command line -----------------------------------------------------------------------
def _tutup(kop, *bulan: str) -> None:
    from koperasi_cli.layanan.tutup import tutup_bulan

    for b in bulan:
        with buka(kop) as buku:
            tutup_bulan(buku, Bulan.dari_str(b))


@pytest.fixture
def dua_cold_box(cli, kop):
    modal(cli, "50jt")  # 50.000.000 cash on 2025-01-02
    ok(cli, "aset", "tambah", "--kode", "CB10", "--nama", "Cold box A", "--golongan", "peralatan", "--harga", "12jt",
       "--tanggal", "2025-01-10", "--unit", "sembako")
    ok(cli, "aset", "tambah", "--kode", "CB20", "--nama", "Cold box B", "--golongan", "peralatan", "--harga", "12jt",
       "--tanggal", "2025-01-20")
    return kop


def test_tambah_json_dan_jurnal(cli, kop):
    modal(cli, "50jt")
    h = js(cli, "aset", "tambah", "--kode", "cb10", "--nama", "Cold box A", "--golongan", "peralatan", "--harga", "12jt",
           "--tanggal", "2025-01-10")
    assert (h["kode"], h["umur"], h["residu"], h["susut_bulanan"]) == ("CB10", 48, 0, 250_000)
    assert (h["susut_mulai"], h["susut_akhir"], h["akun"], h["akun_bayar"]) == ("2025-01", "2028-12", "1204", "1101")
    s = neraca(cli)
    assert (s["1204"], s["1101"]) == (12_000_000, 38_000_000)  # 50.000.000 - 12.000.000


def test_tutup_bulan_memosting_penyusutan_sekali(cli, dua_cold_box):
    kop = dua_cold_box
    h = js(cli, "tutup-buku", "2025-01")
    assert len(h["entri"]) == 1  # January: CB10 only (CB20 was bought after the 15th)
    r = cli("aset", "susut", "2025-01")
    assert r.exit_code == 1 and "sudah diposting" in r.stderr and "250.000" in r.stderr
    # February by hand: both cold boxes, 2 x 250.000; closing February then posts nothing more
    d = js(cli, "aset", "susut", "2025-02")
    assert (d["jumlah"], d["aset"], d["tanggal"]) == (500_000, {"CB10": 250_000, "CB20": 250_000}, "2025-02-28")
    assert js(cli, "tutup-buku", "2025-02")["entri"] == []
    with buka(kop, coba=True) as buku:
        susut = [r for r in buku.entri() if r["jenis"] == "aset-susut"]
    assert [sum(b["debit"] for b in r["baris"]) for r in susut] == [250_000, 500_000]
    # the expense carries each asset's business unit: CB10 sembako, CB20 kantor
    assert sorted((b.get("unit"), b["debit"]) for b in susut[1]["baris"] if b["akun"] == "6106") == \
        [("kantor", 250_000), ("sembako", 250_000)]


def test_setahun_daftar_neraca_dan_pelepasan(cli, dua_cold_box):
    kop = dua_cold_box
    _tutup(kop, *[f"2025-{m:02d}" for m in range(1, 13)])
    d = js(cli, "aset", "daftar", "--per", "2025-12-31")
    # CB10: January..December = 12 x 250.000 = 3.000.000; book value 12.000.000 - 3.000.000
    # CB20: February..December = 11 x 250.000 = 2.750.000; book value 9.250.000
    assert d == {"per": "2025-12-31", "aset": [
        {"kode": "CB10", "nama": "Cold box A", "golongan": "peralatan", "harga": 12_000_000, "akumulasi": 3_000_000,
         "nilai_buku": 9_000_000},
        {"kode": "CB20", "nama": "Cold box B", "golongan": "peralatan", "harga": 12_000_000, "akumulasi": 2_750_000,
         "nilai_buku": 9_250_000}],
        "total_harga": 24_000_000, "total_akumulasi": 5_750_000, "total_nilai_buku": 18_250_000}
    n = js(cli, "laporan", "neraca", "--per", "2025-12-31")
    tidak_lancar = {b["kode"]: b["saldo"] for b in n["aset"] if b["kelompok"] == "aset_tidak_lancar"}
    assert tidak_lancar == {"1204": 24_000_000, "1205": -5_750_000}  # contra account negative
    assert n["total_aset"] == n["total_kewajiban_ekuitas"]
    # at a mid-year date only what was posted by then: CB10 Jan..May 5 x 250.000, CB20 Feb..May 4 x
    assert js(cli, "aset", "daftar", "--per", "2025-06-15")["total_akumulasi"] == 2_250_000

    # Sale at a gain: CB10 on 2026-01-20 (after the 15th, January 2026 counts): accumulated
    # 13 x 250.000 = 3.250.000, book value 8.750.000; sold for 9.000.000 -> gain 250.000.
    h = js(cli, "aset", "lepas", "CB10", "--harga", "9jt", "--tanggal", "2026-01-20")
    assert (h["akumulasi"], h["nilai_buku"], h["laba"], len(h["entri_susut"])) == (3_250_000, 8_750_000, 250_000, 1)
    with buka(kop, coba=True) as buku:
        r = buku.cari_entri(h["entri"])
        susul = buku.cari_entri(h["entri_susut"][0])
    assert sorted((b["akun"], b["debit"], b["kredit"]) for b in r["baris"]) == [
        ("1101", 9_000_000, 0), ("1204", 0, 12_000_000), ("1205", 3_250_000, 0), ("4402", 0, 250_000)]
    assert susul["tanggal"] == "2026-01-20"  # January's charge, on the disposal date (before the month's end)

    # Sale at a loss: CB20 on 2026-01-10 (by the 15th, January 2026 does not count): accumulated
    # 11 x 250.000 = 2.750.000, book value 9.250.000; sold for 5.000.000 -> loss 4.250.000.
    h = js(cli, "aset", "lepas", "CB20", "--harga", "5jt", "--tanggal", "2026-01-10")
    assert (h["akumulasi"], h["nilai_buku"], h["laba"], h["entri_susut"]) == (2_750_000, 9_250_000, -4_250_000, [])
    s = neraca(cli)
    assert (s["1204"], s["1205"], s["4402"], s["6114"]) == (0, 0, -250_000, 4_250_000)
    assert js(cli, "aset", "daftar", "--per", "2026-01-31")["aset"] == []
    assert js(cli, "asset", "list", "--per", "2025-12-31", lang="en")["total_nilai_buku"] == 18_250_000  # English alias
    # closing January 2026 posts no depreciation for the assets sold
    assert js(cli, "tutup-buku", "2026-01")["entri"] == []
    k = js(cli, "aset", "kartu", "CB10")
    assert [g["jenis"] for g in k["riwayat"]] == ["perolehan"] + ["susut"] * 13 + ["lepas"]
    assert k["status"] == "dilepas" and k["jadwal_sisa"] == []
    assert json.loads(ok(cli, "periksa", "--format", "json").stdout)["baik"] is True


def test_hibah_tanah_utang(cli, kop):
    modal(cli, "5jt")
    h = js(cli, "aset", "tambah", "--kode", "GERAI", "--nama", "Gerai", "--golongan", "bangunan", "--harga", "240jt",
           "--sumber", "hibah", "--tanggal", "2025-01-03")
    assert (h["akun"], h["akun_bayar"], h["umur"], h["susut_bulanan"]) == ("1202", "3104", 240, 1_000_000)  # 240jt / 240
    h = js(cli, "aset", "tambah", "--kode", "TNH", "--nama", "Tanah gudang", "--golongan", "tanah", "--harga", "100jt",
           "--sumber", "hibah", "--tanggal", "2025-01-03")
    assert (h["akun"], h["umur"], h["susut_mulai"]) == ("1201", 0, None)
    r = cli("aset", "tambah", "--kode", "MTR", "--nama", "Motor", "--golongan", "kendaraan", "--harga", "24jt",
            "--sumber", "utang", "--tanggal", "2025-01-05")
    assert r.exit_code == 1 and "--pemasok" in r.stderr
    h = js(cli, "aset", "tambah", "--kode", "MTR", "--nama", "Motor", "--golongan", "kendaraan", "--harga", "24jt",
           "--sumber", "utang", "--pemasok", "Dealer Motor Jaya", "--tanggal", "2025-01-05")
    assert (h["akun"], h["akun_bayar"], h["umur"], h["susut_bulanan"]) == ("1206", "2101", 96, 250_000)  # 24jt / 96
    # January: building 1.000.000 + vehicle 250.000 (land none)
    assert js(cli, "aset", "susut", "2025-01")["jumlah"] == 1_250_000
    s = neraca(cli)
    assert (s["1201"], s["1202"], s["1203"], s["1206"], s["1207"], s["3104"], s["2101"]) == \
        (100_000_000, 240_000_000, -1_000_000, 24_000_000, -250_000, -345_000_000, -24_000_000)
    # the supplier is owed through the outlet's payables, paid with sembako bayar-pemasok
    ok(cli, "kas", "masuk", "20jt", "--akun", "3103", "--ket", "Modal penyertaan", "--tanggal", "2025-02-01")
    ok(cli, "sembako", "bayar-pemasok", "Dealer Motor Jaya", "24jt", "--tanggal", "2025-02-02")
    assert neraca(cli)["2101"] == 0
    assert json.loads(ok(cli, "periksa", "--format", "json").stdout)["baik"] is True


def test_penolakan_tidak_menulis(cli, kop):
    modal(cli, "5jt")
    ok(cli, "aset", "tambah", "--kode", "CB1", "--nama", "Cold box", "--golongan", "peralatan", "--harga", "4jt",
       "--tanggal", "2025-01-10")
    sebelum = isi_folder(kop)
    kasus = [
        (("--kode", "CB1", "--golongan", "peralatan", "--harga", "1jt"), "sudah dipakai"),
        (("--kode", "X1", "--golongan", "mesin", "--harga", "1jt"), "tanah, bangunan, peralatan, kendaraan"),
        (("--kode", "X1", "--golongan", "peralatan", "--harga", "1jt", "--residu", "1jt"), "residu"),
        (("--kode", "X1", "--golongan", "peralatan", "--harga", "1jt", "--umur", "0"), "--umur 48"),
        (("--kode", "X1", "--golongan", "peralatan", "--harga", "1jt", "--umur", "4,5"), "--umur 48"),
        (("--kode", "X1", "--golongan", "tanah", "--harga", "1jt", "--umur", "12"), "Tanah tidak disusutkan"),
        (("--kode", "X1", "--golongan", "peralatan", "--harga", "2jt"), "tidak cukup"),  # 1.000.000 cash left
        (("--kode", "X 1", "--golongan", "peralatan", "--harga", "1jt"), "tidak sah"),
        (("--kode", "X1", "--golongan", "peralatan", "--harga", "1jt", "--sumber", "hibah", "--kas", "1104"), "--kas"),
    ]
    for opsi, pesan in kasus:
        r = cli("aset", "tambah", "--nama", "Barang", "--tanggal", "2025-01-11", *opsi)
        assert r.exit_code == 1 and pesan in r.stderr, (opsi, r.stderr)
        assert "Traceback" not in r.output
    for args, pesan in ((("lepas", "NONE", "--harga", "0"), "tidak ada"),
                        (("lepas", "CB1", "--harga", "1jt", "--tanggal", "2025-01-05"), "baru diperoleh"),
                        (("susut", "2099-01"), "akhir bulannya")):
        r = cli("aset", *args)
        assert r.exit_code == 1 and pesan in r.stderr, (args, r.stderr)
    r = cli("aset", "tambah", "--kode", "X1", "--nama", "B", "--golongan", "mesin", "--harga", "1jt", lang="en")
    assert r.exit_code == 1 and "Asset group 'mesin' is unknown" in r.stderr
    assert isi_folder(kop) == sebelum


def test_lepas_setelah_susut_dan_batal(cli, kop):
    modal(cli, "5jt")
    ok(cli, "aset", "tambah", "--kode", "CB1", "--nama", "Cold box", "--golongan", "peralatan", "--harga", "4,8jt",
       "--tanggal", "2025-01-10")  # 4.800.000 / 48 = 100.000 a month
    d = js(cli, "aset", "susut", "2025-02")  # February posted before January: each month once
    assert d["aset"] == {"CB1": 100_000}
    r = cli("aset", "lepas", "CB1", "--harga", "0", "--tanggal", "2025-02-10")  # February would not count
    assert r.exit_code == 1 and "2025-02" in r.stderr
    # reversing February's depreciation makes it due again
    ok(cli, "jurnal", "batal", d["entri"], "--ket", "Salah bulan", "--tanggal", "2025-02-28")
    assert js(cli, "aset", "daftar", "--per", "2025-02-28")["total_akumulasi"] == 0
    # write-off on 2025-02-10: January still due (100.000), posted first; loss = book value 4.700.000
    h = js(cli, "aset", "lepas", "CB1", "--harga", "0", "--tanggal", "2025-02-10")
    assert (h["akumulasi"], h["laba"], len(h["entri_susut"])) == (100_000, -4_700_000, 1)
    with buka(kop, coba=True) as buku:
        assert buku.cari_entri(h["entri_susut"][0])["tanggal"] == "2025-01-31"  # January's own end
    assert json.loads(ok(cli, "periksa", "--format", "json").stdout)["baik"] is True


def test_periksa_dan_buku_kerja(cli, dua_cold_box, tmp_path):
    import openpyxl

    _tutup(dua_cold_box, "2025-01")
    x = tmp_path / "bulanan.xlsx"
    ok(cli, "laporan", "bulanan", "2025-01", "-o", str(x))
    ws = openpyxl.load_workbook(x)["Aset Tetap"]
    baris = [[c.value for c in r] for r in ws.iter_rows()]
    assert ["CB10", "Cold box A", "peralatan", "2025-01-10", 48, 12_000_000, 250_000, 250_000, 11_750_000] in baris
    # a manual entry on an asset account no longer matches the register
    ok(cli, "jurnal", "catat", "--debit", "1204=1jt", "--kredit", "1101=1jt", "--ket", "Rak", "--tanggal", "2025-02-01")
    r = cli("periksa")
    assert r.exit_code == 3 and "1204" in r.stderr + r.stdout
