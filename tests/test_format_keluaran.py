"""Scripts never guess (issue 20): --format and -o are reconciled in one place
(`format_keluaran`); recording commands print JSON; the journal's CSV is one plain row per posting."""

import csv
import io
import json

import click
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from koperasi_cli.cli.umum import format_keluaran
from koperasi_cli.core.galat import PEMAKAIAN, Galat
from tests.conftest import isi_folder, perintah_cli


# ---- the rule itself --------------------------------------------------------------------------
@pytest.mark.parametrize("fmt, output, hasil", [
    (None, None, "table"),
    ("json", None, "json"),
    ("CSV", None, "csv"),
    (None, "x.json", "json"),
    (None, "x.CSV", "csv"),
    (None, "x.xlsx", "xlsx"),
    (None, "x.txt", "table"),
    ("table", "x.txt", "table"),
    ("xlsx", "x.xlsx", "xlsx"),
])
def test_format_yang_sah(tmp_path, fmt, output, hasil):
    assert format_keluaran(fmt, str(tmp_path / output) if output else None, ("table", "json", "csv", "xlsx")) == hasil


@pytest.mark.parametrize("fmt, output, kode", [
    ("xlsx", None, "format_perlu_berkas"),
    ("json", "x.csv", "format_bentrok"),
    ("table", "x.json", "format_bentrok"),
    ("csv", "x.xlsx", "format_bentrok"),
    (None, "x.pdf", "akhiran_tidak_dikenal"),
    (None, "x", "akhiran_tidak_dikenal"),
    ("pdf", None, "format_tidak_didukung"),
])
def test_format_yang_ditolak(tmp_path, fmt, output, kode):
    with pytest.raises(Galat) as e:
        format_keluaran(fmt, str(tmp_path / output) if output else None, ("table", "json", "csv", "xlsx"))
    assert e.value.kode == kode and e.value.keluar == PEMAKAIAN


def test_akhiran_di_luar_yang_boleh_ditolak(tmp_path):
    # a command that writes no CSV refuses -o x.csv, naming the suffixes it can write
    with pytest.raises(Galat) as e:
        format_keluaran(None, str(tmp_path / "x.csv"), ("table", "json", "xlsx"))
    assert e.value.kode == "akhiran_tidak_dikenal" and e.value.param["sah"] == ".json, .xlsx, .txt"


@settings(max_examples=60, deadline=None)
@given(fmt=st.sampled_from([None, "table", "json", "csv", "xlsx"]),
       akhiran=st.sampled_from(["", ".json", ".csv", ".xlsx", ".txt", ".pdf", ".JSON"]))
def test_sifat_selalu_format_sah_atau_galat_pemakaian(tmp_path_factory, fmt, akhiran):
    output = str(tmp_path_factory.getbasetemp() / f"keluar{akhiran}") if akhiran else None
    try:
        f = format_keluaran(fmt, output, ("table", "json", "csv", "xlsx"))
    except Galat as e:
        assert e.keluar == PEMAKAIAN
        return
    assert f in ("table", "json", "csv", "xlsx")
    assert f != "xlsx" or output  # xlsx only to a file
    if output:  # the suffix decides, and --format (when given) agrees with it
        assert f == {".json": "json", ".csv": "csv", ".xlsx": "xlsx", ".txt": "table", ".JSON": "json"}[akhiran]
        assert fmt is None or fmt == f


# ---- every command with --format ------------------------------------------------------------
def _perintah_berformat():
    """(path, command) of every leaf command with a --format option, Indonesian names only."""
    hasil = []

    from koperasi_cli.cli.pohon import anak

    def jalan(cmd, jalur):
        if isinstance(cmd, click.Group):
            for nama, sub in anak(cmd).items():
                if not sub.hidden:
                    jalan(sub, [*jalur, nama])
        elif any("--format" in p.opts for p in cmd.params):
            hasil.append((jalur, cmd))

    jalan(perintah_cli("id"), [])
    return hasil


def _isi_wajib(cmd) -> list[str]:
    """Dummy values for the required arguments and options, so the command body runs."""
    args = []
    for p in cmd.params:
        if not p.required:
            continue
        nilai = p.type.choices[0] if isinstance(p.type, click.Choice) else "1"
        if isinstance(p, click.Argument):
            args.append(nilai)
        else:
            args.extend([p.opts[0], nilai])
    return args


