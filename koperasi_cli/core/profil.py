"""The cooperative's profile (koperasi.yaml) as data: identity, settings, units, chart.

`validasi_profil` returns every problem at once, each naming the key, so that a hand-edited
file gets one clear list instead of a traceback. Settings are merged over the docs/aturan.md
defaults; `Profil.atur` reads one setting and checks its type, naming the key if it is wrong.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from koperasi_cli.core.akun import BaganAkun, validasi_akun
from koperasi_cli.core.galat import Galat
from koperasi_cli.core.unit import info_unit
from koperasi_cli.core.wilayah import POLA_KODE, normal_nama, zona_waktu_untuk

FORMAT_PROFIL = 1

UNIT_BAWAAN = [
    {"kode": "kantor", "nama": "Kantor Koperasi"},
    {"kode": "simpan-pinjam", "nama": "Unit Simpan Pinjam"},
    {"kode": "sembako", "nama": "Gerai Sembako"},
]

PENGATURAN_BAWAAN: dict = {
    "pembulatan": "setengah-ke-atas",
    "kas": {"akun": "1101", "akun_selisih_kurang": "6115", "akun_selisih_lebih": "4403"},
    "simpanan": {
        "pokok": 100_000,
        "wajib": 20_000,
        "kelas_pokok_wajib": "ekuitas",
        "bunga_sukarela_tahunan": "3",
        "dasar_jasa": "terendah",
        "jasa_otomatis": False,
        "batas_pajak_jasa": 240_000,
        "tarif_pajak_jasa": "10",
        # Simpanan berjangka (time deposits, 2103): allowed terms in months, the least amount,
        # the rate for new and rolled-over deposits (percent a year), an extra early-withdrawal
        # penalty in percent of the principal (the running month's interest is always forfeited),
        # and whether deposits stand as collateral (no withdrawal while the member's loan is late).
        "berjangka": {"jangka": [3, 6, 12], "minimum": 1_000_000, "bunga_tahunan": "6", "denda_persen": "0",
                      "jaminan": False},
    },
    "shu": {
        "alokasi": {
            "cadangan": "30", "jasa_modal": "20", "jasa_usaha": "25", "dana_pengurus": "5", "dana_karyawan": "5",
            "dana_pendidikan": "5", "dana_sosial": "5", "dana_pembangunan_desa": "5",
        },
        "pisah_non_anggota": False,
        "transaksi_jasa_usaha": ["belanja", "jasa_pinjaman", "sewa_jasa"],
    },
    "sembako": {
        "het_lpg": 18_000,
        "akun_selisih": "6113",
        "akun_kedaluwarsa": "6113",
    },
    "pinjaman": {
        "produk_bawaan": "umum",
        "produk": [
            {
                "kode": "umum",
                "nama": "Pinjaman Umum",
                "bunga": "1.5",
                "metode": "flat",
                "tenor_maks": 24,
                "jumlah_maks": 10_000_000,
                "biaya_admin": "1",
                "kelipatan": 1,
                "denda": {"dasar": "tidak", "tarif": "0", "tenggang": 0},
                "jasa_pelunasan": "bulan-berjalan",
                "boleh_ubah": ["bunga", "metode", "biaya_admin", "kelipatan"],
            }
        ],
        "kolektibilitas": {"lancar": 90, "kurang_lancar": 180, "diragukan": 270},
        "ppap": {"lancar": "0.5", "kurang_lancar": "10", "diragukan": "50", "macet": "100"},
        "npl_sehat": "5",
        "akun_pemulihan": "4402",
        "pengakuan_jasa": "akrual",
        "bayar_di_muka": "pokok",
    },
}

IDENTITAS = (
    "nama", "nik_koperasi", "badan_hukum", "tanggal_badan_hukum", "npwp", "nib", "alamat",
    "desa", "kecamatan", "kabupaten", "provinsi", "kode_wilayah", "zona_waktu", "mulai",
    "ketua", "bendahara",
)
IDENTITAS_WAJIB = ("nama", "desa", "kecamatan", "kabupaten", "provinsi", "mulai")


def gabung(bawaan: dict, milik: dict) -> dict:
    """Deep-merge the profile's settings over the defaults."""
    hasil = copy.deepcopy(bawaan)
    for k, v in (milik or {}).items():
        if isinstance(v, dict) and isinstance(hasil.get(k), dict):
            hasil[k] = gabung(hasil[k], v)
        else:
            hasil[k] = v
    return hasil


