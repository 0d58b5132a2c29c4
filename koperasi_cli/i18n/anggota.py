"""Messages of members (anggota) and their savings (simpanan).

Personal data stays out of these sentences: a member is named by number and name only,
never by NIK, address or birth date.
"""

PESAN = {
    # member data
    "nik_bentuk": (
        "NIK harus 16 angka (boleh ditulis dengan spasi atau titik). Salin dari KTP anggota.",
        "The NIK must be 16 digits (spaces or dots allowed). Copy it from the member's KTP.",
    ),
    "nik_digit_asing": (
        "NIK memuat angka yang bukan 0-9 (mis. angka lebar penuh atau aksara lain). Ketik ulang NIK dengan angka 0-9 biasa.",
        "The NIK holds a digit that is not 0-9 (e.g. a full-width digit or another script's). Type the NIK again with plain digits 0-9.",
    ),
    "nik_tanggal": (
        "Tanggal lahir di dalam NIK (angka ke-7 s.d. ke-12, DDMMYY; hari +40 untuk perempuan) tidak sah. Periksa NIK.",
        "The birth date inside the NIK (digits 7-12, DDMMYY; day +40 for women) is not valid. Check the NIK.",
    ),
    "nik_wilayah": (
        "Kode wilayah di awal NIK (provinsi dan kabupaten/kota) tidak dikenal. Periksa NIK.",
        "The area code at the start of the NIK (province and regency/city) is unknown. Check the NIK.",
    ),
    "jk_tidak_sah": (
        "Jenis kelamin harus L (laki-laki) atau P (perempuan).",
        "Sex must be L (laki-laki, male) or P (perempuan, female).",
    ),
    "jk_tidak_cocok_nik": (
        "Jenis kelamin {jk} tidak cocok dengan NIK, yang menunjukkan {jk_nik} (pada NIK perempuan, hari lahir ditambah 40). "
        "Periksa NIK atau jenis kelamin.",
        "Sex {jk:label} does not match the NIK, which shows {jk_nik:label} (for women the NIK's day of birth has 40 added). "
        "Check the NIK or the sex.",
    ),
    "tgl_lahir_tidak_cocok_nik": (
        "Tanggal lahir tidak cocok dengan tanggal lahir di dalam NIK. Periksa keduanya.",
        "The date of birth does not match the birth date inside the NIK. Check both.",
    ),
    "nik_sudah_ada": (
        "NIK ini sudah dipakai anggota {no} ({nama}). Satu orang hanya boleh terdaftar sekali; lihat 'koperasi anggota lihat {no}'.",
        "This NIK already belongs to member {no} ({nama}). A person can be registered only once; see 'koperasi anggota lihat {no}'.",
    ),
    "anggota_luar_wilayah": (
        "Alamat anggota berada di luar desa/kelurahan {desa_koperasi}. Anggota harus berdomisili di wilayah koperasi "
        "(Permenkop 2/2025); bila ada dasar pengecualian, tulis alasannya dengan --luar-wilayah ALASAN.",
        "The member's address is outside {desa_koperasi}. Members must live in the cooperative's desa/kelurahan "
        "(Permenkop 2/2025); if an exception applies, give its reason with --luar-wilayah REASON.",
    ),
    "nama_kosong": ("Nama anggota harus diisi (--nama).", "The member's name is required (--nama)."),
    "alamat_kosong": ("Alamat anggota harus diisi (--alamat).", "The member's address is required (--alamat)."),
    "data_anggota_ditolak": ("Data anggota ditolak:", "The member's data is refused:"),
    "masuk_sebelum_mulai": (
        "Tanggal masuk {tanggal} sebelum buku dimulai ({mulai}), jadi simpanan pokoknya tidak bisa dicatat. "
        "Pakai --tanpa-pokok untuk anggota lama.",
        "Joining date {tanggal} is before the books start ({mulai}), so the simpanan pokok cannot be recorded. "
        "Use --tanpa-pokok for an existing member.",
    ),
    "status_tidak_sah": ("Status '{nilai}' tidak dikenal; pilih aktif, keluar atau semua.", "Status '{nilai}' is unknown; choose aktif, keluar or semua."),
    "tidak_ada_perubahan": (
        "Tidak ada yang berubah pada anggota {no} ({nama}). Sebutkan isian baru, mis. --alamat.",
        "Nothing changes for member {no} ({nama}). Give a new value, e.g. --alamat.",
    ),
    "ubah_tanpa_isian": (
        "Sebutkan isian yang diubah, mis. --nama, --alamat, --no-hp.",
        "Name the fields to change, e.g. --nama, --alamat, --no-hp.",
    ),
    # leaving
    "sudah_keluar": (
        "Anggota {no} ({nama}) sudah keluar pada {tanggal}. Untuk membayar pengembalian simpanannya pakai --bayar.",
        "Member {no} ({nama}) already left on {tanggal}. To pay out their savings use --bayar.",
    ),
    "keluar_sebelum_masuk": (
        "Anggota {no} ({nama}) masuk pada {masuk}; tanggal keluar tidak boleh sebelumnya.",
        "Member {no} ({nama}) joined on {masuk}; the date of leaving cannot be earlier.",
    ),
    "keluar_sebelum_transaksi": (
        "Simpanan anggota {no} ({nama}) masih bergerak sesudah {tanggal}; tanggal keluar harus sesudah transaksi terakhirnya.",
        "Member {no} ({nama})'s savings move after {tanggal}; the date of leaving must follow their last transaction.",
    ),
    "keluar_ada_pinjaman": (
        "Anggota {no} ({nama}) masih punya pinjaman. Lunasi pinjamannya dulu, lalu catat keluarnya.",
        "Member {no} ({nama}) still has a loan outstanding. Settle the loan first, then record the leaving.",
    ),
    "keluar_ada_piutang": (
        "Anggota {no} ({nama}) masih punya utang belanja di gerai. Lunasi dulu, lalu catat keluarnya.",
        "Member {no} ({nama}) still owes for purchases at the outlet. Settle that first, then record the leaving.",
    ),
    "tidak_ada_utang_keluar": (
        "Tidak ada simpanan anggota {no} ({nama}) yang masih harus dikembalikan.",
        "Nothing is still owed to member {no} ({nama}).",
    ),
    # savings
    "jenis_simpanan_tidak_sah": (
        "Jenis simpanan '{nilai}' tidak dikenal; pilih {sah}.",
        "Kind of savings '{nilai}' is unknown; choose {sah}.",
    ),
    "sebelum_masuk": (
        "Anggota {no} ({nama}) masuk pada {masuk}; transaksinya tidak boleh bertanggal sebelumnya.",
        "Member {no} ({nama}) joined on {masuk}; their transactions cannot be dated earlier.",
    ),
    "pokok_lebih": (
        "Simpanan pokok anggota {no} ({nama}) sudah Rp {sudah:rp} dari Rp {pokok:rp}; sisa yang boleh disetor Rp {sisa:rp}.",
        "Member {no} ({nama}) has paid Rp {sudah:rp} of the Rp {pokok:rp} simpanan pokok; at most Rp {sisa:rp} remains.",
    ),
    "wajib_nol": (
        "Simpanan wajib di koperasi.yaml (pengaturan.simpanan.wajib) adalah 0; tidak ada yang ditagih.",
        "The simpanan wajib in koperasi.yaml (pengaturan.simpanan.wajib) is 0; nothing is billed.",
    ),
    "wajib_bukan_kelipatan": (
        "Rp {jumlah:rp} bukan kelipatan simpanan wajib Rp {tarif:rp} sebulan. Setor untuk bulan penuh, mis. Rp {tarif:rp} per bulan.",
        "Rp {jumlah:rp} is not a multiple of the monthly simpanan wajib of Rp {tarif:rp}. Pay whole months, Rp {tarif:rp} each.",
    ),
    "tarik_hanya_sukarela": (
        "Simpanan {jenis} anggota {no} ({nama}) hanya bisa diambil saat keluar ('koperasi anggota keluar {no}'); "
        "anggota aktif hanya dapat menarik simpanan sukarela.",
        "Member {no} ({nama})'s simpanan {jenis} can only be taken out on leaving ('koperasi anggota keluar {no}'); "
        "an active member can withdraw only simpanan sukarela.",
    ),
    "saldo_simpanan_kurang": (
        "Saldo simpanan {jenis} anggota {no} ({nama}) hanya Rp {saldo:rp}, tidak cukup untuk penarikan Rp {jumlah:rp}.",
        "Member {no} ({nama})'s simpanan {jenis} holds only Rp {saldo:rp}, not enough for a withdrawal of Rp {jumlah:rp}.",
    ),
    "kecuali_tidak_ditagih": (
        "Anggota {no} tidak ada di daftar tagihan wajib {bulan}; periksa nomor di --kecuali.",
        "Member {no} is not on the wajib collection list for {bulan}; check the numbers in --kecuali.",
    ),
    "kecuali_tanpa_bayar": (
        "--kecuali hanya berlaku bersama --bayar.",
        "--kecuali only applies with --bayar.",
    ),
    "tagih_tidak_ada": (
        "Tidak ada simpanan wajib yang dicatat untuk {bulan}: tidak ada tagihan (selain yang dikecualikan).",
        "No simpanan wajib recorded for {bulan}: nothing is owed (apart from the exceptions).",
    ),
    "jasa_bulan_belum_berakhir": (
        "Bulan {bulan} belum berakhir; jasa simpanan dihitung sesudah hari terakhirnya.",
        "Month {bulan} has not ended; interest is credited after its last day.",
    ),
    "jasa_sudah": (
        "Jasa simpanan {bulan} sudah dicatat ({id}). Untuk menghitung ulang, batalkan dulu: 'koperasi jurnal batal {id}'.",
        "Interest for {bulan} is already credited ({id}). To redo it, reverse it first: 'koperasi jurnal batal {id}'.",
    ),
    # periksa
    "periksa_simpanan_kontrol": (
        "Simpanan {jenis}: jumlah saldo per anggota Rp {anggota:rp} tidak sama dengan akun {akun} Rp {kontrol:rp}.",
        "Simpanan {jenis}: the members' balances total Rp {anggota:rp}, but account {akun} holds Rp {kontrol:rp}.",
    ),
    "periksa_simpanan_anggota_asing": (
        "Jurnal simpanan menyebut anggota {no} yang tidak terdaftar.",
        "Savings entries name member {no}, who is not registered.",
    ),
    "periksa_simpanan_negatif": (
        "Saldo {jenis} anggota {no} ({nama}) di bawah nol.",
        "Member {no} ({nama})'s {jenis} balance is below zero.",
    ),
    "periksa_simpanan_keluar_bersaldo": (
        "Anggota {no} ({nama}) sudah keluar tetapi masih punya saldo simpanan {jenis}.",
        "Member {no} ({nama}) has left but still holds simpanan {jenis}.",
    ),
    "periksa_wajib_cache": (
        "Catatan bulan simpanan wajib anggota {no} (data/simpanan.json) tidak cocok dengan jurnal.",
        "The record of paid wajib months of member {no} (data/simpanan.json) does not match the journal.",
    ),
    "keluar_simpanan_kurang": (
        "Simpanan anggota {no} ({nama}) Rp {simpanan:rp} tidak cukup untuk melunasi pinjamannya Rp {pinjaman:rp}; bayar dulu selisihnya.",
        "Member {no} ({nama})'s savings of Rp {simpanan:rp} do not cover the loans of Rp {pinjaman:rp}; pay the difference first.",
    ),
}
