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

from .fields import classify
from .findings import Finding, Kind

_INSERT = re.compile(r"(?i)\binsert[ \t\r\n]+into[ \t\r\n]+(?P<table>[\w.\"`\[\]]+)[ \t\r\n]*\((?P<columns>[^()]{1,2000})\)"
                     r"[ \t\r\n]*values[ \t\r\n]*")
# one value: a quoted string (with its mark), a number, a word (NULL, TRUE, a function's name and its call)
_VALUE = re.compile(r"[ \t\r\n]*(?:(?P<mark>N|E|_utf8mb4|_utf8|U&)?'(?P<text>(?:[^']|'')*)'|(?P<number>[-+]?\d[\w.+\-]*)"
                    r"|(?P<word>[A-Za-z_][\w.]*)(?P<call>[ \t]*\((?:[^()']|'(?:[^']|'')*'|\([^()]*\))*\))?)[ \t\r\n]*")
_NEXT_ROW = re.compile(r"\)[ \t\r\n]*,[ \t\r\n]*")
_MOST_ROWS = 10_000


def find_sql_rows(text: str) -> Iterator[Finding]:
    if "insert" not in text and "INSERT" not in text and "Insert" not in text:
        return
    for insert in _INSERT.finditer(text):
        table = insert.group("table").strip("\"`[]").rsplit(".", 1)[-1]
        columns = [c.strip().strip("\"`[]") for c in insert.group("columns").split(",")]
        kinds = [classify(column, (table,)) for column in columns]
        if not any(kinds):
            continue
        at = insert.end()
        for _row in range(_MOST_ROWS):
            if text[at:at + 1] != "(":
                break
            at += 1
            for i in range(len(columns) + 1):
                value = _VALUE.match(text, at)
                if value is None:
                    break
                kind = kinds[i] if i < len(kinds) else None
                if kind is not None:
                    yield from _masked(value, kind)
                at = value.end()
                if text[at:at + 1] != ",":
                    break
                at += 1
            if text[at:at + 1] != ")":
                break
            after = _NEXT_ROW.match(text, at)
            if after is None:
                break
            at = after.end()


def _masked(value: re.Match[str], kind: Kind) -> Iterator[Finding]:
    if value.group("text") is not None:
        content = value.group("text")
        if content.strip() and content.strip().upper() != "NULL":
            yield Finding(value.start("text"), value.end("text"), kind, "column")
    elif value.group("number") is not None and kind is not Kind.NAME:
        yield Finding(value.start("number"), value.end("number"), kind, "column")
