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
_BATCH: list[str | None] = [None, None]  # [batch of the write in progress, of the last committed one]


def kosongkan() -> None:
    """Forget earlier runs (a test runs many commands in one process)."""
    _UNIT.clear()
    _BATCH[:] = [None, None]


def siapkan(ids: list[str], batch: str | None = None) -> None:
    """The entries the next write commits (`Buku.simpan`, just before `berkas.tulis_atomik`),
    and their batch id."""
    _SIAP[:] = list(ids)
    _BATCH[0] = batch if ids else None


def terkomit() -> None:
    """Called by `berkas.tulis_atomik` the moment its commit record is in place: the write has
    happened, with the entries given to `siapkan` (none for master data only, or `init`)."""
    _UNIT.append(list(_SIAP))
    _SIAP.clear()
    if _BATCH[0] is not None:
        _BATCH[1], _BATCH[0] = _BATCH[0], None


def batal() -> None:
    """The write in progress did not reach its commit record."""
    _SIAP.clear()
    _BATCH[0] = None


def batch() -> str | None:
    """The batch id of the last unit of work with entries committed in this run (None: none)."""
    return _BATCH[1]


def ada() -> bool:
    """Whether anything was committed in this run."""
    return bool(_UNIT)


def entri() -> list[str]:
    """The ids of every entry committed in this run, in order."""
    return [i for u in _UNIT for i in u]
