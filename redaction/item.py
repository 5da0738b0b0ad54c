"""One evidence item in, its redacted form out: the single entry point for files and captures.

Text is decoded (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252, which reads any
byte), redacted, and written back in the same encoding. Images go to the OCR and layout masker.
Anything else (PDF, Word, archives) is refused: Attest cannot vouch for what it cannot read, and
nothing unredacted may be stored as evidence.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any

from PIL import UnidentifiedImageError

from . import limits
from .findings import Kind
from .limits import InputTooLarge, check_input, format_by_signature, open_image
from .register import RegisterMatcher
from .text import RedactionError, redact_text

IMAGE_FORMATS = set(limits.IMAGE_FORMATS)
_BINARY_SIGNATURES = {
    b"%PDF": "a PDF", b"PK\x03\x04": "a zip archive (Word, Excel or similar)", b"\xd0\xcf\x11\xe0": "an Office 97 file",
    b"\x7fELF": "a program", b"MZ": "a program",
    # pictures in formats no reader here decodes (Word and browsers show some of them): refused, never read as text
    b"\x00\x00\x00\x0cjP  \r\n\x87\n": "a JPEG 2000 picture in a format not read here",
    b"\xff\x4f\xff\x51": "a JPEG 2000 picture in a format not read here",
    b"\x00\x00\x00\x0cJXL \r\n\x87\n": "a JPEG XL picture in a format not read here",
    b"\xff\x0a": "a JPEG XL picture in a format not read here", b"8BPS": "a Photoshop picture in a format not read here",
}


class UnsupportedContent(RedactionError):
    """The item is of a kind redaction cannot read, so it cannot be made safe."""


@dataclass
class ItemRedaction:
    data: bytes
    media: str  # "text" or "image"
    format: str  # json/xml/csv/flow/text, or PNG/JPEG/...
    findings: list[dict[str, Any]] = field(default_factory=list)  # kind, place, detector; never a value
    # the values masked (normalised -> kind), in memory only: the run's other items are masked for them
    values: dict[str, Kind] = field(default_factory=dict, repr=False)
    # an image's OCR reading (see image.ImageRedaction.words), in memory only: it holds what was masked
    words: list[Any] = field(default_factory=list, repr=False)

    @property
    def count(self) -> int:
        return len(self.findings)


def image_format(data: bytes) -> str | None:
    """The format of the image in ``data`` (from its header; nothing is decoded), or None. An image past
    :data:`limits.MAX_IMAGE_PIXELS` is still named an image, so that it is refused as one, with the limit."""
    try:
        with open_image(data) as image:
            return image.format if image.format in IMAGE_FORMATS else None
    except InputTooLarge:
        return format_by_signature(data)
    except (UnidentifiedImageError, OSError, ValueError):
        return None


_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le", "\ufeff"), (b"\x00\x00\xfe\xff", "utf-32-be", "\ufeff"),
         (b"\xff\xfe", "utf-16-le", "\ufeff"), (b"\xfe\xff", "utf-16-be", "\ufeff"))


def wide_encoding(data: bytes) -> str | None:
    """UTF-32 or UTF-16 (either byte order, with or without a BOM) told by its zero bytes.

    UTF-32 first (its BOM starts with UTF-16's): a character below U+10000 has its top two bytes zero,
    so nearly every unit has them so, whatever the script; a text drawn with box characters (U+25xx)
    has its third byte set and would read, wrongly, as UTF-16 with a NUL between its characters.
    UTF-16 of Latin text has a zero in the same byte of nearly every unit; one with box-drawing or other
    symbols among its letters is told by its letters (see :func:`_utf16_by_letters`). A length that is not a whole number of units
    does not hide the encoding: a file cut short is still that encoding, and read as bytes its digits
    would sit between zeros, out of every detector's sight."""
    for bom, encoding, _mark in _BOMS:
        if data.startswith(bom):
            return encoding
    for width, encoding, zero_at, wide_zero_at in ((4, "utf-32-le", (1, 2, 3), (2, 3)), (4, "utf-32-be", (0, 1, 2), (0, 1)),
                                                   (2, "utf-16-le", (1,), None), (2, "utf-16-be", (0,), None)):
        head = data[:4096 - 4096 % width]
        units = len(head) // width
        if units < 2:
            continue
        zeros = sum(all(head[i + z] == 0 for z in zero_at) for i in range(0, units * width, width))
        if zeros >= 0.9 * units:
            return encoding
        if wide_zero_at is not None and sum(all(head[i + z] == 0 for z in wide_zero_at)
                                            for i in range(0, units * width, width)) >= 0.9 * units \
                and _mostly_text(head, encoding):
            return encoding  # (beyond Latin-1: box drawing, symbols; a binary's zeros read as no text)
    return _utf16_by_letters(data[:4096])


def _utf16_by_letters(head: bytes) -> str | None:
    """UTF-16 with many characters outside Latin (a bill's box drawing), told by reading it both ways: the
    right byte order gives ASCII letters and digits where the wrong one gives CJK ideographs (and the box's
    lines as "%"), and it reads as printable text."""
    units = len(head) // 2
    if units < 2:
        return None
    zeros = max(sum(head[i + z] == 0 for i in range(0, units * 2, 2)) for z in (0, 1))
    if zeros < 0.3 * units:
        return None
    scores = {}
    for encoding in ("utf-16-le", "utf-16-be"):
        shown = head[:units * 2].decode(encoding, errors="replace")
        scores[encoding] = sum(c.isascii() and c.isalnum() for c in shown)
    best = max(scores, key=scores.__getitem__)
    other = "utf-16-be" if best == "utf-16-le" else "utf-16-le"
    if scores[best] >= 0.2 * units and scores[best] >= 2 * scores[other] and _mostly_text(head[:units * 2], best):
        return best
    for encoding, z, other_z in (("utf-16-le", 1, 0), ("utf-16-be", 0, 1)):
        # letters of another script: the zero byte stands on one side far more than the other
        at = sum(head[i + z] == 0 for i in range(0, units * 2, 2))
        against = sum(head[i + other_z] == 0 for i in range(0, units * 2, 2))
        if at >= 0.3 * units and at >= 3 * against and _mostly_text(head[:units * 2], encoding):
            return encoding
    return None


def _mostly_text(head: bytes, encoding: str) -> bool:
    """Whether ``head`` read in ``encoding`` is text a person could read: no NULs, and nearly every
    character printable, a line's white space or a format character (binary data read as UTF-16 is full of
    none of them). Format characters count: a tester's text with a bidi isolate or a left-to-right mark
    between every digit is still text, and refused as binary it was never redacted."""
    shown = head.decode(encoding, errors="replace")
    readable = sum(c.isprintable() or c in "\r\n\t" or unicodedata.category(c) == "Cf" for c in shown)
    return "\x00" not in shown and "\ufffd" not in shown and readable >= 0.97 * len(shown)


class BrokenText(UnsupportedContent):
    """Text in a wide encoding whose bytes are not all valid in it: it cannot be redacted and written
    back as it came, and read any other way its identifiers would be invisible."""


def _broken(data: bytes, encoding: str, error: UnicodeDecodeError) -> BrokenText:
    name = "UTF-32" if "32" in encoding else "UTF-16"
    if "truncated" in error.reason or "end of data" in error.reason:
        return BrokenText(f"{name} text that ends in the middle of a character (at byte {error.start}): the file "
                          "looks cut short")
    # mid-text, UTF-16 fails only on a surrogate without its pair; UTF-32 also on a number past Unicode
    what = "an unpaired surrogate" if name == "UTF-16" or "surrogate" in error.reason else "a code point past U+10FFFF"
    return BrokenText(f"{name} text with {what} at byte {error.start}")


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding) so that ``text.encode(encoding)`` gives the bytes back. A BOM stays in the
    text (as U+FEFF) and goes back out with it. Raises :class:`BrokenText` for UTF-16 or UTF-32 whose
    bytes are not all valid (a last character cut short, an unpaired surrogate)."""
    wide = wide_encoding(data)
    if wide is not None:
        try:
            return data.decode(wide), wide
        except UnicodeDecodeError as error:
            raise _broken(data, wide, error) from None
    try:
        return data.decode("utf-8"), "utf-8"  # a UTF-8 BOM stays in the text and goes back out with it
    except UnicodeDecodeError:
        pass
    if _ebcdic(data):
        return data.decode("cp500"), "cp500"
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


# characters an EBCDIC text is written in, read as such: letters, digits, blanks, line ends, punctuation
_EBCDIC_READ = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 \n\r\t.,:;-_/()'\"=@#%&*+?!<>|$£[]{}")


def _ebcdic(data: bytes) -> bool:
    """Is ``data`` text in EBCDIC (a mainframe's extract, a file sent from one unconverted)? Its letters and digits
    are bytes 0x81-0xF9 and its blank 0x40 ("@" in ASCII), so read as cp1252 it is gibberish in which no
    identifier has its shape, and would pass. Only bytes that are not UTF-8 are asked (EBCDIC letters never are):
    most bytes high, blanks among them, and read as EBCDIC (code page 500: letters and digits are where every
    EBCDIC code page has them) nearly every character a text's."""
    head = data[:8192]
    if len(head) < 16 or sum(b >= 0x80 for b in head) < 0.4 * len(head) or head.count(0x40) < 0.04 * len(head):
        return False
    text = head.decode("cp500")
    return sum(c in _EBCDIC_READ for c in text) >= 0.95 * len(text)


def read_text(data: bytes) -> tuple[str, str | None]:
    """The text a scan reads in ``data``, whatever its state, and what could not be read of it (``None``
    when every byte was). Bytes that are not valid in a wide encoding are read as U+FFFD and the rest as
    it is: a leak scan reads what is there rather than refusing the whole file. A last character cut
    short is not worth a word (it holds less than a character); anything else is said."""
    try:
        return decode(data)[0], None
    except BrokenText as error:
        wide = wide_encoding(data)
        assert wide is not None  # only wide text is broken
        width = 4 if "32" in wide else 2
        whole = data[:len(data) - len(data) % width]
        try:
            return whole.decode(wide), None  # only the cut last character was wrong
        except UnicodeDecodeError:
            return whole.decode(wide, errors="replace"), str(error)


# an ISO media file's brand (its "ftyp" box first): AVIF and HEIC pictures
_PICTURE_BRANDS = (b"avif", b"avis", b"heic", b"heix", b"heim", b"heis", b"mif1", b"msf1", b"hevc", b"hevx")


def binary_kind(data: bytes) -> str | None:
    for signature, what in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            return what
    if data[4:8] == b"ftyp" and data[8:12] in _PICTURE_BRANDS:
        return f"an {data[8:12].decode().upper()} picture in a format not read here"
    head = data[:8192]
    if b"\x00" in head and wide_encoding(data) is None:
        return "binary data"
    return None


def redact_bytes(data: bytes, name: str, *, register: RegisterMatcher | None = None,
                 engine: Any = None) -> ItemRedaction:
    """Redact one item. Raises :class:`UnsupportedContent` or :class:`RedactionError` (never returns an
    item that may still hold an identifier). Past a limit of :mod:`limits` (size, pixels, text length) it
    raises :class:`InputTooLarge` naming ``name`` and the limit, before reading further."""
    try:
        check_input(data)
    except InputTooLarge as error:
        raise InputTooLarge(f"{name}: {error}") from None
    fmt = image_format(data)
    if fmt is not None:
        from .image import UnsupportedImage, redact_image  # OCR is heavy: loaded only when an image arrives

        try:
            result = redact_image(data, register=register, engine=engine)
        except UnsupportedImage as error:
            raise UnsupportedContent(f"{name}: {error}") from None
        findings = [{"kind": m.kind.value, "box": list(m.box), "detector": m.detector} for m in result.masks]
        return ItemRedaction(result.data, "image", fmt, findings, result.values, result.words)
    what = binary_kind(data)
    if what is not None:
        raise UnsupportedContent(
            f"{name}: is {what}; Attest redacts text and images only. Attach a screenshot of it, or export "
            "its content as text"
        )
    try:
        text, encoding = decode(data)
    except BrokenText as error:
        raise BrokenText(f"{name}: {error}") from None
    result = redact_text(text, register=register, name=name)
    findings = [{"kind": r.kind.value, "line": r.line, "column": r.column, "detector": r.detector,
                 "replacement": r.text} for r in result.replacements]
    return ItemRedaction(result.text.encode(encoding), "text", result.format, findings, result.values)
