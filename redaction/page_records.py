"""A screen of delimited records read as the extract it shows.

A flow file or a database export open in an editor or a terminal shows one record a line, its fields apart by
bars ("026|7413064093|2026-04-16 03:43:43|D0205|"). The line reader reads each line alone; a bare number in a
field says nothing there. Read as the text reader reads an extract without a header (:mod:`headerless`), the
field is a column: most of its cells were found as one kind (MPANs, serials), so a cell of that kind's make-up
is one too ("7413064093" among MPANs and serials is a supply's number). Each line's text is joined into one text,
the findings the page has are placed in it, and what the column readers add is masked where its line shows it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from .findings import Finding
from .headerless import find_column_mates, find_headerless_numbers
from .ocr import boxes_overlap
from .ocrmatch import line_span_findings
from .screen import ImageFinding, Page

_MIN_RECORDS = 3


def record_findings(page: Page, found: Sequence[ImageFinding]) -> Iterator[ImageFinding]:
    lines = [line for line in page.lines if line.text.count("|") >= 2]
    if len(lines) < _MIN_RECORDS:
        return
    starts: list[int] = []
    parts: list[str] = []
    at = 0
    for line in lines:
        starts.append(at)
        parts.append(line.text)
        at += len(line.text) + 1
    text = "\n".join(parts)
    placed: list[Finding] = []
    for line, start in zip(lines, starts, strict=True):
        for f in found:
            if not f.text or not boxes_overlap(line.box, f.box):
                continue
            at = line.text.find(f.text)
            while at >= 0:  # (the finding's own text where its box is on the line)
                box = line.span_box(at, at + len(f.text))
                if box is not None and boxes_overlap(box, f.box):
                    placed.append(Finding(start + at, start + at + len(f.text), f.kind, f.detector))
                    break
                at = line.text.find(f.text, at + 1)
    for finding in [*find_headerless_numbers(text, placed), *find_column_mates(text, placed)]:
        i = max(j for j, s in enumerate(starts) if s <= finding.start)
        offset = starts[i]
        if finding.end - offset <= len(lines[i].text):
            yield from line_span_findings(lines[i], finding.start - offset, finding.end - offset, finding.kind, "column")
