"""Messages of members' time deposits (simpanan berjangka)."""

PESAN = {
    "berjangka_tidak_ada": (
        "Simpanan berjangka {id} tidak ada. Lihat 'koperasi simpanan berjangka daftar'.",
        "Time deposit {id} does not exist. See 'koperasi savings time-deposit list'.",
    ),
    "berjangka_jangka": (
        "Jangka {jangka} bulan tidak ditawarkan; pilih salah satu: {sah} (pengaturan.simpanan.berjangka.jangka).",
        "A term of {jangka} months is not offered; choose one of {sah} (pengaturan.simpanan.berjangka.jangka).",
    ),
    "berjangka_minimum": (
        "Simpanan berjangka paling sedikit Rp {minimum:rp}; Rp {jumlah:rp} terlalu kecil.",
        "A time deposit is at least Rp {minimum:rp}; Rp {jumlah:rp} is too little.",
    ),
    "berjangka_bunga": (
        "Bunga {nilai:persen} setahun tidak masuk akal; tulis persen setahun di atas 0 dan paling tinggi 50, mis. 6.",
        "A rate of {nilai:persen} a year is not sensible; give percent a year above 0 and at most 50, e.g. 6.",
    ),
    "berjangka_pilihan": (
        "{opsi} {nilai} tidak dikenal; pilih {sah}.",
        "{opsi} {nilai} is not known; choose {sah}.",
    ),
    "berjangka_sebelum_masuk": (
        "Anggota {no} baru masuk pada {tanggal}; simpanan berjangka tidak bisa ditempatkan sebelum itu.",
        "Member {no} joined on {tanggal}; a deposit cannot be placed before that.",
    ),
    "berjangka_bilyet_ganda": (
        "Nomor bilyet {bilyet} sudah dipakai; beri nomor lain dengan --bilyet.",
        "Certificate number {bilyet} is taken; give another with --bilyet.",
    ),
    "berjangka_bulan_terlewat": (
        "Bunga simpanan berjangka {id} bulan {bulan} belum dicatat; catat dulu bulan itu "
        "('koperasi simpanan jasa {bulan}' atau tutup buku bulan itu).",
        "The interest of time deposit {id} for {bulan} is not recorded yet; record that month first "
        "('koperasi savings interest {bulan}' or close that month).",
    ),
    "berjangka_tidak_aktif": (
        "Simpanan berjangka {id} sudah {status}; tidak ada yang bisa dicairkan.",
        "Time deposit {id} is already {status:label}; there is nothing to withdraw.",
    ),
    "berjangka_sebelum_buka": (
        "Simpanan berjangka {id} baru ditempatkan pada {tanggal}; pilih tanggal sesudahnya.",
        "Time deposit {id} was placed on {tanggal}; choose a later date.",
    ),
    "berjangka_jaminan": (
        "Simpanan berjangka {id} menjadi jaminan dan pinjaman anggota {no} sedang menunggak; lunasi tunggakannya dulu "
        "(pengaturan.simpanan.berjangka.jaminan).",
        "Time deposit {id} stands as collateral and member {no}'s loan is in arrears; settle the arrears first "
        "(pengaturan.simpanan.berjangka.jaminan).",
    ),
    "berjangka_denda_lebih": (
        "Denda pencairan {id} melebihi saldonya; periksa pengaturan.simpanan.berjangka.denda_persen.",
        "The withdrawal penalty of {id} exceeds its balance; check pengaturan.simpanan.berjangka.denda_persen.",
    ),
    "periksa_berjangka_akun": (
        "Simpanan berjangka menurut daftar Rp {register:rp} tidak sama dengan saldo akun 2103 Rp {akun:rp}.",
        "Time deposits in the register, Rp {register:rp}, differ from account 2103, Rp {akun:rp}.",
    ),
    "periksa_berjangka_anggota": (
        "Simpanan berjangka anggota {no} menurut daftar Rp {register:rp}, menurut jurnal Rp {akun:rp}.",
        "Member {no}'s time deposits: Rp {register:rp} in the register, Rp {akun:rp} in the journal.",
    ),
    "keluar_ada_berjangka": (
        "Anggota {no} {nama} masih punya simpanan berjangka; cairkan dulu "
        "('koperasi simpanan berjangka cairkan ID --ke sukarela'), lalu keluarkan anggotanya.",
        "Member {no} {nama} still has a time deposit; withdraw it first "
        "('koperasi savings time-deposit withdraw ID --ke sukarela'), then let the member leave.",
    ),
}
