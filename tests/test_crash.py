"""Crash safety: a command killed (SIGKILL) at any step of its write leaves books that pass
`periksa` and equal the state before or after the command, never in between.

`KOPERASI_UJI_MATI=<step>` kills the writer at a named step; `KOPERASI_UJI_JEDA` slows every
step so that a kill at a random instant lands anywhere in the write. More random kills with
KOPERASI_UJI_ACAK=N (default 12 here)."""

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from koperasi_cli.ledger.berkas import LANGKAH
from koperasi_cli.ledger.periksa import periksa
from tests.conftest import buka, env_subproses

PY = [sys.executable, "-m", "koperasi_cli"]


def _jalan(akar, *args, env=None, **kw):
    return subprocess.run([*PY, "-C", str(akar), *args], capture_output=True, text=True,
                          env=env or env_subproses(), **kw)


def _keadaan(akar):
    """(entries, cash balance) after opening the books (which recovers); periksa must pass."""
    with buka(akar, coba=True) as b:
        assert periksa(b) == []
        d, k = b.saldo_akun().get("1101", (0, 0))
        return b.jumlah_entri, d - k


PERINTAH = {
    "kas-masuk": ["kas", "masuk", "250rb", "--akun", "4402", "--ket", "Sewa", "--tanggal", "2025-03-03"],
    "kas-keluar": ["kas", "keluar", "40rb", "--akun", "6104", "--ket", "ATK", "--tanggal", "2025-03-04"],
    "jurnal-batal": ["jurnal", "batal", "J000001", "--ket", "uji", "--tanggal", "2025-03-05"],
    "kas-cek": ["kas", "cek", "900rb", "--catat-selisih", "--tanggal", "2025-03-06"],
}


@pytest.fixture
def buku_awal(kop):
    r = _jalan(kop, "kas", "masuk", "1jt", "--akun", "3104", "--ket", "Hibah", "--tanggal", "2025-03-01")
    assert r.returncode == 0, r.stderr
    return kop


@pytest.mark.parametrize("langkah", [l for l in LANGKAH])
@pytest.mark.parametrize("nama", list(PERINTAH))
def test_mati_di_setiap_langkah(buku_awal, nama, langkah):
    sebelum = _keadaan(buku_awal)
    r = _jalan(buku_awal, *PERINTAH[nama], env=env_subproses(KOPERASI_UJI_MATI=langkah))
    assert r.returncode == -signal.SIGKILL, r.stderr
    sesudah = _keadaan(buku_awal)
    # Before the commit record is in place the command did not happen; from then on it did.
    if LANGKAH.index(langkah) < LANGKAH.index("komit"):
        assert sesudah == sebelum
    else:
        assert sesudah[0] == sebelum[0] + 1
    # The books go on working.
    assert _jalan(buku_awal, *PERINTAH["kas-masuk"]).returncode == 0
    assert _keadaan(buku_awal)[0] == sesudah[0] + 1


def test_mati_pada_saat_acak(buku_awal):
    n = int(os.environ.get("KOPERASI_UJI_ACAK", "12"))
    acak = random.Random(2025)
    env = env_subproses(KOPERASI_UJI_JEDA="0.01")
    hasil = {"sebelum": 0, "sesudah": 0}
    for _ in range(n):
        sebelum = _keadaan(buku_awal)
        p = subprocess.Popen([*PY, "-C", str(buku_awal), *PERINTAH["kas-masuk"]], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(acak.uniform(0.05, 0.6))
        p.kill()
        p.wait()
        sesudah = _keadaan(buku_awal)
        assert sesudah in (sebelum, (sebelum[0] + 1, sebelum[1] + 250_000))
        hasil["sebelum" if sesudah == sebelum else "sesudah"] += 1
    assert sum(hasil.values()) == n


def test_init_mati_di_tengah_tidak_meninggalkan_koperasi_setengah(tmp_path):
    akar = tmp_path / "k"
    args = ["init", "--nama", "KDMP X", "--desa", "Sumerta", "--kecamatan", "Denpasar Timur",
            "--kabupaten", "Kota Denpasar", "--provinsi", "Bali", "--mulai", "2025-01-01"]
    r = subprocess.run([*PY, "-C", str(akar), *args], capture_output=True,
                       env=env_subproses(KOPERASI_UJI_MATI="tmp"))
    assert r.returncode == -signal.SIGKILL
    assert not (akar / "koperasi.yaml").exists()
    r = subprocess.run([*PY, "-C", str(akar), *args], capture_output=True, text=True, env=env_subproses())
    assert r.returncode == 0, r.stderr
    assert not list(akar.rglob("*.tmp"))
    assert _jalan(akar, "periksa").returncode == 0
