"""Messages of the commands."""

PESAN = {
    "format_tidak_didukung": (
        "Bentuk keluaran '{format}' tidak didukung di sini; pilih: {boleh}.",
        "Output format '{format}' is not supported here; choose: {boleh}.",
    ),
    "format_perlu_berkas": (
        "Bentuk keluaran '{format}' hanya bisa ditulis ke berkas; tambahkan -o NAMA.{format}.",
        "Output format '{format}' can only be written to a file; add -o NAME.{format}.",
    ),
    "akhiran_tidak_dikenal": (
        "Berkas keluaran {berkas} berakhiran '{akhiran}' yang tidak bisa ditulis di sini; beri nama berakhiran salah satu dari: {sah}.",
        "Output file {berkas} has the suffix '{akhiran}', which cannot be written here; give it one of these suffixes: {sah}.",
    ),
    "bagian_tidak_ada": (
        "Laporan ini tidak punya bagian '{bagian}'; pilih salah satu: {sah}.",
        "This report has no section '{bagian}'; choose one of: {sah}.",
    ),
    "bagian_hanya_tabel_csv": (
        "--bagian hanya untuk tabel dan CSV, bukan {format}; JSON selalu memuat semua bagian dengan kuncinya.",
        "--section works with the table and CSV only, not {format}; JSON always holds every section under its key.",
    ),
    "bagian_hanya_csv": (
        "--bagian di sini hanya untuk CSV, bukan {format}; tabel dan JSON selalu memuat semua bagian.",
        "--section works with the CSV only here, not {format}; the table and JSON always hold every section.",
    ),
    "csv_banyak_bagian": (
        "Laporan ini punya beberapa bagian ({bagian}) dan CSV memuat satu tabel per berkas: tulis semuanya dengan -o NAMA.csv atau -o FOLDER/, atau pilih satu dengan --bagian.",
        "This report has several sections ({bagian}) and a CSV holds one table per file: write them all with -o NAME.csv or -o FOLDER/, or pick one with --section.",
    ),
    "format_bentrok": (
        "--format {format} bertentangan dengan akhiran '{akhiran}' pada -o {berkas}; samakan keduanya atau hapus --format (bentuknya mengikuti akhiran).",
        "--format {format} conflicts with the suffix '{akhiran}' of -o {berkas}; make them agree or drop --format (the suffix decides).",
    ),
    "provinsi_tidak_cocok": (
        "Kunci {kunci}: kode wilayah {kode_wilayah} ada di Provinsi {provinsi}, bukan '{nilai}'.",
        "Key {kunci}: area code {kode_wilayah} lies in the province of {provinsi}, not '{nilai}'.",
    ),
    "init_isian_tidak_sah": (
        "Koperasi tidak didaftarkan; perbaiki opsi berikut:",
        "The cooperative was not registered; correct these options:",
    ),
    "init_isian_salah": ("Opsi {opsi}: {pesan}", "Option {opsi}: {pesan}"),
    "init_kurang": (
        "Isian wajib belum diberikan: {kunci}. Tambahkan opsinya atau pakai --dari BERKAS.yaml.",
        "Required fields are missing: {kunci}. Add those options or use --dari FILE.yaml.",
    ),
    # `koperasi init` on a terminal: the questions and what is wrong with an answer
    "init_tanya_nama": ("Nama koperasi", "The cooperative's name"),
    "init_tanya_kode_wilayah": ("Kode wilayah (atau nama desa/kelurahan)", "Area code (or the desa/kelurahan's name)"),
    "init_tanya_desa": ("Desa/kelurahan", "Desa/kelurahan (village)"),
    "init_tanya_kecamatan": ("Kecamatan", "Kecamatan (district)"),
    "init_tanya_kabupaten": ("Kabupaten/kota", "Kabupaten/kota (regency or city)"),
    "init_tanya_provinsi": ("Provinsi", "Province"),
    "init_tanya_mulai": ("Hari pertama pembukuan", "First day of the books"),
    "init_tanya_unit": (
        "Unit usaha (pisahkan dengan koma; kantor dan simpan-pinjam selalu ada)",
        "Business units (comma-separated; kantor and simpan-pinjam are always there)",
    ),
    "init_unit_tidak_ada": (
        "Unit '{nilai}' tidak dikenal; pilih dari: {sah}.",
        "Unit '{nilai}' is unknown; choose from: {sah}.",
    ),
    "init_petunjuk_kode": (
        "Kode wilayah berbentuk PP.KK.CC.DDDD; untuk Kota Denpasar cukup ketik nama desa/kelurahan (? menampilkan daftarnya).",
        "The area code looks like PP.KK.CC.DDDD; in Kota Denpasar just type the desa/kelurahan's name (? lists them).",
    ),
    "init_kode_ditemukan": ("{nilai}: kode wilayah {kode_wilayah}.", "{nilai}: area code {kode_wilayah}."),
    "init_desa_saran": (
        "Tidak ada desa/kelurahan '{nilai}' di Kota Denpasar. {saran}? Ketik namanya persis seperti itu, atau kode wilayahnya.",
        "There is no desa/kelurahan '{nilai}' in Kota Denpasar. {saran}? Type the name exactly so, or its area code.",
    ),
    "init_desa_tidak_dikenal": (
        "Tidak ada desa/kelurahan '{nilai}' di Kota Denpasar; ketik ? untuk melihat daftarnya.",
        "There is no desa/kelurahan '{nilai}' in Kota Denpasar; type ? to see the list.",
    ),
    "init_kode_tidak_dikenal": (
        "'{nilai}' bukan kode wilayah (PP.KK.CC.DDDD, mis. 51.71.03.2008) dan bukan desa/kelurahan di Kota Denpasar; ketik ? untuk melihat daftarnya.",
        "'{nilai}' is neither an area code (PP.KK.CC.DDDD, e.g. 51.71.03.2008) nor a desa/kelurahan of Kota Denpasar; type ? to see the list.",
    ),
    "init_desa_beda_kode": (
        "Kode wilayah {kode_wilayah} adalah {desa}, bukan '{nilai}'; tekan Enter untuk {desa}, atau jalankan ulang dengan kode wilayah yang benar.",
        "Area code {kode_wilayah} is {desa}, not '{nilai}'; press Enter for {desa}, or start again with the right area code.",
    ),
    "init_kecamatan_beda": (
        "{desa} ada di Kecamatan {kecamatan}, bukan '{nilai}'; tekan Enter untuk {kecamatan}.",
        "{desa} lies in Kecamatan {kecamatan}, not '{nilai}'; press Enter for {kecamatan}.",
    ),
    "init_provinsi_beda": (
        "Kode wilayah {kode_wilayah} ada di Provinsi {provinsi}, bukan '{nilai}'; tekan Enter untuk {provinsi}.",
        "Area code {kode_wilayah} lies in the province of {provinsi}, not '{nilai}'; press Enter for {provinsi}.",
    ),
    "koperasi_sudah_ada": (
        "Di {folder} sudah ada koperasi (koperasi.yaml). Pilih folder lain dengan -C.",
        "{folder} already holds a cooperative (koperasi.yaml). Choose another folder with -C.",
    ),
    "berkas_tidak_ada": ("Berkas {berkas} tidak ada atau tidak bisa dibaca.", "File {berkas} does not exist or cannot be read."),
    "yaml_rusak": ("Berkas {berkas} bukan YAML yang sah (baris {baris}).", "File {berkas} is not valid YAML (line {baris})."),
    "yaml_bukan_profil": (
        "Berkas {berkas} harus berisi isian profil (nama, desa, ...), langsung atau di bawah 'profil:'.",
        "File {berkas} must hold the profile fields (nama, desa, ...), at the top or under 'profil:'.",
    ),
    "bukan_akun_kas": (
        "Akun {akun} bukan akun kas atau bank (1101-1109).",
        "Account {akun} is not a cash or bank account (1101-1109).",
    ),
    "akun_lawan_sama": ("Akun lawan tidak boleh sama dengan akun kas ({akun}).", "The other account cannot be the cash account itself ({akun})."),
    "akun_kontrol": (
        "Akun {akun} adalah akun kontrol buku pembantu; catat lewat perintahnya (simpanan, pinjaman, sembako).",
        "Account {akun} is a sub-ledger control account; record through its own commands ('koperasi savings', 'koperasi loan', 'koperasi shop').",
    ),
    "kas_tidak_cukup": (
        "Saldo kas {akun} hanya Rp {saldo:rp}, tidak cukup untuk Rp {jumlah:rp}.",
        "Cash account {akun} holds only Rp {saldo:rp}, not enough for Rp {jumlah:rp}.",
    ),
    "baris_jurnal_tidak_sah": (
        "Baris '{nilai}' harus berbentuk AKUN=JUMLAH, mis. 6103=150000.",
        "Line '{nilai}' must look like ACCOUNT=AMOUNT, e.g. 6103=150000.",
    ),
    "batal_pembalik": (
        "Jurnal {id} adalah pembalik dari {asli}; tidak bisa dibatalkan lagi. Catat jurnal baru bila perlu.",
        "Entry {id} reverses {asli}; it cannot be reversed again. Record a new entry if needed.",
    ),
    "batal_merusak_sub_buku": (
        "Pembatalan ditolak: saldo {dim} {nilai} di akun {akun} akan menjadi minus (sudah ditarik, dibayar atau terjual). Batalkan dulu transaksi sesudahnya.",
        "Reversal refused: the {dim} {nilai} balance on account {akun} would go below zero (already withdrawn, paid or sold). Reverse the later transactions first.",
    ),
    "batal_sebelum_asli": (
        "Tanggal pembatalan tidak boleh sebelum tanggal jurnal {id} ({tanggal}).",
        "The reversal cannot be dated before entry {id} ({tanggal}).",
    ),
    "folder_keluaran_tidak_ada": (
        "Folder {folder} tidak ada; buat dulu atau pilih berkas di folder lain.",
        "Folder {folder} does not exist; create it or choose a file in another folder.",
    ),
    "berkas_keluaran_gagal": ("Berkas {berkas} tidak bisa ditulis ({sebab}).", "File {berkas} cannot be written ({sebab})."),
    "ekspor_tanpa_berkas": (
        "Sebutkan berkas tujuan: 'ekspor hledger BERKAS' atau '-o BERKAS'.",
        "Name the output file: 'ekspor hledger FILE' or '-o FILE'.",
    ),
    "bulan_sudah_tutup": ("Bulan {bulan} sudah ditutup.", "Month {bulan} is already closed."),
    "bulan_belum_berakhir": (
        "Bulan {bulan} belum berakhir; tutup buku sesudah hari terakhirnya.",
        "Month {bulan} has not ended; close it after its last day.",
    ),
    "bulan_sebelum_mulai": ("Bulan {bulan} sebelum buku dimulai ({mulai}).", "Month {bulan} is before the books start ({mulai})."),
    "bulan_sebelumnya_terbuka": (
        "Bulan {terbuka} masih terbuka; tutup dulu sebelum menutup {bulan}.",
        "Month {terbuka} is still open; close it before {bulan}.",
    ),
    "tutup_periksa_gagal": (
        "Bulan tidak bisa ditutup karena 'koperasi periksa' menemukan masalah:",
        "The month cannot be closed because 'koperasi periksa' found problems:",
    ),
}

