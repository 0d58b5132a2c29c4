"""The outputs of `koperasi rekap`: JSON, CSV, the terminal and the Dinas's workbook (summary,
subtotals per kecamatan, the list, the problems). Each reads the rows back from the rekap's
spool in order and writes them as it goes, so a rekap of many thousands stays small in memory.
The workbook is always in Indonesian; numbers are numbers (#.##0), text is never a formula."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import orjson

from koperasi_cli import i18n
from koperasi_cli.i18n import pilih
from koperasi_cli.reports.baris_koperasi import JUMLAH, pilih_teks
from koperasi_cli.reports.rekap.dasar import PREDIKAT
from koperasi_cli.reports.rekap.jumlah import Rekap

# Above this many cooperatives the workbook is national: one summary row per kabupaten/kota and
# per province, the detail per cooperative in a file beside it (docs/skala.md).
AMBANG_NASIONAL = 2000

# (key, Indonesian title, English title, kind): kind teks | uang | angka | persen | ya | catatan
KOLOM_DAFTAR = [
    ("kode_wilayah", "Kode wilayah", "Area code", "teks"),
    ("nama", "Nama koperasi", "Cooperative", "teks"),
    ("desa", "Desa/kelurahan", "Desa/kelurahan", "teks"),
    ("kecamatan", "Kecamatan", "District", "teks"),
    ("kabupaten", "Kabupaten/kota", "Regency/city", "teks"),
    ("provinsi", "Provinsi", "Province", "teks"),
    ("nik_koperasi", "NIK koperasi", "NIK koperasi", "teks"),
    ("anggota_l", "Anggota laki-laki", "Members (men)", "angka"),
    ("anggota_p", "Anggota perempuan", "Members (women)", "angka"),
    ("anggota", "Jumlah anggota", "Members", "angka"),
    ("anggota_masuk", "Anggota masuk bulan ini", "Joined this month", "angka"),
    ("anggota_keluar", "Anggota keluar bulan ini", "Left this month", "angka"),
    ("karyawan", "Karyawan", "Staff", "angka"),
    ("simpanan_pokok", "Simpanan pokok", "Simpanan pokok", "uang"),
    ("simpanan_wajib", "Simpanan wajib", "Simpanan wajib", "uang"),
    ("simpanan_sukarela", "Simpanan sukarela", "Simpanan sukarela", "uang"),
    ("pinjaman_beredar", "Pinjaman beredar", "Loans outstanding", "uang"),
    ("npl_bp", "NPL", "NPL", "persen"),
    ("penjualan_anggota", "Penjualan ke anggota (bulan ini)", "Sales to members (month)", "uang"),
    ("penjualan_non_anggota", "Penjualan ke non-anggota (bulan ini)", "Sales to non-members (month)", "uang"),
    ("shu_sd_bulan", "SHU s.d. bulan ini", "SHU year to date", "uang"),
    ("total_aset", "Total aset", "Total assets", "uang"),
    ("total_ekuitas", "Total ekuitas", "Total equity", "uang"),
    ("kesehatan", "Predikat kesehatan", "Health band", "teks"),
    ("skor_kesehatan", "Skor kesehatan", "Health score", "angka"),
    ("entri_bulan", "Jurnal bulan ini", "Entries this month", "angka"),
    ("entri_terakhir", "Jurnal terakhir", "Latest entry", "teks"),
    ("jangkar", "Jangkar buku", "Books' anchor", "teks"),
    ("bulan_tutup", "Bulan sudah ditutup", "Month closed", "ya"),
    ("periksa", "Lolos periksa", "Passes check", "ya"),
    ("dijumlahkan", "Dijumlahkan", "Summed", "ya"),
    ("sumber", "Sumber", "Source", "teks"),
    ("catatan", "Catatan", "Notes", "catatan"),
]
_JUDUL = {k: (i, e, j) for k, i, e, j in KOLOM_DAFTAR}
KOLOM_KECAMATAN = [
    ("kode_kecamatan", "Kode kecamatan", "District code", "teks"),
    ("kecamatan", "Kecamatan", "District", "teks"),
    ("kabupaten", "Kabupaten/kota", "Regency/city", "teks"),
    ("provinsi", "Provinsi", "Province", "teks"),
    ("koperasi", "Koperasi", "Cooperatives", "angka"),
    ("dijumlahkan", "Dijumlahkan", "Summed", "angka"),
    ("aktif", "Aktif bulan ini", "Active this month", "angka"),
    ("tutup_bulan", "Sudah tutup buku", "Month closed", "angka"),
    *[(k, *_JUDUL[k]) for k in JUMLAH],
    ("npl_bp", "NPL (tertimbang pinjaman)", "NPL (weighted by loans)", "persen"),
]
_ANGKA_WILAYAH = [k for k in KOLOM_KECAMATAN if k[0] not in ("kode_kecamatan", "kecamatan", "kabupaten", "provinsi")]
KOLOM_KABUPATEN = [("kode", "Kode kabupaten/kota", "Regency/city code", "teks"),
                   ("kabupaten", "Kabupaten/kota", "Regency/city", "teks"), ("provinsi", "Provinsi", "Province", "teks"),
                   *_ANGKA_WILAYAH]
KOLOM_PROVINSI = [("kode", "Kode provinsi", "Province code", "teks"), ("provinsi", "Provinsi", "Province", "teks"),
                  *_ANGKA_WILAYAH]
# The summary sheet's counts (key of `Rekap.ringkasan`, Indonesian, English).
BARIS_RINGKASAN = [
    ("koperasi", "Koperasi dalam rekap", "Cooperatives in the rekap"),
    ("dijumlahkan", "Dijumlahkan (lolos periksa)", "Summed (pass the check)"),
    ("aktif", "Aktif bulan ini (ada jurnal)", "Active this month (have entries)"),
    ("tutup_bulan", "Sudah tutup buku bulan ini", "Closed the month"),
    ("periksa_gagal", "Tidak lolos periksa", "Fail the check"),
    ("tidak_diperiksa", "Tidak diperiksa (ekspor format lama, --tanpa-periksa)", "Not checked (older export, --no-check)"),
    ("masalah", "Masalah (lihat lembar Masalah)", "Problems (see the list)"),
]
KOLOM_MASALAH = [
    ("no", "No", "No", "angka"),
    ("sumber", "Sumber", "Source", "teks"),
    ("nama", "Nama koperasi", "Cooperative", "teks"),
    ("kode_wilayah", "Kode wilayah", "Area code", "teks"),
    ("pesan", "Masalah", "Problem", "teks"),
]


def persen(bp: int | None) -> str:
    from koperasi_cli.core.uang import format_persen

    return format_persen(bp, bp=True, desimal=2)


def judul(kolom: tuple) -> str:
    return pilih(kolom[1], kolom[2])


def teks_catatan(kode: list[str]) -> str:
    return " ".join(i18n.t(f"rekap_catatan_{k}") for k in kode or [])


def ya(v) -> str:
    return "-" if v is None else (pilih("ya", "yes") if v else pilih("tidak", "no"))


def tampil_sel(nilai, jenis: str):
    """A value as a workbook cell holds it: percentages stay basis points (written as numbers)."""
    return nilai if jenis == "persen" else tampil(nilai, jenis)


def tampil(nilai, jenis: str):
    """A value as shown in a workbook cell or the terminal (numbers stay numbers here)."""
    if jenis == "persen":
        return persen(nilai) if nilai is not None else None
    if jenis == "ya":
        return ya(nilai)
    if jenis == "catatan":
        return teks_catatan(nilai) or None
    return nilai


def baris_json(b: dict) -> dict:
    """A row as the JSON output shows it: findings in the user's language, notes as codes."""
    return {**b, "periksa_rincian": [pilih_teks(x) for x in b.get("periksa_rincian") or []]}


