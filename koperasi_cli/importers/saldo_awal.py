"""Opening balances for a cooperative moving its books here (`koperasi impor saldo-awal`).

The file is one .xlsx workbook with these sheets (names without regard to case):

- `akun` (required): `kode`, `debit`, `kredit` (an optional `nama` is ignored): every account's
  balance on the opening date. Debits must equal credits.
- `simpanan`: `no`, `pokok`, `wajib`, `sukarela`: each member's savings (members registered
  first, e.g. `impor anggota --tanpa-pokok`). Required when 3101, 3102 or 2102 has a balance;
  the per-kind totals must equal those accounts.
- `stok`: `kode`, `qty`, `nilai` (value at cost), and for an item not yet registered `nama`,
  `satuan`, `harga_jual`, `kategori`. Required when 1130 or 1131 has a balance; per inventory
  account the values must add up to it.
- `pinjaman`: one row per outstanding loan: `no` (an active member), `sisa_pokok` (remaining
  principal), `bunga` (percent per month, e.g. 1.5; an Excel percent cell 1,5% is read as 1.5),
  `metode` (flat | efektif | anuitas), `sisa_tenor` (installments left), `jatuh_tempo` (the next
  due date), and optionally `produk` (a loan product of koperasi.yaml: its penalty, rounding and
  payoff rules, and its rate and method where the row leaves them empty; without it the default
  product's rules, as `pinjaman cair`), `tanggal_cair` and `pokok_awal` (the original date and
  amount: kept, and a flat loan's interest is on `pokok_awal`), `penjamin` (a guarantor, an active member). Required when 1110
  has a balance; the remaining principals must add up to it. The schedule is that of the
  remaining principal over the remaining installments by the loan's method and rate, the first
  on `jatuh_tempo`, then monthly (a flat loan's interest on `pokok_awal` when given, so the
  installment stays what the member has been paying; else on the remaining principal). A loan whose next due date has passed on the opening date is in arrears from
  that date. A provision balance (1111) is spread over the loans in proportion to the provision
  each needs on the opening date (by its collectibility class), so that `pinjaman cadangkan`
  later posts only the change.

One journal entry (`saldo-awal`, dated the books' first day unless `--tanggal`) carries them,
the savings postings tagged with the member, the stock postings with the item and quantity, the
loan postings with the loan and member (the loans' terms and schedules in its `data`, see
`layanan.pinjaman.data_awal`), so the trial balance and every sub-ledger equal the file. From
then on an opening loan is repaid, settled, aged and provisioned like one disbursed here. Only
into books without entries; the same file again is skipped (its fingerprint is in the import log).
"""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal
from pathlib import Path

from koperasi_cli.core.galat import PEMAKAIAN, Galat
from koperasi_cli.core.jurnal import Baris, Entri
from koperasi_cli.importers.baca import (
    kunci_kolom, nilai_bulat, nilai_jumlah, nilai_tanggal, nilai_teks, petakan_header,
)
from koperasi_cli.importers.impor import GalatBaris, GalatImpor, _Baris, _log, sidik_tercatat
from koperasi_cli.ledger.buku import Buku

KOLOM = {
    "akun": {"kode": ("akun", "kode akun", "no akun", "account"), "nama": ("nama akun", "name"),
             "debit": ("d",), "kredit": ("k", "credit")},
    "simpanan": {"no": ("no anggota", "anggota", "member"), "pokok": ("simpanan pokok",), "wajib": ("simpanan wajib",),
                 "sukarela": ("simpanan sukarela",)},
    "stok": {"kode": ("kode barang", "barang", "item"), "qty": ("jumlah", "banyak", "quantity"),
             "nilai": ("nilai persediaan", "value", "nilai perolehan"), "nama": ("nama barang",), "satuan": ("unit",),
             "harga_jual": ("harga", "harga jual"), "kategori": ()},
    "pinjaman": {"no": ("no anggota", "nomor anggota", "anggota", "member", "peminjam"),
                 "sisa_pokok": ("sisa pinjaman", "saldo pokok", "saldo pinjaman", "outstanding", "remaining principal"),
                 "bunga": ("jasa", "bunga per bulan", "bunga persen", "suku bunga", "rate"),
                 "metode": ("metode bunga", "jenis bunga", "method"),
                 "sisa_tenor": ("sisa angsuran", "sisa bulan", "sisa jangka waktu", "remaining tenor"),
                 "jatuh_tempo": ("jatuh tempo berikut", "jatuh tempo berikutnya", "tanggal jatuh tempo", "next due date",
                                 "next due", "due date"),
                 "produk": ("produk pinjaman", "product"),
                 "tanggal_cair": ("tgl cair", "tanggal pencairan", "disbursed", "disbursement date"),
                 "pokok_awal": ("pokok pinjaman", "plafon", "jumlah pinjaman", "original amount"),
                 "penjamin": ("no penjamin", "guarantor")},
}
WAJIB = {"pinjaman": ("no", "sisa_pokok", "sisa_tenor", "jatuh_tempo")}
AKUN_SIMPANAN = {"pokok": "3101", "wajib": "3102", "sukarela": "2102"}
AKUN_PIUTANG, AKUN_PPAP = "1110", "1111"
METODE_LAIN = {"menurun": "efektif", "effective": "efektif", "declining": "efektif", "annuity": "anuitas"}


