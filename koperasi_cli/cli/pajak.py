"""`koperasi pajak ...` [tax] and `koperasi laporan pajak` [report tax]: the monthly PPh final.

No `from __future__ import annotations` here (see cli/pinjaman.py)."""

import typer

from koperasi_cli.cli.umum import (
    OpsiCatat, buka_buku, cetak_json, format_keluaran, grup, opsi_catat, opsi_coba,
    opsi_format, opsi_output, perintah, pesan, tampilkan,
)
from koperasi_cli.core.uang import format_rupiah as _rp
from koperasi_cli.i18n import pilih


def _awal(coba: bool) -> str:
    return pilih("Akan dicatat" if coba else "Dicatat", "Would record" if coba else "Recorded")


def _arg_bulan():
    return typer.Argument(..., metavar="BULAN", help=pilih("Bulan, mis. 2025-10.", "Month, e.g. 2025-10."))


def daftarkan(app: typer.Typer) -> None:
    pj = grup(app, "pajak", "tax", pilih("PPh final 0,5% atas peredaran bruto bulanan: hitung, setor.",
                                         "The 0.5% final tax on monthly gross turnover: compute, pay."))

    @perintah(pj, "hitung", "compute", pilih("Hitung dan catat PPh final sebulan (Dr 6112, Kr 2105).",
                                             "Compute and post a month's final tax (Dr 6112, Cr 2105)."))
    @opsi_catat(kas=False, bantuan_tanggal=("Tanggal entri (bawaan: akhir bulan itu).", "Entry date (default: the month's last day)."))
    def hitung(
        ctx: typer.Context, bulan: str = _arg_bulan(),
        catat: OpsiCatat = None, coba: bool = opsi_coba(),
        fmt: str = opsi_format(),
    ) -> None:
        from koperasi_cli.core.tanggal import parse_bulan
        from koperasi_cli.layanan import pajak as lay

        fmt = format_keluaran(fmt, None, ("table", "json"))
        with buka_buku(ctx, coba=coba) as buku:
            b = parse_bulan(bulan, buku.hari_ini())
            k = catat.konteks(buku, lay.UNIT)
            h = lay.hitung(buku, b, konteks=k, tanggal=k.tanggal if catat.tanggal else None)
        if fmt == "json":
            cetak_json({k: h[k] for k in ("bulan", "peredaran_bruto", "tarif_bp", "pph", "entri", "batas_setor")})
        else:
            typer.echo(f"{_awal(coba)}: {h['entri'] or '-'} " + pilih("PPh final", "final tax") + f" {h['bulan']}")
            typer.echo(pilih("  Peredaran bruto: ", "  Gross turnover : ") + _rp(h["peredaran_bruto"]))
            typer.echo(pilih("  PPh final      : ", "  Final tax      : ") + _rp(h["pph"]))
            typer.echo(pilih("  Setor paling lambat: ", "  Pay by: ") + h["batas_setor"])
        if h["lewat_batas"]:
            pesan(pilih(f"Peringatan: peredaran bruto {h['bulan'][:4]} sudah Rp {_rp(h['peredaran_tahun_ini'])}, melewati "
                        f"Rp {_rp(h['batas_peredaran'])}: PPh final berlaku sampai akhir tahun ini, tahun depan tarif umum.",
                        f"Warning: gross turnover in {h['bulan'][:4]} is already Rp {_rp(h['peredaran_tahun_ini'])}, above "
                        f"Rp {_rp(h['batas_peredaran'])}: the final tax holds to the end of this year, next year the ordinary rate."))

    @perintah(pj, "setor", "pay", pilih("Catat setoran PPh final sebulan (Dr 2105, Kr kas/bank).",
                                         "Record paying a month's final tax (Dr 2105, Cr cash/bank)."))
    @opsi_catat()
    def setor(
        ctx: typer.Context,
        bulan: str = _arg_bulan(),
        catat: OpsiCatat = None,
        coba: bool = opsi_coba(),
        fmt: str = opsi_format(),
    ) -> None:
        from koperasi_cli.core.tanggal import parse_bulan
        from koperasi_cli.layanan import pajak as lay

        fmt = format_keluaran(fmt, None, ("table", "json"))
        with buka_buku(ctx, coba=coba) as buku:
            b = parse_bulan(bulan, buku.hari_ini())
            k = catat.konteks(buku, lay.UNIT)
            h = lay.setor(buku, b, konteks=k)
        if fmt == "json":
            cetak_json(h)
            return
        typer.echo(f"{_awal(coba)}: {h['entri']} {h['tanggal']} " + pilih("setor PPh final", "final tax paid") + f" {h['bulan']} Rp {_rp(h['pph'])}")
        if h["terlambat"]:
            pesan(pilih(f"Setoran terlambat: batasnya {h['batas_setor']}.", f"Paid late: the deadline was {h['batas_setor']}."))


def daftarkan_laporan(laporan: typer.Typer) -> None:
    @perintah(laporan, "pajak", "tax", pilih("Laporan PPh final setahun: peredaran bruto, pajak, tanggal setor, terutang.",
                                             "The year's final tax: gross turnover, tax, payment date, still owed."))
    def lap_pajak(
        ctx: typer.Context,
        tahun: str = typer.Argument(..., metavar="TAHUN", help=pilih("Tahun, mis. 2025.", "Year, e.g. 2025.")),
        fmt: str = opsi_format(), output: str = opsi_output(),
    ) -> None:
        from koperasi_cli.cli.umum import folder
        from koperasi_cli.core.tanggal import parse_tahun
        from koperasi_cli.layanan import pajak as lay
        from koperasi_cli.ledger.buku import baca_aman
        from koperasi_cli.reports.utang_pajak import lap_pajak as buat

        th = parse_tahun(tahun)
        lap = baca_aman(folder(ctx), lambda buku: buat(buku, lay.laporan(buku, th)))
        tampilkan(lap, fmt, output)
