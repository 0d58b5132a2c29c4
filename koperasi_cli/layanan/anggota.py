"""Members (anggota): the master data every unit refers to.

Members live in the TinyDB table `anggota` of data/anggota.json, one document per member:
{"no": "0001", "nama": ..., "nik": ..., "jenis_kelamin": "L"|"P", "alamat": ..., "status":
"aktif"|"keluar", "tanggal_masuk": "2025-01-10", "tanggal_keluar": null}.
"""

from __future__ import annotations

from koperasi_cli.core.galat import Galat
from koperasi_cli.ledger.buku import Buku


def ambil(buku: Buku, no: str) -> dict:
    """The member with number `no` (`1` and `0001` both work), or a clear refusal."""
    from tinydb import Query

    kunci = normal_no(no)
    hasil = buku.tabel("anggota").search(Query().no == kunci)
    if not hasil:
        raise Galat("anggota_tidak_ada", no=str(no))
    return dict(hasil[0])


def wajib_aktif(buku: Buku, no: str) -> dict:
    a = ambil(buku, no)
    if a.get("status") != "aktif":
        raise Galat("anggota_tidak_aktif", no=a["no"], nama=a["nama"])
    return a


def normal_no(no: str) -> str:
    s = str(no).strip()
    return s.zfill(4) if s.isdigit() else s
