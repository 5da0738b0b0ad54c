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
# a slot's label: up to the next key ("msg=…") or the line's end; CEF escapes "=" in a value as "\="
_LABEL = re.compile(rf"(?<![\w\\])(?P<slot>{_SLOT})Label=(?P<label>(?:[^=\n\\]|\\.)*?)(?=[ \t]+[\w.]+=|[ \t]*\r?$)",
                    re.MULTILINE)
_VALUE_AFTER = r"=(?P<value>(?:[^=\n\\]|\\.)*?)(?=[ \t]+[\w.]+=|[ \t]*\r?$)"


def find_custom_labelled(text: str) -> Iterator[Finding]:
    """Each custom slot's value, of the kind its label names, on the label's line."""
    if "Label=" not in text:
        return
    for label in _LABEL.finditer(text):
        kind = classify(label.group("label").strip())
        if kind is None:
            continue
        line_start = text.rfind("\n", 0, label.start()) + 1
        line_end = text.find("\n", label.end())
        line_end = len(text) if line_end < 0 else line_end
        slot = re.compile(rf"(?<![\w\\]){re.escape(label.group('slot'))}{_VALUE_AFTER}", re.MULTILINE)
        for value in slot.finditer(text, line_start, line_end):
            shown = value.group("value").strip()
            if not shown or not fits_its_kind(kind, shown) \
                    or kind is Kind.NAME and not plausible_person("name", shown):
                continue
            start = value.start("value") + len(value.group("value")) - len(value.group("value").lstrip())
            yield Finding(start, start + len(shown), kind, "field")