def _sheet(wb, nama: str):
    from koperasi_cli.importers.baca import cek_ukuran_sheet

    for ws in wb.worksheets:
        if kunci_kolom(ws.title) == nama:
            cek_ukuran_sheet(ws, ws.title)
            return ws
    return None


def _header(ws, kolom: dict) -> tuple[set[str], list[str]]:
    """The canonical columns a sheet's header names, and the header as written."""
    header = [h for h in next(ws.iter_rows(max_row=1, values_only=True), ()) or ()]
    peta, _ = petakan_header(header, kolom)
    return set(peta.values()), [str(h) for h in header if h is not None]


def _persen_sel(c):
    """A rate cell: a number formatted as an Excel percent (1,5% is stored as 0.015) in percent."""
    v = c.value
    if isinstance(v, (int, float)) and not isinstance(v, bool) and "%" in str(getattr(c, "number_format", "") or ""):
        return f"{(Decimal(repr(v)) * 100).normalize():f}"
    return v


def _baris(ws, kolom: dict, persen: tuple[str, ...] = ()) -> list[tuple[int, dict]]:
    """Rows as (row number, {column: value}), blank rows skipped; columns in `persen` read a
    percent-formatted number as percent."""
    from koperasi_cli.importers.baca import _sel_xlsx

    it = ws.iter_rows(values_only=not persen)
    header = list(next(it, ()) or ())
    if persen:
        header = [c.value for c in header]
    peta, _ = petakan_header(header, kolom)
    hasil = []
    for i, r in enumerate(it, start=2):
        if persen:
            r = [_persen_sel(c) if peta.get(p) in persen else c.value for p, c in enumerate(r)]
        d = {nama: (_sel_xlsx(r[p]) if p < len(r) else None) for p, nama in peta.items()}
        if any(v is not None for v in d.values()):
            hasil.append((i, d))
    return hasil


def _jumlah0(v) -> int:
    return 0 if v is None else nilai_jumlah(v, boleh_nol=True)


