"""Messages of the books' trust rules: failures after the commit, output files, anchors,
read-only books, damaged commit records, disk full."""

PESAN = {
    "sudah_tercatat": (
        "Perintah ini SUDAH tercatat di buku (jurnal {entri}), tetapi gagal sesudahnya: {sebab}. "
        "Jangan ulangi perintahnya; lihat hasilnya dengan 'koperasi jurnal lihat {contoh}'.",
        "This command WAS recorded in the books (entries {entri}), but failed afterwards: {sebab}. "
        "Do not run it again; see what was recorded with 'koperasi journal show {contoh}'.",
    ),
    "sudah_tercatat_tanpa_entri": (
        "Perintah ini SUDAH tercatat di buku, tetapi gagal sesudahnya: {sebab}. "
        "Jangan ulangi perintahnya; lihat hasilnya dengan 'koperasi info'.",
        "This command WAS recorded in the books, but failed afterwards: {sebab}. "
        "Do not run it again; see the books with 'koperasi info'.",
    ),
    "sebab_disk_penuh": ("disk penuh", "disk full"),
    "sebab_keluaran_tertutup": ("keluaran (stdout) tertutup", "the output (stdout) is closed"),
    "keluaran_tertutup": (
        "Keluaran (stdout) tertutup sebelum perintah selesai menulis; buku tidak berubah.",
        "The output (stdout) was closed before the command finished writing; the books are unchanged.",
    ),
    "disk_penuh": (
        "Disk penuh: perintah tidak bisa ditulis; buku tidak berubah. Kosongkan ruang disk lalu ulangi.",
        "Disk full: the command could not be written; the books are unchanged. Free some disk space and try again.",
    ),
    "berkas_sistem_gagal": (
        "Berkas {berkas} tidak bisa dipakai: {sebab}; buku tidak berubah. Periksa nama dan izinnya lalu ulangi.",
        "The file {berkas} cannot be used: {sebab}; the books are unchanged. Check its name and permissions and try again.",
    ),
    "komit_rusak": (
        "Catatan komit {berkas} rusak (diubah di luar koperasi); buku tidak dipakai. Pulihkan cadangan terakhir: 'koperasi pulihkan CADANGAN.tar.gz FOLDER-BARU'.",
        "The commit record {berkas} is damaged (changed outside koperasi); the books are not used. Restore the latest backup: 'koperasi restore BACKUP.tar.gz NEW-FOLDER'.",
    ),
    "tunggu_kunci_tidak_sah": (
        "KOPERASI_TUNGGU_KUNCI='{nilai}' bukan jumlah detik; isi dengan angka 0 sampai 86400, misalnya 30.",
        "KOPERASI_TUNGGU_KUNCI='{nilai}' is not a number of seconds; set a number from 0 to 86400, e.g. 30.",
    ),
    "keluaran_dalam_buku": (
        "Berkas keluaran {berkas} berada di dalam berkas buku koperasi ({folder}); pilih berkas di luar koperasi.yaml dan data/.",
        "The output file {berkas} lies inside the cooperative's own files ({folder}); choose a file outside koperasi.yaml and data/.",
    ),
    "keluaran_bukan_berkas": (
        "Keluaran {berkas} bukan berkas biasa (folder, perangkat atau pipa); sebutkan nama berkas biasa.",
        "The output {berkas} is not a regular file (a folder, a device or a pipe); name a regular file.",
    ),
    "jangkar_tidak_sah": (
        "Jangkar '{nilai}' tidak sah; bentuknya ID:HASH, misalnya J000123:<64 angka heksadesimal> (dari 'koperasi info --format json').",
        "Anchor '{nilai}' is not valid; its form is ID:HASH, e.g. J000123:<64 hex digits> (from 'koperasi info --format json').",
    ),
    "periksa_jangkar_hilang": (
        "Jangkar {id} tidak ada lagi: buku hanya berisi sampai {akhir}. Riwayat digulung mundur (berkas lama dipulihkan) setelah jangkar itu dicatat.",
        "Anchor {id} is gone: the books only hold entries up to {akhir}. History was rolled back (old files put back) after that anchor was taken.",
    ),
    "periksa_jangkar_beda": (
        "Jangkar {id} tidak cocok: hash entri itu di buku berbeda dari hash jangkar. Riwayat sampai {id} ditulis ulang.",
        "Anchor {id} does not match: that entry's hash in the books differs from the anchor's. History up to {id} was rewritten.",
    ),
    "periksa_sebelum_mulai": (
        "Entri {id} bertanggal {tanggal}, sebelum mulai buku ({mulai}) di koperasi.yaml: 'mulai' dipindah melewati entri yang sudah dicatat.",
        "Entry {id} is dated {tanggal}, before the books' start ({mulai}) in koperasi.yaml: 'mulai' was moved past recorded entries.",
    ),
    "init_di_dalam_koperasi": (
        "Folder {folder} berada di dalam koperasi lain ({induk} berisi koperasi.yaml); pilih folder di luarnya.",
        "Folder {folder} lies inside another cooperative ({induk} holds koperasi.yaml); choose a folder outside it.",
    ),
}
