"""Benchmark: a province or the ministry rekaps 10,000 `ekspor json` files, with `koperasi rekap`
and with DuckDB reading the same files directly.

The 10,000 documents are derived from a few real exports (three small cooperatives generated
with `buat_buku.buat`, exported for December 2025): each copy gets its own identity and area code
(about 14 desa per kecamatan across the provinces) and its figures scaled, the summary block kept
consistent with the statements. Some are made to be problems on purpose: books that failed
`periksa`, exports of format 1 (no summary block), cut-off files, exports from a newer version,
exports of another month; one in a hundred carries its whole journal. They are written in ten
folders of 1,000 so the rekap can be timed at 1,000, 5,000 and 10,000 (memory must stay flat).

    python benchmarks/rekap_ekspor.py [--jumlah 10000] [--ulang 3] [--folder DIR]

With duckdb installed, `rekap --mesin duckdb` over all of them is timed too, beside DuckDB's own
query over the same files, and the two engines' JSON compared. At 80,000 (7 GB) give a --folder
outside the project (a temporary folder) and delete it when done.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import orjson

SINI = Path(__file__).resolve().parent
sys.path.insert(0, str(SINI.parent))

from benchmarks.rekap_43 import sekali  # noqa: E402
from benchmarks.ukur import KOPERASI, mesin  # noqa: E402

BULAN = "2025-12"
PROVINSI = ["11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33", "34", "35", "36", "51",
            "52", "53", "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76", "81", "82", "91", "92",
            "93", "94", "95", "96"]
UANG = ("simpanan_pokok", "simpanan_wajib", "simpanan_sukarela", "pinjaman_beredar", "penjualan_anggota",
        "penjualan_non_anggota", "shu_sd_bulan", "total_aset", "total_ekuitas")
ORANG = ("anggota_l", "anggota_p", "anggota_masuk", "anggota_keluar", "entri_bulan")
PREDIKAT = ("sehat", "cukup sehat", "dalam pengawasan", "dalam pengawasan khusus")


def ekspor_basis(folder: Path) -> list[tuple[bytes, bytes]]:
    """Three real cooperatives' December exports: (without the journal, with it), as ekspor writes them."""
    from benchmarks import buat_buku
    from koperasi_cli.core.tanggal import parse_periode
    from koperasi_cli.ledger.buku import Buku
    from koperasi_cli.reports.ekspor_data import data_json

    hasil = []
    for i, (anggota, struk) in enumerate(((150, 12), (220, 20), (300, 30)), 1):
        akar = folder / f"basis-{i}"
        if not (akar / "data" / "kepala.json").exists():
            shutil.rmtree(akar, ignore_errors=True)
            buat_buku.buat(akar, anggota=anggota, tahun=1, struk_per_hari=struk, seed=100 + i, awal=date(2025, 1, 1))
        with Buku.buka(akar, coba=True) as buku:
            d = data_json(buku, parse_periode(BULAN))
        jurnal = d.pop("jurnal")
        tanpa = orjson.dumps(d) + b"\n"
        d["jurnal"] = jurnal
        hasil.append((tanpa, orjson.dumps(d) + b"\n"))
    return hasil


