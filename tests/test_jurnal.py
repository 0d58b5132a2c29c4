"""Posting: validation refuses with nothing written; reversal; the period lock."""

import json
from datetime import date

import pytest

from koperasi_cli.core.galat import Galat, GalatBanyak
from koperasi_cli.core.jurnal import Entri, debit, kredit
from tests.conftest import buka, isi_folder


def _hibah(cli, jumlah="5jt", tanggal="2025-01-05"):
    r = cli("kas", "masuk", jumlah, "--akun", "3104", "--ket", "Hibah desa", "--tanggal", tanggal)
    assert r.exit_code == 0, r.stderr
    return r


def test_entri_seimbang_tercatat_dengan_nomor_berurutan(kop):
    with buka(kop) as b:
        r1 = b.catat(Entri(date(2025, 1, 5), (debit("1101", 1000), kredit("3104", 1000)), "satu"))[0]
        r2 = b.catat(Entri(date(2025, 1, 6), (debit("1101", 2000), kredit("3104", 2000)), "dua"))[0]
    assert (r1["id"], r2["id"]) == ("J000001", "J000002")
    assert r2["sebelum"] == r1["hash"]
    with buka(kop) as b:
        assert b.saldo_akun()["1101"] == [3000, 0]  # 1.000 + 2.000


@pytest.mark.parametrize(
    "baris, kode",
    [
        ((debit("1101", 1000), kredit("3104", 900)), "entri_tidak_seimbang"),
        ((debit("9999", 1000), kredit("3104", 1000)), "akun_tidak_ada"),
        ((debit("1101", 0), kredit("3104", 0)), "baris_satu_sisi"),
        ((debit("1101", 1000),), "entri_kurang_baris"),
        ((debit("1101", -5), kredit("3104", -5)), "baris_negatif"),
    ],
)
def test_entri_tidak_sah_ditolak_tanpa_menulis(kop, baris, kode):
    sebelum = isi_folder(kop)
    with pytest.raises(Galat) as e:
        with buka(kop) as b:
            b.catat(Entri(date(2025, 1, 5), baris, "x"))
    kodes = [g.kode for g in e.value.daftar] if isinstance(e.value, GalatBanyak) else [e.value.kode]
    assert kode in kodes
    assert isi_folder(kop) == sebelum


def test_float_ditolak(kop):
    with pytest.raises(Galat) as e, buka(kop) as b:
        b.catat(Entri(date(2025, 1, 5), (debit("1101", 1000.0), kredit("3104", 1000.0)), "x"))  # type: ignore[arg-type]
    assert e.value.daftar[0].kode == "baris_bukan_rupiah"


def test_satu_entri_buruk_menolak_seluruh_kelompok(kop):
    sebelum = isi_folder(kop)
    baik = Entri(date(2025, 1, 5), (debit("1101", 1000), kredit("3104", 1000)), "baik")
    buruk = Entri(date(2025, 1, 5), (debit("1101", 1000), kredit("3104", 999)), "buruk")
    with pytest.raises(Galat), buka(kop) as b:
        b.catat([baik, buruk])
    assert isi_folder(kop) == sebelum


def test_sebelum_mulai_ditolak(cli, kop):
    sebelum = isi_folder(kop)
    r = cli("kas", "masuk", "1000", "--akun", "3104", "--ket", "x", "--tanggal", "2024-12-31")
    assert r.exit_code == 1 and "sebelum buku dimulai" in r.stderr
    assert isi_folder(kop) == sebelum


def test_kas_keluar_melebihi_saldo_ditolak(cli, kop):
    _hibah(cli, "100rb")
    sebelum = isi_folder(kop)
    r = cli("kas", "keluar", "150rb", "--akun", "6114", "--ket", "x", "--tanggal", "2025-01-06")
    assert r.exit_code == 1
    assert "100.000" in r.stderr  # the balance is shown
    assert isi_folder(kop) == sebelum


def test_akun_kontrol_ditolak_di_kas(cli):
    _hibah(cli)
    r = cli("kas", "keluar", "10rb", "--akun", "2102", "--ket", "x", "--tanggal", "2025-01-06")
    assert r.exit_code == 1 and "akun kontrol" in r.stderr


