"""Screen, window and region capture on Qt's offscreen platform, with a fake grabber and window lister.

Offscreen has one screen at scale 1, so the screens here come from the fake grabber: the overlay and
the controller take position and scale from the grabber's ScreenInfo, exactly as they do with Qt's.
Each screen's fake grab is a pattern whose pixel (x, y) encodes x and y, so a crop can be checked
against the exact device-pixel rectangle it should be.
"""

from __future__ import annotations

import io
from collections.abc import Callable

import numpy as np
import pytest
import shiboken6
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QWidget

from attest.capture.screen import (
    CaptureUnavailable,
    Rect,
    ScreenInfo,
    check_screen_permission,
    native_to_device,
    region_to_device,
    screen_for_native_rect,
)
from attest.capture.windows import WindowInfo, window_lister
from attest.core.errors import AttestError
from attest.gui.capture_controller import CaptureController, window_file_name
from attest.gui.global_hotkey import (
    MOD_ALT,
    MOD_CONTROL,
    MOD_SHIFT,
    MOD_WIN,
    WM_HOTKEY,
    GlobalCapture,
    Hotkey,
    HotkeyError,
    WindowsHotkey,
    parse_hotkey,
)
from attest.gui.region_overlay import RegionSelector, ScreenOverlay, ScreenShot, Selection

# Two monitors as Qt 6 lays them out: the second keeps its native left edge (800 device pixels, the
# first one's width) as its logical x, and only its size is divided by its scale.
HIDPI = ScreenInfo(0, "fake-hidpi", 0, 0, 400, 300, 2.0)  # 800 x 600 device pixels
FRACTIONAL = ScreenInfo(1, "fake-150", 800, 0, 320, 200, 1.5)  # 480 x 300 device pixels
PLAIN = ScreenInfo(0, "fake-plain", 0, 0, 300, 200, 1.0)


