"""`koperasi sembako ...` and `laporan penjualan` through the command line, with figures
computed by hand."""

from __future__ import annotations

import json

import pytest

from conftest import buka, isi_folder

NIK = "5171014508900001"  # Denpasar Barat, born 5 Aug 1990 (day 45 = woman), serial 0001


# ---- helpers ----------------------------------------------------------------------------------
_PERINTAH: dict[str, object] = {}


@pytest.fixture
def cli(kop, monkeypatch):
    """Like conftest's `cli`, but the command tree is built once per language and reused
    (building it costs most of an in-process call; these tests make a few hundred calls)."""
    import typer.testing
    from typer.main import get_command
    from typer.testing import CliRunner

    from koperasi_cli import i18n
    from koperasi_cli.cli.main import buat_app

    asli = typer.testing._get_command
    monkeypatch.setattr(typer.testing, "_get_command", lambda app: app if not isinstance(app, typer.Typer) else asli(app))

    def jalankan(*args: str, lang: str = "id", input: str | None = None):
        i18n.atur_bahasa(lang)
        if lang not in _PERINTAH:
            _PERINTAH[lang] = get_command(buat_app())
        awal = ["-C", str(kop)] + (["--lang", "en"] if lang == "en" else [])
        hasil = CliRunner().invoke(_PERINTAH[lang], [*awal, *args], input=input, catch_exceptions=False)
        i18n.atur_bahasa("id")
        return hasil

    return jalankan


def tambah_anggota(akar, no="0001", nama="Ni Luh Putu Sari", status="aktif"):
    """Members come from `koperasi anggota` (built elsewhere): insert the documents directly."""
    with buka(akar) as b:
        b.tabel("anggota").insert({
            "no": no, "nama": nama, "nik": "5171010101900001", "jenis_kelamin": "P", "alamat": "Jl. Gunung Agung",
            "status": status, "tanggal_masuk": "2025-01-02",
        })


def ok(r):
    assert r.exit_code == 0, r.output
    return r


def js(r):
    ok(r)
    return json.loads(r.stdout)


def saldo(akar, per=None):
    """{account: debit - credit}."""
    with buka(akar, coba=True) as b:
        return {a: d - k for a, (d, k) in b.saldo_akun(per).items()}


def entri(akar, id_):
    with buka(akar, coba=True) as b:
        return b.cari_entri(id_)


@pytest.fixture
def toko(kop, cli):
    """Cash 20 jt, rice (member price), cooking oil (HET), LPG 3 kg (HET from the profile)."""
    ok(cli("kas", "masuk", "20jt", "--akun", "3104", "--ket", "Hibah modal gerai", "--tanggal", "2025-01-02"))
    ok(cli("sembako", "barang", "tambah", "--kode", "BRS5", "--nama", "Beras Premium 5 kg", "--satuan", "karung",
           "--harga-jual", "75.000", "--harga-anggota", "73rb"))
    ok(cli("sembako", "barang", "tambah", "--kode", "MNY1", "--nama", "Minyak Goreng 1 L", "--satuan", "liter",
           "--harga-jual", "15.700", "--het", "15.700"))
    ok(cli("sembako", "barang", "tambah", "--kode", "LPG3", "--nama", "LPG 3 kg", "--satuan", "tabung",
           "--harga-jual", "18.000", "--kategori", "lpg"))
    return kop


# ---- items ------------------------------------------------------------------------------------
def test_barang_daftar_dan_het_lpg_dari_profil(toko, cli):
    d = js(cli("sembako", "barang", "daftar", "--per", "2025-01-10", "--format", "json"))
    assert d == {"per": "2025-01-10", "barang": [
        {"kode": "BRS5", "nama": "Beras Premium 5 kg", "satuan": "karung", "kategori": "sembako",
         "harga_jual": 75_000, "harga_anggota": 73_000, "het": None},
        {"kode": "LPG3", "nama": "LPG 3 kg", "satuan": "tabung", "kategori": "lpg",
         "harga_jual": 18_000, "harga_anggota": None, "het": 18_000},  # Pergub Bali 63/2022, from the profile
        {"kode": "MNY1", "nama": "Minyak Goreng 1 L", "satuan": "liter", "kategori": "sembako",
         "harga_jual": 15_700, "harga_anggota": None, "het": 15_700},
    ]}


def test_barang_ditolak(toko, cli):
    sebelum = isi_folder(toko)
    r = cli("sembako", "barang", "tambah", "--kode", "BRS5", "--nama", "x", "--satuan", "x", "--harga-jual", "1000")
    assert r.exit_code == 1 and "sudah ada" in r.stderr
    r = cli("sembako", "barang", "tambah", "--kode", "GLA1", "--nama", "Gula 1 kg", "--satuan", "kg",
            "--harga-jual", "19000", "--het", "17500")
    assert r.exit_code == 1 and "HET" in r.stderr
    r = cli("sembako", "barang", "tambah", "--kode", "GL A", "--nama", "Gula", "--satuan", "kg", "--harga-jual", "1000")
    assert r.exit_code == 1 and "Kode barang" in r.stderr
    r = cli("sembako", "barang", "tambah", "--kode", "GLA1", "--nama", "Gula", "--satuan", "kg", "--harga-jual", "1000",
            "--kategori", "obat", lang="en")
    assert r.exit_code == 1 and "Item category 'obat' is unknown" in r.stderr
    r = cli("sembako", "barang", "ubah", "LPG3", "--harga-jual", "19000", "--berlaku", "2025-03-01")
    assert r.exit_code == 1 and "HET" in r.stderr
    r = cli("sembako", "barang", "ubah", "XX")
    assert r.exit_code == 1 and "tidak ada" in r.stderr
    assert isi_folder(toko) == sebelum


