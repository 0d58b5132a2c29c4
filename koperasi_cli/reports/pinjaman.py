"""Loan reports as data: schedules, the loan list, arrears and the portfolio report."""

from __future__ import annotations

from datetime import date

from koperasi_cli.core.uang import format_persen, format_rupiah
from koperasi_cli.i18n import pilih
from koperasi_cli.reports.model import Kolom, Laporan, Tabel, identitas_dari, per_teks


def _identitas(buku) -> dict:
    return identitas_dari(buku.profil) if buku is not None else {}


def _kolom_jadwal(lengkap: bool) -> list[Kolom]:
    k = [
        Kolom("ke", pilih("Ke", "No"), "angka"),
        Kolom("jatuh_tempo", pilih("Jatuh tempo", "Due date")),
        # with the payments beside it, an installment's split shows with --lebar
        Kolom("pokok", pilih("Pokok", "Principal"), "uang", rinci=lengkap),
        Kolom("jasa", pilih("Jasa", "Interest"), "uang", rinci=lengkap),
        Kolom("jumlah", pilih("Angsuran", "Installment"), "uang"),
        Kolom("sisa_pokok", pilih("Sisa pokok", "Principal left"), "uang"),
    ]
    if lengkap:
        k += [
            Kolom("dibayar", pilih("Dibayar", "Paid"), "uang"),
            Kolom("denda", pilih("Denda dibayar", "Penalty paid"), "uang"),
            Kolom("status", "Status"),
        ]
    return k


def _total(baris: list[dict], kunci: tuple[str, ...]) -> dict:
    t = {k: sum(b.get(k) or 0 for b in baris) for k in kunci}
    t["jatuh_tempo"] = "Total"
    return t


def tabel_jadwal(baris: list[dict], nama: str | None = None) -> Tabel:
    """A schedule's installments (no payments yet) with their totals: a simulation, a disbursement."""
    return Tabel(None, _kolom_jadwal(False), baris, _total(baris, ("pokok", "jasa", "jumlah")), nama)


def lap_simulasi(buku, data: dict, jumlah: int, tenor: int) -> Laporan:
    tabel = tabel_jadwal(data["angsuran"], "Simulasi")
    return Laporan(
        pilih("Simulasi Angsuran Pinjaman", "Loan Schedule Simulation"),
        pilih(f"Pinjaman Rp {format_rupiah(jumlah)}, {tenor} bulan", f"Loan Rp {format_rupiah(jumlah)}, {tenor} months"),
        _identitas(buku), [tabel], data,
        [pilih("Simulasi saja; tidak ada yang dicatat.", "A simulation only; nothing was recorded.")],
    )


def _status_cicilan(c, per: date) -> str:
    if c.tertunggak == 0:
        return pilih("dilunasi", "settled") if c.jasa_hapus else pilih("lunas", "paid")
    if c.dibayar:
        return pilih("sebagian", "partly paid") + (pilih(", telat", ", late") if c.jatuh_tempo < per else "")
    if c.jatuh_tempo < per:
        return pilih("tertunggak", "overdue")
    return "-"


def catatan_pinjaman(doc: dict, nama: str | None, nama_penjamin: str | None = None) -> list[str]:
    metode = {"flat": "flat", "efektif": pilih("efektif (menurun)", "effective (declining)"), "anuitas": pilih("anuitas", "annuity")}
    c = [
        pilih("Anggota", "Member") + f": {doc['anggota']} {nama or ''}".rstrip(),
        pilih("Penjamin", "Guarantor") + ": " + (f"{doc['penjamin']} {nama_penjamin or ''}".rstrip() if doc.get("penjamin") else "-"),
        pilih("Produk", "Product") + f": {doc.get('produk') or '-'}; " + pilih("metode", "method")
        + f" {metode.get(doc['metode'], doc['metode'])}; " + pilih("jasa", "interest")
        + f" {format_persen(doc['bunga'])} " + pilih("per bulan", "a month") + f"; {doc['tenor']} " + pilih("bulan", "months"),
        pilih("Dicairkan", "Disbursed") + f": {doc['tanggal']}, Rp {format_rupiah(doc['pokok'])}; "
        + pilih("biaya admin", "admin fee") + f" Rp {format_rupiah(doc['biaya_admin'])}",
    ]
    awal = doc.get("awal")
    if awal:  # brought in with the opening balances: the schedule is of what remained then
        pokok_awal = f"Rp {format_rupiah(awal['pokok_awal'])}" if awal.get("pokok_awal") is not None else "-"
        c[-1] = (pilih("Saldo awal", "Opening balance") + f": {doc['tanggal']}, " + pilih("sisa pokok", "principal left")
                 + f" Rp {format_rupiah(doc['pokok'])}; " + pilih("dicairkan", "disbursed")
                 + f" {awal.get('tanggal_cair') or '-'}, " + pilih("pokok awal", "original amount") + f" {pokok_awal}")
    return c


