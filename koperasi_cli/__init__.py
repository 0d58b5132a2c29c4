"""koperasi: double-entry books for Koperasi Desa/Kelurahan Merah Putih."""

__version__ = "0.2.0"
