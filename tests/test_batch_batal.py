"""Batch ids (one per command's unit of work), `jurnal batal --batch`, the confirmation of bulk
commands on a terminal, and Ctrl-C (exit 130; `init` and `demo` leave nothing behind)."""

from __future__ import annotations

import json

import pytest

from anggota_bantu import Lib, js, neraca, ok
from conftest import isi_folder


def _tiga_anggota(kop) -> None:
    # Three members join on 2025-01-10, each paying simpanan pokok 100.000 in cash
    # (J000001..J000003, one batch: one unit of work).
    with Lib(kop) as k:
        for i, nama in enumerate(["Budi", "Sari", "Komang"], start=1):
            k.tambah(nama, i, perempuan=(nama == "Sari"))


def test_tagih_wajib_dibatalkan_dengan_satu_batch(cli, kop):
    _tiga_anggota(kop)
    sebelum = neraca(cli)
    # Before: cash 1101 = 3 x 100.000 = 300.000; simpanan wajib 3102 = 0.
    assert sebelum["1101"] == 300_000 and sebelum["3102"] == 0
    h = js(cli, "simpanan", "tagih-wajib", "2025-03", "--bayar", "--tanggal", "2025-03-25")
    # Each member owes January..March: 3 x 20.000 = 60.000; three members: 180.000 in one batch.
    assert h["total_dibayar"] == 180_000 and len(h["entri"]) == 3
    batch = h["batch"]
    assert batch == "B000004"  # the batch is named after its first entry, J000004
    sesudah = neraca(cli)
    assert sesudah["1101"] == 300_000 + 180_000 and sesudah["3102"] == -180_000
    for id_ in h["entri"]:
        assert js(cli, "jurnal", "lihat", id_)["batch"] == batch
    daftar = js(cli, "jurnal", "daftar", "2025")
    assert [e["batch"] for e in daftar["entri"]] == ["B000001"] * 3 + [batch] * 3

    b = js(cli, "jurnal", "batal", "--batch", batch, "--ket", "salah tagih", "--tanggal", "2025-03-26")
    # One reversing entry each, last first (J000007 reverses J000006, ...), all in one new batch.
    assert b["dibatalkan"] == ["J000004", "J000005", "J000006"]
    assert b["entri"] == ["J000007", "J000008", "J000009"] and b["batch"] == "B000007"
    assert b["jumlah"] == 3 and b["total"] == 180_000 and b["batch_dibatalkan"] == batch
    # Balances back to before: cash 480.000 - 180.000 = 300.000; wajib -180.000 + 180.000 = 0.
    kembali = neraca(cli)
    assert kembali["1101"] == 300_000 and kembali["3102"] == 0
    # The months are unpaid again: the bill is the same as before (3 x 60.000 = 180.000).
    assert js(cli, "simpanan", "tagih-wajib", "2025-03")["total"] == 180_000


def test_batal_batch_ditolak_tanpa_menulis(cli, kop):
    _tiga_anggota(kop)
    ok(cli, "jurnal", "batal", "J000002", "--ket", "salah", "--tanggal", "2025-01-11")
    awal = isi_folder(kop)
    r = cli("jurnal", "batal", "--batch", "B000001", "--ket", "lagi", "--tanggal", "2025-01-12")
    assert r.exit_code == 1 and "J000002" in r.stderr and "J000004" in r.stderr and "Traceback" not in r.output
    r = cli("jurnal", "batal", "--batch", "B000099", "--ket", "x", lang="en")
    assert r.exit_code == 1 and "Batch B000099 not found" in r.stderr
    r = cli("jurnal", "batal", "--batch", "X12", "--ket", "x")
    assert r.exit_code == 1 and "bukan nomor batch" in r.stderr
    r = cli("jurnal", "batal", "J000001", "--batch", "B000001", "--ket", "x")
    assert r.exit_code == 2 and "tidak keduanya" in r.stderr
    r = cli("jurnal", "batal", "--ket", "x")
    assert r.exit_code == 2
    assert isi_folder(kop) == awal


