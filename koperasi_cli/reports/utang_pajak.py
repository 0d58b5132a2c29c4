"""Reports of the bank loan (schedule, list) and of the monthly tax (the year's report)."""

from __future__ import annotations

from koperasi_cli.core.uang import format_persen
from koperasi_cli.core.uang import format_rupiah as _rp
from koperasi_cli.i18n import pilih
from koperasi_cli.reports.model import Kolom, Laporan, Tabel, identitas_dari


def lap_jadwal(buku, data: dict) -> Laporan:
    kolom = [Kolom("ke", pilih("Ke", "No"), "angka"), Kolom("tanggal", pilih("Jatuh tempo", "Due")),
             Kolom("pokok", pilih("Pokok", "Principal"), "uang"), Kolom("bunga", pilih("Bunga", "Interest"), "uang"),
             Kolom("jumlah", pilih("Jumlah", "Total"), "uang"), Kolom("sisa_pokok", pilih("Sisa pokok", "Principal left"), "uang")]
    a = data["angsuran"]
    total = {"tanggal": "Total", "pokok": sum(x["pokok"] for x in a), "bunga": sum(x["bunga"] for x in a),
             "jumlah": sum(x["jumlah"] for x in a)}
    sumber = pilih("jadwal dari bank", "the bank's schedule") if data["sumber"] == "bank" else pilih("jadwal dihitung", "computed schedule")
    catatan = [pilih(f"{data['bank']}, pokok Rp {_rp(data['jumlah'])}, bunga {format_persen(data['bunga_tahunan'])} setahun; {sumber}.",
                     f"{data['bank']}, principal Rp {_rp(data['jumlah'])}, interest {format_persen(data['bunga_tahunan'])} a year; {sumber}.")]
    return Laporan(pilih(f"Jadwal Angsuran Pinjaman Bank {data['kode']}", f"Bank Loan Schedule {data['kode']}"), data["kode"],
                   identitas_dari(buku.profil), [Tabel(None, kolom, a, total, "Jadwal Utang Bank")],
                   {"kode": data["kode"], "bank": data["bank"], "jumlah": data["jumlah"], "sumber": data["sumber"],
                    "angsuran": a}, catatan)


def lap_daftar(buku, data: dict) -> Laporan:
    kolom = [Kolom("kode", pilih("Kode", "Code")), Kolom("bank", "Bank"), Kolom("tanggal", pilih("Cair", "Drawn"), rinci=True),
             Kolom("jumlah", pilih("Pokok awal", "Drawn"), "uang", rinci=True), Kolom("sisa_pokok", pilih("Sisa pokok", "Outstanding"), "uang"),
             Kolom("lancar", pilih("Jatuh tempo <= 12 bln (2202)", "Due within 12 months (2202)"), "uang"),
             Kolom("jangka_panjang", pilih("Jangka panjang (2201)", "Long-term (2201)"), "uang"),
             Kolom("bunga_ymh", pilih("Bunga masih harus dibayar", "Accrued interest"), "uang", rinci=True),
             Kolom("tunggakan", pilih("Tunggakan", "Arrears"), "uang"), Kolom("hari", pilih("Hari", "Days"), "angka")]
    baris = [{**{k: u[k] for k in ("kode", "bank", "tanggal", "jumlah", "sisa_pokok", "lancar", "jangka_panjang", "bunga_ymh")},
              "tunggakan": u["tunggakan"]["pokok"] + u["tunggakan"]["bunga"], "hari": u["tunggakan"]["hari"]}
             for u in data["utang"]]
    total = {"kode": "Total", "jumlah": sum(b["jumlah"] for b in baris), "sisa_pokok": data["total_sisa_pokok"],
             "lancar": data["total_lancar"], "jangka_panjang": data["total_jangka_panjang"],
             "bunga_ymh": data["total_bunga_ymh"], "tunggakan": data["total_tunggakan"]}
    catatan = [pilih(f"Plafon Rp {_rp(data['plafon'])}, sudah dicairkan Rp {_rp(data['ditarik'])}, sisa Rp {_rp(data['sisa_plafon'])}.",
                     f"Limit Rp {_rp(data['plafon'])}, drawn Rp {_rp(data['ditarik'])}, left Rp {_rp(data['sisa_plafon'])}.")]
    for u in data["utang"]:
        t = u["tunggakan"]
        if t["angsuran"]:
            catatan.append(pilih(f"{u['kode']}: {t['angsuran']} angsuran lewat jatuh tempo belum dibayar ({t['hari']} hari).",
                                 f"{u['kode']}: {t['angsuran']} installments past due and unpaid ({t['hari']} days)."))
    return Laporan(pilih("Daftar Utang Bank", "Bank Loans"), pilih(f"Per {data['per']}", f"As of {data['per']}"),
                   identitas_dari(buku.profil), [Tabel(None, kolom, baris, total, "Utang Bank")], data, catatan)


def lap_pajak(buku, data: dict) -> Laporan:
    kolom = [Kolom("bulan", pilih("Bulan", "Month")), Kolom("peredaran_bruto", pilih("Peredaran bruto", "Gross turnover"), "uang"),
             Kolom("pph", pilih("PPh final", "Final tax"), "uang"), Kolom("batas_setor", pilih("Batas setor", "Due by")),
             Kolom("tanggal_setor", pilih("Tanggal setor", "Paid on")), Kolom("terutang", pilih("Terutang", "Still owed"), "uang"),
             Kolom("status", "Status")]
    total = {"bulan": "Total", "peredaran_bruto": data["total_peredaran_bruto"], "pph": data["total_pph"],
             "terutang": data["total_terutang"]}
    tarif = data["tarif_bp"]
    tarif = format_persen(tarif, bp=True, desimal=2)
    catatan = [pilih(f"Tarif {tarif} dari peredaran bruto (PP 55/2022); disetor paling lambat tanggal 15 bulan berikutnya.",
                     f"Rate {tarif} of gross turnover (PP 55/2022); due by the 15th of the next month.")]
    return Laporan(pilih(f"Laporan PPh Final {data['tahun']}", f"Final Tax Report {data['tahun']}"), str(data["tahun"]),
                   identitas_dari(buku.profil), [Tabel(None, kolom, data["bulan"], total, "PPh Final")], data, catatan)
