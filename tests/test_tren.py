"""`laporan tren`: the monthly series of a small year whose every figure is computed by hand,
the sparklines, 80 columns, CSV one row per month, and the native charts in the workbooks
(monthly, RAT, Dinas rekap) referring to the right cells."""

import csv
import io
import json
import re
import zipfile

import pytest
from hypothesis import given
from hypothesis import strategies as st

from koperasi_cli.reports.tren import BALOK, garis_mini
from tests.anggota_bantu import js, ok, tambah


@pytest.fixture
def tahun(cli, kop):
    ok(cli, "kas", "masuk", "10jt", "--akun", "3104", "--ket", "Hibah", "--tanggal", "2025-01-02")
    tambah(cli, "Budi", 1, tanggal="2025-01-05")  # pokok 100.000 each, in cash
    tambah(cli, "Sari", 2, perempuan=True, tanggal="2025-01-05")
    tambah(cli, "Made", 3, tanggal="2025-03-10")  # joins in March
    ok(cli, "simpanan", "setor", "1", "sukarela", "500rb", "--tanggal", "2025-02-03")
    ok(cli, "pinjaman", "cair", "1", "1.200.000", "--tenor", "12", "--bunga", "1", "--metode", "flat",
       "--biaya-admin", "0", "--tanggal", "2025-02-01")  # first installment due 2025-03-01, never paid
    ok(cli, "sembako", "barang", "tambah", "--kode", "BRS5", "--nama", "Beras 5 kg", "--satuan", "karung",
       "--harga-jual", "75.000")
    ok(cli, "sembako", "beli", "BRS5", "10", "60.000", "--tanggal", "2025-02-01")  # 600.000 cash
    ok(cli, "sembako", "jual", "BRS5:2", "--tanggal", "2025-04-15")  # 150.000, cost 2 x 60.000
    ok(cli, "kas", "masuk", "300rb", "--akun", "4402", "--ket", "Sewa tenda", "--tanggal", "2025-04-20")
    ok(cli, "kas", "keluar", "100rb", "--akun", "6103", "--ket", "Listrik", "--tanggal", "2025-05-30")
    ok(cli, "anggota", "keluar", "2", "--tanggal", "2025-06-20")  # Sari leaves in June: pokok owed to her
    return kop


def test_seri_bulan_demi_bulan_dihitung_tangan(cli, tahun):
    d = js(cli, "laporan", "tren", "2025-07", "--bulan", "7")
    assert d["bulan"] == [f"2025-{m:02d}" for m in range(1, 8)]
    s = d["seri"]
    assert s["anggota"] == [2, 2, 3, 3, 3, 2, 2]  # Made joins in March, Sari leaves in June
    assert s["anggota_masuk"] == [2, 0, 1, 0, 0, 0, 0]
    assert s["anggota_keluar"] == [0, 0, 0, 0, 0, 1, 0]
    assert s["simpanan_pokok"] == [200_000, 200_000, 300_000, 300_000, 300_000, 200_000, 200_000]
    assert s["simpanan_sukarela"] == [0] + [500_000] * 6
    assert s["pinjaman"] == [0] + [1_200_000] * 6
    # Due 2025-03-01 and unpaid: 30 days late at 31 March, 60 at 30 April (lancar), 91 at 31 May
    # (kurang lancar: the whole loan is non-performing, 100 % = 10.000 bp).
    assert s["npl_bp"] == [0, 0, 0, 0, 10_000, 10_000, 10_000]
    # Jan 10.000.000 + 200.000 pokok; Feb + 500.000 sukarela - 1.200.000 loan - 600.000 rice;
    # Mar + 100.000 pokok; Apr + 150.000 sale + 300.000 rent; May - 100.000 electricity.
    assert s["kas"] == [10_200_000, 8_900_000, 9_000_000, 9_450_000, 9_350_000, 9_350_000, 9_350_000]
    # SHU to date: April 150.000 - 120.000 + 300.000 = 330.000; May - 100.000 = 230.000.
    assert s["shu"] == [0, 0, 0, 330_000, 230_000, 230_000, 230_000]
    assert s["penjualan"]["sembako"] == [0, 0, 0, 150_000, 0, 0, 0]
    assert s["penjualan"]["kantor"] == [0, 0, 0, 300_000, 0, 0, 0]


def test_bulan_sebelum_mulai_tidak_dihitung_dan_tahun_sampai_desember(cli, tahun):
    d = js(cli, "laporan", "tren", "2025-03")  # 12 months asked, the books start in January 2025
    assert d["bulan"] == ["2025-01", "2025-02", "2025-03"]
    d = js(cli, "laporan", "tren", "2025", "--bulan", "2")
    assert d["bulan"] == ["2025-11", "2025-12"] and d["seri"]["anggota"] == [2, 2]


