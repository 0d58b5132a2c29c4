"""The Dinas's rekap: one row of figures per cooperative for a month, read from the cooperative's
own folder (a lock-free snapshot, checked with `periksa`) or from its `ekspor json` file, then
summed per kecamatan and in all.

One function computes a cooperative's row from its books (`baris_rekap`); `ekspor json` stores
that row in the export (its "rekap" block), and the rekap of an export reads the block back, so
a folder and its export give the same numbers.

Reading streams: sources are visited one at a time (folders in a small pool of processes, one
book each), each row is written to a temporary spool file at once, and only a short sort key per
cooperative stays in memory. The outputs (reports/rekap_tulis.py) read the rows back in order.

The package, by the file's old sections: dasar (the problem record), folder (reading a
cooperative's folder), ekspor (reading exports), telusur (walking the paths), jumlah (summing),
jalan (the whole run), mesin_duckdb (the same run with DuckDB reading the exports). The row of
a cooperative and the export format live in reports/baris_koperasi.py, shared with `ekspor json`.
"""

from koperasi_cli.reports.baris_koperasi import (  # noqa: F401
    FORMAT_EKSPOR, IDENTITAS_BARIS, JUMLAH, KUNCI_BARIS, baris_rekap, dua_bahasa, entri_terakhir, pilih_teks, teks_galat,
)
from koperasi_cli.reports.rekap.dasar import AKHIRAN_EKSPOR, KUNCI_SUMBER, PREDIKAT, hasil_baris, masalah  # noqa: F401
from koperasi_cli.reports.rekap.ekspor import baca_dokumen, baca_ekspor, baris_dari_dokumen  # noqa: F401
from koperasi_cli.reports.rekap.folder import baca_folder  # noqa: F401
from koperasi_cli.reports.rekap.jalan import bulan_bawaan, kumpulkan  # noqa: F401
from koperasi_cli.reports.rekap.jumlah import Rekap, bagi_bp, kode_kecamatan, kosong, lengkapi_wilayah  # noqa: F401
from koperasi_cli.reports.rekap.telusur import telusuri  # noqa: F401
