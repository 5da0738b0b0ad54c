"""The leak scan: is there anything in these files that still looks like an identifier?

Reads text files, images and Word documents in full. A Word document is read as Word renders it
(``docx_text``): each story part's paragraphs as their runs, symbols and breaks show them, each alone
and then together with its neighbours (a number split over paragraphs or table cells is read whole);
every attribute value Word shows, XML comments, zip comments; altChunk parts (HTML, RTF, text, MHT)
and every stream of every embedded OLE object (``embedded_text``); every image's pixels (OCR, each
frame of an animation) and metadata, SVG text and metafile strings (``image_meta``).

Whatever it cannot read is itself reported as ``UNSCANNABLE``: a scan that skips what it cannot see
would pass a leak. Each part is read inside a guard, so a reader's failure is such a finding, naming
the part, and never a crash.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import hashlib
import io
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from . import docx_images, docx_text, embedded_text, flat_opc, image_meta, pack_people, zip_container
from .fields import classify
from .findings import Finding, Kind, merge
from .item import binary_kind, read_text
from .item import image_format as _pillow_format
from .limits import (
    MAX_FRAMES,
    MAX_INFLATED_BYTES,
    InputTooLarge,
    PartUnreadable,
    check_package,
    check_part,
    count_xml_nodes,
    open_image,
    read_part,
)
from .register import RegisterMatcher
from .text import find_identifiers


@dataclass(frozen=True)
class LeakFinding:
    file: str
    place: str  # "line 3, column 7", "word/header1.xml, paragraph 2", "box 10,20-200,40"
    kind: str
    value: str  # masked: all but the last 3 characters hidden

    def line(self) -> str:
        return f"{self.file}: {self.place}: {self.kind} {self.value}"


def scanner_id() -> str:
    """Changes whenever any detector's code changes, so remembered scan results are not trusted
    across versions of the rules that produced them."""
    global _SCANNER_ID
    if _SCANNER_ID is None:
        digest = hashlib.sha256()
        for path in sorted(Path(__file__).parent.glob("*.py")):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
        _SCANNER_ID = digest.hexdigest()[:16]
    return _SCANNER_ID


_SCANNER_ID: str | None = None


def mask_value(value: str) -> str:
    shown = value.strip()
    return "•" * max(len(shown) - 3, 0) + shown[-3:]


def scan_text(text: str, file: str, register: RegisterMatcher | None = None, place_prefix: str = "",
              forenames: bool = False) -> list[LeakFinding]:
    # (the file's name says what it is: a log whose lines hold JSON arrays is no CSV file, however its commas sniff)
    found = merge(find_identifiers(text, register, name=file, forenames=forenames))
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    out = []
    for f in found:
        line = bisect.bisect_right(line_starts, f.start) - 1  # a search per finding, not a walk of every line
        place = f"{place_prefix}line {line + 1}, column {f.start - line_starts[line] + 1}"
        out.append(LeakFinding(file, place, f.kind.value, mask_value(f.value if f.value is not None else text[f.start:f.end])))
    return out


KnownClean = Callable[[bytes], bool]


class FoundCache:
    """What was found in each text already read, shared by the scans of one batch.

    Packs of one run (or the copies a test alters from one pack) repeat most of their text: the styles,
    the boilerplate, the unchanged pages. A text read once is not read again in the next file. Findings
    depend only on the text and the register, so one cache serves one register. It forgets everything
    once the texts it holds pass ``budget`` characters, so a batch of large files cannot grow it without
    bound."""

    def __init__(self, budget: int = 32_000_000) -> None:
        self._found: dict[str, list[tuple[str, str, int, int]]] = {}
        self._budget = budget
        self._held = 0

    def get(self, key: str) -> list[tuple[str, str, int, int]] | None:
        return self._found.get(key)

    def put(self, key: str, found: list[tuple[str, str, int, int]]) -> None:
        if self._held + len(key) > self._budget:
            self._found.clear()
            self._held = 0
        self._found[key] = found
        self._held += len(key)

MAX_DEPTH = 8  # objects inside objects inside parts: deeper than this is refused, not followed
# sizes, ratios, pixels and frames: the limits of what is read are in ``limits``


@dataclass
class _Scan:
    file: str
    register: RegisterMatcher | None
    engine: object
    known_clean: KnownClean | None

    seen: FoundCache = field(default_factory=FoundCache)
    # the names the package being read gives its own people (tester, witnesses, authors: ``pack_people``), each
    # its words; a name read by its forename alone in its pages is theirs when it is one of them
    people: frozenset[tuple[str, ...]] = frozenset()
    xml_nodes: int = 0  # XML elements and attributes met so far in this file's parts (limits.MAX_XML_NODES)

    def found(self, text: str, cache: bool = True, typed: bool = False,
              forenames: bool = False, spare: bool = False) -> list[tuple[str, str, int, int]]:
        """(kind, masked value, start, end) of each finding in ``text``; a text met before (a style name in
        styles.xml and again in stylesWithEffects.xml, a "Passed" cell) is not scanned again. ``typed``: a
        value someone typed into a field of Word's (an attribute, a property, a comment's author), read as
        the gate reads typed text (a bare ten-digit number is an MPRN there). ``forenames``: a place where
        Attest writes no one's name (a bookmark's name, a tracked change's author, a printer's name, a part's
        name), so a name known by its forename alone is a leak there too (elsewhere it may be the run's own
        tester or witness)."""
        typed = typed and not (_MACHINE_TOKEN.fullmatch(text.strip()) and _NOT_WORDS.search(text))
        spare = spare and forenames and bool(self.people)
        key = ("\0typed\0" if typed else "") + ("\0people\0" if forenames else "") \
            + (f"\0spare{hash(self.people)}\0" if spare else "") + text
        if cache:
            known = self.seen.get(key)
            if known is not None:
                return known
        # a value as read where the text stores it otherwise (reversed by a right-to-left override)
        findings = merge(find_identifiers(text, self.register, "text" if typed else None, typed=typed,
                                          forenames=forenames))
        if spare:  # (in its pages only: a header, a footer, a tracked change's author names no one of a pack's)
            findings = self._not_its_people(text, findings, typed)
        found = [(f.kind.value, mask_value(f.value if f.value is not None else text[f.start:f.end]), f.start, f.end)
                 for f in findings]
        if cache:
            self.seen.put(key, found)
        return found

    def _not_its_people(self, text: str, findings: list[Finding], typed: bool) -> list[Finding]:
        """``findings`` less the names of the document's own people read by their forename alone (a name
        that a label gives away stays: "Customer: Priya Shah" is a customer, whoever else she is)."""
        theirs = [f for f in findings if f.kind is Kind.NAME and pack_people.is_theirs(
            pack_people.person_words(f.value if f.value is not None else text[f.start:f.end]), self.people)]
        if not theirs:
            return findings
        labelled = {(f.start, f.end) for f in merge(find_identifiers(
            text, self.register, "text" if typed else None, typed=typed, forenames=False)) if f.kind is Kind.NAME}
        return [f for f in findings if f not in theirs or (f.start, f.end) in labelled]

    def finding(self, place: str, kind: str, value: str) -> LeakFinding:
        return LeakFinding(self.file, place, kind, value)

    def unscannable(self, where: str, what: str) -> LeakFinding:
        return _unscannable(self.file, where, what)


def scan_bytes(data: bytes, file: str, register: RegisterMatcher | None = None, engine: object = None,
               place_prefix: str = "", known_clean: KnownClean | None = None,
               found_cache: FoundCache | None = None) -> list[LeakFinding]:
    """Whatever the content is, find what is left in it.

    ``known_clean`` lets a caller that has already scanned an image (the pack builder, which draws
    annotations on screenshots scanned at intake) spare it a second OCR; everything else is read.
    ``found_cache``, shared by the scans of a batch with one register, spares re-reading a text an earlier
    file of the batch held. Nothing raises: a part that cannot be read becomes an ``UNSCANNABLE`` finding
    naming it."""
    scan = _Scan(file, register, engine, known_clean)
    if found_cache is not None:
        scan.seen = found_cache
    return _unique(_guarded(scan, place_prefix, lambda: _scan_top(scan, data, place_prefix)))


def _guarded(scan: _Scan, where: str, work: Callable[[], Iterable[LeakFinding]]) -> list[LeakFinding]:
    """Run one part's scan; whatever goes wrong in it is a finding about that part, never a crash."""
    try:
        return list(work())
    except RecursionError:
        return [scan.unscannable(where, "nested too deeply to read")]
    except MemoryError:
        return [scan.unscannable(where, "too large to read")]
    except (InputTooLarge, PartUnreadable) as error:  # past a limit of ``limits``, or encrypted: the message says so
        return [scan.unscannable(where, str(error))]
    except Exception as error:  # noqa: BLE001 - any reader's failure means "cannot vouch for it"
        reason = str(error).splitlines()[0][:120] if str(error) else ""
        return [scan.unscannable(where, f"could not be read: {type(error).__name__}{': ' + reason if reason else ''}")]


