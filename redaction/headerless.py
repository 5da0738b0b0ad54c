"""A headerless extract's column of bare supply-sized numbers, beside the rows' other identifiers, is their MPRNs.

Back-office extracts are often written without a header ("JOB5305379|1376910365404|7536147155|Rhodri
Tregunna|…"): nothing names the columns, and a gas supply's number is 6 to 10 digits with no check a reader
can apply. The table readers need a header; the bare-number rule leaves a line laid out in columns to them.
So a column is read as a whole: when nearly every cell holds one such number (as a reader reads it: digits
in any script, invisible characters and separators between groups aside, "8550\u2069933\u2069028",
"5305.313.679"), the numbers differ from row to row, and the rows hold a supply's or a person's identifiers
in other columns, its cells are MPRNs. Not a column of dates, of epoch seconds (close together in time),
or of a counter (consecutive), and not a column a header row names (the table readers' business)."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from . import jsonscan
from .bare_numbers import COMPACT_DATE, SIBLINGS
from .canonical import read_as_shown
from .customer_values import another_reference
from .fields import classify
from .findings import Finding, Kind
from .names import any_listed_surname, key, name_lists
from .patterns import POSTCODE_SHAPE
from .shapes import PERSON_SIZED, STREET_BARE
from .tables import LABELLED_LINE

_DELIMITERS = ("|", "\t", ";", ",")
_SUPPLY_SIBLINGS = frozenset({Kind.MPAN, Kind.MSN, Kind.DEVICE, Kind.MPRN})
_MIN_ROWS = 3
_SHARE = 0.7  # of a column's filled cells that hold a supply-sized number
_SIBLING_ROWS = 0.5  # of the rows that hold another identifier
_GAPS = re.compile(r"[ \t\u00a0.\-_:+,·/]")
_NUMBER = re.compile(r"\d{6,10}")
# a column's numbers may be customers' accounts, eleven or twelve digits too, where no supply's has as many
_ACCOUNT_OR_SUPPLY = re.compile(r"\d{6,12}")
_PREFIXED_ACCOUNT = re.compile(r"[A-Z]{1,3}-?\d{6,10}")
_LETTER = re.compile(r"[^\W\d_]")


def _rows(text: str, delimiter: str) -> list[list[tuple[int, int]]]:
    """Each non-empty line's cells, as spans of the text: split at the delimiter, and where a line quotes its
    fields as a database's export does ("2368584812053","Seren","Flat 3, 31 Dovecote Gardens",6343.50), a
    quoted field is one cell (the delimiter inside it is its text) and its span is inside the quotes."""
    rows, at = [], 0
    for line in text.split("\n"):
        if line.strip():
            rows.append(_cells(line, at, delimiter))
        at += len(line) + 1
    return rows


def _cells(line: str, at: int, delimiter: str) -> list[tuple[int, int]]:
    if '"' in line:
        quoted = _quoted_cells(line, at, delimiter)
        if quoted is not None:
            return quoted
    cells, start = [], at
    for piece in line.split(delimiter):
        cells.append((start, start + len(piece)))
        start += len(piece) + 1
    return cells


def _quoted_cells(line: str, at: int, delimiter: str) -> list[tuple[int, int]] | None:
    """The cells of a line whose fields may be quoted (a quote doubled inside one); None where the quotes do not
    pair up as fields (a quote inside an unquoted field: the plain split reads that line)."""
    cells: list[tuple[int, int]] = []
    i, n = 0, len(line.rstrip("\r"))
    while True:
        if i < n and line[i] == '"':
            j = i + 1
            while True:
                k = line.find('"', j, n)
                if k < 0:
                    return None
                if k + 1 < n and line[k + 1] == '"':
                    j = k + 2
                    continue
                break
            if k + 1 < n and line[k + 1] != delimiter:
                return None
            cells.append((at + i + 1, at + k))
            i = k + 1
        else:
            k = line.find(delimiter, i, n)
            end = n if k < 0 else k
            cells.append((at + i, at + end))
            i = end
        if i >= n:
            return cells
        i += 1  # (past the delimiter)


def _count(line: str, delimiter: str) -> int:
    """How many delimiters part the line's cells (those inside a quoted field do not)."""
    return len(_cells(line, 0, delimiter)) - 1 if '"' in line else line.count(delimiter)


_DECIMAL = re.compile(r"[-+£$€]?\d+(?:,\d{3})*[.,]\d{1,3}")  # a reading, an amount: 61693.5, 1,234.56


# a date written with its separators ("26/08/2026", "2026-08-26", "26.08.26"), a time after it or not
_WRITTEN_DATE = re.compile(r"(?:\d{1,2}([/.\-])\d{1,2}\1(?:\d{4}|\d{2})|\d{4}([/.\-])\d{1,2}\2\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?")


