"""The cyclic garbage collector paused while a text is redacted.

Redacting a dense log of megabytes makes tens of thousands of short-lived objects (findings, match
objects, tuples) and no reference cycles. Each batch of allocations starts a collection pass, and
the oldest generation's passes walk every tracked object in the process (in the app, the whole GUI's
heap): about a tenth of the time on such a log, with nothing to collect. Reference counting frees
everything as before; the collector runs again as soon as the outermost redaction returns (calls
nest: encoded blobs are redacted inside their text; threads share the one collector).
"""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable
from typing import ParamSpec, TypeVar

_P = ParamSpec("_P")
_R = TypeVar("_R")

_lock = threading.Lock()
_active = 0  # redactions running (in any thread)
_was_enabled = False  # whether the collector ran before the first of them paused it


def _enter() -> None:
    global _active, _was_enabled
    with _lock:
        if _active == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _active += 1


def _leave() -> None:
    global _active
    with _lock:
        _active -= 1
        if _active == 0 and _was_enabled:
            gc.enable()


def collector_paused(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """``function`` with the cyclic collector paused while it runs (see the module docstring)."""

    @functools.wraps(function)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        _enter()
        try:
            return function(*args, **kwargs)
        finally:
            _leave()

    return paused