def _unique(findings: list[LeakFinding]) -> list[LeakFinding]:
    return list(dict.fromkeys(findings))


def _scan_top(scan: _Scan, data: bytes, prefix: str) -> Iterator[LeakFinding]:
    if image_format(data) is not None:
        yield from _scan_image(scan, data, prefix)
        return
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as package:
                if "word/document.xml" in package.namelist() or "[Content_Types].xml" in package.namelist():
                    yield from _scan_package(scan, package, data, prefix, 0)
                    return
        except zipfile.BadZipFile:
            pass
        yield scan.unscannable(prefix, "a zip archive that is not an Office document")
        return
    if image_meta.is_svg(data):
        yield from _scan_svg(scan, data, prefix)
        return
    if image_meta.is_metafile(data):
        yield from _scan_metafile(scan, data, prefix, 0)
        return
    package_bytes = flat_opc.as_package(data)
    if package_bytes is not None:  # a Word document saved as one XML file (Flat OPC): read as the document
        with zipfile.ZipFile(io.BytesIO(package_bytes)) as package:
            yield from _scan_package(scan, package, package_bytes, prefix, 0)
        return
    if _WORD_2003 in data[:4096]:
        yield from _scan_word_2003(scan, data, prefix, 0)
        return
    what = binary_kind(data)
    if what is not None:
        yield scan.unscannable(prefix, what)
        return
    text, damage = read_text(data)
    if damage is not None:  # what was read is still scanned; what was not is said
        yield scan.unscannable(prefix, damage)
    yield from scan_text(text, scan.file, scan.register, prefix)


def image_format(data: bytes) -> str | None:
    """The image format Pillow reads ``data`` as, or None; never raises (Pillow's openers raise more
    than the types ``item.image_format`` expects on a damaged metafile or icon)."""
    try:
        return _pillow_format(data)
    except Exception:  # noqa: BLE001
        return None


def unscannable(file: str, what: str, where: str = "") -> LeakFinding:
    """The finding that says ``file`` (or the part ``where`` of it) could not be read, and why."""
    return _unscannable(file, where, what)


def _unscannable(file: str, prefix: str, what: str) -> LeakFinding:
    return LeakFinding(file, prefix.rstrip(": ") or "whole file", "UNSCANNABLE", f"({what}: cannot be checked)")


def _at(where: str) -> str:
    return f"{where}: " if where and not where.endswith(": ") else where


# -- texts in pieces ----------------------------------------------------------------------------------------

# a signature, a digest, a key: one long token of base64 or hex, which no person typed (read in capitals it
# shows postcodes by chance: "…x1Ff…")
_MACHINE_TOKEN = re.compile(r"[A-Za-z0-9+/_=\-]{20,}")
_NOT_WORDS = re.compile(r"[0-9+/=]")  # (a token of letters, "_" and "-" alone is words: "Saoirse_Fitzgerald-Hughes")
_TYPED_PARTS = re.compile(r"word/comments\w*\.xml|word/people\.xml|docProps/")
_WORDS_KINDS = frozenset({"NAME", "ADDRESS"})  # kinds made of words, not of a number's digits
_NOBODYS_PARTS = re.compile(r"word/(?:header|footer)\d*\.xml", re.IGNORECASE)
_STORY_PARTS = re.compile(r"(?:word/(?:document|footnotes|endnotes|comments)\w*|ppt/(?:slides/slide|notesSlides/notesSlide)\d+"
                          r"|visio/pages/page\d+|xl/sharedStrings|docProps/core)\.xml", re.IGNORECASE)
# values Attest never fills with a person's name: a tracked change's author and initials, a bookmark's name (a
# pack has none of them; its tester and witnesses are named in its pages and its review comments)
_NOBODYS_FIELD = re.compile(r"(?:ins|del|moveFrom|moveTo|rPrChange|pPrChange|sectPrChange|tblPrChange|trPrChange|"
                            r"tcPrChange|tblGridChange|numberingChange|cellIns|cellDel|cellMerge)/@w:(?:author|initials)$"
                            r"|bookmarkStart/@w:name$|hyperlink/@w:anchor$"  # (a link to a bookmark names it)
                            # (a protected range's editor: "permStart/@w:ed")
                            r"|permStart/@w:ed$"
                            # (a link's address: Attest writes none, and a query names whom it looked up)
                            r"|Relationship/@Target(?: \(decoded\))?$"
                            # (a signature line's suggested signer, a mail merge's query and connection: Attest
                            # writes none of them)
                            r"|signatureline/@o:suggestedsigner(?:2|email)?$|(?:query|connectString)/@w:val$")
