"""English is English, Indonesian is Indonesian (issue 20): every option answers to an English
name, English help shows English names and metavars, English output shows English labels and
the English decimal convention, English messages name English commands."""

import re
from decimal import Decimal

import click
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import perintah_cli


def _jalan(cmd, jalur=()):
    """Every command of the tree (converted in the current language), by every name."""
    from koperasi_cli.cli.pohon import anak

    yield jalur, cmd
    for nama, sub in anak(cmd).items():
        yield from _jalan(sub, (*jalur, nama))


@pytest.mark.parametrize("bahasa", ["id", "en"])
def test_setiap_opsi_punya_nama_inggris(bahasa):
    """Like a test that fails when a command lacks help: a new option whose name is in neither
    `OPSI_INGGRIS` nor `OPSI_SAMA` (i18n/nama.py) fails here until its English name is added."""
    from koperasi_cli.i18n.nama import OPSI_INGGRIS, OPSI_INGGRIS_KHUSUS, OPSI_SAMA

    from koperasi_cli import i18n

    inggris = {e for v in (*OPSI_INGGRIS.values(), *OPSI_INGGRIS_KHUSUS.values()) for e in v} | OPSI_SAMA
    kurang = []
    i18n.atur_bahasa(bahasa)
    for jalur, cmd in _jalan(perintah_cli(bahasa)):
        for p in cmd.params:
            if not isinstance(p, click.Option):
                continue
            nama = [*p.opts, *p.secondary_opts]
            tak_dikenal = [o for o in nama if o not in OPSI_INGGRIS and o not in inggris]
            if tak_dikenal or not any(o in inggris for o in nama):
                kurang.append(f"{' '.join(jalur)} {'/'.join(nama)}")
    assert kurang == [], "options without an English name (add them to OPSI_INGGRIS in i18n/nama.py)"


def test_urutan_nama_mengikuti_bahasa():
    from koperasi_cli.cli.pohon import anak

    id_ = anak(anak(perintah_cli("id"))["kas"])["masuk"]
    en = anak(anak(perintah_cli("en"))["cash"])["in"]
    opsi = lambda c, nama: next(p for p in c.params if p.name == nama).opts  # noqa: E731
    assert opsi(id_, "tgl") == ["--tanggal", "--date"]
    assert opsi(en, "tgl") == ["--date", "--tanggal"]
    assert opsi(en, "ket") == ["--description", "--memo", "--ket"]


def test_bantuan_inggris_bernama_inggris(cli):
    r = cli("loan", "disburse", "--help", lang="en")
    assert "Usage: koperasi loan disburse [OPTIONS] MEMBER_NO AMOUNT" in r.stdout
    assert "--rate, --bunga" in r.stdout and "JUMLAH" not in r.stdout
    r = cli("pinjaman", "cair", "--help")
    assert "NO JUMLAH" in r.stdout and "--bunga, --rate" in r.stdout
    r = cli("laporan", "tren", "--help", lang="en")
    assert "--months, --bulan" in r.stdout
    assert "--wide, --lebar" in r.stdout  # declared by the command itself, English first in English
    assert "--lebar, --wide" in cli("laporan", "tren", "--help").stdout


def test_opsi_inggris_bekerja(cli):
    r = cli("cash", "in", "5jt", "--account", "3104", "--memo", "grant", "--date", "2025-01-05",
            "--voucher", "KW-1", lang="en")
    assert r.exit_code == 0, r.output
    r = cli("jurnal", "daftar", "2025-01", "--format", "json")
    assert '"bukti": "KW-1"' in r.stdout and '"tanggal": "2025-01-05"' in r.stdout


