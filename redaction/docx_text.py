"""Word XML as a reader sees it: the text of each paragraph as Word renders it, and every value Word shows.

The leak scan reads a .docx with this, not with the XML's raw text. A paragraph is the text of its runs
joined (``w:t``, tracked deletions ``w:delText``: review mode shows them; hidden runs and the markup-compatibility
fallback are left out, as Word draws the paragraph, and read apart as other readings), with
``w:sym`` characters (Symbol-font ``F0xx`` codes are the ASCII character ``xx``), tabs, breaks and the
non-breaking hyphen as Word draws them; field codes are kept apart (their results are runs). Paragraphs come in
document order, so the cells of a table row follow each other left to right and a text box follows the
paragraph it is anchored in: the scan reads consecutive paragraphs together (see ``scan``), so that a
number split over two paragraphs or two borderless cells is read whole.

Every other value goes into :attr:`PartText.values`, labelled with where it sits: attribute values
(watermark text ``v:textpath/@string``, alt text, titles, content-control alias, tag and list items,
``w:docVar``, numbering ``w:lvlText``, form-field defaults and help texts, style names and aliases, link
targets, properties) except those known to be formatting (colours, sizes, ids, rsids, relationship
ids), text outside paragraphs (properties, custom XML), XML comments and processing instructions.
"""

from __future__ import annotations

import base64
import binascii
import re
from copy import deepcopy
from dataclasses import dataclass, field
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_NS = "http://www.w3.org/XML/1998/namespace"
W = "{%s}" % W_NS
A = "{%s}" % A_NS
M = "{%s}" % M_NS

_PARAGRAPHS = {f"{W}p", f"{A}p"}
_TEXT = {f"{W}t", f"{W}delText", f"{M}t", f"{A}t"}
_FIELD_CODE = {f"{W}instrText", f"{W}delInstrText"}
_DRAWN = {f"{W}tab": "\t", f"{W}ptab": "\t", f"{W}br": "\n", f"{W}cr": "\n", f"{A}br": "\n",
          f"{W}noBreakHyphen": "-", f"{W}softHyphen": ""}

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, remove_comments=False,
                          remove_pis=False, huge_tree=False, recover=False)


class XmlUnreadable(Exception):
    """The part is not XML the scan can vouch for (malformed, or it declares a DTD)."""


@dataclass
class PartText:
    paragraphs: list[str] = field(default_factory=list)  # as rendered, document order; paragraph n is [n-1]
    fields: list[tuple[int, str]] = field(default_factory=list)  # (paragraph number, field code)
    values: list[tuple[str, str]] = field(default_factory=list)  # (where, text): attributes, loose text, comments
    # (where, text): a paragraph as a reader may also see it: right to left, frames side by side, fields updated
    readings: list[tuple[str, str]] = field(default_factory=list)
    # (where, text): a table's first-row cell read with the one under it, where only a number's kinds are looked for
    # (joined so, a heading and a value make names of no one: "Witness" over a person in a report's table)
    down_columns: list[tuple[str, str]] = field(default_factory=list)


def parse(data: bytes) -> etree._Element:
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as error:
        raise XmlUnreadable(f"not well-formed XML ({error.msg})") from None
    if root.getroottree().docinfo.doctype:
        raise XmlUnreadable("XML that declares a DTD (Word refuses it; its entities could hide text)")
    return root


def read_part(data: bytes, *, rels: bool = False) -> PartText:
    return read_tree(parse(data), rels=rels)


def read_tree(root: etree._Element, *, rels: bool = False, lists: ListLabels | None = None,
              styles: frozenset[str] = frozenset()) -> PartText:
    """``lists``: the package's numbering, so that a list item's label is read before its text, as Word
    draws it ("157271" from the numbering beside "9837106" in the paragraph is one number on the page)."""
    out = PartText()
    counters = lists.counters() if lists is not None else None
    framed: tuple[int, str] | None = None  # the last paragraph, if it stood in a frame
    read: dict[etree._Element, str] = {}  # each paragraph's own text, for the tables read by their headings
    for paragraph in root.iter(*_PARAGRAPHS):
        text, codes = _paragraph(paragraph, styles=styles)  # (``styles``: those that hide text, hidden_styles)
        read[paragraph] = text
        label = counters.label(paragraph) if counters is not None else ""
        text = label + text
        out.paragraphs.append(text)
        number = len(out.paragraphs)
        out.fields.extend((number, code) for code in codes)
        if paragraph.tag == f"{W}p":
            out.readings.extend((f"paragraph {number} ({how})", reading)
                                for how, reading in _other_readings(paragraph, text, styles) if reading != text)
            # frames side by side: the page shows the later one first as often as not
            in_frame = paragraph.find(f"{W}pPr/{W}framePr") is not None
            if in_frame and framed is not None and framed[0] == number - 1:
                out.readings.extend((f"paragraphs {number - 1} and {number} (frames side by side)", text + joiner + framed[1])
                                    for joiner in ("", " "))
            framed = (number, text) if in_frame else None
    out.readings.extend(_under_headers(root, read))
    out.readings.extend(_right_to_left_rows(root, read))
    out.down_columns.extend(_first_rows_down(root, read))
    out.paragraphs.extend(_other_formats_paragraphs(root))
    _values(root, out.values, rels)
    out.values.extend(_numbering_as_shown(root))
    return out