# (and a picture's link's screen tip, "a:hlinkClick/@tooltip", and its name, which Word's selection pane shows)
# (and a form's drop-down entries and default texts: what its author typed for the reader to pick, "Mohammed Begum")
_TYPED_ATTRIBUTE = re.compile(r"(?:docPr|cNvPr)/@(?:descr|title|name)$|(?:helpText|statusText|listEntry|default)/@w:val$"
                              # (a content control's drop-down or combo box items, as its author typed them)
                              r"|listItem/@w:(?:displayText|value)$|/@w:tooltip$"
                              r"|(?:hlinkClick|hlinkHover)/@tooltip$")
# the values that name a person: who wrote or last saved the document, who wrote a comment or made a change
_PERSON_FIELD = re.compile(r"(?:cp:lastModifiedBy|dc:creator|@w:author)$")
_INITIALS_FIELD = re.compile(r"comment/@w:initials$")
_WHOLE_NAME = re.compile(r"[^\W\d_][^\W\d_'’\-]+(?:[ \t]+[^\W\d_][^\W\d_'’\-]*){1,3}")
_LONG_NUMBER = re.compile(r"(?<!\d)\d{6,}(?!\d)")
# a user's account or folder in a value ("NORTHGRID\\Kwame.D'Arcy", "C:/Users/Catrin_Achterberg/…"): its words
# apart, as the person's name they are
_ACCOUNT_WORDS = re.compile(r"(?<=[A-Za-z])[._](?=[A-Za-z])")


def _scan_pieces(scan: _Scan, pieces: list[tuple[str, str]], where: str, joiners: tuple[str, ...] = ("\n",),
                 alone: bool = False, typed: bool = False, forenames: bool = False,
                 spare: bool = False) -> list[LeakFinding]:
    """Scan labelled texts each alone (if ``alone``), then joined (each joiner in turn), so that a value
    split over two or more pieces is read whole. A joined reading reports only what spans pieces: what
    lies within one was read there alone, and a label in one piece is no reason to take the next piece
    for its value (a "Name" column header beside a "Date" one). Each finding is placed at its piece."""
    out: list[LeakFinding] = []
    pieces = [(label, text) for label, text in pieces if text and text.strip()]
    if not pieces:
        return out
    if alone:
        for label, text in pieces:
            for kind, value, _start, _end in scan.found(text, typed=typed, forenames=forenames, spare=spare):
                out.append(scan.finding(f"{where}, {label}", kind, value))
    if len(pieces) > 1:
        for joiner in joiners:
            starts, position = [], 0
            for _label, text in pieces:
                starts.append(position)
                position += len(text) + len(joiner)
            joined = joiner.join(text for _label, text in pieces)
            for kind, value, start, end in scan.found(joined, cache=False):
                first = bisect.bisect_right(starts, start) - 1
                last = bisect.bisect_right(starts, max(start, end - 1)) - 1
                if first == last and alone and not (joiner == "\n" and (kind in _SHAPED_KINDS or _names_the_kind(pieces, first, kind))
                                                    and _labels_the_next(pieces, first, joined, starts, start, kind)):
                    continue
                if not joiner and first != last and (not _whole_tokens(joined, start, end, set(starts))
                                                     or _words_glued(joined, start, end, starts)):
                    continue  # glued ends of two unrelated tokens ("…47ebf1b" + "2024-10-06…"), not a split value
                if first != last and _cuts_a_word(joined, start, end, set(starts)):
                    continue  # "run 1" and a hash starting "231458745139a3…": half a token is not a split value
                if first != last and kind == "ADDRESS" and _street_split(joined, start, end, starts):
                    continue  # cells "2" / "Pass" and a paragraph "End of notes.": no street is split so
                label = pieces[first][0] if first == last else f"{pieces[first][0]} to {pieces[last][0]}"
                out.append(scan.finding(f"{where}, {label}", kind, value))
    return _unique(out)


# (a number or a shape: a heading's colon over a paragraph of prose makes no name or address of its first words,
# "Lessons learnt:" over "Book DCC slots early")
_SHAPED_KINDS = frozenset({"MPAN", "MPRN", "MSN", "DEVICE", "PHONE", "POSTCODE", "EMAIL"})


def _names_the_kind(pieces: list[tuple[str, str]], index: int, kind: str) -> bool:
    """Whether the piece before ``index`` is a label of the finding's own kind, a colon last ("Account no:" over
    "7150526635", "Customer:" beside "Summer Marsh" in a form's row): a form's value in the cell beside its label or
    on the line under it names what a heading's words over prose never do ("Lessons learnt:" over "Book DCC slots")."""
    if index <= 0:
        return False
    label = pieces[index - 1][1].strip()
    if not label.endswith(":") or len(label) > 40:
        return False
    named = classify(label[:-1].strip())
    return named is not None and named.value == kind


def _labels_the_next(pieces: list[tuple[str, str]], index: int, joined: str, starts: list[int], start: int,
                     kind: str = "") -> bool:
    """Whether the piece before ``index`` is a label alone ("Gas MPRN:", its colon last; or a cell that names the
    finding's own kind, "Gas MPRN" beside "77151937" in a form's row) and the finding opens piece ``index``: a form's
    value on the line under its label or in the cell beside it (a list item's number and its text, "8026" and
    "699123", read together there). A column's header has no colon and names another kind than its neighbour's
    value; its cells are read by the table."""
    if index <= 0 or joined[starts[index]:start].strip():
        return False
    label = pieces[index - 1][1].strip()
    if label.endswith(":"):
        return True
    named = classify(label) if len(label) <= 40 else None
    return named is not None and named.value == kind


_TRAILING = ".,;:!?)]}'\""


def _street_split(text: str, start: int, end: int, starts: list[int]) -> bool:
    """Whether an address read over pieces has its last two words in different pieces. A table may give
    the house number a cell of its own ("12" / "Acacia Road"), but a street's name and its type word
    are written together; an "address" whose type word comes from another cell or paragraph ("2" /
    "Pass" / "End of notes.") is words of a table that happen to end in one."""
    words = [m.start() for m in re.finditer(r"\S+", text[start:end])]
    if len(words) < 2:
        return False
    piece = [bisect.bisect_right(starts, start + at) for at in words[-2:]]
    return piece[0] != piece[1]


def _words_glued(text: str, start: int, end: int, starts: list[int]) -> bool:
    """Whether a finding in a reading joined without a separator runs over a seam where a lower-case
    word meets a capitalised one ("…meter page" + "Passed" + "2026-12-03": two cells of a table read
    as one token). An identifier split over cells keeps its own case on both sides: all capitals, all
    lower case, or digits; never a word ending in lower case followed by one starting with a capital."""
    return any(start < seam < end and text[seam - 1].islower() and text[seam].isupper() for seam in starts)


