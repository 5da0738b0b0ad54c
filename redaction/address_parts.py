"""Addresses read as their parts, in whatever order and with whatever between them.

A system that stores an address in fields writes it back out as its parts joined by whatever its author chose: a
comma, a semicolon, a bar, a line break ("Windrush | Cwmdonkin Rise | Tewkesbury", "Flat 1; 2 Coniston Court;
Alnwick", "Cnoc na Mara\\nNettlebed Crescent\\nSettle"), house name first with no number ("Gorsebank, Sycamore
Gardens, Sandbach"), or town first and number last, as a form's fields are filled backwards ("Newquay,
Glasshoughton Close, 59"). The street, a word and a street type, is what makes the parts an address; a house
name or a town beside it is part of it whichever side it stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .line_labels import NOT_A_PERSON
from .findings import Finding, Kind
from .line_counts import LineCounts
from .shapes import CELTIC_JOINED, NOT_A_HOUSE, NOT_A_TOWN, PERSON_SIZED, STATUS_WORDS, STREET_BARE, STREET_TYPES, TYPE_FIRST

# what joins two parts: a comma, a semicolon, a bar, a line break (a JSON "\n" or an HTML <br> is one in the
# canonical view)
_SEP = r"[ \t]*(?:[,;|]|\r?\n)[ \t]*"
# a flat's number (a house's name, of one to three words, "Hillcrest", "Cnoc na Mara", "Ty Gwyn", is _HOUSE_REST below)
_FLAT = r"(?:Flat|FLAT|Apartment|Apt|Unit)\.?[ \t]*\d{1,4}[A-Za-z]?"
_NUMBER = r"\d{1,4}[A-Za-z]?"
# a town: one or two words in one case, capitalised or in capitals ("Merthyr Tydfil", "HOLYHEAD"; not a field's label
# in capitals before a capitalised town, "HAUS Todmorden")
_WORD = r"[A-Z][a-zâêîôûŵŷ]+(?:['’\-][A-Za-z][a-zâêîôûŵŷ]*)*"
_CAPS = r"[A-Z]{3,}(?:['’\-][A-Z]+)*"
# (a quote after it may close a string, "… PO Box 834, Lisburn')": only one before a letter is the word's, "Lisburn's")
TOWN_WORDS = rf"(?:{_WORD}(?:[ \t]+(?:upon|on|in|by|le|the|{_WORD})){{0,2}}|{_CAPS}(?:[ \t]+{_CAPS})?)(?![\w\-]|['’]\w)"
# what may follow a town's part: a delimiter, a quote, a bracket, a cell's tab, the line's end, a postcode, a label
# in capitals ("POST_CODE1"), or the sentence going on ("…; Nantwich and spoke to…")
_PART_ENDS = (r"(?=[ \t]*(?:[,;|\"'()\]<>\\]|\r?\n|$|[A-Z]{1,2}\d|[A-Z_]{4,})|\t"
              r"|[ \t]+(?:and|but|to|where|who|which|on|at|in|for|was|is)\b)")
# a town in small letters as a value's last part ("…, Foxglove Mews, skipton'")
_SMALL_TOWN_LAST = r"[a-z](?:[a-z]|['’\-](?=[a-z])){3,}(?=[ \t]*(?:[\"')\]]|\r?\n|$))"
# where a part may open, as its first capital: not inside a word, nor after a letter and an apostrophe ("O'Brien"), but
# after SQL's N'…' string ("@Addr=N'Chy an Mor, …'"). (The capital first, the looks back after it: the regex engine
# skips to a capital at once, where a pattern opening with a look back is tried at every character of a log.)
_OPEN_CAPITAL = r"[A-Z](?<![\w\-][A-Z])(?:(?<![\w]['’][A-Z])|(?<=[\s=(,]N'[A-Z]))"
_HOUSE_REST = (r"(?:(?:(?<=F)(?:lat|LAT)|(?<=A)(?:partment|pt)|(?<=U)nit)\.?[ \t]*\d{1,4}[A-Za-z]?"
               r"|[a-zâêîôûŵŷ'’\-]+(?:[ \t]+(?:na|nan|an|y|yr|[A-Z][a-zâêîôûŵŷ'’\-]+)){0,2})")
_TOWN_REST = (rf"(?:[a-zâêîôûŵŷ]+(?:['’\-][A-Za-z][a-zâêîôûŵŷ]*)*(?:[ \t]+(?:upon|on|in|by|le|the|{_WORD})){{0,2}}"
              rf"|[A-Z]{{2,}}(?:['’\-][A-Z]+)*(?:[ \t]+{_CAPS})?)(?![\w'’\-])")
# a house's name, the street, the town: no number anywhere
_HOUSE_STREET_TOWN = re.compile(rf"(?P<house>{_OPEN_CAPITAL}{_HOUSE_REST}){_SEP}(?:(?P<number>{_NUMBER})[ \t]+)?"
                                rf"(?P<street>{STREET_BARE}){_SEP}(?P<town>{TOWN_WORDS}|{_SMALL_TOWN_LAST})(?![\w\-]|['’][a-z])")
# the town first and the number last
_TOWN_STREET_NUMBER = re.compile(rf"(?P<town>{_OPEN_CAPITAL}{_TOWN_REST}){_SEP}(?P<street>{STREET_BARE}){_SEP}"
                                 rf"(?:{_FLAT}{_SEP})?(?P<number>{_NUMBER})(?![\w\-/.:])")
# a town after an address found already, past a semicolon, a bar or a line break, ending its part
_TOWN_NEXT = re.compile(rf"{_SEP}(?P<town>{TOWN_WORDS}){_PART_ENDS}")
# ...or in small letters after its comma, where the part ends a value ("…, skipton'", "…, brecon (LD3 7AA)")
_SMALL_TOWN_NEXT = re.compile(r"[ \t]*,[ \t]*(?P<town>[a-z][a-z'’\-]{3,}(?:[ \t][a-z][a-z'’\-]{3,})?)"
                              r"(?=[ \t]*(?:[\"')]|\([ \t]*[A-Za-z]{1,2}\d|\r?\n|$)|\t)")
# a town before an address found already, as a value's first part ("Holyhead, Flat 1, 76 Tregenna Crescent")
_TOWN_BEFORE = re.compile(rf"(?:^|(?<=[\"'=:(\[>\n]))[ \t]*(?P<town>{TOWN_WORDS})[ \t]*,[ \t]*$", re.MULTILINE)
_WORDS_BEFORE = 40
_FLAT_BEFORE = re.compile(r"(?<![\w\-])(?i:flat|unit|apartment|apt\.?|suite|maisonette|room)[ \t]+\d{1,4}[A-Za-z]?[ \t]*,?[ \t]*"
                          r"(?:\d{1,4}[A-Za-z]?(?:[ \t]*[\-–][ \t]*\d{1,4}[A-Za-z]?)?[ \t]+)?\Z")  # (and a house's number or range)


def _a_table_row(lines: LineCounts, at: int) -> bool:
    """Is the line at ``at`` a table's row (three bars or more): its next cell is another column's, no town."""
    return lines.count(at, "|") > 2


# street types that also name a screen's or a page's part ("Meter View", "Home | Car Park | Settings"): between bars,
# where a breadcrumb or a menu sets its items, a street needs a type that names nothing else
_WEAK_TYPES = re.compile(r"(?i)[ \t](?:view|park|green|gate|path|end|side|bank|way|walk|wood|woods|square|sq|yard|"
                         r"approach|heights|fields|hollow|crossing|circus|quay|wharf|strand|chase|ridge|vale|dale)$")


def _a_menu(match: re.Match[str]) -> bool:
    """Parts set between bars whose street is of a type a menu's item may end in."""
    return "|" in match.group() and bool(_WEAK_TYPES.search(match.group("street")))


