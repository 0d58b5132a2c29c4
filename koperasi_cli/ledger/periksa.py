"""`koperasi periksa`: verify the whole ledger; a list of findings, empty when all hold.

Checks: every data file's SHA-256 against the head's list (any changed byte is found), the
hash chain and numbering in posting order, every entry balanced on known accounts and units,
each entry in its month's shard, stored totals equal to totals recomputed from the entries,
no entry posted into a month after it was closed (a month before the earliest closed one
counts as closed), no entry dated before the profile's `mulai`, the trial balance, the
balance sheet. `--jangkar ID:HASH` (see `periksa_jangkar`) checks anchors given from outside.
The services add their own checks (sub-ledgers against control accounts): the caller passes
them in (`periksa(buku, pemeriksa)`, the list is `layanan.periksa.PEMERIKSA`). The checks that
fold the whole journal are observers (`pengamat`) fed in one shared pass (`amati`), so the
journal is read twice: the ledger's own pass and theirs, not one each.

The journal is read one month at a time and nothing of a month is kept once it was checked but
its totals and, per entry, its hash and link (32 bytes each): memory stays flat as the books grow.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence

from koperasi_cli.core.galat import Galat
from koperasi_cli.core.jurnal import HASH_AWAL, format_id, hash_rekaman, validasi_rekaman
from koperasi_cli.ledger.berkas import baca_lapis
from koperasi_cli.ledger.buku import KEPALA, Buku, rel_shard, sha256, sidik_kepala, tambah_ke_total

_ABAIKAN = {"data/kunci", "data/komit.json", KEPALA}


def periksa_berkas(buku: Buku) -> list[Galat]:
    temuan = []
    # Files this unit of work has already staged (e.g. a month closed just before the next in
    # one unit) are its own, not yet on disk: they are not compared with the disk.
    bertahap = buku.berkas_bertahap()
    if KEPALA not in bertahap and buku.kepala.get("sidik") != sidik_kepala(buku.kepala):
        temuan.append(Galat("periksa_berkas_berubah", berkas=KEPALA))
    tercatat = {rel: h for rel, h in buku.kepala["berkas"].items() if rel not in bertahap}
    # A temporary file (`*.tmp`) is a write in progress or one a crash left: not part of the books
    # (opening under the lock clears it first). A lock-free snapshot (`Buku.buka_baca`) reads the
    # files of a committed write in progress from their temporary names.
    lapis = {rel: p for rel, p in getattr(buku, "_lapis", {}).items() if p.exists()}
    ada = {
        p.relative_to(buku.akar).as_posix()
        for p in (buku.akar / "data").rglob("*")
        if p.is_file() and not p.name.endswith(".tmp")
    } | set(lapis)
    for rel, h in sorted(tercatat.items()):
        if rel not in ada:
            temuan.append(Galat("periksa_berkas_hilang", berkas=rel))
        elif sha256(baca_lapis(buku.akar, lapis, rel) or b"") != h:
            temuan.append(Galat("periksa_berkas_berubah", berkas=rel))
    for rel in sorted(ada - set(buku.kepala["berkas"]) - _ABAIKAN):
        temuan.append(Galat("periksa_berkas_asing", berkas=rel))
    return temuan


class _Rantai:
    """Each entry's own hash and its `sebelum`, by entry number, in two flat arrays of 32 bytes
    per entry (about 20 MB for 300,000 entries, where the records themselves took a gigabyte):
    the chain is checked in posting order after the months were read one by one. Numbers outside
    1..head and values that are not 64 hex digits (a damaged book) are kept aside as they are."""

    def __init__(self, n: int):
        self.n = n
        self.hash = bytearray(32 * (n + 1))
        self.sebelum = bytearray(32 * (n + 1))
        self.ada = bytearray(n + 1)  # 0: not seen; 1: seen; 2: seen, damaged (breaks the chain)
        self.lain: dict[int, list] = {}  # seq -> [state, hash, sebelum] outside the arrays
        self.id_lain: dict[int, str] = {}  # seq -> the record's id, where it is not format_id(seq)

    @staticmethod
    def _bytes(h):
        if type(h) is str and len(h) == 64:
            try:
                return bytes.fromhex(h)
            except ValueError:
                return None
        return None

    def ada_(self, seq: int) -> int:
        if 0 < seq <= self.n and self.ada[seq]:
            return self.ada[seq]
        x = self.lain.get(seq)
        return x[0] if x else 0

    def simpan(self, seq: int, keadaan: int, h, sebelum) -> None:
        hb, sb = self._bytes(h), self._bytes(sebelum)
        if 0 < seq <= self.n and hb is not None and sb is not None:
            i = 32 * seq
            self.hash[i:i + 32] = hb
            self.sebelum[i:i + 32] = sb
            self.ada[seq] = keadaan
            self.lain.pop(seq, None)
        else:
            if 0 < seq <= self.n:
                self.ada[seq] = 0
            self.lain[seq] = [keadaan, h, sebelum]

    def nilai(self, seq: int) -> tuple:
        """(hash, sebelum) as stored (hex strings or whatever the record held)."""
        x = self.lain.get(seq)
        if x is not None:
            return x[1], x[2]
        i = 32 * seq
        return bytes(self.hash[i:i + 32]).hex(), bytes(self.sebelum[i:i + 32]).hex()

    def maks(self) -> int:
        top = max(self.lain, default=0)
        for seq in range(self.n, 0, -1):
            if self.ada[seq]:
                return max(top, seq)
        return top


def _bulan_jurnal(buku: Buku) -> list[str]:
    """The months the journal has: the shards on disk and the months the head records."""
    bulan_shard = set()
    for path in (buku.akar / "data" / "jurnal").glob("*.json"):
        if not path.name.endswith(".tag.json"):
            bulan_shard.add(path.stem)
    return sorted(bulan_shard | set(buku.kepala["bulan"]))


def periksa_jurnal(buku: Buku, hanya_bulan: set[str] | None = None, mulai: tuple[int, str] | None = None) -> list[Galat]:
    """The journal entry by entry, one month at a time (one month's records in memory, never
    kept: `Buku.shard(bulan, simpan=False)`). With `hanya_bulan` only those months' files are
    read, and the chain is checked from `mulai` (an entry number and its hash, stored at a
    closing) on."""
    temuan: list[Galat] = []
    per_seq: list[tuple[int, int, Galat]] = []  # findings of one entry: sorted by number at the end
    k = buku.kepala
    tutup_kepala = k["tutup"]
    rantai = _Rantai(k["seq"] if isinstance(k.get("seq"), int) and 0 <= k["seq"] < 10**8 else 0)
    awal_seq, sebelum_awal = mulai if mulai else (0, HASH_AWAL)
    bagan, unit_sah = buku.bagan, buku.profil.unit
    tutup_awal = min(tutup_kepala, default=None)
    mulai_buku = buku.profil.mulai.isoformat()
    batal: dict[str, str] = {}
    for b in _bulan_jurnal(buku):
        if hanya_bulan is not None and b not in hanya_bulan:
            continue
        try:
            sh = buku.shard(b, simpan=False)
        except Galat as g:
            temuan.append(g)
            continue
        if not isinstance(sh, dict) or not isinstance(sh.get("entri"), dict):
            temuan.append(Galat("berkas_rusak", berkas=rel_shard(b)))
            continue
        entri = sh["entri"]
        total_akun: dict = {}
        total_tag: dict = {}
        tutup = tutup_kepala.get(b)
        if tutup is None and tutup_awal is not None and b < tutup_awal:
            tutup = tutup_kepala[tutup_awal]  # before the earliest closed month: closed with it
        seq_tutup = tutup.get("seq", 0) if tutup else None
        akhir = None
        for kunci, r in entri.items():
            if isinstance(r, dict):
                t = r.get("tanggal", "")
                if type(t) is str and (akhir is None or t > akhir):
                    akhir = t
            try:
                seq = int(r["seq"])
                if str(seq) != kunci or r["id"] != format_id(seq):
                    temuan.append(Galat("periksa_nomor_salah", id=str(r.get("id")), berkas=rel_shard(b)))
                if r["tanggal"][:7] != b:
                    temuan.append(Galat("periksa_bulan_salah", id=r["id"], berkas=rel_shard(b)))
                if rantai.ada_(seq):
                    temuan.append(Galat("periksa_nomor_ganda", id=r["id"]))
                tambah_ke_total(total_akun, total_tag, r)
            except (KeyError, TypeError, ValueError, AttributeError):
                temuan.append(Galat("periksa_entri_rusak", kunci=str(kunci), berkas=rel_shard(b)))
                continue
            if isinstance(r, dict):
                if r.get("membatalkan"):
                    batal[r["membatalkan"]] = r["id"]
            if seq <= awal_seq:
                continue
            # The entry's own checks (the chain's links are checked after every month was read).
            keadaan = 1
            try:
                if r.get("hash") != hash_rekaman(r):
                    per_seq.append((seq, 0, Galat("periksa_hash_salah", id=r["id"])))
                for g in validasi_rekaman(r, bagan, unit_sah):
                    per_seq.append((seq, 2, Galat("periksa_entri_tidak_sah", id=r["id"], sebab=g)))
                if tutup and seq > seq_tutup:
                    per_seq.append((seq, 2, Galat("periksa_entri_di_bulan_tutup", id=r["id"], bulan=b)))
                if r["tanggal"] < mulai_buku:
                    per_seq.append((seq, 2, Galat("periksa_sebelum_mulai", id=r["id"], tanggal=r["tanggal"], mulai=mulai_buku)))
            except (KeyError, TypeError, ValueError, AttributeError):
                per_seq.append((seq, 2, Galat("periksa_entri_rusak", kunci=str(seq), berkas=rel_shard(b))))
                keadaan = 2
            rantai.simpan(seq, keadaan, r.get("hash"), r.get("sebelum"))
            if r.get("id") != format_id(seq):
                rantai.id_lain[seq] = r.get("id")
        tersimpan = k["bulan"].get(b)
        if tersimpan is None or tersimpan.get("akun") != total_akun or tersimpan.get("n") != len(entri) \
                or tersimpan.get("akhir", akhir) != akhir:
            temuan.append(Galat("periksa_total_bulan", bulan=b))
        try:
            if buku.total_tag_bulan(b, simpan=False) != total_tag:
                temuan.append(Galat("periksa_total_tag", bulan=b))
        except Galat as g:
            temuan.append(g)
        del sh, entri, total_akun, total_tag
    # The chain, in posting order.
    maks = max(k["seq"], rantai.maks())
    sebelum = sebelum_awal
    ada, arr_hash, arr_sebelum, n = rantai.ada, rantai.hash, rantai.sebelum, rantai.n
    sebelum_b = _Rantai._bytes(sebelum)
    for seq in range(awal_seq + 1, maks + 1):
        keadaan = ada[seq] if seq <= n else 0
        if keadaan == 1:  # the common case, on the arrays: no strings made
            i = 32 * seq
            if sebelum_b is not None:
                if arr_sebelum[i:i + 32] != sebelum_b:
                    per_seq.append((seq, 1, Galat("periksa_rantai_putus", id=rantai.id_lain.get(seq) or format_id(seq))))
            elif sebelum is not None:
                per_seq.append((seq, 1, Galat("periksa_rantai_putus", id=rantai.id_lain.get(seq) or format_id(seq))))
            sebelum_b = arr_hash[i:i + 32]
            sebelum = True  # known: held in sebelum_b
            continue
        keadaan = rantai.ada_(seq)
        if keadaan == 0:
            per_seq.append((seq, 1, Galat("periksa_entri_hilang", id=format_id(seq))))
            sebelum = sebelum_b = None
            continue
        h, sb = rantai.nilai(seq)
        lalu = bytes(sebelum_b).hex() if sebelum_b is not None else sebelum
        if lalu is not None and sb != lalu:
            per_seq.append((seq, 1, Galat("periksa_rantai_putus", id=rantai.id_lain.get(seq) or format_id(seq))))
        if keadaan == 2:
            sebelum = sebelum_b = None
        else:
            sebelum, sebelum_b = h, _Rantai._bytes(h)
    per_seq.sort(key=lambda x: (x[0], x[1]))
    temuan += [g for _, _, g in per_seq]
    terakhir = rantai.nilai(k["seq"])[0] if rantai.ada_(k["seq"]) else None
    if mulai is not None:  # only the entries since the closing are read: the head must end their chain
        if k["seq"] == awal_seq and k["hash"] != mulai[1]:
            temuan.append(Galat("periksa_kepala_salah"))
        elif k["seq"] > awal_seq and k["hash"] != terakhir:
            temuan.append(Galat("periksa_kepala_salah"))
        return temuan
    if batal != k.get("batal", {}):
        temuan.append(Galat("periksa_kepala_salah"))
    if any(not isinstance(t, dict) or t.get("seq", 0) > k["seq"] for t in k["tutup"].values()):
        temuan.append(Galat("periksa_kepala_salah"))
    ada_entri = rantai.maks() > 0
    if ada_entri and k["seq"] != rantai.maks():
        temuan.append(Galat("periksa_kepala_salah"))
    elif ada_entri and k["hash"] != terakhir:
        temuan.append(Galat("periksa_kepala_salah"))
    elif not ada_entri and (k["seq"] != 0 or k["hash"] != HASH_AWAL):
        temuan.append(Galat("periksa_kepala_salah"))
    return temuan


def periksa_neraca(buku: Buku) -> list[Galat]:
    """The trial balance, and the balance sheet at every month end (assets = liabilities +
    equity + the result not yet closed), from the per-month totals."""
    temuan = []
    kumulatif: dict[str, int] = {}
    for bulan in buku.bulan_ada():
        for akun, (d, k) in buku.kepala["bulan"][str(bulan)]["akun"].items():
            kumulatif[akun] = kumulatif.get(akun, 0) + d - k
        aset = sum(n for a, n in kumulatif.items() if a[0] == "1")
        pasiva = -sum(n for a, n in kumulatif.items() if a[0] in "23456")
        if aset != pasiva:
            temuan.append(Galat("periksa_neraca_timpang", bulan=str(bulan), aset=aset, pasiva=pasiva))
    saldo = buku.saldo_akun()
    d = sum(v[0] for v in saldo.values())
    kr = sum(v[1] for v in saldo.values())
    if d != kr:
        temuan.append(Galat("periksa_neraca_saldo", debit=d, kredit=kr))
    return temuan


def parse_jangkar(teks: str) -> tuple[int, str]:
    """"J000123:<64 hex>" -> (123, hash); a malformed anchor is a usage error (exit 2)."""
    import re

    from koperasi_cli.core.galat import PEMAKAIAN

    m = re.fullmatch(r"\s*[Jj](\d{1,12}):([0-9a-fA-F]{64})\s*", teks or "")
    if m is None:
        raise Galat("jangkar_tidak_sah", keluar=PEMAKAIAN, nilai=(teks or "")[:90])
    return int(m.group(1)), m.group(2).lower()


def periksa_jangkar(buku: Buku, jangkar: list[str]) -> list[Galat]:
    """Each anchor ("ID:HASH", from an earlier `info`, report or export) still held by the
    chain: the entry exists and carries that hash. A copy of the files taken before the entry
    and put back after it, or a history rewritten up to it, is found here even when every
    other check passes (the files agree with each other, not with what was reported)."""
    temuan = []
    with buku.alir():
        for seq, h in [parse_jangkar(j) for j in jangkar]:
            temuan += _satu_jangkar(buku, seq, h)
    return temuan


def _satu_jangkar(buku: Buku, seq: int, h: str) -> list[Galat]:
    id_ = format_id(seq)
    if seq == 0:
        ada = HASH_AWAL
    elif seq > buku.kepala["seq"]:
        ada = None
    else:
        try:
            ada = buku.cari_entri(id_).get("hash")
        except Galat:
            ada = None
    if ada is None:
        return [Galat("periksa_jangkar_hilang", id=id_, akhir=format_id(buku.kepala["seq"]))]
    if ada != h:
        return [Galat("periksa_jangkar_beda", id=id_)]
    return []


# An observer: `f(buku)` gives a generator that is primed with `next`, then receives every entry
# in posting order with `send(entri)`, and `send(None)` at the end; it returns its findings (at
# priming already when the book has nothing for it to read, e.g. no asset register).
Pengamat = Callable[[Buku], Generator[None, "dict | None", list[Galat]]]


def amati(buku: Buku, daftar: Sequence[Pengamat]) -> list[list[Galat]]:
    """Feed every entry of the journal, in one pass, to each observer; their findings, in order."""
    hasil: list = [None] * len(daftar)
    jalan = []
    for i, f in enumerate(daftar):
        g = f(buku)
        try:
            next(g)
        except StopIteration as selesai:  # nothing to read in this book (e.g. no asset register)
            hasil[i] = selesai.value
        else:
            jalan.append((i, g))
    if jalan:
        for r in buku.entri():
            for _, g in jalan:
                g.send(r)
    for i, g in jalan:
        try:
            g.send(None)
        except StopIteration as selesai:
            hasil[i] = selesai.value
        else:
            raise RuntimeError("an observer of periksa did not finish at the end of the journal")
    return hasil


def pengamat(f: Pengamat) -> Pengamat:
    """Mark `f` as an observer (`amati`) for `periksa`'s list of checks."""
    f.pengamat = True
    return f


