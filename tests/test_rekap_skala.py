"""`koperasi rekap` at national scale: DuckDB and the built-in reader give the same JSON on a
mixed folder of exports; the refusals when DuckDB (or any Parquet writer) is missing; Parquet read
back; the national workbook (summaries per province and kabupaten/kota, the detail beside it)."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import openpyxl
import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from koperasi_cli.reports.rekap import JUMLAH, Rekap, hasil_baris
from koperasi_cli.core.tanggal import Bulan
from tests.conftest import Cli
from tests.test_rekap import B, _koperasi_b

ada_duckdb = pytest.mark.skipif(not __import__("importlib").util.find_spec("duckdb"), reason="duckdb not installed")


def _rekap(*args, lang="id"):
    return Cli(None)("rekap", *args, lang=lang)


def _json(*args, lang="id"):
    r = _rekap(*args, "--format", "json", lang=lang)
    assert r.exit_code == 0, r.stderr
    d = json.loads(r.stdout)
    d.pop("dibuat")
    return d


def _salin(asal: Path, tujuan: Path, ubah) -> None:
    d = orjson.loads(asal.read_bytes())
    ubah(d)
    tujuan.write_bytes(orjson.dumps(d) + b"\n")


@pytest.fixture(scope="module")
def kiriman(tmp_path_factory) -> Path:
    """A Dinas's inbox: a real export (Padangsambian), copies of it as other cooperatives (one whose
    books failed periksa, some in another province), and every kind of trouble."""
    akar = tmp_path_factory.mktemp("skala")
    _koperasi_b(akar / "kop" / "b")
    k = akar / "kiriman"
    (k / "bali").mkdir(parents=True)
    r = Cli(akar / "kop" / "b")("ekspor", "json", "2025-03", "-o", str(k / "bali" / "b.json"))
    assert r.exit_code == 0, r.stderr
    r = Cli(akar / "kop" / "b")("ekspor", "json", "2025-02", "--tanpa-jurnal", "-o", str(k / "feb.json"))
    assert r.exit_code == 0, r.stderr
    b = k / "bali" / "b.json"

    def sanur(d):  # books that failed periksa when exported: listed, not summed
        idt = {"nama": "KDMP Sanur Kauh", "desa": "Sanur Kauh", "kecamatan": "Denpasar Selatan",
               "kode_wilayah": "51.71.01.2010"}
        d["identitas"].update(idt)
        d["rekap"].update(idt, periksa=False, periksa_temuan=1, periksa_rincian=[
            {"id": "Berkas data/jurnal/2025-03.json berubah.", "en": "File data/jurnal/2025-03.json changed."}])
    _salin(b, k / "bali" / "c.json", sanur)
    idt = {"nama": "KDMP Sembalun", "desa": "Sembalun", "kecamatan": "Sembalun", "kabupaten": "Lombok Timur",
           "provinsi": "Nusa Tenggara Barat", "kode_wilayah": "52.03.15.2001"}

    def ntb(d):
        d["identitas"].update(idt)
        d["rekap"].update(idt)
    _salin(b, k / "ntb.json", ntb)
    (k / "salinan").mkdir()
    (k / "salinan" / "b.json").write_bytes(b.read_bytes())  # a duplicate
    (k / "rusak.json").write_bytes(b.read_bytes()[:3000])  # cut off

    def lama(d):  # format 1: no "rekap" block, read from the statements
        del d["rekap"], d["versi_format_minimal"]
        d["versi_format"] = 1
        d["identitas"].update(nama="KDMP Lama", kode_wilayah="52.03.15.2002")
    _salin(b, k / "lama.json", lama)
    (k / "indentasi.json").write_bytes(orjson.dumps(orjson.loads((k / "ntb.json").read_bytes()) | {
        "identitas": {}, "rekap": {**orjson.loads((k / "ntb.json").read_bytes())["rekap"], "nama": "KDMP Indentasi",
                                   "kode_wilayah": "52.03.15.2003"}}, option=orjson.OPT_INDENT_2))
    _salin(b, k / "baru.json", lambda d: d.update(versi_format=7, versi_format_minimal=5))
    _salin(b, k / "nol.json", lambda d: d.update(versi_format_minimal=None))
    _salin(b, k / "ubah.json", lambda d: d["rekap"].update(total_aset=1, nama="KDMP Ubah", kode_wilayah="52.01.01.2001"))
    _salin(b, k / "laporan-aneh.json", lambda d: (d.update(laporan=5), d["rekap"].update(
        nama="KDMP Aneh", kode_wilayah="52.03.15.2004", kabupaten="Lombok Timur", provinsi="Nusa Tenggara Barat")))
    (k / "lain.json").write_text('{"akun": []}\n')
    (k / "dua.json").write_bytes(b"{}\n{}\n")
    (k / "gabung.jsonl").write_bytes((k / "ntb.json").read_bytes() + b"{rusak\n")
    (k / "pola[1].json").write_bytes((k / "ntb.json").read_bytes())
    return akar


@ada_duckdb
def test_duckdb_sama_dengan_bawaan(kiriman, monkeypatch):
    """Every row, total, subtotal and problem (with its reason, in order) is the same."""
    from koperasi_cli.reports.rekap import mesin_duckdb

    k = str(kiriman / "kiriman")
    bawaan = _json(k, "--bulan", "2025-03")
    lambat = []
    asli = mesin_duckdb.Pembaca._builtin
    monkeypatch.setattr(mesin_duckdb.Pembaca, "_builtin", lambda self, p: lambat.append(p.name) or asli(self, p))
    duck = _json(k, "--bulan", "2025-03", "--mesin", "duckdb")
    assert duck == bawaan
    # DuckDB read the clean exports; the built-in reader only those not laid out as `ekspor json`
    # writes them (not one record, indented, no block, "laporan": 5, cut off) or named like a pattern.
    assert sorted(lambat) == ["dua.json", "indentasi.json", "lain.json", "lama.json", "laporan-aneh.json",
                              "pola[1].json", "rusak.json"]
    assert _json(k, "--bulan", "2025-03", "--engine", "duckdb", lang="en") == _json(k, "--bulan", "2025-03", lang="en")
    # Counted: Sanur Kauh (fails periksa, not summed), Aneh, Padangsambian, Sembalun (the jsonl's
    # first line; ntb.json and pola[1].json are its duplicates), Lama (format 1), Indentasi.
    assert [b["nama"] for b in bawaan["koperasi"]] == ["KDMP Sanur Kauh", "KDMP Padangsambian", "KDMP Sembalun",
                                                       "KDMP Lama", "KDMP Indentasi", "KDMP Aneh"]
    assert bawaan["ringkasan"]["koperasi"] == 6 and bawaan["ringkasan"]["dijumlahkan"] == 5
    kode = sorted(m["kode"] for m in bawaan["masalah"])
    assert kode == sorted(["rekap_ekspor_lebih_baru", "rekap_ekspor_rusak", "rekap_ekspor_bulan_lain", "rekap_ekspor_rusak",
                           "rekap_bukan_ekspor", "rekap_ekspor_rusak", "rekap_ganda", "rekap_ganda", "rekap_ekspor_rusak",
                           "rekap_ekspor_tidak_cocok", "rekap_periksa_gagal", "rekap_ganda"]), kode
    # Five summed, each with B's figures: 5 x 4.660.000 of assets = 23.300.000.
    assert bawaan["total"]["total_aset"] == 5 * B["total_aset"] == 23_300_000


@ada_duckdb
def test_duckdb_kelonggaran_sama(kiriman, tmp_path, monkeypatch):
    """What DuckDB's parser lets pass and the built-in reader's does not (a trailing comma, NaN, a
    number past a float, in the keys before the statements or in the balance sheet) gets the
    built-in reader's answer; so do a byte order mark, a space, a duplicate key, a second line."""
    from koperasi_cli.reports.rekap import mesin_duckdb

    isi = (kiriman / "kiriman" / "bali" / "b.json").read_bytes()
    k = tmp_path / "k"
    k.mkdir()
    sheet = b',"laporan":{"posisi_keuangan":{'
    assert isi.count(sheet) == 1 and isi.count(b'"identitas":{') == 1
    ubah = {
        "nan-identitas": lambda t: t.replace(b'"identitas":{', b'"identitas":{"x":NaN,'),
        "koma-identitas": lambda t: t.replace(b'"identitas":{', b'"identitas":{"x":[1,2,],'),
        "inf-neraca": lambda t: t.replace(sheet, sheet + b'"x":-Infinity,'),
        "koma-neraca": lambda t: t.replace(sheet, sheet + b'"x":{"y":1,},'),
        "besar-neraca": lambda t: t.replace(sheet, sheet + b'"x":1e400,'),
        "spasi-neraca": lambda t: t.replace(sheet, sheet + b'"x": 1,'),
        "bom": lambda t: b"\xef\xbb\xbf" + t,
        "ganda-kunci": lambda t: t.replace(b'"rekap":{', b'"rekap":{"kesehatan":"sehat",'),
        "ganda-neraca": lambda t: t.replace(sheet, sheet + b'"total_aset":1,'),
        "baris-lagi": lambda t: t + b'{"x":\n',
        "baris-kosong": lambda t: t + b"\n  \n",
    }
    for i, (nama, f) in enumerate(ubah.items()):
        d = orjson.loads(isi)
        idt = {"nama": f"KDMP {nama}", "kode_wilayah": f"52.03.15.{2100 + i}"}
        d["identitas"].update(idt)
        d["rekap"].update(idt)
        (k / f"{nama}.json").write_bytes(f(orjson.dumps(d) + b"\n"))
    lambat = []
    asli = mesin_duckdb.Pembaca._builtin
    monkeypatch.setattr(mesin_duckdb.Pembaca, "_builtin", lambda self, p: lambat.append(p.stem) or asli(self, p))
    duck = _json(str(k), "--bulan", "2025-03", "--mesin", "duckdb")
    bawaan = _json(str(k), "--bulan", "2025-03")
    assert duck == bawaan
    rusak = sorted(m["sumber"].rsplit("/", 1)[1] for m in bawaan["masalah"])
    assert rusak == ["baris-lagi.json", "inf-neraca.json", "koma-identitas.json", "koma-neraca.json",
                     "nan-identitas.json"], rusak
    # A total given twice in the sheet: Python's parser takes the last (the true one).
    # 1e400 in the sheet is a float to the built-in reader's sheet parser (Python's json): counted.
    assert {b["nama"] for b in bawaan["koperasi"]} == {"KDMP bom", "KDMP ganda-kunci", "KDMP spasi-neraca",
                                                        "KDMP baris-kosong", "KDMP besar-neraca", "KDMP ganda-neraca"}
    # DuckDB vouched only for what it could: the key twice before the statements (Python parses
    # that text again) and 1e400 in the sheet, which both parsers read (the rekap reads only the
    # sheet's totals). A byte order mark or blank lines after the export: the built-in reader.
    assert sorted(set(ubah) - set(lambat)) == ["besar-neraca", "ganda-kunci"]


