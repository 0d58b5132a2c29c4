"""Fixed assets (aset tetap): groups, their accounts and useful lives, and straight-line
depreciation month by month. Pure rules, no I/O (docs/aturan/aset.md).

- Depreciation starts in the month of acquisition when the asset was acquired by the 15th,
  else in the next month; it runs for `umur` months.
- The monthly charge is (cost - residual) / umur rounded down to the rupiah; the last month
  takes the remainder, so the charges sum to cost - residual exactly.
- On disposal the disposal month still counts when the asset was disposed after the 15th (the
  mirror of the acquisition rule); on or before the 15th the last month depreciated is the one
  before.
- Land (tanah) is not depreciated.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from datetime import date

from koperasi_cli.core.galat import Galat
from koperasi_cli.core.tanggal import Bulan

GOLONGAN = ("tanah", "bangunan", "peralatan", "kendaraan")
SUMBER = ("kas", "bank", "hibah", "utang")
HARI_BATAS = 15  # acquired by this day: depreciated from that month
UMUR_MAKS = 1200  # months (100 years): anything longer is a typo

# Defaults of `pengaturan.aset` in koperasi.yaml (each key can be overridden there). Lives follow
# the tax groups (equipment 4 years, vehicles 8, permanent buildings 20: docs/aturan.md).
PENGATURAN_BAWAAN: dict = {
    "akun_beban": "6106",     # Beban Penyusutan
    "akun_hibah": "3104",     # Hibah dan Donasi: grants in kind at fair value
    "akun_utang": "2101",     # Utang Usaha: owed to the supplier
    "akun_bank": "1104",      # --sumber bank without --kas
    "akun_laba": "4402",      # gain on disposal (Pendapatan Lain-lain)
    "akun_rugi": "6114",      # loss on disposal (Beban Lain-lain)
    "golongan": {
        "tanah": {"akun": "1201", "akun_akumulasi": None, "umur": 0},
        "bangunan": {"akun": "1202", "akun_akumulasi": "1203", "umur": 240},
        "peralatan": {"akun": "1204", "akun_akumulasi": "1205", "umur": 48},
        "kendaraan": {"akun": "1206", "akun_akumulasi": "1207", "umur": 96},
    },
}

_POLA_KODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,31}")


def pengaturan(milik: dict | None) -> dict:
    """The profile's `pengaturan.aset` merged over the defaults."""
    hasil = copy.deepcopy(PENGATURAN_BAWAAN)
    if not isinstance(milik, dict):
        return hasil
    for k, v in milik.items():
        if k == "golongan" and isinstance(v, dict):
            for g, isi in v.items():
                if g in hasil["golongan"] and isinstance(isi, dict):
                    hasil["golongan"][g].update(isi)
        else:
            hasil[k] = v
    return hasil


def normal_kode(kode: str) -> str:
    k = (kode or "").strip().upper()
    if not _POLA_KODE.fullmatch(k):
        raise Galat("aset_kode_tidak_sah", nilai=kode)
    return k


def normal_golongan(teks: str) -> str:
    g = (teks or "").strip().lower()
    if g not in GOLONGAN:
        raise Galat("aset_golongan_tidak_sah", nilai=teks, sah=", ".join(GOLONGAN))
    return g


def normal_sumber(teks: str | None) -> str:
    s = (teks or "kas").strip().lower()
    if s not in SUMBER:
        raise Galat("aset_sumber_tidak_sah", nilai=teks, sah=", ".join(SUMBER))
    return s


def bulan_mulai(tanggal: date) -> Bulan:
    """The first month depreciated: the month of acquisition when acquired by the 15th."""
    b = Bulan.dari_tanggal(tanggal)
    return b if tanggal.day <= HARI_BATAS else b.berikut()


def bulan_terakhir_lepas(tanggal: date) -> Bulan:
    """The last month depreciated for an asset disposed of on `tanggal`."""
    b = Bulan.dari_tanggal(tanggal)
    return b if tanggal.day > HARI_BATAS else b.sebelum()


def selisih_bulan(a: Bulan, b: Bulan) -> int:
    """Months from a to b (b - a)."""
    return (b.tahun - a.tahun) * 12 + (b.bulan - a.bulan)


@dataclass(frozen=True)
class Jadwal:
    """The straight-line schedule of one asset."""

    harga: int
    residu: int
    umur: int  # months; 0: not depreciated (land)
    mulai: Bulan

    @property
    def dasar(self) -> int:
        """The amount to depreciate: cost - residual."""
        return self.harga - self.residu if self.umur else 0

    @property
    def bulanan(self) -> int:
        """The regular monthly charge (rounded down; the last month takes the remainder)."""
        return self.dasar // self.umur if self.umur else 0

    @property
    def terakhir(self) -> Bulan | None:
        """The last month of the schedule."""
        if not self.umur:
            return None
        b = self.mulai
        th, bl = divmod(b.tahun * 12 + b.bulan - 1 + self.umur - 1, 12)
        return Bulan(th, bl + 1)

    def ke(self, bulan: Bulan) -> int:
        """0-based index of a month in the schedule (may be outside 0..umur-1)."""
        return selisih_bulan(self.mulai, bulan)

    def susut(self, bulan: Bulan) -> int:
        """The charge of one month."""
        k = self.ke(bulan)
        if not self.umur or k < 0 or k >= self.umur:
            return 0
        if k == self.umur - 1:
            return self.dasar - self.bulanan * (self.umur - 1)
        return self.bulanan

    def akumulasi(self, sampai: Bulan) -> int:
        """Accumulated charges through a month (inclusive)."""
        n = min(max(self.ke(sampai) + 1, 0), self.umur)
        return self.dasar if n == self.umur else self.bulanan * n


def cek_angka(golongan: str, harga: int, umur: int | None, residu: int | None, umur_bawaan: int) -> tuple[int, int]:
    """(useful life in months, residual) after the rules: land has neither; otherwise a life of
    1..UMUR_MAKS months and a residual below the cost."""
    if golongan == "tanah":
        if umur:
            raise Galat("aset_tanah_tanpa_susut")
        if residu:
            raise Galat("aset_tanah_tanpa_susut")
        return 0, 0
    u = umur_bawaan if umur is None else umur
    if isinstance(u, bool) or not isinstance(u, int) or u < 1 or u > UMUR_MAKS:
        raise Galat("aset_umur_tidak_sah", nilai=u, maks=UMUR_MAKS)
    r = residu or 0
    if r >= harga:
        raise Galat("aset_residu_terlalu_besar", residu=r, harga=harga)
    return u, r


def laba_lepas(harga: int, akumulasi: int, harga_jual: int) -> int:
    """Gain (+) or loss (-) on disposal: proceeds - book value."""
    return harga_jual - (harga - akumulasi)
