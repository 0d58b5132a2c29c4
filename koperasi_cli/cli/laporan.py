"""`koperasi laporan ...`: reports."""


from collections.abc import Callable

import typer

from koperasi_cli.cli import pajak, pinjaman, sembako, shu, simpanan
from koperasi_cli.cli.umum import baca_buku, grup, opsi_format, opsi_output, perintah, tampilkan
from koperasi_cli.i18n import pilih


# The areas' own reports under `koperasi laporan`: each function adds its commands to the group.
LAPORAN_TAMBAHAN: list[Callable[[typer.Typer], None]] = [
    sembako.daftarkan_laporan, simpanan.daftarkan_laporan, pinjaman.daftarkan_laporan, shu.daftarkan_laporan,
    pajak.daftarkan_laporan,
]


def opsi_per():
    return typer.Option(None, "--per", help=pilih("Per tanggal (bawaan: hari ini).", "As of this date (default: today)."))


def bulan_tren(teks: str | None, hari_ini):
    """The last month of a trend: a month as given; a year up to its December (or this month,
    for the current year); nothing: this month."""
    from koperasi_cli.core.tanggal import Bulan, parse_periode

    if not teks:
        return Bulan.dari_tanggal(hari_ini)
    p = parse_periode(teks)
    return min(Bulan.dari_tanggal(p.akhir), Bulan.dari_tanggal(hari_ini)) if p.awal.month != p.akhir.month \
        else Bulan.dari_tanggal(p.akhir)


def _arus_kas(buku, p):
    from koperasi_cli.reports.keuangan import arus_kas

    return arus_kas(buku, p)


def _ekuitas(buku, p):
    from koperasi_cli.reports.keuangan import ekuitas

    return ekuitas(buku, p)


def _kesehatan(buku, p):
    from koperasi_cli.reports.kesehatan import kesehatan

    return kesehatan(buku, p)


def _laporan_periode(laporan: typer.Typer, nama: str, alias: str, bantuan: tuple[str, str],
                     buat_laporan: Callable) -> None:
    @perintah(laporan, nama, alias, pilih(*bantuan))
    def buat(
        ctx: typer.Context,
        periode: str = typer.Argument(..., help=pilih("Bulan (2025-10) atau tahun (2025).", "Month (2025-10) or year (2025).")),
        fmt: str = opsi_format(), output: str = opsi_output(),
    ) -> None:
        from koperasi_cli.core.tanggal import parse_periode

        p = parse_periode(periode)
        with baca_buku(ctx) as buku:
            lap = buat_laporan(buku, p)
        tampilkan(lap, fmt, output)


