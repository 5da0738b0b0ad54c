"""Hostile input for the importers and for `attest redact` / `attest scan` (issue 16, "Bounded input").

Two sources, both deterministic for a seed:

- :func:`mutations`: a seeded mutator over the valid example files of each importer format (the shipped
  examples, plus a workbook with shared strings). Text formats get byte and line edits and tokens that
  mean something to their parser (YAML anchors and tags, CSV quotes and separators, HTML); an .xlsx is
  either damaged as a file (bytes flipped, cut) or, more often, opened, one of its parts edited as text
  (XML tokens, entities, huge row and column numbers) and packed again, so that the container stays
  valid and the content inside it is what is wrong.
- :func:`bombs`: crafted inputs, each built to cost the machine far more than its size: zip bombs (honest
  and lying headers, a high ratio below the size limit), a truncated deflate stream, billion laughs and
  external entities in a sheet, a million rows, a long cell, a huge pixel count in a tiny PNG, YAML alias
  bombs and deep nesting, and the same for what `redact` and `scan` read.

:func:`run` puts one input through the real command line entry point (``attest.cli.main.main``) in this
process and says what came of it: exit status, time, the messages on standard error, and the workspace's
case count before and after. Used by tests/test_hostile_input.py (a sample, bounded in time) and
benchmarks/hostile_input.py (thousands, with time and memory measured).

A third source (issue 18, "One clear line"), :func:`sweep_inputs`: each kind of input that has broken a
message or the gate before, fed to every command that takes a file (`import`, `redact`, `scan`,
`run step --attach` and `--payload`, `register import`) by :func:`sweep`: lone surrogates (escaped and as
raw bytes), UTF-16 and UTF-32 text with and without a byte-order mark cut in the middle of its last
character, control characters, a 100 KB cell, a 30,000 × 30,000 PNG of a few bytes, truncated PNG and JPEG
files and an animated PNG. Every one holds an MPAN, which no message, copy or stored item may then hold.
"""

from __future__ import annotations

import contextlib
import io
import random
import sqlite3
import struct
import time
import warnings
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "core" / "examples"
FORMATS = ("ado-csv", "alm-excel", "attest", "cactus")
SUFFIX = {"ado-csv": ".csv", "alm-excel": ".xlsx", "attest": ".yaml", "cactus": ".yaml"}
MB = 1024 * 1024


@dataclass(frozen=True)
class Hostile:
    """One input: what it is, the importer (or command) it is aimed at, and how to run it."""

    name: str
    group: str  # an importer format, or "redact" / "scan"
    suffix: str
    data: bytes
    command: str = "import"  # "import", "redact" or "scan"
    fmt: str | None = None  # an import's --format, where detection would not pick the importer aimed at


# -- valid examples -----------------------------------------------------------------------------------------

def seeds() -> dict[str, list[tuple[str, bytes]]]:
    """Valid files of each importer format, by format: what the mutator starts from."""
    return {
        "ado-csv": [("ado_test_cases.csv", (EXAMPLES / "ado_test_cases.csv").read_bytes())],
        "alm-excel": [("alm_design_steps.xlsx", (EXAMPLES / "alm_design_steps.xlsx").read_bytes()),
                      ("shared_strings.xlsx", shared_strings_workbook())],
        "attest": [("mhhs_qualification.yaml", (EXAMPLES / "mhhs_qualification.yaml").read_bytes())],
        "cactus": [("DER-CLIENT-01.yaml", (EXAMPLES / "DER-CLIENT-01.yaml").read_bytes()),
                   ("DER-SERVER-01.yaml", (EXAMPLES / "DER-SERVER-01.yaml").read_bytes())],
    }


ALM_HEADER = ["Subject", "Test Name", "Type", "Description", "Step Name", "Description", "Expected"]


def shared_strings_workbook(rows: int = 6) -> bytes:
    """An ALM design-steps workbook as Excel writes it: shared strings, a styles part, a number and a date."""
    from datetime import date, datetime

    from openpyxl import Workbook

    book = Workbook()
    book.properties.created = datetime(2026, 1, 1)
    sheet = book.active
    sheet.title = "Design Steps"
    sheet.append(ALM_HEADER + ["Evidence Required"])
    for n in range(1, rows + 1):
        test = f"SIT_TC_{(n + 1) // 2:02d} Shared strings test"
        sheet.append(["Subject\\SIT", test, "MANUAL", "A test", f"Step {n}", f"Do thing {n} on {date(2026, 1, n)}",
                      n * 10, "Yes" if n % 2 else ""])
    buffer = io.BytesIO()
    book.save(buffer)
    return _fixed_in_time(buffer.getvalue())


def _fixed_in_time(data: bytes) -> bytes:
    """The package with its save time and its zip entries' times fixed, so that the same seed makes the
    same mutations on any day (openpyxl stamps both with the time of saving)."""
    import re

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-01-01T00:00:00Z", body)
            target.writestr(zipfile.ZipInfo(info.filename, (2026, 1, 1, 0, 0, 0)), body, zipfile.ZIP_DEFLATED)
    return out.getvalue()


# -- the mutator --------------------------------------------------------------------------------------------

_YAML_TOKENS = [b"&a ", b"*a", b"<<: *a\n", b"!!binary ", b"!!set ", b"!!python/object:os.system ", b"- ", b": ",
                b"{", b"}", b"[", b"]", b"\t", b"? ", b"---\n", b"...\n", b"%YAML 1.1\n", b"\x00", b"\xe2\x80\xa8",
                b"\xef\xbb\xbf", b"|\n", b">-\n", b"'", b'"', b"#", b"\\", b"steps: []\n", b"case:\n", b"cases:\n",
                b"  - action: x\n", b"Steps:\n", b"1200023305967", b"\xff\xfe", b"\r", b"@", b"`", b"%"]
