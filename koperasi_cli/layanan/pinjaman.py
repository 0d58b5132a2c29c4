"""Loans of the savings-and-loan unit: simulate, disburse, repay, settle, age, provision, write off.

The journal is the truth. Each loan event is one entry whose postings are ALL tagged with the
loan (`pinjaman=PJ00001`) and the member (`anggota=0001`), with the facts of the event in its
`data` (the disbursement carries the loan's terms and schedule; a payment its allocation).
The loans table is a cache folded from those entries by `terapkan`: each loan in full (terms,
schedule, payments with their allocation) in a block table of 100 loans (`pinjaman-0001` in
data/pinjaman-0001.json, doc id = loan number), and a one-line summary of every loan in the
index table `pinjaman` (data/pinjaman.json). Recording touches one block and the index, so its
cost does not grow with the number of loans. `bangun_ulang` rebuilds both from the journal and
`periksa_pinjaman` checks them, loan by loan, against the journal and the control accounts.

Accounts: loans receivable 1110, provision (PPAP, contra) 1111, interest income 4201,
admin fee income 4202, penalty income 4203, provision expense 6109, member sukarela 2102;
recoveries after write-off go to `pinjaman.akun_pemulihan` (4402). 1110 holds principal only.

Interest is recognised on the accrual basis (SAK EP; `pinjaman.pengakuan_jasa: akrual`, the
default): at each month end the interest that fell due and is unpaid on a lancar loan is
accrued (Dr 1112 Piutang Jasa Pinjaman, Cr 4201, tagged with the loan; `akrual_bulan`, a month
closing hook, posts the change so that it is idempotent); once a loan is no longer lancar the
accrual is reversed and its interest is recognised when paid. A payment settles the accrued
interest first (Cr 1112). Money paid ahead of the schedule pays principal, never interest not
yet due (`bayar_di_muka: pokok`), or waits in 2113 (`titipan`) until the installments fall due
(applied at month end) or the loan is settled. With `pengakuan_jasa: kas` interest and
penalties are income when paid and a payment runs through later installments' interest too
(the cash basis a cooperative may choose). Penalties are always recognised when paid.

Loans a cooperative brings along when it moves its books here (`impor saldo-awal`, sheet
`pinjaman`) are not disbursed by an entry of their own: the opening entry (`saldo-awal`) carries
them in `data["pinjaman_awal"]` (one record per loan, shaped like a disbursement's data, the
schedule being that of the remaining principal over the remaining installments, the first on the
next due date) and its 1110 postings are tagged with each loan and member. `bangun_dari_jurnal`
folds those records like disbursements dated the opening date; from then on such a loan is
repaid, settled, aged, provisioned and written off like any other. See `data_awal`.

Commands that must be fast read only the loans table, the member table and per-month totals
(`saldo_tag`, `saldo_akun`), never the whole journal. A `jurnal batal` of a loan entry is honoured
at read time: the event it reverses no longer counts from the reversal's date on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from koperasi_cli.core.galat import BUKU_RUSAK, Galat, GalatBanyak
from koperasi_cli.core.jurnal import Baris, Entri
from koperasi_cli.core.pinjaman import (
    DASAR_DENDA, JASA_PELUNASAN, KELAS, KUNCI_KELAS, METODE, AturanDenda, Keadaan, Produk, alokasikan,
    alokasikan_jatuh_tempo, hitung_jadwal, jadwal_ke_data, jasa_jatuh_tempo, kolektibilitas, normal_kelas, npl_persen,
    pelunasan, ppap, tambah_bulan, terutang_jatuh_tempo,
)
from koperasi_cli.core.profil import periksa_nilai
from koperasi_cli.core.tanggal import Bulan
from koperasi_cli.core.uang import bulatkan, parse_jumlah, parse_persen
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


def bangun_dari_jurnal(buku: Buku) -> dict[str, dict]:
    """Every loan document, folded from the whole journal (reads all history: periksa, rebuild)."""
    docs: dict[str, dict] = {}
    # The loans' entries only, then in posting order (sorting every record would hold them all).
    rek = [r for r in buku.entri() if r.get("jenis") in JENIS or r.get("jenis") == JENIS_AWAL]
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
    from koperasi_cli.layanan.kas import akun_kas

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


def _baris_jadwal(jadwal, keadaan: Keadaan | None = None) -> list[dict]:
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
    return {"pinjaman": None, "angsuran": _baris_jadwal(jadwal)}


def cair(buku: Buku, no: str, jumlah: int, *, tenor: int, tanggal: date, produk: str | None = None,
         bunga=None, metode=None, biaya_admin=None, kelipatan: int | None = None, penjamin: str | None = None,
         kas: str | None = None, unit: str | None = None, bukti: str | None = None, ket: str | None = None) -> dict:
    """Disburse a loan to an active member: principal out of cash, admin fee to income."""
    from koperasi_cli.layanan import anggota
    from koperasi_cli.layanan.kas import akun_kas, cek_cukup

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
        "angsuran": _baris_jadwal(data["jadwal"]),
    }


# ---- loans brought in with the opening balances ------------------------------------------------
def data_awal(a: Aturan, id_: str, no: str, sisa_pokok: int, sisa_tenor: int, jatuh_tempo: date, *,
              produk: str | None = None, bunga=None, metode: str | None = None, penjamin: str | None = None,
              tanggal_cair: date | None = None, pokok_awal: int | None = None) -> dict:
    """The record of one outstanding loan brought in by `impor saldo-awal` (for the opening
    entry's `data["pinjaman_awal"]`): the product's terms (the named one, else the default, as
    `cair` takes them) with the file's rate and method over them and no limits checked (the loan
    exists already); the schedule of the remaining principal over the remaining installments by
    the method and rate (flat: interest on `pokok_awal` when given), the first due on `jatuh_tempo`,
    then monthly. No admin fee (it was taken
    when the loan was disbursed). The caller checks the member and the guarantor."""
    s = syarat(a, sisa_pokok, sisa_tenor, produk=produk, bunga=bunga, metode=metode, bebas=True)
    # A flat loan's interest stays on the amount first disbursed, when the file gives it.
    jadwal = hitung_jadwal(sisa_pokok, s.bunga, sisa_tenor, s.metode, jatuh_tempo, s.kelipatan, pertama=jatuh_tempo,
                           pokok_jasa=pokok_awal if s.metode == "flat" else None)
    if any(b.pokok < 0 for b in jadwal):
        raise Galat("pinjaman_terlalu_kecil", jumlah=sisa_pokok, tenor=sisa_tenor)
    return {
        "pinjaman": id_, "anggota": no, "penjamin": penjamin, "produk": s.produk, "pokok": sisa_pokok,
        "bunga": str(s.bunga), "metode": s.metode, "tenor": sisa_tenor, "kelipatan": s.kelipatan, "biaya_admin": 0,
        "denda": s.denda.ke_data(), "jasa_pelunasan": s.jasa_pelunasan, "jadwal": jadwal_ke_data(jadwal),
        "tanggal_cair": tanggal_cair.isoformat() if tanggal_cair else None, "pokok_awal": pokok_awal,
        "mulai": tambah_bulan(jatuh_tempo, -1).isoformat(),
    }


def ppap_awal(a: Aturan, data: dict, per: date) -> tuple[int, str, int]:
    """An opening loan's days past due, class and required provision at `per` (its record only)."""
    k = Keadaan.dari_jadwal(data["jadwal"], AturanDenda.dari_data(data["denda"]))
    hari = k.hari_tunggakan(per)
    kelas = kolektibilitas(hari, a.batas)
    return hari, kelas, ppap(data["pokok"], kelas, a.ppap)