# a host's IPv4 address, or a version whose first part is short ("4.8.56.3732", "2.10.748"); a supply's number written
# with dots opens with a group of three or four ("1234.567.890")
_DOTTED = re.compile(r"(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}|\d{1,2}(?:\.\d{1,4}){2,}")


def _number(cell: str, pattern: re.Pattern[str] = _NUMBER) -> int | None:
    shown = read_as_shown(cell).strip().strip("\"'")
    if _DECIMAL.fullmatch(shown) or _WRITTEN_DATE.fullmatch(shown) or _DOTTED.fullmatch(shown):
        return None  # (nor a host's address or a version: "10.187.95.77", "4.8.56.3732")
    read = _GAPS.sub("", shown)
    if not pattern.fullmatch(read) or (len(read) == 8 and COMPACT_DATE.fullmatch(read)):
        return None
    return int(read)


def _a_header(text: str, row: list[tuple[int, int]]) -> bool:
    """A row of column names: no cell holds three digits or more ("mpan core (13)" is a name)."""
    return not any(sum(ch.isdigit() for ch in text[start:end]) >= 3 for start, end in row)


def _a_sequence(numbers: list[int]) -> bool:
    """Dates as epoch seconds (a few years apart at most) or a counter (steps of one)."""
    ordered = sorted(numbers)
    if 10**9 <= ordered[0] and ordered[-1] < 22 * 10**8 and ordered[-1] - ordered[0] < 5 * 10**8:
        return True
    steps = [b - a for a, b in zip(ordered, ordered[1:])]
    return sum(1 for step in steps if step <= 1) * 2 >= len(steps)


def _delimiter(text: str) -> tuple[str, int, bool] | None:
    """The delimiter most lines hold the same number of (two or more), and that number; judged on the text's
    first lines and then checked on all (a log of megabytes is told apart from an extract at once). Or, where no
    count is most lines' but every line holds two or more and at most two more than the fewest (an extract whose
    unquoted addresses hold commas of their own: "…,CATRIONA,6 MAES Y COED,…" and "…,DANIEL,THE OLD FORGE, KEITH
    STREET,…"), the fewest and True: the cells up to the first that may hold one line up from the left."""
    for sample in (text[:20_000], text):
        lines = [line for line in sample.split("\n") if line.strip()]
        if len(lines) < _MIN_ROWS:
            return None
        ragged = False
        for delimiter in _DELIMITERS:
            counts = [_count(line, delimiter) for line in lines]
            width = max(set(counts), key=counts.count)
            if width >= 2 and counts.count(width) * 3 >= len(counts) * 2:  # (most rows: a cell may hold it)
                break
        else:
            for delimiter in _DELIMITERS:
                counts = [_count(line, delimiter) for line in lines]
                # (a record's fields are short: a log's lines with commas in their messages are no extract)
                if min(counts) >= 2 and max(counts) - min(counts) <= 2 and len(lines) <= 200 \
                        and all(len(cell) <= _RAGGED_CELL for line in lines for cell in line.split(delimiter)):
                    width, ragged = min(counts), True
                    break
            else:
                return None
        if len(sample) == len(text):
            return delimiter, width, ragged
    return None


_RAGGED_CELL = 48  # characters at most in any field of a ragged extract


def _aligned_rows(every: list[list[tuple[int, int]]], width: int, ragged: bool) -> list[list[tuple[int, int]]]:
    """The rows of the table's width; of a ragged one, every row's cells from the left, as many as the fewest has."""
    if ragged:
        return [row[:width + 1] for row in every if len(row) >= width + 1]
    return [row for row in every if len(row) == width + 1]


# a table's rows and cells in markup: OpenDocument's (a flat .fods), SpreadsheetML's, HTML's, WordprocessingML's
_MARKUP_ROW = re.compile(r"(?i)<(?P<tag>table:table-row|(?:ss:)?Row|tr|w:tr)\b[^<>]{0,2000}>")
_MARKUP_ROW_END = re.compile(r"(?i)</(?:table:table-row|(?:ss:)?Row|tr|w:tr|table:table|(?:ss:)?Table|table|w:tbl)\s*>")
_MARKUP_CELL = re.compile(r"(?i)<(?P<tag>table:table-cell|table:covered-table-cell|(?:ss:)?Cell|td|th|w:tc)\b[^<>]{0,2000}>")
_MARKUP_CELL_END = re.compile(r"(?i)</(?:table:table-cell|table:covered-table-cell|(?:ss:)?Cell|td|th|w:tc)\s*>")
_TAG_OR_TEXT = re.compile(r"<[^>]*>|[^<]+")


