"""Reviewing a capture's masks: add one by dragging, remove one (with a reason) by selecting it.

The dialog only shows and asks. Each change is made by its owner (the step runner) in the
background through ``capture.masks``, which leak-scans the result; the dialog is then told the new
image and masks, or why the change was refused. So the same dialog serves a capture still waiting
beside its step and a recorded item, and nothing here can put an unscanned image into evidence.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor, QImage, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from attest.gui.image_view import Box, ImageView

AUTO = QColor("#0891b2")
MANUAL = QColor("#c026d3")


def mask_label(number: int, mask: dict[str, Any]) -> str:
    kind = str(mask.get("kind", "?"))
    detector = str(mask.get("detector", ""))
    if detector == "manual":
        return f"{number}. drawn by hand"
    return f"{number}. {kind} ({detector})" if detector else f"{number}. {kind}"


class MaskEditor(QDialog):
    add_requested = Signal(tuple)
    remove_requested = Signal(int, str)

    def __init__(self, image: bytes, masks: list[dict[str, Any]], *, title: str, removable: str | None = None,
                 ask_reason: Callable[[str], str | None] | None = None, parent: QWidget | None = None) -> None:
        """``removable`` is ``None`` when masks may be removed, else why they may not (no original)."""
        super().__init__(parent)
        self.setWindowTitle(f"Masks – {title}")
        self.removable = removable
        self.ask_reason = ask_reason or self._reason_dialog
        self.masks: list[dict[str, Any]] = []
        self.view = ImageView()
        self.view.dragged.connect(self._dragged)
        self.view.clicked.connect(self._clicked)
        self.list = QListWidget()
        self.list.setMaximumWidth(260)
        self.list.currentRowChanged.connect(self._select)
        self.hint = QLabel("Drag over anything that should not be seen to add a mask. Select a mask and press "
                           "Delete to remove it: a reason is asked, kept in the audit log, and the leak scan must "
                           "pass without it.")
        self.hint.setWordWrap(True)
        if removable is not None:  # said where the tester reads, not only in the disabled button's tooltip
            self.hint.setText("Drag over anything that should not be seen to add a mask. Masks cannot be removed "
                              f"here: {removable[:1].lower()}{removable[1:].rstrip('.')}.")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.hide()
        remove = QAction("Remove selected mask…", self)
        remove.setShortcuts([QKeySequence(Qt.Key.Key_Delete), QKeySequence(Qt.Key.Key_Backspace)])
        remove.triggered.connect(self.remove_selected)
        self.addAction(remove)
        self.remove_button = QPushButton("Remove selected mask… (Del)")
        self.remove_button.setToolTip("Remove the selected mask; a reason is asked and audited (Delete)")
        self.remove_button.clicked.connect(remove.trigger)
        close = QPushButton("Done (Esc)")
        close.setToolTip("Close; every change is already saved (Esc)")
        close.clicked.connect(self.accept)

        side = QVBoxLayout()
        side.addWidget(QLabel("<b>Masks</b>"))
        side.addWidget(self.list, 1)
        side.addWidget(self.remove_button)
        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        body.addLayout(side)
        foot = QHBoxLayout()
        foot.addWidget(self.busy)
        foot.addWidget(self.status, 1)
        foot.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(body, 1)
        layout.addLayout(foot)
        self.resize(1200, 780)
        self.show_state(image, masks)

    # -- told by the owner

    def show_state(self, image: bytes, masks: list[dict[str, Any]], message: str = "") -> None:
        self.view.set_image(QImage.fromData(image))
        self.masks = [m for m in masks if "box" in m]
        self.view.overlay_boxes = [(_box(m), MANUAL if m.get("detector") == "manual" else AUTO, str(n))
                                   for n, m in enumerate(self.masks, start=1)]
        self.list.clear()
        self.list.addItems([mask_label(n, m) for n, m in enumerate(self.masks, start=1)])
        self.view.selected = None
        self.set_busy(False)
        self.status.setText(message or f"{len(self.masks)} mask{'s' if len(self.masks) != 1 else ''}")

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.status.setText(f"<span style='color:#b91c1c'>{text}</span>")

    def set_busy(self, busy: bool, what: str = "") -> None:
        self.busy.setVisible(busy)
        self.view.setEnabled(not busy)
        self.remove_button.setEnabled(not busy and self.removable is None)
        self.remove_button.setToolTip(self.removable or "Remove the selected mask; a reason is asked and audited (Delete)")
        if busy:
            self.status.setText(what)

    # -- the tester

    def _dragged(self, box: tuple[int, int, int, int]) -> None:
        self.set_busy(True, "Painting the mask and checking the image with the leak scan…")
        self.add_requested.emit(box)

    def _clicked(self, x: int, y: int) -> None:
        hits = [n for n, m in enumerate(self.masks) if _inside(_box(m), x, y)]
        self.list.setCurrentRow(hits[-1] if hits else -1)

    def _select(self, row: int) -> None:
        self.view.selected = row if row >= 0 else None
        self.view.update()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if self.busy.isVisible():
            return
        if self.removable is not None:
            self.show_error(self.removable)
            return
        if row < 0:
            self.show_error("Select a mask first (click it, or choose it in the list)")
            return
        reason = self.ask_reason(f"Why should mask {mask_label(row + 1, self.masks[row])} be removed? "
                                 "The reason is kept in the audit log")
        if not reason or not reason.strip():
            self.show_error("Not removed: removing a mask needs a reason")
            return
        self.set_busy(True, "Painting the other masks on the original and checking it with the leak scan…")
        self.remove_requested.emit(row, reason.strip())

    def _reason_dialog(self, question: str) -> str | None:
        text, ok = QInputDialog.getText(self, "Remove a mask", question)
        return text if ok else None


def _box(mask: dict[str, Any]) -> Box:
    x0, y0, x1, y1 = (int(v) for v in mask["box"])
    return x0, y0, x1, y1


def _inside(box: Box, x: int, y: int) -> bool:
    return box[0] <= x < box[2] and box[1] <= y < box[3]
