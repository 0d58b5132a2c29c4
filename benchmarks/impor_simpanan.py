"""Benchmark: import 100,000 savings deposits for a cooperative of 2,000 members.

    python benchmarks/impor_simpanan.py [--anggota 2000] [--baris 100000] [--ulang 3]

Builds a fresh cooperative (members registered through the library, without the pokok
entries), writes the deposits CSV (semicolon-separated, dates day first, amounts with dots, as
Excel in an Indonesian locale writes them), then times `koperasi impor simpanan` as a separate
process, each run on a fresh copy of the books, under `/usr/bin/time -f "%e %U %S %M"` (wall
seconds, user and system CPU seconds, peak resident memory in KB). Prints the medians and the
peak, and the load average before and after (the machine may be shared: compare CPU time too).

The package is compiled to bytecode first and the runs get an environment without
PYTHONDONTWRITEBYTECODE, as an installed package runs (else every run compiles every module).
"""

from __future__ import annotations

import argparse
import compileall
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path


def buat_koperasi(akar: Path, n_anggota: int) -> None:
    from koperasi_cli.layanan import keanggotaan
    from koperasi_cli.layanan.koperasi import daftarkan_koperasi
    from koperasi_cli.ledger.buku import Buku

    daftarkan_koperasi(akar, {
        "nama": "Koperasi Desa Merah Putih Sidakarya", "desa": "Sidakarya", "kecamatan": "Denpasar Selatan",
        "kabupaten": "Kota Denpasar", "provinsi": "Bali", "kode_wilayah": "51.71.01.2007", "mulai": date(2023, 1, 1),
    })
    with Buku.buka(akar) as buku:
        for i in range(1, n_anggota + 1):
            p = i % 2 == 0
            nik = f"517101{15 + (40 if p else 0):02d}0590{i:04d}"
            keanggotaan.masuk(buku, nama=f"Anggota {i}", nik=nik, jenis_kelamin="P" if p else "L",
                           alamat=f"Jl. Danau Poso {i}, Sidakarya", tanggal=date(2023, 1, 2), tanpa_pokok=True)


def tulis_csv(path: Path, n_anggota: int, n_baris: int, seed: int = 7) -> None:
    rnd = random.Random(seed)
    awal = date(2023, 1, 3)
    hari = (date(2025, 12, 31) - awal).days
    baris = ["No Anggota;Jenis;Jumlah;Tanggal;Bukti"]
    for i in range(n_baris):
        no = rnd.randint(1, n_anggota)
        t = awal + timedelta(days=rnd.randint(0, hari))
        if rnd.random() < 0.5:
            jenis, jumlah = "sukarela", rnd.randint(1, 200) * 5000
        else:
            jenis, jumlah = "wajib", 20000 * rnd.randint(1, 2)
        baris.append(f"{no:04d};{jenis};{jumlah:,}".replace(",", ".") + f";{t:%d/%m/%Y};KW-{i + 1:06d}")
    path.write_bytes(("\ufeff" + "\n".join(baris) + "\n").encode("utf-8"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--anggota", type=int, default=2000)
    ap.add_argument("--baris", type=int, default=100_000)
    ap.add_argument("--ulang", type=int, default=3)
    arg = ap.parse_args()
    import koperasi_cli

    compileall.compile_dir(Path(koperasi_cli.__file__).parent, quiet=1)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        dasar = tmp / "dasar"
        buat_koperasi(dasar, arg.anggota)
        csv = tmp / "simpanan.csv"
        tulis_csv(csv, arg.anggota, arg.baris)
        print(f"data: {arg.anggota} anggota, {arg.baris} baris, CSV {csv.stat().st_size / 1e6:.1f} MB")
        detik, cpu, memori = [], [], []
        beban = os.getloadavg()[0]
        for i in range(arg.ulang):
            akar = tmp / f"run{i}"
            shutil.copytree(dasar, akar)
            r = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", sys.executable, "-m", "koperasi_cli", "-C",
                                str(akar), "impor", "simpanan", str(csv)], capture_output=True, text=True, env=env)
            if r.returncode:
                print(r.stdout, r.stderr)
                raise SystemExit(r.returncode)
            e, u, s, m = r.stderr.strip().splitlines()[-1].split()
            detik.append(float(e))
            cpu.append(float(u) + float(s))
            memori.append(int(m))
            ukuran = sum(p.stat().st_size for p in (akar / "data").rglob("*") if p.is_file())
            print(f"run {i + 1}: {e} s (CPU {cpu[-1]:.2f} s), peak RSS {int(m) / 1024:.0f} MB, "
                  f"data folder {ukuran / 1e6:.1f} MB")
            shutil.rmtree(akar)
        print(f"median {statistics.median(detik):.2f} s (CPU {statistics.median(cpu):.2f} s), "
              f"peak RSS max {max(memori) / 1024:.0f} MB; load average {beban:.2f} before, "
              f"{os.getloadavg()[0]:.2f} after")


if __name__ == "__main__":
    main()
