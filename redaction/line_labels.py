"""Label and value on a line, however a system lays them out.

"Cust Name: Jane Smith", "Account Holder - Mrs A Pumphrey", "SERNR      = L9012346",
"Meter Serial No.<TAB>L123", a label alone on its line with the value below it ("MPAN Core" then the
number; "Supply Address:" then three address lines). The label is any short phrase that
:func:`fields.classify` recognises, so labels and field names share one vocabulary. How far the value
runs depends on its kind: an MPAN is its digits (and any more MPANs listed after it), a serial one
token, a name or an address up to the next field, never past the end of the line.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator

from .fields import classify, name_partner
from .mpan import DISTRIBUTOR_IDS, is_valid_mpan_core
from .findings import Finding, Kind, fits_its_kind
from .shapes import ODD_GAP, PERSON_SIZED
from .textview import matches_at
from .spoken import DIGIT_WORDS

# A label at the start of a line or after a field delimiter, then a separator: ":", "=", " - ", a tab,
# or two or more spaces.
_LABEL_WORDS = r"[A-Za-z][A-Za-z0-9_.()/#'\-]{0,30}(?: [A-Za-z0-9_.()/#'\-]{1,30}){0,4}?"  # single spaces only
_LINE_LABEL = re.compile(
    r"(?:^|(?<=[\t|;>]))[ \t]*(?P<label>" + _LABEL_WORDS + r")"
    # (a page's table read as text gives its cells as " \t": "<td>Name</td><td>…" is "Name \t…")
    r"(?P<sep>[ \t]*(?:[:=]|&gt;|-(?=[ \t]))[ \t]*(?:&nbsp;|&#160;)*[ \t]*|[ ]?\t[ \t]*| {2,}"
    # a key/value table's row ("| MPRN | 1808960273 |"), a form's dotted leader ("Gas MPRN ......... 4557385098")
    r"|[ \t]*\|[ \t]*|[ \t]*(?:\.{3,}|…+)[ \t]*)"
    r"(?=(?P<rest>[^\n]*))", re.MULTILINE)  # the rest only bounds the value: later labels on the line still match
# A line that is only a label (the value is on the next line).
# (a remark in brackets after the label is the label's: "MPAN (last 10 shown)" over "•••2702319370")
_LABEL_LINE = re.compile(r"^[ \t]*(?P<label>" + _LABEL_WORDS + r")[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?:?[ \t]*$",
                         re.MULTILINE)
# Where either pattern can start: the start of the text or of a line, or just after a tab, "|", ";" or
# ">", with a letter after any blanks (r"[\n\t|;>](?=[ \t]*[A-Za-z])"); the two above start with an
# anchor and would be tried at every position. Those places are found in a class view of the text:
# "S" for a line break, "|", ";" or ">", "T" for a tab, "a" for an ASCII letter (a non-ASCII character
# reads as "?", which is in none of these classes, as it is in none of the pattern's). There two
# patterns each start with a literal, which the regex engine skips to quickly; one starting with a
# class of characters, as on the text, is tried at every position.
_LETTER_FIRST = re.compile(r"[ \t]*[A-Za-z]")
_START_CLASSES = bytes(83 if c in b"\n|;>" else 84 if c == 9 else 32 if c == 32
                       else 97 if 65 <= c <= 90 or 97 <= c <= 122 else 46 for c in range(256))
_AFTER_STARTERS = (re.compile(rb"S(?=[ T]*a)"), re.compile(rb"T(?=[ T]*a)"))

_OPEN = r"[\"'(\[]?"
_ONE_LINE_SEP = r"(?:[ \t\u00a0]{1,4}|[ \t]*[\-–./][ \t]*|" + ODD_GAP + r")"
_DIGITS = re.compile(_OPEN + rf"(?P<v>\d(?:{_ONE_LINE_SEP}?\d)*)")
_NEXT_DIGITS = re.compile(rf"(?:[ \t]*[,;/&][ \t]*|[ \t]+and[ \t]+)[\"'(\[]?(?P<v>\d(?:{_ONE_LINE_SEP}?\d){{5,}})")
_TOKEN = re.compile(_OPEN + r"(?P<v>[A-Za-z0-9][A-Za-z0-9\-/.:_]{1,34}[A-Za-z0-9]|[A-Za-z0-9]{2})")
_NEXT_TOKEN = re.compile(r"[ \t]*[,;][ \t]*[\"']?(?P<v>[A-Za-z0-9][A-Za-z0-9\-/.:_]{3,34}[A-Za-z0-9])")
_POSTCODE = re.compile(_OPEN + r"(?P<v>[A-Za-z]{1,2}\d[A-Za-z\d]?[ \t]{0,3}\d[A-Za-z]{2})(?![A-Za-z0-9])")
_PHONE = re.compile(_OPEN + r"(?P<v>\+?[\d(][\d ()\-]{6,18}\d)")
# a single quote that closes a value rather than standing inside a name: no letter after it ("O'Neill" holds one)
_CLOSING_QUOTE = re.compile(r"'(?![^\W\d_])")
# A name or an address ends at two spaces, a tab, a delimiter, a quote or tag, or the next "key:" / "key=".
_TEXT_VALUE = re.compile(r"[\"']?(?P<v>[^\n\t|;&\"<>]+?)(?=[ \t]{2,}|\t|[|;&\"<>]|,?[ \t]+[A-Za-z_][\w.\-]*[ \t]*[=:]"
                         r"(?![/\\])|[ \t]*$)")
# (a capital of any Latin script: "Siobhán Ó Néill" is a name as much as "Sean O'Neill")
_CAPITAL = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
# (a surname's particles in small letters among the words: "Leofric van der Merwe", "Fitzroy ap Rhys")
# (and Gaelic's article after Mac or Nic, the surname then with its prefixed letter: "Catriona Mac an t-Saoir")
_NAME_PARTICLE = r"(?:van|von|der|den|de|la|le|du|da|di|del|della|dos|das|ap|ab|bin|bint|ibn|al|el|y|an|na)"
_PERSON_NAME = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Rev)\.?\s+)?"
                          rf"(?:[{_CAPITAL}]\.(?=\s)|[{_CAPITAL}](?:[^\W\d_]|['’\-])+)(?:(?:\s+{_NAME_PARTICLE}){{0,2}}\s+"
                          rf"(?:[tnh]-?(?=[{_CAPITAL}]))?[{_CAPITAL}](?:[^\W\d_]|['’\-])*\.?){{0,4}}$")
# Words that make a "Name:" or "Contact:" value a team, a service or a system rather than a person.
NOT_A_PERSON = re.compile(r"\b(?:desk|team|service|services|support|helpdesk|centre|center|group|office|dept|"
                           r"department|ltd|limited|plc|operations|ops|admin|system|test|tc|step|file|report|"
                           r"portal|queue|mailbox|programme|program|pipeline|bot|robot|alerts?|notifications?|"
                           r"noreply|no-reply|build|devops|jira|jenkins|monitor|monitoring|scheduler|council|borough|"
                           r"county|hospital|school|university|college|airport|society|association|networks?|energy|"
                           r"power|powergrid|grid|electricity|water|housing|agency|authority|ofgem|elexon|xoserve|"
                           # a company's site ("Hexham depot", "Stroud works")
                           r"depot|works|warehouse|substation|"
                           # a web app's menu beside "My account" ("My account  Bills  Meter readings")
                           r"bills|billing|meters?|readings|payments?|tariffs?|settings|dashboard|overview|"
                           r"logout|login|profile|"
                           # a desktop application's menu bar ("Menu Edit Goto System Help", SAP GUI's)
                           r"goto|edit|view|extras|utilities|window|help|tools|"
                           # a role, not a person ("Agent: QA Tester 3")
                           r"tester|testers|qa|"
                           # a function of the business that a mail header or a signature names ("From: Qualification
                           # Testing <qt@…>", "Assurance Integration")
                           r"testing|qualification|assurance|compliance|integration|automation|migration|release|management|"
                           r"engineering|platform|security|finance|metering|settlement|settlements|control)\b", re.IGNORECASE)
# keys and labels naming a person by their part ("owner": "M. Tregothnan", "ackBy", "who"): a person's only when the
# value is shaped as a name ("owner": "payments" is a team's)
ROLE_LABELS = frozenset({"owner", "ownername", "who", "ackby", "acknowledgedby", "raisedby", "reportedby", "occupier",
                         "tenant", "accountholder", "billpayer"})
_WEAK_NAME_LABELS = {"name", "contact", "contactname", "payer", "consumer", "resident", "landlord", "occupant", "client",
                     "clientname", *ROLE_LABELS,
                     # a party that may as well be a company ("Applicant: EnergyCo Ltd (CRN97033775)")
                     "applicant", "claimant", "complainant", "policyholder", "guarantor"}
_EMPTY = {"", "n/a", "na", "none", "null", "-", "--", "tbc", "unknown", "not known", "nil", "?", "true", "false", "yes", "no",
          "undefined"}


def _id_like(value: str) -> bool:
    return any(c.isdigit() for c in value) or (value.isalnum() and len(value) >= 6)


_LEADING_DIGITS = re.compile(r"\d+")


def number_written_whole(text: str, start: int, end: int, kind: Kind) -> int:
    """The end of a digit value after a label or key: where its first run of digits ends, when that run
    is the whole identifier written without spaces (13 digits or more for an MPAN, 6 or more for an
    MPRN) and more digits follow after a space ("mpan=1200023305967 401 Unauthorized": the 401 is the
    HTTP status). An identifier spaced in groups ("12 0002 3305 967") starts with a short run."""
    run = _LEADING_DIGITS.match(text, start, end)
    if run is None or run.end() == end:
        return end
    if run.end() - start >= (13 if kind is Kind.MPAN else 6):
        return run.end()
    if kind is Kind.MPAN:  # "17 3809 5929 343 504": a valid core spaced in groups, then the HTTP status
        digits = ""
        for group in _LEADING_DIGITS.finditer(text, start, end):
            digits += group.group()
            if len(digits) == 13 and group.end() < end and is_valid_mpan_core(digits):
                return group.end()
            if len(digits) >= 13:
                break
    return end


def _value(kind: Kind, text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of the value(s) of ``kind`` in ``text[start:end]`` (the rest of the line after a label)."""
    if kind in (Kind.MPAN, Kind.MPRN):
        match = _DIGITS.match(text, start, end)
        if not match:
            return
        yield match.start("v"), number_written_whole(text, match.start("v"), match.end("v"), kind)
        pos = match.end("v")
        while (more := _NEXT_DIGITS.match(text, pos, end)) is not None:
            yield more.span("v")
            pos = more.end("v")
    elif kind in (Kind.MSN, Kind.DEVICE, Kind.EMAIL, Kind.REGISTERED):
        pattern = re.compile(_OPEN + r"(?P<v>[^\s\"<>]+@[^\s\"'<>]+)") if kind is Kind.EMAIL else _TOKEN
        match = pattern.match(text, start, end)
        if not match:
            return
        if kind is Kind.DEVICE:  # an EUI-64 may be written in spaced pairs: take all eight
            spaced = re.compile(r"(?P<v>[0-9A-Fa-f]{2}(?:[ :\-][0-9A-Fa-f]{2}){7})").match(text, match.start("v"), end)
            if spaced:
                yield spaced.span("v")
                return
        yield match.span("v")
        pos = match.end("v")
        while (more := _NEXT_TOKEN.match(text, pos, end)) is not None and _id_like(more.group("v")):
            yield more.span("v")
            pos = more.end("v")
    elif kind is Kind.POSTCODE:
        match = _POSTCODE.match(text, start, end)
        if match:
            yield match.span("v")
    elif kind is Kind.PHONE:
        match = _PHONE.match(text, start, end)
        if match:
            yield match.span("v")
    else:  # NAME, ADDRESS
        match = _TEXT_VALUE.match(text, start, end)
        if match:
            value_start, value_end = match.span("v")
            if text[start:value_start].endswith("'"):
                # a value opened by a single quote closes at its pair, though a name may hold one ("O'Neill"):
                # "owner='JOHN SMITH' ..." masks the name and keeps the quote that closes it
                close = _CLOSING_QUOTE.search(text, value_start, value_end)
                if close is not None:
                    value_end = close.start()
            yield value_start, value_end


