"""Delayed capture on a real X server (Xvfb): a menu opened in another application during the
countdown is in the picture, and neither the countdown nor Attest's window is.

As a tester does it: Attest's delayed capture starts (Attest hides, the countdown shows in a corner),
then the application under test (tests/xvfb_menu.py, a white window covering the screen) opens its
File menu, whose magenta background nothing else on the screen has; one second after the countdown
appeared the screen is grabbed. The same for ``attest capture screen --delay 1``, which counts down on
standard error. Like tests/test_capture_xvfb.py this needs Xvfb, which CI installs: without it the
test fails rather than skips.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from attest.redaction.ocr import default_engine
from xvfb_server import xvfb_display

HERE = Path(__file__).parent
MAGENTA = np.array([255, 0, 255])


@pytest.fixture
def xvfb() -> Iterator[str]:
    with xvfb_display("1280x800", 110) as display:
        yield display


@pytest.fixture
def env(xvfb: str) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "QT_SCALE_FACTOR")}
    clean.update(DISPLAY=xvfb, QT_QPA_PLATFORM="xcb")
    return clean


class MenuApp:
    """tests/xvfb_menu.py, running: ``open()`` opens its File menu and returns the menu's rectangle."""

    def __init__(self, env: dict[str, str]) -> None:
        self.process = subprocess.Popen([sys.executable, str(HERE / "xvfb_menu.py")], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        assert self._line() == "shown", self.process.stderr

    def _line(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def open(self) -> tuple[int, int, int, int]:
        assert self.process.stdin is not None
        self.process.stdin.write("open\n")
        self.process.stdin.flush()
        word, *numbers = self._line().split()
        assert word == "opened", word
        x, y, width, height = (int(n) for n in numbers)
        return x, y, width, height

    def close(self) -> None:
        self.process.kill()
        self.process.communicate(timeout=10)  # reaps it and closes its pipes


@pytest.fixture
def menu_app(env: dict[str, str]) -> Iterator[MenuApp]:
    app = MenuApp(env)
    try:
        yield app
    finally:
        app.close()


def rgb(path: Path) -> np.ndarray:
    return np.asarray(Image.open(path).convert("RGB")).astype(int)


def share(pixels: np.ndarray, colour: np.ndarray, tolerance: int = 12) -> float:
    """The fraction of ``pixels`` within ``tolerance`` of ``colour`` in every channel."""
    return float(np.all(np.abs(pixels - colour) <= tolerance, axis=-1).mean())


def part(image: np.ndarray, rect: tuple[int, int, int, int] | list[int]) -> np.ndarray:
    x, y, width, height = rect
    return image[y:y + height, x:x + width]


def assert_menu_shown(image: np.ndarray, menu: tuple[int, int, int, int]) -> None:
    """The menu's rectangle is its magenta background with its items written on it in black."""
    inside = part(image, menu)
    assert inside.shape[:2] == (menu[3], menu[2])
    assert share(inside, MAGENTA) > 0.6, share(inside, MAGENTA)
    assert share(inside, np.array([0, 0, 0]), 60) > 0.02  # the items' text (and the border)
    outside = image.copy()
    outside[menu[1]:menu[1] + menu[3], menu[0]:menu[0] + menu[2]] = 255
    assert share(outside, MAGENTA) == 0.0  # the colour is the menu's alone: it is where the menu is
    buffer = io.BytesIO()
    Image.fromarray(inside.astype(np.uint8)).save(buffer, format="PNG")
    text = " ".join(w.text for w in default_engine().read(np.asarray(Image.open(buffer).convert("RGB"))))
    assert "Exportreadings" in text.replace(" ", "") and "Sendflow" in text.replace(" ", ""), text


@pytest.mark.parametrize("mode", ["screen", "region"])
def test_a_delayed_capture_shows_the_menu_opened_during_the_countdown_and_not_the_countdown(
        env: dict[str, str], menu_app: MenuApp, tmp_path: Path, mode: str) -> None:
    out, during = tmp_path / "capture.png", tmp_path / "during.png"
    attest = subprocess.Popen([sys.executable, str(HERE / "xvfb_delayed.py"), mode, str(out), str(during)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert attest.stdout is not None and attest.stdout.readline().strip() == "counting", attest.stderr
        menu = menu_app.open()  # the tester opens the menu while the countdown runs
        stdout, stderr = attest.communicate(timeout=60)
    finally:
        if attest.poll() is None:
            attest.kill()
            attest.communicate(timeout=10)
    assert attest.returncode == 0, stdout + stderr
    report = json.loads(stdout.strip().splitlines()[-1])
    assert "failed" not in report, report
    assert report["attest_visible_during_countdown"] is False and report["countdown_text"] == "Capturing in 1…"
    assert report["grabs"] == [{"attest": False, "countdown": False}] and report["attest_visible_after"]
    assert report["seconds"] >= 1.0

    shot, control = rgb(out), rgb(during)
    if mode == "screen":
        assert report["name"] == "screen-1.png" and shot.shape[:2] == (800, 1280)
    else:  # the drag from (2, 2) to (642, 402) on the frozen screen
        assert report["name"] == "region.png" and shot.shape[:2] == (400, 640)
        menu = (menu[0] - 2, menu[1] - 2, menu[2], menu[3])
    assert_menu_shown(shot, menu)
    # the countdown was on screen while counting (dark panel) and is not in the capture (white window)
    countdown = report["countdown_rect"]
    assert share(part(control, countdown), np.array([0, 0, 0]), 60) > 0.5
    if mode == "screen":
        assert share(part(shot, countdown), np.array([255, 255, 255])) > 0.95
        assert share(part(shot, report["attest_rect"]), np.array([255, 255, 255])) > 0.95  # nor is Attest
    assert share(part(control, report["attest_rect"]), np.array([255, 255, 255])) > 0.95  # hidden already


def test_attest_capture_screen_delay_counts_down_then_captures_the_open_menu(env: dict[str, str],
                                                                            menu_app: MenuApp,
                                                                            tmp_path: Path) -> None:
    out = tmp_path / "capture.png"
    exe = Path(sys.executable).with_name("attest")
    started = time.monotonic()
    cli = subprocess.Popen([str(exe), "--workspace", str(tmp_path / "ws"), "capture", "screen", "--delay", "1",
                            "--out", str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert cli.stderr is not None
        first = cli.stderr.readline().strip()
        assert first == "capturing in 1…", first + cli.stderr.read()
        menu = menu_app.open()
        stdout, stderr = cli.communicate(timeout=120)
    finally:
        if cli.poll() is None:
            cli.kill()
            cli.communicate(timeout=10)
    assert cli.returncode == 0, stderr
    assert time.monotonic() - started >= 1.0
    assert stdout.strip() == str(out) and "identifier(s) masked" in stderr
    shot = rgb(out)
    assert shot.shape[:2] == (800, 1280)
    assert_menu_shown(shot, menu)


def test_attest_capture_screen_refuses_a_delay_over_ten_seconds(env: dict[str, str], tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("attest")
    done = subprocess.run([str(exe), "--workspace", str(tmp_path / "ws"), "capture", "screen", "--delay", "11",
                           "--out", str(tmp_path / "capture.png")], capture_output=True, text=True, env=env,
                          timeout=60)
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "--delay 11" in done.stderr, done.stderr
    assert not (tmp_path / "capture.png").exists()
