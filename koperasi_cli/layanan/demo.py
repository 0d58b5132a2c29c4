"""`koperasi demo`: a sample cooperative with three months of realistic activity.

A KDKMP in Desa Tegal Kertha, Denpasar Barat, running savings and loans and a grocery outlet that
also sells LPG 3 kg, in an outlet building received as a grant in kind, with a cold box it bought.
Everything is recorded through the library functions of each area (the same rules as the commands), one simulated month per unit of work, so every figure passes `periksa`.
The months are the three calendar months before today's month in the cooperative's time zone;
the books start on the first of the first month, and the two earlier months are closed.
Deterministic for a given seed (the dates follow today's month).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from koperasi_cli.core.tanggal import Bulan
from koperasi_cli.layanan import aset, batch, jasa, kas, pajak, pinjaman, piutang_usaha, sembako, sewa, simpanan, utang_bank
from koperasi_cli.layanan.keanggotaan import masuk
from koperasi_cli.layanan.koperasi import daftarkan_koperasi
from koperasi_cli.layanan.tutup import tutup_bulan

ZONA = "Asia/Makassar"  # Bali (WITA)

IDENTITAS = {
    "nama": "Koperasi Desa Merah Putih Tegal Kertha",
    "alamat": "Jl. Gunung Soputan No. 10, Tegal Kertha",
    "desa": "Tegal Kertha",
    "kecamatan": "Denpasar Barat",
    "kabupaten": "Kota Denpasar",
    "provinsi": "Bali",
    "kode_wilayah": "51.71.03.2009",
    "zona_waktu": ZONA,
    "ketua": "I Made Sudarsana",
    "bendahara": "Ni Kadek Ayu Lestari",
}

_URUTAN_L = ["I Wayan", "I Made", "I Nyoman", "I Ketut", "I Putu", "I Kadek", "I Komang", "I Gede"]
_URUTAN_P = ["Ni Wayan", "Ni Made", "Ni Nyoman", "Ni Ketut", "Ni Putu", "Ni Kadek", "Ni Komang", "Ni Luh"]
_NAMA_L = ["Sudana", "Artawan", "Suarjana", "Wirawan", "Budiarta", "Darmawan", "Sukadana", "Mertayasa",
           "Suparta", "Adnyana", "Antara", "Widiana", "Juliarta", "Sutama", "Gunawan", "Arsana"]
_NAMA_P = ["Sriasih", "Suartini", "Ariani", "Widiastuti", "Sukerti", "Puspawati", "Rahayu", "Sumerti",
           "Novianti", "Yuliani", "Astiti", "Darmini", "Kartini", "Suciati", "Mahayani", "Sulastri"]
_JALAN = ["Jl. Gunung Soputan", "Jl. Gunung Agung", "Jl. Gunung Batur", "Jl. Tegal Wangi",
          "Jl. Gunung Lempuyang", "Jl. Kertha Dalem"]

# (kode, nama, satuan, kategori, harga beli, harga jual, harga anggota)
BARANG = [
    ("BRS5", "Beras premium 5 kg", "karung", "sembako", 68_000, 77_000, 75_000),
    ("MGR2", "Minyak goreng 2 L", "pouch", "sembako", 34_000, 39_000, 38_000),
    ("GLP1", "Gula pasir 1 kg", "kg", "sembako", 16_500, 19_000, 18_500),
    ("TLR10", "Telur ayam 10 butir", "pak", "sembako", 21_000, 25_000, 24_500),
    ("MIE", "Mie instan", "bungkus", "sembako", 2_900, 3_500, None),
    ("LPG3", "LPG 3 kg (isi ulang)", "tabung", "lpg", 16_000, 18_000, None),
]
STOK_TARGET = {"BRS5": 90, "MGR2": 70, "GLP1": 70, "TLR10": 60, "MIE": 400, "LPG3": 50}  # restocked up to this
BIAYA = [  # (akun, jumlah, ket, unit, hari)
    ("6101", 2_000_000, "Gaji penjaga gerai", "sembako", 28),
    ("6102", 500_000, "Honor pengurus", "kantor", 28),
    ("6103", 425_000, "Listrik dan air kantor dan gerai", "kantor", 10),
    ("6104", 150_000, "ATK dan fotokopi", "kantor", 5),
    ("6105", 200_000, "Ongkos angkut barang gerai", "sembako", 15),
]


@dataclass
class _Keadaan:
    acak: random.Random
    anggota: list[str] = field(default_factory=list)
    seri: int = 0
    pinjaman: list[dict] = field(default_factory=list)  # {"id", "no", "macet": bool, "angsuran": [...]}
    tunggak: set[str] = field(default_factory=set)


def bulan_demo(hari_ini: date) -> list[Bulan]:
    """The three calendar months before today's month."""
    b = Bulan.dari_tanggal(hari_ini)
    hasil = []
    for _ in range(3):
        b = b.sebelum()
        hasil.append(b)
    return hasil[::-1]


