"""`koperasi init`, `info`, `periksa`."""


from pathlib import Path

import re

import typer

from koperasi_cli.cli.umum import cek_teks, cetak_json, folder, format_keluaran, opsi_format, perintah
from koperasi_cli.i18n import pilih

_OPSI_INIT = {
    "nama": ("Nama koperasi.", "The cooperative's name."),
    "nik_koperasi": ("Nomor Induk Koperasi (angka; boleh kosong).", "Nomor Induk Koperasi (digits; optional)."),
    "badan_hukum": ("Nomor SK badan hukum.", "Legal entity decree number."),
    "tanggal_badan_hukum": ("Tanggal SK badan hukum.", "Date of the legal entity decree."),
    "npwp": ("NPWP koperasi.", "Tax number (NPWP)."),
    "nib": ("Nomor Induk Berusaha.", "Business number (NIB)."),
    "alamat": ("Alamat kantor.", "Office address."),
    "desa": ("Desa/kelurahan.", "Desa/kelurahan."),
    "kecamatan": ("Kecamatan.", "District (kecamatan)."),
    "kabupaten": ("Kabupaten/kota.", "Regency or city."),
    "provinsi": ("Provinsi.", "Province."),
    "kode_wilayah": ("Kode wilayah PP.KK.CC.DDDD.", "Area code PP.KK.CC.DDDD."),
    "zona_waktu": ("Zona waktu (bawaan: dari provinsi).", "Time zone (default: from the province)."),
    "mulai": ("Hari pertama pembukuan (bawaan: awal bulan ini).", "First day of the books (default: first of this month)."),
    "ketua": ("Nama ketua.", "Name of the chair (ketua)."),
    "bendahara": ("Nama bendahara.", "Name of the treasurer (bendahara)."),
}


_AWALAN_PROFIL = re.compile(r"^(?:(?:Kunci|Key) )?profil\.[a-z_]+(?: (?:di|in) koperasi\.yaml)?:?\s*")


def _sebagai_opsi(g):
    """A profile finding of `init` named by its option (--kecamatan), not by the profile's key
    or file, which a user typing options has never seen."""
    from koperasi_cli import i18n
    from koperasi_cli.core.galat import Galat

    kunci = str(g.param.get("kunci") or g.param.get("medan") or "")
    if not kunci.startswith("profil."):
        return g
    pesan = _AWALAN_PROFIL.sub("", i18n.t(g.kode, **g.param))
    return Galat("init_isian_salah", opsi="--" + kunci[len("profil."):].replace("_", "-"),
                 pesan=pesan)


