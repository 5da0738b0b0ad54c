"""What redaction and the leak scan will read: every limit in one place (documented in docs/redaction.md).

Files reach redaction from people (`attest redact`, `attest scan`, evidence attached to a step) and may be
built to exhaust the machine: a PNG whose header claims 100,000 × 100,000 pixels in a few kilobytes, a
.docx whose part inflates a thousandfold, XML whose entities expand a few hundred bytes into gigabytes.
Each limit is checked before the work it bounds: a file's size before it is read, an image's pixel count
from its header before it is decoded, a zip part's size and ratio from the central directory before it is
inflated (and then while it is, in chunks, against a header that lies). A refusal is a
:class:`InputTooLarge` (a :class:`RedactionError`), which the command line shows as one line, exit 2.

Pillow's own decompression-bomb check is aligned with :data:`MAX_IMAGE_PIXELS` and made an error here
(it is a warning up to twice its limit): so nothing anywhere in Attest decodes a larger image, and the
person sees this module's message rather than a warning or a traceback.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from typing import TYPE_CHECKING

from .text import RedactionError

if TYPE_CHECKING:
    from PIL import Image as PILImage

MB = 1024 * 1024

MAX_INPUT_BYTES = 256 * MB  # one file to redact, scan or attach (an evidence pack of 200 screenshots: ~100 MB)
MAX_TEXT_BYTES = 4 * MB  # text to redact or scan: about a second a megabyte (a payload or a log excerpt: kilobytes)
# Three 4K screens side by side are 24.9 million pixels, a dual-4K capture (7680x2160) 16.6 million. OCR
# reads a big image in tiles (tiles.py), so past the tiles' fixed working set an image costs the few
# full-size copies redaction holds (decoded, the view OCR reads: about 7 bytes a pixel) and time: a
# dense screen at this limit redacts within about 1 GB, in about a minute on 2 cores.
MAX_IMAGE_PIXELS = 30_000_000
MAX_FRAMES = 24  # frames of an animated image read one by one by the scan; more is refused

# zip packages (.docx, and any package inside one) as the leak scan reads them
MAX_ZIP_ENTRIES = 20_000  # parts in one package (a pack holds about three per evidence item)
MAX_PART_BYTES = 64 * MB  # one part once inflated
MAX_UNZIPPED_BYTES = 1024 * MB  # all parts of one package once inflated
MAX_RATIO = 200  # inflated / compressed size of one part (Word's XML: 5 to 30; a zip bomb: 1,000)
# a part smaller than this inflated is not held to the ratio: a long document of like paragraphs (a log pasted into
# Word, 60,000 lines in 3 MB) compresses 300 times, and the limits on a part's and a package's size bound the work
RATIO_FLOOR = 16 * MB
READ_CHUNK = 1 * MB  # parts are inflated in chunks of this size, counting
MAX_INFLATED_BYTES = 64 * MB  # a gzip or zlib stream inside a part (an OLE object, a PNG's text chunk: 16 MB)
MAX_METADATA_INFLATE = 16 * MB  # a compressed text or ICC chunk of an image
# XML elements and attributes in all the XML parts of one scanned file: the scan reads each at a few
# microseconds and holds a tree of them (an evidence pack of 200 steps has well under 100,000)
MAX_XML_NODES = 500_000


class InputTooLarge(RedactionError):
    """The input is past one of this module's limits: refused before the work it would cost."""


def megabytes(size: int) -> str:
    return f"{size / MB:,.1f} MB" if size < 10 * MB else f"{size // MB:,} MB"


# -- images -------------------------------------------------------------------------------------------------

def _align_pillow() -> None:
    """Pillow warns above its ``MAX_IMAGE_PIXELS`` and raises above twice that. Both become errors at
    this module's limit, once for the process: a warning would print a line of its own and still let the
    image be decoded."""
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    warnings.filterwarnings("error", category=Image.DecompressionBombWarning)


_align_pillow()


# The formats redaction reads. Pillow is asked for these only: its other openers read some text whole
# before giving up (the IM Tools one spends three seconds on 9 MB of text looking for "key: value" lines).
IMAGE_FORMATS = ("PNG", "JPEG", "GIF", "BMP", "TIFF", "WEBP")


def open_image(data: bytes) -> PILImage.Image:
    """The image in ``data`` opened (its header read, nothing decoded) and its pixel count checked against
    :data:`MAX_IMAGE_PIXELS`. Raises :class:`InputTooLarge` past the limit; Pillow's own errors for what is
    not an image of :data:`IMAGE_FORMATS` (``UnidentifiedImageError``, ``OSError``...) pass through for the
    caller to judge."""
    from PIL import Image

    try:
        image = Image.open(io.BytesIO(data), formats=IMAGE_FORMATS)
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise InputTooLarge(f"an image of more than {MAX_IMAGE_PIXELS:,} pixels, the limit") from None
    check_pixels(image)
    return image


def check_pixels(image: PILImage.Image) -> None:
    width, height = image.size
    if width * height > MAX_IMAGE_PIXELS:
        image.close()
        raise InputTooLarge(f"an image of {width:,} × {height:,} pixels, more than the {MAX_IMAGE_PIXELS:,}-pixel "
                            "limit")


# -- zip packages -------------------------------------------------------------------------------------------

