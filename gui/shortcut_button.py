"""A button with its keyboard shortcut, for the views that put many of them side by side."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget


def shortcut_button(view: QWidget, text: str, key: str, tip: str, slot: Callable[[], object]) -> QPushButton:
    """A button whose shortcut is a QAction on ``view``, working anywhere inside it: a button's own
    shortcut fires only after an animation delay, and only while the button is enabled. The action is
    the button's ``action`` property, so both are enabled and disabled together."""
    action = QAction(text, view)
    action.setShortcut(QKeySequence(key))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    view.addAction(action)
    button = QPushButton(text)
    button.setToolTip(tip)
    button.clicked.connect(action.trigger)
    button.setProperty("action", action)
    return button
