"""A meter's serial after the words that name it, in whatever shape it is written.

Serial formats differ by maker and by age (``S06DS123456``, ``G4K5235971B24``, ``M484A85712D``,
``99M444664``), and people write them as they read them off the meter: spaced (``92M 233 853``),
hyphenated (``K119-8724-9``), in small letters (``m374b40382k``), after a note in brackets
(``Gas meter serial (from photo): g4k9047205d17``) or a few words (``meter on site is A74615164``), or in a web path (``/api/meters/K28282920/readings``). No list
of shapes holds them all, but the words before one say what it is: ``meter``, ``s/n``, ``serial``,
``MSN``, and on a line about a meter ``replaced with`` / ``swapped for``. What follows such words, on
the same line, with no other number in between, is masked when it has a serial's make-up: letters and
digits mixed (five digits or more, a few letters), or seven digits or more alone; seven to sixteen
characters in up to six groups, each group after the first holding a digit (so ``linked`` ends
``92M 233 853 linked``). Not a reading (``meter read 81185.4``, any "read" word between), a date or a
time, or a piece of a longer token (a UUID).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from .bare_numbers import COMPACT_DATE
from .findings import Finding, Kind
from .textview import TextView

# the words, found by TextView.find_words before any pattern runs (a log mentions meters on many lines)
WORDS = ("meter", "mtr", "esme", "gsme", "s/n", "serial", "msn", "ser", "sn", "replaced", "swapped", "exchanged", "gas", "elec")
# (a smart meter named by its device's kind, "esme AF01031750", "GSME G4K0 0123 4567": the meter's serial after it)
_LABEL = re.compile(r"(?i)meters?/(?=[A-Za-z0-9])|(?:(?:meter|mtr|esme|gsme)(?:[ \t]*(?:serial|ser\.?|s/?n|no\.?|number|num|id))?|"
                    r"s/n|serial(?:[ \t]*(?:no\.?|number|num))?|msn|(?:replaced|swapped|exchanged)[ \t]+(?:with|for|by)|"
                    # a printed report's short column labels: "SER S18A 3558 701", "SN: K95G816753"
                    r"(?-i:SER|Ser|ser|SN)(?:[ \t]*(?:no\.?|number|num|#))?(?![A-Za-z0-9]))"
                    r"(?![A-Za-z])")
_CHANGE = re.compile(r"(?i)replaced|swapped|exchanged")
_NAMES_A_SERIAL = re.compile(r"(?i)s/?n|ser|msn")
# the fuel named as the meter is, in chat and notes: "gas one is 32G743111B", "elec: 21L4455667", "gas - SMG1068"
# (the value right after, with letters and digits: "gas: 3400" is a reading, "gas one is fine" no serial)
_FUEL = re.compile(r"(?i)(?:gas|elec(?:tric(?:ity)?)?)(?:[ \t]+(?:one|side)|[_\-]?\d{1,2})?"
                   r"(?:[ \t]*[:=\-][ \t]*|[ \t]+(?:is|was|now)[ \t]+"
                   # or just a space before a maker's letters and the digits ("- gas GPM 0264749", "elec E6S 1004")
                   # (not a label's word there: "Gas MPRN 3426580703" names the supply's number, no maker's serial)
                   r"|[ \t]+(?!(?-i:MPRN|MPAN|MSN|REF|ACC|ACCT|NO|TEL|PC)\b)(?=(?-i:[A-Z]{1,4}\d?[A-Z]?)[ \t\-]?\d{5,}))"
                   r"(?=[A-Za-z0-9\"'])")
# ...and a gas supply's own number there: nine or ten digits whole are its MPRN ("gas_1 = 6954066510"),
# where fewer are a reading ("gas: 3400")
_GAS_MPRN = re.compile(r"[\"']?(\d{9,10})(?!\d)[\"']?(?![.,:/\-]?\w)")
_BARCODE_BEFORE = re.compile(r"(?i)\b(?:barcode|bar code|ean(?:-?13)?|gtin|sku|product code|part (?:no|number))\b[^\n]*$")
_ABOUT_A_METER = re.compile(r"(?i)meter|mtr|s/n|serial|msn")
_GROUP = re.compile(r"[A-Za-z0-9]+")
# between the label and its value: another number, a reading's word or unit, markup or a list's separator
# (or a string's end and the next key: "meter-api", "ref": "PO-4503761" names a service, then a field of its own)
_NOT_BEFORE_A_SERIAL = re.compile(r"(?i)[\d.;|\t<£$]|read|kwh|register|\bm3\b|[\"'][ \t]*[,}\]]")
# between a label and its value, what no reader takes for a number's part: markup (a table's label cell, then its
# value's: "Meter serial</p></td><td><p>"), a leader of dots to a colon ("Elec meter . . . . :", "SR-SERIAL ......"),
# the tab or the bar that parts a label's cell from its value's ("|Gas meter|{{E6E2 - 3884 - 6972 - 3}}|")
_LEADERS = re.compile(r"^[ \t]*\|[ \t]*(?:\{\{)?|<[^<>\n]{1,40}>|<[^<>\n]{0,40}$|[ \t]*(?:\.[ \t]*){2,}:?|^\t|\t$")
_SEPARATORS = (" ", "-", ".", "_", "\u00a0")  # between a serial's groups, one at a time (a file's or a chat's "SM8_5055_504" too)
# ...or a wider one, the same between all its groups (three or more): a comma, a colon, a plus or a slash
# ("E7S4,4497,1366,42", "K84C:1223:90", "K6|5C6|601|1X"), a tab, thin spaces, a run of blanks, a spaced hyphen
# ("A97F - 1001 - 84")
_WIDE_GAP = re.compile(r"[,:+/|]|[ \t\u00a0\u2009\u202f]{2,8}|[\t\u2009\u202f]| - ")
_REACH = 48  # characters after the label where its value may start
_NEXT_TOKEN = re.compile(r"[ \t]*[:=#\-]?[ \t]*")
# a word just before the value that names it as something else's: a job's, a ticket's, a build's
_NAMED_OTHERWISE = re.compile(r"(?i)\b(?:job|ticket|case|order|task|incident|request|change|batch|build|"
                              r"version|release|work[ \t]?order|wo)\b[ \t:#.\-]*$")


# a word before "serial" that says whose serial it is, when it is no meter's: a Terraform state's, a certificate's, a
# build's, a disk's ("state serial 1765330884", "certificate serial 4C1A…")
_OTHER_SERIAL = re.compile(r"(?i)\b(?:state|cert(?:ificate)?|build|console|port|sequence|session|token|licen[cs]e|volume|disk|"
                           r"drive|chassis|board|bios|laptop|phone|handset|tablet|dongle)[ \t]+$")


# a word joined after the label that makes it a tool's or a file's name ("meter-sim", "meter_reader.py"), not one that
# makes it a field's ("meter-id", "serial_label", "meter-serial-no")
_JOINED_ON = re.compile(r"[\-_.](?!(?:id|no|num|number|nr|serial|sn|ser|label|ref|reference|code|value|val|msn|point|"
                        r"details|info|data|asset|tag|type)(?![a-z]))[a-z]")
# a tracker's key, a project's letters (and digits) and the number: "HO45-4834", "MHHS-1203"
_TICKET_KEY = re.compile(r"[A-Z]{2}[A-Z0-9]{0,8}-\d{1,5}")  # (in brackets; a serial's number has six digits or more)
# a work order's, a job's or a ticket's own prefix and its hyphen: no maker's serial opens so
_A_TICKETS = re.compile(r"(?i)(?:wo|job|inc|req|chg|ritm|tc|sr|case|task)-\d")


def find_meter_values(text: str, view: TextView | None = None) -> Iterator[Finding]:
    view = view or TextView(text)
    view.find_words(WORDS)
    lowered = view.lowered
    starts = sorted({at for word in WORDS for at in view.word_hits(word)})
    done = -1
    for at in starts:
        if at < done or (at > 0 and lowered[at - 1].isalnum()):
            continue  # inside a word ("parameter", "diameter") or a label read already
        label = _LABEL.match(text, at)
        if label is None:
            fuel = _FUEL.match(text, at)
            if fuel is not None and lowered.startswith("gas", at):
                number = _GAS_MPRN.match(text, fuel.end())
                if number is not None:
                    done = number.end(1)
                    yield Finding(number.start(1), number.end(1), Kind.MPRN, "meter-label")
                    continue
            if fuel is not None:
                span = _value_after(text, fuel.end(), fuel.end() + 1, _line_end(text, fuel.end()))
                if span is not None and not text[span[0]:span[1]].isdigit():
                    done = span[1]
                    yield Finding(span[0], span[1], Kind.MSN, "meter-label")
            continue
        line_end = _line_end(text, label.end())
        if _JOINED_ON.match(text, label.end()):
            continue  # "meter-sim --fw 2.1.35.9825", "meter_reader.py": a tool's or a file's name, no label
        if _OTHER_SERIAL.search(text, max(0, at - 24), at):
            continue  # "(state serial 1765330884, lineage …)": Terraform's state's serial, no meter's
        if _BARCODE_BEFORE.search(text, max(0, at - 40), at):
            continue  # "Barcode on the meter box 5094152194682": a product's number, no meter's serial
        if _CHANGE.match(text, at):
            line_start = text.rfind("\n", 0, at) + 1
            if not _ABOUT_A_METER.search(text, line_start, line_end):
                continue  # "replaced with" on a line about something else
        # (after "s/n", "serial" or "MSN" a value is the serial whatever it resembles: "s/n KB53616" is no ticket)
        # (and after a field's label and its colon: "Gas meter: KB53616" is the meter's, whatever else it resembles)
        named = bool(_NAMES_A_SERIAL.search(label.group())) or text.startswith(":", label.end()) \
            or text.startswith(" :", label.end()) or text.startswith("=", label.end())
        found = _value_after(text, label.end(), min(line_end, label.end() + _REACH), line_end, named)
        if found is not None and _TICKET_KEY.fullmatch(text, *found) and text[found[0] - 1:found[0]] in ("(", "[") \
                and (not named or re.search(r"[A-Za-z]{2}", text[label.end():found[0]])):
            continue  # "Fix MSN validation for lowercase serials (HO45-4834)": the change's ticket, a few words on
        if found is not None and _A_TICKETS.match(text, found[0]):
            continue  # "Meter exchange query WO-2026-701662": a work order's or a ticket's reference, its prefix says so
        if found is not None and lowered.startswith(("esme", "gsme"), at) \
                and not _NEXT_TOKEN.fullmatch(text, label.end(), found[0]):
            continue  # a device's kind names the serial right after it only ("Device Type ESME" over "Device Model …")
        if found is not None:
            done = found[1]
            yield Finding(found[0], found[1], Kind.MSN, "meter-label")


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _value_after(text: str, start: int, reach: int, line_end: int, named: bool = False) -> tuple[int, int] | None:
    """The span of the first serial-shaped value starting between ``start`` and ``reach``."""
    groups: list[tuple[int, int]] = []
    matches = _GROUP.finditer(text, start, line_end)
    for i in itertools.count():
        # the groups a serial from group i may join (six), read as they are needed: a log line runs on
        while len(groups) < i + 6:
            match = next(matches, None)
            if match is None:
                break
            groups.append(match.span())
        if i >= len(groups):
            return None
        first = groups[i][0]
        if first >= reach or _NOT_BEFORE_A_SERIAL.search(_LEADERS.sub(" ", text[start:first])):
            return None  # another number, a reading, markup, or the end of what the label names
        if _NAMED_OTHERWISE.search(text, start, first):
            return None  # "Meter Exchange Scheduler — Job MX-76172": a word between names the value a job's
        span = _serial_from(text, groups, i, named)
        if span is not None:
            return span
    return None


def _serial_from(text: str, groups: list[tuple[int, int]], i: int, named: bool = False) -> tuple[int, int] | None:
    """The longest run of groups from ``i`` joined by single separators that has a serial's make-up."""
    first = text[groups[i][0]:groups[i][1]]
    if not any(c.isdigit() for c in first) and (len(first) > 2 or first in _SMALL_WORDS) \
            and not (first.isupper() and len(first) <= 4 and i + 1 < len(groups)
                     and text[groups[i + 1][0]:groups[i + 1][1]].isdigit()):
        # a word, not a serial's first group ("M" or "S0" may start one; "on" 2024-09-11 does not); a maker's
        # capitals before the digits ("GPM 0264749") do
        return None
    best = None
    wide = ""  # the wider separator the groups are apart by, if any: the same between every two
    for j in range(i, min(len(groups), i + 6)):
        if j > i:
            gap = text[groups[j - 1][1]:groups[j][0]]
            piece = text[groups[j][0]:groups[j][1]]
            if gap not in _SEPARATORS:
                if not _WIDE_GAP.fullmatch(gap) or (wide and gap != wide) or (not wide and j > i + 1):
                    break
                if j == i + 1 and serial_shaped(first):
                    break  # a whole serial, then the next field apart by a tab or blanks: not its group
                wide = gap
            elif wide:
                break
            if not any(c.isdigit() for c in piece) or (
                    len(piece) > 6 and not (j == i + 1 and first.isalpha() and first.isupper() and len(first) <= 4)):
                break  # (a maker's capitals may stand apart from the whole of the digits: "GPM 0264749")
            if gap != "." and piece.isdigit() and j + 1 < len(groups) \
                    and text[groups[j][1]:groups[j + 1][0]] == "." and len(text[groups[j + 1][0]:groups[j + 1][1]]) <= 2 \
                    and text[groups[j + 1][0]:groups[j + 1][1]].isdigit() and serial_shaped(text[groups[i][0]:groups[j - 1][1]]):
                break  # a whole serial, then a reading with its decimal ("K05W55525" over "74871.5", a bill's column)
        value = text[groups[i][0]:groups[j][1]]
        if serial_shaped(value, tickets=not named) and not (wide and j == i + 1):
            best = (groups[i][0], groups[j][1])  # (two groups or more, by a wider separator: one is a field beside)
    if best is None:
        return None
    after = text[best[1]:best[1] + 2]
    if after[:1].isalnum() or (len(after) == 2 and after[0] in "-.:" and after[1].isalnum()):
        return None  # part of a longer token: a UUID, a date, a time, a decimal (a path's "/" ends it)
    if _REFERENCE_BEFORE.search(text, max(0, best[0] - 40), best[0]):
        return None  # the end of a reference's parts: "meter exchange - TC-MHHS-IF021-080" is a test case's
    if ("-" in text[best[0]:best[1]] or "_" in text[best[0]:best[1]]) \
            and _PART_BEFORE.search(text, max(0, best[0] - 40), best[0]):
        return None  # hyphened itself after a hyphened part: "meter-point SIT-E2E-5799", a reference of three parts
    return best


