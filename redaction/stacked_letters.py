"""Text set one character a line, read back as the line it spells.

A spine label, a narrow column of a form or a sign prints a value one upright character under another ("1" over
"0" over "5" …). OCR reads each character alone, and alone a recogniser misreads many of them ("0" as "曰", two
digits run together as "２９"); no pattern sees an MPAN in thirteen one-character words. Where the reading holds
a column of four or more short words stacked one under the next, the characters are cut out of the image a band of
ink at a time and set side by side in one line, which the recogniser reads with each character's neighbours, as it
was trained to; a wider gap between two bands is a blank between words ("Ngozi" / "Lindqvist"). The line read is
one word over the whole column (a finding in it masks the column: where a character sits is not told).
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

import numpy as np

from .ocr import Word, _bands, _ink, union  # (the block readers' own ink and bands)

_LEAST_RUN = 4  # characters stacked before a column counts (a table's few one-letter cells do not)
_SHORT = 3  # characters a stacked word holds at most (OCR runs two or three stacked characters together)
_WORD_GAP = 1.8  # a gap between bands this many times the usual one is a blank between words
_SURE = 0.85  # mean confidence a whole turned block's characters, set side by side, must be read with
_SEGMENTS = 2_000_000  # (segment numbers for the joined columns: past any block number the reader gives)


def _stackable(word: Word) -> bool:
    x0, y0, x1, y1 = word.box
    # (turned or not: a stack's tall blocks of two or three characters are read as text at 90°)
    # (and a run of them that detection took as one tall block, read at 90° or 270°: "Z13R" over "5", "5", "3"…)
    tall_block = word.turned in (90.0, 270.0) and y1 - y0 >= 2 * (x1 - x0)
    return (1 <= len(word.text.strip()) <= _SHORT or tall_block) and x1 - x0 <= 2.2 * (y1 - y0)


def _columns(words: Sequence[Word]) -> list[list[Word]]:
    """Runs of short words one under the next, overlapping across, each gap below a character's height or so."""
    columns: list[list[Word]] = []
    for word in sorted((w for w in words if _stackable(w)), key=lambda w: w.box[1]):
        for column in columns:
            last = column[-1].box
            height = min(last[3] - last[1], word.box[3] - word.box[1])
            narrower = min(last[2] - last[0], word.box[2] - word.box[0])
            # (one character centred under the other: a title's word over the column stands off its middle)
            off_centre = abs((last[0] + last[2]) - (word.box[0] + word.box[2])) / 2
            if off_centre <= 0.45 * narrower and -0.3 * height <= word.box[1] - last[3] <= 1.5 * height:
                column.append(word)
                break
        else:
            columns.append([word])
    columns = [c for c in columns if sum(len(w.text.strip()) for w in c) >= _LEAST_RUN and len(c) >= 3]
    stacked = {id(w) for c in columns for w in c}
    return [c for c in columns if _alone_on_its_lines(c, words, stacked)]


def _alone_on_its_lines(column: list[Word], words: Sequence[Word], stacked: set[int]) -> bool:
    """Does nearly every character of the column stand alone on its line (nothing read beside it within three of its
    heights but other stacks' characters: a meter board's labels stand side by side)? A table's column of short
    cells ("1", "2", … "10"; "Yes"/"No") has its row's other cells beside each one, and is no stacked value: joined,
    its row numbers would read as a phone's digits."""
    # (a turned block beside it is another label of the board read whole, no row's cell)
    others = [w for w in words if id(w) not in stacked and not w.turned]
    alone = 0
    for word in column:
        x0, y0, x1, y1 = word.box
        reach = 3 * (y1 - y0 if word.turned == 0 else x1 - x0)
        middle = (y0 + y1) / 2
        beside = any(o.box[1] <= middle <= o.box[3] and (0 <= o.box[0] - x1 <= reach or 0 <= x0 - o.box[2] <= reach)
                     for o in others)
        alone += not beside
    return alone >= 0.75 * len(column)


