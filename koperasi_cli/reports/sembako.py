"""Reports of the grocery outlet: items, stock, stock card, LPG log, sales, receivables and
payables. Each builder takes the data a `layanan.sembako` function returned (the JSON shape)
and lays it out as tables."""

from __future__ import annotations

from koperasi_cli.i18n import pilih
from koperasi_cli.reports.model import Kolom, Laporan, Tabel, per_teks
from koperasi_cli.core.uang import format_persen


def _kolom_barang():
    return [Kolom("kode", pilih("Kode", "Code")), Kolom("nama", pilih("Nama barang", "Item"))]


def barang(data: dict, identitas: dict) -> Laporan:
    kolom = _kolom_barang() + [
        Kolom("satuan", pilih("Satuan", "Unit")), Kolom("kategori", pilih("Kategori", "Category")),
        Kolom("harga_jual", pilih("Harga jual", "Price"), "uang"),
        Kolom("harga_anggota", pilih("Harga anggota", "Member price"), "uang"),
        Kolom("het", "HET", "uang"),
    ]
    return Laporan(pilih("Daftar Barang Gerai", "Outlet Items"), pilih(f"Harga per {data['per']}", f"Prices as of {data['per']}"),
                   identitas, [Tabel(None, kolom, data["barang"], None, "Barang")], data)


def stok(data: dict, identitas: dict) -> Laporan:
    kolom = _kolom_barang() + [
        Kolom("qty", pilih("Jumlah", "Qty"), "angka"),
        Kolom("hpp_rata", pilih("HPP rata-rata", "Average cost"), "uang"),
        Kolom("nilai", pilih("Nilai", "Value"), "uang"),
    ]
    total = {"nama": "Total", "nilai": data["total_nilai"]}
    return Laporan(pilih("Persediaan Gerai", "Outlet Stock"), per_teks(data["per"]),
                   identitas, [Tabel(None, kolom, data["barang"], total, "Persediaan")], data)


def kartu(data: dict, identitas: dict) -> Laporan:
    kolom = [
        Kolom("tanggal", pilih("Tanggal", "Date")), Kolom("entri", pilih("Jurnal", "Entry")),
        Kolom("jenis", pilih("Jenis", "Kind")),
        Kolom("masuk", pilih("Masuk", "In"), "angka"), Kolom("keluar", pilih("Keluar", "Out"), "angka"),
        Kolom("saldo_qty", pilih("Saldo", "Balance"), "angka"),
        Kolom("nilai", pilih("Nilai mutasi", "Value moved"), "uang", rinci=True),
        Kolom("saldo_nilai", pilih("Saldo nilai", "Value"), "uang"),
        Kolom("hpp_rata", pilih("HPP rata-rata", "Average cost"), "uang"),
    ]
    awal = {"jenis": pilih("saldo awal", "opening"), "saldo_qty": data["awal"]["qty"],
            "saldo_nilai": data["awal"]["nilai"]}
    baris = ([awal] if data["periode"] else []) + [
        {**g, "jenis": g["jenis"].removeprefix("sembako-"), "nilai": g["nilai_masuk"] - g["nilai_keluar"]} for g in data["gerak"]
    ]
    total = {"jenis": pilih("saldo akhir", "closing"), "saldo_qty": data["akhir"]["qty"],
             "saldo_nilai": data["akhir"]["nilai"]}
    judul = pilih("Kartu Stok", "Stock Card") + f" {data['kode']} - {data['nama']} ({data['satuan']})"
    return Laporan(judul, data["periode"] or pilih("Seluruh riwayat", "Whole history"), identitas,
                   [Tabel(None, kolom, baris, total, f"Kartu {data['kode']}")], data)


