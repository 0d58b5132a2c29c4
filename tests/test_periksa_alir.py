"""The streamed `periksa_jurnal` (one month in memory, the chain in flat arrays) reports every
finding the former one (every record in memory) reported, on books damaged at random: entries
deleted, renumbered, moved to another month, duplicated, their hash or link or amounts edited,
with the files' sums in the head recomputed so that only the journal's own checks can tell.
The former implementation is kept here as the reference."""

from __future__ import annotations

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from koperasi_cli.core.galat import Galat
from koperasi_cli.core.jurnal import HASH_AWAL, dari_rekaman, format_id, hash_rekaman, validasi_entri
from koperasi_cli.ledger.buku import Buku, rel_shard, sha256, sidik_kepala, tambah_ke_total
from koperasi_cli.ledger.periksa import periksa_jurnal
from tests.conftest import buka


def periksa_jurnal_lama(buku: Buku, hanya_bulan: set[str] | None = None, mulai: tuple[int, str] | None = None) -> list[Galat]:
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
            if False:
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


@pytest.fixture(scope="module")
def buku_contoh(tmp_path_factory):
    """Three months of entries (one reversal, one closed month), made once for the module."""
    from koperasi_cli.layanan.koperasi import daftarkan_koperasi
    from tests.conftest import IDENTITAS, Cli

    akar = tmp_path_factory.mktemp("periksa_alir") / "kop"
    daftarkan_koperasi(akar, dict(IDENTITAS))
    jalan = Cli(akar)

    def cli(*a):
        hasil = jalan(*a)
        assert hasil.exit_code == 0, hasil.output
    cli("kas", "masuk", "5jt", "--akun", "3104", "--ket", "Hibah", "--tanggal", "2025-01-05")
    cli("kas", "keluar", "150rb", "--akun", "6103", "--ket", "PLN", "--tanggal", "2025-01-31")
    cli("kas", "keluar", "75rb", "--akun", "6104", "--ket", "ATK", "--tanggal", "2025-02-03")
    cli("jurnal", "batal", "J000003", "--ket", "salah", "--tanggal", "2025-02-04")
    cli("kas", "masuk", "1jt", "--akun", "4402", "--ket", "Sewa tenda", "--tanggal", "2025-02-10")
    cli("kas", "keluar", "20rb", "--akun", "6104", "--ket", "Parkir", "--tanggal", "2025-03-02")
    cli("kas", "masuk", "300rb", "--akun", "4402", "--ket", "Sewa kursi", "--tanggal", "2025-02-20")
    cli("tutup-buku", "2025-01")
    return {p.relative_to(akar).as_posix(): p.read_bytes() for p in (akar / "data").rglob("*") if p.is_file()}, akar


ubahan = st.lists(st.tuples(
    st.sampled_from(["hapus", "nomor", "pindah", "ganda", "hash", "sebelum", "jumlah", "rusak", "hash_aneh"]),
    st.integers(0, 6), st.sampled_from(["2025-01", "2025-02", "2025-03"])), min_size=1, max_size=3)


def _rusak(akar, daftar):
    shard = {b: orjson.loads((akar / rel_shard(b)).read_bytes()) for b in ("2025-01", "2025-02", "2025-03")}
    for aksi, i, tujuan in daftar:
        semua = [(b, k) for b in sorted(shard) for k in sorted(shard[b]["entri"], key=int)]
        if not semua:
            break
        b, k = semua[i % len(semua)]
        r = shard[b]["entri"][k]
        if aksi == "hapus":
            del shard[b]["entri"][k]
        elif aksi == "nomor":
            r["seq"] = r["seq"] + 7
        elif aksi == "pindah":
            shard[tujuan]["entri"][k] = shard[b]["entri"].pop(k)
        elif aksi == "ganda":
            shard[tujuan]["entri"][k] = dict(r)
        elif aksi == "hash":
            r["hash"] = hash_rekaman({**r, "ket": "lain"})
        elif aksi == "hash_aneh":
            r["hash"] = "bukan-hex"
        elif aksi == "sebelum":
            r["sebelum"] = HASH_AWAL
        elif aksi == "jumlah":
            r["baris"][0]["debit"] = r["baris"][0].get("debit", 0) + 1
            r["hash"] = hash_rekaman(r)
        elif aksi == "rusak":
            r.pop("tanggal", None)
    kepala_path = akar / "data" / "kepala.json"
    k = orjson.loads(kepala_path.read_bytes())
    for b, data in shard.items():
        isi = orjson.dumps(data)
        (akar / rel_shard(b)).write_bytes(isi)
        k["berkas"][rel_shard(b)] = sha256(isi)
    k["sidik"] = sidik_kepala(k)
    kepala_path.write_bytes(orjson.dumps(k))


def _kode(temuan):
    return {(g.kode, str(g.param.get("id", g.param.get("bulan", "")))) for g in temuan}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ubahan)
def test_temuan_lama_tetap_ditemukan(buku_contoh, daftar):
    asli, akar = buku_contoh
    for rel, isi in asli.items():
        (akar / rel).write_bytes(isi)
    _rusak(akar, daftar)
    with buka(akar, coba=True) as b:
        lama = periksa_jurnal_lama(b)
    with buka(akar, coba=True) as b:
        with b.alir():
            baru = periksa_jurnal(b)
    assert _kode(lama) <= _kode(baru)
    assert bool(lama) == bool(baru)


def test_buku_utuh_sama(buku_contoh):
    asli, akar = buku_contoh
    for rel, isi in asli.items():
        (akar / rel).write_bytes(isi)
    with buka(akar, coba=True) as b:
        assert periksa_jurnal_lama(b) == [] == periksa_jurnal(b)


def test_periksa_tidak_menyimpan_bulan(buku_contoh):
    """The months read are not kept: after `periksa`, no journal month is in the book's memory."""
    from koperasi_cli.layanan.periksa import periksa

    asli, akar = buku_contoh
    for rel, isi in asli.items():
        (akar / rel).write_bytes(isi)
    with Buku.buka_untuk_baca(akar) as b:
        assert periksa(b) == []
        assert [r for r in b._cache if r.startswith("data/jurnal/") and not r.endswith(".tag.json")] == []