def lap_jadwal(buku, hasil: dict, nama: dict[str, str]) -> Laporan:
    doc, pos, per = hasil["doc"], hasil["pos"], hasil["per"]
    k = pos.keadaan
    baris = []
    for b, c in zip(hasil["data"]["angsuran"], k.cicilan):
        baris.append({**b, "denda": c.bayar_denda, "status": _status_cicilan(c, per)})
    status = {"aktif": pilih("berjalan", "running"), "lunas": pilih("lunas", "paid off"),
              "hapus-buku": pilih("dihapus buku", "written off"), "batal": pilih("dibatalkan", "reversed"),
              "belum": pilih("belum dicairkan", "not yet disbursed")}[pos.status]
    catatan = catatan_pinjaman(doc, nama.get(doc["anggota"]), nama.get(doc.get("penjamin")))
    catatan.append(
        pilih("Status", "Status") + f": {status}; " + pilih("sisa pokok", "principal left") + f" Rp {format_rupiah(k.sisa_pokok if pos.status != 'hapus-buku' else 0)}"
        + ("; " + pilih("denda terutang", "penalty owed") + f" Rp {format_rupiah(k.sisa_denda)}" if k.sisa_denda else "")
        + ("; " + pilih("tunggakan", "days past due") + f" {k.hari_tunggakan(per)} " + pilih("hari", "days") if pos.status == "aktif" and k.hari_tunggakan(per) else "")
    )
    tabel = Tabel(None, _kolom_jadwal(True), baris, _total(baris, ("pokok", "jasa", "jumlah", "dibayar", "denda")), "Jadwal")
    return Laporan(
        pilih(f"Jadwal Angsuran Pinjaman {doc['id']}", f"Installment Schedule of Loan {doc['id']}"),
        per_teks(per), _identitas(buku), [tabel], hasil["data"], catatan,
    )


def _kelas(k: str | None) -> str:
    if k is None:
        return "-"
    from koperasi_cli.i18n.nama import label

    return label(k)


def lap_daftar(buku, data: dict, nama: dict[str, str]) -> Laporan:
    baris = [{**r, "nama": nama.get(r["anggota"], ""), "kelas": _kelas(r["kolektibilitas"])} for r in data["pinjaman"]]
    kolom = [
        Kolom("id", pilih("Pinjaman", "Loan")), Kolom("anggota", pilih("No", "No")), Kolom("nama", pilih("Nama", "Name")),
        Kolom("pokok", pilih("Pokok", "Principal"), "uang", rinci=True),
        Kolom("sisa_pokok", pilih("Sisa pokok", "Principal left"), "uang"),
        Kolom("hari_tunggakan", pilih("Hari tunggakan", "Days past due"), "angka"),
        Kolom("kelas", pilih("Kolektibilitas", "Collectibility")), Kolom("ppap", "PPAP", "uang", rinci=True),
    ]
    total = {"id": "Total", "pokok": sum(r["pokok"] for r in baris), "sisa_pokok": sum(r["sisa_pokok"] for r in baris),
             "ppap": sum(r["ppap"] for r in baris)}
    return Laporan(
        pilih("Daftar Pinjaman", "Loans"), per_teks(data["per"]), _identitas(buku),
        [Tabel(None, kolom, baris, total, "Pinjaman")], data,
        [f"NPL: {format_persen(data['npl_bp'], bp=True)}"],
    )