@dataclass
class Profil:
    identitas: dict
    pengaturan: dict
    unit: dict[str, str]
    bagan: BaganAkun
    mentah: dict = field(repr=False, default_factory=dict)
    unit_info: dict[str, dict] = field(default_factory=dict)  # code -> {kode, nama, jenis, akun} (core/unit.py)

    def unit_jenis(self, jenis: str) -> list[str]:
        """The codes of the units of one kind (barang, sewa, jasa, ...)."""
        return [k for k, u in self.unit_info.items() if u["jenis"] == jenis]

    @property
    def nama(self) -> str:
        return self.identitas["nama"]

    @property
    def zona_waktu(self) -> str:
        return self.identitas["zona_waktu"]

    @property
    def mulai(self) -> date:
        return self.identitas["mulai"]

    def atur(self, kunci: str, jenis: str = "teks"):
        """One setting by dotted key (`simpanan.pokok`), checked: rupiah, persen, bool, teks, akun, bulat."""
        nilai: object = self.pengaturan
        for bagian in kunci.split("."):
            if not isinstance(nilai, dict) or bagian not in nilai:
                raise Galat("profil_kunci_wajib", kunci=f"pengaturan.{kunci}")
            nilai = nilai[bagian]
        return periksa_nilai(f"pengaturan.{kunci}", nilai, jenis, self.bagan)


def periksa_nilai(kunci: str, nilai, jenis: str, bagan: BaganAkun | None = None):
    if jenis in ("rupiah", "bulat"):
        if isinstance(nilai, bool) or not isinstance(nilai, int) or nilai < 0:
            if isinstance(nilai, float):
                raise Galat("profil_rupiah_titik", kunci=kunci, nilai=str(nilai))
            raise Galat("profil_kunci_jenis", kunci=kunci, harap="bilangan bulat >= 0")
        return nilai
    if jenis == "persen":
        try:
            d = Decimal(str(nilai).replace(",", "."))
        except InvalidOperation:
            raise Galat("profil_kunci_jenis", kunci=kunci, harap="persen, mis. 1.5") from None
        if isinstance(nilai, bool) or not d.is_finite() or d < 0:
            raise Galat("profil_kunci_jenis", kunci=kunci, harap="persen, mis. 1.5")
        return d
    if jenis == "bool":
        if not isinstance(nilai, bool):
            raise Galat("profil_kunci_jenis", kunci=kunci, harap="true/false")
        return nilai
    if jenis == "akun":
        kode = str(nilai)
        if bagan is not None and kode not in bagan:
            raise Galat("profil_akun_tidak_ada", kunci=kunci, nilai=kode)
        return kode
    if not isinstance(nilai, (str, int)) or isinstance(nilai, bool):
        raise Galat("profil_kunci_jenis", kunci=kunci, harap="teks")
    return str(nilai)


def _tanggal(nilai) -> date | None:
    if isinstance(nilai, date):
        return nilai
    if isinstance(nilai, str):
        try:
            return date.fromisoformat(nilai.strip())
        except ValueError:
            return None
    return None