def impor_saldo_awal(buku: Buku, path: Path, *, tanggal: date | None = None) -> dict:
    from openpyxl import load_workbook

    from koperasi_cli.core import sembako as inti
    from koperasi_cli.layanan import sembako
    from koperasi_cli.layanan.anggota import normal_no, semua

    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".xlsm") or not path.is_file():
        raise Galat("impor_format_berkas", berkas=path.name, keluar=PEMAKAIAN)
    sidik = hashlib.sha256(path.read_bytes()).hexdigest()[:24]
    hasil = {"jenis": "saldo-awal", "berkas": path.name, "baris": 0, "diimpor": 0, "dilewati": 0, "entri": 0,
             "coba": buku.coba}
    if sidik in sidik_tercatat(buku):
        return {**hasil, "dilewati": 1}
    if buku.jumlah_entri:
        raise Galat("saldo_awal_sudah", n=buku.jumlah_entri)
    tanggal = tanggal or buku.profil.mulai
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl raises several kinds for a file that is not a workbook
        raise Galat("impor_xlsx_rusak", berkas=path.name) from None
    galat: list[GalatBaris] = []

    def sel(no, kolom, v, fungsi):
        try:
            return fungsi(v)
        except Galat as g:
            galat.append(GalatBaris(no, kolom, "" if v is None else nilai_teks(v), g))
            return None

    ws = _sheet(wb, "akun")
    if ws is None:
        raise Galat("impor_sheet_tidak_ada", sheet="akun", ada=", ".join(wb.sheetnames))
    akun: dict[str, int] = {}  # debit minus credit
    for no, d in _baris(ws, KOLOM["akun"]):
        kode = sel(no, "kode", d.get("kode"), lambda v: buku.bagan.cari(nilai_teks(v)).kode)
        de, kr = sel(no, "debit", d.get("debit"), _jumlah0), sel(no, "kredit", d.get("kredit"), _jumlah0)
        if kode and de is not None and kr is not None:
            if kode[0] in "456" and de - kr:
                # The statements of the first period would show another period's income and
                # costs: a cooperative brings the result of earlier years as SHU belum dibagi.
                galat.append(GalatBaris(no, "kode", kode, Galat("saldo_awal_akun_laba_rugi", akun=kode)))
                continue
            akun[kode] = akun.get(kode, 0) + de - kr
    debit = sum(n for n in akun.values() if n > 0)
    kredit = -sum(n for n in akun.values() if n < 0)
    if debit != kredit:
        galat.append(GalatBaris(0, "debit/kredit", "", Galat("saldo_awal_tidak_seimbang", debit=debit, kredit=kredit)))
    baris: list[Baris] = []
    # Members' savings
    anggota = {a["no"]: a for a in semua(buku)}
    per_jenis = dict.fromkeys(AKUN_SIMPANAN, 0)
    ws = _sheet(wb, "simpanan")
    for no, d in (_baris(ws, KOLOM["simpanan"]) if ws is not None else []):
        n_a = sel(no, "no", d.get("no"), lambda v: normal_no(nilai_teks(v)))
        if n_a and n_a not in anggota:
            galat.append(GalatBaris(no, "no", n_a, Galat("anggota_tidak_ada", no=n_a)))
            continue
        for j, a in AKUN_SIMPANAN.items():
            n = sel(no, j, d.get(j), _jumlah0)
            if n and n_a:
                per_jenis[j] += n
                baris.append(Baris(a, kredit=n, anggota=n_a))
    for j, a in AKUN_SIMPANAN.items():
        if per_jenis[j] != -akun.get(a, 0):
            galat.append(GalatBaris(0, a, "", Galat("saldo_awal_rincian_beda", rincian=f"simpanan {j}", jumlah=per_jenis[j],
                                                    akun=a, saldo=-akun.get(a, 0))))
    # Stock at cost
    barang = sembako.semua_barang(buku)
    per_akun = {"1130": 0, "1131": 0}
    ws = _sheet(wb, "stok")
    for no, d in (_baris(ws, KOLOM["stok"]) if ws is not None else []):
        kode = sel(no, "kode", d.get("kode"), lambda v: inti.normal_kode(nilai_teks(v)))
        qty = sel(no, "qty", d.get("qty"), nilai_bulat)
        nilai = sel(no, "nilai", d.get("nilai"), _jumlah0)
        if not kode or qty is None or nilai is None:
            continue
        if qty <= 0:
            galat.append(GalatBaris(no, "qty", str(qty), Galat("impor_qty_positif", nilai=str(qty))))
            continue
        b = barang.get(kode)
        if b is None:
            try:
                b = sembako.tambah_barang(buku, kode=kode, nama=nilai_teks(d.get("nama") or ""),
                                          satuan=nilai_teks(d.get("satuan") or ""),
                                          harga_jual=nilai_jumlah(d.get("harga_jual") or 0),
                                          kategori=nilai_teks(d["kategori"]) if d.get("kategori") else None)
                barang = sembako.semua_barang(buku)
                b = barang[kode]
            except Galat as g:
                galat.append(GalatBaris(no, "kode", kode, g))
                continue
        a = inti.AKUN[b["kategori"]]["persediaan"]
        per_akun[a] += nilai
        baris.append(Baris(a, debit=nilai, barang=kode, qty=qty))
    for a, n in per_akun.items():
        if n != akun.get(a, 0):
            galat.append(GalatBaris(0, a, "", Galat("saldo_awal_rincian_beda", rincian="stok", jumlah=n, akun=a,
                                                    saldo=akun.get(a, 0))))
    # Outstanding loans
    ws = _sheet(wb, "pinjaman")
    b_pinjaman, pinjaman = _pinjaman(buku, ws, akun, anggota, tanggal, galat)
    baris += b_pinjaman
    wb.close()
    if galat:
        raise GalatImpor(galat, path.name)
    for kode, n in sorted(akun.items()):
        if kode in AKUN_SIMPANAN.values() or kode in per_akun or kode in (AKUN_PIUTANG, AKUN_PPAP) or not n:
            continue
        baris.append(Baris(kode, debit=n) if n > 0 else Baris(kode, kredit=-n))
    if baris:
        data = {"impor": sidik, "pinjaman_awal": pinjaman} if pinjaman else {"impor": sidik}
        r = buku.catat(Entri(tanggal, tuple(baris), f"Saldo awal dari {path.name}", "saldo-awal", "kantor",
                             data=data))[0]
        sembako.posisi_terkini(buku)
        if pinjaman:
            from koperasi_cli.layanan import pinjaman as lay

            lay.simpan_awal(buku, r)
    _log(buku).insert({"jenis": "saldo-awal", "berkas": path.name, "dicatat": buku.sekarang(), "baris": 1, "sidik": [sidik]})
    return {**hasil, "baris": len(baris), "diimpor": len(baris), "entri": 1 if baris else 0, "pinjaman": len(pinjaman)}


