"""The financial statements (SAK EP layout, in Indonesian): laporan posisi keuangan (neraca),
perhitungan hasil usaha (PHU), arus kas (direct method), perubahan ekuitas, buku besar.

Every builder returns a `Laporan`: the same object renders to the terminal, CSV, JSON and xlsx.
Amounts are integer rupiah; contra accounts show as negative amounts in their group.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from koperasi_cli.core.akun import Akun
from koperasi_cli.core.galat import Galat
from koperasi_cli.core.tanggal import Bulan, Periode
from koperasi_cli.i18n import pilih
from koperasi_cli.layanan.hasil_usaha import AKUN_RETUR, KELOMPOK_PHU, akun_hpp, phu_angka
from koperasi_cli.reports.model import Kolom, Laporan, Tabel, identitas_dari, label_periode, per_teks, tanggal_teks

# Where a balance-sheet account stands (docs/aturan.md: 1101-1150 current, 1201-1301 non-current,
# 2101-2114 and 2202 (the bank loan's part due within twelve months) short-term, 2201 long-term).
KELOMPOK_NERACA = [
    ("aset_lancar", "Aset Lancar", "Current assets", lambda k: k[:2] == "11"),
    ("aset_tidak_lancar", "Aset Tidak Lancar", "Non-current assets", lambda k: k[0] == "1" and k[:2] != "11"),
    ("liabilitas_pendek", "Liabilitas Jangka Pendek", "Short-term liabilities", lambda k: k[:2] == "21" or k == "2202"),
    ("liabilitas_panjang", "Liabilitas Jangka Panjang", "Long-term liabilities",
     lambda k: k[0] == "2" and k[:2] != "21" and k != "2202"),
    ("ekuitas", "Ekuitas", "Equity", lambda k: k[0] == "3"),
]
AKUN_SHU_BERJALAN = "3301"
AKUN_SHU_BELUM_DIBAGI = "3302"


def akun_kas(kode: str) -> bool:
    """Cash and cash equivalents for the cash flow: 1101-1109 but the term deposit (1105)."""
    return "1101" <= kode <= "1109" and kode != "1105"


def _neto(saldo: dict, kode: str) -> int:
    d, k = saldo.get(kode, (0, 0))
    return d - k


def _nilai(akun: Akun, neto: int) -> int:
    """Balance shown in its group: positive on the group's normal side, contra accounts negative."""
    alami = neto if akun.kode[0] in "156" else -neto
    return alami


def hasil_usaha(saldo: dict) -> int:
    """Income minus expenses (groups 4 - 5 - 6) in a set of balances."""
    return -sum(d - k for a, (d, k) in saldo.items() if a[0] in "456")


def posisi(buku, per: date) -> dict:
    """Balance-sheet figures at a date: {group: [(account, amount)]}, totals, and the result split
    into this year's (SHU tahun berjalan) and earlier years' not yet closed (SHU belum dibagi)."""
    saldo = buku.saldo_akun(per)
    awal_tahun = date(per.year, 1, 1)
    sebelum = buku.saldo_akun(awal_tahun - timedelta(days=1)) if awal_tahun > buku.profil.mulai else {}
    shu_lalu = hasil_usaha(sebelum)
    shu_tahun = hasil_usaha(saldo) - shu_lalu
    tambahan = {AKUN_SHU_BERJALAN: shu_tahun, AKUN_SHU_BELUM_DIBAGI: shu_lalu}
    tambahan.update(reklas_utang_bank(buku, per))
    from koperasi_cli.layanan.simpanan import golongan_pokok_wajib

    # Under SAK EP an auditor may class simpanan pokok and wajib as liabilities (the setting):
    # members get them back only on leaving, so they stand with the long-term liabilities.
    sebagai_kewajiban = golongan_pokok_wajib(buku.profil) == "kewajiban"
    kelompok: dict[str, list] = {k: [] for k, *_ in KELOMPOK_NERACA}
    for akun in buku.bagan:
        if not akun.neraca:
            continue
        nilai = _nilai(akun, _neto(saldo, akun.kode)) + tambahan.get(akun.kode, 0)
        kunci = next(k for k, _, _, cocok in KELOMPOK_NERACA if cocok(akun.kode))
        if sebagai_kewajiban and akun.kode in ("3101", "3102"):
            kunci = "liabilitas_panjang"
        if nilai:
            kelompok[kunci].append((akun, nilai))
    total = {k: sum(v for _, v in baris) for k, baris in kelompok.items()}
    return {
        "kelompok": kelompok, "total": total, "shu_tahun": shu_tahun, "shu_lalu": shu_lalu,
        "total_aset": total["aset_lancar"] + total["aset_tidak_lancar"],
        "total_kewajiban": total["liabilitas_pendek"] + total["liabilitas_panjang"],
        "total_ekuitas": total["ekuitas"],
    }


