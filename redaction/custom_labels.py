"""Values whose label is given by another key: the custom fields of a SIEM's event.

ArcSight's CEF (and the SIEMs that read it) has no key for a customer's account or a supply's number: an event
carries it in a custom slot and names the slot in a second key, ``cs2Label=acct cs2=CUST0531256``,
``cn1Label=mprn cn1=2693284``. The slot's own key says nothing, so a reader of ``key=value`` pairs sees an
unnamed value; the label key beside it says what the value is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fields import classify
from .findings import Finding, Kind, fits_its_kind
from .line_labels import plausible_person

_SLOT = r"(?:cs|cn|cfp|c6a|flexString|flexNumber|flexDate|deviceCustomString|deviceCustomNumber|deviceCustomDate)\d?"
# a slot's label: words up to the next key ("msg=…") or the line's end (single blanks between its words, so that a
# run of blanks is read once); CEF escapes "=" in a value as "\="
_LABEL = re.compile(rf"(?<![\w\\])(?P<slot>{_SLOT})Label=(?P<label>[^\s=\\]+(?:[ \t][^\s=\\]+)*)"
                    r"(?=[ \t]+[\w.]+=|[ \t]*\r?$)", re.MULTILINE)
_VALUE = re.compile(rf"(?<![\w\\])(?P<slot>{_SLOT})=(?P<value>(?:[^\s=\\]|\\.)+(?:[ \t]+(?:[^\s=\\]|\\.)+)*?)"
                    r"(?=[ \t]+[\w.]+=|[ \t]*\r?$)", re.MULTILINE)


def find_custom_labelled(text: str) -> Iterator[Finding]:
    """Each custom slot's value, of the kind the label of its slot on the same line names. Each line's labels are
    read once, then its values once (a line of thousands of pairs is read in one pass)."""
    if "Label=" not in text:
        return
    kinds: dict[tuple[int, str], Kind] = {}  # (line start, slot) -> what its label names
    for label in _LABEL.finditer(text):
        kind = classify(label.group("label").strip())
        if kind is not None:
            kinds[(text.rfind("\n", 0, label.start()) + 1, label.group("slot"))] = kind
    if not kinds:
        return
    lines = sorted({start for start, _slot in kinds})
    for line_start in lines:
        line_end = text.find("\n", line_start)
        for value in _VALUE.finditer(text, line_start, len(text) if line_end < 0 else line_end):
            kind = kinds.get((line_start, value.group("slot")))
            shown = value.group("value").strip()
            if kind is None or not shown or not fits_its_kind(kind, shown) \
                    or kind is Kind.NAME and not plausible_person("name", shown):
                continue
            yield Finding(value.start("value"), value.start("value") + len(shown), kind, "field")
