"""`periksa`: a sound book passes; any changed byte, edited value, deleted, reordered or
inserted entry or file is reported with exit 3."""

import json
import random

import orjson
import pytest

from koperasi_cli.core.galat import Galat
from koperasi_cli.layanan.periksa import periksa
from tests.conftest import buka


@pytest.fixture
def buku_kecil(cli, kop):
    """Two months of entries, a reversal and a closed month."""
    cli("kas", "masuk", "5jt", "--akun", "3104", "--ket", "Hibah", "--tanggal", "2025-01-05")
    cli("kas", "keluar", "150rb", "--akun", "6103", "--ket", "PLN", "--tanggal", "2025-01-31")
    cli("kas", "keluar", "75rb", "--akun", "6104", "--ket", "ATK", "--tanggal", "2025-02-03")
    cli("jurnal", "batal", "J000003", "--ket", "salah", "--tanggal", "2025-02-04")
    cli("kas", "masuk", "1jt", "--akun", "4402", "--ket", "Sewa tenda", "--tanggal", "2025-02-10")
    assert cli("tutup-buku", "2025-01").exit_code == 0
    return kop


def _temuan(akar) -> list[str]:
    try:
        with buka(akar, coba=True) as b:
            return [g.kode for g in periksa(b)]
    except Galat as g:  # an unreadable file is itself a finding (exit 3 from the CLI)
        assert g.keluar == 3
        return [g.kode]


def _berkas_data(akar):
    return sorted(p for p in (akar / "data").rglob("*.json"))


def test_buku_baik_lulus(cli, buku_kecil):
    r = cli("periksa")
    assert r.exit_code == 0 and "5 jurnal" in r.stdout
    assert json.loads(cli("periksa", "--format", "json").stdout) == {"baik": True, "jumlah_entri": 5, "temuan": []}


def test_setiap_byte_yang_diubah_ketahuan(buku_kecil):
    # Every data file, a spread of byte positions in each (all of the small ones): one byte
    # changed at a time must be found. 150 a file: each is a whole `periksa`, and any byte of a
    # file is caught by the same hash, so more positions add time, not cover.
    acak = random.Random(7)
    diuji = 0
    for path in _berkas_data(buku_kecil):
        asli = path.read_bytes()
        posisi = range(len(asli)) if len(asli) <= 150 else sorted(acak.sample(range(len(asli)), 150))
        for i in posisi:
            baru = bytearray(asli)
            baru[i] = (baru[i] + 1 + acak.randrange(200)) % 256 or 1
            if bytes(baru) == asli:
                continue
            path.write_bytes(bytes(baru))
            assert _temuan(buku_kecil), f"{path.name} byte {i} not noticed"
            diuji += 1
        path.write_bytes(asli)
    assert diuji > 400
    assert _temuan(buku_kecil) == []


def test_perubahan_nilai_dengan_hash_dihitung_ulang_tetap_ketahuan(buku_kecil):
    # Someone edits an amount, recomputes that entry's hash and the file's sum in the head:
    # the chain (next entry's `sebelum`) and the month totals still give it away.
    from koperasi_cli.core.jurnal import hash_rekaman
    from koperasi_cli.ledger.buku import sha256, sidik_kepala

    shard = buku_kecil / "data" / "jurnal" / "2025-01.json"
    data = orjson.loads(shard.read_bytes())
    r = data["entri"]["2"]
    r["baris"][0]["debit"] = r["baris"][1]["kredit"] = 15_000
    r["hash"] = hash_rekaman(r)
    isi = orjson.dumps(data)
    shard.write_bytes(isi)
    kepala_path = buku_kecil / "data" / "kepala.json"
    k = orjson.loads(kepala_path.read_bytes())
    k["berkas"]["data/jurnal/2025-01.json"] = sha256(isi)
    k["sidik"] = sidik_kepala(k)
    kepala_path.write_bytes(orjson.dumps(k))
    temuan = _temuan(buku_kecil)
    assert "periksa_rantai_putus" in temuan and "periksa_total_bulan" in temuan


