"""The bank loan (Himbara, PMK 49/2025): drawdowns, the schedule, payments, the bank's own
schedule, the list with its current and long-term parts and arrears, and the month-end
interest accrual (a hook in layanan.tutup.AKHIR_BULAN).

Each drawdown is one document of the table `utang_bank` (data/utang_bank.json): its terms, its
schedule (rows [due date, principal, interest]), its payments with their split and its month-end
accruals. Entries:
    drawdown      Dr bank (1104)                      Cr bank loan (2201)
    payment       Dr accrued interest (2114) up to what is accrued, Dr interest expense (5202)
                  for the rest of the interest, Dr 2201 for the principal; Cr the paying account
    month end     Dr 5202, Cr 2114: the interest accrued to the month's end less what is
                  already accrued or paid (a negative difference posts the other way round)
The principal stays in 2201 in the ledger; the balance sheet shows the part due within twelve
months as 2202 at its date (a presentation reclassification, `bagian_lancar_total`).
"""

from __future__ import annotations

from datetime import date

from koperasi_cli.core import utang_bank as inti
from koperasi_cli.core.galat import Galat
from koperasi_cli.core.jurnal import Entri, debit, kredit
from koperasi_cli.core.profil import periksa_nilai
from koperasi_cli.core.tanggal import Bulan
from koperasi_cli.core.uang import parse_persen
from koperasi_cli.ledger.buku import Buku
from koperasi_cli.layanan.kas import cek_cukup

TABEL = "utang_bank"
UNIT = "kantor"
# Settings under `pengaturan.utang_bank` in koperasi.yaml, with their defaults (docs/aturan.md).
BAWAAN = {
    "bunga_tahunan": ("6", "persen"),
    "plafon": (3_000_000_000, "rupiah"),
    "hari_jatuh_tempo": (12, "bulat"),
    "tenggang": (0, "bulat"),
    "akun_bank": ("1104", "akun"),
    "akun_utang": ("2201", "akun"),
    "akun_lancar": ("2202", "akun"),
    "akun_bunga": ("2114", "akun"),
    "akun_beban": ("5202", "akun"),
}


def atur(buku: Buku, kunci: str):
    """One setting of `pengaturan.utang_bank`, or its default; checked, naming the key."""
    bawaan, jenis = BAWAAN[kunci]
    bagian = buku.profil.pengaturan.get("utang_bank") or {}
    nilai = bagian.get(kunci, bawaan) if isinstance(bagian, dict) else bawaan
    if jenis == "akun" and str(nilai) not in buku.bagan:
        raise Galat("ub_akun_tidak_ada", akun=str(nilai), kunci=f"pengaturan.utang_bank.{kunci}")
    return periksa_nilai(f"pengaturan.utang_bank.{kunci}", nilai, jenis, buku.bagan)


def _tabel(buku: Buku):
    return buku.tabel(TABEL)


def ada(buku: Buku) -> bool:
    return buku.ada(f"data/{TABEL}.json")


def semua(buku: Buku) -> list[dict]:
    """Every drawdown, oldest first. A drawdown, payment or accrual whose entry was voided
    (`jurnal batal`) no longer counts: a voided drawdown is left out, a voided payment or
    accrual is dropped from its drawdown."""
    if not ada(buku):
        return []
    batal = buku.kepala["batal"]
    hasil = []
    for d in sorted(_tabel(buku).all(), key=lambda d: (d["tanggal"], d["kode"])):
        if d["entri"] in batal:
            continue
        if any(x.get("entri") in batal for x in d["bayar"] + d["akrual"]):
            d["bayar"] = [x for x in d["bayar"] if x["entri"] not in batal]
            d["akrual"] = [x for x in d["akrual"] if not (x.get("entri") and x["entri"] in batal)]
        hasil.append(d)
    return hasil


def ambil(buku: Buku, kode: str) -> dict:
    k = str(kode).strip().upper()
    for d in semua(buku):
        if d["kode"] == k:
            return d
    raise Galat("ub_tidak_ada", utang=kode, ada=", ".join(d["kode"] for d in semua(buku)) or "-")


def _simpan(buku: Buku, doc: dict) -> None:
    from tinydb import Query

    _tabel(buku).update(doc, Query().kode == doc["kode"])


