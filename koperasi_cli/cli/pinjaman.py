"""`koperasi pinjaman ...` and `koperasi laporan pinjaman`.

No `from __future__ import annotations` here: Typer would evaluate every string annotation of
every command at start-up (compile + eval), a cost paid by every `koperasi` invocation."""

import typer

from koperasi_cli.cli.umum import (
    OpsiCatat, baca_buku, buka_buku, cetak_json, format_keluaran, grup, opsi_catat,
    opsi_coba, opsi_format, opsi_output, perintah, pesan, tampilkan, tanggal,
)
from koperasi_cli.core.uang import format_persen
from koperasi_cli.core.uang import format_rupiah as _rp
from koperasi_cli.cli.umum import opsi_ya
from koperasi_cli.i18n import pilih
from koperasi_cli.i18n.nama import label


def _opsi_per():
    return typer.Option(None, "--per", help=pilih("Per tanggal (bawaan: hari ini).", "As of this date (default: today)."))


def _arg_id():
    return typer.Argument(..., metavar="ID", help=pilih("Nomor pinjaman, mis. PJ00001.", "Loan id, e.g. PJ00001."))


def _awal(coba: bool) -> str:
    return pilih("Akan dicatat" if coba else "Dicatat", "Would record" if coba else "Recorded")


def _cetak_bayar(h: dict, coba: bool) -> None:
    typer.echo(f"{_awal(coba)}: {h['entri']} {h['tanggal']} " + pilih("pinjaman", "loan")
               + f" {h['pinjaman']} ({h['anggota']}) Rp {_rp(h['jumlah'])}")
    if "pemulihan" in h:
        typer.echo(pilih("  Pemulihan pinjaman dihapus buku (pendapatan): ", "  Recovery on a written-off loan (income): ")
                   + _rp(h["pemulihan"]))
    else:
        typer.echo(pilih("  Denda  : ", "  Penalty  : ") + _rp(h["denda"]))
        typer.echo(pilih("  Jasa   : ", "  Interest : ") + _rp(h["jasa"]))
        typer.echo(pilih("  Pokok  : ", "  Principal: ") + _rp(h["pokok"]))
    if h.get("lebih"):
        typer.echo(pilih("  Ke simpanan sukarela: ", "  To simpanan sukarela: ") + _rp(h["lebih"]))
    if h.get("titipan"):
        typer.echo(pilih("  Titipan angsuran (2113): ", "  Held as a prepayment (2113): ") + _rp(h["titipan"]))
    if h.get("dari_titipan"):
        typer.echo(pilih("  Dari titipan angsuran (2113): ", "  From the prepayment held (2113): ") + _rp(h["dari_titipan"]))
    if "jasa_dihapus" in h:
        if h["jasa_dihapus"]:
            typer.echo(pilih("  Jasa tidak ditagih (pelunasan dipercepat): ", "  Interest waived (early payoff): ") + _rp(h["jasa_dihapus"]))
        typer.echo(pilih("  Pinjaman lunas.", "  The loan is paid off."))
    elif "pemulihan" not in h:
        typer.echo(pilih("  Sisa pokok: ", "  Principal left: ") + _rp(h["sisa_pokok"])
                   + (pilih(" (lunas)", " (paid off)") if h["lunas"] else ""))


def _bulat(kode: str):
    """An option callback: a whole number read by the one parser (`core.masukan.parse_bulat`):
    ASCII digits only (Click's int would take `١٢` for 12)."""

    def baca(nilai):
        from koperasi_cli.core.masukan import parse_bulat

        return None if nilai is None else parse_bulat(nilai, kode=kode)

    return baca


