"""A member leaves: savings of each kind move to the payable 2112 and are paid out; refused with a loan."""

from __future__ import annotations

from datetime import date

from anggota_bantu import Lib, js, neraca, ok, tambah
from conftest import buka, isi_folder


def _isi(cli) -> None:
    """Budi: pokok 100.000, wajib 60.000 (January..March), sukarela 250.000; cash 50.000.000 besides."""
    with Lib(cli.akar) as k:
        k.modal()
        k.tambah("Budi", 1)
        k.setor("1", "wajib", 60_000, "2025-01-20")
        k.setor("1", "sukarela", 250_000, "2025-01-21")


def test_keluar_memindahkan_semua_jenis_ke_utang_lalu_dibayar(cli, kop):
    _isi(cli)
    h = js(cli, "anggota", "keluar", "1", "--tanggal", "2025-04-30", "--ket", "pindah ke luar kota")
    # 100.000 + 60.000 + 250.000 = 410.000 owed to Budi.
    assert h["pindah"] == {"pokok": 100_000, "wajib": 60_000, "sukarela": 250_000, "jumlah": 410_000}
    assert h["dibayar"] == 0 and h["entri"] == ["J000005"]
    with buka(kop, coba=True) as buku:
        r = buku.cari_entri("J000005")
        assert [(b["akun"], b["debit"], b["kredit"], b["anggota"]) for b in r["baris"]] == [
            ("3101", 100_000, 0, "0001"), ("3102", 60_000, 0, "0001"), ("2102", 250_000, 0, "0001"),
            ("2112", 0, 410_000, "0001")]
    assert js(cli, "simpanan", "saldo", "1") == {"no": "0001", "pokok": 0, "wajib": 0, "sukarela": 0}
    d = js(cli, "anggota", "lihat", "1")
    assert (d["status"], d["tanggal_keluar"], d["alasan_keluar"], d["utang_keluar"]) == (
        "keluar", "2025-04-30", "pindah ke luar kota", 410_000)
    assert d["riwayat"][-1]["kolom"] == "status" and d["riwayat"][-1]["baru"] == "keluar"
    tb = neraca(cli)
    assert (tb["2112"], tb["3101"], tb["3102"], tb["2102"]) == (-410_000, 0, 0, 0)
    # The member stays in history, is billed no more, and cannot leave twice.
    assert [a["no"] for a in js(cli, "anggota", "daftar", "--status", "keluar")["anggota"]] == ["0001"]
    assert js(cli, "simpanan", "tagih-wajib", "2025-06")["anggota"] == []
    r = cli("anggota", "keluar", "1")
    assert r.exit_code == 1 and "--bayar" in r.stderr
    # Paying out later: cash 50.000.000 + 410.000 - 410.000.
    h = js(cli, "anggota", "keluar", "1", "--bayar", "--tanggal", "2025-05-02")
    assert h["dibayar"] == 410_000
    tb = neraca(cli)
    assert (tb["1101"], tb["2112"]) == (50_000_000, 0)
    r = cli("anggota", "keluar", "1", "--bayar")
    assert r.exit_code == 1 and "Tidak ada simpanan" in r.stderr
    assert ok(cli, "periksa").exit_code == 0


def test_keluar_dengan_bayar_sekaligus(cli):
    _isi(cli)
    h = js(cli, "anggota", "keluar", "1", "--bayar", "--tanggal", "2025-04-30")
    assert h["dibayar"] == 410_000 and len(h["entri"]) == 2
    r = ok(cli, "simpanan", "kartu", "1", "--semua", "--format", "json")
    import json

    k = json.loads(r.stdout)
    assert k["saldo_akhir"] == {"pokok": 0, "wajib": 0, "sukarela": 0, "berjangka": 0, "keluar": 0}
    assert [m["keluar"] for m in k["mutasi"]][-2:] == [410_000, -410_000]


def test_keluar_hanya_dengan_satu_jenis(cli):
    tambah(cli, "Tanpa", 1, extra=("--tanpa-pokok",))
    ok(cli, "simpanan", "setor", "1", "sukarela", "75rb", "--tanggal", "2025-01-20")
    h = js(cli, "anggota", "keluar", "1", "--tanggal", "2025-02-01")
    assert h["pindah"] == {"pokok": 0, "wajib": 0, "sukarela": 75_000, "jumlah": 75_000}
    tambah(cli, "Kosong", 2, extra=("--tanpa-pokok",))
    h = js(cli, "anggota", "keluar", "2", "--tanggal", "2025-02-01", "--bayar")
    assert h["pindah"]["jumlah"] == 0 and h["entri"] == [] and h["dibayar"] == 0
    assert js(cli, "anggota", "lihat", "2")["status"] == "keluar"


