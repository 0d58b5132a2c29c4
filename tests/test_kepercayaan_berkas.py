"""Trust, second pass, the ledger and file half (issue 15): nothing said "unchanged" after the
commit point, output files never touch the books, history cannot slip before a closed month,
reading needs no write access, only our own temporary files are cleaned, one unit of work sees
its own staged files, anchors, and internal errors that become clear refusals. Each test here
failed on the code before its fix."""

from __future__ import annotations

import errno
import json
import os
import shutil
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.anggota_bantu import Lib, js, ok, tambah
from tests.conftest import Cli, buka, env_subproses, isi_folder


def _jurnal(akar: Path) -> list[dict]:
    with buka(akar, coba=True) as b:
        return list(b.entri())


def _kas_masuk(cli, jumlah="1000", tanggal="2025-01-05", *extra, **kw):
    return cli("kas", "masuk", jumlah, "--akun", "3104", "--ket", "uji", "--tanggal", tanggal, *extra, **kw)


def _ubah_mulai(akar: Path, mulai: str) -> None:
    p = akar / "koperasi.yaml"
    teks = p.read_text()
    assert "mulai: '2025-01-01'" in teks or "mulai: 2025-01-01" in teks
    p.write_text(teks.replace("mulai: '2025-01-01'", f"mulai: '{mulai}'").replace("mulai: 2025-01-01", f"mulai: {mulai}"))


# ---- 1. never "unchanged" after the commit ------------------------------------------------------
def test_stdout_penuh_setelah_komit_bilang_tercatat(kop):
    """The reproduction: `kas masuk ... > /dev/full` printed "buku tidak berubah" and exited 1,
    yet the entry was in the journal (a retry posts it twice). Now: exit 4, the entry named."""
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full on this system")
    with open("/dev/full", "w") as penuh:
        r = subprocess.run([sys.executable, "-m", "koperasi_cli", "-C", str(kop), "kas", "masuk", "1000", "--akun",
                            "3104", "--ket", "uji", "--tanggal", "2025-01-05"], stdout=penuh, stderr=subprocess.PIPE,
                           env=env_subproses(), text=True)
    assert r.returncode == 4, r.stderr
    assert "SUDAH tercatat" in r.stderr and "J000001" in r.stderr and "disk penuh" in r.stderr
    assert "tidak berubah" not in r.stderr and "Traceback" not in r.stderr
    assert [e["id"] for e in _jurnal(kop)] == ["J000001"]  # recorded exactly once


def test_gagal_ganti_nama_setelah_komit(cli, kop, monkeypatch):
    """A rename failing after the commit record is in place: the command WAS recorded (the next
    open rolls it forward), so it says so, in both languages, with exit 4."""
    asli = os.replace
    keadaan = {"aktif": True, "siap": False}

    def ganti(a, b):  # the commit record's rename goes through; the first rename after it fails
        if keadaan["aktif"] and Path(b).name == "komit.json":
            keadaan["siap"] = True
        elif keadaan["siap"]:
            keadaan["siap"] = False
            raise OSError(errno.EIO, "Input/output error")
        return asli(a, b)

    monkeypatch.setattr(os, "replace", ganti)
    r = _kas_masuk(cli)
    assert r.exit_code == 4 and "SUDAH tercatat" in r.stderr and "J000001" in r.stderr
    keadaan["aktif"] = False
    assert _kas_masuk(cli, "2000", "2025-01-06").exit_code == 0  # opening rolled J000001 forward first
    keadaan["aktif"] = True
    r = _kas_masuk(cli, "3000", "2025-01-07", lang="en")
    assert r.exit_code == 4 and "WAS recorded" in r.stderr and "J000003" in r.stderr
    monkeypatch.setattr(os, "replace", asli)
    # Rolled forward on the next open: every entry, once each, and the books pass periksa.
    assert [e["id"] for e in _jurnal(kop)] == ["J000001", "J000002", "J000003"]
    assert ok(cli, "periksa").exit_code == 0


