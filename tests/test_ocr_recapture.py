"""Issue 13: a re-capture of a screen that changed in a small area reuses what was detected in the
unchanged regions: detection runs only over the changed area (grown over the blocks it reaches into),
and the result masks what a fresh engine masks."""

from __future__ import annotations

import io

import numpy as np
import pytest
from corpus_screens import font, generate
from PIL import Image, ImageDraw

from attest.redaction.image import redact_image
from attest.redaction.ocr import RapidOcrEngine


class CountingEngine(RapidOcrEngine):
    """The real engine, noting the size of every frame or crop detection runs over."""

    def __init__(self, **options: object) -> None:
        super().__init__(**options)  # type: ignore[arg-type]
        self.detected: list[tuple[int, int]] = []

    def detect(self, bgr: np.ndarray):  # noqa: ANN201 - the parent's list of segments
        self.detected.append((bgr.shape[1], bgr.shape[0]))
        return super().detect(bgr)


@pytest.fixture(scope="module")
def screen() -> Image.Image:
    return generate(7, 1, big=True)[0].image.convert("RGB")


def _changed(screen: Image.Image, text: str = "Saved 12:41:07 by A. Tester") -> Image.Image:
    changed = screen.copy()
    dark = sum(screen.getpixel((1470, 1035))) < 384  # type: ignore[arg-type]
    ImageDraw.Draw(changed).text((1480, 1040), text, font=font("sans", 16), fill=(235, 235, 235) if dark else (20, 20, 20))
    return changed


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def test_a_small_change_is_detected_again_only_where_it_is(screen: Image.Image) -> None:
    engine = CountingEngine()
    first = engine.read(np.asarray(screen))
    engine.detected.clear()
    again = engine.read(np.asarray(_changed(screen)))
    width, height = engine.detected[0]
    assert width * height < 0.3 * 1920 * 1080  # the first detection of the re-capture is a crop
    assert "12:41:07" in [w.text for w in again]
    far = [(w.text, w.box) for w in first if w.box[3] < 900]
    assert far and far == [(w.text, w.box) for w in again if w.box[3] < 900]


def test_the_same_frame_again_is_not_detected_again_and_a_new_screen_is_detected_whole(screen: Image.Image) -> None:
    engine = CountingEngine()
    engine.read(np.asarray(screen))
    engine.detected.clear()
    engine.read(np.asarray(screen))
    assert (1920, 1080) not in engine.detected
    other = generate(8, 1, big=True)[0].image.convert("RGB")
    engine.read(np.asarray(other))
    assert (1920, 1080) in engine.detected


def test_a_re_capture_masks_what_a_fresh_engine_masks(screen: Image.Image) -> None:
    engine = RapidOcrEngine()
    redact_image(_png(screen), engine=engine)
    changed = _png(_changed(screen, "MPAN 1200023305967 confirmed"))
    reused = redact_image(changed, engine=engine)
    fresh = redact_image(changed, engine=RapidOcrEngine(cache_size=0))

    def covered(box: tuple[int, int, int, int], masks: list[tuple[int, int, int, int]]) -> float:
        x0, y0, x1, y1 = box
        area = np.zeros((y1 - y0, x1 - x0), bool)
        for a, b, c, d in masks:
            area[max(0, b - y0):max(0, d - y0), max(0, a - x0):max(0, c - x0)] = True
        return float(area.mean())

    reused_boxes = [m.box for m in reused.masks]
    assert any(m.box[1] > 1000 for m in reused.masks)  # the new MPAN
    assert all(covered(m.box, reused_boxes) >= 0.9 for m in fresh.masks)


def test_the_changed_area_is_found_to_the_pixel_at_any_width() -> None:
    from attest.redaction.ocr import _changed_box

    rng = np.random.default_rng(1)
    for width in (1920, 1917, 7):
        frame = rng.integers(0, 255, (60, width, 3), dtype=np.uint8)
        assert _changed_box(frame, frame.copy()) is None
        other = frame.copy()
        other[5, 2, 1] ^= 1
        other[9, width - 1, 2] ^= 1
        assert _changed_box(frame, other) == (2, 5, width, 10)
