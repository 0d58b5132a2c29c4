"""Member savings (simpanan): the accounts of each kind, the monthly wajib bill, interest and tax.

Pure rules, no I/O. Balances come in as integers (rupiah); rates as Decimal percent.

- pokok (3101) once on joining, wajib (3102) monthly, sukarela (2102) any time. Postings on
  these accounts always carry the member's number, so a member's balance of a kind is the
  member's tag total on the kind's account (credit balance).
- The wajib bill runs from the month of joining (or the month the books start, if later):
  a payment covers the oldest unpaid months first and may cover several months (rapel) and
  months ahead.
- Interest on sukarela (jasa simpanan) for a month: the annual rate / 12 on the month's
  lowest balance (`terendah`: the lowest of the opening balance and each day's closing
  balance) or its average balance (`rata-rata`: the mean of each day's closing balance),
  rounded half up to the rupiah once. Final tax (PP 15/2009): nothing when the month's
  interest is at most the threshold (Rp 240.000), else the rate (10 %) of the whole interest.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from functools import lru_cache

from koperasi_cli.core.tanggal import Bulan
from koperasi_cli.core.uang import bulatkan

JENIS = ("pokok", "wajib", "sukarela")
AKUN = {"pokok": "3101", "wajib": "3102", "sukarela": "2102"}
JENIS_AKUN = {v: k for k, v in AKUN.items()}
AKUN_KELUAR = "2112"  # payable to members who left
AKUN_PAJAK = "2105"
AKUN_BEBAN_JASA = "5201"
AKUN_PINJAMAN = "1110"
AKUN_PIUTANG_USAHA = "1120"
DASAR_JASA = ("terendah", "rata-rata")


def saldo_dari_tag(per_akun: dict) -> dict[str, int]:
    """A member's savings per kind from their tag totals {account: [debit-credit, qty]}."""
    return {j: -(per_akun.get(a) or (0, 0))[0] for j, a in AKUN.items()}


def saldo_akun_kredit(per_akun: dict, akun: str) -> int:
    return -(per_akun.get(akun) or (0, 0))[0]


def bulan_antara(awal: Bulan, akhir: Bulan) -> Iterable[Bulan]:
    b = awal
    while b <= akhir:
        yield b
        b = b.berikut()


@lru_cache(maxsize=256)
def daftar_bulan(awal: Bulan, akhir: Bulan) -> tuple[str, ...]:
    """The months from `awal` to `akhir` inclusive, as 'YYYY-MM' (cached: a collection list asks
    for the same few ranges for thousands of members)."""
    return tuple(str(b) for b in bulan_antara(awal, akhir))


def belum_dibayar(lunas: set[str], mulai: Bulan, sampai: Bulan) -> list[str]:
    """The wajib months from `mulai` to `sampai` (inclusive) not yet paid, oldest first."""
    return [b for b in daftar_bulan(mulai, sampai) if b not in lunas]


def alokasi_wajib_berjalan(keadaan: list, n: int) -> tuple[list[str], str]:
    """The `n` months a wajib payment covers, the oldest unpaid first going into later months,
    and their short form (as `ringkas_bulan`). Kept as a cursor: `keadaan` = [paid months, cursor as
    year*12 + month - 1; every month before the cursor is paid] is updated, so that many
    payments of one member in a row cost no more than one each."""
    sudah, k = keadaan
    hasil: list[str] = []
    angka: list[int] = []
    while len(hasil) < n:
        s = f"{k // 12:04d}-{k % 12 + 1:02d}"
        if s not in sudah:
            hasil.append(s)
            angka.append(k)
            sudah.add(s)
        k += 1
    while f"{k // 12:04d}-{k % 12 + 1:02d}" in sudah:
        k += 1
    keadaan[1] = k
    if len(hasil) == 1:
        ringkas = hasil[0]
    elif angka[-1] - angka[0] == len(angka) - 1:
        ringkas = f"{hasil[0]}..{hasil[-1]}"
    else:
        ringkas = ringkas_bulan(hasil)
    return hasil, ringkas


def ringkas_bulan(bulan: list[str]) -> str:
    """`2025-01, 2025-02, 2025-03, 2025-05` -> `2025-01..2025-03, 2025-05`."""
    if not bulan:
        return "-"
    urut = sorted(Bulan.dari_str(b) for b in bulan)
    potong: list[tuple[Bulan, Bulan]] = []
    for b in urut:
        if potong and potong[-1][1].berikut() == b:
            potong[-1] = (potong[-1][0], b)
        else:
            potong.append((b, b))
    return ", ".join(str(a) if a == z else f"{a}..{z}" for a, z in potong)


def saldo_harian(saldo_awal: int, mutasi: Iterable[tuple[date, int]], bulan: Bulan) -> list[int]:
    """Each day's closing balance in the month, from the opening balance and dated movements."""
    per_hari: dict[int, int] = {}
    for tgl, n in mutasi:
        if Bulan.dari_tanggal(tgl) != bulan:
            raise ValueError(f"movement {tgl} outside {bulan}")
        per_hari[tgl.day] = per_hari.get(tgl.day, 0) + n
    hasil = []
    s = saldo_awal
    for hari in range(1, bulan.akhir.day + 1):
        s += per_hari.get(hari, 0)
        hasil.append(s)
    return hasil


def dasar_jasa(saldo_awal: int, mutasi: Iterable[tuple[date, int]], bulan: Bulan, dasar: str) -> Decimal:
    """The balance interest is paid on: the month's lowest, or its average (exact, unrounded)."""
    harian = saldo_harian(saldo_awal, mutasi, bulan)
    if dasar == "terendah":
        return Decimal(max(0, min([saldo_awal, *harian])))
    if dasar == "rata-rata":
        return max(Decimal(0), Decimal(sum(harian)) / Decimal(len(harian)))
    raise ValueError(dasar)


def hitung_jasa(dasar: Decimal, bunga_tahunan: Decimal) -> int:
    """One month's interest: base x annual rate / 12, half up to the rupiah."""
    return bulatkan(dasar * bunga_tahunan / Decimal(1200))


def pajak_jasa(jasa: int, batas: int, tarif: Decimal) -> int:
    """Final tax on one member's interest for one month (PP 15/2009)."""
    if jasa <= batas:
        return 0
    return bulatkan(Decimal(jasa) * tarif / Decimal(100))


def status_pada(anggota: dict, tanggal: str) -> str | None:
    """A member's status on a day (ISO date): None before joining, 'keluar' from the day they
    left, 'aktif' in between (a member who left in March was active in February)."""
    if anggota.get("tanggal_masuk", "") > tanggal:
        return None
    keluar = anggota.get("tanggal_keluar")
    if keluar and keluar <= tanggal:
        return "keluar"
    if anggota.get("status") == "keluar" and not keluar:
        return "keluar"
    return "aktif"
