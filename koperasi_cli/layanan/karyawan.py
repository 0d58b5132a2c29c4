"""Staff (karyawan) and their monthly pay.

Staff live in the TinyDB table `karyawan` of data/karyawan.json (owner-only: it holds NIKs), one
document per employment, its document id the number of its id (`K001` -> 1): {"id": "K001",
"nama", "nik", "jabatan": free text, "alamat", "desa", "mulai": "2025-01-01", "keluar": null |
date, "gaji": the current monthly gross pay in rupiah, "gaji_riwayat": [{"mulai": date, "gaji": N},
...] (every pay with the day it took effect), "dicatat"}. A change of pay or position (`ubah`) and
leaving (`keluar`, set once) are logged in `riwayat` with the old and new value, as for members
and officers; a month's payroll uses the pay in effect on the month's last day.

Payroll (`gaji`): one journal entry per month, dated by default on the month's last day (today
when that is still ahead): Dr 6101 Beban Gaji Karyawan, one posting per person with their gross
pay; Cr 2105 the withholding the treasurer enters (`potongan`, per person); Cr the cash or bank
account the net pay. Everyone employed on any day of the month is paid the month's full pay (no
proration: a partial month is settled by the treasurer with a cash entry). The table `gaji` keeps
one document per payroll run: {"bulan", "entri", "tanggal", "kas", "rincian": [{"id", "nama",
"jabatan", "gaji", "potongan", "bersih"}]}. A month counts as paid while its entry has not been
reversed (`jurnal batal`), so a second run for a paid month is refused and a reversed one may be
run again.
"""

from __future__ import annotations

from datetime import date

from koperasi_cli.core.galat import Galat, GalatBanyak
from koperasi_cli.core.jurnal import Entri, debit, kredit
from koperasi_cli.core.nik import bersihkan, periksa_nik, samarkan
from koperasi_cli.core.tanggal import Bulan
from koperasi_cli.layanan.kas import akun_kas, cek_cukup
from koperasi_cli.layanan.pengurus import (
    _id_berikut, berlaku, catat_riwayat, cari_dokumen, peringatan_domisili,
)
from koperasi_cli.ledger.buku import Buku
from koperasi_cli.layanan.pengurus import ada as ada_berkas

BERKAS = "data/karyawan.json"
AKUN_GAJI = "6101"
AKUN_POTONGAN = "2105"


def _tabel(buku: Buku):
    return buku.tabel("karyawan")


def _riwayat(buku: Buku):
    return buku.tabel("karyawan", "riwayat")


def _tabel_gaji(buku: Buku):
    return buku.tabel("karyawan", "gaji")


def ada(buku: Buku) -> bool:
    return ada_berkas(buku, BERKAS)


def tampilan(d: dict, tampilkan_nik: bool = False) -> dict:
    keluar = {k: d.get(k) for k in ("id", "nama", "nik", "jabatan", "alamat", "desa", "mulai", "keluar", "gaji")}
    if not tampilkan_nik:
        keluar["nik"] = samarkan(keluar["nik"])
    return keluar


def tambah(buku: Buku, *, nama: str, nik: str, jabatan: str, mulai: date, gaji: int,
           alamat: str | None = None, desa: str | None = None) -> dict:
    """Record a member of staff. Refused: a bad NIK, an empty name or position, a NIK already
    employed. Returns the staff record (NIK masked) and any warnings (residence)."""
    from tinydb.table import Document

    galat: list[Galat] = []
    nama = " ".join(str(nama or "").split())
    jabatan = " ".join(str(jabatan or "").split())
    if not nama:
        galat.append(Galat("nama_kosong"))
    if not jabatan:
        galat.append(Galat("jabatan_karyawan_kosong"))
    n, g = periksa_nik(nik or "")
    galat += g
    if n:
        for d in _tabel(buku).all():
            if d.get("nik") == n and not d.get("keluar"):
                galat.append(Galat("karyawan_nik_ada", id=d["id"], nama=d["nama"]))
    if len(galat) == 1:
        raise galat[0]
    if galat:
        raise GalatBanyak("data_karyawan_ditolak", galat)
    d_desa, peringatan = peringatan_domisili(buku, alamat, desa)
    t = _tabel(buku)
    id_ = _id_berikut(t, "K")
    data = {"id": id_, "nama": nama, "nik": n, "jabatan": jabatan,
            "alamat": " ".join(str(alamat or "").split()) or None, "desa": d_desa,
            "mulai": mulai.isoformat(), "keluar": None, "gaji": gaji,
            "gaji_riwayat": [{"mulai": mulai.isoformat(), "gaji": gaji}], "dicatat": buku.sekarang()}
    t.insert(Document(data, doc_id=int(id_[1:])))
    catat_riwayat(_riwayat(buku), buku, id_, mulai, [("jabatan", None, jabatan)], None)
    return {**tampilan(data), "peringatan": peringatan}


