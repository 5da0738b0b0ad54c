"""A window showing an MPAN and a meter serial, for the Xvfb capture test. Prints "shown" once it is on
screen, saves the unredacted grab to the path given (the test's control), then waits to be killed."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QWidget

from attest.capture.screen import QtScreenGrabber

app = QApplication(sys.argv[:1])
window = QWidget()
window.setWindowTitle("Registration")
window.setStyleSheet("background: white; color: black;")
form = QFormLayout(window)
font = QFont()
font.setPointSize(14)
for label, value in (("MPAN", "1200023305967"), ("Meter serial", "S06DS123456"), ("Status", "Delivered")):
    left, right = QLabel(label), QLabel(value)
    left.setFont(font)
    right.setFont(font)
    form.addRow(left, right)
window.setGeometry(40, 40, 700, 220)
window.show()


def shown() -> None:
    try:
        Path(sys.argv[1]).write_bytes(QtScreenGrabber().grab(0))
    except BaseException as error:  # noqa: BLE001 - the test must hear of it, not wait for "shown" forever
        print(f"failed: {type(error).__name__}: {error}", flush=True)
        app.exit(1)
        return
    print("shown", flush=True)


QTimer.singleShot(800, shown)
QTimer.singleShot(120_000, app.quit)  # never outlive a test that stopped listening
app.exec()
