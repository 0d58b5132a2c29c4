"""Messages of the core and the ledger."""

BENTUK_JUMLAH = "1500000, 1.500.000, 1_500_000, Rp 1.500.000, 20rb, 1,5jt"

PESAN = {
    # values users type (core/masukan.py)
    "digit_bukan_ascii": (
        "'{nilai}' memuat angka yang bukan 0-9 (mis. angka lebar penuh atau aksara lain). Ketik ulang dengan angka 0-9 biasa.",
        "'{nilai}' holds a digit that is not 0-9 (e.g. a full-width digit or another script's). Type it again with plain digits 0-9.",
    ),
    "angka_terlalu_panjang": (
        "Angka yang ditulis terlalu panjang ({panjang} karakter; paling banyak {maks}). Periksa angkanya.",
        "The number typed is too long ({panjang} characters; at most {maks}). Check the number.",
    ),
    "teks_kosong": (
        "{medan} tidak boleh kosong.",
        "{medan} cannot be empty.",
    ),
    "teks_karakter_terlarang": (
        "{medan} memuat karakter tersembunyi atau pengendali ({karakter}: kontrol, arah teks atau lebar nol). Ketik ulang teksnya tanpa karakter itu.",
        "{medan} holds a hidden or control character ({karakter}: control, text direction or zero width). Type the text again without it.",
    ),
    "teks_terlalu_panjang": (
        "{medan} terlalu panjang: {panjang} karakter, paling banyak {maks}. Persingkat teksnya.",
        "{medan} is too long: {panjang} characters, at most {maks}. Shorten it.",
    ),
    "tanggal_depan": (
        "Tanggal {tanggal} belum tiba (hari ini {hari_ini} di zona waktu koperasi). Transaksi dicatat pada tanggal terjadinya; pakai --tanggal hari ini atau sebelumnya.",
        "Date {tanggal} is in the future (today is {hari_ini} in the cooperative's time zone). An entry is recorded on the day it happened; use a --tanggal of today or earlier.",
    ),
    "tanggal_di_luar_jangkauan": (
        "Tanggal {tanggal} di luar jangkauan buku: pakai tanggal antara tahun 1900 dan 2999.",
        "Date {tanggal} is outside the range of the books: use a date between the years 1900 and 2999.",
    ),
    # amounts, dates
    "jumlah_tidak_sah": (
        f"Jumlah '{{nilai}}' tidak dikenali. Tulis rupiah bulat, misalnya: {BENTUK_JUMLAH}.",
        f"Amount '{{nilai}}' is not understood. Write whole rupiah, e.g.: {BENTUK_JUMLAH}.",
    ),
    "jumlah_negatif": (
        f"Jumlah '{{nilai}}' negatif. Tulis jumlah positif, misalnya: {BENTUK_JUMLAH}.",
        f"Amount '{{nilai}}' is negative. Write a positive amount, e.g.: {BENTUK_JUMLAH}.",
    ),
    "jumlah_terlalu_besar": (
        "Jumlah '{nilai}' terlalu besar: paling banyak Rp 1.000.000.000.000.000 per transaksi. Periksa angka nolnya.",
        "Amount '{nilai}' is too large: at most Rp 1.000.000.000.000.000 per transaction. Check the zeros.",
    ),
    "baris_terlalu_besar": (
        "Jumlah pada akun {akun} terlalu besar: paling banyak Rp 1.000.000.000.000.000 per baris.",
        "The amount on account {akun} is too large: at most Rp 1.000.000.000.000.000 a posting.",
    ),
    "jumlah_nol": (
        "Jumlah tidak boleh nol. Tulis jumlah lebih dari 0.",
        "The amount cannot be zero. Write an amount above 0.",
    ),
    "persen_tidak_sah": (
        "Persentase '{nilai}' tidak sah. Tulis angka seperti 1.5 atau 1,5.",
        "Rate '{nilai}' is not valid. Write a number such as 1.5.",
    ),
    "tanggal_tidak_sah": (
        "Tanggal '{nilai}' tidak sah. Tulis 2025-10-20, 20/10/2025, hari-ini atau kemarin.",
        "Date '{nilai}' is not valid. Write 2025-10-20, 20/10/2025, hari-ini (today) or kemarin (yesterday).",
    ),
    "bulan_tidak_sah": (
        "Bulan '{nilai}' tidak sah. Tulis 2025-10, 10/2025 atau 'Oktober 2025'.",
        "Month '{nilai}' is not valid. Write 2025-10, 10/2025 or 'Oktober 2025'.",
    ),
    "tahun_tidak_sah": (
        "Tahun '{nilai}' tidak sah. Tulis empat angka, misalnya 2025.",
        "Year '{nilai}' is not valid. Write four digits, e.g. 2025.",
    ),
    "periode_tidak_sah": (
        "Periode '{nilai}' tidak sah. Tulis bulan (2025-10, 'Oktober 2025') atau tahun (2025).",
        "Period '{nilai}' is not valid. Write a month (2025-10, 'Oktober 2025') or a year (2025).",
    ),
    # accounts, entries
    "akun_tidak_ada": (
        "Akun '{nilai}' tidak ada di bagan akun. Lihat daftarnya dengan 'koperasi akun daftar'.",
        "Account '{nilai}' is not in the chart of accounts. See the list with 'koperasi akun daftar'.",
    ),
    "akun_ambigu": (
        "Nama akun '{nilai}' cocok dengan beberapa akun ({calon}). Tulis kodenya.",
        "Account name '{nilai}' matches several accounts ({calon}). Write its code.",
    ),
    "akun_kode_tidak_sah": (
        "Kunci {kunci} di koperasi.yaml: kode akun '{nilai}' harus empat angka diawali 1-6.",
        "Key {kunci} in koperasi.yaml: account code '{nilai}' must be four digits starting with 1-6.",
    ),
    "akun_ganda": (
        "Kunci {kunci} di koperasi.yaml: kode akun '{nilai}' muncul dua kali.",
        "Key {kunci} in koperasi.yaml: account code '{nilai}' appears twice.",
    ),
    "akun_normal_tidak_sah": (
        "Kunci {kunci} di koperasi.yaml: '{nilai}' harus 'debit' atau 'kredit'.",
        "Key {kunci} in koperasi.yaml: '{nilai}' must be 'debit' or 'kredit'.",
    ),
    "entri_kurang_baris": (
        "Jurnal harus punya sedikitnya satu baris debit dan satu baris kredit.",
        "An entry needs at least one debit and one credit line.",
    ),
    "baris_bukan_rupiah": (
        "Jumlah pada akun {akun} harus rupiah bulat.",
        "The amount on account {akun} must be whole rupiah.",
    ),
    "baris_negatif": (
        "Jumlah pada akun {akun} tidak boleh negatif.",
        "The amount on account {akun} cannot be negative.",
    ),
    "baris_satu_sisi": (
        "Baris akun {akun} harus berisi debit atau kredit (lebih dari 0), tidak keduanya.",
        "The line on account {akun} needs a debit or a credit above 0, not both.",
    ),
    "unit_tidak_ada": (
        "Unit usaha '{nilai}' tidak ada di profil. Unit yang ada: {sah}.",
        "Business unit '{nilai}' is not in the profile. Units: {sah}.",
    ),
    "entri_tidak_seimbang": (
        "Jurnal tidak seimbang: debit {debit:rp}, kredit {kredit:rp}. Samakan jumlah debit dan kredit.",
        "The entry does not balance: debit {debit:rp}, credit {kredit:rp}. Make debits equal credits.",
    ),
    "periode_tutup": (
        "Bulan {bulan} sudah ditutup; tidak bisa mencatat di bulan itu. Pakai tanggal di bulan yang masih terbuka.",
        "Month {bulan} is closed; nothing can be recorded in it. Use a date in an open month.",
    ),
    "sebelum_mulai": (
        "Tanggal {tanggal} sebelum buku dimulai ({mulai}). Pakai tanggal sejak {mulai}.",
        "Date {tanggal} is before the books start ({mulai}). Use a date from {mulai} on.",
    ),
    "sudah_dibatalkan": (
        "Jurnal {id} sudah dibatalkan oleh {oleh}.",
        "Entry {id} was already reversed by {oleh}.",
    ),
    "entri_tidak_ada": (
        "Jurnal '{id}' tidak ditemukan. Lihat nomor jurnal dengan 'koperasi jurnal daftar'.",
        "Entry '{id}' not found. See entry numbers with 'koperasi jurnal daftar'.",
    ),
    "entri_ditolak": ("Jurnal ditolak:", "The entry is refused:"),
    # profile
    "profil_bukan_peta": (
        "koperasi.yaml harus berisi peta (kunci: nilai) dengan bagian 'profil' dan 'akun'.",
        "koperasi.yaml must hold a mapping (key: value) with the sections 'profil' and 'akun'.",
    ),
    "profil_kunci_wajib": (
        "Kunci {kunci} di koperasi.yaml kosong atau tidak ada; isi nilainya.",
        "Key {kunci} in koperasi.yaml is empty or missing; fill it in.",
    ),
    "profil_kunci_jenis": (
        "Kunci {kunci} di koperasi.yaml harus berisi {harap}.",
        "Key {kunci} in koperasi.yaml must hold {harap}.",
    ),
    "profil_rupiah_titik": (
        "Kunci {kunci} di koperasi.yaml: '{nilai}' terbaca sebagai pecahan. Tulis rupiah tanpa titik, misalnya 100000.",
        "Key {kunci} in koperasi.yaml: '{nilai}' reads as a fraction. Write rupiah without dots, e.g. 100000.",
    ),
    "profil_akun_tidak_ada": (
        "Kunci {kunci} di koperasi.yaml menyebut akun '{nilai}' yang tidak ada di bagan akun.",
        "Key {kunci} in koperasi.yaml names account '{nilai}', which is not in the chart.",
    ),
    "profil_tanggal_tidak_sah": (
        "Kunci {kunci} di koperasi.yaml: tanggal '{nilai}' tidak sah; tulis 2025-10-20.",
        "Key {kunci} in koperasi.yaml: date '{nilai}' is not valid; write 2025-10-20.",
    ),
    "profil_yaml_rusak": (
        "koperasi.yaml tidak bisa dibaca di baris {baris}: {masalah}. Perbaiki baris itu.",
        "koperasi.yaml cannot be read at line {baris}: {masalah}. Fix that line.",
    ),
    "profil_tak_terbaca": (
        "koperasi.yaml tidak bisa dibaca ({sebab}).",
        "koperasi.yaml cannot be read ({sebab}).",
    ),
    "profil_tidak_sah": ("koperasi.yaml bermasalah:", "koperasi.yaml has problems:"),
    "nik_koperasi_tidak_sah": (
        "Kunci {kunci}: NIK koperasi '{nilai}' harus berupa angka saja (atau kosongkan bila belum ada).",
        "Key {kunci}: NIK koperasi '{nilai}' must be digits only (or leave it empty if there is none yet).",
    ),
    "kode_wilayah_tidak_sah": (
        "Kunci {kunci}: kode wilayah '{nilai}' harus berbentuk PP.KK.CC.DDDD, misalnya 51.71.03.2008.",
        "Key {kunci}: area code '{nilai}' must look like PP.KK.CC.DDDD, e.g. 51.71.03.2008.",
    ),
    "desa_denpasar_tidak_ada": (
        "Kunci {kunci}: '{nilai}' bukan desa/kelurahan di Kota Denpasar. Periksa ejaannya (43 desa/kelurahan).",
        "Key {kunci}: '{nilai}' is not a desa/kelurahan of Kota Denpasar. Check the spelling (43 of them).",
    ),
    "kode_wilayah_tidak_cocok": (
        "Kunci {kunci}: kode wilayah {desa} adalah {kode_benar}, bukan {nilai}.",
        "Key {kunci}: the area code of {desa} is {kode_benar}, not {nilai}.",
    ),
    "kecamatan_tidak_cocok": (
        "Kunci {kunci}: {desa} ada di Kecamatan {kecamatan}, bukan '{nilai}'.",
        "Key {kunci}: {desa} lies in Kecamatan {kecamatan}, not '{nilai}'.",
    ),
    "zona_waktu_tidak_sah": (
        "Kunci {kunci}: zona waktu '{nilai}' tidak dikenal; pakai Asia/Jakarta, Asia/Makassar atau Asia/Jayapura.",
        "Key {kunci}: time zone '{nilai}' is unknown; use Asia/Jakarta, Asia/Makassar or Asia/Jayapura.",
    ),
    # folder, files, lock
    "bukan_folder_koperasi": (
        "Folder {folder} bukan folder koperasi (tidak ada koperasi.yaml). Buat dengan 'koperasi init'.",
        "Folder {folder} is not a cooperative's folder (no koperasi.yaml). Create one with 'koperasi init'.",
    ),
    "folder_tidak_ditemukan": (
        "Tidak ada koperasi.yaml di {folder} atau folder di atasnya. Pakai -C FOLDER atau buat dengan 'koperasi init'.",
        "No koperasi.yaml in {folder} or any parent. Use -C FOLDER or create one with 'koperasi init'.",
    ),
    "folder_tak_tertulis": (
        "Folder {folder} tidak bisa ditulis ({sebab}).",
        "Folder {folder} cannot be written ({sebab}).",
    ),
    "terkunci": (
        "Buku sedang dipakai perintah lain dan masih terkunci setelah {detik} detik. Coba lagi sebentar lagi.",
        "The books are in use by another command and still locked after {detik} s. Try again shortly.",
    ),
    "berkas_tak_terbaca": (
        "Berkas {berkas} tidak bisa dibaca ({sebab}).",
        "File {berkas} cannot be read ({sebab}).",
    ),
    "berkas_rusak": (
        "Berkas {berkas} rusak (bukan JSON yang sah). Jalankan 'koperasi periksa' dan pulihkan cadangan terakhir ke folder baru: 'koperasi pulihkan CADANGAN.tar.gz FOLDER-BARU'.",
        "File {berkas} is damaged (not valid JSON). Run 'koperasi check' and restore the latest backup into a new folder: 'koperasi restore BACKUP.tar.gz NEW-FOLDER'.",
    ),
    "berkas_berubah": (
        "Berkas {berkas} diubah, dihapus atau disisipkan di luar koperasi; buku tidak dipakai. Jalankan 'koperasi periksa' dan pulihkan cadangan terakhir ke folder baru: 'koperasi pulihkan CADANGAN.tar.gz FOLDER-BARU'.",
        "File {berkas} was changed, removed or inserted outside koperasi; the books are not used. Run 'koperasi check' and restore the latest backup into a new folder: 'koperasi restore BACKUP.tar.gz NEW-FOLDER'.",
    ),
    "kepala_hilang": (
        "Berkas data/kepala.json hilang padahal jurnal ada. Pulihkan cadangan terakhir: 'koperasi pulihkan CADANGAN.tar.gz FOLDER-BARU'.",
        "File data/kepala.json is missing although the journal exists. Restore the latest backup: 'koperasi restore BACKUP.tar.gz NEW-FOLDER'.",
    ),
    "format_lebih_baru": (
        "Buku ini dibuat versi koperasi yang lebih baru (format {format}). Perbarui koperasi.",
        "These books were made by a newer koperasi (format {format}). Upgrade koperasi.",
    ),
    # periksa findings
    "periksa_berkas_hilang": ("Berkas {berkas} hilang.", "File {berkas} is missing."),
    "periksa_berkas_berubah": (
        "Berkas {berkas} diubah di luar koperasi (sidik SHA-256 tidak cocok).",
        "File {berkas} was changed outside koperasi (its SHA-256 does not match).",
    ),
    "periksa_berkas_asing": (
        "Berkas {berkas} tidak dikenal (disisipkan di luar koperasi).",
        "File {berkas} is unknown (inserted outside koperasi).",
    ),
    "periksa_nomor_salah": ("Entri {id} di {berkas}: nomor tidak cocok.", "Entry {id} in {berkas}: its number does not match."),
    "periksa_bulan_salah": ("Entri {id} berada di berkas bulan yang salah ({berkas}).", "Entry {id} is in the wrong month's file ({berkas})."),
    "periksa_nomor_ganda": ("Nomor jurnal {id} muncul lebih dari sekali.", "Entry number {id} appears more than once."),
    "periksa_entri_rusak": ("Entri {kunci} di {berkas} rusak.", "Entry {kunci} in {berkas} is damaged."),
    "periksa_total_bulan": ("Total akun bulan {bulan} tidak cocok dengan jurnalnya.", "The account totals of {bulan} do not match its entries."),
    "periksa_total_tag": ("Total per anggota/pinjaman/barang bulan {bulan} tidak cocok dengan jurnalnya.", "The member/loan/item totals of {bulan} do not match its entries."),
    "periksa_entri_hilang": ("Entri {id} hilang dari jurnal.", "Entry {id} is missing from the journal."),
    "periksa_hash_salah": ("Isi entri {id} diubah (hash tidak cocok).", "Entry {id} was altered (its hash does not match)."),
    "periksa_rantai_putus": ("Rantai hash putus di entri {id} (entri disisipkan, dihapus atau diurutkan ulang).", "The hash chain breaks at entry {id} (an entry was inserted, deleted or reordered)."),
    "periksa_entri_tidak_sah": ("Entri {id}: {sebab}", "Entry {id}: {sebab}"),
    "periksa_entri_di_bulan_tutup": ("Entri {id} dicatat di bulan {bulan} setelah bulan itu ditutup.", "Entry {id} was posted into {bulan} after that month was closed."),
    "periksa_kepala_salah": ("data/kepala.json tidak cocok dengan entri terakhir jurnal.", "data/kepala.json does not match the journal's last entry."),
    "periksa_neraca_saldo": ("Neraca saldo tidak seimbang: debit {debit:rp}, kredit {kredit:rp}.", "The trial balance does not balance: debit {debit:rp}, credit {kredit:rp}."),
    "periksa_neraca_timpang": ("Neraca akhir {bulan} tidak seimbang: aset {aset:rp}, kewajiban + ekuitas + SHU {pasiva:rp}.", "The balance sheet at the end of {bulan} does not balance: assets {aset:rp}, liabilities + equity + result {pasiva:rp}."),
}
