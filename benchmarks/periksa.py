"""`koperasi periksa` on the large book against `bean-check` on the same book's beancount export,
and a recording command on the large book against an empty one (issue 16). Whole processes,
interleaved in one loop (so the ratios are measured under the same load), medians of wall time,
peak RSS.

    python benchmarks/periksa.py [--buku DIR] [--ulang 5] [--kode-lama DIR]

The book defaults to benchmarks/out/buku-3th (built with `buat_buku.py DIR --tutup` when it is
missing: about four minutes on a quiet machine; it is reused afterwards). The beancount export
is written next to it once (`DIR.beancount`) and reused while the book has the same last entry.
`bean-check` must be on PATH (`pip install beancount`, for the benchmark only). `--kode-lama`
names a source tree of an earlier version of the package (e.g. `git archive REV | tar -x -C
DIR`): its `periksa` and `kas masuk` run in the same loop, for a before/after table.

Prints a Markdown table for benchmarks/RESULTS.md, with the machine and the load average.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SINI = Path(__file__).resolve().parent
sys.path.insert(0, str(SINI.parent))

from benchmarks.ukur import ENV, KOPERASI, banding, baris, jumlah_entri, mesin  # noqa: E402



def kas(buku: Path) -> list[str]:
    """`kas masuk` dated the 15th of the book's latest open month (the one a treasurer records
    into, its journal file the largest there is to append to)."""
    import orjson

    k = orjson.loads((buku / "data" / "kepala.json").read_bytes())
    terbuka = sorted(b for b in k["bulan"] if b not in k["tutup"])
    bulan = terbuka[-1] if terbuka else "2025-12"
    return ["kas", "masuk", "10rb", "--akun", "4402", "--ket", "benchmark", "--tanggal", f"{bulan}-15"]


def _muat() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


def siapkan_buku(buku: Path) -> None:
    if (buku / "data" / "kepala.json").exists():
        return
    print(f"building {buku} (takes minutes) ...", file=sys.stderr)
    subprocess.run([sys.executable, str(SINI / "buat_buku.py"), str(buku), "--tutup"], check=True)


def siapkan_beancount(buku: Path) -> Path:
    """The book's beancount export, made once per last entry number."""
    berkas = buku.with_name(buku.name + ".beancount")
    tanda = buku.with_name(buku.name + ".beancount.seq")
    seq = str(jumlah_entri(buku))
    if not (berkas.exists() and tanda.exists() and tanda.read_text() == seq):
        subprocess.run([*KOPERASI, "-C", str(buku), "ekspor", "beancount", str(berkas)], check=True,
                       capture_output=True, env=ENV)
        tanda.write_text(seq)
    return berkas


def kode_lama(akar: Path) -> list[str]:
    """The command line running the package of another source tree: without `site` (an editable
    install's import hook would load this tree's package instead), from another folder (`-m`
    puts the current folder first on the path), with this environment's packages."""
    import sysconfig

    return ["env", "-C", tempfile.gettempdir(), f"PYTHONPATH={akar}{os.pathsep}{sysconfig.get_paths()['purelib']}",
            sys.executable, "-S", "-m", "koperasi_cli"]


def init_kosong(perintah: list[str], folder: Path) -> None:
    subprocess.run([*perintah, "-C", str(folder), "init", "--nama", "KDMP Kosong", "--desa", "Tegal Kertha",
                    "--kecamatan", "Denpasar Barat", "--kabupaten", "Kota Denpasar", "--provinsi", "Bali",
                    "--mulai", "2023-01-01"], check=True, capture_output=True, env=ENV)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--buku", type=Path, default=SINI / "out" / "buku-3th")
    ap.add_argument("--ulang", type=int, default=5)
    ap.add_argument("--kode-lama", type=Path, default=None)
    ap.add_argument("--tanpa-catat", action="store_true", help="only periksa and bean-check")
    a = ap.parse_args()
    if not shutil.which("bean-check"):
        raise SystemExit("bean-check not found: pip install beancount")
    buku = a.buku.resolve()
    siapkan_buku(buku)
    bean = siapkan_beancount(buku)
    lama = kode_lama(a.kode_lama.resolve()) if a.kode_lama else None
    # Each timed run must succeed (`ukur.sekali` stops on a failure): both find the book sound.
    muat_awal = _muat()
    kasus: dict = {"periksa": [*KOPERASI, "-C", str(buku), "periksa"], "bean": ["bean-check", "--no-cache", str(bean)]}  # the pickle cache would time a reload, not a check
    if lama:
        kasus["periksa_lama"] = [*lama, "-C", str(buku), "periksa"]
    with tempfile.TemporaryDirectory() as d:
        if not a.tanpa_catat:
            # Recording writes: on a copy of the large book (one entry more per run) and an empty one.
            besar = Path(d) / "besar"
            shutil.copytree(buku, besar)
            kosong = Path(d) / "kosong"
            init_kosong(KOPERASI, kosong)
            KAS = kas(buku)
            kasus["kas_besar"] = [*KOPERASI, "-C", str(besar), *KAS]
            kasus["kas_kosong"] = [*KOPERASI, "-C", str(kosong), *KAS]
            if lama:
                besar_lama = Path(d) / "besar-lama"
                shutil.copytree(buku, besar_lama)
                kosong_lama = Path(d) / "kosong-lama"
                init_kosong(lama, kosong_lama)
                kasus["kas_besar_lama"] = [*lama, "-C", str(besar_lama), *KAS]
                kasus["kas_kosong_lama"] = [*lama, "-C", str(kosong_lama), *KAS]
        h = banding(kasus, a.ulang)
    n = jumlah_entri(buku)
    out = [f"Machine: {mesin()}; load average {muat_awal} at the start, {_muat()} at the end; "
           f"{a.ulang} interleaved runs, medians.", "",
           "| command | median s | peak MB | target |", "|---|---|---|---|"]
    if lama:
        out.append(baris(f"`koperasi periksa`, {n:,} entries, before", h["periksa_lama"]))
    out.append(baris(f"`koperasi periksa`, {n:,} entries", h["periksa"], "<= 250 MB; <= 1/2 bean-check"))
    out.append(baris("`bean-check` on the same book (exported)", h["bean"]))
    if lama:
        out.append(f"| ratio periksa / bean-check, before | {h['periksa_lama'][0] / h['bean'][0]:.2f} | | <= 0.5 |")
    out.append(f"| ratio periksa / bean-check | {h['periksa'][0] / h['bean'][0]:.2f} | | <= 0.5 |")
    if not a.tanpa_catat:
        if lama:
            out += [baris("`kas masuk`, large book, before", h["kas_besar_lama"]),
                    baris("`kas masuk`, empty book, before", h["kas_kosong_lama"]),
                    f"| ratio large / empty, before | {h['kas_besar_lama'][0] / h['kas_kosong_lama'][0]:.2f} | | <= 1.3 |"]
        out += [baris("`kas masuk`, large book", h["kas_besar"]), baris("`kas masuk`, empty book", h["kas_kosong"]),
                f"| ratio large / empty | {h['kas_besar'][0] / h['kas_kosong'][0]:.2f} | | <= 1.3 |"]
    print("\n".join(out))


if __name__ == "__main__":
    main()
