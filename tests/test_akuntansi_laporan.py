"""Opening balances are the opening position; pokok and wajib as liabilities; dates and
percentages as readers expect them. Figures computed by hand."""

from __future__ import annotations

import json
from pathlib import Path

from akuntansi_bantu import cli  # noqa: F401  (the faster fixture)
from conftest import buka, isi_folder


def ok(r):
    assert r.exit_code == 0, r.output
    return r


def js(r):
    return json.loads(ok(r).stdout)


def _workbook(path: Path, akun: list[list]) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "akun"
    ws.append(["kode", "debit", "kredit"])
    for r in akun:
        ws.append(r)
    wb.save(path)
    return path


# Cash 5.000.000 + bank 2.000.000 + equipment 3.000.000 = grant 8.000.000 + retained SHU 2.000.000
AKUN = [["1101", 5_000_000, 0], ["1104", 2_000_000, 0], ["1204", 3_000_000, 0], ["3104", 0, 8_000_000],
        ["3302", 0, 2_000_000]]


def test_arus_kas_dan_ekuitas_sesudah_saldo_awal(cli, kop, tmp_path):
    ok(cli("impor", "saldo-awal", str(_workbook(tmp_path / "awal.xlsx", AKUN))))
    ok(cli("kas", "masuk", "500rb", "--akun", "4402", "--ket", "Sewa tenda", "--tanggal", "2025-01-15"))
    ok(cli("kas", "keluar", "200rb", "--akun", "6103", "--ket", "Listrik", "--tanggal", "2025-01-20"))
    a = js(cli("laporan", "arus-kas", "2025-01", "--format", "json"))
    # Cash at the start: 5.000.000 + 2.000.000 = 7.000.000 (the opening balances, not a flow);
    # operating 500.000 - 200.000 = 300.000; no investing (the equipment was already there) and no
    # financing (the grant was already there); 7.000.000 + 300.000 = 7.300.000.
    assert (a["saldo_awal"], a["operasi"]["jumlah"], a["investasi"]["jumlah"], a["pendanaan"]["jumlah"]) == \
        (7_000_000, 300_000, 0, 0)
    assert (a["saldo_akhir"], a["cocok"]) == (7_300_000, True)
    assert "Januari 2025" in ok(cli("laporan", "arus-kas", "2025-01")).stdout
    e = js(cli("laporan", "ekuitas", "2025-01", "--format", "json"))
    rows = {b["kode"]: (b["awal"], b["tambah"], b["kurang"], b["akhir"]) for b in e["ekuitas"]}
    # Opening equity 8.000.000 + 2.000.000; the month's SHU 300.000 the only change.
    assert rows == {"3104": (8_000_000, 0, 0, 8_000_000), "3301": (0, 300_000, 0, 300_000),
                    "3302": (2_000_000, 0, 0, 2_000_000)}
    n = js(cli("laporan", "neraca", "--per", "2025-01-31", "--format", "json"))
    assert e["total_awal"] == 10_000_000 and e["total_akhir"] == n["total_ekuitas"] == 10_300_000


def test_saldo_awal_menolak_akun_pendapatan_dan_beban(cli, kop, tmp_path):
    akun = AKUN[:-1] + [["4402", 0, 2_500_000], ["6103", 500_000, 0]]
    sebelum = isi_folder(kop)
    r = cli("impor", "saldo-awal", str(_workbook(tmp_path / "salah.xlsx", akun)))
    assert r.exit_code == 1 and "4402" in r.stderr and "6103" in r.stderr and "3302" in r.stderr
    r = cli("impor", "saldo-awal", str(_workbook(tmp_path / "salah.xlsx", akun)), lang="en")
    assert r.exit_code == 1 and "balance-sheet accounts only" in r.stderr
    assert isi_folder(kop) == sebelum


def test_ekuitas_tanpa_pokok_wajib_bila_kewajiban(cli, kop):
    from datetime import date

    from koperasi_cli.core.jurnal import Entri, debit, kredit

    path = kop / "koperasi.yaml"
    path.write_text(path.read_text().replace("kelas_pokok_wajib: ekuitas", "kelas_pokok_wajib: kewajiban"))
    with buka(kop) as b:
        b.tabel("anggota").insert({"no": "0001", "nama": "Ni Luh", "status": "aktif", "tanggal_masuk": "2025-01-02",
                                   "jenis_kelamin": "P"})
        b.catat(Entri(date(2025, 1, 2), (debit("1101", 120_000), kredit("3101", 100_000, anggota="0001"),
                                         kredit("3102", 20_000, anggota="0001")), "pokok dan wajib"))
    ok(cli("kas", "masuk", "1jt", "--akun", "3104", "--ket", "Hibah", "--tanggal", "2025-01-05"))
    e = js(cli("laporan", "ekuitas", "2025-01", "--format", "json"))
    n = js(cli("laporan", "neraca", "--per", "2025-01-31", "--format", "json"))
    # Only the grant is equity: 1.000.000; 3101/3102 (120.000) stand with the liabilities.
    assert [b["kode"] for b in e["ekuitas"]] == ["3104"]
    assert e["total_akhir"] == n["total_ekuitas"] == 1_000_000 and n["total_kewajiban"] == 120_000


def test_tanggal_cara_indonesia(cli, kop):
    ok(cli("kas", "masuk", "1jt", "--akun", "3104", "--ket", "Hibah", "--tanggal", "2025-11-05"))
    assert "Per 30 November 2025" in ok(cli("laporan", "neraca", "--per", "2025-11-30")).stdout
    assert "As of 30 November 2025" in ok(cli("laporan", "neraca", "--per", "2025-11-30", lang="en")).stdout
    assert "November 2025" in ok(cli("laporan", "phu", "2025-11")).stdout
    assert "Per 30 November 2025" in ok(cli("laporan", "neraca-saldo", "--per", "2025-11-30")).stdout


def test_rasio_di_buku_kerja_angka_berformat_persen(cli, kop, tmp_path):
    import openpyxl

    ok(cli("impor", "saldo-awal", str(_workbook(tmp_path / "awal.xlsx", AKUN))))
    ok(cli("jurnal", "catat", "--debit", "1101=2500000", "--kredit", "2201=2500000", "--ket", "Pinjaman bank",
           "--tanggal", "2025-01-10"))
    f = tmp_path / "jan.xlsx"
    ok(cli("laporan", "bulanan", "2025-01", "-o", str(f)))
    wb = openpyxl.load_workbook(f)
    import re

    sampul = {r[0]: r[1] for r in wb["Sampul"].iter_rows(values_only=True) if r and r[0]}
    assert sampul["Periode laporan"] == "Januari 2025"
    assert re.fullmatch(r"\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}",
                        sampul["Tanggal dibuat"])
    ws = wb["Kesehatan"]
    [sel] = [row[1] for row in ws.iter_rows(min_row=4) if row[0].value == "Modal sendiri terhadap total aset"]
    # equity 10.000.000 / assets 12.500.000 = 80 % -> 8000 bp -> the number 0,8 shown as 80,00%
    assert sel.value == 0.8 and sel.number_format == "0.00%"
    assert "80 %" in ok(cli("laporan", "kesehatan", "2025-01")).stdout
