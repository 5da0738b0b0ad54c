"""Values a database log prints apart from the statement that names their columns.

An ORM's or a driver's trace prints the statement with a placeholder for each value (``?``, ``$1``, ``:1``,
``@p0``, ``%s``, ``%(name)s``) and the values elsewhere: one a line by its number (Hibernate: ``binding parameter
[1] as [VARCHAR] - [73878892]``, Hibernate 6: ``binding parameter (1:VARCHAR) <- [73878892]``, Spring's
``column index 1, parameter value [73878892]``) or all in one list after it (EclipseLink's ``bind => [...]``,
SQLAlchemy's ``[generated in 0.0002s] ('…', '…')``, MyBatis's ``==> Parameters: 73878892(String), …``, Laravel's
``"bindings":[…]``) or, Entity Framework's, before it (``[Parameters=[@p0='73878892' (Size = 450), …]``). The
value's column is the one its placeholder stands for, in the ``INSERT``'s column list or after a column's ``=``
in an ``UPDATE``'s ``SET`` or a ``WHERE``. A value a query reads back is named by its column's alias (Hibernate's
``extracted value ([account_n2_0_] : [VARCHAR]) - [73878892]`` after ``select c.account_no as account_n2_0_``).
PostgreSQL's error detail names the columns of a key before their values (``Key (mprn, meter_serial)=(11633791,
UGM94184316) is not present``). Each value is judged by its column's name, as a CSV cell is by its header
(:func:`fields.classify`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from .fields import classify, name_partner, normalise_name
from .findings import Finding, Kind
from .patterns import is_time_key, worth_masking

_INSERT = re.compile(r"(?is)\binsert\s+into\s+[\w.\"`\[\]]+\s*\((?P<columns>[^()]{1,2000})\)\s*values\s*\((?P<values>[^()]{1,2000})\)")
# a placeholder: "?", "$1", ":1" or ":name" (not a cast's "::text", not a time's "10:02"), "@p0", "%s", "%(name)s"
_PLACEHOLDER = re.compile(r"\?|\$(?P<dollar>\d{1,3})\b|(?<![\w:'\"]):(?P<colon>[A-Za-z_]\w*|\d{1,3})\b|(?P<at>@\w+)\b"
                          r"|%\((?P<py>\w+)\)s|%s")
# a string literal, whose "%s", "@acme" or "$100" is text, not a placeholder ("notes like '%site visit%'")
_LITERAL = re.compile(r"'(?:[^'\\\n]|\\.|'')*'")  # ('' or MySQL's \' inside)
# the column a placeholder outside a VALUES list stands for: "set customer_name=?", "where mpan_core = ?"
_COLUMN_BEFORE = re.compile(r"(?i)([\w\"`\[\].]+)\s*(?:=|<>|!=|>=|<=|<|>|\blike|\bin\s*\()\s*$")
_STATEMENT = re.compile(r"(?i)\b(?:insert\s+into|update\s+[\w.\"`\[\]]+\s+set|select\s.{0,2000}?\bwhere|delete\s+from)\b")
# a value bound by its number, a line each
_BOUND = re.compile(r"(?m)(?:binding parameter (?:\[(?P<n>\d{1,3})\] as \[\w+\] - \[|\((?P<m>\d{1,3}):\w+\) <- \[)"
                    r"|column index (?P<s>\d{1,3}), parameter value \[)(?P<value>[^\n]*?)\]"
                    r"(?:, value class \[[\w.$]*\].*)?\r?$")
# a value read back, by its column's alias
_EXTRACTED = re.compile(r"(?m)extracted value \(\[(?P<alias>\w+)\] : \[\w+\]\) - \[(?P<value>[^\n]*)\]\r?$")
_AS_ALIAS = re.compile(r"(?i)\s+as\s+[\"`\[]?(?P<alias>\w{1,80})")
_COLUMN_END = re.compile(r"(?P<column>\w{1,80})[\"`\]]?$")
# every value at once, in order after the statement (or, Entity Framework's, by name before it)
_LIST = re.compile(r"(?m)(?:\bbind => \[(?P<eclipse>[^\n]*)\]"
                   r"|\[(?:generated in|cached since|no key|raw sql|dialect \w+ does not support caching)[^\]\n]*\] "
                   r"(?P<alchemy>\([^\n]*\)|\[[^\n]*\])"
                   r"|==>\s*Parameters: (?P<mybatis>[^\n]*)"
                   r"|[\"']?bindings[\"']?\s*[:=]\s*\[(?P<bindings>[^\]\n]*)\]"
                   # TypeORM's "-- PARAMETERS: [...]", knex's "knex:bindings [ ... ]", Prisma's "prisma:params [...]",
                   # Django's "; args=(...)"
                   # Sequelize's "bind: [...]" under its statement
                   # (util.inspect prints a long one over several lines: "bind: [\n  'Mensah',\n  '1234567890'\n]")
                   r"|(?:-- PARAMETERS:|knex:bindings|prisma:params|Params:|\bbind:)\s*\[(?P<brackets>[^\]\n]*(?:\n[^\]\n]*){0,40})\]"
                   # Doctrine's context after the statement, by number or name: {"params":{"1":"…","2":"…"}}
                   r"|[\"']params[\"']\s*:\s*\{(?P<doctrine>[^{}\n]*)\}"
                   r"|;\s*args=\((?P<django>[^\n]*)\)"
                   r"|\[Parameters=\[(?P<ef>[^\n]*?)\](?:, |\]|\s*$))")
_RAILS_PAIR = re.compile(r"\[\"(?P<column>\w{1,60})\", (?P<value>\"[^\"\n]{0,200}\"|[\w.\-]{1,40})\]")
_QUOTED_OR_BARE = re.compile(r"'(?:[^'\\]|\\.|'')*'|\"(?:[^\"\\]|\\.)*\"|[^,\[\]()]+")
_MYBATIS_TYPE = re.compile(r"\(\w+\)$")
# (in JSON's double quotes, or a PHP or Python array's single ones: {'params': {'1': 'Mensah'}})
_DOCTRINE_ITEM = re.compile(r"(?P<q>[\"'])(?P<label>\w{1,60})(?P=q)\s*:\s*"
                            r"(?P<value>\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|[\w.\-]{1,40})")
_EF_VALUE = re.compile(r"(?P<name>@\w+)='(?P<value>(?:[^']|'')*)'")


def _placeholder_label(mark: re.Match[str], ordinal: int) -> str:
    """How a value list names the value a placeholder stands for: its number, or its name."""
    if mark.group("dollar"):
        return mark.group("dollar")
    if mark.group("colon"):
        return mark.group("colon")
    if mark.group("at"):
        return mark.group("at")
    if mark.group("py"):
        return mark.group("py")
    return str(ordinal)


def _column_names(statement: str) -> dict[str, str | None]:
    """The column each placeholder of a statement stands for, by its number (from 1) or its name."""
    insert = _INSERT.search(statement)
    names: dict[str, str | None] = {}
    values_span = insert.span("values") if insert else (0, 0)
    columns = [c.strip().strip("\"`[]") for c in insert.group("columns").split(",")] if insert else []
    values = insert.group("values").split(",") if insert else []
    literals = [m.span() for m in _LITERAL.finditer(statement)]
    marks = [m for m in _PLACEHOLDER.finditer(statement) if not any(a < m.start() < b for a, b in literals)]
    for ordinal, mark in enumerate(marks, start=1):
        label = _placeholder_label(mark, ordinal)
        if values_span[0] <= mark.start() < values_span[1]:
            offset = statement[values_span[0]:mark.start()].count(",")
            alone = offset < len(values) and values[offset].strip() == mark.group(0)
            names.setdefault(label, columns[offset] if offset < len(columns) and alone else None)
            continue
        before = _COLUMN_BEFORE.search(statement, max(0, mark.start() - 80), mark.start())
        names.setdefault(label, before.group(1).strip("\"`[]").rsplit(".", 1)[-1] if before else None)
    return names


def _kind(column: str | None, columns: dict[str, str | None]) -> Kind | None:
    if not column or is_time_key(column):
        return None
    kind = classify(column)
    if kind is None and (partner := name_partner(column)) is not None \
            and any(normalise_name(other) == partner for other in columns.values() if other):
        return Kind.NAME  # "SET first_name=?, last_name=?" is named so; "SET given=?, family=?" by the pair
    return kind


def _finding(text: str, start: int, end: int, column: str | None,
             columns: dict[str, str | None] | None = None) -> Finding | None:
    """A value (quotes and a MyBatis type stripped) judged by its column (and the statement's other columns)."""
    kind = _kind(column, columns or {})
    if kind is None:
        return None
    raw = text[start:end]
    value = _MYBATIS_TYPE.sub("", raw.strip()).strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    if not value or not worth_masking(value, kind):
        return None
    at = start + raw.index(value)
    return Finding(at, at + len(value), kind, "field")


def _list_items(text: str, start: int, end: int, bare: bool) -> list[tuple[int, int]]:
    """The spans of a list's items: quoted strings whole; unquoted ones (EclipseLink's, MyBatis's) up to ", "."""
    if bare:
        spans, at = [], start
        for piece in text[start:end].split(", "):
            spans.append((at, at + len(piece)))
            at += len(piece) + 2
        return spans
    return [(m.start(), m.end()) for m in _QUOTED_OR_BARE.finditer(text, start, end) if m.group(0).strip()]


def _statements(text: str) -> tuple[list[int], list[dict[str, str | None]]]:
    """Each statement's start and its placeholders' columns; a statement read to the next one, a blank line or
    4,000 characters, whichever comes first (Hibernate's format_sql writes one over several lines)."""
    starts = [m.start() for m in _STATEMENT.finditer(text)]
    blanks = [m.start() for m in re.finditer(r"\n[ \t]*\n", text)] if len(starts) > 0 else []
    names: list[dict[str, str | None]] = []
    for i, start in enumerate(starts):
        end = min(starts[i + 1] if i + 1 < len(starts) else len(text), start + 4000)
        blank = bisect.bisect_left(blanks, start)
        if blank < len(blanks):
            end = min(end, blanks[blank])
        names.append(_column_names(text[start:end]))
    return starts, names


def _before(starts: list[int], at: int) -> int:
    return bisect.bisect_left(starts, at) - 1


def _listed_values(text: str, starts: list[int], names: list[dict[str, str | None]]) -> Iterator[Finding]:
    for listed in _LIST.finditer(text):
        if listed.group("ef") is not None:
            # Entity Framework logs the values, by name, before the statement they fill
            i = bisect.bisect_right(starts, listed.end())
            if i >= len(starts) or starts[i] - listed.end() > 2000:
                continue
            for value in _EF_VALUE.finditer(listed.group("ef")):
                base = listed.start("ef")
                found = _finding(text, base + value.start("value"), base + value.end("value"),
                                 names[i].get(value.group("name")), names[i])
                if found:
                    yield found
            continue
        i = _before(starts, listed.start())
        if i < 0 or listed.start() - starts[i] > 8000:
            continue
        if listed.group("doctrine") is not None:
            for item in _DOCTRINE_ITEM.finditer(text, *listed.span("doctrine")):
                label = item.group("label")
                found = _finding(text, *item.span("value"), names[i].get(label), names[i])
                if found:
                    yield found
            continue
        group = next(g for g in ("eclipse", "alchemy", "mybatis", "bindings", "brackets", "django") if listed.group(g) is not None)
        start, end = listed.span(group)
        if group == "alchemy":
            start, end = start + 1, end - 1
        items = _list_items(text, start, end, bare=group in ("eclipse", "mybatis"))
        labels = list(names[i])
        for n, (item_start, item_end) in enumerate(items, start=1):
            label = str(n) if str(n) in names[i] else (labels[n - 1] if n <= len(labels) else None)
            found = _finding(text, item_start, item_end, names[i].get(label) if label else None, names[i])
            if found:
                yield found


def _extracted_values(text: str) -> Iterator[Finding]:
    # (each " as " looked back from, not the alias pattern tried at every character: a long hex value would make
    # that quadratic)
    aliases: dict[str, str] = {}
    for as_alias in _AS_ALIAS.finditer(text):
        before = _COLUMN_END.search(text, max(0, as_alias.start() - 100), as_alias.start())
        if before is not None:
            aliases[as_alias.group("alias").lower()] = before.group("column")
    for extracted in _EXTRACTED.finditer(text):
        alias: str = extracted.group("alias")
        column = aliases.get(alias.lower()) or re.sub(r"\d*_\d+_(?:\d+_)?$", "", alias)
        found = _finding(text, extracted.start("value"), extracted.end("value"), column)
        if found:
            yield found


def find_bound_values(text: str) -> Iterator[Finding]:
    """Each bound value whose statement's column names an identifier, and each key value PostgreSQL names."""
    if any(marker in text for marker in MARKERS[:-1]):
        starts, names = _statements(text)
        for bound in _BOUND.finditer(text):
            i = _before(starts, bound.start())
            if i < 0:
                continue
            column = names[i].get(bound.group("n") or bound.group("m") or bound.group("s"))
            found = _finding(text, bound.start("value"), bound.end("value"), column, names[i])
            if found:
                yield found
        yield from _listed_values(text, starts, names)
    if "extracted value" in text:
        yield from _extracted_values(text)
    if '[["' in text:  # Rails' bound values, each with its column: [["surname", "Zielinska"], ["account_no", 838…]]
        for pair in _RAILS_PAIR.finditer(text):
            found = _finding(text, pair.start("value"), pair.end("value"), pair.group("column"))
            if found:
                yield found
    if "Key (" in text:
        for key in _KEY_TUPLE.finditer(text):
            columns = [c.strip().strip('"') for c in key.group("columns").split(",")]
            values = key.group("values").split(",")
            if len(columns) != len(values):
                continue
            at = key.start("values")
            for column, value in zip(columns, values, strict=True):
                found = _finding(text, at, at + len(value), column)
                if found:
                    yield found
                at += len(value) + 1


_KEY_TUPLE = re.compile(r"\bKey \((?P<columns>[^()=\n]{1,500})\)=\((?P<values>[^()\n]{1,1000})\)")
# what a log says before its bound values (the cheap test whether to look at all, made here only); "Key (" last, read
# apart
MARKERS = ("binding parameter", "parameter value [", "bind => [", "==>", "bindings", "[Parameters=[", "[generated in",
           "-- PARAMETERS:", "prisma:params", "Params:", "args=(", '[["', "bind:", "params\"", "params'",
            "[cached since", "[no key", "[raw sql]", "does not support caching", "extracted value", "Key (")
