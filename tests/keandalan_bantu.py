"""Helpers for the trust suites (tests/test_keandalan_*.py): a small book with something in
every unit, the list of every writing command, a canonical snapshot of the books, and a way to
run one command in a forked child (fast: no interpreter start) that may be killed mid-write."""

from __future__ import annotations

import os
import shutil
import signal
from pathlib import Path

import orjson

from tests.anggota_bantu import nik
from tests.conftest import buka

NIK_LPG = nik(77, perempuan=True)


def siapkan_buku(akar: Path) -> None:
    """Members, savings, two loans, items, a credit purchase and a credit sale, in Jan 2025."""
    def ok(*args):
        jalankan(akar, list(args))

    ok("kas", "masuk", "50jt", "--akun", "3104", "--ket", "Hibah", "--tanggal", "2025-01-02")
    for i, nama in enumerate(["Ni Made Sari", "I Wayan Budi", "Ketut Arta"], start=1):
        ok("anggota", "tambah", "--nama", nama, "--nik", nik(i, perempuan=i == 1), "--jenis-kelamin",
           "P" if i == 1 else "L", "--alamat", "Jl. Gunung Agung 1", "--tanggal", "2025-01-10")
    ok("simpanan", "setor", "1", "sukarela", "2jt", "--tanggal", "2025-01-15")
    ok("simpanan", "setor", "2", "sukarela", "500rb", "--tanggal", "2025-01-15")
    ok("pinjaman", "cair", "1", "5jt", "--tenor", "10", "--tanggal", "2025-01-10")
    ok("pinjaman", "cair", "2", "1jt", "--tenor", "3", "--tanggal", "2025-01-10")
    ok("sembako", "barang", "tambah", "--kode", "BRS5", "--nama", "Beras Premium 5 kg", "--satuan", "karung",
       "--harga-jual", "75000", "--berlaku", "2025-01-01")
    ok("sembako", "barang", "tambah", "--kode", "LPG3", "--nama", "LPG 3 kg", "--satuan", "tabung",
       "--harga-jual", "18000", "--kategori", "lpg", "--het", "18000", "--berlaku", "2025-01-01")
    ok("sembako", "beli", "BRS5", "20", "68000", "--pemasok", "UD Maju", "--kredit", "--tanggal", "2025-01-03")
    ok("sembako", "beli", "LPG3", "20", "16000", "--tanggal", "2025-01-03")
    ok("sembako", "jual", "BRS5:2", "--anggota", "1", "--kredit", "--tanggal", "2025-01-05")
    ok("sembako", "jual", "LPG3:1", "--nik", NIK_LPG, "--kategori-pembeli", "rumah tangga", "--tanggal", "2025-01-06")


# name -> (set-up commands run first on the copy, the command under test)
_T = ("--tanggal",)
PERINTAH: dict[str, tuple[list[list[str]], list[str]]] = {
    "kas-masuk": ([], ["kas", "masuk", "250rb", "--akun", "4402", "--ket", "Sewa", *_T, "2025-02-03"]),
    "kas-keluar": ([], ["kas", "keluar", "40rb", "--akun", "6104", "--ket", "ATK", *_T, "2025-02-04"]),
    "kas-cek": ([], ["kas", "cek", "1jt", "--catat-selisih", *_T, "2025-02-06"]),
    "jurnal-catat": ([], ["jurnal", "catat", "--debit", "6104=15rb", "--kredit", "1101=15rb", "--ket", "Fotokopi",
                          *_T, "2025-02-07"]),
    "jurnal-batal": ([], ["jurnal", "batal", "J000001", "--ket", "uji", *_T, "2025-02-05"]),
    "anggota-tambah": ([], ["anggota", "tambah", "--nama", "Komang Ayu", "--nik", nik(9, perempuan=True),
                            "--jenis-kelamin", "P", "--alamat", "Jl. Nangka 2", *_T, "2025-02-08"]),
    "anggota-ubah": ([], ["anggota", "ubah", "2", "--alamat", "Jl. Nangka 9", "--ket", "pindah", *_T, "2025-02-08"]),
    "anggota-keluar": ([], ["anggota", "keluar", "3", "--bayar", *_T, "2025-02-09"]),
    "simpanan-setor": ([], ["simpanan", "setor", "2", "wajib", "20rb", *_T, "2025-02-10"]),
    "simpanan-tarik": ([], ["simpanan", "tarik", "1", "sukarela", "100rb", *_T, "2025-02-10"]),
    "simpanan-tagih-wajib": ([], ["simpanan", "tagih-wajib", "2025-02", "--bayar", *_T, "2025-02-11"]),
    "simpanan-jasa": ([], ["simpanan", "jasa", "2025-02", "--bunga-tahunan", "3"]),
    "pinjaman-cair": ([], ["pinjaman", "cair", "3", "2jt", "--tenor", "5", *_T, "2025-02-12"]),
    "pinjaman-angsur": ([], ["pinjaman", "angsur", "PJ00001", "575rb", *_T, "2025-02-10"]),
    "pinjaman-lunasi": ([], ["pinjaman", "lunasi", "PJ00001", *_T, "2025-02-13"]),
    "pinjaman-cadangkan": ([], ["pinjaman", "cadangkan", "2025-06"]),
    "pinjaman-hapus-buku": ([["pinjaman", "cadangkan", "2025-11"]],
                            ["pinjaman", "hapus-buku", "PJ00002", *_T, "2025-12-01"]),
    "barang-tambah": ([], ["sembako", "barang", "tambah", "--kode", "GLA1", "--nama", "Gula 1 kg", "--satuan", "kg",
                           "--harga-jual", "18000", "--berlaku", "2025-02-01"]),
    "barang-ubah": ([], ["sembako", "barang", "ubah", "BRS5", "--harga-jual", "77000", "--berlaku", "2025-02-01"]),
    "beli": ([], ["sembako", "beli", "BRS5", "5", "69000", *_T, "2025-02-14"]),
    "jual": ([], ["sembako", "jual", "BRS5:1", *_T, "2025-02-15"]),
    "bayar-piutang": ([], ["sembako", "bayar-piutang", "1", "50rb", *_T, "2025-02-16"]),
    "bayar-pemasok": ([], ["sembako", "bayar-pemasok", "UD Maju", "300rb", *_T, "2025-02-17"]),
    "opname": ([], ["sembako", "opname", "BRS5", "17", *_T, "2025-02-18"]),
    "tutup-buku": ([], ["tutup-buku", "2025-01"]),
    "tutup-buku-buka-kembali": ([["tutup-buku", "2025-01"]], ["tutup-buku", "2025-01", "--buka-kembali", "--alasan", "uji"]),
    "tutup-tahun": ([], ["tutup-buku", "--tahun", "2025"]),
}


