"""`koperasi simpanan setor|tarik|saldo|kartu|tagih-wajib|jasa` and `laporan simpanan`."""

from __future__ import annotations

import typer

from koperasi_cli.cli.umum import (
    OpsiCatat, baca_buku, buka_buku, cetak_json, format_keluaran, grup, opsi_catat, opsi_coba,
    opsi_format, opsi_output, perintah, pesan, tampilkan, tanggal,
)
from koperasi_cli.core.uang import format_rupiah as _rp
from koperasi_cli.cli.umum import opsi_ya
from koperasi_cli.i18n import pilih


def _opsi_per():
    return typer.Option(None, "--per", help=pilih("Per tanggal (bawaan: semua yang tercatat).", "As of this date (default: everything recorded)."))


def _gerak(simpanan: typer.Typer, nama: str, alias: str, bantuan: tuple[str, str]) -> None:
    @perintah(simpanan, nama, alias, pilih(*bantuan))
    @opsi_catat()
    def gerak(
        ctx: typer.Context,
        no: str = typer.Argument(..., metavar="NO", help=pilih("Nomor anggota.", "Member number.")),
        jenis: str = typer.Argument(..., metavar="JENIS", help="pokok | wajib | sukarela"),
        jumlah: str = typer.Argument(..., metavar="JUMLAH", help=pilih("Jumlah, mis. 60.000 atau 60rb.", "Amount, e.g. 60.000 or 60rb.")),
        catat: OpsiCatat = None,
        coba: bool = opsi_coba(),
        fmt: str = opsi_format(),
    ) -> None:
        from koperasi_cli.cli.kas import laporkan_entri
        from koperasi_cli.core.simpanan import ringkas_bulan
        from koperasi_cli.core.uang import parse_jumlah
        from koperasi_cli.layanan import simpanan as lay

        fmt = format_keluaran(fmt, None, ("table", "json"))
        n = parse_jumlah(jumlah)
        f = lay.setor if nama == "setor" else lay.tarik
        with buka_buku(ctx, coba=coba) as buku:
            k = catat.konteks(buku)
            h = f(buku, no, jenis, n, konteks=k)
        if fmt == "json":
            cetak_json({k: v for k, v in h.items() if k != "rekaman"})
            return
        laporkan_entri(h["rekaman"], coba)
        if h["bulan"]:
            typer.echo(pilih(f"Bulan wajib dibayar: {ringkas_bulan(h['bulan'])}", f"Wajib months paid: {ringkas_bulan(h['bulan'])}"))
        s = h["saldo"]
        typer.echo(pilih("Saldo", "Balance") + f" {h['no']} {h['nama']}: pokok {_rp(s['pokok'])}, wajib {_rp(s['wajib'])}, "
                   f"sukarela {_rp(s['sukarela'])}")


