"""Text detectors run on what OCR read: patterns, the register, OCR-fuzzy variants and truncated values.

OCR reads about 60 % of small on-screen identifiers exactly. The usual slips are letter/digit
confusions (O/0, I/l/1, S/5, B/8, Z/2, G/6), separators dropped or doubled, and one wrong digit. So
each line is matched twice: as read, and with its digit-heavy runs folded (confusable letters turned
into digits, doubled separators collapsed); the findings of both count. On top of that:
- a 13 (or 21) digit run with a plausible distributor id is an MPAN, check digit or not, when OCR was
  unsure of any of its characters (a misread digit breaks the checksum);
- a value cut short by an ellipsis (``1200023…`` in a narrow table cell) is masked when what is left
  looks like the start of an identifier;
- register values match as written, after ``ocr_fold``, and with one character wrong.
"""

from __future__ import annotations

import functools

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .contact_names import names_standing_alone
from .customer_values import find_letter_references
from .fields import classify
from .findings import Finding, Kind
from .mpan import is_valid_mpan_core
from .names import is_listed_forename, is_listed_surname
from .screen_labels import looks_like_label
from .patterns import find_all
from .register import RegisterMatcher, ocr_fold
from .ocr import Word
from .mpan_parts import split_core_findings
from .two_lines import boxed_digit_findings, two_line_findings
from .screen import CELL_BREAK, ImageFinding, Page, PageLine

# Characters OCR reads in place of digits, and the digit they stand for.
_CONFUSED = {"O": "0", "o": "0", "Q": "0", "D": "0", "U": "0", "I": "1", "l": "1", "i": "1", "|": "1", "!": "1",
             "J": "1", "T": "7", "S": "5", "s": "5", "B": "8", "Z": "2", "z": "2", "G": "6", "b": "6", "g": "9",
             "q": "9", "A": "4"}
_RUN_CHARS = "0-9" + re.escape("".join(_CONFUSED))
_SEPARATOR = r"[ \-–.,_~]"  # "~": OCR's reading of a narrow space between digit groups ("496~0635", "08~845")
# a run of digits and digit look-alikes, with single or doubled separators between them
_DIGITISH = re.compile(rf"(?<![A-Za-z0-9])[{_RUN_CHARS}](?:{_SEPARATOR}{{0,2}}[{_RUN_CHARS}])*(?![A-Za-z0-9])")
_TOKEN = r"[A-Za-z0-9](?:[A-Za-z0-9\-:.]*[A-Za-z0-9])?"
# words joined by single spaces (a cell), then an ellipsis: "1200023…", "12 0002 33…"
_ELLIPSIS = re.compile(rf"(?<![A-Za-z0-9])(?P<value>{_TOKEN}(?: {_TOKEN})*) ?(?:…|\.{{2,4}}|,{{2,3}})")


# a data flow's number (the DTC's "D0010", "D0150"): its D is a letter, whatever digits stand before it
_FLOW_ID = re.compile(r"(?<![A-Za-z0-9])D\d{4}(?![A-Za-z0-9])")