# ---- the state at a date -----------------------------------------------------------------------
def dibayar(doc: dict, per: date | None = None) -> tuple[int, int]:
    """(principal, interest) paid by `per` (all payments when None)."""
    s = per.isoformat() if per else "9999"
    p = sum(x["pokok"] for x in doc["bayar"] if x["tanggal"] <= s)
    b = sum(x["bunga"] for x in doc["bayar"] if x["tanggal"] <= s)
    return p, b


def bunga_ymh(doc: dict, per: date | None = None) -> int:
    """The accrued interest still owed for this loan at `per` (its part of 2114)."""
    s = per.isoformat() if per else "9999"
    akrual = sum(x["jumlah"] for x in doc["akrual"] if Bulan.dari_str(x["bulan"]).akhir.isoformat() <= s)
    return akrual - sum(x["dari_akrual"] for x in doc["bayar"] if x["tanggal"] <= s)


def keadaan(doc: dict, per: date) -> dict:
    """The loan at `per`: outstanding principal, the current and long-term parts, arrears."""
    p, b = dibayar(doc, per)
    sisa = doc["jumlah"] - p
    lancar = inti.bagian_lancar(doc["jadwal"], doc["jumlah"], p, per)
    return {
        "kode": doc["kode"], "bank": doc["bank"], "tanggal": doc["tanggal"], "jumlah": doc["jumlah"],
        "bunga_tahunan": doc["bunga_tahunan"], "tenor": doc["tenor"], "tenggang": doc["tenggang"],
        "sisa_pokok": sisa, "lancar": lancar, "jangka_panjang": sisa - lancar,
        "bunga_ymh": bunga_ymh(doc, per), "dibayar_pokok": p, "dibayar_bunga": b,
        "tunggakan": inti.tunggakan(doc["jadwal"], p, b, per), "sumber_jadwal": doc["sumber_jadwal"],
    }


def bagian_lancar_total(buku: Buku, per: date) -> int:
    """The principal of every drawdown by `per` due within twelve months of it (shown as 2202)."""
    s = per.isoformat()
    total = 0
    for d in semua(buku):
        if d["tanggal"] <= s:
            p, _ = dibayar(d, per)
            total += inti.bagian_lancar(d["jadwal"], d["jumlah"], p, per)
    return total


# ---- commands ----------------------------------------------------------------------------------
def terima(buku: Buku, *, kode: str, bank: str, jumlah: int, tanggal: date, tenor: int,
           bunga_tahunan: str | None = None, tenggang: int | None = None, hari: int | None = None,
           plafon: int | None = None, ke: str | None = None, bukti: str | None = None,
           ket: str | None = None, unit: str = UNIT) -> dict:
    """A drawdown: Dr the bank account, Cr the bank loan; its schedule computed and kept."""
    import re

    k = str(kode).strip().upper()
    if not re.fullmatch(r"[A-Z0-9][A-Z0-9._-]{0,19}", k):
        raise Galat("ub_kode_tidak_sah", utang=kode)
    if ada(buku) and any(d["kode"] == k for d in _tabel(buku).all()):
        raise Galat("ub_kode_ada", utang=k)
    if not bank or not bank.strip():
        raise Galat("ub_bank_kosong")
    bunga = parse_persen(bunga_tahunan) if bunga_tahunan is not None else atur(buku, "bunga_tahunan")
    tenggang = atur(buku, "tenggang") if tenggang is None else tenggang
    hari = atur(buku, "hari_jatuh_tempo") if hari is None else hari
    plafon = atur(buku, "plafon") if plafon is None else plafon
    ke_akun = buku.bagan.cari(ke).kode if ke else atur(buku, "akun_bank")
    if not ("1101" <= ke_akun <= "1109"):
        raise Galat("bukan_akun_kas", akun=ke_akun)
    akun_utang = atur(buku, "akun_utang")
    atur(buku, "akun_bunga"), atur(buku, "akun_beban")  # checked now: payments and closing need them
    ditarik = sum(d["jumlah"] for d in semua(buku))
    if ditarik + jumlah > plafon:
        raise Galat("ub_lewat_plafon", jumlah=jumlah, ditarik=ditarik, plafon=plafon, sisa=max(0, plafon - ditarik))
    jadwal = inti.hitung_jadwal(jumlah, bunga, tenor, tenggang, tanggal, hari)
    syarat = {"kode": k, "bank": bank.strip(), "tanggal": tanggal.isoformat(), "jumlah": jumlah,
              "bunga_tahunan": str(bunga), "tenor": tenor, "tenggang": tenggang, "hari": hari, "plafon": plafon,
              "akun_bank": ke_akun}
    e = Entri(tanggal, (debit(ke_akun, jumlah), kredit(akun_utang, jumlah)),
              ket or f"Pencairan pinjaman {bank.strip()} {k}", "utang-bank-terima", unit, bukti, data=syarat)
    r = buku.catat(e)[0]
    doc = {**syarat, "entri": r["id"], "jadwal": jadwal, "sumber_jadwal": "hitung", "bayar": [], "akrual": []}
    _tabel(buku).insert(doc)
    return {**doc, "angsuran": inti.ke_angsuran(jadwal, jumlah), "sisa_plafon": plafon - ditarik - jumlah}


