"""The period's result (hasil usaha) from the books: income and expenses of a period, whole or
for one business unit, grouped in the regulator's PHU layout (Permenkop 2/2024, SAK EP; see
docs/aturan/akuntansi.md). Figures only: the statements (reports/keuangan.py) lay them out, and
the SHU (layanan/shu.py) and the trend series read them, so the rule has one owner here.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from koperasi_cli.core.galat import Galat

# Income from member participation: sales to members and the savings-and-loan unit (members only).
PARTISIPASI_ANGGOTA = {"4101", "4103", "4201", "4202", "4203"}


AKUN_PAJAK = "6112"


# ---- income statement ----------------------------------------------------------------------------
KELOMPOK_PHU = [
    ("partisipasi_anggota", "Pendapatan dari Partisipasi Anggota", "Income from member participation",
     lambda k: k in PARTISIPASI_ANGGOTA),
    ("pendapatan_non_anggota", "Pendapatan dari Non-Anggota", "Income from non-members", lambda k: k in ("4102", "4104")),
    ("pendapatan_lain", "Pendapatan Lain", "Other income",
     lambda k: k[0] == "4" and k not in PARTISIPASI_ANGGOTA and k not in ("4102", "4104")),
    ("beban_pokok", "Harga Pokok Penjualan dan Beban Dana", "Cost of sales and cost of funds", lambda k: k[0] == "5"),
    ("beban_operasional", "Beban Operasional", "Operating expenses", lambda k: k[0] == "6" and k != AKUN_PAJAK),
    ("pajak", "Beban Pajak", "Income tax", lambda k: k == AKUN_PAJAK),
]


def _periode_saldo(buku, awal: date, akhir: date, unit: str | None) -> dict[str, int]:
    """Net amounts of income and expense accounts over [awal, akhir], on their normal side."""
    if unit is None:
        saldo = buku.saldo_akun(akhir, awal)
        neto = {a: d - k for a, (d, k) in saldo.items()}
    else:
        if unit not in buku.profil.unit:
            raise Galat("unit_tidak_ada", nilai=unit, sah=", ".join(buku.profil.unit))
        sampai = buku.saldo_tag("unit", unit, akhir).get(unit, {})
        dulu = buku.saldo_tag("unit", unit, awal - timedelta(days=1)).get(unit, {}) if awal > buku.profil.mulai else {}
        neto = {a: v[0] - dulu.get(a, [0, 0])[0] for a, v in sampai.items()}
    # The year-end closing entry zeroes income and expenses on 31 December; a statement of the
    # year shows the year's business, so that entry is taken out again here.
    for th, t in buku.kepala.get("tahun_tutup", {}).items():
        if awal <= date(int(th), 12, 31) <= akhir:
            keluar = t.get("penutup", {}) if unit is None else t.get("penutup_unit", {}).get(unit, {})
            for a, n in keluar.items():
                neto[a] = neto.get(a, 0) - n
    hasil = {}
    for a, n in neto.items():
        if a[0] in "456" and a in buku.bagan and n:
            hasil[a] = -n if a[0] == "4" else n  # income credit-normal, expenses debit-normal
    return hasil


# The regulator's layout (Permenkop 2/2024, SAK EP for cooperatives; docs/aturan/akuntansi.md).
PENJUALAN_ANGGOTA = ("4101", "4103")


PENJUALAN_NON_ANGGOTA = ("4102", "4104")


AKUN_RETUR = "4105"


AKUN_PERKOPERASIAN = ("6102", "6110", "6111")  # pengurus and pengawas, the RAT, education


AKUN_BEBAN_LAIN = ("6114", "6115")


def akun_hpp(kode: str) -> bool:
    """Cost of goods sold (51xx): split between members and non-members by each sale's cost."""
    return kode[:2] == "51"


def _partisipasi_bruto(kode: str) -> bool:
    return kode in PENJUALAN_ANGGOTA or kode[:2] == "42"


def _rincian_anggota(buku, awal: date, akhir: date, unit: str | None, jumlah: dict[str, int]) -> tuple[dict[str, int], int]:
    """({51xx account: cost of the goods sold to members}, returns and discounts on members'
    purchases) over [awal, akhir]: the actual cost written in each sale's entry (an entry whose
    income is tagged with a member is a member's), never a share by revenue. Read from the
    period's entries only when both members and non-members bought (or 4105 was used)."""
    hpp_total = {a: n for a, n in jumlah.items() if akun_hpp(a)}
    anggota = sum(jumlah.get(a, 0) for a in PENJUALAN_ANGGOTA)
    non = sum(jumlah.get(a, 0) for a in PENJUALAN_NON_ANGGOTA)
    if not jumlah.get(AKUN_RETUR):
        if not hpp_total or not anggota:
            return {}, 0
        if not non:
            return dict(hpp_total), 0
    hpp: dict[str, int] = defaultdict(int)
    retur = 0
    for r in buku.entri(awal, akhir):
        milik = [b for b in r["baris"] if unit is None or (b.get("unit") or r.get("unit")) == unit]
        if not milik:
            continue
        oleh_anggota = any(b["akun"][0] == "4" and b.get("anggota") for b in r["baris"])
        for b in milik:
            neto = b.get("debit", 0) - b.get("kredit", 0)
            if oleh_anggota and akun_hpp(b["akun"]):
                hpp[b["akun"]] += neto
            elif b["akun"] == AKUN_RETUR and (oleh_anggota or b.get("anggota")):
                retur -= neto
    return {a: n for a, n in hpp.items() if n}, retur