def daftarkan(app: typer.Typer) -> None:
    simpanan = grup(app, "simpanan", "savings", pilih("Simpanan anggota: pokok, wajib, sukarela.",
                                                      "Members' savings: pokok, wajib, sukarela."))
    _gerak(simpanan, "setor", "deposit", ("Setoran simpanan (wajib: bulan tertua yang belum dibayar lebih dulu).",
                                          "Deposit savings (wajib: the oldest unpaid months first)."))
    from koperasi_cli.cli.berjangka import daftarkan_berjangka

    daftarkan_berjangka(simpanan)
    _gerak(simpanan, "tarik", "withdraw", ("Penarikan simpanan (anggota aktif: hanya sukarela).",
                                           "Withdraw savings (an active member: sukarela only)."))

    @perintah(simpanan, "saldo", "balance", pilih("Saldo simpanan satu anggota, atau semua anggota.",
                                                  "Savings balances of one member, or of all."))
    def saldo(
        ctx: typer.Context,
        no: str = typer.Argument(None, metavar="[NO]", help=pilih("Nomor anggota (kosong: semua).", "Member number (none: all).")),
        per: str = _opsi_per(),
        fmt: str = opsi_format(),
        output: str = opsi_output(),
    ) -> None:
        from koperasi_cli.layanan import anggota as lay_anggota
        from koperasi_cli.layanan import simpanan as lay
        from koperasi_cli.reports.simpanan import laporan_simpanan, saldo_anggota

        with baca_buku(ctx) as buku:
            tgl = tanggal(buku, per) if per else None
            if no is None:
                lap = laporan_simpanan(buku, lay.laporan(buku, tgl))
            else:
                a = lay_anggota.ambil(buku, no)
                belum = lay.wajib_belum_dibayar(buku, a, tgl or buku.hari_ini())
                lap = saldo_anggota(buku, a, lay.saldo(buku, a["no"], tgl), belum, tgl and tgl.isoformat())
        tampilkan(lap, fmt, output)

    @perintah(simpanan, "kartu", "statement", pilih(
        "Kartu simpanan anggota: setiap mutasi dengan saldo berjalan (bawaan: tahun ini, dengan saldo awal).",
        "A member's savings card: every movement with running balances (default: this year, with the opening balance)."))
    def kartu(
        ctx: typer.Context,
        no: str = typer.Argument(..., metavar="NO", help=pilih("Nomor anggota.", "Member number.")),
        periode: str = typer.Argument(None, metavar="[PERIODE]", help=pilih("Bulan atau tahun (bawaan: tahun ini).", "Month or year (default: this year).")),
        semua: bool = typer.Option(False, "--semua", help=pilih("Seluruh mutasi sejak masuk (membaca seluruh jurnal).",
                                                                "Every movement since joining (reads the whole journal).")),
        fmt: str = opsi_format(),
        output: str = opsi_output(),
    ) -> None:
        from koperasi_cli.core.tanggal import parse_periode
        from koperasi_cli.layanan import simpanan as lay
        from koperasi_cli.reports.simpanan import kartu_simpanan

        with baca_buku(ctx) as buku:
            if semua:
                p = None
            else:
                p = parse_periode(periode or str(buku.hari_ini().year))
            lap = kartu_simpanan(buku, lay.kartu(buku, no, p))
        tampilkan(lap, fmt, output)

    @perintah(simpanan, "tagih-wajib", "collect", pilih(
        "Daftar anggota yang belum membayar simpanan wajib s.d. BULAN; dengan --bayar catat semuanya lunas.",
        "List members with simpanan wajib unpaid up to BULAN; with --bayar record them all as paid."))
    @opsi_catat(ket=False)
    def tagih_wajib(
        ctx: typer.Context,
        bulan: str = typer.Argument(..., metavar="BULAN", help=pilih("Bulan tagihan, mis. 2025-10.", "The month billed, e.g. 2025-10.")),
        bayar: bool = typer.Option(False, "--bayar", help=pilih("Catat semua yang tertagih sebagai lunas (tunai).", "Record everyone listed as paid (cash).")),
        kecuali: list[str] = typer.Option(None, "--kecuali", metavar="NO,NO", help=pilih("Anggota yang tidak membayar (dengan --bayar).", "Members who did not pay (with --bayar).")),
        catat: OpsiCatat = None,
        coba: bool = opsi_coba(), ya: bool = opsi_ya(),
        fmt: str = opsi_format(),
        output: str = opsi_output(),
    ) -> None:
        from koperasi_cli.core.galat import PEMAKAIAN, Galat
        from koperasi_cli.core.tanggal import parse_bulan
        from koperasi_cli.layanan import simpanan as lay
        from koperasi_cli.reports.simpanan import tagihan_wajib

        daftar_kecuali = [n.strip() for k in (kecuali or []) for n in k.split(",") if n.strip()]
        if daftar_kecuali and not bayar:
            raise Galat("kecuali_tanpa_bayar", keluar=PEMAKAIAN)
        with buka_buku(ctx, coba=coba or not bayar, ya=ya) as buku:
            b = parse_bulan(bulan, buku.hari_ini())
            k = catat.konteks(buku)
            h = lay.tagih_wajib(buku, b, bayar=bayar, kecuali=daftar_kecuali, konteks=k,
                                tanggal=k.tanggal if catat.tanggal else None)
            lap = tagihan_wajib(buku, h)
        tampilkan(lap, fmt, output)
        if bayar and coba:
            pesan(pilih("--dry-run: tidak ada yang ditulis.", "--dry-run: nothing was written."))

    @perintah(simpanan, "jasa", "interest", pilih("Catat jasa simpanan sukarela sebulan, dipotong pajak final bila berlaku.",
                                                  "Credit a month's interest on sukarela, withholding the final tax where it applies."))
    @opsi_catat(tanggal=False, ket=False, kas=False)
    def jasa(
        ctx: typer.Context,
        bulan: str = typer.Argument(..., metavar="BULAN", help=pilih("Bulan jasa, mis. 2025-10.", "The month of interest, e.g. 2025-10.")),
        bunga_tahunan: str = typer.Option(None, "--bunga-tahunan", metavar="R", help=pilih("Persen per tahun (bawaan: dari profil).", "Percent a year (default: the profile's).")),
        catat: OpsiCatat = None,
        coba: bool = opsi_coba(), ya: bool = opsi_ya(),
        fmt: str = opsi_format(),
        output: str = opsi_output(),
    ) -> None:
        from koperasi_cli.core.tanggal import parse_bulan
        from koperasi_cli.core.uang import parse_persen
        from koperasi_cli.layanan import simpanan as lay
        from koperasi_cli.reports.simpanan import jasa_simpanan

        bunga = parse_persen(bunga_tahunan) if bunga_tahunan is not None else None
        with buka_buku(ctx, coba=coba, ya=ya) as buku:
            b = parse_bulan(bulan, buku.hari_ini())
            h = lay.jasa(buku, b, bunga_tahunan=bunga, konteks=catat.konteks(buku, tanggal_bawaan=b.akhir))
            lap = jasa_simpanan(buku, h)
        tampilkan(lap, fmt, output)
        if coba:
            pesan(pilih("--dry-run: tidak ada yang ditulis.", "--dry-run: nothing was written."))


def daftarkan_laporan(laporan: typer.Typer) -> None:
    @perintah(laporan, "simpanan", "savings", pilih("Saldo simpanan setiap anggota per jenis, dengan total.",
                                                    "Every member's savings per kind, with totals."))
    def laporan_simpanan(
        ctx: typer.Context,
        per: str = typer.Option(None, "--per", help=pilih("Per tanggal (bawaan: hari ini).", "As of this date (default: today).")),
        fmt: str = opsi_format(),
        output: str = opsi_output(),
    ) -> None:
        from koperasi_cli.layanan import simpanan as lay
        from koperasi_cli.reports.simpanan import laporan_simpanan as buat

        with baca_buku(ctx) as buku:
            tgl = tanggal(buku, per)
            lap = buat(buku, lay.laporan(buku, tgl))
        tampilkan(lap, fmt, output)
