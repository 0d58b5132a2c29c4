"""`koperasi sewa ...` (rentals: cold boxes, cold storage, warehouse space) and `koperasi jasa ...`
(services at a tariff: clinic, delivery, weighing)."""

from __future__ import annotations

import typer

from koperasi_cli.cli.umum import (
    OpsiCatat, baca_buku, buka_buku, cek_teks, cetak_json, format_keluaran, grup, opsi_catat,
    opsi_coba, opsi_format, opsi_output, perintah, tampilkan, tanggal,
)
from koperasi_cli.core.uang import format_rupiah as _rp
from koperasi_cli.cli.umum import opsi_ya
from koperasi_cli.i18n import pilih


def _jumlah(teks: str | None) -> int | None:
    from koperasi_cli.core.uang import parse_jumlah

    return parse_jumlah(teks) if teks is not None else None


def _awal(coba: bool) -> str:
    return pilih("Akan dicatat" if coba else "Dicatat", "Would record" if coba else "Recorded")


def _tanpa_rekaman(h: dict) -> dict:
    return {k: v for k, v in h.items() if k != "rekaman"}


def _laporan(judul: str, periode: str, kolom: list, baris: list[dict], total: dict | None, data: dict, buku, lembar: str):
    from koperasi_cli.reports.model import Kolom, Laporan, Tabel, identitas_dari

    return Laporan(judul, periode, identitas_dari(buku.profil),
                   [Tabel(None, [Kolom(*k) for k in kolom], baris, total, lembar)], data)


def _piutang_laporan(buku, data: dict, judul: str):
    kolom = [("pihak", pilih("Pihak", "Party")), ("ref", "Ref"), ("tanggal", pilih("Tanggal", "Date")),
             ("jumlah", pilih("Tagihan", "Billed"), "uang"), ("sisa", pilih("Sisa", "Outstanding"), "uang"),
             ("umur_hari", pilih("Umur (hari)", "Age (days)"), "angka"), ("kelompok_umur", pilih("Kelompok umur", "Age band"))]
    return _laporan(judul, pilih(f"Per {data['per']}", f"As of {data['per']}"), kolom, data["piutang"],
                    {"pihak": "Total", "sisa": data["total"]}, data, buku, "Piutang")


def daftarkan(app: typer.Typer) -> None:
    _daftarkan_sewa(app)
    _daftarkan_jasa(app)