def jalankan(buku: Buku, pemeriksa: Sequence[Callable]) -> list[Galat]:
    """The findings of the checks in `pemeriksa`, in the list's order: the observers among them
    (marked with `pengamat`) fed in one shared pass (`amati`), the others called as `f(buku)`."""
    amat = [f for f in pemeriksa if getattr(f, "pengamat", False)]
    dari_pengamat = dict(zip(amat, amati(buku, amat)))
    temuan: list[Galat] = []
    for f in pemeriksa:
        temuan += dari_pengamat[f] if f in dari_pengamat else f(buku)
    return temuan


def periksa(buku: Buku, pemeriksa: Sequence[Callable] = ()) -> list[Galat]:
    """Every check of the ledger, then (when the ledger itself holds) the checks in `pemeriksa`:
    the services' sub-ledgers against their control accounts, passed in by the caller
    (`layanan.periksa.PEMERIKSA`; a ledger module does not import services), run by `jalankan`.
    The months are read one at a time and not kept (`Buku.alir`), so the memory used does not
    grow with the number of months."""
    with buku.alir():
        temuan = periksa_berkas(buku)
        try:
            temuan += periksa_jurnal(buku)
        except Galat as g:
            temuan.append(g)
        if not temuan:
            temuan += periksa_neraca(buku)
            temuan += jalankan(buku, pemeriksa)
    return temuan
