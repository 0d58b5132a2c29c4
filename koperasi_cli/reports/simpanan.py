"""Reports of members and savings as data (`Laporan`): the member list, the savings report,
the wajib collection sheet, the interest run and a member's savings card.

Each takes what the library (layanan/anggota.py, layanan/simpanan.py) returned; its `data` is
the JSON form. NIK appear only in the member list, masked unless the caller asked otherwise."""

from __future__ import annotations

from koperasi_cli.core.simpanan import JENIS, ringkas_bulan
from koperasi_cli.core.uang import format_persen
from koperasi_cli.core.uang import format_rupiah as _rp
from koperasi_cli.i18n import pilih
from koperasi_cli.i18n.nama import label
from koperasi_cli.reports.model import Kolom, Laporan, Tabel, identitas_dari, per_teks


def _no_nama() -> list[Kolom]:
    return [Kolom("no", "No"), Kolom("nama", pilih("Nama", "Name"))]


def daftar_anggota(buku, anggota: list[dict], status: str) -> Laporan:
    kolom = [*_no_nama(), Kolom("nik", "NIK"), Kolom("jenis_kelamin", pilih("L/P", "M/F")), Kolom("status", "Status"),
             Kolom("tanggal_masuk", pilih("Masuk", "Joined"))]
    return Laporan(pilih("Daftar Anggota", "Members"), pilih(f"Status: {status}", f"Status: {label(status)}"),
                   identitas_dari(buku.profil), [Tabel(None, kolom, anggota, None, "Anggota")], {"anggota": anggota},
                   [pilih(f"{len(anggota)} anggota.", f"{len(anggota)} member(s).")])


def saldo_anggota(buku, a: dict, h: dict, belum: list[str], per: str | None) -> Laporan:
    """One member's balances; `data` is docs/kontrak.md's {"no", "pokok", "wajib", "sukarela"}."""
    baris = [{"jenis": j, "saldo": h[j]} for j in JENIS]
    total = {"jenis": pilih("jumlah", "total"), "saldo": sum(h[j] for j in JENIS)}
    if a["status"] != "aktif":
        catatan = [pilih(f"Status: keluar ({a.get('tanggal_keluar')})", f"Status: left ({a.get('tanggal_keluar')})")]
    elif belum:
        catatan = [pilih(f"Wajib belum dibayar: {len(belum)} bulan ({ringkas_bulan(belum)})",
                         f"Mandatory savings unpaid: {len(belum)} month(s) ({ringkas_bulan(belum)})")]
    else:
        catatan = [pilih("Wajib belum dibayar: tidak ada", "Mandatory savings unpaid: none")]
    return Laporan(pilih(f"Saldo Simpanan {a['no']} {a['nama']}", f"Savings of {a['no']} {a['nama']}"),
                   per_teks(per) if per else "",
                   identitas_dari(buku.profil),
                   [Tabel(None, [Kolom("jenis", pilih("Simpanan", "Savings")), Kolom("saldo", pilih("Saldo", "Balance"), "uang")], baris, total,
                          "Saldo")], h, catatan)


def laporan_simpanan(buku, h: dict) -> Laporan:
    kolom = [*_no_nama(), Kolom("status", "Status", rinci=True), Kolom("pokok", pilih("Pokok", "Principal"), "uang"),
             Kolom("wajib", pilih("Wajib", "Mandatory"), "uang"),
             Kolom("sukarela", pilih("Sukarela", "Voluntary"), "uang"), Kolom("jumlah", pilih("Jumlah", "Total"), "uang"),
             Kolom("utang_keluar", pilih("Utang keluar", "Owed (left)"), "uang", rinci=True)]
    if h["total"].get("berjangka"):  # only where the cooperative takes time deposits
        kolom.insert(6, Kolom("berjangka", pilih("Berjangka", "Time dep."), "uang"))
    total = {"nama": "Total", **h["total"]}
    catatan = [
        pilih("Cocok dengan neraca saldo (3101, 3102, 2102, 2103, 2112)." if h["cocok"]
              else "TIDAK cocok dengan neraca saldo; jalankan 'koperasi periksa'.",
              "Agrees with the trial balance (3101, 3102, 2102, 2103, 2112)." if h["cocok"]
              else "Does NOT agree with the trial balance; run 'koperasi periksa'."),
        pilih(f"Simpanan pokok dan wajib disajikan sebagai {h['kelas_pokok_wajib']} (pengaturan.simpanan.kelas_pokok_wajib).",
              f"Principal and mandatory savings are presented as {'equity' if h['kelas_pokok_wajib'] == 'ekuitas' else 'liabilities'} "
              "(pengaturan.simpanan.kelas_pokok_wajib)."),
    ]
    return Laporan(pilih("Laporan Simpanan Anggota", "Members' Savings"), per_teks(h["per"]),
                   identitas_dari(buku.profil), [Tabel(None, kolom, h["anggota"], total, "Simpanan")], h, catatan)


