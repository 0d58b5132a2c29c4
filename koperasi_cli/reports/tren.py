"""Trends: the monthly series a board shows at the RAT and a Dinas looks at (`laporan tren`).

Each series holds one value per month, read at the month's end from the books: active members
(and those who joined or left in the month), savings per kind from their control accounts,
loans outstanding (1110) and their NPL, each business unit's income of the month, cash and bank,
and the SHU of the year to date. The same figures feed the terminal table (with a sparkline per
series), JSON, CSV (one row per month) and the native Excel charts of the workbooks.
"""

from __future__ import annotations

from datetime import date

from koperasi_cli.core.tanggal import Bulan
from koperasi_cli.i18n import pilih
from koperasi_cli.reports.model import Grafik, Kolom, Laporan, Tabel, identitas_dari

# Series in display order: key, Indonesian label, English label, kind (uang | angka | bp).
SERI = [
    ("anggota", "Anggota aktif", "Active members", "angka"),
    ("anggota_masuk", "Anggota masuk", "Members joined", "angka"),
    ("anggota_keluar", "Anggota keluar", "Members left", "angka"),
    ("simpanan_pokok", "Simpanan pokok", "Simpanan pokok", "uang"),
    ("simpanan_wajib", "Simpanan wajib", "Simpanan wajib", "uang"),
    ("simpanan_sukarela", "Simpanan sukarela", "Simpanan sukarela", "uang"),
    ("simpanan_berjangka", "Simpanan berjangka", "Time deposits", "uang"),
    ("pinjaman", "Pinjaman beredar", "Loans outstanding", "uang"),
    ("npl_bp", "NPL", "NPL", "bp"),
    ("kas", "Kas dan bank", "Cash and bank", "uang"),
    ("shu", "SHU s.d. bulan ini", "SHU year to date", "uang"),
]
# Control accounts of the savings kinds (credit-normal balances).
AKUN_SIMPANAN = {"simpanan_pokok": "3101", "simpanan_wajib": "3102", "simpanan_sukarela": "2102",
                 "simpanan_berjangka": "2103"}
AKUN_PINJAMAN = "1110"
BALOK = "▁▂▃▄▅▆▇█"


