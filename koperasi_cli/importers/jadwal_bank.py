"""The bank's own installment schedule for `utang-bank impor-jadwal` (CSV or XLSX with the
columns ke, tanggal, pokok, bunga), read with the importers' one parser for numbers and dates.
Every bad row is reported at once; nothing is written (layanan.utang_bank.ganti_jadwal writes)."""

from __future__ import annotations

from datetime import date

from koperasi_cli.core.galat import Galat, GalatBanyak
from koperasi_cli.importers.baca import baca, nilai_bulat, nilai_jumlah, nilai_tanggal

KOLOM_IMPOR = {"ke": ("ke", "no", "angsuran_ke"), "tanggal": ("tanggal", "jatuh_tempo", "date"),
               "pokok": ("pokok", "principal"), "bunga": ("bunga", "interest", "jasa")}


def baca_jadwal(path, hari_ini: date) -> list[tuple[int, str, int, int, int]]:
    """(ke, tanggal ISO, pokok, bunga, row number) for every row of the file."""
    baris, galat = [], []
    for i, r in baca(path, KOLOM_IMPOR, tuple(KOLOM_IMPOR)):
        try:
            ke = nilai_bulat(r["ke"])
            tgl = nilai_tanggal(r["tanggal"], hari_ini)
            pokok = nilai_jumlah(r["pokok"], boleh_nol=True)
            bunga = nilai_jumlah(r["bunga"], boleh_nol=True)
        except Galat as g:
            galat.append(Galat("ub_impor_baris", baris=i, sebab=g))
            continue
        baris.append((ke, tgl.isoformat(), pokok, bunga, i))
    if galat:
        raise GalatBanyak("ub_impor_ditolak", galat)
    return baris
