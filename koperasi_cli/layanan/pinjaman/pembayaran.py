"""Loans: installments, recoveries after write-off and early settlement."""

from __future__ import annotations

from datetime import date

from koperasi_cli.core.galat import Galat
from koperasi_cli.core.jurnal import Baris, Entri
from koperasi_cli.core.pinjaman import alokasikan, alokasikan_jatuh_tempo, pelunasan, terutang_jatuh_tempo
from koperasi_cli.ledger.buku import Buku
from koperasi_cli.layanan.pinjaman.catatan import Posisi, _simpan_doc, ambil, posisi, terapkan
from koperasi_cli.layanan.pinjaman.pencairan import _akun_masuk, _baris, _tag
from koperasi_cli.layanan.pinjaman.pengaturan import AKUN_DENDA, AKUN_JASA, AKUN_PIUTANG, AKUN_PIUTANG_JASA, AKUN_SUKARELA, AKUN_TITIPAN, UNIT, aturan


# ---- payments ----------------------------------------------------------------------------------
def _tanggal_terakhir(buku: Buku, doc: dict) -> str:
    """The date of the loan's latest event that has not been reversed."""
    batal = buku.kepala.get("batal", {})
    t = [doc["tanggal"]] + [e["tanggal"] for e in doc["bayar"] if e["entri"] not in batal]
    t += [e["tanggal"] for e in doc.get("pulih", []) if e["entri"] not in batal]
    if doc.get("hapus") and doc["hapus"]["entri"] not in batal:
        t.append(doc["hapus"]["tanggal"])
    return max(t)


def _cek_urutan(buku: Buku, pos: Posisi, tanggal: date) -> None:
    """A loan's events are recorded in date order: nothing dated before its latest event."""
    if pos.status == "batal":
        raise Galat("pinjaman_batal", id=pos.doc["id"])
    if pos.status == "belum":
        raise Galat("pinjaman_sebelum_cair", id=pos.doc["id"], tanggal=pos.doc["tanggal"])
    terakhir = _tanggal_terakhir(buku, pos.doc)
    if tanggal.isoformat() < terakhir:
        raise Galat("pinjaman_urutan_tanggal", id=pos.doc["id"], tanggal=tanggal.isoformat(), terakhir=terakhir)


