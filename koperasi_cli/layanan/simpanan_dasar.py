"""Savings basics that both the savings (`simpanan`) and the time deposits (`berjangka`) use: the
unit their entries go to and a member's balance per kind of savings. It sits below both so that
neither imports the other to reach these; `simpanan` re-exports them."""

from __future__ import annotations

from datetime import date

from koperasi_cli.core.simpanan import saldo_dari_tag
from koperasi_cli.layanan.anggota import normal_no
from koperasi_cli.ledger.buku import Buku


def unit_simpanan(buku: Buku, unit: str | None) -> str:
    """The entry's unit: as given, else the savings-and-loan unit (or `kantor` without one)."""
    if unit:
        return unit
    return "simpan-pinjam" if "simpan-pinjam" in buku.profil.unit else "kantor"


def saldo_jenis(buku: Buku, no: str, per: date | None = None) -> dict[str, int]:
    no = normal_no(no)
    return saldo_dari_tag(buku.saldo_tag("anggota", no, per).get(no, {}))
