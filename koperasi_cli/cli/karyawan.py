"""`koperasi karyawan tambah|daftar|keluar|gaji|slip`: staff, payroll and payslips."""

from __future__ import annotations

import typer

from koperasi_cli.cli.pengurus import cetak_peringatan, opsi_alamat, opsi_desa, opsi_tampilkan_nik
from koperasi_cli.cli.umum import (
    OpsiCatat, baca_buku, buka_buku, cek_teks, cetak_json, format_keluaran, grup,
    opsi_catat, opsi_coba, opsi_format, opsi_output, perintah, pesan, tampilkan, tanggal,
    tanggal_catat,
)
from koperasi_cli.cli.umum import opsi_ya
from koperasi_cli.i18n import pilih


def parse_potongan(daftar: list[str] | None) -> dict[str, int]:
    from koperasi_cli.core.galat import Galat
    from koperasi_cli.core.uang import parse_jumlah

    hasil: dict[str, int] = {}
    for teks in daftar or []:
        kunci, sama, nilai = str(teks).partition("=")
        if not sama or not kunci.strip() or not nilai.strip():
            raise Galat("potongan_bentuk", nilai=str(teks) if "=" in str(teks) else "...")
        hasil[kunci.strip()] = hasil.get(kunci.strip(), 0) + parse_jumlah(nilai.strip())
    return hasil


