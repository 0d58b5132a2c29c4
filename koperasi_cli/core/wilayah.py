"""Area codes (kode wilayah Kemendagri, `PP.KK.CC.DDDD`) and time zones by province."""

from __future__ import annotations

import re

POLA_KODE = re.compile(r"^([0-9]{2})\.([0-9]{2})\.([0-9]{2})\.([12][0-9]{3})$")

# Province codes (first two digits) by time zone: WIB, WITA, WIT.
_WITA = {"51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"}
_WIT = {"81", "82", "91", "92", "93", "94", "95", "96"}
_PROVINSI_WITA = {
    "bali", "nusa tenggara barat", "nusa tenggara timur", "kalimantan selatan",
    "kalimantan timur", "kalimantan utara", "sulawesi utara", "gorontalo", "sulawesi tengah",
    "sulawesi barat", "sulawesi selatan", "sulawesi tenggara", "ntb", "ntt",
}
_PROVINSI_WIT = {
    "maluku", "maluku utara", "papua", "papua barat", "papua barat daya", "papua tengah",
    "papua pegunungan", "papua selatan",
}


def zona_waktu_untuk(provinsi: str | None, kode_wilayah: str | None) -> str:
    """The IANA time zone of a province, from the area code or else the province's name."""
    if kode_wilayah and (m := POLA_KODE.match(kode_wilayah)):
        pp = m[1]
        if pp in _WITA:
            return "Asia/Makassar"
        if pp in _WIT:
            return "Asia/Jayapura"
        if pp == "61":
            return "Asia/Pontianak"
        return "Asia/Jakarta"
    p = (provinsi or "").strip().lower()
    if p in _PROVINSI_WITA:
        return "Asia/Makassar"
    if p in _PROVINSI_WIT:
        return "Asia/Jayapura"
    if p == "kalimantan barat":
        return "Asia/Pontianak"
    return "Asia/Jakarta"


def jenis_desa(kode_wilayah: str) -> str:
    """The village part starts with 1 for a kelurahan, 2 for a desa."""
    return "kelurahan" if kode_wilayah.split(".")[-1].startswith("1") else "desa"


def normal_nama(s: str) -> str:
    return re.sub(r"\s+", " ", str(s).strip().lower())
