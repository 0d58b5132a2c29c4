"""Member savings: deposits, withdrawals, the monthly wajib bill, interest, cards and the report.

Every savings posting is tagged with the member, so a member's balance of a kind is
`buku.saldo_tag("anggota", no)` on the kind's account (core/simpanan.py): no history is read.

Which wajib months a member has paid is kept in the cache table `wajib` of
data/simpanan.json: one document per member (document id = member number), `{"no": "0001",
"bulan": {"2025-01": "J000003", ...}}`, each month with the entry that paid it. A month counts
as paid while that entry has not been reversed (`jurnal batal`, listed in the head), so a
reversal needs no update here. The table is rebuilt from the journal's `wajib_bulan` facts by
`periksa_simpanan`, which `koperasi periksa` runs.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import NamedTuple

from koperasi_cli.core.galat import Galat
from koperasi_cli.core.jurnal import Baris, Entri, debit, kredit
from koperasi_cli.core.simpanan import (
    AKUN, AKUN_BEBAN_JASA, AKUN_KELUAR, AKUN_PAJAK, DASAR_JASA, JENIS, JENIS_AKUN, alokasi_wajib_berjalan,
    belum_dibayar, dasar_jasa, hitung_jasa, ringkas_bulan, saldo_akun_kredit, saldo_dari_tag, status_pada,
)
from koperasi_cli.core.tanggal import Bulan, Periode
from koperasi_cli.core.konteks import pakai_konteks
from koperasi_cli.core.uang import bulatkan, format_persen
from koperasi_cli.layanan.anggota import ambil, normal_no, semua
from koperasi_cli.layanan.kas import akun_kas, cek_cukup
from koperasi_cli.layanan.simpanan_dasar import saldo_jenis, unit_simpanan  # noqa: F401 (part of this module's API)
from koperasi_cli.ledger.buku import Buku
from koperasi_cli.ledger.periksa import amati, pengamat
from koperasi_cli.layanan import berjangka

AKUN_BERJANGKA = "2103"
KOLOM_KARTU = {"3101": "pokok", "3102": "wajib", "2102": "sukarela", AKUN_BERJANGKA: "berjangka", AKUN_KELUAR: "keluar"}


def parse_jenis(teks: str) -> str:
    s = str(teks).strip().lower()
    if s not in JENIS:
        raise Galat("jenis_simpanan_tidak_sah", nilai=str(teks), sah=", ".join(JENIS))
    return s


def golongan_pokok_wajib(profil) -> str:
    """Where statements show simpanan pokok and wajib: `ekuitas` (default) or `kewajiban`.

    The postings stay on 3101/3102 either way (so a member's history does not split when the
    setting changes); a balance sheet reads this to present them under liabilities."""
    v = profil.atur("simpanan.kelas_pokok_wajib")
    if v not in ("ekuitas", "kewajiban"):
        raise Galat("profil_kunci_jenis", kunci="pengaturan.simpanan.kelas_pokok_wajib", harap="ekuitas / kewajiban")
    return v


def _cek_masuk(a: dict, tanggal: date) -> None:
    if tanggal < date.fromisoformat(a["tanggal_masuk"]):
        raise Galat("sebelum_masuk", no=a["no"], nama=a["nama"], masuk=a["tanggal_masuk"])


# ---- balances ------------------------------------------------------------------------------
def saldo(buku: Buku, no: str, per: date | None = None) -> dict:
    """docs/kontrak.md's `simpanan saldo NO` JSON: {"no", "pokok", "wajib", "sukarela"}."""
    a = ambil(buku, no)
    return {"no": a["no"], **saldo_jenis(buku, a["no"], per)}


# ---- the wajib bill ------------------------------------------------------------------------
def _tabel_wajib(buku: Buku):
    return buku.tabel("simpanan", "wajib")


def _lunas(doc: dict | None, batal: dict) -> set[str]:
    return {b for b, i in ((doc or {}).get("bulan") or {}).items() if i not in batal}


def lunas_wajib(buku: Buku, no: str) -> set[str]:
    """The wajib months member `no` has paid (entries not reversed)."""
    no = normal_no(no)
    return _lunas(_tabel_wajib(buku).get(doc_id=int(no)), buku.kepala["batal"])


def tarif_wajib(buku: Buku) -> int:
    return buku.profil.atur("simpanan.wajib", "rupiah")


