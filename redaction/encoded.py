"""Identifiers hidden in an encoding: base64 (its payload gzip, zlib or raw deflate too), base32, Ascii85, hex,
uuencode, or a hex dump of a payload.

A value encoded this way is invisible to the patterns but one click away for whoever reads the
evidence (a JWT, a base64 ``body`` field, a hex trace of a DUIS message). Each blob long enough to hold
an identifier is decoded; if the result is readable text it is searched like any text, and a blob
that holds an identifier is replaced whole: its decoded form cannot be edited in place.
"""

from __future__ import annotations

import base64
import binascii
import functools
import re
import zlib
from collections.abc import Callable, Iterator

from .findings import Finding, Kind

# 8 characters or more (6 bytes, a postcode) of the base64 alphabets (standard and URL-safe), with its padding
# (base32's padding runs to six "=")
_BASE64 = re.compile(r"(?<![A-Za-z0-9+/_\-])[A-Za-z0-9+/_\-]{8,}={0,6}(?![A-Za-z0-9+/=_\-])")
# base64 as a file's name before a word ("/inbound/H4sIAAAAAAACAzM0NjexMDYz…AAAA-readings.csv", "eJyzsDQ3…Brw==-readings"):
# run on with the word, the blob is no base64 to the pattern above (its "-" is URL-safe base64's, and padding must
# end a blob). Looked for in texts below a log's size.
# (at most 2,048 characters, taken possessively: unbounded, a run of "/"-joined segments was read from each "/" to its
# end and back, 28 s for a 100 KB path; a name's blob may hold "/", base64's own: "/inbound/H4sI…sC/zM0…AAAA-readings")
_BASE64_IN_A_NAME = re.compile(r"(?<=[/\\=\s\"'])[A-Za-z0-9+/]{12,2048}+={0,2}+(?=[-_.][A-Za-z])")
_NAMES_READ_BELOW = 2_000_000
# base32 (RFC 4648), one case: 16 characters or more (10 bytes, a meter's serial)
_BASE32_BODY = re.compile(r"[A-Z2-7]{16,}|[a-z2-7]{16,}")
# ...or shorter with its padding, which says it is base32 ("GM3DAOBXGMYDG===", eight digits)
_BASE32_PADDED = re.compile(r"(?:[A-Z2-7]{8,}|[a-z2-7]{8,})={1,6}")
# Ascii85 between Adobe's delimiters ("<~0fCmG1G^mF3&EEH2u~>"), as PostScript, PDF and git's armour write it
_ASCII85 = re.compile(r"<~(?P<body>[!-uz \t\r\n]{5,}?)~>")
# 6 bytes or more written as hex pairs after "0x", with one space or colon between pairs, or as "\x"
# escapes; 8 bytes or more run together (a UUID's groups, of 12 at most, are not taken for one)
# (hex digits run together, not after a decimal point: "0.3333333333333333" is a number's fraction)
_HEX = re.compile(r"(?:(?<![0-9A-Za-z])0[xX](?:[0-9A-Fa-f]{2}){6,}|(?<![0-9A-Za-z])(?<!\d\.)(?:[0-9A-Fa-f]{2}){8,}|(?<![0-9A-Za-z])[0-9A-Fa-f]{2}"
                  r"(?:[ :][0-9A-Fa-f]{2}){5,}|(?:\\x[0-9A-Fa-f]{2}){6,})(?![0-9A-Za-z])")
_HEX_OR_HYPHEN = re.compile(r"[0-9A-Fa-f\-]+")  # UUIDs and digests: their own kind of token, never base64
_PRINTABLE = re.compile(r"[\x20-\x7e\t\r\n]")  # what a hidden identifier is written in
_MOSTLY_LETTERS = re.compile(r"[A-Za-z]{4,}")
_LIMIT = 1_000_000  # a blob longer than this is a file, not a value: decoded only up to this
MAX_DEPTH = 2

Finder = Callable[[str, int], list[Finding]]


