"""Messages of officers (pengurus), staff and payroll (karyawan) and the Simkopdes export."""

PESAN = {
    "domisili_luar_desa": (
        "Peringatan: alamat \"{alamat}\" tidak berada di desa/kelurahan {desa_koperasi}. Pengurus, pengawas dan "
        "karyawan semestinya berdomisili di wilayah koperasi (Permenkop 2/2025); data tetap dicatat. Bila koperasi "
        "membolehkannya, tulis 'domisili: {{wajib_desa: false}}' di bagian pengaturan koperasi.yaml.",
        "Warning: the address \"{alamat}\" is not in {desa_koperasi}. Officers and staff should live in the "
        "cooperative's desa/kelurahan (Permenkop 2/2025); the record is kept. If the cooperative allows it, set "
        "'domisili: {{wajib_desa: false}}' under pengaturan in koperasi.yaml.",
    ),
    "jabatan_tidak_sah": (
        "Jabatan \"{nilai}\" tidak dikenal. Pilih salah satu: {sah}.",
        "Unknown position \"{nilai}\". Choose one of: {sah}.",
    ),
    "ex_officio_bukan_ketua_pengawas": (
        "Kepala desa menjabat ex officio sebagai ketua pengawas, bukan {jabatan}. Pakai --jabatan ketua-pengawas "
        "(atau --jabatan kepala-desa).",
        "The kepala desa is ex officio ketua pengawas, not {jabatan}. Use --jabatan ketua-pengawas "
        "(or --jabatan kepala-desa).",
    ),
    "selesai_sebelum_mulai": (
        "Tanggal selesai {selesai} sebelum tanggal mulai {mulai}. Periksa tanggalnya.",
        "The end date {selesai} is before the start date {mulai}. Check the dates.",
    ),
    "pengurus_nik_rangkap": (
        "Orang dengan NIK ini sudah menjabat {jabatan} ({id} {nama}) pada masa yang sama. Akhiri dulu masa "
        "jabatannya dengan 'koperasi pengurus selesai {id}', atau periksa NIK-nya.",
        "The person with this NIK already holds {jabatan} ({id} {nama}) in the same period. End that term first "
        "with 'koperasi pengurus selesai {id}', or check the NIK.",
    ),
    "jabatan_terisi": (
        "Jabatan {jabatan} sudah dipegang {id} {nama} (sejak {mulai}) pada masa yang sama. Akhiri dulu masa "
        "jabatannya dengan 'koperasi pengurus selesai {id} --tanggal TANGGAL'.",
        "The position {jabatan} is already held by {id} {nama} (since {mulai}) in the same period. End that term "
        "first with 'koperasi pengurus selesai {id} --tanggal DATE'.",
    ),
    "data_pengurus_ditolak": (
        "Data pengurus ditolak; tidak ada yang dicatat:",
        "The officer's data was refused; nothing was recorded:",
    ),
    "pengurus_tidak_ada": (
        "Pengurus \"{id}\" tidak ada. Lihat nomornya dengan 'koperasi pengurus daftar --semua'.",
        "No officer \"{id}\". See the ids with 'koperasi pengurus daftar --semua'.",
    ),
    "pengurus_sudah_selesai": (
        "Masa jabatan {id} {nama} sudah berakhir pada {selesai}; tidak ada yang diubah.",
        "The term of {id} {nama} already ended on {selesai}; nothing was changed.",
    ),
    "jabatan_karyawan_kosong": (
        "Jabatan karyawan kosong. Tulis jabatannya dengan --jabatan, mis. --jabatan \"Kasir gerai\".",
        "The staff position is empty. Give it with --jabatan, e.g. --jabatan \"Outlet cashier\".",
    ),
    "karyawan_nik_ada": (
        "NIK ini sudah terdaftar sebagai karyawan {id} {nama} yang masih bekerja.",
        "This NIK is already registered as staff {id} {nama}, still employed.",
    ),
    "data_karyawan_ditolak": (
        "Data karyawan ditolak; tidak ada yang dicatat:",
        "The staff data was refused; nothing was recorded:",
    ),
    "karyawan_tidak_ada": (
        "Karyawan \"{id}\" tidak ada. Lihat nomornya dengan 'koperasi karyawan daftar --semua'.",
        "No staff \"{id}\". See the ids with 'koperasi karyawan daftar --semua'.",
    ),
    "karyawan_sudah_keluar": (
        "Karyawan {id} {nama} sudah keluar pada {tanggal}.",
        "Staff {id} {nama} already left on {tanggal}.",
    ),
    "karyawan_ubah_kosong": (
        "Sebutkan yang diubah: --gaji atau --jabatan.",
        "Say what changes: --gaji or --jabatan.",
    ),
    "karyawan_tidak_berubah": (
        "Tidak ada yang berubah untuk {id} {nama}. Tulis --gaji atau --jabatan yang baru.",
        "Nothing changes for {id} {nama}. Give a new --gaji or --jabatan.",
    ),
    "gaji_sebelum_bulan": (
        "Gaji bulan {bulan} tidak dapat dibayar pada {tanggal}, sebelum bulannya dimulai. Pakai --tanggal di dalam "
        "atau sesudah bulan itu.",
        "The pay of {bulan} cannot be paid on {tanggal}, before the month begins. Use a --tanggal in or after that month.",
    ),
    "gaji_sudah_dibayar": (
        "Gaji bulan {bulan} sudah dibayar ({entri}, {tanggal}); tidak dibayar dua kali. Bila salah, batalkan dulu "
        "dengan 'koperasi jurnal batal {entri} --ket ALASAN'.",
        "The pay of {bulan} was already paid ({entri}, {tanggal}); it is not paid twice. If it was wrong, reverse it "
        "first with 'koperasi jurnal batal {entri} --ket REASON'.",
    ),
    "gaji_tanpa_karyawan": (
        "Tidak ada karyawan yang bekerja pada bulan {bulan}. Daftarkan dengan 'koperasi karyawan tambah'.",
        "No staff were employed in {bulan}. Register them with 'koperasi karyawan tambah'.",
    ),
    "potongan_bukan_karyawan": (
        "--potongan {kunci}: bukan karyawan yang digaji bulan {bulan}. Tulis NIK lengkap atau nomor karyawan "
        "(mis. K001) dari 'koperasi karyawan daftar'.",
        "--potongan {kunci}: not a member of staff paid for {bulan}. Give the full NIK or the staff id (e.g. K001) "
        "from 'koperasi karyawan daftar'.",
    ),
    "potongan_lebih_gaji": (
        "Potongan {id} {nama} (Rp {potongan:rp}) lebih besar dari gajinya (Rp {gaji:rp}).",
        "The withholding of {id} {nama} (Rp {potongan:rp}) exceeds their pay (Rp {gaji:rp}).",
    ),
    "potongan_bentuk": (
        "--potongan \"{nilai}\" tidak dapat dibaca. Tulis NIK=JUMLAH atau NOMOR=JUMLAH, mis. --potongan K001=50rb.",
        "--potongan \"{nilai}\" cannot be read. Write NIK=AMOUNT or ID=AMOUNT, e.g. --potongan K001=50rb.",
    ),
    "gaji_belum_dibayar": (
        "Gaji bulan {bulan} belum dibayar. Bayar dulu dengan 'koperasi karyawan gaji {bulan}'.",
        "The pay of {bulan} has not been paid. Pay it first with 'koperasi karyawan gaji {bulan}'.",
    ),
    "slip_tidak_ada": (
        "{id} {nama} tidak digaji pada bulan {bulan}.",
        "{id} {nama} was not paid for {bulan}.",
    ),
    "periksa_gaji_tanpa_entri": (
        "Catatan gaji bulan {bulan} menunjuk jurnal {entri} yang tidak ada di buku.",
        "The payroll record of {bulan} points to entry {entri}, which is not in the books.",
    ),
    "periksa_gaji_beda": (
        "Catatan gaji bulan {bulan} tidak sama dengan jurnalnya {entri} (jenis, bulan atau jumlah 6101/2105/kas).",
        "The payroll record of {bulan} differs from its entry {entri} (kind, month or the 6101/2105/cash amounts).",
    ),
    "simkopdes_bukan_xlsx": (
        "Ekspor Simkopdes ditulis sebagai .xlsx. Beri nama berkas berakhiran .xlsx, mis. -o simkopdes-{bulan}.xlsx.",
        "The Simkopdes export is written as .xlsx. Give a file name ending in .xlsx, e.g. -o simkopdes-{bulan}.xlsx.",
    ),
    "simkopdes_sejak_sesudah": (
        "--sejak {sejak} sesudah bulan ekspor {bulan}. Pilih bulan yang sama atau lebih awal.",
        "--sejak {sejak} is after the export month {bulan}. Choose the same month or an earlier one.",
    ),
    "simkopdes_nik_penuh": (
        "Perhatian: {berkas} memuat NIK lengkap (diperlukan Simkopdes) dan hanya dapat dibaca pemiliknya (0600). "
        "Jangan dibagikan; hapus setelah data diunggah. Pakai --samarkan untuk menyamarkan NIK.",
        "Caution: {berkas} holds full NIKs (Simkopdes needs them) and is readable by its owner only (0600). "
        "Do not share it; delete it once the data is uploaded. Use --samarkan to mask the NIKs.",
    ),
}
