"""The English names of the command line and of the values it shows (issue 20: "English is
English, Indonesian is Indonesian").

- `OPSI_INGGRIS`: every Indonesian option's English name(s); `cli.umum.nama_inggris` adds them to
  each built command, so `--date` works wherever `--tanggal` does.
- `PERINTAH_INGGRIS`: the command tree, Indonesian name -> English alias (the aliases the
  commands register; tests/test_inggris.py checks the two agree).
- `inggriskan`: an English message or help text naming `koperasi jurnal batal` or `--tanggal`
  names `koperasi journal void` and `--date` instead (applied by `i18n.t` in English).
- `LABEL`: stored values (status, sex, bands, savings kinds, groups) and their English labels;
  `label` shows a value in the reader's language. JSON keeps the stored value.
"""

from __future__ import annotations

import re

OPSI_INGGRIS: dict[str, tuple[str, ...]] = {
    "--akun": ("--account",), "--alamat": ("--address",), "--alasan": ("--reason",),
    "--alokasi": ("--allocation",), "--anggota": ("--member",), "--badan-hukum": ("--legal-entity",),
    "--bayar": ("--pay",), "--bendahara": ("--treasurer",), "--berlaku": ("--effective",),
    "--biaya-admin": ("--admin-fee",), "--bilyet": ("--certificate",), "--buka-kembali": ("--reopen",),
    "--bukti": ("--voucher",), "--bulan": ("--month",), "--bulanan": ("--monthly",), "--bunga": ("--rate",),
    "--bunga-ke": ("--interest-to",), "--bunga-tahunan": ("--annual-rate",), "--cari": ("--search",),
    "--catat-selisih": ("--record-difference",), "--dalam": ("--within",), "--dari": ("--from",),
    "--desa": ("--village",), "--ditanggung": ("--covered",), "--gaji": ("--salary",),
    "--golongan": ("--class",), "--harga": ("--price",), "--harga-anggota": ("--member-price",),
    "--harga-jual": ("--selling-price",), "--het": ("--price-cap",), "--hpp": ("--unit-cost",),
    "--jabatan": ("--position",), "--jangka": ("--term",), "--jangkar": ("--anchor",),
    "--jatuh-tempo": ("--due-day",), "--jatuh-tempo-dalam": ("--due-within",), "--jenis-kelamin": ("--sex",),
    "--jumlah": ("--amount",), "--jurnal": ("--journal",), "--kabupaten": ("--regency",), "--kas": ("--cash",),
    "--kategori": ("--category",), "--kategori-pembeli": ("--buyer-category",), "--ke": ("--to",),
    "--ke-sukarela": ("--to-voluntary",), "--kecamatan": ("--district",), "--kecuali": ("--except",),
    "--kedaluwarsa": ("--expiry",), "--kelipatan": ("--multiple",), "--kembalikan-deposit": ("--return-deposit",),
    "--kepala-desa": ("--village-head",), "--ket": ("--description", "--memo"), "--ketat": ("--strict",),
    "--ketua": ("--chair",), "--kode": ("--code",), "--kode-wilayah": ("--area-code",),
    "--kolektibilitas": ("--collectibility",), "--kredit": ("--credit",), "--laporan-galat": ("--error-report",),
    "--lebar": ("--wide",), "--bagian": ("--section",), "--ya": ("--yes",),
    "--lebih-ke-sukarela": ("--excess-to-voluntary",), "--lengkap": ("--full",),
    "--luar-wilayah": ("--outside-area",), "--mesin": ("--engine",), "--metode": ("--method",), "--mulai": ("--start",),
    "--nama": ("--name",), "--nik-koperasi": ("--cooperative-id",), "--no-hp": ("--phone",),
    "--pemasok": ("--supplier",), "--penjamin": ("--guarantor",), "--penyewa": ("--tenant",),
    "--per": ("--as-of",), "--perpanjang": ("--renew",), "--plafon": ("--limit",),
    "--potong-pinjaman": ("--deduct-loan",), "--potongan": ("--deduction",), "--produk": ("--product",),
    "--provinsi": ("--province",), "--residu": ("--residual",), "--riwayat": ("--history",),
    "--samarkan": ("--anonymize",), "--sampai": ("--until",), "--satuan": ("--measure-unit",), "--sejak": ("--since",),
    "--selesai": ("--end",), "--semua": ("--all",), "--simpanan-pokok": ("--principal-savings",),
    "--simpanan-wajib": ("--mandatory-savings",), "--sumber": ("--source",), "--tahun": ("--year",),
    "--tampilkan-nik": ("--show-nik",), "--tanggal": ("--date",), "--tanggal-badan-hukum": ("--legal-entity-date",),
    "--tanpa-harga-anggota": ("--no-member-price",), "--tanpa-het": ("--no-price-cap",),
    "--tanpa-jurnal": ("--no-journal",), "--tanpa-laporan": ("--no-report",), "--tanpa-periksa": ("--no-check",),
    "--tanpa-pokok": ("--no-principal",), "--tarif-bulanan": ("--monthly-rate",),
    "--tarif-harian": ("--daily-rate",), "--tenggang": ("--grace",), "--tgl-lahir": ("--birth-date",),
    "--umur": ("--useful-life",), "--zona-waktu": ("--time-zone",),
}
# Names that are the same in both languages (English words, or identifiers such as NIK).
OPSI_SAMA = frozenset({
    "-C", "--dir", "--lang", "--version", "--help", "-h", "-o", "--output", "--format", "--dry-run", "--unit",
    "--status", "--batch", "--bank", "--debit", "--deposit", "--sheet", "--tenor", "--nik", "--nib", "--npwp",
    "--seed", "-j", "--jobs", "--install-completion", "--show-completion",
})
# Where one command's option means something else than the table says: (command, option).
OPSI_INGGRIS_KHUSUS: dict[tuple[str, str], tuple[str, ...]] = {
    ("tren", "--bulan"): ("--months",), ("trend", "--bulan"): ("--months",),
}
# The words of argument and option metavars, in English help.
KATA_INGGRIS = {
    "NO": "MEMBER_NO", "JUMLAH": "AMOUNT", "BULAN": "MONTH", "PERIODE": "PERIOD", "TAHUN": "YEAR",
    "KODE": "CODE", "JENIS": "KIND", "BERKAS": "FILE", "OBJEK": "OBJECT", "PEMASOK": "SUPPLIER",
    "PIHAK": "PARTY", "QTY_FISIK": "COUNTED_QTY", "SALDO": "BALANCE", "AKUN": "ACCOUNT", "FOLDER": "DIR",
    "HARGA": "PRICE", "ALASAN": "REASON", "ID_": "ID", "OBJEK_": "OBJECT", "SIAPA": "WHO", "BARIS": "LINES",
    "ARG": "ARG",
}




