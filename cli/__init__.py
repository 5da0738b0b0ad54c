"""The command-line face: ``attest ...`` subcommands, thin over core and capture."""