def validasi_identitas(p: dict, wilayah_denpasar: list[dict], zona_sah) -> list[Galat]:
    """Check the identity fields; fills `zona_waktu` from the province when missing."""
    galat: list[Galat] = []
    for k in IDENTITAS_WAJIB:
        v = p.get(k)
        if v is None or (isinstance(v, str) and not v.strip()):
            galat.append(Galat("profil_kunci_wajib", kunci=f"profil.{k}"))
    from koperasi_cli.core.masukan import karakter_terlarang

    for k in IDENTITAS:
        v = p.get(k)
        if v is not None and not isinstance(v, (str, int, date)) or isinstance(v, bool):
            galat.append(Galat("profil_kunci_jenis", kunci=f"profil.{k}", harap="teks"))
        elif isinstance(v, str) and (kar := karakter_terlarang(v)) is not None:
            galat.append(Galat("teks_karakter_terlarang", medan=f"profil.{k}", karakter=kar))
    nik = p.get("nik_koperasi")
    if nik not in (None, ""):
        if not re.fullmatch(r"[0-9]{6,20}", str(nik).strip()):
            galat.append(Galat("nik_koperasi_tidak_sah", kunci="profil.nik_koperasi", nilai=str(nik)))
    for k in ("tanggal_badan_hukum", "mulai"):
        v = p.get(k)
        if v not in (None, "") and _tanggal(v) is None:
            galat.append(Galat("profil_tanggal_tidak_sah", kunci=f"profil.{k}", nilai=str(v)))
    kode = p.get("kode_wilayah")
    if kode not in (None, ""):
        kode = str(kode).strip()
        if not POLA_KODE.match(kode):
            galat.append(Galat("kode_wilayah_tidak_sah", kunci="profil.kode_wilayah", nilai=kode))
    kab = normal_nama(p.get("kabupaten") or "")
    if kab in ("kota denpasar", "denpasar") or (isinstance(kode, str) and kode.startswith("51.71.")):
        desa = normal_nama(p.get("desa") or "")
        cocok = [w for w in wilayah_denpasar if normal_nama(w["nama"]) == desa]
        if desa and not cocok:
            galat.append(Galat("desa_denpasar_tidak_ada", kunci="profil.desa", nilai=str(p.get("desa"))))
        elif cocok:
            w = cocok[0]
            if kode not in (None, "") and POLA_KODE.match(str(kode)) and str(kode) != w["kode"]:
                galat.append(Galat("kode_wilayah_tidak_cocok", kunci="profil.kode_wilayah",
                                   nilai=str(kode), desa=w["nama"], kode_benar=w["kode"]))
            kec = normal_nama(p.get("kecamatan") or "")
            if kec and kec != normal_nama(w["kecamatan"]):
                galat.append(Galat("kecamatan_tidak_cocok", kunci="profil.kecamatan",
                                   nilai=str(p.get("kecamatan")), desa=w["nama"], kecamatan=w["kecamatan"]))
    zona = p.get("zona_waktu")
    if zona in (None, ""):
        p["zona_waktu"] = zona_waktu_untuk(p.get("provinsi"), str(kode) if kode else None)
    elif not zona_sah(str(zona)):
        galat.append(Galat("zona_waktu_tidak_sah", kunci="profil.zona_waktu", nilai=str(zona)))
    return galat


def validasi_profil(data, wilayah_denpasar: list[dict], zona_sah) -> tuple[Profil | None, list[Galat]]:
    """The whole koperasi.yaml: a Profil, or every problem found (each naming its key)."""
    if not isinstance(data, dict):
        return None, [Galat("profil_bukan_peta")]
    galat: list[Galat] = []
    identitas = data.get("profil")
    if not isinstance(identitas, dict):
        galat.append(Galat("profil_kunci_wajib", kunci="profil"))
        identitas = {}
    identitas = dict(identitas)
    galat += validasi_identitas(identitas, wilayah_denpasar, zona_sah)
    for k in ("tanggal_badan_hukum", "mulai"):
        if _tanggal(identitas.get(k)) is not None:
            identitas[k] = _tanggal(identitas[k])
    for k in ("nik_koperasi", "kode_wilayah", "npwp", "nib"):
        if identitas.get(k) is not None:
            identitas[k] = str(identitas[k]).strip()
    akun, g = validasi_akun(data.get("akun"))
    galat += g
    bagan = BaganAkun(akun)
    units = data.get("unit_usaha", UNIT_BAWAAN)
    unit: dict[str, str] = {}
    unit_info: dict[str, dict] = {}
    if not isinstance(units, list):
        galat.append(Galat("profil_kunci_jenis", kunci="unit_usaha", harap="daftar {kode, nama}"))
    else:
        for i, u in enumerate(units):
            if not isinstance(u, dict) or not isinstance(u.get("kode"), str) or not u["kode"].strip():
                galat.append(Galat("profil_kunci_wajib", kunci=f"unit_usaha[{i}].kode"))
                continue
            unit[u["kode"].strip()] = str(u.get("nama") or u["kode"])
            info, g = info_unit(u, i, bagan)
            galat += g
            if info is not None:
                unit_info[info["kode"]] = info
    pengaturan = data.get("pengaturan") or {}
    if not isinstance(pengaturan, dict):
        galat.append(Galat("profil_kunci_jenis", kunci="pengaturan", harap="peta"))
        pengaturan = {}
    profil = Profil(identitas, gabung(PENGATURAN_BAWAAN, pengaturan), unit, bagan, data, unit_info)
    if not galat:
        # The settings every command relies on; later modules check their own on use.
        for kunci, jenis in (
            ("kas.akun", "akun"), ("kas.akun_selisih_kurang", "akun"), ("kas.akun_selisih_lebih", "akun"),
            ("simpanan.pokok", "rupiah"), ("simpanan.wajib", "rupiah"),
        ):
            try:
                profil.atur(kunci, jenis)
            except Galat as e:
                galat.append(e)
    return (profil if not galat else None), galat