def markup_rows(text: str) -> list[list[tuple[int, int]]]:
    """A markup table's rows of the most common width, each cell as the span of its text (from its first piece of
    text to its last, the tags between them included; empty where it has none): the rows a delimited extract's
    lines are, for a sheet saved as XML or a table in HTML, which no header names as often as a CSV's."""
    # (in one pass over the tags: a row runs to its closing tag or the next row's opening, a cell to its closing tag
    # or the next cell's, as HTML lets a page leave them unclosed; no pattern searched ahead from each row)
    opens = list(_MARKUP_ROW.finditer(text))
    row_ends = [m.start() for m in _MARKUP_ROW_END.finditer(text)]
    cell_opens = list(_MARKUP_CELL.finditer(text))
    cell_starts = [m.start() for m in cell_opens]
    cell_ends = [m.start() for m in _MARKUP_CELL_END.finditer(text)]
    rows: list[list[tuple[int, int]]] = []
    for r, row in enumerate(opens):
        limit = opens[r + 1].start() if r + 1 < len(opens) else len(text)
        closing = bisect.bisect_left(row_ends, row.end())
        end = min(limit, row_ends[closing]) if closing < len(row_ends) else limit
        cells: list[tuple[int, int]] = []
        first = bisect.bisect_left(cell_starts, row.end())
        last = bisect.bisect_left(cell_starts, end)
        for c in range(first, last):
            cell = cell_opens[c]
            if cell.group().endswith("/>"):
                cells.append((cell.end(), cell.end()))
                continue
            body_end = cell_starts[c + 1] if c + 1 < last else end
            closer = bisect.bisect_left(cell_ends, cell.end())
            if closer < len(cell_ends):
                body_end = min(body_end, cell_ends[closer])
            pieces = [m.span() for m in _TAG_OR_TEXT.finditer(text, cell.end(), body_end)
                      if not m.group().startswith("<") and m.group().strip()]
            if not pieces:
                cells.append((cell.end(), cell.end()))
                continue
            start, end = pieces[0][0], pieces[-1][1]
            lead = len(text[start:end]) - len(text[start:end].lstrip())
            cells.append((start + lead, start + len(text[start:end].rstrip())))
        if cells:
            rows.append(cells)
    if len(rows) < _MIN_ROWS:
        return []
    widths = [len(row) for row in rows]
    width = max(set(widths), key=widths.count)
    return [row for row in rows if len(row) == width] if width >= 2 else []


def find_headerless_numbers(text: str, found: Sequence[Finding], markup: bool = False) -> Iterator[Finding]:
    if markup:  # (a markup table's cells hold no delimiter to split a value)
        rows = markup_rows(text)
        # (beside a supply's identifiers only: a page's table of names and six-digit readings is no register)
        spans = sorted((f.start, f.end) for f in found if f.kind in _SUPPLY_SIBLINGS)
        yield from (finding for _column, finding in _columns(text, rows, spans)) if rows else ()
        return
    chosen = _delimiter(text)
    if chosen is not None:
        delimiter, width, ragged = chosen
        every = _rows(text, delimiter)
        rows = _aligned_rows(every, width, ragged)
        if len(rows) >= _MIN_ROWS:
            spans = sorted((f.start, f.end) for f in found if f.kind in SIBLINGS)
            columns = set()
            for column, finding in _columns(text, rows, spans):
                columns.add(column)
                yield finding
            # a row with more cells than the others, where the file's own delimiter split a value ("7536|147|155",
            # or an MPAN before the column, "13|7203|1416|857"): the column's number is its cell shifted by the
            # cells split off before it, and the cells split off it, read together
            for row in every if not ragged else ():
                extra = len(row) - (width + 1)
                for column in columns if 0 < extra <= 4 else ():
                    for shift, joined in [(0, 0), *((k, extra - k) for k in range(extra + 1))]:
                        start, end = row[column + shift][0], row[column + shift + joined][1]
                        if _number(text[start:end].replace(delimiter, "")) is not None:
                            yield Finding(start, end, Kind.MPRN, "column")
                            break


