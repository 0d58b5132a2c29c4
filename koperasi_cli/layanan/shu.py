"""SHU (sisa hasil usaha): the simulation (`laporan shu`), the year-end closing
(`tutup-buku --tahun`) and its reopening, the allocation the RAT approves (`shu tetapkan`) and
paying members their share (`shu bayar`).

The year's SHU is income minus costs minus tax (UU 25/1992 Pasal 45). At 31 December the year's
income and expenses close into SHU belum dibagi (3302) and the year is locked; the allocation is
decided by the RAT months later and posted on its date (Permenkop UKM 2/2024; docs/aturan.md, year end
and the RAT). Until then the year can be reopened for audit adjustments. The proposal uses the
profile's percentages (`pengaturan.shu.alokasi`, which must sum to 100). The members' pools are
shared among the year's members (a member who left during the year included: their share is paid
through the payable to leaving members, 2112): jasa modal by their simpanan pokok + wajib at
year end, jasa usaha by their business with the cooperative in the year (purchases at the outlet
and loan interest, as `shu.transaksi_jasa_usaha` says). Every share is rounded down; what
rounding leaves stays unallocated (SHU belum dibagi, 3302) and is shown.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from koperasi_cli.core.galat import BUKU_RUSAK, Galat, GalatBanyak
from koperasi_cli.core.jurnal import Entri, debit, kredit
from koperasi_cli.core.shu import alokasi, bagi_rata, periksa_persen
from koperasi_cli.core.tanggal import Bulan
from koperasi_cli.core.konteks import pakai_konteks
from koperasi_cli.ledger.buku import Buku
from koperasi_cli.layanan.kas import akun_kas, cek_cukup
from koperasi_cli.layanan import tutup
from koperasi_cli.layanan.hasil_usaha import phu_angka

AKUN_POS = {
    "cadangan": "3201", "dana_pengurus": "2107", "dana_karyawan": "2108", "dana_pendidikan": "2109",
    "dana_sosial": "2110", "dana_pembangunan_desa": "2111",
}
AKUN_UTANG_SHU = "2106"
AKUN_UTANG_KELUAR = "2112"  # payable to members who left
AKUN_SHU_BERJALAN = "3301"
AKUN_SHU_BELUM_DIBAGI = "3302"
TRANSAKSI = {"belanja": ("4101", "4103"), "jasa_pinjaman": ("4201",), "sewa_jasa": ("4301",)}


def rel_shu(tahun: int) -> str:
    return f"data/shu/{tahun}.json"


def persen_alokasi(buku: Buku) -> dict[str, Decimal]:
    mentah = buku.profil.pengaturan.get("shu", {}).get("alokasi")
    if not isinstance(mentah, dict) or not mentah:
        raise Galat("profil_kunci_jenis", kunci="pengaturan.shu.alokasi", harap="peta pos: persen")
    from koperasi_cli.core.profil import periksa_nilai

    persen = {str(k): periksa_nilai(f"pengaturan.shu.alokasi.{k}", v, "persen") for k, v in mentah.items()}
    galat = periksa_persen(persen)
    if galat:
        raise GalatBanyak("shu_alokasi_salah", galat)
    return persen


def _anggota_dalam_tahun(a: dict, awal: str, akhir: str) -> bool:
    """A member at some time in the year: joined by its end, not left before its start."""
    keluar = a.get("tanggal_keluar")
    return a.get("tanggal_masuk", "") <= akhir and (not keluar or keluar >= awal)


def _nilai_tahun(akhir: dict, awal: dict, akun: tuple[str, ...]) -> int:
    """Income on credit-normal accounts over the year for one member (positive)."""
    return -sum(akhir.get(a, [0, 0])[0] - awal.get(a, [0, 0])[0] for a in akun)


def hitung(buku: Buku, tahun: int, *, tampilkan_nik: bool = False, segar: bool = False,
          persen: dict[str, Decimal] | None = None) -> dict:
    """The year's SHU, its allocation and every member's share (after closing: as stored, the
    proposal and, once the RAT decided, the decision); `segar` computes it again, with `persen`
    instead of the profile's percentages when given."""
    tersimpan = buku.tahun_tutup.get(str(tahun))
    if tersimpan and not segar:
        data = buku.baca_berkas(rel_shu(tahun))
        if data is not None:
            return _samarkan(dict(data), tampilkan_nik)
    akhir = date(tahun, 12, 31)
    if akhir < buku.profil.mulai:
        raise Galat("tahun_sebelum_mulai", tahun=tahun, mulai=buku.profil.mulai.isoformat())
    awal = max(date(tahun, 1, 1), buku.profil.mulai)
    persen = persen_alokasi(buku) if persen is None else persen
    pengaturan = buku.profil.pengaturan.get("shu", {})
    phu = phu_angka(buku, awal, akhir, rinci=bool(pengaturan.get("pisah_non_anggota")))
    shu = phu["shu"]
    non = 0
    if pengaturan.get("pisah_non_anggota") and shu > 0:
        # The non-members' part: gross margin on their purchases less a revenue-proportional
        # share of operating costs; it goes to the reserve and is not shared out.
        # The gross margin is the non-members' sales less the actual cost of the goods they
        # bought (each sale's own cost, never a share by revenue: members may pay less).
        jual_non = phu["non_anggota"]["pendapatan"]
        margin = phu["non_anggota"]["laba_kotor"]
        beban = (phu["total"]["beban_operasional"] * jual_non // phu["total_pendapatan"]) if phu["total_pendapatan"] else 0
        non = max(0, min(shu, margin - beban))
    bagian, sisa = alokasi(shu - non, persen)
    bagian["cadangan"] = bagian.get("cadangan", 0) + non
    jenis_transaksi = pengaturan.get("transaksi_jasa_usaha", ["belanja", "jasa_pinjaman"])
    akun_transaksi = tuple(a for j in jenis_transaksi for a in TRANSAKSI.get(j, ()))
    if "sewa_jasa" in jenis_transaksi:  # rentals and services of units with their own income account
        akun_transaksi += tuple({u["akun"]["pendapatan"] for u in buku.profil.unit_info.values()
                                 if u["jenis"] in ("sewa", "jasa")} - set(akun_transaksi))
    tgl = akhir.isoformat()
    anggota = [dict(a) for a in buku.tabel("anggota").all() if _anggota_dalam_tahun(a, awal.isoformat(), tgl)] \
        if buku.ada("data/anggota.json") else []
    tag_akhir = buku.saldo_tag("anggota", per=akhir)
    tag_awal = buku.saldo_tag("anggota", per=awal - timedelta(days=1)) if awal > buku.profil.mulai else {}
    modal = {a["no"]: -sum(tag_akhir.get(a["no"], {}).get(k, [0, 0])[0] for k in ("3101", "3102")) for a in anggota}
    transaksi = {a["no"]: _nilai_tahun(tag_akhir.get(a["no"], {}), tag_awal.get(a["no"], {}), akun_transaksi) for a in anggota}
    jm, sisa_m = bagi_rata(bagian.get("jasa_modal", 0), modal)
    ju, sisa_u = bagi_rata(bagian.get("jasa_usaha", 0), transaksi)
    baris = []
    for a in sorted(anggota, key=lambda x: x["no"]):
        no = a["no"]
        baris.append({"no": no, "nama": a.get("nama"), "nik": a.get("nik"), "simpanan_modal": modal[no],
                      "transaksi": transaksi[no], "jasa_modal": jm[no], "jasa_usaha": ju[no], "jumlah": jm[no] + ju[no]})
    data = {
        "tahun": tahun, "status": "simulasi", "shu": shu, "pendapatan": phu["total_pendapatan"], "beban": phu["total_beban"],
        "persen": {k: str(v) for k, v in persen.items()}, "alokasi": bagian, "shu_non_anggota": non,
        "dasar": {"simpanan_modal": sum(modal.values()), "transaksi": sum(transaksi.values()),
                  "transaksi_jenis": list(jenis_transaksi)},
        "dibagi_anggota": sum(b["jumlah"] for b in baris),
        "sisa_pembulatan": sisa + sisa_m + sisa_u,
        "anggota": baris,
    }
    return _samarkan(data, tampilkan_nik)


def _samarkan(data: dict, tampilkan_nik: bool) -> dict:
    if tampilkan_nik:
        return data
    from koperasi_cli.core.nik import samarkan

    data["anggota"] = [{**b, "nik": samarkan(b["nik"]) if b.get("nik") else None} for b in data["anggota"]]
    return data


def _tahun_tutup(buku: Buku) -> dict:
    return buku.tahun_tutup


def _alokasi_berlaku(buku: Buku, t: dict) -> dict | None:
    """The RAT's allocation of a closed year, unless its entry was reversed (`jurnal batal`)."""
    a = t.get("alokasi")
    if a and a.get("entri") and a["entri"] in buku.kepala.get("batal", {}):
        return None
    return a


def tutup_tahun(buku: Buku, tahun: int) -> dict:
    """Year-end closing in one unit of work: month-end entries of the open months, the year's
    income and expenses closed into SHU belum dibagi (3302) on 31 December, every month of the
    year locked. No allocation: the RAT decides it later (`tetapkan`). The proposal (the
    profile's split) is stored for the RAT package."""
    tahun_tutup = _tahun_tutup(buku)
    if str(tahun) in tahun_tutup:
        raise Galat("tahun_sudah_tutup", tahun=tahun)
    akhir = date(tahun, 12, 31)
    if akhir >= buku.hari_ini():
        raise Galat("tahun_belum_berakhir", tahun=tahun)
    if akhir < buku.profil.mulai:
        raise Galat("tahun_sebelum_mulai", tahun=tahun, mulai=buku.profil.mulai.isoformat())
    for y in range(buku.profil.mulai.year, tahun):
        if str(y) not in tahun_tutup:
            raise Galat("tahun_sebelumnya_terbuka", tahun=tahun, terbuka=y)
    persen_alokasi(buku)  # refused before anything is posted if the percentages are wrong
    temuan = tutup.periksa_cepat(buku)
    if temuan:
        raise GalatBanyak("tutup_periksa_gagal", temuan, keluar=BUKU_RUSAK)
    awal = max(date(tahun, 1, 1), buku.profil.mulai)
    bulan_terbuka = []
    b = Bulan.dari_tanggal(awal)
    while b.tahun == tahun:
        if str(b) not in buku.bulan_tutup:
            bulan_terbuka.append(b)
        b = b.berikut()
    if bulan_terbuka:
        tutup.cek_urutan(buku, bulan_terbuka[0])
    diposting: list[str] = []
    for b in bulan_terbuka:
        diposting += tutup.jurnal_akhir_bulan(buku, b)
    hasil = hitung(buku, tahun, tampilkan_nik=True, segar=True)
    shu = hasil["shu"]
    # Income and expenses closed into 3302, unit by unit so each unit's totals close too.
    akhir_unit = buku.saldo_tag("unit", per=akhir)
    awal_unit = buku.saldo_tag("unit", per=awal - timedelta(days=1)) if awal > buku.profil.mulai else {}
    penutup: dict[str, int] = {}
    penutup_unit: dict[str, dict[str, int]] = {}
    baris = []
    for unit, per_akun in sorted(akhir_unit.items()):
        for akun, (n, _q) in sorted(per_akun.items()):
            if akun[0] not in "456":
                continue
            neto = n - awal_unit.get(unit, {}).get(akun, [0, 0])[0]
            if not neto:
                continue
            baris.append(kredit(akun, neto, unit=unit) if neto > 0 else debit(akun, -neto, unit=unit))
            penutup[akun] = penutup.get(akun, 0) - neto
            penutup_unit.setdefault(unit, {})[akun] = -neto
    id_penutupan = None
    if baris:
        if shu:
            baris.append(kredit(AKUN_SHU_BELUM_DIBAGI, shu) if shu > 0 else debit(AKUN_SHU_BELUM_DIBAGI, -shu))
        r = buku.catat(Entri(akhir, tuple(x for x in baris if x.debit or x.kredit),
                             f"Penutupan pendapatan dan beban {tahun} ke SHU belum dibagi",
                             "tutup-tahun", "kantor", data={"tahun": tahun, "shu": shu}))[0]
        id_penutupan = r["id"]
        diposting.append(r["id"])
    for b in bulan_terbuka:
        tutup.kunci_bulan(buku, b)
    usulan = {"persen": hasil["persen"], "alokasi": hasil["alokasi"], "dibagi_anggota": hasil["dibagi_anggota"],
              "sisa_pembulatan": hasil["sisa_pembulatan"]}
    buku.tandai(rel_shu(tahun), {**hasil, "status": "ditutup", "entri": diposting, "usulan": usulan, "keputusan": None})
    buku.kunci_tahun(tahun, {"entri": diposting, "penutupan": id_penutupan, "shu": shu, "penutup": penutup,
                             "penutup_unit": penutup_unit})
    return {"tahun": tahun, "shu": shu, "entri": diposting, "bulan_dikunci": [str(b) for b in bulan_terbuka]}


def buka_kembali_tahun(buku: Buku, tahun: int, alasan: str) -> dict:
    """Reopen a closed year for audit adjustments while its SHU is not yet allocated: the
    closing entry is reversed on 31 December and December is unlocked (logged with the reason).
    Months of the next year that are already closed must be reopened first."""
    t = _tahun_tutup(buku).get(str(tahun))
    if t is None:
        raise Galat("tahun_belum_tutup", tahun=tahun)
    if _alokasi_berlaku(buku, t):
        raise Galat("tahun_sudah_dialokasikan", tahun=tahun, tanggal=t["alokasi"]["tanggal"])
    if not alasan or not alasan.strip():
        raise Galat("buka_tanpa_alasan")
    desember = f"{tahun}-12"
    sesudah = sorted(b for b in buku.bulan_tutup if b > desember)
    if sesudah:
        raise Galat("tahun_buka_bulan_sesudah", tahun=tahun, bulan=sesudah[-1])
    dibalik = buku.buka_tahun(tahun, alasan.strip())
    data = buku.baca_berkas(rel_shu(tahun))
    if data is not None:
        buku.tandai(rel_shu(tahun), {**data, "status": "dibuka"})
    return {"tahun": tahun, "dibuka": True, "bulan_dibuka": desember, "entri": dibalik}


def parse_alokasi(teks: list[str]) -> dict[str, Decimal]:
    """`--alokasi cadangan=40 --alokasi jasa_modal=20 ...` into percentages (not yet checked)."""
    from koperasi_cli.core.uang import parse_persen

    hasil: dict[str, Decimal] = {}
    for t in teks:
        if "=" not in t:
            raise Galat("shu_alokasi_format", nilai=t)
        nama, nilai = t.split("=", 1)
        nama = nama.strip().lower().replace("-", "_")
        try:
            hasil[nama] = parse_persen(nilai.strip())
        except Galat:
            raise Galat("shu_alokasi_format", nilai=t) from None
    return hasil


def tetapkan(buku: Buku, tahun: int, *, tanggal: date, persen: dict[str, Decimal] | None = None,
             bukti: str | None = None) -> dict:
    """Post the allocation the RAT approved, on the RAT's date: from SHU belum dibagi (3302) to
    the reserve, the funds and each member's SHU payable (2106); rounding stays in 3302."""
    t = _tahun_tutup(buku).get(str(tahun))
    if t is None:
        raise Galat("shu_tahun_belum_tutup_tetapkan", tahun=tahun)
    if _alokasi_berlaku(buku, t):
        raise Galat("shu_sudah_ditetapkan", tahun=tahun, tanggal=t["alokasi"]["tanggal"])
    if tanggal <= date(tahun, 12, 31):
        raise Galat("shu_tetapkan_tanggal", tahun=tahun, tanggal=tanggal.isoformat())
    if tanggal > buku.hari_ini():
        raise Galat("shu_tetapkan_tanggal_depan", tanggal=tanggal.isoformat())
    if persen is not None:
        galat = periksa_persen(persen)
        if galat:
            raise GalatBanyak("shu_alokasi_rat_salah", galat)
    hasil = hitung(buku, tahun, tampilkan_nik=True, segar=True, persen=persen)
    shu = hasil["shu"]
    entri = None
    if shu > 0:
        alok = []
        for pos, akun in AKUN_POS.items():
            if hasil["alokasi"].get(pos):
                alok.append(kredit(akun, hasil["alokasi"][pos]))
        for m in hasil["anggota"]:
            if m["jumlah"]:
                alok.append(kredit(AKUN_UTANG_SHU, m["jumlah"], anggota=m["no"]))
        total = sum(b.kredit for b in alok)
        if total:
            r = buku.catat(Entri(tanggal, (debit(AKUN_SHU_BELUM_DIBAGI, total), *alok), f"Alokasi SHU {tahun} menurut keputusan RAT",
                                 "alokasi-shu", "kantor", bukti, data={"tahun": tahun, "persen": hasil["persen"]}))[0]
            entri = r["id"]
    lama = buku.baca_berkas(rel_shu(tahun)) or {}
    keputusan = {"tanggal": tanggal.isoformat(), "persen": hasil["persen"], "alokasi": hasil["alokasi"],
                 "dibagi_anggota": hasil["dibagi_anggota"], "sisa_pembulatan": hasil["sisa_pembulatan"], "entri": entri}
    buku.tandai(rel_shu(tahun), {**hasil, "status": "ditetapkan", "entri": lama.get("entri", t.get("entri", [])),
                                 "usulan": lama.get("usulan"), "keputusan": keputusan})
    buku.catat_alokasi(tahun, {"tanggal": tanggal.isoformat(), "entri": entri, "persen": hasil["persen"]})
    return {"tahun": tahun, "tanggal": tanggal.isoformat(), "shu": shu, "entri": entri, "persen": hasil["persen"],
            "alokasi": hasil["alokasi"], "dibagi_anggota": hasil["dibagi_anggota"], "sisa_pembulatan": hasil["sisa_pembulatan"]}


@pakai_konteks
def bayar(buku: Buku, tahun: int, *, tanggal: date, ke_sukarela: bool = False, kas: str | None = None,
          bukti: str | None = None) -> dict:
    """Pay members their SHU of an allocated year, in cash or into their simpanan sukarela; a
    member who has left is credited to the payable to leaving members (2112), never savings."""
    t = _tahun_tutup(buku).get(str(tahun))
    if t is None:
        raise Galat("shu_tahun_belum_tutup", tahun=tahun)
    if not _alokasi_berlaku(buku, t):
        raise Galat("shu_belum_ditetapkan", tahun=tahun)
    data = buku.baca_berkas(rel_shu(tahun)) or {"anggota": []}
    utang = buku.saldo_tag("anggota", per=None)
    baris_debit = []
    dibayar = {}
    for m in data["anggota"]:
        sisa = -utang.get(m["no"], {}).get(AKUN_UTANG_SHU, [0, 0])[0]
        n = min(m["jumlah"], sisa)
        if n > 0:
            dibayar[m["no"]] = n
            baris_debit.append(debit(AKUN_UTANG_SHU, n, anggota=m["no"]))
    if not dibayar:
        if not any(m["jumlah"] > 0 for m in data["anggota"]):  # nothing was ever owed: not "paid in full"
            raise Galat("shu_tanpa_bagian", tahun=tahun)
        raise Galat("shu_sudah_dibayar", tahun=tahun)
    total = sum(dibayar.values())
    keluar: list[str] = []
    if ke_sukarela:
        status = {a.get("no"): a for a in buku.tabel("anggota").all()}
        lawan = []
        for no, n in dibayar.items():
            a = status.get(no) or {}
            pergi = a.get("tanggal_keluar")
            if a.get("status") == "keluar" or (pergi and pergi <= tanggal.isoformat()):
                keluar.append(no)
                lawan.append(kredit(AKUN_UTANG_KELUAR, n, anggota=no))
            else:
                lawan.append(kredit("2102", n, anggota=no))
        lawan = tuple(lawan)
        unit = "simpan-pinjam"
    else:
        k = akun_kas(buku, kas)
        cek_cukup(buku, k, total, tanggal)
        lawan = (kredit(k, total),)
        unit = "kantor"
    r = buku.catat(Entri(tanggal, (*baris_debit, *lawan), f"Pembayaran SHU {tahun}" + (" ke simpanan sukarela" if ke_sukarela else ""),
                         "shu-bayar", unit, bukti, data={"tahun": tahun, "ke_utang_keluar": keluar}))[0]
    return {"tahun": tahun, "entri": r["id"], "anggota": len(dibayar), "total": total, "ke_sukarela": ke_sukarela,
            "ke_utang_keluar": keluar}