def _cuts_a_word(text: str, start: int, end: int, seams: set[int]) -> bool:
    """Whether ``text[start:end]`` begins or ends between two letters or digits of one word (a seam
    aside). A value split over paragraphs or cells is whole words on each side of the split, whatever
    it was joined with; a reading that ends inside a hash or an id took digits that belong to it."""
    return (0 < start < len(text) and start not in seams and text[start - 1].isalnum() and text[start].isalnum()) \
        or (0 < end < len(text) and end not in seams and text[end - 1].isalnum() and text[end].isalnum())


def _whole_tokens(text: str, start: int, end: int, seams: set[int]) -> bool:
    """Whether ``text[start:end]`` begins where a word begins and ends where one ends (trailing
    punctuation aside). A value split over two cells or paragraphs is written as whole words on
    either side of the split; a finding that starts or ends inside a word of a joined reading took
    half of something else. ``seams`` are where the pieces were joined: a piece's edge is a word's."""
    if start > 0 and start not in seams and not text[start - 1].isspace():
        return False
    rest = end
    while rest < len(text) and rest not in seams and text[rest] in _TRAILING:
        rest += 1
    return rest >= len(text) or rest in seams or text[rest].isspace()


def _scan_loose_text(scan: _Scan, text: str, where: str, depth: int, forenames: bool = False) -> Iterator[LeakFinding]:
    """Text from inside something (an OLE stream, an altChunk): scanned, and any base64 in it decoded."""
    yield from scan_text(text, scan.file, scan.register, _at(where), forenames=forenames)
    yield from _scan_base64(scan, text, where, depth, forenames=forenames)


_BINARY_RUN = 6  # the shortest identifier worth reading in binary: a postcode without its space, an email


def _scan_base64(scan: _Scan, text: str, where: str, depth: int, forenames: bool = False) -> Iterator[LeakFinding]:
    """Base64 in a value, decoded and read. ``forenames``: its text is read with the forename lists (text decoded
    from a part's own value, a form field's data, which Attest never writes)."""
    if depth >= MAX_DEPTH:
        return
    for offset, blob in embedded_text.base64_blobs(text):
        if len(blob) < 8:
            continue
        inner = f"{where} (base64 at character {offset + 1})"
        if image_format(blob) is not None or blob.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
            yield from _scan_blob(scan, blob, inner, depth + 1)
            continue
        decoded = embedded_text.decode_text(blob)
        if decoded is not None and not embedded_text.reads_as_text(blob):
            # binary (a signing key, a hash, a compressed stream): only its readable runs, as `strings` finds
            # them. Read whole, random bytes spell an address or a serial now and then (a pack's own signer
            # key refused it at random); an identifier hidden among binary is still a run of its own
            decoded = "\n".join(embedded_text.printable_strings(blob, min_run=_BINARY_RUN))
        if decoded is not None:
            yield from _scan_loose_text(scan, decoded, inner, depth + 1,
                                        forenames=forenames and embedded_text.reads_as_text(blob))


# -- Word and other Office packages ---------------------------------------------------------------------------

def _scan_package(scan: _Scan, package: zipfile.ZipFile, raw: bytes, prefix: str, depth: int) -> Iterator[LeakFinding]:
    """Every part of a package, each read through :func:`limits.read_part` (its size and ratio checked from
    the central directory before it is inflated, then counted as it is). A package past the limits as a
    whole (too many parts, too large together) is refused before any part is read."""
    try:
        check_package(package)
    except InputTooLarge as error:
        yield scan.unscannable(f"{prefix}zip archive".strip(), str(error))
        return
    values = [("zip archive comment", package.comment.decode("utf-8", errors="replace"))] if package.comment else []
    for info in package.infolist():
        values.append(("zip entry name", info.filename))
        if info.comment:
            values.append((f"zip comment of {info.filename}", info.comment.decode("utf-8", errors="replace")))
        # an entry's extra fields, in the central directory and in its local header (no reader shows them, and a
        # tool can write any bytes there: they are read as text, as a comment is)
        for where, extra in (("central", info.extra), ("local", zip_container.local_extra(raw, info))):
            if extra:
                values.append((f"zip extra field ({where}) of {info.filename}", _as_text(extra)))
    for stray in zip_container.stray_bytes(package, raw):
        if stray.holds_an_entry:
            yield scan.unscannable(f"{prefix}zip archive".strip(),
                                   f"an entry at byte {stray.start:,} that the package's directory leaves out (no reader "
                                   "opens it)")
        values.append((f"bytes at {stray.start:,} outside the zip's entries", _as_text(stray.data)))
    yield from _scan_pieces(scan, values, f"{prefix}zip archive".strip(), alone=True)
    # a part's name read as a file's name is ("word/media/Aoife_Ap_Rhys.png", "7437911898.png"): Attest names
    # its own parts and pictures by number and kind
    names = [("zip entry name", info.filename.rsplit("/", 1)[-1]) for info in package.infolist()]
    yield from _scan_pieces(scan, names, f"{prefix}zip archive".strip(), (), alone=True, typed=True, forenames=True)
    # (each package its own people, an embedded document's never the outer pages')
    outer, scan.people = scan.people, pack_people.people_names(package)
    try:
        yield from _scan_parts(scan, package, prefix, depth)
    finally:
        scan.people = outer


def _as_text(data: bytes) -> str:
    """Bytes no reader shows, read as a person would with ``strings``: as UTF-8, and the runs of text in any
    encoding (UTF-16 and UTF-32 too)."""
    return "\n".join([data.decode("utf-8", errors="replace"), *embedded_text.printable_strings(data, min_run=_BINARY_RUN)])


def _scan_parts(scan: _Scan, package: zipfile.ZipFile, prefix: str, depth: int) -> Iterator[LeakFinding]:
    lists = _list_labels(package)
    styles = _hidden_styles(package)
    for info in package.infolist():
        name = info.filename
        if name.endswith("/"):
            continue
        where = f"{prefix}{name}"
        try:
            check_part(info)
        except InputTooLarge as error:
            yield scan.unscannable(where, str(error))
            continue
        yield from _guarded(scan, where, lambda name=name, where=where, info=info: _scan_part(
            scan, name, read_part(package, info), where, depth, lists, styles))
    drawn = docx_images.drawings(package)
    for part, (across, down) in drawn.flipped.items():
        how = " and ".join(word for word, on in (("across", across), ("upside down", down)) if on)
        where = f"{prefix}{part} (as drawn, flipped {how})"
        yield from _guarded(scan, where, lambda part=part, across=across, down=down, where=where: _scan_flipped(
            scan, read_part(package, package.getinfo(part)), across, down, where))
    for group in drawn.groups:
        where = f"{prefix}{group.story}, pictures drawn together ({', '.join(group.names())})"
        yield from _guarded(scan, where, lambda group=group, where=where: _scan_composed(scan, group, package, where))


def _scan_flipped(scan: _Scan, data: bytes, across: bool, down: bool, where: str) -> Iterator[LeakFinding]:
    """A picture stored mirrored and drawn flipped back, read as the page shows it."""
    shown = docx_images.unflipped(data, across, down) if image_format(data) is not None else None
    if shown is not None:
        yield from _read_pixels(scan, shown, f"{where}: ")