def test_ubah_harga_dicatat_dan_penjualan_lama_tetap(toko, cli):
    ok(cli("sembako", "beli", "BRS5", "10", "68000", "--tanggal", "2025-01-03"))
    ok(cli("sembako", "jual", "BRS5:1", "--tanggal", "2025-01-05"))
    ok(cli("sembako", "barang", "ubah", "BRS5", "--harga-jual", "77.000", "--nama", "Beras Premium 5kg",
           "--berlaku", "2025-01-06"))
    ok(cli("sembako", "jual", "BRS5:1", "--tanggal", "2025-01-06"))
    # the old sale keeps 75.000, the new one uses 77.000
    assert entri(toko, "J000003")["data"]["baris"][0]["harga"] == 75_000
    assert entri(toko, "J000004")["data"]["baris"][0]["harga"] == 77_000
    assert saldo(toko)["4102"] == -(75_000 + 77_000)
    with buka(toko, coba=True) as b:
        doc = b.tabel("barang").all()[0]
    log = {p["bidang"]: p for p in doc["riwayat"]}
    assert log["nama"]["lama"] == "Beras Premium 5 kg" and log["nama"]["baru"] == "Beras Premium 5kg"
    assert log["harga"]["lama"] == [{"mulai": "2025-01-01", "jual": 75_000, "anggota": 73_000}]
    assert log["harga"]["baru"][-1] == {"mulai": "2025-01-06", "jual": 77_000, "anggota": 73_000}


# ---- moving-average cost ------------------------------------------------------------------------
def test_hpp_rata_rata_bergerak_dihitung_tangan(toko, cli):
    langkah = [
        ("beli", "BRS5", "10", "68000", "2025-01-03"),   # 10 @ 68.000 = 680.000      -> 10 / 680.000
        ("jual", "BRS5:4", "2025-01-04"),                # 680.000 x 4/10 = 272.000    -> 6 / 408.000
        ("beli", "BRS5", "5", "71000", "2025-01-05"),    # + 355.000                   -> 11 / 763.000
        ("jual", "BRS5:3", "2025-01-06"),                # 763.000 x 3/11 = 208.090,9 -> 208.091 -> 8 / 554.909
        ("beli", "BRS5", "12", "69500", "2025-01-07"),   # + 834.000                   -> 20 / 1.388.909
        ("jual", "BRS5:7", "2025-01-08"),                # 1.388.909 x 7/20 = 486.118,15 -> 486.118 -> 13 / 902.791
    ]
    for l in langkah:
        if l[0] == "beli":
            ok(cli("sembako", "beli", l[1], l[2], l[3], "--tanggal", l[4]))
        else:
            ok(cli("sembako", "jual", l[1], "--tanggal", l[2]))
    hpp = [entri(toko, f"J00000{i}")["data"]["baris"][0]["hpp"] for i in (3, 5, 7)]
    assert hpp == [272_000, 208_091, 486_118]
    # the rounding is written down: the stock each line was costed from
    d = entri(toko, "J000005")["data"]["baris"][0]
    assert (d["stok_qty"], d["stok_nilai"]) == (11, 763_000)
    st = js(cli("sembako", "stok", "--per", "2025-01-08", "--format", "json"))
    assert st == {"per": "2025-01-08", "barang": [
        {"kode": "BRS5", "nama": "Beras Premium 5 kg", "qty": 13, "hpp_rata": 69_445, "nilai": 902_791},  # 902.791/13 = 69.445,46
        {"kode": "LPG3", "nama": "LPG 3 kg", "qty": 0, "hpp_rata": 0, "nilai": 0},
        {"kode": "MNY1", "nama": "Minyak Goreng 1 L", "qty": 0, "hpp_rata": 0, "nilai": 0},
    ], "total_nilai": 902_791}
    # earlier date: stock on 6 Jan
    st6 = js(cli("sembako", "stok", "--per", "2025-01-06", "--format", "json"))
    # 554.909 / 8 = 69.363,625 -> 69.364
    assert st6["barang"][0] == {"kode": "BRS5", "nama": "Beras Premium 5 kg", "qty": 8, "hpp_rata": 69_364, "nilai": 554_909}
    # selling the last 13 takes the whole value left
    ok(cli("sembako", "jual", "BRS5:13", "--tanggal", "2025-01-09"))
    assert entri(toko, "J000008")["data"]["baris"][0]["hpp"] == 902_791
    s = saldo(toko)
    assert s.get("1130", 0) == 0
    assert s["5101"] == 272_000 + 208_091 + 486_118 + 902_791 == 680_000 + 355_000 + 834_000
    ok(cli("periksa"))


# ---- receipts ------------------------------------------------------------------------------------
def _stok_awal(cli):
    ok(cli("sembako", "beli", "BRS5:10:68000", "MNY1:24:14000", "LPG3:20:16000", "--tanggal", "2025-01-03",
           "--bukti", "F-001"))


def test_beli_beberapa_baris_satu_jurnal(toko, cli):
    _stok_awal(cli)
    r = entri(toko, "J000002")
    assert r["jenis"] == "sembako-beli" and r["bukti"] == "F-001" and r["unit"] == "sembako"
    persediaan = [(b["akun"], b["debit"], b.get("barang"), b.get("qty")) for b in r["baris"] if b["debit"]]
    assert persediaan == [("1130", 680_000, "BRS5", 10), ("1130", 336_000, "MNY1", 24), ("1131", 320_000, "LPG3", 20)]
    kas = [b for b in r["baris"] if b["kredit"]]
    assert kas == [{"akun": "1101", "debit": 0, "kredit": 1_336_000}]  # 680.000 + 336.000 + 320.000
    s = saldo(toko)
    assert s["1130"] == 1_016_000 and s["1131"] == 320_000 and s["1101"] == 20_000_000 - 1_336_000


