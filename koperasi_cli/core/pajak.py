"""The final income tax on gross turnover (PPh final, PP 55/2022; docs/aturan/pajak.md).

Pure domain code. The rate is an integer number of basis points (0,5 % = 50 bp); the tax is
turnover * rate / 10 000, rounded to the rupiah half up. A cooperative is on the final scheme
for `tahun_maks` tax years from `tahun_mulai` (4 years from its registration year by default)
while its turnover of every earlier year of the scheme stayed at or below the ceiling (Rp 4,8
miliar): a year in which the ceiling is passed stays final to its end, the next ones do not.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from koperasi_cli.core.galat import Galat
from koperasi_cli.core.tanggal import Bulan
from koperasi_cli.core.uang import bulatkan


def hitung_pph(peredaran: int, tarif_bp: int) -> int:
    """0,5 % of 35.000.000 = 35.000.000 * 50 / 10.000 = 175.000; nothing on a negative turnover."""
    if peredaran <= 0:
        return 0
    return bulatkan(Decimal(peredaran) * tarif_bp / 10_000)


def batas_setor(bulan: Bulan, hari: int = 15) -> date:
    """The payment deadline: day `hari` of the next month."""
    b = bulan.berikut()
    return date(b.tahun, b.bulan, min(hari, b.akhir.day))


def cek_skema(tahun: int, *, final: bool, tahun_mulai: int, tahun_maks: int,
              peredaran_tahun: dict[int, int], batas: int) -> None:
    """Refuse a month of `tahun` that is not on the final scheme, naming why."""
    if not final:
        raise Galat("pajak_bukan_final")
    if tahun < tahun_mulai:
        raise Galat("pajak_sebelum_mulai", tahun=tahun, mulai=tahun_mulai)
    akhir = tahun_mulai + tahun_maks - 1
    if tahun > akhir:
        raise Galat("pajak_lewat_tahun", tahun=tahun, mulai=tahun_mulai, akhir=akhir, maks=tahun_maks)
    for th in sorted(peredaran_tahun):
        if tahun_mulai <= th < tahun and peredaran_tahun[th] > batas:
            raise Galat("pajak_lewat_batas", tahun=tahun, tahun_lewat=th, peredaran=peredaran_tahun[th], batas=batas)
