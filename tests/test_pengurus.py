"""Officers (pengurus), staff and payroll (karyawan), payslips, and the Simkopdes export.

The cooperative of these tests (Tegal Harum, books from 2025-01-01): a board of five (ketua,
bendahara, sekretaris, the kepala desa ex officio ketua pengawas, a pengawas), two staff
(K001 Kadek, Rp 2.500.000 a month, from 2025-01-01; K002 Wayan, Rp 1.800.000, from 2025-01-15),
two members (0001 Budi joined 2025-01-10, pokok paid, wajib January and February paid on
2025-02-05; 0002 Sari joined 2025-02-10 without pokok, sukarela Rp 75.000 on 2025-02-12) and
Rp 20.000.000 of grant in the till.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from anggota_bantu import Lib, js, neraca, nik, ok
from conftest import IDENTITAS, env_subproses, isi_folder

NIK_KETUA = nik(101)
NIK_BENDAHARA = nik(102, perempuan=True)
NIK_KADEK = nik(201, perempuan=True, tahun=95)
NIK_WAYAN = nik(202, tahun=96)


@pytest.fixture
def papan(kop):
    """The board, the staff, the members and the till, in one unit of work through the library
    (the commands themselves are exercised by the tests)."""
    from koperasi_cli.layanan import karyawan, pengurus

    with Lib(kop) as k:
        b = k.buku
        k.modal(20_000_000)
        k.tambah("Budi", 1)  # 2025-01-10, pokok 100.000 in cash
        k.setor("1", "wajib", 40_000, "2025-02-05")  # January and February
        k.tambah("Sari", 2, perempuan=True, tanggal="2025-02-10", tanpa_pokok=True)
        k.setor("2", "sukarela", 75_000, "2025-02-12")
        awal = date(2025, 1, 1)
        for nama, n, jabatan in (("I Made Sudarsana", NIK_KETUA, "ketua"), ("Ni Kadek Ayu Lestari", NIK_BENDAHARA, "bendahara"),
                                 ("Ketut Sekretaris", nik(103), "sekretaris"), ("I Wayan Kades", nik(104), "kepala-desa"),
                                 ("Nyoman Pengawas", nik(105), "pengawas")):
            pengurus.tambah(b, nama=nama, nik=n, jabatan=jabatan, mulai=awal)
        karyawan.tambah(b, nama="Kadek Kasir", nik=NIK_KADEK, jabatan="Kasir gerai", mulai=awal, gaji=2_500_000)
        karyawan.tambah(b, nama="Wayan Gudang", nik=NIK_WAYAN, jabatan="Staf gudang", mulai=date(2025, 1, 15), gaji=1_800_000)
    return kop


# ---- officers -----------------------------------------------------------------------------------
def test_pengurus_daftar_riwayat_dan_pergantian_ketua(papan, cli):
    d = js(cli, "pengurus", "daftar", "--per", "2025-03-01")
    assert [(p["id"], p["jabatan"], p["ex_officio"]) for p in d["pengurus"]] == [
        ("P001", "ketua", None), ("P003", "sekretaris", None), ("P002", "bendahara", None),
        ("P004", "ketua-pengawas", "kepala-desa"), ("P005", "pengawas", None)]
    assert d["pengurus"][0]["nik"] == "5171********0101"  # masked in listings
    for berkas in ("pengurus.json", "karyawan.json"):  # personal data: owner-only, like the member file
        assert stat.S_IMODE((papan / "data" / berkas).stat().st_mode) == 0o600
    assert js(cli, "pengurus", "daftar", "--per", "2024-12-31")["pengurus"] == []

    # A second ketua while the first is in office is refused, and nothing is written.
    sebelum = isi_folder(papan)
    r = cli("pengurus", "tambah", "--nama", "Calon", "--nik", nik(106), "--jabatan", "ketua", "--mulai", "2025-06-01")
    assert r.exit_code == 1 and "pengurus selesai P001" in r.stderr
    assert isi_folder(papan) == sebelum

    ok(cli, "pengurus", "selesai", "P001", "--tanggal", "2025-05-31", "--ket", "RAT 2025")
    js(cli, "pengurus", "tambah", "--nama", "Calon", "--nik", nik(106), "--jabatan", "ketua", "--mulai", "2025-06-01")
    ketua = lambda per: [p["nama"] for p in js(cli, "pengurus", "daftar", "--per", per)["pengurus"] if p["jabatan"] == "ketua"]  # noqa: E731
    assert ketua("2025-05-31") == ["I Made Sudarsana"] and ketua("2025-06-01") == ["Calon"]
    semua = js(cli, "pengurus", "daftar", "--semua")["pengurus"]
    assert [(p["id"], p["selesai"]) for p in semua if p["jabatan"] == "ketua"] == [("P001", "2025-05-31"), ("P006", None)]
    riw = js(cli, "pengurus", "riwayat")["riwayat"]
    assert {"id": "P001", "tanggal": "2025-05-31", "kolom": "selesai", "lama": None, "baru": "2025-05-31",
            "ket": "RAT 2025"} in riw


def test_pengurus_masukan_salah_ditolak_dengan_pesan(kop, cli):
    r = cli("pengurus", "tambah", "--nama", "A", "--nik", "123", "--jabatan", "ketua", "--mulai", "2025-01-01")
    assert r.exit_code == 1 and "NIK" in r.stderr and "Traceback" not in r.output
    r = cli("pengurus", "tambah", "--nama", "A", "--nik", nik(1), "--jabatan", "bos", "--mulai", "2025-01-01")
    assert r.exit_code == 1 and "bendahara" in r.stderr
    r = cli("pengurus", "tambah", "--nama", "A", "--nik", nik(1), "--jabatan", "bos", "--mulai", "2025-01-01", lang="en")
    assert r.exit_code == 1 and "Unknown position" in r.stderr
    r = cli("pengurus", "tambah", "--nama", "A", "--nik", nik(1), "--jabatan", "ketua", "--mulai", "2025-02-01",
            "--selesai", "2025-01-01")
    assert r.exit_code == 1 and "sebelum tanggal mulai" in r.stderr
    r = cli("pengurus", "tambah", "--nama", "A", "--nik", nik(1), "--jabatan", "ketua", "--mulai", "2025-01-01", "--kepala-desa")
    assert r.exit_code == 1 and "ketua pengawas" in r.stderr
    assert not (kop / "data" / "pengurus.json").exists()


def test_domisili_di_luar_desa_diperingatkan_bukan_ditolak(kop, cli):
    r = ok(cli, "karyawan", "tambah", "--nama", "Luh", "--nik", nik(7, perempuan=True), "--jabatan", "Kasir",
           "--mulai", "2025-01-01", "--gaji", "2jt", "--alamat", "Jl. Danau Tamblingan, Sanur Kauh")
    assert "Peringatan" in r.stderr and "Sanur Kauh" in r.stderr and "Permenkop 2/2025" in r.stderr
    r = ok(cli, "pengurus", "tambah", "--nama", "Made", "--nik", nik(8), "--jabatan", "ketua", "--mulai", "2025-01-01",
           "--alamat", "Jl. Gunung Agung 1, Tegal Harum")
    assert "Peringatan" not in r.stderr
    # The profile may allow officers and staff from elsewhere.
    yaml = kop / "koperasi.yaml"
    teks = yaml.read_text(encoding="utf-8")
    assert "\npengaturan:" in teks
    yaml.write_text(teks.replace("\npengaturan:", "\npengaturan:\n  domisili:\n    wajib_desa: false", 1), encoding="utf-8")
    r = ok(cli, "pengurus", "tambah", "--nama", "Ayu", "--nik", nik(9, perempuan=True), "--jabatan", "bendahara",
           "--mulai", "2025-01-01", "--alamat", "Sanur Kauh")
    assert "Peringatan" not in r.stderr


def test_tanda_tangan_dan_halaman_pengurus_di_laporan_bulanan(papan, cli, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "bulanan.xlsx"
    ok(cli, "laporan", "bulanan", "2025-02", "-o", str(out))
    wb = load_workbook(out)
    sampul = [[c.value for c in r] for r in wb["Sampul"].iter_rows()]
    assert sampul[-1] == ["( I Made Sudarsana )", "( Ni Kadek Ayu Lestari )"]
    karyawan = [[c.value for c in r] for r in wb["Karyawan"].iter_rows()]
    assert karyawan[2][:4] == ["No", "Nama", "NIK", "Jabatan"]
    assert karyawan[3][:3] == ["K001", "Kadek Kasir", "5171********0201"]
    assert karyawan[-1][-1] == 4_300_000  # 2.500.000 + 1.800.000
    d = js(cli, "laporan", "bulanan", "2025-02")
    assert d["bagian"]["pengurus"]["jumlah_karyawan"] == 2 and len(d["bagian"]["pengurus"]["pengurus"]) == 5


def test_rekap_menghitung_karyawan(papan):
    from koperasi_cli.core.tanggal import Bulan
    from koperasi_cli.ledger.buku import Buku
    from koperasi_cli.reports.rekap import baris_rekap

    with Buku.buka_baca(papan) as buku:
        assert baris_rekap(buku, Bulan(2025, 1), dengan_periksa=False)["karyawan"] == 2
        assert baris_rekap(buku, Bulan(2024, 12), dengan_periksa=False)["karyawan"] == 0


# ---- staff and payroll ------------------------------------------------------------------------------
def test_gaji_dua_bulan_potongan_dan_gaji_ganda_ditolak(papan, cli):
    jan = js(cli, "karyawan", "gaji", "2025-01", "--potongan", "K001=125rb")
    # gross 2.500.000 + 1.800.000 = 4.300.000; withheld 125.000 (Kadek); net 4.300.000 - 125.000 = 4.175.000
    assert (jan["bruto"], jan["potongan"], jan["bersih"], jan["tanggal"]) == (4_300_000, 125_000, 4_175_000, "2025-01-31")
    assert [(r["id"], r["gaji"], r["potongan"], r["bersih"]) for r in jan["rincian"]] == [
        ("K001", 2_500_000, 125_000, 2_375_000), ("K002", 1_800_000, 0, 1_800_000)]
    feb = js(cli, "karyawan", "gaji", "2025-02", "--potongan", f"{NIK_KADEK}=125.000", "--tanggal", "2025-02-27")
    assert (feb["bruto"], feb["potongan"], feb["bersih"]) == (4_300_000, 125_000, 4_175_000)

    sebelum = isi_folder(papan)
    r = cli("karyawan", "gaji", "2025-02")
    assert r.exit_code == 1 and "sudah dibayar" in r.stderr and feb["entri"] in r.stderr
    assert isi_folder(papan) == sebelum

    s = neraca(cli)
    assert s["6101"] == 8_600_000  # 2 x 4.300.000
    assert s["2105"] == -250_000  # 2 x 125.000, a credit
    # 20.000.000 grant + 100.000 pokok + 40.000 wajib + 75.000 sukarela - 2 x 4.175.000 net pay
    assert s["1101"] == 20_000_000 + 100_000 + 40_000 + 75_000 - 8_350_000
    e = cli.akar  # the entry has one debit per person, then the withholding and the net pay
    from conftest import buka

    with buka(e, coba=True) as buku:
        r = buku.cari_entri(feb["entri"])
    assert [(b["akun"], b["debit"], b["kredit"]) for b in r["baris"]] == [
        ("6101", 2_500_000, 0), ("6101", 1_800_000, 0), ("2105", 0, 125_000), ("1101", 0, 4_175_000)]
    assert r["unit"] == "kantor" and r["tanggal"] == "2025-02-27"

    assert ok(cli, "periksa").exit_code == 0  # the payroll records agree with their entries

    # A reversed payroll may be run again.
    ok(cli, "jurnal", "batal", feb["entri"], "--ket", "salah potongan", "--tanggal", "2025-02-28")
    feb2 = js(cli, "karyawan", "gaji", "2025-02", "--tanggal", "2025-02-28")
    assert feb2["potongan"] == 0 and feb2["bersih"] == 4_300_000
    ok(cli, "periksa")


def test_periksa_menemukan_catatan_gaji_yang_tidak_cocok(papan):
    from koperasi_cli.core.tanggal import Bulan
    from koperasi_cli.layanan import karyawan
    from koperasi_cli.ledger.buku import Buku

    with Buku.buka(papan, coba=True) as buku:  # a dry run: the record is altered in memory only
        h = karyawan.gaji(buku, Bulan(2025, 1))
        assert karyawan.periksa_gaji(buku) == []
        karyawan._tabel_gaji(buku).update({"rincian": [{**h["rincian"][0], "gaji": 1}, h["rincian"][1]]})
        assert [g.kode for g in karyawan.periksa_gaji(buku)] == ["periksa_gaji_beda"]


def test_gaji_masukan_salah(papan, cli):
    sebelum = isi_folder(papan)
    r = cli("karyawan", "gaji", "2025-01", "--potongan", "K009=10rb")
    assert r.exit_code == 1 and "K009" in r.stderr
    r = cli("karyawan", "gaji", "2025-01", "--potongan", f"{nik(999)}=10rb")
    assert r.exit_code == 1 and nik(999) not in r.stderr  # a NIK is never echoed in full
    r = cli("karyawan", "gaji", "2025-01", "--potongan", "K001=3jt")
    assert r.exit_code == 1 and "lebih besar dari gajinya" in r.stderr
    r = cli("karyawan", "gaji", "2025-01", "--potongan", "K001")
    assert r.exit_code == 1 and "NIK=JUMLAH" in r.stderr
    r = cli("karyawan", "gaji", "2024-12")
    assert r.exit_code == 1 and "Tidak ada karyawan" in r.stderr
    r = cli("karyawan", "gaji", "2025-02", "--tanggal", "2025-01-31")
    assert r.exit_code == 1 and "sebelum bulannya" in r.stderr
    assert isi_folder(papan) == sebelum


def test_karyawan_keluar_tidak_digaji_lagi(papan, cli):
    ok(cli, "karyawan", "keluar", "K002", "--tanggal", "2025-01-31")
    assert [k["id"] for k in js(cli, "karyawan", "daftar", "--per", "2025-02-01")["karyawan"]] == ["K001"]
    assert js(cli, "karyawan", "gaji", "2025-01")["bruto"] == 4_300_000  # Wayan worked in January
    assert js(cli, "karyawan", "gaji", "2025-02")["bruto"] == 2_500_000  # only Kadek in February
    r = cli("karyawan", "keluar", "K002")
    assert r.exit_code == 1 and "sudah keluar" in r.stderr


def test_kenaikan_gaji_berlaku_mulai_tanggalnya(papan, cli):
    h = js(cli, "karyawan", "ubah", "K002", "--gaji", "2jt", "--tanggal", "2025-02-01", "--ket", "kenaikan")
    assert h["perubahan"] == [{"kolom": "gaji", "lama": 1_800_000, "baru": 2_000_000}]
    assert js(cli, "karyawan", "gaji", "2025-01")["bruto"] == 4_300_000  # 2.500.000 + 1.800.000 (old pay)
    assert js(cli, "karyawan", "gaji", "2025-02")["bruto"] == 4_500_000  # 2.500.000 + 2.000.000 (new pay)
    gaji = {k["id"]: k["gaji"] for k in js(cli, "karyawan", "daftar", "--per", "2025-01-31")["karyawan"]}
    assert gaji == {"K001": 2_500_000, "K002": 1_800_000}
    r = cli("karyawan", "ubah", "K002")
    assert r.exit_code == 2 and "--gaji" in r.stderr


def test_slip_gaji_teks_dan_xlsx(papan, cli, tmp_path):
    from openpyxl import load_workbook

    ok(cli, "karyawan", "gaji", "2025-02", "--potongan", "K001=125rb")
    teks = ok(cli, "karyawan", "slip", "2025-02", "K001").stdout
    assert "SLIP GAJI K001 - Februari 2025" in teks and "Rp 2.375.000" in teks and "5171********0201" in teks
    assert "K002" not in teks
    out = tmp_path / "slip.xlsx"
    ok(cli, "karyawan", "slip", "2025-02", "-o", str(out))
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    wb = load_workbook(out)
    assert wb.sheetnames == ["K001", "K002"]
    ws = wb["K001"]
    assert int(ws.page_setup.paperSize) == 9 and ws.page_setup.orientation == "portrait"
    sel = {ws.cell(row=r, column=1).value: ws.cell(row=r, column=2).value for r in range(3, 14)}
    assert sel["Nama"] == "Kadek Kasir" and sel["Gaji bruto"] == 2_500_000 and sel["Potongan"] == 125_000
    assert sel["Diterima bersih"] == 2_375_000  # 2.500.000 - 125.000
    assert ws.cell(row=20, column=1).value == "( Ni Kadek Ayu Lestari )"  # the bendahara in office
    r = cli("karyawan", "slip", "2025-03")
    assert r.exit_code == 1 and "belum dibayar" in r.stderr


@pytest.fixture(scope="module")
def kop_kas(tmp_path_factory):
    """A cooperative with Rp 500.000.000 in the till, shared by the examples (each runs dry)."""
    from koperasi_cli.layanan import kas
    from koperasi_cli.layanan.koperasi import daftarkan_koperasi
    from koperasi_cli.ledger.buku import Buku

    akar = tmp_path_factory.mktemp("gaji") / "kop"
    daftarkan_koperasi(akar, dict(IDENTITAS))
    with Buku.buka(akar) as buku:
        kas.masuk(buku, 500_000_000, "3104", "Hibah", tanggal=date(2025, 1, 2))
    return akar


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(gaji=st.lists(st.integers(1, 50_000_000), min_size=1, max_size=4), data=st.data())
def test_gaji_selalu_seimbang(kop_kas, gaji, data):
    """Whatever the pay and withholding: Dr 6101 = gross, Cr 2105 = withheld, Cr cash = gross - withheld."""
    from koperasi_cli.core.tanggal import Bulan
    from koperasi_cli.layanan import karyawan
    from koperasi_cli.ledger.buku import Buku

    potong = [data.draw(st.integers(0, g)) for g in gaji]
    with Buku.buka(kop_kas, coba=True) as buku:  # a dry run: nothing is written
        for i, g in enumerate(gaji):
            karyawan.tambah(buku, nama=f"Staf {i}", nik=nik(300 + i), jabatan="Staf", mulai=date(2025, 1, 1), gaji=g)
        h = karyawan.gaji(buku, Bulan(2025, 3), potongan={f"K{i + 1:03d}": p for i, p in enumerate(potong) if p})
        r = buku.cari_entri(h["entri"])
    total = {a: sum(b["debit"] - b["kredit"] for b in r["baris"] if b["akun"] == a) for a in ("6101", "2105", "1101")}
    assert total == {"6101": sum(gaji), "2105": -sum(potong), "1101": -(sum(gaji) - sum(potong))}
    assert sum(b["debit"] for b in r["baris"]) == sum(b["kredit"] for b in r["baris"])
    assert (h["bruto"], h["potongan"], h["bersih"]) == (sum(gaji), sum(potong), sum(gaji) - sum(potong))


# ---- Simkopdes ------------------------------------------------------------------------------------
def _sel(path: Path) -> dict[str, list[list]]:
    from openpyxl import load_workbook

    wb = load_workbook(path)
    return {ws.title: [[c.value for c in r] for r in ws.iter_rows()] for ws in wb}


def test_ekspor_simkopdes_sel_demi_sel(papan, cli, tmp_path):
    out = tmp_path / "simkopdes.xlsx"
    r = ok(cli, "ekspor", "simkopdes", "2025-02", "-o", str(out))
    assert "NIK lengkap" in r.stderr and "0600" in r.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    s = _sel(out)
    assert list(s) == ["Anggota", "Pengurus", "Karyawan", "Tagihan Simpanan"]
    assert s["Anggota"] == [
        ["NIK", "Nama", "Jenis Kelamin", "Alamat", "Tanggal Masuk", "Status", "No Anggota", "Perubahan"],
        [nik(1), "Budi", "Laki-laki", "Jl. Gunung Agung 1, Tegal Harum", "2025-01-10", "Aktif", "0001", None],
        [nik(2, perempuan=True), "Sari", "Perempuan", "Jl. Gunung Agung 1, Tegal Harum", "2025-02-10", "Aktif", "0002", None],
    ]
    assert s["Pengurus"][0] == ["NIK", "Nama", "Jabatan", "Mulai Menjabat", "Akhir Menjabat"]
    assert s["Pengurus"][1] == [NIK_KETUA, "I Made Sudarsana", "Ketua", "2025-01-01", None]
    assert s["Pengurus"][4] == [nik(104), "I Wayan Kades", "Ketua Pengawas (ex officio, kepala desa)", "2025-01-01", None]
    assert len(s["Pengurus"]) == 6
    assert s["Karyawan"] == [
        ["NIK", "Nama", "Jabatan", "Tanggal Mulai"],
        [NIK_KADEK, "Kadek Kasir", "Kasir gerai", "2025-01-01"],
        [NIK_WAYAN, "Wayan Gudang", "Staf gudang", "2025-01-15"],
    ]
    # Budi paid February's wajib (20.000); Sari joined in February: pokok 100.000 billed and unpaid,
    # wajib 20.000 unpaid, and her sukarela deposit of 75.000 listed as paid.
    assert s["Tagihan Simpanan"] == [
        ["NIK", "Nama", "Jenis Simpanan", "Frekuensi", "Periode", "Jumlah Tagihan", "Status Bayar", "Jumlah Dibayar", "No Anggota"],
        [nik(1), "Budi", "Wajib", "Bulanan", "2025-02", 20_000, "Lunas", 20_000, "0001"],
        [nik(2, perempuan=True), "Sari", "Pokok", "Sekali", "2025-02", 100_000, "Belum Lunas", 0, "0002"],
        [nik(2, perempuan=True), "Sari", "Wajib", "Bulanan", "2025-02", 20_000, "Belum Lunas", 0, "0002"],
        [nik(2, perempuan=True), "Sari", "Sukarela", "Bulanan", "2025-02", 75_000, "Lunas", 75_000, "0002"],
    ]
    # January: Budi's pokok (paid on joining) and wajib; Sari not yet a member.
    jan = tmp_path / "jan.xlsx"
    ok(cli, "ekspor", "simkopdes", "2025-01", "-o", str(jan))
    assert _sel(jan)["Tagihan Simpanan"][1:] == [
        [nik(1), "Budi", "Pokok", "Sekali", "2025-01", 100_000, "Lunas", 100_000, "0001"],
        [nik(1), "Budi", "Wajib", "Bulanan", "2025-01", 20_000, "Lunas", 20_000, "0001"],
    ]


def test_ekspor_simkopdes_sejak_hanya_yang_berubah(papan, cli, tmp_path):
    out = tmp_path / "baru.xlsx"
    r = ok(cli, "ekspor", "simkopdes", "2025-02", "-o", str(out), "--sejak", "2025-02", "--samarkan")
    assert "NIK lengkap" not in r.stderr
    s = _sel(out)
    assert s["Anggota"][1:] == [
        ["5171********0002", "Sari", "Perempuan", "Jl. Gunung Agung 1, Tegal Harum", "2025-02-10", "Aktif", "0002", "baru"]]
    assert s["Pengurus"][1:] == [] and s["Karyawan"][1:] == []  # all took office and started in January
    assert len(s["Tagihan Simpanan"]) == 5  # the month's bills are all listed
    r = cli("ekspor", "simkopdes", "2025-02", "-o", str(tmp_path / "x.csv"))
    assert r.exit_code == 2 and ".xlsx" in r.stderr
    r = cli("ekspor", "simkopdes", "2025-02", "-o", str(tmp_path / "x.xlsx"), "--sejak", "2025-03")
    assert r.exit_code == 1 and "--sejak" in r.stderr


def test_subproses_gaji_dan_simkopdes(papan, tmp_path):
    """The installed command, end to end: payroll, then the Simkopdes export with its warning."""
    skrip = Path(sys.executable).parent / "koperasi"
    perintah = [str(skrip)] if skrip.exists() else [sys.executable, "-m", "koperasi_cli"]
    env = env_subproses()
    r = subprocess.run([*perintah, "-C", str(papan), "karyawan", "gaji", "2025-01", "--potongan", "K001=125rb",
                        "--format", "json"], capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["bersih"] == 4_175_000
    out = tmp_path / "s.xlsx"
    r = subprocess.run([*perintah, "-C", str(papan), "--lang", "en", "ekspor", "simkopdes", "2025-01", "-o", str(out)],
                       capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    assert "full NIKs" in r.stderr and oct(os.stat(out).st_mode & 0o777) == "0o600"
