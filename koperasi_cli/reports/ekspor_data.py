"""Exports for other tools and for the Dinas: the journal and the reports of a period as
xlsx, CSV or JSON. The JSON carries a format version and the figures `koperasi rekap` needs,
so a Dinas can work from exports alone."""

from __future__ import annotations

import csv
import io

from pathlib import Path

import orjson

from koperasi_cli import __version__
from koperasi_cli.core.tanggal import Bulan, Periode
from koperasi_cli.reports.baris_koperasi import FORMAT_EKSPOR, FORMAT_EKSPOR_MINIMAL, baris_rekap
from koperasi_cli.reports.model import Kolom, Laporan, Tabel, identitas_dari, kunci_bagian, label_periode
from koperasi_cli.reports.render import aman_teks

KOLOM_JURNAL = ["id", "tanggal", "bukti", "jenis", "unit", "ket", "akun", "nama_akun", "debit", "kredit",
                "anggota", "pinjaman", "barang", "qty", "membatalkan"]


def baris_jurnal(buku, periode: Periode):
    """One row per posting, in date order."""
    for r in buku.entri(periode.awal, periode.akhir):
        for b in r["baris"]:
            yield {
                "id": r["id"], "tanggal": r["tanggal"], "bukti": r.get("bukti"), "jenis": r.get("jenis"),
                "unit": b.get("unit") or r.get("unit"), "ket": r.get("ket"), "akun": b["akun"],
                "nama_akun": buku.bagan[b["akun"]].nama if b["akun"] in buku.bagan else None,
                "debit": b.get("debit", 0), "kredit": b.get("kredit", 0), "anggota": b.get("anggota"),
                "pinjaman": b.get("pinjaman"), "barang": b.get("barang"), "qty": b.get("qty"),
                "membatalkan": r.get("membatalkan"),
            }


def laporan_periode(buku, periode: Periode, **opsi) -> list[Laporan]:
    """A month: every section of the monthly report. A year: the annual statements."""
    bulanan = periode.awal.day == 1 and periode.awal.month == periode.akhir.month and periode.awal.year == periode.akhir.year
    if bulanan:
        from koperasi_cli.reports.bulanan import laporan_bulanan

        return laporan_bulanan(buku, Bulan.dari_tanggal(periode.awal), **opsi)
    from koperasi_cli.reports import keuangan
    from koperasi_cli.reports.kesehatan import kesehatan
    from koperasi_cli.reports.neraca_saldo import neraca_saldo

    return [keuangan.neraca(buku, periode.akhir), keuangan.phu(buku, periode), keuangan.arus_kas(buku, periode),
            keuangan.ekuitas(buku, periode), kesehatan(buku, periode), neraca_saldo(buku, periode.akhir)]


def tulis_xlsx(buku, periode: Periode, path: Path, *, dengan_jurnal: bool = False, **opsi) -> None:
    """The regulator's workbook for a period; with `dengan_jurnal`, the period's journal as its
    last sheet (a year of a busy outlet is hundreds of thousands of rows: asked for, not by default)."""
    from koperasi_cli.reports.xlsx import tulis_buku_kerja

    def jurnal():
        kolom = [Kolom(k, k.replace("_", " ").capitalize(), "uang" if k in ("debit", "kredit") else "teks") for k in KOLOM_JURNAL]
        yield Laporan("Jurnal", periode.label, identitas_dari(buku.profil),
                      [Tabel("Jurnal", kolom, list(baris_jurnal(buku, periode)), None, "Jurnal")], {})

    tulis_buku_kerja(buku, "Laporan Keuangan Koperasi", label_periode(periode, "id"), lambda: laporan_periode(buku, periode, **opsi),
                     path, jurnal if dengan_jurnal else None)


def tulis_csv(buku, periode: Periode, path: Path, **opsi) -> list[Path]:
    """The journal of the period to `path`; each report beside it as `<stem>-<sheet>.csv`."""
    from koperasi_cli.ledger.berkas import tulis_keluaran
    from koperasi_cli.reports.render import bagian_tabel, tabel_csv

    buf = io.StringIO()
    w = csv.DictWriter(buf, KOLOM_JURNAL, lineterminator="\n")
    w.writeheader()
    for b in baris_jurnal(buku, periode):
        w.writerow({k: aman_teks(v) for k, v in b.items()})
    tulis_keluaran(path, buf.getvalue().encode("utf-8"))
    ditulis = [path]
    for lap in laporan_periode(buku, periode, **opsi):
        for nama, t in bagian_tabel(lap):  # one plain CSV per table (a header row, the rows)
            p = path.with_name(f"{path.stem}-{nama.replace('_', '-')}.csv")
            tulis_keluaran(p, tabel_csv(t).encode("utf-8"))
            ditulis.append(p)
    return ditulis


def data_json(buku, periode: Periode, *, dengan_jurnal: bool = True, **opsi) -> dict:
    """Everything a Dinas needs of one cooperative for a period, with a format version: the
    statements, the journal (last: a reader that needs only the figures stops before it), and
    the "rekap" block, the cooperative's row in `koperasi rekap` for the period's last month
    (with the result of `periksa`)."""
    bagian = laporan_periode(buku, periode, **opsi)
    tutup = sorted(buku.bulan_tutup)
    terakhir = None
    if buku.jumlah_entri:
        terakhir = max((b for b in buku.bulan_ada()), default=None)
        if terakhir is not None:
            terakhir = max(r["tanggal"] for r in buku.shard(terakhir)["entri"].values())
    data = {
        "format": "koperasi-ekspor",
        "versi_format": FORMAT_EKSPOR,
        "versi_format_minimal": FORMAT_EKSPOR_MINIMAL,
        "versi_koperasi": __version__,
        "dibuat": buku.sekarang(),
        "identitas": identitas_dari(buku.profil),
        "periode": {"label": periode.label, "awal": periode.awal.isoformat(), "akhir": periode.akhir.isoformat()},
        "bulan_tutup": tutup,
        "entri_terakhir": terakhir,
        "jumlah_entri": buku.jumlah_entri,
        "jangkar": buku.jangkar(),
        "jangkar_bulan": buku.jangkar_bulan(b for b in tutup if periode.awal.isoformat()[:7] <= b <= periode.akhir.isoformat()[:7]),
        "rekap": baris_rekap(buku, Bulan.dari_tanggal(periode.akhir)),
        "laporan": {kunci_bagian(lap): lap.data for lap in bagian},
    }
    if dengan_jurnal:
        data["jurnal"] = [
            {k: r[k] for k in ("id", "tanggal", "jenis", "unit", "ket", "bukti", "membatalkan", "baris")}
            for r in buku.entri(periode.awal, periode.akhir)
        ]
    return data


def tulis_json(buku, periode: Periode, path: Path, **opsi) -> None:
    """One line of JSON: the file is a JSON document and a one-record JSON Lines file at once, so
    exports can be joined with `cat` and read by engines that skip a damaged record (DuckDB)."""
    from koperasi_cli.ledger.berkas import tulis_keluaran

    tulis_keluaran(path, orjson.dumps(data_json(buku, periode, **opsi)) + b"\n")


