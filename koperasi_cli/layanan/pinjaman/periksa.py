"""Loans: the check that the loans table and the control accounts agree with the journal."""

from __future__ import annotations

from koperasi_cli.core.galat import Galat
from koperasi_cli.ledger.buku import Buku
from koperasi_cli.ledger.periksa import amati, pengamat
from koperasi_cli.layanan.pinjaman.catatan import (
    _nama_blok_ada, bangun_dari_jurnal, entri_pinjaman, format_id, nama_blok, posisi, ringkas, semua,
)
from koperasi_cli.layanan.pinjaman.pengaturan import AKUN_PIUTANG, AKUN_PPAP


# ---- periksa -----------------------------------------------------------------------------------
def periksa_pinjaman(buku: Buku) -> list[Galat]:
    """The loans table equals the fold of the journal; each loan's remaining principal equals its
    balance on 1110; every posting on 1110 and 1111 carries a loan tag."""
    return amati(buku, [amati_pinjaman])[0]


@pengamat
def amati_pinjaman(buku: Buku):
    """`periksa_pinjaman` as an observer of the journal's one pass (`ledger.periksa.amati`)."""
    rek = []
    while (r := (yield)) is not None:
        if entri_pinjaman(r):
            rek.append(r)
    temuan: list[Galat] = []
    try:
        dibangun = bangun_dari_jurnal(buku, rek)
    except Galat as g:
        return [g]
    indeks = {d["id"]: d for d in semua(buku)}
    tersimpan: dict[str, dict] = {}
    for nama in sorted(_nama_blok_ada(buku)):
        for d in buku.tabel(nama).all():
            if nama_blok(d.doc_id) != nama or d.get("id") != format_id(d.doc_id):
                temuan.append(Galat("periksa_pinjaman_asing", id=str(d.get("id"))))
            tersimpan[d.get("id")] = dict(d)
    for id_ in sorted(set(dibangun) | set(tersimpan) | set(indeks)):
        if id_ not in dibangun:
            temuan.append(Galat("periksa_pinjaman_asing", id=id_))
        elif id_ not in tersimpan or id_ not in indeks:
            temuan.append(Galat("periksa_pinjaman_hilang", id=id_))
        elif dibangun[id_] != tersimpan[id_] or ringkas(dibangun[id_]) != indeks[id_]:
            temuan.append(Galat("periksa_pinjaman_beda", id=id_))
    saldo = buku.saldo_tag("pinjaman")
    for id_, doc in sorted(dibangun.items()):
        pos = posisi(buku, doc)
        sisa = 0 if pos.status in ("batal", "hapus-buku") else pos.keadaan.sisa_pokok
        jurnal = saldo.get(id_, {}).get(AKUN_PIUTANG, [0, 0])[0]
        if sisa != jurnal:
            temuan.append(Galat("periksa_pinjaman_saldo", id=id_, tabel=sisa, jurnal=jurnal))
    for id_ in sorted(set(saldo) - set(dibangun)):
        jurnal = saldo[id_].get(AKUN_PIUTANG, [0, 0])[0]
        if jurnal:
            temuan.append(Galat("periksa_pinjaman_saldo", id=id_, tabel=0, jurnal=jurnal))
    akun = buku.saldo_akun()
    for kode in (AKUN_PIUTANG, AKUN_PPAP):
        d, k = akun.get(kode, [0, 0])
        tag = sum(v.get(kode, [0, 0])[0] for v in saldo.values())
        if d - k != tag:
            temuan.append(Galat("periksa_pinjaman_tanpa_tag", akun=kode, selisih=d - k - tag))
    return temuan
