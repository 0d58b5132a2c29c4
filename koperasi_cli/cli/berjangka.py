"""`koperasi simpanan berjangka buka|cairkan|daftar` [savings time-deposit open|withdraw|list]."""

from __future__ import annotations

import typer

from koperasi_cli.cli.kas import laporkan_entri
from koperasi_cli.cli.umum import (
    OpsiCatat, baca_buku, buka_buku, cek_teks, cetak_json, format_keluaran, grup, opsi_catat, opsi_coba,
    opsi_format, opsi_output, perintah, tampilkan, tanggal,
)
from koperasi_cli.core.uang import format_persen
from koperasi_cli.core.uang import format_rupiah as _rp
from koperasi_cli.i18n import pilih


def daftarkan_berjangka(simpanan: typer.Typer) -> None:
    berjangka = grup(simpanan, "berjangka", "time-deposit", pilih(
        "Simpanan berjangka anggota: tempatkan, cairkan, daftar.", "Members' time deposits: open, withdraw, list."))

    @perintah(berjangka, "buka", "open", pilih(
        "Tempatkan simpanan berjangka anggota aktif (dari kas atau dari sukarelanya); bunganya tetap selama jangka.",
        "Place an active member's time deposit (from cash or their sukarela); its rate is fixed for the term."))
    @opsi_catat()
    def buka(
        ctx: typer.Context,
        no: str = typer.Argument(..., metavar="NO", help=pilih("Nomor anggota.", "Member number.")),
        jumlah: str = typer.Argument(..., metavar="JUMLAH", help=pilih("Jumlah, mis. 12jt.", "Amount, e.g. 12jt.")),
        jangka: int = typer.Option(..., "--jangka", help=pilih("Jangka dalam bulan (yang ditawarkan: pengaturan).",
                                                              "Term in months (those offered: the profile).")),
        bunga: str = typer.Option(None, "--bunga-tahunan", help=pilih("Bunga persen setahun (bawaan: pengaturan).",
                                                                      "Rate in percent a year (default: the profile).")),
        bunga_ke: str = typer.Option("sukarela", "--bunga-ke", help=pilih(
            "sukarela: bunga tiap bulan ke simpanan sukarela; jatuh-tempo: ditahan sampai jatuh tempo.",
            "sukarela: interest paid monthly into sukarela; jatuh-tempo: kept until maturity.")),
        perpanjang: bool = typer.Option(False, "--perpanjang", help=pilih(
            "Diperpanjang otomatis pada jatuh tempo dengan bunga pengaturan saat itu.",
            "Rolled over at maturity at the profile's rate then.")),
        dari: str = typer.Option("kas", "--dari", help=pilih("kas atau sukarela.", "kas (cash) or sukarela.")),
        bilyet: str = typer.Option(None, "--bilyet", callback=cek_teks("--bilyet", 50), help=pilih("Nomor bilyet (bawaan: nomor simpanan).",
                                                                "Certificate number (default: the deposit's id).")),
        catat: OpsiCatat = None,
        coba: bool = opsi_coba(),
        fmt: str = opsi_format(),
    ) -> None:
        from koperasi_cli.core.uang import parse_jumlah, parse_persen
        from koperasi_cli.layanan import berjangka as lay

        fmt = format_keluaran(fmt, None, ("table", "json"))
        n = parse_jumlah(jumlah)
        r = parse_persen(bunga) if bunga is not None else None
        with buka_buku(ctx, coba=coba) as buku:
            k = catat.konteks(buku)
            h = lay.buka(buku, no, n, jangka=jangka, konteks=k, bunga_tahunan=r, bunga_ke=bunga_ke.strip().lower(),
                         perpanjang=perpanjang, dari=dari.strip().lower(), bilyet=bilyet)
        if fmt == "json":
            cetak_json({k: v for k, v in h.items() if k != "rekaman"})
            return
        laporkan_entri(h["rekaman"], coba)
        typer.echo(pilih(
            f"Simpanan berjangka {h['id']} (bilyet {h['bilyet']}): Rp {_rp(h['pokok'])}, {h['jangka']} bulan, "
            f"{format_persen(h['bunga_tahunan'])} setahun, bunga Rp {_rp(h['bunga_bulanan'])} tiap bulan, jatuh tempo {h['jatuh_tempo']}.",
            f"Time deposit {h['id']} (certificate {h['bilyet']}): Rp {_rp(h['pokok'])}, {h['jangka']} months, "
            f"{format_persen(h['bunga_tahunan'])} a year, interest Rp {_rp(h['bunga_bulanan'])} a month, matures {h['jatuh_tempo']}."))

    @perintah(berjangka, "cairkan", "withdraw", pilih(
        "Cairkan simpanan berjangka (sebelum jatuh tempo: bunga bulan berjalan hangus, ditambah denda pengaturan).",
        "Withdraw a time deposit (before maturity: the running month's interest is forfeited, plus the profile's penalty)."))
    @opsi_catat()
    def cairkan(
        ctx: typer.Context,
        id_: str = typer.Argument(..., metavar="ID", help=pilih("Nomor simpanan berjangka atau bilyet.", "Deposit id or certificate.")),
        ke: str = typer.Option("kas", "--ke", help=pilih("kas atau sukarela.", "kas (cash) or sukarela.")),
        catat: OpsiCatat = None,
        coba: bool = opsi_coba(),
        fmt: str = opsi_format(),
    ) -> None:
        from koperasi_cli.layanan import berjangka as lay

        fmt = format_keluaran(fmt, None, ("table", "json"))
        with buka_buku(ctx, coba=coba) as buku:
            k = catat.konteks(buku)
            h = lay.cairkan(buku, id_, konteks=k, ke=ke.strip().lower())
        if fmt == "json":
            cetak_json({k: v for k, v in h.items() if k != "rekaman"})
            return
        laporkan_entri(h["rekaman"], coba)
        typer.echo(pilih(
            f"Dibayar Rp {_rp(h['dibayar'])} = saldo {_rp(h['saldo'])} + bunga {_rp(h['bunga'])} - pajak {_rp(h['pajak'])} "
            f"- denda {_rp(h['denda'])}.",
            f"Paid Rp {_rp(h['dibayar'])} = balance {_rp(h['saldo'])} + interest {_rp(h['bunga'])} - tax {_rp(h['pajak'])} "
            f"- penalty {_rp(h['denda'])}."))

    @perintah(berjangka, "daftar", "list", pilih("Simpanan berjangka yang berjalan, yang jatuh tempo paling dulu di atas.",
                                                 "Open time deposits, the soonest to mature first."))
    def daftar(
        ctx: typer.Context,
        per: str = typer.Option(None, "--per", help=pilih("Per tanggal (bawaan: hari ini).", "As of this date (default: today).")),
        dalam: int = typer.Option(None, "--jatuh-tempo-dalam", min=0, max=36500, help=pilih(
            "Hanya yang jatuh tempo dalam sekian hari.", "Only those maturing within this many days.")),
        fmt: str = opsi_format(), output: str = opsi_output(),
    ) -> None:
        from koperasi_cli.layanan import berjangka as lay
        from koperasi_cli.reports.simpanan import laporan_berjangka

        with baca_buku(ctx) as buku:
            lap = laporan_berjangka(buku, lay.daftar(buku, tanggal(buku, per), dalam))
        tampilkan(lap, fmt, output)
