"""Message catalogs: Indonesian by default, English with `--lang en` or KOPERASI_LANG=en.

Each area keeps its messages in its own module (`PESAN = {key: (id, en)}`), listed in
`_MODUL`. In a template, `{x:rp}` formats an integer as rupiah (1.234.567).
"""

from __future__ import annotations

import importlib
import string

from koperasi_cli import lingkungan

_MODUL = ["inti", "perintah", "sembako", "anggota", "pinjaman", "demo", "impor", "rekap", "berjangka", "aset",
          "utang_pajak", "pengurus", "akuntansi", "unit", "kepercayaan", "cadangan"]
_katalog: dict[str, tuple[str, str]] | None = None


def atur_bahasa(b: str | None) -> str:
    """Set the language of the current run (`lingkungan.aktif()`): English for any 'en...'
    ('en', 'EN', 'en_US.UTF-8'), Indonesian otherwise."""
    ling = lingkungan.aktif()
    ling.bahasa = lingkungan.bahasa_dari(b) or "id"
    return ling.bahasa


def bahasa() -> str:
    return lingkungan.aktif().bahasa


def bahasa_dari_lingkungan(argv: list[str]) -> str:
    """The language asked for on the command line (`--lang en`, `--lang=en`), else the run's
    (KOPERASI_LANG in its environment, read by prefix: en_US.UTF-8 is English)."""
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if a.startswith("--lang="):
            return a.split("=", 1)[1]
    return lingkungan.aktif().bahasa


def katalog() -> dict[str, tuple[str, str]]:
    global _katalog
    if _katalog is None:
        _katalog = {}
        for m in _MODUL:
            _katalog.update(importlib.import_module(f"{__name__}.{m}").PESAN)
    return _katalog


class _Format(string.Formatter):
    def format_field(self, nilai, spec):
        if spec == "rp" and isinstance(nilai, int):
            from koperasi_cli.core.uang import format_rupiah

            return format_rupiah(nilai, kurung=False)
        return super().format_field(nilai, spec)


_fmt = _Format()


def t(kode: str, **param) -> str:
    """The message `kode` in the current language, filled with `param`."""
    pasangan = katalog().get(kode)
    if pasangan is None:
        return kode + (f" {param}" if param else "")
    teks = pasangan[1 if bahasa() == "en" else 0]
    try:
        return _fmt.format(teks, **param)
    except (KeyError, IndexError, ValueError):
        return teks


def pilih(id_: str, en: str) -> str:
    """Inline text for both languages (help texts written beside their command)."""
    return en if lingkungan.aktif().bahasa == "en" else id_
