"""A value at the end of a dot leader: a letter's or a statement's "Meter serial..............42T83147567".

Dots lead the eye from a label at the left margin to its value at the right one. OCR reads the label and the
leader's first dots as one word ("serial....", often misread: "seral....", "aeral...."), drops most of the
dots, and reads the value with the leader's last ones glued on ("..42T83147567", ".S860277244"): the label is too
far away, or too misread, to name the value, and the dots stop the patterns at the value's start. A line that
opens with such a leader and ends with a word of identifier's make-up after it holds a field's value whatever
its label says: it is masked by its shape (digits alone a supply's number, letters and digits a serial).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .bare_numbers import COMPACT_DATE
from .findings import Kind
from .screen import ImageFinding, Page

_LEADER = re.compile(r"(?:\.{2,}|…+|_{3,}|·{2,})$")  # a word that ends in a leader's dots
_LEADING_DOTS = re.compile(r"^(?:\.+|…+|_+|·+)")
_OTHER_LABEL = re.compile(r"(?i)\b(?:date|time|build|version|release|run|job|reading|balance|total|amount|due|kwh|count|"
                          r"invoice|order|page|ticket|case|incident|change|ref(?:erence)? no\.? of)\b")
_A_DATE = re.compile(rf"\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}|(?:{COMPACT_DATE.pattern})(?!\d)")
_VALUE = re.compile(r"(?=(?:[A-Za-z]*\d){5})[A-Za-z0-9][A-Za-z0-9\-/ ]{4,24}[A-Za-z0-9]")


def leader_values(page: Page) -> Iterator[ImageFinding]:
    for line in page.lines:
        words = line.words
        if len(words) < 2:
            continue
        led = next((i for i, w in enumerate(words[:-1]) if _LEADER.search(w.text)), None)
        if led is None:
            continue
        last = words[-1]
        value = _LEADING_DOTS.sub("", last.text)
        if not value or not _VALUE.fullmatch(value) or "." in value or "£" in value or _A_DATE.search(value):
            continue  # (a date, a build's or a run's stamp: "2025-06-27", "20250627", "RUN20250627A")
        label = " ".join(w.text for w in words[:led + 1]).rstrip(".…_· ")
        if _OTHER_LABEL.search(label):
            continue  # a label that says what the number is: "Build number", "Release date", "Closing reading"
        if last.box[0] - words[led].box[2] < 3 * line.height and not _LEADING_DOTS.match(last.text):
            continue  # (the next word just after the dots, no value led across the line to the margin)
        plain = value.replace(" ", "").replace("-", "")
        kind = (Kind.MPAN if len(plain) == 13 else Kind.MPRN if len(plain) <= 10 else Kind.ACCOUNT) \
            if plain.isdigit() else Kind.MSN
        # (the whole word: a leader's last dots and the value's first character run together as OCR reads them,
        # "..797243678" for "…7397243678")
        yield ImageFinding(kind, last.box, "leader", value)
