"""Messages of the fixed assets (`koperasi aset`)."""

PESAN = {
    "aset_kode_tidak_sah": (
        "Kode aset '{nilai}' tidak sah. Pakai huruf, angka, titik, garis bawah atau tanda hubung (tanpa spasi, paling panjang 32), mis. GERAI1.",
        "Asset code '{nilai}' is not valid. Use letters, digits, dots, underscores or hyphens (no spaces, at most 32), e.g. GERAI1.",
    ),
    "aset_golongan_tidak_sah": (
        "Golongan aset '{nilai}' tidak dikenal; pilih: {sah}.",
        "Asset group '{nilai}' is unknown; choose: {sah}.",
    ),
    "aset_sumber_tidak_sah": (
        "Sumber perolehan '{nilai}' tidak dikenal; pilih: {sah}.",
        "Acquisition source '{nilai}' is unknown; choose: {sah}.",
    ),
    "aset_tanah_tanpa_susut": (
        "Tanah tidak disusutkan: hapus --umur dan --residu untuk golongan tanah.",
        "Land is not depreciated: drop --umur and --residu for the group tanah.",
    ),
    "aset_umur_tidak_sah": (
        "Umur manfaat '{nilai}' tidak sah. Tulis jumlah bulan, bilangan bulat 1 sampai {maks}, mis. --umur 48.",
        "Useful life '{nilai}' is not valid. Give the number of months, a whole number from 1 to {maks}, e.g. --umur 48.",
    ),
    "aset_residu_terlalu_besar": (
        "Nilai residu Rp {residu:rp} harus lebih kecil dari harga perolehan Rp {harga:rp}. Turunkan --residu.",
        "The residual value Rp {residu:rp} must be below the cost Rp {harga:rp}. Lower --residu.",
    ),
    "aset_tidak_ada": (
        "Aset '{aset}' tidak ada. Lihat daftarnya dengan 'koperasi aset daftar'.",
        "Asset '{aset}' does not exist. See the list with 'koperasi aset daftar'.",
    ),
    "aset_tanpa_nama": ("Nama aset tidak boleh kosong.", "The asset name cannot be empty."),
    "aset_sudah_ada": (
        "Kode aset '{aset}' sudah dipakai. Pilih kode lain.",
        "Asset code '{aset}' is already in use. Choose another code.",
    ),
    "aset_utang_tanpa_pemasok": (
        "Aset yang dibeli secara utang perlu pemasoknya: tambahkan --pemasok NAMA.",
        "An asset bought on credit needs its supplier: add --pemasok NAME.",
    ),
    "aset_kas_tanpa_bayar": (
        "--kas hanya untuk uang yang dibayar atau diterima; tidak dipakai untuk '{sumber}'. Hapus --kas.",
        "--kas is only for money paid or received; it does not apply to '{sumber}'. Drop --kas.",
    ),
    "aset_susut_belum_akhir": (
        "Penyusutan bulan {bulan} baru bisa diposting pada akhir bulannya ({tanggal}).",
        "The depreciation of {bulan} can be posted only at the month's end ({tanggal}).",
    ),
    "aset_susut_kosong": (
        "Tidak ada aset yang disusutkan pada bulan {bulan}; tidak ada yang diposting.",
        "No asset is depreciated in {bulan}; nothing was posted.",
    ),
    "aset_susut_sudah": (
        "Penyusutan bulan {bulan} sudah diposting (Rp {jumlah:rp}); tidak ada yang diposting lagi. Lihat 'koperasi aset daftar'.",
        "The depreciation of {bulan} is already posted (Rp {jumlah:rp}); nothing more was posted. See 'koperasi aset daftar'.",
    ),
    "aset_sudah_dilepas": (
        "Aset {aset} sudah dilepas pada {tanggal}.",
        "Asset {aset} was already disposed of on {tanggal}.",
    ),
    "aset_lepas_sebelum_perolehan": (
        "Aset {aset} baru diperoleh pada {tanggal}: tanggal pelepasan tidak boleh lebih awal.",
        "Asset {aset} was acquired on {tanggal}: it cannot be disposed of before that.",
    ),
    "aset_lepas_setelah_susut": (
        "Penyusutan aset {aset} sudah diposting sampai bulan {bulan}, sesudah pelepasan tanggal {tanggal}. Pakai tanggal pelepasan yang lebih akhir, atau batalkan dulu penyusutan itu dengan 'koperasi jurnal batal'.",
        "Depreciation of asset {aset} is posted through {bulan}, after a disposal on {tanggal}. Use a later disposal date, or first reverse that depreciation with 'koperasi jurnal batal'.",
    ),
    # periksa
    "periksa_aset_cache": (
        "Catatan penyusutan di data/aset.json tidak sama dengan jurnal penyusutan.",
        "The depreciation rows in data/aset.json do not match the depreciation entries of the journal.",
    ),
    "periksa_aset_lebih_susut": (
        "Aset {aset} disusutkan Rp {akumulasi:rp}, melebihi harga perolehan dikurangi residu (Rp {batas:rp}).",
        "Asset {aset} is depreciated by Rp {akumulasi:rp}, more than its cost less residual (Rp {batas:rp}).",
    ),
    "periksa_aset_akun": (
        "Saldo akun {akun} (Rp {saldo:rp}) tidak sama dengan daftar aset tetap (Rp {register:rp}). Catat aset dengan 'koperasi aset tambah', bukan jurnal manual, dan batalkan jurnal manualnya.",
        "Account {akun} (Rp {saldo:rp}) does not equal the fixed asset register (Rp {register:rp}). Record assets with 'koperasi aset tambah', not manual entries, and reverse the manual entry.",
    ),
}
