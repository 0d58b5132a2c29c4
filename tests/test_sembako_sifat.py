"""Properties of the outlet's books under random purchases, sales (some back-dated), stock-takes
and reversals, through the library; and one run as a real process."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import IDENTITAS, buka, env_subproses
from koperasi_cli.core.galat import Galat
from koperasi_cli.core.sembako import BarisInput
from koperasi_cli.core.tanggal import parse_periode

BARANG = ("BRS5", "MNY1", "LPG3")
NIK = "5171014508900001"

langkah = st.lists(
    st.tuples(
        st.sampled_from(["beli", "jual", "jual", "opname", "batal"]),
        st.integers(0, 40),  # day from 2025-01-01
        st.lists(st.tuples(st.sampled_from(BARANG), st.integers(1, 12), st.integers(1_000, 90_000)), min_size=1, max_size=3),
    ),
    min_size=1, max_size=25,
)


@settings(max_examples=12, deadline=None)
@given(langkah)
def test_buku_gerai_selalu_konsisten(tmp_path_factory, langkah):
    from koperasi_cli.layanan import jurnal, kas, sembako
    from koperasi_cli.reports import daftar_sembako
    from koperasi_cli.layanan.koperasi import daftarkan_koperasi
    from koperasi_cli.layanan.periksa import periksa

    akar = tmp_path_factory.mktemp("sifat") / "kop"
    daftarkan_koperasi(akar, dict(IDENTITAS))
    with buka(akar) as b:
        kas.masuk(b, 100_000_000, "3104", "Modal", tanggal=date(2025, 1, 1))
        sembako.tambah_barang(b, kode="BRS5", nama="Beras", satuan="karung", harga_jual=75_000)
        sembako.tambah_barang(b, kode="MNY1", nama="Minyak", satuan="liter", harga_jual=15_700, het=15_700)
        sembako.tambah_barang(b, kode="LPG3", nama="LPG 3 kg", satuan="tabung", harga_jual=18_000, kategori="lpg")
        b.tabel("anggota").insert({"no": "0001", "nama": "Ni Luh", "status": "aktif"})
    for jenis, hari, baris in langkah:
        tgl = date(2025, 1, 1) + timedelta(days=hari)
        try:
            with buka(akar) as b:  # one unit of work per step, as on the command line
                if jenis == "beli":
                    sembako.beli(b, [BarisInput(k, q, h) for k, q, h in baris], tanggal=tgl,
                                 pemasok="UD Sumber", kredit_=hari % 2 == 0)
                elif jenis == "jual":
                    sembako.jual(b, [BarisInput(k, q) for k, q, _ in baris], tanggal=tgl, nik=NIK,
                                 kategori_pembeli="petani", anggota="0001" if hari % 3 == 0 else None,
                                 kredit_=hari % 6 == 0)
                elif jenis == "opname":
                    sembako.opname(b, baris[0][0], baris[0][1], tanggal=tgl, hpp=baris[0][2])
                elif b.jumlah_entri > 5:
                    jurnal.batal(b, f"J{b.jumlah_entri - hari % 3:06d}", "koreksi", tanggal=date(2025, 3, 1))
        except Galat:
            pass  # refused (short stock, a later day's stock, already reversed...): nothing written
    with buka(akar, coba=True) as b:
        assert [str(g.kode) for g in periksa(b)] == []
        s = b.saldo_akun()
        st_ = daftar_sembako.stok(b, date(2025, 12, 31))
        assert st_["total_nilai"] == sum(s.get(a, [0, 0])[0] - s.get(a, [0, 0])[1] for a in ("1130", "1131"))
        for x in st_["barang"]:
            assert x["qty"] >= 0 and x["nilai"] >= 0 and (x["qty"] > 0 or x["nilai"] == 0)
        lap = daftar_sembako.penjualan(b, parse_periode("2025"))
        pend = sum(s.get(a, [0, 0])[1] - s.get(a, [0, 0])[0] for a in ("4101", "4102", "4103", "4104"))
        hpp = sum(s.get(a, [0, 0])[0] - s.get(a, [0, 0])[1] for a in ("5101", "5102"))
        assert lap["total"]["penjualan"] == pend and lap["total"]["hpp"] == hpp


def test_jual_sebagai_proses(kop, tmp_path):
    from koperasi_cli.layanan import kas, sembako

    with buka(kop) as b:
        kas.masuk(b, 1_000_000, "3104", "Modal", tanggal=date(2025, 1, 2))
        sembako.tambah_barang(b, kode="LPG3", nama="LPG 3 kg", satuan="tabung", harga_jual=18_000, kategori="lpg")
        sembako.beli(b, [BarisInput("LPG3", 10, 16_000)], tanggal=date(2025, 1, 3))
    jalan = [sys.executable, "-m", "koperasi_cli", "-C", str(kop), "sembako", "jual", "LPG3:2", "--tanggal", "2025-01-04"]
    r = subprocess.run(jalan, capture_output=True, text=True, env=env_subproses(), timeout=60)
    assert r.returncode == 1 and "NIK" in r.stderr and "Traceback" not in r.stderr
    r = subprocess.run(jalan + ["--nik", NIK, "--kategori-pembeli", "nelayan"], capture_output=True, text=True,
                       env=env_subproses(), timeout=60)
    assert r.returncode == 0, r.stderr
    assert "5171********0001" in r.stdout and NIK not in r.stdout
    assert oct((kop / "data" / "lpg" / "2025-01.json").stat().st_mode & 0o777) == "0o600"  # personal data
    r = subprocess.run([sys.executable, "-m", "koperasi_cli", "-C", str(kop), "periksa"], capture_output=True, text=True,
                       env=env_subproses(), timeout=60)
    assert r.returncode == 0, r.stderr
