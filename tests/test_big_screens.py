"""Issue 18: big screens are read in tiles with a fixed working set, and nothing is lost at a seam.

A frame of more than ``tiles.TILE_PIXELS`` is read in overlapping tiles, their words merged into page
coordinates once, and the layout rules run on the whole page's words. Checked here: an identifier
across a seam (on the middle of an overlap, on either tile's edge, and a token longer than the
overlap) is read once and masked; a screen whose content crosses the seams is masked at least where
the same content alone (one tile) is; a crop too wide for one recogniser call is read in pieces
without losing or doubling a character; the pixel limit's message names the limit; and the memory a
big screen needs is bounded by the tile, not the screen (in a fresh process).
"""

from __future__ import annotations

import io
import json
import random
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from corpus_screens import KINDS, THEMES, Screen, font, pt_to_px
from PIL import Image, ImageDraw

from attest.redaction import limits, tiles
from attest.redaction.image import ImageRedaction, redact_image
from attest.redaction.limits import InputTooLarge
from attest.redaction.mpan import make_mpan
from attest.redaction.ocr import RapidOcrEngine, Word, default_engine

Box = tuple[int, int, int, int]

# a 4200x640 frame is two tiles side by side (2.69 MP): A is x 0-2356, B is x 1844-4200, and each owns
# its side of x 2100, the middle of the overlap
WIDE = (4200, 640)
B_LEFT, MIDDLE, A_RIGHT = 1844, 2100, 2356


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _share_masked(box: Box, masks: list[Box]) -> float:
    x0, y0, x1, y1 = box
    area = np.zeros((y1 - y0, x1 - x0), bool)
    for a, b, c, d in masks:
        area[max(0, b - y0):max(0, d - y0), max(0, a - x0):max(0, c - x0)] = True
    return float(area.mean())


def _centre_under(box: Box, masks: list[Box]) -> bool:
    x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return any(a <= x < c and b <= y < d for a, b, c, d in masks)


# -- the plan ---------------------------------------------------------------------------------------------

def test_the_seams_of_the_wide_frame_are_where_these_tests_put_text() -> None:
    plan = tiles.plan(*WIDE)
    assert [t.box for t in plan] == [(0, 0, A_RIGHT, 640), (B_LEFT, 0, 4200, 640)]
    assert plan[0].core[2] == plan[1].core[0] == MIDDLE


@pytest.mark.parametrize("size", [(1920, 1080), (1920, 1200), (2560, 1440), (3840, 2160), (7680, 2160),
                                  (5477, 5477), (30000, 1000), (1000, 30000), (2401, 1000)])
def test_tiles_cover_the_frame_within_the_limit_overlapping_by_enough(size: tuple[int, int]) -> None:
    width, height = size
    plan = tiles.plan(width, height)
    if width * height <= tiles.TILE_PIXELS:
        assert len(plan) == 1 and plan[0].box == (0, 0, width, height)  # a 1080p screen is read as before
        return
    covered = np.zeros((height, width), np.uint8)
    owned = np.zeros((height, width), np.uint8)
    for tile in plan:
        x0, y0, x1, y1 = tile.box
        assert (x1 - x0) * (y1 - y0) <= tiles.TILE_PIXELS
        covered[y0:y1, x0:x1] = 1
        cx0, cy0, cx1, cy1 = tile.core
        owned[cy0:cy1, cx0:cx1] += 1
    assert covered.all()
    assert (owned == 1).all()  # the cores share the page out: each pixel has one owner
    for tile in plan:
        for other in plan:
            shared_w = min(tile.box[2], other.box[2]) - max(tile.box[0], other.box[0])
            shared_h = min(tile.box[3], other.box[3]) - max(tile.box[1], other.box[1])
            if other is tile or shared_w <= 0 or shared_h <= 0:
                continue
            # side by side: they share their full height and at least the overlap across; stacked: the reverse
            if tile.box[1] == other.box[1]:
                assert shared_w >= tiles.OVERLAP[0]
            if tile.box[0] == other.box[0]:
                assert shared_h >= tiles.OVERLAP[1]


