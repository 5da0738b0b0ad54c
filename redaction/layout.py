"""Masks that come from where text sits on screen, not from what OCR made of it.

OCR alone reads only part of the identifiers on real screenshots exactly, so a value is masked
because of its place, whatever it reads as:
- inline labels: ``MPAN: 1200…``, ``Meter serial S06DS…``, ``mpan=…`` and ``"msn": "…"`` in logs and
  payload viewers: the value after the label in the same cell ("label");
- form fields, label left: a label alone in its cell masks the nearest cell to its right on the same
  line, unless that cell is itself a label ("field-right"); address values also take the lines
  aligned under them (address blocks);
- form fields, label above: the first cell under the label ("field-below"). It is also checked when a
  value was found to the right but does not look like the label's kind, since a stacked form puts the
  next field's label to the right of this one;
- table columns: a sensitive header cell in a header row masks every cell of its column down to the
  end of the table, truncated or unreadable, and where a row has no readable cell in the column the
  ink there is masked all the same ("column");
- near a sensitive label, any digit run of MPAN length (12-21 digits after folding look-alikes) is
  masked, check digit or not ("label").
When in doubt, mask: a leak is a severity-1 defect, a masked label a cosmetic one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .findings import Kind
from .labels import STRONG, is_common_label, label_kind, looks_like_label, plausible_value
from .ocr import Box, Word, union
from .ocrmatch import fold_line
from .screen import Cell, ImageFinding, Page, PageLine

# The tight box of the ink (text) inside a region of the image, or None when the region is blank.
InkFinder = Callable[[Box], Box | None]


@dataclass
class Label:
    kind: Kind
    cell: Cell
    box: Box
    standalone: bool


_KEY_IN_WORD = re.compile(r"""^["'(\[{<]?(?P<key>[A-Za-z][A-Za-z0-9_.\-]{0,40}?)["']?\s*(?P<op>=|:)(?P<value>.*)$""")
_SEPARATOR_WORDS = {":", "=", "-", "–", "#", "is", "no", "no.", ":-"}


def _words_box(words: list[Word]) -> Box:
    return union([w.box for w in words])


def _alnum(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _next_is_key(word: Word) -> bool:
    match = _KEY_IN_WORD.match(word.text)
    return bool(match and (label_kind(match.group("key")) or is_common_label(match.group("key"))))


def scan_cell(cell: Cell) -> tuple[list[Label], list[ImageFinding]]:
    """Labels in one cell, and the values that follow inline labels in the same cell."""
    labels: list[Label] = []
    found: list[ImageFinding] = []
    words = cell.words
    i = 0
    while i < len(words):
        word = words[i]
        # key=value or key:value inside one word (logs, query strings, JSON)
        match = _KEY_IN_WORD.match(word.text)
        if match and len(match.group("key")) >= 2:
            kind = label_kind(match.group("key"))
            if kind is not None:
                labels.append(Label(kind, cell, word.span_box(0, match.start("op") + 1), False))
                value_start = match.start("value")
                value_words: list[Word] = []
                boxes: list[Box] = []
                if match.group("value").strip("\"' ,;"):
                    boxes.append(word.span_box(value_start, len(word.text)))
                    value_words.append(word)
                j = i + 1
                if not boxes and j < len(words):
                    boxes.append(words[j].box)
                    value_words.append(words[j])
                    j += 1
                if kind in (Kind.NAME, Kind.ADDRESS):  # free text runs to the next key=
                    while j < len(words) and not _next_is_key(words[j]) and not words[j].text.endswith(":"):
                        boxes.append(words[j].box)
                        value_words.append(words[j])
                        j += 1
                if boxes:
                    text = " ".join(w.text for w in value_words)
                    found.append(ImageFinding(kind, union(boxes), "label", text))
                i = max(i + 1, j)
                continue
        taken = False
        for n in range(min(5, len(words) - i), 0, -1):
            phrase_words = words[i:i + n]
            phrase = " ".join(w.text for w in phrase_words)
            kind = label_kind(phrase)
            if kind is None:
                continue
            rest = words[i + n:]
            colon = phrase.rstrip().endswith((":", "=")) or bool(rest and rest[0].text in (":", "=", ":-"))
            if not [w for w in rest if _alnum(w.text) and len(w.text) > 1] and i == 0:
                labels.append(Label(kind, cell, _words_box(phrase_words), True))
                return labels, found
            if colon or (kind in STRONG and rest and i == 0):
                value: list[Word] = []
                for k, w in enumerate(rest):
                    if not value and w.text.lower() in _SEPARATOR_WORDS:
                        continue
                    if value and (w.text.endswith(":") or _next_is_key(w)):
                        break
                    if not colon and kind in STRONG and not any(ch.isdigit() for ch in w.text):
                        # "MPAN 1200 ..." without a colon: digits follow a strong label, words do not
                        if not value and k == 0 and not plausible_value(kind, w.text):
                            break
                        if value:
                            break
                    value.append(w)
                    if kind in STRONG and not colon and len(value) >= 6:
                        break
                if not value:
                    continue
                labels.append(Label(kind, cell, _words_box(phrase_words), False))
                found.append(ImageFinding(kind, _words_box(value), "label", " ".join(w.text for w in value)))
                i = words.index(value[-1]) + 1
                taken = True
                break
        if not taken:
            i += 1
    return labels, found


def _label_like(cell: Cell) -> bool:
    return looks_like_label(cell.text)


def _is_header_row(line: PageLine) -> bool:
    if len(line.cells) < 2:
        return False
    labelled = sum(1 for c in line.cells if _label_like(c))
    numeric = sum(1 for c in line.cells if sum(ch.isdigit() for ch in c.text) >= 3)
    return labelled >= 2 and numeric <= 1


def _band(line: PageLine, cell: Cell, page: Page, header: bool) -> tuple[float, float]:
    h = cell.height
    x0, _y0, x1, _y1 = cell.box
    left_cells = [c for c in line.cells if c.box[2] <= x0]
    right_cells = [c for c in line.cells if c.box[0] >= x1]
    if header:
        left = (left_cells[-1].box[2] + x0) / 2 if left_cells else x0 - 3 * h
        right = right_cells[0].box[0] - 1 if right_cells else max(x1 + 10 * h, x0 + 0.2 * page.width)
    else:
        left = x0 - 1.5 * h
        right = right_cells[0].box[0] - 1 if right_cells else max(x1 + 12 * h, x0 + 0.4 * page.width)
    return left, right


def _in_band(cell: Cell, band: tuple[float, float]) -> bool:
    left, right = band
    x0, _y0, x1, _y1 = cell.box
    return left <= x0 < right or left <= (x0 + x1) / 2 < right


class _Layout:
    def __init__(self, page: Page, ink: InkFinder | None) -> None:
        self.page = page
        self.ink = ink
        self.found: list[ImageFinding] = []

    def mask_cell(self, cell: Cell, kind: Kind, detector: str) -> None:
        self.found.append(ImageFinding(kind, cell.box, detector, cell.text))

    # -- label left, value right -------------------------------------------------------------------
    def right_of(self, label: Label) -> Cell | None:
        line = self.page.lines[label.cell.line]
        h = label.cell.height
        limit = max(30 * h, 0.35 * self.page.width)
        for cell in line.cells:
            if cell.box[0] < label.box[2] - 1:
                continue
            if cell.box[0] - label.box[2] > limit:
                return None
            return None if _label_like(cell) else cell
        return None

    # -- label above, value below (one field) --------------------------------------------------------
    def below(self, label: Label, band: tuple[float, float], limit: float) -> Cell | None:
        for line in self.page.lines[label.cell.line + 1:]:
            if line.box[1] - label.box[3] > limit:
                return None
            cells = [c for c in line.cells if _in_band(c, band)]
            if cells:
                return None if _label_like(cells[0]) else cells[0]
        return None

    def continuation(self, value: Cell, kind: Kind, detector: str) -> None:
        """Address lines stacked under the first one, aligned with it."""
        h = value.height
        previous = value
        for line in self.page.lines[value.line + 1:]:
            if line.box[1] - previous.box[3] > 1.2 * h:
                return
            aligned = [c for c in line.cells if abs(c.box[0] - value.box[0]) <= 1.5 * h]
            if not aligned or _label_like(aligned[0]):
                return
            if any(c.box[2] <= value.box[0] - h for c in line.cells):
                return  # a new row of the form, with its own label on the left
            self.mask_cell(aligned[0], kind, detector)
            previous = aligned[0]

    # -- table column under a header ---------------------------------------------------------------
    def column(self, label: Label) -> None:
        header_line = self.page.lines[label.cell.line]
        band = _band(header_line, label.cell, self.page, header=True)
        header_x0s = [c.box[0] for c in header_line.cells]
        h = label.cell.height
        previous_bottom = label.cell.box[3]
        previous_centre = (label.cell.box[1] + label.cell.box[3]) / 2
        pitch: float | None = None
        for line in self.page.lines[label.cell.line + 1:]:
            top, bottom = line.box[1], line.box[3]
            centre = (top + bottom) / 2
            limit = max(2.5 * h, 1.6 * pitch) if pitch else 4 * h
            if top - previous_bottom > limit:
                return
            cells = [c for c in line.cells if _in_band(c, band)]
            if cells:
                if any(_label_like(c) and label_kind(c.text) is not None for c in cells) and _is_header_row(line):
                    return  # another table starts
                for cell in cells:
                    self.mask_cell(cell, label.kind, "column")
            else:
                aligned = sum(1 for c in line.cells if any(abs(c.box[0] - x) <= 1.5 * h for x in header_x0s))
                if aligned < 2:
                    return
                if self.ink is not None:
                    found = self.ink((int(band[0]), top, int(band[1]), bottom))
                    if found is not None:
                        self.found.append(ImageFinding(label.kind, found, "column", ""))
            if pitch is None:
                pitch = max(h, centre - previous_centre)
            previous_bottom, previous_centre = bottom, centre

    # -- digit runs of MPAN length near a sensitive label ---------------------------------------------
    def near_digits(self, label: Label) -> None:
        h = label.cell.height
        x0, y0, x1, y1 = label.box
        region = (x0 - 3 * h, y0 - 1.5 * h, x1 + max(30 * h, 0.35 * self.page.width), y1 + 6 * h)
        for line in self.page.lines:
            lx0, ly0, lx1, ly1 = line.box
            if ly1 < region[1] or ly0 > region[3] or lx1 < region[0] or lx0 > region[2]:
                continue
            folded = fold_line(line.text)
            for match in _LONG_DIGITS.finditer(folded.text):
                digits = sum(ch.isdigit() for ch in match.group())
                if not 12 <= digits <= 21:
                    continue
                start, end = folded.span(match.start(), match.end())
                box = line.span_box(start, end)
                if box and box[2] >= region[0] and box[0] <= region[2] and box[3] >= region[1] and box[1] <= region[3]:
                    self.found.append(ImageFinding(Kind.MPAN, box, "label", line.text[start:end]))

    def run(self) -> list[ImageFinding]:
        labels: list[Label] = []
        for line in self.page.lines:
            for cell in line.cells:
                cell_labels, values = scan_cell(cell)
                labels.extend(cell_labels)
                self.found.extend(values)
        for label in labels:
            self.near_digits(label)
            if not label.standalone:
                continue
            line = self.page.lines[label.cell.line]
            if _is_header_row(line):
                self.column(label)
                continue
            h = label.cell.height
            right = self.right_of(label)
            if right is not None:
                self.mask_cell(right, label.kind, "field-right")
                if label.kind is Kind.ADDRESS:
                    self.continuation(right, label.kind, "field-right")
                if plausible_value(label.kind, right.text):
                    continue
            value = self.below(label, _band(line, label.cell, self.page, header=False), 4 * h)
            if value is not None:
                self.mask_cell(value, label.kind, "field-below")
                if label.kind is Kind.ADDRESS:
                    self.continuation(value, label.kind, "field-below")
        return self.found


_LONG_DIGITS = re.compile(r"(?<![\d])\d(?:[ \-–.]?\d){11,20}(?![\d])")


def layout_findings(page: Page, ink: InkFinder | None = None) -> list[ImageFinding]:
    return _Layout(page, ink).run()


def iter_labels(page: Page) -> Iterator[Label]:
    for line in page.lines:
        for cell in line.cells:
            yield from scan_cell(cell)[0]
