"""The folder's exclusive lock: one command at a time; another waits a bounded time."""

from __future__ import annotations

import os
from pathlib import Path

from koperasi_cli.core.galat import BUKU_RUSAK, Galat

TUNGGU_BAWAAN = 30.0


MAKS_TUNGGU = 86400.0


def tunggu_dari_lingkungan() -> float:
    """KOPERASI_TUNGGU_KUNCI: seconds to wait for the lock (0 to 86400), default 30."""
    import math

    teks = os.environ.get("KOPERASI_TUNGGU_KUNCI")
    if teks is None or not teks.strip():
        return TUNGGU_BAWAAN
    try:
        nilai = float(teks)
    except ValueError:
        nilai = math.nan
    if not (0 <= nilai <= MAKS_TUNGGU):  # also NaN
        raise Galat("tunggu_kunci_tidak_sah", nilai=teks[:40])
    return nilai


def kunci_folder(akar: Path, tunggu: float | None = None):
    from filelock import FileLock, Timeout

    from koperasi_cli.ledger.berkas import buat_folder

    if tunggu is None:
        tunggu = tunggu_dari_lingkungan()
    data = akar / "data"
    try:
        buat_folder(data)
    except OSError as e:
        raise Galat("folder_tak_tertulis", keluar=BUKU_RUSAK, folder=str(akar), sebab=type(e).__name__) from None
    kunci = FileLock(str(data / "kunci"), timeout=tunggu, mode=0o600)
    try:
        kunci.acquire()
    except Timeout:
        raise Galat("terkunci", keluar=BUKU_RUSAK, detik=int(tunggu)) from None
    except OSError as e:
        raise Galat("folder_tak_tertulis", keluar=BUKU_RUSAK, folder=str(akar), sebab=type(e).__name__) from None
    return kunci