def _columns(text: str, rows: list[list[tuple[int, int]]], spans: list[tuple[int, int]]) -> Iterator[tuple[int, Finding]]:
    """The columns of supply-sized numbers beside other identifiers, and their cells (see the module)."""
    header = rows[0] if _a_header(text, rows[0]) else None
    data = rows[1:] if header is not None else rows
    if len(data) < _MIN_ROWS:
        return
    marked = _marked(data, spans)
    for column in range(len(rows[0])):
        if header is not None and _LETTER.search(text[slice(*header[column])]):
            continue  # a named column: the table readers read its header
        cells = [row[column] for row in data]
        filled = [(start, end) for start, end in cells if text[start:end].strip()]
        numbers = [(span, _number(text[slice(*span)], _ACCOUNT_OR_SUPPLY)) for span in filled]
        # (an account's number may open with its system's letters: "CA-69831918", "A47752920", beside bare ones)
        prefixed = [span for span, number in numbers if number is None
                    and _PREFIXED_ACCOUNT.fullmatch(cell := text[slice(*span)].strip().strip("\"'"))
                    and not another_reference(cell)]
        numbers = [(span, int(re.sub(r"\D", "", text[slice(*span)])) if span in prefixed else number)
                   for span, number in numbers]
        hits = [(span, number) for span, number in numbers if number is not None]
        if not filled or len(hits) < _MIN_ROWS or len(hits) < _SHARE * len(filled):
            continue
        values = [number for _span, number in hits]
        if len(set(values)) * 10 < len(values) * 8 or _a_sequence(values):
            continue
        if all(COMPACT_DATE.match(text[slice(*span)].strip().strip("\"'")) for span, _number_read in hits):
            continue  # a column of moments written as digits, a payment file's "202605232133" (yyyymmddHHMM)
        beside = sum(1 for row in range(len(data)) if any(col != column for col in marked.get(row, ())))
        if beside < _SIBLING_ROWS * len(data):
            continue
        # (a column with a number of eleven digits or more is no supply's: its people's accounts, as a
        # FileMaker export's first column of "259384019690" and "74643342" beside their names)
        kind = Kind.ACCOUNT if max(values) >= 10**10 or prefixed else Kind.MPRN
        for (start, end), _number_read in hits:
            cell = text[start:end]
            lead = len(cell) - len(cell.lstrip())
            yield column, Finding(start + lead, start + len(cell.rstrip()), kind, "column")


def _marked(rows: list[list[tuple[int, int]]], spans: list[tuple[int, int]]) -> dict[int, set[int]]:
    """For each row, the columns in which an identifier was found."""
    cells = sorted((start, end, r, c) for r, row in enumerate(rows) for c, (start, end) in enumerate(row))
    starts = [cell[0] for cell in cells]
    marked: dict[int, set[int]] = {}
    for start, end in spans:
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and start < cells[i][1]:
            marked.setdefault(cells[i][2], set()).add(cells[i][3])
    return marked


# -- a record file's columns, whatever their header -----------------------------------------------------------------

_MATE_KINDS = frozenset({Kind.NAME, Kind.ADDRESS, Kind.POSTCODE, Kind.MPAN, Kind.MPRN, Kind.MSN, Kind.DEVICE,
                         Kind.PHONE, Kind.EMAIL})
_MATES_SHARE = 0.4  # of a column's filled cells found as one kind, for the rest of them to be taken as it
_WORD = r"[^\W\d_]+(?:['’\-][^\W\d_]+)*"  # letters, an apostrophe or a hyphen between them: "O'ROURKE", "TAN-Y-BRYN"
_LETTERS_ONLY = re.compile(rf"{_WORD}(?:[ ]+{_WORD})*")
_HAS_DIGIT = re.compile(r"\d")
_A_SYSTEMS_VALUE = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"
                              r"|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?")


def _fits(kind: Kind, cell: str) -> bool:
    """A cell's text has the make-up of the column's kind: words for a name or a town (an address's part may
    have its number), digits for a number, letters and digits for a postcode or a serial."""
    if _A_SYSTEMS_VALUE.fullmatch(cell.strip()):
        return False  # a record's UUID or stamp where another record type has its supply's number ("ZHV|<uuid>|…"
        # over "026|<MPAN>|…": a flow's header and its records share the column's place, not its meaning)
    if kind is Kind.NAME:
        return bool(_LETTERS_ONLY.fullmatch(cell))
    if kind is Kind.ADDRESS:
        return not cell.replace(" ", "").isdigit() and any(c.isalpha() for c in cell)
    if kind in (Kind.MPAN, Kind.MPRN, Kind.PHONE):
        return sum(c.isdigit() for c in cell) >= 6
    if kind is Kind.DEVICE:
        # sixteen hex digits (twelve where a reader dropped some): a key/value listing's column holds a device's
        # model and firmware beside its ids ("E470 5394", "v2.0.26"), no device's id
        return sum(c in "0123456789abcdefABCDEF" for c in cell) >= 12
    return bool(_HAS_DIGIT.search(cell)) and len(cell) >= 5


_CELL = re.compile(r"\S+(?: \S+)*")  # a fixed-width field: words apart by single blanks
# a record's type, one capital or digit glued to its first field in capitals ("DJOB1927154", "ABRYN AWEL",
# "A89A BRAMBLE ROW"): not a line of prose, whose first word goes on in small letters ("Site ...")
_RECORD_TYPE = re.compile(r"[A-Z0-9](?=[A-Z0-9])")


_Rows = list[list[tuple[int, int]]]
# where a fixed-width field's long number runs into the next field's words: no blank was left between them
_DIGITS_THEN_WORD = re.compile(r"(?<=\d{6})(?=[^\W\d_]{3})")


def _fields(line: str) -> Iterator[tuple[int, int]]:
    for match in _CELL.finditer(line):
        a, b = match.span()
        for split in _DIGITS_THEN_WORD.finditer(line, a, b):
            yield a, split.start()
            a = split.start()
        yield a, b


