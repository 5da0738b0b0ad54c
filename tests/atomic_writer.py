"""Helper process for tests/test_atomic_exports.py: one `attest` command, run as the CLI runs it.

Usage: python atomic_writer.py ATTEST-ARGS...
The parent sets ATTEST_TEST_KILL_AT (core/kill_points.py) to the write boundary at which this process
kills itself with SIGKILL. The register's passphrase comes from ATTEST_PASSPHRASE (the process has no
OS keyring, as on headless Linux); its scrypt is made cheap here, as the tests' fixtures make it, so
that a dozen processes stay quick (the cost is kept in the register's header: the parent reads it back).
"""

from __future__ import annotations

import sys

from attest.cli.main import main
from attest.core import register_store

if __name__ == "__main__":
    register_store.KDF_COST = 2**12
    sys.exit(main(sys.argv[1:]))