@dataclass
class Folded:
    """A line's text with digit-heavy runs folded; ``origin[i]`` is the index in the line's text of
    folded character i."""

    text: str
    origin: list[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.origin[start], self.origin[end - 1] + 1


def _digit_bearing(text: str, start: int, end: int) -> tuple[int, int]:
    """The run without its leading and trailing space-separated words that hold no digit at all:
    "ID 0720b856" folds from "0720b856", not into "10 07206856"."""
    tokens = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    while tokens and not any(ch.isdigit() for ch in text[tokens[0][0]:tokens[0][1]]):
        tokens.pop(0)
    while tokens and not any(ch.isdigit() for ch in text[tokens[-1][0]:tokens[-1][1]]):
        tokens.pop()
    return (tokens[0][0], tokens[-1][1]) if tokens else (start, start)


@functools.lru_cache(maxsize=4096)
def fold_line(text: str) -> Folded:
    """The line's text with digit-heavy runs folded (look-alikes as digits, separators as one space).
    Cached: the same line is folded by several readers (patterns, labels, the scan); treat as read-only."""
    out: list[str] = []
    origin: list[int] = []
    cursor = 0
    for match in _DIGITISH.finditer(text):
        run_start, run_end = _digit_bearing(text, match.start(), match.end())
        run = text[run_start:run_end]
        digits = sum(ch.isdigit() for ch in run)
        confused = sum(ch in _CONFUSED for ch in run)
        if digits < 5 or confused > max(2, digits // 2):
            continue
        for i in range(cursor, run_start):
            out.append(text[i])
            origin.append(i)
        previous_separator = False
        flows = {m.start() for m in _FLOW_ID.finditer(text, run_start, run_end)}
        for offset, ch in enumerate(run):
            index = run_start + offset
            if ch in _CONFUSED and index not in flows:
                out.append(_CONFUSED[ch])
            elif ch in _CONFUSED:
                out.append(ch)  # a data flow's "D0150" as read, not "00150" run on from the number before it
            elif ch.isdigit():
                out.append(ch)
            else:
                if previous_separator:  # "12  0002" -> "12 0002"
                    continue
                out.append(" " if ch in " _,~" else ch)
                previous_separator = True
                origin.append(index)
                continue
            previous_separator = False
            origin.append(index)
        cursor = run_end
    for i in range(cursor, len(text)):
        out.append(text[i])
        origin.append(i)
    return Folded("".join(out), origin)


# The other way round: digits read where letters were, and a space lost before a number, in words.
_LOST_SPACE = re.compile(r"(?<=[a-z])(?=(?:0\d{2}|\+44)[\d ()\-]{6})")  # "to0161 496 0868": "to 0161 …"
_ESCAPED_QUOTE = re.compile(r'\\(?=")')
# a device's cue word run into the id after it by OCR (inline code's padding read as no space: "Hub001c9b299f8e8cc7")
_CUE_GLUED_TO_DEVICE = re.compile(r"(?i)(?<![A-Za-z0-9])(?:hub|device|eui(?:-?64)?|gsme|esme|ihd|cad|chf|gpf|pph)"
                                  r"(?=(?:0x)?[0-9A-Fa-f]{16}(?![0-9A-Za-z]))")
# a hex prefix's 0 read as a 6, an 8 or an O ("6x801C9BC5C3A96CDA" for "0x001C9BC5C3A96CDA" on a shared screen)
_ZERO_OF_HEX_PREFIX = re.compile(r"(?<![A-Za-z0-9])[68oO](?=[xX][0-9A-Fa-f]{16}(?![0-9A-Za-z]))")
_ZERO_OPENING_WORD = re.compile(r"(?<![A-Za-z0-9])0(?=[a-z]{2,})")  # "0rchard": an O read as 0
# a capital I read as a small l at a name's start ("lain Mensah" for "Iain Mensah", "lsla Rae"): a capitalised word
# follows, and the word with its I is a forename or a surname the lists know
_L_FOR_I = re.compile(r"(?<![A-Za-z0-9])l(?P<rest>[a-z]{2,})(?=[ \t]+[A-Z])")
_ZERO_IN_AREA = re.compile(r"(?<![A-Za-z0-9])[A-Z](0)(?=\d{1,2}[A-Z]?[ \t]+\d[A-Z]{2}(?![A-Za-z0-9]))")  # "P013 7HJ"
# a word of letters with a 0 or 1 OCR read for its O or I ("T0MASZ", "H0LLAND", "WI1LIAMS"): three letters at
# least, one or two such digits, nothing else
_DIGIT_IN_WORD = re.compile(r"(?<![A-Za-z0-9])(?=(?:[01]*[A-Za-z]){3})[A-Za-z]+(?:[01][A-Za-z]+){1,2}(?![A-Za-z0-9])")
_COMMA_IN_EMAIL = re.compile(r"(?<=[A-Za-z0-9]),(?=[A-Za-z0-9._%+\-]+@[A-Za-z0-9])")  # "margaret,kowalski27@…"


# a meter serial's maker letter in small letters read as a one ("l08m29964" as "108m29964"): three digits, the
# model's letter(s) and the serial's number are no other token's make-up
_ONE_FOR_MAKER = re.compile(r"(?<![A-Za-z0-9])[1|](?=\d{2}[A-Za-z]{1,2}\d{5,7}(?![A-Za-z0-9]))")


@functools.lru_cache(maxsize=4096)
def fold_words(text: str) -> Folded:
    """The line's text with the slips OCR makes in words undone: an O read as 0 where a word or a
    postcode's area needs a letter, a full stop read as a comma in an e-mail address's name, a hex prefix's
    0 read as another digit, and the space it dropped between a word and a telephone number or a device's
    id. Treat as read-only (cached)."""
    replaced: dict[int, str] = {}
    for match in _ZERO_OPENING_WORD.finditer(text):
        replaced[match.start()] = "O"
    for match in _ZERO_IN_AREA.finditer(text):
        replaced[match.start(1)] = "O"
    for match in _DIGIT_IN_WORD.finditer(text):
        word = match.group()
        if sum(c.isdigit() for c in word) > 2:
            continue
        capitals = all(c.isupper() for c in word if c.isalpha())
        for i, c in enumerate(word):
            if c in "01":
                replaced[match.start() + i] = ("O" if capitals else "o") if c == "0" else ("I" if capitals else "l")
    for match in _L_FOR_I.finditer(text):
        if is_listed_forename("I" + match.group("rest")) or is_listed_surname("I" + match.group("rest")):
            replaced[match.start()] = "I"
    for match in _ONE_FOR_MAKER.finditer(text):
        replaced[match.start()] = "L"
    for match in _COMMA_IN_EMAIL.finditer(text):
        replaced[match.start()] = "."
    for match in _ZERO_OF_HEX_PREFIX.finditer(text):
        replaced[match.start()] = "0"
    spaces = {match.start() for match in _LOST_SPACE.finditer(text)}
    spaces.update(match.end() for match in _CUE_GLUED_TO_DEVICE.finditer(text))
    # a JSON document escaped inside a string, as a workflow's run shows its inputs ("{\"customerName\":\"Joy …\"}"):
    # read with its quotes' backslashes left out, as the document it is
    dropped = {match.start() for match in _ESCAPED_QUOTE.finditer(text)}
    out: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        if index in dropped:
            continue
        if index in spaces:
            out.append(" ")
            origin.append(index)
        out.append(replaced.get(index, ch))
        origin.append(index)
    return Folded("".join(out), origin)


def _hex_token(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` part of a hexadecimal token (a UUID, a hash)? Its letters are letters."""
    left = max(text.rfind(" ", 0, start), text.rfind("=", 0, start), text.rfind(":", 0, start)) + 1
    right = len(text)
    for stop in (" ", ",", '"'):
        found = text.find(stop, end)
        if found >= 0:
            right = min(right, found)
    token = text[left:right]
    return bool(re.search(r"[acdef]", token)) and bool(re.fullmatch(r"[0-9a-fA-F\-.…]+", token.strip("\"'")))


def line_span_findings(line: PageLine, start: int, end: int, kind: Kind, detector: str) -> Iterator[ImageFinding]:
    """``line.text[start:end]`` as a finding where the line shows it (for a reader of the page's text as a whole)."""
    return _finding_boxes(line, start, end, kind, detector)


def _finding_boxes(line: PageLine, start: int, end: int, kind: Kind, detector: str) -> Iterator[ImageFinding]:
    if detector == "label" and looks_like_label(line.text[start:end]):
        return  # "Meter Serial   Postcode" in a header row: the next header is not the serial
    box = line.span_box(start, end)
    if box is not None and detector == "beside" and box[3] - box[1] > 1.5 * line.height:
        return  # a number known only by its neighbours, read from a block over several rows: not theirs
    if box is not None:
        yield ImageFinding(kind, box, detector, line.text[start:end], line.cuts(start, end))


_ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")
def in_iso_time(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` overlap a date and time written as ISO 8601 in ``text``?"""
    return any(start < stamp.end() and stamp.start() < end for stamp in _ISO_TIME.finditer(text))


_MPAN_LIKE = re.compile(r"(?<![\d])\d(?:[ \-–.]?\d){12,20}(?![\d])")
_DATE = re.compile(r"^(?:\d{4}-\d{2}-\d{2}|\d{2}/\d{2}/\d{2,4}|\d{2}:\d{2})")
_MSN_PREFIX = re.compile(r"^[A-Z]\d{2}[A-Z]{0,2}\d*$|^\d{2}[A-Z]\d+$")
_EUI_PREFIX = re.compile(r"^[0-9A-Fa-f]{2}(?:[-: ]?[0-9A-Fa-f]{2}){2,}[-:]?$")


# the end of a flow's outcome word opening a cell, its start on the line above in a card's break-all wrap ("reject" /
# "ed for 4026158804"), and the supply's bare number after "for"
_OUTCOME_END = re.compile(r"^[ ]*(?:ected|cted|ted|ed|d)[ ]+f[ ]?or[ ]?(?P<number>\d{6,10})(?!\d)")


def line_findings(line: PageLine, register: RegisterMatcher | None = None) -> list[ImageFinding]:
    """Pattern, register, fuzzy and truncated-value findings in one line, cell by cell.

    Cell by cell, because on a screen the text after a gap belongs to another field: the text
    detectors' "label, then a value after a few spaces" would read a side bar's "Customers" and the
    table row beside it as a name label and its value. Labels and values in separate cells are the
    layout rules' business (:mod:`layout`)."""
    found: list[ImageFinding] = []
    for cell in line.cells:
        found.extend(_block_findings(line, cell.start, cell.start + len(cell.text), register))
        if register is not None and len(register):
            found.extend(_register_fuzzy(cell.words, register))
    for cell in line.cells:  # a flow's outcome wrapped, its word's end opening the cell: "ed for 4026158804"
        for match in _OUTCOME_END.finditer(cell.text):
            start = cell.start + match.start("number")
            found.extend(_finding_boxes(line, start, start + len(match.group("number")), Kind.MPRN, "label"))
    found.extend(_split_numbers(line, register))
    found.extend(_file_names(line))
    found.extend(_dropped_characters(line))
    found.extend(_glued_to_a_word(line))
    found.extend(_spaces_lost(line))
    return found


# Where small text's blanks are lost (11 px grey: "·89Ashgrove Avenue", "165MillBrae"), a number runs into the word
# after it and a word into the next one's capital. Read again with a blank put back at each such join, an address's
# or a person's words are what they are; what is found there is masked where the letters stand.
_JOIN = re.compile(r"(?<=\d)(?=[A-Z][a-z])|(?<=[a-z]{2})(?=[A-Z][a-z]{2})|(?<=[a-z])(?=\d{1,4}[A-Z][a-z])|(?<=[·•|])(?=\S)|(?<=\S)(?=[·•|])")
_SPACED_KINDS = frozenset({Kind.ADDRESS, Kind.NAME, Kind.POSTCODE})


def _spaces_lost(line: PageLine) -> list[ImageFinding]:
    text = line.text
    joins = [m.start() for m in _JOIN.finditer(text)]
    if not joins:
        return []
    spaced: list[str] = []
    to_line: list[int] = []
    at = 0
    for join in joins:
        spaced.append(text[at:join])
        to_line.extend(range(at, join))
        spaced.append(" ")
        to_line.append(join)
        at = join
    spaced.append(text[at:])
    to_line.extend(range(at, len(text)))
    view = "".join(spaced)
    found: list[ImageFinding] = []
    for f in find_all(view):
        if f.kind in _SPACED_KINDS:
            start, end = to_line[f.start], to_line[f.end - 1] + 1
            found.extend(_finding_boxes(line, start, end, f.kind, f.detector))
    return found


_BOXED_ROW = re.compile(r"[0-9oOlIsSB|\[\]() ]+")


# A word and a value OCR read as one token, the blank between them lost beside a coloured pill or a badge
# ("Accepted000D6FA9A31DE2B7", "Rejected001DA1F4891D687D"): a word in small letters, then eight characters or
# more that start with a digit. The value is read on its own.
_GLUED_TO_A_WORD = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][a-z]{2,}(?P<value>\d[0-9A-Za-z]{7,})(?![0-9A-Za-z])")


# ...and an MPAN's core run into the next cell's value, the grid's gap lost between a row's header and its first cell
# ("185528722864417D1070572": a Qt table's row header, 1855287228644, and the meter's serial, 17D1070572)
_CORE_GLUED = re.compile(r"(?<![0-9A-Za-z])(?P<core>\d{13})(?P<rest>\d{0,3}[A-Za-z][0-9A-Za-z]{4,})(?![0-9A-Za-z])")


def _glued_to_a_word(line: PageLine) -> list[ImageFinding]:
    found: list[ImageFinding] = []

    def read_group(match: re.Match[str], group: str) -> None:
        start = match.start(group)
        for f in find_all(match.group(group)):
            found.extend(_finding_boxes(line, start + f.start, start + f.end, f.kind, f.detector))

    for match in _GLUED_TO_A_WORD.finditer(line.text):
        read_group(match, "value")
    for match in _CORE_GLUED.finditer(line.text):
        if is_valid_mpan_core(match.group("core")):
            found.extend(_finding_boxes(line, match.start("core"), match.end("core"), Kind.MPAN, "pattern"))
            read_group(match, "rest")
    return found


# What OCR leaves of a value when it drops a character (a line of right-to-left script beside it reads worst):
# an MPAN core's grouping, 2 4 4 3, one digit short ("17 3275 353 975"); a device id's pairs joined by hyphens
# or colons that break off after six or seven ("70-B3-D5-7E-52-E3--C"). A MAC address's six pairs end whole.
_CORE_ONE_SHORT = re.compile(r"(?<![\d.,:/\-])\d{2}[ ]\d{3,4}[ ]\d{3,4}[ ]\d{2,3}(?![\d.,:/\-])")
_PAIRS_BROKEN = re.compile(r"(?<![0-9A-Za-z])[0-9A-Fa-f]{2}(?P<s>[-:])(?:[0-9A-Fa-f]{2}(?P=s)){5,6}"
                           r"(?:(?P=s)[0-9A-Fa-f]{0,2}|[0-9A-Fa-f](?![0-9A-Fa-f]))")


# ...and what it makes of one when it reads a stroke beside a digit as a 1 (a progress bar's chunk edge behind
# the text: "Uploading 15058486621 107" for 1505848662107): fourteen digits, a space among them at most
_ONE_TOO_MANY = re.compile(r"(?<![\d.,:/\-])\d(?:[ ]?\d){13}(?![\d.,:/\-])")


def _dropped_characters(line: PageLine) -> list[ImageFinding]:
    found: list[ImageFinding] = []
    for match in _ONE_TOO_MANY.finditer(line.text):
        digits = match.group().replace(" ", "")
        if any(cell.start == match.start() for cell in line.cells) and is_valid_mpan_core(digits[1:]):
            # a grid's row number OCR ran into the first cell ("5" + "2282886606099"): the core alone, the number kept
            second = next(i for i, c in enumerate(match.group()) if c.isdigit() and i > 0)
            found.extend(_finding_boxes(line, match.start() + second, match.end(), Kind.MPAN, "dropped"))
            continue
        cores = (digits[:i] + digits[i + 1:] for i in range(len(digits)) if digits[i] == "1")
        if any(is_valid_mpan_core(core) for core in cores):  # (its distributor id known, its check digit holding)
            found.extend(_finding_boxes(line, match.start(), match.end(), Kind.MPAN, "dropped"))
    for match in _CORE_ONE_SHORT.finditer(line.text):
        if sum(c.isdigit() for c in match.group()) == 12 and "10" <= match.group()[:2] <= "36":
            found.extend(_finding_boxes(line, match.start(), match.end(), Kind.MPAN, "dropped"))
    for match in _PAIRS_BROKEN.finditer(line.text):
        found.extend(_finding_boxes(line, match.start(), match.end(), Kind.DEVICE, "dropped"))
    return found


_UNDERSCORED = re.compile(r"[^\s>/\\|]*[A-Za-z]_[A-Za-z][^\s>/\\|]*")


def _file_names(line: PageLine) -> list[ImageFinding]:
    """Names written as file and folder names are ("Fairweather_Osian" in Explorer's address bar, a saved
    export's name in a file list): a token of words joined by underscores is read as a typed file name is,
    for the person it names; and a file named by a supply's ten digits ("reads_2368456274.csv" in a save
    dialog) for its number."""
    if "." not in line.text and "_" not in line.text:
        return []
    from .text import find_identifiers, numbers_naming_files  # (text reads no screens: imported where needed)

    found: list[ImageFinding] = []
    for f in numbers_naming_files(line.text):
        found.extend(_finding_boxes(line, f.start, f.end, f.kind, "file-name"))
    if "_" not in line.text:
        return found
    for token in _UNDERSCORED.finditer(line.text):
        if classify(token.group().strip("@$#:")) not in (None, Kind.NAME):
            continue  # "@esme_eui", "meter_serial": a field's or a parameter's name, no file named for a person
        for f in find_identifiers(token.group(), typed=True):
            if f.kind is Kind.NAME:
                found.extend(_finding_boxes(line, token.start() + f.start, token.start() + f.end, f.kind, "file-name"))
    return found


def _split_numbers(line: PageLine, register: RegisterMatcher | None) -> list[ImageFinding]:
    """A spaced number that detection cut in two ("mpan: 15 1972" | "0532 097"): cells that end and
    start with a digit, a space's width apart, are read again as one. The line is read whole (a label
    may stand earlier in the first cell), and a finding counts only when it lies within one such run of
    cells and crosses a seam: within a cell, the cell's own reading has it, and across the other cells'
    gaps it is text of different cells (a quoted value cut off by a window's edge "runs on" into the
    next window's log line)."""
    text: list[str] = []
    origin: list[int] = []
    run_of: list[int] = []  # for each character of the text: the run of joined cells it is in
    seams: list[int] = []
    run = 0
    for index, cell in enumerate(line.cells):
        if index:
            previous = line.cells[index - 1]
            close = cell.box[0] - previous.box[2] <= 0.8 * line.height and not any(
                previous.box[2] - 1 <= x <= cell.box[0] + 1 for x in line.walls)  # not across a window's border
            if close and previous.text[-1:].isdigit() and cell.text[:1].isdigit():
                seams.append(len(text))
                text.append(" ")
                origin.append(cell.start - 1)
                run_of.append(run)
            else:
                run += 1
                text.extend(" " * len(CELL_BREAK))
                origin.extend(range(cell.start - len(CELL_BREAK), cell.start))
                run_of.extend([-1] * len(CELL_BREAK))
        text.extend(cell.text)
        origin.extend(range(cell.start, cell.start + len(cell.text)))
        run_of.extend([run] * len(cell.text))
    if not seams:
        return []
    whole = "".join(text)
    findings: list[Finding] = list(find_all(whole))
    if register is not None:
        findings.extend(register.find(whole))
    found: list[ImageFinding] = []
    for f in findings:
        if run_of[f.start] != run_of[f.end - 1] or not any(f.start < seam < f.end - 1 for seam in seams):
            continue
        found.extend(_finding_boxes(line, origin[f.start], origin[f.end - 1] + 1, f.kind, f.detector))
    return found


def _own_cell(text: str, f: Finding) -> int:
    """Where an MPAN found across cells starts: in a grid's row the eight digits before a core are another
    column's ("4086867715" under Installation, then the MPAN under Ext. PoD ID), not its S line, when the
    core is whole in a cell of its own."""
    if f.kind is not Kind.MPAN or CELL_BREAK not in text[f.start:f.end]:
        return f.start
    cell = text.rfind(CELL_BREAK, f.start, f.end) + len(CELL_BREAK)
    return cell if sum(c.isdigit() for c in text[cell:f.end]) >= 13 else f.start


def _block_findings(line: PageLine, a: int, b: int, register: RegisterMatcher | None) -> list[ImageFinding]:
    found: list[ImageFinding] = []
    text = line.text[a:b]
    folded = fold_line(text)
    raw: list[Finding] = list(find_all(text))
    if register is not None:
        raw.extend(register.find(text))
    raw.extend(names_standing_alone(text, raw))  # (a blame view's CSV line: 'TC-1,"Faith Bishop",1200023305967,…')
    if "ef" in text or "EF" in text or "uote" in text:  # (a bill's "Direct Debit reference 8718254246.", a letter's
        raw.extend(find_letter_references(text))  # "Please quote CUS/572941/12 when you call": the account)
    for f in raw:
        found.extend(_finding_boxes(line, a + _own_cell(text, f), a + f.end, f.kind, f.detector))
    if folded.text != text:
        more: list[Finding] = list(find_all(folded.text))
        if register is not None:
            more.extend(register.find(folded.text))
        for f in more:
            start, end = folded.span(f.start, f.end)
            if _hex_token(text, start, end):
                continue  # "245157b6-9496-4…" is a UUID: its b is a b, not a misread 6
            if in_iso_time(text, start, end):
                continue  # "2026-10-18T12:02:00Z": its T is a T (folded, "2026-10-18712:02" has an MPAN's check digit)
            found.extend(_finding_boxes(line, a + start, a + end, f.kind, f.detector))
    if "|" in text and _BOXED_ROW.fullmatch(text.strip()):
        # a box's border read as a bar between boxed digits ("1 0 8 5 9 2 8 7|29|o 80"): a gap, not a 1 (a row of
        # digits and borders only: in a record's line, "d0010_2026.gz:026|14…", a bar is its delimiter)
        barred = fold_line(text.replace("|", " "))
        for f in find_all(barred.text):
            start, end = barred.span(f.start, f.end)
            if not _hex_token(text, start, end) and not in_iso_time(text, start, end):
                found.extend(_finding_boxes(line, a + start, a + end, f.kind, f.detector))
    worded = fold_words(text)
    if worded.text != text:
        for f in find_all(worded.text):
            start, end = worded.span(f.start, f.end)
            if _hex_token(text, start, end):
                continue  # inside a UUID or a hash as read: its letters are hex, not misread digits
            found.extend(_finding_boxes(line, a + start, a + end, f.kind, f.detector))
    # an MPAN-length run with a plausible distributor id that OCR was unsure about
    for match in _MPAN_LIKE.finditer(folded.text):
        digits = re.sub(r"\D", "", match.group())
        if len(digits) not in (13, 21):
            continue
        core = digits[-13:]
        start, end = folded.span(match.start(), match.end())
        if _hex_token(text, start, end):
            continue  # "245157b6-9496-4…", a UUID, is "24515766-9496-4" with its b read as a 6
        if 10 <= int(core[:2]) <= 36 and line.span_score(a + start, a + end) < 0.9:
            found.extend(_finding_boxes(line, a + start, a + end, Kind.MPAN, "pattern"))
    found.extend(_truncated(line, text, a, register))
    return found


def _truncated(line: PageLine, text: str, offset: int, register: RegisterMatcher | None) -> Iterator[ImageFinding]:
    """``1200023…``, ``S06DS12...``, ``00-1B-C5-…``: the start of an identifier in a cut-off cell."""
    for match in _ELLIPSIS.finditer(text):
        value = match.group("value")
        token = value.split()[-1] if " " in value and not re.fullmatch(r"[\d ]+", value) else value
        start = offset + match.start("value") + (len(value) - len(token))
        folded_token = ocr_fold(token)
        digits = sum(ch.isdigit() for ch in token)
        letters = sum(ch.isalpha() for ch in token)
        kind: Kind | None = None
        if _DATE.match(token):
            continue  # a cut-off timestamp
        if digits >= 6 and letters <= 2:
            kind = Kind.MPAN
        elif _MSN_PREFIX.match(token.upper().replace(" ", "")) and len(token) >= 4:
            kind = Kind.MSN
        elif _EUI_PREFIX.match(token) and len(token) >= 5:
            kind = Kind.DEVICE
        elif register is not None and len(folded_token) >= 5:
            for entry in register.entries:
                if ocr_fold(entry.value).startswith(folded_token):
                    kind = entry.kind
                    break
        if kind is not None:
            yield from _finding_boxes(line, start, offset + match.end(), kind, "truncated")


def _register_fuzzy(words: list[Word], register: RegisterMatcher) -> Iterator[ImageFinding]:
    """Runs of up to six words whose OCR fold equals, or is one character off, a register value's."""
    index = _fuzzy_index(register)
    longest = index.longest
    for first in range(len(words)):
        joined = ""
        for last in range(first, min(len(words), first + 6)):
            joined += ocr_fold(words[last].text)
            if len(joined) > longest:
                break
            entry = register.entry_for_ocr(joined) or index.near(joined)
            if entry is not None:
                box = (min(w.box[0] for w in words[first:last + 1]), min(w.box[1] for w in words[first:last + 1]),
                       max(w.box[2] for w in words[first:last + 1]), max(w.box[3] for w in words[first:last + 1]))
                yield ImageFinding(entry.kind, box, "register", " ".join(w.text for w in words[first:last + 1]))


class _FuzzyIndex:
    """Register folds with one character wildcarded, for a one-substitution match (values of 8+)."""

    def __init__(self, register: RegisterMatcher) -> None:
        self.keys: dict[str, object] = {}
        self.longest = 0
        for entry in register.entries:
            fold = ocr_fold(entry.value)
            self.longest = max(self.longest, len(fold))
            if len(fold) < 8:
                continue
            for i in range(len(fold)):
                self.keys.setdefault(fold[:i] + "?" + fold[i + 1:], entry)

    def near(self, fold: str):  # noqa: ANN201 - RegisterEntry | None
        if len(fold) < 8:
            return None
        for i in range(len(fold)):
            entry = self.keys.get(fold[:i] + "?" + fold[i + 1:])
            if entry is not None:
                return entry
        return None


_INDEXES: dict[int, tuple[RegisterMatcher, _FuzzyIndex]] = {}


def _fuzzy_index(register: RegisterMatcher) -> _FuzzyIndex:
    cached = _INDEXES.get(id(register))
    if cached is None or cached[0] is not register:
        cached = (register, _FuzzyIndex(register))
        _INDEXES.clear()
        _INDEXES[id(register)] = cached
    return cached[1]


def page_findings(page: Page, register: RegisterMatcher | None = None) -> list[ImageFinding]:
    found: list[ImageFinding] = []
    for line in page.lines:
        found.extend(line_findings(line, register))
    found.extend(two_line_findings(page, register))  # wrapped values and the MPAN "S" box
    found.extend(boxed_digit_findings([w for line in page.lines for w in line.words]))
    found.extend(split_core_findings(page))  # a core over a table's cells ("10 | 8100339075 | 8")
    return found