def opsi_inggris(perintah: str | None, opsi: str) -> tuple[str, ...]:
    """The English names of an Indonesian option (none when it is the same in both languages)."""
    return OPSI_INGGRIS_KHUSUS.get((perintah or "", opsi)) or OPSI_INGGRIS.get(opsi, ())


def nama_opsi(opsi: str, perintah: str | None = None) -> str:
    """An option's name as a message should show it: the English name in English."""
    from koperasi_cli.i18n import bahasa

    if bahasa() != "en":
        return opsi
    return (opsi_inggris(perintah, opsi) or (opsi,))[0]


def metavar_inggris(teks: str) -> str:
    """`KODE:QTY[:HARGA]...` -> `CODE:QTY[:PRICE]...`; words the table does not know stay."""
    return re.sub(r"[A-Z][A-Z_]*", lambda m: KATA_INGGRIS.get(m.group(0), m.group(0)), teks)


# Indonesian command -> English alias, or (alias, subcommands).
PERINTAH_INGGRIS: dict = {
    "init": "register", "info": "info", "periksa": "check", "demo": "demo", "rekap": "consolidate",
    "tutup-buku": "close", "cadangan": "backup", "pulihkan": "restore",
    "akun": ("account", {"daftar": "list"}),
    "anggota": ("member", {"daftar": "list", "keluar": "exit", "lihat": "show", "tambah": "add", "ubah": "edit"}),
    "aset": ("asset", {"daftar": "list", "kartu": "card", "lepas": "dispose", "susut": "depreciate", "tambah": "add"}),
    "ekspor": ("export", {}),
    "impor": ("import", {"anggota": "member", "angsuran": "repayment", "penjualan": "sales", "saldo-awal": "opening",
                         "simpanan": "savings", "template": "template"}),
    "jasa": ("service", {"bayar-piutang": "pay-receivable", "jual": "sell", "piutang": "receivables",
                         "tarif": ("tariff", {"daftar": "list", "tambah": "add"})}),
    "jurnal": ("journal", {"batal": "void", "catat": "add", "daftar": "list", "lihat": "show"}),
    "karyawan": ("staff", {"daftar": "list", "gaji": "payroll", "keluar": "leave", "slip": "payslip", "tambah": "add",
                           "ubah": "edit"}),
    "kas": ("cash", {"cek": "check", "keluar": "out", "masuk": "in"}),
    "laporan": ("report", {"arus-kas": "cash-flow", "buku-besar": "ledger", "bulanan": "monthly", "ekuitas": "equity",
                           "kesehatan": "health", "neraca": "balance-sheet", "neraca-saldo": "trial-balance",
                           "pajak": "tax", "penjualan": "sales", "phu": "income", "pinjaman": "loans", "rat": "rat",
                           "shu": "shu", "simpanan": "savings", "tren": "trend"}),
    "pajak": ("tax", {"hitung": "compute", "setor": "pay"}),
    "pengurus": ("officer", {"daftar": "list", "riwayat": "history", "selesai": "end", "tambah": "add"}),
    "pinjaman": ("loan", {"angsur": "repay", "bangun-ulang": "rebuild", "cadangkan": "provision", "cair": "disburse",
                          "daftar": "list", "hapus-buku": "write-off", "jadwal": "schedule", "lunasi": "settle",
                          "simulasi": "simulate", "tunggakan": "arrears"}),
    "sembako": ("shop", {"barang": ("item", {"daftar": "list", "tambah": "add", "ubah": "edit"}),
                         "bayar-pemasok": "pay-supplier", "bayar-piutang": "pay-receivable", "beli": "buy", "jual": "sell",
                         "kartu": "card", "kedaluwarsa": "expiring", "lpg": "lpg", "musnahkan": "destroy",
                         "opname": "count", "pemasok": "suppliers", "piutang": "receivables", "stok": "stock"}),
    "sewa": ("rent", {"bayar-piutang": "pay-receivable", "daftar": "list", "mulai": "start",
                      "objek": ("object", {"tambah": "add"}), "piutang": "receivables", "selesai": "end", "tagih": "bill"}),
    "shu": ("shu", {"bayar": "pay", "tetapkan": "allocate"}),
    "simpanan": ("savings", {"berjangka": ("time-deposit", {"buka": "open", "cairkan": "withdraw", "daftar": "list"}),
                             "jasa": "interest", "kartu": "statement", "saldo": "balance", "setor": "deposit",
                             "tagih-wajib": "collect", "tarik": "withdraw"}),
    "utang-bank": ("bank-loan", {"bayar": "pay", "daftar": "list", "impor-jadwal": "import-schedule",
                                 "jadwal": "schedule", "terima": "draw"}),
}


