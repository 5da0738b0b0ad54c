"""Text an image carries besides its pixels: PNG text chunks, EXIF, XMP, ICC profile descriptions, JPEG
comments and APP segments, GIF comments and plain-text extensions, WebP chunks, TIFF tags; the text of
an SVG (each ``<text>`` read whole, its ``<tspan>`` pieces joined); the strings of an EMF or WMF picture.

Each function returns ``(where, text)`` pairs for the detectors. A structure it cannot follow raises
:class:`MetadataUnreadable`, so that the caller reports the image as unscannable rather than clean.
"""

from __future__ import annotations

import itertools
import re
import struct
import zlib

from .embedded_text import decode_text, printable_strings
from .limits import MAX_METADATA_INFLATE, open_image

MAX_INFLATE = MAX_METADATA_INFLATE  # a text or ICC chunk larger than this is refused, not inflated


class MetadataUnreadable(Exception):
    pass


def _inflate(data: bytes) -> bytes:
    inflater = zlib.decompressobj()
    out = inflater.decompress(data, MAX_INFLATE)
    if inflater.unconsumed_tail:
        raise MetadataUnreadable(f"a compressed chunk inflates beyond {MAX_INFLATE // 2**20} MB, the limit")
    return out


def _text(data: bytes) -> list[str]:
    text = decode_text(data)
    return [text] if text is not None else printable_strings(data)


def metadata_texts(data: bytes) -> list[tuple[str, str]]:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return _png(data)
    if data.startswith(b"\xff\xd8"):
        return _jpeg(data)
    if data.startswith((b"GIF87a", b"GIF89a")):
        return _gif(data)
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return _riff(data)
    return _pillow_info(data)


# -- PNG --------------------------------------------------------------------------------------------------

_PNG_PIXELS = {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"pHYs", b"sBIT", b"bKGD",
               b"hIST", b"sPLT", b"acTL", b"fcTL", b"fdAT", b"tIME", b"cICP", b"mDCv", b"cLLi"}


def _png(data: bytes) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 8
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if len(body) < length:
            raise MetadataUnreadable("a PNG chunk runs past the end of the file")
        name = kind.decode("latin-1")
        if kind == b"tEXt":
            key, _, value = body.partition(b"\0")
            out.append((f"PNG tEXt {key.decode('latin-1')}", value.decode("latin-1")))
        elif kind == b"zTXt":
            key, _, rest = body.partition(b"\0")
            out.append((f"PNG zTXt {key.decode('latin-1')}", _inflate(rest[1:]).decode("latin-1")))
        elif kind == b"iTXt":
            key, _, rest = body.partition(b"\0")
            compressed, rest = rest[0:1] == b"\1", rest[2:]
            language, _, rest = rest.partition(b"\0")
            translated, _, text = rest.partition(b"\0")
            value = _inflate(text) if compressed else text
            out.append((f"PNG iTXt {key.decode('latin-1')}", value.decode("utf-8", errors="replace")))
            out.append((f"PNG iTXt {key.decode('latin-1')} (names)",
                        f"{language.decode('latin-1')} {translated.decode('utf-8', errors='replace')}"))
        elif kind == b"iCCP":
            profile_name, _, rest = body.partition(b"\0")
            out.append(("PNG iCCP profile name", profile_name.decode("latin-1")))
            out += [(f"PNG ICC profile {w}", t) for w, t in icc_texts(_inflate(rest[1:]))]
        elif kind == b"eXIf":
            out += [("PNG eXIf", s) for s in printable_strings(body)]
        elif kind not in _PNG_PIXELS:
            out += [(f"PNG {name} chunk", s) for s in _text(body)]
        pos += 12 + length
        if kind == b"IEND":
            break
    if pos < len(data):
        out += [("after the PNG's end", s) for s in _text(data[pos:])]
    return out


# -- ICC profiles -----------------------------------------------------------------------------------------