# -- merging words ---------------------------------------------------------------------------------------

def _word(text: str, x0: int, y0: int = 100, pitch: int = 10, height: int = 16, segment: int = 0) -> Word:
    chars = tuple((x0 + i * pitch, x0 + (i + 1) * pitch) for i in range(len(text)))
    return Word(text, (x0, y0, x0 + pitch * len(text), y0 + height), 0.9, chars, segment, (0.9,) * len(text))


def test_a_word_both_tiles_read_is_kept_once_from_the_tile_that_owns_it() -> None:
    plan = tiles.plan(*WIDE)
    # "1200023305967" at x 2050-2180: its centre (2115) is in B's part of the overlap
    left = [_word("MPAN", MIDDLE - 120), _word("1200023305967", MIDDLE - 50)]
    right = [_word("1200023305967", MIDDLE - 49, segment=1), _word("confirmed", MIDDLE + 90, segment=1)]
    merged = tiles.merge([left, right], plan)
    assert [w.text for w in merged] == ["MPAN", "1200023305967", "confirmed"]
    assert [w.segment for w in merged] == [0, 1, 1]


def test_a_word_cut_by_a_tiles_edge_yields_to_the_other_tiles_whole_reading() -> None:
    plan = tiles.plan(*WIDE)
    # A's edge (2356) cuts "S06DS123456" at 2300-2410: A read half of it, B all of it
    left = [_word("S06DS1", A_RIGHT - 56)]
    right = [_word("S06DS123456", A_RIGHT - 56, segment=1)]
    assert [w.text for w in tiles.merge([left, right], plan)] == ["S06DS123456"]


def test_a_word_its_owner_read_whole_replaces_the_pieces_another_tile_read_apart() -> None:
    """Seen on a 7680 px desktop: the owner read a table row's number and the e-mail beside it as one
    word ("14yusuf.ashworth37@btinternet.example"); the other tile read "14" apart, whole, and the
    address cut at its edge. "14" was kept first, the owner's reading dropped as the same place, and
    only "yusuf.ashworth37@btinte" was left of the address: no pattern found it."""
    plan = tiles.plan(*WIDE)
    email = "14yusuf.ashworth37@btinternet.example"
    # 12 pt at 200 %: B reads from six heights before the middle (x 1896); the address starts past that,
    # its centre is B's, and A's "14" lies deeper in A than the address in B, so A's is taken first
    x0 = MIDDLE - 150
    left = [_word("14", x0, height=34), _word("yusuf.ashworth37@btinte", x0 + 30, height=34)]
    right = [_word(email, x0, height=34, segment=1)]
    merged = tiles.merge([left, right], plan)
    assert [w.text for w in merged] == [email]


def test_a_token_longer_than_the_overlap_is_joined_from_both_readings_at_the_middle() -> None:
    plan = tiles.plan(*WIDE)
    token = "ref=FM_TS_6_TC_25&mpan=1200023305967&msn=S06DS123456&postcode=LS14AP&status=accepted"
    start = B_LEFT - 140  # 10 px a character: 1704-2544, cut by B's left edge and A's right edge
    in_a = (A_RIGHT - start) // 10
    in_b = (B_LEFT - start) // 10
    left = [_word(token[:in_a] + "x", start)]  # its last glyph half seen, misread
    right = [_word("j" + token[in_b + 1:], B_LEFT, segment=1)]  # and its first
    merged = tiles.merge([left, right], plan)
    assert [w.text for w in merged] == [token]
    assert merged[0].box[0] == start and merged[0].box[2] == start + 10 * len(token)


