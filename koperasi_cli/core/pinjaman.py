"""Loans: schedules for the three methods, the state of a loan at a date, payment
allocation, penalties, early payoff, aging, collectibility and provision (docs/aturan.md).

Pure domain code. Money is int rupiah; rates are `Decimal` percent per month.

Schedules (i = monthly rate, P principal, n months):
    flat     interest P*i every month, principal P/n
    efektif  interest outstanding*i, principal P/n
    anuitas  interest outstanding*i, principal A - interest, A = P*i / (1 - (1+i)^-n)
Each amount is rounded to the rupiah (half up); the last installment takes what is left of
the principal, so principal always sums to P exactly. With a rounding multiple (kelipatan,
e.g. 100) every installment is rounded UP to that multiple and the surplus is added to the
installment's interest (jasa): principal is never changed by the rounding.

A loan's state at a date is folded from its schedule and its recorded events (payments with
their allocation, waived interest on early payoff). Penalties (denda) are computed, not stored:
between two events, each overdue installment's unpaid amount is charged the penalty rate per
day (harian) or per started month (bulanan) late, after the grace days (tenggang).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from koperasi_cli.core.galat import Galat
from koperasi_cli.core.uang import bulatkan

METODE = ("flat", "efektif", "anuitas")
DASAR_DENDA = ("tidak", "harian", "bulanan")
JASA_PELUNASAN = ("tanpa", "bulan-berjalan", "sisa")
KELAS = ("lancar", "kurang lancar", "diragukan", "macet")
KUNCI_KELAS = {"lancar": "lancar", "kurang lancar": "kurang_lancar", "diragukan": "diragukan", "macet": "macet"}
SERATUS = Decimal(100)
# Sane upper bounds on any loan's terms, above every product a cooperative offers (docs/aturan):
# interest at most 10 % a month (120 % a year, far past any usury test), at most 120 months.
MAKS_BUNGA_BULAN = Decimal(10)
MAKS_TENOR = 120


# ---- dates ------------------------------------------------------------------------------------
def tambah_bulan(d: date, k: int) -> date:
    """`d` plus `k` calendar months, the day clamped to the month's end (Jan 31 + 1 = Feb 28)."""
    bulan = d.month - 1 + k
    th, bl = d.year + bulan // 12, bulan % 12 + 1
    return date(th, bl, min(d.day, calendar.monthrange(th, bl)[1]))


# ---- schedules --------------------------------------------------------------------------------
@dataclass(frozen=True)
class BarisJadwal:
    ke: int
    jatuh_tempo: date
    pokok: int
    jasa: int
    sisa_pokok: int  # principal outstanding after this installment

    @property
    def jumlah(self) -> int:
        return self.pokok + self.jasa


def angsuran_anuitas(pokok: int, i: Decimal, tenor: int) -> int:
    """A = P*i / (1 - (1+i)^-n), rounded to the rupiah (P/n when the rate is 0)."""
    if i == 0:
        return bulatkan(Decimal(pokok) / tenor)
    return bulatkan(Decimal(pokok) * i / (1 - (1 + i) ** -tenor))


def hitung_jadwal(
    pokok: int, bunga: Decimal, tenor: int, metode: str, mulai: date, kelipatan: int = 1,
    pertama: date | None = None, pokok_jasa: int | None = None,
) -> list[BarisJadwal]:
    """The installment schedule; `bunga` is percent per month, first due date one month after `mulai`
    or, given `pertama` (a loan brought in with its remaining installments), on `pertama` and then
    monthly from it. A flat loan's interest is on `pokok_jasa` when given (a loan brought in: the
    amount first disbursed, so its installment stays what the member has been paying)."""
    if metode not in METODE:
        raise Galat("pinjaman_metode_tidak_sah", nilai=metode, sah=", ".join(METODE))
    if not isinstance(tenor, int) or tenor < 1:
        raise Galat("pinjaman_tenor_tidak_sah", nilai=str(tenor))
    if pokok <= 0:
        raise Galat("jumlah_nol", nilai=str(pokok))
    i = Decimal(bunga) / SERATUS
    pokok_rata = bulatkan(Decimal(pokok) / tenor)
    a = angsuran_anuitas(pokok, i, tenor) if metode == "anuitas" else 0
    jasa_flat = bulatkan(Decimal(pokok_jasa or pokok) * i)
    sisa = pokok
    hasil = []
    for k in range(1, tenor + 1):
        if metode == "flat":
            jasa = jasa_flat
        else:
            jasa = bulatkan(Decimal(sisa) * i)
        if k == tenor:
            p = sisa
        elif metode == "anuitas":
            p = min(max(a - jasa, 0), sisa)
        else:
            p = min(pokok_rata, sisa)
        if kelipatan > 1:
            lebih = -(p + jasa) % kelipatan
            jasa += lebih
        sisa -= p
        jatuh = tambah_bulan(pertama, k - 1) if pertama is not None else tambah_bulan(mulai, k)
        hasil.append(BarisJadwal(k, jatuh, p, jasa, sisa))
    return hasil


