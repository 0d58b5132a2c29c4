"""The RAT decides the SHU: a year closed into SHU belum dibagi, reopened for an audit
adjustment, closed again and allocated at a March RAT with its own percentages; a member who
left before the payment is paid through the payable to leaving members (2112)."""

from tests.anggota_bantu import js, ok
from tests.test_tutup_buku import tahun_2025  # noqa: F401  (the fixture: SHU 2025 = 920.000)


def _ns(cli, per: str) -> dict[str, int]:
    return {a["kode"]: a["debit"] - a["kredit"] for a in js(cli, "laporan", "neraca-saldo", "--per", per)["akun"]}


def _seimbang(cli, per: str) -> None:
    n = js(cli, "laporan", "neraca", "--per", per)
    assert n["total_aset"] == n["total_kewajiban_ekuitas"]
    assert js(cli, "periksa")["baik"]


def test_tahun_ditutup_dibuka_dikoreksi_ditutup_lagi_dialokasikan_rat(cli, tahun_2025):  # noqa: F811
    h = js(cli, "tutup-buku", "--tahun", "2025")
    assert h["shu"] == 920_000
    assert _ns(cli, "2025-12-31")["3302"] == -920_000
    r = cli("jurnal", "batal", h["entri"][-1], "--ket", "x", "--tanggal", "2026-01-05")
    assert r.exit_code == 1 and "--buka-kembali" in r.stderr  # the closing entry is not reversed by hand
    _seimbang(cli, "2025-12-31")
    ok(cli, "tutup-buku", "2026-01")
    # Reopening the year waits until January 2026 is reopened (its balances include December).
    r = cli("tutup-buku", "--tahun", "2025", "--buka-kembali", "--alasan", "audit")
    assert r.exit_code == 1 and "2026-01" in r.stderr
    r = cli("tutup-buku", "--tahun", "2025", "--buka-kembali")
    assert r.exit_code == 1 and "--alasan" in r.stderr
    ok(cli, "tutup-buku", "2026-01", "--buka-kembali", "--alasan", "audit 2025")
    h = js(cli, "tutup-buku", "--tahun", "2025", "--buka-kembali", "--alasan", "koreksi auditor: listrik Desember")
    assert h["bulan_dibuka"] == "2025-12" and h["entri"]
    ns = _ns(cli, "2025-12-31")
    assert ns.get("3302", 0) == 0 and ns["4402"] == -1_000_000  # the closing entry reversed: the year's income is back
    assert js(cli, "laporan", "shu", "2025")["status"] == "simulasi"
    _seimbang(cli, "2025-12-31")
    r = cli("kas", "keluar", "1000", "--akun", "6103", "--ket", "x", "--tanggal", "2025-11-30")
    assert r.exit_code == 1  # only December is reopened
    ok(cli, "kas", "keluar", "20rb", "--akun", "6103", "--ket", "Listrik Desember (koreksi audit)", "--tanggal", "2025-12-31")
    # SHU 920.000 - 20.000 = 900.000
    assert js(cli, "tutup-buku", "--tahun", "2025")["shu"] == 900_000
    assert _ns(cli, "2025-12-31")["3302"] == -900_000
    assert js(cli, "laporan", "phu", "2025")["shu"] == 900_000
    _seimbang(cli, "2025-12-31")
    # Made leaves in February, before the RAT: his pokok 100.000 goes to 2112.
    ok(cli, "anggota", "keluar", "3", "--tanggal", "2026-02-10")
    r = cli("shu", "tetapkan", "2025", "--tanggal", "2025-12-31")
    assert r.exit_code == 1 and "31 Desember" in r.stderr
    r = cli("shu", "tetapkan", "2025", "--tanggal", "2099-03-20", lang="en")
    assert r.exit_code == 1 and "in the future" in r.stderr
    r = cli("shu", "tetapkan", "2025", "--tanggal", "2026-03-20", "--alokasi", "cadangan=50", "--alokasi", "jasa_modal=20")
    assert r.exit_code == 1 and "70" in r.stderr and "100" in r.stderr  # 50 + 20 = 70
    r = cli("shu", "tetapkan", "2025", "--tanggal", "2026-03-20", "--alokasi", "cadangan")
    assert r.exit_code == 1 and "NAMA=PERSEN" in r.stderr
    alok = ["cadangan=40", "jasa_modal=20", "jasa_usaha=20", "dana_pengurus=5", "dana_karyawan=5", "dana_pendidikan=5",
            "dana_sosial=5"]
    h = js(cli, "shu", "tetapkan", "2025", "--tanggal", "2026-03-20", *[x for a in alok for x in ("--alokasi", a)])
    # 900.000: cadangan 40 % = 360.000; jasa modal 20 % = 180.000; jasa usaha 20 % = 180.000; 5 % = 45.000 x 4
    assert h["alokasi"] == {"cadangan": 360_000, "jasa_modal": 180_000, "jasa_usaha": 180_000, "dana_pengurus": 45_000,
                            "dana_karyawan": 45_000, "dana_pendidikan": 45_000, "dana_sosial": 45_000}
    # jasa modal by pokok + wajib 340.000 / 220.000 / 100.000 of 660.000 x 180.000 = 92.727 / 60.000 / 27.272 (down)
    # jasa usaha by purchases 300.000 / 150.000 / 0 of 450.000 x 180.000 = 120.000 / 60.000 / 0
    d = js(cli, "laporan", "shu", "2025")
    per = {m["no"]: m["jumlah"] for m in d["anggota"]}
    assert per == {"0001": 212_727, "0002": 120_000, "0003": 27_272}
    assert h["dibagi_anggota"] == 359_999 and h["sisa_pembulatan"] == 1  # 180.000 - 179.999
    assert d["status"] == "ditetapkan" and d["keputusan"]["tanggal"] == "2026-03-20"
    assert d["usulan"]["alokasi"]["cadangan"] == 270_000  # the profile's 30 % of 900.000, proposed
    ns = _ns(cli, "2026-03-20")
    # Dr 3302 899.999 = 360.000 + 4 x 45.000 + 359.999; 1 rupiah of rounding stays in 3302
    assert ns["3302"] == -1 and ns["3201"] == -360_000 and ns["2106"] == -359_999 and ns.get("2111", 0) == 0
    r = cli("tutup-buku", "--tahun", "2025", "--buka-kembali", "--alasan", "lagi")
    assert r.exit_code == 1 and "2026-03-20" in r.stderr
    r = cli("shu", "tetapkan", "2025", "--tanggal", "2026-03-21")
    assert r.exit_code == 1 and "sudah ditetapkan" in r.stderr
    h = js(cli, "shu", "bayar", "2025", "--ke-sukarela", "--tanggal", "2026-03-25")
    assert h["total"] == 359_999 and h["ke_utang_keluar"] == ["0003"]
    assert js(cli, "simpanan", "saldo", "1")["sukarela"] == 212_727
    ns = _ns(cli, "2026-03-31")
    assert ns["2112"] == -(100_000 + 27_272) and ns.get("2106", 0) == 0  # Made: pokok + his SHU, owed to him
    _seimbang(cli, "2026-03-31")
    assert js(cli, "anggota", "keluar", "3", "--bayar", "--tanggal", "2026-03-26")["dibayar"] == 127_272
    for b in ("2026-01", "2026-02", "2026-03"):
        ok(cli, "tutup-buku", b)
    _seimbang(cli, "2026-03-31")
    r = js(cli, "laporan", "shu", "2025", lang="en")
    assert r["status"] == "ditetapkan"


