"""A bare number written beside a supply's other identifiers is taken for its MPRN.

An MPRN is 6 to 10 digits with no check a reader can apply and no shape of its own, so alone it is
found only by a label ("MPRN", "gas meter point ref", "supply"). But logs and notes write it bare,
among the other things that name the same supply and customer:

    Validation failed for supply 00K2141791 (ref Siobhan Chaudhry) - 776512423 / Flat 11, 3 Heol y Parc
    Old meter 21P88970556866 final read 46203; gas G4A05773940 on 849065.

An assurer reading such a line takes the number for the gas supply's: so does this rule. A run of 6
to 10 digits standing alone (not part of a longer token, a decimal, a time, a range or an amount) is
masked when its line (a paragraph, for prose the caller unwraps) also holds an identifier of a supply
or a person, unless what stands just before it says it is something else (a reading, a count, a
duration, a port, a job or ticket number, a DIP participant or a message's sender, an id of the system's own) or a unit follows it ("30000 ms",
"1048576 bytes"). Numbers in a table's cells are the columns' business, not this rule's (an account
id or an installation number beside a customer's name in a database dump): on a screen each cell is
read on its own, CSV lines are not passed here, and a text line laid out in columns (cells between
bars or tabs, or set apart by runs of spaces) is left to the table detectors, which read its header.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from .fields import classify
from .findings import Finding, Kind
from .shapes import ODD_GAP, PERSON_SIZED

# what names a supply or its customer: a number beside one of these on a line (or in a screen's row,
# row_numbers) is theirs too
SIBLINGS = frozenset({Kind.MPAN, Kind.MPRN, Kind.MSN, Kind.DEVICE, Kind.NAME, Kind.ADDRESS, Kind.POSTCODE,
                      Kind.EMAIL, Kind.PHONE})

# (the look behind follows the first digit: a pattern that starts with one is tried at every position)
# (a comma after it before a letter is a record's field separator, "A00,2004519873,G4K00192837D,…"; before a
# digit, a thousands separator or a decimal)
_BARE = re.compile(r"\d(?<![\w.:/#@£$€%+\-\\]\d)\d{5,9}(?![\w@£$€%]|[.:/\-]\w|,\d)")
# a compact date (20240611), and the time written after it (20240611 230059): a moment, not a supply
COMPACT_DATE = re.compile(r"(?:19[9]\d|20\d\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")

# a unit after the number: a quantity, not an identifier
_UNIT = re.compile(r"[ \t]?(?:ms|msec|s|sec|secs|seconds?|mins?|minutes?|h|hrs?|hours?|days?|b|bytes?|kb|mb|gb|kib|mib|"
                   r"gib|kwh|wh|mwh|kw|mw|w|v|a|p|pence|gbp|%|items?|records?|rows?|lines?|messages?|msgs?|calls?|"
                   r"requests?|reqs?|times|x|chars?|characters?|attempts?|retries|files?|cases?|steps?)\b", re.I)

# the word before the number, if it says the number is something other than a supply's
_OTHER = frozenset("""
read reading readings reads register registers value values kwh units unit consumption usage balance amount
credit debt count counts total totals seq sequence pid tid thread port line lines offset size len length
bytes byte duration took elapsed latency version ver build builds attempt attempts retry retries status code
codes http https batch page pages row rows record records job jobs ticket tickets incident incidents inc chg
change task story bug defect run runs pipeline release pr issue case cases test tests step steps message msg
request req correlation transaction txn trace span order invoice epoch ts timestamp time date id ids uid
number no num nr otp pin sms checksum crc hash nonce counter index idx rank score limit max min timeout ttl
year years month months day days hour hours minute minutes second seconds ms sec secs
dip participant mpid sender senders receiver recipient originator publisher subscriber
outlet paypoint payzone store shop terminal merchant till branch vend voucher receipt
partner bp installation premise equipment contract object anlage vertrag geschaeftspartner
sgc krn kct ti token tokens reg licence license
""".split())
# a moment's key before a number of seconds since 1970 ('sent': 1766994860, "created_at=1764406778"), and a commit's
# short hash of digits alone ("commit 6759103"): in key form, or right after the word that says so; a verb before a
# number in prose ("Updated 7765124231 for Jane Smith") says nothing of it
# (and a query's or a filter's range: "reads?from=1764178612", "since=…", "until=…")
_MOMENT_KEY = re.compile(r"(?i)(?<![A-Za-z0-9_])[\"']?(?:(?:sent|received|created|updated|modified|deleted|processed|started|ended|finished|"
                         r"completed|expires|expiry|issued|published|generated)(?:_?(?:at|on|time|ts))?|from|to|since|until|"
                         r"after|before|start|end|ts|timestamp|epoch)[\"']?[ \t]*[:=][ \t]*$")
# a file's type after the number: the seconds a system stamped its file's name with ("D0010_1018563921352_1764973350.usr")
FILE_TYPE_AFTER = re.compile(r"\.[A-Za-z]{2,4}(?![A-Za-z0-9])")
# a shell's seconds since 1970 printed just before: "at $(date +%s) (1765664971)", "`date +%s`: 1765664971"
# (or a word that names such seconds: "unix 1762307011", "etag W/\"datetime'1762282419'\"")
_SECONDS_PRINTED = re.compile(r"(?:date[ \t]+\+%s[)`'\"]?|(?i:unix|etag|datetime|[mca]time)\W{0,4})[ \t:=]*[(\[]?[ \t]*$")
_SUPPLY_CUE = re.compile(r"(?i)\b(?:mprn|gas|meter[ \t]?point|supply[ \t]?point)")
_HASH_WORD = re.compile(r"(?i)(?<![a-z])(?:commit|sha)[ \t:=#]*$")
# the seconds since 1970 of a moment from 2017 to 2036 (patterns reads a long number opening with them the same way)
EPOCH_SECONDS = (1_483_228_800, 2_082_758_400)

# (a full stop after the word only where it shortens one, "Company no. 01262212": after a sentence's last word, "next
# month. 7413902218 is the gas supply", the number opens the next sentence)
_WORD_BEFORE = re.compile(r"(?:([A-Za-z][A-Za-z0-9_\-]*)|(?<![A-Za-z])([A-Za-z]{1,3})\.)[\"']?[ \t]*[:=#]?[ \t]*[\"'(\[]?[ \t]*$")
# a register's number between its word and its reading: "reg 01 081656", a meter's first register's
_REGISTER_BEFORE = re.compile(r"(?i)(?<![a-z])reg(?:ister)?[ \t]*0?\d[ \t]*[:=]?[ \t]*$")
_CAMEL = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
# a line laid out in columns: two bars or tabs, three of a box-drawn table's bars (Polars' "┆", DuckDB's "│"; not a
# terminal's one pane divider beside a bar, nor a framed panel's two sides), two runs of three spaces between words, or an HTML table's row of cells
_COLUMNS = re.compile(r"[|\t].*[|\t]|[\u2502\u2503\u2506\u250a\u2551](?:.*[\u2502\u2503\u2506\u250a\u2551]){2}"
                      r"|\S {3,}\S.*\S {3,}\S|<t[dh][\s>].*<t[dh][\s>]", re.IGNORECASE)
# what may stand between the word before and the number and still be a label of it: not "- " or "/ "
_LABEL_GAP = 24


# an XML element's opening tag just before the number: the element's name says what the number is
_ELEMENT_BEFORE = re.compile(r"<(?:[\w.\-]+:)?(?P<name>[A-Za-z_][\w.\-]*)(?:\s[^<>]*)?>[ \t]*$")


# a meter's reading named a few words before its number, in the same clause: "the D0010 reading was 102674",
# "read OK (052407)", "removed reading 045112", "reading oh four five one one two"
_READING_BEFORE = re.compile(r"(?i)(?<![\w-])read(?:ing)?s?(?:[ \t]+(?:was|is|of|ok|now|taken|value|shows?|showing|at))*"
                             r"[ \t]*[:=(#]?[ \t]*$")


def reading_before(text: str, start: int) -> bool:
    """Whether the words just before ``start`` say that the number there is a meter's reading."""
    before = max(0, start - 40)
    if text.find("ead", before, start) < 0 and text.find("EAD", before, start) < 0:
        return False  # (most numbers: no word of reading before them at all)
    return _READING_BEFORE.search(text, before, start) is not None