def hari_ini_zona() -> date:
    from koperasi_cli.lingkungan import aktif

    return aktif().hari_ini(ZONA)


def hari_ini_sampai(sampai: str, hari_ini: date) -> date:
    """The demo's "today" for `--sampai BULAN`: the first day of the month after BULAN, so that
    BULAN is the demo's last month. BULAN must be before today's month (entries are never dated
    after today)."""
    from koperasi_cli.core.galat import Galat
    from koperasi_cli.core.tanggal import parse_bulan

    b = parse_bulan(sampai)
    if b >= Bulan.dari_tanggal(hari_ini):
        raise Galat("demo_sampai_tidak_sah", bulan=str(b), batas=str(Bulan.dari_tanggal(hari_ini).sebelum()))
    return b.berikut().awal


def _nik(k: _Keadaan, perempuan: bool) -> str:
    r = k.acak
    k.seri += 1
    hari = r.randint(1, 28) + (40 if perempuan else 0)
    return f"517103{hari:02d}{r.randint(1, 12):02d}{r.randint(60, 99) if r.random() < 0.8 else r.randint(0, 5):02d}{k.seri:04d}"


def _tambah_anggota(buku, k: _Keadaan, tanggal: date) -> str:

    r = k.acak
    p = r.random() < 0.5
    nama = f"{r.choice(_URUTAN_P if p else _URUTAN_L)} {r.choice(_NAMA_P if p else _NAMA_L)}"
    hasil = masuk(
        buku, nama=nama, nik=_nik(k, p), jenis_kelamin="P" if p else "L",
        alamat=f"{r.choice(_JALAN)} No. {r.randint(1, 120)}, {buku.profil.identitas['desa']}", tanggal=tanggal,
        no_hp=f"08{r.randint(11, 99)}{r.randint(10_000_000, 99_999_999)}",
    )
    k.anggota.append(hasil["no"])
    return hasil["no"]


def _hari(bulan: Bulan):
    d = bulan.awal
    while d <= bulan.akhir:
        yield d
        d += timedelta(days=1)


