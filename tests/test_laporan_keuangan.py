"""The financial statements on a small book, every figure computed by hand."""

import json

import openpyxl
import pytest


@pytest.fixture
def buku_dua_bulan(cli, kop):
    langkah = [
        ("kas", "masuk", "10jt", "--akun", "3104", "--ket", "Hibah dana desa", "--tanggal", "2025-01-05"),
        ("jurnal", "catat", "--debit", "1204=2jt", "--kredit", "1101=2jt", "--ket", "Rak", "--tanggal", "2025-01-10"),
        ("kas", "masuk", "1,5jt", "--akun", "4402", "--ket", "Sewa tenda", "--tanggal", "2025-01-15"),
        ("kas", "keluar", "400rb", "--akun", "6103", "--ket", "=HYPERLINK(\"http://x\")", "--tanggal", "2025-01-20"),
        ("kas", "keluar", "300rb", "--akun", "6107", "--ket", "Sewa gerai", "--unit", "sembako", "--tanggal", "2025-01-25"),
        ("kas", "masuk", "5jt", "--akun", "2201", "--kas", "1104", "--ket", "Pinjaman bank", "--tanggal", "2025-02-03"),
        ("kas", "keluar", "250rb", "--akun", "6104", "--ket", "ATK", "--tanggal", "2025-02-10"),
        ("kas", "masuk", "800rb", "--akun", "4402", "--ket", "Sewa tenda", "--tanggal", "2025-02-12"),
    ]
    for args in langkah:
        r = cli(*args)
        assert r.exit_code == 0, r.stderr
    return kop


def _json(cli, *args):
    r = cli(*args, "--format", "json")
    assert r.exit_code == 0, r.stderr
    return json.loads(r.stdout)


def _saldo(baris):
    return {b["kode"]: b["saldo"] for b in baris}


def test_neraca_dengan_bulan_lalu(cli, buku_dua_bulan):
    n = _json(cli, "laporan", "neraca", "--per", "2025-02-28")
    # Cash 1101: 10.000.000 - 2.000.000 + 1.500.000 - 400.000 - 300.000 - 250.000 + 800.000 = 9.350.000
    assert _saldo(n["aset"]) == {"1101": 9_350_000, "1104": 5_000_000, "1204": 2_000_000}
    assert _saldo(n["kewajiban"]) == {"2201": 5_000_000}
    # SHU tahun berjalan: 1.500.000 + 800.000 - 400.000 - 300.000 - 250.000 = 1.350.000
    assert _saldo(n["ekuitas"]) == {"3104": 10_000_000, "3301": 1_350_000}
    assert n["total_aset"] == n["total_kewajiban_ekuitas"] == 16_350_000
    # January's end beside it: cash 8.800.000 + equipment 2.000.000; SHU 800.000
    assert {b["kode"]: b["saldo_sebelumnya"] for b in n["aset"]} == {"1101": 8_800_000, "1104": 0, "1204": 2_000_000}
    assert n["sebelumnya"]["total_aset"] == n["sebelumnya"]["total_kewajiban_ekuitas"] == 10_800_000
    assert {b["kode"]: b["kelompok"] for b in n["aset"] + n["kewajiban"]} == {
        "1101": "aset_lancar", "1104": "aset_lancar", "1204": "aset_tidak_lancar", "2201": "liabilitas_panjang"}


def test_phu_bulan_dan_sd_bulan_dan_per_unit(cli, buku_dua_bulan):
    p = _json(cli, "laporan", "phu", "2025-02")
    assert p["total_pendapatan"] == 800_000 and p["total_beban"] == 250_000 and p["shu"] == 550_000
    assert p["sd_periode"] == {"total_pendapatan": 2_300_000, "total_beban": 950_000, "shu": 1_350_000}
    assert [(x["kode"], x["jumlah"], x["sd_periode"]) for x in p["beban"]] == [
        ("6103", 0, 400_000), ("6104", 250_000, 250_000), ("6107", 0, 300_000)]
    jan = _json(cli, "laporan", "phu", "2025-01")
    per_unit = {u["unit"]: u["shu"] for u in jan["per_unit"]}
    # kantor: 1.500.000 - 400.000; sembako: the rent of 300.000
    assert per_unit == {"kantor": 1_100_000, "simpan-pinjam": 0, "sembako": -300_000}
    sembako = _json(cli, "laporan", "phu", "2025-01", "--unit", "sembako")
    assert sembako["shu"] == -300_000 and sembako["unit"] == "sembako"
    tahun = _json(cli, "laporan", "phu", "2025")
    assert tahun["shu"] == 1_350_000 and "sd_periode" not in tahun


