"""The monthly final tax on gross turnover (PPh final 0,5 %, PP 55/2022): compute and post it,
pay it, the yearly report and the reminder of unpaid months in `koperasi info`.

Each computed month is one document of the table `pajak` (data/pajak.json): the turnover, the
rate, the tax, its entry (Dr 6112 Beban Pajak Penghasilan, Cr 2105 Utang Pajak, dated the month's
last day) and, once paid, the payment (Dr 2105, Cr cash or bank). Gross turnover is the month's
net credit on the business income accounts (41xx-43xx by default; 44xx, bank interest, other
income and cash surplus, is not turnover), the year-end closing entry left out.
"""

from __future__ import annotations

from datetime import date

from koperasi_cli.core import pajak as inti
from koperasi_cli.core.galat import Galat
from koperasi_cli.core.jurnal import Entri, debit, kredit
from koperasi_cli.core.profil import periksa_nilai
from koperasi_cli.core.tanggal import Bulan
from koperasi_cli.ledger.buku import Buku
from koperasi_cli.layanan.kas import akun_kas, cek_cukup

TABEL = "pajak"
UNIT = "kantor"
JENIS_TUTUP = ("tutup-tahun",)
BAWAAN = {
    "final": (True, "bool"),
    "tarif_bp": (50, "bulat"),
    "tahun_maks": (4, "bulat"),
    "batas_peredaran": (4_800_000_000, "rupiah"),
    "hari_setor": (15, "bulat"),
    "akun_beban": ("6112", "akun"),
    "akun_utang": ("2105", "akun"),
}
# Business income: sales (41xx), savings-and-loan services (42xx), other services and rents
# (43xx). Group 44xx (bank interest, taxed at source; other income; cash surplus) is not turnover.
GOLONGAN_USAHA = ("41", "42", "43")


def atur(buku: Buku, kunci: str):
    bawaan, jenis = BAWAAN[kunci]
    bagian = buku.profil.pengaturan.get("pajak") or {}
    nilai = bagian.get(kunci, bawaan) if isinstance(bagian, dict) else bawaan
    return periksa_nilai(f"pengaturan.pajak.{kunci}", nilai, jenis, buku.bagan)


def tahun_mulai(buku: Buku) -> int:
    """`pengaturan.pajak.tahun_mulai`, else the year of the legal registration, else of the books."""
    bagian = buku.profil.pengaturan.get("pajak") or {}
    if isinstance(bagian, dict) and bagian.get("tahun_mulai") is not None:
        return periksa_nilai("pengaturan.pajak.tahun_mulai", bagian["tahun_mulai"], "bulat")
    bh = buku.profil.identitas.get("tanggal_badan_hukum")
    return bh.year if isinstance(bh, date) else buku.profil.mulai.year


def akun_peredaran(buku: Buku) -> set[str]:
    """The income accounts whose credit is gross turnover (`pengaturan.pajak.akun_peredaran`, or
    every 41xx-43xx account but those in `pengaturan.pajak.akun_dikecualikan`)."""
    bagian = buku.profil.pengaturan.get("pajak") or {}
    bagian = bagian if isinstance(bagian, dict) else {}
    daftar = bagian.get("akun_peredaran")
    if daftar is not None:
        if not isinstance(daftar, list):
            raise Galat("profil_kunci_jenis", kunci="pengaturan.pajak.akun_peredaran", harap="daftar kode akun")
        return {periksa_nilai("pengaturan.pajak.akun_peredaran", a, "akun", buku.bagan) for a in daftar}
    kecuali = bagian.get("akun_dikecualikan", [])
    if not isinstance(kecuali, list):
        raise Galat("profil_kunci_jenis", kunci="pengaturan.pajak.akun_dikecualikan", harap="daftar kode akun")
    kecuali = {str(a) for a in kecuali}
    return {a.kode for a in buku.bagan if a.kode[:2] in GOLONGAN_USAHA and a.kode not in kecuali}


def peredaran(buku: Buku, awal: date, akhir: date, akun: set[str] | None = None) -> int:
    """Gross turnover between two dates: credit less debit on the turnover accounts, without the
    year-end closing entries (dated 31 December) and their reversals."""
    akun = akun_peredaran(buku) if akun is None else akun
    saldo = buku.saldo_akun(akhir, awal)
    total = sum(k - d for a, (d, k) in saldo.items() if a in akun)
    for th in range(awal.year, akhir.year + 1):
        hari = date(th, 12, 31)
        if not (awal <= hari <= akhir):
            continue
        for r in buku.entri(hari, hari):
            jenis = r.get("jenis")
            if jenis in JENIS_TUTUP or (jenis == "batal" and (r.get("data") or {}).get("jenis_asli") in JENIS_TUTUP):
                total -= sum(x.get("kredit", 0) - x.get("debit", 0) for x in r["baris"] if x["akun"] in akun)
    return total