def _pasangan(cmd):
    """The tree's Indonesian commands and their English aliases: `perintah()`/`grup()` register
    the alias right after the name, hidden in Indonesian help."""
    from koperasi_cli.cli.pohon import anak

    hasil, daftar = {}, list(anak(cmd).items())
    for i, (nama, sub) in enumerate(daftar):
        if sub.hidden:
            continue
        alias = daftar[i + 1][0] if i + 1 < len(daftar) and daftar[i + 1][1].hidden else nama
        anak_ = _pasangan(sub)
        hasil[nama] = (alias, anak_) if anak_ or isinstance(sub, click.Group) else alias
    return hasil


def test_tabel_perintah_inggris_sesuai_pohon():
    """Messages name English commands through `PERINTAH_INGGRIS`: it must match the tree (a new
    command fails here until it is added). `ekspor`'s formats are the same words in English."""
    from koperasi_cli.i18n.nama import PERINTAH_INGGRIS

    def rata(pohon, awal=()):
        for nama, nilai in pohon.items():
            alias, anak = (nilai, {}) if isinstance(nilai, str) else nilai
            yield (*awal, nama), alias
            yield from rata(anak, (*awal, nama))

    pohon = dict(rata(_pasangan(perintah_cli("id"))))
    tabel = dict(rata(PERINTAH_INGGRIS))
    kurang = {k: v for k, v in pohon.items() if k not in tabel and k[0] != "ekspor"}
    assert kurang == {}
    assert {k: v for k, v in tabel.items() if pohon.get(k) != v} == {}


def test_inggriskan_pesan():
    from koperasi_cli.i18n.nama import inggriskan

    assert inggriskan("See the list with 'koperasi sembako barang daftar'.") == "See the list with 'koperasi shop item list'."
    assert inggriskan("reverse it with 'koperasi jurnal batal {id} --ket REASON'") == \
        "reverse it with 'koperasi journal void {id} --description REASON'"
    assert inggriskan("first run 'tutup-buku {bulan} --buka-kembali'") == "first run 'close {bulan} --reopen'"
    # words that are not commands stay: arguments, English prose, values
    assert inggriskan("koperasi hit an internal error") == "koperasi hit an internal error"
    assert inggriskan("with the sections 'profil' and 'akun'.") == "with the sections 'profil' and 'akun'."
    assert inggriskan("Use --jabatan ketua-pengawas, -o FILE or --format json.") == \
        "Use --position ketua-pengawas, -o FILE or --format json."


def test_pesan_inggris_menunjuk_perintah_inggris(cli):
    r = cli("jurnal", "batal", "J000009", "--ket", "x", lang="en")
    assert r.exit_code == 1 and "'koperasi journal list'" in r.stderr and "jurnal" not in r.stderr
    r = cli("jurnal", "batal", "J000009", "--ket", "x")
    assert r.exit_code == 1 and "'koperasi jurnal daftar'" in r.stderr
    r = cli("anggota", "lihat", "0042", lang="en")
    assert "'koperasi member list'" in r.stderr
    # a refusal naming an option names its English name in English
    r = cli("kas", "masuk", "5jt", "--akun", "3104", "--ket", "a\u202eb", lang="en")
    assert r.exit_code != 0 and "--description" in r.stderr and "--ket" not in r.stderr


# ---- values, labels and the decimal convention ------------------------------------------------
# Indonesian words that must not appear in an English report (stored values shown raw, Indonesian
# headings and the Indonesian decimal convention); names and the journal's own descriptions are
# the cooperative's data and are not checked.
PENANDA = re.compile(r"\b(aktif|keluar|lancar|kurang lancar|diragukan|macet|setahun|Pokok|Wajib|Sukarela|"
                     r"L/P|cukup sehat|tidak sehat|Jenis|Status: aktif)\b|\d,\d+ %")


