"""Importers: turn test-case files from the tools testers already use into :class:`TestCase` objects.

Each format module offers ``parse(path, data) -> list[TestCase]`` and raises :class:`InputError`
naming the file, the line (or row/cell) and what was expected. The format is detected from the
content, not the file name; ``--format`` forces one.
"""

from __future__ import annotations

import importlib
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from attest.core.errors import InputError, SourceWarning, shown
from attest.core.files import read_user_file
from attest.core.model import TestCase

Parser = Callable[[Path, bytes], list[TestCase]]

# format -> the module whose ``parse`` reads it. Imported when a file of that format arrives: the
# parsers bring YAML, the CSV sniffer and openpyxl's zip and XML readers, which the app's start and
# most commands never need.
FORMATS: dict[str, str] = {
    "attest": "attest_yaml",
    "ado-csv": "ado_csv",
    "alm-excel": "alm_excel",
    "cactus": "cactus_yaml",
}

FORMAT_NAMES = {
    "attest": "Attest YAML",
    "ado-csv": "Azure DevOps test case CSV",
    "alm-excel": "HP ALM / OpenText design-steps Excel",
    "cactus": "CSIP-AUS cactus TestProcedure YAML",
}


@dataclass(frozen=True)
class ParsedFile:
    path: Path
    format: str
    cases: list[TestCase]
    warnings: list[str] = field(default_factory=list)


# What a file that is no test case often is, by its first bytes: named, rather than "not valid UTF-8 (byte 0x89)"
_NOT_A_CASE_FILE = ((b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
                    (b"%PDF-", "a PDF document"), (b"BM", "a bitmap image"), (b"II*\x00", "a TIFF image"),
                    (b"MM\x00*", "a TIFF image"), (b"\x1f\x8b", "a gzip archive"), (b"Rar!", "a RAR archive"),
                    (b"7z\xbc\xaf", "a 7-Zip archive"))


def detect(path: Path, data: bytes) -> str:
    """Name the format of ``data`` from its content."""
    if data.startswith(b"PK\x03\x04"):
        return "alm-excel"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(str(path), "this is a legacy .xls workbook; open it in Excel and save it as .xlsx")
    kind = next((name for magic, name in _NOT_A_CASE_FILE if data.startswith(magic)), None)
    if kind is not None and kind != "a bitmap image" or kind and b"\x00" in data[:64]:
        raise InputError(str(path), f"this is {kind}, not a test case file; expected Attest or cactus YAML, an "
                         "Azure DevOps test case CSV or an ALM design-steps .xlsx")
    from attest.core.importers.common import decode_utf8

    text = decode_utf8(path, data)
    first = next((line for line in text.split("\n") if line.strip()), "")
    header = first.lower()
    if "," in first or ";" in first or "\t" in first:
        if "work item type" in header or "step action" in header or "step expected" in header:
            return "ado-csv"
    # Top-level keys decide; the parser then reports any YAML error with its line.
    if re.search(r"^attest\s*:", text, re.MULTILINE):
        return "attest"
    if re.search(r"^Steps\s*:", text, re.MULTILINE):
        return "cactus"
    raise InputError(str(path), f"cannot tell the format: {_EXPECTED}; or give --format")


_EXPECTED = ("expected Attest YAML ('attest: 1'), cactus YAML ('Steps:'), an Azure DevOps CSV (columns ID, Work "
             "Item Type, Title, Test Step, Step Action, Step Expected) or an ALM .xlsx")


def parse_file(path: Path, fmt: str | None = None) -> ParsedFile:
    from attest.core.importers.limits import MAX_FILE_BYTES

    # refused before it is read: the limits of what an import may cost are in ``limits``
    data = read_user_file(path, consequence="nothing imported", limit=MAX_FILE_BYTES)
    if not data.strip():
        raise InputError(str(path), "the file is empty")
    if fmt is None:
        fmt = detect(path, data)
    elif fmt not in FORMATS:
        raise InputError(str(path), f"unknown format '{shown(fmt, 20)}'; expected one of {', '.join(FORMATS)}")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", SourceWarning)
        try:
            cases = parser(fmt)(path, data)
        except RecursionError:
            raise InputError(str(path), "the file is nested too deeply to be a test case") from None
        except MemoryError:  # the limits should make this unreachable; if not, still the file's fault
            raise InputError(str(path), "the file needs more memory to read than there is; nothing imported") from None
    _validate(path, cases)
    notes = [str(w.message) for w in caught if issubclass(w.category, SourceWarning)]
    for other in caught:  # anything else is not ours to swallow
        if not issubclass(other.category, SourceWarning):
            warnings.warn_explicit(other.message, other.category, other.filename, other.lineno)
    return ParsedFile(path, fmt, cases, notes)


def _validate(path: Path, cases: list[TestCase]) -> None:
    """Rules every format shares; each parser reports its own format's mistakes more precisely."""
    from attest.core.importers.limits import MAX_REFERENCE_CHARS
    if not cases:
        raise InputError(str(path), "no test cases found")
    seen: dict[str, str] = {}
    for case in cases:
        where = f"{shown(case.origin)}: " if case.origin else ""
        reference = shown(case.reference)
        if not case.reference.strip():
            raise InputError(str(path), f"{where}the test case has no reference")
        if len(case.reference) > MAX_REFERENCE_CHARS:  # a key a person reads and types; never a whole cell
            raise InputError(str(path), f"{where}a test case reference of {len(case.reference):,} characters, more "
                             f"than the {MAX_REFERENCE_CHARS} limit; expected a short reference such as FM_TS_1_TC_01")
        if re.search(r"[\t\r\n]", case.reference):
            raise InputError(str(path), f"{where}test case reference '{reference}' contains a tab or line "
                             "break; a reference is one line of text")
        if not case.steps:
            raise InputError(str(path), f"{where}test case {reference} has no steps; expected at least one")
        for number, step in enumerate(case.steps, start=1):
            if not step.action.strip():
                raise InputError(str(path), f"{where}test case {reference}, step {number}: the action is empty")
        if case.reference in seen:
            raise InputError(
                str(path),
                f"{where}test case reference {reference} appears twice (also at {shown(seen[case.reference])}); "
                "references must be unique",
            )
        seen[case.reference] = case.origin or "an earlier case"


def parser(fmt: str) -> Parser:
    module = importlib.import_module(f"attest.core.importers.{FORMATS[fmt]}")
    return module.parse  # type: ignore[no-any-return]
