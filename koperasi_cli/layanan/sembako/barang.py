"""The outlet's items (master data): add, change, their accounts and unit."""

from __future__ import annotations

from datetime import date

from koperasi_cli.core import sembako as inti
from koperasi_cli.core.galat import Galat
from koperasi_cli.ledger.buku import Buku


# ---- items ------------------------------------------------------------------------------------
def _tabel_barang(buku: Buku):
    return buku.tabel("barang")


def semua_barang(buku: Buku) -> dict[str, dict]:
    """{code: item document} of every item, by code."""
    return {d["kode"]: dict(d) for d in _tabel_barang(buku).all()}


def ambil_barang(buku: Buku, kode: str, semua: dict | None = None) -> dict:
    k = inti.normal_kode(kode)
    barang = (semua if semua is not None else semua_barang(buku)).get(k)
    if barang is None:
        raise Galat("barang_tidak_ada", barang=k)
    return barang


def akun_barang(buku: Buku, brg: dict) -> dict:
    """An item's accounts: LPG's own, else those of the goods unit it belongs to (profile), else
    the outlet's (core AKUN)."""
    info = buku.profil.unit_info.get(brg.get("unit") or "")
    if brg["kategori"] == "lpg" or not info or info["jenis"] != "barang":
        return inti.AKUN[brg["kategori"]]
    a = info["akun"]
    return {"persediaan": a["persediaan"], "anggota": a["penjualan_anggota"], "umum": a["penjualan_umum"], "hpp": a["hpp"]}


def cek_unit_barang(buku: Buku, barang: list[dict], unit: str | None) -> str:
    """The entry's unit: `unit`, else the items' unit (sembako for older items); items of
    another goods unit are refused (their accounts belong to that unit)."""
    milik = {b.get("unit") or "sembako" for b in barang}
    u = unit or (milik.pop() if len(milik) == 1 else "sembako")
    if u not in buku.profil.unit:
        raise Galat("unit_tidak_ada", nilai=u, sah=", ".join(buku.profil.unit))
    if buku.profil.unit_info.get(u, {}).get("jenis") == "barang":
        for b in barang:
            if (b.get("unit") or "sembako") != u and b.get("unit"):
                raise Galat("barang_unit_lain", barang=b["kode"], unit_barang=b["unit"], unit=u)
    return u


def _tanggal_berlaku(buku: Buku, berlaku: date | None, bawaan: date) -> str:
    d = berlaku or bawaan
    if d < buku.profil.mulai:
        d = buku.profil.mulai
    return d.isoformat()


def _cek_teks_barang(nama: str | None, satuan: str | None) -> None:
    """An item's name and unit: text checked by `core.masukan.periksa_teks`."""
    from koperasi_cli.core.masukan import MAKS_BUKTI, MAKS_NAMA, periksa_teks

    periksa_teks(nama, medan="nama", maks=MAKS_NAMA)
    periksa_teks(satuan, medan="satuan", maks=MAKS_BUKTI)


def tambah_barang(
    buku: Buku, *, kode: str, nama: str, satuan: str, harga_jual: int, kategori: str | None = None,
    harga_anggota: int | None = None, het: int | None = None, tanpa_het: bool = False,
    berlaku: date | None = None, unit: str | None = None, kedaluwarsa: bool = False,
) -> dict:
    """Register an item. Its first price (and HET) apply from `berlaku`, by default the first day of
    the books. An LPG item without --het takes the profile's `sembako.het_lpg`."""
    k = inti.normal_kode(kode)
    kat = inti.normal_kategori(kategori)
    if not (nama or "").strip():
        raise Galat("barang_tanpa_nama")
    if not (satuan or "").strip():
        raise Galat("barang_tanpa_satuan")
    _cek_teks_barang(nama, satuan)
    if k in semua_barang(buku):
        raise Galat("barang_sudah_ada", barang=k)
    if unit is not None:
        if unit not in buku.profil.unit or buku.profil.unit_info[unit]["jenis"] != "barang":
            raise Galat("unit_bukan_jenis", unit=unit, jenis="barang", sah=", ".join(buku.profil.unit_jenis("barang")) or "-")
    mulai = _tanggal_berlaku(buku, berlaku, buku.profil.mulai)
    if het is None and kat == "lpg" and not tanpa_het:
        het = buku.profil.atur("sembako.het_lpg", "rupiah") or None
    doc = {
        "kode": k, "nama": nama.strip(), "satuan": satuan.strip(), "kategori": kat,
        "harga": [{"mulai": mulai, "jual": harga_jual, "anggota": harga_anggota}],
        "het": [] if (het is None or tanpa_het) else [{"mulai": mulai, "het": het}],
        "dibuat": buku.sekarang(), "riwayat": [],
    }
    if unit is not None and unit != "sembako":
        doc["unit"] = unit
    if kedaluwarsa:
        doc["kedaluwarsa"] = True
    galat = inti.cek_harga_het(doc)
    if galat:
        raise galat[0]
    _tabel_barang(buku).insert(doc)
    return ringkas_barang(doc, date.fromisoformat(mulai))