def simpan_awal(buku: Buku, r: dict) -> int:
    """Put the loans of the posted opening entry `r` into the (empty) loans table, one write per
    block: the table then equals what `bangun_dari_jurnal` folds."""
    from tinydb.table import Document

    docs = terapkan_awal(r)
    per_blok: dict[str, list] = {}
    for doc in docs:
        n = nomor_id(doc["id"])
        per_blok.setdefault(nama_blok(n), []).append(Document(doc, doc_id=n))
    for nama, isi in per_blok.items():
        buku.tabel(nama).insert_multiple(isi)
    _indeks(buku).insert_multiple(Document(ringkas(doc), doc_id=nomor_id(doc["id"])) for doc in docs)
    return len(docs)


# ---- payments ----------------------------------------------------------------------------------
def _tanggal_terakhir(buku: Buku, doc: dict) -> str:
    """The date of the loan's latest event that has not been reversed."""
    batal = buku.kepala.get("batal", {})
    t = [doc["tanggal"]] + [e["tanggal"] for e in doc["bayar"] if e["entri"] not in batal]
    t += [e["tanggal"] for e in doc.get("pulih", []) if e["entri"] not in batal]
    if doc.get("hapus") and doc["hapus"]["entri"] not in batal:
        t.append(doc["hapus"]["tanggal"])
    return max(t)


def _cek_urutan(buku: Buku, pos: Posisi, tanggal: date) -> None:
    """A loan's events are recorded in date order: nothing dated before its latest event."""
    if pos.status == "batal":
        raise Galat("pinjaman_batal", id=pos.doc["id"])
    if pos.status == "belum":
        raise Galat("pinjaman_sebelum_cair", id=pos.doc["id"], tanggal=pos.doc["tanggal"])
    terakhir = _tanggal_terakhir(buku, pos.doc)
    if tanggal.isoformat() < terakhir:
        raise Galat("pinjaman_urutan_tanggal", id=pos.doc["id"], tanggal=tanggal.isoformat(), terakhir=terakhir)


