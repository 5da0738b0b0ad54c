"""Capturing while another application has focus: a global shortcut, and a tray icon menu.

A tester capturing the system under test has that system in front, not Attest. Where the platform
allows an application a global shortcut (Windows: ``RegisterHotKey``), pressing it asks for a region
capture from anywhere. Elsewhere (X11 has no such permission model and Wayland and macOS restrict
it) the system tray icon is the way in: its menu offers the region, screen and window captures and
brings Attest back. Where neither exists, :attr:`GlobalCapture.status` says so, in words the
settings screen or status bar can show as they are.

The shortcut is written the way Qt writes key sequences ("Ctrl+Shift+F9") and translated to
``MOD_*`` flags and a virtual-key code by :func:`parse_hotkey`, a pure function tested everywhere.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication, QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

DEFAULT_HOTKEY = "Ctrl+Shift+F9"

MOD_ALT, MOD_CONTROL, MOD_SHIFT, MOD_WIN, MOD_NOREPEAT = 0x1, 0x2, 0x4, 0x8, 0x4000
WM_HOTKEY = 0x0312
ERROR_HOTKEY_ALREADY_REGISTERED = 1409

_MODIFIERS = {"ctrl": MOD_CONTROL, "control": MOD_CONTROL, "shift": MOD_SHIFT, "alt": MOD_ALT,
              "meta": MOD_WIN, "win": MOD_WIN, "super": MOD_WIN}
_MODIFIER_NAMES = ((MOD_CONTROL, "Ctrl"), (MOD_ALT, "Alt"), (MOD_SHIFT, "Shift"), (MOD_WIN, "Meta"))
# Keys that type nothing; Windows virtual-key codes (VK_*). Letters and digits are their own ASCII code.
_NAMED_KEYS = {
    "print": (0x2C, "Print"), "printscreen": (0x2C, "Print"), "pause": (0x13, "Pause"),
    "scrolllock": (0x91, "ScrollLock"), "insert": (0x2D, "Ins"), "ins": (0x2D, "Ins"), "delete": (0x2E, "Del"),
    "del": (0x2E, "Del"), "home": (0x24, "Home"), "end": (0x23, "End"), "pgup": (0x21, "PgUp"),
    "pageup": (0x21, "PgUp"), "pgdown": (0x22, "PgDown"), "pagedown": (0x22, "PgDown"),
    "left": (0x25, "Left"), "up": (0x26, "Up"), "right": (0x27, "Right"), "down": (0x28, "Down"),
    "space": (0x20, "Space"), "tab": (0x09, "Tab"), "return": (0x0D, "Return"), "enter": (0x0D, "Return"),
    "backspace": (0x08, "Backspace"), "esc": (0x1B, "Esc"), "escape": (0x1B, "Esc"),
}
# Keys no application types or edits with: the only ones Shift alone may take over everywhere.
_INERT_KEYS = {*range(0x70, 0x70 + 24), 0x2C, 0x13, 0x91}


class HotkeyError(ValueError):
    """A shortcut that cannot be used; the message says why, fit to show as it is."""


@dataclass(frozen=True)
class Hotkey:
    """A shortcut as ``RegisterHotKey`` takes it, and as Qt would write it."""

    modifiers: int  # MOD_* flags
    key: int  # virtual-key code
    text: str  # normalised: "Ctrl+Shift+F9"


def parse_hotkey(text: str) -> Hotkey:
    """``"Ctrl+Shift+F9"`` (Qt's portable text; any case) as MOD_* flags and a virtual-key code.

    A global shortcut takes its key away from every other application, so it needs Ctrl, Alt or Meta
    (the Windows key), unless its key types nothing: F1-F24, Print, Pause and ScrollLock may stand
    alone or with Shift (the rule the settings screen applies, so what it accepts registers here).
    """
    parts = [part.strip() for part in text.strip().split("+")]
    if not all(parts):
        raise HotkeyError(f"{text!r} is not a shortcut: write it as modifiers and a key, e.g. {DEFAULT_HOTKEY}")
    modifiers = 0
    for part in parts[:-1]:
        flag = _MODIFIERS.get(part.lower())
        if flag is None:
            raise HotkeyError(f"{text!r}: {part!r} is not a modifier (Ctrl, Alt, Shift or Meta)")
        if modifiers & flag:
            raise HotkeyError(f"{text!r}: {part} is given twice")
        modifiers |= flag
    key, key_name = _virtual_key(parts[-1], text)
    if not modifiers & (MOD_CONTROL | MOD_ALT | MOD_WIN) and key not in _INERT_KEYS:
        raise HotkeyError(f"{text!r} would take {key_name} away from typing and editing in every other "
                          "application: add Ctrl, Alt or Meta")
    names = [name for flag, name in _MODIFIER_NAMES if modifiers & flag]
    return Hotkey(modifiers, key, "+".join([*names, key_name]))


def _virtual_key(name: str, text: str) -> tuple[int, str]:
    lowered = name.lower()
    if len(name) == 1 and name.isascii() and name.isalnum():
        return ord(name.upper()), name.upper()
    if lowered.startswith("f") and lowered[1:].isdigit() and 1 <= int(lowered[1:]) <= 24:
        number = int(lowered[1:])
        return 0x70 + number - 1, f"F{number}"
    if lowered in _NAMED_KEYS:
        return _NAMED_KEYS[lowered]
    raise HotkeyError(f"{text!r}: {name!r} cannot be a global shortcut key; use a letter, a digit, F1-F24, "
                      "Print, Pause, Insert, Home, End, PgUp, PgDown or an arrow key")


class HotkeyBackend(Protocol):
    def register(self, hotkey: Hotkey, on_press: Callable[[], None]) -> None:
        """Start calling ``on_press`` when the shortcut is pressed anywhere; :class:`HotkeyError` if refused."""
        ...

    def unregister(self) -> None: ...


class WindowsHotkey(QAbstractNativeEventFilter):
    """``RegisterHotKey`` for the GUI thread (no window: ``WM_HOTKEY`` is posted to the thread's
    queue), read back by a native event filter on the application."""

    HOTKEY_ID = 0x4174  # any id in 0x0000-0xBFFF; "At"

    def __init__(self) -> None:
        super().__init__()
        self.on_press: Callable[[], None] | None = None
        self.registered = False

    def register(self, hotkey: Hotkey, on_press: Callable[[], None]) -> None:
        user32 = getattr(ctypes, "WinDLL")("user32", use_last_error=True)  # noqa: B009 - Windows only
        if not user32.RegisterHotKey(None, self.HOTKEY_ID, hotkey.modifiers | MOD_NOREPEAT, hotkey.key):
            error = getattr(ctypes, "get_last_error")()  # noqa: B009 - Windows only
            if error == ERROR_HOTKEY_ALREADY_REGISTERED:
                raise HotkeyError(f"{hotkey.text} is already used by another application: choose another shortcut")
            raise HotkeyError(f"Windows refused {hotkey.text} as a global shortcut (error {error})")
        self.on_press = on_press
        self.registered = True
        app = QCoreApplication.instance()
        if app is not None:
            app.installNativeEventFilter(self)

    def unregister(self) -> None:
        if not self.registered:
            return
        getattr(ctypes, "WinDLL")("user32").UnregisterHotKey(None, self.HOTKEY_ID)  # noqa: B009
        app = QCoreApplication.instance()
        if app is not None:
            app.removeNativeEventFilter(self)
        self.registered = False
        self.on_press = None

    def nativeEventFilter(self, eventType: Any, message: Any) -> tuple[bool, int]:  # noqa: N802, N803 - Qt's names
        """Qt hands thread messages over as "windows_dispatcher_MSG" (documented) or, in some PySide6
        releases, "windows_generic_MSG"; ``message`` is a MSG* (an int or a shiboken VoidPtr)."""
        if bytes(eventType) not in (b"windows_generic_MSG", b"windows_dispatcher_MSG") or self.on_press is None:
            return False, 0
        from ctypes import wintypes

        msg = wintypes.MSG.from_address(int(message))
        if msg.message != WM_HOTKEY or msg.wParam != self.HOTKEY_ID:
            return False, 0
        QTimer.singleShot(0, self.on_press)  # not inside the native event dispatch
        return True, 0


class GlobalCapture(QObject):
    """The global shortcut (where allowed) and the tray icon (where there is a tray). The runner or
    main window connects the signals to its ``CaptureController`` and to showing itself."""

    region_requested = Signal()
    screen_requested = Signal(int)  # 0 = the first screen
    window_requested = Signal()
    show_requested = Signal()

    def __init__(self, hotkey: str | None = DEFAULT_HOTKEY, *, platform: str = sys.platform,
                 backend: HotkeyBackend | None = None, tray_available: Callable[[], bool] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hotkey_text = hotkey
        self.platform = platform
        self.backend = backend if backend is not None else (WindowsHotkey() if platform == "win32" else None)
        self.tray_available = tray_available or QSystemTrayIcon.isSystemTrayAvailable
        self.hotkey: Hotkey | None = None  # set while registered
        self.tray: QSystemTrayIcon | None = None
        self.status = "Global capture is not started"
        self.menu = QMenu()
        self.menu.setTitle("Attest")
        self.screen_menu = QMenu("Capture screen")
        self._build_menu()

    def start(self) -> str:
        """Register the shortcut and show the tray icon where possible; returns :attr:`status`."""
        self.stop()
        hotkey_note = self._register_hotkey()
        tray = self._show_tray()
        if self.hotkey is not None:
            self.status = f"{self.hotkey.text} captures a region from any application"
            if tray:
                self.status += "; the Attest icon in the system tray has the other captures"
        elif tray:
            self.status = (f"{hotkey_note} Use the Attest icon in the system tray to capture while another "
                           "application has focus")
        else:
            self.status = (f"{hotkey_note} There is no system tray either, so capturing from another application "
                           "is not possible here: switch to Attest and use its capture buttons")
        return self.status

    def stop(self) -> None:
        if self.backend is not None and self.hotkey is not None:
            self.backend.unregister()
        self.hotkey = None
        if self.tray is not None:
            self.tray.hide()
            self.tray.deleteLater()
            self.tray = None

    def _register_hotkey(self) -> str:
        """Registers the shortcut; otherwise returns the sentence saying why there is none."""
        if self.backend is None:
            return "Global shortcuts are available on Windows only."
        if not self.hotkey_text:
            return "No global shortcut is set."
        try:
            hotkey = parse_hotkey(self.hotkey_text)
            self.backend.register(hotkey, self.region_requested.emit)
        except HotkeyError as error:
            return f"No global shortcut: {error}."
        self.hotkey = hotkey
        return ""

    def _show_tray(self) -> bool:
        if not self.tray_available():
            return False
        self.tray = QSystemTrayIcon(tray_icon(), self)
        self.tray.setToolTip("Attest: click to capture a region into the current step; right-click for more")
        self.tray.setContextMenu(self.menu)
        self.tray.activated.connect(self._tray_activated)
        self.tray.show()
        return True

    def _tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.region_requested.emit()

    def _build_menu(self) -> None:
        self.menu.addAction("Capture region", self.region_requested.emit)
        self.menu.addMenu(self.screen_menu)
        self.screen_menu.aboutToShow.connect(self._fill_screens)
        self._fill_screens()
        self.menu.addAction("Capture window…", self.window_requested.emit)
        self.menu.addSeparator()
        self.menu.addAction("Show Attest", self.show_requested.emit)

    def _fill_screens(self) -> None:
        """One entry per screen, listed when the menu opens (monitors come and go)."""
        self.screen_menu.clear()
        for index, screen in enumerate(QGuiApplication.screens()):
            size = screen.geometry()
            label = f"Screen {index + 1}: {screen.name()} ({size.width()} × {size.height()})"
            action = self.screen_menu.addAction(label)
            action.triggered.connect(lambda _checked=False, i=index: self.screen_requested.emit(i))


def tray_icon() -> QIcon:
    """Attest's tray icon, drawn (the project ships no image files): a viewfinder's corners around a dot."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor("#1f3a5f"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.2, size * 0.2)
        pen = QPen(QColor("white"), max(size / 12, 1.5))
        painter.setPen(pen)
        m, arm = size * 0.22, size * 0.2
        for cx, cy, dx, dy in ((m, m, 1, 1), (size - m, m, -1, 1), (m, size - m, 1, -1), (size - m, size - m, -1, -1)):
            painter.drawLine(QPointF(cx, cy), QPointF(cx + dx * arm, cy))
            painter.drawLine(QPointF(cx, cy), QPointF(cx, cy + dy * arm))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#38bdf8"))
        painter.drawEllipse(QPointF(size / 2, size / 2), size * 0.12, size * 0.12)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
