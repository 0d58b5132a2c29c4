"""`koperasi init` and koperasi.yaml: validation with messages that name the key."""

import json
import os
import stat

import pytest

from tests.conftest import Cli

DASAR = ["--nama", "KDMP Sumerta", "--desa", "Sumerta", "--kecamatan", "Denpasar Timur",
         "--kabupaten", "Kota Denpasar", "--provinsi", "Bali", "--mulai", "2025-01-01"]


def test_init_menulis_profil_berkomentar_dan_folder_pribadi(tmp_path):
    akar = tmp_path / "sumerta"
    r = Cli(akar)("init", *DASAR, "--kode-wilayah", "51.71.02.1006", "--nik-koperasi", "5171020010001")
    assert r.exit_code == 0, r.stderr
    teks = (akar / "koperasi.yaml").read_text()
    assert "# simpanan pokok" in teks and "zona_waktu: \"Asia/Makassar\"" in teks
    assert 'kode: "1101"' in teks  # the chart of accounts is in the profile
    assert stat.S_IMODE(os.stat(akar).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(akar / "data").st_mode) == 0o700
    assert stat.S_IMODE(os.stat(akar / "koperasi.yaml").st_mode) == 0o600
    assert stat.S_IMODE(os.stat(akar / "data" / "kepala.json").st_mode) == 0o600
    info = json.loads(Cli(akar)("info", "--format", "json").stdout)
    assert info["kode_wilayah"] == "51.71.02.1006" and info["zona_waktu"] == "Asia/Makassar"
    assert Cli(akar)("periksa").exit_code == 0


def test_init_menolak_menimpa(tmp_path):
    akar = tmp_path / "k"
    assert Cli(akar)("init", *DASAR).exit_code == 0
    sebelum = (akar / "koperasi.yaml").read_bytes()
    r = Cli(akar)("init", *DASAR)
    assert r.exit_code == 1 and "sudah ada koperasi" in r.stderr
    assert (akar / "koperasi.yaml").read_bytes() == sebelum


@pytest.mark.parametrize(
    "ganti, pesan",
    [
        (["--desa", "Kuta"], "bukan desa/kelurahan di Kota Denpasar"),
        (["--kode-wilayah", "51.71.2.1006"], "PP.KK.CC.DDDD"),
        (["--kode-wilayah", "51.71.03.2008"], "kode wilayah Sumerta adalah 51.71.02.1006"),
        (["--nik-koperasi", "12AB"], "angka saja"),
        (["--kecamatan", "Denpasar Barat"], "Kecamatan Denpasar Timur"),
        (["--zona-waktu", "Asia/Bali"], "zona waktu 'Asia/Bali' tidak dikenal"),
        (["--mulai", "2025-02-30"], "Tanggal '2025-02-30' tidak sah"),
    ],
)
def test_init_menolak_isian_salah(tmp_path, ganti, pesan):
    akar = tmp_path / "k"
    args = list(DASAR)
    for i in range(0, len(ganti), 2):
        if ganti[i] in args:
            args[args.index(ganti[i]) + 1] = ganti[i + 1]
        else:
            args += ganti[i:i + 2]
    r = Cli(akar)("init", *args)
    assert r.exit_code == 1, r.stdout
    assert pesan in r.stderr and "Traceback" not in r.stderr
    assert not (akar / "koperasi.yaml").exists()


def test_zona_waktu_dari_provinsi(tmp_path):
    akar = tmp_path / "k"
    r = Cli(akar)("init", "--nama", "KDMP Contoh", "--desa", "Contoh", "--kecamatan", "X", "--kabupaten", "Kab Y",
                  "--provinsi", "Papua", "--mulai", "2025-01-01")
    assert r.exit_code == 0, r.stderr
    assert json.loads(Cli(akar)("info", "--format", "json").stdout)["zona_waktu"] == "Asia/Jayapura"


def test_init_tanpa_terminal_menyebut_yang_kurang(tmp_path):
    # No terminal to ask on: a missing required option is a usage error (exit 2).
    r = Cli(tmp_path / "k")("init", "--nama", "KDMP X")
    assert r.exit_code == 2 and not (tmp_path / "k").exists()
    assert "--desa" in r.stderr and "--kecamatan" in r.stderr


def test_init_dari_berkas(tmp_path):
    f = tmp_path / "profil.yaml"
    f.write_text("profil:\n  nama: KDMP Peguyangan\n  desa: Peguyangan\n  kecamatan: Denpasar Utara\n"
                 "  kabupaten: Kota Denpasar\n  provinsi: Bali\n  kode_wilayah: '51.71.04.1009'\n  mulai: 2025-03-01\n")
    akar = tmp_path / "k"
    r = Cli(akar)("init", "--dari", str(f), "--ketua", "I Made Sudarma")
    assert r.exit_code == 0, r.stderr
    teks = (akar / "koperasi.yaml").read_text()
    assert 'ketua: "I Made Sudarma"' in teks and "mulai: 2025-03-01" in teks


