"""Issue 13: intake's second look at a redacted screenshot reads it differently from redaction (a
dark screen inverted, a light one enlarged by half), so that one blind spot of the OCR engine cannot
pass both. The engine here is a stand-in with exactly that blind spot; what is stored is then read by
the real engine as a check independent of the masks reported."""

from __future__ import annotations

import io
import re

import numpy as np
from corpus_screens import font
from PIL import Image, ImageDraw

from attest.capture.intake import Redactor, intake_bytes
from attest.core.workspace import Workspace
from attest.redaction import RegisterMatcher
from attest.redaction.mpan import make_mpan
from attest.redaction.ocr import RapidOcrEngine, Word

MPAN = make_mpan(12, "0002330596")
TEXT_BOX = (300, 200, 460, 222)  # where the MPAN is drawn, in the screenshot's pixels


def _screen(dark: bool) -> bytes:
    image = Image.new("RGB", (800, 450), (30, 30, 30) if dark else (250, 250, 250))
    ImageDraw.Draw(image).text(TEXT_BOX[:2], MPAN, font=font("sans", 18), fill=(220, 220, 220) if dark else (30, 30, 30))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


class BlindSpotEngine:
    """Reads the MPAN only as the second look shows it: dark text on light (``needs="light"``) or
    at one and a half times its size (``needs="large"``); never where it has been painted out."""

    def __init__(self, needs: str) -> None:
        self.needs = needs
        self.reads: list[tuple[int, int]] = []

    def read(self, image: np.ndarray) -> list[Word]:
        height, width = image.shape[:2]
        self.reads.append((width, height))
        scale = width / 800
        x0, y0, x1, y1 = (round(v * scale) for v in TEXT_BOX)
        region = image[y0:y1, x0:x1].astype(int)
        shown = region.max() - region.min() > 60  # text there, not a solid mask
        light = float(np.median(region)) > 128
        if not shown or (self.needs == "light" and not light) or (self.needs == "large" and scale < 1.2):
            return []
        return [Word(MPAN, (x0, y0, x1, y1), 0.9, (), 1)]


def _stored(ws: Workspace, engine: BlindSpotEngine, dark: bool) -> tuple[np.ndarray, list[dict]]:
    prepared = intake_bytes(ws.evidence, _screen(dark), name="screen.png",
                            redactor=Redactor(RegisterMatcher(), engine=engine))
    stored = np.asarray(Image.open(io.BytesIO(ws.evidence.get(prepared.sha256))).convert("RGB"))
    return stored, [dict(f) for f in prepared.findings]


def _still_readable(stored: np.ndarray) -> bool:
    read = " ".join(w.text for w in RapidOcrEngine(det_scale=1.0, cache_size=0).read(stored))
    return MPAN[:8] in re.sub(r"\D", "", read) or MPAN[-8:] in re.sub(r"\D", "", read)


def test_an_mpan_the_engine_misses_light_on_dark_is_caught_read_inverted(ws: Workspace) -> None:
    engine = BlindSpotEngine("light")
    stored, findings = _stored(ws, engine, dark=True)
    assert [f["detector"] for f in findings] == ["second look"]
    assert not _still_readable(stored)
    x0, y0, x1, y1 = TEXT_BOX
    assert np.ptp(stored[y0:y1, x0:x1]) == 0  # painted solid where the MPAN was
    assert stored[50:100, 50:300].mean() < 60  # the rest of the dark screen is as it was


def test_an_mpan_the_engine_misses_at_its_own_size_is_caught_enlarged_and_masked_in_place(ws: Workspace) -> None:
    engine = BlindSpotEngine("large")
    stored, findings = _stored(ws, engine, dark=False)
    assert [f["detector"] for f in findings] == ["second look"]
    assert (1200, 675) in engine.reads  # read at one and a half times its size
    assert not _still_readable(stored)
    x0, y0, x1, y1 = TEXT_BOX
    assert np.ptp(stored[y0:y1, x0:x1]) == 0  # the mask landed on the value, mapped back to the image's own size
    assert stored[300:400, 50:700].mean() > 240
