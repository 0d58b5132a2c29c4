"""Business units (unit usaha) of a KDKMP: the programme's catalogue and each unit's kind and
accounts, as declared in the profile. Pure rules, no I/O.

A unit in `koperasi.yaml`:

    unit_usaha:
      - {kode: apotek, nama: Apotek Desa, jenis: barang,
         akun: {persediaan: "1132", penjualan_anggota: "4101", penjualan_umum: "4102", hpp: "5103"}}
      - {kode: peti-es, nama: Sewa Peti Es, jenis: sewa, akun: {pendapatan: "4301"}}

`jenis` is one of JENIS; missing, it comes from the catalogue by code (else `kantor`). Missing
accounts come from the catalogue entry of that code, else from the kind's defaults.
"""

from __future__ import annotations

import copy

from koperasi_cli.core.galat import Galat

JENIS = ("kantor", "simpan-pinjam", "barang", "sewa", "jasa")

AKUN_BARANG = {"persediaan": "1130", "penjualan_anggota": "4101", "penjualan_umum": "4102", "hpp": "5101"}
AKUN_PENDAPATAN = {"pendapatan": "4301"}
# Inventory accounts a goods unit may use (each carries item-tagged stock postings).
PERSEDIAAN_SAH = ("1130", "1131", "1132")

# The programme's units (Inpres 9/2025 and local potential), offered by `koperasi init --unit`.
PROGRAM: dict[str, dict] = {
    "kantor": {"nama": "Kantor Koperasi", "jenis": "kantor"},
    "simpan-pinjam": {"nama": "Unit Simpan Pinjam", "jenis": "simpan-pinjam"},
    "sembako": {"nama": "Gerai Sembako", "jenis": "barang", "akun": dict(AKUN_BARANG)},
    "toko": {"nama": "Toko Koperasi", "jenis": "barang", "akun": dict(AKUN_BARANG)},
    "apotek": {"nama": "Apotek Desa", "jenis": "barang",
               "akun": {"persediaan": "1132", "penjualan_anggota": "4101", "penjualan_umum": "4102", "hpp": "5103"}},
    "klinik": {"nama": "Klinik Desa", "jenis": "jasa", "akun": dict(AKUN_PENDAPATAN)},
    "peti-es": {"nama": "Sewa Peti Es (Cold Box)", "jenis": "sewa", "akun": dict(AKUN_PENDAPATAN)},
    "cold-storage": {"nama": "Cold Storage", "jenis": "sewa", "akun": dict(AKUN_PENDAPATAN)},
    "gudang": {"nama": "Gudang", "jenis": "sewa", "akun": dict(AKUN_PENDAPATAN)},
    "logistik": {"nama": "Logistik", "jenis": "jasa", "akun": dict(AKUN_PENDAPATAN)},
}
AKUN_JENIS = {"barang": AKUN_BARANG, "sewa": AKUN_PENDAPATAN, "jasa": AKUN_PENDAPATAN}


def info_unit(u: dict, i: int, bagan=None) -> tuple[dict | None, list[Galat]]:
    """One `unit_usaha` entry checked and completed: {kode, nama, jenis, akun}."""
    galat: list[Galat] = []
    kode = str(u["kode"]).strip()
    katalog = PROGRAM.get(kode, {})
    jenis = u.get("jenis") or katalog.get("jenis") or "kantor"
    if jenis not in JENIS:
        return None, [Galat("unit_jenis_tidak_sah", kunci=f"unit_usaha[{i}].jenis", nilai=str(jenis), sah=", ".join(JENIS))]
    akun = copy.deepcopy(katalog.get("akun") if katalog.get("jenis") == jenis else None) or dict(AKUN_JENIS.get(jenis, {}))
    milik = u.get("akun") or {}
    if not isinstance(milik, dict):
        return None, [Galat("profil_kunci_jenis", kunci=f"unit_usaha[{i}].akun", harap="peta, mis. {pendapatan: \"4301\"}")]
    for k, v in milik.items():
        if k not in AKUN_JENIS.get(jenis, {}):
            galat.append(Galat("unit_akun_tidak_dikenal", kunci=f"unit_usaha[{i}].akun.{k}",
                               sah=", ".join(AKUN_JENIS.get(jenis, {})) or "-"))
            continue
        akun[k] = str(v)
    for k, v in akun.items():
        if bagan is not None and v not in bagan:
            galat.append(Galat("profil_akun_tidak_ada", kunci=f"unit_usaha[{i}].akun.{k}", nilai=v))
    if jenis == "barang" and akun.get("persediaan") not in PERSEDIAAN_SAH:
        galat.append(Galat("unit_persediaan_tidak_sah", kunci=f"unit_usaha[{i}].akun.persediaan",
                           nilai=str(akun.get("persediaan")), sah=", ".join(PERSEDIAAN_SAH)))
    nama = str(u.get("nama") or katalog.get("nama") or kode)
    return {"kode": kode, "nama": nama, "jenis": jenis, "akun": akun}, galat


def pilih_program(kode: list[str]) -> list[dict]:
    """`koperasi init --unit`: the programme units named (kantor and simpan-pinjam always)."""
    hasil = []
    for k in dict.fromkeys(["kantor", "simpan-pinjam", *[str(x).strip().lower() for x in kode]]):
        if k not in PROGRAM:
            raise Galat("unit_program_tidak_ada", nilai=k, sah=", ".join(PROGRAM))
        hasil.append({"kode": k, "nama": PROGRAM[k]["nama"], "jenis": PROGRAM[k]["jenis"]})
    return hasil
