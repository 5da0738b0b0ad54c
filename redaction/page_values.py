"""A value found anywhere on a screen, masked wherever else the screen shows it.

A terminal shows the MPRN a tester grepped for on the command line, where a rule finds it (beside the file's
name), and again inside the matching CSV record, "A00,2004519873,G4K00192837D,…", which OCR reads as one word
and no rule takes apart. An assurer reads the second as the first. As text redaction spreads a value over an
item (:func:`propagate.find_recurring`), so does this over a page: every value the page's findings hold that
names one thing (:func:`propagate.wanted_values`) is looked for in the page's text, spaced, hyphenated or in
another case, inside longer tokens when it is long, and each place is masked as the value's kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .findings import Kind
from .names import a_label_word
from .propagate import find_recurring, wanted_values
from .screen import ImageFinding, Page

# Values with a shape of their own. A name's or an address's finding on a screen may hold its label's words
# too (a turned form's block, "Name Honoria Tregothnan"): spread over the page, it would mask the labels; a name is
# spread only where its finding holds a name's words alone (see ``_a_name_alone``).
_SHAPED = frozenset({Kind.MPAN, Kind.MPRN, Kind.MSN, Kind.DEVICE, Kind.PHONE, Kind.EMAIL, Kind.POSTCODE, Kind.ACCOUNT})


# eight digits in a row at least: a piece of a supply's number no reading or count shares by chance
_DIGIT_RUN = re.compile(r"\d{8,}")


def _pieces(page: Page, found: Sequence[ImageFinding]) -> list[ImageFinding]:
    """Runs of eight digits or more that are part of a supply's number found on the page: a card that draws an MPAN
    in styled pieces (the distributor in a chip, "6434995860", the check digit as a badge) shows its body apart,
    where the S box beside it names it whole."""
    numbers = {"".join(c for c in f.text if c.isdigit()): f.kind for f in found if f.kind in (Kind.MPAN, Kind.MPRN)}
    numbers = {digits: kind for digits, kind in numbers.items() if len(digits) >= 10}
    if not numbers:
        return []
    out: list[ImageFinding] = []
    for line in page.lines:
        for word in line.words:
            for run in _DIGIT_RUN.finditer(word.text):
                kind = next((k for digits, k in numbers.items() if run.group() in digits and run.group() != digits), None)
                if kind is not None:
                    out.append(ImageFinding(kind, word.span_box(*run.span()), "recurring", run.group(),
                                            (run.start() > 0, run.end() < len(word.text))))
    return out


# ...and a person's name found whole, its words a name's alone ("Joy O'Driscoll" in a form's field, again in a
# mail's subject below it): two to four capitalised words, none a field's label
_NAME_SHAPED = re.compile(r"[A-Z][a-z]+(?:['’\-][A-Z]?[a-z]+)?(?: (?:[A-Z]['’]?[A-Za-z]+(?:[\-'’][A-Z]?[a-z]+)?)){1,3}")


_O_READ_AS_ZERO = re.compile(r"(?<=[ A-Za-z'’])0(?=['’A-Za-z])")


def _a_name_alone(text: str) -> bool:
    text = _O_READ_AS_ZERO.sub("O", text)  # ("Joy 0'Driscoll": the recogniser's O, the same on every line it reads)
    return _NAME_SHAPED.fullmatch(text) is not None and not any(
        a_label_word(word) for word in text.split())


def recurring_on_page(page: Page, found: Sequence[ImageFinding]) -> list[ImageFinding]:
    parts = _pieces(page, found)
    values = wanted_values((f.text, f.kind) for f in found if f.text and (
        f.kind in _SHAPED or f.kind is Kind.NAME and _a_name_alone(f.text)))
    if not values:
        return parts
    out: list[ImageFinding] = parts
    for line in page.lines:
        if not line.text:
            continue
        recurring, _held = find_recurring(line.text, values)
        for f in recurring:
            # the span as pieces of the words it covers, each masked over its own characters
            pieces: dict[int, list[int]] = {}
            for at in range(f.start, f.end):
                where = line.chars[at] if at < len(line.chars) else None
                if where is not None:
                    pieces.setdefault(where[0], []).append(where[1])
            for index, characters in pieces.items():
                word = line.words[index]
                start, end = min(characters), max(characters) + 1
                out.append(ImageFinding(f.kind, word.span_box(start, end), "recurring", word.text[start:end],
                                        (start > 0, end < len(word.text))))
    return out
