"""Text out of what a Word document can carry besides its XML: altChunk parts (HTML, RTF, plain text, MHT),
OLE streams, and any blob whose text is in an encoding the XML reader never sees.

Each reader returns text for the detectors; none of them decides what is an identifier. What cannot be
read is said so (``None`` or an exception), never passed over in silence.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import html
import re
from html.parser import HTMLParser

# -- encodings ------------------------------------------------------------------------------------------

_BOMS = [(codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")]


def decode_text(data: bytes) -> str | None:
    """``data`` as text if it is text in some Unicode encoding (BOM or not) or Windows-1252; else None."""
    if not data:
        return ""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom):]
            width = 1 if encoding == "utf-8" else _width(encoding)
            # a unit that is not valid (a last character cut short, an unpaired surrogate) is read as
            # U+FFFD: the rest of the text is still text, and must be read as such
            return body[:len(body) - len(body) % width].decode(encoding, errors="replace")
    sample = data[:4096]
    for encoding in _nul_pattern_encodings(sample):
        try:
            text = data[:len(data) - len(data) % _width(encoding)].decode(encoding)
        except UnicodeDecodeError:
            continue
        if _mostly_printable(text):
            return text
    if b"\x00" in sample:
        return None
    try:  # no NUL: text, as intake reads it (a stray control character does not make it binary)
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def reads_as_text(data: bytes) -> bool:
    """Whether ``data`` is text in a Unicode encoding and mostly printable, rather than binary that
    :func:`decode_text` would still turn into characters (its Windows-1252 fallback takes anything)."""
    if any(data.startswith(bom) for bom, _encoding in _BOMS):
        return decode_text(data) is not None
    sample = data[:4096]
    for encoding in _nul_pattern_encodings(sample):
        try:
            if _mostly_printable(data[:len(data) - len(data) % _width(encoding)].decode(encoding)):
                return True
        except UnicodeDecodeError:
            continue
    try:
        return b"\x00" not in sample and _mostly_printable(data.decode("utf-8"))
    except UnicodeDecodeError:
        return False


def _width(encoding: str) -> int:
    return 4 if "32" in encoding else 2


def _nul_pattern_encodings(sample: bytes) -> list[str]:
    """UTF-32 and UTF-16 without a BOM, told by where the NUL bytes of ASCII characters fall."""
    out = []
    n = len(sample) - len(sample) % 4
    if n >= 8:
        quads = [sample[i:i + 4] for i in range(0, n, 4)]
        if sum(q[1:] == b"\0\0\0" for q in quads) > 0.6 * len(quads):
            out.append("utf-32-le")
        if sum(q[:3] == b"\0\0\0" for q in quads) > 0.6 * len(quads):
            out.append("utf-32-be")
    n = len(sample) - len(sample) % 2
    if n >= 4:
        odd = sum(sample[i] == 0 for i in range(1, n, 2))
        even = sum(sample[i] == 0 for i in range(0, n, 2))
        if odd > 0.4 * n / 2 and even < 0.1 * n / 2:
            out.append("utf-16-le")
        if even > 0.4 * n / 2 and odd < 0.1 * n / 2:
            out.append("utf-16-be")
    return out


def _mostly_printable(text: str) -> bool:
    if not text:
        return True
    sample = text[:4096]
    good = sum(c.isprintable() or c in "\r\n\t\f" for c in sample)
    return good >= 0.9 * len(sample)


_ASCII_RUN = re.compile(rb"[\x20-\x7e\t\r\n]{4,}")
_UTF16LE_RUN = re.compile(rb"(?:[\x20-\x7e\t\r\n]\x00){4,}")
_UTF16BE_RUN = re.compile(rb"(?:\x00[\x20-\x7e\t\r\n]){4,}")
_UTF32LE_RUN = re.compile(rb"(?:[\x20-\x7e\t\r\n]\x00\x00\x00){4,}")


def printable_strings(data: bytes, min_run: int = 4) -> list[str]:
    """Readable runs of at least ``min_run`` characters, as ``strings`` finds them: ASCII, UTF-16 (either
    byte order) and UTF-32LE."""
    out = [m.group().decode("ascii") for m in _ASCII_RUN.finditer(data)]
    out += [m.group().decode("utf-16-le") for m in _UTF16LE_RUN.finditer(data)]
    out += [m.group().decode("utf-16-be") for m in _UTF16BE_RUN.finditer(data)]
    out += [m.group().decode("utf-32-le") for m in _UTF32LE_RUN.finditer(data)]
    return [run for run in out if len(run) >= min_run]


# base64 of at least 12 bytes, possibly wrapped over lines (MIME writes 76 characters a line)
_BASE64 = re.compile(r"(?<![A-Za-z0-9+/])(?:[A-Za-z0-9+/]{4}(?:\r?\n)?){4,}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?"
                     r"(?![A-Za-z0-9+/=])")
_URLSAFE = re.compile(r"(?<![A-Za-z0-9_\-])[A-Za-z0-9_\-]{16,}={0,2}(?![A-Za-z0-9_\-=])")


_DIGEST = re.compile(r"[0-9A-Fa-f\-]+")


def base64_blobs(text: str, limit: int = 64) -> list[tuple[int, bytes]]:
    """(offset, decoded bytes) of each run that decodes as base64 (standard or URL-safe) to something
    not trivially short. A word that happens to be valid base64 decodes to noise, which the caller
    scans harmlessly."""
    out: list[tuple[int, bytes]] = []
    for pattern, decoder in ((_BASE64, base64.b64decode), (_URLSAFE, base64.urlsafe_b64decode)):
        for m in pattern.finditer(text):
            blob = re.sub(r"\s", "", m.group())
            if len(blob) < 16 or (pattern is _URLSAFE and not re.search(r"[-_]", blob)):
                continue
            if _DIGEST.fullmatch(blob) and not blob.isdigit():
                # a digest or a UUID (an audit head, a file's SHA-256): read as hex elsewhere, never as base64,
                # whose noise then reads as a serial one time in thousands. Text encoded in base64 never
                # comes out as hex digits alone: an ASCII or UTF-16 character's top bits give a letter past F
                continue
            blob += "=" * (-len(blob) % 4)
            try:
                out.append((m.start(), decoder(blob)))
            except (binascii.Error, ValueError):
                continue
            if len(out) >= limit:
                return out
    return out


# -- HTML -------------------------------------------------------------------------------------------------

_BLOCK_TAGS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "pre",
               "blockquote", "section", "article", "header", "footer", "dt", "dd", "hr", "title"}
_CELL_TAGS = {"td", "th"}
_SHOWN_ATTRIBUTES = {"alt", "title", "value", "placeholder", "content", "href", "src", "label", "summary",
                     "aria-label", "data", "name"}


class _HtmlReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.values: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skip += 1  # scripts and styles are read as values, not as shown text
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")
        elif tag in _CELL_TAGS:
            self.parts.append("\t")
        for name, value in attrs:
            if value and (name in _SHOWN_ATTRIBUTES or name.startswith(("data-", "aria-"))):
                self.values.append(value)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        (self.values if self.skip else self.parts).append(data)

    def handle_comment(self, data: str) -> None:
        self.values.append(data)


def html_text(markup: str) -> tuple[str, list[str]]:
    """(the text a browser or Word shows, entities decoded and inline tags dropped; other values:
    attributes such as alt and title, comments, script and style text)."""
    reader = _HtmlReader()
    reader.feed(markup)
    reader.close()
    return "".join(reader.parts), [html.unescape(v) for v in reader.values]


def looks_like_html(text: str) -> bool:
    head = text[:2048].lower()
    return any(t in head for t in ("<html", "<!doctype html", "<body", "<p>", "<p ", "<div", "<table", "<span"))


# -- RTF --------------------------------------------------------------------------------------------------

_RTF_TOKEN = re.compile(r"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|([^\\{}]+)", re.DOTALL)
# destinations whose text no reader sees: tables of fonts, colours, styles; pictures and objects are binary
_RTF_SKIP = {"fonttbl", "colortbl", "stylesheet", "listoverridetable", "rsidtbl", "generator", "themedata",
             "colorschememapping", "datastore", "latentstyles", "pgdsctbl", "xmlnstbl", "mmathPr", "filetbl"}
_RTF_BINARY = {"pict", "objdata", "blipuid", "bin"}
_RTF_BREAKS = {"par": "\n", "line": "\n", "sect": "\n", "page": "\n", "row": "\n", "cell": "\t", "tab": "\t",
               "emdash": "\u2014", "endash": "\u2013", "bullet": "\u2022", "lquote": "\u2018", "rquote": "\u2019",
               "ldblquote": "\u201c", "rdblquote": "\u201d", "nbsp": "\u00a0", "emspace": " ", "enspace": " ",
               "qmspace": " "}


class RtfUnreadable(Exception):
    pass


def rtf_text(text: str) -> tuple[str, list[str]]:
    """(the text of an RTF document, field instructions and the like included; the hex of any picture
    or object in it, for the caller to read or refuse)."""
    if not text.lstrip().startswith("{\\rtf"):
        raise RtfUnreadable("not RTF")
    out: list[str] = []
    binaries: list[str] = []
    stack: list[tuple[bool, bool, int, str]] = []  # (skipping, binary, uc, codepage)
    skipping, binary, uc, codepage = False, False, 1, "cp1252"
    pending_skip = 0  # characters to drop after a \uN (its ANSI stand-in)
    hexbuf: list[str] = []
    for m in _RTF_TOKEN.finditer(text):
        word, arg, hexbyte, symbol, brace, plain = m.groups()
        if brace == "{":
            stack.append((skipping, binary, uc, codepage))
            continue
        if brace == "}":
            if binary and hexbuf and (not stack or not stack[-1][1]):
                binaries.append("".join(hexbuf))
                hexbuf = []
            skipping, binary, uc, codepage = stack.pop() if stack else (False, False, 1, codepage)
            continue
        if word is not None:
            if word in _RTF_SKIP:
                skipping = True
            elif word in _RTF_BINARY:
                binary = True
            elif word == "uc" and arg is not None:
                uc = int(arg)
            elif word == "ansicpg" and arg is not None:
                codepage = f"cp{arg}"
            elif word == "u" and arg is not None and not (skipping or binary):
                value = int(arg)
                out.append(chr(value + 65536 if value < 0 else value))
                pending_skip = uc
            elif word in _RTF_BREAKS and not (skipping or binary):
                out.append(_RTF_BREAKS[word])
            continue
        if hexbyte is not None:
            if pending_skip:
                pending_skip -= 1
            elif not (skipping or binary):
                out.append(_byte(int(hexbyte, 16), codepage))
            continue
        if symbol is not None:
            if symbol in "\\{}" and not (skipping or binary):
                out.append(symbol)
            elif symbol == "~" and not (skipping or binary):
                out.append("\u00a0")
            elif symbol == "_" and not (skipping or binary):
                out.append("-")
            elif symbol in "\r\n" and not (skipping or binary):
                out.append("\n")
            continue
        if plain is not None:
            chunk = plain.replace("\r", "").replace("\n", "")
            if pending_skip:
                drop = min(pending_skip, len(chunk))
                chunk, pending_skip = chunk[drop:], pending_skip - drop
            if binary:
                hexbuf.append(chunk)
            elif not skipping:
                out.append(chunk)
    if hexbuf:
        binaries.append("".join(hexbuf))
    return "".join(out), binaries


def _byte(value: int, codepage: str) -> str:
    try:
        return bytes([value]).decode(codepage)
    except (LookupError, UnicodeDecodeError):
        return bytes([value]).decode("cp1252", errors="replace")


# -- MHT --------------------------------------------------------------------------------------------------

def looks_like_mht(data: bytes) -> bool:
    head = data[:4096].lower()
    return b"mime-version" in head and b"content-type" in head and (b"multipart" in head or b"text/html" in head)


def mht_parts(data: bytes) -> list[tuple[str, bytes]]:
    """(content type, decoded body) of each leaf part of an MHT (MIME) document."""
    import email
    from email import policy

    message = email.message_from_bytes(data, policy=policy.compat32)
    out: list[tuple[str, bytes]] = []
    for part in message.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            payload = str(part.get_payload()).encode("utf-8", errors="replace")
        out.append((part.get_content_type(), payload))
    for name, value in message.items():
        out.append((f"header {name}", str(value).encode("utf-8", errors="replace")))
    return out
