"""Benchmark: the Dinas of Kota Denpasar rekaps its 43 cooperatives from their folders.

Generates (once, cached under benchmarks/out/rekap-43/) one small cooperative for each of
Denpasar's 43 desa/kelurahan, each with a year of books (2025) from `buat_buku.buat`, sizes
varied (120-300 members, 10-30 receipts a day), then times `koperasi rekap` over the folder
(every book is read from a lock-free snapshot and checked with `periksa`), as a whole process:
median wall time and peak memory of several runs.

    python benchmarks/rekap_43.py [--ulang 5] [--folder DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

SINI = Path(__file__).resolve().parent
sys.path.insert(0, str(SINI.parent))

from benchmarks.ukur import KOPERASI, mesin  # noqa: E402


def sekali(cmd: list[str]) -> tuple[float, float, int]:
    """(wall s, CPU s user+sys, peak RSS MB) of one run (children included), by GNU time."""
    import subprocess

    with tempfile.NamedTemporaryFile("r") as f:
        r = subprocess.run(["/usr/bin/time", "-o", f.name, "-f", "%e %U %S %M", *cmd],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if r.returncode != 0:
            raise SystemExit(f"failed: {' '.join(cmd)}\n{r.stderr}")
        dinding, u, s, kb = f.read().split()[-4:]
    return float(dinding), float(u) + float(s), int(kb) // 1024


def _satu(args) -> int:
    """Generate one cooperative (in a worker process)."""
    from benchmarks import buat_buku

    akar, w, i = args
    acak = random.Random(i)
    jenis = "Kelurahan" if w["jenis"] == "kelurahan" else "Desa"
    buat_buku.IDENTITAS = {
        "nama": f"Koperasi {jenis} Merah Putih {w['nama']}", "desa": w["nama"], "kecamatan": w["kecamatan"],
        "kabupaten": "Kota Denpasar", "provinsi": "Bali", "kode_wilayah": w["kode"],
    }
    return buat_buku.buat(Path(akar), anggota=acak.randint(120, 300), tahun=1, struk_per_hari=acak.randint(10, 30),
                          seed=i, awal=date(2025, 1, 1))


def siapkan(folder: Path) -> int:
    """The 43 cooperatives (generated once); returns the number of journal entries in all."""
    import orjson

    from koperasi_cli.data import wilayah_denpasar

    wilayah = wilayah_denpasar()
    tugas = [(str(folder / f"{w['kode']}-{w['nama'].lower().replace(' ', '-')}"), w, i) for i, w in enumerate(wilayah, 1)]
    belum = [t for t in tugas if not (Path(t[0]) / "data" / "kepala.json").exists()]
    if belum:
        print(f"generating {len(belum)} cooperatives in {folder} ...", file=sys.stderr)
        t = time.perf_counter()
        with ProcessPoolExecutor(os.cpu_count() or 1) as kolam:
            list(kolam.map(_satu, belum))
        print(f"  done in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    return sum(orjson.loads((Path(a) / "data" / "kepala.json").read_bytes())["seq"] for a, _, _ in tugas)


def ukur(kasus: dict[str, list[str]], ulang: int) -> dict[str, tuple]:
    """Every case `ulang` times, interleaved: (median wall, all walls, median CPU, max peak MB)."""
    waktu = {k: [] for k in kasus}
    cpu = {k: [] for k in kasus}
    mem = {k: 0 for k in kasus}
    for _ in range(ulang):
        for k, cmd in kasus.items():
            d, c, m = sekali(cmd)
            waktu[k].append(d)
            cpu[k].append(c)
            mem[k] = max(mem[k], m)
    return {k: (statistics.median(v), v, statistics.median(cpu[k]), mem[k]) for k, v in waktu.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folder", type=Path, default=SINI / "out" / "rekap-43")
    ap.add_argument("--ulang", type=int, default=5)
    a = ap.parse_args()
    a.folder.mkdir(parents=True, exist_ok=True)
    entri = siapkan(a.folder)
    ukuran = sum(p.stat().st_size for p in a.folder.rglob("*") if p.is_file()) // (1 << 20)
    with tempfile.TemporaryDirectory() as d:
        xlsx = str(Path(d) / "rekap.xlsx")
        kasus = {
            "xlsx": [*KOPERASI, "rekap", str(a.folder), "--bulan", "2025-12", "-o", xlsx],
            "json": [*KOPERASI, "rekap", str(a.folder), "--bulan", "2025-12", "--format", "json"],
            "xlsx, -j 1": [*KOPERASI, "rekap", str(a.folder), "--bulan", "2025-12", "-o", xlsx, "-j", "1"],
            "xlsx, --tanpa-periksa": [*KOPERASI, "rekap", str(a.folder), "--bulan", "2025-12", "-o", xlsx, "--tanpa-periksa"],
        }
        beban = os.getloadavg()
        h = ukur(kasus, a.ulang)
        beban_akhir = os.getloadavg()
    print(f"Machine: {mesin()}. Load average before/after: {beban[0]:.2f} / {beban_akhir[0]:.2f}. Runs: {a.ulang}.")
    print(f"Data: 43 cooperatives, {entri:,} journal entries in all (one year each), {ukuran} MB on disk.")
    print()
    print("| `koperasi rekap` over 43 folders | median wall s | runs (s) | median CPU s | peak MB | target |")
    print("|---|---|---|---|---|---|")
    for k, (t, v, c, m) in h.items():
        target = "< 10 s" if k in ("xlsx", "json") else ""
        print(f"| {k} | {t:.2f} | {', '.join(f'{x:.2f}' for x in v)} | {c:.2f} | {m} | {target} |")


if __name__ == "__main__":
    main()