def jadwal_ke_data(jadwal: list[BarisJadwal]) -> list[list]:
    """Compact stored form: [[due date, principal, interest], ...]."""
    return [[b.jatuh_tempo.isoformat(), b.pokok, b.jasa] for b in jadwal]


# ---- rules carried by each loan ---------------------------------------------------------------
@dataclass(frozen=True)
class AturanDenda:
    dasar: str = "tidak"  # tidak | harian | bulanan
    tarif: Decimal = Decimal(0)  # percent of the overdue installment per day / per month
    tenggang: int = 0  # grace days after the due date

    def ke_data(self) -> dict:
        return {"dasar": self.dasar, "tarif": str(self.tarif), "tenggang": self.tenggang}

    @classmethod
    def dari_data(cls, d: dict | None) -> "AturanDenda":
        d = d or {}
        return cls(d.get("dasar", "tidak"), Decimal(str(d.get("tarif", "0"))), int(d.get("tenggang", 0)))


def momen_denda(dasar: str, mulai: date, dari: date, sampai: date) -> int:
    """How many penalty periods fall in (dari, sampai] for an installment late from `mulai`
    (its due date plus grace). Daily: each day after `mulai`. Monthly: the day after `mulai`
    and the same day each month after it (a started month counts whole)."""
    dari = max(dari, mulai)
    if sampai <= dari or dasar == "tidak":
        return 0
    if dasar == "harian":
        return (sampai - dari).days
    n = 0
    k = 0
    while True:
        m = tambah_bulan(mulai, k) + timedelta(days=1)
        if m > sampai:
            return n
        if m > dari:
            n += 1
        k += 1


# ---- the state of a loan ----------------------------------------------------------------------
@dataclass
class Cicilan:
    ke: int
    jatuh_tempo: date
    pokok: int
    jasa: int
    bayar_pokok: int = 0
    bayar_jasa: int = 0
    jasa_hapus: int = 0  # interest waived on early payoff
    denda: int = 0  # penalty charged so far
    bayar_denda: int = 0
    denda_sampai: date | None = None

    @property
    def jumlah(self) -> int:
        return self.pokok + self.jasa

    @property
    def sisa_pokok(self) -> int:
        return self.pokok - self.bayar_pokok

    @property
    def sisa_jasa(self) -> int:
        return self.jasa - self.bayar_jasa - self.jasa_hapus

    @property
    def sisa_denda(self) -> int:
        return max(self.denda - self.bayar_denda, 0)

    @property
    def tertunggak(self) -> int:
        """What is unpaid of the installment itself (principal and interest)."""
        return self.sisa_pokok + self.sisa_jasa

    @property
    def dibayar(self) -> int:
        return self.bayar_pokok + self.bayar_jasa


