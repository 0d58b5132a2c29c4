"""Outstanding loans brought in with the opening balances (`impor saldo-awal`, sheet `pinjaman`),
against hand-computed figures: after the import each loan behaves like one disbursed here."""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anggota_bantu import Lib, js, neraca, ok
from conftest import IDENTITAS, Cli, buka, isi_folder

HEADER = ["No Anggota", "Sisa Pokok", "Bunga", "Metode", "Sisa Tenor", "Jatuh Tempo", "Produk", "Tanggal Cair",
          "Pokok Awal", "Penjamin"]
# PJ00001, member 0001: product `umum` gives flat 1.5 % (rate and method left empty); 5.000.000 disbursed
#   20/07/2024 over 10 months, 4 paid: 3.000.000 left over 6, next due 20/01/2025; guarantor 0002.
# PJ00002, member 0002: anuitas 2 % (typed as an Excel percent cell: 2% is stored as 0.02), 2.000.000
#   over 4, next due 31/01/2025 (then the month ends: 28/02, 31/03, 30/04).
# PJ00003, member 0003: efektif 1 %, 1.000.000 over 5, next due 15/09/2024: past due on the opening date.
PINJAMAN = [
    ["0001", 3_000_000, None, None, 6, date(2025, 1, 20), "umum", date(2024, 7, 20), 5_000_000, "2"],
    ["2", 2_000_000, 0.02, "Anuitas", 4, date(2025, 1, 31), None, None, None, None],
    ["0003", "1.000.000", "1", "efektif", 5, "15/09/2024", None, None, None, None],
]
# Cash 6.700.000 + loans 6.000.000 = provision 100.000 + pokok 100.000 + sukarela 2.500.000 + grant 10.000.000
AKUN = [["kode", "debit", "kredit"], ["1101", 6_700_000, 0], ["1110", 6_000_000, 0], ["1111", 0, 100_000],
        ["3101", 0, 100_000], ["2102", 0, 2_500_000], ["3104", 0, 10_000_000]]
SIMPANAN = [["no", "pokok", "wajib", "sukarela"], ["0002", 100_000, 0, 2_500_000]]


def tulis(path: Path, akun=AKUN, pinjaman=PINJAMAN, header=HEADER, simpanan=SIMPANAN) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "akun"
    for r in akun:
        ws.append(r)
    if simpanan is not None:
        ws = wb.create_sheet("simpanan")
        for r in simpanan:
            ws.append(r)
    if pinjaman is not None:
        ws = wb.create_sheet("Pinjaman")
        ws.append(header)
        for r in pinjaman:
            ws.append(r)
        for row in ws.iter_rows(min_row=2):
            for c in row:
                if isinstance(c.value, float):
                    c.number_format = "0.0%"
    wb.save(path)
    return path


def _tiga_anggota(akar: Path) -> None:
    from koperasi_cli.layanan.koperasi import daftarkan_koperasi

    daftarkan_koperasi(akar, dict(IDENTITAS))
    with Lib(akar) as k:
        for i, nama in enumerate(("Ni Made Sari", "I Wayan Budi", "Ketut Arta"), start=1):
            k.tambah(nama, i, tanggal="2025-01-01", tanpa_pokok=True)


@pytest.fixture(scope="module")
def _asal(tmp_path_factory) -> tuple[Path, Path]:
    """Built once per module: three members registered without any entry (their pokok comes with
    the opening balances), before and after importing the opening file. Tests work on copies."""
    dasar = tmp_path_factory.mktemp("saldo-awal-pinjaman")
    kosong, isi = dasar / "kosong", dasar / "isi"
    _tiga_anggota(kosong)
    shutil.copytree(kosong, isi)
    r = ok(Cli(isi), "impor", "saldo-awal", str(tulis(dasar / "awal.xlsx")))
    assert "Pinjaman berjalan: 3" in r.stdout
    return kosong, isi


@pytest.fixture
def kop3(_asal, tmp_path) -> Path:
    shutil.copytree(_asal[0], tmp_path / "kop")
    return tmp_path / "kop"


@pytest.fixture
def terimpor(_asal, tmp_path) -> Cli:
    shutil.copytree(_asal[1], tmp_path / "kop")
    return Cli(tmp_path / "kop")