@functools.lru_cache(maxsize=4096)  # a log repeats its labels on every line
def label_kind(label: str) -> Kind | None:
    """What a label names; a bare "Name" counts as a person's name (checked against the value's shape)."""
    kind = classify(label)
    if kind is None and "(" in label:  # a remark in brackets after the label: "MPAN (pasted from portal):"
        bare = _REMARK.sub("", label).strip()
        if bare and bare != label.strip():
            kind = classify(bare)
    if kind is None and re.sub(r"[^a-z]", "", label.lower()) in ("name", "fullname"):
        return Kind.NAME
    return kind


_REMARK = re.compile(r"\s*\([^()]{1,40}\)\s*$")


# the small words of a sentence, which no name of four words or more in small letters is without
_SENTENCE_WORDS = frozenset("yes no it is was the a an and my to of for on in i we you that this please can "
                            "will its that's it's".split())


# an HTTP header's name: "X-" and words, or hyphened words one of which is a header's own
_HTTP_HEADER = re.compile(r"(?i)x-[a-z0-9\-]+|(?=[A-Za-z\-]*\b(?:content|type|length|encoding|accept|agent|cache|control|"
                          r"correlation|request|trace|span|session|forwarded|authorization|auth|api|key|token|origin|"
                          r"referer|cookie|host|connection|language|ranges|modified|match|since|id)\b)"
                          r"[A-Za-z]+(?:-[A-Za-z]+)+")


