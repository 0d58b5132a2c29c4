"""Messages of the grocery outlet and LPG 3 kg (`koperasi sembako`)."""

PESAN = {
    # items
    "kode_barang_tidak_sah": (
        "Kode barang '{nilai}' tidak sah. Pakai huruf, angka, titik, garis bawah atau tanda hubung (tanpa spasi dan titik dua), mis. BRS5.",
        "Item code '{nilai}' is not valid. Use letters, digits, dots, underscores or hyphens (no spaces or colons), e.g. BRS5.",
    ),
    "kategori_barang_tidak_sah": (
        "Kategori barang '{nilai}' tidak dikenal; pilih: {sah}.",
        "Item category '{nilai}' is unknown; choose: {sah}.",
    ),
    "barang_tidak_ada": (
        "Barang '{barang}' tidak ada. Lihat daftarnya dengan 'koperasi sembako barang daftar'.",
        "Item '{barang}' does not exist. See the list with 'koperasi sembako barang daftar'.",
    ),
    "barang_sudah_ada": (
        "Barang '{barang}' sudah ada. Ubah dengan 'koperasi sembako barang ubah {barang}'.",
        "Item '{barang}' already exists. Change it with 'koperasi sembako barang ubah {barang}'.",
    ),
    "barang_tanpa_nama": ("Nama barang tidak boleh kosong.", "The item name cannot be empty."),
    "barang_tanpa_satuan": ("Satuan barang tidak boleh kosong (mis. karung, liter, tabung).", "The unit cannot be empty (e.g. sack, litre, tube)."),
    "barang_tanpa_perubahan": (
        "Tidak ada yang diubah pada barang {barang}. Sebutkan isian yang diubah, mis. --harga-jual.",
        "Nothing to change on item {barang}. Name a field to change, e.g. --harga-jual.",
    ),
    "kategori_sudah_bergerak": (
        "Kategori barang {barang} tidak bisa dipindah ke akun persediaan lain karena barang ini sudah punya mutasi. Buat kode barang baru.",
        "Item {barang} cannot move to another inventory account: it already has stock movements. Create a new item code.",
    ),
    "harga_di_atas_het_sejak": (
        "Harga Rp {harga:rp} barang {barang} melebihi HET Rp {het:rp} yang berlaku sejak {tanggal}. Turunkan harganya atau ubah HET dengan tanggal berlakunya.",
        "The price Rp {harga:rp} of item {barang} is above the HET Rp {het:rp} in force from {tanggal}. Lower the price or change the HET with its effective date.",
    ),
    # lines, quantities
    "qty_tidak_sah": (
        "Jumlah barang '{nilai}' tidak sah. Tulis bilangan bulat lebih dari 0.",
        "Quantity '{nilai}' is not valid. Write a whole number above 0.",
    ),
    "baris_barang_tidak_sah": (
        "Baris '{nilai}' tidak dikenali. Tulis KODE:QTY atau KODE:QTY:HARGA, mis. BRS5:2.",
        "Line '{nilai}' is not understood. Write CODE:QTY or CODE:QTY:PRICE, e.g. BRS5:2.",
    ),
    "baris_beli_tidak_sah": (
        "Baris pembelian '{nilai}' tidak dikenali. Tulis KODE:QTY:HARGA_SATUAN, mis. BRS5:10:68000, atau KODE QTY HARGA_SATUAN untuk satu barang.",
        "Purchase line '{nilai}' is not understood. Write CODE:QTY:UNIT_COST, e.g. BRS5:10:68000, or CODE QTY UNIT_COST for one item.",
    ),
    "beli_tanpa_baris": ("Sebutkan barang yang dibeli, mis. BRS5:10:68000.", "Name the items bought, e.g. BRS5:10:68000."),
    "jual_tanpa_baris": ("Sebutkan barang yang dijual, mis. BRS5:2.", "Name the items sold, e.g. BRS5:2."),
    "harga_satu_baris": (
        "--harga hanya untuk struk satu baris. Untuk beberapa baris tulis harganya per baris: KODE:QTY:HARGA.",
        "--harga is for one-line receipts only. With several lines give each line's price: CODE:QTY:PRICE.",
    ),
    # sales
    "harga_di_atas_het": (
        "Barang {barang} ({nama}) tidak boleh dijual Rp {harga:rp}: HET pada {tanggal} adalah Rp {het:rp}. Jual paling tinggi Rp {het:rp}.",
        "Item {barang} ({nama}) cannot be sold at Rp {harga:rp}: the HET on {tanggal} is Rp {het:rp}. Sell at Rp {het:rp} at most.",
    ),
    "stok_kurang": (
        "Stok {barang} ({nama}) pada {tanggal} hanya {ada}, tidak cukup untuk {minta}. Catat pembeliannya dulu atau kurangi jumlahnya.",
        "Stock of {barang} ({nama}) on {tanggal} is only {ada}, not enough for {minta}. Record the purchase first or sell fewer.",
    ),
    "stok_kurang_nanti": (
        "Penjualan bertanggal mundur ini membuat stok {barang} ({nama}) negatif pada {tanggal}. Pakai tanggal yang lebih baru.",
        "This back-dated sale would make the stock of {barang} ({nama}) negative on {tanggal}. Use a later date.",
    ),
    "biaya_sesudah_berubah": (
        "Mutasi bertanggal mundur ini mengubah harga pokok {barang} ({nama}) yang sudah dicatat pada {tanggal} "
        "(jurnal {id}). Catat dengan tanggal {tanggal} atau sesudahnya, atau batalkan dulu jurnal sesudahnya "
        "dengan 'koperasi jurnal batal' lalu catat ulang berurutan.",
        "This back-dated movement changes the cost of {barang} ({nama}) already recorded on {tanggal} "
        "(entry {id}). Record it dated {tanggal} or later, or first reverse the later entries with "
        "'koperasi jurnal batal' and record them again in date order.",
    ),
    "stok_tanpa_nilai": (
        "Stok {barang} ({nama}) tidak punya nilai di buku, sehingga HPP-nya nol. Lakukan opname barang itu dulu.",
        "The stock of {barang} ({nama}) has no value in the books, so its cost would be zero. Run a stock-take of the item first.",
    ),
    "kredit_tanpa_anggota": (
        "Penjualan kredit hanya untuk anggota. Tambahkan --anggota NO.",
        "Credit sales are for members only. Add --anggota NO.",
    ),
    "lpg_tanpa_nik": (
        "Penjualan LPG 3 kg wajib mencatat NIK pembeli. Tambahkan --nik NIK dan --kategori-pembeli.",
        "An LPG 3 kg sale must record the buyer's NIK. Add --nik NIK and --kategori-pembeli.",
    ),
    "nik_tidak_sah": (
        "NIK pembeli tidak sah: harus 16 angka dengan kode wilayah dan tanggal lahir yang benar. Periksa KTP pembeli.",
        "The buyer's NIK is not valid: it needs 16 digits with a real area code and birth date. Check the buyer's KTP.",
    ),
    "lpg_tanpa_kategori": (
        "Penjualan LPG 3 kg wajib mencatat kategori pembeli: --kategori-pembeli {sah}.",
        "An LPG 3 kg sale must record the buyer's category: --kategori-pembeli {sah}.",
    ),
    "kategori_pembeli_tidak_sah": (
        "Kategori pembeli LPG '{nilai}' tidak dikenal; pilih: {sah}.",
        "LPG buyer category '{nilai}' is unknown; choose: {sah}.",
    ),
    # suppliers, receivables
    "kredit_tanpa_pemasok": (
        "Pembelian kredit harus menyebut pemasoknya: --pemasok NAMA.",
        "A purchase on credit must name its supplier: --pemasok NAME.",
    ),
    "pemasok_kosong": ("Nama pemasok tidak boleh kosong.", "The supplier name cannot be empty."),
    "pemasok_tidak_ada": (
        "Pemasok '{nama}' tidak dikenal. Lihat daftarnya dengan 'koperasi sembako pemasok'.",
        "Supplier '{nama}' is unknown. See the list with 'koperasi sembako pemasok'.",
    ),
    "bayar_melebihi_utang": (
        "Pembayaran Rp {jumlah:rp} melebihi utang kepada {nama} (Rp {utang:rp}).",
        "The payment Rp {jumlah:rp} is more than what is owed to {nama} (Rp {utang:rp}).",
    ),
    "bayar_melebihi_piutang": (
        "Pembayaran Rp {jumlah:rp} melebihi piutang gerai anggota {no} ({nama}). Lihat piutangnya dengan 'koperasi sembako piutang'.",
        "The payment Rp {jumlah:rp} is more than the outlet receivable of member {no} ({nama}). See it with 'koperasi sembako piutang'.",
    ),
    # stock-take
    "opname_perlu_hpp": (
        "Buku tidak mencatat stok {barang} ({nama}), jadi kelebihan hasil opname tidak bisa dinilai. Tambahkan --hpp HARGA_SATUAN.",
        "The books hold no stock of {barang} ({nama}), so the counted surplus cannot be valued. Add --hpp UNIT_COST.",
    ),
    # periksa
    "periksa_stok_negatif": (
        "Stok {barang} menjadi negatif pada {tanggal} (jurnal {id}).",
        "The stock of {barang} goes negative on {tanggal} (entry {id}).",
    ),
    "periksa_barang_akun_salah": (
        "Barang {barang} dicatat di akun {akun} yang bukan akun persediaan kategorinya (jurnal {id}).",
        "Item {barang} is posted on account {akun}, not its category's inventory account (entry {id}).",
    ),
    "periksa_barang_tidak_dikenal": (
        "Jurnal menyebut barang {barang} yang tidak ada di data/barang.json.",
        "The journal names item {barang}, which is not in data/barang.json.",
    ),
    "periksa_nilai_stok_negatif": (
        "Nilai stok {barang} menjadi {nilai:rp} dengan jumlah {qty} pada {tanggal} (jurnal {id}).",
        "The stock value of {barang} becomes {nilai:rp} with quantity {qty} on {tanggal} (entry {id}).",
    ),
    "periksa_nilai_stok": (
        "Nilai stok {barang} tidak wajar: jumlah {qty}, nilai {nilai:rp}. Lakukan opname barang itu.",
        "The stock value of {barang} is not sound: quantity {qty}, value {nilai:rp}. Run a stock-take of the item.",
    ),
    "periksa_persediaan_akun": (
        "Saldo akun persediaan {akun} ({akun_saldo:rp}) tidak sama dengan jumlah nilai stok per barang ({barang:rp}).",
        "Inventory account {akun} ({akun_saldo:rp}) does not equal the sum of the items' stock values ({barang:rp}).",
    ),
    "periksa_persediaan_tanpa_barang": (
        "Jurnal {id} mencatat akun persediaan tanpa kode barang.",
        "Entry {id} posts to an inventory account without an item code.",
    ),
    "periksa_piutang_anggota": (
        "Saldo piutang usaha anggota 1120 ({akun_saldo:rp}) tidak sama dengan jumlah piutang per anggota ({anggota:rp}).",
        "Member receivables 1120 ({akun_saldo:rp}) do not equal the sum per member ({anggota:rp}).",
    ),
    "periksa_utang_cache": (
        "data/pemasok.json tidak cocok dengan jurnal pembelian kredit dan pembayaran pemasok.",
        "data/pemasok.json does not match the journal's credit purchases and supplier payments.",
    ),
    "periksa_utang_pemasok": (
        "Saldo utang usaha 2101 ({akun_saldo:rp}) tidak sama dengan jumlah utang per pemasok ({pemasok:rp}).",
        "Trade payables 2101 ({akun_saldo:rp}) do not equal the sum per supplier ({pemasok:rp}).",
    ),
    "periksa_log_lpg": (
        "Catatan pembeli LPG tidak cocok dengan jurnal penjualan LPG ({id}).",
        "The LPG buyers' log does not match the LPG sales in the journal ({id}).",
    ),
}

PESAN["periksa_cache_stok"] = (
    "data/stok.json (posisi stok terkini) tidak cocok dengan jurnal.",
    "data/stok.json (the current stock positions) does not match the journal.",
)
