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

One journal entry (`saldo-awal`, dated the books' first day unless `--tanggal`) carries them,
the savings postings tagged with the member, the stock postings with the item and quantity, so
the trial balance and every sub-ledger equal the file. Only into books without entries; the
same file again is skipped (its fingerprint is in the import log).
Outstanding loans (account 1110) are not supported yet: disburse them with `pinjaman cair`.
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from koperasi_cli.core.galat import PEMAKAIAN, Galat
from koperasi_cli.core.jurnal import Baris, Entri
from koperasi_cli.importers.baca import kunci_kolom, nilai_bulat, nilai_jumlah, nilai_teks, petakan_header
from koperasi_cli.importers.impor import GalatBaris, GalatImpor, _log, sidik_tercatat
from koperasi_cli.ledger.buku import Buku

KOLOM = {
    "akun": {"kode": ("akun", "kode akun", "no akun", "account"), "nama": ("nama akun", "name"),
             "debit": ("d",), "kredit": ("k", "credit")},
    "simpanan": {"no": ("no anggota", "anggota", "member"), "pokok": ("simpanan pokok",), "wajib": ("simpanan wajib",),
                 "sukarela": ("simpanan sukarela",)},
    "stok": {"kode": ("kode barang", "barang", "item"), "qty": ("jumlah", "banyak", "quantity"),
             "nilai": ("nilai persediaan", "value", "nilai perolehan"), "nama": ("nama barang",), "satuan": ("unit",),
             "harga_jual": ("harga", "harga jual"), "kategori": ()},
}
AKUN_SIMPANAN = {"pokok": "3101", "wajib": "3102", "sukarela": "2102"}


def _sheet(wb, nama: str):
    for ws in wb.worksheets:
        if kunci_kolom(ws.title) == nama:
            return ws
    return None


def _baris(ws, kolom: dict) -> list[tuple[int, dict]]:
    from koperasi_cli.importers.baca import _sel_xlsx

    it = ws.iter_rows(values_only=True)
    header = list(next(it, ()) or ())
    peta, _ = petakan_header(header, kolom)
    hasil = []
    for i, r in enumerate(it, start=2):
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
            akun[kode] = akun.get(kode, 0) + de - kr
    debit = sum(n for n in akun.values() if n > 0)
    kredit = -sum(n for n in akun.values() if n < 0)
    if debit != kredit:
        galat.append(GalatBaris(0, "debit/kredit", "", Galat("saldo_awal_tidak_seimbang", debit=debit, kredit=kredit)))
    if akun.get("1110"):
        galat.append(GalatBaris(0, "1110", "", Galat("saldo_awal_akun_kontrol", akun="1110", sheet="pinjaman")))
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
    wb.close()
    if galat:
        raise GalatImpor(galat, path.name)
    for kode, n in sorted(akun.items()):
        if kode in AKUN_SIMPANAN.values() or kode in per_akun or not n:
            continue
        baris.append(Baris(kode, debit=n) if n > 0 else Baris(kode, kredit=-n))
    if baris:
        buku.catat(Entri(tanggal, tuple(baris), f"Saldo awal dari {path.name}", "saldo-awal", "kantor",
                         data={"impor": sidik}))
        sembako.posisi_terkini(buku)
    _log(buku).insert({"jenis": "saldo-awal", "berkas": path.name, "dicatat": buku.sekarang(), "baris": 1, "sidik": [sidik]})
    return {**hasil, "baris": len(baris), "diimpor": len(baris), "entri": 1 if baris else 0}


def tulis_template_saldo_awal(path: Path) -> None:
    from openpyxl import Workbook

    if path.suffix.lower() != ".xlsx":
        raise Galat("impor_format_berkas", berkas=path.name)
    wb = Workbook()
    ws = wb.active
    ws.title = "akun"
    for r in (["kode", "nama", "debit", "kredit"], ["1101", "Kas", 5_300_000, 0], ["1130", "Persediaan Sembako", 700_000, 0],
              ["3101", "Simpanan Pokok", 0, 100_000], ["3102", "Simpanan Wajib", 0, 400_000],
              ["2102", "Simpanan Sukarela", 0, 500_000], ["3104", "Hibah", 0, 5_000_000]):
        ws.append(r)
    ws = wb.create_sheet("simpanan")
    ws.append(["no", "pokok", "wajib", "sukarela"])
    ws.append(["0001", 100_000, 400_000, 500_000])
    ws = wb.create_sheet("stok")
    ws.append(["kode", "nama", "satuan", "kategori", "harga_jual", "qty", "nilai"])
    ws.append(["BRS5", "Beras 5 kg", "karung", "sembako", 75_000, 10, 700_000])
    wb.save(path)