def gaji_pada(d: dict, per: date | str) -> int:
    """The monthly pay in effect on `per`: the latest change that took effect by then (the first
    pay before any)."""
    p = per.isoformat() if isinstance(per, date) else per
    riwayat = sorted(d.get("gaji_riwayat") or [{"mulai": d["mulai"], "gaji": d["gaji"]}], key=lambda g: g["mulai"])
    berlaku_ = [g for g in riwayat if g["mulai"] <= p]
    return (berlaku_[-1] if berlaku_ else riwayat[0])["gaji"]


def ubah(buku: Buku, teks: str, *, tanggal: date, gaji: int | None = None, jabatan: str | None = None,
         ket: str | None = None) -> dict:
    """A new monthly pay (from `tanggal`) or position; logged with old and new value. The pay of
    months already paid does not change (their entries stand)."""
    d = ambil(buku, teks)
    if d.get("keluar"):
        raise Galat("karyawan_sudah_keluar", id=d["id"], nama=d["nama"], tanggal=d["keluar"])
    if tanggal < date.fromisoformat(d["mulai"]):
        raise Galat("selesai_sebelum_mulai", mulai=d["mulai"], selesai=tanggal.isoformat())
    baru: dict = {}
    ubah_: list[tuple[str, object, object]] = []
    if jabatan is not None:
        j = " ".join(str(jabatan).split())
        if not j:
            raise Galat("jabatan_karyawan_kosong")
        if j != d["jabatan"]:
            baru["jabatan"] = j
            ubah_.append(("jabatan", d["jabatan"], j))
    if gaji is not None:
        lama = gaji_pada(d, tanggal)
        if gaji != lama:
            riwayat = [g for g in (d.get("gaji_riwayat") or [{"mulai": d["mulai"], "gaji": d["gaji"]}])
                       if g["mulai"] != tanggal.isoformat()]
            riwayat = sorted(riwayat + [{"mulai": tanggal.isoformat(), "gaji": gaji}], key=lambda g: g["mulai"])
            baru["gaji_riwayat"] = riwayat
            baru["gaji"] = riwayat[-1]["gaji"]
            ubah_.append(("gaji", lama, gaji))
    if not ubah_:
        raise Galat("karyawan_tidak_berubah", id=d["id"], nama=d["nama"])
    _tabel(buku).update(baru, doc_ids=[d.doc_id])
    catat_riwayat(_riwayat(buku), buku, d["id"], tanggal, ubah_, ket)
    return {**tampilan({**d, **baru}), "tanggal": tanggal.isoformat(),
            "perubahan": [{"kolom": k, "lama": la, "baru": b} for k, la, b in ubah_]}


def ambil(buku: Buku, teks: str):
    return cari_dokumen(_tabel(buku), teks, "karyawan_tidak_ada")


def daftar(buku: Buku, per: date | None = None, *, semua: bool = False, tampilkan_nik: bool = False) -> list[dict]:
    """Staff employed on `per` (today by default), or everyone ever employed with `semua`."""
    if not ada(buku):
        return []
    p = (per or buku.hari_ini()).isoformat()
    hasil = [dict(d) for d in _tabel(buku).all() if semua or berlaku(d, p)]
    return [tampilan({**d, "gaji": gaji_pada(d, p)}, tampilkan_nik) for d in sorted(hasil, key=lambda d: d["id"])]


def semua_mentah(buku: Buku) -> list[dict]:
    return sorted((dict(d) for d in _tabel(buku).all()), key=lambda d: d["id"]) if ada(buku) else []