def test_duckdb_tidak_ada_ditolak(kiriman, monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "duckdb", None)  # as if the extra were not installed
    out = tmp_path / "r.json"
    r = _rekap(str(kiriman / "kiriman"), "--bulan", "2025-03", "--mesin", "duckdb", "-o", str(out))
    assert r.exit_code == 1 and "pip install 'koperasi[duckdb]'" in r.stderr and "Traceback" not in r.stderr
    r = _rekap(str(kiriman / "kiriman"), "--bulan", "2025-03", "--engine", "duckdb", "-o", str(out), lang="en")
    assert r.exit_code == 1 and "needs the duckdb package" in r.stderr
    assert not out.exists()
    r = _rekap(str(kiriman / "kiriman"), "--mesin", "spark")
    assert r.exit_code == 2 and "bawaan atau duckdb" in r.stderr
    # Parquet: neither writer installed.
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    r = _rekap(str(kiriman / "kiriman"), "--bulan", "2025-03", "-o", str(tmp_path / "r.parquet"), lang="en")
    assert r.exit_code == 1 and "duckdb or the pyarrow package" in r.stderr
    assert list(tmp_path.iterdir()) == []


@ada_duckdb
@pytest.mark.skipif(not __import__("importlib").util.find_spec("pyarrow"), reason="pyarrow not installed")
def test_parquet_pyarrow_sama_dengan_duckdb(kiriman, tmp_path, monkeypatch):
    """Without DuckDB the Parquet files are written by pyarrow: the same columns, types and rows."""
    k = str(kiriman / "kiriman")
    r = _rekap(k, "--bulan", "2025-03", "-o", str(tmp_path / "d.parquet"))
    assert r.exit_code == 0, r.stderr
    with monkeypatch.context() as m:
        m.setitem(sys.modules, "duckdb", None)  # as if only pyarrow were installed
        r = _rekap(k, "--bulan", "2025-03", "-o", str(tmp_path / "p.parquet"))
        assert r.exit_code == 0, r.stderr
    import duckdb
    import pyarrow.parquet as pq

    assert "DuckDB" in pq.ParquetFile(tmp_path / "d.parquet").metadata.created_by
    assert "parquet-cpp-arrow" in pq.ParquetFile(tmp_path / "p.parquet").metadata.created_by
    con = duckdb.connect()
    for a, b in (("d", "p"), ("d-masalah", "p-masalah")):
        isi = [con.execute("SELECT * FROM read_parquet($p)", {"p": str(tmp_path / f"{x}.parquet")}).fetchall() for x in (a, b)]
        jenis = [con.execute("DESCRIBE SELECT * FROM read_parquet($p)", {"p": str(tmp_path / f"{x}.parquet")}).fetchall()
                 for x in (a, b)]
        assert isi[0] == isi[1] and len(isi[0]) in (6, 12)
        assert [(j[0], j[1]) for j in jenis[0]] == [(j[0], j[1]) for j in jenis[1]]


