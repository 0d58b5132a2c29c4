"""`periksa` checks a stored entry without building it (the rekap runs `periksa` on every book it
reads), through the one rule set of `core.jurnal.validasi_isi`: the record's errors are exactly
those of the entry it stands for (or both call it damaged)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from koperasi_cli.core.akun import BaganAkun, validasi_akun
from koperasi_cli.core.jurnal import dari_rekaman, validasi_entri, validasi_rekaman

UNIT = {"kantor", "sembako", "simpan-pinjam"}
jumlah = st.one_of(st.integers(-3, 1_000_000), st.sampled_from([0, 0, True, False, 1.5, "100", None]))
baris = st.fixed_dictionaries(
    {"akun": st.sampled_from(["1101", "3104", "4102", "9999", 1101, None])},
    optional={"debit": jumlah, "kredit": jumlah, "unit": st.sampled_from(["kantor", "sembako", "lain", None, 3]),
              "anggota": st.sampled_from(["0001", None])},
)
rekaman = st.fixed_dictionaries(
    {"tanggal": st.sampled_from(["2025-03-05", "2025-13-01"]), "baris": st.lists(baris, max_size=4)},
    optional={"unit": st.sampled_from(["kantor", "simpan-pinjam", "lain", None, ["kantor"]]),
              "ket": st.sampled_from(["x", "a\u202eb", ""]), "bukti": st.sampled_from([None, "B-1", "\x07"])},
)


def _bagan() -> BaganAkun:
    import yaml

    from koperasi_cli.data import bagan_akun_awal_teks

    akun, galat = validasi_akun(yaml.safe_load(bagan_akun_awal_teks())["akun"])
    assert not galat
    return BaganAkun(akun)


BAGAN = _bagan()


def _kode(fungsi):
    try:
        return [(g.kode, g.param) for g in fungsi()]
    except (KeyError, TypeError, ValueError, AttributeError):
        return "rusak"  # damaged: periksa reports the entry as such


@settings(max_examples=300, deadline=None)
@given(rekaman)
def test_rekaman_sama_dengan_entri(r):
    cepat = _kode(lambda: validasi_rekaman(r, BAGAN, UNIT))
    penuh = _kode(lambda: validasi_entri(dari_rekaman(r), BAGAN, UNIT))
    assert cepat == penuh


def test_entri_seimbang_biasa_lolos():
    r = {"tanggal": "2025-03-05", "unit": "sembako", "baris": [
        {"akun": "1101", "debit": 540_000, "kredit": 0}, {"akun": "4103", "debit": 0, "kredit": 180_000, "anggota": "0001"},
        {"akun": "4104", "kredit": 360_000}]}
    assert validasi_rekaman(r, BAGAN, UNIT) == []
    # unbalanced: 540,000 debit against 180,000 credit
    assert [g.kode for g in validasi_rekaman({**r, "baris": r["baris"][:2]}, BAGAN, UNIT)] == ["entri_tidak_seimbang"]


def test_batas_jumlah_juga_di_periksa():
    """The amount cap (`MAKS_JUMLAH`) holds for stored entries too (the former quick check had lost it)."""
    from koperasi_cli.core.uang import MAKS_JUMLAH

    besar = MAKS_JUMLAH + 1
    r = {"tanggal": "2025-03-05", "baris": [{"akun": "1101", "debit": besar}, {"akun": "3104", "kredit": besar}]}
    assert [g.kode for g in validasi_rekaman(r, BAGAN, UNIT)] == ["baris_terlalu_besar"] * 2
