"""Loans: the postings' tags and accounts, the terms, simulating and disbursing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from koperasi_cli.core.galat import Galat
from koperasi_cli.core.jurnal import Baris, Entri
from koperasi_cli.core.pinjaman import AturanDenda, Keadaan, METODE, hitung_jadwal, jadwal_ke_data
from koperasi_cli.core.uang import bulatkan, parse_jumlah, parse_persen
from koperasi_cli.ledger.buku import Buku
from koperasi_cli.layanan.pinjaman.catatan import _simpan_doc, id_berikut, terapkan
from koperasi_cli.layanan.pinjaman.pengaturan import AKUN_ADMIN, AKUN_PIUTANG, AKUN_PPAP, Aturan, UNIT, aturan, pilih_produk
from koperasi_cli.layanan import anggota
from koperasi_cli.layanan.kas import akun_kas, cek_cukup


# ---- postings ----------------------------------------------------------------------------------
def _tag(doc_or_id, anggota: str | None = None) -> dict:
    if isinstance(doc_or_id, dict):
        return {"pinjaman": doc_or_id["id"], "anggota": doc_or_id["anggota"]}
    return {"pinjaman": doc_or_id, "anggota": anggota}


def _baris(akun: str, neto: int, tag: dict) -> list[Baris]:
    """A posting of signed amount `neto` (debit if positive); nothing for zero."""
    if neto > 0:
        return [Baris(akun, debit=neto, **tag)]
    if neto < 0:
        return [Baris(akun, kredit=-neto, **tag)]
    return []


def _akun_masuk(buku: Buku, kas: str | None, akun_bayar: str | None) -> str:
    """The account that receives a payment: cash (1101..1109) or, for library callers, another
    account (e.g. a member's savings set off against the loan)."""
    if akun_bayar is None:
        return akun_kas(buku, kas)
    a = buku.bagan.cari(akun_bayar).kode
    if a in (AKUN_PIUTANG, AKUN_PPAP):
        raise Galat("akun_kontrol", akun=a)
    return a


def parse_biaya_admin(teks: str | None):
    """`--biaya-admin`: a rupiah amount (`50rb`, `0`) or a percent of the principal (`1%`)."""
    if teks is None:
        return None
    s = str(teks).strip()
    if s.endswith("%"):
        return ("persen", parse_persen(s))
    return ("rupiah", parse_jumlah(s, boleh_nol=True))


@dataclass(frozen=True)
class Syarat:
    """The terms of one loan: the product's, with the overrides it allows."""

    produk: str | None
    bunga: Decimal
    metode: str
    tenor: int
    kelipatan: int
    denda: AturanDenda
    jasa_pelunasan: str
    admin_persen: Decimal | None
    admin_rupiah: int | None


def syarat(a: Aturan | None, jumlah: int, tenor: int, *, produk: str | None = None, bunga=None, metode=None,
           biaya_admin=None, kelipatan=None, bebas: bool = False) -> Syarat:
    """Resolve the terms; refuse an override the product does not allow or a breach of its limits
    (`bebas`, for a simulation: any override, no limits)."""
    pr = pilih_produk(a, produk) if a is not None else None
    if bunga is not None and not isinstance(bunga, Decimal):
        bunga = parse_persen(bunga)
    if metode is not None:
        metode = str(metode).strip().lower()
        if metode not in METODE:
            raise Galat("pinjaman_metode_tidak_sah", nilai=metode, sah=", ".join(METODE))
    from koperasi_cli.core.pinjaman import MAKS_BUNGA_BULAN, MAKS_TENOR

    if isinstance(tenor, bool) or not isinstance(tenor, int) or not 1 <= tenor <= MAKS_TENOR:
        raise Galat("pinjaman_tenor_batas", nilai=str(tenor)[:40], maks=MAKS_TENOR)
    if bunga is not None and bunga > MAKS_BUNGA_BULAN:
        raise Galat("pinjaman_bunga_batas", bunga=f"{bunga:f}"[:40], maks=MAKS_BUNGA_BULAN)
    if kelipatan is not None and (not isinstance(kelipatan, int) or kelipatan < 1):
        raise Galat("pinjaman_kelipatan_tidak_sah", nilai=str(kelipatan))
    admin = parse_biaya_admin(biaya_admin) if isinstance(biaya_admin, str) else biaya_admin
    if pr is None:
        if bunga is None or metode is None:
            raise Galat("pinjaman_perlu_bunga_metode")
        return Syarat(None, bunga, metode, tenor, kelipatan or 1, AturanDenda(), "bulan-berjalan",
                      admin[1] if admin and admin[0] == "persen" else (None if admin else Decimal(1)),
                      admin[1] if admin and admin[0] == "rupiah" else None)
    ubah = {"bunga": (bunga, pr.bunga), "metode": (metode, pr.metode), "kelipatan": (kelipatan, pr.kelipatan)}
    for nama, (baru, lama) in ubah.items():
        if baru is not None and baru != lama and nama not in pr.boleh_ubah and not bebas:
            raise Galat("pinjaman_produk_tetap", produk=pr.kode, opsi="--" + nama.replace("_", "-"))
    if admin is not None and "biaya_admin" not in pr.boleh_ubah and admin != ("persen", pr.biaya_admin) and not bebas:
        raise Galat("pinjaman_produk_tetap", produk=pr.kode, opsi="--biaya-admin")
    if not bebas:
        if tenor > pr.tenor_maks:
            raise Galat("pinjaman_tenor_maks", tenor=tenor, maks=pr.tenor_maks, produk=pr.kode)
        if jumlah > pr.jumlah_maks:
            raise Galat("pinjaman_jumlah_maks", jumlah=jumlah, maks=pr.jumlah_maks, produk=pr.kode)
    return Syarat(
        pr.kode, bunga if bunga is not None else pr.bunga, metode or pr.metode, tenor,
        kelipatan or pr.kelipatan, pr.denda, pr.jasa_pelunasan,
        admin[1] if admin and admin[0] == "persen" else (None if admin else pr.biaya_admin),
        admin[1] if admin and admin[0] == "rupiah" else None,
    )


def _biaya_admin(s: Syarat, jumlah: int) -> int:
    if s.admin_rupiah is not None:
        return s.admin_rupiah
    return bulatkan(Decimal(jumlah) * (s.admin_persen or 0) / 100)


def baris_jadwal(jadwal, keadaan: Keadaan | None = None) -> list[dict]:
    """Schedule rows in the docs/kontrak.md JSON shape."""
    hasil = []
    sisa = sum(p for _, p, _ in jadwal)
    for i, (t, p, j) in enumerate(jadwal):
        sisa -= p
        c = keadaan.cicilan[i] if keadaan else None
        hasil.append({"ke": i + 1, "jatuh_tempo": t, "pokok": p, "jasa": j, "jumlah": p + j,
                      "sisa_pokok": sisa, "dibayar": c.dibayar if c else 0})
    return hasil


# ---- simulate and disburse ---------------------------------------------------------------------
def simulasi(buku: Buku | None, jumlah: int, tenor: int, *, tanggal: date, produk: str | None = None,
             bunga=None, metode=None, kelipatan: int | None = None) -> dict:
    """The schedule a loan would have; writes nothing. Works without books given rate and method."""
    a = aturan(buku) if buku is not None else None
    s = syarat(a, jumlah, tenor, produk=produk, bunga=bunga, metode=metode, kelipatan=kelipatan, bebas=True)
    jadwal = jadwal_ke_data(hitung_jadwal(jumlah, s.bunga, tenor, s.metode, tanggal, s.kelipatan))
    return {"pinjaman": None, "angsuran": baris_jadwal(jadwal)}


def cair(buku: Buku, no: str, jumlah: int, *, tenor: int, tanggal: date, produk: str | None = None,
         bunga=None, metode=None, biaya_admin=None, kelipatan: int | None = None, penjamin: str | None = None,
         kas: str | None = None, unit: str | None = None, bukti: str | None = None, ket: str | None = None) -> dict:
    """Disburse a loan to an active member: principal out of cash, admin fee to income."""
    a = aturan(buku)
    m = anggota.wajib_aktif(buku, no)
    pj = None
    if penjamin is not None:
        g = anggota.wajib_aktif(buku, penjamin)
        if g["no"] == m["no"]:
            raise Galat("pinjaman_penjamin_diri", no=m["no"])
        pj = g["no"]
    s = syarat(a, jumlah, tenor, produk=produk, bunga=bunga, metode=metode, biaya_admin=biaya_admin, kelipatan=kelipatan)
    admin = _biaya_admin(s, jumlah)
    if admin >= jumlah:
        raise Galat("pinjaman_admin_terlalu_besar", admin=admin, jumlah=jumlah)
    jadwal = hitung_jadwal(jumlah, s.bunga, tenor, s.metode, tanggal, s.kelipatan)
    if any(b.pokok < 0 for b in jadwal):
        raise Galat("pinjaman_terlalu_kecil", jumlah=jumlah, tenor=tenor)
    k = akun_kas(buku, kas)
    keluar = jumlah - admin
    cek_cukup(buku, k, keluar, tanggal)
    id_ = id_berikut(buku)
    tag = _tag(id_, m["no"])
    baris = [Baris(AKUN_PIUTANG, debit=jumlah, **tag), Baris(k, kredit=keluar, **tag)]
    if admin:
        baris.append(Baris(AKUN_ADMIN, kredit=admin, **tag))
    data = {
        "pinjaman": id_, "anggota": m["no"], "penjamin": pj, "produk": s.produk, "pokok": jumlah,
        "bunga": str(s.bunga), "metode": s.metode, "tenor": tenor, "kelipatan": s.kelipatan, "biaya_admin": admin,
        "denda": s.denda.ke_data(), "jasa_pelunasan": s.jasa_pelunasan, "jadwal": jadwal_ke_data(jadwal),
    }
    e = Entri(tanggal, tuple(baris), ket or f"Pencairan pinjaman {id_} anggota {m['no']} {m['nama']}",
              "pinjaman-cair", unit or UNIT, bukti, data=data)
    r = buku.catat(e)[0]
    doc = terapkan(None, r)
    _simpan_doc(buku, doc)
    return {
        "pinjaman": id_, "entri": r["id"], "tanggal": r["tanggal"], "anggota": m["no"], "nama": m["nama"],
        "penjamin": pj, "produk": s.produk, "pokok": jumlah, "bunga": str(s.bunga), "metode": s.metode,
        "tenor": tenor, "biaya_admin": admin, "diterima": keluar, "akun_kas": k,
        "angsuran": baris_jadwal(data["jadwal"]),
    }


