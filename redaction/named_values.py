"""Values that a field's name points at from elsewhere on the line, where no label pattern reads them.

- An error message quotes the field and then the value: PowerShell's ``Cannot bind argument to
  parameter 'Mprn' because it is "6671537983"``, a validator's ``field "mprn" has invalid value
  "6671537983"``, ``column 'postcode' value 'LS1 4AB' too long``. The field name says what the next quoted
  value on the line is.
- A REST path names the resource before its key: ``/gas/3507054513``, ``/mprns/3507054513/reads``,
  ``/supply-points/1200023305967``, an app's deep link to a supply's reads ``supplierapp://reads/4106388099``. (A meter's serial in a path is :mod:`meter_values`'; a person's name
  is :mod:`message_names`'.)
- A hurried note glues the label to its number: ``mprn5007786879``.

Each value must have the shape of the kind its name gives (digits for a supply number): a quoted word
after a field name is often the field's type or rule ("must be 'numeric'"), never masked for that.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .bare_numbers import COMPACT_DATE
from .fields import classify
from .findings import Finding, Kind
from .line_labels import plausible_person
from .meter_values import serial_shaped
from .mpan import is_valid_mpan_core
from .shapes import PERSON_SIZED
from .textview import TextView

WORDS = ("parameter", "field", "key", "column", "property", "attribute", "argument", "element")
# where a REST path names a supply's resource, and where a supply number's name follows it or is glued to it
_PATH_WORDS = ("/gas/", "/electricity/", "/elec/", "/mprn", "/mpan", "/supply", "/meter-point", "/meter_point",
               "/meterpoint", "/metering", "/gas-point", "/gas_point", "/gaspoint", "/gas-supply", "/reads/", "/readings/",
               "/meter-reads/", "/meter-readings/")
_NAME_WORDS = ("mprn", "mpan", "gas supply point", "supply number", "meter point reference")
ALL_WORDS = WORDS + _PATH_WORDS + _NAME_WORDS  # (for find_all, which reads every detector's words in one pass)

# a message's word for a field, then the field's name in quotes
_FIELD_NAMED = re.compile(r"(?i)(?<![\w-])(?:parameter|field|key|column|property|attribute|argument|element)s?[ \t]+"
                          r"(?P<open>['\"“‘`])(?P<key>[A-Za-z][\w .\-]{0,38}[A-Za-z0-9])['\"”’`]")
# the next quoted value on the line, not far on
_QUOTED_NEXT = re.compile(r"[^\n'\"“”‘’`]{0,60}?(?P<open>['\"“‘`])(?P<value>[^\n'\"“”‘’`]{1,60})['\"”’`]")
_SHAPES: dict[Kind, re.Pattern[str]] = {
    Kind.MPAN: re.compile(r"\d(?:[ \-]?\d){5,20}"),
    Kind.MPRN: re.compile(r"\d(?:[ \-]?\d){5,11}"),
    Kind.MSN: re.compile(r"(?=[A-Za-z0-9\-]*\d)[A-Za-z0-9][A-Za-z0-9\-]{5,17}"),
    Kind.DEVICE: re.compile(r"(?:0x)?[0-9A-Fa-f]{2}(?:[\-:. ]?[0-9A-Fa-f]{2}){5,7}"),
    Kind.POSTCODE: re.compile(r"[A-Za-z]{1,2}\d[A-Za-z\d]?[ \t]*\d[A-Za-z]{2}"),
    Kind.PHONE: re.compile(r"\+?[\d(][\d ()\-]{8,16}\d"),
    Kind.EMAIL: re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}"),
    Kind.ACCOUNT: re.compile(r"(?=[A-Za-z0-9\-]*\d{4})[A-Za-z0-9\-]{5,20}"),
}

# a REST path's resource that a supply number keys, then the number (6 to 13 digits) as a segment of its own
_IN_PATH = re.compile(r"(?i)/(?:gas|electricity|elec|mprns?|mpans?|supply-?points?|supply_points?|meter-?points?|"
                      r"gas-?points?|gas_points?|gas-?supply-?points?|"
                      r"meter_points?|meterpoints?|metering-?points?|"
                      # (an app's screen for a supply's reads, keyed by the supply: "supplierapp://reads/4106388099")
                      r"(?:meter-)?reads|(?:meter-)?readings)/(?P<value>\d{6,13})(?=[/?#&\s\"'<>)\]]|$)")
# the number first and its name after: "5267442286 is the MPRN for the selected supply point", "1200023305967
# is your MPAN", "9 digits 123456789 - the gas supply point"
# (read backwards from the name: the pattern ends where the name starts)
_NAMED_AFTER = re.compile(r"(?i)(?<![\w.\-/])(?P<value>\d(?:[ ]?\d){5,20})[ \t]+(?:is|was|=|-|–)[ \t]+"
                          r"(?:(?:the|our|your|my|their|his|her|its)[ \t]+)?(?:customer'?s[ \t]+)?$")
# a number written a digit at a time, as a form's boxes or a person reading it out type it ("0 1 6 3 2   9 6 0 1 2 7"):
# a telephone number (eleven digits from 01, 02, 03 or 07) or an MPAN's core (its check digit right)
_DIGIT_BY_DIGIT = re.compile(r"(?<![\w.\-])\d(?:[ \t]{1,3}\d){9,20}(?![\w.\-])")
_BEFORE_A_NAME = frozenset({"is", "was", "=", "-", "–", "the", "our", "your", "my", "their", "his", "her", "its",
                            "customer's", "customers"})
# "mprn5007786879": the label run into its number
_GLUED = re.compile(r"(?i)(?<![A-Za-z])mprn(?P<value>\d{6,10})(?!\d)")


def find_named_values(text: str, view: TextView | None = None) -> Iterator[Finding]:
    view = view or TextView(text)
    view.find_words(ALL_WORDS)
    fields = sorted(at for word in WORDS for at in view.word_hits(word))
    done = -1
    for at in fields:
        if at < done:
            continue
        named = _FIELD_NAMED.match(text, at)
        if named is None:
            continue
        kind = classify(named["key"])
        value = _QUOTED_NEXT.match(text, named.end()) if kind in _SHAPES or kind is Kind.NAME else None
        if kind is None or value is None:
            continue
        shown = value["value"].strip()
        # (a name only when shaped as one: "must be 'non-empty'" is a rule)
        if not (plausible_person("name", shown) if kind is Kind.NAME else _SHAPES[kind].fullmatch(shown)):
            continue
        done = value.end()
        start = value.start("value") + len(value["value"]) - len(value["value"].lstrip())
        yield Finding(start, start + len(value["value"].strip()), kind, "label")
    for at in sorted({at for word in _PATH_WORDS for at in view.word_hits(word)}):
        match = _IN_PATH.match(text, at)
        if match is not None and not COMPACT_DATE.fullmatch(match["value"]):
            digits = match["value"]
            yield Finding(match.start("value"), match.end("value"), Kind.MPRN if len(digits) <= 10 else Kind.MPAN,
                          "label")
    for word in _NAME_WORDS:
        for at in view.word_hits(word):
            # (the word before the name first, cheaply: a log's "size=1234 mpan=…" has none of them)
            previous = text[max(0, at - 14):at].split()
            if at and text[at - 1] in " \t" and previous and previous[-1].lower() in _BEFORE_A_NAME \
                    and not text[at + len(word):at + len(word) + 1].isalnum():
                before = _NAMED_AFTER.search(text, max(0, at - 60), at)
                if before is not None:
                    kind = Kind.MPRN if word in ("mprn", "gas supply point") or \
                        sum(c.isdigit() for c in before["value"]) <= 10 else Kind.MPAN
                    yield Finding(before.start("value"), before.end("value"), kind, "label")
            if word == "mprn" and (glued := _GLUED.match(text, at)) is not None:
                yield Finding(glued.start("value"), glued.end("value"), Kind.MPRN, "label")
    yield from _resource_keys(text)
    # typed by a person, as a form's boxes (not in the second look's windows round replacements: a number
    # typed a digit at a time is never made by one)
    if len(text) < PERSON_SIZED and not view.dense and (" " in text or "\t" in text):
        for match in _DIGIT_BY_DIGIT.finditer(text):
            digits = "".join(c for c in match.group() if c.isdigit())
            if len(digits) == 11 and digits[:2] in ("01", "02", "03", "07"):
                yield Finding(match.start(), match.end(), Kind.PHONE, "pattern")
            elif len(digits) in (13, 21) and is_valid_mpan_core(digits[-13:]):
                yield Finding(match.start(), match.end(), Kind.MPAN, "pattern")


# A resource's key where an API names what the resource is: JSON:API's resource identifier ({"type": "accounts",
# "id": "8067984765"}, either member first) and OData's entity key (BusinessPartnerSet('3958934660'),
# Accounts(AccountID='…')). The key is the identifier the type names.
_TYPED_ID = re.compile(r'"type"[ \t]*:[ \t]*"(?P<type>[A-Za-z][\w\-]{2,40})"[ \t]*,[ \t\r\n]*"id"[ \t]*:[ \t]*'
                       r'(?:"(?P<value>[^"\n]{4,40})"|(?P<number>\d{6,21})(?![\d.]))'
                       r'|"id"[ \t]*:[ \t]*(?:"(?P<value2>[^"\n]{4,40})"|(?P<number2>\d{6,21}))[ \t]*,[ \t\r\n]*"type"[ \t]*:[ \t]*'
                       r'"(?P<type2>[A-Za-z][\w\-]{2,40})"')
_ENTITY_KEY = re.compile(r"(?<![\w.])(?P<type>[A-Z][A-Za-z]{2,40}?)(?:Set|Collection)?\((?:[A-Za-z]\w{0,30}=)?"
                         r"(?:'(?P<value>[^'\n]{4,40})'|\"(?P<quoted>[^\"\n]{4,40})\"|(?P<number>\d{6,21}))\)")
# the resource types whose names the field names do not already give
_RESOURCE_KINDS = {"gaspoints": Kind.MPRN, "gaspoint": Kind.MPRN, "gasmeterpoints": Kind.MPRN, "supplypoints": Kind.MPAN,
                   "supplypoint": Kind.MPAN, "electricitypoints": Kind.MPAN, "meters": Kind.MSN, "meter": Kind.MSN,
                   "devices": Kind.DEVICE, "esmes": Kind.DEVICE, "gsmes": Kind.DEVICE, "commshubs": Kind.DEVICE}


def _resource_kind(name: str) -> Kind | None:
    kind = _RESOURCE_KINDS.get(re.sub(r"[^a-z]", "", name.lower())) or classify(name)
    # (a person's record is keyed by their customer number: "customers", "contacts", "BusinessPartner")
    return Kind.ACCOUNT if kind is Kind.NAME else kind


def _resource_keys(text: str) -> Iterator[Finding]:
    matches = []
    if '"type"' in text:
        matches += [(m, m["type"] or m["type2"], next(g for g in ("value", "number", "value2", "number2") if m[g] is not None))
                    for m in _TYPED_ID.finditer(text)]
    if "(" in text:
        matches += [(m, m["type"], next(g for g in ("value", "quoted", "number") if m[g] is not None))
                    for m in _ENTITY_KEY.finditer(text)]
    for match, name, group in matches:
        kind = _resource_kind(name)
        value = match[group]
        # (a type's code or a date is no key of a meter's or a supply's: Meters('SMETS2-CREDIT'), /gas-points/20240301)
        if kind is Kind.MSN and not serial_shaped(value) or COMPACT_DATE.fullmatch(value.replace("-", "")):
            continue
        if kind in _SHAPES and _SHAPES[kind].fullmatch(value):
            if kind is Kind.MPAN and sum(c.isdigit() for c in value) <= 10:
                kind = Kind.MPRN
            yield Finding(match.start(group), match.end(group), kind, "label")
