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

    from koperasi_cli.lingkungan import aktif

    teks = aktif().get("KOPERASI_TUNGGU_KUNCI")
    if teks is None or not teks.strip():
        return TUNGGU_BAWAAN
    try:
        nilai = float(teks)
    except ValueError:
        nilai = math.nan
    if not (0 <= nilai <= MAKS_TUNGGU):  # also NaN
        raise Galat("tunggu_kunci_tidak_sah", nilai=teks[:40])
    return nilai


def kunci_folder(akar: Path, tunggu: float | None = None, *, baca: bool = False):
    """The exclusive lock. With `baca` (a read-only command) nothing is created and no
    permission is changed: a folder the user may not write gives `folder_tak_tertulis`, and
    the command reads a lock-free snapshot instead (`Buku.buka_untuk_baca`)."""
    from filelock import FileLock, Timeout

    from koperasi_cli.ledger.berkas import buat_folder

    if tunggu is None:
        tunggu = tunggu_dari_lingkungan()
    data = akar / "data"
    if baca and not (data.is_dir() and os.access(data, os.W_OK)
                     and (not (data / "kunci").exists() or os.access(data / "kunci", os.W_OK))):
        raise Galat("folder_tak_tertulis", keluar=BUKU_RUSAK, folder=str(akar), sebab="EACCES")
    try:
        if not baca:
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
