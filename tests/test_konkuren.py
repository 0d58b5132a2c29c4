"""Four processes posting 50 `kas masuk` each at the same time: exactly 200 entries, the
right balance, numbers 1..200 with no gap, and `periksa` passes (no lost update)."""

import subprocess
import sys

from koperasi_cli.ledger.periksa import periksa
from tests.conftest import buka, env_subproses

SKRIP = """
import sys
from koperasi_cli.cli.main import main
akar, nama = sys.argv[1], sys.argv[2]
for i in range(50):
    try:
        main(["-C", akar, "kas", "masuk", "1.000", "--akun", "4402", "--ket", f"{nama}-{i}", "--tanggal", "2025-04-01"])
    except SystemExit as e:
        if e.code:
            sys.exit(f"{nama}-{i}: exit {e.code}")
"""


def test_empat_proses_serentak(kop):
    proses = [
        subprocess.Popen([sys.executable, "-c", SKRIP, str(kop), f"p{i}"], env=env_subproses(KOPERASI_TUNGGU_KUNCI="60"),
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        for i in range(4)
    ]
    for p in proses:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    with buka(kop, coba=True) as b:
        assert periksa(b) == []
        assert b.jumlah_entri == 200
        assert b.saldo_akun()["1101"] == [200_000, 0]  # 4 x 50 x 1.000
        ket = sorted(r["ket"] for r in b.entri())
    assert ket == sorted(f"p{p}-{i}" for p in range(4) for i in range(50))


def test_kunci_tertahan_keluar_3(cli, kop, monkeypatch):
    from filelock import FileLock

    monkeypatch.setenv("KOPERASI_TUNGGU_KUNCI", "0.2")
    with FileLock(str(kop / "data" / "kunci")):
        r = subprocess.run([sys.executable, "-m", "koperasi_cli", "-C", str(kop), "kas", "masuk", "1000",
                            "--akun", "4402", "--ket", "x"], capture_output=True, text=True,
                           env=env_subproses(KOPERASI_TUNGGU_KUNCI="0.2"))
    assert r.returncode == 3
    assert "terkunci" in r.stderr
