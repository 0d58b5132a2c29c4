"""Health ratios (penilaian kesehatan) the books can give, each with its value, band, score and
formula, and the overall band on docs/aturan.md's older score scheme (>= 80 sehat, 66-80 cukup sehat,
51-66 dalam pengawasan, < 51 dalam pengawasan khusus). Ratios are in basis points (1/100 %)
as integers, shown as percent with two decimals: no float anywhere."""

from __future__ import annotations

from datetime import date, timedelta

from koperasi_cli.core.tanggal import Periode
from koperasi_cli.i18n import pilih
from koperasi_cli.i18n.nama import label
from koperasi_cli.reports.keuangan import akun_kas, phu_angka, posisi
from koperasi_cli.reports.model import Kolom, Laporan, Tabel, identitas_dari, label_periode


def bp(pembilang: int, penyebut: int) -> int | None:
    """A ratio in basis points (12,34 % -> 1234), rounded half up; None when undefined."""
    if penyebut <= 0:
        return None
    return (pembilang * 10_000 * 2 + penyebut) // (2 * penyebut)


def persen(b: int | None, bahasa: str | None = None) -> str:
    """Basis points with two decimals in the reader's language: '93,67 %' / '93.67%'."""
    from koperasi_cli.core.uang import format_persen

    return format_persen(b, bp=True, desimal=2, bahasa=bahasa)


def _skor(nilai: int | None, tangga: list[tuple[int, int]], naik: bool = True) -> int | None:
    """Score from steps [(threshold in bp, score)], best first."""
    if nilai is None:
        return None
    for batas, skor in tangga:
        if (nilai >= batas) if naik else (nilai <= batas):
            return skor
    return 25


# The formulas in English (the JSON keeps the Indonesian text as it is).
RUMUS_INGGRIS = {
    "ekuitas / total aset": "equity / total assets",
    "(kurang lancar + diragukan + macet) / pinjaman beredar": "(substandard + doubtful + loss) / loans outstanding",
    "saldo PPAP (1111) / PPAP wajib menurut kolektibilitas": "PPAP balance (1111) / PPAP required by collectibility",
    "(beban pokok + beban operasional) / pendapatan": "(cost of sales + operating expenses) / income",
    "kas dan bank / liabilitas jangka pendek": "cash and bank / short-term liabilities",
    "piutang pinjaman / (simpanan sukarela + berjangka + pokok + wajib + utang bank)":
        "loans receivable / (voluntary + time deposits + principal + mandatory savings + bank loans)",
    "(ekuitas kini - ekuitas setahun lalu) / ekuitas setahun lalu": "(equity now - equity a year ago) / equity a year ago",
    "(anggota kini - anggota setahun lalu) / anggota setahun lalu": "(members now - members a year ago) / members a year ago",
    "partisipasi bruto / pendapatan": "gross participation / income",
}


def predikat(skor: int) -> str:
    if skor >= 80:
        return "sehat"
    if skor >= 66:
        return "cukup sehat"
    if skor >= 51:
        return "dalam pengawasan"
    return "dalam pengawasan khusus"


def _kredit(buku, per: date) -> dict | None:
    """NPL and provision figures from the loans area, when it exists."""
    try:
        from koperasi_cli.layanan import pinjaman
    except ImportError:
        return None
    f = getattr(pinjaman, "ringkasan_kualitas", None)
    return f(buku, per) if f else None


def _jumlah_anggota(buku, per: date) -> int | None:
    if not buku.ada("data/anggota.json"):
        return None
    tgl = per.isoformat()
    return sum(1 for a in buku.tabel("anggota").all()
               if a.get("tanggal_masuk", "") <= tgl and (not a.get("tanggal_keluar") or a["tanggal_keluar"] > tgl))


