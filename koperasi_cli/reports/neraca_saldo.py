"""Trial balance (neraca saldo): every account's balance on its debit or credit side."""

from __future__ import annotations

from datetime import date

from koperasi_cli.i18n import pilih
from koperasi_cli.reports.model import Kolom, Laporan, Tabel, identitas_dari, per_teks


def neraca_saldo(buku, per: date | None = None) -> Laporan:
    per = per or buku.hari_ini()
    saldo = buku.saldo_akun(per)
    baris = []
    for akun in buku.bagan:
        d, k = saldo.get(akun.kode, (0, 0))
        if d == k:  # no balance: nothing to show
            continue
        neto = d - k
        baris.append({"kode": akun.kode, "nama": akun.nama, "debit": max(neto, 0), "kredit": max(-neto, 0)})
    td = sum(b["debit"] for b in baris)
    tk = sum(b["kredit"] for b in baris)
    data = {"per": per.isoformat(), "akun": baris, "total_debit": td, "total_kredit": tk}
    kolom = [
        Kolom("kode", pilih("Kode", "Code")),
        Kolom("nama", pilih("Akun", "Account")),
        Kolom("debit", "Debit", "uang"),
        Kolom("kredit", pilih("Kredit", "Credit"), "uang"),
    ]
    tabel = Tabel(None, kolom, baris, {"nama": "Total", "debit": td, "kredit": tk}, "Neraca Saldo")
    return Laporan(pilih("Neraca Saldo", "Trial Balance"), per_teks(per),
                   identitas_dari(buku.profil), [tabel], data)
