"""What every part of the rekap shares: the problem record and a row's result."""

from __future__ import annotations

from koperasi_cli.core.galat import Galat
from koperasi_cli.reports.baris_koperasi import dua_bahasa, pilih_teks, teks_galat

KUNCI_SUMBER = ("sumber", "jenis_sumber", "dibuat", "dijumlahkan")
PREDIKAT = ("sehat", "cukup sehat", "dalam pengawasan", "dalam pengawasan khusus")
AKHIRAN_EKSPOR = (".json", ".jsonl", ".ndjson")


def masalah(sumber: str, kode: str, nama: str | None = None, kode_wilayah: str | None = None, **param) -> dict:
    """One problem: where, which cooperative if known, and the reason in both languages
    (a parameter given as an {'id', 'en'} pair is used in the matching language)."""

    def teks() -> str:
        p = {k: (pilih_teks(v) if isinstance(v, dict) else v) for k, v in param.items()}
        return teks_galat(Galat(kode, sumber=sumber, nama=nama or sumber, **p))

    return {"sumber": sumber, "nama": nama, "kode_wilayah": kode_wilayah, "kode": kode, "pesan": dua_bahasa(teks)}



def hasil_baris(baris: dict, sumber: str, jenis: str, dibuat: str | None = None) -> dict:
    baris = {**baris, "sumber": sumber, "jenis_sumber": jenis, "dibuat": dibuat}
    baris["dijumlahkan"] = baris.get("periksa") is not False and baris.get("total_aset") is not None
    hasil = {"baris": baris, "masalah": []}
    if baris.get("periksa") is False:
        rincian = baris.get("periksa_rincian") or [{"id": "-", "en": "-"}]
        contoh = rincian[0]
        hasil["masalah"].append(masalah(sumber, "rekap_periksa_gagal", baris.get("nama"), baris.get("kode_wilayah"),
                                        jumlah=baris.get("periksa_temuan") or len(rincian), contoh=contoh))
    return hasil

