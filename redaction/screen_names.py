"""People a screen names by where their names stand, not by what the lists know.

A line reader reads one line at a time, and a name the name lists do not know ("Fenella Ravichandran",
"Oluwaseun Cartwright") is found only by what is said around it. On a screen what says so is often the
layout, over several lines:

- a chat's sender over each message, with the time beside it ("Fenella Ravichandran 10:04"): one line
  alone is also a schedule's "Code Freeze 17:00", so a sender the lists do not know counts when the same
  name heads two messages or more;
- the name under a sign-off ("Thanks," / "Oluwaseun Cartwright" / "Test Lead, SIT");
- the addressee over an address block, on a bill or a customer card ("Priyanka Cartwright" /
  "12 Some Road" / "Town" / "POSTCODE").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .address_lines import line_of
from .findings import Kind
from .line_labels import NOT_A_PERSON
from .message_names import NAME, SIGN_OFF, SPEAKER_TIME
from .names import mailbox_names
from .screen import Cell, ImageFinding, Page, PageLine
from .screen_labels import looks_like_label
from .shapes import starts_with_status
from .two_lines import cell_span_findings

_TITLE = r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|MR|MRS|MS|MISS|DR)\.?[ \t]+)?"
_PERSON = re.compile(rf"{_TITLE}(?P<value>{NAME})[ \t]*,?")
_SPEAKER = re.compile(rf"(?P<value>{NAME})[ \t]+{SPEAKER_TIME}")
_SIGNED_OFF = re.compile(rf"(?i:{SIGN_OFF})[ \t]*[,.!]?")


def screen_name_findings(page: Page, found: Sequence[ImageFinding]) -> list[ImageFinding]:
    return [*_speakers(page), *_signed(page), *_addressees(page, found), *_mailbox_names(page, found)]


def _mailbox_names(page: Page, found: Sequence[ImageFinding]) -> Iterator[ImageFinding]:
    """A name shown where its mailbox's address is on the same screen: a contact card's title over its e-mail
    ("Jill Gill" / "jill.gill@example.org"), its "l" read as an "I" maybe ("Lily IlIsley"): see ``names.mailbox_name``."""
    pattern = mailbox_names([f.text for f in found if f.kind is Kind.EMAIL and f.text])
    if pattern is not None:
        for line in page.lines:
            for match in pattern.finditer(line.text):
                box = line.span_box(*match.span())
                if box is not None:
                    yield ImageFinding(Kind.NAME, box, "mailbox", match.group(), line.cuts(*match.span()))


def _is_person(text: str) -> bool:
    words = text.split()
    return (2 <= len(words) <= 4 and not NOT_A_PERSON.search(text) and not starts_with_status(text)
            and not looks_like_label(text))


def _speakers(page: Page) -> Iterator[ImageFinding]:
    """Senders over messages: a name and a time alone in a cell (or the name's cell, the time's next)."""
    seen: dict[str, list[tuple[PageLine, Cell, int, int]]] = {}
    for line in page.lines:
        for cell, after in zip(line.cells, [*line.cells[1:], None], strict=True):
            text = cell.text if after is None or not re.fullmatch(SPEAKER_TIME, after.text.strip()) \
                else f"{cell.text} {after.text.strip()}"
            match = _SPEAKER.fullmatch(text.strip())
            if match is None or not _is_person(match.group("value")):
                continue
            start = cell.text.find(match.group("value"))
            seen.setdefault(match.group("value"), []).append((line, cell, start, start + len(match.group("value"))))
    for name, places in seen.items():
        if len(places) < 2:
            continue
        for line, cell, start, end in places:
            yield from cell_span_findings(line, cell, start, end, Kind.NAME, "speaker")


def _signed(page: Page) -> Iterator[ImageFinding]:
    """The name on the line under a sign-off, in line with it."""
    for line in page.lines:
        for cell in line.cells:
            if not _SIGNED_OFF.fullmatch(cell.text.strip()):
                continue
            below = _aligned(page, line, cell, +1)
            if below is None:
                continue
            under_line, under = below
            match = _PERSON.fullmatch(under.text.strip())
            if match is not None and _is_person(match.group("value")):
                start = under.text.find(match.group("value"))
                yield from cell_span_findings(under_line, under, start, start + len(match.group("value")), Kind.NAME,
                                              "sign-off")


def _addressees(page: Page, found: Sequence[ImageFinding]) -> Iterator[ImageFinding]:
    """The name on the line over an address found, in line with it."""
    for f in found:
        if f.kind is not Kind.ADDRESS or f.detector == "town":
            continue
        line = line_of(page, f.box)
        if line is None:
            continue
        cell = next((c for c in line.cells if c.box[0] <= f.box[0] + 2 and c.box[2] >= f.box[0]), None)
        if cell is None:
            continue
        above = _aligned(page, line, cell, -1)
        if above is None:
            continue
        over_line, over = above
        match = _PERSON.fullmatch(over.text.strip())
        if match is not None and _is_person(match.group("value")):
            start = over.text.find(match.group())
            yield from cell_span_findings(over_line, over, start, start + len(match.group().rstrip(", \t")), Kind.NAME,
                                          "addressee")


def _aligned(page: Page, line: PageLine, cell: Cell, step: int) -> tuple[PageLine, Cell] | None:
    """The cell on the next line up or down whose left edge is the cell's, within a line's height and a
    half of it."""
    h = cell.height
    lines = page.lines[line.index + 1:line.index + 4] if step > 0 else reversed(page.lines[max(0, line.index - 3):line.index])
    for other in lines:
        gap = other.box[1] - cell.box[3] if step > 0 else cell.box[1] - other.box[3]
        for candidate in other.cells:
            if abs(candidate.box[0] - cell.box[0]) > 1.5 * h:
                continue
            cand_gap = candidate.box[1] - cell.box[3] if step > 0 else cell.box[1] - candidate.box[3]
            if -0.45 * h <= cand_gap <= 1.5 * h:
                return other, candidate
        if gap > 3 * h:
            break
    return None