# ---- rentals ------------------------------------------------------------------------------------
def _daftarkan_sewa(app: typer.Typer) -> None:
    sewa = grup(app, "sewa", "rent", pilih("Sewa: peti es, cold storage, gudang; mulai, selesai, tagihan bulanan, piutang.",
                                           "Rentals: cold boxes, cold storage, warehouse; start, end, monthly bills, receivables."))
    objek = grup(sewa, "objek", "object", pilih("Objek sewa: tambah.", "Rental objects: add."))

    @perintah(objek, "tambah", "add", pilih("Tambah objek sewa dengan tarif harian dan/atau bulanan.",
                                            "Add a rental object with a daily and/or monthly tariff."))
    def objek_tambah(
        ctx: typer.Context,
        kode: str = typer.Option(..., "--kode", help=pilih("Kode objek, mis. BOX01.", "Object code, e.g. BOX01.")),
        nama: str = typer.Option(..., "--nama", callback=cek_teks("--nama", 100), help=pilih("Nama objek.", "Object name.")),
        unit: str = typer.Option(..., "--unit", help=pilih("Unit sewa pemilik objek (profil).", "The rental unit that owns it (profile).")),
        tarif_harian: str = typer.Option(None, "--tarif-harian", help=pilih("Tarif per hari.", "Tariff per day.")),
        tarif_bulanan: str = typer.Option(None, "--tarif-bulanan", help=pilih("Tarif per bulan.", "Tariff per month.")),
        fmt: str = opsi_format(),
        coba: bool = opsi_coba(),
    ) -> None:
        from koperasi_cli.layanan import sewa as lay

        fmt = format_keluaran(fmt, None, ("table", "json"))
        with buka_buku(ctx, coba=coba) as buku:
            h = lay.tambah_objek(buku, kode=kode, nama=nama, unit=unit, tarif_harian=_jumlah(tarif_harian),
                                 tarif_bulanan=_jumlah(tarif_bulanan))
        if fmt == "json":
            cetak_json(h)
            return
        tarif = ", ".join(x for x in (
            pilih(f"Rp {_rp(h['tarif_harian'])}/hari", f"Rp {_rp(h['tarif_harian'])}/day") if h["tarif_harian"] else "",
            pilih(f"Rp {_rp(h['tarif_bulanan'])}/bulan", f"Rp {_rp(h['tarif_bulanan'])}/month") if h["tarif_bulanan"] else "") if x)
        typer.echo(pilih("Akan ditambah" if coba else "Ditambah", "Would add" if coba else "Added") + f": {h['kode']} {h['nama']} ({h['unit']}), {tarif}")

    @perintah(sewa, "mulai", "start", pilih("Mulai sewa satu objek; deposit dicatat sebagai titipan (kewajiban).",
                                            "Start renting an object; a deposit is held as a liability."))
    @opsi_catat(unit=False)
    def mulai(
        ctx: typer.Context,
        objek_: str = typer.Argument(..., metavar="OBJEK", help=pilih("Kode objek.", "Object code.")),
        penyewa: str = typer.Option(None, "--penyewa", callback=cek_teks("--penyewa", 100), help=pilih("Nama penyewa (bawaan: nama anggota).", "Renter's name (default: the member's).")),
        anggota: str = typer.Option(None, "--anggota", help=pilih("Nomor anggota penyewa.", "The renting member's number.")),
        deposit: str = typer.Option(None, "--deposit", help=pilih("Deposit yang dititipkan.", "Deposit held.")),
        bulanan: bool = typer.Option(False, "--bulanan", help=pilih("Sewa bulanan (tarif bulanan, ditagih tiap bulan).",
                                                                  "Monthly rental (monthly tariff, billed each month).")),
        catat: OpsiCatat = None,
        fmt: str = opsi_format(),
        coba: bool = opsi_coba(),
    ) -> None:
        from koperasi_cli.layanan import sewa as lay

        fmt = format_keluaran(fmt, None, ("table", "json"))
        with buka_buku(ctx, coba=coba) as buku:
            k = catat.konteks(buku)
            h = lay.mulai(buku, objek_, penyewa=penyewa, anggota=anggota, deposit=_jumlah(deposit) or 0,
                          basis="bulanan" if bulanan else "harian", konteks=k)
        if fmt == "json":
            cetak_json(h)
            return
        basis = pilih("per bulan", "a month") if h["basis"] == "bulanan" else pilih("per hari", "a day")
        typer.echo(f"{_awal(coba)}: {h['id']} {h['objek']} {h['nama_objek']} -> {h['penyewa']}"
                   + (f" ({h['anggota']})" if h["anggota"] else "") + f", {pilih('mulai', 'from')} {h['mulai']}, Rp {_rp(h['tarif'])} {basis}")
        if h["deposit"]:
            typer.echo(pilih(f"    Deposit Rp {_rp(h['deposit'])} ({h['entri'][0]})", f"    Deposit Rp {_rp(h['deposit'])} ({h['entri'][0]})"))

    @perintah(sewa, "selesai", "end", pilih(
        "Selesaikan sewa: tagih hari (atau bulan) dengan tarifnya, potong deposit, sisanya tunai atau --kredit.",
        "End a rental: bill the days (or months) at the tariff, set off the deposit, the rest in cash or --kredit."))
    @opsi_catat(unit=False)
    def selesai(
        ctx: typer.Context,
        objek_: str = typer.Argument(..., metavar="OBJEK", help=pilih("Kode objek.", "Object code.")),
        kredit: bool = typer.Option(False, "--kredit", help=pilih("Sisa tagihan menjadi piutang.", "What remains owed becomes a receivable.")),
        kembalikan_deposit: bool = typer.Option(False, "--kembalikan-deposit", help=pilih(
            "Kembalikan deposit utuh (tidak dipotongkan ke tagihan).", "Return the whole deposit (do not set it off).")),
        catat: OpsiCatat = None,
        fmt: str = opsi_format(),
        coba: bool = opsi_coba(),
    ) -> None:
        from koperasi_cli.layanan import sewa as lay

        fmt = format_keluaran(fmt, None, ("table", "json"))
        with buka_buku(ctx, coba=coba) as buku:
            k = catat.konteks(buku)
            h = lay.selesai(buku, objek_, konteks=k, kredit_=kredit, kembalikan_deposit=kembalikan_deposit)
        if fmt == "json":
            cetak_json(_tanpa_rekaman(h))
            return
        satuan = pilih("bulan", "months") if h["basis"] == "bulanan" else pilih("hari", "days")
        typer.echo(f"{_awal(coba)}: {h['entri'] or '-'} {h['sewa']} {h['objek']} {h['penyewa']}: "
                   f"{h['jumlah_satuan']} {satuan} x Rp {_rp(h['tarif'])} = Rp {_rp(h['tagihan'])}")
        if h["deposit"]:
            typer.echo(pilih(f"    Deposit Rp {_rp(h['deposit'])}: dipotong Rp {_rp(h['potong'])}, dikembalikan Rp {_rp(h['kembali'])}",
                             f"    Deposit Rp {_rp(h['deposit'])}: set off Rp {_rp(h['potong'])}, returned Rp {_rp(h['kembali'])}"))
        if h["sisa"]:
            cara = pilih("piutang", "owed") if h["kredit"] else pilih("dibayar tunai", "paid in cash")
            typer.echo(pilih(f"    Sisa Rp {_rp(h['sisa'])} {cara}", f"    Remaining Rp {_rp(h['sisa'])} {cara}"))

    @perintah(sewa, "tagih", "bill", pilih("Tagihan bulanan untuk sewa bulanan yang berjalan (sekali per bulan).",
                                           "The month's bill for running monthly rentals (once a month)."))
    @opsi_catat(ket=False, unit=False, kas=False, bantuan_tanggal=(
        "Tanggal tagihan (bawaan: akhir bulan, atau hari ini).", "Billing date (default: the month's end, or today)."))
    def tagih(
        ctx: typer.Context,
        bulan: str = typer.Argument(..., help=pilih("Bulan, mis. 2025-10.", "Month, e.g. 2025-10.")),
        catat: OpsiCatat = None, fmt: str = opsi_format(), coba: bool = opsi_coba(), ya: bool = opsi_ya(),
    ) -> None:
        from koperasi_cli.core.tanggal import parse_bulan
        from koperasi_cli.layanan import sewa as lay

        fmt = format_keluaran(fmt, None, ("table", "json"))
        with buka_buku(ctx, coba=coba, ya=ya) as buku:
            b = parse_bulan(bulan, buku.hari_ini())
            k = catat.konteks(buku)
            h = lay.tagih(buku, b, konteks=k, tanggal=k.tanggal if catat.tanggal else None)
        if fmt == "json":
            cetak_json(h)
            return
        if not h["tagihan"]:
            typer.echo(pilih(f"Tidak ada sewa bulanan yang perlu ditagih untuk {h['bulan']}.",
                             f"No monthly rental to bill for {h['bulan']}."))
            return
        for t in h["tagihan"]:
            typer.echo(f"{_awal(coba)}: {t['entri']} {t['sewa']} {t['objek']} {t['penyewa']} Rp {_rp(t['jumlah'])}")
        typer.echo(f"Total Rp {_rp(h['total'])}")

    @perintah(sewa, "daftar", "list", pilih("Daftar sewa dan objek.", "List rentals and objects."))
    def daftar(
        ctx: typer.Context,
        status: str = typer.Option("semua", "--status", help=pilih("berjalan, selesai atau semua.", "berjalan, selesai or semua.")),
        per: str = typer.Option(None, "--per", help=pilih("Per tanggal (bawaan: hari ini).", "As of (default: today).")),
        fmt: str = opsi_format(), output: str = opsi_output(),
    ) -> None:
        from koperasi_cli.core.galat import PEMAKAIAN, Galat
        from koperasi_cli.layanan import sewa as lay

        if status not in ("berjalan", "selesai", "semua"):
            raise Galat("format_tidak_didukung", keluar=PEMAKAIAN, format=status, boleh="berjalan, selesai, semua")
        with baca_buku(ctx) as buku:
            data = lay.daftar(buku, tanggal(buku, per), status)
            kolom = [("id", "ID"), ("objek", pilih("Objek", "Object")), ("penyewa", pilih("Penyewa", "Renter")),
                     ("anggota", pilih("Anggota", "Member"), "teks", True), ("mulai", pilih("Mulai", "Start")),
                     ("selesai", pilih("Selesai", "End"), "teks", True),
                     ("basis", pilih("Dasar", "Basis")), ("tarif", pilih("Tarif", "Tariff"), "uang"),
                     ("deposit", "Deposit", "uang", True), ("status", "Status"), ("tagihan", pilih("Tagihan", "Bill"), "uang")]
            lap = _laporan(pilih("Daftar Sewa", "Rentals"), pilih(f"Per {data['per']}", f"As of {data['per']}"), kolom,
                           data["sewa"], None, data, buku, "Sewa")
        tampilkan(lap, fmt, output)

    @perintah(sewa, "piutang", "receivables", pilih("Piutang sewa per penyewa dengan umurnya.", "Rental receivables by renter, with their age."))
    def piutang(ctx: typer.Context, per: str = typer.Option(None, "--per", help=pilih("Per tanggal.", "As of.")),
                fmt: str = opsi_format(), output: str = opsi_output()) -> None:
        from koperasi_cli.layanan import piutang_usaha as piu

        with baca_buku(ctx) as buku:
            lap = _piutang_laporan(buku, piu.daftar(buku, "sewa", tanggal(buku, per)), pilih("Piutang Sewa", "Rental receivables"))
        tampilkan(lap, fmt, output)

    _bayar_piutang(sewa, "sewa")


