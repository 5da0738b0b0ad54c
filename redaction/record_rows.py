"""An unlabelled number in a record's row whose other cells are a customer's identifiers is the customer's too.

A record is often pasted or logged as one row with nothing naming its columns: a load test's payload line
("payload.csv row 18: 2000…,7516…,E12Z…,PV35871985C,0013…"), a dump's INSERT without its column list
("VALUES (3752,'7516…','G4A…','Rose Baker','07700…','789-6222-704')"), a nomination's record ("K12|…|ZT05786903F|N").
The table readers need a header and the column readers three rows; a reader of the one row sees a supply's
number, a serial, a name and a phone, and takes the account-shaped value beside them for the customer's account.

So where a row (cells apart by bars, commas, semicolons or tabs) holds identifiers of a supply or a person in
three cells or more (two of them at least of different kinds; two such cells for a bar-delimited record, as
:func:`~attest.redaction.bare_numbers.find_record_numbers` reads it), a cell that holds nothing else but a value
of an account's make-up is masked: a system's letters and eight digits or so ("PV35871985C", "CA-47628660"), digit
groups apart by hyphens ("286-3419-891"), or eight to twelve bare digits. Not a date, a moment in seconds, a
round count, or a ticket's, a job's or a flow's reference; not a number of five digits or fewer (a row's id, a
reading, a count).

A cell of such a row (its other cells holding two identifiers at least, a person's or a supply's) that holds two
or three words of a person's name and nothing else is the customer's name: "023|Jack MACGILLIVRAY|3/1, 21 …|ME16
4YU|", "CNT|Tendai Moyo|020 7946 0556|…@example.com|". The lists must know the first word for a forename and the
last for a surname (or it is written in capitals, as a register writes a surname), and no word may be a street's, a
place's or a team's: "Grace Period" and "Summer Saver" are a scheme's and a tariff's.

An item of a slash-separated list in a cell beside an identifier ("07700 900109 / 3907474103": a contact's
phone and the supply's number in one cell) is read as a cell of its own.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from .bare_numbers import COMPACT_DATE, EPOCH_SECONDS, SIBLINGS
from .customer_values import another_reference
from .findings import Finding, Kind
from .line_labels import NOT_A_PERSON
from .names import any_listed_surname, is_listed_forename, key
from .shapes import PERSON_SIZED, STREET_TYPES

_DELIMITERS = ("|", "\t", ";", ",")
# a cell's value: blanks and one pair of quotes around it
_CELL = re.compile(r"[ \t]*(?P<q>['\"]?)(?P<value>[^'\"]*?)(?P=q)[ \t]*\r?")
_ACCOUNT_MADE = re.compile(r"[A-Z]{1,3}-?\d{6,10}[A-Z]?|\d{6,10}[A-Z]|\d{2,4}(?:-\d{3,5}){1,2}|\d{8,12}")
# a date in the row's own cells (ISO, compact or day first)
_A_DATE = re.compile(r"(?<!\d)(?:(?:19|20)\d\d-?(?:0[1-9]|1[0-2])-?(?:0[1-9]|[12]\d|3[01])|\d{1,2}/\d{1,2}/\d{2,4})(?!\d)")
_SYSTEM_KEY = re.compile(r"[A-Za-z]{3}")
_SUPPLY_SIZED = re.compile(r"\d{6,10}")  # (an MPRN's six to ten digits: a cell of them beside two identifiers)
_SLASH = re.compile(r"[ \t]+/[ \t]+")
# the words and the stamp a log writes before the record on its line, up to the blank or the colon before the first field
_LEAD = re.compile(r".*[:(\[{ \t][ \t]*(?=\S+[ \t]*$)")


def _accountlike(value: str, fewest: int = 7, dated: bool = False) -> bool:
    if _ACCOUNT_MADE.fullmatch(value) is None and _SUPPLY_SIZED.fullmatch(value) is None:
        return False
    digits = "".join(c for c in value if c.isdigit())
    if not fewest <= len(digits) <= 12 or another_reference(value):
        return False
    if value.isdigit():
        if COMPACT_DATE.match(value) or value.endswith("0000"):
            return False  # a date written as digits (and a time after it), a round count
        if len(value) == 10 and EPOCH_SECONDS[0] <= int(value) <= EPOCH_SECONDS[1] and not dated:
            return False  # a moment in seconds, as a record stamps itself (once: a row with a date has its stamp)
    return True


_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’\-](?=[^\W\d_]))*")
# words that make a region's, a status's or a place's cell of two words a name would have ("North West", "Rose Cottage")
_NOT_NAME_WORDS = frozenset({*STREET_TYPES.split("|"), "north", "south", "east", "west", "central", "cottage", "house",
                             "farm", "lodge", "barn", "manor", "hall", "mill", "villa", "flat", "open", "closed", "new",
                             "old", "active", "pending", "supply", "meter", "credit", "prepay", "smart", "the", "and"})
_PERSON_KINDS = frozenset({Kind.ADDRESS, Kind.POSTCODE, Kind.PHONE, Kind.EMAIL, Kind.NAME})


def _a_name(value: str) -> bool:
    """Two or three words a person's name has: the lists know the first for a forename or any for a surname."""
    words = value.split()
    if not 2 <= len(words) <= 3 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    if any(w.lower() in _NOT_NAME_WORDS for w in words) or NOT_A_PERSON.search(value):
        return False
    # a forename, then a surname the lists hold or one written in capitals as a register writes it ("Jack
    # MACGILLIVRAY"); not a forename before a word ("Grace Period", "Summer Saver": a scheme's, a tariff's)
    last = words[-1]
    return is_listed_forename(key(words[0])) and (any_listed_surname(last) or (last.isupper() and len(last) > 2))


