"""A long number cut by the screenshot's edge.

A capture that stops mid-value ("…615272317 matched" at the left edge, an MPAN whose first digits lie outside
the crop) shows a run of digits no pattern takes: too short for an MPAN, with no label beside it. Eight digits or
more of any supply's number are a leak, so a run of eight digits or more that touches the left or the right edge
is masked as the number it may be the visible part of (not a date's or a time's digits).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .bare_numbers import COMPACT_DATE
from .findings import Kind
from .screen import ImageFinding, Page

_DIGIT_RUN = re.compile(r"\d(?:[ .\-]?\d){7,}")
_DATE_OR_TIME = re.compile(r"\d{4}[-./ ]\d{2}[-./ ]\d{2}|\d{2}[-./ ]\d{2}[-./ ]\d{4}"
                           rf"|(?:{COMPACT_DATE.pattern})(?:[0-2]\d[0-5]\d(?:[0-5]\d)?)?")
# what may stand between the edge and the digits: an ellipsis, a bar, a bracket or a quote the capture kept
_LEAD = re.compile(r"^[.…|(\[\"'‘“ ]{0,3}")
_TAIL = re.compile(r"[.…|)\]\"'’” ]{0,3}$")
_EDGE = 3  # pixels from the edge that count as touching it


def edge_numbers(page: Page, found: Sequence[ImageFinding]) -> Iterator[ImageFinding]:
    """Each cell's run of eight digits or more at the very start of a cell touching the left edge, or at the end
    of one touching the right edge, that no finding covers."""
    boxes = [f.box for f in found]
    for cell in page.cells:
        left = cell.box[0] <= _EDGE
        right = cell.box[2] >= page.width - _EDGE
        if not (left or right):
            continue
        text = cell.text
        for run in _DIGIT_RUN.finditer(text):
            lead, tail = _LEAD.match(text), _TAIL.search(text)
            at_edge = (left and lead is not None and run.start() <= lead.end()) or \
                (right and tail is not None and run.end() >= tail.start())
            if not at_edge or _DATE_OR_TIME.fullmatch(run.group()):
                continue
            box = page.lines[cell.line].span_box(cell.start + run.start(), cell.start + run.end())
            if box is None:
                continue
            if any(b[0] <= box[0] + 1 and box[2] <= b[2] + 1 and b[1] <= box[3] and box[1] <= b[3] for b in boxes):
                continue
            yield ImageFinding(Kind.MPAN, box, "edge", run.group())
