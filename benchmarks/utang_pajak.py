"""Timings of the bank loan and the tax on the benchmark book (issue 18), with the same
whole-process method as `ukur.py` (medians of interleaved runs, peak memory).

    python benchmarks/buat_buku.py benchmarks/out/buku-3th --tutup
    python benchmarks/utang_pajak.py [--buku benchmarks/out/buku-3th] [--ulang 7]

On a copy of the book, a Himbara drawdown of Rp 500 juta (60 months, 6 of grace) is recorded in
the last (open) month through the library; then `utang-bank jadwal`, `utang-bank daftar`,
`laporan neraca` and `laporan pajak` are timed, and closing the last month with the loan in
place (its interest accrued by the closing hook), the month reopened between runs.
Prints a Markdown table for benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

SINI = Path(__file__).resolve().parent
sys.path.insert(0, str(SINI.parent))
sys.path.insert(0, str(SINI))

from ukur import banding, baris, info_buku, jalankan, jumlah_entri, kop, mesin, salin, tabel  # noqa: E402


def tambah_utang(buku: Path, tanggal) -> None:
    from koperasi_cli.layanan import utang_bank
    from koperasi_cli.ledger.buku import Buku

    with Buku.buka(buku) as b:
        utang_bank.terima(b, kode="HIMBARA-1", bank="BRI", jumlah=500_000_000, tanggal=tanggal, tenor=60, tenggang=6)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--buku", type=Path, default=SINI / "out" / "buku-3th")
    ap.add_argument("--ulang", type=int, default=7)
    a = ap.parse_args()
    i = info_buku(a.buku)
    akhir = i["bulan"]
    per = i["per"].isoformat()
    out = [f"Machine: {mesin()}; book: {a.buku.name}, {jumlah_entri(a.buku):,} entries, last month {akhir} open.", ""]
    out += tabel("Bank loan and tax (issue 18)")
    with tempfile.TemporaryDirectory() as d:
        s = salin(a.buku, Path(d))
        tambah_utang(s, akhir.awal.replace(day=5))
        pertama = [True]

        def tutup() -> list[str]:  # the last month, reopened between runs (untimed)
            if not pertama[0]:
                jalankan(s, "tutup-buku", str(akhir), "--buka-kembali", "--alasan", "benchmark")
            pertama[0] = False
            return kop(s, "tutup-buku", str(akhir))

        h = banding({
            "versi": kop(s, "--version"),
            "saldo": kop(s, "laporan", "neraca-saldo", "--per", per, "--format", "json"),
            "jadwal": kop(s, "utang-bank", "jadwal", "HIMBARA-1", "--format", "json"),
            "daftar": kop(s, "utang-bank", "daftar", "--per", per, "--format", "json"),
            "neraca": kop(s, "laporan", "neraca", "--per", per, "--format", "json"),
            "pajak": kop(s, "laporan", "pajak", str(akhir.tahun), "--format", "json"),
            "tutup": tutup,
        }, a.ulang)
    out += [baris("`koperasi --version` (reference: start-up only)", h["versi"]),
            baris(f"`laporan neraca-saldo --per {per}` (reference, as in the main table)", h["saldo"]),
            baris("`utang-bank jadwal HIMBARA-1` (60 installments)", h["jadwal"], "< 0.5 s"),
            baris(f"`utang-bank daftar --per {per}`", h["daftar"]),
            baris(f"`laporan neraca --per {per}` (2202 split from 2201)", h["neraca"]),
            baris(f"`laporan pajak {akhir.tahun}` (12 months of turnover)", h["pajak"]),
            baris(f"`tutup-buku {akhir}` with the loan's accrual", h["tutup"], "< 2 s")]
    print("\n".join(out))


if __name__ == "__main__":
    main()
