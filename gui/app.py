"""Starting the desktop app: ``attest`` with no command, or ``attest gui [--run RUN] [--smoke]``.

``--smoke`` opens the main window on the workspace, waits until it is shown, prints
``ready in N ms`` (from process start) and exits 0: what CI and packaging checks run. With ``--run``,
the run is opened (resumed where it was left) and a second line says where: ``run RUN at step K of M``.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from attest.core.errors import AttestError
from attest.core.workspace import Workspace


class NoDisplay(AttestError):
    """Qt would abort the process (no traceback, no message of ours) without a display to open."""


def check_display(env: dict[str, str] | None = None, platform: str = sys.platform) -> None:
    env = dict(os.environ) if env is None else env
    if not platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        raise NoDisplay("no display to open the app on (neither DISPLAY nor WAYLAND_DISPLAY is set). On a "
                        "server, run it under a virtual display: xvfb-run attest gui; the command line "
                        "(attest --help) works without one")


def run_app(root: Path, *, smoke: bool = False, started: float | None = None, first_launch: bool = False,
            run: int | None = None) -> int:
    """Open the main window on ``root`` (on ``run``, resumed or shown read-only if finished)."""
    check_display()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from attest.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Attest")
    app.setOrganizationName("Attest")
    with Workspace.open(root) as ws:
        if run is not None:
            ws.runs.get(run, with_details=False)  # no such run: said before a window opens (exit 2)
        # a few seconds after opening, a look for unused evidence files (offered for clean-up when many); a
        # run left in progress is offered at once, unless one was named
        window = MainWindow(ws, first_launch_hint=first_launch, unused_check_ms=None if smoke else 3000,
                            trust_check_ms=None if smoke else 0,
                            resume_check_ms=None if smoke or run is not None else 0)
        window.show()
        if run is not None:
            window.open_run(run)
        if smoke:
            def ready() -> None:
                began = started if started is not None else time.perf_counter()
                print(f"ready in {(time.perf_counter() - began) * 1000:.0f} ms", flush=True)
                if run is not None:
                    print(window.run_position(), flush=True)
                window.close()
                app.quit()

            QTimer.singleShot(0, ready)  # runs once the event loop has shown the window
        status = app.exec()
        window.close()
    return int(status)
