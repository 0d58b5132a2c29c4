"""The grocery outlet (gerai sembako) and LPG 3 kg: pure rules, no I/O.

Items have a price history and a HET (harga eceran tertinggi, the ceiling price) history, each
a list of `{"mulai": "YYYY-MM-DD", ...}` records: the record in force on a date is the last one
that starts on or before it (a price before the first record is the first record's; a HET before
its first record does not exist). A price change never rewrites a past sale: the sale's entry
keeps the price it was sold at.

Cost of goods is the moving-average cost, in integer rupiah. Taking `q` units out of a stock of
`Q` units worth `N` rupiah costs

    hpp = N * q / Q, rounded to the rupiah half up (`bagi_bulat`); hpp = N when q = Q,

so the stock left is worth exactly `N - hpp` and the inventory account always equals the sum of
the items' values; the rounding stays in the stock and is spread over the next sales. The stock
(`Q`, `N`) is the item's position on the movement's date: everything dated on or before it, in
date order, never a purchase dated later (a sale dated 28 January is not costed with a purchase
of 3 February). So quantity and value are right at every date and never negative. A movement
recorded with a past date that would change the cost of a later outflow already recorded (a
sale or a stock-take loss dated after it) is refused, with a message naming that entry: record
it on or after that date, or reverse the later entries (`jurnal batal`) and record them again
(docs/aturan/akuntansi.md). The sale's entry writes down the stock (qty, value) each line was
costed from, so every figure can be redone by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from koperasi_cli.core.galat import Galat

KATEGORI = ("sembako", "lpg", "lain")
KATEGORI_PEMBELI_LPG = ("rumah tangga", "usaha mikro", "petani", "nelayan")

# Accounts of the outlet (bagan-akun.yaml); the profile's chart must hold them.
AKUN = {
    "sembako": {"persediaan": "1130", "anggota": "4101", "umum": "4102", "hpp": "5101"},
    "lain": {"persediaan": "1130", "anggota": "4101", "umum": "4102", "hpp": "5101"},
    "lpg": {"persediaan": "1131", "anggota": "4103", "umum": "4104", "hpp": "5102"},
}
AKUN_PERSEDIAAN = ("1130", "1131", "1132")  # 1132: the pharmacy (apotek) unit
AKUN_PIUTANG = "1120"
AKUN_UTANG = "2101"

_POLA_KODE = re.compile(r"^[A-Z0-9][A-Z0-9._-]{0,23}$")


def normal_kode(teks: str) -> str:
    """An item code: upper case letters, digits, `.`, `_`, `-` (no `:`, no spaces)."""
    from koperasi_cli.core.masukan import cek_digit

    s = str(teks).strip().upper()
    cek_digit(s)
    if not _POLA_KODE.match(s):
        raise Galat("kode_barang_tidak_sah", nilai=str(teks))
    return s


def normal_kategori(teks: str | None) -> str:
    s = (teks or "sembako").strip().lower()
    if s not in KATEGORI:
        raise Galat("kategori_barang_tidak_sah", nilai=str(teks), sah=", ".join(KATEGORI))
    return s


def normal_kategori_pembeli(teks: str | None) -> str:
    """`rumah tangga`, `rumah-tangga`, `Rumah_Tangga` -> 'rumah tangga'."""
    s = " ".join(re.split(r"[\s_-]+", (teks or "").strip().lower()))
    if s not in KATEGORI_PEMBELI_LPG:
        raise Galat("kategori_pembeli_tidak_sah", nilai=str(teks or ""), sah=", ".join(KATEGORI_PEMBELI_LPG))
    return s


def validasi_nik(teks: str | None) -> str:
    """A buyer's NIK, checked by `core.nik` (the one NIK rule of the project: 16 ASCII digits, a
    real birth date with day 1-31 or 41-71, a known province/regency code). Refusals never echo
    the number."""
    from koperasi_cli.core.nik import periksa_nik

    if teks is None or not str(teks).strip():
        raise Galat("lpg_tanpa_nik")
    n, galat = periksa_nik(str(teks))
    if galat:
        raise galat[0] if galat[0].kode == "nik_digit_asing" else Galat("nik_tidak_sah")
    return n


def samarkan_nik(nik: str | None) -> str:
    """5171014508900001 -> 5171********0001 (first 4, 8 stars, last 4): `core.nik.samarkan`."""
    from koperasi_cli.core.nik import samarkan

    return samarkan(str(nik)) if nik else ""


# ---- quantities and lines ------------------------------------------------------------------
def parse_qty(teks: str, asli: str | None = None) -> int:
    """A quantity: a whole number above 0 (`core.masukan.parse_bulat`, the one parser of whole
    numbers for the command line and every importer: `1.5` is refused, never read as 15)."""
    from koperasi_cli.core.masukan import parse_bulat

    try:
        return parse_bulat(teks, kode="qty_tidak_sah")
    except Galat as g:
        if asli is not None and g.kode == "qty_tidak_sah":
            raise Galat("qty_tidak_sah", nilai=asli) from None
        raise


@dataclass(frozen=True)
class BarisInput:
    """One line typed on the command line: `KODE:QTY` or `KODE:QTY:HARGA`."""

    kode: str
    qty: int
    harga: int | None = None


def parse_baris(teks: str, *, harga_wajib: bool = False) -> BarisInput:
    from koperasi_cli.core.uang import parse_jumlah

    bagian = str(teks).split(":")
    if len(bagian) not in (2, 3) or not bagian[0].strip():
        raise Galat("baris_beli_tidak_sah" if harga_wajib else "baris_barang_tidak_sah", nilai=str(teks))
    if harga_wajib and len(bagian) != 3:
        raise Galat("baris_beli_tidak_sah", nilai=str(teks))
    kode = normal_kode(bagian[0])
    qty = parse_qty(bagian[1], str(teks))
    harga = parse_jumlah(bagian[2]) if len(bagian) == 3 else None
    return BarisInput(kode, qty, harga)


# ---- prices and HET with effective dates ---------------------------------------------------
def berlaku(riwayat: list[dict], tanggal: date, *, sebelum_awal: bool) -> dict | None:
    """The record in force on `tanggal` (the last with mulai <= tanggal). Before the first
    record: the first record if `sebelum_awal`, else None."""
    iso = tanggal.isoformat()
    pilihan = None
    for r in sorted(riwayat, key=lambda r: r["mulai"]):
        if r["mulai"] <= iso:
            pilihan = r
        else:
            break
    if pilihan is None and sebelum_awal and riwayat:
        return min(riwayat, key=lambda r: r["mulai"])
    return pilihan


def harga_pada(barang: dict, tanggal: date) -> dict:
    """{'jual': int, 'anggota': int | None} in force on a date."""
    r = berlaku(barang.get("harga") or [], tanggal, sebelum_awal=True)
    return {"jual": r["jual"], "anggota": r.get("anggota")} if r else {"jual": None, "anggota": None}


def het_pada(barang: dict, tanggal: date) -> int | None:
    r = berlaku(barang.get("het") or [], tanggal, sebelum_awal=False)
    return r.get("het") if r else None


def sisipkan(riwayat: list[dict], catatan: dict) -> list[dict]:
    """The history with `catatan` in force from its `mulai` (replacing a record of the same day)."""
    baru = [r for r in riwayat if r["mulai"] != catatan["mulai"]] + [catatan]
    return sorted(baru, key=lambda r: r["mulai"])


def cek_harga_het(barang: dict) -> list[Galat]:
    """Every date on which a price in force (selling or member) is above the HET in force."""
    titik = sorted({r["mulai"] for r in (barang.get("harga") or []) + (barang.get("het") or [])})
    galat = []
    for t in titik:
        d = date.fromisoformat(t)
        het = het_pada(barang, d)
        if het is None:
            continue
        h = harga_pada(barang, d)
        for jenis in ("jual", "anggota"):
            if h[jenis] is not None and h[jenis] > het:
                galat.append(Galat("harga_di_atas_het_sejak", barang=barang["kode"], harga=h[jenis], het=het, tanggal=t))
                break
    return galat


# ---- moving-average cost -------------------------------------------------------------------
def bagi_bulat(pembilang: int, penyebut: int) -> int:
    """pembilang / penyebut rounded to the nearest integer, half away from zero (exact)."""
    if penyebut <= 0:
        raise ValueError("penyebut harus positif")
    if pembilang < 0:
        return -bagi_bulat(-pembilang, penyebut)
    q, r = divmod(pembilang, penyebut)
    return q + (1 if 2 * r >= penyebut else 0)


def nilai_selisih_opname(nilai_stok: int, qty_stok: int, selisih: int, hpp: int | None) -> int | None:
    """The value (positive) of a stock-take difference of `selisih` units against a stock of
    `qty_stok` units worth `nilai_stok`: a shortage at the moving average; a surplus at the `hpp`
    given, else at the moving average; None when a surplus has neither (nothing to value it at)."""
    if selisih < 0:
        return hpp_keluar(nilai_stok, qty_stok, -selisih)
    if hpp is not None:
        return hpp * selisih
    if qty_stok > 0 and nilai_stok > 0:
        return bagi_bulat(nilai_stok * selisih, qty_stok)
    return None


def hpp_keluar(nilai: int, qty_stok: int, qty: int) -> int:
    """Cost of `qty` units taken from `qty_stok` units worth `nilai` (moving average)."""
    if qty <= 0 or qty > qty_stok:
        raise ValueError("qty di luar stok")
    if qty == qty_stok:
        return nilai
    return bagi_bulat(nilai * qty, qty_stok)


def hpp_rata(nilai: int, qty: int) -> int:
    """The average unit cost shown in lists (rounded half up; 0 without stock)."""
    return bagi_bulat(nilai, qty) if qty > 0 else 0


def qty_terendah(awal: int, gerak: list[int]) -> int:
    """The lowest running quantity starting from `awal` through the movements (awal included)."""
    terendah = jalan = awal
    for g in gerak:
        jalan += g
        terendah = min(terendah, jalan)
    return terendah
