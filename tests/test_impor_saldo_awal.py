"""Opening balances (impor saldo-awal) and the second example cooperative (examples/sidakarya)."""

from __future__ import annotations

from pathlib import Path

from anggota_bantu import js, neraca, ok
from conftest import Cli, isi_folder

CONTOH = Path(__file__).resolve().parent.parent / "examples" / "sidakarya"


def _sidakarya(tmp_path) -> Cli:
    akar = tmp_path / "sidakarya"
    cli = Cli(akar)
    ok(cli, "init", "--dari", str(CONTOH / "profil.yaml"))
    ok(cli, "impor", "anggota", str(CONTOH / "anggota.csv"), "--tanpa-pokok")
    return cli


def test_contoh_sidakarya_bersih(tmp_path):
    cli = _sidakarya(tmp_path)
    ok(cli, "impor", "saldo-awal", str(CONTOH / "saldo-awal.xlsx"))
    n = neraca(cli, "2025-07-01")
    # the workbook's figures: cash 8.559.000, one loan 2.500.000, stock 2.196.000 + 480.000, pokok 6 x 100.000,
    # wajib 860.000, sukarela 2.275.000, grant 10.000.000
    # (8.559.000 + 2.500.000 + 2.196.000 + 480.000 = 13.735.000 = 600.000 + 860.000 + 2.275.000 + 10.000.000)
    assert (n["1101"], n["1110"], n["1130"], n["1131"]) == (8_559_000, 2_500_000, 2_196_000, 480_000)
    assert (n["3101"], n["3102"], n["2102"], n["3104"]) == (-600_000, -860_000, -2_275_000, -10_000_000)
    assert js(cli, "simpanan", "saldo", "2") == {"no": "0002", "pokok": 100_000, "wajib": 240_000, "sukarela": 1_250_000}
    stok = {b["kode"]: (b["qty"], b["nilai"]) for b in js(cli, "sembako", "stok", "--per", "2025-07-01")["barang"]}
    assert stok == {"BRS5": (20, 1_380_000), "MYK2": (24, 816_000), "LPG3": (30, 480_000)}
    ok(cli, "periksa")
    ok(cli, "impor", "simpanan", str(CONTOH / "simpanan.csv"))
    ok(cli, "periksa")
    ok(cli, "impor", "penjualan", str(CONTOH / "penjualan.csv"))
    ok(cli, "periksa")
    # wajib 860.000 + 20.000 x 10 months deposited (1+1+2+1+3+1 in July, 1 in August) = 1.060.000
    assert neraca(cli)["3102"] == -1_060_000
    # again: every file is skipped
    sebelum = isi_folder(cli.akar)
    for jenis, f in (("anggota", "anggota.csv"), ("saldo-awal", "saldo-awal.xlsx"), ("simpanan", "simpanan.csv"),
                     ("penjualan", "penjualan.csv")):
        ok(cli, "impor", jenis, str(CONTOH / f))
    assert isi_folder(cli.akar) == sebelum


def test_saldo_awal_tidak_seimbang_dan_rincian_beda(tmp_path):
    from openpyxl import load_workbook

    cli = _sidakarya(tmp_path)
    wb = load_workbook(CONTOH / "saldo-awal.xlsx")
    wb["akun"]["C2"] = 8_500_000         # cash 59.000 short: debits no longer equal credits
    wb["simpanan"]["D3"] = 1_000_000     # sukarela of 0002: the details no longer add up to 2102
    wb["simpanan"]["A4"] = "0099"        # unknown member
    wb.save(tmp_path / "buruk.xlsx")
    sebelum = isi_folder(cli.akar)
    r = cli("impor", "saldo-awal", str(tmp_path / "buruk.xlsx"), "--laporan-galat", str(tmp_path / "g.csv"))
    assert r.exit_code == 1
    assert isi_folder(cli.akar) == sebelum
    assert "tidak seimbang" in r.stderr and "0099" in r.stderr and "2102" in r.stderr
    assert (tmp_path / "g.csv").exists()
    r = cli("impor", "saldo-awal", str(tmp_path / "buruk.xlsx"), lang="en")
    assert "do not balance" in r.stderr


def test_saldo_awal_hanya_buku_kosong(tmp_path):
    cli = _sidakarya(tmp_path)
    ok(cli, "kas", "masuk", "1jt", "--akun", "3104", "--ket", "Hibah", "--tanggal", "2025-07-02")
    r = cli("impor", "saldo-awal", str(CONTOH / "saldo-awal.xlsx"))
    assert r.exit_code == 1 and "kosong" in r.stderr
