"""Grabbing a screen: the one module of ``capture`` that uses Qt.

The app and ``attest capture screen`` both come here, so what a script captures on a real X server
is what the tester's button captures. The grabber is a small protocol so tests can pass a fake.
Every grab is redacted by the intake path before anything stores or shows it.

It also holds the geometry that turns "what the tester selected" into "which pixels of the grab":
pure functions, testable without a display, because getting them wrong on a second monitor or at
150 % scaling silently captures the wrong part of the screen. Qt is imported inside functions only,
so this module (and ``capture.windows``, which uses its geometry) imports without a display.

Coordinates, as Qt 6 lays them out on Windows and X11 (checked on Xvfb with two monitors and
``QT_SCALE_FACTOR`` 1, 1.5 and 2): each screen keeps its *native* top-left corner as its logical
top-left, and only its size is divided by its scale. So a screen of 1280x800 device pixels at native
(1600, 0) with scale 2 is the logical rectangle (1600, 0, 640, 400). A logical point p on screen s is
device pixel ``(p - s.origin) * s.scale`` of that screen's grab, and a native point n (what the
window system reports for other applications' windows) is device pixel ``n - s.origin``.
"""

from __future__ import annotations

import ctypes
import math
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from attest.core.errors import AttestError

if TYPE_CHECKING:
    from PySide6.QtGui import QImage


class CaptureUnavailable(AttestError):
    """The platform will not let Attest read the screen; the message says why and what to do."""


@dataclass(frozen=True)
class Rect:
    """An integer rectangle: device pixels of an image, or native pixels of the desktop."""

    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:
        """One past the last column."""
        return self.x + self.width

    @property
    def bottom(self) -> int:
        """One past the last row."""
        return self.y + self.height

    def intersected(self, other: Rect) -> Rect | None:
        """The overlap, or ``None`` when the two do not overlap by at least one pixel."""
        left, top = max(self.x, other.x), max(self.y, other.y)
        right, bottom = min(self.right, other.right), min(self.bottom, other.bottom)
        if right <= left or bottom <= top:
            return None
        return Rect(left, top, right - left, bottom - top)


@dataclass(frozen=True)
class ScreenInfo:
    index: int
    name: str
    x: int
    y: int
    width: int  # logical pixels
    height: int
    scale: float  # device pixels per logical pixel (HiDPI)

    @property
    def native_rect(self) -> Rect:
        """Where the screen is in native (device) pixels: same top-left, size times the scale."""
        return Rect(self.x, self.y, round(self.width * self.scale), round(self.height * self.scale))


class ScreenGrabber(Protocol):
    def screens(self) -> list[ScreenInfo]: ...

    def grab(self, index: int) -> bytes:
        """The whole screen ``index`` as PNG bytes, at device resolution."""
        ...


# A selection edge within this distance of a device pixel boundary is on it: 0.8 logical pixels at
# scale 1.25 is 1.0000000000000002 device pixels, and must not grow the selection by a pixel.
_EDGE_TOLERANCE = 1e-3


def region_to_device(region: tuple[float, float, float, float], screen: ScreenInfo,
                     image_size: tuple[int, int]) -> Rect | None:
    """The device-pixel rectangle of ``screen``'s grab that a selection covers.

    ``region`` is two opposite corners ``(x0, y0, x1, y1)`` in global logical coordinates (any order:
    a drag may go up and left), as the overlay on ``screen`` reports them; they may be fractional at
    scales such as 1.25 or 1.5. Edges are rounded outward, so every device pixel the tester saw
    inside the rubber band is captured, then clamped to ``image_size`` (the grab's real size, which
    can differ by a pixel from the logical size times the scale). ``None`` if nothing is left.
    """
    x0, y0, x1, y1 = region
    left, right = sorted(((x0 - screen.x) * screen.scale, (x1 - screen.x) * screen.scale))
    top, bottom = sorted(((y0 - screen.y) * screen.scale, (y1 - screen.y) * screen.scale))
    x, y = math.floor(left + _EDGE_TOLERANCE), math.floor(top + _EDGE_TOLERANCE)
    right_edge, bottom_edge = math.ceil(right - _EDGE_TOLERANCE), math.ceil(bottom - _EDGE_TOLERANCE)
    return Rect(x, y, right_edge - x, bottom_edge - y).intersected(Rect(0, 0, *image_size))


def native_to_device(rect: Rect, screen: ScreenInfo, image_size: tuple[int, int]) -> Rect | None:
    """The part of ``screen``'s grab that a rectangle in native desktop pixels covers (a window's
    frame as Windows or X11 reports it), clamped to the grab; ``None`` if it is not on this screen."""
    return Rect(rect.x - screen.x, rect.y - screen.y, rect.width, rect.height).intersected(Rect(0, 0, *image_size))


