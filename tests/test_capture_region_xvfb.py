"""Window and region capture on a real X server with two monitors at different HiDPI scales.

Xvfb has one output, so the fixture splits its screen into two RandR 1.5 monitors ("M0" 1600x1000
at the left, "M1" 1280x800 beside it), as ``xrandr --setmonitor`` would; Qt sees two screens. The
capturing process runs with QT_SCREEN_SCALE_FACTORS "M0=2;M1=1.5", so M1 is the logical rectangle
(1600, 0, 853, 533): its native left edge kept, its size divided by 1.5. What is checked: the window
listed by title from another process with its frame, its capture pixel for pixel, the overlays on
the right screens, and a drag on the 150 % overlay cropping exactly the device pixels under it.
(libXrandr comes with Xvfb on Debian: xvfb -> xserver-common -> x11-xkb-utils -> libxrandr2.)
"""

from __future__ import annotations

import ctypes
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from xvfb_server import xvfb_display

HERE = Path(__file__).parent


class _MonitorInfo(ctypes.Structure):  # XRRMonitorInfo
    _fields_ = [("name", ctypes.c_ulong), ("primary", ctypes.c_int), ("automatic", ctypes.c_int),
                ("noutput", ctypes.c_int), ("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int),
                ("height", ctypes.c_int), ("mwidth", ctypes.c_int), ("mheight", ctypes.c_int),
                ("outputs", ctypes.POINTER(ctypes.c_ulong))]


class _Monitors:
    """Split the X screen into monitors. The server forgets them when this connection closes."""

    def __init__(self, display: str) -> None:
        x11, self.xrandr = ctypes.CDLL("libX11.so.6"), ctypes.CDLL("libXrandr.so.2")
        self.x11 = x11
        p, ul = ctypes.c_void_p, ctypes.c_ulong
        x11.XOpenDisplay.restype, x11.XOpenDisplay.argtypes = p, [ctypes.c_char_p]
        x11.XDefaultRootWindow.restype, x11.XDefaultRootWindow.argtypes = ul, [p]
        x11.XInternAtom.restype, x11.XInternAtom.argtypes = ul, [p, ctypes.c_char_p, ctypes.c_int]
        x11.XSync.argtypes, x11.XCloseDisplay.argtypes = [p, ctypes.c_int], [p]
        self.xrandr.XRRGetMonitors.restype = ctypes.POINTER(_MonitorInfo)
        self.xrandr.XRRGetMonitors.argtypes = [p, ul, ctypes.c_int, ctypes.POINTER(ctypes.c_int)]
        self.xrandr.XRRAllocateMonitor.restype = ctypes.POINTER(_MonitorInfo)
        self.xrandr.XRRAllocateMonitor.argtypes = [p, ctypes.c_int]
        self.xrandr.XRRSetMonitor.argtypes = [p, ul, ctypes.POINTER(_MonitorInfo)]
        self.display = x11.XOpenDisplay(display.encode())
        assert self.display, f"cannot open {display}"
        self.root = x11.XDefaultRootWindow(self.display)

    def split(self, *monitors: tuple[int, int, int, int]) -> None:
        count = ctypes.c_int()
        output = self.xrandr.XRRGetMonitors(self.display, self.root, 0, ctypes.byref(count))[0].outputs[0]
        for number, (x, y, width, height) in enumerate(monitors):
            # The first takes over the real output, which retires the automatic whole-screen monitor.
            info = self.xrandr.XRRAllocateMonitor(self.display, 1 if number == 0 else 0).contents
            info.name = self.x11.XInternAtom(self.display, f"M{number}".encode(), 0)
            info.primary = int(number == 0)
            info.x, info.y, info.width, info.height = x, y, width, height
            info.mwidth, info.mheight = width // 4, height // 4
            if number == 0:
                info.outputs[0] = output
            self.xrandr.XRRSetMonitor(self.display, self.root, ctypes.byref(info))
        self.x11.XSync(self.display, 0)

    def close(self) -> None:
        self.x11.XCloseDisplay(self.display)


@pytest.fixture
def two_monitors() -> Iterator[str]:
    with xvfb_display("2880x1000", 100) as display:
        monitors = _Monitors(display)
        try:
            monitors.split((0, 0, 1600, 1000), (1600, 0, 1280, 800))
            yield display
        finally:
            monitors.close()


def test_window_and_region_capture_on_two_monitors_at_200_and_150_percent(two_monitors: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "QT_SCALE_FACTOR")}
    env.update(DISPLAY=two_monitors, QT_QPA_PLATFORM="xcb")
    raw = tmp_path / "raw.png"
    window = subprocess.Popen([sys.executable, str(HERE / "xvfb_window.py"), str(raw)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert window.stdout is not None and window.stdout.readline().strip() == "shown", window.stderr
        done = subprocess.run([sys.executable, str(HERE / "xvfb_region.py"), str(raw)], capture_output=True,
                              text=True, timeout=60, env={**env, "QT_SCREEN_SCALE_FACTORS": "M0=2;M1=1.5"})
    finally:
        window.kill()
        window.communicate(timeout=10)
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["screens"] == [["M0", 0, 0, 800, 500, 2.0], ["M1", 1600, 0, 853, 533, 1.5]]
    assert report["grab_sizes"] == [[1600, 1000], [1280, 800]]
    # the other process's window by its title (Attest's own is not offered), frame and all
    assert report["windows"] == [["Registration", 40, 40, 700, 220]]
    assert report["window_name"] == "window-Registration.png" and report["window_size"] == [700, 220]
    assert report["window_matches_raw_grab"] and report["attest_visible_after_window"]
    assert report["attest_visible_during_region"] is False
    assert report["overlay_geometries"] == [[0, 0, 800, 500], [1600, 0, 853, 533]]
    assert report["overlay_screens"] == ["M0", "M1"]
    # logical (10, 10)-(110, 60) on the 150 % screen: device pixels (15, 15)-(165, 90) of its grab
    assert report["region_name"] == "region.png" and report["region_size"] == [150, 75]
    assert report["region_matches_frozen_grab"] and report["attest_visible_after_region"]