def test_alokasi_dibatalkan_boleh_ditetapkan_ulang(cli, tahun_2025):  # noqa: F811
    ok(cli, "tutup-buku", "--tahun", "2025")
    h = js(cli, "shu", "tetapkan", "2025", "--tanggal", "2026-03-10")
    ok(cli, "jurnal", "batal", h["entri"], "--ket", "persentase salah", "--tanggal", "2026-03-11")
    assert _ns(cli, "2026-03-11")["3302"] == -920_000  # back where it was
    r = cli("shu", "bayar", "2025", "--tanggal", "2026-03-11")
    assert r.exit_code == 1 and "shu tetapkan" in r.stderr
    h = js(cli, "shu", "tetapkan", "2025", "--tanggal", "2026-03-12", "--alokasi", "cadangan=100")
    assert h["alokasi"] == {"cadangan": 920_000} and h["dibagi_anggota"] == 0
    assert _ns(cli, "2026-03-12")["3201"] == -920_000 and _ns(cli, "2026-03-12").get("3302", 0) == 0
    _seimbang(cli, "2026-03-12")
    # All of it to the reserve: no member has a share, so there is nothing to pay (not "paid in full").
    r = cli("shu", "bayar", "2025", "--tanggal", "2026-03-13")
    assert r.exit_code == 1 and "tidak memberi bagian kepada anggota" in r.stderr and "seluruhnya" not in r.stderr
    r = cli("shu", "bayar", "2025", "--tanggal", "2026-03-13", lang="en")
    assert r.exit_code == 1 and "gives the members no share" in r.stderr
    assert _ns(cli, "2026-03-13") == _ns(cli, "2026-03-12")  # nothing recorded


def test_anggota_keluar_dalam_tahun_dapat_shu_lewat_2112(cli, tahun_2025):  # noqa: F811
    from tests.anggota_bantu import tambah

    tambah(cli, "Ayu", 4, perempuan=True, tanggal="2025-01-05")  # pokok 100.000
    ok(cli, "sembako", "jual", "BRS5:2", "--anggota", "4", "--tanggal", "2025-03-04")  # 150.000, cost 120.000
    ok(cli, "anggota", "keluar", "4", "--tanggal", "2025-09-01")  # pokok 100.000 to 2112
    # SHU 920.000 + 150.000 - 120.000 = 950.000; jasa usaha 25 % = 237.500 by purchases
    # 300.000 / 150.000 / 0 / 150.000 of 600.000: Ayu 59.375; her jasa modal 0 (no savings at year end)
    assert js(cli, "tutup-buku", "--tahun", "2025")["shu"] == 950_000
    js(cli, "shu", "tetapkan", "2025", "--tanggal", "2026-03-14")
    per = {m["no"]: m for m in js(cli, "laporan", "shu", "2025")["anggota"]}
    assert (per["0004"]["jasa_modal"], per["0004"]["jasa_usaha"], per["0004"]["jumlah"]) == (0, 59_375, 59_375)
    assert per["0001"]["jasa_usaha"] == 118_750  # 237.500 x 300.000 / 600.000
    h = js(cli, "shu", "bayar", "2025", "--ke-sukarela", "--tanggal", "2026-03-15")
    assert h["ke_utang_keluar"] == ["0004"]
    assert _ns(cli, "2026-03-15")["2112"] == -(100_000 + 59_375)
    _seimbang(cli, "2026-03-31")
    for b in ("2026-01", "2026-02", "2026-03"):
        ok(cli, "tutup-buku", b)
    _seimbang(cli, "2026-03-31")