def test_keluar_ditolak_selama_ada_pinjaman(cli, kop):
    _isi(cli)
    from koperasi_cli.core.jurnal import Entri, debit, kredit

    # A loan as the loan module will post it: tagged with the loan and the member on 1110.
    with buka(kop) as buku:
        buku.catat(Entri(date(2025, 2, 1), (debit("1110", 1_000_000, anggota="0001", pinjaman="P0001"),
                                            kredit("1101", 1_000_000)), "Pinjaman P0001", "pinjaman-cair", "simpan-pinjam"))
    sebelum = isi_folder(kop)
    r = cli("anggota", "keluar", "1", "--bayar", "--tanggal", "2025-04-30")
    assert r.exit_code == 1 and "pinjaman" in r.stderr and "0001 (Budi)" in r.stderr
    r = cli("member", "exit", "1", lang="en")
    assert r.exit_code == 1 and "loan outstanding" in r.stderr
    assert isi_folder(kop) == sebelum
    with buka(kop) as buku:
        buku.catat(Entri(date(2025, 3, 1), (debit("1101", 1_000_000), kredit("1110", 1_000_000, anggota="0001", pinjaman="P0001")),
                         "Pelunasan P0001", "angsuran", "simpan-pinjam"))
    ok(cli, "anggota", "keluar", "1", "--tanggal", "2025-04-30")


def test_keluar_tidak_boleh_bertanggal_sebelum_transaksi_terakhir(cli, kop):
    _isi(cli)  # the last movement is on 2025-01-21
    sebelum = isi_folder(kop)
    r = cli("anggota", "keluar", "1", "--tanggal", "2025-01-20")
    assert r.exit_code == 1 and "2025-01-20" in r.stderr
    assert isi_folder(kop) == sebelum
    ok(cli, "anggota", "keluar", "1", "--tanggal", "2025-01-21")


def test_keluar_bayar_ditolak_bila_kas_kurang_tanpa_menulis(cli, kop):
    tambah(cli, "Budi", 1)
    ok(cli, "simpanan", "setor", "1", "sukarela", "250rb", "--tanggal", "2025-01-21")
    sebelum = isi_folder(kop)
    r = cli("anggota", "keluar", "1", "--bayar", "--kas", "1104", "--tanggal", "2025-04-30")
    assert r.exit_code == 1 and "1104" in r.stderr
    assert isi_folder(kop) == sebelum
    assert js(cli, "anggota", "lihat", "1")["status"] == "aktif"


def test_anggota_keluar_boleh_mendaftar_lagi_dengan_nomor_baru(cli):
    tambah(cli, "Budi", 1)
    ok(cli, "anggota", "keluar", "1", "--tanggal", "2025-02-01", "--bayar")
    b = tambah(cli, "Budi", 1, tanggal="2025-06-01")
    assert b["no"] == "0002"


def test_keluar_memotong_pinjaman(cli, kop):
    # Budi: pokok 100.000 + wajib 60.000 + sukarela 2.000.000 = 2.160.000; a 1.000.000 loan paid
    # off on the day it was taken: the principal 1.000.000 and no interest (no month has run).
    from tests.anggota_bantu import js, modal, ok, tambah

    modal(cli)
    tambah(cli, "Budi", 1)
    ok(cli, "simpanan", "setor", "1", "wajib", "60rb", "--tanggal", "2025-01-20")
    ok(cli, "simpanan", "setor", "1", "sukarela", "2jt", "--tanggal", "2025-01-20")
    ok(cli, "pinjaman", "cair", "1", "1jt", "--tenor", "10", "--tanggal", "2025-02-01")
    r = cli("anggota", "keluar", "1", "--tanggal", "2025-02-01")
    assert r.exit_code == 1 and "pinjaman" in r.stderr
    h = js(cli, "anggota", "keluar", "1", "--tanggal", "2025-02-01", "--potong-pinjaman")
    assert h["dipotong_pinjaman"] == 1_000_000
    assert js(cli, "periksa")["baik"]
    tb = {a["kode"]: a["debit"] - a["kredit"] for a in js(cli, "laporan", "neraca-saldo", "--per", "2025-12-31")["akun"]}
    assert tb["2112"] == -(2_160_000 - 1_000_000) and tb.get("1110", 0) == 0
