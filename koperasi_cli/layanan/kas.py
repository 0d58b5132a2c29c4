"""Cash in and out (other income, expenses, grants, transfers) and the cash count."""

from __future__ import annotations

from datetime import date

from koperasi_cli.core.galat import Galat
from koperasi_cli.core.jurnal import Entri, debit, kredit
from koperasi_cli.core.konteks import pakai_konteks
from koperasi_cli.ledger.buku import Buku

# Control accounts of the sub-ledgers: only their own commands post there, with the tags
# that keep member savings, loans and stock reconciled.
AKUN_KONTROL = {"1110", "1111", "1112", "1120", "1130", "1131", "1132", "2101", "2102", "2103", "2106", "2112", "3101", "3102"}
AKUN_KONTROL |= {"1122", "2115"}  # rentals and services: receivables by party, deposits by rental


def akun_kas(buku: Buku, teks: str | None) -> str:
    kode = buku.bagan.cari(teks).kode if teks else buku.profil.atur("kas.akun", "akun")
    if not ("1101" <= kode <= "1109"):
        raise Galat("bukan_akun_kas", akun=kode)
    return kode


def akun_lawan(buku: Buku, teks: str, kas: str) -> str:
    a = buku.bagan.cari(teks)
    if a.kode == kas:
        raise Galat("akun_lawan_sama", akun=a.kode)
    if a.kode in AKUN_KONTROL:
        raise Galat("akun_kontrol", akun=f"{a.kode} {a.nama}")
    return a.kode


def saldo_kas(buku: Buku, kas: str, per: date | None = None) -> int:
    d, k = buku.saldo_akun(per).get(kas, [0, 0])
    return d - k


def cek_cukup(buku: Buku, kas: str, jumlah: int, tanggal: date) -> None:
    """Cash may not go below zero, neither on the date nor today."""
    for per in (tanggal, None):
        ada = saldo_kas(buku, kas, per)
        if ada < jumlah:
            raise Galat("kas_tidak_cukup", akun=kas, saldo=ada, jumlah=jumlah)


@pakai_konteks
def masuk(buku: Buku, jumlah: int, akun: str, ket: str, *, tanggal: date, kas: str | None = None,
          unit: str = "kantor", bukti: str | None = None) -> dict:
    k = akun_kas(buku, kas)
    lawan = akun_lawan(buku, akun, k)
    e = Entri(tanggal, (debit(k, jumlah), kredit(lawan, jumlah)), ket, "kas-masuk", unit, bukti)
    return buku.catat(e)[0]


@pakai_konteks
def keluar(buku: Buku, jumlah: int, akun: str, ket: str, *, tanggal: date, kas: str | None = None,
           unit: str = "kantor", bukti: str | None = None) -> dict:
    k = akun_kas(buku, kas)
    lawan = akun_lawan(buku, akun, k)
    cek_cukup(buku, k, jumlah, tanggal)
    e = Entri(tanggal, (debit(lawan, jumlah), kredit(k, jumlah)), ket, "kas-keluar", unit, bukti)
    return buku.catat(e)[0]


@pakai_konteks
def cek(buku: Buku, dihitung: int, *, tanggal: date, kas: str | None = None, catat: bool = False,
        unit: str = "kantor", bukti: str | None = None, ket: str | None = None) -> dict:
    """Compare counted cash with the books at a date; with `catat` post the difference."""
    k = akun_kas(buku, kas)
    buku_saldo = saldo_kas(buku, k, tanggal)
    selisih = dihitung - buku_saldo
    hasil = {"akun": k, "tanggal": tanggal.isoformat(), "saldo_buku": buku_saldo, "dihitung": dihitung,
             "selisih": selisih, "entri": None}
    if catat and selisih:
        if selisih > 0:
            lawan = buku.profil.atur("kas.akun_selisih_lebih", "akun")
            baris = (debit(k, selisih), kredit(lawan, selisih))
        else:
            lawan = buku.profil.atur("kas.akun_selisih_kurang", "akun")
            baris = (debit(lawan, -selisih), kredit(k, -selisih))
        e = Entri(tanggal, baris, ket or f"Selisih kas {k} per {tanggal.isoformat()}", "kas-selisih", unit, bukti,
                  data={"saldo_buku": buku_saldo, "dihitung": dihitung})
        hasil["entri"] = buku.catat(e)[0]["id"]
    return hasil
