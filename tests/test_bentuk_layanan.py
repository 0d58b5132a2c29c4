"""The service layer's shape (issue #16): one batch path for deposits, shared by `simpanan setor`
and `impor simpanan`; the allocation of wajib months written once; `jurnal daftar` built by the
library with the member number normalised."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from anggota_bantu import js, tambah
from conftest import buka
from koperasi_cli.core.simpanan import alokasi_wajib_berjalan, ringkas_bulan
from koperasi_cli.core.tanggal import Bulan


def _isi(r: dict) -> tuple:
    """What an entry says, without its id, hash, time of recording and the import's fingerprint."""
    data = {k: v for k, v in r["data"].items() if k != "impor"}
    return r["tanggal"], r["ket"], r["jenis"], r["unit"], r.get("bukti"), data, r["baris"]


def test_setor_satu_per_satu_sama_dengan_setor_banyak(tmp_path):
    """Deposits one `setor` at a time and the same deposits in one `setor_banyak` (the import's
    path) record the same entries and the same wajib cache."""
    from koperasi_cli.layanan import keanggotaan, simpanan
    from koperasi_cli.layanan.koperasi import daftarkan_koperasi
    from koperasi_cli.layanan.simpanan import Setoran
    from conftest import IDENTITAS
    from anggota_bantu import nik

    setoran = [
        Setoran("1", "wajib", 60_000, date(2025, 1, 20)),  # 60.000 / 20.000 = 3 months: 2025-01..2025-03
        Setoran("0002", "sukarela", 125_000, date(2025, 1, 21), "K-1", "titipan"),
        Setoran("1", "wajib", 40_000, date(2025, 2, 5)),  # 2 more: 2025-04..2025-05
        Setoran("2", "wajib", 20_000, date(2025, 2, 6)),  # member 0002's first month: 2025-01
    ]
    hasil = {}
    for cara in ("satu", "banyak"):
        akar = tmp_path / cara
        daftarkan_koperasi(akar, dict(IDENTITAS))
        with buka(akar) as buku:
            for i in (1, 2):
                keanggotaan.masuk(buku, nama=f"A{i}", nik=nik(i), jenis_kelamin="L", alamat="Tegal Harum",
                                  tanggal=date(2025, 1, 10))
            if cara == "satu":
                h = [simpanan.setor(buku, s.no, s.jenis, s.jumlah, tanggal=s.tanggal, bukti=s.bukti, ket=s.ket)
                     for s in setoran]
                assert [x["bulan"] for x in h] == [["2025-01", "2025-02", "2025-03"], None,
                                                   ["2025-04", "2025-05"], ["2025-01"]]
            else:
                rek, galat = simpanan.setor_banyak(buku, setoran)
                assert galat == [] and len(rek) == 4
        with buka(akar, coba=True) as buku:
            hasil[cara] = ([_isi(r) for r in buku.entri()], [dict(d) for d in buku.tabel("simpanan", "wajib").all()],
                           simpanan.saldo(buku, "1"))
    assert hasil["satu"] == hasil["banyak"]
    # Member 0001: pokok 100.000, wajib 60.000 + 40.000 = 100.000.
    assert hasil["satu"][2] == {"no": "0001", "pokok": 100_000, "wajib": 100_000, "sukarela": 0}
    assert hasil["satu"][0][2][1] == "Simpanan wajib 0001 A1 (2025-01..2025-03)"  # after the two pokok


def test_setor_banyak_menolak_semua_atau_tidak_sama_sekali(kop):
    from koperasi_cli.layanan import keanggotaan, simpanan
    from koperasi_cli.layanan.simpanan import Setoran
    from anggota_bantu import nik
    from conftest import isi_folder

    with buka(kop) as buku:
        keanggotaan.masuk(buku, nama="A1", nik=nik(1), jenis_kelamin="L", alamat="Tegal Harum", tanggal=date(2025, 1, 10))
    sebelum = isi_folder(kop)
    with buka(kop) as buku:
        rek, galat = simpanan.setor_banyak(buku, [
            Setoran("1", "sukarela", 10_000, date(2025, 1, 11)),
            Setoran("9", "sukarela", 10_000, date(2025, 1, 11)),  # no such member
            Setoran("1", "wajib", 30_000, date(2025, 1, 12)),  # not a multiple of 20.000
            Setoran("1", "pokok", 1, date(2025, 1, 13)),  # pokok 100.000 already paid in full
            Setoran("1", "sukarela", 10_000, date(2025, 1, 9)),  # before joining on 2025-01-10
        ])
    assert rek == []
    assert [(g.indeks, g.kolom, g.galat.kode) for g in galat] == [
        (4, "tanggal", "sebelum_masuk"), (1, "no", "anggota_tidak_ada"), (2, "jumlah", "wajib_bukan_kelipatan"),
        (3, "jumlah", "pokok_lebih")]
    assert isi_folder(kop) == sebelum


def _alokasi_acuan(lunas: set[str], mulai: Bulan, n: int) -> list[str]:
    """The rule as the DOMAIN states it: the `n` oldest unpaid months from `mulai` on."""
    hasil, b = [], mulai
    while len(hasil) < n:
        if str(b) not in lunas:
            hasil.append(str(b))
        b = b.berikut()
    return hasil


@settings(max_examples=60, deadline=None)
@given(st.sets(st.integers(0, 30), max_size=12), st.lists(st.integers(1, 5), min_size=1, max_size=5))
def test_alokasi_wajib_berjalan_sama_dengan_aturannya(dibayar, pembayaran):
    mulai = Bulan(2025, 1)
    lunas = {f"{2025 + (i // 12):04d}-{i % 12 + 1:02d}" for i in dibayar}
    keadaan = [set(lunas), 2025 * 12 + 0]
    acuan = set(lunas)
    for n in pembayaran:
        bulan, ringkas = alokasi_wajib_berjalan(keadaan, n)
        assert bulan == _alokasi_acuan(acuan, mulai, n)
        assert ringkas == ringkas_bulan(bulan)
        acuan |= set(bulan)


def test_jurnal_daftar_anggota_dinormalkan(cli):
    """`--anggota 1` finds member 0001's entries, as `--anggota 0001` does (it found nothing)."""
    tambah(cli, "Budi", 1)  # J000001: pokok 100.000 of member 0001
    js(cli, "simpanan", "setor", "1", "sukarela", "50rb", "--tanggal", "2025-01-20")  # J000002
    for no in ("1", "01", "0001"):
        h = js(cli, "jurnal", "daftar", "2025-01", "--anggota", no)
        rows = h["entri"] if isinstance(h, dict) else h
        assert [r["id"] for r in rows] == ["J000001", "J000002"], no