PESAN |= {
    "anggota_tidak_ada": (
        "Anggota nomor {no} tidak ada. Lihat daftar dengan 'koperasi anggota daftar'.",
        "Member number {no} does not exist. See the list with 'koperasi anggota daftar'.",
    ),
    "anggota_tidak_aktif": (
        "Anggota {no} ({nama}) sudah tidak aktif.",
        "Member {no} ({nama}) is no longer active.",
    ),
}

PESAN |= {
    "tutup_bulan_atau_tahun": (
        "Sebutkan bulan yang ditutup (tutup-buku 2025-10) atau tahunnya (tutup-buku --tahun 2025), tidak keduanya.",
        "Name the month to close ('tutup-buku 2025-10') or the year ('tutup-buku --tahun 2025'), not both.",
    ),
    "bulan_belum_tutup": ("Bulan {bulan} belum ditutup.", "Month {bulan} is not closed."),
    "buka_bukan_terakhir": (
        "Hanya bulan yang terakhir ditutup ({terakhir}) yang bisa dibuka kembali, bukan {bulan}.",
        "Only the latest closed month ({terakhir}) can be reopened, not {bulan}.",
    ),
    "buka_tanpa_alasan": ("Tulis alasan membuka kembali dengan --alasan.", "Give the reason for reopening with --alasan."),
    "tahun_sudah_tutup": ("Tahun buku {tahun} sudah ditutup.", "Financial year {tahun} is already closed."),
    "tahun_belum_berakhir": ("Tahun {tahun} belum berakhir; tutup buku sesudah 31 Desember.", "Year {tahun} has not ended; close it after 31 December."),
    "tahun_sebelum_mulai": ("Tahun {tahun} sebelum buku dimulai ({mulai}).", "Year {tahun} is before the books start ({mulai})."),
    "tahun_sebelumnya_terbuka": ("Tahun buku {terbuka} belum ditutup; tutup dulu sebelum {tahun}.", "Financial year {terbuka} is not closed; close it before {tahun}."),
    "shu_alokasi_salah": ("Alokasi SHU di koperasi.yaml (pengaturan.shu.alokasi) salah:", "The SHU allocation in koperasi.yaml (pengaturan.shu.alokasi) is wrong:"),
    "shu_persen_bukan_100": (
        "Jumlah persentase alokasi SHU {total}, harus tepat 100. Perbaiki pengaturan.shu.alokasi.",
        "The SHU allocation percentages add up to {total}; they must total exactly 100. Fix pengaturan.shu.alokasi.",
    ),
    "shu_pos_tidak_dikenal": ("Pos alokasi '{pos}' tidak dikenal; yang ada: {sah}.", "Allocation item '{pos}' is unknown; known: {sah}."),
    "shu_tahun_belum_tutup": ("SHU {tahun} baru bisa dibayar sesudah 'tutup-buku --tahun {tahun}'.", "The {tahun} SHU can be paid only after 'tutup-buku --tahun {tahun}'."),
    "shu_sudah_dibayar": ("SHU {tahun} sudah dibayarkan seluruhnya.", "The {tahun} SHU has been paid in full."),
    "shu_tanpa_bagian": (
        "SHU {tahun} tidak memberi bagian kepada anggota (semua bagian Rp 0: RAT tidak membaginya ke anggota, "
        "atau tahun itu tidak bersisa hasil usaha); tidak ada yang dibayar. Lihat 'koperasi laporan shu {tahun}'.",
        "The {tahun} SHU gives the members no share (every share is Rp 0: the RAT allocated none to them, "
        "or the year had no surplus); there is nothing to pay. See 'koperasi laporan shu {tahun}'.",
    ),
}
