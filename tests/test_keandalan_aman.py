"""Security of the files: owner-only modes kept on every rewrite, NIK masked in every export
unless --tampilkan-nik, no formula injection in csv or xlsx, and `periksa` noticing any edit,
removal, reordering or insertion in the master tables (not only the journal)."""

import csv
import io
import random
import stat
import zipfile

import orjson
import pytest

from koperasi_cli.core.galat import Galat
from koperasi_cli.layanan.periksa import periksa
from tests.anggota_bantu import nik
from tests.conftest import IDENTITAS, buka
from tests.keandalan_bantu import NIK_LPG, PERINTAH, jalankan, salin, siapkan_buku

JAHAT = ["=cmd|' /C calc'!A0", "+SUM(1+1)", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)", "=HYPERLINK(\"http://x\")"]


@pytest.fixture(scope="module")
def buku_dasar(tmp_path_factory):
    from koperasi_cli.layanan.koperasi import daftarkan_koperasi

    akar = tmp_path_factory.mktemp("aman") / "kop"
    daftarkan_koperasi(akar, dict(IDENTITAS))
    siapkan_buku(akar)
    for i, nama in enumerate(JAHAT, start=20):
        jalankan(akar, ["anggota", "tambah", "--nama", nama, "--nik", nik(i), "--jenis-kelamin", "L",
                        "--alamat", nama, "--tanggal", "2025-01-20"])
    jalankan(akar, ["kas", "masuk", "1rb", "--akun", "4402", "--ket", JAHAT[0], "--tanggal", "2025-01-21"])
    return akar


def _mode_pemilik_saja(akar):
    for p in [akar, *akar.rglob("*")]:
        m = stat.S_IMODE(p.stat().st_mode)
        if p.is_dir():
            assert m == 0o700, (p, oct(m))
        elif p.name != "kunci":
            assert m == 0o600, (p, oct(m))


@pytest.mark.parametrize("nama", list(PERINTAH))
def test_mode_pemilik_saja_setelah_setiap_perintah(buku_dasar, tmp_path, nama):
    akar = salin(buku_dasar, tmp_path / "k")
    siap, perintah = PERINTAH[nama]
    for s in [*siap, perintah]:
        jalankan(akar, s)
    _mode_pemilik_saja(akar)


NIK_SEMUA = [nik(1, perempuan=True), nik(2), nik(3), *[nik(i) for i in range(20, 25)]]


def _teks_berkas(p):
    if p.suffix == ".xlsx":
        with zipfile.ZipFile(p) as z:
            return "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    return p.read_text(encoding="utf-8")


def _keluaran(akar, tmp_path, tampilkan):
    """The text of every export that may carry a NIK."""
    t = ["--tampilkan-nik"] if tampilkan else []
    teks = []
    for jenis in ("csv", "json", "xlsx"):
        out = tmp_path / f"ekspor.{jenis}"
        jalankan(akar, ["ekspor", jenis, "2025", "-o", str(out), *t])
        teks.append(_teks_berkas(out) if out.is_file() else
                    "".join(_teks_berkas(q) for q in sorted(out.rglob("*")) if q.is_file()))
    for fmt in ("table", "csv", "json"):
        teks.append(jalankan(akar, ["anggota", "daftar", "--format", fmt, *t]).stdout)
        bagian = ["--bagian", "log-lpg"] if fmt == "csv" else []  # the log's section (one CSV per section)
        teks.append(jalankan(akar, ["sembako", "lpg", "2025-01", "--format", fmt, *bagian, *t]).stdout)
    if not tampilkan:
        out = tmp_path / "bulanan.xlsx"
        jalankan(akar, ["laporan", "bulanan", "2025-01", "-o", str(out)])
        teks.append(_teks_berkas(out))
    return "\n".join(teks)


def test_nik_disamarkan_di_setiap_ekspor(buku_dasar, tmp_path):
    teks = _keluaran(buku_dasar, tmp_path, False)
    for n in [*NIK_SEMUA, NIK_LPG]:
        assert n not in teks
    assert f"{nik(2)[:4]}********{nik(2)[-4:]}" in teks
    teks = _keluaran(buku_dasar, tmp_path, True)
    assert nik(2) in teks and NIK_LPG in teks