def angsur(buku: Buku, id_: str, jumlah: int, *, tanggal: date, lebih_ke_sukarela: bool = False,
           kas: str | None = None, akun_bayar: str | None = None, unit: str | None = None,
           bukti: str | None = None, ket: str | None = None) -> dict:
    """Record a payment: penalty, then interest, then principal, oldest installment first.
    On a written-off loan the payment is a recovery (income). More than is owed is refused,
    unless `lebih_ke_sukarela` credits the excess to the member's simpanan sukarela."""
    if jumlah <= 0:
        raise Galat("jumlah_nol", nilai=str(jumlah))
    doc = ambil(buku, id_)
    pos = posisi(buku, doc, tanggal)
    _cek_urutan(buku, pos, tanggal)
    masuk = _akun_masuk(buku, kas, akun_bayar)
    tag = _tag(doc)
    if pos.status == "lunas":
        raise Galat("pinjaman_sudah_lunas", id=doc["id"])
    if pos.status == "hapus-buku":
        return _pulih(buku, doc, pos, jumlah, tanggal, lebih_ke_sukarela, masuk, unit, bukti, ket)
    k = pos.keadaan
    a = aturan(buku)
    titipan = 0
    if a.akrual:
        alokasi, lebih = alokasikan_jatuh_tempo(k, jumlah, tanggal, pokok_di_muka=not a.titipan)
        boleh = terutang_jatuh_tempo(k, tanggal) + sum(c.sisa_pokok for c in k.cicilan if c.jatuh_tempo > tanggal)
        if a.titipan and lebih and masuk != AKUN_TITIPAN:
            # Held in 2113 up to the principal not yet due (less what is held already).
            ada = -_saldo_pinjaman(buku, doc["id"], tanggal).get(AKUN_TITIPAN, [0, 0])[0]
            titipan = min(lebih, max(sum(c.sisa_pokok for c in k.cicilan if c.jatuh_tempo > tanggal) - ada, 0))
            lebih -= titipan
            boleh -= ada
    else:
        alokasi, lebih = alokasikan(k, jumlah)
        boleh = k.terutang
    if lebih and not lebih_ke_sukarela:
        raise Galat("pinjaman_bayar_lebih", id=doc["id"], jumlah=jumlah, terutang=boleh)
    if a.akrual and k.sisa_pokok == sum(x[3] for x in alokasi) and \
            any(c.jatuh_tempo > tanggal and c.sisa_jasa > 0 for c in k.cicilan):
        # All the principal repaid ahead of the schedule: that is an early payoff, whose
        # interest follows the product's rule.
        raise Galat("pinjaman_pakai_lunasi", id=doc["id"])
    d = sum(x[1] for x in alokasi)
    j = sum(x[2] for x in alokasi)
    p = sum(x[3] for x in alokasi)
    baris = [Baris(masuk, debit=jumlah, **tag)]
    baris += _baris(AKUN_DENDA, -d, tag) + _baris_jasa(buku, doc["id"], j, tanggal, tag) + _baris(AKUN_PIUTANG, -p, tag)
    baris += _baris(AKUN_TITIPAN, -titipan, tag) + _baris(AKUN_SUKARELA, -lebih, tag)
    data = {"pinjaman": doc["id"], "anggota": doc["anggota"], "jumlah": jumlah, "alokasi": alokasi, "lebih": lebih}
    if titipan:
        data["titipan"] = titipan
    e = Entri(tanggal, tuple(baris), ket or f"Angsuran pinjaman {doc['id']} anggota {doc['anggota']}",
              "pinjaman-angsur", unit or UNIT, bukti, data=data)
    r = buku.catat(e)[0]
    _simpan_doc(buku, terapkan(doc, r))
    k.terapkan(alokasi)
    return {
        "pinjaman": doc["id"], "entri": r["id"], "tanggal": r["tanggal"], "anggota": doc["anggota"],
        "jumlah": jumlah, "denda": d, "jasa": j, "pokok": p, "lebih": lebih, "titipan": titipan,
        "sisa_pokok": k.sisa_pokok, "terutang": k.terutang, "lunas": k.lunas,
    }


def _saldo_pinjaman(buku: Buku, id_: str, per: date | None) -> dict:
    return buku.saldo_tag("pinjaman", id_, per=per).get(id_, {})


def _baris_jasa(buku: Buku, id_: str, jasa: int, tanggal: date, tag: dict) -> list[Baris]:
    """The interest a payment collects: the loan's accrued interest (1112) first, the rest income."""
    if jasa <= 0:
        return []
    akrual = max(_saldo_pinjaman(buku, id_, tanggal).get(AKUN_PIUTANG_JASA, [0, 0])[0], 0)
    dari_akrual = min(jasa, akrual)
    return _baris(AKUN_PIUTANG_JASA, -dari_akrual, tag) + _baris(AKUN_JASA, -(jasa - dari_akrual), tag)


