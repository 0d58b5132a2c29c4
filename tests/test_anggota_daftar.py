"""Registering members: numbers, NIK checks, the area rule, listing, masking, changes and their log."""

from __future__ import annotations

import json

from anggota_bantu import js, nik, ok, tambah
from conftest import isi_folder


def test_tambah_memberi_nomor_berurutan_dan_mencatat_pokok(cli):
    a = tambah(cli, "I Made Budi", 1)
    b = tambah(cli, "Ni Luh Sari", 2, perempuan=True)
    assert list(a)[:2] == ["no", "nama"]
    assert (a["no"], a["nama"], b["no"]) == ("0001", "I Made Budi", "0002")
    assert a["nik"] == "5171********0001"  # masked in the output too
    assert a["simpanan_pokok"] == 100_000 and a["entri"] == "J000001"
    # Two pokok of Rp 100.000 in cash: 1101 debit 200.000, 3101 credit 200.000.
    tb = {x["kode"]: (x["debit"], x["kredit"]) for x in js(cli, "laporan", "neraca-saldo", "--per", "2025-01-31")["akun"]}
    assert tb == {"1101": (200_000, 0), "3101": (0, 200_000)}
    assert js(cli, "simpanan", "saldo", "1") == {"no": "0001", "pokok": 100_000, "wajib": 0, "sukarela": 0}


def test_tanpa_pokok_tidak_mencatat_jurnal(cli):
    a = tambah(cli, "Budi", 1, extra=("--tanpa-pokok",))
    assert a["entri"] is None and a["simpanan_pokok"] == 0
    assert js(cli, "simpanan", "saldo", "0001")["pokok"] == 0


def test_nik_ganda_ditolak_menyebut_anggota_pertama(cli, kop):
    tambah(cli, "I Made Budi", 1)
    sebelum = isi_folder(kop)
    r = cli("anggota", "tambah", "--nama", "Orang Lain", "--nik", nik(1), "--jenis-kelamin", "L",
            "--alamat", "Tegal Harum", "--tanggal", "2025-02-01")
    assert r.exit_code == 1
    assert "0001" in r.stderr and "I Made Budi" in r.stderr
    assert nik(1) not in r.stderr  # the NIK itself is never repeated
    assert isi_folder(kop) == sebelum
    r = cli("anggota", "tambah", "--nama", "Orang Lain", "--nik", nik(1), "--jenis-kelamin", "L",
            "--alamat", "Tegal Harum", "--tanggal", "2025-02-01", lang="en")
    assert r.exit_code == 1 and "already belongs to member 0001 (I Made Budi)" in r.stderr


def test_nik_dengan_spasi_dibersihkan_dan_tetap_dianggap_ganda(cli):
    tambah(cli, "Budi", 1)
    spasi = " ".join([nik(1)[:4], nik(1)[4:8], nik(1)[8:12], nik(1)[12:]])
    r = cli("anggota", "tambah", "--nama", "B2", "--nik", spasi, "--jenis-kelamin", "L", "--alamat", "Tegal Harum")
    assert r.exit_code == 1 and "0001" in r.stderr


def test_jenis_kelamin_harus_cocok_dengan_nik(cli, kop):
    sebelum = isi_folder(kop)
    # 5171031505900001: day 15 -> a man; registering him as P is refused.
    r = cli("anggota", "tambah", "--nama", "Budi", "--nik", "5171031505900001", "--jenis-kelamin", "P",
            "--alamat", "Tegal Harum", "--tanggal", "2025-01-10")
    assert r.exit_code == 1
    assert "tidak cocok dengan NIK" in r.stderr and "ditambah 40" in r.stderr
    # 5171035505900002: day 55 = 15 + 40 -> a woman; L is refused.
    r = cli("anggota", "tambah", "--nama", "Sari", "--nik", "5171035505900002", "--jenis-kelamin", "L",
            "--alamat", "Tegal Harum", "--tanggal", "2025-01-10", lang="en")
    assert r.exit_code == 1 and "does not match the NIK" in r.stderr and "40" in r.stderr
    assert "5171035505900002" not in r.stderr
    assert isi_folder(kop) == sebelum