_CSV_TOKENS = [b'"', b",", b";", b"\t", b"\r", b"\n", b"\r\n", b'""', b"Test Case", b"Bug", b"<DIV>", b"</DIV>",
               b"<P>", b"&amp;", b"&#x41;", b"<br/>", b"<li>", b"\x00", b"\xef\xbb\xbf", b"1200023305967",
               b"ID,Work Item Type,Title,Test Step,Step Action,Step Expected\n", b"\xff", b"=cmd|' /C calc'!A0",
               b"Evidence Required", b"Test Plan", b"Test Suite"]
_XML_TOKENS = [b"<", b">", b"&", b"&lt;", b"&#0;", b"&#x110000;", b"]]>", b"<![CDATA[", b"<!--", b"-->", b"<?xml ?>",
               b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>', b'<!ENTITY e SYSTEM "file:///etc/passwd">', b"&e;",
               b'<c r="XFD1048576"><v>1</v></c>', b'<row r="1048576"/>', b'r="0"', b'r="-1"', b'r="A"', b't="s"',
               b't="b"', b't="e"', b't="d"', b't="inlineStr"', b"<v>999999</v>", b"<v>-1</v>", b"<v>1e308</v>",
               b"<v>nan</v>", b'<c r="ZZZZ1"/>', b's="99999"', b"<is><t>", b"</t></is>", b"<si>", b"</si>",
               b"\x00", b"\xff", b'xmlns="urn:x"', b"<sheetData>", b"</sheetData>", b'<dimension ref="A1:XFD1048576"/>',
               b'numFmtId="14"', b'<numFmt numFmtId="200" formatCode="yyyy-mm-dd"/>', b"<f>1/0</f>"]
_TOKENS = {"ado-csv": _CSV_TOKENS, "attest": _YAML_TOKENS, "cactus": _YAML_TOKENS, "alm-excel": _XML_TOKENS}


def _edit(data: bytes, rng: random.Random, tokens: list[bytes]) -> bytes:
    """One edit of ``data``: a byte flipped, a span dropped, copied or repeated, a token put in, lines
    swapped or repeated, the file cut, or a value grown long."""
    if not data:
        return rng.choice(tokens)
    op = rng.randrange(12)
    at = rng.randrange(len(data) + 1)
    if op == 0:  # flip a byte
        at = min(at, len(data) - 1)
        return data[:at] + bytes([data[at] ^ (1 << rng.randrange(8))]) + data[at + 1:]
    if op == 1:  # random bytes in
        return data[:at] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 8))) + data[at:]
    if op == 2:  # a span out
        return data[:at] + data[at + rng.randint(1, 64):]
    if op in (3, 4, 5):  # a token in (the likeliest to reach past the parser's first check)
        return data[:at] + rng.choice(tokens) + data[at:]
    if op == 6:  # a span copied elsewhere
        start = rng.randrange(len(data))
        span = data[start:start + rng.randint(1, 200)]
        return data[:at] + span + data[at:]
    lines = data.split(b"\n")
    if op == 7 and len(lines) > 2:  # two lines swapped
        i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
        return b"\n".join(lines)
    if op == 8:  # a line repeated (many rows, many steps)
        i = rng.randrange(len(lines))
        return b"\n".join(lines[:i] + [lines[i]] * rng.choice((2, 10, 300)) + lines[i:])
    if op == 9:  # cut short
        return data[:at]
    if op == 10:  # a value grown long
        return data[:at] + bytes([rng.choice(b"x9 <&")]) * rng.choice((100, 5_000, 150_000)) + data[at:]
    return data[:at] + rng.choice(tokens) * rng.randint(2, 2_000) + data[at:]  # a token many times


def _mutate_text(data: bytes, rng: random.Random, tokens: list[bytes]) -> bytes:
    for _ in range(rng.randint(1, 4)):
        data = _edit(data, rng, tokens)
    return data


def _mutate_xlsx(data: bytes, rng: random.Random) -> bytes:
    """Usually: one part of the workbook edited as XML text and the package written again (stored or
    deflated), so the zip is sound and its content is not; sometimes the file's own bytes."""
    if rng.random() < 0.25:
        return _mutate_text(data, rng, _XML_TOKENS)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        parts = [(info.filename, package.read(info)) for info in package.infolist()]
    names = [name for name, _ in parts]
    weights = [8 if "worksheets/" in n else 5 if "sharedStrings" in n else 3 if n.endswith(("workbook.xml", ".rels"))
               else 2 if "styles" in n or "Content_Types" in n else 1 for n in names]
    target = rng.choices(range(len(parts)), weights)[0]
    roll = rng.random()
    if roll < 0.05:
        del parts[target]  # a part missing
    elif roll < 0.08:
        parts.append(parts[target])  # a part twice
    else:
        name, body = parts[target]
        parts[target] = (name, _mutate_text(body, rng, _XML_TOKENS))
    out = io.BytesIO()
    method = rng.choice((zipfile.ZIP_DEFLATED, zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED))
    with zipfile.ZipFile(out, "w", method) as package, warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # "Duplicate name": a part twice is what is wanted
        for name, body in parts:
            package.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), body, compress_type=method)
    return out.getvalue()