def daftarkan(app: typer.Typer) -> None:
    laporan = grup(app, "laporan", "report", pilih("Laporan keuangan dan laporan bulanan.", "Financial statements and monthly reports."))

    @perintah(laporan, "neraca-saldo", "trial-balance", pilih("Neraca saldo per tanggal.", "Trial balance as of a date."))
    def neraca_saldo(ctx: typer.Context, per: str = opsi_per(), fmt: str = opsi_format(), output: str = opsi_output()) -> None:
        from koperasi_cli.cli.umum import tanggal
        from koperasi_cli.reports.neraca_saldo import neraca_saldo as buat

        with baca_buku(ctx) as buku:
            lap = buat(buku, tanggal(buku, per))
        tampilkan(lap, fmt, output)

    @perintah(laporan, "neraca", "balance-sheet", pilih("Laporan posisi keuangan (neraca), dengan akhir bulan lalu di sampingnya.",
                                                      "Statement of financial position, with the previous month-end beside it."))
    def neraca(ctx: typer.Context, per: str = opsi_per(), fmt: str = opsi_format(), output: str = opsi_output()) -> None:
        from koperasi_cli.cli.umum import tanggal
        from koperasi_cli.reports import keuangan

        with baca_buku(ctx) as buku:
            lap = keuangan.neraca(buku, tanggal(buku, per))
        tampilkan(lap, fmt, output)

    @perintah(laporan, "phu", "income", pilih("Perhitungan hasil usaha sebulan (dengan s.d. bulan ini) atau setahun.",
                                              "Income statement for a month (with the year to date) or a year."))
    def phu(
        ctx: typer.Context,
        periode: str = typer.Argument(..., help=pilih("Bulan (2025-10) atau tahun (2025).", "Month (2025-10) or year (2025).")),
        unit: str = typer.Option(None, "--unit", help=pilih("Hanya satu unit usaha.", "Only one business unit.")),
        fmt: str = opsi_format(), output: str = opsi_output(),
    ) -> None:
        from koperasi_cli.core.tanggal import parse_periode
        from koperasi_cli.reports import keuangan

        p = parse_periode(periode)
        with baca_buku(ctx) as buku:
            lap = keuangan.phu(buku, p, unit)
        tampilkan(lap, fmt, output)

    # Reports of one period (a month or a year) that need nothing else: one command each.
    for nama, alias, bantuan, buat_laporan in (
        ("arus-kas", "cash-flow", ("Laporan arus kas (metode langsung) untuk satu periode.",
                                   "Cash flow statement (direct method) for a period."), _arus_kas),
        ("ekuitas", "equity", ("Laporan perubahan ekuitas untuk satu periode.", "Statement of changes in equity for a period."),
         _ekuitas),
        ("kesehatan", "health", ("Rasio kesehatan koperasi dengan nilai, skor dan rumusnya.",
                                 "Health ratios with their values, scores and formulas."), _kesehatan),
    ):
        _laporan_periode(laporan, nama, alias, bantuan, buat_laporan)

    @perintah(laporan, "buku-besar", "ledger", pilih("Buku besar satu akun: saldo awal, setiap mutasi, saldo berjalan.",
                                                    "One account's ledger: opening balance, every posting, running balance."))
    def buku_besar(
        ctx: typer.Context,
        akun: str = typer.Argument(..., help=pilih("Kode atau nama akun.", "Account code or name.")),
        periode: str = typer.Argument(..., help=pilih("Bulan atau tahun.", "Month or year.")),
        fmt: str = opsi_format(), output: str = opsi_output(),
    ) -> None:
        from koperasi_cli.core.tanggal import parse_periode
        from koperasi_cli.reports import keuangan

        p = parse_periode(periode)
        with baca_buku(ctx) as buku:
            lap = keuangan.buku_besar(buku, akun, p)
        tampilkan(lap, fmt, output)

    @perintah(laporan, "bulanan", "monthly", pilih("Laporan bulanan lengkap; dengan -o FILE.xlsx menulis buku kerja untuk Dinas.",
                                                  "The full monthly report; with -o FILE.xlsx writes the regulator's workbook."))
    def bulanan(
        ctx: typer.Context,
        bulan: str = typer.Argument(..., help=pilih("Bulan, mis. 2025-10.", "Month, e.g. 2025-10.")),
        fmt: str = opsi_format(), output: str = opsi_output(),
        tampilkan_nik: bool = typer.Option(False, "--tampilkan-nik", help=pilih("Tampilkan NIK lengkap (bawaan: disamarkan).", "Show full NIKs (default: masked).")),
    ) -> None:
        from koperasi_cli.cli.umum import format_keluaran
        from koperasi_cli.core.tanggal import parse_bulan
        from koperasi_cli.reports import bulanan as lap_bulanan

        fmt = format_keluaran(fmt, output, ("table", "json", "csv", "xlsx"))
        with baca_buku(ctx) as buku:
            b = parse_bulan(bulan, buku.hari_ini())
            if fmt == "xlsx":
                from koperasi_cli.reports.xlsx import buku_kerja_regulator

                buku_kerja_regulator(buku, b, output, tampilkan_nik=tampilkan_nik)
                from koperasi_cli.cli.umum import pesan

                pesan(pilih(f"Ditulis: {output}", f"Written: {output}"))
                return
            bagian = lap_bulanan.laporan_bulanan(buku, b, tampilkan_nik=tampilkan_nik)
        from koperasi_cli.reports.render import BAGIAN

        if fmt == "table" and not output and BAGIAN.get() is None:
            from koperasi_cli.reports.render import ke_terminal

            for lap in bagian:
                ke_terminal(lap)
            return
        tampilkan(lap_bulanan.gabung(buku, b, bagian), fmt, output)

    @perintah(laporan, "tren", "trend", pilih("Perkembangan bulanan (anggota, simpanan, pinjaman dan NPL, pendapatan per unit, kas, SHU) dengan grafik mini.",
                                              "Monthly trends (members, savings, loans and NPL, income per unit, cash, SHU) with sparklines."))
    def tren(
        ctx: typer.Context,
        periode: str = typer.Argument(None, help=pilih("Bulan terakhir (2025-10) atau tahun (2025: sampai Desember); bawaan: bulan ini.",
                                                       "Last month (2025-10) or a year (2025: up to December); default: this month.")),
        jumlah: int = typer.Option(12, "--bulan", min=1, max=120, help=pilih("Berapa bulan (bawaan 12).", "How many months (default 12).")),
        fmt: str = opsi_format(), output: str = opsi_output(),
    ) -> None:
        from koperasi_cli.cli.umum import format_keluaran
        from koperasi_cli.reports import tren as lap_tren

        fmt = format_keluaran(fmt, output, ("table", "json", "csv", "xlsx"))
        with baca_buku(ctx) as buku:
            data = lap_tren.tren(buku, bulan_tren(periode, buku.hari_ini()), jumlah)
            lap = lap_tren.laporan_tren(buku, data) if fmt in ("table", "json") else lap_tren.laporan_tren_bulanan(buku, data)
        tampilkan(lap, fmt, output)

    for tambah in LAPORAN_TAMBAHAN:
        tambah(laporan)
