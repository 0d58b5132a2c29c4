#!/bin/sh
# Koperasi Desa Merah Putih Sanur Kauh, September 2025: tiga peti es disewakan kepada nelayan
# (harian Rp 15.000, bulanan Rp 250.000) dan es balok dijual di toko koperasi.
set -e
D="$(dirname "$0")"
K="koperasi -C ${1:-sanur-kauh}"
$K init --dari "$D/profil.yaml" --unit peti-es --unit toko
$K kas masuk 20jt --akun 3104 --ket "Hibah modal awal dari Dana Desa" --tanggal 2025-09-01
$K anggota tambah --nama "I Made Sukadana" --nik 5171011203800001 --jenis-kelamin L --alamat "Br. Belanjong, Sanur Kauh" --tanggal 2025-09-01
$K anggota tambah --nama "Ni Wayan Sriasih" --nik 5171014706850002 --jenis-kelamin P --alamat "Br. Semawang, Sanur Kauh" --tanggal 2025-09-01
$K sewa objek tambah --kode BOX01 --nama "Peti es 200 L no. 1" --unit peti-es --tarif-harian 15rb --tarif-bulanan 250rb
$K sewa objek tambah --kode BOX02 --nama "Peti es 200 L no. 2" --unit peti-es --tarif-harian 15rb --tarif-bulanan 250rb
$K sewa objek tambah --kode BOX03 --nama "Peti es 100 L" --unit peti-es --tarif-harian 15rb
$K sembako barang tambah --kode ES --nama "Es balok" --satuan balok --harga-jual 12rb --harga-anggota 10rb --unit toko
$K sembako beli ES 50 7500 --pemasok "Pabrik Es Benoa" --tanggal 2025-09-02
$K sewa mulai BOX02 --anggota 0001 --bulanan --deposit 100rb --tanggal 2025-09-01
$K sewa mulai BOX01 --penyewa "Pak Nyoman, nelayan Mertasari" --tanggal 2025-09-02
$K sembako jual ES:4 --anggota 0001 --tanggal 2025-09-02
$K sembako jual ES:6 --tanggal 2025-09-03
$K sewa selesai BOX01 --tanggal 2025-09-12
$K sewa mulai BOX03 --penyewa "Bu Ketut, pedagang ikan" --tanggal 2025-09-20
$K sewa selesai BOX03 --kredit --tanggal 2025-09-25
$K sewa tagih 2025-09
$K sewa piutang --per 2025-09-30
$K periksa
$K laporan phu 2025-09
