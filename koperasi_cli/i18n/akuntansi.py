"""Messages of the year end and the RAT's SHU, and of loan interest on an accrual basis."""

PESAN = {
    "tahun_belum_tutup": ("Tahun buku {tahun} belum ditutup.", "Financial year {tahun} is not closed."),
    "tahun_sudah_dialokasikan": (
        "Tahun buku {tahun} tidak bisa dibuka kembali: SHU-nya sudah ditetapkan RAT pada {tanggal}. "
        "Koreksi dicatat pada tahun berjalan.",
        "Financial year {tahun} cannot be reopened: its SHU was allocated by the RAT on {tanggal}. "
        "Record corrections in the current year.",
    ),
    "tahun_buka_bulan_sesudah": (
        "Tahun buku {tahun} tidak bisa dibuka kembali selama bulan sesudahnya tertutup; buka dulu "
        "'tutup-buku {bulan} --buka-kembali --alasan ...' (mundur sampai Januari).",
        "Financial year {tahun} cannot be reopened while later months are closed; first run "
        "'tutup-buku {bulan} --buka-kembali --alasan ...' (back to January).",
    ),
    "shu_tahun_belum_tutup_tetapkan": (
        "SHU {tahun} baru bisa ditetapkan sesudah 'tutup-buku --tahun {tahun}'.",
        "The {tahun} SHU can be allocated only after 'tutup-buku --tahun {tahun}'.",
    ),
    "shu_sudah_ditetapkan": (
        "Alokasi SHU {tahun} sudah ditetapkan pada {tanggal}; untuk mengubahnya batalkan jurnal alokasinya (jurnal batal).",
        "The {tahun} SHU was already allocated on {tanggal}; to change it reverse the allocation entry (`koperasi jurnal batal`).",
    ),
    "shu_tetapkan_tanggal": (
        "Tanggal RAT {tanggal} harus sesudah akhir tahun buku {tahun} (31 Desember); tulis --tanggal tanggal RAT.",
        "The RAT date {tanggal} must be after the end of financial year {tahun} (31 December); give the RAT's date with --tanggal.",
    ),
    "batal_tutup_tahun": (
        "Jurnal {id} adalah penutupan tahun buku {tahun} dan tidak dibatalkan sendiri; buka tahunnya dengan "
        "'tutup-buku --tahun {tahun} --buka-kembali --alasan ...'.",
        "Entry {id} closes financial year {tahun} and is not reversed on its own; reopen the year with "
        "'tutup-buku --tahun {tahun} --buka-kembali --alasan ...'.",
    ),
    "shu_tetapkan_tanggal_depan": (
        "Tanggal RAT {tanggal} belum tiba; catat keputusan RAT sesudah rapat dengan --tanggal tanggal rapat.",
        "The RAT date {tanggal} is in the future; record the RAT's decision after the meeting with --tanggal its date.",
    ),
    "shu_alokasi_format": (
        "Alokasi '{nilai}' tidak sah; tulis NAMA=PERSEN, mis. --alokasi cadangan=40.",
        "Allocation '{nilai}' is not valid; write NAME=PERCENT, e.g. --alokasi cadangan=40.",
    ),
    "shu_alokasi_rat_salah": ("Alokasi SHU keputusan RAT (--alokasi) salah:", "The SHU allocation approved by the RAT (--alokasi) is wrong:"),
    "shu_belum_ditetapkan": (
        "SHU {tahun} belum ditetapkan RAT; catat dulu 'koperasi shu tetapkan {tahun} --tanggal TANGGAL-RAT'.",
        "The {tahun} SHU has not been allocated by the RAT; first record 'koperasi shu tetapkan {tahun} --tanggal RAT-DATE'.",
    ),
    "pinjaman_pengakuan_tidak_sah": (
        "pengaturan.pinjaman.pengakuan_jasa '{nilai}' tidak sah; pilih akrual atau kas.",
        "pengaturan.pinjaman.pengakuan_jasa '{nilai}' is not valid; choose akrual or kas.",
    ),
    "pinjaman_bayar_di_muka_tidak_sah": (
        "pengaturan.pinjaman.bayar_di_muka '{nilai}' tidak sah; pilih pokok atau titipan.",
        "pengaturan.pinjaman.bayar_di_muka '{nilai}' is not valid; choose pokok or titipan.",
    ),
    "pinjaman_pakai_lunasi": (
        "Pembayaran ini melunasi seluruh pokok {id} sebelum jadwalnya; catat sebagai pelunasan dengan "
        "'koperasi pinjaman lunasi {id}' (jasa menurut aturan produk).",
        "This payment repays all the principal of {id} ahead of its schedule; record it as a payoff with "
        "'koperasi pinjaman lunasi {id}' (interest by the product's rule).",
    ),
}
