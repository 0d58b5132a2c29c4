"""Manual journal entries, listing, and reversal (`jurnal batal`)."""

from __future__ import annotations

from datetime import date

from koperasi_cli.core.galat import Galat
from koperasi_cli.core.jurnal import Baris, Entri, pembalik
from koperasi_cli.core.uang import parse_jumlah
from koperasi_cli.core.konteks import pakai_konteks
from koperasi_cli.ledger.buku import Buku
from koperasi_cli.layanan.kas import AKUN_KONTROL
from koperasi_cli.layanan.sembako import cek_gerak_mundur


def parse_baris(buku: Buku, teks: str, sisi: str) -> Baris:
    """`AKUN=JUMLAH` (account by code or name) into a posting on one side."""
    if "=" not in teks:
        raise Galat("baris_jurnal_tidak_sah", nilai=teks)
    akun_teks, jumlah_teks = teks.rsplit("=", 1)
    akun = buku.bagan.cari(akun_teks)
    if akun.kode in AKUN_KONTROL:
        raise Galat("akun_kontrol", akun=f"{akun.kode} {akun.nama}")
    jumlah = parse_jumlah(jumlah_teks)
    return Baris(akun.kode, debit=jumlah) if sisi == "debit" else Baris(akun.kode, kredit=jumlah)


@pakai_konteks
def catat_manual(buku: Buku, debit: list[str], kredit: list[str], ket: str, *, tanggal: date,
                 unit: str = "kantor", bukti: str | None = None) -> dict:
    baris = tuple(parse_baris(buku, t, "debit") for t in debit) + tuple(parse_baris(buku, t, "kredit") for t in kredit)
    return buku.catat(Entri(tanggal, baris, ket, "jurnal", unit, bukti))[0]


def batal(buku: Buku, id_: str, alasan: str, *, tanggal: date) -> dict:
    """Post the reversing entry of `id_`; the original stays as it was."""
    asli = buku.cari_entri(id_)
    if asli.get("membatalkan"):
        raise Galat("batal_pembalik", id=asli["id"], asli=asli["membatalkan"])
    if asli.get("jenis") == "tutup-tahun":  # the year is reopened as a whole, never by hand
        tahun = (asli.get("data") or {}).get("tahun", asli["tanggal"][:4])
        raise Galat("batal_tutup_tahun", id=asli["id"], tahun=tahun)
    if tanggal < date.fromisoformat(asli["tanggal"]):
        raise Galat("batal_sebelum_asli", id=asli["id"], tanggal=asli["tanggal"])
    balik = pembalik(asli, tanggal, alasan)
    cek_sub_buku(buku, balik)
    from koperasi_cli.core.sembako import AKUN_PERSEDIAAN

    gerak: dict[str, list[int]] = {}
    for b in balik.baris:
        if b.barang is not None and b.akun in AKUN_PERSEDIAAN:
            g = gerak.setdefault(b.barang, [0, 0])
            g[0] += b.qty or 0
            g[1] += b.debit - b.kredit
    if gerak:  # stock moved back on its date: later costs and values must still hold
        cek_gerak_mundur(buku, tanggal, gerak)
    return buku.catat(balik)[0]


def batal_batch(buku: Buku, batch_id: str, alasan: str, *, tanggal: date) -> dict:
    """Reverse every entry of one batch (all that one command posted) in this unit of work:
    one reversing entry each, last first, all dated `tanggal`. Refused as a whole, before
    anything is staged, when an entry of the batch is already reversed or dated in a closed
    month; each reversal then passes the checks of `batal` (sub-ledgers, stock, dates)."""
    semua = buku.entri_batch(batch_id)
    bid = semua[0]["batch"]
    batal_ = buku.kepala["batal"]
    for r in semua:
        if r["id"] in batal_:
            raise Galat("batch_sudah_dibatalkan", batch=bid, id=r["id"], oleh=batal_[r["id"]])
        if r["tanggal"][:7] in buku.kepala["tutup"]:
            raise Galat("batch_bulan_tutup", batch=bid, id=r["id"], bulan=r["tanggal"][:7])
    balik = [batal(buku, r["id"], alasan, tanggal=tanggal) for r in reversed(semua)]
    return {"batch_dibatalkan": bid, "dibatalkan": [r["id"] for r in semua], "entri": [r["id"] for r in balik],
            "batch": buku.batch, "jumlah": len(balik),
            "total": sum(b["debit"] for r in balik for b in r["baris"]), "rekaman": balik}


# The control accounts whose balances per member, loan or item are sub-ledgers.
SUB_BUKU = {"1110", "1120", "1130", "1131", "1132", "2102", "2103", "2106", "2112", "3101", "3102"}


def cek_sub_buku(buku: Buku, entri) -> None:
    """A reversal may not turn a member's savings, a loan or an item's stock to the wrong side
    (a deposit already withdrawn, goods already sold): refuse it, naming what it would break."""
    from collections import defaultdict

    gerak: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    for b in entri.baris:
        if b.akun not in SUB_BUKU:
            continue  # e.g. a member's tag on a cash posting: no sub-ledger there
        for dim in ("anggota", "pinjaman", "barang"):
            nilai = getattr(b, dim)
            if nilai is not None:
                g = gerak[(dim, nilai, b.akun)]
                g[0] += b.debit - b.kredit
                g[1] += b.qty or 0
    for (dim, nilai, akun), (neto, qty) in gerak.items():
        ada = buku.saldo_tag(dim, nilai).get(nilai, {}).get(akun, [0, 0])
        baru, qty_baru = ada[0] + neto, ada[1] + qty
        normal_debit = buku.bagan[akun].normal == "debit"
        sisa_nilai_tanpa_barang = dim == "barang" and qty_baru == 0 and baru != 0
        if (baru < 0 if normal_debit else baru > 0) or qty_baru < 0 or sisa_nilai_tanpa_barang:
            raise Galat("batal_merusak_sub_buku", dim=dim, nilai=nilai, akun=akun)
