"""Rentals (`koperasi sewa`): rentable objects (a cold box, a cold-storage room, warehouse
space) of a rental unit, rentals that start and end, monthly billing, deposits and receivables.

Where things live (data/sewa.json): table `objek` (code, name, unit, daily and monthly tariff)
and table `sewa` (one document per rental: object, renter, member, start, basis harian|bulanan,
tariff, deposit, the months billed, status, end). The money is in the journal:
- start with a deposit: Dr cash, Cr 2115 Titipan Deposit Sewa (`data.deposit_sewa` = +D);
- monthly bill (`sewa tagih`, and month closing): Dr 1122, Cr income (unit account, 4301);
- end: Cr income with the bill; Dr 2115 releases the deposit (`data.deposit_sewa` = -D), set off
  against the bill and what the rental still owes, the rest returned; the remainder is paid in
  cash or stays a receivable on 1122 (layanan/piutang_usaha.py).
Income is tagged with the unit and, for a member, the member (it counts for their jasa usaha).
Arithmetic: core/sewa.py.
"""

from __future__ import annotations

from datetime import date

from koperasi_cli.core import sewa as inti
from koperasi_cli.core.galat import Galat
from koperasi_cli.core.jurnal import Entri, debit, kredit
from koperasi_cli.core.tanggal import Bulan
from koperasi_cli.core.konteks import pakai_konteks
from koperasi_cli.layanan import piutang_usaha as piu
from koperasi_cli.ledger.buku import Buku
from koperasi_cli.ledger.periksa import amati, pengamat
from koperasi_cli.layanan import anggota as lay_anggota
from koperasi_cli.layanan.kas import akun_kas, cek_cukup

AKUN_DEPOSIT = "2115"
JENIS = "sewa"


def _objek(buku: Buku):
    return buku.tabel("sewa", "objek")


def _sewa(buku: Buku):
    return buku.tabel("sewa", "sewa")


def _ada(buku: Buku) -> bool:
    return (buku.akar / "data" / "sewa.json").exists() or "data/sewa.json" in buku.berkas_bertahap()


def akun_pendapatan(buku: Buku, unit: str) -> str:
    info = buku.profil.unit_info.get(unit) or {}
    return (info.get("akun") or {}).get("pendapatan", "4301")


def cek_unit_jenis(buku: Buku, unit: str, jenis: str) -> str:
    if unit not in buku.profil.unit:
        raise Galat("unit_tidak_ada", nilai=unit, sah=", ".join(buku.profil.unit))
    if buku.profil.unit_info[unit]["jenis"] != jenis:
        raise Galat("unit_bukan_jenis", unit=unit, jenis=jenis, sah=", ".join(buku.profil.unit_jenis(jenis)) or "-")
    return unit


# ---- objects ------------------------------------------------------------------------------------
def tambah_objek(buku: Buku, *, kode: str, nama: str, unit: str, tarif_harian: int | None,
                 tarif_bulanan: int | None = None) -> dict:
    k = inti.normal_kode(kode)
    if not (nama or "").strip():
        raise Galat("objek_tanpa_nama")
    cek_unit_jenis(buku, unit, "sewa")
    if not tarif_harian and not tarif_bulanan:
        raise Galat("objek_tanpa_tarif")
    if any(o["kode"] == k for o in _objek(buku).all()):
        raise Galat("objek_sudah_ada", obj=k)
    doc = {"kode": k, "nama": nama.strip(), "unit": unit, "tarif_harian": tarif_harian or None,
           "tarif_bulanan": tarif_bulanan or None, "dibuat": buku.sekarang()}
    _objek(buku).insert(doc)
    return doc


def ambil_objek(buku: Buku, kode: str) -> dict:
    k = str(kode).strip().upper()
    for o in _objek(buku).all():
        if o["kode"] == k:
            return dict(o)
    raise Galat("objek_tidak_ada", obj=k)