def a_sentence(value: str) -> bool:
    """What a person said, not a name: two words or more in small letters, one of them a sentence's small word
    (a transcript's "Customer: yes it is two zero five…", where "Customer:" names the speaker), or words that
    open with a field's name ("postcode L E one five…", "email cerys at…")."""
    words = value.split()
    if not words:
        return False
    if classify(words[0].strip(",.:;")) is not None and (len(words) >= 2 or words[0].islower()):
        return True  # ("email", "postcode" alone in small letters: a field's name, what the speaker gives next)
    plain = _PLACEHOLDER.sub("", value)  # (what redaction wrote is no capital of the speaker's: "yes it is [MPAN-1]")
    return len(words) >= 2 and plain == plain.lower() and bool(_SENTENCE_WORDS.intersection(w.strip(",.?!") for w in words))


_PLACEHOLDER = re.compile(r"\[?[A-Z]{2,}-\d+\]?")  # (its brackets perhaps stripped with a value's)


def plausible_person(label: str, value: str) -> bool:
    """After a weak label ("Name", "Contact"), only a value shaped like a person's name is one; after any,
    a sentence is none."""
    if a_sentence(value.strip()):
        return False
    words = re.findall(r"[^\W\d_]+", value)
    if len(words) >= 3 and sum(bool(_NUMBER_WORD.fullmatch(w)) for w in words) >= 0.8 * len(words):
        return False  # a number read out in words after "customer:" ("two three three zero nine …"), no one's name
    if re.sub(r"[^a-z]", "", label.lower()) not in _WEAK_NAME_LABELS:
        return True
    stripped = value.strip().strip("\"'()[]").strip()
    if _HTTP_HEADER.fullmatch(stripped):
        return False  # a HAR's or a request's header name ({"name": "X-Correlation-Id", "value": …}), no person
    if _CAPITALS_NAME.fullmatch(stripped):  # "CHARLOTTE YOUNG", "ORLA O'CALLAGHAN": a name in capitals
        return not NOT_A_PERSON.search(stripped)
    if _SMALL_NAME.fullmatch(stripped):  # "ebony carrick-moore", as a form or a chat takes it down
        return _a_known_small_name(stripped) and not NOT_A_PERSON.search(stripped)
    return bool(_PERSON_NAME.match(stripped)) and not NOT_A_PERSON.search(stripped) and not re.match(
        r"^[A-Z]{2,}\b", stripped)


