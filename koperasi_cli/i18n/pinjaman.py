"""Messages of the loans area (pinjaman)."""

PESAN = {
    # settings
    "pinjaman_profil_pilihan": (
        "Kunci {kunci} di koperasi.yaml: '{nilai}' tidak dikenal; pilih salah satu: {sah}.",
        "Key {kunci} in koperasi.yaml: '{nilai}' is not known; choose one of: {sah}.",
    ),
    "pinjaman_produk_ganda": (
        "Kunci {kunci} di koperasi.yaml: kode produk '{nilai}' dipakai dua kali.",
        "Key {kunci} in koperasi.yaml: product code '{nilai}' is used twice.",
    ),
    "pinjaman_batas_naik": (
        "Kunci {kunci} di koperasi.yaml: batas hari lancar < kurang_lancar < diragukan harus naik.",
        "Key {kunci} in koperasi.yaml: the day limits lancar < kurang_lancar < diragukan must increase.",
    ),
    # terms
    "pinjaman_produk_tidak_ada": (
        "Produk pinjaman '{nilai}' tidak ada di koperasi.yaml. Produk yang ada: {sah}.",
        "Loan product '{nilai}' is not in koperasi.yaml. Products: {sah}.",
    ),
    "pinjaman_perlu_bunga_metode": (
        "Sebutkan --bunga dan --metode (belum ada produk pinjaman yang bisa dipakai).",
        "Give --bunga and --metode (there is no loan product to take them from).",
    ),
    "pinjaman_metode_tidak_sah": (
        "Metode '{nilai}' tidak dikenal; pilih: {sah}.",
        "Method '{nilai}' is not known; choose: {sah}.",
    ),
    "pinjaman_bunga_batas": (
        "Jasa {bunga:persen} per bulan melebihi batas {maks:persen} per bulan. Periksa angkanya (jasa ditulis persen per bulan, mis. 1.5).",
        "Interest of {bunga:persen} a month exceeds the limit of {maks:persen} a month. Check the figure (interest is percent a month, e.g. 1.5).",
    ),
    "pinjaman_tenor_batas": (
        "Tenor '{nilai}' tidak sah; tulis jumlah bulan dari 1 sampai {maks}.",
        "Tenor '{nilai}' is not valid; write a number of months from 1 to {maks}.",
    ),
    "pinjaman_tenor_tidak_sah": (
        "Tenor '{nilai}' tidak sah; tulis jumlah bulan, 1 atau lebih.",
        "Tenor '{nilai}' is not valid; write a number of months, 1 or more.",
    ),
    "pinjaman_kelipatan_tidak_sah": (
        "Kelipatan '{nilai}' tidak sah; tulis rupiah bulat 1 atau lebih (mis. 100).",
        "Rounding multiple '{nilai}' is not valid; write whole rupiah, 1 or more (e.g. 100).",
    ),
    "pinjaman_jasa_pelunasan_tidak_sah": (
        "Aturan jasa pelunasan '{nilai}' tidak dikenal; pilih: {sah}.",
        "Early payoff interest rule '{nilai}' is not known; choose: {sah}.",
    ),
    "pinjaman_produk_tetap": (
        "Produk {produk} tidak mengizinkan {opsi} diubah. Hapus opsi itu atau pilih produk lain dengan --produk.",
        "Product {produk} does not allow {opsi} to be changed. Drop that option or choose another product with --produk.",
    ),
    "pinjaman_tenor_maks": (
        "Tenor {tenor} bulan melebihi batas produk {produk} ({maks} bulan).",
        "A tenor of {tenor} months exceeds the limit of product {produk} ({maks} months).",
    ),
    "pinjaman_jumlah_maks": (
        "Pinjaman Rp {jumlah:rp} melebihi batas produk {produk} (Rp {maks:rp}).",
        "A loan of Rp {jumlah:rp} exceeds the limit of product {produk} (Rp {maks:rp}).",
    ),
    "pinjaman_penjamin_diri": (
        "Anggota {no} tidak bisa menjadi penjamin pinjamannya sendiri; sebutkan anggota lain.",
        "Member {no} cannot guarantee their own loan; name another member.",
    ),
    "pinjaman_admin_terlalu_besar": (
        "Biaya admin Rp {admin:rp} tidak boleh sama dengan atau melebihi pinjaman Rp {jumlah:rp}.",
        "An admin fee of Rp {admin:rp} cannot equal or exceed the loan of Rp {jumlah:rp}.",
    ),
    "pinjaman_terlalu_kecil": (
        "Pinjaman Rp {jumlah:rp} terlalu kecil untuk dibagi {tenor} angsuran.",
        "A loan of Rp {jumlah:rp} is too small to split into {tenor} installments.",
    ),
    # a loan's life
    "pinjaman_tidak_ada": (
        "Pinjaman '{id}' tidak ada. Lihat daftarnya dengan 'koperasi pinjaman daftar'.",
        "Loan '{id}' does not exist. See the list with 'koperasi pinjaman daftar'.",
    ),
    "pinjaman_batal": (
        "Pencairan pinjaman {id} sudah dibatalkan; tidak ada yang bisa dicatat lagi padanya.",
        "The disbursement of loan {id} was reversed; nothing more can be recorded on it.",
    ),
    "pinjaman_sebelum_cair": (
        "Pinjaman {id} baru dicairkan {tanggal}; pakai tanggal sejak itu.",
        "Loan {id} was disbursed on {tanggal}; use a date from then on.",
    ),
    "pinjaman_urutan_tanggal": (
        "Pinjaman {id} sudah punya catatan bertanggal {terakhir}; catat menurut urutan tanggal (sejak {terakhir}), bukan {tanggal}.",
        "Loan {id} already has a record dated {terakhir}; record in date order (from {terakhir} on), not {tanggal}.",
    ),
    "pinjaman_sudah_lunas": ("Pinjaman {id} sudah lunas.", "Loan {id} is already paid off."),
    "pinjaman_sudah_dihapus": (
        "Pinjaman {id} sudah dihapus buku. Pembayaran atasnya dicatat dengan 'pinjaman angsur' sebagai pemulihan.",
        "Loan {id} was written off. A payment on it is recorded with 'pinjaman angsur' as a recovery.",
    ),
    "pinjaman_bayar_lebih": (
        "Pembayaran Rp {jumlah:rp} melebihi yang terutang pada pinjaman {id} (Rp {terutang:rp}). "
        "Bayar paling banyak Rp {terutang:rp}, atau pakai --lebih-ke-sukarela untuk menyimpan kelebihannya.",
        "A payment of Rp {jumlah:rp} is more than is owed on loan {id} (Rp {terutang:rp}). "
        "Pay at most Rp {terutang:rp}, or use --lebih-ke-sukarela to put the excess into simpanan sukarela.",
    ),
    "pinjaman_belum_macet": (
        "Pinjaman {id} masih {kelas} ({hari} hari tunggakan); hanya pinjaman macet (sejak {batas} hari) yang bisa dihapus buku.",
        "Loan {id} is still {kelas:label} ({hari} days past due); only a loss (macet) loan ({batas} days or more) can be written off.",
    ),
    "pinjaman_bulan_belum_berakhir": (
        "Bulan {bulan} belum berakhir; bentuk PPAP pada atau sesudah hari terakhirnya.",
        "Month {bulan} has not ended; post the provision on or after its last day.",
    ),
    "pinjaman_kelas_tidak_sah": (
        "Kolektibilitas '{nilai}' tidak dikenal; pilih: {sah}.",
        "Collectibility '{nilai}' is not known; choose: {sah}.",
    ),
    # periksa
    "periksa_pinjaman_hilang": (
        "Pinjaman {id} ada di jurnal tetapi tidak di tabel pinjaman. Jalankan 'koperasi pinjaman bangun-ulang'.",
        "Loan {id} is in the journal but not in the loans table. Run 'koperasi pinjaman bangun-ulang'.",
    ),
    "periksa_pinjaman_asing": (
        "Pinjaman {id} ada di tabel pinjaman tetapi tidak di jurnal.",
        "Loan {id} is in the loans table but not in the journal.",
    ),
    "periksa_pinjaman_beda": (
        "Tabel pinjaman untuk {id} tidak cocok dengan jurnalnya. Jalankan 'koperasi pinjaman bangun-ulang'.",
        "The loans table for {id} does not match its journal entries. Run 'koperasi pinjaman bangun-ulang'.",
    ),
    "periksa_pinjaman_saldo": (
        "Sisa pokok pinjaman {id} menurut tabel Rp {tabel:rp}, menurut piutang 1110 Rp {jurnal:rp}.",
        "Loan {id}: remaining principal Rp {tabel:rp} in the loans table, Rp {jurnal:rp} on receivable 1110.",
    ),
    "periksa_pinjaman_tanpa_tag": (
        "Akun {akun} memuat Rp {selisih:rp} yang tidak ditandai dengan nomor pinjaman.",
        "Account {akun} holds Rp {selisih:rp} not tagged with a loan id.",
    ),
    "periksa_pinjaman_tanpa_cair": (
        "Jurnal {entri} menyebut pinjaman {id} yang tidak pernah dicairkan.",
        "Entry {entri} names loan {id}, which was never disbursed.",
    ),
}
