"""Simpanan berjangka: members' time deposits (2103), kept in data/berjangka.json.

One document per deposit: `{"id": "SB00001", "bilyet", "no", "pokok", "jangka", "bunga_tahunan",
"bunga_ke": "sukarela"|"jatuh-tempo", "perpanjang", "tanggal", "jatuh_tempo", "ulang_dibayar",
"bunga_tertahan", "status": "aktif"|"selesai"|"dicairkan"|"diperpanjang", "riwayat": [...]}`.
A deposit's balance in 2103 is its principal plus the interest it keeps to maturity; every 2103
posting is tagged with the member, so `periksa_berjangka` can reconcile deposits, members and
the account.

Interest falls due on each monthly anniversary (core/berjangka.py). `bunga_bulan` posts the
anniversaries of a month once (month closing does it; `simpanan jasa` does it first), credits
each to sukarela or keeps it in the deposit, and settles maturities: the money goes to
sukarela, or rolls over for the same term at the rate the profile then has. The final tax of
PP 15/2009 is on all the savings interest a member gets in a month, sukarela and berjangka
together (`pajak_tambahan`).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from koperasi_cli.core import berjangka as inti
from koperasi_cli.core.galat import Galat
from koperasi_cli.core.jurnal import Entri, debit, kredit
from koperasi_cli.core.simpanan import AKUN, AKUN_BEBAN_JASA, AKUN_PAJAK, pajak_jasa
from koperasi_cli.core.tanggal import Bulan
from koperasi_cli.core.uang import bulatkan, format_persen
from koperasi_cli.layanan.anggota import wajib_aktif
from koperasi_cli.layanan.kas import akun_kas, cek_cukup
from koperasi_cli.ledger.buku import Buku
from koperasi_cli.layanan.simpanan_dasar import saldo_jenis, unit_simpanan
from koperasi_cli.layanan.pinjaman import menunggak

AKUN_BERJANGKA = "2103"
AKUN_DENDA = "4203"
BUNGA_KE = ("sukarela", "jatuh-tempo")
DARI = ("kas", "sukarela")
# Entry kinds that carry a month's savings interest per member (`data.jasa_bulan`, `data.anggota`).
JENIS_BUNGA = ("simpanan-jasa", "berjangka-bunga", "berjangka-cair")


def _tabel(buku: Buku):
    return buku.tabel("berjangka")


def ada(buku: Buku) -> bool:
    """Whether the cooperative has deposits (the file, on disk or staged in this unit of work)."""
    return buku.ada("data/berjangka.json")


def semua(buku: Buku) -> list[dict]:
    return [dict(d) for d in _tabel(buku).all()] if ada(buku) else []


def ambil(buku: Buku, id_: str) -> dict:
    kunci = str(id_).strip().upper()
    for d in semua(buku):
        if d["id"] == kunci or d.get("bilyet") == str(id_).strip():
            return d
    raise Galat("berjangka_tidak_ada", id=str(id_))


def _simpan(buku: Buku, doc: dict) -> None:
    from tinydb import Query

    t = _tabel(buku)
    if t.contains(Query().id == doc["id"]):
        t.update(doc, Query().id == doc["id"])
    else:
        t.insert(doc)


def id_berikut(buku: Buku) -> str:
    n = max((int(d["id"][2:]) for d in semua(buku)), default=0)
    return f"SB{n + 1:05d}"


def aturan(buku: Buku) -> dict:
    p = buku.profil
    jangka = ((p.pengaturan.get("simpanan") or {}).get("berjangka") or {}).get("jangka")
    if not isinstance(jangka, list) or not all(isinstance(j, int) and not isinstance(j, bool) and 1 <= j <= 120 for j in jangka):
        raise Galat("profil_kunci_jenis", kunci="pengaturan.simpanan.berjangka.jangka", harap="daftar bulan, mis. [3, 6, 12]")
    return {
        "minimum": p.atur("simpanan.berjangka.minimum", "rupiah"),
        "jangka": jangka,
        "bunga_tahunan": p.atur("simpanan.berjangka.bunga_tahunan", "persen"),
        "denda_persen": p.atur("simpanan.berjangka.denda_persen", "persen"),
        "jaminan": p.atur("simpanan.berjangka.jaminan", "bool"),
    }


def _tertahan_bulan(buku: Buku, bulan: Bulan) -> dict[str, dict[str, int]]:
    """Interest and tax already credited to each member for `bulan` (entries not reversed)."""
    hasil: dict[str, dict[str, int]] = defaultdict(lambda: {"jasa": 0, "pajak": 0})
    batal = buku.kepala["batal"]
    bulan_s = str(bulan)
    # Every such entry is dated in the month it counts for (the month's end, or the withdrawal's
    # day), so that month's shard alone holds them.
    if bulan_s not in buku.kepala["bulan"]:
        return hasil
    for r in buku.shard(bulan)["entri"].values():
        if r.get("jenis") not in JENIS_BUNGA or r["id"] in batal:
            continue
        d = r.get("data") or {}
        if (d.get("jasa_bulan") or d.get("bulan")) != bulan_s:
            continue
        for no, x in (d.get("anggota") or {}).items():
            hasil[no]["jasa"] += x.get("jasa", 0)
            hasil[no]["pajak"] += x.get("pajak", 0)
    return hasil


def pajak_tambahan(buku: Buku, bulan: Bulan, jasa_baru: dict[str, int]) -> dict[str, int]:
    """The final tax still to withhold from each member's new interest of `bulan`: the tax on all
    their savings interest of the month (PP 15/2009: none up to the threshold, the rate on the
    whole above it) less what was already withheld this month."""
    p = buku.profil
    batas = p.atur("simpanan.batas_pajak_jasa", "rupiah")
    tarif = p.atur("simpanan.tarif_pajak_jasa", "persen")
    sudah = _tertahan_bulan(buku, bulan)
    return {no: max(0, pajak_jasa(sudah[no]["jasa"] + j, batas, tarif) - sudah[no]["pajak"]) for no, j in jasa_baru.items()}


# ---- placing a deposit --------------------------------------------------------------------------
def buka(buku: Buku, no: str, jumlah: int, *, jangka: int, tanggal: date, bunga_tahunan: Decimal | None = None,
         bunga_ke: str = "sukarela", perpanjang: bool = False, dari: str = "kas", kas: str | None = None,
         bilyet: str | None = None, unit: str | None = None, bukti: str | None = None, ket: str | None = None) -> dict:
    """Place a deposit of an active member, from cash or from their sukarela."""
    a = wajib_aktif(buku, no)
    at = aturan(buku)
    if jangka not in at["jangka"]:
        raise Galat("berjangka_jangka", jangka=jangka, sah=", ".join(str(j) for j in at["jangka"]))
    if jumlah < at["minimum"]:
        raise Galat("berjangka_minimum", jumlah=jumlah, minimum=at["minimum"])
    bunga = at["bunga_tahunan"] if bunga_tahunan is None else bunga_tahunan
    if not (Decimal(0) < bunga <= Decimal(50)):
        raise Galat("berjangka_bunga", nilai=str(bunga))
    if bunga_ke not in BUNGA_KE:
        raise Galat("berjangka_pilihan", opsi="--bunga-ke", nilai=bunga_ke, sah=", ".join(BUNGA_KE))
    if dari not in DARI:
        raise Galat("berjangka_pilihan", opsi="--dari", nilai=dari, sah=", ".join(DARI))
    if a["tanggal_masuk"] > tanggal.isoformat():
        raise Galat("berjangka_sebelum_masuk", no=a["no"], tanggal=a["tanggal_masuk"])
    id_ = id_berikut(buku)
    bilyet = (bilyet or id_).strip()
    if any(d.get("bilyet") == bilyet for d in semua(buku)):
        raise Galat("berjangka_bilyet_ganda", bilyet=bilyet)
    if dari == "sukarela":
        ada_ = min(saldo_jenis(buku, a["no"], tanggal)["sukarela"], saldo_jenis(buku, a["no"])["sukarela"])
        if ada_ < jumlah:
            raise Galat("saldo_simpanan_kurang", no=a["no"], nama=a["nama"], jenis="sukarela", saldo=ada_, jumlah=jumlah)
        sumber = debit(AKUN["sukarela"], jumlah, anggota=a["no"])
    else:
        sumber = debit(akun_kas(buku, kas), jumlah)
    jt = inti.jatuh_tempo(tanggal, jangka)
    e = Entri(tanggal, (sumber, kredit(AKUN_BERJANGKA, jumlah, anggota=a["no"])),
              ket or f"Simpanan berjangka {id_} {a['no']} {a['nama']} {jangka} bulan {format_persen(bunga, bahasa='id')} setahun",
              "berjangka-buka", unit_simpanan(buku, unit), bukti, data={"berjangka": id_})
    r = buku.catat(e)[0]
    doc = {"id": id_, "bilyet": bilyet, "no": a["no"], "nama": a["nama"], "pokok": jumlah, "jangka": jangka,
           "bunga_tahunan": str(bunga), "bunga_ke": bunga_ke, "perpanjang": bool(perpanjang),
           "tanggal": tanggal.isoformat(), "jatuh_tempo": jt.isoformat(), "ulang_dibayar": 0, "bunga_tertahan": 0,
           "status": "aktif", "asal": None, "riwayat": [{"tanggal": tanggal.isoformat(), "peristiwa": "buka", "entri": r["id"]}]}
    _simpan(buku, doc)
    return {**ringkas(doc), "entri": r["id"], "rekaman": r, "bunga_bulanan": inti.bunga_bulanan(jumlah, bunga)}


def ringkas(d: dict) -> dict:
    return {k: d[k] for k in ("id", "bilyet", "no", "nama", "pokok", "jangka", "bunga_tahunan", "bunga_ke", "perpanjang",
                              "tanggal", "jatuh_tempo", "ulang_dibayar", "bunga_tertahan", "status")} | \
        {"saldo": d["pokok"] + d["bunga_tertahan"]}


# ---- interest and maturity ----------------------------------------------------------------------
def _bunga_jatuh(d: dict, sampai: date, bulan: Bulan | None = None) -> list[tuple[int, date, int]]:
    """Anniversaries not yet paid, up to `sampai` (and within `bulan` when given): (k, date, interest)."""
    tgl = date.fromisoformat(d["tanggal"])
    bunga = Decimal(d["bunga_tahunan"])
    hasil = []
    for k in range(d["ulang_dibayar"] + 1, d["jangka"] + 1):
        u = inti.ulang_bulan(tgl, k)
        if u > sampai or (bulan is not None and Bulan.dari_tanggal(u) > bulan):
            break
        if bulan is not None and Bulan.dari_tanggal(u) < bulan:
            raise Galat("berjangka_bulan_terlewat", id=d["id"], bulan=str(Bulan.dari_tanggal(u)))
        hasil.append((k, u, inti.bunga_bulanan(d["pokok"], bunga)))
    return hasil


def sudah_dihitung(buku: Buku, bulan: Bulan) -> str | None:
    batal = buku.kepala["batal"]
    if str(bulan) not in buku.kepala["bulan"]:
        return None
    for r in buku.shard(bulan)["entri"].values():
        if r.get("jenis") == "berjangka-bunga" and (r.get("data") or {}).get("jasa_bulan") == str(bulan) and r["id"] not in batal:
            return r["id"]
    return None


def bunga_bulan(buku: Buku, bulan: Bulan, *, jasa_lain: dict[str, int] | None = None, unit: str | None = None,
                bukti: str | None = None) -> dict:
    """Post the interest of every anniversary in `bulan` (one entry on the month's last day) and
    settle the deposits that mature in it. Idempotent: a month already posted posts nothing.

    `jasa_lain` is the sukarela interest `simpanan jasa` is about to credit for the month: the tax
    is computed on each member's whole savings interest and taken first out of that interest
    (returned in `pajak_lain` for the caller to withhold), then out of the deposits' interest."""
    jasa_lain = {no: j for no, j in (jasa_lain or {}).items() if j}
    hasil = {"bulan": str(bulan), "deposito": [], "total_bunga": 0, "total_pajak": 0, "entri": [], "jatuh_tempo": [],
             "pajak_lain": None}
    if not ada(buku) or sudah_dihitung(buku, bulan):
        return hasil
    if bulan.akhir > buku.hari_ini():
        raise Galat("jasa_bulan_belum_berakhir", bulan=str(bulan))
    docs = [d for d in semua(buku) if d["status"] == "aktif"]
    jatuh = {d["id"]: _bunga_jatuh(d, bulan.akhir, bulan) for d in docs}
    per_anggota: dict[str, int] = defaultdict(int)
    for d in docs:
        per_anggota[d["no"]] += sum(x[2] for x in jatuh[d["id"]])
    per_anggota = {no: j for no, j in per_anggota.items() if j}
    if not per_anggota:
        return hasil
    semua_jasa = {no: per_anggota.get(no, 0) + jasa_lain.get(no, 0) for no in set(per_anggota) | set(jasa_lain)}
    pajak = pajak_tambahan(buku, bulan, semua_jasa)
    # The member's tax comes first out of the sukarela interest being credited with it, then out
    # of the deposits' interest paid into sukarela, then out of what a deposit keeps.
    pajak_lain = {no: min(jasa_lain.get(no, 0), p) for no, p in pajak.items()}
    sisa_pajak = {no: p - pajak_lain[no] for no, p in pajak.items()}
    baris = [debit(AKUN_BEBAN_JASA, sum(per_anggota.values()))]
    for d in sorted(docs, key=lambda d: (d["bunga_ke"] != "sukarela", d["id"])):
        j = sum(x[2] for x in jatuh[d["id"]])
        if not j:
            continue
        potong = min(j, sisa_pajak.get(d["no"], 0))
        sisa_pajak[d["no"]] = sisa_pajak.get(d["no"], 0) - potong
        bersih = j - potong
        akun = AKUN["sukarela"] if d["bunga_ke"] == "sukarela" else AKUN_BERJANGKA
        if bersih:
            baris.append(kredit(akun, bersih, anggota=d["no"]))
        d["ulang_dibayar"] = jatuh[d["id"]][-1][0]
        if d["bunga_ke"] == "jatuh-tempo":
            d["bunga_tertahan"] += bersih
        hasil["deposito"].append({"id": d["id"], "no": d["no"], "bunga": j, "pajak": potong, "diterima": bersih, "ke": d["bunga_ke"]})
    # What the deposits' interest carried: the member's tax less what is left over.
    pajak_ini = {no: p - pajak_lain[no] - sisa_pajak[no] for no, p in pajak.items()}
    baris += [kredit(AKUN_PAJAK, p, anggota=no) for no, p in pajak_ini.items() if p]
    # What the deposits' interest could not carry (a member whose deposit interest is smaller than
    # the tax increase) stays with the sukarela interest, which the caller withholds.
    for no, tersisa in sisa_pajak.items():
        pajak_lain[no] += tersisa
    data = {"jasa_bulan": str(bulan),
            "anggota": {no: {"jasa": j, "pajak": pajak_ini.get(no, 0)} for no, j in per_anggota.items()},
            "deposito": {x["id"]: x["bunga"] for x in hasil["deposito"]}}
    e = Entri(bulan.akhir, tuple(baris), f"Bunga simpanan berjangka {bulan}", "berjangka-bunga", unit_simpanan(buku, unit),
              bukti, data=data)
    r = buku.catat(e)[0]
    hasil["entri"].append(r["id"])
    hasil["total_bunga"] = sum(per_anggota.values())
    hasil["total_pajak"] = sum(pajak_ini.values())
    hasil["pajak_lain"] = pajak_lain
    for d in docs:
        if not jatuh[d["id"]]:
            continue
        d["riwayat"].append({"tanggal": bulan.akhir.isoformat(), "peristiwa": "bunga", "entri": r["id"],
                             "ulang": d["ulang_dibayar"]})
        if d["ulang_dibayar"] == d["jangka"]:
            hasil["jatuh_tempo"].append(_jatuh_tempo(buku, d, unit=unit, bukti=bukti))
        else:
            _simpan(buku, d)
    return hasil


def _jatuh_tempo(buku: Buku, d: dict, *, unit: str | None, bukti: str | None) -> dict:
    """A deposit at maturity: rolled over at the profile's rate now, or paid into sukarela."""
    jt = date.fromisoformat(d["jatuh_tempo"])
    saldo = d["pokok"] + d["bunga_tertahan"]
    if d["perpanjang"]:
        id_baru = id_berikut(buku)
        baru = {**d, "id": id_baru, "bilyet": id_baru, "pokok": saldo, "bunga_tahunan": str(aturan(buku)["bunga_tahunan"]), "tanggal": jt.isoformat(),
                "jatuh_tempo": inti.jatuh_tempo(jt, d["jangka"]).isoformat(), "ulang_dibayar": 0, "bunga_tertahan": 0,
                "status": "aktif", "asal": d["id"], "riwayat": [{"tanggal": jt.isoformat(), "peristiwa": "perpanjang", "dari": d["id"]}]}
        d.update(status="diperpanjang", diperpanjang_ke=baru["id"])
        d["riwayat"].append({"tanggal": jt.isoformat(), "peristiwa": "diperpanjang", "ke": baru["id"]})
        _simpan(buku, d)
        _simpan(buku, baru)
        return {"id": d["id"], "perpanjang": baru["id"], "pokok": saldo, "bunga_tahunan": baru["bunga_tahunan"]}
    e = Entri(max(jt, date.fromisoformat(d["tanggal"])), (debit(AKUN_BERJANGKA, saldo, anggota=d["no"]),
                                                        kredit(AKUN["sukarela"], saldo, anggota=d["no"])),
              f"Simpanan berjangka {d['id']} jatuh tempo ke sukarela {d['no']}", "berjangka-jatuh-tempo",
              unit_simpanan(buku, unit), bukti, data={"berjangka": d["id"]})
    r = buku.catat(e)[0]
    d.update(status="selesai")
    d["riwayat"].append({"tanggal": jt.isoformat(), "peristiwa": "jatuh-tempo", "entri": r["id"]})
    _simpan(buku, d)
    return {"id": d["id"], "ke_sukarela": saldo, "entri": r["id"]}


# ---- early (or late) withdrawal -----------------------------------------------------------------
def _menunggak(buku: Buku, no: str, per: date) -> bool:
    if not buku.ada("data/pinjaman.json"):
        return False
    return menunggak(buku, no, per)


def cairkan(buku: Buku, id_: str, *, tanggal: date, ke: str = "kas", kas: str | None = None,
            unit: str | None = None, bukti: str | None = None, ket: str | None = None) -> dict:
    """Withdraw a deposit: the anniversaries passed are paid, the running month's interest is
    forfeited (the default penalty), plus `denda_persen` of the principal when the profile sets
    one. Refused while the member's loan is in arrears when the profile makes deposits collateral."""
    d = ambil(buku, id_)
    if d["status"] != "aktif":
        raise Galat("berjangka_tidak_aktif", id=d["id"], status=d["status"])
    if tanggal < date.fromisoformat(d["tanggal"]):
        raise Galat("berjangka_sebelum_buka", id=d["id"], tanggal=d["tanggal"])
    if ke not in DARI:
        raise Galat("berjangka_pilihan", opsi="--ke", nilai=ke, sah=", ".join(DARI))
    at = aturan(buku)
    if at["jaminan"] and _menunggak(buku, d["no"], tanggal):
        raise Galat("berjangka_jaminan", id=d["id"], no=d["no"])
    jt = date.fromisoformat(d["jatuh_tempo"])
    lewat = _bunga_jatuh(d, tanggal)
    bunga = sum(x[2] for x in lewat)
    dini = tanggal < jt
    denda = bulatkan(Decimal(d["pokok"]) * at["denda_persen"] / Decimal(100)) if dini else 0
    bulan = Bulan.dari_tanggal(tanggal)
    pajak = pajak_tambahan(buku, bulan, {d["no"]: bunga})[d["no"]] if bunga else 0
    saldo = d["pokok"] + d["bunga_tertahan"]
    bayar = saldo + bunga - pajak - denda
    if bayar < 0:
        raise Galat("berjangka_denda_lebih", id=d["id"])
    baris = [debit(AKUN_BERJANGKA, saldo, anggota=d["no"])]
    if bunga:
        baris.append(debit(AKUN_BEBAN_JASA, bunga))
    if ke == "sukarela":
        baris.append(kredit(AKUN["sukarela"], bayar, anggota=d["no"]))
    else:
        k = akun_kas(buku, kas)
        cek_cukup(buku, k, bayar, tanggal)
        baris.append(kredit(k, bayar))
    if pajak:
        baris.append(kredit(AKUN_PAJAK, pajak, anggota=d["no"]))
    if denda:
        baris.append(kredit(AKUN_DENDA, denda))
    data = {"berjangka": d["id"], "jasa_bulan": str(bulan), "anggota": {d["no"]: {"jasa": bunga, "pajak": pajak}} if bunga else {},
            "dini": dini, "denda": denda}
    e = Entri(tanggal, tuple(b for b in baris if b.debit or b.kredit),
              ket or f"Pencairan simpanan berjangka {d['id']} {d['no']} {d['nama']}" + (" sebelum jatuh tempo" if dini else ""),
              "berjangka-cair", unit_simpanan(buku, unit), bukti, data=data)
    r = buku.catat(e)[0]
    if lewat:
        d["ulang_dibayar"] = lewat[-1][0]
    d.update(status="dicairkan", tanggal_cair=tanggal.isoformat())
    d["riwayat"].append({"tanggal": tanggal.isoformat(), "peristiwa": "cair", "entri": r["id"]})
    _simpan(buku, d)
    return {**ringkas(d), "saldo": saldo, "bunga": bunga, "pajak": pajak, "denda": denda, "dibayar": bayar, "ke": ke,
            "dini": dini, "entri": r["id"], "rekaman": r}


# ---- listing and checking -----------------------------------------------------------------------
def daftar(buku: Buku, per: date, jatuh_tempo_dalam: int | None = None) -> dict:
    """Open deposits at `per` (placed by then, not yet withdrawn or matured), soonest maturity first."""
    rows = []
    for d in semua(buku):
        if d["tanggal"] > per.isoformat():
            continue
        selesai = d.get("tanggal_cair") or (d["jatuh_tempo"] if d["status"] in ("selesai", "diperpanjang") else None)
        if selesai and selesai <= per.isoformat():
            continue
        hari = (date.fromisoformat(d["jatuh_tempo"]) - per).days
        if jatuh_tempo_dalam is not None and hari > jatuh_tempo_dalam:
            continue
        rows.append({**ringkas(d), "hari_ke_jatuh_tempo": hari})
    rows.sort(key=lambda r: (r["jatuh_tempo"], r["id"]))
    return {"per": per.isoformat(), "berjangka": rows, "total_pokok": sum(r["pokok"] for r in rows),
            "total_saldo": sum(r["saldo"] for r in rows)}


def saldo_anggota(buku: Buku) -> dict[str, int]:
    """Each member's deposits now (principal and interest kept), from the register."""
    hasil: dict[str, int] = defaultdict(int)
    for d in semua(buku):
        if d["status"] == "aktif":
            hasil[d["no"]] += d["pokok"] + d["bunga_tertahan"]
    return dict(hasil)


def periksa_berjangka(buku: Buku) -> list[Galat]:
    """The register of open deposits equals 2103, member by member and in total."""
    saldo = buku.saldo_akun().get(AKUN_BERJANGKA, [0, 0])
    akun = saldo[1] - saldo[0]
    if not ada(buku):
        return [] if akun == 0 else [Galat("periksa_berjangka_akun", register=0, akun=akun)]
    register = saldo_anggota(buku)
    galat = []
    if sum(register.values()) != akun:
        galat.append(Galat("periksa_berjangka_akun", register=sum(register.values()), akun=akun))
    tag = buku.saldo_tag("anggota")
    for no in sorted(set(register) | {n for n, x in tag.items() if x.get(AKUN_BERJANGKA, [0])[0]}):
        dari_tag = -tag.get(no, {}).get(AKUN_BERJANGKA, [0, 0])[0]
        if dari_tag != register.get(no, 0):
            galat.append(Galat("periksa_berjangka_anggota", no=no, register=register.get(no, 0), akun=dari_tag))
    return galat
