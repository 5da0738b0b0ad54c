"""Other applications' windows, so the tester can capture one by choosing it by its title.

Qt knows only Attest's own windows, so the list comes from the window system, through ``ctypes``
and no extra package:

- Windows: ``EnumWindows`` in z-order, the windows Alt+Tab would show (visible, not cloaked, not tool
  windows, not Attest's own), with the frame DWM draws (``DWMWA_EXTENDED_FRAME_BOUNDS``; the plain
  window rectangle includes an invisible resize border of several pixels).
- X11: the window manager's ``_NET_CLIENT_LIST_STACKING`` (EWMH), frame included from
  ``_NET_FRAME_EXTENTS``; with no window manager (a bare Xvfb) the mapped children of the root window.
  libX11 is there wherever Qt's xcb platform runs (it links it), so this adds no dependency; the
  ``python-xlib`` package would, for the handful of calls used here.
- macOS and Wayland do not let an application list or read other windows this way: capturing a
  window there is refused with a message that says to choose a region instead.

A window is captured by bringing it to the front, grabbing the screen it is on, and cutting out its
rectangle (see ``capture.screen.native_to_device``): what the tester sees is what is stored, also for
applications that draw with the GPU, which window-content APIs often return black.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Protocol

from attest.capture.screen import CaptureUnavailable, Rect, check_platform


@dataclass(frozen=True)
class WindowInfo:
    handle: int  # HWND on Windows, the X11 window id
    title: str
    rect: Rect  # native (device) pixels on the virtual desktop, frame included
    minimized: bool = False  # its rectangle is meaningless until it is restored


class WindowLister(Protocol):
    def windows(self) -> list[WindowInfo]:
        """Other applications' top-level windows, the frontmost first."""
        ...

    def activate(self, handle: int) -> None:
        """Bring the window to the front (restoring it if minimised), best effort."""
        ...

    def refresh(self, handle: int) -> WindowInfo | None:
        """The window as it is now (after activating it), or ``None`` if it has gone."""
        ...


REGION_INSTEAD = "choose Capture region instead and select the window's area"


def window_lister(env: dict[str, str] | None = None, platform: str = sys.platform) -> WindowLister:
    """The lister for this platform, or :class:`CaptureUnavailable` saying why there is none."""
    if platform == "win32":
        return Win32Windows()
    if platform == "darwin":
        raise CaptureUnavailable(f"Attest cannot list other applications' windows on macOS: {REGION_INSTEAD}")
    env = dict(os.environ) if env is None else env
    check_platform(env, platform)  # Wayland, offscreen, no display: the screen itself cannot be read
    if not env.get("DISPLAY"):
        raise CaptureUnavailable(f"no X11 display to list windows on: {REGION_INSTEAD}")
    return X11Windows(env["DISPLAY"])


# -- X11 -----------------------------------------------------------------------------------------

_IS_VIEWABLE = 2
_CLIENT_MESSAGE = 33
_SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
_SUBSTRUCTURE_REDIRECT_MASK = 1 << 20
_ANY_PROPERTY_TYPE = 0
# Window types that are part of the desktop or transient: never what a tester means by "a window".
_SKIPPED_TYPES = tuple(f"_NET_WM_WINDOW_TYPE_{name}" for name in (
    "DESKTOP", "DOCK", "TOOLBAR", "MENU", "SPLASH", "NOTIFICATION", "TOOLTIP", "POPUP_MENU", "DROPDOWN_MENU",
    "COMBO", "DND"))


class _XWindowAttributes(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
                ("border_width", ctypes.c_int), ("depth", ctypes.c_int), ("visual", ctypes.c_void_p),
                ("root", ctypes.c_ulong), ("class_", ctypes.c_int), ("bit_gravity", ctypes.c_int),
                ("win_gravity", ctypes.c_int), ("backing_store", ctypes.c_int),
                ("backing_planes", ctypes.c_ulong), ("backing_pixel", ctypes.c_ulong),
                ("save_under", ctypes.c_int), ("colormap", ctypes.c_ulong), ("map_installed", ctypes.c_int),
                ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
                ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
                ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p)]


