"""A headerless extract's column of bare supply-sized numbers, beside the rows' other identifiers, is their MPRNs.

Back-office extracts are often written without a header ("JOB5305379|1376910365404|7536147155|Rhodri
Tregunna|…"): nothing names the columns, and a gas supply's number is 6 to 10 digits with no check a reader
can apply. The table readers need a header; the bare-number rule leaves a line laid out in columns to them.
So a column is read as a whole: when nearly every cell holds one such number (as a reader reads it: digits
in any script, invisible characters and separators between groups aside, "8550\u2069933\u2069028",
"5305.313.679"), the numbers differ from row to row, and the rows hold a supply's or a person's identifiers
in other columns, its cells are MPRNs. Not a column of dates, of epoch seconds (close together in time),
or of a counter (consecutive), and not a column a header row names (the table readers' business)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from .bare_numbers import COMPACT_DATE, SIBLINGS
from .canonical import read_as_shown
from .findings import Finding, Kind
from .shapes import PERSON_SIZED

_DELIMITERS = ("|", "\t", ";", ",")
_MIN_ROWS = 3
_SHARE = 0.7  # of a column's filled cells that hold a supply-sized number
_SIBLING_ROWS = 0.5  # of the rows that hold another identifier
_GAPS = re.compile(r"[ \t\u00a0.\-_:+,·/]")
_NUMBER = re.compile(r"\d{6,10}")
_LETTER = re.compile(r"[^\W\d_]")


def _rows(text: str, delimiter: str) -> list[list[tuple[int, int]]]:
    """Each non-empty line's cells, as spans of the text (a plain split: an extract quotes nothing)."""
    rows, at = [], 0
    for line in text.split("\n"):
        if line.strip():
            cells, start = [], at
            for piece in line.split(delimiter):
                cells.append((start, start + len(piece)))
                start += len(piece) + 1
            rows.append(cells)
        at += len(line) + 1
    return rows


_DECIMAL = re.compile(r"[-+£$€]?\d+(?:,\d{3})*[.,]\d{1,3}")  # a reading, an amount: 61693.5, 1,234.56


def _number(cell: str) -> int | None:
    shown = read_as_shown(cell).strip().strip("\"'")
    if _DECIMAL.fullmatch(shown):
        return None
    read = _GAPS.sub("", shown)
    if not _NUMBER.fullmatch(read) or (len(read) == 8 and COMPACT_DATE.fullmatch(read)):
        return None
    return int(read)


def _a_header(text: str, row: list[tuple[int, int]]) -> bool:
    """A row of column names: no cell holds three digits or more ("mpan core (13)" is a name)."""
    return not any(sum(ch.isdigit() for ch in text[start:end]) >= 3 for start, end in row)


def _a_sequence(numbers: list[int]) -> bool:
    """Dates as epoch seconds (a few years apart at most) or a counter (steps of one)."""
    ordered = sorted(numbers)
    if 10**9 <= ordered[0] and ordered[-1] < 22 * 10**8 and ordered[-1] - ordered[0] < 5 * 10**8:
        return True
    steps = [b - a for a, b in zip(ordered, ordered[1:])]
    return sum(1 for step in steps if step <= 1) * 2 >= len(steps)


def _delimiter(text: str) -> tuple[str, int] | None:
    """The delimiter most lines hold the same number of (two or more), and that number; judged on the text's
    first lines and then checked on all (a log of megabytes is told apart from an extract at once)."""
    for sample in (text[:20_000], text):
        lines = [line for line in sample.split("\n") if line.strip()]
        if len(lines) < _MIN_ROWS:
            return None
        for delimiter in _DELIMITERS:
            counts = [line.count(delimiter) for line in lines]
            width = max(set(counts), key=counts.count)
            if width >= 2 and counts.count(width) * 3 >= len(counts) * 2:  # (most rows: a cell may hold it)
                break
        else:
            return None
        if len(sample) == len(text):
            return delimiter, width
    return None


def find_headerless_numbers(text: str, found: Sequence[Finding]) -> Iterator[Finding]:
    chosen = _delimiter(text)
    if chosen is not None:
        delimiter, width = chosen
        rows = [row for row in _rows(text, delimiter) if len(row) == width + 1]
        if len(rows) >= _MIN_ROWS:
            spans = sorted((f.start, f.end) for f in found if f.kind in SIBLINGS)
            yield from _columns(text, rows, spans)


def _columns(text: str, rows: list[list[tuple[int, int]]], spans: list[tuple[int, int]]) -> Iterator[Finding]:
    header = rows[0] if _a_header(text, rows[0]) else None
    data = rows[1:] if header is not None else rows
    if len(data) < _MIN_ROWS:
        return
    marked = _marked(data, spans)
    for column in range(len(rows[0])):
        if header is not None and _LETTER.search(text[slice(*header[column])]):
            continue  # a named column: the table readers read its header
        cells = [row[column] for row in data]
        filled = [(start, end) for start, end in cells if text[start:end].strip()]
        numbers = [(span, _number(text[slice(*span)])) for span in filled]
        hits = [(span, number) for span, number in numbers if number is not None]
        if not filled or len(hits) < _MIN_ROWS or len(hits) < _SHARE * len(filled):
            continue
        values = [number for _span, number in hits]
        if len(set(values)) * 10 < len(values) * 8 or _a_sequence(values):
            continue
        beside = sum(1 for row in range(len(data)) if any(col != column for col in marked.get(row, ())))
        if beside < _SIBLING_ROWS * len(data):
            continue
        for (start, end), _number_read in hits:
            cell = text[start:end]
            lead = len(cell) - len(cell.lstrip())
            yield Finding(start + lead, start + len(cell.rstrip()), Kind.MPRN, "column")


