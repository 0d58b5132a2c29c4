"""Suppliers and what the outlet owes them (a cache of the journal)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from koperasi_cli.core.galat import Galat
from koperasi_cli.ledger.buku import Buku


# ---- suppliers -----------------------------------------------------------------------------
def tabel_pemasok(buku: Buku):
    return buku.tabel("pemasok", "pemasok")


def _tabel_utang(buku: Buku):
    return buku.tabel("pemasok", "utang")


def cari_pemasok(buku: Buku, teks: str, *, buat: bool = False) -> dict:
    """A supplier by code (P001) or name (case-insensitive). With `buat`, an unknown name gives
    a new supplier document (with `"baru": True`), registered by `daftarkan_pemasok`."""
    s = " ".join(str(teks or "").split())
    if not s:
        raise Galat("pemasok_kosong")
    semua = tabel_pemasok(buku).all()
    for p in semua:
        if p["kode"].lower() == s.lower() or p["nama"].lower() == s.lower():
            return dict(p)
    if not buat:
        raise Galat("pemasok_tidak_ada", nama=s)
    return {"kode": f"P{len(semua) + 1:03d}", "nama": s, "dibuat": buku.sekarang(), "baru": True}


def daftarkan_pemasok(buku: Buku, p: dict) -> dict:
    if p.pop("baru", False):
        tabel_pemasok(buku).insert(p)
    return p


def utang_pemasok(buku: Buku) -> dict[str, int]:
    """{supplier code: payable}, from the movements whose entries were not reversed."""
    batal = buku.kepala["batal"]
    hasil: dict[str, int] = defaultdict(int)
    for m in _tabel_utang(buku).all():
        if m["entri"] not in batal:
            hasil[m["pemasok"]] += m["jumlah"]
    return dict(hasil)


def catat_utang(buku: Buku, entri: str, tanggal: date, pemasok: str, jumlah: int) -> None:
    """One payable movement in the cache (+ owed more, - paid) for the entry that made it."""
    _tabel_utang(buku).insert({"entri": entri, "tanggal": tanggal.isoformat(), "pemasok": pemasok, "jumlah": jumlah})
