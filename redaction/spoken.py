"""Numbers read out: a call transcript's "the MPAN is two, 0, then three, 8 two zero nine eight 4 5 seven 3 9".

Speech-to-text writes a number read aloud partly as words and partly as digits, with the caller's
pauses as commas and a "then" or "and" between; "double one" is 11, "oh" is 0. A postcode or serial is
spelt out a character at a time ("S 2 1 2 H W"). Whoever reads the transcript hears one number, so the
detectors read a view of the text where each such run is written as its characters, and what they find
there is masked as the whole run.

A run is a number when it holds a spoken digit and six digits or more, or is spelt out (five single
characters or more, two of them letters and two digits). A spoken number of six digits or more that no
detector names is masked all the same, as an MPRN: nobody reads a count out digit by digit (a meter's
reading, named so just before, aside).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from .bare_numbers import reading_before
from .canonical import Canonical, Edit, map_findings
from .findings import DIGITS_ONLY, Finding, Kind
from .nearby import Near

# the words a digit is said by (also what a label's value read out in words holds: line_labels)
DIGIT_WORDS = {"zero": "0", "oh": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
                "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_WORD = "|".join(DIGIT_WORDS)
# a letter spelt by the NATO alphabet ("Lima Sierra six two Quebec Tango"), or by a word after it ("K for Kilo",
# "B for Bravo", "G for Golf")
_NATO = ("alpha|alfa|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliet|juliett|kilo|lima|mike|november|oscar|"
         "papa|quebec|romeo|sierra|tango|uniform|victor|whiskey|whisky|x-ray|xray|yankee|zulu")
_TOKEN = re.compile(rf"(?i)\b(?:(?P<times>double|triple)[ \t]+(?P<repeated>{_WORD}|\d)|(?P<word>{_WORD})|(?P<digits>\d{{1,4}})"
                    rf"|(?P<spelt>(?-i:[A-Z]))[ \t]+for[ \t]+[A-Za-z\-]{{2,12}}|(?P<nato>{_NATO})"
                    rf"|(?P<letter>(?-i:[A-Z])))\b")
# what may stand between two pieces of one number said aloud: blanks, a comma, a "then" or "and", an ellipsis
_BETWEEN = re.compile(r"(?i)[ \t]*(?:,|\.\.\.|…|-)?[ \t]*(?:(?:then|and)[ \t]*,?[ \t]*)?")
_HINT = re.compile(rf"(?i)\b(?:{_WORD}|double|triple)\b[ \t,]+(?:{_WORD}|\d)\b")


def _pieces(text: str) -> list[list[tuple[int, int, str, bool]]]:
    """Runs of spoken or spelt pieces: each piece's span, what it stands for, and whether it was a word."""
    runs: list[list[tuple[int, int, str, bool]]] = []
    last_end = -1
    for match in _TOKEN.finditer(text):
        if match.group("times"):
            said = match.group("repeated").lower()
            value = DIGIT_WORDS.get(said, said) * (2 if match.group("times").lower() == "double" else 3)
            spoken = True
        elif match.group("word"):
            value, spoken = DIGIT_WORDS[match.group("word").lower()], True
        elif match.group("spelt"):
            value, spoken = match.group("spelt"), True
        elif match.group("nato"):
            value, spoken = match.group("nato")[0].upper(), True
        else:
            value, spoken = match.group(), False
        gap = text[last_end:match.start()] if last_end >= 0 else None
        if gap is None or gap == "" or _BETWEEN.fullmatch(gap) is None or "\n" in gap:
            runs.append([])
        runs[-1].append((match.start(), match.end(), value, spoken))
        last_end = match.end()
    return runs


def _is_number(run: list[tuple[int, int, str, bool]]) -> bool:
    written = "".join(value for _s, _e, value, _w in run)
    digits = sum(c.isdigit() for c in written)
    letters = sum(c.isalpha() for c in written)
    # spelt out a character at a time, its digits said or written ("L E one five five Z A", a postcode)
    spelt = len(run) >= 5 and letters >= 2 and digits >= 2 and all(
        len(value) == 1 or value.isdigit() and spoken for _s, _e, value, spoken in run)
    if any(spoken for *_rest, spoken in run):
        return digits >= 6 or spelt
    return spelt


def find_spoken(text: str, find: Callable[[str], list[Finding]]) -> list[Finding]:
    """Identifiers said aloud in ``text`` (see the module's docstring); ``find`` runs the detectors."""
    if not _HINT.search(text) and not re.search(r"\b[A-Z0-9](?: [A-Z0-9]){4,}\b", text):
        return []
    runs = [run for run in _pieces(text) if _is_number(run)]
    if not runs:
        return []
    # the lines near the runs, read alone (see nearby), with each run as its digits
    near = Near(text, [(run[0][0], run[-1][1]) for run in runs])
    edits = [Edit(near.to_text(run[0][0]), near.to_text(run[-1][1] - 1) + 1,
                  "".join(value for _s, _e, value, _w in run).upper(), False) for run in runs]
    view = Canonical(near.text, edits)
    found = find(view.text)
    # the runs' places in the view, to keep what lies on one and to mask what no detector named
    places, shift = [], 0
    for edit in edits:
        start = edit.start + shift
        places.append((start, start + len(edit.text)))
        shift += len(edit.text) - (edit.end - edit.start)
    # (a number's finding as the spoken finder's: what the text as written holds there is words, for which a label's
    # finding of digits would be dropped; others keep their detector, which later readings judge them by)
    out = [dataclasses.replace(f, detector="spoken") if f.kind in DIGITS_ONLY else f
           for f in found if any(f.start < b and a < f.end for a, b in places)]
    for (a, b), run in zip(places, runs, strict=True):
        if any(spoken for *_rest, spoken in run) and not any(f.start < b and a < f.end for f in out) \
                and not reading_before(text, run[0][0]):  # (a meter's reading is read out digit by digit too)
            out.append(Finding(a, b, Kind.MPRN, "spoken"))
    return near.findings(map_findings(view, out))
