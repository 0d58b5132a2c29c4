"""Cost at the sale's date: the moving average of everything dated on or before the sale, never
of a purchase dated later. Figures computed by hand."""

from __future__ import annotations

import json
from datetime import date

from akuntansi_bantu import cli  # noqa: F401  (the faster fixture)
from conftest import buka, isi_folder


def ok(r):
    assert r.exit_code == 0, r.output
    return r


def js(r):
    return json.loads(ok(r).stdout)


def _barang(cli):
    ok(cli("kas", "masuk", "5jt", "--akun", "3104", "--ket", "Hibah", "--tanggal", "2025-01-02"))
    ok(cli("sembako", "barang", "tambah", "--kode", "GLA1", "--nama", "Gula 1 kg", "--satuan", "kg",
           "--harga-jual", "120000"))


def test_jual_mundur_dihitung_dengan_rata_rata_pada_tanggalnya(cli, kop):
    _barang(cli)
    ok(cli("sembako", "beli", "GLA1", "10", "1000", "--tanggal", "2025-01-05"))
    ok(cli("sembako", "beli", "GLA1", "10", "100000", "--tanggal", "2025-02-03"))
    d = js(cli("sembako", "jual", "GLA1:10", "--tanggal", "2025-01-28", "--format", "json"))
    # On 28 January the stock is 10 units worth 10 x 1.000 = 10.000: all of it goes out.
    # (The perpetual average would have charged 10 x (10.000 + 1.000.000) / 20 = 505.000.)
    assert d["hpp"] == 10_000
    stok = js(cli("sembako", "stok", "--per", "2025-01-31", "--format", "json"))
    assert [(b["qty"], b["nilai"]) for b in stok["barang"]] == [(0, 0)]
    n = js(cli("laporan", "neraca", "--per", "2025-01-31", "--format", "json"))
    assert "1130" not in {b["kode"] for b in n["aset"] if b["saldo"]}
    # After 3 February: 10 units at 100.000 = 1.000.000.
    stok = js(cli("sembako", "stok", "--per", "2025-02-28", "--format", "json"))
    assert [(b["qty"], b["nilai"]) for b in stok["barang"]] == [(10, 1_000_000)]
    ok(cli("periksa"))


def test_mutasi_mundur_yang_mengubah_hpp_kemudian_ditolak(cli, kop):
    _barang(cli)
    ok(cli("sembako", "beli", "GLA1", "10", "1000", "--tanggal", "2025-01-05"))
    ok(cli("sembako", "beli", "GLA1", "10", "100000", "--tanggal", "2025-02-03"))
    ok(cli("sembako", "jual", "GLA1:4", "--tanggal", "2025-02-10"))  # 4 x 1.010.000 / 20 = 202.000
    sebelum = isi_folder(kop)
    # A sale dated 28 January would leave 10 units at 1.000.000 on 10 February, so that sale
    # would cost 4 x 100.000 = 400.000: refused (the recorded 202.000 is never edited).
    r = cli("sembako", "jual", "GLA1:10", "--tanggal", "2025-01-28")
    assert r.exit_code == 1 and "J000004" in r.stderr and "2025-02-10" in r.stderr
    r = cli("sembako", "beli", "GLA1", "5", "2000", "--tanggal", "2025-01-20", lang="en")
    assert r.exit_code == 1 and "changes the cost of GLA1" in r.stderr and "journal void" in r.stderr
    r = cli("sembako", "opname", "GLA1", "8", "--tanggal", "2025-01-20")
    assert r.exit_code == 1 and "J000004" in r.stderr
    assert isi_folder(kop) == sebelum
    # A purchase dated after the last sale changes nothing recorded: accepted.
    ok(cli("sembako", "beli", "GLA1", "5", "2000", "--tanggal", "2025-02-10"))
    ok(cli("periksa"))


def test_periksa_menemukan_nilai_stok_negatif_pada_suatu_tanggal(cli, kop):
    """A sale costed the old way (at the average of everything posted) leaves the stock of
    31 January at 0 units worth -495.000: `periksa` finds it although every total agrees."""
    from koperasi_cli.core.jurnal import Entri, debit, kredit

    _barang(cli)
    ok(cli("sembako", "beli", "GLA1", "10", "1000", "--tanggal", "2025-01-05"))
    ok(cli("sembako", "beli", "GLA1", "10", "100000", "--tanggal", "2025-02-03"))
    with buka(kop) as b:
        # 10 x (10.000 + 1.000.000) / 20 = 505.000
        b.catat(Entri(date(2025, 1, 28), (debit("1101", 1_200_000), kredit("4102", 1_200_000), debit("5101", 505_000),
                                          kredit("1130", 505_000, barang="GLA1", qty=-10)), "lama", "sembako-jual",
                      "sembako", None, data={"anggota": None, "baris": []}))
    r = cli("periksa")
    assert r.exit_code != 0
    assert "GLA1" in r.output and "2025-01-28" in r.output


def test_mutasi_mundur_sebelum_pembatalan_tidak_membuat_nilai_negatif(cli, kop):
    """Found by the property test: a purchase reversed later, then a stock-take dated before the
    reversal. 5 at 1.000 (5.000) and 5 at 10 (50): the average is 505. The reversal on 1 March
    takes the first purchase's own 5.000 out. A count of 5 dated 20 February would cost
    5 x 505 = 2.525 and leave 2.525 - 5.000 = -2.475 of value for 0 units on 1 March: refused."""
    _barang(cli)
    ok(cli("sembako", "beli", "GLA1", "5", "1000", "--tanggal", "2025-01-05"))  # J000002
    ok(cli("sembako", "beli", "GLA1", "5", "10", "--tanggal", "2025-01-06"))
    ok(cli("jurnal", "batal", "J000002", "--ket", "salah catat", "--tanggal", "2025-03-01"))
    sebelum = isi_folder(kop)
    r = cli("sembako", "opname", "GLA1", "5", "--tanggal", "2025-02-20")
    assert r.exit_code == 1 and "J000004" in r.stderr
    assert isi_folder(kop) == sebelum
    # And a reversal dated before a later sale whose cost it would change is refused too. After
    # 1 March: 5 units worth 50; + 5 at 1.000 and 5 at 10 = 15 units worth 5.100, so the sale of 3
    # on 10 March cost 3 x 340 = 1.020. Reversing the 5 at 10 on 8 March would leave 10 units
    # worth 5.050 and make that sale cost 3 x 505 = 1.515.
    ok(cli("sembako", "beli", "GLA1", "5", "1000", "--tanggal", "2025-03-02"))  # J000005
    ok(cli("sembako", "beli", "GLA1", "5", "10", "--tanggal", "2025-03-03"))  # J000006
    ok(cli("sembako", "jual", "GLA1:3", "--tanggal", "2025-03-10"))
    r = cli("jurnal", "batal", "J000006", "--ket", "x", "--tanggal", "2025-03-08")
    assert r.exit_code == 1 and "J000007" in r.stderr
    ok(cli("periksa"))