def test_jual_struk_beberapa_baris(toko, cli):
    _stok_awal(cli)
    r = ok(cli("sembako", "jual", "BRS5:2", "MNY1:3", "LPG3:1", "--nik", NIK, "--kategori-pembeli", "rumah tangga",
               "--tanggal", "2025-01-04", "--bukti", "S-0001"))
    assert "Rp 215.100" in r.stdout  # 2 x 75.000 + 3 x 15.700 + 1 x 18.000
    e = entri(toko, "J000003")
    pos = {(b["akun"], b.get("barang")): b for b in e["baris"]}
    assert pos[("1101", None)]["debit"] == 215_100
    assert pos[("4102", None)]["kredit"] == 150_000 + 47_100  # sembako to a non-member
    assert pos[("4104", None)]["kredit"] == 18_000  # LPG to a non-member
    assert pos[("5101", None)]["debit"] == 136_000 + 42_000  # 680.000 x 2/10; 336.000 x 3/24
    assert pos[("5102", None)]["debit"] == 16_000  # 320.000 x 1/20
    assert (pos[("1130", "BRS5")]["kredit"], pos[("1130", "BRS5")]["qty"]) == (136_000, -2)
    assert (pos[("1130", "MNY1")]["kredit"], pos[("1130", "MNY1")]["qty"]) == (42_000, -3)
    assert (pos[("1131", "LPG3")]["kredit"], pos[("1131", "LPG3")]["qty"]) == (16_000, -1)
    assert NIK not in json.dumps(e)  # the NIK stays out of the journal
    # the same item twice on a receipt: costed one after the other
    ok(cli("sembako", "jual", "MNY1:1", "MNY1:2:15000", "--tanggal", "2025-01-04"))
    d = entri(toko, "J000004")["data"]["baris"]
    assert [(x["qty"], x["harga"], x["hpp"], x["stok_qty"]) for x in d] == [(1, 15_700, 14_000, 21), (2, 15_000, 28_000, 20)]
    ok(cli("periksa"))


def test_jual_json_dan_stok_kurang_tidak_menulis(toko, cli):
    _stok_awal(cli)
    d = js(cli("sembako", "jual", "BRS5:1", "--tanggal", "2025-01-04", "--format", "json"))
    assert d["entri"] == "J000003" and d["total"] == 75_000 and d["hpp"] == 68_000 and d["lpg"] is None
    sebelum = isi_folder(toko)
    r = cli("sembako", "jual", "BRS5:5", "MNY1:25", "--tanggal", "2025-01-04")
    assert r.exit_code == 1
    assert r.stderr.strip() == ("Stok MNY1 (Minyak Goreng 1 L) pada 2025-01-04 hanya 24, tidak cukup untuk 25. "
                                "Catat pembeliannya dulu atau kurangi jumlahnya.")
    r = cli("shop", "sell", "BRS5:10", "--tanggal", "2025-01-04", lang="en")
    assert r.exit_code == 1 and "Stock of BRS5 (Beras Premium 5 kg) on 2025-01-04 is only 9, not enough for 10" in r.stderr
    r = cli("sembako", "jual", "BRS5:1", "--tanggal", "2025-01-02")  # bought on the 3rd
    assert r.exit_code == 1 and "hanya 0" in r.stderr
    r = cli("sembako", "jual", "XYZ:1")
    assert r.exit_code == 1 and "Barang 'XYZ' tidak ada" in r.stderr
    r = cli("sembako", "jual", "BRS5")
    assert r.exit_code == 1 and "KODE:QTY" in r.stderr
    r = cli("sembako", "jual", "BRS5:1", "MNY1:1", "--harga", "70000")
    assert r.exit_code == 2
    r = cli("sembako", "jual")
    assert r.exit_code == 2
    assert isi_folder(toko) == sebelum


def test_dry_run_tidak_menulis(toko, cli):
    _stok_awal(cli)
    tambah_anggota(toko)
    sebelum = isi_folder(toko)
    r = ok(cli("sembako", "jual", "BRS5:1", "LPG3:1", "--anggota", "1", "--kredit", "--nik", NIK,
               "--kategori-pembeli", "petani", "--tanggal", "2025-01-04", "--dry-run"))
    assert r.stdout.startswith("Akan dicatat: J000003")
    ok(cli("sembako", "beli", "BRS5", "1", "1000", "--pemasok", "UD Baru", "--kredit", "--dry-run"))
    ok(cli("sembako", "opname", "BRS5", "3", "--dry-run"))
    ok(cli("sembako", "barang", "tambah", "--kode", "GLA1", "--nama", "Gula", "--satuan", "kg", "--harga-jual", "18000", "--dry-run"))
    ok(cli("sembako", "barang", "ubah", "BRS5", "--harga-jual", "80000", "--dry-run"))
    assert isi_folder(toko) == sebelum


def test_jual_mundur_tidak_boleh_membuat_stok_kemudian_negatif(toko, cli):
    ok(cli("sembako", "beli", "BRS5", "5", "68000", "--tanggal", "2025-01-10"))
    ok(cli("sembako", "jual", "BRS5:5", "--tanggal", "2025-01-12"))
    sebelum = isi_folder(toko)
    r = cli("sembako", "jual", "BRS5:1", "--tanggal", "2025-01-11")  # 5 on the 11th, but -1 on the 12th
    assert r.exit_code == 1 and "negatif pada 2025-01-12" in r.stderr
    assert isi_folder(toko) == sebelum
    # A purchase dated the 11th would change the cost of the sale of the 12th (5 of 6 units at
    # (340.000 + 70.000) = 410.000 -> 341.667 instead of 340.000): refused, with how to record it.
    r = cli("sembako", "beli", "BRS5", "1", "70000", "--tanggal", "2025-01-11")
    assert r.exit_code == 1 and "J000003" in r.stderr and "2025-01-12" in r.stderr
    assert isi_folder(toko) == sebelum
    ok(cli("sembako", "beli", "BRS5", "1", "70000", "--tanggal", "2025-01-12"))
    ok(cli("sembako", "jual", "BRS5:1", "--tanggal", "2025-01-12"))  # 0, then 1, then 0
    ok(cli("periksa"))


