"""Ctrl-C during a command that creates a folder (`init`, `demo`): leave nothing behind.

`jaga_folder(path, ...)` notes what exists before the command; on KeyboardInterrupt it removes
what the command created (the folder itself when it did not exist, else only the new entries
in it, and any new side files such as the demo's workbook), forgets what was committed in this
run (it is gone) and lets the interrupt go on to `main`, which exits 130 saying nothing was
written."""

from __future__ import annotations

import os
import shutil
import signal
from contextlib import contextmanager
from pathlib import Path


def _buang(p: Path) -> None:
    try:
        if p.is_dir() and not p.is_symlink():
            shutil.rmtree(p, ignore_errors=True)
        else:
            p.unlink()
    except OSError:
        pass


@contextmanager
def jaga_folder(folder: Path, *berkas_samping: Path):
    folder = Path(folder)
    ada = folder.is_dir()
    try:
        isi = set(os.listdir(folder)) if ada else set()
    except OSError:
        isi = None  # unreadable: never clean what cannot be listed
    samping = {p: p.exists() for p in map(Path, berkas_samping)}
    try:
        yield
    except KeyboardInterrupt:
        lama = signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not stop the clean-up
        try:
            if not ada:
                _buang(folder)
            elif isi is not None and folder.is_dir():
                for nama in set(os.listdir(folder)) - isi:
                    _buang(folder / nama)
            for p, sudah in samping.items():
                if not sudah and (p.exists() or p.is_symlink()):
                    _buang(p)
            from koperasi_cli.ledger import tercatat

            tercatat.kosongkan()
        finally:
            signal.signal(signal.SIGINT, lama)
        raise