def _as_text(data: bytes) -> str | None:
    """Readable text, or ``None`` for binary (an image, a key, a digest)."""
    if len(data) < 6:
        return None
    for encoding in ("utf-8", "utf-16", "utf-32"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        printable = len(_PRINTABLE.findall(text))
        if printable >= 0.85 * len(text) and "\x00" not in text:
            return text
    return None


# A run a reader of the bytes would see as text: four characters or more, none a control character
_STRING_RUN = re.compile(r"[^\x00-\x08\x0b-\x1f\x7f-\x9f\ufffd]{4,}")


def _strings(data: bytes) -> str | None:
    """The text runs in binary bytes, one a line, as ``strings`` shows them: a serialised object's fields
    (Java's ``ObjectOutputStream`` in a workflow engine's variable, a protobuf message, BSON) hold their
    values as plain text among length and type bytes. A letter just before a NUL is a type tag that
    precedes the next value's length (Java writes "t", 0, length), not the end of this value. None when
    the runs are too little of the bytes to be a record's text: random bytes (a key, a signature, a
    compressed image) hold a few short runs by chance, and chance makes an odd postcode among them."""
    runs = []
    text = data[:_LIMIT].decode("utf-8", errors="replace")
    for match in _STRING_RUN.finditer(text):
        run = match.group()
        if text[match.end():match.end() + 1] == "\x00" and len(run) > 4 and run[-1].isalpha():
            run = run[:-1]
        runs.append(run)
    if sum(map(len, runs)) < _TEXT_SHARE * len(text):
        return None
    return "\n".join(runs) if runs else None


_TEXT_SHARE = 0.4  # of a serialised record's characters that are its values' and names' text (random bytes: ~5 %)


def _base64(blob: str) -> bytes | None:
    body = blob.rstrip("=")
    if len(body) % 4 == 1:
        return None
    padded = body + "=" * (-len(body) % 4)
    try:
        if "-" in body or "_" in body:
            return base64.urlsafe_b64decode(padded)
        return base64.b64decode(padded, validate=True)
    except (binascii.Error, ValueError):
        return None


def _base32(blob: str) -> bytes | None:
    body = blob.rstrip("=")
    if not (_BASE32_BODY.fullmatch(body) or _BASE32_PADDED.fullmatch(blob)) or len(body) % 8 in (1, 3, 6):
        return None
    try:
        return base64.b32decode(body.upper() + "=" * (-len(body) % 8))
    except (binascii.Error, ValueError):
        return None


def _ascii85(blob: str) -> bytes | None:
    try:
        return base64.a85decode(blob[2:-2], ignorechars=b" \t\r\n")
    except (binascii.Error, ValueError):
        return None


def _inflated(data: bytes) -> bytes | None:
    """``data`` decompressed when it is a gzip member, a zlib stream or raw deflate (a draw.io diagram, a
    payload a harness compresses before encoding it), up to _LIMIT bytes; None when it is none of these.
    Raw deflate has no header: random bytes seldom inflate, and what does must still read as text."""
    if data[:2] == b"\x1f\x8b":
        wbits = 16 + zlib.MAX_WBITS
    elif len(data) > 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0:
        wbits = zlib.MAX_WBITS
    else:
        wbits = -zlib.MAX_WBITS
    try:
        return zlib.decompressobj(wbits).decompress(data, _LIMIT) or None
    except zlib.error:
        return None


def _readable(data: bytes | None) -> str | None:
    """The text ``data`` holds: as it is, or inflated when it is compressed; None for neither."""
    if data is None:
        return None
    decoded = _as_text(data)
    if decoded is None and (inflated := _inflated(data)) is not None:
        decoded = _as_text(inflated)
    return decoded


def _named_blob(blob: str) -> tuple[int, str | None]:
    """A base64 file name's text (inflated if compressed) and where in ``blob`` it starts: after a path's last
    folders ("inbound/H4sI…"), a "/" being base64's too."""
    starts = [0, *(i + 1 for i, c in enumerate(blob) if c == "/")]
    for offset in starts:
        decoded = _readable(_base64(blob[offset:][:_LIMIT])) if len(blob) - offset >= 12 else None
        if decoded is not None:
            return offset, decoded
    return 0, None


def _hex(blob: str) -> bytes | None:
    if blob[:2] in ("0x", "0X"):
        blob = blob[2:]
    try:
        return bytes.fromhex(blob.replace(":", " ").replace("\\x", ""))
    except ValueError:
        return None


# Class views (see textview) in which a blob is a run of "b"s, found with bytes.find: 8 or more for
# base64 (a postcode's 6 bytes), 13 or more for hex (6 bytes spaced or after "0x", 8 run together).
_HEX_CHARS = "0123456789ABCDEFabcdef :xX\\"
_RUNS = {"base64": b"b" * 8, "hex": b"b" * 13}
_HEX_AND_HYPHEN = "0123456789abcdefABCDEF-"
_B64_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-="
# A UUID in either class view (hyphens are not in the runs' alphabets): blanked out at C speed, since
# a log holds one a line and none is a blob.
_UUID_VIEW = b"b" * 8 + b"." + b"b" * 4 + b"." + b"b" * 4 + b"." + b"b" * 4 + b"." + b"b" * 12


def _without_uuids(view: bytes) -> bytes:
    return view.replace(_UUID_VIEW, b"." * len(_UUID_VIEW))


def _blobs(text: str, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The pattern's matches, tried only in tokens holding a run of its alphabet (found at C speed in
    class views of the text, UUIDs blanked out). For base64 the run is looked for in letters and
    digits only: a path has a slash every few characters, and base64 of readable text has its "+",
    "/", "-" or "_" only where the text has a ">", "?" or "~" (the alphabet's last two values need
    the top bits of a byte that ASCII leaves clear), so the run is still there; the token is then
    taken whole. A token seen before (the same path on every line, a word a document repeats) is tried
    once: what it holds is found at its first place and masked at every other (see find_encoded)."""
    raw = text.encode("ascii", errors="replace")
    if pattern is _HEX:
        whole = raw.translate(_class_table(_HEX_CHARS))
        runs = bytearray(_without_uuids(whole))  # blanked in place as words on every line are found
        wanted = _RUNS["hex"]
    else:
        runs = bytearray(_without_uuids(raw.translate(_class_table(_B64_CHARS[:62]))))
        whole = raw.translate(_class_table(_B64_CHARS[:-1]))  # "=" ends a blob (padding) or a key
        wanted = _RUNS["base64"]
    seen: dict[str, int] = {}
    at = runs.find(wanted)
    while at >= 0:
        start = whole.rfind(b".", 0, at) + 1
        end = whole.find(b".", at)
        end = len(whole) if end < 0 else end
        at = runs.find(wanted, end)
        if pattern is _BASE64:
            while end < len(text) and text[end] == "=" and end - start < 2 + len(text[start:end].rstrip("=")):
                end += 1  # its padding
        token = text[start:end]
        count = seen.get(token, 0) + 1
        seen[token] = count
        if count > 1:
            # a word on every line of a log is blanked out of the view at once, its later places then passed at C
            # speed; a word a document repeats a few times costs a lookup each time (blanking each such word read
            # the rest of the text once per word: 4 s of a 3.8 MB document)
            if count == _BLANK_AFTER:
                _blank(runs, raw, raw[start:end], end)
                at = runs.find(wanted, end)
            continue
        if pattern is _BASE64 and (_single_case(token) and not _BASE32_BODY.fullmatch(token.rstrip("="))
                                   and not _BASE32_PADDED.fullmatch(token)
                                   or not token.strip(_HEX_AND_HYPHEN)):
            continue  # a path, a word, a number, a UUID
        if pattern is _HEX and _one_short_run(token):
            continue  # an MPAN, a number: hex digits run together match only as 8 bytes or more, whole
        for match in pattern.finditer(text, max(start - 1, 0), min(end + 1, len(text))):
            yield match


_BLANK_AFTER = 32  # places of one token, after which its others are blanked out of the view


_NUMPY_FROM = 20_000  # bytes; below this a loop over the occurrences is quicker than loading numpy


def _blank(runs: bytearray, raw: bytes, token: bytes, after: int) -> None:
    """Write "." into ``runs`` wherever ``token`` occurs in ``raw`` from ``after`` on (left to right, not
    overlapping): the scan has passed what stands before. A few occurrences are blanked one by one; many
    (a word on every line of a log has tens of thousands) are marked by ``bytes.replace`` and blanked by
    one numpy assignment into the bytearray. (Each blanking reads only what is left of the text: a dense
    text has thousands of repeated words, and reading the whole of it for each was most of its cost.)"""
    size = len(token)
    if len(raw) - after < _NUMPY_FROM or raw.count(token, after) < _MANY_OCCURRENCES:
        dots = b"." * size
        at = raw.find(token, after)
        while at >= 0:
            runs[at:at + size] = dots
            at = raw.find(token, at + size)
        return
    import numpy

    marked = numpy.frombuffer(raw[after:].replace(token, b"\x00" * size), dtype=numpy.uint8)
    numpy.frombuffer(runs, dtype=numpy.uint8)[after:][marked == 0] = 46  # a NUL the text had is "." already


_MANY_OCCURRENCES = 64  # below this, blanking each occurrence by itself is quicker than a numpy pass


_HEX_DIGITS = "0123456789abcdefABCDEF"


def _one_short_run(token: str) -> bool:
    """A hex token that _HEX cannot match: one run of hex digits (spaces at most around it), so not
    "0x...", spaced pairs or "\\x" escapes, and an odd number of them or fewer than 16. Run together,
    hex digits match only whole (no letter or digit may stand either side) and in pairs."""
    core = token.strip(" ")
    return not core.strip(_HEX_DIGITS) and (len(core) % 2 == 1 or len(core) < 16)


def _single_case(token: str) -> bool:
    """Unpadded and all one case: base64 of anything readable mixes capitals and small letters."""
    return not token.endswith("=") and (token.lower() == token or token.upper() == token)


@functools.lru_cache(maxsize=8)
def _class_table(alphabet: str) -> bytes:
    """A ``bytes.translate`` table: the alphabet's characters become "b", every other byte "."."""
    return bytes(98 if chr(c) in alphabet else 46 for c in range(256))


# Bytes as a list of hex pairs with commas: a Windows registry export's binary values ("=hex(2):31,00,34,00,…", a long
# one continued over lines with "\\"), a C or C# byte array ("{ 0x31, 0x34, … }"). A bare list of two-digit numbers
# is often decimal (a CSV row), so a list is taken after a registry value's "hex…:" or with "0x" before each pair
_HEX_LIST = re.compile(r"(?:(?<=hex:)|(?<=hex\([0-9a-fA-F]\):)|(?<=hex\([0-9a-fA-F]{2}\):))[0-9A-Fa-f]{2}"
                       r"(?:[ \t]*(?:,[ \t]*(?:\\\r?\n[ \t]*)?|\\\r?\n[ \t]*,[ \t]*)[0-9A-Fa-f]{2}){5,}(?![0-9A-Za-z])"
                       r"|(?<![0-9A-Za-z])0[xX][0-9A-Fa-f]{2}(?:[ \t]*,[ \t]*(?:\r?\n[ \t]*)?0[xX][0-9A-Fa-f]{2}){5,}(?![0-9A-Za-z])")


def _hex_list(blob: str) -> bytes | None:
    """The bytes of a hex list, as text a reader would take them for: a registry string is UTF-16 with NULs
    ending it (and between the strings of a multi-string value), which are read as line ends here."""
    try:
        data = bytes.fromhex(re.sub(r"0[xX]|[\s,\\]", "", blob))
    except ValueError:
        return None
    if len(data) >= 4 and len(data) % 2 == 0 and data[1::2].count(0) >= 0.9 * (len(data) // 2):
        data = data.decode("utf-16-le", errors="replace").replace("\x00", "\n").strip("\n").encode("utf-8")
    return data.strip(b"\x00")


# characters written as their decimal codes, six or more printable ones in a list: an Erlang binary
# ("<<50,49,51,...>>"), a byte array printed by a program ("[49, 51, 57, ...]")
_CODE = r"(?:3[2-9]|[4-9]\d|1[01]\d|12[0-6])"
# (a list in its brackets or quotes, or a key's value: a CSV row of small numbers is no text)
_CHAR_CODES = re.compile(rf"(?<=[<\[{{(\"'=:])[ ]?{_CODE}(?:[ ]?,[ ]?{_CODE}){{5,}}(?=[ ]?[>\]}})\"'\s;&]|$)")


# (starting with the comma, a literal the regex engine skips to: a log of megabytes with none is passed at once)
_A_CODE_LIST = re.compile(r",[ ]?\d\d[ ]?,[ ]?\d\d[ ]?,")


def _char_codes(blob: str) -> bytes | None:
    return bytes(int(code) for code in blob.replace(" ", "").split(","))


def find_encoded(text: str, find: Finder, depth: int = 0) -> list[Finding]:
    """Spans of ``text`` that are encoded blobs holding an identifier (found by ``find``, which is
    given the decoded text and the depth to pass on)."""
    if depth >= MAX_DEPTH:
        return []
    out: list[Finding] = []
    for pattern, decode in ((_BASE64, _base64), (_HEX, _hex), (_CHAR_CODES, _char_codes), (_ASCII85, _ascii85),
                            (_BASE64_IN_A_NAME, _base64), (_HEX_LIST, _hex_list)):
        matches = _blobs(text, pattern) if pattern in (_BASE64, _HEX) else _CHAR_CODES.finditer(text) \
            if pattern is _CHAR_CODES and _A_CODE_LIST.search(text) else _ASCII85.finditer(text) \
            if pattern is _ASCII85 and "<~" in text else _BASE64_IN_A_NAME.finditer(text) \
            if pattern is _BASE64_IN_A_NAME and len(text) < _NAMES_READ_BELOW else _HEX_LIST.finditer(text) \
            if pattern is _HEX_LIST and ("hex" in text or "0x" in text or "0X" in text) else iter(())
        for match in matches:
            blob = match.group()
            decoded = None
            start = match.start()
            if pattern is _BASE64_IN_A_NAME:
                offset, decoded = _named_blob(blob)
                if decoded is None:
                    continue
                start += offset
            if pattern is _BASE64:
                if _HEX_OR_HYPHEN.fullmatch(blob) and not blob.isdigit():
                    continue  # a UUID or a digest (the hex pass reads hex)
                if _BASE32_BODY.fullmatch(blob.rstrip("=")) or blob.endswith("=") and _BASE32_PADDED.fullmatch(blob):
                    # one case, A-Z and 2-7: base32 when it decodes to text (a word in capitals does not)
                    data = _base32(blob[:_LIMIT])
                    decoded = _as_text(data) if data is not None else None
                if decoded is None and _single_case(blob):
                    continue  # a path, a word, a number
            if decoded is None:
                data = decode(blob[:_LIMIT])
                if data is None:
                    continue
                # (only base64's and Ascii85's bytes are read compressed: a harness compresses a payload before
                # it encodes it so)
                decoded = _readable(data) if pattern in (_BASE64, _ASCII85) else _as_text(data)
                if decoded is None and pattern is not _CHAR_CODES:
                    decoded = _strings(data)  # binary: what text it carries (a blob with any is replaced whole)
            if decoded is None or (pattern is _BASE64 and not _MOSTLY_LETTERS.search(decoded)
                                   and not any(c.isdigit() for c in decoded)):
                continue
            inner = find(decoded, depth + 1)
            if not inner and len(decoded) <= _IN_PLACE:
                inner = _read_in_place(text, start, match.end(), decoded, find, depth)
            if not inner and _BARE_SUPPLY_NUMBER.fullmatch(decoded.strip()):
                # a number of an MPRN's length encoded ("hex dump 36393534303636353130", base32 "HA4DKOJRGU4DGNRY"):
                # no one encodes a count so; masked, as a number the reader of the dump sees at once
                inner = [Finding(0, len(decoded), Kind.MPRN, "encoded")]
            if inner:
                out.append(Finding(start, match.end(), inner[0].kind, "encoded"))
    # a blob is decoded at its first place only (see _blobs): its other places are masked here, the same
    # blob in a request's line and in its upstream's ("?q=eyJtcGFu…" twice), which no value propagation
    # finds (a blob has no identifier's shape)
    for blob, kind in {text[f.start:f.end]: f.kind for f in out}.items():
        at = text.find(blob)
        while at >= 0:
            out.append(Finding(at, at + len(blob), kind, "encoded"))
            at = text.find(blob, at + len(blob))
    return out


# A MIME part's base64 body: lines of one length (76 characters, or 64), the last one shorter. A value
# that straddles a line break is in neither line's blob: the block is decoded whole.
_BASE64_BLOCK = re.compile(r"(?m)^(?:[A-Za-z0-9+/]{40,100}\r?\n){2,}[A-Za-z0-9+/]*={0,2}(?=\r?$)")
# A hex dump's line: xxd ("00000010: 3033 3033 …  030361","chf") or hexdump -C ("00000010  30 33 30 33 …  |030361|"):
# its offset, the bytes in hex, and the same bytes as characters
# (or IBM MQ's amqsbcg, its characters in quotes: "00000000:  7B22 6D70 616E 223A   '{"mpan":'")
_DUMP_LINE = re.compile(r"(?m)^[ ]{0,8}(?P<offset>[0-9a-fA-F]{6,8}):?(?P<hex>(?:[ ]{1,2}[0-9a-fA-F]{2,4}){1,16})[ ]{2,}"
                        r"(?P<chars>\|.{1,16}?\||'.{1,16}?'|.{1,16}?)[ \t]*\r?$")


# A uuencoded file (a mail attachment, a mainframe transfer): "begin 644 site.txt", lines each opening with their
# length's character, "`" and "end"
_UU_BLOCK = re.compile(r"(?m)^begin[ \t]+[0-7]{3,4}[ \t]+[^\r\n]+\r?\n(?P<body>(?:[!-`][ -`]*\r?\n){1,100000}?)"
                       r"(?:`[ \t]*\r?\n)?end[ \t]*\r?$")


def _uudecoded(body: str) -> bytes | None:
    try:
        return b"".join(binascii.a2b_uu(line) for line in body.splitlines() if line)
    except binascii.Error:
        return None


def find_blocks(text: str, find: Finder, depth: int = 0) -> list[Finding]:
    """Spans of ``text`` that are an encoding over several lines holding an identifier: a base64 body
    (masked whole), a uuencoded file (its lines masked; "begin" and its file name stay) and a hex dump (its
    bytes and its characters masked, line by line; the offsets stay)."""
    if depth >= MAX_DEPTH:
        return []
    out: list[Finding] = []
    # (a body in base64 is a MIME part's, which says so: a megabyte log is not searched for one)
    if text.count("\n") >= 2 and ("base64" in text or "BASE64" in text or "Base64" in text):
        for match in _BASE64_BLOCK.finditer(text):
            decoded = _readable(_base64(re.sub(r"\s", "", match.group())[:_LIMIT]))  # (a gzip attachment too)
            if decoded is not None and (inner := find(decoded, depth + 1)):
                out.append(Finding(match.start(), match.end(), inner[0].kind, "encoded"))
    if "begin " in text and "\nend" in text:
        for match in _UU_BLOCK.finditer(text):
            decoded = _readable(_uudecoded(match.group("body")[:_LIMIT]))
            if decoded is not None and (inner := find(decoded, depth + 1)):
                body = match.group("body").rstrip("\r\n")  # (its last line break stays: "`" and "end" keep their lines)
                out.append(Finding(match.start("body"), match.start("body") + len(body), inner[0].kind, "encoded"))
    if _MAY_HOLD_A_DUMP(text):
        lines = list(_DUMP_LINE.finditer(text))
        runs: list[list[re.Match[str]]] = []
        for line in lines:  # consecutive lines of a dump
            if runs and text.count("\n", runs[-1][-1].end(), line.start()) <= 1:
                runs[-1].append(line)
            else:
                runs.append([line])
        for run in runs:
            try:
                data = bytes.fromhex("".join(re.sub(r"\s", "", line.group("hex")) for line in run))
            except ValueError:
                continue  # groups of odd length: no dump
            decoded = data.decode("utf-8", errors="replace")
            if (inner := find(decoded, depth + 1)):
                for line in run:
                    out.append(Finding(*line.span("hex"), inner[0].kind, "encoded"))
                    out.append(Finding(*line.span("chars"), inner[0].kind, "encoded"))
    return out


def _MAY_HOLD_A_DUMP(text: str) -> bool:  # noqa: N802 - read as the test it is
    """A dump's first line is at offset zero, and its columns are two blanks apart."""
    return "00000000" in text and "  " in text


def dump_offsets(text: str) -> list[tuple[int, int]]:
    """The offsets of a hex dump's lines ("00000010:"): positions in a file, no one's number."""
    if not _MAY_HOLD_A_DUMP(text):
        return []
    return [m.span("offset") for m in _DUMP_LINE.finditer(text)]


_BARE_SUPPLY_NUMBER = re.compile(r"\d{6,10}")
_IN_PLACE = 80  # a decoded value this short is also read where it stands (see _read_in_place)
_BEFORE, _AFTER = 200, 60  # how much of the text around it is read with it


def _read_in_place(text: str, start: int, end: int, decoded: str, find: Finder, depth: int) -> list[Finding]:
    """What a short decoded value is when read where its blob stands: a bare "6954066510" is nothing alone,
    but an MPRN in ``<GasSupplyPoint>``, after ``mprn`` or under a key ``supplyPoint``. The blob's line
    (and the line before it: a label above its value) is read with the decoded value in the blob's place;
    a finding on the value says what the blob holds."""
    line_start = text.rfind("\n", 0, start)
    line_start = text.rfind("\n", max(0, start - _BEFORE), max(line_start, 0)) + 1 if line_start >= 0 else 0
    line_end = text.find("\n", end, end + _AFTER)
    before = text[max(line_start, start - _BEFORE):start]
    after = text[end:line_end if line_end >= 0 else end + _AFTER]
    at, until = len(before), len(before) + len(decoded)
    return [f for f in find(before + decoded + after, depth + 1) if f.start < until and at < f.end]
