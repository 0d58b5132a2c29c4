"""`koperasi rekap PATH...`: one view over many cooperatives, for the Dinas. Needs no cooperative
folder of its own; reads each cooperative's folder without its lock and without writing there."""


from contextlib import contextmanager

import typer

from koperasi_cli.cli.umum import format_keluaran, opsi_format, opsi_output, perintah, pesan
from koperasi_cli.i18n import pilih


@contextmanager
def _kemajuan():
    """A count of the sources read, on a terminal only (stderr), gone when done."""
    from koperasi_cli.lingkungan import aktif

    if not aktif().tty("stderr"):
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}", markup=False), console=Console(stderr=True), transient=True) as p:
        tugas = p.add_task(pilih("Membaca...", "Reading..."))
        n = 0

        def maju() -> None:
            nonlocal n
            n += 1
            if n % 25 == 0:
                p.update(tugas, description=pilih(f"{n} sumber dibaca", f"{n} sources read"))

        yield maju


def _dengan_parquet(f):
    """rekap also writes -o FILE.parquet: the shared early check of --format/-o is told so."""
    f.format_boleh = ("table", "json", "csv", "xlsx", "parquet")
    return f


def daftarkan(app: typer.Typer) -> None:
    @perintah(app, "rekap", "consolidate", pilih(
        "Rekap untuk Dinas: satu ringkasan atas banyak koperasi, dari folder koperasi atau berkas 'ekspor json' "
        "(atau folder berisi banyak). Masalah didaftar, tidak dilewati diam-diam.",
        "Rekap for the Dinas: one summary over many cooperatives, from their folders or 'koperasi export json' files "
        "(or folders holding many). Problems are listed, not skipped silently."))
    @_dengan_parquet
    def rekap(
        paths: list[str] = typer.Argument(..., metavar=pilih("JALUR...", "PATH..."), help=pilih(
            "Folder koperasi, berkas ekspor JSON, atau folder berisi banyak.",
            "A cooperative's folder, an export JSON file, or a folder holding many.")),
        bulan: str = typer.Option(None, "--bulan", help=pilih(
            "Bulan rekap (bawaan: bulan kalender sebelumnya).", "Month of the rekap (default: the previous calendar month).")),
        fmt: str = opsi_format(),
        output: str = opsi_output(),
        pekerja: int = typer.Option(None, "-j", "--jobs", min=1, max=64, help=pilih(
            "Jumlah proses pembaca folder (bawaan: jumlah inti CPU).", "Processes reading folders (default: the CPU cores).")),
        tanpa_periksa: bool = typer.Option(False, "--tanpa-periksa", "--no-check", help=pilih(
            "Folder koperasi tidak diperiksa dengan 'periksa' (lebih cepat; barisnya ditandai belum diperiksa).",
            "Do not run 'periksa' on the folders (faster; their rows are marked not checked).")),
        ketat: bool = typer.Option(False, "--ketat", "--strict", help=pilih(
            "Keluar dengan kode 3 bila ada masalah.", "Exit with code 3 when there is any problem.")),
        riwayat: str = typer.Option(None, "--riwayat", "--history", metavar="FILE", help=pilih(
            "Berkas JSON tempat jangkar tiap koperasi diingat; buku yang diubah setelah dilaporkan atau kembali ke "
            "keadaan lama didaftar sebagai masalah. Dibuat bila belum ada, diperbarui setelah rekap berhasil.",
            "A JSON file remembering each cooperative's anchors; books rewritten after a report or gone back to an "
            "older state are listed as problems. Created when missing, updated after a successful rekap.")),
        mesin: str = typer.Option(None, "--mesin", "--engine", metavar=pilih("bawaan|duckdb", "builtin|duckdb"), help=pilih(
            "Pembaca berkas ekspor: bawaan (bila tidak disebut), atau duckdb (perlu paket duckdb; untuk puluhan "
            "ribu ekspor). Hasilnya sama. Dengan -o FILE.parquet hasilnya ditulis sebagai Parquet.",
            "The reader of the export files: builtin (when not given), or duckdb (needs the duckdb package; for "
            "tens of thousands of exports). The results are the same. With -o FILE.parquet the rekap is written as Parquet.")),
    ) -> None:
        import sys
        from pathlib import Path

        from koperasi_cli import i18n
        from koperasi_cli.core.galat import PEMAKAIAN, Galat
        from koperasi_cli.core.tanggal import parse_bulan
        from koperasi_cli.reports import rekap_tulis
        from koperasi_cli.reports.rekap import bulan_bawaan, kumpulkan

        fmt = format_keluaran(fmt, output, ("table", "json", "csv", "xlsx", "parquet"))
        if fmt == "parquet" and not output:
            raise Galat("format_perlu_berkas", keluar=PEMAKAIAN, format=fmt)
        m = (mesin or "bawaan").strip().lower()
        m = {"bawaan": "bawaan", "builtin": "bawaan", "duckdb": "duckdb"}.get(m)
        if m is None:
            raise Galat("rekap_mesin_salah", keluar=PEMAKAIAN, mesin=mesin)
        if fmt == "parquet":
            from koperasi_cli.reports.rekap_parquet import penulis

            penulis()  # refused before anything is read when neither duckdb nor pyarrow is there
        bagian_csv = _bagian_csv(fmt, output)  # checked before the (long) work
        b = parse_bulan(bulan) if bulan else bulan_bawaan()
        rw = None
        if riwayat:
            from koperasi_cli.ledger.berkas import cek_keluaran
            from koperasi_cli.reports.rekap_riwayat import Riwayat

            cek_keluaran(Path(riwayat))
            if output and Path(output).resolve() == Path(riwayat).resolve():
                raise Galat("rekap_riwayat_rusak", keluar=PEMAKAIAN, berkas=riwayat)
            rw = Riwayat(Path(riwayat))
        with _kemajuan() as maju, kumpulkan(paths, b, pekerja=pekerja, dengan_periksa=not tanpa_periksa,
                                            kemajuan=maju, riwayat=rw, mesin=m) as hasil:
            ditulis = [output] if output else []
            if fmt == "xlsx" and hasil.ringkasan["koperasi"] > rekap_tulis.AMBANG_NASIONAL:
                # A national workbook: summaries per province and kabupaten/kota, the detail beside it
                # (Parquet when DuckDB reads, else CSV), written first so the workbook names a file that is there.
                o = Path(output)
                if m == "duckdb":
                    from koperasi_cli.reports.rekap_parquet import tulis_koperasi

                    rincian = o.with_name(f"{o.stem}-koperasi.parquet")
                    tulis_koperasi(hasil, rincian)
                else:
                    rincian = o.with_name(f"{o.stem}-koperasi.csv")
                    rekap_tulis.tulis_berkas(rincian, lambda f: rekap_tulis.tulis_csv(hasil, f, "koperasi"))
                rekap_tulis.tulis_xlsx(hasil, o, rincian=rincian.name)
                ditulis = [output, str(rincian)]
                pesan(i18n.t("rekap_nasional", ambang=rekap_tulis.AMBANG_NASIONAL, rincian=str(rincian)))
            elif fmt == "xlsx":
                rekap_tulis.tulis_xlsx(hasil, Path(output))
            elif fmt == "parquet":
                from koperasi_cli.reports.rekap_parquet import tulis_parquet

                ditulis = [str(x) for x in tulis_parquet(hasil, Path(output))]
            elif fmt == "csv" and output:
                _tulis_csv_bagian(hasil, output, bagian_csv)
                ditulis = []  # the CSV files are named as they are written
            elif output:
                tulis = rekap_tulis.tulis_json if fmt == "json" else None
                if tulis is None:
                    import io

                    from rich.console import Console

                    def tulis(r, f):
                        teks = io.StringIO()
                        rekap_tulis.ke_terminal(r, Console(file=teks, width=200, color_system=None))
                        f.write(teks.getvalue().encode("utf-8"))
                rekap_tulis.tulis_berkas(Path(output), lambda f: tulis(hasil, f))
            elif fmt == "json":
                rekap_tulis.tulis_json(hasil, sys.stdout.buffer)
                sys.stdout.flush()
            elif fmt == "csv":
                rekap_tulis.tulis_csv(hasil, sys.stdout.buffer, bagian_csv[0])
                sys.stdout.flush()
            else:
                rekap_tulis.ke_terminal(hasil)
            r = hasil.ringkasan
            if rw is not None:  # only now: a rekap that failed half way leaves the history as it was
                rw.tulis()
            for x in ditulis:
                pesan(pilih(f"Ditulis: {x}", f"Written: {x}"))
            pesan(i18n.t("rekap_ringkas", bulan=str(b), koperasi=r["koperasi"], dijumlahkan=r["dijumlahkan"],
                         masalah=r["masalah"]))
            if ketat and r["masalah"]:
                pesan(i18n.t("rekap_ada_masalah", masalah=r["masalah"]))
                raise typer.Exit(3)


