"""Identifiers a line reader misses: written over two lines (wrapped, or stacked in a box), or one
digit to a box.

A line reader sees one line at a time, so it misses an MPAN that wraps (``MPAN: 1200023`` at the end of
one line, ``305967`` at the start of the next) and the "S" box that bills and supplier portals print:
a large ``S`` beside two rows of spaced digit groups, the supplementary data on top (profile class,
meter time-switch code, line loss factor class: ``02 811 100``) and the core below (distributor,
unique reference, check digit: ``12 3456 7890 123``). Read together the two rows are the 21-digit
MPAN; the top row alone is nothing a pattern knows.

So each pair of adjacent lines is read again joined: the digits that end a cell of the upper line
followed by those that start a cell of the lower line, where the lower cell sits under the upper one
or starts the lower line (a wrap). What is found across the join is masked on both lines. And a
box of two digit rows shaped like the S box is masked whole whatever OCR made of its digits (when in
doubt, mask): a row of 2-3-3 digit groups over a row of about thirteen digits, left edges aligned.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from .bare_numbers import says_other
from .fields import classify
from .findings import Kind
from .mpan import is_valid_mpan_core
from .names import common_gb_surname, is_listed_forename, is_listed_surname
from .patterns import find_all
from .register import RegisterMatcher
from .ocr import Box, Word, union
from .screen import Cell, ImageFinding, Page, PageLine
from .shapes import STREET_TYPES

_TOP_ROW = re.compile(r"^\s*[S5$]?\s*\d{2}\s*\d{3}\s*\d{3}\s*$")  # profile class, MTC, LLFC ("S" read or not)


def two_line_findings(page: Page, register: RegisterMatcher | None = None) -> list[ImageFinding]:
    found: list[ImageFinding] = []
    # (a quoted mail's lines read without their "> > " markers: the text a wrap carries on opens after them)
    lines = [_unquoted(line) for line in page.lines]
    for line in lines:
        found.extend(_one_row_s_box(line))
    for i, upper in enumerate(lines):
        # the next lines down, not only the next one: a tall "S" beside the rows is a line of its own
        for j in range(i + 1, min(i + 4, len(lines))):
            lower = lines[j]
            # a wrap is judged by the two cells it joins: a page line runs across cards whose baselines
            # differ ("Gas" a few pixels lower in the next card makes the line tall)
            for top, bottom in _pairs(upper, lower):
                words = bottom.words[_row_number_first(top, bottom):]
                box = union([w.box for w in words])
                if _boxes_adjacent(top.box, top.height, box, box[3] - box[1]) \
                        and not _text_between(top.box, box, lines[i + 1:j]):
                    found.extend(_joined(upper, top, lower, bottom, register))
            if j == i + 1 or _same_column(upper, lower, lines[i + 1:j]):
                # (a page of two columns sets the other column's line between a line and the one under it)
                found.extend(_label_wrapped(upper, lower))
                found.extend(_device_wrapped(upper, lower))
            if j == i + 1:
                found.extend(_email_wrapped(upper, lower))
                found.extend(_outcome_wrapped(upper, lower))
                found.extend(_name_wrapped(upper, lower))
                found.extend(_query_wrapped(upper, lower))
                if i > 0:
                    found.extend(_name_over_three_lines(lines[i - 1], upper, lower))
            else:  # (a card's wrapped street under its first line, other cards' lines between on the page: per cell)
                found.extend(_name_wrapped(upper, lower, lines[i + 1:j]))
            found.extend(_s_box(upper, lower, lines[i + 1:j]))
            found.extend(_hex_runs_wrapped(upper, lower))
    return found


# a mail's quote marker as OCR reads it: ">", ">>", "»", "›" (each level a word, or run together)
_QUOTE_MARK = re.compile(r"[>»›]+")


def _unquoted(line: PageLine) -> PageLine:
    """The line without the quote markers that open it (a plain-text reply's "> > "), so that what a wrap carries on
    to the next line starts its first cell, as on an unquoted line; boxes and offsets stay the line's own."""
    if not line.cells or not _QUOTE_MARK.fullmatch(line.cells[0].words[0].text):
        return line
    cells: list[Cell] = []
    for cell in line.cells:
        marks = 0
        if not cells:
            while marks < len(cell.words) and _QUOTE_MARK.fullmatch(cell.words[marks].text):
                marks += 1
        if marks == len(cell.words):
            continue  # (markers standing apart, a cell of their own)
        start = cell.start + sum(len(w.text) + 1 for w in cell.words[:marks])
        cells.append(replace(cell, index=len(cells), words=cell.words[marks:], start=start))
    return replace(line, cells=cells) if cells else line


def _row_number_first(top: Cell, bottom: Cell) -> int:
    """1 where the lower cell opens with a row's number left of the upper cell, which the reader joined to the wrapped
    digits ("3 080" under "11 0304 9305"), else 0: the words of the wrap start after it."""
    first = bottom.words[0]
    return int(len(bottom.words) >= 2 and first.box[2] <= top.box[0] + 2 and first.text.isdigit() and len(first.text) <= 3)


def _adjacent(upper: PageLine | Cell, lower: PageLine | Cell) -> bool:
    """The lower line starts below the upper one's middle and within about one and a half line heights
    of its bottom. Detection pads its boxes, so with tight line spacing (a code block at 125 %) the
    boxes of consecutive lines overlap by up to half a line."""
    return _boxes_adjacent(upper.box, upper.height, lower.box, lower.height)


def _boxes_adjacent(upper: Box, upper_height: int, lower: Box, lower_height: int) -> bool:
    if lower[1] < (upper[1] + upper[3]) / 2:
        return False
    gap = lower[1] - upper[3]
    # (a note's small text with tight leading: boxes of consecutive lines overlap by nearly half a line)
    return -0.55 * upper_height <= gap <= 1.5 * max(upper_height, lower_height)


def _run_box(run: list[Cell]) -> tuple[Box, int]:
    return union([c.box for c in run]), max(c.height for c in run)


def _digits_box(run: list[Cell]) -> tuple[Box, int]:
    """The box and height of a run's words that hold digits (the "S" beside them left out)."""
    words = [w for cell in run for w in cell.words if any(c.isdigit() for c in w.text)]
    if not words:
        return _run_box(run)
    box = union([w.box for w in words])
    return box, box[3] - box[1]


def _ends_in_digits(text: str) -> bool:
    # (a wrap's hyphen after the digits: "2073067-"; or a table's cell whose digits wrap, read as one cell with the
    # next column's value that follows it closely: "11 3921 5055 L20B478565" over "478")
    return text.rstrip().rstrip("-")[-1:].isdigit() or _GROUPS_THEN_WORD.match(text) is not None


def _starts_with_digits(text: str) -> bool:
    return text[:1].isdigit() or text.strip() in _LONE_DIGIT


def _pairs(upper: PageLine, lower: PageLine, ends: Callable[[str], bool] = _ends_in_digits,
           starts: Callable[[str], bool] = _starts_with_digits) -> Iterator[tuple[Cell, Cell]]:
    """A cell whose text ``ends`` so (in digits, by default) and one that ``starts`` so (with digits) on the
    line below: under it (a cell that wraps), or the lower line's first when the upper cell is prose that
    ends its line (text that wraps to the next line's start; a cell mid-row, with more of its row after it,
    wraps in its own column only)."""
    for top in upper.cells:
        if not ends(top.text):
            continue
        after = upper.cells[top.index + 1] if top.index + 1 < len(upper.cells) else None
        # prose that wraps: words before the digits, and nothing after them on the line but another
        # window's text ("033" alone at a table row's end is a cell, and the next row's first is another)
        last = (after is None or after.box[0] - top.box[2] > 4 * upper.height) and any(c.isalpha() for c in top.text)
        for index, bottom in enumerate(lower.cells):
            if not starts(bottom.text):
                continue
            overlaps = min(top.box[2], bottom.box[2]) - max(top.box[0], bottom.box[0]) > 0
            if overlaps or (index == 0 and last):
                yield top, bottom


# (a wrap may leave a hyphen at the line's end, as a narrow card breaks "2073067-" / "354330")
_DIGITS_TAIL = re.compile(r"(?:\d[ \-.]?)*\d(?=-?$)")
_DIGITS_HEAD = re.compile(r"^\d(?:[ \-.]?\d)*")
# groups of digits opening a cell, then a word with letters: two columns read as one cell
_GROUPS_THEN_WORD = re.compile(r"^\d{1,5}(?: \d{1,5})+(?= +[A-Za-z£$€])")


# what the recogniser makes of one digit alone on its line, without the digits beside it that tell it a digit is
# meant: a "0" read as a box-shaped glyph or a letter ("137128425261" over "0" read "日"), a "1" as a bar
_LONE_DIGIT = {"日": "0", "口": "0", "〇": "0", "○": "0", "O": "0", "o": "0", "D": "0", "Q": "0", "l": "1", "I": "1",
               "|": "1", "丨": "1"}


def _joined(upper: PageLine, top: Cell, lower: PageLine, bottom: Cell,
            register: RegisterMatcher | None) -> Iterator[ImageFinding]:
    """A number cut by the line break: the digits ending ``top`` and those starting ``bottom`` read
    as one (digits only: a hex id or a UUID fragment at a line's end joined to the next line's digits
    makes shapes that are nothing)."""
    skip = len(bottom.words[0].text) + 1 if _row_number_first(top, bottom) else 0
    below = bottom.text[skip:]
    tail, head = _DIGITS_TAIL.search(top.text.rstrip()), _DIGITS_HEAD.match(_LONE_DIGIT.get(below.strip(), below))
    groups = _GROUPS_THEN_WORD.match(top.text)
    if groups is not None and (tail is None or top.text[max(0, tail.start() - 1):tail.start()].isalnum()) \
            and top.box[0] - bottom.height <= bottom.box[0]:
        tail = groups  # the cell's own digits, before the next column's value the reader joined to it
    if tail is None or head is None:
        return
    before = top.text[max(0, tail.start() - 2):tail.start()]
    # a URL's segment: ".../v2/supplies/2" over "2684…", "es/22684446" over "41178/meter-points"
    in_a_path = before[-1:] == "/" and (top.text.count("/") >= 2 or bottom.text[head.end():head.end() + 1] == "/")
    if before[-1:].isalnum() or (before[-1:] in ("-", "_", "/") and before[:1].isalnum() and not in_a_path):
        return  # the end of a word ("D0150", "PUB-030"), a reference: no number starts there
    # (a telephone number's "+" goes with its digits: "+44 7700" over "900098")
    tail_start = tail.start() - 1 if before[-1:] == "+" else tail.start()
    # (with the words before the digits on their line, which may be the number's label: "ingest: account no=31236" /
    # "97489 accepted" is an account's number, which its digits alone do not say)
    lead = top.text[max(0, tail_start - _LEAD):tail_start]
    text = f"{lead}{top.text[tail_start:tail.end()]} {head.group()}"
    tail_start -= len(lead)
    seam = tail.end() - tail_start
    findings = [f for f in find_all(text) if f.end > len(lead)]
    if lead and any(f.detector == "pattern" and f.start <= len(lead) and f.end >= seam for f in find_all(text[:seam])):
        # (the upper line's value is whole by its shape already, "msn=22K8527148": the next line's number, a log's
        # line number in its gutter, is no more of it; read without the label, as before)
        findings = [f for f in findings if f.start >= len(lead)]
    if register is not None:
        findings.extend(register.find(text))
    # what the lower cell's reader finds alone: a join that only adds digits of the upper line in front
    # of it is no wrap, unless they are an S box's top row ("9497.21" over "47 1949570426382" in a grid:
    # an amount, a row number and an MPAN make 21 digits, and the amount was masked as the MPAN's head)
    alone: list[tuple[int, int]] | None = None  # read only when a finding crosses the seam
    top_row = bool(_TOP_ROW.match(tail.group()))
    # two cells that are each a short number and nothing else, one over the other, are a grid's column (a bill's
    # readings "034512" over "08812"), not a telephone number wrapped in a narrow card
    grid = top.text.strip().isdigit() and bottom.text.strip().isdigit() and max(len(top.text.strip()),
                                                                                len(bottom.text.strip())) < 8
    for f in findings:
        if f.start >= seam or f.end <= seam + 1:
            continue  # wholly on one line: the line reader has it
        if grid and f.kind is Kind.PHONE:
            continue
        if not top_row:
            if alone is None:
                alone = [(g.start, g.end) for g in find_all(head.group())]
            if any(a < f.end - seam - 1 <= b for a, b in alone):
                continue
        yield from cell_span_findings(upper, top, tail_start + max(f.start, len(lead)), tail_start + min(f.end, seam),
                                      f.kind, "wrapped")
        yield from cell_span_findings(lower, bottom, skip, skip + f.end - seam - 1, f.kind, "wrapped")


_LEAD = 30  # characters of the upper line read before a wrapped number's digits


_LABEL_TAIL = re.compile(r"(?i)(?:mprn|mpan|msn|serial(?:[ ]number)?|supply[ ]number|meter[ ]point|"
                         r"device[ ]id|postcode|account(?:[ ]number)?|"
                         # (a gas supply said in a chat: "…says gas is" over "54488342")
                         r"(?<![a-z])gas(?:[ ](?:one|supply|number|meter|ref|mprn))?[ ](?:is|was|no\.?|number)|"
                         # (the other fuel's supply in brackets after one's: "MPAN … (gas" over "2959 972 155)")
                         r"\([ ]?(?:gas|elec(?:tricity)?))[ :#=]*$")
# the lower line's first word, with the digit groups that follow it ("2959 972 155": a number spaced as printed)
_HEAD = re.compile(r"^[\w\-]{4,24}(?:[ ][0-9]{2,4}(?![\w\-]))*")


def _under(top: Box, bottom: Box) -> bool:
    """The lower cell starts under the upper one's start (a card's next line), not merely somewhere beneath it."""
    return abs(bottom[0] - top[0]) <= max(4, (top[3] - top[1]))


def _text_between(top: Box, bottom: Box, between: Sequence[PageLine]) -> bool:
    """Whether a line set between two cells stands over the lower one: then the two are not a value wrapped from one
    line to the next (a label sheet's MPAN core, its job line, and the job reference's last digits under that)."""
    middle = (top[1] + top[3]) / 2
    return any(cell.box[1] >= middle and cell.box[3] <= bottom[3] and cell.box[1] < bottom[1]
               and min(cell.box[2], bottom[2]) - max(cell.box[0], bottom[0]) > 0
               for line in between for cell in line.cells)


def _same_column(upper: PageLine, lower: PageLine, between: Sequence[PageLine]) -> bool:
    """``lower`` starts under ``upper``'s start, and every line between them stands beside both (another column's)."""
    if abs(lower.box[0] - upper.box[0]) > 2 * upper.height:
        return False
    return all(line.box[0] >= upper.box[2] or line.box[2] <= upper.box[0] for line in between)


def _cell_under(lower: PageLine, height: int, *xs: int) -> Cell:
    """The lower line's cell that starts under the first of ``xs`` one does (another column's text may stand before it
    on the page's line), else its first."""
    for x in xs:
        under = [c for c in lower.cells if abs(c.box[0] - x) <= 2 * height]
        if under:
            return under[0]
    return lower.cells[0]


# the hex pairs of a device's id a line ends with, its separator after the last ("hub 00-1C-9B-3B-44-"), and those the
# next line opens with ("27-EE-0C, tel …")
_PAIRS_TAIL = re.compile(r"(?<![0-9A-Za-z])(?:[0-9A-Fa-f]{2}[-:]){2,7}(?:[0-9A-Fa-f]{2})?$")
_PAIRS_HEAD = re.compile(r"^[-:]?(?:[0-9A-Fa-f]{2}[-:]?){1,7}(?![0-9A-Za-z])")  # (the separator may open the line)


def _device_wrapped(upper: PageLine, lower: PageLine) -> Iterator[ImageFinding]:
    """A device's id cut by the line break at a separator: the pairs ending the line and those opening the next
    read as one; where they make eight pairs that are a device's id, both pieces are masked."""
    if not upper.cells or not lower.cells:
        return
    # (any cell of the upper line may end its column's line: a page of two columns read as one line, "…hub
    # 00-1C-9B-ED-96-   WO-37066: Sarah…"; the piece that goes on starts the lower line under that cell's start)
    for top in upper.cells:
        tail = _PAIRS_TAIL.search(top.text.rstrip())
        if tail is None:
            continue
        bottom = _cell_under(lower, upper.height, top.box[0], upper.box[0])
        head = _PAIRS_HEAD.match(bottom.text)
        if head is None:
            continue
        joined = tail.group().rstrip("-:") + tail.group()[2] + head.group().strip("-:")
        if sum(c in "0123456789abcdefABCDEF" for c in joined) != 16:
            continue
        if any(f.kind is Kind.DEVICE and f.end - f.start == len(joined) for f in find_all(f"hub {joined}")[:8]):
            yield from cell_span_findings(upper, top, tail.start(), tail.end(), Kind.DEVICE, "wrapped")
            yield from cell_span_findings(lower, bottom, 0, head.end(), Kind.DEVICE, "wrapped")


# a device's id written without separators that a narrow cell breaks before its end ("001C9BCA18C3584" over "8")
# (a token of its own: not a UUID's last group, "…-9099d46d8532", nor a date's year under it, "2026-11-22")
# (a run, or groups of four a blank apart as a GUID cell spaces them: "001C 9BCA 18C3" / "5848")
_HEX_RUN_TAIL = re.compile(r"(?<![0-9A-Za-z\-_./])(?:[0-9A-Fa-f]{8,15}|(?:[0-9A-Fa-f]{4} ){1,3}[0-9A-Fa-f]{1,4})$")
_HEX_RUN_HEAD = re.compile(r"^(?:[0-9A-Fa-f]{1,8}|[0-9A-Fa-f]{1,4}(?: [0-9A-Fa-f]{4}){1,2})(?![0-9A-Za-z\-_.:/])")


def _hex_runs_wrapped(upper: PageLine, lower: PageLine) -> Iterator[ImageFinding]:
    """A cell's run of hex digits and the cell just under its start that finishes it: sixteen together that are a
    device's id. The lower cell may be on a page line after the next (a row's other cells, set lower, between)."""
    for top in upper.cells:
        tail = _HEX_RUN_TAIL.search(top.text.rstrip())
        if tail is None or not any(c.isalpha() for c in tail.group()):
            continue  # (digits alone are a number's, read by the digits' join)
        if any(f.kind is Kind.MSN and f.end - f.start == len(tail.group()) for f in find_all(tail.group())):
            continue  # a meter's serial whole ("E6E98679783344", hex letters and digits): the next row's number
            # under it ("13") finishes no device's id
        for bottom in lower.cells:
            head = _HEX_RUN_HEAD.match(bottom.text.strip())
            joined = (tail.group() + head.group()).replace(" ", "") if head is not None else ""
            if head is None or len(joined) != 16 or abs(bottom.box[0] - top.box[0]) > upper.height \
                    or not _boxes_adjacent(top.box, top.height, bottom.box, bottom.height):
                continue
            if any(f.kind is Kind.DEVICE and f.end - f.start == 16 for f in find_all(f"hub {joined}")[:8]):
                yield from cell_span_findings(upper, top, tail.start(), tail.end(), Kind.DEVICE, "wrapped")
                yield from cell_span_findings(lower, bottom, 0, head.end(), Kind.DEVICE, "wrapped")


# an e-mail address's piece ending a line and the piece opening the next: a code block or a narrow card breaks a
# long token anywhere ("…\"to\": \"priya.macle" / "od93@example.com\", …", "hope.fisher2@exam" / "ple.net")
_TOKEN_TAIL = re.compile(r"[\w.+\-@]{2,64}$")
_TOKEN_HEAD = re.compile(r"^[\w.+\-@]{2,64}")


def _email_wrapped(upper: PageLine, lower: PageLine) -> Iterator[ImageFinding]:
    """An e-mail address cut by the line's end: the token ending the upper line and the one opening the lower, read
    together, are one address with its "@" and its domain; both pieces are masked (one alone is no address, or a
    part of one: "od93@example.com" leaves "priya.macle")."""
    if not upper.cells or not lower.cells or not _adjacent(upper.cells[-1], lower.cells[0]):
        return
    top, bottom = upper.cells[-1], lower.cells[0]
    tail, head = _TOKEN_TAIL.search(top.text), _TOKEN_HEAD.match(bottom.text)
    if tail is None or head is None or "@" not in tail.group() + head.group():
        return
    if top.box[2] < lower.box[2] - 2 * upper.height:
        return  # the upper line stops short of the lower: it ended there (a card's title over its owner's address,
        # "Gill" / "gill.h@example.com"), no wrap at the block's edge
    if any(f.kind is Kind.EMAIL and f.end == len(tail.group()) for f in find_all(tail.group())):
        return  # an address whole on the upper line: a form's next label under it ("MPAN") goes on no address
    joined = tail.group() + head.group()
    for f in find_all(joined):
        if f.kind is Kind.EMAIL and f.start < len(tail.group()) < f.end:
            yield from cell_span_findings(upper, top, tail.start() + f.start, tail.end(), Kind.EMAIL, "wrapped")
            yield from cell_span_findings(lower, bottom, 0, f.end - len(tail.group()), Kind.EMAIL, "wrapped")


def _label_wrapped(upper: PageLine, lower: PageLine) -> Iterator[ImageFinding]:
    """A label at the end of one line and its value at the start of the next, as a chat bubble or a narrow
    card wraps a sentence ("…the gas one is on MPRN" / "6276437195 since 09:58"): read joined, what the
    lower line's first word is to the label is masked there."""
    if not upper.cells or not lower.cells or not _adjacent(upper.cells[-1], lower.cells[0]):
        return
    top, bottom = upper.cells[-1], lower.cells[0]
    label, head = _LABEL_TAIL.search(top.text), _HEAD.match(bottom.text)
    if label is None or head is None or not any(c.isdigit() for c in head.group()):
        return
    text = f"{label.group().strip()} {head.group()}"
    seam = len(label.group().strip()) + 1
    for f in find_all(text):
        if f.start >= seam and f.kind is not Kind.NAME:
            yield from cell_span_findings(lower, bottom, f.start - seam, f.end - seam, f.kind, "label")


# a flow's outcome that names a supply by its bare number, wrapped (a card's break-all: "D0010 rejected f" / "or
# 8498916040", "reject" / "ed for 2982978121"): the outcome's word or its start ends a cell, "for" and the number open the
# cell under it
_OUTCOME_TAIL = re.compile(r"(?i)(?<![a-z])(?:accept|reject|fail|validat|process|register|settl|match|queu|held|block)[a-z]*"
                           r"(?:[ ]+f(?:or?)?)?$")
_OUTCOME_HEAD = re.compile(r"(?i)^(?P<rest>(?:[a-z]{1,5}[ ]?){0,2})(?P<number>\d{6,10})(?!\d)")


def _outcome_wrapped(upper: PageLine, lower: PageLine) -> Iterator[ImageFinding]:
    """The bare number a wrapped flow outcome names ("… rejected f" over "or 8498916040"): an MPRN, as the line
    reader masks it unwrapped (patterns' "rejected for <number>")."""
    # (the cell under it, or one starting a little left of it: a card's first words on the upper line may be lost under
    # a badge or read into the card beside it, "J086 rejected f" over "or 2063565677")
    for top in upper.cells:
        tail = _OUTCOME_TAIL.search(top.text)
        if tail is None:
            continue
        for bottom in lower.cells:
            head = _OUTCOME_HEAD.match(bottom.text)
            if head is None or not _adjacent(top, bottom) \
                    or not top.box[0] - 6 * upper.height < bottom.box[2] or not bottom.box[0] < top.box[2]:
                continue
            if (tail.group() + head.group("rest")).replace(" ", "").lower().endswith("for"):
                yield from cell_span_findings(lower, bottom, head.start("number"), head.end("number"), Kind.MPRN, "label")


_LAST_WORD = re.compile(r"[^\W\d_][^\W\d_'’\-]*-?$")
# the lower cell's first words: a capitalised word (a barrel or an apostrophe inside: "MacGillivray-Scott", "O'Dowd")
# or a particle before one ("Ó Súilleabháin", "de la Cour"), or an inward code ("4BG")
_FIRST_WORDS = re.compile(r"^(?:(?:[^\W\d_]{1,4}[ ]){0,2}[^\W\d_a-z](?:[^\W\d_]|['’\-](?=[^\W\d_]))*|\d[A-Za-z]{2}\b)")
# the upper cell's open end: an outward code ("CA7"), a house's number and a street's name ("16 Ropewalk"), or a
# person's last words (a listed forename, perhaps a particle or half a double barrel after it)
_OUTWARD_END = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{1,2}\d[A-Za-z\d]?$")
# (a Welsh or French street's small word among its name's: "179 Heol y" / "Parc", "12 Rue de" / "la Paix")
_NUMBER_AND_NAME_END = re.compile(r"(?<![\w\-.:/])\d{1,4}[A-Za-z]?(?:[ ][A-Z][a-z'’\-]+(?:[ ](?:[A-Z][a-z'’\-]+|y|yr|de|la|du|le))?"
                                  r"(?:[ ](?:y|yr|de|la|du|le))?)?$")
_TWO_NAME_WORDS_END = re.compile(r"(?<![\w\-])(?P<a>[^\W\d_][^\W\d_'’\-]+)[ ](?P<b>[^\W\d_][^\W\d_'’\-]+)$")
_PERSON_END = re.compile(r"(?P<first>[^\W\d_][^\W\d_'’\-]*)(?:[ ](?:[^\W\d_]{1,4}|[^\W\d_][^\W\d_'’]*-)){0,2}[ ]?-?$")
_WRAPPED_KINDS = (Kind.NAME, Kind.ADDRESS, Kind.POSTCODE)
_HOUSE_AND_NAME = re.compile(r"\d{1,4}[A-Za-z]? [A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+)?")
_STREET_TYPE_ALONE = re.compile(rf"(?i:{STREET_TYPES})")
_WORD_BEFORE_NUMBER = re.compile(r"([A-Za-z][\w\-]*)[ :#]*$")


def _name_wrapped(upper: PageLine, lower: PageLine, between: Sequence[PageLine] = ()) -> Iterator[ImageFinding]:
    """A person's name, a street or a postcode cut by the line break, as a narrow cell or a card's title wraps
    one: "Customer Harriet" / "Blackmore rang about", "Ptolemy ap" / "Rhys-Owen", "Dafydd Bayliss-" / "Okafor",
    "16 Ropewalk" / "Street", "CA7" / "4BG". The upper cell's words (after the label to its left, when there is
    one) and the lower cell's first words are read joined; what is found across the seam is masked on both lines
    (a line reader sees a forename, or a label and a forename, and a capitalised word: neither half is a name to
    it). The upper cell must end open: a listed forename among its last words, a house's number and a street's
    name, or a postcode's outward code."""
    for top, bottom in _pairs(upper, lower, _ends_in_a_word_or_code, _starts_with_a_capital_or_code):
        if not _adjacent(top, bottom) or between and (
                _text_between(top.box, bottom.box, between) or not _under(top.box, bottom.box)):
            continue
        tail = top.text.rstrip()
        head = _FIRST_WORDS.match(bottom.text)
        if head is None:
            continue
        person = _PERSON_END.search(tail)
        # (the lower word a forename is the next row's name in a column of forenames, unless it is a surname too: "John"
        # over "Wood", "Paul" over "Robertson" in a narrow cell that wraps)
        lower_first = head.group().split()[0]
        open_person = person is not None and is_listed_forename(person.group("first")) \
            and classify(head.group().split()[-1]) is None and (
                not is_listed_forename(lower_first) or is_listed_surname(lower_first) or common_gb_surname(lower_first))
        # ...or a whole name of two words whose third, a surname, went to the next line ("Aisha Taylor" / "Green",
        # "Tomasz Sharma" / "Boateng"): the line reader masked the two and left the third
        pair = _TWO_NAME_WORDS_END.search(tail)
        third = head.group().split()[0]
        open_person = open_person or (pair is not None and is_listed_forename(pair.group("a"))
                                      and (is_listed_surname(pair.group("b")) or common_gb_surname(pair.group("b")))
                                      and (is_listed_surname(third) or common_gb_surname(third))
                                      and classify(third) is None)
        street = _NUMBER_AND_NAME_END.search(tail)
        # (a number a word before it names as something else's is no house's: "Build 2041", "Sprint 16", "Step 4")
        named = _WORD_BEFORE_NUMBER.search(tail, 0, street.start()) if street is not None else None
        open_street = street is not None and not (named is not None and says_other(named.group(1)))
        open_postcode = _OUTWARD_END.search(tail) is not None and re.fullmatch(r"\d[A-Za-z]{2}", head.group()) is not None
        if not (open_person or open_street or open_postcode):
            continue
        label = upper.cells[top.index - 1].text.strip() if top.index > 0 else ""
        if label and bottom.box[0] < upper.cells[top.index - 1].box[2]:
            continue  # the lower line starts under the label, not under its value: the form's next item
        lead = f"{label}: " if label and not any(c.isdigit() for c in label) and len(label) <= 30 else ""
        joiner = "" if tail.endswith("-") else " "
        # (the lower cell's first words whole: a street's type word may come after its name, "Ropewalk Street")
        rest = bottom.text[:60] if open_street else head.group()
        text = f"{lead}{tail}{joiner}{rest}"
        seam = len(lead) + len(tail)
        if open_street and _HOUSE_AND_NAME.fullmatch(tail.strip()) and _STREET_TYPE_ALONE.fullmatch(bottom.text.strip()):
            # a narrow label's street over two lines, its type alone on the second ("213 Station" / "Approach"): a
            # house's number and a name, then nothing but the street's type, is a street wherever the town stands
            yield from cell_span_findings(upper, top, street.start(), len(tail), Kind.ADDRESS, "wrapped")  # type: ignore[union-attr]
            yield from cell_span_findings(lower, bottom, 0, len(bottom.text.rstrip()), Kind.ADDRESS, "wrapped")
            continue
        for f in find_all(text):
            if f.kind in _WRAPPED_KINDS and f.start < seam < f.end + (0 if joiner else 1) \
                    and (f.kind is not Kind.ADDRESS or open_street):
                kind = f.kind
                yield from cell_span_findings(upper, top, max(0, f.start - len(lead)), seam - len(lead), kind, "wrapped")
                yield from cell_span_findings(lower, bottom, 0, min(len(rest), f.end - seam - len(joiner)), kind, "wrapped")


# a query's or a form's pairs broken anywhere, as a browser's payload pane breaks them ("…&name=Harpre" / "et+Wiśniewska&
# postcode=…"): the upper cell ends inside a pair's value, the lower opens with the rest of it
_PAIR_TAIL = re.compile(r"(?:^|[&?;\s])(?P<pair>[\w.\-\[\]]{1,40}=[^&=\s]*)$")
_VALUE_HEAD = re.compile(r"^[^&=\s]+(?=&|\s|$)")


def _query_wrapped(upper: PageLine, lower: PageLine) -> Iterator[ImageFinding]:
    """The value of a query's or a form's pair broken over two lines (see ``_PAIR_TAIL``): the two halves read
    joined, with nothing between, and what is found across the seam masked on both lines."""
    if not upper.cells or not lower.cells or "=" not in upper.cells[-1].text:
        return
    top, bottom = upper.cells[-1], lower.cells[0]
    tail, head = _PAIR_TAIL.search(top.text.rstrip()), _VALUE_HEAD.match(bottom.text)
    if tail is None or head is None or abs(bottom.box[0] - top.box[0]) > 30 * upper.height \
            or not _boxes_adjacent(top.box, top.height, bottom.box, bottom.height):
        return
    pair = tail.group("pair")
    if any(f.detector == "pattern" and f.end == len(pair) for f in find_all(pair)):
        return  # the upper value is whole by its shape ("msn=22K8527148"): the next line is no more of it
    text = f"{pair}{head.group()}".replace("+", " ")  # (a form's "+" is its space: the same length, the spans hold)
    seam, offset = len(pair), tail.start("pair")
    for f in find_all(text):
        if f.start < seam < f.end:
            yield from cell_span_findings(upper, top, offset + max(f.start, pair.index("=") + 1), offset + seam, f.kind,
                                          "wrapped")
            yield from cell_span_findings(lower, bottom, 0, min(len(head.group()), f.end - seam), f.kind, "wrapped")


def _name_over_three_lines(first: PageLine, middle: PageLine, last: PageLine) -> Iterator[ImageFinding]:
    """A name of three words wrapped a word a line in a narrow card ("Tomasz" / "Sharma" / "Boateng"): a listed
    forename ending a cell, a listed surname alone under it, and a surname starting the cell under that; the two
    lower words are masked (the forename and the second word are the two-line reading's)."""
    for top, centre in _pairs(first, middle, _ends_in_a_word_or_code, _starts_with_a_capital_or_code):
        word = centre.text.strip()
        if not (_adjacent(top, centre) and re.fullmatch(r"[^\W\d_][^\W\d_'’\-]+", word) and is_listed_surname(word)):
            continue
        forename = top.text.rstrip().rsplit(" ", 1)[-1]
        if not is_listed_forename(forename):
            continue
        for above, bottom in _pairs(middle, last, _ends_in_a_word_or_code, _starts_with_a_capital_or_code):
            if above is not centre or not _adjacent(centre, bottom):
                continue
            third = bottom.text.split()[0] if bottom.text.split() else ""
            if (is_listed_surname(third) or common_gb_surname(third)) and classify(third) is None:
                yield from cell_span_findings(middle, centre, 0, len(centre.text), Kind.NAME, "wrapped")
                yield from cell_span_findings(last, bottom, 0, len(third), Kind.NAME, "wrapped")


def _ends_in_a_word_or_code(text: str) -> bool:
    tail = text.rstrip()
    return _LAST_WORD.search(tail) is not None or _OUTWARD_END.search(tail) is not None \
        or _NUMBER_AND_NAME_END.search(tail) is not None


def _starts_with_a_capital_or_code(text: str) -> bool:
    return _FIRST_WORDS.match(text) is not None


def _mostly_digits(text: str, digits: tuple[int, int], others: int) -> bool:
    """``digits`` (low, high) digits, and at most ``others`` characters OCR misread ("6692 日 6 4")."""
    count = sum(c.isdigit() for c in text)
    rest = sum(not c.isdigit() and not c.isspace() and c not in "-" for c in text)
    return digits[0] <= count <= digits[1] and rest <= others


def _digit_runs(line: PageLine, gap: float = 4) -> list[list[Cell]]:
    """Runs of consecutive cells of digit groups: the S box's wide gaps between groups make cells of
    them ("22" | "6741" | "6692 0 6 4"). ``gap``: how far apart, in line heights, two cells of a run may
    stand (a bill that draws the box as a ruled table sets each group in a cell of its own, columns apart)."""
    runs: list[list[Cell]] = []
    for cell in line.cells:
        text = cell.text.strip().lstrip("S5$").strip()
        if text and sum(c.isdigit() for c in text) >= max(1, len(text.replace(" ", "")) - 1):
            # the next cell of digits, not one across the screen (a form's "877893287" left of the box)
            # (nor one across a window's border or a grid's outer rule: a table beside the box, its row number)
            if runs and runs[-1][-1].index == cell.index - 1 and cell.box[0] - runs[-1][-1].box[2] <= gap * line.height \
                    and not any(runs[-1][-1].box[2] <= wall <= cell.box[0] + 2 for wall in line.walls):
                runs[-1].append(cell)
            else:
                runs.append([cell])
    return runs


def _one_row_s_box(line: PageLine) -> Iterator[ImageFinding]:
    """The S box laid out on one row, top line then core ("05 801 312   13 0942 9619 762"): a run of digit
    cells of 21 digits whose last thirteen are an MPAN's core is one MPAN, masked whole."""
    for run in _digit_runs(line):
        digits = "".join(c for cell in run for c in cell.text if c.isdigit())
        if len(digits) == 21 and is_valid_mpan_core(digits[-13:]):
            for cell in run:
                yield from cell_span_findings(line, cell, 0, len(cell.text), Kind.MPAN, "s-box")


def _s_box(upper: PageLine, lower: PageLine, between: Sequence[PageLine] = ()) -> Iterator[ImageFinding]:
    """The S box's two rows: a run of 2-3-3 digit groups over a run of about thirteen digits (a
    character or two misread allowed: the rule is for when OCR reads only part), left edges within
    two line heights of each other, and no line of text between them (``between``: the lines read
    between the two; the tall "S" beside the rows is one, but not over them). In a table whose cells
    wrap, the second lines of two rows ("26674113" under "DIP-MSG-", then the next row's) stand so
    with the next row's first line between them."""
    reach = 2 * max(upper.height, lower.height)
    for top, wide in [*((run, False) for run in _digit_runs(upper)), *((run, True) for run in _digit_runs(upper, 16))]:
        top_text = " ".join(c.text for c in top)
        grouped = bool(_TOP_ROW.match(top_text))
        if not (grouped or _mostly_digits(top_text, (7, 9), 1)) or (wide and (len(top) < 2 or not grouped)):
            continue  # (a ruled table's cells, columns apart: only the 2-3-3 top row itself, strictly)
        for bottom in _digit_runs(lower, 16 if wide else 4):
            bottom_text = " ".join(c.text for c in bottom)
            if not _mostly_digits(bottom_text, (10, 15), 2):
                continue
            if not grouped and bottom_text.lstrip()[:1] in ("0", "+"):
                continue  # a form's account number over its telephone number, not a box's two rows
            if abs(top[0].box[0] - bottom[0].box[0]) > reach:
                continue
            # the rows judged by their own digits: a tall "S" on the top row's line makes that line tall, and read
            # into the top row's cell (a small box, a screen shared at half size) it makes the cell so too
            if not _boxes_adjacent(*_digits_box(top), *_digits_box(bottom)):
                continue
            left, right = min(top[0].box[0], bottom[0].box[0]), max(top[-1].box[2], bottom[-1].box[2])
            if any(_across(line, left, right, upper, lower) for line in between):
                continue
            for line, run in ((upper, top), (lower, bottom)):
                for cell in run:
                    yield from cell_span_findings(line, cell, 0, len(cell.text), Kind.MPAN, "s-box")


def _across(line: PageLine, left: float, right: float, upper: PageLine, lower: PageLine) -> bool:
    """Does ``line`` stand between the two rows (its middle between theirs) with text over their span?"""
    middle = (line.box[1] + line.box[3]) / 2
    if not (upper.box[1] + upper.box[3]) / 2 < middle < (lower.box[1] + lower.box[3]) / 2:
        return False
    return any(cell.box[0] < right and cell.box[2] > left for cell in line.cells)


def cell_span_findings(line: PageLine, cell: Cell, start: int, end: int, kind: Kind,
                       detector: str) -> Iterator[ImageFinding]:
    """A finding of ``kind`` over ``cell.text[start:end]``, boxed on its line (nothing for an empty span)."""
    if end <= start:
        return
    a, b = cell.start + start, cell.start + end
    box = line.span_box(a, b)
    if box is not None:
        yield ImageFinding(kind, box, detector, line.text[a:b], line.cuts(a, b))


# -- boxed digits ---------------------------------------------------------------------------------------

_HEX_PAIR = re.compile(r"[0-9A-Fa-f]{2}")


def boxed_digit_findings(words: list[Word]) -> list[ImageFinding]:
    """Digits printed one to a box (a form's "supply number" boxes): OCR reads each as a word of its
    own, often out of order, so no line holds the number. A row of eight or more single digits, evenly
    spaced, is read as one number and masked whole: boxes are drawn for reference numbers, and a run
    that long names a supply point, a meter or an account (when in doubt, mask)."""
    singles = sorted((w for w in words if len(w.text) <= 2 and w.text.isdigit()), key=lambda w: w.box[0])
    # a box whose digit OCR read as something else ("日" for a 0 in a box's frame, "O"): a digit unread, kept
    # in the row's place so that the boxes either side stay one number; not at a row's ends
    unread = [w for w in words if len(w.text) == 1 and (not w.text.isascii() or w.text in _BOXED_LOOKALIKES)
              and not w.text.isspace()]
    rows = [_trimmed_row(row) for row in _rows([*singles, *_mergedcell_span_findings(words, singles), *unread], 2.5)]
    rows = [row for row in rows if row]
    found = []
    numbers = [row for row in rows if len("".join(w.text for w in row)) >= 8]
    # pairs of hex digits with a letter ("BC", "AC"): where they stand among a row's pairs of digits, the row is
    # a device id written in pairs ("BC 33 AC 75 68 14 73 09"), read as one by the patterns, not boxed digits
    lettered = [w.box for w in words if len(w.text) == 2 and _HEX_PAIR.fullmatch(w.text) and not w.text.isdigit()]
    for row in rows:
        digits = "".join(w.text if w.text.isdigit() else "?" for w in row)
        if digits.count("?") > 2:
            continue  # not a row of boxed digits with one or two unread, but words among numbers
        box = union([w.box for w in row])
        if any(box[0] < b[0] < box[2] and b[1] < box[3] and box[1] < b[3] for b in lettered):
            continue
        if len(digits) >= 8:
            kind = Kind.MPAN if len(digits) in (13, 21) or len(digits) >= 12 else Kind.MPRN
        elif len(digits) >= 2 and any(_stacked_on(row, number) for number in numbers):
            kind = Kind.MPAN  # the other row of an S box in boxes (OCR reads a few of its digits): the same number
        else:
            continue
        found.append(ImageFinding(kind, box, "boxed", digits))
    devices = _boxed_hex(words)
    return found + devices + _boxed_serial(words, [f.box for f in devices])


_BOXED_LOOKALIKES = frozenset("OoQDIl|")


def _trimmed_row(row: list[Word]) -> list[Word]:
    """A row of boxes without the letters and strokes at its ends (a border's "|", a neighbouring "O"); a glyph
    of no script there ("日", a 0 in its box's frame) is the row's last digit."""
    kept = [i for i, w in enumerate(row) if w.text.isdigit() or not w.text.isascii()]
    first, last = (kept[0], kept[-1]) if kept else (len(row), -1)
    return row[first:last + 1]


def _rows(words: list[Word], reach: float) -> list[list[Word]]:
    """``words`` grouped left to right into rows: each joins the row whose last word is level with it and
    at most ``reach`` line heights to its left."""
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.box[0]):
        for row in rows:
            last = row[-1]
            height = max(last.box[3] - last.box[1], word.box[3] - word.box[1], 1)
            same_row = abs((last.box[1] + last.box[3]) - (word.box[1] + word.box[3])) / 2 <= 0.5 * height
            if same_row and 0 <= word.box[0] - last.box[2] <= reach * height:
                row.append(word)
                break
        else:
            rows.append([word])
    return rows