# Two or three words in small letters: a name typed without capitals
_SMALL_WORD = r"[^\W\d_A-Z](?:[^\W\d_A-Z]|['’\-](?=[^\W\d_A-Z]))+"
_SMALL_NAME = re.compile(rf"(?:{_SMALL_WORD}[ \t]+){{1,2}}{_SMALL_WORD}")


def _a_known_small_name(value: str) -> bool:
    """Words in small letters that are a person's name by the lists: a forename they know, then a surname they
    know or one of two barrels ("ebony carrick-moore"); or a forename that is no English word ("siân jones")."""
    from .names import common_gb_surname, is_listed_forename, is_listed_surname, key, name_lists  # (names imports this module)

    words = value.split()
    plain, _worded, _surnames = name_lists()
    if key(words[0]) in plain:
        return True
    # (after a label of a name, a forename the lists know before one of Britain's common surnames: "joy stone")
    return is_listed_forename(words[0]) and ("-" in words[-1] or is_listed_surname(words[-1])
                                             or common_gb_surname(words[-1]))


# Two or three words in capitals, as a CRM writes a name: each a word of letters (any script) of two or more
_CAPITAL_WORD = r"[^\W\d_a-zß-ÿ](?:[^\W\d_a-zß-ÿ]|['’\-](?=[^\W\d_a-zß-ÿ]))+"
_CAPITALS_NAME = re.compile(rf"(?:{_CAPITAL_WORD}[ \t]+){{1,2}}{_CAPITAL_WORD}")


# a number read out in words ("MPAN is one two double oh ..."): an MPAN or MPRN with no digit written
_NUMBER_WORD = re.compile(rf"(?i)(?<![a-z])(?:{'|'.join(DIGIT_WORDS)}|double|triple)(?![a-z])")


def no_supply_number(kind: Kind, value: str) -> bool:
    """An MPAN's or MPRN's label over a value with fewer than four digits and no number read out in words:
    a word of the label's own ("MPAN Core<TAB>1489…"), or a count ("meter points: 12 of 30"), not the
    number (an MPRN has six digits at least)."""
    return kind in (Kind.MPAN, Kind.MPRN) and not (value.isdigit() and len(value) >= 4) \
        and sum(map(str.isdigit, value)) < 4 and not _NUMBER_WORD.search(value)


_HEX_ONLY = re.compile(r"[0-9A-Fa-f:]+")


_CODE_VALUE = re.compile(r"(?:\?|\$\d{1,3}|:\w{1,30}|@\w{1,30}|%s)(?![\w'’])|[^{}]*[{}]")


