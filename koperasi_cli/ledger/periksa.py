"""`koperasi periksa`: verify the whole ledger; a list of findings, empty when all hold.

Checks: every data file's SHA-256 against the head's list (any changed byte is found), the
hash chain and numbering in posting order, every entry balanced on known accounts and units,
each entry in its month's shard, stored totals equal to totals recomputed from the entries,
no entry posted into a month after it was closed (a month before the earliest closed one
counts as closed), no entry dated before the profile's `mulai`, the trial balance, the
balance sheet. `--jangkar ID:HASH` (see `periksa_jangkar`) checks anchors given from outside.
Later capabilities add their own checks (sub-ledgers against control accounts) through
`PEMERIKSA_TAMBAHAN`.
"""

from __future__ import annotations

import importlib
from datetime import date

from koperasi_cli.core.galat import Galat
from koperasi_cli.core.jurnal import HASH_AWAL, dari_rekaman, format_id, hash_rekaman, validasi_entri
from koperasi_cli.ledger.buku import KEPALA, Buku, rel_shard, sha256, sidik_kepala, tambah_ke_total

# "module:function" of extra checks, each `f(buku) -> list[Galat]`.
PEMERIKSA_TAMBAHAN: list[str] = [
    "koperasi_cli.layanan.sembako:periksa_sembako",
    "koperasi_cli.layanan.simpanan:periksa_simpanan",
    "koperasi_cli.layanan.pinjaman:periksa_pinjaman",
    "koperasi_cli.layanan.berjangka:periksa_berjangka",
    "koperasi_cli.layanan.aset:periksa_aset",
    "koperasi_cli.layanan.utang_bank:periksa_utang_bank",
    "koperasi_cli.layanan.karyawan:periksa_gaji",
    "koperasi_cli.layanan.sewa:periksa_sewa",  # also the service receivables (piutang_usaha)
    "koperasi_cli.layanan.batch:periksa_batch",
]

_ABAIKAN = {"data/kunci", "data/komit.json", KEPALA}


def _baca(path, cadangan) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:  # a snapshot's temporary file renamed meanwhile: it is the final one now
        return cadangan.read_bytes()


def _sah_cepat(r: dict, akun_sah, unit_sah: set[str]) -> bool:
    """True when `validasi_entri` would find nothing in this stored entry (the common case),
    checked on the stored dict without building the entry; anything unusual returns False and
    goes the full way, which names the problem."""
    baris = r.get("baris")
    unit = r.get("unit", "kantor")
    if type(baris) is not list or len(baris) < 2 or type(unit) is not str or unit not in unit_sah:
        return False
    td = tk = 0
    for b in baris:
        if type(b) is not dict:
            return False
        d, k, akun, u = b.get("debit", 0), b.get("kredit", 0), b.get("akun"), b.get("unit")
        if type(d) is not int or type(k) is not int or d < 0 or k < 0 or (d > 0) == (k > 0):
            return False
        if type(akun) is not str or akun not in akun_sah or (u is not None and (type(u) is not str or u not in unit_sah)):
            return False
        td += d
        tk += k
    return td == tk


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
        path = lapis.get(rel, buku.akar / rel)
        if rel not in ada:
            temuan.append(Galat("periksa_berkas_hilang", berkas=rel))
        elif sha256(_baca(path, buku.akar / rel)) != h:
            temuan.append(Galat("periksa_berkas_berubah", berkas=rel))
    for rel in sorted(ada - set(buku.kepala["berkas"]) - _ABAIKAN):
        temuan.append(Galat("periksa_berkas_asing", berkas=rel))
    return temuan