@ada_duckdb
def test_parquet_dibaca_kembali(kiriman, tmp_path):
    import duckdb

    out = tmp_path / "nasional.parquet"
    r = _rekap(str(kiriman / "kiriman"), "--bulan", "2025-03", "--mesin", "duckdb", "-o", str(out))
    assert r.exit_code == 0, r.stderr
    assert str(out) in r.stderr and "nasional-masalah.parquet" in r.stderr
    d = _json(str(kiriman / "kiriman"), "--bulan", "2025-03")
    con = duckdb.connect()
    baris = con.execute("SELECT * FROM read_parquet($p)", {"p": str(out)}).fetchall()
    kolom = [c[0] for c in con.description]
    baris = [dict(zip(kolom, x)) for x in baris]
    assert len(baris) == 6
    assert [b["sumber"] for b in baris] == [b["sumber"] for b in d["koperasi"]]
    assert [b["total_aset"] for b in baris] == [b["total_aset"] for b in d["koperasi"]]
    assert [b["catatan"] for b in baris] == [b["catatan"] for b in d["koperasi"]]
    jenis = dict(con.execute("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet($p))",
                             {"p": str(out)}).fetchall())
    assert jenis["total_aset"] == "BIGINT" and jenis["dijumlahkan"] == "BOOLEAN" and jenis["nama"] == "VARCHAR"
    [[n, pesan]] = con.execute("SELECT count(*), min(pesan) FILTER (WHERE kode = 'rekap_ekspor_lebih_baru') "
                               "FROM read_parquet($p)", {"p": str(tmp_path / "nasional-masalah.parquet")}).fetchall()
    assert n == len(d["masalah"]) and "Perbarui koperasi" in pesan