def masalah_json(m: dict, no: int | None = None) -> dict:
    hasil = {"sumber": m["sumber"], "nama": m.get("nama"), "kode_wilayah": m.get("kode_wilayah"),
             "kode": m["kode"], "pesan": pilih_teks(m["pesan"])}
    return hasil if no is None else {"no": no, **hasil}


def kepala_data(rekap: Rekap, dibuat: str) -> dict:
    return {"bulan": str(rekap.bulan), "dibuat": dibuat, "ringkasan": rekap.ringkasan,
            "total": rekap.total_akhir(), "per_kecamatan": rekap.per_kecamatan()}


def sekarang() -> str:
    from koperasi_cli.lingkungan import aktif

    return aktif().sekarang().isoformat(timespec="seconds")


# ---- JSON and CSV (streamed) -------------------------------------------------------------------
def tulis_json(rekap: Rekap, out, dibuat: str | None = None) -> None:
    """{"bulan", "dibuat", "ringkasan", "total", "per_kecamatan", "koperasi": [rows], "masalah": [...]},
    one row a line."""
    kepala = {k: _kunci_predikat(v) for k, v in kepala_data(rekap, dibuat or sekarang()).items()}
    out.write(b"{\n")
    for k, v in kepala.items():
        out.write(b'  "%s": ' % k.encode() + orjson.dumps(v) + b",\n")
    out.write(b'  "koperasi": [')
    for i, b in enumerate(rekap.baris()):
        out.write((b"\n    " if i == 0 else b",\n    ") + orjson.dumps(baris_json(b)))
    out.write(b'\n  ],\n  "masalah": [')
    for i, m in enumerate(rekap.daftar_masalah()):
        out.write((b"\n    " if i == 0 else b",\n    ") + orjson.dumps(masalah_json(m)))
    out.write(b"\n  ]\n}\n")