@pytest.fixture
def buku_kecil(kop, cli):
    """Two members and one who left; a loan of 5jt over 10 months from 2025-01-10, never paid."""
    from tests.anggota_bantu import Lib

    with Lib(kop) as k:
        k.modal()
        k.tambah("Budi", 1)
        k.tambah("Sari", 2, perempuan=True)
        k.tambah("Arta", 3)
        k.setor("0001", "sukarela", 100_000, "2025-01-15")
    r = cli("anggota", "keluar", "0003", "--bayar", "--tanggal", "2025-02-01")
    assert r.exit_code == 0, r.output
    r = cli("pinjaman", "cair", "0001", "5jt", "--tenor", "10", "--tanggal", "2025-01-10")
    assert r.exit_code == 0, r.output
    return cli


LAPORAN_INGGRIS = [
    ("member", "list", "--status", "semua"),
    ("member", "list", "--status", "semua", "--format", "csv"),
    ("member", "show", "0003"),
    ("savings", "statement", "0001"),
    ("savings", "balance", "0001"),
    ("loan", "list", "--per", "2025-06-30"),
    ("loan", "list", "--per", "2025-06-30", "--format", "csv"),
    ("loan", "arrears", "--per", "2025-06-30"),
    ("report", "loans", "--per", "2025-06-30"),
    ("report", "health", "2025-06"),
]


def test_laporan_inggris_tanpa_label_indonesia(buku_kecil):
    cli = buku_kecil
    bocor = {}
    for args in LAPORAN_INGGRIS:
        r = cli(*args, lang="en")
        assert r.exit_code == 0, (args, r.output)
        temuan = sorted({m.group(0) for m in PENANDA.finditer(r.stdout)})
        if temuan:
            bocor[" ".join(args)] = temuan
    assert bocor == {}
    daftar = cli("member", "list", "--status", "semua", lang="en").stdout
    assert "active" in daftar and "left" in daftar and "M/F" in daftar
    assert re.search(r"0002 .* F .* active", daftar)
    # the loan, 5.000.000 unpaid since its first due date 2025-02-10: 140 days late at 30 June,
    # past 90 days -> kurang lancar, shown "substandard"
    assert "substandard" in cli("loan", "list", "--per", "2025-06-30", lang="en").stdout
    # Indonesian keeps the stored words
    assert "kurang lancar" in cli("pinjaman", "daftar", "--per", "2025-06-30").stdout
    assert "keluar" in cli("anggota", "daftar", "--status", "semua").stdout


def test_json_dan_header_csv_tetap(buku_kecil):
    """JSON values and CSV headers are stable identifiers in both languages."""
    cli = buku_kecil
    en = cli("loan", "list", "--per", "2025-06-30", "--format", "json", lang="en").stdout
    id_ = cli("pinjaman", "daftar", "--per", "2025-06-30", "--format", "json").stdout
    assert en == id_ and '"kolektibilitas": "kurang lancar"' in en
    csv_en = cli("member", "list", "--status", "semua", "--format", "csv", lang="en").stdout
    assert csv_en.splitlines()[0] == cli("anggota", "daftar", "--status", "semua", "--format", "csv").stdout.splitlines()[0]
    assert ",left," in csv_en and ",keluar," not in csv_en


def test_persen_per_bahasa(buku_kecil):
    """NPL: the only loan is substandard, so NPL = 5.000.000 / 5.000.000 = 100 % (10000 bp)."""
    cli = buku_kecil
    assert "NPL: 100%" in cli("loan", "list", "--per", "2025-06-30", lang="en").stdout
    assert "NPL: 100 %" in cli("pinjaman", "daftar", "--per", "2025-06-30").stdout
    # the PPAP rates of the bands: 0.5 %, 10 %, 50 %, 100 % (profile defaults)
    en = cli("report", "loans", "--per", "2025-06-30", lang="en").stdout
    id_ = cli("laporan", "pinjaman", "--per", "2025-06-30").stdout
    assert "0.5%" in en and "0,5 %" in id_ and "0,5 %" not in en


