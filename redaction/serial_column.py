"""A meter serial in a table's column beside serials the patterns know.

A bill's meter table lists an electricity meter (``S23M95989``, a shape the patterns know) over a gas meter
whose maker writes its serial another way (``u161677772410``, a size code in small letters and twelve
digits), under a header a screen may show in two languages ("Mesurydd / Meter"). A cell aligned with a
serial found on the row above or below, in a row of several cells, that is made like a serial (a letter and
six digits or more in one token) is a serial too; and so, in turn, is the cell aligned with that one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .findings import Kind
from .screen import Cell, ImageFinding, Page
from .screen_labels import is_known_non_identifier

# one token of letters and digits, six digits or more, a letter among them, not a system's reference
# written with a hyphen ("REQ-20261130"): "u161677772410", "L08M29964", "E6E4195785718"
_SERIAL_MADE = re.compile(r"(?=[A-Za-z0-9]*[A-Za-z])(?=(?:[A-Za-z]*\d){6})[A-Za-z0-9]{7,16}")
_ROWS_APART = 2.2  # line heights between two rows' middles: the next row of a table, its wrap allowed for


def serial_column_findings(page: Page, found: Sequence[ImageFinding]) -> list[ImageFinding]:
    """Cells made like serials that stand in the column of a serial the patterns found."""
    serials = [f.box for f in found if f.kind is Kind.MSN and f.detector == "pattern"]
    added: list[ImageFinding] = []
    taken: set[tuple[int, int]] = set()
    while serials:
        grown = []
        for line in page.lines:
            if len(line.cells) < 2:
                continue  # a row of a table, not a line of prose
            for cell in line.cells:
                if (cell.line, cell.index) in taken or not _made_like_a_serial(cell):
                    continue
                if any(_aligned(cell, box) for box in serials):
                    taken.add((cell.line, cell.index))
                    finding = ImageFinding(Kind.MSN, cell.box, "serial-column", cell.text)
                    added.append(finding)
                    grown.append(cell.box)
        serials = grown
    return [f for f in added if not any(_same(f.box, g.box) for g in found if g.kind is Kind.MSN)]


def _made_like_a_serial(cell: Cell) -> bool:
    text = cell.text.strip()
    return bool(_SERIAL_MADE.fullmatch(text)) and not is_known_non_identifier(text)


def _aligned(cell: Cell, box: tuple[int, int, int, int]) -> bool:
    """Left edges (or middles) level within a text height, on the next row up or down."""
    x0, y0, x1, y1 = cell.box
    height = max(y1 - y0, box[3] - box[1], 1)
    rows_apart = abs((y0 + y1) - (box[1] + box[3])) / 2
    if not 0.6 * height <= rows_apart <= _ROWS_APART * height:
        return False
    return abs(x0 - box[0]) <= height or abs((x0 + x1) - (box[0] + box[2])) / 2 <= height


def _same(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