_HEX = frozenset("0123456789abcdefABCDEF")


def _boxed_hex(words: list[Word]) -> list[ImageFinding]:
    """A device id printed one hex character to a box ("0 1 B C 5 0 C 6 7 2 4 6 7 3 A"): fourteen or more
    single characters in a row, a box apart (or two, where OCR missed one), letters and digits among them,
    are an EUI-64 (sixteen, OCR missing a box or two)."""
    rows = _rows([w for w in words if len(w.text) == 1 and w.text in _HEX], 3.5)
    found = []
    for row in rows:
        text = "".join(w.text for w in row)
        if len(text) >= 14 and sum(c.isdigit() for c in text) >= 4 and any(c.isalpha() for c in text):
            box = union([w.box for w in row])
            found.append(ImageFinding(Kind.DEVICE, box, "boxed", text))
    return found


def _boxed_serial(words: list[Word], devices: list[tuple[int, int, int, int]]) -> list[ImageFinding]:
    """A meter serial printed one character to a box ("S 1 H 7 6 6 0 4 7 2"): seven or more single
    letters and digits in a row, a box apart, with a serial's make-up (five digits or more, one to five
    letters; digits alone are the boxed numbers above). Not in a boxed device id (``devices``), whose
    boxes OCR left a gap in make two rows."""
    singles = [w for w in words if len(w.text) == 1 and w.text.isascii() and w.text.isalnum()
               and not any(d[0] <= w.box[0] and w.box[2] <= d[2] and d[1] <= w.box[1] and w.box[3] <= d[3]
                           for d in devices)]
    rows = _rows(singles, 2.5)
    found = []
    for row in rows:
        text = "".join(w.text for w in row)
        letters = sum(c.isalpha() for c in text)
        if len(text) >= 7 and len(text) - letters >= 5 and 1 <= letters <= 5:
            box = union([w.box for w in row])
            found.append(ImageFinding(Kind.MSN, box, "boxed", text))
    return found


