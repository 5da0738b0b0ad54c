"""Grabbing a screen: the one module of ``capture`` that uses Qt.

The app and ``attest capture screen`` both come here, so what a script captures on a real X server
is what the tester's button captures. The grabber is a small protocol so tests can pass a fake.
Every grab is redacted by the intake path before anything stores or shows it.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from typing import Protocol

from attest.core.errors import AttestError


class CaptureUnavailable(AttestError):
    """The platform will not let Attest read the screen; the message says why and what to do."""


@dataclass(frozen=True)
class ScreenInfo:
    index: int
    name: str
    x: int
    y: int
    width: int  # logical pixels
    height: int
    scale: float  # device pixels per logical pixel (HiDPI)


class ScreenGrabber(Protocol):
    def screens(self) -> list[ScreenInfo]: ...

    def grab(self, index: int) -> bytes:
        """The whole screen ``index`` as PNG bytes, at device resolution."""
        ...


class QtScreenGrabber:
    """Qt's own screen grab (X11, Windows, macOS). Wayland does not allow it: said plainly."""

    def __init__(self) -> None:
        check_platform()
        from PySide6.QtGui import QGuiApplication

        self.app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])

    def screens(self) -> list[ScreenInfo]:
        from PySide6.QtGui import QGuiApplication

        out = []
        for index, screen in enumerate(QGuiApplication.screens()):
            geometry = screen.geometry()
            out.append(ScreenInfo(index, screen.name(), geometry.x(), geometry.y(), geometry.width(),
                                  geometry.height(), screen.devicePixelRatio()))
        return out

    def grab(self, index: int) -> bytes:
        from PySide6.QtCore import QBuffer, QIODevice
        from PySide6.QtGui import QGuiApplication

        screens = QGuiApplication.screens()
        if not 0 <= index < len(screens):
            raise AttestError(f"--screen {index}: there {'is' if len(screens) == 1 else 'are'} {len(screens)} "
                              f"screen{'s' if len(screens) != 1 else ''} (0 to {len(screens) - 1})")
        pixmap = screens[index].grabWindow(0)
        if pixmap.isNull():
            raise CaptureUnavailable("the screen could not be read; on macOS allow Attest under System Settings > "
                                     "Privacy & Security > Screen Recording")
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        pixmap.save(buffer, "PNG")
        return bytes(buffer.data().data())


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
