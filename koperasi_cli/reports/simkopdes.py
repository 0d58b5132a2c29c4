"""What the treasurer types into Simkopdes, the ministry's online registry, for one month: one
sheet per Simkopdes module, the columns in the order its forms ask for them.

- Anggota: NIK, Nama, Jenis Kelamin, Alamat, Tanggal Masuk, Status (at the month's end); then
  the member number and, with `sejak`, what changed (Perubahan).
- Pengurus: NIK, Nama, Jabatan, Mulai Menjabat, Akhir Menjabat (in office at the month's end).
- Karyawan: NIK, Nama, Jabatan, Tanggal Mulai (employed at the month's end).
- Tagihan Simpanan (Simpanan -> Buat Tagihan): NIK, Nama, Jenis Simpanan, Frekuensi, Periode,
  Jumlah Tagihan, Status Bayar, Jumlah Dibayar, No Anggota. Wajib: every member active at the
  month's end whose billing has started, monthly, at the profile's rate, paid when the month is
  among the member's paid wajib months. Pokok: members who joined in the month, billed once,
  paid as far as their pokok balance at the month's end covers it. Sukarela has no bill: the
  month's deposits are listed as paid.

With `sejak` (a month) only rows that changed from its first day to the export month's end are
listed on the member, officer and staff sheets: new members, members whose data changed or who
left, new terms or terms that ended, new staff or staff who left. The bills are the month's.

NIKs are in full (Simkopdes needs them) unless `samarkan`; the file is owner-only (0600).
"""

from __future__ import annotations

from koperasi_cli.core.nik import samarkan as _samar
from koperasi_cli.core.tanggal import Bulan

LEMBAR = ("Anggota", "Pengurus", "Karyawan", "Tagihan Simpanan")
KOLOM = {
    "Anggota": ["NIK", "Nama", "Jenis Kelamin", "Alamat", "Tanggal Masuk", "Status", "No Anggota", "Perubahan"],
    "Pengurus": ["NIK", "Nama", "Jabatan", "Mulai Menjabat", "Akhir Menjabat"],
    "Karyawan": ["NIK", "Nama", "Jabatan", "Tanggal Mulai"],
    "Tagihan Simpanan": ["NIK", "Nama", "Jenis Simpanan", "Frekuensi", "Periode", "Jumlah Tagihan", "Status Bayar",
                         "Jumlah Dibayar", "No Anggota"],
}
JENIS_KELAMIN = {"L": "Laki-laki", "P": "Perempuan"}


def _anggota(buku, bulan: Bulan, sejak: Bulan | None, nik) -> list[list]:
    from koperasi_cli.layanan.anggota import semua

    if "data/anggota.json" not in buku.kepala["berkas"]:
        return []
    akhir = bulan.akhir.isoformat()
    dari = sejak.awal.isoformat() if sejak else None
    ubah: dict[str, list[str]] = {}
    if dari:
        for r in buku.tabel("anggota", "riwayat").all():
            if dari <= r["tanggal"] <= akhir and r["kolom"] != "status":
                ubah.setdefault(r["no"], []).append(r["kolom"])
    hasil = []
    for a in semua(buku):
        if a.get("tanggal_masuk", "") > akhir:
            continue
        keluar = a.get("tanggal_keluar")
        status = "Keluar" if keluar and keluar <= akhir else "Aktif"
        perubahan = ""
        if dari:
            catat = []
            if a["tanggal_masuk"] >= dari:
                catat.append("baru")
            if a["no"] in ubah:
                catat.append("diubah: " + ", ".join(dict.fromkeys(ubah[a["no"]])))
            if keluar and dari <= keluar <= akhir:
                catat.append("keluar")
            if not catat:
                continue
            perubahan = "; ".join(catat)
        hasil.append([nik(a.get("nik")), a["nama"], JENIS_KELAMIN.get(a.get("jenis_kelamin"), a.get("jenis_kelamin")),
                      a.get("alamat"), a["tanggal_masuk"], status, a["no"], perubahan])
    return hasil


def _pengurus(buku, bulan: Bulan, sejak: Bulan | None, nik) -> list[list]:
    from koperasi_cli.layanan.pengurus import berlaku, semua_mentah
    from koperasi_cli.reports.pengurus import nama_jabatan

    akhir = bulan.akhir.isoformat()
    dari = sejak.awal.isoformat() if sejak else None
    hasil = []
    for d in semua_mentah(buku):
        if dari:
            if not (dari <= d["mulai"] <= akhir or (d.get("selesai") and dari <= d["selesai"] <= akhir)):
                continue
        elif not berlaku(d, akhir):
            continue
        hasil.append([nik(d["nik"]), d["nama"], nama_jabatan(d), d["mulai"], d.get("selesai") or ""])
    return hasil


