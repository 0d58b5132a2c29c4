"""The layers contract (docs/desain.md): cli -> reports/importers -> layanan -> ledger -> core, no
import pointing up, checked by import-linter with the contract in pyproject.toml."""

import os
from pathlib import Path

import pytest


def test_impor_hanya_ke_bawah(capsys):
    pytest.importorskip("importlinter")
    from importlinter.cli import lint_imports

    akar = Path(__file__).resolve().parent.parent
    sebelum = os.getcwd()
    os.chdir(akar)
    try:
        kode = lint_imports(config_filename=str(akar / "pyproject.toml"), no_cache=True)
    finally:
        os.chdir(sebelum)
    assert kode == 0, capsys.readouterr().out[-3000:]


def test_inti_tidak_mengimpor_lapisan_lain():
    """core is pure: it imports nothing of the project but the message catalogs' names."""
    import ast

    inti = Path(__file__).resolve().parent.parent / "koperasi_cli" / "core"
    for p in inti.glob("*.py"):
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("koperasi_cli."):
                assert node.module.split(".")[1] in ("core", "i18n"), f"{p.name} imports {node.module}"