def _tabel(buku: Buku):
    return buku.tabel(TABEL)


def ada(buku: Buku) -> bool:
    return buku.ada(f"data/{TABEL}.json")


def semua(buku: Buku) -> list[dict]:
    """Every computed month; a payment whose entry was voided (`jurnal batal`) counts as unpaid."""
    if not ada(buku):
        return []
    batal = buku.kepala["batal"]
    hasil = sorted(_tabel(buku).all(), key=lambda d: d["bulan"])
    for d in hasil:
        if d.get("setor") and d["setor"]["entri"] in batal:
            d["setor"] = None
    return hasil


def _ambil(buku: Buku, bulan: Bulan) -> dict | None:
    return next((d for d in semua(buku) if d["bulan"] == str(bulan)), None)


def hitung(buku: Buku, bulan: Bulan, *, tanggal: date | None = None, bukti: str | None = None,
           ket: str | None = None, unit: str = UNIT) -> dict:
    """The month's final tax, posted once: Dr 6112, Cr 2105."""
    lama = _ambil(buku, bulan)
    if lama is not None:
        # A month whose entry was voided (`jurnal batal`) and not paid may be computed again.
        if not (lama.get("entri") and lama["entri"] in buku.kepala["batal"] and not lama["setor"]):
            raise Galat("pajak_sudah_dihitung", bulan=str(bulan), entri=lama.get("entri") or "-")
    if bulan.akhir >= buku.hari_ini():
        raise Galat("pajak_bulan_berjalan", bulan=str(bulan), akhir=bulan.akhir.isoformat())
    if bulan.akhir < buku.profil.mulai:
        raise Galat("bulan_sebelum_mulai", bulan=str(bulan), mulai=buku.profil.mulai.isoformat())
    akun = akun_peredaran(buku)
    batas = atur(buku, "batas_peredaran")
    mulai = tahun_mulai(buku)
    per_tahun = {th: peredaran(buku, max(date(th, 1, 1), buku.profil.mulai), date(th, 12, 31), akun)
                 for th in range(max(mulai, buku.profil.mulai.year), bulan.tahun)}
    inti.cek_skema(bulan.tahun, final=atur(buku, "final"), tahun_mulai=mulai, tahun_maks=atur(buku, "tahun_maks"),
                   peredaran_tahun=per_tahun, batas=batas)
    tarif = atur(buku, "tarif_bp")
    bruto = peredaran(buku, bulan.awal, bulan.akhir, akun)
    pph = inti.hitung_pph(bruto, tarif)
    tgl = tanggal or bulan.akhir
    if not (bulan.awal <= tgl <= bulan.akhir):
        raise Galat("pajak_tanggal_luar", tanggal=tgl.isoformat(), bulan=str(bulan), akhir=bulan.akhir.isoformat())
    beban, utang = atur(buku, "akun_beban"), atur(buku, "akun_utang")
    entri = None
    if pph:
        e = Entri(tgl, (debit(beban, pph), kredit(utang, pph)), ket or f"PPh final {bulan} (PP 55/2022)",
                  "pajak-hitung", unit, bukti, data={"bulan": str(bulan), "peredaran_bruto": bruto, "tarif_bp": tarif})
        entri = buku.catat(e)[0]["id"]
    tahun_ini = peredaran(buku, max(date(bulan.tahun, 1, 1), buku.profil.mulai), bulan.akhir, akun)
    doc = {"bulan": str(bulan), "peredaran_bruto": bruto, "tarif_bp": tarif, "pph": pph, "entri": entri,
           "tanggal": tgl.isoformat(), "setor": None}
    if lama is not None:
        from tinydb import Query

        _tabel(buku).remove(Query().bulan == str(bulan))
        doc["dihitung_ulang"] = {"entri_batal": lama["entri"]}
    _tabel(buku).insert(doc)
    return {"bulan": str(bulan), "peredaran_bruto": bruto, "tarif_bp": tarif, "pph": pph, "entri": entri,
            "batas_setor": inti.batas_setor(bulan, atur(buku, "hari_setor")).isoformat(),
            "peredaran_tahun_ini": tahun_ini, "lewat_batas": tahun_ini > batas, "batas_peredaran": batas}