class _XClientMessageEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong),
                ("format", ctypes.c_int), ("data", ctypes.c_long * 5)]


class _XEvent(ctypes.Union):
    _fields_ = [("xclient", _XClientMessageEvent), ("pad", ctypes.c_long * 24)]


class _XErrorEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("display", ctypes.c_void_p), ("resourceid", ctypes.c_ulong),
                ("serial", ctypes.c_ulong), ("error_code", ctypes.c_ubyte), ("request_code", ctypes.c_ubyte),
                ("minor_code", ctypes.c_ubyte)]


_ErrorHandler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(_XErrorEvent))
_xlib: Any = None


def _libx11() -> Any:
    """libX11 with the signatures used here (without them ctypes would truncate 64-bit pointers)."""
    global _xlib
    if _xlib is not None:
        return _xlib
    try:
        lib = ctypes.CDLL("libX11.so.6")
    except OSError:
        raise CaptureUnavailable(f"libX11 is not installed, so Attest cannot list windows: {REGION_INSTEAD}") from None
    p, ul, i = ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int
    signatures: dict[str, tuple[Any, list[Any]]] = {
        "XOpenDisplay": (p, [ctypes.c_char_p]),
        "XCloseDisplay": (i, [p]),
        "XDefaultRootWindow": (ul, [p]),
        "XInternAtom": (ul, [p, ctypes.c_char_p, i]),
        "XGetWindowProperty": (i, [p, ul, ul, ctypes.c_long, ctypes.c_long, i, ul, ctypes.POINTER(ul),
                                   ctypes.POINTER(i), ctypes.POINTER(ul), ctypes.POINTER(ul),
                                   ctypes.POINTER(ctypes.c_void_p)]),
        "XFree": (i, [p]),
        "XQueryTree": (i, [p, ul, ctypes.POINTER(ul), ctypes.POINTER(ul), ctypes.POINTER(ctypes.c_void_p),
                           ctypes.POINTER(ctypes.c_uint)]),
        "XGetWindowAttributes": (i, [p, ul, ctypes.POINTER(_XWindowAttributes)]),
        "XTranslateCoordinates": (i, [p, ul, ul, i, i, ctypes.POINTER(i), ctypes.POINTER(i), ctypes.POINTER(ul)]),
        "XSendEvent": (i, [p, ul, i, ctypes.c_long, ctypes.POINTER(_XEvent)]),
        "XMapRaised": (i, [p, ul]),
        "XSync": (i, [p, i]),
        "XSetErrorHandler": (p, [p]),
    }
    for name, (result, arguments) in signatures.items():
        function = getattr(lib, name)
        function.restype, function.argtypes = result, arguments
    _xlib = lib
    return lib