class _Table(NamedTuple):
    rows: _Rows  # each line's cells at the table's columns (empty where the line has no field there)
    records: bool  # a record type glued to every line's first field: its lines are records, its first no header
    lines: list[tuple[int, list[tuple[int, int]]]]  # each line's start and all its fields, columns or not


@functools.lru_cache(maxsize=2)  # (read by three finders one after another on the same text)
def _fixed_columns(text: str) -> tuple[_Table, ...]:
    """A fixed-width record file's tables, one per record type (the line's first character: a customer line
    and its address line hold different columns), as rows of cells: each line's fields (words apart by single
    blanks, fields by two or more; a record type glued to the first field is a field of its own, and so is a
    long number's run of digits glued to the words after it, "2151852411607OLUWASEUN"), a table's columns the
    field starts that three of its lines or more share (two, in records); with each, whether its record type
    is glued to its first field (then its lines are records, and its first line no header)."""
    groups: dict[str, list[tuple[int, str]]] = {}
    at = 0
    for line in text.split("\n"):
        # (not a line that opens with a label and its colon: "Timestamp: 2026-06-20T09:00:00Z  etag …" under az's
        # table is a status line, whatever letter it shares with the records)
        if line.strip() and "  " in line and not LABELLED_LINE.match(line):
            groups.setdefault(line[:1], []).append((at, line.rstrip("\r")))
        at += len(line) + 1
    tables: list[_Table] = []
    for lines in groups.values():
        if len(lines) < _MIN_ROWS:
            continue
        glued = all(_RECORD_TYPE.match(line) for _at, line in lines)
        fields = [[(a + 1 if glued and a == 0 else a, b) for a, b in _fields(line)] for _at, line in lines]
        shared: dict[int, int] = {}
        for cells in fields:
            for a, _b in cells:
                shared[a] = shared.get(a, 0) + 1
        columns = sorted(a for a, count in shared.items() if count >= (2 if glued else _MIN_ROWS))
        if len(columns) < (1 if glued else 2):  # (a record type glued to its field says the lines are records)
            continue
        rows = []
        for (start, _line), cells in zip(lines, fields):
            by_start = {a: b for a, b in cells}
            rows.append([(start + a, start + by_start[a]) if a in by_start else (start + a, start + a)
                         for a in columns])
        tables.append(_Table(rows, glued, [(start, [(start + a, start + b) for a, b in cells])
                                           for (start, _line), cells in zip(lines, fields)]))
    return tuple(tables)


def _ragged_table(text: str) -> _Table | None:
    """Lines of fields two blanks or more apart that do not line up (a log's "2026-01-16  £150.79  1507274364  King
    T  missed appt …", each field as wide as its value): the commonest count of fields, in three lines or more, makes
    a table whose columns are the fields by their place in the line."""
    lines: list[tuple[int, list[tuple[int, int]]]] = []
    at = 0
    for line in text.split("\n"):
        if "  " in line.strip() and not LABELLED_LINE.match(line):
            lines.append((at, [(at + a, at + b) for a, b in _fields(line.rstrip("\r"))]))
        at += len(line) + 1
    counts: dict[int, int] = {}
    for _start, cells in lines:
        counts[len(cells)] = counts.get(len(cells), 0) + 1
    if not counts:
        return None
    width, rows = max(counts.items(), key=lambda item: (item[1], item[0]))
    if rows < _MIN_ROWS or width < 3:
        return None
    chosen = [(start, cells) for start, cells in lines if len(cells) == width]
    return _Table([cells for _start, cells in chosen], False, chosen)


def record_types_apart(text: str) -> str | None:
    """The text with each fixed-width record's type letter blanked where it is glued to the record's first field
    ("A89A BRAMBLE ROW" read as " 89A BRAMBLE ROW", "DJOB1927154" as " JOB1927154"), the same length, so that
    the first field is read as what it is; None when the text has no such records."""
    if len(text) >= PERSON_SIZED or "  " not in text:
        return None
    starts = [start for table in _fixed_columns(text) if table.records for start, _fields in table.lines]
    if not starts:
        return None
    chars = list(text)
    for at in starts:
        chars[at] = " "
    return "".join(chars)


# a postcode whose inward code runs on into the next field's digits: "LE15  4TB00292918313"
_RUN_ON_POSTCODE = re.compile(rf"{POSTCODE_SHAPE}(?=\d)", re.IGNORECASE)
_POSTCODE_AT = re.compile(rf"{POSTCODE_SHAPE}(?![A-Za-z])", re.IGNORECASE)


def find_run_on_postcodes(text: str) -> Iterator[Finding]:
    """Postcodes at the start of a fixed-width record's field, run on into the next field with no blank between
    (a field filled to its width): in a record file a field's place, not a blank, is where it ends."""
    if len(text) >= PERSON_SIZED or "  " not in text:
        return
    for table in _fixed_columns(text):
        for row in table.rows:
            for a, _b in row:
                match = _RUN_ON_POSTCODE.match(text, a)  # (across the next column's start: it is run on)
                if match:
                    yield Finding(a, match.end(), Kind.POSTCODE, "column")


