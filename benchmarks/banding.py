"""Side by side with hledger and beancount on the same book: the trial balance, the balance
sheet and one month's income statement from `koperasi`, from hledger (on `koperasi ekspor
hledger`) and from beancount's bean-query (on `koperasi ekspor beancount`). Every tool runs
interleaved in the same loop; medians of wall time and the ratios are reported, and the
figures of all three must agree (the script stops if any differs).

    python benchmarks/banding.py [--buku DIR] [--anggota 2000 --tahun 3 --struk-per-hari 210] [--ulang 5]
                                 [--tulis FILE]

Without --buku a book is generated with benchmarks/buat_buku.py at the given size (use e.g.
`--anggota 200 --tahun 1 --struk-per-hari 30` for a quick run).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

SINI = Path(__file__).resolve().parent
sys.path.insert(0, str(SINI.parent))

from benchmarks.ukur import KOPERASI, banding, jumlah_entri, mesin  # noqa: E402


def _jalan(cmd: list[str]) -> str:
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{r.stderr}")
    return r.stdout


def _kode(akun: str) -> str:
    return akun.strip().rsplit(":", 1)[-1].split("-", 1)[0]


def _hledger(teks: str) -> dict[str, int]:
    """`hledger bal -O csv` -> {account: amount}, the total row left out."""
    baris = list(csv.reader(io.StringIO(teks)))[1:]
    return {a: int(b.split()[0].replace(",", "")) if b.strip() not in ("0", "") else 0 for a, b in baris if a != "total"}


def _bean(teks: str) -> dict[str, int]:
    baris = list(csv.reader(io.StringIO(teks)))[1:]
    return {a.strip(): int(float(n.strip() or 0)) for a, n in baris}


def _tanpa_nol(d: dict) -> dict:
    return {k: v for k, v in d.items() if v}


def bulan_terakhir(buku: Path) -> tuple[date, date]:
    import orjson

    b = max(orjson.loads((buku / "data" / "kepala.json").read_bytes())["bulan"])
    awal = date.fromisoformat(b + "-01")
    akhir = (awal.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return awal, akhir


def angka(buku: Path, hl: Path, bc: Path, awal: date, akhir: date) -> dict:
    """The figures of each tool; raises if they differ."""
    besok = (akhir + timedelta(days=1)).isoformat()
    k = [*KOPERASI, "-C", str(buku)]
    # Trial balance per account (debit - credit).
    ns = json.loads(_jalan([*k, "laporan", "neraca-saldo", "--per", akhir.isoformat(), "--format", "json"]))
    kami = _tanpa_nol({a["kode"]: a["debit"] - a["kredit"] for a in ns["akun"]})
    h = _tanpa_nol({_kode(a): n for a, n in _hledger(_jalan(["hledger", "-f", str(hl), "bal", "--flat", "-O", "csv", "-e", besok])).items()})
    b = _tanpa_nol({_kode(a): n for a, n in _bean(_jalan(["bean-query", "-f", "csv", str(bc),
                    f"SELECT account, sum(number) AS n WHERE date < {besok} GROUP BY account"])).items()})
    assert kami == h == b, ("neraca saldo", kami, h, b)
    # Balance sheet totals: assets; liabilities + equity + the result not yet closed.
    nr = json.loads(_jalan([*k, "laporan", "neraca", "--per", akhir.isoformat(), "--format", "json"]))
    hr = _hledger(_jalan(["hledger", "-f", str(hl), "bal", "--depth", "1", "-O", "csv", "-e", besok]))
    br = _bean(_jalan(["bean-query", "-f", "csv", str(bc),
                       f"SELECT root(account, 1) AS r, sum(number) AS n WHERE date < {besok} GROUP BY r"]))
    for r in (hr, br):
        assert r.get("Assets", 0) == nr["total_aset"], ("aset", r, nr["total_aset"])
        pasiva = -sum(r.get(x, 0) for x in ("Liabilities", "Equity", "Income", "Expenses"))
        assert pasiva == nr["total_kewajiban_ekuitas"], ("pasiva", r, nr["total_kewajiban_ekuitas"])
    # The month's income statement.
    phu = json.loads(_jalan([*k, "laporan", "phu", awal.strftime("%Y-%m"), "--format", "json"]))
    hi = _hledger(_jalan(["hledger", "-f", str(hl), "bal", "--depth", "1", "-O", "csv", "-b", awal.isoformat(),
                          "-e", besok, "^Income", "^Expenses"]))
    bi = _bean(_jalan(["bean-query", "-f", "csv", str(bc), f"SELECT root(account, 1) AS r, sum(number) AS n "
                       f"WHERE date >= {awal.isoformat()} AND date < {besok} AND account ~ '^(Income|Expenses)' GROUP BY r"]))
    for r in (hi, bi):
        assert -r.get("Income", 0) == phu["total_pendapatan"], ("pendapatan", r, phu)
        assert r.get("Expenses", 0) == phu["total_beban"], ("beban", r, phu)
    return {"akun": len(kami), "total_aset": nr["total_aset"], "pendapatan": phu["total_pendapatan"],
            "beban": phu["total_beban"], "shu": phu["shu"]}


def _rp(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--buku", type=Path)
    ap.add_argument("--anggota", type=int, default=2000)
    ap.add_argument("--tahun", type=int, default=3)
    ap.add_argument("--struk-per-hari", type=int, default=210)
    ap.add_argument("--ulang", type=int, default=5)
    ap.add_argument("--tulis", type=Path)
    a = ap.parse_args()
    for alat in ("hledger", "bean-query"):
        if not shutil.which(alat):
            raise SystemExit(f"{alat} not found")
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        buku = a.buku
        if buku is None:
            from benchmarks.buat_buku import buat

            buku = d / "buku"
            t = time.perf_counter()
            buat(buku, anggota=a.anggota, tahun=a.tahun, struk_per_hari=a.struk_per_hari)
            print(f"book generated in {time.perf_counter() - t:.0f} s", file=sys.stderr)
        hl, bc = d / "buku.journal", d / "buku.beancount"
        _jalan([*KOPERASI, "-C", str(buku), "ekspor", "hledger", str(hl)])
        _jalan([*KOPERASI, "-C", str(buku), "ekspor", "beancount", str(bc)])
        _jalan(["bean-check", str(bc)])
        awal, akhir = bulan_terakhir(buku)
        besok = (akhir + timedelta(days=1)).isoformat()
        f = angka(buku, hl, bc, awal, akhir)
        k = [*KOPERASI, "-C", str(buku), "laporan"]
        bagian = {
            "Trial balance": {
                "koperasi": [*k, "neraca-saldo", "--per", akhir.isoformat(), "--format", "json"],
                "hledger": ["hledger", "-f", str(hl), "bal", "-e", besok],
                "beancount": ["bean-query", str(bc), f"SELECT account, sum(position) WHERE date < {besok} GROUP BY account"],
            },
            "Balance sheet": {
                "koperasi": [*k, "neraca", "--per", akhir.isoformat(), "--format", "json"],
                "hledger": ["hledger", "-f", str(hl), "bs", "-e", besok],
                "beancount": ["bean-query", str(bc), f"BALANCES AT cost FROM CLOSE ON {besok} WHERE account ~ '^(Assets|Liabilities|Equity)'"],
            },
            f"Income statement {awal:%Y-%m}": {
                "koperasi": [*k, "phu", awal.strftime("%Y-%m"), "--format", "json"],
                "hledger": ["hledger", "-f", str(hl), "is", "-b", awal.isoformat(), "-e", besok],
                "beancount": ["bean-query", str(bc), f"SELECT account, sum(position) WHERE date >= {awal.isoformat()} "
                              f"AND date < {besok} AND account ~ '^(Income|Expenses)' GROUP BY account"],
            },
        }
        versi = {
            "hledger": _jalan(["hledger", "--version"]).strip().split(",")[0],
            "beancount": _jalan(["bean-query", "--version"]).strip() or "bean-query",
        }
        n = jumlah_entri(buku)
        ukuran = sum(p.stat().st_size for p in (buku / "data").rglob("*") if p.is_file())
        out = ["## koperasi beside hledger and beancount", "",
               f"Book: {n:,} entries, data folder {ukuran / 1e6:.1f} MB; exported journal {hl.stat().st_size / 1e6:.1f} MB "
               f"(hledger), {bc.stat().st_size / 1e6:.1f} MB (beancount). Period: books to {akhir}, month {awal:%Y-%m}.",
               f"Machine: {mesin()}. {versi['hledger']}; {versi['beancount']}. Medians of {a.ulang} interleaved runs "
               "(whole process, wall time).", "",
               f"Figures agree in all three tools (asserted): {f['akun']} accounts in the trial balance, total assets "
               f"Rp {_rp(f['total_aset'])}, month's income Rp {_rp(f['pendapatan'])}, expenses Rp {_rp(f['beban'])}, "
               f"result Rp {_rp(f['shu'])}.", "",
               "| report | koperasi s | hledger s | beancount s | koperasi / hledger | koperasi / beancount |",
               "|---|---|---|---|---|---|"]
        for nama, kasus in bagian.items():
            h = banding(kasus, a.ulang)
            kk, hh, bb = h["koperasi"][0], h["hledger"][0], h["beancount"][0]
            out.append(f"| {nama} | {kk:.3f} | {hh:.3f} | {bb:.3f} | {kk / hh:.2f} | {kk / bb:.2f} |")
        teks = "\n".join(out) + "\n"
        print(teks)
        if a.tulis:
            a.tulis.write_text(teks, encoding="utf-8")


if __name__ == "__main__":
    main()
