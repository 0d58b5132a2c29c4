"""Officers (pengurus and pengawas): the board and the supervisors, with their terms.

Officers live in the TinyDB table `pengurus` of data/pengurus.json (owner-only: it holds NIKs),
one document per term of office, its document id the number of its id (`P001` -> 1):
{"id": "P001", "nama": ..., "nik": ..., "jabatan": "ketua"|"wakil"|"sekretaris"|"bendahara"|
"pengawas"|"ketua-pengawas", "ex_officio": null | "kepala-desa", "alamat": null | ...,
"desa": null | ..., "mulai": "2025-01-01", "selesai": null | "2029-12-31", "dicatat": ISO time}.

A term is never edited or deleted: ending it (`selesai`) sets its end date once and the change is
logged with the old and new value in the table `riwayat` of the same file; a new term is a new
document. So the board on any date can be read back (`daftar(per=...)`), and the signature block
of a report names the ketua and bendahara in office.

The kepala desa is ex officio ketua pengawas: `jabatan="kepala-desa"` (or `ex_officio`) records
the ketua-pengawas term marked ex officio.

Officers, like members, must live in the cooperative's desa/kelurahan (Permenkop 2/2025) unless
the profile says otherwise (`pengaturan.domisili.wajib_desa: false`): an address elsewhere is a
warning, not a refusal (`peringatan_domisili`).
"""

from __future__ import annotations

from datetime import date

from koperasi_cli.core.galat import Galat, GalatBanyak
from koperasi_cli.core.nik import bersihkan, periksa_nik, samarkan
from koperasi_cli.ledger.buku import Buku
from koperasi_cli.layanan.anggota import desa_anggota, di_luar_wilayah

JABATAN = ("ketua", "wakil", "sekretaris", "bendahara", "pengawas", "ketua-pengawas")
# Roles one person holds at a time; `wakil` and `pengawas` may be several.
JABATAN_TUNGGAL = ("ketua", "sekretaris", "bendahara", "ketua-pengawas")
_ALIAS_JABATAN = {
    "wakil-ketua": "wakil", "wakil ketua": "wakil", "ketua pengawas": "ketua-pengawas",
    "chair": "ketua", "vice-chair": "wakil", "secretary": "sekretaris", "treasurer": "bendahara",
    "supervisor": "pengawas", "chief-supervisor": "ketua-pengawas",
}
BERKAS = "data/pengurus.json"


def _tabel(buku: Buku):
    return buku.tabel("pengurus")


def _riwayat(buku: Buku):
    return buku.tabel("pengurus", "riwayat")


def ada(buku: Buku, rel: str = BERKAS) -> bool:
    """Whether the data file exists, or is staged in this unit of work (read-only reports skip
    what was never recorded)."""
    return rel in buku.kepala["berkas"] or rel in buku.berkas_bertahap()


# ---- shared with staff (karyawan) ------------------------------------------------------------
def cek_nik(nik: str) -> str:
    n, galat = periksa_nik(nik or "")
    if galat:
        raise galat[0]
    return n


def normal_tanggal(d: date | str | None) -> str | None:
    if d is None:
        return None
    return d.isoformat() if isinstance(d, date) else str(d)


def peringatan_domisili(buku: Buku, alamat: str | None, desa: str | None) -> tuple[str | None, list[Galat]]:
    """The person's desa/kelurahan (given, or named in the address) and, when it is not the
    cooperative's and the profile requires residence there, a warning naming the address."""
    alamat = " ".join(str(alamat or "").split()) or None
    if not alamat and not (desa and desa.strip()):
        return None, []
    d = desa_anggota(buku, alamat or "", desa)
    wajib = (buku.profil.pengaturan.get("domisili") or {}).get("wajib_desa", True)
    if wajib is not False and di_luar_wilayah(buku, d or ""):
        return d, [Galat("domisili_luar_desa", alamat=alamat or d, desa_koperasi=buku.profil.identitas.get("desa"))]
    return d, []


