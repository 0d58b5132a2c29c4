"""The outlet's entry kinds (`jenis` of the journal entries it posts)."""

from __future__ import annotations



JENIS_BELI = "sembako-beli"
JENIS_JUAL = "sembako-jual"
JENIS_OPNAME = "sembako-opname"
JENIS_BAYAR_PIUTANG = "sembako-bayar-piutang"
JENIS_BAYAR_PEMASOK = "sembako-bayar-pemasok"

