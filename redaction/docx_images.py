"""Pictures a reader sees next to each other, composed as the page shows them.

The scan reads each picture of a package alone, but a reader does not: two pictures side by side in
one paragraph or in the cells of one table row, or one above the other in consecutive paragraphs,
read as one, and an MPAN cut in two halves, one half per picture, is whole on the page. This module
finds such groups in a story part (rows of pictures left to right, stacked top to bottom, each with
the size the part draws it at) and composes each group into one image for OCR.

A group is only a group of two pictures or more; a caption or any other text between two pictures
ends it (the text is read as text, and a number that runs from a picture into text is not a layout
anyone writes by accident). An empty paragraph between pictures is drawn as a gap and does not.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lxml import etree

from . import docx_text
from .limits import MAX_IMAGE_PIXELS, InputTooLarge, check_part, count_xml_nodes, open_image, read_part

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_V = "{urn:schemas-microsoft-com:vml}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_EMU_PER_PT = 12700
_VML_SIZE = re.compile(r"(width|height)\s*:\s*([\d.]+)\s*(pt|in|cm|mm|px)?", re.IGNORECASE)
_EMU_PER_UNIT = {"pt": 12700, "in": 914400, "cm": 360000, "mm": 36000, "px": 9525, None: 9525}
_GAP_EMU = 14 * _EMU_PER_PT  # an empty paragraph between two pictures: about a line of text


@dataclass(frozen=True)
class Picture:
    part: str  # the media part's name in the package
    width: int  # as drawn, in EMU (0: not said; the picture's own pixel size is used)
    height: int


@dataclass(frozen=True)
class Group:
    story: str  # the part that draws them ("word/document.xml")
    rows: tuple[tuple[Picture, ...], ...]  # top to bottom; each row left to right
    gaps: tuple[int, ...]  # EMU of empty space above each row

    def names(self) -> list[str]:
        return [p.part for row in self.rows for p in row]


@dataclass(frozen=True)
class Drawings:
    """How a package's story parts draw their pictures: side by side or stacked (``groups``), and mirrored
    (``flipped``: media part -> (across, upside down))."""

    groups: tuple[Group, ...]
    flipped: dict[str, tuple[bool, bool]]


def drawings(package: zipfile.ZipFile) -> Drawings:
    """The groups of pictures drawn next to each other and the pictures drawn flipped, each story part of
    ``package`` read once for both."""
    groups: list[Group] = []
    flipped: dict[str, tuple[bool, bool]] = {}
    for name, targets, root in _stories(package):
        if len(targets) >= 2:
            groups.extend(_groups(name, root, targets))
        flipped.update(_flipped(root, targets))
    return Drawings(tuple(groups), flipped)


def _stories(package: zipfile.ZipFile) -> Iterator[tuple[str, dict[str, str], etree._Element]]:
    """Each story part that draws a picture: its name, its relationships' pictures by id and its tree."""
    names = set(package.namelist())
    for name in sorted(names):
        folder, base = posixpath.split(name)
        if not name.endswith(".xml") or base.startswith("[") or folder.endswith("_rels"):
            continue
        rels_name = posixpath.join(folder, "_rels", base + ".rels")
        if rels_name not in names:
            continue
        targets = _image_targets(package, rels_name, folder, names)
        if not targets:
            continue
        root = _parse(package, name)
        if root is not None:
            yield name, targets, root


def _flipped(root: etree._Element, targets: dict[str, str]) -> dict[str, tuple[bool, bool]]:
    """The pictures a story part draws mirrored (DrawingML's ``a:xfrm flipH="1"`` or ``flipV``, VML's
    ``flip:x``/``flip:y``), by package part: (across, upside down). A picture stored mirrored and drawn
    flipped back reads plainly on the page and backwards to OCR of the stored pixels."""
    out: dict[str, tuple[bool, bool]] = {}
    for xfrm in root.iter(f"{_A}xfrm"):
        across, down = xfrm.get("flipH") in ("1", "true"), xfrm.get("flipV") in ("1", "true")
        holder = xfrm.getparent().getparent() if xfrm.getparent() is not None else None
        if (across or down) and holder is not None:
            for blip in holder.iter(f"{_A}blip"):
                part = targets.get(blip.get(f"{_R}embed") or blip.get(f"{_R}link") or "")
                if part:
                    out[part] = (across, down)
    for shape in root.iter(f"{_V}shape", f"{_V}rect", f"{_V}image"):
        style = (shape.get("style") or "").replace(" ", "").lower()
        across, down = "flip:x" in style, "flip:y" in style
        if across or down:
            for data in shape.iter(f"{_V}imagedata", f"{_V}fill"):
                part = targets.get(data.get(f"{_R}id") or data.get(f"{_R}href") or "")
                if part:
                    out[part] = (across, down)
    return out


