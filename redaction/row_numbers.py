"""A bare number in a row of a supply's identifiers, on a screen whose header does not name it: an MPRN.

An MPRN is 6 to 10 digits with no check digit and no shape, so on a screen it is found by its header
("MPRN" over a grid's column) or its label. A grid scrolled down past its header row shows neither:
rows of an MPAN, a number, a meter serial and a postcode, and an assurer reads the number as the gas
supply's. So does this rule: a cell that is nothing but 7 to 10 digits, in a row that also shows an
identifier of a supply or a person (found by any other rule, in another cell of the row), is masked as
an MPRN. A tree shows the same record as nodes, one under another ("2696105317" over its gas meter's
"G4B78052513B"): a number node with such an identifier on the line just above or below it, starting
near it, counts too.

What a header or a label says wins: a cell under a header the page shows (any field name: "Job",
"Invoice", "Reading") or beside a label on its left is that field's, and this rule leaves it alone (an
"MPRN" header or label is the column and label rules' business). Not a compact date (20240611).
Six-digit numbers are left out: a screen's readings, counts and row ids are mostly that long.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from .bare_numbers import COMPACT_DATE, SIBLINGS, says_other
from .findings import Kind
from .layout import HeaderSpan
from .screen import Cell, ImageFinding, Page, PageLine
from .screen_labels import looks_like_label

_NUMBER = re.compile(r"\d{7,10}")
_HEADER_REACH = 40  # lines above a cell looked at for its table's header: a screen's grid shows fewer rows


def row_numbers(page: Page, found: Sequence[ImageFinding],
                spans: Callable[[PageLine], list[HeaderSpan]]) -> Iterator[ImageFinding]:
    """MPRNs in rows of a supply's identifiers (see the module's docstring). ``spans``: for a line, the x
    spans of the field names of the headers on it (:func:`layout.layout_findings`)."""
    candidates = [(line, cell, cell.words[0]) for line in page.lines for cell in line.cells if _number_cell(cell)]
    candidates += [(line, cell, cell.words[-1]) for line in page.lines for cell in line.cells if _labelled_number(cell)]
    if not candidates:
        return
    siblings = [f.box for f in found if f.kind in SIBLINGS]
    for line, cell, number in candidates:
        if not (_beside(line, cell, siblings, number.box) or _stacked(page, line, cell, siblings)):
            continue
        if _labelled(line, cell) or _under_a_header(page, line, cell, spans):
            continue
        yield ImageFinding(Kind.MPRN, number.box, "row", number.text)


def _number_cell(cell: Cell) -> bool:
    """A cell of a number alone, or of a number and a word or two with no digit that OCR read into the
    same block (the next column's "De-energised")."""
    first = cell.words[0].text.strip()
    if not _NUMBER.fullmatch(first) or COMPACT_DATE.fullmatch(first):
        return False
    rest = cell.words[1:]
    return len(rest) <= 2 and not any(ch.isdigit() for w in rest for ch in w.text)


def _labelled_number(cell: Cell) -> bool:
    """A cell of a label and its number ("Red on green: 4419902735", read as one block): the label's words
    are judged as a label cell's would be (:func:`bare_numbers.says_other`)."""
    if len(cell.words) < 2 or not cell.words[-2].text.endswith(":"):
        return False
    last = cell.words[-1].text.strip()
    label = " ".join(w.text for w in cell.words[:-1])
    return bool(_NUMBER.fullmatch(last)) and not COMPACT_DATE.fullmatch(last) and not says_other(label) \
        and not any(c.isdigit() for c in label)


def _overlaps(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return min(a[1], b[1]) - max(a[0], b[0]) > 0


def _beside(line: PageLine, cell: Cell, siblings: list[tuple[int, int, int, int]],
            number: tuple[int, int, int, int] | None = None) -> bool:
    """An identifier found in another cell of the cell's row (its middle within the row's height), or
    beside the number itself when the cell holds its label too."""
    x0, _y0, x1, _y1 = number or cell.box
    top, bottom = line.box[1], line.box[3]
    return any(top <= (b[1] + b[3]) / 2 <= bottom and not _overlaps((b[0], b[2]), (x0, x1)) for b in siblings)


def _stacked(page: Page, line: PageLine, cell: Cell, siblings: list[tuple[int, int, int, int]]) -> bool:
    """An identifier starting near the cell on the line just above or below (a tree's nodes)."""
    h = max(1, cell.height)
    x0 = cell.box[0]
    for other in page.lines[max(0, line.index - 1):line.index + 2]:
        if other is line or abs((other.box[1] + other.box[3]) - (line.box[1] + line.box[3])) / 2 > 1.8 * h:
            continue
        top, bottom = other.box[1], other.box[3]
        if any(top <= (b[1] + b[3]) / 2 <= bottom and abs(b[0] - x0) <= 3 * h for b in siblings):
            return True
    return False


def _labelled(line: PageLine, cell: Cell) -> bool:
    """A label in the cell just left of it that says the number is something else ("Invoice no  4417029931",
    "Reading: 0045123"), in the words a text's bare-number rule reads so (:func:`bare_numbers.says_other`).
    A label that says nothing of the kind ("Reference:", a colour's name on a styled page) leaves the number
    to the row: beside a serial, it is read as the gas supply's, as a text's line reads it."""
    if cell.index == 0:
        return False
    left = line.cells[cell.index - 1]
    if not (cell.box[0] - left.box[2] <= 12 * cell.height and looks_like_label(left.text)):
        return False
    return says_other(left.text)


def _under_a_header(page: Page, line: PageLine, cell: Cell,
                    spans: Callable[[PageLine], list[HeaderSpan]]) -> bool:
    """A header row above the cell, within its table's reach, with a field name over the cell."""
    return _headed(page, line.index, cell.box, cell.height, spans)


def _headed(page: Page, index: int, box: tuple[int, int, int, int], h: int,
            spans: Callable[[PageLine], list[HeaderSpan]]) -> bool:
    x0, x1 = box[0], box[2]
    middle = (x0 + x1) / 2
    for above in reversed(page.lines[max(0, index - _HEADER_REACH):index]):
        near = [(a, b, names) for a, b, names in spans(above) if _overlaps((a - 1.5 * h, b + 1.5 * h), (x0, x1))]
        over = [w.box for w in above.words if _overlaps((w.box[0], w.box[2]), (x0, x1))]
        if near and over:
            # a word of the header line right over the cell is its column's name: only a field name that is that
            # word speaks for the cell (a neighbour's "MeterSerial" a few pixels off does not, where the reader
            # took no field name from "RowKey")
            near = [s for s in near if any(_overlaps((s[0], s[1]), (w[0], w[2])) for w in over)]
            if not near:
                return False
        if near:
            # the field name the cell stands most under speaks for it ("RowKey" over an MPRN, not "PartitionKey"
            # beside it), and one that names nothing ("RowKey", "Id") says nothing against the row rule
            _a, _b, names = max(near, key=lambda s: (min(s[1], x1) - max(s[0], x0), -abs((s[0] + s[1]) / 2 - middle)))
            return names
    return False


def headed_numbers(page: Page, found: Sequence[ImageFinding],
                   spans: Callable[[PageLine], list[HeaderSpan]]) -> list[ImageFinding]:
    """``found`` without the bare numbers a line's reader took for MPRNs beside a supply's identifiers
    where the table's header names the column they stand in ("Installation" over SAP's 4000358269 in a row
    whose cells OCR read as one, a space apart): what the header says wins, as for :func:`row_numbers`."""
    kept = []
    for f in found:
        if f.detector == "beside":
            middle = (f.box[1] + f.box[3]) / 2
            line = next((ln for ln in page.lines if ln.box[1] <= middle <= ln.box[3]), None)
            if line is not None and _headed(page, line.index, f.box, max(1, f.box[3] - f.box[1]), spans):
                continue
        kept.append(f)
    return kept