def lpg(data: dict, identitas: dict) -> Laporan:
    kolom = [
        Kolom("tanggal", pilih("Tanggal", "Date")),
        Kolom("nik", "NIK"), Kolom("kategori", pilih("Kategori", "Category")),
        Kolom("qty", pilih("Tabung", "Tubes"), "angka"),
        Kolom("harga", pilih("Harga", "Price"), "uang"), Kolom("jumlah", pilih("Jumlah", "Amount"), "uang"),
    ]
    total = {"tanggal": "Total", "qty": data["total_qty"], "jumlah": data["total_jumlah"]}
    kolom_kat = [
        Kolom("kategori", pilih("Kategori pembeli", "Buyer category")),
        Kolom("transaksi", pilih("Transaksi", "Sales"), "angka"),
        Kolom("qty", pilih("Tabung", "Tubes"), "angka"), Kolom("jumlah", pilih("Jumlah", "Amount"), "uang"),
    ]
    return Laporan(
        pilih("Catatan Penjualan LPG 3 kg", "LPG 3 kg Sales Log"), data["periode"], identitas,
        [Tabel(None, kolom, data["lpg"], total, "Log LPG"),
         Tabel(pilih("Per kategori pembeli", "By buyer category"), kolom_kat, data["per_kategori"], None, "LPG per Kategori")],
        data,
    )


def penjualan(data: dict, identitas: dict) -> Laporan:
    uang = [Kolom("penjualan", pilih("Penjualan", "Sales"), "uang"), Kolom("hpp", pilih("HPP", "COGS"), "uang"),
            Kolom("margin", pilih("Margin kotor", "Gross margin"), "uang")]
    t = data["total"]
    per_barang = Tabel(
        pilih("Per barang", "By item"),
        _kolom_barang() + [Kolom("kategori", pilih("Kategori", "Category")), Kolom("qty", pilih("Jumlah", "Qty"), "angka")] + uang,
        data["per_barang"], {"nama": "Total", "penjualan": t["penjualan"], "hpp": t["hpp"], "margin": t["margin"]},
        "Penjualan per Barang",
    )
    per_hari = Tabel(
        pilih("Per hari", "By day"),
        [Kolom("tanggal", pilih("Tanggal", "Date")), Kolom("struk", pilih("Struk", "Receipts"), "angka"),
         Kolom("anggota", pilih("Anggota", "Members"), "uang"), Kolom("non_anggota", pilih("Non-anggota", "Non-members"), "uang")] + uang,
        data["per_hari"],
        {"tanggal": "Total", "struk": t["struk"], "anggota": data["anggota"]["penjualan"],
         "non_anggota": data["non_anggota"]["penjualan"], "penjualan": t["penjualan"], "hpp": t["hpp"], "margin": t["margin"]},
        "Penjualan per Hari",
    )
    kelompok = Tabel(
        pilih("Anggota dan non-anggota", "Members and non-members"),
        [Kolom("kelompok", pilih("Pembeli", "Buyers")), Kolom("struk", pilih("Struk", "Receipts"), "angka")] + uang,
        [{"kelompok": pilih("Anggota", "Members"), **data["anggota"]},
         {"kelompok": pilih("Non-anggota", "Non-members"), **data["non_anggota"]}],
        {"kelompok": "Total", "struk": t["struk"], "penjualan": t["penjualan"], "hpp": t["hpp"], "margin": t["margin"]},
        "Anggota dan Non-anggota",
    )
    catatan = [pilih(f"Margin kotor {format_persen(t['margin_bp'], bp=True)} dari penjualan.",
                     f"Gross margin {format_persen(t['margin_bp'], bp=True)} of sales.")]
    return Laporan(pilih("Laporan Penjualan Gerai", "Outlet Sales Report"), data["periode"], identitas,
                   [kelompok, per_barang, per_hari], data, catatan)


def piutang(data: dict, identitas: dict) -> Laporan:
    kolom = [Kolom("no", pilih("No anggota", "Member no")), Kolom("nama", pilih("Nama", "Name")),
             Kolom("piutang", pilih("Piutang", "Receivable"), "uang")]
    return Laporan(pilih("Piutang Gerai per Anggota", "Outlet Receivables by Member"), "", identitas,
                   [Tabel(None, kolom, data["piutang"], {"nama": "Total", "piutang": data["total_piutang"]}, "Piutang")], data)


def pemasok(data: dict, identitas: dict) -> Laporan:
    kolom = [Kolom("kode", pilih("Kode", "Code")), Kolom("nama", pilih("Pemasok", "Supplier")),
             Kolom("utang", pilih("Utang", "Payable"), "uang")]
    return Laporan(pilih("Utang Gerai per Pemasok", "Outlet Payables by Supplier"), "", identitas,
                   [Tabel(None, kolom, data["pemasok"], {"nama": "Total", "utang": data["total_utang"]}, "Pemasok")], data)
