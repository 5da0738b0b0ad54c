"""Masks that come from where text sits on screen, not from what OCR made of it.

OCR alone reads only part of the identifiers on real screenshots exactly, so a value is masked
because of its place, whatever it reads as:
- inline labels: ``MPAN: 1200…``, ``Meter serial S06DS…``, ``mpan=…`` and ``"msn": "…"`` in logs and
  payload viewers: the value after the label in the same cell ("label", :mod:`cell_labels`);
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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from .cell_labels import LABEL_COLON, NUMBER_KINDS, Label, number_word, scan_cell, words_box
from .findings import Kind
from .line_labels import NOT_A_PERSON
from .mpan import core_from, is_valid_mpan_core
from .ocr import Box, Word, union
from .ocrmatch import fold_line, in_iso_time
from .register import ocr_fold
from .screen import Cell, ImageFinding, Page, PageLine, sub_line
from .screen_labels import (STRONG, is_common_label, is_known_non_identifier, is_listed_label, label_kind,
                            looks_like_label, opens_with_time, plausible_value)


# a key just before a number that says what the number is, other than a supply's: a time, a barcode, a count
_OWN_KEY = re.compile(r"(?i)(?<![a-z])(?:[a-z]+_)?(?:epoch|ts|time|timestamp|millis|ms|nanos|ns|created|updated|ean|ean13|"
                      r"gtin|upc|barcode|isbn|count|total|rows|bytes|size|duration|elapsed|seq|offset|pid|port|"
                      r"invoice|order|po)[ \t]*[=:][ \t]*$")
# ...and a column's heading that says so
_OWN_HEADING = re.compile(r"(?i)(?:epoch|unix)(?:[ _]?(?:ms|millis|milliseconds|s|ns))?|(?:time ?stamp|time|ts)(?:[ _]?\(?(?:ms|s|ns|utc)\)?)?"
                          r"|ms|millis|ean(?:[ _-]?13)?|gtin|upc|barcode|isbn|count|total|rows|bytes|size|duration|seq|offset"
                          r"|invoice(?:[ _]?no)?|order(?:[ _]?no)?|po")
# ...or a longer heading with such a word in it ("Read at (epoch ms)", "Created (Unix time)", "EAN barcode")
_OWN_HEADING_WORD = re.compile(r"(?i)\b(?:epoch|unix|time ?stamp|ean(?:[ _-]?13)?|gtin|barcode|counter|sequence|seq)\b")
# words in small letters after a capital, and nothing else ("In stock", "Faulty", "Awaiting install")
_WORDS_ONLY = re.compile(r"[A-Za-z][a-z]+(?: [A-Za-z][a-z]+)*")


def _hex_made(text: str) -> bool:
    """Eight hex digits or more, and few other letters or digits: a device's id as shown, whole or cut, OCR's slips
    aside ("00-1C-9B-C2-C3-11-45-92", "…F856BA5E")."""
    folded = [c for c in text.replace("O", "0").replace("o", "0") if c.isalnum()]
    hexes = sum(c in "0123456789abcdefABCDEF" for c in folded)
    return hexes >= 8 and hexes >= 0.75 * len(folded)
_HEADER_WORDS = re.compile(r"[A-Z][a-z]+(?: [A-Za-z][a-z]+)?")  # one or two words, the first capitalised


# a service desk's ticket or a system's reference, which no address's, name's or postcode's line is
_A_TICKET = re.compile(r"\b(?:INC|RITM|REQ|CHG|PRB|SCTASK|TASK|KB)\d{5,8}\b|\b[A-Z]{2,6}-[A-Z]*\d{3,}\b")
_INWARD_CODE = re.compile(r"\d[A-Z]{2}|[A-Z]{1,2}\d[A-Z\d]?")

class InkFinder(Protocol):
    """Where the ink (text) is in the image."""

    def tight(self, box: Box) -> Box | None:
        """The bounding box of the ink inside ``box``, or None when it is blank."""
        ...

    def run_right(self, box: Box, limit: float, gap: float) -> Box | None:
        """``box`` grown rightwards over ink, across blank runs narrower than ``gap``, up to ``limit``."""
        ...

    def rule_between(self, box: Box) -> bool:
        """Does ``box`` (the gap between two words, a little taller than their line) hold a grid's vertical rule?"""
        ...

    def masked(self, box: Box, height: float) -> bool:
        """Does ``box`` hold a redaction's mask (a solid block of the mask's colour)?"""
        ...


def _label_like(cell: Cell) -> bool:
    return looks_like_label(cell.text)


@dataclass
class Phrase:
    """Consecutive words of a line that form one field name (a header cell, even when OCR ran it
    together with its neighbours: "Changed Date Meter… Customer")."""

    words: list[Word]
    kind: Kind | None  # the identifier it names, or None for an ordinary field name

    @property
    def box(self) -> Box:
        return words_box(self.words)

    @property
    def name(self) -> str:
        """The field name as a header says it, in small letters, without a colon ("town", "rowkey")."""
        words = self.words[1:] if len(self.words) > 1 and _COLUMN_LETTER.fullmatch(self.words[0].text) else self.words
        return " ".join(w.text for w in words).strip(" :").lower()


# the header of a grid's column of row numbers, set close to the next header ("Row MPAN", "# Serial")
_ROW_NUMBER_HEADERS = frozenset({"row", "rows", "no", "#", "n", "idx", "index", "item", "line", "seq"})


def _phrases(line: PageLine) -> tuple[list[Phrase], int]:
    """The line's words grouped into field names (longest first), and how many words are left over."""
    words = line.words
    phrases: list[Phrase] = []
    left_over = 0
    i = 0
    while i < len(words):
        for n in range(min(4, len(words) - i), 0, -1):
            group = words[i:i + n]
            if any(b.box[0] - a.box[2] > 0.6 * line.height for a, b in zip(group, group[1:], strict=False)):
                continue  # words of one field name are a space apart; header cells further
            text = " ".join(w.text for w in group)
            if n > 1 and not is_listed_label(text) and (label_kind(group[0].text) or is_common_label(group[0].text)
                                                      or group[0].text.lower().strip(".:") in _ROW_NUMBER_HEADERS
                                                      or _two_headers(group)):
                continue  # "Step MPAN" is two headers, not a kind of MPAN ("Row MPAN": a grid's row numbers, then MPANs)
            kind = label_kind(text)
            if kind is not None or is_common_label(text):
                phrases.append(Phrase(group, kind))
                i += n
                break
        else:
            left_over += 1
            i += 1
    return phrases, left_over


_COLUMN_LETTER = re.compile(r"[A-Z]{1,2}[:.]")


def _two_headers(group: list[Word]) -> bool:
    """Are the words a field name of several words followed by a listed one ("Test case" then "MPAN", set close in a
    grid sized to its contents), not one field name?"""
    return any(is_common_label(first := " ".join(w.text for w in group[:k])) and label_kind(first) is None
               and is_listed_label(" ".join(w.text for w in group[k:])) for k in range(2, len(group)))