def efektif(buku: Buku, s: dict) -> dict:
    """A rental as the journal has it: a reversed (`jurnal batal`) deposit, monthly bill or
    ending no longer counts (the rental runs again, the month can be billed again)."""
    batal = buku.kepala["batal"]
    s = dict(s)
    if s.get("entri_deposit") in batal:
        s["deposit"] = 0
    tagih = s.get("entri_tagih") or {}
    s["ditagih"] = [b for b in s["ditagih"] if tagih.get(b) not in batal]
    if s["status"] == "selesai" and s.get("entri_selesai") in batal:
        s.update(status="berjalan", selesai=None)
    return s


def _berjalan(buku: Buku, objek: str) -> dict | None:
    for s in _sewa(buku).all():
        if s["objek"] == objek:
            e = efektif(buku, s)
            if e["status"] == "berjalan":
                return e
    return None


def _kas(buku: Buku, kas: str | None) -> str:
    return akun_kas(buku, kas)


# ---- start and end ------------------------------------------------------------------------------
@pakai_konteks
def mulai(buku: Buku, objek: str, *, penyewa: str | None, anggota: str | None = None, deposit: int = 0,
          basis: str = "harian", tanggal: date, kas: str | None = None, bukti: str | None = None,
          ket: str | None = None) -> dict:
    o = ambil_objek(buku, objek)
    if tanggal < buku.profil.mulai:
        raise Galat("sebelum_mulai", tanggal=tanggal.isoformat(), mulai=buku.profil.mulai.isoformat())
    if tanggal > buku.hari_ini():
        raise Galat("sewa_mulai_nanti", tanggal=tanggal.isoformat())
    if basis not in inti.BASIS:
        raise Galat("sewa_basis_tidak_sah", nilai=basis, sah=", ".join(inti.BASIS))
    tarif = o["tarif_harian"] if basis == "harian" else o["tarif_bulanan"]
    if not tarif:
        raise Galat("sewa_tanpa_tarif_basis", obj=o["kode"], basis=basis)
    lama = _berjalan(buku, o["kode"])
    if lama is not None:
        raise Galat("objek_sedang_disewa", obj=o["kode"], penyewa=lama["penyewa"], mulai=lama["mulai"])
    a = None
    if anggota:
        a = lay_anggota.wajib_aktif(buku, anggota)
    nama = (penyewa or "").strip() or (a["nama"] if a else "")
    if not nama:
        raise Galat("sewa_tanpa_penyewa")
    semua = _sewa(buku).all()
    sid = f"S{len(semua) + 1:04d}"
    doc = {"id": sid, "objek": o["kode"], "unit": o["unit"], "penyewa": nama, "anggota": a["no"] if a else None,
           "mulai": tanggal.isoformat(), "basis": basis, "tarif": tarif, "deposit": deposit, "ditagih": [],
           "status": "berjalan", "selesai": None, "entri": []}
    if deposit:
        k = _kas(buku, kas)
        e = Entri(tanggal, (debit(k, deposit), kredit(AKUN_DEPOSIT, deposit)),
                  ket or f"Deposit sewa {o['kode']} {nama}", "sewa-mulai", o["unit"], bukti,
                  data={"sewa": sid, "deposit_sewa": deposit})
        r = buku.catat(e)[0]
        doc["entri"].append(r["id"])
        doc["entri_deposit"] = r["id"]
    _sewa(buku).insert(doc)
    return {**doc, "nama_objek": o["nama"]}


