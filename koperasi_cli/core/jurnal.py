"""Journal entries: immutable records of balanced postings, validated into a list of errors.

An entry is the one record of a business event. Postings (baris) carry the account, one
positive amount on one side, and the tags that make sub-ledgers: member (anggota), loan
(pinjaman), item (barang, with a stock quantity `qty`) and business unit (unit).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

import orjson

from koperasi_cli.core.akun import BaganAkun
from koperasi_cli.core.galat import Galat
from koperasi_cli.core.masukan import karakter_terlarang
from koperasi_cli.core.tanggal import Bulan
from koperasi_cli.core.uang import MAKS_JUMLAH

TAG = ("anggota", "pinjaman", "barang")
HASH_AWAL = "0" * 64


@dataclass(frozen=True)
class Baris:
    akun: str
    debit: int = 0
    kredit: int = 0
    anggota: str | None = None
    pinjaman: str | None = None
    barang: str | None = None
    qty: int | None = None  # stock moved on an inventory posting: + in, - out
    unit: str | None = None  # defaults to the entry's unit

    @property
    def neto(self) -> int:
        """Debit minus credit."""
        return self.debit - self.kredit

    def ke_dict(self) -> dict:
        # Spelled out rather than a loop over getattr: this runs for every posting recorded.
        d: dict = {"akun": self.akun, "debit": self.debit, "kredit": self.kredit}
        if self.anggota is not None:
            d["anggota"] = self.anggota
        if self.pinjaman is not None:
            d["pinjaman"] = self.pinjaman
        if self.barang is not None:
            d["barang"] = self.barang
        if self.qty is not None:
            d["qty"] = self.qty
        if self.unit is not None:
            d["unit"] = self.unit
        return d

    @classmethod
    def dari_dict(cls, d: dict) -> "Baris":
        return cls(
            akun=d["akun"], debit=d.get("debit", 0), kredit=d.get("kredit", 0),
            anggota=d.get("anggota"), pinjaman=d.get("pinjaman"), barang=d.get("barang"),
            qty=d.get("qty"), unit=d.get("unit"),
        )


def debit(akun: str, jumlah: int, **tag) -> Baris:
    return Baris(akun=akun, debit=jumlah, **tag)


def kredit(akun: str, jumlah: int, **tag) -> Baris:
    return Baris(akun=akun, kredit=jumlah, **tag)


@dataclass(frozen=True)
class Entri:
    """A journal entry before it is posted (no id, no hash yet)."""

    tanggal: date
    baris: tuple[Baris, ...]
    ket: str
    jenis: str = "jurnal"  # what made it: kas-masuk, simpanan-setor, angsuran, batal, ...
    unit: str = "kantor"
    bukti: str | None = None
    membatalkan: str | None = None  # id of the entry this one reverses
    data: dict = field(default_factory=dict)  # command-specific facts (e.g. months of wajib paid)

    @property
    def bulan(self) -> Bulan:
        return Bulan.dari_tanggal(self.tanggal)

    @property
    def total_debit(self) -> int:
        return sum(b.debit for b in self.baris)

    @property
    def total_kredit(self) -> int:
        return sum(b.kredit for b in self.baris)


def validasi_isi(unit, baris, bagan: BaganAkun, unit_sah) -> list[Galat]:
    """THE entry rules on an entry's content, in one place: every reason it may not be posted
    (an empty list means it may), like beancount's validation. `baris` is a sequence of
    `(akun, debit, kredit, unit)`, so an entry being recorded (`validasi_entri`) and a stored
    record (`validasi_rekaman`, used by `periksa`) go through the same code:

    - at least two postings; each amount exactly an int (not bool), not negative, at most
      `MAKS_JUMLAH`, on one side only; each account in the chart; each unit (the entry's and a
      posting's own) among the profile's units;
    - debits equal credits (checked when every posting passed).

    The description and voucher are checked apart (`_galat_teks`), after the period rules in
    `validasi_entri`, so that the reasons come in the order a user fixes them.

    Written for speed (it runs for every entry `periksa` reads and every entry recorded): an
    entry that passes creates nothing but the empty list."""
    galat: list[Galat] = []
    if len(baris) < 2:
        galat.append(Galat("entri_kurang_baris"))
    td = tk = 0
    for akun, d, k, u in baris:
        if not (type(d) is int or (isinstance(d, int) and not isinstance(d, bool))) \
                or not (type(k) is int or (isinstance(k, int) and not isinstance(k, bool))):
            galat.append(Galat("baris_bukan_rupiah", akun=akun))
        elif d < 0 or k < 0:
            galat.append(Galat("baris_negatif", akun=akun))
        elif d > MAKS_JUMLAH or k > MAKS_JUMLAH:
            galat.append(Galat("baris_terlalu_besar", akun=akun))
        elif (d > 0) == (k > 0):
            galat.append(Galat("baris_satu_sisi", akun=akun))
        else:
            td += d
            tk += k
        if akun not in bagan:
            galat.append(Galat("akun_tidak_ada", nilai=akun))
        if u is not None and u not in unit_sah:
            galat.append(Galat("unit_tidak_ada", nilai=u, sah=", ".join(sorted(unit_sah))))
    if unit not in unit_sah:
        galat.append(Galat("unit_tidak_ada", nilai=unit, sah=", ".join(sorted(unit_sah))))
    if not galat and td != tk:
        galat.append(Galat("entri_tidak_seimbang", debit=td, kredit=tk))
    return galat


def _galat_teks(ket, bukti) -> list[Galat]:
    # Text is text: whatever path built the entry (a command, an import, a script), its
    # description and voucher hold no control, bidirectional or zero-width character.
    galat = []
    for medan, isi in (("ket", ket), ("bukti", bukti)):
        if isi:
            kar = karakter_terlarang(str(isi))
            if kar is not None:
                galat.append(Galat("teks_karakter_terlarang", medan=medan, karakter=kar))
    return galat


def validasi_entri(
    entri: Entri, bagan: BaganAkun, unit_sah: set[str], bulan_tutup: set[str] | frozenset | dict = frozenset(), *,
    mulai: date | None = None, tutup_awal: str | None = None, batal: dict | None = None,
) -> list[Galat]:
    """Every reason this entry may not be posted; an empty list means it may: the content rules
    (`validasi_isi`), then the book's period rules when given: not in a closed month
    (`bulan_tutup`), nor before the earliest closed one (`tutup_awal`: months are closed in
    order, so a month before it is history the statements no longer read), nor dated before the
    books' start (`mulai`), nor reversing an entry already reversed (`batal`: id -> reversal)."""
    galat = validasi_isi(entri.unit, [(b.akun, b.debit, b.kredit, b.unit) for b in entri.baris], bagan, unit_sah)
    t = entri.tanggal
    bulan = f"{t.year:04d}-{t.month:02d}"
    if bulan in bulan_tutup:
        galat.append(Galat("periode_tutup", bulan=bulan))
    galat += _galat_teks(entri.ket, entri.bukti)
    if tutup_awal is not None and bulan < tutup_awal and (mulai is None or t >= mulai):
        galat.append(Galat("periode_tutup", bulan=bulan))
    if mulai is not None and t < mulai:
        galat.append(Galat("sebelum_mulai", tanggal=t.isoformat(), mulai=mulai.isoformat()))
    if batal and entri.membatalkan and entri.membatalkan in batal:
        galat.append(Galat("sudah_dibatalkan", id=entri.membatalkan, oleh=batal[entri.membatalkan]))
    return galat


def validasi_rekaman(r: dict, bagan: BaganAkun, unit_sah) -> list[Galat]:
    """`validasi_isi` of a stored record (what `periksa` checks on every entry it reads). A record
    too damaged to read raises KeyError, TypeError, ValueError or AttributeError, as
    `dari_rekaman` does."""
    date.fromisoformat(r["tanggal"])
    baris = [(b["akun"], b.get("debit", 0), b.get("kredit", 0), b.get("unit")) for b in r["baris"]]
    return validasi_isi(r.get("unit", "kantor"), baris, bagan, unit_sah) \
        + _galat_teks(r.get("ket", ""), r.get("bukti"))


def format_id(seq: int) -> str:
    """Readable, sequential entry ids: J000001, J000002, ..."""
    return f"J{seq:06d}"


def format_batch(seq: int) -> str:
    """A unit of work's batch id: B and the number of its first entry (B000123)."""
    return f"B{seq:06d}"


def ke_rekaman(entri: Entri, seq: int, dicatat: str, hash_sebelum: str, batch: str | None = None) -> dict:
    """The stored form of a posted entry, with its place in the hash chain. `batch` names the
    unit of work (one command) that posted it; every entry of that unit carries the same one."""
    r = {
        "id": format_id(seq),
        "seq": seq,
        "tanggal": entri.tanggal.isoformat(),
        "dicatat": dicatat,
        "jenis": entri.jenis,
        "unit": entri.unit,
        "ket": entri.ket,
        "bukti": entri.bukti,
        "membatalkan": entri.membatalkan,
        "data": entri.data,
        "baris": [b.ke_dict() for b in entri.baris],
        "sebelum": hash_sebelum,
    }
    if batch is not None:
        r["batch"] = batch
    r["hash"] = hash_rekaman(r)
    return r


def hash_rekaman(r: dict) -> str:
    """SHA-256 over the entry's canonical JSON (all fields but the hash itself)."""
    if "hash" in r:  # a posted record: hash a copy without it (a C-level copy, for periksa's speed)
        r = dict(r)
        del r["hash"]
    return hashlib.sha256(orjson.dumps(r, option=orjson.OPT_SORT_KEYS)).hexdigest()


def dari_rekaman(r: dict) -> Entri:
    return Entri(
        tanggal=date.fromisoformat(r["tanggal"]),
        baris=tuple(Baris.dari_dict(b) for b in r["baris"]),
        ket=r.get("ket", ""),
        jenis=r.get("jenis", "jurnal"),
        unit=r.get("unit", "kantor"),
        bukti=r.get("bukti"),
        membatalkan=r.get("membatalkan"),
        data=r.get("data") or {},
    )


def pembalik(r: dict, tanggal: date, alasan: str) -> Entri:
    """The reversing entry for a posted entry: every posting on the other side."""
    asli = dari_rekaman(r)
    baris = tuple(
        Baris(
            akun=b.akun, debit=b.kredit, kredit=b.debit, anggota=b.anggota, pinjaman=b.pinjaman,
            barang=b.barang, qty=(-b.qty if b.qty is not None else None), unit=b.unit,
        )
        for b in asli.baris
    )
    return Entri(
        tanggal=tanggal, baris=baris, ket=alasan, jenis="batal", unit=asli.unit,
        bukti=asli.bukti, membatalkan=r["id"], data={"jenis_asli": asli.jenis},
    )