_SHEET = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ODF_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
# a sheet's string (shared or inline), and an OpenDocument paragraph or heading: each one text to a reader,
# however its runs and spans split it ("<si><r><t>1844</t></r><r><t>4978…</t></r></si>", "<text:p>18<text:span>44…")
_OTHER_PARAGRAPHS = (f"{_SHEET}si", f"{_SHEET}is", f"{_ODF_TEXT}p", f"{_ODF_TEXT}h")
_ODF_DRAWN = {f"{_ODF_TEXT}tab": "\t", f"{_ODF_TEXT}line-break": "\n"}


def _other_formats_paragraphs(root: etree._Element) -> list[str]:
    """The paragraphs of a workbook's strings and of an OpenDocument part (an embedded .xlsx or .odt), each
    read whole: its text joined across runs and spans, ODF's spaces (``text:s``), tabs and breaks drawn."""
    out: list[str] = []
    for paragraph in root.iter(*_OTHER_PARAGRAPHS):
        if paragraph.tag.startswith(_SHEET):
            out.append("".join(t.text or "" for t in paragraph.iter(f"{_SHEET}t")
                               if not any(a.tag == f"{_SHEET}rPh" for a in t.iterancestors())))
            continue
        parts: list[str] = []
        for element in paragraph.iter():
            if element is not paragraph and element.tag in _OTHER_PARAGRAPHS:
                continue  # (a note's paragraph inside this one is read on its own)
            if element.tag == f"{_ODF_TEXT}s":
                parts.append(" " * max(1, _int(element.get(f"{_ODF_TEXT}c"), 1)))
            elif element.tag in _ODF_DRAWN:
                parts.append(_ODF_DRAWN[element.tag])
            elif element.text:
                parts.append(element.text)
            if element is not paragraph and element.tail:
                parts.append(element.tail)
        out.append("".join(parts))
    return out


def _under_headers(root: etree._Element, read: dict[etree._Element, str]) -> Iterator[tuple[str, str]]:
    """Each cell of a table read after its column's header, where the header names an identifier ("MPRN",
    "Customer name"): a bare "8654477191" in the 70th row, or split over two borderless cells under one
    heading spanning both, is what the heading says to a reader, however far down the page it is. ``read``:
    the paragraphs' own texts, as :func:`read_tree` read them."""
    from .fields import classify

    for number, table in enumerate(root.iter(f"{W}tbl"), start=1):
        rows = table.findall(f"{W}tr")
        if len(rows) < 2:
            continue
        columns = []  # (first grid column, heading) of each heading that names an identifier
        for start, _end, text in _cells(rows[0], read):
            if text.strip() and classify(text.strip()) is not None:
                columns.append((start, text.strip()))
        if not columns:
            continue
        for row_number, row in enumerate(rows[1:], start=2):
            cells = list(_cells(row, read))
            for start, heading in columns:
                # (the cells from the heading's column on: a number split over borderless cells runs on
                # past the heading's own column as often as not)
                under = [text for _a, b, text in cells if start < b and text.strip()]
                if under:
                    for joiner in ("", " "):
                        yield f"table {number}, row {row_number}, under {heading!r}", f"{heading}: {joiner.join(under)}"


_PIECE = 24  # characters: a cell this short may hold a piece of a value split over cells


def _right_to_left_rows(root: etree._Element, read: dict[etree._Element, str]) -> Iterator[tuple[str, str]]:
    """A right-to-left table's rows (``w:bidiVisual``) as a reader meets them: from the last cell to the first, each
    cell joined with the next (with nothing and with a space)."""
    for number, table in enumerate(root.iter(f"{W}tbl"), start=1):
        if table.find(f"{W}tblPr/{W}bidiVisual") is None:
            continue
        for row_number, row in enumerate(table.findall(f"{W}tr"), start=1):
            texts = [text.strip() for _a, _b, text in reversed(list(_cells(row, read))) if text.strip()]
            for first, second in zip(texts, texts[1:]):
                for joiner in ("", " "):
                    yield f"table {number}, row {row_number} (right to left)", first + joiner + second


def _first_rows_down(root: etree._Element, read: dict[etree._Element, str]) -> Iterator[tuple[str, str]]:
    """Each short cell of a table's first row with the cell under it (a value split between a heading's row and the
    row under it, "21 5723" over "5193 174"), joined with nothing and with a space. The first two rows only: further
    down, a column's cells are its rows' values, step numbers and file names, whose neighbours joined make serials
    of nothing."""
    for number, table in enumerate(root.iter(f"{W}tbl"), start=1):
        rows = table.findall(f"{W}tr")
        if len(rows) < 2:
            continue
        below = {start: text for start, _end, text in _cells(rows[1], read)}
        for start, _end, text in _cells(rows[0], read):
            under = below.get(start, "")
            if text.strip() and under.strip() and len(text) <= _PIECE and len(under) <= _PIECE:
                for joiner in ("", " "):
                    yield f"table {number}, rows 1 and 2, down a column", text.strip() + joiner + under.strip()


