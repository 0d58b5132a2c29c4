"""Walking the paths given to `koperasi rekap`."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from koperasi_cli.reports.rekap.dasar import AKHIRAN_EKSPOR, masalah


def telusuri(paths):
    """('folder', path) | ('ekspor', path) | ('masalah', problem) for each path given: a
    cooperative's folder, an export file, or a folder holding many of either (searched down its
    subfolders; a cooperative's own folder is not entered; hidden files are skipped)."""
    from koperasi_cli.ledger.buku import NAMA_PROFIL

    for asal in paths:
        p = Path(asal)
        if p.is_dir():
            if (p / NAMA_PROFIL).is_file():
                yield "folder", p
                continue
            n = 0
            dilihat: set[str] = set()
            for akar, folder, berkas in os.walk(p, followlinks=True):
                nyata = os.path.realpath(akar)
                if nyata in dilihat:  # a link back up the tree
                    folder[:] = []
                    continue
                dilihat.add(nyata)
                folder[:] = sorted(f for f in folder if not f.startswith("."))
                a = Path(akar)
                if NAMA_PROFIL in berkas:
                    folder[:] = []
                    n += 1
                    yield "folder", a
                    continue
                if a.name == "data" and "kepala.json" in berkas:
                    folder[:] = []
                    n += 1
                    yield "masalah", masalah(str(a.parent), "rekap_data_tanpa_profil")
                    continue
                for nama in sorted(berkas):
                    if nama.startswith("."):
                        continue
                    n += 1
                    if nama.lower().endswith(AKHIRAN_EKSPOR):
                        yield _ekspor(a / nama)
                    else:
                        yield "masalah", masalah(str(a / nama), "rekap_bukan_koperasi")
            if n == 0:
                yield "masalah", masalah(str(p), "rekap_folder_kosong")
        elif p.exists():
            if p.name.lower().endswith(AKHIRAN_EKSPOR):
                yield _ekspor(p)
            else:
                yield "masalah", masalah(str(p), "rekap_bukan_koperasi")
        else:
            yield "masalah", masalah(str(p), "rekap_tidak_ada")


def _ekspor(p: Path):
    """An export to read, or the problem when it is no regular file: a named pipe or a device would
    make the reader wait for ever (a file that cannot be looked at is the reader's to name)."""
    try:
        biasa = stat.S_ISREG(os.stat(p).st_mode)
    except OSError:
        return "ekspor", p
    return ("ekspor", p) if biasa else ("masalah", masalah(str(p), "rekap_ekspor_rusak", sebab="bukan berkas biasa"))


