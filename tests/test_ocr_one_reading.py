"""A stretch of a line is read once, whichever pass found it.

Seen on a 7680 px desktop's dark log: the second looks (small text detected again at twice the size,
a crop's text joined with the block it continues) added a block that took in part of a block found
by the first pass. The shared words were read twice, and the two readings interleaved in the line,
"tel=07700 tel=07700 900630~postcode=SN1 900630 post 4BE": the postcode was cut in two and "4BE"
left readable. Blocks on one row that share a real stretch of it are now joined and read as one.
"""

from __future__ import annotations

import io
import random

import numpy as np
from corpus_screens import font
from PIL import Image, ImageDraw

from attest.redaction.image import redact_image
from attest.redaction.ocr import RapidOcrEngine, _one_block_a_stretch, _Segment

LINE = "2024-06-21 INFO D0150 received from DCC; tel=07700 900630 postcode=SN1 4BE gasMsn=G4P 8068 9749"


def _blocks(rng: random.Random) -> list[_Segment]:
    """Rows of blocks as detection and the second looks report them: neighbours touching by a few
    pixels, some later blocks overlapping part of one or two earlier ones, some rows of a smaller size."""
    canvas = np.zeros((900, 1600, 3), np.uint8)
    out: list[_Segment] = []
    y = 4
    while y < 860:
        height = rng.choice((12, 16, 19, 24))
        x = rng.randrange(0, 40)
        while x < 1500:
            width = rng.randrange(3 * height, 300)
            box = (x, y + rng.randrange(-2, 3), min(1600, x + width), y + height + rng.randrange(-2, 3))
            out.append(_Segment(box, canvas[box[1]:box[3], box[0]:box[2]]))
            if rng.random() < 0.3:  # a second look's block over part of this one and perhaps the next
                start = rng.randrange(box[0], box[2] - height)
                again = (start, y, min(1600, start + rng.randrange(2 * height, 400)), y + height)
                out.append(_Segment(again, canvas[again[1]:again[3], again[0]:again[2]]))
            x = box[2] - rng.randrange(0, 4) + rng.choice((0, 0, height, 3 * height))
        y += height + rng.randrange(1, 8)
    return out


def test_no_two_blocks_of_a_row_share_a_stretch_and_none_is_lost() -> None:
    rng = random.Random(20261204)
    for _ in range(40):
        blocks = _blocks(rng)
        joined = _one_block_a_stretch(np.zeros((900, 1600, 3), np.uint8), blocks)
        for block in blocks:  # every block found is still read, inside one joined block
            assert any(j.box[0] <= block.box[0] and j.box[2] >= block.box[2] and j.box[1] <= block.box[1]
                       and j.box[3] >= block.box[3] for j in joined), block.box
        for i, a in enumerate(joined):
            for b in joined[i + 1:]:
                height = min(a.box[3] - a.box[1], b.box[3] - b.box[1])
                shared_h = min(a.box[3], b.box[3]) - max(a.box[1], b.box[1])
                shared_w = min(a.box[2], b.box[2]) - max(a.box[0], b.box[0])
                assert not (shared_h >= 0.6 * height and shared_w > max(4, 0.5 * height)), (a.box, b.box)
                assert a.crop.shape[:2] == (a.box[3] - a.box[1], a.box[2] - a.box[0])


def test_neighbours_that_only_touch_and_the_lines_above_and_below_stay_apart() -> None:
    canvas = np.zeros((100, 900, 3), np.uint8)
    boxes = [(10, 10, 200, 29), (197, 11, 400, 29), (10, 25, 300, 44), (500, 10, 520, 60), (505, 12, 700, 30)]
    joined = _one_block_a_stretch(canvas, [_Segment(b, canvas[b[1]:b[3], b[0]:b[2]]) for b in boxes])
    assert sorted(s.box for s in joined) == sorted(boxes)  # a 3 px pad, the next line, a tall block: apart


def test_a_line_found_twice_in_part_is_read_once_and_its_postcode_masked_whole() -> None:
    pen = font("dejavu", 14)
    image = Image.new("RGB", (900, 40), "#1e1e1e")
    draw = ImageDraw.Draw(image)
    draw.text((8, 12), LINE, font=pen, fill="#d4d4d4")
    bgr = np.ascontiguousarray(np.asarray(image)[:, :, ::-1])
    left, top, right, bottom = (int(v) for v in draw.textbbox((8, 12), LINE, font=pen))
    top, bottom = top - 3, bottom + 3
    split = draw.textbbox((8, 12), LINE[:LINE.index("900630")], font=pen)[2]
    # the first pass's block to the middle of the postcode's line, a second look's from the phone on
    first = (left - 3, top, int(split) + 90, bottom)
    again = (int(split) - 60, top + 1, right + 3, bottom - 1)
    segments = [_Segment(b, bgr[b[1]:b[3], b[0]:b[2]]) for b in (first, again)]
    engine = RapidOcrEngine(cache_size=0)
    engine._load()
    text = " ".join(w.text for w in engine._words(_one_block_a_stretch(bgr, segments), (0, 0), 0))
    assert text.count("07700") == 1 and text.count("SN1") == 1, text
    assert "SN1 4BE" in text, text


def test_the_redacted_log_line_shows_no_part_of_its_postcode() -> None:
    """The same line, end to end: whatever blocks the passes find, no half of the postcode is left."""
    pen = font("dejavu", 12)
    image = Image.new("RGB", (1100, 60), "#1e1e1e")
    draw = ImageDraw.Draw(image)
    draw.text((8, 20), LINE, font=pen, fill="#d4d4d4")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    result = redact_image(buffer.getvalue(), engine=RapidOcrEngine(cache_size=0))
    out = np.asarray(Image.open(io.BytesIO(result.data)).convert("RGB")).astype(int)
    changed = np.abs(out - np.asarray(image).astype(int)).sum(axis=2) > 30
    start = draw.textbbox((8, 20), LINE[:LINE.index("SN1")], font=pen)[2]
    box = draw.textbbox((start, 20), "SN1 4BE", font=pen)
    cut = changed[int(box[1]):int(box[3]), int(box[0]):int(box[2])]
    assert cut.any(axis=0).mean() >= 0.95, cut.any(axis=0).mean()