def _worth(kind: Kind, label: str, value: str) -> bool:
    stripped = value.strip().strip("\"'()[]").strip()
    if not any(c.isalnum() for c in stripped):
        return False
    if no_supply_number(kind, stripped):
        return False
    if stripped.lower() in _EMPTY or re.fullmatch(r"\[[A-Z]+-\d+\]|[A-Z]{2,6}(?:[-_]REF)?[-_]?\d{1,6}", stripped):
        return False
    if not any(c.isdigit() for c in stripped) and classify(stripped) is not None:
        return False  # another column header ("MeterSerialNum  CustName"), not a value
    if kind in (Kind.ADDRESS, Kind.NAME) and len(stripped) >= 5 and stripped.isdigit():
        return False  # SAP's "Premise  4000358269    HAFOD WEN, …": the object's number, the address after it
    if kind is Kind.NAME and _CODE_VALUE.match(stripped):
        return False  # a statement's placeholder and what follows it ("surname = ? {'sql': …}"), no one's name
    if kind is Kind.NAME:
        return plausible_person(label, stripped)  # "Name:" is often a file, a step or a team
    if kind in (Kind.MSN, Kind.DEVICE) and not _id_like(stripped) or not fits_its_kind(kind, stripped):
        return False  # "Meter ID: ESME", "Serial: pending", "m_asset: 12"
    if kind is Kind.MSN and len(stripped) >= 20 and _HEX_ONLY.fullmatch(stripped):
        return False  # a certificate's "Serial Number:" over forty hex digits, a hash: no meter's
    if kind is Kind.DEVICE and not any(c.isdigit() for c in stripped) and not re.fullmatch(
            r"[0-9A-Fa-f:\- ]{12,}", stripped):
        return False  # a device id is hex: "Device ID<TAB>Result" is a header row
    return True


def label_starts(text: str) -> list[int]:
    """Every position where ``_LINE_LABEL`` or ``_LABEL_LINE`` could match, in order."""
    starts = [0] if _LETTER_FIRST.match(text) else []
    view = text.encode("ascii", errors="replace").translate(_START_CLASSES)
    after = [m.end() for pattern in _AFTER_STARTERS for m in pattern.finditer(view)]
    after.sort()
    starts.extend(after)
    return starts


_LONG_DIGITS = re.compile(r"\d{5,}")
# a short note in brackets after a person's name: "(mobile)", "(landlord)", "(PSR)"
# (words in small letters or a short abbreviation: "(Bob)", "(née Okafor)" are the person's names, not a note)
_NOTE_AFTER = re.compile(r"[ \t]+\((?:[a-z][a-z .'/\-]{0,28}|[A-Z]{2,4})\)[ \t]*$")


def without_note(value: str) -> str:
    """A name's value without a note in brackets after it: "Ivy Field (mobile)" is "Ivy Field"."""
    note = _NOTE_AFTER.search(value)
    return value[:note.start()] if note is not None and note.start() else value
# a program's variable: an object's field ("sp.MPRN__c", "acct.Name") or a Salesforce custom field ("MPRN__c")
_VARIABLE = re.compile(r"[A-Za-z_]\w*(?:\.\w+)+|\w+__[cr]")
_RULE_UNDER = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}")  # a Markdown table's rule under its header: "|---|:---|"


def find_line_labels(text: str, starts: list[int] | None = None) -> Iterator[Finding]:
    """``starts``: :func:`label_starts` of the text, if the caller has them."""
    for match in matches_at(_LINE_LABEL, text, label_starts(text) if starts is None else starts):
        label = match.group("label").strip()
        kind = label_kind(label)
        if kind is None or _LONG_DIGITS.search(label):
            continue  # ("Account number 47619098        Bill date …": a label with its value, then the next field)
        if "\t" in match.group("sep") and not any(c in match.group("sep") for c in ":=-;") and _mid_row(text, match):
            # "…\tCHF\tG4 diaphragm meter\tBlocked": a cell of a delimited row that reads as a label (a device
            # type, a "premises" header) is not one: only a row's first cell labels the cell after it
            continue
        rest_start, rest_end = match.span("rest")
        if not text[rest_start:rest_end].strip():
            continue  # the value is on the next line: see find_next_line_values
        if "|" in match.group("sep"):
            cells = text[rest_start:rest_end].rstrip().rstrip("|").split("|")
            row_before = text[text.rfind("\n", 0, match.start()) + 1:match.start()].strip()
            # (a row's last two cells a program's variable and its value are a pair wherever the row starts: Apex's
            # "…|VARIABLE_ASSIGNMENT|[62]|sp.MPRN__c|"8080568631"")
            if len(cells) > 1 or _heads_a_column(cells[0]) \
                    or row_before not in ("", "|") and not _VARIABLE.fullmatch(label) \
                    or (_RULE_UNDER.match(text, text.find("\n", rest_end) + 1 or len(text))
                        and (classify(cells[0].strip()) is not None or name_partner(cells[0].strip()) is not None)):
                continue  # a table of more columns (its header, or a data row), or a header over its rule: read by
                # its header (tables)
            rest_end = rest_start + len(cells[0])
        if "\t" in match.group("sep") and _heads_a_column(text[rest_start:rest_end].split("\t", 1)[0]):
            continue  # "Acct<TAB>Name<TAB>Premises…": a table's header row, each cell a column's name
        for start, end in _value(kind, text, rest_start, rest_end):
            value = text[start:end].rstrip(" .,")
            if kind is Kind.NAME:
                value = without_note(value)  # "Owner: Grace Bell (tenant)": the note is no part of the name
            words = value.split(maxsplit=1)
            if len(words) == 2 and label_kind(words[0].rstrip(":=")) is not None:
                continue  # "Account  MPAN 1041065959533": a heading, then another label with its own value
            if _worth(kind, label, value):
                yield Finding(start, start + len(value), kind, "label")


