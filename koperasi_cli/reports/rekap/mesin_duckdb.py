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
take for a pattern) is read by the built-in reader, which names the reason. Files are read in
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
# The largest record DuckDB reads (its default); a bigger export goes to the built-in reader,
# which stops at the journal.
BATAS_OBJEK = 16 * 1024 * 1024

KUERI = """
SELECT filename, format, versi_format, versi_format_minimal, dibuat, jangkar, jangkar_bulan, rekap,
       laporan."Posisi Keuangan".per AS per, laporan."Posisi Keuangan".total_aset AS total_aset,
       laporan."Posisi Keuangan".total_ekuitas AS total_ekuitas,
       laporan."Posisi Keuangan" IS NOT NULL AS ada_neraca
FROM read_json($berkas, format = 'newline_delimited', ignore_errors = true, filename = true,
               maximum_object_size = {batas},
               columns = {{format: 'JSON', versi_format: 'JSON', versi_format_minimal: 'JSON', dibuat: 'JSON',
                          jangkar: 'JSON', jangkar_bulan: 'JSON', rekap: 'JSON',
                          laporan: 'STRUCT("Posisi Keuangan" STRUCT(per JSON, total_aset JSON, total_ekuitas JSON))'}})
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
    _, fmt, versi, minimal, dibuat, jangkar, jb, rekap, per, aset, ekuitas, ada_neraca = r
    if fmt is None or versi is None or minimal is None or rekap is None:
        return None  # a damaged line, a value null or missing, another layout: the built-in reader says which
    try:
        doc = {"format": _json(fmt), "versi_format": _json(versi), "versi_format_minimal": _json(minimal),
               "rekap": _json(rekap)}
        if not isinstance(doc["rekap"], dict):
            return None
        for k, v in (("dibuat", dibuat), ("jangkar", jangkar), ("jangkar_bulan", jb)):
            if v is not None:
                doc[k] = _json(v)
        if ada_neraca:
            neraca = {}
            for k, v in (("per", per), ("total_aset", aset), ("total_ekuitas", ekuitas)):
                if v is not None:
                    neraca[k] = _json(v)
            doc["laporan"] = {"Posisi Keuangan": neraca}
    except orjson.JSONDecodeError:
        return None
    return doc


class Pembaca:
    """Export files read by DuckDB in batches; `baca(paths)` gives one result per path, in order."""

    def __init__(self, bulan: Bulan):
        self.bulan = bulan
        self.con = sambung()
        self.kueri = KUERI.format(batas=BATAS_OBJEK)

    def tutup(self) -> None:
        self.con.close()

    def _builtin(self, path: Path) -> dict:
        return next(iter(baca_ekspor(path, self.bulan)))

    def baca(self, paths: list[Path]) -> list[dict]:
        cepat = [str(p) for p in paths if p.suffix.lower() == ".json" and not (_POLA & set(str(p)))]
        rekaman: dict[str, list] = {}
        if cepat:
            import duckdb

            try:
                for r in self.con.execute(self.kueri, {"berkas": cepat}).fetchall():
                    rekaman.setdefault(r[0], []).append(r)
            except duckdb.Error:  # a file gone or unreadable meanwhile: the built-in reader says which
                rekaman = {}
        hasil = []
        for p in paths:
            rr = rekaman.get(str(p))
            doc = _dokumen(rr[0]) if rr and len(rr) == 1 else None
            hasil.append(self._builtin(p) if doc is None else baris_dari_dokumen(doc, self.bulan, str(p)))
        return hasil


class Kelompok:
    """A batch of export files, read all at once when the first of its results is wanted."""

    def __init__(self, pembaca: Pembaca):
        self.pembaca = pembaca
        self.paths: list[Path] = []
        self.hasil: list[dict] | None = None

    @property
    def penuh(self) -> bool:
        return self.hasil is not None or len(self.paths) >= UKURAN_KELOMPOK

    def tambah(self, path: Path) -> "Janji":
        self.paths.append(path)
        return Janji(self, len(self.paths) - 1)

    def ke(self, i: int) -> dict:
        if self.hasil is None:
            self.hasil = self.pembaca.baca(self.paths)
        h = self.hasil[i]
        self.hasil[i] = None  # taken: memory holds only what is still to be summed
        return h


class Janji:
    """One export's result within a batch (`result()` as a process pool's future has it)."""

    __slots__ = ("kelompok", "i")

    def __init__(self, kelompok: Kelompok, i: int):
        self.kelompok = kelompok
        self.i = i

    def result(self) -> dict:
        return self.kelompok.ke(self.i)