class _XSession:
    """One connection to the X server for one listing. Xlib's default error handler *exits the
    process* on an error, and a window closing between being listed and being read (BadWindow) is
    ordinary, so errors are counted instead while the session is open."""

    def __init__(self, display: str) -> None:
        self.lib = _libx11()
        self.errors = 0
        self.display = self.lib.XOpenDisplay(display.encode())
        if not self.display:
            raise CaptureUnavailable(f"cannot connect to the X display {display!r} to list windows: {REGION_INSTEAD}")
        self.root = int(self.lib.XDefaultRootWindow(self.display))
        self._atoms: dict[str, int] = {}

        def on_error(_display: int | None, _event: Any) -> int:
            self.errors += 1
            return 0

        self._handler = _ErrorHandler(on_error)  # kept referenced: Xlib calls it later
        self._previous = self.lib.XSetErrorHandler(ctypes.cast(self._handler, ctypes.c_void_p))

    def close(self) -> None:
        self.lib.XSync(self.display, 0)  # errors of our last requests arrive while our handler is set
        self.lib.XSetErrorHandler(self._previous)
        self.lib.XCloseDisplay(self.display)

    def atom(self, name: str) -> int:
        """The atom, or 0 if no client ever created it (so no window can carry that property)."""
        if name not in self._atoms:
            self._atoms[name] = int(self.lib.XInternAtom(self.display, name.encode(), 1))
        return self._atoms[name]

    def property(self, window: int, name: str, limit: int = 4096) -> tuple[int, list[int] | bytes] | None:
        """A window property: (its type, its values) — numbers for 32-bit properties, bytes for text."""
        atom = self.atom(name)
        if not atom:
            return None
        kind, fmt = ctypes.c_ulong(), ctypes.c_int()
        count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        errors = self.errors
        status = self.lib.XGetWindowProperty(self.display, window, atom, 0, limit, 0, _ANY_PROPERTY_TYPE,
                                             ctypes.byref(kind), ctypes.byref(fmt), ctypes.byref(count),
                                             ctypes.byref(after), ctypes.byref(data))
        if status != 0 or self.errors != errors or not data.value:
            return None
        try:
            if fmt.value == 32:  # Xlib hands 32-bit items back as C longs (64-bit on 64-bit Linux)
                values: list[int] | bytes = list((ctypes.c_ulong * count.value).from_address(data.value))
            elif fmt.value == 16:
                values = list((ctypes.c_ushort * count.value).from_address(data.value))
            else:
                values = ctypes.string_at(data.value, count.value)
        finally:
            self.lib.XFree(data)
        return int(kind.value), values

    def numbers(self, window: int, name: str) -> list[int]:
        found = self.property(window, name)
        return found[1] if found is not None and isinstance(found[1], list) else []

    def text(self, window: int) -> str:
        for name, encoding in (("_NET_WM_NAME", "utf-8"), ("WM_NAME", "latin-1")):
            found = self.property(window, name)
            if found is not None and isinstance(found[1], bytes) and found[1].strip():
                return found[1].decode(encoding, "replace").strip()
        return ""

    def attributes(self, window: int) -> _XWindowAttributes | None:
        attributes = _XWindowAttributes()
        errors = self.errors
        if not self.lib.XGetWindowAttributes(self.display, window, ctypes.byref(attributes)) or self.errors != errors:
            return None
        return attributes

    def origin(self, window: int) -> tuple[int, int] | None:
        x, y, child = ctypes.c_int(), ctypes.c_int(), ctypes.c_ulong()
        errors = self.errors
        if (not self.lib.XTranslateCoordinates(self.display, window, self.root, 0, 0, ctypes.byref(x),
                                               ctypes.byref(y), ctypes.byref(child)) or self.errors != errors):
            return None
        return x.value, y.value

    def children(self) -> list[int]:
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        children, count = ctypes.c_void_p(), ctypes.c_uint()
        if not self.lib.XQueryTree(self.display, self.root, ctypes.byref(root), ctypes.byref(parent),
                                   ctypes.byref(children), ctypes.byref(count)):
            return []
        if not children.value:
            return []
        try:
            return list((ctypes.c_ulong * count.value).from_address(children.value))
        finally:
            self.lib.XFree(children)


