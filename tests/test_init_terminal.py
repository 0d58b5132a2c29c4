"""`koperasi init` on a terminal: scripted answers through CliRunner, with the tty check forced.

The answers are checked as they are typed: a wrong one gets its sentence and the same question
again, the answers given so far are kept, a village's name gives its area code, a near miss gets a
suggestion, a province that does not match the area code is refused, and no message names a
profile key or a file. Without a terminal, a missing option is refused as before."""

from __future__ import annotations

from datetime import date

import pytest
import yaml

from tests.conftest import Cli


@pytest.fixture
def terminal():
    """stdin is a terminal for this test's commands (the run's environment says so)."""
    from koperasi_cli import lingkungan

    lama = lingkungan.atur(lingkungan.Lingkungan(stdin_tty=True))
    yield
    lingkungan.atur(lama)


def _profil(akar):
    return yaml.safe_load((akar / "koperasi.yaml").read_text(encoding="utf-8"))["profil"]


def test_init_bertanya_dan_memeriksa_setiap_jawaban(tmp_path, terminal):
    akar = tmp_path / "baru"
    jawaban = [
        "Koperasi Desa Merah Putih Padangsambian",
        "Padangsambyan",        # a near miss: "Padangsambian?"
        "Padangsambian",        # the village's name gives its code
        "",                     # desa: Enter takes Padangsambian (from the code)
        "Denpasar Timur",       # the wrong kecamatan for Padangsambian
        "",                     # Enter: Denpasar Barat
        "",                     # kabupaten: Kota Denpasar
        "Jawa Timur",           # a province that does not match 51.xx
        "Bali",
        "32/13/2025",           # not a date
        "2025-08-01",
        "sembako,kolam",        # an unknown unit
        "sembako",
    ]
    r = Cli(akar)("init", input="\n".join(jawaban) + "\n")
    assert r.exit_code == 0, r.output
    keluaran = r.output
    assert "Padangsambian?" in keluaran
    assert "Denpasar Barat, bukan 'Denpasar Timur'" in keluaran
    assert "Provinsi Bali, bukan 'Jawa Timur'" in keluaran
    assert "32/13/2025" in keluaran and "kolam" in keluaran
    for bocor in ("profil.", "koperasi.yaml", "kode_wilayah", "Traceback"):
        assert bocor not in keluaran
    p = _profil(akar)
    assert p["nama"] == "Koperasi Desa Merah Putih Padangsambian"
    assert (p["desa"], p["kecamatan"], p["kabupaten"], p["provinsi"]) == (
        "Padangsambian", "Denpasar Barat", "Kota Denpasar", "Bali")
    assert p["kode_wilayah"].startswith("51.71.03.")
    assert str(p["mulai"]) == "2025-08-01"


def test_init_menyimpan_opsi_dan_hanya_menanyakan_yang_kurang(tmp_path, terminal):
    akar = tmp_path / "baru"
    r = Cli(akar)("--lang", "en", "init", "--nama", "Koperasi Desa Merah Putih Tegal Harum", "--desa", "Tegal Harum",
                  "--unit", "sembako", lang="en", input="\n\n\n\n")
    assert r.exit_code == 0, r.output
    # asked: kecamatan, kabupaten, provinsi, first day (the area code comes from the village given)
    assert "Kecamatan (district) [Denpasar Barat]" in r.output
    assert "Province [Bali]" in r.output
    assert "The cooperative's name" not in r.output and "Area code" not in r.output
    p = _profil(akar)
    assert p["kode_wilayah"] == "51.71.03.2008" and p["kecamatan"] == "Denpasar Barat"
    # the default first day: the first of this month in Bali's zone (WITA)
    import pendulum

    n = pendulum.now("Asia/Makassar")
    assert str(p["mulai"]) == date(n.year, n.month, 1).isoformat()


def test_hari_pertama_bawaan_menurut_jam_lingkungan(tmp_path):
    """On a given day (the run's clock), Enter at the first-day question gives that month's first."""
    from koperasi_cli import lingkungan

    ling = lingkungan.Lingkungan(hari_ini="2027-03-17", stdin_tty=True)
    r = Cli(tmp_path / "baru")("init", "--nama", "KDKMP Tegal Harum", "--desa", "Tegal Harum", "--unit", "sembako",
                               input="\n\n\n\n", env=ling)
    assert r.exit_code == 0, r.output
    assert "[2027-03-01]" in r.output
    assert str(_profil(tmp_path / "baru")["mulai"]) == "2027-03-01"


