"""Tables in text: a column headed "MPAN" is masked cell by cell, whatever the cells hold.

Covers the tables testers paste as text: psql and markdown (``|`` between cells), SSMS and other
fixed-width output (columns by position, from the header or its dashed underline), tab-separated
exports ("Unicode text" from Excel, Teams pastes), and HTML ``<th>``/``<td>`` rows. CSV files have
their own reader in :mod:`structured`.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Iterator

from .fields import classify, column_kinds
from .findings import DIGITS_ONLY, SHAPED_NUMBERS, TEN_DIGITS, Finding, Kind, a_closing_row, fits_a_closing_rows_column
from .textview import DIGITS, LOWER, UPPER, TextView

_SEPARATOR_LINE = re.compile(r"^[\s\-+=|:_]+$")
_WIDE_GAP = re.compile(r"\S+(?: \S+)*")  # fixed-width cells: words joined by single spaces
_EMPTY = {"", "null", "none", "n/a", "na", "-", "--"}
# (a FitNesse decision table marks its output columns with "?" and its fixtures' calls with "!": "expected?")
_HEADER_CELL = re.compile(r"^[A-Za-z#][A-Za-z0-9 _.()/#'\-]*[?!]?$")


# a line that opens with a label's words and its colon, then a blank: a note's or a tool's status line under a table
LABELLED_LINE = re.compile(r"[ \t]*[A-Za-z][A-Za-z ]{0,30}:[ \t]")


def _is_label_row(first_cell: str) -> bool:
    """A row that starts with another field name is the next "label  value" line, not table data."""
    cell = first_cell.strip()
    return bool(cell) and classify(cell) is not None and not any(c.isdigit() for c in cell)


def _header_kinds(cells: list[str]) -> list[Kind | None] | None:
    """Kinds per column if this row is a header naming at least one identifier column."""
    if len(cells) < 2:
        return None
    texts = [c.strip() for c in cells]
    if sum(1 for t in texts if t and re.search(r"\d{4,}", t)) > 0:
        return None  # a data row, not a header
    if any(t and not _HEADER_CELL.match(t) for t in texts):
        return None  # "SERNR      = L9012346": a key and its value, not column names
    if len(texts) == 2 and _A_PROPERTY.search(texts[0]):
        return None  # "Device Type<TAB>ESME" in a device's details: a property and its value, no header over a column
    named = column_kinds([t if t and len(t) <= 40 else "" for t in texts])
    kinds = [(kind or _supply_column(t)) if t and len(t) <= 40 else None for t, kind in zip(texts, named, strict=True)]
    if not any(kinds):
        return None
    if any(kind in _SUPPLY_KINDS for kind in kinds):
        # a bare "name" column beside a supply's identifiers (cypher's "c.name", an alias and its property) is
        # the customer's: alone, "name" names anything (a product, a test step)
        kinds = [Kind.NAME if kind is None and _BARE_NAME.fullmatch(t) else kind for t, kind in zip(texts, kinds, strict=True)]
    # "Postcode<TAB>TR1 5PS" in a key/value listing (ECOES, a CRM's details pane): a cell the patterns read
    # as an identifier is a value, so the row is a label and its value, not a header over the rows below
    from .patterns import find_all  # (the patterns read tables too: imported when a header is in question)

    if any(find_all(t) for t, kind in zip(texts, kinds, strict=True) if t and kind is None):
        return None
    return kinds


_SUPPLY_KINDS = frozenset({Kind.MPAN, Kind.MPRN, Kind.MSN, Kind.DEVICE})
# the last word of a property's label, whose value is a word of a fixed list (a type's, a state's, a model's)
_A_PROPERTY = re.compile(r"(?i)\b(?:type|status|state|model|version|mode|kind|category|class|variant|make)$")
# a column named by a fuel's supply ("gas supply", "Elec supply no"): a label alone, "Gas supply: yes", says nothing,
# but over a column its cells with digits are the supplies' numbers (its "Yes" and "No" have none, and are kept)
_FUEL_SUPPLY = re.compile(r"(?i)(?P<fuel>gas|elec|electricity)[ _\-]*supply(?:[ _\-]*(?:no\.?|number|ref|id))?")


def _supply_column(header: str) -> Kind | None:
    fuel = _FUEL_SUPPLY.fullmatch(header)
    return None if fuel is None else Kind.MPRN if fuel.group("fuel").lower() == "gas" else Kind.MPAN
_BARE_NAME = re.compile(r"(?i)(?:[a-z]{1,12}\.)?name")


def _cells(line: str, start: int, delimiter: str) -> list[tuple[int, int]]:
    """(start, end) spans of the cells of one line, in text coordinates, for '|' or tab tables. A cell's
    double quotes (cypher-shell and psql print strings so) hold the delimiter as text."""
    spans, pos = [], 0
    parts = _bars_outside_quotes(line) if delimiter == "|" and '"' in line else line.split(delimiter)
    for part in parts:
        spans.append((start + pos, start + pos + len(part)))
        pos += len(part) + 1
    if delimiter == "|" and line.strip().startswith("|"):
        spans = spans[1:]  # markdown: the leading pipe opens the row
    if delimiter == "|" and line.strip().endswith("|"):
        spans = spans[:-1]
    return spans


def _bars_outside_quotes(line: str) -> list[str]:
    """The line split at each "|" outside double quotes (in one pass: a lookahead for the quotes after each bar
    read a long row once per bar)."""
    parts, start, quoted = [], 0, False
    for at, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == "|" and not quoted:
            parts.append(line[start:at])
            start = at + 1
    parts.append(line[start:])
    return parts


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk) - len(chunk.rstrip())
    if lead == len(chunk) or chunk.strip().lower() in _EMPTY or not any(c.isalnum() for c in chunk):
        return None
    return start + lead, end - trail


# A header names at least one identifier column, so it holds one of these words (looked for with
# str.find first, to skip the thousands of log lines that cannot be a header).
_HEADER_WORDS = ("mpan", "mprn", "mpxn", "msn", "serial", "meter", "device", "esme", "gsme", "eui", "guid", "hub",
                 "ihd", "chf", "name", "addr", "street", "road", "town", "city", "county", "premise", "uprn",
                 "postcode", "post code", "postal", "zip", "pstlz", "stras", "ort0", "sernr", "geraet", "ext_ui",
                 "extui", "j000", "supply", "metering", "mail", "phone", "tel", "mobile", "cust", "holder", "contact",
                 "payer", "occupier", "tenant", "consumer", "resident",
                 # a name's halves, named only as a pair ("given", "family"; "first", "last": fields.column_kinds)
                 "given", "family", "first", "last")


# A header row's cells hold only what _HEADER_CELL allows, around blanks and the delimiters, and no
# run of four digits (_header_kinds); a line with anything else (":", "=", ",", a timestamp: every line
# of a log) is no header and needs no vocabulary search. Such a line holds a character outside
# _HEADER_CHARS and the digits, or four digits in a row. Non-ASCII characters ("?" in the text's ASCII
# form) and "?" itself count as allowed, since a non-ASCII blank at a cell's edge is stripped; and "\\", a wide
# data frame's mark that its header goes on below ("read_kwh  \\").
_HEADER_CHARS = UPPER + LOWER + " _.()/#'-|?!^\\\t\r\x0b\x0c\x1c\x1d\x1e\x1f"  # ("^": DokuWiki's header bars)
_NOT_X = (_HEADER_CHARS + DIGITS).encode("ascii")
_FOUR_DIGITS = re.compile(rb"[0-9]{4}")


def _header_lines(view: TextView, count: int) -> list[int]:
    """The lines that could be a header row: all of them where the text has no ASCII form (see
    TextView.ascii).

    Every line of a log has a character outside _HEADER_CHARS and the digits. The lines without one
    are found at C speed: deleting all the others but the line breaks leaves one, maybe empty, run of
    them a line; those lines alone are then checked for four digits in a row."""
    raw = view.ascii
    if raw is None:
        return list(range(count))
    marks = raw.translate(None, _NOT_X).split(b"\n")
    no_x = itertools.compress(range(len(marks)), map(operator.not_, marks))
    line_starts = view.line_starts
    ends = [*line_starts[1:], len(raw) + 1]
    return [i for i in no_x if _FOUR_DIGITS.search(raw, line_starts[i], ends[i] - 1) is None]


def _candidate_lines(text: str, line_starts: list[int], view: TextView | None = None) -> list[int]:
    """The lines that could be a header row and hold a header word."""
    view = view or TextView(text)
    possible = _header_lines(view, len(line_starts))
    if not possible:
        return []
    lowered = view.lowered
    ends = [*line_starts[1:], len(lowered) + 1]
    if len(possible) == len(line_starts):
        rows, row_starts = lowered, line_starts
    else:  # search the possible lines alone, joined
        rows = "\n".join(lowered[line_starts[i]:ends[i] - 1] for i in possible)
        row_starts = [0]
        for i in possible[:-1]:
            row_starts.append(row_starts[-1] + ends[i] - line_starts[i])
    found: set[int] = set()
    for word in _HEADER_WORDS:
        at = rows.find(word)
        while at >= 0:
            row = bisect.bisect_right(row_starts, at) - 1
            found.add(row)
            next_row = row_starts[row + 1] if row + 1 < len(row_starts) else len(rows)
            at = rows.find(word, next_row)  # one hit per line is enough
    return sorted(possible[row] for row in found)


_SQL_TYPE = re.compile(r"(?i)(?:var)?char|text|string|u?int(?:8|16|32|64|128)?|integer|bigint|smallint|tinyint|hugeint|"
                       r"double|float|real|decimal(?:\(\d+,\d+\))?|numeric|bool(?:ean)?|date|time|timestamp(?:tz)?|"
                       r"interval|uuid|blob|json|nullable\(\w+\)|"
                       # Polars' dtypes under its frame's header ("str", "i64", "datetime[μs]")
                       r"str|[iuf](?:8|16|32|64)|cat|null|object|(?:datetime|duration|list|array)\[[^\]]{1,20}\]")
# a box-drawn table's bars (DuckDB, psql's unicode borders, a terminal's "│"): its columns' delimiters, as "|" is
_BOX_BARS = str.maketrans({"\u2502": "|", "\u2503": "|", "\u2551": "|", "\u250a": "|", "\u2506": "|", "\u2500": "-",
                           "\u2501": "-", "\u2550": "=", "\u251c": "|", "\u2524": "|", "\u253c": "+", "\u252c": "+",
                           "\u2534": "+", "\u250c": "+", "\u2510": "+", "\u2514": "+", "\u2518": "+", "\u2560": "|",
                           "\u2563": "|", "\u256c": "+", "\u2554": "+", "\u2557": "+", "\u255a": "+", "\u255d": "+"})


def find_table_cells(text: str, view: TextView | None = None) -> Iterator[Finding]:
    if any(bar in text for bar in ("\u2502", "\u2503", "\u2551", "\u250a", "\u2506")):
        text, view = text.translate(_BOX_BARS), None  # (the same length: the findings' spans hold in the text)
    view = view or TextView(text)
    candidates = _candidate_lines(text, view.line_starts, view)
    if not candidates:
        return
    lines = _lines(text)
    consumed = -1
    for i in candidates:
        if i <= consumed:
            continue
        consumed = i
        found = list(_table_at(text, lines, i))
        if found:
            consumed = found[-1][0]
            for _row, finding in found:
                yield finding


def _table_at(text: str, lines: list[tuple[int, str]], i: int) -> Iterator[tuple[int, Finding]]:
    """The cells under a header at line ``i``, if it is one, with the row index of each finding."""
    start, line = lines[i]
    if line.lstrip().startswith("^") and line.count("^") >= 3 and "|" not in line:
        line = line.replace("^", "|")  # DokuWiki's header cells, "^ MPRN ^ Gas meter ^", over rows of bars
    delimiter = "|" if line.count("|") >= 1 and line.strip().strip("|").count("|") >= 1 else (
        "\t" if "\t" in line.strip() else "  ")
    if delimiter == "  ":
        spans = [(start + m.start(), start + m.end()) for m in _WIDE_GAP.finditer(line)]
        if spans and text[spans[-1][0]:spans[-1][1]] == "\\":
            spans.pop()  # a wide data frame's header goes on below ("read_kwh  \"): the mark is no column
        if len(spans) < 2 or not re.search(r"\S {2,}\S", line):
            return
    else:
        spans = _cells(line, start, delimiter)
    kinds = _header_kinds([text[a:b] for a, b in spans])
    if not kinds:
        return
    # (a column a fuel's supply names holds its supplies' numbers, six digits or more; its counts are kept: "2 pipes")
    counted = {c for c, (a, b) in enumerate(spans) if _FUEL_SUPPLY.fullmatch(text[a:b].strip())}
    i += 1
    columns = spans
    if delimiter == "  " and i < len(lines) and _SEPARATOR_LINE.match(lines[i][1]) and "-" in lines[i][1]:
        under_start, underline = lines[i]
        columns = [(under_start + m.start(), under_start + m.end()) for m in re.finditer(r"-+", underline)]
        columns = [(a - under_start + start, b - under_start + start) for a, b in columns]
        if len(columns) != len(kinds):
            columns = spans
    rows_in_a_row = 0  # data rows one after another with no rule between them
    while i < len(lines):
        row_start, row = lines[i]
        if not row.strip():
            break
        if _SEPARATOR_LINE.match(row):
            if rows_in_a_row >= 2 and _a_footer_after(lines, i + 1, delimiter, len(kinds)):
                break  # a rule under rows that had none between them, then a line of fewer cells: a report's footer
            rows_in_a_row = 0
            i += 1
            continue
        rows_in_a_row += 1
        first = re.split(r"\t|\||  ", row.strip().strip("|"), maxsplit=1)[0]
        if _is_label_row(first):
            break
        if delimiter == "  " and len(kinds) >= 3 and "  " not in row.strip():
            break  # a line of words one blank apart under a table of three columns or more: a note, no row
        if delimiter == "  " and LABELLED_LINE.match(row):
            i += 1  # "Timestamp: 2026-06-20T09:00:00Z  etag …  release 3.24.2" under az's table: a status line, no row
            continue  # (the rows after it are still the table's: "Region:   North West" between two groups)
        if delimiter == "  " and columns is not spans and _across_the_gaps(row, columns, start):
            i += 1  # words run on across the rule's gaps: a prompt's or a note's line, no row (BTEQ's "Enter your SQL
            continue  # request or BTEQ command: .QUIT  (PIT_TC_060)" under its result); the rows after it are read
        if delimiter == "  ":
            for finding in _fixed_width_row(text, row_start, row, columns, kinds, start, columns is not spans):
                yield i, finding
        else:
            if delimiter not in row:
                break
            if '"' in row and (delimiter != "|" or row.count('"') % 2):
                # a quoted field may hold the delimiter or run over the line end ("0<tab>" is one cell):
                # split naively, the cells are wrong, and a replacement would break the row. A CSV or TSV
                # file's columns are read by its reader (structured); the patterns still run on this row.
                # (A bar table's row with its quotes paired is split outside them: cypher-shell's, psql's.)
                i += 1
                continue
            cells = _cells(row, row_start, delimiter)
            # a file's trailer or a sheet's totals: only what has its column's shape is masked there (see findings)
            closing = bool(cells) and a_closing_row(text[cells[0][0]:cells[0][1]], len(cells), len(kinds))
            if cells and all(_SQL_TYPE.fullmatch(text[a:b].strip()) for a, b in cells if text[a:b].strip()):
                i += 1
                continue  # the columns' types under their names (DuckDB's "varchar", "int64"): no record
            if Kind.MPRN in kinds and len(cells) != len(kinds):
                # a row longer than its header (a cell's own bars, "Hafod Pegg Parade | Auchterarder", shifted the
                # rest) or a record wrapped over two lines ("…|170066" over "| 0159386|S1K.9896.229|7389109093|…"):
                # the MPRN column's number stands under another, so any cell of ten digits alone is one
                for a, b in cells:
                    span = _trimmed(text, a, b)
                    if span and TEN_DIGITS.fullmatch(text, *span):
                        yield i, Finding(*span, Kind.MPRN, "column")
            if delimiter == "|" and len(cells) != len(kinds) and i > 0 and len(_cells(lines[i - 1][1], 0, "|")) != len(kinds):
                # a row cut by a line break (a cell's value wrapped: Spark's "| L77D1" over "% 80455|Seonaid…|"):
                # its second line's cells are not under the columns they would be counted in
                i += 1
                continue
            for column, ((a, b), kind) in enumerate(zip(cells, kinds, strict=False)):
                if column in counted and sum(c.isdigit() for c in text[a:b]) < 6:
                    continue
                if kind in SHAPED_NUMBERS and not any(c.isdigit() for c in text[a:b]):
                    continue  # letters alone are no number's, serial's or device's value: a glossary's "CHTS"
                    # under its row "CHF<TAB>Communications Hub Function", read as a header
                span = _trimmed(text, a, b) if kind else None
                if span and closing and not fits_a_closing_rows_column(kind, text[span[0]:span[1]]):  # type: ignore[arg-type]
                    continue
                if span and span[1] - span[0] > 2 and text[span[0]] == '"' == text[span[1] - 1]:
                    span = (span[0] + 1, span[1] - 1)  # a quoted cell keeps its quotes
                if span:
                    yield i, Finding(*span, kind, "column")  # type: ignore[arg-type]
        i += 1


def _across_the_gaps(row: str, columns: list[tuple[int, int]], header_start: int) -> bool:
    """Whether a line under a table ruled with dashes runs its words on across two of the blanks between the
    rules or more (a letter there, or one blank between two words): a sentence, not the table's row, whose values
    each keep to their column (one wider than its rule crosses one gap at most)."""
    bridged = 0
    for (_a, gap_start), (gap_end, _b) in zip(columns, columns[1:]):
        lo, hi = gap_start - header_start, gap_end - header_start  # the gap's columns, in the line's characters
        if lo < 1 or hi >= len(row):
            continue
        between = row[lo:hi]
        if between.strip() or (len(between) == 1 and row[lo - 1] != " " and row[hi:hi + 1] not in ("", " ")):
            bridged += 1
    # (a row whose value overran its column, "SMETS2-19TC783575STREET Hope", shifts the rest a place, and bridges
    # gaps too: but its cells, apart by two blanks or more, are still most of the table's)
    cells = [cell for cell in re.split(r"[ \t]{2,}", row.strip()) if cell]
    return bridged >= 2 and len(cells) * 2 < len(columns)


def _a_footer_after(lines: list[tuple[int, str]], i: int, delimiter: str, columns: int) -> bool:
    """Is the next line with text after a rule no row of the table (fewer cells than it has columns: "Report id
    <uuid>   Query qryDebt v7.6.43" under a table of four), or is there none? A group of rows after a rule has
    the table's cells."""
    while i < len(lines) and not lines[i][1].strip():
        i += 1
    if i >= len(lines):
        return True
    line = lines[i][1].strip().strip("|")
    cells = [c for c in (re.split(r"\t|\||[ ]{2,}", line) if delimiter == "  " else line.split(delimiter)) if c.strip()]
    return len(cells) < columns


def _fixed_width_row(text: str, row_start: int, row: str, columns: list[tuple[int, int]],
                     kinds: list[Kind | None], header_start: int, underlined: bool = False) -> Iterator[Finding]:
    """Each word of the row belongs to the column its first character falls in (the last column runs
    to the end of the line), so a value wider than its header is still masked whole."""
    starts = [a - header_start for a, _ in columns]
    spans = [(a - header_start, b - header_start) for a, b in columns]
    ends = {b: k for k, (_a, b) in enumerate(spans)}
    for word in re.finditer(r"\S+", row):  # by word: full columns may be one space apart
        if not underlined and word.end() <= starts[0]:
            continue  # left of every column: a printed data frame's row index ("0", "1", ...) has no header
        # right-aligned columns (pandas, R, numbers in a report) end where their header ends: a value that ends
        # so is that column's, though it starts under the column before ("  mprn" over "9.835355635e+09")
        col = ends[word.end()] if not underlined and word.end() in ends else \
            max((k for k, s in enumerate(starts) if s <= word.start() + 1), default=0)
        overlaps = [min(b, word.end()) - max(a, word.start()) for a, b in spans]
        if not underlined and overlaps[col] <= 0 and max(overlaps) > 0:
            col = overlaps.index(max(overlaps))  # (or nearly so: under another column's header, not its own)
        if underlined:
            # the dashes give each column's width: a word belongs to the column it lies most under (PowerShell
            # pads a column's dashes past its values, so a row's word may start under the end of the one before)
            overlaps = [min(b, word.end()) - max(a, word.start()) for a, b in spans]
            best = max(range(len(spans)), key=lambda k: overlaps[k])
            if overlaps[best] > overlaps[col]:
                col = best
        kind = kinds[col] if col < len(kinds) else None
        if kind in DIGITS_ONLY and not any(c.isdigit() for c in word.group()):
            continue  # a word of letters is no number's (where replacements shortened a row, "Confirmed" slides
            # under the MPAN column: the scan of a redacted table must not take it for one)
        if kind and any(c.isalnum() for c in word.group()) and not (kind is not Kind.DOB
                                                                    and _DATE_WORD.fullmatch(word.group())):
            # (a date is no serial: where replacements shortened a row, "2026-11-21" slides under the serial's
            # header, and the scan of a redacted table must not take the row's date for one)
            yield Finding(row_start + word.start(), row_start + word.end(), kind, "column")


_DATE_WORD = re.compile(r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(?:[T ]?\d{1,2}:\d{2}(?::\d{2})?)?")


_ROW = re.compile(r"<tr\b[^>]*>(?P<row>.*?)</tr\s*>", re.IGNORECASE | re.DOTALL)
_CELL = re.compile(r"<t(?P<h>[hd])\b[^>]*>(?P<cell>.*?)</t[hd]\s*>", re.IGNORECASE | re.DOTALL)
_TEXT_BETWEEN_TAGS = re.compile(r"(?<=>)[^<]+|^[^<]+")


def find_html_table_cells(text: str, view: TextView | None = None) -> Iterator[Finding]:
    if "<" not in text or "<t" not in (view.lowered if view is not None else text.lower()):
        return
    kinds: list[Kind | None] | None = None
    for row in _ROW.finditer(text):
        cells = list(_CELL.finditer(text, row.start("row"), row.end("row")))
        plain = [re.sub(r"<[^>]+>", "", c.group("cell")).strip() for c in cells]
        header = _header_kinds(plain) if plain else None
        if header and (any(c.group("h").lower() == "h" for c in cells) or kinds is None):
            kinds = header
            continue
        if not kinds:
            continue
        for cell, kind in zip(cells, kinds, strict=False):
            if not kind:
                continue
            inner_start = cell.start("cell")
            for piece in _TEXT_BETWEEN_TAGS.finditer(cell.group("cell")):
                span = _trimmed(text, inner_start + piece.start(), inner_start + piece.end())
                if span:
                    yield Finding(*span, kind, "column")


# psql's expanded display (``\x``): each record under "-[ RECORD 1 ]-+----", a field a line, its name padded to the
# longest and a bar before the value ("account_no    | A046877944"); a name's padding is no label's gap
_EXPANDED_RECORD = re.compile(r"^-\[ RECORD \d+ \]-*\+?-*\r?$", re.MULTILINE)
_EXPANDED_FIELD = re.compile(r"(?P<key>[A-Za-z_][\w.\-]{0,62})[ \t]*\|(?:[ \t](?P<value>[^\r\n]*?))?[ \t]*\r?$", re.MULTILINE)


def find_expanded_records(text: str) -> Iterator[Finding]:
    """The values of psql's expanded records whose field names say what they hold (see ``_EXPANDED_RECORD``)."""
    if "-[ RECORD" not in text:
        return
    for record in _EXPANDED_RECORD.finditer(text):
        at = record.end() + 1
        while at < len(text) and (field := _EXPANDED_FIELD.match(text, at)) is not None:
            value = field.group("value")
            kind = classify(field.group("key"))
            if kind is not None and value and value.strip().lower() not in _EMPTY:
                yield Finding(field.start("value"), field.end("value"), kind, "label")
            at = field.end() + 1