def mutations(fmt: str, count: int, seed: int = 16) -> Iterator[Hostile]:
    """``count`` mutated files of importer format ``fmt``, the same for the same seed."""
    rng = random.Random(f"{seed}:{fmt}")
    sources = seeds()[fmt]
    for n in range(count):
        name, data = sources[n % len(sources)]
        mutated = _mutate_xlsx(data, rng) if fmt == "alm-excel" else _mutate_text(data, rng, _TOKENS[fmt])
        stem = Path(name).stem
        yield Hostile(f"{stem} mutation {n}", fmt, SUFFIX[fmt], mutated)


# -- zips built by hand ----------------------------------------------------------------------------------------

def deflate_repeated(chunk: bytes, times: int, prefix: bytes = b"") -> tuple[bytes, int]:
    """A raw deflate stream of ``prefix`` then ``chunk`` repeated ``times`` (and its CRC-32), built without
    compressing the whole: after a full flush the compressor's output for the same input is the same bytes."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = compressor.compress(prefix) + compressor.flush(zlib.Z_FULL_FLUSH) if prefix else b""
    first = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    again = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    third = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    assert again == third
    stream = head + first + again * (times - 1) + compressor.flush()
    crc = zlib.crc32(prefix)
    for _ in range(times):
        crc = zlib.crc32(chunk, crc)
    return stream, crc


@dataclass(frozen=True)
class RawPart:
    name: str
    payload: bytes  # as stored in the zip (deflated or not)
    crc: int
    size: int  # what the headers say it inflates to
    method: int = zipfile.ZIP_DEFLATED


def raw_part(name: str, body: bytes, *, stored: bool = False) -> RawPart:
    if stored:
        return RawPart(name, body, zlib.crc32(body), len(body), zipfile.ZIP_STORED)
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    return RawPart(name, compressor.compress(body) + compressor.flush(), zlib.crc32(body), len(body))


def raw_zip(parts: list[RawPart]) -> bytes:
    """A zip written field by field, so that its headers say whatever the parts say (sizes that lie)."""
    out = io.BytesIO()
    central = []
    for part in parts:
        name = part.name.encode("utf-8")
        offset = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, part.method, 0, 0x5821, part.crc,
                              len(part.payload), part.size, len(name), 0) + name + part.payload)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, part.method, 0, 0x5821, part.crc,
                                   len(part.payload), part.size, len(name), 0, 0, 0, 0, 0, offset) + name)
    start = out.tell()
    directory = b"".join(central)
    out.write(directory)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(parts), len(parts), len(directory), start, 0))
    return out.getvalue()


def _xlsx_parts(sheet: bytes | RawPart, shared: bytes | None = None) -> list[RawPart]:
    """The parts of a minimal workbook around ``sheet`` (XML, or a part already built)."""
    types = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
             b'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships'
             b'+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
             b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override '
             b'PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
             b'spreadsheetml.worksheet+xml"/>'
             + (b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
                b'officedocument.spreadsheetml.sharedStrings+xml"/>' if shared is not None else b"") + b"</Types>")
    rels = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            b'2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            b'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    workbook = (b'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
                b'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                b'<sheets><sheet name="Design Steps" sheetId="1" r:id="rId1"/></sheets></workbook>')
    book_rels = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                 b'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                 b'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                 + (b'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                    b'sharedStrings" Target="sharedStrings.xml"/>' if shared is not None else b"")
                 + b"</Relationships>")
    parts = [raw_part("[Content_Types].xml", types), raw_part("_rels/.rels", rels),
             raw_part("xl/workbook.xml", workbook), raw_part("xl/_rels/workbook.xml.rels", book_rels)]
    if shared is not None:
        parts.append(raw_part("xl/sharedStrings.xml", shared))
    parts.append(sheet if isinstance(sheet, RawPart) else raw_part("xl/worksheets/sheet1.xml", sheet))
    return parts


_SHEET_HEAD = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
               b'spreadsheetml/2006/main"><sheetData>')
_SHEET_TAIL = b"</sheetData></worksheet>"


def _cell(ref: str, text: bytes) -> bytes:
    return b'<c r="' + ref.encode() + b'" t="inlineStr"><is><t>' + text + b"</t></is></c>"


def _header_row() -> bytes:
    return b'<row r="1">' + b"".join(_cell(f"{chr(65 + i)}1", name.encode()) for i, name in enumerate(ALM_HEADER)) \
        + b"</row>"


def _step_row(n: int, action: bytes = b"Do it") -> bytes:
    values = [b"Subject", f"TC_{n:06d} Bomb".encode(), b"MANUAL", b"", f"Step {n}".encode(), action, b"Done"]
    return f'<row r="{n}">'.encode() + b"".join(_cell(f"{chr(65 + i)}{n}", v) for i, v in enumerate(values)) + b"</row>"


def sheet_xml(rows: list[bytes], head: bytes = _SHEET_HEAD) -> bytes:
    return head + _header_row() + b"".join(rows) + _SHEET_TAIL


def xlsx(sheet: bytes | RawPart, shared: bytes | None = None, *, stored: bool = False) -> bytes:
    """A workbook around ``sheet``; ``stored``: the sheet not compressed, so that no ratio check stops it
    before the limit it is aimed at."""
    if stored and isinstance(sheet, bytes):
        sheet = raw_part("xl/worksheets/sheet1.xml", sheet, stored=True)
    return raw_zip(_xlsx_parts(sheet, shared))


_LAUGHS = (b'<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">'
           + b"".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'.encode() for i in range(9))
           + b"]>")
_EXTERNAL = b'<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>'


def _huge_sheet(size: int, *, lie: int | None = None, name: str = "xl/worksheets/sheet1.xml") -> RawPart:
    """A part of about ``size`` bytes of rows deflated about a thousandfold (``lie``: the size its headers
    give instead). It is never meant to be read whole, and does not end as XML should."""
    chunk = b"".join(b'<row><c t="inlineStr"><is><t>x</t></is></c></row>' for _ in range(20_000))
    times = max(1, size // len(chunk))
    payload, crc = deflate_repeated(chunk, times, _SHEET_HEAD)
    total = len(_SHEET_HEAD) + times * len(chunk)
    return RawPart(name, payload, crc, total if lie is None else lie)


def _png(width: int, height: int) -> bytes:
    """A PNG header claiming ``width`` × ``height`` one-bit pixels, with a token of image data."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")