def _cells(row: etree._Element, read: dict[etree._Element, str]) -> Iterator[tuple[int, int, str]]:
    """A table row's cells: the grid columns each spans (``w:gridSpan``), and its text."""
    column = 0
    for cell in row.findall(f"{W}tc"):
        span = cell.find(f"{W}tcPr/{W}gridSpan")
        width = max(1, _int(span.get(f"{W}val") if span is not None else None, 1))
        text = " ".join(read[p] if p in read else _paragraph(p)[0] for p in cell.iter(f"{W}p"))
        yield column, column + width, text
        column += width


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SHOWN_ITEMS = 50  # list items rendered per level: a number can be finished by the counter of any of them


def _numbering_as_shown(root: etree._Element) -> list[tuple[str, str]]:
    """A list level's text as Word shows it on its first items: ``w:lvlText`` with each ``%N`` replaced
    by level N's counter, from its ``w:start`` on ("12000233059%1" starting at 67 shows an MPAN)."""
    out: list[tuple[str, str]] = []
    for abstract in root.iter(f"{_W}abstractNum"):
        starts: dict[int, int] = {}
        hidden: set[int] = set()  # levels whose counter is drawn as nothing (numFmt "none", LibreOffice's outline)
        formats: dict[int, str] = {}
        texts: list[tuple[int, str]] = []
        for level in abstract.iter(f"{_W}lvl"):
            try:
                index = int(level.get(f"{_W}ilvl", "0"))
                start = level.find(f"{_W}start")
                starts[index] = int(start.get(f"{_W}val", "1")) if start is not None else 1
            except ValueError:
                continue
            number_format = level.find(f"{_W}numFmt")
            if number_format is not None and number_format.get(f"{_W}val") == "none":
                hidden.add(index)
            formats[index] = number_format.get(f"{_W}val", "decimal") if number_format is not None else "decimal"
            text = level.find(f"{_W}lvlText")
            if text is not None and "%" in (text.get(f"{_W}val") or ""):
                texts.append((index, text.get(f"{_W}val") or ""))
        for index, pattern in texts:
            shown = []
            for item in range(_SHOWN_ITEMS):
                counters = {n: starts.get(n - 1, 1) for n in range(1, 10)}
                counters[index + 1] = starts.get(index, 1) + item
                shown.append(re.sub(r"%([1-9])", lambda m: "" if int(m.group(1)) - 1 in hidden
                                    else counter_text(counters[int(m.group(1))], formats.get(int(m.group(1)) - 1, "")),
                                    pattern))
            # each item's label read on its own, as a reader sees it beside its item: joined, the counters of
            # consecutive items ("17", "25", "33" … of a list whose levels start apart) read as one spaced id
            out.extend((f"w:lvl {index} (as shown)", label) for label in dict.fromkeys(shown) if label.strip())
    return out


class ListLabels:
    """A package's numbering (``word/numbering.xml``): for each list and level, its start, its text with
    ``%N`` placeholders and what follows the label (a tab, a space or nothing)."""

    def __init__(self, numbering: etree._Element) -> None:
        abstracts: dict[str, dict[int, tuple[int, str, str]]] = {}
        self.formats: dict[str, dict[int, str]] = {}  # abstract list -> level -> numFmt
        for abstract in numbering.iter(f"{_W}abstractNum"):
            levels: dict[int, tuple[int, str, str]] = {}
            formats: dict[int, str] = {}
            for level in abstract.iter(f"{_W}lvl"):
                index = _int(level.get(f"{_W}ilvl"), 0)
                start, text, suffix = level.find(f"{_W}start"), level.find(f"{_W}lvlText"), level.find(f"{_W}suff")
                levels[index] = (_int(start.get(f"{_W}val") if start is not None else None, 1),
                                 (text.get(f"{_W}val") or "") if text is not None else "",
                                 {"space": " ", "nothing": ""}.get(suffix.get(f"{_W}val", "") if suffix is not None
                                                                   else "", "\t"))
                number_format = level.find(f"{_W}numFmt")
                formats[index] = number_format.get(f"{_W}val", "decimal") if number_format is not None else "decimal"
            self.formats[abstract.get(f"{_W}abstractNumId", "")] = formats
            abstracts[abstract.get(f"{_W}abstractNumId", "")] = levels
        self.lists: dict[str, dict[int, tuple[int, str, str]]] = {}
        self.list_formats: dict[str, dict[int, str]] = {}
        for num in numbering.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            abstract_id = ref.get(f"{_W}val", "") if ref is not None else ""
            levels = dict(abstracts.get(abstract_id, {}))
            self.list_formats[num.get(f"{_W}numId", "")] = self.formats.get(abstract_id, {})
            for override in num.iter(f"{_W}lvlOverride"):  # a list that starts again at another number
                index = _int(override.get(f"{_W}ilvl"), 0)
                start = override.find(f"{_W}startOverride")
                if start is not None and index in levels:
                    levels[index] = (_int(start.get(f"{_W}val"), 1), *levels[index][1:])
            self.lists[num.get(f"{_W}numId", "")] = levels

    def counters(self) -> ListCounters:
        return ListCounters(self)


