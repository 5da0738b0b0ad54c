"""Values a database log prints apart from the statement that names their columns.

An ORM's trace prints the statement with ``?`` for each value, then each value on a line of its own by its
number (Hibernate: ``binding parameter [1] as [VARCHAR] - [73878892]``, Hibernate 6: ``binding parameter
(1:VARCHAR) <- [73878892]``): the value's column is the one its ``?`` stands for, in the ``INSERT``'s column list
or after a column's ``=`` in an ``UPDATE``'s ``SET`` or a ``WHERE``. PostgreSQL's error detail names the columns
of a key before their values (``Key (mprn, meter_serial)=(11633791, UGM94184316) is not present``). Each value
is judged by its column's name, as a CSV cell is by its header (:func:`fields.classify`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from .fields import classify
from .findings import Finding, Kind
from .patterns import is_time_key, worth_masking

_INSERT = re.compile(r"(?is)\binsert\s+into\s+[\w.\"`\[\]]+\s*\((?P<columns>[^()]{1,2000})\)\s*values\s*\((?P<values>[^()]{1,2000})\)")
_PLACEHOLDER = re.compile(r"\?")
# the column a "?" outside a VALUES list stands for: "set customer_name=?", "where mpan_core = ?", "postcode like ?"
_COLUMN_BEFORE = re.compile(r"(?i)([\w\"`\[\].]+)\s*(?:=|<>|!=|>=|<=|<|>|\blike|\bin\s*\()\s*$")
_STATEMENT = re.compile(r"(?i)\b(?:insert\s+into|update\s+[\w.\"`\[\]]+\s+set|select\s.{0,2000}?\bwhere|delete\s+from)\b")
_BOUND = re.compile(r"(?m)binding parameter (?:\[(?P<n>\d{1,3})\] as \[\w+\] - \[|\((?P<m>\d{1,3}):\w+\) <- \[)(?P<value>[^\n]*)\]\r?$")
_KEY_TUPLE = re.compile(r"\bKey \((?P<columns>[^()=\n]{1,500})\)=\((?P<values>[^()\n]{1,1000})\)")


def _column_names(statement: str) -> list[str | None]:
    """The column each ``?`` of a statement stands for, in order (None where no column is said)."""
    insert = _INSERT.search(statement)
    names: list[str | None] = []
    values_span = insert.span("values") if insert else (0, 0)
    columns = [c.strip().strip("\"`[]") for c in insert.group("columns").split(",")] if insert else []
    values = insert.group("values").split(",") if insert else []
    for mark in _PLACEHOLDER.finditer(statement):
        if values_span[0] <= mark.start() < values_span[1]:
            offset = statement[values_span[0]:mark.start()].count(",")
            names.append(columns[offset] if offset < len(columns) and values[offset].strip() == "?" else None)
            continue
        before = _COLUMN_BEFORE.search(statement, max(0, mark.start() - 80), mark.start())
        names.append(before.group(1).strip("\"`[]").rsplit(".", 1)[-1] if before else None)
    return names


def _statement_end(text: str, at: int) -> int:
    end = text.find("binding parameter", at)
    return min(len(text) if end < 0 else end, at + 8000)


def _kind(column: str | None) -> Kind | None:
    if not column or is_time_key(column):
        return None
    return classify(column)


def find_bound_values(text: str) -> Iterator[Finding]:
    """Each bound value whose statement's column names an identifier, and each key value PostgreSQL names."""
    if "binding parameter" in text:
        # (a statement to the first value bound after it: Hibernate's format_sql writes one over several lines)
        statements = [(m.start(), _column_names(text[m.start():_statement_end(text, m.start())]))
                      for m in _STATEMENT.finditer(text)]
        starts = [at for at, _names in statements]
        for bound in _BOUND.finditer(text):
            i = bisect.bisect_left(starts, bound.start()) - 1
            if i < 0:
                continue
            number = int(bound.group("n") or bound.group("m"))
            names = statements[i][1]
            kind = _kind(names[number - 1]) if 0 < number <= len(names) else None
            value = bound.group("value")
            if kind is not None and worth_masking(value, kind):
                yield Finding(bound.start("value"), bound.end("value"), kind, "field")
    if "Key (" in text:
        for key in _KEY_TUPLE.finditer(text):
            columns = [c.strip().strip('"') for c in key.group("columns").split(",")]
            values = key.group("values").split(",")
            if len(columns) != len(values):
                continue
            at = key.start("values")
            for column, value in zip(columns, values, strict=True):
                kind = _kind(column)
                stripped = value.strip()
                if kind is not None and worth_masking(stripped, kind):
                    start = at + value.index(stripped)
                    yield Finding(start, start + len(stripped), kind, "field")
                at += len(value) + 1
