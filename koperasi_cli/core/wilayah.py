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


# Province codes (the first two digits of a kode wilayah, Kepmendagri 100.1.1-6117/2022).
PROVINSI = {
    "11": "Aceh", "12": "Sumatera Utara", "13": "Sumatera Barat", "14": "Riau", "15": "Jambi",
    "16": "Sumatera Selatan", "17": "Bengkulu", "18": "Lampung", "19": "Kepulauan Bangka Belitung",
    "21": "Kepulauan Riau", "31": "DKI Jakarta", "32": "Jawa Barat", "33": "Jawa Tengah",
    "34": "DI Yogyakarta", "35": "Jawa Timur", "36": "Banten", "51": "Bali", "52": "Nusa Tenggara Barat",
    "53": "Nusa Tenggara Timur", "61": "Kalimantan Barat", "62": "Kalimantan Tengah",
    "63": "Kalimantan Selatan", "64": "Kalimantan Timur", "65": "Kalimantan Utara", "71": "Sulawesi Utara",
    "72": "Sulawesi Tengah", "73": "Sulawesi Selatan", "74": "Sulawesi Tenggara", "75": "Gorontalo",
    "76": "Sulawesi Barat", "81": "Maluku", "82": "Maluku Utara", "91": "Papua", "92": "Papua Barat",
    "93": "Papua Selatan", "94": "Papua Tengah", "95": "Papua Pegunungan", "96": "Papua Barat Daya",
}
_ALIAS_PROVINSI = {
    "jakarta": "31", "dki": "31", "yogyakarta": "34", "diy": "34", "daerah istimewa yogyakarta": "34",
    "ntb": "52", "ntt": "53", "bangka belitung": "19", "babel": "19", "kepri": "21", "nad": "11",
}


def kode_provinsi(nama: str | None) -> str | None:
    """The two-digit code of a province's name (or a common short name), None when unknown."""
    n = normal_nama(nama or "")
    for kode, p in PROVINSI.items():
        if normal_nama(p) == n:
            return kode
    return _ALIAS_PROVINSI.get(n)


def provinsi_dari_kode(kode_wilayah: str | None) -> str | None:
    """The province named by an area code's first two digits, None when the code is not valid."""
    m = POLA_KODE.match(str(kode_wilayah or "").strip())
    return PROVINSI.get(m[1]) if m else None


def provinsi_cocok(provinsi: str, kode_wilayah: str | None) -> bool:
    """Whether a province agrees with the area code (True when the code names no known province)."""
    benar = provinsi_dari_kode(kode_wilayah)
    return benar is None or kode_provinsi(provinsi) == kode_provinsi(benar)


def cari_desa(teks: str, daftar: list[dict]) -> tuple[dict | None, str | None]:
    """A desa/kelurahan of `daftar` (rows with kode, nama, kecamatan) by its name or its area code:
    (the row, None), or (None, the nearest name as a suggestion, or None)."""
    import difflib

    n = normal_nama(teks)
    for w in daftar:
        if normal_nama(w["nama"]) == n or w["kode"] == teks.strip():
            return w, None
    nama = {normal_nama(w["nama"]): w["nama"] for w in daftar}
    dekat = difflib.get_close_matches(n, list(nama), n=1, cutoff=0.6)
    return None, (nama[dekat[0]] if dekat else None)