def reklas_utang_bank(buku, per: date) -> dict[str, int]:
    """The bank loan's principal due within twelve months of `per`, moved from 2201 to 2202 for
    the statement only (no entry is posted): {account: amount added on its normal side}."""
    from koperasi_cli.layanan import utang_bank

    if not utang_bank.ada(buku):
        return {}
    try:
        utang, lancar = utang_bank.atur(buku, "akun_utang"), utang_bank.atur(buku, "akun_lancar")
    except Galat:  # a chart without 2202 (books created before it): no split
        return {}
    n = utang_bank.bagian_lancar_total(buku, per)
    return {utang: -n, lancar: n} if n else {}


def akhir_bulan_lalu(per: date) -> date:
    return Bulan.dari_tanggal(per).sebelum().akhir


def neraca(buku, per: date, pembanding: date | None = None) -> Laporan:
    """Laporan posisi keuangan at `per`, with the previous month-end (or `pembanding`) beside it."""
    lalu = pembanding or akhir_bulan_lalu(per)
    ini = posisi(buku, per)
    dulu = posisi(buku, lalu) if lalu >= buku.profil.mulai else None

    def nilai_dulu(kelompok: str, kode: str) -> int:
        if dulu is None:
            return 0
        return next((v for a, v in dulu["kelompok"][kelompok] if a.kode == kode), 0)

    data: dict = {"per": per.isoformat(), "per_sebelumnya": lalu.isoformat(), "aset": [], "kewajiban": [], "ekuitas": []}
    baris_tabel = []
    kolom = [Kolom("kode", pilih("Kode", "Code")), Kolom("nama", pilih("Pos", "Item")),
             Kolom("saldo", tanggal_teks(per), "uang"), Kolom("saldo_sebelumnya", tanggal_teks(lalu), "uang")]
    for kunci, nama_id, nama_en, _ in KELOMPOK_NERACA:
        kode_dulu = {a.kode for a, _ in dulu["kelompok"][kunci]} if dulu else set()
        kode_ini = {a.kode for a, _ in ini["kelompok"][kunci]}
        semua = sorted(kode_ini | kode_dulu)
        if not semua:
            continue
        baris_tabel.append({"nama": pilih(nama_id, nama_en)})
        for kode in semua:
            a = buku.bagan[kode]
            v = next((v for x, v in ini["kelompok"][kunci] if x.kode == kode), 0)
            b = {"kode": kode, "nama": a.nama, "saldo": v, "saldo_sebelumnya": nilai_dulu(kunci, kode)}
            baris_tabel.append(b)
            sisi = "aset" if kunci.startswith("aset") else "kewajiban" if kunci.startswith("liab") else "ekuitas"
            data[sisi].append({**b, "kelompok": kunci})
        baris_tabel.append({"nama": pilih(f"Jumlah {nama_id}", f"Total {nama_en.lower()}"),
                            "saldo": ini["total"][kunci], "saldo_sebelumnya": dulu["total"][kunci] if dulu else 0})
    data["total_aset"] = ini["total_aset"]
    data["total_kewajiban"] = ini["total_kewajiban"]
    data["total_ekuitas"] = ini["total_ekuitas"]
    data["total_kewajiban_ekuitas"] = ini["total_kewajiban"] + ini["total_ekuitas"]
    data["sebelumnya"] = {
        "total_aset": dulu["total_aset"] if dulu else 0,
        "total_kewajiban_ekuitas": (dulu["total_kewajiban"] + dulu["total_ekuitas"]) if dulu else 0,
    }
    data["seimbang"] = data["total_aset"] == data["total_kewajiban_ekuitas"]
    total = {"nama": pilih("JUMLAH ASET / JUMLAH LIABILITAS DAN EKUITAS", "TOTAL ASSETS / TOTAL LIABILITIES AND EQUITY"),
             "saldo": data["total_aset"], "saldo_sebelumnya": data["sebelumnya"]["total_aset"]}
    tabel = Tabel(None, kolom, baris_tabel, total, "Posisi Keuangan")
    catatan = [] if data["seimbang"] else [pilih("PERINGATAN: neraca tidak seimbang; jalankan 'koperasi periksa'.",
                                                "WARNING: the balance sheet does not balance; run 'koperasi periksa'.")]
    return Laporan(pilih("Laporan Posisi Keuangan (Neraca)", "Statement of Financial Position (Balance Sheet)"),
                   per_teks(per), identitas_dari(buku.profil), [tabel], data, catatan)
















