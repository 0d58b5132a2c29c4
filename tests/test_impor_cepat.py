"""The fast paths of recording and importing (issue #7) give exactly what the plain ones give.

- `Buku.catat` checks a batch with `_validasi_banyak` (a quick check per entry, accounts and units
  looked up once per posting shape, `validasi` itself for any entry the quick check does not
  pass): the errors must be those of `validasi`, entry by entry.
- `ke_rekaman`, `tambah_ke_total` and `sambung_shard` were rewritten for speed: the records, their
  hashes, the month totals (key order too: it is in the bytes on disk) and the shard bytes must be
  those of the former code, kept here as the reference.
- One `catat` of many entries stages the same files, byte for byte, as one `catat` per entry.
- The import remembers parsed cells (`_Baris(..., ingat)`): the values and the problems must be
  those of parsing every cell afresh.
- The collector is paused during a bulk import and given back as it was.
"""

from __future__ import annotations

import csv
import gc
import hashlib
import shutil
from datetime import date, datetime
from unittest import mock

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import isi_folder
from koperasi_cli.core.galat import Galat
from koperasi_cli.core.jurnal import Baris, Entri, format_id, hash_rekaman, ke_rekaman
from koperasi_cli.ledger.buku import Buku, sambung_shard, tambah_ke_total

SEKARANG = "2026-01-15T10:00:00+08:00"
CEPAT = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


# ---- the former code, as the reference ------------------------------------------------------
def _ke_dict_lama(b: Baris) -> dict:
    d: dict = {"akun": b.akun, "debit": b.debit, "kredit": b.kredit}
    for k in ("anggota", "pinjaman", "barang", "qty", "unit"):
        v = getattr(b, k)
        if v is not None:
            d[k] = v
    return d


def _rekaman_lama(e: Entri, seq: int, dicatat: str, sebelum: str, batch: str | None = None) -> dict:
    r = {"id": format_id(seq), "seq": seq, "tanggal": e.tanggal.isoformat(), "dicatat": dicatat, "jenis": e.jenis,
         "unit": e.unit, "ket": e.ket, "bukti": e.bukti, "membatalkan": e.membatalkan, "data": e.data,
         "baris": [_ke_dict_lama(b) for b in e.baris], "sebelum": sebelum}
    if batch is not None:  # the unit of work's batch id (B + its first entry's number)
        r["batch"] = batch
    isi = dict(r)
    isi.pop("hash", None)
    r["hash"] = hashlib.sha256(orjson.dumps(isi, option=orjson.OPT_SORT_KEYS)).hexdigest()
    return r


def _tambah_ke_total_lama(total_akun: dict, total_tag: dict, rekaman: dict) -> None:
    unit_entri = rekaman.get("unit")
    for b in rekaman["baris"]:
        akun = b["akun"]
        d, k = b.get("debit", 0), b.get("kredit", 0)
        t = total_akun.get(akun)
        if t is None:
            total_akun[akun] = [d, k]
        else:
            t[0] += d
            t[1] += k
        neto, qty = d - k, b.get("qty") or 0
        for dim in ("anggota", "pinjaman", "barang", "unit"):
            nilai = b.get(dim) if dim != "unit" else (b.get("unit") or unit_entri)
            if nilai is None:
                continue
            per_dim = total_tag.get(dim)
            if per_dim is None:
                per_dim = total_tag[dim] = {}
            per_akun = per_dim.get(nilai)
            if per_akun is None:
                per_akun = per_dim[nilai] = {}
            s = per_akun.get(akun)
            if s is None:
                per_akun[akun] = [neto, qty]
            else:
                s[0] += neto
                s[1] += qty


def _sambung_lama(isi: bytes | None, rekaman: list[dict]) -> bytes:
    tambah = b",".join(b'"%d":' % r["seq"] + orjson.dumps(r) for r in rekaman)
    if isi is None or isi == b'{"entri":{}}':
        return b'{"entri":{' + tambah + b"}}"
    if isi.startswith(b'{"entri":{"') and isi.endswith(b"}}"):
        return isi[:-2] + b"," + tambah + b"}}"
    data = orjson.loads(isi)
    for r in rekaman:
        data["entri"][str(r["seq"])] = r
    return orjson.dumps(data)


def _catat_lama(buku: Buku, daftar: list[Entri]) -> list[dict]:
    """The former `Buku.catat` (validation aside: these entries are valid), entry by entry."""
    from koperasi_cli.ledger.buku import KEPALA, rel_shard, rel_tag

    dicatat = buku.sekarang()
    hasil = []
    batch = f"B{buku.kepala['seq'] + 1:06d}"  # a fresh unit of work: its first entry names the batch
    for e in daftar:
        k = buku.kepala
        seq = k["seq"] + 1
        r = _rekaman_lama(e, seq, dicatat, k["hash"], batch)
        b = str(e.bulan)
        if rel_shard(b) in buku._cache:
            buku.shard(b)["entri"][str(seq)] = r
            buku.tandai(rel_shard(b), buku.shard(b))
        else:
            buku._tambahan.setdefault(b, []).append(r)
        tb = k["bulan"].setdefault(b, {"n": 0, "akun": {}})
        tb["n"] += 1
        tb["akhir"] = max(tb.get("akhir", ""), r["tanggal"])
        tt = buku.total_tag_bulan(b)
        _tambah_ke_total_lama(tb["akun"], tt, r)
        buku.tandai(rel_tag(b), tt)
        k["seq"], k["hash"] = seq, r["hash"]
        if e.membatalkan:
            k["batal"][e.membatalkan] = r["id"]
        buku.tandai(KEPALA, k)
        buku.baru.append(r)
        hasil.append(r)
    return hasil


# ---- entries, valid and not ------------------------------------------------------------------
AKUN = ["1101", "1102", "1110", "1130", "2102", "3101", "3102", "4101"]
tag = st.one_of(st.none(), st.sampled_from(["0001", "0002", "0010"]))
unit_baris = st.sampled_from([None, None, "kantor", "simpan-pinjam", "sembako"])
data_entri = st.dictionaries(st.sampled_from(["simpanan", "anggota", "impor", "wajib_bulan", "zz", "a"]),
                             st.one_of(st.integers(-5, 5), st.text(max_size=4), st.lists(st.text(max_size=3), max_size=2)),
                             max_size=4)
# The ways an entry can be wrong (see `_buku_uji`: January closed, J000001 reversed, books from 2025).
SALAH = ["", "", "", "tutup", "sebelum-mulai", "dibatalkan", "unit", "unit-baris", "akun", "dua-sisi", "nol",
         "negatif", "campur", "bool", "pecahan", "timpang", "satu-baris"]


@st.composite
def entri(draw, salah: str | None = None) -> Entri:
    """A balanced entry of two or three postings with tags, valid when `salah` is "", else wrong in
    exactly that one way (drawn from SALAH when None)."""
    if salah is None:
        salah = draw(st.sampled_from(SALAH))
    akun = st.sampled_from(AKUN)
    n = draw(st.integers(2, 10**10))
    bagi = draw(st.integers(1, n - 1)) if draw(st.booleans()) else 0
    baris = [Baris(draw(akun), n, 0, unit=draw(unit_baris))]
    for k in ([n] if not bagi else [bagi, n - bagi]):
        baris.append(Baris(draw(akun), 0, k, anggota=draw(tag), pinjaman=draw(tag), barang=draw(tag),
                           qty=draw(st.one_of(st.none(), st.integers(-3, 3))), unit=draw(unit_baris)))
    hari = st.dates(date(2025, 2, 1), date(2025, 4, 10))
    unit, batal = draw(st.sampled_from(["kantor", "simpan-pinjam", "sembako"])), None
    if salah == "tutup":
        hari = st.dates(date(2025, 1, 1), date(2025, 1, 31))
    elif salah == "sebelum-mulai":
        hari = st.dates(date(2024, 12, 1), date(2024, 12, 31))
    elif salah == "dibatalkan":
        batal = "J000001"
    elif salah == "unit":
        unit = "tak-ada"
    elif salah == "unit-baris":
        baris[-1] = Baris(baris[-1].akun, 0, baris[-1].kredit, unit="tak-ada")
    elif salah == "akun":
        baris[0] = Baris("9999", n)
    elif salah in ("dua-sisi", "nol"):
        x = 0 if salah == "nol" else draw(st.integers(1, 9))
        baris.append(Baris(draw(akun), x, x))
    elif salah == "negatif":
        baris = [Baris(b.akun, -b.debit, -b.kredit, b.anggota) for b in baris]
    elif salah == "campur":  # negative on one side, positive on the other: debits n - x = credits n - x
        x = draw(st.integers(1, n - 1))
        baris = [Baris(baris[0].akun, n), Baris(draw(akun), -x, n - x)]
    elif salah == "bool":
        baris += [Baris("1101", True), Baris("4101", 0, True)]
    elif salah == "pecahan":
        baris += [Baris("1101", 1.0), Baris("4101", 0, 1)]
    elif salah == "timpang":  # unbalanced by one rupiah
        baris[0] = Baris(baris[0].akun, n + 1, unit=baris[0].unit)
    elif salah == "satu-baris":
        baris = [Baris(baris[0].akun, n)]
    # a valid entry's description and voucher hold no control, format or separator character
    teks = st.characters(blacklist_categories=("Cc", "Cf", "Cs", "Zl", "Zp"))
    return Entri(draw(hari), tuple(draw(st.permutations(baris))), draw(st.text(teks, max_size=8)),
                 draw(st.sampled_from(["jurnal", "simpanan-setor", "kas-masuk"])), unit,
                 draw(st.one_of(st.none(), st.text(teks, max_size=5))), batal, draw(data_entri))