def jadwal(buku: Buku, kode: str) -> dict:
    d = ambil(buku, kode)
    p, b = dibayar(d)
    return {"kode": d["kode"], "bank": d["bank"], "jumlah": d["jumlah"], "bunga_tahunan": d["bunga_tahunan"],
            "sumber": d["sumber_jadwal"], "dibayar_pokok": p, "dibayar_bunga": b,
            "angsuran": inti.ke_angsuran(d["jadwal"], d["jumlah"])}


def bayar(buku: Buku, kode: str, jumlah: int, *, tanggal: date, dari: str | None = None,
          bukti: str | None = None, ket: str | None = None, unit: str = UNIT) -> dict:
    """A payment to the bank: interest first (the accrued part from 2114, the rest as expense),
    then principal (2201)."""
    d = ambil(buku, kode)
    if tanggal.isoformat() < d["tanggal"]:
        raise Galat("ub_bayar_sebelum_cair", tanggal=tanggal.isoformat(), cair=d["tanggal"])
    if any(x["tanggal"] > tanggal.isoformat() for x in d["bayar"]):
        raise Galat("ub_bayar_mundur", tanggal=tanggal.isoformat(), terakhir=max(x["tanggal"] for x in d["bayar"]))
    akun = buku.bagan.cari(dari).kode if dari else d.get("akun_bank") or atur(buku, "akun_bank")
    if not ("1101" <= akun <= "1109"):
        raise Galat("bukan_akun_kas", akun=akun)
    p0, b0 = dibayar(d)
    bunga, pokok = inti.alokasi_bayar(d["jadwal"], p0, b0, jumlah, tanggal)
    dari_akrual = min(bunga, max(0, bunga_ymh(d, tanggal)))
    cek_cukup(buku, akun, jumlah, tanggal)
    baris = []
    if dari_akrual:
        baris.append(debit(atur(buku, "akun_bunga"), dari_akrual))
    if bunga - dari_akrual:
        baris.append(debit(atur(buku, "akun_beban"), bunga - dari_akrual))
    if pokok:
        baris.append(debit(atur(buku, "akun_utang"), pokok))
    baris.append(kredit(akun, jumlah))
    e = Entri(tanggal, tuple(baris), ket or f"Angsuran pinjaman {d['bank']} {d['kode']}", "utang-bank-bayar", unit, bukti,
              data={"kode": d["kode"], "bunga": bunga, "pokok": pokok, "dari_akrual": dari_akrual})
    r = buku.catat(e)[0]
    d["bayar"].append({"tanggal": tanggal.isoformat(), "jumlah": jumlah, "bunga": bunga, "pokok": pokok,
                       "dari_akrual": dari_akrual, "entri": r["id"]})
    _simpan(buku, d)
    return {"kode": d["kode"], "entri": r["id"], "tanggal": tanggal.isoformat(), "jumlah": jumlah, "bunga": bunga,
            "pokok": pokok, "dari_akrual": dari_akrual, "sisa_pokok": d["jumlah"] - p0 - pokok}


