"""The outlet's listings as data: items, suppliers, receivables, stock, stock card, LPG log, sales."""

from __future__ import annotations

from datetime import date, timedelta

from koperasi_cli.core import sembako as inti
from koperasi_cli.core.tanggal import Bulan, Periode
from koperasi_cli.ledger.buku import Buku
from koperasi_cli.layanan.sembako.barang import ambil_barang, ringkas_barang, semua_barang
from koperasi_cli.layanan.sembako.jenis import JENIS_JUAL
from koperasi_cli.layanan.sembako.pemasok import tabel_pemasok, utang_pemasok
from koperasi_cli.layanan.sembako.penjualan import tabel_lpg
from koperasi_cli.layanan.sembako.persediaan import posisi_pada, gerak_persediaan, posisi
from koperasi_cli.layanan.sembako.piutang import piutang_anggota


def daftar_barang(buku: Buku, tanggal: date, kategori: str | None = None) -> dict:
    kat = inti.normal_kategori(kategori) if kategori else None
    baris = [ringkas_barang(b, tanggal) for k, b in sorted(semua_barang(buku).items())
             if kat is None or b["kategori"] == kat]
    return {"per": tanggal.isoformat(), "barang": baris}


def daftar_pemasok(buku: Buku) -> dict:
    utang = utang_pemasok(buku)
    baris = [{"kode": p["kode"], "nama": p["nama"], "utang": utang.get(p["kode"], 0)}
             for p in sorted(tabel_pemasok(buku).all(), key=lambda p: p["kode"])]
    return {"pemasok": baris, "total_utang": sum(b["utang"] for b in baris)}


def daftar_piutang(buku: Buku) -> dict:
    nama = {a["no"]: a.get("nama") for a in buku.tabel("anggota").all()}
    baris = [{"no": n, "nama": nama.get(n), "piutang": v} for n, v in sorted(piutang_anggota(buku).items())]
    return {"piutang": baris, "total_piutang": sum(b["piutang"] for b in baris)}


# ---- stock list and stock card ------------------------------------------------------------------
def stok(buku: Buku, per: date) -> dict:
    """Quantity, average cost and value per item on a date (JSON shape of docs/kontrak.md)."""
    semua = semua_barang(buku)
    bulan = buku.bulan_ada()
    if not bulan or Bulan.dari_tanggal(per) >= bulan[-1]:
        pos = posisi_pada(buku, per)[1]  # the cache less the entries dated after `per`
    else:
        pos = posisi(buku, per)  # the per-month totals up to `per`
    from koperasi_cli.layanan.batch import batch_stok

    per_batch = batch_stok(buku, per)
    baris = []
    for kode in sorted(set(semua) | set(pos)):
        q, n = pos.get(kode, [0, 0])
        baris.append({"kode": kode, "nama": semua.get(kode, {}).get("nama", "?"), "qty": q,
                      "hpp_rata": inti.hpp_rata(n, q), "nilai": n})
        if semua.get(kode, {}).get("kedaluwarsa"):  # items kept by batch: [{batch, kedaluwarsa, qty}]
            baris[-1]["batch"] = per_batch.get(kode, [])
    return {"per": per.isoformat(), "barang": baris, "total_nilai": sum(b["nilai"] for b in baris)}


def kartu(buku: Buku, kode: str, periode: Periode | None = None) -> dict:
    """Every movement of one item with running quantity and value (from the period's start:
    the opening position from the per-month totals, then that period's entries only)."""
    brg = ambil_barang(buku, kode)
    k = brg["kode"]
    if periode is not None:
        awal = periode.awal
        q, n = posisi(buku, awal - timedelta(days=1), k).get(k, [0, 0])
        rek = buku.entri(periode.awal, periode.akhir)
    else:
        q = n = 0
        rek = buku.entri()
    awal_qty, awal_nilai = q, n
    gerak = []
    for r in rek:
        dq = dn = 0
        ada = False
        for kode_, _akun, nilai, qty in gerak_persediaan(r):
            if kode_ == k:
                ada = True
                dq += qty
                dn += nilai
        if not ada:
            continue
        q += dq
        n += dn
        gerak.append({
            "tanggal": r["tanggal"], "entri": r["id"], "jenis": r["jenis"], "ket": r["ket"],
            "masuk": max(dq, 0), "keluar": max(-dq, 0), "nilai_masuk": max(dn, 0), "nilai_keluar": max(-dn, 0),
            "saldo_qty": q, "saldo_nilai": n, "hpp_rata": inti.hpp_rata(n, q),
        })
    return {
        "kode": k, "nama": brg["nama"], "satuan": brg["satuan"], "periode": periode.label if periode else None,
        "awal": {"qty": awal_qty, "nilai": awal_nilai}, "gerak": gerak, "akhir": {"qty": q, "nilai": n},
    }


def _bulan_dalam(periode: Periode):
    b = Bulan.dari_tanggal(periode.awal)
    while b.awal <= periode.akhir:
        yield b
        b = b.berikut()


