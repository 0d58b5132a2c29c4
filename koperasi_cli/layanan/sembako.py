"""The grocery outlet (gerai sembako) and LPG 3 kg: items, purchases, sales, stock, the LPG log.

Where things live:
- items (master data): TinyDB table `barang` of data/barang.json, one document per item with
  its price and HET histories and a log of every change (old and new values);
- stock: the journal itself. Every inventory posting (1130 sembako, 1131 LPG) carries
  `barang=<code>` and `qty` (+ in, - out), so `buku.saldo_tag("barang")` gives each item's
  quantity and value from the per-month totals, without reading history; data/stok.json
  caches each item's position after everything posted (with the entry number it includes),
  so that a sale needs neither history nor the per-month totals;
- member receivables: postings on 1120 tagged `anggota=<no>` (saldo_tag("anggota"));
- supplier payables: the supplier is named in the entry's `data`; data/pemasok.json holds the
  suppliers (table `pemasok`) and one row per payable movement (table `utang`), a cache that
  `periksa` rebuilds from the journal. A movement whose entry was reversed (`jurnal batal`)
  no longer counts: the head lists every reversed entry;
- the LPG buyers' log: data/lpg/YYYY-MM.json (table `lpg`), one row per LPG line with the buyer's
  NIK and category. The NIK stays out of the journal (which can never be edited) and out of
  every report unless asked for.

Moving-average costing and its rounding: see core/sembako.py.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from koperasi_cli.core import sembako as inti
from koperasi_cli.core.galat import PEMAKAIAN, Galat
from koperasi_cli.core.jurnal import Entri, debit, kredit
from koperasi_cli.core.tanggal import Bulan, Periode
from koperasi_cli.ledger.buku import Buku

JENIS_BELI = "sembako-beli"
JENIS_JUAL = "sembako-jual"
JENIS_OPNAME = "sembako-opname"
JENIS_BAYAR_PIUTANG = "sembako-bayar-piutang"
JENIS_BAYAR_PEMASOK = "sembako-bayar-pemasok"


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


def daftar_barang(buku: Buku, tanggal: date, kategori: str | None = None) -> dict:
    kat = inti.normal_kategori(kategori) if kategori else None
    baris = [ringkas_barang(b, tanggal) for k, b in sorted(semua_barang(buku).items())
             if kat is None or b["kategori"] == kat]
    return {"per": tanggal.isoformat(), "barang": baris}


# ---- stock positions -----------------------------------------------------------------------
def gerak_persediaan(r: dict):
    """(code, account, value, qty) of each inventory posting of a journal record."""
    for b in r["baris"]:
        kode = b.get("barang")
        if kode is not None and b["akun"] in inti.AKUN_PERSEDIAAN:
            yield kode, b["akun"], b.get("debit", 0) - b.get("kredit", 0), b.get("qty") or 0


def _dari_tag(tag: dict) -> dict[str, list[int]]:
    """saldo_tag("barang") -> {code: [qty, value]} on the inventory accounts."""
    hasil: dict[str, list[int]] = {}
    for kode, per_akun in tag.items():
        q = n = 0
        for akun, (nilai, qty) in per_akun.items():
            if akun in inti.AKUN_PERSEDIAAN:
                n += nilai
                q += qty
        hasil[kode] = [q, n]
    return hasil


def posisi(buku: Buku, per: date | None = None, kode: str | None = None) -> dict[str, list[int]]:
    """{code: [qty, value]} of the items up to `per` (None: everything posted)."""
    return _dari_tag(buku.saldo_tag("barang", kode, per))


def _baca_cache_stok(buku: Buku) -> tuple[dict[str, list[int]], dict | None]:
    """The position of every item after everything posted, from data/stok.json brought up to
    date: the cache names the last entry number it includes and each month's entry count then,
    so entries posted since (by any command, `jurnal batal` too) are found in the months whose
    count changed and added. Returns (position, new cache document or None if unchanged)."""
    k = buku.kepala
    n_kini = {b: v["n"] for b, v in k["bulan"].items()}
    docs = buku.tabel("stok").all()
    if docs and docs[0]["seq"] == k["seq"]:
        return {kode: list(v) for kode, v in docs[0]["posisi"].items()}, None
    # Stale (another command posted since): the per-month tag totals hold every item's
    # quantity and value; reading them is cheaper than re-reading a busy month's journal.
    pos = posisi(buku)
    return pos, {"seq": k["seq"], "n": n_kini, "posisi": pos}


def _simpan_cache_stok(buku: Buku, pos: dict[str, list[int]]) -> None:
    """Stage the stock cache as the position after everything posted so far."""
    k = buku.kepala
    tabel = buku.tabel("stok")
    tabel.truncate()
    tabel.insert({"seq": k["seq"], "n": {b: v["n"] for b, v in k["bulan"].items()},
                  "posisi": {kode: list(v) for kode, v in pos.items()}})


def posisi_terkini(buku: Buku) -> dict[str, list[int]]:
    """{code: [qty, value]} after everything posted, fast: from the stock cache (data/stok.json),
    refreshed and staged into this unit of work when entries were posted since."""
    pos, doc = _baca_cache_stok(buku)
    if doc is not None:
        _simpan_cache_stok(buku, pos)
    return {kode: list(v) for kode, v in pos.items()}


def _posisi_pada(buku: Buku, tanggal: date) -> tuple[dict, dict, list[dict]]:
    """(everything posted, the position on `tanggal`, the entries dated after it, oldest first).

    Quantities are checked on the date and on every later day; costs come from the position on
    the date (the moving average of everything dated on or before it). Fast in the usual case (today's receipt): the totals
    come from the stock cache, and entries dated after the day live only in the months from
    `tanggal` on: normally none, or the current month's shard, which posting reads anyway."""
    akhir = posisi_terkini(buku)
    pada = {k: list(v) for k, v in akhir.items()}
    iso = tanggal.isoformat()
    sesudah = []
    for bl in buku.bulan_ada():
        if bl.akhir <= tanggal or (buku.tanggal_terakhir(bl) or "9999") <= iso:
            continue  # no entry of that month is dated after the day: its journal need not be read
        sesudah += [r for r in buku.shard(bl)["entri"].values() if r["tanggal"] > iso]
    sesudah.sort(key=lambda r: (r["tanggal"], r["seq"]))
    for r in sesudah:
        for kode, _akun, nilai, qty in gerak_persediaan(r):
            t = pada.setdefault(kode, [0, 0])
            t[0] -= qty
            t[1] -= nilai
    return akhir, pada, sesudah


def _cek_sesudah(kode: str, nama: str, qty_sisa: int, sesudah: list[dict]) -> None:
    """Taking stock out on a past date must not make a later day's stock negative."""
    gerak = [q for r in sesudah for k, _a, _n, q in gerak_persediaan(r) if k == kode]
    if gerak and inti.qty_terendah(qty_sisa, gerak) < 0:
        jalan = qty_sisa
        for r in sesudah:
            for k, _a, _n, q in gerak_persediaan(r):
                if k == kode:
                    jalan += q
                    if jalan < 0:
                        raise Galat("stok_kurang_nanti", barang=kode, nama=nama, tanggal=r["tanggal"])


# Movements costed at the moving average when they were recorded: the stock they take out is
# valued at the average of the stock on their date. A reversal (`jurnal batal`) or a purchase
# carries its own value.
JENIS_RATA = (JENIS_JUAL, JENIS_OPNAME)


def _biaya_ulang(kode: str, awal: list[int], sesudah: list[dict]) -> list[tuple[dict, int]]:
    """The cost each later outflow of `kode` gets when the stock on the day is `awal` [qty, value]
    and the later movements follow as recorded: [(entry, cost)] in date order."""
    q, n = awal
    hasil = []
    for r in sesudah:
        for k, _akun, nilai, qty in gerak_persediaan(r):
            if k != kode:
                continue
            if qty < 0 and r["jenis"] in JENIS_RATA and q >= -qty > 0:
                biaya = inti.hpp_keluar(n, q, -qty)
                hasil.append((r, biaya))
                n -= biaya
            else:
                n += nilai
            q += qty
    return hasil


def _cek_biaya_sesudah(kode: str, nama: str, tanpa: list[int], dengan: list[int], sesudah: list[dict]) -> None:
    """A back-dated movement is refused when it would change the cost of a later outflow already
    recorded (a later sale or stock-take loss): the moving average of every day after it moves,
    and a cost already posted is never edited. The message says how to record it instead."""
    if not any(k == kode for r in sesudah for k, *_ in gerak_persediaan(r)):
        return
    lama = _biaya_ulang(kode, tanpa, sesudah)
    baru = _biaya_ulang(kode, dengan, sesudah)
    for (r, a), (_r, b) in zip(lama, baru, strict=True):
        if a != b:
            raise Galat("biaya_sesudah_berubah", barang=kode, nama=nama, id=r["id"], tanggal=r["tanggal"])
    # A later movement that carries its own value (a reversal, a purchase) may then leave the
    # stock with a negative value, or a value without goods, on its date: refused as well.
    q, n = dengan
    for r in sesudah:
        for k, _akun, nilai, qty in gerak_persediaan(r):
            if k != kode:
                continue
            if qty < 0 and r["jenis"] in JENIS_RATA and q >= -qty > 0:
                nilai = -inti.hpp_keluar(n, q, -qty)
            q, n = q + qty, n + nilai
            if n < 0 or (q == 0 and n != 0):
                raise Galat("biaya_sesudah_berubah", barang=kode, nama=nama, id=r["id"], tanggal=r["tanggal"])


def cek_gerak_mundur(buku: Buku, tanggal: date, gerak: dict[str, list[int]]) -> None:
    """A movement of stock ({item: [qty, value]}) dated `tanggal`, before movements already
    recorded (e.g. `jurnal batal` of a purchase or sale): refused when it would change the cost of
    a later outflow or leave the stock's value negative, or without goods, on a later day."""
    _akhir, pada, sesudah = _posisi_pada(buku, tanggal)
    if not sesudah:
        return
    semua = semua_barang(buku)
    for kode, (qty, nilai) in gerak.items():
        tanpa = pada.get(kode, [0, 0])
        nama = (semua.get(kode) or {}).get("nama", kode)
        _cek_biaya_sesudah(kode, nama, tanpa, [tanpa[0] + qty, tanpa[1] + nilai], sesudah)


def _akun_kas(buku: Buku, kas: str | None) -> str:
    from koperasi_cli.layanan.kas import akun_kas

    return akun_kas(buku, kas)


# ---- suppliers -----------------------------------------------------------------------------
def _tabel_pemasok(buku: Buku):
    return buku.tabel("pemasok", "pemasok")


def _tabel_utang(buku: Buku):
    return buku.tabel("pemasok", "utang")


def cari_pemasok(buku: Buku, teks: str, *, buat: bool = False) -> dict:
    """A supplier by code (P001) or name (case-insensitive). With `buat`, an unknown name gives
    a new supplier document (with `"baru": True`), registered by `daftarkan_pemasok`."""
    s = " ".join(str(teks or "").split())
    if not s:
        raise Galat("pemasok_kosong")
    semua = _tabel_pemasok(buku).all()
    for p in semua:
        if p["kode"].lower() == s.lower() or p["nama"].lower() == s.lower():
            return dict(p)
    if not buat:
        raise Galat("pemasok_tidak_ada", nama=s)
    return {"kode": f"P{len(semua) + 1:03d}", "nama": s, "dibuat": buku.sekarang(), "baru": True}


def daftarkan_pemasok(buku: Buku, p: dict) -> dict:
    if p.pop("baru", False):
        _tabel_pemasok(buku).insert(p)
    return p


def utang_pemasok(buku: Buku) -> dict[str, int]:
    """{supplier code: payable}, from the movements whose entries were not reversed."""
    batal = buku.kepala["batal"]
    hasil: dict[str, int] = defaultdict(int)
    for m in _tabel_utang(buku).all():
        if m["entri"] not in batal:
            hasil[m["pemasok"]] += m["jumlah"]
    return dict(hasil)


def daftar_pemasok(buku: Buku) -> dict:
    utang = utang_pemasok(buku)
    baris = [{"kode": p["kode"], "nama": p["nama"], "utang": utang.get(p["kode"], 0)}
             for p in sorted(_tabel_pemasok(buku).all(), key=lambda p: p["kode"])]
    return {"pemasok": baris, "total_utang": sum(b["utang"] for b in baris)}


# ---- purchases -----------------------------------------------------------------------------
def beli(
    buku: Buku, baris: list[inti.BarisInput], *, tanggal: date, pemasok: str | None = None, kredit_: bool = False,
    kas: str | None = None, unit: str | None = None, bukti: str | None = None, ket: str | None = None,
    batch: str | None = None, kedaluwarsa: date | None = None,
) -> dict:
    """Stock in at cost: one receipt, one or more lines `KODE:QTY:HARGA_SATUAN`, cash or on credit."""
    from koperasi_cli.layanan.kas import cek_cukup

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
    _akhir, pada, sesudah = _posisi_pada(buku, tanggal)
    if sesudah:
        for kode in dict.fromkeys(d["kode"] for d in detail):
            masuk = [sum(d["qty"] for d in detail if d["kode"] == kode), sum(d["jumlah"] for d in detail if d["kode"] == kode)]
            tanpa = pada.get(kode, [0, 0])
            nama = next(d["nama"] for d in detail if d["kode"] == kode)
            _cek_biaya_sesudah(kode, nama, tanpa, [tanpa[0] + masuk[0], tanpa[1] + masuk[1]], sesudah)
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
    from koperasi_cli.layanan import batch as lay_batch

    rows_batch = lay_batch.baris_beli(detail, semua, batch, kedaluwarsa)
    if rows_batch:
        data["batch"] = rows_batch
    r = buku.catat(Entri(tanggal, tuple(pos), teks, JENIS_BELI, unit, bukti, data=data))[0]
    lay_batch.simpan(buku, r)
    if p:
        daftarkan_pemasok(buku, p)  # a new supplier is registered only once the purchase is posted
    posisi_terkini(buku)
    if kredit_:
        _tabel_utang(buku).insert({"entri": r["id"], "tanggal": tanggal.isoformat(), "pemasok": p["kode"], "jumlah": total})
    return {"entri": r["id"], "tanggal": r["tanggal"], "pemasok": p, "kredit": kredit_, "akun_bayar": akun_bayar,
            "baris": detail, "total": total, "rekaman": r}


def bayar_pemasok(
    buku: Buku, pemasok: str, jumlah: int, *, tanggal: date, kas: str | None = None, unit: str = "sembako",
    bukti: str | None = None, ket: str | None = None,
) -> dict:
    from koperasi_cli.layanan.kas import cek_cukup

    p = cari_pemasok(buku, pemasok)
    utang = utang_pemasok(buku).get(p["kode"], 0)
    if jumlah > utang:
        raise Galat("bayar_melebihi_utang", nama=p["nama"], utang=utang, jumlah=jumlah)
    k = _akun_kas(buku, kas)
    cek_cukup(buku, k, jumlah, tanggal)
    e = Entri(tanggal, (debit(inti.AKUN_UTANG, jumlah), kredit(k, jumlah)), ket or f"Bayar utang kepada {p['nama']}",
              JENIS_BAYAR_PEMASOK, unit, bukti, data={"pemasok": p["kode"]})
    r = buku.catat(e)[0]
    _tabel_utang(buku).insert({"entri": r["id"], "tanggal": tanggal.isoformat(), "pemasok": p["kode"], "jumlah": -jumlah})
    return {"entri": r["id"], "tanggal": r["tanggal"], "pemasok": p, "jumlah": jumlah, "sisa_utang": utang - jumlah,
            "rekaman": r}


# ---- member receivables ------------------------------------------------------------------------
def piutang_anggota(buku: Buku, no: str | None = None) -> dict[str, int]:
    """{member number: receivable on 1120}."""
    hasil = {}
    for n, per_akun in buku.saldo_tag("anggota", no).items():
        s = per_akun.get(inti.AKUN_PIUTANG)
        if s and s[0]:
            hasil[n] = s[0]
    return hasil


def daftar_piutang(buku: Buku) -> dict:
    nama = {a["no"]: a.get("nama") for a in buku.tabel("anggota").all()}
    baris = [{"no": n, "nama": nama.get(n), "piutang": v} for n, v in sorted(piutang_anggota(buku).items())]
    return {"piutang": baris, "total_piutang": sum(b["piutang"] for b in baris)}


def bayar_piutang(
    buku: Buku, no: str, jumlah: int, *, tanggal: date, kas: str | None = None, unit: str = "sembako",
    bukti: str | None = None, ket: str | None = None,
) -> dict:
    from koperasi_cli.layanan import anggota as lay_anggota

    a = lay_anggota.ambil(buku, no)
    piutang = piutang_anggota(buku, a["no"]).get(a["no"], 0)
    if jumlah > piutang:
        raise Galat("bayar_melebihi_piutang", no=a["no"], nama=a["nama"], piutang=piutang, jumlah=jumlah)
    k = _akun_kas(buku, kas)
    e = Entri(tanggal, (debit(k, jumlah), kredit(inti.AKUN_PIUTANG, jumlah, anggota=a["no"])),
              ket or f"Pelunasan piutang gerai anggota {a['no']}", JENIS_BAYAR_PIUTANG, unit, bukti,
              data={"anggota": a["no"]})
    r = buku.catat(e)[0]
    return {"entri": r["id"], "tanggal": r["tanggal"], "anggota": a["no"], "nama": a["nama"], "jumlah": jumlah,
            "sisa_piutang": piutang - jumlah, "rekaman": r}


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
        from koperasi_cli.layanan import anggota as lay_anggota

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
    akhir, pada, sesudah = _posisi_pada(buku, tanggal)
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
            _cek_sesudah(kode, nama, pada[kode][0], sesudah)
            _cek_biaya_sesudah(kode, nama, semula[kode], pada[kode], sesudah)
    from koperasi_cli.layanan import batch as lay_batch

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
        tabel = _tabel_lpg(buku, Bulan.dari_tanggal(tanggal))
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


# ---- stock-take --------------------------------------------------------------------------------
def opname(
    buku: Buku, kode: str, qty_fisik: int, *, tanggal: date, hpp: int | None = None, unit: str = "sembako",
    bukti: str | None = None, ket: str | None = None,
) -> dict:
    """The counted quantity replaces the book quantity; the difference goes to the stock
    difference account (profile `sembako.akun_selisih`, 6113): a loss at the moving-average cost,
    a gain at the moving-average cost (or `hpp` per unit, needed when the books hold no stock)."""
    brg = ambil_barang(buku, kode)
    if qty_fisik < 0:
        raise Galat("qty_tidak_sah", nilai=str(qty_fisik))
    from koperasi_cli.layanan.batch import tolak_opname

    tolak_opname(brg)
    akun_selisih = buku.profil.atur("sembako.akun_selisih", "akun")
    persediaan = akun_barang(buku, brg)["persediaan"]
    _akhir, pada, sesudah = _posisi_pada(buku, tanggal)
    # Valued at the moving average of the stock on the stock-take's date.
    q, n = pada.get(brg["kode"], [0, 0])
    qa = q
    selisih = qty_fisik - q
    hasil = {"kode": brg["kode"], "nama": brg["nama"], "tanggal": tanggal.isoformat(), "qty_buku": q,
             "qty_fisik": qty_fisik, "selisih": selisih, "nilai": 0, "entri": None}
    if selisih < 0:
        if sesudah:
            _cek_sesudah(brg["kode"], brg["nama"], qty_fisik, sesudah)
        if -selisih > qa:  # pragma: no cover - _cek_sesudah refuses it first
            raise Galat("stok_kurang_nanti", barang=brg["kode"], nama=brg["nama"], tanggal=tanggal.isoformat())
        nilai = inti.hpp_keluar(n, qa, -selisih)
        baris = (debit(akun_selisih, nilai), kredit(persediaan, nilai, barang=brg["kode"], qty=selisih))
        hasil["nilai"] = -nilai
    elif selisih > 0:
        if hpp is not None:
            nilai = hpp * selisih
        elif qa > 0 and n > 0:
            nilai = inti.bagi_bulat(n * selisih, qa)
        else:
            raise Galat("opname_perlu_hpp", barang=brg["kode"], nama=brg["nama"])
        baris = (debit(persediaan, nilai, barang=brg["kode"], qty=selisih), kredit(akun_selisih, nilai))
        hasil["nilai"] = nilai
    elif qa == 0 and n != 0:
        # No quantity but a value left (e.g. after a reversal): clear the value.
        nilai = abs(n)
        if n > 0:
            baris = (debit(akun_selisih, nilai), kredit(persediaan, nilai, barang=brg["kode"], qty=0))
        else:
            baris = (debit(persediaan, nilai, barang=brg["kode"], qty=0), kredit(akun_selisih, nilai))
        hasil["nilai"] = -n
    else:
        return hasil
    if hasil["nilai"] == 0:
        raise Galat("stok_tanpa_nilai", barang=brg["kode"], nama=brg["nama"])
    if sesudah:
        _cek_biaya_sesudah(brg["kode"], brg["nama"], [q, n], [q + selisih, n + hasil["nilai"]], sesudah)
    teks = ket or f"Opname {brg['kode']}: buku {q}, fisik {qty_fisik}"
    data = {"kode": brg["kode"], "qty_buku": q, "qty_fisik": qty_fisik, "selisih": selisih,
            "dinilai_dari": {"qty": qa, "nilai": n}}
    r = buku.catat(Entri(tanggal, baris, teks, JENIS_OPNAME, unit, bukti, data=data))[0]
    posisi_terkini(buku)
    hasil["entri"] = r["id"]
    hasil["rekaman"] = r
    return hasil


# ---- stock list and stock card ------------------------------------------------------------------
def stok(buku: Buku, per: date) -> dict:
    """Quantity, average cost and value per item on a date (JSON shape of docs/kontrak.md)."""
    semua = semua_barang(buku)
    bulan = buku.bulan_ada()
    if not bulan or Bulan.dari_tanggal(per) >= bulan[-1]:
        pos = _posisi_pada(buku, per)[1]  # the cache less the entries dated after `per`
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


# ---- the LPG buyers' log ------------------------------------------------------------------------
def _tabel_lpg(buku: Buku, bulan: Bulan):
    return buku.tabel(f"lpg/{bulan}", "lpg")


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
        for row in _tabel_lpg(buku, b).all():
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


# ---- periksa --------------------------------------------------------------------------------------
def periksa_sembako(buku: Buku) -> list[Galat]:
    """Stock never negative (in date order), stock value per item = the inventory accounts,
    items known and on their category's account, receivables and payables = their control
    accounts, the supplier cache and the LPG log consistent with the journal."""
    temuan: list[Galat] = []
    semua = semua_barang(buku)
    saldo = buku.saldo_akun()
    jalan: dict[str, list[int]] = {}
    negatif: set[str] = set()
    salah_akun: set[str] = set()
    tanpa_tag: set[str] = set()
    disentuh: set[str] = set()
    nilai_salah: set[str] = set()
    utang_jurnal: dict[str, tuple[str, int]] = {}
    lpg_jurnal: dict[str, int] = {}
    for r in buku.entri():
        for b in r["baris"]:
            if b["akun"] in inti.AKUN_PERSEDIAAN and b.get("barang") is None:
                tanpa_tag.add(r["id"])
        for kode, akun, nilai, qty in gerak_persediaan(r):
            t = jalan.setdefault(kode, [0, 0])
            t[0] += qty
            t[1] += nilai
            if t[0] < 0 and kode not in negatif:
                negatif.add(kode)
                temuan.append(Galat("periksa_stok_negatif", barang=kode, tanggal=r["tanggal"], id=r["id"]))
            disentuh.add(kode)
            brg = semua.get(kode)
            if brg is not None and akun_barang(buku, brg)["persediaan"] != akun and kode not in salah_akun:
                salah_akun.add(kode)
                temuan.append(Galat("periksa_barang_akun_salah", barang=kode, akun=akun, id=r["id"]))
        # The value, in date order, is never negative nor left without quantity (after each entry).
        for kode in disentuh:
            q, n = jalan[kode]
            if (n < 0 or (q == 0 and n != 0)) and kode not in nilai_salah:
                nilai_salah.add(kode)
                temuan.append(Galat("periksa_nilai_stok_negatif", barang=kode, qty=q, nilai=n, tanggal=r["tanggal"], id=r["id"]))
        disentuh.clear()
        data = r.get("data") or {}
        if r["jenis"] in (JENIS_BELI, JENIS_BAYAR_PEMASOK, "aset-tambah") and data.get("pemasok"):  # aset: bought on credit
            neto = sum(b.get("kredit", 0) - b.get("debit", 0) for b in r["baris"] if b["akun"] == inti.AKUN_UTANG)
            if neto:
                utang_jurnal[r["id"]] = (data["pemasok"], neto)
        if r["jenis"] == JENIS_JUAL:
            q = sum(d["qty"] for d in data.get("baris", []) if d.get("kategori") == "lpg")
            if q:
                lpg_jurnal[r["id"]] = q
    for kode in sorted(jalan):
        if kode not in semua:
            temuan.append(Galat("periksa_barang_tidak_dikenal", barang=kode))
        q, n = jalan[kode]
        if (n < 0 or (q == 0 and n != 0)) and kode not in nilai_salah:
            temuan.append(Galat("periksa_nilai_stok", barang=kode, qty=q, nilai=n))
    for akun in inti.AKUN_PERSEDIAAN:
        d, k = saldo.get(akun, [0, 0])
        per_barang = sum(v for kode, (q, v) in _dari_akun(buku, akun).items())
        if d - k != per_barang:
            temuan.append(Galat("periksa_persediaan_akun", akun=akun, akun_saldo=d - k, barang=per_barang))
    for rid in sorted(tanpa_tag):
        temuan.append(Galat("periksa_persediaan_tanpa_barang", id=rid))
    # The stock cache, brought up to date, equals the journal's totals.
    cache, _ = _baca_cache_stok(buku)
    benar = posisi(buku)
    if {k: v for k, v in cache.items() if v != [0, 0]} != {k: v for k, v in benar.items() if v != [0, 0]}:
        temuan.append(Galat("periksa_cache_stok"))
    # Member receivables on 1120 are all tagged with the member.
    d, k = saldo.get(inti.AKUN_PIUTANG, [0, 0])
    tag = sum(piutang_anggota(buku).values())
    if d - k != tag:
        temuan.append(Galat("periksa_piutang_anggota", akun_saldo=d - k, anggota=tag))
    # Supplier payables: the cache equals the journal; their sum equals 2101.
    cache = {m["entri"]: (m["pemasok"], m["jumlah"]) for m in _tabel_utang(buku).all()}
    if cache != utang_jurnal:
        temuan.append(Galat("periksa_utang_cache"))
    d, k = saldo.get(inti.AKUN_UTANG, [0, 0])
    batal = buku.kepala["batal"]
    efektif = sum(j for rid, (_p, j) in utang_jurnal.items() if rid not in batal)
    if k - d != efektif:
        temuan.append(Galat("periksa_utang_pemasok", akun_saldo=k - d, pemasok=efektif))
    # The LPG log: one row per LPG line, the same quantities as the journal.
    lpg_log: dict[str, int] = defaultdict(int)
    for rel in buku.daftar_berkas("data/lpg/"):
        for row in _tabel_lpg(buku, Bulan.dari_str(rel[len("data/lpg/"):-len(".json")])).all():
            lpg_log[row["entri"]] += row["qty"]
    if dict(lpg_log) != lpg_jurnal:
        beda = sorted(set(lpg_log) ^ set(lpg_jurnal) | {i for i in lpg_jurnal if lpg_log.get(i) != lpg_jurnal[i]})
        temuan.append(Galat("periksa_log_lpg", id=", ".join(beda[:5])))
    return temuan


def _dari_akun(buku: Buku, akun: str) -> dict[str, tuple[int, int]]:
    hasil = {}
    for kode, per_akun in buku.saldo_tag("barang").items():
        if akun in per_akun:
            n, q = per_akun[akun]
            hasil[kode] = (q, n)
    return hasil
