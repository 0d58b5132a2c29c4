"""Sales (cash or on a member's credit) and the LPG buyers' log they write."""

from __future__ import annotations

from datetime import date

from koperasi_cli.core import sembako as inti
from koperasi_cli.core.galat import Galat, PEMAKAIAN
from koperasi_cli.core.jurnal import Entri, debit, kredit
from koperasi_cli.core.tanggal import Bulan
from koperasi_cli.ledger.buku import Buku
from koperasi_cli.layanan.sembako.barang import akun_barang, ambil_barang, cek_unit_barang, semua_barang
from koperasi_cli.layanan.sembako.jenis import JENIS_JUAL
from koperasi_cli.layanan.sembako.persediaan import _akun_kas, cek_biaya_sesudah, cek_sesudah, posisi_pada, _simpan_cache_stok
from koperasi_cli.layanan import anggota as lay_anggota
from koperasi_cli.layanan import batch as lay_batch


# ---- sales --------------------------------------------------------------------------------------
def jual(
    buku: Buku, baris: list[inti.BarisInput], *, tanggal: date, anggota: str | None = None, kredit_: bool = False,
    harga: int | None = None, nik: str | None = None, kategori_pembeli: str | None = None, kas: str | None = None,
    unit: str | None = None, bukti: str | None = None, ket: str | None = None,
) -> dict:
    """One receipt of one or more lines, cash or on a member's account.

    Each line's price: the line's own (`KODE:QTY:HARGA`), else `--harga` (one-line receipts), else
    the member price for a member when the item has one, else the selling price on that date;
    refused above the item's HET on that date. Cost of goods at moving-average cost (core)."""
    if not baris:
        raise Galat("jual_tanpa_baris", keluar=PEMAKAIAN)
    if harga is not None and len(baris) > 1:
        raise Galat("harga_satu_baris", keluar=PEMAKAIAN)
    if kredit_ and not anggota:
        raise Galat("kredit_tanpa_anggota")
    a = None
    if anggota:
        a = lay_anggota.wajib_aktif(buku, anggota)
    semua = semua_barang(buku)
    barang = [ambil_barang(buku, b.kode, semua) for b in baris]
    unit = cek_unit_barang(buku, barang, unit)  # the items' goods unit unless given
    # Prices and the HET.
    detail = []
    for b, brg in zip(baris, barang, strict=True):
        hp = inti.harga_pada(brg, tanggal)
        h = b.harga if b.harga is not None else harga
        if h is None:
            h = hp["anggota"] if (a is not None and hp["anggota"]) else hp["jual"]
        het = inti.het_pada(brg, tanggal)
        if het is not None and h > het:
            raise Galat("harga_di_atas_het", barang=brg["kode"], nama=brg["nama"], harga=h, het=het, tanggal=tanggal.isoformat())
        detail.append({"kode": brg["kode"], "nama": brg["nama"], "kategori": brg["kategori"], "qty": b.qty,
                       "harga": h, "jumlah": h * b.qty, "akun": akun_barang(buku, brg)})
    # LPG: the buyer's NIK (a member's is on file) and category.
    lpg = any(d["kategori"] == "lpg" for d in detail)
    if lpg:
        nik_ = inti.validasi_nik(nik if nik is not None or a is None else a.get("nik"))
        kat_pembeli = inti.normal_kategori_pembeli(kategori_pembeli) if kategori_pembeli else None
        if kat_pembeli is None:
            raise Galat("lpg_tanpa_kategori", sah=", ".join(inti.KATEGORI_PEMBELI_LPG))
    # Stock (on the date and every later day) and cost: the moving average of the stock on the
    # sale's date (everything dated on or before it), never of purchases dated later.
    akhir, pada, sesudah = posisi_pada(buku, tanggal)
    semula = {d["kode"]: list(pada.get(d["kode"], [0, 0])) for d in detail}
    for d in detail:
        q, n = pada.get(d["kode"], [0, 0])
        if d["qty"] > q:
            raise Galat("stok_kurang", barang=d["kode"], nama=d["nama"], ada=max(q, 0), minta=d["qty"],
                        tanggal=tanggal.isoformat())
        hpp = inti.hpp_keluar(n, q, d["qty"])
        if hpp <= 0:
            raise Galat("stok_tanpa_nilai", barang=d["kode"], nama=d["nama"])
        d.update(hpp=hpp, stok_qty=q, stok_nilai=n)
        pada[d["kode"]] = [q - d["qty"], n - hpp]
        qa, na = akhir.get(d["kode"], [0, 0])
        akhir[d["kode"]] = [qa - d["qty"], na - hpp]
    if sesudah:
        for kode in semula:
            nama = next(d["nama"] for d in detail if d["kode"] == kode)
            cek_sesudah(kode, nama, pada[kode][0], sesudah)
            cek_biaya_sesudah(kode, nama, semula[kode], pada[kode], sesudah)
    rows_batch = lay_batch.fefo(buku, detail, semua, tanggal)  # batches: first-expiring first
    # The entry.
    no = a["no"] if a else None
    total = sum(d["jumlah"] for d in detail)
    postings = []
    if kredit_:
        postings.append(debit(inti.AKUN_PIUTANG, total, anggota=no))
    else:
        akun_kas = _akun_kas(buku, kas)
        postings.append(debit(akun_kas, total))
    pendapatan: dict[str, int] = {}
    beban: dict[str, int] = {}
    for d in detail:
        akun = d["akun"]
        k_pend = akun["anggota"] if a else akun["umum"]
        pendapatan[k_pend] = pendapatan.get(k_pend, 0) + d["jumlah"]
        beban[akun["hpp"]] = beban.get(akun["hpp"], 0) + d["hpp"]
    for k_pend, n in pendapatan.items():
        postings.append(kredit(k_pend, n, anggota=no))
    for k_hpp, n in beban.items():
        postings.append(debit(k_hpp, n))
    for d in detail:
        postings.append(kredit(d["akun"]["persediaan"], d["hpp"], barang=d["kode"], qty=-d["qty"]))
    teks = ket or ("Penjualan gerai" + (f" kepada anggota {no}" if no else ""))
    data = {
        "anggota": no, "kredit": kredit_,
        "baris": [{k: d[k] for k in ("kode", "kategori", "qty", "harga", "jumlah", "hpp", "stok_qty", "stok_nilai")}
                  for d in detail],
    }
    if lpg:
        data["lpg"] = {"kategori": kat_pembeli}
    if rows_batch:
        data["batch"] = rows_batch
    r = buku.catat(Entri(tanggal, tuple(postings), teks, JENIS_JUAL, unit, bukti, data=data))[0]
    lay_batch.simpan(buku, r)
    # `akhir` is now the position after this receipt too: stage it as the cache, rather than
    # recomputing it from the tag totals (a script may record thousands of receipts in one unit).
    _simpan_cache_stok(buku, akhir)
    if lpg:
        tabel = tabel_lpg(buku, Bulan.dari_tanggal(tanggal))
        tabel.insert_multiple(
            {"entri": r["id"], "tanggal": r["tanggal"], "nik": nik_, "kategori": kat_pembeli, "kode": d["kode"],
             "qty": d["qty"], "harga": d["harga"], "jumlah": d["jumlah"], "anggota": no}
            for d in detail if d["kategori"] == "lpg"
        )
    return {
        "entri": r["id"], "tanggal": r["tanggal"], "bukti": bukti, "anggota": no, "nama_anggota": a["nama"] if a else None,
        "kredit": kredit_, "baris": detail, "total": total, "hpp": sum(d["hpp"] for d in detail),
        "lpg": {"kategori": kat_pembeli, "nik": inti.samarkan_nik(nik_)} if lpg else None, "rekaman": r,
        "batch": rows_batch,
    }


# ---- the LPG buyers' log ------------------------------------------------------------------------
def tabel_lpg(buku: Buku, bulan: Bulan):
    return buku.tabel(f"lpg/{bulan}", "lpg")


