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
    `OPSI_INGGRIS` nor `OPSI_SAMA` (cli/umum.py) fails here until its English name is added."""
    from koperasi_cli.cli.umum import OPSI_INGGRIS, OPSI_INGGRIS_KHUSUS, OPSI_SAMA

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
    assert kurang == [], "options without an English name (add them to OPSI_INGGRIS in cli/umum.py)"


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
