"""SHU (sisa hasil usaha): the simulation (`laporan shu`), the year-end closing
(`tutup-buku --tahun`) and paying members their share (`shu bayar`).

The year's SHU is income minus costs minus tax (UU 25/1992 Pasal 45). It is allocated by the
profile's percentages (`pengaturan.shu.alokasi`, which must sum to 100). The members' pools are
shared among the members active at the year's end: jasa modal by their simpanan pokok + wajib at
year end, jasa usaha by their business with the cooperative in the year (purchases at the outlet
and loan interest paid, as `shu.transaksi_jasa_usaha` says). Every share is rounded down; what
rounding leaves stays unallocated (SHU belum dibagi, 3302) and is shown.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from koperasi_cli.core.galat import BUKU_RUSAK, Galat, GalatBanyak
from koperasi_cli.core.jurnal import Entri, debit, kredit
from koperasi_cli.core.shu import alokasi, bagi_rata, periksa_persen
from koperasi_cli.core.tanggal import Bulan
from koperasi_cli.ledger.buku import KEPALA, Buku

AKUN_POS = {
    "cadangan": "3201", "dana_pengurus": "2107", "dana_karyawan": "2108", "dana_pendidikan": "2109",
    "dana_sosial": "2110", "dana_pembangunan_desa": "2111",
}
AKUN_UTANG_SHU = "2106"
AKUN_SHU_BERJALAN = "3301"
AKUN_SHU_BELUM_DIBAGI = "3302"
TRANSAKSI = {"belanja": ("4101", "4103"), "jasa_pinjaman": ("4201",)}


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


def _aktif_pada(a: dict, tgl: str) -> bool:
    keluar = a.get("tanggal_keluar")
    return a.get("tanggal_masuk", "") <= tgl and (not keluar or keluar > tgl)


def _nilai_tahun(akhir: dict, awal: dict, akun: tuple[str, ...]) -> int:
    """Income on credit-normal accounts over the year for one member (positive)."""
    return -sum(akhir.get(a, [0, 0])[0] - awal.get(a, [0, 0])[0] for a in akun)


def hitung(buku: Buku, tahun: int, *, tampilkan_nik: bool = False) -> dict:
    """The year's SHU, its allocation and every member's share (after closing: as closed)."""
    tersimpan = buku.kepala.get("tahun_tutup", {}).get(str(tahun))
    if tersimpan:
        data = buku._baca_json(rel_shu(tahun))
        if data is not None:
            return _samarkan(dict(data), tampilkan_nik)
    from koperasi_cli.reports.keuangan import phu_angka

    akhir = date(tahun, 12, 31)
    if akhir < buku.profil.mulai:
        raise Galat("tahun_sebelum_mulai", tahun=tahun, mulai=buku.profil.mulai.isoformat())
    awal = max(date(tahun, 1, 1), buku.profil.mulai)
    persen = persen_alokasi(buku)
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
    tgl = akhir.isoformat()
    anggota = [dict(a) for a in buku.tabel("anggota").all() if _aktif_pada(a, tgl)] \
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


def tutup_tahun(buku: Buku, tahun: int) -> dict:
    """Year-end closing in one unit of work: month-end entries of the open months, income and
    expenses closed into SHU tahun berjalan (3301), the allocation posted (reserve, funds, each
    member's share to SHU payable 2106, rounding left to 3302), every month of the year locked."""
    from koperasi_cli.layanan import tutup

    k = buku.kepala
    tahun_tutup = k.get("tahun_tutup", {})
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
    hasil = hitung(buku, tahun, tampilkan_nik=True)
    shu = hasil["shu"]
    # (a) Close income and expenses into 3301, unit by unit so each unit's totals close too.
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
    if baris:
        baris.append(kredit(AKUN_SHU_BERJALAN, shu) if shu > 0 else debit(AKUN_SHU_BERJALAN, -shu))
        r = buku.catat(Entri(akhir, tuple(x for x in baris if x.debit or x.kredit), f"Penutupan pendapatan dan beban {tahun}",
                             "tutup-tahun", "kantor", data={"tahun": tahun, "shu": shu}))[0]
        diposting.append(r["id"])
    # (b) The allocation (a loss stays with the members' meeting: moved to SHU belum dibagi).
    if shu > 0:
        alok = [debit(AKUN_SHU_BERJALAN, shu)]
        for pos, akun in AKUN_POS.items():
            if hasil["alokasi"].get(pos):
                alok.append(kredit(akun, hasil["alokasi"][pos]))
        for m in hasil["anggota"]:
            if m["jumlah"]:
                alok.append(kredit(AKUN_UTANG_SHU, m["jumlah"], anggota=m["no"]))
        if hasil["sisa_pembulatan"]:
            alok.append(kredit(AKUN_SHU_BELUM_DIBAGI, hasil["sisa_pembulatan"]))
        r = buku.catat(Entri(akhir, tuple(alok), f"Alokasi SHU {tahun}", "alokasi-shu", "kantor", data={"tahun": tahun}))[0]
        diposting.append(r["id"])
    elif shu < 0:
        r = buku.catat(Entri(akhir, (debit(AKUN_SHU_BELUM_DIBAGI, -shu), kredit(AKUN_SHU_BERJALAN, -shu)),
                             f"Rugi {tahun} dipindahkan ke SHU belum dibagi", "alokasi-shu", "kantor", data={"tahun": tahun}))[0]
        diposting.append(r["id"])
    for b in bulan_terbuka:
        tutup.kunci_bulan(buku, b)
    buku.tandai(rel_shu(tahun), {**hasil, "status": "ditutup", "entri": diposting})
    k.setdefault("tahun_tutup", {})[str(tahun)] = {"pada": buku.sekarang(), "entri": diposting, "shu": shu,
                               "penutup": penutup, "penutup_unit": penutup_unit}
    buku.tandai(KEPALA, k)
    return {"tahun": tahun, "shu": shu, "entri": diposting, "bulan_dikunci": [str(b) for b in bulan_terbuka]}


def bayar(buku: Buku, tahun: int, *, tanggal: date, ke_sukarela: bool = False, kas: str | None = None,
          bukti: str | None = None) -> dict:
    """Pay members their SHU of a closed year, in cash or into their simpanan sukarela."""
    if str(tahun) not in buku.kepala.get("tahun_tutup", {}):
        raise Galat("shu_tahun_belum_tutup", tahun=tahun)
    data = buku._baca_json(rel_shu(tahun)) or {"anggota": []}
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
        raise Galat("shu_sudah_dibayar", tahun=tahun)
    total = sum(dibayar.values())
    if ke_sukarela:
        lawan = tuple(kredit("2102", n, anggota=no) for no, n in dibayar.items())
        unit = "simpan-pinjam"
    else:
        from koperasi_cli.layanan.kas import akun_kas, cek_cukup

        k = akun_kas(buku, kas)
        cek_cukup(buku, k, total, tanggal)
        lawan = (kredit(k, total),)
        unit = "kantor"
    r = buku.catat(Entri(tanggal, (*baris_debit, *lawan), f"Pembayaran SHU {tahun}" + (" ke simpanan sukarela" if ke_sukarela else ""),
                         "shu-bayar", unit, bukti, data={"tahun": tahun}))[0]
    return {"tahun": tahun, "entri": r["id"], "anggota": len(dibayar), "total": total, "ke_sukarela": ke_sukarela}