def daftarkan(app: typer.Typer) -> None:
    pj = grup(app, "pinjaman", "loan", pilih(
        "Pinjaman anggota: simulasi, cair, angsur, jadwal, tunggakan, pelunasan, PPAP, hapus buku.",
        "Member loans: simulate, disburse, repay, schedule, arrears, payoff, provision, write-off."))

    @perintah(pj, "simulasi", "simulate", pilih("Hitung jadwal angsuran tanpa mencatat apa pun.",
                                                "Compute an installment schedule; records nothing."))
    def simulasi(
        ctx: typer.Context,
        jumlah: str = typer.Argument(..., help=pilih("Pokok pinjaman, mis. 5jt.", "Principal, e.g. 5jt.")),
        tenor: str = typer.Option(..., "--tenor", help=pilih("Jumlah bulan.", "Number of months."), callback=_bulat("pinjaman_tenor_tidak_sah"), metavar="INTEGER"),
        bunga: str = typer.Option(None, "--bunga", help=pilih("Jasa, persen per bulan (mis. 1.5).", "Interest, percent a month (e.g. 1.5).")),
        metode: str = typer.Option(None, "--metode", help="flat | efektif | anuitas"),
        produk: str = typer.Option(None, "--produk", help=pilih("Produk pinjaman dari koperasi.yaml.", "Loan product from koperasi.yaml.")),
        kelipatan: str = typer.Option(None, "--kelipatan", callback=_bulat("pinjaman_kelipatan_tidak_sah"), metavar="INTEGER", help=pilih("Bulatkan angsuran ke atas ke kelipatan ini (mis. 100).", "Round installments up to this multiple (e.g. 100).")),
        tgl: str = typer.Option(None, "--tanggal", help=pilih("Tanggal cair (bawaan: hari ini).", "Disbursement date (default: today).")),
        fmt: str = opsi_format(),
        output: str = opsi_output(),
    ) -> None:
        from koperasi_cli.core.galat import Galat
        from koperasi_cli.core.tanggal import parse_tanggal
        from koperasi_cli.core.uang import parse_jumlah
        from koperasi_cli.layanan import pinjaman as lay
        from koperasi_cli.reports.pinjaman import lap_simulasi

        n = parse_jumlah(jumlah)
        try:
            from koperasi_cli.cli.umum import folder

            akar = folder(ctx)
        except Galat:
            if bunga is None or metode is None:
                raise
            akar = None
        if akar is None:
            from koperasi_cli.lingkungan import aktif

            hari_ini = aktif().hari_ini()  # no books: Bali's zone, as a new profile's
            d = parse_tanggal(tgl, hari_ini) if tgl else hari_ini
            data = lay.simulasi(None, n, tenor, tanggal=d, bunga=bunga, metode=metode, kelipatan=kelipatan)
            lap = lap_simulasi(None, data, n, tenor)
        else:
            with baca_buku(ctx) as buku:
                data = lay.simulasi(buku, n, tenor, tanggal=tanggal(buku, tgl), produk=produk, bunga=bunga,
                                    metode=metode, kelipatan=kelipatan)
                lap = lap_simulasi(buku, data, n, tenor)
        tampilkan(lap, fmt, output)

    @perintah(pj, "cair", "disburse", pilih("Cairkan pinjaman kepada anggota dan tampilkan jadwalnya.",
                                            "Disburse a loan to a member and show its schedule."))
    @opsi_catat()
    def cair(
        ctx: typer.Context,
        no: str = typer.Argument(..., metavar="NO", help=pilih("Nomor anggota.", "Member number.")),
        jumlah: str = typer.Argument(..., help=pilih("Pokok pinjaman, mis. 5jt.", "Principal, e.g. 5jt.")),
        tenor: str = typer.Option(..., "--tenor", help=pilih("Jumlah bulan.", "Number of months."), callback=_bulat("pinjaman_tenor_tidak_sah"), metavar="INTEGER"),
        bunga: str = typer.Option(None, "--bunga", help=pilih("Jasa, persen per bulan (bila produk mengizinkan).", "Interest, percent a month (if the product allows).")),
        metode: str = typer.Option(None, "--metode", help="flat | efektif | anuitas"),
        produk: str = typer.Option(None, "--produk", help=pilih("Produk pinjaman (bawaan: pinjaman.produk_bawaan).", "Loan product (default: pinjaman.produk_bawaan).")),
        biaya_admin: str = typer.Option(None, "--biaya-admin", help=pilih("Biaya admin: rupiah (50rb) atau persen (1%).", "Admin fee: rupiah (50rb) or percent (1%).")),
        kelipatan: str = typer.Option(None, "--kelipatan", callback=_bulat("pinjaman_kelipatan_tidak_sah"), metavar="INTEGER", help=pilih("Bulatkan angsuran ke atas ke kelipatan ini.", "Round installments up to this multiple.")),
        penjamin: str = typer.Option(None, "--penjamin", help=pilih("Nomor anggota penjamin.", "Guarantor's member number.")),
        catat: OpsiCatat = None,
        coba: bool = opsi_coba(),
        fmt: str = opsi_format(),
    ) -> None:
        from koperasi_cli.core.uang import parse_jumlah
        from koperasi_cli.layanan import pinjaman as lay
        from koperasi_cli.reports.pinjaman import tabel_jadwal

        fmt = format_keluaran(fmt, None, ("table", "json"))
        n = parse_jumlah(jumlah)
        with buka_buku(ctx, coba=coba) as buku:
            k = catat.konteks(buku, lay.UNIT)
            h = lay.cair(buku, no, n, tenor=tenor, konteks=k, produk=produk, bunga=bunga,
                         metode=metode, biaya_admin=biaya_admin, kelipatan=kelipatan, penjamin=penjamin)
        if fmt == "json":
            cetak_json({"pinjaman": h["pinjaman"], "angsuran": h["angsuran"]})
            return
        typer.echo(f"{_awal(coba)}: {h['entri']} {h['tanggal']} " + pilih("pinjaman", "loan") + f" {h['pinjaman']} "
                   + pilih("untuk", "to") + f" {h['anggota']} {h['nama']}")
        typer.echo(pilih("  Pokok        : ", "  Principal    : ") + _rp(h["pokok"]))
        typer.echo(pilih("  Biaya admin  : ", "  Admin fee    : ") + _rp(h["biaya_admin"]))
        typer.echo(pilih("  Diterima     : ", "  Paid out     : ") + _rp(h["diterima"]) + f" ({h['akun_kas']})")
        typer.echo(f"  {label(h['metode'])}, {format_persen(h['bunga'])} " + pilih("per bulan", "a month") + f", {h['tenor']} " + pilih("bulan", "months")
                   + (pilih(", penjamin ", ", guarantor ") + h["penjamin"] if h["penjamin"] else ""))
        baris = h["angsuran"]
        from rich.console import Console

        from koperasi_cli.reports.render import cetak_tabel

        cetak_tabel(Console(), tabel_jadwal(baris), lebar=False)

    @perintah(pj, "angsur", "repay", pilih(
        "Catat pembayaran angsuran: denda, lalu jasa, lalu pokok, angsuran tertua dahulu.",
        "Record a payment: penalty, then interest, then principal, oldest installment first."))
    @opsi_catat()
    def angsur(
        ctx: typer.Context,
        id_: str = _arg_id(),
        jumlah: str = typer.Argument(..., help=pilih("Jumlah yang dibayar.", "Amount paid.")),
        lebih: bool = typer.Option(False, "--lebih-ke-sukarela", help=pilih(
            "Kelebihan bayar masuk simpanan sukarela anggota.", "Credit any excess to the member's simpanan sukarela.")),
        catat: OpsiCatat = None,
        coba: bool = opsi_coba(),
        fmt: str = opsi_format(),
    ) -> None:
        from koperasi_cli.core.uang import parse_jumlah
        from koperasi_cli.layanan import pinjaman as lay

        fmt = format_keluaran(fmt, None, ("table", "json"))
        n = parse_jumlah(jumlah)
        with buka_buku(ctx, coba=coba) as buku:
            k = catat.konteks(buku, lay.UNIT)
            h = lay.angsur(buku, id_, n, konteks=k, lebih_ke_sukarela=lebih)
        if fmt == "json":
            cetak_json(h)
        else:
            _cetak_bayar(h, coba)

    @perintah(pj, "lunasi", "settle", pilih(
        "Pelunasan dipercepat: sisa pokok, tunggakan, denda dan jasa menurut aturan produk.",
        "Early payoff: remaining principal, arrears, penalties and the interest the product asks."))
    @opsi_catat()
    def lunasi(
        ctx: typer.Context,
        id_: str = _arg_id(),
        catat: OpsiCatat = None,
        coba: bool = opsi_coba(),
        fmt: str = opsi_format(),
    ) -> None:
        from koperasi_cli.layanan import pinjaman as lay

        fmt = format_keluaran(fmt, None, ("table", "json"))
        with buka_buku(ctx, coba=coba) as buku:
            k = catat.konteks(buku, lay.UNIT)
            h = lay.lunasi(buku, id_, konteks=k)
        if fmt == "json":
            cetak_json(h)
        else:
            _cetak_bayar(h, coba)

    @perintah(pj, "jadwal", "schedule", pilih("Jadwal angsuran dengan yang sudah dibayar.", "The schedule with what has been paid."))
    def jadwal(ctx: typer.Context, id_: str = _arg_id(), per: str = _opsi_per(), fmt: str = opsi_format(),
               output: str = opsi_output()) -> None:
        from koperasi_cli.reports import daftar_pinjaman as data
        from koperasi_cli.reports.pinjaman import lap_jadwal

        with baca_buku(ctx) as buku:
            h = data.jadwal(buku, id_, tanggal(buku, per))
            lap = lap_jadwal(buku, h, data.nama_anggota(buku))
        tampilkan(lap, fmt, output)

    @perintah(pj, "daftar", "list", pilih("Daftar pinjaman berjalan dengan kolektibilitas dan PPAP.",
                                          "Outstanding loans with collectibility and provision."))
    def daftar(
        ctx: typer.Context,
        per: str = _opsi_per(),
        kolektibilitas: str = typer.Option(None, "--kolektibilitas", help=pilih(
            "Hanya golongan ini: lancar, kurang-lancar, diragukan, macet.", "Only this class: lancar, kurang-lancar, diragukan, macet.")),
        fmt: str = opsi_format(),
        output: str = opsi_output(),
    ) -> None:
        from koperasi_cli.reports import daftar_pinjaman
        from koperasi_cli.reports.pinjaman import lap_daftar

        with baca_buku(ctx) as buku:
            data = daftar_pinjaman.daftar(buku, tanggal(buku, per), kolektibilitas)
            lap = lap_daftar(buku, data, daftar_pinjaman.nama_anggota(buku))
        tampilkan(lap, fmt, output)

    @perintah(pj, "tunggakan", "arrears", pilih("Pinjaman yang menunggak, terlama dahulu.", "Loans in arrears, longest first."))
    def tunggakan(ctx: typer.Context, per: str = _opsi_per(), fmt: str = opsi_format(), output: str = opsi_output()) -> None:
        from koperasi_cli.reports.daftar_pinjaman import tunggakan as data_tunggakan
        from koperasi_cli.reports.pinjaman import lap_tunggakan

        with baca_buku(ctx) as buku:
            lap = lap_tunggakan(buku, data_tunggakan(buku, tanggal(buku, per)))
        tampilkan(lap, fmt, output)

    @perintah(pj, "hapus-buku", "write-off", pilih("Hapus buku pinjaman macet atas beban PPAP.",
                                                   "Write off a macet loan against the provision."))
    @opsi_catat(kas=False)
    def hapus_buku(
        ctx: typer.Context,
        id_: str = _arg_id(),
        catat: OpsiCatat = None,
        coba: bool = opsi_coba(),
        fmt: str = opsi_format(),
    ) -> None:
        from koperasi_cli.layanan import pinjaman as lay

        fmt = format_keluaran(fmt, None, ("table", "json"))
        with buka_buku(ctx, coba=coba) as buku:
            k = catat.konteks(buku, lay.UNIT)
            h = lay.hapus_buku(buku, id_, konteks=k)
        if fmt == "json":
            cetak_json(h)
            return
        typer.echo(f"{_awal(coba)}: {h['entri']} {h['tanggal']} " + pilih("hapus buku pinjaman", "write-off of loan")
                   + f" {h['pinjaman']} ({h['anggota']}), {h['hari_tunggakan']} " + pilih("hari tunggakan", "days past due"))
        typer.echo(pilih("  Sisa pokok dihapus : ", "  Principal written off: ") + _rp(h["pokok"]))
        typer.echo(pilih("  Dari PPAP          : ", "  From the provision   : ") + _rp(h["ppap"]))
        typer.echo(pilih("  Beban tambahan     : ", "  Further expense      : ") + _rp(h["beban"]))

    @perintah(pj, "cadangkan", "provision", pilih(
        "Bentuk PPAP akhir bulan: catat perubahan penyisihan (sekali sebulan; mengulang tidak mengubah apa pun).",
        "Post the month-end loan-loss provision change (running it again changes nothing)."))
    @opsi_catat(tanggal=False, kas=False)
    def cadangkan(
        ctx: typer.Context,
        bulan: str = typer.Argument(..., help=pilih("Bulan, mis. 2025-10.", "Month, e.g. 2025-10.")),
        catat: OpsiCatat = None,
        coba: bool = opsi_coba(), ya: bool = opsi_ya(),
        fmt: str = opsi_format(),
    ) -> None:
        from koperasi_cli.core.tanggal import parse_bulan
        from koperasi_cli.layanan import pinjaman as lay

        fmt = format_keluaran(fmt, None, ("table", "json"))
        with buka_buku(ctx, coba=coba, ya=ya) as buku:
            b = parse_bulan(bulan, buku.hari_ini())
            h = lay.cadangkan(buku, b, konteks=catat.konteks(buku, lay.UNIT, tanggal_bawaan=b.akhir))
        if fmt == "json":
            cetak_json(h)
            return
        typer.echo(pilih(f"PPAP per {h['tanggal']}", f"Provision as of {h['tanggal']}"))
        typer.echo(pilih("  Wajib     : ", "  Required : ") + _rp(h["ppap_wajib"]))
        typer.echo(pilih("  Sebelumnya: ", "  Booked   : ") + _rp(h["ppap_sebelum"]))
        typer.echo(pilih("  Perubahan : ", "  Change   : ") + _rp(h["selisih"]))
        typer.echo(f"  NPL      : {format_persen(h['npl_bp'], bp=True)}")
        if h["entri"]:
            pesan(pilih(f"{_awal(coba)} sebagai {h['entri']}.", f"{_awal(coba)} as {h['entri']}."))
        else:
            pesan(pilih("PPAP sudah sesuai; tidak ada yang dicatat.", "The provision is already right; nothing was recorded."))

    @perintah(pj, "bangun-ulang", "rebuild", pilih("Bangun ulang tabel pinjaman dari jurnal.", "Rebuild the loans table from the journal."))
    def bangun_ulang(ctx: typer.Context, coba: bool = opsi_coba()) -> None:
        from koperasi_cli.layanan import pinjaman as lay

        with buka_buku(ctx, coba=coba) as buku:
            n = lay.bangun_ulang(buku)
        typer.echo(pilih(f"Tabel pinjaman dibangun ulang: {n} pinjaman.", f"Loans table rebuilt: {n} loans."))


def daftarkan_laporan(laporan: typer.Typer) -> None:
    @perintah(laporan, "pinjaman", "loans", pilih(
        "Laporan pinjaman: sisa pokok, tunggakan, kolektibilitas, PPAP dan NPL.",
        "Loan report: principal, arrears, collectibility, provision and NPL."))
    def lap_pinjaman(ctx: typer.Context, per: str = _opsi_per(), fmt: str = opsi_format(), output: str = opsi_output()) -> None:
        from koperasi_cli.reports.daftar_pinjaman import laporan
        from koperasi_cli.reports.pinjaman import lap_portofolio

        with baca_buku(ctx) as buku:
            lap = lap_portofolio(buku, laporan(buku, tanggal(buku, per)))
        tampilkan(lap, fmt, output)
