"""Generate a realistic, deterministic book through the library API, for benchmarks.

Default: 2,000 members over 3 years (2023-2025), about 300,000 journal entries: members
joining with simpanan pokok, monthly simpanan wajib, sukarela deposits and withdrawals, loans
disbursed and repaid in installments, daily grocery and LPG sales (a few hundred receipts a
day in all), weekly purchases, monthly expenses. Each month is one unit of work.

    python benchmarks/buat_buku.py DIR [--anggota 2000] [--tahun 3] [--struk-per-hari 210] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date
from pathlib import Path

from koperasi_cli.core.jurnal import Entri, debit, kredit
from koperasi_cli.core.tanggal import Bulan
from koperasi_cli.ledger.buku import Buku
from koperasi_cli.layanan.koperasi import daftarkan_koperasi

IDENTITAS = {
    "nama": "Koperasi Desa Merah Putih Tegal Kertha (benchmark)",
    "desa": "Tegal Kertha", "kecamatan": "Denpasar Barat", "kabupaten": "Kota Denpasar",
    "provinsi": "Bali", "kode_wilayah": "51.71.03.2009",
}
BARANG = [  # code, inventory, member sales, non-member sales, cost account, cost, price
    ("BRS5", "1130", "4101", "4102", "5101", 69_250, 75_000),
    ("MNY1", "1130", "4101", "4102", "5101", 16_500, 18_000),
    ("GLA1", "1130", "4101", "4102", "5101", 15_000, 16_500),
    ("TLR1", "1130", "4101", "4102", "5101", 28_000, 30_000),
    ("MIE1", "1130", "4101", "4102", "5101", 2_800, 3_200),
    ("LPG3", "1131", "4103", "4104", "5102", 16_000, 18_000),
]


def nik(i: int) -> str:
    hari = 1 + i % 28 + (40 if i % 2 else 0)
    return f"517103{hari:02d}{1 + i % 12:02d}{60 + i % 40:02d}{i % 10000:04d}"


def buat(akar: Path, anggota: int = 2000, tahun: int = 3, struk_per_hari: int = 210, seed: int = 1,
         awal: date = date(2023, 1, 1)) -> int:
    acak = random.Random(seed)
    daftarkan_koperasi(akar, {**IDENTITAS, "mulai": awal})
    bulan = Bulan.dari_tanggal(awal)
    aktif: list[str] = []
    pinjaman: dict[str, list] = {}  # id -> [member, remaining principal, installment principal, interest]
    no_pinjaman = 0
    stok = {b[0]: 0 for b in BARANG}
    total = 0
    gabung_per_bulan = max(1, (anggota - anggota // 2) // (tahun * 12 - 1))
    for m in range(tahun * 12):
        e: list[Entri] = []
        akhir = bulan.akhir.day
        # Members joining: half in the first month, the rest spread out.
        baru = anggota // 2 if m == 0 else min(gabung_per_bulan, anggota - len(aktif))
        dokumen = []
        if m == 0:  # start-up capital: a village grant and a bank loan
            e.append(Entri(awal, (debit("1101", 500_000_000), kredit("3104", 500_000_000)), "Hibah dana desa", "kas-masuk", "kantor"))
            e.append(Entri(awal, (debit("1104", 1_000_000_000), kredit("2201", 1_000_000_000)), "Pinjaman bank", "kas-masuk", "kantor"))
        for _ in range(baru):
            no = f"{len(aktif) + 1:04d}"
            aktif.append(no)
            tgl = date(bulan.tahun, bulan.bulan, acak.randint(1, akhir))
            dokumen.append({"no": no, "nama": f"Anggota {no}", "nik": nik(len(aktif)),
                            "jenis_kelamin": "P" if len(aktif) % 2 else "L", "alamat": "Tegal Kertha",
                            "status": "aktif", "tanggal_masuk": tgl.isoformat(), "tanggal_keluar": None})
            e.append(Entri(tgl, (debit("1101", 100_000), kredit("3101", 100_000, anggota=no)),
                           f"Simpanan pokok {no}", "simpanan-setor", "simpan-pinjam"))
        # Monthly wajib from most members.
        for no in aktif:
            if acak.random() < 0.85:
                tgl = date(bulan.tahun, bulan.bulan, acak.randint(1, akhir))
                e.append(Entri(tgl, (debit("1101", 20_000), kredit("3102", 20_000, anggota=no)),
                               f"Simpanan wajib {bulan} {no}", "simpanan-setor", "simpan-pinjam"))
        # Sukarela deposits and a few withdrawals.
        for _ in range(len(aktif) // 5):
            no = acak.choice(aktif)
            tgl = date(bulan.tahun, bulan.bulan, acak.randint(1, akhir))
            n = acak.randrange(50_000, 1_000_001, 10_000)
            e.append(Entri(tgl, (debit("1101", n), kredit("2102", n, anggota=no)), f"Setor sukarela {no}",
                           "simpanan-setor", "simpan-pinjam"))
        # Loans: new ones, then installments on the outstanding ones.
        for _ in range(20):
            no = acak.choice(aktif)
            no_pinjaman += 1
            pid = f"P{no_pinjaman:05d}"
            pokok = acak.randrange(1_000_000, 5_000_001, 500_000)
            tenor = acak.choice([6, 10, 12, 24])
            tgl = date(bulan.tahun, bulan.bulan, acak.randint(1, 10))
            admin = pokok // 100
            pinjaman[pid] = [no, pokok, pokok // tenor, pokok * 15 // 1000]
            e.append(Entri(tgl, (debit("1110", pokok, pinjaman=pid, anggota=no), kredit("1101", pokok - admin),
                                 kredit("4202", admin, pinjaman=pid, anggota=no)),
                           f"Pencairan {pid} {no}", "pinjaman-cair", "simpan-pinjam"))
        for pid, p in list(pinjaman.items()):
            if acak.random() < 0.08:  # some fall behind
                continue
            no, sisa, pokok_angsur, jasa = p
            bayar = min(sisa, pokok_angsur)
            tgl = date(bulan.tahun, bulan.bulan, acak.randint(15, akhir))
            e.append(Entri(tgl, (debit("1101", bayar + jasa), kredit("1110", bayar, pinjaman=pid, anggota=no),
                                 kredit("4201", jasa, pinjaman=pid, anggota=no)),
                           f"Angsuran {pid}", "angsuran", "simpan-pinjam"))
            p[1] -= bayar
            if p[1] == 0:
                del pinjaman[pid]
        # The outlet: weekly purchases, daily receipts.
        for hari in range(1, akhir + 1):
            tgl = date(bulan.tahun, bulan.bulan, hari)
            if hari % 7 == 1:  # restock to the shelf's level
                for kode, persediaan, *_, hpp, _harga in BARANG:
                    qty = (20 if kode in ("MIE1", "LPG3") else 12) * struk_per_hari - stok[kode]
                    if qty <= 0:
                        continue
                    stok[kode] += qty
                    e.append(Entri(tgl, (debit(persediaan, qty * hpp, barang=kode, qty=qty), kredit("1101", qty * hpp)),
                                   f"Beli {kode}", "sembako-beli", "sembako"))
            for _ in range(struk_per_hari):
                kode, persediaan, ke_anggota, ke_umum, akun_hpp, hpp, harga = acak.choice(BARANG)
                if stok[kode] < 3:
                    continue
                qty = acak.randint(1, 3)
                stok[kode] -= qty
                no = acak.choice(aktif) if acak.random() < 0.4 else None
                e.append(Entri(tgl, (
                    debit("1101", qty * harga),
                    kredit(ke_anggota if no else ke_umum, qty * harga, **({"anggota": no} if no else {})),
                    debit(akun_hpp, qty * hpp),
                    kredit(persediaan, qty * hpp, barang=kode, qty=-qty),
                ), f"Penjualan {kode}", "sembako-jual", "sembako"))
        # Monthly expenses.
        for akun, n in (("6101", 6_000_000), ("6102", 2_500_000), ("6103", 850_000), ("6104", 300_000), ("6107", 1_500_000)):
            e.append(Entri(bulan.akhir, (debit(akun, n), kredit("1101", n)), f"Beban {akun} {bulan}", "kas-keluar", "kantor"))
        e.sort(key=lambda x: x.tanggal)
        with Buku.buka(akar) as buku:
            if dokumen:
                buku.tabel("anggota").insert_multiple(dokumen)
            buku.catat(e)
        total += len(e)
        bulan = bulan.berikut()
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--anggota", type=int, default=2000)
    ap.add_argument("--tahun", type=int, default=3)
    ap.add_argument("--struk-per-hari", type=int, default=210)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    if (a.folder / "koperasi.yaml").exists():
        sys.exit(f"{a.folder} already holds a cooperative")
    t = time.perf_counter()
    n = buat(a.folder, a.anggota, a.tahun, a.struk_per_hari, a.seed)
    print(f"{n} entries in {time.perf_counter() - t:.1f} s -> {a.folder}")


if __name__ == "__main__":
    main()