@pytest.mark.parametrize("nilai, kw, id_, en", [
    (9367, {"bp": True}, "93,67 %", "93.67%"),
    (50, {"bp": True}, "0,5 %", "0.5%"),
    (3000, {"bp": True}, "30 %", "30%"),
    (-125, {"bp": True}, "-1,25 %", "-1.25%"),
    (9300, {"bp": True, "desimal": 2}, "93,00 %", "93.00%"),
    ("1.5", {}, "1,5 %", "1.5%"),
    (Decimal("2.345"), {"desimal": 2}, "2,35 %", "2.35%"),  # half up
    (None, {}, "-", "-"),
])
def test_format_persen(nilai, kw, id_, en):
    from koperasi_cli.core.uang import format_persen

    assert format_persen(nilai, bahasa="id", **kw) == id_
    assert format_persen(nilai, bahasa="en", **kw) == en


@given(st.integers(min_value=-10**9, max_value=10**9))
def test_format_persen_dua_bahasa_sama_angkanya(bp):
    """The two conventions differ in the separator and the space only."""
    from koperasi_cli.core.uang import format_persen

    id_, en = format_persen(bp, bp=True, bahasa="id"), format_persen(bp, bp=True, bahasa="en")
    assert id_.endswith(" %") and en.endswith("%") and not en.endswith(" %")
    assert id_[:-2].replace(",", ".") == en[:-1]
    assert Decimal(en[:-1]) * 100 == bp


def test_pesan_persen_per_bahasa(cli):
    r = cli("pinjaman", "simulasi", "5jt", "--tenor", "10", "--bunga", "12.5", "--metode", "flat")
    r_en = cli("loan", "simulate", "5jt", "--tenor", "10", "--rate", "12.5", "--method", "flat", lang="en")
    assert r.exit_code == 1 and "12,5 %" in r.stderr
    assert r_en.exit_code == 1 and "12.5%" in r_en.stderr


def test_opsi_dalam_nilai_pesan_bernama_inggris():
    from koperasi_cli import i18n

    i18n.atur_bahasa("en")
    try:
        teks = i18n.t("pinjaman_produk_tetap", produk="umum", opsi="--biaya-admin")
    finally:
        i18n.atur_bahasa("id")
    assert "--admin-fee" in teks and "--produk" not in teks and "--product" in teks
    assert "--biaya-admin" in i18n.t("pinjaman_produk_tetap", produk="umum", opsi="--biaya-admin")


def test_render_label_dan_persen_per_bahasa():
    """The renderer: label columns show English labels in English (CSV too), the header keys and
    the Indonesian view stay; a rate column ("6.5", percent) and a ratio column (bp) follow the
    language's convention in the table, CSV keeps the raw value."""
    from koperasi_cli import i18n
    from koperasi_cli.reports.model import Kolom, Laporan, Tabel
    from koperasi_cli.reports.render import ke_csv, ke_teks

    lap = Laporan("T", "p", {}, [Tabel(None, [Kolom("status", "Status"), Kolom("bunga", "Rate", "persen_nilai"),
                                             Kolom("rasio", "Ratio", "persen")],
                                       [{"status": "aktif", "bunga": "6.5", "rasio": 9367},
                                        {"status": "keluar", "bunga": "", "rasio": 50}])], {})
    id_teks, id_csv = ke_teks(lap), ke_csv(lap)
    i18n.atur_bahasa("en")
    try:
        en_teks, en_csv = ke_teks(lap), ke_csv(lap)
    finally:
        i18n.atur_bahasa("id")
    assert "aktif" in id_teks and "6,5 %" in id_teks and "93,67 %" in id_teks and "0,5 %" in id_teks
    assert "active" in en_teks and "left" in en_teks and "6.5%" in en_teks and "93.67%" in en_teks
    assert not PENANDA.search(en_teks)
    assert id_csv == "status,bunga,rasio\naktif,6.5,9367\nkeluar,,50\n"
    assert en_csv == "status,bunga,rasio\nactive,6.5,9367\nleft,,50\n"


