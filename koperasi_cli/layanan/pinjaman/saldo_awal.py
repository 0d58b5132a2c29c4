"""Loans brought in with the opening balances (`impor saldo-awal`, sheet `pinjaman`)."""

from __future__ import annotations

from datetime import date

from koperasi_cli.core.galat import Galat
from koperasi_cli.core.pinjaman import AturanDenda, Keadaan, hitung_jadwal, jadwal_ke_data, kolektibilitas, ppap, tambah_bulan
from koperasi_cli.ledger.buku import Buku
from koperasi_cli.layanan.pinjaman.catatan import _indeks, nama_blok, nomor_id, ringkas, terapkan_awal
from koperasi_cli.layanan.pinjaman.pencairan import syarat
from koperasi_cli.layanan.pinjaman.pengaturan import Aturan


# ---- loans brought in with the opening balances ------------------------------------------------
def data_awal(a: Aturan, id_: str, no: str, sisa_pokok: int, sisa_tenor: int, jatuh_tempo: date, *,
              produk: str | None = None, bunga=None, metode: str | None = None, penjamin: str | None = None,
              tanggal_cair: date | None = None, pokok_awal: int | None = None) -> dict:
    """The record of one outstanding loan brought in by `impor saldo-awal` (for the opening
    entry's `data["pinjaman_awal"]`): the product's terms (the named one, else the default, as
    `cair` takes them) with the file's rate and method over them and no limits checked (the loan
    exists already); the schedule of the remaining principal over the remaining installments by
    the method and rate (flat: interest on `pokok_awal` when given), the first due on `jatuh_tempo`,
    then monthly. No admin fee (it was taken
    when the loan was disbursed). The caller checks the member and the guarantor."""
    s = syarat(a, sisa_pokok, sisa_tenor, produk=produk, bunga=bunga, metode=metode, bebas=True)
    # A flat loan's interest stays on the amount first disbursed, when the file gives it.
    jadwal = hitung_jadwal(sisa_pokok, s.bunga, sisa_tenor, s.metode, jatuh_tempo, s.kelipatan, pertama=jatuh_tempo,
                           pokok_jasa=pokok_awal if s.metode == "flat" else None)
    if any(b.pokok < 0 for b in jadwal):
        raise Galat("pinjaman_terlalu_kecil", jumlah=sisa_pokok, tenor=sisa_tenor)
    return {
        "pinjaman": id_, "anggota": no, "penjamin": penjamin, "produk": s.produk, "pokok": sisa_pokok,
        "bunga": str(s.bunga), "metode": s.metode, "tenor": sisa_tenor, "kelipatan": s.kelipatan, "biaya_admin": 0,
        "denda": s.denda.ke_data(), "jasa_pelunasan": s.jasa_pelunasan, "jadwal": jadwal_ke_data(jadwal),
        "tanggal_cair": tanggal_cair.isoformat() if tanggal_cair else None, "pokok_awal": pokok_awal,
        "mulai": tambah_bulan(jatuh_tempo, -1).isoformat(),
    }


def ppap_awal(a: Aturan, data: dict, per: date) -> tuple[int, str, int]:
    """An opening loan's days past due, class and required provision at `per` (its record only)."""
    k = Keadaan.dari_jadwal(data["jadwal"], AturanDenda.dari_data(data["denda"]))
    hari = k.hari_tunggakan(per)
    kelas = kolektibilitas(hari, a.batas)
    return hari, kelas, ppap(data["pokok"], kelas, a.ppap)


def simpan_awal(buku: Buku, r: dict) -> int:
    """Put the loans of the posted opening entry `r` into the (empty) loans table, one write per
    block: the table then equals what `bangun_dari_jurnal` folds."""
    from tinydb.table import Document

    docs = terapkan_awal(r)
    per_blok: dict[str, list] = {}
    for doc in docs:
        n = nomor_id(doc["id"])
        per_blok.setdefault(nama_blok(n), []).append(Document(doc, doc_id=n))
    for nama, isi in per_blok.items():
        buku.tabel(nama).insert_multiple(isi)
    _indeks(buku).insert_multiple(Document(ringkas(doc), doc_id=nomor_id(doc["id"])) for doc in docs)
    return len(docs)