def ganti_jadwal(buku: Buku, kode: str, baris: list[tuple], *, tanggal: date) -> dict:
    """The bank's own schedule replaces the computed one for what is still to pay. `baris` are
    (ke, tanggal ISO, pokok, bunga, row) as importers/jadwal_bank.py reads them; their principal
    must sum to the principal outstanding."""
    d = ambil(buku, kode)
    if not baris:
        raise Galat("ub_impor_kosong")
    baris = sorted(baris)
    for (k1, t1, *_), (k2, t2, _, _, i2) in zip(baris, baris[1:]):
        if k2 == k1 or t2 <= t1:
            raise Galat("ub_impor_urutan", baris=i2)
    p0, b0 = dibayar(d)
    total = sum(b[2] for b in baris)
    if total != d["jumlah"] - p0:
        raise Galat("ub_impor_pokok", total=total, sisa=d["jumlah"] - p0)
    baru = [[t, p, b] for _, t, p, b, _ in baris]
    d["jadwal"] = inti.gabung_jadwal_bank(d["jadwal"], p0, b0, baru)
    d["sumber_jadwal"] = "bank"
    d.setdefault("riwayat_jadwal", []).append({"tanggal": tanggal.isoformat(), "baris": len(baru)})
    _simpan(buku, d)
    return {"kode": d["kode"], "angsuran": len(baru), "pokok": total, "sumber": "bank"}


def daftar(buku: Buku, per: date) -> dict:
    s = per.isoformat()
    utang = [keadaan(d, per) for d in semua(buku) if d["tanggal"] <= s]
    ditarik = sum(u["jumlah"] for u in utang)
    plafon = max([d["plafon"] for d in semua(buku) if d["tanggal"] <= s], default=atur(buku, "plafon"))
    return {
        "per": s, "utang": utang,
        "total_sisa_pokok": sum(u["sisa_pokok"] for u in utang),
        "total_lancar": sum(u["lancar"] for u in utang),
        "total_jangka_panjang": sum(u["jangka_panjang"] for u in utang),
        "total_bunga_ymh": sum(u["bunga_ymh"] for u in utang),
        "total_tunggakan": sum(u["tunggakan"]["pokok"] + u["tunggakan"]["bunga"] for u in utang),
        "plafon": plafon, "ditarik": ditarik, "sisa_plafon": max(0, plafon - ditarik),
    }


# ---- month end ---------------------------------------------------------------------------------
def akrual_bulan(buku: Buku, bulan: Bulan) -> list[str]:
    """Accrue each drawdown's interest to the month's end (idempotent per month): the interest
    accrued since the drawdown less what was paid, against what 2114 already holds for it."""
    if not ada(buku):
        return []
    akhir = bulan.akhir
    diposting = []
    for d in semua(buku):
        if d["tanggal"] > akhir.isoformat() or any(x["bulan"] == str(bulan) for x in d["akrual"]):
            continue
        _, b = dibayar(d, akhir)
        target = inti.bunga_akrual(d["jadwal"], date.fromisoformat(d["tanggal"]), akhir) - b
        selisih = target - bunga_ymh(d, akhir)
        entri = None
        if selisih:
            beban, ymh = atur(buku, "akun_beban"), atur(buku, "akun_bunga")
            baris = (debit(beban, selisih), kredit(ymh, selisih)) if selisih > 0 else (debit(ymh, -selisih), kredit(beban, -selisih))
            e = Entri(akhir, baris, f"Bunga pinjaman {d['bank']} {d['kode']} {bulan}", "utang-bank-akrual", UNIT,
                      data={"kode": d["kode"], "bulan": str(bulan), "jumlah": selisih})
            entri = buku.catat(e)[0]["id"]
            diposting.append(entri)
        d["akrual"].append({"bulan": str(bulan), "jumlah": selisih, "entri": entri})
        _simpan(buku, d)
    return diposting


def periksa_utang_bank(buku: Buku) -> list[Galat]:
    """`koperasi periksa`: the accrued interest account (2114) holds what the drawdowns owe.
    (2201 is not compared: a cooperative may have booked a bank loan there by hand before.)"""
    if not ada(buku):
        return []
    try:
        akun = atur(buku, "akun_bunga")
    except Galat as g:
        return [g]
    d, k = buku.saldo_akun().get(akun, [0, 0])
    harap = sum(bunga_ymh(x) for x in semua(buku))
    if k - d != harap:
        return [Galat("ub_periksa_bunga", akun=akun, saldo=k - d, harap=harap)]
    return []
