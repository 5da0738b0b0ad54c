"""Issue 13: text turned 90°, 180° or 270°, text at a small angle, and a lone small MPAN on an empty
1080p screen are found and masked. Each result is read again independently of the masks reported:
the stored image turned back every way and read by OCR, and the lone value's place read at 3x."""

from __future__ import annotations

import io
import re

import numpy as np
import pytest
from corpus_screens import font
from PIL import Image, ImageDraw

from attest.redaction.image import redact_image, scan_image
from attest.redaction.mpan import make_mpan
from attest.redaction.ocr import RapidOcrEngine, default_engine

MPAN = make_mpan(16, "1234567890")


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _card() -> Image.Image:
    card = Image.new("RGB", (700, 180), "white")
    draw = ImageDraw.Draw(card)
    draw.text((20, 20), "Customer account summary", font=font("sans", 18), fill="black")
    draw.text((20, 60), f"MPAN: {MPAN}", font=font("sans", 18), fill="black")
    draw.text((20, 100), "Status: Energised", font=font("sans", 18), fill="black")
    return card


def _leaks(data: bytes, turns: tuple[float, ...]) -> bool:
    stored = Image.open(io.BytesIO(data)).convert("RGB")
    for back in turns:
        shown = stored.rotate(back, expand=True, fillcolor="white")
        digits = re.sub(r"\D", "", " ".join(w.text for w in default_engine().read(np.asarray(shown))))
        if MPAN[:8] in digits or MPAN[-8:] in digits:
            return True
    return False


@pytest.mark.parametrize("angle", [90, 180, 270, 12, -8])
def test_turned_and_slanted_text_is_masked(angle: int) -> None:
    screen = Image.new("RGB", (1200, 900), (245, 245, 245))
    screen.paste(_card().rotate(angle, expand=True, fillcolor="white"), (200, 100))
    data = _png(screen)
    assert _leaks(data, (0, -angle))  # readable turned back: what a person tilting their head sees
    assert scan_image(data)  # the scan reports it
    out = redact_image(data)
    assert not _leaks(out.data, (0, 90, 180, 270, -angle))


@pytest.mark.parametrize(("px", "dark"), [(12, False), (12, True), (16, False)])
def test_a_lone_small_mpan_on_an_empty_1080p_screen_is_masked(px: int, dark: bool) -> None:
    paper, ink = ((30, 30, 30), (220, 220, 220)) if dark else ((255, 255, 255), (40, 40, 40))
    screen = Image.new("RGB", (1920, 1080), paper)
    ImageDraw.Draw(screen).text((1300, 700), MPAN, font=font("sans", px), fill=ink)
    out = redact_image(_png(screen))
    place = np.asarray(Image.open(io.BytesIO(out.data)).convert("RGB"))[650:760, 1250:1700]
    enlarged = np.asarray(Image.fromarray(place).resize((place.shape[1] * 3, place.shape[0] * 3)))
    digits = re.sub(r"\D", "", " ".join(w.text for w in RapidOcrEngine(det_scale=1.0, cache_size=0).read(enlarged)))
    assert MPAN[:8] not in digits and MPAN[-8:] not in digits
    assert [m.kind.value for m in out.masks] == ["MPAN"]


@pytest.mark.parametrize(("family", "px"), [("sans", 14), ("dejavu", 13)])
def test_a_bare_mpan_upside_down_and_small_is_masked(family: str, px: int) -> None:
    """Small digits upside down can read as a few confident digits ("1690" for thirteen): a reading
    far too short for its block is read again turned."""
    paper, ink = (32, 32, 32), (215, 215, 215)
    label = Image.new("RGB", (170, 24), paper)
    ImageDraw.Draw(label).text((4, 4), MPAN, font=font(family, px), fill=ink)
    screen = Image.new("RGB", (1366, 768), paper)
    screen.paste(label.rotate(180), (600, 190))
    data = _png(screen)
    assert _leaks(data, (180,))
    out = redact_image(data)
    assert not _leaks(out.data, (0, 180))