def _pulih(buku, doc, pos, jumlah, tanggal, lebih_ke_sukarela, masuk, unit, bukti, ket) -> dict:
    a = aturan(buku)
    h = pos.hapus
    boleh = max(h["pokok"] + h["jasa"] - pos.pulih, 0)
    lebih = max(jumlah - boleh, 0)
    if lebih and not lebih_ke_sukarela:
        raise Galat("pinjaman_bayar_lebih", id=doc["id"], jumlah=jumlah, terutang=boleh)
    tag = _tag(doc)
    baris = [Baris(masuk, debit=jumlah, **tag)] + _baris(a.akun_pemulihan, -(jumlah - lebih), tag)
    baris += _baris(AKUN_SUKARELA, -lebih, tag)
    data = {"pinjaman": doc["id"], "anggota": doc["anggota"], "jumlah": jumlah, "lebih": lebih}
    e = Entri(tanggal, tuple(baris), ket or f"Pemulihan pinjaman dihapus buku {doc['id']} anggota {doc['anggota']}",
              "pinjaman-pulih", unit or UNIT, bukti, data=data)
    r = buku.catat(e)[0]
    _simpan_doc(buku, terapkan(doc, r))
    return {
        "pinjaman": doc["id"], "entri": r["id"], "tanggal": r["tanggal"], "anggota": doc["anggota"],
        "jumlah": jumlah, "denda": 0, "jasa": 0, "pokok": 0, "lebih": lebih, "pemulihan": jumlah - lebih,
        "sisa_pokok": 0, "terutang": boleh - (jumlah - lebih), "lunas": False,
    }


def hitung_pelunasan(buku: Buku, id_: str, tanggal: date) -> dict:
    """What an early payoff at `tanggal` would take (writes nothing)."""
    doc = ambil(buku, id_)
    pos = posisi(buku, doc, tanggal)
    _cek_urutan(buku, pos, tanggal)
    if pos.status == "lunas":
        raise Galat("pinjaman_sudah_lunas", id=doc["id"])
    if pos.status == "hapus-buku":
        raise Galat("pinjaman_sudah_dihapus", id=doc["id"])
    mulai = (doc.get("awal") or {}).get("mulai") or doc["tanggal"]  # an opening loan: its first period's start
    alokasi, hapus, total = pelunasan(pos.keadaan, tanggal, doc["jasa_pelunasan"], date.fromisoformat(mulai))
    return {"doc": doc, "pos": pos, "alokasi": alokasi, "hapus_jasa": hapus, "jumlah": total}


def lunasi(buku: Buku, id_: str, *, tanggal: date, kas: str | None = None, akun_bayar: str | None = None,
           unit: str | None = None, bukti: str | None = None, ket: str | None = None) -> dict:
    """Early payoff: penalties, interest due, the remaining principal and the interest the loan's
    rule (`jasa_pelunasan`) keeps for installments not yet due; the rest of the interest is waived."""
    h = hitung_pelunasan(buku, id_, tanggal)
    doc, alokasi, hapus, total = h["doc"], h["alokasi"], h["hapus_jasa"], h["jumlah"]
    masuk = _akun_masuk(buku, kas, akun_bayar)
    tag = _tag(doc)
    d = sum(x[1] for x in alokasi)
    j = sum(x[2] for x in alokasi)
    p = sum(x[3] for x in alokasi)
    titipan = min(-_saldo_pinjaman(buku, doc["id"], tanggal).get(AKUN_TITIPAN, [0, 0])[0], total)
    titipan = max(titipan, 0)
    baris = _baris(masuk, total - titipan, tag) + _baris(AKUN_TITIPAN, titipan, tag)
    baris += _baris(AKUN_DENDA, -d, tag) + _baris_jasa(buku, doc["id"], j, tanggal, tag) + _baris(AKUN_PIUTANG, -p, tag)
    data = {"pinjaman": doc["id"], "anggota": doc["anggota"], "jumlah": total, "alokasi": alokasi,
            "hapus_jasa": hapus, "lebih": 0}
    if titipan:
        data["titipan"] = titipan
    e = Entri(tanggal, tuple(baris), ket or f"Pelunasan pinjaman {doc['id']} anggota {doc['anggota']}",
              "pinjaman-lunas", unit or UNIT, bukti, data=data)
    r = buku.catat(e)[0]
    _simpan_doc(buku, terapkan(doc, r))
    return {
        "pinjaman": doc["id"], "entri": r["id"], "tanggal": r["tanggal"], "anggota": doc["anggota"],
        "jumlah": total, "denda": d, "jasa": j, "pokok": p, "jasa_dihapus": sum(x[1] for x in hapus),
        "dari_titipan": titipan, "dibayar": total - titipan,
    }


