"""UN/EDIFACT messages (UTILMD, MSCONS and the like), read segment by segment.

An EDIFACT interchange is segments ended by ``'``, data elements joined by ``+`` and components by ``:``
(``?`` escapes any of them; a ``UNA`` segment may name other characters). Its identifiers sit in known
places, written in capitals with no label a pattern could read:

- ``LOC+172+<id>`` and the other location qualifiers of a metering point: the id is the supply point's
  (13 digits an MPAN's core, 6 to 10 an MPRN; masked whatever it is);
- ``NAD+<party>+<id>+<name and address>+<party name>+<street>+<city>+<subdivision>+<postcode>+<country>``:
  for a party that is a person or a place (a customer, a delivery point; not the message's sender or
  recipient, whose ids are market participants' codes), its name's components, street, city and postcode;
- ``PIA+5+<id>:SRW`` (or another code list): the product id of the item, a meter's serial number in a
  utility's message; ``CTA+<function>+<id>:<name>``: a contact's name; ``COM+<number>:<channel>``: a
  contact's telephone (TE, FX, AL), e-mail (EM) or other number;
- ``RFF`` carries references: left to the other detectors.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from .findings import Finding, Kind

_START = re.compile(r"\A[\ufeff \t\r\n]*(?:UNA.{6}|UNB\+)", re.DOTALL)
# the qualifiers of a metering point's location (172: metering point; Z16, Z17: market and metering location)
_METERING_POINT = frozenset({"172", "Z16", "Z17", "Z18", "Z19"})
# parties whose name and address are no person's or home's: the message's sender (MS), recipient (MR)
_MARKET_PARTIES = frozenset({"MS", "MR"})


# a communication channel's code: telephone, fax, mobile, e-mail
_CHANNELS = {"TE": Kind.PHONE, "FX": Kind.PHONE, "AL": Kind.PHONE, "AJ": Kind.PHONE, "EM": Kind.EMAIL}


def is_edifact(text: str) -> bool:
    return bool(_START.match(text[:200]))


def _characters(text: str) -> tuple[str, str, str, str]:
    """Component, element, escape and segment characters, from the UNA segment if there is one."""
    head = text.lstrip("\ufeff \t\r\n")
    if head.startswith("UNA") and len(head) >= 9:
        return head[3], head[4], head[6], head[8]
    return ":", "+", "?", "'"


def _split(text: str, start: int, end: int, separator: str, escape: str) -> list[tuple[int, int]]:
    """Spans of the parts of ``text[start:end]`` between unescaped ``separator``s."""
    parts, at, i = [], start, start
    while i < end:
        char = text[i]
        if char == escape:
            i += 2
            continue
        if char == separator:
            parts.append((at, i))
            at = i + 1
        i += 1
    parts.append((at, end))
    return parts


def edifact_findings(text: str) -> Iterator[Finding]:
    component, element, escape, terminator = _characters(text)
    for start, end in _split(text, 0, len(text), terminator, escape):
        while start < end and text[start] in "\r\n \t\ufeff":
            start += 1
        elements = _split(text, start, end, element, escape)
        tag = text[elements[0][0]:elements[0][1]]
        if tag == "LOC" and len(elements) >= 3:
            if text[elements[1][0]:elements[1][1]] in _METERING_POINT:
                first = _split(text, *elements[2], component, escape)[0]
                value = text[first[0]:first[1]]
                if value.strip():
                    kind = Kind.MPRN if value.isdigit() and len(value) <= 10 else Kind.MPAN
                    yield Finding(first[0], first[1], kind, "column")
        elif tag == "PIA" and len(elements) >= 3:
            first = _split(text, *elements[2], component, escape)[0]
            if any(c.isdigit() for c in text[first[0]:first[1]]):
                yield Finding(first[0], first[1], Kind.MSN, "column")
        elif tag == "CTA" and len(elements) >= 3:
            parts = _split(text, *elements[2], component, escape)
            if len(parts) >= 2 and text[parts[1][0]:parts[1][1]].strip():
                yield Finding(parts[1][0], parts[1][1], Kind.NAME, "column")
        elif tag == "COM" and len(elements) >= 2:
            # (the number to the channel's code, over any "+" left unescaped in it: "COM++44 (0)7700 900143:TE")
            parts = _split(text, elements[1][0], elements[-1][1], component, escape)
            channel = text[parts[-1][0]:parts[-1][1]] if len(parts) >= 2 else ""
            number = (parts[0][0], parts[-2][1]) if len(parts) >= 2 else parts[0]
            while number[0] < number[1] and text[number[0]] == element:  # (the unescaped "+" that began it)
                number = (number[0] + 1, number[1])
            if text[number[0]:number[1]].strip("+ ") and channel in _CHANNELS:
                yield Finding(number[0], number[1], _CHANNELS[channel], "column")
        elif tag == "NAD" and len(elements) >= 4:
            if text[elements[1][0]:elements[1][1]] in _MARKET_PARTIES:
                continue
            # 3: name and address lines; 4: party name (surname:forename:…); 5: street; 6: city; 8: postcode
            for index, kind in ((3, Kind.ADDRESS), (4, Kind.NAME), (5, Kind.ADDRESS), (6, Kind.ADDRESS),
                                (8, Kind.POSTCODE)):
                if index >= len(elements):
                    break
                for a, b in _split(text, *elements[index], component, escape):
                    if text[a:b].strip():
                        yield Finding(a, b, kind, "column")


def _market_ids(text: str) -> list[tuple[int, int]]:
    """The interchange's sender and recipient ids (UNB's second and third elements, "1234567890123:14", a
    GLN) and the market parties' ids in NAD+MS/NAD+MR: a company's codes, no customer's or supply's."""
    component, element, escape, terminator = _characters(text)
    spans: list[tuple[int, int]] = []
    for start, end in _split(text, 0, len(text), terminator, escape):
        while start < end and text[start] in "\r\n \t\ufeff":
            start += 1
        elements = _split(text, start, end, element, escape)
        tag = text[elements[0][0]:elements[0][1]]
        if tag == "UNB":
            spans.extend(_split(text, *elements[i], component, escape)[0] for i in (2, 3) if i < len(elements))
        elif tag == "NAD" and len(elements) >= 3 and text[elements[1][0]:elements[1][1]] in _MARKET_PARTIES:
            spans.append(_split(text, *elements[2], component, escape)[0])
    return spans


def within_segments(text: str, found: list[Finding]) -> list[Finding]:
    """Findings (less those in a market participant's id) cut at the end of their segment, and begun after the last element separator inside them: a
    name's word read on over the terminator ("Padraig ap Rhys'COM+…", an apostrophe that is no O'Brien's)
    takes the next segment's tag with it, and an address's local part read back over a "+" ("COM+a.b@…", a
    "+" that may stand in one) takes the tag before it."""
    _component, element, escape, terminator = _characters(text)
    ends = [end for _start, end in _split(text, 0, len(text), terminator, escape)]
    separators = [end for _start, end in _split(text, 0, len(text), element, escape)][:-1]
    market = _market_ids(text)
    out = []
    for f in found:
        start, end = f.start, f.end
        if any(a <= start and end <= b for a, b in market):
            continue  # a market participant's id
        i = bisect.bisect_left(ends, start)
        if i < len(ends) and ends[i] < end:
            end = ends[i]
        j = bisect.bisect_left(separators, end) - 1
        if j >= 0 and start <= separators[j] < end and end - separators[j] - 1 >= 3:
            start = separators[j] + 1
        if end > start:
            out.append(f if (start, end) == (f.start, f.end) else
                       Finding(start, end, f.kind, f.detector, f.quote, f.tail, f.value))
    return out