def test_akun_dengan_nama(cli):
    _hibah(cli)
    r = cli("kas", "keluar", "150rb", "--akun", "listrik", "--ket", "PLN", "--tanggal", "2025-01-31")
    assert r.exit_code == 0 and "6103" in r.stdout
    r = cli("kas", "keluar", "1rb", "--akun", "beban", "--ket", "x")
    assert r.exit_code == 1 and "beberapa akun" in r.stderr


def test_jurnal_catat_manual_dan_tidak_seimbang(cli, kop):
    _hibah(cli)
    r = cli("jurnal", "catat", "--debit", "6104=50rb", "--debit", "6103=25rb", "--kredit", "1101=75rb",
            "--ket", "ATK dan listrik", "--tanggal", "2025-01-10")
    assert r.exit_code == 0, r.stderr
    sebelum = isi_folder(kop)
    r = cli("jurnal", "catat", "--debit", "6104=50rb", "--kredit", "1101=40rb", "--ket", "x", "--tanggal", "2025-01-10")
    assert r.exit_code == 1 and "tidak seimbang" in r.stderr and "50.000" in r.stderr
    assert isi_folder(kop) == sebelum


def test_dry_run_tidak_menulis(cli, kop):
    sebelum = isi_folder(kop)
    r = cli("kas", "masuk", "5jt", "--akun", "3104", "--ket", "x", "--tanggal", "2025-01-05", "--dry-run")
    assert r.exit_code == 0 and "Akan dicatat" in r.stdout
    assert isi_folder(kop) == sebelum


def test_batal_membalik_dan_tidak_dua_kali(cli, kop):
    _hibah(cli)
    cli("kas", "keluar", "150rb", "--akun", "6103", "--ket", "PLN", "--tanggal", "2025-01-31")
    r = cli("jurnal", "batal", "J000002", "--ket", "salah catat", "--tanggal", "2025-02-01")
    assert r.exit_code == 0, r.stderr
    with buka(kop) as b:
        saldo = b.saldo_akun()
        asli = b.cari_entri("J000002")
        balik = b.cari_entri("J000003")
    assert saldo["6103"] == [150_000, 150_000]  # the expense and its reversal
    assert saldo["1101"][0] - saldo["1101"][1] == 5_000_000
    assert asli["ket"] == "PLN"  # the original is untouched
    assert balik["membatalkan"] == "J000002"
    sebelum = isi_folder(kop)
    r = cli("jurnal", "batal", "J000002", "--ket", "lagi", "--tanggal", "2025-02-01")
    assert r.exit_code == 1 and "sudah dibatalkan oleh J000003" in r.stderr
    r = cli("jurnal", "batal", "J000003", "--ket", "lagi", "--tanggal", "2025-02-01")
    assert r.exit_code == 1
    r = cli("jurnal", "batal", "J000099", "--ket", "x")
    assert r.exit_code == 1 and "tidak ditemukan" in r.stderr
    assert isi_folder(kop) == sebelum


def test_bulan_tutup_menolak_entri(cli, kop):
    _hibah(cli)
    r = cli("tutup-buku", "2025-01")
    assert r.exit_code == 0, r.stderr
    sebelum = isi_folder(kop)
    r = cli("kas", "masuk", "1000", "--akun", "3104", "--ket", "x", "--tanggal", "2025-01-20")
    assert r.exit_code == 1 and "2025-01 sudah ditutup" in r.stderr
    assert isi_folder(kop) == sebelum
    r = cli("kas", "masuk", "1000", "--akun", "3104", "--ket", "x", "--tanggal", "2025-02-01")
    assert r.exit_code == 0
    # Reversing an entry of a closed month posts in the open month; the closed month stays.
    r = cli("jurnal", "batal", "J000001", "--ket", "x", "--tanggal", "2025-02-02")
    assert r.exit_code == 0
    assert cli("periksa").exit_code == 0