# The PHU's lines top to bottom: ("pos", key, Indonesian, English) for the accounts of a line,
# ("jumlah", figure, Indonesian, English) for a subtotal; the figure is a function of phu_angka.
SUSUNAN_PHU = [
    ("judul", None, "PARTISIPASI ANGGOTA", "MEMBER PARTICIPATION"),
    ("pos", "bruto", "Partisipasi bruto", "Gross participation"),
    ("jumlah", lambda a: a["partisipasi"]["bruto"], "Jumlah partisipasi bruto", "Total gross participation"),
    ("pos", "beban_pokok", "Beban pokok partisipasi", "Cost of participation"),
    ("jumlah", lambda a: a["partisipasi"]["beban_pokok"], "Jumlah beban pokok partisipasi", "Total cost of participation"),
    ("jumlah", lambda a: a["partisipasi"]["neto"], "PARTISIPASI NETO", "NET PARTICIPATION"),
    ("judul", None, "PENDAPATAN DARI NON-ANGGOTA", "INCOME FROM NON-MEMBERS"),
    ("pos", "pendapatan_non", "Pendapatan", "Sales"),
    ("jumlah", lambda a: a["non_anggota"]["pendapatan"], "Jumlah pendapatan non-anggota", "Total non-member sales"),
    ("pos", "hpp_non", "Harga pokok penjualan", "Cost of goods sold"),
    ("jumlah", lambda a: a["non_anggota"]["hpp"], "Jumlah harga pokok penjualan", "Total cost of goods sold"),
    ("jumlah", lambda a: a["non_anggota"]["laba_kotor"], "LABA KOTOR NON-ANGGOTA", "GROSS PROFIT FROM NON-MEMBERS"),
    ("pos", "pendapatan_lain", "Pendapatan lain", "Other income"),
    ("jumlah", lambda a: a["pos_total"]["pendapatan_lain"], "Jumlah pendapatan lain", "Total other income"),
    ("pos", "beban_usaha", "Beban usaha", "Operating expenses"),
    ("jumlah", lambda a: a["pos_total"]["beban_usaha"], "Jumlah beban usaha", "Total operating expenses"),
    ("pos", "beban_perkoperasian", "Beban perkoperasian", "Cooperative expenses"),
    ("jumlah", lambda a: a["pos_total"]["beban_perkoperasian"], "Jumlah beban perkoperasian", "Total cooperative expenses"),
    ("pos", "beban_lain", "Beban lain", "Other expenses"),
    ("jumlah", lambda a: a["pos_total"]["beban_lain"], "Jumlah beban lain", "Total other expenses"),
    ("jumlah", lambda a: a["shu_sebelum_pajak"], "SHU SEBELUM PAJAK", "RESULT BEFORE TAX"),
    ("pos", "pajak", "Beban pajak penghasilan", "Income tax"),
    ("jumlah", lambda a: a["pajak"], "Jumlah beban pajak", "Total income tax"),
]
_SELALU = {"Jumlah partisipasi bruto", "PARTISIPASI NETO", "LABA KOTOR NON-ANGGOTA", "SHU SEBELUM PAJAK"}