def _id_berikut(tabel, awalan: str) -> str:
    tertinggi = max((int(d["id"][1:]) for d in tabel.all() if str(d.get("id", ""))[1:].isdigit()), default=0)
    return f"{awalan}{tertinggi + 1:03d}"


def cari_dokumen(tabel, teks: str, tidak_ada: str):
    """A document by its id (`P001`, `p1`, `1`) or by its full NIK (the latest one with it)."""
    s = str(teks).strip().upper()
    awalan = tidak_ada[0].upper()  # "pengurus_tidak_ada" -> P, "karyawan_tidak_ada" -> K
    angka = s[1:] if s[:1] == awalan else s
    if angka.isdigit() and len(angka) < 16:
        d = tabel.get(doc_id=int(angka))
        if d is not None:
            return d
    n = bersihkan(teks)
    if n.isdigit() and len(n) == 16:
        cocok = [d for d in tabel.all() if d.get("nik") == n]
        if cocok:
            return max(cocok, key=lambda d: d.doc_id)
    raise Galat(tidak_ada, id=str(teks))


def catat_riwayat(tabel_riwayat, buku: Buku, id_: str, tanggal: date, ubah: list[tuple[str, object, object]],
                  ket: str | None) -> None:
    dicatat = buku.sekarang()
    tabel_riwayat.insert_multiple(
        {"id": id_, "tanggal": tanggal.isoformat(), "kolom": k, "lama": lama, "baru": baru, "ket": ket, "dicatat": dicatat}
        for k, lama, baru in ubah)


def berlaku(d: dict, per: str) -> bool:
    """Whether a term (or employment) covers the day `per` (ISO): start and end inclusive."""
    akhir = d.get("selesai") or d.get("keluar")
    return d.get("mulai", "") <= per and (not akhir or akhir >= per)


# ---- officers ---------------------------------------------------------------------------------
def normal_jabatan(teks: str) -> tuple[str, str | None]:
    """(jabatan, ex officio) from what the user typed: `kepala-desa` is the ketua pengawas ex officio."""
    s = " ".join(str(teks or "").strip().lower().replace("_", "-").split())
    if s in ("kepala-desa", "kepala desa", "kades", "village-head"):
        return "ketua-pengawas", "kepala-desa"
    s = _ALIAS_JABATAN.get(s, s)
    if s not in JABATAN:
        raise Galat("jabatan_tidak_sah", nilai=str(teks), sah=", ".join((*JABATAN, "kepala-desa")))
    return s, None


def _bertumpang(a_mulai: str, a_selesai: str | None, b_mulai: str, b_selesai: str | None) -> bool:
    return a_mulai <= (b_selesai or "9999-12-31") and b_mulai <= (a_selesai or "9999-12-31")


def tambah(buku: Buku, *, nama: str, nik: str, jabatan: str, mulai: date, selesai: date | None = None,
           alamat: str | None = None, desa: str | None = None, ex_officio: bool = False) -> dict:
    """Record a term of office. Refused: a bad NIK, an end before the start, a single-holder role
    (ketua, sekretaris, bendahara, ketua pengawas) already held in an overlapping term, or the same
    person in two roles at once. Returns the officer (NIK masked) and any warnings."""
    from tinydb.table import Document

    jab, exo = normal_jabatan(jabatan)
    if ex_officio:
        if jab != "ketua-pengawas":
            raise Galat("ex_officio_bukan_ketua_pengawas", jabatan=jab)
        exo = "kepala-desa"
    galat: list[Galat] = []
    nama = " ".join(str(nama or "").split())
    if not nama:
        galat.append(Galat("nama_kosong"))
    n, g = periksa_nik(nik or "")
    galat += g
    if selesai is not None and selesai < mulai:
        galat.append(Galat("selesai_sebelum_mulai", mulai=mulai.isoformat(), selesai=selesai.isoformat()))
    m, s = mulai.isoformat(), normal_tanggal(selesai)
    if not galat:
        for d in _tabel(buku).all():
            if not _bertumpang(m, s, d["mulai"], d.get("selesai")):
                continue
            if d.get("nik") == n:
                galat.append(Galat("pengurus_nik_rangkap", id=d["id"], nama=d["nama"], jabatan=d["jabatan"]))
            elif jab in JABATAN_TUNGGAL and d["jabatan"] == jab:
                galat.append(Galat("jabatan_terisi", jabatan=jab, id=d["id"], nama=d["nama"], mulai=d["mulai"]))
    if len(galat) == 1:
        raise galat[0]
    if galat:
        raise GalatBanyak("data_pengurus_ditolak", galat)
    d_desa, peringatan = peringatan_domisili(buku, alamat, desa)
    t = _tabel(buku)
    id_ = _id_berikut(t, "P")
    data = {"id": id_, "nama": nama, "nik": n, "jabatan": jab, "ex_officio": exo,
            "alamat": " ".join(str(alamat or "").split()) or None, "desa": d_desa,
            "mulai": m, "selesai": s, "dicatat": buku.sekarang()}
    t.insert(Document(data, doc_id=int(id_[1:])))
    catat_riwayat(_riwayat(buku), buku, id_, mulai, [("jabatan", None, jab)], None)
    return {**tampilan(data), "peringatan": peringatan}


