"""Text drawn in dots (a dot-matrix printer's receipt, an LED board, a perforated label), joined into strokes.

A recogniser trained on solid strokes reads a glyph of separate dots as noise: "Postcode: B33 8TH" printed by a
dot-matrix head comes back as punctuation. Where most of an image's ink is small round dots, the image is read once
more with each dot grown into its neighbours (a minimum filter for dark ink, a maximum filter for light), which turns
the dots back into the strokes they stand for. The joined copy has the image's size, so what is found on it is
masked on the image in the same places.
"""

from __future__ import annotations

import numpy as np

_MIN_DOTS = 120  # fewer round specks than this are a texture's grain or a few bullets, not text
_DOT_SHARE = 0.6  # and they must be most of the ink's pieces (text in strokes has few pieces, each large)


def dots_joined(rgb: np.ndarray) -> np.ndarray | None:
    """A copy of ``rgb`` with its dots grown into strokes, or None when its ink is not mostly dots."""
    import cv2

    gray = rgb.mean(axis=2) if rgb.ndim == 3 else rgb.astype(np.float32)
    step = max(1, min(gray.shape) // 256)
    background = float(np.median(gray[::step, ::step]))
    dark = background > 127  # dark ink on a light page, or light ink on a dark one
    ink = (gray < background - 60) if dark else (gray > background + 60)
    count, labels, stats, _centres = cv2.connectedComponentsWithStats(ink.astype(np.uint8), connectivity=8)
    if count < _MIN_DOTS:
        return None
    width, height, area = stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_HEIGHT], stats[1:, cv2.CC_STAT_AREA]
    pieces = area >= 3
    dots = pieces & (width <= 9) & (height <= 9) & (np.abs(width - height) <= 2) & (area >= 0.45 * width * height)
    if int(dots.sum()) < _MIN_DOTS or dots.sum() < _DOT_SHARE * pieces.sum():
        return None
    size = int(np.median(np.maximum(width[dots], height[dots])))
    kernel = np.ones((max(3, min(7, size | 1)),) * 2, np.uint8)
    joined = np.ascontiguousarray(cv2.erode(rgb, kernel) if dark else cv2.dilate(rgb, kernel))
    # (and the joined dots must make glyphs standing in a row, as text does: a dotted grid's rules join into long lines,
    # a halftone picture or a speckled background into blobs of every size, and neither is read twice)
    # (the dots alone: a screen's own solid text beside a dotted grid is no dotted text)
    only_dots = np.zeros(count, np.uint8)
    only_dots[1:][dots] = 1
    return joined if _glyphs_in_a_row(cv2.dilate(only_dots[labels], kernel)) else None


def _glyphs_in_a_row(joined: np.ndarray) -> bool:
    import cv2

    _count, _labels, stats, _centres = cv2.connectedComponentsWithStats(joined, connectivity=8)
    width, height = stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_HEIGHT]
    top = stats[1:, cv2.CC_STAT_TOP]
    glyphs = (height >= 10) & (height <= 150) & (width >= 0.15 * height) & (width <= 1.6 * height)
    # (most pieces glyph-shaped, not a grid's joined rules or a speckle's blobs; of unlike widths, as letters are,
    # not a halftone's even blobs)
    if glyphs.sum() < 4 or glyphs.sum() < 0.3 * len(width) or width[glyphs].std() < 0.12 * width[glyphs].mean():
        return False
    heights, middles = height[glyphs], top[glyphs] + height[glyphs] / 2
    order = np.argsort(middles)
    heights, middles = heights[order], middles[order]
    for i in range(len(middles)):
        # four glyphs or more of about one height whose middles stand on one line
        near = (np.abs(middles - middles[i]) <= heights[i] / 4) & (np.abs(heights - heights[i]) <= heights[i] / 4)
        if near.sum() >= 4:
            return True
    return False