def perintah_inggris(kata: list[str]) -> list[str]:
    """`["jurnal", "batal", "J000003"]` -> `["journal", "void", "J000003"]`: the command words
    translated as far as they name commands; the rest (arguments, English words) stays."""
    simpul, keluar = PERINTAH_INGGRIS, []
    for i, k in enumerate(kata):
        if not isinstance(simpul, dict) or k not in simpul:
            return keluar + kata[i:]
        nilai = simpul[k]
        inggris, simpul = (nilai, None) if isinstance(nilai, str) else nilai
        keluar.append(inggris)
    return keluar


# `koperasi jurnal batal`, or a quoted top-level command with its arguments (`'tutup-buku --tahun 2025'`).
_PERINTAH = re.compile(r"(\bkoperasi |(?<=['\"`]))([a-z][a-z-]*(?: [a-z][a-z-]*)*)")
_OPSI = re.compile(r"(?<![\w-])--[a-z][a-z-]*")


def inggriskan(teks: str, kutip: bool = True) -> str:
    """An English text with the Indonesian command and option names it mentions in English.
    With `kutip=False` only commands after `koperasi ` are translated, not a quoted one (for a
    text already filled with data: a quoted item name 'sewa tenda' is not a command)."""
    def perintah(m):
        kata = m.group(2).split(" ")
        sendiri = len(kata) == 1 and m.string[m.end():m.end() + 1] in ("'", '"', "`")
        if not m.group(1) and (not kutip or kata[0] not in PERINTAH_INGGRIS or sendiri):
            return m.group(0)  # a quoted single word ('akun') is a key or a value, not a command
        return m.group(1) + " ".join(perintah_inggris(kata))

    teks = _PERINTAH.sub(perintah, teks)
    return _OPSI.sub(lambda m: (OPSI_INGGRIS.get(m.group(0)) or (m.group(0),))[0], teks)