def _ascii_or_utf8(raw: bytes) -> str:
    """A profile's 7-bit text as a tool wrote it: in UTF-8 by many ("Ní Bhriain"), which read as Latin-1 is
    mojibake no name finder knows ("NÃ\xad"); Latin-1 where it is no UTF-8."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def icc_texts(profile: bytes) -> list[tuple[str, str]]:
    """Every text tag of an ICC profile (desc, cprt, dmnd, dmdd and any other): types desc, text, mluc."""
    if len(profile) < 132:
        raise MetadataUnreadable("an ICC profile too short to hold its tag table")
    count = struct.unpack(">I", profile[128:132])[0]
    if count > 1000 or 132 + 12 * count > len(profile):
        raise MetadataUnreadable("an ICC profile whose tag table is damaged")
    out = []
    covered = [(0, 132 + 12 * count)]
    for i in range(count):
        signature, offset, size = struct.unpack(">4sII", profile[132 + 12 * i:144 + 12 * i])
        covered.append((offset, offset + size))
        tag = profile[offset:offset + size]
        kind = tag[:4]
        where = signature.decode("latin-1").strip()
        if kind == b"desc" and len(tag) >= 12:
            n = struct.unpack(">I", tag[8:12])[0]
            out.append((where, _ascii_or_utf8(tag[12:12 + n].split(b"\0")[0])))
            rest = tag[12 + n:]
            if len(rest) >= 8:
                ucount = struct.unpack(">I", rest[4:8])[0]
                out.append((f"{where} (Unicode)", rest[8:8 + 2 * ucount].decode("utf-16-be", errors="replace")))
        elif kind == b"text":
            out.append((where, _ascii_or_utf8(tag[8:].split(b"\0")[0])))
        elif kind == b"mluc" and len(tag) >= 16:
            records, record_size = struct.unpack(">II", tag[8:16])
            for r in range(min(records, 500)):
                base = 16 + r * record_size
                if base + 12 > len(tag):
                    break
                lang, country, length, start = struct.unpack(">2s2sII", tag[base:base + 12])
                out.append((f"{where} ({lang.decode('latin-1')}-{country.decode('latin-1')})",
                            tag[start:start + length].decode("utf-16-be", errors="replace")))
        elif kind not in (b"XYZ ", b"curv", b"para", b"sf32", b"mft1", b"mft2", b"mAB ", b"mBA ", b"chrm", b"sig ",
                          b"meas", b"view", b"dtim", b"ui16", b"ui32", b"ui64", b"ui08", b"uf32"):
            out += [(where, s) for s in printable_strings(tag[8:])]
    # bytes no tag holds (between tags, or after the profile's end inside its chunk) can carry any text
    at = 0
    for start, end in sorted(covered):
        if start > at:
            out += [("bytes no tag holds", s) for s in printable_strings(profile[at:start])]
        at = max(at, end)
    out += [("bytes no tag holds", s) for s in printable_strings(profile[at:])]
    return out


# -- JPEG -------------------------------------------------------------------------------------------------

def _jpeg(data: bytes) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    icc = bytearray()
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            raise MetadataUnreadable("a JPEG segment that does not start with a marker")
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        if marker in (0xD9, 0xDA):  # end, or start of scan: the pixels follow
            break
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            pos += 2
            continue
        length = struct.unpack(">H", data[pos + 2:pos + 4])[0]
        body = data[pos + 4:pos + 2 + length]
        if marker == 0xFE:
            out += [("JPEG comment", t) for t in _text(body)]
        elif marker == 0xE2 and body.startswith(b"ICC_PROFILE\0"):
            icc += body[14:]
        elif 0xE0 <= marker <= 0xEF:
            out += [(f"JPEG APP{marker - 0xE0}", s) for s in printable_strings(body)]
        pos += 2 + length
    if icc:
        out += [(f"JPEG ICC profile {w}", t) for w, t in icc_texts(bytes(icc))]
    end = data.rfind(b"\xff\xd9")
    if end != -1 and end + 2 < len(data):
        out += [("after the JPEG's end", s) for s in _text(data[end + 2:])]
    return out


# -- GIF --------------------------------------------------------------------------------------------------

def _gif(data: bytes) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if len(data) < 13:
        raise MetadataUnreadable("a GIF too short for its header")
    flags = data[10]
    pos = 13 + (3 * 2 ** ((flags & 7) + 1) if flags & 0x80 else 0)
    while pos < len(data):
        block = data[pos]
        if block == 0x3B:
            pos += 1
            break
        if block == 0x21:
            label = data[pos + 1]
            pos += 2
            body, pos = _sub_blocks(data, pos)
            if label == 0xFE:
                out += [("GIF comment", t) for t in _text(body)]
            elif label == 0x01:  # plain text extension: drawn on the image
                out += [("GIF plain text", t) for t in _text(body[12:])]
            elif label == 0xFF:
                out += [("GIF application extension", s) for s in printable_strings(body)]
        elif block == 0x2C:
            if pos + 10 > len(data):
                raise MetadataUnreadable("a GIF frame runs past the end of the file")
            local = data[pos + 9]
            pos += 10 + (3 * 2 ** ((local & 7) + 1) if local & 0x80 else 0)
            pos += 1  # LZW minimum code size
            _, pos = _sub_blocks(data, pos)
        else:
            raise MetadataUnreadable(f"a GIF block of unknown type 0x{block:02x}")
    if pos < len(data):
        out += [("after the GIF's end", s) for s in _text(data[pos:])]
    return out


def _sub_blocks(data: bytes, pos: int) -> tuple[bytes, int]:
    body = bytearray()
    while pos < len(data):
        size = data[pos]
        pos += 1
        if size == 0:
            return bytes(body), pos
        body += data[pos:pos + size]
        pos += size
    raise MetadataUnreadable("a GIF block runs past the end of the file")


# -- WebP and other formats -------------------------------------------------------------------------------

def _riff(data: bytes) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 12
    while pos + 8 <= len(data):
        kind, size = struct.unpack("<4sI", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + size]
        if kind == b"ICCP":
            out += [(f"WebP ICC profile {w}", t) for w, t in icc_texts(body)]
        elif kind not in (b"VP8 ", b"VP8L", b"VP8X", b"ANIM", b"ANMF", b"ALPH"):
            out += [(f"WebP {kind.decode('latin-1')}", s) for s in printable_strings(body)]
        pos += 8 + size + (size & 1)
    return out


def _pillow_info(data: bytes) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    with open_image(data) as image:  # the header only, its pixel count checked
        for key, value in image.info.items():
            if key == "icc_profile" and isinstance(value, bytes) and value:
                out += [(f"ICC profile {w}", t) for w, t in icc_texts(value)]
            elif isinstance(value, str):
                out.append((f"{image.format} {key}", value))
            elif isinstance(value, bytes):
                out += [(f"{image.format} {key}", s) for s in printable_strings(value)]
        tags = getattr(image, "tag_v2", None)
        if tags is not None:
            for tag, value in tags.items():
                if isinstance(value, str):
                    out.append((f"TIFF tag {tag}", value))
                elif isinstance(value, bytes):
                    out += [(f"TIFF tag {tag}", s) for s in printable_strings(value)]
    return out


# -- SVG --------------------------------------------------------------------------------------------------

def is_svg(data: bytes) -> bool:
    head = data[:4096].lstrip().lower()
    return (head.startswith(b"<?xml") or head.startswith(b"<svg") or head.startswith(b"<!--")
            or head.startswith(b"\xef\xbb\xbf")) and b"<svg" in head


def svg_texts(data: bytes) -> tuple[list[str], list[tuple[str, str]]]:
    """(each ``<text>`` element's text with its tspans joined, in document order; other values:
    titles, descriptions, attributes, comments)."""
    from lxml import etree

    from .docx_text import XmlUnreadable, parse

    try:
        root = parse(data)
    except XmlUnreadable as error:
        raise MetadataUnreadable(f"an SVG that is {error}") from None
    texts = []
    for node in root.iter():
        if isinstance(node.tag, str) and etree.QName(node).localname in ("text", "textPath"):
            if node.getparent() is not None and isinstance(node.getparent().tag, str) and \
                    etree.QName(node.getparent()).localname == "text":
                continue  # a textPath inside a text is read with it
            texts.append("".join(node.itertext()))
    texts.extend(_drawn_lines(root))
    values: list[tuple[str, str]] = []
    for node in root.iter():
        if not isinstance(node.tag, str):
            if node.text and node.text.strip():
                values.append(("SVG comment", node.text))
            continue
        local = etree.QName(node).localname
        if node.text and node.text.strip() and local not in ("text", "tspan", "textPath", "style", "path"):
            values.append((f"SVG {local}", node.text))
        for name, value in node.attrib.items():
            attr = etree.QName(name).localname
            if attr in ("d", "points", "transform", "viewBox", "style", "fill", "stroke", "x", "y", "dx", "dy",
                        "width", "height", "id", "class", "offset", "stop-color"):
                continue
            values.append((f"SVG {local}/@{attr}", value))
    return texts, values


# a glyph's advance in ems, roughly (DejaVu Sans, Arial, Calibri differ by a few hundredths): enough to tell the gap
# a space leaves between two glyphs drawn one element each from the glyphs' own widths
_NARROW = dict.fromkeys("il.,:;|!'`jI", 0.3) | dict.fromkeys("ftr()[]-/", 0.4) | dict.fromkeys("mwMW@", 0.9)
_DRAWN_SIZE = re.compile(r"font-size[ \t]*:[ \t]*(?P<size>[\d.]+)")
_FIRST_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def _advance(text: str, size: float) -> float:
    return sum(_NARROW.get(c, 0.7 if c.isupper() else 0.62) for c in text) * size


def _drawn_lines(root: object) -> list[str]:
    """Text drawn an element or a few glyphs at a time (a character per ``<text>``, each at its own x), read as the
    lines they make: elements on one baseline in the order of their x, a blank where the gap between two is wider
    than the first's glyphs need (the space itself is never drawn)."""
    from lxml import etree

    lines: dict[tuple[float, float], list[tuple[float, str]]] = {}
    for node in root.iter():  # type: ignore[attr-defined]
        if not isinstance(node.tag, str) or etree.QName(node).localname != "text":
            continue
        at_x, at_y = _FIRST_NUMBER.match(node.get("x", "")), _FIRST_NUMBER.match(node.get("y", ""))
        words = "".join(node.itertext())
        if at_x is None or at_y is None or not words.strip() or len(at_x.group()) > 12 or len(at_y.group()) > 12:
            continue  # (no place a page draws at: "y" of 400 digits is no baseline)
        styled = _DRAWN_SIZE.search(node.get("style", ""))
        sized = _FIRST_NUMBER.match(node.get("font-size") or (styled.group("size") if styled else ""))
        size = float(sized.group()) if sized else 16.0  # (SVG's default)
        lines.setdefault((round(float(at_y.group())), size), []).append((float(at_x.group()), words))
    drawn = []
    for (_y, size), pieces in sorted(lines.items()):
        if len(pieces) < 3:
            continue  # a label and its value, read whole already
        pieces.sort()
        line = pieces[0][1]
        for (x, words), (next_x, next_words) in itertools.pairwise(pieces):
            line += (" " if next_x - (x + _advance(words, size)) > 0.2 * size else "") + next_words
        drawn.append(line)
    return drawn


