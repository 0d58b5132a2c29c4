"""`koperasi demo`: a sample cooperative that passes `periksa`, its workbook, determinism, refusal;
shell completion."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import env_subproses, isi_folder


def _jalan(*args, cwd=None, **env):
    return subprocess.run([sys.executable, "-m", "koperasi_cli", *args], capture_output=True, text=True,
                          cwd=cwd, env=env_subproses(**env), timeout=180)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """`koperasi demo` run once as a real subprocess in an empty folder (the default folder name)."""
    tmp = tmp_path_factory.mktemp("demo")
    r = _jalan("demo", "--seed", "7", cwd=tmp)
    return tmp, r


def _neraca_saldo(akar):
    from koperasi_cli.ledger.buku import Buku

    with Buku.buka(akar, coba=True) as buku:
        return {a: v for a, v in buku.saldo_akun().items() if v != [0, 0]}


def test_demo_berhasil_periksa_lulus_dan_buku_kerja_terbaca(demo):
    import openpyxl

    from koperasi_cli.layanan.demo import bulan_demo, hari_ini_zona

    tmp, r = demo
    assert r.returncode == 0, r.stderr
    akar = tmp / "kdkmp-demo"
    assert (akar / "koperasi.yaml").exists()
    # The latest monthly report on stdout (Indonesian by default), the status lines on stderr.
    assert "Laporan Posisi Keuangan (Neraca)" in r.stdout and "Koperasi Desa Merah Putih Tegal Kertha" in r.stdout
    assert "Koperasi contoh siap" in r.stderr
    p = _jalan("-C", str(akar), "periksa", "--format", "json")
    assert p.returncode == 0, p.stdout + p.stderr
    assert '"baik": true' in p.stdout
    terakhir = bulan_demo(hari_ini_zona())[-1]
    xlsx = tmp / f"kdkmp-demo-laporan-{terakhir}.xlsx"
    assert xlsx.exists()
    wb = openpyxl.load_workbook(xlsx, read_only=True)
    assert wb.sheetnames[0] == "Sampul" and len(wb.sheetnames) > 5


def test_demo_isi_setiap_unit(demo):
    """60 members; savings of every kind; loans with some in arrears; outlet with LPG buyers'
    log; expenses; the two earlier months closed; the books start on the first of the first month."""
    from datetime import date

    from koperasi_cli.layanan.demo import bulan_demo, hari_ini_zona
    from koperasi_cli.reports import daftar_pinjaman, daftar_sembako
    from koperasi_cli.ledger.buku import Buku
    from koperasi_cli.core.tanggal import parse_periode

    tmp, _ = demo
    bulan = bulan_demo(hari_ini_zona())
    with Buku.buka(tmp / "kdkmp-demo", coba=True) as buku:
        assert buku.profil.mulai == bulan[0].awal and buku.profil.mulai.day == 1
        assert buku.bulan_tutup == {str(bulan[0]), str(bulan[1])}
        assert len(buku.tabel("anggota").all()) == 60
        saldo = {a: d - k for a, (d, k) in buku.saldo_akun(per=bulan[-1].akhir).items()}
        for akun in ("3101", "3102", "2102", "1110", "1130", "1131", "4101", "4103", "4201", "6101", "6103"):
            assert saldo.get(akun), akun
        tunggak = daftar_pinjaman.tunggakan(buku, bulan[-1].akhir)
        assert 2 <= len(tunggak["tunggakan"]) <= 5
        lpg = daftar_sembako.log_lpg(buku, parse_periode(str(bulan[-1])))
        assert lpg["lpg"] and all(b["nik"] and b["kategori"] for b in lpg["lpg"])
        assert max(date.fromisoformat(r["tanggal"]) for r in buku.entri(bulan[-1].awal)) <= bulan[-1].akhir


def test_demo_deterministik(demo, tmp_path):
    """Same seed -> the same trial balance; another seed -> other figures."""
    from koperasi_cli.layanan.demo import buat_demo

    tmp, _ = demo
    buat_demo(tmp_path / "a", seed=7)
    assert _neraca_saldo(tmp_path / "a") == _neraca_saldo(tmp / "kdkmp-demo")
    buat_demo(tmp_path / "b", seed=8)
    assert _neraca_saldo(tmp_path / "b") != _neraca_saldo(tmp_path / "a")


def test_demo_menolak_koperasi_yang_ada(kop, cli):
    sebelum = isi_folder(kop)
    r = cli("demo", str(kop))
    assert r.exit_code == 1
    assert "sudah ada koperasi; demo tidak menimpanya" in r.stderr
    r = cli("demo", str(kop), lang="en")
    assert r.exit_code == 1
    assert "already holds a cooperative; the demo does not overwrite it" in r.stderr
    assert isi_folder(kop) == sebelum


def test_demo_bulan_adalah_tiga_bulan_sebelum_bulan_ini():
    from datetime import date

    from koperasi_cli.layanan.demo import bulan_demo

    assert [str(b) for b in bulan_demo(date(2026, 1, 15))] == ["2025-10", "2025-11", "2025-12"]
    assert [str(b) for b in bulan_demo(date(2025, 3, 1))] == ["2024-12", "2025-01", "2025-02"]


# ---- shell completion ------------------------------------------------------------------------
def test_show_completion_mencetak_skrip():
    r = _jalan("--show-completion", "bash", _TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION="1")
    assert r.returncode == 0, r.stderr
    assert "complete -o default -F _koperasi_completion koperasi" in r.stdout


def test_completion_memberi_calon():
    r = subprocess.run([sys.executable, "-c", "from koperasi_cli.cli.main import main; main()"],
                       capture_output=True, text=True, timeout=60,
                       env=env_subproses(_KOPERASI_COMPLETE="complete_bash", COMP_WORDS="koperasi ka", COMP_CWORD="1"))
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["kas", "karyawan"]  # karyawan: staff and payroll
    r = subprocess.run([sys.executable, "-c", "from koperasi_cli.cli.main import main; main()"],
                       capture_output=True, text=True, timeout=60,
                       env=env_subproses(_KOPERASI_COMPLETE="complete_bash", COMP_WORDS="koperasi pinjaman an",
                                         COMP_CWORD="2"))
    assert r.stdout.split() == ["angsur"]