@pytest.mark.parametrize("args, entri", [
    (("kas", "masuk", "1000", "--akun", "3104", "--ket", "uji", "--tanggal", "2025-01-05"), ["J000002"]),
    (("anggota", "tambah", "--nama", "Sari", "--nik", "5171034505900002", "--jenis-kelamin", "P", "--alamat", "Jl. A",
      "--tanggal", "2025-01-12"), ["J000002"]),  # the simpanan pokok paid on joining
    (("simpanan", "setor", "1", "wajib", "40rb", "--tanggal", "2025-01-20"), ["J000002"]),
    (("jurnal", "batal", "J000001", "--ket", "salah", "--tanggal", "2025-01-21"), ["J000002"]),
    (("tutup-buku", "2025-01"), []),  # no month-end entries here: recorded all the same
])
def test_stdout_gagal_setelah_komit_setiap_jenis_perintah(cli, kop, monkeypatch, args, entri):
    """The output failing at the very end (as a full disk or a closed pipe does when the buffer
    is flushed), for each kind of recording command: exit 4, the entries named, recorded once."""
    import importlib

    main = importlib.import_module("koperasi_cli.cli.main")
    tambah(cli, "Budi", 1)  # J000001
    sebelum = {e["id"] for e in _jurnal(kop)}

    def penuh():
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(main, "_siram", penuh)
    r = cli(*args)
    assert r.exit_code == 4, r.output
    assert "SUDAH tercatat" in r.stderr and all(i in r.stderr for i in entri)
    monkeypatch.undo()
    assert sorted(e["id"] for e in _jurnal(kop) if e["id"] not in sebelum) == entri  # each once
    assert ok(cli, "periksa").exit_code == 0


def test_gagal_sebelum_komit_tetap_tidak_berubah(cli, kop, monkeypatch):
    """Disk full before the commit point: "disk penuh", exit 1, every byte as it was."""
    from koperasi_cli.ledger import berkas

    sebelum = isi_folder(kop)

    def penuh(path, isi):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(berkas, "_tulis_tmp", penuh)
    r = _kas_masuk(cli)
    assert r.exit_code == 1 and "Disk penuh" in r.stderr and "OSError" not in r.stderr
    r = _kas_masuk(cli, lang="en")
    assert r.exit_code == 1 and "Disk full" in r.stderr
    assert isi_folder(kop) == sebelum


# ---- 2. -o and --laporan-galat never touch the books -------------------------------------------
@pytest.mark.parametrize("args", [
    ("anggota", "daftar", "--format", "json", "-o", "{kop}/data/anggota.json"),
    ("ekspor", "hledger", "-o", "{kop}/koperasi.yaml"),
    ("ekspor", "json", "2025", "-o", "{kop}/data/kepala.json"),
    ("laporan", "neraca", "--per", "2025-01-31", "-o", "{kop}/data/jurnal/2025-01.json"),
    ("sembako", "lpg", "2025-01", "-o", "{kop}/data/lpg/2025-01.json"),
    ("laporan", "neraca", "--per", "2025-01-31", "-o", "{kop}/data/jurnal"),  # a folder
    ("laporan", "neraca", "--per", "2025-01-31", "-o", "/dev/null"),  # a device
])
def test_keluaran_tidak_menimpa_buku(cli, kop, args):
    tambah(cli, "Budi", 1)
    _kas_masuk(cli)
    sebelum = isi_folder(kop)
    r = cli(*[a.format(kop=kop) for a in args])
    assert r.exit_code == 1, r.output
    assert "koperasi.yaml" in r.stderr or "bukan berkas biasa" in r.stderr
    assert isi_folder(kop) == sebelum
    assert ok(cli, "periksa").exit_code == 0


def test_keluaran_lewat_tautan_ke_data_ditolak(cli, kop, tmp_path):
    tambah(cli, "Budi", 1)
    tautan = tmp_path / "laporan"
    tautan.symlink_to(kop / "data")
    sebelum = isi_folder(kop)
    r = cli("anggota", "daftar", "--format", "json", "-o", str(tautan / "anggota.json"))
    assert r.exit_code == 1 and isi_folder(kop) == sebelum


