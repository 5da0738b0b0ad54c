"""A meter's serial in a shape the maker lists do not hold, beside a supply's other identifiers.

Gas meters carry serials in more shapes than any list of makers' codes holds (``SMG27911217``, ``UGM8 1834488``):
three letters and eight to ten digits, or the year made, the maker's letter and six or seven digits (``45M630019``).
Written alone, such a token could be anything's (an incident's
``INC0012345``, an invoice's ``INV20261107``); on a line that holds a supply's number or a meter's serial found
already, or that names a gas meter, it is the meter's, as the row of an RGMA job file (``MTR,30521098,
SMG27911217,U6,METRIC,…``) or a photo's name (``gas_ugm98508577.jpg``, read in capitals) has it. Not after a word
that says the token is something else, and not with a prefix that reference numbers use.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from .bare_numbers import COMPACT_DATE, says_other
from .findings import Finding, Kind

# three capitals, then eight to ten digits, one blank or hyphen allowed after the first one to four of them
# (or in small letters, as a tester types what the meter shows: "smg27911217"; or two letters and eight digits,
# "SB72571588", beside a meter's serial found on the line: our records' serial beside the one on site)
# (a check letter after the digits too: "SMG9871155A")
_TOKEN = re.compile(r"(?<![A-Za-z0-9\-.])(?P<letters>[A-Z]{2,4}|[a-z]{2,4})(?P<digits>\d{1,4}[ \-]?\d{3,9})"
                    r"(?P<check>(?<=\d)[A-Za-z])?(?![A-Za-z0-9]|[\-.]\d)")
# the prefixes of tickets, changes, orders and other references (ServiceNow's INC/CHG/PRB/REQ/RITM/TASK/SCTASK…),
# and of money
# ...or a gas meter's older serial, the year it was made, its maker's letter and six or seven digits ("45M630019")
_YEAR_MAKER = re.compile(r"(?<![A-Za-z0-9\-.])\d{2}[A-Za-z]\d{6,7}(?![A-Za-z0-9]|[\-.]\d)")
_REFERENCES = frozenset("""INC CHG PRB REQ RIT TAS SCT CTA PTK INV ORD JOB TKT REF MSG TXN CAS BLD REL VER PRJ DOC IMG
ERR LOG EVT RUN TST GBP EUR USD PUB DIP MPR MPA SHA CRC UTC NUM SEQ IDX ROW COL PID TID POS OFS CRN VAT UTR UAT SIT
PRD DEV STG ENV QAT NFT PBI SKU GBR EAN UPC ISO DEF BUG FIX RFC WRK STR EPI FEA SPR JIR SES HOS NOD USR WEB APP
SVR SRV VMS POD""".split())
# ...and of two letters (a case's, a request's, an order's, a test's)
_SHORT_REFERENCES = frozenset("""CS SR CR WO PO SO IN RQ TC DF BR PR JB ID NO TK CH PB RT IR SN UK GB EU VT TX RF OR IV CN
SC DC MP DP EV CL TS ST QA RC FX PI SI JO""".split())
_HEX = frozenset("abcdef")
# a gas supply's number or a meter's serial found on the line (not an MPAN's: a ticket's "DEF2567843" stands beside
# electricity supplies in every release note), or a word that names a gas meter
_SUPPLY = frozenset({Kind.MPRN, Kind.MSN})
_CUE = re.compile(r"(?i)(?<![a-z])(?:gas|mprn|msn)(?![a-z]|-ref)")  # (not "MPRN-REF-18", a reference)
_A_DATE = re.compile(rf"(?:{COMPACT_DATE.pattern})(?!\d)")  # "ABC20251201": a date after a code
# "our records: sb72571588", "as per system records -": what the records hold, not a record's number
_WHAT_RECORDS_HOLD = re.compile(r"(?i)\b(?:our|the|on|in|per|system|their|your)[ \t]+records?[ \t]*(?:show[s]?|say[s]?|have|hold)?"
                                r"[ \t]*[:=\-–]?[ \t]*$")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z_\-]*)[\"']?[ \t]*[:=#]?[ \t]*[\"'(\[]?[ \t]*$")


def _cue_lines(text: str) -> set[int]:
    """Where the lines that name a gas meter or a supply's number start: the cue's words found by plain search in the
    text case-folded (a pattern that ignores case is slow over megabytes), each checked by the pattern where it
    stands (where folding changes a text's length, "ß", "İ", the pattern reads all of it)."""
    lowered = text.casefold()
    if len(lowered) != len(text):
        return {text.rfind("\n", 0, m.start()) + 1 for m in _CUE.finditer(text)}
    lines: set[int] = set()
    for word in ("gas", "mprn", "msn"):
        at = lowered.find(word)
        while at >= 0:
            if _CUE.match(text, at):
                lines.add(text.rfind("\n", 0, at) + 1)
            at = lowered.find(word, at + len(word))
    return lines


def find_serials_beside(text: str, found: Sequence[Finding]) -> Iterator[Finding]:
    """Tokens of a serial's shape (see the module's docstring) on lines that hold a supply's identifier found
    already or name a meter; each as an MSN."""
    supply_lines = {text.rfind("\n", 0, f.start) + 1 for f in found if f.kind in _SUPPLY}
    serial_lines = {text.rfind("\n", 0, f.start) + 1 for f in found if f.kind is Kind.MSN}
    cue_lines = _cue_lines(text)
    if not supply_lines and not cue_lines:
        return
    # (the tokens of the lines that can hold one only: a text of megabytes has few, and the token's pattern, tried
    # at every word of it, costs a pass over all)
    candidates: list[re.Match[str]] = []
    for line_start in sorted(supply_lines | cue_lines):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        candidates.extend(_TOKEN.finditer(text, line_start, line_end))
        candidates.extend(_YEAR_MAKER.finditer(text, line_start, line_end))
    spans = sorted((f.start, f.end) for f in found)
    starts = [a for a, _b in spans]
    reach = [b for _a, b in spans]
    for i in range(1, len(reach)):
        reach[i] = max(reach[i], reach[i - 1])  # (the furthest any finding so far reaches)
    tokens = sorted(candidates, key=lambda m: m.start())
    for token in tokens:
        if token.re is _TOKEN:
            letters = token.group("letters")
            if letters.upper() in _REFERENCES or letters.upper() in _SHORT_REFERENCES \
                    or (len(letters) == 4 and letters.upper()[:3] in _REFERENCES):  # (RITM, TASK, CASE, DEFT…)
                continue
            if letters.islower() and _HEX.issuperset(letters):
                continue  # "ab12345678": a hash's start, not a serial in small letters
            digits = sum(c.isdigit() for c in token.group("digits"))
            if not 7 <= digits <= 10:
                continue
            if _A_DATE.match(token.group("digits")):
                continue  # "ABC20251201": a date after a code
        line_start = text.rfind("\n", 0, token.start()) + 1
        if token.re is _TOKEN and len(token.group("letters")) == 2:
            if line_start not in serial_lines:
                continue  # two letters and digits are anything's, unless beside a meter's serial found on the line
                # ("our records: sb72571588")
        elif token.re is _TOKEN and (len(token.group("letters")) == 4 or digits == 7):
            if line_start not in supply_lines or (token.group("letters").islower() and line_start not in serial_lines):
                continue  # four letters, or seven digits (a ticket's: ServiceNow's INC0012345, a defect's DEF0083160),
                # only beside a supply's number or a meter's serial found on the line ("shows meter G4L1900668 but field
                # says GMS4020056", "gas mprn 64405020 / SSWG7422737"); in small letters only beside a serial (a
                # host's or a session's otherwise: "web1234567", "sess1234567")
        elif line_start not in supply_lines and line_start not in cue_lines:
            continue
        i = bisect.bisect_right(starts, token.start()) - 1
        if i >= 0 and reach[i] >= token.end():
            continue  # inside a finding already
        word = _WORD_BEFORE.search(text, max(line_start, token.start() - 40), token.start())
        if word is not None and says_other(word.group(1)) \
                and not _WHAT_RECORDS_HOLD.search(text, max(line_start, token.start() - 40), token.start()):
            continue
        yield Finding(token.start(), token.end(), Kind.MSN, "beside")