def test_neraca_saldo_dan_laporan_pinjaman_sama_dengan_berkas(terimpor):
    cli = terimpor
    n = neraca(cli, "2025-01-01")
    assert {k: v for k, v in n.items() if v} == {"1101": 6_700_000, "1110": 6_000_000, "1111": -100_000,
                                                "3101": -100_000, "2102": -2_500_000, "3104": -10_000_000}
    lap = js(cli, "laporan", "pinjaman", "--per", "2025-01-01")
    baris = {r["id"]: r for r in lap["pinjaman"]}
    assert {i: (r["anggota"], r["tanggal"], r["pokok"], r["sisa_pokok"]) for i, r in baris.items()} == {
        "PJ00001": ("0001", "2025-01-01", 3_000_000, 3_000_000),
        "PJ00002": ("0002", "2025-01-01", 2_000_000, 2_000_000),
        "PJ00003": ("0003", "2025-01-01", 1_000_000, 1_000_000),
    }
    assert baris["PJ00001"]["penjamin"] == "0002"
    # provision required on the opening date: 0,5 % x 3.000.000 = 15.000; 0,5 % x 2.000.000 = 10.000;
    # kurang lancar 10 % x 1.000.000 = 100.000 (125.000 in all). The 100.000 booked is spread in
    # proportion 15 : 10 : 100 -> 12.000, 8.000, 80.000.
    assert [(r["ppap"], r["ppap_tercatat"]) for r in lap["pinjaman"]] == [(15_000, 12_000), (10_000, 8_000),
                                                                          (100_000, 80_000)]
    assert (lap["saldo_piutang"], lap["cocok_piutang"], lap["saldo_ppap"], lap["cocok_ppap"]) == (6_000_000, True, 100_000, True)
    assert js(cli, "simpanan", "saldo", "2") == {"no": "0002", "pokok": 100_000, "wajib": 0, "sukarela": 2_500_000}
    assert js(cli, "anggota", "lihat", "1")["pinjaman"] == 3_000_000
    ok(cli, "periksa")


def test_jadwal_pinjaman_awal_sampai_rupiah(terimpor):
    cli = terimpor
    a = js(cli, "pinjaman", "jadwal", "PJ00001", "--per", "2025-01-01")
    # flat, interest on the amount first disbursed (pokok_awal): principal 3.000.000 / 6 = 500.000,
    # interest 5.000.000 x 1,5 % = 75.000: 575.000, the installment the member has been paying
    # (5.000.000 / 10 + 75.000)
    assert a["angsuran"][0] == {"ke": 1, "jatuh_tempo": "2025-01-20", "pokok": 500_000, "jasa": 75_000,
                                "jumlah": 575_000, "sisa_pokok": 2_500_000, "dibayar": 0}
    assert [x["jatuh_tempo"] for x in a["angsuran"]] == [f"2025-{m:02d}-20" for m in range(1, 7)]
    assert {(x["pokok"], x["jasa"]) for x in a["angsuran"]} == {(500_000, 75_000)}
    b = js(cli, "pinjaman", "jadwal", "PJ00002", "--per", "2025-01-01")
    # A = 2.000.000 x 0,02 / (1 - 1,02^-4) = 40.000 / 0,0761545740 = 525.247,51 -> 525.248
    # 1: interest 2.000.000 x 2 % = 40.000, principal 525.248 - 40.000 = 485.248, left 1.514.752
    # 2: interest 1.514.752 x 2 % = 30.295,04 -> 30.295, principal 494.953, left 1.019.799
    # 3: interest 1.019.799 x 2 % = 20.395,98 -> 20.396, principal 504.852, left 514.947
    # 4: interest 514.947 x 2 % = 10.298,94 -> 10.299, principal the rest 514.947 (525.246)
    assert [(x["jatuh_tempo"], x["pokok"], x["jasa"], x["sisa_pokok"]) for x in b["angsuran"]] == [
        ("2025-01-31", 485_248, 40_000, 1_514_752), ("2025-02-28", 494_953, 30_295, 1_019_799),
        ("2025-03-31", 504_852, 20_396, 514_947), ("2025-04-30", 514_947, 10_299, 0)]
    c = js(cli, "pinjaman", "jadwal", "3", "--per", "2025-01-01")
    # efektif 1 %: principal 200.000, interest 1 % of 1.000.000, 800.000, ... = 10.000, 8.000, 6.000, 4.000, 2.000
    assert [(x["jatuh_tempo"], x["pokok"], x["jasa"]) for x in c["angsuran"]] == [
        ("2024-09-15", 200_000, 10_000), ("2024-10-15", 200_000, 8_000), ("2024-11-15", 200_000, 6_000),
        ("2024-12-15", 200_000, 4_000), ("2025-01-15", 200_000, 2_000)]
    teks = " ".join(ok(cli, "pinjaman", "jadwal", "1", "--per", "2025-01-01").stdout.split())
    assert "Saldo awal: 2025-01-01, sisa pokok Rp 3.000.000; dicairkan 2024-07-20, pokok awal Rp 5.000.000" in teks


