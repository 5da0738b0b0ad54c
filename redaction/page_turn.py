"""A screenshot whose text mostly runs turned (a page at 90° or 270°, a photo of a bill at 7°).

The OCR engine reads each turned block again turned, so its words are right; but every layout rule
(a label and the value on its right, the S box's two rows, a column under its header) works on
upright lines, and on a turned page "right of" and "below" mean something else. So when most of the
text read was turned by one angle, the whole page is turned upright and read again, and what is found
there is mapped back onto the page as it stands. An upright screen pays nothing.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np

from .ocr import Box, Word

_SHARE = 0.4  # of the characters read, at least this many read turned by one angle
_MIN_CHARS = 8
_SAME_SLANT = 3.0  # degrees: slants this close are one angle


def page_angle(words: Sequence[Word]) -> float | None:
    """The angle (degrees, counter-clockwise) that turns the page's text upright, when most of it was
    read turned by about that angle; else None."""
    total = sum(len(w.text.strip()) for w in words)
    if total < _MIN_CHARS:
        return None
    votes: dict[float, int] = {}
    for word in words:
        if word.turned:
            angle = _bucket(word.turned, votes)
            votes[angle] = votes.get(angle, 0) + len(word.text.strip())
    if votes:
        angle, count = max(votes.items(), key=lambda item: item[1])
        if count >= _MIN_CHARS and count >= _SHARE * total:
            return angle
    return _skew(words)


_MIN_SKEW = 3.0  # degrees: below this, lines a text height apart do not run into each other
_AGREE = 0.7  # of the characters in long blocks, this many lean by about the same angle


def _skew(words: Sequence[Word]) -> float | None:
    """The angle the page's long blocks lean by, when nearly all of them lean alike by a few degrees
    (a screen photographed or pasted turned); else None."""
    leaning = [(w.lean, len(w.text.strip())) for w in words if w.lean and w.text.strip()]
    measured = sum(n for _lean, n in leaning)
    if measured < _MIN_CHARS:
        return None
    ordered = sorted(leaning)
    half, running, median = measured / 2, 0, ordered[-1][0]
    for lean, n in ordered:
        running += n
        if running >= half:
            median = lean
            break
    agree = sum(n for lean, n in leaning if abs(lean - median) <= _SAME_SLANT)
    if abs(median) < _MIN_SKEW or abs(median) > 45 or agree < _AGREE * measured:
        return None
    return median


def _bucket(angle: float, seen: dict[float, int]) -> float:
    for known in seen:
        if abs(known - angle) <= _SAME_SLANT:
            return known
    return angle


def turned(rgb: np.ndarray, angle: float) -> tuple[np.ndarray, Callable[[Box], Box]]:
    """The image turned ``angle`` degrees counter-clockwise on a canvas that holds all of it, and the
    map of a box on that image back to the smallest box on the original holding it."""
    import cv2

    height, width = rgb.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
    new_w, new_h = int(math.ceil(width * cos + height * sin)), int(math.ceil(width * sin + height * cos))
    matrix[0, 2] += new_w / 2 - width / 2
    matrix[1, 2] += new_h / 2 - height / 2
    right_angle = abs(angle / 90 - round(angle / 90)) < 1e-6
    border = np.concatenate([rgb[0], rgb[-1], rgb[:, 0], rgb[:, -1]])
    background = tuple(int(v) for v in np.median(border, axis=0))
    upright = cv2.warpAffine(rgb, matrix, (new_w, new_h), flags=cv2.INTER_NEAREST if right_angle else cv2.INTER_LINEAR,
                             borderValue=background)
    back = cv2.invertAffineTransform(matrix)
    pad = 0 if right_angle else 2  # a turned box's corners fall between pixels

    def to_page(box: Box) -> Box:
        x0, y0, x1, y1 = box
        corners = np.array([[x0, y0, 1], [x1, y0, 1], [x0, y1, 1], [x1, y1, 1]], dtype=np.float64)
        points = corners @ back.T
        return (max(0, int(math.floor(points[:, 0].min())) - pad), max(0, int(math.floor(points[:, 1].min())) - pad),
                min(width, int(math.ceil(points[:, 0].max())) + pad), min(height, int(math.ceil(points[:, 1].max())) + pad))

    return np.ascontiguousarray(upright), to_page


def in_steps(box: Box, to_page: Callable[[Box], Box]) -> list[Box]:
    """A mask on the upright page mapped back onto the page as it stands, as steps a text height wide: the
    smallest upright box holding a long line turned 12° is as tall as a fifth of its length and would cover
    the rows above and below it; its steps follow the line."""
    x0, y0, x1, y1 = box
    height, width = max(1, y1 - y0), x1 - x0
    count = max(1, min(64, round(width / height)))
    edges = [x0 + round(i * width / count) for i in range(count + 1)]
    return [to_page((a, y0, b, y1)) for a, b in zip(edges, edges[1:]) if b > a]