def garis_mini(nilai: list[int]) -> str:
    """A sparkline: one block character per value, scaled between the series' least and most."""
    if not nilai:
        return ""
    kecil, besar = min(nilai), max(nilai)
    if besar == kecil:
        return BALOK[0 if besar == 0 else 3] * len(nilai)
    return "".join(BALOK[(v - kecil) * (len(BALOK) - 1) // (besar - kecil)] for v in nilai)


def daftar_bulan(akhir: Bulan, jumlah: int, mulai: date) -> list[Bulan]:
    """The `jumlah` months up to `akhir`, none before the month the books start."""
    pertama = Bulan.dari_tanggal(mulai)
    bulan = [akhir]
    while len(bulan) < jumlah and bulan[-1].sebelum() >= pertama:
        bulan.append(bulan[-1].sebelum())
    return bulan[::-1]


def _anggota(buku) -> list[dict]:
    if not buku.ada("data/anggota.json"):
        return []
    return [dict(a) for a in buku.tabel("anggota").all()]


def _ada(buku, nama: str) -> bool:
    return buku.ada(f"data/{nama}.json")


def seri(buku, bulan: list[Bulan]) -> dict:
    """The series over the given months (any order; a month before the books start is all zero).

    {"bulan": ["2025-01", ...], "seri": {key: [...], "penjualan": {unit: [...]}}}"""
    from koperasi_cli.reports.bulanan import angka_keanggotaan
    from koperasi_cli.reports.keuangan import akun_kas, phu_angka

    anggota = _anggota(buku)
    ada_pinjaman = _ada(buku, "pinjaman")
    kualitas = None
    if ada_pinjaman:
        from koperasi_cli.layanan.pinjaman import ringkasan_kualitas as kualitas
    mulai = buku.profil.mulai
    hasil: dict = {k: [] for k, *_ in SERI}
    penjualan: dict[str, list[int]] = {u: [] for u in buku.profil.unit}
    for b in bulan:
        if b.akhir < mulai:
            for k in hasil:
                hasil[k].append(0)
            for u in penjualan:
                penjualan[u].append(0)
            continue
        akhir = min(b.akhir, max(buku.hari_ini(), mulai))
        awal = max(b.awal, mulai)
        saldo = buku.saldo_akun(akhir)
        neto = {a: d - k for a, (d, k) in saldo.items()}
        a = angka_keanggotaan(anggota, b)["jumlah"]
        hasil["anggota"].append(a["akhir"])
        hasil["anggota_masuk"].append(a["masuk"])
        hasil["anggota_keluar"].append(a["keluar"])
        for k, akun in AKUN_SIMPANAN.items():
            hasil[k].append(-neto.get(akun, 0))
        hasil["pinjaman"].append(neto.get(AKUN_PINJAMAN, 0))
        hasil["npl_bp"].append(kualitas(buku, akhir)["npl_bp"] if kualitas else 0)
        hasil["kas"].append(sum(n for a_, n in neto.items() if akun_kas(a_)))
        hasil["shu"].append(phu_angka(buku, max(date(akhir.year, 1, 1), mulai), akhir, rinci=False)["shu"])
        for u in penjualan:
            penjualan[u].append(phu_angka(buku, awal, akhir, u, rinci=False)["total_pendapatan"] if awal <= akhir else 0)
    hasil["penjualan"] = {u: v for u, v in penjualan.items() if any(v)}
    return {"bulan": [str(b) for b in bulan], "seri": hasil}


def tren(buku, akhir: Bulan, jumlah: int = 12) -> dict:
    """The data of `laporan tren`: the last `jumlah` months up to `akhir`."""
    data = seri(buku, daftar_bulan(akhir, jumlah, buku.profil.mulai))
    return {"per": str(akhir), "jumlah_bulan": len(data["bulan"]), **data}


def _label(buku, kunci: str) -> tuple[str, str]:
    for k, id_, en, jenis in SERI:
        if k == kunci:
            return pilih(id_, en), jenis
    return pilih(f"Pendapatan {kunci}", f"Income {kunci}"), "uang"  # the unit's code: short enough for 80 columns


def _baris_seri(buku, data: dict):
    """(key, label, kind, values) for every series, units' income after the fixed ones."""
    s = data["seri"]
    for k, *_ in SERI:
        if k == "simpanan_berjangka" and not any(s[k]):
            continue
        label, jenis = _label(buku, k)
        yield k, label, jenis, s[k]
    for u, v in s["penjualan"].items():
        label, jenis = _label(buku, u)
        yield f"penjualan.{u}", label, jenis, v


def _persen_bp(bp: int) -> str:
    from koperasi_cli.reports.kesehatan import persen

    return persen(bp)


def laporan_tren(buku, data: dict) -> Laporan:
    """The terminal view: one row per series with its sparkline, first and last month, change.
    Five narrow columns, so it fits 80 columns; every month's figure is in JSON and CSV."""
    baris = []
    for k, label, jenis, v in _baris_seri(buku, data):
        if not v:
            continue
        awal, akhir = v[0], v[-1]
        if jenis == "bp":
            baris.append({"seri": label, "tren": garis_mini(v), "akhir": _persen_bp(akhir), "ubah": _persen_bp(akhir - awal)})
        else:
            baris.append({"seri": label, "tren": garis_mini(v), "akhir": akhir, "ubah": akhir - awal})
    bulan = data["bulan"]
    # Four columns (series, sparkline, last month, change over the months shown) fit 80 columns
    # with amounts in the billions; the first month's figure is the last less the change.
    kolom = [Kolom("seri", pilih("Seri", "Series")), Kolom("tren", pilih("Tren", "Trend")),
             Kolom("akhir", bulan[-1] if bulan else "", "uang"),
             Kolom("ubah", pilih(f"Ubah sejak {bulan[0]}", f"Change since {bulan[0]}") if bulan else "", "uang")]
    catatan = [pilih(f"{len(bulan)} bulan; setiap angka bulanan ada di --format json atau csv.",
                     f"{len(bulan)} months; every monthly figure is in --format json or csv.")]
    return Laporan(pilih("Perkembangan Koperasi", "Trends"), f"{bulan[0]} - {bulan[-1]}" if bulan else "",
                   identitas_dari(buku.profil), [Tabel(None, kolom, baris, None, "Tren")], data, catatan)


def tabel_bulanan(buku, data: dict, nama_lembar: str = "Tren") -> Tabel:
    """One row per month, one column per series (CSV and the workbook's trend sheet), with the
    workbook's charts: members, savings by kind, loans and cash, income per unit."""
    kolom = [Kolom("bulan", pilih("Bulan", "Month"))]
    for k, label, jenis, _ in _baris_seri(buku, data):
        kolom.append(Kolom(k, label, "angka" if jenis != "uang" else "uang"))
    baris = []
    for i, b in enumerate(data["bulan"]):
        r = {"bulan": b}
        for k, _, _, v in _baris_seri(buku, data):
            r[k] = v[i]
        baris.append(r)
    kunci = {k.kunci for k in kolom}
    simpanan = [k for k in AKUN_SIMPANAN if k in kunci]
    unit = [k for k in kunci if k.startswith("penjualan.")]
    grafik = [
        Grafik(pilih("Anggota aktif", "Active members"), "garis", "bulan", ["anggota"], pilih("Orang", "People")),
        Grafik(pilih("Simpanan anggota", "Member savings"), "garis", "bulan", simpanan, "Juta rupiah", juta=True),
        Grafik(pilih("Pinjaman beredar dan kas", "Loans outstanding and cash"), "garis", "bulan", ["pinjaman", "kas"],
               "Juta rupiah", juta=True),
    ]
    if unit:
        grafik.append(Grafik(pilih("Pendapatan per unit usaha", "Income per business unit"), "batang", "bulan",
                             sorted(unit), "Juta rupiah", juta=True))
    return Tabel(pilih("Perkembangan bulanan", "Monthly trend"), kolom, baris, None, nama_lembar, grafik=grafik)


def laporan_tren_bulanan(buku, data: dict) -> Laporan:
    """The month-by-month form (CSV, the workbook sheet)."""
    bulan = data["bulan"]
    return Laporan(pilih("Perkembangan Koperasi", "Trends"), f"{bulan[0]} - {bulan[-1]}" if bulan else "",
                   identitas_dari(buku.profil), [tabel_bulanan(buku, data)], data)


def bagian_tren(buku, bulan: Bulan, **_) -> Laporan:
    """The monthly workbook's trend page: the last 12 months with their charts."""
    return laporan_tren_bulanan(buku, tren(buku, bulan, 12))


def perkembangan_rat(buku, tahun: int) -> Laporan:
    """The RAT package's "Perkembangan" sheet: each month of the year beside the same month of
    the year before (members, savings, loans and NPL, income per unit, SHU), with charts."""
    ini = seri(buku, [Bulan(tahun, m) for m in range(1, 13)])
    lalu = seri(buku, [Bulan(tahun - 1, m) for m in range(1, 13)])
    pilihan = [("anggota", "angka"), ("simpanan", "uang"), ("pinjaman", "uang"), ("npl_bp", "angka"), ("shu", "uang")]
    unit = sorted(set(ini["seri"]["penjualan"]) | set(lalu["seri"]["penjualan"]))

    def nilai(d: dict, k: str, i: int) -> int:
        s = d["seri"]
        if k == "simpanan":
            return sum(s[x][i] for x in AKUN_SIMPANAN)
        if k.startswith("penjualan."):
            return s["penjualan"].get(k.split(".", 1)[1], [0] * 12)[i]
        return s[k][i]

    label = {"anggota": pilih("Anggota", "Members"), "simpanan": pilih("Simpanan", "Savings"),
             "pinjaman": pilih("Pinjaman", "Loans"), "npl_bp": pilih("NPL (bp)", "NPL (bp)"), "shu": "SHU"}
    for u in unit:
        label[f"penjualan.{u}"] = pilih(f"Pendapatan {buku.profil.unit.get(u, u)}", f"Income {buku.profil.unit.get(u, u)}")
    semua = pilihan + [(f"penjualan.{u}", "uang") for u in unit]
    kolom = [Kolom("bulan", pilih("Bulan", "Month"))]
    for k, jenis in semua:
        kolom.append(Kolom(f"{k}.{tahun}", f"{label[k]} {tahun}", jenis))
        kolom.append(Kolom(f"{k}.{tahun - 1}", f"{label[k]} {tahun - 1}", jenis))
    baris = []
    for i in range(12):
        r = {"bulan": Bulan(tahun, i + 1).nama("id" if pilih("id", "en") == "id" else "en").split()[0]}
        for k, _ in semua:
            r[f"{k}.{tahun}"] = nilai(ini, k, i)
            r[f"{k}.{tahun - 1}"] = nilai(lalu, k, i)
        baris.append(r)
    grafik = [Grafik(f"{label[k]}: {tahun} dan {tahun - 1}" if pilih("id", "en") == "id" else f"{label[k]}: {tahun} and {tahun - 1}",
                     "batang" if k.startswith("penjualan.") or k == "npl_bp" else "garis", "bulan",
                     [f"{k}.{tahun}", f"{k}.{tahun - 1}"],
                     pilih("Orang", "People") if k == "anggota" else ("bp" if k == "npl_bp" else "Juta rupiah"),
                     juta=jenis == "uang")
              for k, jenis in semua]
    data = {"tahun": tahun, "bulan": [str(Bulan(tahun, m)) for m in range(1, 13)],
            "seri": {str(tahun): ini["seri"], str(tahun - 1): lalu["seri"]}}
    return Laporan(pilih("Perkembangan Koperasi", "Development"), str(tahun), identitas_dari(buku.profil),
                   [Tabel(pilih(f"Perkembangan {tahun} dibanding {tahun - 1}", f"{tahun} against {tahun - 1}"),
                          kolom, baris, None, "Perkembangan", grafik=grafik)], data)