# ---- aging, provision, write-off ---------------------------------------------------------------
def _kelas(a: Aturan, pos: Posisi, per: date) -> tuple[int, str]:
    hari = pos.keadaan.hari_tunggakan(per)
    return hari, kolektibilitas(hari, a.batas)


def hapus_buku(buku: Buku, id_: str, *, tanggal: date, unit: str | None = None, bukti: str | None = None,
               ket: str | None = None) -> dict:
    """Write off a macet loan against its provision; any shortfall (or excess) goes to 6109."""
    a = aturan(buku)
    doc = ambil(buku, id_)
    pos = posisi(buku, doc, tanggal)
    _cek_urutan(buku, pos, tanggal)
    if pos.status == "hapus-buku":
        raise Galat("pinjaman_sudah_dihapus", id=doc["id"])
    if pos.status == "lunas":
        raise Galat("pinjaman_sudah_lunas", id=doc["id"])
    hari, kelas = _kelas(a, pos, tanggal)
    if kelas != "macet":
        raise Galat("pinjaman_belum_macet", id=doc["id"], kelas=kelas, hari=hari, batas=a.batas["diragukan"] + 1)
    saldo = buku.saldo_tag("pinjaman", doc["id"], per=tanggal).get(doc["id"], {})
    sisa = saldo.get(AKUN_PIUTANG, [0, 0])[0]
    cadangan = -saldo.get(AKUN_PPAP, [0, 0])[0]
    tag = _tag(doc)
    baris = _baris(AKUN_PPAP, cadangan, tag) + _baris(AKUN_BEBAN_PPAP, sisa - cadangan, tag) + _baris(AKUN_PIUTANG, -sisa, tag)
    akrual = saldo.get(AKUN_PIUTANG_JASA, [0, 0])[0]
    baris += _baris(AKUN_JASA, akrual, tag) + _baris(AKUN_PIUTANG_JASA, -akrual, tag)  # accrued interest reversed
    k = pos.keadaan
    data = {"pinjaman": doc["id"], "anggota": doc["anggota"], "pokok": sisa, "jasa": k.sisa_jasa,
            "denda": k.sisa_denda, "ppap": cadangan, "hari": hari}
    e = Entri(tanggal, tuple(baris), ket or f"Hapus buku pinjaman macet {doc['id']} anggota {doc['anggota']}",
              "pinjaman-hapus", unit or UNIT, bukti, data=data)
    r = buku.catat(e)[0]
    _simpan_doc(buku, terapkan(doc, r))
    return {"pinjaman": doc["id"], "entri": r["id"], "tanggal": r["tanggal"], "anggota": doc["anggota"],
            "pokok": sisa, "ppap": cadangan, "beban": sisa - cadangan, "hari_tunggakan": hari}


def _baris_portofolio(buku: Buku, per: date, a: Aturan) -> list[dict]:
    """Every loan with outstanding principal or a booked provision at `per`: aging and provision.
    Balances from the per-month loan totals (saldo_tag); the index names the loans and only the
    loans with principal outstanding are read in full (their blocks) and aged."""
    saldo = buku.saldo_tag("pinjaman", per=per)
    indeks = semua(buku)
    jalan = [d["id"] for d in indeks if saldo.get(d["id"], {}).get(AKUN_PIUTANG, [0, 0])[0] > 0]
    penuh = ambil_banyak(buku, jalan)
    kosong = {"angsuran": 0, "pokok": 0, "jasa": 0, "denda": 0}
    hasil = []
    for ring in indeks:
        s = saldo.get(ring["id"], {})
        sisa = s.get(AKUN_PIUTANG, [0, 0])[0]
        tercatat = -s.get(AKUN_PPAP, [0, 0])[0]
        if sisa == 0 and tercatat == 0:
            continue
        doc = penuh.get(ring["id"], ring)
        hari, kelas, tung = 0, None, kosong
        if sisa > 0 and doc is not ring:
            pos = posisi(buku, doc, per)
            hari, kelas = _kelas(a, pos, per)
            tung = pos.keadaan.tunggakan(per)
        elif sisa > 0:
            kelas = "lancar"
        hasil.append({
            "doc": doc, "id": ring["id"], "anggota": ring["anggota"], "tanggal": ring["tanggal"],
            "pokok": ring["pokok"], "sisa_pokok": sisa, "hari_tunggakan": hari, "kolektibilitas": kelas,
            "ppap": ppap(sisa, kelas, a.ppap) if sisa > 0 else 0, "ppap_tercatat": tercatat, "tunggakan": tung,
        })
    return hasil


def _npl(baris: list[dict]) -> Decimal:
    per_kelas: dict[str, int] = {}
    for b in baris:
        per_kelas[b["kolektibilitas"]] = per_kelas.get(b["kolektibilitas"], 0) + b["sisa_pokok"]
    return npl_persen(per_kelas)


