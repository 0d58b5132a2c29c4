"""Several processes at once on one folder, mixing deposits, withdrawals, installments, sales
and purchases: no lost update; every balance, sub-ledger and master table equals the result of
the same commands run one after another; `periksa` passes. More with KOPERASI_UJI_KONKUREN=N
(commands per process, default 8)."""

import os

import pytest

from tests.conftest import IDENTITAS, buka
from tests.keandalan_bantu import jalankan, potret, salin, siapkan_buku, tunggu

T = "--tanggal"
CAMPURAN = {
    "setor": lambda i: ["simpanan", "setor", "2", "sukarela", "10rb", T, "2025-02-10", "--ket", f"s{i}"],
    "tarik": lambda i: ["simpanan", "tarik", "1", "sukarela", "1rb", T, "2025-02-11", "--ket", f"t{i}"],
    "angsur": lambda i: ["pinjaman", "angsur", "PJ00001", "20rb", T, "2025-02-12", "--ket", f"a{i}"],
    "jual": lambda i: ["sembako", "jual", "BRS5:1", T, "2025-02-13", "--ket", f"j{i}"],
}


def _proses(akar, daftar):
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        kode = 0
        try:
            nul = os.open(os.devnull, os.O_WRONLY)
            os.dup2(nul, 1)
            os.dup2(nul, 2)
            os.environ["KOPERASI_TUNGGU_KUNCI"] = "120"
            from koperasi_cli.cli.main import main

            for args in daftar:
                try:
                    main(["-C", str(akar), *args])
                except SystemExit as e:
                    if e.code:
                        kode = 1
                        break
        finally:
            os._exit(kode)
    return pid


def _saldo(akar):
    with buka(akar, coba=True) as b:
        return {"akun": b.saldo_akun(), "n": b.jumlah_entri,
                **{d: b.saldo_tag(d) for d in ("anggota", "pinjaman", "barang")}}


@pytest.fixture(scope="module")
def buku_dasar(tmp_path_factory):
    from koperasi_cli.layanan.koperasi import daftarkan_koperasi

    akar = tmp_path_factory.mktemp("konkuren") / "kop"
    daftarkan_koperasi(akar, dict(IDENTITAS))
    siapkan_buku(akar)
    jalankan(akar, ["sembako", "beli", "BRS5", "200", "68000", T, "2025-01-20"])
    return akar


def test_proses_serentak_sama_dengan_berurutan(buku_dasar, tmp_path):
    n = int(os.environ.get("KOPERASI_UJI_KONKUREN", "8"))
    daftar = {nama: [f(i) for i in range(n)] for nama, f in CAMPURAN.items()}
    serentak = salin(buku_dasar, tmp_path / "serentak")
    pid = [_proses(serentak, d) for d in daftar.values()]
    assert [tunggu(p) for p in pid] == [0] * len(pid)
    urut = salin(buku_dasar, tmp_path / "urut")
    for d in daftar.values():
        for args in d:
            jalankan(urut, args)
    awal = _saldo(buku_dasar)
    hasil = _saldo(serentak)
    assert hasil["n"] == awal["n"] + len(CAMPURAN) * n  # no command lost
    assert hasil == _saldo(urut)
    # Savings and stock moved by exactly what was typed: 0002 +10.000 x n, 0001 -1.000 x n, BRS5 -n.
    s_awal, s_akhir = awal["anggota"], hasil["anggota"]
    assert s_akhir["0002"]["2102"][0] - s_awal["0002"]["2102"][0] == -10_000 * n
    assert s_akhir["0001"]["2102"][0] - s_awal["0001"]["2102"][0] == 1_000 * n
    assert hasil["barang"]["BRS5"]["1130"][1] == awal["barang"]["BRS5"]["1130"][1] - n
    # Master tables equal too, but for the entry numbers they cite (the order of posting differs).
    # The stock cache (stok.json) also names the entry counts when it was last refreshed, which
    # depend on the order too: its positions must agree.
    a, b = _tanpa_nomor(potret(serentak)), _tanpa_nomor(potret(urut))  # periksa passes on both
    for k in a:
        if k == "stok.json":
            assert [d["posisi"] for d in a[k]["stok"].values()] == [d["posisi"] for d in b[k]["stok"].values()]
        elif k.endswith(".json"):
            assert a[k] == b[k], k


def _tanpa_nomor(x):
    if isinstance(x, dict):
        return {k: _tanpa_nomor(v) for k, v in x.items() if k not in ("entri", "riwayat", "seq")}
    if isinstance(x, list):
        return [_tanpa_nomor(v) for v in x]
    return x
