"""`koperasi pengurus tambah|daftar|selesai|riwayat`: the board and the supervisors."""

from __future__ import annotations

import typer

from koperasi_cli.cli.umum import (
    cek_teks,
    tanggal_catat,
    baca_buku, buka_buku, cetak_json, format_keluaran, grup, opsi_coba, opsi_format, opsi_output, perintah, pesan,
    tampilkan, tanggal,
)
from koperasi_cli.i18n import pilih


def opsi_tampilkan_nik():
    return typer.Option(False, "--tampilkan-nik", help=pilih("Tampilkan NIK lengkap (bawaan: disamarkan).",
                                                             "Show the full NIK (default: masked)."))


def opsi_alamat():
    return typer.Option(None, "--alamat", callback=cek_teks("--alamat", 200), help=pilih("Alamat sesuai KTP (diperiksa: domisili di desa koperasi).",
                                                     "Address as on the KTP (checked: residence in the cooperative's desa)."))


def opsi_desa():
    return typer.Option(None, "--desa", callback=cek_teks("--desa", 100), help=pilih("Desa/kelurahan domisili (bawaan: dari alamat).",
                                                   "Desa/kelurahan of residence (default: from the address)."))


def cetak_peringatan(peringatan) -> None:
    from koperasi_cli.cli.main import render_galat

    for g in peringatan:
        pesan(render_galat(g))


