"""The annotator: arrows, boxes, highlights, text labels, numbered callouts and a crop on a screenshot.

Annotations are data (``core.annotations``): the dialog takes the redacted image and the item's
annotations and hands back a new tuple; the image itself is never changed, and the dialog never
touches the workspace, so it serves a capture still waiting beside its step as well as a recorded
evidence item.

"Drawn identically in the app and in the pack": the picture on the canvas is the one
``templates.annotate.draw`` makes, the function the pack builder draws with, redrawn after every
change. Only what is being dragged (the rubber band), the selection outline and the crop frame are
painted by Qt, over the picture, as editing aids. Coordinates are always pixels of the whole
screenshot, whatever the zoom and whether a crop is shown, which is what the pack and
``attest evidence annotate`` expect.

Every change goes through a ``QUndoStack`` as a swap of the whole (immutable) tuple, so undo and
redo are exact and cheap.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QIcon,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from attest.core.annotations import DEFAULT_COLOUR, Annotation, crop_of
from attest.templates import annotate

Shapes = tuple[Annotation, ...]
MAX_FIT_ZOOM = 2.0  # as the pack: a small crop blown up further is only a blur
DRAG_THRESHOLD = 3  # screen pixels a press must move before it draws: a click is not a 1-pixel box


@dataclass(frozen=True)
class Tool:
    """A drawing tool: the annotation type it makes, its single-key shortcut and how it is used."""

    kind: str
    label: str
    key: str
    how: str

    @property
    def drags(self) -> bool:
        return self.kind not in ("text", "callout")


TOOLS = (
    Tool("arrow", "Arrow", "A", "drag from where the label would go to the thing it points at"),
    Tool("box", "Box", "B", "drag a rectangle round what matters"),
    Tool("highlight", "Highlight", "H", "drag over text to mark it in translucent yellow"),
    Tool("text", "Text", "T", "click where the label goes, type it, press Enter (Esc cancels)"),
    Tool("callout", "Callout", "C", "click to place the next numbered marker: 1, 2, 3…"),
    Tool("crop", "Crop", "X", "drag the part of the screenshot the pack shows; the whole screenshot is shown "
                              "while this tool is chosen (to remove a crop, select it in the list and press Del)"),
)
TOOL = {t.kind: t for t in TOOLS}
# a few fixed colours that read on light and dark screens; red first, the default of the pack
COLOURS = (("Red", DEFAULT_COLOUR), ("Blue", "#2563eb"), ("Green", "#15803d"), ("Orange", "#ea580c"),
           ("Black", "#111827"))
LABELLED = ("box", "arrow", "text", "callout")  # types the pack draws a label for
COLOURED = ("box", "arrow", "text", "callout")  # a highlight is always yellow; a crop has no colour


def describe(a: Annotation) -> str:
    """One line for the list beside the canvas."""
    label = f" “{a.text}”" if a.text else ""
    if a.type == "box":
        return f"Box {a['w']}×{a['h']} at {a['x']},{a['y']}{label}"
    if a.type == "highlight":
        return f"Highlight {a['w']}×{a['h']} at {a['x']},{a['y']}"
    if a.type == "arrow":
        return f"Arrow to {a['x2']},{a['y2']}{label}"
    if a.type == "text":
        return f"Text{label} at {a['x']},{a['y']}"
    if a.type == "callout":
        return f"Callout {a['number']}{label}"
    if a.type == "crop":
        return f"Crop {a['w']}×{a['h']} at {a['x']},{a['y']}"
    return a.type


def _qimage(image: Image.Image) -> QImage:
    """An RGB Pillow image as a QImage owning its own copy of the pixels."""
    data = image.tobytes("raw", "RGB")
    return QImage(data, image.width, image.height, 3 * image.width, QImage.Format.Format_RGB888).copy()


class _Change(QUndoCommand):
    """One edit: the whole tuple before and after. Tuples are immutable, so this is exact."""

    def __init__(self, apply: Callable[[Shapes], None], before: Shapes, after: Shapes, text: str) -> None:
        super().__init__(text)
        self._apply, self._before, self._after = apply, before, after

    def redo(self) -> None:
        self._apply(self._after)

    def undo(self) -> None:
        self._apply(self._before)


class _LabelEditor(QLineEdit):
    """The small input a text label is typed into, on the canvas where it will be drawn. Enter
    keeps it (and must not also press the dialog's OK), Esc drops it (and must not close the
    dialog), moving the focus away keeps it, as in most drawing tools."""

    def __init__(self, parent: QWidget, text: str, done: Callable[[str], None], closed: Callable[[], None]) -> None:
        super().__init__(text, parent)
        self._done: Callable[[str], None] | None = done
        self._closed = closed
        self.setPlaceholderText("Label, then Enter")
        self.setMinimumWidth(240)
        self.editingFinished.connect(self.finish)

    def finish(self) -> None:
        done, self._done = self._done, None
        if done is not None:
            self._close()
            done(self.text())

    def cancel(self) -> None:
        if self._done is not None:
            self._done = None
            self._close()

    def _close(self) -> None:
        self._closed()
        self.hide()
        self.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish()
            event.accept()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancel()
            event.accept()
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # a click elsewhere in the dialog keeps the label; switching to another window does not end it
        if event.reason() not in (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason):
            self.finish()


class AnnotationCanvas(QWidget):
    """Shows the screenshot as the pack will and turns mouse gestures into image-pixel shapes.

    The picture is redrawn by ``templates.annotate.draw`` only when the annotations change; a drag
    repaints just the rubber band over the cached picture, so drawing stays smooth on a 1080p
    capture. While the crop tool is chosen the whole screenshot is shown (without its crop) so the
    crop can be moved or grown; otherwise exactly the pack's picture, cropped."""

    def __init__(self, image: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Plain callbacks rather than Qt signals: PySide6 6.12's SignalInstance.emit() returns True
        # without taking a reference to it, so every emit from Python drains True's reference count
        # until the interpreter aborts; hovering alone would emit on every mouse move.
        # on_drag gets a rectangle (x0, y0, x1, y1) or an arrow (tail x, y, head x, y) in image pixels.
        self.on_drag: Callable[[str, tuple[int, int, int, int]], None] = lambda kind, coords: None
        self.on_click: Callable[[str, int, int], None] = lambda kind, x, y: None
        self.on_hover: Callable[[int, int], None] = lambda x, y: None
        self.on_shown_size: Callable[[], None] = lambda: None
        self.on_zoom: Callable[[], None] = lambda: None
        with Image.open(io.BytesIO(image)) as original:
            self._base = annotate.decoded(original)  # decoded once; each redraw draws on a copy
        self.tool = "box"
        self.colour = DEFAULT_COLOUR
        self.selected: Annotation | None = None
        self._shapes: Shapes = ()
        self._cropping = False
        self._origin = (0, 0)  # the screenshot pixel at the shown picture's top left (a crop's corner)
        self._shown = QImage()
        self._scaled: QPixmap | None = None
        self._zoom = 1.0
        self._press: QPointF | None = None
        self._drag: QPointF | None = None
        self._editor: _LabelEditor | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # a click elsewhere ends a label being typed
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._redraw()

    # -- what is shown ------------------------------------------------------------------------------

    @property
    def image_size(self) -> tuple[int, int]:
        return self._base.size

    @property
    def zoom(self) -> float:
        return self._zoom

    def shown_image(self) -> QImage:
        """The picture on the canvas at 100 %, without editing aids: the pack's picture (or, while
        cropping, the pack's picture before its crop)."""
        return self._shown

    def set_annotations(self, shapes: Shapes) -> None:
        self._shapes = shapes
        if self.selected is not None and self.selected not in shapes:
            self.selected = None
        self._redraw()

    def set_cropping(self, cropping: bool) -> None:
        if cropping != self._cropping:
            self._cropping = cropping
            self._redraw()

    def set_zoom(self, zoom: float) -> None:
        self._zoom = zoom
        self._scaled = None
        width, height = self._shown.width(), self._shown.height()
        self.setFixedSize(max(1, round(width * zoom)), max(1, round(height * zoom)))
        self.update()
        self.on_zoom()

    def _redraw(self) -> None:
        shapes = tuple(a for a in self._shapes if a.type != "crop") if self._cropping else self._shapes
        drawn = annotate.draw(self._base.copy(), shapes) if shapes else self._base
        area = annotate.crop_area(shapes, self._base.size)
        self._origin = (area[0], area[1]) if area else (0, 0)
        before = self._shown.size()
        self._shown = _qimage(drawn)
        self.set_zoom(self._zoom)
        if self._shown.size() != before:
            self.on_shown_size()

    # -- mapping between the widget and the screenshot ---------------------------------------------

    def _scale(self) -> tuple[float, float]:
        """Widget pixels per image pixel, from the sizes actually used (rounding included)."""
        return self.width() / self._shown.width(), self.height() / self._shown.height()

    def to_image(self, pos: QPointF) -> tuple[float, float]:
        sx, sy = self._scale()
        return self._origin[0] + pos.x() / sx, self._origin[1] + pos.y() / sy

    def to_widget(self, x: float, y: float) -> QPointF:
        sx, sy = self._scale()
        return QPointF((x - self._origin[0]) * sx, (y - self._origin[1]) * sy)

    def _pixel(self, pos: QPointF) -> tuple[int, int]:
        """The image pixel under a point, kept on the picture shown."""
        x, y = self.to_image(pos)
        ox, oy = self._origin
        return (min(max(math.floor(x), ox), ox + self._shown.width() - 1),
                min(max(math.floor(y), oy), oy + self._shown.height() - 1))

    def _edge(self, pos: QPointF) -> tuple[int, int]:
        """The pixel edge nearest a point, kept on the picture shown: a rectangle dragged to the
        right-hand edge of the picture reaches it exactly."""
        x, y = self.to_image(pos)
        ox, oy = self._origin
        return (min(max(round(x), ox), ox + self._shown.width()),
                min(max(round(y), oy), oy + self._shown.height()))

    # -- gestures ------------------------------------------------------------------------------------

    @property
    def dragging(self) -> bool:
        return self._press is not None

    def cancel_drag(self) -> bool:
        """Drop a drag in progress (Esc); True if there was one."""
        if self._press is None:
            return False
        self._press = self._drag = None
        self.update()
        return True

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position()
        if TOOL[self.tool].drags:
            self._press = self._drag = pos
            self.update()
        else:
            x, y = self._pixel(pos)
            self.on_click(self.tool, x, y)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        x, y = self._pixel(pos)
        self.on_hover(x, y)
        if self._press is not None:
            self._drag = pos
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return super().mouseReleaseEvent(event)
        start, end = self._press, event.position()
        self._press = self._drag = None
        self.update()
        moved = max(abs(end.x() - start.x()), abs(end.y() - start.y()))
        if moved < DRAG_THRESHOLD:
            return  # a click: nothing to draw
        if self.tool == "arrow":
            self.on_drag(self.tool, (*self._pixel(start), *self._pixel(end)))
        else:
            (x0, y0), (x1, y1) = self._edge(start), self._edge(end)
            if x0 != x1 and y0 != y1:
                self.on_drag(self.tool, (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))

    # -- typing a label ------------------------------------------------------------------------------

    @property
    def editing(self) -> bool:
        return self._editor is not None

    @property
    def label_editor(self) -> QLineEdit | None:
        """The label input while one is open."""
        return self._editor

    def edit_label(self, x: int, y: int, text: str, done: Callable[[str], None]) -> _LabelEditor:
        """Open the label input at image pixel (x, y); ``done`` gets the text when it is kept."""
        self.finish_label()

        def closed() -> None:
            if self._editor is editor:
                self._editor = None

        editor = _LabelEditor(self, text, done, closed)
        editor.setStyleSheet(f"QLineEdit {{ border: 2px solid {self.colour}; padding: 2px; background: white; "
                             "color: black; }")
        at = self.to_widget(x, y)
        editor.adjustSize()
        editor.move(int(min(at.x(), max(0, self.width() - editor.width()))),
                    int(min(at.y(), max(0, self.height() - editor.height()))))
        editor.show()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self._editor = editor
        return editor

    def finish_label(self) -> None:
        """Keep a label being typed (before OK, or before another is started)."""
        if self._editor is not None:
            self._editor.finish()

    def cancel_label(self) -> bool:
        if self._editor is None:
            return False
        self._editor.cancel()
        return True

    # -- painting ------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self.size() == self._shown.size():
            painter.drawImage(0, 0, self._shown)  # 100 %: the very pixels, no resampling
        else:
            if self._scaled is None:
                ratio = self.devicePixelRatioF()
                target = QSize(round(self.width() * ratio), round(self.height() * ratio))
                self._scaled = QPixmap.fromImage(self._shown.scaled(
                    target, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation))
                self._scaled.setDevicePixelRatio(ratio)
            painter.drawPixmap(0, 0, self._scaled)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._cropping:
            self._paint_crop_frame(painter)
        if self.selected is not None:
            self._paint_selection(painter, self.selected)
        if self._press is not None and self._drag is not None:
            self._paint_rubber_band(painter, self._press, self._drag)
        painter.end()

    def _paint_crop_frame(self, painter: QPainter) -> None:
        """While cropping: the area outside the crop (the one set, or the one being dragged) dimmed."""
        if self._press is not None and self._drag is not None and self.tool == "crop":
            frame = QRectF(self._press, self._drag).normalized()
        else:
            crop = crop_of(self._shapes)
            if crop is None:
                return
            frame = QRectF(self.to_widget(crop["x"], crop["y"]),
                           self.to_widget(crop["x"] + crop["w"], crop["y"] + crop["h"]))
        outside = QPainterPath()
        outside.addRect(QRectF(self.rect()))
        inside = QPainterPath()
        inside.addRect(frame)
        painter.fillPath(outside.subtracted(inside), QColor(0, 0, 0, 110))
        painter.setPen(QPen(QColor("white"), 1, Qt.PenStyle.DashLine))
        painter.drawRect(frame)

    def _paint_selection(self, painter: QPainter, a: Annotation) -> None:
        painter.setPen(QPen(QColor("#0ea5e9"), 2, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if a.type in ("box", "highlight", "crop"):
            rect = QRectF(self.to_widget(a["x"], a["y"]), self.to_widget(a["x"] + a["w"], a["y"] + a["h"]))
            painter.drawRect(rect.adjusted(-4, -4, 4, 4))
        elif a.type == "arrow":
            rect = QRectF(self.to_widget(a["x1"], a["y1"]), self.to_widget(a["x2"], a["y2"])).normalized()
            painter.drawRect(rect.adjusted(-6, -6, 6, 6))
        else:  # a point: the label's corner or the callout's centre
            painter.drawEllipse(self.to_widget(a["x"], a["y"]), 16, 16)

    def _paint_rubber_band(self, painter: QPainter, start: QPointF, end: QPointF) -> None:
        colour = QColor(self.colour)
        if self.tool == "arrow":
            painter.setPen(QPen(colour, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawLine(start, end)
            angle = math.atan2(end.y() - start.y(), end.x() - start.x())
            head = QPolygonF([end] + [QPointF(end.x() - 15 * math.cos(angle + turn),
                                              end.y() - 15 * math.sin(angle + turn)) for turn in (-0.45, 0.45)])
            painter.setBrush(QBrush(colour))
            painter.drawPolygon(head)
            return
        rect = QRectF(start, end).normalized()
        if self.tool == "highlight":
            painter.fillRect(rect, QColor(*annotate.HIGHLIGHT))
        elif self.tool == "box":
            painter.setPen(QPen(colour, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)


class _Viewport(QScrollArea):
    """Holds the canvas: fitted to the window (never past 200 %), or at a fixed zoom with scrolling."""

    def __init__(self, canvas: AnnotationCanvas) -> None:
        super().__init__()
        self.canvas = canvas
        self.fit = True
        self.setWidget(canvas)
        self.setWidgetResizable(False)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setBackgroundRole(QPalette.ColorRole.Dark)
        self.setFrameShape(QFrame.Shape.NoFrame)
        canvas.on_shown_size = self.refit
        self._policy()

    def set_fit(self, fit: bool, zoom: float = 1.0) -> None:
        self.fit = fit
        self._policy()
        if fit:
            self.refit()
        else:
            self.canvas.set_zoom(zoom)

    def _policy(self) -> None:
        policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOff if self.fit else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        self.setHorizontalScrollBarPolicy(policy)
        self.setVerticalScrollBarPolicy(policy)

    def refit(self) -> None:
        if not self.fit:
            return
        shown = self.canvas.shown_image()
        room = self.viewport().size()
        margin = 12
        zoom = min((room.width() - 2 * margin) / shown.width(), (room.height() - 2 * margin) / shown.height(),
                   MAX_FIT_ZOOM)
        self.canvas.set_zoom(max(zoom, 0.05))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refit()


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(18, 18)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def _tool_icon(kind: str) -> QIcon:
    """Small drawn glyphs, so the tools read at a glance (no icon theme is needed on Windows)."""
    pixmap = QPixmap(22, 22)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = QColor("#1f2937")
    p.setPen(QPen(ink, 2))
    if kind == "arrow":
        p.drawLine(QPointF(4, 18), QPointF(17, 5))
        p.setBrush(ink)
        p.drawPolygon(QPolygonF([QPointF(18, 4), QPointF(10, 6), QPointF(16, 12)]))
    elif kind == "box":
        p.drawRect(QRectF(3, 5, 16, 12))
    elif kind == "highlight":
        p.fillRect(QRectF(2, 7, 18, 9), QColor(255, 230, 0))
        p.drawLine(QPointF(4, 12), QPointF(18, 12))
    elif kind == "text":
        font = QFont()
        font.setPixelSize(17)
        font.setBold(True)
        p.setFont(font)
        p.drawText(QRectF(0, 0, 22, 22), Qt.AlignmentFlag.AlignCenter, "T")
    elif kind == "callout":
        p.setBrush(QColor(DEFAULT_COLOUR))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(QRectF(2, 2, 18, 18))
        p.setPen(QColor("white"))
        font = QFont()
        font.setPixelSize(12)
        font.setBold(True)
        p.setFont(font)
        p.drawText(QRectF(2, 2, 18, 18), Qt.AlignmentFlag.AlignCenter, "1")
    elif kind == "crop":
        p.drawPolyline(QPolygonF([QPointF(6, 1), QPointF(6, 16), QPointF(21, 16)]))
        p.drawPolyline(QPolygonF([QPointF(1, 6), QPointF(16, 6), QPointF(16, 21)]))
    p.end()
    return QIcon(pixmap)


class AnnotatorDialog(QDialog):
    """Annotate one redacted screenshot; ``annotations()`` is the result.

    ``clean_text`` is applied to every label as it is typed, before it is drawn: the caller passes the
    register's redaction (as ``attest evidence annotate`` does with its labels) so the tester sees
    exactly the label the pack will hold. ``confirm_discard`` is asked before edits are thrown away
    by Cancel or Esc (tests answer it; the default asks the tester)."""

    def __init__(self, image: bytes, annotations: Shapes = (), parent: QWidget | None = None, *,
                 title: str = "", clean_text: Callable[[str], str] | None = None,
                 confirm_discard: Callable[[int], bool] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Annotate – {title}" if title else "Annotate screenshot")
        self._original: Shapes = tuple(annotations)
        self._shapes: Shapes = self._original
        self._clean = clean_text or (lambda text: text)
        self._confirm_discard = confirm_discard or self._ask_discard
        self.undo_stack = QUndoStack(self)
        self.canvas = AnnotationCanvas(image)
        self.viewport = _Viewport(self.canvas)
        self.list = QListWidget()
        self.list.setIconSize(QSize(16, 16))
        self.status = QLabel()
        self.position = QLabel()
        self.tool_actions: dict[str, QAction] = {}
        self.colour_buttons: dict[str, QToolButton] = {}
        self._previous_tool = "box"

        self.canvas.on_drag = self._dragged
        self.canvas.on_click = self._clicked
        self.canvas.on_hover = self._hovered
        self.canvas.on_zoom = lambda: self._hovered(None, None)
        self._plain_icons = {"highlight": _swatch("#ffe600"), "crop": _tool_icon("crop")}
        self.list.currentRowChanged.connect(self._row_changed)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_label())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self._toolbar())
        splitter = QSplitter()
        splitter.addWidget(self.viewport)
        splitter.addWidget(self._side_panel())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setCollapsible(0, False)
        splitter.setSizes([1000, 260])
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.position)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        self._apply(self._shapes)
        self.set_tool("box")
        self._size_to_screen()

    # -- the result ------------------------------------------------------------------------------------

    def annotations(self) -> Shapes:
        """The annotations as drawn now: after OK the ones to save; after Cancel the ones given."""
        return self._shapes

    def changed(self) -> bool:
        return self._shapes != self._original

    @classmethod
    def edit(cls, image: bytes, annotations: Shapes, parent: QWidget | None = None, *, title: str = "",
             clean_text: Callable[[str], str] | None = None) -> Shapes | None:
        """Open the dialog modally: the new annotations, or None if cancelled or unchanged."""
        dialog = cls(image, annotations, parent, title=title, clean_text=clean_text)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.changed():
            return dialog.annotations()
        return None

    # -- layout ----------------------------------------------------------------------------------------

    def _toolbar(self) -> QToolBar:
        bar = QToolBar()
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setIconSize(QSize(22, 22))
        tools = QActionGroup(self)
        for tool in TOOLS:
            action = QAction(_tool_icon(tool.kind), f"{tool.label} ({tool.key})", self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(tool.key))
            action.setToolTip(f"{tool.label} ({tool.key}): {tool.how}")
            action.triggered.connect(lambda _checked=False, kind=tool.kind: self.set_tool(kind))
            tools.addAction(action)
            bar.addAction(action)
            self.tool_actions[tool.kind] = action
        bar.addSeparator()
        for name, colour in COLOURS:
            button = QToolButton()
            button.setIcon(_swatch(colour))
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.setToolTip(f"{name}{' (default)' if colour == DEFAULT_COLOUR else ''}: the colour of new "
                              "shapes, and of the one selected in the list")
            button.setAccessibleName(name)
            button.clicked.connect(lambda _checked=False, c=colour: self.set_colour(c))
            bar.addWidget(button)
            self.colour_buttons[colour] = button
        self.colour_buttons[DEFAULT_COLOUR].setChecked(True)
        bar.addSeparator()
        self.undo_action = QAction("Undo", self)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.redo_action = QAction("Redo", self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.undo_stack.redo)
        for action in (self.undo_action, self.redo_action):
            action.setEnabled(False)
            bar.addAction(action)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(
            lambda text: self.undo_action.setToolTip(f"Undo {text} (Ctrl+Z)" if text else "Undo (Ctrl+Z)"))
        self.undo_stack.redoTextChanged.connect(
            lambda text: self.redo_action.setToolTip(f"Redo {text} (Ctrl+Shift+Z or Ctrl+Y)" if text
                                                     else "Redo (Ctrl+Shift+Z or Ctrl+Y)"))
        bar.addSeparator()
        zoom = QActionGroup(self)
        self.fit_action = QAction("Fit", self)
        self.fit_action.setShortcut(QKeySequence("Ctrl+0"))
        self.fit_action.setToolTip("Fit the screenshot to the window (Ctrl+0)")
        self.actual_action = QAction("100%", self)
        self.actual_action.setShortcut(QKeySequence("Ctrl+1"))
        self.actual_action.setToolTip("Show the screenshot pixel for pixel, scrolling if need be (Ctrl+1)")
        for action, fit in ((self.fit_action, True), (self.actual_action, False)):
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, f=fit: self.viewport.set_fit(f))
            zoom.addAction(action)
            bar.addAction(action)
        self.fit_action.setChecked(True)
        return bar

    def _side_panel(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(6, 0, 0, 0)
        column.addWidget(QLabel("Annotations (drawn in this order)"))
        column.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.label_button = QPushButton("Edit label (F2)")
        self.label_button.setToolTip("Change the label of the shape selected in the list (F2, or double-click it)")
        self.label_button.clicked.connect(self.edit_label)
        self.delete_button = QPushButton("Delete (Del)")
        self.delete_button.setToolTip("Remove the shape selected in the list, or the last one drawn (Del)")
        self.delete_button.clicked.connect(self.delete)
        for button in (self.label_button, self.delete_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        column.addLayout(buttons)
        note = QLabel("The picture is drawn exactly as the evidence pack will show it. The screenshot itself "
                      "is never changed: these shapes are kept beside it.")
        note.setWordWrap(True)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        column.addWidget(note)
        delete = QAction(self)
        delete.setShortcuts([QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence(Qt.Key.Key_Backspace)])
        delete.triggered.connect(self.delete)
        rename = QAction(self)
        rename.setShortcut(QKeySequence(Qt.Key.Key_F2))
        rename.triggered.connect(self.edit_label)
        self.addActions([delete, rename])
        panel.setMinimumWidth(220)
        return panel

    def _size_to_screen(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is None or screen.width() < 200:
            self.resize(1280, 800)
            return
        self.resize(min(1600, int(screen.width() * 0.9)), min(1000, int(screen.height() * 0.9)))

    # -- tools and colours -------------------------------------------------------------------------------

    def set_tool(self, kind: str) -> None:
        """Choose a tool (toolbar, its key, or tests). Choosing the crop tool shows the whole screenshot."""
        self.canvas.cancel_drag()
        if kind != "crop":
            self._previous_tool = kind
        self.canvas.tool = kind
        self.canvas.set_cropping(kind == "crop")
        self.tool_actions[kind].setChecked(True)
        tool = TOOL[kind]
        self.status.setText(f"{tool.label} ({tool.key}): {tool.how}.   Ctrl+Z undoes.")

    def _hovered(self, x: int | None, y: int | None) -> None:
        """The zoom and the image pixel under the mouse, for placing shapes to the pixel."""
        where = f"   x {x}, y {y}" if x is not None else ""
        self.position.setText(f"{round(self.canvas.zoom * 100)} %{where}")

    def set_colour(self, colour: str) -> None:
        """The colour of new shapes; also recolours the shape selected in the list, if it has a colour."""
        self.canvas.colour = colour
        self.colour_buttons[colour].setChecked(True)
        row = self.list.currentRow()
        if 0 <= row < len(self._shapes):
            old = self._shapes[row]
            if old.type in COLOURED and old.colour != colour:
                self._replace(row, Annotation(old.type, old.coords, old.text, colour), f"Recolour {old.type}")

    # -- editing -------------------------------------------------------------------------------------------

    def _change(self, after: Shapes, text: str) -> None:
        if after != self._shapes:
            self.undo_stack.push(_Change(self._apply, self._shapes, after, text))

    def _apply(self, shapes: Shapes) -> None:
        """Show a tuple of annotations (called by undo commands only, and once at the start)."""
        selected = self.canvas.selected
        self._shapes = shapes
        self.canvas.set_annotations(shapes)
        self.list.blockSignals(True)
        self.list.clear()
        for a in shapes:
            item = QListWidgetItem(describe(a))
            item.setIcon(_swatch(a.colour) if a.type in COLOURED else self._plain_icons[a.type])
            self.list.addItem(item)
        row = next((n for n, a in enumerate(shapes) if a is selected), -1) if selected is not None else -1
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self.canvas.selected = shapes[row] if row >= 0 else None
        self.canvas.update()
        self._update_buttons()

    def _replace(self, row: int, new: Annotation, text: str) -> None:
        self.canvas.selected = new
        self._change(self._shapes[:row] + (new,) + self._shapes[row + 1:], text)

    def _row_changed(self, row: int) -> None:
        self.canvas.selected = self._shapes[row] if 0 <= row < len(self._shapes) else None
        self.canvas.update()
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        selected = self._shapes[row] if 0 <= row < len(self._shapes) else None
        self.label_button.setEnabled(selected is not None and selected.type in LABELLED)
        self.delete_button.setEnabled(bool(self._shapes))

    def _dragged(self, kind: str, coords: tuple[int, int, int, int]) -> None:
        a, b, c, d = coords
        if kind == "arrow":
            self._add(Annotation("arrow", {"x1": a, "y1": b, "x2": c, "y2": d}, colour=self.canvas.colour))
        elif kind == "crop":
            crop = Annotation("crop", {"x": a, "y": b, "w": c - a, "h": d - b})
            had = crop_of(self._shapes) is not None
            self.canvas.selected = None
            self._change(tuple(s for s in self._shapes if s.type != "crop") + (crop,),
                         "Change crop" if had else "Crop")
            self.set_tool(self._previous_tool)  # show the result, as the pack will
        else:
            self._add(Annotation(kind, {"x": a, "y": b, "w": c - a, "h": d - b}, colour=self.canvas.colour))

    def _clicked(self, kind: str, x: int, y: int) -> None:
        if kind == "callout":
            number = max((a["number"] for a in self._shapes if a.type == "callout"), default=0) + 1
            self._add(Annotation("callout", {"x": x, "y": y, "number": number}, colour=self.canvas.colour))
        elif kind == "text":
            colour = self.canvas.colour

            def done(text: str) -> None:
                text = self._clean(text.strip()).strip()
                if text:
                    self._add(Annotation("text", {"x": x, "y": y}, text, colour))

            self.canvas.edit_label(x, y, "", done)

    def _add(self, a: Annotation) -> None:
        self.canvas.selected = None
        self._change(self._shapes + (a,), f"Add {a.type}")
        self.list.scrollToBottom()

    def delete(self) -> None:
        """Remove the shape selected in the list, or else the last one."""
        if not self._shapes:
            return
        row = self.list.currentRow()
        row = row if 0 <= row < len(self._shapes) else len(self._shapes) - 1
        gone = self._shapes[row]
        self.canvas.selected = None
        self._change(self._shapes[:row] + self._shapes[row + 1:], f"Remove {gone.type}")

    def edit_label(self) -> None:
        """Type or change the label of the shape selected in the list, where the pack draws it."""
        row = self.list.currentRow()
        if not 0 <= row < len(self._shapes) or self._shapes[row].type not in LABELLED:
            return
        a = self._shapes[row]
        x, y = {"box": (a.coords.get("x", 0), a.coords.get("y", 0) + a.coords.get("h", 0)),
                "arrow": (a.coords.get("x1", 0), a.coords.get("y1", 0))}.get(a.type, (a.coords.get("x", 0),
                                                                                    a.coords.get("y", 0)))

        def done(text: str) -> None:
            text = self._clean(text.strip()).strip()
            if a.type == "text" and not text:
                return  # a text label without text is no label: Del removes it
            if a in self._shapes and text != a.text:
                self._replace(self._shapes.index(a), Annotation(a.type, a.coords, text, a.colour), "Edit label")

        self.canvas.edit_label(x, y, a.text, done)

    # -- closing ---------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.canvas.cancel_drag():
            event.accept()  # Esc first drops the drag in progress; the next one cancels the dialog
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        self.canvas.finish_label()  # a label still being typed is kept, as a click elsewhere would
        super().accept()

    def reject(self) -> None:
        self.canvas.cancel_label()
        edits = self.undo_stack.index()
        if self.changed() and not self._confirm_discard(edits):
            return
        self._shapes = self._original
        super().reject()

    def _ask_discard(self, edits: int) -> bool:
        answer = QMessageBox.question(
            self, "Discard the changes?",
            f"Close without keeping {edits} change{'s' if edits != 1 else ''} to the annotations?",
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard


__all__ = ["COLOURS", "TOOLS", "AnnotationCanvas", "AnnotatorDialog", "Tool", "describe"]