def test_tunggakan_pada_tanggal_saldo_awal(terimpor):
    cli = terimpor
    # 15/09/2024 -> 01/01/2025 = 15 + 31 + 30 + 31 + 1 = 108 days: kurang lancar (91-180)
    d = js(cli, "pinjaman", "daftar", "--per", "2025-01-01")
    assert [(p["id"], p["hari_tunggakan"], p["kolektibilitas"]) for p in d["pinjaman"]] == [
        ("PJ00001", 0, "lancar"), ("PJ00002", 0, "lancar"), ("PJ00003", 108, "kurang lancar")]
    # NPL = 1.000.000 / 6.000.000 = 16,67 % = 1667 basis points
    assert d["npl_bp"] == 1667
    t = js(cli, "pinjaman", "tunggakan", "--per", "2025-01-01")
    # four installments overdue (15/09, 15/10, 15/11, 15/12): principal 800.000, interest 10+8+6+4 = 28.000
    assert [(r["id"], r["angsuran"], r["pokok"], r["jasa"], r["hari_tunggakan"]) for r in t["tunggakan"]] == [
        ("PJ00003", 4, 800_000, 28_000, 108)]
    # macet past 270 days: 15/09/2024 + 271 days = 13/06/2025; written off against its 80.000 provision
    h = js(cli, "pinjaman", "hapus-buku", "3", "--tanggal", "2025-06-13")
    assert (h["pokok"], h["ppap"], h["beban"], h["hari_tunggakan"]) == (1_000_000, 80_000, 920_000, 271)


def test_angsuran_sesudah_impor_dan_cadangkan(terimpor):
    cli = terimpor
    h = js(cli, "pinjaman", "angsur", "PJ00001", "575rb", "--tanggal", "2025-01-20")
    assert (h["jasa"], h["pokok"], h["sisa_pokok"]) == (75_000, 500_000, 2_500_000)
    a = js(cli, "pinjaman", "jadwal", "1", "--per", "2025-01-20")
    assert [x["dibayar"] for x in a["angsuran"]] == [575_000, 0, 0, 0, 0, 0]
    n = neraca(cli, "2025-01-31")
    assert (n["1110"], n["4201"], n["1101"]) == (5_500_000, -75_000, 6_700_000 + 575_000)
    # month-end provision on 31/01: PJ00001 lancar 0,5 % x 2.500.000 = 12.500 (booked 12.000: +500);
    # PJ00002 lancar (due that very day) 10.000 (8.000: +2.000); PJ00003 138 days kurang lancar
    # 100.000 (80.000: +20.000). Change 22.500.
    h = js(cli, "pinjaman", "cadangkan", "2025-01")
    assert (h["ppap_wajib"], h["ppap_sebelum"], h["selisih"]) == (122_500, 100_000, 22_500)
    assert neraca(cli, "2025-01-31")["6109"] == 22_500
    ok(cli, "periksa")
    # rebuilt from the journal, the loans table is the same
    from koperasi_cli.layanan import pinjaman as lay

    with buka(cli.akar, coba=True) as b:
        assert lay.periksa_pinjaman(b) == []
        sebelum = {d["id"]: lay.ambil(b, d["id"]) for d in lay.semua(b)}
        lay.bangun_ulang(b)
        assert {d["id"]: lay.ambil(b, d["id"]) for d in lay.semua(b)} == sebelum


