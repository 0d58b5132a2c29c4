"""Membership workflows: the operations on a member that cross areas.

Joining registers the member (`anggota`) and pays the simpanan pokok (`simpanan`); a member's
card shows the registry's record with its savings and loans; leaving moves the savings to the
payable for leaving members, may set them off against the member's loans (`pinjaman`) and pays
out the rest. The registry (`anggota`) knows none of the areas, so the areas may all import it;
this module imports them all, and none of them imports it.
"""

from __future__ import annotations

from datetime import date

from koperasi_cli.core.galat import Galat
from koperasi_cli.core.jurnal import Entri, debit, kredit
from koperasi_cli.core.simpanan import (
    AKUN, AKUN_KELUAR, AKUN_PINJAMAN, AKUN_PIUTANG_USAHA, saldo_akun_kredit, saldo_dari_tag,
)
from koperasi_cli.ledger.buku import Buku
from koperasi_cli.layanan import anggota, pinjaman, simpanan


# ---- joining -----------------------------------------------------------------------------------
def masuk(
    buku: Buku, *, nama: str, nik: str, jenis_kelamin: str, alamat: str, tanggal: date,
    tgl_lahir: date | None = None, no_hp: str | None = None, desa: str | None = None,
    luar_wilayah: str | None = None, tanpa_pokok: bool = False, kas: str | None = None,
    unit: str | None = None, bukti: str | None = None,
) -> dict:
    """Register a member: the next number, and (unless `tanpa_pokok`) the simpanan pokok in cash."""
    data = anggota.data_baru(buku, nama=nama, nik=nik, jenis_kelamin=jenis_kelamin, alamat=alamat, tanggal=tanggal,
                             tgl_lahir=tgl_lahir, no_hp=no_hp, desa=desa, luar_wilayah=luar_wilayah)
    pokok = 0 if tanpa_pokok else buku.profil.atur("simpanan.pokok", "rupiah")
    if tanggal < buku.profil.mulai and pokok:
        raise Galat("masuk_sebelum_mulai", tanggal=tanggal.isoformat(), mulai=buku.profil.mulai.isoformat())
    anggota.simpan_baru(buku, data)
    no = data["no"]
    entri = None
    if pokok:
        r = simpanan.setor(buku, no, "pokok", pokok, tanggal=tanggal, kas=kas, unit=unit, bukti=bukti,
                           ket=f"Simpanan pokok {no} {data['nama']} (masuk anggota)")
        entri = r["entri"]
    return {**anggota.tampilan(data), "simpanan_pokok": pokok, "entri": entri}


# ---- the member's card -------------------------------------------------------------------------
def lihat(buku: Buku, no: str, *, tampilkan_nik: bool = False, per: date | None = None) -> dict:
    """Profile, savings balances, unpaid wajib months, loans outstanding and the change history."""
    a = anggota.ambil(buku, no)
    tag = buku.saldo_tag("anggota", a["no"]).get(a["no"], {})
    per = per or buku.hari_ini()
    return {
        **anggota.tampilan(a, tampilkan_nik),
        "saldo": saldo_dari_tag(tag),
        "utang_keluar": saldo_akun_kredit(tag, AKUN_KELUAR),
        "pinjaman": -saldo_akun_kredit(tag, AKUN_PINJAMAN),
        "wajib_belum_dibayar": simpanan.wajib_belum_dibayar(buku, a, per),
        "riwayat": anggota.riwayat(buku, a["no"], tampilkan_nik),
    }