sisi = st.one_of(st.integers(0, 1000), st.integers(-3, -1), st.sampled_from([True, False, 1.5, "5", None]))
entri_acak = st.builds(
    Entri, tanggal=st.dates(date(2024, 12, 20), date(2025, 4, 10)),
    baris=st.lists(st.builds(Baris, akun=st.sampled_from([*AKUN, "9999", ""]), debit=sisi, kredit=sisi, anggota=tag,
                             unit=st.sampled_from([None, "kantor", "tak-ada"])), max_size=3).map(tuple),
    ket=st.text(max_size=5), unit=st.sampled_from(["kantor", "simpan-pinjam", "tak-ada"]),
    membatalkan=st.one_of(st.none(), st.sampled_from(["J000001", "J000002"])),
)


def _buku_uji(akar) -> Buku:
    """The test books (from 2025-01-01), opened without writing, with January closed and J000001
    reversed (only in memory): every rule of `validasi` has something to refuse."""
    buku = Buku.buka(akar, coba=True)
    buku.kepala["tutup"]["2025-01"] = {"seq": 0}
    buku.kepala["batal"]["J000001"] = "J000009"
    return buku


def _galat(daftar: list[Galat]) -> list:
    return [(g.kode, g.param) for g in daftar]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(entri(), entri(), entri_acak), min_size=1, max_size=12))
def test_validasi_banyak_sama_dengan_validasi_per_entri(kop, daftar):
    """The batch check = `validasi` entry by entry, plus one rule only a batch has: an entry
    reversed a second time in the same batch (named with the first reversal's future id)."""
    from koperasi_cli.core.jurnal import format_id

    buku = _buku_uji(kop)
    try:
        harap, dalam = [], {}
        for i, e in enumerate(daftar):
            harap += buku.validasi(e)
            if e.membatalkan in dalam:
                harap.append(Galat("sudah_dibatalkan", id=e.membatalkan, oleh=dalam[e.membatalkan]))
            elif e.membatalkan:
                dalam[e.membatalkan] = format_id(buku.kepala["seq"] + i + 1)
        assert _galat(buku._validasi_banyak(daftar)) == _galat(harap)
    finally:
        buku.tutup()


def test_catat_menolak_seperti_validasi(kop):
    """A refused batch names every problem of every entry, in order, and stages nothing."""
    buku = _buku_uji(kop)
    try:
        baik = Entri(date(2025, 2, 3), (Baris("1101", 5), Baris("4101", 0, 5)), "ok")
        buruk = [Entri(date(2025, 1, 3), (Baris("1101", 5), Baris("4101", 0, 5)), "tutup"),  # closed month
                 Entri(date(2025, 2, 3), (Baris("1101", 5), Baris("9999", 0, 5)), "akun"),  # no such account
                 Entri(date(2025, 2, 3), (Baris("1101", 5), Baris("4101", 0, 4)), "timpang"),  # unbalanced
                 Entri(date(2024, 12, 3), (Baris("1101", 5), Baris("4101", 0, 5)), "awal")]  # before the books
        with pytest.raises(Galat) as e:
            buku.catat([baik, *buruk, baik])
        assert [g.kode for g in e.value.daftar] == ["periode_tutup", "akun_tidak_ada", "entri_tidak_seimbang",
                                                     "sebelum_mulai"]
        assert buku.kepala["seq"] == 0 and not buku.berkas_bertahap() and not buku.baru
        with pytest.raises(Galat) as e:
            buku.catat([baik, buruk[1]])
        assert e.value.kode == "akun_tidak_ada"
        # entries that pass the quick check never need the full one
        with mock.patch.object(Buku, "validasi", side_effect=AssertionError("validasi dipanggil")):
            assert [r["seq"] for r in buku.catat([baik] * 3)] == [1, 2, 3]
    finally:
        buku.tutup()


