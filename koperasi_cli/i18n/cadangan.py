"""Messages of undo by batch, the confirmation of bulk commands, Ctrl-C, backup and restore."""

PESAN = {
    # jurnal batal --batch
    "batch_jurnal_tidak_sah": (
        "'{nilai}' bukan nomor batch. Nomor batch berbentuk B000123: lihat 'batch' di 'koperasi jurnal lihat ID --format json'.",
        "'{nilai}' is not a batch number. A batch number looks like B000123: see 'batch' in 'koperasi journal show ID --format json'.",
    ),
    "batch_jurnal_tidak_ada": (
        "Batch {id} tidak ditemukan. Lihat nomor batch dengan 'koperasi jurnal daftar --format json'.",
        "Batch {id} not found. See batch numbers with 'koperasi journal list --format json'.",
    ),
    "batch_sudah_dibatalkan": (
        "Batch {batch} tidak dibatalkan: jurnal {id} di dalamnya sudah dibatalkan oleh {oleh}. "
        "Batalkan jurnal lainnya satu per satu dengan 'koperasi jurnal batal ID'.",
        "Batch {batch} is not reversed: its entry {id} was already reversed by {oleh}. "
        "Reverse the other entries one by one with 'koperasi journal void ID'.",
    ),
    "batch_bulan_tutup": (
        "Batch {batch} tidak dibatalkan: jurnal {id} ada di bulan {bulan} yang sudah ditutup. "
        "Koreksi di bulan terbuka dengan 'koperasi jurnal batal ID' per jurnal, atau buka kembali bulannya.",
        "Batch {batch} is not reversed: its entry {id} is in {bulan}, a closed month. "
        "Correct it in an open month with 'koperasi journal void ID' entry by entry, or reopen the month.",
    ),
    "batch_tercatat": (
        "Batch {batch}: {n} jurnal tercatat. Untuk membatalkan semuanya: 'koperasi jurnal batal --batch {batch} --ket ALASAN'.",
        "Batch {batch}: {n} entries recorded. To reverse them all: 'koperasi journal void --batch {batch} --ket REASON'.",
    ),
    "batal_id_atau_batch": (
        "Sebutkan satu nomor jurnal (mis. J000012) atau --batch B000012, tidak keduanya.",
        "Give one entry number (e.g. J000012) or --batch B000012, not both.",
    ),
    "batch_dibatalkan": (
        "Batch {batch}: {n} jurnal dibatalkan, total Rp {total:rp} (batch pembalik {pembalik}).",
        "Batch {batch}: {n} entries reversed, total Rp {total:rp} (reversing batch {pembalik}).",
    ),
    "batch_dibatalkan_coba": (
        "Batch {batch}: {n} jurnal akan dibatalkan, total Rp {total:rp}; tidak ada yang ditulis (--dry-run).",
        "Batch {batch}: {n} entries would be reversed, total Rp {total:rp}; nothing was written (--dry-run).",
    ),
    # confirmation of bulk commands
    "konfirmasi_ringkasan": (
        "Akan dicatat {n} jurnal, total Rp {total:rp}, tanggal {tanggal} (batch {batch}).",
        "About to record {n} entries, total Rp {total:rp}, dated {tanggal} (batch {batch}).",
    ),
    "konfirmasi_tanya": ("Lanjutkan?", "Go ahead?"),
    "konfirmasi_ditolak": (
        "Tidak dilanjutkan; tidak ada yang ditulis. (Untuk skrip: tambahkan --ya agar tidak ditanya.)",
        "Not done; nothing was written. (For scripts: add --yes to skip the question.)",
    ),
    "dibatalkan_pengguna": ("Dibatalkan; tidak ada yang ditulis.", "Cancelled; nothing was written."),
    # backup and restore
    "cadangan_akhiran": (
        "Berkas cadangan '{berkas}' harus berakhiran .tar.gz atau .tgz, mis. -o cadangan-2026-11-30.tar.gz.",
        "The backup file '{berkas}' must end in .tar.gz or .tgz, e.g. -o backup-2026-11-30.tar.gz.",
    ),
    "cadangan_dalam_buku": (
        "Cadangan tidak ditulis di dalam folder buku {folder}: simpan di luar folder itu, mis. di flashdisk.",
        "The backup is not written inside the books' folder {folder}: keep it outside, e.g. on a USB stick.",
    ),
    "cadangan_gagal_verifikasi": (
        "Cadangan {berkas} gagal diverifikasi sesudah ditulis ({nama}); jangan dipakai. Ulangi ke disk lain.",
        "The backup {berkas} failed verification after writing ({nama}); do not use it. Write it again to another disk.",
    ),
    "cadangan_ditulis": (
        "Cadangan ditulis dan diverifikasi: {berkas} ({n} berkas, {entri} jurnal). Jangkar: {jangkar}",
        "Backup written and verified: {berkas} ({n} files, {entri} entries). Anchor: {jangkar}",
    ),
    "pulihkan_tak_terbaca": (
        "'{berkas}' tidak bisa dibaca sebagai cadangan koperasi ({sebab}); tidak ada yang dipulihkan.",
        "'{berkas}' cannot be read as a koperasi backup ({sebab}); nothing was restored.",
    ),
    "pulihkan_tanpa_manifest": (
        "'{berkas}' tidak memuat manifes cadangan koperasi yang sah; tidak ada yang dipulihkan. Pakai berkas dari 'koperasi cadangan'.",
        "'{berkas}' holds no valid koperasi backup manifest; nothing was restored. Use a file made by 'koperasi backup'.",
    ),
    "pulihkan_anggota_tidak_sah": (
        "Arsip ditolak: '{nama}' bukan berkas buku (jalur keluar folder, tautan, perangkat atau nama asing); tidak ada yang dipulihkan.",
        "The archive is refused: '{nama}' is not a file of the books (a path leaving the folder, a link, a device or a foreign name); nothing was restored.",
    ),
    "pulihkan_berubah": (
        "Arsip rusak atau diubah: '{nama}' tidak sama dengan manifesnya; tidak ada yang dipulihkan. Pakai cadangan lain.",
        "The archive is damaged or modified: '{nama}' does not match its manifest; nothing was restored. Use another backup.",
    ),
    "pulihkan_folder_isi": (
        "Folder tujuan {folder} tidak kosong; pulihkan ke folder baru atau kosong (buku yang ada tidak ditimpa).",
        "The target folder {folder} is not empty; restore into a new or empty folder (existing books are never overwritten).",
    ),
    "pulihkan_folder_gagal": (
        "Folder tujuan {folder} tidak bisa dibuat ({sebab}); tidak ada yang dipulihkan.",
        "The target folder {folder} cannot be created ({sebab}); nothing was restored.",
    ),
    "pulihkan_selesai": (
        "Buku dipulihkan ke {folder}: {entri} jurnal, 'koperasi periksa' lulus. Jangkar: {jangkar}",
        "The books were restored into {folder}: {entri} entries, 'koperasi check' passes. Anchor: {jangkar}",
    ),
    "pulihkan_periksa_gagal": (
        "Buku dipulihkan ke {folder}, tetapi 'koperasi periksa' menemukan {n} masalah (lihat di atas); cadangan ini sudah bermasalah saat dibuat. Jangkar: {jangkar}",
        "The books were restored into {folder}, but 'koperasi check' found {n} problem(s) (see above); the backup already had them when it was made. Anchor: {jangkar}",
    ),
    "saran_pulihkan": (
        "Saran: pulihkan cadangan terakhir ke folder baru dengan 'koperasi pulihkan CADANGAN.tar.gz FOLDER-BARU', lalu periksa lagi.",
        "Advice: restore the latest backup into a new folder with 'koperasi restore BACKUP.tar.gz NEW-FOLDER', then check again.",
    ),
}