@pytest.mark.parametrize(
    "rusak, pesan",
    [
        (lambda t: t.replace("  desa:", "\tdesa:", 1), "koperasi.yaml tidak bisa dibaca di baris 14"),
        (lambda t: t.replace("    pokok: 100000", "    pokok: 100.000"), "pengaturan.simpanan.pokok"),
        (lambda t: t.replace('akun: "1101"', 'akun: "1199"'), "pengaturan.kas.akun"),
        (lambda t: t.replace('{kode: "1102"', '{kode: "11A2"'), "akun[1].kode"),
        (lambda t: t.replace('normal: debit}', 'normal: kiri}', 1), "akun[0].normal"),
        (lambda t: t.replace('  desa: "Tegal Harum"', '  desa: ""'), "profil.desa"),
        (lambda t: t.replace("profil:", "profile:"), "profil"),
        (lambda t: "- hanya\n- daftar\n", "harus berisi peta"),
    ],
)
def test_profil_rusak_pesan_menyebut_kunci(cli, kop, rusak, pesan):
    path = kop / "koperasi.yaml"
    path.write_text(rusak(path.read_text()))
    r = cli("info")
    assert r.exit_code == 3
    assert pesan in r.stderr and "Traceback" not in r.stderr


def test_pesan_inggris(cli, kop):
    path = kop / "koperasi.yaml"
    path.write_text(path.read_text().replace("    wajib: 20000", "    wajib: 20.000"))
    r = cli("info", lang="en")
    assert r.exit_code == 3
    assert "Key pengaturan.simpanan.wajib in koperasi.yaml" in r.stderr


def test_folder_dicari_seperti_git(kop, monkeypatch):
    from koperasi_cli.cli.main import buat_app
    from typer.testing import CliRunner

    sub = kop / "data" / "jurnal"
    monkeypatch.chdir(sub)
    r = CliRunner().invoke(buat_app(), ["info", "--format", "json"])
    assert r.exit_code == 0 and json.loads(r.stdout)["desa"] == "Tegal Harum"
    monkeypatch.chdir(kop.parent)
    r = CliRunner().invoke(buat_app(), ["info"])
    assert r.exit_code == 3 and "koperasi init" in r.stderr
    monkeypatch.setenv("KOPERASI_DIR", str(kop))
    r = CliRunner().invoke(buat_app(), ["info", "--format", "json"])
    assert r.exit_code == 0


def test_salinan_profil_di_kepala_sama_dengan_yaml_dan_diperbarui_saat_yaml_berubah(cli, kop, monkeypatch):
    """The head keeps koperasi.yaml already parsed, so a command loads no YAML parser; the copy
    is used only while the file is byte for byte the one it came from."""
    import sys

    from koperasi_cli.ledger.buku import Buku, baca_profil

    assert cli("kas", "masuk", "5jt", "--akun", "3104", "--ket", "hibah", "--tanggal", "2025-01-05").exit_code == 0
    kepala = json.loads((kop / "data" / "kepala.json").read_text())
    assert set(kepala["profil"]) == {"sha", "json"}
    dari_yaml = baca_profil(kop)
    monkeypatch.setitem(sys.modules, "yaml", None)  # `import yaml` now fails: the copy must serve
    with Buku.buka(kop, coba=True) as b:
        p = b.profil
        assert (p.identitas, p.pengaturan, p.unit, p.mentah) == (dari_yaml.identitas, dari_yaml.pengaturan,
                                                                 dari_yaml.unit, dari_yaml.mentah)
        assert list(p.bagan) == list(dari_yaml.bagan) and len(list(p.bagan)) > 50
        assert b.profil.mulai.isoformat() == "2025-01-01"  # a YAML date comes back a date
    monkeypatch.undo()
    teks = (kop / "koperasi.yaml").read_text()
    (kop / "koperasi.yaml").write_text(teks.replace("Koperasi Desa Merah Putih", "KDMP Baru", 1))
    with Buku.buka(kop, coba=True) as b:
        assert b.profil.nama.startswith("KDMP Baru")  # the edited file wins over the old copy
    assert cli("kas", "masuk", "1jt", "--akun", "3104", "--ket", "hibah", "--tanggal", "2025-01-06").exit_code == 0
    baru = json.loads((kop / "data" / "kepala.json").read_text())["profil"]
    assert baru["sha"] != kepala["profil"]["sha"] and "KDMP Baru" in baru["json"]
    assert cli("periksa").exit_code == 0


def test_salinan_profil_hanya_bila_json_memuatnya_utuh():
    from datetime import date, datetime

    from koperasi_cli.ledger.buku import _dari_salinan, salinan_profil

    data = {"profil": {"mulai": date(2025, 1, 1), "dibuat": datetime(2025, 1, 2, 3, 4, 5)}, "x": [1, 1.5, True, None]}
    s = salinan_profil("abc", data)
    assert _dari_salinan(s, "abc") == data
    assert _dari_salinan(s, "lain") is None  # another file
    assert salinan_profil("abc", {1: "kunci bukan teks"}) is None