_STATUS = re.compile(rf"(?i:{STATUS_WORDS})$")


def _no_place(words: str) -> bool:
    """Words that are a sentence's, a sign-off's, a label's ("Premises, 196 Wheatsheaf Drive") or a status ("Pending")."""
    first = words.split()[0]
    if _HOUSE_WITH_THE.fullmatch(words.strip()):
        return False  # a house's name: "The Old Rectory", "The Granary"
    return bool(NOT_A_TOWN.match(words)) or first.lower() in _SENTENCE_WORDS or bool(NOT_A_HOUSE.match(first)) \
        or bool(_STATUS.match(words.strip()))


# "The" and one or two capitalised words that are no label or status: a house's name, as a sentence seldom opens a part
_HOUSE_WITH_THE = re.compile(r"The(?:[ \t]+[A-Z][a-z'’\-]{2,}){1,2}")


_SENTENCE_WORDS = frozenset("""the a an this that it we i you he she they there here then when if and but or so
see to on at in for from by with as is was are be has have had not no yes ok step status""".split())


_JOINER = re.compile(_SEP)


def _parts(text: str, start: int, end: int) -> Iterator[Finding]:
    """Each part of an address as a finding of its own, the joiners between them kept: a line break stays one (a
    record's rows stay rows), and a reader still sees how the parts were set out."""
    at = start
    for joiner in _JOINER.finditer(text, start, end):
        if joiner.start() > at:
            yield Finding(at, joiner.start(), Kind.ADDRESS, "pattern")
        at = joiner.end()
    if end > at:
        yield Finding(at, end, Kind.ADDRESS, "pattern")