def test_a_block_in_the_neighbours_half_is_left_to_it_and_a_line_across_the_middle_read_to_its_reach() -> None:
    a, b = tiles.plan(*WIDE)
    beyond = (MIDDLE + 20, 100, MIDDLE + 200, 116)  # wholly in B's half of the overlap, inside A
    assert a.elsewhere(beyond) and not b.elsewhere(beyond)
    across = (MIDDLE - 300, 100, MIDDLE + 300, 116)  # read by both: each to 96 px (six heights) past the middle
    assert not a.elsewhere(across) and not b.elsewhere(across)
    assert a.reading_span(across) == (0, MIDDLE + 96) and b.reading_span(across) == (MIDDLE - 96, 4200)
    assert a.cut_sides((MIDDLE - 300, 100, MIDDLE + 96, 116))[2]  # where A stopped reading it: cut there
    assert not a.cut_sides((MIDDLE - 300, 100, MIDDLE + 40, 116))[2]


def test_a_block_left_to_a_neighbour_that_read_nothing_there_is_read_where_it_was_found() -> None:
    found = (MIDDLE + 20, 100, MIDDLE + 200, 116)
    assert not tiles.covered(found, [_word("Status", MIDDLE - 200)])
    assert tiles.covered(found, [_word("MPAN", MIDDLE + 22), _word("1200023305967", MIDDLE + 70)])
    # the neighbour read the label only: the digits beside it were read by nobody
    assert not tiles.covered(found, [_word("MPAN", MIDDLE + 22)])
    assert not tiles.covered(found, [_word("MPAN", MIDDLE + 22), _word("1200", MIDDLE + 160)])
    again = [_word("S06DS123456", MIDDLE + 25), _word("Status", MIDDLE - 200, y0=300)]
    assert [w.text for w in tiles.not_read(again, [_word("S06DS12345", MIDDLE + 26)])] == ["Status"]
    # read again as one word where the neighbour read only its label: kept, the digits with it
    joined = [_word("MPAN:1200023305967", MIDDLE + 25)]
    assert tiles.not_read(joined, [_word("MPAN", MIDDLE + 25)]) == joined


@pytest.mark.parametrize("shift", [-4, -1, 0, 2, 4])
def test_a_glyph_read_at_the_middle_by_both_readings_is_taken_once(shift: int) -> None:
    text = "1200023305967"
    chars = [(ch, (MIDDLE - 60 + 10 * i, MIDDLE - 50 + 10 * i), 0.9) for i, ch in enumerate(text)]
    moved = [(ch, (x0 + shift, x1 + shift), s) for ch, (x0, x1), s in chars]  # the other reading's places
    assert "".join(c[0] for c in tiles.join_chars(chars, moved, MIDDLE)) == text
    assert "".join(c[0] for c in tiles.join_chars(moved, chars, MIDDLE)) == text


# -- real OCR across a seam --------------------------------------------------------------------------------

def _seam_screen() -> tuple[bytes, dict[str, Box]]:
    """Identifiers on the middle of the overlap, on each tile's edge, and inside a token longer than
    the overlap; returns the PNG and each identifier's ink box."""
    image = Image.new("RGB", WIDE, (255, 255, 255))
    draw = ImageDraw.Draw(image)
    face = font("sans", 22)
    boxes: dict[str, Box] = {}

    def line(y: int, before: str, value: str, after: str, across: int) -> None:
        # place the value's middle on ``across``
        x = across - face.getlength(before) - face.getlength(value) / 2
        draw.text((x, y), before + value + after, font=face, fill=(20, 20, 20))
        start = x + face.getlength(before)
        box = draw.textbbox((start, y), value, font=face)
        boxes[value] = (int(box[0]), int(box[1]), int(box[2]) + 1, int(box[3]) + 1)

    line(40, "MPAN ", make_mpan(12, "0002330596"), " confirmed by the DCC", MIDDLE)
    line(120, "Meter serial ", "S06DS123456", " installed", B_LEFT)
    line(200, "Supply MPAN: ", make_mpan(20, "0005329421"), " (import)", A_RIGHT)
    line(280, "Customer postcode ", "LS1 4AP", " on the account", MIDDLE)
    token_mpan = make_mpan(16, "1234509876")
    line(360, "GET /api/v2/supply?ref=FM_TS_6_TC_25&status=accepted&mpan=", token_mpan,
         "&msn=E6S12345678901&postcode=LS14AP&correlation=4f1c2d", MIDDLE)
    return _png(image), boxes


