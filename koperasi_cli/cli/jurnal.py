"""`koperasi jurnal catat|daftar|lihat|batal`."""


import typer

from koperasi_cli import i18n
from koperasi_cli.cli.kas import laporkan_entri, cetak_entri
from koperasi_cli.cli.umum import (
    OpsiCatat, baca_buku, buka_buku, cek_teks, cetak_json, format_keluaran, grup, opsi_catat, opsi_coba,
    opsi_format, opsi_output, opsi_tanggal, opsi_ya, perintah, tampilkan, tanggal_catat,
)
from koperasi_cli.i18n import pilih


def daftarkan(app: typer.Typer) -> None:
    jurnal = grup(app, "jurnal", "journal", pilih("Jurnal umum: catat manual, daftar, batalkan.",
                                                   "The journal: manual entries, list, reverse."))

    @perintah(jurnal, "catat", "add", pilih("Catat jurnal manual yang seimbang.", "Record a balanced manual entry."))
    @opsi_catat(ket_wajib=True, kas=False)
    def catat_(
        ctx: typer.Context,
        debit: list[str] = typer.Option(..., "--debit", help=pilih("AKUN=JUMLAH di sisi debit (boleh berulang).", "ACCOUNT=AMOUNT on the debit side (repeatable).")),
        kredit: list[str] = typer.Option(..., "--kredit", help=pilih("AKUN=JUMLAH di sisi kredit (boleh berulang).", "ACCOUNT=AMOUNT on the credit side (repeatable).")),
        catat: OpsiCatat = None,
        coba: bool = opsi_coba(),
        fmt: str = opsi_format(),
    ) -> None:
        from koperasi_cli.layanan.jurnal import catat_manual

        fmt = format_keluaran(fmt, None, ("table", "json"))
        with buka_buku(ctx, coba=coba) as buku:
            k = catat.konteks(buku, "kantor")
            r = catat_manual(buku, debit, kredit, k.ket, konteks=k)
        cetak_entri(r, coba, fmt)

    @perintah(jurnal, "daftar", "list", pilih("Daftar jurnal dalam satu periode.", "List the entries of a period."))
    def daftar(
        ctx: typer.Context,
        periode: str = typer.Argument(None, help=pilih("Bulan atau tahun (bawaan: bulan ini).", "Month or year (default: this month).")),
        akun: str = typer.Option(None, "--akun", help=pilih("Hanya jurnal yang menyentuh akun ini.", "Only entries touching this account.")),
        anggota: str = typer.Option(None, "--anggota", help=pilih("Hanya jurnal anggota ini.", "Only this member's entries.")),
        fmt: str = opsi_format(),
        output: str = opsi_output(),
    ) -> None:
        from koperasi_cli.core.tanggal import parse_periode
        from koperasi_cli.reports.jurnal import daftar_jurnal

        fmt = format_keluaran(fmt, output, ("table", "json", "csv", "xlsx"))
        with baca_buku(ctx) as buku:
            lap = daftar_jurnal(buku, parse_periode(periode) if periode is not None else None, akun=akun,
                                anggota=anggota, ulang=fmt != "table")
        tampilkan(lap, fmt, output)

    @perintah(jurnal, "lihat", "show", pilih("Tampilkan satu jurnal.", "Show one entry."))
    def lihat(
        ctx: typer.Context,
        id_: str = typer.Argument(..., metavar="ID", help=pilih("Nomor jurnal, mis. J000012.", "Entry number, e.g. J000012.")),
        fmt: str = opsi_format(),
    ) -> None:
        fmt = format_keluaran(fmt, None, ("table", "json"))
        with baca_buku(ctx) as buku:
            r = buku.cari_entri(id_)
            r = {**r, "dibatalkan_oleh": buku.dibatalkan_oleh(r["id"])}
            nama = {b["akun"]: buku.bagan[b["akun"]].nama if b["akun"] in buku.bagan else "?" for b in r["baris"]}
        if fmt == "json":
            cetak_json({**r, "batch": r.get("batch")})
        else:
            _tampilkan_entri(r, nama)

    @perintah(jurnal, "batal", "void", pilih(
            "Batalkan jurnal dengan jurnal pembalik (yang asli tetap ada); --batch membatalkan semua jurnal satu perintah.",
            "Reverse an entry with a reversing entry (the original stays); --batch reverses every entry of one command."))
    def batal(
        ctx: typer.Context,
        id_: str = typer.Argument(None, metavar="ID", help=pilih("Nomor jurnal, mis. J000012.", "Entry number, e.g. J000012.")),
        batch: str = typer.Option(None, "--batch", metavar="BATCH", help=pilih(
            "Batalkan semua jurnal satu perintah, mis. B000012 (lihat 'batch' di 'jurnal lihat' atau keluaran JSON).",
            "Reverse every entry of one command, e.g. B000012 (see 'batch' in 'jurnal lihat' or the JSON output).")),
        ket: str = typer.Option(..., "--ket", callback=cek_teks("--ket", 200), help=pilih("Alasan pembatalan.", "Reason for the reversal.")),
        tgl: str = opsi_tanggal(),
        coba: bool = opsi_coba(),
        ya: bool = opsi_ya(),
        fmt: str = opsi_format(),
    ) -> None:
        from koperasi_cli.core.galat import PEMAKAIAN, Galat
        from koperasi_cli.layanan.jurnal import batal as batalkan
        from koperasi_cli.layanan.jurnal import batal_batch

        fmt = format_keluaran(fmt, None, ("table", "json"))
        if (id_ is None) == (batch is None):
            raise Galat("batal_id_atau_batch", keluar=PEMAKAIAN)
        if batch is None:
            with buka_buku(ctx, coba=coba) as buku:
                r = batalkan(buku, id_, ket, tanggal=tanggal_catat(buku, tgl))
            cetak_entri(r, coba, fmt)
            return
        with buka_buku(ctx, coba=coba, ya=ya) as buku:
            h = batal_batch(buku, batch, ket, tanggal=tanggal_catat(buku, tgl))
        if fmt == "json":
            cetak_json({k: v for k, v in h.items() if k != "rekaman"} | {"coba": coba})
            return
        for r in h["rekaman"]:
            laporkan_entri(r, coba)
        typer.echo(i18n.t("batch_dibatalkan_coba" if coba else "batch_dibatalkan", batch=h["batch_dibatalkan"], n=h["jumlah"],
                          total=h["total"], pembalik=h["batch"]))


