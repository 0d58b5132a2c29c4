"""Deposits and withdrawals: balanced entries tagged with the member, refusals that write nothing."""

from __future__ import annotations

import json

from anggota_bantu import js, modal, neraca, ok, tambah
from conftest import buka, isi_folder


def test_setor_tiap_jenis_dan_saldo(cli, kop):
    tambah(cli, "Budi", 1)  # pokok 100.000 on 2025-01-10
    h = js(cli, "simpanan", "setor", "1", "wajib", "60rb", "--tanggal", "2025-01-20")
    assert h["bulan"] == ["2025-01", "2025-02", "2025-03"] and h["entri"] == "J000002"
    js(cli, "simpanan", "setor", "0001", "sukarela", "Rp 1.250.000", "--tanggal", "2025-01-21", "--bukti", "K-7")
    assert js(cli, "simpanan", "saldo", "1") == {"no": "0001", "pokok": 100_000, "wajib": 60_000, "sukarela": 1_250_000}
    # Every savings posting carries the member; cash does not need to.
    with buka(kop, coba=True) as buku:
        for r in buku.entri():
            for b in r["baris"]:
                if b["akun"] in ("3101", "3102", "2102"):
                    assert b["anggota"] == "0001"
                assert b["akun"] in ("1101", "3101", "3102", "2102")
        assert buku.cari_entri("J000003")["bukti"] == "K-7"
    # Cash 100.000 + 60.000 + 1.250.000 = 1.410.000.
    assert neraca(cli) == {"1101": 1_410_000, "3101": -100_000, "3102": -60_000, "2102": -1_250_000}


def test_tarik_sukarela_dan_saldo_per_tanggal(cli):
    tambah(cli, "Budi", 1)
    ok(cli, "simpanan", "setor", "1", "sukarela", "500rb", "--tanggal", "2025-02-01")
    h = js(cli, "simpanan", "tarik", "1", "sukarela", "200rb", "--tanggal", "2025-02-10")
    assert h["saldo"]["sukarela"] == 300_000
    assert js(cli, "simpanan", "saldo", "1", "--per", "2025-02-05")["sukarela"] == 500_000
    assert js(cli, "simpanan", "saldo", "1")["sukarela"] == 300_000


def test_tarik_melebihi_saldo_ditolak_dengan_saldo_dan_tanpa_menulis(cli, kop):
    modal(cli)
    tambah(cli, "Budi", 1)
    ok(cli, "simpanan", "setor", "1", "sukarela", "300rb", "--tanggal", "2025-02-01")
    ok(cli, "simpanan", "tarik", "1", "sukarela", "250rb", "--tanggal", "2025-03-01")
    sebelum = isi_folder(kop)
    r = cli("simpanan", "tarik", "1", "sukarela", "100rb", "--tanggal", "2025-03-02")
    assert r.exit_code == 1
    assert "Rp 50.000" in r.stderr and "Rp 100.000" in r.stderr and "0001 (Budi)" in r.stderr
    # A withdrawal dated before a later one may not take money that later one used either.
    r = cli("simpanan", "tarik", "1", "sukarela", "100rb", "--tanggal", "2025-02-15", lang="en")
    assert r.exit_code == 1 and "holds only Rp 50,000" in r.stderr  # English grouping
    assert isi_folder(kop) == sebelum


def test_pokok_dan_wajib_tidak_bisa_ditarik_anggota_aktif(cli, kop):
    modal(cli)
    tambah(cli, "Budi", 1)
    ok(cli, "simpanan", "setor", "1", "wajib", "20rb", "--tanggal", "2025-01-20")
    sebelum = isi_folder(kop)
    for jenis in ("pokok", "wajib"):
        r = cli("simpanan", "tarik", "1", jenis, "10rb", "--tanggal", "2025-02-01")
        assert r.exit_code == 1 and "hanya bisa diambil saat keluar" in r.stderr
    r = cli("simpanan", "tarik", "1", "wajib", "10rb", lang="en")
    assert r.exit_code == 1 and "only be taken out on leaving" in r.stderr
    assert isi_folder(kop) == sebelum


def test_tarik_ditolak_bila_kas_tidak_cukup(cli, kop):
    tambah(cli, "Budi", 1)
    ok(cli, "simpanan", "setor", "1", "sukarela", "300rb", "--tanggal", "2025-02-01")
    # Cash 1101 holds 400.000 (pokok + sukarela); the bank account 1104 holds nothing.
    sebelum = isi_folder(kop)
    r = cli("simpanan", "tarik", "1", "sukarela", "250rb", "--kas", "1104", "--tanggal", "2025-02-02")
    assert r.exit_code == 1 and "1104" in r.stderr
    assert isi_folder(kop) == sebelum


def test_pokok_tidak_melebihi_ketentuan_dan_wajib_harus_kelipatan(cli, kop):
    tambah(cli, "Budi", 1, extra=("--tanpa-pokok",))
    ok(cli, "simpanan", "setor", "1", "pokok", "60rb", "--tanggal", "2025-01-11")
    sebelum = isi_folder(kop)
    r = cli("simpanan", "setor", "1", "pokok", "50rb", "--tanggal", "2025-01-12")
    assert r.exit_code == 1 and "Rp 40.000" in r.stderr  # 100.000 - 60.000 remains
    r = cli("simpanan", "setor", "1", "wajib", "30rb", "--tanggal", "2025-01-12")
    assert r.exit_code == 1 and "kelipatan" in r.stderr
    r = cli("simpanan", "setor", "1", "emas", "30rb")
    assert r.exit_code == 1 and "pokok, wajib, sukarela" in r.stderr
    r = cli("simpanan", "setor", "1", "sukarela", "1,5")
    assert r.exit_code == 1
    r = cli("simpanan", "setor", "1", "sukarela", "10rb", "--tanggal", "2025-01-05")  # before joining
    assert r.exit_code == 1 and "2025-01-10" in r.stderr
    assert isi_folder(kop) == sebelum
    ok(cli, "simpanan", "setor", "1", "pokok", "40rb", "--tanggal", "2025-01-12")


def test_dry_run_setor_tidak_menulis(cli, kop):
    tambah(cli, "Budi", 1)
    sebelum = isi_folder(kop)
    r = ok(cli, "simpanan", "setor", "1", "wajib", "40rb", "--tanggal", "2025-01-20", "--dry-run")
    assert "Akan dicatat" in r.stdout and "2025-01..2025-02" in r.stdout
    assert isi_folder(kop) == sebelum


def test_anggota_keluar_tidak_bisa_menyetor(cli):
    tambah(cli, "Budi", 1)
    ok(cli, "anggota", "keluar", "1", "--tanggal", "2025-02-01")
    r = cli("simpanan", "setor", "1", "sukarela", "10rb")
    assert r.exit_code == 1 and "tidak aktif" in r.stderr


def test_saldo_semua_anggota(cli):
    tambah(cli, "Budi", 1)
    tambah(cli, "Sari", 2, perempuan=True)
    ok(cli, "simpanan", "setor", "2", "sukarela", "75rb", "--tanggal", "2025-01-20")
    d = json.loads(ok(cli, "simpanan", "saldo", "--format", "json").stdout)
    assert [(a["no"], a["pokok"], a["sukarela"]) for a in d["anggota"]] == [("0001", 100_000, 0), ("0002", 100_000, 75_000)]
    assert d["total"]["jumlah"] == 275_000 and d["cocok"]
