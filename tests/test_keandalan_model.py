"""Model-based property test (Hypothesis stateful): random sequences of the public commands,
through the library (layanan/*), one Buku unit of work per step, against a plain in-memory
model of the balances. After every step the cash balance, members' savings sub-ledgers, the
loans' control account, stock quantities and the trial balance match the model and `periksa`
passes; a step the model expects to be refused is refused and changes nothing.

More with KOPERASI_UJI_MODEL=N (examples; default 10, each up to 12 steps)."""

import atexit
import os
import shutil
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from koperasi_cli.core.galat import Galat
from koperasi_cli.core.sembako import BarisInput
from koperasi_cli.ledger.buku import Buku
from koperasi_cli.layanan.periksa import periksa
from tests.conftest import IDENTITAS

TGL = date(2025, 2, 10)
HARGA_JUAL, HARGA_BELI = 75_000, 68_000
_TEMPLAT: list[Path] = []
STATISTIK = {"langkah": 0, "ditolak": 0, "urutan": 0}


def _templat() -> Path:
    if not _TEMPLAT:
        from koperasi_cli.layanan.koperasi import daftarkan_koperasi
        from tests.keandalan_bantu import siapkan_buku

        akar = Path(tempfile.mkdtemp(prefix="model-")) / "kop"
        atexit.register(shutil.rmtree, akar.parent, True)
        daftarkan_koperasi(akar, dict(IDENTITAS))
        siapkan_buku(akar)
        _TEMPLAT.append(akar)
    return _TEMPLAT[0]


jumlah = st.integers(1, 400).map(lambda n: n * 1_000)
anggota = st.sampled_from(["0001", "0002", "0003"])


class BukuMelawanModel(RuleBasedStateMachine):
    @initialize()
    def buka(self):
        self.dir = Path(tempfile.mkdtemp(prefix="model-"))
        self.akar = self.dir / "kop"
        shutil.copytree(_templat(), self.akar)
        with Buku.buka(self.akar, coba=True) as b:
            d, k = b.saldo_akun()["1101"]
            self.kas = d - k
            tag = b.saldo_tag("anggota")
            self.sukarela = {no: -tag.get(no, {}).get("2102", [0, 0])[0] for no in ("0001", "0002", "0003")}
            self.wajib = {no: -tag.get(no, {}).get("3102", [0, 0])[0] for no in ("0001", "0002", "0003")}
            self.stok = b.saldo_tag("barang")["BRS5"]["1130"][1]
            d, k = b.saldo_akun()["1110"]
            self.piutang = d - k
            self.n = b.jumlah_entri
        STATISTIK["urutan"] += 1

    def teardown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def _langkah(self, fungsi, boleh: bool):
        """One unit of work; refused (a Galat, exit 1) exactly when the model says so."""
        STATISTIK["langkah"] += 1
        try:
            with Buku.buka(self.akar) as b:
                hasil = fungsi(b)
        except Galat as g:
            assert not boleh, g.kode
            assert g.keluar == 1
            STATISTIK["ditolak"] += 1
            return None
        assert boleh, "the model expected a refusal"
        return hasil

    @rule(no=anggota, j=jumlah)
    def setor_sukarela(self, no, j):
        from koperasi_cli.layanan import simpanan

        if self._langkah(lambda b: simpanan.setor(b, no, "sukarela", j, tanggal=TGL), True) is not None:
            self.kas += j
            self.sukarela[no] += j
            self.n += 1

    @rule(no=anggota, bulan=st.integers(1, 3))
    def setor_wajib(self, no, bulan):
        from koperasi_cli.layanan import simpanan

        j = 20_000 * bulan
        self._langkah(lambda b: simpanan.setor(b, no, "wajib", j, tanggal=TGL), True)
        self.kas += j
        self.wajib[no] += j
        self.n += 1

    @rule(no=anggota, j=jumlah)
    def tarik_sukarela(self, no, j):
        from koperasi_cli.layanan import simpanan

        boleh = j <= self.sukarela[no] and j <= self.kas
        if self._langkah(lambda b: simpanan.tarik(b, no, "sukarela", j, tanggal=TGL), boleh) is not None:
            self.kas -= j
            self.sukarela[no] -= j
            self.n += 1

    @rule(j=jumlah)
    def kas_masuk(self, j):
        from koperasi_cli.layanan import kas

        self._langkah(lambda b: kas.masuk(b, j, "4402", "sewa", tanggal=TGL), True)
        self.kas += j
        self.n += 1

    @rule(j=st.integers(1, 60).map(lambda n: n * 1_000_000))
    def kas_keluar(self, j):
        from koperasi_cli.layanan import kas

        if self._langkah(lambda b: kas.keluar(b, j, "6104", "beban", tanggal=TGL), j <= self.kas) is not None:
            self.kas -= j
            self.n += 1

    @rule(id_=st.sampled_from(["PJ00001", "PJ00002"]), j=jumlah)
    def angsur(self, id_, j):
        from koperasi_cli.layanan import pinjaman

        try:
            with Buku.buka(self.akar) as b:
                pinjaman.angsur(b, id_, j, tanggal=TGL)
        except Galat as g:  # more than is owed: the model does not know the interest split
            assert g.keluar == 1
            STATISTIK["ditolak"] += 1
            return
        finally:
            STATISTIK["langkah"] += 1
        with Buku.buka(self.akar, coba=True) as b:
            d, k = b.saldo_akun()["1110"]
        # the principal repaid is part of the payment, never more; the rest is interest income
        assert 0 <= self.piutang - (d - k) <= j
        self.piutang = d - k
        self.kas += j
        self.n += 1

    @rule(q=st.integers(1, 12))
    def jual(self, q):
        from koperasi_cli.layanan import sembako

        boleh = q <= self.stok
        if self._langkah(lambda b: sembako.jual(b, [BarisInput("BRS5", q)], tanggal=TGL), boleh) is not None:
            self.kas += q * HARGA_JUAL
            self.stok -= q
            self.n += 1

    @rule(q=st.integers(1, 200))
    def beli(self, q):
        from koperasi_cli.layanan import sembako

        boleh = q * HARGA_BELI <= self.kas
        if self._langkah(lambda b: sembako.beli(b, [BarisInput("BRS5", q, HARGA_BELI)], tanggal=TGL), boleh) is not None:
            self.kas -= q * HARGA_BELI
            self.stok += q
            self.n += 1

    @invariant()
    def buku_sama_dengan_model(self):
        if not hasattr(self, "akar"):
            return
        with Buku.buka(self.akar, coba=True) as b:
            saldo = b.saldo_akun()
            assert saldo["1101"][0] - saldo["1101"][1] == self.kas
            assert sum(v[0] for v in saldo.values()) == sum(v[1] for v in saldo.values())
            d, k = saldo["1110"]
            assert d - k == self.piutang
            tag = b.saldo_tag("anggota")
            for no in self.sukarela:
                assert -tag.get(no, {}).get("2102", [0, 0])[0] == self.sukarela[no]
                assert -tag.get(no, {}).get("3102", [0, 0])[0] == self.wajib[no]
            assert b.saldo_tag("barang")["BRS5"]["1130"][1] == self.stok
            assert sum(v.get("1110", [0])[0] for v in b.saldo_tag("pinjaman").values()) == self.piutang
            assert b.jumlah_entri == self.n
            assert periksa(b) == []


BukuMelawanModel.TestCase.settings = settings(
    max_examples=int(os.environ.get("KOPERASI_UJI_MODEL", "10")), stateful_step_count=12, deadline=None,
    suppress_health_check=list(HealthCheck))
test_buku_melawan_model = BukuMelawanModel.TestCase