# A segment of fields laid out with two spaces between them, each a key in capitals, one space and its
# value, as SAP IDoc and other fixed-layout dumps print them: "E1BPART   NAME_FIRST Yusuf  NAME_LAST Gallacher".
_SPACED_FIELD = re.compile(r"(?:^|(?<=  ))(?P<key>[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*) (?P<value>[^ \t\n](?:[^\t\n ]| (?! ))*)",
                           re.MULTILINE)


def find_spaced_fields(text: str) -> Iterator[Finding]:
    """The values of the fields of ``_SPACED_FIELD`` whose keys name an identifier (in a text of a
    person's size: a pasted dump, not a machine's log of megabytes, where nearly every line would be
    tried)."""
    if len(text) >= PERSON_SIZED or "  " not in text:
        return
    for match in _SPACED_FIELD.finditer(text):
        key = match.group("key")
        if len(key) < 3:
            continue
        kind = classify(key)
        if kind is None:
            continue
        # the value read as its kind's shape, not to the next double blank: an indented line "   MPAN
        # 1066254851861; debt £9,081.82; applicant ref INV-…" is a label and its number, then prose
        for start, end in _value(kind, text, *match.span("value")):
            value = text[start:end].rstrip(" .,;")
            if value and _worth(kind, key, value):
                yield Finding(start, start + len(value), kind, "label")


# the generic words a table's columns are named by, which name no kind of identifier themselves
_COLUMN_WORDS = frozenset("""name names id ref reference type kind status stage state date time notes note comment
comments value description desc code category created updated owner source result outcome role title position job
team organisation organization company department responsibility""".split())


def a_header_row(line: str) -> bool:
    """A row of column names apart by tabs ("Name<TAB>Role<TAB>Email Address"): two cells or more, each a few
    words, and at least two of them (half or more) a field's name or a word tables name columns by; not a label
    and its value ("Client<TAB>Leofric van der Merwe")."""
    cells = [cell.strip() for cell in line.split("\t")]
    if len(cells) < 2 or not all(_COLUMN_CELL.fullmatch(cell) and len(cell.split()) <= 5 for cell in cells):
        return False
    heads = sum(1 for cell in cells if _heads_a_column(cell))
    return heads >= 2 and 2 * heads >= len(cells) and any(classify(cell) for cell in cells)


_COLUMN_CELL = re.compile(r"[A-Za-z][A-Za-z0-9 _.()/#'\-]{0,40}")


def _heads_a_column(cell: str) -> bool:
    """Is ``cell`` a column's name rather than a value: a field name, or a word tables name columns by?"""
    cell = cell.strip().strip("\"'")
    return bool(cell) and (cell.lower() in _COLUMN_WORDS or classify(cell) is not None)


def _mid_row(text: str, match: re.Match[str]) -> bool:
    """Is the label of ``match`` a cell inside a delimited row: another cell before it on its line, and
    another after the cell it would label? ("…\tCHF\tG4 diaphragm meter\tBlocked\t…": a data row. A
    key and value at the end of a row, "row 3\tCustomer name\tJane Smithers", is still read as one.)"""
    label = match.start("label")
    line_start = text.rfind("\n", 0, label) + 1
    if not text[line_start:label].strip():
        return False
    value_start = match.end("sep")
    line_end = text.find("\n", value_start)
    line_end = len(text) if line_end < 0 else line_end
    return "\t" in text[value_start:line_end]


# three words or more of a column's name apart by a delimiter and no blank ("AccountNo,SupplyAddress,MPRN,GasMeter")
_A_HEADER_ROW = re.compile(r"[\"']?[A-Za-z][\w#/.\-]*[\"']?(?:([,;|\t])[\"']?[A-Za-z][\w#/.\-]*[\"']?)(?:\1[\"']?[A-Za-z][\w#/.\-]*[\"']?)+")


