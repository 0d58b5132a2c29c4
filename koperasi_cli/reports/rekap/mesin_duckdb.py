"""The rekap with DuckDB reading the exports (`koperasi rekap --mesin duckdb`), for a province or
the ministry with tens of thousands of `ekspor json` files.

DuckDB reads and parses the files, many at a time on every core, and hands back only what the
rekap needs of each document (the "rekap" block, the format fields, the anchors and the three
figures of the balance sheet checked against the block); the journal and the statements are
never turned into Python objects. Each document then goes through the same checks and the same
sums as with the built-in reader (`baris_dari_dokumen`, `Rekap.tambah`), so both engines give
the same rows, totals and problems with the same reasons.

A file DuckDB cannot give as one clean record (cut off, not one line, not an export, an older
format without the block, a value of an odd type, a `.jsonl` of many exports, a name DuckDB would
take for a pattern) is read by the built-in reader, which names the reason. So is an export over
`BATAS_DUCKDB` (1 MiB): it carries its journal, which DuckDB would parse whole while the built-in
reader stops before it. Files are read in
batches in the order the paths were walked, so the rows, the duplicates and the problems come
in the same order as with the built-in reader and memory stays flat.
"""

from __future__ import annotations

from pathlib import Path

import orjson

from koperasi_cli.core.galat import Galat
from koperasi_cli.core.tanggal import Bulan
from koperasi_cli.reports.rekap.ekspor import baca_ekspor, baris_dari_dokumen

UKURAN_KELOMPOK = 2048  # files per DuckDB query: enough for every core, small in memory
_POLA = set("*?[]{}")  # characters DuckDB reads as a glob pattern in a file name
# The largest record DuckDB reads (its default).
BATAS_OBJEK = 16 * 1024 * 1024
# An export bigger than this carries its journal (a year of a busy outlet is megabytes): DuckDB
# would parse all of it for nothing, the built-in reader stops before it. Exports without their
# journal are 50-100 KB.
BATAS_DUCKDB = 1024 * 1024

# Each column DuckDB hands back costs it a tenth of what reading the files costs: only what the
# rekap needs, as JSON text so every value keeps its type (DuckDB would cast 2.0 or "2" to 2, and
# the built-in reader refuses them). The books' anchors of past months only with --riwayat; the
# export's own anchor is not read (the block carries it; a block without one goes the slow way).
KUERI = """
SELECT filename, format, versi_format, versi_format_minimal, dibuat, rekap, laporan.posisi_keuangan AS neraca,
       laporan."Posisi Keuangan" AS neraca_lama{lagi}
FROM read_json($berkas, format = 'newline_delimited', ignore_errors = true, filename = true,
               maximum_object_size = {batas},
               columns = {{format: 'JSON', versi_format: 'JSON', versi_format_minimal: 'JSON', dibuat: 'JSON',
                          rekap: 'JSON', laporan: 'STRUCT(posisi_keuangan JSON, "Posisi Keuangan" JSON)'{kolom_lagi}}})
"""


def ada() -> bool:
    try:
        import duckdb  # noqa: F401
    except ImportError:
        return False
    return True


def sambung():
    """A DuckDB connection, or the refusal (exit 1) when the `duckdb` extra is not installed."""
    try:
        import duckdb
    except ImportError:
        raise Galat("rekap_duckdb_tidak_ada") from None
    return duckdb.connect(":memory:")


def _json(teks):
    return None if teks is None else orjson.loads(teks)


def _dokumen(r: tuple) -> dict | None:
    """The part of an export the rekap reads, from DuckDB's record; None when the record is not
    one the fast path can take as it is (the built-in reader then reads the file)."""
    _, fmt, versi, minimal, dibuat, rekap, neraca, neraca_lama, *jb = r
    if fmt is None or versi is None or minimal is None or rekap is None:
        return None  # a damaged line, a value null or missing, another layout: the built-in reader says which
    try:
        doc = {"format": orjson.loads(fmt), "versi_format": orjson.loads(versi),
               "versi_format_minimal": orjson.loads(minimal), "rekap": orjson.loads(rekap)}
        if not isinstance(doc["rekap"], dict) or not doc["rekap"].get("jangkar"):
            return None  # the export's own anchor would be wanted: not read here
        if dibuat is not None:
            doc["dibuat"] = orjson.loads(dibuat)
        lap = {}
        for k, v in (("posisi_keuangan", neraca), ("Posisi Keuangan", neraca_lama)):  # format 3 ids, format 2 titles
            if v is not None:
                lap[k] = orjson.loads(v)
        if lap:
            doc["laporan"] = lap
        if jb and jb[0] is not None:
            doc["jangkar_bulan"] = orjson.loads(jb[0])
    except orjson.JSONDecodeError:
        return None
    return doc


