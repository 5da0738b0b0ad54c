"""Cheap views of one text, shared by the text detectors so that a large file is read quickly.

Python's regular expressions cost about the same at every position of a text, so a detector that
runs its pattern over 3 MB of log costs tens of milliseconds even when nothing is there. The views
here let a detector first find the few places where its pattern *could* match, with C-speed
``bytes.translate`` and ``bytes.find``, and then run its exact pattern only there:

- a *class view* replaces each character by its class ("0" for a digit, "A" for a capital ...), so
  the shape an identifier needs ("a capital, two digits, a capital") becomes a literal to search for;
- :attr:`TextView.lowered` is the text in lower case, position for position, for vocabulary words.

Exactness is the rule: a first pass may only ever propose *more* places than the pattern matches,
never fewer, and the pattern itself decides. Class views are only offered for texts where that is
easy to guarantee (see :attr:`TextView.ascii`); otherwise detectors scan the whole text as before.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator
from typing import Any, AnyStr

# Digits other than 0-9, which ``\d`` matches too: a text holding one gets no class views, and the
# detectors fall back to scanning the whole text.
_NON_ASCII_DIGIT = re.compile(r"[^\x00-\x7f](?<=\d)")
# The four letters that case-insensitive matching equates with ASCII letters although str.lower()
# does not turn them into them: dotted and dotless i, long s, Kelvin sign. Detectors whose patterns
# ignore case ask for :meth:`TextView.lines_with_case_folds`.
_CASE_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")
# Non-ASCII separators that the MPAN patterns accept, and the ASCII separator each may stand for in
# a class view (a view only proposes places, so standing for a separator is always safe).
_SEPARATORS = (("\u00a0", " "), ("\u2013", "-"))

DIGITS = "0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = UPPER.lower()
HEX = "0123456789ABCDEFabcdef"


def classes(default: str, groups: dict[str, str]) -> bytes:
    """A ``bytes.translate`` table: each character of a key becomes that key's class character,
    every other byte becomes ``default``."""
    table = bytearray(default.encode("ascii") * 256)
    for chars, cls in groups.items():
        for ch in chars.encode("ascii"):
            table[ch] = ord(cls)
    return bytes(table)


def find_every(view: AnyStr, literal: AnyStr) -> Iterator[int]:
    """Every position where ``literal`` starts in ``view`` (a class view, or a text), overlapping
    occurrences included."""
    at = view.find(literal)
    while at >= 0:
        yield at
        at = view.find(literal, at + 1)


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """Exactly what ``pattern.finditer(text)`` yields, given every position where it could match
    (ascending; more positions than it matches at are fine, fewer are not).

    ``finditer`` takes the leftmost match, then searches on from its end; so does this, trying only
    the positions given. The pattern must not match the empty string."""
    last_end = 0
    for start in starts:
        if start < last_end:
            continue
        match = pattern.match(text, start)
        if match is not None:
            yield match
            last_end = match.end()


class TextView:
    """One text and the views of it that its detectors have asked for, each computed once."""

    __slots__ = ("text", "dense", "_ascii", "_ascii_done", "_views", "_lowered", "_words", "_line_starts",
                 "_fold_lines")

    def __init__(self, text: str, *, dense: bool = False) -> None:
        self.text = text
        # Known to hold an identifier on nearly every line (the windows of a second scan): a first
        # pass that pays off only where identifiers are rare is not worth making.
        self.dense = dense
        self._ascii: bytes | None = None
        self._ascii_done = False
        self._views: dict[bytes, bytes] = {}
        self._lowered: str | None = None
        self._words: dict[str, list[int]] = {}
        self._line_starts: list[int] | None = None
        self._fold_lines: list[int] | None = None

    @property
    def ascii(self) -> bytes | None:
        """The text as ASCII bytes, one byte per character, or ``None`` if class views of it could
        miss a match (it holds a non-ASCII digit).

        Other non-ASCII characters become "?" (no pattern gives them a class), and the non-ASCII
        separators the MPAN patterns accept become the ASCII separator they stand for."""
        if not self._ascii_done:
            self._ascii_done = True
            text = self.text
            if text.isascii():
                self._ascii = text.encode("ascii")
            elif _NON_ASCII_DIGIT.search(text) is None:
                for char, stand_in in _SEPARATORS:
                    if char in text:
                        text = text.replace(char, stand_in)
                self._ascii = text.encode("ascii", errors="replace")
        return self._ascii

    def view(self, table: bytes) -> bytes | None:
        """The class view for a :func:`classes` table, or ``None`` where :attr:`ascii` is ``None``."""
        found = self._views.get(table)
        if found is None:
            raw = self.ascii
            if raw is None:
                return None
            found = self._views[table] = raw.translate(table)
        return found

    @property
    def lowered(self) -> str:
        """The text in lower case, position for position. ``str.lower`` turns a dotted capital I
        into two characters; here it becomes "i" instead, so positions stay those of the text."""
        if self._lowered is None:
            lowered = self.text.lower()
            if len(lowered) != len(self.text):
                lowered = self.text.replace("\u0130", "i").lower()
            self._lowered = lowered
        return self._lowered

    def find_words(self, words: tuple[str, ...]) -> None:
        """Find every position of each of ``words`` (lower case) in :attr:`lowered` at once, for
        :meth:`word_hits` to hand out: a detector that asks for dozens of words (the labels' first
        words) then reads a large text once, not once a word."""
        wanted = tuple(sorted({word for word in words if word not in self._words}))
        if not wanted:
            return
        hits: dict[str, list[int]] = {word: [] for word in wanted}
        for end, word in _automaton(wanted).iter(self.lowered):  # by end, so each word's hits in order
            hits[word].append(end - len(word) + 1)
        self._words.update(hits)

    def word_hits(self, word: str) -> list[int]:
        """Every position of ``word`` (lower case) in :attr:`lowered`."""
        hits = self._words.get(word)
        if hits is None:
            lowered = self.lowered
            hits = []
            at = lowered.find(word)
            while at >= 0:
                hits.append(at)
                at = lowered.find(word, at + 1)
            self._words[word] = hits
        return hits

    @property
    def line_starts(self) -> list[int]:
        """Where each line begins (the first line at 0)."""
        if self._line_starts is None:
            starts = [0]
            text = self.text
            at = text.find("\n")
            while at >= 0:
                starts.append(at + 1)
                at = text.find("\n", at + 1)
            self._line_starts = starts
        return self._line_starts

    def lines_with_case_folds(self) -> list[int]:
        """The lines (by index, in order) holding a dotted or dotless i, a long s or a Kelvin sign,
        where a case-insensitive pattern can match although the lower-case text holds no word of it."""
        if self._fold_lines is None:
            if self.text.isascii():
                self._fold_lines = []
            else:
                starts = self.line_starts
                self._fold_lines = sorted({bisect.bisect_right(starts, m.start()) - 1
                                           for m in _CASE_FOLDS.finditer(self.text)})
        return self._fold_lines


@functools.lru_cache(maxsize=16)
def _automaton(words: tuple[str, ...]) -> Any:
    """An Aho-Corasick automaton reporting each of ``words`` (overlapping occurrences too) as itself."""
    import ahocorasick  # loaded with the first text a vocabulary is looked for in

    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton
