"""An address shown one part to a line on a screen: the street found, the postcode found, and the town
between them left ("155 Bramble Close" / "Carlisle" / "CA1 3NU" on a customer card, a bill's address
block, an e-mail's signature). Lines of one to three capitalised words between an address and a
postcode, in line with them, are the address too (the screen's form of ``shapes.find_towns_between``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from .findings import Kind
from .screen import Cell, ImageFinding, Page, PageLine
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