def test_init_kode_wilayah_dari_daftar_dan_tanda_tanya(tmp_path, terminal):
    akar = tmp_path / "baru"
    r = Cli(akar)("init", "--nama", "KDKMP Sidakarya", "--unit", "sembako",
                  input="?\nxyz\nSidakarya\n\n\n\n\n2025-07-01\n")
    assert r.exit_code == 0, r.output
    assert "Sesetan" in r.output                     # the list shown by '?'
    assert "'xyz' bukan kode wilayah" in r.output
    assert _profil(akar)["kode_wilayah"].startswith("51.71.01.")


def test_init_tanpa_terminal_menolak_opsi_yang_kurang(tmp_path):
    r = Cli(tmp_path / "baru")("init", "--nama", "KDKMP Tegal Harum")
    assert r.exit_code != 0
    assert "--desa" in r.stderr and "--provinsi" in r.stderr
    assert not (tmp_path / "baru" / "koperasi.yaml").exists()


def test_provinsi_dan_desa_inti():
    from koperasi_cli.core.wilayah import cari_desa, provinsi_cocok, provinsi_dari_kode
    from koperasi_cli.data import wilayah_denpasar

    assert provinsi_dari_kode("51.71.03.2008") == "Bali"
    assert provinsi_cocok("bali", "51.71.03.2008") and not provinsi_cocok("Jawa Timur", "51.71.03.2008")
    assert provinsi_cocok("DIY", "34.71.01.1001") and provinsi_cocok("Apa Saja", "99.01.01.1001")
    assert cari_desa("Padangsambyan", wilayah_denpasar()) == (None, "Padangsambian")
    assert cari_desa("tegal  harum", wilayah_denpasar())[0]["kode"] == "51.71.03.2008"


def test_nama_desa_dengan_huruf_dan_spasi_lain_tetap_ditemukan():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from koperasi_cli.core.wilayah import cari_desa
    from koperasi_cli.data import wilayah_denpasar

    daftar = wilayah_denpasar()

    @settings(max_examples=60, deadline=None)
    @given(st.sampled_from(daftar), st.lists(st.booleans(), min_size=40, max_size=40), st.integers(1, 3))
    def cek(w, besar, spasi):
        nama = "".join(c.upper() if b else c.lower() for c, b in zip(w["nama"], besar + [False] * 40))
        nama = (" " * spasi).join(nama.split(" "))
        assert cari_desa(f" {nama} ", daftar)[0]["kode"] == w["kode"]
        # one letter dropped from a long name: never found as another village, and a suggestion is given
        if len(w["nama"]) >= 8:
            salah = w["nama"][:3] + w["nama"][4:]
            hasil, saran = cari_desa(salah, daftar)
            assert hasil is None or hasil["kode"] == w["kode"] or hasil["nama"] == salah
            assert hasil is not None or saran is not None

    cek()


def test_opsi_yang_salah_ditanyakan_lagi(tmp_path, terminal):
    akar = tmp_path / "baru"
    r = Cli(akar)("init", "--nama", "KDKMP Tegal Harum", "--desa", "Tegal Harum", "--kecamatan", "Denpasar Timur",
                  "--provinsi", "Jawa Barat", "--unit", "sembako", input="\n\n\n\n")
    assert r.exit_code == 0, r.output
    assert "Tegal Harum ada di Kecamatan Denpasar Barat, bukan 'Denpasar Timur'" in r.output
    assert "Provinsi Bali, bukan 'Jawa Barat'" in r.output and "profil." not in r.output
    p = _profil(akar)
    assert (p["kecamatan"], p["provinsi"]) == ("Denpasar Barat", "Bali")


def test_folder_yang_sudah_berisi_koperasi_ditolak_sebelum_bertanya(kop, terminal):
    r = Cli(kop)("init", input="KDKMP\n")
    assert r.exit_code == 1
    assert "Nama koperasi" not in r.output and "sudah ada koperasi" in r.stderr