def _mergedcell_span_findings(words: list[Word], singles: list[Word]) -> list[Word]:
    """Longer digit readings that are several boxes read as one word ("4692469973" beside the boxes
    "1", "4", "6" read alone): a box holds one digit, so such a reading's digits stand a box apart, as
    wide as they are tall, where digits in a line of text are half as wide. Only beside a single-digit
    box of the same height (at most a box's width away): a number written plainly is left to the line
    reader."""
    merged = []
    for word in words:
        if len(word.text) < 3 or not word.text.isdigit():
            continue
        x0, y0, x1, y1 = word.box
        for single in singles:
            height = single.box[3] - single.box[1]
            middle, own = (single.box[1] + single.box[3]) / 2, (y0 + y1) / 2
            gap = max(single.box[0] - x1, x0 - single.box[2])
            pitch = (x1 - x0) / len(word.text)
            # (a box apart, or two where OCR missed the box between: "156229", a box unread, then "6")
            if height > 0 and abs(middle - own) <= 0.5 * height and -0.2 * height <= gap <= 2.3 * height \
                    and pitch >= 0.8 * height:
                merged.append(word)
                break
    return merged


def _stacked_on(row: list[Word], number: list[Word]) -> bool:
    """Whether ``row`` lies just above or below ``number`` (their middles at most one and a half line
    heights apart) and across some of the same columns: two rows of one box."""
    height = max(max(w.box[3] - w.box[1] for w in row), max(w.box[3] - w.box[1] for w in number))
    middle = (min(w.box[1] for w in row) + max(w.box[3] for w in row)) / 2
    other = (min(w.box[1] for w in number) + max(w.box[3] for w in number)) / 2
    overlap = min(row[-1].box[2], number[-1].box[2]) - max(row[0].box[0], number[0].box[0])
    return 0 < abs(middle - other) <= 1.5 * height and overlap > 0
