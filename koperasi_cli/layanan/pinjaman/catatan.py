"""Loans: ids, the loans table (a cache folded from the journal) and a loan's position at a date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from koperasi_cli.core.galat import Galat
from koperasi_cli.core.pinjaman import AturanDenda, Keadaan
from koperasi_cli.ledger.buku import Buku
from koperasi_cli.layanan.pinjaman.pengaturan import JENIS, JENIS_AWAL, PER_BLOK, TABEL


# ---- ids and the table -------------------------------------------------------------------------
def format_id(n: int) -> str:
    return f"PJ{n:05d}"


def nomor_id(teks: str) -> int:
    """`PJ00012`, `pj12` or `12` -> 12."""
    from koperasi_cli.core.masukan import cek_digit

    s = str(teks).strip().upper()
    cek_digit(s, nilai=s[:40])
    if s.startswith("PJ"):
        s = s[2:]
    if not s.isascii() or not s.isdigit() or len(s) > 12 or int(s) < 1:
        raise Galat("pinjaman_tidak_ada", id=str(teks))
    return int(s)


def _indeks(buku: Buku):
    return buku.tabel(TABEL)


def nama_blok(n: int) -> str:
    """The table (and file data/<name>.json) that holds loan number `n` in full."""
    return f"{TABEL}-{(n - 1) // PER_BLOK + 1:04d}"


def _blok(buku: Buku, n: int):
    return buku.tabel(nama_blok(n))


def semua(buku: Buku) -> list[dict]:
    """Every loan's summary (the index), in number order."""
    return sorted((dict(d) for d in _indeks(buku).all()), key=lambda d: d["id"])


def ambil(buku: Buku, id_: str) -> dict:
    """One loan in full (schedule, terms, events)."""
    n = nomor_id(id_)
    d = _blok(buku, n).get(doc_id=n)
    if d is None:
        raise Galat("pinjaman_tidak_ada", id=str(id_))
    return dict(d)


def ambil_banyak(buku: Buku, ids) -> dict[str, dict]:
    """Several loans in full, reading each block once."""
    hasil = {}
    for id_ in ids:
        n = nomor_id(id_)
        d = _blok(buku, n).get(doc_id=n)
        if d is not None:
            hasil[d["id"]] = dict(d)
    return hasil


def _seq(entri: str) -> int:
    return int(entri[1:])


def ringkas(doc: dict) -> dict:
    """A loan's line in the index: who, how much, where it stands, and the span of its entries."""
    ids = [doc["entri"], *(b["entri"] for b in doc["bayar"]), *(p["entri"] for p in doc.get("pulih", []))]
    if doc.get("hapus"):
        ids.append(doc["hapus"]["entri"])
    seq = [_seq(i) for i in ids]
    return {"id": doc["id"], "anggota": doc["anggota"], "penjamin": doc.get("penjamin"), "tanggal": doc["tanggal"],
            "pokok": doc["pokok"], "status": doc["status"], "sisa_pokok": doc["sisa_pokok"],
            "ditutup": doc["ditutup"], "seq": [min(seq), max(seq)]}


def _simpan_doc(buku: Buku, doc: dict) -> None:
    from tinydb.table import Document

    n = nomor_id(doc["id"])
    for t, isi in ((_blok(buku, n), doc), (_indeks(buku), ringkas(doc))):
        if t.contains(doc_id=n):
            t.update(isi, doc_ids=[n])
        else:
            t.insert(Document(isi, doc_id=n))


def id_berikut(buku: Buku) -> str:
    ada = [d.doc_id for d in _indeks(buku).all()]
    return format_id(max(ada, default=0) + 1)


# ---- the cache: folded from the journal --------------------------------------------------------
def _status_ringkas(doc: dict, ev: dict) -> None:
    """Running totals after one payment event (constant work per event)."""
    doc["sisa_pokok"] -= sum(a[3] for a in ev["alokasi"])
    doc["sisa_jasa"] -= sum(a[2] for a in ev["alokasi"]) + sum(h[1] for h in ev["hapus_jasa"])
    if doc["hapus"] is None:
        if doc["sisa_pokok"] == 0 and doc["sisa_jasa"] <= 0:
            doc["status"], doc["ditutup"] = "lunas", ev["tanggal"]
        else:
            doc["status"], doc["ditutup"] = "aktif", None