@CEPAT
@given(st.lists(entri(salah=""), min_size=1, max_size=8), st.integers(0, 3))
def test_rekaman_dan_total_sama_dengan_kode_lama(daftar, seq0):
    sebelum = "0" * 64
    akun_baru, tag_baru, akun_lama, tag_lama = {}, {}, {}, {}
    for i, e in enumerate(daftar):
        r = ke_rekaman(e, seq0 + i + 1, SEKARANG, sebelum)
        lama = _rekaman_lama(e, seq0 + i + 1, SEKARANG, sebelum)
        assert orjson.dumps(r) == orjson.dumps(lama)  # same keys in the same order, same values
        assert r["hash"] == hash_rekaman(r)
        tambah_ke_total(akun_baru, tag_baru, r)
        _tambah_ke_total_lama(akun_lama, tag_lama, lama)
        sebelum = r["hash"]
    assert orjson.dumps([akun_baru, tag_baru]) == orjson.dumps([akun_lama, tag_lama])


@settings(max_examples=40, deadline=None)
@given(st.lists(entri(salah=""), min_size=1, max_size=6),
       st.sampled_from([None, b'{"entri":{}}', b'{"entri":{"1":{"seq":1}}}', b'{"entri": {"1": {"seq": 1}}}']))
def test_sambung_shard_sama_dengan_kode_lama(daftar, isi):
    rekaman = [ke_rekaman(e, i + 2, SEKARANG, "0" * 64) for i, e in enumerate(daftar)]
    assert sambung_shard(isi, rekaman) == _sambung_lama(isi, rekaman)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(entri(salah=""), min_size=1, max_size=10), st.booleans())
def test_catat_sekaligus_sama_dengan_satu_per_satu_dan_kode_lama(kop, tmp_path_factory, daftar, bulan_dimuat):
    """The same files, byte for byte, whether a batch is recorded in one call, entry by entry, or
    by the former code (and whether a month's shard is already loaded or appended to unread)."""
    tmp = tmp_path_factory.mktemp("catat")
    with mock.patch.object(Buku, "sekarang", lambda self: SEKARANG):
        with Buku.buka(kop) as buku:  # one entry first, so the months have files on disk
            buku.catat(Entri(date(2025, 2, 1), (Baris("1101", 7), Baris("3104", 0, 7)), "modal"))
        isi = {}
        for cara in ("sekaligus", "satu", "lama"):
            akar = tmp / cara
            shutil.copytree(kop, akar)
            with Buku.buka(akar) as buku:
                if bulan_dimuat:
                    buku.shard("2025-02")
                if cara == "sekaligus":
                    hasil = buku.catat(daftar)
                elif cara == "satu":
                    hasil = [buku.catat(e)[0] for e in daftar]
                else:
                    hasil = _catat_lama(buku, daftar)
                assert [r["seq"] for r in hasil] == list(range(2, len(daftar) + 2))
            isi[cara] = isi_folder(akar)
        assert isi["sekaligus"] == isi["satu"] == isi["lama"]
        shutil.rmtree(kop / "data")  # the next example starts from empty books again


