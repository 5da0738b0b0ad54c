"""A supply's number sent in pieces, one message each, in a chat pasted as evidence.

A field engineer types an MPAN as it is read off the meter, a group at a time: ``[30/11/2026, 09:22] Field Ops:
1849268`` then ``[30/11/2026, 09:22] Field Ops: 520961``. Each message is a number no pattern knows; the
messages together are a core whose check digit holds. So lines that say nothing but digits, after a header of
one shape (the same sender's; its times and dates may differ), are read joined, two to four at a time: where
they make a core whose check digit holds, or the 21 digits of a full MPAN ending in one, each piece is masked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .findings import Finding, Kind
from .mpan import is_valid_mpan_core

# a line's digits alone at its end, after whatever header it has (groups apart by single blanks)
# (a full stop, a mark or an emoji may end the message: "520961.", "520961 👍"; groups apart by blanks or hyphens)
_DIGITS_LAST = re.compile(r"(?m)^(?P<header>[^\n]{0,120}?)(?P<digits>(?<![\w.\-/])\d{2,13}(?:[ \-]\d{1,13}){0,4})"
                          r"[ \t]*[.!?]?[ \t]*[^\w\s]{0,3}[ \t]*\r?$")
_ANY_DIGIT = re.compile(r"\d")
# a chat's header ends with its sender's name and a colon ("[30/11/2026, 09:22] Field Ops: ", "09:22 - Dai: ")
_SPEAKER = re.compile(r"\w[^\W_.]*:[ \t]+$")
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
_SUPPLY_TALK = re.compile(r"(?i)\b(?:mpan|supply|s[ \-]?number|meter[ \t]+point|core|top[ \t]+line|elec(?:tric)?)\b")


def _line_start(text: str, at: int, back: int) -> int:
    """Where the line ``back`` lines before the one at ``at`` starts."""
    for _ in range(back + 1):
        at = text.rfind("\n", 0, at)
        if at < 0:
            return 0
    return at + 1


def find_split_numbers(text: str) -> Iterator[Finding]:
    # a piece: a line's message that is only digits, after a header that ends with a colon (a sender's, "Field Ops: ",
    # or a label's, "supply number part 1: ") or none (the sender's header on the line above, as Slack and Teams
    # copy a message; or the rest of a value wrapped to an indented line: "MPAN: 1893650" over "      556103")
    lines = [line for line in _DIGITS_LAST.finditer(text)
             if _SPEAKER.search(line.group("header")) or not line.group("header").strip()]
    for i, first in enumerate(lines):
        # (a conversation about a supply just before or on the line: "and the supply number?"; a log's counts or a
        # meter's readings, sent a line each, join into a core one time in ten by chance)
        talk = bool(_SUPPLY_TALK.search(text, max(0, _line_start(text, first.start(), back=3)), first.end()))
        shape = _ANY_DIGIT.sub("0", first.group("header"))
        joined = ""
        for j in range(i, min(i + 4, len(lines))):
            line = lines[j]
            header = line.group("header")
            # (another sender's line between two pieces, "Dan: ok", or a header on its own line: two at most)
            if j > i and ((_ANY_DIGIT.sub("0", header) != shape and header.strip())
                          or text.count("\n", lines[j - 1].end(), line.start()) > 3):
                break
            joined += re.sub(r"\D", "", line.group("digits"))
            whole = len(joined) == 13 and is_valid_mpan_core(joined) or len(joined) == 21 and is_valid_mpan_core(joined[8:])
            # (without such talk, only a core in two halves of six digits or more, each its sender's whole message at
            # a time of day: the chance that two such messages in a row make a core is what the check digit leaves)
            halves = j == i + 1 and all(len(re.sub(r"\D", "", p.group("digits"))) >= 6 for p in (first, line)) \
                and bool(_TIME.search(first.group("header")))
            if j > i and whole and (talk or halves):
                for piece in lines[i:j + 1]:
                    yield Finding(piece.start("digits"), piece.end("digits"), Kind.MPAN, "pattern")
                break
            if len(joined) >= 21:
                break
