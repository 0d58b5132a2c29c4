"""Members' receivables of the outlet (sales on credit) and their payment."""

from __future__ import annotations

from datetime import date

from koperasi_cli.core import sembako as inti
from koperasi_cli.core.galat import Galat
from koperasi_cli.core.jurnal import Entri, debit, kredit
from koperasi_cli.ledger.buku import Buku
from koperasi_cli.layanan.sembako.jenis import JENIS_BAYAR_PIUTANG
from koperasi_cli.layanan.sembako.persediaan import _akun_kas
from koperasi_cli.layanan import anggota as lay_anggota


# ---- member receivables ------------------------------------------------------------------------
def piutang_anggota(buku: Buku, no: str | None = None) -> dict[str, int]:
    """{member number: receivable on 1120}."""
    hasil = {}
    for n, per_akun in buku.saldo_tag("anggota", no).items():
        s = per_akun.get(inti.AKUN_PIUTANG)
        if s and s[0]:
            hasil[n] = s[0]
    return hasil


def bayar_piutang(
    buku: Buku, no: str, jumlah: int, *, tanggal: date, kas: str | None = None, unit: str = "sembako",
    bukti: str | None = None, ket: str | None = None,
) -> dict:
    a = lay_anggota.ambil(buku, no)
    piutang = piutang_anggota(buku, a["no"]).get(a["no"], 0)
    if jumlah > piutang:
        raise Galat("bayar_melebihi_piutang", no=a["no"], nama=a["nama"], piutang=piutang, jumlah=jumlah)
    k = _akun_kas(buku, kas)
    e = Entri(tanggal, (debit(k, jumlah), kredit(inti.AKUN_PIUTANG, jumlah, anggota=a["no"])),
              ket or f"Pelunasan piutang gerai anggota {a['no']}", JENIS_BAYAR_PIUTANG, unit, bukti,
              data={"anggota": a["no"]})
    r = buku.catat(e)[0]
    return {"entri": r["id"], "tanggal": r["tanggal"], "anggota": a["no"], "nama": a["nama"], "jumlah": jumlah,
            "sisa_piutang": piutang - jumlah, "rekaman": r}


