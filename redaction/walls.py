"""Long vertical edges in a screenshot: the borders of windows and the rules of grids.

On a screen of windows side by side, the last word of a log line in one window and the first word of
the next window's status bar can sit a few pixels apart on one baseline; detection then takes them for
one block of text, and the layout rules read that block as one cell (a log line "under" the next
window's MSN column, a field's value running on into the neighbour's log). A person sees the border
between them. So does this: an edge is a column of pixels that differs clearly from the column beside
it, for more rows in a row than text is tall. A letter's stem, a text field's frame and the rules of an
MPAN box or of boxed digits are all shorter than that, so they never count.
"""

from __future__ import annotations

import numpy as np

from .screen import Wall

# How much the brightest-differing channel of two neighbouring pixels must differ for an edge: a light
# theme's grey border on white differs by 50 or more, a dark theme's by about 30.
_CONTRAST = 24
_STRIP = 256  # rows measured at once: the memory a 7680-pixel-wide screen needs stays a few megabytes


def walls(rgb: np.ndarray, least: int) -> list[Wall]:
    """Every vertical edge of at least ``least`` rows in an RGB image, as (x, first row, last row + 1),
    where x is the first column right of the edge."""
    height, width = rgb.shape[:2]
    if width < 2 or height < least:
        return []
    found: list[Wall] = []
    carried_edge = np.zeros(width - 1, dtype=bool)  # the row before the strip: an edge there?
    carried_start = np.zeros(width - 1, dtype=np.int64)  # ...and the first row of its run
    for top in range(0, height, _STRIP):
        block = rgb[top:top + _STRIP].astype(np.int16)
        edge = (np.abs(block[:, 1:] - block[:, :-1]) > _CONTRAST).any(axis=2)
        rows = np.arange(top, top + len(edge))[:, None]
        # the first row of the run each edge pixel belongs to: the row after the last non-edge one above
        starts = np.where(edge, -1, rows + 1)
        starts = np.maximum.accumulate(np.vstack([np.where(carried_edge, carried_start, top)[None, :], starts]), axis=0)[1:]
        starts = np.where(edge, starts, rows + 1)
        # runs that end on this strip: an edge pixel above a non-edge one (the row above the strip carried)
        above = np.vstack([carried_edge[None, :], edge[:-1]])
        above_start = np.vstack([carried_start[None, :], starts[:-1]])
        ended = above & ~edge & (rows - above_start >= least)
        for y, x in zip(*np.nonzero(ended), strict=True):
            found.append((int(x) + 1, int(above_start[y, x]), int(top + y)))
        carried_edge, carried_start = edge[-1], starts[-1]
    for x in np.flatnonzero(carried_edge & (height - carried_start >= least)):
        found.append((int(x) + 1, int(carried_start[x]), height))
    return found
