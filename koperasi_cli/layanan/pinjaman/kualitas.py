"""Loans: aging (collectibility), the provision (PPAP), write-off and the month-end interest accrual."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from koperasi_cli.core.galat import Galat
from koperasi_cli.core.jurnal import Baris, Entri
from koperasi_cli.core.pinjaman import jasa_jatuh_tempo, kolektibilitas, npl_persen, ppap, terutang_jatuh_tempo
from koperasi_cli.core.tanggal import Bulan
from koperasi_cli.ledger.buku import Buku
from koperasi_cli.layanan.pinjaman.catatan import Posisi, _simpan_doc, ambil, ambil_banyak, posisi, semua, terapkan
from koperasi_cli.layanan.pinjaman.pembayaran import _cek_urutan, angsur
from koperasi_cli.layanan.pinjaman.pencairan import _baris, _tag
from koperasi_cli.layanan.pinjaman.pengaturan import AKUN_BEBAN_PPAP, AKUN_JASA, AKUN_PIUTANG, AKUN_PIUTANG_JASA, AKUN_PPAP, AKUN_TITIPAN, Aturan, UNIT, aturan


# ---- aging, provision, write-off ---------------------------------------------------------------
def _kelas(a: Aturan, pos: Posisi, per: date) -> tuple[int, str]:
    hari = pos.keadaan.hari_tunggakan(per)
    return hari, kolektibilitas(hari, a.batas)


def hapus_buku(buku: Buku, id_: str, *, tanggal: date, unit: str | None = None, bukti: str | None = None,
               ket: str | None = None) -> dict:
    """Write off a macet loan against its provision; any shortfall (or excess) goes to 6109."""
    a = aturan(buku)
    doc = ambil(buku, id_)
    pos = posisi(buku, doc, tanggal)
    _cek_urutan(buku, pos, tanggal)
    if pos.status == "hapus-buku":
        raise Galat("pinjaman_sudah_dihapus", id=doc["id"])
    if pos.status == "lunas":
        raise Galat("pinjaman_sudah_lunas", id=doc["id"])
    hari, kelas = _kelas(a, pos, tanggal)
    if kelas != "macet":
        raise Galat("pinjaman_belum_macet", id=doc["id"], kelas=kelas, hari=hari, batas=a.batas["diragukan"] + 1)
    saldo = buku.saldo_tag("pinjaman", doc["id"], per=tanggal).get(doc["id"], {})
    sisa = saldo.get(AKUN_PIUTANG, [0, 0])[0]
    cadangan = -saldo.get(AKUN_PPAP, [0, 0])[0]
    tag = _tag(doc)
    baris = _baris(AKUN_PPAP, cadangan, tag) + _baris(AKUN_BEBAN_PPAP, sisa - cadangan, tag) + _baris(AKUN_PIUTANG, -sisa, tag)
    akrual = saldo.get(AKUN_PIUTANG_JASA, [0, 0])[0]
    baris += _baris(AKUN_JASA, akrual, tag) + _baris(AKUN_PIUTANG_JASA, -akrual, tag)  # accrued interest reversed
    k = pos.keadaan
    data = {"pinjaman": doc["id"], "anggota": doc["anggota"], "pokok": sisa, "jasa": k.sisa_jasa,
            "denda": k.sisa_denda, "ppap": cadangan, "hari": hari}
    e = Entri(tanggal, tuple(baris), ket or f"Hapus buku pinjaman macet {doc['id']} anggota {doc['anggota']}",
              "pinjaman-hapus", unit or UNIT, bukti, data=data)
    r = buku.catat(e)[0]
    _simpan_doc(buku, terapkan(doc, r))
    return {"pinjaman": doc["id"], "entri": r["id"], "tanggal": r["tanggal"], "anggota": doc["anggota"],
            "pokok": sisa, "ppap": cadangan, "beban": sisa - cadangan, "hari_tunggakan": hari}


def baris_portofolio(buku: Buku, per: date, a: Aturan) -> list[dict]:
    """Every loan with outstanding principal or a booked provision at `per`: aging and provision.
    Balances from the per-month loan totals (saldo_tag); the index names the loans and only the
    loans with principal outstanding are read in full (their blocks) and aged."""
    saldo = buku.saldo_tag("pinjaman", per=per)
    indeks = semua(buku)
    jalan = [d["id"] for d in indeks if saldo.get(d["id"], {}).get(AKUN_PIUTANG, [0, 0])[0] > 0]
    penuh = ambil_banyak(buku, jalan)
    kosong = {"angsuran": 0, "pokok": 0, "jasa": 0, "denda": 0}
    hasil = []
    for ring in indeks:
        s = saldo.get(ring["id"], {})
        sisa = s.get(AKUN_PIUTANG, [0, 0])[0]
        tercatat = -s.get(AKUN_PPAP, [0, 0])[0]
        if sisa == 0 and tercatat == 0:
            continue
        doc = penuh.get(ring["id"], ring)
        hari, kelas, tung = 0, None, kosong
        if sisa > 0 and doc is not ring:
            pos = posisi(buku, doc, per)
            hari, kelas = _kelas(a, pos, per)
            tung = pos.keadaan.tunggakan(per)
        elif sisa > 0:
            kelas = "lancar"
        hasil.append({
            "doc": doc, "id": ring["id"], "anggota": ring["anggota"], "tanggal": ring["tanggal"],
            "pokok": ring["pokok"], "sisa_pokok": sisa, "hari_tunggakan": hari, "kolektibilitas": kelas,
            "ppap": ppap(sisa, kelas, a.ppap) if sisa > 0 else 0, "ppap_tercatat": tercatat, "tunggakan": tung,
        })
    return hasil


def bp_dari(persen: Decimal) -> int:
    """A percentage (Decimal) in integer basis points, half up: 7.50 % -> 750."""
    from decimal import ROUND_HALF_UP

    return int((Decimal(persen) * 100).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def npl_dari(baris: list[dict]) -> Decimal:
    per_kelas: dict[str, int] = {}
    for b in baris:
        per_kelas[b["kolektibilitas"]] = per_kelas.get(b["kolektibilitas"], 0) + b["sisa_pokok"]
    return npl_persen(per_kelas)


def cadangkan(buku: Buku, bulan: Bulan, *, unit: str | None = None, bukti: str | None = None,
              ket: str | None = None) -> dict:
    """Post the change in the loan-loss provision (PPAP) for a month, dated its last day: per loan,
    required at month end minus what is booked. Running it again for the month posts nothing."""
    a = aturan(buku)
    per = bulan.akhir
    if per > buku.hari_ini():
        raise Galat("pinjaman_bulan_belum_berakhir", bulan=str(bulan))
    baris_lap = baris_portofolio(buku, per, a)
    baris: list[Baris] = []
    neto = 0
    for b in baris_lap:
        selisih = b["ppap"] - b["ppap_tercatat"]
        if selisih:
            baris += _baris(AKUN_PPAP, -selisih, _tag(b["doc"]))
            neto += selisih
    wajib = sum(b["ppap"] for b in baris_lap)
    tercatat = sum(b["ppap_tercatat"] for b in baris_lap)
    hasil = {"bulan": str(bulan), "tanggal": per.isoformat(), "entri": None, "ppap_wajib": wajib,
             "ppap_sebelum": tercatat, "selisih": neto, "npl_bp": bp_dari(npl_dari(baris_lap))}
    if not baris:
        return hasil
    baris += _baris(AKUN_BEBAN_PPAP, neto, {})
    e = Entri(per, tuple(baris), ket or f"Penyisihan kerugian pinjaman (PPAP) {bulan}", "pinjaman-cadangan",
              unit or UNIT, bukti, data={"bulan": str(bulan), "ppap": wajib})
    hasil["entri"] = buku.catat(e)[0]["id"]
    return hasil


def akrual_bulan(buku: Buku, bulan: Bulan) -> list[str]:
    """Month-end hook (SAK EP accrual), dated the month's last day: first a prepayment held in
    2113 pays what has fallen due; then, per loan, the accrued interest (1112) is brought to the
    interest due and unpaid at month end on a lancar loan, to 0 on any other (accrual stops and
    is reversed) or on the cash basis. Idempotent: a second run posts nothing."""
    if not buku.ada("data/pinjaman.json"):  # staged in this unit of work counts (a loan just disbursed)
        return []
    a = aturan(buku)
    per = bulan.akhir
    diposting: list[str] = []
    indeks = semua(buku)
    saldo = buku.saldo_tag("pinjaman", per=per)
    titip = [d["id"] for d in indeks if saldo.get(d["id"], {}).get(AKUN_TITIPAN, [0, 0])[0] < 0]
    for doc in ambil_banyak(buku, titip).values():
        pos = posisi(buku, doc, per)
        if pos.status != "aktif":
            continue
        n = min(-saldo[doc["id"]][AKUN_TITIPAN][0], terutang_jatuh_tempo(pos.keadaan, per))
        if n > 0:
            try:
                h = angsur(buku, doc["id"], n, tanggal=per, akun_bayar=AKUN_TITIPAN,
                           ket=f"Titipan angsuran dipakai untuk angsuran jatuh tempo {doc['id']} anggota {doc['anggota']}")
            except Galat as g:
                if g.kode == "pinjaman_urutan_tanggal":  # a later payment is recorded: it is applied then
                    continue
                raise
            diposting.append(h["entri"])
    if diposting:
        saldo = buku.saldo_tag("pinjaman", per=per)
    calon = [d["id"] for d in indeks
             if saldo.get(d["id"], {}).get(AKUN_PIUTANG_JASA, [0, 0])[0] or
             (a.akrual and saldo.get(d["id"], {}).get(AKUN_PIUTANG, [0, 0])[0] > 0)]
    baris: list[Baris] = []
    for doc in sorted(ambil_banyak(buku, calon).values(), key=lambda d: d["id"]):
        ada = saldo.get(doc["id"], {}).get(AKUN_PIUTANG_JASA, [0, 0])[0]
        target = 0
        if a.akrual:
            pos = posisi(buku, doc, per)
            if pos.status == "aktif" and _kelas(a, pos, per)[1] == "lancar":
                target = jasa_jatuh_tempo(pos.keadaan, per)
        selisih = target - ada
        if selisih:
            tag = _tag(doc)
            baris += _baris(AKUN_PIUTANG_JASA, selisih, tag) + _baris(AKUN_JASA, -selisih, tag)
    if baris:
        e = Entri(per, tuple(baris), f"Jasa pinjaman jatuh tempo belum dibayar (akrual) {bulan}", "pinjaman-akrual",
                  UNIT, None, data={"bulan": str(bulan)})
        diposting.append(buku.catat(e)[0]["id"])
    return diposting


