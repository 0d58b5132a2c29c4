"""A year of a small cooperative, opened from imported balances: at every month end the trial
balance balances, the balance sheet balances, the cash flow explains the change in cash (and
starts where the last month ended), the equity statement ends at the balance sheet's equity, and
every sub-ledger (savings, loans, stock) equals its control account. Built through the library in
one unit of work and read back with the report builders, so it stays fast."""

from __future__ import annotations

from datetime import date

from conftest import Cli
from koperasi_cli.core.sembako import BarisInput
from koperasi_cli.core.tanggal import Bulan, Periode


def _akun(path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "akun"
    ws.append(["kode", "debit", "kredit"])
    # cash 20.000.000 + equipment 4.000.000 = grant 21.000.000 + retained SHU 3.000.000
    for r in (["1101", 20_000_000, 0], ["1204", 4_000_000, 0], ["3104", 0, 21_000_000], ["3302", 0, 3_000_000]):
        ws.append(r)
    wb.save(path)
    return path


def _isi_setahun(kop) -> None:
    from koperasi_cli.layanan import kas, keanggotaan, pinjaman, sembako, simpanan
    from koperasi_cli.ledger.buku import Buku

    nik = ["5171031505900001", "5171031505900002", "5171035505900003"]
    with Buku.buka(kop) as b:
        for i, n in enumerate(nik):
            keanggotaan.masuk(b, nama=f"Anggota {i + 1}", nik=n, jenis_kelamin="P" if i == 2 else "L",
                           alamat="Jl. Gunung Agung", tanggal=date(2025, 1, 3))
        sembako.tambah_barang(b, kode="BRS5", nama="Beras 5 kg", satuan="karung", harga_jual=75_000,
                              harga_anggota=72_000)
        for m in range(1, 13):
            bl = Bulan(2025, m)
            d = lambda hari: date(2025, m, min(hari, bl.akhir.day))  # noqa: E731
            aktif = ("0001", "0002", "0003") if m <= 5 else ("0001", "0003")  # 0002 leaves on 25 May
            for no in aktif:
                simpanan.setor(b, no, "wajib", 20_000, tanggal=d(5))
            simpanan.setor(b, "0001", "sukarela", 500_000 + 10_000 * m, tanggal=d(6))
            sembako.beli(b, [BarisInput("BRS5", 10, 60_000 + 500 * m)], tanggal=d(7))
            sembako.jual(b, [BarisInput("BRS5", 4)], tanggal=d(9), anggota=aktif[1])
            sembako.jual(b, [BarisInput("BRS5", 5)], tanggal=d(12))
            kas.keluar(b, 150_000, "6103", "Listrik", tanggal=d(20))
            if m == 2:
                pinjaman.cair(b, "0003", 3_000_000, tenor=6, tanggal=d(10))
            if 3 <= m <= 7:
                pinjaman.angsur(b, "PJ00001", 500_000, tanggal=d(10))
            if m == 8:
                pinjaman.lunasi(b, "PJ00001", tanggal=d(10))
            if m == 5:
                keanggotaan.keluar(b, "0002", tanggal=d(25), bayar=True)
            simpanan.jasa(b, bl)


def test_setiap_akhir_bulan_cocok(kop, tmp_path):
    from koperasi_cli.layanan import sembako, simpanan
    from koperasi_cli.reports import daftar_sembako
    from koperasi_cli.ledger.buku import Buku
    from koperasi_cli.reports.keuangan import arus_kas, ekuitas, neraca

    cli = Cli(kop)
    r = cli("impor", "saldo-awal", str(_akun(tmp_path / "awal.xlsx")))
    assert r.exit_code == 0, r.output
    _isi_setahun(kop)
    kas_lalu = 20_000_000  # the opening cash: the first cash flow starts from it
    ekuitas_lalu = 24_000_000  # opening equity 21.000.000 + 3.000.000
    with Buku.buka_baca(kop) as b:
        for m in range(1, 13):
            bl = Bulan(2025, m)
            per = bl.akhir
            saldo = b.saldo_akun(per)
            assert sum(d for d, _ in saldo.values()) == sum(k for _, k in saldo.values()), bl  # trial balance
            n = neraca(b, per).data
            assert n["seimbang"], bl
            a = arus_kas(b, Periode(bl.awal, bl.akhir, str(bl))).data
            assert a["cocok"] and a["saldo_awal"] == kas_lalu, bl
            kas_lalu = a["saldo_akhir"]
            e = ekuitas(b, Periode(bl.awal, bl.akhir, str(bl))).data
            assert e["total_awal"] == ekuitas_lalu and e["total_akhir"] == n["total_ekuitas"], bl
            ekuitas_lalu = e["total_akhir"]
            # sub-ledgers: savings per member = 3101/3102/2102/2112; stock per item = 1130;
            # loans per loan = 1110
            assert simpanan.laporan(b, per)["cocok"], bl
            neto = {k: d - c for k, (d, c) in saldo.items()}
            assert daftar_sembako.stok(b, per)["total_nilai"] == neto.get("1130", 0), bl
            assert all(q >= 0 and v >= 0 for q, v in sembako.posisi(b, per).values()), bl
            pinjaman = b.saldo_tag("pinjaman", per=per)
            assert sum(t.get("1110", [0, 0])[0] for t in pinjaman.values()) == neto.get("1110", 0), bl
        d, k = b.saldo_akun(date(2025, 12, 31))["1110"]
        assert d - k == 0  # the loan was paid off in August
    assert cli("periksa").exit_code == 0
