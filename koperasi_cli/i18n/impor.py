"""Messages of batch imports (`koperasi impor`)."""

PESAN = {
    "impor_ditolak": (
        "Berkas {berkas} ditolak: {jumlah} masalah; tidak ada yang dicatat. Perbaiki baris-baris ini lalu impor lagi.",
        "File {berkas} refused: {jumlah} problems; nothing was recorded. Fix these rows and import again.",
    ),
    "impor_bukan_utf8": (
        "Berkas {berkas} bukan teks UTF-8. Di Excel simpan sebagai 'CSV UTF-8', atau pakai .xlsx.",
        "File {berkas} is not UTF-8 text. In Excel save as 'CSV UTF-8', or use .xlsx.",
    ),
    "impor_csv_kutip": (
        "Berkas {berkas}, baris {baris}: sebuah tanda kutip (\") membuka kolom yang tidak ditutup di baris itu (atau satu sel berisi pergantian baris), sehingga baris-baris berikutnya ikut tertelan. Hapus atau tutup tanda kutip itu (atau gabungkan isi sel menjadi satu baris) lalu impor lagi.",
        "File {berkas}, row {baris}: a quote mark (\") opens a field that is not closed on that row (or a cell holds a line break), so the rows after it would be swallowed. Remove or close that quote (or put the cell on one line) and import again.",
    ),
    "impor_sel_terlalu_besar": (
        "Berkas {berkas}, sekitar baris {baris}: satu kolom lebih dari 128 KB. Berkas impor hanya berisi nama, angka dan tanggal; periksa berkasnya.",
        "File {berkas}, near row {baris}: one field is over 128 KB. An import file holds names, numbers and dates; check the file.",
    ),
    "impor_csv_rusak": (
        "Berkas {berkas}, sekitar baris {baris}: bukan CSV yang terbaca ({sebab}). Simpan ulang sebagai 'CSV UTF-8'.",
        "File {berkas}, near row {baris}: not a readable CSV ({sebab}). Save it again as 'CSV UTF-8'.",
    ),
    "impor_xlsx_sheet_rusak": (
        "Berkas {berkas}: isi sheet tidak terbaca (XML rusak). Buka dan simpan ulang di Excel, atau pakai CSV.",
        "File {berkas}: the sheet's content cannot be read (damaged XML). Open and save it again in Excel, or use CSV.",
    ),
    "impor_xlsx_terlalu_luas": (
        "Berkas {berkas}: sheet berisi sel sampai {sel}, di luar batas impor ({kolom} kolom, {baris:rp} baris). Hapus baris dan kolom kosong di bawah dan di kanan data lalu simpan lagi.",
        "File {berkas}: the sheet holds cells up to {sel}, beyond the import limits ({kolom} columns, {baris:rp} rows). Delete the empty rows and columns below and right of the data and save again.",
    ),
    "impor_kosong": ("Berkas {berkas} kosong: baris pertama harus berisi nama kolom.", "File {berkas} is empty: the first row must hold the column names."),
    "impor_xlsx_rusak": ("Berkas {berkas} bukan buku kerja Excel (.xlsx) yang terbaca.", "File {berkas} is not a readable Excel workbook (.xlsx)."),
    "impor_sheet_tidak_ada": ("Sheet '{sheet}' tidak ada; yang ada: {ada}.", "Sheet '{sheet}' does not exist; there are: {ada}."),
    "impor_berkas_tidak_ada": ("Berkas {berkas} tidak ditemukan.", "File {berkas} was not found."),
    "impor_format_berkas": ("Berkas {berkas}: pakai .csv atau .xlsx.", "File {berkas}: use .csv or .xlsx."),
    "impor_kolom_kurang": (
        "Kolom wajib tidak ada: {kolom}. Kolom di berkas: {ada}. Lihat 'koperasi impor template'.",
        "Required columns missing: {kolom}. Columns in the file: {ada}. See 'koperasi impor template'.",
    ),
    "impor_kosong_kolom": ("Kolom {kolom} kosong; isi wajib.", "Column {kolom} is empty; it is required."),
    "impor_baris_ganda": (
        "Baris ini sama persis dengan baris {baris}. Hapus salah satu, atau beri nomor bukti berbeda bila keduanya benar.",
        "This row is the same as row {baris}. Remove one, or give them different receipt numbers if both are real.",
    ),
    "impor_nik_ganda": ("NIK ini sudah ada di baris {baris} berkas yang sama.", "This NIK is already on row {baris} of the same file."),
    "impor_ya_tidak": ("'{nilai}' bukan ya/tidak.", "'{nilai}' is not yes/no (ya/tidak)."),
    "impor_bukan_bilangan": ("'{nilai}' bukan bilangan bulat.", "'{nilai}' is not a whole number."),
    "impor_qty_positif": ("Banyak barang '{nilai}' harus lebih dari nol.", "Quantity '{nilai}' must be more than zero."),
    "impor_tanggal_depan": ("Tanggal {tanggal} belum tiba.", "Date {tanggal} is in the future."),
    "impor_jenis_tidak_sah": ("Jenis impor '{nilai}' tidak dikenal; pilih: {sah}.", "Import kind '{nilai}' is unknown; choose: {sah}."),
    "impor_galat_csv": ("Daftar masalah ditulis ke {berkas}.", "The list of problems was written to {berkas}."),
    # opening balances
    "saldo_awal_tidak_seimbang": (
        "Saldo awal tidak seimbang: debit {debit:rp}, kredit {kredit:rp}. Periksa sheet akun.",
        "Opening balances do not balance: debit {debit:rp}, credit {kredit:rp}. Check the akun sheet.",
    ),
    "saldo_awal_rincian_beda": (
        "Rincian {rincian} berjumlah {jumlah:rp}, tetapi saldo akun {akun} {saldo:rp}. Keduanya harus sama.",
        "The {rincian} details add up to {jumlah:rp}, but account {akun} holds {saldo:rp}. They must be equal.",
    ),
    "saldo_awal_akun_laba_rugi": (
        "Akun {akun} adalah akun pendapatan atau beban; saldo awal hanya untuk akun neraca. "
        "Bawa hasil tahun-tahun lalu sebagai SHU belum dibagi (3302).",
        "Account {akun} is an income or expense account; opening balances are for balance-sheet accounts only. "
        "Bring earlier years' result as SHU belum dibagi (3302).",
    ),
    "saldo_awal_sudah": (
        "Buku ini sudah berisi {n} entri; saldo awal hanya bisa diimpor ke buku yang masih kosong.",
        "These books already hold {n} entries; opening balances can only be imported into empty books.",
    ),
    "saldo_awal_akun_kontrol": (
        "Akun {akun} harus dirinci di sheet {sheet}.",
        "Account {akun} must be detailed in the {sheet} sheet.",
    ),
    "saldo_awal_kolom_kurang": (
        "Sheet {sheet} tidak punya kolom wajib: {kolom}. Kolom yang ada: {ada}. Lihat 'koperasi impor template saldo-awal'.",
        "The {sheet} sheet lacks required columns: {kolom}. Its columns: {ada}. See 'koperasi impor template saldo-awal'.",
    ),
    "saldo_awal_ppap_tanpa_pinjaman": (
        "Akun {akun} (PPAP) bersaldo, tetapi tidak ada pinjaman di sheet pinjaman. Cadangan dibagi ke pinjaman yang masih berjalan: isi sheet pinjaman atau kosongkan saldo {akun}.",
        "Account {akun} (loan-loss provision) has a balance but the pinjaman sheet lists no loans. The provision is spread over the outstanding loans: fill in the pinjaman sheet or clear the {akun} balance.",
    ),
    "saldo_awal_pinjaman_tanpa_produk": (
        "Kolom {kolom} kosong; isi, atau sebutkan produk pinjaman di kolom produk agar diambil dari koperasi.yaml.",
        "Column {kolom} is empty; fill it in, or name a loan product in the produk column to take it from koperasi.yaml.",
    ),
    "saldo_awal_cair_sesudah": (
        "Tanggal cair {tanggal} sesudah tanggal saldo awal {awal}; pinjaman yang cair sesudahnya dicatat dengan 'koperasi pinjaman cair'.",
        "Disbursement date {tanggal} is after the opening date {awal}; a loan disbursed later is recorded with 'koperasi pinjaman cair'.",
    ),
    "saldo_awal_jatuh_tempo_sebelum_cair": (
        "Jatuh tempo {jatuh_tempo} tidak sesudah tanggal cair {tanggal}; tulis tanggal jatuh tempo angsuran berikutnya.",
        "Due date {jatuh_tempo} is not after the disbursement date {tanggal}; write the next installment's due date.",
    ),
    "saldo_awal_pokok_awal_kurang": (
        "Pokok awal lebih kecil dari sisa pokok; periksa kedua kolom.",
        "The original amount is less than the remaining principal; check both columns.",
    ),
}