def test_buku_kerja_nasional(kiriman, tmp_path, monkeypatch):
    from koperasi_cli.reports import rekap_tulis

    monkeypatch.setattr(rekap_tulis, "AMBANG_NASIONAL", 3)
    out = tmp_path / "nasional.xlsx"
    r = _rekap(str(kiriman / "kiriman"), "--bulan", "2025-03", "-o", str(out))
    assert r.exit_code == 0, r.stderr
    rincian = tmp_path / "nasional-koperasi.csv"
    assert "Lebih dari 3 koperasi" in r.stderr and str(rincian) in r.stderr
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Ringkasan", "Per Provinsi", "Per Kabupaten-Kota", "Masalah"]
    assert any("nasional-koperasi.csv" in str(c.value) for row in wb["Ringkasan"].iter_rows() for c in row)
    with open(rincian, newline="", encoding="utf-8") as f:
        daftar = list(csv.DictReader(f))
    assert len(daftar) == 6 and daftar[0]["kode_wilayah"] == "51.71.01.2010"

    def lembar(nama):
        ws = wb[nama]
        judul = [c.value for c in ws[3]]
        return [dict(zip(judul, [c.value for c in row])) for row in ws.iter_rows(min_row=4)]
    # Bali (51): Padangsambian and Sanur Kauh (not summed): 4.660.000 of assets. NTB (52): Sembalun,
    # Lama, Indentasi, Aneh, all copies of B: 4 x 4.660.000 = 18.640.000. In all 23.300.000.
    prov = lembar("Per Provinsi")
    assert [(p["Kode provinsi"], p["Koperasi"], p["Total aset"]) for p in prov] == [
        ("51", 2, 4_660_000), ("52", 4, 18_640_000), ("TOTAL", 6, 23_300_000)]
    kab = lembar("Per Kabupaten-Kota")
    assert [(p["Kode kabupaten/kota"], p["Koperasi"]) for p in kab] == [("51.71", 2), ("52.03", 4), ("TOTAL", 6)]
    assert kab[0]["Kabupaten/kota"] == "Kota Denpasar"
    # With DuckDB reading, the detail is Parquet.
    if __import__("importlib").util.find_spec("duckdb"):
        import duckdb

        r = _rekap(str(kiriman / "kiriman"), "--bulan", "2025-03", "--mesin", "duckdb", "-o", str(tmp_path / "n2.xlsx"),
                   lang="en")
        rincian = tmp_path / "n2-koperasi.parquet"
        assert r.exit_code == 0 and "More than 3 cooperatives" in r.stderr and str(rincian) in r.stderr
        assert duckdb.connect().execute("SELECT count(*) FROM read_parquet($p)", {"p": str(rincian)}).fetchone() == (6,)