class ListCounters:
    """The items counted so far in one part, list by list, as Word numbers them in document order."""

    def __init__(self, lists: ListLabels) -> None:
        self.lists = lists
        self.counts: dict[str, dict[int, int]] = {}

    def label(self, paragraph: etree._Element) -> str:
        """The label Word draws before ``paragraph`` and what follows it, or "" for no list item."""
        numbering = paragraph.find(f"{_W}pPr/{_W}numPr")
        if numbering is None:
            return ""
        num = numbering.find(f"{_W}numId")
        level = numbering.find(f"{_W}ilvl")
        num_id = num.get(f"{_W}val", "") if num is not None else ""
        index = _int(level.get(f"{_W}val") if level is not None else None, 0)
        levels = self.lists.lists.get(num_id)
        if not levels or index not in levels:
            return ""
        counts = self.counts.setdefault(num_id, {})
        counts[index] = counts.get(index, levels[index][0] - 1) + 1
        for deeper in [n for n in counts if n > index]:
            del counts[deeper]  # a new item restarts the levels below it
        formats = self.lists.list_formats.get(num_id, {})
        text = re.sub(r"%([1-9])", lambda m: counter_text(
            counts.get(int(m.group(1)) - 1, levels.get(int(m.group(1)) - 1, (1, "", ""))[0]),
            formats.get(int(m.group(1)) - 1, "decimal")), levels[index][1])
        return text + levels[index][2] if text else ""


# -- a paragraph as a reader may also see it ------------------------------------------------------------

_DIGIT_GROUPS = re.compile(r"\d+(?:[ \u00a0\t]+\d+)+")


def _other_readings(paragraph: etree._Element, text: str, styles: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """Right to left: a paragraph set right to left (``w:bidi``), or runs in one (``w:rtl``, ``w:dir``),
    shows its groups of digits in the other order ("B A" stored shows "A B"), and a bidi override
    (``w:bdo``) draws its characters reversed. Fields: what Word shows once they are updated (a result
    marked dirty, or a stale one, is not what the page shows)."""
    out: list[tuple[str, str]] = []
    rtl = paragraph.find(f"{W}pPr/{W}bidi") is not None
    overrides: list[etree._Element] = []
    fields = False
    # (one walk over the paragraph for all that changes a reading; most paragraphs hold none of it)
    breaks: list[etree._Element] = []  # a column's or a page's break inside the paragraph
    changes: list[etree._Element] = []  # tracked deletions and moves away
    for e in paragraph.iter(f"{W}rtl", f"{W}dir", f"{W}bdo", f"{W}fldChar", f"{W}fldSimple", f"{W}br", f"{W}del",
                            f"{W}moveFrom"):
        tag = e.tag
        if tag == f"{W}br":
            if e.get(f"{W}type") in ("column", "page"):
                breaks.append(e)
        elif tag in (f"{W}del", f"{W}moveFrom"):
            changes.append(e)
        elif tag == f"{W}rtl":
            rtl = rtl or (e.get(f"{W}val") or "true") not in ("0", "false", "off")
        elif tag == f"{W}dir":
            rtl = rtl or e.get(f"{W}val") == "rtl"
        elif tag == f"{W}bdo":
            if e.get(f"{W}val") == "rtl":
                overrides.append(e)
        else:
            fields = True
    if rtl:
        out.append(("right to left", _DIGIT_GROUPS.sub(lambda m: " ".join(reversed(m.group().split())), text)))
    for override in overrides:
        inside = "".join(t.text or "" for t in override.iter(*_TEXT))
        if inside and inside in text:
            out.append(("bidi override", text.replace(inside, inside[::-1], 1)))
    updated = _fields_updated(paragraph) if fields else None
    if updated is not None:
        out.append(("fields updated", updated))
    if breaks:  # the text goes on in the next column or on the next page: "priya.szabo" | "@example.net"
        out.append(("across its column or page break", _paragraph(_without(paragraph, breaks))[0]))
    if changes:  # as it reads with its changes accepted: "8654" deleted between "4477" and its inserted "191"
        out.append(("changes accepted", _paragraph(_without(paragraph, changes))[0]))
    # hidden text shown (Word's "show hidden", a reader that ignores it), an older reader's fallback, and both
    # alternatives at once: the text as drawn leaves them out, and they are read too, apart
    if styles or any(True for _ in paragraph.iter(f"{W}vanish", f"{W}specVanish", f"{W}webHidden",
                                                   f"{_MC}AlternateContent")):
        out.append(("with its hidden text", _paragraph(paragraph, hidden=True)[0]))
        out.append(("as an older reader draws it", _paragraph(paragraph, branch="fallback", styles=styles)[0]))
        out.append(("every alternative and hidden run", _paragraph(paragraph, hidden=True, branch="both")[0]))
    return out


def _without(paragraph: etree._Element, elements: list[etree._Element]) -> etree._Element:
    """A copy of ``paragraph`` without ``elements`` (the paragraph itself is left as it is)."""
    marked = set(map(id, elements))
    copy = deepcopy(paragraph)
    doomed = [copied for original, copied in zip(paragraph.iter(), copy.iter(), strict=True) if id(original) in marked]
    for element in doomed:
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)
    return copy


