"""Backup and restore of one cooperative's books (`koperasi cadangan`, `koperasi pulihkan`).

A backup is one gzip'd tar archive holding the books as they are at one instant (read under
the lock, or from a lock-free snapshot): koperasi.yaml, data/kepala.json and every data file
the head lists (never the lock, a commit record or a temporary file), each as `0600` owned by
nobody in particular, and last a manifest (`MANIFES`) with the books' anchor (jangkar), the
number of entries and each file's SHA-256 and size. Each data file is checked against the
head's SHA-256 as it is read, so a backup never copies books that were changed outside
koperasi; after writing, the archive is read back and checked against its manifest.

A restore never writes over anything: the target folder must be new or empty. The archive is
read member by member into a hidden sibling folder (`.NAME.pulih-XXXX`): a member that is not
a regular file or folder of the books (an absolute path, `..`, a link, a device, a name that
is not a books' file) refuses the whole archive; so does a file that differs from the manifest,
a file missing from it or a manifest that is missing or malformed. Only when everything holds
is the folder renamed into place (folders 0700, files 0600). The caller runs `periksa` on it.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tarfile
import uuid
import zlib
from pathlib import Path

import orjson

from koperasi_cli.core.galat import Galat
from koperasi_cli.ledger import berkas
from koperasi_cli.ledger.buku import KEPALA, NAMA_PROFIL, Buku

MANIFES = "manifes-cadangan.json"
FORMAT = 1
JENIS = "cadangan-koperasi"
AKHIRAN = (".tar.gz", ".tgz")
_NAMA_SAH = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_BUKAN_DATA = {"data/kunci", "data/" + berkas.KOMIT}


def cek_tujuan(akar: Path, path: Path) -> Path:
    """The backup file: a .tar.gz/.tgz name, a plain new or regular file (`cek_keluaran`),
    outside the books' folder (a backup beside the books is lost with them)."""
    path = Path(path)
    if not path.name.lower().endswith(AKHIRAN):
        raise Galat("cadangan_akhiran", berkas=str(path))
    berkas.cek_keluaran(path)
    nyata, buku = path.resolve(), akar.resolve()
    if buku == nyata or buku in nyata.parents:
        raise Galat("cadangan_dalam_buku", folder=str(akar))
    return path


def _nama_berkas_sah(rel: str) -> bool:
    """A path a backup may hold: koperasi.yaml, or a file under data/ with plain names
    (no temporary file, lock or commit record)."""
    if rel == NAMA_PROFIL:
        return True
    bagian = rel.split("/")
    return (len(bagian) >= 2 and bagian[0] == "data" and all(_NAMA_SAH.match(b) for b in bagian)
            and rel not in _BUKAN_DATA and not rel.endswith(".tmp"))


def _isi_profil(buku: Buku) -> bytes:
    try:
        isi = berkas.baca_lapis(buku.akar, buku._lapis, NAMA_PROFIL)
    except OSError as e:
        raise Galat("profil_tak_terbaca", sebab=type(e).__name__) from None
    if isi is None:
        raise Galat("profil_tak_terbaca", sebab="FileNotFoundError")
    return isi


def _info(nama: str, ukuran: int, waktu: int) -> tarfile.TarInfo:
    ti = tarfile.TarInfo(nama)
    ti.size, ti.mode, ti.mtime = ukuran, 0o600, waktu
    ti.uid = ti.gid = 0
    ti.uname = ti.gname = ""
    return ti


def tulis_cadangan(buku: Buku, path: Path, *, dibuat: str, versi: str, waktu: int) -> dict:
    """Write the backup of the open books to `path` (checked by `cek_tujuan`) through the
    one output writer (temporary file, fsync, rename; 0600), read it back and check it.
    Returns the manifest."""
    import io

    path = cek_tujuan(buku.akar, path)
    daftar = [NAMA_PROFIL, KEPALA] + sorted(r for r in buku.kepala["berkas"] if r not in (KEPALA, NAMA_PROFIL))
    for rel in daftar:
        if not _nama_berkas_sah(rel):  # the head names only the books' own files; anything else is not copied blindly
            raise Galat("pulihkan_anggota_tidak_sah", nama=rel)
    manifes = {"format": FORMAT, "jenis": JENIS, "versi": versi, "dibuat": dibuat,
               "koperasi": buku.profil.identitas.get("nama"), "jangkar": buku.jangkar(),
               "jumlah_entri": buku.jumlah_entri, "berkas": {}}

    def tulis(f) -> None:
        with tarfile.open(fileobj=f, mode="w:gz", format=tarfile.PAX_FORMAT) as tar:
            for rel in daftar:
                isi = _isi_profil(buku) if rel == NAMA_PROFIL else buku._baca_bytes(rel)  # checked against the head
                if isi is None:
                    raise Galat("berkas_berubah", keluar=3, berkas=rel)
                # `_baca_bytes` checked the data files against the head's sums: those are theirs.
                sidik = buku.kepala["berkas"][rel] if rel not in (KEPALA, NAMA_PROFIL) else hashlib.sha256(isi).hexdigest()
                manifes["berkas"][rel] = {"sha256": sidik, "ukuran": len(isi)}
                tar.addfile(_info(rel, len(isi), waktu), io.BytesIO(isi))
            m = orjson.dumps(manifes, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS)
            tar.addfile(_info(MANIFES, len(m), waktu), io.BytesIO(m))

    berkas.tulis_keluaran(path, tulis)
    try:
        dibaca = baca_cadangan(path)
    except Galat as g:
        raise Galat("cadangan_gagal_verifikasi", berkas=str(path), nama=g.param.get("nama") or g.kode) from None
    if dibaca != manifes:
        raise Galat("cadangan_gagal_verifikasi", berkas=str(path), nama=MANIFES)
    return manifes