def pattern(width: int, height: int) -> np.ndarray:
    """Pixel (x, y) is (x mod 256, y mod 256, 16 * (x div 256) + y div 256): unique per position."""
    ys, xs = np.mgrid[0:height, 0:width]
    return np.dstack([xs % 256, ys % 256, 16 * (xs // 256) + ys // 256]).astype(np.uint8)


def png(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(array, "RGB").save(buffer, format="PNG")
    return buffer.getvalue()


def pixels(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB"))


def device_size(screen: ScreenInfo) -> tuple[int, int]:
    return round(screen.width * screen.scale), round(screen.height * screen.scale)


class FakeGrabber:
    """Screens and PNG grabs as the real grabber gives them; records whether Attest was visible."""

    def __init__(self, screens: list[ScreenInfo], window: QWidget | None = None,
                 fail: Exception | None = None) -> None:
        self.infos = screens
        self.images = {s.index: pattern(*device_size(s)) for s in screens}
        self.window = window
        self.fail = fail
        self.visible_while_grabbing: list[bool] = []

    def screens(self) -> list[ScreenInfo]:
        return list(self.infos)

    def grab(self, index: int) -> bytes:
        if self.window is not None:
            self.visible_while_grabbing.append(self.window.isVisible())
        if self.fail is not None:
            raise self.fail
        return png(self.images[index])


class FakeWindows:
    def __init__(self, windows: list[WindowInfo], fail: Exception | None = None) -> None:
        self.listed = windows
        self.fail = fail
        self.activated: list[int] = []

    def windows(self) -> list[WindowInfo]:
        if self.fail is not None:
            raise self.fail
        return list(self.listed)

    def activate(self, handle: int) -> None:
        self.activated.append(handle)

    def refresh(self, handle: int) -> WindowInfo | None:
        return next((w for w in self.listed if w.handle == handle), None)


@pytest.fixture
def attest_window(qtbot) -> QWidget:
    window = QWidget()
    window.setWindowTitle("Attest")
    window.resize(200, 100)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def drag(qtbot, overlay: ScreenOverlay, start: tuple[int, int], end: tuple[int, int]) -> None:
    qtbot.mousePress(overlay, Qt.MouseButton.LeftButton, pos=QPoint(*start))
    qtbot.mouseMove(overlay, QPoint((start[0] + end[0]) // 2, (start[1] + end[1]) // 2))
    qtbot.mouseMove(overlay, QPoint(*end))
    qtbot.mouseRelease(overlay, Qt.MouseButton.LeftButton, pos=QPoint(*end))


# -- geometry: logical selection -> device pixels of the grab ------------------------------------

@pytest.mark.parametrize(("screen", "region", "expected"), [
    (PLAIN, (10, 20, 110, 70), Rect(10, 20, 100, 50)),
    (HIDPI, (10, 20, 110, 70), Rect(20, 40, 200, 100)),
    (ScreenInfo(0, "s", 0, 0, 1536, 864, 1.25), (0.8, 0.8, 8, 4), Rect(1, 1, 9, 4)),  # 0.8 * 1.25 is 1, not 2
    (FRACTIONAL, (810, 20, 910, 70), Rect(15, 30, 150, 75)),  # offset monitor: its origin first
    (FRACTIONAL, (910, 70, 810, 20), Rect(15, 30, 150, 75)),  # dragged up and left
    (FRACTIONAL, (810.5, 20, 811, 21), Rect(15, 30, 2, 2)),  # fractional edges round outward
    (FRACTIONAL, (1100, 150, 1200, 400), Rect(450, 225, 30, 75)),  # clamped to the 480 x 300 grab
])
def test_a_logical_selection_maps_to_the_device_pixels_of_its_screen(screen, region, expected) -> None:
    assert region_to_device(region, screen, device_size(screen)) == expected


def test_a_selection_off_the_screen_or_empty_maps_to_nothing() -> None:
    assert region_to_device((0, 0, 100, 100), FRACTIONAL, device_size(FRACTIONAL)) is None  # the other monitor
    assert region_to_device((810, 20, 810, 70), FRACTIONAL, device_size(FRACTIONAL)) is None


@given(st.sampled_from([1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0]), st.integers(0, 3000), st.integers(-2000, 2000),
       st.data())
def test_every_device_rectangle_round_trips_through_logical_coordinates(scale, origin_x, origin_y, data) -> None:
    """What the overlay reports for a rubber band drawn exactly around device pixels is those pixels."""
    screen = ScreenInfo(1, "s", origin_x, origin_y, 1000, 800, scale)
    size = screen.native_rect.width, screen.native_rect.height
    x = data.draw(st.integers(0, size[0] - 1))
    y = data.draw(st.integers(0, size[1] - 1))
    rect = Rect(x, y, data.draw(st.integers(1, size[0] - x)), data.draw(st.integers(1, size[1] - y)))
    region = (origin_x + rect.x / scale, origin_y + rect.y / scale, origin_x + rect.right / scale,
              origin_y + rect.bottom / scale)
    assert region_to_device(region, screen, size) == rect


def test_a_window_rectangle_in_native_pixels_is_cut_from_the_screen_showing_most_of_it() -> None:
    screens = [HIDPI, FRACTIONAL]  # native: (0, 0, 800, 600) and (800, 0, 480, 300)
    assert FRACTIONAL.native_rect == Rect(800, 0, 480, 300)
    window = Rect(700, 50, 300, 100)  # 100 px on the first monitor, 200 on the second
    assert screen_for_native_rect(window, screens) == FRACTIONAL
    assert native_to_device(window, FRACTIONAL, (480, 300)) == Rect(0, 50, 200, 100)
    assert screen_for_native_rect(Rect(5000, 0, 10, 10), screens) is None


# -- the overlay ---------------------------------------------------------------------------------

@pytest.fixture
def shots() -> list[ScreenShot]:
    from PySide6.QtGui import QImage

    out = []
    for screen in (HIDPI, FRACTIONAL):
        image = QImage.fromData(png(pattern(*device_size(screen))), "PNG")
        out.append(ScreenShot(screen, image))
    return out


@pytest.fixture
def selector(qtbot, shots) -> RegionSelector:
    selector = RegionSelector(shots)
    selector.start()
    for overlay in selector.overlays:
        qtbot.addWidget(overlay)
    return selector


def test_each_overlay_covers_its_screen_in_logical_pixels(selector: RegionSelector) -> None:
    assert [o.geometry() for o in selector.overlays] == [QRect(0, 0, 400, 300), QRect(800, 0, 320, 200)]
    assert all(o.isVisible() and o.windowFlags() & Qt.WindowType.WindowStaysOnTopHint for o in selector.overlays)


@pytest.mark.parametrize(("index", "expected"), [(0, Rect(20, 40, 200, 100)), (1, Rect(15, 30, 150, 75))])
def test_a_drag_captures_the_exact_device_pixels_at_scale_2_and_1_5(qtbot, selector, index, expected) -> None:
    overlay = selector.overlays[index]
    with qtbot.waitSignal(selector.selected) as blocker:
        drag(qtbot, overlay, (110, 70), (10, 20))  # from bottom-right to top-left
    data, selection = blocker.args
    assert selection == Selection(overlay.screen_info, expected)
    full = pattern(*device_size(overlay.screen_info))
    assert np.array_equal(pixels(data), full[expected.y:expected.bottom, expected.x:expected.right])
    assert selector.overlays == []  # every overlay is closed once one is accepted


def test_the_band_shows_the_frozen_grab_undimmed_inside_and_dimmed_outside(qtbot, selector) -> None:
    overlay = selector.overlays[0]  # scale 2: logical (10, 20)-(110, 70) is device (20, 40)-(220, 140)
    qtbot.mousePress(overlay, Qt.MouseButton.LeftButton, pos=QPoint(10, 20))
    qtbot.mouseMove(overlay, QPoint(110, 70))
    assert overlay.selection() == Rect(20, 40, 200, 100)
    shown = overlay.grab().toImage()  # offscreen renders at scale 1: one logical pixel = 2 x 2 of the grab
    full = pattern(800, 600)
    inside, outside = shown.pixelColor(60, 50), shown.pixelColor(200, 200)
    assert (inside.red(), inside.green(), inside.blue()) == tuple(full[100, 120])
    assert (outside.red(), outside.green()) != tuple(full[400, 400][:2]) and outside.red() < full[400, 400][0]


def test_escape_or_a_right_click_cancels_and_closes_every_overlay(qtbot, shots) -> None:
    for cancel in (lambda o: qtbot.keyClick(o, Qt.Key.Key_Escape),
                   lambda o: qtbot.mouseClick(o, Qt.MouseButton.RightButton, pos=QPoint(5, 5))):
        selector = RegionSelector(shots)
        selector.start()
        overlay = selector.overlays[1]
        qtbot.addWidget(overlay)
        with qtbot.waitSignal(selector.cancelled), qtbot.assertNotEmitted(selector.selected):
            cancel(overlay)
        assert selector.overlays == [] and not overlay.isVisible()


def test_enter_or_a_double_click_takes_the_whole_screen_and_a_click_takes_nothing(qtbot, shots) -> None:
    selector = RegionSelector(shots)
    selector.start()
    overlay = selector.overlays[1]
    qtbot.addWidget(overlay)
    with qtbot.assertNotEmitted(selector.selected):
        qtbot.mouseClick(overlay, Qt.MouseButton.LeftButton, pos=QPoint(30, 30))  # no drag: not a region
    with qtbot.waitSignal(selector.selected) as blocker:
        qtbot.keyClick(overlay, Qt.Key.Key_Return)
    assert blocker.args[1] == Selection(FRACTIONAL, Rect(0, 0, 480, 300))
    assert pixels(blocker.args[0]).shape == (300, 480, 3)

    selector = RegionSelector(shots)
    selector.start()
    qtbot.addWidget(selector.overlays[0])
    with qtbot.waitSignal(selector.selected) as blocker:
        qtbot.mouseDClick(selector.overlays[0], Qt.MouseButton.LeftButton, pos=QPoint(30, 30))
    assert blocker.args[1] == Selection(HIDPI, Rect(0, 0, 800, 600))


def test_starting_a_drag_on_one_screen_clears_the_band_on_the_other(qtbot, selector) -> None:
    first, second = selector.overlays
    qtbot.mousePress(first, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    qtbot.mouseMove(first, QPoint(50, 50))
    assert first.selection() is not None
    qtbot.mousePress(second, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert first.selection() is None and second.selection() is not None


# -- the controller: hide, grab, show again ------------------------------------------------------

def controller_for(window: QWidget, grabber, **options) -> CaptureController:
    return CaptureController(window, grabber, hide_delay_ms=0, **options)


def test_a_screen_capture_hides_attest_while_grabbing_and_shows_it_again(qtbot, attest_window) -> None:
    grabber = FakeGrabber([HIDPI, FRACTIONAL], attest_window)
    controller = controller_for(attest_window, grabber)
    with qtbot.waitSignal(controller.captured) as blocker:
        controller.capture_screen(1)
    assert grabber.visible_while_grabbing == [False]
    assert attest_window.isVisible() and not controller.busy
    data, name = blocker.args
    assert name == "screen-2.png" and np.array_equal(pixels(data), grabber.images[1])


@pytest.mark.parametrize(("error", "says"), [
    (RuntimeError("the X server went away"), "RuntimeError: the X server went away"),
    (CaptureUnavailable("the screen could not be read"), "the screen could not be read"),
])
def test_a_failing_grab_never_leaves_attest_hidden(qtbot, attest_window, error, says) -> None:
    grabber = FakeGrabber([PLAIN], attest_window, fail=error)
    controller = controller_for(attest_window, grabber)
    for capture in (lambda: controller.capture_screen(0), controller.capture_region):
        with qtbot.waitSignal(controller.failed) as blocker:
            capture()
        assert grabber.visible_while_grabbing[-1] is False
        assert attest_window.isVisible() and not controller.busy
        assert blocker.args[0].startswith("Nothing was captured") and says in blocker.args[0]


def test_without_a_screen_to_read_it_says_why_and_hides_nothing(qtbot, attest_window) -> None:
    controller = CaptureController(attest_window, None, hide_delay_ms=0)  # Qt's grabber, on offscreen
    with qtbot.waitSignal(controller.failed) as blocker:
        controller.capture_region()
    assert "offscreen" in blocker.args[0] and attest_window.isVisible()
    assert controller.screens() == []


def test_a_region_capture_selects_on_the_frozen_grab_with_attest_hidden(qtbot, attest_window) -> None:
    grabber = FakeGrabber([HIDPI, FRACTIONAL], attest_window)
    controller = controller_for(attest_window, grabber)
    controller.capture_region()
    qtbot.waitUntil(lambda: controller.selector is not None)
    assert grabber.visible_while_grabbing == [False, False] and not attest_window.isVisible()
    overlay = controller.selector.overlays[1]
    qtbot.addWidget(overlay)
    with qtbot.waitSignal(controller.failed) as refused:  # one capture at a time
        controller.capture_screen(0)
    assert "already under way" in refused.args[0]
    with qtbot.waitSignal(controller.captured) as blocker:
        drag(qtbot, overlay, (10, 20), (110, 70))
    data, name = blocker.args
    assert name == "region.png" and np.array_equal(pixels(data), grabber.images[1][30:105, 15:165])
    assert attest_window.isVisible() and controller.selector is None and not controller.busy


def test_a_cancelled_region_capture_brings_attest_back(qtbot, attest_window) -> None:
    controller = controller_for(attest_window, FakeGrabber([PLAIN], attest_window))
    controller.capture_region()
    qtbot.waitUntil(lambda: controller.selector is not None)
    overlay = controller.selector.overlays[0]
    qtbot.addWidget(overlay)
    with qtbot.waitSignal(controller.cancelled), qtbot.assertNotEmitted(controller.captured):
        qtbot.keyClick(overlay, Qt.Key.Key_Escape)
    assert attest_window.isVisible() and not controller.busy


def test_an_overlay_closed_by_the_system_cancels_and_brings_attest_back(qtbot, attest_window) -> None:
    controller = controller_for(attest_window, FakeGrabber([HIDPI, FRACTIONAL], attest_window))
    controller.capture_region()
    qtbot.waitUntil(lambda: controller.selector is not None)
    overlays = list(controller.selector.overlays)
    with qtbot.waitSignal(controller.cancelled):
        overlays[1].close()  # Alt+F4 closes a frameless window too
    assert attest_window.isVisible() and not any(o.isVisible() for o in overlays)


def test_a_selection_that_cannot_be_encoded_fails_without_leaving_attest_hidden(qtbot, attest_window,
                                                                              monkeypatch) -> None:
    import attest.gui.region_overlay as region_overlay

    def refuse(_image, _rect):
        raise AttestError("the captured image could not be encoded as PNG")

    monkeypatch.setattr(region_overlay, "crop_png", refuse)
    controller = controller_for(attest_window, FakeGrabber([PLAIN], attest_window))
    controller.capture_region()
    qtbot.waitUntil(lambda: controller.selector is not None)
    overlay = controller.selector.overlays[0]
    with qtbot.waitSignal(controller.failed) as blocker:
        drag(qtbot, overlay, (10, 10), (60, 60))
    assert "could not be encoded" in blocker.args[0]
    assert attest_window.isVisible() and not overlay.isVisible() and not controller.busy


def test_what_is_hidden_is_the_top_level_window_of_the_widget_given(qtbot, attest_window) -> None:
    from PySide6.QtWidgets import QVBoxLayout

    runner = QWidget()  # created on its own, then placed in the main window, as the runner is
    grabber = FakeGrabber([PLAIN], attest_window)
    controller = controller_for(runner, grabber)
    QVBoxLayout(attest_window).addWidget(runner)
    with qtbot.waitSignal(controller.captured):
        controller.capture_screen(0)
    assert grabber.visible_while_grabbing == [False] and attest_window.isVisible()


def test_a_window_that_was_not_shown_is_not_shown_by_a_capture(qtbot) -> None:
    hidden = QWidget()
    qtbot.addWidget(hidden)
    controller = controller_for(hidden, FakeGrabber([PLAIN], hidden))
    with qtbot.waitSignal(controller.captured):
        controller.capture_screen(0)
    assert not hidden.isVisible()


REGISTRATION = WindowInfo(0x51, "Registration – MPAN details", Rect(700, 50, 300, 100))
TRACKER = WindowInfo(0x52, "DIP Message Tracker", Rect(10, 10, 200, 120))


def test_a_window_is_chosen_by_title_brought_forward_and_cut_from_its_screen(qtbot, attest_window) -> None:
    grabber = FakeGrabber([HIDPI, FRACTIONAL], attest_window)
    windows = FakeWindows([TRACKER, REGISTRATION])
    offered: list[list[WindowInfo]] = []

    def choose(listed: list[WindowInfo], parent: QWidget) -> WindowInfo:
        offered.append(listed)
        assert parent is attest_window and attest_window.isVisible()  # chosen before Attest hides
        return REGISTRATION

    controller = controller_for(attest_window, grabber, windows=windows, choose_window=choose)
    with qtbot.waitSignal(controller.captured) as blocker:
        controller.capture_window()
    data, name = blocker.args
    assert offered == [[TRACKER, REGISTRATION]] and windows.activated == [0x51]
    assert grabber.visible_while_grabbing == [False] and attest_window.isVisible()
    # most of it is on the second monitor (native x 800-1280): its columns 0-200, rows 50-150
    assert np.array_equal(pixels(data), grabber.images[1][50:150, 0:200])
    assert name == "window-Registration-MPAN-details.png"


@pytest.mark.parametrize(("windows", "chosen", "signal", "says"), [
    (FakeWindows([]), None, "failed", "No other application's window is open"),
    (FakeWindows([], fail=CaptureUnavailable("Attest cannot list other applications' windows on macOS: choose "
                                             "Capture region instead")), None, "failed", "choose Capture region"),
    (FakeWindows([TRACKER]), None, "cancelled", None),
])
def test_window_capture_says_why_when_there_is_nothing_to_choose(qtbot, attest_window, windows, chosen, signal,
                                                                   says) -> None:
    grabber = FakeGrabber([PLAIN], attest_window)
    controller = controller_for(attest_window, grabber, windows=windows, choose_window=lambda _w, _p: chosen)
    with qtbot.waitSignal(getattr(controller, signal)) as blocker:
        controller.capture_window()
    if says:
        assert says in blocker.args[0]
    assert grabber.visible_while_grabbing == [] and attest_window.isVisible()


def test_while_the_window_chooser_is_open_no_other_capture_starts(qtbot, attest_window) -> None:
    grabber = FakeGrabber([PLAIN], attest_window)
    refusals: list[str] = []

    def choose(_listed: list[WindowInfo], _parent: QWidget) -> None:
        controller.capture_region()  # the tray or the global shortcut, while the modal chooser is up
        return None

    controller = controller_for(attest_window, grabber, windows=FakeWindows([TRACKER]), choose_window=choose)
    controller.failed.connect(refusals.append)
    with qtbot.waitSignal(controller.cancelled):
        controller.capture_window()
    assert refusals and "already under way" in refusals[0]
    assert grabber.visible_while_grabbing == [] and not controller.busy


def test_a_window_closed_before_it_is_grabbed_is_reported(qtbot, attest_window) -> None:
    windows = FakeWindows([TRACKER])
    windows.refresh = lambda handle: None  # type: ignore[method-assign]
    controller = controller_for(attest_window, FakeGrabber([PLAIN], attest_window), windows=windows,
                                choose_window=lambda listed, _p: listed[0])
    with qtbot.waitSignal(controller.failed) as blocker:
        controller.capture_window()
    assert "was closed" in blocker.args[0] and attest_window.isVisible()


def test_window_file_names_are_safe_everywhere() -> None:
    assert window_file_name('Notepad – C:\\logs\\a?b*.txt') == "window-Notepad-C-logs-a-b-.txt.png"
    assert window_file_name("///") == "window-untitled.png"
    assert len(window_file_name("x" * 300)) == len("window-.png") + 60


def test_where_windows_cannot_be_listed_the_message_says_to_choose_a_region() -> None:
    with pytest.raises(CaptureUnavailable, match="choose Capture region instead"):
        window_lister({}, platform="darwin")
    with pytest.raises(CaptureUnavailable, match="Wayland does not let applications read the screen"):
        window_lister({"WAYLAND_DISPLAY": "wayland-0"}, platform="linux")


def test_macos_without_the_screen_recording_permission_says_where_to_allow_it() -> None:
    with pytest.raises(CaptureUnavailable, match="Privacy & Security > Screen Recording"):
        check_screen_permission("darwin", preflight=lambda: False)
    check_screen_permission("darwin", preflight=lambda: True)
    check_screen_permission("darwin", preflight=lambda: None)  # before macOS 10.15: no such permission
    check_screen_permission("linux", preflight=lambda: False)


# -- the global shortcut and the tray menu -------------------------------------------------------

@pytest.mark.parametrize(("text", "modifiers", "key", "normal"), [
    ("Ctrl+Shift+F9", MOD_CONTROL | MOD_SHIFT, 0x78, "Ctrl+Shift+F9"),
    ("shift+ctrl+f9", MOD_CONTROL | MOD_SHIFT, 0x78, "Ctrl+Shift+F9"),
    ("Ctrl+Alt+S", MOD_CONTROL | MOD_ALT, ord("S"), "Ctrl+Alt+S"),
    ("Meta+Shift+s", MOD_WIN | MOD_SHIFT, ord("S"), "Shift+Meta+S"),
    ("Control+7", MOD_CONTROL, ord("7"), "Ctrl+7"),
    ("Shift+Print", MOD_SHIFT, 0x2C, "Shift+Print"),
    ("Alt+PgDown", MOD_ALT, 0x22, "Alt+PgDown"),
    (" Ctrl + F24 ", MOD_CONTROL, 0x87, "Ctrl+F24"),
    ("F9", 0, 0x78, "F9"),  # a key that types nothing may stand alone, as the settings screen allows
])
def test_a_qt_shortcut_text_becomes_registerhotkey_flags_and_a_virtual_key(text, modifiers, key, normal) -> None:
    assert parse_hotkey(text) == Hotkey(modifiers, key, normal)


@pytest.mark.parametrize("text", ["Ctrl+Shift+F9", "F9", "Shift+F12", "Ctrl+Alt+S", "Meta+Shift+S", "Ctrl+7",
                                  "Alt+PgDown", "Ctrl+Print"])
def test_a_shortcut_the_settings_screen_accepts_registers_as_a_global_one(qtbot, text) -> None:
    from PySide6.QtGui import QKeySequence

    from attest.gui.settings import portable, shortcut_problem

    sequence = QKeySequence.fromString(text, QKeySequence.SequenceFormat.PortableText)
    assert shortcut_problem(sequence, {}) is None
    assert parse_hotkey(portable(sequence)) == parse_hotkey(text)  # Qt's own spelling of it reads the same


@pytest.mark.parametrize(("text", "says"), [
    ("", "not a shortcut"),
    ("Ctrl+", "not a shortcut"),
    ("A", "would take A away from typing"),
    ("Hyper+F9", "'Hyper' is not a modifier"),
    ("Ctrl+Ctrl+F9", "given twice"),
    ("Shift+A", "away from typing"),
    ("Shift+Left", "away from typing"),
    ("Ctrl+F25", "cannot be a global shortcut key"),
    ("Ctrl+é", "cannot be a global shortcut key"),
])
def test_a_shortcut_that_cannot_be_global_is_refused_with_the_reason(text, says) -> None:
    with pytest.raises(HotkeyError, match=says):
        parse_hotkey(text)


@pytest.mark.parametrize("wrap", [int, shiboken6.VoidPtr])
@pytest.mark.parametrize("event_type", [b"windows_generic_MSG", b"windows_dispatcher_MSG"])
def test_wm_hotkey_for_our_id_fires_the_capture_and_other_messages_pass(qtbot, wrap, event_type) -> None:
    from ctypes import addressof, wintypes

    pressed: list[bool] = []
    hotkey = WindowsHotkey()
    hotkey.on_press = lambda: pressed.append(True)
    other = wintypes.MSG(message=WM_HOTKEY, wParam=hotkey.HOTKEY_ID + 1)
    assert hotkey.nativeEventFilter(event_type, wrap(addressof(other))) == (False, 0)
    assert hotkey.nativeEventFilter(b"xcb_generic_event_t", wrap(addressof(other))) == (False, 0)
    ours = wintypes.MSG(message=WM_HOTKEY, wParam=hotkey.HOTKEY_ID)
    assert hotkey.nativeEventFilter(event_type, wrap(addressof(ours))) == (True, 0)
    qtbot.waitUntil(lambda: pressed == [True])


class FakeBackend:
    def __init__(self, refuse: str | None = None) -> None:
        self.refuse = refuse
        self.on_press: Callable[[], None] | None = None
        self.unregistered = 0

    def register(self, hotkey: Hotkey, on_press: Callable[[], None]) -> None:
        if self.refuse:
            raise HotkeyError(self.refuse)
        self.on_press = on_press

    def unregister(self) -> None:
        self.unregistered += 1


def test_on_windows_the_shortcut_asks_for_a_region_capture(qtbot) -> None:
    backend = FakeBackend()
    capture = GlobalCapture("ctrl+shift+f9", platform="win32", backend=backend, tray_available=lambda: False)
    assert capture.start() == "Ctrl+Shift+F9 captures a region from any application"
    assert backend.on_press is not None
    with qtbot.waitSignal(capture.region_requested):
        backend.on_press()
    capture.stop()
    assert backend.unregistered == 1 and capture.hotkey is None


def test_a_refused_shortcut_or_no_tray_is_said_in_the_status(qtbot) -> None:
    taken = GlobalCapture(platform="win32", backend=FakeBackend("Ctrl+Shift+F9 is already used by another "
                                                                 "application"), tray_available=lambda: False)
    assert "already used by another application" in taken.start() and "no system tray" in taken.status
    elsewhere = GlobalCapture(platform="linux", tray_available=lambda: False)
    assert elsewhere.start().startswith("Global shortcuts are available on Windows only. There is no system tray")
    assert elsewhere.backend is None and elsewhere.tray is None


def test_the_tray_menu_offers_each_capture_and_showing_attest(qtbot) -> None:
    capture = GlobalCapture(platform="linux", tray_available=lambda: False)
    actions = {a.text(): a for a in capture.menu.actions() if a.text()}
    assert list(actions) == ["Capture region", "Capture screen", "Capture window…", "Show Attest"]
    for text, signal in (("Capture region", capture.region_requested), ("Capture window…", capture.window_requested),
                         ("Show Attest", capture.show_requested)):
        with qtbot.waitSignal(signal):
            actions[text].trigger()
    screens = capture.screen_menu.actions()
    assert len(screens) == 1 and screens[0].text().startswith("Screen 1: ")  # offscreen has one screen
    with qtbot.waitSignal(capture.screen_requested) as blocker:
        screens[0].trigger()
    assert blocker.args == [0]


# Offscreen has no tray; showing an icon anyway makes Qt say so once (about the platform, not Attest).
@pytest.mark.qt_log_ignore("No such signal QPlatformNativeInterface::systemTrayWindowChanged")
def test_where_there_is_a_tray_its_icon_carries_the_menu_and_a_click_captures_a_region(qtbot) -> None:
    from PySide6.QtWidgets import QSystemTrayIcon

    capture = GlobalCapture(platform="linux", tray_available=lambda: True)
    assert "Use the Attest icon in the system tray" in capture.start()
    assert capture.tray is not None and capture.tray.isVisible() and not capture.tray.icon().isNull()
    assert capture.tray.contextMenu() is capture.menu
    with qtbot.waitSignal(capture.region_requested):
        capture.tray.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    capture.stop()
    assert capture.tray is None


def test_the_controller_reports_errors_from_attest_in_its_own_words(qtbot, attest_window) -> None:
    grabber = FakeGrabber([PLAIN], attest_window)
    controller = controller_for(attest_window, grabber)
    with qtbot.waitSignal(controller.failed) as blocker:
        controller.capture_screen(3)
    assert "there is no screen 4: 1 screen is connected" in blocker.args[0]
    assert attest_window.isVisible()
