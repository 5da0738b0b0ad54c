"""An image fitted to a widget, with drags and clicks reported in the image's own pixels.

Masks and annotations are stored in image pixels whatever size the tester's window is, so every
mouse position is mapped back through the same fit (scale and centring offset) that drew the image.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

Box = tuple[int, int, int, int]  # x0, y0, x1, y1 in image pixels, x1/y1 exclusive
DRAG_MIN = 4  # widget pixels: less than this is a click, not a drag


class ImageView(QWidget):
    """Shows ``image`` fitted (never enlarged past 100 %), centred; emits ``dragged`` with the box the
    tester dragged and ``clicked`` with the pixel clicked, both in image pixels."""

    dragged = Signal(tuple)
    clicked = Signal(int, int)

    def __init__(self, image: QImage | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = image or QImage()
        self.overlay_boxes: list[tuple[Box, QColor, str]] = []  # outlined boxes with a label (mask numbers)
        self.selected: int | None = None
        self._press: QPoint | None = None
        self._now: QPoint | None = None
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(False)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def set_image(self, image: QImage) -> None:
        self.image = image
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(960, 600)

    # -- the fit

    def scale(self) -> float:
        if self.image.isNull():
            return 1.0
        return min(1.0, self.width() / self.image.width(), self.height() / self.image.height())

    def target(self) -> QRectF:
        """Where the image is drawn, in widget coordinates."""
        s = self.scale()
        w, h = self.image.width() * s, self.image.height() * s
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def to_image(self, point: QPointF | QPoint) -> tuple[int, int]:
        """The image pixel under a widget point, clamped to the image."""
        target, s = self.target(), self.scale()
        x = int((point.x() - target.x()) / s)
        y = int((point.y() - target.y()) / s)
        return max(0, min(self.image.width(), x)), max(0, min(self.image.height(), y))

    def to_widget(self, box: Box) -> QRectF:
        target, s = self.target(), self.scale()
        x0, y0, x1, y1 = box
        return QRectF(target.x() + x0 * s, target.y() + y0 * s, (x1 - x0) * s, (y1 - y0) * s)

    # -- painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#374151"))
        if self.image.isNull():
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(self.target(), self.image)
        for number, (box, colour, label) in enumerate(self.overlay_boxes):
            rect = self.to_widget(box)
            pen = QPen(colour, 3 if number == self.selected else 2)
            if number != self.selected:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(-2, -2, 2, 2))
            if label:
                tag = QRectF(rect.x() - 2, rect.y() - 22, max(22.0, 9.0 * len(label) + 10), 20)
                painter.fillRect(tag, colour)
                painter.setPen(QColor("white"))
                painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, label)
        if self._press is not None and self._now is not None:
            painter.setPen(QPen(QColor("#22d3ee"), 2, Qt.PenStyle.DashLine))
            painter.fillRect(QRect(self._press, self._now).normalized(), QColor(0, 0, 0, 140))
            painter.drawRect(QRect(self._press, self._now).normalized())

    # -- the mouse

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = self._now = event.position().toPoint()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None:
            self._now = event.position().toPoint()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        start, end = self._press, event.position().toPoint()
        self._press = self._now = None
        self.update()
        if abs(end.x() - start.x()) < DRAG_MIN and abs(end.y() - start.y()) < DRAG_MIN:
            self.clicked.emit(*self.to_image(end))
            return
        (x0, y0), (x1, y1) = self.to_image(start), self.to_image(end)
        self.dragged.emit((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