def periksa_jurnal(buku: Buku, hanya_bulan: set[str] | None = None, mulai: tuple[int, str] | None = None) -> list[Galat]:
    """The journal entry by entry. With `hanya_bulan` only those months' files are read, and the
    chain is checked from `mulai` (an entry number and its hash, stored at a closing) on."""
    temuan: list[Galat] = []
    k = buku.kepala
    semua: dict[int, tuple[str, dict]] = {}
    bulan_shard = set()
    for path in sorted((buku.akar / "data" / "jurnal").glob("*.json")):
        if path.name.endswith(".tag.json"):
            continue
        bulan_shard.add(path.stem)
    for b in sorted(bulan_shard | set(k["bulan"])):
        if hanya_bulan is not None and b not in hanya_bulan:
            continue
        try:
            sh = buku.shard(b)
        except Galat as g:
            temuan.append(g)
            continue
        if not isinstance(sh, dict) or not isinstance(sh.get("entri"), dict):
            temuan.append(Galat("berkas_rusak", berkas=rel_shard(b)))
            continue
        total_akun: dict = {}
        total_tag: dict = {}
        for kunci, r in sh["entri"].items():
            try:
                seq = int(r["seq"])
                if str(seq) != kunci or r["id"] != format_id(seq):
                    temuan.append(Galat("periksa_nomor_salah", id=str(r.get("id")), berkas=rel_shard(b)))
                if r["tanggal"][:7] != b:
                    temuan.append(Galat("periksa_bulan_salah", id=r["id"], berkas=rel_shard(b)))
                if seq in semua:
                    temuan.append(Galat("periksa_nomor_ganda", id=r["id"]))
                semua[seq] = (b, r)
                tambah_ke_total(total_akun, total_tag, r)
            except (KeyError, TypeError, ValueError, AttributeError):
                temuan.append(Galat("periksa_entri_rusak", kunci=str(kunci), berkas=rel_shard(b)))
        tersimpan = k["bulan"].get(b)
        akhir = max((r.get("tanggal", "") for r in sh["entri"].values() if isinstance(r, dict)), default=None)
        if tersimpan is None or tersimpan.get("akun") != total_akun or tersimpan.get("n") != len(sh["entri"]) \
                or tersimpan.get("akhir", akhir) != akhir:
            temuan.append(Galat("periksa_total_bulan", bulan=b))
        try:
            if buku.total_tag_bulan(b) != total_tag:
                temuan.append(Galat("periksa_total_tag", bulan=b))
        except Galat as g:
            temuan.append(g)
    # The chain, in posting order.
    awal_seq, sebelum = mulai if mulai else (0, HASH_AWAL)
    unit_sah = set(buku.profil.unit)
    tutup_awal = min(k["tutup"], default=None)
    mulai_buku = buku.profil.mulai.isoformat()
    for seq in range(awal_seq + 1, max([k["seq"], *semua]) + 1):
        if seq not in semua:
            temuan.append(Galat("periksa_entri_hilang", id=format_id(seq)))
            sebelum = None
            continue
        b, r = semua[seq]
        try:
            if r.get("hash") != hash_rekaman(r):
                temuan.append(Galat("periksa_hash_salah", id=r["id"]))
            if sebelum is not None and r.get("sebelum") != sebelum:
                temuan.append(Galat("periksa_rantai_putus", id=r["id"]))
            sebelum = r.get("hash")
            if _sah_cepat(r, buku.bagan, unit_sah):
                date.fromisoformat(r["tanggal"])
            else:
                e = dari_rekaman(r)
                for g in validasi_entri(e, buku.bagan, unit_sah):
                    temuan.append(Galat("periksa_entri_tidak_sah", id=r["id"], sebab=g))
            tutup = k["tutup"].get(b)
            if tutup is None and tutup_awal is not None and b < tutup_awal:
                tutup = k["tutup"][tutup_awal]  # before the earliest closed month: closed with it
            if tutup and seq > tutup.get("seq", 0):
                temuan.append(Galat("periksa_entri_di_bulan_tutup", id=r["id"], bulan=b))
            if r["tanggal"] < mulai_buku:
                temuan.append(Galat("periksa_sebelum_mulai", id=r["id"], tanggal=r["tanggal"], mulai=mulai_buku))
        except (KeyError, TypeError, ValueError, AttributeError):
            temuan.append(Galat("periksa_entri_rusak", kunci=str(seq), berkas=rel_shard(b)))
            sebelum = None
    if mulai is not None:  # only the entries since the closing are read: the head must end their chain
        if k["seq"] == awal_seq and k["hash"] != mulai[1]:
            temuan.append(Galat("periksa_kepala_salah"))
        elif k["seq"] > awal_seq and k["hash"] != (semua.get(k["seq"], (None, {}))[1] or {}).get("hash"):
            temuan.append(Galat("periksa_kepala_salah"))
        return temuan
    batal = {r["membatalkan"]: r["id"] for _, r in semua.values() if isinstance(r, dict) and r.get("membatalkan")}
    if batal != k.get("batal", {}):
        temuan.append(Galat("periksa_kepala_salah"))
    if any(not isinstance(t, dict) or t.get("seq", 0) > k["seq"] for t in k["tutup"].values()):
        temuan.append(Galat("periksa_kepala_salah"))
    if semua and k["seq"] != max(semua):
        temuan.append(Galat("periksa_kepala_salah"))
    elif semua and k["hash"] != semua[max(semua)][1].get("hash"):
        temuan.append(Galat("periksa_kepala_salah"))
    elif not semua and (k["seq"] != 0 or k["hash"] != HASH_AWAL):
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
    for seq, h in [parse_jangkar(j) for j in jangkar]:
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
            temuan.append(Galat("periksa_jangkar_hilang", id=id_, akhir=format_id(buku.kepala["seq"])))
        elif ada != h:
            temuan.append(Galat("periksa_jangkar_beda", id=id_))
    return temuan


def periksa(buku: Buku) -> list[Galat]:
    temuan = periksa_berkas(buku)
    try:
        temuan += periksa_jurnal(buku)
    except Galat as g:
        temuan.append(g)
    if not temuan:
        temuan += periksa_neraca(buku)
        for nama in PEMERIKSA_TAMBAHAN:
            modul, fungsi = nama.split(":")
            temuan += getattr(importlib.import_module(modul), fungsi)(buku)
    return temuan