def _fields_updated(paragraph: etree._Element) -> str | None:
    """The paragraph's text with each field's result as Word computes it on an update, where it can tell
    (``QUOTE``, ``=`` arithmetic, ``SEQ … \r n``; a field inside another's instruction gives its value to
    it); None when that changes nothing."""
    shown: list[str] = []
    fresh: list[str] = []
    frames: list[dict[str, Any]] = []  # code, result, in_result
    changed = False
    stack: list[Any] = list(reversed(paragraph))
    while stack:
        node = stack.pop()
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _PARAGRAPHS and node is not paragraph:
            continue
        if tag == f"{W}fldChar":
            kind = node.get(f"{W}fldCharType")
            if kind == "begin":
                frames.append({"code": [], "result": [], "in_result": False})
            elif kind == "separate" and frames:
                frames[-1]["in_result"] = True
            elif kind == "end" and frames:
                frame = frames.pop()
                was = "".join(frame["result"])
                value = evaluate_field("".join(frame["code"]))
                now = value if value is not None else was
                if frames and not frames[-1]["in_result"]:
                    frames[-1]["code"].append(now)
                elif frames:
                    frames[-1]["result"].append(now)
                else:
                    shown.append(was)
                    fresh.append(now)
                    changed = changed or now != was
            continue
        if tag == f"{W}fldSimple":
            was = "".join(t.text or "" for t in node.iter(*_TEXT))
            value = evaluate_field(node.get(f"{W}instr") or "")
            now = value if value is not None else was
            target = frames[-1]["code"] if frames and not frames[-1]["in_result"] else None
            if target is not None:
                target.append(now)
            else:
                shown.append(was)
                fresh.append(now)
                changed = changed or now != was
            continue
        if tag in _FIELD_CODE:
            if frames and not frames[-1]["in_result"]:
                frames[-1]["code"].append(node.text or "")
            continue
        if tag in _TEXT or tag in _DRAWN:
            piece = (node.text or "") if tag in _TEXT else _DRAWN[tag]
            if frames:
                frames[-1]["result" if frames[-1]["in_result"] else "code"].append(piece)
            else:
                shown.append(piece)
                fresh.append(piece)
            continue
        stack.extend(reversed(node))
    return "".join(fresh) if changed else None


_QUOTE_FIELD = re.compile(r'^\s*QUOTE\s+(?:"(?P<quoted>[^"]*)"|(?P<bare>\S+))', re.IGNORECASE)
_SEQ_RESET = re.compile(r"^\s*SEQ\s+\S+.*?\\r\s*(?P<value>\d+)", re.IGNORECASE)
_FORMULA = re.compile(r"^\s*=\s*(?P<expression>[^\\]*)")
_PICTURE = re.compile(r"\\#\s*(?:\"(?P<quoted>[^\"]*)\"|(?P<bare>\S+))")
_SYMBOL_FIELD = re.compile(r"^\s*SYMBOL\s+(?P<code>0x[0-9A-Fa-f]+|\d+)(?P<switches>.*)$", re.IGNORECASE | re.DOTALL)
_SYMBOL_FONT = re.compile(r"\\f\s*(?:\"(?P<quoted>[^\"]*)\"|(?P<bare>\S+))")
_EQ_FIELD = re.compile(r"^\s*EQ\b(?P<body>.*)$", re.IGNORECASE | re.DOTALL)
# one of EQ's drawing instructions: its switch, its options, its arguments ("\o(6,)", "\a \al \co2 (a,b,c)")
_EQ_PART = re.compile(r"\\(?P<switch>[A-Za-z])(?P<options>(?:\s*\\[A-Za-z]+\d*){0,8})\s*\((?P<args>[^()]*)\)")
_LONGEST_EQ = 4000  # characters of an EQ code read (a field's code is a line; a megabyte of switches is none)


def evaluate_field(code: str) -> str | None:
    r"""What a field shows once updated, where that needs nothing but its code: ``QUOTE "text"``, ``SEQ …
    \r n`` (the sequence set to n), ``= arithmetic`` (numbers, + - * / and brackets; an integer shown whole,
    through its ``\#`` numeric picture, literal text and all), ``SYMBOL 49`` (the character it draws), and
    ``EQ`` (the characters its overstrikes, arrays and fractions draw). None for any other field (its stored
    result stands)."""
    if match := _QUOTE_FIELD.match(code):
        return match.group("quoted") if match.group("quoted") is not None else match.group("bare")
    if match := _SEQ_RESET.match(code):
        return str(int(match.group("value")))
    if match := _FORMULA.match(code):
        value = _arithmetic(match.group("expression"))
        if value is None:
            return None
        shown = str(int(value)) if value == int(value) else f"{value:g}"
        picture = _PICTURE.search(code)
        return _with_picture(shown, picture.group("quoted") or picture.group("bare") or "") if picture else shown
    if match := _SYMBOL_FIELD.match(code):
        number = match.group("code")
        value = int(number, 16) if number.lower().startswith("0x") else int(number)
        font = _SYMBOL_FONT.search(match.group("switches"))
        return symbol_char(f"{value:X}", (font.group("quoted") or font.group("bare") or "") if font else "") \
            if value < 0x110000 else None
    if len(code) <= _LONGEST_EQ and (match := _EQ_FIELD.match(code)):
        # an overstrike draws its characters on one another (the one not blank is what shows); an array, a
        # fraction, a bracket or a box draws its arguments apart, each read as a word
        drawn = [("".join if part.group("switch").lower() == "o" else " ".join)(
                 a.strip() for a in part.group("args").split(",") if a.strip()) for part in _EQ_PART.finditer(match.group("body"))]
        return "".join(drawn) if drawn else None
    return None


