"""Text set with wide letter-spacing, read back into words.

A heading or a label printed with its letters spread ("P o s t c o d e :   S A 2 6   7 D L", a design's tracked
capitals, a nameplate) is read by OCR one letter a word: no pattern sees "SA26 7DL" in sixteen words of one
character. Where a line holds a run of such letters, evenly spaced, they are joined back into the words the
spacing shows: the gaps between letters of a word are alike, and a word's end is a gap well wider than them.
The page is then read again with those words (see :func:`image._passes`); nothing else of the reading changes.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from .ocr import Word
from .ocr import union

_LEAST_RUN = 4  # letters in a row before they count as spaced-out text (a table's "A B C" column letters are fewer)
_WORD_GAP = 1.6  # a gap this many times the letters' usual one ends a word
_RUN_SEGMENTS = 1_000_000  # (segment numbers for joined runs: past any block number the reader gives)


def joined_letters(words: Sequence[Word]) -> list[Word] | None:
    """``words`` with each run of spaced-out letters on a line joined into the words it spells; ``None`` when the
    reading holds no such run."""
    if sum(len(w.text) == 1 for w in words) < _LEAST_RUN:
        return None  # (most screens: no run of letters to join, and no lines to group)
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.box[1] + w.box[3]) / 2):
        middle = (word.box[1] + word.box[3]) / 2
        for line in lines:
            top, bottom = line[0].box[1], line[0].box[3]
            if top <= middle <= bottom:
                line.append(word)
                break
        else:
            lines.append([word])
    out: list[Word] = []
    joined_any = False
    for line in lines:
        line.sort(key=lambda w: w.box[0])
        run: list[Word] = []
        ends: list[Word | None] = [*line, None]  # (None: the line's end, where the last run ends too)
        for item in ends:
            if item is not None and len(item.text) == 1 and not item.turned:
                run.append(item)
                continue
            if len(run) >= _LEAST_RUN:
                out.extend(_words_of(run, _RUN_SEGMENTS + len(out)))
                joined_any = True
            else:
                out.extend(run)
            run = []
            if item is not None:
                out.append(item)
    return out if joined_any else None


def _words_of(letters: list[Word], segment: int) -> list[Word]:
    """The words a run of single letters spells, split where a gap is well wider than the letters' usual one; all of
    one ``segment`` (one block of text, so one cell: the words' gaps are as wide as the letters' spacing makes them)."""
    gaps = [b.box[0] - a.box[2] for a, b in zip(letters, letters[1:])]
    usual = statistics.median(gaps)
    if usual <= 0:
        return list(letters)  # (letters that touch are a word OCR cut up; nothing to read here)
    words: list[Word] = []
    group = [letters[0]]
    for gap, letter in zip(gaps, letters[1:]):
        if gap > _WORD_GAP * usual:
            words.append(_joined(group, segment))
            group = []
        group.append(letter)
    words.append(_joined(group, segment))
    return words


def _joined(group: list[Word], segment: int) -> Word:
    return Word("".join(w.text for w in group), union([w.box for w in group]), min(w.score for w in group),
                tuple((w.box[0], w.box[2]) for w in group), segment)
