"""Screenshot redaction: find identifiers in an image and paint them out.

Detection is layered (DESIGN.md, "OCR alone is not enough"): what OCR read is matched against the
patterns, the register and their OCR-fuzzy variants (:mod:`ocrmatch`), and the layout of the screen
masks values by where they sit, under an "MPAN" header or beside a "Meter serial" label, whatever
OCR made of them (:mod:`layout`).

Masks are solid fills (never blur or pixelation, which can be reversed), sized to the ink of the
identifier plus a small margin, so that the rest of the line stays readable. The output keeps the
input's pixel size and format, and is re-encoded from the pixels alone: EXIF, XMP, IPTC, PNG text
chunks, comments and the ICC colour profile are not carried over (a profile's description and
copyright can hold any text; the pixels are converted to sRGB through it first, so colours stay
true). Only the DPI is kept: Word needs it to size the picture. A JPEG is re-encoded with its own
quantisation tables and chroma subsampling, so it keeps its quality and size.

Transparency: what a viewer shows depends on what it draws behind the image. White text on a
transparent PNG is invisible on white and plain on a dark viewer, and pixels made fully transparent
still hold their colours for any program that drops the alpha channel. So a translucent image is read
flattened on white, on black and, where transparent pixels hold something, without its alpha; what
any of them shows is masked, and the stored image has no alpha channel (flattened on the background
its content reads against).
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

import numpy as np
from PIL import Image, ImageDraw, ImageOps

from .edge_numbers import edge_numbers
from .findings import Kind
from .leak import still_identifier
from .limits import InputTooLarge, open_image
from .dotted import dots_joined
from .layout import layout_findings
from .mpan_parts import top_line_findings
from .serial_column import serial_column_findings
from .page_records import record_findings
from .page_values import recurring_on_page
from .row_numbers import headed_numbers, row_numbers
from .address_lines import block_lines, town_lines
from .screen_names import screen_name_findings
from .ocr import Box, OcrEngine, Word, boxes_overlap, default_engine, median_height, union
from .ocrmatch import page_findings
from .page_turn import in_steps, page_angle, turned
from .propagate import wanted_values
from .leader_values import leader_values
from .register import RegisterMatcher
from .screen import ImageFinding, build_page
from .spaced_letters import joined_letters
from .stacked_letters import stacked_words
from .walls import walls
from .wrapped_rows import narrowed, unwrapped

MARGIN = 4  # pixels of mask around the ink of an identifier
# when masks of two kinds overlap, the more specific kind names the merged mask (as findings.merge does)
_PRIORITY = [Kind.MPAN, Kind.MPRN, Kind.DEVICE, Kind.MSN, Kind.POSTCODE, Kind.EMAIL, Kind.PHONE, Kind.ACCOUNT,
             Kind.DOB, Kind.NAME,
             Kind.ADDRESS, Kind.REGISTERED]
FILL = 0  # black


class UnsupportedImage(ValueError):
    """The bytes are not an image this module can redact (unreadable, or an animation)."""


@dataclass(frozen=True)
class ImageMask:
    box: Box  # x0, y0, x1, y1 in pixels, x1/y1 exclusive
    kind: Kind
    detector: str


@dataclass
class ImageRedaction:
    data: bytes
    format: str  # "PNG", "JPEG", ...
    size: tuple[int, int]
    masks: list[ImageMask]
    values: dict[str, Kind] = field(default_factory=dict, repr=False)  # in memory only, as TextRedaction's
    # what OCR read on the image as a viewer first shows it, boxes on the image: in memory only (it holds the
    # identifiers it found), for a caller that looks for other text in the same reading (the expected result)
    words: list[Word] = field(default_factory=list, repr=False)


# -- decoding ----------------------------------------------------------------------------------------------

def _open(data: bytes) -> Image.Image:
    """The decoded image; its pixel count is checked from the header first (:func:`limits.open_image`),
    so an image past the limit is refused (:class:`limits.InputTooLarge`) before a byte is decoded."""
    try:
        image = open_image(data)
        image.load()
    except InputTooLarge:
        raise
    except Exception as error:  # noqa: BLE001 - Pillow raises many types for bad input
        raise UnsupportedImage(f"not a readable image: {_reason(error)}") from error
    if getattr(image, "n_frames", 1) > 1:
        raise UnsupportedImage("animated images are not supported")
    return _upright(_eight_bit(image))


# the modes of more than 8 bits a channel (a 16-bit greyscale PNG opens as "I;16" or "I"): converted to "L"
# by Pillow they clip at 255, every grey above black turning white, and OCR reads a blank page
_WIDE_MODES = frozenset({"I;16", "I;16B", "I;16L", "I;16N", "I", "F"})


def _eight_bit(image: Image.Image) -> Image.Image:
    """An image of more than 8 bits a channel scaled to 8-bit greys, as a viewer shows it."""
    if image.mode not in _WIDE_MODES:
        return image
    values = np.asarray(image, dtype=np.float64)
    top = float(values.max()) if values.size else 0.0
    if top > 65535:
        scale = 255.0 / top  # a 32-bit image: its own range
    elif top > 255:
        scale = 255.0 / 65535.0  # 16-bit data, the usual
    elif image.mode == "F" and top <= 1.0:
        scale = 255.0  # a float image from 0 to 1
    else:
        scale = 1.0  # 8-bit values in a wide mode
    scaled = Image.fromarray(np.clip(values * scale + 0.5, 0, 255).astype(np.uint8))  # (2-D uint8: mode "L")
    scaled.format, scaled.info = image.format, dict(image.info)
    return scaled


def _upright(image: Image.Image) -> Image.Image:
    """The image turned as its EXIF orientation tells a viewer to show it: masks are placed, and the copy is
    stored, the way the screen looked (the tag goes with the metadata, so stored sideways it would show
    sideways)."""
    try:
        orientation = image.getexif().get(0x0112, 1)
    except Exception:  # noqa: BLE001 - an EXIF block Pillow cannot read: shown as stored, like most viewers
        return image
    if orientation not in range(2, 9):
        return image
    turned = ImageOps.exif_transpose(image)
    if turned is None:
        return image
    turned.format, turned.info = image.format, {k: v for k, v in image.info.items() if k != "exif"}
    for attribute in ("quantization", "layers", "layer"):  # the JPEG's own tables, kept for re-encoding
        if hasattr(image, attribute):
            setattr(turned, attribute, getattr(image, attribute))
    return turned


def _reason(error: BaseException) -> str:
    """Pillow's words for what failed, on one short line."""
    return " ".join(str(error).split())[:160] or type(error).__name__


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA", "La", "RGBa") or (image.mode == "P" and "transparency" in image.info)


