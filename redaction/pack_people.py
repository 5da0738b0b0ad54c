"""The people a document names in its own places: its tester, witnesses and reviewers, and its authors.

A name known only by its forename ("Niamh FitzGerald rang the contact centre", "Prepared for Ffion
Chaudhary-Lewis", a figure "for Isla Ní Bhriain") has no label to give it away, and the leak scan of a pack
once let it pass: the scan could not tell a customer from the run's own tester or witness, who are named in
the pack by design. It can now: a pack names its people in set places (the cover's Tester row, the sign-off
table, a "By" or "Raised" column, "… GMT by Priya Shah" under a step, "signed off by …", a witness session's
participants, the document's author and its comments' authors), so every other name in its pages is read as
a leak. A document from elsewhere names its people the same way or not at all, and then every name is one.

Read from the package's XML only (no Qt, no python-docx): the scan runs on whatever it is given.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Iterator

from lxml import etree

from .limits import InputTooLarge, PartUnreadable, check_part, read_part

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# a row whose first cell says a person's role: its other cells name them ("Tester | Priya Shah")
_ROLE_ROWS = frozenset({"tester", "testers", "witness", "witnesses", "reviewer", "reviewers", "signed off by",
                        "witnessed by", "recorded by", "raised by", "author"})
# a column headed by one of these lists people ("By", "Raised" as "Priya Shah, 2026-12-06 09:07 GMT")
_PEOPLE_COLUMNS = frozenset({"by", "raised", "raised by", "recorded by", "testers", "tester", "witness",
                             "reviewer", "signed off by"})
# a "Name" column is people only beside a role or an organisation (the sign-off table, a session's
# participants), never a customer table's "Name"
_NAME_COLUMN_PARTNERS = frozenset({"role", "organisation", "organization"})
# "… 09:07:39 GMT by Priya Shah", "signed off by Priya Shah at 2026-…"
_BY_LINE = re.compile(r"(?:\b(?:GMT|BST|UTC)\s+by|\bsigned off by)\s+([^\d\n,;()]{2,80}?)(?=\s+at\s+\d|\s*$|\s*[,;(])",
                      re.IGNORECASE)
_PERSON = re.compile(r"[^\W\d_][\w'’.\-]*(?:\s+[^\W\d_][\w'’.\-]*){0,5}")
_AUTHORS = re.compile(r"<(?:dc:creator|cp:lastModifiedBy)>([^<]{1,120})</")
_PARTS = re.compile(r"word/(?:document|comments)[^/]*\.xml", re.IGNORECASE)
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=False)


def people_words(package: zipfile.ZipFile) -> frozenset[str]:
    """The words of every name the package gives its own people, case-folded ("priya", "shah")."""
    words: set[str] = set()
    for name in _names(package):
        words.update(person_words(name))
    return frozenset(words)


def person_words(text: str) -> list[str]:
    """A name's words as compared: case-folded letters, split at spaces, hyphens and apostrophes."""
    return [word for word in re.split(r"[\s\-'’.]+", text.casefold()) if word]


def _names(package: zipfile.ZipFile) -> Iterator[str]:
    for info in package.infolist():
        part = info.filename
        if part == "docProps/core.xml":
            yield from _AUTHORS.findall(_read(package, info).decode("utf-8", errors="replace"))
        elif _PARTS.fullmatch(part):
            data = _read(package, info)
            try:
                root = etree.fromstring(data, _PARSER)
            except etree.XMLSyntaxError:
                continue  # the scan refuses the part itself; no one is named by it
            yield from _people_of(root)


def _read(package: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    try:
        check_part(info)
        return read_part(package, info)
    except (InputTooLarge, PartUnreadable, OSError, zipfile.BadZipFile, RuntimeError, EOFError):
        return b""  # the scan says the part is past its limits; here it names no one


def _people_of(root: etree._Element) -> Iterator[str]:
    for comment in root.iter(f"{W}comment"):
        author = comment.get(f"{W}author")
        if author:
            yield author
    for paragraph in root.iter(f"{W}p"):
        yield from (match.group(1) for match in _BY_LINE.finditer(_text(paragraph)))
    for table in root.iter(f"{W}tbl"):
        rows = [[_text(cell) for cell in row.findall(f"{W}tc")] for row in table.findall(f"{W}tr")]
        yield from _people_in_table(rows)


def _people_in_table(rows: list[list[str]]) -> Iterator[str]:
    for row in rows:
        if len(row) > 1 and _label(row[0]) in _ROLE_ROWS:
            yield from _parts(row[1:2])
    if not rows:
        return
    heads = [_label(cell) for cell in rows[0]]
    columns = [n for n, head in enumerate(heads) if head in _PEOPLE_COLUMNS
               or (head == "name" and _NAME_COLUMN_PARTNERS & set(heads))]
    for row in rows[1:]:
        yield from _parts(row[n] for n in columns if n < len(row))


def _parts(cells: Iterable[str]) -> Iterator[str]:
    """The names in cells as Attest writes them: several joined by commas, a date after a comma."""
    for cell in cells:
        for piece in re.split(r"[,;\n]", cell):
            match = _PERSON.match(piece.strip())
            if match is not None and match.group() == piece.strip():
                yield match.group()


def _label(cell: str) -> str:
    return " ".join(cell.casefold().replace(":", " ").split())


def _text(element: etree._Element) -> str:
    """An element's text as paragraphs of runs (``w:t``), paragraphs apart by line breaks."""
    paragraphs = element.iter(f"{W}p") if element.tag != f"{W}p" else [element]
    return "\n".join("".join(t.text or "" for t in p.iter(f"{W}t")) for p in paragraphs)
