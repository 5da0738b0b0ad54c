"""An address shown one part to a line on a screen: the street found, the postcode found, and the town
between them left ("155 Bramble Close" / "Carlisle" / "CA1 3NU" on a customer card, a bill's address
block, an e-mail's signature). Lines of one to three capitalised words between an address and a
postcode, in line with them, are the address too (the screen's form of ``shapes.find_towns_between``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .findings import Kind
from .line_labels import NOT_A_PERSON
from .screen import Cell, ImageFinding, Page, PageLine
from .screen_labels import label_kind
from .shapes import TOWN_LINE, starts_with_status

_BETWEEN = 2  # lines of a town and a county at most


def town_lines(page: Page, found: Sequence[ImageFinding]) -> Iterator[ImageFinding]:
    """Town lines between an address and its postcode (see the module's docstring)."""
    addresses = [f.box for f in found if f.kind is Kind.ADDRESS]
    postcodes = [f.box for f in found if f.kind is Kind.POSTCODE]
    if not addresses or not postcodes:
        return
    for box in addresses:
        line = line_of(page, box)
        if line is None:
            continue
        h = max(1, box[3] - box[1])
        towns: list[Cell] = []
        for below in page.lines[line.index + 1:line.index + 6]:  # (lines of cards beside are passed over)
            if below.box[1] - (towns[-1].box[3] if towns else box[3]) > 1.5 * h:
                break
            if not any(c.box[0] < box[2] and c.box[2] > box[0] for c in below.cells):
                continue  # a line of another card or window beside this one (its baseline between ours)
            aligned = [c for c in below.cells if abs(c.box[0] - box[0]) <= 1.5 * h]
            if not aligned:
                break
            cell = aligned[0].box
            if any(p[0] <= (cell[0] + cell[2]) / 2 <= p[2] and p[1] <= (cell[1] + cell[3]) / 2 <= p[3] for p in postcodes):
                for town in towns:  # the postcode's line, in line with the street's
                    yield ImageFinding(Kind.ADDRESS, town.box, "town", town.text)
                break
            if len(towns) == _BETWEEN:
                break
            text = aligned[0].text.strip()
            if TOWN_LINE.fullmatch(text) is None or starts_with_status(text):
                break
            towns.append(aligned[0])


def line_of(page: Page, box: tuple[int, int, int, int]) -> PageLine | None:
    """The line holding ``box``: of the lines across its middle, the one whose own middle is nearest (a
    line made tall by text set sideways beside it spans several lines of the card)."""
    middle = (box[1] + box[3]) / 2
    across = [line for line in page.lines
              if line.box[1] <= middle <= line.box[3] and line.box[0] <= box[0] < line.box[2]]
    return min(across, key=lambda line: abs((line.box[1] + line.box[3]) / 2 - middle), default=None)


# an address block's line: a town's words, or a house number and a street's words that name no street type
# ("168 Ropewalk,"), a flat's or a house's name
# (a street and its town on one line, "16 Barlow Freeway, Newcastle"; a flat's line alone, "FLAT 2")
_FLAT = r"(?i:flat|apartment|apt|unit)[ ]+\d{1,4}[A-Za-z]?"
_BLOCK_LINE = re.compile(rf"{_FLAT},?|(?:{_FLAT},?[ ]+)?(?:\d{{1,4}}[A-Za-z]?,?[ ]+)?"
                         r"[A-Z][\w'’\-]+(?:,?[ ]+[A-Za-z][\w'’\-]*){0,5}[ ]*,?")
_MOST_LINES = 4
# a numbered street's line (in capitals too, as a letter prints its block: "16 BARLOW FREEWAY"), a flat's, or a
# house's name ("Tanglewood House", "Rose Cottage, Mill Lane")
_NUMBERED = re.compile(rf"(?:{_FLAT},?[ ]+)?\d{{1,4}}[A-Za-z]?,?[ ]+(?:[A-Z][a-z]|[A-Z]{{2,}}\b)")
_HOUSE_LINE = re.compile(rf"{_FLAT}\b|(?:[A-Z][a-z]+[ ]+){{1,2}}(?:House|Cottage|Cottages|Farm|Farmhouse|Lodge|Barn|Hall|"
                         r"Villa|Manor|Mill|Grange|Bungalow|Croft|Rectory|Vicarage)\b"
                         r"|(?:[A-Z]{2,}[ ]+){1,2}(?:HOUSE|COTTAGE|FARM|LODGE|BARN|HALL|VILLA|MANOR|MILL|GRANGE)\b")
_PERSON_LINE = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ ]+)?[A-Za-z][A-Za-z'’\-]+(?:[ ]+[A-Za-z][A-Za-z'’\-]+){1,2}")


