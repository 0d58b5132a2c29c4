"""`koperasi ekspor simkopdes BULAN -o FILE.xlsx`: the month's rows for Simkopdes (registered
under `ekspor` by cli/ekspor.py)."""

from __future__ import annotations

import typer

from koperasi_cli.cli.umum import baca_buku, perintah, pesan
from koperasi_cli.i18n import pilih


def daftarkan_ekspor(ekspor: typer.Typer) -> None:
    @perintah(ekspor, "simkopdes", "simkopdes", pilih(
        "Buku kerja untuk Simkopdes: anggota, pengurus, karyawan dan tagihan simpanan sebulan, satu lembar per modul.",
        "A workbook for Simkopdes: members, officers, staff and the month's savings bills, one sheet per module."))
    def simkopdes(
        ctx: typer.Context,
        bulan: str = typer.Argument(..., metavar="BULAN", help=pilih("Bulan, mis. 2025-10.", "Month, e.g. 2025-10.")),
        output: str = typer.Option(..., "-o", "--output", help=pilih("Berkas tujuan (.xlsx).", "Output file (.xlsx).")),
        sejak: str = typer.Option(None, "--sejak", metavar="BULAN", help=pilih(
            "Hanya baris yang berubah sejak awal bulan ini (anggota, pengurus, karyawan baru atau berubah).",
            "Only rows that changed since the start of this month (new or changed members, officers, staff).")),
        samarkan: bool = typer.Option(False, "--samarkan", help=pilih(
            "Samarkan NIK (bawaan: NIK lengkap, karena Simkopdes memerlukannya).",
            "Mask the NIKs (default: full NIKs, as Simkopdes needs them).")),
    ) -> None:
        from pathlib import Path

        from koperasi_cli import i18n
        from koperasi_cli.core.galat import PEMAKAIAN, Galat
        from koperasi_cli.core.tanggal import parse_bulan
        from koperasi_cli.reports import simkopdes as lap

        with baca_buku(ctx) as buku:
            b = parse_bulan(bulan, buku.hari_ini())
            if Path(output).suffix.lower() != ".xlsx":
                raise Galat("simkopdes_bukan_xlsx", keluar=PEMAKAIAN, bulan=str(b))
            s = parse_bulan(sejak, buku.hari_ini()) if sejak else None
            if s is not None and s > b:
                raise Galat("simkopdes_sejak_sesudah", sejak=str(s), bulan=str(b))
            jumlah = lap.tulis_xlsx(buku, b, Path(output), sejak=s, samarkan=samarkan)
        ringkas = ", ".join(f"{n} {j}" for n, j in jumlah.items())
        pesan(pilih(f"Ditulis: {output} ({ringkas} baris).", f"Written: {output} ({ringkas} rows)."))
        if not samarkan:
            pesan(i18n.t("simkopdes_nik_penuh", berkas=output))