def _sel_berbahaya(nilai: str) -> bool:
    if len(nilai) < 2 or nilai[0] not in "=+-@\t\r":  # a lone "-" is a blank, not a formula
        return False
    try:
        float(nilai.replace(".", "").replace(",", "."))  # a negative number is data, not a formula
        return False
    except ValueError:
        return True


def test_tanpa_injeksi_rumus_di_csv_dan_xlsx(buku_dasar, tmp_path):
    import openpyxl

    sel = []
    out = tmp_path / "e.csv"
    jalankan(buku_dasar, ["ekspor", "csv", "2025", "-o", str(out)])
    berkas_csv = [out] if out.is_file() else sorted(out.rglob("*.csv"))
    for p in berkas_csv:
        sel += [c for baris in csv.reader(io.StringIO(p.read_text(encoding="utf-8"))) for c in baris]
    sel += [c for baris in csv.reader(io.StringIO(jalankan(buku_dasar, ["anggota", "daftar", "--format", "csv"]).stdout))
            for c in baris]
    assert any("cmd|" in c for c in sel)  # the hostile names are there ...
    assert not [c for c in sel if _sel_berbahaya(c)]  # ... but never as a formula
    for args in (["ekspor", "xlsx", "2025", "--jurnal", "-o"], ["laporan", "bulanan", "2025-01", "-o"]):
        out = tmp_path / f"{args[0]}.xlsx"
        jalankan(buku_dasar, [*args, str(out)])
        wb = openpyxl.load_workbook(out)
        ada = False
        for ws in wb.worksheets:
            for baris in ws.iter_rows():
                for c in baris:
                    assert c.data_type != "f", (ws.title, c.coordinate, c.value)
                    # xlsx keeps the exact text in a cell typed as text, which no spreadsheet
                    # evaluates (csv has no cell types, so there a leading ' does the job).
                    if isinstance(c.value, str) and c.value in JAHAT:
                        ada = True
                        assert c.data_type == "s", (ws.title, c.coordinate, c.value)
        assert ada or args[0] == "laporan"


def _temuan(akar):
    try:
        with buka(akar, coba=True) as b:
            return [g.kode for g in periksa(b)]
    except Galat as g:
        return [g.kode]


MASTER = ["anggota.json", "pinjaman.json", "pinjaman-0001.json", "barang.json"]


@pytest.mark.parametrize("berkas", MASTER)
def test_periksa_menemukan_ubahan_tabel_induk(buku_dasar, tmp_path, berkas):
    acak = random.Random(berkas)
    akar = salin(buku_dasar, tmp_path / "k")
    p = akar / "data" / berkas
    assert p.is_file(), sorted(q.name for q in (akar / "data").iterdir())
    asli = p.read_bytes()
    data = orjson.loads(asli)
    (tabel, baris), = data.items()
    kunci = list(baris)

    def ubah(isi):
        p.write_bytes(orjson.dumps(isi))
        t = _temuan(akar)
        p.write_bytes(asli)
        return t

    # a value edited, a record deleted, records reordered (renumbered), a record inserted
    r = dict(baris[kunci[0]])
    medan = acak.choice([k for k, v in r.items() if isinstance(v, (str, int)) and not isinstance(v, bool)])
    r[medan] = r[medan] + 1 if isinstance(r[medan], int) else r[medan] + "x"
    kasus = {
        "ubah": {tabel: {**baris, kunci[0]: r}},
        "hapus": {tabel: {k: v for k, v in baris.items() if k != kunci[-1]}},
        "urut": {tabel: dict(zip(kunci, reversed(list(baris.values()))))},
        "sisip": {tabel: {**baris, "999": dict(baris[kunci[0]])}},
    }
    for nama, isi in kasus.items():
        if nama == "urut" and len(kunci) < 2:
            continue
        assert ubah(isi), (berkas, nama)
    p.unlink()
    assert "periksa_berkas_hilang" in _temuan(akar) or "berkas_berubah" in _temuan(akar)
    p.write_bytes(asli)
    assert _temuan(akar) == []