def tampilan(d: dict, tampilkan_nik: bool = False) -> dict:
    keluar = {k: d.get(k) for k in ("id", "nama", "nik", "jabatan", "ex_officio", "alamat", "desa", "mulai", "selesai")}
    if not tampilkan_nik:
        keluar["nik"] = samarkan(keluar["nik"])
    return keluar


def _urut(d: dict) -> tuple:
    urutan = {j: i for i, j in enumerate(("ketua", "wakil", "sekretaris", "bendahara", "ketua-pengawas", "pengawas"))}
    return (urutan.get(d["jabatan"], 9), d["mulai"], d["id"])


def daftar(buku: Buku, per: date | None = None, *, semua: bool = False, tampilkan_nik: bool = False) -> list[dict]:
    """The officers in office on `per` (all terms, past and future, with `semua`), board first."""
    if not ada(buku):
        return []
    p = (per or buku.hari_ini()).isoformat()
    hasil = [dict(d) for d in _tabel(buku).all() if semua or berlaku(d, p)]
    return [tampilan(d, tampilkan_nik) for d in sorted(hasil, key=_urut)]


def selesai(buku: Buku, id_: str, *, tanggal: date, ket: str | None = None) -> dict:
    """End a term on `tanggal` (its last day in office); logged with the old and new end date."""
    d = cari_dokumen(_tabel(buku), id_, "pengurus_tidak_ada")
    if tanggal < date.fromisoformat(d["mulai"]):
        raise Galat("selesai_sebelum_mulai", mulai=d["mulai"], selesai=tanggal.isoformat())
    lama = d.get("selesai")
    if lama is not None and lama < buku.hari_ini().isoformat():
        raise Galat("pengurus_sudah_selesai", id=d["id"], nama=d["nama"], selesai=lama)
    _tabel(buku).update({"selesai": tanggal.isoformat()}, doc_ids=[d.doc_id])
    catat_riwayat(_riwayat(buku), buku, d["id"], tanggal, [("selesai", lama, tanggal.isoformat())], ket)
    return {**tampilan({**d, "selesai": tanggal.isoformat()}), "selesai_lama": lama}


def riwayat(buku: Buku) -> list[dict]:
    if not ada(buku):
        return []
    return sorted((dict(r) for r in _riwayat(buku).all()), key=lambda r: (r["tanggal"], r.get("dicatat") or ""))


def penandatangan(buku: Buku, per: date | None = None) -> dict:
    """{"ketua": name, "bendahara": name} of the officers in office on `per` (today by default),
    for the signature blocks of reports; an empty dict when none are recorded."""
    hasil = {}
    for d in daftar(buku, per):
        if d["jabatan"] in ("ketua", "bendahara") and d["jabatan"] not in hasil:
            hasil[d["jabatan"]] = d["nama"]
    return hasil


def semua_mentah(buku: Buku) -> list[dict]:
    """Every term with full NIKs (the Simkopdes export only)."""
    return sorted((dict(d) for d in _tabel(buku).all()), key=_urut) if ada(buku) else []