def _split(text: str, start: int, end: int, delimiter: str) -> list[tuple[int, int]]:
    """The cells of a line between ``start`` and ``end``: apart at the delimiter, except inside a pair of quotes."""
    cells, quote, at = [], "", start
    for i in range(start, end):
        c = text[i]
        if quote:
            if c == quote:
                quote = ""
        elif c in "'\"" and (i == at or text[at:i].strip() == ""):
            quote = c
        elif c == delimiter:
            cells.append((at, i))
            at = i + 1
    cells.append((at, end))
    return cells


def _items(text: str, start: int, end: int, first: bool) -> list[tuple[int, int]]:
    """A cell's items where a slash between blanks parts them ("07700 900109 / 3907474103"), else the cell; of a
    line's first cell, what follows the line's own words ("payload.csv row 18: 3494740733")."""
    inner = _CELL.fullmatch(text, start, end)
    if inner is not None:
        start, end = inner.span("value")
    if first and (lead := _LEAD.match(text, start, end)) is not None:
        start = lead.end()
    parts, at = [], start
    for gap in _SLASH.finditer(text, start, end):
        parts.append((at, gap.start()))
        at = gap.end()
    parts.append((at, end))
    return parts


def find_row_accounts(text: str, found: Sequence[Finding]) -> Iterator[Finding]:
    if len(text) >= PERSON_SIZED or not any(d in text for d in _DELIMITERS):
        return
    siblings = sorted((f.start, f.end, f.kind) for f in found if f.kind in SIBLINGS)
    if not siblings:
        return
    for line_start, line_end, lo, hi in _lines(text, [s for s, _e, _k in siblings]):
        if hi > lo:
            yield from _row_values(text, line_start, line_end, siblings[lo:hi])


def _lines(text: str, starts: list[int]) -> Iterator[tuple[int, int, int, int]]:
    """Each line's start and end, and the slice of the sorted finding ``starts`` that falls on it."""
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        yield line_start, line_end, bisect.bisect_left(starts, line_start), bisect.bisect_left(starts, line_end)
        line_start = line_end + 1