def test_laporan_galat_tidak_menimpa_buku(cli, kop, tmp_path):
    tambah(cli, "Budi", 1)
    csv = tmp_path / "setor.csv"
    csv.write_text("no;jenis;jumlah;tanggal\n9999;wajib;20000;2025-01-20\n")
    sebelum = isi_folder(kop)
    r = cli("impor", "simpanan", str(csv), "--laporan-galat", str(kop / "data" / "anggota.json"))
    assert r.exit_code == 1 and isi_folder(kop) == sebelum


def test_berkas_keluaran_0600_dan_tanpa_sisa(cli, kop, tmp_path, monkeypatch):
    """Reports, templates and rekap outputs are owner-only, whatever the umask; a temporary file
    and a rename: nothing left beside them."""
    os.umask(0o022)
    keluar = tmp_path / "keluar"
    keluar.mkdir()
    _kas_masuk(cli)
    ok(cli, "laporan", "neraca", "--per", "2025-01-31", "-o", str(keluar / "neraca.json"))
    ok(cli, "impor", "template", "anggota", "-o", str(keluar / "anggota.xlsx"))
    ok(cli, "impor", "template", "saldo-awal", "-o", str(keluar / "saldo-awal.xlsx"))
    ok(Cli(None), "rekap", str(kop), "--bulan", "2025-01", "-o", str(keluar / "rekap.json"))
    nama = sorted(p.name for p in keluar.iterdir())
    assert nama == ["anggota.xlsx", "neraca.json", "rekap.json", "saldo-awal.xlsx"]
    for p in keluar.iterdir():
        assert stat.S_IMODE(p.stat().st_mode) == 0o600, p.name


# ---- 3. history cannot slip out of the statements ------------------------------------------------
def test_mulai_dimundurkan_tidak_membuka_riwayat(cli, kop):
    _kas_masuk(cli, "10000", "2025-01-05")
    ok(cli, "tutup-buku", "2025-01")
    _ubah_mulai(kop, "2024-12-01")
    sebelum = isi_folder(kop)
    r = _kas_masuk(cli, "5000", "2024-12-15")  # before the earliest closed month: closed too
    assert r.exit_code == 1 and "2024-12" in r.stderr
    r = cli("tutup-buku", "2024-12")
    assert r.exit_code == 1
    assert isi_folder(kop) == sebelum


def test_periksa_entri_sebelum_bulan_tutup_pertama(cli, kop, monkeypatch):
    """An entry slipped in before the earliest closed month (as the code before the fix let
    through) is flagged by periksa as posted into a closed month."""
    from koperasi_cli.ledger.buku import Buku

    _kas_masuk(cli, "10000", "2025-01-05")
    ok(cli, "tutup-buku", "2025-01")
    _ubah_mulai(kop, "2024-12-01")
    monkeypatch.setattr(Buku, "tutup_awal", property(lambda self: None))  # the check before the fix
    ok(cli, "kas", "masuk", "5000", "--akun", "3104", "--ket", "x", "--tanggal", "2024-12-15")
    monkeypatch.undo()
    r = cli("periksa")
    assert r.exit_code == 3 and "J000002" in r.stderr and "2024-12" in r.stderr


def test_periksa_entri_sebelum_mulai(cli, kop):
    _kas_masuk(cli, "10000", "2025-01-05")
    _kas_masuk(cli, "10000", "2025-02-05")
    _ubah_mulai(kop, "2025-02-01")  # moved past J000001
    r = cli("periksa", "--format", "json")
    assert r.exit_code == 3
    temuan = json.loads(r.stdout)["temuan"]
    assert len(temuan) == 1 and "J000001" in temuan[0] and "2025-01-05" in temuan[0]


# ---- 4. reading needs no write access ------------------------------------------------------------
@pytest.fixture
def hanya_baca(monkeypatch):
    """A folder the user may not write: access(W_OK) says no, the lock cannot be created, and
    any attempt to write, create or change permissions fails as it would (EACCES)."""
    from filelock import FileLock

    from koperasi_cli.ledger import berkas

    def ditolak(*a, **k):
        raise PermissionError(errno.EACCES, "Permission denied")

    asli = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **k: False if mode & os.W_OK else asli(p, mode, **k))
    monkeypatch.setattr(FileLock, "acquire", ditolak)
    monkeypatch.setattr(berkas, "buat_folder", ditolak)
    monkeypatch.setattr(berkas, "tulis_atomik", ditolak)
    monkeypatch.setattr(os, "chmod", ditolak)
    monkeypatch.setattr(os, "unlink", ditolak)
    monkeypatch.setattr(os, "replace", ditolak)