# ---- parsed cells remembered -------------------------------------------------------------------
sel = st.one_of(
    st.none(),
    st.sampled_from(["1", "0001", " 7 ", "20.000", "20rb", "1,5jt", "Rp 20.000", "0", "-5", "1,5", "12.34", "abc",
                     "wajib", "Sukarela", "pokok", "arisan", "2025-02-05", "05/02/2025", "5/2/2025", "31/02/2025",
                     "hari ini", "kemarin", "2099-01-01", "ya", "tidak", "Y", "mungkin", "P0001", "brs5", "L", "p",
                     "١٢", "x"]),
    st.sampled_from([1, 20000, 0, -3, 1.0, 20000.0, 1.5, True, False, date(2025, 2, 5), datetime(2025, 2, 5),
                     datetime(2025, 2, 5, 10, 30)]),
)
KOLOM = {"simpanan": ("no", "jenis", "jumlah", "tanggal", "bukti", "ket"),
         "angsuran": ("pinjaman", "jumlah", "tanggal", "bukti", "ket"),
         "penjualan": ("tanggal", "kode", "qty", "harga", "anggota", "kredit", "nota"),
         "anggota": ("nama", "jenis_kelamin", "alamat", "tanggal_masuk", "desa")}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(KOLOM)), st.data())
def test_sel_diingat_sama_dengan_diurai_ulang(jenis, data):
    from koperasi_cli.importers.impor import _Baris, _urai

    baris = data.draw(st.lists(st.fixed_dictionaries({k: sel for k in KOLOM[jenis]}), min_size=1, max_size=8))
    baris = baris + baris[:3]  # repeated rows: parsed from memory the second time
    hari_ini = date(2026, 1, 15)

    def urai(ingat):
        hasil = []
        for no, s in enumerate(baris, start=2):
            b = _Baris(no, s, ingat)
            v = _urai(None, jenis, b, hari_ini)
            hasil.append((v, [(g.baris, g.kolom, g.nilai, g.galat.kode, g.galat.param) for g in b.galat]))
        return hasil

    ingat: dict = {}
    assert urai(ingat) == urai(None)
    # and the remembered values are of the type parsed (1, 1.0 and True are one dict key, not one cell)
    assert all(type(v) is type(ingat[(k, t, x)]) for (k, t, x), v in ingat.items())


def test_sel_tak_bisa_jadi_kunci_diurai_biasa():
    from koperasi_cli.importers.impor import _Baris

    ingat: dict = {}
    b = _Baris(2, {"x": ["a", "b"]}, ingat)
    assert b.ambil("x", len, ingat=True) == 2 and not ingat


# ---- reading rows ----------------------------------------------------------------------------------
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.sampled_from(["", " ", "a", " b ", "1.000", "x y"]), max_size=7), max_size=8),
       st.permutations(["no", "jenis", "jumlah", "tanggal", "lain"]))
def test_baca_baris_pendek_dan_kosong(tmp_path, baris, header):
    from koperasi_cli.importers.baca import baca, petakan_header

    f = tmp_path / "b.csv"
    with f.open("w", encoding="utf-8", newline="") as h:
        w = csv.writer(h, delimiter=";")
        w.writerow(header)
        w.writerows(baris)
    kolom = {"no": (), "jenis": (), "jumlah": (), "tanggal": ()}
    peta, _ = petakan_header(header, kolom)
    harap = []
    for i, r in enumerate(baris, start=2):
        if not r:
            continue  # csv writes an empty row as a blank line, which reads back as []
        sel_ = [x.strip() or None for x in r]
        d = {nama: (sel_[p] if p < len(sel_) else None) for p, nama in peta.items()}
        if not all(v is None for v in d.values()):
            harap.append((i, d))
    dapat = list(baca(f, kolom, ("no",)))
    assert [d for _, d in dapat] == [d for _, d in harap]


# ---- the collector -----------------------------------------------------------------------------------
def test_gc_kembali_seperti_semula(kop, tmp_path):
    from koperasi_cli.importers.impor import GalatImpor, impor

    f = tmp_path / "s.csv"
    f.write_text("no;jenis;jumlah;tanggal\n9;sukarela;5.000;2025-02-01\n", encoding="utf-8")
    assert gc.isenabled()
    try:
        with Buku.buka(kop, coba=True) as buku, pytest.raises(GalatImpor):
            impor(buku, "simpanan", f)  # member 9 does not exist: refused
        assert gc.isenabled()
        gc.disable()
        with Buku.buka(kop, coba=True) as buku, pytest.raises(GalatImpor):
            impor(buku, "simpanan", f)
        assert not gc.isenabled()
    finally:
        gc.enable()
