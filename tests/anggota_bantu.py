"""Helpers for the member and savings tests (imported by tests/test_anggota_*.py, test_simpanan_*.py)."""

from __future__ import annotations

import json


def nik(seri: int, *, perempuan: bool = False, hari: int = 15, bulan: int = 5, tahun: int = 90, wilayah: str = "517103") -> str:
    """A valid test NIK `PPKKCC DDMMYY SSSS` (Denpasar Barat by default); women's day + 40."""
    return f"{wilayah}{hari + (40 if perempuan else 0):02d}{bulan:02d}{tahun:02d}{seri:04d}"


def tambah(cli, nama: str, seri: int, *, perempuan: bool = False, tanggal: str = "2025-01-10", alamat: str = "Jl. Gunung Agung 1, Tegal Harum", extra: tuple = ()) -> dict:
    """Register a member through the CLI; returns its JSON."""
    r = cli("anggota", "tambah", "--nama", nama, "--nik", nik(seri, perempuan=perempuan),
            "--jenis-kelamin", "P" if perempuan else "L", "--alamat", alamat, "--tanggal", tanggal,
            "--format", "json", *extra)
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


def ok(cli, *args, **kw):
    r = cli(*args, **kw)
    assert r.exit_code == 0, r.output
    return r


def js(cli, *args, **kw):
    return json.loads(ok(cli, *args, "--format", "json", **kw).stdout)


def modal(cli, jumlah: str = "50jt", tanggal: str = "2025-01-02") -> None:
    """Cash in the till (a grant), so that withdrawals and pay-outs can be made."""
    ok(cli, "kas", "masuk", jumlah, "--akun", "3104", "--ket", "Hibah", "--tanggal", tanggal)


def neraca(cli, per: str = "2030-12-31") -> dict[str, int]:
    """Trial balance as {account: debit - credit}; an account without a balance reads 0."""
    from collections import defaultdict

    d = js(cli, "laporan", "neraca-saldo", "--per", per)
    return defaultdict(int, {a["kode"]: a["debit"] - a["kredit"] for a in d["akun"]})


class Lib:
    """Set-up through the library, in one unit of work (faster than one CLI call per step):

        with Lib(kop) as k:
            k.modal(); k.tambah("Budi", 1); k.setor("1", "wajib", 60_000, "2025-01-20")
    """

    def __init__(self, akar):
        from koperasi_cli.ledger.buku import Buku

        self.buku = Buku.buka(akar)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.buku.__exit__(*exc)

    def modal(self, jumlah: int = 50_000_000, tanggal: str = "2025-01-02") -> None:
        from datetime import date

        from koperasi_cli.layanan import kas

        kas.masuk(self.buku, jumlah, "3104", "Hibah", tanggal=date.fromisoformat(tanggal))

    def tambah(self, nama: str, seri: int, *, perempuan: bool = False, tanggal: str = "2025-01-10",
               alamat: str = "Jl. Gunung Agung 1, Tegal Harum", **kw) -> dict:
        from datetime import date

        from koperasi_cli.layanan import keanggotaan

        return keanggotaan.masuk(self.buku, nama=nama, nik=nik(seri, perempuan=perempuan),
                                 jenis_kelamin="P" if perempuan else "L", alamat=alamat,
                                 tanggal=date.fromisoformat(tanggal), **kw)

    def setor(self, no: str, jenis: str, jumlah: int, tanggal: str) -> dict:
        from datetime import date

        from koperasi_cli.layanan import simpanan

        return simpanan.setor(self.buku, no, jenis, jumlah, tanggal=date.fromisoformat(tanggal))

    def tarik(self, no: str, jenis: str, jumlah: int, tanggal: str) -> dict:
        from datetime import date

        from koperasi_cli.layanan import simpanan

        return simpanan.tarik(self.buku, no, jenis, jumlah, tanggal=date.fromisoformat(tanggal))