@pakai_konteks
def selesai(buku: Buku, objek: str, *, tanggal: date, kredit_: bool = False, kembalikan_deposit: bool = False,
            kas: str | None = None, bukti: str | None = None, ket: str | None = None) -> dict:
    """End the object's running rental on `tanggal`: bill the days (or the months not yet billed),
    settle with the deposit, take the rest in cash (or owe it with `kredit_`)."""
    from tinydb import Query

    o = ambil_objek(buku, objek)
    s = _berjalan(buku, o["kode"])
    if s is None:
        raise Galat("objek_tidak_disewa", obj=o["kode"])
    m = date.fromisoformat(s["mulai"])
    n, tagihan = inti.tagihan(s["basis"], s["tarif"], m, tanggal, len(s["ditagih"]))
    piutang_lama = piu.sisa_ref(buku, s["id"])
    hasil = inti.penyelesaian(tagihan, s["deposit"], piutang_lama, potong=not kembalikan_deposit, kredit=kredit_)
    no = s["anggota"]
    pos = []
    if s["deposit"]:
        pos.append(debit(AKUN_DEPOSIT, s["deposit"]))
    if tagihan:
        pos.append(kredit(akun_pendapatan(buku, s["unit"]), tagihan, anggota=no))
    if hasil["piutang_baru"] > 0:
        pos.append(debit(piu.AKUN_PIUTANG, hasil["piutang_baru"]))
    elif hasil["piutang_baru"] < 0:
        pos.append(kredit(piu.AKUN_PIUTANG, -hasil["piutang_baru"]))
    akun_kas = None
    if hasil["kas"]:
        akun_kas = _kas(buku, kas)
        if hasil["kas"] > 0:
            pos.append(debit(akun_kas, hasil["kas"]))
        else:
            cek_cukup(buku, akun_kas, -hasil["kas"], tanggal)
            pos.append(kredit(akun_kas, -hasil["kas"]))
    entri = None
    if pos:
        pihak = no or s["penyewa"]
        rows = [piu.gerak(pihak, s["penyewa"], JENIS, s["id"], hasil["piutang_baru"], no)] if hasil["piutang_baru"] else []
        satuan = "hari" if s["basis"] == "harian" else "bulan"
        data = {"sewa": s["id"], "objek": o["kode"], "basis": s["basis"], "jumlah_satuan": n, "tarif": s["tarif"],
                "tagihan": tagihan, "anggota": no, **({"deposit_sewa": -s["deposit"]} if s["deposit"] else {}),
                **({"piutang": rows} if rows else {})}
        e = Entri(tanggal, tuple(pos), ket or f"Sewa {o['kode']} {s['penyewa']}: {n} {satuan} x {s['tarif']}",
                  "sewa-selesai", s["unit"], bukti, data=data)
        r = buku.catat(e)[0]
        piu.simpan_gerak(buku, r)
        entri = r
    _sewa(buku).update({"status": "selesai", "selesai": tanggal.isoformat(), "tagihan_akhir": tagihan,
                        "entri": s["entri"] + ([entri["id"]] if entri else []), "entri_selesai": entri["id"] if entri else None,
                        "ditagih": s["ditagih"], "deposit": s["deposit"]}, Query().id == s["id"])
    return {"sewa": s["id"], "objek": o["kode"], "penyewa": s["penyewa"], "anggota": no, "basis": s["basis"],
            "jumlah_satuan": n, "tarif": s["tarif"], "tagihan": tagihan, "deposit": s["deposit"],
            "piutang_lama": piutang_lama, **hasil, "kredit": kredit_, "entri": entri["id"] if entri else None,
            "rekaman": entri}


@pakai_konteks
def tagih(buku: Buku, bulan: Bulan, *, tanggal: date | None = None, bukti: str | None = None) -> dict:
    """Bill one month for every running monthly rental started by the month's end and not yet
    billed for that month (a receivable). Running it again bills nothing."""
    from tinydb import Query

    hari_ini = buku.hari_ini()
    if bulan.awal > hari_ini:
        raise Galat("sewa_tagih_bulan_depan", bulan=str(bulan))
    tgl = tanggal or min(bulan.akhir, hari_ini)
    hasil = []
    if not _ada(buku):
        return {"bulan": str(bulan), "tagihan": hasil, "total": 0}
    for s in sorted((efektif(buku, x) for x in _sewa(buku).all()), key=lambda x: x["id"]):
        if s["status"] != "berjalan" or s["basis"] != "bulanan" or s["mulai"] > bulan.akhir.isoformat() \
                or str(bulan) in s["ditagih"]:
            continue
        no = s["anggota"]
        rows = [piu.gerak(no or s["penyewa"], s["penyewa"], JENIS, s["id"], s["tarif"], no)]
        e = Entri(tgl, (debit(piu.AKUN_PIUTANG, s["tarif"]), kredit(akun_pendapatan(buku, s["unit"]), s["tarif"], anggota=no)),
                  f"Tagihan sewa {s['objek']} {s['penyewa']} bulan {bulan}", "sewa-tagih", s["unit"], bukti,
                  data={"sewa": s["id"], "bulan": str(bulan), "anggota": no, "piutang": rows})
        r = buku.catat(e)[0]
        piu.simpan_gerak(buku, r)
        _sewa(buku).update({"ditagih": s["ditagih"] + [str(bulan)], "entri": s["entri"] + [r["id"]],
                            "entri_tagih": {**(s.get("entri_tagih") or {}), str(bulan): r["id"]},
                            "status": "berjalan", "selesai": None}, Query().id == s["id"])
        hasil.append({"sewa": s["id"], "objek": s["objek"], "penyewa": s["penyewa"], "jumlah": s["tarif"], "entri": r["id"]})
    return {"bulan": str(bulan), "tagihan": hasil, "total": sum(h["jumlah"] for h in hasil)}