@pytest.fixture(scope="module")
def seam_redaction() -> tuple[ImageRedaction, dict[str, Box]]:
    data, boxes = _seam_screen()
    engine = default_engine()
    engine.clear_cache()
    return redact_image(data, engine=engine), boxes


def test_an_identifier_across_a_tile_seam_is_masked(seam_redaction: tuple[ImageRedaction, dict[str, Box]]) -> None:
    redaction, boxes = seam_redaction
    masks = [m.box for m in redaction.masks]
    for value, box in boxes.items():
        assert _share_masked(box, masks) >= 0.95, value


def test_an_identifier_across_a_tile_seam_is_read_whole_and_once(
        seam_redaction: tuple[ImageRedaction, dict[str, Box]]) -> None:
    redaction, boxes = seam_redaction
    digits = re.sub(r"\D", "", " ".join(w.text for w in redaction.words))
    for value in boxes:
        if value.isdigit():
            assert digits.count(value) == 1, value  # not cut in two, not doubled by both tiles' readings


# -- a big screen masks what the same content masks alone ----------------------------------------------------

def _window(kind: str, seed: int) -> Screen:
    rng = random.Random(seed)
    return KINDS[kind](rng, THEMES["light"], pt_to_px(11), (1280, 640), f"{kind}-{seed}")


@pytest.mark.parametrize(("kind", "seed"), [("grid", 3), ("crm", 5)])
def test_content_across_the_seams_is_masked_at_least_as_alone(kind: str, seed: int) -> None:
    """The window alone is one tile; placed at x 1500 on the wide frame, the overlap (1844-2356) runs
    through it: its labels, values and columns are read by two tiles and merged."""
    window = _window(kind, seed)
    engine = default_engine()
    engine.clear_cache()
    alone = redact_image(_png(window.image), engine=engine)
    canvas = Image.new("RGB", WIDE, THEMES["light"].bg)
    offset = 1500
    canvas.paste(window.image, (offset, 0))
    engine.clear_cache()
    big = redact_image(_png(canvas), engine=engine)
    shifted = [(a - offset, b, c - offset, d) for a, b, c, d in (m.box for m in big.masks)]
    alone_boxes = [m.box for m in alone.masks]
    secrets = [t.box for t in window.secrets]
    for truth in window.secrets:  # every identifier masked alone is masked on the big screen
        if _share_masked(truth.box, alone_boxes) >= 0.95:
            assert _share_masked(truth.box, shifted) >= 0.95, (truth.kind, truth.text)
    # and every word of one that was masked alone (words are compared, not mask boxes: a mask's size
    # follows the OCR boxes and the ink, which move by a pixel or two with the tile's scale). Over-masks
    # are not compared: a rule on the edge of its threshold may go either way when a box moves by a
    # pixel ("Customer details" is a label and its value when the gap is 0.3 of a line's height, and
    # not at 0.26), in a tile or not
    for word in alone.words:
        if _centre_under(word.box, alone_boxes) and any(_share_masked(box, [word.box]) > 0.3 for box in secrets):
            assert _centre_under(word.box, shifted), (word.text, word.box)


# -- a crop too wide for one recogniser call ---------------------------------------------------------------