def _reading_sized(text: str, start: int) -> bool:
    """Does the number at ``start`` have a reading's eight digits at most (not a supply's ten after "reg 07")?"""
    number = _BARE.match(text, start)
    return number is not None and len(number.group()) <= 8


def _said_to_be_other(text: str, start: int, line_start: int) -> bool:
    element = _ELEMENT_BEFORE.search(text, max(line_start, start - 200), start)
    if element is not None:
        return classify(element.group("name")) is None  # <EventRecordID>409418: a record's number, named
    before = text[max(line_start, start - _LABEL_GAP - 40):start]
    match = _WORD_BEFORE.search(before)
    return (match is not None and says_other(match.group(1) or match.group(2))) or reading_before(text, start) \
        or (_REGISTER_BEFORE.search(before) is not None and _reading_sized(text, start))


_LABEL_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_\-]*")


def says_other(label: str) -> bool:
    """Do a label's words say its number is something else (an invoice's, a reading's, a count)? Read by
    their camel-case and snake-case parts ("bytesSent", "retry_count") and by their parts whole ("IDs");
    a text's word before a number and a screen's label cell are read alike."""
    parts: set[str] = set()
    for word in _LABEL_WORD.findall(label):
        parts.update(p.lower() for p in _CAMEL.findall(word))
        parts.update(p.lower() for p in re.split(r"[_\-]", word) if p)
    return bool(parts & _OTHER)