# ---- members --------------------------------------------------------------------------------------
def test_jual_kredit_anggota_dan_pelunasan(toko, cli):
    _stok_awal(cli)
    tambah_anggota(toko)
    tambah_anggota(toko, "0002", "I Made Keluar", status="keluar")
    r = ok(cli("sembako", "jual", "BRS5:2", "MNY1:1", "--anggota", "1", "--kredit", "--tanggal", "2025-01-05"))
    assert "Anggota 0001 Ni Luh Putu Sari" in r.stdout
    e = entri(toko, "J000003")
    pos = {b["akun"]: b for b in e["baris"] if not b.get("barang")}
    # member price 73.000 x 2 + 15.700 (no member price for oil) = 161.700
    assert pos["1120"] == {"akun": "1120", "debit": 161_700, "kredit": 0, "anggota": "0001"}
    assert pos["4101"] == {"akun": "4101", "debit": 0, "kredit": 161_700, "anggota": "0001"}
    assert "1101" not in pos
    with buka(toko, coba=True) as b:
        assert b.saldo_tag("anggota", "0001")["0001"]["1120"] == [161_700, 0]
        assert b.saldo_tag("anggota", "0001")["0001"]["4101"] == [-161_700, 0]
    assert js(cli("sembako", "piutang", "--format", "json")) == {
        "piutang": [{"no": "0001", "nama": "Ni Luh Putu Sari", "piutang": 161_700}], "total_piutang": 161_700}
    sebelum = isi_folder(toko)
    r = cli("sembako", "bayar-piutang", "1", "200rb", "--tanggal", "2025-01-10")
    assert r.exit_code == 1 and "melebihi piutang gerai anggota 0001 (Ni Luh Putu Sari)" in r.stderr
    assert "161.700" not in r.stderr  # no balances in messages
    r = cli("sembako", "jual", "BRS5:1", "--kredit", "--tanggal", "2025-01-05")
    assert r.exit_code == 1 and "hanya untuk anggota" in r.stderr
    r = cli("sembako", "jual", "BRS5:1", "--anggota", "2", "--tanggal", "2025-01-05")
    assert r.exit_code == 1 and "0002 (I Made Keluar) sudah tidak aktif" in r.stderr
    r = cli("sembako", "jual", "BRS5:1", "--anggota", "9", "--tanggal", "2025-01-05")
    assert r.exit_code == 1 and "Anggota nomor 9 tidak ada" in r.stderr
    assert isi_folder(toko) == sebelum
    r = ok(cli("sembako", "bayar-piutang", "0001", "100.000", "--tanggal", "2025-01-10"))
    assert "Sisa piutang anggota 0001: Rp 61.700" in r.stdout
    ok(cli("sembako", "bayar-piutang", "1", "61700", "--tanggal", "2025-01-11"))
    assert js(cli("sembako", "piutang", "--format", "json")) == {"piutang": [], "total_piutang": 0}
    s = saldo(toko)
    assert s["1120"] == 0 and s["4101"] == -161_700
    assert s["1101"] == 20_000_000 - 1_336_000 + 161_700
    ok(cli("periksa"))


# ---- suppliers ----------------------------------------------------------------------------------
def test_beli_kredit_dan_bayar_pemasok(toko, cli):
    ok(cli("sembako", "beli", "BRS5:10:68000", "LPG3:20:16000", "--pemasok", "UD Sumber Rejeki", "--kredit",
           "--tanggal", "2025-01-03"))
    ok(cli("sembako", "beli", "MNY1", "12", "14000", "--pemasok", "CV Minyak Bali", "--kredit", "--tanggal", "2025-01-03"))
    ok(cli("sembako", "beli", "MNY1", "12", "14500", "--pemasok", "ud sumber rejeki", "--tanggal", "2025-01-04"))  # cash
    assert js(cli("sembako", "pemasok", "--format", "json")) == {"pemasok": [
        {"kode": "P001", "nama": "UD Sumber Rejeki", "utang": 1_000_000},  # 680.000 + 320.000
        {"kode": "P002", "nama": "CV Minyak Bali", "utang": 168_000},      # 12 x 14.000
    ], "total_utang": 1_168_000}
    assert saldo(toko)["2101"] == -1_168_000
    sebelum = isi_folder(toko)
    r = cli("sembako", "bayar-pemasok", "P002", "200000", "--tanggal", "2025-01-10")
    assert r.exit_code == 1 and "melebihi utang kepada CV Minyak Bali" in r.stderr
    r = cli("sembako", "bayar-pemasok", "Toko Lain", "1000", "--tanggal", "2025-01-10")
    assert r.exit_code == 1 and "Pemasok 'Toko Lain' tidak dikenal" in r.stderr
    r = cli("sembako", "beli", "BRS5", "1", "1000", "--kredit", "--tanggal", "2025-01-10")
    assert r.exit_code == 1 and "--pemasok" in r.stderr
    r = cli("sembako", "beli", "BRS5", "1000", "68000", "--tanggal", "2025-01-10")  # 68 jt: not enough cash
    assert r.exit_code == 1 and "tidak cukup" in r.stderr
    assert isi_folder(toko) == sebelum
    ok(cli("sembako", "bayar-pemasok", "UD Sumber Rejeki", "600rb", "--tanggal", "2025-01-10"))
    # a credit purchase reversed with `jurnal batal` no longer counts
    ok(cli("jurnal", "batal", "J000003", "--ket", "Faktur salah", "--tanggal", "2025-01-11"))
    d = js(cli("sembako", "pemasok", "--format", "json"))
    assert [p["utang"] for p in d["pemasok"]] == [400_000, 0] and d["total_utang"] == 400_000
    assert saldo(toko)["2101"] == -400_000
    ok(cli("periksa"))