def wilayah(i: int) -> tuple[str, str, str]:
    """(province, kabupaten, kecamatan, desa code) for document i: about 14 desa a kecamatan."""
    kec = i // 14
    pp = PROVINSI[kec % len(PROVINSI)]
    kk = 1 + (kec // len(PROVINSI)) % 20
    cc = 1 + kec // (len(PROVINSI) * 20)
    desa = 2001 + i % 14 if i % 3 else 1001 + i % 14
    return pp, f"{pp}.{kk:02d}", f"{pp}.{kk:02d}.{cc:02d}.{desa}"


def buat_dokumen(folder: Path, jumlah: int, basis: list[tuple[bytes, bytes]]) -> dict:
    """Write `jumlah` varied documents under folder/bagian-NN/<province>/; returns counts by kind."""
    acak = random.Random(7)
    dasar = [orjson.loads(t) for t, _ in basis]
    jenis = {"baik": 0, "periksa_gagal": 0, "format_1": 0, "rusak": 0, "lebih_baru": 0, "bulan_lain": 0, "dengan_jurnal": 0}
    for i in range(jumlah):
        b = i % len(dasar)
        pp, kab, kode = wilayah(i)
        sub = folder / f"bagian-{i // 1000:02d}" / pp
        sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"{kode}.json"
        nama = f"Koperasi Desa Merah Putih Desa {i:05d}"
        idt = {"nama": nama, "desa": f"Desa {i:05d}", "kecamatan": f"Kecamatan {kode[:8]}", "kabupaten": f"Kabupaten {kab}",
               "provinsi": f"Provinsi {pp}", "kode_wilayah": kode}
        if i % 100 == 37:  # the whole journal in it: a big file, read up to the journal only
            d = orjson.loads(basis[b][1])
            d["identitas"].update(idt)
            d["rekap"].update(idt)
            path.write_bytes(orjson.dumps(d) + b"\n")
            jenis["dengan_jurnal"] += 1
            continue
        d = orjson.loads(orjson.dumps(dasar[b]))
        d["identitas"].update(idt)
        r = d["rekap"]
        r.update(idt)
        f = acak.randint(30, 300)
        for k in UANG:
            r[k] = r[k] * f // 100
        for k in ORANG:
            r[k] = r[k] * f // 100
        r["anggota"] = r["anggota_l"] + r["anggota_p"]
        r["npl_bp"] = acak.choice([None, acak.randint(0, 1500)])
        r["kesehatan"] = acak.choice(PREDIKAT)
        r["bulan_tutup"] = acak.random() < 0.7
        neraca = d["laporan"].get("posisi_keuangan") or d["laporan"]["Posisi Keuangan"]
        neraca["total_aset"], neraca["total_ekuitas"] = r["total_aset"], r["total_ekuitas"]
        isi = None
        if i % 100 == 11:
            r.update(periksa=False, periksa_temuan=1, periksa_rincian=[{"id": "Berkas data/jurnal/2025-11.json berubah.",
                                                                         "en": "File data/jurnal/2025-11.json changed."}])
            jenis["periksa_gagal"] += 1
        elif i % 50 == 23:
            del d["rekap"], d["versi_format_minimal"]
            d["versi_format"] = 1
            neraca["total_aset"] = sum(x["saldo"] for x in neraca["aset"])
            neraca["total_ekuitas"] = sum(x["saldo"] for x in neraca["ekuitas"])
            jenis["format_1"] += 1
        elif i % 200 == 71:
            isi = orjson.dumps(d)[:-200]
            jenis["rusak"] += 1
        elif i % 500 == 97:
            d["versi_format"], d["versi_format_minimal"] = 4, 3
            jenis["lebih_baru"] += 1
        elif i % 200 == 131:
            r["bulan"] = "2025-11"
            jenis["bulan_lain"] += 1
        else:
            jenis["baik"] += 1
        path.write_bytes(isi if isi is not None else orjson.dumps(d) + b"\n")
    return jenis


DUCKDB = """
import sys, time, duckdb
t = time.perf_counter()
r = duckdb.sql('''
SELECT count(*) AS koperasi,
       sum((rekap->>'anggota')::BIGINT) AS anggota,
       sum((rekap->>'total_aset')::BIGINT) AS total_aset,
       count(DISTINCT left(rekap->>'kode_wilayah', 8)) AS kecamatan
FROM read_json('%s/**/*.json', format = 'newline_delimited', ignore_errors = true,
               columns = {format: 'VARCHAR', versi_format_minimal: 'INTEGER', rekap: 'JSON'})
WHERE format = 'koperasi-ekspor' AND versi_format_minimal <= 2
  AND rekap->>'bulan' = '%s' AND (rekap->>'periksa')::BOOLEAN IS NOT FALSE
''').fetchall()
print(r, round(time.perf_counter() - t, 2), file=sys.stderr)
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folder", type=Path, default=SINI / "out" / "rekap-ekspor")
    ap.add_argument("--jumlah", type=int, default=10_000)
    ap.add_argument("--ulang", type=int, default=3)
    a = ap.parse_args()
    a.folder.mkdir(parents=True, exist_ok=True)
    dok = a.folder / "dokumen"
    tanda = a.folder / f"dokumen-{a.jumlah}.selesai"
    basis = ekspor_basis(a.folder)
    if not tanda.exists():
        shutil.rmtree(dok, ignore_errors=True)
        t = time.perf_counter()
        jenis = buat_dokumen(dok, a.jumlah, basis)
        tanda.write_text(orjson.dumps(jenis).decode())
        print(f"{a.jumlah} documents written in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    jenis = orjson.loads(tanda.read_bytes())
    ukuran = sum(p.stat().st_size for p in dok.rglob("*.json"))
    bagian = sorted(dok.iterdir())
    beban = os.getloadavg()
    hasil = {}
    with tempfile.TemporaryDirectory() as d:
        xlsx = str(Path(d) / "rekap.xlsx")
        jsn = str(Path(d) / "rekap.json")
        kasus = {}
        for n in sorted({min(1, len(bagian)), min(5, len(bagian)), len(bagian)}):
            paths = [str(p) for p in bagian[:n]]
            kasus[f"{n * 1000:,} exports, -o xlsx"] = [*KOPERASI, "rekap", *paths, "--bulan", BULAN, "-o", xlsx]
            kasus[f"{n * 1000:,} exports, -o json"] = [*KOPERASI, "rekap", *paths, "--bulan", BULAN, "-o", jsn]
        ada_duckdb = subprocess.run([sys.executable, "-c", "import duckdb"], capture_output=True).returncode == 0
        if ada_duckdb:
            jsn_duck = str(Path(d) / "rekap-duckdb.json")
            kasus[f"{a.jumlah:,} exports, --mesin duckdb -o json"] = [*KOPERASI, "rekap", *[str(p) for p in bagian],
                                                                      "--bulan", BULAN, "--mesin", "duckdb", "-o", jsn_duck]
            skrip = Path(d) / "duckdb_rekap.py"
            skrip.write_text(DUCKDB % (dok, BULAN))
            kasus[f"DuckDB's own query over the same {a.jumlah:,} exports"] = [sys.executable, str(skrip)]
        waktu = {k: [] for k in kasus}
        cpu = {k: [] for k in kasus}
        mem = {k: 0 for k in kasus}
        for _ in range(a.ulang):
            for k, cmd in kasus.items():
                w, c, m = sekali(cmd)
                print(f"  {k}: {w:.2f} s wall, {c:.2f} s CPU, {m} MB", file=sys.stderr, flush=True)
                waktu[k].append(w)
                cpu[k].append(c)
                mem[k] = max(mem[k], m)
        for k in kasus:
            hasil[k] = (statistics.median(waktu[k]), waktu[k], statistics.median(cpu[k]), mem[k])
        # The two agree: the rekap's totals and DuckDB's over the same files.
        r = subprocess.run([*KOPERASI, "rekap", str(dok), "--bulan", BULAN, "--format", "json"], capture_output=True)
        ringkas = orjson.loads(r.stdout)
        # DuckDB sees only the exports with a "rekap" block (format 2): the same rows of the rekap.
        baru = [b for b in ringkas["koperasi"] if b["dijumlahkan"] and "ekspor_lama" not in b["catatan"]]
        sebanding = (len(baru), sum(b["anggota"] for b in baru), sum(b["total_aset"] for b in baru),
                     len({b["kode_wilayah"][:8] for b in baru}))
        cek_duckdb = ""
        sama = None
        if ada_duckdb:  # the two engines' JSON, from the last timed runs, the same but for the time made
            x, y = orjson.loads(Path(jsn).read_bytes()), orjson.loads(Path(jsn_duck).read_bytes())
            x.pop("dibuat"), y.pop("dibuat")
            sama = x == y
        if ada_duckdb:
            cek_duckdb = subprocess.run([sys.executable, str(Path(d) / "duckdb_rekap.py")], capture_output=True,
                                        text=True).stderr.strip()
    beban_akhir = os.getloadavg()
    print(f"Machine: {mesin()}. Load average before/after: {beban[0]:.2f} / {beban_akhir[0]:.2f}. Runs: {a.ulang}.")
    print(f"Data: {a.jumlah:,} exports, {ukuran / (1 << 20):.0f} MB ({jenis}).")
    print()
    print("| case | median wall s | runs (s) | median CPU s | peak MB | target |")
    print("|---|---|---|---|---|---|")
    sendiri = next((t for k, (t, *_) in hasil.items() if k.startswith("DuckDB's own")), None)
    for k, (t, v, c, m) in hasil.items():
        target = "< 60 s, < 500 MB" if k.startswith(f"{a.jumlah:,} exports") else ""
        if k == f"{a.jumlah:,} exports, -o json":
            target = "< 30 s, < 500 MB"
        elif "--mesin duckdb" in k and sendiri:
            target = f"< 1.5x DuckDB's own ({t / sendiri:.2f}x), < 500 MB"
        print(f"| {k} | {t:.2f} | {', '.join(f'{x:.2f}' for x in v)} | {c:.2f} | {m} | {target} |")
    print()
    t = ringkas["total"]
    print(f"rekap: {ringkas['ringkasan']}; total members {t['anggota']:,}, total assets {t['total_aset']:,}")
    print(f"rekap, rows of format-2 exports only (count, members, assets, kecamatan): {sebanding}")
    if cek_duckdb:
        print(f"DuckDB (count, members, assets, kecamatan; seconds): {cek_duckdb}")
    if sama is not None:
        print(f"rekap --mesin duckdb gives the built-in reader's JSON: {sama}")


if __name__ == "__main__":
    main()
