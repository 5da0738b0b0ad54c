"""HL7 v2 messages, read field by field: a person's name, address and telephone sit in known places.

A message starts ``MSH|^~\\&|``: segments end with a carriage return (or a line break), fields are joined by
``|`` and components by ``^`` (MSH names the characters). Field systems and CRMs exchange ADT-like messages
whose identifiers stand in capitals and components with no label a pattern could read:

- a person's segments (PID, NK1, GT1, IN1): the name (family^given^middle; not the title), the address
  (street^other^city^county^postcode: the postcode as one, the rest as the address) and the telephones
  (XTN: the number, or its country code, area code and local number as components; an e-mail address);
- an observation (OBX): its value, when the observation's code or text names an identifier's kind
  ("MPAN^Supply number||…", "SER^Meter serial||…").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fields import classify
from .findings import Finding, Kind

_START = re.compile(r"\A[\ufeff \t\r\n]*MSH(?P<field>[^\r\n])(?P<component>[^\r\n])")
_SEGMENT = re.compile(r"[^\r\n]+")
# where each person segment keeps its name, address and telephones (by field number)
_PEOPLE = {"PID": ((5,), (11,), (13, 14)), "NK1": ((2,), (4,), (5, 6)), "GT1": ((3,), (5,), (6, 7)),
           "IN1": ((16,), (19,), ())}
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "sir"})


def is_hl7(text: str) -> bool:
    return bool(_START.match(text[:100]))


def _parts(text: str, start: int, end: int, separator: str) -> list[tuple[int, int]]:
    spans, at = [], start
    while True:
        cut = text.find(separator, at, end)
        if cut < 0:
            spans.append((at, end))
            return spans
        spans.append((at, cut))
        at = cut + 1


def hl7_findings(text: str) -> Iterator[Finding]:
    start = _START.match(text[:100])
    if start is None:
        return
    field, component = start.group("field"), start.group("component")
    for segment in _SEGMENT.finditer(text):
        fields = _parts(text, *segment.span(), field)
        tag = text[slice(*fields[0])].strip()
        if tag in _PEOPLE:
            names, addresses, phones = _PEOPLE[tag]
            for index in names:
                if index < len(fields):
                    for a, b in _parts(text, *fields[index], component)[:3]:
                        if text[a:b].strip() and text[a:b].strip().lower() not in _TITLES:
                            yield Finding(a, b, Kind.NAME, "column")
            for index in addresses:
                if index < len(fields):
                    for number, (a, b) in enumerate(_parts(text, *fields[index], component)[:5]):
                        if text[a:b].strip() and number != 3:  # (the fourth is the county or state)
                            yield Finding(a, b, Kind.POSTCODE if number == 4 else Kind.ADDRESS, "column")
            for index in phones:
                if index < len(fields):
                    yield from _telephone(text, _parts(text, *fields[index], component))
        elif tag == "OBX" and len(fields) > 5:
            code = _parts(text, *fields[3], component)
            kind = next((k for a, b in code[:2] if (k := classify(text[a:b].strip())) is not None), None)
            if kind is not None and text[slice(*fields[5])].strip():
                yield Finding(*fields[5], kind, "column")


def _telephone(text: str, parts: list[tuple[int, int]]) -> Iterator[Finding]:
    """An XTN: the number as written (1), an e-mail address (4), and the country, area and local number (5-7)."""
    if parts and any(c.isdigit() for c in text[slice(*parts[0])]):
        yield Finding(*parts[0], Kind.PHONE, "column")
    if len(parts) > 3 and "@" in text[slice(*parts[3])]:
        yield Finding(*parts[3], Kind.EMAIL, "column")
    digits = [(a, b) for a, b in parts[4:7] if text[a:b].strip()]
    if digits and sum(c.isdigit() for a, b in digits for c in text[a:b]) >= 6:
        yield Finding(digits[0][0], digits[-1][1], Kind.PHONE, "column")