def find_numbers_beside(text: str, found: Sequence[Finding], digits: bytes | None = None,
                        cues: Sequence[tuple[int, int]] = ()) -> Iterator[Finding]:
    """Bare 6-10 digit numbers on a line that holds another identifier of a supply or a person
    (``found``: the findings in ``text`` so far), as MPRNs; see the module's docstring. Only the lines
    that hold such an identifier are read (a log of megabytes has few). ``digits``: the text's class
    view with each ASCII digit as "0" (:class:`TextView`), if the caller has it: a line with no six
    digits in a row is passed over at once. ``cues``: spans of words that name a gas supply's number
    ("mprn"), which count as its siblings: "KeyError: 'mprn' in response for 774710" names the number."""
    siblings = sorted([*((f.start, f.end) for f in found if f.kind in SIBLINGS), *cues])
    if not siblings:
        return
    lines: list[tuple[int, int]] = []  # the lines the siblings are on, in order, each once
    for start, end in siblings:
        if lines and start < lines[-1][1]:
            if end > lines[-1][1]:
                line_end = text.find("\n", end)
                lines[-1] = (lines[-1][0], len(text) if line_end < 0 else line_end)
            continue
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        lines.append((line_start, len(text) if line_end < 0 else line_end))
    starts = [s for s, _ in siblings]
    cue_starts = sorted(start for start, _ in cues)
    supply_starts = sorted(f.start for f in found if f.kind in _SUPPLY)
    for line_start, line_end in lines:
        if cue_starts and _on_line(cue_starts, line_start, line_end):
            yield from _grouped_beside(text, line_start, line_end, siblings, starts)
        elif supply_starts and _on_line(supply_starts, line_start, line_end):
            yield from _grouped_beside(text, line_start, line_end, siblings, starts, _BILL_GROUPED)
        if digits is not None and digits.find(b"000000", line_start, line_end) < 0:
            continue
        columns: bool | None = None  # read when the line has a candidate: most have none
        for match in _BARE.finditer(text, line_start, line_end):
            start, end = match.span()
            i = bisect.bisect_right(starts, start) - 1
            if i >= 0 and siblings[i][1] > start:
                continue  # inside a finding already
            lo, hi = bisect.bisect_left(starts, line_start), bisect.bisect_left(starts, line_end)
            if not any(e <= start or s >= end for s, e in siblings[max(0, lo - 1):hi] if e > line_start):
                continue  # the only identifier on the line is this number's own
            if _UNIT.match(text, end) or _said_to_be_other(text, start, line_start):
                continue
            if end - start == 10 and EPOCH_SECONDS[0] <= int(text[start:end]) <= EPOCH_SECONDS[1] \
                    and (_MOMENT_KEY.search(text, max(line_start, start - 30), start)
                         or _SECONDS_PRINTED.search(text, max(line_start, start - 30), start)
                         or FILE_TYPE_AFTER.match(text, end)) \
                    and not _SUPPLY_CUE.search(text, line_start, line_end):
                continue  # 'sent': 1766994860: a moment, under its key (not on a line about a gas supply's number)
            if end - start in (7, 8) and _HASH_WORD.search(text, max(line_start, start - 12), start):
                continue  # "commit 6759103": a short hash that happens to be all digits
            if end - start == 8 and COMPACT_DATE.fullmatch(text, start, end):
                continue
            if end - start == 6 and COMPACT_DATE.fullmatch(text, max(0, start - 9), start - 1):
                continue
            if columns is None:
                columns = _COLUMNS.search(text, line_start, line_end) is not None \
                    or _under_a_readings_header(text, line_start)
            if columns:
                break
            yield Finding(start, end, Kind.MPRN, "beside")


