"""Reading a cooperative's folder (never locks, never writes)."""

from __future__ import annotations

import time
from pathlib import Path

from koperasi_cli.core.galat import Galat
from koperasi_cli.core.tanggal import Bulan
from koperasi_cli.lingkungan import aktif
from koperasi_cli.reports.baris_koperasi import baris_rekap, dua_bahasa, teks_galat
from koperasi_cli.reports.rekap.dasar import hasil_baris, masalah

_COBA = 20  # attempts at a folder whose books keep changing while read


def _tanda(akar: Path) -> tuple:
    """What the books look like now: the head in force (a committed write in progress counts) and
    the profile's mtime. A read that starts and ends under the same mark saw one state."""
    from koperasi_cli.ledger.berkas import lapis_komit
    from koperasi_cli.ledger.buku import KEPALA, NAMA_PROFIL, sha256

    lapis = lapis_komit(akar)
    isi = None
    for p in (lapis.get(KEPALA), akar / KEPALA):
        if p is None:
            continue
        try:
            isi = p.read_bytes()
            break
        except OSError:
            continue
    try:
        mtime = (akar / NAMA_PROFIL).stat().st_mtime_ns
    except OSError:
        mtime = None
    return (sha256(isi) if isi is not None else None, mtime)


def baca_folder(akar: Path, bulan: Bulan, sumber: str | None = None, dengan_periksa: bool = True) -> dict:
    """{'baris': row or None, 'masalah': [problems]} for one cooperative's folder, from a
    lock-free snapshot (`Buku.buka_baca`): a write in progress is seen before or after, never in
    between; a read that overlapped a write is done again (the head changed meanwhile); an error
    while the books stayed the same is the books' own and is reported."""
    import gc

    from koperasi_cli.ledger.buku import Buku

    sumber = sumber or str(akar)
    # Reading a book makes hundreds of thousands of small objects that all stay alive until it is
    # done: the cyclic collector's passes over them cost a third of the time and find nothing.
    # It is paused for the read (refcounting still frees everything) and resumed after.
    gc_aktif = gc.isenabled()
    gc.disable()
    try:
        for i in range(_COBA):
            tanda = _tanda(akar)
            try:
                with Buku.buka_baca(akar) as buku:
                    baris = baris_rekap(buku, bulan, dengan_periksa=dengan_periksa)
                    # The month's own anchor, when closed (one journal file, read already).
                    jb = buku.jangkar_bulan([str(bulan)])
            except Galat as g:
                if _tanda(akar) != tanda:
                    time.sleep(0.02 * (i + 1))
                    continue
                return {"baris": None, "masalah": [masalah(sumber, "rekap_buku_tak_terbaca",
                                                           sebab=dua_bahasa(lambda g=g: teks_galat(g)))]}
            if _tanda(akar) != tanda:
                time.sleep(0.02 * (i + 1))
                continue
            return {**hasil_baris(baris, sumber, "folder"), "jangkar_bulan": jb}
        return {"baris": None, "masalah": [masalah(sumber, "rekap_sibuk")]}
    except Exception as e:  # a bug must not stop the rekap of the other cooperatives
        if aktif().debug:
            raise
        return {"baris": None, "masalah": [masalah(sumber, "rekap_galat_dalam", jenis=type(e).__name__)]}
    finally:
        if gc_aktif:
            gc.enable()