def _manifes_sah(m) -> bool:
    if not (isinstance(m, dict) and m.get("format") == FORMAT and m.get("jenis") == JENIS
            and isinstance(m.get("jangkar"), str) and isinstance(m.get("berkas"), dict)
            and isinstance(m.get("jumlah_entri"), int)):
        return False
    return all(isinstance(r, str) and _nama_berkas_sah(r) and isinstance(x, dict)
               and isinstance(x.get("sha256"), str) and isinstance(x.get("ukuran"), int)
               for r, x in m["berkas"].items()) and NAMA_PROFIL in m["berkas"] and KEPALA in m["berkas"]


def _jalani(arsip: Path, simpan=None) -> dict:
    """Read the archive member by member, checking each; `simpan(rel, bytes)` receives every
    file of the books. Returns the manifest, once every file matched it."""
    hash_ = {}
    manifes = None
    try:
        with tarfile.open(arsip, mode="r:gz") as tar:
            for m in tar:
                nama = m.name
                bersih = nama.rstrip("/")
                if m.isdir() and (bersih == "data" or (bersih.startswith("data/") and _nama_berkas_sah(bersih))):
                    continue  # folders are made as their files need them
                if not m.isfile() or (nama != MANIFES and not _nama_berkas_sah(nama)):
                    raise Galat("pulihkan_anggota_tidak_sah", nama=nama[:200])
                if nama in hash_ or (nama == MANIFES and manifes is not None):
                    raise Galat("pulihkan_anggota_tidak_sah", nama=nama[:200])
                f = tar.extractfile(m)
                isi = f.read() if f is not None else b""
                if nama == MANIFES:
                    try:
                        manifes = orjson.loads(isi)
                    except orjson.JSONDecodeError:
                        raise Galat("pulihkan_tanpa_manifest", berkas=str(arsip)) from None
                    continue
                hash_[nama] = (hashlib.sha256(isi).hexdigest(), len(isi))
                if simpan is not None:
                    simpan(nama, isi)
    except Galat:
        raise
    except FileNotFoundError:
        raise Galat("pulihkan_tak_terbaca", berkas=str(arsip), sebab="FileNotFoundError") from None
    except (tarfile.TarError, EOFError, OSError, zlib.error) as e:  # damaged, truncated, not a tar.gz
        raise Galat("pulihkan_tak_terbaca", berkas=str(arsip), sebab=type(e).__name__) from None
    if not _manifes_sah(manifes):
        raise Galat("pulihkan_tanpa_manifest", berkas=str(arsip))
    for rel in sorted(set(hash_) | set(manifes["berkas"])):
        x = manifes["berkas"].get(rel)
        if x is None or rel not in hash_ or hash_[rel] != (x["sha256"], x["ukuran"]):
            raise Galat("pulihkan_berubah", nama=rel)
    return manifes


def baca_cadangan(arsip: Path) -> dict:
    """Check an archive against its manifest without writing anything; returns the manifest."""
    return _jalani(Path(arsip))


def _folder_kosong(tujuan: Path) -> None:
    if tujuan.exists() or tujuan.is_symlink():
        if not tujuan.is_dir() or tujuan.is_symlink() or any(tujuan.iterdir()):
            raise Galat("pulihkan_folder_isi", folder=str(tujuan))
    for atas in tujuan.resolve().parents:  # never inside another cooperative's books
        try:
            if (atas / NAMA_PROFIL).is_file():
                raise Galat("init_di_dalam_koperasi", folder=str(tujuan), induk=str(atas))
        except OSError:
            continue


def ekstrak(arsip: Path, tujuan: Path) -> tuple[Path, dict]:
    """Unpack a checked archive into a hidden folder beside `tujuan` (new or empty); returns
    (that folder, the manifest). Anything wrong removes it again and refuses."""
    tujuan = Path(tujuan)
    _folder_kosong(tujuan)
    induk = tujuan.resolve().parent
    if not induk.is_dir():
        raise Galat("pulihkan_folder_gagal", folder=str(tujuan), sebab="parent folder missing")
    sementara = induk / f".{tujuan.resolve().name}.pulih-{uuid.uuid4().hex[:8]}"
    try:
        berkas.buat_folder(sementara / "data" / "jurnal")
    except OSError as e:
        raise Galat("pulihkan_folder_gagal", folder=str(tujuan), sebab=e.strerror or type(e).__name__) from None

    def simpan(rel: str, isi: bytes) -> None:
        akhir = sementara / rel
        if akhir.parent != sementara:
            berkas.buat_folder(akhir.parent)
        fd = os.open(akhir, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(isi)
            f.flush()
            os.fsync(f.fileno())

    try:
        manifes = _jalani(Path(arsip), simpan)
    except BaseException:
        buang(sementara)
        raise
    return sementara, manifes


def pasang(sementara: Path, tujuan: Path) -> None:
    """Move the checked folder into place (the target is new or still empty)."""
    tujuan = Path(tujuan)
    try:
        _folder_kosong(tujuan)
        if tujuan.is_dir():
            os.rmdir(tujuan)
        os.rename(sementara, tujuan)
        os.chmod(tujuan, 0o700)
    except OSError as e:
        buang(sementara)
        raise Galat("pulihkan_folder_gagal", folder=str(tujuan), sebab=e.strerror or type(e).__name__) from None
    except BaseException:
        buang(sementara)
        raise


def buang(sementara: Path) -> None:
    shutil.rmtree(sementara, ignore_errors=True)
