"""`koperasi cadangan` (backup) and `koperasi pulihkan` (restore): a round trip keeps the anchor
and passes periksa; a tampered archive, a path-traversal member and a non-empty target are
refused, leaving nothing behind."""

from __future__ import annotations

import io
import json
import stat
import tarfile

from anggota_bantu import Lib, js, ok
from conftest import Cli, isi_folder


def _isi(kop) -> None:
    with Lib(kop) as k:
        k.modal()  # J000001: a grant of 50.000.000 in cash
        k.tambah("Budi", 1)  # J000002: simpanan pokok 100.000
        k.setor("1", "sukarela", 250_000, "2025-01-20")  # J000003


def _anggota(arsip):
    with tarfile.open(arsip, "r:gz") as tar:
        return {m.name: tar.extractfile(m).read() for m in tar if m.isfile()}


def _tulis_ulang(arsip, isi: dict[str, bytes], tambahan: list[tarfile.TarInfo] = ()) -> None:
    with tarfile.open(arsip, "w:gz") as tar:
        for t in tambahan:
            tar.addfile(t, io.BytesIO(b"x" * t.size) if t.isfile() else None)
        for nama, b in isi.items():
            ti = tarfile.TarInfo(nama)
            ti.size = len(b)
            tar.addfile(ti, io.BytesIO(b))


def test_cadangan_lalu_pulihkan_jangkar_sama_dan_periksa_lulus(cli, kop, tmp_path):
    _isi(kop)
    jangkar = js(cli, "info")["jangkar"]
    arsip = tmp_path / "cadangan.tar.gz"
    h = js(cli, "cadangan", "-o", str(arsip))
    assert h["jangkar"] == jangkar and h["jumlah_entri"] == 3
    assert stat.S_IMODE(arsip.stat().st_mode) == 0o600
    isi = _anggota(arsip)
    m = json.loads(isi["manifes-cadangan.json"])
    assert m["jangkar"] == jangkar and set(m["berkas"]) == set(isi) - {"manifes-cadangan.json"}
    assert "data/kunci" not in isi and not any(n.endswith(".tmp") for n in isi)
    tujuan = tmp_path / "pulih"
    r = Cli(None)("pulihkan", str(arsip), str(tujuan))
    assert r.exit_code == 0, r.output
    assert jangkar in r.stdout and "periksa' lulus" in r.stdout
    assert stat.S_IMODE(tujuan.stat().st_mode) == 0o700
    assert stat.S_IMODE((tujuan / "data" / "kepala.json").stat().st_mode) == 0o600
    asli = {k: v for k, v in isi_folder(kop).items()}
    assert {k: v for k, v in isi_folder(tujuan).items()} == asli
    assert js(Cli(tujuan), "info")["jangkar"] == jangkar
    ok(Cli(tujuan), "periksa", "--jangkar", jangkar)
    # Restored books work: a new entry follows the chain.
    ok(Cli(tujuan), "kas", "masuk", "10rb", "--akun", "3104", "--ket", "Hibah", "--tanggal", "2025-01-21")
    # Into an existing, empty folder too.
    kosong = tmp_path / "kosong"
    kosong.mkdir()
    ok(Cli(None), "pulihkan", str(arsip), str(kosong))


def test_cadangan_ditolak_di_dalam_folder_buku_dan_akhiran_lain(cli, kop, tmp_path):
    r = cli("cadangan", "-o", str(kop / "cadangan.tar.gz"))
    assert r.exit_code == 1 and "di dalam folder buku" in r.stderr
    r = cli("cadangan", "-o", str(tmp_path / "cadangan.zip"), lang="en")
    assert r.exit_code == 1 and ".tar.gz" in r.stderr
    assert not (kop / "cadangan.tar.gz").exists() and not (tmp_path / "cadangan.zip").exists()


def _tolak(tmp_path, arsip, kata: str):
    tujuan = tmp_path / "pulih"
    sebelum = sorted(p.name for p in tmp_path.iterdir())
    r = Cli(None)("pulihkan", str(arsip), str(tujuan))
    assert r.exit_code == 1, r.output
    assert kata in r.stderr and "tidak ada yang dipulihkan" in r.stderr and "Traceback" not in r.output
    assert not tujuan.exists() and sorted(p.name for p in tmp_path.iterdir()) == sebelum  # nothing left behind


def test_arsip_diubah_ditolak(cli, kop, tmp_path):
    _isi(kop)
    arsip = tmp_path / "c.tar.gz"
    ok(cli, "cadangan", "-o", str(arsip))
    isi = _anggota(arsip)
    isi["data/anggota.json"] = isi["data/anggota.json"].replace(b"Budi", b"Badu")
    _tulis_ulang(arsip, isi)
    _tolak(tmp_path, arsip, "data/anggota.json")
    # A file left out of the archive, or one that is not in the manifest: refused too.
    del isi["data/anggota.json"]
    _tulis_ulang(arsip, isi)
    _tolak(tmp_path, arsip, "data/anggota.json")
    # A damaged (truncated) archive.
    ok(cli, "cadangan", "-o", str(arsip))
    arsip.write_bytes(arsip.read_bytes()[:300])
    _tolak(tmp_path, arsip, "tidak bisa dibaca")


def test_anggota_keluar_folder_ditolak(cli, kop, tmp_path):
    arsip = tmp_path / "c.tar.gz"
    ok(cli, "cadangan", "-o", str(arsip))
    isi = _anggota(arsip)
    for nama in ("../jahat.txt", "/etc/jahat", "data/../../jahat"):
        t = tarfile.TarInfo(nama)
        t.size = 1
        _tulis_ulang(arsip, isi, [t])
        _tolak(tmp_path, arsip, "Arsip ditolak")
        assert not (tmp_path / "jahat.txt").exists() and not (tmp_path.parent / "jahat").exists()
    tautan = tarfile.TarInfo("data/tautan.json")
    tautan.type, tautan.linkname = tarfile.SYMTYPE, "/etc/passwd"
    _tulis_ulang(arsip, isi, [tautan])
    _tolak(tmp_path, arsip, "Arsip ditolak")


def test_folder_tujuan_berisi_ditolak(cli, kop, tmp_path):
    arsip = tmp_path / "c.tar.gz"
    ok(cli, "cadangan", "-o", str(arsip))
    tujuan = tmp_path / "isi"
    tujuan.mkdir()
    (tujuan / "catatan.txt").write_text("milik pengguna")
    r = Cli(None)("pulihkan", str(arsip), str(tujuan))
    assert r.exit_code == 1 and "tidak kosong" in r.stderr
    assert sorted(p.name for p in tujuan.iterdir()) == ["catatan.txt"]
    r = Cli(None)("pulihkan", str(arsip), str(kop))
    assert r.exit_code == 1 and "tidak kosong" in r.stderr


def test_periksa_gagal_menyarankan_pulihkan(cli, kop):
    _isi(kop)
    p = kop / "data" / "anggota.json"
    p.write_bytes(p.read_bytes().replace(b"Budi", b"Badu"))
    r = cli("periksa")
    assert r.exit_code == 3 and "koperasi pulihkan" in r.stderr
