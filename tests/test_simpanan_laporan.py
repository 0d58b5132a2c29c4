"""The savings report against the trial balance, the savings card, and `periksa`'s sub-ledger checks."""

from __future__ import annotations

import json
from datetime import date

from anggota_bantu import Lib, js, neraca, ok
from conftest import buka


def _isi(cli) -> None:
    with Lib(cli.akar) as k:
        k.modal()  # J000001
        k.tambah("Budi", 1)  # J000002: pokok 100.000 on 2025-01-10
        k.tambah("Sari", 2, perempuan=True, tanggal="2025-02-03")  # J000003
        k.setor("1", "wajib", 40_000, "2025-01-20")  # J000004
        k.setor("1", "sukarela", 500_000, "2025-01-25")  # J000005
        k.tarik("1", "sukarela", 120_000, "2025-02-05")  # J000006
        k.setor("2", "sukarela", 80_000, "2025-02-06")  # J000007


def test_laporan_simpanan_sama_dengan_neraca_saldo(cli):
    _isi(cli)
    d = js(cli, "laporan", "simpanan", "--per", "2025-02-28")
    assert [(a["no"], a["pokok"], a["wajib"], a["sukarela"], a["jumlah"]) for a in d["anggota"]] == [
        ("0001", 100_000, 40_000, 380_000, 520_000),  # 500.000 - 120.000 sukarela
        ("0002", 100_000, 0, 80_000, 180_000),
    ]
    assert d["total"] == {"pokok": 200_000, "wajib": 40_000, "sukarela": 460_000, "berjangka": 0, "jumlah": 700_000,
                          "utang_keluar": 0}
    tb = neraca(cli, "2025-02-28")
    assert (-tb["3101"], -tb["3102"], -tb["2102"]) == (200_000, 40_000, 460_000)
    assert d["cocok"] and d["akun"] == {"3101": 200_000, "3102": 40_000, "2102": 460_000, "2103": 0, "2112": 0}
    # As of 31 January: Sari had not joined, Budi had not withdrawn.
    d = js(cli, "laporan", "simpanan", "--per", "2025-01-31")
    assert [(a["no"], a["sukarela"]) for a in d["anggota"]] == [("0001", 500_000)]
    assert d["total"]["jumlah"] == 640_000
    r = ok(cli, "laporan", "simpanan", "--per", "2025-02-28")
    assert "Cocok dengan neraca saldo" in r.stdout and "ekuitas" in r.stdout
    r = ok(cli, "report", "savings", "--per", "2025-02-28", lang="en")
    assert "Agrees with the trial balance" in r.stdout and "equity" in r.stdout


def test_laporan_simpanan_csv_dan_kelas_kewajiban(cli, kop, tmp_path):
    _isi(cli)
    teks = (kop / "koperasi.yaml").read_text()
    (kop / "koperasi.yaml").write_text(teks.replace("kelas_pokok_wajib: ekuitas", "kelas_pokok_wajib: kewajiban"))
    out = tmp_path / "simpanan.csv"
    ok(cli, "laporan", "simpanan", "--per", "2025-02-28", "-o", str(out))
    baris = out.read_text().splitlines()
    assert baris[0] == "no,nama,status,pokok,wajib,sukarela,jumlah,utang_keluar"
    assert baris[-1] == ",Total,,200000,40000,460000,700000,0"
    assert js(cli, "laporan", "simpanan", "--per", "2025-02-28")["kelas_pokok_wajib"] == "kewajiban"
    (kop / "koperasi.yaml").write_text(teks.replace("kelas_pokok_wajib: ekuitas", "kelas_pokok_wajib: modal"))
    r = cli("laporan", "simpanan")
    assert r.exit_code == 1 and "kelas_pokok_wajib" in r.stderr


def test_kartu_simpanan_saldo_berjalan(cli):
    _isi(cli)
    k = json.loads(ok(cli, "simpanan", "kartu", "1", "--semua", "--format", "json").stdout)
    assert [(m["id"], m["pokok"], m["wajib"], m["sukarela"], m["saldo_pokok"], m["saldo_wajib"], m["saldo_sukarela"])
            for m in k["mutasi"]] == [
        ("J000002", 100_000, 0, 0, 100_000, 0, 0),
        ("J000004", 0, 40_000, 0, 100_000, 40_000, 0),
        ("J000005", 0, 0, 500_000, 100_000, 40_000, 500_000),
        ("J000006", 0, 0, -120_000, 100_000, 40_000, 380_000),
    ]
    assert k["saldo_akhir"] == {"pokok": 100_000, "wajib": 40_000, "sukarela": 380_000, "berjangka": 0, "keluar": 0}
    # February alone: the opening balance is carried from January.
    k = json.loads(ok(cli, "simpanan", "kartu", "1", "2025-02", "--format", "json").stdout)
    assert k["saldo_awal"] == {"pokok": 100_000, "wajib": 40_000, "sukarela": 500_000, "berjangka": 0, "keluar": 0}
    assert [m["id"] for m in k["mutasi"]] == ["J000006"]
    r = ok(cli, "simpanan", "kartu", "1", "2025")
    assert "Saldo awal" in r.stdout and "380.000" in r.stdout
    r = ok(cli, "simpanan", "kartu", "1", "2025", "--format", "csv")
    assert r.stdout.splitlines()[0] == "tanggal,id,jenis,ket,setor,tarik,saldo"
    assert r.stdout.splitlines()[-1].endswith(",,120000,380000")
    # By default the card covers this year, the balance brought forward from the month totals.
    k = json.loads(ok(cli, "simpanan", "kartu", "1", "--format", "json").stdout)
    assert len(k["periode"]) == 4 and k["saldo_akhir"]["sukarela"] == 380_000


