"""Named write boundaries, so that the crash tests can kill a process exactly between two writes.

A change that spans two places (the register file and the database; an evidence pack and its files
folder) is made safe against a kill at any moment by the order of its writes and the recovery the next
process does. Killing a process at random only sometimes lands between two particular writes, so the
writers name each boundary with :func:`reached`, and ``tests/test_atomic_exports.py`` runs them with
``ATTEST_TEST_KILL_AT`` naming one: the process then kills itself there, with SIGKILL (no cleanup, no
``finally``, no ``atexit``), as a power cut or the task manager would.

Inert in normal use: with the variable unset (as it always is outside those tests) :func:`reached` is one
dictionary lookup. It can only ever stop the process that has the variable set, which a user could do
anyway, and it never writes anything.
"""

from __future__ import annotations

import os
import signal

ENV = "ATTEST_TEST_KILL_AT"

# Every boundary a writer names, so that a test can run each one and a misspelt name is caught.
REGISTER = (
    "register.pending-written",  # the new register file written beside the old, its audit entry not committed
    "register.committed",  # the audit entry committed, the new file not yet in place
    "register.swapped",  # the new file in place
)
PACK = (
    "pack.staging",  # part of the new pack and its files written into the staging folder
    "pack.staged",  # the new pair complete in staging, its manifest not yet written
    "pack.marked",  # the staged pair's manifest written: from here the next run completes the change
    "pack.old-folder-aside",  # the old files folder moved into staging
    "pack.old-pack-aside",  # the old pack moved into staging
    "pack.new-folder-in",  # the new files folder in place, the new pack not yet
    "pack.new-pack-in",  # the new pair in place, the staging folder (holding the old pair) not yet removed
)
ALL = frozenset(REGISTER + PACK)


def reached(name: str) -> None:
    """The writer is at boundary ``name``: killed here if ``$ATTEST_TEST_KILL_AT`` names it."""
    if os.environ.get(ENV) == name:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))  # Windows: TerminateProcess
