"""Screen, window and region captures for the step runner, with Attest out of the way.

Every capture hides Attest's window first and waits a moment (a window manager's fade-out, or a
compositor's next frame, can still show it for a couple of hundred milliseconds), grabs, and shows
the window again, whether the grab worked or not: a tester must never be left with Attest gone.
The bytes go out through ``captured`` to the runner, which sends them through the one intake path
(redaction) like every other capture; problems go out through ``failed`` in plain words.

The grabber and the window lister are passed in, so tests run on Qt's offscreen platform with fakes,
and are otherwise created at the first capture: on Wayland or without a display, that is when the
tester learns why capturing is not possible, not when the runner opens.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from attest.capture.screen import (
    QtScreenGrabber,
    ScreenGrabber,
    ScreenInfo,
    crop_png,
    native_to_device,
    screen_for_native_rect,
)
from attest.capture.windows import WindowInfo, WindowLister, window_lister
from attest.core.crash_log import write_crash_log
from attest.core.errors import AttestError
from attest.gui.region_overlay import RegionSelector, ScreenShot, Selection
from attest.gui.tasks import scrub_for_log

HIDE_DELAY_MS = 250

WindowChooser = Callable[[list[WindowInfo], QWidget], WindowInfo | None]


class CaptureController(QObject):
    """Owned by the runner. ``captured(png, name)``: the capture's PNG at device resolution and a
    file name such as ``screen-1.png``, ``region.png`` or ``window-<title>.png``.

    ``window_to_hide`` may be any widget of Attest's window (the runner itself): what is hidden is
    its top-level window at the time of the capture, as the runner is created before it is placed in
    the main window."""

    captured = Signal(bytes, str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, window_to_hide: QWidget, grabber: ScreenGrabber | None = None, *,
                 windows: WindowLister | None = None, choose_window: WindowChooser | None = None,
                 hide_delay_ms: int = HIDE_DELAY_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window_to_hide
        self.grabber = grabber
        self.windows = windows
        self.choose_window = choose_window or choose_window_dialog
        self.hide_delay_ms = hide_delay_ms
        self.selector: RegionSelector | None = None
        self._busy = False
        self._restore: Callable[[], None] | None = None

    @property
    def busy(self) -> bool:
        """A capture is under way (Attest hidden, or the region overlay showing)."""
        return self._busy

    def screens(self) -> list[ScreenInfo]:
        """The screens to offer in a "Capture screen" menu; empty (not an error) where none can be read."""
        try:
            return self._grabber().screens()
        except AttestError:
            return []

    # -- the three captures

    def capture_screen(self, index: int = 0) -> None:
        """The whole screen ``index`` (0 = the first), as ``screen-<index + 1>.png``."""
        def grab() -> None:
            grabber = self._grabber()
            screens = grabber.screens()
            if not 0 <= index < len(screens):
                raise AttestError(f"there is no screen {index + 1}: {len(screens)} screen"
                                  f"{'s are' if len(screens) != 1 else ' is'} connected")
            self._done(grabber.grab(index), f"screen-{index + 1}.png")

        self._start(grab)

    def capture_region(self) -> None:
        """Grab every screen, then let the tester select on the frozen grabs (``region.png``)."""
        def grab() -> None:
            grabber = self._grabber()
            shots = [ScreenShot(screen, grab_image(grabber, screen.index)) for screen in grabber.screens()]
            if not shots:
                raise AttestError("no screen is connected")
            self.selector = RegionSelector(shots, self)
            self.selector.selected.connect(self._region_selected)
            self.selector.cancelled.connect(self._region_cancelled)
            self.selector.failed.connect(self._fail)
            self.selector.start()

        self._start(grab)

    def capture_window(self) -> None:
        """Offer other applications' windows by title; bring the chosen one to the front, grab the
        screen it is on and cut it out (``window-<title>.png``)."""
        if self._busy:
            self.failed.emit("A capture is already under way: finish or cancel it first (Esc)")
            return
        try:
            self._grabber()
            lister = self._lister()
            windows = lister.windows()
        except AttestError as error:
            self.failed.emit(f"Window capture is not available: {error}")
            return
        if not windows:
            self.failed.emit("No other application's window is open to capture; use Capture screen or "
                             "Capture region instead")
            return
        self._busy = True  # the chooser is modal, but the tray or the shortcut could still ask
        try:
            choice = self.choose_window(windows, self.window.window())
        finally:
            self._busy = False
        if choice is None:
            self.cancelled.emit()
            return

        def grab() -> None:
            lister.activate(choice.handle)
            self._later(lambda: self._grab_window(lister, choice))

        self._start(grab)

    # -- the sequence: hide, wait, grab, show again

    def _start(self, grab: Callable[[], None]) -> None:
        if self._busy:
            self.failed.emit("A capture is already under way: finish or cancel it first (Esc)")
            return
        try:
            self._grabber()  # Wayland, no display, no permission: said before anything is hidden
        except AttestError as error:
            self.failed.emit(f"Nothing was captured: {error}")
            return
        self._busy = True
        self._restore = self._hide()
        self._later(grab)

    def _later(self, step: Callable[[], None]) -> None:
        """Run ``step`` once the window is really gone; any error ends the capture and says why."""
        def run() -> None:
            try:
                step()
            except AttestError as error:
                self._fail(str(error))
            except Exception as error:  # noqa: BLE001 - whatever happened, the window must come back
                write_crash_log(scrub=scrub_for_log)
                self._fail(f"{type(error).__name__}: {error}. Details were written to the log")

        QTimer.singleShot(self.hide_delay_ms, self, run)  # dropped if the controller is deleted meanwhile

    def _hide(self) -> Callable[[], None]:
        """Hide the window; returns how to put it back as it was (not shown if it was not shown)."""
        window = self.window.window()
        if not window.isVisible():
            return lambda: None
        minimized = window.isMinimized()
        window.hide()

        def restore() -> None:
            if minimized:
                window.showMinimized()
            else:
                window.show()

        return restore

    def _finish(self) -> None:
        if self.selector is not None:
            self.selector.close()
            self.selector.deleteLater()
            self.selector = None
        restore, self._restore = self._restore, None
        self._busy = False
        if restore is not None:
            restore()

    def _done(self, data: bytes, name: str) -> None:
        self._finish()
        self.captured.emit(data, name)

    def _fail(self, message: str) -> None:
        self._finish()
        self.failed.emit(f"Nothing was captured: {message}")

    def _region_selected(self, data: bytes, _selection: Selection) -> None:
        self._done(data, "region.png")

    def _region_cancelled(self) -> None:
        self._finish()
        self.cancelled.emit()

    def _grab_window(self, lister: WindowLister, choice: WindowInfo) -> None:
        current = lister.refresh(choice.handle)
        if current is None:
            raise AttestError(f"the window {choice.title!r} was closed")
        grabber = self._grabber()
        screen = screen_for_native_rect(current.rect, grabber.screens())
        if screen is None:
            raise AttestError(f"the window {current.title!r} is not on any screen (is it minimised?)")
        image = grab_image(grabber, screen.index)
        rect = native_to_device(current.rect, screen, (image.width(), image.height()))
        if rect is None:
            raise AttestError(f"the window {current.title!r} is not on any screen")
        self._done(crop_png(image, rect), window_file_name(current.title))

    # -- collaborators, created at the first capture

    def _grabber(self) -> ScreenGrabber:
        if self.grabber is None:
            self.grabber = QtScreenGrabber()
        return self.grabber

    def _lister(self) -> WindowLister:
        if self.windows is None:
            self.windows = window_lister()
        return self.windows


def grab_image(grabber: ScreenGrabber, index: int) -> QImage:
    """A screen's grab as an image: directly where the grabber can (Qt's), else from its PNG."""
    direct = getattr(grabber, "grab_image", None)
    if callable(direct):
        image = direct(index)
        if isinstance(image, QImage):
            return image
    image = QImage.fromData(grabber.grab(index))
    if image.isNull():
        raise AttestError(f"the grab of screen {index + 1} is not a readable image")
    return image


def window_file_name(title: str) -> str:
    """``window-<title>.png`` with only characters that are safe in a file name on every system."""
    slug = re.sub(r"[^\w.-]+", "-", title, flags=re.UNICODE).strip("-.")[:60].rstrip("-.")
    return f"window-{slug or 'untitled'}.png"


def choose_window_dialog(windows: list[WindowInfo], parent: QWidget) -> WindowInfo | None:
    """Which window to capture: titles, frontmost first (double-click or Enter to choose)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle("Capture a window")
    listing = QListWidget()
    for window in windows:
        size = "minimised" if window.minimized else f"{window.rect.width} × {window.rect.height}"
        item = QListWidgetItem(f"{window.title}   ({size})")
        item.setData(Qt.ItemDataRole.UserRole, window)
        listing.addItem(item)
    listing.setCurrentRow(0)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Capture")
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    listing.itemActivated.connect(lambda _item: dialog.accept())
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel("Attest hides itself, brings this window to the front and captures it:"))
    layout.addWidget(listing, 1)
    layout.addWidget(buttons)
    dialog.resize(560, 380)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or listing.currentItem() is None:
            return None
        chosen = listing.currentItem().data(Qt.ItemDataRole.UserRole)
        return chosen if isinstance(chosen, WindowInfo) else None
    finally:
        dialog.deleteLater()