# ---- HET ---------------------------------------------------------------------------------------------
def test_het_menolak_dan_het_berubah_di_tengah_bulan(toko, cli):
    _stok_awal(cli)
    # The HET of oil rises from 15.700 to 16.500 on 16 January; LPG's falls to 17.500 on the same day.
    ok(cli("sembako", "barang", "ubah", "MNY1", "--het", "16.500", "--berlaku", "2025-01-16"))
    ok(cli("sembako", "barang", "ubah", "LPG3", "--het", "17500", "--harga-jual", "17500", "--berlaku", "16/01/2025"))
    sebelum = isi_folder(toko)
    r = cli("sembako", "jual", "MNY1:1", "--harga", "16000", "--tanggal", "2025-01-15")
    assert r.exit_code == 1
    assert r.stderr.strip() == ("Barang MNY1 (Minyak Goreng 1 L) tidak boleh dijual Rp 16.000: HET pada 2025-01-15 "
                                "adalah Rp 15.700. Jual paling tinggi Rp 15.700.")
    r = cli("sembako", "jual", "LPG3:1:18000", "--nik", NIK, "--kategori-pembeli", "nelayan", "--tanggal", "2025-01-16", lang="en")
    assert r.exit_code == 1
    assert r.stderr.strip() == ("Item LPG3 (LPG 3 kg) cannot be sold at Rp 18,000: the HET on 2025-01-16 is Rp 17,500. "
                                "Sell at Rp 17,500 at most.")  # English groups with commas
    assert isi_folder(toko) == sebelum
    ok(cli("sembako", "jual", "MNY1:1", "--harga", "16000", "--tanggal", "2025-01-16"))
    ok(cli("sembako", "jual", "LPG3:1", "--nik", NIK, "--kategori-pembeli", "nelayan", "--tanggal", "2025-01-15"))
    ok(cli("sembako", "jual", "LPG3:1", "--nik", NIK, "--kategori-pembeli", "nelayan", "--tanggal", "2025-01-16"))
    harga = [entri(toko, f"J00000{i}")["data"]["baris"][0]["harga"] for i in (3, 4, 5)]
    assert harga == [16_000, 18_000, 17_500]  # the LPG price in force on each day


# ---- LPG ----------------------------------------------------------------------------------------------
def test_lpg_wajib_nik_dan_kategori(toko, cli):
    _stok_awal(cli)
    sebelum = isi_folder(toko)
    r = cli("sembako", "jual", "LPG3:1", "--tanggal", "2025-01-05")
    assert r.exit_code == 1 and r.stderr.strip() == (
        "Penjualan LPG 3 kg wajib mencatat NIK pembeli. Tambahkan --nik NIK dan --kategori-pembeli.")
    r = cli("sembako", "jual", "BRS5:1", "LPG3:1", "--tanggal", "2025-01-05", lang="en")
    assert r.exit_code == 1 and "must record the buyer's NIK" in r.stderr
    r = cli("sembako", "jual", "LPG3:1", "--nik", "5171019999900001", "--kategori-pembeli", "petani", "--tanggal", "2025-01-05")
    assert r.exit_code == 1 and "NIK pembeli tidak sah" in r.stderr and "5171019999900001" not in r.stderr
    r = cli("sembako", "jual", "LPG3:1", "--nik", NIK, "--tanggal", "2025-01-05")
    assert r.exit_code == 1 and "kategori pembeli" in r.stderr
    r = cli("sembako", "jual", "LPG3:1", "--nik", NIK, "--kategori-pembeli", "pedagang", "--tanggal", "2025-01-05")
    assert r.exit_code == 1 and "'pedagang' tidak dikenal" in r.stderr
    assert isi_folder(toko) == sebelum


