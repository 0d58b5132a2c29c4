"""`koperasi aset ...` [asset]: fixed assets (tambah, susut, lepas, daftar, kartu)."""

from __future__ import annotations

import typer

from koperasi_cli.cli.umum import (
    OpsiCatat, buka_buku, cek_teks, cetak_json, folder, format_keluaran, grup, opsi_catat,
    opsi_coba, opsi_format, opsi_output, perintah, tampilkan, tanggal,
)
from koperasi_cli.core.uang import format_rupiah as _rp
from koperasi_cli.cli.umum import opsi_ya
from koperasi_cli.i18n import pilih


def _awal(coba: bool) -> str:
    return pilih("Akan dicatat" if coba else "Dicatat", "Would record" if coba else "Recorded")


def _tanpa_rekaman(h: dict) -> dict:
    return {k: v for k, v in h.items() if k != "rekaman"}


def _umur(teks: str | None) -> int | None:
    from koperasi_cli.core.galat import Galat

    if teks is None:
        return None
    s = teks.strip()
    if not s.isdigit():
        raise Galat("aset_umur_tidak_sah", nilai=teks, maks=1200)
    return int(s)


def _identitas(buku) -> dict:
    from koperasi_cli.reports.model import identitas_dari

    return identitas_dari(buku.profil)