def daftarkan(app: typer.Typer) -> None:
    pengurus = grup(app, "pengurus", "officer", pilih(
        "Pengurus dan pengawas: masa jabatan, riwayat; nama di blok tanda tangan laporan.",
        "Officers (board and supervisors): terms of office, history; names in the reports' signature blocks."))

    @perintah(pengurus, "tambah", "add", pilih(
        "Catat pengurus atau pengawas dengan masa jabatannya.", "Record an officer or supervisor and their term."))
    def tambah(
        ctx: typer.Context,
        nama: str = typer.Option(..., "--nama", callback=cek_teks("--nama", 100), help=pilih("Nama sesuai KTP.", "Name as on the KTP.")),
        nik: str = typer.Option(..., "--nik", help=pilih("NIK 16 angka dari KTP.", "The 16-digit NIK from the KTP.")),
        jabatan: str = typer.Option(..., "--jabatan", callback=cek_teks("--jabatan", 100), help=pilih(
            "ketua, wakil, sekretaris, bendahara, pengawas, ketua-pengawas, atau kepala-desa (ex officio ketua pengawas).",
            "ketua, wakil, sekretaris, bendahara, pengawas, ketua-pengawas, or kepala-desa (ex officio chief supervisor).")),
        mulai: str = typer.Option(..., "--mulai", help=pilih("Awal masa jabatan.", "First day of the term.")),
        selesai: str = typer.Option(None, "--selesai", help=pilih("Akhir masa jabatan (bila sudah ditetapkan).",
                                                                  "Last day of the term (when already set).")),
        kepala_desa: bool = typer.Option(False, "--kepala-desa", help=pilih(
            "Kepala desa, ex officio ketua pengawas.", "The village head, ex officio chief supervisor.")),
        alamat: str = opsi_alamat(),
        desa: str = opsi_desa(),
        coba: bool = opsi_coba(),
        fmt: str = opsi_format(),
    ) -> None:
        from koperasi_cli.layanan import pengurus as lay
        from koperasi_cli.reports.pengurus import nama_jabatan

        fmt = format_keluaran(fmt, None, ("table", "json"))
        with buka_buku(ctx, coba=coba) as buku:
            h = lay.tambah(buku, nama=nama, nik=nik, jabatan=jabatan, mulai=tanggal(buku, mulai),
                           selesai=tanggal(buku, selesai) if selesai else None, alamat=alamat, desa=desa,
                           ex_officio=kepala_desa)
        peringatan = h.pop("peringatan")
        cetak_peringatan(peringatan)
        if fmt == "json":
            cetak_json(h)
            return
        awal = pilih("Akan dicatat" if coba else "Dicatat", "Would record" if coba else "Recorded")
        sampai = h["selesai"] or pilih("belum ditetapkan", "not set")
        typer.echo(f"{awal}: {h['id']} {h['nama']}, {nama_jabatan(h)} ({h['mulai']} - {sampai}).")
        if coba:
            pesan(pilih("--dry-run: tidak ada yang ditulis.", "--dry-run: nothing was written."))

    @perintah(pengurus, "daftar", "list", pilih("Pengurus dan pengawas yang menjabat pada suatu tanggal.",
                                                "The officers in office on a date."))
    def daftar(
        ctx: typer.Context,
        per: str = typer.Option(None, "--per", help=pilih("Tanggal (bawaan: hari ini).", "Date (default: today).")),
        semua: bool = typer.Option(False, "--semua", help=pilih("Semua masa jabatan, juga yang sudah berakhir.",
                                                                "Every term, ended ones too.")),
        tampilkan_nik: bool = opsi_tampilkan_nik(),
        fmt: str = opsi_format(),
        output: str = opsi_output(),
    ) -> None:
        from koperasi_cli.layanan import pengurus as lay
        from koperasi_cli.reports.pengurus import daftar_pengurus

        with baca_buku(ctx) as buku:
            p = None if semua else tanggal(buku, per)
            lap = daftar_pengurus(buku, lay.daftar(buku, p, semua=semua, tampilkan_nik=tampilkan_nik),
                                  p.isoformat() if p else None)
        tampilkan(lap, fmt, output)

    @perintah(pengurus, "selesai", "end", pilih("Akhiri masa jabatan (dicatat di riwayat, tidak ada yang dihapus).",
                                                "End a term of office (logged; nothing is deleted)."))
    def selesai(
        ctx: typer.Context,
        id_: str = typer.Argument(..., metavar="ID", help=pilih("Nomor pengurus (P001) atau NIK lengkap.",
                                                                "Officer id (P001) or full NIK.")),
        tgl: str = typer.Option(None, "--tanggal", help=pilih("Hari terakhir menjabat (bawaan: hari ini).",
                                                              "Last day in office (default: today).")),
        ket: str = typer.Option(None, "--ket", help=pilih("Alasan (mis. keputusan RAT).", "Reason (e.g. the RAT's decision).")),
        coba: bool = opsi_coba(),
        fmt: str = opsi_format(),
    ) -> None:
        from koperasi_cli.layanan import pengurus as lay
        from koperasi_cli.reports.pengurus import nama_jabatan

        fmt = format_keluaran(fmt, None, ("table", "json"))
        with buka_buku(ctx, coba=coba) as buku:
            h = lay.selesai(buku, id_, tanggal=tanggal_catat(buku, tgl), ket=ket)
        if fmt == "json":
            cetak_json(h)
            return
        awal = pilih("Akan diakhiri" if coba else "Diakhiri", "Would end" if coba else "Ended")
        typer.echo(f"{awal}: {h['id']} {h['nama']}, {nama_jabatan(h)} ({h['mulai']} - {h['selesai']}).")

    @perintah(pengurus, "riwayat", "history", pilih("Riwayat perubahan pengurus dan pengawas.",
                                                    "The log of changes to the officers."))
    def riwayat(ctx: typer.Context, fmt: str = opsi_format(), output: str = opsi_output()) -> None:
        from koperasi_cli.layanan import pengurus as lay
        from koperasi_cli.reports.model import Kolom, Laporan, Tabel, identitas_dari

        with baca_buku(ctx) as buku:
            r = [{k: x.get(k) for k in ("id", "tanggal", "kolom", "lama", "baru", "ket")} for x in lay.riwayat(buku)]
            kolom = [Kolom("tanggal", pilih("Tanggal", "Date")), Kolom("id", "No"), Kolom("kolom", pilih("Data", "Field")),
                     Kolom("lama", pilih("Lama", "Old")), Kolom("baru", pilih("Baru", "New")), Kolom("ket", pilih("Ket", "Note"))]
            lap = Laporan(pilih("Riwayat Pengurus", "Officers' History"), "", identitas_dari(buku.profil),
                          [Tabel(None, kolom, r, None, "Riwayat")], {"riwayat": r})
        tampilkan(lap, fmt, output)
