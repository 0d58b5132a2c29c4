"""`koperasi pinjaman ...` and `laporan pinjaman` through the CLI, against hand-computed figures."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
import yaml

from conftest import Cli, buka, isi_folder

ANGGOTA = [
    ("0001", "Ni Made Sari", "P", "aktif"),
    ("0002", "I Wayan Budi", "L", "aktif"),
    ("0003", "Ketut Arta", "L", "keluar"),
]


def siapkan(kop, kas: str = "50jt", cli=None) -> None:
    """Members inserted directly (the members area is built elsewhere) and cash from a grant."""
    with buka(kop) as b:
        t = b.tabel("anggota")
        for no, nama, jk, status in ANGGOTA:
            t.insert({"no": no, "nama": nama, "nik": f"51710141019000{no[-2:]}", "jenis_kelamin": jk,
                      "alamat": "Jl. Gunung Agung", "status": status, "tanggal_masuk": "2025-01-02"})
    if cli is not None and kas:
        r = cli("kas", "masuk", kas, "--akun", "3104", "--ket", "Hibah desa", "--tanggal", "2025-01-05")
        assert r.exit_code == 0, r.output


def ubah_pinjaman(kop, **ubah) -> None:
    """Change settings of pengaturan.pinjaman (and of its first product with produk={...})."""
    path = kop / "koperasi.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    pj = data["pengaturan"]["pinjaman"]
    produk = ubah.pop("produk", None)
    if produk:
        pj["produk"][0].update(produk)
    pj.update(ubah)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def js(r) -> dict:
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


def saldo(kop, akun: str, per: date | None = None) -> int:
    with buka(kop, coba=True) as b:
        d, k = b.saldo_akun(per).get(akun, [0, 0])
    return d - k


@pytest.fixture
def kop_siap(kop, cli):
    siapkan(kop, cli=cli)
    return kop


def cair(cli, *args, no="1", jumlah="5jt", tenor="10", tanggal="2025-01-10"):
    return cli("pinjaman", "cair", no, jumlah, "--tenor", tenor, "--tanggal", tanggal, *args)


# ---- simulate --------------------------------------------------------------------------------
def test_simulasi_json_tanpa_menulis(kop_siap, cli):
    sebelum = isi_folder(kop_siap)
    d = js(cli("pinjaman", "simulasi", "5jt", "--tenor", "10", "--bunga", "1.5", "--metode", "efektif",
               "--tanggal", "2025-10-20", "--format", "json"))
    assert isi_folder(kop_siap) == sebelum
    assert d["pinjaman"] is None
    assert d["angsuran"][0] == {"ke": 1, "jatuh_tempo": "2025-11-20", "pokok": 500_000, "jasa": 75_000,
                                "jumlah": 575_000, "sisa_pokok": 4_500_000, "dibayar": 0}
    assert d["angsuran"][-1]["jumlah"] == 507_500
    assert sum(a["jasa"] for a in d["angsuran"]) == 412_500


def test_simulasi_tanpa_folder_koperasi(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = Cli(None)("pinjaman", "simulasi", "5jt", "--tenor", "10", "--bunga", "1,5", "--metode", "anuitas",
                  "--tanggal", "2025-10-20", "--format", "json")
    d = js(r)
    assert [a["jumlah"] for a in d["angsuran"]] == [542_171] * 9 + [542_169]


def test_simulasi_produk_bawaan_dan_kelipatan(kop_siap, cli):
    d = js(cli("pinjaman", "simulasi", "1jt", "--tenor", "3", "--bunga", "1", "--kelipatan", "100",
               "--tanggal", "2025-01-10", "--format", "json"))
    # flat (the default product's method): 343.333 -> 343.400
    assert [a["jumlah"] for a in d["angsuran"]] == [343_400] * 3


# ---- disburse --------------------------------------------------------------------------------
def test_cair_memposting_dan_menandai(kop_siap, cli):
    d = js(cair(cli, "--penjamin", "2", "--format", "json"))
    assert d["pinjaman"] == "PJ00001"
    assert list(d) == ["pinjaman", "angsuran", "batch"]  # the schedule, and the batch id of what was recorded
    assert d["angsuran"][0] == {"ke": 1, "jatuh_tempo": "2025-02-10", "pokok": 500_000, "jasa": 75_000,
                                "jumlah": 575_000, "sisa_pokok": 4_500_000, "dibayar": 0}
    # principal out of cash less the 1 % admin fee (50.000) kept as income
    assert saldo(kop_siap, "1110") == 5_000_000
    assert saldo(kop_siap, "1101") == 50_000_000 - 4_950_000
    assert saldo(kop_siap, "4202") == -50_000
    with buka(kop_siap, coba=True) as b:
        r = b.cari_entri("J000002")
        assert r["jenis"] == "pinjaman-cair" and r["unit"] == "simpan-pinjam"
        assert all(x.get("pinjaman") == "PJ00001" and x.get("anggota") == "0001" for x in r["baris"])
        assert b.saldo_tag("anggota", "0001")["0001"]["1110"][0] == 5_000_000
        assert b.tabel("pinjaman").get(doc_id=1)["penjamin"] == "0002"
    r = cli("pinjaman", "jadwal", "PJ00001", "--per", "2025-01-31")
    assert "Penjamin: 0002 I Wayan Budi" in r.stdout
    assert js(cli("periksa", "--format", "json"))["baik"]


def test_cair_biaya_admin_dan_metode_dari_opsi(kop_siap, cli):
    d = js(cair(cli, "--metode", "anuitas", "--biaya-admin", "25rb", "--format", "json"))
    assert d["angsuran"][0]["jumlah"] == 542_171
    assert saldo(kop_siap, "4202") == -25_000
    js(cair(cli, "--biaya-admin", "2%", "--format", "json", tanggal="2025-01-11"))
    assert saldo(kop_siap, "4202") == -25_000 - 100_000


@pytest.mark.parametrize("args, kode_pesan", [
    (dict(no="3"), "tidak aktif"),                       # member has left
    (dict(no="9"), "tidak ada"),                         # no such member
    (dict(jumlah="11jt"), "melebihi batas produk"),      # above jumlah_maks 10.000.000
    (dict(tenor="25"), "melebihi batas produk"),         # above tenor_maks 24
    (dict(jumlah="10jt", tanggal="2025-01-04"), "sebelum"),  # before the cash came in / books ok but no cash
])
def test_cair_ditolak_tidak_menulis(kop_siap, cli, args, kode_pesan):
    sebelum = isi_folder(kop_siap)
    r = cair(cli, **args)
    assert r.exit_code == 1, r.output
    assert kode_pesan in r.stderr or "tidak cukup" in r.stderr
    assert isi_folder(kop_siap) == sebelum


def test_cair_ditolak_kas_kurang_dan_penjamin(kop, cli):
    siapkan(kop, kas="3jt", cli=cli)
    sebelum = isi_folder(kop)
    r = cair(cli)  # 4.950.000 out of 3.000.000
    assert r.exit_code == 1 and "tidak cukup" in r.stderr
    r = cair(cli, "--penjamin", "1", jumlah="2jt")
    assert r.exit_code == 1 and "penjamin" in r.stderr
    r = cair(cli, "--penjamin", "3", jumlah="2jt")
    assert r.exit_code == 1 and "tidak aktif" in r.stderr
    r = cli("pinjaman", "cair", "9", "1jt", "--tenor", "3", lang="en")
    assert r.exit_code == 1 and "does not exist" in r.stderr
    assert isi_folder(kop) == sebelum


def test_cair_opsi_yang_tidak_diizinkan_produk(kop, cli):
    siapkan(kop, cli=cli)
    ubah_pinjaman(kop, produk={"boleh_ubah": []})
    sebelum = isi_folder(kop)
    r = cair(cli, "--bunga", "2")
    assert r.exit_code == 1 and "--bunga" in r.stderr
    r = cli("pinjaman", "cair", "1", "5jt", "--tenor", "10", "--metode", "anuitas", "--tanggal", "2025-01-10", lang="en")
    assert r.exit_code == 1 and "does not allow --method" in r.stderr
    assert isi_folder(kop) == sebelum
    # the product's own rate may be repeated
    assert cair(cli, "--bunga", "1.5").exit_code == 0


def test_cair_produk_kedua_dan_profil_salah(kop, cli):
    siapkan(kop, cli=cli)
    path = kop / "koperasi.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["pengaturan"]["pinjaman"]["produk"].append(
        {"kode": "mikro", "nama": "Pinjaman Mikro", "bunga": 2, "metode": "efektif", "tenor_maks": 12,
         "jumlah_maks": 3_000_000, "biaya_admin": 0, "kelipatan": 500})
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    d = js(cair(cli, "--produk", "mikro", "--format", "json", jumlah="3jt", tenor="6"))
    # 3.000.000 / 6 = 500.000 + 2 % x 3.000.000 = 60.000 -> 560.000 (a multiple of 500 already)
    assert d["angsuran"][0]["jumlah"] == 560_000
    assert saldo(kop, "4202") == 0
    assert cair(cli, "--produk", "tidak-ada").exit_code == 1
    data["pengaturan"]["pinjaman"]["produk"][1]["metode"] = "bunga-berbunga"
    data["pengaturan"]["pinjaman"]["produk"][1]["tenor_maks"] = "dua belas"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    r = cair(cli, "--produk", "mikro")
    assert r.exit_code == 3
    assert "produk[1].metode" in r.stderr and "produk[1].tenor_maks" in r.stderr


# ---- repay -----------------------------------------------------------------------------------
def test_angsur_sebagian_telat_dan_lebih(kop_siap, cli):
    # On the cash basis (a cooperative's choice): a payment runs through later installments' interest.
    ubah_pinjaman(kop_siap, pengakuan_jasa="kas")
    js(cair(cli, "--format", "json"))  # flat 5.000.000, 1,5 %, 575.000 a month from 2025-02-10
    h = js(cli("pinjaman", "angsur", "PJ00001", "575rb", "--tanggal", "2025-02-10", "--format", "json"))
    assert (h["denda"], h["jasa"], h["pokok"], h["sisa_pokok"]) == (0, 75_000, 500_000, 4_500_000)
    # a partial, late payment: interest first
    h = js(cli("pinjaman", "angsur", "PJ00001", "100rb", "--tanggal", "2025-03-15", "--format", "json"))
    assert (h["jasa"], h["pokok"], h["sisa_pokok"]) == (75_000, 25_000, 4_475_000)
    d = js(cli("pinjaman", "jadwal", "PJ00001", "--per", "2025-03-15", "--format", "json"))
    assert [a["dibayar"] for a in d["angsuran"][:3]] == [575_000, 100_000, 0]
    assert list(d["angsuran"][0]) == ["ke", "jatuh_tempo", "pokok", "jasa", "jumlah", "sisa_pokok", "dibayar"]
    # more than is owed (5.750.000 - 675.000 = 5.075.000) is refused and writes nothing
    sebelum = isi_folder(kop_siap)
    r = cli("pinjaman", "angsur", "PJ00001", "5.100.000", "--tanggal", "2025-03-20")
    assert r.exit_code == 1 and "--lebih-ke-sukarela" in r.stderr and "5.075.000" in r.stderr
    r = cli("pinjaman", "angsur", "PJ00001", "5.100.000", "--tanggal", "2025-03-20", lang="en")
    assert r.exit_code == 1 and "more than is owed" in r.stderr
    assert isi_folder(kop_siap) == sebelum
    # with --lebih-ke-sukarela the excess goes to the member's simpanan sukarela (2102)
    h = js(cli("pinjaman", "angsur", "PJ00001", "5.100.000", "--tanggal", "2025-03-20", "--lebih-ke-sukarela",
               "--format", "json"))
    assert h["lebih"] == 25_000 and h["lunas"] and h["sisa_pokok"] == 0
    with buka(kop_siap, coba=True) as b:
        assert b.saldo_tag("anggota", "0001")["0001"]["2102"][0] == -25_000
    assert saldo(kop_siap, "1110") == 0
    assert saldo(kop_siap, "4201") == -750_000
    r = cli("pinjaman", "angsur", "PJ00001", "1rb", "--tanggal", "2025-03-21")
    assert r.exit_code == 1 and "lunas" in r.stderr
    assert js(cli("periksa", "--format", "json"))["baik"]


def test_angsur_dengan_denda_harian(kop, cli):
    siapkan(kop, cli=cli)
    ubah_pinjaman(kop, produk={"denda": {"dasar": "harian", "tarif": 0.1, "tenggang": 0}})
    js(cair(cli, "--bunga", "1", "--format", "json", jumlah="1.200.000", tenor="3"))
    # 1.200.000 flat 1 %: 412.000 a month. Paid 10 days late: penalty 0,1 % x 412.000 x 10 = 4.120,
    # then interest 12.000, then principal 412.000 - 4.120 - 12.000 = 395.880
    h = js(cli("pinjaman", "angsur", "PJ00001", "412rb", "--tanggal", "2025-02-20", "--format", "json"))
    assert (h["denda"], h["jasa"], h["pokok"]) == (4_120, 12_000, 395_880)
    # 4.120 of installment 1 still unpaid for 18 more days: 0,1 % x 4.120 x 18 = 74,16 -> 74;
    # 420.000 pays 74 + 4.120 (inst. 1), 412.000 (inst. 2, due today: no penalty), and 3.806 of inst. 3's
    # principal (accrual: inst. 3's interest is not yet due, 420.000 - 74 - 4.120 - 412.000 = 3.806)
    h = js(cli("pinjaman", "angsur", "PJ00001", "420rb", "--tanggal", "2025-03-10", "--format", "json"))
    assert (h["denda"], h["jasa"], h["pokok"]) == (74, 12_000, 4_120 + 400_000 + 3_806)
    assert saldo(kop, "4203") == -(4_120 + 74)
    assert js(cli("periksa", "--format", "json"))["baik"]


def test_angsur_urutan_tanggal_dan_dry_run(kop_siap, cli):
    js(cair(cli, "--format", "json"))
    assert cli("pinjaman", "angsur", "PJ00001", "575rb", "--tanggal", "2025-02-10").exit_code == 0
    sebelum = isi_folder(kop_siap)
    r = cli("pinjaman", "angsur", "PJ00001", "575rb", "--tanggal", "2025-02-01")
    assert r.exit_code == 1 and "urutan tanggal" in r.stderr
    r = cli("pinjaman", "angsur", "PJ00001", "575rb", "--tanggal", "2025-01-05")
    assert r.exit_code == 1
    r = cli("pinjaman", "angsur", "PJ99999", "575rb", "--tanggal", "2025-03-01")
    assert r.exit_code == 1 and "tidak ada" in r.stderr
    r = cli("pinjaman", "angsur", "PJ00001", "575rb", "--tanggal", "2025-03-10", "--dry-run")
    assert r.exit_code == 0 and "Akan dicatat" in r.stdout
    r = cair(cli, "--dry-run", tanggal="2025-03-01")
    assert r.exit_code == 0 and "PJ00002" in r.stdout
    assert isi_folder(kop_siap) == sebelum


# ---- early payoff ----------------------------------------------------------------------------
def test_lunasi_bulan_berjalan(kop_siap, cli):
    js(cair(cli, "--format", "json"))
    cli("pinjaman", "angsur", "PJ00001", "575rb", "--tanggal", "2025-02-10")
    kas = saldo(kop_siap, "1101")
    # on 2025-03-05 (inside installment 2's period): principal 4.500.000 + that month's interest 75.000;
    # the interest of installments 3..10 (8 x 75.000) is waived
    h = js(cli("pinjaman", "lunasi", "PJ00001", "--tanggal", "2025-03-05", "--format", "json"))
    assert (h["jumlah"], h["pokok"], h["jasa"], h["jasa_dihapus"]) == (4_575_000, 4_500_000, 75_000, 600_000)
    assert saldo(kop_siap, "1101") == kas + 4_575_000
    assert saldo(kop_siap, "1110") == 0
    d = js(cli("pinjaman", "daftar", "--per", "2025-03-31", "--format", "json"))
    assert d["pinjaman"] == []
    r = cli("pinjaman", "lunasi", "PJ00001", "--tanggal", "2025-03-06")
    assert r.exit_code == 1 and "lunas" in r.stderr
    r = cli("pinjaman", "jadwal", "PJ00001", "--per", "2025-04-01", "--format", "csv")
    assert r.stdout.count("dilunasi") == 8 and r.stdout.count("lunas") == 10
    assert js(cli("periksa", "--format", "json"))["baik"]


# ---- aging, provision, NPL, report -----------------------------------------------------------
@pytest.mark.parametrize("hari, kelas, ppap", [
    (90, "lancar", 25_000), (91, "kurang lancar", 500_000), (180, "kurang lancar", 500_000),
    (181, "diragukan", 2_500_000), (270, "diragukan", 2_500_000), (271, "macet", 5_000_000),
])
def test_kolektibilitas_melintasi_batas(kop_siap, cli, hari, kelas, ppap):
    js(cair(cli, "--format", "json", tenor="12"))  # nothing paid; first due date 2025-02-10
    per = date(2025, 2, 10) + timedelta(days=hari)
    d = js(cli("pinjaman", "daftar", "--per", per.isoformat(), "--format", "json"))
    assert d["pinjaman"] == [{"id": "PJ00001", "anggota": "0001", "pokok": 5_000_000, "sisa_pokok": 5_000_000,
                              "hari_tunggakan": hari, "kolektibilitas": kelas, "ppap": ppap}]
    assert d["per"] == per.isoformat()
    assert d["npl_bp"] == (0 if kelas == "lancar" else 10_000)


def test_daftar_filter_npl_dan_tunggakan(kop_siap, cli):
    js(cair(cli, "--format", "json", tenor="12"))                           # PJ00001: never paid
    js(cair(cli, "--format", "json", no="2", jumlah="3jt", tanggal="2025-04-01"))  # PJ00002: current
    per = "2025-06-30"  # PJ00001: 140 days past due (kurang lancar); PJ00002 paid to date (lancar)
    cli("pinjaman", "angsur", "PJ00002", "345rb", "--tanggal", "2025-05-01")  # 300.000 + 45.000
    cli("pinjaman", "angsur", "PJ00002", "345rb", "--tanggal", "2025-06-01")
    d = js(cli("pinjaman", "daftar", "--per", per, "--format", "json"))
    assert [p["kolektibilitas"] for p in d["pinjaman"]] == ["kurang lancar", "lancar"]
    # NPL = 5.000.000 / (5.000.000 + 2.400.000) = 67,567... -> 67,57 % = 6757 basis points
    assert d["npl_bp"] == 6757
    d = js(cli("pinjaman", "daftar", "--per", per, "--kolektibilitas", "kurang-lancar", "--format", "json"))
    assert [p["id"] for p in d["pinjaman"]] == ["PJ00001"] and d["npl_bp"] == 6757
    assert cli("pinjaman", "daftar", "--kolektibilitas", "bagus").exit_code == 1
    t = js(cli("pinjaman", "tunggakan", "--per", per, "--format", "json"))
    # PJ00001 installments due 02-10 .. 06-10: 5 x (416.667 + 75.000)
    assert [r["id"] for r in t["tunggakan"]] == ["PJ00001"]
    r0 = t["tunggakan"][0]
    assert (r0["angsuran"], r0["pokok"], r0["jasa"], r0["hari_tunggakan"]) == (5, 5 * 416_667, 5 * 75_000, 140)
    assert t["total"]["jumlah"] == 5 * 491_667


def test_cadangkan_dua_kali_dan_laporan_cocok(kop_siap, cli):
    js(cair(cli, "--format", "json", tenor="12"))
    js(cair(cli, "--format", "json", no="2", jumlah="2jt", tanggal="2025-05-20"))
    # 2025-06-30: PJ00001 140 days past due -> kurang lancar, 10 % x 5.000.000 = 500.000;
    # PJ00002 first due 2025-06-20, 10 days -> lancar, 0,5 % x 2.000.000 = 10.000
    h = js(cli("pinjaman", "cadangkan", "2025-06", "--format", "json"))
    assert (h["ppap_wajib"], h["ppap_sebelum"], h["selisih"]) == (510_000, 0, 510_000)
    assert h["entri"] and h["tanggal"] == "2025-06-30"
    sebelum = isi_folder(kop_siap)
    h = js(cli("pinjaman", "cadangkan", "2025-06", "--format", "json"))
    assert h["entri"] is None and h["selisih"] == 0
    assert isi_folder(kop_siap) == sebelum  # idempotent for the month
    assert saldo(kop_siap, "1111") == -510_000 and saldo(kop_siap, "6109") == 510_000
    lap = js(cli("laporan", "pinjaman", "--per", "2025-06-30", "--format", "json"))
    assert lap["total_sisa_pokok"] == lap["saldo_piutang"] == 7_000_000
    assert lap["total_ppap_tercatat"] == lap["saldo_ppap"] == lap["total_ppap"] == 510_000
    assert lap["cocok_piutang"] and lap["cocok_ppap"]
    kelas = {k["kolektibilitas"]: k for k in lap["kelas"]}
    assert kelas["kurang lancar"]["sisa_pokok"] == 5_000_000 and kelas["lancar"]["ppap"] == 10_000
    assert lap["npl_bp"] == 7143  # 5.000.000 / 7.000.000 = 71,43 %
    assert not lap["sehat"]
    # July: PJ00002 repaid to date, PJ00001 now 171 days: still kurang lancar; nothing changes but
    # PJ00002's principal: 0,5 % x (2.000.000 - 166.667) = 9.166,67 -> 9.167: a release of 833
    cli("pinjaman", "angsur", "PJ00002", "196.667", "--tanggal", "2025-06-20")
    h = js(cli("pinjaman", "cadangkan", "2025-07", "--format", "json"))
    assert h["selisih"] == -833
    assert saldo(kop_siap, "6109") == 510_000 - 833
    r = cli("laporan", "pinjaman", "--per", "2025-07-31")
    assert r.exit_code == 0 and "cocok" in r.stdout
    assert js(cli("periksa", "--format", "json"))["baik"]
    assert cli("pinjaman", "cadangkan", "2099-01").exit_code == 1


def test_laporan_pinjaman_csv_dan_inggris(kop_siap, cli, tmp_path):
    js(cair(cli, "--format", "json"))
    # two sections (the loans, the collectibility classes): one plain CSV each
    r = cli("laporan", "pinjaman", "--per", "2025-03-31", "-o", str(tmp_path / "pinjaman.csv"))
    assert r.exit_code == 0 and "PJ00001" in (tmp_path / "pinjaman-pinjaman.csv").read_text(encoding="utf-8")
    assert (tmp_path / "pinjaman-kolektibilitas.csv").read_text(encoding="utf-8").startswith("kelas,")
    r = cli("laporan", "pinjaman", "--per", "2025-03-31", "--format", "csv", "--bagian", "pinjaman")
    assert r.exit_code == 0 and "PJ00001" in r.stdout
    r = cli("report", "loans", "--per", "2025-03-31", lang="en")
    assert r.exit_code == 0 and "Loan Portfolio Report" in r.stdout


# ---- write-off and recovery ------------------------------------------------------------------
def test_hapus_buku_dan_pemulihan(kop_siap, cli):
    js(cair(cli, "--format", "json", jumlah="1jt"))  # first due 2025-02-10, never paid
    sebelum = isi_folder(kop_siap)
    r = cli("pinjaman", "hapus-buku", "PJ00001", "--tanggal", "2025-08-01")  # 172 days: kurang lancar
    assert r.exit_code == 1 and "macet" in r.stderr
    assert isi_folder(kop_siap) == sebelum
    h = js(cli("pinjaman", "cadangkan", "2025-11", "--format", "json"))  # 293 days: macet, 100 %
    assert h["ppap_wajib"] == 1_000_000
    h = js(cli("pinjaman", "hapus-buku", "PJ00001", "--tanggal", "2025-12-01", "--format", "json"))
    assert (h["pokok"], h["ppap"], h["beban"]) == (1_000_000, 1_000_000, 0)
    assert saldo(kop_siap, "1110") == 0 and saldo(kop_siap, "1111") == 0
    assert saldo(kop_siap, "6109") == 1_000_000
    d = js(cli("pinjaman", "daftar", "--per", "2025-12-31", "--format", "json"))
    assert d["pinjaman"] == []
    # a later payment is income (4402), not principal
    h = js(cli("pinjaman", "angsur", "PJ00001", "300rb", "--tanggal", "2025-12-15", "--format", "json"))
    assert h["pemulihan"] == 300_000
    assert saldo(kop_siap, "4402") == -300_000 and saldo(kop_siap, "1110") == 0
    # at most what was owed at write-off: principal 1.000.000 + interest 10 x 15.000 = 1.150.000
    r = cli("pinjaman", "angsur", "PJ00001", "900rb", "--tanggal", "2025-12-16")
    assert r.exit_code == 1 and "850.000" in r.stderr
    assert cli("pinjaman", "hapus-buku", "PJ00001", "--tanggal", "2025-12-20").exit_code == 1
    assert cli("pinjaman", "lunasi", "PJ00001", "--tanggal", "2025-12-20").exit_code == 1
    h = js(cli("pinjaman", "cadangkan", "2025-12", "--format", "json"))
    assert h["entri"] is None
    assert js(cli("periksa", "--format", "json"))["baik"]


def test_hapus_buku_tanpa_ppap_dibebankan(kop_siap, cli):
    js(cair(cli, "--format", "json", jumlah="1jt"))
    h = js(cli("pinjaman", "hapus-buku", "PJ00001", "--tanggal", "2025-12-01", "--format", "json"))
    assert (h["ppap"], h["beban"]) == (0, 1_000_000)
    assert saldo(kop_siap, "6109") == 1_000_000


# ---- the cache, reversals and the library for members ----------------------------------------
def test_periksa_menemukan_tabel_rusak_dan_bangun_ulang(kop_siap, cli):
    js(cair(cli, "--format", "json"))
    cli("pinjaman", "angsur", "PJ00001", "575rb", "--tanggal", "2025-02-10")
    with buka(kop_siap) as b:  # a cache that no longer matches its journal
        b.tabel("pinjaman").update({"sisa_pokok": 1, "bayar": []}, doc_ids=[1])
    d = json.loads(cli("periksa", "--format", "json").stdout)
    assert not d["baik"]
    assert any("PJ00001" in t and "tidak cocok" in t for t in d["temuan"])
    assert cli("pinjaman", "bangun-ulang").exit_code == 0
    assert js(cli("periksa", "--format", "json"))["baik"]


def test_periksa_saldo_per_pinjaman(kop_siap, cli):
    js(cair(cli, "--format", "json"))
    with buka(kop_siap) as b:  # a posting on 1110 tagged with another loan id
        from koperasi_cli.core.jurnal import Entri, debit, kredit

        b.catat(Entri(date(2025, 1, 20), (debit("1110", 1000, pinjaman="PJ00009", anggota="0001"),
                                          kredit("1101", 1000)), "salah", unit="simpan-pinjam"))
    d = json.loads(cli("periksa", "--format", "json").stdout)
    assert not d["baik"] and any("PJ00009" in t for t in d["temuan"])


def test_jurnal_batal_angsuran(kop_siap, cli):
    js(cair(cli, "--format", "json"))
    cli("pinjaman", "angsur", "PJ00001", "575rb", "--tanggal", "2025-02-10")  # J000003
    assert cli("jurnal", "batal", "J000003", "--ket", "salah catat", "--tanggal", "2025-02-12").exit_code == 0
    d = js(cli("pinjaman", "daftar", "--per", "2025-02-11", "--format", "json"))
    assert d["pinjaman"][0]["sisa_pokok"] == 4_500_000 and d["pinjaman"][0]["hari_tunggakan"] == 0
    d = js(cli("pinjaman", "daftar", "--per", "2025-02-12", "--format", "json"))
    assert d["pinjaman"][0]["sisa_pokok"] == 5_000_000 and d["pinjaman"][0]["hari_tunggakan"] == 2
    assert js(cli("periksa", "--format", "json"))["baik"]
    h = js(cli("pinjaman", "angsur", "PJ00001", "575rb", "--tanggal", "2025-02-12", "--format", "json"))
    assert (h["jasa"], h["pokok"]) == (75_000, 500_000)
    assert js(cli("periksa", "--format", "json"))["baik"]


def test_pinjaman_anggota_untuk_keluar(kop_siap, cli):
    from koperasi_cli.layanan.pinjaman import pinjaman_anggota, sisa_pokok_anggota

    js(cair(cli, "--format", "json"))
    js(cair(cli, "--format", "json", jumlah="1jt", tanggal="2025-01-11"))
    js(cair(cli, "--format", "json", no="2", jumlah="1jt"))
    cli("pinjaman", "angsur", "PJ00001", "575rb", "--tanggal", "2025-02-10")
    cli("pinjaman", "lunasi", "PJ00002", "--tanggal", "2025-02-10")
    with buka(kop_siap, coba=True) as b:
        assert pinjaman_anggota(b, "1") == [{"id": "PJ00001", "tanggal": "2025-01-10", "pokok": 5_000_000,
                                             "sisa_pokok": 4_500_000, "sisa_jasa": 675_000}]
        assert sisa_pokok_anggota(b, "0002") == 1_000_000
        assert sisa_pokok_anggota(b, "0003") == 0


def test_alias_inggris(kop_siap, cli):
    r = cli("loan", "disburse", "1", "1jt", "--tenor", "4", "--tanggal", "2025-01-10", lang="en")
    assert r.exit_code == 0 and "Recorded" in r.stdout
    r = cli("loan", "repay", "PJ00001", "260rb", "--tanggal", "2025-02-10", lang="en")
    assert r.exit_code == 0 and "Principal left" in r.stdout
    r = cli("loan", "--help", lang="en")
    for nama in ("simulate", "schedule", "arrears", "settle", "write-off", "provision"):
        assert nama in r.stdout


def test_tabel_per_blok_dan_bangun_ulang(kop_siap, cli):
    """Loan 101 goes to the second block; the index names every loan; rebuilding gives the same."""
    from koperasi_cli.layanan import pinjaman as pj

    with buka(kop_siap) as b:
        for i in range(101):
            pj.cair(b, "1" if i % 2 else "2", 100_000, tenor=2, tanggal=date(2025, 1, 10))
        pj.angsur(b, "PJ00101", 60_000, tanggal=date(2025, 2, 10))
    data = kop_siap / "data"
    assert (data / "pinjaman-0001.json").exists() and (data / "pinjaman-0002.json").exists()
    with buka(kop_siap, coba=True) as b:
        assert len(b.tabel("pinjaman-0001")) == 100 and len(b.tabel("pinjaman-0002")) == 1
        ring = b.tabel("pinjaman").get(doc_id=101)
        # 100.000 flat 1,5 %, 2 months: 50.000 + 1.500 twice; 60.000 pays installment 1 (51.500),
        # then 8.500 of installment 2's principal (its interest is not due yet): 41.500 left
        assert ring["sisa_pokok"] == 41_500 and "jadwal" not in ring
    sebelum = {p.name: p.read_bytes() for p in data.glob("pinjaman*.json")}
    assert js(cli("periksa", "--format", "json"))["baik"]
    assert cli("pinjaman", "bangun-ulang").exit_code == 0
    assert {p.name: p.read_bytes() for p in data.glob("pinjaman*.json")} == sebelum
    with buka(kop_siap) as b:  # a loan's block tampered with through the books
        b.tabel("pinjaman-0002").update({"sisa_pokok": 1}, doc_ids=[101])
    d = json.loads(cli("periksa", "--format", "json").stdout)
    assert not d["baik"] and any("PJ00101" in t for t in d["temuan"])


def test_produk_sendiri_tanpa_produk_bawaan(kop, cli):
    siapkan(kop, cli=cli)
    path = kop / "koperasi.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["pengaturan"]["pinjaman"] = {"produk": [
        {"kode": "harian", "bunga": 2, "metode": "efektif", "tenor_maks": 6, "jumlah_maks": 2_000_000}]}
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    d = js(cair(cli, "--format", "json", jumlah="1,2jt", tenor="6"))
    # the only product: efektif 2 %: 200.000 + 2 % x 1.200.000 = 224.000; admin 1 % by default
    assert d["angsuran"][0]["jumlah"] == 224_000 and saldo(kop, "4202") == -12_000
    data["pengaturan"]["pinjaman"]["produk_bawaan"] = "bulanan"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    r = cair(cli, jumlah="1jt", tenor="6")
    assert r.exit_code == 3 and "produk_bawaan" in r.stderr


def test_cair_dan_angsur_lewat_bank(kop_siap, cli):
    r = cli("kas", "masuk", "10jt", "--akun", "3104", "--kas", "1104", "--ket", "Hibah lewat bank", "--tanggal", "2025-01-05")
    assert r.exit_code == 0
    js(cair(cli, "--kas", "1104", "--format", "json", jumlah="2jt", tenor="4"))
    assert saldo(kop_siap, "1104") == 10_000_000 - 1_980_000  # 2.000.000 less the 20.000 admin fee
    js(cli("pinjaman", "angsur", "PJ00001", "530rb", "--kas", "1104", "--tanggal", "2025-02-10", "--format", "json"))
    assert saldo(kop_siap, "1104") == 10_000_000 - 1_980_000 + 530_000
    r = cair(cli, "--kas", "4402", jumlah="1jt", tenor="4")
    assert r.exit_code == 1 and "bukan akun kas" in r.stderr