def _doc_baru(r: dict, d: dict) -> dict:
    """A loan's document as it starts, from a disbursement's data (or an opening loan's record)."""
    return {
        "id": d["pinjaman"], "anggota": d["anggota"], "penjamin": d.get("penjamin"), "produk": d.get("produk"),
        "tanggal": r["tanggal"], "entri": r["id"], "pokok": d["pokok"], "bunga": d["bunga"],
        "metode": d["metode"], "tenor": d["tenor"], "kelipatan": d["kelipatan"], "biaya_admin": d["biaya_admin"],
        "denda": d["denda"], "jasa_pelunasan": d["jasa_pelunasan"], "jadwal": d["jadwal"],
        "bayar": [], "hapus": None, "pulih": [], "status": "aktif", "sisa_pokok": d["pokok"],
        "sisa_jasa": sum(j for _, _, j in d["jadwal"]), "ditutup": None,
    }


def terapkan_awal(r: dict) -> list[dict]:
    """The documents of the loans an opening entry (`saldo-awal`) brings in: each starts on the
    opening date with its remaining principal as `pokok`; `awal` keeps what the file said of its
    past (original disbursement date and amount) and the start of its first installment period."""
    hasil = []
    for d in (r.get("data") or {}).get("pinjaman_awal") or ():
        doc = _doc_baru(r, d)
        doc["awal"] = {"tanggal_cair": d.get("tanggal_cair"), "pokok_awal": d.get("pokok_awal"), "mulai": d["mulai"]}
        hasil.append(doc)
    return hasil


def terapkan(doc: dict | None, r: dict) -> dict:
    """The loan document after the posted entry `r` (a pure fold: the cache is rebuilt with it)."""
    d = r["data"]
    jenis = r["jenis"]
    if jenis == "pinjaman-cair":
        return _doc_baru(r, d)
    if doc is None:
        raise Galat("periksa_pinjaman_tanpa_cair", id=str(d.get("pinjaman")), entri=r["id"])
    doc = dict(doc)
    if jenis in ("pinjaman-angsur", "pinjaman-lunas"):
        ev = {
            "entri": r["id"], "tanggal": r["tanggal"], "jenis": "lunas" if jenis == "pinjaman-lunas" else "angsur",
            "jumlah": d["jumlah"], "alokasi": d["alokasi"], "hapus_jasa": d.get("hapus_jasa", []), "lebih": d.get("lebih", 0),
        }
        doc["bayar"] = doc["bayar"] + [ev]
        _status_ringkas(doc, ev)
    elif jenis == "pinjaman-hapus":
        doc["hapus"] = {k: d[k] for k in ("pokok", "jasa", "denda", "ppap")} | {"entri": r["id"], "tanggal": r["tanggal"]}
        doc["status"], doc["sisa_pokok"], doc["ditutup"] = "hapus-buku", 0, r["tanggal"]
    elif jenis == "pinjaman-pulih":
        doc["pulih"] = doc["pulih"] + [{"entri": r["id"], "tanggal": r["tanggal"], "jumlah": d["jumlah"], "lebih": d.get("lebih", 0)}]
    return doc


def entri_pinjaman(r: dict) -> bool:
    """Whether a journal entry is one the loans' fold reads."""
    return r.get("jenis") in JENIS or r.get("jenis") == JENIS_AWAL


def bangun_dari_jurnal(buku: Buku, rek: list[dict] | None = None) -> dict[str, dict]:
    """Every loan document, folded from the whole journal (reads all history: periksa, rebuild),
    or from `rek`, the loans' entries already gathered in one pass (`entri_pinjaman`)."""
    docs: dict[str, dict] = {}
    # The loans' entries only, then in posting order (sorting every record would hold them all).
    if rek is None:
        rek = [r for r in buku.entri() if entri_pinjaman(r)]
    for r in sorted(rek, key=lambda r: r["seq"]):
        if r.get("jenis") in JENIS and isinstance(r.get("data"), dict) and r["data"].get("pinjaman"):
            id_ = r["data"]["pinjaman"]
            docs[id_] = terapkan(docs.get(id_), r)
        elif r.get("jenis") == JENIS_AWAL and isinstance(r.get("data"), dict) and r["data"].get("pinjaman_awal"):
            for doc in terapkan_awal(r):
                docs[doc["id"]] = doc
    return docs