def test_log_lpg(toko, cli, tmp_path):
    _stok_awal(cli)
    tambah_anggota(toko)
    ok(cli("sembako", "jual", "LPG3:2", "--nik", NIK, "--kategori-pembeli", "rumah-tangga", "--tanggal", "2025-01-05"))
    ok(cli("sembako", "jual", "LPG3:1", "BRS5:1", "--anggota", "1", "--nik", "3171011708450001",
           "--kategori-pembeli", "Usaha Mikro", "--tanggal", "2025-01-06"))
    ok(cli("sembako", "jual", "LPG3:1", "--nik", NIK, "--kategori-pembeli", "petani", "--tanggal", "2025-02-01"))
    ok(cli("sembako", "jual", "LPG3:1", "--anggota", "1", "--kategori-pembeli", "petani", "--tanggal", "2025-02-02"))
    with buka(toko, coba=True) as b:  # a member's NIK is taken from the member's data
        assert [x["nik"] for x in b.tabel("lpg/2025-02", "lpg").all()] == [NIK, "5171010101900001"]
    d = js(cli("sembako", "lpg", "2025-01", "--format", "json"))
    assert d == {
        "periode": "2025-01",
        "lpg": [
            {"tanggal": "2025-01-05", "entri": "J000003", "nik": "5171********0001", "kategori": "rumah tangga",
             "kode": "LPG3", "qty": 2, "harga": 18_000, "jumlah": 36_000},
            {"tanggal": "2025-01-06", "entri": "J000004", "nik": "3171********0001", "kategori": "usaha mikro",
             "kode": "LPG3", "qty": 1, "harga": 18_000, "jumlah": 18_000},
        ],
        "per_kategori": [
            {"kategori": "rumah tangga", "transaksi": 1, "qty": 2, "jumlah": 36_000},
            {"kategori": "usaha mikro", "transaksi": 1, "qty": 1, "jumlah": 18_000},
            {"kategori": "petani", "transaksi": 0, "qty": 0, "jumlah": 0},
            {"kategori": "nelayan", "transaksi": 0, "qty": 0, "jumlah": 0},
        ],
        "total_qty": 3, "total_jumlah": 54_000,
    }
    r = ok(cli("sembako", "lpg", "2025-01"))
    assert NIK not in r.stdout and "5171********0001" in r.stdout
    d = js(cli("sembako", "lpg", "2025", "--tampilkan-nik", "--format", "json"))
    assert [x["nik"] for x in d["lpg"]] == [NIK, "3171011708450001", NIK, "5171010101900001"] and d["total_qty"] == 5
    # LPG sold to a member goes to 4103, to a non-member to 4104
    s = saldo(toko)
    assert s["4103"] == -(18_000 + 18_000) and s["4104"] == -(36_000 + 18_000)
    # csv and xlsx files
    csv_ = tmp_path / "lpg.csv"  # two sections: lpg-log-lpg.csv, lpg-lpg-per-kategori.csv
    ok(cli("sembako", "lpg", "Januari 2025", "-o", str(csv_)))
    teks = (tmp_path / "lpg-log-lpg.csv").read_text(encoding="utf-8")
    assert (tmp_path / "lpg-lpg-per-kategori.csv").read_text(encoding="utf-8").startswith("kategori,transaksi,qty,jumlah\n")
    assert teks.splitlines()[0] == "tanggal,nik,kategori,qty,harga,jumlah"
    assert "2025-01-05,5171********0001,rumah tangga,2,18000,36000" in teks and NIK not in teks
    xlsx = tmp_path / "lpg.xlsx"
    ok(cli("sembako", "lpg", "2025-01", "-o", str(xlsx)))
    from openpyxl import load_workbook

    wb = load_workbook(xlsx)
    ws = wb["Log LPG"]
    nilai = [[c.value for c in row] for row in ws.iter_rows()]
    assert nilai[3] == ["2025-01-05", "5171********0001", "rumah tangga", 2, 18_000, 36_000]
    # a reversed LPG sale leaves the log
    ok(cli("jurnal", "batal", "J000003", "--ket", "Salah input", "--tanggal", "2025-01-07"))
    d = js(cli("sembako", "lpg", "2025-01", "--format", "json"))
    assert [x["entri"] for x in d["lpg"]] == ["J000004"]
    ok(cli("periksa"))


# ---- stock-take -----------------------------------------------------------------------------------
def test_opname_rugi_dan_laba(toko, cli):
    ok(cli("sembako", "beli", "BRS5", "10", "68000", "--tanggal", "2025-01-03"))
    ok(cli("sembako", "beli", "BRS5", "5", "70000", "--tanggal", "2025-01-04"))  # 15 units, 1.030.000
    ok(cli("sembako", "jual", "BRS5:4", "--tanggal", "2025-01-05"))  # 1.030.000 x 4/15 = 274.666,7 -> 274.667
    # 11 units, 755.333 left. Counted 9: a loss of 2 at 755.333 x 2/11 = 137.333,3 -> 137.333
    d = js(cli("sembako", "opname", "BRS5", "9", "--tanggal", "2025-01-31", "--format", "json"))
    assert d == {"kode": "BRS5", "nama": "Beras Premium 5 kg", "tanggal": "2025-01-31", "qty_buku": 11, "qty_fisik": 9,
                 "selisih": -2, "nilai": -137_333, "entri": "J000005", "batch": "B000005"}  # its own batch
    e = entri(toko, "J000005")
    assert e["jenis"] == "sembako-opname"
    assert [(b["akun"], b["debit"], b["kredit"], b.get("qty")) for b in e["baris"]] == [
        ("6113", 137_333, 0, None), ("1130", 0, 137_333, -2)]
    # 9 units, 618.000 left (69.000 each? 618.000/9 = 68.666,7). Counted 10 in February: a gain of 1
    # at 618.000 x 1/9 = 68.666,7 -> 68.667
    d = js(cli("sembako", "opname", "BRS5", "10", "--tanggal", "2025-02-28", "--format", "json"))
    assert (d["selisih"], d["nilai"]) == (1, 68_667)
    assert saldo(toko)["6113"] == 137_333 - 68_667
    # no difference: nothing posted
    r = ok(cli("sembako", "opname", "BRS5", "10", "--tanggal", "2025-02-28"))
    assert "Tidak ada selisih" in r.stdout
    st = js(cli("sembako", "stok", "--per", "2025-02-28", "--format", "json"))
    assert st["barang"][0] == {"kode": "BRS5", "nama": "Beras Premium 5 kg", "qty": 10, "hpp_rata": 68_667, "nilai": 686_667}
    assert saldo(toko)["1130"] == st["total_nilai"] == 686_667
    # a surplus of an item the books hold none of needs a unit cost
    r = cli("sembako", "opname", "MNY1", "2")
    assert r.exit_code == 1 and "--hpp" in r.stderr
    ok(cli("sembako", "opname", "MNY1", "2", "--hpp", "14000", "--tanggal", "2025-02-28"))
    assert saldo(toko)["1130"] == 686_667 + 28_000
    # counted to zero: the whole value goes
    d = js(cli("sembako", "opname", "BRS5", "0", "--tanggal", "2025-02-28", "--format", "json"))
    assert d["nilai"] == -686_667
    ok(cli("periksa"))


