"""The frozen app's entry script: ``attest`` (console) and, on Windows and macOS, ``attest-gui`` (windowed).

Both executables of the bundle run this same script and so the same ``attest.launcher.main``: ``attest``
alone opens the desktop app and ``attest COMMAND`` runs a command, in either of them.

A windowed executable on Windows has no console (``sys.stdout`` and ``sys.stderr`` are ``None``), and
``attest-gui`` started from the macOS Finder writes to nowhere anyone looks. Anything Attest prints,
including the one-line error a command or the app's start-up gives ("workspace busy", "not an Attest
workspace"), would vanish and the app would seem not to start. So when there is no console, what would
have been printed is kept and, if the process fails, shown in a message box.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path


def _show_failure(text: str) -> None:
    """Best effort: a message box with what the console would have shown; silent if even Qt fails."""
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox

        app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - a box needs an application
        QMessageBox.critical(None, "Attest", text[-4000:])
    except Exception:  # noqa: BLE001 - nothing is left to report to
        pass


def has_console() -> bool:
    """Whether what Attest prints reaches a person: not in a windowed executable, nor in attest-gui
    when nothing but the desktop started it."""
    if sys.stdout is None or sys.stderr is None:
        return False
    if Path(sys.executable).stem.lower() == "attest-gui":
        try:
            return sys.stderr.isatty()
        except (OSError, ValueError):
            return False
    return True


def main() -> int:
    from attest.launcher import main as attest_main

    if has_console():
        return attest_main()
    kept = io.StringIO()
    streams = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = kept
    try:
        status = attest_main()
    except SystemExit as exit_:  # argparse exits on a bad option or --help
        status = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 2)
    finally:
        sys.stdout, sys.stderr = streams
    if status != 0 and kept.getvalue().strip():
        _show_failure(kept.getvalue().strip())
    return status


if __name__ == "__main__":
    raise SystemExit(main())
