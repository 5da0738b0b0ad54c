"""Fixed-width records described by a COBOL copybook pasted above them.

A mainframe's extract (a billing system's supply file, a debt agency's placement file) writes each record as
fields of fixed widths with nothing between them: "1855545603998SMITH, IOLO   …   DE22 0PX12P7940111". Read as
text, a name runs into the MPAN before it and a postcode into the serial after it, so neither has a shape of its
own. Where the copybook is pasted with the data, as testers paste it so the reader can follow the records, its
PIC clauses give each field's width: each record is cut into its fields, and each field is read as a cell under
its field's name (SR-CUST-NAME, SR-POSTCODE, SR-MSN), as a CSV's column is under its header."""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import structured
from .findings import Finding

# a copybook's elementary item: a level, a name, a picture ("05  SR-CUST-NAME   PIC X(30)."), after the sequence
# area's six digits maybe
_ITEM = re.compile(r"^(?:\d{6})?[ \t]*(?P<level>\d{2})[ \t]+(?P<name>[A-Za-z0-9][A-Za-z0-9\-]*)"
                   r"(?:[ \t]+(?P<clauses>[^\n]*?))?[ \t]*\.?[ \t]*\r?$", re.MULTILINE)
_PICTURE = re.compile(r"(?i)\bPIC(?:TURE)?(?:[ \t]+IS)?[ \t]+(?P<pic>[^\s]+?)\.?(?=\s|$)")
_REPEAT = re.compile(r"(?P<symbol>[A-Za-z0-9])\((?P<count>\d{1,4})\)")
# a picture's symbols that take a character each (S, V and P take none unless the sign is separate: rare in extracts)
_CHARACTER = re.compile(r"[XxAa9Zz*B0/,.+\-$]")
# a field's name that says it holds a quantity, a moment or a code, no one's identifier ("SR-LAST-READ", "READ-DATE")
_PLAIN_FIELD = re.compile(r"(?i)(?:^|-)(?:read|reading|reads|date|dt|time|tm|amount|amt|qty|quantity|count|cnt|total|"
                          r"balance|bal|kwh|units|seq|status|flag|type|filler|version|rate|price|tariff)(?:-|$)")
_COMMENT = re.compile(r"^[ \t]*(?:\d{6})?[ \t]*\*")


def _width(picture: str) -> int:
    """The characters a picture takes: "X(30)" 30, "9(5)V99" 7, "XXX" 3."""
    expanded = _REPEAT.sub(lambda m: m.group("symbol") * int(m.group("count")), picture)
    if expanded.endswith("."):
        expanded = expanded[:-1]
    return len(_CHARACTER.findall(expanded))


def _layouts(text: str) -> Iterator[tuple[list[tuple[str, int, bool]], int, int]]:
    """Each copybook's fields (name, width, numeric) in order, where its first item's line starts and where its last one's
    ends. A copybook is a run of item lines (a group's "01  SUPPLY-REC." opens one) with only comments between."""
    fields: list[tuple[str, int, bool]] = []
    first = last_end = 0
    for match in _ITEM.finditer(text):
        clauses = match.group("clauses") or ""
        picture = _PICTURE.search(clauses)
        if picture is None and not match.group().rstrip().endswith("."):
            continue  # no item: a record's line that opens with two digits and a word ("20 BAKER STREET …")
        if fields and (match.group("level") == "01" or not _only_comments(text[last_end:match.start()])):
            yield fields, first, last_end
            fields = []
        if not fields:
            first = match.start()
        if picture is not None and not re.search(r"(?i)\b(?:REDEFINES|OCCURS)\b", clauses):
            width = _width(picture.group("pic"))
            if width:
                numeric = not re.search(r"[XxAa]", picture.group("pic"))
                fields.append((match.group("name"), width, numeric))
        last_end = match.end()
    if fields:
        yield fields, first, last_end


def _numbers_fit(content: str, fields: list[tuple[str, int, bool]]) -> bool:
    """Does every numeric field (PIC 9) of the line hold digits or blanks only, as a record's do? A line of prose
    of the record's length has words where its numbers go."""
    offset = 0
    for _name, width, numeric in fields:
        piece = content[offset:offset + width].strip()
        if numeric and piece and not piece.replace(".", "").replace("-", "").replace("+", "").isdigit():
            return False
        offset += width
    return True


def _only_comments(stretch: str) -> bool:
    return all(not line.strip() or _COMMENT.match(line) for line in stretch.splitlines())


def copybook_findings(text: str) -> tuple[list[Finding], list[tuple[int, int, bool]]]:
    """Every field of every record under a copybook of three fields or more, read as a cell of its field; and
    every record's fields' spans, blanks included, in order, each with whether its name says it holds no
    identifier (a reading, a date, an amount: a value read across two such, "…9620260909", is none; see
    text._within_fields)."""
    if "PIC" not in text and "pic" not in text:
        return [], []
    found: list[Finding] = []
    spans: list[tuple[int, int, bool]] = []
    layouts = list(_layouts(text))
    for index, (fields, _first, after) in enumerate(layouts):
        if len(fields) < 3:
            continue
        total = sum(width for _name, width, _numeric in fields)
        # records may lose their last field's trailing blanks, or the last field itself when empty
        shortest = total - fields[-1][1] - fields[-2][1] + 1
        stop = len(text) if index + 1 == len(layouts) else layouts[index + 1][1]
        header: list[structured.Cell] = [(0, 0, name) for name, _width, _numeric in fields]
        rows: list[list[structured.Cell]] = [header]
        at = after
        for line in text[after:stop].splitlines(keepends=True):
            start, content = at, line.rstrip("\r\n")
            at += len(line)
            if not content.strip() or _COMMENT.match(content) or _ITEM.fullmatch(content):
                continue
            if not (shortest <= len(content.rstrip()) <= total + 2 and _numbers_fit(content, fields)):
                continue  # no record: a line of prose (words where the record's numbers go), a heading, a rule
            row: list[structured.Cell] = []
            offset = 0
            for name, width, _numeric in fields:
                piece = content[offset:offset + width]
                lead = len(piece) - len(piece.lstrip())
                value = piece.strip()
                row.append((start + offset + lead, start + offset + lead + len(value), value))
                if piece:
                    spans.append((start + offset, start + offset + len(piece), bool(_PLAIN_FIELD.search(name))))
                offset += width
            rows.append(row)
        if len(rows) > 1:
            found.extend(structured.csv_findings(text, ",", rows))
    return found, spans