def block_lines(page: Page, found: Sequence[ImageFinding]) -> Iterator[ImageFinding]:
    """A letter's or a bill's address block with no street type a pattern knows: the lines between the
    person's name and the postcode, one part to a line, in line with both ("Dr Ffion Ní Bhriain" / "168
    Ropewalk," / "Bicester" / "NE8 8FE"). Only between a name found and a postcode found, so a heading over a
    postcode is not taken for an address."""
    # (a name's line, not the lines a name's wrapping took for its own: "Heaton" under "16 Barlow Freeway")
    names = [f.box for f in found if f.kind is Kind.NAME and f.detector != "wrapped"]
    postcodes = [f for f in found if f.kind is Kind.POSTCODE]
    if not postcodes:
        return
    for postcode in postcodes:
        line = line_of(page, postcode.box)
        if line is None:
            continue
        h = max(1, postcode.box[3] - postcode.box[1])
        left, top = postcode.box[0], postcode.box[1]
        own = [c for c in line.cells if c.box[2] > left - 2 * h and c.box[0] < left + 20 * h]
        if len(own) != 1 or abs(own[0].box[0] - left) > h:
            continue  # the postcode opens a line of its own in the block (not a grid's cell, nor a sentence's end)
        parts: list[Cell] = []
        for above in reversed(page.lines[max(0, line.index - _MOST_LINES - 1):line.index]):
            if top - above.box[3] > 3 * h:
                break  # (a letter's lines may stand a line apart: "double spaced")
            near = [c for c in above.cells if c.box[2] > left - 2 * h and c.box[0] < left + 20 * h]
            aligned = [c for c in near if abs(c.box[0] - left) <= 1.5 * h]
            if not aligned or len(near) != 1:
                break  # (a row of cells: a grid's, or a form's label and value)
            cell = aligned[0]
            text = cell.text.strip()
            if any(_inside(cell.box, name) for name in names) and not _NUMBERED.match(text):
                # (not a numbered street a forename opens: "134 Victor Highway" is the block's street)
                for part in parts:  # the name heads the block: what stands between is its address
                    yield ImageFinding(Kind.ADDRESS, part.box, "town", part.text)
                break
            if parts and (_NUMBERED.match(parts[-1].text.strip()) or _HOUSE_LINE.match(parts[-1].text.strip())) \
                    and _PERSON_LINE.fullmatch(text) \
                    and label_kind(text) is None and not NOT_A_PERSON.search(text) and not starts_with_status(text):
                # a name no reader knew heads a numbered street's block ("CHIdINMa OKaFOr", small capitals read
                # in mixed case, over "16 Barlow Freeway" / "Newcastle" / "NE4 6SL"): a letter's addressee
                yield ImageFinding(Kind.NAME, cell.box, "town", cell.text)
                for part in parts:
                    yield ImageFinding(Kind.ADDRESS, part.box, "town", part.text)
                break
            if len(parts) == _MOST_LINES or _BLOCK_LINE.fullmatch(text) is None or starts_with_status(text) \
                    or label_kind(text) is not None or text.endswith(":"):
                break  # (a form's label, "Supply address", heads no letter's block)
            parts.append(cell)
            top = cell.box[1]


def _inside(box: tuple[int, int, int, int], name: tuple[int, int, int, int]) -> bool:
    """The name's box lies across the cell's middle (the cell holds the name, maybe with its title)."""
    middle_x, middle_y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return name[1] <= middle_y <= name[3] and name[0] < box[2] and box[0] < name[2] and \
        (name[0] <= middle_x <= name[2] or box[0] <= name[0])
