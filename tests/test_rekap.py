"""`koperasi rekap`: three small cooperatives (one whose books fail `periksa`) give hand-computed
totals per kecamatan and in all; problems are listed and the rest is still summed; the workbook
re-reads with the JSON's numbers; exports give the same rows as folders; reading never locks,
waits or writes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import openpyxl
import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from koperasi_cli.core.jurnal import Entri, debit, kredit
from koperasi_cli.core.tanggal import Bulan
from koperasi_cli.ledger.buku import Buku
from koperasi_cli.layanan.koperasi import daftarkan_koperasi
from koperasi_cli.reports.rekap import baca_folder
from tests.conftest import Cli, env_subproses, isi_folder

MARET = Bulan(2025, 3)
WILAYAH = {"kabupaten": "Kota Denpasar", "provinsi": "Bali", "mulai": date(2025, 1, 1)}


def _e(tgl: str, *baris, ket="x", jenis="jurnal", unit="kantor"):
    return Entri(date.fromisoformat(tgl), tuple(baris), ket, jenis, unit)


def _anggota(no, jk, masuk, keluar=None):
    return {"no": no, "nama": f"Anggota {no}", "nik": "5171030101900001", "jenis_kelamin": jk, "alamat": "-",
            "status": "keluar" if keluar else "aktif", "tanggal_masuk": masuk, "tanggal_keluar": keluar}


def _catat(akar: Path, entri: list, anggota: list = ()):
    with Buku.buka(akar) as b:
        if anggota:
            b.tabel("anggota").insert_multiple(list(anggota))
        b.catat(sorted(entri, key=lambda e: e.tanggal))


def _koperasi_a(akar: Path) -> None:
    """Tegal Harum (Denpasar Barat): members joining and leaving, savings of every kind, a loan,
    sales to members and non-members; January to March closed."""
    daftarkan_koperasi(akar, {"nama": "KDMP Tegal Harum", "desa": "Tegal Harum", "kecamatan": "Denpasar Barat",
                              "kode_wilayah": "51.71.03.2008", **WILAYAH})
    s = "simpan-pinjam"
    _catat(akar, [
        _e("2025-01-05", debit("1101", 10_000_000), kredit("3104", 10_000_000)),
        _e("2025-01-10", debit("1101", 100_000), kredit("3101", 100_000, anggota="0001"), unit=s),
        _e("2025-01-11", debit("1101", 20_000), kredit("3102", 20_000, anggota="0001"), unit=s),
        _e("2025-02-01", debit("1101", 100_000), kredit("3101", 100_000, anggota="0003"), unit=s),
        _e("2025-02-11", debit("1101", 20_000), kredit("3102", 20_000, anggota="0001"), unit=s),
        _e("2025-02-10", debit("1101", 500_000), kredit("2102", 500_000, anggota="0001"), unit=s),
        _e("2025-02-20", debit("1101", 100_000), kredit("4102", 100_000), unit="sembako"),
        # March: 9 entries
        _e("2025-03-05", debit("1101", 100_000), kredit("3101", 100_000, anggota="0002"), unit=s),
        _e("2025-03-06", debit("1101", 20_000), kredit("3102", 20_000, anggota="0001"), unit=s),
        _e("2025-03-06", debit("1101", 20_000), kredit("3102", 20_000, anggota="0002"), unit=s),
        _e("2025-03-12", debit("2102", 200_000, anggota="0001"), kredit("1101", 200_000), unit=s),
        _e("2025-03-18", debit("1101", 300_000), kredit("4101", 300_000, anggota="0002"), unit="sembako"),
        _e("2025-03-19", debit("1101", 450_000), kredit("4102", 450_000), unit="sembako"),
        _e("2025-03-20", debit("3101", 100_000, anggota="0003"), kredit("1101", 100_000), unit=s),
        _e("2025-03-28", debit("6103", 150_000), kredit("1101", 150_000)),
    ], [_anggota("0001", "L", "2025-01-10"), _anggota("0002", "P", "2025-03-05"),
        _anggota("0003", "P", "2025-02-01", "2025-03-20")])
    # The loan through the loans area: 2.000.000 over 10 months, flat 1,5 %, no admin fee. The
    # 250.000 paid in March covers installment 1 (30.000 interest + 200.000 principal) and 20.000
    # of installment 2's interest: principal 200.000, interest 50.000.
    from koperasi_cli.layanan import pinjaman

    with Buku.buka(akar) as b:
        pinjaman.cair(b, "0001", 2_000_000, tenor=10, tanggal=date(2025, 2, 15), biaya_admin="0")
    with Buku.buka(akar) as b:
        pinjaman.angsur(b, "PJ00001", 250_000, tanggal=date(2025, 3, 15))
    cli = Cli(akar)
    for b in ("2025-01", "2025-02", "2025-03"):
        r = cli("tutup-buku", b)
        assert r.exit_code == 0, r.stderr


def _koperasi_b(akar: Path) -> None:
    """Padangsambian (Denpasar Barat), no area code in its profile: LPG sales and a salary."""
    daftarkan_koperasi(akar, {"nama": "KDMP Padangsambian", "desa": "Padangsambian", "kecamatan": "Denpasar Barat",
                              **WILAYAH})
    _catat(akar, [
        _e("2025-01-02", debit("1101", 5_000_000), kredit("3104", 5_000_000)),
        _e("2025-01-03", debit("1101", 100_000), kredit("3101", 100_000, anggota="0001"), unit="simpan-pinjam"),
        _e("2025-03-04", debit("1101", 20_000), kredit("3102", 20_000, anggota="0001"), unit="simpan-pinjam"),
        _e("2025-03-09", debit("1101", 540_000), kredit("4103", 180_000, anggota="0001"), kredit("4104", 360_000),
           unit="sembako"),
        _e("2025-03-25", debit("6101", 1_000_000), kredit("1101", 1_000_000)),
    ], [_anggota("0001", "P", "2025-01-03")])


def _koperasi_c(akar: Path) -> None:
    """Sanur Kauh (Denpasar Selatan), whose March shard was changed by hand afterwards."""
    daftarkan_koperasi(akar, {"nama": "KDMP Sanur Kauh", "desa": "Sanur Kauh", "kecamatan": "Denpasar Selatan",
                              "kode_wilayah": "51.71.01.2010", **WILAYAH})
    _catat(akar, [
        _e("2025-01-02", debit("1101", 3_000_000), kredit("3104", 3_000_000)),
        _e("2025-03-04", debit("1101", 777_000), kredit("4102", 777_000), unit="sembako"),
    ])
    shard = akar / "data" / "jurnal" / "2025-03.json"
    shard.write_bytes(shard.read_bytes().replace(b"777000", b"777001"))


@pytest.fixture(scope="module")
def tiga(tmp_path_factory) -> Path:
    akar = tmp_path_factory.mktemp("dinas")
    _koperasi_a(akar / "kop" / "tegal-harum")
    _koperasi_b(akar / "kop" / "padangsambian")
    _koperasi_c(akar / "kop" / "sanur-kauh")
    return akar


# Hand-computed, March 2025 (amounts in rupiah):
# A Tegal Harum: members at the end 0001 (L) and 0002 (P); 0002 joined, 0003 (P) left in March.
#   pokok 100.000 x 3 - 100.000 paid out = 200.000; wajib 20.000 x 3 + 20.000 = 80.000;
#   sukarela 500.000 - 200.000 = 300.000; the loan (flat, 1,5 %: 200.000 + 30.000 a month) is paid
#   250.000 on its first due date: 30.000 interest + 200.000 principal due + 20.000 principal ahead
#   of the schedule (accrual: the next interest is not due yet), loans 2.000.000 - 220.000 = 1.780.000;
#   March sales: members 300.000, non-members 450.000;
#   SHU Jan-Mar: 100.000 + 30.000 + 300.000 + 450.000 - 150.000 = 730.000;
#   cash 10.000.000 + 300.000 + 80.000 + 500.000 - 200.000 - 100.000 - 2.000.000 + 250.000
#        + 300.000 + 450.000 + 100.000 - 150.000 = 9.530.000; assets 9.530.000 + 1.780.000 = 11.310.000;
#   equity 10.000.000 + 200.000 + 80.000 + 730.000 = 11.010.000 (+ sukarela 300.000 = assets).
#   Closing February and March posts the loan-loss provision (lancar, 0,5 %): 10.000 on the
#   2.000.000 at February's end, less 1.100 at March's end (0,5 % of 1.780.000 = 8.900): an
#   expense of 8.900 and a contra asset of 8.900, so SHU 721.100, assets 11.301.100,
#   equity 11.001.100, and March has 9 + 1 entries (nothing due and unpaid: no accrual).
A = {"anggota_l": 1, "anggota_p": 1, "anggota": 2, "anggota_masuk": 1, "anggota_keluar": 1,
     "simpanan_pokok": 200_000, "simpanan_wajib": 80_000, "simpanan_sukarela": 300_000,
     "pinjaman_beredar": 1_780_000, "penjualan_anggota": 300_000, "penjualan_non_anggota": 450_000,
     "shu_sd_bulan": 721_100, "total_aset": 11_301_100, "total_ekuitas": 11_001_100, "entri_bulan": 10}
# B Padangsambian: one woman member; pokok 100.000, wajib 20.000; LPG to members 180.000,
#   non-members 360.000; SHU 540.000 - 1.000.000 = -460.000;
#   cash 5.000.000 + 100.000 + 20.000 + 540.000 - 1.000.000 = 4.660.000 = assets;
#   equity 5.000.000 + 120.000 - 460.000 = 4.660.000.
B = {"anggota_l": 0, "anggota_p": 1, "anggota": 1, "anggota_masuk": 0, "anggota_keluar": 0,
     "simpanan_pokok": 100_000, "simpanan_wajib": 20_000, "simpanan_sukarela": 0,
     "pinjaman_beredar": 0, "penjualan_anggota": 180_000, "penjualan_non_anggota": 360_000,
     "shu_sd_bulan": -460_000, "total_aset": 4_660_000, "total_ekuitas": 4_660_000, "entri_bulan": 3}
# Denpasar Barat = A + B; C (Denpasar Selatan) fails periksa and is listed but not summed.
BARAT = {k: A[k] + B[k] for k in A}


def _rekap(*args, lang="id"):
    r = Cli(None)("rekap", *args, lang=lang)
    return r


def _json(*args):
    r = _rekap(*args, "--format", "json")
    assert r.exit_code == 0, r.stderr
    return json.loads(r.stdout)


def test_total_per_kecamatan_dan_semua(tiga):
    d = _json(str(tiga / "kop"), "--bulan", "2025-03")
    assert set(d) == {"bulan", "dibuat", "ringkasan", "total", "per_kecamatan", "koperasi", "masalah"}
    assert d["bulan"] == "2025-03"
    # Ordered by area code: Denpasar Selatan (51.71.01) before Denpasar Barat (51.71.03).
    assert [b["kode_wilayah"] for b in d["koperasi"]] == ["51.71.01.2010", "51.71.03.1010", "51.71.03.2008"]
    a, b = d["koperasi"][2], d["koperasi"][1]
    assert {k: a[k] for k in A} == A and {k: b[k] for k in B} == B
    assert a["bulan_tutup"] is True and b["bulan_tutup"] is False
    assert a["periksa"] is True and a["dijumlahkan"] is True and a["entri_terakhir"] == "2025-03-31"  # the provision posted at the March close
    assert a["catatan"] == [] and a["npl_bp"] == 0  # the one loan is lancar: installment 1 paid on time
    assert b["kecamatan"] == "Denpasar Barat"  # the area code came from the shipped list of Denpasar
    c = d["koperasi"][0]
    assert c["periksa"] is False and c["dijumlahkan"] is False and c["periksa_temuan"] >= 1

    kec = {s["kecamatan"]: s for s in d["per_kecamatan"]}
    assert [s["kode_kecamatan"] for s in d["per_kecamatan"]] == ["51.71.01", "51.71.03"]
    assert {k: kec["Denpasar Barat"][k] for k in BARAT} == BARAT
    assert kec["Denpasar Barat"]["koperasi"] == 2 and kec["Denpasar Barat"]["dijumlahkan"] == 2
    assert kec["Denpasar Barat"]["aktif"] == 2 and kec["Denpasar Barat"]["tutup_bulan"] == 1
    assert kec["Denpasar Selatan"]["koperasi"] == 1 and kec["Denpasar Selatan"]["dijumlahkan"] == 0
    assert kec["Denpasar Selatan"]["total_aset"] == 0
    assert {k: d["total"][k] for k in BARAT} == BARAT
    assert d["ringkasan"] == {"koperasi": 3, "dijumlahkan": 2, "aktif": 3, "tutup_bulan": 1, "periksa_gagal": 1,
                              "tidak_diperiksa": 0, "masalah": 1,
                              "kesehatan": {**d["ringkasan"]["kesehatan"]}}
    assert sum(d["ringkasan"]["kesehatan"].values()) == 2
    [m] = d["masalah"]
    assert m["kode"] == "rekap_periksa_gagal" and m["nama"] == "KDMP Sanur Kauh"
    assert "tidak lolos periksa" in m["pesan"] and "tidak dijumlahkan" in m["pesan"]


def test_buku_kerja_sama_dengan_json(tiga, tmp_path):
    from koperasi_cli.reports.rekap_tulis import BARIS_RINGKASAN, KOLOM_DAFTAR, KOLOM_KECAMATAN

    d = _json(str(tiga / "kop"), "--bulan", "2025-03")
    f = tmp_path / "rekap.xlsx"
    r = _rekap(str(tiga / "kop"), "--bulan", "2025-03", "-o", str(f), lang="en")
    assert r.exit_code == 0, r.stderr
    wb = openpyxl.load_workbook(f)
    assert wb.sheetnames == ["Ringkasan", "Per Kecamatan", "Grafik", "Daftar Koperasi", "Masalah"]
    assert [c.data_type for ws in wb for row in ws.iter_rows() for c in row if c.data_type == "f"] == []

    def tabel(ws, kolom):
        baris = list(ws.iter_rows(min_row=3, values_only=True))
        assert list(baris[0]) == [k[1] for k in kolom]  # Indonesian, whatever the user's language
        return [dict(zip([k[0] for k in kolom], b)) for b in baris[1:]]

    def harap(x: dict, kolom) -> dict:
        ya = {True: "ya", False: "tidak", None: "-"}
        hasil = {}
        for k, _, _, jenis in kolom:
            v = x.get(k)
            # a ratio is a number (basis points / 10.000) with a percent format, not text
            hasil[k] = v / 10_000 if jenis == "persen" and v is not None else ya[v] if jenis == "ya" else v
        return hasil

    daftar = tabel(wb["Daftar Koperasi"], KOLOM_DAFTAR)
    kolom_angka = [k for k in KOLOM_DAFTAR if k[0] != "catatan"]
    assert [{k[0]: x[k[0]] for k in kolom_angka} for x in daftar] == \
        [{k[0]: harap(b, kolom_angka)[k[0]] for k in kolom_angka} for b in d["koperasi"]]
    kec = tabel(wb["Per Kecamatan"], KOLOM_KECAMATAN)
    assert kec[:-1] == [harap(s, KOLOM_KECAMATAN) for s in d["per_kecamatan"]]
    assert kec[-1] == {**harap(d["total"], KOLOM_KECAMATAN), "kode_kecamatan": "TOTAL"}
    ringkas = {b[0]: b[1] for b in wb["Ringkasan"].iter_rows(values_only=True) if b and b[0]}
    for k, label, _ in BARIS_RINGKASAN:
        assert ringkas[label] == d["ringkasan"][k]
    assert ringkas["Total aset"] == d["total"]["total_aset"] == BARAT["total_aset"]
    masalah = list(wb["Masalah"].iter_rows(min_row=4, values_only=True))
    assert [(m[1], m[4]) for m in masalah] == [(x["sumber"], x["pesan"]) for x in d["masalah"]]
    assert wb["Daftar Koperasi"].freeze_panes == "A4"


def test_ekspor_sama_dengan_folder_dan_masalah_lain(tiga, tmp_path):
    kop = tiga / "kop"
    kumpul = tmp_path / "kiriman"
    (kumpul / "barat").mkdir(parents=True)
    for nama in ("tegal-harum", "padangsambian"):
        r = Cli(kop / nama)("ekspor", "json", "2025-03", "-o", str(kumpul / "barat" / f"{nama}.json"))
        assert r.exit_code == 0, r.stderr
    # Damaged (cut off), not an export, from a newer koperasi, of another month, and a stray workbook.
    (kumpul / "rusak.json").write_bytes((kumpul / "barat" / "tegal-harum.json").read_bytes()[:5000])
    (kumpul / "lain.json").write_text('{"akun": []}')
    baru = orjson.loads((kumpul / "barat" / "padangsambian.json").read_bytes())
    baru.update(versi_format=7, versi_format_minimal=5)
    baru["rekap"].update(nama="KDMP Lain", kode_wilayah="51.71.02.1001")
    (kumpul / "baru.json").write_bytes(orjson.dumps(baru))
    r = Cli(kop / "padangsambian")("ekspor", "json", "2025-02", "--tanpa-jurnal", "-o", str(kumpul / "feb.json"))
    assert r.exit_code == 0
    (kumpul / "laporan.xlsx").write_bytes(b"PK")
    (kumpul / "profil-rusak" / "data").mkdir(parents=True)
    (kumpul / "profil-rusak" / "koperasi.yaml").write_text("profil: [\n")
    (kumpul / "tautan").symlink_to(kop / "sanur-kauh")
    d = _json(str(kumpul), str(tmp_path / "tidak-ada"), "--bulan", "2025-03")
    folder = _json(str(kop), "--bulan", "2025-03")

    def inti(b):
        return {k: v for k, v in b.items() if k not in ("sumber", "jenis_sumber", "dibuat")}

    dari_ekspor = {b["nama"]: b for b in d["koperasi"] if b["jenis_sumber"] == "ekspor"}
    assert set(dari_ekspor) == {"KDMP Tegal Harum", "KDMP Padangsambian"}
    for b in folder["koperasi"]:
        if b["nama"] in dari_ekspor:
            assert inti(dari_ekspor[b["nama"]]) == inti(b)
    assert {k: d["total"][k] for k in BARAT} == BARAT
    kode = sorted(m["kode"] for m in d["masalah"])
    assert kode == sorted(["rekap_ekspor_rusak", "rekap_bukan_ekspor", "rekap_ekspor_lebih_baru", "rekap_ekspor_bulan_lain",
                           "rekap_bukan_koperasi", "rekap_periksa_gagal", "rekap_tidak_ada", "rekap_buku_tak_terbaca"])
    pesan = {m["kode"]: m["pesan"] for m in d["masalah"]}
    assert "Perbarui koperasi" in pesan["rekap_ekspor_lebih_baru"] and "format 5" in pesan["rekap_ekspor_lebih_baru"]
    assert "--bulan 2025-02" in pesan["rekap_ekspor_bulan_lain"]
    assert "koperasi.yaml" in pesan["rekap_buku_tak_terbaca"] and "profil-rusak" in pesan["rekap_buku_tak_terbaca"]
    assert pesan["rekap_periksa_gagal"].startswith("KDMP Sanur Kauh")  # reached through a link
    # The same cooperative from its folder and its export is counted once.
    d = _json(str(kop / "tegal-harum"), str(kumpul / "barat" / "tegal-harum.json"), "--bulan", "2025-03")
    assert d["ringkasan"]["koperasi"] == 1 and [m["kode"] for m in d["masalah"]] == ["rekap_ganda"]
    assert d["total"]["total_aset"] == A["total_aset"]


def test_ekspor_format_lama_dan_jsonl(tiga, tmp_path):
    """An export made before the rekap block (format 1) is read from its statements; JSON Lines too."""
    kop = tiga / "kop"
    f = tmp_path / "a.json"
    assert Cli(kop / "tegal-harum")("ekspor", "json", "2025-03", "-o", str(f)).exit_code == 0
    baru = orjson.loads(f.read_bytes())
    lama = {k: v for k, v in baru.items() if k not in ("rekap", "versi_format_minimal")}
    lama["versi_format"] = 1
    (tmp_path / "lama.jsonl").write_bytes(orjson.dumps(lama) + b"\n\n" + b"{rusak\n")
    d = _json(str(tmp_path / "lama.jsonl"), "--bulan", "2025-03")
    [b] = d["koperasi"]
    assert {k: b[k] for k in A if k != "entri_bulan"} == {k: v for k, v in A.items() if k != "entri_bulan"}
    assert b["entri_bulan"] is None and b["periksa"] is None and "ekspor_lama" in b["catatan"]
    assert b["bulan_tutup"] is True and b["dijumlahkan"] is True
    assert d["ringkasan"]["tidak_diperiksa"] == 1
    assert [(m["kode"], m["sumber"].endswith("lama.jsonl:3")) for m in d["masalah"]] == [("rekap_ekspor_rusak", True)]
    # An export whose summary was edited by hand no longer matches its own statements.
    baru["rekap"]["total_aset"] += 1
    (tmp_path / "ubah.json").write_bytes(orjson.dumps(baru))
    d = _json(str(tmp_path / "ubah.json"), "--bulan", "2025-03")
    assert [m["kode"] for m in d["masalah"]] == ["rekap_ekspor_tidak_cocok"] and d["koperasi"] == []


def test_ekspor_besar_dibaca_tanpa_jurnal(tiga, tmp_path):
    from koperasi_cli.reports.rekap import baca_dokumen

    f = tmp_path / "a.json"
    assert Cli(tiga / "kop" / "tegal-harum")("ekspor", "json", "2025", "-o", str(f)).exit_code == 0
    d = baca_dokumen(f)
    assert "jurnal" not in d and d["rekap"]["bulan"] == "2025-12" and d["laporan"]
    isi = f.read_bytes()
    assert isi.count(b"\n") == 1  # one line: a JSON document and a JSON Lines record at once
    (tmp_path / "potong.json").write_bytes(isi[:-20])
    with pytest.raises(orjson.JSONDecodeError):
        baca_dokumen(tmp_path / "potong.json")
    # The indented layout of earlier versions, and a "jurnal" key that is not the top-level one.
    utuh = orjson.loads(isi)
    (tmp_path / "indentasi.json").write_bytes(orjson.dumps(utuh, option=orjson.OPT_INDENT_2))
    assert baca_dokumen(tmp_path / "indentasi.json") == {k: v for k, v in utuh.items() if k != "jurnal"}
    lain = {"format": "koperasi-ekspor", "laporan": {"x": {"a": 1, "jurnal": [1], "y": 2}}, "jurnal": [3]}
    (tmp_path / "lain.json").write_bytes(orjson.dumps(lain))
    assert baca_dokumen(tmp_path / "lain.json") == lain


def test_tanpa_folder_koperasi_csv_dan_bahasa(tiga, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    # three sections, one plain CSV each: to stdout one at a time (--bagian), all with -o
    assert _rekap(str(tiga / "kop"), "--bulan", "Maret 2025", "--format", "csv").exit_code == 2
    r = _rekap(str(tiga / "kop"), "--bulan", "Maret 2025", "--format", "csv", "--bagian", "koperasi")
    assert r.exit_code == 0, r.stderr
    kepala, *baris = r.stdout.strip().splitlines()
    assert kepala.split(",")[:3] == ["kode_wilayah", "nama", "desa"] and len(baris) == 3
    assert "Rekap 2025-03: 3 koperasi, 2 dijumlahkan, 1 masalah." in r.stderr
    r = _rekap(str(tiga / "kop"), "--bulan", "Maret 2025", "-o", str(tmp_path / "rekap.csv"))
    assert r.exit_code == 0, r.stderr
    kec = (tmp_path / "rekap-per-kecamatan.csv").read_text(encoding="utf-8").strip().splitlines()
    assert kec[0].startswith("kode_kecamatan,") and kec[-1].startswith("TOTAL,") and "" not in kec
    assert (tmp_path / "rekap-masalah.csv").exists() and (tmp_path / "rekap-koperasi.csv").exists()
    r = _rekap(str(tiga / "kop"), "--bulan", "2025-03", "--ketat", lang="en")
    assert r.exit_code == 3
    assert "the books fail the check" in r.stdout and "1 problem(s) (--strict)" in r.stderr
    assert _rekap(str(tiga / "kop" / "tegal-harum"), "--bulan", "2025-03", "--ketat").exit_code == 0
    assert _rekap(str(tiga / "kop"), "--format", "xlsx").exit_code == 2
    assert _rekap(str(tiga / "kop"), "--bulan", "13/2025").exit_code == 1
    assert _rekap().exit_code == 2


def test_bulan_bawaan():
    from koperasi_cli.reports.rekap import bulan_bawaan

    assert bulan_bawaan(date(2025, 11, 5)) == Bulan(2025, 10)
    assert bulan_bawaan(date(2026, 1, 1)) == Bulan(2025, 12)


def test_membaca_tidak_mengubah_dan_tidak_menunggu(tiga):
    from filelock import FileLock

    a = tiga / "kop" / "tegal-harum"
    sebelum = isi_folder(a)
    with FileLock(str(a / "data" / "kunci")):
        t = time.perf_counter()
        h = baca_folder(a, MARET)
        assert time.perf_counter() - t < 5
    assert h["baris"]["periksa"] is True and h["masalah"] == []
    assert isi_folder(a) == sebelum


def test_penulis_di_tengah_jalan(tmp_path):
    """A writer killed after its commit record is seen as done (and periksa passes on the snapshot);
    one killed before it is not seen; the folder is left as it was for the next locked open."""
    b = tmp_path / "b"
    _koperasi_b(b)
    awal = baca_folder(b, MARET)["baris"]["total_aset"]
    kas = [sys.executable, "-m", "koperasi_cli", "-C", str(b), "kas", "masuk", "500", "--akun", "4402", "--ket", "x"]
    r = subprocess.run([*kas, "--tanggal", "2025-03-26"], env=env_subproses(KOPERASI_UJI_MATI="ganti-sebagian"))
    assert r.returncode == -signal.SIGKILL
    sebelum = isi_folder(b)
    h = baca_folder(b, MARET)
    assert h["masalah"] == [] and h["baris"]["periksa"] is True and h["baris"]["total_aset"] == awal + 500
    assert isi_folder(b) == sebelum and (b / "data" / "komit.json").exists()
    r = subprocess.run([*kas, "--tanggal", "2025-03-27"], env=env_subproses(KOPERASI_UJI_MATI="tmp"))
    assert r.returncode == -signal.SIGKILL
    h = baca_folder(b, MARET)
    assert h["baris"]["periksa"] is True and h["baris"]["total_aset"] == awal + 500


def test_pembaca_selama_penulis_berjalan(tmp_path):
    b = tmp_path / "b"
    _koperasi_b(b)
    awal = baca_folder(b, MARET)["baris"]["total_aset"]
    p = subprocess.Popen([sys.executable, "-m", "koperasi_cli", "-C", str(b), "kas", "masuk", "500", "--akun", "4402",
                          "--ket", "x", "--tanggal", "2025-03-26"], env=env_subproses(KOPERASI_UJI_JEDA="0.05"))
    terlihat = set()
    while p.poll() is None:
        h = baca_folder(b, MARET)
        assert h["masalah"] == [], h["masalah"]
        terlihat.add((h["baris"]["total_aset"], h["baris"]["entri_bulan"], h["baris"]["periksa"]))
    h = baca_folder(b, MARET)
    terlihat.add((h["baris"]["total_aset"], h["baris"]["entri_bulan"], h["baris"]["periksa"]))
    assert p.returncode == 0
    assert terlihat <= {(awal, 3, True), (awal + 500, 4, True)} and (awal + 500, 4, True) in terlihat


def test_banyak_proses_sama_dengan_satu(tiga):
    satu = _json(str(tiga / "kop"), "--bulan", "2025-03", "-j", "1")
    dua = _json(str(tiga / "kop"), "--bulan", "2025-03", "-j", "2")
    for d in (satu, dua):
        d.pop("dibuat")
    assert satu == dua


def test_tanpa_periksa(tiga):
    d = _json(str(tiga / "kop"), "--bulan", "2025-03", "--tanpa-periksa")
    assert [b["periksa"] for b in d["koperasi"]] == [None, None]  # Sanur Kauh cannot even be read
    assert d["ringkasan"]["tidak_diperiksa"] == 2 and {k: d["total"][k] for k in BARAT} == BARAT
    [m] = d["masalah"]
    assert m["kode"] == "rekap_buku_tak_terbaca" and "sanur-kauh" in m["sumber"]


_baris = st.fixed_dictionaries({
    "kode_wilayah": st.sampled_from(["51.71.01.2007", "51.71.01.2010", "51.71.03.2008", "52.01.02.2001", None]),
    "nama": st.text("abc", min_size=1, max_size=3),
    "kecamatan": st.sampled_from(["A", "B"]),
    "periksa": st.sampled_from([True, True, False, None]),
    "total_aset": st.integers(-10**12, 10**12), "anggota": st.integers(0, 5000),
    "pinjaman_beredar": st.integers(0, 10**10), "npl_bp": st.one_of(st.none(), st.integers(0, 10_000)),
    "entri_bulan": st.integers(0, 50), "bulan_tutup": st.booleans(),
})


@settings(max_examples=60, deadline=None)
@given(st.lists(_baris, max_size=25))
def test_total_sama_dengan_jumlah_per_kecamatan_dan_baris(daftar):
    from koperasi_cli.reports.rekap import JUMLAH, Rekap, bagi_bp, hasil_baris

    with Rekap(MARET) as r:
        for i, b in enumerate(daftar):
            r.tambah(hasil_baris({**{k: 0 for k in JUMLAH}, "bulan": "2025-03", **b}, f"s{i}", "ekspor"))
        baris = list(r.baris())
        total, kec = r.total_akhir(), r.per_kecamatan()
        dijumlah = [b for b in baris if b["dijumlahkan"]]
        for k in ("total_aset", "anggota", "pinjaman_beredar", "entri_bulan"):
            assert total[k] == sum(s[k] for s in kec) == sum(b[k] for b in dijumlah)
        assert total["koperasi"] == len(baris) == sum(s["koperasi"] for s in kec)
        # every source is a row or a duplicate (one problem); a row failing periksa is a problem too
        assert len(baris) + r.jumlah_masalah - sum(b["periksa"] is False for b in baris) == len(daftar)
        ada = [b for b in dijumlah if b["npl_bp"] is not None and b["pinjaman_beredar"]]
        assert total["npl_bp"] == bagi_bp(sum(b["npl_bp"] * b["pinjaman_beredar"] for b in ada),
                                          sum(b["pinjaman_beredar"] for b in ada))
        kode = [b["kode_wilayah"] or "~" for b in baris]
        assert kode == sorted(kode)


# ---- rekap --riwayat: anchors remembered per cooperative ------------------------------------
def _kode_masalah(d) -> list[tuple]:
    return sorted((m["kode"], m["nama"]) for m in d["masalah"] if m["kode"].startswith("rekap_riwayat"))


def test_riwayat_ditulis_ulang_dan_mundur(tiga, tmp_path):
    import os
    import shutil

    kop = tmp_path / "kop"
    for nama in ("tegal-harum", "padangsambian"):
        shutil.copytree(tiga / "kop" / nama, kop / nama)
    # Sanur Kauh untouched this time (the fixture's own copy fails `periksa` and cannot export).
    daftarkan_koperasi(kop / "sanur-kauh", {"nama": "KDMP Sanur Kauh", "desa": "Sanur Kauh", "kecamatan": "Denpasar Selatan",
                                           "kode_wilayah": "51.71.01.2010", **WILAYAH})
    _catat(kop / "sanur-kauh", [_e("2025-01-02", debit("1101", 3_000_000), kredit("3104", 3_000_000))])
    eks = tmp_path / "eks"
    for bln in ("2025-02", "2025-03"):
        (eks / bln).mkdir(parents=True)
        for nama in ("tegal-harum", "padangsambian", "sanur-kauh"):
            r = Cli(kop / nama)("ekspor", "json", bln, "--tanpa-jurnal", "-o", str(eks / bln / f"{nama}.json"))
            assert r.exit_code == 0, r.stderr
    h = tmp_path / "riwayat.json"

    # February, then March: nothing received before, nothing to report; the file is created 0600.
    d = _json(str(eks / "2025-02"), "--bulan", "2025-02", "--riwayat", str(h))
    assert _kode_masalah(d) == [] and len(d["koperasi"]) == 3
    assert os.stat(h).st_mode & 0o777 == 0o600
    d = _json(str(eks / "2025-03"), "--bulan", "2025-03", "--riwayat", str(h))
    assert _kode_masalah(d) == []
    simpan = json.loads(h.read_text())
    # Keys: the area code (Padangsambian's comes from the shipped Denpasar list). Only Tegal Harum
    # closed months, so only it has month anchors: February and March.
    ta = simpan["koperasi"]["wilayah:51.71.03.2008"]
    assert sorted(ta["bulan"]) == ["2025-02", "2025-03"] and len(simpan["koperasi"]) == 3
    # Its own folder gives the same anchors as its export: nothing new, and an unchanged re-run too.
    d = _json(str(kop / "tegal-harum"), "--bulan", "2025-03", "--riwayat", str(h), "--tanpa-periksa")
    assert _kode_masalah(d) == []
    d = _json(str(eks / "2025-03"), "--bulan", "2025-03", "--riwayat", str(h))
    assert _kode_masalah(d) == [] and json.loads(h.read_text()) == simpan

    # February re-sent with February's anchor changed: the history was rewritten after the report.
    f = eks / "2025-02" / "tegal-harum.json"
    doc = json.loads(f.read_text())
    id_, _ = doc["jangkar_bulan"]["2025-02"].split(":")
    doc["jangkar_bulan"]["2025-02"] = f"{id_}:{'0' * 64}"
    f.write_text(json.dumps(doc))
    d = _json(str(eks / "2025-02"), "--bulan", "2025-02", "--riwayat", str(h))
    m = [x for x in d["masalah"] if x["kode"] == "rekap_riwayat_diubah"]
    assert [(x["nama"], "bulan 2025-02 dilaporkan" in x["pesan"]) for x in m] == [("KDMP Tegal Harum", True)]
    assert json.loads(h.read_text())["koperasi"]["wilayah:51.71.03.2008"]["bulan"] == ta["bulan"]  # first kept

    # Padangsambian records one more entry and sends March again; then the older export comes back.
    lama = tmp_path / "lama.json"
    shutil.copy(eks / "2025-03" / "padangsambian.json", lama)
    _catat(kop / "padangsambian", [_e("2025-03-30", debit("1101", 1_000), kredit("3102", 1_000, anggota="0001"),
                                      unit="simpan-pinjam")])
    baru = tmp_path / "baru.json"
    assert Cli(kop / "padangsambian")("ekspor", "json", "2025-03", "--tanpa-jurnal", "-o", str(baru)).exit_code == 0
    d = _json(str(baru), "--bulan", "2025-03", "--riwayat", str(h))
    assert _kode_masalah(d) == []
    d = _json(str(lama), "--bulan", "2025-03", "--riwayat", str(h))
    # B had 5 entries (J000005), then 6: the old export's latest entry is below the one remembered.
    assert _kode_masalah(d) == [("rekap_riwayat_mundur", "KDMP Padangsambian")]
    assert "dulu J000006, kini J000005" in d["masalah"][-1]["pesan"]

    # A rekap that fails (its output folder is missing) leaves the history as it was; a broken
    # history file is refused in one sentence, nothing read.
    sebelum = h.read_bytes()
    r = _rekap(str(lama), "--bulan", "2025-03", "--riwayat", str(h), "-o", str(tmp_path / "tidak" / "x.json"))
    assert r.exit_code != 0 and h.read_bytes() == sebelum
    rusak = tmp_path / "rusak.json"
    rusak.write_text("[1, 2")
    r = _rekap(str(lama), "--bulan", "2025-03", "--riwayat", str(rusak), lang="en")
    assert r.exit_code == 2 and "not a valid rekap history" in r.stderr and "Traceback" not in r.stderr


def test_berkas_komit_diganti_nama_saat_dibaca(tmp_path, monkeypatch):
    """A lock-free reader sees a committed write's temporary head; the writer renames it to its
    final name between the reader's look and its read: the reader reads the final name (it took
    the head for missing, `kepala_hilang`, and a rekap listed a sound book as unreadable)."""
    from pathlib import Path

    from koperasi_cli.ledger import berkas
    from koperasi_cli.ledger.buku import KEPALA, Buku

    b = tmp_path / "b"
    _koperasi_b(b)
    akhir = b / KEPALA
    tmp = akhir.with_name("kepala.json.0123456789ab.tmp")
    tmp.write_bytes(akhir.read_bytes())
    monkeypatch.setattr(berkas, "lapis_komit", lambda akar: {KEPALA: tmp})
    asli = Path.read_bytes

    def baca(self):
        if self == tmp and self.exists():
            os.replace(tmp, akhir)  # the writer's rename, just now
        return asli(self)
    monkeypatch.setattr(Path, "read_bytes", baca)
    with Buku.buka_baca(b) as buku:
        assert buku.kepala["seq"] == 5
    assert not tmp.exists()
