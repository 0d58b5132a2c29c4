"""Members (anggota): the master data every unit refers to.

Members live in the TinyDB table `anggota` of data/anggota.json, one document per member, its
document id the member number as an integer (so a look-up by number does not scan the table):
{"no": "0001", "nama": ..., "nik": ..., "jenis_kelamin": "L"|"P", "alamat": ..., "desa": ...,
"tgl_lahir": null, "no_hp": null, "luar_wilayah": null | reason, "status": "aktif"|"keluar",
"tanggal_masuk": "2025-01-10", "tanggal_keluar": null, "alasan_keluar": null}.

Numbers are given in sequence and never reused: a member is never deleted, a member who leaves
keeps their number, status and date of leaving. Every change of master data is logged with the
old and the new value and its date in the table `riwayat` of the same file.

NIK are masked (`5171********0001`) in what these functions return unless the caller asks
for the full number; messages name a member by number and name only.
"""

from __future__ import annotations

import re
from datetime import date

from koperasi_cli.core.galat import Galat, GalatBanyak
from koperasi_cli.core.nik import bersihkan, cocok_tanggal_lahir, jenis_kelamin as jk_dari_nik, periksa_nik, samarkan
from koperasi_cli.core.wilayah import normal_nama
from koperasi_cli.ledger.buku import Buku

STATUS = ("aktif", "keluar")
# Fields `ubah` may change, in the order they are shown.
KOLOM_UBAH = ("nama", "nik", "jenis_kelamin", "alamat", "desa", "tgl_lahir", "no_hp", "luar_wilayah")


def _tabel(buku: Buku):
    return buku.tabel("anggota")


def _riwayat(buku: Buku):
    return buku.tabel("anggota", "riwayat")


def _dokumen(buku: Buku, no: str):
    """The member's TinyDB document (with its doc_id), or a clear refusal."""
    from tinydb import Query

    kunci = normal_no(no)
    t = _tabel(buku)
    if kunci.isdigit():
        d = t.get(doc_id=int(kunci))
        if d is not None and d.get("no") == kunci:
            return d
    hasil = t.search(Query().no == kunci)
    if not hasil:
        raise Galat("anggota_tidak_ada", no=str(no))
    return hasil[0]


def ambil(buku: Buku, no: str) -> dict:
    """The member with number `no` (`1` and `0001` both work), or a clear refusal."""
    return dict(_dokumen(buku, no))


def wajib_aktif(buku: Buku, no: str) -> dict:
    a = ambil(buku, no)
    if a.get("status") != "aktif":
        raise Galat("anggota_tidak_aktif", no=a["no"], nama=a["nama"])
    return a


def normal_no(no: str) -> str:
    """`1`, `01`, `0001` -> `0001`. A full-width or other script's digit is refused (never padded
    into a number that looks like another member's)."""
    from koperasi_cli.core.masukan import cek_digit

    s = str(no).strip()
    cek_digit(s, nilai=s[:40])
    return s.zfill(4) if s.isascii() and s.isdigit() else s


def semua(buku: Buku) -> list[dict]:
    """Every member, by number."""
    return sorted((dict(d) for d in _tabel(buku).all()), key=lambda a: (len(a["no"]), a["no"]))


def nomor_berikut(buku: Buku) -> str:
    """The next member number: one above the highest ever given (numbers are never reused)."""
    tertinggi = max((int(a["no"]) for a in _tabel(buku).all() if str(a.get("no", "")).isdigit()), default=0)
    return normal_no(str(tertinggi + 1))


# ---- validating a member's data ------------------------------------------------------------
def normal_jk(teks: str | None) -> str | None:
    if teks is None:
        return None
    s = str(teks).strip().lower()
    if s in ("l", "laki-laki", "laki", "pria", "m", "male"):
        return "L"
    if s in ("p", "perempuan", "wanita", "f", "female"):
        return "P"
    raise Galat("jk_tidak_sah")


def _kata(s: str) -> str:
    return " " + re.sub(r"[^a-z0-9]+", " ", normal_nama(s)).strip() + " "


def desa_disebut(alamat: str) -> list[str]:
    """Denpasar desa/kelurahan named in an address (longest names; a name inside another dropped)."""
    from koperasi_cli.data import wilayah_denpasar

    teks = _kata(alamat)
    nama = [w["nama"] for w in wilayah_denpasar() if _kata(w["nama"]) in teks]
    return [n for n in nama if not any(n != m and _kata(n) in _kata(m) for m in nama)]


