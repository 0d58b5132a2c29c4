"""SHU (sisa hasil usaha): allocation by the AD/ART's percentages and each member's share.

Every amount is rounded down to the rupiah (never pay out more than there is); what rounding
leaves is reported as `sisa_pembulatan` and stays unallocated (SHU belum dibagi).
"""

from __future__ import annotations

from decimal import Decimal

from koperasi_cli.core.galat import Galat
from koperasi_cli.core.uang import bulatkan_bawah

POS_ALOKASI = ("cadangan", "jasa_modal", "jasa_usaha", "dana_pengurus", "dana_karyawan", "dana_pendidikan",
               "dana_sosial", "dana_pembangunan_desa")


def periksa_persen(persen: dict[str, Decimal]) -> list[Galat]:
    galat = []
    for k in persen:
        if k not in POS_ALOKASI:
            galat.append(Galat("shu_pos_tidak_dikenal", pos=k, sah=", ".join(POS_ALOKASI)))
    total = sum(persen.values(), Decimal(0))
    if total != 100:
        galat.append(Galat("shu_persen_bukan_100", total=str(total)))
    return galat


def alokasi(shu: int, persen: dict[str, Decimal]) -> tuple[dict[str, int], int]:
    """Split a positive SHU by percentages; returns the parts and what rounding left."""
    if shu <= 0:
        return {k: 0 for k in persen}, 0
    bagian = {k: bulatkan_bawah(Decimal(shu) * p / 100) for k, p in persen.items()}
    return bagian, shu - sum(bagian.values())


def bagi_rata(pool: int, dasar: dict[str, int]) -> tuple[dict[str, int], int]:
    """Share `pool` in proportion to `dasar` (member -> figure), rounded down; and the remainder."""
    total = sum(v for v in dasar.values() if v > 0)
    if pool <= 0 or total <= 0:
        return {k: 0 for k in dasar}, max(pool, 0)
    hasil = {k: (pool * v) // total if v > 0 else 0 for k, v in dasar.items()}
    return hasil, pool - sum(hasil.values())