def kesehatan(buku, periode: Periode) -> Laporan:
    per = periode.akhir
    pos = posisi(buku, per)
    saldo = buku.saldo_akun(per)
    hasil = phu_angka(buku, periode.awal, periode.akhir)
    neto = {a: d - k for a, (d, k) in saldo.items()}
    kas = sum(n for a, n in neto.items() if akun_kas(a))
    pinjaman = neto.get("1110", 0)
    dana = -sum(neto.get(a, 0) for a in ("2102", "2103", "3101", "3102", "2201", "2202"))
    setahun = per - timedelta(days=365)
    pos_lalu = posisi(buku, setahun) if setahun >= buku.profil.mulai else None
    anggota_kini, anggota_lalu = _jumlah_anggota(buku, per), (_jumlah_anggota(buku, setahun) if pos_lalu else None)
    kredit = _kredit(buku, per)
    pendapatan = hasil["total_pendapatan"]
    rasio = [
        ("modal_aset", "Modal sendiri terhadap total aset", "Own capital to total assets",
         "ekuitas / total aset", bp(pos["total_ekuitas"], pos["total_aset"]), 15,
         [(2000, 100), (1000, 75), (500, 50)], True),
        ("npl", "Pinjaman bermasalah (NPL)", "Non-performing loans (NPL)",
         "(kurang lancar + diragukan + macet) / pinjaman beredar",
         kredit.get("npl_bp") if kredit else None, 20, [(500, 100), (1000, 75), (1500, 50)], False),
        ("ppap", "Cadangan kerugian terhadap PPAP wajib", "Loss provision to required provision",
         "saldo PPAP (1111) / PPAP wajib menurut kolektibilitas",
         bp(-neto.get("1111", 0), kredit["ppap_wajib"]) if kredit and kredit.get("ppap_wajib") else None, 10,
         [(10_000, 100), (7500, 75), (5000, 50)], True),
        ("beban_pendapatan", "Beban operasional terhadap pendapatan", "Operating costs to income",
         "(beban pokok + beban operasional) / pendapatan", bp(hasil["total_beban"] - hasil["total"]["pajak"], pendapatan), 15,
         [(8500, 100), (9500, 75), (10_000, 50)], False),
        ("likuiditas", "Kas terhadap liabilitas jangka pendek", "Cash to short-term liabilities",
         "kas dan bank / liabilitas jangka pendek", bp(kas, pos["total"]["liabilitas_pendek"]), 10,
         [(1000, 100), (500, 50)], True),
        ("pinjaman_dana", "Pinjaman terhadap dana yang diterima", "Loans to funds received",
         "piutang pinjaman / (simpanan sukarela + berjangka + pokok + wajib + utang bank)", bp(pinjaman, dana), 10,
         [(7500, 100), (5000, 75), (2500, 50)], True),
        ("tumbuh_ekuitas", "Pertumbuhan ekuitas setahun", "Growth of equity over a year",
         "(ekuitas kini - ekuitas setahun lalu) / ekuitas setahun lalu",
         bp(pos["total_ekuitas"] - pos_lalu["total_ekuitas"], pos_lalu["total_ekuitas"]) if pos_lalu else None, 5,
         [(1000, 100), (0, 75)], True),
        ("tumbuh_anggota", "Pertumbuhan anggota setahun", "Growth of membership over a year",
         "(anggota kini - anggota setahun lalu) / anggota setahun lalu",
         bp(anggota_kini - anggota_lalu, anggota_lalu) if anggota_lalu else None, 5, [(1000, 100), (0, 75)], True),
        ("partisipasi", "Pendapatan dari partisipasi anggota", "Share of member business",
         "partisipasi bruto / pendapatan", bp(hasil["partisipasi"]["bruto"], pendapatan), 10,
         [(7500, 100), (5000, 75), (2500, 50)], True),
    ]
    baris, data_rasio = [], []
    bobot_total = skor_total = 0
    for kode, nama_id, nama_en, rumus, nilai, bobot, tangga, naik in rasio:
        if kode == "pinjaman_dana" and nilai is not None and nilai > 10_000:
            skor = 25  # lending more than the funds received
        else:
            skor = _skor(nilai, tangga, naik)
        if skor is not None:
            bobot_total += bobot
            skor_total += skor * bobot
        baris.append({"rasio": pilih(nama_id, nama_en), "nilai": nilai if nilai is not None else "-", "skor": skor,
                      "bobot": bobot, "rumus": pilih(rumus, RUMUS_INGGRIS.get(rumus, rumus))})
        data_rasio.append({"kode": kode, "nama": nama_id, "nilai_bp": nilai, "nilai": persen(nilai, "id"), "skor": skor,
                           "bobot": bobot, "rumus": rumus})
    skor_akhir = (skor_total * 2 + bobot_total) // (2 * bobot_total) if bobot_total else 0
    band = predikat(skor_akhir)
    band_teks = label(band)
    catatan = [
        pilih(f"Skor tertimbang: {skor_akhir} dari 100 ({band_teks}); rasio bertanda '-' belum dapat dihitung dan bobotnya tidak dihitung.",
              f"Weighted score: {skor_akhir} of 100 ({band_teks}); ratios shown '-' cannot be computed yet and their weight is left out."),
        pilih("Aspek manajemen, kelembagaan dan kepatuhan perlu data di luar buku (wawancara, dokumen) dan tidak dinilai di sini.",
              "Management, governance and compliance need data outside the books (interviews, documents) and are not rated here."),
        pilih("Rasio dihitung dari buku seluruh koperasi, per tanggal akhir periode; pendapatan dan beban untuk periode itu.",
              "Ratios use the whole cooperative's books at the period's end; income and costs over the period."),
    ]
    if kredit is None:
        catatan.append(pilih("NPL dan PPAP memerlukan data pinjaman (unit simpan pinjam).", "NPL and provision need the loan records."))
    kolom = [Kolom("rasio", pilih("Rasio", "Ratio")), Kolom("nilai", pilih("Nilai", "Value"), "persen"),
             Kolom("skor", pilih("Skor", "Score"), "angka"), Kolom("bobot", pilih("Bobot", "Weight"), "angka"),
             Kolom("rumus", pilih("Rumus", "Formula"), rinci=True)]
    total = {"rasio": pilih("Skor tertimbang", "Weighted score"), "nilai": band, "skor": skor_akhir, "bobot": bobot_total}
    data = {"periode": periode.label, "per": per.isoformat(), "rasio": data_rasio, "skor": skor_akhir, "predikat": band}
    return Laporan(pilih("Penilaian Kesehatan Koperasi", "Cooperative Health Rating"), label_periode(periode),
                   identitas_dari(buku.profil), [Tabel(None, kolom, baris, total, "Kesehatan")], data, catatan)