# a table's header that names a column of readings ("kWh", "LAST READ", "Reading") and none of gas supplies' numbers:
# the bare numbers of its rows are the readings ("018119301077285412895   026057 £1527.76", a DUoS backing file's)
_READINGS_HEADER = re.compile(r"(?i)(?<![a-z])(?:kwh|mwh|last[ \t]+read|reading|readings|reads|consumption|usage|units|"
                              r"register[ \t]+read|meter[ \t]+read)(?![a-z])")
_GAS_NUMBER_HEADER = re.compile(r"(?i)(?<![a-z])(?:mprn|mprns|gas[ \t]*(?:supply|meter[ \t]*point|ref)|mpr|"
                                r"meter[ \t]*point[ \t]*ref)(?![a-z])")
_HEADER_REACH = 12  # lines back to the table's header (a REPL's data frame prints two lines of types between)


def _under_a_readings_header(text: str, line_start: int) -> bool:
    """Is the line a row of a table whose header (a line above it, before any blank line) names readings, not
    gas supplies' numbers?"""
    at = line_start
    for _ in range(_HEADER_REACH):
        if at <= 0:
            return False
        above = text.rfind("\n", 0, at - 1) + 1
        line = text[above:at - 1]
        if not line.strip():
            return False
        # (a header holds a digit or two at most: "m3", "Reg 1"; a row above the line is read past)
        if _READINGS_HEADER.search(line) and not _GAS_NUMBER_HEADER.search(line) and sum(c.isdigit() for c in line) <= 2:
            return True
        at = above
    return False


# An MPRN written as a count is, with thousands' commas ("3,869,698,163": a numeric column of a report formatted
# "#,##0", pasted into a query; "3.869.698.163", "3 869 698 163" as other locales write it), or in a bill's groups
# ("338 118 9531"): beside a word that names an MPRN only
# ("WHERE MPRN IN ('3,869,698,163', …)"); beside a customer's name such a number is as often an amount or a count.
_GROUPED_BARE = re.compile(r"\d(?<![\w.:/#@£$€%+\-\\,]\d)(?:\d{0,2}(?P<sep>[,. ])\d{3}(?:(?P=sep)\d{3}){1,2}|\d{2,3}[ \t]\d{3}[ \t]\d{3,4})"
                           r"(?![\w@£$€%]|[.:/\-]\w|[, \t]\d)")

# ...and beside another identifier of a supply (a gas serial, an MPAN: "for 357 607 9313 / G4A6280506"), in a bill's
# groups of three, three and four (no phone, which opens with 0, count or amount is written so), in groups joined by
# one separator no count or date uses ("585~164~1854", "488·549·2", "667—484—579"), or a digit at a time ("9 1 2 0 3 0 6")
_BILL_GROUPED = re.compile(r"\d(?<![\w.:/#@£$€%+\-\\]\d)(?:(?<=[1-9])\d{2}(?P<bill>[ \-])\d{3}(?P=bill)\d{3,4}"
                           rf"|\d{{0,3}}(?P<gap>{ODD_GAP})\d{{1,4}}(?:(?P=gap)\d{{1,4}}){{0,3}}(?!(?P=gap)\d)"
                           r"|(?: \d){6,9}(?! \d))(?![\w@£$€%]|[.:/\-]\w|[, \t]\d)")
_THOUSANDS_BEFORE = re.compile(r"(?<![\d,.])\d{1,3},$")
_SUPPLY = frozenset({Kind.MPAN, Kind.MPRN, Kind.MSN, Kind.DEVICE})


