"""The journal as plain-text accounting files that hledger and beancount accept.

Account names are transliterated to `Assets:1101-Kas` (both tools' rules); amounts in IDR.
With a period, balance-sheet accounts open with their balances at the day before the
period (one opening entry), so the tools' balances equal ours for the period's end.
Every account of the chart and the IDR commodity are declared first (hledger's `account` with
its type and `commodity`, beancount's `open` and `commodity`), so that `hledger check -s` and
`bean-check` accept the file.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TextIO

from koperasi_cli.ledger.buku import Buku

EKUITAS_AWAL = "Equity:Saldo-Awal"
# hledger's account types by the top-level name (groups 1-6 of the chart, core/akun.py):
# Asset, Liability, Equity, Revenue, Expense.
_JENIS_HLEDGER = {"Assets": "A", "Liabilities": "L", "Equity": "E", "Income": "R", "Expenses": "X"}
# Whole rupiah: no decimals, a point between thousands (as hledger shows them); the amounts are
# written without marks, which this reads unambiguously.
KOMODITAS_HLEDGER = "commodity 1.000, IDR"


def _bersih(teks: str | None) -> str:
    return " ".join(str(teks or "").split())


def _kutip(teks: str) -> str:
    return '"' + _bersih(teks).replace("\\", "\\\\").replace('"', '\\"') + '"'


def _saldo_awal(buku: Buku, awal: date) -> list[tuple[str, int]]:
    saldo = buku.saldo_akun(awal - timedelta(days=1))
    hasil = []
    for a in buku.bagan:
        d, k = saldo.get(a.kode, (0, 0))
        if d - k:
            # Income and expenses before the period are carried in equity (their result).
            hasil.append((a.nama_ekspor() if a.neraca else EKUITAS_AWAL, d - k))
    gabung: dict[str, int] = {}
    for n, v in hasil:
        gabung[n] = gabung.get(n, 0) + v
    return [(n, v) for n, v in gabung.items() if v]


def _akun_ekspor(buku: Buku) -> list[str]:
    """Every account name the export may use: the chart's and the opening-balance equity."""
    return [a.nama_ekspor() for a in buku.bagan] + [EKUITAS_AWAL]


def tulis_hledger(buku: Buku, out: TextIO, awal: date | None = None, akhir: date | None = None) -> int:
    out.write(f"; {buku.profil.nama}: jurnal dari koperasi\n")
    out.write("\n")
    out.write(KOMODITAS_HLEDGER + "\n\n")
    for akun in _akun_ekspor(buku):
        out.write(f"account {akun}  ; type: {_JENIS_HLEDGER[akun.split(':', 1)[0]]}\n")
    out.write("\n")
    nama = {a.kode: a.nama_ekspor() for a in buku.bagan}
    n = 0
    if awal:
        baris = _saldo_awal(buku, awal)
        if baris:
            out.write(f"{(awal - timedelta(days=1)).isoformat()} * Saldo awal\n")
            for akun, v in baris:
                out.write(f"    {akun}  {v} IDR\n")
            out.write("\n")
    for r in buku.entri(awal, akhir):
        out.write(f"{r['tanggal']} * ({r['id']}) {_bersih(r['ket'])}\n")
        for b in r["baris"]:
            # One comment, tags separated by commas (hledger ends a tag's value at a comma).
            tag = ", ".join(f"{k}:{b[k]}" for k in ("anggota", "pinjaman", "barang") if b.get(k))
            tag = f"  ; {tag}" if tag else ""
            out.write(f"    {nama[b['akun']]}  {b.get('debit', 0) - b.get('kredit', 0)} IDR{tag}\n")
        out.write("\n")
        n += 1
    return n


def tulis_beancount(buku: Buku, out: TextIO, awal: date | None = None, akhir: date | None = None) -> int:
    out.write(f"; {buku.profil.nama}: jurnal dari koperasi\n")
    out.write('option "title" ' + _kutip(buku.profil.nama) + "\n")
    out.write('option "operating_currency" "IDR"\n\n')
    buka = (awal - timedelta(days=1)) if awal else buku.profil.mulai
    out.write(f"{buka.isoformat()} commodity IDR\n")
    for akun in _akun_ekspor(buku):
        out.write(f"{buka.isoformat()} open {akun} IDR\n")
    out.write("\n")
    nama = {a.kode: a.nama_ekspor() for a in buku.bagan}
    n = 0
    if awal:
        baris = _saldo_awal(buku, awal)
        if baris:
            out.write(f'{buka.isoformat()} * "Saldo awal"\n')
            for akun, v in baris:
                out.write(f"  {akun}  {v} IDR\n")
            out.write("\n")
    for r in buku.entri(awal, akhir):
        out.write(f'{r["tanggal"]} * {_kutip(r["ket"])}\n')
        out.write(f'  id: "{r["id"]}"\n')
        for b in r["baris"]:
            out.write(f"  {nama[b['akun']]}  {b.get('debit', 0) - b.get('kredit', 0)} IDR\n")
        out.write("\n")
        n += 1
    return n