@pytest.fixture
def buku_isi(cli, kop):
    with Lib(kop) as k:
        k.modal()
        k.tambah("Budi", 1)
        k.setor("1", "wajib", 60_000, "2025-01-20")
    ok(cli, "sembako", "barang", "tambah", "--kode", "BRS5", "--nama", "Beras 5 kg", "--satuan", "karung",
       "--harga-jual", "75.000")
    ok(cli, "sembako", "beli", "BRS5", "10", "60.000", "--tanggal", "2025-02-01")
    ok(cli, "pinjaman", "cair", "1", "2jt", "--tenor", "10", "--bunga", "1.5", "--tanggal", "2025-02-03")
    return kop


@pytest.mark.parametrize("args", [
    ("info", "--format", "json"), ("periksa",), ("laporan", "neraca", "--per", "2025-02-28"),
    ("laporan", "bulanan", "2025-02", "--format", "json"), ("anggota", "daftar"), ("jurnal", "daftar"),
    ("jurnal", "lihat", "J000001"), ("simpanan", "saldo", "1"), ("simpanan", "kartu", "1"),
    ("pinjaman", "daftar"), ("pinjaman", "jadwal", "PJ00001"), ("sembako", "stok"), ("akun", "daftar"),
    ("laporan", "tren", "2025-02", "--format", "json"),
])
def test_perintah_baca_di_folder_hanya_baca(cli, buku_isi, hanya_baca, args):
    r = cli(*args)
    assert r.exit_code == 0, r.output


def test_ekspor_dari_folder_hanya_baca(cli, buku_isi, tmp_path, monkeypatch):
    keluar = tmp_path / "ekspor.json"
    from filelock import FileLock

    asli = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **k: False if mode & os.W_OK else asli(p, mode, **k))
    monkeypatch.setattr(FileLock, "acquire", lambda *a, **k: (_ for _ in ()).throw(PermissionError(errno.EACCES, "x")))
    sebelum = isi_folder(buku_isi)
    ok(cli, "ekspor", "json", "2025", "-o", str(keluar))
    assert json.loads(keluar.read_text())["jumlah_entri"] >= 4
    assert isi_folder(buku_isi) == sebelum


def test_pembaca_tidak_menulis_walau_ada_komit_tertunda(cli, kop):
    """A write killed after its commit record: a read-only command sees it done (from the
    temporary files) and leaves the record for the next writer to roll forward."""
    import signal

    _kas_masuk(cli)
    r = subprocess.run([sys.executable, "-m", "koperasi_cli", "-C", str(kop), "kas", "masuk", "500", "--akun", "4402",
                        "--ket", "x", "--tanggal", "2025-01-06"], env=env_subproses(KOPERASI_UJI_MATI="komit"))
    assert r.returncode == -signal.SIGKILL
    d = js(cli, "info")
    assert d["jumlah_entri"] == 2 and d["jangkar"].startswith("J000002:")
    assert (kop / "data" / "komit.json").exists()


# ---- 5. only our own temporary files are cleaned -------------------------------------------------
def test_hanya_berkas_sementara_sendiri_dibersihkan(kop):
    catatan = [kop / "catatan.tmp", kop / "data" / "rapat.tmp", kop / "laporan.xlsx.tmp"]
    for p in catatan:
        p.write_text("milik pengguna")
    sisa = [kop / "data" / "anggota.json.0123456789ab.tmp", kop / "koperasi.yaml.a1b2c3d4e5f6.tmp",
            kop / "data" / "jurnal" / "2025-01.json.00112233aabb.tmp"]
    for p in sisa:
        p.write_text("{}")
    with buka(kop):
        pass
    assert all(p.read_text() == "milik pengguna" for p in catatan)
    assert not any(p.exists() for p in sisa)


