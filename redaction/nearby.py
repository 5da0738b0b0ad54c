"""The lines near some places of a text, on their own: for detectors run again over a text only to learn what
they find at a few places.

A note of a person's size is read again in several ways (numbers said aloud, OCR's letters for digits and
digits for letters), each a full pass of the detectors over a copy of the text, of which only the findings at
the places read differently are kept. What decides those findings stands near them: their own line and the
lines either side (a label, a wrapped label, a form's question), and a table's first lines (its header). So
the detectors read those lines alone, each stretch of them after an empty line, and what they find is mapped
back. A dense text of thousands of lines, read that way four times over, cost four full passes more than
it needed to."""

from __future__ import annotations

import bisect

from .findings import Finding

REACH = 5  # lines either side of a place that are read
HEAD = 3  # a text's first lines, a table's header, are always read
_FEW_LINES = 64  # below this many lines the text is read whole: cutting it costs more than it saves


class Near:
    """The stretches of a text's lines near some places, joined with an empty line between them
    (:attr:`text`), and the map of positions between that and the text."""

    __slots__ = ("text", "_starts", "_origins", "_ends")

    def __init__(self, text: str, places: list[tuple[int, int]], reach: int = REACH) -> None:
        self._starts: list[int] = [0]  # where each stretch starts in self.text
        self._origins: list[int] = [0]  # and in the original
        self._ends: list[int] = [len(text)]  # and where it ends in the original
        lines = text.splitlines(keepends=True)
        if len(lines) < _FEW_LINES or not places:
            self.text = text
            return
        line_starts, at = [], 0
        for line in lines:
            line_starts.append(at)
            at += len(line)
        keep = bytearray(len(lines))
        keep[:HEAD] = b"\x01" * min(HEAD, len(lines))
        for start, end in places:
            first = bisect.bisect_right(line_starts, start) - 1
            last = bisect.bisect_right(line_starts, max(start, end - 1)) - 1
            low, high = max(0, first - reach), min(len(lines), last + reach + 1)
            keep[low:high] = b"\x01" * (high - low)
        if all(keep):
            self.text = text
            return
        parts: list[str] = []
        self._starts, self._origins, self._ends, size = [], [], [], 0
        i = 0
        while i < len(lines):
            if not keep[i]:
                i += 1
                continue
            j = i
            while j < len(lines) and keep[j]:
                j += 1
            if parts:
                parts.append("\n")  # an empty line between two stretches: no label or value runs across
                size += 1
            stretch = "".join(lines[i:j])
            self._starts.append(size)
            self._origins.append(line_starts[i])
            self._ends.append(line_starts[i] + len(stretch))
            parts.append(stretch)
            size += len(stretch)
            i = j
        self.text = "".join(parts)

    def to_text(self, position: int) -> int:
        """Where a position of the original is in :attr:`text` (for a place inside a stretch)."""
        i = bisect.bisect_right(self._origins, position) - 1
        return position - self._origins[i] + self._starts[i]

    def to_original(self, position: int) -> int:
        i = bisect.bisect_right(self._starts, position) - 1
        return position - self._starts[i] + self._origins[i]

    def within(self, found: list[Finding]) -> list[Finding]:
        """Findings in the original that lie in the lines read, as findings in :attr:`text`."""
        out = []
        for f in found:
            i = bisect.bisect_right(self._origins, f.start) - 1
            if i >= 0 and f.end <= self._ends[i]:
                shift = self._starts[i] - self._origins[i]
                out.append(Finding(f.start + shift, f.end + shift, f.kind, f.detector, f.quote, f.tail, f.value))
        return out

    def findings(self, found: list[Finding]) -> list[Finding]:
        """Findings in :attr:`text` as findings in the original."""
        if len(self._starts) == 1 and self._origins[0] == 0:
            return found
        starts = self._starts
        return [Finding(self.to_original(f.start), self.to_original(f.end - 1) + 1, f.kind, f.detector, f.quote,
                        f.tail, f.value) for f in found
                # (none across the empty line between two stretches: it stands for lines not read)
                if bisect.bisect_right(starts, f.start) == bisect.bisect_right(starts, f.end - 1)]
