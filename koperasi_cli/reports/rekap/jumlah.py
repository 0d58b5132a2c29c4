"""Summing the rows: per kecamatan and in all, the rows spooled to a temporary file."""

from __future__ import annotations

import os
import tempfile

import orjson

from koperasi_cli.core.tanggal import Bulan
from koperasi_cli.reports.baris_koperasi import JUMLAH
from koperasi_cli.reports.rekap.dasar import PREDIKAT, masalah


def _normal(s) -> str:
    return " ".join(str(s or "").lower().split())


def lengkapi_wilayah(baris: dict) -> None:
    """A Denpasar cooperative without an area code gets it (and its kecamatan) from the shipped list."""
    if baris.get("kode_wilayah") or _normal(baris.get("kabupaten")) not in ("kota denpasar", "denpasar"):
        return
    from koperasi_cli.data import wilayah_denpasar

    desa = _normal(baris.get("desa"))
    for w in wilayah_denpasar():
        if _normal(w["nama"]) == desa:
            baris["kode_wilayah"] = w["kode"]
            baris["kecamatan"] = baris.get("kecamatan") or w["kecamatan"]
            return


def kode_kecamatan(kode_wilayah: str | None) -> str | None:
    from koperasi_cli.core.wilayah import POLA_KODE

    if kode_wilayah and POLA_KODE.match(kode_wilayah):
        return kode_wilayah[:8]
    return None


def kosong() -> dict:
    return {"koperasi": 0, "dijumlahkan": 0, "aktif": 0, "tutup_bulan": 0, **{k: 0 for k in JUMLAH},
            "npl_bp": None, "_npl": [0, 0], "kesehatan": {p: 0 for p in PREDIKAT}}


def bagi_bp(pembilang: int, penyebut: int) -> int | None:
    """Half-up integer division; None when there is nothing to divide by."""
    return (2 * pembilang + penyebut) // (2 * penyebut) if penyebut > 0 else None


