"""The whole run: every source read in order and summed."""

from __future__ import annotations

import os
from collections import deque
from datetime import date

from koperasi_cli.core.tanggal import Bulan
from koperasi_cli.reports.rekap.ekspor import baca_ekspor
from koperasi_cli.reports.rekap.folder import baca_folder
from koperasi_cli.reports.rekap.jumlah import Rekap
from koperasi_cli.reports.rekap.telusur import telusuri


def _pekerja() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def kumpulkan(paths, bulan: Bulan, *, pekerja: int | None = None, dengan_periksa: bool = True, kemajuan=None,
              riwayat=None, mesin: str = "bawaan") -> Rekap:
    """Read every source in order and sum them. Folders are read by `pekerja` processes (one book
    each; results kept in source order, at most a few in flight); exports are read here. Without
    `dengan_periksa` folders are not checked (their rows say so: `periksa` None). With `riwayat`
    (reports/rekap_riwayat.py) each row's anchors are compared with those received before.
    With `mesin="duckdb"` the `.json` exports are read by DuckDB in batches (rekap/mesin_duckdb.py),
    refused before anything is read when DuckDB is not installed; the results are the same."""
    pekerja = pekerja or _pekerja()
    pembaca = kelompok = None
    if mesin == "duckdb":
        from koperasi_cli.reports.rekap.mesin_duckdb import UKURAN_KELOMPOK, Kelompok, Pembaca

        pembaca = Pembaca(bulan, dengan_jangkar_bulan=riwayat is not None)
        jendela = 2 * UKURAN_KELOMPOK + 4 * pekerja  # the next batch is read while one is summed
    else:
        jendela = 4 * pekerja
    rekap = Rekap(bulan, riwayat)
    antre: deque = deque()
    kolam = None

    def keluarkan(semua: bool = False) -> None:
        while antre and (semua or len(antre) > jendela):
            x = antre.popleft()
            rekap.tambah(x.result() if hasattr(x, "result") else x)
            if kemajuan:
                kemajuan()

    try:
        for jenis, x in telusuri(paths):
            if jenis == "masalah":
                antre.append({"baris": None, "masalah": [x]})
            elif jenis == "folder":
                if pekerja > 1:
                    if kolam is None:
                        from concurrent.futures import ProcessPoolExecutor

                        kolam = ProcessPoolExecutor(pekerja)
                    antre.append(kolam.submit(baca_folder, x, bulan, None, dengan_periksa))
                else:
                    antre.append(baca_folder(x, bulan, None, dengan_periksa))
            elif pembaca is not None and x.suffix.lower() == ".json":
                if kelompok is None or kelompok.penuh:
                    kelompok = Kelompok(pembaca)
                antre.append(kelompok.tambah(x))
                if kelompok.penuh:
                    kelompok.mulai()  # read in the background while the batch before is summed
            else:
                for h in baca_ekspor(x, bulan):
                    antre.append(h)
                    keluarkan()
            keluarkan()
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
    return Bulan.dari_tanggal(hari_ini or date.today()).sebelum()
