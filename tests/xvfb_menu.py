"""An application under test with a menu, for the delayed-capture Xvfb test: a white window covering
the screen, with a menu bar whose File menu has a magenta background (a colour nothing else on the
screen has). Prints "shown" once it is on screen; on "open" (a line on standard input) it opens the
File menu as a click on the menu bar would, and prints "opened X Y W H" (the menu's rectangle on the
screen) once the menu is showing. Waits to be killed."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("Meter tools")
window.setStyleSheet("QMainWindow, QLabel { background: white; color: black; }"
                     "QMenuBar { background: white; color: black; }"
                     "QMenu { background: #ff00ff; color: black; border: 1px solid black; }"
                     "QMenu::item { padding: 6px 28px; }")
font = QFont()
font.setPointSize(16)
menu = window.menuBar().addMenu("File")
menu.setFont(font)
for text in ("Export readings", "Send flow", "Close session"):
    menu.addAction(text)
window.setCentralWidget(QLabel("Site 7, readings"))
window.setGeometry(0, 0, 1280, 800)
window.show()


def report_open() -> None:
    if not menu.isVisible() or menu.windowHandle() is None or not menu.windowHandle().isExposed():
        QTimer.singleShot(50, report_open)
        return
    rect = menu.geometry()
    print(f"opened {rect.x()} {rect.y()} {rect.width()} {rect.height()}", flush=True)


def command() -> None:
    line = sys.stdin.readline().strip()
    if line == "open":
        window.menuBar().setActiveAction(menu.menuAction())  # as a click on "File" does
        QTimer.singleShot(200, report_open)  # a moment for the popup to be painted
    elif line == "" or line == "quit":
        app.quit()


notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
notifier.activated.connect(command)
QTimer.singleShot(800, lambda: print("shown", flush=True))
QTimer.singleShot(120_000, app.quit)  # never outlive a test that stopped listening
app.exec()