@dataclass
class Keadaan:
    """A loan at a date: its installments with what was paid, charged and waived."""

    cicilan: list[Cicilan]
    denda: AturanDenda
    per: date | None = None
    ditutup: bool = False  # settled or written off: no more penalties

    @classmethod
    def dari_jadwal(cls, jadwal: list[list], denda: AturanDenda) -> "Keadaan":
        return cls(
            [Cicilan(k, date.fromisoformat(t), p, j) for k, (t, p, j) in enumerate(jadwal, start=1)],
            denda,
        )

    def akrual(self, sampai: date) -> None:
        """Charge penalties on overdue installments up to `sampai` (unpaid amounts as they stand)."""
        if self.ditutup:
            return
        a = self.denda
        if a.dasar != "tidak" and a.tarif > 0:
            for c in self.cicilan:
                mulai = c.jatuh_tempo + timedelta(days=a.tenggang)
                dari = c.denda_sampai or mulai
                if c.tertunggak > 0 and sampai > mulai:
                    n = momen_denda(a.dasar, mulai, dari, sampai)
                    if n:
                        c.denda += bulatkan(a.tarif / SERATUS * c.tertunggak * n)
                if sampai > dari:
                    c.denda_sampai = sampai
        self.per = sampai if self.per is None or sampai > self.per else self.per

    def terapkan(self, alokasi: list, hapus_jasa: list | None = None) -> None:
        """Apply a recorded allocation [[installment, penalty, interest, principal], ...]."""
        for ke, d, j, p in alokasi:
            c = self.cicilan[ke - 1]
            c.bayar_denda += d
            c.bayar_jasa += j
            c.bayar_pokok += p
        for ke, j in hapus_jasa or ():
            self.cicilan[ke - 1].jasa_hapus += j

    # ---- figures --------------------------------------------------------------------------
    @property
    def sisa_pokok(self) -> int:
        return sum(c.sisa_pokok for c in self.cicilan)

    @property
    def sisa_jasa(self) -> int:
        return sum(c.sisa_jasa for c in self.cicilan)

    @property
    def sisa_denda(self) -> int:
        return sum(c.sisa_denda for c in self.cicilan)

    @property
    def terutang(self) -> int:
        """Everything still payable under the schedule, with penalties charged so far."""
        return sum(c.sisa_denda + c.tertunggak for c in self.cicilan)

    @property
    def lunas(self) -> bool:
        return all(c.tertunggak == 0 for c in self.cicilan)

    def jatuh_tempo_belum_bayar(self, per: date) -> list[Cicilan]:
        """Installments due before `per` with principal or interest unpaid, oldest first."""
        return [c for c in self.cicilan if c.jatuh_tempo < per and c.tertunggak > 0]

    def hari_tunggakan(self, per: date) -> int:
        """Days past due of the oldest unpaid installment (0 when nothing is overdue)."""
        for c in self.cicilan:
            if c.tertunggak > 0:
                return (per - c.jatuh_tempo).days if c.jatuh_tempo < per else 0
        return 0

    def tunggakan(self, per: date) -> dict:
        """Arrears at `per`: overdue installments and their unpaid principal, interest, penalty."""
        telat = self.jatuh_tempo_belum_bayar(per)
        return {
            "angsuran": len(telat),
            "pokok": sum(c.sisa_pokok for c in telat),
            "jasa": sum(c.sisa_jasa for c in telat),
            "denda": self.sisa_denda,
        }


def alokasikan(keadaan: Keadaan, jumlah: int) -> tuple[list[list[int]], int]:
    """Allocate a payment: for each installment, oldest first, its penalty, then its interest,
    then its principal. Returns the allocation and what is left over (above everything owed)."""
    sisa = jumlah
    alokasi = []
    for c in keadaan.cicilan:
        if sisa <= 0:
            break
        d = min(c.sisa_denda, sisa)
        sisa -= d
        j = min(c.sisa_jasa, sisa)
        sisa -= j
        p = min(c.sisa_pokok, sisa)
        sisa -= p
        if d or j or p:
            alokasi.append([c.ke, d, j, p])
    return alokasi, sisa


def alokasikan_jatuh_tempo(keadaan: Keadaan, jumlah: int, per: date, pokok_di_muka: bool = True) -> tuple[list[list[int]], int]:
    """Allocate a payment on the accrual basis (SAK EP): for each installment due by `per`,
    oldest first, its penalty, then its interest, then its principal; then, with `pokok_di_muka`,
    the principal of later installments, oldest first, never their interest (interest is charged
    only as it falls due; the schedule's interest stays as it was). Returns the allocation and
    what is left over (a prepayment held apart, or more than may be paid)."""
    sisa = jumlah
    alokasi = []
    for c in keadaan.cicilan:
        if sisa <= 0:
            break
        jatuh = c.jatuh_tempo <= per
        if not jatuh and not pokok_di_muka:
            break
        d = min(c.sisa_denda, sisa) if jatuh else 0
        sisa -= d
        j = min(c.sisa_jasa, sisa) if jatuh else 0
        sisa -= j
        p = min(c.sisa_pokok, sisa)
        sisa -= p
        if d or j or p:
            alokasi.append([c.ke, d, j, p])
    return alokasi, sisa


def jasa_jatuh_tempo(keadaan: Keadaan, per: date) -> int:
    """Interest of installments due by `per` and not paid (or waived): what accrual recognises."""
    return sum(c.sisa_jasa for c in keadaan.cicilan if c.jatuh_tempo <= per and c.sisa_jasa > 0)


