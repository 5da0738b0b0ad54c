"""What one imported file may cost: every importer's limits in one place (documented in docs/formats.md).

A test case file is text a person wrote or a tool exported; the largest real ones (an Azure DevOps export
of 2,000 cases, an ALM workbook of a whole release) are a few megabytes with a few tens of thousands of
rows. Each limit below leaves ample room for those and refuses, with exit 2 and one line naming the file,
the place and the limit, a file built (or broken) to exhaust the machine: a zip that inflates to gigabytes,
XML entities that expand a few hundred bytes into a billion, YAML aliases that do the same, a million rows,
a cell of a hundred megabytes. Every limit is checked *before* the work it bounds is done (from the file's
size, from a zip's central directory, while counting YAML events), so a refusal costs little time or memory.

Also here: reading an .xlsx package safely (:func:`check_xlsx`), which the ALM importer runs before
openpyxl sees a byte of it.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from xml.parsers.expat import XML_PARAM_ENTITY_PARSING_NEVER, ErrorString, ExpatError, ParserCreate, XMLParserType

from attest.core.errors import InputError
from attest.core.files import megabytes

MB = 1024 * 1024

# -- any file ----------------------------------------------------------------------------------------------

MAX_FILE_BYTES = 16 * MB  # the file as it is on disk (an ADO export of 2,000 cases is about 1 MB)
MAX_ROWS = 50_000  # CSV records, and rows of each worksheet (Excel's own limit is 1,048,576)
MAX_COLUMNS = 256  # cells in a CSV record or worksheet row (exports carry 7 to 40)
MAX_CELL_CHARS = 100_000  # one CSV cell, worksheet cell or YAML value (Excel itself holds 32,767)
MAX_REFERENCE_CHARS = 255  # a test case reference (ALM's own limit for a test name), which messages name

# -- YAML (Attest and cactus) -----------------------------------------------------------------------------
# Anchors and aliases let a few hundred bytes stand for a billion values ("billion laughs"), and merge keys
# copy mappings into mappings. A test case needs a handful of either.
MAX_YAML_ALIASES = 1_000  # aliases (*name) in the file
MAX_YAML_MERGES = 200  # merge keys (<<)
MAX_YAML_NODES = 200_000  # values the document stands for once every alias is followed
MAX_YAML_TEXT_CHARS = 16 * MB  # characters the document stands for once every alias is followed
MAX_YAML_DEPTH = 100  # lists and mappings inside each other (a test case file needs about 6)

# -- .xlsx (a zip of XML parts) ----------------------------------------------------------------------------
MAX_ZIP_ENTRIES = 2_000  # parts in the package (Excel writes 10 to 50)
MAX_PART_BYTES = 64 * MB  # one part once inflated
MAX_UNZIPPED_BYTES = 128 * MB  # all parts once inflated
MAX_RATIO = 200  # inflated size / compressed size of one part (real sheets: 5 to 30; a zip bomb: 1,000)
RATIO_FLOOR = 1 * MB  # parts smaller than this inflated are not held to the ratio: a small part proves nothing
READ_CHUNK = 1 * MB  # parts are inflated in chunks of this size, counting as they go
# openpyxl reads about 80,000 cells a second: these bound its work to a few seconds. 200,000 cells is 25,000
# rows of 8 columns (an ALM design-steps export of a whole release is well within it).
MAX_CELLS = 200_000  # cells in all worksheets
MAX_XML_ELEMENTS = 1_000_000  # XML elements in all parts (cells, rows, strings, styles, rich-text runs)


# -- .xlsx packages ----------------------------------------------------------------------------------------

# A DTD is where entities are declared: Excel never writes one, and a part that has one is refused before
# any parser could expand it (openpyxl also parses with defusedxml, which refuses them; this names the part).
_DTD_MARKS = tuple(mark for text in ("<!DOCTYPE", "<!ENTITY") for mark in
                   (text.encode("ascii"), text.encode("utf-16-le"), text.encode("utf-16-be")))
_OVERLAP = max(len(mark) for mark in _DTD_MARKS)


class _Counts:
    """XML elements and worksheet cells met so far in the whole workbook."""

    def __init__(self) -> None:
        self.elements = 0
        self.cells = 0


def check_xlsx(file: str, data: bytes) -> None:
    """Refuse an .xlsx whose parts are too many, too large once inflated, inflate too far for their
    compressed size, do not inflate as their headers say, declare a DTD, are not well-formed XML, or hold
    more elements or cells than the limits, naming the part and the limit.

    Sizes come from the central directory and are checked before anything is inflated; then every part is
    inflated in chunks of :data:`READ_CHUNK`, counting, so that a part whose header understates its size is
    stopped at its stated size (``zipfile`` reads no further than that) and a truncated or corrupt deflate
    stream is found here, naming its part, rather than deep inside openpyxl. Each XML part is fed, chunk by
    chunk, to expat, which checks it is well-formed and counts its elements without building anything: what
    openpyxl is then given is bounded (its reading costs about 12 µs a cell) and cannot fail on bad XML."""
    try:
        package = zipfile.ZipFile(io.BytesIO(data))  # BytesIO shares the bytes; it copies only on a write
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as error:
        raise InputError(file, f"not a readable .xlsx workbook (the zip is damaged: {_safe_reason(error)}); "
                         "expected an ALM design-steps export saved from Excel as .xlsx") from None
    with package:
        infos = package.infolist()
        if len(infos) > MAX_ZIP_ENTRIES:
            raise InputError(file, f"the workbook holds {len(infos):,} parts, more than the {MAX_ZIP_ENTRIES:,} "
                             "limit (Excel writes a few dozen)")
        total = 0
        for info in infos:
            part = _part_name(info.filename)
            if info.file_size > MAX_PART_BYTES:
                raise InputError(file, f"part {part} inflates to {megabytes(info.file_size)}, more than the "
                                 f"{megabytes(MAX_PART_BYTES)} limit for one part (a zip bomb?)")
            if info.file_size >= RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                ratio = info.file_size // max(info.compress_size, 1)
                raise InputError(file, f"part {part} inflates {ratio:,} times its compressed size, more than the "
                                 f"{MAX_RATIO}:1 limit (a zip bomb?)")
            total += info.file_size
            if total > MAX_UNZIPPED_BYTES:
                raise InputError(file, "the workbook's parts inflate to more than the "
                                 f"{megabytes(MAX_UNZIPPED_BYTES)} limit for a whole workbook (a zip bomb?)")
        counts = _Counts()
        for info in infos:
            if not info.is_dir():
                _check_part(file, package, info, counts)


def _check_part(file: str, package: zipfile.ZipFile, info: zipfile.ZipInfo, counts: _Counts) -> None:
    part = _part_name(info.filename)
    xml = _xml_checker(file, part, info.filename, counts) if info.filename.lower().endswith((".xml", ".rels")) \
        else None
    read = 0
    tail = b""
    try:
        with package.open(info) as stream:
            while chunk := stream.read(READ_CHUNK):
                read += len(chunk)
                if read > info.file_size or read > MAX_PART_BYTES:  # zipfile stops at the stated size; belt and braces
                    raise InputError(file, f"part {part} inflates past the size its header gives (a zip bomb?)")
                window = tail + chunk
                if any(mark in window for mark in _DTD_MARKS):
                    raise InputError(file, f"part {part} declares a DTD (<!DOCTYPE or <!ENTITY); Excel never writes "
                                     "one, and its entities could expand without bound or read other files")
                tail = window[-_OVERLAP:]
                if xml is not None:
                    xml.Parse(chunk, False)
            if xml is not None:
                xml.Parse(b"", True)
    except InputError:
        raise
    except ExpatError as error:
        where = f"line {error.lineno}, column {error.offset + 1}"
        raise InputError(file, f"part {part} is not well-formed XML ({ErrorString(error.code)} at {where}); the "
                         "workbook is damaged") from None
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as error:
        # RuntimeError: an encrypted part; NotImplementedError: a compression method zipfile lacks
        raise InputError(file, f"part {part} cannot be inflated ({_safe_reason(error)}); the workbook is damaged "
                         "or truncated") from None


def _xml_checker(file: str, part: str, name: str, counts: _Counts) -> XMLParserType:
    """An expat parser that builds nothing: it finds what is not well-formed and counts, refusing a part past
    the limits as it goes. Entities are never fetched (no handler for them) and DTDs are refused above."""
    parser = ParserCreate()
    parser.SetParamEntityParsing(XML_PARAM_ENTITY_PARSING_NEVER)
    sheet = name.lower().startswith("xl/worksheets/")

    def start(tag: str, _attributes: object) -> None:
        counts.elements += 1
        if counts.elements > MAX_XML_ELEMENTS:
            raise InputError(file, f"the workbook's XML holds more than {MAX_XML_ELEMENTS:,} elements, the limit "
                             f"(reached in part {part})")
        if sheet and (tag == "c" or tag.endswith(":c")):
            counts.cells += 1
            if counts.cells > MAX_CELLS:
                raise InputError(file, f"the workbook holds more than {MAX_CELLS:,} cells, the limit (reached in "
                                 f"part {part}); split the export")

    parser.StartElementHandler = start
    return parser


def _part_name(name: str) -> str:
    """A part's name for a message: printable, one line, and short (a crafted name may be anything)."""
    shown = "".join(c if c.isprintable() else "?" for c in name)
    return repr(shown if len(shown) <= 80 else shown[:79] + "…")


def _safe_reason(error: BaseException) -> str:
    """The library's words for what failed, without anything of the file's content: zip and zlib errors
    name structures ("Bad CRC-32", "invalid stored block lengths"); anything else is named by its type."""
    if isinstance(error, (zipfile.BadZipFile, zlib.error, EOFError)):
        text = " ".join(str(error).split())
        if "'" in text or '"' in text:  # "There is no item named 'x'": the quoted part is the file's
            text = text.split("'")[0].split('"')[0].strip() or type(error).__name__
        return text[:120] or type(error).__name__
    if isinstance(error, ValueError):  # zipfile's seek before the start of the file: an offset that lies
        return "a header points outside the file"
    return type(error).__name__
