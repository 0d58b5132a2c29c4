"""The README cannot go stale. Its two set-up commands: the first is run here (after its install
steps, which this environment has already done), the second is what CI runs (.ci/run reads it
from the README). Then every shell block of README.md and docs/panduan.id.md, in order (the
convention is stated below, before `blok_sh`)."""

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import env_subproses

AKAR = Path(__file__).resolve().parent.parent


def perintah_setup() -> list[str]:
    teks = (AKAR / "README.md").read_text(encoding="utf-8")
    bagian = teks.split("## Set-up", 1)[1]
    return re.findall(r"```sh\n(.*?)\n```", bagian, flags=re.S)[:2]


def test_perintah_kedua_adalah_yang_dijalankan_ci():
    kedua = perintah_setup()[1]
    assert kedua.startswith("python3 -m venv .venv && . .venv/bin/activate && pip install -e '.[test]'")
    assert kedua.endswith("pytest")
    assert "README.md" in (AKAR / ".ci" / "run").read_text()


def test_perintah_pertama_berjalan(tmp_path):
    pertama = perintah_setup()[0]
    langkah = [x.strip() for x in pertama.split("&&")]
    assert langkah[:3] == ["python3 -m venv .venv", ". .venv/bin/activate", "pip install -e ."]
    sisa = " && ".join(langkah[3:])
    shutil.copytree(AKAR / "examples", tmp_path / "examples")  # for commands that use the examples
    env = env_subproses()
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    r = subprocess.run(["bash", "-c", sisa], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    assert "Traceback" not in r.stderr
    assert (tmp_path / "kdkmp-demo" / "koperasi.yaml").exists()


# ---------------------------------------------------------------------------------------------
# Every shell block of the README (README.md, English) and of its Indonesian twin
# (docs/panduan.id.md) runs, in order, as written. The convention, for whoever edits them:
#
# - A block fenced ```sh is run; a block in any other language (```text, ```console, ```sql,
#   ```yaml, a bare ```) is shown, not run. Use ```text for a script meant for a server (real
#   paths, cron), for output, and for any line with a placeholder (`FILE`, `ID`, `...`).
# - Lines are joined across a trailing `\`; a `# comment` is dropped; `A && B` and `A; B` run in
#   turn; `> FILE` writes the command's stdout to FILE; `VAR=value koperasi ...` sets VAR.
# - A line that starts with an install step (`python3 -m venv`, `pip install`, `pytest`...) is
#   skipped whole: the set-up lines are run by the two tests above.
# - `cd DIR` changes the folder for the lines after it (within one file's run), `mkdir -p DIR`
#   makes one; any other program than `koperasi`, `cd` and `mkdir -p` fails the test, so a block
#   cannot silently stop being checked.
# - A command that is meant to fail says so in its comment with its exit code: `# ... (exit 1)`.
#   Every other command must exit 0.
# Each file runs in its own temporary folder with examples/ copied into it, in-process through
# Click's runner, on the real today (and README.md once more as if today were years later): the
# README's dated examples are dated in the past, so they hold on any later day. A `koperasi demo DIR --sampai BULAN` (the same books every time) is made
# once and copied for the second file.
# ---------------------------------------------------------------------------------------------

_PASANG = ("python3 -m venv", ". .venv/bin/activate", "source .venv/bin/activate", "pip install", "pytest")
_KODE = re.compile(r"\(exit (\d+)\)")


def blok_sh(teks: str) -> list[tuple[int, str, int]]:
    """The runnable lines of a Markdown text: (line number, command line, expected exit code)."""
    hasil = []
    for m in re.finditer(r"^```([\w-]*)[ \t]*\n(.*?)^```", teks, flags=re.S | re.M):
        if m[1] != "sh":
            continue
        awal = teks[: m.start()].count("\n") + 2
        baris, mulai = "", None
        for i, b in enumerate(m[2].splitlines()):
            if mulai is None:
                mulai = awal + i
            baris += b
            if b.rstrip().endswith("\\") and not b.lstrip().startswith("#"):
                baris = baris.rstrip()[:-1] + " "
                continue
            perintah, kode = _pisah_komentar(baris)
            if perintah.strip():
                hasil.append((mulai, perintah.strip(), kode))
            baris, mulai = "", None
    return hasil


def _pisah_komentar(baris: str) -> tuple[str, int]:
    """The command without its trailing comment, and the exit code that comment expects (0)."""
    kutip = None
    for i, c in enumerate(baris):
        if kutip:
            kutip = None if c == kutip else kutip
        elif c in "'\"":
            kutip = c
        elif c == "#" and (i == 0 or baris[i - 1].isspace()):
            m = _KODE.search(baris[i:])
            return baris[:i], int(m[1]) if m else 0
    return baris, 0


def _langkah(perintah: str) -> list[list[str]]:
    """`A && B; C` -> [[A...], [B...], [C...]] (redirection kept as '>' tokens)."""
    lex = shlex.shlex(perintah, posix=True, punctuation_chars=";&|<>")
    lex.whitespace_split = True
    hasil, kini = [], []
    for tok in lex:
        if tok in ("&&", ";"):
            hasil.append(kini)
            kini = []
        else:
            kini.append(tok)
    hasil.append(kini)
    return [h for h in hasil if h]


_DEMO: dict[tuple, Path] = {}  # a fixed-month demo made once per session, copied for the next file


def _demo_tetap(args: list[str]) -> tuple | None:
    """`demo FOLDER --sampai BULAN ...` gives the same books every time: its key, else None."""
    if len(args) > 1 and args[0] == "demo" and "--sampai" in args and not args[1].startswith("-"):
        return tuple(args)
    return None


def jalankan_dokumen(berkas: Path, tmp_path: Path, monkeypatch) -> list[str]:
    """Run every sh line of `berkas`; returns the failures as readable lines."""
    from tests.conftest import perintah_cli

    from click.testing import CliRunner as ClickRunner

    from koperasi_cli import i18n

    kerja = tmp_path / "kerja"
    kerja.mkdir()
    shutil.copytree(AKAR / "examples", kerja / "examples")
    monkeypatch.chdir(kerja)
    gagal = []
    for no, baris, harap in blok_sh(berkas.read_text(encoding="utf-8")):
        for kata in _langkah(baris):
            if any(" ".join(kata).startswith(p) for p in _PASANG):
                break  # an install line: the set-up tests above run it (with its `koperasi demo`)
            env = {}
            while kata and re.fullmatch(r"[A-Z_][A-Z0-9_]*=.*", kata[0]):
                k, v = kata.pop(0).split("=", 1)
                env[k] = v
            if not kata:
                gagal.append(f"{berkas.name}:{no}: a bare assignment is not run by this test: {baris}")
                continue
            if kata[0] == "cd":
                tujuan = Path(kata[1]) if len(kata) > 1 else kerja
                if not tujuan.is_dir():
                    gagal.append(f"{berkas.name}:{no}: no folder {tujuan}; the lines after it were not run")
                    return gagal
                monkeypatch.chdir(tujuan)
                continue
            if kata[:2] == ["mkdir", "-p"]:
                for d in kata[2:]:
                    Path(d).mkdir(parents=True, exist_ok=True)
                continue
            if kata[0] != "koperasi":
                gagal.append(f"{berkas.name}:{no}: '{kata[0]}' is not run by this test: {baris}")
                continue
            keluar = None
            if ">" in kata:
                i = kata.index(">")
                keluar, kata = Path(kata[i + 1]), kata[:i]
            args = kata[1:]
            lang = "id"
            if "--lang" in args:
                lang = args[args.index("--lang") + 1]
            lang = "en" if (env.get("KOPERASI_LANG") or lang).startswith("en") else "id"
            for k, v in env.items():
                monkeypatch.setenv(k, v)
            demo = _demo_tetap(args)
            if demo in _DEMO and not env and not keluar:  # the same fixed-month demo as before: copy it
                shutil.copytree(_DEMO[demo], Path.cwd() / demo[1])
                continue
            i18n.atur_bahasa(lang)
            r = ClickRunner().invoke(perintah_cli(lang), args, catch_exceptions=True)
            if demo and r.exit_code == 0:
                import atexit
                import tempfile

                tmp = tempfile.mkdtemp(prefix="readme-demo-")
                atexit.register(shutil.rmtree, tmp, True)
                simpan = Path(tmp) / demo[1]
                shutil.copytree(Path.cwd() / demo[1], simpan)
                _DEMO[demo] = simpan
            i18n.atur_bahasa("id")
            for k in env:
                monkeypatch.delenv(k)
            if keluar is not None:
                keluar.write_text(r.stdout, encoding="utf-8")
            if r.exit_code != harap or (r.exception and not isinstance(r.exception, SystemExit)):
                sebab = repr(r.exception) if r.exception and not isinstance(r.exception, SystemExit) else ""
                gagal.append(f"{berkas.name}:{no}: exit {r.exit_code} (expected {harap}): {baris}\n"
                             f"    {(r.stderr or r.output).strip()[-400:]} {sebab}")
    return gagal


@pytest.mark.parametrize("nama,hari", [("README.md", None), ("docs/panduan.id.md", None),
                                       ("README.md", "2031-01-15")])
def test_blok_dokumen_berjalan(nama, hari, tmp_path, monkeypatch):
    """Today, and (README.md) as if today were a day years later: the walkthroughs hold on any day."""
    from koperasi_cli import lingkungan

    berkas = AKAR / nama
    if not berkas.exists():
        pytest.skip(f"{nama} does not exist")
    with lingkungan.pakai(lingkungan.Lingkungan(hari_ini=hari) if hari else lingkungan.aktif()):
        gagal = jalankan_dokumen(berkas, tmp_path, monkeypatch)
    assert not gagal, "\n".join(gagal)


def test_readme_dan_panduan_sama_isinya():
    """README.md (English) and docs/panduan.id.md (Indonesian) say the same thing: each links to
    the other at the top, both have a table of contents and the same outline, and their shell
    blocks are the same commands in the same order (only the comments are translated)."""
    en = (AKAR / "README.md").read_text(encoding="utf-8")
    id_ = (AKAR / "docs" / "panduan.id.md").read_text(encoding="utf-8")
    assert "(docs/panduan.id.md)" in en.split("## ", 1)[0]
    assert "(../README.md)" in id_.split("## ", 1)[0]
    assert "## Contents" in en and "## Daftar isi" in id_

    def kerangka(t):
        return [m[0] for m in re.findall(r"^(#{2,3}) (.*)$", re.sub(r"^```.*?^```", "", t, flags=re.S | re.M),
                                          flags=re.M)]

    assert kerangka(en) == kerangka(id_)
    assert [(c, k) for _, c, k in blok_sh(en)] == [(c, k) for _, c, k in blok_sh(id_)]
    # the ToC lists every section of its own file
    for teks, judul in ((en, "## Contents"), (id_, "## Daftar isi")):
        isi = teks.split("<!-- toc -->", 1)[1].split("<!-- /toc -->", 1)[0]
        bagian = re.findall(r"^#{2,3} (.*)$", teks.split("<!-- /toc -->", 1)[1], flags=re.M)
        bagian = [b for b in bagian if not b.startswith("!")]
        assert all(f"[{b}]" in isi for b in bagian), judul


def test_aturan_blok():
    """The convention above, on a small text: continuations, comments, expected exit codes, `&&`,
    redirection, and blocks that are not run."""
    teks = (
        "```sh\n"
        "koperasi kas masuk 1jt --ket \"a # b\" \\\n"
        "    --tanggal 2025-08-01   # a comment\n"
        "# a whole-line comment\n"
        "koperasi kas keluar 99jt   # refused: no cash (exit 1)\n"
        "koperasi periksa && koperasi info > info.txt\n"
        "```\n"
        "```text\nkoperasi cadangan -o FILE\n```\n"
    )
    b = blok_sh(teks)
    assert [(no, k) for no, _, k in b] == [(2, 0), (5, 1), (6, 0)]
    assert shlex.split(b[0][1]) == ["koperasi", "kas", "masuk", "1jt", "--ket", "a # b", "--tanggal", "2025-08-01"]
    assert _langkah(b[2][1]) == [["koperasi", "periksa"], ["koperasi", "info", ">", "info.txt"]]