_STRIP = 256  # rows worked on at once where a whole image would need a float copy (12 bytes a pixel)


def _strips(height: int) -> Iterator[slice]:
    return (slice(top, min(height, top + _STRIP)) for top in range(0, height, _STRIP))


def _translucent(image: Image.Image) -> np.ndarray | None:
    """The image as RGBA if any pixel is less than opaque, else None (a screenshot saved with an
    alpha channel that is opaque everywhere is an ordinary picture)."""
    if not _has_alpha(image):
        return None
    rgba = np.asarray(image if image.mode == "RGBA" else image.convert("RGBA"))
    return rgba if int(rgba[:, :, 3].min()) < 255 else None


def _views(image: Image.Image) -> Iterator[np.ndarray]:
    """The image as viewers may show it, each as RGB for OCR, one at a time (a caller that lets each
    go before the next holds one full-size copy, not three): one view for an opaque image; for a
    translucent one, flattened on white, on black and, if its fully transparent pixels hold anything,
    as its colour channels alone."""
    rgba = _translucent(image)
    if rgba is None:
        # read only from here on: an RGB image's pixels are used as they are, without a converted copy
        yield np.asarray(image if image.mode == "RGB" else image.convert("RGB"))
        return
    yield _flatten(rgba, 255)
    yield _flatten(rgba, 0)
    if _hidden_colours(rgba):
        yield np.ascontiguousarray(rgba[:, :, :3])


def _hidden_colours(rgba: np.ndarray) -> bool:
    """Do the fully transparent pixels hold more than one colour (text a program that drops the alpha
    channel would show)? Strip by strip: the transparent pixels of a whole screen, gathered, are a
    full-size copy."""
    low = np.full(3, 255, np.int16)
    high = np.zeros(3, np.int16)
    for rows in _strips(rgba.shape[0]):
        strip = rgba[rows]
        hidden = strip[:, :, :3][strip[:, :, 3] == 0]
        if hidden.size:
            low = np.minimum(low, hidden.min(axis=0))
            high = np.maximum(high, hidden.max(axis=0))
    return int((high - low).max()) > _Ink.THRESHOLD


def _flatten(rgba: np.ndarray, background: int) -> np.ndarray:
    """``rgba`` drawn on a grey ``background``, as RGB; worked strip by strip, so that the float
    arithmetic needs a strip's worth of memory, not four times the image's."""
    height, width = rgba.shape[:2]
    flat = np.empty((height, width, 3), np.uint8)
    for rows in _strips(height):
        strip = rgba[rows]
        alpha = strip[:, :, 3:4].astype(np.float32) / 255.0
        mixed = strip[:, :, :3].astype(np.float32) * alpha + background * (1.0 - alpha)
        flat[rows] = np.clip(mixed + 0.5, 0, 255).astype(np.uint8)
    return flat


def _rgb(image: Image.Image) -> np.ndarray:
    """The image as one view (the first of :func:`_views`): what a light viewer shows."""
    return next(_views(image))


# -- from findings to masks -----------------------------------------------------------------------------

