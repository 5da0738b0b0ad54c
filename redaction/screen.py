"""What OCR read on a screen, arranged as the text detectors and layout rules need it.

A :class:`Page` holds lines (words sharing a baseline) and, within each line, cells: runs of words
printed together (a table cell, a field value, a label). Between cells there is a visible gap, and the
line's text puts three spaces there, so that the text patterns (which end a free-text value at two
spaces, and join digits only across one separator) never glue two table cells into one number.

Every character of a line's text maps back to the word and character it came from, so a finding in
the text (``mpan=1200023305967`` -> the 13 digits) becomes a pixel box around just those characters.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .findings import Kind
from .ocr import Box, Line, Word, WordRow, group_lines, union

CELL_BREAK = "   "


@dataclass(frozen=True)
class ImageFinding:
    """An identifier seen in an image: where, what kind, which detector, and the text OCR read there
    (empty when layout alone placed it, e.g. an unreadable cell under an "MPAN" header)."""

    kind: Kind
    box: Box
    detector: str
    text: str = ""
    # the box starts / ends inside a word ("mpan=|1200…"): the neighbouring glyph is right there, so the
    # mask may not grow through ink on that side
    cut: tuple[bool, bool] = (False, False)


@dataclass
class Cell:
    line: int  # index of the line in the page
    index: int  # index of the cell in its line
    words: list[Word]
    start: int = 0  # offset of the cell's text in the line's text

    @property
    def box(self) -> Box:
        return union([w.box for w in self.words])

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def height(self) -> int:
        return max(1, max(w.box[3] - w.box[1] for w in self.words))


@dataclass
class PageLine(WordRow):
    index: int
    words: list[Word]
    cells: list[Cell] = field(default_factory=list)
    text: str = ""
    # for each character of ``text``: (word index in ``words``, character index in the word), or None
    # for the spaces between words and cells
    chars: list[tuple[int, int] | None] = field(default_factory=list)
    # where a long vertical edge (a window's border, a grid's rule) crosses the line: no cell spans one
    walls: tuple[int, ...] = ()

    def span_boxes(self, start: int, end: int) -> list[Box]:
        """Pixel boxes (one per word touched) of ``text[start:end]``."""
        touched: dict[int, list[int]] = {}
        for position in range(max(0, start), min(end, len(self.chars))):
            ref = self.chars[position]
            if ref is not None:
                touched.setdefault(ref[0], []).append(ref[1])
        return [self.words[w].span_box(min(cs), max(cs) + 1) for w, cs in sorted(touched.items())]

    def span_box(self, start: int, end: int) -> Box | None:
        boxes = self.span_boxes(start, end)
        return union(boxes) if boxes else None

    def cuts(self, start: int, end: int) -> tuple[bool, bool]:
        """Does ``text[start:end]`` begin / end inside a word?"""
        first = self.chars[start] if 0 <= start < len(self.chars) else None
        last = self.chars[end - 1] if 0 < end <= len(self.chars) else None
        return (first is not None and first[1] > 0,
                last is not None and last[1] < len(self.words[last[0]].text) - 1)

    def span_score(self, start: int, end: int) -> float:
        """The lowest per-character confidence in ``text[start:end]``."""
        scores = [1.0]
        for position in range(max(0, start), min(end, len(self.chars))):
            ref = self.chars[position]
            if ref is not None:
                scores.append(self.words[ref[0]].min_score(ref[1], ref[1] + 1))
        return min(scores)


@dataclass
class Page:
    width: int
    height: int
    lines: list[PageLine]

    @property
    def cells(self) -> list[Cell]:
        return [cell for line in self.lines for cell in line.cells]


# A vertical edge seen by the image: x, first row, last row + 1
Wall = tuple[int, int, int]


def build_page(words: Sequence[Word], width: int, height: int, walls: Sequence[Wall] = ()) -> Page:
    """The words as lines and cells. ``walls``: long vertical edges in the image (see
    ``image.walls``); a cell never runs across one, however close the words either side are (a log
    line of one window and the status bar of the next, detected as one block)."""
    lines = []
    for i, line in enumerate(group_lines([w for w in words if w.text.strip()])):
        top, bottom = line.box[1], line.box[3]
        middle = (top + bottom) / 2
        crossing = tuple(sorted({x for x, y0, y1 in walls if y0 <= middle < y1 and line.box[0] < x < line.box[2]}))
        lines.append(_page_line(i, line, crossing))
    return Page(width, height, lines)


def sub_line(line: PageLine, words: Sequence[Word]) -> PageLine:
    """Part of a page line, as a line of its own (same index): the words of one window where windows
    side by side share a baseline."""
    return _page_line(line.index, Line(sorted(words, key=lambda w: w.box[0])), line.walls)


def _walled(walls: tuple[int, ...], left: int, right: int) -> bool:
    """Whether a wall stands between a word ending at ``left`` and the next starting at ``right``."""
    return any(left - 1 <= x <= right + 1 for x in walls)


def _page_line(index: int, line: Line, walls: tuple[int, ...] = ()) -> PageLine:
    page_line = PageLine(index, list(line.words), walls=walls)
    height = line.height
    cells: list[list[int]] = []
    for i, word in enumerate(page_line.words):
        if cells:
            previous = page_line.words[cells[-1][-1]]
            gap = word.box[0] - previous.box[2]
            same_block = word.segment >= 0 and word.segment == previous.segment
            if (same_block or gap <= 0.6 * height) and not (walls and _walled(walls, previous.box[2], word.box[0])):
                cells[-1].append(i)
                continue
        cells.append([i])
    text: list[str] = []
    chars: list[tuple[int, int] | None] = []
    for c, members in enumerate(cells):
        if c:
            text.append(CELL_BREAK)
            chars.extend([None] * len(CELL_BREAK))
        cell = Cell(index, c, [page_line.words[i] for i in members], start=sum(len(t) for t in text))
        for n, i in enumerate(members):
            if n:
                text.append(" ")
                chars.append(None)
            text.append(page_line.words[i].text)
            chars.extend((i, k) for k in range(len(page_line.words[i].text)))
        page_line.cells.append(cell)
    page_line.text = "".join(text)
    page_line.chars = chars
    return page_line
