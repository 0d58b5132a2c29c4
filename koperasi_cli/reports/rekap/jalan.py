"""The whole run: every source read in order and summed."""

from __future__ import annotations

import os
from collections import deque
from datetime import date
from pathlib import Path

from koperasi_cli.core.tanggal import Bulan
from koperasi_cli.lingkungan import aktif
from koperasi_cli.reports.rekap.ekspor import baca_ekspor
from koperasi_cli.reports.rekap.folder import baca_folder
from koperasi_cli.reports.rekap.jumlah import Rekap
from koperasi_cli.reports.rekap.telusur import telusuri


# Exports read together by one process of the pool (the built-in reader, many exports): enough
# to make the hand-over cheap, few enough to keep the results in order without waiting long.
KELOMPOK_EKSPOR = 256


def baca_ekspor_banyak(paths: list[Path], bulan: Bulan) -> list[dict]:
    """The results of several export files, in order (one task of the pool)."""
    return [h for p in paths for h in baca_ekspor(p, bulan)]


class _Banyak:
    """The pool's future of several exports' results (taken together, summed in order)."""

    __slots__ = ("kerja",)

    def __init__(self, kerja):
        self.kerja = kerja


def _pekerja() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def kumpulkan(paths, bulan: Bulan, *, pekerja: int | None = None, dengan_periksa: bool = True, kemajuan=None,
              riwayat=None, mesin: str = "bawaan") -> Rekap:
    """Read every source in order and sum them. Folders are read by `pekerja` processes (one book
    each; results kept in source order, at most a few in flight); exports are read here, or, from
    `KELOMPOK_EKSPOR` of them on, by the same pool that many at a time. Without
    `dengan_periksa` folders are not checked (their rows say so: `periksa` None). With `riwayat`
    (reports/rekap_riwayat.py) each row's anchors are compared with those received before.
    With `mesin="duckdb"` the `.json` exports are read by DuckDB in batches (rekap/mesin_duckdb.py),
    refused before anything is read when DuckDB is not installed; the results are the same."""
    pekerja = pekerja or _pekerja()
    pembaca = kelompok = None
    if mesin == "duckdb":
        from koperasi_cli.reports.rekap.mesin_duckdb import Kelompok, Pembaca

        pembaca = Pembaca(bulan, pekerja)
        jendela = (pekerja + 2) * pembaca.ukuran + 4 * pekerja  # a batch per core read while one is summed
    else:
        jendela = 4 * pekerja
    rekap = Rekap(bulan, riwayat)
    antre: deque = deque()
    kolam = None

    tumpuk: list[Path] = []  # exports waiting for the pool

    def keluarkan(semua: bool = False) -> None:
        while antre and (semua or len(antre) > jendela):
            x = antre.popleft()
            for h in (x.kerja.result() if isinstance(x, _Banyak) else [x.result() if hasattr(x, "result") else x]):
                rekap.tambah(h)
                if kemajuan:
                    kemajuan()

    def kolam_():
        nonlocal kolam
        if kolam is None:
            from concurrent.futures import ProcessPoolExecutor

            kolam = ProcessPoolExecutor(pekerja)
        return kolam

    def siram() -> None:
        """The exports waiting go to the pool (a few, before any pool: read here), in order."""
        if not tumpuk:
            return
        if kolam is not None or len(tumpuk) >= KELOMPOK_EKSPOR:
            antre.append(_Banyak(kolam_().submit(baca_ekspor_banyak, list(tumpuk), bulan)))
        else:
            for p in tumpuk:
                antre.extend(baca_ekspor(p, bulan))
        tumpuk.clear()

    try:
        for jenis, x in telusuri(paths):
            if jenis != "ekspor":
                siram()  # the exports before this source come before it
            if jenis == "masalah":
                antre.append({"baris": None, "masalah": [x]})
            elif jenis == "folder":
                if pekerja > 1:
                    antre.append(kolam_().submit(baca_folder, x, bulan, None, dengan_periksa))
                else:
                    antre.append(baca_folder(x, bulan, None, dengan_periksa))
            elif pembaca is not None and x.suffix.lower() == ".json":
                if kelompok is None or kelompok.penuh:
                    kelompok = Kelompok(pembaca)
                antre.append(kelompok.tambah(x))
                if kelompok.penuh:
                    kelompok.mulai()  # read in the background while the batch before is summed
            elif pekerja > 1 and pembaca is None:
                tumpuk.append(x)
                if len(tumpuk) >= KELOMPOK_EKSPOR:
                    siram()
            else:
                for h in baca_ekspor(x, bulan):
                    antre.append(h)
                    keluarkan()
            keluarkan()
        siram()
        keluarkan(semua=True)
    except BaseException:
        rekap.tutup()
        raise
    finally:
        if kolam is not None:
            kolam.shutdown(cancel_futures=True)
        if pembaca is not None:
            pembaca.tutup()
    return rekap


def bulan_bawaan(hari_ini: date | None = None) -> Bulan:
    """The default month of a rekap: the previous calendar month (the Dinas reports on a month
    once it has ended, and cooperatives close it in the first days of the next)."""
    return Bulan.dari_tanggal(hari_ini or aktif().hari_ini()).sebelum()