def test_tutup_buku_berurutan(cli):
    _hibah(cli, tanggal="2025-02-05")
    r = cli("tutup-buku", "2025-02")
    assert r.exit_code == 1 and "2025-01 masih terbuka" in r.stderr
    assert cli("tutup-buku", "2025-01").exit_code == 0
    assert cli("tutup-buku", "2025-01").exit_code == 1
    assert cli("tutup-buku", "2025-02").exit_code == 0


def test_neraca_saldo_json_csv_dan_per_tanggal(cli):
    _hibah(cli)  # 5.000.000 in on 5 January
    cli("kas", "keluar", "150rb", "--akun", "6103", "--ket", "PLN", "--tanggal", "2025-01-31")
    cli("kas", "keluar", "50rb", "--akun", "6104", "--ket", "ATK", "--tanggal", "2025-02-03")
    data = json.loads(cli("laporan", "neraca-saldo", "--per", "2025-01-31", "--format", "json").stdout)
    assert data == {
        "per": "2025-01-31",
        "akun": [
            {"kode": "1101", "nama": "Kas", "debit": 4_850_000, "kredit": 0},  # 5.000.000 - 150.000
            {"kode": "3104", "nama": "Hibah dan Donasi", "debit": 0, "kredit": 5_000_000},
            {"kode": "6103", "nama": "Beban Listrik, Air dan Telepon", "debit": 150_000, "kredit": 0},
        ],
        "total_debit": 5_000_000,
        "total_kredit": 5_000_000,
    }
    data = json.loads(cli("laporan", "neraca-saldo", "--per", "2025-02-28", "--format", "json").stdout)
    assert data["akun"][0]["debit"] == 4_800_000  # 4.850.000 - 50.000
    csv = cli("laporan", "neraca-saldo", "--per", "2025-02-28", "--format", "csv").stdout.splitlines()
    assert csv[0] == "kode,nama,debit,kredit"
    assert csv[1] == "1101,Kas,4800000,0"
    assert csv[-1] == ",Total,5000000,5000000"
    tabel = cli("laporan", "neraca-saldo", "--per", "2025-02-28").stdout
    assert "4.800.000" in tabel and "5.000.000" in tabel


def test_kas_cek_mencatat_selisih(cli):
    _hibah(cli)  # book 5.000.000
    r = cli("kas", "cek", "4.900.000", "--tanggal", "2025-01-31", "--format", "json")
    data = json.loads(r.stdout)
    assert data["selisih"] == -100_000 and data["entri"] is None  # 4.900.000 - 5.000.000
    r = cli("kas", "cek", "4.900.000", "--tanggal", "2025-01-31", "--catat-selisih", "--format", "json")
    assert json.loads(r.stdout)["entri"] == "J000002"
    r = cli("kas", "cek", "4.950.000", "--tanggal", "2025-01-31", "--catat-selisih", "--format", "json")
    assert json.loads(r.stdout)["selisih"] == 50_000  # 4.950.000 - 4.900.000: cash over
    ns = json.loads(cli("laporan", "neraca-saldo", "--per", "2025-01-31", "--format", "json").stdout)
    saldo = {a["kode"]: a for a in ns["akun"]}
    assert saldo["6115"]["debit"] == 100_000 and saldo["4403"]["kredit"] == 50_000
    assert saldo["1101"]["debit"] == 4_950_000


def test_dua_pembalikan_satu_entri_dalam_satu_kelompok_ditolak(cli, kop):
    """Each reversal alone is valid (the head knows of neither), but one entry may be reversed
    once: the second in the same batch is refused, naming the first, and nothing is written."""
    _hibah(cli)  # J000001
    balik = [Entri(date(2025, 1, 6), (debit("3104", 5_000_000), kredit("1101", 5_000_000)), f"batal {n}",
                   membatalkan="J000001") for n in (1, 2)]
    sebelum = isi_folder(kop)
    with pytest.raises(Galat) as e, buka(kop) as b:
        b.catat(balik)
    assert (e.value.kode, e.value.param["oleh"]) == ("sudah_dibatalkan", "J000002")
    assert isi_folder(kop) == sebelum
    with buka(kop) as b:
        assert b.catat(balik[:1])[0]["membatalkan"] == "J000001"