def unflipped(data: bytes, across: bool, down: bool) -> bytes | None:
    """The picture as a flipped drawing of it shows it (PNG), or None when it cannot be decoded."""
    from PIL import ImageOps

    try:
        with open_image(data) as image:
            shown = image.convert("RGB")
    except (InputTooLarge, OSError, ValueError):
        return None
    if across:
        shown = ImageOps.mirror(shown)
    if down:
        shown = ImageOps.flip(shown)
    buffer = io.BytesIO()
    shown.save(buffer, format="PNG")
    return buffer.getvalue()


def _parse(package: zipfile.ZipFile, name: str) -> etree._Element | None:
    """The part's tree, or None when it cannot be read (the part's own scan reports that)."""
    try:
        info = package.getinfo(name)
        check_part(info)
        data = read_part(package, info)
        count_xml_nodes(data)  # within the scan's limit before a tree is built, as the part's own scan is
        return docx_text.parse(data)
    except (InputTooLarge, docx_text.XmlUnreadable, KeyError, zipfile.BadZipFile, OSError, ValueError):
        return None


def _image_targets(package: zipfile.ZipFile, rels_name: str, folder: str, names: set[str]) -> dict[str, str]:
    """Relationship id -> the package part it names, for every internal target that is in the package
    (whatever its declared type says: the picture is what the part draws)."""
    root = _parse(package, rels_name)
    if root is None:
        return {}
    out = {}
    for rel in root.iter(f"{_RELS}Relationship"):
        target, rel_id = rel.get("Target") or "", rel.get("Id") or ""
        if rel.get("TargetMode") == "External" or not target or not rel_id:
            continue
        path = posixpath.normpath(target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target))
        if path in names:
            out[rel_id] = path
    return out


def _groups(story: str, root: etree._Element, targets: dict[str, str]) -> Iterator[Group]:
    """Walk the part's rows (a paragraph outside a table, or a table row) in order and gather runs of
    rows holding pictures."""
    rows: list[tuple[Picture, ...]] = []
    gaps: list[int] = []
    gap = 0
    for unit in _units(root):
        pictures = tuple(_pictures(unit, targets))
        if pictures:
            rows.append(pictures)
            gaps.append(gap if len(rows) > 1 else 0)
            gap = 0
            continue
        if _has_text(unit):
            yield from _group(story, rows, gaps)
            rows, gaps, gap = [], [], 0
        elif rows:
            gap += _GAP_EMU
    yield from _group(story, rows, gaps)


def _group(story: str, rows: list[tuple[Picture, ...]], gaps: list[int]) -> Iterator[Group]:
    if sum(len(row) for row in rows) >= 2:
        yield Group(story, tuple(rows), tuple(gaps))


def _units(root: etree._Element) -> Iterator[etree._Element]:
    """Table rows and the paragraphs outside tables, in document order (a paragraph in a text box is
    part of the row or paragraph that anchors it)."""
    for node in root.iter(f"{W}p", f"{W}tr"):
        if node.tag == f"{W}tr":
            if not _inside(node, f"{W}tr"):
                yield node
        elif not _inside(node, f"{W}tr") and not _inside(node, f"{W}p"):
            yield node


def _inside(node: etree._Element, tag: str) -> bool:
    parent = node.getparent()
    while parent is not None:
        if parent.tag == tag:
            return True
        parent = parent.getparent()
    return False


def _has_text(unit: etree._Element) -> bool:
    return any((node.text or "").strip() for node in unit.iter(f"{W}t"))


def _pictures(unit: etree._Element, targets: dict[str, str]) -> Iterator[Picture]:
    for node in unit.iter(f"{W}drawing", f"{W}pict", f"{W}object"):
        if node.tag == f"{W}drawing":
            extent = next(node.iter(f"{_WP}extent"), None)
            width, height = (_int(extent.get("cx")), _int(extent.get("cy"))) if extent is not None else (0, 0)
            for blip in node.iter(f"{_A}blip"):
                part = targets.get(blip.get(f"{_R}embed") or blip.get(f"{_R}link") or "")
                if part:
                    yield Picture(part, width, height)
        else:
            for shape in node.iter(f"{_V}shape", f"{_V}rect", f"{_V}image"):
                width, height = _vml_size(shape.get("style") or "")
                for data in shape.iter(f"{_V}imagedata", f"{_V}fill"):
                    part = targets.get(data.get(f"{_R}id") or data.get(f"{_R}href") or "")
                    if part:
                        yield Picture(part, width, height)


