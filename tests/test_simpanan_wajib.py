"""The monthly simpanan wajib bill: arrears, rapel, the collection list and its one-command payment."""

from __future__ import annotations

from datetime import date

from anggota_bantu import js, ok, tambah
from conftest import buka, isi_folder


def test_tunggakan_setahun_dengan_rapel(cli, kop):
    tambah(cli, "Budi", 1, tanggal="2025-01-10")
    tambah(cli, "Sari", 2, perempuan=True, tanggal="2025-06-20")
    ok(cli, "simpanan", "setor", "1", "wajib", "20rb", "--tanggal", "2025-01-15")  # January
    h = js(cli, "simpanan", "setor", "1", "wajib", "100rb", "--tanggal", "2025-07-05")  # rapel: 5 months
    assert h["bulan"] == ["2025-02", "2025-03", "2025-04", "2025-05", "2025-06"]
    # By December Budi owes July..December: 6 months x 20.000 = 120.000;
    # Sari, who joined in June and paid nothing, owes June..December: 7 x 20.000 = 140.000.
    d = js(cli, "simpanan", "tagih-wajib", "2025-12")
    assert d["anggota"] == [
        {"no": "0001", "nama": "Budi", "bulan": ["2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12"],
         "jumlah_bulan": 6, "jumlah": 120_000},
        {"no": "0002", "nama": "Sari", "bulan": ["2025-06", "2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12"],
         "jumlah_bulan": 7, "jumlah": 140_000},
    ]
    assert d["total"] == 260_000 and d["jumlah_anggota"] == 2 and d["dibayar"] is False
    r = ok(cli, "simpanan", "saldo", "1", "--per", "2025-12-31")
    assert "6 bulan (2025-07..2025-12)" in r.stdout
    with buka(kop, coba=True) as buku:
        from koperasi_cli.layanan import anggota, simpanan

        assert simpanan.wajib_belum_dibayar(buku, anggota.ambil(buku, "1"), date(2025, 12, 31)) == [
            "2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12"]
    # A rapel of 140.000 in January 2026 covers the six months in arrears first, then January 2026.
    h = js(cli, "simpanan", "setor", "1", "wajib", "140rb", "--tanggal", "2026-01-10")
    assert h["bulan"] == ["2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12", "2026-01"]
    # 20.000 + 100.000 + 140.000 = 260.000 = 13 months, January 2025 to January 2026.
    assert h["saldo"]["wajib"] == 260_000
    d = js(cli, "simpanan", "tagih-wajib", "2026-01")
    assert [(a["no"], a["jumlah_bulan"], a["jumlah"]) for a in d["anggota"]] == [("0002", 8, 160_000)]


def test_bayar_di_muka_dan_anggota_lama_ditagih_sejak_buku_dimulai(cli):
    tambah(cli, "Budi", 1)
    tambah(cli, "Lama", 2, tanggal="2024-06-01", extra=("--tanpa-pokok",))
    h = js(cli, "simpanan", "setor", "1", "wajib", "240rb", "--tanggal", "2025-01-20")
    assert h["bulan"][0] == "2025-01" and h["bulan"][-1] == "2025-12"
    d = js(cli, "simpanan", "tagih-wajib", "2025-06")
    # Budi paid ahead; the member from before the books start is billed from January 2025 (books start).
    assert [(a["no"], a["bulan"][0], a["jumlah_bulan"]) for a in d["anggota"]] == [("0002", "2025-01", 6)]


def test_tagih_wajib_bayar_mencatat_semua_kecuali_dalam_satu_tulisan(cli, kop, monkeypatch):
    from koperasi_cli.ledger import berkas

    for i, nama in enumerate(["Budi", "Sari", "Komang"], start=1):
        tambah(cli, nama, i, perempuan=(nama == "Sari"))
    ok(cli, "simpanan", "setor", "3", "wajib", "20rb", "--tanggal", "2025-01-20")
    tulis = []
    asli = berkas.tulis_atomik
    monkeypatch.setattr(berkas, "tulis_atomik", lambda akar, b: (tulis.append(sorted(b)), asli(akar, b)))
    d = js(cli, "simpanan", "tagih-wajib", "2025-03", "--bayar", "--kecuali", "2", "--tanggal", "2025-03-25",
           "--bukti", "LW-03")
    assert len(tulis) == 1  # one collection sheet, one atomic write
    assert "data/simpanan.json" in tulis[0] and "data/jurnal/2025-03.json" in tulis[0]
    # Budi owed January..March (60.000), Komang February..March (40.000); Sari did not pay.
    assert d["dibayar"] and d["kecuali"] == ["0002"] and d["total_dibayar"] == 100_000
    assert d["entri"] == ["J000005", "J000006"]
    with buka(kop, coba=True) as buku:
        r = buku.cari_entri("J000006")
        assert r["bukti"] == "LW-03" and r["data"]["wajib_bulan"] == ["2025-02", "2025-03"]
        assert [(b["akun"], b["debit"], b["kredit"], b.get("anggota")) for b in r["baris"]] == [
            ("1101", 40_000, 0, None), ("3102", 0, 40_000, "0003")]
    d = js(cli, "simpanan", "tagih-wajib", "2025-03")
    assert [(a["no"], a["jumlah"]) for a in d["anggota"]] == [("0002", 60_000)]
    assert js(cli, "simpanan", "saldo", "1")["wajib"] == 60_000
    assert ok(cli, "periksa").exit_code == 0