def _bayar_piutang(g: typer.Typer, jenis: str) -> None:
    @perintah(g, "bayar-piutang", "pay-receivable", pilih(f"Catat pembayaran piutang {jenis} (tagihan tertua dulu).",
                                                          f"Record a payment of a {'rental' if jenis == 'sewa' else 'service'} receivable (oldest bill first)."))
    @opsi_catat(unit=False)
    def bayar_piutang(
        ctx: typer.Context,
        pihak: str = typer.Argument(..., metavar="PIHAK", help=pilih("Nama penyewa/penjamin atau nomor anggota.", "Renter/payer name or member number.")),
        jumlah: str = typer.Argument(..., help=pilih("Jumlah dibayar.", "Amount paid.")),
        catat: OpsiCatat = None,
        fmt: str = opsi_format(),
        coba: bool = opsi_coba(),
    ) -> None:
        from koperasi_cli.layanan import piutang_usaha as piu

        fmt = format_keluaran(fmt, None, ("table", "json"))
        n = _jumlah(jumlah)
        with buka_buku(ctx, coba=coba) as buku:
            k = catat.konteks(buku)
            h = piu.bayar(buku, jenis, pihak, n, konteks=k)
        if fmt == "json":
            cetak_json(_tanpa_rekaman(h))
            return
        typer.echo(f"{_awal(coba)}: {h['entri']} {h['tanggal']} Rp {_rp(h['jumlah'])} - {h['pihak']}")
        typer.echo(pilih(f"    Sisa piutang: Rp {_rp(h['sisa_piutang'])}", f"    Still owed: Rp {_rp(h['sisa_piutang'])}"))