# ---- per province and kabupaten/kota from the rows ------------------------------------------
def test_per_wilayah_dihitung_tangan():
    # Three rows: 11.01 (2 cooperatives: assets 100 + 250, loans 1.000 at NPL 5 % and 3.000 at
    # 10 %), 11.02 (assets 40), 12.01 (assets 7). Province 11: 390 of assets, NPL weighted by
    # loans (500 x 1.000 + 1.000 x 3.000) / 4.000 = 875 bp; kabupaten 11.01: 350, 875 bp.
    r = Rekap(Bulan(2025, 3))
    baris = [("11.01.01.2001", 100, 1_000, 500), ("11.01.02.2001", 250, 3_000, 1_000), ("11.02.01.2001", 40, 0, None),
             ("12.01.01.2001", 7, 0, None)]
    for i, (kode, aset, pinjam, npl) in enumerate(baris):
        r.tambah(hasil_baris({**{k: 0 for k in JUMLAH}, "bulan": "2025-03", "nama": f"K{i}", "kode_wilayah": kode,
                              "provinsi": f"P{kode[:2]}", "kabupaten": f"K{kode[:5]}", "total_aset": aset,
                              "pinjaman_beredar": pinjam, "npl_bp": npl, "periksa": True}, f"s{i}", "ekspor"))
    prov = r.per_wilayah("provinsi")
    assert [(p["kode"], p["provinsi"], p["koperasi"], p["total_aset"], p["npl_bp"]) for p in prov] == [
        ("11", "P11", 3, 390, 875), ("12", "P12", 1, 7, None)]
    kab = r.per_wilayah("kabupaten")
    assert [(p["kode"], p["kabupaten"], p["total_aset"], p["npl_bp"]) for p in kab] == [
        ("11.01", "K11.01", 350, 875), ("11.02", "K11.02", 40, None), ("12.01", "K12.01", 7, None)]
    r.tutup()


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["11.01.01.2001", "11.02.03.1001", "52.03.15.2001", None]),
                          st.integers(-10**12, 10**12), st.booleans()), max_size=12))