def test_tagih_wajib_menolak_kecuali_yang_salah_tanpa_menulis(cli, kop):
    tambah(cli, "Budi", 1)
    tambah(cli, "Sari", 2, perempuan=True)
    ok(cli, "simpanan", "setor", "2", "wajib", "60rb", "--tanggal", "2025-01-20")
    sebelum = isi_folder(kop)
    r = cli("simpanan", "tagih-wajib", "2025-03", "--bayar", "--kecuali", "2")  # 0002 owes nothing: a typo?
    assert r.exit_code == 1 and "0002" in r.stderr and "--kecuali" in r.stderr
    r = cli("simpanan", "tagih-wajib", "2025-03", "--bayar", "--kecuali", "9")
    assert r.exit_code == 1 and "0009" in r.stderr
    r = cli("simpanan", "tagih-wajib", "2025-03", "--bayar", "--kecuali", "1")  # nobody left to record
    assert r.exit_code == 1
    r = cli("simpanan", "tagih-wajib", "2025-03", "--kecuali", "1")
    assert r.exit_code == 2
    r = ok(cli, "simpanan", "tagih-wajib", "2025-03", "--bayar", "--tanggal", "2025-03-25", "--dry-run")
    assert "Dicatat lunas: 1 anggota" in r.stdout
    assert isi_folder(kop) == sebelum


def test_tagih_wajib_tampilan_dan_csv(cli):
    tambah(cli, "Budi", 1)
    r = ok(cli, "simpanan", "tagih-wajib", "Maret 2025")
    assert "2025-01..2025-03" in r.stdout and "60.000" in r.stdout
    r = ok(cli, "simpanan", "tagih-wajib", "03/2025", "--format", "csv")
    assert r.stdout.splitlines()[0] == "no,nama,bulan_teks,jumlah_bulan,jumlah"
    assert r.stdout.splitlines()[1] == "0001,Budi,2025-01..2025-03,3,60000"
    r = ok(cli, "savings", "collect", "2025-03", lang="en")
    assert "Unpaid months" in r.stdout


def test_pembatalan_setoran_wajib_membuka_bulannya_lagi(cli, kop):
    tambah(cli, "Budi", 1)
    ok(cli, "simpanan", "setor", "1", "wajib", "40rb", "--tanggal", "2025-01-20")  # J000002: Jan, Feb
    ok(cli, "simpanan", "setor", "1", "wajib", "20rb", "--tanggal", "2025-01-21")  # J000003: Mar
    ok(cli, "jurnal", "batal", "J000002", "--ket", "salah catat", "--tanggal", "2025-01-22")
    d = js(cli, "simpanan", "tagih-wajib", "2025-03")
    assert d["anggota"][0]["bulan"] == ["2025-01", "2025-02"]
    h = js(cli, "simpanan", "setor", "1", "wajib", "40rb", "--tanggal", "2025-01-23")
    assert h["bulan"] == ["2025-01", "2025-02"] and h["saldo"]["wajib"] == 60_000
    assert js(cli, "simpanan", "tagih-wajib", "2025-03")["anggota"] == []
    assert ok(cli, "periksa").exit_code == 0


def test_periksa_menemukan_cache_wajib_yang_tidak_cocok(cli, kop):
    tambah(cli, "Budi", 1)
    ok(cli, "simpanan", "setor", "1", "wajib", "40rb", "--tanggal", "2025-01-20")
    from koperasi_cli.layanan.simpanan import periksa_simpanan

    with buka(kop, coba=True) as buku:
        assert periksa_simpanan(buku) == []
        buku.tabel("simpanan", "wajib").update({"bulan": {"2025-01": "J000002", "2025-02": "J000002", "2025-03": "J000002"}},
                                               doc_ids=[1])
        temuan = periksa_simpanan(buku)
    assert [(g.kode, g.param["no"]) for g in temuan] == [("periksa_wajib_cache", "0001")]
