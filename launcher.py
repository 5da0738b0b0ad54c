"""The ``attest`` console script: the command line, or the desktop app when no command is given.

The two faces (``cli`` and ``gui``) never import each other; this module, above both, hands the
command line a way to open the app.
"""

from __future__ import annotations

import time

_STARTED = time.perf_counter()  # `attest gui --smoke` counts its ready time from here, imports included

from collections.abc import Sequence  # noqa: E402
from pathlib import Path  # noqa: E402


def open_app(root: Path, *, smoke: bool, first_launch: bool, run: int | None = None) -> int:
    from attest.gui.app import run_app  # Qt loads only when the app opens

    return run_app(root, smoke=smoke, started=_STARTED, first_launch=first_launch, run=run)


def preferred_workspace() -> Path | None:
    """The workspace folder chosen in the app's settings, used when neither --workspace nor
    $ATTEST_WORKSPACE names one."""
    from attest.gui.settings import AppSettings

    return AppSettings().workspace


def main(argv: Sequence[str] | None = None) -> int:
    from attest.cli.main import main as cli_main

    return cli_main(argv, open_app=open_app, preferred_workspace=preferred_workspace)


if __name__ == "__main__":
    raise SystemExit(main())
