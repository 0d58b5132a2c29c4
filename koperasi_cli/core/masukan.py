"""What users type, checked once: digits, whole numbers and free text (names, descriptions).

Every command and every importer reads numbers, ids and text through these functions (and
through `uang.parse_jumlah`, `tanggal.parse_tanggal`, which call them), so a value means the
same thing wherever it is typed.

- Digits are ASCII. Python's `int()` and the regex `\\d` also take full-width (`１２`) and other
  scripts' digits (`١٢`); a NIK written so would escape the duplicate check. Such a digit is
  refused with its own message (`digit_bukan_ascii`), never silently converted.
- Text is text: names and descriptions may not hold control characters, bidirectional
  overrides or zero-width characters (they hide or reorder what a report shows), and have a
  length cap (`MAKS_NAMA`, `MAKS_KET`, `MAKS_BUKTI`).
"""

from __future__ import annotations

import re
import unicodedata

from koperasi_cli.core.galat import Galat

MAKS_NAMA = 100  # a member's, an item's, the cooperative's name; an address line
MAKS_KET = 200  # a description, a reason
MAKS_BUKTI = 50  # a receipt or voucher number
MAKS_BULAT = 999_999_999  # a quantity or a count typed by a user
MAKS_ANGKA = 40  # characters of a number typed by a user (Python refuses int() past 4,300 digits)

_BULAT = re.compile(r"[0-9]{1,9}", re.ASCII)

# Characters a name or description may not hold, besides the control characters (category Cc):
# bidirectional embeddings, overrides and isolates, zero-width characters, the BOM, separators
# of lines and paragraphs (they break a report's line).
_TERLARANG = frozenset(
    "\u200b\u200c\u200d\u200e\u200f"  # zero-width space, non-joiner, joiner; LRM, RLM
    "\u202a\u202b\u202c\u202d\u202e"  # LRE, RLE, PDF, LRO, RLO
    "\u2066\u2067\u2068\u2069"  # LRI, RLI, FSI, PDI
    "\u2060\u2061\u2062\u2063\u2064\ufeff"  # word joiner, invisible operators, BOM
    "\u061c\u180e\u2028\u2029"  # Arabic letter mark, Mongolian vowel separator, line/paragraph separators
)


def ada_digit_asing(teks: str) -> bool:
    """Whether the text holds a digit that is not 0-9 (full-width, Arabic-Indic, ...)."""
    return any(c.isdigit() and not ("0" <= c <= "9") for c in str(teks))


def cek_digit(teks, *, nilai: str | None = None) -> None:
    """Refuse a value with a digit that is not ASCII 0-9 (`nilai`: what the message shows;
    pass "" for personal data such as a NIK, which is never repeated)."""
    if isinstance(teks, str) and ada_digit_asing(teks):
        raise Galat("digit_bukan_ascii", nilai=teks if nilai is None else nilai)


def cek_panjang_angka(teks: str) -> None:
    """Refuse a number typed with more characters than any real figure has (a 4,300-digit
    amount would otherwise reach Python's int limit)."""
    if len(teks) > MAKS_ANGKA:
        raise Galat("angka_terlalu_panjang", panjang=len(teks), maks=MAKS_ANGKA)


def parse_bulat(teks, *, kode: str = "qty_tidak_sah", minimum: int = 1, maksimum: int = MAKS_BULAT) -> int:
    """A whole number typed by a user (a quantity, a tenor, a count): ASCII digits only, no
    separators, no decimals (`1.5` and `1.000` are refused, never read as 15 or 1000).
    An int is taken as it is; out of [minimum, maksimum] is refused with `kode`."""
    if isinstance(teks, bool):
        raise Galat(kode, nilai=str(teks))
    if isinstance(teks, int):
        n = teks
    else:
        s = str(teks).strip()
        cek_digit(s)
        if not _BULAT.fullmatch(s):
            raise Galat(kode, nilai=s[:MAKS_ANGKA])
        n = int(s)
    if not minimum <= n <= maksimum:
        raise Galat(kode, nilai=str(teks)[:MAKS_ANGKA])
    return n


def karakter_terlarang(teks: str) -> str | None:
    """The first character a name or description may not hold, as `U+202E`, or None."""
    if teks.isprintable():  # C-fast, exact: every refused character is a control, format or separator (not printable)
        return None
    for c in teks:
        if c in _TERLARANG or unicodedata.category(c) == "Cc":
            return f"U+{ord(c):04X}"
    return None


def periksa_teks(teks, *, medan: str, maks: int = MAKS_KET, wajib: bool = False) -> str | None:
    """A name or a description as typed, checked: no control, bidirectional or zero-width
    characters, at most `maks` characters. Returns it stripped (None stays None).
    `medan` names the field in the message (`--ket`, `nama`)."""
    if teks is None:
        if wajib:
            raise Galat("teks_kosong", medan=medan)
        return None
    s = str(teks).strip()
    if wajib and not s:
        raise Galat("teks_kosong", medan=medan)
    kar = karakter_terlarang(s)
    if kar is not None:
        raise Galat("teks_karakter_terlarang", medan=medan, karakter=kar)
    if len(s) > maks:
        raise Galat("teks_terlalu_panjang", medan=medan, panjang=len(s), maks=maks)
    return s