def _nama_pos(buku, kode: str, kunci: str) -> str:
    nama = buku.bagan[kode].nama
    if kode == AKUN_RETUR:
        return nama + pilih(" (anggota)", " (members)") if kunci == "bruto" else nama + pilih(" (non-anggota)", " (non-members)")
    if akun_hpp(kode) and kunci in ("beban_pokok", "hpp_non"):
        return nama + (pilih(" (anggota)", " (members)") if kunci == "beban_pokok" else pilih(" (non-anggota)", " (non-members)"))
    return nama


def _baris_phu(buku, ini: dict, sd: dict | None) -> list[dict]:
    """The table rows in the regulator's layout, the comparison column beside (when given)."""
    baris: list[dict] = []
    for jenis, kunci, nama_id, nama_en in SUSUNAN_PHU:
        if jenis == "judul":
            baris.append({"nama": pilih(nama_id, nama_en)})
        elif jenis == "pos":
            a_ini = dict(ini["pos"][kunci])
            a_sd = dict(sd["pos"][kunci]) if sd else {}
            kode = sorted(set(a_ini) | set(a_sd))
            if not kode:
                continue
            baris.append({"nama": pilih(nama_id, nama_en)})
            for a in kode:
                b = {"kode": a, "nama": _nama_pos(buku, a, kunci), "jumlah": a_ini.get(a, 0)}
                if sd:
                    b["sd_periode"] = a_sd.get(a, 0)
                baris.append(b)
        else:
            v = kunci(ini)
            v_sd = kunci(sd) if sd else 0
            if not (v or v_sd or nama_id in _SELALU):
                continue
            b = {"nama": pilih(nama_id, nama_en), "jumlah": v}
            if sd:
                b["sd_periode"] = v_sd
            baris.append(b)
    return baris


