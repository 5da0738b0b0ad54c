"""An MPAN shown in parts on a screen: its core split over a table's cells, its top line in a cell or a line
of its own beside or above the core.

A billing export shows the core as "Dist | Unique ref | Chk" columns (``10 | 8100339075 | 8``); a spreadsheet
puts the top line (profile class, meter time-switch code, line loss factor class: ``05 393 959``) in the cell
before the core's; a tooltip writes "Top line: 08 845 044" over "Core: 15 7746 3706 434". Each part alone is
no identifier a pattern knows, so each is read against its neighbours:
- digit cells next to each other on one row whose digits together are a valid MPAN core (the check digit
  holds across the cells) are one MPAN;
- a top line's shape (a profile class 00-08, three digits, three characters) on the row of an MPAN found on
  the page, or on the line just above or below it and across the same columns, is that MPAN's top line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .findings import Kind
from .mpan import core_from
from .ocr import Word, union
from .screen import ImageFinding, Page

# a word of digits alone (a cell may hold several: "3185610083 8", OCR ran two cells into one word group)
_DIGITS = re.compile(r"[0-9]+")
# a top line: profile class, meter time-switch code, line loss factor class ("05 393 959", "08845044",
# "S 01 801 902" with the box's S read into it); not inside a longer token (a UUID's group, a file's name)
_TOP_LINE = re.compile(r"(?<![0-9A-Za-z\-:._/])(?:S ?)?0[0-8]( ?)\d{3}\1[0-9A-Z]{3}(?![0-9A-Za-z\-:._/])")
_MOST_CELLS = 4  # "Dist | Unique ref | Chk", and a fourth where OCR split one


def split_core_findings(page: Page) -> Iterator[ImageFinding]:
    """Runs of neighbouring digit cells on a row that together spell a valid MPAN core. OCR may group a
    cell's digits with the words before or after them ("DUIS SRV 4.1.1 10 | 6337224089 1": the Dist column's
    "10" read into the service's cell): a run may start with a cell's last digit words and end with a
    cell's first, but reads across no cell that holds anything but digits."""
    for line in page.lines:
        cells = line.cells
        for first in range(len(cells) - 1):
            parts: list[list[Word]] = []
            for offset, cell in enumerate(cells[first:first + _MOST_CELLS]):
                words = _digit_words(cell.words, last=offset == 0)
                if not words:
                    break
                parts.append(words)
                if offset > 0 and len(words) < len(cell.words):  # (a cell's first digits end the run)
                    break
            last = core_from(["".join(w.text for w in part) for part in parts], 0)
            if last is not None and last > 0:  # (a core whole in one cell is the patterns' to find)
                joined = [w for part in parts[:last + 1] for w in part]
                yield ImageFinding(Kind.MPAN, union([w.box for w in joined]), "cells", " ".join(w.text for w in joined))


def _digit_words(words: Sequence[Word], last: bool) -> list[Word]:
    """A cell's words that are digits alone, all of them, or those at its end (``last``: where a run starts)
    or at its start (where one ends)."""
    run: list[Word] = []
    for word in (reversed(words) if last else words):
        if not _DIGITS.fullmatch(word.text):
            break
        run.append(word)
    return run[::-1] if last else run


def top_line_findings(page: Page, found: Sequence[ImageFinding]) -> Iterator[ImageFinding]:
    """Top lines beside, above or below an MPAN found on the page (``found``)."""
    cores = [f.box for f in found if f.kind is Kind.MPAN]
    if not cores:
        return
    for line in page.lines:
        for match in _TOP_LINE.finditer(line.text):
            box = line.span_box(match.start(), match.end())
            if box is not None and any(_beside(box, core) or _stacked(box, core) for core in cores):
                yield ImageFinding(Kind.MPAN, box, "top-line", match.group(), line.cuts(match.start(), match.end()))


def _beside(box: tuple[int, int, int, int], core: tuple[int, int, int, int]) -> bool:
    """On the same row as the core (a table's next cells), whichever side of it."""
    height = max(box[3] - box[1], core[3] - core[1], 1)
    level = abs((box[1] + box[3]) - (core[1] + core[3])) / 2 <= 0.5 * height
    gap = max(core[0] - box[2], box[0] - core[2])
    return level and gap <= 15 * height


def _stacked(box: tuple[int, int, int, int], core: tuple[int, int, int, int]) -> bool:
    """On the line just above or below the core, and across some of its columns or close to them."""
    height = max(box[3] - box[1], core[3] - core[1], 1)
    between = max(core[1] - box[3], box[1] - core[3])
    gap = max(core[0] - box[2], box[0] - core[2])
    return between <= 1.2 * height and gap <= 3 * height

