"""Exporting a run's evidence pack from a view (the step runner, the review of a finished run): the file
chosen, the view's progress bar and Cancel button, and one message when it ends, the same in both."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton

from attest.core.model import Run
from attest.gui.operations import Operations
from attest.gui.tasks import TaskHandle


def start_pack_export(ops: Operations, run: Run, *, choose_file: Callable[[str], str | None],
                      template: Path | None, progress: QProgressBar, progress_text: QLabel,
                      cancel_button: QPushButton, disable: Callable[[], None],
                      ended: Callable[[str, Path | None], None]) -> TaskHandle | None:
    """Ask where, then build the pack in the background with the progress shown; ``ended(message, path
    written or None)`` once it is written, refused or cancelled. None if no file was chosen."""
    target = choose_file(f"{run.reference}_run{run.id}_evidence.docx")
    if not target:
        return None
    disable()
    progress.setRange(0, 100)
    progress.setValue(0)
    progress.show()
    progress_text.setText("Exporting…")
    cancel_button.show()

    def moved(percent: int, what: str) -> None:
        progress.setValue(percent)
        progress_text.setText(what)

    return ops.export_pack(run.id, Path(target), template=template,
                           on_done=lambda path: ended(f"Evidence pack written: {path}", Path(path)),
                           on_error=lambda text: ended(f"The pack was not written: {text}", None),
                           on_progress=moved, on_cancel=lambda: ended("Export cancelled; no pack was written", None))
