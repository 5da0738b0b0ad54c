"""A meter serial in a table's column beside serials the patterns know.

A bill's meter table lists an electricity meter (``S23M95989``, a shape the patterns know) over a gas meter
whose maker writes its serial another way (``u161677772410``, a size code in small letters and twelve
digits), under a header a screen may show in two languages ("Mesurydd / Meter"). A cell aligned with a
serial found on the row above or below, in a row of several cells, that is made like a serial (a letter and
six digits or more in one token) is a serial too; and so, in turn, is the cell aligned with that one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .findings import Kind
from .screen import Cell, ImageFinding, Page
from .screen_labels import is_known_non_identifier

# one token of letters and digits, six digits or more, a letter among them, not a system's reference
# written with a hyphen ("REQ-20261130"): "u161677772410", "L08M29964", "E6E4195785718"
_SERIAL_MADE = re.compile(r"(?=[A-Za-z0-9]*[A-Za-z])(?=(?:[A-Za-z]*\d){6})[A-Za-z0-9]{7,16}")
_ROWS_APART = 2.2  # line heights between two rows' middles: the next row of a table, its wrap allowed for
_WRAPPED_ROWS_APART = 3.2  # (a table whose cells wrap onto two lines: its rows stand further apart)
# (and a table of three columns or more whose rows are padded, each row two lines high: a bill's meter table, its dates
# wrapped, "2026-08-" over "18")
_PADDED_ROWS_APART = 4.8
# a gas supply's number as a cell: its digits in up to four groups, a blank, a hyphen or a dot between
_MPRN_MADE = re.compile(r"\d{1,10}(?:[ \-.]\d{1,8}){0,3}")


def serial_column_findings(page: Page, found: Sequence[ImageFinding]) -> list[ImageFinding]:
    """Cells made like serials that stand in the column of a serial the patterns found; and cells made like a gas
    supply's number, its digits in any grouping ("31 574 117 07", "6681-735-685", "26956 00430"), in the column of
    an MPRN found (a device log's "Gas" column, where a plain ten-digit cell is found and its neighbours, grouped
    as the system that wrote each row grouped them, are not)."""
    serials = [f.box for f in found if f.kind is Kind.MSN and f.detector == "pattern"]
    added = _grown(page, serials, _made_like_a_serial, Kind.MSN, "serial-column", _ROWS_APART, 2)
    added = [f for f in added if not any(_same(f.box, g.box) for g in found if g.kind is Kind.MSN)]
    supplies = [f.box for f in found if f.kind is Kind.MPRN and _MPRN_MADE.fullmatch(f.text.strip())]
    # (a cell wrapped onto two lines stands on a line of its own, between its row's others: "72 053 639" over "17")
    more = _grown(page, supplies, _made_like_an_mprn, Kind.MPRN, "mprn-column", _WRAPPED_ROWS_APART, 1)
    return added + [f for f in more if not any(_same(f.box, g.box) for g in found if g.kind is Kind.MPRN)]


def _grown(page: Page, seeds: list[tuple[int, int, int, int]], made: Callable[[Cell], bool], kind: Kind,
           detector: str, rows_apart: float, least_cells: int) -> list[ImageFinding]:
    """The cells made so, aligned with a seed on the next row up or down, and in turn with those; on lines of
    ``least_cells`` cells or more."""
    added: list[ImageFinding] = []
    taken: set[tuple[int, int]] = set()
    while seeds:
        grown = []
        for line in page.lines:
            if len(line.cells) < least_cells:
                continue  # a row of a table, not a line of prose
            for cell in line.cells:
                if (cell.line, cell.index) in taken or not made(cell):
                    continue
                if cell.index > 0 and line.cells[cell.index - 1].text.rstrip().endswith(":"):
                    continue  # a form's field after its own label ("Invoice no: 5801424265"), no column's cell
                reach = max(rows_apart, _PADDED_ROWS_APART) if len(line.cells) >= 3 else rows_apart
                if any(_aligned(cell, box, reach) for box in seeds):
                    taken.add((cell.line, cell.index))
                    added.append(ImageFinding(kind, cell.box, detector, cell.text))
                    grown.append(cell.box)
        seeds = grown
    return added


def _made_like_an_mprn(cell: Cell) -> bool:
    text = cell.text.strip().rstrip(".,;|")
    return bool(_MPRN_MADE.fullmatch(text)) and 6 <= sum(c.isdigit() for c in text) <= 10


def _made_like_a_serial(cell: Cell) -> bool:
    text = cell.text.strip()
    return bool(_SERIAL_MADE.fullmatch(text)) and not is_known_non_identifier(text)


def _aligned(cell: Cell, box: tuple[int, int, int, int], most_apart: float) -> bool:
    """Left edges (or middles) level within a text height, on the next row up or down."""
    x0, y0, x1, y1 = cell.box
    height = max(y1 - y0, box[3] - box[1], 1)
    rows_apart = abs((y0 + y1) - (box[1] + box[3])) / 2
    if not 0.6 * height <= rows_apart <= most_apart * height:
        return False
    return abs(x0 - box[0]) <= height or abs((x0 + x1) - (box[0] + box[2])) / 2 <= height


def _same(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