def _kecil(p: Path) -> bool:
    try:
        return p.stat().st_size <= BATAS_DUCKDB
    except OSError:
        return False  # the built-in reader names the reason


class Pembaca:
    """Export files read by DuckDB in batches. The query of a full batch runs in a background
    thread (DuckDB works without Python's lock) while the rows of the batch before are checked and
    summed; everything that renders a message stays in the calling thread."""

    def __init__(self, bulan: Bulan, dengan_jangkar_bulan: bool = False):
        from concurrent.futures import ThreadPoolExecutor

        self.bulan = bulan
        self.con = sambung()
        self.kueri = KUERI.format(batas=BATAS_OBJEK, lagi=", jangkar_bulan" if dengan_jangkar_bulan else "",
                                  kolom_lagi=", jangkar_bulan: 'JSON'" if dengan_jangkar_bulan else "")
        self.latar = ThreadPoolExecutor(1)

    def tutup(self) -> None:
        try:
            self.con.interrupt()  # a query still running (Ctrl-C, an error) stops now
        except Exception:  # noqa: BLE001 - closing anyway
            pass
        self.latar.shutdown(wait=True, cancel_futures=True)
        self.con.close()

    def rekaman(self, paths: list[Path]) -> dict[str, list]:
        """DuckDB's records of the batch's files it can take, by file name (in the background)."""
        cepat = [str(p) for p in paths if p.suffix.lower() == ".json" and not (_POLA & set(str(p))) and _kecil(p)]
        hasil: dict[str, list] = {}
        if not cepat:
            return hasil
        import duckdb

        try:
            for r in self.con.execute(self.kueri, {"berkas": cepat}).fetchall():
                hasil.setdefault(r[0], []).append(r)
        except duckdb.Error:  # a file gone or unreadable meanwhile: the built-in reader says which
            return {}
        return hasil

    def _builtin(self, path: Path) -> dict:
        return next(iter(baca_ekspor(path, self.bulan)))

    def hasil(self, path: Path, rr: list | None) -> dict:
        """One export's result from its DuckDB records (exactly one, clean) or the built-in reader."""
        doc = _dokumen(rr[0]) if rr and len(rr) == 1 else None
        return self._builtin(path) if doc is None else baris_dari_dokumen(doc, self.bulan, str(path))


class Kelompok:
    """A batch of export files: its query starts when it is full (`mulai`), or at the latest when
    the first of its results is wanted; each result is made when it is taken."""

    def __init__(self, pembaca: Pembaca):
        self.pembaca = pembaca
        self.paths: list[Path] = []
        self.kerja = None
        self.rekaman: dict[str, list] | None = None

    @property
    def penuh(self) -> bool:
        return self.kerja is not None or len(self.paths) >= UKURAN_KELOMPOK

    def tambah(self, path: Path) -> "Janji":
        self.paths.append(path)
        return Janji(self, len(self.paths) - 1)

    def mulai(self) -> None:
        if self.kerja is None:
            self.kerja = self.pembaca.latar.submit(self.pembaca.rekaman, list(self.paths))

    def ke(self, i: int) -> dict:
        if self.rekaman is None:
            self.mulai()
            self.rekaman = self.kerja.result()
        p = self.paths[i]
        return self.pembaca.hasil(p, self.rekaman.pop(str(p), None))


class Janji:
    """One export's result within a batch (`result()` as a process pool's future has it)."""

    __slots__ = ("kelompok", "i")

    def __init__(self, kelompok: Kelompok, i: int):
        self.kelompok = kelompok
        self.i = i

    def result(self) -> dict:
        return self.kelompok.ke(self.i)