def _stretches(text: str) -> Iterator[tuple[int, int]]:
    """Where the parts may stand: the whole of a text of a person's size; in a machine's log of megabytes, the lines
    holding a comma, a semicolon or a bar (parts a line break joins are a note's or a letter's; read at every
    character of a log the patterns cost a quarter of its redaction)."""
    if len(text) < PERSON_SIZED:
        yield 0, len(text)
        return
    if "," not in text and ";" not in text and "|" not in text:
        return
    start = end = -1
    for joiner in _JOINERS.finditer(text):
        at = joiner.start()
        if at < end:
            continue  # on the line read already
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        if line_start == end + 1 and start >= 0:
            end = line_end  # the next line holds one too: one stretch
            continue
        if start >= 0:
            yield start, end
        start, end = line_start, line_end
    if start >= 0:
        yield start, end


_JOINERS = re.compile(r"[,;|]")


def find_part_addresses(text: str) -> Iterator[Finding]:
    """Addresses of three parts with no house number first: a house's name, the street and the town; or the
    town, the street and the number. And a street alone after a word that says where ("meter Z20S407504 at Pendle
    Road shows…", "moved to Kingfisher Close"), of a type that names nothing but a street."""
    lines = LineCounts(text)
    for start, end in _stretches(text):
        yield from _part_addresses(text, start, end, lines)
    if len(text) < PERSON_SIZED:
        for match in _CUED_STREET.finditer(text):
            street = match.group("street")
            if _no_place(street) or _no_place(street.split()[0]):
                continue
            if _WORKFLOW.match(street.title()):
                continue  # a board's lane or a system's place: "Ticket moved to Ready Lane", "deployment at Data Park"
            cue = match.group("cue").strip().lower()
            if match.group("booked"):
                cue = "at"  # ("visit booked for Bramble Close": a booking's place)
            if match.group("welsh") and not (match.group("moved") or match.group("booked")):
                continue  # ("at Pen y Fan" may be a hill's: a Welsh street only where a home or a visit says so)
            if cue in ("to", "in", "on", "from", "into", "up", "down") and not match.group("moved"):
                continue  # ("scroll to Last Row", "on Dialog Close": only a move or a home says a place so)
            # (a type a screen's part may end in, "Meter View", only where the words say a place: "at", "moved to")
            if _WEAK_TYPES.search(street) and not (cue == "at" or match.group("part") or match.group("moved")):
                continue
            yield Finding(match.start("street"), match.end("street"), Kind.ADDRESS, "pattern")


# (a capital inside, as "McAllister", "O'Connell", "Kingfisher-Vale" have)
_TITLE_STREET_WORD = (r"(?!(?:The|A|An|This|That|Our|Your|His|Her|Their|My|Its|No|One|New|Old)\b)"
                      r"[A-Z](?:[a-z]|['’\-](?=[A-Za-z])|(?<=[a-z'’\-])[A-Z])+")
_WORKFLOW = re.compile(r"(?:Ready|Review|Triage|Dev|Test|Testing|Hold|Done|Backlog|Blocked|Build|Release|Sprint|Data|"
                       r"Deploy|Staging|Prod|Live|Fast|Slow|Main|Swim|Parking|Holding|Waiting|Queue|Cloud|Azure|Tech|"
                       r"Business|Design|Code|Merge|Google|Sheet|Memory|Grid|List|Card|Board|Tab|Page|Home|Start|"
                       r"Settings|Admin|Dashboard|Report|Reports|Config|Network|Share|Cloud)\b")
# a street in capitals after a word that says where, in prose (its town, when a comma follows, is found after it):
# "at Pendle Road", "lives at the end of Whinmoor Court", "job moved to Caedmon Walk", "lives in Kingfisher Close"
# A visit, a home or a booking says a place as a move does: "engineer went to Marsh Lane", "property on Marsh Lane had
# no access", "visit booked for Bramble Close"; and a Welsh street, its type first or its words joined by "y"/"yr"
# ("lives on Heol y Nant", "lives at Glan yr Afon"), is a street with no English type word after it
_PLACE_WORDS = (r"(?i:moved|move|moving|lives|living|lived|resides|reside|residing|based|went|"
                r"visit|visited|visiting|attended|attending|attend|called|calling|travelled|drove|driving|"
                r"property|premises|house|home|flat|address|dwelling)")
