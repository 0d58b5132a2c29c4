"""NIK (Nomor Induk Kependudukan, the KTP number): validation, sex and birth date, masking.

This module is the one NIK rule of the project (members, officers, LPG buyers, imports).
A NIK is 16 ASCII digits `PPKKCC DDMMYY SSSS`: province, regency and district of first registration,
day of birth (+40 for women), month, two-digit year, serial. There is no check digit.
`stdnum.id.nik` checks the birth date and the province/regency (first four digits); it reads
the day modulo 40, so it would take a day of 81 for the 1st: the day must be 1-31 (men) or
41-71 (women), which is checked here too.

Messages never repeat the number itself (personal data, UU 27/2022).
"""

from __future__ import annotations

from datetime import date

from koperasi_cli.core.galat import Galat


def bersihkan(teks: str) -> str:
    """The NIK without spaces, dots or dashes (as typed from a KTP: `5171 0315 0590 0001`)."""
    return "".join(c for c in str(teks) if c not in " .-\t").strip()


def periksa_nik(teks: str) -> tuple[str | None, list[Galat]]:
    """The clean 16-digit NIK, or the reasons it is not one."""
    from stdnum.exceptions import ValidationError
    from stdnum.id import nik as stdnik

    from koperasi_cli.core.masukan import ada_digit_asing

    n = bersihkan(teks)
    if ada_digit_asing(n):  # a full-width or other script's digit: never stored, never compared
        return None, [Galat("nik_digit_asing")]
    if not n.isascii() or not n.isdigit() or len(n) != 16:
        return None, [Galat("nik_bentuk")]
    hari = int(n[6:8])
    if not (1 <= hari <= 31 or 41 <= hari <= 71):
        return None, [Galat("nik_tanggal")]
    try:
        stdnik.get_birth_date(n)
    except ValidationError:
        return None, [Galat("nik_tanggal")]
    try:
        stdnik.validate(n)
    except ValidationError:
        return None, [Galat("nik_wilayah")]
    return n, []


def jenis_kelamin(nik: str) -> str:
    """`L` (laki-laki) or `P` (perempuan): women's day of birth has 40 added."""
    return "P" if int(nik[6:8]) > 40 else "L"


def cocok_tanggal_lahir(nik: str, tgl: date) -> bool:
    """Whether a birth date agrees with the NIK's DDMMYY (the century is not in the NIK)."""
    return (int(nik[6:8]) % 40, int(nik[8:10]), int(nik[10:12])) == (tgl.day, tgl.month, tgl.year % 100)


def samarkan_dalam(teks: str) -> str:
    """Every run of 16 digits in a text masked (`5171********0001`): for messages and error
    reports that echo a value a user typed, which may be a NIK."""
    import re

    return re.sub(r"(?<![0-9])([0-9]{4})[0-9]{8}([0-9]{4})(?![0-9])", r"\1********\2", str(teks))


def samarkan(nik: str | None) -> str | None:
    """`5171031505900001` -> `5171********0001` (first 4, eight stars, last 4)."""
    if not nik:
        return nik
    if len(nik) <= 8:
        return "*" * len(nik)
    return nik[:4] + "*" * (len(nik) - 8) + nik[-4:]