# Stored values -> English labels (shown in tables, CSV and messages with --lang en).
LABEL: dict[str, str] = {
    # member, loan, deposit, asset, rental status
    "aktif": "active", "keluar": "left", "lunas": "repaid", "hapus-buku": "written off", "selesai": "ended",
    "berjalan": "running", "dicairkan": "withdrawn", "diperpanjang": "renewed", "dilepas": "disposed",
    "ditutup": "closed", "dibuka": "open", "ditetapkan": "allocated", "belum": "not yet", "batal": "void",
    "kedaluwarsa": "expired", "simulasi": "simulation", "belum-dihitung": "not computed", "semua": "all",
    # sex
    "L": "M", "P": "F",
    # collectibility bands
    "lancar": "current", "kurang lancar": "substandard", "diragukan": "doubtful", "macet": "loss",
    # health bands
    "sehat": "sound", "cukup sehat": "fairly sound", "kurang sehat": "less sound", "tidak sehat": "unsound",
    "sangat tidak sehat": "very unsound", "dalam pengawasan": "under supervision",
    "dalam pengawasan khusus": "under special supervision",
    # savings kinds
    "pokok": "principal savings", "wajib": "mandatory savings", "sukarela": "voluntary savings",
    "berjangka": "time deposit",
    # account groups
    "aset": "assets", "kewajiban": "liabilities", "ekuitas": "equity", "pendapatan": "income",
    "beban_pokok": "cost of sales", "beban": "expenses",
    # fixed-asset groups
    "tanah": "land", "bangunan": "buildings", "peralatan": "equipment", "kendaraan": "vehicles",
    # item categories, LPG buyer categories, business-unit kinds
    "sembako": "staples", "lpg": "LPG", "kantor": "office", "simpan-pinjam": "savings and loans", "barang": "goods",
    "sewa": "rental", "jasa": "services",
    "lain": "other",
    # stock movements (sembako kartu)
    "beli": "purchase", "jual": "sale", "opname": "count", "musnah": "destroyed", "retur": "return", "rumah tangga": "household", "usaha mikro": "micro business", "petani": "farmer",
    "nelayan": "fisher",
    # loan methods, officer positions
    "efektif": "effective", "anuitas": "annuity", "ketua": "chair", "wakil": "deputy", "sekretaris": "secretary",
    "bendahara": "treasurer", "pengawas": "supervisor", "ketua-pengawas": "chief supervisor",
    # change-history keys (anggota ubah)
    "nama": "name", "alamat": "address", "no_hp": "phone", "tgl_lahir": "birth date", "jenis_kelamin": "sex",
    "luar_wilayah": "outside area", "status": "status", "nik": "NIK",
    # normal balance side
    "kredit": "credit",
    # yes / no
    "ya": "yes", "tidak": "no",
}


# What an English reader may type for a value the options take (the labels they read, and short
# forms): option (or argument name) -> {English word: stored value}. Both languages accept them.
NILAI_INGGRIS: dict[str, dict[str, str]] = {
    "--status": {"active": "aktif", "left": "keluar", "all": "semua", "running": "berjalan", "ended": "selesai"},
    "--jenis-kelamin": {"m": "L", "male": "L", "f": "P", "female": "P"},
    "--kolektibilitas": {"current": "lancar", "substandard": "kurang lancar", "doubtful": "diragukan", "loss": "macet"},
    "--metode": {"effective": "efektif", "annuity": "anuitas"},
    "--golongan": {"land": "tanah", "buildings": "bangunan", "building": "bangunan", "equipment": "peralatan",
                   "vehicles": "kendaraan", "vehicle": "kendaraan"},
    "jenis": {"principal": "pokok", "mandatory": "wajib", "voluntary": "sukarela"},  # simpanan setor/tarik JENIS
}


def label(nilai, bahasa: str | None = None):
    """A stored value as the reader sees it: its English label in English, itself otherwise
    (and itself when it is not a known value: names, codes, numbers)."""
    if bahasa is None:
        from koperasi_cli.i18n import bahasa as b

        bahasa = b()
    if bahasa != "en" or not isinstance(nilai, str):
        return nilai
    return LABEL.get(nilai, nilai)