def terutang_jatuh_tempo(keadaan: Keadaan, per: date) -> int:
    """Penalty, interest and principal of installments due by `per`, unpaid."""
    return sum(c.sisa_denda + c.tertunggak for c in keadaan.cicilan if c.jatuh_tempo <= per)


def pelunasan(
    keadaan: Keadaan, per: date, aturan: str, tanggal_cair: date
) -> tuple[list[list[int]], list[list[int]], int]:
    """Early payoff at `per`: every penalty, the interest of installments already due, the whole
    remaining principal, and for installments not yet due the interest the rule keeps:
    `sisa` all of it, `bulan-berjalan` that of the installment whose period runs at `per` (a
    period runs from the day after the previous due date, or after disbursement, to its own
    due date), `tanpa` none. Returns (allocation, waived interest [[installment, amount]],
    total to pay)."""
    if aturan not in JASA_PELUNASAN:
        raise Galat("pinjaman_jasa_pelunasan_tidak_sah", nilai=aturan, sah=", ".join(JASA_PELUNASAN))
    alokasi, hapus = [], []
    sebelum = tanggal_cair
    for c in keadaan.cicilan:
        jasa = c.sisa_jasa
        if c.jatuh_tempo > per:
            simpan = aturan == "sisa" or (aturan == "bulan-berjalan" and sebelum < per)
            if not simpan and jasa:
                hapus.append([c.ke, jasa])
                jasa = 0
        sebelum = c.jatuh_tempo
        if c.sisa_denda or jasa or c.sisa_pokok:
            alokasi.append([c.ke, c.sisa_denda, jasa, c.sisa_pokok])
    total = sum(d + j + p for _, d, j, p in alokasi)
    return alokasi, hapus, total


# ---- collectibility and provision -------------------------------------------------------------
def kolektibilitas(hari: int, batas: dict) -> str:
    """The class for days past due; `batas` holds the upper day bound of the first three classes."""
    if hari <= batas["lancar"]:
        return "lancar"
    if hari <= batas["kurang_lancar"]:
        return "kurang lancar"
    if hari <= batas["diragukan"]:
        return "diragukan"
    return "macet"


def normal_kelas(teks: str) -> str | None:
    """`kurang lancar`, `kurang-lancar`, `kurang_lancar`, `kl`, `2` -> `kurang lancar`."""
    s = str(teks).strip().lower().replace("-", " ").replace("_", " ")
    singkat = {"l": "lancar", "1": "lancar", "kl": "kurang lancar", "2": "kurang lancar",
               "d": "diragukan", "3": "diragukan", "m": "macet", "4": "macet"}
    if s in KELAS:
        return s
    return singkat.get(s)


def ppap(sisa_pokok: int, kelas: str, tarif: dict) -> int:
    """The provision required on a loan's outstanding principal for its class (half up)."""
    return bulatkan(Decimal(sisa_pokok) * tarif[KUNCI_KELAS[kelas]] / SERATUS)


def bagi_sebanding(total: int, bobot: list[int]) -> list[int]:
    """Split `total` (any sign) in proportion to non-negative `bobot`, to the rupiah, the parts
    adding up to `total` exactly (largest remainder; ties to the earlier). Equal parts when every
    weight is zero."""
    if not bobot:
        return []
    if not any(bobot):
        bobot = [1] * len(bobot)
    tanda, sisa = (1, total) if total >= 0 else (-1, -total)
    jumlah = sum(bobot)
    bagian = [sisa * b // jumlah for b in bobot]
    kurang = sisa - sum(bagian)
    urut = sorted(range(len(bobot)), key=lambda i: (-(sisa * bobot[i] % jumlah), i))
    for i in urut[:kurang]:
        bagian[i] += 1
    return [tanda * b for b in bagian]


def npl_persen(per_kelas: dict[str, int]) -> Decimal:
    """(kurang lancar + diragukan + macet) / all outstanding principal, percent to 2 places."""
    total = sum(per_kelas.values())
    if not total:
        return Decimal("0.00")
    buruk = total - per_kelas.get("lancar", 0)
    return (Decimal(buruk) * SERATUS / total).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class Produk:
    """A loan product from koperasi.yaml."""

    kode: str
    nama: str
    bunga: Decimal
    metode: str
    tenor_maks: int
    jumlah_maks: int
    biaya_admin: Decimal  # percent of the principal, taken at disbursement
    kelipatan: int = 1
    denda: AturanDenda = field(default_factory=AturanDenda)
    jasa_pelunasan: str = "bulan-berjalan"
    boleh_ubah: frozenset = frozenset()  # which terms `cair` options may override
