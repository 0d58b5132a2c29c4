"""A lock-free reader (the Dinas rekap) sees the books as before or after a write in progress,
never in between, and never waits on the writer's lock."""

import signal
import subprocess
import sys
import time

from koperasi_cli.ledger.buku import Buku, baca_aman
from tests.conftest import env_subproses


def _kas(buku):
    d, k = buku.saldo_akun().get("1101", (0, 0))
    return buku.jumlah_entri, d - k


def test_pembaca_melihat_sebelum_atau_sesudah(kop):
    from filelock import FileLock

    with Buku.buka(kop) as b:
        from datetime import date

        from koperasi_cli.core.jurnal import Entri, debit, kredit

        b.catat(Entri(date(2025, 1, 5), (debit("1101", 1000), kredit("3104", 1000)), "awal"))
    # A writer killed right after its commit record: the reader sees the entry (after) ...
    r = subprocess.run([sys.executable, "-m", "koperasi_cli", "-C", str(kop), "kas", "masuk", "500", "--akun", "4402",
                        "--ket", "x", "--tanggal", "2025-01-06"], env=env_subproses(KOPERASI_UJI_MATI="komit"))
    assert r.returncode == -signal.SIGKILL
    assert baca_aman(kop, _kas) == (2, 1500)
    # ... and the folder is untouched by reading: the commit record is still there to be rolled forward.
    assert (kop / "data" / "komit.json").exists()
    with Buku.buka(kop, coba=True) as b:
        assert _kas(b) == (2, 1500)
    # Killed before the commit record: the reader sees the state before.
    r = subprocess.run([sys.executable, "-m", "koperasi_cli", "-C", str(kop), "kas", "masuk", "700", "--akun", "4402",
                        "--ket", "x", "--tanggal", "2025-01-07"], env=env_subproses(KOPERASI_UJI_MATI="tmp"))
    assert baca_aman(kop, _kas) == (2, 1500)
    # A reader never waits on the lock.
    with FileLock(str(kop / "data" / "kunci")):
        t = time.perf_counter()
        assert baca_aman(kop, _kas) == (2, 1500)
        assert time.perf_counter() - t < 5


def test_pembaca_selama_penulis_berjalan(kop):
    # A slow writer (every step paused); the reader polls throughout and only ever sees whole states.
    p = subprocess.Popen([sys.executable, "-m", "koperasi_cli", "-C", str(kop), "kas", "masuk", "500", "--akun", "4402",
                          "--ket", "x", "--tanggal", "2025-01-06"], env=env_subproses(KOPERASI_UJI_JEDA="0.05"))
    terlihat = set()
    while p.poll() is None:
        terlihat.add(baca_aman(kop, _kas))
        time.sleep(0.01)
    terlihat.add(baca_aman(kop, _kas))
    assert p.returncode == 0
    assert terlihat <= {(0, 0), (1, 500)} and (1, 500) in terlihat