def _scan_composed(scan: _Scan, group: docx_images.Group, package: zipfile.ZipFile, where: str) -> Iterator[LeakFinding]:
    """Pictures side by side or one above the other read as the page shows them: half an MPAN in each is
    a whole one to a reader (see ``docx_images``)."""
    from .image import scan_image  # OCR only when there is an image

    composed = docx_images.compose(group, package)
    if composed is None:
        return
    yield from _read_pixels(scan, composed, f"{where}: ")
    if docx_images.side_by_side(group):  # and as a reader joins them across the blank between (see compose)
        tight = docx_images.compose(group, package, tight=True)
        for f in scan_image(tight, register=scan.register, engine=scan.engine) if tight is not None else ():
            yield scan.finding(f"{where} (read across the blank between them)", f.kind.value, mask_value(f.text))


def _list_labels(package: zipfile.ZipFile) -> docx_text.ListLabels | None:
    """The package's list numbering, read first: a list item's label is drawn before its paragraph's text.
    None when there is none, or it cannot be read (the part's own scan says so)."""
    for info in package.infolist():
        if info.filename.lower().endswith("numbering.xml"):
            try:
                check_part(info)
                return docx_text.ListLabels(docx_text.parse(read_part(package, info)))
            except (InputTooLarge, docx_text.XmlUnreadable, zipfile.BadZipFile, OSError, ValueError):
                return None
    return None


def _hidden_styles(package: zipfile.ZipFile) -> frozenset[str]:
    """The styles that hide their text (see docx_text.hidden_styles); none when there is no styles part or it
    cannot be read (the part's own scan says so)."""
    for info in package.infolist():
        if info.filename.lower().endswith("styles.xml") and "effects" not in info.filename.lower():
            try:
                check_part(info)
                return docx_text.hidden_styles(docx_text.parse(read_part(package, info)))
            except (InputTooLarge, docx_text.XmlUnreadable, zipfile.BadZipFile, OSError, ValueError):
                return frozenset()
    return frozenset()


def _scan_part(scan: _Scan, name: str, data: bytes, where: str, depth: int,
               lists: docx_text.ListLabels | None = None, styles: frozenset[str] = frozenset()) -> Iterator[LeakFinding]:
    if name.endswith((".xml", ".rels", ".vml")) or (_starts_as_xml(data) and not image_meta.is_svg(data)
                                                     and not embedded_text.looks_like_html(data[:2048].decode(
                                                         "utf-8", errors="replace"))):
        yield from _scan_xml_part(scan, data, where, rels=name.endswith(".rels"), lists=lists, styles=styles)
    else:
        yield from _scan_blob(scan, data, where, depth)


def _starts_as_xml(data: bytes) -> bool:
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"<"


def _scan_xml_part(scan: _Scan, data: bytes, where: str, rels: bool = False,
                   lists: docx_text.ListLabels | None = None, styles: frozenset[str] = frozenset()) -> Iterator[LeakFinding]:
    try:
        scan.xml_nodes = count_xml_nodes(data, scan.xml_nodes)  # before lxml builds a tree of them
    except InputTooLarge as error:
        yield scan.unscannable(where, str(error))
        return
    try:
        root = docx_text.parse(data)
    except docx_text.XmlUnreadable as error:
        # Word would not open it as it is, but a repair or another reader might: what it says is read, and
        # the part is refused all the same
        yield scan.unscannable(where, str(error))
        raw = data.decode("utf-8", errors="replace")
        yield from scan_text(raw, scan.file, scan.register, _at(where))
        yield from scan_text(re.sub(r"<[^>]*>", "", raw), scan.file, scan.register, f"{where} (text): ")
        return
    local = root.tag.rsplit("}", 1)[-1].lower() if isinstance(root.tag, str) else ""
    if local == "svg":
        yield from _scan_svg(scan, data, where)
        return
    if local == "html":
        yield from _scan_html(scan, data.decode("utf-8", errors="replace"), where, 0)
        return
    part = docx_text.read_tree(root, rels=rels, lists=lists, styles=styles)
    paragraphs = [(f"paragraph {n}", text) for n, text in enumerate(part.paragraphs, start=1)]
    # each paragraph alone, then consecutive paragraphs and table cells read together (joined with nothing,
    # a space and a line break), so that a number split over paragraphs or borderless cells is read whole.
    # A comment is typed into Word's margin: read as the gate reads typed text (Attest writes none)
    typed = bool(_TYPED_PARTS.search(where))
    # (a header or a footer: Attest writes the run's reference and the page's number there, no one's name, so a
    # name known by its forename is a leak there, a template's "Site contact record – Eilidh Bhattacharya"; in
    # the pages, notes and comments too, but for the names the document gives its own people: ``pack_people``)
    story = bool(_STORY_PARTS.search(where))
    people = bool(_NOBODYS_PARTS.search(where)) or story
    yield from _scan_pieces(scan, paragraphs, where, ("", " ", "\n"), alone=True, typed=typed, forenames=people,
                            spare=story)
    # a tab between digit groups is a gap on the page ("21<tab>5723<br>5193<tab>174"): read as a space too
    tabbed = [(f"{label} (tabs as spaces)", text.replace("\t", " ")) for label, text in paragraphs
              if _TAB_IN_DIGITS.search(text)]
    yield from _scan_pieces(scan, tabbed, where, (), alone=True, typed=typed, forenames=people, spare=story)
    # a paragraph as a reader may also see it (right to left, frames side by side, its fields updated)
    # (a heading's cell read with the one under it joins a label to a value no reader reads together, "Witness"
    # over a person's name in a report's table: only a number's kinds are looked for there, the class it is for)
    yield from _scan_pieces(scan, part.readings, where, (), alone=True, typed=typed, forenames=people, spare=story)
    yield from (leak for leak in _scan_pieces(scan, part.down_columns, where, (), alone=True, typed=typed)
                if leak.kind not in _WORDS_KINDS)
    codes = [(f"paragraph {n} field code", code) for n, code in part.fields]
    # (a field's instruction is typed, or a template's: QUOTE "1108491771" shows its number once updated; a merge
    # field's text before or after, a SET field's value, name people Attest's own fields never do)
    yield from _scan_pieces(scan, codes, where, ("\n",), alone=True, typed=True, forenames=people, spare=story)
    # attribute and other values each alone: they are not read one after another as a page is, and
    # joined they make numbers of unrelated ids and dates
    # (a list level's labels are read item by item; one finding per level says it: a counter run over fifty
    # items would say it fifty times)
    said_levels: set[str] = set()
    # (a chart's texts too: Attest draws no chart, and a series named after a customer names them)
    nobodys = [(label, value) for label, value in part.values if _NOBODYS_FIELD.search(label)
               or where.startswith("word/charts/") or "/word/charts/" in where]
    if where.startswith("word/charts/") or "/word/charts/" in where:
        nobodys += _chart_numbers_as_shown(root)
    nobodys += [(f"{label} (as words)", " ".join(_ACCOUNT_WORDS.sub(" ", piece) for piece in re.split(r"[\\/]", value)))
                for label, value in nobodys if _ACCOUNT_WORDS.search(value)]
    yield from _scan_pieces(scan, nobodys, where, (), alone=True, typed=True, forenames=True)
    # what a person typed into a dialog box and Word shows on hover or reads aloud: a picture's alternative text and
    # title, a form field's help and status text, a link's screen tip (a "Ref: Mohammed Iqbal" there names him as
    # the same words in a paragraph would)
    typed_values = [(label, value) for label, value in part.values if _TYPED_ATTRIBUTE.search(label)]
    yield from _scan_pieces(scan, typed_values, where, (), alone=True, typed=True, forenames=True, spare=story)
    # (a document's properties, its keywords and description, are read with the forename lists too: its author is
    # among its own people)
    for leak in _scan_pieces(scan, part.values, where, (), alone=True, typed=True,
                             forenames=people and where.lower().startswith("docprops/"), spare=story):
        level = re.search(r"w:lvl \d+ \(as shown\)", leak.place)
        if level is not None:
            if level.group() in said_levels:
                continue
            said_levels.add(level.group())
        yield leak
    for label, value in part.values:
        if len(value) >= 16:
            yield from _scan_base64(scan, value, f"{where}, {label}", 0, forenames=True)
        if _PERSON_FIELD.search(label) and (number := _LONG_NUMBER.search(value)) is not None:
            # no one is called by six digits or more: a number where a person's name goes is someone's identifier
            yield scan.finding(f"{where}, {label}", "MPRN" if len(number.group()) <= 10 else "ACCOUNT",
                               mask_value(number.group()))
        if _INITIALS_FIELD.search(label) and _WHOLE_NAME.fullmatch(value.strip()) \
                and not pack_people.is_theirs(pack_people.person_words(value), scan.people):
            # a comment's initials that are a whole name ("Tariq Baker" where Word shows "TB"): someone's name, as a
            # reviewer's balloon shows it, and none of the document's own people
            yield scan.finding(f"{where}, {label}", "NAME", mask_value(value.strip()))