# -- EMF and WMF ------------------------------------------------------------------------------------------

def is_metafile(data: bytes) -> bool:
    return (len(data) >= 44 and data[:4] == b"\x01\x00\x00\x00" and data[40:44] == b" EMF") or \
        data[:4] == b"\xd7\xcd\xc6\x9a" or data[:6] in (b"\x01\x00\x09\x00\x00\x03", b"\x02\x00\x09\x00\x00\x03")


_EMF_BITMAP_RECORDS = {76, 77, 79, 80, 81, 114, 116}  # BITBLT, STRETCHBLT, PLGBLT, SETDIBITSTODEVICE, STRETCHDIBITS,
# ALPHABLEND, TRANSPARENTBLT


def metafile_texts(data: bytes) -> tuple[list[str], list[bytes]]:
    """(the strings of an EMF or WMF picture; the bitmaps inside an EMF, as BMP files to OCR).

    Text drawn by glyph index (no characters kept) cannot be read: :class:`MetadataUnreadable`."""
    bitmaps: list[bytes] = []
    drawn: list[str] = []
    if data[:4] == b"\x01\x00\x00\x00":
        pos = 0
        while pos + 8 <= len(data):
            kind, size = struct.unpack("<II", data[pos:pos + 8])
            if size < 8 or pos + size > len(data):
                raise MetadataUnreadable("an EMF record runs past the end of the picture")
            record = data[pos:pos + size]
            if kind in (83, 84) and len(record) >= 76:  # EXTTEXTOUTA / EXTTEXTOUTW: EMRTEXT at 36
                chars, offset, options = struct.unpack("<III", record[44:56])
                if options & 0x10:
                    raise MetadataUnreadable("an EMF picture whose text is drawn by glyph index")
                raw = record[offset:offset + chars * (2 if kind == 84 else 1)]
                drawn.append(raw.decode("utf-16-le" if kind == 84 else "cp1252", errors="replace"))
            elif kind in _EMF_BITMAP_RECORDS:
                bitmap = _emf_bitmap(kind, record)
                if bitmap is not None:
                    bitmaps.append(bitmap)
            elif kind == 70 and len(record) >= 12:  # comment: EMF+ records or text
                pass
            pos += size
            if kind == 14:  # EOF
                break
    # each text record in drawing order, read together (a number drawn a digit at a time), then the strings
    return ["".join(drawn), " ".join(drawn), *printable_strings(data)] if drawn else printable_strings(data), bitmaps


# where each bitmap record keeps (offBmiSrc, cbBmiSrc, offBitsSrc, cbBitsSrc)
_EMF_BITMAP_FIELDS = {76: 84, 77: 84, 114: 84, 116: 84, 79: 96, 80: 48, 81: 48}


def _emf_bitmap(kind: int, record: bytes) -> bytes | None:
    at = _EMF_BITMAP_FIELDS.get(kind)
    if at is None or len(record) < at + 16:
        return None
    off_bmi, cb_bmi, off_bits, cb_bits = struct.unpack("<IIII", record[at:at + 16])
    if not cb_bmi or not cb_bits:
        return None
    bmi, bits = record[off_bmi:off_bmi + cb_bmi], record[off_bits:off_bits + cb_bits]
    header = b"BM" + struct.pack("<IHHI", 14 + len(bmi) + len(bits), 0, 0, 14 + len(bmi))
    return header + bmi + bits


def strings_of(data: bytes) -> list[str]:
    return [s for s in printable_strings(data) if re.search(r"[A-Za-z0-9]", s)]
