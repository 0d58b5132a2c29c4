"""The rekap with DuckDB reading the exports (`koperasi rekap --mesin duckdb`), for a province or
the ministry with tens of thousands of `ekspor json` files.

DuckDB reads the files, a batch per core at a time (one connection each, working without Python's
lock), parses each document once (`json_extract` with a list of paths) and cuts out what the
rekap reads: the text before the statements (the format fields, the anchors, the "rekap" block)
and the balance sheet's date and totals, which are checked against the block. The rest of the
statements and the journal never become Python objects. Python parses the text before the
statements with the parser the built-in reader uses, and each document goes through the same
checks and sums as there (`baris_dari_dokumen`, `Rekap.tambah`), so both engines give the same
rows, totals and problems with the same reasons.

DuckDB's parser is more lenient than the built-in reader's (a trailing comma, NaN, a number too big
for a float). What Python parses again is the file's own text, and the balance sheet is taken only
when DuckDB's rewriting of it is byte for byte the text in the file and holds nothing the built-in
reader reads otherwise, so a leniency there cannot pass. Anything else the fast path cannot vouch
for goes to the built-in reader, which names the reason: a file that is not one JSON document in
valid UTF-8 (cut off, two lines, a byte order mark), not laid out as `ekspor json` writes it, an
older format without the block, a `.jsonl` of many exports, a name DuckDB would take for a
pattern, or an export over `BATAS_DUCKDB` (1 MiB: it carries its journal, which DuckDB would parse
whole while the built-in reader stops before it). Files are read in batches in the order the paths
were walked, so the rows, the duplicates and the problems come in the same order as with the
built-in reader and memory stays flat.
"""

from __future__ import annotations

from pathlib import Path

import orjson

from koperasi_cli.core.galat import Galat
from koperasi_cli.core.tanggal import Bulan
from koperasi_cli.reports.rekap.ekspor import (
    _BLOK_AWAL, _PENANDA_LAPORAN, baca_ekspor, baris_dari_dokumen, susun_ringkas,
)

# Files per DuckDB query, all of them in flight: a batch's files are in memory while it is read
# (exports of 50-100 KB: about 40 MB for 512), so with more cores each batch is smaller.
FILE_SEKALIGUS = 1024


