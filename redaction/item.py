"""One evidence item in, its redacted form out: the single entry point for files and captures.

Text is decoded (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252, which reads any
byte), redacted, and written back in the same encoding. Images go to the OCR and layout masker.
Anything else (PDF, Word, archives) is refused: Attest cannot vouch for what it cannot read, and
nothing unredacted may be stored as evidence.
"""

from __future__ import annotations

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
    """UTF-32 or UTF-16 (either byte order, with or without a BOM) told by its zero bytes: text in
    such an encoding that is mostly Latin script has a zero in the same place of nearly every unit.
    (UTF-32 is checked first: its BOM starts with UTF-16's.) A length that is not a whole number of
    units does not hide the encoding: a file cut short is still that encoding, and read as bytes its
    digits would sit between zeros, out of every detector's sight."""
    for bom, encoding, _mark in _BOMS:
        if data.startswith(bom):
            return encoding
    for width, encoding, zero_at in ((4, "utf-32-le", (1, 2, 3)), (4, "utf-32-be", (0, 1, 2)),
                                     (2, "utf-16-le", (1,)), (2, "utf-16-be", (0,))):
        head = data[:4096 - 4096 % width]
        units = len(head) // width
        if units < 2:
            continue
        zeros = sum(all(head[i + z] == 0 for z in zero_at) for i in range(0, units * width, width))
        if zeros >= 0.9 * units:
            return encoding
    return None


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
    for encoding in ("utf-8", "cp1252"):  # a UTF-8 BOM stays in the text and goes back out with it
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


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


def binary_kind(data: bytes) -> str | None:
    for signature, what in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            return what
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
