"""Generate a realistic, deterministic, consistent book through the library, for benchmarks.

Every figure goes through the same library functions the commands call (koperasi_cli.layanan),
so the book passes `koperasi periksa` and every command can work on it:

- start-up capital: a village grant (kas.masuk to 3104) and a bank loan (kas.masuk 2201 into 1104);
- members: keanggotaan.masuk (NIK, sex, simpanan pokok), half in the first month, the rest spread out;
- simpanan wajib: one simpanan.tagih_wajib(bayar=True) per month for everyone, except ~8% who
  skip a month (they pay the arrears with the next collection); sukarela deposits and some
  withdrawals: simpanan.setor / tarik;
- loans: pinjaman.cair (~20 a month, 6-24 months) and pinjaman.angsur monthly, ~8% of the
  installments skipped (so some loans are in arrears at any date);
- the outlet: sembako.tambah_barang (5 groceries and LPG 3 kg), weekly sembako.beli to restock,
  daily sembako.jual receipts of 1-3 lines (40% to members with anggota=NO, LPG with the buyer's
  NIK and category);
- monthly expenses: kas.keluar;
- with `--aset N`: N fixed assets (aset.tambah) acquired on the 5th of months spread over the
  years (equipment from the bank, vehicles, buildings and land as grants in kind), so that the
  month closings of `--tutup` post their depreciation (a separate random stream: the rest of the
  book is the same with or without them).

Each simulated month is ONE `Buku.buka(...)` unit of work (many calls, one atomic write); within
it the days are recorded in date order, as an outlet would, so a sale never has later entries
to check. Default: 2,000 members over 3 years (2023-2025), 210 receipts a day, about 300,000
entries. With `--tutup` each month but the last is closed at its end (`tutup-buku`'s function:
the quick check, the month-end provision entries, the stored closing balances), as a treasurer
who closes every month leaves the books.

    python benchmarks/buat_buku.py DIR [--anggota 2000] [--tahun 3] [--struk-per-hari 210] [--seed 1] [--tutup] [--aset 50]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date
from pathlib import Path

from koperasi_cli.core.sembako import BarisInput
from koperasi_cli.core.tanggal import Bulan
from koperasi_cli.layanan import keanggotaan
from koperasi_cli.layanan import aset as lay_aset
from koperasi_cli.layanan import kas, pinjaman, sembako, simpanan
from koperasi_cli.layanan.koperasi import daftarkan_koperasi
from koperasi_cli.layanan.tutup import tutup_bulan
from koperasi_cli.ledger.buku import Buku

IDENTITAS = {
    "nama": "Koperasi Desa Merah Putih Tegal Kertha (benchmark)",
    "desa": "Tegal Kertha", "kecamatan": "Denpasar Barat", "kabupaten": "Kota Denpasar",
    "provinsi": "Bali", "kode_wilayah": "51.71.03.2009",
}
BARANG = [  # code, name, unit, category, cost, price, member price
    ("BRS5", "Beras medium 5 kg", "karung", "sembako", 69_250, 75_000, 74_000),
    ("MNY1", "Minyak goreng 1 L", "botol", "sembako", 16_500, 18_000, None),
    ("GLA1", "Gula pasir 1 kg", "kg", "sembako", 15_000, 16_500, 16_000),
    ("TLR1", "Telur ayam 1 kg", "kg", "sembako", 28_000, 30_000, None),
    ("MIE1", "Mi instan", "bungkus", "sembako", 2_800, 3_200, None),
    ("LPG3", "LPG 3 kg", "tabung", "lpg", 16_000, 18_000, None),
]
KATEGORI_LPG = ("rumah tangga", "rumah tangga", "rumah tangga", "usaha mikro", "petani", "nelayan")
BEBAN = (("6101", 6_000_000, "Gaji pengurus dan karyawan"), ("6102", 2_500_000, "Sewa dan listrik"),
         ("6103", 850_000, "Alat tulis"), ("6104", 300_000, "Transport"), ("6107", 1_500_000, "Lain-lain"))


def nik(i: int, perempuan: bool) -> str:
    """A valid NIK `517103 DDMMYY SSSS` (Denpasar Barat; a woman's day + 40), unique by `i`."""
    hari = 1 + i % 28 + (40 if perempuan else 0)
    return f"517103{hari:02d}{1 + i % 12:02d}{60 + i % 40:02d}{i % 10000:04d}"


def _hari(bulan: Bulan, d: int) -> date:
    return date(bulan.tahun, bulan.bulan, min(d, bulan.akhir.day))


def buat(akar: Path, anggota: int = 2000, tahun: int = 3, struk_per_hari: int = 210, seed: int = 1,
         awal: date = date(2023, 1, 1), cetak: bool = False, tutup: bool = False, aset: int = 0) -> int:
    acak = random.Random(seed)
    aset_per_bulan = _rencana_aset(aset, tahun * 12, seed)
    daftarkan_koperasi(akar, {**IDENTITAS, "mulai": awal})
    bulan = Bulan.dari_tanggal(awal)
    aktif: list[str] = []
    sukarela: dict[str, int] = {}  # member -> sukarela balance (to withdraw only what is there)
    berjalan: dict[str, list] = {}  # loan -> [installment amounts still due, oldest first]
    harga = {b[0]: b for b in BARANG}
    rak = {b[0]: (20 if b[0] in ("MIE1", "LPG3") else 12) * struk_per_hari for b in BARANG}
    stok = {b[0]: 0 for b in BARANG}
    gabung_per_bulan = max(1, (anggota - anggota // 2) // max(1, tahun * 12 - 1))
    mulai_t = time.perf_counter()
    for m in range(tahun * 12):
        akhir = bulan.akhir.day
        # What happens on which day, in date order.
        hari: dict[int, list] = {d: [] for d in range(1, akhir + 1)}
        baru = anggota // 2 if m == 0 else min(gabung_per_bulan, anggota - len(aktif))
        if m == tahun * 12 - 1:  # the last month takes the rest of the rounding
            baru = anggota - len(aktif)
        for _ in range(baru):
            hari[acak.randint(1, 20)].append(("tambah",))
        for _ in range(len(aktif) // 5 if m else 0):
            hari[acak.randint(1, akhir)].append(("setor", acak.choice(aktif), acak.randrange(50_000, 1_000_001, 10_000)))
        for _ in range(len(aktif) // 40):
            hari[acak.randint(1, akhir)].append(("tarik", acak.choice(aktif)))
        for pid in berjalan:
            if acak.random() >= 0.08:  # some fall behind
                hari[acak.randint(15, akhir)].append(("angsur", pid))
        for _ in range(20 if m else 0):
            hari[acak.randint(1, 10)].append(("cair", acak.choice(aktif), acak.randrange(1_000_000, 5_000_001, 500_000),
                                              acak.choice([6, 10, 12, 24])))
        hari[25].append(("wajib",))
        for d in range(1, akhir + 1, 7):
            hari[d].append(("beli",))
        for d in range(1, akhir + 1):
            hari[d].append(("jual",))
        hari[akhir].append(("beban",))
        with Buku.buka(akar) as buku:
            if m == 0:
                kas.masuk(buku, 500_000_000, "3104", "Hibah dana desa", tanggal=awal)
                kas.masuk(buku, 1_000_000_000, "2201", "Pinjaman bank", tanggal=awal, kas="1104")
                for kode, nama, satuan, kat, _hpp, jual, ang in BARANG:
                    sembako.tambah_barang(buku, kode=kode, nama=nama, satuan=satuan, harga_jual=jual,
                                          kategori=kat, harga_anggota=ang)
            for kode, nama, gol, harga_aset, sumber in aset_per_bulan.get(m, []):
                lay_aset.tambah(buku, kode=kode, nama=nama, golongan=gol, harga=harga_aset, sumber=sumber,
                                tanggal=date(bulan.tahun, bulan.bulan, 5), unit="sembako" if gol == "peralatan" else "kantor")
            for d in range(1, akhir + 1):
                tgl = date(bulan.tahun, bulan.bulan, d)
                for k in hari[d]:
                    if k[0] == "tambah":
                        i = len(aktif) + 1
                        p = bool(i % 2)
                        r = keanggotaan.masuk(buku, nama=f"Anggota {i:04d}", nik=nik(i, p), jenis_kelamin="P" if p else "L",
                                               alamat=f"Jl. Gunung Agung {i}, Tegal Kertha", tanggal=tgl)
                        aktif.append(r["no"])
                    elif k[0] == "setor":
                        simpanan.setor(buku, k[1], "sukarela", k[2], tanggal=tgl)
                        sukarela[k[1]] = sukarela.get(k[1], 0) + k[2]
                    elif k[0] == "tarik":
                        n = sukarela.get(k[1], 0) // 20_000 * 10_000  # half of it, in round thousands
                        if n:
                            simpanan.tarik(buku, k[1], "sukarela", n, tanggal=tgl)
                            sukarela[k[1]] -= n
                    elif k[0] == "cair":
                        r = pinjaman.cair(buku, k[1], k[2], tenor=k[3], tanggal=tgl)
                        berjalan[r["pinjaman"]] = [a["jumlah"] for a in r["angsuran"]]
                    elif k[0] == "angsur":
                        sisa = berjalan[k[1]]
                        n = sisa.pop(0)
                        if not sisa:  # the last one: what is owed to the rupiah
                            n = pinjaman.posisi(buku, pinjaman.ambil(buku, k[1]), tgl).keadaan.terutang
                        r = pinjaman.angsur(buku, k[1], n, tanggal=tgl)
                        if r["lunas"]:
                            del berjalan[k[1]]
                        elif not sisa:
                            sisa.append(r["terutang"])
                    elif k[0] == "wajib":
                        kec = [n for n in aktif if acak.random() < 0.08]
                        simpanan.tagih_wajib(buku, bulan, bayar=True, kecuali=kec, tanggal=tgl)
                    elif k[0] == "beli":  # restock to the shelf's level, on credit from none: cash
                        baris = [BarisInput(kode, rak[kode] - stok[kode], harga[kode][4])
                                 for kode in rak if rak[kode] > stok[kode]]
                        sembako.beli(buku, baris, tanggal=tgl, pemasok="Grosir Sumber Rejeki")
                        for b in baris:
                            stok[b.kode] += b.qty
                    elif k[0] == "jual":
                        for _ in range(struk_per_hari):
                            pilih = acak.sample(list(rak), acak.choice((1, 1, 1, 2, 3)))
                            baris = [BarisInput(kode, acak.randint(1, 3)) for kode in pilih]
                            baris = [b for b in baris if stok[b.kode] >= b.qty]
                            if not baris:
                                continue
                            no = acak.choice(aktif) if aktif and acak.random() < 0.4 else None
                            lpg = any(b.kode == "LPG3" for b in baris)
                            sembako.jual(buku, baris, tanggal=tgl, anggota=no,
                                         nik=nik(9000 + acak.randrange(999), False) if lpg and not no else None,
                                         kategori_pembeli=acak.choice(KATEGORI_LPG) if lpg else None)
                            for b in baris:
                                stok[b.kode] -= b.qty
                    elif k[0] == "beban":
                        for akun, n, ket in BEBAN:
                            kas.keluar(buku, n, akun, f"{ket} {bulan}", tanggal=tgl)
        if tutup and m < tahun * 12 - 1:  # month end: the treasurer closes the month, the last stays open
            with Buku.buka(akar) as buku:
                tutup_bulan(buku, bulan)
        if cetak:
            print(f"{bulan}: {len(aktif)} members, {len(berjalan)} loans, {time.perf_counter() - mulai_t:.0f} s",
                  file=sys.stderr, flush=True)
        bulan = bulan.berikut()
    with Buku.buka(akar, coba=True) as buku:
        return buku.kepala["seq"]


def _rencana_aset(n: int, bulan: int, seed: int) -> dict[int, list[tuple]]:
    """{month index: [(code, name, group, cost, source)]}: n assets spread over the months but the
    last; equipment (cold boxes, scales, freezers) from the bank, the rest grants in kind."""
    acak = random.Random(seed + 1000)
    jenis = [("peralatan", "Cold box", 3_000_000, 25_000_000, "bank"), ("peralatan", "Timbangan digital", 1_000_000, 5_000_000, "bank"),
             ("peralatan", "Freezer", 5_000_000, 15_000_000, "bank"), ("kendaraan", "Motor roda tiga", 25_000_000, 60_000_000, "hibah"),
             ("bangunan", "Gudang", 100_000_000, 400_000_000, "hibah"), ("tanah", "Tanah", 150_000_000, 300_000_000, "hibah")]
    hasil: dict[int, list[tuple]] = {}
    for i in range(n):
        gol, nama, lo, hi, sumber = jenis[0 if i % 4 < 2 and i % 10 != 9 else i % len(jenis)]
        m = i * max(1, bulan - 1) // max(1, n)
        hasil.setdefault(m, []).append((f"AT{i + 1:03d}", f"{nama} {i + 1}", gol, acak.randrange(lo, hi + 1, 50_000), sumber))
    return hasil


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--anggota", type=int, default=2000)
    ap.add_argument("--tahun", type=int, default=3)
    ap.add_argument("--struk-per-hari", type=int, default=210)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--diam", action="store_true", help="no progress lines")
    ap.add_argument("--tutup", action="store_true",
                    help="close every month but the last with tutup-buku's own function, as a treasurer does each month end")
    ap.add_argument("--aset", type=int, default=0, help="fixed assets acquired over the years (their depreciation posts at closing)")
    a = ap.parse_args()
    if (a.folder / "koperasi.yaml").exists():
        sys.exit(f"{a.folder} already holds a cooperative")
    t = time.perf_counter()
    n = buat(a.folder, a.anggota, a.tahun, a.struk_per_hari, a.seed, cetak=not a.diam, tutup=a.tutup, aset=a.aset)
    print(f"{n} entries in {time.perf_counter() - t:.1f} s -> {a.folder}")


if __name__ == "__main__":
    main()