def desa_anggota(buku: Buku, alamat: str, desa: str | None) -> str:
    """The member's desa/kelurahan: as given, else the one the address names, else the cooperative's."""
    if desa and desa.strip():
        return desa.strip()
    sendiri = buku.profil.identitas.get("desa") or ""
    if sendiri and _kata(sendiri) in _kata(alamat):
        return sendiri
    lain = desa_disebut(alamat)
    return lain[0] if lain else sendiri


def di_luar_wilayah(buku: Buku, desa: str) -> bool:
    return normal_nama(desa) != normal_nama(buku.profil.identitas.get("desa") or "")


def validasi_data(buku: Buku, data: dict, no: str | None = None) -> list[Galat]:
    """Every problem with a member's data (new, or member `no` after a change)."""
    from koperasi_cli.core.masukan import MAKS_BUKTI, MAKS_KET, MAKS_NAMA, periksa_teks

    galat: list[Galat] = []
    if not str(data.get("nama") or "").strip():
        galat.append(Galat("nama_kosong"))
    if not str(data.get("alamat") or "").strip():
        galat.append(Galat("alamat_kosong"))
    for kunci, maks in (("nama", MAKS_NAMA), ("alamat", MAKS_KET), ("desa", MAKS_NAMA), ("no_hp", MAKS_BUKTI),
                        ("luar_wilayah", MAKS_KET)):
        try:
            periksa_teks(data.get(kunci), medan=kunci, maks=maks)
        except Galat as g:
            galat.append(g)
    nik, g = periksa_nik(data.get("nik") or "")
    galat += g
    jk = data.get("jenis_kelamin")
    if jk not in ("L", "P"):
        galat.append(Galat("jk_tidak_sah"))
    if nik:
        if jk in ("L", "P") and jk_dari_nik(nik) != jk:
            galat.append(Galat("jk_tidak_cocok_nik", jk=jk, jk_nik=jk_dari_nik(nik)))
        tgl = data.get("tgl_lahir")
        if tgl and not cocok_tanggal_lahir(nik, date.fromisoformat(tgl)):
            galat.append(Galat("tgl_lahir_tidak_cocok_nik"))
        for a in _tabel(buku).all():
            if a.get("nik") == nik and a.get("no") != no and a.get("status") == "aktif":
                galat.append(Galat("nik_sudah_ada", no=a["no"], nama=a["nama"]))
                break
    if di_luar_wilayah(buku, data.get("desa") or "") and not str(data.get("luar_wilayah") or "").strip():
        galat.append(Galat("anggota_luar_wilayah", desa_koperasi=buku.profil.identitas.get("desa")))
    return galat


def _tolak(galat: list[Galat]) -> None:
    if len(galat) == 1:
        raise galat[0]
    if galat:
        raise GalatBanyak("data_anggota_ditolak", galat)


# ---- registering, listing, showing, changing ----------------------------------------------
def data_baru(
    buku: Buku, *, nama: str, nik: str, jenis_kelamin: str, alamat: str, tanggal: date,
    tgl_lahir: date | None = None, no_hp: str | None = None, desa: str | None = None,
    luar_wilayah: str | None = None,
) -> dict:
    """A new member's record under the next number, normalised and validated (refused with every
    problem at once); nothing is written (`simpan_baru` registers it)."""
    no = nomor_berikut(buku)
    data = {
        "no": no,
        "nama": " ".join(str(nama).split()),
        "nik": bersihkan(nik),
        "jenis_kelamin": normal_jk(jenis_kelamin),
        "alamat": " ".join(str(alamat).split()),
        "desa": desa_anggota(buku, alamat or "", desa),
        "tgl_lahir": tgl_lahir.isoformat() if tgl_lahir else None,
        "no_hp": (no_hp or "").strip() or None,
        "luar_wilayah": (luar_wilayah or "").strip() or None,
        "status": "aktif",
        "tanggal_masuk": tanggal.isoformat(),
        "tanggal_keluar": None,
        "alasan_keluar": None,
    }
    if data["luar_wilayah"] and not di_luar_wilayah(buku, data["desa"]):
        data["luar_wilayah"] = None  # a reason is kept only for a member who lives outside
    _tolak(validasi_data(buku, data))
    return data


def simpan_baru(buku: Buku, data: dict) -> None:
    """Register the record `data_baru` built (its number is its document id)."""
    from tinydb.table import Document

    _tabel(buku).insert(Document(data, doc_id=int(data["no"])))


def tampilan(a: dict, tampilkan_nik: bool = False) -> dict:
    """A member as shown: the NIK masked unless asked for."""
    return {**a, "nik": a.get("nik") if tampilkan_nik else samarkan(a.get("nik"))}


