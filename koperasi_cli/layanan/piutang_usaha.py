"""Receivables of the rental and service units (1122 Piutang Sewa dan Jasa), by party.

Every entry that moves 1122 carries `data["piutang"]`: a list of movements
{jenis: sewa|jasa, pihak, nama, anggota, ref, jumlah (+ billed, - paid)}. data/piutang-usaha.json
(table `piutang`) caches them with the entry number; a movement whose entry was reversed
(`jurnal batal`) no longer counts. `periksa` rebuilds the cache from the journal and checks the
total against the account. A payment settles the party's oldest open bills first.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from koperasi_cli.core.galat import Galat
from koperasi_cli.core.jurnal import Entri, debit, kredit
from koperasi_cli.core.konteks import pakai_konteks
from koperasi_cli.ledger.buku import Buku
from koperasi_cli.ledger.periksa import amati, pengamat
from koperasi_cli.layanan.kas import akun_kas

AKUN_PIUTANG = "1122"


def _tabel(buku: Buku):
    return buku.tabel("piutang-usaha", "piutang")


def kunci_pihak(teks: str | None) -> str:
    return " ".join(str(teks or "").split()).lower()


def gerak(pihak: str, nama: str, jenis: str, ref: str, jumlah: int, anggota: str | None = None) -> dict:
    return {"jenis": jenis, "pihak": kunci_pihak(pihak), "nama": nama, "anggota": anggota, "ref": ref, "jumlah": jumlah}


def simpan_gerak(buku: Buku, r: dict) -> None:
    rows = (r.get("data") or {}).get("piutang") or []
    if rows:
        _tabel(buku).insert_multiple({**g, "entri": r["id"], "tanggal": r["tanggal"]} for g in rows)


def terbuka(buku: Buku, jenis: str | None = None, per: date | None = None) -> list[dict]:
    """Open bills, oldest first: {ref, jenis, pihak, nama, anggota, tanggal, jumlah, sisa}."""
    batal = buku.kepala["batal"]
    tagih: dict[str, dict] = {}
    bayar: dict[str, int] = defaultdict(int)
    for m in sorted(_tabel(buku).all(), key=lambda x: (x["tanggal"], x["entri"])):
        if m["entri"] in batal or (jenis and m["jenis"] != jenis) or (per and m["tanggal"] > per.isoformat()):
            continue
        if m["jumlah"] > 0:
            t = tagih.setdefault(m["ref"], {k: m[k] for k in ("ref", "jenis", "pihak", "nama", "anggota", "tanggal")} | {"jumlah": 0})
            t["jumlah"] += m["jumlah"]
        else:
            bayar[m["ref"]] += -m["jumlah"]
    hasil = []
    for ref, t in tagih.items():
        t["sisa"] = t["jumlah"] - bayar.get(ref, 0)
        if t["sisa"] > 0:
            hasil.append(t)
    return sorted(hasil, key=lambda t: (t["tanggal"], t["ref"]))


def sisa_ref(buku: Buku, ref: str) -> int:
    return sum(t["sisa"] for t in terbuka(buku) if t["ref"] == ref)


def daftar(buku: Buku, jenis: str, per: date) -> dict:
    """Open receivables with their age in days (JSON of `sewa piutang` / `jasa piutang`)."""
    baris = []
    for t in terbuka(buku, jenis, per):
        umur = (per - date.fromisoformat(t["tanggal"])).days
        baris.append({"pihak": t["nama"], "anggota": t["anggota"], "ref": t["ref"], "tanggal": t["tanggal"],
                      "jumlah": t["jumlah"], "sisa": t["sisa"], "umur_hari": umur, "kelompok_umur": kelompok_umur(umur)})
    return {"per": per.isoformat(), "piutang": baris, "total": sum(b["sisa"] for b in baris)}


def kelompok_umur(hari: int) -> str:
    return "0-30" if hari <= 30 else "31-60" if hari <= 60 else "61-90" if hari <= 90 else ">90"


@pakai_konteks
def bayar(buku: Buku, jenis: str, pihak: str, jumlah: int, *, tanggal: date, kas: str | None = None,
          unit: str | None = None, bukti: str | None = None, ket: str | None = None) -> dict:
    """A party pays: its oldest open bills first; refused above what it owes."""
    k = kunci_pihak(pihak)
    milik = [t for t in terbuka(buku, jenis)
             if k in (t["pihak"], kunci_pihak(t["nama"])) or (t["anggota"] and t["anggota"] == str(pihak).strip())]
    total = sum(t["sisa"] for t in milik)
    if not milik:
        raise Galat("piutang_usaha_tidak_ada", pihak=str(pihak), jenis=jenis)
    if jumlah > total:
        raise Galat("piutang_usaha_lebih", pihak=milik[0]["nama"], piutang=total, jumlah=jumlah)
    rows, sisa = [], jumlah
    for t in milik:
        if sisa <= 0:
            break
        n = min(sisa, t["sisa"])
        rows.append(gerak(t["pihak"], t["nama"], jenis, t["ref"], -n, t["anggota"]))
        sisa -= n
    akun = akun_kas(buku, kas)
    unit_ = unit or _unit_ref(buku, milik[0]["ref"]) or "kantor"
    e = Entri(tanggal, (debit(akun, jumlah), kredit(AKUN_PIUTANG, jumlah)),
              ket or f"Pelunasan piutang {jenis} {milik[0]['nama']}", f"{jenis}-bayar-piutang", unit_, bukti,
              data={"piutang": rows})
    r = buku.catat(e)[0]
    simpan_gerak(buku, r)
    return {"entri": r["id"], "tanggal": r["tanggal"], "pihak": milik[0]["nama"], "jumlah": jumlah,
            "sisa_piutang": total - jumlah, "dilunasi": [{"ref": x["ref"], "jumlah": -x["jumlah"]} for x in rows], "rekaman": r}


def _unit_ref(buku: Buku, ref: str) -> str | None:
    for m in _tabel(buku).all():
        if m["ref"] == ref and m["jumlah"] > 0:
            try:
                return buku.cari_entri(m["entri"])["unit"]
            except Galat:
                return None
    return None


def periksa_piutang_usaha(buku: Buku) -> list[Galat]:
    """The cache equals the movements in the journal; their total equals 1122."""
    return amati(buku, [amati_piutang_usaha])[0]


@pengamat
def amati_piutang_usaha(buku: Buku):
    """`periksa_piutang_usaha` as an observer of the journal's one pass (`ledger.periksa.amati`)."""
    temuan = []
    if not (buku.akar / "data" / "piutang-usaha.json").exists():
        # No rental or service receivable was ever recorded: the account must be untouched
        # (a full pass over the journal is not needed on a book without these units).
        d, k = buku.saldo_akun().get(AKUN_PIUTANG, [0, 0])
        return [Galat("periksa_piutang_usaha", akun_saldo=d - k, rinci=0)] if d - k else []
    jurnal = []
    while (r := (yield)) is not None:
        for g in (r.get("data") or {}).get("piutang") or []:
            if r["jenis"] != "batal":
                jurnal.append((r["id"], g["ref"], g["jumlah"]))
    cache = [(m["entri"], m["ref"], m["jumlah"]) for m in _tabel(buku).all()] \
        if (buku.akar / "data" / "piutang-usaha.json").exists() else []
    if sorted(cache) != sorted(jurnal):
        temuan.append(Galat("periksa_piutang_usaha_cache"))
    batal = buku.kepala["batal"]
    efektif = sum(j for rid, _ref, j in jurnal if rid not in batal)
    d, k = buku.saldo_akun().get(AKUN_PIUTANG, [0, 0])
    if d - k != efektif:
        temuan.append(Galat("periksa_piutang_usaha", akun_saldo=d - k, rinci=efektif))
    return temuan