def _nama_blok_ada(buku: Buku) -> set[str]:
    """Block tables in the books (those staged in this unit of work too)."""
    return {r[len("data/"):-len(".json")] for r in buku.daftar_berkas(f"data/{TABEL}-")}


def bangun_ulang(buku: Buku) -> int:
    """Rebuild the loans table (index and blocks) from the journal; returns the number of loans."""
    docs = bangun_dari_jurnal(buku)
    _indeks(buku).truncate()
    for nama in _nama_blok_ada(buku):
        buku.tabel(nama).truncate()
    for _, doc in sorted(docs.items()):
        _simpan_doc(buku, doc)
    return len(docs)


# ---- a loan at a date --------------------------------------------------------------------------
@dataclass
class Posisi:
    doc: dict
    keadaan: Keadaan
    status: str  # aktif | lunas | hapus-buku | batal | belum (disbursed after the date)
    terakhir: date  # the latest event that counts
    hapus: dict | None
    pulih: int  # recovered after write-off


def _batal_berlaku(buku: Buku, entri: str, per: date | None) -> bool:
    """True if entry `entri` was reversed (by `jurnal batal`) on or before `per`."""
    oleh = buku.kepala.get("batal", {}).get(entri)
    if oleh is None:
        return False
    if per is None:
        return True
    cache = buku.__dict__.setdefault("tanggal_batal_pinjaman", {})
    if oleh not in cache:
        cache[oleh] = date.fromisoformat(buku.cari_entri(oleh)["tanggal"])
    return cache[oleh] <= per


def posisi(buku: Buku, doc: dict, per: date | None = None) -> Posisi:
    """The loan as it stands at `per` (None: after every event, without penalties charged)."""
    denda = AturanDenda.dari_data(doc.get("denda"))
    k = Keadaan.dari_jadwal(doc["jadwal"], denda)
    cair = date.fromisoformat(doc["tanggal"])
    if per is not None and cair > per:
        return Posisi(doc, k, "belum", cair, None, 0)
    batal = buku.kepala.get("batal", {})
    if doc["entri"] in batal and _batal_berlaku(buku, doc["entri"], per):
        return Posisi(doc, k, "batal", cair, None, 0)
    terakhir = cair
    cek = bool(batal)
    for ev in sorted(doc["bayar"], key=lambda e: (e["tanggal"], int(e["entri"][1:]))):
        t = date.fromisoformat(ev["tanggal"])
        if per is not None and t > per:
            break
        if cek and _batal_berlaku(buku, ev["entri"], per):
            continue
        if per is not None:
            k.akrual(t)
        k.terapkan(ev["alokasi"], ev["hapus_jasa"])
        terakhir = max(terakhir, t)
    hapus = doc.get("hapus")
    if hapus and ((per is not None and date.fromisoformat(hapus["tanggal"]) > per)
                  or (cek and _batal_berlaku(buku, hapus["entri"], per))):
        hapus = None
    pulih = 0
    if hapus:
        t = date.fromisoformat(hapus["tanggal"])
        if per is not None:
            k.akrual(t)
        k.ditutup = True
        terakhir = max(terakhir, t)
        for ev in doc.get("pulih", []):
            t = date.fromisoformat(ev["tanggal"])
            if (per is None or t <= per) and not (cek and _batal_berlaku(buku, ev["entri"], per)):
                pulih += ev["jumlah"] - ev.get("lebih", 0)
                terakhir = max(terakhir, t)
        return Posisi(doc, k, "hapus-buku", terakhir, hapus, pulih)
    if k.lunas:
        k.ditutup = True
        return Posisi(doc, k, "lunas", terakhir, None, 0)
    if per is not None:
        k.akrual(per)
    return Posisi(doc, k, "aktif", terakhir, None, 0)


