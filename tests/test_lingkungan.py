"""The injectable environment (`koperasi_cli.lingkungan`): a command runs "on" a given day, in a
given language, with given variables, without patching anything."""

import json
import subprocess
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from koperasi_cli import i18n
from koperasi_cli.lingkungan import Lingkungan, aktif, bahasa_dari, pakai
from conftest import env_subproses, isi_folder


def test_perintah_bertanggal_dijalankan_seolah_hari_ini_lebih_akhir(cli):
    """Undated, `kas masuk` lands on the run's today: 15 March 2027 here, whatever the real date."""
    r = cli("kas", "masuk", "5jt", "--akun", "3104", "--ket", "hibah", "--format", "json", env="2027-03-15")
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["tanggal"] == "2027-03-15"
    # and 2027-03-20 is still refused on that day: five days ahead of it
    r = cli("kas", "masuk", "1jt", "--akun", "3104", "--ket", "hibah", "--tanggal", "2027-03-20", env="2027-03-15")
    assert r.exit_code == 1 and "2027-03-20 belum tiba (hari ini 2027-03-15" in r.stderr


def test_perintah_bertanggal_dijalankan_seolah_hari_ini_lebih_awal(cli, kop):
    """On 3 January 2025 an entry dated the 5th is in the future: refused, nothing written."""
    sebelum = isi_folder(kop)
    r = cli("kas", "masuk", "5jt", "--akun", "3104", "--ket", "hibah", "--tanggal", "2025-01-05",
            env=Lingkungan(hari_ini=date(2025, 1, 3)))
    assert r.exit_code == 1
    assert "Tanggal 2025-01-05 belum tiba (hari ini 2025-01-03" in r.stderr
    assert isi_folder(kop) == sebelum


def test_main_menerima_lingkungan(kop, capsys):
    """`main(argv, env)`: the day, the language and the folder (KOPERASI_DIR) from the object."""
    from koperasi_cli.cli.main import main

    ling = Lingkungan({"KOPERASI_DIR": str(kop), "KOPERASI_LANG": "en_GB.UTF-8"}, hari_ini="2025-02-01")
    with pytest.raises(SystemExit) as e:
        main(["kas", "masuk", "5jt", "--akun", "3104", "--ket", "grant", "--format", "json"], env=ling)
    assert e.value.code in (0, None)
    assert json.loads(capsys.readouterr().out)["tanggal"] == "2025-02-01"
    with pytest.raises(SystemExit) as e:
        main(["kas", "masuk", "1jt", "--akun", "3104", "--ket", "grant", "--tanggal", "2025-02-02"], env=ling)
    assert e.value.code == 1 and "is in the future (today is 2025-02-01" in capsys.readouterr().err
    assert aktif() is not ling and i18n.bahasa() == "id"  # restored after the run


def test_jam_dan_zona():
    """A fixed instant: 2026-12-31 20:30 UTC is already 1 January 2027 in Bali (UTC+8)."""
    ling = Lingkungan(jam=lambda: datetime(2026, 12, 31, 20, 30, tzinfo=timezone.utc))
    assert ling.hari_ini("Asia/Makassar") == date(2027, 1, 1)
    assert ling.hari_ini("Asia/Jakarta") == date(2027, 1, 1)  # 03:30 WIB
    assert ling.sekarang("Asia/Makassar").isoformat() == "2027-01-01T04:30:00+08:00"
    # a fixed day keeps the real time of day, on that day, in the zone asked for
    tetap = Lingkungan(hari_ini="2024-02-29")
    assert tetap.hari_ini("Asia/Jayapura") == date(2024, 2, 29)
    assert tetap.sekarang("Asia/Makassar").utcoffset() == timedelta(hours=8)


def test_buku_membaca_jam_lingkungan(kop):
    from koperasi_cli.ledger.buku import Buku

    with pakai(Lingkungan(hari_ini="2030-06-01")):
        with Buku.buka_untuk_baca(kop) as buku:
            assert buku.hari_ini() == date(2030, 6, 1)
            assert buku.sekarang().startswith("2030-06-01T")


def test_tty_dan_variabel():
    ling = Lingkungan({"KOPERASI_DEBUG": "1", "X": "y"}, stdin_tty=True, stdout_tty=False)
    assert ling.tty("stdin") is True and ling.tty("stdout") is False and ling.debug and ling.get("X") == "y"
    assert Lingkungan({}).debug is False


@pytest.mark.parametrize("teks,hasil", [
    ("en", "en"), ("EN", "en"), ("en_US.UTF-8", "en"), ("en_GB", "en"), ("en-AU", "en"), ("english", None),
    ("id", "id"), ("ID", "id"), ("id_ID.UTF-8", "id"), ("in_ID", "id"), ("C", None), ("", None), (None, None),
    ("fr_FR.UTF-8", None),
])
def test_bahasa_dari_awalan(teks, hasil):
    assert bahasa_dari(teks) == hasil


@given(st.text(max_size=12))
def test_bahasa_dari_tidak_pernah_gagal(teks):
    assert bahasa_dari(teks) in ("id", "en", None)
    assert Lingkungan({"KOPERASI_LANG": teks}).bahasa in ("id", "en")


def test_koperasi_lang_locale_dari_proses(kop):
    """End to end (one process): KOPERASI_LANG=en_US.UTF-8 is English, for the messages and for
    Click's own texts; a locale we do not speak (fr_FR) falls back to Indonesian, not a refusal."""
    import shutil

    exe = shutil.which("koperasi")
    r = subprocess.run([exe, "-C", str(kop), "kas", "masuk"], capture_output=True, text=True, timeout=60,
                       env=env_subproses(KOPERASI_LANG="en_US.UTF-8"))
    assert r.returncode == 2 and "Usage:" in r.stderr and "Missing argument" in r.stderr, r.stderr
    r = subprocess.run([exe, "-C", str(kop), "kas", "masuk"], capture_output=True, text=True, timeout=60,
                       env=env_subproses(KOPERASI_LANG="fr_FR.UTF-8"))
    assert r.returncode == 2 and "Pemakaian:" in r.stderr and "Kurang argumen" in r.stderr, r.stderr