def test_pelunasan_dan_anggota_keluar_potong_pinjaman(terimpor):
    cli = terimpor
    from koperasi_cli.layanan import pinjaman as lay

    with buka(cli.akar, coba=True) as b:
        # paid off on the opening date: the first installment's period (20/12/2024 - 20/01/2025) is
        # running, so its interest 75.000 stays (bulan-berjalan); the later ones' is waived
        assert lay.hitung_pelunasan(b, "PJ00001", date(2025, 1, 1))["jumlah"] == 3_075_000
    # 0002 leaves on 10/02/2025 with PJ00002 set off against the savings (100.000 + 2.500.000):
    # installment 1 overdue 485.248 + 40.000, installment 2 (period from 31/01 runs) its interest
    # 30.295 and the remaining principal: 2.000.000 + 40.000 + 30.295 = 2.070.295
    h = js(cli, "anggota", "keluar", "2", "--potong-pinjaman", "--tanggal", "2025-02-10")
    assert h["dipotong_pinjaman"] == 2_070_295
    n = neraca(cli, "2025-02-10")
    # 2112 = 2.600.000 - 2.070.295 = 529.705; loans left 3.000.000 + 1.000.000
    assert (n["2112"], n["1110"], n["4201"]) == (-529_705, 4_000_000, -70_295)
    assert [p["id"] for p in js(cli, "pinjaman", "daftar", "--per", "2025-02-10")["pinjaman"]] == ["PJ00001", "PJ00003"]
    ok(cli, "periksa")


def test_baris_buruk_semua_dilaporkan_tanpa_menulis(kop3, tmp_path):
    cli = Cli(kop3)
    buruk = [
        ["0009", 1_000_000, 1.5, "flat", 6, date(2025, 1, 20), None, None, None, None],        # row 2: unknown member
        ["0001", 1_000_000, "1.5", "bunga-tetap", 6, date(2025, 1, 20), None, None, None, None],  # row 3: method
        ["0002", 1_000_000, "1.5", "flat", 0, date(2025, 1, 20), None, None, None, None],      # row 4: tenor 0
        ["0003", -500_000, "1.5", "flat", 6, date(2025, 1, 20), None, None, None, None],       # row 5: negative
        ["0001", 2_000_000, None, "flat", 6, date(2025, 1, 20), None, None, None, "1"],        # row 6: no rate, own guarantor
        ["0002", 2_000_000, "1.5", "flat", 6, date(2025, 2, 20), None, date(2025, 2, 1), 1_000_000, None],  # row 7
    ]
    # 1110 says 6.000.000 but no row is good: the details add up to 0
    f = tulis(tmp_path / "buruk.xlsx", pinjaman=buruk)
    sebelum = isi_folder(kop3)
    r = cli("impor", "saldo-awal", str(f), "--laporan-galat", str(tmp_path / "g.csv"))
    assert r.exit_code == 1
    assert isi_folder(kop3) == sebelum
    for teks in ("baris 2, kolom no '0009'", "baris 3, kolom metode 'bunga-tetap'", "baris 4, kolom sisa_tenor '0'",
                 "baris 5, kolom sisa_pokok '-500000'", "baris 6, kolom bunga", "baris 6, kolom penjamin '1'",
                 "baris 7, kolom tanggal_cair '2025-02-01'", "baris 7, kolom pokok_awal '1000000'", "baris 0, kolom 1110"):
        assert teks in r.stderr, teks
    assert "Rincian pinjaman berjumlah 0, tetapi saldo akun 1110 6.000.000" in r.stderr
    import csv

    with open(tmp_path / "g.csv", encoding="utf-8-sig", newline="") as fh:
        g = list(csv.DictReader(fh, delimiter=";"))
    # one problem on each of rows 2-5, two on rows 6 and 7 (disbursed after the opening date, original
    # amount below what is left), and the total against 1110
    assert [(x["baris"], x["kolom"]) for x in g] == [
        ("2", "no"), ("3", "metode"), ("4", "sisa_tenor"), ("5", "sisa_pokok"), ("6", "penjamin"), ("6", "bunga"),
        ("7", "tanggal_cair"), ("7", "pokok_awal"), ("0", "1110")]
    r = cli("impor", "saldo-awal", str(f), lang="en")
    assert r.exit_code == 1 and "row 3, column metode 'bunga-tetap': Method 'bunga-tetap' is not known" in r.stderr
    assert "The pinjaman details add up to 0, but account 1110 holds 6,000,000" in r.stderr


