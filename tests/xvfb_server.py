"""A private Xvfb for the tests that capture a real X screen (one free display number per test)."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def xvfb_display(size: str, first: int) -> Iterator[str]:
    """Start Xvfb with one screen of ``size`` ("1280x800") on the first free display from ``first``;
    yields its DISPLAY (":93") and stops it afterwards."""
    exe = shutil.which("Xvfb")
    assert exe, "Xvfb is not installed: .ci/run installs it from packaging/debian-packages.txt"
    for number in range(first, first + 20):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            break
    server = subprocess.Popen([exe, f":{number}", "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            assert server.poll() is None and time.monotonic() < deadline, "Xvfb did not start"
            time.sleep(0.05)
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)