def test_kartu_stok(toko, cli):
    ok(cli("sembako", "beli", "BRS5", "10", "68000", "--tanggal", "2025-01-03"))
    ok(cli("sembako", "jual", "BRS5:4", "--tanggal", "2025-01-20"))
    ok(cli("sembako", "beli", "BRS5", "6", "70000", "--tanggal", "2025-02-03"))
    ok(cli("sembako", "jual", "BRS5:3", "--tanggal", "2025-02-05"))
    d = js(cli("sembako", "kartu", "BRS5", "2025-02", "--format", "json"))
    # opening: 10 - 4 = 6 units, 680.000 - 272.000 = 408.000; +6 @ 70.000 -> 12 / 828.000;
    # 3 out: 828.000 x 3/12 = 207.000 -> 9 / 621.000
    assert d["awal"] == {"qty": 6, "nilai": 408_000} and d["akhir"] == {"qty": 9, "nilai": 621_000}
    assert [(g["entri"], g["masuk"], g["keluar"], g["nilai_masuk"], g["nilai_keluar"], g["saldo_qty"], g["saldo_nilai"],
             g["hpp_rata"]) for g in d["gerak"]] == [
        ("J000004", 6, 0, 420_000, 0, 12, 828_000, 69_000),
        ("J000005", 0, 3, 0, 207_000, 9, 621_000, 69_000),
    ]
    semua = js(cli("sembako", "kartu", "brs5", "--format", "json"))
    assert len(semua["gerak"]) == 4 and semua["awal"] == {"qty": 0, "nilai": 0} and semua["akhir"] == d["akhir"]
    r = ok(cli("shop", "card", "BRS5", "2025-02", lang="en"))
    assert "Stock Card BRS5" in r.stdout
    # stock on a day of an earlier month (from the per-month totals) and of the last month (from the cache)
    assert js(cli("sembako", "stok", "--per", "2025-01-31", "--format", "json"))["barang"][0]["qty"] == 6
    assert js(cli("sembako", "stok", "--per", "2025-02-04", "--format", "json"))["barang"][0]["qty"] == 12
    assert js(cli("sembako", "stok", "--per", "2025-03-01", "--format", "json"))["total_nilai"] == 621_000


def test_cache_stok_mengikuti_jurnal_batal(toko, cli):
    from koperasi_cli.layanan.sembako import periksa_sembako

    ok(cli("sembako", "beli", "BRS5", "3", "68000", "--tanggal", "2025-01-03"))
    ok(cli("sembako", "jual", "BRS5:3", "--tanggal", "2025-01-04"))
    r = cli("sembako", "jual", "BRS5:1", "--tanggal", "2025-01-05")
    assert r.exit_code == 1
    ok(cli("jurnal", "batal", "J000003", "--ket", "Batal", "--tanggal", "2025-01-05"))  # posted outside `sembako`
    ok(cli("sembako", "jual", "BRS5:1", "--tanggal", "2025-01-05"))  # the stock is back: 3 / 204.000
    assert entri(toko, "J000005")["data"]["baris"][0]["hpp"] == 68_000
    ok(cli("periksa"))
    with buka(toko, coba=True) as b:
        doc = b.tabel("stok").all()[0]
        assert doc["seq"] == 5 and doc["posisi"]["BRS5"] == [2, 136_000]
        b.tabel("stok").update({"posisi": {"BRS5": [2, 1]}})
        assert [g.kode for g in periksa_sembako(b)] == ["periksa_cache_stok"]


# ---- sales report ------------------------------------------------------------------------------------
def test_laporan_penjualan_jumlahnya_cocok(toko, cli):
    _stok_awal(cli)
    tambah_anggota(toko)
    ok(cli("sembako", "jual", "BRS5:2", "MNY1:1", "--tanggal", "2025-01-04"))                  # 150.000 + 15.700
    ok(cli("sembako", "jual", "BRS5:1", "--anggota", "1", "--tanggal", "2025-01-04"))          # 73.000 (member)
    ok(cli("sembako", "jual", "LPG3:3", "--anggota", "1", "--kredit", "--nik", NIK,
           "--kategori-pembeli", "rumah tangga", "--tanggal", "2025-01-05"))                  # 54.000 (member, LPG)
    ok(cli("sembako", "jual", "MNY1:2", "LPG3:1", "--nik", NIK, "--kategori-pembeli", "petani",
           "--tanggal", "2025-01-05"))                                                         # 31.400 + 18.000
    ok(cli("sembako", "jual", "BRS5:1", "--tanggal", "2025-02-01"))                            # outside January
    d = js(cli("laporan", "penjualan", "2025-01", "--format", "json"))
    # cost: BRS5 680.000/10 = 68.000 each; MNY1 336.000/24 = 14.000; LPG3 320.000/20 = 16.000
    assert d["per_barang"] == [
        {"kode": "BRS5", "nama": "Beras Premium 5 kg", "kategori": "sembako", "qty": 3, "penjualan": 223_000,
         "hpp": 204_000, "margin": 19_000},
        {"kode": "LPG3", "nama": "LPG 3 kg", "kategori": "lpg", "qty": 4, "penjualan": 72_000, "hpp": 64_000, "margin": 8_000},
        {"kode": "MNY1", "nama": "Minyak Goreng 1 L", "kategori": "sembako", "qty": 3, "penjualan": 47_100,
         "hpp": 42_000, "margin": 5_100},
    ]
    assert d["per_hari"] == [
        {"tanggal": "2025-01-04", "struk": 2, "anggota": 73_000, "non_anggota": 165_700, "penjualan": 238_700,
         "hpp": 218_000, "margin": 20_700},
        {"tanggal": "2025-01-05", "struk": 2, "anggota": 54_000, "non_anggota": 49_400, "penjualan": 103_400,
         "hpp": 92_000, "margin": 11_400},
    ]
    assert d["anggota"] == {"penjualan": 127_000, "hpp": 116_000, "struk": 2, "margin": 11_000}
    assert d["non_anggota"] == {"penjualan": 215_100, "hpp": 194_000, "struk": 2, "margin": 21_100}
    # 32.100 / 342.100 = 0,093832 -> 938 basis points (9,38 %)
    assert d["total"] == {"struk": 4, "penjualan": 342_100, "hpp": 310_000, "margin": 32_100, "margin_bp": 938}
    # the report equals the accounts of the period
    with buka(toko, coba=True) as b:
        from datetime import date

        s = {a: dk[1] - dk[0] for a, dk in b.saldo_akun(date(2025, 1, 31), date(2025, 1, 1)).items()}
    assert s["4101"] + s["4103"] == d["anggota"]["penjualan"]
    assert s["4102"] + s["4104"] == d["non_anggota"]["penjualan"]
    assert -(s["5101"] + s["5102"]) == d["total"]["hpp"]
    assert sum(x["penjualan"] for x in d["per_barang"]) == sum(x["penjualan"] for x in d["per_hari"]) == 342_100
    # a sale reversed in February counts against February, as in the accounts
    ok(cli("jurnal", "batal", "J000003", "--ket", "Retur", "--tanggal", "2025-02-02"))
    f = js(cli("laporan", "penjualan", "2025-02", "--format", "json"))
    assert f["total"] == {"struk": 0, "penjualan": 75_000 - 165_700, "hpp": 68_000 - 150_000, "margin": 7_000 - 15_700,
                          "margin_bp": 959}  # -8.700 / -90.700 = 0,095920 -> 959 bp
    r = ok(cli("report", "sales", "2025-01", lang="en"))
    assert "Outlet Sales Report" in r.stdout and "Gross margin 9.38%" in r.stdout
    ok(cli("periksa"))


