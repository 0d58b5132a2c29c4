"""Start-up time: whole processes, medians of interleaved runs, side by side with a bare Python.

    python benchmarks/mulai.py [--ulang 21] [--sebelum REV]

Cases: `python -c pass` (the floor), `python -c "import typer"` (the framework alone),
`koperasi --help`, `koperasi --version`, a group's help, a command's help and a usage error.
With `--sebelum REV` the same commands also run from that git revision of the package (extracted
to a temporary folder and put first on PYTHONPATH), interleaved in the same loop, so "before" and
"after" are measured under the same load. The package runs from its bytecode (compiled first,
PYTHONDONTWRITEBYTECODE unset), as an installed copy does.

Targets (issue 16): `koperasi --help` <= 0.15 s and <= 10x `python -c pass`.
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

SINI = Path(__file__).resolve().parent
AKAR = SINI.parent
sys.path.insert(0, str(AKAR))

from benchmarks.ukur import mesin  # noqa: E402

ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE" and not k.startswith("KOPERASI_")}
PY = sys.executable
# The entry point as the installed script runs it, from whatever koperasi_cli is first on the path.
JALANKAN = "import sys; sys.argv[0] = 'koperasi'; from koperasi_cli.cli import main; sys.exit(main())"

PERINTAH = {
    "--help": ["--help"],
    "--version": ["--version"],
    "anggota --help": ["anggota", "--help"],
    "kas masuk --help": ["kas", "masuk", "--help"],
    "kas masuk (usage error)": ["kas", "masuk"],
}


def sekali(cmd: list[str], env: dict) -> tuple[float, float]:
    """(wall seconds, CPU seconds: user + system) of one run. The CPU time depends much less on
    the machine's load than the wall time, which a shared machine inflates."""
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tempfile.gettempdir())
    dinding = time.perf_counter() - t
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    return dinding, (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)


def ekstrak(rev: str, tujuan: Path) -> None:
    """The package as it was at `rev` (git archive), compiled."""
    arsip = subprocess.run(["git", "-C", str(AKAR), "archive", "--format=tar", rev, "koperasi_cli"],
                           capture_output=True, check=True).stdout
    with tarfile.open(fileobj=BytesIO(arsip)) as t:
        t.extractall(tujuan, filter="data")
    compileall.compile_dir(str(tujuan / "koperasi_cli"), quiet=1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ulang", type=int, default=21)
    ap.add_argument("--sebelum", help="a git revision to measure side by side (e.g. main)")
    a = ap.parse_args()
    compileall.compile_dir(str(AKAR / "koperasi_cli"), quiet=1)
    sekarang_env = {**ENV, "PYTHONPATH": str(AKAR)}
    kasus: dict[str, tuple[list[str], dict]] = {
        "python -c pass": ([PY, "-c", "pass"], ENV),
        "python -c 'import typer'": ([PY, "-c", "import typer"], ENV),
    }
    for nama, args in PERINTAH.items():
        kasus[f"koperasi {nama}"] = ([PY, "-c", JALANKAN, *args], sekarang_env)
    with tempfile.TemporaryDirectory() as d:
        if a.sebelum:
            ekstrak(a.sebelum, Path(d))
            lama_env = {**ENV, "PYTHONPATH": d}
            for nama, args in PERINTAH.items():
                kasus[f"koperasi {nama} ({a.sebelum})"] = ([PY, "-c", JALANKAN, *args], lama_env)
        beban_awal = os.getloadavg()
        waktu: dict[str, list[float]] = {k: [] for k in kasus}
        cpu: dict[str, list[float]] = {k: [] for k in kasus}
        for _ in range(a.ulang):
            for k, (cmd, env) in kasus.items():
                w, c = sekali(cmd, env)
                waktu[k].append(w)
                cpu[k].append(c)
        beban_akhir = os.getloadavg()
    med = {k: statistics.median(v) for k, v in waktu.items()}
    med_cpu = {k: statistics.median(v) for k, v in cpu.items()}
    dasar, dasar_cpu = med["python -c pass"], med_cpu["python -c pass"]
    print(f"Machine: {mesin()}. Load average {beban_awal[0]:.2f} at the start, {beban_akhir[0]:.2f} at the end. "
          f"Runs: {a.ulang}, interleaved (medians).\n")
    print("| case | wall s | x python -c pass | CPU s | x python -c pass (CPU) | target |\n|---|---|---|---|---|---|")
    for k, v in med.items():
        target = "<= 0.15 s, <= 10x" if k == "koperasi --help" else ""
        print(f"| `{k}` | {v:.3f} | {v / dasar:.1f} | {med_cpu[k]:.3f} | {med_cpu[k] / dasar_cpu:.1f} | {target} |")


if __name__ == "__main__":
    main()
