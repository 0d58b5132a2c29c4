"""One page per business unit in the monthly report and the regulator's workbook: each unit's
PHU for the month (and the year to date), from the unit tag on the postings."""

from __future__ import annotations

from koperasi_cli.core.tanggal import Bulan, Periode
from koperasi_cli.i18n import pilih
from koperasi_cli.reports.model import Kolom, Laporan, Tabel, identitas_dari


def bagian_unit(buku, bulan: Bulan, **_) -> Laporan:
    from koperasi_cli.reports.keuangan import phu

    periode = Periode(bulan.awal, bulan.akhir, str(bulan))
    tabel, data = [], {}
    for kode, nama in buku.profil.unit.items():
        lap = phu(buku, periode, kode)
        t = lap.tabel[0]
        tabel.append(Tabel(f"{nama} ({kode})", t.kolom, t.baris, t.total, f"PHU {kode}"[:31]))
        data[kode] = {"nama": nama, "jenis": buku.profil.unit_info.get(kode, {}).get("jenis"),
                      **{k: lap.data[k] for k in ("total_pendapatan", "total_beban", "shu")}}
    kolom = [Kolom("unit", "Unit"), Kolom("nama", pilih("Unit usaha", "Business unit")), Kolom("jenis", pilih("Jenis", "Kind")),
             Kolom("total_pendapatan", pilih("Pendapatan", "Income"), "uang"),
             Kolom("total_beban", pilih("Beban", "Expenses"), "uang"), Kolom("shu", "SHU", "uang")]
    baris = [{"unit": k, **v} for k, v in data.items()]
    total = {"nama": "Total", **{k: sum(b[k] for b in baris) for k in ("total_pendapatan", "total_beban", "shu")}}
    ringkas = Tabel(None, kolom, baris, total, "Unit Usaha")
    return Laporan(pilih("PHU per Unit Usaha", "Income statement per business unit"), str(bulan),
                   identitas_dari(buku.profil), [ringkas, *tabel], {"bulan": str(bulan), "unit": data, "total": total})