def log_lpg(buku: Buku, periode: Periode, *, tampilkan_nik: bool = False) -> dict:
    """Every LPG line sold in the period (reversed sales left out): date, NIK (masked unless
    asked), buyer category, quantity, price."""
    batal = buku.kepala["batal"]
    baris = []
    for b in _bulan_dalam(periode):
        for row in tabel_lpg(buku, b).all():
            if row["entri"] in batal or not (periode.awal.isoformat() <= row["tanggal"] <= periode.akhir.isoformat()):
                continue
            baris.append({
                "tanggal": row["tanggal"], "entri": row["entri"],
                "nik": row["nik"] if tampilkan_nik else inti.samarkan_nik(row["nik"]),
                "kategori": row["kategori"], "kode": row["kode"], "qty": row["qty"], "harga": row["harga"],
                "jumlah": row["jumlah"],
            })
    baris.sort(key=lambda x: (x["tanggal"], x["entri"]))
    per_kat = []
    for kat in inti.KATEGORI_PEMBELI_LPG:
        pilih = [x for x in baris if x["kategori"] == kat]
        per_kat.append({"kategori": kat, "transaksi": len({x["entri"] for x in pilih}),
                        "qty": sum(x["qty"] for x in pilih), "jumlah": sum(x["jumlah"] for x in pilih)})
    return {"periode": periode.label, "lpg": baris, "per_kategori": per_kat,
            "total_qty": sum(x["qty"] for x in baris), "total_jumlah": sum(x["jumlah"] for x in baris)}


# ---- the sales report ---------------------------------------------------------------------------
def _rekaman_periode(buku: Buku, periode: Periode):
    """Posted entries dated in the period, in no particular order (cheaper than `buku.entri`)."""
    awal, akhir = periode.awal.isoformat(), periode.akhir.isoformat()
    for bl in buku.bulan_ada():
        if bl.akhir < periode.awal or bl.awal > periode.akhir:
            continue
        semua = bl.awal >= periode.awal and bl.akhir <= periode.akhir
        for r in buku.shard(bl)["entri"].values():
            if semua or awal <= r["tanggal"] <= akhir:
                yield r


def penjualan(buku: Buku, periode: Periode) -> dict:
    """Sales of the period by item and by day, members apart from non-members, and the gross
    margin. A reversed sale counts in the period of its reversal, like the accounts."""
    from decimal import ROUND_HALF_UP, Decimal

    semua = semua_barang(buku)
    per_barang: dict[str, list] = {}  # code -> [category, qty, sales, cost]
    per_hari: dict[str, list] = {}  # date -> [receipts, members, non-members, cost]
    kelompok = {"anggota": [0, 0, 0], "non_anggota": [0, 0, 0]}  # receipts, sales, cost
    for r in _rekaman_periode(buku, periode):
        jenis = r["jenis"]
        if jenis == JENIS_JUAL:
            tanda, data = 1, r["data"]
        elif jenis == "batal" and r["data"].get("jenis_asli") == JENIS_JUAL and r.get("membatalkan"):
            tanda, data = -1, buku.cari_entri(r["membatalkan"])["data"]
        else:
            continue
        anggota = bool(data.get("anggota"))
        hari = per_hari.get(r["tanggal"])
        if hari is None:
            hari = per_hari[r["tanggal"]] = [0, 0, 0, 0]
        kel = kelompok["anggota" if anggota else "non_anggota"]
        hari[0] += tanda
        kel[0] += tanda
        pj = hp = 0
        for d in data["baris"]:
            pb = per_barang.get(d["kode"])
            if pb is None:
                pb = per_barang[d["kode"]] = [d["kategori"], 0, 0, 0]
            pb[1] += tanda * d["qty"]
            pb[2] += tanda * d["jumlah"]
            pb[3] += tanda * d["hpp"]
            pj += d["jumlah"]
            hp += d["hpp"]
        hari[2 if not anggota else 1] += tanda * pj
        hari[3] += tanda * hp
        kel[1] += tanda * pj
        kel[2] += tanda * hp

    def bp(m: int, p: int) -> int:
        """A ratio in basis points, half up (a margin of 32.100 on 342.100 is 938 bp)."""
        return int((Decimal(m) * 10000 / Decimal(p)).quantize(Decimal("1"), rounding=ROUND_HALF_UP)) if p else 0

    barang = [{"kode": k, "nama": semua.get(k, {}).get("nama", "?"), "kategori": v[0], "qty": v[1], "penjualan": v[2],
               "hpp": v[3], "margin": v[2] - v[3]} for k, v in sorted(per_barang.items())]
    hari = [{"tanggal": t, "struk": v[0], "anggota": v[1], "non_anggota": v[2], "penjualan": v[1] + v[2], "hpp": v[3],
             "margin": v[1] + v[2] - v[3]} for t, v in sorted(per_hari.items())]
    kel = {k: {"penjualan": v[1], "hpp": v[2], "struk": v[0], "margin": v[1] - v[2]} for k, v in kelompok.items()}
    tp = sum(k["penjualan"] for k in kel.values())
    th = sum(k["hpp"] for k in kel.values())
    return {
        "periode": periode.label, "per_barang": barang, "per_hari": hari,
        "anggota": kel["anggota"], "non_anggota": kel["non_anggota"],
        "total": {"struk": sum(k["struk"] for k in kel.values()), "penjualan": tp, "hpp": th, "margin": tp - th,
                  "margin_bp": bp(tp - th, tp)},
    }


