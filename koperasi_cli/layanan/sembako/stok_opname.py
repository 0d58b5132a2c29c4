"""The stock-take (opname): the counted quantity replaces the booked one."""

from __future__ import annotations

from datetime import date

from koperasi_cli.core import sembako as inti
from koperasi_cli.core.galat import Galat
from koperasi_cli.core.jurnal import Entri, debit, kredit
from koperasi_cli.core.konteks import pakai_konteks
from koperasi_cli.ledger.buku import Buku
from koperasi_cli.layanan.sembako.barang import akun_barang, ambil_barang
from koperasi_cli.layanan.sembako.jenis import JENIS_OPNAME
from koperasi_cli.layanan.sembako.persediaan import cek_biaya_sesudah, cek_sesudah, posisi_pada, posisi_terkini
from koperasi_cli.layanan import batch as lay_batch


# ---- stock-take --------------------------------------------------------------------------------
@pakai_konteks
def opname(
    buku: Buku, kode: str, qty_fisik: int, *, tanggal: date, hpp: int | None = None, unit: str = "sembako",
    bukti: str | None = None, ket: str | None = None,
) -> dict:
    """The counted quantity replaces the book quantity; the difference goes to the stock
    difference account (profile `sembako.akun_selisih`, 6113): a loss at the moving-average cost,
    a gain at the moving-average cost (or `hpp` per unit, needed when the books hold no stock)."""
    brg = ambil_barang(buku, kode)
    if qty_fisik < 0:
        raise Galat("qty_tidak_sah", nilai=str(qty_fisik))
    lay_batch.tolak_opname(brg)
    akun_selisih = buku.profil.atur("sembako.akun_selisih", "akun")
    persediaan = akun_barang(buku, brg)["persediaan"]
    _akhir, pada, sesudah = posisi_pada(buku, tanggal)
    # Valued at the moving average of the stock on the stock-take's date.
    q, n = pada.get(brg["kode"], [0, 0])
    qa = q
    selisih = qty_fisik - q
    hasil = {"kode": brg["kode"], "nama": brg["nama"], "tanggal": tanggal.isoformat(), "qty_buku": q,
             "qty_fisik": qty_fisik, "selisih": selisih, "nilai": 0, "entri": None}
    if selisih < 0:
        if sesudah:
            cek_sesudah(brg["kode"], brg["nama"], qty_fisik, sesudah)
        if -selisih > qa:  # pragma: no cover - cek_sesudah refuses it first
            raise Galat("stok_kurang_nanti", barang=brg["kode"], nama=brg["nama"], tanggal=tanggal.isoformat())
        nilai = inti.nilai_selisih_opname(n, qa, selisih, hpp)
        baris = (debit(akun_selisih, nilai), kredit(persediaan, nilai, barang=brg["kode"], qty=selisih))
        hasil["nilai"] = -nilai
    elif selisih > 0:
        nilai = inti.nilai_selisih_opname(n, qa, selisih, hpp)
        if nilai is None:
            raise Galat("opname_perlu_hpp", barang=brg["kode"], nama=brg["nama"])
        baris = (debit(persediaan, nilai, barang=brg["kode"], qty=selisih), kredit(akun_selisih, nilai))
        hasil["nilai"] = nilai
    elif qa == 0 and n != 0:
        # No quantity but a value left (e.g. after a reversal): clear the value.
        nilai = abs(n)
        if n > 0:
            baris = (debit(akun_selisih, nilai), kredit(persediaan, nilai, barang=brg["kode"], qty=0))
        else:
            baris = (debit(persediaan, nilai, barang=brg["kode"], qty=0), kredit(akun_selisih, nilai))
        hasil["nilai"] = -n
    else:
        return hasil
    if hasil["nilai"] == 0:
        raise Galat("stok_tanpa_nilai", barang=brg["kode"], nama=brg["nama"])
    if sesudah:
        cek_biaya_sesudah(brg["kode"], brg["nama"], [q, n], [q + selisih, n + hasil["nilai"]], sesudah)
    teks = ket or f"Opname {brg['kode']}: buku {q}, fisik {qty_fisik}"
    data = {"kode": brg["kode"], "qty_buku": q, "qty_fisik": qty_fisik, "selisih": selisih,
            "dinilai_dari": {"qty": qa, "nilai": n}}
    r = buku.catat(Entri(tanggal, baris, teks, JENIS_OPNAME, unit, bukti, data=data))[0]
    posisi_terkini(buku)
    hasil["entri"] = r["id"]
    hasil["rekaman"] = r
    return hasil