def _kunci_predikat(v):
    """The health-band counts keyed by identifiers in JSON ("cukup_sehat", not "cukup sehat")."""
    from koperasi_cli.reports.model import kunci

    if isinstance(v, list):
        return [_kunci_predikat(x) for x in v]
    if isinstance(v, dict):
        return {k: ({kunci(p): n for p, n in x.items()} if k == "kesehatan" and isinstance(x, dict) else x)
                for k, x in v.items()}
    return v


def _aman(v):
    from koperasi_cli.reports.render import aman_teks

    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return aman_teks(v)


# The sections of the rekap as CSV: one plain CSV each (`-o` writes them all, `--bagian` one).
BAGIAN_CSV = ("koperasi", "per_kecamatan", "masalah")


def tulis_csv(rekap: Rekap, out, bagian: str = "koperasi") -> None:
    """One section as plain CSV (keys as the one header row, amounts as plain integers): the
    cooperatives, the subtotals per kecamatan with the total, or the problems."""
    teks = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    w = csv.writer(teks, lineterminator="\n")
    if bagian == "koperasi":
        kunci = [k for k, *_ in KOLOM_DAFTAR] + ["mulai", "jenis_sumber", "dibuat"]
        w.writerow(kunci)
        for b in rekap.baris():
            w.writerow([_aman(teks_catatan(b.get(k)) if k == "catatan" else b.get(k)) for k in kunci])
    elif bagian == "per_kecamatan":
        kunci = [k for k, *_ in KOLOM_KECAMATAN]
        w.writerow(kunci)
        for s in rekap.per_kecamatan():
            w.writerow([_aman(s.get(k)) for k in kunci])
        t = rekap.total_akhir()
        w.writerow([_aman("TOTAL" if k == "kode_kecamatan" else t.get(k)) for k in kunci])
    else:
        kunci = [k for k, *_ in KOLOM_MASALAH]
        w.writerow(kunci)
        for i, m in enumerate(rekap.daftar_masalah(), 1):
            m = masalah_json(m, i)
            w.writerow([_aman(m.get(k)) for k in kunci])
    teks.detach()


# ---- the workbook -------------------------------------------------------------------------------
def _lebar(kunci: str, jenis: str, teks_judul: str) -> int:
    tetap = {"nama": 42, "sumber": 40, "catatan": 50, "pesan": 90, "kecamatan": 20, "kabupaten": 18,
             "provinsi": 14, "desa": 20, "kode_wilayah": 15, "kesehatan": 22}
    if kunci in tetap:
        return tetap[kunci]
    return min(max(len(teks_judul) + 2, 16 if jenis == "uang" else 10), 30)


def _lembar(wb, nama: str, kolom: list[tuple], judul_lembar: str, sub: str):
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    from koperasi_cli.reports.xlsx import sel_teks

    ws = wb.create_sheet(nama)
    for i, k in enumerate(kolom):
        ws.column_dimensions[get_column_letter(i + 1)].width = _lebar(k[0], k[3], k[1])
    ws.freeze_panes = "A4"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    tebal = Font(bold=True)

    def sel(v, tebal_=False):
        c = sel_teks(ws, v)
        if tebal_:
            c.font = tebal
        return c

    ws.append([sel(judul_lembar, True)])
    ws.append([sel(sub)])
    bungkus = Alignment(wrap_text=True, vertical="top")
    kepala = []
    for k in kolom:
        c = sel(k[1], True)
        c.alignment = bungkus
        kepala.append(c)
    ws.append(kepala)
    return ws


