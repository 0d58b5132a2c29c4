"""`koperasi kas masuk|keluar|cek`."""


import typer

from koperasi_cli.cli.umum import (
    OpsiCatat, buka_buku, cetak_json, format_keluaran, grup, opsi_catat, opsi_coba, opsi_format, perintah,
    pesan,
)
from koperasi_cli.i18n import pilih


def _opsi_akun():
    return typer.Option(..., "--akun", help=pilih("Akun lawan (kode atau nama).", "The other account (code or name)."))


def laporkan_entri(r: dict, coba: bool) -> None:
    """A recorded (or, with --dry-run, a would-be) entry as lines: id, date, amount, description, postings."""
    from koperasi_cli.core.uang import format_rupiah

    jumlah = sum(b["debit"] for b in r["baris"])
    awal = pilih("Akan dicatat" if coba else "Dicatat", "Would record" if coba else "Recorded")
    typer.echo(f"{awal}: {r['id']} {r['tanggal']} Rp {format_rupiah(jumlah)} - {r['ket']}")
    for b in r["baris"]:
        sisi = f"D {format_rupiah(b['debit'])}" if b["debit"] else f"K {format_rupiah(b['kredit'])}"
        typer.echo(f"    {b['akun']}  {sisi}")


def cetak_entri(r: dict, coba: bool, fmt: str) -> None:
    """A recorded (or, with --dry-run, a would-be) entry: as JSON (id, tanggal, ket, unit,
    bukti, baris) or as the usual lines."""
    if fmt == "json":
        cetak_json({k: r.get(k) for k in ("id", "tanggal", "ket", "unit", "bukti", "batch", "baris")})
    else:
        laporkan_entri(r, coba)


def daftarkan(app: typer.Typer) -> None:
    kas = grup(app, "kas", "cash", pilih("Kas: pendapatan dan beban lain, hibah, pindah kas, hitung kas.",
                                          "Cash: other income and expenses, grants, transfers, cash count."))

    def _gerak(arah: str, bantuan_id: str, bantuan_en: str, alias: str):
        @perintah(kas, arah, alias, pilih(bantuan_id, bantuan_en))
        @opsi_catat(ket_wajib=True)
        def gerak(
            ctx: typer.Context,
            jumlah: str = typer.Argument(..., help=pilih("Jumlah rupiah, mis. 150.000 atau 20rb.", "Amount, e.g. 150.000 or 20rb.")),
            akun: str = _opsi_akun(),
            catat: OpsiCatat = None,
            coba: bool = opsi_coba(),
            fmt: str = opsi_format(),
        ) -> None:
            from koperasi_cli.core.uang import parse_jumlah
            from koperasi_cli.layanan import kas as lay

            fmt = format_keluaran(fmt, None, ("table", "json"))
            n = parse_jumlah(jumlah)
            with buka_buku(ctx, coba=coba) as buku:
                f = lay.masuk if arah == "masuk" else lay.keluar
                k = catat.konteks(buku, "kantor")
                r = f(buku, n, akun, k.ket, konteks=k)
            cetak_entri(r, coba, fmt)

    _gerak("masuk", "Catat uang masuk (pendapatan lain, hibah, pinjaman bank...).",
           "Record cash in (other income, grants, bank loans...).", "in")
    _gerak("keluar", "Catat uang keluar (beban, pembelian aset...).", "Record cash out (expenses, asset purchases...).", "out")

    @perintah(kas, "cek", "check", pilih("Bandingkan kas yang dihitung dengan saldo buku.",
                                         "Compare counted cash with the book balance."))
    @opsi_catat()
    def cek(
        ctx: typer.Context,
        saldo: str = typer.Argument(..., help=pilih("Kas yang dihitung (atau saldo rekening koran).", "Counted cash (or the bank statement balance).")),
        catat: OpsiCatat = None,
        catat_selisih: bool = typer.Option(False, "--catat-selisih", help=pilih("Catat selisihnya ke akun selisih kas.", "Post the difference to the cash difference account.")),
        fmt: str = opsi_format(),
    ) -> None:
        from koperasi_cli.core.uang import format_rupiah, parse_jumlah
        from koperasi_cli.layanan import kas as lay

        fmt = format_keluaran(fmt, None, ("table", "json"))
        n = parse_jumlah(saldo, boleh_nol=True)
        with buka_buku(ctx) as buku:
            k = catat.konteks(buku, "kantor")
            h = lay.cek(buku, n, konteks=k, catat=catat_selisih)
        if fmt == "json":
            cetak_json(h)
            return
        typer.echo(pilih(f"Kas {h['akun']} per {h['tanggal']}", f"Cash {h['akun']} as of {h['tanggal']}"))
        typer.echo(pilih("  Saldo buku : ", "  Books      : ") + format_rupiah(h["saldo_buku"]))
        typer.echo(pilih("  Dihitung   : ", "  Counted    : ") + format_rupiah(h["dihitung"]))
        typer.echo(pilih("  Selisih    : ", "  Difference : ") + format_rupiah(h["selisih"]))
        if h["entri"]:
            pesan(pilih(f"Selisih dicatat sebagai {h['entri']}.", f"Difference posted as {h['entri']}."))
        elif h["selisih"] and not catat_selisih:
            pesan(pilih("Selisih belum dicatat; pakai --catat-selisih untuk mencatatnya.",
                        "The difference is not posted; use --catat-selisih to post it."))
