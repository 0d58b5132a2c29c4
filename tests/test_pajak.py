"""The monthly PPh final (0,5 % of gross turnover, PP 55/2022): compute, refuse, pay, report."""

from __future__ import annotations

import json
from datetime import date

from koperasi_cli.core import pajak as inti
from koperasi_cli.core.tanggal import Bulan
from tests.conftest import buka, isi_folder


def _atur(kop, kunci: str, nilai: str) -> None:
    """Set one key of `pengaturan.pajak` in koperasi.yaml (the template lists them all)."""
    import re

    p = kop / "koperasi.yaml"
    teks, n = re.subn(rf"(?m)^(  pajak:.*\n(?:    .*\n)*?    {kunci}:)[^#\n]*", rf"\g<1> {nilai} ", p.read_text(), count=1)
    assert n == 1
    p.write_text(teks)


def _bulan_maret(cli):
    # March 2025: sales 30.000.000 (4101), loan interest 5.000.000 (4201), rent 2.000.000 (4301),
    # bank interest 1.000.000 (4401, taxed at source: not turnover). Recorded through the library
    # (the same function `kas masuk` calls), which is faster than four commands.
    from koperasi_cli.layanan import kas

    with buka(cli.akar) as b:
        for jumlah, akun, k in ((30_000_000, "4101", "1101"), (5_000_000, "4201", "1101"), (2_000_000, "4301", "1101"),
                                (1_000_000, "4401", "1104")):
            kas.masuk(b, jumlah, akun, "x", tanggal=date(2025, 3, 10), kas=k)


def test_pph_inti():
    assert inti.hitung_pph(37_000_000, 50) == 185_000  # 37.000.000 * 50 / 10.000
    assert inti.hitung_pph(333, 50) == 2  # 333 * 0,005 = 1,665 -> 2 (half up)
    assert inti.hitung_pph(-5, 50) == 0
    assert inti.batas_setor(Bulan(2025, 12)) == date(2026, 1, 15)


def test_hitung_setor_laporan(cli, kop):
    _bulan_maret(cli)
    r = cli("pajak", "hitung", "2025-03", "--tanggal", "2025-04-02")
    assert r.exit_code == 1 and "di luar bulan 2025-03" in r.output
    r = cli("pajak", "hitung", "2025-03", "--format", "json")
    assert r.exit_code == 0, r.output
    h = json.loads(r.stdout)
    # Turnover 30.000.000 + 5.000.000 + 2.000.000 = 37.000.000; tax 37.000.000 * 0,5 % = 185.000.
    assert {k: h[k] for k in ("bulan", "peredaran_bruto", "tarif_bp", "pph")} == {
        "bulan": "2025-03", "peredaran_bruto": 37_000_000, "tarif_bp": 50, "pph": 185_000}
    assert h["entri"].startswith("J")
    # Refused twice for a month, nothing written.
    sebelum = isi_folder(kop)
    r = cli("pajak", "hitung", "2025-03")
    assert r.exit_code == 1 and "sudah dihitung" in r.output
    assert isi_folder(kop) == sebelum
    # The PHU shows the tax account's expense.
    phu = json.loads(cli("laporan", "phu", "2025-03", "--format", "json").stdout)
    assert any(b["kode"] == "6112" and b["jumlah"] == 185_000 for b in phu["beban"])
    # Unpaid after 15 April: reminder in info.
    info = json.loads(cli("info", "--format", "json").stdout)
    assert info["pajak_terlambat"][0]["bulan"] == "2025-03" and info["pajak_terlambat"][0]["pph"] == 185_000
    r = cli("pajak", "setor", "2025-03", "--tanggal", "2025-04-14")
    assert r.exit_code == 0, r.output
    assert json.loads(cli("info", "--format", "json").stdout)["pajak_terlambat"] == []
    assert cli("pajak", "setor", "2025-03", "--tanggal", "2025-04-14").exit_code == 1
    lap = json.loads(cli("laporan", "pajak", "2025", "--format", "json").stdout)
    maret = next(b for b in lap["bulan"] if b["bulan"] == "2025-03")
    assert maret == {"bulan": "2025-03", "peredaran_bruto": 37_000_000, "pph": 185_000, "tanggal_setor": "2025-04-14",
                     "terutang": 0, "batas_setor": "2025-04-15", "status": "disetor"}
    assert cli("periksa").exit_code == 0


def test_tolak_bukan_final_lewat_tahun_dan_batas(cli, kop):
    _bulan_maret(cli)
    _atur(kop, "final", "false")
    r = cli("pajak", "hitung", "2025-03", lang="en")
    assert r.exit_code == 1 and "not on the final tax" in r.output


def test_tolak_lewat_empat_tahun(cli, kop):
    _bulan_maret(cli)
    _atur(kop, "tahun_mulai", "2021")  # 2021-2024 are the 4 years; 2025 is past them
    r = cli("pajak", "hitung", "2025-03")
    assert r.exit_code == 1 and "2021-2024" in r.output


def test_tolak_tahun_setelah_lewat_batas(cli, kop):
    _bulan_maret(cli)
    _atur(kop, "batas_peredaran", "30000000")  # 2025's 37.000.000 passes a 30.000.000 ceiling
    r = cli("pajak", "hitung", "2025-03")  # the year it passes stays final (with a warning)
    assert r.exit_code == 0 and "melewati" in r.output
    r = cli("pajak", "hitung", "2026-01")  # the next year is refused
    assert r.exit_code == 1 and "2025" in r.output and "37.000.000" in r.output