def tagih_akhir_bulan(buku: Buku, bulan: Bulan) -> list[str]:
    """Month closing: the month's bills of running monthly rentals (none twice)."""
    if not _ada(buku):
        return []
    return [h["entri"] for h in tagih(buku, bulan, tanggal=bulan.akhir)["tagihan"]]


# ---- lists --------------------------------------------------------------------------------------
def daftar(buku: Buku, per: date, status: str = "semua") -> dict:
    objek = {o["kode"]: o for o in _objek(buku).all()} if _ada(buku) else {}
    baris = []
    for s in sorted((efektif(buku, x) for x in _sewa(buku).all()) if _ada(buku) else [], key=lambda x: x["id"]):
        if status != "semua" and s["status"] != status:
            continue
        akhir = date.fromisoformat(s["selesai"]) if s["selesai"] else max(per, date.fromisoformat(s["mulai"]))
        n, berjalan = inti.tagihan(s["basis"], s["tarif"], date.fromisoformat(s["mulai"]), akhir,
                                   0 if s["selesai"] else len(s["ditagih"]))
        baris.append({"id": s["id"], "objek": s["objek"], "nama_objek": objek.get(s["objek"], {}).get("nama"),
                      "unit": s["unit"], "penyewa": s["penyewa"], "anggota": s["anggota"], "mulai": s["mulai"],
                      "selesai": s["selesai"], "basis": s["basis"], "tarif": s["tarif"], "deposit": s["deposit"],
                      "status": s["status"], "ditagih": list(s["ditagih"]),
                      "tagihan": s.get("tagihan_akhir") if s["selesai"] else berjalan})
    bebas = sorted(set(objek) - {b["objek"] for b in baris if b["status"] == "berjalan"})
    return {"per": per.isoformat(), "sewa": baris, "objek_bebas": bebas,
            "objek": [{k: o[k] for k in ("kode", "nama", "unit", "tarif_harian", "tarif_bulanan")} for o in objek.values()]}


def periksa_sewa(buku: Buku) -> list[Galat]:
    """Deposits held (2115) = the deposits of the journal not released; receivables (1122)."""
    return [g for hasil in amati(buku, [piu.amati_piutang_usaha, amati_deposit_sewa]) for g in hasil]


@pengamat
def amati_deposit_sewa(buku: Buku):
    """The deposits' part of `periksa_sewa` as an observer of the journal's one pass."""
    temuan: list[Galat] = []
    if not (buku.akar / "data" / "sewa.json").exists():
        d, k = buku.saldo_akun().get(AKUN_DEPOSIT, [0, 0])
        return [Galat("periksa_deposit_sewa", akun_saldo=k - d, rinci=0)] if k - d else []
    batal = buku.kepala["batal"]
    dep = 0
    while (r := (yield)) is not None:
        if r["jenis"] != "batal" and r["id"] not in batal:
            dep += (r.get("data") or {}).get("deposit_sewa", 0)
    d, k = buku.saldo_akun().get(AKUN_DEPOSIT, [0, 0])
    if k - d != dep:
        temuan.append(Galat("periksa_deposit_sewa", akun_saldo=k - d, rinci=dep))
    return temuan