def daftarkan(app: typer.Typer) -> None:
    aset = grup(app, "aset", "asset", pilih("Aset tetap: perolehan, penyusutan, pelepasan, daftar, kartu.",
                                            "Fixed assets: acquisition, depreciation, disposal, register, card."))

    @perintah(aset, "tambah", "add", pilih(
        "Catat perolehan aset tetap: dibayar dari kas atau bank, hibah (nilai wajar, akun 3104) atau utang kepada pemasok.",
        "Record an acquisition: paid from cash or the bank, a grant in kind (fair value, account 3104) or owed to the supplier."))
    @opsi_catat(bantuan_kas=("Akun kas atau bank yang membayar (bawaan: kas.akun, atau 1104 untuk --sumber bank).",
                             "Cash or bank account paying (default: kas.akun, or 1104 with --sumber bank)."))
    def tambah(
        ctx: typer.Context,
        kode: str = typer.Option(..., "--kode", help=pilih("Kode aset, mis. GERAI1.", "Asset code, e.g. GERAI1.")),
        nama: str = typer.Option(..., "--nama", callback=cek_teks("--nama", 100), help=pilih("Nama aset.", "Asset name.")),
        golongan: str = typer.Option(..., "--golongan", help=pilih("tanah, bangunan, peralatan atau kendaraan.",
                                                                    "tanah (land), bangunan (building), peralatan (equipment) or kendaraan (vehicle).")),
        harga: str = typer.Option(..., "--harga", help=pilih("Harga perolehan (harga + biaya sampai siap pakai), atau nilai wajar hibah.",
                                                             "Cost (price + cost to bring into use), or a grant's fair value.")),
        umur: str = typer.Option(None, "--umur", help=pilih("Umur manfaat dalam bulan (bawaan per golongan di profil: peralatan 48, kendaraan 96, bangunan 240).",
                                                            "Useful life in months (default by group in the profile: equipment 48, vehicles 96, buildings 240).")),
        residu: str = typer.Option(None, "--residu", help=pilih("Nilai residu (bawaan 0).", "Residual value (default 0).")),
        sumber: str = typer.Option("kas", "--sumber", help=pilih("kas, bank, hibah atau utang (bawaan kas).", "kas (cash), bank, hibah (grant) or utang (owed); default kas.")),
        pemasok: str = typer.Option(None, "--pemasok", callback=cek_teks("--pemasok", 100), help=pilih("Pemasok yang diutangi (wajib untuk --sumber utang).",
                                                                  "Supplier owed (required with --sumber utang).")),
        catat: OpsiCatat = None,
        fmt: str = opsi_format(),
        coba: bool = opsi_coba(),
    ) -> None:
        from koperasi_cli.core.uang import parse_jumlah
        from koperasi_cli.layanan import aset as lay

        fmt = format_keluaran(fmt, None, ("table", "json"))
        n = parse_jumlah(harga)
        r = parse_jumlah(residu, boleh_nol=True) if residu is not None else None
        u = _umur(umur)
        with buka_buku(ctx, coba=coba) as buku:
            h = lay.tambah(buku, kode=kode, nama=nama, golongan=golongan, harga=n, konteks=catat.konteks(buku, "kantor"),
                           umur=u, residu=r, sumber=sumber, pemasok=pemasok)
        if fmt == "json":
            cetak_json(_tanpa_rekaman(h))
            return
        rek = h["rekaman"]
        typer.echo(f"{_awal(coba)}: {rek['id']} {rek['tanggal']} Rp {_rp(h['harga'])} - {rek['ket']}")
        typer.echo(f"    D {h['akun']}  K {h['akun_bayar']}")
        if h["umur"]:
            typer.echo(pilih(
                f"    Susut Rp {_rp(h['susut_bulanan'])} per bulan, {h['susut_mulai']} s.d. {h['susut_akhir']} ({h['umur']} bulan, residu Rp {_rp(h['residu'])})",
                f"    Depreciation Rp {_rp(h['susut_bulanan'])} a month, {h['susut_mulai']} to {h['susut_akhir']} ({h['umur']} months, residual Rp {_rp(h['residu'])})"))
        else:
            typer.echo(pilih("    Tanah tidak disusutkan.", "    Land is not depreciated."))

    @perintah(aset, "susut", "depreciate", pilih(
        "Posting penyusutan satu bulan (sekali per bulan; tutup-buku memostingnya bila belum).",
        "Post one month's depreciation (once per month; month closing posts it when not yet done)."))
    @opsi_catat(tanggal=False, unit=False, kas=False)
    def susut(
        ctx: typer.Context,
        bulan: str = typer.Argument(..., help=pilih("Bulan, mis. 2025-10.", "Month, e.g. 2025-10.")),
        catat: OpsiCatat = None,
        fmt: str = opsi_format(),
        coba: bool = opsi_coba(), ya: bool = opsi_ya(),
    ) -> None:
        from koperasi_cli.core.tanggal import parse_bulan
        from koperasi_cli.layanan import aset as lay

        fmt = format_keluaran(fmt, None, ("table", "json"))
        with buka_buku(ctx, coba=coba, ya=ya) as buku:
            b = parse_bulan(bulan, buku.hari_ini())
            h = lay.susut(buku, b, konteks=catat.konteks(buku, tanggal_bawaan=b.akhir))
        if fmt == "json":
            cetak_json(_tanpa_rekaman(h))
            return
        typer.echo(f"{_awal(coba)}: {h['entri']} {h['tanggal']} Rp {_rp(h['jumlah'])} - {h['rekaman']['ket']}")
        for kode, n in h["aset"].items():
            typer.echo(f"    {kode:<12} {_rp(n):>14}")

    @perintah(aset, "lepas", "dispose", pilih(
        "Jual atau hapus aset (--harga 0): penyusutan yang tertunda diposting dulu, lalu laba atau rugi pelepasannya.",
        "Sell or write off an asset (--harga 0): depreciation still due is posted first, then the gain or loss."))
    @opsi_catat()
    def lepas(
        ctx: typer.Context,
        kode: str = typer.Argument(..., help=pilih("Kode aset.", "Asset code.")),
        harga: str = typer.Option(..., "--harga", help=pilih("Harga jual yang diterima (0 untuk penghapusan).", "Proceeds received (0 for a write-off).")),
        catat: OpsiCatat = None,
        fmt: str = opsi_format(),
        coba: bool = opsi_coba(),
    ) -> None:
        from koperasi_cli.core.uang import parse_jumlah
        from koperasi_cli.layanan import aset as lay

        fmt = format_keluaran(fmt, None, ("table", "json"))
        n = parse_jumlah(harga, boleh_nol=True)
        with buka_buku(ctx, coba=coba) as buku:
            h = lay.lepas(buku, kode, n, konteks=catat.konteks(buku, "kantor" if catat.unit else None))
        if fmt == "json":
            cetak_json(_tanpa_rekaman(h))
            return
        if h["entri_susut"]:
            typer.echo(pilih(f"Penyusutan tertunda diposting: {', '.join(h['entri_susut'])}",
                             f"Depreciation still due posted: {', '.join(h['entri_susut'])}"))
        typer.echo(f"{_awal(coba)}: {h['entri']} {h['tanggal']} - {h['rekaman']['ket']}")
        typer.echo(pilih(
            f"    Harga perolehan Rp {_rp(h['harga'])}, akumulasi Rp {_rp(h['akumulasi'])}, nilai buku Rp {_rp(h['nilai_buku'])}",
            f"    Cost Rp {_rp(h['harga'])}, accumulated Rp {_rp(h['akumulasi'])}, book value Rp {_rp(h['nilai_buku'])}"))
        if h["laba"] >= 0:
            typer.echo(pilih(f"    Harga jual Rp {_rp(h['harga_jual'])}: laba Rp {_rp(h['laba'])}",
                             f"    Proceeds Rp {_rp(h['harga_jual'])}: gain Rp {_rp(h['laba'])}"))
        else:
            typer.echo(pilih(f"    Harga jual Rp {_rp(h['harga_jual'])}: rugi Rp {_rp(-h['laba'])}",
                             f"    Proceeds Rp {_rp(h['harga_jual'])}: loss Rp {_rp(-h['laba'])}"))

    @perintah(aset, "daftar", "list", pilih("Daftar aset tetap per tanggal: harga, akumulasi penyusutan, nilai buku.",
                                            "The fixed asset register at a date: cost, accumulated depreciation, book value."))
    def daftar(
        ctx: typer.Context,
        per: str = typer.Option(None, "--per", help=pilih("Per tanggal (bawaan: hari ini).", "As of this date (default: today).")),
        fmt: str = opsi_format(),
        output: str = opsi_output(),
    ) -> None:
        from koperasi_cli.layanan import aset as lay
        from koperasi_cli.ledger.buku import baca_aman
        from koperasi_cli.reports import aset as lap

        def buat(buku):
            return lap.register(lay.daftar(buku, tanggal(buku, per)), _identitas(buku))

        tampilkan(baca_aman(folder(ctx), buat), fmt, output)

    @perintah(aset, "kartu", "card", pilih("Kartu aset: riwayatnya bulan demi bulan dan sisa jadwal penyusutan.",
                                           "The asset card: its history month by month and the rest of its schedule."))
    def kartu(
        ctx: typer.Context,
        kode: str = typer.Argument(..., help=pilih("Kode aset.", "Asset code.")),
        fmt: str = opsi_format(),
        output: str = opsi_output(),
    ) -> None:
        from koperasi_cli.layanan import aset as lay
        from koperasi_cli.ledger.buku import baca_aman
        from koperasi_cli.reports import aset as lap

        def buat(buku):
            return lap.kartu(lay.kartu(buku, kode), _identitas(buku))

        tampilkan(baca_aman(folder(ctx), buat), fmt, output)
