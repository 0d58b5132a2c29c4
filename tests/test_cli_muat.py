"""A run registers only the commands its command line names (start-up time), and falls back to
the whole tree whenever that would change what the user sees: help, completion, a group's
listing, a mistyped name."""

import typer

from koperasi_cli.cli.main import buat_app, kata_perintah, main


def _nama(app, *jalur):
    g = typer.main.get_command(app)
    for j in jalur:
        g = g.commands[j]
    return set(g.commands)


def test_kata_perintah_melewati_nilai_opsi_global_dan_meminta_semua_untuk_bantuan(monkeypatch):
    monkeypatch.delenv("_KOPERASI_COMPLETE", raising=False)
    assert kata_perintah(["-C", "jual", "sembako", "jual", "BRS5:1", "--anggota", "0001"]) == {"sembako", "jual", "BRS5:1", "0001"}
    assert kata_perintah(["sembako", "jual", "--help"]) is None
    assert kata_perintah(["-h"]) is None
    assert kata_perintah([]) is None
    monkeypatch.setenv("_KOPERASI_COMPLETE", "complete_bash")
    assert kata_perintah(["sembako", "jual"]) is None


def test_hanya_perintah_yang_disebut_didaftarkan():
    app = buat_app("sembako", {"sembako", "jual", "BRS5:1"})
    # The command with its (hidden) English alias; the item group stays, empty.
    assert _nama(app, "sembako") == {"jual", "sell", "barang", "item"}
    assert _nama(app, "sembako", "barang") == set()
    assert _nama(buat_app("shop", {"shop", "sell"}), "shop") == {"jual", "sell", "barang", "item"}


def test_kata_yang_tidak_menyebut_perintah_memuat_semua():
    semua = _nama(buat_app("sembako"), "sembako")
    assert len(semua) > 10
    assert _nama(buat_app("sembako", {"sembako", "jaul"}), "sembako") == semua  # mistyped: suggestions need all
    assert _nama(buat_app("sembako", {"sembako", "barang"}), "sembako", "barang") >= {"tambah", "daftar", "ubah"}


def test_main_menjalankan_perintah_dan_bantuan_grup(kop, capsys, monkeypatch):
    monkeypatch.chdir(kop)
    monkeypatch.delenv("_KOPERASI_COMPLETE", raising=False)
    try:
        main(["kas", "masuk", "5jt", "--akun", "3104", "--ket", "hibah", "--tanggal", "2025-01-05"])
    except SystemExit as e:
        assert e.code in (0, None)
    assert "Dicatat" in capsys.readouterr().out
    try:
        main(["sembako", "barang"])  # a bare group: Click prints its help on stderr, exit 2
    except SystemExit:
        pass
    bantuan = capsys.readouterr().err
    assert "tambah" in bantuan and "daftar" in bantuan and "ubah" in bantuan
    try:
        main(["sembako", "jaul"])
    except SystemExit as e:
        assert e.code == 2
    assert "jual" in capsys.readouterr().err
