"""`periksa` checks an ordinary stored entry without building it (the rekap runs `periksa` on every
book it reads): the quick check says "sound" exactly when the full validation finds nothing."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from koperasi_cli.core.akun import BaganAkun, validasi_akun
from koperasi_cli.core.jurnal import dari_rekaman, validasi_entri
from koperasi_cli.ledger.periksa import _sah_cepat

UNIT = {"kantor", "sembako", "simpan-pinjam"}
jumlah = st.one_of(st.integers(-3, 1_000_000), st.sampled_from([0, 0, True, False, 1.5, "100", None]))
baris = st.fixed_dictionaries(
    {"akun": st.sampled_from(["1101", "3104", "4102", "9999", 1101, None])},
    optional={"debit": jumlah, "kredit": jumlah, "unit": st.sampled_from(["kantor", "sembako", "lain", None, 3]),
              "anggota": st.sampled_from(["0001", None])},
)
rekaman = st.fixed_dictionaries(
    {"tanggal": st.just("2025-03-05"), "baris": st.lists(baris, max_size=4)},
    optional={"unit": st.sampled_from(["kantor", "simpan-pinjam", "lain", None, ["kantor"]]), "ket": st.just("x")},
)


def _bagan() -> BaganAkun:
    import yaml

    from koperasi_cli.data import bagan_akun_awal_teks

    akun, galat = validasi_akun(yaml.safe_load(bagan_akun_awal_teks())["akun"])
    assert not galat
    return BaganAkun(akun)


BAGAN = _bagan()


@settings(max_examples=300, deadline=None)
@given(rekaman)
def test_cek_cepat_sama_dengan_validasi_penuh(r):
    cepat = _sah_cepat(r, BAGAN, UNIT)
    try:
        penuh = not validasi_entri(dari_rekaman(r), BAGAN, UNIT)
    except (KeyError, TypeError, ValueError, AttributeError):
        penuh = None  # the full way calls this entry damaged
    assert cepat == bool(penuh)


def test_entri_seimbang_biasa_lolos_cepat():
    r = {"tanggal": "2025-03-05", "unit": "sembako", "baris": [
        {"akun": "1101", "debit": 540_000, "kredit": 0}, {"akun": "4103", "debit": 0, "kredit": 180_000, "anggota": "0001"},
        {"akun": "4104", "kredit": 360_000}]}
    assert _sah_cepat(r, BAGAN, UNIT)
    assert not _sah_cepat({**r, "baris": r["baris"][:2]}, BAGAN, UNIT)  # unbalanced
