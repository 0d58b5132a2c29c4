"""Every command and option has help text in both languages; every command answers to its
English alias; `--help` is plain and starts fast (measured in benchmarks/, not here)."""

import pytest
import typer

from koperasi_cli import i18n
from koperasi_cli.cli.main import buat_app


def _pohon(bahasa: str):
    i18n.atur_bahasa(bahasa)
    perintah = typer.main.get_command(buat_app())
    i18n.atur_bahasa("id")
    return perintah


def _jalan(cmd, jalur=()):
    """Every command of the tree (loaded in the current language), by every name."""
    from koperasi_cli.cli.pohon import anak

    yield jalur, cmd
    for nama, sub in anak(cmd).items():
        yield from _jalan(sub, (*jalur, nama))


@pytest.mark.parametrize("bahasa", ["id", "en"])
def test_setiap_perintah_dan_opsi_punya_bantuan(bahasa):
    kurang = []
    i18n.atur_bahasa(bahasa)
    for jalur, cmd in _jalan(_pohon(bahasa)):
        if not (cmd.help or "").strip():
            kurang.append(" ".join(jalur) or "koperasi")
        for p in cmd.params:
            if getattr(p, "hidden", False) or p.name in ("help",):
                continue
            if isinstance(p, typer.core.TyperArgument) or p.__class__.__name__.endswith("Argument"):
                teks = getattr(p, "help", None)
            else:
                teks = p.help
            if not (teks or "").strip():
                kurang.append(f"{' '.join(jalur)} {p.name}")
    assert kurang == []


def test_alias_inggris_ada_dan_tersembunyi_dalam_bahasa_indonesia():
    from koperasi_cli.cli.pohon import anak

    id_ = anak(_pohon("id"))
    i18n.atur_bahasa("en")
    en = anak(_pohon("en"))
    i18n.atur_bahasa("id")
    for nama, alias in [("kas", "cash"), ("jurnal", "journal"), ("laporan", "report"), ("periksa", "check"),
                        ("init", "register"), ("ekspor", "export"), ("tutup-buku", "close"), ("akun", "account")]:
        assert nama in id_ and alias in id_
        assert id_[alias].hidden and not id_[nama].hidden
        assert not en[alias].hidden
    assert "in" in anak(id_["kas"]) and "trial-balance" in anak(id_["laporan"])


def test_alias_bekerja(cli):
    r = cli("cash", "in", "5jt", "--akun", "3104", "--ket", "grant", "--tanggal", "2025-01-05", lang="en")
    assert r.exit_code == 0 and r.stdout.startswith("Recorded: J000001")
    r = cli("report", "trial-balance", "--per", "2025-01-31", "--format", "json")
    assert '"total_debit": 5000000' in r.stdout


def test_bantuan_bahasa_inggris(cli):
    r = cli("kas", "--help", lang="en")
    assert "Record cash in" in r.stdout
