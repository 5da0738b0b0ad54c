"""Helper process for the crash test: the app on a run, taking screen captures one after another and never
recording them, until killed. Prints ``captured N`` once the Nth capture is kept in the workspace.

Usage: python gui_capture_child.py WORKSPACE RUN_ID
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from attest.cli.demo import _screen  # noqa: E402
from attest.core.workspace import Workspace  # noqa: E402
from attest.gui.main_window import MainWindow  # noqa: E402


def main() -> None:
    root, run_id = Path(sys.argv[1]), int(sys.argv[2])
    app = QApplication([])
    with Workspace.open(root) as ws:
        settings = QSettings(str(root.parent / "child-settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(ws, settings=settings)
        window.show()
        runner = window.open_run(run_id)
        taken = [len(runner.pending)]

        def next_capture() -> None:
            if len(runner.pending) > taken[0]:
                taken[0] = len(runner.pending)
                print(f"captured {taken[0]}", flush=True)
            if not runner.busy:  # one at a time: the next starts when the last is kept
                number = taken[0] + 1
                runner.capture_bytes(_screen(f"Capture {number}", [("Status", "Accepted"),
                                                                   ("Reading", f"{number:05d}.5 kWh")]),
                                     f"capture-{number}.png")
            QTimer.singleShot(20, next_capture)

        QTimer.singleShot(0, next_capture)
        app.exec()


if __name__ == "__main__":
    main()