def cadangkan(buku: Buku, bulan: Bulan, *, unit: str | None = None, bukti: str | None = None,
              ket: str | None = None) -> dict:
    """Post the change in the loan-loss provision (PPAP) for a month, dated its last day: per loan,
    required at month end minus what is booked. Running it again for the month posts nothing."""
    a = aturan(buku)
    per = bulan.akhir
    if per > buku.hari_ini():
        raise Galat("pinjaman_bulan_belum_berakhir", bulan=str(bulan))
    baris_lap = _baris_portofolio(buku, per, a)
    baris: list[Baris] = []
    neto = 0
    for b in baris_lap:
        selisih = b["ppap"] - b["ppap_tercatat"]
        if selisih:
            baris += _baris(AKUN_PPAP, -selisih, _tag(b["doc"]))
            neto += selisih
    wajib = sum(b["ppap"] for b in baris_lap)
    tercatat = sum(b["ppap_tercatat"] for b in baris_lap)
    hasil = {"bulan": str(bulan), "tanggal": per.isoformat(), "entri": None, "ppap_wajib": wajib,
             "ppap_sebelum": tercatat, "selisih": neto, "npl_persen": float(_npl(baris_lap))}
    if not baris:
        return hasil
    baris += _baris(AKUN_BEBAN_PPAP, neto, {})
    e = Entri(per, tuple(baris), ket or f"Penyisihan kerugian pinjaman (PPAP) {bulan}", "pinjaman-cadangan",
              unit or UNIT, bukti, data={"bulan": str(bulan), "ppap": wajib})
    hasil["entri"] = buku.catat(e)[0]["id"]
    return hasil


def akrual_bulan(buku: Buku, bulan: Bulan) -> list[str]:
    """Month-end hook (SAK EP accrual), dated the month's last day: first a prepayment held in
    2113 pays what has fallen due; then, per loan, the accrued interest (1112) is brought to the
    interest due and unpaid at month end on a lancar loan, to 0 on any other (accrual stops and
    is reversed) or on the cash basis. Idempotent: a second run posts nothing."""
    if not buku.ada("data/pinjaman.json"):  # staged in this unit of work counts (a loan just disbursed)
        return []
    a = aturan(buku)
    per = bulan.akhir
    diposting: list[str] = []
    indeks = semua(buku)
    saldo = buku.saldo_tag("pinjaman", per=per)
    titip = [d["id"] for d in indeks if saldo.get(d["id"], {}).get(AKUN_TITIPAN, [0, 0])[0] < 0]
    for doc in ambil_banyak(buku, titip).values():
        pos = posisi(buku, doc, per)
        if pos.status != "aktif":
            continue
        n = min(-saldo[doc["id"]][AKUN_TITIPAN][0], terutang_jatuh_tempo(pos.keadaan, per))
        if n > 0:
            try:
                h = angsur(buku, doc["id"], n, tanggal=per, akun_bayar=AKUN_TITIPAN,
                           ket=f"Titipan angsuran dipakai untuk angsuran jatuh tempo {doc['id']} anggota {doc['anggota']}")
            except Galat as g:
                if g.kode == "pinjaman_urutan_tanggal":  # a later payment is recorded: it is applied then
                    continue
                raise
            diposting.append(h["entri"])
    if diposting:
        saldo = buku.saldo_tag("pinjaman", per=per)
    calon = [d["id"] for d in indeks
             if saldo.get(d["id"], {}).get(AKUN_PIUTANG_JASA, [0, 0])[0] or
             (a.akrual and saldo.get(d["id"], {}).get(AKUN_PIUTANG, [0, 0])[0] > 0)]
    baris: list[Baris] = []
    for doc in sorted(ambil_banyak(buku, calon).values(), key=lambda d: d["id"]):
        ada = saldo.get(doc["id"], {}).get(AKUN_PIUTANG_JASA, [0, 0])[0]
        target = 0
        if a.akrual:
            pos = posisi(buku, doc, per)
            if pos.status == "aktif" and _kelas(a, pos, per)[1] == "lancar":
                target = jasa_jatuh_tempo(pos.keadaan, per)
        selisih = target - ada
        if selisih:
            tag = _tag(doc)
            baris += _baris(AKUN_PIUTANG_JASA, selisih, tag) + _baris(AKUN_JASA, -selisih, tag)
    if baris:
        e = Entri(per, tuple(baris), f"Jasa pinjaman jatuh tempo belum dibayar (akrual) {bulan}", "pinjaman-akrual",
                  UNIT, None, data={"bulan": str(bulan)})
        diposting.append(buku.catat(e)[0]["id"])
    return diposting


# ---- lists and reports -------------------------------------------------------------------------
def _nama_anggota(buku: Buku) -> dict[str, str]:
    if not buku.ada("data/anggota.json"):
        return {}
    return {d.get("no"): d.get("nama", "") for d in buku.tabel("anggota").all()}