def daftarkan(app: typer.Typer) -> None:
    karyawan = grup(app, "karyawan", "staff", pilih("Karyawan: daftar, keluar, gaji bulanan dan slip gaji.",
                                                    "Staff: register, leave, monthly payroll and payslips."))

    @perintah(karyawan, "tambah", "add", pilih("Daftarkan karyawan dengan gaji bulanannya.",
                                               "Register a member of staff with their monthly pay."))
    def tambah(
        ctx: typer.Context,
        nama: str = typer.Option(..., "--nama", callback=cek_teks("--nama", 100), help=pilih("Nama sesuai KTP.", "Name as on the KTP.")),
        nik: str = typer.Option(..., "--nik", help=pilih("NIK 16 angka dari KTP.", "The 16-digit NIK from the KTP.")),
        jabatan: str = typer.Option(..., "--jabatan", callback=cek_teks("--jabatan", 100), help=pilih("Jabatan, mis. \"Kasir gerai\".", "Position, e.g. \"Outlet cashier\".")),
        mulai: str = typer.Option(..., "--mulai", help=pilih("Tanggal mulai bekerja.", "First day of work.")),
        gaji: str = typer.Option(..., "--gaji", help=pilih("Gaji bruto sebulan, mis. 2,5jt.", "Gross monthly pay, e.g. 2,5jt.")),
        alamat: str = opsi_alamat(),
        desa: str = opsi_desa(),
        coba: bool = opsi_coba(),
        fmt: str = opsi_format(),
    ) -> None:
        from koperasi_cli.core.uang import format_rupiah, parse_jumlah
        from koperasi_cli.layanan import karyawan as lay

        fmt = format_keluaran(fmt, None, ("table", "json"))
        n = parse_jumlah(gaji)
        with buka_buku(ctx, coba=coba) as buku:
            h = lay.tambah(buku, nama=nama, nik=nik, jabatan=jabatan, mulai=tanggal(buku, mulai), gaji=n,
                           alamat=alamat, desa=desa)
        cetak_peringatan(h.pop("peringatan"))
        if fmt == "json":
            cetak_json(h)
            return
        awal = pilih("Akan didaftarkan" if coba else "Terdaftar", "Would register" if coba else "Registered")
        typer.echo(f"{awal}: {h['id']} {h['nama']}, {h['jabatan']} ({pilih('mulai', 'from')} {h['mulai']}), "
                   f"{pilih('gaji', 'pay')} Rp {format_rupiah(h['gaji'])}.")
        if coba:
            pesan(pilih("--dry-run: tidak ada yang ditulis.", "--dry-run: nothing was written."))

    @perintah(karyawan, "daftar", "list", pilih("Karyawan yang bekerja pada suatu tanggal.", "Staff employed on a date."))
    def daftar(
        ctx: typer.Context,
        per: str = typer.Option(None, "--per", help=pilih("Tanggal (bawaan: hari ini).", "Date (default: today).")),
        semua: bool = typer.Option(False, "--semua", help=pilih("Semua karyawan, juga yang sudah keluar.",
                                                                "Everyone, those who left too.")),
        tampilkan_nik: bool = opsi_tampilkan_nik(),
        fmt: str = opsi_format(),
        output: str = opsi_output(),
    ) -> None:
        from koperasi_cli.layanan import karyawan as lay
        from koperasi_cli.reports.pengurus import daftar_karyawan

        with baca_buku(ctx) as buku:
            p = None if semua else tanggal(buku, per)
            lap = daftar_karyawan(buku, lay.daftar(buku, p, semua=semua, tampilkan_nik=tampilkan_nik),
                                  p.isoformat() if p else None)
        tampilkan(lap, fmt, output)

    @perintah(karyawan, "keluar", "leave", pilih("Karyawan berhenti bekerja (dicatat di riwayat).",
                                                 "A member of staff leaves (logged)."))
    def keluar(
        ctx: typer.Context,
        id_: str = typer.Argument(..., metavar="ID", help=pilih("Nomor karyawan (K001) atau NIK lengkap.",
                                                                "Staff id (K001) or full NIK.")),
        tgl: str = typer.Option(None, "--tanggal", help=pilih("Hari terakhir bekerja (bawaan: hari ini).",
                                                              "Last day of work (default: today).")),
        ket: str = typer.Option(None, "--ket", help=pilih("Alasan.", "Reason.")),
        coba: bool = opsi_coba(),
        fmt: str = opsi_format(),
    ) -> None:
        from koperasi_cli.layanan import karyawan as lay

        fmt = format_keluaran(fmt, None, ("table", "json"))
        with buka_buku(ctx, coba=coba) as buku:
            h = lay.keluar(buku, id_, tanggal=tanggal_catat(buku, tgl), ket=ket)
        if fmt == "json":
            cetak_json(h)
            return
        awal = pilih("Akan dicatat keluar" if coba else "Keluar", "Would record as left" if coba else "Left")
        typer.echo(f"{awal}: {h['id']} {h['nama']} ({h['keluar']}).")

    @perintah(karyawan, "ubah", "edit", pilih(
        "Ubah gaji (berlaku mulai --tanggal) atau jabatan karyawan; dicatat dengan nilai lama dan baru.",
        "Change a person's pay (from --tanggal) or position; logged with the old and new value."))
    def ubah(
        ctx: typer.Context,
        id_: str = typer.Argument(..., metavar="ID", help=pilih("Nomor karyawan (K001) atau NIK lengkap.",
                                                                "Staff id (K001) or full NIK.")),
        gaji: str = typer.Option(None, "--gaji", help=pilih("Gaji bruto sebulan yang baru.", "The new gross monthly pay.")),
        jabatan: str = typer.Option(None, "--jabatan", callback=cek_teks("--jabatan", 100), help=pilih("Jabatan baru.", "The new position.")),
        tgl: str = typer.Option(None, "--tanggal", help=pilih("Berlaku mulai (bawaan: hari ini).",
                                                              "In effect from (default: today).")),
        ket: str = typer.Option(None, "--ket", help=pilih("Alasan.", "Reason.")),
        coba: bool = opsi_coba(),
        fmt: str = opsi_format(),
    ) -> None:
        from koperasi_cli.core.galat import PEMAKAIAN, Galat
        from koperasi_cli.core.uang import parse_jumlah
        from koperasi_cli.layanan import karyawan as lay

        fmt = format_keluaran(fmt, None, ("table", "json"))
        if gaji is None and jabatan is None:
            raise Galat("karyawan_ubah_kosong", keluar=PEMAKAIAN)
        n = parse_jumlah(gaji) if gaji is not None else None
        with buka_buku(ctx, coba=coba) as buku:
            h = lay.ubah(buku, id_, tanggal=tanggal_catat(buku, tgl), gaji=n, jabatan=jabatan, ket=ket)
        if fmt == "json":
            cetak_json(h)
            return
        awal = pilih("Akan diubah" if coba else "Diubah", "Would change" if coba else "Changed")
        typer.echo(f"{awal}: {h['id']} {h['nama']} ({h['tanggal']})")
        for p in h["perubahan"]:
            typer.echo(f"  {p['kolom']}: {p['lama']} -> {p['baru']}")

    @perintah(karyawan, "gaji", "payroll", pilih(
        "Bayar gaji sebulan dalam satu jurnal: Dr 6101 bruto, Cr 2105 potongan, Cr kas/bank bersih.",
        "Pay a month's wages in one entry: Dr 6101 gross, Cr 2105 withholding, Cr cash/bank net."))
    @opsi_catat(bantuan_tanggal=("Tanggal bayar (bawaan: akhir bulan itu, atau hari ini).",
                                 "Date paid (default: the month's last day, or today)."))
    def gaji(
        ctx: typer.Context,
        bulan: str = typer.Argument(..., metavar="BULAN", help=pilih("Bulan gaji, mis. 2025-10.", "Month of pay, e.g. 2025-10.")),
        potongan: list[str] = typer.Option(None, "--potongan", metavar="NIK=JUMLAH", help=pilih(
            "Potongan (mis. PPh 21) seorang karyawan: NIK lengkap atau nomor (K001) = jumlah; boleh diulang.",
            "Withholding (e.g. PPh 21) from one person's pay: full NIK or id (K001) = amount; repeatable.")),
        catat: OpsiCatat = None,
        coba: bool = opsi_coba(), ya: bool = opsi_ya(),
        fmt: str = opsi_format(),
        output: str = opsi_output(),
    ) -> None:
        from koperasi_cli.core.tanggal import parse_bulan
        from koperasi_cli.layanan import karyawan as lay
        from koperasi_cli.reports.pengurus import laporan_gaji

        pot = parse_potongan(potongan)
        with buka_buku(ctx, coba=coba, ya=ya) as buku:
            b = parse_bulan(bulan, buku.hari_ini())
            k = catat.konteks(buku, "kantor")
            h = lay.gaji(buku, b, potongan=pot, konteks=k, tanggal=k.tanggal if catat.tanggal else None)
            lap = laporan_gaji(buku, h)
        tampilkan(lap, fmt, output)
        if coba:
            pesan(pilih("--dry-run: tidak ada yang ditulis.", "--dry-run: nothing was written."))

    @perintah(karyawan, "slip", "payslip", pilih(
        "Slip gaji per orang untuk bulan yang sudah dibayar (teks, atau -o FILE.xlsx siap cetak A4).",
        "Payslips per person for a paid month (text, or -o FILE.xlsx ready to print on A4)."))
    def slip(
        ctx: typer.Context,
        bulan: str = typer.Argument(..., metavar="BULAN", help=pilih("Bulan gaji, mis. 2025-10.", "Month of pay, e.g. 2025-10.")),
        siapa: str = typer.Argument(None, metavar="[NIK|ID]", help=pilih("Satu karyawan (bawaan: semua).", "One person (default: all).")),
        tampilkan_nik: bool = opsi_tampilkan_nik(),
        fmt: str = opsi_format(),
        output: str = opsi_output(),
    ) -> None:
        from pathlib import Path

        from koperasi_cli.core.tanggal import parse_bulan
        from koperasi_cli.layanan import karyawan as lay
        from koperasi_cli.reports import slip_gaji

        fmt = format_keluaran(fmt, output, ("table", "json", "xlsx"))
        with baca_buku(ctx) as buku:
            b = parse_bulan(bulan, buku.hari_ini())
            s = lay.slip(buku, b, siapa, tampilkan_nik=tampilkan_nik)
            if fmt == "xlsx":
                slip_gaji.tulis_xlsx(buku, s, Path(output))
                pesan(pilih(f"Ditulis: {output}", f"Written: {output}"))
                return
            teks = slip_gaji.teks(buku, s)
        if fmt == "json":
            cetak_json({"bulan": str(b), "slip": s})
            return
        if output:
            from koperasi_cli.ledger.berkas import tulis_keluaran

            tulis_keluaran(Path(output), teks.encode("utf-8"))
            pesan(pilih(f"Ditulis: {output}", f"Written: {output}"))
            return
        typer.echo(teks, nl=False)