def test_batal_batch_di_bulan_tutup_ditolak(cli, kop):
    _tiga_anggota(kop)
    ok(cli, "tutup-buku", "2025-01")
    awal = isi_folder(kop)
    r = cli("jurnal", "batal", "--batch", "B000001", "--ket", "x", "--tanggal", "2025-02-01")
    assert r.exit_code == 1 and "2025-01" in r.stderr and "ditutup" in r.stderr
    assert isi_folder(kop) == awal


def test_batch_dry_run_tidak_menulis_dan_batch_di_json_pencatatan(cli, kop):
    _tiga_anggota(kop)
    awal = isi_folder(kop)
    h = js(cli, "jurnal", "batal", "--batch", "B000001", "--ket", "x", "--tanggal", "2025-01-12", "--dry-run")
    assert h["coba"] is True and h["jumlah"] == 3
    assert isi_folder(kop) == awal
    r = js(cli, "kas", "masuk", "50rb", "--akun", "3104", "--ket", "Hibah", "--tanggal", "2025-01-12")
    assert r["id"] == "J000004" and r["batch"] == "B000004"


def test_konfirmasi_di_terminal(cli, kop):
    from koperasi_cli import lingkungan

    _tiga_anggota(kop)
    awal = isi_folder(kop)
    lama = lingkungan.atur(lingkungan.Lingkungan(stdin_tty=True))  # a person at a terminal
    try:
        _konfirmasi(cli, kop, awal)
    finally:
        lingkungan.atur(lama)


def _konfirmasi(cli, kop, awal):
    r = cli("simpanan", "tagih-wajib", "2025-02", "--bayar", "--tanggal", "2025-02-25", input="n\n")
    # 3 members x 2 months x 20.000 = 120.000 in 3 entries.
    assert r.exit_code == 1 and "3 jurnal, total Rp 120.000" in r.stderr and "tidak ada yang ditulis" in r.stderr
    assert isi_folder(kop) == awal
    r = cli("simpanan", "tagih-wajib", "2025-02", "--bayar", "--tanggal", "2025-02-25", input="y\n")
    assert r.exit_code == 0, r.output
    assert neraca(cli)["3102"] == -120_000
    # --ya asks nothing: a second command for March posts 3 x 20.000 = 60.000 more.
    r = cli("simpanan", "tagih-wajib", "2025-03", "--bayar", "--tanggal", "2025-03-25", "--ya")
    assert r.exit_code == 0 and "Lanjutkan" not in r.output
    assert neraca(cli)["3102"] == -180_000


def test_ctrl_c_sebelum_dan_sesudah_komit(cli, kop, monkeypatch):
    from koperasi_cli.ledger import berkas

    awal = isi_folder(kop)
    asli = berkas._titik_uji

    def ctrl_c_di(langkah):
        def f(x):
            asli(x)
            if x == langkah:
                raise KeyboardInterrupt
        return f

    monkeypatch.setattr(berkas, "_titik_uji", ctrl_c_di("tmp"))
    r = cli("kas", "masuk", "50rb", "--akun", "3104", "--ket", "Hibah", "--tanggal", "2025-01-12")
    assert r.exit_code == 130 and "Dibatalkan; tidak ada yang ditulis." in r.stderr
    ok(cli, "periksa")
    assert isi_folder(kop) == awal  # not even the write's temporary files are left
    monkeypatch.setattr(berkas, "_titik_uji", ctrl_c_di("ganti"))
    r = cli("kas", "masuk", "50rb", "--akun", "3104", "--ket", "Hibah", "--tanggal", "2025-01-12")
    assert r.exit_code == 4 and "SUDAH tercatat" in r.stderr


def test_ctrl_c_saat_init_tidak_meninggalkan_folder(tmp_path, monkeypatch):
    from conftest import Cli
    from koperasi_cli.ledger import berkas

    def ctrl_c(x):
        if x == "komit":
            raise KeyboardInterrupt

    monkeypatch.setattr(berkas, "_titik_uji", ctrl_c)
    akar = tmp_path / "baru"
    r = Cli(akar)("init", "--nama", "KDMP Uji", "--desa", "Tegal Harum", "--kecamatan", "Denpasar Barat",
                  "--kabupaten", "Kota Denpasar", "--provinsi", "Bali", "--kode-wilayah", "51.71.03.2008",
                  "--mulai", "2025-01-01", "--unit", "sembako")
    assert r.exit_code == 130, r.output
    assert not akar.exists()


