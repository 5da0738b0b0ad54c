"""The leak scan: is there anything in these files that still looks like an identifier?

Reads text files, images (OCR), and Word documents in full: every XML part of the package (body,
tables, headers, footers, comments, footnotes, text boxes, document properties, custom XML), every
embedded object (OLE "Package" objects are unwrapped to the file inside) and every image. Whatever
it cannot read is itself reported: a scan that skips what it cannot see would pass a leak.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from .findings import Kind, merge
from .item import binary_kind, decode, image_format
from .register import RegisterMatcher
from .text import find_identifiers

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True)
class LeakFinding:
    file: str
    place: str  # "line 3, column 7", "word/header1.xml, paragraph 2", "box 10,20-200,40"
    kind: str
    value: str  # masked: all but the last 3 characters hidden

    def line(self) -> str:
        return f"{self.file}: {self.place}: {self.kind} {self.value}"


def scanner_id() -> str:
    """Changes whenever any detector's code changes, so remembered scan results are not trusted
    across versions of the rules that produced them."""
    global _SCANNER_ID
    if _SCANNER_ID is None:
        digest = hashlib.sha256()
        for path in sorted(Path(__file__).parent.glob("*.py")):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
        _SCANNER_ID = digest.hexdigest()[:16]
    return _SCANNER_ID


_SCANNER_ID: str | None = None


def mask_value(value: str) -> str:
    shown = value.strip()
    return "•" * max(len(shown) - 3, 0) + shown[-3:]


def scan_text(text: str, file: str, register: RegisterMatcher | None = None, place_prefix: str = "") -> list[LeakFinding]:
    found = merge(find_identifiers(text, register))
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    out = []
    for f in found:
        line = max(i for i, start in enumerate(line_starts) if start <= f.start)
        place = f"{place_prefix}line {line + 1}, column {f.start - line_starts[line] + 1}"
        out.append(LeakFinding(file, place, f.kind.value, mask_value(text[f.start:f.end])))
    return out


KnownClean = Callable[[bytes], bool]


def scan_bytes(data: bytes, file: str, register: RegisterMatcher | None = None, engine: object = None,
               place_prefix: str = "", known_clean: KnownClean | None = None) -> list[LeakFinding]:
    """Whatever the content is, find what is left in it.

    ``known_clean`` lets a caller that has already scanned an image (the pack builder, which draws
    annotations on screenshots scanned at intake) spare it a second OCR; everything else is read."""
    if image_format(data) is not None:
        if known_clean is not None and known_clean(data):
            return []
        from .image import scan_image  # OCR only when there is an image

        return [LeakFinding(file, f"{place_prefix}box {x0},{y0}-{x1},{y1}", f.kind.value, mask_value(f.text))
                for f in scan_image(data, register=register, engine=engine)
                for (x0, y0, x1, y1) in [f.box]]
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as package:
                if "word/document.xml" in package.namelist() or "[Content_Types].xml" in package.namelist():
                    return list(_scan_package(package, file, register, engine, place_prefix, known_clean))
        except zipfile.BadZipFile:
            pass
        return [_unscannable(file, place_prefix, "a zip archive that is not an Office document")]
    what = binary_kind(data)
    if what is not None:
        return [_unscannable(file, place_prefix, what)]
    text, _encoding = decode(data)
    return scan_text(text, file, register, place_prefix)


def _unscannable(file: str, prefix: str, what: str) -> LeakFinding:
    return LeakFinding(file, prefix.rstrip(": ") or "whole file", "UNSCANNABLE", f"({what}: cannot be checked)")


def _scan_package(package: zipfile.ZipFile, file: str, register: RegisterMatcher | None, engine: object,
                  prefix: str, known_clean: KnownClean | None) -> Iterator[LeakFinding]:
    for info in package.infolist():
        name = info.filename
        if name.endswith("/"):
            continue
        data = package.read(name)
        where = f"{prefix}{name}"
        if name.endswith((".xml", ".rels")):
            yield from _scan_xml_part(data, file, register, where)
        elif "/media/" in name or image_format(data) is not None:
            yield from scan_bytes(data, file, register, engine, f"{where}: ", known_clean)
        elif "/embeddings/" in name:
            yield from _scan_embedded(data, file, register, engine, where, known_clean)
        else:
            yield from scan_bytes(data, file, register, engine, f"{where}: ", known_clean)


def _scan_xml_part(data: bytes, file: str, register: RegisterMatcher | None, where: str) -> Iterator[LeakFinding]:
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError:
        yield from scan_text(data.decode("utf-8", errors="replace"), file, register, f"{where}: ")
        return
    paragraphs = list(root.iter(f"{W}p"))
    if paragraphs:
        for number, paragraph in enumerate(paragraphs, start=1):
            text = _paragraph_text(paragraph)
            if text.strip():
                for f in scan_text(text, file, register):
                    yield LeakFinding(file, f"{where}, paragraph {number}", f.kind, f.value)
    # attributes and text outside paragraphs too: properties, custom XML, field codes, alt text
    loose = "\n".join(t for t in _loose_text(root) if t.strip())
    for f in scan_text(loose, file, register):
        yield LeakFinding(file, f"{where}, {f.place}", f.kind, f.value)


def _paragraph_text(paragraph: ElementTree.Element) -> str:
    parts = []
    for node in paragraph.iter():
        if node.tag == f"{W}t" and node.text:
            parts.append(node.text)
        elif node.tag == f"{W}tab":
            parts.append("\t")
        elif node.tag in (f"{W}br", f"{W}cr"):
            parts.append("\n")
    return "".join(parts)


# Attributes that carry what a person wrote or pasted (alt text, titles, field codes, content-control
# tags, comment authors, link targets). Formatting attributes (colours such as "D9D8EE", sizes, ids)
# never do, and some have the shape of an identifier.
_CONTENT_ATTRIBUTES = {"descr", "title", "name", "alias", "tag", "instr", "author", "initials", "target",
                       "tooltip", "text", "value", "caption", "description", "subject", "keywords"}


def _loose_text(root: ElementTree.Element) -> Iterator[str]:
    for node in root.iter():
        if node.tag == f"{W}t" or node.tag == f"{W}instrText":
            continue  # paragraph text was scanned with its paragraph
        if node.text and node.tag != f"{W}p":
            yield node.text
        for name, value in node.attrib.items():
            if name.rsplit("}", 1)[-1].lower() in _CONTENT_ATTRIBUTES:
                yield value
    for node in root.iter(f"{W}instrText"):
        if node.text:
            yield node.text


def _scan_embedded(data: bytes, file: str, register: RegisterMatcher | None, engine: object,
                   where: str, known_clean: KnownClean | None) -> Iterator[LeakFinding]:
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        payload = ole_package_payload(data)
        if payload is None:
            yield _unscannable(file, where, "an embedded OLE object that is not a file package")
            return
        inner_name, inner = payload
        yield from scan_bytes(inner, file, register, engine, f"{where} ({inner_name}): ", known_clean)
        return
    yield from scan_bytes(data, file, register, engine, f"{where}: ", known_clean)


def ole_package_payload(data: bytes) -> tuple[str, bytes] | None:
    """The file inside an OLE "Package" object (its ``\\x01Ole10Native`` stream), as Word embeds a .txt."""
    import olefile

    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            if not ole.exists("\x01Ole10Native"):
                return None
            stream = ole.openstream("\x01Ole10Native").read()
    except OSError:
        return None
    try:
        pos = 4 + 2  # total size, then a 2-byte flag
        label_end = stream.index(b"\x00", pos)
        label = stream[pos:label_end].decode("latin-1")
        pos = stream.index(b"\x00", label_end + 1) + 1  # the original path
        pos += 4  # reserved
        temp_len = int.from_bytes(stream[pos:pos + 4], "little")
        pos += 4 + temp_len
        size = int.from_bytes(stream[pos:pos + 4], "little")
        pos += 4
        return label, stream[pos:pos + size]
    except (ValueError, IndexError):
        return None


def kinds_found(findings: list[LeakFinding]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.kind] = counts.get(f.kind, 0) + 1
    return counts


__all__ = ["Kind", "LeakFinding", "kinds_found", "mask_value", "ole_package_payload", "scan_bytes", "scan_text",
           "scanner_id"]
