"""The recording context: what every recording command says about its entry besides the
business facts (the date, the voucher, the description, the business unit, the cash account).

The command line builds one `KonteksCatat` from its shared options (cli/umum.py `opsi_catat`)
and hands it to the service; a service marked `@pakai_konteks` takes it as `konteks=` and reads
from it the keywords it has (`tanggal`, `bukti`, `ket`, `unit`, `kas`), so scripts may still
pass those keywords one by one. A keyword given explicitly wins over the context's."""

from __future__ import annotations

import functools
import inspect
from dataclasses import dataclass
from datetime import date

MEDAN = ("tanggal", "bukti", "ket", "unit", "kas")


@dataclass(frozen=True)
class KonteksCatat:
    tanggal: date
    bukti: str | None = None
    ket: str | None = None
    unit: str | None = None
    kas: str | None = None


def pakai_konteks(f):
    """Let service `f` take `konteks=KonteksCatat(...)` for those of its keywords named in `MEDAN`."""
    sig = inspect.signature(f)
    ada = [m for m in MEDAN if m in sig.parameters]

    @functools.wraps(f)
    def g(*a, konteks: KonteksCatat | None = None, **kw):
        if konteks is not None:
            diberi = sig.bind_partial(*a, **kw).arguments
            for m in ada:
                if m not in diberi:
                    kw[m] = getattr(konteks, m)
        return f(*a, **kw)

    return g
