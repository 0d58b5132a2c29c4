"""Closing a month: after `periksa` passes and every earlier month is closed, lock it."""

from __future__ import annotations

from koperasi_cli.core.galat import Galat, GalatBanyak
from koperasi_cli.core.tanggal import Bulan
from koperasi_cli.ledger.buku import KEPALA, Buku


def tutup_bulan(buku: Buku, bulan: Bulan) -> None:
    from koperasi_cli.ledger.periksa import periksa

    if str(bulan) in buku.bulan_tutup:
        raise Galat("bulan_sudah_tutup", bulan=str(bulan))
    if bulan.akhir >= buku.hari_ini():
        raise Galat("bulan_belum_berakhir", bulan=str(bulan))
    if bulan.akhir < buku.profil.mulai:
        raise Galat("bulan_sebelum_mulai", bulan=str(bulan), mulai=buku.profil.mulai.isoformat())
    b = Bulan.dari_tanggal(buku.profil.mulai)
    while b < bulan:
        if str(b) not in buku.bulan_tutup:
            raise Galat("bulan_sebelumnya_terbuka", bulan=str(bulan), terbuka=str(b))
        b = b.berikut()
    temuan = periksa(buku)
    if temuan:
        raise GalatBanyak("tutup_periksa_gagal", temuan)
    buku.kepala["tutup"][str(bulan)] = {"seq": buku.kepala["seq"], "pada": buku.sekarang()}
    buku.tandai(KEPALA, buku.kepala)