def jadwal(buku: Buku, id_: str, per: date | None = None) -> dict:
    """The schedule with what has been paid (docs/kontrak.md shape) and, beside it, the loan's facts."""
    doc = ambil(buku, id_)
    per = per or buku.hari_ini()
    pos = posisi(buku, doc, per)
    data = {"pinjaman": doc["id"], "angsuran": _baris_jadwal(doc["jadwal"], pos.keadaan)}
    return {"data": data, "doc": doc, "pos": pos, "per": per}


def daftar(buku: Buku, per: date, kolektibilitas: str | None = None) -> dict:
    """Loans outstanding at `per` (docs/kontrak.md JSON), optionally one collectibility class; the NPL
    is always of the whole portfolio."""
    a = aturan(buku)
    kelas = None
    if kolektibilitas is not None:
        kelas = normal_kelas(kolektibilitas)
        if kelas is None:
            raise Galat("pinjaman_kelas_tidak_sah", nilai=kolektibilitas, sah=", ".join(KELAS))
    semua_baris = [b for b in _baris_portofolio(buku, per, a) if b["sisa_pokok"] > 0]
    rows = [
        {k: b[k] for k in ("id", "anggota", "pokok", "sisa_pokok", "hari_tunggakan", "kolektibilitas", "ppap")}
        for b in semua_baris if kelas is None or b["kolektibilitas"] == kelas
    ]
    return {"per": per.isoformat(), "pinjaman": rows, "npl_persen": float(_npl(semua_baris))}


def tunggakan(buku: Buku, per: date) -> dict:
    """Loans with an installment overdue at `per`, longest overdue first."""
    a = aturan(buku)
    nama = _nama_anggota(buku)
    rows = []
    for b in _baris_portofolio(buku, per, a):
        t = b["tunggakan"]
        if b["hari_tunggakan"] <= 0 or b["sisa_pokok"] <= 0:
            continue
        rows.append({
            "id": b["id"], "anggota": b["anggota"], "nama": nama.get(b["anggota"], ""),
            "penjamin": b["doc"].get("penjamin"), "angsuran": t["angsuran"], "pokok": t["pokok"], "jasa": t["jasa"],
            "denda": t["denda"], "jumlah": t["pokok"] + t["jasa"] + t["denda"], "hari_tunggakan": b["hari_tunggakan"],
            "kolektibilitas": b["kolektibilitas"],
        })
    rows.sort(key=lambda r: (-r["hari_tunggakan"], r["id"]))
    total = {k: sum(r[k] for r in rows) for k in ("pokok", "jasa", "denda", "jumlah")}
    return {"per": per.isoformat(), "tunggakan": rows, "total": total}


def laporan(buku: Buku, per: date) -> dict:
    """The loan portfolio at `per`: every loan with outstanding principal (or a booked provision),
    arrears, class and provision; totals per class; NPL; reconciliation with 1110 and 1111."""
    a = aturan(buku)
    nama = _nama_anggota(buku)
    baris = _baris_portofolio(buku, per, a)
    rows = []
    for b in baris:
        t = b["tunggakan"]
        rows.append({
            "id": b["id"], "anggota": b["anggota"], "nama": nama.get(b["anggota"], ""), "tanggal": b["tanggal"],
            "penjamin": b["doc"].get("penjamin"), "pokok": b["pokok"], "sisa_pokok": b["sisa_pokok"],
            "tunggakan": t["pokok"] + t["jasa"], "hari_tunggakan": b["hari_tunggakan"],
            "kolektibilitas": b["kolektibilitas"], "ppap": b["ppap"], "ppap_tercatat": b["ppap_tercatat"],
        })
    kelas = []
    for k in KELAS:
        dalam = [r for r in rows if r["kolektibilitas"] == k and r["sisa_pokok"] > 0]
        kelas.append({
            "kolektibilitas": k, "jumlah_pinjaman": len(dalam), "sisa_pokok": sum(r["sisa_pokok"] for r in dalam),
            "ppap_persen": float(a.ppap[KUNCI_KELAS[k]]), "ppap": sum(r["ppap"] for r in dalam),
        })
    saldo = buku.saldo_akun(per)
    d, k_ = saldo.get(AKUN_PIUTANG, [0, 0])
    piutang = d - k_
    d, k_ = saldo.get(AKUN_PPAP, [0, 0])
    cadangan = k_ - d
    npl = _npl([b for b in baris if b["sisa_pokok"] > 0])
    total_sisa = sum(r["sisa_pokok"] for r in rows)
    total_ppap = sum(r["ppap"] for r in rows)
    total_tercatat = sum(r["ppap_tercatat"] for r in rows)
    return {
        "per": per.isoformat(), "pinjaman": rows, "kelas": kelas,
        "total_sisa_pokok": total_sisa, "total_ppap": total_ppap, "total_ppap_tercatat": total_tercatat,
        "saldo_piutang": piutang, "saldo_ppap": cadangan,
        "cocok_piutang": total_sisa == piutang, "cocok_ppap": total_tercatat == cadangan,
        "npl_persen": float(npl), "npl_sehat_persen": float(a.npl_sehat), "sehat": npl <= a.npl_sehat,
    }