class Rekap:
    """The running rekap of one month. Rows go to a temporary spool file as they come; memory
    holds a sort key per row, the totals and the subtotals per kecamatan."""

    def __init__(self, bulan: Bulan, riwayat=None):
        self.bulan = bulan
        self.riwayat = riwayat  # a rekap_riwayat.Riwayat, or None
        self._baris = tempfile.TemporaryFile(prefix="rekap-")
        self._masalah = tempfile.TemporaryFile(prefix="rekap-")
        self._indeks: list[tuple] = []
        self._ujung = 0  # where the spool's next row goes
        self._dibaca = False
        self._sudah: dict[tuple, str] = {}
        self.jumlah_masalah = 0
        self.total = kosong()
        self.kecamatan: dict[tuple, dict] = {}
        self.ringkasan = {"koperasi": 0, "dijumlahkan": 0, "aktif": 0, "tutup_bulan": 0, "periksa_gagal": 0,
                          "tidak_diperiksa": 0, "masalah": 0, "kesehatan": {p: 0 for p in PREDIKAT}}

    def tutup(self) -> None:
        self._baris.close()
        self._masalah.close()

    def __enter__(self):
        return self

    def __exit__(self, *_):
        self.tutup()

    def tambah_masalah(self, m: dict) -> None:
        self._masalah.write(orjson.dumps(m) + b"\n")
        self.jumlah_masalah += 1
        self.ringkasan["masalah"] = self.jumlah_masalah

    def tambah(self, hasil: dict) -> None:
        b = hasil["baris"]
        if b is not None:
            lengkapi_wilayah(b)
            kunci = (b.get("kode_wilayah") or "", _normal(b.get("nama")))
            if kunci in self._sudah:  # counted already: that is the one problem with this source
                self.tambah_masalah(masalah(b["sumber"], "rekap_ganda", b.get("nama"), b.get("kode_wilayah"),
                                            sumber_lain=self._sudah[kunci]))
                return
        for m in hasil["masalah"]:
            self.tambah_masalah(m)
        if b is None:
            return
        self._sudah[kunci] = b["sumber"]
        if self.riwayat is not None:
            for m in self.riwayat.periksa(b, hasil.get("jangkar_bulan") or {}):
                self.tambah_masalah(m)
        if self._dibaca:  # rows were read back: write at the end again (a seek per row would flush)
            self._baris.seek(0, os.SEEK_END)
            self._dibaca = False
        posisi = self._ujung
        isi = orjson.dumps(b)
        self._baris.write(isi)
        self._ujung += len(isi)
        self._indeks.append((b.get("kode_wilayah") or "~", _normal(b.get("nama")), b["sumber"], posisi, len(isi)))
        r = self.ringkasan
        r["koperasi"] += 1
        aktif = bool(b.get("entri_bulan"))
        r["aktif"] += aktif
        r["tutup_bulan"] += bool(b.get("bulan_tutup"))
        r["periksa_gagal"] += b.get("periksa") is False
        r["tidak_diperiksa"] += b.get("periksa") is None
        if b.get("kesehatan") in r["kesehatan"] and b["dijumlahkan"]:
            r["kesehatan"][b["kesehatan"]] += 1
        kk = kode_kecamatan(b.get("kode_wilayah"))
        if kk:
            kunci_kec = (kk, "", "", "")
        else:  # no area code: grouped by the names
            kunci_kec = ("~", _normal(b.get("provinsi")), _normal(b.get("kabupaten")), _normal(b.get("kecamatan")))
        sub = self.kecamatan.get(kunci_kec)
        if sub is None:
            sub = self.kecamatan[kunci_kec] = {"kode_kecamatan": kk, "kecamatan": b.get("kecamatan"),
                                               "kabupaten": b.get("kabupaten"), "provinsi": b.get("provinsi"), **kosong()}
        for t in (self.total, sub):
            t["koperasi"] += 1
            t["aktif"] += aktif
            t["tutup_bulan"] += bool(b.get("bulan_tutup"))
            if not b["dijumlahkan"]:
                continue
            t["dijumlahkan"] += 1
            for k in JUMLAH:
                t[k] += b.get(k) or 0
            if b.get("kesehatan") in t["kesehatan"]:
                t["kesehatan"][b["kesehatan"]] += 1
            if b.get("npl_bp") is not None and b.get("pinjaman_beredar"):
                t["_npl"][0] += b["npl_bp"] * b["pinjaman_beredar"]
                t["_npl"][1] += b["pinjaman_beredar"]
        r["dijumlahkan"] += b["dijumlahkan"]

    # ---- reading back, in order ------------------------------------------------------------------
    def baris(self):
        """The rows ordered by area code (then name; those without a code last)."""
        self._baris.flush()
        self._dibaca = True
        for *_, posisi, panjang in sorted(self._indeks):
            self._baris.seek(posisi)
            yield orjson.loads(self._baris.read(panjang))

    def daftar_masalah(self):
        self._masalah.flush()
        self._masalah.seek(0)
        for teks in self._masalah:
            yield orjson.loads(teks)

    @staticmethod
    def _selesai(t: dict) -> dict:
        hasil = {k: (dict(v) if isinstance(v, dict) else v) for k, v in t.items() if k != "_npl"}
        hasil["npl_bp"] = bagi_bp(*t["_npl"])
        return hasil

    def total_akhir(self) -> dict:
        return self._selesai(self.total)

    def per_kecamatan(self) -> list[dict]:
        return [self._selesai(self.kecamatan[k]) for k in sorted(self.kecamatan)]

    def per_wilayah(self, tingkat: str) -> list[dict]:
        """Subtotals per kabupaten/kota (`tingkat` "kabupaten": the code's first 5 characters,
        "11.01") or per province ("provinsi": the first 2), summed from the kecamatan's; areas
        without a code are grouped by their names, after those with one."""
        n = 5 if tingkat == "kabupaten" else 2
        hasil: dict[tuple, dict] = {}
        for kunci, sub in self.kecamatan.items():
            if kunci[0] != "~":
                k = (kunci[0][:n], "", "")
            else:
                k = ("~", kunci[1], kunci[2] if tingkat == "kabupaten" else "")
            t = hasil.get(k)
            if t is None:
                t = hasil[k] = {"kode": None if k[0] == "~" else k[0], "provinsi": sub["provinsi"], **kosong()}
                if tingkat == "kabupaten":
                    t["kabupaten"] = sub["kabupaten"]
            for f in ("koperasi", "dijumlahkan", "aktif", "tutup_bulan", *JUMLAH):
                t[f] += sub[f]
            for p in PREDIKAT:
                t["kesehatan"][p] += sub["kesehatan"][p]
            t["_npl"][0] += sub["_npl"][0]
            t["_npl"][1] += sub["_npl"][1]
        return [self._selesai(hasil[k]) for k in sorted(hasil)]