def _marked(rows: list[list[tuple[int, int]]], spans: list[tuple[int, int]]) -> dict[int, set[int]]:
    """For each row, the columns in which an identifier was found."""
    cells = sorted((start, end, r, c) for r, row in enumerate(rows) for c, (start, end) in enumerate(row))
    starts = [cell[0] for cell in cells]
    marked: dict[int, set[int]] = {}
    for start, end in spans:
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and start < cells[i][1]:
            marked.setdefault(cells[i][2], set()).add(cells[i][3])
    return marked


# -- a record file's columns, whatever their header -----------------------------------------------------------------

_MATE_KINDS = frozenset({Kind.NAME, Kind.ADDRESS, Kind.POSTCODE, Kind.MPAN, Kind.MPRN, Kind.MSN, Kind.DEVICE,
                         Kind.PHONE, Kind.EMAIL})
_MATES_SHARE = 0.4  # of a column's filled cells found as one kind, for the rest of them to be taken as it
_LETTERS_ONLY = re.compile(r"[^\W\d_][^\W\d_'’\-. ]*(?:[ ]+[^\W\d_'’\-.]+)*")
_HAS_DIGIT = re.compile(r"\d")


def _fits(kind: Kind, cell: str) -> bool:
    """A cell's text has the make-up of the column's kind: words for a name or a town (an address's part may
    have its number), digits for a number, letters and digits for a postcode or a serial."""
    if kind is Kind.NAME:
        return bool(_LETTERS_ONLY.fullmatch(cell))
    if kind is Kind.ADDRESS:
        return not cell.replace(" ", "").isdigit() and any(c.isalpha() for c in cell)
    if kind in (Kind.MPAN, Kind.MPRN, Kind.PHONE):
        return sum(c.isdigit() for c in cell) >= 6
    return bool(_HAS_DIGIT.search(cell)) and len(cell) >= 5


_CELL = re.compile(r"\S+(?: \S+)*")  # a fixed-width field: words apart by single blanks


def _fixed_columns(text: str) -> list[list[tuple[int, int]]]:
    """A fixed-width record file's rows, as cells: each line's fields (words apart by single blanks, fields by
    two or more), lines grouped by their record type (the first character), a group's columns the field
    starts that three of its lines or more share. (A field run on into the next, "IV51  0EX00077464240",
    stays one.)"""
    groups: dict[str, list[tuple[int, str]]] = {}
    at = 0
    for line in text.split("\n"):
        if line.strip() and "  " in line:
            groups.setdefault(line[:1], []).append((at, line.rstrip("\r")))
        at += len(line) + 1
    rows: list[list[tuple[int, int]]] = []
    for lines in groups.values():
        if len(lines) < _MIN_ROWS:
            continue
        fields = [[m.span() for m in _CELL.finditer(line)] for _at, line in lines]
        shared: dict[int, int] = {}
        for cells in fields:
            for a, _b in cells:
                shared[a] = shared.get(a, 0) + 1
        columns = sorted(a for a, count in shared.items() if count >= _MIN_ROWS)
        if len(columns) < 2:
            continue
        for (start, _line), cells in zip(lines, fields):
            by_start = {a: b for a, b in cells}
            rows.append([(start + a, start + by_start[a]) if a in by_start else (start + a, start + a)
                         for a in columns])
    return rows


def find_column_mates(text: str, found: Sequence[Finding]) -> Iterator[Finding]:
    """In a record file without a header (delimited, or in fixed-width columns), a column most of whose cells
    were found as one kind of identifier: its other cells, where they have that kind's make-up (a town under
    towns found from their postcodes, "LUDLOW"; a name in capitals the lists do not know, "MORWENNA LE
    STRANGE"; a postcode run on into the next field)."""
    tables: list[list[list[tuple[int, int]]]] = []
    chosen = _delimiter(text)
    if chosen is not None:
        delimiter, width = chosen
        tables.append([row for row in _rows(text, delimiter) if len(row) == width + 1])
    elif len(text) < PERSON_SIZED:  # (fields by position: an extract pasted as evidence, not a log of megabytes)
        tables.append(_fixed_columns(text))
    else:
        return
    spans = sorted((f.start, f.end, f.kind) for f in found if f.kind in _MATE_KINDS)
    if len(spans) < 2:
        return
    starts = [s for s, _e, _k in spans]
    for rows in tables:
        if rows and _a_header(text, rows[0]):
            continue  # a header row names the columns: the table readers read them by their names
        if len(rows) < _MIN_ROWS:
            continue
        for column in range(min(len(row) for row in rows)):
            cells = [row[column] for row in rows if row[column][1] > row[column][0]]
            kinds: dict[Kind, int] = {}
            bare = []
            for a, b in cells:
                i = bisect.bisect_right(starts, b) - 1
                # (a finding that is the cell, or nearly: a cell that only holds one among its words says little)
                covering = [k for s, e, k in spans[max(0, i - 8):i + 1]
                            if s <= a + 1 and b - 1 <= e or s < b and a < e and (min(b, e) - max(a, s)) * 10 >= 9 * (b - a)]
                if covering:
                    kinds[covering[0]] = kinds.get(covering[0], 0) + 1
                else:
                    bare.append((a, b))
            if not kinds or not bare:
                continue
            kind, count = max(kinds.items(), key=lambda item: item[1])
            if count < 2 or count < _MATES_SHARE * len(cells) or count * 2 < sum(kinds.values()):
                continue
            for a, b in bare:
                if _fits(kind, text[a:b]):
                    yield Finding(a, b, kind, "column")