def phu_angka(buku, awal: date, akhir: date, unit: str | None = None, *, rinci: bool = True) -> dict:
    """The period's income and expenses; with `rinci` (the default) also the regulator's layout
    (which may read the period's sales to split their cost between members and non-members);
    without it only the totals and the SHU."""
    jumlah = _periode_saldo(buku, awal, akhir, unit)
    kelompok = {k: [(a, jumlah[a]) for a in sorted(jumlah) if cocok(a)] for k, _, _, cocok in KELOMPOK_PHU}
    total = {k: sum(v for _, v in b) for k, b in kelompok.items()}
    pendapatan = total["partisipasi_anggota"] + total["pendapatan_non_anggota"] + total["pendapatan_lain"]
    beban = total["beban_pokok"] + total["beban_operasional"]
    if not rinci:
        return {"jumlah": jumlah, "kelompok": kelompok, "total": total, "total_pendapatan": pendapatan,
                "total_beban": beban + total["pajak"], "shu_sebelum_pajak": pendapatan - beban,
                "shu": pendapatan - beban - total["pajak"]}
    hpp_anggota, retur_anggota = _rincian_anggota(buku, awal, akhir, unit, jumlah)
    retur_non = jumlah.get(AKUN_RETUR, 0) - retur_anggota
    # Each line of the layout: (key, [(account, amount)]); amounts on the line's normal side.
    pos = {
        "bruto": [(a, n) for a, n in sorted(jumlah.items()) if _partisipasi_bruto(a)]
        + ([(AKUN_RETUR, retur_anggota)] if retur_anggota else []),
        "beban_pokok": [(a, n) for a, n in sorted(hpp_anggota.items())]
        + [(a, n) for a, n in sorted(jumlah.items()) if a[0] == "5" and not akun_hpp(a)],
        "pendapatan_non": [(a, n) for a, n in sorted(jumlah.items()) if a in PENJUALAN_NON_ANGGOTA]
        + ([(AKUN_RETUR, retur_non)] if retur_non else []),
        "hpp_non": [(a, n - hpp_anggota.get(a, 0)) for a, n in sorted(jumlah.items()) if akun_hpp(a) and n != hpp_anggota.get(a, 0)],
        "pendapatan_lain": [(a, n) for a, n in sorted(jumlah.items()) if a[0] == "4" and not _partisipasi_bruto(a)
                            and a not in PENJUALAN_NON_ANGGOTA and a != AKUN_RETUR],
        "beban_usaha": [(a, n) for a, n in sorted(jumlah.items()) if a[0] == "6" and a != AKUN_PAJAK
                        and a not in AKUN_PERKOPERASIAN and a not in AKUN_BEBAN_LAIN],
        "beban_perkoperasian": [(a, n) for a, n in sorted(jumlah.items()) if a in AKUN_PERKOPERASIAN],
        "beban_lain": [(a, n) for a, n in sorted(jumlah.items()) if a in AKUN_BEBAN_LAIN],
        "pajak": [(a, n) for a, n in sorted(jumlah.items()) if a == AKUN_PAJAK],
    }
    t = {k: sum(n for _, n in v) for k, v in pos.items()}
    partisipasi = {"bruto": t["bruto"], "beban_pokok": t["beban_pokok"], "neto": t["bruto"] - t["beban_pokok"]}
    non_anggota = {"pendapatan": t["pendapatan_non"], "hpp": t["hpp_non"], "laba_kotor": t["pendapatan_non"] - t["hpp_non"]}
    sebelum_pajak = (partisipasi["neto"] + non_anggota["laba_kotor"] + t["pendapatan_lain"] - t["beban_usaha"]
                     - t["beban_perkoperasian"] - t["beban_lain"])
    assert sebelum_pajak == pendapatan - beban  # the same result, laid out otherwise
    return {"jumlah": jumlah, "kelompok": kelompok, "total": total, "total_pendapatan": pendapatan,
            "total_beban": beban + total["pajak"], "shu_sebelum_pajak": pendapatan - beban,
            "shu": pendapatan - beban - total["pajak"],
            "pos": pos, "pos_total": t, "partisipasi": partisipasi, "non_anggota": non_anggota,
            "pajak": t["pajak"], "shu_setelah_pajak": sebelum_pajak - t["pajak"]}
