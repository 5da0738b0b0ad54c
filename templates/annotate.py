"""Drawing a screenshot's annotations (arrows, boxes, text labels, highlights, numbered callouts, crop).

The stored screenshot is the redacted capture; annotations are data on its evidence item and are
drawn here, on a copy, each time a pack is built. Line widths and text sizes scale with the image
so that they read the same on a laptop capture and a 4K one once the image is fitted to the page.
Solid redaction masks stay solid: a highlight is translucent yellow, but over a black mask it is
still black underneath, and nothing here can reveal what a mask covers.

A crop is applied last, to the drawn image: shapes keep full-image coordinates and their sizes stay
those of the full capture, so a crop only cuts away and never redraws or moves anything. The desktop
annotator shows what :func:`render` returns, so the app and the pack show the same pixels.
"""

from __future__ import annotations

import io
import math
from functools import lru_cache

from PIL import Image, ImageColor, ImageDraw, ImageFont

from attest.core.annotations import Annotation, annotations_json, crop_of
from attest.core.model import EvidenceItem
from attest.core.renditions import Renditions, rendition_key

HIGHLIGHT = (255, 230, 0, 96)
RENDERER = "2"  # change when the drawing changes: renditions drawn by an older version are then redrawn
# PNG and JPEG only: Word, LibreOffice and python-docx all read them; a BMP would be re-encoded by
# LibreOffice on save (and is ten times the size); a GIF's palette would be lost on drawing anyway
WORD_IMAGE_FORMATS = {"PNG", "JPEG"}


def shown(data: bytes, annotations: tuple[Annotation, ...]) -> tuple[bytes, str]:
    """A screenshot as a pack shows it: annotations drawn, in a format Word shows inline."""
    drawn, fmt = render(data, annotations)
    if fmt not in WORD_IMAGE_FORMATS or not _readable_by_word(drawn):
        with Image.open(io.BytesIO(drawn)) as image:
            out = io.BytesIO()
            image.convert("RGB").save(out, format="PNG", compress_level=1)
        drawn, fmt = out.getvalue(), "PNG"
    return drawn, fmt


def _readable_by_word(data: bytes) -> bool:
    """A CMYK or Adobe-marker JPEG (no JFIF/Exif header) is one python-docx cannot size, and some
    viewers show its colours inverted: those are re-encoded as PNG."""
    from docx.image.exceptions import UnrecognizedImageError
    from docx.image.image import Image as DocxImage

    try:
        DocxImage.from_blob(data)
    except (UnrecognizedImageError, ValueError, IndexError, KeyError):
        return False
    with Image.open(io.BytesIO(data)) as image:
        return image.mode in ("RGB", "L", "RGBA", "P", "LA", "1")


def key_for(item: EvidenceItem) -> str:
    return rendition_key(item.sha256, annotations_json(item.annotations), RENDERER)


def cached(renditions: Renditions, item: EvidenceItem) -> tuple[bytes, str] | None:
    """The drawn screenshot if it was drawn before (always, for an item without annotations)."""
    if not item.annotations:
        return None
    return renditions.get(key_for(item))


def prepare(renditions: Renditions, item: EvidenceItem, data: bytes) -> tuple[bytes, str]:
    """Draw an annotated screenshot now and keep it, so packs need not: called when annotations
    are saved (CLI, GUI) and by the pack builder for anything not drawn yet."""
    found = cached(renditions, item)
    if found is not None:
        return found
    drawn, fmt = shown(data, item.annotations)
    if item.annotations:
        renditions.put(key_for(item), drawn, fmt)
    return drawn, fmt


def render(data: bytes, annotations: tuple[Annotation, ...]) -> tuple[bytes, str]:
    """The image with its annotations drawn in, and its format. Without annotations the stored
    bytes are returned untouched (no re-encoding: the pack then holds the very file intake stored)."""
    with Image.open(io.BytesIO(data)) as original:
        fmt = original.format or "PNG"
        if not annotations:
            return data, fmt
        image = decoded(original)
    image = draw(image, annotations)
    out = io.BytesIO()
    if fmt == "JPEG":
        image.save(out, format="JPEG", quality=90)
    else:  # PNG keeps a screenshot's text sharp; level 1 because packs are built often and big
        fmt = "PNG"
        image.save(out, format="PNG", compress_level=1)
    return out.getvalue(), fmt


def image_size(data: bytes) -> tuple[int, int]:
    """Width and height from the header alone (no decoding): what a crop is checked against."""
    with Image.open(io.BytesIO(data)) as image:
        return image.size


def decoded(original: Image.Image) -> Image.Image:
    """The pixels annotations are drawn on. One function, so the annotator decodes a capture exactly
    as the pack does; RGB because drawing on it avoids two whole-image conversions."""
    return original.convert("RGB")


