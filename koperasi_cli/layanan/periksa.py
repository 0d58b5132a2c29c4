"""`koperasi periksa` with the services' checks: the ledger's own checks (`ledger.periksa`), then
each service's sub-ledger against its control accounts, in the explicit list `PEMERIKSA`."""

from __future__ import annotations

from koperasi_cli.core.galat import Galat
from koperasi_cli.layanan import aset, batch, berjangka, karyawan, pinjaman, sembako, sewa, simpanan, utang_bank
from koperasi_cli.ledger import periksa as ledger_periksa
from koperasi_cli.ledger.buku import Buku

# Each `f(buku) -> list[Galat]`, run in this order once the ledger itself holds.
PEMERIKSA = (
    sembako.periksa_sembako,
    simpanan.periksa_simpanan,
    pinjaman.periksa_pinjaman,
    berjangka.periksa_berjangka,
    aset.periksa_aset,
    utang_bank.periksa_utang_bank,
    karyawan.periksa_gaji,
    sewa.periksa_sewa,  # also the service receivables (piutang_usaha)
    batch.periksa_batch,
)


def periksa(buku: Buku) -> list[Galat]:
    """Every check: the ledger's, then the services' (`PEMERIKSA`)."""
    return ledger_periksa.periksa(buku, PEMERIKSA)
