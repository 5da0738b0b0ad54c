"""A real screen grab on a real X server (Xvfb): what the screen shows, OCR can read in the raw grab,
and can no longer read in what `attest capture screen` writes."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from attest.capture.screen import CaptureUnavailable, check_platform
from attest.redaction.ocr import default_engine
from xvfb_server import xvfb_display

MPAN, SERIAL = "1200023305967", "S06DS123456"


def _ocr_text(png: bytes) -> str:
    rgb = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))
    return " ".join(w.text for w in default_engine().read(rgb)).replace(" ", "")


@pytest.fixture
def xvfb() -> Iterator[str]:
    with xvfb_display("1280x800", 90) as display:
        yield display


def test_a_real_screen_grab_is_redacted_before_it_is_written(xvfb: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=xvfb, QT_QPA_PLATFORM="xcb")
    raw = tmp_path / "raw.png"
    window = subprocess.Popen([sys.executable, str(Path(__file__).with_name("xvfb_window.py")), str(raw)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert window.stdout is not None and window.stdout.readline().strip() == "shown", window.stderr
        raw_text = _ocr_text(raw.read_bytes())
        assert MPAN in raw_text and SERIAL in raw_text  # the control: OCR reads them on the raw screen
        out = tmp_path / "capture.png"
        exe = Path(sys.executable).with_name("attest")
        done = subprocess.run([str(exe), "--workspace", str(tmp_path / "ws"), "capture", "screen", "--out",
                               str(out)], capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 0, done.stderr
        assert "identifier(s) masked" in done.stderr
    finally:
        window.kill()
        window.communicate(timeout=10)  # reaps it and closes its pipes
    stored = out.read_bytes()
    assert Image.open(io.BytesIO(stored)).size == (1280, 800)
    text = _ocr_text(stored)
    assert MPAN not in text and MPAN[:7] not in text and SERIAL not in text and "06DS" not in text
    assert "Delivered" in text and "Meterserial" in text  # the rest of the screen is still readable


def test_where_the_screen_cannot_be_read_the_message_says_why_and_what_to_do() -> None:
    with pytest.raises(CaptureUnavailable, match="Wayland does not let applications read the screen"):
        check_platform({"WAYLAND_DISPLAY": "wayland-0"}, platform="linux")
    with pytest.raises(CaptureUnavailable, match="xvfb-run attest capture screen"):
        check_platform({}, platform="linux")
    with pytest.raises(CaptureUnavailable, match="offscreen"):
        check_platform({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, platform="linux")
    check_platform({"DISPLAY": ":0"}, platform="linux")
