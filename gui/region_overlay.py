"""Selecting a region on a frozen copy of the screens.

The screens are grabbed first, while Attest is hidden, and each grab is shown dimmed in a frameless
window covering its own screen; the tester drags a rubber band over it. Selecting on a frozen image
(rather than a transparent window over the live desktop) means a tooltip, a menu or a clock that
changes while the tester aims is captured exactly as it was seen, and nothing of the overlay itself
can end up in the evidence.

Each overlay knows its screen from the grabber's ``ScreenInfo`` (position, logical size, scale), not
from Qt's idea of the screen it landed on, so a test can give it a screen at 150 % or 200 % on a
platform that has none. The rubber band snaps to device pixels through
``capture.screen.region_to_device``: what is shown undimmed is exactly what is captured.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QCloseEvent,
    QCursor,
    QFont,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QScreen,
)
from PySide6.QtWidgets import QWidget

from attest.capture.screen import Rect, ScreenInfo, crop_png, region_to_device
from attest.core.errors import AttestError

DIM = QColor(0, 0, 0, 110)
BAND = QColor("#0ea5e9")
HINT = "Drag to select a region   ·   Enter or double-click: the whole screen   ·   Esc or right-click: cancel"
MIN_SIZE = 2  # device pixels: a click that barely moved is not a selection


@dataclass(frozen=True)
class ScreenShot:
    """One screen's grab at device resolution, with the screen it came from."""

    screen: ScreenInfo
    image: QImage


@dataclass(frozen=True)
class Selection:
    """What was selected: a device-pixel rectangle of one screen's grab."""

    screen: ScreenInfo
    rect: Rect


