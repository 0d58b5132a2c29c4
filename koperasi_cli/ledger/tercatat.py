"""What this process has committed to the books, for the one error handler (`cli/main.py`).

`Buku.simpan` reports each unit of work the moment its commit record is in place (from then on
the write has happened: a crash or an error afterwards is rolled forward, never back). A
failure after that point (stdout full or closed, a broken pipe, a failed rename, fsync or
clean-up) must then say the command WAS recorded and name its entries, never "unchanged":
a user who retries would post it twice. No imports: `main` reads it on every run.
"""

from __future__ import annotations

_UNIT: list[list[str]] = []  # entry ids of each unit of work committed in this run
_SIAP: list[str] = []  # the entries of the write in progress (`siapkan`), reported at its commit


def kosongkan() -> None:
    """Forget earlier runs (a test runs many commands in one process)."""
    _UNIT.clear()


def siapkan(ids: list[str]) -> None:
    """The entries the next write commits (`Buku.simpan`, just before `berkas.tulis_atomik`)."""
    _SIAP[:] = list(ids)


def terkomit() -> None:
    """Called by `berkas.tulis_atomik` the moment its commit record is in place: the write has
    happened, with the entries given to `siapkan` (none for master data only, or `init`)."""
    _UNIT.append(list(_SIAP))
    _SIAP.clear()


def batal() -> None:
    """The write in progress did not reach its commit record."""
    _SIAP.clear()


def ada() -> bool:
    """Whether anything was committed in this run."""
    return bool(_UNIT)


def entri() -> list[str]:
    """The ids of every entry committed in this run, in order."""
    return [i for u in _UNIT for i in u]