def angsur(buku: Buku, id_: str, jumlah: int, *, tanggal: date, lebih_ke_sukarela: bool = False,
           kas: str | None = None, akun_bayar: str | None = None, unit: str | None = None,
           bukti: str | None = None, ket: str | None = None) -> dict:
    """Record a payment: penalty, then interest, then principal, oldest installment first.
    On a written-off loan the payment is a recovery (income). More than is owed is refused,
    unless `lebih_ke_sukarela` credits the excess to the member's simpanan sukarela."""
    if jumlah <= 0:
        raise Galat("jumlah_nol", nilai=str(jumlah))
    doc = ambil(buku, id_)
    pos = posisi(buku, doc, tanggal)
    _cek_urutan(buku, pos, tanggal)
    masuk = _akun_masuk(buku, kas, akun_bayar)
    tag = _tag(doc)
    if pos.status == "lunas":
        raise Galat("pinjaman_sudah_lunas", id=doc["id"])
    if pos.status == "hapus-buku":
        return _pulih(buku, doc, pos, jumlah, tanggal, lebih_ke_sukarela, masuk, unit, bukti, ket)
    k = pos.keadaan
    a = aturan(buku)
    titipan = 0
    if a.akrual:
        alokasi, lebih = alokasikan_jatuh_tempo(k, jumlah, tanggal, pokok_di_muka=not a.titipan)
        boleh = terutang_jatuh_tempo(k, tanggal) + sum(c.sisa_pokok for c in k.cicilan if c.jatuh_tempo > tanggal)
        if a.titipan and lebih and masuk != AKUN_TITIPAN:
            # Held in 2113 up to the principal not yet due (less what is held already).
            ada = -_saldo_pinjaman(buku, doc["id"], tanggal).get(AKUN_TITIPAN, [0, 0])[0]
            titipan = min(lebih, max(sum(c.sisa_pokok for c in k.cicilan if c.jatuh_tempo > tanggal) - ada, 0))
            lebih -= titipan
            boleh -= ada
    else:
        alokasi, lebih = alokasikan(k, jumlah)
        boleh = k.terutang
    if lebih and not lebih_ke_sukarela:
        raise Galat("pinjaman_bayar_lebih", id=doc["id"], jumlah=jumlah, terutang=boleh)
    if a.akrual and k.sisa_pokok == sum(x[3] for x in alokasi) and \
            any(c.jatuh_tempo > tanggal and c.sisa_jasa > 0 for c in k.cicilan):
        # All the principal repaid ahead of the schedule: that is an early payoff, whose
        # interest follows the product's rule.
        raise Galat("pinjaman_pakai_lunasi", id=doc["id"])
    d = sum(x[1] for x in alokasi)
    j = sum(x[2] for x in alokasi)
    p = sum(x[3] for x in alokasi)
    baris = [Baris(masuk, debit=jumlah, **tag)]
    baris += _baris(AKUN_DENDA, -d, tag) + _baris_jasa(buku, doc["id"], j, tanggal, tag) + _baris(AKUN_PIUTANG, -p, tag)
    baris += _baris(AKUN_TITIPAN, -titipan, tag) + _baris(AKUN_SUKARELA, -lebih, tag)
    data = {"pinjaman": doc["id"], "anggota": doc["anggota"], "jumlah": jumlah, "alokasi": alokasi, "lebih": lebih}
    if titipan:
        data["titipan"] = titipan
    e = Entri(tanggal, tuple(baris), ket or f"Angsuran pinjaman {doc['id']} anggota {doc['anggota']}",
              "pinjaman-angsur", unit or UNIT, bukti, data=data)
    r = buku.catat(e)[0]
    _simpan_doc(buku, terapkan(doc, r))
    k.terapkan(alokasi)
    return {
        "pinjaman": doc["id"], "entri": r["id"], "tanggal": r["tanggal"], "anggota": doc["anggota"],
        "jumlah": jumlah, "denda": d, "jasa": j, "pokok": p, "lebih": lebih, "titipan": titipan,
        "sisa_pokok": k.sisa_pokok, "terutang": k.terutang, "lunas": k.lunas,
    }


def _saldo_pinjaman(buku: Buku, id_: str, per: date | None) -> dict:
    return buku.saldo_tag("pinjaman", id_, per=per).get(id_, {})


def _baris_jasa(buku: Buku, id_: str, jasa: int, tanggal: date, tag: dict) -> list[Baris]:
    """The interest a payment collects: the loan's accrued interest (1112) first, the rest income."""
    if jasa <= 0:
        return []
    akrual = max(_saldo_pinjaman(buku, id_, tanggal).get(AKUN_PIUTANG_JASA, [0, 0])[0], 0)
    dari_akrual = min(jasa, akrual)
    return _baris(AKUN_PIUTANG_JASA, -dari_akrual, tag) + _baris(AKUN_JASA, -(jasa - dari_akrual), tag)