def keluar(buku: Buku, teks: str, *, tanggal: date, ket: str | None = None) -> dict:
    """Staff leaves on `tanggal` (the last day employed); logged."""
    d = ambil(buku, teks)
    if d.get("keluar"):
        raise Galat("karyawan_sudah_keluar", id=d["id"], nama=d["nama"], tanggal=d["keluar"])
    if tanggal < date.fromisoformat(d["mulai"]):
        raise Galat("selesai_sebelum_mulai", mulai=d["mulai"], selesai=tanggal.isoformat())
    _tabel(buku).update({"keluar": tanggal.isoformat()}, doc_ids=[d.doc_id])
    catat_riwayat(_riwayat(buku), buku, d["id"], tanggal, [("keluar", None, tanggal.isoformat())], ket)
    return tampilan({**d, "keluar": tanggal.isoformat()})


def riwayat(buku: Buku) -> list[dict]:
    if not ada(buku):
        return []
    return sorted((dict(r) for r in _riwayat(buku).all()), key=lambda r: (r["tanggal"], r.get("dicatat") or ""))


# ---- payroll ----------------------------------------------------------------------------------
def dibayar(buku: Buku, bulan: Bulan) -> dict | None:
    """The month's payroll run whose entry stands (not reversed), or None."""
    if not ada(buku):
        return None
    batal = buku.kepala["batal"]
    for d in _tabel_gaji(buku).all():
        if d["bulan"] == str(bulan) and d["entri"] not in batal:
            return dict(d)
    return None


def dibayar_semua(buku: Buku) -> list[dict]:
    if not ada(buku):
        return []
    batal = buku.kepala["batal"]
    return sorted((dict(d) for d in _tabel_gaji(buku).all() if d["entri"] not in batal), key=lambda d: d["bulan"])


def tanggal_bawaan(buku: Buku, bulan: Bulan) -> date:
    """The month's last day, or today while that is still ahead."""
    return min(bulan.akhir, buku.hari_ini())


def gaji(buku: Buku, bulan: Bulan, *, potongan: dict[str, int] | None = None, tanggal: date | None = None,
         kas: str | None = None, unit: str = "kantor", bukti: str | None = None, ket: str | None = None) -> dict:
    """Post the month's pay for everyone employed in it, in one entry (see the module doc).
    `potongan` maps a staff id or full NIK to the amount withheld from that person's pay."""
    tanggal = tanggal or tanggal_bawaan(buku, bulan)
    if tanggal < bulan.awal:
        raise Galat("gaji_sebelum_bulan", bulan=str(bulan), tanggal=tanggal.isoformat())
    sudah = dibayar(buku, bulan)
    if sudah is not None:
        raise Galat("gaji_sudah_dibayar", bulan=str(bulan), entri=sudah["entri"], tanggal=sudah["tanggal"])
    awal, akhir = bulan.awal.isoformat(), bulan.akhir.isoformat()
    orang = [dict(d) for d in (_tabel(buku).all() if ada(buku) else [])
             if d["mulai"] <= akhir and (not d.get("keluar") or d["keluar"] >= awal)]
    if not orang:
        raise Galat("gaji_tanpa_karyawan", bulan=str(bulan))
    orang.sort(key=lambda d: d["id"])
    per_id: dict[str, int] = {}
    for kunci, jumlah in (potongan or {}).items():
        cocok = [d for d in orang if d["id"] == _normal_id(kunci) or d["nik"] == bersihkan(kunci)]
        if not cocok:
            raise Galat("potongan_bukan_karyawan", kunci=_aman(kunci), bulan=str(bulan))
        d = cocok[0]
        per_id[d["id"]] = per_id.get(d["id"], 0) + jumlah
    rincian = []
    for d in orang:
        pot = per_id.get(d["id"], 0)
        g = gaji_pada(d, bulan.akhir)
        if pot > g:
            raise Galat("potongan_lebih_gaji", id=d["id"], nama=d["nama"], potongan=pot, gaji=g)
        rincian.append({"id": d["id"], "nama": d["nama"], "jabatan": d["jabatan"], "gaji": g,
                        "potongan": pot, "bersih": g - pot})
    bruto = sum(r["gaji"] for r in rincian)
    total_pot = sum(r["potongan"] for r in rincian)
    bersih = bruto - total_pot
    k = akun_kas(buku, kas)
    if bersih:
        cek_cukup(buku, k, bersih, tanggal)
    baris = [debit(AKUN_GAJI, r["gaji"]) for r in rincian if r["gaji"]]
    if total_pot:
        baris.append(kredit(AKUN_POTONGAN, total_pot))
    if bersih:
        baris.append(kredit(k, bersih))
    if not bruto:
        raise Galat("gaji_tanpa_karyawan", bulan=str(bulan))
    e = Entri(tanggal, tuple(baris), ket or f"Gaji karyawan {bulan.nama('id')} ({len(rincian)} orang)", "gaji",
              unit, bukti, data={"gaji_bulan": str(bulan),
                                 "rincian": [{k2: r[k2] for k2 in ("id", "gaji", "potongan")} for r in rincian]})
    r = buku.catat(e)[0]
    doc = {"bulan": str(bulan), "entri": r["id"], "tanggal": tanggal.isoformat(), "kas": k, "rincian": rincian}
    _tabel_gaji(buku).insert(doc)
    return {**doc, "bruto": bruto, "potongan": total_pot, "bersih": bersih}


