"""A text's letters and digits alone, in capitals, with where each stands in the text.

Values that may be written spaced, hyphenated or in another case (a register's, a run's learnt ones) are
looked for all at once by an Aho-Corasick automaton over this view, a pass as long as the text whatever
the number of values; a hit is then mapped back to the text, where its edges and gaps are checked.
"""

from __future__ import annotations

from typing import Any

_ALNUM_BYTES = bytes(range(48, 58)) + bytes(range(65, 91)) + bytes(range(97, 123))
_IS_ALNUM = bytes(1 if b in _ALNUM_BYTES else 0 for b in range(256))
_NOT_ALNUM_BYTES = bytes(b for b in range(256) if b not in _ALNUM_BYTES)
_CAPITALS = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyz", b"ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_NUMPY_FROM = 20_000  # below this many characters a plain loop is quicker than loading numpy


class Compact:
    """A text's ASCII letters and digits only, upper case, and where each of them is in the text (for a
    large text one numpy pass: a log of megabytes costs milliseconds)."""

    def __init__(self, text: str) -> None:
        raw = text.encode("ascii", errors="replace")  # one byte per character, non-ASCII as "?"
        if len(raw) < _NUMPY_FROM:
            self.positions: Any = [i for i, b in enumerate(raw) if _IS_ALNUM[b]]
            self.compact = bytes(raw[i] for i in self.positions).decode("ascii").upper()
            return
        import numpy

        # the compact form by bytes.translate, which deletes and capitalises in one C pass
        self.compact = raw.translate(_CAPITALS, _NOT_ALNUM_BYTES).decode("ascii")
        self.positions = numpy.flatnonzero(numpy.frombuffer(raw.translate(_IS_ALNUM), dtype=numpy.uint8))

    def position(self, index: int) -> int:
        """Where the compact form's character ``index`` is in the text."""
        return int(self.positions[index])

    def positions_of(self, indices: list[int]) -> list[int]:
        """Where the compact form's characters ``indices`` are in the text (for a numpy array one
        lookup for all of them: indexing it one element at a time costs a microsecond each)."""
        if isinstance(self.positions, list):
            return [self.positions[index] for index in indices]
        return self.positions[indices].tolist()  # type: ignore[no-any-return]
