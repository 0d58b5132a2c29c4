"""Fuzzing what people type or bring: amounts, dates, a damaged or hand-edited koperasi.yaml,
damaged data files. Never a traceback or an internal error: always a clear message and exit
code 1, 2 or 3, and a refused command never writes anything. More cases with
KOPERASI_UJI_FUZZ=N (default 30 per kind)."""

import os
import random

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import IDENTITAS, isi_folder
from tests.keandalan_bantu import jalankan, salin, siapkan_buku

N = int(os.environ.get("KOPERASI_UJI_FUZZ", "30"))
STATISTIK = {"yaml": 0, "data": 0, "masukan": 0}


@pytest.fixture(scope="module")
def buku_dasar(tmp_path_factory):
    from koperasi_cli.layanan.koperasi import daftarkan_koperasi

    akar = tmp_path_factory.mktemp("fuzz") / "kop"
    daftarkan_koperasi(akar, dict(IDENTITAS))
    siapkan_buku(akar)
    return akar


def _coba(akar, args):
    """Run; the exit code must be 0..3 with a clear message; a failure writes nothing."""
    from click.testing import CliRunner
    from conftest import perintah_cli

    from koperasi_cli import i18n

    i18n.atur_bahasa("id")
    sebelum = isi_folder(akar)
    r = CliRunner().invoke(perintah_cli("id"), ["-C", str(akar), *args], catch_exceptions=False)
    teks = r.output
    assert "Traceback" not in teks and "kesalahan di dalam koperasi" not in teks, (args, teks)
    assert r.exit_code in (0, 1, 2, 3), (args, r.exit_code, teks)
    if r.exit_code:
        assert teks.strip(), args  # a message says why
        assert isi_folder(akar) == sebelum, args
    return r.exit_code


PERINTAH_UJI = [
    ["kas", "masuk", "1rb", "--akun", "4402", "--ket", "x", "--tanggal", "2025-02-03"],
    ["simpanan", "setor", "2", "sukarela", "10rb", "--tanggal", "2025-02-10"],
    ["pinjaman", "angsur", "PJ00001", "10rb", "--tanggal", "2025-02-10"],
    ["sembako", "jual", "BRS5:1", "--tanggal", "2025-02-15"],
    ["laporan", "neraca-saldo", "--per", "2025-02-28"],
    ["info"],
    ["periksa"],
]

SALAH = [None, 0, -1, 1.5, "", "teks", [], {}, [1, 2], {"a": 1}, True, "2025-13-45", 10**20]


def _mutasi_yaml(teks: str, acak: random.Random) -> str:
    data = yaml.safe_load(teks)
    jenis = acak.choice(["hapus", "ganti", "ganti", "teks", "potong"])
    if jenis in ("hapus", "ganti"):
        # a random path into the nested mapping
        simpul, kunci = data, None
        for _ in range(acak.randint(1, 4)):
            if isinstance(simpul, dict) and simpul:
                kunci = acak.choice(list(simpul))
            elif isinstance(simpul, list) and simpul:
                kunci = acak.randrange(len(simpul))
            else:
                break
            if acak.random() < 0.4 or not isinstance(simpul[kunci], (dict, list)) or not simpul[kunci]:
                break
            simpul, kunci = simpul[kunci], None
        if kunci is None:
            return "{"
        if jenis == "hapus":
            simpul.pop(kunci)
        else:
            simpul[kunci] = acak.choice(SALAH)
        return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    if jenis == "teks":
        i = acak.randrange(len(teks))
        return teks[:i] + acak.choice([":", "\t", "- ", "{", "]", "'", '"', "\x00", "é", "\n  x: "]) + teks[i:]
    return teks[: acak.randrange(len(teks))]


def test_yaml_rusak_atau_diubah(buku_dasar, tmp_path):
    acak = random.Random(11)
    asli = (buku_dasar / "koperasi.yaml").read_text(encoding="utf-8")
    kode = {}
    for i in range(N):
        akar = salin(buku_dasar, tmp_path / "y")
        (akar / "koperasi.yaml").write_text(_mutasi_yaml(asli, acak), encoding="utf-8")
        for args in (acak.choice(PERINTAH_UJI[:4]), acak.choice(PERINTAH_UJI[4:])):
            k = _coba(akar, args)
            kode[k] = kode.get(k, 0) + 1
        STATISTIK["yaml"] += 1
    assert kode.get(3), kode  # most damage is reported as books unreadable
    (tmp_path / "y" / "koperasi.yaml").write_bytes(b"\xff\xfe\x00bad")
    assert _coba(tmp_path / "y", PERINTAH_UJI[0]) == 3


def test_berkas_data_rusak(buku_dasar, tmp_path):
    acak = random.Random(12)
    for i in range(N):
        akar = salin(buku_dasar, tmp_path / "d")
        semua = sorted(p for p in (akar / "data").rglob("*.json"))
        p = acak.choice(semua)
        isi = p.read_bytes()
        cara = acak.choice(["potong", "acak", "kosong", "hapus", "byte"])
        if cara == "potong":
            p.write_bytes(isi[: acak.randrange(len(isi))])
        elif cara == "acak":
            p.write_bytes(bytes(acak.randrange(256) for _ in range(acak.randint(1, 64))))
        elif cara == "kosong":
            p.write_bytes(b"")
        elif cara == "hapus":
            p.unlink()
        else:
            b = bytearray(isi)
            b[acak.randrange(len(b))] ^= 1 << acak.randrange(8)
            p.write_bytes(bytes(b))
        # A command that does not read the damaged file may go on (it reads only what it
        # needs); one that does stops with exit 3; `periksa` always finds the damage.
        assert _coba(akar, acak.choice(PERINTAH_UJI[:4])) in (0, 3)
        assert _coba(akar, ["periksa"]) == 3
        STATISTIK["data"] += 1