def _on_line(cue_starts: Sequence[int], line_start: int, line_end: int) -> bool:
    i = bisect.bisect_left(cue_starts, line_start)
    return i < len(cue_starts) and cue_starts[i] < line_end


def _grouped_beside(text: str, line_start: int, line_end: int, siblings: Sequence[tuple[int, int]],
                    starts: Sequence[int], pattern: re.Pattern[str] = _GROUPED_BARE) -> Iterator[Finding]:
    """The grouped numbers of 6 to 10 digits on a line that names an MPRN, as MPRNs (not those said to be
    something else, nor a quantity's)."""
    for match in pattern.finditer(text, line_start, line_end):
        start, end = match.span()
        if not 6 <= sum(c.isdigit() for c in match.group()) <= 10:
            continue
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and siblings[i][1] > start:
            continue  # inside a finding already
        if _UNIT.match(text, end) or _said_to_be_other(text, start, line_start):
            continue
        if text[start - 1:start] == "," and _THOUSANDS_BEFORE.search(text, max(0, start - 6), start):
            continue  # "1,234 567 8901": a count's thousands run on
        yield Finding(start, end, Kind.MPRN, "beside")


# a record a message carries in a log's line, its fields apart by bars and nothing naming them ("Body:
# ONJOB|6452111274|U6M9873038|O'NEILL|CATRIONA|CF14 3ZX|20260101", "content:8030604088|MACKINNON|RUAIRIDH|LS6 2QF")
_RECORD_CELL = re.compile(r"[^|\n]*")
# (the first field's number after the line's own words and times: "2026-01-01 10:00:01 INFO content:8030604088")
_FIRST_FIELD_NUMBER = re.compile(r"(?<![\w.\-])(\d{8,10})[ \t]*$")
_RECORD_NUMBER = re.compile(r"[ \t]*(\d{8,10})[ \t]*")


def find_record_numbers(text: str, found: Sequence[Finding]) -> Iterator[Finding]:
    """A bare supply-sized number that is a whole field of a bar-delimited record in a line, where two fields of the
    same line or more hold a supply's or a person's identifiers and no line of the block above names the fields (a
    table with a header is the table readers'). The line-by-line reader passes over lines laid out in columns."""
    if "|" not in text or len(text) >= PERSON_SIZED:
        return
    siblings = sorted((f.start, f.end) for f in found if f.kind in SIBLINGS)
    if len(siblings) < 2:
        return
    starts = [s for s, _e in siblings]
    line_start = 0
    headed = -1  # the bars of a line of words alone between bars in the block of barred lines so far: its header's
    for line in text.split("\n"):
        line_end = line_start + len(line)
        if line.count("|") < 3:
            headed = -1
        elif not any(c.isdigit() for c in line):
            headed = line.count("|")
        elif headed != line.count("|"):  # (a status line's bars, "INFO status|OK|DONE|SENT", head no records of more)
            lo, hi = bisect.bisect_left(starts, line_start), bisect.bisect_left(starts, line_end)
            if hi - lo >= 2:
                yield from _record_numbers(text, line_start, line_end, siblings[lo:hi])
        line_start = line_end + 1


def _record_numbers(text: str, line_start: int, line_end: int, siblings: list[tuple[int, int]]) -> Iterator[Finding]:
    cells = [m.span() for m in _RECORD_CELL.finditer(text, line_start, line_end)]
    for n, (start, end) in enumerate(cells):
        # (the record's first field after the line's own words: "Body: ONJOB", "content:8030604088"); eight digits
        # at least, none a round count's ("|1500000|"), as a supply's number is in a message's record
        number = _FIRST_FIELD_NUMBER.search(text, start, end) if n == 0 else _RECORD_NUMBER.fullmatch(text, start, end)
        if number is None or COMPACT_DATE.fullmatch(number.group(1)) or number.group(1).endswith("0000"):
            continue
        if len(number.group(1)) == 10 and EPOCH_SECONDS[0] <= int(number.group(1)) <= EPOCH_SECONDS[1]:
            continue  # a moment in seconds, as a record stamps itself
        others = sum(1 for s, _e in siblings if not start <= s < end)
        if others >= 2:
            yield Finding(number.start(1), number.end(1), Kind.MPRN, "beside")
