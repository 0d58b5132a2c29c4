"""The journal list (`jurnal daftar`) as data: the entries of a period, optionally only those
touching an account or a member, with one row per posting."""

from __future__ import annotations

from koperasi_cli.core.tanggal import Bulan, Periode
from koperasi_cli.i18n import pilih
from koperasi_cli.layanan.anggota import normal_no
from koperasi_cli.ledger.buku import Buku
from koperasi_cli.reports.model import Kolom, Laporan, Tabel, identitas_dari

KOLOM_ENTRI = ("id", "tanggal", "jenis", "unit", "ket", "bukti", "membatalkan", "baris")


def daftar_jurnal(buku: Buku, periode: Periode | None = None, *, akun: str | None = None,
                  anggota: str | None = None, ulang: bool = True) -> Laporan:
    """The entries of `periode` (default: the current month). `akun` is any form the chart finds
    (code or name); `anggota` a member number in any form (`1`, `0001`). One row per posting;
    with `ulang` false (the terminal table) the entry's id, date and description show on its
    first row only, else on every row so that a script needs no special case."""
    if periode is None:
        b = Bulan.dari_tanggal(buku.hari_ini())
        periode = Periode(b.awal, b.akhir, str(b))
    kode = buku.bagan.cari(akun).kode if akun else None
    no = normal_no(anggota) if anggota else None
    entri = []
    baris = []
    for r in buku.entri(periode.awal, periode.akhir):
        if kode and not any(x["akun"] == kode for x in r["baris"]):
            continue
        if no and not any(x.get("anggota") == no for x in r["baris"]):
            continue
        entri.append({**{k: r[k] for k in KOLOM_ENTRI}, "batch": r.get("batch")})  # the command's batch (null: older entries)
        for i, x in enumerate(r["baris"]):
            tampak = ulang or i == 0
            baris.append({
                "id": r["id"] if tampak else "", "tanggal": r["tanggal"] if tampak else "",
                "ket": r["ket"] if tampak else "", "akun": x["akun"],
                "nama": buku.bagan[x["akun"]].nama if x["akun"] in buku.bagan else "?",
                "debit": x["debit"] or None, "kredit": x["kredit"] or None,
            })
    kolom = [Kolom("id", "No"), Kolom("tanggal", pilih("Tanggal", "Date")), Kolom("ket", pilih("Keterangan", "Description")),
             Kolom("akun", pilih("Akun", "Account")), Kolom("nama", pilih("Nama akun", "Account name"), rinci=True),
             Kolom("debit", "Debit", "uang"), Kolom("kredit", pilih("Kredit", "Credit"), "uang")]
    return Laporan(pilih("Daftar Jurnal", "Journal"), periode.label, identitas_dari(buku.profil),
                   [Tabel(None, kolom, baris, None, "Jurnal")], {"periode": periode.label, "entri": entri})