# ---- 6. one unit of work sees its own staged files -----------------------------------------------
def test_cair_lalu_tutup_dalam_satu_unit(kop):
    from koperasi_cli.core.tanggal import Bulan
    from koperasi_cli.layanan import pinjaman, tutup
    from koperasi_cli.layanan.periksa import periksa

    with Lib(kop) as k:
        k.modal()
        k.tambah("Budi", 1)
        pinjaman.cair(k.buku, "1", 2_000_000, tenor=10, bunga="1.5", tanggal=date(2025, 1, 15))
        assert k.buku.ada("data/pinjaman.json") and not (kop / "data" / "pinjaman.json").exists()
        assert k.buku.baca_berkas("data/anggota.json")["anggota"]
        tutup.tutup_bulan(k.buku, Bulan(2025, 1))  # was refused: periksa_pinjaman_hilang
    with buka(kop, coba=True) as b:
        assert periksa(b) == []
        assert "2025-01" in b.bulan_tutup


# ---- 7. anchors -----------------------------------------------------------------------------------
HEKS = "0123456789abcdef"


def test_jangkar_di_info_laporan_ekspor_rekap(cli, kop, tmp_path):
    import openpyxl

    _kas_masuk(cli, "10000", "2025-01-05")
    _kas_masuk(cli, "2500", "2025-01-06")
    d = js(cli, "info")
    jid, h = d["jangkar"].split(":")
    assert jid == "J000002" and len(h) == 64 and set(h) <= set(HEKS)
    with buka(kop, coba=True) as b:
        assert h == b.cari_entri("J000002")["hash"] == b.kepala["hash"]
        assert b.jangkar() == d["jangkar"]
    assert js(cli, "laporan", "bulanan", "2025-01")["jangkar"] == d["jangkar"]
    ok(cli, "laporan", "bulanan", "2025-01", "-o", str(tmp_path / "b.xlsx"))
    sampul = openpyxl.load_workbook(tmp_path / "b.xlsx")["Sampul"]
    assert d["jangkar"] in [c.value for row in sampul.iter_rows() for c in row]
    ok(cli, "ekspor", "json", "2025", "-o", str(tmp_path / "e.json"))
    e = json.loads((tmp_path / "e.json").read_text())
    assert e["jangkar"] == d["jangkar"] and e["rekap"]["jangkar"] == d["jangkar"]
    r = ok(Cli(None), "rekap", str(kop), "--bulan", "2025-01", "--format", "json")
    assert d["jangkar"] in r.stdout


def test_jangkar_bulan_tutup(cli, kop):
    _kas_masuk(cli, "10000", "2025-01-05")
    _kas_masuk(cli, "2500", "2025-01-06")
    _kas_masuk(cli, "700", "2025-02-03")
    ok(cli, "tutup-buku", "2025-01")
    with buka(kop, coba=True) as b:
        # January's last entry is J000002 (J000003 is February's), whatever was posted after it.
        jan = f"J000002:{b.cari_entri('J000002')['hash']}"
        assert b.jangkar_bulan() == {"2025-01": jan} and b.jangkar_bulan(["2025-02"]) == {}
    d = js(cli, "laporan", "bulanan", "2025-01")
    assert d["jangkar_bulan"] == jan and d["jangkar"].startswith("J000003:")
    assert js(cli, "laporan", "bulanan", "2025-02")["jangkar_bulan"] is None  # not closed


def test_periksa_jangkar_menangkap_salinan_lama(cli, kop, tmp_path):
    """A copy of the files taken before an entry and put back after it: every other check
    passes, the anchor taken after the entry does not."""
    _kas_masuk(cli, "10000", "2025-01-05")
    salinan = tmp_path / "salinan"
    shutil.copytree(kop, salinan)
    _kas_masuk(cli, "2500", "2025-01-06")
    jangkar = js(cli, "info")["jangkar"]
    assert ok(cli, "periksa", "--jangkar", jangkar).exit_code == 0
    shutil.rmtree(kop / "data")
    shutil.copytree(salinan / "data", kop / "data")
    assert ok(cli, "periksa").exit_code == 0  # the rolled-back files agree with each other
    r = cli("periksa", "--jangkar", jangkar)
    assert r.exit_code == 3 and "J000002" in r.stderr
    # A different second entry posted in its place: the id exists, the hash does not match.
    _kas_masuk(cli, "9999", "2025-01-06")
    r = cli("periksa", "--jangkar", jangkar, "--format", "json")
    assert r.exit_code == 3 and "J000002" in json.loads(r.stdout)["temuan"][0]
    r = cli("periksa", "--jangkar", "J2:xyz")
    assert r.exit_code == 2 and "ID:HASH" in r.stderr


