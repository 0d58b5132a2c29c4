"""English is English, Indonesian is Indonesian: every command's --help (the whole tree, each
command once) and the refusals Click itself writes, in each language, carry no marker word of
the other language (Click's own texts are translated: Usage, Options, Error, Missing option...)."""

import re

import pytest

from koperasi_cli import i18n
from koperasi_cli.cli.pohon import PilihNama
from koperasi_cli.lingkungan import Lingkungan
from conftest import Cli, perintah_cli

# Words that show the other language: Click's texts and common function words, as whole words.
PENANDA = {
    "id": ["the", "and", "of", "with", "Usage", "Options", "Commands", "Arguments", "Show", "default", "required",
           "env var", "TEXT", "INTEGER", "FLOAT", "PATH", "Error", "Missing", "Invalid", "Try", "Aborted",
           "Did you mean", "No such", "Traceback", "Exception"],
    "en": ["dan", "yang", "untuk", "dengan", "atau", "dari", "tidak", "belum", "sudah", "Pemakaian", "Opsi",
           "Perintah", "Argumen", "bawaan", "wajib diisi", "TEKS", "BILANGAN", "Tampilkan", "Kesalahan", "Kurang",
           "Coba", "Dibatalkan", "Mungkin maksudnya", "Traceback", "Exception"],
}
# Names of things that keep their Indonesian name in English (the chart's account names).
ISTILAH = ["SHU belum dibagi"]


def _bocor(teks: str, lang: str) -> list[str]:
    teks = " ".join(teks.split())  # help wraps lines
    for istilah in ISTILAH:
        teks = teks.replace(istilah, "")
    return [w for w in PENANDA[lang] if re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", teks)]


def _jalur(lang: str) -> list[tuple[str, ...]]:
    """Every command of the tree once, by the name its help lists (aliases and plurals aside)."""
    hasil = []

    def jalan(cmd, jalur):
        hasil.append(jalur)
        if isinstance(cmd, PilihNama):
            for nama, _ in cmd.nama_alias(None):
                jalan(cmd.get_command(None, nama), (*jalur, nama))

    i18n.atur_bahasa(lang)
    try:
        jalan(perintah_cli(lang), ())
    finally:
        i18n.atur_bahasa("id")
    return hasil


@pytest.mark.parametrize("lang", ["id", "en"])
def test_bantuan_setiap_perintah_satu_bahasa(lang):
    cli = Cli(None)
    jalur = _jalur(lang)
    assert len(jalur) > 120  # the whole tree (139 paths in November 2026)
    bocor = {}
    for j in jalur:
        r = cli(*j, "--help", lang=lang)
        assert r.exit_code == 0, (j, r.output)
        kata = _bocor(r.stdout, lang)
        if kata:
            bocor[" ".join(j)] = kata
    assert bocor == {}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("args", [
    ("kas", "masuk"),                                    # missing argument
    ("anggota", "tambah", "--nik", "5171031505900001"),  # missing option
    ("kas", "masuk", "5jt", "--akn", "3104"),           # no such option, with a suggestion
    ("laporan", "tren", "--bulan", "0"),                 # out of range
    ("laporan", "tren", "--bulan", "dua"),               # not a number
    ("pinjaman", "simulat"),                              # no such command, with a suggestion
    ("kas", "masuk", "5jt", "lagi", "--akun", "3104"),   # an extra argument
    ("kas", "masuk", "--ket"),                           # an option without its value
])
def test_penolakan_click_satu_bahasa(cli, lang, args):
    r = cli(*args, lang=lang)
    assert r.exit_code == 2, r.output
    assert _bocor(r.stderr, lang) == [], r.stderr
    assert ("Kesalahan:" if lang == "id" else "Error:") in r.stderr


def test_teks_click_indonesia(cli):
    r = cli("anggota", "tambah", "--nik", "5171031505900001")
    assert "Kesalahan: Kurang opsi '--nama'." in r.stderr
    assert "Coba 'koperasi anggota tambah --help' untuk bantuan." in r.stderr
    r = cli("kas", "masuk", "--help")
    assert "[OPSI] JUMLAH" in r.stdout and "Tampilkan bantuan ini lalu keluar." in r.stdout
    assert "[wajib]" in cli("anggota", "tambah", "--help").stdout
    assert "[bawaan: 12; 1<=x<=120]" in cli("laporan", "tren", "--help").stdout
    r = cli("--lang", "fr", "info")
    assert r.exit_code == 2 and "Nilai tidak sah untuk --lang: pilih id atau en" in r.stderr


@pytest.mark.parametrize("lang,teks", [("id", "Dibatalkan!"), ("en", "Aborted!")])
def test_dibatalkan_di_terminal(tmp_path, lang, teks):
    """`init` on a terminal asks for what is missing; end of input there is 'Aborted!' in words of
    the language (the terminal given through the environment, no real one needed)."""
    r = Cli(tmp_path / "baru")("init", lang=lang, input="", env=Lingkungan(stdin_tty=True))
    assert r.exit_code == 1 and teks in r.stderr, r.output
    assert not (tmp_path / "baru").exists()


@pytest.mark.parametrize("lang, kata", [("id", "izin ditolak"), ("en", "permission denied")])
def test_sebab_bukan_nama_exception(lang, kata):
    """A cause given as an exception's name or the system's words reads in the reader's language."""
    from koperasi_cli import i18n

    i18n.atur_bahasa(lang)
    try:
        for sebab in ("PermissionError", "Permission denied"):
            teks = i18n.t("folder_tak_tertulis", folder="/x", sebab=sebab)
            assert kata in teks and "PermissionError" not in teks and "Permission denied" not in teks
        assert "Input/output error" in i18n.t("folder_tak_tertulis", folder="/x", sebab="Input/output error")
    finally:
        i18n.atur_bahasa("id")
