"""The one place that writes files.

A unit of work writes several files at once (a journal shard, its tag totals, master data,
the head). To survive a crash between renames it uses a commit record:

1. every new file is written to `<name>.<txid>.tmp` in its own folder and fsynced;
2. the commit record `data/komit.json` (the list of files) is written the same way and
   renamed into place: from this instant the unit of work has happened;
3. each temporary file is renamed over its final name; folders are fsynced;
4. the commit record is removed.

`pulihkan` runs when the books are opened under the lock: with a commit record it finishes
step 3 (roll forward); without one it deletes stray temporary files (roll back). So the books
are always as before or as after a command, never in between.

Files are created owner-only (0600, folders 0700): they hold personal data.

For tests only, `KOPERASI_UJI_MATI=<step>` kills the process at a step of the write and
`KOPERASI_UJI_JEDA=<seconds>` pauses at every step (so a test can SIGKILL it there).
"""

from __future__ import annotations

import os
import re
import signal
import time
import uuid
from pathlib import Path

import orjson

from koperasi_cli.lingkungan import aktif

KOMIT = "komit.json"
LANGKAH = ("mulai", "tmp-sebagian", "tmp", "komit", "ganti-sebagian", "ganti", "selesai")


def _titik_uji(langkah: str) -> None:
    """Test-only fault injection (see module doc). Costs two env look-ups otherwise."""
    env = aktif().env
    jeda = env.get("KOPERASI_UJI_JEDA")
    if jeda:
        time.sleep(float(jeda))
    if env.get("KOPERASI_UJI_MATI") == langkah:
        os.kill(os.getpid(), signal.SIGKILL)


def buat_folder(path: Path) -> None:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)


