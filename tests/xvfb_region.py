"""Window and region capture through the real grabber on a real X server, for the two-monitor Xvfb
test. Run with DISPLAY, QT_QPA_PLATFORM=xcb and per-screen scale factors; prints one JSON report.

Argument 1: the raw grab of screen 0 that tests/xvfb_window.py wrote (the "Registration" window is
on it). Argument 2 (optional): where to save a screenshot of the region overlay as it is shown.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from attest.capture.screen import QtScreenGrabber
from attest.capture.windows import WindowInfo, window_lister
from attest.gui.capture_controller import CaptureController

app = QApplication(sys.argv[:1])
report: dict[str, object] = {}


def wait(condition: Callable[[], bool], timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting ({report})")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def same_pixels(a: QImage, b: QImage) -> bool:
    return a.convertToFormat(QImage.Format.Format_RGB32) == b.convertToFormat(QImage.Format.Format_RGB32)


attest = QWidget()
attest.setWindowTitle("Attest")
attest.setStyleSheet("background: #fde68a;")
attest.setGeometry(1700, 100, 300, 200)  # on the second monitor: it must not be in any capture
attest.show()
wait(lambda: attest.isVisible() and attest.windowHandle().isExposed())

grabber = QtScreenGrabber()
screens = grabber.screens()
report["screens"] = [[s.name, s.x, s.y, s.width, s.height, s.scale] for s in screens]
report["grab_sizes"] = [[grabber.grab_image(s.index).width(), grabber.grab_image(s.index).height()] for s in screens]
listed = window_lister().windows()
report["windows"] = [[w.title, w.rect.x, w.rect.y, w.rect.width, w.rect.height] for w in listed]

captures: list[tuple[bytes, str]] = []
offered: list[str] = []


def choose(windows: list[WindowInfo], _parent: QWidget) -> WindowInfo | None:
    offered.extend(w.title for w in windows)
    return next((w for w in windows if w.title == "Registration"), None)


controller = CaptureController(attest, grabber, choose_window=choose, hide_delay_ms=300)
controller.captured.connect(lambda data, name: captures.append((data, name)))
controller.failed.connect(lambda message: report.setdefault("failed", message))

controller.capture_window()
wait(lambda: bool(captures) or "failed" in report)
window_png, report["window_name"] = captures.pop()
window = QImage.fromData(window_png)
raw = QImage(sys.argv[1])
report["window_size"] = [window.width(), window.height()]
report["window_matches_raw_grab"] = same_pixels(window, raw.copy(40, 40, 700, 220))
report["attest_visible_after_window"] = attest.isVisible()

controller.capture_region()
wait(lambda: controller.selector is not None)
report["attest_visible_during_region"] = attest.isVisible()
overlay = controller.selector.overlays[1] if controller.selector else None
assert overlay is not None
wait(lambda: overlay.windowHandle() is not None and overlay.windowHandle().isExposed())
report["overlay_geometries"] = [[o.geometry().x(), o.geometry().y(), o.geometry().width(), o.geometry().height()]
                                for o in controller.selector.overlays]
report["overlay_screens"] = [o.screen().name() for o in controller.selector.overlays]
frozen = overlay.shot.image
QTest.mousePress(overlay, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(10, 10))
QTest.mouseMove(overlay, QPoint(110, 60))
if len(sys.argv) > 2:  # a picture of the overlay as the tester sees it, for a person to look at
    QTest.qWait(300)
    from PIL import ImageGrab

    ImageGrab.grab(xdisplay=None, all_screens=True).save(sys.argv[2])
QTest.mouseRelease(overlay, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(110, 60))
wait(lambda: bool(captures) or "failed" in report)
region_png, report["region_name"] = captures.pop()
region = QImage.fromData(region_png)
report["region_size"] = [region.width(), region.height()]
report["region_matches_frozen_grab"] = same_pixels(region, frozen.copy(15, 15, 150, 75))
report["attest_visible_after_region"] = attest.isVisible()
print(json.dumps(report), flush=True)
