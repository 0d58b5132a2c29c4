"""Fixed assets (`koperasi aset`): acquisition, monthly depreciation, disposal, the register.

Where things live:
- the register (master data): TinyDB table `aset` of data/aset.json, one document per asset
  (code, name, group, cost, residual, life, acquisition date and entry, its accounts, unit,
  and the disposals recorded against it);
- depreciation posted: table `susut` of the same file, one row per asset and month with the
  entry that posted it: a cache of the journal (entries `aset-susut` carry `{"bulan", "aset":
  {code: amount}}` in their data) that `periksa` rebuilds and compares;
- an entry reversed with `jurnal batal` no longer counts: an asset whose acquisition was
  reversed leaves the register, a reversed disposal puts the asset back, a reversed month of
  depreciation is due again (the head lists every reversed entry).

Depreciation of (asset, month) is posted at most once, dated at the month's end; `susut` posts
what is due and not yet posted, so an asset added after the month's run gets its charge at the
month's closing. Rules and rounding: core/aset.py and docs/aturan/aset.md.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from koperasi_cli.core import aset as inti
from koperasi_cli.core.galat import Galat
from koperasi_cli.core.jurnal import Entri, debit, kredit
from koperasi_cli.core.tanggal import Bulan
from koperasi_cli.core.konteks import pakai_konteks
from koperasi_cli.ledger.buku import Buku
from koperasi_cli.ledger.periksa import amati, pengamat
from koperasi_cli.layanan.kas import akun_kas, cek_cukup
from koperasi_cli.layanan import sembako

JENIS_TAMBAH = "aset-tambah"
JENIS_SUSUT = "aset-susut"
JENIS_LEPAS = "aset-lepas"
BERKAS = "data/aset.json"


def _tabel(buku: Buku):
    return buku.tabel("aset", "aset")


def _tabel_susut(buku: Buku):
    return buku.tabel("aset", "susut")


def ada_register(buku: Buku) -> bool:
    return BERKAS in buku.kepala["berkas"] or BERKAS in buku.berkas_bertahap()


def atur(buku: Buku) -> dict:
    """`pengaturan.aset` of the profile over the defaults, accounts checked against the chart."""
    p = inti.pengaturan(buku.profil.pengaturan.get("aset"))
    for kunci in ("akun_beban", "akun_hibah", "akun_utang", "akun_bank", "akun_laba", "akun_rugi"):
        _cek_akun(buku, f"aset.{kunci}", p.get(kunci))
    for g, isi in p["golongan"].items():
        _cek_akun(buku, f"aset.golongan.{g}.akun", isi.get("akun"))
        if g != "tanah":
            _cek_akun(buku, f"aset.golongan.{g}.akun_akumulasi", isi.get("akun_akumulasi"))
    return p


def _cek_akun(buku: Buku, kunci: str, kode) -> None:
    if kode is None or str(kode) not in buku.bagan:
        raise Galat("profil_akun_tidak_ada", kunci=f"pengaturan.{kunci}", nilai=str(kode))


# ---- reading the register ------------------------------------------------------------------------
def semua(buku: Buku) -> list[dict]:
    """Every asset whose acquisition stands (not reversed), by code, with `lepas` the disposal in
    force (or None)."""
    if not ada_register(buku):
        return []
    batal = buku.kepala["batal"]
    hasil = []
    for d in _tabel(buku).all():
        if d["entri"] in batal:
            continue
        doc = dict(d)
        berlaku = [x for x in doc.get("pelepasan", []) if x["entri"] not in batal]
        doc["lepas"] = berlaku[-1] if berlaku else None
        hasil.append(doc)
    return sorted(hasil, key=lambda d: d["kode"])


def ambil(buku: Buku, kode: str, daftar: list[dict] | None = None) -> dict:
    k = inti.normal_kode(kode)
    for d in (daftar if daftar is not None else semua(buku)):
        if d["kode"] == k:
            return d
    raise Galat("aset_tidak_ada", aset=k)


def jadwal(doc: dict) -> inti.Jadwal:
    return inti.Jadwal(doc["harga"], doc["residu"], doc["umur"], Bulan.dari_str(doc["mulai"]))


def baris_susut(buku: Buku) -> list[dict]:
    """The depreciation rows in force (their entries not reversed)."""
    if not ada_register(buku):
        return []
    batal = buku.kepala["batal"]
    return [dict(r) for r in _tabel_susut(buku).all() if r["entri"] not in batal]


def _tersusut(baris: list[dict]) -> dict[tuple[str, str], int]:
    """{(asset, month): amount posted}."""
    hasil: dict[tuple[str, str], int] = defaultdict(int)
    for r in baris:
        hasil[(r["aset"], r["bulan"])] += r["jumlah"]
    return hasil


def akumulasi(baris: list[dict], kode: str, per: date | None = None) -> int:
    p = per.isoformat() if per else None
    return sum(r["jumlah"] for r in baris if r["aset"] == kode and (p is None or r["tanggal"] <= p))


# ---- acquisition -----------------------------------------------------------------------------------
@pakai_konteks
def tambah(
    buku: Buku, *, kode: str, nama: str, golongan: str, harga: int, tanggal: date, umur: int | None = None,
    residu: int | None = None, sumber: str | None = None, kas: str | None = None, pemasok: str | None = None,
    unit: str = "kantor", bukti: str | None = None, ket: str | None = None,
) -> dict:
    """Record an acquisition: Dr the group's asset account at cost; Cr cash or bank (paid), 3104
    (a grant in kind at fair value) or 2101 (owed to the supplier, who is registered with the
    outlet's suppliers so that `sembako bayar-pemasok` pays it)."""
    p = atur(buku)
    k = inti.normal_kode(kode)
    g = inti.normal_golongan(golongan)
    s = inti.normal_sumber(sumber)
    if not (nama or "").strip():
        raise Galat("aset_tanpa_nama")
    if ada_register(buku) and any(d["kode"] == k for d in _tabel(buku).all()):
        raise Galat("aset_sudah_ada", aset=k)
    gol = p["golongan"][g]
    u, r = inti.cek_angka(g, harga, umur, residu, int(gol.get("umur") or 0))
    if s == "utang" and not (pemasok or "").strip():
        raise Galat("aset_utang_tanpa_pemasok")
    if kas and s in ("hibah", "utang"):
        raise Galat("aset_kas_tanpa_bayar", sumber=s)
    akun = str(gol["akun"])
    pem = None
    if s in ("kas", "bank"):
        lawan = akun_kas(buku, kas if kas else (p["akun_bank"] if s == "bank" else None))
        cek_cukup(buku, lawan, harga, tanggal)
    elif s == "hibah":
        lawan = str(p["akun_hibah"])
    else:
        lawan = str(p["akun_utang"])
        pem = sembako.cari_pemasok(buku, pemasok, buat=True)
    mulai = inti.bulan_mulai(tanggal)
    teks = ket or f"Perolehan aset {k} {nama.strip()}" + (" (hibah)" if s == "hibah" else "")
    data = {"aset": k, "golongan": g, "sumber": s, "pemasok": pem["kode"] if pem else None}
    e = Entri(tanggal, (debit(akun, harga), kredit(lawan, harga)), teks, JENIS_TAMBAH, unit, bukti, data=data)
    rek = buku.catat(e)[0]
    if pem:
        sembako.daftarkan_pemasok(buku, pem)
        sembako.catat_utang(buku, rek["id"], tanggal, pem["kode"], harga)
    doc = {
        "kode": k, "nama": nama.strip(), "golongan": g, "harga": harga, "residu": r, "umur": u,
        "tanggal": tanggal.isoformat(), "mulai": str(mulai), "sumber": s, "akun": akun,
        "akun_akumulasi": str(gol["akun_akumulasi"]) if g != "tanah" else None, "akun_bayar": lawan,
        "pemasok": pem["kode"] if pem else None, "unit": unit, "entri": rek["id"], "dibuat": buku.sekarang(),
        "pelepasan": [],
    }
    _tabel(buku).insert(doc)
    j = jadwal(doc)
    return {
        "kode": k, "nama": doc["nama"], "golongan": g, "harga": harga, "residu": r, "umur": u,
        "tanggal": doc["tanggal"], "sumber": s, "akun": akun, "akun_bayar": lawan, "entri": rek["id"],
        "susut_mulai": str(mulai) if u else None, "susut_akhir": str(j.terakhir) if u else None,
        "susut_bulanan": j.bulanan, "rekaman": rek,
    }


# ---- depreciation ----------------------------------------------------------------------------------
def _terutang(doc: dict, bulan: Bulan) -> int:
    """The charge of one month for an asset in the register (0 after its disposal)."""
    if not doc["umur"]:
        return 0
    lepas = doc.get("lepas")
    if lepas and inti.bulan_terakhir_lepas(date.fromisoformat(lepas["tanggal"])) < bulan:
        return 0
    return jadwal(doc).susut(bulan)


def _entri_susut(p: dict, per_aset: dict[str, int], daftar: dict[str, dict], bulan: Bulan, tanggal: date,
                 ket: str | None = None, bukti: str | None = None) -> Entri:
    """One entry: Dr depreciation expense per business unit, Cr each group's accumulated account."""
    beban: dict[str, int] = defaultdict(int)
    akum: dict[str, int] = defaultdict(int)
    for kode, n in per_aset.items():
        d = daftar[kode]
        beban[d.get("unit") or "kantor"] += n
        akum[d["akun_akumulasi"]] += n
    akun_beban = str(p["akun_beban"])
    baris = tuple(debit(akun_beban, n, unit=u) for u, n in sorted(beban.items())) + \
        tuple(kredit(a, n) for a, n in sorted(akum.items()))
    teks = ket or f"Penyusutan aset tetap {bulan}"
    return Entri(tanggal, baris, teks, JENIS_SUSUT, "kantor", bukti, data={"bulan": str(bulan), "aset": dict(sorted(per_aset.items()))})


def _catat_susut(buku: Buku, entri: list[Entri], rek: list[dict] | None = None) -> list[dict]:
    """Post depreciation entries (or take the records of ones just posted) and cache their rows."""
    rek = buku.catat(entri) if rek is None else rek
    tabel = _tabel_susut(buku)
    for e, r in zip(entri, rek):
        for kode, n in e.data["aset"].items():
            tabel.insert({"entri": r["id"], "tanggal": r["tanggal"], "aset": kode, "bulan": e.data["bulan"], "jumlah": n})
    return rek


def hitung_susut(buku: Buku, bulan: Bulan) -> tuple[dict[str, int], int]:
    """({asset: charge still to post for the month}, what was already posted for the month)."""
    daftar = semua(buku)
    sudah = _tersusut(baris_susut(buku))
    per_aset = {}
    lalu = 0
    for d in daftar:
        if Bulan.dari_str(d["mulai"]) > bulan:
            continue
        n = _terutang(d, bulan)
        s = sudah.get((d["kode"], str(bulan)), 0)
        lalu += s
        if n - s > 0:
            per_aset[d["kode"]] = n - s
    return per_aset, lalu


@pakai_konteks
def susut(buku: Buku, bulan: Bulan, *, otomatis: bool = False, ket: str | None = None, bukti: str | None = None) -> dict:
    """Post the month's depreciation (dated at the month's end). By hand (`aset susut BULAN`) it is
    refused when nothing is due (already posted, or no asset depreciates that month); at month
    closing (`otomatis`) it posts what is due, nothing when nothing is."""
    if not otomatis and bulan.akhir > buku.hari_ini():
        raise Galat("aset_susut_belum_akhir", bulan=str(bulan), tanggal=bulan.akhir.isoformat())
    if not ada_register(buku):
        if otomatis:
            return {"bulan": str(bulan), "entri": None, "jumlah": 0, "aset": {}}
        raise Galat("aset_susut_kosong", bulan=str(bulan))
    per_aset, lalu = hitung_susut(buku, bulan)
    if not per_aset:
        if otomatis:
            return {"bulan": str(bulan), "entri": None, "jumlah": 0, "aset": {}}
        if lalu:
            raise Galat("aset_susut_sudah", bulan=str(bulan), jumlah=lalu)
        raise Galat("aset_susut_kosong", bulan=str(bulan))
    p = atur(buku)
    daftar = {d["kode"]: d for d in semua(buku)}
    e = _entri_susut(p, per_aset, daftar, bulan, bulan.akhir, ket, bukti)
    r = _catat_susut(buku, [e])[0]
    return {"bulan": str(bulan), "entri": r["id"], "tanggal": r["tanggal"], "jumlah": sum(per_aset.values()),
            "aset": e.data["aset"], "rekaman": r}


def susut_akhir_bulan(buku: Buku, bulan: Bulan) -> list[str]:
    """Month-closing hook (layanan/tutup.py AKHIR_BULAN): the month's depreciation when due."""
    if not ada_register(buku):
        return []
    h = susut(buku, bulan, otomatis=True)
    return [h["entri"]] if h["entri"] else []


# ---- disposal --------------------------------------------------------------------------------------
@pakai_konteks
def lepas(
    buku: Buku, kode: str, harga_jual: int, *, tanggal: date, kas: str | None = None, unit: str | None = None,
    bukti: str | None = None, ket: str | None = None,
) -> dict:
    """Sale (harga_jual > 0, into cash or bank) or write-off (0). The depreciation still due up to
    the last month depreciated is posted first (each month at its end, or on the disposal date
    when that comes first or the month is closed); then cost and accumulated depreciation leave
    the books and the difference with the proceeds is the gain or loss."""
    p = atur(buku)
    daftar = semua(buku)
    doc = ambil(buku, kode, daftar)
    k = doc["kode"]
    if doc["lepas"]:
        raise Galat("aset_sudah_dilepas", aset=k, tanggal=doc["lepas"]["tanggal"])
    if tanggal < date.fromisoformat(doc["tanggal"]):
        raise Galat("aset_lepas_sebelum_perolehan", aset=k, tanggal=doc["tanggal"])
    if kas and not harga_jual:
        raise Galat("aset_kas_tanpa_bayar", sumber="hapus")
    baris = baris_susut(buku)
    terakhir = inti.bulan_terakhir_lepas(tanggal)
    sudah = _tersusut(baris)
    lewat = sorted(b for (a, b), n in sudah.items() if a == k and n and Bulan.dari_str(b) > terakhir)
    if lewat:
        raise Galat("aset_lepas_setelah_susut", aset=k, bulan=lewat[-1], tanggal=tanggal.isoformat())
    entri: list[Entri] = []
    if doc["umur"]:
        j = jadwal(doc)
        b = j.mulai
        while b <= terakhir:
            n = j.susut(b) - sudah.get((k, str(b)), 0)
            if n > 0:
                tgl = b.akhir if (b.akhir < tanggal and str(b) not in buku.bulan_tutup) else tanggal
                entri.append(_entri_susut(p, {k: n}, {k: doc}, b, tgl))
            b = b.berikut()
    akum = akumulasi(baris, k) + sum(e.data["aset"][k] for e in entri)
    laba = inti.laba_lepas(doc["harga"], akum, harga_jual)
    pos = []
    akun_terima = None
    if harga_jual:
        akun_terima = akun_kas(buku, kas)
        pos.append(debit(akun_terima, harga_jual))
    if akum:
        pos.append(debit(doc["akun_akumulasi"], akum))
    if laba < 0:
        pos.append(debit(str(p["akun_rugi"]), -laba))
    pos.append(kredit(doc["akun"], doc["harga"]))
    if laba > 0:
        pos.append(kredit(str(p["akun_laba"]), laba))
    u = unit or doc.get("unit") or "kantor"
    teks = ket or (f"Penjualan aset {k} {doc['nama']}" if harga_jual else f"Penghapusan aset {k} {doc['nama']}")
    data = {"aset": k, "harga_jual": harga_jual, "akumulasi": akum, "nilai_buku": doc["harga"] - akum, "laba": laba}
    e_lepas = Entri(tanggal, tuple(pos), teks, JENIS_LEPAS, u, bukti, data=data)
    # the depreciation still due, then the disposal: validated together (a refusal writes nothing)
    semua_rek = buku.catat([*entri, e_lepas])
    rek_susut = _catat_susut(buku, entri, semua_rek[:-1]) if entri else []
    rek = semua_rek[-1]
    from tinydb import Query

    asli = next(d for d in _tabel(buku).all() if d["kode"] == k and d["entri"] == doc["entri"])
    pelepasan = list(asli.get("pelepasan", [])) + [{"tanggal": tanggal.isoformat(), "harga_jual": harga_jual, "entri": rek["id"],
                                                     "laba": laba, "pada": buku.sekarang()}]
    _tabel(buku).update({"pelepasan": pelepasan}, (Query().kode == k) & (Query().entri == doc["entri"]))
    return {"kode": k, "nama": doc["nama"], "tanggal": tanggal.isoformat(), "harga": doc["harga"], "akumulasi": akum,
            "nilai_buku": doc["harga"] - akum, "harga_jual": harga_jual, "laba": laba, "akun_terima": akun_terima,
            "entri": rek["id"], "entri_susut": [r["id"] for r in rek_susut], "rekaman": rek}


# ---- the register and the card ---------------------------------------------------------------------
def daftar(buku: Buku, per: date) -> dict:
    """The register at a date: every asset held then, with cost, accumulated depreciation posted by
    then and book value (the JSON of docs/kontrak.md); `rinci` adds what the table shows."""
    p = per.isoformat()
    per_aset: dict[str, int] = defaultdict(int)
    for r in baris_susut(buku):
        if r["tanggal"] <= p:
            per_aset[r["aset"]] += r["jumlah"]
    hasil, rinci = [], []
    for d in semua(buku):
        if d["tanggal"] > p or (d["lepas"] and d["lepas"]["tanggal"] <= p):
            continue
        akum = per_aset[d["kode"]]
        x = {"kode": d["kode"], "nama": d["nama"], "golongan": d["golongan"], "harga": d["harga"], "akumulasi": akum,
             "nilai_buku": d["harga"] - akum}
        hasil.append(x)
        j = jadwal(d)
        rinci.append({**x, "tanggal": d["tanggal"], "umur": d["umur"] or None, "residu": d["residu"],
                      "susut_bulanan": j.bulanan or None})
    return {"per": p, "aset": hasil, "total_harga": sum(x["harga"] for x in hasil),
            "total_akumulasi": sum(x["akumulasi"] for x in hasil), "total_nilai_buku": sum(x["nilai_buku"] for x in hasil),
            "rinci": rinci}


def kartu(buku: Buku, kode: str) -> dict:
    """One asset's history month by month: acquisition, each month's depreciation posted, the
    disposal; and the schedule's months still to come."""
    daftar_ = semua(buku)
    doc = ambil(buku, kode, daftar_)
    k = doc["kode"]
    j = jadwal(doc)
    gerak = [{"bulan": doc["tanggal"][:7], "tanggal": doc["tanggal"], "entri": doc["entri"], "jenis": "perolehan",
              "susut": 0, "akumulasi": 0, "nilai_buku": doc["harga"]}]
    akum = 0
    for r in sorted((r for r in baris_susut(buku) if r["aset"] == k), key=lambda r: (r["bulan"], r["tanggal"], r["entri"])):
        akum += r["jumlah"]
        gerak.append({"bulan": r["bulan"], "tanggal": r["tanggal"], "entri": r["entri"], "jenis": "susut",
                      "susut": r["jumlah"], "akumulasi": akum, "nilai_buku": doc["harga"] - akum})
    if doc["lepas"]:
        l_ = doc["lepas"]
        gerak.append({"bulan": l_["tanggal"][:7], "tanggal": l_["tanggal"], "entri": l_["entri"], "jenis": "lepas",
                      "susut": 0, "akumulasi": 0, "nilai_buku": 0, "harga_jual": l_["harga_jual"], "laba": l_["laba"]})
    sisa = []
    if doc["umur"] and not doc["lepas"]:
        sudah = {r["bulan"] for r in gerak if r["jenis"] == "susut"}
        b, jalan = j.mulai, akum
        while j.terakhir is not None and b <= j.terakhir:
            if str(b) not in sudah:
                jalan += j.susut(b)
                sisa.append({"bulan": str(b), "susut": j.susut(b), "akumulasi": jalan, "nilai_buku": doc["harga"] - jalan})
            b = b.berikut()
    return {
        "kode": k, "nama": doc["nama"], "golongan": doc["golongan"], "tanggal": doc["tanggal"], "harga": doc["harga"],
        "residu": doc["residu"], "umur": doc["umur"], "sumber": doc["sumber"], "unit": doc.get("unit"),
        "susut_bulanan": j.bulanan, "susut_mulai": str(j.mulai) if doc["umur"] else None,
        "susut_akhir": str(j.terakhir) if doc["umur"] else None,
        "akumulasi": akum if not doc["lepas"] else 0, "nilai_buku": (doc["harga"] - akum) if not doc["lepas"] else 0,
        "status": "dilepas" if doc["lepas"] else "aktif", "riwayat": gerak, "jadwal_sisa": sisa,
    }


# ---- periksa ---------------------------------------------------------------------------------------
def periksa_aset(buku: Buku) -> list[Galat]:
    """The depreciation cache equals the journal; each asset account and accumulated-depreciation
    account equals the register (cost of the assets held; depreciation posted on them); no asset
    depreciated beyond cost - residual."""
    return amati(buku, [amati_aset])[0]


@pengamat
def amati_aset(buku: Buku):
    """`periksa_aset` as an observer of the journal's one pass (`ledger.periksa.amati`)."""
    if not ada_register(buku):
        return []
    temuan: list[Galat] = []
    jurnal = set()
    while (r := (yield)) is not None:
        if r["jenis"] == JENIS_SUSUT:
            d = r.get("data") or {}
            for kode, n in (d.get("aset") or {}).items():
                jurnal.add((r["id"], r["tanggal"], kode, d.get("bulan"), n))
    cache = {(x["entri"], x["tanggal"], x["aset"], x["bulan"], x["jumlah"]) for x in _tabel_susut(buku).all()}
    if cache != jurnal:
        temuan.append(Galat("periksa_aset_cache"))
    p = atur(buku)
    baris = baris_susut(buku)
    daftar_ = semua(buku)
    harus: dict[str, int] = defaultdict(int)
    for g in p["golongan"].values():
        harus[str(g["akun"])] += 0
        if g.get("akun_akumulasi"):
            harus[str(g["akun_akumulasi"])] += 0
    for d in daftar_:
        akum = akumulasi(baris, d["kode"])
        if akum > d["harga"] - d["residu"]:
            temuan.append(Galat("periksa_aset_lebih_susut", aset=d["kode"], akumulasi=akum, batas=d["harga"] - d["residu"]))
        if d["lepas"]:
            continue
        harus[d["akun"]] += d["harga"]
        if d["akun_akumulasi"]:
            harus[d["akun_akumulasi"]] -= akum
    saldo = buku.saldo_akun()
    for akun in sorted(harus):
        dk = saldo.get(akun, [0, 0])
        if dk[0] - dk[1] != harus[akun]:
            temuan.append(Galat("periksa_aset_akun", akun=akun, saldo=dk[0] - dk[1], register=harus[akun]))
    return temuan