# ---- periksa ---------------------------------------------------------------------------------------
def test_periksa_menemukan_stok_negatif_dan_persediaan_tanpa_barang(toko, cli):
    from datetime import date

    from koperasi_cli.core.jurnal import Entri, debit, kredit

    ok(cli("sembako", "beli", "BRS5", "2", "68000", "--tanggal", "2025-01-03"))
    with buka(toko) as b:  # posted around the commands, as a faulty script might
        b.catat(Entri(date(2025, 1, 4), (debit("5101", 204_000), kredit("1130", 204_000, barang="BRS5", qty=-3)),
                      "keluar tanpa stok", unit="sembako"))
        b.catat(Entri(date(2025, 1, 4), (debit("1130", 1_000), kredit("1101", 1_000)), "persediaan tanpa kode", unit="sembako"))
    r = cli("periksa")
    assert r.exit_code == 3
    assert "Stok BRS5 menjadi negatif pada 2025-01-04 (jurnal J000003)" in r.stderr
    assert "Jurnal J000004 mencatat akun persediaan tanpa kode barang" in r.stderr
    assert "Saldo akun persediaan 1130" in r.stderr


def test_periksa_menemukan_log_lpg_dan_utang_yang_tidak_cocok(toko, cli):
    from koperasi_cli.layanan.sembako import periksa_sembako

    _stok_awal(cli)
    ok(cli("sembako", "beli", "BRS5", "1", "68000", "--pemasok", "UD Sumber", "--kredit", "--tanggal", "2025-01-03"))
    ok(cli("sembako", "jual", "LPG3:1", "--nik", NIK, "--kategori-pembeli", "petani", "--tanggal", "2025-01-04"))
    with buka(toko, coba=True) as b:
        assert periksa_sembako(b) == []
        b.tabel("lpg/2025-01", "lpg").truncate()
        b.tabel("pemasok", "utang").truncate()
        kode = sorted(g.kode for g in periksa_sembako(b))
    assert kode == ["periksa_log_lpg", "periksa_utang_cache"]


def test_ubah_kategori_dan_hapus_het(toko, cli):
    ok(cli("sembako", "barang", "tambah", "--kode", "GAS12", "--nama", "Elpiji 12 kg", "--satuan", "tabung",
           "--harga-jual", "200000"))
    ok(cli("sembako", "barang", "ubah", "GAS12", "--kategori", "lpg", "--het", "210000", "--berlaku", "2025-01-01"))
    ok(cli("sembako", "beli", "GAS12", "1", "180000", "--tanggal", "2025-01-03"))
    assert saldo(toko)["1131"] == 180_000
    r = cli("sembako", "barang", "ubah", "GAS12", "--kategori", "sembako")
    assert r.exit_code == 1 and "sudah punya mutasi" in r.stderr
    ok(cli("sembako", "barang", "ubah", "GAS12", "--tanpa-het", "--harga-jual", "215000", "--berlaku", "2025-02-01"))
    d = js(cli("sembako", "barang", "daftar", "--kategori", "lpg", "--per", "2025-02-01", "--format", "json"))
    assert [(x["kode"], x["harga_jual"], x["het"]) for x in d["barang"]] == [("GAS12", 215_000, None), ("LPG3", 18_000, 18_000)]
    ok(cli("sembako", "barang", "ubah", "BRS5", "--tanpa-harga-anggota", "--berlaku", "2025-01-01"))
    d = js(cli("sembako", "barang", "daftar", "--per", "2025-01-01", "--format", "json"))
    assert d["barang"][0]["harga_anggota"] is None
    r = ok(cli("shop", "item", "add", "--kode", "GLA1", "--nama", "Gula", "--satuan", "kg", "--harga-jual", "18000", lang="en"))
    assert r.stdout.startswith("Added: GLA1 Gula")
