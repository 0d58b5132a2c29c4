"""Loans: accounts, entry kinds and the settings (products, classes, provision) read from the profile."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from koperasi_cli.core.galat import BUKU_RUSAK, Galat, GalatBanyak
from koperasi_cli.core.pinjaman import AturanDenda, DASAR_DENDA, JASA_PELUNASAN, KUNCI_KELAS, METODE, Produk
from koperasi_cli.core.profil import periksa_nilai
from koperasi_cli.ledger.buku import Buku


AKUN_PIUTANG = "1110"
AKUN_PPAP = "1111"
AKUN_JASA = "4201"
AKUN_ADMIN = "4202"
AKUN_DENDA = "4203"
AKUN_BEBAN_PPAP = "6109"
AKUN_SUKARELA = "2102"
AKUN_PIUTANG_JASA = "1112"
AKUN_TITIPAN = "2113"
PENGAKUAN = ("akrual", "kas")
BAYAR_DI_MUKA = ("pokok", "titipan")
UNIT = "simpan-pinjam"
TABEL = "pinjaman"
PER_BLOK = 100  # loans per block file: recording touches one block, never the whole history
JENIS = ("pinjaman-cair", "pinjaman-angsur", "pinjaman-lunas", "pinjaman-hapus", "pinjaman-pulih")
JENIS_AWAL = "saldo-awal"  # the opening entry; its data["pinjaman_awal"] lists the loans brought in
BOLEH_UBAH = ("bunga", "metode", "biaya_admin", "kelipatan")


# ---- settings ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Aturan:
    produk: dict[str, Produk]
    produk_bawaan: str
    batas: dict[str, int]  # upper day bound of lancar, kurang_lancar, diragukan
    ppap: dict[str, Decimal]  # percent per class key
    npl_sehat: Decimal
    akun_pemulihan: str
    akrual: bool = True  # pengakuan_jasa: akrual (False: kas)
    titipan: bool = False  # bayar_di_muka: titipan (False: pokok)


def _produk(i: int, d, bagan) -> tuple[Produk | None, list[Galat]]:
    k = f"pengaturan.pinjaman.produk[{i}]"
    if not isinstance(d, dict):
        return None, [Galat("profil_kunci_jenis", kunci=k, harap="peta {kode, nama, bunga, metode, ...}")]
    galat: list[Galat] = []

    def nilai(kunci, jenis, bawaan=None, wajib=False):
        if kunci not in d or d[kunci] is None:
            if wajib:
                galat.append(Galat("profil_kunci_wajib", kunci=f"{k}.{kunci}"))
            return bawaan
        try:
            return periksa_nilai(f"{k}.{kunci}", d[kunci], jenis, bagan)
        except Galat as g:
            galat.append(g)
            return bawaan

    def pilihan(kunci, sah, bawaan, sumber=d, awalan=k):
        v = sumber.get(kunci, bawaan)
        if v not in sah:
            galat.append(Galat("pinjaman_profil_pilihan", kunci=f"{awalan}.{kunci}", nilai=str(v), sah=", ".join(sah)))
            return bawaan
        return v

    kode = nilai("kode", "teks", wajib=True)
    bunga = nilai("bunga", "persen", Decimal(0), wajib=True)
    metode = pilihan("metode", METODE, "flat")
    if "metode" not in d:
        galat.append(Galat("profil_kunci_wajib", kunci=f"{k}.metode"))
    tenor = nilai("tenor_maks", "bulat", 1, wajib=True)
    jumlah = nilai("jumlah_maks", "rupiah", 0, wajib=True)
    admin = nilai("biaya_admin", "persen", Decimal(1))
    kelipatan = nilai("kelipatan", "bulat", 1)
    if kelipatan is not None and kelipatan < 1:
        galat.append(Galat("profil_kunci_jenis", kunci=f"{k}.kelipatan", harap="bilangan bulat >= 1"))
        kelipatan = 1
    denda_raw = d.get("denda") or {}
    if not isinstance(denda_raw, dict):
        galat.append(Galat("profil_kunci_jenis", kunci=f"{k}.denda", harap="peta {dasar, tarif, tenggang}"))
        denda_raw = {}
    kd = f"{k}.denda"
    dasar = pilihan("dasar", DASAR_DENDA, "tidak", denda_raw, kd)
    try:
        tarif = periksa_nilai(f"{kd}.tarif", denda_raw.get("tarif", 0), "persen")
        tenggang = periksa_nilai(f"{kd}.tenggang", denda_raw.get("tenggang", 0), "bulat")
    except Galat as g:
        galat.append(g)
        tarif, tenggang = Decimal(0), 0
    jasa_lunas = pilihan("jasa_pelunasan", JASA_PELUNASAN, "bulan-berjalan")
    ubah = d.get("boleh_ubah") or []
    if not isinstance(ubah, list) or any(u not in BOLEH_UBAH for u in ubah):
        galat.append(Galat("pinjaman_profil_pilihan", kunci=f"{k}.boleh_ubah", nilai=str(ubah), sah=", ".join(BOLEH_UBAH)))
        ubah = []
    if galat:
        return None, galat
    return Produk(
        kode=str(kode), nama=str(d.get("nama") or kode), bunga=bunga, metode=metode, tenor_maks=tenor,
        jumlah_maks=jumlah, biaya_admin=admin, kelipatan=kelipatan,
        denda=AturanDenda(dasar, tarif, tenggang), jasa_pelunasan=jasa_lunas, boleh_ubah=frozenset(ubah),
    ), []


def aturan(buku: Buku) -> Aturan:
    """The loan settings of koperasi.yaml, checked; every problem is named at once."""
    ada = buku.__dict__.get("aturan_pinjaman")  # read once per unit of work
    if ada is not None:
        return ada
    p = buku.profil
    galat: list[Galat] = []
    raw = p.pengaturan.get("pinjaman")
    if not isinstance(raw, dict):
        raise GalatBanyak("profil_tidak_sah", [Galat("profil_kunci_jenis", kunci="pengaturan.pinjaman", harap="peta")],
                          keluar=BUKU_RUSAK)
    produk: dict[str, Produk] = {}
    daftar = raw.get("produk") or []
    if not isinstance(daftar, list):
        galat.append(Galat("profil_kunci_jenis", kunci="pengaturan.pinjaman.produk", harap="daftar produk"))
        daftar = []
    for i, d in enumerate(daftar):
        pr, g = _produk(i, d, buku.bagan)
        galat += g
        if pr is not None:
            if pr.kode in produk:
                galat.append(Galat("pinjaman_produk_ganda", kunci=f"pengaturan.pinjaman.produk[{i}].kode", nilai=pr.kode))
            produk[pr.kode] = pr
    bawaan = str(raw.get("produk_bawaan") or "")
    milik = ((p.mentah.get("pengaturan") or {}).get("pinjaman") or {}) if isinstance(p.mentah, dict) else {}
    if bawaan not in produk:
        if isinstance(milik, dict) and milik.get("produk_bawaan") and produk:
            galat.append(Galat("pinjaman_profil_pilihan", kunci="pengaturan.pinjaman.produk_bawaan",
                               nilai=bawaan, sah=", ".join(produk)))
        # a product list of one's own without produk_bawaan: its first product
        bawaan = next(iter(produk), "")
    batas: dict[str, int] = {}
    kol = raw.get("kolektibilitas") or {}
    for kunci in ("lancar", "kurang_lancar", "diragukan"):
        try:
            batas[kunci] = periksa_nilai(f"pengaturan.pinjaman.kolektibilitas.{kunci}", kol.get(kunci) if isinstance(kol, dict) else None, "bulat")
        except Galat as g:
            galat.append(g)
    if len(batas) == 3 and not batas["lancar"] < batas["kurang_lancar"] < batas["diragukan"]:
        galat.append(Galat("pinjaman_batas_naik", kunci="pengaturan.pinjaman.kolektibilitas"))
    tarif: dict[str, Decimal] = {}
    pp = raw.get("ppap") or {}
    for kunci in KUNCI_KELAS.values():
        try:
            tarif[kunci] = periksa_nilai(f"pengaturan.pinjaman.ppap.{kunci}", pp.get(kunci) if isinstance(pp, dict) else None, "persen")
        except Galat as g:
            galat.append(g)
    npl = Decimal(5)
    akun_pulih = "4402"
    try:
        npl = periksa_nilai("pengaturan.pinjaman.npl_sehat", raw.get("npl_sehat", "5"), "persen")
        akun_pulih = periksa_nilai("pengaturan.pinjaman.akun_pemulihan", raw.get("akun_pemulihan", "4402"), "akun", buku.bagan)
    except Galat as g:
        galat.append(g)
    pengakuan = str(raw.get("pengakuan_jasa", "akrual")).strip().lower()
    if pengakuan not in PENGAKUAN:
        galat.append(Galat("pinjaman_pengakuan_tidak_sah", nilai=pengakuan))
    di_muka = str(raw.get("bayar_di_muka", "pokok")).strip().lower()
    if di_muka not in BAYAR_DI_MUKA:
        galat.append(Galat("pinjaman_bayar_di_muka_tidak_sah", nilai=di_muka))
    if galat:
        raise GalatBanyak("profil_tidak_sah", galat, keluar=BUKU_RUSAK)
    hasil = Aturan(produk, bawaan, batas, tarif, npl, akun_pulih, pengakuan == "akrual", di_muka == "titipan")
    buku.__dict__["aturan_pinjaman"] = hasil
    return hasil


def pilih_produk(a: Aturan, kode: str | None) -> Produk | None:
    if kode is None:
        return a.produk.get(a.produk_bawaan)
    if kode not in a.produk:
        raise Galat("pinjaman_produk_tidak_ada", nilai=kode, sah=", ".join(a.produk) or "-")
    return a.produk[kode]