_WELSH_JOINED = r"[A-Z][a-zâêîôûŵŷ]+(?:[ \t]+(?:y|yr|'r)|['’]r)[ \t]+[A-Z][a-zâêîôûŵŷ]+"
_CUED_STREET = re.compile(rf"(?<![\w\-])(?:(?P<moved>{_PLACE_WORDS}[ \t]+(?i:(?:round|over|back|out|across)[ \t]+)?)"
                          rf"|(?P<booked>(?i:(?:booked|scheduled|arranged|rebooked|planned|moved)(?:[ \t]+in)?[ \t]+"
                          rf"(?:for|to):?|attended|visited|attending|visiting)[ \t]+))?"
                          rf"(?P<cue>(?(booked)|(?i:at|on|off|along|near|to|from|into|in|outside|behind|opposite|up|"
                          rf"down)[ \t]+))"
                          rf"(?P<part>(?i:the[ \t]+(?:far[ \t]+)?(?:end|top|bottom|corner|back)[ \t]+of)[ \t]+)?"
                          rf"(?P<street>(?:(?:{_TITLE_STREET_WORD}[ \t]+){{1,3}}(?:{STREET_TYPES.title()})"
                          # (in capitals, as a job's note may shout it: "engineer went to MARSH LANE")
                          rf"|(?:[A-Z][A-Z'’\-]+[ \t]+){{1,3}}(?:{STREET_TYPES.upper()})"
                          rf"|(?P<welsh>{TYPE_FIRST}|{_WELSH_JOINED}|{CELTIC_JOINED}))(?![\w'’\-]))")


def _part_addresses(text: str, start: int, end: int, lines: LineCounts) -> Iterator[Finding]:
    for match in _HOUSE_STREET_TOWN.finditer(text, start, end):
        if _no_place(match.group("house")) or _no_place(match.group("town")):
            continue
        if "|" in match.group() and (_a_table_row(lines, match.start()) or _a_menu(match)):
            continue
        yield from _parts(text, match.start(), match.end())
    for match in _TOWN_STREET_NUMBER.finditer(text, start, end):
        if _no_place(match.group("town")) or ("|" in match.group() and (_a_table_row(lines, match.start())
                                                                        or _a_menu(match))):
            continue
        yield from _parts(text, match.start(), match.end())


# a post office box's town: whatever follows, as "PO Box 125, Aberystwyth. Parking is tight" goes on
_BOX_TOWN = re.compile(rf"[ \t]*,?[ \t]*(?P<town>{TOWN_WORDS})|[ \t]*,[ \t]*(?P<small>{_SMALL_TOWN_LAST})")


def box_towns(text: str, boxes: list[Finding]) -> Iterator[Finding]:
    """The town after a post office box and its comma. A box's number means nothing without its town, so
    the town after it is one wherever the sentence goes next (not only where a street's part would end)."""
    for box in boxes:
        after = _BOX_TOWN.match(text, box.end)
        if after is None:
            continue
        group = "town" if after.group("town") else "small"
        if not _no_place(after.group(group)) and not NOT_A_PERSON.search(after.group(group)):  # ("PO Box 12, Test team")
            yield Finding(after.start(group), after.end(group), Kind.ADDRESS, "pattern")


def address_towns(text: str, addresses: list[Finding]) -> Iterator[Finding]:
    """The town beside an address found already, where the address's own pattern stops: after a semicolon, a
    bar or a line break, in small letters, or before it as the value's first part."""
    lines = LineCounts(text)
    for address in addresses:
        after = _TOWN_NEXT.match(text, address.end)
        if after is not None and not _no_place(after.group("town")) \
                and not ("|" in text[address.end:after.start("town")] and _a_table_row(lines, address.end)):
            yield Finding(after.start("town"), after.end("town"), Kind.ADDRESS, "pattern")
        else:
            small = _SMALL_TOWN_NEXT.match(text, address.end)
            if small is not None and not _no_place(small.group("town")):
                yield Finding(small.start("town"), small.end("town"), Kind.ADDRESS, "pattern")
        flat = _FLAT_BEFORE.search(text, max(0, address.start - 24), address.start)
        if flat is not None:  # "flat 8, [108 ormeau road]", "UNIT 5, [4-24 UNION GROVE]": the flat is the address's
            yield Finding(flat.start(), address.end, Kind.ADDRESS, "pattern")
        before = _TOWN_BEFORE.search(text, max(0, address.start - _WORDS_BEFORE), address.start)
        if before is not None and not _no_place(before.group("town")):
            yield Finding(before.start("town"), before.end("town"), Kind.ADDRESS, "pattern")
