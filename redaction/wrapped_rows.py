"""A terminal's rows hard-wrapped at its width, read as the rows they are.

A query tool in a narrow console (sqlcmd, psql without a pager, a log tailed in an 80-column window) breaks
every row at the window's last column and goes on at the left margin: a row of a customer's name, postcode,
MPAN, MPRN, serial and device id becomes three screen lines, its header too. Read line by line, the MPAN is two
numbers (the end of one line, the start of the next), the MPRN stands under no header (its header is on the
header's second line) and a device id's last digits are a line of their own.

So where several lines end at one right edge and the lines under them go on (at the left margin, or further in
where the wrap fell in a column's padding), each row's lines are set side by side again, as the console would show them were it wide enough: a copy of the screen with each
continuation line's pixels moved up beside the line it continues, and its words with them (a token cut by the wrap
joined whole). The page is read as any other, and what is found there is mapped back onto the lines it came from.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from .findings import Kind
from .ocr import Box, Word, group_lines, union

_MOST_ROWS = 400  # logical rows read so (a screen holds a few dozen)
_MOST_LINES = 5  # screen lines a row may wrap over
# of words whose width a character is within an eighth of the median's: a console's font is monospaced (its words
# 0.96 to 1.0 on the screens measured; a page's justified prose and a Qt form's proportional text 0.74 to 0.93)
_MONOSPACED = 0.95


@dataclass(frozen=True)
class Unwrapped:
    """The screen with its wrapped rows set side by side (``canvas``), the words moved with them, how a box found
    there maps back onto the screen (one box per screen line it crosses), and whether a box on the screen lies in a
    wrapped row (where what stands beside or above a value on the screen is not what the row shows there)."""

    canvas: np.ndarray
    words: list[Word]
    to_screen: Callable[[Box], list[Box]]
    in_rows: Callable[[Box], bool]


def unwrapped(rgb: np.ndarray, words: Sequence[Word]) -> Unwrapped | None:
    """The screen's wrapped rows set side by side (see :class:`Unwrapped`); ``None`` when no rows are wrapped so."""
    lines = [line for line in group_lines(words) if line.words]
    if len(lines) < 6:
        return None
    widths = sorted((w.box[2] - w.box[0]) / len(w.text) for w in words if len(w.text) >= 4 and not w.turned)
    if not widths:
        return None
    char = widths[len(widths) // 2]
    if sum(abs(w - char) <= 0.12 * char for w in widths) < _MONOSPACED * len(widths):
        return None  # a proportional font: justified prose or a page's columns end at one edge too, and are no console
    # the window's edge: the right end four lines or more share, and no line passes
    rights = sorted(line.box[2] for line in lines)
    right = max((r for r in rights if sum(abs(r - other) <= 0.8 * char for other in rights) >= 4), default=None)
    if right is None or any(r > right + 0.8 * char for r in rights):
        return None  # (lines that happen to end together, with a longer one about: no window's edge, nothing passes it)
    left = min(line.box[0] for line in lines)
    # (a line that reaches the edge with a rule, "-[ RECORD 1 ]----+-------", or a border is drawn there, not cut)
    ends = [abs(line.box[2] - right) <= 0.8 * char and any(c.isalnum() for c in line.words[-1].text) for line in lines]
    if sum(ends) < 4 or right - left < 20 * char:
        return None
    rows: list[list[int]] = []  # indices of lines, first and its continuations
    i = 0
    while i < len(lines) and len(rows) < _MOST_ROWS:
        row = [i]
        while ends[row[-1]] and row[-1] + 1 < len(lines) and _continues(lines[row[-1]].box, lines[row[-1] + 1].box):
            row.append(row[-1] + 1)
        if len(row) > _MOST_LINES:  # every line at the edge: a bordered table's rows (psql's "|"), none wrapped
            rows.extend([k] for k in row)
        else:
            rows.append(row)
        i = row[-1] + 1
    wrapped = [row for row in rows if len(row) > 1]
    # (a table's rows are as long as each other: most wrap over as many lines)
    if max((sum(len(other) == len(row) for other in wrapped) for row in wrapped), default=0) < 3:
        return None
    span = right - left  # a continuation moves right by this, once per line it is into its row
    height, width = rgb.shape[:2]
    most = max(len(row) for row in wrapped) - 1
    canvas = np.empty((height, width + most * span, rgb.shape[2]), dtype=rgb.dtype)
    canvas[:] = _background(rgb)
    # every row, wrapped or not, one line; each row as far under the row before as its first line stood under the
    # last line of the row before (the lines its continuations left are closed up: a header wrapped over three lines
    # stands as close over its first row as it did, not three lines further)
    moved: dict[int, tuple[int, int]] = {}  # line index -> (dx, dy)
    placed: list[tuple[int, int, list[Box]]] = []  # each wrapped row's top and bottom on the canvas, its lines on the screen
    bottom_before, target_bottom = None, 0
    for row in rows:
        first = lines[row[0]].box
        top = first[1] if bottom_before is None else target_bottom + (first[1] - bottom_before)
        dy = top - first[1]
        for step, k in enumerate(row):
            x0, y0, x1, y1 = lines[k].box
            dx = step * span
            moved[k] = (dx, dy + (first[1] - y0))
            source_top, source_bottom = max(0, y0), min(height, y1)
            target = source_top + moved[k][1]
            rows_copied = min(source_bottom - source_top, height - target)
            if rows_copied > 0 and target >= 0:
                canvas[target:target + rows_copied, max(0, x0) + dx:x1 + dx] = rgb[source_top:source_top + rows_copied,
                                                                                  max(0, x0):x1]
        if len(row) > 1:
            placed.append((first[1] + dy, first[3] + dy, [lines[k].box for k in row]))
        bottom_before = lines[row[-1]].box[3]
        target_bottom = first[3] + dy
    out: list[Word] = []
    for index, line in enumerate(lines):
        dx, dy = moved.get(index, (0, 0))
        shifted = [_shifted(w, dx, dy) for w in line.words]
        if dx and out and moved.get(index - 1, (0, 0))[0] == dx - span and ends[index - 1] \
                and shifted[0].box[0] - dx <= left + 0.6 * char and out[-1].box[2] >= right + dx - span - 0.8 * char:
            shifted[0] = _glued(out.pop(), shifted[0])  # a token the wrap cut: "17721216" + "96044"
        out.extend(shifted)

    def to_screen(box: Box) -> list[Box]:
        x0, y0, x1, y1 = box
        centre = (y0 + y1) / 2
        for top, bottom, row_lines in placed:
            if not top <= centre <= bottom:
                continue
            boxes = []
            for step, line in enumerate(row_lines):
                low = 0 if step == 0 else left + step * span
                high = right + step * span
                a, b = max(x0, low), min(x1, high)
                if a < b:
                    boxes.append((a - step * span, line[1], b - step * span, line[3]))
            return boxes
        return []  # a line no row wraps was read as it stands

    def in_rows(box: Box) -> bool:
        centre = (box[1] + box[3]) / 2
        return any(line[1] <= centre <= line[3] for _top, _bottom, row_lines in placed for line in row_lines)

    return Unwrapped(canvas, out, to_screen, in_rows)


# the words a number's or a serial's column finding may cover: a header of one space between its names ("LAST_FLOW
# MPAN_CORE") takes the column before into the MPAN's, whose "PUB-046" is no part of it
_SHAPED = {Kind.MPAN: re.compile(r"(?:\D*\d){6}"), Kind.MPRN: re.compile(r"(?:\D*\d){6}"),
           Kind.MSN: re.compile(r"(?=(?:\W*\w){6})(?=\D*\d)"), Kind.DEVICE: re.compile(r"[0-9A-Fa-f:\-]{8,}")}


def narrowed(kind: Kind, box: Box, words: Sequence[Word]) -> list[Box]:
    """``box`` (a finding on the set-side-by-side screen) narrowed to the words in it that could be of ``kind``:
    each such word's box, or ``box`` whole when every word could, or for a kind of no shape."""
    shape = _SHAPED.get(kind)
    if shape is None:
        return [box]
    inside = [w for w in words if box[0] <= (w.box[0] + w.box[2]) / 2 <= box[2] and box[1] <= (w.box[1] + w.box[3]) / 2 <= box[3]]
    fitting = [w for w in inside if shape.match(w.text)]
    if not inside or len(fitting) == len(inside):
        return [box]
    return [w.box for w in fitting]


def _continues(line: Box, after: Box) -> bool:
    """Does ``after`` go on with ``line`` (which reaches the window's edge): the next line down, close under it? It
    starts at the margin, or further in where the wrap fell in a column's padding ("      METER_SERIAL")."""
    gap = after[1] - line[3]
    return gap < 0.8 * max(1, line[3] - line[1])


def _background(rgb: np.ndarray) -> np.ndarray:
    """The screen's commonest colour along its edges (a console's background)."""
    edge = np.concatenate([rgb[0], rgb[-1], rgb[:, 0], rgb[:, -1]]).reshape(-1, rgb.shape[2])
    colours, counts = np.unique(edge, axis=0, return_counts=True)
    return colours[int(np.argmax(counts))]


def _shifted(word: Word, dx: int, dy: int) -> Word:
    if not dx and not dy:
        return word
    x0, y0, x1, y1 = word.box
    return replace(word, box=(x0 + dx, y0 + dy, x1 + dx, y1 + dy), chars=tuple((a + dx, b + dx) for a, b in word.chars))


def _glued(before: Word, after: Word) -> Word:
    chars = before.chars + after.chars if len(before.chars) == len(before.text) and len(after.chars) == len(after.text) \
        else ()
    scores = before.char_scores + after.char_scores \
        if len(before.char_scores) == len(before.text) and len(after.char_scores) == len(after.text) else ()
    return replace(before, text=before.text + after.text, box=union([before.box, after.box]), chars=chars,
                   score=min(before.score, after.score), char_scores=scores)
