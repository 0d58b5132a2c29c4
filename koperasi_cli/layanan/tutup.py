"""Closing the books: a month (`tutup-buku BULAN`), reopening the latest closed month, and the
year-end (`tutup-buku --tahun`, in layanan/shu.py).

Closing a month, in one unit of work: check the books (`periksa_cepat`), post the month-end
entries that are due (the areas' hooks in `AKHIR_BULAN`: the loan-loss provision; interest on
sukarela when the profile says it is automatic; accrued loan interest), store the cumulative balances at the month's end
(data/tutup/YYYY-MM.json for the accounts, YYYY-MM.tag.json for the members, loans, items and
units: reports then start from them instead of adding up the months before),
and lock the month: entries dated in it are refused from then on.
"""

from __future__ import annotations

from koperasi_cli.core.galat import BUKU_RUSAK, Galat, GalatBanyak
from koperasi_cli.core.tanggal import Bulan
from koperasi_cli.layanan import aset, berjangka, pinjaman, sewa, simpanan, utang_bank
from koperasi_cli.layanan.periksa import periksa
from koperasi_cli.ledger.buku import Buku
from koperasi_cli.ledger.periksa import periksa_berkas, periksa_jurnal, periksa_neraca


def cadangan_pinjaman(buku: Buku, bulan: Bulan) -> list[str]:
    """The loan-loss provision for the month (layanan.pinjaman.cadangkan is idempotent)."""
    if not buku.ada("data/pinjaman.json"):
        return []
    h = pinjaman.cadangkan(buku, bulan)
    return [e for e in (h.get("entri") if isinstance(h.get("entri"), list) else [h.get("entri")]) if e]


def bunga_berjangka(buku: Buku, bulan: Bulan) -> list[str]:
    """Time deposits' interest of the month's anniversaries and their maturities (idempotent)."""
    h = berjangka.bunga_bulan(buku, bulan)
    return list(h["entri"]) + [j["entri"] for j in h["jatuh_tempo"] if j.get("entri")]


def jasa_simpanan_otomatis(buku: Buku, bulan: Bulan) -> list[str]:
    """Interest on sukarela at month end, when `simpanan.jasa_otomatis` is true and not yet run."""
    if not buku.profil.atur("simpanan.jasa_otomatis", "bool"):
        return []
    if not buku.ada("data/anggota.json"):
        return []
    try:
        h = simpanan.jasa(buku, bulan)
    except Galat as g:
        if g.kode in ("jasa_sudah", "jasa_sudah_dihitung"):
            return []
        raise
    entri = h.get("entri") if isinstance(h, dict) else None
    return [entri] if isinstance(entri, str) else list(entri or [])


def periksa_cepat(buku: Buku) -> list[Galat]:
    """What closing needs checked, fast on a large book: every file against its SHA-256, the
    months still open entry by entry (the closed ones were checked when they closed and their
    files are covered by the hashes), the hash chain since the last closing, and the balances."""
    k = buku.kepala
    if not k["tutup"]:
        return periksa(buku)
    terakhir = max(k["tutup"])
    titik = k["tutup"][terakhir]
    if "hash" not in titik:
        return periksa(buku)
    temuan = periksa_berkas(buku)
    terbuka = {b for b in k["bulan"] if b not in k["tutup"]}
    temuan += periksa_jurnal(buku, hanya_bulan=terbuka, mulai=(titik["seq"], titik["hash"]))
    if not temuan:
        temuan += periksa_neraca(buku)
    return temuan


def cek_urutan(buku: Buku, bulan: Bulan) -> None:
    # A month before the earliest closed one counts as closed (`mulai` moved earlier in
    # koperasi.yaml does not reopen history).
    if str(bulan) in buku.bulan_tutup or (buku.tutup_awal is not None and str(bulan) < buku.tutup_awal):
        raise Galat("bulan_sudah_tutup", bulan=str(bulan))
    if bulan.akhir >= buku.hari_ini():
        raise Galat("bulan_belum_berakhir", bulan=str(bulan))
    if bulan.akhir < buku.profil.mulai:
        raise Galat("bulan_sebelum_mulai", bulan=str(bulan), mulai=buku.profil.mulai.isoformat())
    b = Bulan.dari_tanggal(buku.profil.mulai)
    if buku.tutup_awal is not None:
        b = max(b, Bulan.dari_str(buku.tutup_awal))
    while b < bulan:
        if str(b) not in buku.bulan_tutup:
            raise Galat("bulan_sebelumnya_terbuka", bulan=str(bulan), terbuka=str(b))
        b = b.berikut()


def tutup_bulan(buku: Buku, bulan: Bulan, *, periksa_dulu: bool = True) -> dict:
    """Close one month (see the module's doc). Returns what was posted and stored."""
    cek_urutan(buku, bulan)
    if periksa_dulu:
        temuan = periksa_cepat(buku)
        if temuan:
            raise GalatBanyak("tutup_periksa_gagal", temuan, keluar=BUKU_RUSAK)
    diposting = jurnal_akhir_bulan(buku, bulan)
    kunci_bulan(buku, bulan)
    return {"bulan": str(bulan), "entri": diposting, "seq": buku.kepala["seq"]}


def jurnal_akhir_bulan(buku: Buku, bulan: Bulan) -> list[str]:
    """Post the month-end entries of every area (`AKHIR_BULAN`); the ids posted."""
    diposting: list[str] = []
    for langkah in AKHIR_BULAN:
        diposting += langkah(buku, bulan)
    return diposting


def kunci_bulan(buku: Buku, bulan: Bulan) -> None:
    """Store the cumulative balances at the month's end and lock the month (`Buku.kunci_bulan`)."""
    buku.kunci_bulan(bulan)


def buka_kembali(buku: Buku, bulan: Bulan, alasan: str) -> dict:
    """Reopen the latest closed month (logged with the reason); refused inside a closed year."""
    k = buku.kepala
    if str(bulan) not in k["tutup"]:
        raise Galat("bulan_belum_tutup", bulan=str(bulan))
    terakhir = max(k["tutup"])
    if str(bulan) != terakhir:
        raise Galat("buka_bukan_terakhir", bulan=str(bulan), terakhir=terakhir)
    if str(bulan.tahun) in k.get("tahun_tutup", {}):
        raise Galat("tahun_sudah_tutup", tahun=bulan.tahun)
    if not alasan or not alasan.strip():
        raise Galat("buka_tanpa_alasan")
    buku.buka_bulan(bulan, alasan.strip())
    return {"bulan": str(bulan), "dibuka": True}


# Month-end entries of the areas, in this order, each `f(buku, bulan) -> list of entry ids
# posted` and idempotent for a month (running it again posts nothing).
AKHIR_BULAN = (
    cadangan_pinjaman,
    bunga_berjangka,
    jasa_simpanan_otomatis,
    pinjaman.akrual_bulan,
    aset.susut_akhir_bulan,
    utang_bank.akrual_bulan,
    sewa.tagih_akhir_bulan,
)
