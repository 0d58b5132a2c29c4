"""The world a run sees, in one object (like httpie's `Environment`): the clock, the language,
the environment variables and whether stdin/stdout/stderr are terminals.

The library and the commands read these through `aktif()`, never from `date.today()`,
`os.environ` or `sys.stdin.isatty()` directly, so a test (or the README-as-test) runs any command
"on" a given day, in a given language, with given variables, without patching:

    from koperasi_cli.lingkungan import Lingkungan, pakai
    with pakai(Lingkungan(hari_ini="2027-03-15", env={"KOPERASI_LANG": "en"})):
        ...                      # Buku.hari_ini() is 15 March 2027 in the cooperative's zone

`koperasi_cli.cli.main.main(argv, env=Lingkungan(...))` runs one command line in it. This module
imports nothing of the project: every layer may use it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from contextlib import contextmanager
from datetime import date, datetime, tzinfo

ZONA_BAWAAN = "Asia/Makassar"  # a profile's zone when none is known yet (the first cooperatives are in Bali)


def bahasa_dari(teks: str | None) -> str | None:
    """'id' or 'en' from a language setting as users and systems write it ('en', 'EN',
    'en_US.UTF-8', 'en-GB', 'id_ID.UTF-8', 'in'); None when it names neither."""
    if not teks:
        return None
    kepala = teks.strip().lower().replace("-", "_").split("_")[0].split(".")[0].split("@")[0]
    if kepala == "en":
        return "en"
    if kepala in ("id", "in"):  # 'in' is the old ISO code for Indonesian, still used by Java and Android
        return "id"
    return None


def _zona(zona: str | tzinfo | None) -> tzinfo | None:
    if zona is None or isinstance(zona, tzinfo):
        return zona
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(zona)
    except ZoneInfoNotFoundError:  # no system zone database: pendulum carries its own
        import pendulum

        return pendulum.timezone(zona)


class Lingkungan:
    """One run's environment. Every argument is optional: the default is the real one.

    - `env`: the environment variables (a mapping; the process's own by default, read live).
    - `hari_ini`: a fixed date (or 'YYYY-MM-DD'): every "today" and every timestamp falls on that
      day, at the real time of day, in the zone asked for.
    - `jam`: a clock, a function returning an aware datetime (for a fixed instant).
    - `bahasa`: 'id' or 'en' (any form `bahasa_dari` reads); default from KOPERASI_LANG, else 'id'.
    - `stdin_tty`, `stdout_tty`, `stderr_tty`: whether each stream is a terminal (None: ask the
      stream at the time of the question, so a test runner's own streams answer).
    """

    def __init__(self, env: Mapping[str, str] | None = None, *, hari_ini: date | str | None = None,
                 jam: Callable[[], datetime] | None = None, bahasa: str | None = None,
                 stdin_tty: bool | None = None, stdout_tty: bool | None = None,
                 stderr_tty: bool | None = None) -> None:
        self.env: Mapping[str, str] = os.environ if env is None else env
        self.tanggal = date.fromisoformat(hari_ini) if isinstance(hari_ini, str) else hari_ini
        self.jam = jam
        self.bahasa = bahasa_dari(bahasa) or bahasa_dari(self.env.get("KOPERASI_LANG")) or "id"
        self._tty = {"stdin": stdin_tty, "stdout": stdout_tty, "stderr": stderr_tty}

    def __repr__(self) -> str:
        return f"Lingkungan(hari_ini={self.tanggal}, bahasa={self.bahasa!r})"

    # ---- the clock ------------------------------------------------------------------------
    def sekarang(self, zona: str | tzinfo | None = None) -> datetime:
        """Now, as an aware datetime in `zona` (the machine's own zone when None)."""
        tz = _zona(zona)
        if self.jam is not None:
            n = self.jam()
            return n.astimezone(tz) if tz is not None else n.astimezone()
        n = datetime.now(tz) if tz is not None else datetime.now().astimezone()
        if self.tanggal is not None:
            n = datetime.combine(self.tanggal, n.timetz())
        return n

    def hari_ini(self, zona: str | tzinfo | None = ZONA_BAWAAN) -> date:
        """Today's date in `zona` (the cooperative's zone; Bali's when none is known)."""
        n = self.sekarang(zona)
        return date(n.year, n.month, n.day)

    # ---- variables and streams --------------------------------------------------------------
    def get(self, nama: str, bawaan: str | None = None) -> str | None:
        return self.env.get(nama, bawaan)

    @property
    def debug(self) -> bool:
        return self.env.get("KOPERASI_DEBUG") == "1"

    def tty(self, aliran: str = "stdin") -> bool:
        """Whether stdin/stdout/stderr is a terminal ('stdin', 'stdout' or 'stderr')."""
        tetap = self._tty[aliran]
        if tetap is not None:
            return tetap
        s = getattr(sys, aliran, None)
        try:
            return bool(s is not None and s.isatty())
        except (ValueError, OSError):  # a closed stream
            return False


_aktif: Lingkungan | None = None


def aktif() -> Lingkungan:
    """The environment of the current run (the real one unless a caller chose another)."""
    global _aktif
    if _aktif is None:
        _aktif = Lingkungan()
    return _aktif


def atur(ling: Lingkungan | None) -> Lingkungan | None:
    """Make `ling` the current environment (None: back to the real one); returns the previous."""
    global _aktif
    lama, _aktif = _aktif, ling
    return lama


@contextmanager
def pakai(ling: Lingkungan):
    """Run a block in `ling`, then restore the environment that was current."""
    lama = atur(ling)
    try:
        yield ling
    finally:
        atur(lama)