def mulai_wajib(buku: Buku, a: dict) -> Bulan:
    """The first month billed: the month of joining, or the month the books start if later."""
    return max(Bulan.dari_str(a["tanggal_masuk"][:7]), Bulan.dari_tanggal(buku.profil.mulai))


def wajib_belum_dibayar(buku: Buku, a: dict, per: date) -> list[str]:
    """An active member's unpaid wajib months up to and including the month of `per`."""
    if a.get("status") != "aktif" or not tarif_wajib(buku):
        return []
    return belum_dibayar(lunas_wajib(buku, a["no"]), mulai_wajib(buku, a), Bulan.dari_tanggal(per))


def _tandai_lunas(buku: Buku, bayar: dict[str, dict[str, str]]) -> None:
    """Record in the cache which entry paid each month, {member: {month: entry}} (one table write
    each way)."""
    from tinydb.table import Document

    if not bayar:
        return
    t = _tabel_wajib(buku)
    ada = {no for no in bayar if t.contains(doc_id=int(no))}

    def tambah(doc):
        doc["bulan"] = {**(doc.get("bulan") or {}), **bayar[doc["no"]]}

    if ada:
        t.update(tambah, doc_ids=[int(no) for no in ada])
    baru = [no for no in bayar if no not in ada]
    if baru:
        t.insert_multiple(Document({"no": no, "bulan": bayar[no]}, doc_id=int(no)) for no in baru)


# ---- deposits and withdrawals ---------------------------------------------------------------
def _hasil(buku: Buku, r: dict, a: dict, jenis: str, jumlah: int, bulan: list[str] | None = None) -> dict:
    return {"entri": r["id"], "rekaman": r, "no": a["no"], "nama": a["nama"], "jenis": jenis, "jumlah": jumlah,
            "tanggal": r["tanggal"], "bulan": bulan, "saldo": saldo_jenis(buku, a["no"])}


class Setoran(NamedTuple):
    """One deposit to record: the member, the kind, the amount, its date and voucher; `data`
    adds facts to the entry's (the import's row fingerprint). A tuple: an import makes 100,000."""
    no: str
    jenis: str
    jumlah: int
    tanggal: date
    bukti: str | None = None
    ket: str | None = None
    data: dict | None = None


@dataclass(frozen=True)
class GalatSetoran:
    """A deposit refused: its index in the list given, the field at fault and its value."""
    indeks: int
    kolom: str
    nilai: str
    galat: Galat