def test_shu_sama_dengan_perubahan_laba_ditahan(cli, buku_dua_bulan):
    # The income statement's result equals the change in retained earnings (3301).
    feb = _json(cli, "laporan", "phu", "2025-02")["shu"]
    akhir = _saldo(_json(cli, "laporan", "neraca", "--per", "2025-02-28")["ekuitas"])["3301"]
    awal = _saldo(_json(cli, "laporan", "neraca", "--per", "2025-01-31")["ekuitas"])["3301"]
    assert akhir - awal == feb == 550_000
    e = _json(cli, "laporan", "ekuitas", "2025-02")
    shu = next(b for b in e["ekuitas"] if b["kode"] == "3301")
    assert (shu["awal"], shu["tambah"], shu["akhir"]) == (800_000, 550_000, 1_350_000)
    assert (e["total_awal"], e["total_akhir"]) == (10_800_000, 11_350_000)


def test_arus_kas_mencocokkan_kas_awal_dan_akhir(cli, buku_dua_bulan):
    jan = _json(cli, "laporan", "arus-kas", "2025-01")
    # operating 1.500.000 - 400.000 - 300.000; investing -2.000.000 (rak); financing +10.000.000 (hibah)
    assert (jan["operasi"]["jumlah"], jan["investasi"]["jumlah"], jan["pendanaan"]["jumlah"]) == (800_000, -2_000_000, 10_000_000)
    assert (jan["saldo_awal"], jan["saldo_akhir"], jan["cocok"]) == (0, 8_800_000, True)
    feb = _json(cli, "laporan", "arus-kas", "2025-02")
    # 8.800.000 + (800.000 - 250.000) + 5.000.000 (bank loan, into 1104) = 14.350.000
    assert (feb["saldo_awal"], feb["kenaikan_kas"], feb["saldo_akhir"], feb["cocok"]) == (8_800_000, 5_550_000, 14_350_000, True)


def test_buku_besar(cli, buku_dua_bulan):
    b = _json(cli, "laporan", "buku-besar", "Kas", "2025-02")
    assert b["saldo_awal"] == 8_800_000
    assert [(m["id"], m["saldo"]) for m in b["mutasi"]] == [("J000007", 8_550_000), ("J000008", 9_350_000)]
    assert b["saldo_akhir"] == 9_350_000


def test_format_sama_di_setiap_bentuk(cli, buku_dua_bulan):
    n = _json(cli, "laporan", "neraca", "--per", "2025-02-28")
    csv = cli("laporan", "neraca", "--per", "2025-02-28", "--format", "csv").stdout
    assert "1101,Kas,9350000,8800000" in csv
    tabel = cli("laporan", "neraca", "--per", "2025-02-28").stdout
    assert "9.350.000" in tabel and "16.350.000" in tabel
    assert n["total_aset"] == 16_350_000
    rugi = cli("laporan", "phu", "2025-01", "--unit", "sembako").stdout
    assert "(300.000)" in rugi  # negatives in parentheses


def test_buku_kerja_bulanan(cli, buku_dua_bulan, tmp_path):
    f = tmp_path / "bulanan.xlsx"
    r = cli("laporan", "bulanan", "2025-02", "-o", str(f), lang="en")
    assert r.exit_code == 0, r.stderr
    wb = openpyxl.load_workbook(f)
    assert wb.sheetnames[0] == "Sampul" and "Posisi Keuangan" in wb.sheetnames and "Arus Kas" in wb.sheetnames
    sampul = {r[0]: r[1] for r in wb["Sampul"].iter_rows(values_only=True) if r and r[0]}
    assert sampul["Nama koperasi"] == "Koperasi Desa Merah Putih Tegal Harum"
    assert sampul["Kode wilayah"] == "51.71.03.2008" and sampul["Periode laporan"] == "Februari 2025"
    assert "Ketua" in sampul and sampul["Ketua"] == "Bendahara"  # the signature block
    ws = wb["Posisi Keuangan"]
    assert ws.freeze_panes == "A4" and ws.page_setup.fitToWidth == 1
    nilai = {r[0]: r[2] for r in ws.iter_rows(min_row=4, values_only=True) if r[0]}
    n = _json(cli, "laporan", "neraca", "--per", "2025-02-28")
    assert nilai == {b["kode"]: b["saldo"] for b in n["aset"] + n["kewajiban"] + n["ekuitas"]}
    assert ws.cell(row=5, column=3).number_format == "#,##0;(#,##0)"
    assert ws.cell(row=3, column=2).value == "Pos"  # Indonesian even with --lang en
    data = _json(cli, "laporan", "bulanan", "2025-02")
    assert data["bagian"]["phu"]["shu"] == 550_000 and data["bagian"]["keanggotaan"]["jumlah"]["akhir"] == 0


