#!/bin/sh
# Koperasi Desa Merah Putih Sidakarya pindah buku: profil, anggota, saldo awal per 1 Juli 2025,
# lalu setoran simpanan, angsuran pinjaman PJ00001 dan penjualan gerai bulan Juli dari Excel.
set -e
D="$(dirname "$0")"
K="koperasi -C ${1:-sidakarya}"
$K init --dari "$D/profil.yaml"
$K impor anggota "$D/anggota.csv" --tanpa-pokok
$K impor saldo-awal "$D/saldo-awal.xlsx"
$K impor simpanan "$D/simpanan.csv"
$K impor angsuran "$D/angsuran.csv"
$K impor penjualan "$D/penjualan.csv"
$K periksa
$K laporan neraca-saldo --per 2025-07-31