def _names_columns(line: str) -> bool:
    """Do two of a delimited line's cells or more (half or more) name columns? ("AccountNo,MPRN,GasMeter" do;
    a name's "SMITH,JOHN,MR" or an address's "Rose-Cottage,Nettlebed,Settle" do not)."""
    cells = [cell for cell in re.split(r"[,;|\t]", line) if cell.strip()]
    heads = sum(1 for cell in cells if _heads_a_column(cell))
    return heads >= 2 and 2 * heads >= len(cells)


# the kinds whose value holds a digit: a line of words under their label is another label, not the value
_DIGIT_KINDS = frozenset({Kind.MPAN, Kind.MPRN, Kind.MSN, Kind.DEVICE, Kind.ACCOUNT, Kind.PHONE})
# a line of a few words and no digit: a label stacked under another, as a bill's boxes read as text give them
# ("Account number" / "Bill date" / "2206143639" / "2026-09-17")
_WORDS_LINE = re.compile(r"[ \t]*[A-Za-z][A-Za-z'’/&()\-]*(?:[ \t]+[A-Za-z'’/&()\-]+){0,4}[ \t]*:?[ \t]*")


def _no_mpan(value: str) -> bool:
    """Thirteen digits that no distributor's id opens (a barcode's "5065332748698"): not even a mistyped MPAN."""
    digits = "".join(c for c in value if c.isdigit())
    return len(digits) == 13 and int(digits[:2]) not in DISTRIBUTOR_IDS


def _line_at(text: str, pos: int) -> tuple[int, int]:
    end = text.find("\n", pos)
    return pos, len(text) if end < 0 else end


def _stacked_value(text: str, label: re.Match[str], pos: int) -> tuple[int, int] | None:
    """Where a label's value is when the label is one of a stack whose values follow in the same order (pdftotext
    of a bill's boxes: "Account number" / "Bill date" / "2206143639" / "2026-09-17"): the value line as far into
    the values as the label is into the labels (the labels above it that the lists know count). None when the
    next line is no other label (the usual case: the value is there)."""
    after = 0
    at = pos
    while after < 5 and at < len(text):
        start, end = _line_at(text, at)
        if not _WORDS_LINE.fullmatch(text, start, end):
            break
        after += 1
        at = end + 1
    if after == 0:
        return None
    before = 0  # the labels the lists know stacked above this one (a page's title above is none)
    top = label.start()
    while before < after and top > 0:
        start = text.rfind("\n", 0, top - 1) + 1
        above = text[start:top - 1]
        if not _WORDS_LINE.fullmatch(above) or label_kind(above.strip(" \t:")) is None:
            break
        before += 1
        top = start
    for _ in range(before):
        start, end = _line_at(text, at)
        at = end + 1
    if at >= len(text):
        return None
    start, end = _line_at(text, at)
    return (start, end) if any(c.isdigit() for c in text[start:end]) else None


def find_next_line_values(text: str, starts: list[int] | None = None) -> Iterator[Finding]:
    """"MPAN Core" / "Supply Address:" alone on a line, the value on the line(s) below. ``starts``:
    :func:`label_starts` of the text, if the caller has them."""
    line_starts = (at for at in (label_starts(text) if starts is None else starts) if at == 0 or text[at - 1] == "\n")
    for match in matches_at(_LABEL_LINE, text, line_starts):
        kind = label_kind(match.group("label"))
        if kind is None or "..." in match.group("label"):
            continue  # ("Property ......... 28 Glebelands Close": a dotted leader's label and value, read as such)
        # "MPAN 23 3829 4903 891" over "5065332748698": a label with its value, then another number (a barcode's): the
        # next line's thirteen digits are still an MPAN's, a mistyped one too, unless no distributor's id opens them
        carried = kind is Kind.MPAN and sum(c.isdigit() for c in match.group("label")) >= 6
        pos = match.end() + 1
        if kind in _DIGIT_KINDS:
            stacked = _stacked_value(text, match, pos)
            if stacked is not None:
                for start, stop in _value(kind, text, *stacked):
                    value = text[start:stop].rstrip(" .,")
                    if any(c.isdigit() for c in value) and _worth(kind, match.group("label"), value):
                        yield Finding(start, start + len(value), kind, "label")
                continue
        lines = 0
        while pos < len(text) and lines < (6 if kind is Kind.ADDRESS else 1):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end]
            if not line.strip():
                if lines == 0:
                    pos = end + 1
                    continue  # a blank line between a label and its value
                break
            if re.match(r"^\s*(?:- )?[A-Za-z][\w .\-]{0,30}(?::|[ \t]*\.{3,})(?:\s|$)", line) or (
                    lines > 0 and (next_label := _LINE_LABEL.match(line)) is not None
                    and label_kind(next_label.group("label") or "")):
                break  # a nested "key: value" (YAML, an indented block), or the next field
            if _A_HEADER_ROW.fullmatch(line.strip()) and _names_columns(line.strip()):
                break  # a table's header under a title ("Customer export" over "AccountNo,SupplyAddress,MPRN,…")
            lead = len(line) - len(line.lstrip())
            if line.lstrip().startswith(("- ", "* ", "• ")):
                lead += 2  # a bullet is not part of the value
            for start, stop in _value(kind, text, pos + lead, end):
                value = text[start:stop].rstrip(" .,")
                if carried and _no_mpan(value):
                    continue
                if kind is Kind.MSN and text[stop:stop + 1].isalnum():
                    continue  # a token longer than any serial, cut where the reading stopped
                if _worth(kind, match.group("label"), value):
                    yield Finding(start, start + len(value), kind, "label")
            lines += 1
            pos = end + 1