class _Ink:
    """Where the text is, measured on the pixels: a pixel is ink when it differs clearly from the
    region's background (the median colour of its edges), in light and dark themes alike."""

    THRESHOLD = 40
    FAINT = 6  # below this, a difference is noise, not faint ink

    def __init__(self, rgb: np.ndarray, masks_drawn: bool = False) -> None:
        self.rgb = rgb
        self.height, self.width = rgb.shape[:2]
        self.masks_drawn = masks_drawn

    def mask(self, box: Box) -> tuple[np.ndarray, int, int] | None:
        x0, y0, x1, y1 = self._clip(box)
        if x1 <= x0 or y1 <= y0:
            return None
        region = self.rgb[y0:y1, x0:x1].astype(np.int16)
        # the background is what the region's edges mostly show (text boxes are padded): the middle
        # value of each channel (a sort: np.median's own overhead was most of this for small boxes)
        border = np.concatenate([region[0], region[-1], region[:, 0], region[:, -1]])
        background = np.sort(border, axis=0)[len(border) // 2]
        difference = np.abs(region - background)

        def over(limit: int) -> np.ndarray:
            # where any channel differs by more, ORed channel by channel (a max over a 3-wide axis is slow)
            far = (difference > limit).view(np.uint8)
            return (far[..., 0] | far[..., 1] | far[..., 2]).astype(bool)

        ink = over(self.THRESHOLD)
        rows = slice(ink.shape[0] // 4, max(ink.shape[0] // 4 + 1, 3 * ink.shape[0] // 4))  # the box's middle half
        if not ink[rows].any() and difference[rows].size:
            # no clear ink in the middle of a text's box: text in a colour close to its background
            # (grey on grey, read with its contrast stretched), so ink is what differs as much as
            # half its strongest stroke there
            ink = over(max(self.FAINT, int(difference[rows].max()) // 2))
        return ink, x0, y0

    def _clip(self, box: Box) -> Box:
        x0, y0, x1, y1 = box
        return max(0, int(x0)), max(0, int(y0)), min(self.width, int(x1)), min(self.height, int(y1))

    def tight(self, box: Box) -> Box | None:
        """The bounding box of the ink inside ``box``, or None."""
        found = self.mask(box)
        if found is None:
            return None
        ink, x0, y0 = found
        rows = np.flatnonzero(ink.any(axis=1))
        cols = np.flatnonzero(ink.any(axis=0))
        if rows.size == 0:
            return None
        return x0 + int(cols[0]), y0 + int(rows[0]), x0 + int(cols[-1]) + 1, y0 + int(rows[-1]) + 1

    def masked(self, box: Box, height: float) -> bool:
        """Does ``box`` (the gap between a label and the next text on its line) hold a redaction's mask: a
        solid block of the mask's colour a line high and two heights wide or more, on a background that
        is not itself that colour (a terminal's black is no mask)? Only in an image known to carry masks
        (the leak scan's): on a screen as captured, a black input box beside its label holds its value."""
        if not self.masks_drawn:
            return False
        x0, y0, x1, y1 = self._clip(box)
        h = max(2, int(height))
        if x1 - x0 < 2 * h or y1 <= y0:
            return False
        band = self.rgb[y0:y1, x0:x1].astype(np.int16)
        solid = (np.abs(band - FILL) <= 12).all(axis=2)  # (screen-share JPEGs blur the mask's edges a little)
        columns = solid.mean(axis=0) >= 0.9
        if _longest_run(columns) < 2 * h:
            return False
        above = self.rgb[max(0, y0 - h):y0, x0:x1].astype(np.int16)
        below = self.rgb[y1:min(self.height, y1 + h), x0:x1].astype(np.int16)
        around = np.concatenate([above.reshape(-1, above.shape[-1]), below.reshape(-1, below.shape[-1])])
        return around.size == 0 or float((np.abs(around - FILL) <= 12).all(axis=1).mean()) < 0.6

    def rule_between(self, box: Box) -> bool:
        """Does ``box`` hold a vertical rule, a grid's line between two cells: a column of pixels apart from the
        background from top to bottom (faint grey lines too: a rule is thin, a glyph's stroke spans its line only)?"""
        x0, y0, x1, y1 = self._clip(box)
        if x1 <= x0 or y1 - y0 < 6:
            return False
        region = self.rgb[y0:y1, x0:x1].astype(np.int16)
        # (the background is what most of the gap shows: its top or bottom row may be a row's own rule)
        background = np.median(region.reshape(-1, region.shape[-1]), axis=0)
        apart = (np.abs(region - background).max(axis=2) > 12).mean(axis=0)
        return bool((apart >= 0.95).any())

    def run_right(self, box: Box, limit: float, gap: float) -> Box | None:
        """``box`` grown right over ink to ``limit``, across blank runs shorter than ``gap``; None when
        no ink follows. Measured on the middle half of its rows: a text box is padded into the rows
        above and below, and where a grid shades alternate rows the neighbour's shade would be the
        edges' median colour, and this row's whole background ink."""
        x0, y0, x1, y1 = box
        quarter = (y1 - y0) // 4
        found = self.mask((x1, y0 + quarter, int(limit), y1 - quarter))
        if found is None:
            return None
        ink, ox, _oy = found
        columns = np.asarray(ink.any(axis=0))
        whole = self.mask((x1, y0, int(limit), y1))
        if whole is not None and whole[0].shape[1] == columns.shape[0]:
            # a grid's rule between two cells: inked over the row's whole height, padding and all, which no
            # glyph is (a "1" fills only the text's own height); the cell ends there
            rules = np.flatnonzero(whole[0].mean(axis=0) >= 0.95)
            if rules.size:
                columns = columns.copy()
                columns[int(rules[0]):] = False
        right = _grow(columns, 0, 1, ink.shape[1], max(1, int(round(gap))))
        return (x0, y0, ox + right, y1) if right > 0 else None

    def spread(self, box: Box) -> Box:
        """A row of digits in boxes, grown left and right over the boxes' ink: OCR reads some of the
        digits only, and the unread ones sit in the boxes either side (the rules run on between them).
        At most ten heights either way, across gaps shorter than half a height."""
        x0, y0, x1, y1 = box
        h = max(1, y1 - y0)
        quarter = h // 4
        found = self.mask((x0 - 10 * h, y0 + quarter, x1 + 10 * h, y1 - quarter))
        if found is None:
            return box
        ink, ox, _oy = found
        columns = np.asarray(ink.any(axis=0))
        gap = max(2, h // 2)
        left = _grow(columns, x0 - ox, -1, 10 * h, gap)
        right = _grow(columns, x1 - ox, 1, 10 * h, gap)
        return ox + left, y0, ox + right, y1

    def room(self, box: Box) -> tuple[int, int]:
        """How far a mask fitted to ``box`` (a value's ink) may grow above and below it without covering the ink
        of the lines set close above and below (a label sheet's job line a pixel or two under an MPAN's core): the
        blank rows before that ink, less one. Ink that touches the box, with no blank row between, is taken for the
        value's own (a glyph the fit cut short) and the margin is kept whole."""
        x0, y0, x1, y1 = box
        reach = MARGIN + 3
        room = []
        for top, bottom, flip in ((y0 - reach, y0, True), (y1, y1 + reach, False)):
            found = self.mask((x0, top, x1, bottom)) if bottom > top else None
            if found is None:
                room.append(MARGIN)
                continue
            rows = np.asarray(found[0].any(axis=1))
            rows = rows[::-1] if flip else rows
            own = int(np.argmin(rows)) if not rows.all() else len(rows)  # (a row or two the fit cut off the glyphs)
            after = np.flatnonzero(rows[own:])
            if own > 2 or after.size == 0:
                room.append(MARGIN)
            else:
                room.append(min(MARGIN, own + max(1, int(after[0]) - 1)))
        return room[0], room[1]

    def snap(self, box: Box, pitch: float, cut: tuple[bool, bool] = (False, False)) -> Box:
        """Grow a text box to whole glyphs, then fit it to the ink vertically.

        OCR places characters to a few pixels. Where the box ends at a word's edge, it grows through
        ink across the small gaps between glyphs (up to a character), and stops at the space that
        ends the word. Where it ends inside a word ("mpan=|1200…"), the neighbouring glyph is only a
        pixel away: there it grows by a third of a character and then only through touching ink."""
        x0, y0, x1, y1 = box
        reach = max(2, int(round(pitch)))
        found = self.mask((x0 - reach - 2, y0, x1 + reach + 2, y1))
        if found is None:
            return box
        ink, ox, oy = found
        columns = np.asarray(ink.any(axis=0))
        small_gap = max(2, int(round(pitch * 0.3)))
        nudge = max(1, int(round(pitch / 3)))
        left, right = x0 - ox, x1 - ox
        if cut[0]:
            left = _grow(columns, left - nudge, -1, reach // 2, 1)
        else:
            left = _grow(columns, left, -1, reach, small_gap)
        if cut[1]:
            right = _grow(columns, right + nudge, 1, reach // 2, 1)
        else:
            right = _grow(columns, right, 1, reach, small_gap)
        left, right = max(0, left), min(len(columns), right)
        rows = np.flatnonzero(ink[:, left:right].any(axis=1)) if right > left else np.array([], int)
        if rows.size:
            top, bottom = oy + int(rows[0]), oy + int(rows[-1]) + 1
            top, bottom = _own_rows(np.asarray(ink[:, left:right].any(axis=1)), oy, top, bottom)
        else:
            top, bottom = y0, y1
        return ox + left, top, ox + right, bottom


def _own_rows(rows: np.ndarray, oy: int, top: int, bottom: int) -> tuple[int, int]:
    """The rows of ink that are the box's own text, not the lines above and below.

    A detection box is padded by most of a text height; where lines are set close (log text at 16 px
    pitch in a 24 px box) it holds the feet of the line above and the heads of the line below, and a
    mask fitted to all its ink covers parts of both (and, merged with theirs, whole paragraphs). A band
    of ink is a neighbour's when it touches the box's top or bottom edge (cut by it), lies outside the
    middle half of the box, and is shorter than the box's tallest band that does lie there (a whole
    line of text, as in a box drawn tight round several lines, is kept)."""
    edges = np.flatnonzero(np.diff(np.concatenate(([0], rows.astype(np.int8), [0]))))
    bands = [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2], strict=True)]
    size = len(rows)
    middle = (size // 4, size - size // 4)
    inside = [b for b in bands if b[0] < middle[1] and b[1] > middle[0]]
    if len(bands) < 2 or not inside:
        return top, bottom
    tallest = max(b - a for a, b in inside)
    kept = [(a, b) for a, b in bands if (a, b) in inside or not ((a == 0 or b == size) and b - a < tallest)]
    return oy + kept[0][0], oy + kept[-1][1]


def _grow(columns: np.ndarray, edge: int, step: int, limit: int, gap: int) -> int:
    """Move ``edge`` outwards (``step`` -1: left, 1: right) over ink, across blank runs shorter than
    ``gap``, at most ``limit`` columns; returns the new edge (exclusive on the right)."""
    size = len(columns)
    best = edge
    blank = 0
    position = edge if step < 0 else edge - 1
    for _ in range(limit):
        position += step
        if position < 0 or position >= size:
            break
        if columns[position]:
            best = position if step < 0 else position + 1
            blank = 0
        else:
            blank += 1
            if blank >= gap:
                break
    return best


def _pitch(finding: ImageFinding) -> float:
    x0, y0, x1, y1 = finding.box
    if finding.text:
        return max(2.0, (x1 - x0) / max(1, len(finding.text)))
    return max(2.0, (y1 - y0) * 0.35)


def _masks(findings: list[ImageFinding], ink: _Ink) -> list[ImageMask]:
    boxes: list[tuple[Box, Kind, str]] = []
    for finding in findings:
        if finding.detector == "boxed":
            x0, y0, x1, y1 = ink.spread(finding.box)
        elif finding.text or finding.detector != "column":
            x0, y0, x1, y1 = ink.snap(finding.box, _pitch(finding), finding.cut)
        else:
            x0, y0, x1, y1 = finding.box  # already the ink of an unread cell
        box = _with_margin((x0, y0, x1, y1), ink.width, ink.height, ink.room((x0, y0, x1, y1)))
        if box[2] > box[0] and box[3] > box[1]:
            boxes.append((box, finding.kind, finding.detector))
    return [ImageMask(box, kind, detector) for box, kind, detector in _merge(boxes)]


def _with_margin(box: Box, width: int, height: int, room: tuple[int, int] = (MARGIN, MARGIN)) -> Box:
    """A mask's box: ``box`` grown by the margin, within the image; above and below by no more than ``room``
    (the blank rows before another line's ink: see :meth:`_Ink.room`)."""
    x0, y0, x1, y1 = box
    above, below = min(MARGIN, room[0]), min(MARGIN, room[1])
    return max(0, x0 - MARGIN), max(0, y0 - above), min(width, x1 + MARGIN), min(height, y1 + below)


def _merge(boxes: list[tuple[Box, Kind, str]]) -> list[tuple[Box, Kind, str]]:
    """Overlapping masks on one line become one (the more specific kind names it)."""
    merged: list[tuple[Box, Kind, str]] = []
    line_height: list[int] = []  # the tallest mask merged into each: the height of its line
    for box, kind, detector in sorted(boxes, key=lambda b: (b[0][1], b[0][0])):
        for i, (other, other_kind, other_detector) in enumerate(merged):
            overlap_x = min(box[2], other[2]) - max(box[0], other[0])
            overlap_y = min(box[3], other[3]) - max(box[1], other[1])
            union = (min(box[0], other[0]), min(box[1], other[1]), max(box[2], other[2]), max(box[3], other[3]))
            # (not into a block taller than its line: a turned table's masks, each a step of its line, overlap
            # the next row's, and merged in a chain they would paint the whole table out)
            height = max(box[3] - box[1], line_height[i])
            # (nor a turned block's tall mask with the masks of the lines beside it: a tab's label at 90° beside a
            # table's row headers would take in every row it stands beside, and their cells with them)
            if overlap_x >= 0 and overlap_y > 0.5 * min(box[3] - box[1], other[3] - other[1]) \
                    and union[3] - union[1] <= 1.3 * height \
                    and min(box[3] - box[1], line_height[i]) >= 0.4 * height:
                best = min(kind, other_kind, key=lambda k: _PRIORITY.index(k) if k in _PRIORITY else len(_PRIORITY))
                merged[i] = (union, best, other_detector if best == other_kind else detector)
                line_height[i] = height
                break
        else:
            merged.append((box, kind, detector))
            line_height.append(box[3] - box[1])
    return merged


# -- encoding ------------------------------------------------------------------------------------------

def _longest_run(flags: np.ndarray) -> int:
    """The length of the longest run of True in a 1-D boolean array."""
    if not flags.any():
        return 0
    padded = np.concatenate([[False], flags, [False]]).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    return int((edges[1::2] - edges[::2]).max())


def _fill_for(mode: str) -> int | tuple[int, ...]:
    return {"RGB": (FILL,) * 3, "RGBA": (FILL, FILL, FILL, 255), "LA": (FILL, 255), "CMYK": (0, 0, 0, 255),
            "YCbCr": (FILL, 128, 128)}.get(mode, FILL)


def _encode(image: Image.Image, original: Image.Image, fmt: str) -> bytes:
    """Save the pixels only: no EXIF, XMP, text chunks or comments. What to keep is read from
    ``original`` before ``image``'s own info is emptied (they may be one image, painted in place)."""
    options: dict[str, object] = {}  # no icc_profile: the pixels are sRGB already (see _in_srgb)
    if fmt == "JPEG":
        from PIL import JpegImagePlugin

        qtables = getattr(original, "quantization", None)
        if qtables:
            options["qtables"] = qtables
        sampling = JpegImagePlugin.get_sampling(original)
        if sampling != -1:
            options["subsampling"] = sampling
        if "dpi" in original.info:
            options["dpi"] = original.info["dpi"]
    elif fmt == "PNG":
        # (no pHYs either: a stored PNG holds its pixels and no ancillary chunk; the pack sizes a picture itself)
        options["compress_level"] = 3
    image.info = {}
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **options)
    return buffer.getvalue()


def _in_srgb(image: Image.Image, icc: bytes | None) -> Image.Image:
    """The pixels converted to sRGB through the image's own colour profile, which is then dropped. A
    profile that cannot be read is dropped all the same (the colours may shift; the text stays)."""
    if not icc:
        return image
    from PIL import ImageCms

    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        mode = image.mode if image.mode in ("RGB", "RGBA") else "RGB"
        converted = ImageCms.profileToProfile(image, source, ImageCms.createProfile("sRGB"), outputMode=mode)
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return image
    if converted is None:  # profileToProfile(inPlace=True) returns None; not used here, but typed so
        return image
    converted.info.pop("icc_profile", None)
    return converted


def _opaque(image: Image.Image) -> Image.Image:
    """No alpha channel: flattened on white, or on black if what the image shows is light (white text
    on a transparent background stays readable). Fully transparent pixels keep nothing they held."""
    rgba = _translucent(image)
    if rgba is None:
        return image.convert("RGB") if _has_alpha(image) else image
    total, count = 0.0, 0
    for rows in _strips(rgba.shape[0]):  # the mean colour of what shows, strip by strip
        strip = rgba[rows]
        shown = strip[:, :, :3][strip[:, :, 3] >= 128]
        total += float(shown.sum(dtype=np.float64))
        count += shown.size
    light = count > 0 and total / count > 160
    return Image.fromarray(_flatten(rgba, 0 if light else 255))


def _paintable(image: Image.Image, own: bool = False) -> Image.Image:
    """An image the masks can be drawn on: a copy, unless the caller ``own``s ``image`` and has no
    further use for its pixels (a full-size copy of a 16-megapixel screen is 66 MB)."""
    if image.mode == "P":
        return image.convert("RGBA" if "transparency" in image.info else "RGB")
    if image.mode in ("1", "I;16", "I;16B", "I;16L"):
        return image.convert("L") if image.mode == "1" else image
    return image if own else image.copy()


# -- the API -------------------------------------------------------------------------------------------

Pass = tuple[list[ImageFinding], _Ink, Callable[[Box], Box] | None, list[Word]]


def _passes(rgb: np.ndarray, register: RegisterMatcher | None, engine: OcrEngine | None,
            masks_drawn: bool = False) -> Iterator[Pass]:
    """The findings in an RGB image, the ink they were found on and the words read; and when most of its
    text runs turned (a page at 270°, a bill photographed at 7°), those on the image turned upright, with
    the map of their boxes back onto the image (see :mod:`page_turn`)."""
    engine = engine or default_engine()
    words = engine.read(rgb)
    angle = page_angle(words)
    found = _page_findings(rgb, words, register, masks_drawn)
    if (spaced := joined_letters(words)) is not None:  # (and read again with letter-spaced text joined into words)
        found += _page_findings(rgb, spaced, register, masks_drawn)
    # (and with text set a character a line read as the line it spells: a spine label's "1" over "0" over "5"…)
    if (stacked := stacked_words(rgb, words, getattr(engine, "recognise", None))) is not None:
        read, columns_of = stacked
        # (each column's line read with the rest of the page but not the other columns' lines: a meter board's labels
        # stand side by side, and their lines, as close as the columns, would run together into one word)
        joined = [w for w in read if w.box in columns_of]
        rest = [w for w in read if w.box not in columns_of]
        for line in joined:
            for f in _page_findings(rgb, [*rest, line], register, masks_drawn):
                column = columns_of[line.box] if boxes_overlap(f.box, line.box) else None
                found.append(f if column is None else replace(f, box=column))
    # (and a console's rows wrapped at its width set side by side again, each row one line: see wrapped_rows; in its
    # rows, a value's header and neighbours are read there only: on the screen a wrapped row's first line stands
    # under the header's second, "TC-SIT-3289" under "METER_SERIAL")
    if angle is None and (wide := unwrapped(rgb, words)) is not None:
        # (a reference's or a flow's shape only, and what those made recur: the wide page reads its own)
        found = [f for f in found if (f.detector not in _BY_PLACE and f.detector != "recurring") or not wide.in_rows(f.box)
                 or not _A_REFERENCE.fullmatch(f.text.strip())]
        found += [replace(f, box=box) for f in _page_findings(wide.canvas, wide.words, register, masks_drawn)
                  for wide_box in narrowed(f.kind, f.box, wide.words) for box in wide.to_screen(wide_box)]
    if angle is not None:
        # on a turned page "right of" and "below" are other places: fields and columns are read on the
        # upright page only (a turned page's "Pending" is no MPRN); what was read is kept from both
        found = [f for f in found if f.detector not in _BY_PLACE]
    if (strokes := dots_joined(rgb)) is not None:  # (and text printed in dots read with its dots joined: see dotted)
        found += _page_findings(strokes, engine.read(strokes), register, masks_drawn)
    yield found, _Ink(rgb), None, words
    if angle is not None:
        upright, to_page = turned(rgb, angle)
        read = engine.read(upright)
        yield _page_findings(upright, read, register, masks_drawn), _Ink(upright), to_page, read


# a test's, a ticket's or a flow's reference: what a wrapped row's misplaced header takes for a value ("TC-SIT-3289")
_A_REFERENCE = re.compile(r"[A-Z]{1,8}(?:-[A-Z]{1,8})*-\d{2,8}|D\d{4}")
_BY_PLACE = frozenset({"field-right", "field-below", "column", "label", "row", "town", "sign-off", "addressee"})


def _page_findings(rgb: np.ndarray, words: list[Word], register: RegisterMatcher | None,
                   masks_drawn: bool = False) -> list[ImageFinding]:
    """``masks_drawn``: the image is a redacted one read again (the leak scan), whose masks answer their labels."""
    height, width = rgb.shape[:2]
    # an edge four text heights long is a window's border or a grid's rule, never a glyph or a field's frame
    page = build_page(words, width, height, walls(rgb, max(48, 4 * median_height(words))) if words else ())
    placed, header_spans = layout_findings(page, _Ink(rgb, masks_drawn))
    found = headed_numbers(page, page_findings(page, register), header_spans) + placed
    found = found + list(row_numbers(page, found, header_spans)) + list(town_lines(page, found))
    found = found + list(block_lines(page, found))
    found = found + screen_name_findings(page, found)
    found = found + list(top_line_findings(page, found))  # (an MPAN's top line beside or over its core)
    found = found + serial_column_findings(page, found)  # (a serial made otherwise, in a serial's column)
    found = found + list(edge_numbers(page, found))  # (a number the capture's edge cut)
    found = found + list(record_findings(page, found))  # (a screen of delimited records read as an extract)
    found = found + list(leader_values(page))  # (a value a dot leader leads to across the line)
    return found + recurring_on_page(page, found)  # (a value found once, wherever else the page shows it)


def detect(rgb: np.ndarray, *, register: RegisterMatcher | None = None,
           engine: OcrEngine | None = None) -> list[ImageFinding]:
    """Every identifier finding in an RGB image (pattern, register, layout), unmerged; boxes on the
    image as it stands."""
    return _scan_view(rgb, register, engine)[0]


def redact_image(data: bytes, *, register: RegisterMatcher | None = None,
                 engine: OcrEngine | None = None) -> ImageRedaction:
    """The image with every identifier painted out, in its own format and size, without metadata."""
    original = _open(data)
    fmt = original.format or "PNG"
    findings: list[ImageFinding] = []
    boxes: list[tuple[Box, Kind, str]] = []
    read: list[Word] = []
    for number, rgb in enumerate(_views(original)):
        seen, masked, words = _redact_view(rgb, register, engine)
        del rgb  # the next view is made only once this one is let go
        findings += seen
        boxes += masked
        if number == 0:  # the first view is the image as a viewer shows it (on white, if translucent)
            read = words
    masks = [ImageMask(box, kind, detector) for box, kind, detector in _merge(boxes)]
    # what a validated pattern or the register read is a value; a layout guess's text may be anything
    values = wanted_values((f.text, f.kind) for f in findings if f.text and f.detector in ("pattern", "register"))
    size = original.size
    return ImageRedaction(_painted(original, fmt, [m.box for m in masks], own=True), fmt, size, masks, values, read)


def _redact_view(rgb: np.ndarray, register: RegisterMatcher | None, engine: OcrEngine | None,
                 ) -> tuple[list[ImageFinding], list[tuple[Box, Kind, str]], list[Word]]:
    """One view's findings, its masks (each sized on this view's ink, boxes on the image) and the words
    read on it; nothing returned refers to the view's pixels, so the caller can let them go."""
    findings: list[ImageFinding] = []
    boxes: list[tuple[Box, Kind, str]] = []
    read: list[Word] = []
    passes = list(_passes(rgb, register, engine))
    if len(passes) == 2:
        # a turned page: the reading of it as it stands draws a turned line's label and value as one box, so
        # what the upright reading found too is masked where that reading placed it, its label left readable
        (seen, ink, _none, words), upright = passes
        upright_found, to_upright_page = upright[0], upright[2]
        if to_upright_page is not None:  # (always, for the upright pass)
            placed = [(to_upright_page(f.box), f.kind) for f in upright_found]
            seen = [f for f in seen if not any(kind is f.kind and boxes_overlap(box, f.box) for box, kind in placed)]
            # a box taller than a line of text read as it stands is a slanted run, often across a turned table's
            # cells ("9795 5430 23 7 70.B3.D5…" read as one MPAN); where the upright reading found what is there,
            # it is masked there, in steps along its line
            tall = 1.3 * median_height(upright[3]) if upright[3] else 0  # (the text's height, read upright)
            seen = [f for f in seen if f.box[3] - f.box[1] <= tall
                    or not any(boxes_overlap(box, f.box) for box, _kind in placed)]
        passes = [(seen, ink, _none, words), upright]
    for seen, ink, to_page, words in passes:
        findings += seen
        for m in _masks(seen, ink):
            boxes += [(m.box, m.kind, m.detector)] if to_page is None else \
                [(piece, m.kind, m.detector) for piece in in_steps(m.box, to_page)]
        read += words if to_page is None else [replace(w, box=to_page(w.box), chars=()) for w in words]
    return findings, boxes, read


def read_words(data: bytes, engine: OcrEngine | None = None) -> list[Word]:
    """What OCR reads on an image as a viewer first shows it (on white, if translucent)."""
    return (engine or default_engine()).read(_rgb(_open(data)))


def paint_masks(data: bytes, boxes: list[Box]) -> bytes:
    """The image with ``boxes`` painted solid, in its own format and size, without metadata.

    What a tester's own masks go through: one drawn by hand over a redacted capture, or the masks
    left after one was removed, painted again on the unredacted original. Boxes are clipped to the
    image; one wholly outside it is refused, since a mask that covers nothing protects nothing."""
    original = _open(data)
    width, height = original.size
    clipped: list[Box] = []
    for x0, y0, x1, y1 in boxes:
        box = (max(0, x0), max(0, y0), min(width, x1), min(height, y1))
        if box[2] <= box[0] or box[3] <= box[1]:
            raise UnsupportedImage(f"the mask {x0},{y0}-{x1},{y1} lies outside the {width}×{height} image")
        clipped.append(box)
    return _painted(original, original.format or "PNG", clipped)


def _painted(original: Image.Image, fmt: str, boxes: list[Box], own: bool = False) -> bytes:
    """``boxes`` painted solid and the image encoded; on ``original`` itself when the caller ``own``s it
    and is done with its pixels."""
    info = dict(original.info)
    canvas = _opaque(_in_srgb(_paintable(original, own), info.get("icc_profile")))
    draw = ImageDraw.Draw(canvas)
    fill = _fill_for(canvas.mode)
    for x0, y0, x1, y1 in boxes:
        draw.rectangle((x0, y0, x1 - 1, y1 - 1), fill=fill)
    try:
        return _encode(canvas, original, fmt)
    except (OSError, KeyError, ValueError) as error:
        raise UnsupportedImage(f"cannot write {fmt} images: {error}") from error


# (and a value read joined across a line's break, whose halves alone have no shape of their kind: "31236" / "97489")
_READ_WHOLE = frozenset({"pattern", "register", "s-box", "boxed", "wrapped"})


def second_look(data: bytes, *, register: RegisterMatcher | None = None,
                engine: OcrEngine | None = None) -> list[ImageFinding]:
    """The leak scan of an image read differently from the way redaction read it, so that one blind
    spot of the engine cannot pass both: a dark screen inverted (the models read dark on light best,
    and light text on dark is where they miss digits), a light one enlarged by half (small text the
    detector passed over at its own size). Boxes on the image as it stands, with a mask's margin."""
    found: list[ImageFinding] = []
    for rgb in _views(_open(data)):
        other, to_page = _read_otherwise(rgb)
        height, width = rgb.shape[:2]
        del rgb  # the inverted or enlarged copy is what is read: one full-size copy alive, not two
        found += [replace(f, box=_with_margin(to_page(f.box), width, height))
                  for f in _leaks(detect(other, register=register, engine=engine))]
        del other
    return found


_ENLARGE = 1.5
_ENLARGE_UP_TO = 4_500_000  # pixels after enlarging; a larger screen is read inverted instead


def _read_otherwise(rgb: np.ndarray) -> tuple[np.ndarray, Callable[[Box], Box]]:
    height, width = rgb.shape[:2]
    dark = float(np.median(rgb[:: max(1, height // 64), :: max(1, width // 64)])) < 110
    if dark or width * height * _ENLARGE * _ENLARGE > _ENLARGE_UP_TO:
        return np.ascontiguousarray(255 - rgb), lambda box: box
    import cv2

    enlarged = cv2.resize(rgb, (round(width * _ENLARGE), round(height * _ENLARGE)), interpolation=cv2.INTER_CUBIC)

    def to_page(box: Box) -> Box:
        x0, y0, x1, y1 = box
        return (int(x0 / _ENLARGE), int(y0 / _ENLARGE), min(width, int(-(-x1 // _ENLARGE))),
                min(height, int(-(-y1 // _ENLARGE))))

    return np.ascontiguousarray(enlarged), to_page


def _wrapped_places(findings: list[ImageFinding], words: Sequence[Word]) -> list[ImageFinding]:
    """A place whose text and the word just under it, starting where it does, together have the place's kind's
    shape where the place's text has not alone: a value a diagram's box or a narrow cell wrapped ("MPRN:" over
    "41785" over "08795", "Meter serial:" over "G4A71" over "36943C"), read whole as the reader reads it."""
    joined: list[ImageFinding] = []
    for upper in findings:
        if upper.detector in _READ_WHOLE or not upper.text.strip() or still_identifier(upper.kind, upper.text):
            continue
        height = upper.box[3] - upper.box[1]
        for lower in words:
            if not 0 <= lower.box[1] - upper.box[3] <= 0.6 * height or abs(lower.box[0] - upper.box[0]) > 0.5 * height:
                continue
            text = upper.text.strip() + lower.text.strip()
            if still_identifier(upper.kind, text):
                joined.append(ImageFinding(upper.kind, union([upper.box, lower.box]), "wrapped", text))
    return joined


def _leaks(findings: Iterable[ImageFinding], words: Sequence[Word] = ()) -> list[ImageFinding]:
    """Of an image's findings, those that show an identifier still readable (see :func:`scan_image`); ``words``:
    what was read, for a place's value wrapped onto the next line."""
    found: list[ImageFinding] = []
    seen: set[tuple[Box, Kind]] = set()
    findings = list(findings)
    for finding in [*findings, *_wrapped_places(findings, words)]:
        if not finding.text.strip():
            continue
        # a place alone is no leak (once a field is painted out, the cell under its label is the next
        # field); the shapes read whole (pattern, register, an S box, boxed digits) are, and so is a
        # place whose text still has its kind's shape ("MPRN" over "9606730")
        if finding.detector not in _READ_WHOLE and not still_identifier(finding.kind, finding.text):
            continue
        key = (finding.box, finding.kind)
        if key not in seen:
            seen.add(key)
            found.append(finding)
    return found


def scan_image(data: bytes, *, register: RegisterMatcher | None = None,
               engine: OcrEngine | None = None) -> list[ImageFinding]:
    """The leak scan: identifiers that OCR can still read in an image.

    The same detectors as :func:`redact_image`, but a place alone is not a leak: a finding that did not
    come from a validated pattern or the register counts only when the text read there still has the
    shape of its kind (:mod:`leak`), and an unreadable place does not count at all. A redacted image
    therefore scans clean, while an unredacted one does not.
    """
    found: list[ImageFinding] = []
    shown: set[str] = set()  # the words the two flattened views show
    hidden: list[ImageFinding] = []
    first: list[Word] = []  # the words the image as it stands shows
    for number, rgb in enumerate(_views(_open(data))):
        seen, words = _scan_view(rgb, register, engine, masks_drawn=True)
        del rgb  # one view alive at a time
        found += seen
        if number == 0:
            first = words
        if number < 2:
            shown |= {w.text for w in words}
        else:
            hidden = _hidden(words, shown)
    found = _leaks(found, first)
    boxes = {f.box for f in found}
    return found + [f for f in hidden if f.box not in boxes]


def _scan_view(rgb: np.ndarray, register: RegisterMatcher | None, engine: OcrEngine | None,
               masks_drawn: bool = False) -> tuple[list[ImageFinding], list[Word]]:
    """:func:`detect` on one view, and the words read on it as it stands (no page turn)."""
    found: list[ImageFinding] = []
    read: list[Word] = []
    for findings, _ink, to_page, words in _passes(rgb, register, engine, masks_drawn):
        found += findings if to_page is None else [replace(f, box=to_page(f.box)) for f in findings]
        if to_page is None:
            read = words
    return found, read


_HIDDEN_SHAPES = (Kind.MPAN, Kind.MPRN, Kind.DEVICE, Kind.MSN, Kind.POSTCODE, Kind.EMAIL, Kind.PHONE)


def _hidden(words: list[Word], shown: set[str]) -> list[ImageFinding]:
    """Text only the colour channels show (``words`` read on them; drawn in fully transparent pixels)
    that has the shape of an identifier, label or no label: nothing a viewer shows (``shown``) explains
    it ("856124852" alone is an MPRN as much as anything). Storing the image flattened drops it; the
    scan of the file as it is says so."""
    found = []
    for word in words:
        if word.text in shown:
            continue
        kind = next((k for k in _HIDDEN_SHAPES if still_identifier(k, word.text)), None)
        if kind is not None:
            found.append(ImageFinding(kind, word.box, "hidden", word.text))
    return found
