"""The countdown of a delayed capture, and the menu that chooses a delay.

A delayed capture exists for what disappears when Attest is clicked: an open menu, a drop-down, a
tooltip. Attest hides, this small panel counts down in a corner of the screen ("Capturing in 3…"),
the tester opens the menu in the application under test, and the grab happens when it reaches zero.

Three things follow from how a tester uses it:

- **It is never in the picture.** At zero it hides itself *before* anything is grabbed; the
  controller then waits its usual hide delay (a compositor can still show a window for a frame or
  two), so the panel is gone from the screen when the screen is read.
- **It does not take the keyboard from the application under test.** Taking focus would close the
  menu the tester is opening (Windows and X11 close a menu when its application loses focus). It is
  shown active only when Attest itself was active, i.e. when the tester clicked Attest's button and
  nothing else can have a menu open; then Esc cancels at once. Started from the global shortcut or the
  tray, it appears without focus; Cancel is then a click (the mouse is free while the menu is not open).
- **It keeps out of the way.** A corner of the screen under the pointer (bottom right), on top of
  other windows, with no taskbar entry; on X11 it is unmanaged like a menu, so no window manager
  places, decorates or focuses it.

The tick is injectable (``tick_ms``) so tests count down in milliseconds rather than seconds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QColor,
    QCursor,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QToolButton, QVBoxLayout, QWidget

MAX_DELAY = 10  # seconds: long enough to open a nested menu, short enough that waiting is not a chore
DELAY_CHOICES = (0, 3, 5, 10)  # what a capture button's menu offers (plus the default, if it is another)
TICK_MS = 1000
MARGIN = 24  # from the screen's edge, in logical pixels
PANEL = QColor(17, 24, 39, 225)


def delay_problem(seconds: object) -> str | None:
    """Why ``seconds`` cannot be a capture delay (``None`` when it can): a whole number, 0 to 10."""
    if isinstance(seconds, bool) or not isinstance(seconds, int):
        return f"the capture delay must be a whole number of seconds, not {seconds!r}"
    if not 0 <= seconds <= MAX_DELAY:
        return f"the capture delay must be 0 to {MAX_DELAY} seconds, not {seconds}"
    return None


def delay_label(seconds: int) -> str:
    """"Now" or "After 5 s", as a menu item and the docs say it."""
    return "Now" if seconds == 0 else f"After {seconds} s"


class Countdown(QWidget):
    """A frameless, always-on-top panel: "Capturing in 3…", a hint, and Cancel (Esc).

    ``elapsed`` is emitted once the delay is over, after the panel has hidden itself; ``cancelled``
    when the tester cancels (the button, Esc while it has focus, or the system closing it). Exactly
    one of the two is emitted per :meth:`start`."""

    elapsed = Signal()
    cancelled = Signal()

    def __init__(self, *, tick_ms: int = TICK_MS, parent: QWidget | None = None) -> None:
        flags = Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        platform = QGuiApplication.platformName()
        if platform == "xcb":
            # Unmanaged, like a menu: placed exactly where asked, above panels, never focused by a click
            # that the window manager would otherwise turn into an activation.
            flags |= Qt.WindowType.BypassWindowManagerHint
        elif platform == "windows":
            flags |= Qt.WindowType.Tool  # no taskbar button for a few seconds' panel
        # Not a Tool window on macOS: those hide whenever another application is active, which is exactly
        # when the countdown is needed.
        super().__init__(parent, flags)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWindowTitle("Attest – capturing soon")
        self.setObjectName("attestCountdown")
        self.tick_ms = tick_ms
        self.remaining = 0
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self._tick)

        self.text = QLabel()
        self.text.setStyleSheet("color: white; font-size: 15pt; font-weight: 600;")
        self.hint = QLabel("Open the menu, drop-down or tooltip now")
        self.hint.setStyleSheet("color: #d1d5db;")
        self.cancel_button = QPushButton("Cancel (Esc)")
        self.cancel_button.setToolTip("Capture nothing and bring Attest back (Esc)")
        self.cancel_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Esc is the panel's; no focus ring to draw
        self.cancel_button.setStyleSheet(
            "QPushButton { color: white; background: #374151; border: 1px solid #6b7280; border-radius: 4px;"
            " padding: 4px 10px; } QPushButton:hover { background: #4b5563; }")
        self.cancel_button.clicked.connect(self.cancel)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.text)
        words.addWidget(self.hint)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 12, 12, 12)
        row.setSpacing(14)
        row.addLayout(words, 1)
        row.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignVCenter)

    # -- the count

    def start(self, seconds: int, *, activate: bool = False) -> None:
        """Show the panel counting down from ``seconds`` (at least 1). ``activate``: take the keyboard
        (so Esc works at once) — only when no other application can have a menu open."""
        self.remaining = max(1, seconds)
        self.running = True
        self._show_remaining()
        self.adjustSize()
        self.move(self.corner())
        self.show()  # on top by its flags; raise_() would be an activation request on some platforms
        if activate:
            self.activateWindow()
            self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        self.timer.start()

    def _tick(self) -> None:
        self.remaining -= 1
        if self.remaining > 0:
            self._show_remaining()
            return
        self.stop()
        self.elapsed.emit()

    def cancel(self) -> None:
        """Stop counting and hide; ``cancelled`` (nothing happens if it is not counting)."""
        if not self.running:
            return
        self.stop()
        self.cancelled.emit()

    def stop(self) -> None:
        """Stop counting and hide, with no signal. Hidden first: whatever comes next (a grab) must not
        see the panel."""
        self.running = False
        self.timer.stop()
        self.hide()

    def _show_remaining(self) -> None:
        self.text.setText(f"Capturing in {self.remaining}…")

    # -- where: a corner of the screen the tester is working on

    def corner(self) -> QPoint:
        """Bottom right of the available area (above a taskbar) of the screen under the pointer, where
        menus and tooltips rarely open."""
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else QRect(0, 0, 800, 600)
        size = self.sizeHint().expandedTo(self.size())
        return QPoint(area.right() + 1 - MARGIN - size.width(), area.bottom() + 1 - MARGIN - size.height())

    # -- input and painting

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Alt+F4 or the system closing the panel is a cancel: Attest must come back."""
        self.cancel()
        super().closeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(PANEL)
        painter.drawRoundedRect(self.rect().adjusted(0, 0, -1, -1), 8, 8)
        painter.end()