class ScreenOverlay(QWidget):
    """One screen's frozen grab, dimmed, with the rubber band. Positions are kept as floats in the
    overlay's own logical coordinates (fractional at scales such as 1.5), as Qt reports them."""

    accepted = Signal(object)  # Selection
    cancelled = Signal()
    drag_started = Signal()
    closed = Signal()  # by the selector, or by the system (Alt+F4 closes a frameless window too)

    def __init__(self, shot: ScreenShot) -> None:
        # Not a Tool window: on macOS those hide whenever the application is not active.
        flags = Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        if QGuiApplication.platformName() == "xcb":
            # Unmanaged, like a menu: exactly at the screen's rectangle and above panels, whatever the
            # window manager's placement rules; the keyboard is grabbed explicitly for Esc and Enter.
            flags |= Qt.WindowType.BypassWindowManagerHint
        super().__init__(None, flags)
        self.shot = shot
        self.screen_info = shot.screen
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setWindowTitle("Attest – select a region")
        self.anchor: QPointF | None = None
        self.current: QPointF | None = None
        self.hint_visible = True
        screen = _qt_screen(shot.screen)
        if screen is not None:
            self.setScreen(screen)
        info = shot.screen
        self.setGeometry(QRect(info.x, info.y, info.width, info.height))

    # -- geometry

    def _clamped(self, point: QPointF) -> QPointF:
        """Mouse positions while dragging keep coming after the pointer leaves this screen."""
        return QPointF(min(max(point.x(), 0.0), float(self.screen_info.width)),
                       min(max(point.y(), 0.0), float(self.screen_info.height)))

    def selection(self) -> Rect | None:
        """The device-pixel rectangle of the grab the rubber band covers now."""
        if self.anchor is None or self.current is None:
            return None
        info = self.screen_info
        region = (self.anchor.x() + info.x, self.anchor.y() + info.y, self.current.x() + info.x,
                  self.current.y() + info.y)
        return region_to_device(region, info, (self.shot.image.width(), self.shot.image.height()))

    def whole_screen(self) -> Rect:
        return Rect(0, 0, self.shot.image.width(), self.shot.image.height())

    def _logical(self, rect: Rect) -> QRectF:
        scale = self.screen_info.scale
        return QRectF(rect.x / scale, rect.y / scale, rect.width / scale, rect.height / scale)

    def clear(self) -> None:
        self.anchor = self.current = None
        self.update()

    # -- input

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.RightButton:
            self.cancelled.emit()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self.anchor = self.current = self._clamped(event.position())
            self.hint_visible = False
            self.drag_started.emit()
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.anchor is not None:
            self.current = self._clamped(event.position())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.anchor is None:
            return
        self.current = self._clamped(event.position())
        rect = self.selection()
        if rect is not None and rect.width >= MIN_SIZE and rect.height >= MIN_SIZE:
            self.accepted.emit(Selection(self.screen_info, rect))
        else:
            self.clear()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.accepted.emit(Selection(self.screen_info, self.whole_screen()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            rect = self.selection()
            self.accepted.emit(Selection(self.screen_info, rect if rect is not None else self.whole_screen()))
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)

    # -- painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        image = self.shot.image
        painter.drawImage(self._logical(self.whole_screen()), image)
        painter.fillRect(self.rect(), DIM)
        rect = self.selection()
        if rect is not None:
            target = self._logical(rect)
            painter.drawImage(target, image, QRectF(rect.x, rect.y, rect.width, rect.height))
            pen = QPen(BAND, 2)  # device pixels, just outside the selection: it never hides a captured pixel
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            outside = 1.0 / max(painter.device().devicePixelRatioF(), 1.0)
            painter.drawRect(target.adjusted(-outside, -outside, outside, outside))
            self._label(painter, f"{rect.width} × {rect.height} px", target)
        elif self.hint_visible:
            self._label(painter, HINT, None)
        painter.end()

    def _label(self, painter: QPainter, text: str, near: QRectF | None) -> None:
        """A small dark label: the live size below (or above) the selection, or the hint at the top."""
        font = QFont(painter.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.0))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        box = QRectF(0, 0, metrics.horizontalAdvance(text) + 16, metrics.height() + 8)
        if near is None:
            box.moveTo((self.width() - box.width()) / 2, 24)
        else:
            below, above = near.bottom() + 6, max(near.top() - box.height() - 6, 0)
            box.moveTo(near.left(), below if below + box.height() <= self.height() else above)
            box.moveLeft(min(max(box.left(), 0), max(self.width() - box.width(), 0)))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(17, 24, 39, 220))
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(QColor("white"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


class RegionSelector(QObject):
    """The overlays of all screens, as one selection: a drag on one clears the others, Esc on any
    cancels, and the first accepted rectangle is cropped from its screen's grab and reported."""

    selected = Signal(bytes, object)  # PNG of the selection at device resolution, Selection
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, shots: Sequence[ScreenShot], parent: QObject | None = None) -> None:
        super().__init__(parent)
        if not shots:
            raise ValueError("a region is selected on at least one screen's grab")
        self.overlays = [ScreenOverlay(shot) for shot in shots]
        self.finished = False
        self.keyboard: ScreenOverlay | None = None
        for overlay in self.overlays:
            overlay.accepted.connect(self._accept)
            overlay.cancelled.connect(self._cancel)
            overlay.closed.connect(self._cancel)  # a no-op once finished
            overlay.drag_started.connect(lambda source=overlay: self._clear_others(source))

    def start(self) -> None:
        """Show every overlay and give the one under the pointer the keyboard."""
        for overlay in self.overlays:
            overlay.show()
        focus = _pointer_overlay(self.overlays)
        if focus is not None:
            focus.activateWindow()
            focus.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
            if QGuiApplication.platformName() == "xcb":  # unmanaged windows get keys only by a grab
                focus.grabKeyboard()
                self.keyboard = focus

    def close(self) -> None:
        self.finished = True
        if self.keyboard is not None:
            self.keyboard.releaseKeyboard()
            self.keyboard = None
        for overlay in self.overlays:
            overlay.close()
            overlay.deleteLater()
        self.overlays = []

    def _clear_others(self, source: ScreenOverlay) -> None:
        for overlay in self.overlays:
            if overlay is not source:
                overlay.clear()
                overlay.hint_visible = False

    def _accept(self, selection: Selection) -> None:
        if self.finished:
            return
        shot = next(o.shot for o in self.overlays if o.screen_info == selection.screen)
        try:
            data = crop_png(shot.image, selection.rect)
        except AttestError as error:  # a slot must not raise: the overlays would stay up, Attest hidden
            self.close()
            self.failed.emit(str(error))
            return
        self.close()
        self.selected.emit(data, selection)

    def _cancel(self) -> None:
        if self.finished:
            return
        self.close()
        self.cancelled.emit()


def _qt_screen(info: ScreenInfo) -> QScreen | None:
    """The Qt screen the grab came from (same name and rectangle), if this is a real one."""
    for screen in QGuiApplication.screens():
        geometry = screen.geometry()
        if screen.name() == info.name and (geometry.x(), geometry.y(), geometry.width(), geometry.height()) == (
                info.x, info.y, info.width, info.height):
            return screen
    return None


def _pointer_overlay(overlays: Sequence[ScreenOverlay]) -> ScreenOverlay | None:
    position = QCursor.pos()
    for overlay in overlays:
        if overlay.geometry().contains(position):
            return overlay
    return overlays[0] if overlays else None
