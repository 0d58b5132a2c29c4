"""Loans of the savings-and-loan unit: simulate, disburse, repay, settle, age, provision, write off.

The journal is the truth. Each loan event is one entry whose postings are ALL tagged with the
loan (`pinjaman=PJ00001`) and the member (`anggota=0001`), with the facts of the event in its
`data` (the disbursement carries the loan's terms and schedule; a payment its allocation).
The loans table is a cache folded from those entries by `terapkan`: each loan in full (terms,
schedule, payments with their allocation) in a block table of 100 loans (`pinjaman-0001` in
data/pinjaman-0001.json, doc id = loan number), and a one-line summary of every loan in the
index table `pinjaman` (data/pinjaman.json). Recording touches one block and the index, so its
cost does not grow with the number of loans. `bangun_ulang` rebuilds both from the journal and
`periksa_pinjaman` checks them, loan by loan, against the journal and the control accounts.

Accounts: loans receivable 1110, provision (PPAP, contra) 1111, interest income 4201,
admin fee income 4202, penalty income 4203, provision expense 6109, member sukarela 2102;
recoveries after write-off go to `pinjaman.akun_pemulihan` (4402). 1110 holds principal only.

Interest is recognised on the accrual basis (SAK EP; `pinjaman.pengakuan_jasa: akrual`, the
default): at each month end the interest that fell due and is unpaid on a lancar loan is
accrued (Dr 1112 Piutang Jasa Pinjaman, Cr 4201, tagged with the loan; `akrual_bulan`, a month
closing hook, posts the change so that it is idempotent); once a loan is no longer lancar the
accrual is reversed and its interest is recognised when paid. A payment settles the accrued
interest first (Cr 1112). Money paid ahead of the schedule pays principal, never interest not
yet due (`bayar_di_muka: pokok`), or waits in 2113 (`titipan`) until the installments fall due
(applied at month end) or the loan is settled. With `pengakuan_jasa: kas` interest and
penalties are income when paid and a payment runs through later installments' interest too
(the cash basis a cooperative may choose). Penalties are always recognised when paid.

Loans a cooperative brings along when it moves its books here (`impor saldo-awal`, sheet
`pinjaman`) are not disbursed by an entry of their own: the opening entry (`saldo-awal`) carries
them in `data["pinjaman_awal"]` (one record per loan, shaped like a disbursement's data, the
schedule being that of the remaining principal over the remaining installments, the first on the
next due date) and its 1110 postings are tagged with each loan and member. `bangun_dari_jurnal`
folds those records like disbursements dated the opening date; from then on such a loan is
repaid, settled, aged, provisioned and written off like any other. See `data_awal`.

Commands that must be fast read only the loans table, the member table and per-month totals
(`saldo_tag`, `saldo_akun`), never the whole journal. A `jurnal batal` of a loan entry is honoured
at read time: the event it reverses no longer counts from the reversal's date on.

The package, by section: `pengaturan` (accounts, settings), `catatan` (ids, the loans table, a
loan at a date), `pencairan` (terms, simulate, disburse), `saldo_awal` (loans brought in),
`pembayaran` (installments, settlement), `kualitas` (aging, provision, write-off, accrual),
`ringkasan` (for other areas), `periksa` (the check). The listings (schedule, list, arrears,
portfolio) are built in `reports/daftar_pinjaman.py`.
"""

from koperasi_cli.layanan.pinjaman.pengaturan import (  # noqa: F401
    AKUN_PIUTANG, AKUN_PPAP, AKUN_JASA, AKUN_ADMIN, AKUN_DENDA, AKUN_BEBAN_PPAP, AKUN_SUKARELA,
    AKUN_PIUTANG_JASA, AKUN_TITIPAN, PENGAKUAN, BAYAR_DI_MUKA, UNIT, TABEL, PER_BLOK, JENIS,
    JENIS_AWAL, BOLEH_UBAH, Aturan, aturan, pilih_produk,
)
from koperasi_cli.layanan.pinjaman.catatan import (  # noqa: F401
    format_id, nomor_id, nama_blok, semua, ambil, ambil_banyak, ringkas, id_berikut, terapkan_awal,
    terapkan, bangun_dari_jurnal, bangun_ulang, Posisi, posisi,
)
from koperasi_cli.layanan.pinjaman.pencairan import (  # noqa: F401
    parse_biaya_admin, Syarat, syarat, baris_jadwal, simulasi, cair,
)
from koperasi_cli.layanan.pinjaman.saldo_awal import (  # noqa: F401
    data_awal, ppap_awal, simpan_awal,
)
from koperasi_cli.layanan.pinjaman.pembayaran import (  # noqa: F401
    angsur, hitung_pelunasan, lunasi,
)
from koperasi_cli.layanan.pinjaman.kualitas import (  # noqa: F401
    hapus_buku, baris_portofolio, npl_dari, cadangkan, akrual_bulan,
)
from koperasi_cli.layanan.pinjaman.ringkasan import (  # noqa: F401
    ringkasan_kualitas, menunggak, pinjaman_anggota, sisa_pokok_anggota,
)
from koperasi_cli.layanan.pinjaman.periksa import (  # noqa: F401
    amati_pinjaman, periksa_pinjaman,
)
