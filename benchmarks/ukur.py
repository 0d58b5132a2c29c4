"""Whole-process timings of `koperasi` commands on a generated book, medians over repeated
runs, with peak memory; competing tools (ledger, hledger) run interleaved in the same loop so
their ratios are measured under the same load.

    python benchmarks/ukur.py [--buku DIR] [--ulang 7] [--hanya bagian,...]

Prints a Markdown table; paste it into benchmarks/RESULTS.md with the date and machine.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

SINI = Path(__file__).resolve().parent
sys.path.insert(0, str(SINI.parent))

KOPERASI = [sys.executable, "-m", "koperasi_cli"]
_skrip = Path(sys.executable).parent / "koperasi"
if _skrip.exists():
    KOPERASI = [str(_skrip)]


def sekali(cmd: list[str], cwd: Path | None = None) -> tuple[float, int]:
    """(wall seconds, peak RSS in MB) of one run, measured by GNU time."""
    with tempfile.NamedTemporaryFile("r") as f:
        r = subprocess.run(["/usr/bin/time", "-o", f.name, "-f", "%e %M", *cmd], cwd=cwd,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if r.returncode != 0:
            raise SystemExit(f"failed: {' '.join(cmd)}\n{r.stderr}")
        detik, kb = f.read().split()[-2:]
    return float(detik), int(kb) // 1024


def banding(kasus: dict[str, list[str]], ulang: int) -> dict[str, tuple[float, int]]:
    """Run every case `ulang` times, interleaved; medians of time, max of memory."""
    waktu = {k: [] for k in kasus}
    mem = {k: 0 for k in kasus}
    for _ in range(ulang):
        for k, cmd in kasus.items():
            t, m = sekali(cmd)
            waktu[k].append(t)
            mem[k] = max(mem[k], m)
    return {k: (statistics.median(v), mem[k]) for k, v in waktu.items()}


def mesin() -> str:
    model = ""
    try:
        for baris in Path("/proc/cpuinfo").read_text().splitlines():
            if baris.startswith("model name"):
                model = baris.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores, {model or platform.machine()}, Python {platform.python_version()}"


def jumlah_entri(buku: Path) -> int:
    import orjson

    return orjson.loads((buku / "data" / "kepala.json").read_bytes())["seq"]


def baris(nama: str, hasil: tuple[float, int], target: str = "") -> str:
    return f"| {nama} | {hasil[0]:.3f} | {hasil[1]} | {target} |"


def bagian_dasar(buku: Path, ulang: int) -> list[str]:
    out = ["", "### Start-up, recording, trial balance (issue 2)", "",
           "| command | median s | peak MB | target |", "|---|---|---|---|"]
    h = banding({"help": [*KOPERASI, "--help"], "version": [*KOPERASI, "--version"]}, ulang)
    out += [baris("`koperasi --help`", h["help"], "< 0.25 s"), baris("`koperasi --version`", h["version"], "< 0.25 s")]
    with tempfile.TemporaryDirectory() as d:
        kosong = Path(d) / "kosong"
        subprocess.run([*KOPERASI, "-C", str(kosong), "init", "--nama", "KDMP Kosong", "--desa", "Tegal Kertha",
                        "--kecamatan", "Denpasar Barat", "--kabupaten", "Kota Denpasar", "--provinsi", "Bali",
                        "--mulai", "2023-01-01"], check=True, capture_output=True)
        kas = ["kas", "masuk", "10rb", "--akun", "4402", "--ket", "benchmark", "--tanggal", "2025-12-15"]
        h = banding({"besar": [*KOPERASI, "-C", str(buku), *kas], "kosong": [*KOPERASI, "-C", str(kosong), *kas]}, ulang)
    out += [baris(f"`kas masuk`, book of {jumlah_entri(buku):,} entries", h["besar"], "< 0.4 s"),
            baris("`kas masuk`, empty book", h["kosong"]),
            f"| ratio large / empty | {h['besar'][0] / h['kosong'][0]:.2f} | | <= 1.3 |"]
    with tempfile.TemporaryDirectory() as d:
        jurnal = Path(d) / "buku.journal"
        subprocess.run([*KOPERASI, "-C", str(buku), "ekspor", "hledger", str(jurnal)], check=True, capture_output=True)
        kasus = {"kami": [*KOPERASI, "-C", str(buku), "laporan", "neraca-saldo", "--per", "2025-12-31", "--format", "json"]}
        if shutil.which("ledger"):
            kasus["ledger"] = ["ledger", "-f", str(jurnal), "bal"]
        if shutil.which("hledger"):
            kasus["hledger"] = ["hledger", "-f", str(jurnal), "bal"]
        h = banding(kasus, max(3, ulang // 2))
    out.append(baris("`laporan neraca-saldo` (whole book)", h["kami"], "< ledger, < hledger; < 250 MB"))
    for alat in ("ledger", "hledger"):
        if alat in h:
            out.append(baris(f"`{alat} bal` on the same book (exported)", h[alat]))
            out.append(f"| ratio koperasi / {alat} | {h['kami'][0] / h[alat][0]:.3f} | | < 1 |")
    return out


BAGIAN = {"dasar": bagian_dasar}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--buku", type=Path, default=SINI / "out" / "buku-3th")
    ap.add_argument("--ulang", type=int, default=7)
    ap.add_argument("--hanya", default=",".join(BAGIAN))
    a = ap.parse_args()
    if not (a.buku / "koperasi.yaml").exists():
        from benchmarks.buat_buku import buat

        print(f"generating {a.buku} ...", file=sys.stderr)
        buat(a.buku)
    out = [f"Machine: {mesin()}. Book: {jumlah_entri(a.buku):,} entries ({a.buku.name}). Runs: {a.ulang}."]
    for nama in a.hanya.split(","):
        out += BAGIAN[nama](a.buku, a.ulang)
    print("\n".join(out))


if __name__ == "__main__":
    main()
