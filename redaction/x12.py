"""ANSI X12 interchanges (EDI 810 invoices, 814 enrolments, 867 usage): segments ended by "~", elements by "*".

A party's segments say what each element is: ``N1*BT*MARGUERITE AP RHYS~`` (the party's name), ``N3*THE
GRANARY*NETHERCOTT ROAD~`` (address lines), ``N4*FALLOWFIELD**PE31 1IB*GB~`` (city, state, postal code,
country). Each such element is the party's, however it is shaped (a town, a house's name, a postcode in small
letters), and is masked on its own: the segment keeps its separators. (UK suppliers' own flows are
EDIFACT, see :mod:`edifact`; X12 reaches GB testers from US-built billing platforms.)"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .findings import Finding, Kind

_INTERCHANGE = re.compile(r"\A\ufeff?[ \t\r\n]*ISA\*")
_SEGMENT = re.compile(r"(?m)(?:^|(?<=~))[ \t\r\n]*(?P<tag>N1|N2|N3|N4|REF)\*(?P<body>[^~\r\n]*)")
# a reference's qualifiers that name the customer's account, the premises or the meter: account numbers (11, 12,
# 45), the location or service point (LU, Q5), the meter (MG)
_OWN_REFERENCES = {"11": Kind.ACCOUNT, "12": Kind.ACCOUNT, "45": Kind.ACCOUNT, "LU": Kind.MPAN, "Q5": Kind.MPAN,
                   "MG": Kind.MSN}


def is_x12(text: str) -> bool:
    return bool(_INTERCHANGE.match(text))


def x12_findings(text: str) -> Iterator[Finding]:
    """The name in N1 (its third element) and N2, the address lines of N3, N4's city and postal code, and the
    references that name an account, a premises or a meter."""
    for match in _SEGMENT.finditer(text):
        tag = match.group("tag")
        at = match.start("body")
        elements = match.group("body").split("*")
        if tag == "REF":
            kind = _OWN_REFERENCES.get(elements[0].strip())
            if kind is not None and len(elements) > 1 and any(c.isalnum() for c in elements[1]):
                value = elements[1].strip()
                start = at + len(elements[0]) + 1 + elements[1].index(value)
                yield Finding(start, start + len(value), kind, "field")
            continue
        wanted = {"N1": {1: Kind.NAME}, "N2": {0: Kind.NAME, 1: Kind.NAME}, "N3": {0: Kind.ADDRESS, 1: Kind.ADDRESS},
                  "N4": {0: Kind.ADDRESS, 2: Kind.POSTCODE}}[tag]
        for i, element in enumerate(elements):
            kind = wanted.get(i)
            value = element.strip()
            if kind is not None and value and any(c.isalnum() for c in value):
                start = at + element.index(value)
                yield Finding(start, start + len(value), kind, "field")
            at += len(element) + 1