def lap_tunggakan(buku, data: dict) -> Laporan:
    baris = [{**r, "kelas": _kelas(r["kolektibilitas"])} for r in data["tunggakan"]]
    kolom = [
        Kolom("id", pilih("Pinjaman", "Loan")), Kolom("anggota", "No"), Kolom("nama", pilih("Nama", "Name")),
        Kolom("penjamin", pilih("Penjamin", "Guarantor"), rinci=True),
        Kolom("angsuran", pilih("Angsuran telat", "Installments late"), "angka"),
        Kolom("pokok", pilih("Pokok", "Principal"), "uang", rinci=True), Kolom("jasa", pilih("Jasa", "Interest"), "uang", rinci=True),
        Kolom("denda", pilih("Denda", "Penalty"), "uang", rinci=True), Kolom("jumlah", pilih("Jumlah", "Total"), "uang"),
        Kolom("hari_tunggakan", pilih("Hari", "Days"), "angka"), Kolom("kelas", pilih("Kolektibilitas", "Collectibility")),
    ]
    return Laporan(
        pilih("Tunggakan Pinjaman", "Loan Arrears"), per_teks(data["per"]), _identitas(buku),
        [Tabel(None, kolom, baris, {"id": "Total", **data["total"]}, "Tunggakan")], data,
    )


def lap_portofolio(buku, data: dict) -> Laporan:
    baris = [{**r, "kelas": _kelas(r["kolektibilitas"])} for r in data["pinjaman"]]
    kolom = [
        Kolom("id", pilih("Pinjaman", "Loan")), Kolom("anggota", "No"), Kolom("nama", pilih("Nama", "Name")),
        Kolom("tanggal", pilih("Tanggal cair", "Disbursed"), rinci=True), Kolom("pokok", pilih("Pokok", "Principal"), "uang", rinci=True),
        Kolom("sisa_pokok", pilih("Sisa pokok", "Principal left"), "uang"),
        Kolom("tunggakan", pilih("Tunggakan", "Arrears"), "uang"), Kolom("hari_tunggakan", pilih("Hari", "Days"), "angka"),
        Kolom("kelas", pilih("Kolektibilitas", "Collectibility")), Kolom("ppap", pilih("PPAP wajib", "PPAP required"), "uang", rinci=True),
        Kolom("ppap_tercatat", pilih("PPAP tercatat", "PPAP booked"), "uang", rinci=True),
    ]
    total = {"id": "Total", **{k: sum(r[k] for r in baris) for k in ("pokok", "sisa_pokok", "tunggakan", "ppap", "ppap_tercatat")}}
    kelas = [{**k, "kelas": _kelas(k["kolektibilitas"]), "persen": k["ppap_bp"]}
             for k in data["kelas"]]
    kolom_kelas = [
        Kolom("kelas", pilih("Kolektibilitas", "Collectibility")), Kolom("jumlah_pinjaman", pilih("Pinjaman", "Loans"), "angka"),
        Kolom("sisa_pokok", pilih("Sisa pokok", "Principal left"), "uang"), Kolom("persen", pilih("Tarif PPAP", "PPAP rate"), "persen"),
        Kolom("ppap", "PPAP", "uang"),
    ]
    total_kelas = {"kelas": "Total", "jumlah_pinjaman": sum(k["jumlah_pinjaman"] for k in kelas),
                   "sisa_pokok": sum(k["sisa_pokok"] for k in kelas), "ppap": sum(k["ppap"] for k in kelas)}
    ya = pilih("cocok", "agrees")
    tidak = pilih("TIDAK COCOK", "DOES NOT AGREE")
    catatan = [
        pilih("Piutang pinjaman (1110)", "Loans receivable (1110)") + f": Rp {format_rupiah(data['saldo_piutang'])} "
        + f"({ya if data['cocok_piutang'] else tidak})",
        pilih("PPAP tercatat (1111)", "Provision booked (1111)") + f": Rp {format_rupiah(data['saldo_ppap'])} "
        + f"({ya if data['cocok_ppap'] else tidak}); " + pilih("PPAP wajib", "required")
        + f" Rp {format_rupiah(data['total_ppap'])}",
        f"NPL: {format_persen(data['npl_bp'], bp=True)} (" + (pilih("sehat", "healthy") if data["sehat"] else pilih("tidak sehat", "not healthy"))
        + pilih(f", batas {format_persen(data['npl_sehat_bp'], bp=True)})", f", limit {format_persen(data['npl_sehat_bp'], bp=True)})"),
    ]
    return Laporan(
        pilih("Laporan Pinjaman", "Loan Portfolio Report"), per_teks(data["per"]),
        _identitas(buku),
        [Tabel(pilih("Pinjaman", "Loans"), kolom, baris, total, "Pinjaman"),
         Tabel(pilih("Per kolektibilitas", "By collectibility"), kolom_kelas, kelas, total_kelas, "Kolektibilitas")],
        data, catatan,
    )