def _karyawan(buku, bulan: Bulan, sejak: Bulan | None, nik) -> list[list]:
    from koperasi_cli.layanan.karyawan import semua_mentah
    from koperasi_cli.layanan.pengurus import berlaku

    akhir = bulan.akhir.isoformat()
    dari = sejak.awal.isoformat() if sejak else None
    hasil = []
    for d in semua_mentah(buku):
        if dari:
            if not (dari <= d["mulai"] <= akhir or (d.get("keluar") and dari <= d["keluar"] <= akhir)):
                continue
        elif not berlaku(d, akhir):
            continue
        hasil.append([nik(d["nik"]), d["nama"], d["jabatan"], d["mulai"]])
    return hasil


def _tagihan(buku, bulan: Bulan, nik) -> list[list]:
    from koperasi_cli.layanan import simpanan
    from koperasi_cli.layanan.anggota import semua

    if "data/anggota.json" not in buku.kepala["berkas"]:
        return []
    awal, akhir = bulan.awal.isoformat(), bulan.akhir.isoformat()
    tarif = simpanan.tarif_wajib(buku)
    pokok = buku.profil.atur("simpanan.pokok", "rupiah")
    sukarela: dict[str, int] = {}
    batal = buku.kepala["batal"]
    for r in buku.entri(bulan.awal, bulan.akhir):
        if r["jenis"] != "simpanan-setor" or r["id"] in batal or (r.get("data") or {}).get("simpanan") != "sukarela":
            continue
        for x in r["baris"]:
            if x["akun"] == "2102" and x.get("anggota"):
                sukarela[x["anggota"]] = sukarela.get(x["anggota"], 0) + x.get("kredit", 0)
    periode = str(bulan)
    hasil = []
    for a in semua(buku):
        masuk, keluar = a.get("tanggal_masuk", ""), a.get("tanggal_keluar")
        if masuk > akhir or (keluar and keluar < awal):
            continue
        n = nik(a.get("nik"))
        if pokok and awal <= masuk <= akhir:
            dibayar = min(simpanan.saldo_jenis(buku, a["no"], bulan.akhir)["pokok"], pokok)
            hasil.append([n, a["nama"], "Pokok", "Sekali", periode, pokok,
                          "Lunas" if dibayar >= pokok else "Belum Lunas", dibayar, a["no"]])
        aktif = not keluar or keluar > akhir
        if tarif and aktif and simpanan.mulai_wajib(buku, a) <= bulan:
            lunas = periode in simpanan.lunas_wajib(buku, a["no"])
            hasil.append([n, a["nama"], "Wajib", "Bulanan", periode, tarif,
                          "Lunas" if lunas else "Belum Lunas", tarif if lunas else 0, a["no"]])
        if sukarela.get(a["no"]):
            hasil.append([n, a["nama"], "Sukarela", "Bulanan", periode, sukarela[a["no"]], "Lunas", sukarela[a["no"]], a["no"]])
    return hasil


def buat(buku, bulan: Bulan, *, sejak: Bulan | None = None, samarkan: bool = False) -> dict[str, list[list]]:
    """{sheet name: rows} in LEMBAR order (columns as in KOLOM)."""
    def nik(n):
        return _samar(n) if samarkan else n

    return {
        "Anggota": _anggota(buku, bulan, sejak, nik),
        "Pengurus": _pengurus(buku, bulan, sejak, nik),
        "Karyawan": _karyawan(buku, bulan, sejak, nik),
        "Tagihan Simpanan": _tagihan(buku, bulan, nik),
    }


def tulis_xlsx(buku, bulan: Bulan, path, *, sejak: Bulan | None = None, samarkan: bool = False) -> dict[str, int]:
    """Write the workbook (header on row 1, frozen; NIKs and dates as text; amounts as numbers);
    returns the row count per sheet."""
    import io
    from pathlib import Path

    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from koperasi_cli.ledger.berkas import tulis_keluaran
    from koperasi_cli.reports.xlsx import FORMAT_RUPIAH, sel_teks

    data = buat(buku, bulan, sejak=sejak, samarkan=samarkan)
    wb = Workbook(write_only=True)
    tebal = Font(bold=True)
    for nama in LEMBAR:
        ws = wb.create_sheet(nama)
        kolom, baris = KOLOM[nama], data[nama]
        for i, k in enumerate(kolom):
            lebar = max([len(k)] + [len(str(b[i] if b[i] is not None else "")) for b in baris])
            ws.column_dimensions[get_column_letter(i + 1)].width = min(lebar + 2, 60)
        ws.freeze_panes = "A2"
        kepala = []
        for k in kolom:
            c = sel_teks(ws, k)
            c.font = tebal
            kepala.append(c)
        ws.append(kepala)
        for b in baris:
            sel = []
            for v in b:
                c = sel_teks(ws, v if v is not None else "")
                if isinstance(v, int):
                    c.number_format = FORMAT_RUPIAH
                sel.append(c)
            ws.append(sel)
    buf = io.BytesIO()
    wb.save(buf)
    tulis_keluaran(Path(path), buf.getvalue())
    return {n: len(data[n]) for n in LEMBAR}

