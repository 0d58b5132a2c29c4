"""Goods with batches and expiry (apotek and any goods unit): batch quantities beside the
moving-average cost, which stays per item (core/sembako.py).

An item added with `--kedaluwarsa` (`"kedaluwarsa": true` on its document) needs a batch and an
expiry date on every purchase. The batch is a quantity dimension only: each stock movement of
such an item carries, in its entry's `data["batch"]`, the batches it moved
[{barang, batch, kedaluwarsa, qty}] (+ in, - out). data/batch.json (table `gerak`) caches them
with the entry number; a movement of a reversed entry no longer counts. A sale takes the batch
that expires first (FEFO) and never an expired one (expired: the expiry date is before the
sale's date; a batch may be sold on its expiry date). `musnahkan` writes an expired batch off
at the item's moving-average cost on its date (Dr `sembako.akun_kedaluwarsa`, 6113; Cr inventory).
`periksa`: the cache equals the journal; each batch item's batch quantities add up to its stock.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from koperasi_cli.core.galat import Galat
from koperasi_cli.core.jurnal import Entri, debit, kredit
from koperasi_cli.core.konteks import pakai_konteks
from koperasi_cli.ledger.buku import Buku
from koperasi_cli.ledger.periksa import amati, pengamat
from koperasi_cli.layanan.sembako import barang as lay_barang, persediaan as lay_persediaan
from koperasi_cli.layanan.sembako.barang import semua_barang
from koperasi_cli.layanan.sembako.jenis import JENIS_OPNAME
from koperasi_cli.layanan.sembako.persediaan import posisi

JENIS_MUSNAH = "sembako-musnah"


def _tabel(buku: Buku):
    return buku.tabel("batch", "gerak")


def _ada(buku: Buku) -> bool:
    return (buku.akar / "data" / "batch.json").exists() or "data/batch.json" in buku.berkas_bertahap()


def normal_batch(teks: str | None) -> str:
    s = " ".join(str(teks or "").split()).upper()
    if not s or ":" in s or len(s) > 32:
        raise Galat("batch_tidak_sah", nilai=str(teks or ""))
    return s


def baris_beli(detail: list[dict], semua: dict, batch: str | None, kedaluwarsa: date | None) -> list[dict]:
    """The batch movements of a purchase; refused when an expiring item lacks batch or date."""
    rows = []
    for d in detail:
        brg = semua[d["kode"]]
        if not brg.get("kedaluwarsa"):
            continue
        if not batch or kedaluwarsa is None:
            raise Galat("beli_perlu_batch", barang=brg["kode"], nama=brg["nama"])
        rows.append({"barang": brg["kode"], "batch": normal_batch(batch), "kedaluwarsa": kedaluwarsa.isoformat(),
                     "qty": d["qty"]})
    if (batch or kedaluwarsa) and not rows:
        raise Galat("batch_tanpa_barang_kedaluwarsa")
    return rows


def simpan(buku: Buku, r: dict) -> None:
    rows = (r.get("data") or {}).get("batch") or []
    if rows:
        _tabel(buku).insert_multiple({**g, "entri": r["id"], "tanggal": r["tanggal"]} for g in rows)


def posisi_batch(buku: Buku, per: date | None = None, kode: str | None = None) -> dict[str, dict[str, list]]:
    """{item: {batch: [expiry, qty]}} from the movements whose entries were not reversed."""
    if not _ada(buku):
        return {}
    batal = buku.kepala["batal"]
    hasil: dict[str, dict[str, list]] = defaultdict(dict)
    for m in _tabel(buku).all():
        if m["entri"] in batal or (per and m["tanggal"] > per.isoformat()) or (kode and m["barang"] != kode):
            continue
        b = hasil[m["barang"]].setdefault(m["batch"], [m["kedaluwarsa"], 0])
        b[1] += m["qty"]
    return hasil


def fefo(buku: Buku, detail: list[dict], semua: dict, tanggal: date) -> list[dict]:
    """The batch movements of a sale: each expiring item's quantity from the batches that expire
    first, never from an expired one; refused when the unexpired batches do not suffice. A batch
    gives what it holds both on the sale's date and now (a back-dated sale never takes a batch
    bought after it, nor what later sales took)."""
    perlu = [d for d in detail if semua[d["kode"]].get("kedaluwarsa")]
    if not perlu:
        return []
    pos = posisi_batch(buku)
    pada = posisi_batch(buku, tanggal)  # a back-dated sale takes only what was in stock on its date
    for kode, bs in pos.items():
        for b, x in bs.items():
            x[1] = min(x[1], pada.get(kode, {}).get(b, [None, 0])[1])
    rows = []
    iso = tanggal.isoformat()
    for d in perlu:
        batches = sorted(((e, b, q) for b, (e, q) in pos.get(d["kode"], {}).items() if q > 0), key=lambda x: (x[0], x[1]))
        sah = [x for x in batches if x[0] >= iso]
        ada = sum(q for _e, _b, q in sah)
        if d["qty"] > ada:
            kadaluarsa = sum(q for e, _b, q in batches if e < iso)
            raise Galat("stok_batch_kurang", barang=d["kode"], nama=d["nama"], ada=ada, minta=d["qty"],
                        kedaluwarsa=kadaluarsa)
        sisa = d["qty"]
        for e, b, q in sah:
            if sisa <= 0:
                break
            n = min(q, sisa)
            rows.append({"barang": d["kode"], "batch": b, "kedaluwarsa": e, "qty": -n})
            pos[d["kode"]][b][1] -= n
            sisa -= n
    return rows


def tolak_opname(brg: dict) -> None:
    """The whole-item stock-take of a batch item is refused: count it batch by batch."""
    if brg.get("kedaluwarsa"):
        raise Galat("opname_barang_batch", barang=brg["kode"])


def daftar_kedaluwarsa(buku: Buku, per: date, dalam: int | None = None) -> dict:
    """Batches in stock, first-expiring first; with `dalam`, only those expiring within that
    many days of `per` (expired ones included)."""
    semua = semua_barang(buku)
    batas = (per + timedelta(days=dalam)).isoformat() if dalam is not None else None
    baris = []
    for kode, bs in posisi_batch(buku, per).items():
        for b, (e, q) in bs.items():
            if q <= 0 or (batas and e > batas):
                continue
            sisa = (date.fromisoformat(e) - per).days
            baris.append({"kode": kode, "nama": semua.get(kode, {}).get("nama", "?"), "unit": semua.get(kode, {}).get("unit"),
                          "batch": b, "kedaluwarsa": e, "qty": q, "sisa_hari": sisa,
                          "status": "kedaluwarsa" if sisa < 0 else "segera" if sisa <= 30 else "baik"})
    baris.sort(key=lambda x: (x["kedaluwarsa"], x["kode"], x["batch"]))
    return {"per": per.isoformat(), "dalam_hari": dalam, "batch": baris, "total_qty": sum(b["qty"] for b in baris)}


def batch_stok(buku: Buku, per: date) -> dict[str, list[dict]]:
    """For `sembako stok`: {item: [{batch, kedaluwarsa, qty}]} with quantity left."""
    return {kode: [{"batch": b, "kedaluwarsa": e, "qty": q} for b, (e, q) in sorted(bs.items(), key=lambda x: (x[1][0], x[0])) if q]
            for kode, bs in posisi_batch(buku, per).items()}


@pakai_konteks
def musnahkan(buku: Buku, kode: str, batch: str, *, tanggal: date, unit: str | None = None,
              bukti: str | None = None, ket: str | None = None) -> dict:
    """Write an expired batch off: its whole quantity at the item's moving-average cost."""
    from koperasi_cli.core import sembako as inti

    brg = lay_barang.ambil_barang(buku, kode)
    b = normal_batch(batch)
    bs = posisi_batch(buku, None, brg["kode"]).get(brg["kode"], {})
    if b not in bs or bs[b][1] <= 0:
        raise Galat("batch_tidak_ada", barang=brg["kode"], batch=b)
    e, q = bs[b]
    if e >= tanggal.isoformat():
        raise Galat("batch_belum_kedaluwarsa", barang=brg["kode"], batch=b, kedaluwarsa=e)
    akun = lay_barang.akun_barang(buku, brg)
    _akhir, pada, sesudah = lay_persediaan.posisi_pada(buku, tanggal)
    qa, n = pada.get(brg["kode"], [0, 0])  # the moving average of the stock on the date
    if q > qa:
        raise Galat("stok_kurang", barang=brg["kode"], nama=brg["nama"], ada=max(qa, 0), minta=q, tanggal=tanggal.isoformat())
    nilai = inti.hpp_keluar(n, qa, q)
    if nilai <= 0:
        raise Galat("stok_tanpa_nilai", barang=brg["kode"], nama=brg["nama"])
    if sesudah:
        lay_persediaan.cek_sesudah(brg["kode"], brg["nama"], qa - q, sesudah)
        lay_persediaan.cek_biaya_sesudah(brg["kode"], brg["nama"], [qa, n], [qa - q, n - nilai], sesudah)
    beban = buku.profil.atur("sembako.akun_kedaluwarsa", "akun")
    unit_ = unit or brg.get("unit") or "sembako"
    data = {"kode": brg["kode"], "batch": [{"barang": brg["kode"], "batch": b, "kedaluwarsa": e, "qty": -q}],
            "dinilai_dari": {"qty": qa, "nilai": n}}
    r = buku.catat(Entri(tanggal, (debit(beban, nilai), kredit(akun["persediaan"], nilai, barang=brg["kode"], qty=-q)),
                         ket or f"Pemusnahan {brg['kode']} batch {b} (kedaluwarsa {e})", JENIS_MUSNAH, unit_, bukti,
                         data=data))[0]
    lay_persediaan.posisi_terkini(buku)
    simpan(buku, r)
    return {"entri": r["id"], "tanggal": r["tanggal"], "kode": brg["kode"], "nama": brg["nama"], "batch": b,
            "kedaluwarsa": e, "qty": q, "nilai": nilai, "rekaman": r}