def ubah_barang(
    buku: Buku, kode: str, *, nama: str | None = None, satuan: str | None = None, kategori: str | None = None,
    harga_jual: int | None = None, harga_anggota: int | None = None, tanpa_harga_anggota: bool = False,
    het: int | None = None, tanpa_het: bool = False, berlaku: date | None = None,
) -> dict:
    """Change an item. Prices and HET change from `berlaku` (default today); past sales keep the
    price they were sold at. Every change is logged with its old and new value."""
    from tinydb import Query

    semua = semua_barang(buku)
    lama = ambil_barang(buku, kode, semua)
    baru = {k: (list(v) if isinstance(v, list) else v) for k, v in lama.items()}
    mulai = _tanggal_berlaku(buku, berlaku, buku.hari_ini())
    d_mulai = date.fromisoformat(mulai)
    _cek_teks_barang(nama, satuan)
    if nama is not None:
        if not nama.strip():
            raise Galat("barang_tanpa_nama")
        baru["nama"] = nama.strip()
    if satuan is not None:
        if not satuan.strip():
            raise Galat("barang_tanpa_satuan")
        baru["satuan"] = satuan.strip()
    if kategori is not None:
        kat = inti.normal_kategori(kategori)
        if kat != lama["kategori"]:
            if inti.AKUN[kat]["persediaan"] != inti.AKUN[lama["kategori"]]["persediaan"] and \
                    buku.saldo_tag("barang", lama["kode"]):
                raise Galat("kategori_sudah_bergerak", barang=lama["kode"])
            baru["kategori"] = kat
    if harga_jual is not None or harga_anggota is not None or tanpa_harga_anggota:
        kini = inti.harga_pada(lama, d_mulai)
        catatan = {
            "mulai": mulai,
            "jual": harga_jual if harga_jual is not None else kini["jual"],
            "anggota": None if tanpa_harga_anggota else (harga_anggota if harga_anggota is not None else kini["anggota"]),
        }
        baru["harga"] = inti.sisipkan(lama.get("harga") or [], catatan)
    if het is not None or tanpa_het:
        baru["het"] = inti.sisipkan(lama.get("het") or [], {"mulai": mulai, "het": None if tanpa_het else het})
    galat = inti.cek_harga_het(baru)
    if galat:
        raise galat[0]
    perubahan = []
    waktu = buku.sekarang()
    for bidang in ("nama", "satuan", "kategori", "harga", "het"):
        if baru.get(bidang) != lama.get(bidang):
            perubahan.append({"waktu": waktu, "bidang": bidang, "lama": lama.get(bidang), "baru": baru.get(bidang)})
    if not perubahan:
        raise Galat("barang_tanpa_perubahan", barang=lama["kode"])
    baru["riwayat"] = list(lama.get("riwayat") or []) + perubahan
    _tabel_barang(buku).update({k: v for k, v in baru.items() if k != "kode"}, Query().kode == lama["kode"])
    hasil = ringkas_barang(baru, d_mulai)
    hasil["perubahan"] = [p["bidang"] for p in perubahan]
    return hasil


def ringkas_barang(b: dict, tanggal: date) -> dict:
    h = inti.harga_pada(b, tanggal)
    hasil = {
        "kode": b["kode"], "nama": b["nama"], "satuan": b["satuan"], "kategori": b["kategori"],
        "harga_jual": h["jual"], "harga_anggota": h["anggota"], "het": inti.het_pada(b, tanggal),
    }
    if b.get("unit"):  # an item of another goods unit (toko, apotek)
        hasil["unit"] = b["unit"]
    if b.get("kedaluwarsa"):  # bought and sold by batch
        hasil["kedaluwarsa"] = True
    return hasil