def daftar(buku: Buku, status: str = "aktif", cari: str | None = None, tampilkan_nik: bool = False) -> list[dict]:
    """Members as in docs/kontrak.md's `anggota daftar` JSON: no, nama, nik (masked), jenis_kelamin, status, tanggal_masuk."""
    if status not in (*STATUS, "semua"):
        raise Galat("status_tidak_sah", nilai=status)
    kecil = (cari or "").strip().lower()
    hasil = []
    for a in semua(buku):
        if status != "semua" and a.get("status") != status:
            continue
        if kecil and not (
            kecil in a["nama"].lower() or kecil in (a.get("alamat") or "").lower()
            or normal_no(kecil) == a["no"] or (kecil.isdigit() and len(kecil) == 16 and kecil == a.get("nik"))
        ):
            continue
        hasil.append({
            "no": a["no"], "nama": a["nama"],
            "nik": a.get("nik") if tampilkan_nik else samarkan(a.get("nik")),
            "jenis_kelamin": a.get("jenis_kelamin"), "status": a.get("status"),
            "tanggal_masuk": a.get("tanggal_masuk"),
        })
    return hasil


def riwayat(buku: Buku, no: str, tampilkan_nik: bool = False) -> list[dict]:
    """The member's logged changes, oldest first (NIK values masked unless asked for)."""
    from tinydb import Query

    hasil = []
    for r in _riwayat(buku).search(Query().no == normal_no(no)):
        r = dict(r)
        if r["kolom"] == "nik" and not tampilkan_nik:
            r["lama"], r["baru"] = samarkan(r["lama"]), samarkan(r["baru"])
        hasil.append({k: r.get(k) for k in ("tanggal", "kolom", "lama", "baru", "ket")})
    return sorted(hasil, key=lambda r: r["tanggal"])


def _catat_riwayat(buku: Buku, no: str, tanggal: date, ubah: list[tuple[str, object, object]], ket: str | None) -> None:
    dicatat = buku.sekarang()
    _riwayat(buku).insert_multiple(
        {"no": no, "tanggal": tanggal.isoformat(), "kolom": k, "lama": lama, "baru": baru, "ket": ket, "dicatat": dicatat}
        for k, lama, baru in ubah
    )


def ubah(buku: Buku, no: str, perubahan: dict, *, tanggal: date, ket: str | None = None,
         tampilkan_nik: bool = False) -> dict:
    """Change master data; each changed field is logged with its old and new value and the date."""
    d = _dokumen(buku, no)
    lama = dict(d)
    baru = dict(lama)
    for k, v in perubahan.items():
        if k not in KOLOM_UBAH:
            raise ValueError(k)
        if v is None:
            continue
        if k == "nik":
            v = bersihkan(v)
        elif k == "jenis_kelamin":
            v = normal_jk(v)
        elif k == "tgl_lahir":
            v = v.isoformat() if isinstance(v, date) else str(v)
        else:
            v = " ".join(str(v).split()) or None
        baru[k] = v
    if perubahan.get("alamat") is not None and perubahan.get("desa") is None:
        baru["desa"] = desa_anggota(buku, baru["alamat"], None)
    if baru.get("luar_wilayah") and not di_luar_wilayah(buku, baru.get("desa") or ""):
        baru["luar_wilayah"] = None
    berubah = [(k, lama.get(k), baru.get(k)) for k in KOLOM_UBAH if lama.get(k) != baru.get(k)]
    if not berubah:
        raise Galat("tidak_ada_perubahan", no=lama["no"], nama=lama["nama"])
    _tolak(validasi_data(buku, baru, lama["no"]))
    _tabel(buku).update({k: b for k, _, b in berubah}, doc_ids=[d.doc_id])
    _catat_riwayat(buku, lama["no"], tanggal, berubah, ket)
    tampil = (lambda v: v) if tampilkan_nik else samarkan
    return {"no": lama["no"], "nama": baru["nama"], "tanggal": tanggal.isoformat(),
            "perubahan": [{"kolom": k, "lama": tampil(la) if k == "nik" else la, "baru": tampil(b) if k == "nik" else b}
                          for k, la, b in berubah]}


# ---- leaving (the registry's part; the workflow is keanggotaan.keluar) ----------------------
def tandai_keluar(buku: Buku, no: str, *, tanggal: date, alasan: str | None = None) -> None:
    """Mark an active member as left on `tanggal` (status, date, reason) and log the change."""
    d = _dokumen(buku, no)
    _tabel(buku).update({"status": "keluar", "tanggal_keluar": tanggal.isoformat(),
                         "alasan_keluar": (alasan or "").strip() or None}, doc_ids=[d.doc_id])
    _catat_riwayat(buku, d["no"], tanggal, [("status", "aktif", "keluar")], alasan)
