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


# The largest sheet an import reads: columns (the widest template has 10) and rows (Excel's own
# limit is 16,384 x 1,048,576; a cell out there is a damaged or a hostile file, refused at once).
MAKS_KOLOM = 200
MAKS_BARIS = 1_000_000


def _galat_csv(e: csv.Error, berkas: str, baris: int) -> Galat:
    if "field larger than field limit" in str(e):  # the csv module's limit: 131,072 characters
        return Galat("impor_sel_terlalu_besar", berkas=berkas, baris=baris)
    return Galat("impor_csv_rusak", berkas=berkas, baris=baris, sebab=str(e)[:80])


def baca_csv(path: Path) -> tuple[list, Iterator[tuple[int, list]]]:
    """A CSV file's header and rows. No column of an import holds a line break, so a quoted
    field that spans lines is a stray quote (it would swallow the rows after it): the file is
    refused naming the row where the quote opens (a row's number = its line's, as the reader
    stays in step with the lines until then)."""
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
    except csv.Error as e:
        raise _galat_csv(e, path.name, 1) from None
    if pembaca.line_num != 1:
        raise Galat("impor_csv_kutip", berkas=path.name, baris=1)

    def baris():
        i = 1
        try:
            for i, r in enumerate(pembaca, start=2):
                if pembaca.line_num != i:  # this row took more than one line: a quote left open
                    raise Galat("impor_csv_kutip", berkas=path.name, baris=i)
                yield i, [x.strip() or None for x in r]  # = _sel_csv per cell, inline (every cell of every row)
        except csv.Error as e:
            raise _galat_csv(e, path.name, i + 1) from None

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
    it = _baris_xlsx(ws, path.name)
    try:
        pertama = next(it)
    except StopIteration:
        raise Galat("impor_kosong", berkas=path.name) from None
    header = pertama[1] if pertama[0] == 1 else []

    def baris():
        if pertama[0] != 1:
            yield pertama
        yield from it
        wb.close()

    return header, baris()


def cek_ukuran_sheet(ws, berkas: str) -> None:
    """Refuse a sheet whose declared size reaches past MAKS_KOLOM x MAKS_BARIS (for readers that
    go through openpyxl's `iter_rows`, which fills every declared row and column)."""
    from openpyxl.utils import get_column_letter

    kolom, baris = ws.max_column or 0, ws.max_row or 0
    if kolom > MAKS_KOLOM or baris > MAKS_BARIS:
        raise Galat("impor_xlsx_terlalu_luas", berkas=berkas, sel=f"{get_column_letter(max(kolom, 1))}{max(baris, 1)}",
                    kolom=MAKS_KOLOM, baris=MAKS_BARIS)


def _baris_xlsx(ws, berkas: str) -> Iterator[tuple[int, list]]:
    """The sheet's rows that hold a value, as (row number, cells), streamed from its XML.

    openpyxl's read-only `iter_rows` trusts the sheet's declared size and fills every row and
    column up to it: one cell at XFD1048576 made it yield a million rows of 16,384 empty cells
    (minutes), and a size declared too small cut rows off silently. Here only the rows in the
    file are read; a value beyond MAKS_KOLOM x MAKS_BARIS is refused at once, damaged XML is
    refused with its own message."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet._reader import WorkSheetParser

    wb = ws.parent
    try:
        with ws._get_source() as src:
            parser = WorkSheetParser(src, ws._shared_strings, data_only=wb.data_only, epoch=wb.epoch,
                                     date_formats=wb._date_formats, timedelta_formats=wb._timedelta_formats)
            for idx, sel in parser.parse():
                isi = [c for c in sel if c["value"] is not None]
                if not isi:
                    continue
                lebar = max(c["column"] for c in isi)
                if idx > MAKS_BARIS or lebar > MAKS_KOLOM:
                    jauh = max(isi, key=lambda c: c["column"])
                    raise Galat("impor_xlsx_terlalu_luas", berkas=berkas, sel=f"{get_column_letter(jauh['column'])}{idx}",
                                kolom=MAKS_KOLOM, baris=MAKS_BARIS)
                r: list = [None] * lebar
                for c in isi:
                    r[c["column"] - 1] = _sel_xlsx(c["value"])
                yield idx, r
    except Galat:
        raise
    except Exception:  # damaged XML inside the sheet (lxml and ElementTree raise their own kinds)
        raise Galat("impor_xlsx_sheet_rusak", berkas=berkas) from None


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
    from koperasi_cli.core.tanggal import cek_jangkauan, parse_tanggal

    if isinstance(v, datetime):
        return cek_jangkauan(v.date())
    if isinstance(v, date):
        return cek_jangkauan(v)
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        raise Galat("tanggal_tidak_sah", nilai=str(v))
    return parse_tanggal(str(v), hari_ini)


def nilai_teks(v) -> str:
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    return " ".join(str(v).split())


def nilai_bulat(v, *, kode: str = "qty_tidak_sah", minimum: int = 1) -> int:
    """A whole number (a quantity, a tenor): a number cell as it is, a text cell through the
    command line's parser (`core.masukan.parse_bulat`): `1.5` and `1.000` are refused, never
    read as 15 or 1000."""
    from koperasi_cli.core.masukan import parse_bulat

    if isinstance(v, float):
        if not v.is_integer():
            raise Galat(kode, nilai=str(v))
        v = int(v)
    return parse_bulat(v if isinstance(v, int) and not isinstance(v, bool) else str(v), kode=kode, minimum=minimum)