def test_data_dalam_teks_inline_tidak_diterjemahkan():
    """`pilih` texts are often filled with data already: a quoted name that happens to be a
    command word stays; a command after `koperasi ` is translated."""
    from koperasi_cli import i18n

    i18n.atur_bahasa("en")
    try:
        teks = i18n.pilih("x", "Item 'sewa tenda' has no stock; see 'koperasi sembako stok'.")
    finally:
        i18n.atur_bahasa("id")
    assert teks == "Item 'sewa tenda' has no stock; see 'koperasi shop stock'."


def test_nilai_inggris_diterima(buku_kecil):
    """What an English reader sees is what they may type: `--status left`, `--sex F`,
    `--collectibility substandard`, a savings kind `voluntary`; stored as the Indonesian value."""
    import json

    cli = buku_kecil
    r = cli("member", "list", "--status", "left", "--format", "json", lang="en")
    assert [a["no"] for a in json.loads(r.stdout)["anggota"]] == ["0003"]
    r = cli("loan", "list", "--per", "2025-06-30", "--collectibility", "substandard", "--format", "json", lang="en")
    assert [p["kolektibilitas"] for p in json.loads(r.stdout)["pinjaman"]] == ["kurang lancar"]
    r = cli("savings", "deposit", "0002", "voluntary", "50rb", "--date", "2025-02-03", lang="en")
    assert r.exit_code == 0, r.output
    assert json.loads(cli("simpanan", "saldo", "0002", "--format", "json").stdout)["sukarela"] == 50_000
    from tests.anggota_bantu import nik

    r = cli("member", "add", "--name", "Ayu", "--nik", nik(4, perempuan=True), "--sex", "F", "--address",
            "Jl. Gunung Agung 2, Tegal Harum", "--date", "2025-02-03", "--no-principal", lang="en")
    assert r.exit_code == 0, r.output
    assert json.loads(cli("anggota", "lihat", "0004", "--format", "json").stdout)["jenis_kelamin"] == "P"


def test_pesan_menampilkan_label():
    from koperasi_cli import i18n

    assert "Jenis kelamin L tidak cocok" in i18n.t("jk_tidak_cocok_nik", jk="L", jk_nik="P")
    i18n.atur_bahasa("en")
    try:
        assert i18n.t("jk_tidak_cocok_nik", jk="L", jk_nik="P").startswith("Sex M does not match the NIK, which shows F")
        assert "is still substandard" in i18n.t("pinjaman_belum_macet", id="PJ00001", kelas="kurang lancar", hari=100, batas=180)
    finally:
        i18n.atur_bahasa("id")


def test_opsi_kurang_disebut_dalam_bahasa_pembaca(cli):
    r = cli("kas", "masuk", "5jt", "--ket", "x")
    assert r.exit_code == 2 and "'--akun'" in r.stderr and "--account" not in r.stderr
    r = cli("cash", "in", "5jt", "--memo", "x", lang="en")
    assert r.exit_code == 2 and "Missing option '--account'" in r.stderr and "--akun" not in r.stderr


def test_kolom_ya_tidak_dalam_kata(buku_kecil):
    """A yes/no column (the chart's contra accounts) reads ya/tidak, yes/no: not Python's True/False."""
    cli = buku_kecil
    id_ = cli("akun", "daftar").stdout
    en = cli("account", "list", lang="en").stdout
    assert "True" not in id_ + en and "False" not in id_ + en
    # 1101 Kas is no contra account; 1111 (allowance for bad loans) is one
    assert re.search(r"^1101 .* tidak\s*$", id_, re.M) and re.search(r"^1101 .* no\s*$", en, re.M)
    kontra = [b.split()[0] for b in id_.splitlines() if re.search(r" ya\s*$", b)]
    assert kontra and all(b.split()[0] in kontra for b in en.splitlines() if re.search(r" yes\s*$", b))
