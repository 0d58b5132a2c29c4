"""Messages of `koperasi demo`."""

PESAN = {
    "demo_sudah_ada": (
        "Di {folder} sudah ada koperasi; demo tidak menimpanya. Sebutkan folder lain, mis. koperasi demo kdkmp-demo-2.",
        "{folder} already holds a cooperative; the demo does not overwrite it. Name another folder, e.g. "
        "koperasi demo kdkmp-demo-2.",
    ),
    "demo_sampai_tidak_sah": (
        "Bulan terakhir demo {bulan} belum lewat; pilih bulan {batas} atau sebelumnya untuk --sampai.",
        "The demo's last month {bulan} is not over yet; choose {batas} or earlier for --sampai.",
    ),
    "demo_mulai": (
        "Membuat koperasi contoh di {folder}: 60 anggota, tiga bulan transaksi ({awal} s.d. {akhir})...",
        "Creating a sample cooperative in {folder}: 60 members, three months of activity ({awal} to {akhir})...",
    ),
    "demo_selesai": (
        "Koperasi contoh siap: {entri} jurnal, {anggota} anggota, {pinjaman} pinjaman; bulan {tutup} sudah ditutup "
        "({detik} detik).",
        "The sample cooperative is ready: {entri} entries, {anggota} members, {pinjaman} loans; months {tutup} are "
        "closed ({detik} s).",
    ),
    "demo_buku_kerja": (
        "Buku kerja untuk Dinas: {berkas}",
        "Workbook for the regulator: {berkas}",
    ),
    "demo_coba": (
        "Coba sekarang: cd {folder} && koperasi info && koperasi laporan neraca && koperasi pinjaman tunggakan && "
        "koperasi tutup-buku {bulan}",
        "Try now: cd {folder} && koperasi info && koperasi laporan neraca && koperasi pinjaman tunggakan && "
        "koperasi tutup-buku {bulan}",
    ),
}