def _chart_numbers_as_shown(root: object) -> list[tuple[str, str]]:
    """A chart's cached numbers as the chart draws them: a value stored in scientific notation ("5.7461370E7") is
    shown whole, its digits laid out by the series' number format ("00000000" pads an MPRN's leading zeros back,
    "0000 000 0000" groups a phone's)."""
    def local(element: object) -> str:
        tag = getattr(element, "tag", None)
        return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""

    shown: list[tuple[str, str]] = []
    for series in (e for e in root.iter() if local(e) == "ser"):  # type: ignore[attr-defined]
        # (a data label shows the point's category and series name beside its value: "Gas MPRN: 57461370")
        names: dict[str, list[str]] = {}
        for part in (c for c in series if local(c) in ("cat", "tx")):
            for point in (p for p in part.iter() if local(p) == "pt"):  # type: ignore[attr-defined]
                text = " ".join(v.text or "" for v in point if local(v) == "v")
                names.setdefault(point.get("idx", ""), []).append(text)
            names.setdefault("", []).extend(v.text or "" for v in part if local(v) == "v")  # a series name as text
        for cache in (e for e in series.iter() if local(e) in ("numCache", "numLit")):
            code = next((child.text or "" for child in cache if local(child) == "formatCode"), "")
            for point in (p for p in cache if local(p) == "pt"):
                digits = _whole_number(" ".join(v.text or "" for v in point if local(v) == "v"))
                if digits is None or len(digits) < 6:
                    continue  # (a reading padded with zeros, 12345 under "0000000000", is a reading: no one's number)
                value = _laid_out(digits, code)
                where = f"chart value {point.get('idx', '')} (as shown)"
                shown.append((where, value))
                shown += [(where, f"{name}: {value}") for name in names.get(point.get("idx", ""), []) + names.get("", [])
                          if name.strip()]
    return shown


def _whole_number(text: str) -> str | None:
    try:
        number = Decimal(text.strip())
    except (InvalidOperation, ValueError):
        return None
    if not number.is_finite() or number != number.to_integral_value() or abs(number) >= Decimal(10) ** 30:
        return None
    return str(abs(int(number)))


def _laid_out(digits: str, code: str) -> str:
    """``digits`` through a number format of digit placeholders and literals ("0000 000 0000"); anything else
    (a currency, a date, "General") shows the digits alone."""
    code = code.split(";", 1)[0]
    if re.fullmatch(r"#,##0(?:\.0+)?", code):
        return f"{int(digits):,}"  # (thousands grouped: "1,234,567,890", a count as the chart shows it)
    if not code or not re.fullmatch(r"[0#?\ \-./()]+", code) or "0" not in code:
        return digits
    places = sum(c in "0#?" for c in code)
    digits = digits.rjust(places, "0") if len(digits) <= places else digits
    out, left = [], list(digits)
    for c in reversed(code):
        out.append(left.pop() if c in "0#?" and left else c if c not in "0#?" else "")
    return "".join(left) + "".join(reversed(out))


# -- anything inside a package ----------------------------------------------------------------------------------

def _scan_blob(scan: _Scan, data: bytes, where: str, depth: int) -> Iterator[LeakFinding]:
    """A part or an object inside one, whatever it is: read by its content, not its name."""
    if depth > MAX_DEPTH:
        yield scan.unscannable(where, "objects nested too deeply to read")
        return
    if image_format(data) is not None:
        yield from _scan_image(scan, data, _at(where))
        return
    if data.startswith(b"PK\x03\x04"):
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            yield from _scan_package(scan, package, data, _at(where), depth + 1)
        return
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        yield from _scan_ole(scan, data, where, depth)
        return
    if image_meta.is_svg(data):
        yield from _scan_svg(scan, data, where)
        return
    if image_meta.is_metafile(data):
        yield from _scan_metafile(scan, data, where, depth)
        return
    inflated = _inflate(data)
    if inflated is not None:  # gzip or zlib: read what it holds
        yield from _scan_blob(scan, inflated, f"{where} (compressed)", depth + 1)
        return
    if _WORD_2003 in data[:4096]:
        yield from _scan_word_2003(scan, data, where, depth)
        return
    head = data[:16].lstrip()
    if head.startswith(b"{\\rtf"):
        yield from _scan_rtf(scan, data.decode("latin-1"), where, depth)
        return
    if embedded_text.looks_like_mht(data):
        yield from _scan_mht(scan, data, where, depth)
        return
    what = binary_kind(data)
    if what is not None and what != "binary data":
        yield scan.unscannable(where, what)  # a PDF, a program: no reader here for what it shows
        return
    text = embedded_text.decode_text(data)
    if text is not None:
        if embedded_text.looks_like_html(text):
            yield from _scan_html(scan, text, where, depth)
        elif _starts_as_xml(text.encode("utf-8", errors="replace")[:64]):
            yield from _scan_xml_part(scan, text.encode("utf-8"), where)
        else:
            yield from _scan_loose_text(scan, text, where, depth)
        return
    strings = embedded_text.printable_strings(data)
    if not any(s.strip() for s in strings):
        yield scan.unscannable(where, "binary data with no readable text")
        return
    yield from _scan_loose_text(scan, "\n".join(strings), f"{where} (strings)", depth)
    if "printersettings" in where.lower():  # a printer's name and a port someone typed: no one's name of ours
        yield from _scan_pieces(scan, [(f"{where} (string)", s) for s in strings], "", (), alone=True, typed=True,
                                forenames=True)


