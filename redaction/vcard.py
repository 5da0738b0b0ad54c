"""Contact cards (vCard, RFC 6350) and the people a calendar invite names (iCalendar, RFC 5545).

A card is a person's details by property: ``N:Kirkbride;Leocadia;;Mrs;`` (surname, forenames, title),
``FN:``, ``ADR;TYPE=HOME:;;Flat 38\\, Albion Works;Rushmere;Carlisle;;CA1 2AB;United Kingdom``, ``TEL``,
``EMAIL``, ``BDAY``. Each component of such a property is the person's, however it is shaped (a town
alone, a surname no list holds), so each is masked on its own: the card keeps its properties and
separators. An invite's ``ATTENDEE``/``ORGANIZER`` ``CN=`` parameters name people the same way.
The folded lines of both (a line break and one blank) are unfolded by the canonical view.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .findings import Finding, Kind

# the property's name (a group prefix "item1." allowed), its parameters, and its value to the line's end
_PROPERTY = re.compile(r"(?im)^(?:[A-Za-z0-9\-]+\.)?(?P<name>N|FN|ADR|LABEL|TEL|EMAIL|BDAY|NICKNAME|X-[A-Z\-]*NAME)"
                       r"(?P<params>(?:;[^:\r\n]*)?):(?P<value>[^\r\n]*)")
_LONE_NAME = re.compile(r"(?m)(?:^|(?<=[\s\"'>]))N:(?P<value>[^;\r\n:]*(?:;[^;\r\n:]*){3};[^;\s:\"'<]*)(?=[ \t]|\r?$|[\"'<])")
_KINDS = {"N": Kind.NAME, "FN": Kind.NAME, "NICKNAME": Kind.NAME, "ADR": Kind.ADDRESS, "LABEL": Kind.ADDRESS,
          "TEL": Kind.PHONE, "EMAIL": Kind.EMAIL, "BDAY": Kind.DOB}
# a component: what stands between unescaped ";" (and "," inside a structured value), escapes kept in it
_COMPONENT = re.compile(r"(?:\\.|[^;,\\])+")
_COMMON_NAME = re.compile(r"(?i)(?<=[;:])CN=(?:\"(?P<quoted>[^\"\r\n]+)\"|(?P<plain>[^;:\r\n]+))")
_LOCATION = re.compile(r"(?im)^LOCATION(?:;[^:\r\n]*)?:(?P<value>[^\r\n]*)")
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
# the country an address ends with is no one's: "United Kingdom", "GB"
_COUNTRY = re.compile(r"(?i)united kingdom|uk|gb|great britain|england|wales|scotland|northern ireland")


def find_card_fields(text: str) -> Iterator[Finding]:
    """Each component of a card's personal properties, and each invitee's common name."""
    upper = text[:8192].upper()
    if "BEGIN:VCARD" in upper:
        for match in _PROPERTY.finditer(text):
            name = match.group("name").upper()
            kind = _KINDS.get(name, Kind.NAME)
            start = match.start("value")
            for part in _COMPONENT.finditer(match.group("value")):
                value = part.group().strip()
                if not value or (kind is Kind.ADDRESS and _COUNTRY.fullmatch(value)) or value.lower() in ("mr", "mrs",
                                                                                                           "ms", "miss",
                                                                                                           "mx", "dr"):
                    continue
                yield Finding(start + part.start(), start + part.end(), kind, "card")
    elif "N:" in text:
        # a card's name line pasted alone ("N:Green;Rhiannon;;;"): its five components say it is one
        for match in _LONE_NAME.finditer(text):
            start = match.start("value")
            for part in _COMPONENT.finditer(match.group("value")):
                value = part.group().strip()
                if value and value.lower() not in ("mr", "mrs", "ms", "miss", "mx", "dr") and any(c.isalpha() for c in value):
                    yield Finding(start + part.start(), start + part.end(), Kind.NAME, "card")
    if "BEGIN:VCALENDAR" in upper or "BEGIN:VEVENT" in upper:
        for match in _COMMON_NAME.finditer(text):
            group = "quoted" if match.group("quoted") is not None else "plain"
            yield Finding(*match.span(group), Kind.NAME, "card")
        for match in _LOCATION.finditer(text):  # a visit's address: each of its parts, when it has a postcode
            if _POSTCODE.search(match.group("value")):
                start = match.start("value")
                for part in re.finditer(r"(?:\\.|[^\\])+?(?=\\,|$)", match.group("value")):
                    value = part.group().strip(" ,\\")
                    if value and not _COUNTRY.fullmatch(value):
                        at = start + part.start() + part.group().index(value)
                        yield Finding(at, at + len(value), Kind.ADDRESS, "card")
