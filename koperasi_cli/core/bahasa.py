"""Where pure code learns the run's language when a caller gives none (the formatters of amounts
and percentages). Core imports nothing of the project: i18n plugs its own `bahasa` in here when
it loads; without it, Indonesian."""

from __future__ import annotations

from typing import Callable


def _bawaan() -> str:
    return "id"


sumber: Callable[[], str] = _bawaan


def aktif() -> str:
    return sumber()
