"""Fixed assets on the benchmark book (issue 18): `aset daftar` and month closing with 50 assets.

    python benchmarks/buat_buku.py benchmarks/out/buku-3th-aset --tutup --aset 50
    python benchmarks/aset.py [--buku DIR] [--ulang 5]

The book is the usual 3-year benchmark book with 50 fixed assets acquired over the three years,
whose depreciation each month's closing posted. Measured (whole processes, medians, as
`ukur.py`): the register now and at an earlier date, one asset's card, the balance sheet, and
closing the last month (which posts that month's depreciation) on a fresh copy of the book for
every run (the copy is not timed). Prints a Markdown table for RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

SINI = Path(__file__).resolve().parent
sys.path.insert(0, str(SINI.parent))

from benchmarks.ukur import banding, baris, info_buku, kop, mesin, salin  # noqa: E402


def main() -> None:
    import compileall

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--buku", type=Path, default=SINI / "out" / "buku-3th-aset",
                    help="the book with assets, its months closed but the last (buat_buku.py --tutup --aset 50)")
    ap.add_argument("--ulang", type=int, default=5)
    a = ap.parse_args()
    if not (a.buku / "koperasi.yaml").exists():
        from benchmarks.buat_buku import buat

        print(f"generating {a.buku} ...", file=sys.stderr)
        buat(a.buku, tutup=True, aset=50)
    compileall.compile_dir(str(SINI.parent / "koperasi_cli"), quiet=1)
    i = info_buku(a.buku)
    from koperasi_cli.layanan import aset
    from koperasi_cli.ledger.buku import Buku

    with Buku.buka(a.buku, coba=True) as b:
        n_aset = len(aset.semua(b))
        n_baris = len(aset.baris_susut(b))
    akhir, per = i["bulan"], i["per"].isoformat()
    tengah = f"{i['mulai'].tahun + 1}-06-30"
    out = [f"Machine: {mesin()}. Load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}.",
           f"Book ({a.buku.name}): {i['entri']:,} entries, {i['mulai']}..{akhir}, {i['anggota']:,} active members, "
           f"{n_aset} fixed assets with {n_baris:,} monthly depreciation rows posted, months up to "
           f"{akhir.sebelum()} closed. Runs: {a.ulang} (medians).", "",
           "| command | median s | peak MB | target |", "|---|---|---|---|"]
    with tempfile.TemporaryDirectory() as d:
        def tutup() -> list[str]:  # a fresh copy each run: the closing posts the month's depreciation
            s = salin(a.buku, Path(d))
            return kop(s, "tutup-buku", str(akhir))

        h = banding({
            "daftar": kop(a.buku, "aset", "daftar", "--format", "json"),
            "daftar_per": kop(a.buku, "aset", "daftar", "--per", tengah, "--format", "json"),
            "kartu": kop(a.buku, "aset", "kartu", "AT001", "--format", "json"),
            "neraca": kop(a.buku, "laporan", "neraca", "--per", per, "--format", "json"),
            "tutup": tutup,
        }, a.ulang)
    out += [baris("`aset daftar`", h["daftar"], "< 0.5 s"),
            baris(f"`aset daftar --per {tengah}`", h["daftar_per"], "< 0.5 s"),
            baris("`aset kartu AT001`", h["kartu"]),
            baris(f"`laporan neraca --per {per}`", h["neraca"]),
            baris(f"`tutup-buku {akhir}` (posts the month's depreciation of {n_aset} assets)", h["tutup"], "< 2 s")]
    out.append(f"\nLoad average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}.")
    print("\n".join(out))


if __name__ == "__main__":
    main()