def test_ctrl_c_saat_demo_subproses(tmp_path):
    """A real SIGINT in the middle of `koperasi demo` (paused at its write steps by the test hook):
    exit 130, the message, and no folder or workbook left."""
    import signal
    import subprocess
    import sys
    import time

    from conftest import env_subproses

    env = env_subproses(KOPERASI_UJI_JEDA="0.15")
    # SIGINT back to its default in the child: a suite started in the background (`pytest &`)
    # passes SIGINT ignored down, and Python then never turns it into KeyboardInterrupt.
    p = subprocess.Popen([sys.executable, "-m", "koperasi_cli", "demo", "demo", "--tanpa-laporan"], cwd=tmp_path,
                         env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    batas = time.monotonic() + 30
    while not (tmp_path / "demo" / "data").exists() and time.monotonic() < batas:
        time.sleep(0.05)
    time.sleep(0.3)  # inside the init or first month's write (each step pauses 0.15 s)
    p.send_signal(signal.SIGINT)
    _out, err = p.communicate(timeout=60)
    assert p.returncode == 130, err
    assert "Dibatalkan; tidak ada yang ditulis." in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_batch_sifat_setiap_perintah_dibatalkan_utuh(tmp_path_factory):
    """Hypothesis: books made of several commands (units of work) of varying sizes; reversing
    any one batch leaves exactly the other commands' totals, and its entries are exactly that
    command's."""
    from datetime import date

    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from conftest import IDENTITAS
    from koperasi_cli.core.jurnal import Baris, Entri
    from koperasi_cli.layanan.jurnal import batal_batch
    from koperasi_cli.layanan.koperasi import daftarkan_koperasi
    from koperasi_cli.ledger.buku import Buku

    import shutil

    contoh = tmp_path_factory.mktemp("contoh") / "kop"
    daftarkan_koperasi(contoh, dict(IDENTITAS))  # registered once, copied for each example

    @settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.lists(st.lists(st.integers(1, 10_000_000), min_size=1, max_size=4), min_size=1, max_size=3), st.data())
    def sifat(perintah, data):
        akar = tmp_path_factory.mktemp("sifat") / "kop"
        shutil.copytree(contoh, akar)
        batch = []
        for i, jumlah in enumerate(perintah):
            with Buku.buka(akar) as buku:
                rs = buku.catat([Entri(date(2025, 1, 2 + i), (Baris("1101", debit=n), Baris("3104", kredit=n)), "hibah")
                                 for n in jumlah])
            batch.append((rs[0]["batch"], [r["id"] for r in rs]))
        pilih_ = data.draw(st.integers(0, len(perintah) - 1))
        bid, ids = batch[pilih_]
        with Buku.buka(akar) as buku:
            assert [r["id"] for r in buku.entri_batch(bid)] == ids
            h = batal_batch(buku, bid, "uji", tanggal=date(2025, 1, 20))
        assert h["dibatalkan"] == ids and h["total"] == sum(perintah[pilih_])
        with Buku.buka(akar, coba=True) as buku:
            saldo = buku.saldo_akun()
        # Cash = the sum of every other command's amounts (the chosen one is reversed to nil).
        sisa = sum(sum(j) for k, j in enumerate(perintah) if k != pilih_)
        assert saldo["1101"][0] - saldo["1101"][1] == sisa

    sifat()


def test_ctrl_c_di_pertanyaan_keluar_130(cli, kop, monkeypatch):
    """Ctrl-C at a prompt (Click turns it into Abort) exits 130 like Ctrl-C elsewhere."""
    import typer

    from koperasi_cli import lingkungan

    _tiga_anggota(kop)
    awal = isi_folder(kop)

    def ctrl_c(*a, **kw):
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt:
            import click

            raise click.exceptions.Abort() from None

    monkeypatch.setattr(typer, "confirm", ctrl_c)
    lama = lingkungan.atur(lingkungan.Lingkungan(stdin_tty=True))
    try:
        r = cli("simpanan", "tagih-wajib", "2025-02", "--bayar", "--tanggal", "2025-02-25")
    finally:
        lingkungan.atur(lama)
    assert r.exit_code == 130 and "Dibatalkan; tidak ada yang ditulis." in r.stderr
    assert isi_folder(kop) == awal
