"""The one way the app runs slow work (OCR, importing, packing) off the window's thread.

Like Anki's background-op helper: a function runs on Qt's thread pool, and its result, its error or
its progress come back to the window's thread as signals, so the window never freezes and no widget
is touched from a worker. A task may be cancelled: the function is handed a ``Progress`` whose
``cancelled`` it checks between units of work.

SQLite connections belong to the thread that opened them, so a task that needs the workspace opens
its own ``Workspace`` from the folder path; it never borrows the window's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from attest.core.crash_log import write_crash_log
from attest.core.errors import AttestError


@dataclass
class Progress:
    """Handed to a task's function: report how far it is, and check whether to stop."""

    _emit: Callable[[int, str], None]
    cancelled: bool = field(default=False)

    def report(self, percent: int, message: str = "") -> None:
        self._emit(max(0, min(100, percent)), message)


class Cancelled(Exception):
    """Raised by a task's function that saw ``progress.cancelled``; reported as cancelled, not failed."""


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)
    progress = Signal(int, str)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], signals: _Signals, progress: Progress) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.progress = progress
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except AttestError as error:  # expected: the message is already fit to show
            self.signals.failed.emit(str(error))
        except Exception as error:  # noqa: BLE001 - a worker must never die silently
            self.signals.failed.emit(f"Something went wrong: {type(error).__name__}: {error}. "
                                     "Details were written to the log.")
            write_crash_log(scrub=scrub_for_log)
        else:
            self.signals.done.emit(result)


class TaskHandle:
    """A running task: cancel it, or connect to its signals."""

    def __init__(self, signals: _Signals, progress: Progress) -> None:
        self.signals = signals
        self.progress = progress

    def cancel(self) -> None:
        self.progress.cancelled = True


class Tasks(QObject):
    """Runs functions on a thread pool (injected, so tests can use one of their own)."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self.running: set[TaskHandle] = set()

    def run(self, fn: Callable[[Progress], Any], *, on_done: Callable[[Any], None],
            on_error: Callable[[str], None], on_progress: Callable[[int, str], None] | None = None,
            on_cancel: Callable[[], None] | None = None) -> TaskHandle:
        signals = _Signals(self)
        progress = Progress(signals.progress.emit)
        handle = TaskHandle(signals, progress)
        self.running.add(handle)

        def finish(callback: Callable[..., None] | None) -> Callable[..., None]:
            def call(*args: Any) -> None:
                self.running.discard(handle)
                signals.deleteLater()
                if callback is not None:
                    callback(*args)
            return call

        signals.done.connect(finish(on_done))
        signals.failed.connect(finish(on_error))
        signals.cancelled.connect(finish(on_cancel))
        if on_progress is not None:
            signals.progress.connect(on_progress)
        self.pool.start(_Runnable(fn, signals, progress))
        return handle

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every task has finished (closing the window, tests)."""
        return self.pool.waitForDone(msecs)


def scrub_for_log(text: str) -> str:
    """The gate's scrubber for the app's crash log entries, loaded only when something has gone wrong
    (redaction is not loaded with the window)."""
    from attest.services.gate import safe_message

    return safe_message(text)
