"""`koperasi sembako ...` (the grocery outlet and LPG 3 kg) and `koperasi laporan penjualan`."""

from __future__ import annotations

import typer

from koperasi_cli.cli.umum import (
    OpsiCatat, baca_buku, buka_buku, cek_teks, cetak_json, format_keluaran, grup, opsi_catat, opsi_coba,
    opsi_format, opsi_output, perintah, tampilkan, tanggal,
)
from koperasi_cli.core.uang import format_rupiah as _rp
from koperasi_cli.i18n import pilih

UNIT = "sembako"


def _jumlah(teks: str | None) -> int | None:
    from koperasi_cli.core.uang import parse_jumlah

    return parse_jumlah(teks) if teks is not None else None


def _tgl_opsional(buku, teks: str | None):
    return tanggal(buku, teks) if teks is not None else None


def _awal(coba: bool) -> str:
    return pilih("Akan dicatat" if coba else "Dicatat", "Would record" if coba else "Recorded")


def _tanpa_rekaman(h: dict) -> dict:
    return {k: v for k, v in h.items() if k != "rekaman"}


def _identitas(buku) -> dict:
    from koperasi_cli.reports.model import identitas_dari

    return identitas_dari(buku.profil)


def daftarkan(app: typer.Typer) -> None:
    sembako = grup(app, "sembako", "shop", pilih("Gerai sembako dan LPG 3 kg: barang, beli, jual, stok, opname.",
                                                 "The grocery outlet and LPG 3 kg: items, purchases, sales, stock, stock-take."))
    _daftarkan_barang(sembako)
    _daftarkan_transaksi(sembako)
    _daftarkan_daftar(sembako)
    _daftarkan_batch(sembako)