def _docx(document: bytes | RawPart) -> bytes:
    types = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
             b'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
    part = document if isinstance(document, RawPart) else raw_part("word/document.xml", document)
    return raw_zip([raw_part("[Content_Types].xml", types), part])


def _yaml_laughs(top: bytes = b"attest: 1\ncase:\n  reference: A\n  title: t\n  steps: [x]\n") -> bytes:
    lines = [b'l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        lines.append(f"l{i}: &l{i} [{','.join([f'*l{i - 1}'] * 9)}]".encode())
    return top + b"\n".join(lines) + b"\n"


def _ado_rows(rows: int, action: bytes = b"do") -> bytes:
    head = b"ID,Work Item Type,Title,Test Step,Step Action,Step Expected\n1,Test Case,TC_1 Bomb,,,\n"
    return head + b"".join(b",,,1," + action + b",done\n" for _ in range(rows))


def bombs() -> list[Hostile]:
    """Every crafted input, by group. Sizes are chosen to be far past a limit while cheap to build."""
    out: list[Hostile] = []

    def add(name: str, group: str, data: bytes, command: str = "import", suffix: str | None = None) -> None:
        out.append(Hostile(name, group, suffix or SUFFIX.get(group, ".bin"), data, command))

    # .xlsx
    add("zip bomb: a 1 GB sheet in 1 MB", "alm-excel", xlsx(_huge_sheet(1024 * MB)))
    add("zip bomb whose headers say 40 KB", "alm-excel", xlsx(_huge_sheet(512 * MB, lie=40_000)))
    zeros, crc = deflate_repeated(b"\x00" * MB, 30)
    add("ratio bomb: 30 MB of zeros in 30 KB", "alm-excel",
        raw_zip(_xlsx_parts(sheet_xml([_step_row(2)])) + [RawPart("xl/media/zeros.bin", zeros, crc, 30 * MB)]))
    add("billion laughs in a sheet", "alm-excel",
        xlsx(_SHEET_HEAD.replace(b"<worksheet", _LAUGHS + b"<worksheet", 1)
             + _header_row() + _step_row(2, b"&j;") + _SHEET_TAIL))
    add("external entity in a sheet", "alm-excel",
        xlsx(_SHEET_HEAD.replace(b"<worksheet", _EXTERNAL + b"<worksheet", 1)
             + _header_row() + _step_row(2, b"&xxe;") + _SHEET_TAIL))
    add("billion laughs in shared strings", "alm-excel",
        xlsx(sheet_xml([_step_row(2)]), shared=b'<?xml version="1.0"?>' + _LAUGHS.replace(b"worksheet", b"sst")
             + b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&j;</t></si></sst>'))
    add("malformed XML in a sheet", "alm-excel", xlsx(sheet_xml([_step_row(2)])[:-40]))
    add("malformed shared strings", "alm-excel",
        xlsx(sheet_xml([_step_row(2)]), shared=b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                                               b'main"><si><t>Subject</t></si><si><t>unclosed</sst>'))
    add("a shared string index past the table", "alm-excel",
        xlsx(sheet_xml([b'<row r="2"><c r="A2" t="s"><v>999999</v></c></row>']),
             shared=b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>x</t></si></sst>'))
    good = sheet_xml([_step_row(n) for n in range(2, 200)])
    part = raw_part("xl/worksheets/sheet1.xml", good)
    add("truncated deflate stream in a sheet", "alm-excel",
        raw_zip(_xlsx_parts(RawPart(part.name, part.payload[:len(part.payload) // 2], part.crc, part.size))))
    add("corrupt deflate stream in a sheet", "alm-excel",
        raw_zip(_xlsx_parts(RawPart(part.name, part.payload[:40] + b"\xff" * 16 + part.payload[56:], part.crc,
                                    part.size))))
    add("3,000 parts", "alm-excel",
        raw_zip(_xlsx_parts(sheet_xml([_step_row(2)])) + [raw_part(f"xl/extra/{n}.xml", b"<x/>") for n in range(3000)]))
    add("a cell at XFD3", "alm-excel",
        xlsx(sheet_xml([_step_row(2), b'<row r="3"><c r="XFD3" t="inlineStr"><is><t>x</t></is></c></row>'])))
    add("a row numbered 1048576", "alm-excel", xlsx(sheet_xml([_step_row(2), b'<row r="1048576"/>'])))
    add("a 1 MB cell", "alm-excel", xlsx(sheet_xml([_step_row(2, b"x" * MB)]), stored=True))
    add("250,000 cells", "alm-excel",
        xlsx(sheet_xml([b"<row>" + b"<c><v>1</v></c>" * 250 + b"</row>"] * 1000), stored=True))
    add("a million empty rows", "alm-excel", xlsx(sheet_xml([b"<row/>"] * 1_000_000), stored=True))
    add("2 million elements in one cell", "alm-excel",
        xlsx(sheet_xml([_step_row(2, b"<r/>" * 2_000_000)]), stored=True))
    add("regex bomb in a cell", "alm-excel", xlsx(sheet_xml([_step_row(2, b"&lt;div" * 20_000)])))
    add("a legacy .xls", "alm-excel", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000)
    # Azure DevOps CSV
    add("300,000 rows", "ado-csv", _ado_rows(300_000))
    add("a 1 MB cell", "ado-csv", _ado_rows(1, b'"' + b"x" * MB + b'"'))
    add("a 120,000-character cell", "ado-csv", _ado_rows(1, b"x" * 120_000))
    add("20,000 columns", "ado-csv", _ado_rows(1) + b"," * 20_000 + b"\n")
    add("an unterminated quote over 5 MB", "ado-csv", _ado_rows(1, b'"' + b"x\n" * (2 * MB + MB // 2)))
    add("17 MB file", "ado-csv", _ado_rows(17 * MB // 9))
    add("regex bomb in a cell", "ado-csv", _ado_rows(1, b"<div" * 24_000))
    # Attest YAML
    add("billion laughs", "attest", _yaml_laughs())
    merges = b"base: &b {a: 1, b: 2}\n" + b"".join(f"m{n}: {{!!merge <<: *b}}\n".encode() for n in range(400))
    add("400 merge keys", "attest", b"attest: 1\ncase:\n  reference: A\n  title: t\n  steps: [x]\n" + merges)
    add("a long value repeated through aliases", "attest",
        b'attest: 1\ncase:\n  reference: A\n  title: t\n  steps: [x]\nv: &v "' + b"x" * 90_000 + b'"\n'
        + b"w: &w [" + b",".join([b"*v"] * 300) + b"]\nz: [" + b",".join([b"*w"] * 300) + b"]\n")
    add("100,000 nested flow lists", "attest", b"attest: 1\ncase: " + b"[" * 100_000 + b"]" * 100_000 + b"\n")
    out.append(Hostile("deeply nested JSON", "attest", ".json",
                       b'{"attest": 1, "case": ' + b'{"a": ' * 50_000 + b"1" + b"}" * 50_001 + b"\n", fmt="attest"))
    add("300 nested block mappings", "attest",
        b"attest: 1\n" + b"".join(b" " * i + b"a:\n" for i in range(300)))
    add("a 2 MB value", "attest", b"attest: 1\ncase:\n  reference: A\n  title: " + b"x" * (2 * MB) + b"\n  steps: [x]\n")
    add("300,000 values", "attest", b"attest: 1\ncases: [" + b"a," * 300_000 + b"]\n")
    add("17 MB file", "attest", b"attest: 1\n" + b"# padding\n" * (17 * MB // 10))
    # cactus
    add("billion laughs", "cactus", _yaml_laughs(b"Description: d\nSteps:\n  S1: {instructions: [x]}\n"))
    add("deep nesting", "cactus", b"Description: d\nSteps: " + b"{a: " * 5_000 + b"1" + b"}" * 5_000 + b"\n")
    # what `redact` and `scan` read
    for command in ("redact", "scan"):
        add(f"{command}: a 100,000 × 100,000 PNG in 200 bytes", command, _png(100_000, 100_000), command, ".png")
        add(f"{command}: a 6,000 × 6,000 PNG (past the limit, under twice it)", command, _png(6_000, 6_000), command,
            ".png")
        add(f"{command}: deeply nested JSON", command, b"[" * 200_000 + b"]" * 200_000, command, ".json")
        add(f"{command}: billion laughs XML", command,
            b'<?xml version="1.0"?>' + _LAUGHS.replace(b"worksheet", b"r") + b"<r><mpan>&j;</mpan></r>", command, ".xml")
        add(f"{command}: external entity XML", command,
            b'<?xml version="1.0"?>' + _EXTERNAL.replace(b"worksheet", b"r") + b"<r><mpan>&xxe;</mpan></r>", command,
            ".xml")
        add(f"{command}: 9 MB of text", command, b"a line of a log\n" * (9 * MB // 16), command, ".log")
    add("scan: a .docx with a 1 GB document part", "scan", _docx(_huge_sheet(1024 * MB, name="word/document.xml")),
        "scan", ".docx")
    add("scan: a .docx whose headers say 40 KB", "scan",
        _docx(_huge_sheet(512 * MB, lie=40_000, name="word/document.xml")), "scan", ".docx")
    add("scan: a .docx of a million paragraphs (6 MB, stored)", "scan",
        _docx(raw_part("word/document.xml", b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
                       b'2006/main"><w:body>' + b"<w:p/>" * 1_000_000 + b"</w:body></w:document>", stored=True)),
        "scan", ".docx")
    add("scan: an SVG of a million elements", "scan",
        b'<svg xmlns="http://www.w3.org/2000/svg">' + b"<g/>" * 1_000_000 + b"</svg>", "scan", ".svg")
    add("scan: a .docx with billion laughs", "scan",
        _docx(b'<?xml version="1.0"?>' + _LAUGHS.replace(b"worksheet", b"w:document")
              + b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
                b"<w:t>&j;</w:t></w:r></w:p></w:body></w:document>"), "scan", ".docx")
    return out



# -- running one through the command line -------------------------------------------------------------------

ALLOWED = {"import": {0, 2}, "redact": {0, 2}, "scan": {0, 1, 2}}  # scan: 1 = findings (or unscannable parts)
MAX_LINE = 300  # every line on standard error, "attest: error: " and the file's name included (issue 18)


@dataclass
class Outcome:
    status: int
    seconds: float
    messages: list[str] = field(default_factory=list)  # each "attest: error:" line, less its prefix and file name
    stray: list[str] = field(default_factory=list)  # standard error lines that are no one-line message of ours
    longest: int = 0  # the longest line on standard error, whole
    output: list[str] = field(default_factory=list)  # standard output's lines (a scan lists what it could not read)
    cases_before: int = 0
    cases_after: int = 0

    def problems(self, hostile: Hostile, max_seconds: float | None = None) -> list[str]:
        """What is wrong with this outcome, in words; empty if nothing is."""
        found = []
        if self.status not in ALLOWED[hostile.command]:
            found.append(f"exit {self.status}")
        if hostile.command == "import" and self.status != 0 and self.cases_after != self.cases_before:
            found.append(f"partial import: {self.cases_before} -> {self.cases_after} case versions")
        if self.status == 2 and not self.messages:
            found.append("exit 2 without an error message")
        if self.longest > MAX_LINE:
            found.append(f"a line of {self.longest} characters")
        found += [f"stray output: {line[:120]!r}" for line in self.stray]
        if max_seconds is not None and self.seconds > max_seconds:
            found.append(f"{self.seconds:.1f} s")
        return found


def case_versions(workspace: Path) -> int:
    """Case versions stored in ``workspace`` (0 before it exists), read without the workspace's own code."""
    db = workspace / "attest.db"
    if not db.exists():
        return 0
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM case_versions").fetchone()[0])
    finally:
        connection.close()


def run(hostile: Hostile, folder: Path, workspace: Path) -> Outcome:
    """``attest import|redact|scan`` of ``hostile`` written into ``folder``, through ``attest.cli.main.main``."""
    from attest.cli.main import main

    path = folder / f"in{hostile.suffix}"
    path.write_bytes(hostile.data)
    args = ["--workspace", str(workspace), hostile.command, str(path)]
    if hostile.fmt is not None:
        args += ["--format", hostile.fmt]
    if hostile.command == "redact":
        args += ["--out", str(folder / "out")]
    before = case_versions(workspace) if hostile.command == "import" else 0
    out, err = io.StringIO(), io.StringIO()
    started = time.perf_counter()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(args)
    seconds = time.perf_counter() - started
    outcome = Outcome(status, seconds, cases_before=before,
                      cases_after=case_versions(workspace) if hostile.command == "import" else 0)
    outcome.longest = max((len(line) for line in err.getvalue().splitlines()), default=0)
    outcome.output = out.getvalue().splitlines()
    for line in err.getvalue().splitlines():
        if line.startswith("attest: error: "):
            message = line[len("attest: error: "):]
            for prefix in (f"{path}: ", "in" + hostile.suffix + ": "):
                message = message[len(prefix):] if message.startswith(prefix) else message
            outcome.messages.append(message)
        elif not (line.startswith(("attest: warning: ", f"attest: nothing imported from {path}", f"{path}: ",
                                   "attest: ")) and "Traceback" not in line and "internal error" not in line):
            outcome.stray.append(line)
        elif "internal error" in line or "Traceback" in line:
            outcome.stray.append(line)
    path.unlink()
    return outcome


# -- the sweep: every command that takes a file, and each input that has broken a message before (issue 18) ----

IDENTIFIER = "1200023305967"  # an MPAN (its check digit holds): in every sweep input, and nowhere it leads
SWEEP_COMMANDS = ("import", "redact", "scan", "attach", "payload", "register")
_TEXT_COMMANDS = ("import", "redact", "scan", "attach", "payload")
# each encoding with its byte-order mark; the sweep in tests/ takes each width and byte order once, with and
# without a mark, and the benchmark every combination
ENCODINGS = (("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("utf-32-le", b"\xff\xfe\x00\x00"),
             ("utf-32-be", b"\x00\x00\xfe\xff"))
_SAMPLE = {("utf-16-le", True), ("utf-16-be", False), ("utf-32-le", False), ("utf-32-be", True)}


@dataclass(frozen=True)
class SweepInput:
    """One input of the sweep and the commands it is fed to.

    ``refused``: every command but ``scan`` must refuse it (exit 2): it cannot be read as what it claims to
    be (text cut inside a character, an image past the pixel limit, truncated or animated). Otherwise
    ``redact`` and ``run step`` may also read it (exit 0), as long as what they write holds no identifier."""

    name: str
    suffix: str
    data: bytes
    commands: tuple[str, ...]
    refused: bool = False


_ADO_HEADER = "ID,Work Item Type,Title,Test Step,Step Action,Step Expected\n"
_TEXTS = {  # each kind of text file, holding the identifier, and the commands it goes to
    "JSON": (".json", f'{{"messageType": "IF-031", "mpan": "{IDENTIFIER}", "note": "café"}}\n', _TEXT_COMMANDS),
    "XML": (".xml", f'<?xml version="1.0" encoding="ENCODING"?><msg><mpan>{IDENTIFIER}</mpan><note>café</note></msg>\n',
            _TEXT_COMMANDS),
    "CSV": (".csv", f"{_ADO_HEADER}1,Test Case,TC_1 Send {IDENTIFIER} to the DIP,1,Send it,café\n", _TEXT_COMMANDS),
    "register CSV": (".csv", f"kind,value,reference\nmpan,{IDENTIFIER},MPAN001\n", ("register",)),
    "YAML": (".yaml", f"attest: 1\ncase:\n  reference: TC_9\n  title: Send {IDENTIFIER} to the DIP\n  steps: [café]\n",
             _TEXT_COMMANDS),
}


def _yaml_case(title: bytes) -> bytes:
    return b"attest: 1\ncase:\n  reference: TC_9\n  title: " + title + b"\n  steps: [Send it]\n"


def _drawn(text: str, kind: str, frames: int = 1) -> bytes:
    """A small screenshot-like image of ``text`` (PNG or JPEG; ``frames`` > 1: an animated PNG whose last frame
    holds the text, as a screen recording's would)."""
    from PIL import Image, ImageDraw

    images = [Image.new("RGB", (320, 40), "white") for _ in range(frames)]
    ImageDraw.Draw(images[-1]).text((6, 12), text, fill="black")
    buffer = io.BytesIO()
    if frames > 1:
        images[0].save(buffer, format="PNG", save_all=True, append_images=images[1:], duration=200, loop=0)
    else:
        images[0].save(buffer, format=kind)
    return buffer.getvalue()


def _png_with_text(width: int, height: int, text: str) -> bytes:
    """:func:`_png`'s header of ``width`` × ``height`` pixels with a tEXt comment holding ``text``."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    png = _png(width, height)
    return png[:33] + chunk(b"tEXt", b"Comment\x00" + text.encode("latin-1")) + png[33:]


def sweep_inputs(every_encoding: bool = False) -> list[SweepInput]:
    """The sweep's inputs. ``every_encoding``: all four encodings with and without a byte-order mark for each
    kind of text (the benchmark); else each width and byte order once, with a mark and without (the test)."""
    out: list[SweepInput] = []
    for kind, (suffix, text, commands) in _TEXTS.items():
        for encoding, bom in ENCODINGS:
            for with_bom in (True, False):
                if not every_encoding and (encoding, with_bom) not in _SAMPLE:
                    continue
                data = (bom if with_bom else b"") + text.replace("ENCODING", encoding[:6].upper()).encode(encoding)
                name = f"{kind}, {encoding.upper()}{' with a BOM' if with_bom else ''}, its last character cut"
                out.append(SweepInput(name, suffix, data[:-1], commands, refused=True))
    yaml_commands = _TEXT_COMMANDS
    out += [
        SweepInput('YAML: a lone surrogate escaped ("\\ud800")', ".yaml",
                   _yaml_case(f'"Send {IDENTIFIER} \\ud800 now"'.encode()), yaml_commands),
        SweepInput("YAML: a lone surrogate as raw bytes (ED A0 80)", ".yaml",
                   _yaml_case(f"Send {IDENTIFIER} ".encode() + b"\xed\xa0\x80 now"), yaml_commands),
        SweepInput('JSON: a lone surrogate escaped ("\\ud800")', ".json",
                   f'{{"mpan": "{IDENTIFIER}", "note": "a \\ud800 b"}}\n'.encode(), _TEXT_COMMANDS),
        SweepInput("JSON: a lone surrogate as raw bytes (ED A0 80)", ".json",
                   f'{{"mpan": "{IDENTIFIER}", "note": "a '.encode() + b'\xed\xa0\x80 b"}\n', _TEXT_COMMANDS),
    ]
    for char, label in (("\x07", "BEL"), ("\x1b", "ESC"), ("\x00", "NUL"), ("\x85", "NEL (U+0085)"),
                        ("\ufffe", "U+FFFE")):
        out.append(SweepInput(f"YAML: a control character ({label}) in a title", ".yaml",
                              _yaml_case(f"Send {IDENTIFIER} a{char}b".encode()), yaml_commands))
    for char, label in (("\x07", "BEL"), ("\x1b", "ESC"), ("\x00", "NUL")):
        out.append(SweepInput(f"CSV: a control character ({label}) in a title", ".csv",
                              f"{_ADO_HEADER}1,Test Case,TC_1 Send {IDENTIFIER} a{char}b,1,Send it,Done\n".encode(),
                              _TEXT_COMMANDS))
    out += [
        SweepInput("JSON: a control character (ESC) in a value", ".json",
                   f'{{"mpan": "{IDENTIFIER}", "note": "a\x1b[31mred"}}\n'.encode(), _TEXT_COMMANDS),
        SweepInput("register CSV: a control character (BEL) in a reference", ".csv",
                   f"kind,value,reference\nmpan,{IDENTIFIER},MPAN\x07001\n".encode(), ("register",)),
        SweepInput("xlsx: a control character (NEL) in a cell", ".xlsx",
                   xlsx(sheet_xml([_step_row(2, f"Send {IDENTIFIER} a\u0085b".encode())])),
                   ("import", "redact", "scan", "attach")),
    ]
    cell = f"Send {IDENTIFIER} " + "x" * 102_400 + f" {IDENTIFIER}"
    out += [
        SweepInput("CSV: a 100 KB cell", ".csv", f"{_ADO_HEADER}1,Test Case,TC_1 A,1,{cell},Done\n".encode(),
                   _TEXT_COMMANDS),
        SweepInput("CSV: a 100 KB Work Item Type (a row shifted by a comma)", ".csv",
                   f"{_ADO_HEADER}1,{cell},TC_1 A,1,Send it,Done\n".encode(), ("import",)),
        SweepInput("register CSV: a 100 KB value", ".csv", f"kind,value,reference\nmpan,{cell},MPAN001\n".encode(),
                   ("register",)),
        SweepInput("xlsx: a 100 KB cell", ".xlsx", xlsx(sheet_xml([_step_row(2, cell.encode())]), stored=True),
                   ("import", "scan")),
        SweepInput("JSON: a 100 KB value", ".json", f'{{"mpan": "{IDENTIFIER}", "note": "{cell}"}}\n'.encode(),
                   _TEXT_COMMANDS),
        # (a path of 20,000 short segments and a line of 20,000 place-like words: each "/" once started a base64
        # name's blob read to the end and back, 28 s; the address parts' patterns are tried at every word)
        SweepInput("text: a 100 KB path of short segments", ".txt",
                   (f"MPAN {IDENTIFIER} at /" + "/".join(["AB12"] * 20_000) + "\n").encode(), _TEXT_COMMANDS),
        SweepInput("text: a 100 KB line of bar-joined serials and comma-joined phones", ".txt",
                   (f"MPAN {IDENTIFIER}; " + " ".join(["G4E36|119363 tel 07349,499270"] * 3_500) + "\n").encode(),
                   _TEXT_COMMANDS),
        SweepInput("text: a 100 KB line of place-like words", ".txt",
                   (f"MPAN {IDENTIFIER}; " + " | ".join(["Windrush, Sycamore Gardens"] * 4_000) + "\n").encode(),
                   _TEXT_COMMANDS),
    ]
    images = ("import", "redact", "scan", "attach", "payload")
    screenshot = _drawn(f"MPAN {IDENTIFIER}", "PNG")
    photo = _drawn(f"MPAN {IDENTIFIER}", "JPEG")
    out += [
        SweepInput("PNG: 30,000 × 30,000 pixels in a few bytes", ".png",
                   _png_with_text(30_000, 30_000, f"MPAN {IDENTIFIER}"), images, refused=True),
        SweepInput("PNG: truncated", ".png", screenshot[:len(screenshot) // 2], images, refused=True),
        SweepInput("JPEG: truncated", ".jpg", photo[:len(photo) // 2], images, refused=True),
        SweepInput("PNG: animated", ".png", _drawn(f"MPAN {IDENTIFIER}", "PNG", frames=2), images, refused=True),
    ]
    return out


SWEEP_CASE = b"attest: 1\ncase:\n  reference: SWEEP_TC_01\n  title: Sweep\n  steps: [One, Two, Three]\n"


@dataclass
class SweepOutcome:
    command: str
    status: int
    stdout: str
    stderr: str
    seconds: float
    problems: list[str] = field(default_factory=list)

    @property
    def error(self) -> str:
        """The first "attest: error:" line, or ""."""
        return next((line for line in self.stderr.splitlines() if line.startswith("attest: error: ")), "")


def _cli(args: list[str]) -> tuple[int, str, str, float]:
    from attest.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    started = time.perf_counter()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(args)
    return status, out.getvalue(), err.getvalue(), time.perf_counter() - started


def sweep_workspace(workspace: Path, folder: Path) -> int:
    """A workspace holding one case of three steps and a run of it, started; the run's id."""
    case = folder / "sweep_case.yaml"
    case.write_bytes(SWEEP_CASE)
    status, _out, err, _s = _cli(["--workspace", str(workspace), "import", str(case)])
    assert status == 0, err
    status, out, err, _s = _cli(["--workspace", str(workspace), "run", "start", "SWEEP_TC_01"])
    assert status == 0, err
    return int(out.strip())


def sweep(entry: SweepInput, folder: Path, workspace: Path, run_id: int) -> list[SweepOutcome]:
    """Feed ``entry`` to each of its commands and judge each outcome (see :func:`_judge`)."""
    from leakcheck import leaks, workspace_bytes

    path = folder / f"input{entry.suffix}"
    path.write_bytes(entry.data)
    outcomes = []
    for command in entry.commands:
        out_dir = folder / f"out-{command}"
        args = {"import": ["import", str(path)], "redact": ["redact", str(path), "--out", str(out_dir)],
                "scan": ["scan", str(path)], "register": ["register", "import", str(path)],
                "attach": ["run", "step", str(run_id), "--status", "passed", "--attach", str(path)],
                "payload": ["run", "step", str(run_id), "--status", "passed", "--payload", str(path)]}[command]
        status, stdout, stderr, seconds = _cli(["--workspace", str(workspace), *args])
        outcome = SweepOutcome(command, status, stdout, stderr, seconds)
        outcome.problems = _judge(entry, outcome, path)
        if status == 0 and command == "redact":
            written = b"".join(p.read_bytes() for p in out_dir.glob("*") if p.is_file())
            outcome.problems += [f"the redacted copy holds {leaked}" for leaked in leaks(written)]
        if status == 0 and command in ("attach", "payload"):
            outcome.problems += [f"the workspace holds {leaked}" for leaked in leaks(workspace_bytes(workspace))]
        outcomes.append(outcome)
    path.unlink()
    return outcomes


def _judge(entry: SweepInput, outcome: SweepOutcome, path: Path) -> list[str]:
    """What is wrong with one command's outcome: the exit status expected of it; at most one error line (exactly
    one on exit 2); every line on standard error at most MAX_LINE characters; no traceback, no "internal
    error"; no identifier in anything printed; and for `scan`, the file listed, as UNSCANNABLE or with what was
    found in it."""
    from leakcheck import leaks

    found = []
    printed = outcome.stdout + outcome.stderr
    if outcome.command == "scan":
        expected = {1}
    elif outcome.command in ("import", "register") or entry.refused:
        expected = {2}
    else:
        expected = {0, 2}
    if outcome.status not in expected:
        found.append(f"exit {outcome.status}, expected {' or '.join(map(str, sorted(expected)))}")
    errors = [line for line in outcome.stderr.splitlines() if line.startswith("attest: error: ")]
    if len(errors) > 1:
        found.append(f"{len(errors)} error lines")
    if outcome.status == 2 and not errors:
        found.append("exit 2 without an error line")
    found += [f"a line of {len(line)} characters on standard error" for line in outcome.stderr.splitlines()
              if len(line) > MAX_LINE]
    found += [f"{word!r} printed" for word in ("Traceback", "internal error") if word in printed]
    found += [f"{leaked} printed" for leaked in leaks(printed)]
    if outcome.command == "scan":
        listed = [line for line in outcome.stdout.splitlines() if line.startswith(f"{path}: ")]
        if not listed:
            found.append("the file is not listed, neither as UNSCANNABLE nor with its findings")
    return found
