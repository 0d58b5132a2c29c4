"""`koperasi utang-bank ...` [bank-loan]: the Himbara loan (PMK 49/2025).

No `from __future__ import annotations` here (see cli/pinjaman.py)."""

import typer

from koperasi_cli.cli.umum import (
    OpsiCatat, buka_buku, cek_teks, cetak_json, format_keluaran, grup, opsi_catat, opsi_coba, opsi_format,
    opsi_output, opsi_tanggal, perintah, tampilkan, tanggal, tanggal_catat,
)
from koperasi_cli.core.uang import format_rupiah as _rp
from koperasi_cli.i18n import pilih


def _awal(coba: bool) -> str:
    return pilih("Akan dicatat" if coba else "Dicatat", "Would record" if coba else "Recorded")


def _arg_kode():
    return typer.Argument(..., metavar="KODE", help=pilih("Kode pencairan, mis. HIMBARA-1.", "Drawdown code, e.g. HIMBARA-1."))


def daftarkan(app: typer.Typer) -> None:
    ub = grup(app, "utang-bank", "bank-loan", pilih(
        "Pinjaman bank (Himbara): pencairan, jadwal, angsuran, jadwal dari bank, daftar.",
        "The bank loan (Himbara): drawdowns, schedule, payments, the bank's schedule, list."))

    @perintah(ub, "terima", "draw", pilih("Catat pencairan pinjaman bank ke rekening bank koperasi.",
                                         "Record a drawdown of the bank loan into the cooperative's bank account."))
    @opsi_catat(kas=False)
    def terima(
        ctx: typer.Context,
        kode: str = typer.Option(..., "--kode", help=pilih("Kode pencairan, mis. HIMBARA-1.", "Drawdown code, e.g. HIMBARA-1.")),
        bank: str = typer.Option(..., "--bank", callback=cek_teks("--bank", 100), help=pilih("Nama bank, mis. BRI.", "The bank's name, e.g. BRI.")),
        jumlah: str = typer.Option(..., "--jumlah", help=pilih("Jumlah dicairkan, mis. 500jt.", "Amount drawn, e.g. 500jt.")),
        bunga: str = typer.Option(None, "--bunga-tahunan", help=pilih("Bunga, persen setahun (bawaan 6).", "Interest, percent a year (default 6).")),
        tenor: int = typer.Option(..., "--tenor", help=pilih("Jumlah bulan, termasuk masa tenggang.", "Number of months, the grace period included.")),
        tenggang: int = typer.Option(None, "--tenggang", help=pilih("Bulan masa tenggang (hanya bunga).", "Months of grace (interest only).")),
        hari: int = typer.Option(None, "--jatuh-tempo", help=pilih("Tanggal jatuh tempo tiap bulan (bawaan 12).", "Day of the month installments fall due (default 12).")),
        plafon: str = typer.Option(None, "--plafon", help=pilih("Plafon seluruh pencairan (bawaan Rp 3.000.000.000).", "Limit of all drawdowns (default Rp 3.000.000.000).")),
        ke: str = typer.Option(None, "--ke", help=pilih("Akun bank penerima (bawaan 1104).", "Receiving bank account (default 1104).")),
        catat: OpsiCatat = None,
        coba: bool = opsi_coba(),
        fmt: str = opsi_format(),
    ) -> None:
        from koperasi_cli.core.uang import parse_jumlah
        from koperasi_cli.layanan import utang_bank as lay

        fmt = format_keluaran(fmt, None, ("table", "json"))
        n = parse_jumlah(jumlah)
        pl = parse_jumlah(plafon) if plafon is not None else None
        with buka_buku(ctx, coba=coba) as buku:
            k = catat.konteks(buku, lay.UNIT)
            h = lay.terima(buku, kode=kode, bank=bank, jumlah=n, konteks=k, tenor=tenor,
                           bunga_tahunan=bunga, tenggang=tenggang, hari=hari, plafon=pl, ke=ke)
        if fmt == "json":
            cetak_json({k: v for k, v in h.items() if k not in ("jadwal", "bayar", "akrual")})
            return
        typer.echo(f"{_awal(coba)}: {h['entri']} {h['tanggal']} {h['bank']} {h['kode']} Rp {_rp(h['jumlah'])}")
        a = h["angsuran"]
        typer.echo(pilih(f"  {h['tenor']} angsuran ({h['tenggang']} bulan tenggang), pertama {a[0]['tanggal']} Rp {_rp(a[0]['jumlah'])}",
                         f"  {h['tenor']} installments ({h['tenggang']} months of grace), first {a[0]['tanggal']} Rp {_rp(a[0]['jumlah'])}"))
        typer.echo(pilih("  Sisa plafon: ", "  Limit left: ") + _rp(h["sisa_plafon"]))

    @perintah(ub, "jadwal", "schedule", pilih("Jadwal angsuran pinjaman bank.", "The bank loan's installment schedule."))
    def jadwal(ctx: typer.Context, kode: str = _arg_kode(), fmt: str = opsi_format(), output: str = opsi_output()) -> None:
        from koperasi_cli.ledger.buku import baca_aman
        from koperasi_cli.cli.umum import folder
        from koperasi_cli.layanan import utang_bank as lay
        from koperasi_cli.reports.utang_pajak import lap_jadwal

        lap = baca_aman(folder(ctx), lambda buku: lap_jadwal(buku, lay.jadwal(buku, kode)))
        tampilkan(lap, fmt, output)

    @perintah(ub, "bayar", "pay", pilih("Catat angsuran ke bank: bunga dulu, lalu pokok.",
                                       "Record a payment to the bank: interest first, then principal."))
    @opsi_catat(kas=False)
    def bayar(
        ctx: typer.Context,
        kode: str = _arg_kode(),
        jumlah: str = typer.Argument(..., help=pilih("Jumlah dibayar, mis. 2,5jt.", "Amount paid, e.g. 2,5jt.")),
        dari: str = typer.Option(None, "--dari", help=pilih("Akun pembayar (bawaan: akun bank pencairan).", "Paying account (default: the drawdown's bank account).")),
        catat: OpsiCatat = None,
        coba: bool = opsi_coba(),
        fmt: str = opsi_format(),
    ) -> None:
        from koperasi_cli.core.uang import parse_jumlah
        from koperasi_cli.layanan import utang_bank as lay

        fmt = format_keluaran(fmt, None, ("table", "json"))
        n = parse_jumlah(jumlah)
        with buka_buku(ctx, coba=coba) as buku:
            k = catat.konteks(buku, lay.UNIT)
            h = lay.bayar(buku, kode, n, konteks=k, dari=dari)
        if fmt == "json":
            cetak_json(h)
            return
        typer.echo(f"{_awal(coba)}: {h['entri']} {h['tanggal']} {h['kode']} Rp {_rp(h['jumlah'])}")
        typer.echo(pilih("  Bunga     : ", "  Interest : ") + _rp(h["bunga"])
                   + (pilih(f" (dari bunga yang masih harus dibayar {_rp(h['dari_akrual'])})",
                            f" (of which accrued {_rp(h['dari_akrual'])})") if h["dari_akrual"] else ""))
        typer.echo(pilih("  Pokok     : ", "  Principal: ") + _rp(h["pokok"]))
        typer.echo(pilih("  Sisa pokok: ", "  Principal left: ") + _rp(h["sisa_pokok"]))

    @perintah(ub, "impor-jadwal", "import-schedule", pilih(
        "Ganti jadwal hitungan dengan jadwal dari bank (CSV/XLSX: ke, tanggal, pokok, bunga).",
        "Replace the computed schedule with the bank's own (CSV/XLSX: ke, tanggal, pokok, bunga)."))
    def impor_jadwal(
        ctx: typer.Context, kode: str = _arg_kode(),
        berkas: str = typer.Argument(..., metavar="FILE", help=pilih("Berkas .csv atau .xlsx.", "A .csv or .xlsx file.")),
        tgl: str = opsi_tanggal(), coba: bool = opsi_coba(),
    ) -> None:
        from koperasi_cli.cli.umum import pesan
        from koperasi_cli.importers.jadwal_bank import baca_jadwal
        from koperasi_cli.layanan import utang_bank as lay

        with buka_buku(ctx, coba=coba) as buku:
            tgl_ = tanggal_catat(buku, tgl)
            h = lay.ganti_jadwal(buku, kode, baca_jadwal(berkas, buku.hari_ini()), tanggal=tgl_)
        pesan(pilih(f"{'Akan diganti' if coba else 'Jadwal diganti'}: {h['kode']}, {h['angsuran']} angsuran dari bank, pokok Rp {_rp(h['pokok'])}.",
                    f"{'Would replace' if coba else 'Schedule replaced'}: {h['kode']}, {h['angsuran']} installments from the bank, principal Rp {_rp(h['pokok'])}."))

    @perintah(ub, "daftar", "list", pilih(
        "Daftar pinjaman bank: sisa pokok, bagian jatuh tempo dalam 12 bulan (2202) dan jangka panjang (2201), tunggakan.",
        "Bank loans: outstanding, the part due within 12 months (2202) and the long-term part (2201), arrears."))
    def daftar(
        ctx: typer.Context,
        per: str = typer.Option(None, "--per", help=pilih("Per tanggal (bawaan: hari ini).", "As of this date (default: today).")),
        fmt: str = opsi_format(), output: str = opsi_output(),
    ) -> None:
        from koperasi_cli.cli.umum import folder
        from koperasi_cli.ledger.buku import baca_aman
        from koperasi_cli.layanan import utang_bank as lay
        from koperasi_cli.reports.utang_pajak import lap_daftar

        lap = baca_aman(folder(ctx), lambda buku: lap_daftar(buku, lay.daftar(buku, tanggal(buku, per))))
        tampilkan(lap, fmt, output)
