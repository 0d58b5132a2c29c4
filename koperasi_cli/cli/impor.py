"""`koperasi impor anggota|simpanan|angsuran|penjualan|saldo-awal FILE` and `impor template`."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import typer

from koperasi_cli.cli.umum import buka_buku, cetak_json, format_keluaran, grup, opsi_coba, opsi_format, perintah, pesan
from koperasi_cli.cli.umum import opsi_ya
from koperasi_cli.i18n import pilih
from koperasi_cli.lingkungan import aktif

_JENIS = {
    "anggota": ("member", "Impor anggota (satu baris satu anggota; simpanan pokok dicatat kecuali --tanpa-pokok).",
                "Import members (one row per member; simpanan pokok recorded unless --tanpa-pokok)."),
    "simpanan": ("savings", "Impor setoran simpanan (no anggota, jenis, jumlah, tanggal).",
                 "Import savings deposits (member no, kind, amount, date)."),
    "angsuran": ("repayment", "Impor angsuran pinjaman (id pinjaman, jumlah, tanggal).",
                 "Import loan repayments (loan id, amount, date)."),
    "penjualan": ("sales", "Impor penjualan gerai (tanggal, kode barang, qty; nota yang sama = satu struk).",
                  "Import outlet sales (date, item code, qty; the same nota = one receipt)."),
}


@contextmanager
def kemajuan(label: str):
    """A progress counter on a terminal (stderr is a TTY); nothing when piped."""
    if not aktif().tty("stderr"):
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}", markup=False), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=Console(stderr=True), transient=True) as p:
        tugas = p.add_task(label, total=None)
        yield lambda n: p.advance(tugas, n)


def laporkan_galat(e, laporan_galat: str | None) -> None:
    """Every bad row on stderr, and as a CSV with --laporan-galat; then the refusal."""
    from koperasi_cli.cli.main import render_galat
    from koperasi_cli.core.galat import Galat
    from koperasi_cli.importers.impor import baris_galat

    baris = baris_galat(e.rincian, render_galat)
    for b in baris:
        nilai = f" '{b['nilai']}'" if b["nilai"] else ""
        typer.echo(pilih(f"  baris {b['baris']}, kolom {b['kolom']}{nilai}: {b['alasan']}",
                         f"  row {b['baris']}, column {b['kolom']}{nilai}: {b['alasan']}"), err=True)
    if laporan_galat:
        import csv
        import io

        from koperasi_cli.ledger.berkas import tulis_keluaran

        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=["baris", "kolom", "nilai", "alasan"], delimiter=";")
        w.writeheader()
        w.writerows(baris)
        tulis_keluaran(Path(laporan_galat), buf.getvalue().encode("utf-8-sig"))
        pesan(render_galat(Galat("impor_galat_csv", berkas=laporan_galat)))
    raise Galat(e.kode, **e.param)


def _ringkas(h: dict, baru: list[dict], fmt: str) -> None:
    from koperasi_cli.cli.kas import laporkan_entri

    if fmt == "json":
        cetak_json(h)
        return
    if h["coba"]:
        for r in baru[:20]:
            laporkan_entri(r, True)
        if len(baru) > 20:
            typer.echo(pilih(f"... dan {len(baru) - 20} entri lagi.", f"... and {len(baru) - 20} more entries."))
    awal = pilih("Akan diimpor" if h["coba"] else "Diimpor", "Would import" if h["coba"] else "Imported")
    typer.echo(pilih(f"{awal}: {h['diimpor']} dari {h['baris']} baris ({h['entri']} entri jurnal).",
                     f"{awal}: {h['diimpor']} of {h['baris']} rows ({h['entri']} journal entries)."))
    if h["dilewati"]:
        typer.echo(pilih(f"Dilewati: {h['dilewati']} baris yang sudah pernah diimpor (isi baris sama persis dengan impor sebelumnya).",
                         f"Skipped: {h['dilewati']} rows already imported (the same row content as an earlier import)."))


def _opsi_galat():
    return typer.Option(None, "--laporan-galat", metavar="FILE.csv", help=pilih(
        "Tulis daftar baris yang bermasalah ke CSV ini.", "Write the list of bad rows to this CSV."))


def _opsi_sheet():
    return typer.Option(None, "--sheet", help=pilih("Nama sheet xlsx (bawaan: sheet pertama).", "xlsx sheet name (default: the first sheet)."))


def _perintah_jenis(impor: typer.Typer, jenis: str) -> None:
    alias, b_id, b_en = _JENIS[jenis]

    @perintah(impor, jenis, alias, pilih(b_id, b_en))
    def _jalan(
        ctx: typer.Context,
        berkas: str = typer.Argument(..., metavar="FILE", help=pilih("Berkas .csv atau .xlsx.", "A .csv or .xlsx file.")),
        sheet: str = _opsi_sheet(),
        laporan_galat: str = _opsi_galat(),
        tanpa_pokok: bool = typer.Option(False, "--tanpa-pokok", help=pilih(
            "Anggota: jangan catat simpanan pokok (mis. diimpor terpisah sebagai simpanan).",
            "Members: do not record the simpanan pokok (e.g. imported separately as savings).")),
        coba: bool = opsi_coba(), ya: bool = opsi_ya(),
        fmt: str = opsi_format(),
    ) -> None:
        from koperasi_cli.importers.impor import GalatImpor
        from koperasi_cli.importers.impor import impor as jalankan

        fmt = format_keluaran(fmt, None, ("table", "json"))
        try:
            with buka_buku(ctx, coba=coba, ya=ya) as buku, kemajuan(pilih("Membaca", "Reading")) as maju:
                h = jalankan(buku, jenis, Path(berkas), sheet=sheet, tanpa_pokok=tanpa_pokok, maju=maju)
                baru = list(buku.baru)
        except GalatImpor as e:
            laporkan_galat(e, laporan_galat)
        _ringkas(h, baru, fmt)


def daftarkan(app: typer.Typer) -> None:
    impor = grup(app, "impor", "import", pilih("Impor berkas CSV/XLSX: anggota, simpanan, angsuran, penjualan, saldo awal.",
                                               "Import CSV/XLSX files: members, savings, repayments, sales, opening balances."))
    for jenis in _JENIS:
        _perintah_jenis(impor, jenis)

    @perintah(impor, "saldo-awal", "opening", pilih(
        "Impor saldo awal (akun, simpanan per anggota, pinjaman berjalan, stok) ke buku yang masih kosong.",
        "Import opening balances (accounts, members' savings, outstanding loans, stock) into empty books."))
    def saldo_awal(
        ctx: typer.Context,
        berkas: str = typer.Argument(..., metavar="FILE", help=pilih(
            "Buku kerja .xlsx dengan sheet akun, simpanan, pinjaman, stok (lihat 'koperasi impor template saldo-awal').",
            "An .xlsx workbook with sheets akun, simpanan, pinjaman, stok (see 'koperasi impor template saldo-awal').")),
        tgl: str = typer.Option(None, "--tanggal", help=pilih(
            "Tanggal saldo awal (bawaan: hari pertama buku).", "Date of the opening balances (default: the books' first day).")),
        laporan_galat: str = _opsi_galat(),
        coba: bool = opsi_coba(), ya: bool = opsi_ya(),
        fmt: str = opsi_format(),
    ) -> None:
        from koperasi_cli.cli.umum import tanggal_catat
        from koperasi_cli.importers.impor import GalatImpor
        from koperasi_cli.importers.saldo_awal import impor_saldo_awal

        fmt = format_keluaran(fmt, None, ("table", "json"))
        try:
            with buka_buku(ctx, coba=coba, ya=ya) as buku:
                h = impor_saldo_awal(buku, Path(berkas), tanggal=tanggal_catat(buku, tgl) if tgl else None)
                baru = list(buku.baru)
        except GalatImpor as e:
            laporkan_galat(e, laporan_galat)
        _ringkas(h, baru, fmt)
        if fmt != "json" and h.get("pinjaman"):
            typer.echo(pilih(f"Pinjaman berjalan: {h['pinjaman']} (lihat 'koperasi pinjaman daftar').",
                             f"Outstanding loans: {h['pinjaman']} (see 'koperasi pinjaman daftar')."))

    @perintah(impor, "template", "template", pilih(
        "Tulis templat berkas impor (csv, atau xlsx dengan sheet catatan) dengan satu baris contoh.",
        "Write an import template (csv, or xlsx with a notes sheet) with one example row."))
    def template(
        jenis: str = typer.Argument(..., metavar="JENIS", help="anggota | simpanan | angsuran | penjualan | saldo-awal"),
        output: str = typer.Option(..., "-o", "--output", help=pilih("Berkas tujuan .csv atau .xlsx.", "Target file, .csv or .xlsx.")),
    ) -> None:
        from koperasi_cli import i18n

        if jenis == "saldo-awal":
            from koperasi_cli.importers.saldo_awal import tulis_template_saldo_awal

            tulis_template_saldo_awal(Path(output))
        else:
            from koperasi_cli.importers.impor import tulis_template

            tulis_template(jenis, Path(output), i18n.bahasa() == "en")
        pesan(pilih(f"Ditulis: {output}", f"Written: {output}"))
