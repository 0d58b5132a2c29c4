"""A lock held past the wait: the command exits 3 and says the books are locked. (Processes
writing at the same time are tested in test_keandalan_konkuren.py.)"""

import subprocess
import sys

from tests.conftest import env_subproses


def test_kunci_tertahan_keluar_3(cli, kop, monkeypatch):
    from filelock import FileLock

    monkeypatch.setenv("KOPERASI_TUNGGU_KUNCI", "0.2")
    with FileLock(str(kop / "data" / "kunci")):
        r = subprocess.run([sys.executable, "-m", "koperasi_cli", "-C", str(kop), "kas", "masuk", "1000",
                            "--akun", "4402", "--ket", "x"], capture_output=True, text=True,
                           env=env_subproses(KOPERASI_TUNGGU_KUNCI="0.2"))
    assert r.returncode == 3
    assert "terkunci" in r.stderr