@pakai_konteks
def opname_batch(buku: Buku, kode: str, batch: str, qty_fisik: int, *, tanggal: date, hpp: int | None = None,
                 unit: str | None = None, bukti: str | None = None, ket: str | None = None) -> dict:
    """A stock-take of one batch: the count replaces the batch's book quantity; the difference
    goes to `sembako.akun_selisih` (6113) at the item's moving-average cost (a surplus at `hpp`
    per unit when given)."""
    from koperasi_cli.core import sembako as inti

    brg = lay_barang.ambil_barang(buku, kode)
    if not brg.get("kedaluwarsa"):
        raise Galat("batch_tanpa_barang_kedaluwarsa")
    if qty_fisik < 0:
        raise Galat("qty_tidak_sah", nilai=str(qty_fisik))
    b = normal_batch(batch)
    bs = posisi_batch(buku, None, brg["kode"]).get(brg["kode"], {})
    if b not in bs:
        raise Galat("batch_tidak_ada", barang=brg["kode"], batch=b)
    e, q = bs[b]
    q_pada = posisi_batch(buku, tanggal, brg["kode"]).get(brg["kode"], {}).get(b, [e, 0])[1]
    if q_pada != q:
        raise Galat("opname_batch_sesudah", barang=brg["kode"], batch=b, tanggal=tanggal.isoformat())
    selisih = qty_fisik - q
    hasil = {"kode": brg["kode"], "nama": brg["nama"], "batch": b, "kedaluwarsa": e, "tanggal": tanggal.isoformat(),
             "qty_buku": q, "qty_fisik": qty_fisik, "selisih": selisih, "nilai": 0, "entri": None, "rekaman": None}
    if selisih == 0:
        return hasil
    akun = lay_barang.akun_barang(buku, brg)["persediaan"]
    akun_selisih = buku.profil.atur("sembako.akun_selisih", "akun")
    _akhir, pada, sesudah = lay_persediaan.posisi_pada(buku, tanggal)
    qa, n = pada.get(brg["kode"], [0, 0])  # the moving average of the stock on the date
    nilai = inti.nilai_selisih_opname(n, qa, selisih, hpp)
    if nilai is None:
        raise Galat("opname_perlu_hpp", barang=brg["kode"], nama=brg["nama"])
    if selisih < 0:
        baris = (debit(akun_selisih, nilai), kredit(akun, nilai, barang=brg["kode"], qty=selisih))
    else:
        baris = (debit(akun, nilai, barang=brg["kode"], qty=selisih), kredit(akun_selisih, nilai))
    if nilai <= 0:
        raise Galat("stok_tanpa_nilai", barang=brg["kode"], nama=brg["nama"])
    if sesudah:
        baru = [qa + selisih, n + (nilai if selisih > 0 else -nilai)]
        lay_persediaan.cek_sesudah(brg["kode"], brg["nama"], baru[0], sesudah)
        lay_persediaan.cek_biaya_sesudah(brg["kode"], brg["nama"], [qa, n], baru, sesudah)
    data = {"kode": brg["kode"], "qty_buku": q, "qty_fisik": qty_fisik, "selisih": selisih,
            "batch": [{"barang": brg["kode"], "batch": b, "kedaluwarsa": e, "qty": selisih}],
            "dinilai_dari": {"qty": qa, "nilai": n}}
    r = buku.catat(Entri(tanggal, baris, ket or f"Opname {brg['kode']} batch {b}: buku {q}, fisik {qty_fisik}",
                         JENIS_OPNAME, unit or brg.get("unit") or "sembako", bukti, data=data))[0]
    lay_persediaan.posisi_terkini(buku)
    simpan(buku, r)
    hasil.update(nilai=nilai if selisih > 0 else -nilai, entri=r["id"], rekaman=r)
    return hasil


