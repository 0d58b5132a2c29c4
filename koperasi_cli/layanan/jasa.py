"""Services (`koperasi jasa`): a tariff list per service unit (clinic consultation and actions,
delivery, weighing) and receipts of several services.

Tariffs live in data/jasa.json (table `tarif`: code, name, unit, price, a log of changes).
A receipt is one entry: Cr the unit's income account (4301 unless the profile names another),
tagged with the unit and, for a member, the member (jasa usaha); Dr cash, or Dr 1122 for the
part billed to a payer (`--penjamin NAMA --kredit`, e.g. BPJS; `--ditanggung KODE` limits it
to some lines) or owed by the member (`--anggota NO --kredit`). Receivables: piutang_usaha.py.
"""

from __future__ import annotations

from datetime import date

from koperasi_cli.core import sewa as inti_sewa
from koperasi_cli.core.galat import PEMAKAIAN, Galat
from koperasi_cli.core.jurnal import Entri, debit, kredit
from koperasi_cli.layanan import piutang_usaha as piu
from koperasi_cli.layanan.sewa import akun_pendapatan, cek_unit_jenis
from koperasi_cli.ledger.buku import Buku, id_berikut
from koperasi_cli.layanan import anggota as lay_anggota
from koperasi_cli.layanan.kas import akun_kas

JENIS = "jasa"


def _tarif(buku: Buku):
    return buku.tabel("jasa", "tarif")


def tambah_tarif(buku: Buku, *, kode: str, nama: str, unit: str, harga: int) -> dict:
    k = inti_sewa.normal_kode(kode, "kode_jasa_tidak_sah")
    if not (nama or "").strip():
        raise Galat("jasa_tanpa_nama")
    cek_unit_jenis(buku, unit, "jasa")
    if any(t["kode"] == k for t in _tarif(buku).all()):
        raise Galat("jasa_sudah_ada", obj=k)
    doc = {"kode": k, "nama": nama.strip(), "unit": unit, "harga": harga, "dibuat": buku.sekarang(), "riwayat": []}
    _tarif(buku).insert(doc)
    return {k_: doc[k_] for k_ in ("kode", "nama", "unit", "harga")}


def daftar_tarif(buku: Buku, unit: str | None = None) -> dict:
    baris = [{k: t[k] for k in ("kode", "nama", "unit", "harga")} for t in sorted(_tarif(buku).all(), key=lambda x: x["kode"])
             if unit is None or t["unit"] == unit]
    return {"tarif": baris}


def jual(buku: Buku, baris: list, *, tanggal: date, anggota: str | None = None, penjamin: str | None = None,
         kredit_: bool = False, ditanggung: list[str] | None = None, kas: str | None = None, unit: str | None = None,
         bukti: str | None = None, ket: str | None = None) -> dict:
    """One receipt of one or more services `KODE:QTY[:HARGA]`."""
    if not baris:
        raise Galat("jasa_tanpa_baris", keluar=PEMAKAIAN)
    if penjamin and not kredit_:
        raise Galat("penjamin_tanpa_kredit")
    if ditanggung and not penjamin:
        raise Galat("ditanggung_tanpa_penjamin")
    if kredit_ and not penjamin and not anggota:
        raise Galat("jasa_kredit_tanpa_pihak")
    a = None
    if anggota:
        a = lay_anggota.wajib_aktif(buku, anggota)
    semua = {t["kode"]: dict(t) for t in _tarif(buku).all()}
    tanggung = {str(x).strip().upper() for x in (ditanggung or [])}
    detail = []
    for b in baris:
        t = semua.get(b.kode)
        if t is None:
            raise Galat("jasa_tidak_ada", obj=b.kode)
        harga = b.harga if b.harga is not None else t["harga"]
        ikut = bool(penjamin) and (not tanggung or t["kode"] in tanggung)
        detail.append({"kode": t["kode"], "nama": t["nama"], "unit": t["unit"], "qty": b.qty, "harga": harga,
                       "jumlah": harga * b.qty, "penjamin": penjamin if ikut else None})
    for k in tanggung - {d["kode"] for d in detail}:
        raise Galat("ditanggung_bukan_baris", obj=k)
    unit_ = unit or detail[0]["unit"]
    if unit is not None:
        cek_unit_jenis(buku, unit, "jasa")
    no = a["no"] if a else None
    total = sum(d["jumlah"] for d in detail)
    bagian_penjamin = sum(d["jumlah"] for d in detail if d["penjamin"])
    bagian_pasien = total - bagian_penjamin
    ref = id_berikut(buku)
    pos, rows = [], []
    if bagian_penjamin:
        pos.append(debit(piu.AKUN_PIUTANG, bagian_penjamin))
        rows.append(piu.gerak(penjamin, " ".join(penjamin.split()), JENIS, ref, bagian_penjamin))
    if bagian_pasien:
        if kredit_ and not penjamin:
            pos.append(debit(piu.AKUN_PIUTANG, bagian_pasien))
            rows.append(piu.gerak(no, a["nama"], JENIS, ref, bagian_pasien, no))
        else:
            pos.append(debit(akun_kas(buku, kas), bagian_pasien))
    pendapatan: dict[tuple[str, str], int] = {}
    for d in detail:
        kunci = (akun_pendapatan(buku, d["unit"]), d["unit"])
        pendapatan[kunci] = pendapatan.get(kunci, 0) + d["jumlah"]
    for (akun, u), n in pendapatan.items():
        pos.append(kredit(akun, n, anggota=no, unit=u if u != unit_ else None))
    data = {"anggota": no, "penjamin": penjamin, "baris": [{k: d[k] for k in ("kode", "unit", "qty", "harga", "jumlah", "penjamin")}
                                                          for d in detail]}
    if rows:
        data["piutang"] = rows
    teks = ket or ("Penjualan jasa" + (f" anggota {no}" if no else "") + (f", ditanggung {penjamin}" if penjamin else ""))
    r = buku.catat(Entri(tanggal, tuple(pos), teks, "jasa-jual", unit_, bukti, data=data))[0]
    piu.simpan_gerak(buku, r)
    return {"entri": r["id"], "tanggal": r["tanggal"], "anggota": no, "nama_anggota": a["nama"] if a else None,
            "penjamin": penjamin, "baris": detail, "total": total, "tunai": bagian_pasien if not (kredit_ and not penjamin) else 0,
            "piutang": bagian_penjamin + (bagian_pasien if kredit_ and not penjamin else 0), "rekaman": r}