# ---- items ------------------------------------------------------------------------------------
def _daftarkan_barang(sembako: typer.Typer) -> None:
    barang = grup(sembako, "barang", "item", pilih("Data barang: tambah, daftar, ubah.", "Items: add, list, edit."))

    def opsi_harga_jual(wajib: bool):
        return typer.Option(... if wajib else None, "--harga-jual", help=pilih("Harga jual per satuan.", "Selling price per unit."))

    def opsi_harga_anggota():
        return typer.Option(None, "--harga-anggota", help=pilih("Harga khusus anggota (boleh tidak ada).", "Member price (optional)."))

    def opsi_het():
        return typer.Option(None, "--het", help=pilih("Harga eceran tertinggi (HET); barang LPG memakai sembako.het_lpg di profil.",
                                                      "Ceiling retail price (HET); LPG items default to the profile's sembako.het_lpg."))

    def opsi_tanpa_het():
        return typer.Option(False, "--tanpa-het", help=pilih("Barang tanpa HET (mulai tanggal berlaku).", "No HET (from the effective date)."))

    def opsi_kategori():
        return typer.Option(None, "--kategori", help=pilih("sembako, lpg atau lain (bawaan sembako).", "sembako, lpg or lain (default sembako)."))

    def _cetak_barang(h: dict, judul: str) -> None:
        typer.echo(f"{judul}: {h['kode']} {h['nama']} ({h['satuan']}, {h['kategori']})")
        typer.echo(pilih("  Harga jual    : ", "  Price         : ") + _rp(h["harga_jual"]))
        if h["harga_anggota"] is not None:
            typer.echo(pilih("  Harga anggota : ", "  Member price  : ") + _rp(h["harga_anggota"]))
        typer.echo("  HET           : " + (_rp(h["het"]) if h["het"] is not None else "-"))

    @perintah(barang, "tambah", "add", pilih("Tambah barang baru.", "Add an item."))
    def tambah(
        ctx: typer.Context,
        kode: str = typer.Option(..., "--kode", help=pilih("Kode barang, mis. BRS5.", "Item code, e.g. BRS5.")),
        nama: str = typer.Option(..., "--nama", callback=cek_teks("--nama", 100), help=pilih("Nama barang.", "Item name.")),
        satuan: str = typer.Option(..., "--satuan", callback=cek_teks("--satuan", 50), help=pilih("Satuan, mis. karung, liter, tabung.", "Unit, e.g. sack, litre, tube.")),
        harga_jual: str = opsi_harga_jual(True),
        kategori: str = opsi_kategori(),
        harga_anggota: str = opsi_harga_anggota(),
        het: str = opsi_het(),
        tanpa_het: bool = opsi_tanpa_het(),
        berlaku: str = typer.Option(None, "--berlaku", help=pilih("Harga dan HET berlaku sejak (bawaan: awal buku).",
                                                                  "Prices and HET in force from (default: the books' first day).")),
        unit: str = typer.Option(None, "--unit", help=pilih("Unit barang pemilik barang (sembako, toko, apotek; bawaan sembako).",
                                                            "The goods unit that sells it (sembako, toko, apotek; default sembako).")),
        kedaluwarsa: bool = typer.Option(False, "--kedaluwarsa", help=pilih(
            "Barang berkedaluwarsa: pembelian perlu --batch dan --kedaluwarsa, penjualan FEFO.",
            "Item with an expiry: purchases need --batch and --kedaluwarsa, sales go first-expiring first.")),
        fmt: str = opsi_format(),
        coba: bool = opsi_coba(),
    ) -> None:
        from koperasi_cli.layanan import sembako as lay

        fmt = format_keluaran(fmt, None, ("table", "json"))
        with buka_buku(ctx, coba=coba) as buku:
            h = lay.tambah_barang(buku, kode=kode, nama=nama, satuan=satuan, harga_jual=_jumlah(harga_jual),
                                  kategori=kategori, harga_anggota=_jumlah(harga_anggota), het=_jumlah(het),
                                  tanpa_het=tanpa_het, berlaku=_tgl_opsional(buku, berlaku), unit=unit,
                                  kedaluwarsa=kedaluwarsa)
        if fmt == "json":
            cetak_json(h)
        else:
            _cetak_barang(h, pilih("Akan ditambah" if coba else "Ditambah", "Would add" if coba else "Added"))

    @perintah(barang, "ubah", "edit", pilih("Ubah barang; harga dan HET berubah sejak tanggal berlaku, penjualan lama tetap.",
                                            "Edit an item; prices and HET change from the effective date, past sales stay."))
    def ubah(
        ctx: typer.Context,
        kode: str = typer.Argument(..., help=pilih("Kode barang.", "Item code.")),
        nama: str = typer.Option(None, "--nama", callback=cek_teks("--nama", 100), help=pilih("Nama baru.", "New name.")),
        satuan: str = typer.Option(None, "--satuan", callback=cek_teks("--satuan", 50), help=pilih("Satuan baru.", "New unit.")),
        kategori: str = opsi_kategori(),
        harga_jual: str = opsi_harga_jual(False),
        harga_anggota: str = opsi_harga_anggota(),
        tanpa_harga_anggota: bool = typer.Option(False, "--tanpa-harga-anggota", help=pilih("Hapus harga anggota.", "Drop the member price.")),
        het: str = opsi_het(),
        tanpa_het: bool = opsi_tanpa_het(),
        berlaku: str = typer.Option(None, "--berlaku", help=pilih("Berlaku sejak (bawaan: hari ini).", "In force from (default: today).")),
        fmt: str = opsi_format(),
        coba: bool = opsi_coba(),
    ) -> None:
        from koperasi_cli.layanan import sembako as lay

        fmt = format_keluaran(fmt, None, ("table", "json"))
        with buka_buku(ctx, coba=coba) as buku:
            h = lay.ubah_barang(buku, kode, nama=nama, satuan=satuan, kategori=kategori, harga_jual=_jumlah(harga_jual),
                                harga_anggota=_jumlah(harga_anggota), tanpa_harga_anggota=tanpa_harga_anggota,
                                het=_jumlah(het), tanpa_het=tanpa_het, berlaku=_tgl_opsional(buku, berlaku))
        if fmt == "json":
            cetak_json(h)
        else:
            _cetak_barang(h, pilih("Akan diubah" if coba else "Diubah", "Would change" if coba else "Changed"))

    @perintah(barang, "daftar", "list", pilih("Daftar barang dengan harga dan HET yang berlaku.", "List the items with the prices and HET in force."))
    def daftar(
        ctx: typer.Context,
        kategori: str = typer.Option(None, "--kategori", help=pilih("Hanya kategori ini.", "Only this category.")),
        per: str = typer.Option(None, "--per", help=pilih("Harga per tanggal (bawaan: hari ini).", "Prices as of (default: today).")),
        fmt: str = opsi_format(),
        output: str = opsi_output(),
    ) -> None:
        from koperasi_cli.reports import daftar_sembako
        from koperasi_cli.reports import sembako as lap

        with baca_buku(ctx) as buku:
            data = daftar_sembako.daftar_barang(buku, tanggal(buku, per), kategori)
            laporan = lap.barang(data, _identitas(buku))
        tampilkan(laporan, fmt, output)


