"""Messages of the commands."""

PESAN = {
    "format_tidak_didukung": (
        "Bentuk keluaran '{format}' tidak didukung di sini; pilih: {boleh}.",
        "Output format '{format}' is not supported here; choose: {boleh}.",
    ),
    "init_kurang": (
        "Isian wajib belum diberikan: {kunci}. Tambahkan opsinya atau pakai --dari BERKAS.yaml.",
        "Required fields are missing: {kunci}. Add those options or use --dari FILE.yaml.",
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
        "Account {akun} is a sub-ledger control account; record through its own commands (simpanan, pinjaman, sembako).",
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