# The tags a posting may carry, shown after its amounts (member, loan, item, ...).
_TANDA = ("anggota", "pinjaman", "barang", "aset", "unit")


def _tampilkan_entri(r: dict, nama: dict[str, str]) -> None:
    """One entry: its header (date, description, kind, unit, voucher, the entry it reverses or
    that reverses it) and its postings, fitted to the terminal."""
    from rich.console import Console

    from koperasi_cli.reports.model import Kolom, Tabel
    from koperasi_cli.reports.render import cetak_tabel, kunci_nilai

    kosong = "-"
    kepala = [
        (pilih("Jurnal", "Entry"), r["id"]), (pilih("Tanggal", "Date"), r["tanggal"]),
        (pilih("Keterangan", "Description"), r.get("ket") or kosong),
        (pilih("Jenis", "Kind"), r.get("jenis") or kosong), ("Unit", r.get("unit") or kosong),
        (pilih("Bukti", "Voucher"), r.get("bukti") or kosong),
        ("Batch", r.get("batch") or kosong),  # the command's batch: `jurnal batal --batch` reverses it whole
    ]
    if r.get("membatalkan"):
        kepala.append((pilih("Membatalkan", "Reverses"), r["membatalkan"]))
    kepala.append((pilih("Dibatalkan oleh", "Reversed by"), r.get("dibatalkan_oleh") or kosong))
    c = Console()
    kunci_nilai(kepala, c)
    baris = [{"akun": b["akun"], "nama": nama.get(b["akun"], "?"), "debit": b["debit"] or None,
              "kredit": b["kredit"] or None,
              "tanda": " ".join(f"{k}={b[k]}" for k in _TANDA if b.get(k))} for b in r["baris"]]
    total = {"nama": "Total", "debit": sum(b["debit"] for b in r["baris"]), "kredit": sum(b["kredit"] for b in r["baris"])}
    cetak_tabel(c, Tabel(None, [Kolom("akun", pilih("Akun", "Account")), Kolom("nama", pilih("Nama akun", "Account name")),
                                Kolom("debit", "Debit", "uang"), Kolom("kredit", pilih("Kredit", "Credit"), "uang"),
                                Kolom("tanda", pilih("Tanda", "Tags"))], baris, total), lebar=False)
