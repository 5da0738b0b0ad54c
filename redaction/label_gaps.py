r"""A gas supply's number after its label with nothing but punctuation or markup between them.

Other tools put their own syntax between a label and its value, and a reader takes the number for the
label's whatever that syntax is:

    ${MPRN}             4536953687                         Robot Framework's variable table
    'mprn' => '8968514679',                                Perl's Data::Dumper, PHP's and Ruby's hashes
    <key>mprn</key><string>5062256190</string>             a plist's dictionary
    Gas MPRN & 6977995552 \\ \hline                        a LaTeX table
    - MPRN :: 3816471737                                   Org-mode's and AsciiDoc's description lists
    GAS|5548390975|E6S12345671961|54779.3                  a handheld's record, its fuel first
    GET /api/gas/supply/50492945/reads                     a REST path, the resource before its id

An MPRN has no shape of its own (6 to 10 digits), so it is found only by what names it. Here that is
an MPRN label word (or a resource segment naming a gas supply or meter point), then up to 40
characters holding no letter or digit (markup tags count as none), then 6 to 10 digits standing alone:
not part of a longer number, a decimal or a date. ``gas`` alone names the number only as a record's
field before it (one delimiter between), where it is the fuel the record is about.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .bare_numbers import COMPACT_DATE
from .findings import Finding, Kind
from .textview import TextView, matches_at

_LABEL = (r"mprns?|m\.p\.r\.n\.?|gas[ _\-/]?supply(?:[ _\-]?(?:points?|numbers?|no|num|refs?|ids?))?"
          r"|(?:gas[ _\-]?)?(?:supply|meter)[_\-]?points?")
# a tag (as a whole: its name is markup, not a word between) or one character that is no letter or digit
_GAP = r"(?:<[^<>\n]{1,40}>|[^\w\n]|_){1,40}?"
# (whole, or in groups apart by one separator or a run of blanks, as a form or a note spaces it: "5730.1876.99",
# "7382/5294", "1644     8147     73", "1,974,493,798", keyed one by one "5 7 8 5 2 0 0 5"; six to ten digits in
# all)
_GROUP_GAP = r"(?:[ \t\u00a0\u2009\u202f]+|[ ]?[.,/:+\-][ ]?)"
_VALUE = rf"(?P<value>\d{{1,10}}(?:{_GROUP_GAP}\d{{1,10}}){{0,9}})(?!\d|[.,]\d|[A-Za-z])"
_A_DECIMAL = re.compile(r"\d+[.,]\d+")  # one point or comma alone is a decimal's ("1234567.5"); groups have two
_DATE_OR_TIME = re.compile(r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}|\d{1,2}:\d{2}(?::\d{2})?")
_AFTER_LABEL = re.compile(rf"(?i)(?<![A-Za-z0-9])(?:{_LABEL})(?![A-Za-z0-9]){_GAP}{_VALUE}")
_AFTER_FUEL = re.compile(rf"(?i)(?<![A-Za-z0-9])gas[|;,\t]{_VALUE}(?=[|;,\t\r\n]|$)")
# the words (in lower case) one of which every match starts with: the patterns are tried only there
WORDS = ("mprn", "m.p.r.n", "gas", "supply", "meter")


def find_numbers_after_labels(text: str, view: TextView) -> Iterator[Finding]:
    """MPRNs after their label with only punctuation or markup between (see the module's docstring)."""
    starts = sorted({at for word in WORDS for at in view.word_hits(word)})
    if not starts:
        return
    for pattern in (_AFTER_LABEL, _AFTER_FUEL):
        for match in matches_at(pattern, text, starts):
            start, end = match.span("value")
            if end - start == 8 and COMPACT_DATE.fullmatch(text, start, end):
                continue  # "MPRN | 20261101 |": a date in the next column
            value = match.group("value")
            digits = sum(c.isdigit() for c in value)
            if not 6 <= digits <= 10 or _DATE_OR_TIME.fullmatch(text, start, end) or _A_DECIMAL.fullmatch(value):
                continue  # too few or too many digits for one; a date or a time in the next column; a decimal
            yield Finding(start, end, Kind.MPRN, "label")