_FORENAMES_SHARE = 0.6  # of a column's filled cells that are forenames the lists know (and no English word)


def _forename_columns(text: str, rows: list[list[tuple[int, int]]]) -> Iterator[Finding]:
    """A column most of whose cells are forenames the lists know, as a record file writes them ("ELERI",
    "RUARIDH", "LACHLAN"), is its people's forenames, the others too; and the column after it, where its
    cells are words, their surnames ("BALASUBRAMANIAM", "ST JOHN-STEVAS"), which no list needs to know; or the
    column before it, where a surname comes first ("O'NEILL,CATRIONA", "Marsh","George") and most of its cells
    are surnames the lists know. A column of a surname and an initial ("Siddiqui K", "Bird H") is people's too."""
    plain, _worded, _surnames = name_lists()
    width = min(len(row) for row in rows)
    for column in range(width):
        cells = [row[column] for row in rows if row[column][1] > row[column][0]]
        initialled = sum(1 for a, b in cells if (one := _SURNAME_INITIAL.fullmatch(text, a, b)) is not None
                         and _a_surname(one.group("surname") or one.group("after")))
        if initialled >= 2 and initialled >= _FORENAMES_SHARE * len(cells):
            yield from (Finding(a, b, Kind.NAME, "column") for a, b in cells if _SURNAME_INITIAL.fullmatch(text, a, b))
            continue
        listed = sum(1 for a, b in cells if key(text[a:b]) in plain)
        if listed < 2 or listed < _FORENAMES_SHARE * len(cells):
            continue
        columns = [column] + ([column + 1] if column + 1 < width else [])
        if column > 0:
            before = [row[column - 1] for row in rows if row[column - 1][1] > row[column - 1][0]]
            surnames = sum(1 for a, b in before if _fits(Kind.NAME, text[a:b]) and _a_surname(text[a:b]))
            if surnames >= 2 and surnames >= _FORENAMES_SHARE * len(before):
                columns.append(column - 1)
        for n in columns:
            for row in rows:
                a, b = row[n]
                if b > a and _fits(Kind.NAME, text[a:b]):
                    yield Finding(a, b, Kind.NAME, "column")


# a surname and an initial, a register's or a payments log's way ("Siddiqui K", "O'NEILL C.", "Hughes-Parry R"), or
# the initial first ("K Siddiqui", "H. Bird")
_SURNAME_INITIAL = re.compile(r"(?P<surname>[A-Z][A-Za-z'’\-]+) [A-Z]\.?|[A-Z]\.? (?P<after>[A-Z][A-Za-z'’\-]+)")


def _a_surname(word: str) -> bool:
    """A surname the lists or the census know, an English word too or not ("Marsh", "Bird", "O'Neill"), by its parts."""
    return any(any_listed_surname(part) for part in re.split(r"[-'’ ]", word) if len(part) > 1)


_WHOLE_STREET = re.compile(STREET_BARE)
_ADDRESS_PART = re.compile(rf"(?:\d{{1,4}}[A-Za-z]?[ ]+)?{_WORD}(?:[ ]+{_WORD})*|"
                           r"(?i:flat|apartment|apt|unit)[ ]+\d{1,4}[A-Za-z]?")


def _address_records(text: str, table: _Table) -> Iterator[Finding]:
    """A record whose field is a whole street with no number ("TOLLGATE ROW", "COWSLIP WAY") is an address's
    record: the street and its other fields of words (a house's name, "TY GWYN", "CARREG WEN"; a flat, a
    numbered street) are the address's parts."""
    for _start, fields in table.lines:  # (all the line's fields, not only the table's columns: an address's parts vary)
        if not any(_WHOLE_STREET.fullmatch(text, a, b) for a, b in fields):
            continue
        yield from (Finding(a, b, Kind.ADDRESS, "column") for a, b in fields if _ADDRESS_PART.fullmatch(text, a, b))


_CONTINUED_LINE = re.compile(r"(?m)^[ \t]*(?:>+|;+|\*|#+|%|//)[ \t]*\d")


