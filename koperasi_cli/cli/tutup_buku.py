"""`koperasi tutup-buku BULAN` (close a month), `--buka-kembali`, and `--tahun TAHUN` (year end)."""

import typer

from koperasi_cli.cli.umum import cek_teks, buka_buku, cetak_json, format_keluaran, opsi_format, perintah
from koperasi_cli.cli.umum import opsi_ya
from koperasi_cli.i18n import pilih


def daftarkan(app: typer.Typer) -> None:
    @perintah(app, "tutup-buku", "close", pilih(
        "Tutup bulan (atau tahun dengan --tahun): jurnal akhir bulan, saldo disimpan, bulan dikunci.",
        "Close a month (or the year with --year): month-end entries, balances stored, the month locked."))
    def tutup_buku(
        ctx: typer.Context,
        bulan: str = typer.Argument(None, help=pilih("Bulan yang ditutup, mis. 2025-10.", "The month to close, e.g. 2025-10.")),
        tahun: str = typer.Option(None, "--tahun", help=pilih(
            "Tutup buku akhir tahun: pendapatan dan beban ditutup ke SHU belum dibagi (3302), tahun dikunci; alokasi oleh RAT.",
            "Year-end closing: income and expenses closed into SHU belum dibagi (3302), the year locked; the RAT allocates.")),
        buka_kembali: bool = typer.Option(False, "--buka-kembali", help=pilih(
            "Buka kembali bulan yang terakhir ditutup, atau dengan --tahun tahun yang SHU-nya belum ditetapkan.",
            "Reopen the latest closed month, or with --tahun a year whose SHU is not yet allocated.")),
        alasan: str = typer.Option(None, "--alasan", callback=cek_teks("--alasan", 200), help=pilih("Alasan membuka kembali (dicatat).", "Why it is reopened (logged).")),
        fmt: str = opsi_format(),
        ya: bool = opsi_ya(),
    ) -> None:
        from koperasi_cli.core.galat import PEMAKAIAN, Galat
        from koperasi_cli.core.tanggal import parse_bulan, parse_tahun
        from koperasi_cli.layanan import tutup

        fmt = format_keluaran(fmt, None, ("table", "json"))
        if (bulan is None) == (tahun is None):
            raise Galat("tutup_bulan_atau_tahun", keluar=PEMAKAIAN)
        with buka_buku(ctx, ya=ya) as buku:
            if tahun is not None and buka_kembali:
                from koperasi_cli.layanan.shu import buka_kembali_tahun

                h = buka_kembali_tahun(buku, parse_tahun(tahun), alasan or "")
                teks = pilih(f"Tahun buku {h['tahun']} dibuka kembali (bulan {h['bulan_dibuka']}); jurnal pembalik {h['entri'] or '-'}.",
                             f"Financial year {h['tahun']} reopened (month {h['bulan_dibuka']}); reversing entry {h['entri'] or '-'}.")
            elif tahun is not None:
                from koperasi_cli.layanan.shu import tutup_tahun

                h = tutup_tahun(buku, parse_tahun(tahun))
                from koperasi_cli.core.uang import format_rupiah

                teks = pilih(f"Tahun buku {h['tahun']} ditutup: SHU Rp {format_rupiah(h['shu'])} ke SHU belum dibagi (3302); "
                             f"jurnal {', '.join(h['entri']) or '-'}. Alokasi: 'koperasi shu tetapkan {h['tahun']} --tanggal TANGGAL-RAT'.",
                             f"Financial year {h['tahun']} closed: SHU Rp {format_rupiah(h['shu'])} into SHU belum dibagi (3302); "
                             f"entries {', '.join(h['entri']) or '-'}. Allocation: 'koperasi shu tetapkan {h['tahun']} --tanggal RAT-DATE'.")
            elif buka_kembali:
                b = parse_bulan(bulan, buku.hari_ini())
                h = tutup.buka_kembali(buku, b, alasan or "")
                teks = pilih(f"Bulan {b} dibuka kembali.", f"Month {b} reopened.")
            else:
                b = parse_bulan(bulan, buku.hari_ini())
                h = tutup.tutup_bulan(buku, b)
                ent = ", ".join(h["entri"])
                teks = pilih(f"Bulan {b} ditutup." + (f" Jurnal akhir bulan: {ent}." if ent else ""),
                             f"Month {b} is closed." + (f" Month-end entries: {ent}." if ent else ""))
        if fmt == "json":
            cetak_json(h)
        else:
            typer.echo(teks)