def _letters(bands: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Bands of ink as letters: an "i"'s or a "j"'s dot is a short band just above its stem, joined to it; a speck
    is none."""
    if not bands:
        return []
    usual = statistics.median(b - a for a, b in bands)
    out: list[tuple[int, int]] = []
    pending: int | None = None  # the top of a dot waiting for its stem
    for i, (top, bottom) in enumerate(bands):
        short = bottom - top < 0.45 * usual
        below = bands[i + 1] if i + 1 < len(bands) else None
        if short and below is not None and below[0] - bottom <= 0.5 * usual:
            pending = top if pending is None else pending
            continue
        if short and pending is None and bottom - top < 3:
            continue
        out.append((top if pending is None else pending, bottom))
        pending = None
    return out


def _strip(rgb: np.ndarray, box: tuple[int, int, int, int]) -> np.ndarray | None:
    """The column's characters, a band of ink rows each, set side by side on the column's background."""
    x0, y0, x1, y1 = box
    pad = max(2, (x1 - x0) // 4)
    crop = rgb[max(0, y0 - pad):y1 + pad, max(0, x0 - pad):x1 + pad]
    if crop.size == 0:
        return None
    ink = _ink(crop)
    ink[:, ink.mean(axis=0) > 0.8] = False  # (a box's sides round the column are no character's ink)
    bands = _letters(_bands(ink.mean(axis=1) > 0.02))
    if len(bands) < _LEAST_RUN:
        return None
    height = max(b - a for a, b in bands)
    background = np.median(np.concatenate([crop[0], crop[-1]]), axis=0).astype(np.uint8)
    gaps = [b[0] - a[1] for a, b in zip(bands, bands[1:])]
    usual = statistics.median(gaps) if gaps else 0
    pieces: list[np.ndarray] = []
    for i, (top, bottom) in enumerate(bands):
        cols = np.flatnonzero(ink[top:bottom].any(axis=0))
        if cols.size == 0:
            continue
        glyph = crop[top:bottom, int(cols[0]):int(cols[-1]) + 1]
        cell = np.broadcast_to(background, (height + 2 * pad, glyph.shape[1] + max(2, height // 5), 3)).copy()
        offset = pad + (height - (bottom - top)) // 2
        cell[offset:offset + bottom - top, :glyph.shape[1]] = glyph
        pieces.append(cell)
        if i < len(gaps) and usual > 0 and gaps[i] > _WORD_GAP * usual:
            pieces.append(np.broadcast_to(background, (height + 2 * pad, height // 2 + 2, 3)).copy())
    if not pieces:
        return None
    edge = np.broadcast_to(background, (height + 2 * pad, pad * 2, 3))
    return np.ascontiguousarray(np.concatenate([edge, *pieces, edge], axis=1))


Box = tuple[int, int, int, int]


def stacked_words(rgb: np.ndarray, words: Sequence[Word], recognise: object) -> tuple[list[Word], dict[Box, Box]] | None:
    """``words`` with each stacked column replaced by the line it spells, read by ``recognise`` (the engine's
    recogniser: crops in, (text, x extents, scores) out); ``None`` when the reading holds no such column. The line
    stands where the column's first character does (so that a label before or over the column is its label, as
    for a line), and the map gives each such box the column's: a finding there masks the whole column."""
    if not callable(recognise):
        return None
    columns = _columns(words) if sum(_stackable(w) for w in words) >= _LEAST_RUN // 2 else []
    # (and a column detection took whole, read as text at 90° or 270°: a meter board's label of upright characters
    # reads turned as nonsense or backwards, "56Z888745S" for "S54L888295"; its turned reading is kept beside)
    in_columns = {id(w) for c in columns for w in c}
    # (whatever its turned reading made of it: "8S" for ten characters is as likely as "56Z888745S")
    tall = [[w] for w in words if w.turned in (90.0, 270.0) and w.box[3] - w.box[1] >= 4 * (w.box[2] - w.box[0])
            and id(w) not in in_columns]
    if not columns and not tall:
        return None
    columns += tall
    strips: list[tuple[list[Word], np.ndarray]] = []
    boxes: list[Box] = []
    for column in columns:
        x0, y0, x1, y1 = union([w.box for w in column])
        # (a character over or under the column that OCR did not read is the value's too: "L" over "72R921872")
        reach = 0 if len(column) == 1 else int(1.2 * statistics.median(w.box[3] - w.box[1] for w in column))
        # (into blank space only: not over a title's or a caption's words above or below the column)
        members = {id(w) for w in column}
        across = [w.box for w in words if id(w) not in members and w.box[0] < x1 and w.box[2] > x0]
        top = max([y0 - reach, 0, *(b[3] + 1 for b in across if b[3] <= y0)])
        bottom = min([y1 + reach, rgb.shape[0], *(b[1] - 1 for b in across if b[1] >= y1)])
        box = (x0, top, x1, bottom)
        strip = _strip(rgb, box)
        if strip is not None:
            strips.append((column, strip))
            boxes.append(box)
    if not strips:
        return None
    readings = recognise([strip for _column, strip in strips])
    replaced: set[int] = set()
    joined: list[Word] = []
    columns_of: dict[Box, Box] = {}
    for n, ((column, _strip_image), (text, _xs, scores), grown) in enumerate(zip(strips, readings, boxes, strict=True)):
        # (each character is set at its band's middle: a full stop stands as high as a middle dot does)
        text = text.replace("·", ".").replace("•", ".")
        if not text.strip():
            continue
        whole_turned = len(column) == 1 and column[0].turned in (90.0, 270.0)
        if whole_turned and (not scores or sum(scores) / len(scores) < _SURE):
            continue  # (turned text after all, its characters side by side read as nonsense: the turned reading stands)
        # (at the first character's height, as wide as the column: beside it stand other columns, a meter board's
        # next label, whose lines would overlap)
        x0, _top, x1, _bottom = grown
        _left, y0, _right, y1 = column[0].box
        step = max(1.0, (x1 - x0) / max(1, len(text)))
        box = (x0, y0, x1, y1)
        columns_of[box] = grown
        if not whole_turned:
            replaced.update(id(w) for w in column)
        chars = tuple((x0 + int(i * step), x0 + int((i + 1) * step)) for i in range(len(text)))
        joined.append(Word(text, box, min(scores) if scores else 0.0, chars if " " not in text else (),
                           _SEGMENTS + n, tuple(scores)))
    if not joined:
        return None
    return [w for w in words if id(w) not in replaced] + joined, columns_of