class X11Windows:
    """Windows of an X11 display (see the module's docstring)."""

    def __init__(self, display: str, own_pid: int | None = None) -> None:
        self.display = display
        self.own_pid = os.getpid() if own_pid is None else own_pid

    @contextmanager
    def _session(self) -> Iterator[_XSession]:
        session = _XSession(self.display)
        try:
            yield session
        finally:
            session.close()

    def windows(self) -> list[WindowInfo]:
        with self._session() as x:
            managed = x.numbers(x.root, "_NET_CLIENT_LIST_STACKING") or x.numbers(x.root, "_NET_CLIENT_LIST")
            candidates = managed or x.children()  # no window manager: the root's own children
            found = (self._describe(x, window, managed=bool(managed)) for window in reversed(candidates))
            return [info for info in found if info is not None]

    def refresh(self, handle: int) -> WindowInfo | None:
        with self._session() as x:
            managed = bool(x.numbers(x.root, "_NET_CLIENT_LIST"))
            return self._describe(x, handle, managed=managed)

    def activate(self, handle: int) -> None:
        """Ask the window manager to activate it (EWMH; it also restores a minimised window), and
        raise it ourselves for when there is no window manager to ask."""
        with self._session() as x:
            atom = x.atom("_NET_ACTIVE_WINDOW")
            if atom:
                event = _XEvent()
                event.xclient.type = _CLIENT_MESSAGE
                event.xclient.window = handle
                event.xclient.message_type = atom
                event.xclient.format = 32
                event.xclient.data[0] = 2  # "from a pager": window managers honour it without focus-stealing rules
                x.lib.XSendEvent(x.display, x.root, 0, _SUBSTRUCTURE_REDIRECT_MASK | _SUBSTRUCTURE_NOTIFY_MASK,
                                 ctypes.byref(event))
            x.lib.XMapRaised(x.display, handle)

    def _describe(self, x: _XSession, window: int, *, managed: bool) -> WindowInfo | None:
        attributes = x.attributes(window)
        if attributes is None or attributes.override_redirect:
            return None
        state = set(x.numbers(window, "_NET_WM_STATE"))
        minimized = bool(x.atom("_NET_WM_STATE_HIDDEN")) and x.atom("_NET_WM_STATE_HIDDEN") in state
        if attributes.map_state != _IS_VIEWABLE and not (managed and minimized):
            return None
        if self.own_pid in x.numbers(window, "_NET_WM_PID"):
            return None
        types = set(x.numbers(window, "_NET_WM_WINDOW_TYPE"))
        if any(x.atom(name) in types for name in _SKIPPED_TYPES if x.atom(name)):
            return None
        title = x.text(window)
        origin = x.origin(window)
        if not title or origin is None:
            return None
        left, top = origin
        width, height = attributes.width, attributes.height
        frame = x.numbers(window, "_NET_FRAME_EXTENTS")  # left, right, top, bottom: the title bar and borders
        if len(frame) == 4:
            left, top = left - frame[0], top - frame[2]
            width, height = width + frame[0] + frame[1], height + frame[2] + frame[3]
        shadow = x.numbers(window, "_GTK_FRAME_EXTENTS")  # client-side decorations draw a shadow inside the window
        if len(shadow) == 4:
            left, top = left + shadow[0], top + shadow[2]
            width, height = width - shadow[0] - shadow[1], height - shadow[2] - shadow[3]
        return WindowInfo(window, title, Rect(left, top, max(width, 1), max(height, 1)), minimized)


# -- Windows -------------------------------------------------------------------------------------

_GW_OWNER = 4
_GWL_EXSTYLE = -20
_WS_EX_TOOLWINDOW = 0x80
_WS_EX_APPWINDOW = 0x40000
_DWMWA_EXTENDED_FRAME_BOUNDS = 9
_DWMWA_CLOAKED = 14
_SW_RESTORE = 9
_SHELL_CLASSES = {"Progman", "WorkerW", "Shell_TrayWnd", "Shell_SecondaryTrayWnd"}


