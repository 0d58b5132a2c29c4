"""Messages of the bank loan (utang-bank) and the monthly tax (pajak)."""

PESAN = {
    # the bank loan
    "ub_tenor_tidak_sah": (
        "Tenor '{nilai}' tidak sah; tulis jumlah bulan, 1 atau lebih (mis. --tenor 60).",
        "Tenor '{nilai}' is not valid; write a number of months, 1 or more (e.g. --tenor 60).",
    ),
    "ub_tenggang_tidak_sah": (
        "Masa tenggang '{nilai}' tidak sah; tulis jumlah bulan dari 0 sampai kurang dari tenor ({tenor}).",
        "Grace period '{nilai}' is not valid; write a number of months from 0 to less than the tenor ({tenor}).",
    ),
    "ub_hari_tidak_sah": (
        "Hari jatuh tempo '{nilai}' tidak sah; tulis tanggal 1 sampai 31 (mis. --jatuh-tempo 12).",
        "Due day '{nilai}' is not valid; write a day of the month from 1 to 31 (e.g. --jatuh-tempo 12).",
    ),
    "ub_tidak_ada": (
        "Pinjaman bank '{utang}' tidak ada. Yang ada: {ada}.",
        "Bank loan '{utang}' does not exist. Existing: {ada}.",
    ),
    "ub_kode_tidak_sah": (
        "Kode '{utang}' tidak sah; pakai huruf, angka, titik atau tanda hubung, paling panjang 20 (mis. HIMBARA-1).",
        "Code '{utang}' is not valid; use letters, digits, dots or dashes, at most 20 (e.g. HIMBARA-1).",
    ),
    "ub_kode_ada": (
        "Pinjaman bank dengan kode {utang} sudah tercatat; pakai kode lain untuk pencairan berikutnya.",
        "A bank loan with code {utang} is already recorded; use another code for the next drawdown.",
    ),
    "ub_bank_kosong": (
        "Sebutkan nama bank dengan --bank (mis. --bank \"BRI\").",
        "Give the bank's name with --bank (e.g. --bank \"BRI\").",
    ),
    "ub_akun_tidak_ada": (
        "Akun {akun} ({kunci}) tidak ada di bagan akun koperasi.yaml; tambahkan ke daftar akun: (2114 Utang Bunga Bank, "
        "2202 Utang Bank Jatuh Tempo dalam Satu Tahun) atau ubah kuncinya.",
        "Account {akun} ({kunci}) is not in the chart in koperasi.yaml; add it to the akun: list (2114 Utang Bunga Bank, "
        "2202 Utang Bank Jatuh Tempo dalam Satu Tahun) or change the key.",
    ),
    "ub_lewat_plafon": (
        "Pencairan Rp {jumlah:rp} melewati plafon Rp {plafon:rp}: sudah dicairkan Rp {ditarik:rp}, sisa plafon Rp {sisa:rp}.",
        "The drawdown of Rp {jumlah:rp} goes beyond the limit of Rp {plafon:rp}: Rp {ditarik:rp} already drawn, Rp {sisa:rp} left.",
    ),
    "ub_bayar_lebih": (
        "Pembayaran Rp {jumlah:rp} melebihi seluruh sisa kewajiban menurut jadwal (Rp {sisa:rp}).",
        "The payment of Rp {jumlah:rp} is more than all that is left to pay on the schedule (Rp {sisa:rp}).",
    ),
    "ub_bayar_sebelum_cair": (
        "Tanggal bayar {tanggal} sebelum pencairan ({cair}); periksa --tanggal.",
        "The payment date {tanggal} is before the drawdown ({cair}); check --tanggal.",
    ),
    "ub_bayar_mundur": (
        "Tanggal bayar {tanggal} sebelum pembayaran terakhir ({terakhir}); catat pembayaran menurut urutan tanggal.",
        "The payment date {tanggal} is before the last payment ({terakhir}); record payments in date order.",
    ),
    "ub_impor_baris": ("Baris {baris}: {sebab}", "Row {baris}: {sebab}"),
    "ub_impor_ditolak": (
        "Jadwal bank tidak diimpor; perbaiki baris berikut lalu ulangi:",
        "The bank's schedule was not imported; fix these rows and try again:",
    ),
    "ub_impor_kosong": (
        "Berkas jadwal tidak berisi angsuran (kolom: ke, tanggal, pokok, bunga).",
        "The schedule file holds no installments (columns: ke, tanggal, pokok, bunga).",
    ),
    "ub_impor_urutan": (
        "Baris {baris}: nomor angsuran dan tanggalnya harus naik tanpa ganda.",
        "Row {baris}: installment numbers and dates must increase, without repeats.",
    ),
    "ub_impor_pokok": (
        "Jumlah pokok di jadwal bank Rp {total:rp} tidak sama dengan sisa pokok Rp {sisa:rp}; periksa berkasnya.",
        "The bank schedule's principal totals Rp {total:rp}, not the outstanding Rp {sisa:rp}; check the file.",
    ),
    "ub_impor_tanggal_lama": (
        "Angsuran pertama jadwal bank ({tanggal}) sebelum angsuran terakhir yang sudah dibayar ({terakhir}); "
        "masukkan hanya angsuran yang belum dibayar.",
        "The bank schedule's first installment ({tanggal}) is before the last one already paid ({terakhir}); "
        "give only the installments still to pay.",
    ),
    "ub_periksa_bunga": (
        "Akun {akun} bersaldo Rp {saldo:rp}, padahal bunga pinjaman bank yang masih harus dibayar Rp {harap:rp}; "
        "akun itu hanya untuk 'koperasi utang-bank' dan tutup buku.",
        "Account {akun} holds Rp {saldo:rp}, but the bank loans' accrued interest is Rp {harap:rp}; "
        "that account is only for 'koperasi utang-bank' and month closing.",
    ),
    # the tax
    "pajak_bukan_final": (
        "Koperasi tidak memakai PPh final (pengaturan.pajak.final: false): catat pajaknya dengan 'koperasi jurnal catat'.",
        "The cooperative is not on the final tax (pengaturan.pajak.final: false): record its tax with 'koperasi jurnal catat'.",
    ),
    "pajak_sebelum_mulai": (
        "Tahun {tahun} sebelum tahun mulai PPh final ({mulai}); periksa pengaturan.pajak.tahun_mulai.",
        "Year {tahun} is before the final tax's start year ({mulai}); check pengaturan.pajak.tahun_mulai.",
    ),
    "pajak_lewat_tahun": (
        "PPh final 0,5% hanya untuk {maks} tahun pajak ({mulai}-{akhir}); tahun {tahun} memakai tarif umum PPh badan "
        "(Pasal 31E): catat dengan 'koperasi jurnal catat'.",
        "The 0.5% final tax lasts {maks} tax years ({mulai}-{akhir}); {tahun} is under the ordinary corporate rate "
        "(Article 31E): record it with 'koperasi jurnal catat'.",
    ),
    "pajak_lewat_batas": (
        "Peredaran bruto {tahun_lewat} Rp {peredaran:rp} melewati batas Rp {batas:rp}; sejak tahun berikutnya ({tahun}) "
        "PPh final tidak berlaku lagi: catat dengan 'koperasi jurnal catat'.",
        "Gross turnover in {tahun_lewat} of Rp {peredaran:rp} passed the ceiling of Rp {batas:rp}; from the next year "
        "({tahun}) the final tax no longer applies: record it with 'koperasi jurnal catat'.",
    ),
    "pajak_sudah_dihitung": (
        "PPh final bulan {bulan} sudah dihitung ({entri}); untuk menghitung ulang, batalkan dulu entrinya dengan "
        "'koperasi jurnal batal {entri} --ket ALASAN' (selama belum disetor).",
        "The final tax of {bulan} is already computed ({entri}); to compute it again, first void its entry with "
        "'koperasi jurnal batal {entri} --ket REASON' (while it is unpaid).",
    ),
    "pajak_bulan_berjalan": (
        "Bulan {bulan} belum berakhir ({akhir}); hitung pajaknya setelah bulan itu selesai.",
        "Month {bulan} has not ended yet ({akhir}); compute its tax after the month is over.",
    ),
    "pajak_tanggal_luar": (
        "Tanggal {tanggal} di luar bulan {bulan}: PPh final sebulan dicatat di bulan itu (bawaan {akhir}).",
        "Date {tanggal} is outside {bulan}: a month's final tax is posted in that month (default {akhir}).",
    ),
    "pajak_belum_dihitung": (
        "PPh final bulan {bulan} belum dihitung; jalankan dulu 'koperasi pajak hitung {bulan}'.",
        "The final tax of {bulan} is not computed yet; run 'koperasi pajak hitung {bulan}' first.",
    ),
    "pajak_sudah_disetor": (
        "PPh final bulan {bulan} sudah disetor pada {tanggal}.",
        "The final tax of {bulan} was already paid on {tanggal}.",
    ),
    "pajak_nol": (
        "PPh final bulan {bulan} nihil; tidak ada yang disetor.",
        "The final tax of {bulan} is nil; there is nothing to pay.",
    ),
    "pajak_setor_sebelum": (
        "Tanggal setor {tanggal} sebelum pajak dihitung ({hitung}); periksa --tanggal.",
        "The payment date {tanggal} is before the tax was computed ({hitung}); check --tanggal.",
    ),
}