# -- the capture buttons' menu ----------------------------------------------------------------------

def delay_choices(current: int, choices: Iterable[int] = DELAY_CHOICES) -> list[int]:
    """The delays a menu offers: the usual ones, plus ``current`` (the setting) if it is another."""
    offered = set(choices)
    if delay_problem(current) is None:
        offered.add(current)
    return sorted(offered)


def delay_menu(parent: QWidget | None, on_delay: Callable[[int], None], current: int) -> QMenu:
    """A menu for a capture button: "Now", "After 3 s", "After 5 s", "After 10 s" (and the setting's
    delay if it is none of those). Choosing one calls ``on_delay(seconds)`` (0 = now); ``current`` (the
    "Capture delay" setting, what the button itself does) is checked and marked "(default)"."""
    menu = QMenu(parent)
    menu.setTitle("Capture delay")
    menu.setToolTipsVisible(True)
    group = QActionGroup(menu)
    group.setExclusive(True)
    for seconds in delay_choices(current):
        label = delay_label(seconds) + ("  (default)" if seconds == current else "")
        action = QAction(label, menu)
        action.setCheckable(True)
        action.setChecked(seconds == current)
        action.setData(seconds)
        action.setToolTip("Capture at once" if seconds == 0 else
                          f"Hide Attest, wait {seconds} s (open the menu or tooltip meanwhile), then capture")
        action.triggered.connect(lambda _checked=False, s=seconds: on_delay(s))
        group.addAction(action)
        menu.addAction(action)
    return menu


def delay_button(on_delay: Callable[[int], None], current: Callable[[], int], *, tip: str = "Capture after a delay",
                 parent: QWidget | None = None) -> QToolButton:
    """A small "▾" button to put beside a capture button: a click opens :func:`delay_menu`, built
    afresh each time so it shows the setting as it is now."""
    button = QToolButton(parent)
    button.setText("▾")
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setAutoRaise(True)

    def show_menu() -> None:
        menu = delay_menu(button, on_delay, current())
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(button.mapToGlobal(button.rect().bottomLeft()))

    button.clicked.connect(lambda _checked=False: show_menu())
    return button


__all__ = ["MAX_DELAY", "Countdown", "delay_button", "delay_choices", "delay_label", "delay_menu", "delay_problem"]