def test_a_line_too_wide_for_one_call_is_read_in_pieces_without_a_lost_or_doubled_digit() -> None:
    face = font("mono", 14)
    mpan = make_mpan(13, "9876501234")
    before = ("2026-11-24 10:12:34.567 INFO  [DUIS] SRV 8.1.1 request status=accepted corr=4f1c2d9a "
              "correlationId=6f0b6d3e-9d7a-4c1e-8f25-2b1f4e0c9a77 mpan=")
    after = (" msn=S06DS123456 device=00-1B-C5-0A-00-12-34-56 retry=0 queue=duis-adapter-3 took=112ms "
             "GET /api/v2/meter-points/status?expand=devices,registers&page=1 ok")
    text = before + mpan + after
    width = int(face.getlength(text)) + 8
    image = Image.new("RGB", (width, 22), (255, 255, 255))
    ImageDraw.Draw(image).text((4, 2), text, font=face, fill=(0, 0, 0))
    crop = np.asarray(image)[:, :, ::-1].copy()  # the engine's crops are BGR
    engine = RapidOcrEngine(cache_size=0, second_looks=False)
    engine._load()
    engine._columns_cap = engine._TILED_BATCH_COLUMNS  # as in a frame read in tiles
    assert engine._columns(crop) > engine._columns_cap  # it is read in pieces
    read, xs, _scores = engine.recognise([crop])[0]
    assert re.sub(r"\D", "", read).count(mpan) == 1
    assert len(xs) == len(read) and all(a[0] <= b[0] for a, b in zip(xs, xs[1:], strict=False))


# -- the limit ------------------------------------------------------------------------------------------------

def _blank_png(size: tuple[int, int]) -> bytes:
    return _png(Image.new("1", size, 1))


