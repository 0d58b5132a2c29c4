"""The command reference in docs/ is generated from the help texts and kept up to date."""

import pytest

from koperasi_cli import dokumen


@pytest.mark.parametrize("bahasa", dokumen.BAHASA)
def test_daftar_perintah_mutakhir(bahasa):
    berkas = dokumen.berkas(bahasa)
    assert berkas.exists(), "run: python -m koperasi_cli.dokumen"
    assert berkas.read_text(encoding="utf-8") == dokumen.buat_dokumen(bahasa), (
        f"docs/{berkas.name} is out of date: run python -m koperasi_cli.dokumen")


def test_setiap_perintah_tercantum():
    """Every visible command has its heading; English aliases appear beside the Indonesian names."""
    import typer

    from koperasi_cli import i18n
    from koperasi_cli.cli.main import buat_app
    from koperasi_cli.cli.pohon import anak

    i18n.atur_bahasa("id")
    akar = typer.main.get_command(buat_app())
    teks = dokumen.buat_dokumen("id")

    def jalan(cmd, jalur):
        for nama, sub in anak(cmd).items():
            if sub.hidden:
                continue
            assert f"`koperasi {' '.join((*jalur, nama))}`" in teks
            jalan(sub, (*jalur, nama))

    jalan(akar, ())
    en = dokumen.buat_dokumen("en")
    assert "## `koperasi kas` [`cash`]" in en and "### `koperasi kas masuk` [`cash in`]" in en
    assert "### `koperasi laporan neraca-saldo` [`report trial-balance`]" in en
    assert "[`cash`]" not in teks


def test_periksa_dan_tulis(tmp_path, monkeypatch):
    monkeypatch.setattr(dokumen, "folder_dokumen", lambda: tmp_path)
    assert dokumen.main(["--periksa"]) == 1
    assert dokumen.main([]) == 0
    assert dokumen.main(["--periksa"]) == 0
