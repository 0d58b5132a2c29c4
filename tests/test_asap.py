"""Smoke: the CLI answers and a first entry can be recorded."""


def test_kas_masuk_lalu_neraca_saldo(cli):
    r = cli("kas", "masuk", "5jt", "--akun", "3104", "--ket", "Hibah desa", "--tanggal", "2025-01-05")
    assert r.exit_code == 0, r.output
    r = cli("laporan", "neraca-saldo", "--per", "2025-01-31", "--format", "json")
    import json

    data = json.loads(r.stdout)
    assert data["total_debit"] == data["total_kredit"] == 5_000_000
