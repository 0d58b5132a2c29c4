"""Opening balances (placeholder until implemented)."""

from __future__ import annotations

from pathlib import Path

from koperasi_cli.core.galat import Galat


def impor_saldo_awal(buku, path: Path, *, tanggal=None) -> dict:
    raise Galat("impor_jenis_tidak_sah", nilai="saldo-awal", sah="anggota, simpanan, angsuran, penjualan")


def tulis_template_saldo_awal(path: Path) -> None:
    raise Galat("impor_jenis_tidak_sah", nilai="saldo-awal", sah="anggota, simpanan, angsuran, penjualan")