def _pulih(buku, doc, pos, jumlah, tanggal, lebih_ke_sukarela, masuk, unit, bukti, ket) -> dict:
    a = aturan(buku)
    h = pos.hapus
    boleh = max(h["pokok"] + h["jasa"] - pos.pulih, 0)
    lebih = max(jumlah - boleh, 0)
    if lebih and not lebih_ke_sukarela:
        raise Galat("pinjaman_bayar_lebih", id=doc["id"], jumlah=jumlah, terutang=boleh)
    tag = _tag(doc)
    baris = [Baris(masuk, debit=jumlah, **tag)] + _baris(a.akun_pemulihan, -(jumlah - lebih), tag)
    baris += _baris(AKUN_SUKARELA, -lebih, tag)
    data = {"pinjaman": doc["id"], "anggota": doc["anggota"], "jumlah": jumlah, "lebih": lebih}
    e = Entri(tanggal, tuple(baris), ket or f"Pemulihan pinjaman dihapus buku {doc['id']} anggota {doc['anggota']}",
              "pinjaman-pulih", unit or UNIT, bukti, data=data)
    r = buku.catat(e)[0]
    _simpan_doc(buku, terapkan(doc, r))
    return {
        "pinjaman": doc["id"], "entri": r["id"], "tanggal": r["tanggal"], "anggota": doc["anggota"],
        "jumlah": jumlah, "denda": 0, "jasa": 0, "pokok": 0, "lebih": lebih, "pemulihan": jumlah - lebih,
        "sisa_pokok": 0, "terutang": boleh - (jumlah - lebih), "lunas": False,
    }


def hitung_pelunasan(buku: Buku, id_: str, tanggal: date) -> dict:
    """What an early payoff at `tanggal` would take (writes nothing)."""
    doc = ambil(buku, id_)
    pos = posisi(buku, doc, tanggal)
    _cek_urutan(buku, pos, tanggal)
    if pos.status == "lunas":
        raise Galat("pinjaman_sudah_lunas", id=doc["id"])
    if pos.status == "hapus-buku":
        raise Galat("pinjaman_sudah_dihapus", id=doc["id"])
    mulai = (doc.get("awal") or {}).get("mulai") or doc["tanggal"]  # an opening loan: its first period's start
    alokasi, hapus, total = pelunasan(pos.keadaan, tanggal, doc["jasa_pelunasan"], date.fromisoformat(mulai))
    return {"doc": doc, "pos": pos, "alokasi": alokasi, "hapus_jasa": hapus, "jumlah": total}


def lunasi(buku: Buku, id_: str, *, tanggal: date, kas: str | None = None, akun_bayar: str | None = None,
           unit: str | None = None, bukti: str | None = None, ket: str | None = None) -> dict:
    """Early payoff: penalties, interest due, the remaining principal and the interest the loan's
    rule (`jasa_pelunasan`) keeps for installments not yet due; the rest of the interest is waived."""
    h = hitung_pelunasan(buku, id_, tanggal)
    doc, alokasi, hapus, total = h["doc"], h["alokasi"], h["hapus_jasa"], h["jumlah"]
    masuk = _akun_masuk(buku, kas, akun_bayar)
    tag = _tag(doc)
    d = sum(x[1] for x in alokasi)
    j = sum(x[2] for x in alokasi)
    p = sum(x[3] for x in alokasi)
    titipan = min(-_saldo_pinjaman(buku, doc["id"], tanggal).get(AKUN_TITIPAN, [0, 0])[0], total)
    titipan = max(titipan, 0)
    baris = _baris(masuk, total - titipan, tag) + _baris(AKUN_TITIPAN, titipan, tag)
    baris += _baris(AKUN_DENDA, -d, tag) + _baris_jasa(buku, doc["id"], j, tanggal, tag) + _baris(AKUN_PIUTANG, -p, tag)
    data = {"pinjaman": doc["id"], "anggota": doc["anggota"], "jumlah": total, "alokasi": alokasi,
            "hapus_jasa": hapus, "lebih": 0}
    if titipan:
        data["titipan"] = titipan
    e = Entri(tanggal, tuple(baris), ket or f"Pelunasan pinjaman {doc['id']} anggota {doc['anggota']}",
              "pinjaman-lunas", unit or UNIT, bukti, data=data)
    r = buku.catat(e)[0]
    _simpan_doc(buku, terapkan(doc, r))
    return {
        "pinjaman": doc["id"], "entri": r["id"], "tanggal": r["tanggal"], "anggota": doc["anggota"],
        "jumlah": total, "denda": d, "jasa": j, "pokok": p, "jasa_dihapus": sum(x[1] for x in hapus),
        "dari_titipan": titipan, "dibayar": total - titipan,
    }


