"""What this process has committed to the books, for the one error handler (`cli/main.py`).

`Buku.simpan` reports each unit of work the moment its commit record is in place (from then on
the write has happened: a crash or an error afterwards is rolled forward, never back). A
failure after that point (stdout full or closed, a broken pipe, a failed rename, fsync or
clean-up) must then say the command WAS recorded and name its entries, never "unchanged":
a user who retries would post it twice. No imports: `main` reads it on every run.
"""

from __future__ import annotations

_UNIT: list[list[str]] = []  # entry ids of each unit of work committed in this run


def kosongkan() -> None:
    """Forget earlier runs (a test runs many commands in one process)."""
    _UNIT.clear()


def lapor(ids: list[str]) -> None:
    """A unit of work has committed, with these new entries (none for master data only)."""
    _UNIT.append(list(ids))


def ada() -> bool:
    """Whether anything was committed in this run."""
    return bool(_UNIT)


def entri() -> list[str]:
    """The ids of every entry committed in this run, in order."""
    return [i for u in _UNIT for i in u]