# Unicode digits (full-width, Arabic-Indic, Devanagari), rich markup and control, bidirectional
# and zero-width characters: refused with a message or taken as plain text, never misread.
ANEH = list("[]/") + ["[/]", "[bold]", "[alm]", "１", "٣", "५", "\u202e", "\u2066", "\u200b", "\ufeff", "\x00", "\x07", "\x1b", "\n"]
teks_aneh = st.lists(st.one_of(st.sampled_from(ANEH), st.text(alphabet="0123456789-/.", max_size=4)),
                     max_size=6).map("".join)

teks_masukan = st.one_of(
    st.text(max_size=20),
    teks_aneh,
    st.from_regex(r"-?(Rp ?)?[0-9][0-9._,]{0,14}(rb|jt)?", fullmatch=True),
    st.from_regex(r"[0-9]{1,4}[-/][0-9]{1,2}[-/][0-9]{1,4}", fullmatch=True),
    st.sampled_from(["hari-ini", "kemarin", "0", "1,5", "12.34", "-5rb", "1e9", "NaN", "9" * 40, "Oktober 2025"]),
).filter(lambda s: not s.startswith("-") or len(s) > 1)


@settings(max_examples=N, deadline=None, suppress_health_check=list(HealthCheck))
@given(jumlah=teks_masukan, tanggal=teks_masukan, slot=st.integers(0, 4))
def test_jumlah_dan_tanggal_acak(buku_dasar, tmp_path_factory, jumlah, tanggal, slot):
    akar = buku_dasar.parent / "m"
    if not akar.exists():
        salin(buku_dasar, akar)
    args = [
        ["kas", "masuk", jumlah, "--akun", "4402", "--ket", "x", "--tanggal", tanggal],
        ["simpanan", "setor", "2", "sukarela", jumlah, "--tanggal", tanggal],
        ["pinjaman", "angsur", "PJ00001", jumlah, "--tanggal", tanggal, "--dry-run"],
        ["sembako", "jual", f"BRS5:{jumlah}", "--tanggal", tanggal, "--dry-run"],
        ["laporan", "neraca-saldo", "--per", tanggal],
    ][slot]
    _coba(akar, args)
    STATISTIK["masukan"] += 1


@settings(max_examples=max(N // 2, 5), deadline=None, suppress_health_check=list(HealthCheck))
@given(ket=st.one_of(teks_aneh, st.text(max_size=30)), nama=teks_aneh)
def test_teks_aneh_di_ket_dan_nama(buku_dasar, ket, nama):
    """A description or an item name with brackets, Unicode digits or control characters is
    refused with a message or recorded as typed; `info` and the lists still show it as text."""
    akar = buku_dasar.parent / "t"
    if not akar.exists():
        salin(buku_dasar, akar)
    if _coba(akar, ["kas", "masuk", "1rb", "--akun", "4402", "--ket", ket, "--tanggal", "2025-02-03"]) == 0:
        assert _coba(akar, ["info"]) == 0  # shows the last entry's description
    kode = f"U{sum(map(ord, nama)) % 10**6}"
    if _coba(akar, ["sembako", "barang", "tambah", "--kode", kode, "--nama", nama or "x", "--satuan", "pcs",
                    "--harga-jual", "1000"]) == 0:
        assert _coba(akar, ["sembako", "stok", "--per", "2025-02-28"]) == 0
    STATISTIK["masukan"] += 1


def test_nama_keluaran_terlalu_panjang_dan_hari_raksasa(buku_dasar, tmp_path):
    """Found by fuzzing every command: `-o` with a file name past the system's 255 bytes was an
    internal error (pathlib raises for it); a name of 250 could not be written (its temporary
    name was longer still); `--dalam 10^19` overflowed the date arithmetic."""
    import os

    from click.testing import CliRunner
    from conftest import perintah_cli

    akar = salin(buku_dasar, tmp_path / "kop")
    panjang = str(tmp_path / ("x" * 300 + ".csv"))
    for lang, kata in (("id", "nama berkas terlalu panjang"), ("en", "the file name is too long")):
        r = CliRunner().invoke(perintah_cli(lang), ["-C", str(akar), "--lang", lang, "anggota", "daftar", "-o", panjang])
        assert r.exit_code == 1 and kata in r.output and "internal" not in r.output and "di dalam koperasi" not in r.output
    assert _coba(akar, ["anggota", "daftar", "-o", str(tmp_path / ("y" * 250 + ".csv"))]) == 0
    assert os.path.getsize(tmp_path / ("y" * 250 + ".csv")) > 0
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left
    assert _coba(akar, ["sembako", "kedaluwarsa", "--dalam", "10000000000000000000"]) == 2
    assert _coba(akar, ["simpanan", "berjangka", "daftar", "--jatuh-tempo-dalam", "10000000000000000000"]) == 2
