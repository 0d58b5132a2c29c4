"""`koperasi shu tetapkan TAHUN` (the allocation the RAT approved) and `koperasi shu bayar TAHUN`
(pay members their SHU, in cash or into simpanan sukarela)."""

import typer

from koperasi_cli.cli.umum import (
    OpsiCatat, baca_buku, buka_buku, cetak_json, format_keluaran, grup, opsi_bukti, opsi_catat, opsi_coba,
    opsi_format, opsi_ya, perintah, tanggal,
)
from koperasi_cli.i18n import pilih


def daftarkan(app: typer.Typer) -> None:
    shu = grup(app, "shu", "shu", pilih("SHU sesudah tutup buku tahun: alokasi keputusan RAT dan pembayaran.",
                                        "The SHU after the year-end closing: the RAT's allocation and payment."))

    @perintah(shu, "tetapkan", "allocate", pilih(
            "Bukukan alokasi SHU yang disetujui RAT, pada tanggal RAT (persentase profil bila --alokasi tidak diberikan).",
            "Post the SHU allocation the RAT approved, on the RAT's date (the profile's percentages unless --alokasi is given)."))
    def tetapkan(
        ctx: typer.Context,
        tahun: str = typer.Argument(..., help=pilih("Tahun buku yang sudah ditutup.", "A closed financial year.")),
        alokasi: list[str] = typer.Option(None, "--alokasi", help=pilih(
            "Persentase keputusan RAT, NAMA=PERSEN, diulang untuk setiap pos (jumlah 100), mis. --alokasi cadangan=40.",
            "The RAT's percentages, NAME=PERCENT, repeated for each item (summing to 100), e.g. --alokasi cadangan=40.")),
        tgl: str = typer.Option(None, "--tanggal", help=pilih("Tanggal RAT (bawaan: hari ini).", "The RAT's date (default: today).")),
        bukti: str = opsi_bukti(), coba: bool = opsi_coba(), ya: bool = opsi_ya(), fmt: str = opsi_format(),
    ) -> None:
        from koperasi_cli.core.tanggal import parse_tahun
        from koperasi_cli.core.uang import format_rupiah
        from koperasi_cli.layanan.shu import parse_alokasi, tetapkan as tetapkan_shu

        fmt = format_keluaran(fmt, None, ("table", "json"))
        persen = parse_alokasi(alokasi) if alokasi else None
        with buka_buku(ctx, coba=coba, ya=ya) as buku:
            h = tetapkan_shu(buku, parse_tahun(tahun), tanggal=tanggal(buku, tgl), persen=persen, bukti=bukti)
        if fmt == "json":
            cetak_json(h)
        else:
            awal = pilih("Akan dicatat" if coba else "Dicatat", "Would record" if coba else "Recorded")
            typer.echo(pilih(f"{awal}: {h['entri'] or '-'} alokasi SHU {h['tahun']} Rp {format_rupiah(max(h['shu'], 0))} "
                             f"(RAT {h['tanggal']}); bagian anggota Rp {format_rupiah(h['dibagi_anggota'])}.",
                             f"{awal}: {h['entri'] or '-'} SHU allocation {h['tahun']} Rp {format_rupiah(max(h['shu'], 0))} "
                             f"(RAT {h['tanggal']}); members' part Rp {format_rupiah(h['dibagi_anggota'])}."))

    @perintah(shu, "bayar", "pay", pilih("Bayarkan SHU anggota tahun itu, tunai atau ke simpanan sukarela.",
                                         "Pay the members' SHU of a year, in cash or into simpanan sukarela."))
    @opsi_catat(ket=False, unit=False)
    def bayar(
        ctx: typer.Context,
        tahun: str = typer.Argument(..., help=pilih("Tahun buku yang SHU-nya sudah ditetapkan.", "A year whose SHU is allocated.")),
        ke_sukarela: bool = typer.Option(False, "--ke-sukarela", help=pilih(
            "Masukkan ke simpanan sukarela, bukan tunai (anggota yang sudah keluar: ke utang anggota keluar 2112).",
            "Credit simpanan sukarela instead of paying cash (members who left: the payable to leaving members, 2112).")),
        catat: OpsiCatat = None,
        coba: bool = opsi_coba(), ya: bool = opsi_ya(),
        fmt: str = opsi_format(),
    ) -> None:
        from koperasi_cli.core.tanggal import parse_tahun
        from koperasi_cli.core.uang import format_rupiah
        from koperasi_cli.layanan.shu import bayar as bayar_shu

        fmt = format_keluaran(fmt, None, ("table", "json"))
        with buka_buku(ctx, coba=coba, ya=ya) as buku:
            k = catat.konteks(buku)
            h = bayar_shu(buku, parse_tahun(tahun), konteks=k, ke_sukarela=ke_sukarela)
        if fmt == "json":
            cetak_json(h)
        else:
            awal = pilih("Akan dicatat" if coba else "Dicatat", "Would record" if coba else "Recorded")
            typer.echo(f"{awal}: {h['entri']} SHU {h['tahun']} Rp {format_rupiah(h['total'])} ({h['anggota']} anggota)")