_INFLATED_LIMIT = MAX_INFLATED_BYTES  # a compressed stream that grows past this is refused, not read


def _inflate(data: bytes) -> bytes | None:
    """The content of a gzip or zlib stream (``None`` for anything else). Past the limit it raises, and
    the guard around every part reports the part as unscannable."""
    import zlib

    if data[:2] == b"\x1f\x8b":
        wbits = 31
    elif len(data) > 2 and data[0] == 0x78 and (data[0] << 8 | data[1]) % 31 == 0:
        wbits = 15
    else:
        return None
    inflater = zlib.decompressobj(wbits)
    try:
        out = inflater.decompress(data, _INFLATED_LIMIT)
    except zlib.error:
        return None
    if inflater.unconsumed_tail:
        raise InputTooLarge(f"a compressed stream holding more than {_INFLATED_LIMIT // 2**20} MB, the limit")
    return out


# Word 2003's XML document (WordprocessingML before OOXML), which Word opens whatever the file is named: its
# paragraphs, runs and text are OOXML's under another namespace; pictures are base64 in w:binData
_WORD_2003 = b"http://schemas.microsoft.com/office/word/2003/wordml"
_WORD_2006 = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _scan_word_2003(scan: _Scan, data: bytes, where: str, depth: int) -> Iterator[LeakFinding]:
    """A Word 2003 XML document read as the document part it is the ancestor of: text joined across runs,
    fields, attributes, document properties, and each w:binData picture (a value holding base64) as an image."""
    yield from _scan_xml_part(scan, data.replace(_WORD_2003, _WORD_2006), f"{_at(where)}Word 2003 XML")


def _names_by_forename(scan: _Scan, text: str, where: str) -> Iterator[LeakFinding]:
    """The names in a page a document holds (an HTML or RTF object) known only by their forename, as its own
    pages are read (``pack_people``): "Isla Pryce-Jones rang …" split over two spans of an embedded page."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            said = {(start, end) for kind, _value, start, end in scan.found(line) if kind == Kind.NAME.value}
            for kind, value, start, end in scan.found(line, forenames=True, spare=True):
                if kind == Kind.NAME.value and (start, end) not in said:  # (the label's names: said already)
                    yield scan.finding(f"{where}, line {number}", kind, value)


def _scan_html(scan: _Scan, markup: str, where: str, depth: int) -> Iterator[LeakFinding]:
    shown, values = embedded_text.html_text(markup)
    yield from scan_text(shown, scan.file, scan.register, f"{where} (as shown): ")
    yield from _names_by_forename(scan, shown, f"{where} (as shown)")
    yield from _scan_pieces(scan, [("HTML value", v) for v in values], where, alone=True)
    yield from _scan_loose_text(scan, markup, f"{where} (markup)", depth)


def _scan_rtf(scan: _Scan, text: str, where: str, depth: int) -> Iterator[LeakFinding]:
    shown, binaries = embedded_text.rtf_text(text)
    yield from scan_text(shown, scan.file, scan.register, f"{where} (as shown): ")
    yield from _names_by_forename(scan, shown, f"{where} (as shown)")
    for n, hexdata in enumerate(binaries, start=1):
        cleaned = re.sub(r"[^0-9A-Fa-f]", "", hexdata)
        try:
            blob = bytes.fromhex(cleaned[:len(cleaned) - len(cleaned) % 2])
        except ValueError:
            blob = b""
        inner = f"{where} (picture or object {n})"
        if image_format(blob) is not None or image_meta.is_metafile(blob):
            yield from _scan_blob(scan, blob, inner, depth + 1)
        else:
            yield scan.unscannable(inner, "a picture or object inside RTF in a form the scan cannot read")


def _scan_mht(scan: _Scan, data: bytes, where: str, depth: int) -> Iterator[LeakFinding]:
    for n, (content_type, body) in enumerate(embedded_text.mht_parts(data), start=1):
        inner = f"{where} (MIME part {n}, {content_type})"
        if content_type.startswith("header "):
            yield from scan_text(body.decode("utf-8", errors="replace"), scan.file, scan.register, _at(inner))
        elif content_type.startswith(("text/", "image/", "application/xml", "application/xhtml")):
            yield from _scan_blob(scan, body, inner, depth + 1)
        else:
            yield scan.unscannable(inner, f"an MHT part of type {content_type}")


def _scan_ole(scan: _Scan, data: bytes, where: str, depth: int) -> Iterator[LeakFinding]:
    """Every stream of an OLE compound file: a "Package" object's label, paths and file; any other
    stream by its content (text in any encoding, base64, or the readable strings of binary data)."""
    import olefile

    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - olefile raises several types for a damaged file
        yield scan.unscannable(where, "an embedded OLE object that cannot be opened")
        return
    with ole:
        entries = ole.listdir(streams=True, storages=True)
        yield from _scan_pieces(scan, [("OLE entry name", "/".join(path)) for path in entries], where, alone=True)
        for path in ole.listdir(streams=True, storages=False):
            name = "/".join(path)
            stream = ole.openstream(path).read()
            inner = f"{where} stream {name.encode('unicode_escape').decode('ascii')}"
            if path[-1] == "\x01Ole10Native":
                native = _ole10native(stream)
                if native is not None:
                    label, source, temp, payload = native
                    yield from _scan_pieces(scan, [("OLE package label", label), ("OLE package source path", source),
                                                   ("OLE package temporary path", temp)], where, alone=True)
                    yield from _guarded(scan, f"{where} ({label})", lambda payload=payload, label=label: _scan_blob(
                        scan, payload, f"{where} ({label})", depth + 1))
                    continue
            if path[-1] in _OLE_PLUMBING and len(stream) <= 4096:
                # fixed binary records (flags, class ids, the class name): only their strings can say anything
                strings = embedded_text.printable_strings(stream)
                yield from _scan_pieces(scan, [(f"stream {path[-1]!a} strings", "\n".join(strings))], where, alone=True)
                continue
            yield from _guarded(scan, inner, lambda stream=stream, inner=inner: _scan_blob(
                scan, stream, inner, depth + 1))


_OLE_PLUMBING = {"\x01CompObj", "\x03ObjInfo", "\x01Ole", "\x03EPRINT", "\x03OCXNAME", "\x03PRINT"}


def _ole10native(stream: bytes) -> tuple[str, str, str, bytes] | None:
    """(label, source path, temporary path, file) of an ``\\x01Ole10Native`` stream; None if it is not
    laid out as a "Package" object's is."""
    try:
        pos = 4 + 2  # total size, then a 2-byte flag
        label_end = stream.index(b"\x00", pos)
        label = stream[pos:label_end].decode("latin-1")
        source_end = stream.index(b"\x00", label_end + 1)
        source = stream[label_end + 1:source_end].decode("latin-1")
        pos = source_end + 1 + 4  # reserved
        temp_len = int.from_bytes(stream[pos:pos + 4], "little")
        temp = stream[pos + 4:pos + 4 + temp_len].rstrip(b"\x00").decode("latin-1")
        pos += 4 + temp_len
        size = int.from_bytes(stream[pos:pos + 4], "little")
        pos += 4
        if pos + size > len(stream):
            return None
        return label, source, temp, stream[pos:pos + size]
    except (ValueError, IndexError):
        return None


