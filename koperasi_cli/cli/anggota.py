"""`koperasi anggota tambah|daftar|lihat|ubah|keluar`."""

from __future__ import annotations

import typer

from koperasi_cli.cli.kas import _opsi_kas
from koperasi_cli.cli.umum import (
    cek_teks,
    baca_buku, buka_buku, cetak_json, format_keluaran, grup, opsi_bukti, opsi_coba, opsi_format, opsi_output,
    opsi_tanggal, opsi_unit, perintah, pesan, tampilkan, tanggal, tanggal_catat,
)
from koperasi_cli.core.uang import format_rupiah as _rp
from koperasi_cli.i18n import pilih
from koperasi_cli.i18n.nama import label


def opsi_tampilkan_nik():
    return typer.Option(False, "--tampilkan-nik", help=pilih("Tampilkan NIK lengkap (bawaan: disamarkan).",
                                                             "Show the full NIK (default: masked)."))


def _tgl(buku, teks: str | None):
    return tanggal(buku, teks) if teks else None


def _kunci_nilai(baris: list[tuple[str, str]]) -> None:
    from koperasi_cli.reports.render import kunci_nilai

    kunci_nilai([(k, str(v) if v not in (None, "") else "-") for k, v in baris])


def daftarkan(app: typer.Typer) -> None:
    anggota = grup(app, "anggota", "member", pilih("Anggota: tambah, daftar, lihat, ubah, keluar.",
                                                    "Members: add, list, show, edit, exit."))

    @perintah(anggota, "tambah", "add", pilih("Daftarkan anggota baru dan catat simpanan pokoknya.",
                                              "Register a new member and record their simpanan pokok."))
    def tambah(
        ctx: typer.Context,
        nama: str = typer.Option(..., "--nama", callback=cek_teks("--nama", 100), help=pilih("Nama sesuai KTP.", "Name as on the KTP.")),
        nik: str = typer.Option(..., "--nik", help=pilih("NIK 16 angka dari KTP.", "The 16-digit NIK from the KTP.")),
        jenis_kelamin: str = typer.Option(..., "--jenis-kelamin", help=pilih("L atau P.", "L (male) or P (female).")),
        alamat: str = typer.Option(..., "--alamat", callback=cek_teks("--alamat", 200), help=pilih("Alamat sesuai KTP.", "Address as on the KTP.")),
        tgl_lahir: str = typer.Option(None, "--tgl-lahir", help=pilih("Tanggal lahir (dicocokkan dengan NIK).", "Date of birth (checked against the NIK).")),
        no_hp: str = typer.Option(None, "--no-hp", help=pilih("Nomor HP.", "Mobile number.")),
        desa: str = typer.Option(None, "--desa", callback=cek_teks("--desa", 100), help=pilih("Desa/kelurahan domisili (bawaan: dari alamat, atau desa koperasi).",
                                                            "Desa/kelurahan of residence (default: from the address, or the cooperative's).")),
        luar_wilayah: str = typer.Option(None, "--luar-wilayah", metavar="ALASAN", help=pilih(
            "Alasan menerima anggota dari luar desa/kelurahan koperasi.", "Reason for admitting a member from outside the cooperative's desa/kelurahan.")),
        tanpa_pokok: bool = typer.Option(False, "--tanpa-pokok", help=pilih("Jangan catat simpanan pokok sekarang.", "Do not record the simpanan pokok now.")),
        kas: str = _opsi_kas(),
        tgl: str = opsi_tanggal(),
        bukti: str = opsi_bukti(),
        unit: str = opsi_unit(),
        coba: bool = opsi_coba(),
        fmt: str = opsi_format(),
    ) -> None:
        from koperasi_cli.layanan import keanggotaan

        fmt = format_keluaran(fmt, None, ("table", "json"))
        with buka_buku(ctx, coba=coba) as buku:
            h = keanggotaan.masuk(buku, nama=nama, nik=nik, jenis_kelamin=jenis_kelamin, alamat=alamat,
                                  tanggal=tanggal_catat(buku, tgl), tgl_lahir=_tgl(buku, tgl_lahir), no_hp=no_hp,
                                  desa=desa, luar_wilayah=luar_wilayah, tanpa_pokok=tanpa_pokok, kas=kas, unit=unit,
                                  bukti=bukti)
        if fmt == "json":
            cetak_json(h)
            return
        awal = pilih("Akan didaftarkan" if coba else "Terdaftar", "Would register" if coba else "Registered")
        typer.echo(f"{awal}: {pilih('anggota', 'member')} {h['no']} {h['nama']} ({pilih('masuk', 'joined')} {h['tanggal_masuk']}).")
        if h["entri"]:
            typer.echo(pilih(f"Simpanan pokok Rp {_rp(h['simpanan_pokok'])} dicatat: {h['entri']}.",
                             f"Simpanan pokok Rp {_rp(h['simpanan_pokok'])} recorded: {h['entri']}."))
        if coba:
            pesan(pilih("--dry-run: tidak ada yang ditulis.", "--dry-run: nothing was written."))

    @perintah(anggota, "daftar", "list", pilih("Daftar anggota.", "List the members."))
    def daftar(
        ctx: typer.Context,
        status: str = typer.Option("aktif", "--status", help=pilih("aktif, keluar atau semua.", "aktif (active), keluar (left) or semua (all).")),
        cari: str = typer.Option(None, "--cari", help=pilih("Cari nama, nomor, alamat atau NIK lengkap.", "Search name, number, address or full NIK.")),
        tampilkan_nik: bool = opsi_tampilkan_nik(),
        fmt: str = opsi_format(),
        output: str = opsi_output(),
    ) -> None:
        from koperasi_cli.layanan import anggota as lay
        from koperasi_cli.reports.simpanan import daftar_anggota

        with baca_buku(ctx) as buku:
            lap = daftar_anggota(buku, lay.daftar(buku, status.lower(), cari, tampilkan_nik), status.lower())
        tampilkan(lap, fmt, output)

    @perintah(anggota, "lihat", "show", pilih("Profil anggota, saldo simpanan, tunggakan wajib dan riwayat perubahan.",
                                              "A member's profile, savings, unpaid wajib months and change history."))
    def lihat(
        ctx: typer.Context,
        no: str = typer.Argument(..., metavar="NO", help=pilih("Nomor anggota.", "Member number.")),
        tampilkan_nik: bool = opsi_tampilkan_nik(),
        fmt: str = opsi_format(),
    ) -> None:
        from koperasi_cli.core.simpanan import ringkas_bulan
        from koperasi_cli.layanan import keanggotaan

        fmt = format_keluaran(fmt, None, ("table", "json"))
        with baca_buku(ctx) as buku:
            h = keanggotaan.lihat(buku, no, tampilkan_nik=tampilkan_nik)
        if fmt == "json":
            cetak_json(h)
            return
        s = h["saldo"]
        baris = [
            (pilih("No anggota", "Member no"), h["no"]), (pilih("Nama", "Name"), h["nama"]), ("NIK", h["nik"]),
            (pilih("Jenis kelamin", "Sex"), label(h["jenis_kelamin"])), (pilih("Tanggal lahir", "Date of birth"), h.get("tgl_lahir")),
            (pilih("Alamat", "Address"), h["alamat"]), (pilih("Desa/kelurahan", "Desa/kelurahan"), h.get("desa")),
            (pilih("No HP", "Mobile"), h.get("no_hp")),
            (pilih("Status", "Status"), label(h["status"])), (pilih("Masuk", "Joined"), h["tanggal_masuk"]),
            (pilih("Keluar", "Left"), h.get("tanggal_keluar")),
        ]
        if h.get("luar_wilayah"):
            baris.append((pilih("Luar wilayah", "Outside the area"), h["luar_wilayah"]))
        baris += [
            (pilih("Simpanan pokok", "Principal savings"), _rp(s["pokok"])),
            (pilih("Simpanan wajib", "Mandatory savings"), _rp(s["wajib"])),
            (pilih("Simpanan sukarela", "Voluntary savings"), _rp(s["sukarela"])),
            (pilih("Jumlah simpanan", "Total savings"), _rp(sum(s.values()))),
        ]
        if h["utang_keluar"]:
            baris.append((pilih("Belum dikembalikan", "Still owed to the member"), _rp(h["utang_keluar"])))
        if h["pinjaman"]:
            baris.append((pilih("Sisa pinjaman", "Loan outstanding"), _rp(h["pinjaman"])))
        if h["status"] == "aktif":
            belum = h["wajib_belum_dibayar"]
            baris.append((pilih("Wajib belum dibayar", "Mandatory savings unpaid"),
                          f"{len(belum)} {pilih('bulan', 'month(s)')}: {ringkas_bulan(belum)}" if belum else pilih("tidak ada", "none")))
        _kunci_nilai(baris)
        if h["riwayat"]:
            typer.echo(pilih("Riwayat perubahan:", "Change history:"))
            for r in h["riwayat"]:
                ket = f" ({r['ket']})" if r.get("ket") else ""
                typer.echo(f"  {r['tanggal']}  {label(r['kolom'])}: {label(r['lama']) if r['lama'] is not None else '-'} -> "
                           f"{label(r['baru']) if r['baru'] is not None else '-'}{ket}")

    @perintah(anggota, "ubah", "edit", pilih("Ubah data anggota; perubahan dicatat dengan nilai lama dan baru.",
                                             "Change a member's data; the change is logged with old and new values."))
    def ubah(
        ctx: typer.Context,
        no: str = typer.Argument(..., metavar="NO", help=pilih("Nomor anggota.", "Member number.")),
        nama: str = typer.Option(None, "--nama", callback=cek_teks("--nama", 100), help=pilih("Nama baru.", "New name.")),
        nik: str = typer.Option(None, "--nik", help=pilih("NIK baru (16 angka).", "New NIK (16 digits).")),
        jenis_kelamin: str = typer.Option(None, "--jenis-kelamin", help=pilih("L atau P.", "L (male) or P (female).")),
        alamat: str = typer.Option(None, "--alamat", callback=cek_teks("--alamat", 200), help=pilih("Alamat baru.", "New address.")),
        desa: str = typer.Option(None, "--desa", callback=cek_teks("--desa", 100), help=pilih("Desa/kelurahan tempat tinggal.", "Desa/kelurahan of residence.")),
        tgl_lahir: str = typer.Option(None, "--tgl-lahir", help=pilih("Tanggal lahir.", "Date of birth.")),
        no_hp: str = typer.Option(None, "--no-hp", help=pilih("Nomor HP.", "Mobile number.")),
        luar_wilayah: str = typer.Option(None, "--luar-wilayah", metavar="ALASAN", help=pilih("Alasan bila tinggal di luar desa/kelurahan koperasi.", "Reason when living outside the cooperative's desa/kelurahan.")),
        ket: str = typer.Option(None, "--ket", callback=cek_teks("--ket", 200), help=pilih("Alasan perubahan.", "Reason for the change.")),
        tgl: str = opsi_tanggal(),
        tampilkan_nik: bool = opsi_tampilkan_nik(),
        coba: bool = opsi_coba(),
        fmt: str = opsi_format(),
    ) -> None:
        from koperasi_cli.core.galat import PEMAKAIAN, Galat
        from koperasi_cli.layanan import anggota as lay

        fmt = format_keluaran(fmt, None, ("table", "json"))
        perubahan = {"nama": nama, "nik": nik, "jenis_kelamin": jenis_kelamin, "alamat": alamat, "desa": desa,
                     "tgl_lahir": tgl_lahir, "no_hp": no_hp, "luar_wilayah": luar_wilayah}
        if all(v is None for v in perubahan.values()):
            raise Galat("ubah_tanpa_isian", keluar=PEMAKAIAN)
        with buka_buku(ctx, coba=coba) as buku:
            if tgl_lahir is not None:
                perubahan["tgl_lahir"] = tanggal(buku, tgl_lahir)
            h = lay.ubah(buku, no, perubahan, tanggal=tanggal_catat(buku, tgl), ket=ket, tampilkan_nik=tampilkan_nik)
        if fmt == "json":
            cetak_json(h)
            return
        awal = pilih("Akan diubah" if coba else "Diubah", "Would change" if coba else "Changed")
        typer.echo(f"{awal}: {pilih('anggota', 'member')} {h['no']} {h['nama']} ({h['tanggal']})")
        for p in h["perubahan"]:
            typer.echo(f"  {p['kolom']}: {p['lama'] if p['lama'] is not None else '-'} -> {p['baru'] if p['baru'] is not None else '-'}")

    @perintah(anggota, "keluar", "exit", pilih("Anggota keluar: simpanannya menjadi utang pengembalian (2112), dibayar dengan --bayar.",
                                                "A member leaves: their savings become a payable (2112), paid out with --bayar."))
    def keluar(
        ctx: typer.Context,
        no: str = typer.Argument(..., metavar="NO", help=pilih("Nomor anggota.", "Member number.")),
        bayar: bool = typer.Option(False, "--bayar", help=pilih("Bayarkan simpanannya sekarang dari kas.", "Pay the savings out in cash now.")),
        potong_pinjaman: bool = typer.Option(False, "--potong-pinjaman", help=pilih(
            "Lunasi pinjaman yang masih berjalan dari simpanannya lebih dulu.",
            "Pay off outstanding loans from the member's savings first.")),
        ket: str = typer.Option(None, "--ket", callback=cek_teks("--ket", 200), help=pilih("Alasan keluar.", "Reason for leaving.")),
        kas: str = _opsi_kas(),
        tgl: str = opsi_tanggal(),
        bukti: str = opsi_bukti(),
        unit: str = opsi_unit(),
        coba: bool = opsi_coba(),
        fmt: str = opsi_format(),
    ) -> None:
        from koperasi_cli.layanan import keanggotaan

        fmt = format_keluaran(fmt, None, ("table", "json"))
        with buka_buku(ctx, coba=coba) as buku:
            h = keanggotaan.keluar(buku, no, tanggal=tanggal_catat(buku, tgl), bayar=bayar, kas=kas, alasan=ket,
                                   unit=unit, bukti=bukti, potong_pinjaman=potong_pinjaman)
        if fmt == "json":
            cetak_json(h)
            return
        if h["pindah"] is not None:
            awal = pilih("Akan dicatat keluar" if coba else "Keluar", "Would record as left" if coba else "Left")
            p = h["pindah"]
            typer.echo(f"{awal}: {h['no']} {h['nama']} ({h['tanggal_keluar']}).")
            typer.echo(pilih(
                f"Simpanan pokok {_rp(p['pokok'])}, wajib {_rp(p['wajib'])}, sukarela {_rp(p['sukarela'])}: "
                f"Rp {_rp(p['jumlah'])} menjadi utang pengembalian (2112).",
                f"Simpanan pokok {_rp(p['pokok'])}, wajib {_rp(p['wajib'])}, sukarela {_rp(p['sukarela'])}: "
                f"Rp {_rp(p['jumlah'])} owed to the member (2112)."))
        if h.get("dipotong_pinjaman"):
            typer.echo(pilih(f"Dipotong untuk pinjaman: Rp {_rp(h['dipotong_pinjaman'])}.",
                             f"Set off against loans: Rp {_rp(h['dipotong_pinjaman'])}."))
        if h["dibayar"]:
            typer.echo(pilih(f"Dibayarkan: Rp {_rp(h['dibayar'])}.", f"Paid out: Rp {_rp(h['dibayar'])}."))
        elif h["pindah"] and h["pindah"]["jumlah"]:
            pesan(pilih(f"Belum dibayar; bayarkan dengan 'koperasi anggota keluar {h['no']} --bayar'.",
                        f"Not paid yet; pay it out with 'koperasi anggota keluar {h['no']} --bayar'."))
        if h["entri"]:
            typer.echo(pilih("Jurnal: ", "Entries: ") + ", ".join(h["entri"]))