def test_csv_satu_baris_per_bulan(cli, tahun):
    r = ok(cli, "laporan", "tren", "2025-07", "--bulan", "7", "--format", "csv")
    baris = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [b["bulan"] for b in baris] == [f"2025-{m:02d}" for m in range(1, 8)]
    assert baris[3]["shu"] == "330000" and baris[3]["penjualan.sembako"] == "150000"
    assert baris[4]["npl_bp"] == "10000"


def test_terminal_muat_80_kolom_dengan_garis_mini(cli, tahun, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    for lang in ("id", "en"):
        r = ok(cli, "laporan", "tren", "2025-07", "--bulan", "7", lang=lang)
        baris = r.stdout.splitlines()
        assert max(len(b) for b in baris) <= 80
        assert "…" not in r.stdout
        anggota = next(b for b in baris if ("Anggota aktif" in b or "Active members" in b))
        # members 2,2,3,3,3,2,2 between 2 and 3: lowest and highest blocks
        assert "▁▁██▁▁" in anggota.replace("█▁▁", "█▁▁") or "▁▁███▁▁" in anggota
    assert ("9.350.000" if lang == "id" else "9,350,000") in r.stdout  # cash at the end of July, whole, grouped the language's way


@given(st.lists(st.integers(min_value=-10**12, max_value=10**12), min_size=1, max_size=36))
def test_garis_mini_satu_balok_per_bulan(nilai):
    g = garis_mini(nilai)
    assert len(g) == len(nilai) and set(g) <= set(BALOK)
    if max(nilai) > min(nilai):
        assert g[nilai.index(max(nilai))] == BALOK[-1] and g[nilai.index(min(nilai))] == BALOK[0]


def _grafik(path) -> list[str]:
    """The chart parts of a workbook, as XML text."""
    with zipfile.ZipFile(path) as z:
        return [z.read(n).decode() for n in sorted(z.namelist()) if n.startswith("xl/charts/chart")]


def test_buku_kerja_bulanan_punya_grafik_tren(cli, tahun, tmp_path):
    f = tmp_path / "bulanan.xlsx"
    ok(cli, "laporan", "bulanan", "2025-07", "-o", str(f))
    grafik = _grafik(f)
    assert len(grafik) == 4  # members, savings, loans and cash, income per unit
    # The trend sheet has 7 months (January to July) in rows 4-10 under the header in row 3.
    assert "'Tren'!B3" in grafik[0] and "'Tren'!$B$4:$B$10" in grafik[0] and "'Tren'!$A$4:$A$10" in grafik[0]
    assert "Anggota aktif" in grafik[0] and "#,##0,," in grafik[1]  # savings in millions
    import openpyxl

    ws = openpyxl.load_workbook(f)["Tren"]
    assert [ws.cell(r, 1).value for r in range(4, 11)] == [f"2025-{m:02d}" for m in range(1, 8)]


def test_paket_rat_perkembangan_tahun_ini_dan_lalu(cli, tahun, tmp_path):
    f = tmp_path / "rat.xlsx"
    ok(cli, "laporan", "rat", "2025", "-o", str(f))
    import openpyxl

    wb = openpyxl.load_workbook(f)
    assert "Perkembangan" in wb.sheetnames
    ws = wb["Perkembangan"]
    judul = [c.value for c in ws[3]]
    i_ini, i_lalu = judul.index("Anggota 2025") + 1, judul.index("Anggota 2024") + 1
    assert [ws.cell(r, i_ini).value for r in range(4, 16)] == [2, 2, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2]
    assert [ws.cell(r, i_lalu).value for r in range(4, 16)] == [0] * 12  # before the books start
    grafik = _grafik(f)
    assert len(grafik) >= 5 and any("Anggota: 2025 dan 2024" in g for g in grafik)
    assert any(re.search(r"'Perkembangan'!\$[A-Z]+\$4:\$[A-Z]+\$15", g) for g in grafik)


def test_rekap_dinas_grafik_per_kecamatan(cli, tahun, tmp_path):
    from typer.testing import CliRunner

    from koperasi_cli.cli.main import buat_app

    f = tmp_path / "rekap.xlsx"
    r = CliRunner().invoke(buat_app(), ["rekap", str(tahun), "--bulan", "2025-07", "-o", str(f)])
    assert r.exit_code == 0, r.output
    import openpyxl

    ws = openpyxl.load_workbook(f)["Grafik"]
    assert ws.cell(4, 1).value == "Denpasar Barat"
    assert ws.cell(3, 2).value == "Sehat" and sum(ws.cell(4, c).value for c in range(2, 6)) == 1
    assert ws.cell(4, 6).value == 2  # members at the end of July
    grafik = _grafik(f)
    assert len(grafik) == 3 and '<grouping val="stacked" />' in grafik[0]


def test_json_tren_kunci_stabil(cli, tahun):
    d = json.loads(ok(cli, "laporan", "tren", "2025-02", "--bulan", "2", "--format", "json", lang="en").stdout)
    assert set(d["seri"]) >= {"anggota", "simpanan_pokok", "simpanan_wajib", "simpanan_sukarela", "pinjaman",
                               "npl_bp", "penjualan", "kas", "shu"}