def _satu_bulan(buku, k: _Keadaan, bulan: Bulan, ke: int) -> None:
    from koperasi_cli.core.sembako import BarisInput

    r = k.acak
    awal = bulan.awal
    if ke == 0:
        kas.masuk(buku, 150_000_000, "3104", "Hibah modal awal dari Pemerintah Desa", tanggal=awal, bukti="SK-HIBAH-01")
        for kode, nama, satuan, kat, _beli, jual, h_anggota in BARANG:
            sembako.tambah_barang(buku, kode=kode, nama=nama, satuan=satuan, harga_jual=jual, kategori=kat,
                                  harga_anggota=h_anggota)
        _aset(buku, awal)
    # New members: most join in the first month.
    baru = {0: 44, 1: 10, 2: 6}[ke]
    hari_masuk = sorted(awal + timedelta(days=r.randint(1, 17)) for _ in range(baru))
    jadwal_anggota = {}
    for d in hari_masuk:
        jadwal_anggota.setdefault(d, 0)
        jadwal_anggota[d] += 1
    # Loans to disburse this month: (day, amount, tenor, will fall into arrears).
    cair = []
    for i in range({0: 12, 1: 6, 2: 4}[ke]):
        macet = (ke, i) in {(0, 2), (0, 7), (1, 3)}  # three borrowers fall into arrears
        cair.append((r.randint(18, 24), r.choice([1, 2, 2, 3, 3, 5]) * 1_000_000, r.choice([6, 10, 12]), macet))
    cair.sort()
    beli_hari = {2, 9, 16, 23}
    for d in _hari(bulan):
        for _ in range(jadwal_anggota.get(d, 0)):
            _tambah_anggota(buku, k, d)
        if d.day in beli_hari or (ke == 0 and d.day == 1):
            stok = sembako.posisi(buku, d)
            for pemasok, kategori in (("UD Sinar Tegal", "sembako"), ("Agen LPG Dharma Gas", "lpg")):
                baris = [BarisInput(kode, STOK_TARGET[kode] - stok.get(kode, [0])[0], harga_beli)
                         for kode, _n, _s, kat, harga_beli, _j, _h in BARANG
                         if kat == kategori and STOK_TARGET[kode] > stok.get(kode, [0])[0]]
                if baris:
                    sembako.beli(buku, baris, tanggal=d, pemasok=pemasok, bukti=f"NB-{d:%y%m%d}-{kategori}")
        for a, jumlah, ket, unit, hari in BIAYA:
            if d.day == hari:
                kas.keluar(buku, jumlah, a, f"{ket} {bulan.nama('id')}", tanggal=d, unit=unit, bukti=f"BKK-{d:%y%m%d}-{a}")
        if k.anggota and d.day > 1:
            _jual_harian(buku, k, d)
            # Voluntary savings, and now and then a withdrawal.
            if r.random() < 0.6:
                simpanan.setor(buku, r.choice(k.anggota), "sukarela", r.choice([50, 100, 150, 200, 250, 500]) * 1_000,
                               tanggal=d)
            if r.random() < 0.1:
                no = r.choice(k.anggota)
                ada = simpanan.saldo_jenis(buku, no, d)["sukarela"]
                if ada >= 100_000:
                    simpanan.tarik(buku, no, "sukarela", (ada // 2) // 1000 * 1000, tanggal=d)
        for hari, jumlah, tenor, macet in cair:
            if hari == d.day:
                ada = {p["no"] for p in k.pinjaman}
                no = r.choice([n for n in k.anggota[:45] if n not in ada])
                h = pinjaman.cair(buku, no, jumlah, tenor=tenor, tanggal=d, bukti=f"PJ-{d:%y%m%d}-{no}")
                k.pinjaman.append({"id": h["pinjaman"], "no": no, "macet": macet, "angsuran": h["angsuran"]})
        _angsuran(buku, k, d)
        if d.day == 25:
            tunggak = r.sample(k.anggota, min(5, len(k.anggota)))
            t = simpanan.tagih_wajib(buku, bulan, tanggal=d)
            kec = [b["no"] for b in t["anggota"] if b["no"] in tunggak]
            if len(kec) < len(t["anggota"]):
                simpanan.tagih_wajib(buku, bulan, bayar=True, kecuali=kec, tanggal=d, bukti=f"TW-{bulan}")
    simpanan.jasa(buku, bulan)
    pinjaman.cadangkan(buku, bulan)
    aset.susut(buku, bulan, otomatis=True)
    _utang_bank_dan_pajak(buku, bulan, ke)


def _aset(buku, awal: date) -> None:
    """The outlet building, a grant in kind from the programme at its fair value, and a cold box
    bought for the outlet from cash (depreciated from the first month: both by the 15th)."""

    aset.tambah(buku, kode="GERAI", nama="Bangunan gerai koperasi", golongan="bangunan", harga=240_000_000,
                tanggal=awal + timedelta(days=2), sumber="hibah", unit="sembako", bukti="BAST-GERAI-01",
                ket="Hibah bangunan gerai dari program KDKMP (nilai wajar)")
    aset.tambah(buku, kode="COLDBOX1", nama="Cold box 500 L", golongan="peralatan", harga=12_000_000,
                tanggal=awal + timedelta(days=9), sumber="kas", unit="sembako", bukti="NB-COLDBOX-01")


def _angsuran(buku, k: _Keadaan, d: date) -> None:
    """Borrowers pay each installment on its due date, except the few in arrears."""

    for p in k.pinjaman:
        for i, a in enumerate(p["angsuran"]):
            if a["jatuh_tempo"] != d.isoformat():
                continue
            if p["macet"]:
                continue
            pinjaman.angsur(buku, p["id"], a["jumlah"], tanggal=d, bukti=f"ANG-{p['id']}-{i + 1}")


def _jual_harian(buku, k: _Keadaan, d: date) -> None:
    from koperasi_cli.core.sembako import BarisInput

    r = k.acak
    stok = sembako.posisi(buku, d)
    sisa = {kode: v[0] for kode, v in stok.items()}

    def ambil(kode: str, qty: int) -> int:
        q = min(qty, sisa.get(kode, 0))
        sisa[kode] = sisa.get(kode, 0) - q
        return q

    # LPG 3 kg: two to five buyers a day, each with the NIK on their KTP and their category.
    for _ in range(r.randint(2, 5)):
        q = ambil("LPG3", 1)
        if not q:
            break
        if r.random() < 0.6:
            no = r.choice(k.anggota)
            sembako.jual(buku, [BarisInput("LPG3", q)], tanggal=d, anggota=no,
                         kategori_pembeli=r.choice(["rumah tangga", "rumah tangga", "usaha mikro"]))
        else:
            p = r.random() < 0.5
            k.seri += 1
            nik = f"517103{r.randint(1, 28) + (40 if p else 0):02d}{r.randint(1, 12):02d}{r.randint(60, 99):02d}{9000 + k.seri % 999:04d}"
            sembako.jual(buku, [BarisInput("LPG3", q)], tanggal=d, nik=nik,
                         kategori_pembeli=r.choice(["rumah tangga", "usaha mikro", "petani"]))
    # Groceries: a few baskets a day, some to members at the member price.
    for _ in range(r.randint(9, 15)):
        baris = []
        for kode in r.sample(["BRS5", "MGR2", "GLP1", "TLR10", "MIE"], r.randint(1, 3)):
            q = ambil(kode, r.randint(1, 5) if kode == "MIE" else 1)
            if q:
                baris.append(BarisInput(kode, q))
        if baris:
            anggota = r.choice(k.anggota) if r.random() < 0.5 else None
            sembako.jual(buku, baris, tanggal=d, anggota=anggota)


def cek_folder(akar: Path) -> None:
    """Refuse a folder that already holds a cooperative (before anything is written)."""
    from koperasi_cli.core.galat import Galat
    from koperasi_cli.ledger.buku import NAMA_PROFIL

    if (akar / NAMA_PROFIL).exists():
        raise Galat("demo_sudah_ada", folder=str(akar))


# `koperasi demo --lengkap`: Tegal Harum, which runs every unit of the programme.
IDENTITAS_LENGKAP = {
    **IDENTITAS, "nama": "Koperasi Desa Merah Putih Tegal Harum", "alamat": "Jl. Gunung Agung No. 1, Tegal Harum",
    "desa": "Tegal Harum", "kode_wilayah": "51.71.03.2008", "ketua": "I Wayan Sudarta", "bendahara": "Ni Made Ayu Lestari",
}
UNIT_LENGKAP = ["sembako", "toko", "apotek", "klinik", "peti-es", "cold-storage", "gudang", "logistik"]


def _unit_lain(buku, k: _Keadaan, bulan: Bulan, ke: int) -> None:
    """The other units for one month: cold boxes and warehouse space rented, clinic services
    (some billed to BPJS), a pharmacy selling medicines by batch, a shop, deliveries."""
    from koperasi_cli.core.sembako import BarisInput

    r = k.acak
    awal = bulan.awal
    if ke == 0:
        for i in range(1, 5):
            sewa.tambah_objek(buku, kode=f"BOX0{i}", nama=f"Peti es 200 L no. {i}", unit="peti-es",
                              tarif_harian=15_000, tarif_bulanan=250_000)
        sewa.tambah_objek(buku, kode="CS01", nama="Ruang cold storage 1", unit="cold-storage",
                          tarif_harian=100_000, tarif_bulanan=2_000_000)
        sewa.tambah_objek(buku, kode="GUD01", nama="Gudang petak A (20 m2)", unit="gudang",
                          tarif_harian=50_000, tarif_bulanan=1_000_000)
        for kode, nama, unit, harga in (("KONS", "Konsultasi dokter", "klinik", 30_000),
                                        ("TIND", "Tindakan ringan", "klinik", 60_000),
                                        ("LAB", "Cek gula darah", "klinik", 25_000),
                                        ("ANTAR", "Antar barang dalam desa", "logistik", 20_000)):
            jasa.tambah_tarif(buku, kode=kode, nama=nama, unit=unit, harga=harga)
        sembako.tambah_barang(buku, kode="PCT", nama="Paracetamol 500 mg", satuan="strip", harga_jual=5_000,
                              unit="apotek", kedaluwarsa=True)
        sembako.tambah_barang(buku, kode="ORS", nama="Oralit", satuan="sachet", harga_jual=2_000,
                              unit="apotek", kedaluwarsa=True)
        sembako.tambah_barang(buku, kode="BUKU", nama="Buku tulis", satuan="buah", harga_jual=5_000, unit="toko")
    if ke == 0:
        sembako.beli(buku, [BarisInput("PCT", 100, 2_000)], tanggal=awal, batch="PCT-A", kedaluwarsa=bulan.akhir + timedelta(days=40))
        sembako.beli(buku, [BarisInput("PCT", 200, 2_100)], tanggal=awal, batch="PCT-B", kedaluwarsa=awal + timedelta(days=400))
        sembako.beli(buku, [BarisInput("ORS", 100, 1_200)], tanggal=awal, batch="ORS-1", kedaluwarsa=awal + timedelta(days=300))
        sembako.beli(buku, [BarisInput("BUKU", 100, 3_500)], tanggal=awal)
        # Monthly rentals: the warehouse to a trader, cold storage to a fish trader (a member's box from month 2).
        sewa.mulai(buku, "GUD01", penyewa="UD Sari Tani", basis="bulanan", deposit=500_000, tanggal=awal)
        sewa.mulai(buku, "CS01", penyewa="Pengepul Ikan Wayan", basis="bulanan", tanggal=awal)
    if ke == 1 and k.anggota:
        sewa.mulai(buku, "BOX04", penyewa=None, anggota=k.anggota[0], deposit=100_000, basis="bulanan", tanggal=awal)
    for d in _hari(bulan):
        if d.day in (3, 17):  # fishermen rent boxes for a few days
            for i in (1, 2, 3):
                anggota = k.anggota[i] if (i == 2 and len(k.anggota) > 2) else None
                sewa.mulai(buku, f"BOX0{i}", penyewa=None if anggota else f"Nelayan {i}", anggota=anggota, tanggal=d)
        if d.day in (3 + 5, 17 + 7):
            for i in (1, 2, 3):
                sewa.selesai(buku, f"BOX0{i}", tanggal=d)
        if d.day % 2 == 0 and d.day > 1:  # the clinic
            anggota = r.choice(k.anggota) if k.anggota and r.random() < 0.5 else None
            if r.random() < 0.4:
                jasa.jual(buku, [BarisInput("KONS", 1), BarisInput("LAB", 1)], tanggal=d, anggota=anggota,
                          penjamin="BPJS Kesehatan", kredit_=True)
            else:
                jasa.jual(buku, [BarisInput("KONS", 1)] + ([BarisInput("TIND", 1)] if r.random() < 0.3 else []),
                          tanggal=d, anggota=anggota)
            pos = batch.posisi_batch(buku, None, "PCT").get("PCT", {})
            ada = sum(q for e, q in pos.values() if e >= d.isoformat())
            if ada >= 3:
                sembako.jual(buku, [BarisInput("PCT", r.randint(1, 3))], tanggal=d, anggota=anggota, unit="apotek")
            sembako.jual(buku, [BarisInput("ORS", 1)], tanggal=d, unit="apotek")
            sembako.jual(buku, [BarisInput("BUKU", 1)], tanggal=d, anggota=anggota, unit="toko")
        if d.day == 10:
            jasa.jual(buku, [BarisInput("ANTAR", r.randint(2, 6))], tanggal=d)
        if d.day == 20:  # BPJS pays last month's claims
            terbuka = sum(t["sisa"] for t in piutang_usaha.terbuka(buku, "jasa") if t["tanggal"] < awal.isoformat())
            if terbuka:
                piutang_usaha.bayar(buku, "jasa", "BPJS Kesehatan", terbuka, tanggal=d)
        if d.day == 5 and ke > 0:  # the warehouse tenant pays last month's bill
            sisa = sum(t["sisa"] for t in piutang_usaha.terbuka(buku, "sewa") if t["pihak"] == "ud sari tani")
            if sisa:
                piutang_usaha.bayar(buku, "sewa", "UD Sari Tani", sisa, tanggal=d)
    sewa.tagih(buku, bulan, tanggal=bulan.akhir)
    # The first pharmacy batch expires during the demo and is written off at the month's end.
    for kode, bs in batch.posisi_batch(buku).items():
        for b, (e, q) in bs.items():
            if q > 0 and e < bulan.akhir.isoformat():
                batch.musnahkan(buku, kode, b, tanggal=bulan.akhir)


def buat_demo(akar: Path, *, seed: int = 2025, hari_ini: date | None = None, lengkap: bool = False) -> dict:
    """Create the sample cooperative in `akar`; returns {"folder", "bulan": [...], "jumlah_entri"}.
    Refuses a folder that already holds a cooperative."""
    from koperasi_cli.ledger.buku import Buku

    cek_folder(akar)
    hari_ini = hari_ini or hari_ini_zona()
    semua_bulan = bulan_demo(hari_ini)
    if lengkap:
        daftarkan_koperasi(akar, {**IDENTITAS_LENGKAP, "mulai": semua_bulan[0].awal}, unit=UNIT_LENGKAP)
    else:
        daftarkan_koperasi(akar, {**IDENTITAS, "mulai": semua_bulan[0].awal})
    k = _Keadaan(random.Random(seed))
    for ke, b in enumerate(semua_bulan):
        with Buku.buka(akar) as buku:
            _satu_bulan(buku, k, b, ke)
            if lengkap:
                _unit_lain(buku, k, b, ke)
    for b in semua_bulan[:2]:  # one unit each: closing checks the head as written
        with Buku.buka(akar) as buku:
            tutup_bulan(buku, b)
            n = buku.jumlah_entri
    return {"folder": str(akar), "bulan": [str(b) for b in semua_bulan], "jumlah_entri": n,
            "anggota": len(k.anggota), "pinjaman": len(k.pinjaman)}


def _utang_bank_dan_pajak(buku, bulan: Bulan, ke: int) -> None:
    """The Himbara drawdown (first month: Rp 500 juta, 6 %, 60 months with 6 of grace), its
    installments as they fall due, and the previous month's final tax computed and paid."""

    if ke == 0:
        utang_bank.terima(buku, kode="HIMBARA-1", bank="BRI", jumlah=500_000_000, tanggal=bulan.awal + timedelta(days=4),
                          tenor=60, tenggang=6, bukti="PK-BRI-001")
    d = utang_bank.ambil(buku, "HIMBARA-1")
    for tgl, pokok, bunga in d["jadwal"]:
        t = date.fromisoformat(tgl)
        if bulan.awal <= t <= bulan.akhir:
            utang_bank.bayar(buku, "HIMBARA-1", pokok + bunga, tanggal=t, bukti=f"BRI-{t:%y%m%d}")
    if ke:
        lalu = bulan.sebelum()
        pajak.hitung(buku, lalu, bukti=f"PPH-{lalu}")
        pajak.setor(buku, lalu, tanggal=bulan.awal + timedelta(days=9), bukti=f"NTPN-{lalu}")
