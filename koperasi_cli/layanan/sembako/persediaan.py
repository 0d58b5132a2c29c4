"""Stock positions from the journal, the stock cache, and the checks that a back-dated movement
leaves every later one possible (quantity and moving-average cost)."""

from __future__ import annotations

from datetime import date

from koperasi_cli.core import sembako as inti
from koperasi_cli.core.galat import Galat
from koperasi_cli.ledger.buku import Buku
from koperasi_cli.layanan.sembako.barang import semua_barang
from koperasi_cli.layanan.sembako.jenis import JENIS_JUAL, JENIS_OPNAME
from koperasi_cli.layanan.kas import akun_kas


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


def posisi_pada(buku: Buku, tanggal: date) -> tuple[dict, dict, list[dict]]:
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


def cek_sesudah(kode: str, nama: str, qty_sisa: int, sesudah: list[dict]) -> None:
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


def cek_biaya_sesudah(kode: str, nama: str, tanpa: list[int], dengan: list[int], sesudah: list[dict]) -> None:
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
    _akhir, pada, sesudah = posisi_pada(buku, tanggal)
    if not sesudah:
        return
    semua = semua_barang(buku)
    for kode, (qty, nilai) in gerak.items():
        tanpa = pada.get(kode, [0, 0])
        nama = (semua.get(kode) or {}).get("nama", kode)
        cek_biaya_sesudah(kode, nama, tanpa, [tanpa[0] + qty, tanpa[1] + nilai], sesudah)


def _akun_kas(buku: Buku, kas: str | None) -> str:
    return akun_kas(buku, kas)


