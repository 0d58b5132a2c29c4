"""Reading import files: CSV (UTF-8 with or without BOM, comma or semicolon) and XLSX.

A file becomes a header (canonical column names) and rows `(row number, {column: value})`,
the row number as a spreadsheet shows it (the header is row 1). Header names are matched
without regard to case, spaces or punctuation, and through a list of common synonyms.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from koperasi_cli.core.galat import PEMAKAIAN, Galat


def kunci_kolom(teks) -> str:
    """`No. Anggota` -> `noanggota`: the form headers are compared in."""
    return re.sub(r"[^a-z0-9]+", "", str(teks or "").lower())


def petakan_header(header: list, kolom: dict[str, tuple[str, ...]]) -> tuple[dict[int, str], list[str]]:
    """Map header positions to canonical names; returns (position -> name, unknown headers)."""
    sinonim = {}
    for nama, lain in kolom.items():
        for s in (nama, *lain):
            sinonim[kunci_kolom(s)] = nama
    peta: dict[int, str] = {}
    asing = []
    for i, h in enumerate(header):
        k = kunci_kolom(h)
        if not k:
            continue
        if k in sinonim and sinonim[k] not in peta.values():
            peta[i] = sinonim[k]
        else:
            asing.append(str(h))
    return peta, asing


def _sel_csv(s: str):
    s = s.strip()
    return s if s else None


def baca_csv(path: Path) -> tuple[list, Iterator[tuple[int, list]]]:
    isi = path.read_bytes()
    try:
        teks = isi.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Galat("impor_bukan_utf8", berkas=path.name) from None
    baris_pertama = teks.split("\n", 1)[0]
    pemisah = ";" if baris_pertama.count(";") > baris_pertama.count(",") else ","
    pembaca = csv.reader(io.StringIO(teks, newline=""), delimiter=pemisah)
    try:
        header = next(pembaca)
    except StopIteration:
        raise Galat("impor_kosong", berkas=path.name) from None

    def baris():
        for i, r in enumerate(pembaca, start=2):
            yield i, [x.strip() or None for x in r]  # = _sel_csv per cell, inline (every cell of every row)

    return header, baris()


def _sel_xlsx(v):
    if isinstance(v, datetime):
        return v.date() if (v.hour, v.minute, v.second) == (0, 0, 0) else v
    if isinstance(v, str):
        v = v.strip()
        return v or None
    return v


def baca_xlsx(path: Path, sheet: str | None = None) -> tuple[list, Iterator[tuple[int, list]]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl raises several kinds for a file that is not a workbook
        raise Galat("impor_xlsx_rusak", berkas=path.name) from None
    if sheet:
        if sheet not in wb.sheetnames:
            raise Galat("impor_sheet_tidak_ada", sheet=sheet, ada=", ".join(wb.sheetnames), keluar=PEMAKAIAN)
        ws = wb[sheet]
    else:
        ws = wb.worksheets[0]
    it = ws.iter_rows(values_only=True)
    try:
        header = list(next(it))
    except StopIteration:
        raise Galat("impor_kosong", berkas=path.name) from None

    def baris():
        for i, r in enumerate(it, start=2):
            yield i, [_sel_xlsx(x) for x in r]
        wb.close()

    return header, baris()


def baca(path: Path, kolom: dict[str, tuple[str, ...]], wajib: tuple[str, ...], sheet: str | None = None
         ) -> Iterator[tuple[int, dict]]:
    """Rows of a CSV or XLSX file as (row number, {canonical column: value}); blank rows skipped.
    Refuses a file without the required columns (naming them)."""
    path = Path(path)
    if not path.is_file():
        raise Galat("impor_berkas_tidak_ada", berkas=str(path), keluar=PEMAKAIAN)
    akhir = path.suffix.lower()
    if akhir == ".csv":
        header, baris = baca_csv(path)
    elif akhir in (".xlsx", ".xlsm"):
        header, baris = baca_xlsx(path, sheet)
    else:
        raise Galat("impor_format_berkas", berkas=path.name, keluar=PEMAKAIAN)
    peta, _ = petakan_header(header, kolom)
    kurang = [k for k in wajib if k not in peta.values()]
    if kurang:
        raise Galat("impor_kolom_kurang", kolom=", ".join(kurang), ada=", ".join(str(h) for h in header if h))
    pasangan = list(peta.items())
    lebar = max(peta, default=-1) + 1  # a row at least this long has every mapped cell
    for i, r in baris:
        if len(r) >= lebar:
            d = {nama: r[p] for p, nama in pasangan}
        else:
            d = {nama: (r[p] if p < len(r) else None) for p, nama in pasangan}
        for v in d.values():
            if v is not None:
                yield i, d
                break
        # else: a blank row, skipped


# ---- cell values ------------------------------------------------------------------------------
def nilai_jumlah(v, *, boleh_nol: bool = False) -> int:
    from koperasi_cli.core.uang import parse_jumlah

    if isinstance(v, float):
        if not v.is_integer():
            raise Galat("jumlah_tidak_sah", nilai=str(v))
        v = int(v)
    return parse_jumlah(v if isinstance(v, int) else str(v), boleh_nol=boleh_nol)


def nilai_tanggal(v, hari_ini: date) -> date:
    from koperasi_cli.core.tanggal import parse_tanggal

    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        raise Galat("tanggal_tidak_sah", nilai=str(v))
    return parse_tanggal(str(v), hari_ini)


def nilai_teks(v) -> str:
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    return " ".join(str(v).split())


def nilai_bulat(v) -> int:
    """A whole number (a quantity, a tenor)."""
    if isinstance(v, bool):
        raise Galat("impor_bukan_bilangan", nilai=str(v))
    if isinstance(v, float):
        if not v.is_integer():
            raise Galat("impor_bukan_bilangan", nilai=str(v))
        return int(v)
    if isinstance(v, int):
        return v
    s = str(v).strip().replace(".", "").replace("_", "")
    if not re.fullmatch(r"-?\d+", s):
        raise Galat("impor_bukan_bilangan", nilai=str(v))
    return int(s)