def draw(image: Image.Image, annotations: tuple[Annotation, ...]) -> Image.Image:
    """Draw ``annotations`` on ``image`` (from :func:`decoded`; changed in place) and return it,
    cropped if they hold a crop. The pack's :func:`render` and the desktop annotator both draw
    through here, so a tester sees in the app the very pixels the pack will hold (before a JPEG
    capture is re-encoded); the annotator keeps the decoded capture and calls this on a copy."""
    scale = max(image.width, image.height) / 1280  # 1 at a typical laptop capture
    line = max(2, round(3 * scale))
    font = _font(max(16, round(24 * scale)))
    for a in annotations:  # highlights first and under everything else; only their area is blended
        if a.type == "highlight":
            x0, y0, x1, y1 = _box(a, image)
            area = image.crop((x0, y0, x1 + 1, y1 + 1))
            image.paste(Image.blend(area, Image.new("RGB", area.size, HIGHLIGHT[:3]), HIGHLIGHT[3] / 255), (x0, y0))
    pen = ImageDraw.Draw(image)
    for a in annotations:
        colour = ImageColor.getrgb(a.colour)
        if a.type == "box":
            pen.rectangle(_box(a, image), outline=colour, width=line)
            if a.text:
                _label(pen, (a["x"], a["y"] + a["h"] + line), a.text, colour, font, image.size)
        elif a.type == "arrow":
            _arrow(pen, (a["x1"], a["y1"]), (a["x2"], a["y2"]), colour, line)
            if a.text:
                _label(pen, (a["x1"], a["y1"]), a.text, colour, font, image.size)
        elif a.type == "text":
            _label(pen, (a["x"], a["y"]), a.text, colour, font, image.size)
        elif a.type == "callout":
            _callout(pen, (a["x"], a["y"]), a["number"], colour, font, scale)
            if a.text:
                radius = round(16 * scale) + 4
                _label(pen, (a["x"] + radius + 4, a["y"] - radius), a.text, colour, font, image.size)
    kept = crop_area(annotations, image.size)
    return image if kept is None else image.crop(kept)


def crop_area(annotations: tuple[Annotation, ...], size: tuple[int, int]) -> tuple[int, int, int, int] | None:
    """The part of an image of ``size`` that :func:`draw` keeps, as (left, top, right, bottom) with
    right and bottom exclusive; None without a crop. The annotator maps its canvas through this.
    A crop is checked against the image when saved; it is clamped here so a pack never fails on one."""
    crop = crop_of(annotations)
    if crop is None:
        return None
    left, top = min(crop["x"], size[0] - 1), min(crop["y"], size[1] - 1)
    right = max(left + 1, min(crop["x"] + crop["w"], size[0]))
    return left, top, right, max(top + 1, min(crop["y"] + crop["h"], size[1]))


@lru_cache(maxsize=16)
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)  # Pillow's bundled font: the same on every machine


def _box(a: Annotation, image: Image.Image) -> tuple[int, int, int, int]:
    x0, y0 = min(a["x"], image.width - 1), min(a["y"], image.height - 1)
    return x0, y0, max(x0, min(a["x"] + a["w"], image.width) - 1), max(y0, min(a["y"] + a["h"], image.height) - 1)


def _arrow(draw: ImageDraw.ImageDraw, start: tuple[int, int], end: tuple[int, int], colour: tuple[int, ...],
           width: int) -> None:
    draw.line([start, end], fill=colour, width=width)
    angle = math.atan2(end[1] - start[1], end[0] - start[0])
    head = width * 5
    left = (end[0] - head * math.cos(angle - 0.45), end[1] - head * math.sin(angle - 0.45))
    right = (end[0] - head * math.cos(angle + 0.45), end[1] - head * math.sin(angle + 0.45))
    draw.polygon([end, left, right], fill=colour)


def _label(draw: ImageDraw.ImageDraw, at: tuple[int, int], text: str, colour: tuple[int, ...],
           font: ImageFont.FreeTypeFont | ImageFont.ImageFont, size: tuple[int, int]) -> None:
    """Text on a white plate with a coloured border: legible on light and dark screens alike."""
    x0, y0, x1, y1 = draw.textbbox((0, 0), text, font=font)
    pad = 4
    w, h = x1 - x0 + 2 * pad, y1 - y0 + 2 * pad
    x = max(0, min(at[0], size[0] - w))
    y = max(0, min(at[1], size[1] - h))
    draw.rectangle((x, y, x + w, y + h), fill=(255, 255, 255), outline=colour, width=2)
    draw.text((x + pad - x0, y + pad - y0), text, fill=colour, font=font)


def _callout(draw: ImageDraw.ImageDraw, at: tuple[int, int], number: int, colour: tuple[int, ...],
             font: ImageFont.FreeTypeFont | ImageFont.ImageFont, scale: float) -> None:
    radius = round(16 * scale) + 4
    x, y = at
    draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour, outline=(255, 255, 255), width=2)
    draw.text((x, y), str(number), fill=(255, 255, 255), font=font, anchor="mm")