def test_tanpa_sheet_pinjaman_dan_kolom_kurang(kop3, tmp_path):
    cli = Cli(kop3)
    r = cli("impor", "saldo-awal", str(tulis(tmp_path / "a.xlsx", pinjaman=None)))
    assert r.exit_code == 1 and "Akun 1110 harus dirinci di sheet pinjaman" in r.stderr
    r = cli("impor", "saldo-awal", str(tulis(tmp_path / "b.xlsx", header=HEADER[:5])), lang="en")
    assert r.exit_code == 1 and "lacks required columns: jatuh_tempo" in r.stderr


def test_coba_lalu_impor_lagi_dilewati(kop3, tmp_path):
    cli = Cli(kop3)
    f = tulis(tmp_path / "awal.xlsx")
    sebelum = isi_folder(kop3)
    r = ok(cli, "impor", "saldo-awal", str(f), "--dry-run")
    assert isi_folder(kop3) == sebelum and "Akan diimpor" in r.stdout
    h = js(cli, "impor", "saldo-awal", str(f))
    # 1101, 3101, 2102, 3104 + 3 loans on 1110 + 3 shares of the provision on 1111
    assert (h["entri"], h["pinjaman"], h["baris"]) == (1, 3, 10)
    sesudah = isi_folder(kop3)
    assert js(cli, "impor", "saldo-awal", str(f))["dilewati"] == 1
    assert isi_folder(kop3) == sesudah


def test_template_berisi_pinjaman_dan_bisa_diimpor(kop, tmp_path):
    with Lib(kop) as k:
        k.tambah("Ni Made Sari", 1, tanggal="2025-01-01", tanpa_pokok=True)
    cli = Cli(kop)
    ok(cli, "impor", "template", "saldo-awal", "-o", str(tmp_path / "t.xlsx"))
    ok(cli, "impor", "saldo-awal", str(tmp_path / "t.xlsx"))
    d = js(cli, "pinjaman", "daftar", "--per", "2025-01-01")
    assert [(p["anggota"], p["sisa_pokok"], p["ppap"]) for p in d["pinjaman"]] == [("0001", 3_000_000, 15_000)]
    ok(cli, "periksa")


# ---- the pure parts ----------------------------------------------------------------------------
@settings(max_examples=60, deadline=None)
@given(st.integers(-10**9, 10**9), st.lists(st.integers(0, 10**7), min_size=1, max_size=12))
def test_bagi_sebanding(total, bobot):
    from koperasi_cli.core.pinjaman import bagi_sebanding

    bagian = bagi_sebanding(total, bobot)
    assert sum(bagian) == total and len(bagian) == len(bobot)
    w = bobot if any(bobot) else [1] * len(bobot)
    for b, x in zip(bagian, w):
        assert abs(b - total * x / sum(w)) < 1  # each part within a rupiah of its exact share


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 50_000_000), st.integers(1, 36), st.sampled_from(["flat", "efektif", "anuitas"]),
       st.decimals(0, 5, places=2), st.dates(date(2020, 1, 1), date(2030, 12, 31)))
def test_jadwal_awal_dari_jatuh_tempo(sisa, tenor, metode, bunga, jatuh):
    from koperasi_cli.core.pinjaman import tambah_bulan
    from koperasi_cli.layanan.pinjaman import Aturan, data_awal

    a = Aturan({}, "", {"lancar": 90, "kurang_lancar": 180, "diragukan": 270}, {}, Decimal(5), "4402")
    d = data_awal(a, "PJ00001", "0001", sisa, tenor, jatuh, bunga=bunga, metode=metode)
    assert len(d["jadwal"]) == tenor and sum(p for _, p, _ in d["jadwal"]) == sisa
    assert [t for t, _, _ in d["jadwal"]] == [tambah_bulan(jatuh, k).isoformat() for k in range(tenor)]
    assert all(p >= 0 and j >= 0 for _, p, j in d["jadwal"]) and d["biaya_admin"] == 0
