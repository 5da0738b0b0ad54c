"""The people a document names in its own places: its tester, witnesses and reviewers, and its authors.

A name known only by its forename ("Niamh FitzGerald rang the contact centre", "Prepared for Ffion
Chaudhary-Lewis", a figure "for Isla Ní Bhriain") has no label to give it away, and the leak scan of a pack
once let it pass: the scan could not tell a customer from the run's own tester or witness, who are named in
the pack by design. It can now: a pack names its people in set places (the cover's Tester row, the sign-off
table's Tester, Witness and Reviewer rows, a "By" or "Raised" column of a table of its records, a step's whole
"2026-12-06 09:07:39 GMT by Priya Shah" line, the cover's "signed off by …", a session's participants in a
testing role, the document's author and its comments' authors), so every other name in its pages is read as a
leak. Names are compared whole (a customer "Ffion Shah" is no tester "Priya Shah" and witness "Ffion Jones"). A
document from elsewhere names its people the same way or not at all, and then every name is one.

Read from the package's XML only (no Qt, no python-docx): the scan runs on whatever it is given.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Iterator

from lxml import etree

from .limits import InputTooLarge, PartUnreadable, check_part, read_part

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# a row whose first cell says a person's role: its next cell names them ("Tester | Priya Shah", the sign-off table's
# "Witness | Ffion Jones |  | ")
_ROLE_ROWS = frozenset({"tester", "testers", "witness", "witnesses", "reviewer", "reviewers"})
# a column of the pack's people, in a table of its records (headed also by a step's, a run's or a suite's column):
# "By", "Raised" ("Priya Shah, 2026-12-06 09:07 GMT"), "Raised by", "Testers"
_PEOPLE_COLUMNS = frozenset({"by", "raised", "raised by", "recorded by", "testers"})
_RECORD_COLUMNS = frozenset({"step", "run", "suite", "no."})
# a session's participants ("Name | Organisation | Role"): only those in a testing role
_ROLES = frozenset({"tester", "witness", "reviewer", "observer", "assurer", "test lead", "test manager", "lead tester"})
# a step's record line, the whole paragraph: "2026-12-06 09:07:39 GMT by Priya Shah"
_RECORDED = re.compile(r"\s*\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?(?:[ ][A-Z]{2,5})?[ ]by[ ](?P<name>[^\d\n,;()]{2,80}?)\s*")
# the cover's witnessed-run cell: "Yes; Passed, signed off by Ffion Jones at 2026-12-06 10:15 GMT"
_SIGNED_OFF = re.compile(r"Yes;[^\n]{0,60}?, signed off by (?P<name>[^\d\n,;()]{2,80}?) at \d")
_PERSON = re.compile(r"[^\W\d_][\w'’.\-]*(?:\s+[^\W\d_][\w'’.\-]*){0,5}")
_AUTHOR = re.compile(r"<dc:creator>([^<]{1,120})</")
_PARTS = re.compile(r"word/(?:document|comments)[^/]*\.xml", re.IGNORECASE)
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=False)


def people_names(package: zipfile.ZipFile) -> frozenset[tuple[str, ...]]:
    """Every name the package gives its own people, each as its words case-folded (("priya", "shah"))."""
    return frozenset(words for name in _names(package) if (words := tuple(person_words(name))))


def is_theirs(words: list[str], people: frozenset[tuple[str, ...]]) -> bool:
    """Is a name read in the pages (its words, case-folded) one of ``people``'s, whole or a run of its words ("Wendy",
    "Wendy Witness")? A customer sharing a forename with one and a surname with another ("Ffion Shah") is not."""
    size = len(words)
    return size > 0 and any(tuple(words) == person[i:i + size] for person in people for i in range(len(person) - size + 1))


def person_words(text: str) -> list[str]:
    """A name's words as compared: case-folded letters, split at spaces, hyphens and apostrophes."""
    return [word for word in re.split(r"[\s\-'’.]+", text.casefold()) if word]


def _names(package: zipfile.ZipFile) -> Iterator[str]:
    for info in package.infolist():
        part = info.filename
        if part == "docProps/core.xml":
            yield from _AUTHOR.findall(_read(package, info).decode("utf-8", errors="replace"))
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
        recorded = _RECORDED.fullmatch(_text(paragraph))
        if recorded is not None:
            yield recorded.group("name")
    for table in root.iter(f"{W}tbl"):
        rows = [[_text(cell) for cell in row.findall(f"{W}tc")] for row in table.findall(f"{W}tr")]
        yield from _people_in_table(rows)


def _people_in_table(rows: list[list[str]]) -> Iterator[str]:
    for row in rows:
        if len(row) > 1 and _label(row[0]) in _ROLE_ROWS:
            yield from _parts(row[1:2])
        if len(row) > 1 and _label(row[0]) == "witnessed run":
            yield from (match.group("name") for match in _SIGNED_OFF.finditer(row[1]))
    if not rows:
        return
    heads = [_label(cell) for cell in rows[0]]
    if _RECORD_COLUMNS & set(heads):
        columns = [n for n, head in enumerate(heads) if head in _PEOPLE_COLUMNS]
        for row in rows[1:]:
            yield from _parts(row[n] for n in columns if n < len(row))
    if "name" in heads and "role" in heads:
        name, role = heads.index("name"), heads.index("role")
        for row in rows[1:]:
            if max(name, role) < len(row) and _label(row[role]) in _ROLES:
                yield from _parts([row[name]])


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
