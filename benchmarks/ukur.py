"""Whole-process timings of `koperasi` commands on a generated book, medians over repeated
runs, with peak memory; competing tools (ledger, hledger) run interleaved in the same loop so
their ratios are measured under the same load.

    python benchmarks/buat_buku.py benchmarks/out/buku-3th --tutup
    python benchmarks/buat_buku.py benchmarks/out/buku-3th-terbuka      # optional: no month closed
    python benchmarks/ukur.py [--buku DIR] [--buku-terbuka DIR] [--ulang 7] [--hanya bagian,...]

The main book has its months closed but the last, as a cooperative that runs `tutup-buku` every
month has it; where the book without closing is there, the areas are measured on both.

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
from typing import Callable

SINI = Path(__file__).resolve().parent
sys.path.insert(0, str(SINI.parent))

KOPERASI = [sys.executable, "-m", "koperasi_cli"]
# An installed package has its bytecode; a shell that sets PYTHONDONTWRITEBYTECODE would make
# every run compile the package from source again (about 60 ms), which no user pays.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
_skrip = Path(sys.executable).parent / "koperasi"
if _skrip.exists():
    KOPERASI = [str(_skrip)]


def sekali(cmd: list[str], cwd: Path | None = None) -> tuple[float, int]:
    """(wall seconds, peak RSS in MB) of one run, measured by GNU time."""
    with tempfile.NamedTemporaryFile("r") as f:
        r = subprocess.run(["/usr/bin/time", "-o", f.name, "-f", "%e %M", *cmd], cwd=cwd, env=ENV,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if r.returncode != 0:
            raise SystemExit(f"failed: {' '.join(cmd)}\n{r.stderr}")
        detik, kb = f.read().split()[-2:]
    return float(detik), int(kb) // 1024


def banding(kasus: dict[str, list[str] | Callable[[], list[str]]], ulang: int) -> dict[str, tuple[float, int]]:
    """Run every case `ulang` times, interleaved; medians of time, max of memory. A case may be
    a function returning the command: it is called before each run, untimed (to prepare a fresh
    copy of the book, pick the next loan, reopen a month...)."""
    waktu = {k: [] for k in kasus}
    mem = {k: 0 for k in kasus}
    for _ in range(ulang):
        for k, cmd in kasus.items():
            t, m = sekali(cmd() if callable(cmd) else cmd)
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


def kop(buku: Path, *args: str) -> list[str]:
    return [*KOPERASI, "-C", str(buku), *args]


def jalankan(buku: Path, *args: str) -> str:
    """Run a command untimed (preparation); its stdout."""
    r = subprocess.run(kop(buku, *args), capture_output=True, text=True, env=ENV)
    if r.returncode != 0:
        raise SystemExit(f"failed: {' '.join(args)}\n{r.stdout}{r.stderr}")
    return r.stdout


def salin(buku: Path, d: Path, nama: str = "salinan") -> Path:
    """A copy of the book in `d` (commands that write run on copies; the reference stays the same)."""
    tujuan = d / nama
    if tujuan.exists():
        shutil.rmtree(tujuan)
    shutil.copytree(buku, tujuan)
    return tujuan


def info_buku(buku: Path) -> dict:
    """Size of the book and the facts the sections need (last month, active loans), read through
    the library without writing."""
    from datetime import date

    from koperasi_cli.core.tanggal import Bulan
    from koperasi_cli.layanan import anggota, pinjaman, sembako
    from koperasi_cli.ledger.buku import Buku
    from koperasi_cli.reports import daftar_pinjaman

    with Buku.buka(buku, coba=True) as b:
        akhir = max(b.bulan_ada())
        per = akhir.akhir
        aktif = [a["no"] for a in anggota.semua(b) if a.get("status") == "aktif"]
        pj = daftar_pinjaman.daftar(b, per)
        baris = pj.get("pinjaman") or pj.get("baris") or []
        return {"entri": b.kepala["seq"], "anggota": len(aktif), "pinjaman_aktif": len(baris),
                "pinjaman_menunggak": sum(1 for r in baris if r["hari_tunggakan"] > 0),
                "pinjaman_id": [r["id"] for r in baris], "pinjaman_total": len(pinjaman.semua(b)),
                "barang": len(sembako.semua_barang(b)), "bulan": akhir, "per": per,
                "bulan_berikut": akhir.berikut(), "tengah": date(per.year, per.month, 15),
                "anggota_no": aktif[len(aktif) // 2], "mulai": min(b.bulan_ada())}


def tabel(judul: str) -> list[str]:
    return ["", f"### {judul}", "", "| command | median s | peak MB | target |", "|---|---|---|---|"]


def bagian_simpanan(buku: Path, ulang: int) -> list[str]:
    i = info_buku(buku)
    out = tabel("Members and savings")
    bl = i["bulan_berikut"]
    with tempfile.TemporaryDirectory() as d:
        def tagih() -> list[str]:  # a fresh copy each run: the month is billed once
            s = salin(buku, Path(d))
            return kop(s, "simpanan", "tagih-wajib", str(bl), "--bayar", "--tanggal", f"{bl}-25")

        h = banding({"tagih": tagih,
                     "laporan": kop(buku, "laporan", "simpanan", "--per", i["per"].isoformat()),
                     "saldo": kop(buku, "simpanan", "saldo", i["anggota_no"])}, ulang)
    out += [baris(f"`simpanan tagih-wajib {bl} --bayar` ({i['anggota']:,} active members)", h["tagih"], "< 2 s"),
            baris("`laporan simpanan`", h["laporan"], "< 1 s"),
            baris(f"`simpanan saldo {i['anggota_no']}`", h["saldo"], "< 0.4 s")]
    return out


def bagian_pinjaman(buku: Path, ulang: int) -> list[str]:
    i = info_buku(buku)
    out = tabel(f"Loans ({i['pinjaman_aktif']} active of {i['pinjaman_total']:,})")
    ids = iter(i["pinjaman_id"])
    tgl = i["per"].isoformat()
    with tempfile.TemporaryDirectory() as d:
        s = salin(buku, Path(d))

        def angsur() -> list[str]:  # a different loan each run, on one copy
            return kop(s, "pinjaman", "angsur", next(ids), "10rb", "--tanggal", tgl)

        h = banding({"angsur": angsur,
                     "akhir": kop(buku, "laporan", "pinjaman", "--per", tgl),
                     "tengah": kop(buku, "laporan", "pinjaman", "--per", i["tengah"].isoformat())}, ulang)
    out += [baris("`pinjaman angsur ID 10rb`", h["angsur"], "< 0.4 s"),
            baris(f"`laporan pinjaman --per {tgl}` (month end)", h["akhir"], "< 1 s"),
            baris(f"`laporan pinjaman --per {i['tengah']}` (mid-month)", h["tengah"], "< 1 s")]
    return out


def bagian_sembako(buku: Path, ulang: int) -> list[str]:
    i = info_buku(buku)
    out = tabel(f"Outlet ({i['barang']} items)")
    with tempfile.TemporaryDirectory() as d:
        s = salin(buku, Path(d))
        jual = kop(s, "sembako", "jual", "BRS5:1", "MNY1:1", "GLA1:1", "TLR1:1", "MIE1:2",
                   "--anggota", i["anggota_no"], "--tanggal", i["per"].isoformat())
        h = banding({"jual": jual, "penjualan": kop(buku, "laporan", "penjualan", str(i["bulan"]))}, ulang)
    out += [baris("`sembako jual` (5-line receipt, member)", h["jual"], "< 0.4 s"),
            baris(f"`laporan penjualan {i['bulan']}`", h["penjualan"], "< 1 s")]
    return out


def bagian_laporan(buku: Path, ulang: int) -> list[str]:
    i = info_buku(buku)
    out = tabel("Statements and workbooks")
    bl, th = str(i["bulan"]), str(i["bulan"].tahun)
    with tempfile.TemporaryDirectory() as d:
        h = banding({"bulanan": kop(buku, "laporan", "bulanan", bl),
                     "xlsx": kop(buku, "laporan", "bulanan", bl, "-o", str(Path(d) / "x.xlsx")),
                     "tahun": kop(buku, "ekspor", "xlsx", th, "-o", str(Path(d) / "y.xlsx"))}, max(1, ulang // 2))
    out += [baris(f"`laporan bulanan {bl}`", h["bulanan"], "< 1.5 s"),
            baris(f"`laporan bulanan {bl} -o x.xlsx`", h["xlsx"], "< 3 s"),
            baris(f"`ekspor xlsx {th} -o y.xlsx`", h["tahun"], "< 10 s")]
    return out


def bagian_tutup(buku: Path, ulang: int, terbuka: Path | None = None) -> list[str]:
    """On a copy of the book (its months closed but the last): closing the last month, the SHU
    simulation, and the balance sheet with every month closed against the same book with none
    closed (`terbuka`, generated without --tutup)."""
    i = info_buku(buku)
    out = tabel("Closing")
    akhir, th = i["bulan"], str(i["bulan"].tahun)
    per = i["per"].isoformat()
    with tempfile.TemporaryDirectory() as d:
        s = salin(buku, Path(d))
        pertama = [True]

        def tutup() -> list[str]:  # the last month, reopened between runs (untimed)
            if not pertama[0]:
                jalankan(s, "tutup-buku", str(akhir), "--buka-kembali", "--alasan", "benchmark")
            pertama[0] = False
            return kop(s, "tutup-buku", str(akhir))

        kasus = {"tutup": tutup, "shu": kop(buku, "laporan", "shu", th)}
        if terbuka is not None:
            kasus["terbuka"] = kop(terbuka, "laporan", "neraca", "--per", per)
        h = banding(kasus, ulang)
        # Every month closed now; interleaved again with the open book, so the ratio is of one run.
        h2 = banding({"neraca": kop(s, "laporan", "neraca", "--per", per),
                      **({"terbuka": kasus["terbuka"]} if terbuka is not None else {})}, ulang)
    out += [baris(f"`tutup-buku {akhir}` (every earlier month closed)", h["tutup"], "< 2 s"),
            baris(f"`laporan shu {th}`", h["shu"], "< 2 s"),
            baris(f"`laporan neraca --per {per}`, every month closed", h2["neraca"])]
    if terbuka is not None:
        out += [baris(f"`laporan neraca --per {per}`, same book with no month closed", h2["terbuka"]),
                f"| ratio closed / not closed | {h2['neraca'][0] / h2['terbuka'][0]:.2f} | | <= 0.5 |"]
    return out


BAGIAN = {"dasar": bagian_dasar, "simpanan": bagian_simpanan, "pinjaman": bagian_pinjaman,
          "sembako": bagian_sembako, "laporan": bagian_laporan, "tutup": bagian_tutup}
# Sections measured on both books when the book without closing is there.
DUA_KALI = ("simpanan", "pinjaman", "sembako", "laporan")


def main() -> None:
    import compileall

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--buku", type=Path, default=SINI / "out" / "buku-3th",
                    help="the book, its months closed but the last (buat_buku.py --tutup)")
    ap.add_argument("--buku-terbuka", type=Path, default=SINI / "out" / "buku-3th-terbuka",
                    help="the same book generated without --tutup (optional)")
    ap.add_argument("--ulang", type=int, default=7)
    ap.add_argument("--hanya", default=",".join(BAGIAN))
    a = ap.parse_args()
    if not (a.buku / "koperasi.yaml").exists():
        from benchmarks.buat_buku import buat

        print(f"generating {a.buku} ...", file=sys.stderr)
        buat(a.buku, tutup=True)
    terbuka = a.buku_terbuka if (a.buku_terbuka / "koperasi.yaml").exists() else None
    compileall.compile_dir(str(SINI.parent / "koperasi_cli"), quiet=1)
    i = info_buku(a.buku)
    out = [f"Machine: {mesin()}. Load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}.",
           f"Book ({a.buku.name}): {i['entri']:,} entries, {i['mulai']}..{i['bulan']}, {i['anggota']:,} active members, "
           f"{i['pinjaman_aktif']} loans outstanding at {i['per']} ({i['pinjaman_menunggak']} in arrears) of "
           f"{i['pinjaman_total']:,} disbursed, {i['barang']} items, months up to {i['bulan'].sebelum()} closed. "
           f"Runs: {a.ulang} (medians)."]
    if terbuka is not None:
        out.append(f"Same book without closing ({terbuka.name}): {jumlah_entri(terbuka):,} entries.")
    for nama in a.hanya.split(","):
        if nama == "tutup":
            out += bagian_tutup(a.buku, a.ulang, terbuka)
        else:
            t = BAGIAN[nama](a.buku, a.ulang)
            if nama in DUA_KALI and terbuka is not None:
                t[1] += ", months closed"
                t2 = BAGIAN[nama](terbuka, a.ulang)
                t2[1] += ", no month closed"
                t += t2
            out += t
        print("\n".join(out), flush=True)
        out = []
    out.append(f"\nLoad average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}.")
    print("\n".join(out))


if __name__ == "__main__":
    main()
