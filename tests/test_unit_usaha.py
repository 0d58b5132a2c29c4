"""Rentals, services, goods with batches and expiry, and each unit's PHU (issue 19), through the
command line with figures computed by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import IDENTITAS, Cli, isi_folder

NIK = "5171014508900001"


@pytest.fixture
def kop(tmp_path):
    from koperasi_cli.layanan.koperasi import daftarkan_koperasi

    akar = tmp_path / "kop"
    daftarkan_koperasi(akar, dict(IDENTITAS), unit=["sembako", "apotek", "klinik", "peti-es"])
    return akar


@pytest.fixture
def cli(kop):
    c = Cli(kop)

    def jalan(*args, ok=True, **kw):
        h = c(*args, **kw)
        if ok:
            assert h.exit_code == 0, (args, h.stdout, h.stderr)
        return h

    jalan(*"kas masuk 5jt --akun 3104 --ket Hibah --tanggal 2025-02-01".split())
    return jalan


def _json(cli, *args):
    return json.loads(cli(*args, "--format", "json").stdout)


def _phu(cli, periode, unit=None):
    return _json(cli, "laporan", "phu", periode, *(["--unit", unit] if unit else []))


def _periksa(cli):
    h = cli("periksa", ok=False)
    assert h.exit_code == 0, h.stdout + h.stderr


def test_profil_unit_dari_init(kop):
    from conftest import buka

    with buka(kop, coba=True) as buku:
        info = buku.profil.unit_info
    assert list(info) == ["kantor", "simpan-pinjam", "sembako", "apotek", "klinik", "peti-es"]
    assert info["apotek"]["akun"] == {"persediaan": "1132", "penjualan_anggota": "4101", "penjualan_umum": "4102", "hpp": "5103"}
    assert info["peti-es"] == {"kode": "peti-es", "nama": "Sewa Peti Es (Cold Box)", "jenis": "sewa", "akun": {"pendapatan": "4301"}}


def test_sewa_peti_es(cli, kop):
    cli("anggota", "tambah", "--nama", "Wayan Nelayan", "--nik", NIK, "--jenis-kelamin", "P", "--alamat", "Jl. Gunung Agung, Tegal Harum",
        "--tanggal", "2025-02-01")
    for kode in ("BOX01", "BOX02"):
        cli("sewa", "objek", "tambah", "--kode", kode, "--nama", "Peti es 200 L", "--unit", "peti-es",
            "--tarif-harian", "15rb", "--tarif-bulanan", "250rb")
    # A non-member rents BOX01 for 10 days: 1-11 March = 10 days x 15.000 = 150.000, cash.
    cli("sewa", "mulai", "BOX01", "--penyewa", "Pak Made", "--tanggal", "2025-03-01")
    sebelum = isi_folder(kop)
    h = cli("sewa", "mulai", "BOX01", "--penyewa", "Bu Komang", "--tanggal", "2025-03-02", ok=False)
    assert h.exit_code == 1 and "sedang disewa Pak Made" in h.stderr and isi_folder(kop) == sebelum
    s = _json(cli, "sewa", "selesai", "BOX01", "--tanggal", "2025-03-11")
    assert (s["jumlah_satuan"], s["tagihan"], s["kas"]) == (10, 150_000, 150_000)
    # The member rents BOX02 monthly (250.000 a month) with a deposit of 100.000.
    cli("sewa", "mulai", "BOX02", "--anggota", "0001", "--bulanan", "--deposit", "100rb", "--tanggal", "2025-03-01")
    t = _json(cli, "sewa", "tagih", "2025-03")
    assert t["total"] == 250_000 and t["tagihan"][0]["sewa"] == "S0002"
    assert _json(cli, "sewa", "tagih", "2025-03")["tagihan"] == []  # once a month
    # Ends 1 May: 2 months (1 Mar-1 May); 1 billed, 1 more = 250.000. Owed 250.000 + 250.000 = 500.000;
    # deposit 100.000 set off -> 400.000 left, owed (--kredit).
    s = _json(cli, "sewa", "selesai", "BOX02", "--tanggal", "2025-05-01", "--kredit")
    assert (s["jumlah_satuan"], s["tagihan"], s["potong"], s["kembali"], s["sisa"]) == (1, 250_000, 100_000, 0, 400_000)
    p = _json(cli, "sewa", "piutang", "--per", "2025-05-31")
    # The bill of 31 March is 61 days old on 31 May.
    assert p["total"] == 400_000 and p["piutang"][0]["umur_hari"] == 61 and p["piutang"][0]["anggota"] == "0001"
    cli("sewa", "bayar-piutang", "0001", "400rb", "--tanggal", "2025-06-02")
    assert _json(cli, "sewa", "piutang")["total"] == 0
    # Income 4301 of the unit: 150.000 + 250.000 + 250.000 = 650.000.
    phu = _phu(cli, "2025", "peti-es")
    assert phu["total_pendapatan"] == 650_000 and phu["shu"] == 650_000
    # Cash: 5.000.000 grant + 100.000 pokok + 150.000 + 100.000 deposit + 400.000 = 5.750.000.
    ns = {a["kode"]: a for a in _json(cli, "laporan", "neraca-saldo")["akun"]}
    assert ns["1101"]["debit"] == 5_750_000 and "2115" not in ns or ns["2115"]["kredit"] == 0
    # The member's rentals (250.000 + 250.000) count for their jasa usaha.
    shu = _json(cli, "laporan", "shu", "2025")
    assert shu["anggota"][0]["transaksi"] == 500_000
    assert _json(cli, "sewa", "daftar")["objek_bebas"] == ["BOX01", "BOX02"]
    _periksa(cli)


def test_sewa_dibatalkan_berjalan_lagi(cli):
    """A reversed ending (`jurnal batal`) puts the rental back to running; a reversed monthly
    bill can be billed again; the deposit and receivable checks hold throughout."""
    cli("sewa", "objek", "tambah", "--kode", "GUD01", "--nama", "Gudang A", "--unit", "peti-es", "--tarif-bulanan", "1jt")
    cli("sewa", "mulai", "GUD01", "--penyewa", "UD Sari", "--bulanan", "--deposit", "500rb", "--tanggal", "2025-03-01")
    t = _json(cli, "sewa", "tagih", "2025-03")
    cli("jurnal", "batal", t["tagihan"][0]["entri"], "--ket", "salah tagih", "--tanggal", "2025-04-01")
    assert _json(cli, "sewa", "tagih", "2025-03", "--tanggal", "2025-04-01")["total"] == 1_000_000
    # Ends 15 April: 2 started months, 1 billed: 1.000.000 more; owed 2.000.000 less the deposit 500.000.
    s = _json(cli, "sewa", "selesai", "GUD01", "--tanggal", "2025-04-15")
    assert (s["tagihan"], s["potong"], s["kas"]) == (1_000_000, 500_000, 1_500_000)
    cli("jurnal", "batal", s["entri"], "--ket", "belum selesai", "--tanggal", "2025-04-15")
    assert _json(cli, "sewa", "daftar", "--status", "berjalan")["sewa"][0]["objek"] == "GUD01"
    _periksa(cli)
    s = _json(cli, "sewa", "selesai", "GUD01", "--tanggal", "2025-04-30", "--kredit")
    assert (s["tagihan"], s["sisa"]) == (1_000_000, 1_500_000)
    _periksa(cli)


def test_jasa_klinik_dengan_penjamin(cli):
    for kode, nama, harga in (("KONS", "Konsultasi", "50rb"), ("LAB", "Cek darah", "75rb"), ("TIND", "Tindakan", "100rb")):
        cli("jasa", "tarif", "tambah", "--kode", kode, "--nama", nama, "--unit", "klinik", "--harga", harga)
    # One receipt of three services: 50.000 + 2 x 75.000 + 100.000 = 300.000; the lab tests
    # (150.000) billed to BPJS, the rest (150.000) paid in cash.
    h = _json(cli, "jasa", "jual", "KONS:1", "LAB:2", "TIND:1", "--penjamin", "BPJS", "--kredit", "--ditanggung", "LAB",
              "--tanggal", "2025-03-05")
    assert (h["total"], h["tunai"], h["piutang"]) == (300_000, 150_000, 150_000)
    p = _json(cli, "jasa", "piutang", "--per", "2025-03-05")
    assert [(x["pihak"], x["sisa"], x["umur_hari"]) for x in p["piutang"]] == [("BPJS", 150_000, 0)]
    assert cli("jasa", "bayar-piutang", "BPJS", "200rb", ok=False).exit_code == 1
    cli("jasa", "bayar-piutang", "bpjs", "150rb", "--tanggal", "2025-04-10")
    assert _json(cli, "jasa", "piutang")["total"] == 0
    assert _phu(cli, "2025-03", "klinik")["total_pendapatan"] == 300_000
    assert cli("jasa", "jual", "KONS:1", "--penjamin", "BPJS", ok=False).exit_code == 1  # a payer needs --kredit
    _periksa(cli)


def test_apotek_batch_fefo_dan_musnah(cli, kop):
    cli("sembako", "barang", "tambah", "--kode", "PCT", "--nama", "Paracetamol 500 mg", "--satuan", "strip",
        "--harga-jual", "5rb", "--unit", "apotek", "--kedaluwarsa")
    sebelum = isi_folder(kop)
    h = cli("sembako", "beli", "PCT", "100", "2000", "--tanggal", "2025-03-01", ok=False)
    assert h.exit_code == 1 and "--batch" in h.stderr and isi_folder(kop) == sebelum
    # Batch A1 (expires 30 June) 100 x 2.000 = 200.000; batch B2 (expires 30 April) 100 x 2.600 = 260.000.
    cli("sembako", "beli", "PCT", "100", "2000", "--batch", "A1", "--kedaluwarsa", "2025-06-30", "--tanggal", "2025-03-01")
    cli("sembako", "beli", "PCT", "100", "2600", "--batch", "B2", "--kedaluwarsa", "2025-04-30", "--tanggal", "2025-03-02")
    # Sell 150 on 10 March: B2 first (100), then 50 of A1. Cost at the moving average:
    # 460.000 x 150 / 200 = 345.000; revenue 150 x 5.000 = 750.000 (non-member, 4102).
    j = _json(cli, "sembako", "jual", "PCT:150", "--tanggal", "2025-03-10")
    assert j["hpp"] == 345_000 and j["total"] == 750_000
    assert [(b["batch"], b["qty"]) for b in j["rekaman"]["data"]["batch"]] if "rekaman" in j else True
    stok = _json(cli, "sembako", "stok", "--per", "2025-03-10")
    pct = next(b for b in stok["barang"] if b["kode"] == "PCT")
    assert (pct["qty"], pct["nilai"]) == (50, 115_000)  # 460.000 - 345.000
    assert pct["batch"] == [{"batch": "A1", "kedaluwarsa": "2025-06-30", "qty": 50}]
    k = _json(cli, "sembako", "kedaluwarsa", "--per", "2025-06-15", "--dalam", "30")
    assert [(b["batch"], b["qty"], b["sisa_hari"]) for b in k["batch"]] == [("A1", 50, 15)]
    # After 30 June the batch is expired: not sold, written off (a loss of 115.000).
    h = cli("sembako", "jual", "PCT:1", "--tanggal", "2025-07-01", ok=False)
    assert h.exit_code == 1 and "kedaluwarsa" in h.stderr
    assert cli("sembako", "musnahkan", "PCT", "--batch", "A1", "--tanggal", "2025-06-30", ok=False).exit_code == 1
    m = _json(cli, "sembako", "musnahkan", "PCT", "--batch", "A1", "--tanggal", "2025-07-01")
    assert (m["qty"], m["nilai"]) == (50, 115_000)
    ns = {a["kode"]: a for a in _json(cli, "laporan", "neraca-saldo")["akun"]}
    assert "1132" not in ns and ns["5103"]["debit"] == 345_000 and ns["6113"]["debit"] == 115_000
    # The pharmacy's PHU: 750.000 - 345.000 - 115.000 = 290.000.
    phu = _phu(cli, "2025", "apotek")
    assert (phu["total_pendapatan"], phu["total_beban"], phu["shu"]) == (750_000, 460_000, 290_000)
    # Per unit and in total: the whole PHU is the sum of the units'.
    semua = _phu(cli, "2025")
    assert sum(u["shu"] for u in semua["per_unit"]) == semua["shu"] == 290_000
    _periksa(cli)


# ---- the Sanur Kauh example, init --unit, the full demo ----------------------------------------
CONTOH = Path(__file__).resolve().parent.parent / "examples" / "sanur-kauh"


def test_contoh_sanur_kauh(tmp_path):
    """Every `$K ...` line of examples/sanur-kauh/jalankan.sh, run in order."""
    import shlex

    c = Cli(tmp_path / "sanur-kauh")
    for baris in (CONTOH / "jalankan.sh").read_text().splitlines():
        if not baris.startswith("$K "):
            continue
        args = [a.replace("$D", str(CONTOH)) for a in shlex.split(baris[3:].replace('"$D', '"' + str(CONTOH)))]
        h = c(*args)
        assert h.exit_code == 0, (baris, h.stdout, h.stderr)
    phu = json.loads(c("laporan", "phu", "2025-09", "--format", "json").stdout)
    unit = {u["unit"]: u for u in phu["per_unit"]}
    # Cold boxes: BOX01 10 days x 15.000 = 150.000; BOX03 5 days x 15.000 = 75.000 (owed);
    # BOX02 to member 0001, September billed 250.000: 475.000.
    assert unit["peti-es"]["pendapatan"] == 475_000
    # Ice: 4 x 10.000 (member price) + 6 x 12.000 = 112.000, cost 10 x 7.500 = 75.000 -> 37.000.
    assert (unit["toko"]["pendapatan"], unit["toko"]["shu"]) == (112_000, 37_000)
    assert phu["shu"] == 475_000 + 37_000
    piutang = json.loads(c("sewa", "piutang", "--per", "2025-09-30", "--format", "json").stdout)
    assert piutang["total"] == 75_000 + 250_000


def test_init_menawarkan_unit_program(tmp_path):
    c = Cli(tmp_path / "k")
    args = ["init", "--nama", "Koperasi Desa Merah Putih Tegal Harum", "--desa", "Tegal Harum", "--kecamatan",
            "Denpasar Barat", "--kabupaten", "Kota Denpasar", "--provinsi", "Bali", "--mulai", "2025-01-01"]
    h = c(*args, "--unit", "klinik,apotek", "--unit", "gudang")
    assert h.exit_code == 0, h.stderr
    info = json.loads(c("info", "--format", "json").stdout)
    assert info["unit_usaha"] == ["kantor", "simpan-pinjam", "klinik", "apotek", "gudang"]
    h = Cli(tmp_path / "k2")(*args, "--unit", "kebun", lang="en")
    assert h.exit_code == 1 and "'kebun' is not a KDKMP programme unit" in h.stderr
    assert not (tmp_path / "k2" / "koperasi.yaml").exists()


def test_demo_lengkap_setiap_unit_berjalan(tmp_path):
    from datetime import date

    from koperasi_cli.layanan.demo import buat_demo
    from koperasi_cli.ledger.buku import Buku
    from koperasi_cli.layanan.periksa import periksa
    from koperasi_cli.reports.keuangan import phu_angka

    h = buat_demo(tmp_path / "th", seed=3, hari_ini=date(2025, 12, 15), lengkap=True)
    with Buku.buka(tmp_path / "th", coba=True) as buku:
        assert periksa(buku) == []
        assert buku.profil.nama.endswith("Tegal Harum")
        for unit in ("sembako", "toko", "apotek", "klinik", "peti-es", "cold-storage", "gudang", "logistik"):
            for b in h["bulan"]:
                y, m = map(int, b.split("-"))
                awal = date(y, m, 1)
                akhir = date(y + m // 12, m % 12 + 1, 1)
                from datetime import timedelta

                assert phu_angka(buku, awal, akhir - timedelta(days=1), unit)["total_pendapatan"] > 0, (unit, b)


# ---- the arithmetic ------------------------------------------------------------------------------
def test_bulan_dan_hari_sewa():
    from datetime import date

    from koperasi_cli.core import sewa

    assert sewa.jumlah_hari(date(2025, 3, 1), date(2025, 3, 11)) == 10
    assert sewa.jumlah_hari(date(2025, 3, 1), date(2025, 3, 1)) == 1  # returned the same day: one day
    assert sewa.jumlah_bulan(date(2025, 3, 1), date(2025, 5, 1)) == 2
    assert sewa.jumlah_bulan(date(2025, 3, 1), date(2025, 5, 2)) == 3
    assert sewa.jumlah_bulan(date(2025, 1, 31), date(2025, 2, 28)) == 1  # 31 Jan + 1 month = 28 Feb


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tagihan=st.integers(0, 10**9), deposit=st.integers(0, 10**8), lama=st.integers(0, 10**9),
       potong=st.booleans(), kredit=st.booleans())
def test_penyelesaian_seimbang(tagihan, deposit, lama, potong, kredit):
    """Deposit released + cash + change of receivable = the bill (the entry balances), and the
    deposit never covers more than is owed."""
    from koperasi_cli.core.sewa import penyelesaian

    h = penyelesaian(tagihan, deposit, lama, potong=potong, kredit=kredit)
    assert deposit + h["kas"] + h["piutang_baru"] == tagihan
    assert 0 <= h["potong"] <= min(deposit, tagihan + lama) and h["potong"] + h["kembali"] == deposit
    assert h["sisa"] == tagihan + lama - h["potong"] and (not potong or h["kembali"] == max(0, deposit - tagihan - lama))


def test_batch_penjualan_mundur_tanggal(cli):
    """A back-dated sale takes only the batches in stock on its date: on 1 March only A1
    (expires later) was there, so FEFO cannot take B2 (bought 2 March)."""
    cli("sembako", "barang", "tambah", "--kode", "ORS", "--nama", "Oralit", "--satuan", "sachet",
        "--harga-jual", "2rb", "--unit", "apotek", "--kedaluwarsa")
    cli("sembako", "beli", "ORS", "10", "1000", "--batch", "A1", "--kedaluwarsa", "2025-12-31", "--tanggal", "2025-03-01")
    cli("sembako", "beli", "ORS", "10", "1000", "--batch", "B2", "--kedaluwarsa", "2025-06-30", "--tanggal", "2025-03-02")
    j = _json(cli, "sembako", "jual", "ORS:4", "--tanggal", "2025-03-01")
    assert [(b["batch"], b["qty"]) for b in j["batch"]] == [("A1", -4)]
    j = _json(cli, "sembako", "jual", "ORS:12", "--tanggal", "2025-03-05")  # B2 10 first, then A1 2
    assert [(b["batch"], b["qty"]) for b in j["batch"]] == [("B2", -10), ("A1", -2)]
    h = cli("sembako", "opname", "ORS", "3", ok=False)
    assert h.exit_code == 1 and "per batch" in h.stderr
    # Left: A1 4 (10 - 4 - 2). Counted 3: one sachet lost at the average cost. Stock 20 x 1.000 =
    # 20.000 less the two sales' cost (4 + 12) x 1.000 = 4.000 for 4: 1.000 each -> loss 1.000.
    o = _json(cli, "sembako", "opname", "ORS", "3", "--batch", "A1")
    assert (o["qty_buku"], o["selisih"], o["nilai"]) == (4, -1, -1_000)
    stok = next(b for b in _json(cli, "sembako", "stok")["barang"] if b["kode"] == "ORS")
    assert (stok["qty"], stok["nilai"], stok["batch"]) == (3, 3_000, [{"batch": "A1", "kedaluwarsa": "2025-12-31", "qty": 3}])
    _periksa(cli)


def test_tutup_bulan_menagih_sewa_bulanan(cli):
    cli("sewa", "objek", "tambah", "--kode", "CS01", "--nama", "Cold storage", "--unit", "peti-es", "--tarif-bulanan", "2jt")
    cli("sewa", "mulai", "CS01", "--penyewa", "Pengepul Ikan", "--bulanan", "--tanggal", "2025-02-10")
    for b in ("2025-01", "2025-02"):
        cli("tutup-buku", b)
    # Closing February billed the month (2.000.000, dated 28 February); billing again does nothing.
    p = _json(cli, "sewa", "piutang")
    assert [(x["ref"], x["tanggal"], x["sisa"]) for x in p["piutang"]] == [("S0001", "2025-02-28", 2_000_000)]
    assert _json(cli, "sewa", "tagih", "2025-02")["tagihan"] == []


def test_periksa_pengamat_menemukan_cache_yang_berbeda(tmp_path, monkeypatch):
    """The asset, receivable and batch checks, fed in periksa's one shared pass, still see a cache
    that disagrees with the journal (each cache emptied in turn, in memory only)."""
    from datetime import date

    from koperasi_cli.layanan import aset, batch, piutang_usaha
    from koperasi_cli.layanan.demo import buat_demo
    from koperasi_cli.layanan.periksa import PENGAMAT, periksa
    from koperasi_cli.ledger.buku import Buku

    class Kosong:
        def all(self):
            return []

    buat_demo(tmp_path / "th", seed=3, hari_ini=date(2025, 12, 15), lengkap=True)
    for modul, fungsi, kode in ((aset, "_tabel_susut", "periksa_aset_cache"),
                                (piutang_usaha, "_tabel", "periksa_piutang_usaha_cache"),
                                (batch, "_tabel", "periksa_batch_cache")):
        with monkeypatch.context() as m, Buku.buka(tmp_path / "th", coba=True) as buku:
            assert periksa(buku) == []
            m.setattr(modul, fungsi, lambda *a, **k: Kosong())
            assert kode in [g.kode for g in periksa(buku)], kode
    assert {f.__name__ for f in PENGAMAT} >= {"amati_aset", "amati_piutang_usaha", "amati_deposit_sewa", "amati_batch"}
