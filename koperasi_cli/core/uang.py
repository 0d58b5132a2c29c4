"""Money: integer rupiah, parsed from what treasurers type, formatted the Indonesian way.

Money is never a float. Rates are `Decimal`; `bulatkan` rounds half up to the rupiah, the
documented default (docs/desain.md).
"""

from __future__ import annotations

import re
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation

from koperasi_cli.core.bahasa import aktif as bahasa_aktif
from koperasi_cli.core.galat import Galat
from koperasi_cli.core.masukan import MAKS_ANGKA, cek_digit, cek_panjang_angka

# Whole-rupiah forms: 1500000, 1.500.000, 1_500_000 (groups of three after the first).
_BULAT = r"(?:[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]{1,3}(?:_[0-9]{3})+|[0-9]+)"
# The largest amount one posting may carry (Rp 1 quadrillion): far above any cooperative's, and
# low enough that every total of the books stays inside the 64-bit integers JSON files hold.
MAKS_JUMLAH = 10**15
_SUFIKS = {"rb": 1_000, "ribu": 1_000, "jt": 1_000_000, "juta": 1_000_000}
_POLA = re.compile(
    rf"^(?:rp\.?\s*)?(?P<angka>{_BULAT})(?:,(?P<desimal>[0-9]+))?\s*(?P<sufiks>rb|ribu|jt|juta)?$", re.ASCII
)

# The English grouping the English output shows (1,234,567): two groups or more, so that it can
# never be a decimal comma ("1,500" stays refused: one and a half, or fifteen hundred?).
_POLA_KOMA = re.compile(r"^(?:rp\.?\s*)?(?P<angka>[0-9]{1,3}(?:,[0-9]{3}){2,})$", re.ASCII)


def parse_jumlah(teks: str | int, *, boleh_nol: bool = False) -> int:
    """Parse an amount typed by a user into whole rupiah.

    Accepts 1500000, 1.500.000, 1_500_000, Rp1.500.000, Rp 1.500.000, 20rb, 1,5jt, and the
    English grouping 1,500,000 as English output shows it. Refuses 1,5, 1,500 and 12.34
    (ambiguous), negatives, and zero unless `boleh_nol`.
    """
    if isinstance(teks, bool):
        raise Galat("jumlah_tidak_sah", nilai=str(teks))
    if isinstance(teks, int):
        nilai = teks
    else:
        asli = str(teks)
        s = asli.strip().lower()
        cek_digit(s, nilai=asli[:MAKS_ANGKA])
        cek_panjang_angka(s)
        if s.startswith("-") or s.startswith("rp-") or s.startswith("rp -"):
            raise Galat("jumlah_negatif", nilai=asli)
        if (k := _POLA_KOMA.match(s)) is not None:
            return parse_jumlah(int(k["angka"].replace(",", "")), boleh_nol=boleh_nol)
        m = _POLA.match(s)
        if not m:
            raise Galat("jumlah_tidak_sah", nilai=asli)
        angka = int(m["angka"].replace(".", "").replace("_", ""))
        sufiks = m["sufiks"]
        desimal = m["desimal"]
        if desimal is not None and not sufiks:
            # "1,5" could be one and a half rupiah or a typo for 15: refuse, never guess.
            raise Galat("jumlah_tidak_sah", nilai=asli)
        if sufiks:
            kali = _SUFIKS[sufiks]
            pecahan = Decimal(f"{angka}.{desimal or '0'}") * kali
            if pecahan != pecahan.to_integral_value():
                raise Galat("jumlah_tidak_sah", nilai=asli)
            nilai = int(pecahan)
        else:
            nilai = angka
    if nilai < 0:
        raise Galat("jumlah_negatif", nilai=str(teks))
    if nilai == 0 and not boleh_nol:
        raise Galat("jumlah_nol", nilai=str(teks))
    if nilai > MAKS_JUMLAH:
        raise Galat("jumlah_terlalu_besar", nilai=str(teks))
    return nilai


_PERSEN = re.compile(r"[0-9]{1,15}(?:\.[0-9]{1,10})?", re.ASCII)


def parse_persen(teks: str | Decimal | int) -> Decimal:
    """A rate in percent (`1.5` or `1,5`), as a Decimal. Never a float."""
    if isinstance(teks, Decimal) or (isinstance(teks, int) and not isinstance(teks, bool)):
        d = Decimal(teks)
        if not d.is_finite() or d < 0:
            raise Galat("persen_tidak_sah", nilai=str(teks)[:MAKS_ANGKA])
        return d
    asli = str(teks)[:MAKS_ANGKA]
    s = str(teks).replace("%", "").strip().replace(",", ".")
    cek_digit(s, nilai=asli)
    # Plain decimals only: `1e9` and `1e999` are not rates anyone types (and 1e999 is finite to Decimal).
    if not _PERSEN.fullmatch(s):
        raise Galat("persen_tidak_sah", nilai=asli)
    try:
        d = Decimal(s)
    except InvalidOperation:
        raise Galat("persen_tidak_sah", nilai=asli) from None
    if not d.is_finite() or d < 0:
        raise Galat("persen_tidak_sah", nilai=str(teks))
    return d


def bulatkan(nilai: Decimal) -> int:
    """Round to the rupiah, half up (the documented default)."""
    return int(nilai.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def bulatkan_bawah(nilai: Decimal) -> int:
    """Round down to the rupiah (SHU shares: never pay out more than there is)."""
    return int(nilai.quantize(Decimal(1), rounding=ROUND_DOWN))


def format_rupiah(n: int, *, kurung: bool = True, bahasa: str | None = None) -> str:
    """1234567 -> '1.234.567' in Indonesian, '1,234,567' in English (the language's own
    grouping, as its percentages have their own decimal mark); negatives in parentheses."""
    if bahasa is None:
        bahasa = bahasa_aktif()
    teks = f"{abs(n):,}" if bahasa == "en" else f"{abs(n):,}".replace(",", ".")
    if n < 0:
        return f"({teks})" if kurung else f"-{teks}"
    return teks


def format_angka(n: int, *, bahasa: str | None = None) -> str:
    """A count grouped as the language groups it: 1234 -> '1.234' in Indonesian, '1,234' in
    English (members, rows, entries; the same grouping as `format_rupiah`)."""
    return format_rupiah(n, kurung=False, bahasa=bahasa)


def format_persen(nilai, *, bp: bool = False, desimal: int | None = None, bahasa: str | None = None) -> str:
    """A percentage as a reader writes it, the one formatter of every displayed percentage:
    Indonesian '93,67 %' (decimal comma, a space before %), English '93.67%'.

    `nilai` is a percent (Decimal, int or its text; a float only as JSON gave it), or with
    `bp=True` basis points (9367 -> 93,67 %). `desimal` fixes the decimals (rounded half up);
    by default as many as the value has, trailing zeros dropped (50 bp -> '0,5 %').
    `bahasa` is 'id' or 'en'; by default the language of the run. None shows '-'."""
    if nilai is None:
        return "-"
    if bahasa is None:
        bahasa = bahasa_aktif()
    d = Decimal(nilai) / 100 if bp else Decimal(str(nilai))
    if desimal is not None:
        d = d.quantize(Decimal(1).scaleb(-desimal), rounding=ROUND_HALF_UP)
        teks = f"{abs(d):f}"
    else:
        teks = f"{abs(d).normalize():f}"
        if "." in teks:
            teks = teks.rstrip("0").rstrip(".")
    tanda = "-" if d < 0 else ""
    if bahasa == "en":
        return f"{tanda}{teks}%"
    return f"{tanda}{teks.replace('.', ',')} %"