def _with_picture(number: str, picture: str) -> str:
    r"""A number as a ``\#`` numeric picture shows it: the digits where the picture's 0, # and x stand (all
    of them, however few it has), its literal text (in single quotes, or any other character) around them."""
    out, placed = [], False
    for piece in re.findall(r"'[^']*'|[0#x.,]+|.", picture):
        if piece.startswith("'"):
            out.append(piece[1:-1])
        elif piece[0] in "0#x.,":
            if not placed:
                out.append(number)
                placed = True
        else:
            out.append(piece)
    return "".join(out) if placed else number


def _arithmetic(expression: str) -> float | None:
    """The value of ``expression`` if it is arithmetic on numbers, else None (evaluated by walking its
    syntax tree: nothing in a document is run as code)."""
    import ast

    expression = expression.strip().replace(",", "")
    if not expression or len(expression) > 200 or not re.fullmatch(r"[\d.\s+\-*/()]+", expression):
        return None
    try:
        tree = ast.parse(expression, mode="eval")
    except SyntaxError:
        return None

    def value(node: ast.AST) -> float:
        if isinstance(node, ast.Expression):
            return value(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return float(node.value)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            return -value(node.operand) if isinstance(node.op, ast.USub) else value(node.operand)
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub, ast.Mult, ast.Div)):
            left, right = value(node.left), value(node.right)
            if isinstance(node.op, ast.Add):
                return left + right
            if isinstance(node.op, ast.Sub):
                return left - right
            if isinstance(node.op, ast.Mult):
                return left * right
            return left / right
        raise ValueError("not arithmetic")

    try:
        result = value(tree)
    except (ValueError, ZeroDivisionError, OverflowError):
        return None
    return result if abs(result) < 1e22 else None


def counter_text(number: int, number_format: str) -> str:
    """A list counter as its level's ``w:numFmt`` draws it, where that is digits: ``decimalZero`` pads to two
    ("07"), ``hex`` is hexadecimal; anything else is read as decimal (a letter or a word has no digits to
    hide, and decimal is what the counter is)."""
    if number_format == "decimalZero":
        return f"{number:02d}"
    if number_format == "hex":
        return f"{number:X}"
    return str(number)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def symbol_char(code: str, font: str = "") -> str:
    """``w:sym/@w:char``: a hex code; Symbol and Wingdings fonts use the private-use range F000-F0FF for
    the byte ``xx`` of their 8-bit encoding, which in the Symbol font is the ASCII digit or letter, and in
    Wingdings a circled digit (80-8A ⓪-⑩, 8B-95 ⓿-❿): read as the digit it shows."""
    try:
        value = int(code, 16)
    except ValueError:
        return ""
    if 0xF000 <= value <= 0xF0FF:
        value -= 0xF000
    if "wingdings" in font.lower() and 0x80 <= value <= 0x95:
        return str((value - 0x80) % 11)
    try:
        return chr(value)
    except (ValueError, OverflowError):
        return ""


_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"


def _hides(props: etree._Element | None) -> bool | None:
    """Whether run properties hide their text (``w:vanish``, ``w:specVanish``, ``w:webHidden``), or None if
    they do not say."""
    if props is None:
        return None
    for name in ("vanish", "specVanish", "webHidden"):
        flag = props.find(f"{W}{name}")
        if flag is not None:
            return (flag.get(f"{W}val") or "true") not in ("0", "false", "off")
    return None


def _hidden(run: etree._Element, styles: frozenset[str], paragraph_hidden: bool) -> bool:
    """Is the run hidden: by its own properties, else by its character style, else by its paragraph's style
    (``styles``: the ids of the styles that hide their text)? Word does not draw it."""
    props = run.find(f"{W}rPr")
    direct = _hides(props)
    if direct is not None:
        return direct
    style = props.find(f"{W}rStyle") if props is not None else None
    if style is not None and style.get(f"{W}val") in styles:
        return True
    return paragraph_hidden


def hidden_styles(styles: etree._Element) -> frozenset[str]:
    """The ids of a styles part's styles whose run properties hide text (``w:vanish``), directly or by the
    style they are based on."""
    hides: dict[str, bool | None] = {}
    based: dict[str, str] = {}
    for style in styles.iter(f"{W}style"):
        sid = style.get(f"{W}styleId") or ""
        hides[sid] = _hides(style.find(f"{W}rPr"))
        parent = style.find(f"{W}basedOn")
        if parent is not None:
            based[sid] = parent.get(f"{W}val") or ""
    out = set()
    for sid in hides:
        seen, at = set(), sid
        while at in hides and hides[at] is None and at in based and at not in seen:
            seen.add(at)
            at = based[at]
        if hides.get(at):
            out.add(sid)
    return frozenset(out)


