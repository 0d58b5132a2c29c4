"""`koperasi demo [DIR]`: a sample cooperative to look around in, its monthly report and workbook."""


from pathlib import Path

import typer

from koperasi_cli.cli.umum import pesan, perintah
from koperasi_cli.i18n import pilih


def daftarkan(app: typer.Typer) -> None:
    @perintah(app, "demo", None, pilih(
        "Buat koperasi contoh (60 anggota, tiga bulan transaksi di setiap unit), tampilkan laporan bulanan "
        "terakhirnya dan tulis buku kerja untuk Dinas di sebelah foldernya.",
        "Create a sample cooperative (60 members, three months of activity in every unit), print its latest "
        "monthly report and write the regulator's workbook beside its folder."))
    def demo(
        folder: Path = typer.Argument(Path("kdkmp-demo"), help=pilih(
            "Folder koperasi contoh (bawaan: ./kdkmp-demo); tidak boleh berisi koperasi.",
            "Folder of the sample cooperative (default: ./kdkmp-demo); must not hold a cooperative.")),
        seed: int = typer.Option(2025, "--seed", help=pilih(
            "Benih acak: benih yang sama memberi buku yang sama.", "Random seed: the same seed gives the same books.")),
        lengkap: bool = typer.Option(False, "--lengkap", help=pilih(
            "Tegal Harum dengan semua unit program: sewa peti es, cold storage, gudang, klinik, apotek (batch), toko, logistik.",
            "Tegal Harum with every programme unit: cold box, cold storage and warehouse rentals, clinic, pharmacy (batches), shop, logistics.")),
        sampai: str = typer.Option(None, "--sampai", metavar="BULAN", help=pilih(
            "Bulan terakhir demo (mis. 2025-10; bawaan: bulan lalu). Dengan bulan tetap, bukunya sama pada hari apa pun.",
            "The demo's last month (e.g. 2025-10; default: last month). With a fixed month the books are the same on any day.")),
        tanpa_laporan: bool = typer.Option(False, "--tanpa-laporan", help=pilih(
            "Jangan tampilkan laporan bulanan di layar.", "Do not print the monthly report.")),
    ) -> None:
        import time

        from koperasi_cli import i18n
        from koperasi_cli.core.tanggal import Bulan
        from koperasi_cli.layanan import demo as lay
        from koperasi_cli.cli.interupsi import jaga_folder
        from koperasi_cli.ledger.buku import Buku

        mulai = time.monotonic()
        lay.cek_folder(folder)
        hari_ini = lay.hari_ini_zona()
        if sampai is not None:
            hari_ini = lay.hari_ini_sampai(sampai, hari_ini)
        bulan = lay.bulan_demo(hari_ini)
        samping = [folder.resolve().parent / f"{folder.resolve().name}-laporan-{b}.xlsx" for b in bulan]
        with jaga_folder(folder, *samping):  # Ctrl-C: no half-made folder or workbook is left
            pesan(i18n.t("demo_mulai", folder=str(folder), awal=str(bulan[0]), akhir=str(bulan[-1])))
            hasil = lay.buat_demo(folder, seed=seed, lengkap=lengkap, hari_ini=hari_ini)
            terakhir = Bulan.dari_str(hasil["bulan"][-1])
            xlsx = folder.resolve().parent / f"{folder.resolve().name}-laporan-{terakhir}.xlsx"
            with Buku.buka(folder, coba=True) as buku:
                from koperasi_cli.reports.xlsx import buku_kerja_regulator

                buku_kerja_regulator(buku, terakhir, xlsx)
                if not tanpa_laporan:
                    from koperasi_cli.reports.bulanan import laporan_bulanan
                    from koperasi_cli.reports.render import ke_terminal

                    for lap in laporan_bulanan(buku, terakhir):
                        ke_terminal(lap)
        pesan(i18n.t("demo_selesai", entri=hasil["jumlah_entri"], anggota=hasil["anggota"], pinjaman=hasil["pinjaman"],
                     tutup=", ".join(hasil["bulan"][:2]), detik=f"{time.monotonic() - mulai:.1f}"))
        pesan(i18n.t("demo_buku_kerja", berkas=str(xlsx)))
        pesan(i18n.t("demo_coba", folder=str(folder), bulan=str(terakhir)))
