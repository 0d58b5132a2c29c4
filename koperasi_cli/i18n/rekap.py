"""Messages of `koperasi rekap` (the Dinas's consolidation over many cooperatives)."""

PESAN = {
    "rekap_tidak_ada": (
        "{sumber}: tidak ada.",
        "{sumber}: does not exist.",
    ),
    "rekap_bukan_koperasi": (
        "{sumber}: bukan folder koperasi (tidak ada koperasi.yaml) dan bukan berkas ekspor JSON.",
        "{sumber}: not a cooperative's folder (no koperasi.yaml) nor a JSON file written by 'koperasi ekspor json'.",
    ),
    "rekap_folder_kosong": (
        "{sumber}: folder ini tidak berisi folder koperasi maupun berkas ekspor JSON.",
        "{sumber}: this folder holds no cooperative's folder and no JSON file written by 'koperasi ekspor json'.",
    ),
    "rekap_data_tanpa_profil": (
        "{sumber}: ada folder data buku tetapi koperasi.yaml hilang; kembalikan koperasi.yaml dari cadangan.",
        "{sumber}: the books' data folder is here but koperasi.yaml is missing; restore koperasi.yaml from a backup.",
    ),
    "rekap_ekspor_rusak": (
        "{sumber}: berkas ekspor rusak ({sebab}). Minta koperasi mengirim ulang hasil 'koperasi ekspor json'.",
        "{sumber}: the export file is damaged ({sebab}). Ask the cooperative to send the output of 'koperasi ekspor json' again.",
    ),
    "rekap_bukan_ekspor": (
        "{sumber}: berkas JSON ini bukan hasil 'koperasi ekspor json'.",
        "{sumber}: this JSON file is not an output of 'koperasi ekspor json'.",
    ),
    "rekap_ekspor_lebih_baru": (
        "{sumber}: dibuat oleh koperasi versi lebih baru (format ekspor {versi}, perlu pembaca format {minimal}; "
        "versi ini membaca sampai format {bisa}). Perbarui koperasi untuk membacanya.",
        "{sumber}: made by a newer koperasi (export format {versi}, needs a reader of format {minimal}; "
        "this version reads up to format {bisa}). Update koperasi to read it.",
    ),
    "rekap_ekspor_bulan_lain": (
        "{sumber}: ekspor untuk bulan {bulan_ekspor}, bukan {bulan}. Minta ekspor bulan {bulan}, "
        "atau jalankan rekap dengan --bulan {bulan_ekspor}.",
        "{sumber}: the export is for {bulan_ekspor}, not {bulan}. Ask for the export of {bulan}, "
        "or run the rekap with --bulan {bulan_ekspor}.",
    ),
    "rekap_ekspor_tidak_cocok": (
        "{sumber}: angka ringkasan ({kunci}) tidak sama dengan laporan di dalam berkas yang sama; "
        "berkas mungkin diubah setelah diekspor. Minta ekspor ulang.",
        "{sumber}: the summary figure ({kunci}) differs from the statements in the same file; "
        "the file may have been edited after export. Ask for a new export.",
    ),
    "rekap_ekspor_kurang": (
        "{sumber}: ekspor tidak memuat {kunci}. Minta ekspor ulang dengan koperasi versi terbaru.",
        "{sumber}: the export lacks {kunci}. Ask for a new export made with the latest koperasi.",
    ),
    "rekap_buku_tak_terbaca": (
        "{sumber}: buku tidak dapat dibaca: {sebab}",
        "{sumber}: the books cannot be read: {sebab}",
    ),
    "rekap_periksa_gagal": (
        "{nama}: buku tidak lolos periksa ({jumlah} temuan; pertama: {contoh}); angkanya tidak dijumlahkan. "
        "Koperasi perlu menjalankan 'koperasi periksa'.",
        "{nama}: the books fail the check ({jumlah} finding(s); first: {contoh}); their figures are not summed. "
        "The cooperative needs to run 'koperasi periksa'.",
    ),
    "rekap_riwayat_diubah": (
        "{nama}: riwayat buku diubah setelah bulan {bulan} dilaporkan (entri terakhir bulan itu dulu {dulu}, kini {kini}); "
        "minta koperasi menjelaskan dan periksa bukunya dengan 'koperasi periksa --jangkar'.",
        "{nama}: the books' history was rewritten after month {bulan} was reported (that month's last entry was {dulu}, "
        "now {kini}); ask the cooperative to explain and check its books with 'koperasi periksa --jangkar'.",
    ),
    "rekap_riwayat_mundur": (
        "{nama}: buku kembali ke keadaan lebih lama dari yang sudah diterima untuk bulan {bulan} "
        "(entri terakhir dulu {dulu}, kini {kini}); minta koperasi mengirim ekspor dari buku terbarunya.",
        "{nama}: the books went back to an older state than the one already received for month {bulan} "
        "(latest entry was {dulu}, now {kini}); ask the cooperative for an export of its newest books.",
    ),
    "rekap_riwayat_rusak": (
        "Berkas riwayat {berkas} bukan riwayat rekap yang sah; periksa berkasnya atau beri nama berkas lain untuk --riwayat.",
        "The history file {berkas} is not a valid rekap history; check the file or give another file name to --history.",
    ),
    "rekap_riwayat_tak_terbaca": (
        "Berkas riwayat {berkas} tidak dapat dibaca ({sebab}); periksa izin berkasnya atau beri nama berkas lain.",
        "The history file {berkas} cannot be read ({sebab}); check its permissions or give another file name.",
    ),
    "rekap_ganda": (
        "{sumber}: {nama} sudah dihitung dari {sumber_lain}; yang ini tidak dihitung lagi.",
        "{sumber}: {nama} is already counted from {sumber_lain}; this one is not counted again.",
    ),
    "rekap_sibuk": (
        "{sumber}: buku terus berubah selama dibaca; jalankan rekap lagi nanti.",
        "{sumber}: the books kept changing while being read; run the rekap again later.",
    ),
    "rekap_galat_dalam": (
        "{sumber}: kesalahan di dalam koperasi saat membaca ({jenis}); jalankan dengan KOPERASI_DEBUG=1 untuk rinciannya.",
        "{sumber}: koperasi hit an internal error while reading ({jenis}); run with KOPERASI_DEBUG=1 for details.",
    ),
    "rekap_catatan_npl": (
        "NPL belum dapat dihitung (belum ada data kolektibilitas pinjaman).",
        "NPL cannot be computed yet (no loan collectibility data).",
    ),
    "rekap_catatan_ekspor_lama": (
        "Dari ekspor format lama: tanpa hasil periksa dan tanpa jumlah jurnal bulan ini.",
        "From an older export format: no check result and no count of this month's entries.",
    ),
    "rekap_catatan_tahunan_lama": (
        "Ekspor tahunan format lama: anggota dan penjualan bulan ini tidak ada.",
        "Older yearly export: this month's members and sales are not in it.",
    ),
    "rekap_catatan_belum_mulai": (
        "Buku koperasi ini baru mulai sesudah bulan ini.",
        "This cooperative's books start after this month.",
    ),
    "rekap_ringkas": (
        "Rekap {bulan}: {koperasi} koperasi, {dijumlahkan} dijumlahkan, {masalah} masalah.",
        "Rekap {bulan}: {koperasi} cooperative(s), {dijumlahkan} summed, {masalah} problem(s).",
    ),
    "rekap_ada_masalah": (
        "Ada {masalah} masalah (--ketat): lihat daftar masalah di hasil rekap.",
        "There are {masalah} problem(s) (--strict): see the list of problems in the rekap.",
    ),
    "rekap_duckdb_tidak_ada": (
        "--mesin duckdb perlu paket duckdb, yang belum terpasang. Pasang dengan pip install 'koperasi[duckdb]', "
        "atau jalankan rekap tanpa --mesin (pembaca bawaan).",
        "--engine duckdb needs the duckdb package, which is not installed. Install it with pip install "
        "'koperasi[duckdb]', or run the rekap without --engine (the built-in reader).",
    ),
    "rekap_mesin_salah": (
        "Mesin '{mesin}' tidak dikenal: pilih bawaan atau duckdb.",
        "Engine '{mesin}' is unknown: choose builtin or duckdb.",
    ),
    "rekap_parquet_perlu": (
        "Menulis Parquet perlu paket duckdb atau pyarrow; keduanya belum terpasang. Pasang salah satu "
        "(pip install 'koperasi[duckdb]' atau pip install pyarrow), atau tulis -o rekap.csv.",
        "Writing Parquet needs the duckdb or the pyarrow package; neither is installed. Install one "
        "(pip install 'koperasi[duckdb]' or pip install pyarrow), or write -o rekap.csv.",
    ),
    "rekap_nasional": (
        "Lebih dari {ambang} koperasi: buku kerja berisi ringkasan per kabupaten/kota dan per provinsi; "
        "rincian per koperasi ditulis di {rincian}.",
        "More than {ambang} cooperatives: the workbook holds one summary row per regency/city and per "
        "province; the detail per cooperative is written to {rincian}.",
    ),
}