# ---- purchases, sales, payments, stock-take ------------------------------------------------------
def _cetak_entri(r: dict, coba: bool, jumlah: int | None = None) -> None:
    if jumlah is None:
        jumlah = sum(b["debit"] for b in r["baris"])
    typer.echo(f"{_awal(coba)}: {r['id']} {r['tanggal']} Rp {_rp(jumlah)} - {r['ket']}")


def _daftarkan_transaksi(sembako: typer.Typer) -> None:
    @perintah(sembako, "beli", "buy", pilih(
        "Catat pembelian barang (stok masuk dengan harga pokok): KODE QTY HARGA_SATUAN, atau beberapa baris KODE:QTY:HARGA_SATUAN.",
        "Record a purchase (stock in at cost): CODE QTY UNIT_COST, or several lines CODE:QTY:UNIT_COST."))
    @opsi_catat()
    def beli(
        ctx: typer.Context,
        baris: list[str] = typer.Argument(..., metavar="KODE:QTY:HARGA...", help=pilih("Barang yang dibeli.", "Items bought.")),
        pemasok: str = typer.Option(None, "--pemasok", callback=cek_teks("--pemasok", 100), help=pilih("Nama atau kode pemasok.", "Supplier name or code.")),
        kredit: bool = typer.Option(False, "--kredit", help=pilih("Belum dibayar: utang kepada pemasok.", "Not paid yet: owed to the supplier.")),
        catat: OpsiCatat = None,
        batch: str = typer.Option(None, "--batch", help=pilih("Nomor batch (barang berkedaluwarsa).", "Batch number (items with an expiry).")),
        kedaluwarsa: str = typer.Option(None, "--kedaluwarsa", help=pilih("Tanggal kedaluwarsa batch ini.", "This batch's expiry date.")),
        fmt: str = opsi_format(),
        coba: bool = opsi_coba(),
    ) -> None:
        from koperasi_cli.core import sembako as inti
        from koperasi_cli.layanan import sembako as lay

        fmt = format_keluaran(fmt, None, ("table", "json"))
        if len(baris) == 3 and not any(":" in b for b in baris):
            baris = [":".join(baris)]
        daftar_baris = [inti.parse_baris(b, harga_wajib=True) for b in baris]
        with buka_buku(ctx, coba=coba) as buku:
            k = catat.konteks(buku)
            h = lay.beli(buku, daftar_baris, konteks=k, pemasok=pemasok, kredit_=kredit, batch=batch,
                         kedaluwarsa=tanggal(buku, kedaluwarsa) if kedaluwarsa else None)
        if fmt == "json":
            cetak_json(_tanpa_rekaman(h))
            return
        _cetak_entri(h["rekaman"], coba, h["total"])
        for d in h["baris"]:
            typer.echo(f"    {d['kode']:<8} {d['nama'][:28]:<28} {d['qty']:>6} x {_rp(d['harga']):>10} = {_rp(d['jumlah']):>12}")
        if h["kredit"]:
            typer.echo(pilih(f"    Utang kepada {h['pemasok']['nama']} ({h['pemasok']['kode']})",
                             f"    Owed to {h['pemasok']['nama']} ({h['pemasok']['kode']})"))

    @perintah(sembako, "jual", "sell", pilih(
        "Catat satu struk penjualan: KODE:QTY [KODE:QTY ...]; tunai atau kredit anggota.",
        "Record one sales receipt: CODE:QTY [CODE:QTY ...]; cash or on a member's account."))
    @opsi_catat()
    def jual(
        ctx: typer.Context,
        baris: list[str] = typer.Argument(..., metavar="KODE:QTY[:HARGA]...", help=pilih("Barang yang dijual.", "Items sold.")),
        harga: str = typer.Option(None, "--harga", help=pilih("Harga satuan (struk satu baris).", "Unit price (one-line receipts).")),
        anggota: str = typer.Option(None, "--anggota", help=pilih("Nomor anggota pembeli.", "The buying member's number.")),
        kredit: bool = typer.Option(False, "--kredit", help=pilih("Belum dibayar: piutang anggota.", "Not paid yet: on the member's account.")),
        nik: str = typer.Option(None, "--nik", help=pilih("NIK pembeli (wajib untuk LPG 3 kg; bawaan untuk anggota: NIK di data anggota).",
                                                          "The buyer's NIK (required for LPG 3 kg; for a member, default: the NIK on file).")),
        kategori_pembeli: str = typer.Option(None, "--kategori-pembeli", help=pilih(
            "Pembeli LPG: rumah tangga, usaha mikro, petani atau nelayan.", "LPG buyer: rumah tangga, usaha mikro, petani or nelayan.")),
        catat: OpsiCatat = None,
        fmt: str = opsi_format(),
        coba: bool = opsi_coba(),
    ) -> None:
        from koperasi_cli.core import sembako as inti
        from koperasi_cli.layanan import sembako as lay

        fmt = format_keluaran(fmt, None, ("table", "json"))
        daftar_baris = [inti.parse_baris(b) for b in baris]
        with buka_buku(ctx, coba=coba) as buku:
            k = catat.konteks(buku)
            h = lay.jual(buku, daftar_baris, konteks=k, anggota=anggota, kredit_=kredit,
                         harga=_jumlah(harga), nik=nik, kategori_pembeli=kategori_pembeli)
        if fmt == "json":
            cetak_json(_tanpa_rekaman(h))
            return
        _cetak_entri(h["rekaman"], coba, h["total"])
        for d in h["baris"]:
            typer.echo(f"    {d['kode']:<8} {d['nama'][:28]:<28} {d['qty']:>6} x {_rp(d['harga']):>10} = {_rp(d['jumlah']):>12}")
        for b in h["rekaman"]["data"].get("batch", []):
            typer.echo(f"    {b['barang']:<8} batch {b['batch']} ({pilih('kedaluwarsa', 'expires')} {b['kedaluwarsa']}): {-b['qty']}")
        if h["anggota"]:
            cara = pilih("kredit (piutang anggota)", "on account") if h["kredit"] else pilih("tunai", "cash")
            typer.echo(pilih(f"    Anggota {h['anggota']} {h['nama_anggota']}, {cara}",
                             f"    Member {h['anggota']} {h['nama_anggota']}, {cara}"))
        if h["lpg"]:
            typer.echo(pilih(f"    Pembeli LPG: NIK {h['lpg']['nik']}, {h['lpg']['kategori']}",
                             f"    LPG buyer: NIK {h['lpg']['nik']}, {h['lpg']['kategori']}"))

    @perintah(sembako, "bayar-piutang", "pay-receivable", pilih(
        "Catat pembayaran piutang gerai oleh anggota.", "Record a member paying their outlet account."))
    @opsi_catat()
    def bayar_piutang(
        ctx: typer.Context,
        no: str = typer.Argument(..., metavar="NO", help=pilih("Nomor anggota.", "Member number.")),
        jumlah: str = typer.Argument(..., help=pilih("Jumlah dibayar.", "Amount paid.")),
        catat: OpsiCatat = None,
        coba: bool = opsi_coba(),
    ) -> None:
        from koperasi_cli.layanan import sembako as lay

        n = _jumlah(jumlah)
        with buka_buku(ctx, coba=coba) as buku:
            k = catat.konteks(buku, UNIT)
            h = lay.bayar_piutang(buku, no, n, konteks=k)
        _cetak_entri(h["rekaman"], coba)
        typer.echo(pilih(f"    Sisa piutang anggota {h['anggota']}: Rp {_rp(h['sisa_piutang'])}",
                         f"    Member {h['anggota']} still owes: Rp {_rp(h['sisa_piutang'])}"))

    @perintah(sembako, "bayar-pemasok", "pay-supplier", pilih(
        "Catat pembayaran utang kepada pemasok.", "Record a payment to a supplier."))
    @opsi_catat()
    def bayar_pemasok(
        ctx: typer.Context,
        pemasok: str = typer.Argument(..., metavar="PEMASOK", help=pilih("Nama atau kode pemasok.", "Supplier name or code.")),
        jumlah: str = typer.Argument(..., help=pilih("Jumlah dibayar.", "Amount paid.")),
        catat: OpsiCatat = None,
        coba: bool = opsi_coba(),
    ) -> None:
        from koperasi_cli.layanan import sembako as lay

        n = _jumlah(jumlah)
        with buka_buku(ctx, coba=coba) as buku:
            k = catat.konteks(buku, UNIT)
            h = lay.bayar_pemasok(buku, pemasok, n, konteks=k)
        _cetak_entri(h["rekaman"], coba)
        typer.echo(pilih(f"    Sisa utang kepada {h['pemasok']['nama']}: Rp {_rp(h['sisa_utang'])}",
                         f"    Still owed to {h['pemasok']['nama']}: Rp {_rp(h['sisa_utang'])}"))

    @perintah(sembako, "opname", "count", pilih(
        "Catat hasil hitung fisik (opname) satu barang; selisihnya ke akun selisih persediaan.",
        "Record a stock-take of one item; the difference goes to the stock difference account."))
    @opsi_catat(kas=False)
    def opname(
        ctx: typer.Context,
        kode: str = typer.Argument(..., help=pilih("Kode barang.", "Item code.")),
        qty_fisik: str = typer.Argument(..., metavar="QTY_FISIK", help=pilih("Jumlah hasil hitung.", "Counted quantity.")),
        hpp: str = typer.Option(None, "--hpp", help=pilih("Harga pokok per satuan untuk kelebihan (bawaan: HPP rata-rata).",
                                                          "Unit cost of a surplus (default: the average cost).")),
        batch: str = typer.Option(None, "--batch", help=pilih("Hitung satu batch (barang berkedaluwarsa).",
                                                              "Count one batch (items with an expiry).")),
        catat: OpsiCatat = None,
        fmt: str = opsi_format(),
        coba: bool = opsi_coba(),
    ) -> None:
        from koperasi_cli.core.masukan import parse_bulat
        from koperasi_cli.layanan import sembako as lay

        fmt = format_keluaran(fmt, None, ("table", "json"))
        fisik = parse_bulat(qty_fisik, minimum=0)  # a count of 0 is a real count
        with buka_buku(ctx, coba=coba) as buku:
            if batch:
                from koperasi_cli.layanan import batch as lay_batch

                h = lay_batch.opname_batch(buku, kode, batch, fisik, konteks=catat.konteks(buku, catat.unit),
                                           hpp=_jumlah(hpp))
            else:
                h = lay.opname(buku, kode, fisik, konteks=catat.konteks(buku, UNIT), hpp=_jumlah(hpp))
        if fmt == "json":
            cetak_json(_tanpa_rekaman(h))
            return
        typer.echo(pilih(f"Opname {h['kode']} {h['nama']} per {h['tanggal']}: buku {h['qty_buku']}, fisik {h['qty_fisik']}, selisih {h['selisih']:+d}",
                         f"Stock-take {h['kode']} {h['nama']} on {h['tanggal']}: books {h['qty_buku']}, counted {h['qty_fisik']}, difference {h['selisih']:+d}"))
        if h["entri"]:
            _cetak_entri(h["rekaman"], coba, abs(h["nilai"]))
        else:
            typer.echo(pilih("Tidak ada selisih; tidak ada yang dicatat.", "No difference; nothing recorded."))


