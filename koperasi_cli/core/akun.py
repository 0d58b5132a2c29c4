"""The chart of accounts (bagan akun): four-digit codes in six groups."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from koperasi_cli.core.galat import Galat

GOLONGAN = {
    "1": "aset",
    "2": "kewajiban",
    "3": "ekuitas",
    "4": "pendapatan",
    "5": "beban_pokok",
    "6": "beban",
}
# hledger/beancount top-level names per group.
_AKAR = {
    "1": "Assets",
    "2": "Liabilities",
    "3": "Equity",
    "4": "Income",
    "5": "Expenses",
    "6": "Expenses",
}


@dataclass(frozen=True)
class Akun:
    kode: str
    nama: str
    normal: str  # "debit" | "kredit"
    kontra: bool = False

    @property
    def golongan(self) -> str:
        return GOLONGAN[self.kode[0]]

    @property
    def neraca(self) -> bool:
        """True for balance-sheet accounts (groups 1-3), False for income and expenses."""
        return self.kode[0] in "123"

    def saldo(self, debit: int, kredit: int) -> int:
        """Balance on the account's normal side (a contra account shows it as positive too)."""
        return debit - kredit if self.normal == "debit" else kredit - debit

    def nama_ekspor(self) -> str:
        """An account name hledger and beancount accept: `Assets:1101-Kas`."""
        ascii_ = unicodedata.normalize("NFKD", self.nama).encode("ascii", "ignore").decode()
        bersih = re.sub(r"[^A-Za-z0-9]+", "-", ascii_).strip("-")
        return f"{_AKAR[self.kode[0]]}:{self.kode}-{bersih}"


def validasi_akun(data: list) -> tuple[list[Akun], list[Galat]]:
    """Turn the `akun:` list of koperasi.yaml into accounts, returning every problem found."""
    akun: list[Akun] = []
    galat: list[Galat] = []
    terlihat: set[str] = set()
    if not isinstance(data, list):
        return [], [Galat("profil_kunci_jenis", kunci="akun", harap="daftar")]
    for i, a in enumerate(data):
        kunci = f"akun[{i}]"
        if not isinstance(a, dict):
            galat.append(Galat("profil_kunci_jenis", kunci=kunci, harap="{kode, nama, normal}"))
            continue
        kode = str(a.get("kode", "")).strip()
        nama = a.get("nama")
        normal = a.get("normal")
        if not re.fullmatch(r"[1-6][0-9]{3}", kode):
            galat.append(Galat("akun_kode_tidak_sah", kunci=f"{kunci}.kode", nilai=kode))
            continue
        if kode in terlihat:
            galat.append(Galat("akun_ganda", kunci=f"{kunci}.kode", nilai=kode))
            continue
        if not isinstance(nama, str) or not nama.strip():
            galat.append(Galat("profil_kunci_wajib", kunci=f"{kunci}.nama"))
            continue
        if normal not in ("debit", "kredit"):
            galat.append(Galat("akun_normal_tidak_sah", kunci=f"{kunci}.normal", nilai=str(normal)))
            continue
        terlihat.add(kode)
        akun.append(Akun(kode, nama.strip(), normal, bool(a.get("kontra", False))))
    return akun, galat


class BaganAkun:
    """The chart: look accounts up by code or by name."""

    def __init__(self, akun: list[Akun]):
        self._akun = {a.kode: a for a in sorted(akun, key=lambda a: a.kode)}

    def __contains__(self, kode: str) -> bool:
        return kode in self._akun

    def __getitem__(self, kode: str) -> Akun:
        return self._akun[kode]

    def __iter__(self):
        return iter(self._akun.values())

    def __len__(self) -> int:
        return len(self._akun)

    def cari(self, teks: str) -> Akun:
        """An account by code (`1101`) or by name (`Kas`, case-insensitive; a unique part of it)."""
        s = str(teks).strip()
        if s in self._akun:
            return self._akun[s]
        kecil = s.lower()
        sama = [a for a in self._akun.values() if a.nama.lower() == kecil]
        if len(sama) == 1:
            return sama[0]
        bagian = [a for a in self._akun.values() if kecil and kecil in a.nama.lower()]
        if len(bagian) == 1:
            return bagian[0]
        if len(bagian) > 1:
            raise Galat("akun_ambigu", nilai=s, calon=", ".join(f"{a.kode} {a.nama}" for a in bagian[:5]))
        from koperasi_cli.core.masukan import cek_digit

        cek_digit(s, nilai=s[:40])  # `١١٠١` is refused for its digits, not as an unknown account
        raise Galat("akun_tidak_ada", nilai=s[:100])