def screen_for_native_rect(rect: Rect, screens: list[ScreenInfo]) -> ScreenInfo | None:
    """The screen showing most of ``rect`` (a window may straddle two monitors; the grab is of one)."""
    best, best_area = None, 0
    for screen in screens:
        overlap = rect.intersected(screen.native_rect)
        if overlap is not None and overlap.width * overlap.height > best_area:
            best, best_area = screen, overlap.width * overlap.height
    return best


class QtScreenGrabber:
    """Qt's own screen grab (X11, Windows, macOS). Wayland does not allow it: said plainly."""

    def __init__(self) -> None:
        check_platform()
        check_screen_permission()
        from PySide6.QtGui import QGuiApplication

        self.app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])

    def screens(self) -> list[ScreenInfo]:
        from PySide6.QtGui import QGuiApplication

        out = []
        for index, screen in enumerate(QGuiApplication.screens()):
            geometry = screen.geometry()
            out.append(ScreenInfo(index, screen.name(), geometry.x(), geometry.y(), geometry.width(),
                                  geometry.height(), screen.devicePixelRatio()))
        if not out:
            raise CaptureUnavailable("no screen is connected (the system reports none); connect or wake a "
                                     "monitor and try again")
        return out

    def grab_image(self, index: int) -> QImage:
        """The whole screen ``index`` at device resolution, as an image: the region overlay paints and
        crops it directly, sparing a PNG encode and decode of every monitor before it can appear."""
        from PySide6.QtGui import QGuiApplication

        screens = QGuiApplication.screens()
        if not 0 <= index < len(screens):
            raise AttestError(f"--screen {index}: there {'is' if len(screens) == 1 else 'are'} {len(screens)} "
                              f"screen{'s' if len(screens) != 1 else ''} (0 to {len(screens) - 1})")
        pixmap = screens[index].grabWindow(0)
        if pixmap.isNull():
            raise CaptureUnavailable("the screen could not be read; on macOS allow Attest under System Settings > "
                                     "Privacy & Security > Screen Recording")
        return pixmap.toImage()

    def grab(self, index: int) -> bytes:
        return image_png(self.grab_image(index))


def image_png(image: QImage) -> bytes:
    """An image as PNG bytes (lossless, so a crop holds exactly the grabbed pixels)."""
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # a str works; the stub wants bytes, which fail
        raise AttestError("the captured image could not be encoded as PNG")
    return bytes(buffer.data().data())


def crop_png(image: QImage, rect: Rect) -> bytes:
    """The device-pixel ``rect`` of a grabbed image, as PNG bytes."""
    from PySide6.QtCore import QRect

    part = image.copy(QRect(rect.x, rect.y, rect.width, rect.height))
    part.setDevicePixelRatio(1.0)  # the evidence is the pixels; no HiDPI hint to shrink it when shown
    return image_png(part)


def check_platform(env: dict[str, str] | None = None, platform: str = sys.platform) -> None:
    env = dict(os.environ) if env is None else env
    if not platform.startswith("linux"):
        return
    qpa = env.get("QT_QPA_PLATFORM", "")
    if qpa == "offscreen":
        raise CaptureUnavailable("there is no screen to capture: Qt runs on its offscreen platform "
                                 "(QT_QPA_PLATFORM=offscreen)")
    if qpa.startswith("wayland") or (env.get("WAYLAND_DISPLAY") and not env.get("DISPLAY")):
        raise CaptureUnavailable("Wayland does not let applications read the screen. Log in to an X11 "
                                 "session (\"GNOME on Xorg\"), or run Attest with QT_QPA_PLATFORM=xcb under "
                                 "XWayland, or paste screenshots from your desktop's own tool with Ctrl+Shift+V")
    if not env.get("DISPLAY"):
        raise CaptureUnavailable("no display to capture (DISPLAY is not set); on a server use a virtual display: "
                                 "xvfb-run attest capture screen --out FILE.png")


def check_screen_permission(platform: str = sys.platform,
                            preflight: Callable[[], bool | None] | None = None) -> None:
    """macOS 10.15+ hands an application without the Screen Recording permission a grab of the bare
    desktop instead of an error, so a tester would store evidence showing nothing. Ask first."""
    if platform != "darwin":
        return
    if (preflight or _macos_screen_capture_allowed)() is False:
        raise CaptureUnavailable("macOS has not allowed Attest to record the screen. Allow it under System "
                                 "Settings > Privacy & Security > Screen Recording, then quit and reopen Attest")


def _macos_screen_capture_allowed() -> bool | None:
    """CoreGraphics' own answer (``None`` where the system predates the permission). Asking also adds
    Attest to the Screen Recording list and shows the system's prompt, once."""
    try:
        graphics = ctypes.cdll.LoadLibrary("/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics")
    except OSError:
        return None
    preflight = getattr(graphics, "CGPreflightScreenCaptureAccess", None)
    if preflight is None:
        return None
    preflight.restype = ctypes.c_bool
    if preflight():
        return True
    request = getattr(graphics, "CGRequestScreenCaptureAccess", None)
    if request is not None:
        request.restype = ctypes.c_bool
        request()
    return False
