"""English is English, Indonesian is Indonesian (issue 20): every option answers to an English
name, English help shows English names and metavars, English output shows English labels and
the English decimal convention, English messages name English commands."""

import click
import pytest

from tests.conftest import perintah_cli


def _jalan(cmd, jalur=()):
    yield jalur, cmd
    for nama, sub in getattr(cmd, "commands", {}).items():
        yield from _jalan(sub, (*jalur, nama))


@pytest.mark.parametrize("bahasa", ["id", "en"])
def test_setiap_opsi_punya_nama_inggris(bahasa):
    """Like a test that fails when a command lacks help: a new option whose name is in neither
    `OPSI_INGGRIS` nor `OPSI_SAMA` (i18n/nama.py) fails here until its English name is added."""
    from koperasi_cli.i18n.nama import OPSI_INGGRIS, OPSI_INGGRIS_KHUSUS, OPSI_SAMA

    inggris = {e for v in (*OPSI_INGGRIS.values(), *OPSI_INGGRIS_KHUSUS.values()) for e in v} | OPSI_SAMA
    kurang = []
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
    id_ = perintah_cli("id").commands["kas"].commands["masuk"]
    en = perintah_cli("en").commands["cash"].commands["in"]
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


def test_opsi_inggris_bekerja(cli):
    r = cli("cash", "in", "5jt", "--account", "3104", "--memo", "grant", "--date", "2025-01-05",
            "--voucher", "KW-1", lang="en")
    assert r.exit_code == 0, r.output
    r = cli("jurnal", "daftar", "2025-01", "--format", "json")
    assert '"bukti": "KW-1"' in r.stdout and '"tanggal": "2025-01-05"' in r.stdout


def _pasangan(cmd):
    """The tree's Indonesian commands and their English aliases: `perintah()`/`grup()` register
    the alias right after the name, hidden in Indonesian help."""
    hasil, daftar = {}, list(getattr(cmd, "commands", {}).items())
    for i, (nama, sub) in enumerate(daftar):
        if sub.hidden:
            continue
        alias = daftar[i + 1][0] if i + 1 < len(daftar) and daftar[i + 1][1].hidden else nama
        anak = _pasangan(sub)
        hasil[nama] = (alias, anak) if anak or hasattr(sub, "commands") else alias
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