def _sel_nilai(ws, v, jenis: str, tebal: bool = False):
    from openpyxl.styles import Font

    from koperasi_cli.reports.xlsx import FORMAT_RUPIAH, sel_teks

    if v is None:
        return None  # an empty cell
    c = sel_teks(ws, v)
    if jenis in ("uang", "angka") and isinstance(v, int) and not isinstance(v, bool):
        c.number_format = FORMAT_RUPIAH
    elif jenis == "persen" and isinstance(v, int) and not isinstance(v, bool):
        from decimal import Decimal

        from koperasi_cli.reports.xlsx import FORMAT_PERSEN

        c.value = Decimal(v) / 10_000  # a number with the percent format, never text
        c.number_format = FORMAT_PERSEN
    if tebal:
        c.font = Font(bold=True)
    return c


def tulis_xlsx(rekap: Rekap, path: Path, dibuat: str | None = None, rincian: str | None = None) -> None:
    """The Dinas's workbook: Ringkasan (counts and totals), Per Kecamatan (subtotals and the
    total), Daftar Koperasi (one row per cooperative, by area code), Masalah (every problem).
    With `rincian` (the national workbook, over `AMBANG_NASIONAL` cooperatives): Ringkasan, Per
    Provinsi, Per Kabupaten-Kota and Masalah; the cooperatives are in the file `rincian` names."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from koperasi_cli.reports.xlsx import sel_teks

    semula = i18n.bahasa()
    i18n.atur_bahasa("id")
    try:
        dibuat = dibuat or sekarang()
        bulan = f"Bulan {rekap.bulan.nama('id')} ({rekap.bulan})"
        sub = f"{bulan}; dibuat {dibuat[:16].replace('T', ' ')}"
        wb = Workbook(write_only=True)

        # Ringkasan
        ws = wb.create_sheet("Ringkasan")
        ws.column_dimensions["A"].width = 48
        ws.column_dimensions["B"].width = 22
        ws.page_setup.paperSize = "9"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True

        def sel(v, tebal=False, ukuran=None):
            c = sel_teks(ws, v)
            if tebal or ukuran:
                c.font = Font(bold=tebal, size=ukuran)
            return c

        ws.append([sel("REKAPITULASI KOPERASI DESA/KELURAHAN MERAH PUTIH", True, 14)])
        ws.append([sel(bulan, True)])
        ws.append([sel(f"Dibuat: {dibuat[:16].replace('T', ' ')}")])
        ws.append([])
        ws.append([sel("Jumlah koperasi", True), sel("Jumlah", True)])
        r = rekap.ringkasan
        for k, label, _ in BARIS_RINGKASAN:
            ws.append([sel(label), _sel_nilai(ws, r[k], "angka")])
        for p in PREDIKAT:
            ws.append([sel(f"Predikat kesehatan: {p}"), _sel_nilai(ws, r["kesehatan"][p], "angka")])
        ws.append([])
        ws.append([sel("Total koperasi yang dijumlahkan", True), sel("Jumlah", True)])
        t = rekap.total_akhir()
        for k in JUMLAH:
            ws.append([sel(_JUDUL[k][0]), _sel_nilai(ws, t[k], _JUDUL[k][2])])
        ws.append([sel("NPL (tertimbang pinjaman beredar)"), _sel_nilai(ws, t["npl_bp"], "persen")])
        ws.append([])
        ws.append([sel("Koperasi yang tidak lolos periksa atau berasal dari sumber bermasalah tidak dijumlahkan; "
                       "rinciannya di lembar Masalah.")])
        if rincian:
            from koperasi_cli.core.uang import format_angka

            ws.append([sel(f"Rincian per koperasi ({format_angka(r['koperasi'], bahasa='id')} baris) ada di berkas "
                           f"{rincian}; buku kerja ini berisi ringkasan per provinsi dan per kabupaten/kota.")])
            for lembar, kolom, tingkat, judul_lembar in (
                    ("Per Provinsi", KOLOM_PROVINSI, "provinsi", "Rekap per Provinsi"),
                    ("Per Kabupaten-Kota", KOLOM_KABUPATEN, "kabupaten", "Rekap per Kabupaten/Kota")):
                ws = _lembar(wb, lembar, kolom, judul_lembar, sub)
                for s_ in rekap.per_wilayah(tingkat):
                    ws.append([_sel_nilai(ws, tampil_sel(s_.get(k), j), j) for k, _, _, j in kolom])
                ws.append([_sel_nilai(ws, "TOTAL" if k == "kode" else None if k in ("kabupaten", "provinsi")
                                      else tampil_sel(t.get(k), j), j, True) for k, _, _, j in kolom])
            ws = _lembar(wb, "Masalah", KOLOM_MASALAH, "Masalah", sub)
            for i, m in enumerate(rekap.daftar_masalah(), 1):
                m = masalah_json(m, i)
                ws.append([_sel_nilai(ws, m.get(k), j) for k, _, _, j in KOLOM_MASALAH])
            tulis_berkas(path, wb.save)
            return

        # Per Kecamatan
        ws = _lembar(wb, "Per Kecamatan", KOLOM_KECAMATAN, "Rekap per Kecamatan", sub)
        for s in rekap.per_kecamatan():
            ws.append([_sel_nilai(ws, tampil_sel(s.get(k), j), j) for k, _, _, j in KOLOM_KECAMATAN])
        ws.append([_sel_nilai(ws, "TOTAL" if k == "kode_kecamatan" else tampil_sel(t.get(k), j), j, True)
                   for k, _, _, j in KOLOM_KECAMATAN])

        # Grafik: health bands, members and assets per kecamatan, with native charts
        lembar_grafik(wb, rekap, sub)

        # Daftar Koperasi
        ws = _lembar(wb, "Daftar Koperasi", KOLOM_DAFTAR, "Daftar Koperasi", sub)
        for b in rekap.baris():
            ws.append([_sel_nilai(ws, tampil_sel(b.get(k), j), j) for k, _, _, j in KOLOM_DAFTAR])

        # Masalah
        ws = _lembar(wb, "Masalah", KOLOM_MASALAH, "Masalah", sub)
        for i, m in enumerate(rekap.daftar_masalah(), 1):
            m = masalah_json(m, i)
            ws.append([_sel_nilai(ws, m.get(k), j) for k, _, _, j in KOLOM_MASALAH])
        tulis_berkas(path, wb.save)
    finally:
        i18n.atur_bahasa(semula)


def lembar_grafik(wb, rekap: Rekap, sub: str) -> None:
    """The "Grafik" sheet: one row per kecamatan (cooperatives per health band, members, total
    assets) and its charts: the health bands stacked per kecamatan, members, assets in millions."""
    from koperasi_cli.reports.model import Grafik, Kolom, Laporan, Tabel
    from koperasi_cli.reports.xlsx import tulis_lembar

    kolom = [Kolom("kecamatan", "Kecamatan")] + [Kolom(f"k_{i}", p.capitalize(), "angka") for i, p in enumerate(PREDIKAT)]
    kolom += [Kolom("anggota", "Anggota", "angka"), Kolom("total_aset", "Total aset", "uang")]
    baris = []
    for s in rekap.per_kecamatan():
        b = {"kecamatan": s.get("kecamatan") or s.get("kode_kecamatan") or "-", "anggota": s["anggota"],
             "total_aset": s["total_aset"]}
        b.update({f"k_{i}": s["kesehatan"][p] for i, p in enumerate(PREDIKAT)})
        baris.append(b)
    grafik = [
        Grafik("Koperasi per predikat kesehatan", "batang", "kecamatan", [f"k_{i}" for i in range(len(PREDIKAT))],
               "Koperasi", bertumpuk=True),
        Grafik("Anggota per kecamatan", "batang", "kecamatan", ["anggota"], "Orang"),
        Grafik("Total aset per kecamatan", "batang", "kecamatan", ["total_aset"], "Juta rupiah", juta=True),
    ]
    t = Tabel("Kesehatan, anggota dan aset per kecamatan", kolom, baris, None, "Grafik", grafik=grafik)
    tulis_lembar(wb, Laporan("Grafik per Kecamatan", sub, {}, [t], {}), t, {"Ringkasan", "Per Kecamatan"})


def tulis_berkas(path: Path, tulis) -> None:
    """Write a file through `tulis(target)` atomically and owner-only (`berkas.tulis_keluaran`)."""
    from koperasi_cli.ledger.berkas import tulis_keluaran

    tulis_keluaran(Path(path), tulis)


# ---- the terminal --------------------------------------------------------------------------------
def ke_terminal(rekap: Rekap, console=None) -> None:
    from rich.console import Console

    from koperasi_cli.reports.model import Kolom, Tabel
    from koperasi_cli.reports.render import LEBAR, _sel, cetak_tabel, tabel_rich, teks

    c = console or Console()

    def sel(v, jenis):
        return _sel(tampil(v, jenis), jenis)

    c.print(teks(f"{pilih('Rekapitulasi Koperasi', 'Rekap of the cooperatives')} - {rekap.bulan.nama(i18n.bahasa())}"), style="bold")
    r = rekap.ringkasan
    ring = [(pilih(i, e), str(r[k])) for k, i, e in BARIS_RINGKASAN]
    ring += [(pilih(f"Predikat kesehatan: {p}", f"Health band: {p}"), str(r["kesehatan"][p])) for p in PREDIKAT]
    c.print(tabel_rich(kolom=(("", "left"), ("", "left")), baris=ring, show_header=False, box=None))

    # Narrow columns for a terminal: savings and sales summed; the workbook has every column.
    def gabung(x: dict) -> dict:
        simpan = [x.get(k) for k in ("simpanan_pokok", "simpanan_wajib", "simpanan_sukarela")]
        jual = [x.get(k) for k in ("penjualan_anggota", "penjualan_non_anggota")]
        return {**x, "simpanan": None if None in simpan else sum(simpan), "penjualan": None if None in jual else sum(jual)}

    angka = [("anggota", "Anggota", "Members", "angka"), ("simpanan", "Simpanan", "Savings", "uang"),
             ("pinjaman_beredar", "Pinjaman", "Loans", "uang"), ("npl_bp", "NPL", "NPL", "persen"),
             ("penjualan", "Penjualan", "Sales", "uang"), ("shu_sd_bulan", "SHU s.d.", "SHU YTD", "uang"),
             ("total_aset", "Aset", "Assets", "uang")]
    kolom = [("kode_kecamatan", "Kode", "Code", "teks"), ("kecamatan", "Kecamatan", "District", "teks"),
             ("koperasi", "Kop.", "Coops", "angka"), *angka]
    t = gabung(rekap.total_akhir())
    # Through the reports' table layout: 80 columns by default (sales, SHU and assets, the codes,
    # the dates with --lebar), no figure ever cut.
    rinci = {"penjualan", "shu_sd_bulan", "total_aset", "kode_wilayah", "kode_kecamatan", "entri_terakhir", "bulan_tutup"}

    def tabel(judul_t, kolom, baris, total=None):
        ks = [Kolom(k[0], judul(k), "angka" if k[3] in ("uang", "angka", "persen") else "teks", rinci=k[0] in rinci)
              for k in kolom]
        return Tabel(judul_t, ks, [{k[0]: sel(b.get(k[0]), k[3]) for k in kolom} for b in baris],
                     None if total is None else {k[0]: sel(total.get(k[0]), k[3]) for k in kolom})

    cetak_tabel(c, tabel(pilih("Per kecamatan", "Per district"), kolom, list(map(gabung, rekap.per_kecamatan())),
                         {**t, "kode_kecamatan" if LEBAR.get() else "kecamatan": "Total"}))
    kolom = [("kode_wilayah", "Kode", "Code", "teks"), ("desa", "Desa/kel.", "Desa/kel.", "teks"), *angka,
             ("kesehatan", "Predikat", "Band", "teks"), ("entri_terakhir", "Terakhir", "Latest", "teks"),
             ("bulan_tutup", "Tutup", "Closed", "ya"), ("periksa", "Periksa", "Check", "ya")]
    cetak_tabel(c, tabel(pilih("Koperasi", "Cooperatives"), kolom, list(map(gabung, rekap.baris()))))
    if rekap.jumlah_masalah:
        c.print(teks(pilih("Masalah", "Problems")), style="bold")
        for i, m in enumerate(rekap.daftar_masalah(), 1):
            c.print(f"{i}. {pilih_teks(m['pesan'])}", markup=False, highlight=False)