def test_tabel_panjang_ditampilkan_sebagai_teks_biasa(cli):
    from koperasi_cli.reports.model import Kolom, Laporan, Tabel
    from koperasi_cli.reports.render import BARIS_RICH, ke_teks

    baris = [{"no": f"{i:04d}", "jumlah": i * 1000} for i in range(BARIS_RICH + 1)]
    lap = Laporan("Judul", "Per", {}, [Tabel(None, [Kolom("no", "No"), Kolom("jumlah", "Jumlah", "uang")], baris,
                                             {"no": "Total", "jumlah": 1}, "x")], {})
    teks = ke_teks(lap).splitlines()
    assert teks[2:4] == ["No      Jumlah", "-----  -------"]
    assert teks[-2:] == ["-----  -------", "Total        1"]
    assert "0100   100.000" in teks


def test_tabel_lebih_lebar_dari_terminal_ditampilkan_utuh_sebagai_teks_biasa():
    from koperasi_cli.reports.model import Kolom, Laporan, Tabel
    from koperasi_cli.reports.render import ke_teks

    kolom = [Kolom(f"k{i}", f"Kolom ke-{i}", "uang") for i in range(9)]
    # 9 columns of "1.234.567.890" (13 characters) framed by 3 each: 9 * 16 + 1 = 145 > 120.
    lebar = Laporan("Judul", "Per", {}, [Tabel(None, kolom, [{f"k{i}": 1_234_567_890 for i in range(9)}], None, "x")], {})
    teks = ke_teks(lebar)
    assert "┃" not in teks and teks.count("1.234.567.890") == 9  # no cell cut short
    # Two columns fit in 120: the framed rich table.
    sempit = Laporan("Judul", "Per", {}, [Tabel(None, kolom[:2], [{"k0": 1, "k1": 2}], None, "x")], {})
    assert "┃" in ke_teks(sempit)


def test_periksa_mencocokkan_buku_pembantu_dengan_akun_kontrol(cli, kop):
    _isi(cli)
    assert ok(cli, "periksa").exit_code == 0
    from koperasi_cli.core.jurnal import Entri, debit, kredit
    from koperasi_cli.layanan.simpanan import periksa_simpanan

    with buka(kop, coba=True) as buku:
        # A posting on 3102 without a member (what `jurnal catat` refuses to do) breaks the sub-ledger;
        # a withdrawal below zero for a member is found too.
        buku.catat(Entri(date(2025, 3, 1), (debit("1101", 5_000), kredit("3102", 5_000)), "tanpa anggota"))
        buku.catat(Entri(date(2025, 3, 2), (debit("2102", 90_000, anggota="0002"), kredit("1101", 90_000)), "lebih"))
        buku.catat(Entri(date(2025, 3, 3), (debit("1101", 1_000), kredit("2102", 1_000, anggota="0099")), "asing"))
        kode = sorted((g.kode, g.param.get("akun") or g.param.get("no")) for g in periksa_simpanan(buku))
    assert kode == [("periksa_simpanan_anggota_asing", "0099"), ("periksa_simpanan_kontrol", "3102"),
                    ("periksa_simpanan_negatif", "0002")]


def test_periksa_menemukan_anggota_keluar_yang_masih_bersaldo(cli, kop):
    _isi(cli)
    ok(cli, "anggota", "keluar", "2", "--tanggal", "2025-03-01", "--bayar")
    from koperasi_cli.core.jurnal import Entri, debit, kredit
    from koperasi_cli.layanan.simpanan import periksa_simpanan

    with buka(kop, coba=True) as buku:
        buku.catat(Entri(date(2025, 3, 5), (debit("1101", 1_000), kredit("2102", 1_000, anggota="0002")), "x"))
        assert [g.kode for g in periksa_simpanan(buku)] == ["periksa_simpanan_keluar_bersaldo"]
