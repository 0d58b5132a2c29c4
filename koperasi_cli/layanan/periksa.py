"""`koperasi periksa` with the services' checks: the ledger's own checks (`ledger.periksa`), then
each service's sub-ledger against its control accounts, in the explicit list `PEMERIKSA` (the
checks that fold the whole journal among them are fed in one shared pass)."""

from __future__ import annotations

from koperasi_cli.core.galat import Galat
from koperasi_cli.layanan import aset, batch, berjangka, karyawan, pinjaman, piutang_usaha, sembako, sewa, simpanan, utang_bank
from koperasi_cli.ledger import periksa as ledger_periksa
from koperasi_cli.ledger.buku import Buku

# Run in this order once the ledger itself holds, their findings in this order: the checks that
# fold the whole journal are observers (`amati_*`, marked `pengamat`) fed in one shared pass,
# the others `f(buku) -> list[Galat]` (`ledger.periksa.jalankan`).
PEMERIKSA = (
    sembako.amati_sembako,
    simpanan.amati_simpanan,
    pinjaman.amati_pinjaman,
    berjangka.periksa_berjangka,
    aset.amati_aset,
    utang_bank.periksa_utang_bank,
    karyawan.periksa_gaji,
    piutang_usaha.amati_piutang_usaha,  # the rentals' and services' receivables
    sewa.amati_deposit_sewa,
    batch.amati_batch,
)
PENGAMAT = tuple(f for f in PEMERIKSA if getattr(f, "pengamat", False))


def periksa(buku: Buku) -> list[Galat]:
    """Every check: the ledger's, then the services' (`PEMERIKSA`)."""
    return ledger_periksa.periksa(buku, PEMERIKSA)