def phu(buku, periode: Periode, unit: str | None = None, pembanding: Periode | None = None) -> Laporan:
    """Perhitungan hasil usaha in the regulator's layout (partisipasi anggota, non-anggota, beban
    usaha and perkoperasian, SHU before and after tax): the period and, for a month, the year to
    date beside it (or the `pembanding` period, e.g. the previous year for the RAT); with `unit`,
    one business unit's result."""
    bulanan = periode.awal.day == 1 and periode.akhir == Bulan.dari_tanggal(periode.awal).akhir and periode.awal.month == periode.akhir.month
    ini = phu_angka(buku, periode.awal, periode.akhir, unit)
    awal_tahun = max(date(periode.akhir.year, 1, 1), buku.profil.mulai)
    if pembanding is not None:
        sd = phu_angka(buku, max(pembanding.awal, buku.profil.mulai), pembanding.akhir, unit) \
            if pembanding.akhir >= buku.profil.mulai else phu_angka(buku, periode.akhir + timedelta(days=1), periode.akhir, unit)
    else:
        sd = phu_angka(buku, awal_tahun, periode.akhir, unit) if bulanan else None
    kolom = [Kolom("kode", pilih("Kode", "Code")), Kolom("nama", pilih("Pos", "Item")),
             Kolom("jumlah", label_periode(periode), "uang")]
    if sd:
        judul_sd = label_periode(pembanding) if pembanding else pilih(f"s.d. {label_periode(periode)}", f"Year to {label_periode(periode)}")
        kolom.append(Kolom("sd_periode", judul_sd, "uang"))
    data: dict = {"periode": periode.label, "unit": unit, "pendapatan": [], "beban": []}
    # The account list of earlier versions (by the old groups), kept for scripts.
    for kunci, _nama_id, _nama_en, _ in KELOMPOK_PHU:
        kode = sorted({a for a, _ in ini["kelompok"][kunci]} | ({a for a, _ in sd["kelompok"][kunci]} if sd else set()))
        for a in kode:
            b = {"kode": a, "nama": buku.bagan[a].nama, "jumlah": ini["jumlah"].get(a, 0)}
            if sd:
                b["sd_periode"] = sd["jumlah"].get(a, 0)
            (data["pendapatan"] if a[0] == "4" else data["beban"]).append({**b, "kelompok": kunci})
    baris = _baris_phu(buku, ini, sd)
    data.update(total_pendapatan=ini["total_pendapatan"], total_beban=ini["total_beban"],
                shu_sebelum_pajak=ini["shu_sebelum_pajak"], shu=ini["shu"])
    data["penjualan"] = {
        "anggota": ini["jumlah"].get("4101", 0) + ini["jumlah"].get("4103", 0),
        "non_anggota": ini["jumlah"].get("4102", 0) + ini["jumlah"].get("4104", 0),
    }
    data["partisipasi"] = dict(ini["partisipasi"])
    data["non_anggota"] = dict(ini["non_anggota"])
    data["pajak"] = ini["pajak"]
    data["shu_setelah_pajak"] = ini["shu_setelah_pajak"]
    if sd:
        data["sd_periode"] = {"total_pendapatan": sd["total_pendapatan"], "total_beban": sd["total_beban"], "shu": sd["shu"]}
    total = {"nama": pilih("SHU SETELAH PAJAK", "RESULT AFTER TAX"), "jumlah": ini["shu_setelah_pajak"]}
    if sd:
        total["sd_periode"] = sd["shu_setelah_pajak"]
    tabel = [Tabel(None, kolom, baris, total, "PHU")]
    if unit is None:
        tabel.append(_tabel_per_unit(buku, periode))
        data["per_unit"] = tabel[-1].baris
    judul = pilih("Laporan Perhitungan Hasil Usaha", "Income Statement (PHU)")
    if unit:
        judul += f" - {buku.profil.unit[unit]}"
    return Laporan(judul, label_periode(periode), identitas_dari(buku.profil), tabel, data)


def _tabel_per_unit(buku, periode: Periode) -> Tabel:
    baris = []
    for kode, nama in buku.profil.unit.items():
        a = phu_angka(buku, periode.awal, periode.akhir, kode, rinci=False)
        baris.append({"unit": kode, "nama": nama, "pendapatan": a["total_pendapatan"], "beban": a["total_beban"], "shu": a["shu"]})
    total = {"nama": "Total", "pendapatan": sum(b["pendapatan"] for b in baris),
             "beban": sum(b["beban"] for b in baris), "shu": sum(b["shu"] for b in baris)}
    kolom = [Kolom("unit", "Unit"), Kolom("nama", pilih("Unit usaha", "Business unit")),
             Kolom("pendapatan", pilih("Pendapatan", "Income"), "uang"), Kolom("beban", pilih("Beban", "Expenses"), "uang"),
             Kolom("shu", "SHU", "uang")]
    return Tabel(pilih("Hasil per Unit Usaha", "Result per business unit"), kolom, baris, total, "PHU per Unit")


# ---- cash flow (direct method) -----------------------------------------------------------------
def kategori_arus(kode: str) -> str:
    if kode[:2] in ("12", "13") or kode == "1105":
        return "investasi"
    if kode in ("2102", "2103", "2106", "2112", "2201", "2202") or kode[0] == "3":
        return "pendanaan"
    return "operasi"