def test_nik_tidak_sah(cli, kop):
    sebelum = isi_folder(kop)
    for salah, kata in [
        ("517103150590001", "16 angka"),  # 15 digits
        ("5171031505900A01", "16 angka"),
        ("5171033205900001", "Tanggal lahir"),  # day 32
        ("5171038105900001", "Tanggal lahir"),  # day 81 (stdnum alone would read it as the 1st)
        ("5171031513900001", "Tanggal lahir"),  # month 13
        ("9971031505900001", "Kode wilayah"),  # no province 99
    ]:
        r = cli("anggota", "tambah", "--nama", "X", "--nik", salah, "--jenis-kelamin", "L", "--alamat", "Tegal Harum")
        assert r.exit_code == 1, salah
        assert kata in r.stderr, (salah, r.stderr)
        assert salah not in r.stderr
    assert isi_folder(kop) == sebelum


def test_tanggal_lahir_dicocokkan_dengan_nik(cli):
    r = cli("anggota", "tambah", "--nama", "X", "--nik", nik(1), "--jenis-kelamin", "L", "--alamat", "Tegal Harum",
            "--tgl-lahir", "1990-05-16")
    assert r.exit_code == 1 and "Tanggal lahir tidak cocok" in r.stderr
    a = tambah(cli, "X", 1, extra=("--tgl-lahir", "15/05/1990"))
    assert a["tgl_lahir"] == "1990-05-15"


def test_anggota_luar_wilayah_perlu_alasan(cli, kop):
    sebelum = isi_folder(kop)
    r = cli("anggota", "tambah", "--nama", "X", "--nik", nik(1), "--jenis-kelamin", "L",
            "--alamat", "Jl. Gatot Subroto Barat 5, Padangsambian Kaja")
    assert r.exit_code == 1 and "--luar-wilayah" in r.stderr and "Permenkop 2/2025" in r.stderr
    assert "Padangsambian" not in r.stderr  # the address is not repeated
    r = cli("anggota", "tambah", "--nama", "X", "--nik", nik(1), "--jenis-kelamin", "L", "--alamat", "Jl. Kenanga 2",
            "--desa", "Pemecutan Kaja")
    assert r.exit_code == 1
    assert isi_folder(kop) == sebelum
    a = tambah(cli, "X", 1, alamat="Jl. Gatot Subroto Barat 5, Padang Sambian Kaja",
               extra=("--luar-wilayah", "Pegawai kantor desa Tegal Harum"))
    assert a["desa"] == "Padang Sambian Kaja" and a["luar_wilayah"] == "Pegawai kantor desa Tegal Harum"
    # An address in the cooperative's own desa, or naming none, needs nothing.
    b = tambah(cli, "Y", 2, alamat="Jl. Kenanga 2")
    assert b["desa"] == "Tegal Harum" and b["luar_wilayah"] is None


def test_daftar_json_dan_penyamaran_nik(cli):
    tambah(cli, "I Made Budi", 1)
    tambah(cli, "Ni Luh Sari", 2, perempuan=True, tanggal="2025-02-03")
    d = js(cli, "anggota", "daftar")
    assert d == {"anggota": [
        {"no": "0001", "nama": "I Made Budi", "nik": "5171********0001", "jenis_kelamin": "L", "status": "aktif",
         "tanggal_masuk": "2025-01-10"},
        {"no": "0002", "nama": "Ni Luh Sari", "nik": "5171********0002", "jenis_kelamin": "P", "status": "aktif",
         "tanggal_masuk": "2025-02-03"},
    ]}
    penuh = js(cli, "anggota", "daftar", "--tampilkan-nik")
    assert [a["nik"] for a in penuh["anggota"]] == [nik(1), nik(2, perempuan=True)]
    r = ok(cli, "anggota", "daftar")
    assert "5171********0001" in r.stdout and nik(1) not in r.stdout
    r = ok(cli, "anggota", "daftar", "--format", "csv")
    assert nik(1) not in r.stdout and "5171********0001" in r.stdout
    assert [a["no"] for a in js(cli, "anggota", "daftar", "--cari", "sari")["anggota"]] == ["0002"]
    assert [a["no"] for a in js(cli, "anggota", "daftar", "--cari", nik(1))["anggota"]] == ["0001"]
    r = ok(cli, "anggota", "lihat", "1")
    assert "5171********0001" in r.stdout and nik(1) not in r.stdout
    assert js(cli, "anggota", "lihat", "1", "--tampilkan-nik")["nik"] == nik(1)


def test_ekspor_daftar_ke_berkas_tetap_disamarkan(cli, tmp_path):
    tambah(cli, "Budi", 1)
    for akhiran in ("csv", "json"):
        out = tmp_path / f"anggota.{akhiran}"
        ok(cli, "anggota", "daftar", "-o", str(out))
        isi = out.read_bytes()
        assert nik(1).encode() not in isi and b"5171********0001" in isi