def test_setiap_perintah_menolak_xlsx_tanpa_o(cli, kop):
    daftar = _perintah_berformat()
    assert len(daftar) > 40  # the walk found the commands
    sebelum = isi_folder(kop)
    gagal = []
    for jalur, cmd in daftar:
        r = cli(*jalur, *_isi_wajib(cmd), "--format", "xlsx")
        teks = r.output
        if r.exit_code != 2 or "xlsx" not in teks or "Traceback" in teks or r.exception and not isinstance(r.exception, SystemExit):
            gagal.append((" ".join(jalur), r.exit_code, teks[-200:]))
    assert not gagal, gagal
    assert isi_folder(kop) == sebelum  # a refused command writes nothing


def test_bentrok_dan_akhiran_asing_di_cli(cli, kop, tmp_path):
    r = cli("laporan", "neraca", "--format", "json", "-o", str(tmp_path / "n.csv"))
    assert r.exit_code == 2 and "bertentangan" in r.output and "Traceback" not in r.output
    r = cli("jurnal", "daftar", "-o", str(tmp_path / "j.pdf"), lang="en")
    assert r.exit_code == 2 and "'.pdf'" in r.output and ".csv" in r.output
    r = cli("laporan", "neraca", "--format", "xlsx", lang="en")
    assert r.exit_code == 2 and "add -o NAME.xlsx" in r.output
    assert [p.name for p in tmp_path.iterdir()] == ["kop"]  # nothing written


# ---- recording commands in JSON; the journal's CSV --------------------------------------------
def test_kas_dan_jurnal_catat_json(cli):
    r = cli("kas", "masuk", "150rb", "--akun", "3104", "--ket", "Hibah", "--tanggal", "2025-01-02", "--format", "json")
    assert r.exit_code == 0, r.output
    e = json.loads(r.stdout)
    # 150rb = 150.000: kas (1101) debit, hibah (3104) kredit
    assert e["id"] == "J000001" and e["tanggal"] == "2025-01-02" and e["ket"] == "Hibah"
    assert [(b["akun"], b["debit"], b["kredit"]) for b in e["baris"]] == [("1101", 150000, 0), ("3104", 0, 150000)]
    r = cli("kas", "keluar", "20000", "--akun", "5201", "--ket", "ATK", "--tanggal", "2025-01-03", "--format", "json")
    assert r.exit_code == 0, r.output
    e = json.loads(r.stdout)
    assert e["id"] == "J000002" and [(b["akun"], b["debit"], b["kredit"]) for b in e["baris"]] == [("5201", 20000, 0), ("1101", 0, 20000)]
    r = cli("jurnal", "catat", "--debit", "5201=5000", "--kredit", "1101=5000", "--ket", "Materai",
            "--tanggal", "2025-01-03", "--format", "json", "--dry-run")
    assert r.exit_code == 0, r.output
    e = json.loads(r.stdout)
    assert e["id"] == "J000003" and sum(b["debit"] for b in e["baris"]) == sum(b["kredit"] for b in e["baris"]) == 5000
    assert cli("jurnal", "lihat", "J000003").exit_code != 0  # the dry run wrote nothing


def test_jurnal_daftar_csv_satu_baris_per_posting(cli):
    cli("kas", "masuk", "150000", "--akun", "3104", "--ket", "Hibah", "--tanggal", "2025-01-02")
    cli("jurnal", "catat", "--debit", "5201=3000", "--debit", "5201=2000", "--kredit", "1101=5000", "--ket", "ATK",
        "--tanggal", "2025-01-03")
    r = cli("jurnal", "daftar", "2025-01", "--format", "csv")
    assert r.exit_code == 0, r.output
    baris = list(csv.DictReader(io.StringIO(r.stdout)))
    # two entries: 2 postings + 3 postings = 5 rows, each with its entry's id and date
    assert [(b["id"], b["tanggal"], b["akun"]) for b in baris] == [
        ("J000001", "2025-01-02", "1101"), ("J000001", "2025-01-02", "3104"),
        ("J000002", "2025-01-03", "5201"), ("J000002", "2025-01-03", "5201"), ("J000002", "2025-01-03", "1101"),
    ]
    assert all(b["ket"] for b in baris)
    # the table still shows each entry's id once
    t = cli("jurnal", "daftar", "2025-01").output
    assert t.count("J000002") == 1
