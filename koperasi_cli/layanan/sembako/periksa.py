"""The outlet's check: stock, inventory accounts, receivables, payables and the LPG log against the journal."""

from __future__ import annotations

from collections import defaultdict

from koperasi_cli.core import sembako as inti
from koperasi_cli.core.galat import Galat
from koperasi_cli.core.tanggal import Bulan
from koperasi_cli.ledger.buku import Buku
from koperasi_cli.ledger.periksa import amati, pengamat
from koperasi_cli.layanan.sembako.barang import akun_barang, semua_barang
from koperasi_cli.layanan.sembako.jenis import JENIS_BAYAR_PEMASOK, JENIS_BELI, JENIS_JUAL
from koperasi_cli.layanan.sembako.pemasok import _tabel_utang
from koperasi_cli.layanan.sembako.penjualan import tabel_lpg
from koperasi_cli.layanan.sembako.persediaan import _baca_cache_stok, gerak_persediaan, posisi
from koperasi_cli.layanan.sembako.piutang import piutang_anggota


# ---- periksa --------------------------------------------------------------------------------------
def periksa_sembako(buku: Buku) -> list[Galat]:
    """Stock never negative (in date order), stock value per item = the inventory accounts,
    items known and on their category's account, receivables and payables = their control
    accounts, the supplier cache and the LPG log consistent with the journal."""
    return amati(buku, [amati_sembako])[0]


@pengamat
def amati_sembako(buku: Buku):
    """`periksa_sembako` as an observer of the journal's one pass (`ledger.periksa.amati`)."""
    temuan: list[Galat] = []
    semua = semua_barang(buku)
    saldo = buku.saldo_akun()
    jalan: dict[str, list[int]] = {}
    negatif: set[str] = set()
    salah_akun: set[str] = set()
    tanpa_tag: set[str] = set()
    disentuh: set[str] = set()
    nilai_salah: set[str] = set()
    utang_jurnal: dict[str, tuple[str, int]] = {}
    lpg_jurnal: dict[str, int] = {}
    while (r := (yield)) is not None:
        for b in r["baris"]:
            if b["akun"] in inti.AKUN_PERSEDIAAN and b.get("barang") is None:
                tanpa_tag.add(r["id"])
        for kode, akun, nilai, qty in gerak_persediaan(r):
            t = jalan.setdefault(kode, [0, 0])
            t[0] += qty
            t[1] += nilai
            if t[0] < 0 and kode not in negatif:
                negatif.add(kode)
                temuan.append(Galat("periksa_stok_negatif", barang=kode, tanggal=r["tanggal"], id=r["id"]))
            disentuh.add(kode)
            brg = semua.get(kode)
            if brg is not None and akun_barang(buku, brg)["persediaan"] != akun and kode not in salah_akun:
                salah_akun.add(kode)
                temuan.append(Galat("periksa_barang_akun_salah", barang=kode, akun=akun, id=r["id"]))
        # The value, in date order, is never negative nor left without quantity (after each entry).
        for kode in disentuh:
            q, n = jalan[kode]
            if (n < 0 or (q == 0 and n != 0)) and kode not in nilai_salah:
                nilai_salah.add(kode)
                temuan.append(Galat("periksa_nilai_stok_negatif", barang=kode, qty=q, nilai=n, tanggal=r["tanggal"], id=r["id"]))
        disentuh.clear()
        data = r.get("data") or {}
        if r["jenis"] in (JENIS_BELI, JENIS_BAYAR_PEMASOK, "aset-tambah") and data.get("pemasok"):  # aset: bought on credit
            neto = sum(b.get("kredit", 0) - b.get("debit", 0) for b in r["baris"] if b["akun"] == inti.AKUN_UTANG)
            if neto:
                utang_jurnal[r["id"]] = (data["pemasok"], neto)
        if r["jenis"] == JENIS_JUAL:
            q = sum(d["qty"] for d in data.get("baris", []) if d.get("kategori") == "lpg")
            if q:
                lpg_jurnal[r["id"]] = q
    for kode in sorted(jalan):
        if kode not in semua:
            temuan.append(Galat("periksa_barang_tidak_dikenal", barang=kode))
        q, n = jalan[kode]
        if (n < 0 or (q == 0 and n != 0)) and kode not in nilai_salah:
            temuan.append(Galat("periksa_nilai_stok", barang=kode, qty=q, nilai=n))
    for akun in inti.AKUN_PERSEDIAAN:
        d, k = saldo.get(akun, [0, 0])
        per_barang = sum(v for kode, (q, v) in _dari_akun(buku, akun).items())
        if d - k != per_barang:
            temuan.append(Galat("periksa_persediaan_akun", akun=akun, akun_saldo=d - k, barang=per_barang))
    for rid in sorted(tanpa_tag):
        temuan.append(Galat("periksa_persediaan_tanpa_barang", id=rid))
    # The stock cache, brought up to date, equals the journal's totals.
    cache, _ = _baca_cache_stok(buku)
    benar = posisi(buku)
    if {k: v for k, v in cache.items() if v != [0, 0]} != {k: v for k, v in benar.items() if v != [0, 0]}:
        temuan.append(Galat("periksa_cache_stok"))
    # Member receivables on 1120 are all tagged with the member.
    d, k = saldo.get(inti.AKUN_PIUTANG, [0, 0])
    tag = sum(piutang_anggota(buku).values())
    if d - k != tag:
        temuan.append(Galat("periksa_piutang_anggota", akun_saldo=d - k, anggota=tag))
    # Supplier payables: the cache equals the journal; their sum equals 2101.
    cache = {m["entri"]: (m["pemasok"], m["jumlah"]) for m in _tabel_utang(buku).all()}
    if cache != utang_jurnal:
        temuan.append(Galat("periksa_utang_cache"))
    d, k = saldo.get(inti.AKUN_UTANG, [0, 0])
    batal = buku.kepala["batal"]
    efektif = sum(j for rid, (_p, j) in utang_jurnal.items() if rid not in batal)
    if k - d != efektif:
        temuan.append(Galat("periksa_utang_pemasok", akun_saldo=k - d, pemasok=efektif))
    # The LPG log: one row per LPG line, the same quantities as the journal.
    lpg_log: dict[str, int] = defaultdict(int)
    for rel in buku.daftar_berkas("data/lpg/"):
        for row in tabel_lpg(buku, Bulan.dari_str(rel[len("data/lpg/"):-len(".json")])).all():
            lpg_log[row["entri"]] += row["qty"]
    if dict(lpg_log) != lpg_jurnal:
        beda = sorted(set(lpg_log) ^ set(lpg_jurnal) | {i for i in lpg_jurnal if lpg_log.get(i) != lpg_jurnal[i]})
        temuan.append(Galat("periksa_log_lpg", id=", ".join(beda[:5])))
    return temuan


def _dari_akun(buku: Buku, akun: str) -> dict[str, tuple[int, int]]:
    hasil = {}
    for kode, per_akun in buku.saldo_tag("barang").items():
        if akun in per_akun:
            n, q = per_akun[akun]
            hasil[kode] = (q, n)
    return hasil
