"""Names typed into the areas' commands (assets, the bank loan, staff, rentals, services) are
checked like every other text: a bidirectional override, a control character or a name over 100
characters is refused with its reason, and nothing is written."""

import pytest

from tests.conftest import isi_folder

NAMA_JAHAT = ["Aset \u202egnp.exe", "Cold\x07box", "x" * 101]


@pytest.mark.parametrize("nama", NAMA_JAHAT)
@pytest.mark.parametrize("perintah", [
    lambda n: ["aset", "tambah", "--kode", "AT1", "--nama", n, "--golongan", "peralatan", "--harga", "1jt",
               "--sumber", "hibah", "--tanggal", "2025-01-10"],
    lambda n: ["utang-bank", "terima", "--kode", "H1", "--bank", n, "--jumlah", "100jt", "--tenor", "12",
               "--tanggal", "2025-01-10"],
    lambda n: ["karyawan", "tambah", "--nama", n, "--nik", "5171031505900001", "--jabatan", "Kasir",
               "--mulai", "2025-01-01", "--gaji", "2jt"],
    lambda n: ["sewa", "objek", "tambah", "--kode", "PE1", "--nama", n, "--unit", "kantor", "--tarif-harian", "15rb"],
])
def test_nama_dengan_karakter_terlarang_ditolak(cli, kop, nama, perintah):
    sebelum = isi_folder(kop)
    r = cli(*perintah(nama))
    assert r.exit_code in (1, 2), r.output
    assert "Traceback" not in r.output
    assert ("U+202E" in r.stderr or "U+0007" in r.stderr or "100" in r.stderr), r.stderr
    assert isi_folder(kop) == sebelum
