"""The values of a membership test whose field names their kind: SQL's ``WHERE mprn IN (1378…, 6138…)``.

A query pasted from a monitoring view (``pg_stat_activity``, a slow-query log, an ORM's debug line) or a script's
``if account in ('A1…', 'A2…')`` lists the values it looks for after the column's name. Nothing beside each value
names it; the column does, as a key names its value, so each item of the list is of the kind
:func:`fields.classify` reads in the column's last name. Only a list of literals (numbers, quoted strings, bare
tokens) is read: prose's "meters in (3 flats)" is no query's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fields import classify
from .findings import Finding
from .patterns import worth_masking

# a column (a table's or an alias's name before it) and IN, the list in brackets or square brackets
_IN_LIST = re.compile(r"(?i)(?<![\w.])(?:[A-Za-z_][\w$]{0,40}+\.){0,3}[\"`\[]?(?P<field>[A-Za-z_]\w{0,40}+)[\"`\]]?"
                      r"[ \t]+(?:not[ \t]+)?in[ \t]*(?P<open>[(\[])(?P<items>[^()\[\]\n]{1,4000})[)\]]")
_ITEM = re.compile(r"[ \t]*(?:(?P<q>['\"])(?P<quoted>[^'\"\n]{1,80})(?P=q)|(?P<bare>[\w\-.+@]{1,80}))[ \t]*(?:,|$)")


def find_in_list_values(text: str) -> Iterator[Finding]:
    lowered = text.lower()
    if " in (" not in lowered and " in(" not in lowered and " in [" not in lowered:
        return
    for match in _IN_LIST.finditer(text):
        kind = classify(match.group("field"))
        if kind is None:
            continue
        items = list(_ITEM.finditer(text, *match.span("items")))
        # (every item a literal: the list read whole, commas and all, or not at all)
        if not items or items[-1].end() != match.end("items") or any(
                a.end() != b.start() for a, b in zip(items, items[1:])) or items[0].start() != match.start("items"):
            continue
        for item in items:
            group = "quoted" if item.group("quoted") is not None else "bare"
            if worth_masking(item.group(group), kind):
                yield Finding(*item.span(group), kind, "field")
