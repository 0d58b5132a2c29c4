"""`koperasi init` with options (no terminal): a wrong option is named as the option the user
typed (--kecamatan), never as the profile's key or its file; a province that is not the one of
the area code is refused (issue 20)."""

import pytest

from tests.conftest import Cli

DASAR = ["--nama", "KDMP Sumerta", "--desa", "Sumerta", "--kabupaten", "Kota Denpasar",
         "--mulai", "2025-01-01"]


@pytest.mark.parametrize("lang, opsi, kata", [("id", "--kecamatan", "Opsi --kecamatan"),
                                              ("en", "--kecamatan", "Option --district")])
def test_kecamatan_salah_disebut_sebagai_opsi(tmp_path, lang, opsi, kata):
    akar = tmp_path / "k"
    r = Cli(akar)("init", *DASAR, "--kecamatan", "Denpasar Barat", "--provinsi", "Bali", lang=lang)
    assert r.exit_code == 1
    assert kata in r.stderr and "Denpasar Timur" in r.stderr  # Sumerta lies in Denpasar Timur
    assert "profil." not in r.stderr and "koperasi.yaml" not in r.stderr
    assert not akar.exists()


@pytest.mark.parametrize("provinsi, keluar", [("Jawa Timur", 1), ("Bali", 0), ("bali", 0)])
def test_provinsi_harus_sesuai_kode_wilayah(tmp_path, provinsi, keluar):
    # 51.71.02.1006: province code 51 = Bali.
    akar = tmp_path / "k"
    r = Cli(akar)("init", *DASAR, "--kecamatan", "Denpasar Timur", "--provinsi", provinsi,
                  "--kode-wilayah", "51.71.02.1006")
    assert r.exit_code == keluar, r.stderr
    if keluar:
        assert "Opsi --provinsi" in r.stderr and "Bali" in r.stderr and "Jawa Timur" in r.stderr
        assert not akar.exists()
    else:
        assert (akar / "koperasi.yaml").exists()