# ---- lists and reports ------------------------------------------------------------------------
def _daftarkan_batch(sembako: typer.Typer) -> None:
    @perintah(sembako, "kedaluwarsa", "expiring", pilih(
        "Batch dalam stok menurut tanggal kedaluwarsa; --dalam HARI: yang kedaluwarsa dalam sekian hari (termasuk yang sudah lewat).",
        "Batches in stock by expiry date; --dalam DAYS: those expiring within that many days (expired ones included)."))
    def kedaluwarsa(
        ctx: typer.Context,
        dalam: int = typer.Option(None, "--dalam", min=0, max=36500, help=pilih("Dalam sekian hari.", "Within this many days.")),
        per: str = typer.Option(None, "--per", help=pilih("Per tanggal (bawaan: hari ini).", "As of (default: today).")),
        fmt: str = opsi_format(),
        output: str = opsi_output(),
    ) -> None:
        from koperasi_cli.layanan import batch as lay
        from koperasi_cli.reports.model import Kolom, Laporan, Tabel

        with baca_buku(ctx) as buku:
            data = lay.daftar_kedaluwarsa(buku, tanggal(buku, per), dalam)
            kolom = [Kolom("kode", pilih("Kode", "Code")), Kolom("nama", pilih("Barang", "Item")), Kolom("batch", "Batch"),
                     Kolom("kedaluwarsa", pilih("Kedaluwarsa", "Expires")), Kolom("qty", pilih("Jumlah", "Qty"), "angka"),
                     Kolom("sisa_hari", pilih("Sisa hari", "Days left"), "angka"), Kolom("status", "Status")]
            lap = Laporan(pilih("Batch dan Kedaluwarsa", "Batches and expiry"), pilih(f"Per {data['per']}", f"As of {data['per']}"),
                          _identitas(buku), [Tabel(None, kolom, data["batch"], {"nama": "Total", "qty": data["total_qty"]}, "Kedaluwarsa")], data)
        tampilkan(lap, fmt, output)

    @perintah(sembako, "musnahkan", "destroy", pilih(
        "Musnahkan (hapus dari stok) satu batch yang sudah kedaluwarsa; nilainya menjadi beban (rugi).",
        "Write an expired batch off the stock; its value becomes an expense (a loss)."))
    @opsi_catat(kas=False)
    def musnahkan(
        ctx: typer.Context,
        kode: str = typer.Argument(..., help=pilih("Kode barang.", "Item code.")),
        batch: str = typer.Option(..., "--batch", help=pilih("Nomor batch.", "Batch number.")),
        catat: OpsiCatat = None,
        fmt: str = opsi_format(), coba: bool = opsi_coba(),
    ) -> None:
        from koperasi_cli.layanan import batch as lay

        fmt = format_keluaran(fmt, None, ("table", "json"))
        with buka_buku(ctx, coba=coba) as buku:
            h = lay.musnahkan(buku, kode, batch, konteks=catat.konteks(buku, catat.unit))
        if fmt == "json":
            cetak_json(_tanpa_rekaman(h))
            return
        _cetak_entri(h["rekaman"], coba, h["nilai"])
        typer.echo(f"    {h['kode']} {h['nama']} batch {h['batch']} ({pilih('kedaluwarsa', 'expired')} {h['kedaluwarsa']}): {h['qty']}")


