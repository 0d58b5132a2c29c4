"""Purchases from suppliers and paying them."""

from __future__ import annotations

from datetime import date

from koperasi_cli.core import sembako as inti
from koperasi_cli.core.galat import Galat, PEMAKAIAN
from koperasi_cli.core.jurnal import Entri, debit, kredit
from koperasi_cli.ledger.buku import Buku
from koperasi_cli.layanan.sembako.barang import akun_barang, ambil_barang, cek_unit_barang, semua_barang
from koperasi_cli.layanan.sembako.jenis import JENIS_BAYAR_PEMASOK, JENIS_BELI
from koperasi_cli.layanan.sembako.pemasok import cari_pemasok, catat_utang, daftarkan_pemasok, utang_pemasok
from koperasi_cli.layanan.sembako.persediaan import _akun_kas, cek_biaya_sesudah, posisi_pada, posisi_terkini
from koperasi_cli.layanan.kas import cek_cukup
from koperasi_cli.layanan import batch as lay_batch


# ---- purchases -----------------------------------------------------------------------------
def beli(
    buku: Buku, baris: list[inti.BarisInput], *, tanggal: date, pemasok: str | None = None, kredit_: bool = False,
    kas: str | None = None, unit: str | None = None, bukti: str | None = None, ket: str | None = None,
    batch: str | None = None, kedaluwarsa: date | None = None,
) -> dict:
    """Stock in at cost: one receipt, one or more lines `KODE:QTY:HARGA_SATUAN`, cash or on credit."""
    if not baris:
        raise Galat("beli_tanpa_baris", keluar=PEMAKAIAN)
    if kredit_ and not pemasok:
        raise Galat("kredit_tanpa_pemasok")
    semua = semua_barang(buku)
    unit = cek_unit_barang(buku, [ambil_barang(buku, b.kode, semua) for b in baris], unit)
    pos: list = []
    detail = []
    for b in baris:
        brg = ambil_barang(buku, b.kode, semua)
        jumlah = b.qty * b.harga
        akun = akun_barang(buku, brg)["persediaan"]
        pos.append(debit(akun, jumlah, barang=brg["kode"], qty=b.qty))
        detail.append({"kode": brg["kode"], "nama": brg["nama"], "qty": b.qty, "harga": b.harga, "jumlah": jumlah})
    total = sum(d["jumlah"] for d in detail)
    # A back-dated purchase changes the average of every later day: refused when a later
    # outflow already recorded would get another cost (core/sembako.py).
    _akhir, pada, sesudah = posisi_pada(buku, tanggal)
    if sesudah:
        for kode in dict.fromkeys(d["kode"] for d in detail):
            masuk = [sum(d["qty"] for d in detail if d["kode"] == kode), sum(d["jumlah"] for d in detail if d["kode"] == kode)]
            tanpa = pada.get(kode, [0, 0])
            nama = next(d["nama"] for d in detail if d["kode"] == kode)
            cek_biaya_sesudah(kode, nama, tanpa, [tanpa[0] + masuk[0], tanpa[1] + masuk[1]], sesudah)
    if kredit_:
        pos.append(kredit(inti.AKUN_UTANG, total))
        akun_bayar = inti.AKUN_UTANG
    else:
        akun_bayar = _akun_kas(buku, kas)
        cek_cukup(buku, akun_bayar, total, tanggal)
        pos.append(kredit(akun_bayar, total))
    p = cari_pemasok(buku, pemasok, buat=True) if pemasok else None
    teks = ket or ("Pembelian barang" + (f" dari {p['nama']}" if p else ""))
    data = {"pemasok": p["kode"] if p else None, "kredit": kredit_,
            "baris": [{k: d[k] for k in ("kode", "qty", "harga", "jumlah")} for d in detail]}
    rows_batch = lay_batch.baris_beli(detail, semua, batch, kedaluwarsa)
    if rows_batch:
        data["batch"] = rows_batch
    r = buku.catat(Entri(tanggal, tuple(pos), teks, JENIS_BELI, unit, bukti, data=data))[0]
    lay_batch.simpan(buku, r)
    if p:
        daftarkan_pemasok(buku, p)  # a new supplier is registered only once the purchase is posted
    posisi_terkini(buku)
    if kredit_:
        catat_utang(buku, r["id"], tanggal, p["kode"], total)
    return {"entri": r["id"], "tanggal": r["tanggal"], "pemasok": p, "kredit": kredit_, "akun_bayar": akun_bayar,
            "baris": detail, "total": total, "rekaman": r}


def bayar_pemasok(
    buku: Buku, pemasok: str, jumlah: int, *, tanggal: date, kas: str | None = None, unit: str = "sembako",
    bukti: str | None = None, ket: str | None = None,
) -> dict:
    p = cari_pemasok(buku, pemasok)
    utang = utang_pemasok(buku).get(p["kode"], 0)
    if jumlah > utang:
        raise Galat("bayar_melebihi_utang", nama=p["nama"], utang=utang, jumlah=jumlah)
    k = _akun_kas(buku, kas)
    cek_cukup(buku, k, jumlah, tanggal)
    e = Entri(tanggal, (debit(inti.AKUN_UTANG, jumlah), kredit(k, jumlah)), ket or f"Bayar utang kepada {p['nama']}",
              JENIS_BAYAR_PEMASOK, unit, bukti, data={"pemasok": p["kode"]})
    r = buku.catat(e)[0]
    catat_utang(buku, r["id"], tanggal, p["kode"], -jumlah)
    return {"entri": r["id"], "tanggal": r["tanggal"], "pemasok": p, "jumlah": jumlah, "sisa_utang": utang - jumlah,
            "rekaman": r}