def periksa_batch(buku: Buku) -> list[Galat]:
    return amati(buku, [amati_batch])[0]


@pengamat
def amati_batch(buku: Buku):
    """`periksa_batch` as an observer of the journal's one pass (`ledger.periksa.amati`)."""
    temuan = []
    if not _ada(buku) and not any(b.get("kedaluwarsa") for b in (
            semua_barang(buku).values() if (buku.akar / "data" / "barang.json").exists() else [])):
        return temuan  # no item kept by batch, no batch recorded: nothing to compare
    jurnal = []
    while (r := (yield)) is not None:
        if r["jenis"] != "batal":
            jurnal += [(r["id"], g["barang"], g["batch"], g["qty"])
                       for g in (r.get("data") or {}).get("batch") or [] if isinstance(g, dict)]
    jurnal.sort()
    cache = sorted((m["entri"], m["barang"], m["batch"], m["qty"]) for m in _tabel(buku).all()) if _ada(buku) else []
    if jurnal != cache:
        temuan.append(Galat("periksa_batch_cache"))
    semua = semua_barang(buku) if (buku.akar / "data" / "barang.json").exists() else {}
    pos = posisi(buku)
    pb = posisi_batch(buku)
    for kode, brg in sorted(semua.items()):
        if not brg.get("kedaluwarsa"):
            continue
        q = pos.get(kode, [0, 0])[0]
        qb = sum(x[1] for x in pb.get(kode, {}).values())
        if q != qb or any(x[1] < 0 for x in pb.get(kode, {}).values()):
            temuan.append(Galat("periksa_batch_qty", barang=kode, qty=q, qty_batch=qb))
    return temuan
