"""Values in SQL ``INSERT`` statements, judged by their column's name.

``INSERT INTO customer (id, full_name, email) VALUES (8391, N'Tobiah Merriweather', '…')`` names each
value's column before it: the value under ``full_name`` is a person's name whatever it looks like, as a
CSV cell under its header is (:func:`fields.classify`, the table's name as the parent: ``premises.line1``
is an address line). Seed scripts, test-data set-ups and database logs are pasted into evidence often.

Values are read as SQL writes them: quoted strings (``''`` inside one is a quote; an ``N``, ``E`` or
``_utf8`` mark before it), numbers, ``NULL``, hex literals and function calls (not masked by column:
what they hold is read by the other detectors). Several rows after one ``VALUES`` each map the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fields import classify, column_kinds
from .findings import Finding, Kind
from .patterns import is_time_key

_INSERT = re.compile(r"(?i)\binsert[ \t\r\n]+into[ \t\r\n]+(?P<table>[\w.\"`\[\]]+)[ \t\r\n]*\((?P<columns>[^()]{1,2000})\)"
                     r"[ \t\r\n]*values[ \t\r\n]*")
# one value: a quoted string (with its mark), a number, a word (NULL, TRUE, a function's name and its call)
# (MySQL's strings may be written in double quotes, as GORM's and MySQL's own logs print them)
_VALUE = re.compile(r"[ \t\r\n]*(?:(?P<mark>N|E|_utf8mb4|_utf8|U&)?'(?P<text>(?:[^']|'')*)'|\"(?P<dtext>(?:[^\"\\]|\\.|\"\")*)\""
                    r"|(?P<number>[-+]?\d[\w.+\-]*)"
                    r"|(?P<word>[A-Za-z_][\w.]*)(?P<call>[ \t]*\((?:[^()']|'(?:[^']|'')*'|\([^()]*\))*\))?)[ \t\r\n]*")
_NEXT_ROW = re.compile(r"\)[ \t\r\n]*,[ \t\r\n]*")
_MOST_ROWS = 10_000
_MOST_VALUES = 1_000  # values a row of a VALUES table is read to, to find where the table ends (its alias after it)


# an INSERT without its columns (sqlite's .dump, mysqldump): they are the CREATE TABLE's, earlier in the text
_INSERT_ALL = re.compile(r"(?i)\binsert[ \t\r\n]+into[ \t\r\n]+(?P<table>[\w.\"`\[\]]+)[ \t\r\n]*values[ \t\r\n]*")
_CREATE = re.compile(r"(?i)\bcreate[ \t\r\n]+(?:temp(?:orary)?[ \t\r\n]+)?table[ \t\r\n]+(?:if[ \t]+not[ \t]+exists[ \t\r\n]+)?"
                     r"(?P<table>[\w.\"`\[\]]+)[ \t\r\n]*\(")
_NOT_A_COLUMN = frozenset({"primary", "foreign", "unique", "constraint", "key", "index", "check", "fulltext"})


def _name(table: str) -> str:
    return table.strip("\"`[]").rsplit(".", 1)[-1].strip("\"`[]").lower()


def _created_columns(text: str) -> dict[str, list[str]]:
    """Each CREATE TABLE's columns, by the table's name: the first word of each of its parts at the top
    level of its brackets (a type's own brackets, VARCHAR(20), are inside), constraints left out."""
    tables: dict[str, list[str]] = {}
    for create in _CREATE.finditer(text):
        depth = 1
        part: list[str] = []
        parts: list[str] = []
        for char in text[create.end():create.end() + 20_000]:
            if char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
                if depth == 0:
                    break
            if char == "," and depth == 1:
                parts.append("".join(part))
                part = []
            else:
                part.append(char)
        parts.append("".join(part))
        columns = [words[0].strip("\"`[]") for words in (p.split() for p in parts) if words]
        tables[_name(create.group("table"))] = [c for c in columns if c.lower() not in _NOT_A_COLUMN]
    return tables


# PostgreSQL's COPY … FROM stdin, as pg_dump writes a table's rows: the columns, then a row a line, the
# values apart by tabs, to a line "\."
_COPY = re.compile(r"(?im)^[ \t]*copy[ \t]+(?P<table>[\w.\"]+)[ \t]*\((?P<columns>[^()\n]{1,2000})\)[ \t]+from[ \t]+stdin"
                   r"[^\n]*;[ \t]*\r?\n")


def _column_kinds(table: str, columns: list[str]) -> list[Kind | None]:
    """The kind each column's values are, read from its name with the table's name as the parent.

    A column that names a kind by its table alone ("ref" of supply_point, its MPAN) does not when another
    column names that kind itself: (ref, mpan, …) holds the MPAN under "mpan", and "ref" is the row's own. (Not
    an address's or a name's parts: premise's "line1" is its address's line beside its "town", as "first" is a
    name's beside "surname".)"""
    kinds = column_kinds(columns, (table,))
    own = {classify(column) for column in columns} - {None}
    return [None if kind in own and classify(column) is None
            and not (kind is Kind.ADDRESS and _ADDRESS_PART.fullmatch(re.sub(r"[^a-z0-9]", "", column.lower())))
            else kind for kind, column in zip(kinds, columns)]


# a column of a premises' table that holds a part of its address ("line1", "house_name", "street"), where another
# column names the address's kind itself ("town"): not its "ref", "status" or "notes"
_ADDRESS_PART = re.compile(r"(?:address|addr)?(?:line|ln|house|housename|housenumber|houseno|street|road|flat|building|"
                           r"bldg|locality|village|district|subbuilding|thoroughfare|dependentlocality)\d*")


def _copy_rows(text: str) -> Iterator[Finding]:
    """The values of a COPY block's rows, masked by their column's name (NULL is written \\N)."""
    for copy in _COPY.finditer(text):
        columns = [c.strip().strip('"') for c in copy.group("columns").split(",")]
        table = _name(copy.group("table"))
        kinds = _column_kinds(table, columns)
        if not any(kinds):
            continue
        at = copy.end()
        while at < len(text):
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            line = text[at:end].rstrip("\r")
            if line.strip() == "\\." or not line:
                break
            cell = at
            if line.count("\t") + 1 != len(columns):  # (a row of another shape, a copy's placeholder run over
                at = end + 1                            # two cells: read by the other detectors, not by position)
                continue
            for kind, value in zip(kinds, line.split("\t")):
                if kind is not None and value.strip() and value != "\\N" and not _redacted_already(value):
                    yield Finding(cell, cell + len(value), kind, "column")
                cell += len(value) + 1
            at = end + 1


def find_sql_rows(text: str, times: list[tuple[int, int]] | None = None) -> Iterator[Finding]:
    """Values masked by their column's name; the spans of values under a column that names a time
    (``updated_ms``, ``created_at``) are collected into ``times``: an epoch in milliseconds there is no
    MPAN, whatever else the row holds."""
    if "stdin" in text:
        yield from _copy_rows(text)
    if "values" in text or "VALUES" in text or "Values" in text:
        yield from _aliased_tables(text)
    if "insert" not in text and "INSERT" not in text and "Insert" not in text:
        return
    created: dict[str, list[str]] | None = None
    inserts = [(insert, [c.strip().strip("\"`[]") for c in insert.group("columns").split(",")])
               for insert in _INSERT.finditer(text)]
    for insert in _INSERT_ALL.finditer(text):
        if created is None:
            created = _created_columns(text)
        columns = created.get(_name(insert.group("table")))
        if columns:
            inserts.append((insert, columns))
    for insert, columns in inserts:
        table = _name(insert.group("table"))
        kinds = _column_kinds(table, columns)
        timed = [is_time_key(column) for column in columns]
        if not any(kinds) and not (times is not None and any(timed)):
            continue
        yield from _rows(text, insert.end(), kinds, timed, times)[1]


def _aliased_tables(text: str) -> Iterator[Finding]:
    """A table of rows written in a statement (``USING (VALUES (…), (…)) AS s(name, addr, mpan)``, a MERGE's source;
    ``WITH s(name, addr) AS (VALUES …)``, a CTE's): its columns named by the alias, after the rows or before them,
    each judged as a column of the table the statement writes into (a MERGE's ``customer``), or of the alias."""
    for table in _VALUES_TABLE.finditer(text):
        end, _found = _rows(text, table.end(), [], [], None, _MOST_VALUES)  # (where the rows end: the alias follows)
        alias = _TABLE_ALIAS.match(text, end)
        if alias is None:
            alias = _CTE_BEFORE.search(text, max(0, table.start() - 2000), table.start())
        if alias is None:
            continue
        columns = [c.strip().strip("\"`[]") for c in alias.group("columns").split(",")]
        target = _MERGE_TARGET.search(text, max(0, table.start() - 500), table.start())
        kinds = _column_kinds(_name(target.group("table") if target else alias.group("alias")), columns)
        if any(kinds):
            yield from _rows(text, table.end(), kinds, [False] * len(columns), None)[1]


_CTE_BEFORE = re.compile(r"(?i)\b(?:with(?:[ \t\r\n]+recursive)?|,)[ \t\r\n]*(?P<alias>[\w\"`\[\]]+)[ \t\r\n]*"
                         r"\((?P<columns>[^()]{1,2000})\)[ \t\r\n]*as[ \t\r\n]*\([ \t\r\n]*\Z")
_MERGE_TARGET = re.compile(r"(?i)\bmerge[ \t\r\n]+into[ \t\r\n]+(?P<table>[\w.\"`\[\]]+)")
_VALUES_TABLE = re.compile(r"(?i)\([ \t\r\n]*values[ \t\r\n]*(?=\()")
_TABLE_ALIAS = re.compile(r"[ \t\r\n]*\)[ \t\r\n]*(?i:as[ \t\r\n]+)?(?P<alias>[\w\"`\[\]]+)[ \t\r\n]*"
                          r"\((?P<columns>[^()]{1,2000})\)")


def _rows(text: str, at: int, kinds: list[Kind | None], timed: list[bool], times: list[tuple[int, int]] | None,
          most_values: int | None = None) -> tuple[int, list[Finding]]:
    """Read the rows of values from ``at`` (each in brackets, commas between): each value under a column of a kind
    masked, a time's span into ``times``; a row read up to ``most_values`` values (its columns' and one). Returns
    where the last row ends (after its bracket) and the findings."""
    found: list[Finding] = []
    most = len(kinds) + 1 if most_values is None else most_values
    for _row in range(_MOST_ROWS):
        if text[at:at + 1] != "(":
            break
        at += 1
        for i in range(most):
            value = _VALUE.match(text, at)
            if value is None:
                break
            kind = kinds[i] if i < len(kinds) else None
            if kind is not None:
                found.extend(_masked(value, kind))
            elif times is not None and i < len(timed) and timed[i] and value.group("number") is not None:
                times.append(value.span("number"))
            at = value.end()
            if text[at:at + 1] != ",":
                break
            at += 1
        if text[at:at + 1] != ")":
            break
        after = _NEXT_ROW.match(text, at)
        if after is None:
            return at + 1, found
        at = after.end()
    return at, found


# what redaction leaves ("[ADDRESS-3], [ADDRESS-4]", "tel:[PHONE-3]"): a value of its placeholders, and
# fewer than four letters or digits besides them, is no value (a redacted copy read again holds them)
_PLACEHOLDER = re.compile(r"\[[A-Z]+-\d+\]")


def _redacted_already(content: str) -> bool:
    return bool(_PLACEHOLDER.search(content)) and sum(map(str.isalnum, _PLACEHOLDER.sub("", content))) < 4


def _masked(value: re.Match[str], kind: Kind) -> Iterator[Finding]:
    group = "text" if value.group("text") is not None else "dtext"
    if value.group(group) is not None:
        content = value.group(group)
        if content.strip() and content.strip().upper() != "NULL" and not _redacted_already(content):
            yield Finding(value.start(group), value.end(group), kind, "column")
    elif value.group("number") is not None and kind is not Kind.NAME and len(value.group("number")) >= 4:
        # (a row's id, 1 or 27, under a meter table's "id" is no serial)
        yield Finding(value.start("number"), value.end("number"), kind, "column")