# ---- for other areas ---------------------------------------------------------------------------
def ringkasan_kualitas(buku: Buku, per: date) -> dict:
    """For the health ratios and the Dinas rekap: NPL in basis points, outstanding principal,
    and the provision the classes require."""
    a = aturan(buku)
    baris = [b for b in _baris_portofolio(buku, per, a) if b["sisa_pokok"] > 0]
    npl = _npl(baris)
    return {"npl_bp": int(npl * 100), "sisa_pokok": sum(b["sisa_pokok"] for b in baris),
            "ppap_wajib": sum(b["ppap"] for b in baris), "jumlah_pinjaman": len(baris)}


def pinjaman_anggota(buku: Buku, no: str) -> list[dict]:
    """A member's outstanding loans with their remaining principal (from the loans table; fast).
    For `anggota keluar`: a member with any of these may not simply leave."""
    from koperasi_cli.layanan.anggota import normal_no

    kunci = normal_no(no)
    batal = sorted(_seq(e) for e in buku.kepala.get("batal", {}))
    calon = []
    for ring in semua(buku):
        if ring["anggota"] != kunci:
            continue
        awal, akhir = ring["seq"]
        if ring["status"] == "aktif" or any(awal <= s <= akhir for s in batal):
            calon.append(ring["id"])
    hasil = []
    for doc in ambil_banyak(buku, calon).values():
        pos = posisi(buku, doc)
        if pos.status == "aktif" and pos.keadaan.sisa_pokok > 0:
            hasil.append({"id": doc["id"], "tanggal": doc["tanggal"], "pokok": doc["pokok"],
                          "sisa_pokok": pos.keadaan.sisa_pokok, "sisa_jasa": pos.keadaan.sisa_jasa})
    return hasil


def sisa_pokok_anggota(buku: Buku, no: str) -> int:
    return sum(p["sisa_pokok"] for p in pinjaman_anggota(buku, no))


# ---- periksa -----------------------------------------------------------------------------------
def periksa_pinjaman(buku: Buku) -> list[Galat]:
    """The loans table equals the fold of the journal; each loan's remaining principal equals its
    balance on 1110; every posting on 1110 and 1111 carries a loan tag."""
    temuan: list[Galat] = []
    try:
        dibangun = bangun_dari_jurnal(buku)
    except Galat as g:
        return [g]
    indeks = {d["id"]: d for d in semua(buku)}
    tersimpan: dict[str, dict] = {}
    for nama in sorted(_nama_blok_ada(buku)):
        for d in buku.tabel(nama).all():
            if nama_blok(d.doc_id) != nama or d.get("id") != format_id(d.doc_id):
                temuan.append(Galat("periksa_pinjaman_asing", id=str(d.get("id"))))
            tersimpan[d.get("id")] = dict(d)
    for id_ in sorted(set(dibangun) | set(tersimpan) | set(indeks)):
        if id_ not in dibangun:
            temuan.append(Galat("periksa_pinjaman_asing", id=id_))
        elif id_ not in tersimpan or id_ not in indeks:
            temuan.append(Galat("periksa_pinjaman_hilang", id=id_))
        elif dibangun[id_] != tersimpan[id_] or ringkas(dibangun[id_]) != indeks[id_]:
            temuan.append(Galat("periksa_pinjaman_beda", id=id_))
    saldo = buku.saldo_tag("pinjaman")
    for id_, doc in sorted(dibangun.items()):
        pos = posisi(buku, doc)
        sisa = 0 if pos.status in ("batal", "hapus-buku") else pos.keadaan.sisa_pokok
        jurnal = saldo.get(id_, {}).get(AKUN_PIUTANG, [0, 0])[0]
        if sisa != jurnal:
            temuan.append(Galat("periksa_pinjaman_saldo", id=id_, tabel=sisa, jurnal=jurnal))
    for id_ in sorted(set(saldo) - set(dibangun)):
        jurnal = saldo[id_].get(AKUN_PIUTANG, [0, 0])[0]
        if jurnal:
            temuan.append(Galat("periksa_pinjaman_saldo", id=id_, tabel=0, jurnal=jurnal))
    akun = buku.saldo_akun()
    for kode in (AKUN_PIUTANG, AKUN_PPAP):
        d, k = akun.get(kode, [0, 0])
        tag = sum(v.get(kode, [0, 0])[0] for v in saldo.values())
        if d - k != tag:
            temuan.append(Galat("periksa_pinjaman_tanpa_tag", akun=kode, selisih=d - k - tag))
    return temuan
