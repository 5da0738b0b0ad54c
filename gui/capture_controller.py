"""Screen, window and region captures for the step runner, with Attest out of the way.

Every capture hides Attest's window first and waits a moment (a window manager's fade-out, or a
compositor's next frame, can still show it for a couple of hundred milliseconds), grabs, and shows
the window again, whether the grab worked or not: a tester must never be left with Attest gone.
The bytes go out through ``captured`` to the runner, which sends them through the one intake path
(redaction) like every other capture; problems go out through ``failed`` in plain words.

A capture may wait first (1 to 10 s; the "Capture delay" setting, or a capture button's menu): Attest
hides, a small countdown (``gui/countdown.py``) counts down in a corner while the tester opens the
menu, drop-down or tooltip that clicking Attest would have closed, and the countdown hides itself
before the usual hide delay and the grab, so it is never in the picture. A delayed region capture
freezes the screens when the count ends (the menu stays in the frozen picture while the tester
drags); a delayed window capture asks which window first, brings it forward, then counts down.
Cancelling the countdown, like any failure, brings Attest back.

The grabber and the window lister are passed in, so tests run on Qt's offscreen platform with fakes,
and are otherwise created at the first capture: on Wayland or without a display, that is when the
tester learns why capturing is not possible, not when the runner opens. The countdown's tick is
passed in too (``tick_ms``), so tests wait milliseconds, not seconds.
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
from attest.gui.countdown import TICK_MS, Countdown, delay_problem
from attest.gui.region_overlay import RegionSelector, ScreenShot, Selection
from attest.gui.tasks import scrub_for_log

HIDE_DELAY_MS = 250

WindowChooser = Callable[[list[WindowInfo], QWidget], WindowInfo | None]


class CaptureController(QObject):
    """Owned by the runner. ``captured(png, name)``: the capture's PNG at device resolution and a
    file name such as ``screen-1.png``, ``region.png`` or ``window-<title>.png``.

    ``window_to_hide`` may be any widget of Attest's window (the runner itself): what is hidden is
    its top-level window at the time of the capture, as the runner is created before it is placed in
    the main window.

    ``delay`` gives the default delay in seconds (0 = none), read at each capture that does not name
    its own, so the main window passes ``lambda: app_settings.capture_delay`` once and a changed
    setting applies from the next capture; :attr:`default_delay` may also be replaced later."""

    captured = Signal(bytes, str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, window_to_hide: QWidget, grabber: ScreenGrabber | None = None, *,
                 windows: WindowLister | None = None, choose_window: WindowChooser | None = None,
                 hide_delay_ms: int = HIDE_DELAY_MS, delay: Callable[[], int] | None = None,
                 tick_ms: int = TICK_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window_to_hide
        self.grabber = grabber
        self.windows = windows
        self.choose_window = choose_window or choose_window_dialog
        self.hide_delay_ms = hide_delay_ms
        self.selector: RegionSelector | None = None
        self.default_delay: Callable[[], int] = delay or (lambda: 0)
        self.tick_ms = tick_ms
        self.countdown: Countdown | None = None  # while a delayed capture counts down
        self._busy = False
        self._restore: Callable[[], None] | None = None

    @property
    def busy(self) -> bool:
        """A capture is under way (Attest hidden, counting down, or the region overlay showing)."""
        return self._busy

    def cancel(self) -> bool:
        """Cancel a delayed capture that is still counting down (``cancelled``, Attest back); False if
        none is. The region overlay cancels itself (Esc)."""
        if self.countdown is None or not self.countdown.running:
            return False
        self.countdown.cancel()
        return True

    def screens(self) -> list[ScreenInfo]:
        """The screens to offer in a "Capture screen" menu; empty (not an error) where none can be read."""
        try:
            return self._grabber().screens()
        except AttestError:
            return []

    # -- the three captures

    def capture_screen(self, index: int = 0, delay: int | None = None) -> None:
        """The whole screen ``index`` (0 = the first), as ``screen-<index + 1>.png``, after ``delay``
        seconds (``None``: the default delay; 0: at once)."""
        seconds = self._delay(delay)
        if seconds is None:
            return

        def grab() -> None:
            grabber = self._grabber()
            screens = grabber.screens()
            if not 0 <= index < len(screens):
                raise AttestError(f"there is no screen {index + 1}: {len(screens)} screen"
                                  f"{'s are' if len(screens) != 1 else ' is'} connected")
            self._done(grabber.grab(index), f"screen-{index + 1}.png")

        self._start(grab, seconds)

    def capture_region(self, delay: int | None = None) -> None:
        """Grab every screen (after ``delay`` seconds; ``None``: the default), then let the tester
        select on the frozen grabs (``region.png``): a menu open at the end of the delay stays in the
        picture while the tester drags."""
        seconds = self._delay(delay)
        if seconds is None:
            return

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

        self._start(grab, seconds)

    def capture_window(self, delay: int | None = None) -> None:
        """Offer other applications' windows by title; bring the chosen one to the front, grab the
        screen it is on and cut it out (``window-<title>.png``).

        With a delay (``None``: the default) the window is chosen first, while Attest is still there
        to choose in, then brought forward, and the countdown runs while the tester opens a menu in
        it. It is not brought forward again at the grab: activating it then could close that menu.
        (A menu reaching outside the window is cut at the window's edge; capture the screen or a
        region for that.)"""
        seconds = self._delay(delay)
        if seconds is None:
            return
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

        if seconds:
            self._start(lambda: self._grab_window(lister, choice), seconds,
                        before_countdown=lambda: lister.activate(choice.handle))
            return

        def grab() -> None:
            lister.activate(choice.handle)
            self._later(lambda: self._grab_window(lister, choice))

        self._start(grab, 0)

    # -- the sequence: hide, (count down,) wait, grab, show again

    def _delay(self, delay: int | None) -> int | None:
        """The delay to use, in seconds; ``None`` (after saying why) if it is not one Attest offers."""
        seconds = self.default_delay() if delay is None else delay
        problem = delay_problem(seconds)
        if problem is not None:
            self.failed.emit(f"Nothing was captured: {problem}")
            return None
        return seconds

    def _start(self, grab: Callable[[], None], seconds: int = 0, *,
               before_countdown: Callable[[], None] | None = None) -> None:
        """Hide Attest, then ``grab`` once it is gone; with ``seconds``, count down first.

        ``before_countdown`` runs once Attest is gone and before the count (a window capture brings
        its window forward there); the countdown then appears without taking the keyboard from it."""
        if self._busy:
            self.failed.emit("A capture is already under way: finish or cancel it first (Esc)")
            return
        try:
            self._grabber()  # Wayland, no display, no permission: said before anything is hidden
        except AttestError as error:
            self.failed.emit(f"Nothing was captured: {error}")
            return
        # Attest active: the tester clicked its button, so no other application has a menu open that
        # the countdown's taking the keyboard (for Esc) could close. From the tray or the global
        # shortcut it is not, and the countdown must leave the keyboard where it is.
        focused = self.window.window().isActiveWindow()
        self._busy = True
        self._restore = self._hide()
        if not seconds:
            self._later(grab)
        elif before_countdown is not None:
            def prepare() -> None:
                before_countdown()
                self._count_down(seconds, grab, activate=False)

            self._later(prepare)
        else:
            self._guarded(lambda: self._count_down(seconds, grab, activate=focused))

    def _count_down(self, seconds: int, grab: Callable[[], None], *, activate: bool) -> None:
        """Show the countdown; at zero it has hidden itself, and ``grab`` runs after the hide delay (the
        same wait that keeps Attest's own window out of the picture keeps the countdown out)."""
        countdown = Countdown(tick_ms=self.tick_ms)  # a window of its own: Attest's is hidden
        self.countdown = countdown
        self.destroyed.connect(countdown.deleteLater)  # never left counting for a controller that is gone
        countdown.elapsed.connect(lambda: self._later(grab))
        countdown.cancelled.connect(self._countdown_cancelled)
        countdown.start(seconds, activate=activate)

    def _countdown_cancelled(self) -> None:
        self._finish()
        self.cancelled.emit()

    def _later(self, step: Callable[[], None]) -> None:
        """Run ``step`` once the window is really gone; any error ends the capture and says why."""
        QTimer.singleShot(self.hide_delay_ms, self, lambda: self._guarded(step))  # dropped if the controller is deleted

    def _guarded(self, step: Callable[[], None]) -> None:
        """Run ``step`` with Attest hidden: any error ends the capture, says why and shows Attest again."""
        try:
            step()
        except AttestError as error:
            self._fail(str(error))
        except Exception as error:  # noqa: BLE001 - whatever happened, the window must come back
            write_crash_log(scrub=scrub_for_log)
            self._fail(f"{type(error).__name__}: {error}. Details were written to the log")

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
        if self.countdown is not None:
            countdown, self.countdown = self.countdown, None
            countdown.stop()  # hidden (if a failure came first); a stopped countdown emits nothing more
            countdown.deleteLater()
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