def _metode(v) -> str:
    from koperasi_cli.core.pinjaman import METODE

    s = nilai_teks(v).lower()
    s = METODE_LAIN.get(s, s)
    if s not in METODE:
        raise Galat("pinjaman_metode_tidak_sah", nilai=nilai_teks(v), sah=", ".join(METODE))
    return s


def _tenor(v) -> int:
    return nilai_bulat(v, kode="pinjaman_tenor_tidak_sah")


def _pinjaman(buku: Buku, ws, akun: dict[str, int], anggota: dict[str, dict], tanggal: date,
              galat: list[GalatBaris]) -> tuple[list[Baris], list[dict]]:
    """The `pinjaman` sheet: every loan checked (bad rows into `galat`), its record for the opening
    entry's data and its postings: 1110 per loan, and 1111 (a provision balance) spread over the
    loans in proportion to the provision each needs on the opening date."""
    from koperasi_cli.core.pinjaman import bagi_sebanding
    from koperasi_cli.core.uang import parse_persen
    from koperasi_cli.layanan import pinjaman as lay
    from koperasi_cli.layanan.anggota import normal_no

    piutang, cadangan = akun.get(AKUN_PIUTANG, 0), -akun.get(AKUN_PPAP, 0)
    ada, header = _header(ws, KOLOM["pinjaman"]) if ws is not None else (set(), [])
    if not header:  # no sheet, or an empty one
        if piutang:
            galat.append(GalatBaris(0, AKUN_PIUTANG, "", Galat("saldo_awal_akun_kontrol", akun=AKUN_PIUTANG,
                                                                sheet="pinjaman")))
        if cadangan:
            galat.append(GalatBaris(0, AKUN_PPAP, "", Galat("saldo_awal_ppap_tanpa_pinjaman", akun=AKUN_PPAP)))
        return [], []
    kurang = [k for k in WAJIB["pinjaman"] if k not in ada]
    if kurang:
        galat.append(GalatBaris(1, ", ".join(kurang), "", Galat("saldo_awal_kolom_kurang", sheet="pinjaman",
                                                                 kolom=", ".join(kurang), ada=", ".join(header) or "-")))
        return [], []
    a = lay.aturan(buku)
    hari_ini = buku.hari_ini()
    tgl = lambda v: nilai_tanggal(v, hari_ini)  # noqa: E731
    no_anggota = lambda v: normal_no(nilai_teks(v))  # noqa: E731
    pinjaman: list[dict] = []
    ada_baris = False
    for no, d in _baris(ws, KOLOM["pinjaman"], persen=("bunga",)):
        ada_baris = True
        b = _Baris(no, d)
        n_a = b.ambil("no", no_anggota)
        sisa = b.ambil("sisa_pokok", nilai_jumlah)
        tenor = b.ambil("sisa_tenor", _tenor)
        jatuh = b.ambil("jatuh_tempo", tgl)
        produk = b.ambil("produk", lambda v: lay.pilih_produk(a, nilai_teks(v)).kode, wajib=False)
        bunga = b.ambil("bunga", lambda v: parse_persen(nilai_teks(v)), wajib=False)
        metode = b.ambil("metode", _metode, wajib=False)
        cair = b.ambil("tanggal_cair", tgl, wajib=False)
        pokok_awal = b.ambil("pokok_awal", nilai_jumlah, wajib=False)
        penjamin = b.ambil("penjamin", no_anggota, wajib=False)
        for kolom, no_ in (("no", n_a), ("penjamin", penjamin)):
            if no_ is None:
                continue
            m = anggota.get(no_)
            if m is None:
                b.tolak(kolom, Galat("anggota_tidak_ada", no=no_))
            elif m.get("status") != "aktif":
                b.tolak(kolom, Galat("anggota_tidak_aktif", no=m["no"], nama=m["nama"]))
        if penjamin is not None and penjamin == n_a:
            b.tolak("penjamin", Galat("pinjaman_penjamin_diri", no=n_a))
        if d.get("produk") is None:  # without a product named, the row gives the rate and the method
            for kolom in ("bunga", "metode"):
                if d.get(kolom) is None:
                    b.tolak(kolom, Galat("saldo_awal_pinjaman_tanpa_produk", kolom=kolom))
        if cair is not None and cair > tanggal:
            b.tolak("tanggal_cair", Galat("saldo_awal_cair_sesudah", tanggal=cair.isoformat(), awal=tanggal.isoformat()))
        elif cair is not None and jatuh is not None and jatuh <= cair:
            b.tolak("jatuh_tempo", Galat("saldo_awal_jatuh_tempo_sebelum_cair", jatuh_tempo=jatuh.isoformat(),
                                         tanggal=cair.isoformat()))
        if pokok_awal is not None and sisa is not None and pokok_awal < sisa:
            b.tolak("pokok_awal", Galat("saldo_awal_pokok_awal_kurang"))
        if not b.galat:
            try:
                pinjaman.append(lay.data_awal(
                    a, lay.format_id(len(pinjaman) + 1), n_a, sisa, tenor, jatuh, produk=produk, bunga=bunga,
                    metode=metode, penjamin=penjamin, tanggal_cair=cair, pokok_awal=pokok_awal))
            except Galat as g:
                b.tolak("sisa_pokok", g)
        galat += b.galat
    total = sum(p["pokok"] for p in pinjaman)
    if total != piutang:
        galat.append(GalatBaris(0, AKUN_PIUTANG, "", Galat("saldo_awal_rincian_beda", rincian="pinjaman", jumlah=total,
                                                            akun=AKUN_PIUTANG, saldo=piutang)))
    if cadangan and not ada_baris:
        galat.append(GalatBaris(0, AKUN_PPAP, "", Galat("saldo_awal_ppap_tanpa_pinjaman", akun=AKUN_PPAP)))
    baris = [Baris(AKUN_PIUTANG, debit=p["pokok"], pinjaman=p["pinjaman"], anggota=p["anggota"]) for p in pinjaman]
    if cadangan and pinjaman:
        bobot = [lay.ppap_awal(a, p, tanggal)[2] for p in pinjaman]
        if not any(bobot):  # no provision required (a 0 % rate): by remaining principal
            bobot = [p["pokok"] for p in pinjaman]
        bagian = bagi_sebanding(cadangan, bobot)
        for p, n in zip(pinjaman, bagian):
            if n:
                baris.append(Baris(AKUN_PPAP, kredit=n, pinjaman=p["pinjaman"], anggota=p["anggota"]) if n > 0
                             else Baris(AKUN_PPAP, debit=-n, pinjaman=p["pinjaman"], anggota=p["anggota"]))
    return baris, pinjaman