def ukuran_kelompok(pekerja: int) -> int:
    """512 files a batch on two cores, 128 on eight: the files in flight stay about 1,000."""
    return max(64, FILE_SEKALIGUS // max(1, pekerja))


_POLA = set("*?[]{}")  # characters DuckDB reads as a glob pattern in a file name
# An export bigger than this carries its journal (a year of a busy outlet is megabytes): DuckDB
# would parse all of it for nothing, the built-in reader stops before it. Exports without their
# journal are 50-100 KB.
BATAS_DUCKDB = 1024 * 1024

_PENANDA, _KUNCI = _PENANDA_LAPORAN[0][0].decode(), _PENANDA_LAPORAN[0][1]  # format 3: the sections' ids
# For each file (`read_blob`: the bytes as they are, no record splitting, one parse in all): the
# text before the statements; the balance sheet's date and totals (all the rekap reads of it); and
# whether the fast path may take them. It may when the file is one JSON document in valid UTF-8
# (`try` gives NULL otherwise); the sheet as DuckDB writes it back is byte for byte the file's text
# at its place (no space, no trailing comma), holds nothing the built-in reader's parser refuses or
# reads otherwise (NaN, Infinity, an integer of 20 digits or more, a key twice: DuckDB takes the
# first, Python the last) and is not empty; and the file ends as the built-in reader wants a whole
# export to end (`_UJUNG`: the trial balance's "total_kredit", an integer, closing it, or the
# journal's last entry; then at most a line break), checked with `ends_with`, which does not walk
# the text. Last, the bytes up to the sheet's end (the built-in reader wants it in its first block).
KUERI = r"""
WITH d AS (
  SELECT filename, teks, strpos(teks, $penanda) AS m,
         try(json_extract(teks, ['$.laporan.{kunci}', '$.laporan.{kunci}.per', '$.laporan.{kunci}.total_aset',
                                 '$.laporan.{kunci}.total_ekuitas', '$.laporan.neraca_saldo.total_kredit'])) AS x
  FROM (SELECT filename, try(decode(content)) AS teks FROM read_blob($berkas))
), n AS (
  SELECT filename, teks, CASE WHEN m > 0 THEN left(teks, m - 1) END AS kepala, m,
         x[1]::VARCHAR AS neraca, x[5]::VARCHAR AS kredit, x[2]::VARCHAR AS per, x[3]::VARCHAR AS aset,
         x[4]::VARCHAR AS ekuitas
  FROM d
)
SELECT filename, CASE WHEN neraca IS NOT NULL THEN kepala END AS kepala, per, aset, ekuitas,
       substring(teks, m + {p}, length(neraca)) = neraca AND neraca <> '{{}}'
         AND NOT regexp_matches(neraca, '(?i)[:,\[]-?(nan|inf)|[0-9]{{20}}')
         AND len(json_keys(neraca)) = len(list_distinct(json_keys(neraca)))
         AND (ends_with(teks, '}}]}}]}}') OR ends_with(teks, '}}]}}]}}' || chr(10))
              OR (regexp_full_match(kredit, '-?[0-9]{{1,19}}')
                  AND (ends_with(teks, '"total_kredit":' || kredit || '}}}}}}')
                       OR ends_with(teks, '"total_kredit":' || kredit || '}}}}}}' || chr(10)))))
         AS utuh,
       strlen(kepala) + {p} + strlen(neraca) AS sampai
FROM n
"""


def sambung():
    """A DuckDB connection, or the refusal (exit 1) when the `duckdb` extra is not installed."""
    try:
        import duckdb
    except ImportError:
        raise Galat("rekap_duckdb_tidak_ada") from None
    return duckdb.connect(":memory:")


def _dokumen(r: tuple) -> dict | None:
    """What the built-in reader's `baca_ringkas` makes of the file (of the balance sheet, what the
    rekap reads), from DuckDB's record; None when the fast path cannot vouch for that (the built-in
    reader then reads the file)."""
    _, kepala, per, aset, ekuitas, utuh, sampai = r
    if not utuh or kepala is None or sampai > _BLOK_AWAL:
        return None
    try:
        doc = orjson.loads(kepala + "}")
        neraca = {k: orjson.loads(v) for k, v in (("per", per), ("total_aset", aset), ("total_ekuitas", ekuitas))
                  if v is not None}
    except orjson.JSONDecodeError:
        return None
    return susun_ringkas(doc, _KUNCI, neraca or {"per": None})  # a sheet without them is still a sheet


def _dibaca_duckdb(p: Path) -> bool:
    """Whether DuckDB should read the file (else the built-in reader does)."""
    if p.suffix.lower() != ".json" or _POLA & set(str(p)):
        return False
    try:
        return p.stat().st_size <= BATAS_DUCKDB
    except OSError:
        return False  # the built-in reader names the reason


class Pembaca:
    """Export files read by DuckDB in batches, one batch per core at a time: each worker thread
    has its own connection (a cursor) and DuckDB works without Python's lock, while the calling
    thread checks and sums the rows of the batches already read; everything that renders a
    message stays in the calling thread."""

    def __init__(self, bulan: Bulan, pekerja: int = 1):
        import threading
        from concurrent.futures import ThreadPoolExecutor

        self.bulan = bulan
        self.pekerja = max(1, pekerja)
        self.ukuran = ukuran_kelompok(self.pekerja)
        self.con = sambung()
        self.con.execute(f"SET threads = {self.pekerja}")
        self.kueri = KUERI.format(kunci=_KUNCI, p=len(_PENANDA))
        self._kursor: list = []
        self._lokal = threading.local()
        self._kunci = threading.Lock()
        self.latar = ThreadPoolExecutor(self.pekerja)

    def _kursor_sendiri(self):
        k = getattr(self._lokal, "kursor", None)
        if k is None:
            with self._kunci:
                k = self._lokal.kursor = self.con.cursor()
                self._kursor.append(k)
        return k

    def tutup(self) -> None:
        with self._kunci:
            for k in self._kursor:
                try:
                    k.interrupt()  # a query still running (Ctrl-C, an error) stops now
                except Exception:  # noqa: BLE001 - closing anyway
                    pass
        self.latar.shutdown(wait=True, cancel_futures=True)
        for k in self._kursor:
            k.close()
        self.con.close()

    def rekaman(self, paths: list[Path]) -> dict[str, tuple]:
        """DuckDB's records of the batch's files, by file name (in a worker thread)."""
        berkas = [str(p) for p in paths if _dibaca_duckdb(p)]
        if not berkas:
            return {}
        import duckdb

        try:
            baris = self._kursor_sendiri().execute(self.kueri, {"berkas": berkas, "penanda": _PENANDA}).fetchall()
        except duckdb.Error:  # a file gone or unreadable meanwhile: the built-in reader says which
            return {}
        return {r[0]: r for r in baris}

    def _builtin(self, path: Path) -> dict:
        return next(iter(baca_ekspor(path, self.bulan)))

    def hasil(self, path: Path, rekaman: tuple | None) -> dict:
        """One export's result from its DuckDB record or, when there is none it can take, the built-in reader."""
        doc = _dokumen(rekaman) if rekaman else None
        return self._builtin(path) if doc is None else baris_dari_dokumen(doc, self.bulan, str(path))


class Kelompok:
    """A batch of export files: its query starts when it is full (`mulai`), or at the latest when
    the first of its results is wanted; each result is made when it is taken."""

    def __init__(self, pembaca: Pembaca):
        self.pembaca = pembaca
        self.paths: list[Path] = []
        self.kerja = None
        self.rekaman: dict[str, tuple] | None = None

    @property
    def penuh(self) -> bool:
        return self.kerja is not None or len(self.paths) >= self.pembaca.ukuran

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