def _paragraph(paragraph: etree._Element, *, hidden: bool = False, branch: str = "choice",
               styles: frozenset[str] = frozenset()) -> tuple[str, list[str]]:
    """The paragraph's own text (a text box inside it is a paragraph of its own) and its field codes, as Word
    draws it: hidden runs left out (``hidden``: read too) and, of a markup-compatibility alternative, the
    choice Word renders (``branch``: "fallback" for what an older reader renders, "both" for both)."""
    parts: list[str] = []
    codes: list[str] = []
    code: list[str] = []
    guides: list[str] = []
    style = paragraph.find(f"{W}pPr/{W}pStyle")
    paragraph_hidden = style is not None and style.get(f"{W}val") in styles
    stack: list[Any] = list(reversed(paragraph))
    while stack:
        node = stack.pop()
        if isinstance(node, str):  # a character an equation draws (see below)
            parts.append(node)
            continue
        tag = node.tag
        if not isinstance(tag, str):
            continue  # comments and PIs are read with the values
        if tag == f"{M}d":
            # an equation's delimiters: Word draws the begin and end characters its properties name around
            # the content (m:begChr "1", m:endChr "0" round "35544129891" show 1355441298910)
            props = node.find(f"{M}dPr")
            ends = [(c.get(f"{M}val") or "") if (c := props.find(f"{M}{which}")) is not None else ""
                    for which in ("begChr", "endChr")] if props is not None else ["", ""]
            inside = [child for child in node if child.tag != f"{M}dPr"]
            stack.extend(reversed([ends[0], *inside, ends[1]]))
            continue
        if tag in _PARAGRAPHS:
            continue  # a nested paragraph (text box): read on its own
        if tag == f"{W}r" and not hidden and _hidden(node, styles, paragraph_hidden):
            continue
        if tag == f"{_MC}AlternateContent" and branch != "both":
            choices = [child for child in node if child.tag == f"{_MC}Choice"]
            fallbacks = [child for child in node if child.tag == f"{_MC}Fallback"]
            chosen = (choices[:1] or fallbacks) if branch == "choice" else (fallbacks or choices[:1])
            stack.extend(reversed(chosen))
            continue
        if tag in _TEXT:
            if node.text:
                parts.append(node.text)
        elif tag in _FIELD_CODE:
            if node.text:
                code.append(node.text)
        elif tag in _DRAWN:
            parts.append(_DRAWN[tag])
        elif tag == f"{W}sym":
            parts.append(symbol_char(node.get(f"{W}char", ""), node.get(f"{W}font", "")))
        elif tag == f"{W}fldChar" and node.get(f"{W}fldCharType") in ("separate", "end") and code:
            codes.append("".join(code))
            code = []
        elif tag == f"{W}rt":
            # a ruby's guide text stands over its base text: the base runs on in the line as the page shows
            # it ("Device ID 001D7A2B" + "20F89B0C"), the guide is read apart, after the paragraph
            guides.append("".join(t.text or "" for t in node.iter(*_TEXT)))
            continue
        stack.extend(reversed(node))
    if code:
        codes.append("".join(code))
    text = "".join(parts)
    return (f"{text} {' '.join(guides)}" if guides else text), codes


# -- values ---------------------------------------------------------------------------------------------

# Elements whose w:val is what a person wrote: content-control alias and tag, document variables,
# numbering text, form-field default/help/status texts, style names and aliases, table captions.
_CONTENT_VALUES = {"alias", "tag", "docVar", "lvlText", "default", "name", "aliases", "helpText", "statusText",
                   "listEntry", "result", "format", "text", "caption", "tblCaption", "tblDescription", "entryMacro",
                   "exitMacro", "docPart", "docPartCategory", "docPartGallery", "placeholder", "label", "title",
                   "description", "lvlPicBulletId", "docPartUnique"}
# Attributes that are formatting, identity or plumbing, never text a reader sees.
_SKIPPED = {"paraid", "textid", "id", "embed", "link", "pict", "dm", "lo", "qs", "spid", "spidmax", "objectid",
            "shapeid", "ignorable", "anchorid", "editid", "durableid", "uri", "eqn", "path", "coordsize", "style",
            "data", "connecttype", "fldchartype", "space", "sha256", "evidence-sha256", "icon-sha256",
            "run-record-sha256", "audit-head", "workspace", "date", "created", "storeitemid", "xpath",
            "prefixmappings", "adj", "coordorigin", "o", "spt", "type", "ext", "relid", "usb0", "usb1", "usb2",
            "usb3", "csb0", "csb1"}