def embedded_extracts(text: str) -> list[tuple[int, int]]:
    """Where a text that is no extract as a whole holds one: runs of three lines or more in a row, each with the
    same two or more delimiters (quoted fields read as one cell), as a loader's log quotes the rows it rejected
    ("--- load_customers.bad ---" then ""8666554061","GRACE","BAKER",…") or a ticket pastes an extract's rows.
    Each as the span of its lines, for the headerless readers to read as a file of its own."""
    if len(text) >= PERSON_SIZED or _delimiter(text) is not None:
        return []  # (the whole text is an extract: read as one already)
    blocks: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []  # the current run's lines, as spans
    key: tuple[str, int] | None = None
    at = 0
    for line in text.split("\n"):
        end = at + len(line)
        # (a record's fields are short and set by the delimiter alone: a printed report's line of columns set with
        # blanks, "KING, Deepak      1853520372980      18/07/2026      £1,982.57", is no record of an extract)
        shape = next(((d, n) for d in _DELIMITERS if (n := _count(line, d)) >= 2), None) \
            if line.strip() and "   " not in line.strip() else None
        if shape is not None and max(map(len, line.split(shape[0]))) > _RAGGED_CELL:
            shape = None
        if shape is not None and shape == key:
            run.append((at, end))
        else:
            if len(run) >= _MIN_ROWS:
                blocks.append((run[0][0], run[-1][1]))
            run, key = ([(at, end)], shape) if shape is not None else ([], None)
        at = end + 1
    if len(run) >= _MIN_ROWS:
        blocks.append((run[0][0], run[-1][1]))
    return blocks


def find_embedded_extracts(text: str, found: Sequence[Finding]) -> Iterator[Finding]:
    """The headerless readers (:func:`find_headerless_numbers`, :func:`find_column_mates`) on each extract a text
    holds among its other lines (see :func:`embedded_extracts`), with what was found in it."""
    for start, end in embedded_extracts(text):
        block = text[start:end]
        inside = [Finding(f.start - start, f.end - start, f.kind, f.detector) for f in found
                  if f.start >= start and f.end <= end]
        more = list(find_headerless_numbers(block, inside))
        mates = list(find_column_mates(block, [*inside, *more]))
        if any(f.kind is Kind.NAME for f in mates):  # (the people a column of forenames names are siblings too)
            more.extend(find_headerless_numbers(block, [*inside, *more, *mates]))
        for f in [*more, *mates]:
            yield Finding(f.start + start, f.end + start, f.kind, f.detector, quote=f.quote, value=f.value)


def find_column_mates(text: str, found: Sequence[Finding], markup: bool = False) -> Iterator[Finding]:
    """In a record file without a header (delimited, or in fixed-width columns, or a markup table's), a column most
    of whose cells were found as one kind of identifier: its other cells, where they have that kind's make-up (a
    town under towns found from their postcodes, "LUDLOW"; a name in capitals the lists do not know, "MORWENNA LE
    STRANGE"; a postcode run on into the next field)."""
    tables: list[_Table] = []
    chosen = None if markup else _delimiter(text)
    if markup:
        tables.append(_Table(markup_rows(text), False, []))
    elif chosen is not None:
        delimiter, width, ragged = chosen
        every = list(_rows(text, delimiter))
        if every and len(every[0]) > width + 1 and _a_header(text, every[0]) and _CONTINUED_LINE.search(text):
            return  # a wider header over records wrapped in two halves ("…,211489" / ">> 8881419,…,MATCH"): headed
        tables.append(_Table(_aligned_rows(every, width, ragged), False, []))
    elif len(text) < PERSON_SIZED:  # (fields by position: an extract pasted as evidence, not a log of megabytes)
        tables.extend(_fixed_columns(text))
        if "  " in text and (unaligned := _ragged_table(text)) is not None:
            tables.append(unaligned)
    else:
        return
    spans = sorted((f.start, f.end, f.kind) for f in found if f.kind in _MATE_KINDS)
    starts = [s for s, _e, _k in spans]
    for table in tables:
        rows, records = table.rows, table.records
        if rows and not records and _a_header(text, rows[0]):
            if not any(classify(text[a:b].strip().strip("\"'")) for a, b in rows[0]):
                # (a first row that names nothing is no header but a record of words: "1,Kofi,Mensah")
                yield from _forename_columns(text, rows)
            continue  # a header row names the columns: the table readers read them by their names
        if len(rows) < _MIN_ROWS:
            continue
        yield from _forename_columns(text, rows)
        if len(spans) < 2:
            continue
        width = min(len(row) for row in rows)
        bare: list[list[tuple[int, int]]] = []
        column_kinds: dict[int, Kind] = {}
        for column in range(width):
            cells = [row[column] for row in rows if row[column][1] > row[column][0]]
            kinds: dict[Kind, int] = {}
            bare.append([])
            for a, b in cells:
                i = bisect.bisect_right(starts, b) - 1
                # (a finding that is the cell, or nearly: a cell that only holds one among its words says little)
                covering = [k for s, e, k in spans[max(0, i - 8):i + 1]
                            if s <= a + 1 and b - 1 <= e or s < b and a < e and (min(b, e) - max(a, s)) * 10 >= 9 * (b - a)]
                if covering:
                    kinds[covering[0]] = kinds.get(covering[0], 0) + 1
                else:
                    bare[column].append((a, b))
            if not kinds:
                continue
            kind, count = max(kinds.items(), key=lambda item: item[1])
            if count >= 2 and count >= _MATES_SHARE * len(cells) and count * 2 >= sum(kinds.values()):
                column_kinds[column] = kind
        for column, kind in column_kinds.items():
            for a, b in bare[column]:
                if kind is Kind.POSTCODE:
                    # a postcode the patterns did not take, and only it: "WA16 5WA 00811232313" is a postcode
                    # and the next field's number, one cell where a single blank parts them
                    postcode = _POSTCODE_AT.match(text, a, b)
                    if postcode:
                        yield Finding(a, postcode.end(), kind, "column")
                elif _fits(kind, text[a:b]):
                    yield Finding(a, b, kind, "column")
            if kind is Kind.POSTCODE and column > 0 and column - 1 not in column_kinds:
                # the words just before a column of postcodes are their towns ("MALTON", "PENRITH", "BUDE")
                yield from (Finding(a, b, Kind.ADDRESS, "column") for a, b in bare[column - 1]
                            if _LETTERS_ONLY.fullmatch(text, a, b))
        if records:
            yield from _address_records(text, table)
        if records and column_kinds.get(0) is Kind.ADDRESS:
            # a record type whose first field is an address is an address record: its other fields' words are
            # the same address's parts (a house's name, then its street: "TY GWYN", "TOLLGATE ROW")
            for column in range(width):
                if column not in column_kinds:
                    yield from (Finding(a, b, Kind.ADDRESS, "column") for a, b in bare[column]
                                if _fits(Kind.ADDRESS, text[a:b]))