_NAMA_ARUS = {
    "operasi": ("Arus Kas dari Aktivitas Operasi", "Cash flows from operating activities"),
    "investasi": ("Arus Kas dari Aktivitas Investasi", "Cash flows from investing activities"),
    "pendanaan": ("Arus Kas dari Aktivitas Pendanaan", "Cash flows from financing activities"),
}


def _barang_dan_hpp(kode: str) -> bool:
    return "1130" <= kode <= "1139" or kode[:2] == "51"


JENIS_PEMBUKA = "saldo-awal"


def entri_pembuka(buku) -> dict | None:
    """The opening-balance entry (`impor saldo-awal`) if the books have one: it is imported into
    empty books, so it is the first entry (J000001). Its balances are the opening position of
    the first period, not flows of it."""
    for bl in buku.bulan_ada():
        r = buku.shard(bl)["entri"].get("1")
        if r is not None:
            return r if r.get("jenis") == JENIS_PEMBUKA else None
    return None


def _pembuka_dalam(buku, awal: date, akhir: date) -> dict | None:
    r = entri_pembuka(buku)
    return r if r is not None and awal.isoformat() <= r["tanggal"] <= akhir.isoformat() else None


def arus_kas_angka(buku, awal: date, akhir: date) -> dict:
    """Each entry's cash movement, line by line on the other side's accounts. A sale's cost of
    goods and the stock it takes out cancel within the entry and move no cash: they are left out.
    The opening balances (`impor saldo-awal`) dated in the period are its opening position: their
    cash is the cash at the start, their loans, stock, savings and grants no flow."""
    per_baris: dict[tuple[str, str], int] = defaultdict(int)
    pembuka = _pembuka_dalam(buku, awal, akhir)
    for r in buku.entri(awal, akhir):
        if not any(akun_kas(b["akun"]) for b in r["baris"]):
            continue
        if pembuka is not None and r["id"] == pembuka["id"]:
            continue
        sumbangan: dict[str, int] = defaultdict(int)
        for b in r["baris"]:
            if not akun_kas(b["akun"]):
                sumbangan[b["akun"]] += b.get("kredit", 0) - b.get("debit", 0)
        if sum(v for a, v in sumbangan.items() if _barang_dan_hpp(a) and a[0] == "5") and \
                sum(v for a, v in sumbangan.items() if _barang_dan_hpp(a)) == 0:
            sumbangan = {a: v for a, v in sumbangan.items() if not _barang_dan_hpp(a)}
        for a, v in sumbangan.items():
            if v:
                per_baris[(kategori_arus(a), a)] += v
    saldo_awal = sum(d - k for a, (d, k) in buku.saldo_akun(awal - timedelta(days=1)).items() if akun_kas(a)) if awal > buku.profil.mulai else 0
    if pembuka is not None:
        saldo_awal += sum(b.get("debit", 0) - b.get("kredit", 0) for b in pembuka["baris"] if akun_kas(b["akun"]))
    saldo_akhir = sum(d - k for a, (d, k) in buku.saldo_akun(akhir).items() if akun_kas(a))
    return {"baris": dict(per_baris), "saldo_awal": saldo_awal, "saldo_akhir": saldo_akhir}