# ---- 8. internal errors that become clear refusals ------------------------------------------------
def test_tunggu_kunci_tidak_sah(cli, kop, monkeypatch):
    for nilai in ("abc", "-1", "nan", "1e999"):
        monkeypatch.setenv("KOPERASI_TUNGGU_KUNCI", nilai)
        r = _kas_masuk(cli)
        assert r.exit_code == 1 and "KOPERASI_TUNGGU_KUNCI" in r.stderr and "ValueError" not in r.stderr
    monkeypatch.setenv("KOPERASI_TUNGGU_KUNCI", "5")
    assert _jurnal(kop) == []


def test_komit_rusak_exit_3(cli, kop):
    _kas_masuk(cli)
    komit = kop / "data" / "komit.json"
    komit.write_text('{"txid": "../../x", "berkas": ["/etc/passwd"]}')
    sebelum = isi_folder(kop)
    r = _kas_masuk(cli, "2000", "2025-01-06")
    assert r.exit_code == 3 and "komit" in r.stderr
    assert isi_folder(kop) == sebelum  # the record is kept, for whoever restores the folder
    komit.write_text("{rusak")
    assert cli("info").exit_code == 3


def test_init_tidak_mengubah_izin_folder_berisi(tmp_path):
    from tests.conftest import IDENTITAS

    folder = tmp_path / "bersama"
    folder.mkdir()
    (folder / "catatan.txt").write_text("x")
    folder.chmod(0o755)
    r = Cli(folder)("init", *[a for k, v in IDENTITAS.items() for a in (f"--{k.replace('_', '-')}", str(v))])
    assert r.exit_code == 0, r.output
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755


def test_init_di_dalam_koperasi_lain_ditolak(kop):
    from tests.conftest import IDENTITAS

    anak = kop / "cabang"
    r = Cli(anak)("init", *[a for k, v in IDENTITAS.items() for a in (f"--{k.replace('_', '-')}", str(v))])
    assert r.exit_code == 1 and str(kop) in r.stderr
    assert not anak.exists()


# ---- properties ---------------------------------------------------------------------------------
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_NAMA = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-_.", min_size=1, max_size=12).filter(
    lambda s: s not in (".", ".."))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(bagian=st.lists(_NAMA, min_size=1, max_size=3), lewat_luar=st.booleans())
def test_sifat_keluaran_di_data_selalu_ditolak(kop, bagian, lewat_luar):
    """Any path under data/, spelled directly or through `..` from a sibling folder, is refused;
    the same names outside the cooperative's folder are allowed."""
    from koperasi_cli.core.galat import Galat
    from koperasi_cli.ledger.berkas import cek_keluaran

    dasar = (kop.parent / "lain" / ".." / kop.name) if lewat_luar else kop
    with pytest.raises(Galat) as g:
        cek_keluaran(dasar / "data" / Path(*bagian))
    assert g.value.kode in ("keluaran_dalam_buku", "keluaran_bukan_berkas")
    luar = kop.parent / "luar"
    luar.mkdir(exist_ok=True)
    assert cek_keluaran(luar / bagian[-1]) == luar / bagian[-1]


@settings(max_examples=200, deadline=None)
@given(teks=st.text(max_size=80))
def test_sifat_jangkar_acak_tidak_pernah_traceback(teks):
    from koperasi_cli.core.galat import PEMAKAIAN, Galat
    from koperasi_cli.ledger.periksa import parse_jangkar

    try:
        seq, h = parse_jangkar(teks)
        assert seq >= 0 and len(h) == 64
    except Galat as g:
        assert g.kode == "jangkar_tidak_sah" and g.keluar == PEMAKAIAN