def _bagian_csv(fmt: str, output: str | None) -> list[str]:
    """The sections the rekap writes as CSV (one plain CSV each): the one --bagian names, or
    all of them to -o; refused (before any work) to stdout without --bagian, and --bagian with
    another format."""
    from koperasi_cli.core.galat import PEMAKAIAN, Galat
    from koperasi_cli.reports.model import kunci
    from koperasi_cli.reports.rekap_tulis import BAGIAN_CSV
    from koperasi_cli.reports.render import BAGIAN

    nama = BAGIAN.get()
    sah = ", ".join(k.replace("_", "-") for k in BAGIAN_CSV)
    if nama is not None:
        if fmt != "csv":
            raise Galat("bagian_hanya_csv", keluar=PEMAKAIAN, format=fmt)
        if kunci(nama) not in BAGIAN_CSV:
            raise Galat("bagian_tidak_ada", keluar=PEMAKAIAN, bagian=nama, sah=sah)
        return [kunci(nama)]
    if fmt == "csv" and not output:
        raise Galat("csv_banyak_bagian", keluar=PEMAKAIAN, bagian=sah)
    return list(BAGIAN_CSV)


def _tulis_csv_bagian(hasil, output: str, bagian: list[str]) -> None:
    """-o DIR/ writes DIR/<section>.csv, -o base.csv base-<section>.csv (or base.csv for one)."""
    from pathlib import Path

    from koperasi_cli.cli.umum import folder_keluaran, pesan
    from koperasi_cli.reports import rekap_tulis

    for k in bagian:
        nama = k.replace("_", "-")
        p = Path(output)
        p = p / f"{nama}.csv" if folder_keluaran(output) else p if len(bagian) == 1 else p.with_name(f"{p.stem}-{nama}{p.suffix}")
        rekap_tulis.tulis_berkas(p, lambda f, k=k: rekap_tulis.tulis_csv(hasil, f, k))
        pesan(pilih(f"Ditulis: {p}", f"Written: {p}"))