def daftarkan_laporan(laporan: typer.Typer) -> None:
    from koperasi_cli.cli.umum import opsi_output, tampilkan

    @perintah(laporan, "shu", "shu", pilih("SHU setahun: alokasi dan bagian setiap anggota (simulasi sebelum tutup tahun).",
                                           "The year's SHU: allocation and each member's share (a simulation before closing)."))
    def laporan_shu(
        ctx: typer.Context,
        tahun: str = typer.Argument(..., help=pilih("Tahun buku, mis. 2025.", "Financial year, e.g. 2025.")),
        tampilkan_nik: bool = typer.Option(False, "--tampilkan-nik", help=pilih("Tampilkan NIK lengkap.", "Show full NIKs.")),
        fmt: str = opsi_format(), output: str = opsi_output(),
    ) -> None:
        from koperasi_cli.core.tanggal import parse_tahun
        from koperasi_cli.layanan.shu import hitung
        from koperasi_cli.reports.shu import laporan_shu as buat

        with baca_buku(ctx) as buku:
            lap = buat(buku, hitung(buku, parse_tahun(tahun), tampilkan_nik=tampilkan_nik))
        tampilkan(lap, fmt, output)

    @perintah(laporan, "rat", "rat", pilih("Paket RAT: laporan tahunan dengan tahun lalu, alokasi SHU, SHU per anggota, keanggotaan.",
                                           "The RAT package: annual statements with the previous year, SHU allocation and shares, membership."))
    def laporan_rat(
        ctx: typer.Context,
        tahun: str = typer.Argument(..., help=pilih("Tahun buku, mis. 2025.", "Financial year, e.g. 2025.")),
        tampilkan_nik: bool = typer.Option(False, "--tampilkan-nik", help=pilih("Tampilkan NIK lengkap.", "Show full NIKs.")),
        fmt: str = opsi_format(), output: str = opsi_output(),
    ) -> None:
        from koperasi_cli.cli.umum import format_keluaran as fk, pesan
        from koperasi_cli.core.tanggal import parse_tahun
        from koperasi_cli.reports import shu as lap_shu

        f = fk(fmt, output, ("table", "json", "csv", "xlsx"))
        th = parse_tahun(tahun)
        with baca_buku(ctx) as buku:
            if f == "xlsx":
                lap_shu.buku_kerja_rat(buku, th, output, tampilkan_nik=tampilkan_nik)
                pesan(pilih(f"Ditulis: {output}", f"Written: {output}"))
                return
            bagian = lap_shu.paket_rat(buku, th, tampilkan_nik=tampilkan_nik)
            from koperasi_cli.reports.bulanan import gabung
            from koperasi_cli.core.tanggal import Bulan

            semua = gabung(buku, Bulan(th, 12), bagian)
            semua.judul, semua.periode = pilih("Paket RAT", "RAT package"), str(th)
            semua.data["bulan"] = str(th)
        from koperasi_cli.reports.render import BAGIAN

        if f == "table" and not output and BAGIAN.get() is None:
            from koperasi_cli.reports.render import ke_terminal

            for lap in bagian:
                ke_terminal(lap)
            return
        tampilkan(semua, f, output)