def header_phrases(page: Page, line: PageLine, right: float | None = None) -> list[Phrase] | None:
    """The field names of a table's header row, left to right; None when the line is no header.

    A header is mostly field names and hardly any digits, and the row under it holds values, not
    more field names. (A form row alternates labels and values, and the row under it is another
    label/value row; a stacked form's row of labels does count as a header: values sit under it.)
    ``right``: where the header's window ends, for part of a line (the row under it is read up to
    there: the next window's text is no value of this table)."""
    letters = [w for w in line.words if _COLUMN_LETTER.fullmatch(w.text)]
    if len(letters) >= 2:  # a sheet's column letters before its headers ("B: MPAN  C: MPRN  D: Meter serial"): read
        # without them, then each header with its letter (its column's cells start under the letter)
        found = header_phrases(page, sub_line(line, [w for w in line.words if w not in letters]), right)
        if found is None:
            return None
        lettered = []
        for phrase in found:
            before = [w for w in letters if 0 <= phrase.box[0] - w.box[2] <= line.height]
            lettered.append(Phrase([before[-1], *phrase.words], phrase.kind) if before else phrase)
        return lettered
    phrases, left_over = _phrases(line)
    words = line.words
    labelled = sum(len(p.words) for p in phrases)
    numeric = sum(1 for w in words if sum(ch.isdigit() for ch in w.text) >= 3)
    if len(phrases) < 2 or labelled < 0.6 * len(words) or numeric:
        return None
    if any(w.text.rstrip("\"'").endswith(":") or "=" in w.text for w in words):
        return None  # "deviceId": "00-1B…" is a field and its value, not a header
    if len(phrases) == 2 and phrases[1].box[0] - phrases[0].box[2] < 1.5 * line.height:
        return None  # "City  Reading": a label and its value, not two column headers
    if any(_gutter_between(line, a, b) for a, b in zip(phrases, phrases[1:])):
        return None  # card titles side by side ("Contact", "Case notes", "Supplies"): each heads its own card
    if left_over > max(1, 0.35 * len(words)):
        return None
    below = _next_line(page, line, min(p.box[0] for p in phrases) - 2 * line.height, right)
    if below is None:
        return phrases
    h = line.height
    values = labels = 0
    below_words = [w for w in below.words if right is None or w.box[0] < right]
    for phrase in phrases:
        under = [w for w in below_words if abs(w.box[0] - phrase.box[0]) <= 1.5 * h]
        if not under:
            continue
        first = under[0]
        following = [w for w in below_words if w.box[0] >= first.box[0]][:3]
        if any(looks_like_label(" ".join(x.text for x in following[:n])) for n in range(len(following), 0, -1)):
            labels += 1
        else:
            values += 1
    return phrases if values >= 1 and labels <= values else None


def _gutter_between(line: PageLine, left: Phrase, right: Phrase) -> bool:
    """Two borders between two phrases, apart by half a text height or more: the edges of two windows
    or cards with a gutter between them (a grid's columns share one rule, or two a hair apart)."""
    inside = [x for x in line.walls if left.box[2] <= x <= right.box[0]]
    return len(inside) >= 2 and inside[-1] - inside[0] >= 0.5 * line.height


def _next_line(page: Page, line: PageLine, x0: float, right: float | None = None) -> PageLine | None:
    for other in page.lines[line.index + 1:]:
        if any(w.box[2] > x0 and (right is None or w.box[0] < right) for w in other.words):
            return other
    return None


def _screen(page: Page) -> float:
    """The width that reaches given as a share of the screen are shares of: the page's, up to one screen's
    (2560 px). On a capture of several screens side by side a share of the whole reached into other
    windows."""
    return min(page.width, 2560)


def _band(line: PageLine, cell: Cell, page: Page) -> tuple[float, float]:
    """Where a value under a form label may sit: from a little left of the label to the next cell
    on the label's line (or well to the right when there is none)."""
    h = cell.height
    x0, _y0, x1, _y1 = cell.box
    right_cells = [c for c in line.cells if c.box[0] >= x1]
    right = right_cells[0].box[0] - 1 if right_cells else max(x1 + 12 * h, x0 + 0.4 * _screen(page))
    return x0 - 1.5 * h, right


def _in_band(cell: Cell, band: tuple[float, float]) -> bool:
    left, right = band
    x0, _y0, x1, _y1 = cell.box
    return left <= x0 < right or left <= (x0 + x1) / 2 < right


def _column_words(words: list[Word], header: tuple[float, float], others: Sequence[tuple[float, float]],
                  left: float, right: float, h: float, lettered: bool = False) -> list[tuple[Word, int]]:
    """The words of one table row that belong to the column whose header spans ``header`` (x0, x1),
    each with the index of its first character in the column. ``others``: the other headers' spans.

    A run of words a space apart that lies under this header and under no other is the column's cell,
    taken whole, wherever it starts: a header centred over its column (a Qt grid, most portals) starts
    right of its cells ("70B3D5D58A8676B9" under "ESME GUID", "208 Station Approach" under "Address"),
    and the next column's cells start left of the next header. A run under another header only is that
    column's. The rest (a run under no header, or under two: cells OCR ran together; a run whose middle
    lies outside the column, ``left`` to ``right``) is placed by :func:`_column_words_by_start`."""
    chosen: list[tuple[Word, int]] = []
    rest: list[Word] = []
    for run in _runs(sorted(words, key=lambda w: w.box[0]), h):
        while lettered and len(run) > 1 and run[0].box[2] < header[0] and _ROW_NUMBER.fullmatch(run[0].text):
            run = run[1:]  # a row's number left of a lettered column, set close to its cell ("10 1,371,680,329,085")
        x0, x1 = run[0].box[0], run[-1].box[2]
        mine = x0 < header[1] and x1 > header[0]
        theirs = any(x0 < other[1] and x1 > other[0] for other in others)
        if mine and not theirs and not left - h <= (x0 + x1) / 2 <= right + h:
            # centred far outside the column: not a cell but text beside the table read on its row (a log
            # line of the next window, run on into the grid's status bar), placed word by word below
            rest.extend(run)
        elif mine and not theirs:
            chosen.extend((word, 0) for word in run)
        elif mine:  # cells of columns set close, read as one run: each word to the header nearest it
            spans = [other for other in others if x0 < other[1] and x1 > other[0]]
            for word in run:
                centre = (word.box[0] + word.box[2]) / 2
                if any(word.box[0] < other[1] and word.box[2] > other[0] for other in spans):
                    rest.append(word)  # under another header too: one word glued across the columns
                elif _distance(centre, header) < min(_distance(centre, other) for other in spans):
                    chosen.append((word, 0))
        elif not theirs:
            rest.extend(run)
    return chosen + _column_words_by_start(rest, header[0], left, right, h) if rest else chosen


_ROW_NUMBER = re.compile(r"\d{1,4}")
_LEADER_END = re.compile(r"(?:\.{3,}|…+|_{3,}|·{3,})\s*$")


def _digit_run_start(text: str, first: int) -> int:
    """``first``, or where the run of digits it cuts starts."""
    while 0 < first < len(text) and text[first].isdigit() and text[first - 1].isdigit():
        first -= 1
    return first


def _distance(x: float, span: tuple[float, float]) -> float:
    return max(0.0, span[0] - x, x - span[1])


def _runs(words: list[Word], h: float) -> list[list[Word]]:
    """``words`` (in order across) in runs of words at most about a space apart."""
    runs: list[list[Word]] = []
    for word in words:
        if runs and word.box[0] - runs[-1][-1].box[2] <= 0.6 * h:
            runs[-1].append(word)
        else:
            runs.append([word])
    return runs


def _column_words_by_start(words: list[Word], start: float, left: float, right: float,
                           h: float) -> list[tuple[Word, int]]:
    """The words of one table row that belong to the column whose header starts at ``start``, each
    with the index of its first character in the column.

    ``left``/``right`` bound the column (half way to the previous header, the next header). A word
    belongs when its middle is in the column and it starts there too (left-aligned cells, even when OCR
    ran several cells together), or when its run of text lies in the column and reaches past the
    header's start (a right-aligned number). The tail of a long title in the previous column starts
    further left, and the previous column's right-aligned number ends before the header: neither does.
    A word that OCR glued across the column's start ("89394133": an ID, then a house number) belongs
    from its first character past the start."""
    chosen: list[tuple[Word, int]] = []
    runs: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.box[0]):
        crosses = word.box[0] >= start - 0.2 * h and bool(runs) and runs[-1][-1].box[2] <= start
        if runs and word.box[0] - runs[-1][-1].box[2] <= 0.6 * h and not crosses:
            runs[-1].append(word)
        else:
            runs.append([word])
    for run in runs:
        for word in run:
            x0, _y0, x1, _y1 = word.box
            if x0 < start - 0.5 * h and x1 > start + 0.5 * h and x1 < right:
                first = _first_char_from(word, start - 0.3 * h)
                if first is not None:
                    chosen.append((word, first))
                continue
            if not left <= (x0 + x1) / 2 < right:
                continue
            # starts in the column, or a right-aligned run reaching into it (a number under a short header;
            # the previous column's right-aligned number ends before this header starts)
            if x0 >= start - 0.5 * h or (run[0].box[0] >= left and run[-1].box[2] > start):
                chosen.append((word, 0))
    return chosen


