from koperasi_cli.cli import main

main()