def test_wilayah_menjumlah_ke_total(daftar):
    """Per province and per kabupaten/kota, the subtotals add up to the total (areas without a
    code grouped by their names)."""
    with Rekap(Bulan(2025, 3)) as r:
        for i, (kode, aset, lolos) in enumerate(daftar):
            r.tambah(hasil_baris({**{k: 0 for k in JUMLAH}, "bulan": "2025-03", "nama": f"K{i}", "kode_wilayah": kode,
                                  "provinsi": "Tanpa" if kode is None else kode[:2], "total_aset": aset,
                                  "periksa": lolos}, f"s{i}", "ekspor"))
        t = r.total_akhir()
        for tingkat in ("provinsi", "kabupaten"):
            w = r.per_wilayah(tingkat)
            for k in ("koperasi", "dijumlahkan", "total_aset"):
                assert sum(x[k] for x in w) == t[k]


def test_baca_ringkas_sama_dengan_dokumen(kiriman, tmp_path):
    """The rekap's reading of an export (the keys before the statements and the balance sheet)
    is the whole document's; a file cut inside the statements is still damaged."""
    from koperasi_cli.reports.rekap.ekspor import baca_dokumen, baca_ringkas

    f = kiriman / "kiriman" / "bali" / "b.json"
    utuh = baca_dokumen(f)
    assert baca_ringkas(f) == {**{k: v for k, v in utuh.items() if k != "laporan"},
                               "laporan": {"posisi_keuangan": utuh["laporan"]["posisi_keuangan"]}}
    isi = f.read_bytes()
    for n in (len(isi) // 2, len(isi) - 20, len(isi) - 2, 2000):
        (tmp_path / "potong.json").write_bytes(isi[:n])
        with pytest.raises(orjson.JSONDecodeError):
            baca_ringkas(tmp_path / "potong.json")
    # A NaN in the balance sheet is no JSON for orjson: the whole file is read, and refused.
    (tmp_path / "nan.json").write_bytes(isi.replace(b'"total_aset":4660000,', b'"total_aset":NaN,', 1))
    with pytest.raises(orjson.JSONDecodeError):
        baca_ringkas(tmp_path / "nan.json")


@ada_duckdb
def test_duckdb_riwayat_sama(kiriman, tmp_path):
    """With --riwayat both engines remember the same anchors and list the same problems."""
    k = str(kiriman / "kiriman")
    for mesin in ("bawaan", "duckdb"):
        assert _rekap(k, "--bulan", "2025-03", "--mesin", mesin, "--riwayat", str(tmp_path / f"{mesin}.json"),
                      "-o", str(tmp_path / f"{mesin}-rekap.json")).exit_code == 0
    assert (tmp_path / "bawaan.json").read_bytes() == (tmp_path / "duckdb.json").read_bytes()
    a, b = (orjson.loads((tmp_path / f"{m}-rekap.json").read_bytes()) for m in ("bawaan", "duckdb"))
    assert a["masalah"] == b["masalah"] and a["koperasi"] == b["koperasi"]


def test_ekspor_dibaca_kolam_sama(kiriman, monkeypatch):
    """Many exports are read by the process pool a batch at a time: the same JSON, in the same order."""
    from koperasi_cli.reports.rekap import jalan

    k = str(kiriman / "kiriman")
    satu = _json(k, "--bulan", "2025-03", "-j", "1")
    monkeypatch.setattr(jalan, "KELOMPOK_EKSPOR", 2)  # so the handful here goes through the pool
    assert _json(k, "--bulan", "2025-03", "-j", "2") == satu


_SISIP = [b"NaN", b"-Infinity", b",", b" ", b"\xef\xbb\xbf", b"1e400", b'"x":1,', b"}", b"\n", b'"total_aset":7,',
          b"\\u00e9", b"99999999999999999999"]


@ada_duckdb
@settings(max_examples=25, deadline=None)
@given(st.lists(st.lists(st.tuples(st.floats(0, 1), st.sampled_from(_SISIP), st.integers(0, 2)), min_size=1, max_size=3),
                min_size=4, max_size=4))
def test_duckdb_sama_pada_ekspor_diacak(kiriman, tmp_path_factory, ubahan):
    """Exports changed at random places (a token put in, a few bytes taken out, near the statements
    and at the end): DuckDB's engine gives what the built-in reader gives, row for row, problem for problem."""
    from pathlib import Path

    from koperasi_cli.reports.rekap.jalan import kumpulkan

    isi = (kiriman / "kiriman" / "bali" / "b.json").read_bytes()
    d = orjson.loads(isi)
    d.pop("jurnal", None)
    isi = orjson.dumps(d) + b"\n"
    k = tmp_path_factory.mktemp("acak")
    for n, daftar in enumerate(ubahan):
        t = isi
        for letak, sisip, buang in daftar:
            # near the keys before the statements and the sheet (the first 4 KB), or the last 200 bytes
            i = int(letak * 4000) if letak < 0.8 else len(t) - 1 - int((letak - 0.8) * 1000)
            i = max(0, min(i, len(t)))
            t = t[:i] + sisip + t[i + buang:]
        (k / f"e{n}.json").write_bytes(t)

    def jalan(mesin):
        with kumpulkan([Path(k)], Bulan(2025, 3), mesin=mesin) as r:
            return list(r.baris()), list(r.daftar_masalah())
    assert jalan("duckdb") == jalan("bawaan")


@pytest.mark.parametrize("mesin", ["bawaan", "duckdb"])
def test_pipa_bernama_ekspor_tidak_menggantung(kiriman, tmp_path, mesin):
    """A named pipe called like an export (`mkfifo x.json`) is listed as no regular file; the rekap
    does not wait for ever on it (a real process, with a time limit)."""
    import os
    import shutil
    import subprocess

    if mesin == "duckdb" and not __import__("importlib").util.find_spec("duckdb"):
        pytest.skip("duckdb not installed")
    k = tmp_path / "k"
    k.mkdir()
    shutil.copy(kiriman / "kiriman" / "bali" / "b.json", k / "b.json")
    os.mkfifo(k / "pipa.json")
    r = subprocess.run([sys.executable, "-m", "koperasi_cli", "--lang", "en", "rekap", str(k), "--bulan", "2025-03",
                        "--mesin", mesin, "--format", "json"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert [b["nama"] for b in d["koperasi"]] == ["KDMP Padangsambian"]
    [m] = d["masalah"]
    assert m["sumber"].endswith("pipa.json") and "not a regular file" in m["pesan"]
