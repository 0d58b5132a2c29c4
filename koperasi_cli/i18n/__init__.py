"""Message catalogs: Indonesian by default, English with `--lang en` or KOPERASI_LANG=en.

Each area keeps its messages in its own module (`PESAN = {key: (id, en)}`), listed in
`_MODUL`. In a template, `{x:rp}` formats an integer as rupiah (1.234.567), `{x:persen}` a percent
(1,5 % in Indonesian, 1.5% in English), `{x:label}` a stored value by its label (L -> M in English).
"""

from __future__ import annotations

import importlib
import string

from koperasi_cli import lingkungan
from koperasi_cli.core import bahasa as _bahasa_core

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


# Amounts and percentages formatted in core follow the run's language (core cannot ask).
_bahasa_core.sumber = bahasa


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
        if spec == "label":  # a stored value by its label in the reader's language (L -> M)
            from koperasi_cli.i18n.nama import label

            return str(label(nilai))
        if spec == "persen":  # a percent in the reader's convention: 1,5 % / 1.5%
            from koperasi_cli.core.uang import format_persen

            try:
                return format_persen(nilai)
            except ArithmeticError:
                return f"{nilai}%"
        return super().format_field(nilai, spec)


_fmt = _Format()


# A cause given as an exception's name or the system's own words (`sebab=type(e).__name__`,
# `e.strerror`), in the reader's words: a treasurer reads "izin ditolak", not "PermissionError".
SEBAB: dict[str, tuple[str, str]] = {
    "PermissionError": ("izin ditolak", "permission denied"),
    "Permission denied": ("izin ditolak", "permission denied"),
    "FileNotFoundError": ("berkas atau folder tidak ada", "no such file or folder"),
    "No such file or directory": ("berkas atau folder tidak ada", "no such file or folder"),
    "IsADirectoryError": ("itu sebuah folder", "it is a folder"),
    "Is a directory": ("itu sebuah folder", "it is a folder"),
    "NotADirectoryError": ("bukan folder", "not a folder"),
    "Not a directory": ("bukan folder", "not a folder"),
    "bukan berkas biasa": ("bukan berkas biasa (pipa, soket atau perangkat)", "not a regular file (a pipe, socket or device)"),
    "FileExistsError": ("sudah ada", "already exists"),
    "File exists": ("sudah ada", "already exists"),
    "No space left on device": ("disk penuh", "the disk is full"),
    "File name too long": ("nama berkas terlalu panjang", "the file name is too long"),
    "Too many levels of symbolic links": ("tautan simbolik berputar", "a loop of symbolic links"),
    "Operation not permitted": ("tidak diizinkan", "operation not permitted"),
    "Read-only file system": ("sistem berkas hanya-baca", "read-only file system"),
    "OSError": ("kesalahan sistem berkas", "file system error"),
    "UnicodeDecodeError": ("bukan teks UTF-8", "not UTF-8 text"),
    "JSONDecodeError": ("JSON rusak", "damaged JSON"),
    "ValueError": ("isinya tidak sah", "invalid content"),
    "TypeError": ("bentuk datanya salah", "wrong shape of data"),
    "KeyError": ("ada kunci yang hilang", "a key is missing"),
    "EOFError": ("berkas terpotong", "the file is cut short"),
    "ReadError": ("arsip rusak", "damaged archive"),
    "TarError": ("arsip rusak", "damaged archive"),
    "CompressionError": ("arsip rusak", "damaged archive"),
    "BadGzipFile": ("arsip rusak", "damaged archive"),
    "YAMLError": ("YAML rusak", "damaged YAML"),
    "ScannerError": ("YAML rusak", "damaged YAML"),
    "ParserError": ("YAML rusak", "damaged YAML"),
}


def sebab(nilai: str) -> str:
    """An exception's name or the system's words for a cause, in the current language."""
    pasangan = SEBAB.get(nilai)
    if pasangan is None:
        return nilai
    return pasangan[1] if bahasa() == "en" else pasangan[0]


def t(kode: str, **param) -> str:
    """The message `kode` in the current language, filled with `param`."""
    pasangan = katalog().get(kode)
    if pasangan is None:
        return kode + (f" {param}" if param else "")
    if any(k in param for k in ("sebab", "jenis")):
        param = {k: sebab(v) if k in ("sebab", "jenis") and isinstance(v, str) else v for k, v in param.items()}
    if bahasa() == "en":
        teks = _inggris(pasangan[1])
        # an option named in a value (`opsi="--biaya-admin"`) by its English name too
        param = {k: _inggris(v, kutip=False) if isinstance(v, str) and v.startswith("--") else v for k, v in param.items()}
    else:
        teks = pasangan[0]
    try:
        return _fmt.format(teks, **param)
    except (KeyError, IndexError, ValueError):
        return teks


def pilih(id_: str, en: str) -> str:
    """Inline text for both languages (help texts written beside their command)."""
    return _inggris(en, kutip=False) if lingkungan.aktif().bahasa == "en" else id_


_PENANDA = ("--", "koperasi ", "'", '"', "`")


def _inggris(teks: str, kutip: bool = True) -> str:
    """English text naming English commands and options (`nama.inggriskan`): the catalogs
    and help texts may name `koperasi jurnal batal` or `--tanggal`; an English reader sees
    `koperasi journal void` and `--date`. A catalog template is translated before its values
    are filled in; an inline text (`pilih`, often filled already) only where it says `koperasi`."""
    if not any(p in teks for p in _PENANDA):
        return teks
    hasil = _cache_inggris.get((teks, kutip))
    if hasil is None:
        from koperasi_cli.i18n.nama import inggriskan

        if len(_cache_inggris) > 10_000:  # texts filled with data (a long import) must not pile up
            _cache_inggris.clear()
        hasil = _cache_inggris[(teks, kutip)] = inggriskan(teks, kutip)
    return hasil


_cache_inggris: dict[tuple[str, bool], str] = {}
