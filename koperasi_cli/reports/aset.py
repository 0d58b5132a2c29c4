"""Reports of the fixed assets: the register (daftar aset tetap) at a date, the asset card, and
the register's sheet of the monthly report and workbook. Each builder takes what
`layanan.aset` returned (the JSON shape) and lays it out as tables."""

from __future__ import annotations

from koperasi_cli.i18n import pilih
from koperasi_cli.reports.model import Kolom, Laporan, Tabel, identitas_dari

_GOLONGAN_EN = {"tanah": "land", "bangunan": "building", "peralatan": "equipment", "kendaraan": "vehicle"}


def _golongan(g: str) -> str:
    return pilih(g, _GOLONGAN_EN.get(g, g))


def register(data: dict, identitas: dict) -> Laporan:
    kolom = [
        Kolom("kode", pilih("Kode", "Code")), Kolom("nama", pilih("Nama aset", "Asset")),
        Kolom("golongan", pilih("Golongan", "Group"), rinci=True), Kolom("tanggal", pilih("Tgl perolehan", "Acquired"), rinci=True),
        Kolom("umur", pilih("Umur (bln)", "Life (months)"), "angka", rinci=True),
        Kolom("harga", pilih("Harga perolehan", "Cost"), "uang"),
        Kolom("susut_bulanan", pilih("Susut/bulan", "Monthly charge"), "uang", rinci=True),
        Kolom("akumulasi", pilih("Akumulasi penyusutan", "Accumulated depreciation"), "uang"),
        Kolom("nilai_buku", pilih("Nilai buku", "Book value"), "uang"),
    ]
    baris = [{**b, "golongan": _golongan(b["golongan"])} for b in data["rinci"]]
    total = {"nama": "Total", "harga": data["total_harga"], "akumulasi": data["total_akumulasi"],
             "nilai_buku": data["total_nilai_buku"]}
    json = {k: v for k, v in data.items() if k != "rinci"}
    return Laporan(pilih("Daftar Aset Tetap", "Fixed Asset Register"), pilih(f"Per {data['per']}", f"As of {data['per']}"),
                   identitas, [Tabel(None, kolom, baris, total, "Aset Tetap")], json)


def kartu(data: dict, identitas: dict) -> Laporan:
    kolom = [
        Kolom("bulan", pilih("Bulan", "Month")), Kolom("tanggal", pilih("Tanggal", "Date")),
        Kolom("entri", pilih("Jurnal", "Entry")), Kolom("jenis", pilih("Jenis", "Kind")),
        Kolom("susut", pilih("Penyusutan", "Depreciation"), "uang"),
        Kolom("akumulasi", pilih("Akumulasi", "Accumulated"), "uang"),
        Kolom("nilai_buku", pilih("Nilai buku", "Book value"), "uang"),
    ]
    nama_jenis = {"perolehan": pilih("perolehan", "acquisition"), "susut": pilih("susut", "depreciation"),
                  "lepas": pilih("lepas", "disposal"), "jadwal": pilih("jadwal", "scheduled")}
    baris = [{**g, "jenis": nama_jenis[g["jenis"]]} for g in data["riwayat"]]
    tabel = [Tabel(None, kolom, baris, None, f"Kartu {data['kode']}")]
    if data["jadwal_sisa"]:
        tabel.append(Tabel(pilih("Jadwal yang belum diposting", "Schedule not yet posted"),
                           [Kolom("bulan", pilih("Bulan", "Month")), kolom[4], kolom[5], kolom[6]],
                           data["jadwal_sisa"], None, f"Jadwal {data['kode']}"))
    judul = pilih("Kartu Aset", "Asset Card") + f" {data['kode']} - {data['nama']} ({_golongan(data['golongan'])})"
    from koperasi_cli.core.uang import format_rupiah as rp

    h, r, s = rp(data["harga"], kurung=False), rp(data["residu"], kurung=False), rp(data["susut_bulanan"], kurung=False)
    if data["umur"]:
        catatan = [pilih(f"Harga perolehan Rp {h}; residu Rp {r}; umur {data['umur']} bulan; susut per bulan Rp {s}.",
                         f"Cost Rp {h}; residual Rp {r}; life {data['umur']} months; monthly charge Rp {s}.")]
    else:
        catatan = [pilih(f"Harga perolehan Rp {h}; tanah tidak disusutkan.", f"Cost Rp {h}; land is not depreciated.")]
    from koperasi_cli.i18n.nama import label

    return Laporan(judul, label(data["status"]), identitas, tabel, data, catatan)


def bagian_aset(buku, bulan, **_) -> Laporan | None:
    """The register at the month's end (a section of the monthly report and a workbook sheet)."""
    from koperasi_cli.layanan import aset

    if not aset.ada_register(buku):
        return None
    return register(aset.daftar(buku, bulan.akhir), identitas_dari(buku.profil))
