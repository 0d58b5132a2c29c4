from koperasi_cli.cli.main import main

main()