def check_package(package: zipfile.ZipFile) -> None:
    """Refuse a package whose central directory lists too many parts, a part too large once inflated, one
    that inflates too far for its compressed size, or parts too large together. Nothing is inflated."""
    infos = package.infolist()
    if len(infos) > MAX_ZIP_ENTRIES:
        raise InputTooLarge(f"a package of {len(infos):,} parts, more than the {MAX_ZIP_ENTRIES:,} limit")
    total = 0
    for info in infos:
        check_part(info)
        total += info.file_size
        if total > MAX_UNZIPPED_BYTES:
            raise InputTooLarge(f"a package whose parts inflate to more than the {megabytes(MAX_UNZIPPED_BYTES)} "
                                "limit (a zip bomb?)")


class PartUnreadable(RedactionError):
    """A part of a package that no reader can open as it stands (marked encrypted): said, never passed."""


def check_part(info: zipfile.ZipInfo) -> None:
    name = part_name(info.filename)
    if info.file_size > MAX_PART_BYTES:
        raise InputTooLarge(f"part {name} inflates to {megabytes(info.file_size)}, more than the "
                            f"{megabytes(MAX_PART_BYTES)} limit for one part (a zip bomb?)")
    if info.file_size >= RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise InputTooLarge(f"part {name} inflates {info.file_size // max(info.compress_size, 1):,} times its "
                            f"compressed size, more than the {MAX_RATIO}:1 limit (a zip bomb?)")


def read_part(package: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """A part's bytes, inflated in chunks and counted: never more than its stated size or
    :data:`MAX_PART_BYTES`, whatever its deflate stream holds (``zipfile`` also stops at the stated size;
    this does not depend on it). A part marked as encrypted raises :class:`PartUnreadable`."""
    check_part(info)
    if info.flag_bits & 0x1:
        raise PartUnreadable(f"part {part_name(info.filename)} is marked as encrypted in the package, so neither "
                             "Word nor the scan can read it")
    chunks: list[bytes] = []
    read = 0
    with package.open(info) as stream:
        while chunk := stream.read(READ_CHUNK):
            read += len(chunk)
            if read > info.file_size or read > MAX_PART_BYTES:
                raise InputTooLarge(f"part {part_name(info.filename)} inflates past the size its header gives "
                                    "(a zip bomb?)")
            chunks.append(chunk)
    return b"".join(chunks)


def count_xml_nodes(data: bytes, so_far: int = 0) -> int:
    """``so_far`` plus the elements and attributes of the XML in ``data``, counted by expat without building
    anything; :class:`InputTooLarge` as soon as the total passes :data:`MAX_XML_NODES`. XML that expat
    cannot read is not judged here (the parser that follows says what is wrong with it); entities are
    neither expanded nor fetched while counting."""
    from xml.parsers import expat

    total = so_far
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def start(_name: str, attributes: dict[str, str]) -> None:
        nonlocal total
        total += 1 + len(attributes)
        if total > MAX_XML_NODES:
            raise InputTooLarge(f"XML of more than {MAX_XML_NODES:,} elements and attributes, the limit for one file")

    def refuse(*_args: object) -> None:
        raise _NotCounted()

    parser.StartElementHandler = start
    parser.EntityDeclHandler = refuse  # a DTD's entities are not expanded here; docx_text refuses the part
    parser.ExternalEntityRefHandler = lambda *_args: 1
    try:
        parser.Parse(data, True)
    except (expat.ExpatError, _NotCounted, ValueError):  # ValueError: an encoding expat cannot read
        pass
    return total


class _NotCounted(Exception):
    pass


def part_name(name: str) -> str:
    """A part's name for a message: printable, one line, short (a crafted name may be anything)."""
    shown = "".join(c if c.isprintable() else "?" for c in name)
    return repr(shown if len(shown) <= 80 else shown[:79] + "…")


_SIGNATURES = ((b"\x89PNG", "PNG"), (b"\xff\xd8\xff", "JPEG"), (b"GIF8", "GIF"), (b"BM", "BMP"),
               (b"II*\x00", "TIFF"), (b"MM\x00*", "TIFF"))


def format_by_signature(data: bytes) -> str | None:
    """The format of an image Pillow recognised but would not open (past the pixel limit), by its magic."""
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "WEBP"
    return next((name for magic, name in _SIGNATURES if data.startswith(magic)), None)


# what redaction refuses and the scan reports unscannable without reading it (``item.binary_kind``)
_NOT_READ = (b"%PDF", b"\xd0\xcf\x11\xe0", b"\x7fELF", b"MZ")


def check_input(data: bytes) -> None:
    """The limits a whole file is held to before redaction or the scan reads it: its size; if it is a zip
    package, its central directory; if it is an image, its pixel count; anything else is read whole as
    text (or XML, HTML, RTF), and held to :data:`MAX_TEXT_BYTES`. Raises :class:`InputTooLarge`."""
    if len(data) > MAX_INPUT_BYTES:
        raise InputTooLarge(f"a file of {megabytes(len(data))}, more than the {megabytes(MAX_INPUT_BYTES)} limit")
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as package:
                check_package(package)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
            pass  # not a readable zip: the reader that comes next says so in its own words
        return
    try:
        open_image(data).close()
        return
    except InputTooLarge:
        raise
    except Exception:  # noqa: BLE001, S110 - Pillow raises many types for what is not an image: read as text
        pass
    if len(data) > MAX_TEXT_BYTES and not data.startswith(_NOT_READ):
        raise InputTooLarge(f"{megabytes(len(data))} of text (or other content read whole), more than the "
                            f"{megabytes(MAX_TEXT_BYTES)} limit: split it, or attach a screenshot of what matters")