def test_ubah_mencatat_lama_dan_baru_dan_lihat_menampilkan_riwayat(cli):
    tambah(cli, "I Made Budi", 1)
    h = js(cli, "anggota", "ubah", "1", "--alamat", "Jl. Kenanga 9, Tegal Harum", "--no-hp", "081234",
           "--tanggal", "2025-03-01", "--ket", "pindah rumah")
    assert h["perubahan"] == [
        {"kolom": "alamat", "lama": "Jl. Gunung Agung 1, Tegal Harum", "baru": "Jl. Kenanga 9, Tegal Harum"},
        {"kolom": "no_hp", "lama": None, "baru": "081234"},
    ]
    ok(cli, "anggota", "ubah", "1", "--nik", nik(7), "--tanggal", "2025-04-01")
    d = js(cli, "anggota", "lihat", "1")
    assert d["alamat"] == "Jl. Kenanga 9, Tegal Harum" and d["no_hp"] == "081234"
    assert [(r["tanggal"], r["kolom"]) for r in d["riwayat"]] == [
        ("2025-03-01", "alamat"), ("2025-03-01", "no_hp"), ("2025-04-01", "nik")]
    assert d["riwayat"][2]["lama"] == "5171********0001" and d["riwayat"][2]["baru"] == "5171********0007"
    r = ok(cli, "anggota", "lihat", "1")
    assert "Riwayat perubahan" in r.stdout and "pindah rumah" in r.stdout and nik(7) not in r.stdout
    # Nothing to change, or no field at all.
    assert cli("anggota", "ubah", "1", "--no-hp", "081234").exit_code == 1
    assert cli("anggota", "ubah", "1").exit_code == 2


def test_ubah_divalidasi_seperti_tambah(cli, kop):
    tambah(cli, "Budi", 1)
    tambah(cli, "Sari", 2, perempuan=True)
    sebelum = isi_folder(kop)
    r = cli("anggota", "ubah", "2", "--nik", nik(1))  # another member's NIK, and a man's
    assert r.exit_code == 1 and "0001" in r.stderr and "tidak cocok" in r.stderr
    r = cli("anggota", "ubah", "2", "--alamat", "Jl. Mawar 1, Sanur Kauh")
    assert r.exit_code == 1 and "--luar-wilayah" in r.stderr
    assert isi_folder(kop) == sebelum
    ok(cli, "anggota", "ubah", "2", "--alamat", "Jl. Mawar 1, Sanur Kauh", "--luar-wilayah", "izin rapat anggota")
    d = js(cli, "anggota", "lihat", "2")
    assert d["desa"] == "Sanur Kauh" and d["luar_wilayah"] == "izin rapat anggota"


def test_dry_run_tidak_menulis(cli, kop):
    sebelum = isi_folder(kop)
    r = cli("anggota", "tambah", "--nama", "Budi", "--nik", nik(1), "--jenis-kelamin", "L", "--alamat", "Tegal Harum",
            "--tanggal", "2025-01-10", "--dry-run")
    assert r.exit_code == 0 and "0001" in r.stdout
    assert isi_folder(kop) == sebelum


def test_nomor_tidak_dipakai_ulang_setelah_keluar(cli):
    tambah(cli, "A", 1)
    tambah(cli, "B", 2)
    ok(cli, "anggota", "keluar", "2", "--tanggal", "2025-02-01")
    c = tambah(cli, "C", 3, tanggal="2025-02-02")
    assert c["no"] == "0003"
    d = js(cli, "anggota", "daftar", "--status", "semua")
    assert [(a["no"], a["status"]) for a in d["anggota"]] == [("0001", "aktif"), ("0002", "keluar"), ("0003", "aktif")]
    assert [a["no"] for a in js(cli, "anggota", "daftar", "--status", "keluar")["anggota"]] == ["0002"]


def test_anggota_tidak_ada_dan_file_data_pribadi_hanya_pemilik(cli, kop):
    r = cli("anggota", "lihat", "0042")
    assert r.exit_code == 1 and "0042" in r.stderr
    tambah(cli, "Budi", 1)
    mode = (kop / "data" / "anggota.json").stat().st_mode & 0o777
    assert mode == 0o600
    data = json.loads((kop / "data" / "anggota.json").read_text())
    assert data["anggota"]["1"]["nik"] == nik(1)  # stored in full, owner-only
