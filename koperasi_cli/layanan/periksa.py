"""`koperasi periksa` with the services' checks: the ledger's own checks (`ledger.periksa`), then
each service's sub-ledger against its control accounts, in the explicit lists `PENGAMAT` (the
checks that fold the whole journal, fed in one shared pass) and `PEMERIKSA`."""

from __future__ import annotations

from koperasi_cli.core.galat import Galat
from koperasi_cli.layanan import aset, batch, berjangka, karyawan, pinjaman, sembako, sewa, simpanan, utang_bank
from koperasi_cli.ledger import periksa as ledger_periksa
from koperasi_cli.ledger.buku import Buku

# The checks that fold the whole journal, as observers fed in one shared pass
# (`ledger.periksa.amati`), their findings first and in this order.
PENGAMAT = (
    sembako.amati_sembako,
    simpanan.amati_simpanan,
    pinjaman.amati_pinjaman,
)
# Then each `f(buku) -> list[Galat]`, in this order, once the ledger itself holds.
PEMERIKSA = (
    berjangka.periksa_berjangka,
    aset.periksa_aset,
    utang_bank.periksa_utang_bank,
    karyawan.periksa_gaji,
    sewa.periksa_sewa,  # also the service receivables (piutang_usaha)
    batch.periksa_batch,
)


def periksa(buku: Buku) -> list[Galat]:
    """Every check: the ledger's, then the services' (`PENGAMAT`, `PEMERIKSA`)."""
    return ledger_periksa.periksa(buku, PEMERIKSA, PENGAMAT)
