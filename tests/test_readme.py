"""The README's two set-up commands cannot go stale: the first is run here (after its install
steps, which this environment has already done), the second is what CI runs (.ci/run reads it
from the README)."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

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