def tagihan_wajib(buku, h: dict) -> Laporan:
    baris = [{**b, "bulan_teks": ringkas_bulan(b["bulan"])} for b in h["anggota"]]
    kolom = [*_no_nama(), Kolom("bulan_teks", pilih("Bulan belum dibayar", "Unpaid months")),
             Kolom("jumlah_bulan", pilih("Bulan", "Months"), "angka"), Kolom("jumlah", pilih("Tagihan", "Owed"), "uang")]
    total = {"nama": "Total", "jumlah_bulan": sum(b["jumlah_bulan"] for b in baris), "jumlah": h["total"]}
    catatan = []
    if h["dibayar"]:
        catatan.append(pilih(
            f"Dicatat lunas: {len(h['entri'])} anggota, Rp {_rp(h['total_dibayar'])} ({h['entri'][0]}..{h['entri'][-1]}).",
            f"Recorded as paid: {len(h['entri'])} member(s), Rp {_rp(h['total_dibayar'])} ({h['entri'][0]}..{h['entri'][-1]}).",
        ))
        if h["kecuali"]:
            catatan.append(pilih(f"Dikecualikan: {', '.join(h['kecuali'])}.", f"Excepted: {', '.join(h['kecuali'])}."))
    return Laporan(pilih(f"Tagihan Simpanan Wajib s.d. {h['bulan']}", f"Simpanan Wajib Owed up to {h['bulan']}"),
                   pilih(f"Simpanan wajib Rp {_rp(h['tarif'])} sebulan", f"Simpanan wajib Rp {_rp(h['tarif'])} a month"),
                   identitas_dari(buku.profil), [Tabel(None, kolom, baris, total, "Tagihan Wajib")], h, catatan)


def jasa_simpanan(buku, h: dict) -> Laporan:
    kolom = [*_no_nama(), Kolom("dasar", pilih("Saldo dasar", "Base balance"), "uang"), Kolom("jasa", pilih("Jasa", "Interest"), "uang"),
             Kolom("pajak", pilih("Pajak", "Tax"), "uang"), Kolom("diterima", pilih("Diterima", "Credited"), "uang")]
    total = {"nama": "Total", "jasa": h["total_jasa"], "pajak": h["total_pajak"], "diterima": h["total_diterima"]}
    catatan = [pilih(f"Jurnal: {h['entri']}." if h["entri"] else "Tidak ada jasa untuk dicatat.",
                     f"Entry: {h['entri']}." if h["entri"] else "No interest to record.")]
    return Laporan(pilih(f"Jasa Simpanan Sukarela {h['bulan']}", f"Interest on Simpanan Sukarela {h['bulan']}"),
                   pilih(f"{format_persen(h['bunga_tahunan'])} setahun, saldo {h['dasar']}; pajak final bila jasa > Rp {_rp(h['batas_pajak'])}",
                         f"{format_persen(h['bunga_tahunan'])} a year on the {'lowest' if h['dasar'] == 'terendah' else 'average'} balance; "
                         f"final tax when interest > Rp {_rp(h['batas_pajak'])}"),
                   identitas_dari(buku.profil), [Tabel(None, kolom, h["anggota"], total, "Jasa Simpanan")], h, catatan)


def kartu_simpanan(buku, h: dict) -> Laporan:
    """The card as a passbook: one row per kind an entry moves, with that kind's running balance
    (the JSON keeps one row per entry with every kind's balance)."""
    judul = {"pokok": pilih("Pokok", "Principal"), "wajib": pilih("Wajib", "Mandatory"), "sukarela": pilih("Sukarela", "Voluntary"),
             "berjangka": pilih("Berjangka", "Time deposit"),
             "keluar": pilih("Utang keluar", "Owed (left)")}
    opsional = ("berjangka", "keluar")  # shown only when the member has any
    kolom = [Kolom("tanggal", pilih("Tanggal", "Date")), Kolom("id", pilih("Jurnal", "Entry"), rinci=True),
             Kolom("jenis", pilih("Simpanan", "Savings")),
             Kolom("ket", pilih("Keterangan", "Description")), Kolom("setor", pilih("Masuk", "In"), "uang"),
             Kolom("tarik", pilih("Keluar", "Out"), "uang"), Kolom("saldo", pilih("Saldo", "Balance"), "uang")]
    baris = [{"ket": pilih("Saldo awal", "Opening balance"), "jenis": judul[j], "saldo": n}
             for j, n in h["saldo_awal"].items() if n or j not in opsional]
    for m in h["mutasi"]:
        for j in judul:
            n = m[j]
            if n:
                baris.append({"tanggal": m["tanggal"], "id": m["id"], "jenis": judul[j], "ket": m["ket"],
                              "setor": n if n > 0 else None, "tarik": -n if n < 0 else None, "saldo": m[f"saldo_{j}"]})
    akhir = h["saldo_akhir"]
    catatan = [pilih("Saldo akhir: ", "Closing balances: ") + ", ".join(
        f"{judul[j].lower()} {_rp(n)}" for j, n in akhir.items() if n or j not in opsional)]
    return Laporan(pilih(f"Kartu Simpanan {h['no']} {h['nama']}", f"Savings Card {h['no']} {h['nama']}"),
                   h["periode"] or pilih("Sejak masuk", "Since joining"), identitas_dari(buku.profil),
                   [Tabel(None, kolom, baris, None, "Kartu Simpanan")], h, catatan)


def laporan_berjangka(buku, h: dict) -> Laporan:
    """Open time deposits (`simpanan berjangka daftar`); `data` is the service's JSON."""
    kolom = [Kolom("id", "ID"), Kolom("no", "No"), Kolom("nama", pilih("Nama", "Name")), Kolom("saldo", pilih("Saldo", "Balance"), "uang"),
             Kolom("bunga_tahunan", pilih("Bunga", "Rate"), "persen_nilai"), Kolom("jatuh_tempo", pilih("Jatuh tempo", "Matures")),
             Kolom("hari_ke_jatuh_tempo", pilih("Hari", "Days"), "angka")]
    total = {"nama": "Total", "saldo": h["total_saldo"]}
    return Laporan(pilih("Simpanan Berjangka", "Time Deposits"), pilih(f"Per {h['per']}", f"As of {h['per']}"),
                   identitas_dari(buku.profil), [Tabel(None, kolom, h["berjangka"], total, "Berjangka")], h,
                   [pilih(f"{len(h['berjangka'])} simpanan berjangka.", f"{len(h['berjangka'])} time deposit(s).")])
