"""A printed query's column of values of many kinds, under a header that names none of them.

A database's console prints a result set in fixed-width columns under a rule of dashes (SQL*Plus, sqlcmd, Sybase
isql, Oracle's ``v$sql_bind_capture``). A column named for what it holds ("MPAN", "ACCOUNT_NO") is read by its name
(:mod:`tables`); a column named for its role holds whatever was bound or stored there: ``VALUE_STRING`` beside
``:B1``..``:B6`` holds an account, an MPAN, two serials, a number and a postcode, one a row. The patterns find the
shaped ones (the MPAN, the serials, the postcode); the bare numbers among them (``9108948893``, ``546607``) have no
shape of their own. Where two or more, and a third or more, of such a column's cells were found as identifiers, its other cells with an
identifier's make-up (six digits or more, alone or with a system's letters) are identifiers too. A date, a time, an
amount, a status word or a small count is kept.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from .fields import classify
from .findings import Finding, Kind

# a rule of dashes under a header, one run per column, blanks between them
_RULE = re.compile(r"^[ \t]*-{2,}(?:[ \t]+-{2,})+[ \t]*\r?$", re.MULTILINE)
# an identifier's make-up: digits (six or more, perhaps in groups), a system's letters before them perhaps
_MADE_LIKE_AN_IDENTIFIER = re.compile(r"(?:[A-Za-z]{1,4}[ \-]?)?\d(?:[ \-]?\d){5,20}[A-Za-z]?")
# what a cell of such make-up is not: a date or a moment, an amount, a version
_NOT_AN_IDENTIFIER = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}:\d{2}|[£$€]|\d\.\d")
_KINDS = frozenset({Kind.MPAN, Kind.MPRN, Kind.MSN, Kind.DEVICE, Kind.POSTCODE, Kind.PHONE, Kind.EMAIL, Kind.ACCOUNT,
                    Kind.ADDRESS, Kind.NAME})
_MOST_ROWS = 2000  # a printed result set a tester pastes; a spool of more is read by its named columns only


def find_mixed_columns(text: str, found: Sequence[Finding]) -> Iterator[Finding]:
    """The other cells, of an identifier's make-up, of a column under a dashed rule that names no kind and most of
    whose cells were found as identifiers (see the module's docstring)."""
    if "--" not in text:
        return
    spans = sorted((f.start, f.end) for f in found if f.kind in _KINDS)
    starts = [a for a, _b in spans]
    for rule in _RULE.finditer(text):
        header_end = rule.start() - 1
        header_start = text.rfind("\n", 0, max(0, header_end)) + 1
        if header_end <= header_start:
            continue
        header = text[header_start:header_end]
        runs = [m.span() for m in re.finditer(r"-+", rule.group())]
        rows = _rows(text, rule.end())
        for index, (left, right) in enumerate(runs):
            last = index == len(runs) - 1
            name = header[left:None if last else right].strip()
            if not name or classify(name) is not None:
                continue  # (a column named for a kind is the table reader's)
            cells = [cell for row_start, row in rows if (cell := _cell(row_start, row, left, right, last)) is not None]
            if len(cells) < 3:
                continue
            covered = [c for c in cells if _covered(c, spans, starts)]
            if len(covered) < 2 or len(covered) * 3 < len(cells):  # (a third of them at least: dates, statuses
                # and counts are bound beside the identifiers)
                continue
            for a, b in cells:
                value = text[a:b]
                if (a, b) not in covered and _MADE_LIKE_AN_IDENTIFIER.fullmatch(value) \
                        and not _NOT_AN_IDENTIFIER.search(value):
                    digits = sum(c.isdigit() for c in value)
                    kind = Kind.MSN if any(c.isalpha() for c in value) else (
                        Kind.MPRN if digits <= 10 else Kind.ACCOUNT)
                    yield Finding(a, b, kind, "column")


def _rows(text: str, after: int) -> list[tuple[int, str]]:
    """The lines after a rule up to a blank one (the console's "6 rows selected." follows one)."""
    rows: list[tuple[int, str]] = []
    at = after + 1
    while at < len(text) and len(rows) < _MOST_ROWS:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[at:end].rstrip("\r")
        if not line.strip():
            break
        rows.append((at, line))
        at = end + 1
    return rows


def _cell(row_start: int, row: str, left: int, right: int, last: bool) -> tuple[int, int] | None:
    """A row's cell under a run of the rule, trimmed, and widened to whole words where a value set a column or two
    off its rule's run sticks out of it ("1 8921731533" under a run that starts at its second digit); the last column
    runs to the line's end."""
    piece = row[left:] if last else row[left:right]
    if not piece.strip():
        return None
    start = left + (len(piece) - len(piece.lstrip()))
    end = start + len(piece.strip())
    while start > 0 and not row[start - 1].isspace():
        start -= 1
    while end < len(row) and not row[end].isspace():
        end += 1
    return row_start + start, row_start + end


def _covered(cell: tuple[int, int], spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """Is most of the cell a finding's?"""
    a, b = cell
    i = bisect.bisect_right(starts, b) - 1
    for s, e in spans[max(0, i - 8):i + 1]:
        if s < b and a < e and (min(b, e) - max(a, s)) * 10 >= 7 * (b - a):
            return True
    return False