def _fsync_folder(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _tulis_tmp(path: Path, isi: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)
        tampil = memoryview(isi)
        while tampil:
            n = os.write(fd, tampil)
            tampil = tampil[n:]
        os.fsync(fd)
    finally:
        os.close(fd)


def tulis_satu(path: Path, isi: bytes) -> None:
    """Atomically replace one file (tmp, fsync, rename, fsync folder); owner-only."""
    from koperasi_cli.core.galat import Galat

    path = Path(path)
    tmp = path.with_name(f"{path.name}.{uuid.uuid4().hex[:12]}.tmp")
    try:
        _tulis_tmp(tmp, isi)
        os.replace(tmp, path)
    except FileNotFoundError:
        raise Galat("folder_keluaran_tidak_ada", folder=str(path.parent)) from None
    except OSError as e:
        if tmp.exists():
            tmp.unlink()
        raise Galat("berkas_keluaran_gagal", berkas=str(path), sebab=e.strerror or type(e).__name__) from None
    _fsync_folder(path.parent)


def cek_keluaran(path: Path) -> Path:
    """Refuse an output target (-o, --laporan-galat, a template) that is not a plain new or
    regular file, or that lies inside a cooperative's own files: its koperasi.yaml, anything
    under its data/ (symbolic links followed). Returns the path as given."""
    import stat

    from koperasi_cli.core.galat import Galat

    path = Path(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        st = None
    except OSError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise Galat("keluaran_bukan_berkas", berkas=str(path))
    if path.name in ("", ".", ".."):
        raise Galat("keluaran_bukan_berkas", berkas=str(path))
    nyata = path.resolve()
    for atas in nyata.parents:
        try:
            if not (atas / "koperasi.yaml").is_file():
                continue
        except OSError:
            continue
        bagian = nyata.relative_to(atas).parts
        if bagian[0] == "data" or bagian == ("koperasi.yaml",) or _POLA_TMP_AKAR.match(bagian[0]):
            raise Galat("keluaran_dalam_buku", berkas=str(path), folder=str(atas))
    return path


def tulis_keluaran(path: Path, isi) -> None:
    """The one way a command writes a file outside the books (`-o`, `--laporan-galat`, import
    templates, rekap): checked by `cek_keluaran`, written owner-only (0600) to a temporary file
    beside it, fsynced, then renamed over the target. `isi` is the bytes, or a function that
    writes them to a binary file (for outputs streamed row by row)."""
    from koperasi_cli.core.galat import Galat

    path = cek_keluaran(Path(path))
    if not path.parent.is_dir():
        raise Galat("folder_keluaran_tidak_ada", folder=str(path.parent))
    # The temporary name stays within a file name's 255 bytes even when the target's is near it.
    awal = os.fsencode(path.name)[:200].decode("utf-8", "ignore")
    tmp = path.with_name(f".{awal}.{uuid.uuid4().hex[:12]}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as f:
            if callable(isi):
                isi(f)
            else:
                f.write(isi)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:
        raise Galat("berkas_keluaran_gagal", berkas=str(path), sebab=e.strerror or type(e).__name__) from None
    finally:
        try:  # not `exists()`: it raises for a name too long, which would hide the message above
            os.unlink(tmp)
        except OSError:
            pass
    try:
        _fsync_folder(path.parent)
    except OSError:  # the file is in place; a folder that cannot be opened for fsync is no error
        pass


def tulis_atomik(akar: Path, berkas: dict[str, bytes]) -> None:
    """Write several files (paths relative to `akar`) as one all-or-nothing unit. The moment
    the commit record is in place it tells `tercatat` (see there): from then on the unit has
    happened, whatever fails afterwards (a rename, an fsync, the record's removal)."""
    from koperasi_cli.ledger import tercatat

    if not berkas:
        return
    txid = uuid.uuid4().hex[:12]
    pasangan: list[tuple[Path, Path]] = []
    folder: set[Path] = set()
    komit = akar / "data" / KOMIT
    try:
        _titik_uji("mulai")
        for i, (rel, isi) in enumerate(berkas.items()):
            akhir = akar / rel
            if akhir.parent != akar:  # the cooperative's own folder keeps the permissions it has
                buat_folder(akhir.parent)
            tmp = akhir.with_name(f"{akhir.name}.{txid}.tmp")
            pasangan.append((tmp, akhir))
            _tulis_tmp(tmp, isi)
            folder.add(akhir.parent)
            if i == 0:
                _titik_uji("tmp-sebagian")
        for f in folder:
            _fsync_folder(f)
        _titik_uji("tmp")
        catatan = {"txid": txid, "berkas": sorted(berkas)}
        tulis_satu(komit, orjson.dumps(catatan))
    except BaseException:
        if _komit_milik(komit, txid):  # renamed into place, then the folder's fsync failed
            tercatat.terkomit()
        else:  # not committed (an error, Ctrl-C): the temporary files go now, not at the next open
            for tmp, _akhir in pasangan:
                try:
                    tmp.unlink()
                except OSError:
                    pass
        raise
    tercatat.terkomit()
    _titik_uji("komit")
    for i, (tmp, akhir) in enumerate(pasangan):
        os.replace(tmp, akhir)
        if i == 0:
            _titik_uji("ganti-sebagian")
    for f in folder:
        _fsync_folder(f)
    _titik_uji("ganti")
    os.unlink(akar / "data" / KOMIT)
    _fsync_folder(akar / "data")
    _titik_uji("selesai")


def baca_komit(komit: Path) -> tuple[str, list[str]]:
    """The commit record's transaction id and files. It is written whole (temporary file and
    rename), so one that cannot be read as such was damaged outside koperasi: exit 3, never a
    guess (deleting it could lose a committed write; following it could rename foreign files)."""
    from koperasi_cli.core.galat import BUKU_RUSAK, Galat

    try:
        catatan = orjson.loads(komit.read_bytes())
        txid, daftar = catatan["txid"], catatan["berkas"]
        sah = (isinstance(txid, str) and re.fullmatch(r"[0-9a-f]{12}", txid) is not None and isinstance(daftar, list)
               and all(isinstance(r, str) and (r == "koperasi.yaml" or r.startswith("data/"))
                       and ".." not in r.split("/") for r in daftar))
    except (OSError, orjson.JSONDecodeError, KeyError, TypeError):
        sah = False
    if not sah:
        raise Galat("komit_rusak", keluar=BUKU_RUSAK, berkas="data/" + KOMIT)
    return txid, daftar


def _komit_milik(komit: Path, txid: str) -> bool:
    try:
        return orjson.loads(komit.read_bytes()).get("txid") == txid
    except (OSError, orjson.JSONDecodeError, AttributeError):
        return False


def lapis_komit(akar: Path) -> dict[str, Path]:
    """For a lock-free reader: the files of a write whose commit record exists ({rel: tmp}),
    read instead of the old ones (the write has happened; only its renames are pending)."""
    komit = akar / "data" / KOMIT
    if not komit.exists():
        return {}
    from koperasi_cli.core.galat import Galat

    try:
        txid, daftar = baca_komit(komit)
    except Galat:  # unreadable as a whole record (baca_komit turns every read error into this)
        if not komit.exists():  # removed meanwhile: the write is done, its files are in place
            return {}
        raise
    hasil = {}
    for rel in daftar:
        akhir = akar / rel
        tmp = akhir.with_name(f"{akhir.name}.{txid}.tmp")
        if tmp.exists():
            hasil[rel] = tmp
    return hasil


def baca_lapis(akar: Path, lapis: dict[str, Path], rel: str) -> bytes | None:
    """A file as a lock-free reader sees it: a committed write's temporary file (`lapis_komit`),
    else the final name; the writer may rename the one to the other between any two steps here,
    and then the final name holds the same bytes. None when neither exists; other errors raise."""
    tmp = lapis.get(rel)
    for path in ((tmp, akar / rel) if tmp is not None else (akar / rel,)):
        try:
            return path.read_bytes()
        except FileNotFoundError:
            continue
    return None


# The temporary names a write of the books uses: `<final name>.<12 hex digits>.tmp` (see
# `tulis_atomik` and `tulis_satu`), for koperasi.yaml in the folder and the JSON files in data/.
_POLA_TMP_AKAR = re.compile(r"^koperasi\.yaml\.[0-9a-f]{12}\.tmp$")
_POLA_TMP_DATA = re.compile(r"^.+\.json\.[0-9a-f]{12}\.tmp$")


def sementara_kita(akar: Path) -> list[Path]:
    """The temporary files a write of the books left (a crash before its commit record): only
    the names the commit writes, never another file that happens to end in .tmp."""
    hasil = [p for p in akar.glob("*.tmp") if _POLA_TMP_AKAR.match(p.name) and p.is_file()]
    data = akar / "data"
    if data.is_dir():
        hasil += [p for p in data.rglob("*.tmp") if _POLA_TMP_DATA.match(p.name) and p.is_file()]
    return hasil


def pulihkan(akar: Path) -> str | None:
    """Finish or undo an interrupted write. Returns 'maju' (rolled forward), 'mundur' or None."""
    data = akar / "data"
    if not data.is_dir():
        return None
    hasil = None
    komit = data / KOMIT
    if komit.exists():
        txid, daftar = baca_komit(komit)
        for rel in daftar:
            akhir = akar / rel
            tmp = akhir.with_name(f"{akhir.name}.{txid}.tmp")
            if tmp.exists():
                os.replace(tmp, akhir)
        hasil = "maju"
        os.unlink(komit)
    for tmp in sementara_kita(akar):
        tmp.unlink()
        hasil = hasil or "mundur"
    if hasil:
        for f in {data, *[p for p in data.rglob("*") if p.is_dir()]}:
            _fsync_folder(f)
    return hasil
