"""Attest's side of the delayed-capture Xvfb test: a delayed screen or region capture through the real
grabber on a real X server, with a one-second countdown at its real pace.

Arguments: ``screen`` or ``region``; where to write the capture's PNG; where to write a grab of the
screen taken while the countdown shows (the control: the countdown really was on screen). Prints
"counting" once the countdown is on screen (the test then has the other process open its menu, as
a tester would), and at the end one line of JSON.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from attest.capture.screen import QtScreenGrabber, ScreenInfo, image_png
from attest.gui.capture_controller import CaptureController
from attest.gui.countdown import Countdown

app = QApplication(sys.argv[:1])
mode, out, during = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
report: dict[str, object] = {}


def wait(condition: Callable[[], bool], timeout_s: float = 15.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting ({report})")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def countdowns_visible() -> bool:
    return any(isinstance(w, Countdown) and w.isVisible() for w in QApplication.topLevelWidgets())


class Recording:
    """Qt's grabber, noting at each grab whether Attest's window or the countdown was showing."""

    def __init__(self, window: QWidget) -> None:
        self.inner = QtScreenGrabber()
        self.window = window
        self.grabs: list[dict[str, bool]] = []

    def _note(self) -> None:
        self.grabs.append({"attest": self.window.isVisible(), "countdown": countdowns_visible()})

    def screens(self) -> list[ScreenInfo]:
        return self.inner.screens()

    def grab_image(self, index: int) -> QImage:
        self._note()
        return self.inner.grab_image(index)

    def grab(self, index: int) -> bytes:
        self._note()
        return self.inner.grab(index)


attest = QWidget()
attest.setWindowTitle("Attest")
attest.setStyleSheet("background: #fde68a;")  # yellow: it must not be in the capture
attest.setGeometry(700, 420, 300, 200)
attest.show()
wait(lambda: attest.isVisible() and attest.windowHandle().isExposed())
attest.activateWindow()  # as after a click on its capture button
report["attest_rect"] = [700, 420, 300, 200]

grabber = Recording(attest)
captures: list[tuple[bytes, str]] = []
controller = CaptureController(attest, grabber, hide_delay_ms=300)  # the real countdown: one tick a second
controller.captured.connect(lambda data, name: captures.append((data, name)))
controller.failed.connect(lambda message: report.setdefault("failed", message))
controller.cancelled.connect(lambda: report.setdefault("failed", "cancelled"))

started = time.monotonic()
if mode == "screen":
    controller.capture_screen(0, delay=1)
else:
    controller.capture_region(delay=1)
countdown = controller.countdown
assert countdown is not None
wait(lambda: countdown.windowHandle() is not None and countdown.windowHandle().isExposed())
QTest.qWait(100)  # painted
report["attest_visible_during_countdown"] = attest.isVisible()
report["countdown_text"] = countdown.text.text()
geometry = countdown.frameGeometry()
report["countdown_rect"] = [geometry.x(), geometry.y(), geometry.width(), geometry.height()]
control = grabber.inner.grab_image(0)  # not through the recorder: a picture of the countdown counting
print("counting", flush=True)
during.write_bytes(image_png(control))  # encoded after the test has heard: the second is running

if mode == "region":
    wait(lambda: controller.selector is not None or "failed" in report)
    if controller.selector is not None:
        overlay = controller.selector.overlays[0]
        wait(lambda: overlay.windowHandle() is not None and overlay.windowHandle().isExposed())
        # (QTest reads QPoint(0, 0) as "the centre", so the drag starts at (2, 2).)
        QTest.mousePress(overlay, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(2, 2))
        QTest.mouseMove(overlay, QPoint(400, 300))
        QTest.mouseMove(overlay, QPoint(642, 402))
        QTest.mouseRelease(overlay, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(642, 402))
wait(lambda: bool(captures) or "failed" in report)
report["seconds"] = round(time.monotonic() - started, 2)
report["grabs"] = grabber.grabs
report["attest_visible_after"] = attest.isVisible()
if captures:
    data, report["name"] = captures.pop()
    out.write_bytes(data)
print(json.dumps(report), flush=True)
