"""A faster `cli` for the accounting tests: the command tree is built once per language and
reused (building it costs most of an in-process call), as in test_sembako_cli.py."""

from __future__ import annotations

import pytest

_PERINTAH: dict[str, object] = {}


class CliCepat:
    def __init__(self, akar):
        self.akar = akar

    def __call__(self, *args: str, lang: str = "id", input: str | None = None):
        from typer.main import get_command
        from typer.testing import CliRunner

        from koperasi_cli import i18n
        from koperasi_cli.cli.main import buat_app

        i18n.atur_bahasa(lang)
        if lang not in _PERINTAH:
            _PERINTAH[lang] = get_command(buat_app())
        awal = ["-C", str(self.akar)] + (["--lang", "en"] if lang == "en" else [])
        hasil = CliRunner().invoke(_PERINTAH[lang], [*awal, *args], input=input, catch_exceptions=False)
        i18n.atur_bahasa("id")
        return hasil


@pytest.fixture
def cli(kop, monkeypatch):
    import typer
    import typer.testing

    asli = typer.testing._get_command
    monkeypatch.setattr(typer.testing, "_get_command", lambda app: app if not isinstance(app, typer.Typer) else asli(app))
    return CliCepat(kop)