# -- a JSON array of records whose keys name nothing ------------------------------------------------------------------

_DOCUMENT_OPENS = re.compile(r"^[ \t]*[{\[]", re.MULTILINE)
_DOCUMENT_CLOSES = re.compile(r"^[ \t]*[}\]][ \t]*,?[ \t]*\r?$", re.MULTILINE)


def _json_documents(text: str) -> Iterator[tuple[int, list[jsonscan.JsonValue]]]:
    """The JSON a text is or holds, each document's offset and values, paths as one document's (JSON Lines' records
    as one array's items): the whole text; a terminal's paste, the command before the document it printed and the
    prompt or a timing line after it; or a record a line."""
    scanned = jsonscan.scan(text)
    if scanned is not None:
        yield 0, scanned[0]
        return
    opening = _DOCUMENT_OPENS.search(text, 0, 20_000)
    if opening is not None:
        closes = [m.end() for m in _DOCUMENT_CLOSES.finditer(text, opening.start())]
        for end in reversed(closes[-3:]):  # (the last closing lines: what follows the document is a line or two)
            body = text[opening.start():end].rstrip().rstrip(",")
            if (scanned := jsonscan.scan(body)) is not None and (len(body) > 200 or "\n" in body):
                yield opening.start(), scanned[0]
                return
    at, index, records = 0, 0, []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith("{") and (scanned := jsonscan.scan(line.rstrip("\r"))) is not None:
            records.append((at, [jsonscan.JsonValue((index, *v.path), v.start, v.end, v.type, v.text) for v in scanned[0]]))
            index += 1
        at += len(line) + 1
    if len(records) >= _MIN_ROWS:
        yield from records


def find_json_columns(text: str, found: Sequence[Finding]) -> Iterator[Finding]:
    """An array of records written as JSON objects under keys that name nothing (a Cosmos DB container's "mr", "fn",
    "ln", kept short to save request units): read as a headerless extract's columns, a key to a column, beside what
    was found by its shape in the same records (an MPAN under "pk", a serial under "ms")."""
    documents = list(_json_documents(text))
    if not documents:
        return
    tables: dict[tuple[object, ...], dict[int, dict[str, tuple[int, int]]]] = {}
    numbers: set[tuple[int, int]] = set()
    for value, at in ((value, at) for at, values in documents for value in values):
        path = value.path
        if len(path) >= 2 and isinstance(path[-1], str) and isinstance(path[-2], int) and value.type != "literal":
            span = (at + value.start + 1, at + value.end - 1) if value.type == "string" else (at + value.start, at + value.end)
            if value.type == "number":
                numbers.add(span)
            tables.setdefault(path[:-2], {}).setdefault(path[-2], {})[path[-1]] = span
    spans = sorted((f.start, f.end) for f in found if f.kind in SIBLINGS)
    for records in tables.values():
        if len(records) < _MIN_ROWS:
            continue
        first = next(iter(records.values()))
        keys = [key for key in first if all(key in record for record in records.values())]
        if len(keys) < 2:
            continue
        rows = [[record[key] for key in keys] for record in records.values()]
        for finding in [finding for _column, finding in _columns(text, rows, spans)] + list(_forename_columns(text, rows)):
            # (a bare number's placeholder is written in quotes, so that the document still parses)
            quote = (finding.start, finding.end) in numbers
            yield Finding(finding.start, finding.end, finding.kind, finding.detector, quote) if quote else finding