# ---- services -----------------------------------------------------------------------------------
def _daftarkan_jasa(app: typer.Typer) -> None:
    jasa = grup(app, "jasa", "service", pilih("Jasa bertarif (klinik, antar, timbang): tarif, jual, piutang.",
                                              "Services at a tariff (clinic, delivery, weighing): tariffs, sales, receivables."))
    tarif = grup(jasa, "tarif", "tariff", pilih("Daftar tarif jasa: tambah, daftar.", "Service tariffs: add, list."))

    @perintah(tarif, "tambah", "add", pilih("Tambah tarif jasa untuk satu unit jasa.", "Add a service tariff of a service unit."))
    def tarif_tambah(
        ctx: typer.Context,
        kode: str = typer.Option(..., "--kode", help=pilih("Kode jasa, mis. KONS.", "Service code, e.g. KONS.")),
        nama: str = typer.Option(..., "--nama", callback=cek_teks("--nama", 100), help=pilih("Nama jasa.", "Service name.")),
        unit: str = typer.Option(..., "--unit", help=pilih("Unit jasa (profil).", "Service unit (profile).")),
        harga: str = typer.Option(..., "--harga", help=pilih("Tarif.", "Price.")),
        fmt: str = opsi_format(), coba: bool = opsi_coba(),
    ) -> None:
        from koperasi_cli.layanan import jasa as lay

        fmt = format_keluaran(fmt, None, ("table", "json"))
        with buka_buku(ctx, coba=coba) as buku:
            h = lay.tambah_tarif(buku, kode=kode, nama=nama, unit=unit, harga=_jumlah(harga))
        if fmt == "json":
            cetak_json(h)
            return
        typer.echo(pilih("Akan ditambah" if coba else "Ditambah", "Would add" if coba else "Added")
                   + f": {h['kode']} {h['nama']} ({h['unit']}) Rp {_rp(h['harga'])}")

    @perintah(tarif, "daftar", "list", pilih("Daftar tarif jasa.", "List the service tariffs."))
    def tarif_daftar(ctx: typer.Context, unit: str = typer.Option(None, "--unit", help=pilih("Hanya unit ini.", "Only this unit.")),
                     fmt: str = opsi_format(), output: str = opsi_output()) -> None:
        from koperasi_cli.layanan import jasa as lay

        with baca_buku(ctx) as buku:
            data = lay.daftar_tarif(buku, unit)
            kolom = [("kode", pilih("Kode", "Code")), ("nama", pilih("Jasa", "Service")), ("unit", "Unit"),
                     ("harga", pilih("Tarif", "Price"), "uang")]
            lap = _laporan(pilih("Tarif Jasa", "Service tariffs"), "", kolom, data["tarif"], None, data, buku, "Tarif")
        tampilkan(lap, fmt, output)

    @perintah(jasa, "jual", "sell", pilih(
        "Catat satu struk jasa: KODE:QTY [KODE:QTY ...]; tunai, atau ditagih ke penjamin (--penjamin NAMA --kredit).",
        "Record one service receipt: CODE:QTY [CODE:QTY ...]; cash, or billed to a payer (--penjamin NAME --kredit)."))
    @opsi_catat()
    def jual(
        ctx: typer.Context,
        baris: list[str] = typer.Argument(..., metavar="KODE:QTY[:HARGA]...", help=pilih("Jasa yang dijual.", "Services sold.")),
        anggota: str = typer.Option(None, "--anggota", help=pilih("Nomor anggota (dihitung untuk jasa usahanya).", "Member number (counts for their jasa usaha).")),
        penjamin: str = typer.Option(None, "--penjamin", callback=cek_teks("--penjamin", 100), help=pilih("Penjamin yang membayar, mis. BPJS.", "The payer, e.g. BPJS.")),
        kredit: bool = typer.Option(False, "--kredit", help=pilih("Belum dibayar: piutang penjamin (atau anggota).", "Not paid yet: owed by the payer (or the member).")),
        ditanggung: list[str] = typer.Option(None, "--ditanggung", help=pilih(
            "Hanya jasa ini yang ditanggung penjamin (boleh berulang); bawaan: semua.", "Only these services are billed to the payer (repeatable); default: all.")),
        catat: OpsiCatat = None,
        fmt: str = opsi_format(),
        coba: bool = opsi_coba(),
    ) -> None:
        from koperasi_cli.core import sembako as inti
        from koperasi_cli.layanan import jasa as lay

        fmt = format_keluaran(fmt, None, ("table", "json"))
        daftar_baris = [inti.parse_baris(b) for b in baris]
        with buka_buku(ctx, coba=coba) as buku:
            k = catat.konteks(buku)
            h = lay.jual(buku, daftar_baris, konteks=k, anggota=anggota, penjamin=penjamin, kredit_=kredit,
                         ditanggung=ditanggung)
        if fmt == "json":
            cetak_json(_tanpa_rekaman(h))
            return
        typer.echo(f"{_awal(coba)}: {h['entri']} {h['tanggal']} Rp {_rp(h['total'])} - {h['rekaman']['ket']}")
        for d in h["baris"]:
            tanda = f" [{d['penjamin']}]" if d["penjamin"] else ""
            typer.echo(f"    {d['kode']:<8} {d['nama'][:28]:<28} {d['qty']:>4} x {_rp(d['harga']):>10} = {_rp(d['jumlah']):>12}{tanda}")
        typer.echo(pilih(f"    Tunai Rp {_rp(h['tunai'])}, piutang Rp {_rp(h['piutang'])}", f"    Cash Rp {_rp(h['tunai'])}, owed Rp {_rp(h['piutang'])}"))

    @perintah(jasa, "piutang", "receivables", pilih("Piutang jasa per penjamin dengan umurnya.", "Service receivables by payer, with their age."))
    def piutang(ctx: typer.Context, per: str = typer.Option(None, "--per", help=pilih("Per tanggal.", "As of.")),
                fmt: str = opsi_format(), output: str = opsi_output()) -> None:
        from koperasi_cli.layanan import piutang_usaha as piu

        with baca_buku(ctx) as buku:
            lap = _piutang_laporan(buku, piu.daftar(buku, "jasa", tanggal(buku, per)), pilih("Piutang Jasa", "Service receivables"))
        tampilkan(lap, fmt, output)

    _bayar_piutang(jasa, "jasa")
