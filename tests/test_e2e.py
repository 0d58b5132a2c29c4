"""End to end as a real subprocess of the installed `koperasi` command: init, entries, the
trial balance in JSON, periksa, export, and hledger's and beancount's balances equal ours."""

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import env_subproses

CONTOH = Path(__file__).resolve().parent.parent / "examples" / "tegal-harum.yaml"


def _perintah() -> list[str]:
    skrip = Path(sys.executable).parent / "koperasi"
    return [str(skrip)] if skrip.exists() else [sys.executable, "-m", "koperasi_cli"]


def _k(akar, *args, ok=True):
    r = subprocess.run([*_perintah(), "-C", str(akar), *args], capture_output=True, text=True, env=env_subproses())
    if ok:
        assert r.returncode == 0, r.stderr
    return r


@pytest.fixture(scope="module")
def buku_e2e(tmp_path_factory):
    akar = tmp_path_factory.mktemp("e2e") / "tegal-harum"
    _k(akar, "init", "--dari", str(CONTOH))
    _k(akar, "kas", "masuk", "25jt", "--akun", "3104", "--ket", "Hibah \"dana desa\"", "--tanggal", "2025-08-04")
    _k(akar, "kas", "keluar", "Rp 1.250.000", "--akun", "6107", "--ket", "Sewa gerai Agustus", "--tanggal", "2025-08-05")
    _k(akar, "kas", "keluar", "350rb", "--akun", "6103", "--ket", "PLN; air", "--tanggal", "2025-08-31")
    _k(akar, "jurnal", "catat", "--debit", "1204=4,5jt", "--kredit", "1101=4,5jt", "--ket", "Rak dan kulkas",
       "--tanggal", "2025-09-02")
    _k(akar, "kas", "masuk", "1_200_000", "--akun", "4402", "--ket", "Sewa tenda", "--tanggal", "2025-09-15")
    _k(akar, "jurnal", "batal", "J000003", "--ket", "tagihan ganda", "--tanggal", "2025-09-16")
    return akar


def _saldo_kami(akar) -> dict[str, int]:
    data = json.loads(_k(akar, "laporan", "neraca-saldo", "--per", "2025-12-31", "--format", "json").stdout)
    return {a["kode"]: a["debit"] - a["kredit"] for a in data["akun"]}


def test_neraca_saldo_json_dan_periksa(buku_e2e):
    saldo = _saldo_kami(buku_e2e)
    # Cash: 25.000.000 - 1.250.000 - 350.000 - 4.500.000 + 1.200.000 + 350.000 (reversal) = 20.450.000
    assert saldo == {"1101": 20_450_000, "1204": 4_500_000, "3104": -25_000_000, "4402": -1_200_000, "6107": 1_250_000}
    assert "5 jurnal" not in _k(buku_e2e, "periksa").stdout
    assert "6 jurnal" in _k(buku_e2e, "periksa").stdout
    assert _k(buku_e2e, "--version").stdout.startswith("koperasi ")


@pytest.mark.skipif(shutil.which("hledger") is None, reason="hledger is not installed")
def test_hledger_menerima_dan_saldonya_sama(buku_e2e, tmp_path):
    f = tmp_path / "buku.journal"
    _k(buku_e2e, "ekspor", "hledger", str(f))
    r = subprocess.run(["hledger", "-f", str(f), "bal", "-N", "-O", "csv"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    theirs = {}
    for baris in list(csv.reader(io.StringIO(r.stdout)))[1:]:
        kode = baris[0].split(":")[1].split("-")[0]
        theirs[kode] = int(baris[1].replace(" IDR", "").replace(",", ""))
    assert theirs == _saldo_kami(buku_e2e)


@pytest.mark.skipif(shutil.which("bean-check") is None, reason="beancount is not installed")
def test_beancount_menerima_dan_saldonya_sama(buku_e2e, tmp_path):
    f = tmp_path / "buku.beancount"
    _k(buku_e2e, "ekspor", "beancount", str(f))
    r = subprocess.run(["bean-check", str(f)], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    q = subprocess.run(["bean-query", "-f", "csv", str(f), "SELECT account, sum(number) AS n GROUP BY account"],
                       capture_output=True, text=True)
    assert q.returncode == 0, q.stderr
    theirs = {}
    for baris in list(csv.reader(io.StringIO(q.stdout)))[1:]:
        n = int(float(baris[1].strip() or 0)) if "." in baris[1] else int(baris[1].strip() or 0)
        if n:
            theirs[baris[0].strip().split(":")[1].split("-")[0]] = n
    assert theirs == _saldo_kami(buku_e2e)


def test_ekspor_satu_periode_membawa_saldo_awal(buku_e2e, tmp_path):
    if shutil.which("hledger") is None:
        pytest.skip("hledger is not installed")
    f = tmp_path / "sep.journal"
    _k(buku_e2e, "ekspor", "hledger", "2025-09", "-o", str(f))
    r = subprocess.run(["hledger", "-f", str(f), "bal", "-N", "-O", "csv", "^Assets"], capture_output=True, text=True)
    kas = [b for b in csv.reader(io.StringIO(r.stdout)) if b[0].startswith("Assets:1101")][0]
    assert int(kas[1].replace(" IDR", "").replace(",", "")) == 20_450_000


def test_galat_tanpa_traceback_dan_kode_keluar(buku_e2e):
    r = _k(buku_e2e, "kas", "masuk", "-5", "--akun", "4402", "--ket", "x", ok=False)
    assert r.returncode in (1, 2) and "Traceback" not in r.stderr
    r = _k(buku_e2e, "kas", "masuk", "5rb", "--akun", "4402", ok=False)  # --ket missing: usage
    assert r.returncode == 2
    r = _k(buku_e2e, "kas", "masuk", "1,5", "--akun", "4402", "--ket", "x", ok=False)
    assert r.returncode == 1 and "1,5jt" in r.stderr
