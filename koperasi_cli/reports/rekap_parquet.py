"""`koperasi rekap -o FILE.parquet`: the cooperatives' rows as a Parquet table for the ministry's
own tools, with the problems beside it (`<stem>-masalah.parquet`). Written by DuckDB when it is
installed, else by pyarrow; refused with the reason when neither is (nothing written).

The columns are the keys of a row in the JSON output, typed: amounts and counts BIGINT (integer
rupiah, ratios in basis points), flags BOOLEAN, notes and check findings lists of text (notes as
codes, findings in the user's language), the rest text. Both files are written atomically.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import orjson

from koperasi_cli.core.galat import Galat
from koperasi_cli.reports.baris_koperasi import JUMLAH, KUNCI_BARIS
from koperasi_cli.reports.rekap.dasar import KUNCI_SUMBER
from koperasi_cli.reports.rekap.jumlah import Rekap
from koperasi_cli.reports.rekap_tulis import baris_json, masalah_json, tulis_berkas

_ANGKA = set(JUMLAH) | {"npl_bp", "skor_kesehatan", "periksa_temuan", "no"}
_YA = {"bulan_tutup", "periksa", "dijumlahkan"}
_DAFTAR = {"catatan", "periksa_rincian"}
KOLOM_BARIS = [*KUNCI_BARIS, *KUNCI_SUMBER]
KOLOM_MASALAH = ["no", "sumber", "nama", "kode_wilayah", "kode", "pesan"]


def _jenis(k: str) -> str:
    return "BIGINT" if k in _ANGKA else "BOOLEAN" if k in _YA else "VARCHAR[]" if k in _DAFTAR else "VARCHAR"


def penulis() -> str:
    """'duckdb' or 'pyarrow', whichever is installed (DuckDB first); the refusal when neither."""
    for nama in ("duckdb", "pyarrow"):
        try:
            __import__(nama)
        except ImportError:
            continue
        return nama
    raise Galat("rekap_parquet_perlu")


def path_masalah(path: Path) -> Path:
    return path.with_name(f"{path.stem}-masalah.parquet")


def _tulis_duckdb(baris, kolom: list[str], tujuan: Path, sementara: Path) -> None:
    import duckdb

    ndjson = sementara / "baris.ndjson"
    with open(ndjson, "wb") as f:
        for b in baris:
            f.write(orjson.dumps(b) + b"\n")
    jenis = ", ".join(f"{k}: '{_jenis(k)}'" for k in kolom)
    daftar = ", ".join(f'"{k}"' for k in kolom)
    con = duckdb.connect(":memory:")
    try:
        con.execute(f"COPY (SELECT {daftar} FROM read_json($f, format = 'newline_delimited', columns = {{{jenis}}})) "
                    f"TO $t (FORMAT parquet, COMPRESSION zstd)", {"f": str(ndjson), "t": str(tujuan)})
    finally:
        con.close()


def _tulis_pyarrow(baris, kolom: list[str], tujuan: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    tipe = {"BIGINT": pa.int64(), "BOOLEAN": pa.bool_(), "VARCHAR[]": pa.list_(pa.string()), "VARCHAR": pa.string()}
    skema = pa.schema([(k, tipe[_jenis(k)]) for k in kolom])
    with pq.ParquetWriter(str(tujuan), skema, compression="zstd") as w:
        kumpulan: list[dict] = []
        for b in baris:
            kumpulan.append(b)
            if len(kumpulan) >= 10_000:
                w.write_table(pa.Table.from_pylist(kumpulan, skema))
                kumpulan = []
        w.write_table(pa.Table.from_pylist(kumpulan, skema))


def _satu(baris, kolom: list[str], path: Path, oleh: str) -> None:
    with tempfile.TemporaryDirectory(prefix="rekap-parquet-") as d:
        tujuan = Path(d) / "hasil.parquet"
        if oleh == "duckdb":
            _tulis_duckdb(baris, kolom, tujuan, Path(d))
        else:
            _tulis_pyarrow(baris, kolom, tujuan)
        with open(tujuan, "rb") as f:
            tulis_berkas(path, lambda keluar: shutil.copyfileobj(f, keluar, 1 << 20))


def tulis_koperasi(rekap: Rekap, path: Path, oleh: str | None = None) -> None:
    """The cooperatives' rows only (the detail beside a national workbook)."""
    oleh = oleh or penulis()
    baris = ({k: b.get(k) for k in KOLOM_BARIS} for b in map(baris_json, rekap.baris()))
    _satu(baris, KOLOM_BARIS, Path(path), oleh)


def tulis_parquet(rekap: Rekap, path: Path) -> list[Path]:
    """The rows to `path` and the problems to `<stem>-masalah.parquet`; returns both paths."""
    oleh = penulis()
    path = Path(path)
    tulis_koperasi(rekap, path, oleh)
    masalah = (masalah_json(m, i) for i, m in enumerate(rekap.daftar_masalah(), 1))
    _satu(masalah, KOLOM_MASALAH, path_masalah(path), oleh)
    return [path, path_masalah(path)]