def _daftarkan_daftar(sembako: typer.Typer) -> None:
    @perintah(sembako, "stok", "stock", pilih("Persediaan per barang: jumlah, HPP rata-rata, nilai.",
                                              "Stock per item: quantity, average cost, value."))
    def stok(
        ctx: typer.Context,
        per: str = typer.Option(None, "--per", help=pilih("Per tanggal (bawaan: hari ini).", "As of this date (default: today).")),
        fmt: str = opsi_format(),
        output: str = opsi_output(),
    ) -> None:
        from koperasi_cli.reports import daftar_sembako
        from koperasi_cli.reports import sembako as lap

        with baca_buku(ctx) as buku:
            laporan = lap.stok(daftar_sembako.stok(buku, tanggal(buku, per)), _identitas(buku))
        tampilkan(laporan, fmt, output)

    @perintah(sembako, "kartu", "card", pilih("Kartu stok satu barang: setiap mutasi dengan saldo berjalan.",
                                              "The stock card of one item: every movement with running balances."))
    def kartu(
        ctx: typer.Context,
        kode: str = typer.Argument(..., help=pilih("Kode barang.", "Item code.")),
        periode: str = typer.Argument(None, help=pilih("Bulan atau tahun (bawaan: seluruh riwayat).", "Month or year (default: the whole history).")),
        fmt: str = opsi_format(),
        output: str = opsi_output(),
    ) -> None:
        from koperasi_cli.core.tanggal import parse_periode
        from koperasi_cli.reports import daftar_sembako
        from koperasi_cli.reports import sembako as lap

        p = parse_periode(periode) if periode else None
        with baca_buku(ctx) as buku:
            laporan = lap.kartu(daftar_sembako.kartu(buku, kode, p), _identitas(buku))
        tampilkan(laporan, fmt, output)

    @perintah(sembako, "lpg", "lpg", pilih("Catatan pembeli LPG 3 kg dalam satu periode (NIK disamarkan).",
                                           "The LPG 3 kg buyers' log for a period (NIK masked)."))
    def lpg(
        ctx: typer.Context,
        periode: str = typer.Argument(..., help=pilih("Bulan atau tahun, mis. 2025-10.", "Month or year, e.g. 2025-10.")),
        tampilkan_nik: bool = typer.Option(False, "--tampilkan-nik", help=pilih("Tampilkan NIK lengkap.", "Show the full NIK.")),
        fmt: str = opsi_format(),
        output: str = opsi_output(),
    ) -> None:
        from koperasi_cli.core.tanggal import parse_periode
        from koperasi_cli.reports import daftar_sembako
        from koperasi_cli.reports import sembako as lap

        p = parse_periode(periode)
        with baca_buku(ctx) as buku:
            laporan = lap.lpg(daftar_sembako.log_lpg(buku, p, tampilkan_nik=tampilkan_nik), _identitas(buku))
        tampilkan(laporan, fmt, output)

    @perintah(sembako, "piutang", "receivables", pilih("Piutang gerai per anggota.", "Outlet receivables by member."))
    def piutang(ctx: typer.Context, fmt: str = opsi_format(), output: str = opsi_output()) -> None:
        from koperasi_cli.reports import daftar_sembako
        from koperasi_cli.reports import sembako as lap

        with baca_buku(ctx) as buku:
            laporan = lap.piutang(daftar_sembako.daftar_piutang(buku), _identitas(buku))
        tampilkan(laporan, fmt, output)

    @perintah(sembako, "pemasok", "suppliers", pilih("Pemasok dan utang gerai kepada masing-masing.",
                                                     "Suppliers and what the outlet owes each."))
    def pemasok(ctx: typer.Context, fmt: str = opsi_format(), output: str = opsi_output()) -> None:
        from koperasi_cli.reports import daftar_sembako
        from koperasi_cli.reports import sembako as lap

        with baca_buku(ctx) as buku:
            laporan = lap.pemasok(daftar_sembako.daftar_pemasok(buku), _identitas(buku))
        tampilkan(laporan, fmt, output)


def daftarkan_laporan(laporan: typer.Typer) -> None:
    @perintah(laporan, "penjualan", "sales", pilih(
        "Penjualan gerai: per barang, per hari, anggota dan non-anggota, margin kotor.",
        "Outlet sales: by item, by day, members and non-members, gross margin."))
    def penjualan(
        ctx: typer.Context,
        periode: str = typer.Argument(..., help=pilih("Bulan atau tahun, mis. 2025-10.", "Month or year, e.g. 2025-10.")),
        fmt: str = opsi_format(),
        output: str = opsi_output(),
    ) -> None:
        from koperasi_cli.core.tanggal import parse_periode
        from koperasi_cli.reports import daftar_sembako
        from koperasi_cli.reports import sembako as lap

        p = parse_periode(periode)
        with baca_buku(ctx) as buku:
            laporan_ = lap.penjualan(daftar_sembako.penjualan(buku, p), _identitas(buku))
        tampilkan(laporan_, fmt, output)