def arus_kas(buku, periode: Periode) -> Laporan:
    a = arus_kas_angka(buku, periode.awal, periode.akhir)
    kolom = [Kolom("kode", pilih("Kode", "Code")), Kolom("nama", pilih("Pos", "Item")), Kolom("jumlah", label_periode(periode), "uang")]
    baris = []
    data: dict = {"periode": periode.label, "saldo_awal": a["saldo_awal"]}
    total_semua = 0
    for kat in ("operasi", "investasi", "pendanaan"):
        item = sorted((k, v) for (c, k), v in a["baris"].items() if c == kat and v)
        jumlah = sum(v for _, v in item)
        total_semua += jumlah
        baris.append({"nama": pilih(*_NAMA_ARUS[kat])})
        for kode, v in item:
            baris.append({"kode": kode, "nama": buku.bagan[kode].nama, "jumlah": v})
        baris.append({"nama": pilih("Arus kas bersih", "Net cash flow"), "jumlah": jumlah})
        data[kat] = {"baris": [{"kode": k, "nama": buku.bagan[k].nama, "jumlah": v} for k, v in item], "jumlah": jumlah}
    data["kenaikan_kas"] = total_semua
    data["saldo_akhir"] = a["saldo_akhir"]
    data["cocok"] = a["saldo_awal"] + total_semua == a["saldo_akhir"]
    baris += [
        {"nama": pilih("Kenaikan (penurunan) kas", "Increase (decrease) in cash"), "jumlah": total_semua},
        {"nama": pilih("Kas awal periode", "Cash at the start"), "jumlah": a["saldo_awal"]},
    ]
    total = {"nama": pilih("Kas akhir periode", "Cash at the end"), "jumlah": a["saldo_akhir"]}
    return Laporan(pilih("Laporan Arus Kas (Metode Langsung)", "Cash Flow Statement (Direct Method)"), label_periode(periode),
                   identitas_dari(buku.profil), [Tabel(None, kolom, baris, total, "Arus Kas")], data)


# ---- changes in equity ---------------------------------------------------------------------------
def ekuitas(buku, periode: Periode) -> Laporan:
    awal_saldo = buku.saldo_akun(periode.awal - timedelta(days=1)) if periode.awal > buku.profil.mulai else {}
    gerak = buku.saldo_akun(periode.akhir, periode.awal)
    # Opening balances imported in the period are the opening position, not movements of it.
    buka_ = _pembuka_dalam(buku, periode.awal, periode.akhir)
    pembuka: dict[str, int] = defaultdict(int)  # credit minus debit
    if buka_ is not None:
        awal_saldo = {a: list(v) for a, v in awal_saldo.items()}
        gerak = {a: list(v) for a, v in gerak.items()}
        for b in buka_["baris"]:
            d, k = b.get("debit", 0), b.get("kredit", 0)
            pembuka[b["akun"]] += k - d
            t = awal_saldo.setdefault(b["akun"], [0, 0])
            t[0] += d
            t[1] += k
            g = gerak.setdefault(b["akun"], [0, 0])
            g[0] -= d
            g[1] -= k
    pos_awal = posisi(buku, periode.awal - timedelta(days=1)) if periode.awal > buku.profil.mulai else None
    pos_akhir = posisi(buku, periode.akhir)
    from koperasi_cli.layanan.simpanan import golongan_pokok_wajib

    # Simpanan pokok and wajib classed as liabilities (the setting) are not equity: the statement
    # lists what the balance sheet shows under Ekuitas, so both totals agree.
    bukan_ekuitas = {"3101", "3102"} if golongan_pokok_wajib(buku.profil) == "kewajiban" else set()
    baris = []
    for akun in buku.bagan:
        if akun.kode[0] != "3" or akun.kode in bukan_ekuitas:
            continue
        awal = -_neto(awal_saldo, akun.kode)
        d, k = gerak.get(akun.kode, (0, 0))
        akhir = awal + k - d
        if akun.kode in (AKUN_SHU_BERJALAN, AKUN_SHU_BELUM_DIBAGI):
            awal = next((v for a, v in pos_awal["kelompok"]["ekuitas"] if a.kode == akun.kode), 0) if pos_awal else 0
            awal += pembuka.get(akun.kode, 0)
            akhir = next((v for a, v in pos_akhir["kelompok"]["ekuitas"] if a.kode == akun.kode), 0)
            if akun.kode == AKUN_SHU_BERJALAN:
                # In: the period's result (if a profit); out: what was allocated or a loss.
                tambah = max(phu_angka(buku, periode.awal, periode.akhir, rinci=False)["shu"], 0)
                kurang = tambah - (akhir - awal)
            else:
                tambah, kurang = max(akhir - awal, 0), max(awal - akhir, 0)
        else:
            tambah, kurang = k, d
        if awal or akhir or tambah or kurang:
            baris.append({"kode": akun.kode, "nama": akun.nama, "awal": awal, "tambah": tambah, "kurang": kurang, "akhir": akhir})
    total = {"nama": "Total", **{c: sum(b[c] for b in baris) for c in ("awal", "tambah", "kurang", "akhir")}}
    kolom = [Kolom("kode", pilih("Kode", "Code")), Kolom("nama", pilih("Pos ekuitas", "Equity item")),
             Kolom("awal", pilih("Saldo awal", "Opening"), "uang"), Kolom("tambah", pilih("Penambahan", "Increase"), "uang"),
             Kolom("kurang", pilih("Pengurangan", "Decrease"), "uang"), Kolom("akhir", pilih("Saldo akhir", "Closing"), "uang")]
    phu_periode = phu_angka(buku, periode.awal, periode.akhir, rinci=False)
    data = {"periode": periode.label, "ekuitas": baris, "total_awal": total["awal"], "total_akhir": total["akhir"],
            "shu_periode": phu_periode["shu"]}
    return Laporan(pilih("Laporan Perubahan Ekuitas", "Statement of Changes in Equity"), label_periode(periode),
                   identitas_dari(buku.profil), [Tabel(None, kolom, baris, total, "Perubahan Ekuitas")], data)