# a reference's first parts just before: letters and digits in two parts or more, each ended by a hyphen
# (or underscores, as a file's or a test's name joins them: "TC_FM_1234567")
_REFERENCE_BEFORE = re.compile(r"(?<![\w\-])[A-Za-z][A-Za-z0-9]*(?P<sep>[-_])(?:[A-Za-z0-9]+(?P=sep))+$")
_PART_BEFORE = re.compile(r"(?<![\w\-])[A-Za-z][A-Za-z0-9]*[-_]$")
# a sentence's small words, which a serial's first letters never are: "fit your new smart meter on 2024-09-11"
_SMALL_WORDS = frozenset("on at in is to of by as an or if it so we be do go me my up".split())


# a service desk's ticket (ServiceNow's incident, request item, change...): "Meter exchange RITM4794304" names
# the work, not the meter
# (and a case, a defect, a bug, an invoice, an order, a work order, a job: "Smart meter not communicating CASE5629217")
# (its number glued on or after a hyphen: "Meter exchange JOB-79964")
_TICKET = re.compile(r"(?:INC|RITM|REQ|CHG|PRB|SCTASK|CTASK|TASK|KB|PRJ|STRY|DFCT|CASE|DEF|DEFECT|BUG|INV|ORD|WO|JOB|TKT)-?\d{5,8}")


def serial_shaped(value: str, tickets: bool = True) -> bool:
    """A meter serial's make-up: 7 to 16 letters and digits, five digits or more and at most five letters, or
    seven digits or more alone (unbroken, and not a date); groups joined by single separators. A ticket's
    number is none."""
    if tickets and _TICKET.fullmatch(value):
        return False
    # the value is groups of ASCII letters and digits joined by single separators (see _serial_from)
    size = sum(map(str.isalnum, value))
    digits = sum(map(value.count, "0123456789"))
    letters = size - digits
    if not 7 <= size <= 16:
        return False
    if letters == 0:  # a number alone, unbroken (spaced digits are a phone's), and not a date ("20240720")
        return digits >= 7 and value.isdigit() and not (digits == 8 and COMPACT_DATE.fullmatch(value))
    return digits >= 5 and letters <= 5