def _normal_id(teks: str) -> str:
    s = str(teks).strip().upper()
    if s[:1] == "K" and s[1:].isdigit():
        return f"K{int(s[1:]):03d}"
    return s


def _aman(kunci: str) -> str:
    """A key as it may appear in a message: a NIK masked (no personal data in messages)."""
    n = bersihkan(kunci)
    return samarkan(n) if n.isdigit() and len(n) > 8 else str(kunci)


def slip(buku: Buku, bulan: Bulan, siapa: str | None = None, *, tampilkan_nik: bool = False) -> list[dict]:
    """The payslips of a paid month (one person's with `siapa`, an id or full NIK)."""
    run = dibayar(buku, bulan)
    if run is None:
        raise Galat("gaji_belum_dibayar", bulan=str(bulan))
    karyawan = {d["id"]: d for d in semua_mentah(buku)}
    hasil = []
    for r in run["rincian"]:
        d = karyawan.get(r["id"], {})
        hasil.append({**r, "nik": d.get("nik") if tampilkan_nik else samarkan(d.get("nik")), "bulan": run["bulan"],
                      "tanggal": run["tanggal"], "entri": run["entri"], "kas": run["kas"]})
    if siapa is not None:
        d = ambil(buku, siapa)
        hasil = [h for h in hasil if h["id"] == d["id"]]
        if not hasil:
            raise Galat("slip_tidak_ada", id=d["id"], nama=d["nama"], bulan=str(bulan))
    return hasil


def periksa_gaji(buku: Buku) -> list[Galat]:
    """`koperasi periksa`: every payroll record agrees with its journal entry (a payroll entry of
    that month whose 6101 debits are the record's gross pay, and 2105 and the cash account its
    withholding and net pay)."""
    if not ada(buku):
        return []
    temuan: list[Galat] = []
    for d in _tabel_gaji(buku).all():
        try:
            r = buku.cari_entri(d["entri"])
        except Galat:
            temuan.append(Galat("periksa_gaji_tanpa_entri", bulan=d["bulan"], entri=d["entri"]))
            continue
        jumlah = {a: sum(b.get("debit", 0) - b.get("kredit", 0) for b in r["baris"] if b["akun"] == a)
                  for a in (AKUN_GAJI, AKUN_POTONGAN, d["kas"])}
        harap = {AKUN_GAJI: sum(x["gaji"] for x in d["rincian"]), AKUN_POTONGAN: -sum(x["potongan"] for x in d["rincian"]),
                 d["kas"]: -sum(x["bersih"] for x in d["rincian"])}
        if r.get("jenis") != "gaji" or (r.get("data") or {}).get("gaji_bulan") != d["bulan"] or jumlah != harap:
            temuan.append(Galat("periksa_gaji_beda", bulan=d["bulan"], entri=d["entri"]))
    return temuan