# ---- general ledger ------------------------------------------------------------------------------
def buku_besar(buku, kode: str, periode: Periode) -> Laporan:
    akun = buku.bagan.cari(kode)
    awal_saldo = buku.saldo_akun(periode.awal - timedelta(days=1)).get(akun.kode, (0, 0)) if periode.awal > buku.profil.mulai else (0, 0)
    berjalan = akun.saldo(*awal_saldo)
    baris = [{"tanggal": periode.awal.isoformat(), "ket": pilih("Saldo awal", "Opening balance"), "saldo": berjalan}]
    rinci = []
    td = tk = 0
    for r in buku.entri(periode.awal, periode.akhir):
        for b in r["baris"]:
            if b["akun"] != akun.kode:
                continue
            d, k = b.get("debit", 0), b.get("kredit", 0)
            td += d
            tk += k
            berjalan += akun.saldo(d, k)
            x = {"tanggal": r["tanggal"], "id": r["id"], "bukti": r.get("bukti"), "ket": r["ket"],
                 "debit": d, "kredit": k, "saldo": berjalan}
            baris.append(x)
            rinci.append(x)
    kolom = [Kolom("tanggal", pilih("Tanggal", "Date")), Kolom("id", "No"), Kolom("bukti", pilih("Bukti", "Voucher"), rinci=True),
             Kolom("ket", pilih("Keterangan", "Description")), Kolom("debit", "Debit", "uang"),
             Kolom("kredit", pilih("Kredit", "Credit"), "uang"), Kolom("saldo", pilih("Saldo", "Balance"), "uang")]
    total = {"ket": pilih("Saldo akhir", "Closing balance"), "debit": td, "kredit": tk, "saldo": berjalan}
    data = {"akun": akun.kode, "nama": akun.nama, "periode": periode.label, "saldo_awal": baris[0]["saldo"],
            "mutasi": rinci, "total_debit": td, "total_kredit": tk, "saldo_akhir": berjalan}
    return Laporan(pilih(f"Buku Besar {akun.kode} {akun.nama}", f"Ledger {akun.kode} {akun.nama}"), label_periode(periode),
                   identitas_dari(buku.profil), [Tabel(None, kolom, baris, total, f"Buku Besar {akun.kode}")], data)
