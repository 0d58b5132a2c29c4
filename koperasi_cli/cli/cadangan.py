"""`koperasi cadangan -o FILE` [backup] and `koperasi pulihkan FILE DIR` [restore]."""


from pathlib import Path

import typer

from koperasi_cli.cli.umum import cetak_json, folder, format_keluaran, opsi_format, perintah, pesan
from koperasi_cli.i18n import pilih


def daftarkan(app: typer.Typer) -> None:
    @perintah(app, "cadangan", "backup", pilih(
        "Tulis satu arsip cadangan buku (.tar.gz) yang diverifikasi, dengan jangkar buku; simpan di luar folder buku.",
        "Write one verified backup archive of the books (.tar.gz) with the books' anchor; keep it outside the books' folder."))
    def cadangan(
        ctx: typer.Context,
        tujuan: str = typer.Option(..., "-o", "--output", metavar=pilih("BERKAS.tar.gz", "FILE.tar.gz"), help=pilih(
            "Berkas cadangan (.tar.gz atau .tgz), di luar folder buku, mis. di flashdisk.",
            "The backup file (.tar.gz or .tgz), outside the books' folder, e.g. on a USB stick.")),
        fmt: str = opsi_format(),
    ) -> None:
        import time

        from koperasi_cli import __version__, i18n
        from koperasi_cli.ledger.buku import Buku
        from koperasi_cli.ledger.cadangan import cek_tujuan, tulis_cadangan

        fmt = format_keluaran(fmt, None, ("table", "json"))
        akar = folder(ctx)
        cek_tujuan(akar, Path(tujuan))  # refused before the books are read
        with Buku.buka_untuk_baca(akar) as buku:
            m = tulis_cadangan(buku, Path(tujuan), dibuat=buku.sekarang(), versi=__version__, waktu=int(time.time()))
        if fmt == "json":
            cetak_json({"berkas": tujuan, "jangkar": m["jangkar"], "jumlah_entri": m["jumlah_entri"],
                        "jumlah_berkas": len(m["berkas"]), "dibuat": m["dibuat"]})
            return
        typer.echo(i18n.t("cadangan_ditulis", berkas=tujuan, n=len(m["berkas"]), entri=m["jumlah_entri"], jangkar=m["jangkar"]))

    @perintah(app, "pulihkan", "restore", pilih(
        "Pulihkan buku dari arsip cadangan ke folder baru atau kosong: arsip diverifikasi, lalu 'periksa' dijalankan.",
        "Restore the books from a backup archive into a new or empty folder: the archive is verified, then 'check' runs."))
    def pulihkan(
        arsip: Path = typer.Argument(..., metavar=pilih("BERKAS", "FILE"), help=pilih(
            "Arsip dari 'koperasi cadangan'.", "An archive made by 'koperasi backup'.")),
        tujuan: Path = typer.Argument(..., metavar="FOLDER", help=pilih(
            "Folder buku yang dipulihkan (baru atau kosong).", "Folder for the restored books (new or empty).")),
        fmt: str = opsi_format(),
    ) -> None:
        from koperasi_cli import i18n
        from koperasi_cli.cli.main import render_galat
        from koperasi_cli.ledger import cadangan as lay
        from koperasi_cli.ledger.buku import Buku
        from koperasi_cli.ledger.periksa import periksa, periksa_jangkar

        fmt = format_keluaran(fmt, None, ("table", "json"))
        sementara, m = lay.ekstrak(arsip, tujuan)
        try:
            with Buku.buka(sementara, coba=True) as buku:
                temuan = periksa_jangkar(buku, [m["jangkar"]]) + periksa(buku)
                jangkar, n = buku.jangkar(), buku.jumlah_entri
        except BaseException:
            lay.buang(sementara)
            raise
        lay.pasang(sementara, tujuan)
        pesan_temuan = [render_galat(g) for g in temuan]
        if fmt == "json":
            cetak_json({"folder": str(tujuan), "jangkar": jangkar, "jumlah_entri": n, "baik": not temuan,
                        "temuan": pesan_temuan})
        elif temuan:
            for p in pesan_temuan[:50]:
                pesan(f"  - {p}")
            pesan(i18n.t("pulihkan_periksa_gagal", folder=str(tujuan), n=len(temuan), jangkar=jangkar))
        else:
            typer.echo(i18n.t("pulihkan_selesai", folder=str(tujuan), entri=n, jangkar=jangkar))
        if temuan:
            raise typer.Exit(3)
