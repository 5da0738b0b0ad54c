"""How often a character stands on the line holding a position, counted once per line.

Several readers ask, for every match on a line, whether the line holds other bars, tabs or commas (a record's
delimiters, a table's cells). Asked by counting the line each time, a single line of a megabyte holding thousands of
matches was read once per match: quadratic. Counted once per line and remembered, it is read once.
"""

from __future__ import annotations

import bisect


class LineCounts:
    """Counts of characters per line of one text (create one per text read)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._breaks: list[int] | None = None
        self._counts: dict[tuple[int, str], int] = {}

    def line(self, at: int) -> tuple[int, int]:
        """The start and end (its line break, or the text's end) of the line holding ``at``."""
        if self._breaks is None:
            breaks, found = [], self.text.find("\n")
            while found >= 0:
                breaks.append(found)
                found = self.text.find("\n", found + 1)
            self._breaks = breaks
        index = bisect.bisect_left(self._breaks, at)
        start = self._breaks[index - 1] + 1 if index > 0 else 0
        end = self._breaks[index] if index < len(self._breaks) else len(self.text)
        return start, end

    def count(self, at: int, char: str) -> int:
        """How many ``char`` the line holding ``at`` holds."""
        start, end = self.line(at)
        key = (start, char)
        found = self._counts.get(key)
        if found is None:
            found = self._counts[key] = self.text.count(char, start, end)
        return found
