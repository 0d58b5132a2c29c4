"""Messages of the business units: rentals (`koperasi sewa`), services (`koperasi jasa`),
goods with batches and expiry, and the units in the profile."""

PESAN = {
    # units in the profile
    "unit_jenis_tidak_sah": (
        "Jenis unit '{nilai}' pada {kunci} tidak dikenal; pilih: {sah}.",
        "Unit kind '{nilai}' at {kunci} is unknown; choose: {sah}.",
    ),
    "unit_akun_tidak_dikenal": (
        "Akun {kunci} tidak dikenal untuk jenis unit ini; yang boleh: {sah}.",
        "Account key {kunci} is unknown for this kind of unit; allowed: {sah}.",
    ),
    "unit_persediaan_tidak_sah": (
        "Akun persediaan {nilai} pada {kunci} tidak bisa dipakai; pilih salah satu: {sah}.",
        "Inventory account {nilai} at {kunci} cannot be used; choose one of: {sah}.",
    ),
    "unit_program_tidak_ada": (
        "Unit '{nilai}' bukan unit program KDKMP; pilih dari: {sah} (unit lain bisa ditambah di koperasi.yaml).",
        "'{nilai}' is not a KDKMP programme unit; choose from: {sah} (other units can be added in koperasi.yaml).",
    ),
    "unit_bukan_jenis": (
        "Unit '{unit}' bukan unit {jenis}. Unit {jenis} di profil: {sah}.",
        "Unit '{unit}' is not a {jenis} unit. {jenis} units in the profile: {sah}.",
    ),
    # rentals
    "kode_sewa_tidak_sah": (
        "Kode objek sewa '{nilai}' tidak sah. Pakai huruf, angka, titik, garis bawah atau tanda hubung, mis. BOX01.",
        "Rental object code '{nilai}' is not valid. Use letters, digits, dots, underscores or hyphens, e.g. BOX01.",
    ),
    "objek_tanpa_nama": ("Nama objek sewa tidak boleh kosong.", "The rental object's name cannot be empty."),
    "objek_tanpa_tarif": (
        "Sebutkan tarifnya: --tarif-harian dan/atau --tarif-bulanan.",
        "Give its tariff: --tarif-harian and/or --tarif-bulanan.",
    ),
    "objek_sudah_ada": ("Objek sewa {obj} sudah ada.", "Rental object {obj} already exists."),
    "objek_tidak_ada": (
        "Objek sewa '{obj}' tidak ada. Lihat daftarnya dengan 'koperasi sewa daftar'.",
        "Rental object '{obj}' does not exist. See the list with 'koperasi sewa daftar'.",
    ),
    "objek_sedang_disewa": (
        "Objek {obj} sedang disewa {penyewa} sejak {mulai}. Selesaikan dulu sewanya dengan 'koperasi sewa selesai {obj}'.",
        "Object {obj} is rented to {penyewa} since {mulai}. End that rental first with 'koperasi sewa selesai {obj}'.",
    ),
    "objek_tidak_disewa": (
        "Objek {obj} tidak sedang disewa; tidak ada yang bisa diselesaikan.",
        "Object {obj} is not rented; there is nothing to end.",
    ),
    "sewa_basis_tidak_sah": ("Dasar sewa '{nilai}' tidak dikenal; pilih: {sah}.", "Rental basis '{nilai}' is unknown; choose: {sah}."),
    "sewa_tanpa_tarif_basis": (
        "Objek {obj} tidak punya tarif {basis}. Pilih dasar lain atau tambahkan tarifnya.",
        "Object {obj} has no {basis} tariff. Choose another basis or add that tariff.",
    ),
    "sewa_mulai_nanti": (
        "Sewa tidak bisa dicatat mulai {tanggal}, tanggal yang belum tiba. Catat pada hari sewanya mulai.",
        "A rental cannot be recorded as starting on {tanggal}, a day still to come. Record it on the day it starts.",
    ),
    "sewa_tanpa_penyewa": ("Sebutkan penyewanya: --penyewa NAMA atau --anggota NO.", "Name the renter: --penyewa NAME or --anggota NO."),
    "sewa_selesai_sebelum_mulai": (
        "Tanggal selesai {selesai} sebelum sewa mulai ({mulai}). Periksa --tanggal.",
        "The end date {selesai} is before the rental started ({mulai}). Check --tanggal.",
    ),
    "sewa_tagih_bulan_depan": (
        "Bulan {bulan} belum mulai; tagihan bulanan hanya untuk bulan ini atau sebelumnya.",
        "Month {bulan} has not begun; monthly bills are for this month or earlier.",
    ),
    # services
    "kode_jasa_tidak_sah": (
        "Kode jasa '{nilai}' tidak sah. Pakai huruf, angka, titik, garis bawah atau tanda hubung, mis. KONS.",
        "Service code '{nilai}' is not valid. Use letters, digits, dots, underscores or hyphens, e.g. KONS.",
    ),
    "jasa_tanpa_nama": ("Nama jasa tidak boleh kosong.", "The service name cannot be empty."),
    "jasa_sudah_ada": ("Tarif jasa {obj} sudah ada.", "Service tariff {obj} already exists."),
    "jasa_tidak_ada": (
        "Jasa '{obj}' tidak ada. Lihat tarifnya dengan 'koperasi jasa tarif daftar'.",
        "Service '{obj}' does not exist. See the tariffs with 'koperasi jasa tarif daftar'.",
    ),
    "jasa_tanpa_baris": ("Sebutkan jasa yang dijual, mis. KONS:1.", "Name the services sold, e.g. KONS:1."),
    "penjamin_tanpa_kredit": (
        "Tagihan kepada penjamin dicatat sebagai piutang: tambahkan --kredit.",
        "A bill to a payer is a receivable: add --kredit.",
    ),
    "ditanggung_tanpa_penjamin": ("--ditanggung perlu --penjamin NAMA.", "--ditanggung needs --penjamin NAME."),
    "ditanggung_bukan_baris": ("Jasa {obj} pada --ditanggung tidak ada di struk ini.", "Service {obj} in --ditanggung is not on this receipt."),
    "jasa_kredit_tanpa_pihak": (
        "--kredit perlu pihak yang berutang: --anggota NO atau --penjamin NAMA.",
        "--kredit needs someone who owes: --anggota NO or --penjamin NAME.",
    ),
    # receivables
    "piutang_usaha_tidak_ada": (
        "'{pihak}' tidak punya piutang {jenis} yang terbuka. Lihat 'koperasi {jenis} piutang'.",
        "'{pihak}' has no open {jenis} receivable. See 'koperasi {jenis} piutang'.",
    ),
    "piutang_usaha_lebih": (
        "{pihak} hanya berutang Rp {piutang:rp}; pembayaran Rp {jumlah:rp} terlalu besar.",
        "{pihak} owes only Rp {piutang:rp}; a payment of Rp {jumlah:rp} is too much.",
    ),
    # batches and expiry
    "batch_tidak_sah": (
        "Nomor batch '{nilai}' tidak sah: tulis nomor batch dari kemasan (tanpa titik dua, paling banyak 32 tanda).",
        "Batch number '{nilai}' is not valid: write the batch number from the pack (no colon, at most 32 characters).",
    ),
    "beli_perlu_batch": (
        "Barang {barang} ({nama}) berkedaluwarsa: pembeliannya perlu --batch NOMOR dan --kedaluwarsa TANGGAL.",
        "Item {barang} ({nama}) has an expiry: its purchase needs --batch NUMBER and --kedaluwarsa DATE.",
    ),
    "batch_tanpa_barang_kedaluwarsa": (
        "--batch dan --kedaluwarsa hanya untuk barang yang ditandai berkedaluwarsa (barang tambah ... --kedaluwarsa).",
        "--batch and --kedaluwarsa are only for items marked with an expiry (item add ... --kedaluwarsa).",
    ),
    "stok_batch_kurang": (
        "Stok {barang} ({nama}) yang belum kedaluwarsa hanya {ada}, diminta {minta} ({kedaluwarsa} sudah kedaluwarsa dan tidak boleh dijual).",
        "Unexpired stock of {barang} ({nama}) is only {ada}, {minta} asked ({kedaluwarsa} expired and cannot be sold).",
    ),
    "batch_tidak_ada": (
        "Batch {batch} barang {barang} tidak ada atau sudah habis. Lihat 'koperasi sembako kedaluwarsa'.",
        "Batch {batch} of item {barang} does not exist or is used up. See 'koperasi sembako kedaluwarsa'.",
    ),
    "batch_belum_kedaluwarsa": (
        "Batch {batch} barang {barang} baru kedaluwarsa pada {kedaluwarsa}; hanya batch yang sudah kedaluwarsa yang dimusnahkan.",
        "Batch {batch} of item {barang} expires on {kedaluwarsa}; only an expired batch is written off.",
    ),
    "opname_barang_batch": (
        "Barang {barang} dikelola per batch: hitung per batch dengan 'koperasi sembako opname {barang} QTY --batch B'.",
        "Item {barang} is kept by batch: count it batch by batch with 'koperasi sembako opname {barang} QTY --batch B'.",
    ),
    "opname_batch_sesudah": (
        "Batch {batch} barang {barang} sudah bergerak sesudah {tanggal}; opname batch hanya untuk posisi terakhir (pakai tanggal hari ini).",
        "Batch {batch} of item {barang} has moved after {tanggal}; a batch stock-take is for the latest position only (use today's date).",
    ),
    "barang_unit_lain": (
        "Barang {barang} milik unit {unit_barang}, bukan {unit}. Pakai --unit {unit_barang} atau struk terpisah.",
        "Item {barang} belongs to unit {unit_barang}, not {unit}. Use --unit {unit_barang} or a separate receipt.",
    ),
    # periksa
    "periksa_piutang_usaha_cache": (
        "Catatan piutang sewa dan jasa (data/piutang-usaha.json) tidak sama dengan jurnal.",
        "The rental and service receivables cache (data/piutang-usaha.json) differs from the journal.",
    ),
    "periksa_piutang_usaha": (
        "Saldo akun 1122 Rp {akun_saldo:rp} tidak sama dengan rincian piutang sewa dan jasa Rp {rinci:rp}.",
        "Account 1122 balance Rp {akun_saldo:rp} differs from the rental and service receivables Rp {rinci:rp}.",
    ),
    "periksa_deposit_sewa": (
        "Saldo akun 2115 Rp {akun_saldo:rp} tidak sama dengan deposit sewa yang dipegang Rp {rinci:rp}.",
        "Account 2115 balance Rp {akun_saldo:rp} differs from the rental deposits held Rp {rinci:rp}.",
    ),
    "periksa_batch_cache": (
        "Catatan batch (data/batch.json) tidak sama dengan jurnal.",
        "The batch cache (data/batch.json) differs from the journal.",
    ),
    "periksa_batch_qty": (
        "Stok barang {barang} {qty} tidak sama dengan jumlah batch-nya {qty_batch}.",
        "Stock of item {barang} {qty} differs from its batches' total {qty_batch}.",
    ),
}