# a long digit run or a serial's shape: worth reading in any attribute, plumbing or not
# (or an e-mail address: a customXml schema reference's "urn:site:Email gwen…@btinternet.com")
_IDENTIFIER_LIKE = re.compile(r"\d{6,}|[A-Za-z]\d{2}[A-Za-z]{1,2}\d{5,}|[\w.+\-]@[\w\-]+\.[A-Za-z]")
# values that are formatting whatever attribute holds them: colours, numbers, measures, switches
# (a number alone of ten digits or more is no measure: a watermark's string="9815715629" is a gas supply's MPRN)
_FORMATTING_VALUE = re.compile(
    r"#?[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8}|[-+]?\d{1,9}(?:\.\d+)?(?:%|pt|in|cm|mm|px|emu|f|fd)?|"
    r"[-+]?\d{10,}(?:\.\d+)?(?:%|pt|in|cm|mm|px|emu|f|fd)|"
    r"auto|true|false|on|off|none|t|f|[-+]?\d{1,10}(?:\.\d+)?(?:pt|in|cm|mm|px)?(?:[ ,]+[-+]?\d{1,10}(?:\.\d+)?"
    r"(?:pt|in|cm|mm|px|f)?)+")


# ...but not a number of ten digits or more in groups, as a phone's or a supply's is written ("07700 900376" in a
# comment's initials reads as a pair of measures)
_SPACED_NUMBER = re.compile(r"\+?(?=(?:\d[ ]?){10,21}$)\d{1,6}(?: \d{1,6})+")


def _name(node: etree._Element, qualified: str, prefixes: dict[str, str]) -> str:
    """``w:alias``, ``v:textpath``: the name as the part writes it (for a finding's place)."""
    if qualified[0] != "{":
        return qualified
    namespace, local = qualified[1:].split("}", 1)
    prefix = prefixes.get(namespace)
    if prefix is None:
        prefix = next((p for p, ns in (node.nsmap or {}).items() if ns == namespace and p), "")
        prefixes[namespace] = prefix
    return f"{prefix}:{local}" if prefix else local


def _values(root: etree._Element, out: list[tuple[str, str]], rels: bool) -> None:
    prefixes: dict[str, str] = {XML_NS: "xml"}
    for node in _with_siblings(root):
        tag = node.tag
        if tag is etree.Comment:
            if node.text and node.text.strip():
                out.append(("XML comment", node.text))
            continue
        if tag is etree.PI:
            text = f"{node.target} {node.text or ''}"
            if node.target != "xml" and text.strip():
                out.append(("XML processing instruction", text))
            continue
        if not isinstance(tag, str):
            if node.text and node.text.strip():
                out.append(("XML node", node.text))
            continue
        where = None
        if node.text and node.text.strip() and tag not in _TEXT and tag not in _FIELD_CODE:
            where = _name(node, tag, prefixes)
            out.append((where, node.text))
        if node.tail and node.tail.strip() and node.getparent() is not None:
            out.append((f"after {_name(node, tag, prefixes)}", node.tail))
        if not node.attrib:
            continue
        local = tag.rsplit("}", 1)[-1]
        content_element = local in _CONTENT_VALUES
        for attribute, value in node.attrib.items():
            if not value or not value.strip():
                continue
            name = attribute.rsplit("}", 1)[-1]
            lowered = name.lower()
            if tag in _OWN_SIGNATURES and (size := _OWN_SIGNATURES[tag].get(lowered)) is not None \
                    and size == _base64_length(value):
                continue  # a pack's or a report's own Ed25519 signature and public key: random bytes, whose base64
                # spells a postcode's shape now and then ("…/P5E0AY+…": a pack, then a witness report, was refused
                # by its own signature); any other attribute of theirs is read (a value that is no base64 was
                # once passed as "None == None")
            if lowered.startswith("rsid") or lowered in _SKIPPED or local == "panose1":
                # plumbing, unless it holds what an identifier is made of: an "id" may be anything
                if not (content_element and lowered == "val") and not _IDENTIFIER_LIKE.search(value):
                    continue
            if not (content_element and lowered == "val") and _FORMATTING_VALUE.fullmatch(value.strip()) \
                    and not _SPACED_NUMBER.fullmatch(value.strip()):
                continue
            where = f"{_name(node, tag, prefixes)}/@{_name(node, attribute, prefixes)}"
            out.append((where, value))
            if (rels and lowered == "target") or "%" in value:
                decoded = unquote(value)
                if decoded != value:
                    out.append((f"{where} (decoded)", decoded))


_MANIFEST = "{urn:attest:evidence-manifest:1}manifest"
# the elements Attest signs its documents with, and the byte length of each attribute's base64 (an Ed25519
# signature's, and its public key's): the evidence pack's manifest, and a report's signature part
_OWN_SIGNATURES = {_MANIFEST: {"signature": 64, "signer-key": 32},
                   "{urn:attest:signed-document:1}signature": {"value": 64, "key": 32}}


def _base64_length(value: str) -> int | None:
    """How many bytes ``value`` holds if it is base64 (strictly: its alphabet and padding), else None."""
    try:
        return len(base64.b64decode(value, validate=True))
    except (binascii.Error, ValueError):
        return None


def _with_siblings(root: etree._Element):  # type: ignore[no-untyped-def]
    """The tree, and the comments and processing instructions before and after its root element."""
    yield from root.itersiblings(preceding=True)
    yield from root.iter()
    yield from root.itersiblings()