def tulis_template_saldo_awal(path: Path) -> None:
    from openpyxl import Workbook

    if path.suffix.lower() != ".xlsx":
        raise Galat("impor_format_berkas", berkas=path.name)
    wb = Workbook()
    ws = wb.active
    ws.title = "akun"
    for r in (["kode", "nama", "debit", "kredit"], ["1101", "Kas", 2_315_000, 0],
              ["1110", "Piutang Pinjaman Anggota", 3_000_000, 0], ["1111", "Penyisihan Kerugian Pinjaman (PPAP)", 0, 15_000],
              ["1130", "Persediaan Sembako", 700_000, 0],
              ["3101", "Simpanan Pokok", 0, 100_000], ["3102", "Simpanan Wajib", 0, 400_000],
              ["2102", "Simpanan Sukarela", 0, 500_000], ["3104", "Hibah", 0, 5_000_000]):
        ws.append(r)
    ws = wb.create_sheet("simpanan")
    ws.append(["no", "pokok", "wajib", "sukarela"])
    ws.append(["0001", 100_000, 400_000, 500_000])
    ws = wb.create_sheet("stok")
    ws.append(["kode", "nama", "satuan", "kategori", "harga_jual", "qty", "nilai"])
    ws.append(["BRS5", "Beras 5 kg", "karung", "sembako", 75_000, 10, 700_000])
    # a loan of 5.000.000 disbursed 20/07/2024 over 10 months, 4 installments paid: 3.000.000 left over 6
    ws = wb.create_sheet("pinjaman")
    ws.append(["no", "sisa_pokok", "bunga", "metode", "sisa_tenor", "jatuh_tempo", "produk", "tanggal_cair",
               "pokok_awal", "penjamin"])
    ws.append(["0001", 3_000_000, 1.5, "efektif", 6, date(2025, 1, 20), None, date(2024, 7, 20), 5_000_000, None])
    for sel in ("F2", "H2"):
        ws[sel].number_format = "yyyy-mm-dd"
    from koperasi_cli.ledger.berkas import tulis_keluaran

    tulis_keluaran(path, wb.save)
