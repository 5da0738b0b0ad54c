"""Text printed in dots (round 56's .docx pictures, helper-123: a dot-matrix receipt's "Postcode: B33 8TH" that the
recogniser read as punctuation): read with the dots joined, masked, and flagged by the leak scan."""

from __future__ import annotations

import io
import random

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from attest.redaction.dotted import dots_joined
from attest.redaction.image import redact_image, scan_image
from attest.redaction.mpan import make_mpan

MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


def _dot_matrix(text: str, dark: bool = True, pitch: int = 7) -> bytes:
    """``text`` as a dot-matrix head prints it: each pixel of a small rendering is one round dot."""
    font = ImageFont.truetype(MONO, 11)
    small = Image.new("1", (int(font.getlength(text)) + 4, 16), 0)
    ImageDraw.Draw(small).text((2, 1), text, font=font, fill=1)
    on = np.asarray(small)
    paper, ink = ((250, 248, 236), (40, 36, 70)) if dark else ((20, 24, 30), (120, 255, 140))
    page = Image.new("RGB", (on.shape[1] * pitch + 40, on.shape[0] * pitch + 40), paper)
    draw = ImageDraw.Draw(page)
    for y, x in zip(*np.nonzero(on), strict=True):
        cx, cy = 20 + x * pitch + pitch // 2, 20 + y * pitch + pitch // 2
        draw.ellipse((cx - 2, cy - 2, cx + 2, cy + 2), fill=ink)
    out = io.BytesIO()
    page.save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize("seed", range(3))
def test_a_dot_matrix_value_is_found_masked_and_flagged(seed: int) -> None:
    rng = random.Random(seed)
    label, value, kind = rng.choice([("Postcode:", f"B{rng.randint(10, 99)} {rng.randint(1, 9)}TH", "POSTCODE"),
                                     ("MPAN:", make_mpan(rng.randint(10, 23), f"{rng.randrange(10**10):010d}"), "MPAN"),
                                     ("Phone:", f"07700 900{rng.randrange(100, 999)}", "PHONE")])
    data = _dot_matrix(f"{label} {value}", dark=seed != 1)
    assert dots_joined(np.asarray(Image.open(io.BytesIO(data)).convert("RGB"))) is not None
    assert any(f.kind.value == kind for f in scan_image(data)), (label, value)
    redacted = redact_image(data)
    assert redacted.masks and not scan_image(redacted.data)


def test_solid_text_and_a_photo_like_grain_are_not_read_as_dots() -> None:
    font = ImageFont.truetype(MONO, 28)
    page = Image.new("RGB", (700, 80), "white")
    ImageDraw.Draw(page).text((10, 20), "TC-SIT-2041 passed at 10:42", font=font, fill="black")
    assert dots_joined(np.asarray(page)) is None
    rng = np.random.default_rng(5)
    grain = (rng.random((200, 300, 3)) * 40 + 200).astype(np.uint8)  # a paper's texture: no dots of ink
    assert dots_joined(grain) is None


def _screen_with(decoration: str) -> np.ndarray:
    """A screen of ordinary text with a dotted grid, a halftone picture or a speckled background beside it."""
    rng = np.random.default_rng(7)
    page = Image.new("RGB", (1280, 720), "white")
    draw = ImageDraw.Draw(page)
    face = ImageFont.truetype(MONO, 16)
    for row in range(12):
        draw.text((40, 40 + 28 * row), f"TC-SIT-{2040 + row}  passed  2026-12-0{row % 9 + 1}  D0010", font=face, fill="black")
    if decoration == "grid":
        for y in range(30, 700, 28):
            for x in range(30, 1250, 6):
                draw.ellipse((x - 1, y - 1, x + 1, y + 1), fill=(90, 90, 90))
    elif decoration == "halftone":
        for y in range(420, 700, 8):
            for x in range(700, 1250, 8):
                r = 1 + int(2.5 * (1 + np.sin(x / 60) * np.cos(y / 45)))
                draw.ellipse((x - r, y - r, x + r, y + r), fill="black")
    else:
        for x, y in rng.integers(0, (1280, 720), size=(3000, 2)):
            draw.rectangle((int(x), int(y), int(x) + 2, int(y) + 2), fill=(60, 60, 60))
    return np.asarray(page)


@pytest.mark.parametrize("decoration", ["grid", "halftone", "speckle"])
def test_a_screens_dotted_grid_halftone_or_speckle_is_not_read_twice(decoration: str) -> None:
    """Reading a screen twice costs a second OCR pass: only text made of dots earns it (helper-125 found dotted grid
    lines, a halftone picture and speckles setting it off)."""
    assert dots_joined(_screen_with(decoration)) is None