# -- images ---------------------------------------------------------------------------------------------------

def _scan_image(scan: _Scan, data: bytes, prefix: str) -> Iterator[LeakFinding]:
    """An image's pixels (OCR; each frame of an animation) and the text in its metadata."""
    where = prefix.rstrip(": ") or "whole file"
    # (read as typed text, names known by their forename too: Attest writes no metadata into a picture, so a
    # person or a bare supply number in a profile's description or a comment is no one's of the run)
    yield from _guarded(scan, f"{where} (metadata)", lambda: _scan_pieces(
        scan, image_meta.metadata_texts(data), f"{where} metadata", alone=True, typed=True, forenames=True))
    if scan.known_clean is not None and scan.known_clean(data):
        return
    yield from _guarded(scan, where, lambda: _scan_pixels(scan, data, prefix))


def _scan_pixels(scan: _Scan, data: bytes, prefix: str) -> Iterator[LeakFinding]:
    with open_image(data) as image:  # its pixel count checked before anything is decoded
        frames = getattr(image, "n_frames", 1)
        if frames > MAX_FRAMES:
            yield scan.unscannable(prefix, f"an animated image of {frames} frames (more than {MAX_FRAMES} to read)")
            return
        if frames == 1:
            shots = [("", data)]
        else:
            shots, seen = [], set()
            for index in range(frames):
                image.seek(index)
                buffer = io.BytesIO()
                image.convert("RGB").save(buffer, format="PNG")
                frame = buffer.getvalue()
                digest = hashlib.sha256(frame).digest()
                if digest not in seen:
                    seen.add(digest)
                    shots.append((f"frame {index + 1} ", frame))
    for label, shot in shots:
        yield from _read_pixels(scan, shot, f"{prefix}{label}")


def _read_pixels(scan: _Scan, image: bytes, place: str) -> Iterator[LeakFinding]:
    """What OCR finds in an image, each finding placed at ``place`` and its box."""
    from .image import scan_image  # OCR only when there is an image

    for f in scan_image(image, register=scan.register, engine=scan.engine):
        x0, y0, x1, y1 = f.box
        yield scan.finding(f"{place}box {x0},{y0}-{x1},{y1}", f.kind.value, mask_value(f.text))


_TAB_IN_DIGITS = re.compile(r"\d\t+\d")


def _scan_svg(scan: _Scan, data: bytes, where: str) -> Iterator[LeakFinding]:
    where = where.rstrip(": ") or "whole file"
    try:
        scan.xml_nodes = count_xml_nodes(data, scan.xml_nodes)
    except InputTooLarge as error:
        yield scan.unscannable(where, str(error))
        return
    texts, values = image_meta.svg_texts(data)
    yield from _scan_pieces(scan, [(f"SVG text {n}", t) for n, t in enumerate(texts, start=1)], where,
                            ("", " ", "\n"), alone=True)
    pictures = {value: picture for label, value in values
                if label.endswith("/@href") and (picture := _data_uri_image(value)) is not None}
    # (a picture's data: URI is read as the picture below, not as text: its base64 letters spell a serial now and then)
    yield from _scan_pieces(scan, [(label, value) for label, value in values if value not in pictures], where, alone=True)
    # a picture inside the drawing ("<image href='data:image/png;base64,…'>"): what Word shows of the SVG is its pixels
    for n, embedded in enumerate(pictures.values(), start=1):  # (one picture under href and xlink:href is read once)
        inner = f"{where} (embedded picture {n})"
        yield from _guarded(scan, inner, lambda embedded=embedded, inner=inner: _scan_image(scan, embedded, _at(inner)))


_DATA_URI = re.compile(r"\s*data:image/[\w.+\-]+;base64,(?P<body>[A-Za-z0-9+/=\s]+)\Z")


def _data_uri_image(value: str) -> bytes | None:
    """The picture a data: URI holds, when it is a base64 picture of a format Pillow reads."""
    match = _DATA_URI.match(value)
    if match is None:
        return None
    try:
        data = base64.b64decode("".join(match.group("body").split()), validate=True)
    except (binascii.Error, ValueError):
        return None
    return data if image_format(data) is not None else None


def _scan_metafile(scan: _Scan, data: bytes, where: str, depth: int) -> Iterator[LeakFinding]:
    strings, bitmaps = image_meta.metafile_texts(data)
    where = where.rstrip(": ") or "whole file"
    yield from _scan_pieces(scan, [("drawn text", s) for s in strings[:2]] + [("strings", "\n".join(strings[2:]))],
                            where, alone=True)
    for n, bitmap in enumerate(bitmaps, start=1):
        inner = f"{where} (bitmap {n})"
        if image_format(bitmap) is None:
            yield scan.unscannable(inner, "a bitmap inside a metafile that cannot be decoded")
        else:
            yield from _guarded(scan, inner, lambda bitmap=bitmap, inner=inner: _scan_image(scan, bitmap, _at(inner)))


def ole_package_payload(data: bytes) -> tuple[str, bytes] | None:
    """The file inside an OLE "Package" object (its ``\\x01Ole10Native`` stream), as Word embeds a .txt."""
    import olefile

    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            if not ole.exists("\x01Ole10Native"):
                return None
            stream = ole.openstream("\x01Ole10Native").read()
    except OSError:
        return None
    native = _ole10native(stream)
    return (native[0], native[3]) if native is not None else None


def kinds_found(findings: list[LeakFinding]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.kind] = counts.get(f.kind, 0) + 1
    return counts


__all__ = ["Kind", "LeakFinding", "kinds_found", "mask_value", "ole_package_payload", "scan_bytes", "scan_text",
           "scanner_id"]