def test_an_image_past_the_pixel_limit_is_refused_naming_the_limit() -> None:
    over = (6000, limits.MAX_IMAGE_PIXELS // 6000 + 1)
    with pytest.raises(InputTooLarge) as refused:
        redact_image(_blank_png(over))
    assert f"{limits.MAX_IMAGE_PIXELS:,} pixels" in str(refused.value)


def test_a_dual_4k_capture_is_within_the_limit() -> None:
    assert 7680 * 2160 <= limits.MAX_IMAGE_PIXELS
    limits.open_image(_blank_png((7680, 2160))).close()  # its header is read and accepted
    limits.check_input(_blank_png((7680, 2160)))


# -- memory --------------------------------------------------------------------------------------------------

_CHILD = textwrap.dedent("""
    import io, json, resource, sys
    import numpy as np
    from PIL import Image, ImageDraw
    sys.path.insert(0, {tests!r})
    from corpus_screens import font
    from attest.redaction.image import redact_image
    from attest.redaction.ocr import default_engine

    def peak():
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    default_engine().read(np.full((48, 320, 3), 255, np.uint8))  # the models, loaded
    image = Image.new("RGB", (3840, 2160), (250, 250, 250))
    draw = ImageDraw.Draw(image)
    for row in range(0, 2160, 270):
        draw.text((60 + row, row + 40), "Meter serial S06DS123456  MPAN 1200023305967  LS1 4AP",
                  font=font("sans", 18), fill=(20, 20, 20))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    data = buffer.getvalue()
    del image, draw, buffer
    base = peak()
    redaction = redact_image(data)
    read = sum(w.text == "1200023305967" for w in redaction.words)
    print(json.dumps({{"base": base, "peak": peak(), "masks": len(redaction.masks), "read": read}}))
""")


def test_a_4k_screen_needs_memory_for_its_tiles_not_its_size() -> None:
    """3840x2160 is six tiles. Read whole, detection alone needed about 95 bytes a pixel (790 MB); in
    tiles the whole redaction stays under 450 MB above what the models and Python hold."""
    code = _CHILD.format(tests=str(Path(__file__).parent))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["read"] == 8 and report["masks"] >= 8
    assert report["peak"] - report["base"] < 450, report


# -- windows side by side --------------------------------------------------------------------------------

def test_a_tables_columns_are_masked_when_its_header_shares_a_line_with_another_window() -> None:
    """A big screen holds windows side by side, and a grid's header row runs on (on the page's line) into
    the next window's text: "ID  MPRN  Status ... Changed Date   D0086 Registration update · MPAN:
    140…". As a whole that line is no header (it holds digits and a label with its value), so the
    columns under "MPRN" and "Customer" went unmasked; the part of the line left of the gap is one."""
    image = Image.new("RGB", (2400, 560), (250, 250, 250))
    draw = ImageDraw.Draw(image)
    draw.rectangle((1300, 0, 2400, 560), fill=(37, 36, 35))
    face, bold = font("sans", 15), font("sans", 15, bold=True)
    columns = [("ID", 40), ("MPRN", 130), ("Status", 260), ("Assigned To", 380), ("Customer", 560),
               ("Changed Date", 760)]
    for header, x in columns:
        draw.text((x, 40), header, font=bold, fill=(90, 90, 90))
    names = ["Grace Murphy", "Rhys Patel", "Ibrahim Williams", "George Hughes", "Siobhan Patel", "Hannah Davies",
             "Eleanor Roberts", "Callum Murphy", "Priya Thompson", "Fatima Begum"]
    secrets: list[tuple[Box, str]] = []
    for n, name in enumerate(names):
        y = 80 + 36 * n
        values = [str(21506 + n * 7), str(50906531 + n * 7919), ["Passed", "Failed", "Blocked"][n % 3], "QA Bot",
                  name, f"2026-11-{10 + n} 10:1{n}"]
        for (header, x), value in zip(columns, values, strict=True):
            draw.text((x, y), value, font=face, fill=(30, 30, 30))
            if header in ("MPRN", "Customer"):
                box = draw.textbbox((x, y), value, font=face)
                secrets.append(((int(box[0]), int(box[1]), int(box[2]) + 1, int(box[3]) + 1), value))
    for n, y in enumerate([40, 80, 152, 224]):  # the window beside it, on the table's baselines
        draw.text((1340, y), f"D0086 Registration update · Sent · MPAN: 14{n}0082153590 · Correlation ID 94fb0151",
                  font=face, fill=(220, 220, 220))
    engine = default_engine()
    engine.clear_cache()
    masks = [m.box for m in redact_image(_png(image), engine=engine).masks]
    assert [value for box, value in secrets if _share_masked(box, masks) < 0.95] == []


# -- windows side by side (the desktops of benchmarks/big_screens.py) -----------------------------------------

def _desktop_module():  # noqa: ANN202 - the benchmark's module, imported from its file
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "benchmarks" / "big_screens.py"
    spec = importlib.util.spec_from_file_location("big_screens_benchmark", path)
    assert spec is not None and spec.loader is not None
    module = sys.modules.get(spec.name)
    if module is None:
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # its dataclasses look their module up there
        spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("size", "crop"), [
    # a grid whose header row runs on into the next window, 238 px away: OCR's boxes of that line were 30 px
    # tall in tiles and 26 px whole, and the cut at eight heights fell either side of the gap
    ((2560, 1440), None),
    # "07 | Device ID | State MPRN Correlation ID": the grid's first column name alone is no header, and the
    # header found first took its neighbour; the form beside it: "Email address | Gas MPRN" the same
    ((7680, 2160), (1280, 1440, 3840, 2160)),
    # "Site address" alone on its line, the value under it, and the next window's side bar half a line
    # higher: the band under the label reached into that window and took "Settings" for the value
    ((7680, 2160), (1920, 0, 4480, 720)),
    # the whole dual-4K desktop: there the same label's "value on its right" was sought up to a third of the
    # capture's width away, 2,688 px, and found in a window 1,800 px off; the address under it went unread
    ((7680, 2160), None),
])
def test_windows_side_by_side_are_masked_as_each_alone(size: tuple[int, int], crop: Box | None) -> None:
    bench = _desktop_module()
    shot = bench.desktop(18, size)
    if crop is not None:
        whole = Image.open(io.BytesIO(shot.png))
        x0, y0, x1, y1 = crop
        secrets = [((a - x0, b - y0, c - x0, d - y0), kind, text) for (a, b, c, d), kind, text in shot.secrets
                   if a >= x0 and b >= y0 and c <= x1 and d <= y1]
        shot = bench.Desktop("crop", (x1 - x0, y1 - y0), _png(whole.crop(crop)), secrets)
    engine = default_engine()
    engine.clear_cache()
    masks = [m.box for m in redact_image(shot.png, engine=engine).masks]
    hits, misses = bench._recall(shot, masks)
    assert misses == [] and hits == len(shot.secrets) > 30, misses