def test_ekspor_xlsx_teks_tidak_pernah_rumus(cli, buku_dua_bulan, tmp_path):
    f = tmp_path / "jan.xlsx"
    assert cli("ekspor", "xlsx", "2025-01", "-o", str(f), "--jurnal").exit_code == 0
    wb = openpyxl.load_workbook(f)
    rumus = [c.coordinate for ws in wb for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert rumus == []
    jurnal = [r for r in wb["Jurnal"].iter_rows(values_only=True)]
    assert any(r[5] == '=HYPERLINK("http://x")' for r in jurnal)
    csv = (tmp_path / "jan.csv")
    assert cli("ekspor", "csv", "2025-01", "-o", str(csv)).exit_code == 0
    assert "'=HYPERLINK" in csv.read_text()
    assert (tmp_path / "jan-posisi-keuangan.csv").exists()


def test_ekspor_json_berversi(cli, buku_dua_bulan, tmp_path):
    f = tmp_path / "feb.json"
    assert cli("ekspor", "json", "2025-02", "-o", str(f)).exit_code == 0
    d = json.loads(f.read_text())
    assert d["format"] == "koperasi-ekspor" and d["versi_format"] == 3 and d["rekap"]["periksa"] is True
    assert d["laporan"]["posisi_keuangan"]["total_aset"] == 16_350_000
    assert [e["id"] for e in d["jurnal"]] == ["J000006", "J000007", "J000008"]


def test_kesehatan(cli, buku_dua_bulan):
    k = _json(cli, "laporan", "kesehatan", "2025-02")
    rasio = {r["kode"]: r for r in k["rasio"]}
    # equity 11.350.000 / assets 16.350.000 = 69,42 % -> 6942 bp
    assert rasio["modal_aset"]["nilai_bp"] == 6942 and rasio["modal_aset"]["nilai"] == "69,42 %"
    # costs 250.000 / income 800.000 = 31,25 %
    assert rasio["beban_pendapatan"]["nilai_bp"] == 3125
    assert rasio["tumbuh_anggota"]["nilai_bp"] is None
    assert k["predikat"] in ("sehat", "cukup sehat", "dalam pengawasan", "dalam pengawasan khusus")


@pytest.mark.skipif(__import__("shutil").which("soffice") is None, reason="LibreOffice is not installed")
def test_buku_kerja_bisa_dicetak_ke_pdf(cli, buku_dua_bulan, tmp_path):
    import subprocess

    f = tmp_path / "bulanan.xlsx"
    assert cli("laporan", "bulanan", "2025-02", "-o", str(f)).exit_code == 0
    r = subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(f)],
                       capture_output=True, text=True, timeout=180)
    assert r.returncode == 0, r.stderr
    pdf = tmp_path / "bulanan.pdf"
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")


def test_pokok_wajib_sebagai_kewajiban(cli, kop):
    # With the setting, simpanan pokok and wajib stand with the long-term liabilities.
    path = kop / "koperasi.yaml"
    path.write_text(path.read_text().replace("kelas_pokok_wajib: ekuitas", "kelas_pokok_wajib: kewajiban"))
    from tests.conftest import buka
    from datetime import date
    from koperasi_cli.core.jurnal import Entri, debit, kredit

    with buka(kop) as b:
        b.tabel("anggota").insert({"no": "0001", "nama": "Ni Luh", "status": "aktif", "tanggal_masuk": "2025-01-02",
                                   "jenis_kelamin": "P"})
        b.catat(Entri(date(2025, 1, 2), (debit("1101", 100_000), kredit("3101", 100_000, anggota="0001")), "pokok"))
    n = _json(cli, "laporan", "neraca", "--per", "2025-01-31")
    assert n["kewajiban"] == [{"kode": "3101", "nama": "Simpanan Pokok", "saldo": 100_000, "saldo_sebelumnya": 0,
                               "kelompok": "liabilitas_panjang"}]
    assert n["total_kewajiban"] == 100_000 and n["total_ekuitas"] == 0
