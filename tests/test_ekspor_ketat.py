"""The hledger and beancount exports pass their tools' strict checks (`hledger check -s`,
`bean-check`): every account declared with its type, the IDR commodity declared. A small book
with savings, a loan, a sale and an asset, exported whole and for one month (with its opening
entry). The tools' checks are skipped when the tool is not installed."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess

import pytest

from tests.anggota_bantu import modal, neraca, ok, tambah
from tests.conftest import IDENTITAS, Cli

HLEDGER = shutil.which("hledger")
BEAN_CHECK = shutil.which("bean-check")


@pytest.fixture(scope="module")
def buku_kecil(tmp_path_factory):
    """Built once for the module (the tests only read it)."""
    from koperasi_cli.layanan.koperasi import daftarkan_koperasi

    akar = tmp_path_factory.mktemp("ekspor") / "kop"
    daftarkan_koperasi(akar, dict(IDENTITAS))
    cli = Cli(akar)
    modal(cli, "50jt")  # 50.000.000 cash on 2025-01-02
    tambah(cli, "Budi", 1, tanggal="2025-01-05")  # simpanan pokok 100.000 in cash
    ok(cli, "simpanan", "setor", "1", "sukarela", "2jt", "--tanggal", "2025-01-06")
    ok(cli, "pinjaman", "cair", "1", "5jt", "--tenor", "10", "--tanggal", "2025-01-10")
    ok(cli, "sembako", "barang", "tambah", "--kode", "BRS5", "--nama", "Beras Premium 5 kg", "--satuan", "karung",
       "--harga-jual", "75000", "--berlaku", "2025-01-01")
    ok(cli, "sembako", "beli", "BRS5", "10", "68000", "--tanggal", "2025-01-12")
    ok(cli, "aset", "tambah", "--kode", "CB10", "--nama", "Cold box A", "--golongan", "peralatan", "--harga", "12jt",
       "--tanggal", "2025-01-14")
    ok(cli, "sembako", "jual", "BRS5:2", "--anggota", "1", "--tanggal", "2025-02-03")
    ok(cli, "simpanan", "tarik", "1", "sukarela", "500rb", "--tanggal", "2025-02-04")
    return cli


def _ekspor(cli, tmp_path, jenis: str, *periode: str):
    f = tmp_path / ("x-" + "-".join(periode or ("semua",)) + (".journal" if jenis == "hledger" else ".beancount"))
    ok(cli, "ekspor", jenis, *periode, "-o", str(f))
    return f


def test_hledger_mendeklarasikan_setiap_akun_dan_idr(buku_kecil, tmp_path):
    teks = _ekspor(buku_kecil, tmp_path, "hledger").read_text()
    dinyatakan = dict(re.findall(r"^account (\S+)  ; type: ([ALERX])$", teks, re.M))
    dipakai = set(re.findall(r"^    (\S+)  -?\d+ IDR", teks, re.M))
    assert dipakai and dipakai <= set(dinyatakan)
    assert {dinyatakan[a] for a in dipakai} == {"A", "L", "E", "R", "X"}  # savings 2102 (L), pokok 3101 (E), ...
    assert dinyatakan["Assets:1101-Kas"] == "A" and dinyatakan["Liabilities:2102-Simpanan-Sukarela"] == "L"
    assert dinyatakan["Income:4101-Penjualan-Sembako-kepada-Anggota"] == "R"
    assert dinyatakan["Expenses:5101-Harga-Pokok-Penjualan-Sembako"] == "X"
    assert "\ncommodity 1.000, IDR\n" in teks


def test_beancount_membuka_setiap_akun_dan_idr(buku_kecil, tmp_path):
    teks = _ekspor(buku_kecil, tmp_path, "beancount").read_text()
    dibuka = set(re.findall(r"^2025-01-01 open (\S+) IDR$", teks, re.M))  # the books start on 2025-01-01
    dipakai = set(re.findall(r"^  (\S+)  -?\d+ IDR$", teks, re.M))
    assert dipakai and dipakai <= dibuka
    assert "\n2025-01-01 commodity IDR\n" in teks


@pytest.mark.skipif(HLEDGER is None, reason="hledger is not installed")
@pytest.mark.parametrize("periode", [(), ("2025-02",)])
def test_hledger_check_ketat_lulus(buku_kecil, tmp_path, periode):
    f = _ekspor(buku_kecil, tmp_path, "hledger", *periode)
    r = subprocess.run([HLEDGER, "-f", str(f), "check", "-s"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([HLEDGER, "-f", str(f), "bal", "-N", "-O", "csv", "type:A"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    baris = list(csv.reader(io.StringIO(r.stdout)))[1:]
    theirs = {b[0].split(":")[1][:4]: int(b[1].removesuffix(" IDR")) for b in baris}
    kami = neraca(buku_kecil, "2025-02-28")
    assert theirs == {k: v for k, v in kami.items() if k[0] == "1" and v}
    # Cash: 50.000.000 + 100.000 + 2.000.000 - 4.950.000 (5.000.000 less the 1 % fee of 50.000)
    #       - 680.000 (10 x 68.000) - 12.000.000 + 150.000 (2 x 75.000) - 500.000 = 34.120.000
    assert theirs["1101"] == 34_120_000


@pytest.mark.skipif(HLEDGER is None, reason="hledger is not installed")
def test_hledger_membaca_setiap_tag(buku_kecil, tmp_path):
    f = _ekspor(buku_kecil, tmp_path, "hledger")
    r = subprocess.run([HLEDGER, "-f", str(f), "reg", "-O", "csv", "tag:pinjaman=PJ00001", "Assets:1101"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    # The disbursement's cash line carries both tags (anggota and pinjaman): 5.000.000 - 50.000 out
    assert [b[-2] for b in list(csv.reader(io.StringIO(r.stdout)))[1:]] == ["-4950000 IDR"]


@pytest.mark.skipif(BEAN_CHECK is None, reason="beancount is not installed")
@pytest.mark.parametrize("periode", [(), ("2025-02",)])
def test_bean_check_lulus(buku_kecil, tmp_path, periode):
    f = _ekspor(buku_kecil, tmp_path, "beancount", *periode)
    r = subprocess.run([BEAN_CHECK, str(f)], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