def jalankan(akar: Path, args: list[str], kode: int = 0):
    """Run one command in-process (the command tree loads what it runs, as `koperasi` does);
    fail loudly on another exit code."""
    from click.testing import CliRunner
    from conftest import perintah_cli

    from koperasi_cli import i18n

    i18n.atur_bahasa("id")
    r = CliRunner().invoke(perintah_cli("id"), ["-C", str(akar), *args], catch_exceptions=False)
    assert r.exit_code == kode, (args, r.output)
    return r


def salin(asal: Path, tujuan: Path) -> Path:
    if tujuan.exists():
        shutil.rmtree(tujuan)
    shutil.copytree(asal, tujuan)
    return tujuan


def _tanpa_waktu(x):
    """Drop the wall-clock stamps (they differ between two runs of the same command)."""
    if isinstance(x, dict):
        return {k: _tanpa_waktu(v) for k, v in x.items() if k not in ("dicatat", "waktu", "diubah_pada", "dibuat")}
    if isinstance(x, list):
        return [_tanpa_waktu(v) for v in x]
    return x


def potret(akar: Path) -> dict:
    """The canonical state: trial balance, entry count, closed months, every entry without its
    recording time, and every master table; opening the books recovers an interrupted write,
    and `periksa` must pass."""
    from koperasi_cli.layanan.periksa import periksa

    with buka(akar, coba=True) as b:
        temuan = periksa(b)
        assert temuan == [], [str(g.kode) for g in temuan]
        entri = [{k: v for k, v in r.items() if k not in ("dicatat", "hash", "sebelum")} for r in b.entri()]
        keadaan = {"neraca_saldo": b.saldo_akun(), "n": b.jumlah_entri, "tutup": sorted(b.kepala["tutup"]),
                   "entri": entri}
    for p in sorted((akar / "data").glob("*.json")):
        if p.name not in ("kepala.json", "komit.json"):
            keadaan[p.name] = _tanpa_waktu(orjson.loads(p.read_bytes()))
    assert not list(akar.rglob("*.tmp"))
    assert not (akar / "data" / "komit.json").exists()
    return keadaan


def anak(akar: Path, args: list[str], env: dict[str, str] | None = None) -> int:
    """Fork; the child runs the command in-process with `env` added and exits. Returns the pid."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        kode = 70
        try:
            nul = os.open(os.devnull, os.O_WRONLY)
            os.dup2(nul, 1)
            os.dup2(nul, 2)
            for k in [k for k in os.environ if k.startswith("KOPERASI_")]:
                del os.environ[k]
            os.environ.update(env or {})
            from koperasi_cli.cli.main import main

            try:
                main(["-C", str(akar), *args])
                kode = 0
            except SystemExit as e:
                kode = e.code if isinstance(e.code, int) else 1
        finally:
            os._exit(kode)
    return pid


def tunggu(pid: int) -> int:
    """The child's exit code, or minus the signal that killed it."""
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        return -os.WTERMSIG(status)
    return os.WEXITSTATUS(status)


def bunuh(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