# a change log's line: a field's label, its old value, an arrow and its new value ("Forename: '' -> 'Paul'", "Meter
# serial: SM64110595 → SA54706685"); each value is what the label names, an empty old one too
# (a value in quotes, or words of letters: unquoted digits are read by their shapes, and a line's end may have been
# read through where digits run on to the next line's)
_CHANGED_VALUE = r"'[^'\n]*'|\"[^\"\n]*\"|[^\W\d_][^\W\d_'’\-]*(?: [^\W\d_][^\W\d_'’\-]*){0,2}"
_CHANGE = re.compile(rf"(?m)(?P<label>[A-Za-z][A-Za-z0-9 /()_\-]{{1,40}}?)[ \t]*:[ \t]*(?P<old>{_CHANGED_VALUE})"
                     rf"[ \t]*(?:->|→|=>|⇒)[ \t]*(?P<new>{_CHANGED_VALUE})[ \t]*(?=\r?$|[ \t]{{2}}|[,;])")


_ARROWS = re.compile(r"->|→|=>|⇒")
# ...and as an issue tracker's history writes a change (Redmine's, Jira's, Mantis's): "Account changed from A52545179 to
# CA-17251773", "MPRN set to 3636617902", "Postcode changed from tr1 5np to TR18 2HU"
_CHANGED_FROM = re.compile(rf"(?m)^[ \t*\-•]*(?P<label>[A-Za-z][A-Za-z0-9 /()_\-]{{1,40}}?)[ \t]+(?i:changed|updated|set|modified)"
                           r"(?:[ \t]+(?i:from)[ \t]+(?P<old>'[^'\n]*'|\"[^\"\n]*\"|\S+(?:[ \t]+\S+){0,3}?))?[ \t]+(?i:to)[ \t]+"
                           r"(?P<new>'[^'\n]*'|\"[^\"\n]*\"|\S+(?:[ \t]+\S+){0,3}?)[ \t]*\.?[ \t]*(?=\r?$)")


def _change_lines(text: str) -> Iterator[re.Match[str]]:
    """``_CHANGE``'s matches on the lines that hold an arrow only (a long text has few: the pattern tried at every
    position of the rest cost most of a prose document's reading)."""
    end = -1
    for arrow in _ARROWS.finditer(text):
        if arrow.start() < end:
            continue
        start = text.rfind("\n", 0, arrow.start()) + 1
        end = text.find("\n", arrow.end())
        end = len(text) if end < 0 else end
        yield from _CHANGE.finditer(text, start, end)


def find_changed_values(text: str) -> Iterator[Finding]:
    """Both values of a change log's line (see ``_CHANGE``, ``_CHANGED_FROM``), each judged as a label's value is."""
    arrows = "->" in text or "→" in text or "=>" in text or "⇒" in text
    worded = " to " in text and (" changed " in text or " set " in text or " updated " in text or " modified " in text)
    if not arrows and not worded:
        return
    from .names import any_listed_surname, is_listed_forename  # (names reads this module's words)

    changes = itertools.chain(_change_lines(text) if arrows else (), _CHANGED_FROM.finditer(text) if worded else ())
    for match in changes:
        label = match.group("label").strip()
        kind = label_kind(label.split("  ")[-1])
        if kind is None:
            continue
        for group in ("old", "new"):
            if match.group(group) is None:
                continue
            start, end = match.span(group)
            value = match.group(group)
            if value[:1] in "'\"":
                start, end, value = start + 1, end - 1, value[1:-1]
            if kind is Kind.NAME and not any(is_listed_forename(w) or any_listed_surname(w) for w in value.split()):
                continue  # (a status or a step after a name's label: "Name: Build -> Deploy", "Customer: Pending -> …")
            if value.strip() and _worth(kind, label, value):
                yield Finding(start, end, kind, "label")