def _vml_size(style: str) -> tuple[int, int]:
    size = {"width": 0, "height": 0}
    for name, value, unit in _VML_SIZE.findall(style):
        try:
            size[name.lower()] = int(float(value) * _EMU_PER_UNIT[unit.lower() or None])
        except (ValueError, KeyError):
            continue
    return size["width"], size["height"]


def _int(value: str | None) -> int:
    try:
        return max(int(value or 0), 0)
    except ValueError:
        return 0


def side_by_side(group: Group) -> bool:
    """Whether some row of the group holds two pictures or more."""
    return any(len(row) > 1 for row in group.rows)


def compose(group: Group, package: zipfile.ZipFile, tight: bool = False) -> bytes | None:
    """The group drawn as the page shows it, as PNG: each picture at its drawn size (at the resolution of
    the sharpest one, within the pixel limit), rows left to right on white, rows top to bottom. None when
    a picture cannot be opened (its own scan reports it).

    ``tight``: each picture cut to its content first, and pictures of a row set a word's space apart. A
    reader joins "Device EUI E1-BE-8C-34" and "-C2-9A-46-98" across the blank a wide first picture leaves
    before the second; OCR reads two texts a blank apart as two, and neither half is an identifier."""
    images = {}
    for name in set(group.names()):
        try:
            info = package.getinfo(name)
            check_part(info)
            with open_image(read_part(package, info)) as image:
                image.seek(0)
                images[name] = image.convert("RGBA")
        except Exception:  # noqa: BLE001 - any reader's failure: the picture's own scan reports it
            return None
    if tight:  # each picture's content, a space apart, with as much room round the whole
        rows = [[(cut, cut.size) for cut in (_content(images[p.part]) for p in row)] for row in group.rows]
        space = [max(8, max(h for _, (_w, h) in row) // 2) for row in rows]  # about a space between words
        return _drawn(rows, space, space, space[-1])
    # pixels per EMU: the sharpest picture keeps its own resolution
    scale = max((images[p.part].width / p.width for row in group.rows for p in row if p.width), default=0.0)

    def size(p: Picture) -> tuple[int, int]:
        image = images[p.part]
        if not (p.width and p.height and scale):
            return image.size
        return max(1, round(p.width * scale)), max(1, round(p.height * scale))

    return _drawn([[(images[p.part], size(p)) for p in row] for row in group.rows],
                  [round(g * scale) if scale else 0 for g in group.gaps], [0] * len(group.rows))


def _drawn(rows: list[list[tuple[Any, tuple[int, int]]]], above: list[int], apart: list[int], below: int = 0) -> bytes:
    """Rows of pictures, each at its size, drawn left to right on white and top to bottom as PNG: ``above[i]``
    pixels over row i, ``apart[i]`` before, between and after its pictures, ``below`` under the last; the
    whole shrunk to the pixel limit. Inline pictures sit on the line's baseline: bottoms aligned."""
    from PIL import Image

    width = max(sum(w for _, (w, _h) in row) + gap * (len(row) + 1) for row, gap in zip(rows, apart))
    height = sum(max(h for _, (_w, h) in row) + gap for row, gap in zip(rows, above)) + below
    shrink = min(1.0, (MAX_IMAGE_PIXELS / max(width * height, 1)) ** 0.5)
    canvas = Image.new("RGB", (max(1, round(width * shrink)), max(1, round(height * shrink))), "white")
    top = 0.0
    for row, gap_above, gap in zip(rows, above, apart):
        top += gap_above * shrink
        row_height = max(h for _, (_w, h) in row) * shrink
        left = gap * shrink
        for image, (w, h) in row:
            drawn = image.resize((max(1, round(w * shrink)), max(1, round(h * shrink))))
            canvas.paste(drawn, (round(left), round(top + row_height - h * shrink)), drawn if drawn.mode == "RGBA" else None)
            left += (w + gap) * shrink
        top += row_height
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    return buffer.getvalue()


def _content(image: Any) -> Any:
    """``image`` cut to what differs from its top left pixel (its background), or whole if nothing does."""
    from PIL import Image, ImageChops

    flat = Image.new("RGB", image.size, "white")
    flat.paste(image, (0, 0), image)
    box = ImageChops.difference(flat, Image.new("RGB", flat.size, flat.getpixel((0, 0)))).getbbox()
    return flat.crop(box) if box else flat