def setor(buku: Buku, bulan: Bulan, *, tanggal: date, kas: str | None = None, bukti: str | None = None,
          ket: str | None = None, unit: str = UNIT) -> dict:
    """Pay a computed month's tax: Dr 2105, Cr the cash or bank account."""
    from tinydb import Query

    d = _ambil(buku, bulan)
    if d is None:
        raise Galat("pajak_belum_dihitung", bulan=str(bulan))
    if d["setor"]:
        raise Galat("pajak_sudah_disetor", bulan=str(bulan), tanggal=d["setor"]["tanggal"])
    if not d["pph"]:
        raise Galat("pajak_nol", bulan=str(bulan))
    if tanggal.isoformat() < d["tanggal"]:
        raise Galat("pajak_setor_sebelum", tanggal=tanggal.isoformat(), hitung=d["tanggal"])
    k = akun_kas(buku, kas)
    cek_cukup(buku, k, d["pph"], tanggal)
    e = Entri(tanggal, (debit(atur(buku, "akun_utang"), d["pph"]), kredit(k, d["pph"])),
              ket or f"Setor PPh final {bulan}", "pajak-setor", unit, bukti, data={"bulan": str(bulan)})
    r = buku.catat(e)[0]
    batas = inti.batas_setor(bulan, atur(buku, "hari_setor"))
    setoran = {"tanggal": tanggal.isoformat(), "entri": r["id"], "kas": k}
    _tabel(buku).update({"setor": setoran}, Query().bulan == str(bulan))
    return {"bulan": str(bulan), "pph": d["pph"], "entri": r["id"], "tanggal": tanggal.isoformat(),
            "batas_setor": batas.isoformat(), "terlambat": tanggal > batas}


def laporan(buku: Buku, tahun: int) -> dict:
    """Each month of the year: turnover, tax, payment date, still owed."""
    hari_ini = buku.hari_ini()
    tersimpan = {d["bulan"]: d for d in semua(buku)}
    akun = akun_peredaran(buku)
    hari = atur(buku, "hari_setor")
    baris = []
    for bl in range(1, 13):
        b = Bulan(tahun, bl)
        if b.akhir < buku.profil.mulai or b.awal > hari_ini:
            continue
        d = tersimpan.get(str(b))
        batas = inti.batas_setor(b, hari)
        if d is None:
            baris.append({"bulan": str(b), "peredaran_bruto": peredaran(buku, b.awal, min(b.akhir, hari_ini), akun),
                          "pph": None, "tanggal_setor": None, "terutang": 0, "batas_setor": batas.isoformat(),
                          "status": "belum-dihitung"})
            continue
        s = d["setor"]
        terutang = 0 if s else d["pph"]
        status = "nihil" if not d["pph"] else ("disetor" if s and s["tanggal"] <= batas.isoformat() else
                                               "disetor-terlambat" if s else
                                               "terlambat" if hari_ini > batas else "belum-disetor")
        baris.append({"bulan": str(b), "peredaran_bruto": d["peredaran_bruto"], "pph": d["pph"],
                      "tanggal_setor": s["tanggal"] if s else None, "terutang": terutang,
                      "batas_setor": batas.isoformat(), "status": status})
    return {"tahun": tahun, "tarif_bp": atur(buku, "tarif_bp"), "bulan": baris,
            "total_peredaran_bruto": sum(x["peredaran_bruto"] for x in baris),
            "total_pph": sum(x["pph"] or 0 for x in baris),
            "total_terutang": sum(x["terutang"] for x in baris)}


def pengingat(buku: Buku, hari_ini: date | None = None) -> list[dict]:
    """Computed months whose tax is unpaid after its deadline (the 15th of the next month)."""
    if not ada(buku):
        return []
    hari_ini = hari_ini or buku.hari_ini()
    hasil = []
    for d in semua(buku):
        b = Bulan.dari_str(d["bulan"])
        batas = inti.batas_setor(b, atur(buku, "hari_setor"))
        if d["pph"] and not d["setor"] and hari_ini > batas:
            hasil.append({"bulan": d["bulan"], "pph": d["pph"], "batas_setor": batas.isoformat(),
                          "hari_terlambat": (hari_ini - batas).days})
    return hasil

