"""NIK rules (core/nik.py) and the address-to-desa reading."""

from __future__ import annotations

from datetime import date

from koperasi_cli.core.nik import cocok_tanggal_lahir, jenis_kelamin, periksa_nik, samarkan
from koperasi_cli.layanan.anggota import desa_disebut


def test_nik_sah_dan_jenis_kelamin():
    assert periksa_nik("5171031505900001") == ("5171031505900001", [])
    assert periksa_nik("5171 0355 0590 0002")[0] == "5171035505900002"
    assert jenis_kelamin("5171031505900001") == "L"
    assert jenis_kelamin("5171035505900002") == "P"  # 15 + 40
    assert jenis_kelamin("5171037105900002") == "P"  # 31 + 40
    assert cocok_tanggal_lahir("5171035505900002", date(1990, 5, 15))
    assert not cocok_tanggal_lahir("5171035505900002", date(1991, 5, 15))


def test_nik_tidak_sah():
    kode = {n: [g.kode for g in periksa_nik(n)[1]] for n in [
        "", "12345", "51710315059000011", "5171031505900O01",
        "5171030005900001", "5171034005900001", "5171037205900001", "5171038105900001", "5171033002900001",
        "0071031505900001",
    ]}
    assert kode == {
        "": ["nik_bentuk"], "12345": ["nik_bentuk"], "51710315059000011": ["nik_bentuk"], "5171031505900O01": ["nik_bentuk"],
        "5171030005900001": ["nik_tanggal"],  # day 00
        "5171034005900001": ["nik_tanggal"],  # day 40
        "5171037205900001": ["nik_tanggal"],  # day 72 = 32 + 40
        "5171038105900001": ["nik_tanggal"],  # day 81
        "5171033002900001": ["nik_tanggal"],  # 30 February
        "0071031505900001": ["nik_wilayah"],
    }


def test_samarkan():
    assert samarkan("5171031505900001") == "5171********0001"
    assert samarkan(None) is None


def test_desa_disebut_di_alamat():
    assert desa_disebut("Jl. Gunung Agung 12, Tegal Harum") == ["Tegal Harum"]
    assert desa_disebut("Jl. Ahmad Yani Utara, Peguyangan Kaja") == ["Peguyangan Kaja"]
    assert desa_disebut("Br. Tengah, Peguyangan") == ["Peguyangan"]
    assert desa_disebut("Jl. Kenanga 2") == []


def test_setiap_kode_galat_anggota_dan_simpanan_ada_di_katalog_dua_bahasa():
    import re
    from pathlib import Path

    import koperasi_cli
    from koperasi_cli.i18n import katalog

    akar = Path(koperasi_cli.__file__).parent
    kode = set()
    for rel in ("layanan/anggota.py", "layanan/simpanan.py", "core/nik.py", "cli/anggota.py", "cli/simpanan.py"):
        kode |= set(re.findall(r'Galat(?:Banyak)?\("([a-z_]+)"', (akar / rel).read_text()))
    k = katalog()
    assert kode and not kode - set(k)
    assert all(k[x][0] and k[x][1] and k[x][0] != k[x][1] for x in kode)
