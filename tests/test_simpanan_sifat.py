"""Property: after any sequence of deposits, withdrawals and leavings, every member's balances
match a simple model, none is below zero, and per kind they sum to the control accounts."""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from anggota_bantu import nik
from conftest import IDENTITAS
from koperasi_cli.core.galat import Galat
from koperasi_cli.core.jurnal import Entri, debit, kredit
from koperasi_cli.core.simpanan import AKUN
from koperasi_cli.ledger.buku import Buku

ANGGOTA = 3
langkah = st.tuples(
    st.sampled_from(["setor", "setor", "tarik", "keluar"]),
    st.integers(0, ANGGOTA - 1),
    st.sampled_from(["pokok", "wajib", "sukarela", "sukarela"]),
    st.sampled_from([10_000, 20_000, 40_000, 50_000, 60_000, 100_000, 250_000]),
    st.integers(0, 20),  # days after the previous step
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(langkah, min_size=1, max_size=25))
def test_saldo_anggota_sama_dengan_akun_kontrol(urutan):
    from koperasi_cli.layanan import keanggotaan, simpanan
    from koperasi_cli.layanan.koperasi import daftarkan_koperasi
    from koperasi_cli.layanan.periksa import periksa

    with tempfile.TemporaryDirectory() as d:
        akar = Path(d) / "kop"
        daftarkan_koperasi(akar, dict(IDENTITAS))
        model = {f"{i + 1:04d}": {"pokok": 100_000, "wajib": 0, "sukarela": 0, "keluar": 0, "aktif": True}
                 for i in range(ANGGOTA)}
        tgl = date(2025, 1, 10)
        with Buku.buka(akar) as buku:
            buku.catat(Entri(date(2025, 1, 2), (debit("1101", 100_000_000), kredit("3104", 100_000_000)), "modal"))
            for i in range(ANGGOTA):
                keanggotaan.masuk(buku, nama=f"A{i}", nik=nik(i + 1), jenis_kelamin="L", alamat="Tegal Harum", tanggal=tgl)
            for aksi, i, jenis, jumlah, hari in urutan:
                tgl += timedelta(days=hari)
                no = f"{i + 1:04d}"
                m = model[no]
                seq = buku.kepala["seq"]
                if aksi == "keluar":
                    boleh = m["aktif"]
                elif aksi == "setor":
                    boleh = m["aktif"] and (
                        (jenis == "pokok" and m["pokok"] + jumlah <= 100_000)
                        or (jenis == "wajib" and jumlah % 20_000 == 0) or jenis == "sukarela")
                else:
                    boleh = (jenis == "sukarela" or not m["aktif"]) and m[jenis] >= jumlah
                try:
                    if aksi == "keluar":
                        keanggotaan.keluar(buku, no, tanggal=tgl)
                    else:
                        getattr(simpanan, aksi)(buku, no, jenis, jumlah, tanggal=tgl)
                except Galat:
                    assert not boleh, (aksi, no, jenis, jumlah)
                    assert buku.kepala["seq"] == seq  # a refused command posts nothing
                    continue
                assert boleh, (aksi, no, jenis, jumlah)
                if aksi == "keluar":
                    m["keluar"] += m["pokok"] + m["wajib"] + m["sukarela"]
                    m.update(pokok=0, wajib=0, sukarela=0, aktif=False)
                else:
                    m[jenis] += jumlah if aksi == "setor" else -jumlah
        with Buku.buka(akar, coba=True) as buku:
            assert periksa(buku) == []
            saldo = buku.saldo_akun()
            for jenis, akun in {**AKUN, "keluar": "2112"}.items():
                d_, k_ = saldo.get(akun, (0, 0))
                assert k_ - d_ == sum(m[jenis] for m in model.values())
            for no, m in model.items():
                s = simpanan.saldo(buku, no)
                assert {j: s[j] for j in AKUN} == {j: m[j] for j in AKUN}
                assert min(s["pokok"], s["wajib"], s["sukarela"]) >= 0
