#!/bin/sh
# A first look: register the example cooperative (Tegal Harum, Denpasar Barat), record a few
# days of its office cash, check the books and print the trial balance.
set -e
K="koperasi -C ${1:-tegal-harum}"
$K init --dari "$(dirname "$0")/tegal-harum.yaml"
$K kas masuk 25jt --akun "Hibah dan Donasi" --ket "Hibah dana desa" --tanggal 2025-08-04 --bukti KM-001
$K kas keluar "Rp 1.250.000" --akun "Beban Sewa" --ket "Sewa gerai Agustus" --tanggal 2025-08-05 --bukti KK-001
$K kas keluar 350rb --akun 6103 --ket "Listrik dan air Agustus" --tanggal 2025-08-29 --bukti KK-002
$K jurnal catat --debit 1204=4,5jt --kredit 1101=4,5jt --ket "Rak dan lemari pendingin" --tanggal 2025-08-30 --bukti KK-003
$K kas cek 18.900.000 --tanggal 2025-08-31
$K periksa
$K laporan neraca-saldo --per 2025-08-31
