"""Delayed capture on Qt's offscreen platform: Attest hides, a countdown counts down (in milliseconds
here: the tick is injected), hides itself before the grab, and Attest comes back whatever happens.

The fake grabber notes, at the moment of each grab, whether Attest's window or any countdown is on
screen: neither may be in the picture. The real thing, a menu held open in another process and
captured after a one-second delay on an X server, is tests/test_capture_delay_xvfb.py.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from attest.capture.screen import Rect, ScreenInfo
from attest.capture.windows import WindowInfo
from attest.cli.main import main as attest_main
from attest.core.workspace import Workspace
from attest.gui.capture_controller import CaptureController
from attest.gui.countdown import Countdown, delay_button, delay_choices, delay_menu, delay_problem
from attest.gui.settings import KEY_CAPTURE_DELAY, AppSettings, SettingsDialog

TICK_MS = 15
SCREEN = ScreenInfo(0, "fake", 0, 0, 320, 200, 1.0)


def png(width: int, height: int, value: int) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(np.full((height, width, 3), value, np.uint8), "RGB").save(buffer, format="PNG")
    return buffer.getvalue()


def countdowns_visible() -> list[Countdown]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, Countdown) and w.isVisible()]


class Grabber:
    """One fake screen; each grab notes who was on screen at that moment."""

    def __init__(self, window: QWidget, fail: Exception | None = None) -> None:
        self.window = window
        self.fail = fail
        self.grabs: list[dict[str, bool]] = []

    def screens(self) -> list[ScreenInfo]:
        return [SCREEN]

    def grab(self, index: int) -> bytes:
        self.grabs.append({"attest": self.window.isVisible(), "countdown": bool(countdowns_visible())})
        if self.fail is not None:
            raise self.fail
        return png(SCREEN.width, SCREEN.height, 200)


class Windows:
    def __init__(self, window: QWidget) -> None:
        self.window = window
        self.listed = [WindowInfo(0x51, "Registration", Rect(10, 10, 100, 50))]
        self.activated: list[tuple[int, bool]] = []  # handle, was a countdown showing

    def windows(self) -> list[WindowInfo]:
        return list(self.listed)

    def activate(self, handle: int) -> None:
        self.activated.append((handle, bool(countdowns_visible())))

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


def controller_for(window: QWidget, grabber: Grabber, **options) -> CaptureController:
    return CaptureController(window, grabber, hide_delay_ms=0, tick_ms=TICK_MS, **options)


def running(controller: CaptureController) -> Countdown:
    assert controller.countdown is not None and controller.countdown.running
    return controller.countdown


# -- the sequence -----------------------------------------------------------------------------------

def test_a_delayed_screen_capture_counts_down_with_attest_hidden_then_grabs_without_either(qtbot,
                                                                                          attest_window) -> None:
    grabber = Grabber(attest_window)
    controller = controller_for(attest_window, grabber)
    seen: list[str] = []
    controller.capture_screen(0, delay=3)
    countdown = running(controller)
    countdown.timer.timeout.connect(lambda: seen.append(countdown.text.text()))
    assert countdown.isVisible() and countdown.text.text() == "Capturing in 3…"
    assert not attest_window.isVisible() and controller.busy and grabber.grabs == []
    flags = countdown.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint and flags & Qt.WindowType.WindowStaysOnTopHint
    with qtbot.waitSignal(controller.captured, timeout=3000) as blocker:
        pass
    assert seen[:2] == ["Capturing in 2…", "Capturing in 1…"]
    assert grabber.grabs == [{"attest": False, "countdown": False}]  # neither is in the picture
    assert blocker.args[1] == "screen-1.png"
    assert attest_window.isVisible() and not controller.busy and controller.countdown is None
    assert countdowns_visible() == []


def test_the_default_delay_is_read_at_each_capture_and_zero_or_a_named_delay_overrides_it(qtbot,
                                                                                       attest_window) -> None:
    grabber = Grabber(attest_window)
    setting = {"delay": 2}
    controller = controller_for(attest_window, grabber, delay=lambda: setting["delay"])
    controller.capture_screen(0)  # the setting: 2 s
    assert running(controller).remaining == 2
    with qtbot.waitSignal(controller.captured, timeout=3000):
        pass
    with qtbot.waitSignal(controller.captured, timeout=3000):
        controller.capture_screen(0, delay=0)  # "Now" from the button's menu
        assert controller.countdown is None
    setting["delay"] = 0  # the setting changed: applies from the next capture
    with qtbot.waitSignal(controller.captured, timeout=3000):
        controller.capture_screen(0)
        assert controller.countdown is None
    controller.default_delay = lambda: 1  # the attribute may also be set after construction
    controller.capture_screen(0)
    assert running(controller).remaining == 1
    with qtbot.waitSignal(controller.captured, timeout=3000):
        pass
    assert [g["countdown"] for g in grabber.grabs] == [False, False, False, False]


@pytest.mark.parametrize("how", ["button", "escape", "closed", "controller"])
def test_cancelling_the_countdown_grabs_nothing_and_brings_attest_back(qtbot, attest_window, how) -> None:
    grabber = Grabber(attest_window)
    controller = CaptureController(attest_window, grabber, hide_delay_ms=0, tick_ms=200)
    controller.capture_screen(0, delay=5)
    countdown = running(controller)
    assert not attest_window.isVisible()
    with qtbot.waitSignal(controller.cancelled), qtbot.assertNotEmitted(controller.captured, wait=300):
        if how == "button":
            qtbot.mouseClick(countdown.cancel_button, Qt.MouseButton.LeftButton)
        elif how == "escape":
            qtbot.keyClick(countdown, Qt.Key.Key_Escape)
        elif how == "closed":
            countdown.close()  # Alt+F4, or the system
        else:
            assert controller.cancel()
    assert grabber.grabs == [] and attest_window.isVisible() and not controller.busy
    assert countdowns_visible() == [] and not controller.cancel()  # nothing left to cancel
    with qtbot.waitSignal(controller.captured, timeout=3000):  # and the next capture works
        controller.capture_screen(0, delay=1)


def test_a_grab_failing_after_the_countdown_brings_attest_back(qtbot, attest_window) -> None:
    grabber = Grabber(attest_window, fail=RuntimeError("the X server went away"))
    controller = controller_for(attest_window, grabber)
    with qtbot.waitSignal(controller.failed, timeout=3000) as blocker:
        controller.capture_screen(0, delay=2)
    assert "RuntimeError: the X server went away" in blocker.args[0]
    assert grabber.grabs == [{"attest": False, "countdown": False}]
    assert attest_window.isVisible() and not controller.busy and countdowns_visible() == []


def test_a_countdown_that_cannot_be_shown_fails_without_leaving_attest_hidden(qtbot, attest_window,
                                                                           monkeypatch) -> None:
    def broken(self: Countdown, seconds: int, *, activate: bool = False) -> None:
        raise RuntimeError("no window could be created")

    monkeypatch.setattr(Countdown, "start", broken)
    controller = controller_for(attest_window, Grabber(attest_window))
    with qtbot.waitSignal(controller.failed) as blocker:
        controller.capture_region(delay=3)
    assert "no window could be created" in blocker.args[0]
    assert attest_window.isVisible() and not controller.busy


@pytest.mark.parametrize("delay", [-1, 11, 2.5, True])
def test_a_delay_attest_does_not_offer_is_refused_and_nothing_is_hidden(qtbot, attest_window, delay) -> None:
    grabber = Grabber(attest_window)
    controller = controller_for(attest_window, grabber)
    for capture in (lambda: controller.capture_screen(0, delay=delay), lambda: controller.capture_region(delay),
                    lambda: controller.capture_window(delay)):
        with qtbot.waitSignal(controller.failed) as blocker:
            capture()
        assert "capture delay must be" in blocker.args[0]
    assert attest_window.isVisible() and grabber.grabs == [] and not controller.busy


def test_while_counting_down_no_other_capture_starts(qtbot, attest_window) -> None:
    grabber = Grabber(attest_window)
    controller = controller_for(attest_window, grabber)
    controller.capture_screen(0, delay=3)
    with qtbot.waitSignal(controller.failed) as refused:
        controller.capture_region()  # the global shortcut, pressed again
    assert "already under way" in refused.args[0]
    with qtbot.waitSignal(controller.captured, timeout=3000):
        pass
    assert len(grabber.grabs) == 1


def test_a_delayed_region_capture_freezes_the_screen_after_the_countdown(qtbot, attest_window) -> None:
    grabber = Grabber(attest_window)
    controller = controller_for(attest_window, grabber)
    controller.capture_region(delay=2)
    assert running(controller) and controller.selector is None and grabber.grabs == []
    qtbot.waitUntil(lambda: controller.selector is not None, timeout=3000)
    assert grabber.grabs == [{"attest": False, "countdown": False}]  # the frozen picture holds neither
    assert not attest_window.isVisible() and countdowns_visible() == []
    overlay = controller.selector.overlays[0]
    qtbot.addWidget(overlay)
    with qtbot.waitSignal(controller.captured) as blocker:
        qtbot.mousePress(overlay, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
        qtbot.mouseMove(overlay, QPoint(60, 40))
        qtbot.mouseRelease(overlay, Qt.MouseButton.LeftButton, pos=QPoint(60, 40))
    data, name = blocker.args
    assert name == "region.png" and Image.open(io.BytesIO(data)).size == (50, 30)
    assert attest_window.isVisible() and not controller.busy


def test_a_delayed_window_capture_chooses_first_brings_the_window_forward_then_counts_down(qtbot,
                                                                                          attest_window) -> None:
    grabber = Grabber(attest_window)
    windows = Windows(attest_window)
    chosen_with_attest_visible: list[bool] = []

    def choose(listed: list[WindowInfo], _parent: QWidget) -> WindowInfo:
        chosen_with_attest_visible.append(attest_window.isVisible())
        return listed[0]

    controller = controller_for(attest_window, grabber, windows=windows, choose_window=choose)
    controller.capture_window(delay=2)
    assert chosen_with_attest_visible == [True] and not attest_window.isVisible()
    qtbot.waitUntil(lambda: controller.countdown is not None, timeout=3000)
    assert windows.activated == [(0x51, False)]  # forward before the count, so a menu can be opened in it
    with qtbot.waitSignal(controller.captured, timeout=3000) as blocker:
        pass
    assert windows.activated == [(0x51, False)]  # and not again at the grab: that could close the menu
    assert grabber.grabs == [{"attest": False, "countdown": False}]
    assert blocker.args[1] == "window-Registration.png" and attest_window.isVisible()


def test_a_cancelled_window_chooser_starts_no_countdown(qtbot, attest_window) -> None:
    controller = controller_for(attest_window, Grabber(attest_window), windows=Windows(attest_window),
                                choose_window=lambda _listed, _parent: None)
    with qtbot.waitSignal(controller.cancelled):
        controller.capture_window(delay=3)
    assert controller.countdown is None and attest_window.isVisible()


def test_a_controller_deleted_while_counting_down_takes_its_countdown_with_it(qtbot, attest_window) -> None:
    import shiboken6

    controller = controller_for(attest_window, Grabber(attest_window))
    controller.capture_screen(0, delay=3)
    countdown = running(controller)
    controller.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(countdown), timeout=2000)
    assert countdowns_visible() == []


def test_the_countdown_sits_in_a_corner_of_the_screen(qtbot, attest_window) -> None:
    controller = controller_for(attest_window, Grabber(attest_window))
    controller.capture_screen(0, delay=3)
    countdown = running(controller)
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert area.contains(countdown.frameGeometry())
    corner = countdown.frameGeometry()
    assert corner.right() > area.center().x() and corner.bottom() > area.center().y()
    assert "Esc" in countdown.cancel_button.text()
    controller.cancel()


# -- the capture buttons' menu ---------------------------------------------------------------------

def labels(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions()]


def test_the_delay_menu_offers_now_and_three_delays_and_marks_the_default(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    chosen: list[int] = []
    menu = delay_menu(parent, chosen.append, 0)
    assert labels(menu) == ["Now  (default)", "After 3 s", "After 5 s", "After 10 s"]
    assert [a.isChecked() for a in menu.actions()] == [True, False, False, False]
    for action in menu.actions():
        action.trigger()
    assert chosen == [0, 3, 5, 10]
    assert labels(delay_menu(parent, chosen.append, 5))[2] == "After 5 s  (default)"
    other = delay_menu(parent, chosen.append, 7)  # the setting's own delay is offered too
    assert labels(other) == ["Now", "After 3 s", "After 5 s", "After 7 s  (default)", "After 10 s"]
    assert delay_choices(42) == [0, 3, 5, 10]  # never a delay the controller would refuse


def test_the_delay_button_builds_its_menu_from_the_setting_as_it_is_when_clicked(qtbot, monkeypatch) -> None:
    popped: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, _pos, _at=None: popped.append(menu))  # offscreen cannot grab
    setting = {"delay": 3}
    chosen: list[int] = []
    button = delay_button(chosen.append, lambda: setting["delay"])
    qtbot.addWidget(button)
    button.show()
    setting["delay"] = 10
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(popped) == 1 and "After 10 s  (default)" in labels(popped[0])
    popped[0].actions()[0].trigger()
    assert chosen == [0]


def test_the_delay_problem_names_the_range() -> None:
    assert delay_problem(0) is None and delay_problem(10) is None
    assert "0 to 10 seconds" in str(delay_problem(11)) and "whole number" in str(delay_problem("3"))


# -- the setting -----------------------------------------------------------------------------------

def fresh(ini: Path) -> AppSettings:
    return AppSettings(QSettings(str(ini), QSettings.Format.IniFormat))


def test_the_capture_delay_setting_round_trips_and_stays_within_0_to_10(tmp_path: Path) -> None:
    ini = tmp_path / "settings.ini"
    assert fresh(ini).capture_delay == 0
    settings = fresh(ini)
    settings.capture_delay = 7
    settings.sync()
    assert fresh(ini).capture_delay == 7
    settings.capture_delay = 60
    settings.sync()
    assert fresh(ini).capture_delay == 10
    for stored, read in (("-3", 0), ("abc", 0), ("99", 10), ("", 0)):
        settings.qsettings.setValue(KEY_CAPTURE_DELAY, stored)
        assert settings.capture_delay == read, stored


def test_the_settings_screen_sets_the_delay_with_a_spin_box(qtbot, tmp_path: Path, ws: Workspace) -> None:
    ini = tmp_path / "settings.ini"
    box = SettingsDialog(fresh(ini), ws, taken={}, env={})
    qtbot.addWidget(box)
    assert box.delay.value() == 0 and box.delay.text() == "None: capture at once"
    assert (box.delay.minimum(), box.delay.maximum()) == (0, 10)
    box.delay.setValue(5)
    assert box.apply()
    assert "capture_delay" in box.changed and fresh(ini).capture_delay == 5
    again = SettingsDialog(fresh(ini), ws, taken={}, env={})
    qtbot.addWidget(again)
    assert again.delay.value() == 5
    again.delay.setValue(3)
    again.reject()  # Cancel changes nothing
    assert fresh(ini).capture_delay == 5
    unchanged = SettingsDialog(fresh(ini), ws, taken={}, env={})
    qtbot.addWidget(unchanged)
    assert unchanged.apply() and "capture_delay" not in unchanged.changed


# -- the command line ------------------------------------------------------------------------------

@pytest.mark.parametrize("delay", ["11", "0", "-2"])
def test_attest_capture_screen_refuses_a_delay_out_of_range_in_one_line(tmp_path: Path, capsys, delay) -> None:
    status = attest_main(["--workspace", str(tmp_path / "ws"), "capture", "screen", "--out",
                          str(tmp_path / "shot.png"), "--delay", delay])
    err = capsys.readouterr().err
    assert status == 2 and err.count("\n") == 1 and "--delay" in err and "1 to 10" in err, err
    assert not (tmp_path / "shot.png").exists()