def _row_values(text: str, start: int, end: int, siblings: list[tuple[int, int, Kind]]) -> Iterator[Finding]:
    line = text[start:end]
    delimiter = max(_DELIMITERS, key=line.count)
    if line.count(delimiter) < 2:
        return
    cells = _split(text, start, end, delimiter)
    held = [(s, e) for s, e in cells if any(s <= fs < e for fs, _fe, _k in siblings)]
    if len(held) >= 2:
        for s, e in cells:
            if (s, e) in held:
                continue
            value = text[s:e].strip().strip("'\"").strip()
            if value and _a_name(value):
                at = text.index(value, s)
                yield Finding(at, at + len(value), Kind.NAME, "beside")
    # each cell's values of an account's make-up (or a supply's number, where two cells hold identifiers already)
    candidates: dict[tuple[int, int], list[tuple[int, int]]] = {}
    dated = _A_DATE.search(line) is not None
    key = next(((s, e) for s, e in cells if text[s:e].strip()), None)  # (the row's first cell that holds anything)
    for s, e in cells:
        items = _items(text, s, e, first=s == start)
        listed = len(items) > 1 and any(any(i_s <= fs < i_e for fs, _fe, _k in siblings) for i_s, i_e in items)
        values = []
        for i_s, i_e in items:
            value = text[i_s:i_e].strip()
            if not value or any(fs < i_e and fe > i_s for fs, fe, _k in siblings):
                continue
            if (s, e) == key and _SYSTEM_KEY.match(value):
                continue  # the row's own key, its three letters a system's ("| CRN26810979 | W24Z238038 | 1200… |")
            if _accountlike(value, dated=dated) or (len(held) >= 2 and _SUPPLY_SIZED.fullmatch(value)
                                                     and _accountlike(value, 6, dated)):
                at = text.index(value, i_s)
                values.append((at, at + len(value)))
        if values and (listed or (s, e) not in held):
            candidates[(s, e)] = values
    # a row of three identifiers at least (those found and these), one found among them at least
    if len(held) + len([c for c in candidates if c not in held]) < 3:
        candidates = {c: v for c, v in candidates.items() if c in held}  # (a slash list's items beside one alone)
    for values in candidates.values():
        yield from (Finding(a, b, Kind.ACCOUNT, "beside") for a, b in values)


# a token of an account's make-up alone between blanks: a system's letters (one to three), seven to nine digits (a
# voucher's ten, "EB8083673208", are its scheme's)
_SPACED_ACCOUNT = re.compile(r"(?<![\w\-/.@#:])[A-Z]{1,3}\d{7,9}[A-Z]?(?![\w\-/.@])")
_PEOPLES_KINDS = frozenset({Kind.ADDRESS, Kind.POSTCODE, Kind.PHONE, Kind.EMAIL})


def find_report_accounts(text: str, found: Sequence[Finding]) -> Iterator[Finding]:
    """An account's number in a printed report's row (columns apart by blanks, a ledger's: "5627SC   A731408702
    08/09/2026 BUG-529  Refund I. Rahman 180 Larkspur Place  £445.57") where the row names a person and where they
    live or how they are reached: a token of an account's make-up there (not a ticket's, a change's or an order's
    reference) is the customer's account."""
    if len(text) >= PERSON_SIZED:
        return
    spans = sorted((f.start, f.end, f.kind) for f in found)
    for line_start, line_end, lo, hi in _lines(text, [s for s, _e, _k in spans]):
        kinds = {k for _s, _e, k in spans[lo:hi]}
        if Kind.NAME in kinds and kinds & _PEOPLES_KINDS:
            for token in _SPACED_ACCOUNT.finditer(text, line_start, line_end):
                covered = any(s < token.end() and token.start() < e for s, e, _k in spans[max(0, lo - 1):hi])
                if not covered and not another_reference(token.group()) and not _A_DATE.search(token.group()):
                    yield Finding(token.start(), token.end(), Kind.ACCOUNT, "row")