def daftarkan(app: typer.Typer) -> None:
    @perintah(app, "init", "register", pilih("Daftarkan koperasi baru: buat koperasi.yaml dan folder data.",
                                             "Register a new cooperative: create koperasi.yaml and the data folder."))
    def init(
        ctx: typer.Context,
        nama: str = typer.Option(None, "--nama", callback=cek_teks("--nama", 100), help=pilih(*_OPSI_INIT["nama"])),
        nik_koperasi: str = typer.Option(None, "--nik-koperasi", help=pilih(*_OPSI_INIT["nik_koperasi"])),
        badan_hukum: str = typer.Option(None, "--badan-hukum", help=pilih(*_OPSI_INIT["badan_hukum"])),
        tanggal_badan_hukum: str = typer.Option(None, "--tanggal-badan-hukum", help=pilih(*_OPSI_INIT["tanggal_badan_hukum"])),
        npwp: str = typer.Option(None, "--npwp", help=pilih(*_OPSI_INIT["npwp"])),
        nib: str = typer.Option(None, "--nib", help=pilih(*_OPSI_INIT["nib"])),
        alamat: str = typer.Option(None, "--alamat", callback=cek_teks("--alamat", 200), help=pilih(*_OPSI_INIT["alamat"])),
        desa: str = typer.Option(None, "--desa", callback=cek_teks("--desa", 100), help=pilih(*_OPSI_INIT["desa"])),
        kecamatan: str = typer.Option(None, "--kecamatan", callback=cek_teks("--kecamatan", 100), help=pilih(*_OPSI_INIT["kecamatan"])),
        kabupaten: str = typer.Option(None, "--kabupaten", callback=cek_teks("--kabupaten", 100), help=pilih(*_OPSI_INIT["kabupaten"])),
        provinsi: str = typer.Option(None, "--provinsi", callback=cek_teks("--provinsi", 100), help=pilih(*_OPSI_INIT["provinsi"])),
        kode_wilayah: str = typer.Option(None, "--kode-wilayah", help=pilih(*_OPSI_INIT["kode_wilayah"])),
        zona_waktu: str = typer.Option(None, "--zona-waktu", help=pilih(*_OPSI_INIT["zona_waktu"])),
        mulai: str = typer.Option(None, "--mulai", help=pilih(*_OPSI_INIT["mulai"])),
        ketua: str = typer.Option(None, "--ketua", help=pilih(*_OPSI_INIT["ketua"])),
        bendahara: str = typer.Option(None, "--bendahara", help=pilih(*_OPSI_INIT["bendahara"])),
        simpanan_pokok: str = typer.Option(None, "--simpanan-pokok", help=pilih("Simpanan pokok (bawaan 100.000).", "Simpanan pokok (default 100.000).")),
        simpanan_wajib: str = typer.Option(None, "--simpanan-wajib", help=pilih("Simpanan wajib per bulan (bawaan 20.000).", "Monthly simpanan wajib (default 20.000).")),
        unit: list[str] = typer.Option(None, "--unit", help=pilih(
            "Unit usaha program (boleh berulang atau dipisah koma): sembako, toko, apotek, klinik, peti-es, cold-storage, gudang, logistik. Kantor dan simpan-pinjam selalu ada.",
            "Programme units (repeatable or comma-separated): sembako, toko, apotek, klinik, peti-es, cold-storage, gudang, logistik. Kantor and simpan-pinjam are always there.")),
        dari: Path = typer.Option(None, "--dari", help=pilih("Ambil isian dari berkas YAML.", "Take the fields from a YAML file.")),
    ) -> None:
        from datetime import date

        from koperasi_cli.core.galat import PEMAKAIAN, Galat, GalatBanyak
        from koperasi_cli.core.tanggal import parse_tanggal
        from koperasi_cli.core.uang import parse_jumlah
        from koperasi_cli.layanan import koperasi as lay
        from koperasi_cli.ledger.buku import zona_sah
        from koperasi_cli.lingkungan import aktif

        ling = aktif()
        root = ctx.find_root().obj or {}
        akar = Path(root.get("folder") or ling.get("KOPERASI_DIR") or ".")
        isian: dict = lay.baca_dari_berkas(dari) if dari else {}
        lokal = dict(locals())
        for k in _OPSI_INIT:
            if lokal.get(k) is not None:
                isian[k] = lokal[k]
        zona = str(isian.get("zona_waktu") or "")
        hari_ini = ling.hari_ini(zona) if zona and zona_sah(zona) else ling.hari_ini()  # the zone's today
        kurang = lay.kurang_wajib({**isian, "mulai": isian.get("mulai") or "x"})
        tanya = bool(kurang) and ling.tty("stdin")
        if kurang and not tanya:
            # A missing option is a usage error (exit 2), as Click's own "Missing option" is.
            raise Galat("init_kurang", keluar=PEMAKAIAN, kunci=", ".join("--" + k.replace("_", "-") for k in kurang))
        if tanya:  # every required field still missing, the area code and the first day included
            from koperasi_cli.cli.init_tanya import tanya_isian

            if (akar / "koperasi.yaml").exists():  # refused before the questions, not after them
                raise Galat("koperasi_sudah_ada", folder=str(akar))
            if (induk := lay.koperasi_induk(akar)) is not None:
                raise Galat("init_di_dalam_koperasi", folder=str(akar), induk=str(induk))

            tanya_isian(isian, wajib_kode=not dari)
        for k in ("mulai", "tanggal_badan_hukum"):
            if isian.get(k) not in (None, "") and not isinstance(isian[k], date):
                isian[k] = parse_tanggal(str(isian[k]), hari_ini)
        if isian.get("mulai") in (None, ""):
            from koperasi_cli.cli.init_tanya import hari_pertama_bawaan

            isian["mulai"] = hari_pertama_bawaan(isian)
        daftar_unit = [x.strip() for u in (unit or []) for x in u.split(",") if x.strip()]
        if not daftar_unit and not dari and ling.tty("stdin"):
            from koperasi_cli.cli.init_tanya import tanya_unit

            daftar_unit = tanya_unit()
        from koperasi_cli.cli.interupsi import jaga_folder

        try:
            with jaga_folder(akar):  # Ctrl-C: no half-made folder is left
                lay.daftarkan_koperasi(
                    akar, isian,
                    pokok=parse_jumlah(simpanan_pokok) if simpanan_pokok is not None else 100_000,
                    wajib=parse_jumlah(simpanan_wajib) if simpanan_wajib is not None else 20_000,
                    unit=daftar_unit or None,
                )
        except GalatBanyak as g:
            if g.kode != "profil_tidak_sah" or dari:  # from a YAML file its keys are the right names
                raise
            raise GalatBanyak("init_isian_tidak_sah", [_sebagai_opsi(x) for x in g.daftar]) from None
        typer.echo(pilih(f"Koperasi '{isian['nama']}' terdaftar di {akar}.", f"Cooperative '{isian['nama']}' registered in {akar}."))

    @perintah(app, "info", "info", pilih("Profil koperasi dan ringkasan buku.", "The cooperative's profile and a summary of its books."))
    def info(ctx: typer.Context, fmt: str = opsi_format()) -> None:
        from koperasi_cli.cli.umum import baca_buku
        from koperasi_cli.core.uang import format_rupiah
        from koperasi_cli.layanan.koperasi import ringkasan

        fmt = format_keluaran(fmt, None, ("table", "json"))
        with baca_buku(ctx) as buku:
            r = ringkasan(buku)
        if fmt == "json":
            cetak_json(r)
            return
        t = r["entri_terakhir"]
        baris = [
            (pilih("Nama", "Name"), r["nama"]),
            (pilih("Desa/kelurahan", "Desa/kelurahan"), f"{r['desa']}, {r['kecamatan']}, {r['kabupaten']}"),
            (pilih("Kode wilayah", "Area code"), r["kode_wilayah"] or "-"),
            (pilih("NIK koperasi", "NIK koperasi"), r["nik_koperasi"] or "-"),
            (pilih("Mulai buku", "Books start"), r["mulai"]),
            (pilih("Zona waktu", "Time zone"), r["zona_waktu"]),
            (pilih("Anggota aktif", "Active members"), f"{r['anggota']['aktif']} / {r['anggota']['jumlah']}"),
            (pilih("Jumlah jurnal", "Entries"), str(r["jumlah_entri"])),
            (pilih("Jurnal terakhir", "Last entry"), f"{t['id']} {t['tanggal']} {t['ket']}" if t else "-"),
            (pilih("Bulan ditutup", "Closed months"), ", ".join(r["bulan_tutup"]) or "-"),
            (pilih("Jangkar buku", "Books' anchor"), r["jangkar"]),
            (pilih("Kas dan bank", "Cash and bank"), format_rupiah(r["saldo"]["kas_dan_bank"])),
            (pilih("Total aset", "Total assets"), format_rupiah(r["saldo"]["total_aset"])),
            (pilih("SHU berjalan", "Current result (SHU)"), format_rupiah(r["saldo"]["shu_berjalan"])),
        ]
        from koperasi_cli.reports.render import kunci_nilai

        kunci_nilai([(k, str(v)) for k, v in baris])
        for x in r.get("pajak_terlambat", []):
            typer.echo(pilih(f"Pengingat: PPh final {x['bulan']} Rp {format_rupiah(x['pph'])} belum disetor (batas {x['batas_setor']}); "
                             f"'koperasi pajak setor {x['bulan']}'.",
                             f"Reminder: the final tax of {x['bulan']}, Rp {format_rupiah(x['pph'])}, is unpaid (due {x['batas_setor']}); "
                             f"'koperasi pajak setor {x['bulan']}'."))

    @perintah(app, "periksa", "check", pilih("Periksa seluruh buku: keseimbangan, rantai hash, total, berkas.",
                                             "Verify the whole ledger: balance, hash chain, totals, files."))
    def periksa(
        ctx: typer.Context, fmt: str = opsi_format(),
        jangkar: list[str] = typer.Option(
            None, "--jangkar", metavar="ID:HASH",
            help=pilih("Jangkar dari laporan atau 'info' sebelumnya (boleh berulang): gagal bila rantai tidak lagi memuat entri itu dengan hash itu.",
                       "An anchor from an earlier report or 'info' (repeatable): fails when the chain no longer holds that entry with that hash.")),
    ) -> None:
        from koperasi_cli.cli.main import render_galat
        from koperasi_cli.ledger.buku import Buku
        from koperasi_cli.layanan.periksa import periksa as periksa_buku
        from koperasi_cli.ledger.periksa import parse_jangkar, periksa_jangkar

        fmt = format_keluaran(fmt, None, ("table", "json"))
        for j in jangkar or []:
            parse_jangkar(j)  # a malformed anchor is refused before the books are read
        with Buku.buka_untuk_baca(folder(ctx)) as buku:
            temuan = periksa_jangkar(buku, jangkar or []) + periksa_buku(buku)
            n = buku.jumlah_entri
        pesan = [render_galat(g) for g in temuan]
        if fmt == "json":
            cetak_json({"baik": not temuan, "jumlah_entri": n, "temuan": pesan})
        elif temuan:
            typer.echo(pilih(f"Ditemukan {len(temuan)} masalah:", f"{len(temuan)} problem(s) found:"), err=True)
            for p in pesan[:50]:
                typer.echo(f"  - {p}", err=True)
            if len(pesan) > 50:
                typer.echo(pilih(f"  ... dan {len(pesan) - 50} lagi (--format json menampilkan semuanya).",
                                 f"  ... and {len(pesan) - 50} more (--format json lists them all)."), err=True)
            from koperasi_cli import i18n

            typer.echo(i18n.t("saran_pulihkan"), err=True)  # the way back: the latest backup
        else:
            typer.echo(pilih(f"Buku baik: {n} jurnal diperiksa, semua aturan terpenuhi.",
                             f"The books are sound: {n} entries checked, every rule holds."))
        if temuan:
            raise typer.Exit(3)

