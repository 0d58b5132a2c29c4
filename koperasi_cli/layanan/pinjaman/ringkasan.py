"""Loans seen from other areas: the portfolio's quality, a member's outstanding loans."""

from __future__ import annotations

from datetime import date

from koperasi_cli.ledger.buku import Buku
from koperasi_cli.layanan.pinjaman.catatan import _seq, ambil_banyak, posisi, semua
from koperasi_cli.layanan.pinjaman.kualitas import baris_portofolio, npl_dari
from koperasi_cli.layanan.pinjaman.pengaturan import aturan
from koperasi_cli.layanan.anggota import normal_no


# ---- for other areas ---------------------------------------------------------------------------
def ringkasan_kualitas(buku: Buku, per: date) -> dict:
    """For the health ratios and the Dinas rekap: NPL in basis points, outstanding principal,
    and the provision the classes require."""
    a = aturan(buku)
    baris = [b for b in baris_portofolio(buku, per, a) if b["sisa_pokok"] > 0]
    npl = npl_dari(baris)
    return {"npl_bp": int(npl * 100), "sisa_pokok": sum(b["sisa_pokok"] for b in baris),
            "ppap_wajib": sum(b["ppap"] for b in baris), "jumlah_pinjaman": len(baris)}


def menunggak(buku: Buku, no: str, per: date) -> bool:
    """Whether the member has a loan with an installment overdue at `per` (the arrears list's rule)."""
    return any(b["anggota"] == no and b["hari_tunggakan"] > 0 and b["sisa_pokok"] > 0
               for b in baris_portofolio(buku, per, aturan(buku)))


def pinjaman_anggota(buku: Buku, no: str) -> list[dict]:
    """A member's outstanding loans with their remaining principal (from the loans table; fast).
    For `anggota keluar`: a member with any of these may not simply leave."""
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