def _tulis_ulang_shard(akar, bulan, ubah):
    from koperasi_cli.ledger.buku import sha256, sidik_kepala

    shard = akar / "data" / "jurnal" / f"{bulan}.json"
    data = orjson.loads(shard.read_bytes())
    ubah(data["entri"])
    isi = orjson.dumps(data)
    shard.write_bytes(isi)
    kepala_path = akar / "data" / "kepala.json"
    k = orjson.loads(kepala_path.read_bytes())
    k["berkas"][f"data/jurnal/{bulan}.json"] = sha256(isi)
    k["sidik"] = sidik_kepala(k)
    kepala_path.write_bytes(orjson.dumps(k))


def test_entri_dihapus_ketahuan(buku_kecil):
    _tulis_ulang_shard(buku_kecil, "2025-02", lambda e: e.pop("4"))
    assert "periksa_entri_hilang" in _temuan(buku_kecil)


def test_entri_diurutkan_ulang_ketahuan(buku_kecil):
    def tukar(e):
        e["3"], e["5"] = e["5"], e["3"]

    _tulis_ulang_shard(buku_kecil, "2025-02", tukar)
    assert "periksa_nomor_salah" in _temuan(buku_kecil)


def test_entri_disisipkan_ketahuan(buku_kecil):
    def sisip(e):
        salinan = dict(e["5"])
        salinan.update(seq=6, id="J000006", ket="sisipan")
        e["6"] = salinan

    _tulis_ulang_shard(buku_kecil, "2025-02", sisip)
    temuan = _temuan(buku_kecil)
    assert "periksa_kepala_salah" in temuan or "periksa_hash_salah" in temuan


def test_berkas_disisipkan_atau_dihapus_ketahuan(buku_kecil):
    asing = buku_kecil / "data" / "jurnal" / "2025-03.json"
    asing.write_bytes(b'{"entri": {}}')
    assert "periksa_berkas_asing" in _temuan(buku_kecil)
    asing.unlink()
    (buku_kecil / "data" / "jurnal" / "2025-02.tag.json").unlink()
    assert "periksa_berkas_hilang" in _temuan(buku_kecil)


def test_periksa_cli_keluar_3_dengan_daftar_temuan(cli, buku_kecil):
    shard = buku_kecil / "data" / "jurnal" / "2025-02.json"
    shard.write_bytes(shard.read_bytes().replace(b"Sewa tenda", b"Sewa tendA"))
    r = cli("periksa")
    assert r.exit_code == 3
    assert "data/jurnal/2025-02.json diubah di luar koperasi" in r.stderr
    assert "J000005" in r.stderr  # the altered entry is named
    shard.write_bytes(b"{rusak")
    r = cli("periksa", lang="en")
    assert r.exit_code == 3 and "Traceback" not in r.stderr
    r = cli("tutup-buku", "2025-02")
    assert r.exit_code != 0


def test_pengamat_satu_lintasan(buku_kecil):
    """The services' journal checks share one pass (`amati`): every observer sees every entry in
    posting order, and gives alone what it gives beside the others; one that does not finish at
    the end of the journal is a bug, said so."""
    from koperasi_cli.layanan.periksa import PENGAMAT
    from koperasi_cli.ledger.periksa import amati

    def pencatat(buku):
        dilihat = []
        while (r := (yield)) is not None:
            dilihat.append(r["id"])
        return dilihat

    def tak_selesai(buku):
        while True:
            yield

    with buka(buku_kecil, coba=True) as b:
        # five entries, J000001..J000005, each seen once by each observer, in order
        assert amati(b, [pencatat, pencatat]) == [[f"J{i:06d}" for i in range(1, 6)]] * 2
        bersama = amati(b, PENGAMAT)
        assert bersama == [amati(b, [f])[0] for f in PENGAMAT] == [[]] * len(PENGAMAT)
        with pytest.raises(RuntimeError):
            amati(b, [tak_selesai])
