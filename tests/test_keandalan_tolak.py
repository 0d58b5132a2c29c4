"""A refused command writes nothing: for every writing command, refusals of several kinds
(unknown reference, a rule broken, a closed month) exit 1 and leave every byte as it was."""

import pytest

from tests.conftest import IDENTITAS, isi_folder
from tests.keandalan_bantu import PERINTAH, jalankan, salin, siapkan_buku

T = "--tanggal"
TOLAK = {
    "kas-masuk": [["kas", "masuk", "1rb", "--akun", "9999", "--ket", "x", T, "2025-02-03"],
                  ["kas", "masuk", "1rb", "--akun", "4402", "--ket", "x", T, "2024-12-31"]],
    "kas-keluar": [["kas", "keluar", "999jt", "--akun", "6104", "--ket", "x", T, "2025-02-03"]],
    "kas-cek": [["kas", "cek", "1jt", "--catat-selisih", "--kas", "9999", T, "2025-02-06"]],
    "jurnal-catat": [["jurnal", "catat", "--debit", "6104=15rb", "--kredit", "1101=14rb", "--ket", "x", T, "2025-02-07"],
                     ["jurnal", "catat", "--debit", "1110=15rb", "--kredit", "1101=15rb", "--ket", "x", T, "2025-02-07"]],
    "jurnal-batal": [["jurnal", "batal", "J999999", "--ket", "x", T, "2025-02-05"]],
    "anggota-tambah": [["anggota", "tambah", "--nama", "Kembar", "--nik", PERINTAH["anggota-tambah"][1][4].replace("0009", "0001"),
                        "--jenis-kelamin", "P", "--alamat", "Jl. X", T, "2025-02-08"],
                       ["anggota", "tambah", "--nama", "Salah", "--nik", "1234", "--jenis-kelamin", "L",
                        "--alamat", "Jl. X", T, "2025-02-08"]],
    "anggota-ubah": [["anggota", "ubah", "99", "--alamat", "x", T, "2025-02-08"],
                     ["anggota", "ubah", "2", "--nik", "123", T, "2025-02-08"]],
    "anggota-keluar": [["anggota", "keluar", "1", "--bayar", T, "2025-02-09"]],  # has a loan
    "simpanan-setor": [["simpanan", "setor", "99", "wajib", "20rb", T, "2025-02-10"],
                       ["simpanan", "setor", "2", "wajib", "15rb", T, "2025-02-10"]],
    "simpanan-tarik": [["simpanan", "tarik", "1", "sukarela", "999jt", T, "2025-02-10"],
                       ["simpanan", "tarik", "1", "pokok", "1rb", T, "2025-02-10"]],
    "simpanan-tagih-wajib": [["simpanan", "tagih-wajib", "2025-02", "--bayar", "--kecuali", "99", T, "2025-02-11"]],
    "simpanan-jasa": [["simpanan", "jasa", "2025-02", "--bunga-tahunan", "-3"]],
    "pinjaman-cair": [["pinjaman", "cair", "99", "2jt", "--tenor", "5", T, "2025-02-12"],
                      ["pinjaman", "cair", "3", "2jt", "--tenor", "0", T, "2025-02-12"]],
    "pinjaman-angsur": [["pinjaman", "angsur", "PJ99999", "575rb", T, "2025-02-10"],
                        ["pinjaman", "angsur", "PJ00001", "999jt", T, "2025-02-10"]],
    "pinjaman-lunasi": [["pinjaman", "lunasi", "PJ99999", T, "2025-02-13"]],
    "pinjaman-cadangkan": [["pinjaman", "cadangkan", "2099-01"]],
    "pinjaman-hapus-buku": [["pinjaman", "hapus-buku", "PJ00002", T, "2025-02-01"]],  # not macet
    "barang-tambah": [["sembako", "barang", "tambah", "--kode", "BRS5", "--nama", "x", "--satuan", "x",
                       "--harga-jual", "1000", "--berlaku", "2025-02-01"]],
    "barang-ubah": [["sembako", "barang", "ubah", "XX", "--harga-jual", "1000"]],
    "beli": [["sembako", "beli", "XX", "5", "69000", T, "2025-02-14"]],
    "jual": [["sembako", "jual", "BRS5:999", T, "2025-02-15"],
             ["sembako", "jual", "LPG3:1", "--harga", "19000", "--nik", "5171034505900077",
              "--kategori-pembeli", "rumah tangga", T, "2025-02-15"]],
    "bayar-piutang": [["sembako", "bayar-piutang", "2", "50rb", T, "2025-02-16"]],
    "bayar-pemasok": [["sembako", "bayar-pemasok", "UD Maju", "999jt", T, "2025-02-17"],
                      ["sembako", "bayar-pemasok", "UD Tidak Ada", "1rb", T, "2025-02-17"]],
    "opname": [["sembako", "opname", "XX", "17", T, "2025-02-18"]],
    "tutup-buku": [["tutup-buku", "2099-01"]],
    "tutup-buku-buka-kembali": [["tutup-buku", "2025-01", "--buka-kembali", "--alasan", "uji"]],  # not closed
    "tutup-tahun": [["tutup-buku", "--tahun", "2099"], ["tutup-buku", "--tahun", "2024"]],  # not ended; before the books
}


@pytest.fixture(scope="module")
def buku_dasar(tmp_path_factory):
    from koperasi_cli.layanan.koperasi import daftarkan_koperasi

    akar = tmp_path_factory.mktemp("tolak") / "kop"
    daftarkan_koperasi(akar, dict(IDENTITAS))
    siapkan_buku(akar)
    return akar


def test_setiap_perintah_menulis_punya_kasus_tolak():
    assert set(TOLAK) == set(PERINTAH)


@pytest.mark.parametrize("nama", list(TOLAK))
def test_penolakan_tidak_menulis_apa_pun(buku_dasar, tmp_path, nama):
    akar = salin(buku_dasar, tmp_path / "k")
    sebelum = isi_folder(akar)
    for perintah in TOLAK[nama]:
        jalankan(akar, perintah, kode=1)
        assert isi_folder(akar) == sebelum, perintah


# Master-data edits (anggota ubah) post no entry, so a closed month does not concern them.
@pytest.mark.parametrize("nama", [n for n, (_, p) in PERINTAH.items() if "--tanggal" in p and n != "anggota-ubah"])
def test_bulan_tutup_ditolak_tanpa_menulis(buku_dasar, tmp_path, nama):
    """The same command, dated in a closed month: refused (exit 1), nothing written."""
    akar = salin(buku_dasar, tmp_path / "k")
    jalankan(akar, ["tutup-buku", "2025-01"])
    perintah = list(PERINTAH[nama][1])
    perintah[perintah.index("--tanggal") + 1] = "2025-01-31"
    sebelum = isi_folder(akar)
    jalankan(akar, perintah, kode=1)
    assert isi_folder(akar) == sebelum
