"""Data shipped with the package: the starting chart of accounts and Denpasar's area codes."""

from __future__ import annotations

import csv
import io
from functools import cache
from importlib import resources


def _teks(nama: str) -> str:
    return resources.files(__package__).joinpath(nama).read_text(encoding="utf-8")


def bagan_akun_awal_teks() -> str:
    return _teks("bagan-akun.yaml")


@cache
def wilayah_denpasar() -> list[dict]:
    """Denpasar's 43 desa/kelurahan: kode, kecamatan, nama, jenis."""
    return list(csv.DictReader(io.StringIO(_teks("wilayah-denpasar.csv"))))