def setor_banyak(buku: Buku, setoran: list[Setoran], *, kas: str | None = None,
                 unit: str | None = None) -> tuple[list[dict], list[GalatSetoran]]:
    """Deposits by active members, in date order, each checked against the balances the earlier
    ones leave: pokok up to the set amount, wajib in whole months (oldest unpaid first, several
    at once allowed), sukarela any amount. All or nothing: with any deposit refused nothing is
    recorded and every refusal is returned; else one `catat` records them all and the wajib
    cache is updated in one write. Returns the records (in date order) and the refusals.
    The one path of `simpanan setor` and of `impor simpanan`."""
    banyak = len(setoran) > 1
    anggota = {a["no"]: a for a in semua(buku)} if banyak else {}
    nomor: dict[str, str] = {}  # as written -> normalised
    k = akun_kas(buku, kas)
    u = unit_simpanan(buku, unit)
    tarif = tarif_wajib(buku)
    harus_pokok = buku.profil.atur("simpanan.pokok", "rupiah")
    pokok: dict[str, int] = {}
    semua_tag = buku.saldo_tag("anggota") if banyak else None
    batal = buku.kepala["batal"]
    cache = {d["no"]: d for d in _tabel_wajib(buku).all()} if banyak else None
    lunas: dict[str, list] = {}
    entri: list[Entri] = []
    wajib: list[tuple[str, list[str]]] = []
    galat: list[GalatSetoran] = []
    kas_masuk: dict[int, Baris] = {}
    for i, v in sorted(enumerate(setoran), key=lambda x: x[1].tanggal):
        try:
            if banyak:
                kunci = nomor.get(v.no)
                if kunci is None:
                    kunci = nomor[v.no] = normal_no(v.no)
                a = anggota.get(kunci)
            else:
                a = ambil(buku, v.no)
        except Galat as g:
            galat.append(GalatSetoran(i, "no", v.no, g))
            continue
        if a is None:
            galat.append(GalatSetoran(i, "no", v.no, Galat("anggota_tidak_ada", no=str(v.no))))
            continue
        if a.get("status") != "aktif":
            galat.append(GalatSetoran(i, "no", v.no, Galat("anggota_tidak_aktif", no=a["no"], nama=a["nama"])))
            continue
        try:
            jenis = parse_jenis(v.jenis)
        except Galat as g:
            galat.append(GalatSetoran(i, "jenis", str(v.jenis), g))
            continue
        if v.tanggal.isoformat() < a["tanggal_masuk"]:
            galat.append(GalatSetoran(i, "tanggal", v.tanggal.isoformat(),
                                      Galat("sebelum_masuk", no=a["no"], nama=a["nama"], masuk=a["tanggal_masuk"])))
            continue
        jumlah = v.jumlah
        data: dict = {"simpanan": jenis, "anggota": a["no"], **(v.data or {})}
        bulan = None
        if jenis == "pokok":
            sudah = pokok.get(a["no"])
            if sudah is None:
                tag = semua_tag.get(a["no"], {}) if banyak else buku.saldo_tag("anggota", a["no"]).get(a["no"], {})
                sudah = pokok[a["no"]] = saldo_dari_tag(tag)["pokok"]
            if sudah + jumlah > harus_pokok:
                galat.append(GalatSetoran(i, "jumlah", str(jumlah), Galat(
                    "pokok_lebih", no=a["no"], nama=a["nama"], pokok=harus_pokok, sudah=sudah,
                    sisa=max(harus_pokok - sudah, 0))))
                continue
            pokok[a["no"]] = sudah + jumlah
        elif jenis == "wajib":
            if not tarif:
                galat.append(GalatSetoran(i, "jenis", jenis, Galat("wajib_nol")))
                continue
            if jumlah % tarif:
                galat.append(GalatSetoran(i, "jumlah", str(jumlah),
                                          Galat("wajib_bukan_kelipatan", jumlah=jumlah, tarif=tarif)))
                continue
            keadaan = lunas.get(a["no"])
            if keadaan is None:
                m = mulai_wajib(buku, a)
                doc = cache.get(a["no"]) if banyak else _tabel_wajib(buku).get(doc_id=int(a["no"]))
                keadaan = lunas[a["no"]] = [_lunas(doc, batal), m.tahun * 12 + m.bulan - 1]
            bulan, ringkas = alokasi_wajib_berjalan(keadaan, jumlah // tarif)
            data["wajib_bulan"] = bulan
            wajib.append((a["no"], bulan))
        teks = v.ket or f"Simpanan {jenis} {a['no']} {a['nama']}" + (f" ({ringkas})" if bulan else "")
        # = (debit(kas, jumlah), kredit(AKUN[jenis], jumlah, anggota=a["no"])), built positionally; the
        # cash posting is immutable and the same for the same amount, so one object serves them all
        masuk = kas_masuk.get(jumlah)
        if masuk is None:
            masuk = kas_masuk[jumlah] = Baris(k, jumlah)
        entri.append(Entri(v.tanggal, (masuk, Baris(AKUN[jenis], 0, jumlah, a["no"])), teks,
                           "simpanan-setor", u, v.bukti, data=data))
    if galat:
        return [], galat
    rek = buku.catat(entri)
    # The wajib cache: every month with the entry that paid it, one table write.
    bayar: dict[str, dict[str, str]] = defaultdict(dict)
    it = iter(r for r in rek if r["data"].get("wajib_bulan"))
    for (no_a, bulan), r in zip(wajib, it, strict=True):
        for b in bulan:
            bayar[no_a][b] = r["id"]
    _tandai_lunas(buku, bayar)
    return rek, []


@pakai_konteks
def setor(
    buku: Buku, no: str, jenis: str, jumlah: int, *, tanggal: date, kas: str | None = None,
    unit: str | None = None, bukti: str | None = None, ket: str | None = None,
) -> dict:
    """A deposit by an active member (`setor_banyak` of one): pokok up to the set amount, wajib in
    whole months (oldest unpaid first, several at once allowed), sukarela any amount."""
    rek, galat = setor_banyak(buku, [Setoran(no, jenis, jumlah, tanggal, bukti, ket)], kas=kas, unit=unit)
    if galat:
        raise galat[0].galat
    r = rek[0]
    return _hasil(buku, r, ambil(buku, r["data"]["anggota"]), r["data"]["simpanan"], jumlah,
                  r["data"].get("wajib_bulan"))


@pakai_konteks
def tarik(
    buku: Buku, no: str, jenis: str, jumlah: int, *, tanggal: date, kas: str | None = None,
    unit: str | None = None, bukti: str | None = None, ket: str | None = None,
) -> dict:
    """A withdrawal: only sukarela while the member is active; never below zero (on the date or
    after it); cash must suffice."""
    a = ambil(buku, no)
    jenis = parse_jenis(jenis)
    if jenis != "sukarela" and a.get("status") == "aktif":
        raise Galat("tarik_hanya_sukarela", jenis=jenis, no=a["no"], nama=a["nama"])
    _cek_masuk(a, tanggal)
    for per in (tanggal, None):
        ada = saldo_jenis(buku, a["no"], per)[jenis]
        if ada < jumlah:
            raise Galat("saldo_simpanan_kurang", no=a["no"], nama=a["nama"], jenis=jenis, saldo=ada, jumlah=jumlah)
    k = akun_kas(buku, kas)
    cek_cukup(buku, k, jumlah, tanggal)
    e = Entri(tanggal, (debit(AKUN[jenis], jumlah, anggota=a["no"]), kredit(k, jumlah)),
              ket or f"Penarikan simpanan {jenis} {a['no']} {a['nama']}", "simpanan-tarik",
              unit_simpanan(buku, unit), bukti, data={"simpanan": jenis, "anggota": a["no"]})
    return _hasil(buku, buku.catat(e)[0], a, jenis, jumlah)


def bayar_utang_keluar(buku: Buku, a: dict, *, tanggal: date, kas: str | None = None,
                       unit: str | None = None, bukti: str | None = None) -> dict:
    """Pay out in cash what the cooperative owes a member who left (2112)."""
    utang = saldo_akun_kredit(buku.saldo_tag("anggota", a["no"]).get(a["no"], {}), AKUN_KELUAR)
    if utang <= 0:
        raise Galat("tidak_ada_utang_keluar", no=a["no"], nama=a["nama"])
    k = akun_kas(buku, kas)
    cek_cukup(buku, k, utang, tanggal)
    e = Entri(tanggal, (debit(AKUN_KELUAR, utang, anggota=a["no"]), kredit(k, utang)),
              f"Pengembalian simpanan anggota keluar {a['no']} {a['nama']}", "anggota-keluar-bayar",
              unit_simpanan(buku, unit), bukti, data={"anggota": a["no"]})
    return {"entri": buku.catat(e)[0]["id"], "jumlah": utang}


# ---- the collection list -------------------------------------------------------------------
@pakai_konteks
def tagih_wajib(
    buku: Buku, bulan: Bulan, *, bayar: bool = False, kecuali: list[str] | tuple = (),
    tanggal: date | None = None, kas: str | None = None, unit: str | None = None, bukti: str | None = None,
) -> dict:
    """Active members with unpaid wajib months up to `bulan` (member, months, amount owed).
    With `bayar`, every listed member except `kecuali` is recorded as having paid what they owe,
    in cash: one entry per member, all written at once."""
    tarif = tarif_wajib(buku)
    batal = buku.kepala["batal"]
    cache = {d["no"]: d for d in _tabel_wajib(buku).all()} if tarif else {}
    baris = []
    anggota = {}
    for a in semua(buku):
        if a.get("status") != "aktif" or Bulan.dari_str(a["tanggal_masuk"][:7]) > bulan or not tarif:
            continue
        belum = belum_dibayar(_lunas(cache.get(a["no"]), batal), mulai_wajib(buku, a), bulan)
        if belum:
            anggota[a["no"]] = a
            baris.append({"no": a["no"], "nama": a["nama"], "bulan": belum, "jumlah_bulan": len(belum),
                          "jumlah": len(belum) * tarif})
    hasil = {"bulan": str(bulan), "tarif": tarif, "anggota": baris, "jumlah_anggota": len(baris),
             "total": sum(b["jumlah"] for b in baris), "dibayar": False, "kecuali": [], "entri": [],
             "total_dibayar": 0}
    if bayar:
        tanggal = tanggal or buku.hari_ini()
        kec = [normal_no(n) for n in kecuali]
        ditagih = {b["no"] for b in baris}
        for n in kec:
            if n not in ditagih:
                ambil(buku, n)
                raise Galat("kecuali_tidak_ditagih", no=n, bulan=str(bulan))
        bayar_ini = [b for b in baris if b["no"] not in set(kec)]
        if not bayar_ini:
            raise Galat("tagih_tidak_ada", bulan=str(bulan))
        k = akun_kas(buku, kas)
        u = unit_simpanan(buku, unit)
        entri = []
        for b in bayar_ini:
            _cek_masuk(anggota[b["no"]], tanggal)
            entri.append(Entri(
                tanggal, (debit(k, b["jumlah"]), kredit(AKUN["wajib"], b["jumlah"], anggota=b["no"])),
                f"Simpanan wajib {b['no']} {b['nama']} ({ringkas_bulan(b['bulan'])})", "simpanan-setor", u, bukti,
                data={"simpanan": "wajib", "anggota": b["no"], "wajib_bulan": b["bulan"], "tagih": str(bulan)},
            ))
        rek = buku.catat(entri)
        _tandai_lunas(buku, {b["no"]: {m: r["id"] for m in b["bulan"]} for b, r in zip(bayar_ini, rek)})
        hasil.update(dibayar=True, kecuali=kec, entri=[r["id"] for r in rek],
                     total_dibayar=sum(b["jumlah"] for b in bayar_ini), tanggal=tanggal.isoformat())
    return hasil


# ---- interest on sukarela ---------------------------------------------------------------------
@pakai_konteks
def jasa(buku: Buku, bulan: Bulan, *, bunga_tahunan: Decimal | None = None, unit: str | None = None,
         bukti: str | None = None) -> dict:
    """Credit one month's interest on sukarela to every active member, withholding the final tax;
    one entry dated the month's last day. Refused for a month not yet ended or already credited."""
    if bulan.akhir > buku.hari_ini():
        raise Galat("jasa_bulan_belum_berakhir", bulan=str(bulan))
    p = buku.profil
    bunga = bunga_tahunan if bunga_tahunan is not None else p.atur("simpanan.bunga_sukarela_tahunan", "persen")
    dasar = p.atur("simpanan.dasar_jasa")
    if dasar not in DASAR_JASA:
        raise Galat("profil_kunci_jenis", kunci="pengaturan.simpanan.dasar_jasa", harap=" / ".join(DASAR_JASA))
    batas = p.atur("simpanan.batas_pajak_jasa", "rupiah")
    batal = buku.kepala["batal"]
    for r in buku.shard(bulan)["entri"].values():
        if r.get("jenis") == "simpanan-jasa" and (r.get("data") or {}).get("bulan") == str(bulan) and r["id"] not in batal:
            raise Galat("jasa_sudah", bulan=str(bulan), id=r["id"])
    akun = AKUN["sukarela"]
    awal = buku.saldo_tag("anggota", per=bulan.sebelum().akhir)
    mutasi: dict[str, list] = defaultdict(list)
    for r in buku.entri(bulan.awal, bulan.akhir):
        tgl = date.fromisoformat(r["tanggal"])
        for x in r["baris"]:
            if x["akun"] == akun and x.get("anggota"):
                mutasi[x["anggota"]].append((tgl, x.get("kredit", 0) - x.get("debit", 0)))
    rinci = {}
    sudah_keluar: set[str] = set()
    for a in semua(buku):
        if status_pada(a, bulan.akhir.isoformat()) != "aktif":  # a member at the month's end, even if they left later
            continue
        s0 = saldo_akun_kredit(awal.get(a["no"], {}), akun)
        d = dasar_jasa(s0, mutasi.get(a["no"], ()), bulan, dasar)
        j = hitung_jasa(d, bunga)
        if j <= 0:
            continue
        rinci[a["no"]] = {"no": a["no"], "nama": a["nama"], "dasar": bulatkan(d), "jasa": j}
        if a.get("status") == "keluar":
            sudah_keluar.add(a["no"])
    # The time deposits' anniversaries of the month are posted with it: the final tax is on all
    # the savings interest a member receives in a month (PP 15/2009), sukarela and berjangka.
    jasa_ini = {no: x["jasa"] for no, x in rinci.items()}
    hasil_berjangka = berjangka.bunga_bulan(buku, bulan, jasa_lain=jasa_ini, unit=unit, bukti=bukti)
    pajak = hasil_berjangka["pajak_lain"]
    if pajak is None:
        pajak = berjangka.pajak_tambahan(buku, bulan, jasa_ini)
    for no, x in rinci.items():
        # May exceed the month's sukarela interest when deposit interest already took the member
        # past the threshold: the difference is then withheld from the sukarela balance.
        x["pajak"] = pajak.get(no, 0)
        x["diterima"] = x["jasa"] - x["pajak"]
    total_jasa = sum(x["jasa"] for x in rinci.values())
    total_pajak = sum(x["pajak"] for x in rinci.values())
    hasil = {"bulan": str(bulan), "bunga_tahunan": str(bunga), "dasar": dasar, "batas_pajak": batas,
             "anggota": list(rinci.values()), "total_jasa": total_jasa, "total_pajak": total_pajak,
             "total_diterima": total_jasa - total_pajak, "entri": None, "berjangka": hasil_berjangka}
    if not rinci:
        return hasil
    baris = [debit(AKUN_BEBAN_JASA, total_jasa)]
    for no, x in rinci.items():
        # A member who has left since then: their savings were moved to the payable to leaving
        # members (2112), so the interest they earned while a member goes there too.
        tujuan = AKUN_KELUAR if no in sudah_keluar else akun
        if x["diterima"] > 0:
            baris.append(kredit(tujuan, x["diterima"], anggota=no))
        elif x["diterima"] < 0:
            baris.append(debit(tujuan, -x["diterima"], anggota=no))
        if x["pajak"]:
            baris.append(kredit(AKUN_PAJAK, x["pajak"], anggota=no))
    e = Entri(bulan.akhir, tuple(baris), f"Jasa simpanan sukarela {bulan} ({format_persen(bunga, bahasa='id')} setahun, saldo {dasar})",
              "simpanan-jasa", unit_simpanan(buku, unit), bukti,
              data={"bulan": str(bulan), "bunga_tahunan": str(bunga), "dasar": dasar,
                    "anggota": {no: {k: x[k] for k in ("dasar", "jasa", "pajak")} for no, x in rinci.items()}})
    hasil["entri"] = buku.catat(e)[0]["id"]
    return hasil


# ---- the savings card ----------------------------------------------------------------------
def kartu(buku: Buku, no: str, periode: Periode | None = None) -> dict:
    """Every movement of the member's savings (and of what is owed to them after leaving), with
    running balances per kind. Months in which the member has no savings posting are skipped
    without reading them; with a period, the opening balance comes from the month totals."""
    a = ambil(buku, no)
    no = a["no"]
    awal = periode.awal if periode else None
    akhir = periode.akhir if periode else None
    if awal:
        tag = buku.saldo_tag("anggota", no, awal - timedelta(days=1)).get(no, {})
        s = {j: saldo_akun_kredit(tag, k) for k, j in KOLOM_KARTU.items()}
    else:
        s = {j: 0 for j in KOLOM_KARTU.values()}
    saldo_awal = dict(s)
    mutasi = []
    for b in buku.bulan_ada():
        if (awal and b.akhir < awal) or (akhir and b.awal > akhir):
            continue
        if not set(buku.total_tag_bulan(b).get("anggota", {}).get(no, {})) & set(KOLOM_KARTU):
            continue
        for r in buku.entri(max(b.awal, awal or b.awal), min(b.akhir, akhir or b.akhir)):
            gerak = {j: 0 for j in KOLOM_KARTU.values()}
            ada = False
            for x in r["baris"]:
                if x.get("anggota") == no and x["akun"] in KOLOM_KARTU:
                    gerak[KOLOM_KARTU[x["akun"]]] += x.get("kredit", 0) - x.get("debit", 0)
                    ada = True
            if not ada:
                continue
            for j, n in gerak.items():
                s[j] += n
            mutasi.append({"tanggal": r["tanggal"], "id": r["id"], "jenis": r["jenis"], "ket": r["ket"],
                           "bukti": r.get("bukti"), **gerak, **{f"saldo_{j}": n for j, n in s.items()}})
    return {"no": no, "nama": a["nama"], "status": a["status"], "periode": periode.label if periode else None,
            "saldo_awal": saldo_awal, "mutasi": mutasi, "saldo_akhir": dict(s)}


# ---- the savings report ----------------------------------------------------------------------
def laporan(buku: Buku, per: date | None = None) -> dict:
    """Every member's balances per kind with totals, and the savings accounts they must equal."""
    tag = buku.saldo_tag("anggota", per=per)
    akun_saldo = buku.saldo_akun(per)
    anggota = {a["no"]: a for a in semua(buku)}
    baris = []
    total = {j: 0 for j in (*JENIS, "berjangka", "jumlah", "utang_keluar")}
    for no in sorted(set(anggota) | set(tag), key=lambda n: (len(n), n)):
        a = anggota.get(no)
        t = tag.get(no, {})
        s = saldo_dari_tag(t)
        utang = saldo_akun_kredit(t, AKUN_KELUAR)
        s["berjangka"] = saldo_akun_kredit(t, AKUN_BERJANGKA)  # time deposits, with the interest they keep
        if a is not None and per and a["tanggal_masuk"] > per.isoformat():
            continue
        status = (status_pada(a, per.isoformat()) if per else a.get("status")) if a else None
        if not any(s.values()) and not utang and status != "aktif":
            continue
        b = {"no": no, "nama": a["nama"] if a else "?", "status": status or "?", **s,
             "jumlah": sum(s.values()), "utang_keluar": utang}
        baris.append(b)
        for k in total:
            total[k] += b[k]
    kontrol = {}
    for akun in (*AKUN.values(), AKUN_BERJANGKA, AKUN_KELUAR):
        d, k = akun_saldo.get(akun, (0, 0))
        kontrol[akun] = k - d
    cocok = all(kontrol[AKUN[j]] == total[j] for j in JENIS) and kontrol[AKUN_KELUAR] == total["utang_keluar"] \
        and kontrol[AKUN_BERJANGKA] == total["berjangka"]
    return {"per": (per or buku.hari_ini()).isoformat(), "anggota": baris, "total": total, "akun": kontrol,
            "cocok": cocok, "kelas_pokok_wajib": golongan_pokok_wajib(buku.profil)}


# ---- periksa -------------------------------------------------------------------------------
def periksa_simpanan(buku: Buku) -> list[Galat]:
    """Sub-ledger checks: per kind, members' balances sum to the control account; no member's
    balance below zero; a member who left holds no savings; every tagged member exists; the
    wajib cache equals the one rebuilt from the journal."""
    return amati(buku, [amati_simpanan])[0]


@pengamat
def amati_simpanan(buku: Buku):
    """`periksa_simpanan` as an observer of the journal's one pass (`ledger.periksa.amati`)."""
    # Only what the fold of the wajib cache needs is kept (not the records: a large book's would
    # fill the memory).
    rek = []
    while (r := (yield)) is not None:
        if (r.get("data") or {}).get("wajib_bulan"):
            rek.append((r["seq"], r["id"], r["data"]))
    temuan: list[Galat] = []
    tag = buku.saldo_tag("anggota")
    saldo = buku.saldo_akun()
    anggota = {a["no"]: a for a in semua(buku)}
    kelompok = {**{a: j for j, a in AKUN.items()}, AKUN_KELUAR: "keluar"}
    for akun, jenis in kelompok.items():
        per_anggota = sum(saldo_akun_kredit(t, akun) for t in tag.values())
        d, k = saldo.get(akun, (0, 0))
        if per_anggota != k - d:
            temuan.append(Galat("periksa_simpanan_kontrol", akun=akun, jenis=jenis, anggota=per_anggota, kontrol=k - d))
    for no, t in sorted(tag.items()):
        if not set(t) & set(kelompok):
            continue
        a = anggota.get(no)
        if a is None:
            temuan.append(Galat("periksa_simpanan_anggota_asing", no=no))
            continue
        for akun, jenis in kelompok.items():
            n = saldo_akun_kredit(t, akun)
            if n < 0:
                temuan.append(Galat("periksa_simpanan_negatif", no=no, nama=a["nama"], jenis=jenis))
            elif n and akun in JENIS_AKUN and a.get("status") == "keluar":
                temuan.append(Galat("periksa_simpanan_keluar_bersaldo", no=no, nama=a["nama"], jenis=jenis))
    # The wajib cache, rebuilt from the journal in posting order.
    bangun: dict[str, dict[str, str]] = defaultdict(dict)
    for _seq, id_, d in sorted(rek, key=lambda x: x[0]):
        for b in d["wajib_bulan"]:
            bangun[d["anggota"]][b] = id_
    cache = {d["no"]: dict(d.get("bulan") or {}) for d in _tabel_wajib(buku).all()}
    for no in sorted(set(bangun) | set(cache)):
        if bangun.get(no, {}) != cache.get(no, {}):
            temuan.append(Galat("periksa_wajib_cache", no=no))
    return temuan
