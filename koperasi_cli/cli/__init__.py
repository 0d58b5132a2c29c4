"""The command line. `main` answers `koperasi --version` before anything heavy is imported
(scripts call it often); everything else goes to `cli.main`."""

import sys


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if args == ["--version"]:
        from koperasi_cli import __version__

        print(f"koperasi {__version__}")
        return
    from koperasi_cli.cli.main import main as utama

    utama(args)
