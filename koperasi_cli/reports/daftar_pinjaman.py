"""Loan listings as data: the schedule, the loan list, arrears and the portfolio report."""

from __future__ import annotations

from datetime import date

from koperasi_cli.core.galat import Galat
from koperasi_cli.core.pinjaman import KELAS, KUNCI_KELAS, normal_kelas
from koperasi_cli.ledger.buku import Buku
from koperasi_cli.layanan.pinjaman.catatan import ambil, posisi
from koperasi_cli.layanan.pinjaman.kualitas import baris_portofolio, bp_dari, npl_dari
from koperasi_cli.layanan.pinjaman.pencairan import baris_jadwal
from koperasi_cli.layanan.pinjaman.pengaturan import AKUN_PIUTANG, AKUN_PPAP, aturan


# ---- lists and reports -------------------------------------------------------------------------
def nama_anggota(buku: Buku) -> dict[str, str]:
    if not buku.ada("data/anggota.json"):
        return {}
    return {d.get("no"): d.get("nama", "") for d in buku.tabel("anggota").all()}


def jadwal(buku: Buku, id_: str, per: date | None = None) -> dict:
    """The schedule with what has been paid (docs/kontrak.md shape) and, beside it, the loan's facts."""
    doc = ambil(buku, id_)
    per = per or buku.hari_ini()
    pos = posisi(buku, doc, per)
    data = {"pinjaman": doc["id"], "angsuran": baris_jadwal(doc["jadwal"], pos.keadaan)}
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
    semua_baris = [b for b in baris_portofolio(buku, per, a) if b["sisa_pokok"] > 0]
    rows = [
        {k: b[k] for k in ("id", "anggota", "pokok", "sisa_pokok", "hari_tunggakan", "kolektibilitas", "ppap")}
        for b in semua_baris if kelas is None or b["kolektibilitas"] == kelas
    ]
    return {"per": per.isoformat(), "pinjaman": rows, "npl_bp": bp_dari(npl_dari(semua_baris))}


def tunggakan(buku: Buku, per: date) -> dict:
    """Loans with an installment overdue at `per`, longest overdue first."""
    a = aturan(buku)
    nama = nama_anggota(buku)
    rows = []
    for b in baris_portofolio(buku, per, a):
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
    nama = nama_anggota(buku)
    baris = baris_portofolio(buku, per, a)
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
            "ppap_bp": bp_dari(a.ppap[KUNCI_KELAS[k]]), "ppap": sum(r["ppap"] for r in dalam),
        })
    saldo = buku.saldo_akun(per)
    d, k_ = saldo.get(AKUN_PIUTANG, [0, 0])
    piutang = d - k_
    d, k_ = saldo.get(AKUN_PPAP, [0, 0])
    cadangan = k_ - d
    npl = npl_dari([b for b in baris if b["sisa_pokok"] > 0])
    total_sisa = sum(r["sisa_pokok"] for r in rows)
    total_ppap = sum(r["ppap"] for r in rows)
    total_tercatat = sum(r["ppap_tercatat"] for r in rows)
    return {
        "per": per.isoformat(), "pinjaman": rows, "kelas": kelas,
        "total_sisa_pokok": total_sisa, "total_ppap": total_ppap, "total_ppap_tercatat": total_tercatat,
        "saldo_piutang": piutang, "saldo_ppap": cadangan,
        "cocok_piutang": total_sisa == piutang, "cocok_ppap": total_tercatat == cadangan,
        "npl_bp": bp_dari(npl), "npl_sehat_bp": bp_dari(a.npl_sehat), "sehat": npl <= a.npl_sehat,
    }