class Win32Windows:
    """Top-level windows of the Windows desktop (see the module's docstring). Coordinates are
    physical pixels: Qt 6 makes the process per-monitor DPI aware, so Windows does not scale them."""

    def __init__(self) -> None:
        from ctypes import wintypes

        self.wintypes = wintypes
        loader = getattr(ctypes, "WinDLL")  # noqa: B009 - only on Windows; mypy checks this module on Linux
        self.user32 = loader("user32", use_last_error=True)
        self.dwmapi = loader("dwmapi")
        self.own_pid = int(loader("kernel32").GetCurrentProcessId())
        hwnd, rect_p = wintypes.HWND, ctypes.POINTER(wintypes.RECT)
        for name, result, arguments in (
            ("IsWindowVisible", wintypes.BOOL, [hwnd]), ("IsWindow", wintypes.BOOL, [hwnd]),
            ("IsIconic", wintypes.BOOL, [hwnd]), ("GetWindowTextLengthW", ctypes.c_int, [hwnd]),
            ("GetWindowTextW", ctypes.c_int, [hwnd, wintypes.LPWSTR, ctypes.c_int]),
            ("GetClassNameW", ctypes.c_int, [hwnd, wintypes.LPWSTR, ctypes.c_int]),
            ("GetWindowThreadProcessId", wintypes.DWORD, [hwnd, ctypes.POINTER(wintypes.DWORD)]),
            ("GetWindow", hwnd, [hwnd, wintypes.UINT]), ("GetWindowLongW", wintypes.LONG, [hwnd, ctypes.c_int]),
            ("GetWindowRect", wintypes.BOOL, [hwnd, rect_p]), ("ShowWindow", wintypes.BOOL, [hwnd, ctypes.c_int]),
            ("SetForegroundWindow", wintypes.BOOL, [hwnd]), ("BringWindowToTop", wintypes.BOOL, [hwnd]),
        ):
            function = getattr(self.user32, name)
            function.restype, function.argtypes = result, arguments
        self.dwmapi.DwmGetWindowAttribute.restype = ctypes.c_long
        self.dwmapi.DwmGetWindowAttribute.argtypes = [hwnd, wintypes.DWORD, ctypes.c_void_p, wintypes.DWORD]

    def windows(self) -> list[WindowInfo]:
        handles: list[int] = []
        callback_type = getattr(ctypes, "WINFUNCTYPE")(self.wintypes.BOOL, self.wintypes.HWND, self.wintypes.LPARAM)

        def collect(hwnd: int, _param: int) -> bool:
            handles.append(int(hwnd or 0))
            return True

        self.user32.EnumWindows(callback_type(collect), 0)  # top of the z-order first
        found = (self._describe(handle) for handle in handles if handle)
        return [info for info in found if info is not None]

    def refresh(self, handle: int) -> WindowInfo | None:
        return self._describe(handle) if self.user32.IsWindow(handle) else None

    def activate(self, handle: int) -> None:
        if self.user32.IsIconic(handle):
            self.user32.ShowWindow(handle, _SW_RESTORE)
        self.user32.BringWindowToTop(handle)
        self.user32.SetForegroundWindow(handle)  # allowed: Attest had the last input (the chooser's OK)

    def _describe(self, hwnd: int) -> WindowInfo | None:
        user32 = self.user32
        if not user32.IsWindowVisible(hwnd) or self._cloaked(hwnd):
            return None
        pid = self.wintypes.DWORD()
        user32.GetWindowThreadProcessId(hwnd, ctypes.byref(pid))
        if pid.value == self.own_pid:
            return None
        style = user32.GetWindowLongW(hwnd, _GWL_EXSTYLE)
        if style & _WS_EX_TOOLWINDOW and not style & _WS_EX_APPWINDOW:
            return None
        if user32.GetWindow(hwnd, _GW_OWNER) and not style & _WS_EX_APPWINDOW:
            return None  # an owned popup; its owner is listed
        class_name = ctypes.create_unicode_buffer(256)
        user32.GetClassNameW(hwnd, class_name, 256)
        if class_name.value in _SHELL_CLASSES:
            return None
        length = user32.GetWindowTextLengthW(hwnd)
        title = ctypes.create_unicode_buffer(length + 1)
        user32.GetWindowTextW(hwnd, title, length + 1)
        if not title.value.strip():
            return None
        rect = self.wintypes.RECT()
        if self.dwmapi.DwmGetWindowAttribute(hwnd, _DWMWA_EXTENDED_FRAME_BOUNDS, ctypes.byref(rect),
                                             ctypes.sizeof(rect)) != 0:
            user32.GetWindowRect(hwnd, ctypes.byref(rect))
        return WindowInfo(hwnd, title.value.strip(), Rect(rect.left, rect.top, max(rect.right - rect.left, 1),
                                                          max(rect.bottom - rect.top, 1)),
                          bool(user32.IsIconic(hwnd)))

    def _cloaked(self, hwnd: int) -> bool:
        """Windows 10+ keeps suspended store apps and windows on other virtual desktops "visible" but
        cloaked: listing them would offer windows the tester cannot see."""
        cloaked = self.wintypes.DWORD()
        status = self.dwmapi.DwmGetWindowAttribute(hwnd, _DWMWA_CLOAKED, ctypes.byref(cloaked), ctypes.sizeof(cloaked))
        return status == 0 and cloaked.value != 0