# ---- leaving -----------------------------------------------------------------------------------
def keluar(
    buku: Buku, no: str, *, tanggal: date, bayar: bool = False, kas: str | None = None,
    alasan: str | None = None, unit: str | None = None, bukti: str | None = None,
    potong_pinjaman: bool = False,
) -> dict:
    """A member leaves: refused while a loan is outstanding, unless `potong_pinjaman` sets the
    savings off against it (each loan paid off from the payable, when the savings cover them all);
    pokok, wajib and sukarela move to the payable for leaving members (2112) and, with `bayar`,
    what is left is paid out in cash. The member keeps
    their number and history; status and date of leaving are kept. For a member who has already
    left, `bayar` pays out what is still owed to them."""
    a = anggota.ambil(buku, no)
    if a.get("status") != "aktif":
        if not bayar:
            raise Galat("sudah_keluar", no=a["no"], nama=a["nama"], tanggal=a.get("tanggal_keluar"))
        r = simpanan.bayar_utang_keluar(buku, a, tanggal=tanggal, kas=kas, unit=unit, bukti=bukti)
        return {"no": a["no"], "nama": a["nama"], "tanggal_keluar": a.get("tanggal_keluar"),
                "pindah": None, "dibayar": r["jumlah"], "entri": [r["entri"]]}
    if tanggal < date.fromisoformat(a["tanggal_masuk"]):
        raise Galat("keluar_sebelum_masuk", no=a["no"], nama=a["nama"], masuk=a["tanggal_masuk"])
    tag = buku.saldo_tag("anggota", a["no"]).get(a["no"], {})
    if saldo_akun_kredit(tag, "2103"):  # a time deposit runs to its term: withdraw it first
        raise Galat("keluar_ada_berjangka", no=a["no"], nama=a["nama"])
    pelunasan: list[tuple[str, int]] = []
    if -saldo_akun_kredit(tag, AKUN_PINJAMAN) != 0:
        if not potong_pinjaman:
            raise Galat("keluar_ada_pinjaman", no=a["no"], nama=a["nama"])
        pelunasan = [(p["id"], pinjaman.hitung_pelunasan(buku, p["id"], tanggal)["jumlah"])
                     for p in pinjaman.pinjaman_anggota(buku, a["no"])]
    if -saldo_akun_kredit(tag, AKUN_PIUTANG_USAHA) > 0:
        raise Galat("keluar_ada_piutang", no=a["no"], nama=a["nama"])
    saldo = saldo_dari_tag(tag)
    if saldo != simpanan.saldo_jenis(buku, a["no"], tanggal):
        raise Galat("keluar_sebelum_transaksi", no=a["no"], nama=a["nama"], tanggal=tanggal.isoformat())
    total = sum(saldo.values())
    perlu = sum(n for _, n in pelunasan)
    if perlu > total:
        raise Galat("keluar_simpanan_kurang", no=a["no"], nama=a["nama"], simpanan=total, pinjaman=perlu)
    u = simpanan.unit_simpanan(buku, unit)
    entri = []
    if total:
        baris = tuple(debit(AKUN[j], n, anggota=a["no"]) for j, n in saldo.items() if n) + (
            kredit(AKUN_KELUAR, total, anggota=a["no"]),)
        e = Entri(tanggal, baris, f"Anggota keluar {a['no']} {a['nama']}: simpanan menjadi utang pengembalian",
                  "anggota-keluar", u, bukti, data={"anggota": a["no"], "saldo": saldo})
        entri.append(buku.catat(e)[0]["id"])
    for id_, _n in pelunasan:  # the loans paid off from what the cooperative now owes the member
        entri.append(pinjaman.lunasi(buku, id_, tanggal=tanggal, akun_bayar=AKUN_KELUAR, bukti=bukti,
                                     ket=f"Pelunasan {id_} dipotong dari simpanan anggota keluar {a['no']}")["entri"])
    dibayar = 0
    if bayar and total > perlu:
        r = simpanan.bayar_utang_keluar(buku, a, tanggal=tanggal, kas=kas, unit=unit, bukti=bukti)
        entri.append(r["entri"])
        dibayar = r["jumlah"]
    anggota.tandai_keluar(buku, a["no"], tanggal=tanggal, alasan=alasan)
    return {"no": a["no"], "nama": a["nama"], "tanggal_keluar": tanggal.isoformat(),
            "pindah": {**saldo, "jumlah": total}, "dipotong_pinjaman": perlu, "dibayar": dibayar, "entri": entri}
