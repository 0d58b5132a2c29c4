"""The one error type of the project.

A `Galat` carries a message key and its parameters, not a sentence: the CLI's `main`
renders it in the user's language (i18n). Exit codes follow docs/kontrak.md: 1 refused,
2 usage, 3 the books are unreadable, locked or fail `periksa`, 4 the command WAS recorded but
failed afterwards (output full or closed, a rename after the commit): do not run it again.
"""

from __future__ import annotations

DITOLAK = 1
PEMAKAIAN = 2
BUKU_RUSAK = 3
SUDAH_TERCATAT = 4


class Galat(Exception):
    """A refusal or failure the user can act on. `kode` is a key of the message catalog."""

    def __init__(self, kode: str, keluar: int = DITOLAK, **param):
        super().__init__(kode)
        self.kode = kode
        self.keluar = keluar
        self.param = param

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Galat({self.kode!r}, {self.param!r})"


class GalatBanyak(Galat):
    """Several findings at once (validation that returns a list of errors)."""

    def __init__(self, kode: str, daftar: list[Galat], keluar: int = DITOLAK, **param):
        super().__init__(kode, keluar, **param)
        self.daftar = list(daftar)
