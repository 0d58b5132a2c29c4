"""Issue 20, "80 columns" and "scripts never guess": every report and list fits an 80-column
terminal with no figure cut, the full set of columns with --lebar; JSON keys are identifiers and
ratios integer basis points; a report of several tables is one plain CSV per section;
`jurnal lihat` shows voucher, kind, unit and the reversing entry."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import Cli, env_subproses

BULAN = "2026-10"

# Every report and list of the demo book (the full one: every unit, assets, the bank loan,
# officers, staff, rentals and services), with the arguments it needs.
PERINTAH = [
    "info", "akun daftar", f"jurnal daftar {BULAN}", "jurnal lihat J000010",
    "laporan neraca-saldo", "laporan neraca", f"laporan phu {BULAN}", f"laporan arus-kas {BULAN}",
    f"laporan ekuitas {BULAN}", "laporan kesehatan 2026", f"laporan buku-besar 1101 {BULAN}",
    f"laporan bulanan {BULAN}", f"laporan tren {BULAN}", f"laporan penjualan {BULAN}", "laporan simpanan",
    "laporan pinjaman", "laporan shu 2026", "laporan rat 2026", "laporan pajak 2026",
    "sembako stok", "sembako kartu BRS5", f"sembako lpg {BULAN}", "sembako piutang", "sembako pemasok",
    "sembako kedaluwarsa", "sembako barang daftar",
    "anggota daftar", "anggota lihat 0001", "simpanan saldo", "simpanan saldo 0001", "simpanan kartu 0001",
    f"simpanan tagih-wajib {BULAN}", "simpanan berjangka daftar",
    "pinjaman jadwal PJ00001", "pinjaman daftar", "pinjaman tunggakan",
    "pinjaman simulasi 5000000 --tenor 10 --bunga 1.5 --metode flat",
    "aset daftar", "aset kartu GERAI", "utang-bank jadwal HIMBARA-1", "utang-bank daftar",
    "pengurus daftar", "pengurus riwayat", "karyawan daftar",
    "sewa daftar", "sewa piutang", "jasa piutang", "jasa tarif daftar", "periksa",
]


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    """The full demo book (three months, every unit), built once in-process on a fixed date."""
    from koperasi_cli.layanan.demo import buat_demo

    akar = tmp_path_factory.mktemp("lebar") / "demo"
    buat_demo(akar, seed=7, hari_ini=date(2026, 11, 20), lengkap=True)
    return akar


@pytest.fixture
def dcli(demo, monkeypatch) -> Cli:
    monkeypatch.setenv("COLUMNS", "80")
    return Cli(demo)


def _jalan(cli, perintah: str, *tambah: str, lang: str = "id"):
    r = cli(*perintah.split(), *tambah, lang=lang)
    assert r.exit_code == 0, (perintah, r.stdout, r.stderr)
    return r


def _cek_80(teks: str, perintah: str) -> None:
    for baris in teks.splitlines():
        assert len(baris) <= 80, (perintah, len(baris), baris)
    assert "…" not in teks, perintah  # rich's ellipsis: nothing (a figure least of all) is cut


# ---- 80 columns --------------------------------------------------------------------------------
def test_setiap_laporan_muat_80_kolom(dcli):
    for p in PERINTAH:
        _cek_80(_jalan(dcli, p).stdout, p)


def test_dalam_bahasa_inggris_juga(dcli):
    """English headings are of other lengths: the everyday reports fit in English too."""
    for p in [*RINCI, "anggota daftar", "laporan neraca"]:
        _cek_80(_jalan(dcli, p, lang="en").stdout, p)


def test_rekap_muat_80_kolom_tanpa_angka_terpotong(dcli, demo):
    r = dcli("rekap", str(demo), "--bulan", BULAN)
    assert r.exit_code == 0, r.stderr
    _cek_80(r.stdout, "rekap")
    d = json.loads(dcli("rekap", str(demo), "--bulan", BULAN, "--format", "json").stdout)
    from koperasi_cli.core.uang import format_rupiah

    [b] = d["koperasi"]
    simpanan = b["simpanan_pokok"] + b["simpanan_wajib"] + b["simpanan_sukarela"]
    assert format_rupiah(simpanan) in r.stdout and format_rupiah(b["pinjaman_beredar"]) in r.stdout
    lebar = dcli("rekap", str(demo), "--bulan", BULAN, "--lebar").stdout
    assert "Penjualan" not in r.stdout and "Penjualan" in lebar and format_rupiah(b["total_aset"]) in lebar


# The detail columns each everyday report leaves to --lebar (a heading of each).
RINCI = {
    "pinjaman tunggakan": ["Penjamin", "Denda"],
    "laporan pinjaman": ["Tanggal cair", "PPAP tercatat"],
    "laporan simpanan": ["Utang keluar", "Status"],
    "simpanan kartu 0001": ["Jurnal"],
    f"jurnal daftar {BULAN}": ["Nama akun"],
    "pinjaman daftar": ["PPAP"],
    "laporan kesehatan 2026": ["Rumus"],
    "utang-bank daftar": ["Pokok awal"],
}


@pytest.mark.parametrize("perintah", sorted(RINCI))
def test_lebar_menampilkan_semua_kolom(dcli, perintah):
    sempit = _jalan(dcli, perintah).stdout
    lebar = _jalan(dcli, perintah, "--lebar").stdout
    kepala = lambda teks: "\n".join(teks.splitlines()[:12])  # noqa: E731 (the headings)
    for judul in RINCI[perintah]:
        assert judul not in kepala(sempit) and judul in kepala(lebar), (perintah, judul)
    assert "…" not in lebar
    # --wide is the English name of the same option
    assert _jalan(dcli, perintah, "--wide", lang="en").stdout.count("\n") >= 3


def test_tunggakan_angka_utuh(dcli):
    """Each loan's arrears total shows whole at 80 columns (the JSON's figures, formatted)."""
    from koperasi_cli.core.uang import format_rupiah

    d = json.loads(_jalan(dcli, "pinjaman tunggakan", "--format", "json").stdout)
    teks = _jalan(dcli, "pinjaman tunggakan").stdout
    assert d["tunggakan"]
    for t in d["tunggakan"]:
        assert t["id"] in teks and format_rupiah(t["jumlah"]) in teks


def test_subproses_80_kolom(demo):
    """A real process reading COLUMNS=80 (rich sizes its console from the environment)."""
    r = subprocess.run([sys.executable, "-m", "koperasi_cli", "-C", str(demo), "laporan", "pinjaman"],
                       capture_output=True, text=True, env=env_subproses(COLUMNS="80"), timeout=60)
    assert r.returncode == 0, r.stderr
    _cek_80(r.stdout, "laporan pinjaman")
    assert "PJ00001" in r.stdout


# ---- the layout, on small tables with hand-made figures --------------------------------------
def _tabel(baris, kolom):
    from koperasi_cli.reports.model import Kolom, Tabel

    return Tabel(None, [Kolom(*k) for k in kolom], baris, None)


def test_teks_dibungkus_angka_utuh():
    from koperasi_cli.reports.render import _isi, _teks_tabel, lebar_muat

    t = _tabel([{"nama": "I Gede Gunawan", "jumlah": 1_089_999}], [("nama", "Nama"), ("jumlah", "Jumlah", "uang")])
    # natural: 14 + 2 + 9 ("1.089.999") = 25 > 20: the name loses 5 -> 9 (its floor is 8, the
    # longest word "Gunawan" being 7), the figure keeps its 9: 9 + 2 + 9 = 20
    assert lebar_muat(t.kolom, _isi(t, t.kolom), 20) == [9, 9]
    assert _teks_tabel(t, maks=20).splitlines() == [
        "Nama          Jumlah",
        "---------  ---------",
        "I Gede     1.089.999",
        "Gunawan",
    ]


_kata = st.text(alphabet="abcdefghij", min_size=1, max_size=12)


@settings(max_examples=60, deadline=None)
@given(nama=st.lists(st.lists(_kata, min_size=1, max_size=5).map(" ".join), min_size=1, max_size=6),
       jumlah=st.lists(st.integers(-10**12, 10**12), min_size=6, max_size=6),
       maks=st.integers(40, 120))
def test_tata_letak_sifat(nama, jumlah, maks):
    """Whatever the text, a line is never longer than the console when the figures fit, and
    every figure shows whole."""
    from koperasi_cli.core.uang import format_rupiah
    from koperasi_cli.reports.render import _teks_tabel

    baris = [{"a": n, "b": n[::-1], "x": jumlah[i], "y": jumlah[-1 - i]} for i, n in enumerate(nama)]
    t = _tabel(baris, [("a", "Nama"), ("b", "Keterangan"), ("x", "Debit", "uang"), ("y", "Kredit", "uang")])
    teks = _teks_tabel(t, maks=maks)
    # a figure column is as wide as its widest figure, or its heading's longest word ("Kredit")
    lebar_angka = sum(max(len(j), *(len(format_rupiah(b[k])) for b in baris)) for k, j in (("x", "Debit"), ("y", "Kredit")))
    if lebar_angka + 2 * 8 + 3 * 2 <= maks:  # the figures and two narrowest text columns fit
        assert max(len(x) for x in teks.splitlines()) <= maks
    for b in baris:
        assert format_rupiah(b["x"]) in teks and format_rupiah(b["y"]) in teks


# ---- JSON: identifiers for keys, basis points for ratios ---------------------------------------
_KUNCI = re.compile(r"^[a-z0-9_]+$")


def _jelajah(x, jalan: str, unit: set[str], salah: list) -> None:
    if isinstance(x, float):
        salah.append((jalan, x))
    elif isinstance(x, dict):
        for k, v in x.items():
            # a map keyed by the profile's unit codes is keyed by identifiers too ("simpan-pinjam")
            if not (_KUNCI.match(str(k)) or k in unit):
                salah.append((jalan, k))
            _jelajah(v, f"{jalan}.{k}", unit, salah)
    elif isinstance(x, list):
        for v in x:
            _jelajah(v, f"{jalan}[]", unit, salah)


def test_json_setiap_laporan_kunci_dan_rasio(dcli, demo, tmp_path):
    from koperasi_cli.ledger.buku import Buku

    with Buku.buka_untuk_baca(demo) as buku:
        unit = set(buku.profil.unit)
    salah: list = []
    # the monthly report's sections are the statements' own builders: not run twice
    dalam_bulanan = {"laporan neraca-saldo", "laporan neraca", f"laporan phu {BULAN}", f"laporan arus-kas {BULAN}",
                     f"laporan ekuitas {BULAN}", "laporan simpanan", "laporan pinjaman", "laporan rat 2026", "periksa"}
    for p in PERINTAH:
        if p in dalam_bulanan:
            continue
        _jelajah(json.loads(_jalan(dcli, p, "--format", "json").stdout), p, unit, salah)
    _jelajah(json.loads(dcli("rekap", str(demo), "--bulan", BULAN, "--format", "json").stdout), "rekap", unit, salah)
    f = tmp_path / "ekspor.json"
    _jalan(dcli, f"ekspor json {BULAN}", "-o", str(f))
    d = json.loads(f.read_text())
    _jelajah(d, "ekspor", unit, salah)
    assert salah == []
    # the monthly report's sections under stable ids, the same in English
    b = json.loads(_jalan(dcli, f"laporan bulanan {BULAN}", "--format", "json").stdout)["bagian"]
    en = json.loads(_jalan(dcli, f"laporan bulanan {BULAN}", "--format", "json", lang="en").stdout)["bagian"]
    assert {"posisi_keuangan", "phu", "keanggotaan", "pinjaman", "kesehatan"} <= set(b) and set(b) == set(en)
    assert set(d["laporan"]) == set(b) and d["versi_format"] == 3
    assert set(b["keanggotaan"]) == {"bulan", "laki_laki", "perempuan", "jumlah"}


def test_npl_dan_margin_basis_poin(dcli):
    d = json.loads(_jalan(dcli, "laporan pinjaman", "--format", "json").stdout)
    # the demo's profile: PPAP 0,5 % for lancar = 50 bp, 10 % = 1000, 50 % = 5000, 100 % = 10000; NPL limit 5 % = 500 bp
    assert [k["ppap_bp"] for k in d["kelas"]] == [50, 1000, 5000, 10000] and d["npl_sehat_bp"] == 500
    assert isinstance(d["npl_bp"], int) and "npl_persen" not in d
    j = json.loads(_jalan(dcli, f"laporan penjualan {BULAN}", "--format", "json").stdout)["total"]
    # margin / sales in basis points, half up
    assert j["margin_bp"] == (j["margin"] * 10000 * 2 + j["penjualan"]) // (2 * j["penjualan"])


# ---- one plain CSV per section -----------------------------------------------------------------
def _csv_polos(teks: str) -> list[list[str]]:
    baris = list(csv.reader(io.StringIO(teks)))
    assert baris and all(baris), "a blank line: not one plain table"
    assert len({len(b) for b in baris}) == 1, "rows of different widths: not one plain table"
    return baris


def test_csv_satu_berkas_per_bagian(dcli, tmp_path):
    r = dcli("laporan", "pinjaman", "--format", "csv")
    assert r.exit_code == 2 and "pinjaman, kolektibilitas" in r.stderr and "--bagian" in r.stderr
    assert r.stdout == ""
    r = dcli("report", "loans", "--format", "csv", lang="en")
    assert r.exit_code == 2 and "--section" in r.stderr
    _jalan(dcli, "laporan pinjaman", "-o", str(tmp_path / "p.csv"))
    assert not (tmp_path / "p.csv").exists()
    kelas = _csv_polos((tmp_path / "p-kolektibilitas.csv").read_text(encoding="utf-8"))
    assert kelas[0] == ["kelas", "jumlah_pinjaman", "sisa_pokok", "persen", "ppap"]
    pinjaman = _csv_polos((tmp_path / "p-pinjaman.csv").read_text(encoding="utf-8"))
    assert pinjaman[0][0] == "id" and pinjaman[1][0] == "PJ00001"
    # one section to stdout, by its key with hyphens or underscores or its sheet name
    for nama in ("kolektibilitas", "Kolektibilitas"):
        assert _csv_polos(_jalan(dcli, "laporan pinjaman", "--format", "csv", "--bagian", nama).stdout) == kelas
    r = dcli("laporan", "pinjaman", "--format", "csv", "--bagian", "tidak-ada")
    assert r.exit_code == 2 and "pinjaman, kolektibilitas" in r.stderr
    assert dcli("laporan", "pinjaman", "--format", "json", "--bagian", "pinjaman").exit_code == 2
    # the monthly report into a folder: one file per section, each plain
    folder = tmp_path / "bulanan"
    folder.mkdir()
    _jalan(dcli, f"laporan bulanan {BULAN}", "--format", "csv", "-o", f"{folder}/")
    nama = sorted(p.name for p in folder.iterdir())
    assert {"posisi-keuangan.csv", "phu.csv", "neraca-saldo.csv", "kolektibilitas.csv"} <= set(nama)
    for p in folder.iterdir():
        _csv_polos(p.read_text(encoding="utf-8"))
    # a one-table report is still one file by the name given, or one section to stdout
    _jalan(dcli, "laporan neraca-saldo", "-o", str(tmp_path / "ns.csv"))
    assert _csv_polos((tmp_path / "ns.csv").read_text(encoding="utf-8"))[0][:2] == ["kode", "nama"]
    r = _jalan(dcli, f"laporan bulanan {BULAN}", "--bagian", "keanggotaan")
    assert "Keanggotaan" in r.stdout and "Posisi Keuangan" not in r.stdout


# ---- jurnal lihat ------------------------------------------------------------------------------
def test_jurnal_lihat_bukti_jenis_unit_dan_pembalik(cli):
    r = cli("jurnal", "catat", "--debit", "5101=150rb", "--kredit", "1101=150rb", "--ket", "Beli alat tulis",
            "--tanggal", "2025-01-10", "--bukti", "NB-0042", "--format", "json")
    assert r.exit_code == 0, r.stderr
    asli = json.loads(r.stdout)["id"]
    assert cli("jurnal", "batal", asli, "--ket", "Salah akun", "--tanggal", "2025-01-11").exit_code == 0
    d = json.loads(cli("jurnal", "lihat", asli, "--format", "json").stdout)
    pembalik = d["dibatalkan_oleh"]
    assert (d["bukti"], d["unit"], d["membatalkan"]) == ("NB-0042", "kantor", None) and pembalik
    b = json.loads(cli("jurnal", "lihat", pembalik, "--format", "json").stdout)
    assert b["membatalkan"] == asli and b["dibatalkan_oleh"] is None
    teks = cli("jurnal", "lihat", asli).stdout
    assert "NB-0042" in teks and d["jenis"] in teks and "kantor" in teks and f"Dibatalkan oleh  {pembalik}" in teks
    assert "150.000" in teks  # Dr 5101 150.000, Cr 1101 150.000, total 150.000 both sides
    en = cli("journal", "show", pembalik, lang="en").stdout
    assert f"Reverses     {asli}" in en and "Voucher" in en


# Commands with --lebar that the 80-column test does not run, and why.
TANPA_DEMO = {
    "simpanan jasa": "records the month's interest (a recording command with a report)",
    "karyawan gaji": "records the payroll",
    "karyawan slip": "needs a paid month; its table is the payroll's",
    "rekap": "run on its own above (needs paths)",
}


def test_setiap_perintah_berlebar_teruji():
    """Every command that takes --lebar (every list and report) is in the 80-column test, or
    listed above with its reason: a new report cannot miss the test."""
    import click

    from tests.conftest import perintah_cli

    ada = set()

    def jalan(cmd, nama):
        if isinstance(cmd, click.Group):
            ctx = click.Context(cmd)
            for n in cmd.list_commands(ctx):
                sub = cmd.get_command(ctx, n)
                if sub is not None and not sub.hidden:
                    jalan(sub, [*nama, n])
        elif any(p.name == "lebar" for p in cmd.params):
            ada.add(" ".join(nama))

    jalan(perintah_cli("id"), [])
    from itertools import takewhile

    nama_saja = lambda p: " ".join(takewhile(lambda w: re.fullmatch(r"[a-z][a-z-]*", w), p.split()))  # noqa: E731
    diuji = {nama_saja(p) for p in PERINTAH} | set(TANPA_DEMO)
    assert ada and ada <= diuji, sorted(ada - diuji)