def _first_char_from(word: Word, x: float) -> int | None:
    """The index of the first character of ``word`` whose middle is right of ``x``."""
    if len(word.chars) != len(word.text):
        step = (word.box[2] - word.box[0]) / max(1, len(word.text))
        centres = [word.box[0] + (i + 0.5) * step for i in range(len(word.text))]
    else:
        centres = [(a + b) / 2 for a, b in word.chars]
    for index, centre in enumerate(centres):
        if centre >= x:
            return index
    return None


class _Layout:
    def __init__(self, page: Page, ink: InkFinder | None) -> None:
        self.page = page
        self.ink = ink
        self.found: list[ImageFinding] = []
        self._headers: dict[int, list[Phrase] | None] = {}
        self._phrases: dict[int, tuple[list[Phrase], int]] = {}
        self._digit_runs: dict[int, list[tuple[int, int, Box]]] = {}
        self._windows: dict[int, list[tuple[PageLine, list[Phrase], tuple[float, float]]]] = {}
        self._spans: dict[int, list[HeaderSpan]] = {}

    def header(self, line: PageLine) -> list[Phrase] | None:
        if line.index not in self._headers:
            self._headers[line.index] = header_phrases(self.page, line)
        return self._headers[line.index]

    def _header_of(self, line: PageLine, right: float) -> list[Phrase] | None:
        """:meth:`header` for a page line, or for part of one that ends at ``right`` (not cached: its
        index is its line's)."""
        return self.header(line) if line is self.page.lines[line.index] else header_phrases(self.page, line, right)

    # gaps, in text heights, at which a line is cut into the windows it may cross: the widest first. A
    # fixed one is a coin toss where two windows meet: OCR's boxes of one line of text are 26 or 30 px
    # tall by how the screen was cut, and a 238 px gap between a grid's header and the next window was
    # under eight heights in one reading and over in the other (the grid's columns went unmasked). So
    # every cut is tried, and what any of them finds is kept: each only adds columns to mask.
    _WINDOW_GAPS = (8.0, 5.0, 3.0)

    def window_headers(self, line: PageLine) -> list[tuple[PageLine, list[Phrase], tuple[float, float]]]:
        """Table headers in part of a line that is no header as a whole: windows side by side share
        baselines, and a grid's header row may run on into the next window's text ("Customer   Test
        Plans   MPAN: 1140…"), which is no header. The line is cut at gaps wider than a few text heights
        (each of :data:`_WINDOW_GAPS` in turn); each run of the pieces between such gaps is read as a
        header of its own, shortest first. Returns each part, its header phrases and the span across the
        page its table may use (to the next piece of other text). Cached for the page's own lines."""
        if line is self.page.lines[line.index]:
            if line.index not in self._windows:
                self._windows[line.index] = self._window_headers_of(line)
            return self._windows[line.index]
        return self._window_headers_of(line)

    def _window_headers_of(self, line: PageLine) -> list[tuple[PageLine, list[Phrase], tuple[float, float]]]:
        found: list[tuple[PageLine, list[Phrase], tuple[float, float]]] = []
        seen: set[tuple[tuple[Box, ...], tuple[float, float]]] = set()
        for gap in (*self._WINDOW_GAPS, None):
            for part, phrases, span in self._window_headers(line, gap):
                key = (tuple(w.box for w in part.words), span)
                if key not in seen:
                    seen.add(key)
                    found.append((part, phrases, span))
        # a header found whole in one cut is not also read in pieces found in another: the last column of a
        # piece knows no next header, and its cells would run on into that column ("Address" took the Flow
        # column's "D0150" beside it when "Flow" was cut off with the next window's "Postcode:")
        boxes = [{w.box for w in part.words} for part, _phrases, _span in found]
        return [header for header, words in zip(found, boxes, strict=True)
                if not any(words < other for other in boxes)]

    def _window_headers(self, line: PageLine,
                        gap: float | None) -> list[tuple[PageLine, list[Phrase], tuple[float, float]]]:
        """:meth:`window_headers` with the line cut at gaps of ``gap`` text heights, or with ``gap`` None
        at its walls only: a window's border a short way past a grid's last header ("Flow", then the next
        window's "Postcode:" two heights on) parts what no gap does."""
        h = line.height
        pieces: list[list[Cell]] = []
        for cell in line.cells:
            previous = pieces[-1][-1].box[2] if pieces else 0
            apart = (cell.box[0] - previous >= gap * h if gap is not None
                     else any(previous - 1 <= x <= cell.box[0] + 1 for x in line.walls))
            if pieces and not apart:
                pieces[-1].append(cell)
            else:
                pieces.append([cell])
        if len(pieces) < 2:
            return []
        # what each piece holds of a header, counted once (a field name never spans such a gap): runs
        # that cannot be one (a piece with a number or a "key:" in it; too few field names) are not tried
        counts = []
        for piece in pieces:
            words = [w for cell in piece for w in cell.words]
            named, _left_over = _phrases(sub_line(line, words))
            bad = any(sum(ch.isdigit() for ch in w.text) >= 3 or w.text.rstrip("\"'").endswith(":") or "=" in w.text
                      for w in words)
            counts.append((len(named), sum(len(p.words) for p in named), len(words), bad))
        found: list[tuple[PageLine, list[Phrase], tuple[float, float]]] = []
        taken: set[int] = set()
        # shortest first: a longer run may take in the next window's labels ("Customer", "Post code" of a
        # form beside the grid) and its table would then reach into that window
        runs = sorted(((i, j) for i in range(len(pieces)) for j in range(i + 1, len(pieces) + 1)
                       if j - i < len(pieces)), key=lambda r: (r[1] - r[0], r[0]))

        tried: dict[tuple[int, int], bool] = {}

        def header(i: int, j: int) -> bool:
            """Is the run of pieces i..j-1 a header? If so, it is found (once: the second pass below asks
            again of runs the first tried, and a wide line of a big screen has hundreds)."""
            if (i, j) not in tried:
                tried[i, j] = _header(i, j)
            return tried[i, j]

        def _header(i: int, j: int) -> bool:
            if any(c[3] for c in counts[i:j]):
                return False
            names, labelled, total = (sum(c[k] for c in counts[i:j]) for k in range(3))
            if names < 2 or labelled < 0.6 * total:
                return False
            part = sub_line(line, [w for piece in pieces[i:j] for cell in piece for w in cell.words])
            left = pieces[i - 1][-1].box[2] if i > 0 else 0
            right = pieces[j][0].box[0] - 1 if j < len(pieces) else self.page.width
            phrases = header_phrases(self.page, part, right)
            if phrases is None:
                return False
            taken.update(range(i, j))
            found.append((part, phrases, (left, right)))
            return True

        for i, j in runs:
            if not taken & set(range(i, j)):
                header(i, j)
        # a piece with a field name that no header took, because its shortest header shares a piece with
        # one found first ("07 | Device ID | State MPRN Correlation ID": "State…" alone is a header, and
        # "Device ID" alone is not): the shortest header that holds it, whatever else took its pieces
        for k, count in enumerate(counts):
            if k not in taken and count[0]:
                next((True for i, j in runs if i <= k < j and header(i, j)), False)
        return found

    def header_spans(self, line: PageLine) -> list[HeaderSpan]:
        """The x spans of the field names of the table headers on a line of the page: the whole line's,
        or those of its parts where windows side by side share it (from what :meth:`run` read); each with
        whether the name says what its column holds."""
        if line.index not in self._spans:
            phrases = self.header(line)
            if phrases is None:
                phrases = [p for _part, part_phrases, _span in self.window_headers(line) for p in part_phrases]
            # (a name that says nothing of what its column holds, a store's "RowKey" or "Id", speaks for none of the
            # numbers under it: the row rule may still read them as MPRNs beside an MPAN)
            self._spans[line.index] = [(p.box[0], p.box[2], not _GENERIC_HEADER.fullmatch(p.name)) for p in phrases]
        return self._spans[line.index]

    def phrases(self, line: PageLine) -> tuple[list[Phrase], int]:
        if line.index not in self._phrases:
            self._phrases[line.index] = _phrases(line)
        return self._phrases[line.index]

    def mask_cell(self, cell: Cell, kind: Kind, detector: str) -> None:
        self.found.append(ImageFinding(kind, cell.box, detector, cell.text))

    def mask_value(self, cell: Cell, kind: Kind, detector: str) -> None:
        """The cell right of a label, or of a number-shaped kind only its leading words that hold a digit: a
        printed bill sets the line's next fields a space apart ("Account number 4031 8827 55 Amount due
        £218.64 Paid by Direct Debit on 05/12/2026"), and they are no part of the account's number."""
        words = cell.words
        if kind not in NUMBER_KINDS or len(words) < 2 or not any(c.isdigit() for c in words[0].text):
            self.mask_cell(cell, kind, detector)
            return
        count = 1
        while count < len(words) and number_word(words[count].text) and not opens_with_time(words[count].text):
            count += 1
        value = words[:count]
        self.found.append(ImageFinding(kind, union([w.box for w in value]), detector, " ".join(w.text for w in value)))

    # -- label left, value right -------------------------------------------------------------------
    def right_of(self, label: Label) -> Cell | None:
        line = self.page.lines[label.cell.line]
        h = label.cell.height
        # a third of one screen: a third of a 7680 px capture reached into another window ("Site address" took
        # a message 1,800 px away for its value, was thought answered, and the address under it went unread)
        limit = max(30 * h, 0.35 * _screen(self.page))
        if _LEADER_END.search(label.cell.text):
            limit = self.page.width  # (dots lead the eye from the label to its value across the line: a letter's
            # "Meter serial.............42T83147567")
        cells = [c for c in line.cells if c.box[0] >= label.box[2] - 1]
        if not cells or cells[0].box[0] - label.box[2] > limit:
            return None
        cell = cells[0]
        if _across_a_border(line, label.box[2], cell.box[0], h):
            return None  # another window's text past a border: this field's value is below it, or empty
        if self.ink is not None and self.ink.masked((label.box[2] + 1, label.box[1], cell.box[0] - 1, label.box[3]), h):
            return None  # the field's value is masked already: the text past the mask is the line's next field
        text = cell.text.strip()
        if label_kind(text) is not None or text.endswith(":"):
            return None  # the next field's label: this field is empty
        if is_known_non_identifier(text):
            return None  # a test case reference or a UUID beside a heading, not this field's value
        if opens_with_time(text):
            return None  # a log line in the next window, not this field's value
        if is_common_label(text) and len(cells) > 1 and not _label_like(cells[1]):
            return None  # an ordinary label with its own value ("Status  Active"); "Town  Reading" is a value
        if is_common_label(text) and len(cells) > 2 and all(_label_like(c) for c in cells[1:3]):
            return None  # a run of field names ("Customer  Timestamp  Flow  Tariff"): a header the reader did not
            # take whole (its store's "PartitionKey", "RowKey" are no field names it knows), no value of a label
        return cell

    # -- label above, value below (one field) --------------------------------------------------------
    def below(self, label: Label, band: tuple[float, float], limit: float, right: Cell | None) -> Cell | None:
        """The first cell under a label. Not a sensitive label or a ``Name:``; and when the label has a
        value on its right (a label-left form), not the next row's label either, which has its own
        value beside it, in line with this one's."""
        h = label.cell.height
        for line in self.page.lines[label.cell.line + 1:]:
            cells = [c for c in line.cells if c.box[2] > band[0]]
            if not cells:
                continue
            if min(c.box[1] for c in cells) - label.box[3] > limit:
                return None
            # and starting under the label or just after it: a cell further right, with nothing between, is
            # another window's text (a log line beside a grid whose "Customer" header had no cell of its own)
            in_band = [c for c in cells if _in_band(c, band) and c.box[0] <= label.box[2] + 1.5 * h]
            if not in_band:
                continue
            cell = in_band[0]
            text = cell.text.strip()
            if label_kind(text) is not None or text.endswith(":") or LABEL_COLON.match(text):
                return None  # the next field ("Postcode: BS8 1TH" is a label with its value)
            own = label.cell.text
            if own.count("(") > own.count(")") and ")" in text and abs(cell.box[0] - label.cell.box[0]) <= 1.5 * h:
                return cell  # the label's own cell wrapped in a narrow column: "Gas (MPRN" over "4728360567)"
            if right is not None and any(abs(c.box[0] - right.box[0]) <= 2 * h for c in cells if c is not cell):
                return None
            if label.kind is not Kind.ADDRESS and is_common_label(text) and any(c.box[0] >= cell.box[2] for c in cells):
                # an ordinary label with its value beside it ("Status  Rejected") is the next row of the
                # form (under an address label it may be a town that is also a word: "Reading")
                return None
            if is_known_non_identifier(text):
                return None
            return cell
        return None

    def continuation(self, label_box: Box, value_box: Box, line_index: int, kind: Kind, detector: str) -> None:
        """Address lines stacked under the first one and aligned with it ("69 Church Close" / "Reading" /
        "SK4 1AA"), down to the next row of the form (a cell under the label) or a gap."""
        h = max(1, value_box[3] - value_box[1])
        bottom = value_box[3]
        for line in self.page.lines[line_index + 1:]:
            cells = [c for c in line.cells if c.box[2] > label_box[0] - h]
            if not cells:
                continue  # only the side bar on this line
            if min(c.box[1] for c in cells) - bottom > 1.2 * h:
                return
            if detector != "field-below" and any(c.box[0] < label_box[2] and c.box[2] > label_box[0] for c in cells):
                return  # a new row of the form, with its own label (under a label above, so is the address)
            aligned = [c for c in cells if abs(c.box[0] - value_box[0]) <= 1.5 * h]
            if not aligned:
                return
            text = aligned[0].text.strip()
            if label_kind(text) is not None or text.endswith(":"):
                return
            if detector == "field-below" and is_common_label(text) and not plausible_value(Kind.ADDRESS, text):
                return  # the next field's label ("Phone" under the address's last line); "Bolton" is its town
            if _A_TICKET.search(text) or (kind is Kind.POSTCODE and not _INWARD_CODE.fullmatch(text)):
                return  # the form's next item ("Ticket INC6751201" under a postcode); a postcode goes on over a
                # line only as its inward code ("LS6" / "2QT")
            self.mask_cell(aligned[0], kind, detector)
            bottom = aligned[0].box[3]

    def stacked(self, value: Cell, kind: Kind) -> None:
        """Values of a sensitive kind stacked under the first value of a label above them, each in line
        with it: a grid whose header row was read as one label only ("MPRN" beside a header cut off by
        the window's edge, or in a smaller font than its cells), so no header of two or more names was
        found. Down the rows while each is shaped as the kind's values, to a gap of more than a row."""
        h = max(1, value.box[3] - value.box[1])
        # the column's words only: a side bar's entry may be read into one cell with a row's value
        span = (value.box[0] - 0.5 * h, value.box[2] + 1.5 * h)
        top, bottom, pitch = value.box[1], value.box[3], None
        for line in self.page.lines[value.line + 1:]:
            words = [w for w in line.words if w.box[0] >= span[0] and w.box[2] <= span[1]]
            if not words:
                if line.box[1] - bottom > 2.5 * h:
                    return
                continue
            box = union([w.box for w in words])
            text = " ".join(w.text for w in words)
            if box[1] - bottom > (1.6 * pitch if pitch else 2.5 * h):
                return
            if not _stacked_value(kind, text):
                return
            self.found.append(ImageFinding(kind, box, "column", text))
            pitch = pitch or max(1, box[1] - top)
            top, bottom = box[1], box[3]

    # -- table column under a header ---------------------------------------------------------------
    def column(self, header: PageLine, phrase: Phrase, kind: Kind, phrases: list[Phrase],
               span: tuple[float, float] | None = None) -> None:
        """Every word under a sensitive header (see :meth:`_column`); but a grid's column of towns, three rows or more
        under a "Town", "City" or "County" header, is kept where the grid names no person: a listing of supplies,
        streets or depots names a town for each, which names no one (its streets are masked). Beside a customer's
        name or contact the town is where that person lives (stop 47), and a form's one town under its label is
        the form's person's too."""
        before = len(self.found)
        self._column(header, phrase, kind, phrases, span)
        people = any(other is not phrase and (other.kind in _PERSONAL_COLUMNS or _PEOPLE_HEADER.fullmatch(other.name))
                     for other in phrases)
        if kind is Kind.ADDRESS and not people and _TOWN_HEADER.fullmatch(phrase.name):
            added = self.found[before:]
            rows = {round((f.box[1] + f.box[3]) / 2 / max(1, header.height)) for f in added}
            if len(rows) >= 3 and all(not any(c.isdigit() for c in f.text) for f in added):
                del self.found[before:]

    def _column(self, header: PageLine, phrase: Phrase, kind: Kind, phrases: list[Phrase],
                span: tuple[float, float] | None = None) -> None:
        """Every word under a sensitive header, row by row, to the end of the table. ``span``: where the
        table's window lies across the page, when its header shares a baseline with other windows'
        text (a screen of several windows side by side); rows are then read within it."""
        h = header.height
        x0, _y0, x1, y1 = phrase.box
        before = [w for w in header.words if w.box[2] <= x0]
        after = [w for w in header.words if w.box[0] >= x1]
        left = max((before[-1].box[2] + x0) / 2, x0 - 3 * h) if before else x0 - 3 * h
        lettered = len(phrase.words) > 1 and _COLUMN_LETTER.fullmatch(phrase.words[0].text) is not None
        if lettered:
            left = max(left, x0 - 0.5 * h)  # (a lettered sheet's cells start under their letter, the row numbers left)
        right = after[0].box[0] - 1 if after else max(x1 + 10 * h, x0 + 0.2 * _screen(self.page))
        if span is not None:
            right = min(right, span[1])
        table_x0 = min([p.box[0] for p in phrases] + [x0]) - 2 * h  # a side bar left of the table is not in it
        header_x0s = [w.box[0] for w in header.words]
        # the other headers' spans: a header word not in this phrase (on a line of several windows, only
        # those of this table's part of it)
        others = [(w.box[0], w.box[2]) for w in header.words
                  if (w.box[2] <= x0 or w.box[0] >= x1) and (span is None or span[0] <= w.box[0] < span[1])]
        previous_bottom, previous_centre = y1, (phrase.box[1] + y1) / 2
        pitch: float | None = None
        rows_x0 = table_x0
        for line in self.page.lines[header.index + 1:]:
            # (within the table's window: a word whose middle lies past its end is the next window's, though it
            # start a little before: "0412867922207559" under "Originator counter", the next table's part)
            inside = [w for w in line.words if w.box[2] > table_x0 and (span is None or (w.box[0] + w.box[2]) / 2 < span[1])]
            if not inside:
                continue  # a line of the side bar only, between two rows
            if _TABLE_FOOTER.fullmatch(line.text.strip()):
                return  # psql's "(4 rows)", a grid's "12 records": the table ends there
            if pitch is not None and _runs_in_from_the_left(line, min(table_x0, rows_x0) - h, table_x0 + 2 * h, h):
                return  # a line that starts left of the table and runs on into it: the notebook's next
                # cell under a DataFrame ("In [8]: print(df.loc[3].to_dict())"), prose after a grid
            inside = _with_run_before(line.words, inside, h)
            if line.walls:  # a window's border or a grid's rule either side of the column: its cells lie between
                low = max([x for x in line.walls if x <= x0 + h], default=-1)
                high = min([x for x in line.walls if x >= x1 - h], default=self.page.width + 1)
                inside = [w for w in inside if w.box[0] >= low - 1 and w.box[2] <= high + 1]
                if not inside:
                    continue
            top, bottom = min(w.box[1] for w in inside), max(w.box[3] for w in inside)
            rows_x0 = min(rows_x0, min(w.box[0] for w in inside))  # (cells may start left of a centred header)
            centre = (top + bottom) / 2
            limit = max(2.5 * h, 1.6 * pitch) if pitch else 4 * h
            row = line if span is None or len(inside) == len(line.words) else sub_line(line, inside)
            if top - previous_bottom > limit or self._header_of(row, span[1] if span else self.page.width):
                return  # the table ended, or another one starts
            phrases_here, left_over = self.phrases(line) if row is line else _phrases(row)
            if not left_over and any(p.kind is not None for p in phrases_here):
                return  # a stacked form's next row of labels (a town called Reading does not end it)
            words = _column_words(inside, (x0, x1), others, left, right, h, lettered)
            if kind in NUMBER_KINDS:
                # a cell OCR ran on from the cell before ("…17:52:00Z9033555490" under "MPRN"), cut where the header
                # starts: the cut inside a run of digits is moved back to the run's start (the number is the cell's)
                words = [(w, _digit_run_start(w.text, first)) for w, first in words]
            if len(words) > 1 and self.ink is not None:
                # a grid's rule between two words ends the cell: a header centred over a wide column stands far
                # right of its cells' start, and the column before reads on into them ("HU5 2JX | Bug 58873")
                for i in range(1, len(words)):
                    a, b = words[i - 1][0].box, words[i][0].box
                    if b[0] > a[2] and self.ink.rule_between((a[2], min(a[1], b[1]) - h // 3, b[0],
                                                              max(a[3], b[3]) + h // 3)):
                        words = words[:i]
                        break
            texts = [w.text[first:] for w, first in words]
            cell_text = " ".join(texts)
            if _LABEL_THEN_COLON.match(cell_text):
                # "Meter serial number: E22R207276", "Last reading: 04 Dec 2026": a form's rows under a field
                # name over its value (a portal's "Supply number" above its S box), not a table's cells
                return
            if words and kind is not Kind.ADDRESS and label_kind(cell_text.strip()) is not None and \
                    not plausible_value(kind, cell_text):
                # a stacked form's next label in this column ("Supply address" under "Account holder",
                # an S box beside it in the next column): two labels side by side were no table's header
                return
            if words and (is_known_non_identifier(words[0][0].text.strip("[](){}\"',;"))
                          or opens_with_time(cell_text) or not _could_be_a_cell(kind, texts)):
                # a log line of a window over the table's lower part, or a dated row: no cell of this column
                # (and no row of the table: the gap to the next real row still ends the table)
                continue
            if words and kind is Kind.NAME and NOT_A_PERSON.search(cell_text):
                continue  # a team's, a company's or a site's name in a contact column ("DCC Service Desk")
            if words and kind is Kind.MPAN and len(words) == 1:
                # a grid's row number OCR ran into the cell ("1" + "1518013100360"): the core is the last 13 digits
                word, first = words[0]
                digits = word.text[first:]
                if digits.isdigit() and len(digits) in (14, 15) and is_valid_mpan_core(digits[-13:]) \
                        and not is_valid_mpan_core(digits[:13]):
                    words = [(word, first + len(digits) - 13)]
            if words:
                box = union([w.span_box(first, len(w.text)) for w, first in words])
                if self.ink is not None:  # the whole cell: an ellipsis or a fragment OCR did not read
                    # (up to the next word read: in a grid sized to its contents that is the next cell)
                    limit = min([right, *(w.box[0] - 1 for w in inside if w.box[0] >= box[2])])
                    cell = self.ink.run_right(box, limit, 0.35 * h)
                    box = union([box, cell]) if cell is not None else box
                cut = (words[0][1] > 0, False)
                self.found.append(ImageFinding(kind, box, "column", cell_text, cut))
            else:
                aligned = sum(1 for w in inside if any(abs(w.box[0] - x) <= 1.5 * h for x in header_x0s))
                if pitch is not None and top - previous_bottom > 1.6 * pitch and all(w.box[2] < x0 - h for w in inside):
                    # after more than a row's gap, words only left of the column: a caption over the next section
                    # ("Raw event log (compact view)" over another grid), no row of this table
                    return
                if aligned < 2:
                    continue  # not a row (a speck of noise, a line of the side bar): the gap test ends tables
                there = [w for w in inside if w.box[2] > left and w.box[0] < right]
                if opens_with_time(" ".join(w.text for w in inside)) or any(
                        is_known_non_identifier(w.text.strip("[](){}\"',;")) for w in there):
                    continue  # the ink there is a log line's (a window over the table) or a UUID's, read already
                if self.ink is not None and bottom > previous_bottom:  # a row with nothing read in this column:
                    # mask its ink anyway, below the row before (a form's next line may overlap its header's)
                    found = self.ink.tight((int(max(left, x0 - 2)), int(max(top, previous_bottom)), int(right), bottom))
                    if found is not None and not self._read_on_another_line(found, line.index):
                        self.found.append(ImageFinding(kind, found, "column", ""))
            if pitch is None:
                pitch = max(0.5 * h, centre - previous_centre)
            previous_bottom, previous_centre = bottom, centre

    def _read_on_another_line(self, box: Box, index: int) -> bool:
        """Is the ink in ``box`` the top of words read on the next lines (a form's next label standing a
        little into this row's height), not a cell OCR did not read?"""
        for line in self.page.lines[index + 1:index + 3]:
            for word in line.words:
                overlap_x = min(word.box[2], box[2]) - max(word.box[0], box[0])
                overlap_y = min(word.box[3], box[3]) - max(word.box[1], box[1])
                if overlap_x > 0.5 * (word.box[2] - word.box[0]) and overlap_y > 0.5 * (word.box[3] - word.box[1]):
                    return True
        return False

    # -- digit runs of MPAN length near a sensitive label ---------------------------------------------
    def near_digits(self, label: Label) -> None:
        h = label.cell.height
        x0, y0, x1, y1 = label.box
        region = (x0 - 3 * h, y0 - 1.5 * h, x1 + max(30 * h, 0.35 * _screen(self.page)), y1 + 6 * h)
        for line in self.page.lines:
            lx0, ly0, lx1, ly1 = line.box
            if ly1 < region[1] or ly0 > region[3] or lx1 < region[0] or lx0 > region[2]:
                continue
            for start, end, box in self._long_digits(line):
                if box[2] >= region[0] and box[0] <= region[2] and box[3] >= region[1] and box[1] <= region[3]:
                    if self._in_a_named_column(line.index, box):
                        continue  # under an "Epoch ms" or an "EAN" heading: the column says what its numbers are
                    self.found.append(ImageFinding(Kind.MPAN, box, "label", line.text[start:end], line.cuts(start, end)))

    def _in_a_named_column(self, index: int, box: Box) -> bool:
        """Is ``box`` in a column whose heading (the nearest cell above it holding no digit) names a time, a
        barcode or a count?"""
        for line in reversed(self.page.lines[max(0, index - 40):index]):
            above = [c for c in line.cells if min(c.box[2], box[2]) - max(c.box[0], box[0]) > 0]
            if len(above) != 1:
                continue  # (none over it, or cells over it side by side: no column's heading)
            text = above[0].text.strip()
            if any(ch.isdigit() for ch in text):
                continue  # another row's value
            return bool(_OWN_HEADING.fullmatch(text) or _OWN_HEADING_WORD.search(text))
        return False

    def _long_digits(self, line: PageLine) -> list[tuple[int, int, Box]]:
        """The digit runs of MPAN length on a line (look-alikes folded; not in a UUID or a timestamp),
        with their boxes: read once per line, however many labels look round it."""
        found = self._digit_runs.get(line.index)
        if found is None:
            found = []
            folded = fold_line(line.text)
            for match in _LONG_DIGITS.finditer(folded.text):
                digits = sum(ch.isdigit() for ch in match.group())
                if not 12 <= digits <= 21:
                    continue
                start, end = folded.span(match.start(), match.end())
                original = line.text[start:end]
                if sum(ch.isalpha() for ch in original) > 1 or _in_uuid(line.text, start, end) or _TIME.search(original):
                    continue  # a UUID or a timestamp, not an MPAN
                if in_iso_time(line.text, start, end):
                    continue  # "…13:00Z466420786": a time run into the next cell's number
                if not _mpan_grouping(match.group()):
                    continue  # two numbers side by side ("2438134864 70-14…": an MPRN, then a device id)
                if _OWN_KEY.search(line.text, max(0, start - 24), start):
                    continue  # a number a key of its own names ("epoch_ms=1764998812345", "ean=5012345678900")
                core = _core_within(match.group()) if digits not in (13, 21) else None
                if core is not None:
                    # a grid's row number beside the core ("1040 2291740029757", read as one cell), a reading in
                    # the next cell after it ("15 8232 3359 832 1511"): the groups that make a valid core are the
                    # MPAN (with a top line of eight, the 21 digits are one)
                    start, end = folded.span(match.start() + core[0], match.start() + core[1])
                box = line.span_box(start, end)
                if box:
                    found.append((start, end, box))
            self._digit_runs[line.index] = found
        return found

    def trailing(self, line: PageLine) -> None:
        """A strong label ending one cell names the value that opens the next: ``[DCC] ESME   001BC5…``."""
        for cell, after in zip(line.cells, line.cells[1:], strict=False):
            words = cell.words
            for n in (3, 2, 1):
                if len(words) < n:
                    continue
                kind = label_kind(" ".join(w.text for w in words[-n:]))
                if kind is None or kind not in STRONG:
                    continue
                first = after.words[0]
                if _across_a_border(line, cell.box[2], after.box[0], cell.height):
                    break  # another window's text past a border
                if self.ink is not None and self.ink.masked((cell.box[2] + 1, cell.box[1], after.box[0] - 1,
                                                             cell.box[3]), cell.height):
                    break  # the label's value is masked already: the text past the mask is the next field
                if opens_with_time(after.text) or is_known_non_identifier(first.text):
                    break  # a log line in the next window ("…Meter serial" | "2024-05-14 09:14:18 INFO …")
                if plausible_value(kind, first.text) or plausible_value(kind, after.text):
                    self.found.append(ImageFinding(kind, after.box if kind is Kind.POSTCODE else first.box,
                                                   "field-right", after.text if kind is Kind.POSTCODE else first.text))
                break

    def s_letter(self) -> None:
        """The S box by its shape when OCR reads only some of its digits (one digit to a bordered cell,
        light on dark): a tall "S" with digits in two rows beside it. Everything inked to its right
        within its height, across the gaps between digit groups, is masked."""
        if self.ink is None:
            return
        words = [w for line in self.page.lines for w in line.words]
        for s in words:
            if s.text.strip() not in _S_LETTERS:
                continue
            sx0, sy0, sx1, sy1 = s.box
            tall = sy1 - sy0
            # the rows may stand a little above or below the letter (OCR boxes the S tightly)
            top, bottom = sy0 - 0.6 * tall, sy1 + 0.4 * tall
            # (digit groups: a date or a time on the line under the box, "Supply start 01/11/2026", is no row of it)
            beside = [w for w in words if w is not s and any(ch.isdigit() for ch in w.text)
                      and not any(ch in w.text for ch in "/:,£$%")
                      and sx1 - 2 <= w.box[0] <= sx1 + 30 * tall and top <= (w.box[1] + w.box[3]) / 2 <= bottom]
            # the box's groups run on from the letter, a few letters' widths apart at most: a word of digits far
            # right on the same rows is another panel's ("120 Marlowe Close, London SE15" / "6ZL")
            chained, reach = [], sx1
            for w in sorted(beside, key=lambda w: w.box[0]):
                if w.box[0] - reach > 4 * tall:
                    break
                chained.append(w)
                reach = max(reach, w.box[2])
            beside = chained
            if len(beside) < 2:
                continue
            digit_height = sorted(w.box[3] - w.box[1] for w in beside)[len(beside) // 2]
            centres = [(w.box[1] + w.box[3]) / 2 for w in beside]
            if tall < 1.4 * digit_height or max(centres) - min(centres) < 0.5 * digit_height:
                continue  # not taller than the digits, or the digits are one row: not an S box
            y0 = int(min(sy0, *(w.box[1] for w in beside)))
            y1 = int(max(sy1, *(w.box[3] for w in beside)))
            region = self.ink.run_right((sx1, y0, sx1, y1), sx1 + 30 * tall, 1.5 * digit_height)
            if region is not None:
                text = " ".join(w.text for w in sorted(beside, key=lambda w: (w.box[1], w.box[0])))
                self.found.append(ImageFinding(Kind.MPAN, (sx0, y0, region[2], y1), "s-box", text))

    def run(self) -> list[ImageFinding]:
        self.s_letter()
        labels: list[Label] = []
        headers: set[int] = set()
        header_words: set[Box] = set()  # the words of headers in part of a line: no form's labels
        for line in self.page.lines:
            phrases = self.header(line)
            if phrases is not None:
                headers.add(line.index)
                for phrase in phrases:
                    if phrase.kind is not None:
                        self.column(line, phrase, phrase.kind, phrases)
            else:
                for part, part_phrases, span in self.window_headers(line):
                    header_words.update(w.box for w in part.words)
                    for phrase in part_phrases:
                        if phrase.kind is not None:
                            self.column(part, phrase, phrase.kind, part_phrases, span)
            if phrases is None:
                self.trailing(line)
            for cell in line.cells:
                cell_labels, values = scan_cell(cell)
                labels.extend(cell_labels)
                if phrases is None:  # in a header row, the next header is not a value
                    self.found.extend(values)
        for label in labels:
            self.near_digits(label)
            if label.kind is Kind.ADDRESS and label.value is not None:
                self.continuation(label.box, label.value, label.cell.line, label.kind, "label")
            if not label.standalone or label.cell.line in headers:
                continue
            if any(w.box in header_words for w in label.cell.words):
                continue  # a grid's header beside another window's text: the next header is no value of it
            line = self.page.lines[label.cell.line]
            h = label.cell.height
            if self.ink is not None and self.ink.masked((label.box[2] + 1, label.box[1], label.box[2] + 6 * h,
                                                         label.box[3]), h):
                continue  # its value is masked already, just right of it (a redacted screen read again)
            right = self.right_of(label)
            if right is not None and label.kind is Kind.DEVICE and (_WORDS_ONLY.fullmatch(right.text.strip())
                                                                    or not _hex_made(right.text)):
                right = None  # a grid's "CHF" in its Type column beside the State column's "In stock": a device id
                # is hex, with digits; words in small letters are none, however OCR misreads; nor is a firmware's
                # version, a flow's or a test's reference in a tree's next column ("v1.2.27", "D0302", "SIT-E2E-0124")
            elif right is not None and label.kind in NUMBER_KINDS and _HEADER_WORDS.fullmatch(right.text.strip()) \
                    and sum(c.isdigit() for c in ocr_fold(right.text)) < 3:
                right = None  # the next column's header ("Meter serial   Flow   Amount"): a number's value has digits,
                # and a word or two that OCR could not have made three of is none
            if right is not None:
                self.mask_value(right, label.kind, "field-right")
                if label.kind is Kind.ADDRESS:
                    self.continuation(label.box, right.box, right.line, label.kind, "field-right")
                if plausible_value(label.kind, right.text) or (label.kind is Kind.NAME and _A_NAME.fullmatch(right.text.strip())):
                    continue  # (a person's name of two words or more on the right: the cell under the label is the next item's)
            band = _band(line, label.cell, self.page)
            value = self.below(label, band, 4 * h, right)
            # and the first cell straight under the label: where nothing else is on the label's line the band
            # reaches far to the right, on a screen of windows side by side into the next window, whose side
            # bar ("Settings", half a line higher) would otherwise be taken for the value
            under = self.below(label, (band[0], min(band[1], label.box[2] + 3 * h)), 4 * h, right)
            for cell in [c for c in (value, under if under is not value else None) if c is not None]:
                led = _led_by_a_label(cell)
                if led is not None:
                    # the next field's label and its value read as one cell ("Customer name Gareth Prothero"
                    # under a tab called "Customer"): its value is its own label's, its label no value
                    kind, rest = led
                    if kind is not None and rest:
                        self.found.append(ImageFinding(kind, union([w.box for w in rest]), "field-right",
                                                       " ".join(w.text for w in rest)))
                    continue
                if label.kind in NUMBER_KINDS and all(word.isalpha() for word in cell.text.split()):
                    continue  # the next field's label under "Meter serial" ("Settlement arrangement"): no number
                if label.kind is Kind.NAME and any(ch.isdigit() for ch in cell.text):
                    continue  # the next item under "Occupier" ("Ticket INC0048861"): a person's name has no digits
                self.mask_cell(cell, label.kind, "field-below")
                if label.kind is Kind.ADDRESS:
                    self.continuation(label.box, cell.box, cell.line, label.kind, "field-below")
                elif label.kind in _STACKED and _stacked_value(label.kind, cell.text):
                    self.stacked(cell, label.kind)
        return self.found


_A_NAME = re.compile(r"[^\W\d_][^\W\d_'’\-.]*(?:[ ]+[^\W\d_][^\W\d_'’\-.]*)+")  # "Gareth ap Rhys"
_S_LETTERS = {"S", "s", "5", "$", "§"}  # the S box's letter as OCR may read it
_TIME = re.compile(r"\d{4}-\d{2}-\d{2}|\d{2}/\d{2}/\d{4}|\d{1,2}:\d{2}")
_UUID = re.compile(r"[0-9A-Fa-f]{6,10}-[0-9A-Fa-f]{3,5}-[0-9A-Fa-f]{3,5}-|-[0-9A-Fa-f]{3,5}-[0-9A-Fa-f]{10,14}\b")


# Kinds whose every value holds a digit: a cell of letters only under their header is no value of
# theirs but another window's button or word ("Refresh" in the tool bar of a log window over the grid).
_HOLDS_DIGITS = frozenset({Kind.MPAN, Kind.MPRN, Kind.PHONE, Kind.MSN})
_LETTERS = re.compile(r"[A-Za-z]{3,}")


# a row that opens with a name of one to four words and a colon: a form's "Label: value"
# a table's footer, which ends it: psql's "(4 rows)", a grid's "12 records", "Showing 1 to 8 of 8 entries"
_TABLE_FOOTER = re.compile(r"(?i)\(\d+ rows?\)|\d+ (?:rows?|records?|entries|items?)(?: found| returned| selected)?|"
                           r"showing \d+ to \d+ of \d+ entries")
_LABEL_THEN_COLON = re.compile(r"^[^\W\d_][^\W\d_'’\-]*(?:[ \t]+[^\W\d_'’\-]+){0,3}:(?:[ \t]|$)")


def _runs_in_from_the_left(line: PageLine, start: float, reach: float, h: float) -> bool:
    """Does a run of words, a word's gap apart at most, start left of ``start`` and reach past ``reach``?"""
    words = sorted(line.words, key=lambda w: w.box[0])
    for i, word in enumerate(words):
        if word.box[0] >= start:
            return False
        end = word.box[2]
        for other in words[i + 1:]:
            if other.box[0] - end > 1.5 * h:
                break
            end = max(end, other.box[2])
        if end > reach:
            return True
    return False


def _led_by_a_label(cell: Cell) -> tuple[Kind | None, list[Word]] | None:
    """A cell that opens with a field name of two words or more and goes on ("Customer name Gareth
    Prothero", "Meter serial S06K827099"): the name's kind (None for an ordinary one) and the words after
    it; None for a cell that does not."""
    words = cell.words
    for n in range(min(4, len(words) - 1), 1, -1):
        name = " ".join(w.text for w in words[:n])
        kind = label_kind(name)
        if kind is not None or is_listed_label(name):
            return kind, words[n:]
    return None


def _prose(words: list[str]) -> bool:
    """Words of a sentence: one of five letters or more, or two of three or more."""
    lettered = [word for word in words if _LETTERS.fullmatch(word)]
    return any(len(word) >= 5 for word in lettered) or len(lettered) >= 2


def _could_be_a_cell(kind: Kind, texts: list[str]) -> bool:
    """Could these words, read under a header of ``kind``, be one of its cells? Not when one of them
    holds a UUID (a log line's request id: no identifier's cell holds one), nor, for a kind whose
    values always hold digits, when they are whole words of letters and no digit."""
    if any(_UUID.search(text) for text in texts):
        return False
    joined = "".join(texts)
    if kind is Kind.POSTCODE and not any(c.isalpha() for c in joined):
        return False  # a count or an amount under a column a misaligned header calls "Postcode": a postcode has letters
    if kind in _HOLDS_DIGITS and sum(c.isdigit() for c in joined) < 6 \
            and _prose([word.strip(".,:;()") for text in texts for word in text.split()]):
        return False  # prose ("388): exchange", "D0150 from MOP."): a note's line below the table, no number's cell
    words = [w for w in re.split(r"[^A-Za-z0-9]+", joined) if w]
    if kind is Kind.DEVICE and words and all(_LETTERS.fullmatch(w) for w in words) and re.search(r"[G-Zg-z]", joined):
        # words of three letters or more with no digit, letters no hex digit is ("·Tester Kate Hollis·ADO"): no device
        # id (one OCR misread keeps its pairs: "OO-IB-CS-DE-S7-8D")
        return False
    # (words joined by a middle dot or a bar are words too: "·Tester Kate Hollis·ADO", a status line under the grid)
    pieces = [piece for text in texts for piece in re.split(r"[\s·•|/]+", text.strip(".,:;·•|")) if piece]
    return not (kind in _HOLDS_DIGITS and not any(c.isdigit() for c in joined)
                and all(_LETTERS.fullmatch(piece.strip(".,:;#")) for piece in pieces))


def _across_a_border(line: PageLine, left: float, right: float, h: float) -> bool:
    """Is there a wall (a window's border, a grid's rule) between x ``left`` and ``right`` on ``line``,
    with more than ten text heights between them? A ruled two-column form puts its value a few pixels
    past the rule after its label's column; a cell that far past a border is another window's."""
    return right - left > 10 * h and any(left < x < right for x in line.walls)


def _with_run_before(words: list[Word], inside: list[Word], h: float) -> list[Word]:
    """``inside`` with the words that run on into its first word from the left, a space apart: the start
    of the first column's cell under a centred header ("Ms" of "Ms Kwame Thornbury"), not a side bar."""
    first = min(inside, key=lambda w: w.box[0])
    before = sorted((w for w in words if w.box[2] <= first.box[0]), key=lambda w: -w.box[2])
    added: list[Word] = []
    for word in before:
        if first.box[0] - word.box[2] > 0.6 * h:
            break
        added.append(word)
        first = word
    return [*reversed(added), *inside] if added else inside


def _core_within(run: str) -> tuple[int, int] | None:
    """The span in ``run`` of consecutive groups (apart by blanks) whose digits are a valid MPAN core, with
    the eight of a top line before it if they are there; None when no groups are."""
    groups = [(g.start(), g.end(), re.sub(r"\D", "", g.group())) for g in re.finditer(r"\S+", run)]
    digits = [g[2] for g in groups]
    for first in range(len(groups)):
        if (last := core_from(digits, first)) is not None:
            return groups[first][0], groups[last][1]
    whole = [g for g in groups if len(g[2]) == 13]
    return (whole[0][0], whole[-1][1]) if whole else None


def _mpan_grouping(run: str) -> bool:
    """Could ``run`` (digits with single separators) be one MPAN as people space it? Its groups apart
    by spaces are either one (13 or 21 digits, or hyphenated "17-8428-4343-843") or short ones ("01 811
    610 16 0937 0696 294", "18 4489 3078 162"); a group of 5 to 12 digits beside another is a number
    of its own (a grid sized to its contents runs its cells a space apart)."""
    digits = [sum(ch.isdigit() for ch in group) for group in run.split()]
    return len(digits) == 1 or all(count <= 4 or count == 13 for count in digits)


# kinds whose values have a shape of their own (a serial's shape is any word with a digit in it: a
# card's "Correlation ID 8f9f…" line under an inline "MSN" would be taken for the next value)
_STACKED = frozenset({Kind.MPAN, Kind.MPRN, Kind.DEVICE, Kind.POSTCODE, Kind.PHONE})


def _stacked_value(kind: Kind, text: str) -> bool:
    """Is ``text`` one value of ``kind`` in a column of them: shaped as the kind's values, a few words at
    most, and no label, date or time (a log's lines beside a form start "2024-08-15 06:22:11", which
    has the digits of a number)."""
    text = text.strip()
    return (plausible_value(kind, text) and len(text.split()) <= 4 and label_kind(text) is None
            and not text.endswith(":") and not is_known_non_identifier(text) and not _TIME.search(text))


def _in_uuid(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` part of a UUID-shaped token (a correlation id, not an MPAN)?"""
    left = text.rfind(" ", 0, start) + 1
    right = text.find(" ", end)
    token = text[left:right if right >= 0 else len(text)]
    return bool(_UUID.search(token)) and any(ch in "abcdefABCDEF" for ch in token)


# (not glued to letters: "4886e278-7643-4974-88f6-…" is a UUID, not an MPAN)
_LONG_DIGITS = re.compile(r"(?<![\dA-Za-z])\d(?:[ \-–.]?\d){11,20}(?![\dA-Za-z])")


HeaderSpan = tuple[float, float, bool]  # a header's field name across the page (x0, x1), and whether it names its column
_GENERIC_HEADER = re.compile(r"(?:row|partition|sort|primary|entity|item|record)?[ _]?key|id|value|values|data|field[ _]?\d*"
                             r"|col(?:umn)?[ _]?\d*|[a-z]|[a-z]{2}")
# headers of a column of people that name no kind of their own ("Name" beside "Street" and "Town")
_PEOPLE_HEADER = re.compile(r"(?:full[ _]?)?names?|policy[ ]?holders?|members?|persons?|people|clients?|patients?|"
                            r"householders?|residents?|occupants?|customers?|tenants?|landlords?")
_PERSONAL_COLUMNS = frozenset({Kind.NAME, Kind.PHONE, Kind.EMAIL, Kind.DOB})  # columns of people
_TOWN_HEADER = re.compile(r"(?:post[ ]?)?town|city|county|locality|town/city")


def layout_findings(page: Page, ink: InkFinder | None = None
                    ) -> tuple[list[ImageFinding], Callable[[PageLine], list[HeaderSpan]]]:
    """What the layout rules find on the page, and, for a line of it, the x spans of the table headers
    that reading found there (the row rule asks whether a header names a number's column)."""
    layout = _Layout(page, ink)
    return layout.run(), layout.header_spans
