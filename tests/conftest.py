"""Shared fixtures: a fresh cooperative in a temporary folder, and the CLI through CliRunner."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner as ClickRunner  # runs the Click command built once per language

from koperasi_cli import i18n

IDENTITAS = {
    "nama": "Koperasi Desa Merah Putih Tegal Harum",
    "desa": "Tegal Harum",
    "kecamatan": "Denpasar Barat",
    "kabupaten": "Kota Denpasar",
    "provinsi": "Bali",
    "kode_wilayah": "51.71.03.2008",
    "mulai": date(2025, 1, 1),
}


@pytest.fixture(autouse=True)
def _bahasa_dan_lingkungan(monkeypatch):
    """Every test starts in Indonesian, with no cooperative chosen by the environment, in the
real environment (`lingkungan`: the clock, the variables as patched here)."""
    monkeypatch.delenv("KOPERASI_DIR", raising=False)
    monkeypatch.delenv("KOPERASI_LANG", raising=False)
    monkeypatch.delenv("KOPERASI_DEBUG", raising=False)
    monkeypatch.setenv("KOPERASI_TUNGGU_KUNCI", "5")
    from koperasi_cli import lingkungan

    lingkungan.atur(None)
    i18n.atur_bahasa("id")
    yield
    lingkungan.atur(None)
    i18n.atur_bahasa("id")


@pytest.fixture
def kop(tmp_path) -> Path:
    """A registered cooperative (Tegal Harum, books from 2025-01-01), empty."""
    from koperasi_cli.layanan.koperasi import daftarkan_koperasi

    akar = tmp_path / "kop"
    daftarkan_koperasi(akar, dict(IDENTITAS))
    return akar


_PERINTAH: dict[str, object] = {}


def perintah_cli(lang: str = "id"):
    """The whole command tree as one Click command, one per language and reused: the tree loads
    a command's module and converts the command the first time it is run (cli/pohon.py), and
    keeps it. Help texts are in the language the tree was built in, hence one per language."""
    if lang not in _PERINTAH:
        import typer

        from koperasi_cli.cli.main import buat_app

        sebelum = i18n.bahasa()
        i18n.atur_bahasa(lang)
        _PERINTAH[lang] = typer.main.get_command(buat_app())
        i18n.atur_bahasa(sebelum)
    return _PERINTAH[lang]


class Cli:
    """Run `koperasi` in-process through Typer's CliRunner, against one folder."""

    def __init__(self, akar: Path | None):
        self.akar = akar

    def __call__(self, *args: str, lang: str = "id", input: str | None = None, env=None):
        """`env`: the run's `lingkungan.Lingkungan` (a date for its clock, variables, terminals);
        a date or "YYYY-MM-DD" is short for a `Lingkungan(hari_ini=...)`."""
        from koperasi_cli import lingkungan

        if isinstance(env, (str, date)):
            env = lingkungan.Lingkungan(hari_ini=env)
        with lingkungan.pakai(env or lingkungan.aktif()):
            i18n.atur_bahasa(lang)
            app = perintah_cli(lang)
            awal = ["-C", str(self.akar)] if self.akar else []
            if lang == "en":
                awal += ["--lang", "en"]
            try:
                return ClickRunner().invoke(app, [*awal, *args], input=input, catch_exceptions=False)
            finally:
                i18n.atur_bahasa("id")


@pytest.fixture
def cli(kop) -> Cli:
    return Cli(kop)


def buka(akar: Path, **kw):
    from koperasi_cli.ledger.buku import Buku

    return Buku.buka(akar, **kw)


def isi_folder(akar: Path) -> dict[str, bytes]:
    """Every data file's bytes (the lock file aside): to compare states before and after."""
    hasil = {}
    for p in sorted(akar.rglob("*")):
        if p.is_file() and p.name != "kunci":
            hasil[p.relative_to(akar).as_posix()] = p.read_bytes()
    return hasil


def env_subproses(**tambah) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KOPERASI_")}
    env.update(tambah)
    return env
