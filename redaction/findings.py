"""What a detector reports, and how findings become replacements.

A :class:`Finding` is a span of text with the kind of identifier in it and the detector that saw it.
Overlapping findings are merged (mask the union: when in doubt, mask). Each distinct value gets one
replacement per item: its register reference (``MPAN001``) if the tester registered it, else a
numbered placeholder of its kind (``[MPAN-1]``), so "the same MPAN" stays visible in the evidence.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from operator import attrgetter


class Kind(enum.StrEnum):
    MPAN = "MPAN"
    MPRN = "MPRN"
    MSN = "MSN"  # meter serial number, electricity or gas
    DEVICE = "DEVICE"  # DUIS / SMETS2 device id (EUI-64)
    NAME = "NAME"  # a customer's name
    ADDRESS = "ADDRESS"
    POSTCODE = "POSTCODE"
    EMAIL = "EMAIL"
    PHONE = "PHONE"
    ACCOUNT = "ACCOUNT"  # a customer's account number with a supplier
    DOB = "DOB"  # a person's date of birth
    REGISTERED = "REGISTERED"  # a register value of a kind not listed above


# Masking priority when findings overlap: the more specific identifier names the merged span.
_PRIORITY = [Kind.MPAN, Kind.MPRN, Kind.DEVICE, Kind.MSN, Kind.POSTCODE, Kind.EMAIL, Kind.PHONE, Kind.ACCOUNT,
             Kind.DOB, Kind.NAME,
             Kind.ADDRESS, Kind.REGISTERED]


@dataclass(frozen=True, init=False)
class Finding:
    start: int
    end: int
    kind: Kind
    detector: str  # "pattern", "field", "label", "register", "column", ...
    # the JSON/CSV token the span sits in needs quoting when replaced (a bare JSON number)
    quote: bool = False
    # a later piece of a value split by markup ("1200<b>0233</b>..."): replaced by nothing, the
    # first piece carries the replacement, so the tags between the pieces stay
    tail: bool = False
    # the value as read (the canonical view's), when the span's own text is not all of it
    value: str | None = None

    def __init__(self, start: int, end: int, kind: Kind, detector: str, quote: bool = False, tail: bool = False,
                 value: str | None = None) -> None:
        # The generated __init__ of a frozen dataclass sets each field through object.__setattr__; a
        # dense log makes tens of thousands of findings, and writing the instance dict directly is
        # about three times quicker. The instance stays frozen: assigning to a field still raises.
        fields = self.__dict__
        fields["start"] = start
        fields["end"] = end
        fields["kind"] = kind
        fields["detector"] = detector
        fields["quote"] = quote
        fields["tail"] = tail
        fields["value"] = value


@dataclass
class Replacement:
    start: int
    end: int
    kind: Kind
    detector: str
    text: str
    line: int
    column: int
    out_start: int = 0  # where the replacement sits in the redacted text
    out_end: int = 0


_RANK = {kind: rank for rank, kind in enumerate(_PRIORITY)}
_ALL_BUT_DETECTOR = attrgetter("start", "end", "kind", "quote", "tail", "value")
_ALL_FIELDS = attrgetter("start", "end", "kind", "detector", "quote", "tail", "value")


def merge(findings: Iterable[Finding]) -> list[Finding]:
    """Sorted, non-overlapping findings; overlapping or touching spans become one."""
    findings = list(findings)
    # Several detectors report most values. A finding that differs from an earlier one only in its
    # detector changes nothing when merged (it comes after that one, inside what that one merged
    # into, and brings no kind, flag or value not there already), so only the first of each is
    # kept, found at C speed: a dict from the other fields to the first index (written last).
    first = dict(zip(map(_ALL_BUT_DETECTOR, reversed(findings)), range(len(findings) - 1, -1, -1)))
    if len(first) < len(findings):
        findings = list(map(findings.__getitem__, sorted(first.values())))
    # by start, the longer first; two stable sorts, by key functions written in C
    ordered = sorted(findings, key=attrgetter("end"), reverse=True)
    ordered.sort(key=attrgetter("start"))
    merged: list[Finding] = []
    last: Finding | None = None  # merged[-1]; a dense text gives each span several times, so the
    # loop reads each field once into a local
    for f in ordered:
        start, end = f.start, f.end
        if end <= start:
            continue
        if last is None or start >= last.end:
            merged.append(f)
            last = f
            continue
        last_start, last_end = last.start, last.end
        # a span that contains the other names it (an address holding a postcode is an address);
        # otherwise the more specific identifier does
        if last_start <= start and last_end >= end and (last_end - last_start) > (end - start):
            kind, detector = last.kind, last.detector
        elif start <= last_start and end >= last_end and (end - start) > (last_end - last_start):
            kind, detector = f.kind, f.detector
        else:
            kind = last.kind if _RANK[last.kind] <= _RANK[f.kind] else f.kind
            detector = last.detector if kind == last.kind else f.detector
        end, quote = max(last_end, end), last.quote or f.quote
        tail = last.tail and f.tail
        value = last.value if last.value is not None else f.value
        if (end != last_end or kind != last.kind or detector != last.detector or quote != last.quote
                or tail != last.tail or value != last.value):
            last = merged[-1] = Finding(last_start, end, kind, detector, quote, tail, value)
    return merged


_NOT_ALNUM = re.compile(r"[\W_]")


# the kinds whose values are digits only (a phone's, a supply number's): a word of letters is never one
DIGITS_ONLY = frozenset({Kind.MPAN, Kind.MPRN, Kind.PHONE})
# the kinds a number's shape gives (a serial, a supply's number, a device id, an account): a placeholder's
# zeros or a time's or a counter's digits are none of them (a phone or an e-mail address still is)
SHAPED_NUMBERS = frozenset({Kind.MSN, Kind.MPAN, Kind.MPRN, Kind.DEVICE, Kind.ACCOUNT})


# a ticket's, a test's or a case's reference: never a customer's account, whatever label or key stands before it
# ("Customer ref TC-1234", {"occupier": {"ref": "INC0012345"}}); not an account's own prefixes (JOB-, REF-, INV-, V…).
# Two letters alone are too common at the head of an account ("Account: SR88214473", "CS12345678"): a service
# request's and a pull request's need their hyphen (SR-1234, PR_17), a ServiceNow case its seven digits (CS0001234)
TICKET_REFERENCE = re.compile(
    r"(?i)(?:(?:tc|inc|req|chg|prb|def|bug|wo|ritm|sctask|task|dip|msg|case|jira)[-_]?\d|(?:sr|pr)[-_]\d"
    r"|cs(?:[-_]\d|\d{7}(?!\d)))")


_PROSE_WORDS = re.compile(r"[A-Za-z]{3,}")
_STAMPS = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?|\d{1,2}:\d{2}(?::\d{2})?|[A-Za-z]{1,4}-?\d{3,5}\b")
_SUPPLY_DIGITS = re.compile(r"\d(?:[ \-./]?\d){5,}")


_OUTCOME_WORDS = frozenset({"expected", "actual", "passed", "failed", "pass", "fail", "ok", "error", "none", "null",
                            "n/a", "unknown", "pending", "missing", "blank", "empty", "true", "false"})


def fits_its_kind(kind: Kind, value: str) -> bool:
    """Whether a value a key or a label names can be of that kind at all. A meter serial has digits and five
    letters or digits at least: an asset key's "Ready" or "12" is a status or a count ({"eAsset": "Ready",
    "m_asset": "12"}); an address is no network's."""
    if kind is Kind.MPAN and _PREFIXED_ID.match(value.strip().strip("\"'")):
        # a system's id under an MPAN key ("mpan": "DIP-MSG-20261204-991202", a test's message in the wrong field):
        # no supply's number unless a core is among its digits
        from .mpan import is_valid_mpan_core

        if any(len(run) >= 12 for run in _DIGIT_RUNS.findall(value)):
            return True  # a run of a core's length, checksum or not (a mistyped core still names the supply)
        digits = "".join(c for c in value if c.isdigit())
        return any(is_valid_mpan_core(digits[i:i + 13]) for i in range(len(digits) - 12))
    if kind in (Kind.MPAN, Kind.MPRN) and len(_PROSE_WORDS.findall(value)) >= 2 \
            and not _SUPPLY_DIGITS.search(_STAMPS.sub(" ", value)):
        return False  # a note in the column's place ("Summary for D0010 submission 2026-12-11T07:44:30Z"): words, and no
        # run of six digits but a date's or a flow's
    if kind in (Kind.MPAN, Kind.MPRN) and value.strip().strip("\"'").isdigit() and len(value.strip().strip("\"'")) < 6:
        return False  # a row's id under a supply's key ("supply_point_id" => 8383, where(supply_point_id: 682)): a
        # supply's number has six digits at least (an old MPRN's), an MPAN's core thirteen
    if kind is Kind.DEVICE and _UUID.fullmatch(value.strip().strip("\"'{}")):
        return False  # a record's GUID under a "guid" key is no device's EUI-64 (its eight bytes are sixteen hex digits)
    if kind is Kind.ADDRESS and value.strip().strip("\"'").lower() in _OUTCOME_WORDS:
        return False  # a checkpoint's words after an address's key ('"SupplyAddr": Expected "29 Cae Bryn…"')
    if kind is Kind.ADDRESS:
        # a network's address under an address key ("addr=10.201.96.87:8443", auditd's peer) is no one's home
        return not _NETWORK_ADDRESS.fullmatch(value.strip().strip("\"'"))
    if kind is Kind.NAME:
        # a trailer's or a shifted row's cell under a name's column ("TRAILER,32030 rows,<sha1>"): more digits than
        # letters, or no two letters together ("ann lee flat 123" and "j smith 1234" are still a name's)
        figures, letters = sum(c.isdigit() for c in value), sum(c.isalpha() for c in value)
        return figures < 3 or (letters >= figures and bool(_TWO_LETTERS.search(value)))
    if kind is Kind.ACCOUNT:
        # (a record's UUID under a customer's key, memcached's "get cust:78614129-9c4a-…", is the system's key, no account)
        # (and one to three digits name no one: "Account(id=7, …)" is a row's own key, no supplier's account)
        bare = value.strip().strip("\"'")
        return not TICKET_REFERENCE.match(bare) and not _UUID.fullmatch(bare.strip("{}")) \
            and not (bare.isdigit() and len(bare) < 4)
    if kind is not Kind.MSN:
        return True
    return any(c.isdigit() for c in value) and sum(c.isalnum() for c in value) >= 5


_DIGIT_RUNS = re.compile(r"\d+")
# ten digits (an MPRN's length), whole or in groups of three or four ("9254.012.054", "925 401 2054"): a row's cell
TEN_DIGITS = re.compile(r"(?=(?:\D*\d){10}\D*$)\d{3,10}(?:[ .,\-_]\d{3,4}){0,2}")
_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")
UUID_SHAPE = r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"
_UUID = re.compile(UUID_SHAPE)
# (two words of letters before its digits: "DIP-MSG-…", "TC-UIT-6757"; one, "PEN-4411", may be a supply's placeholder)
_PREFIXED_ID = re.compile(r"[A-Za-z]{2,}[\-_](?:[A-Za-z]{2,}[\-_])+\d")
_NETWORK_ADDRESS = re.compile(r"(?:\d{1,3}\.){3}\d{1,3}(?::\d{1,5})?|\[?[0-9A-Fa-f:]*::?[0-9A-Fa-f:]+\]?(?::\d{1,5})?"
                              r"|(?:[a-z0-9\-]+\.)+[a-z]{2,}:\d{1,5}")


# A table's closing row: a sheet's totals ("TOTAL", "Grand total", "Rows"), or a file's trailer, a record-type cell
# that marks it ("T", "TRL", "ZPT", "FOOTER") in a row of its own length ("T|7|batch <uuid>|2026-10-17|TC-7626").
# Its cells are counts, dates and references of the file's, not values of the columns above them.
_TOTAL_ROW = re.compile(r"(?i)(?:grand[ ]+)?(?:total|totals|count|sum|rows)[ :]*")
_TRAILER_ROW = re.compile(r"(?i)t|tr|trl|trlr|trailer|z|zz|zzz|zpt|ftr|footer|eof|end")


def a_closing_row(first_cell: str, cells: int, header_cells: int) -> bool:
    first = first_cell.strip().strip("\"'")
    return bool(_TOTAL_ROW.fullmatch(first)) or (cells != header_cells and bool(_TRAILER_ROW.fullmatch(first)))


_SERIAL_CHARACTERS = re.compile(r"[A-Za-z0-9\-:]+")
_DIGITS_AND_GAPS = re.compile(r"[\d \-._]+")
_A_DATE = re.compile(r"\d{4}[\-./]\d{1,2}[\-./]\d{1,2}|\d{1,2}[\-./]\d{1,2}[\-./]\d{2,4}")
_A_POSTCODE = re.compile(r"[A-Za-z]{1,2}\d[A-Za-z\d]?[ \t]*\d[A-Za-z]{2}")
_A_REFERENCE_OR_DATE = re.compile(r"[A-Za-z]{1,6}-\d+|\d{4}-\d{2}-\d{2}.*")


def fits_a_closing_rows_column(kind: Kind, value: str) -> bool:
    """Whether a cell of a closing row (see :func:`a_closing_row`) holds a value of its column's kind by its shape
    alone, so that it is masked all the same: a totals row's or a trailer's own counts, dates, batch ids and
    references are none (a "T" flag or a "Total" region opening a real record still has its MPRN masked)."""
    value = value.strip().strip("\"'").strip()
    digits = sum(c.isdigit() for c in value)
    letters = sum(c.isalpha() for c in value)
    if kind is Kind.MPAN:
        return bool(_DIGITS_AND_GAPS.fullmatch(value)) and digits in (13, 21)
    if kind in (Kind.MPRN, Kind.ACCOUNT):
        return bool(_DIGITS_AND_GAPS.fullmatch(value)) and 6 <= digits <= 12 and not _A_DATE.fullmatch(value)
    if kind is Kind.PHONE:  # (a UK number from its trunk 0 or its country's 44: not a total's epoch milliseconds)
        return 10 <= digits <= 13 and letters == 0 and "".join(c for c in value if c.isdigit()).startswith(("0", "44"))
    if kind is Kind.NAME:
        return letters >= 2 and digits == 0
    if kind is Kind.EMAIL:
        return "@" in value
    if kind in (Kind.MSN, Kind.DEVICE):  # (letters and digits: an amount, "£652.18", is none)
        return digits >= 4 and letters <= 6 and " " not in value and "-" not in value[:4] \
            and _SERIAL_CHARACTERS.fullmatch(value) is not None
    if kind is Kind.POSTCODE:
        return bool(_A_POSTCODE.fullmatch(value))
    if kind is Kind.ADDRESS:
        return letters >= 3 and not _A_REFERENCE_OR_DATE.fullmatch(value)
    return fits_its_kind(kind, value)


def normalise(value: str) -> str:
    """The comparable form of an identifier: letters and digits only (any separator, space, mark or
    invisible character between them dropped; fullwidth forms folded), upper case."""
    if not value.isascii():
        value = unicodedata.normalize("NFKC", value)
    elif value.isalnum():  # nothing to drop (the commonest case)
        return value.upper()
    return _NOT_ALNUM.sub("", value).upper()


_NUMBERED = re.compile(r"\[(" + "|".join(k.value for k in Kind) + r")-(\d{1,6})\]")


@dataclass
class Namer:
    """Hands out one replacement per distinct value within one item."""

    lookup: Callable[[str], str | None] = lambda _value: None  # register: value -> reference
    _given: dict[tuple[Kind, str], str] = field(default_factory=dict)
    _counts: dict[Kind, int] = field(default_factory=dict)

    @classmethod
    def after(cls, text: str, lookup: Callable[[str], str | None]) -> Namer:
        """A namer for a text that may already hold placeholders (an item redacted again because a
        value found later in its run recurs in it): a new value never reuses a number already shown."""
        namer = cls(lookup=lookup)
        if "[" in text:
            for match in _NUMBERED.finditer(text):
                kind = Kind(match.group(1))
                namer._counts[kind] = max(namer._counts.get(kind, 0), int(match.group(2)))
        return namer

    def name(self, kind: Kind, value: str) -> str:
        key = (kind, normalise(value))
        given = self._given.get(key)
        if given is None:
            given = self.lookup(value)
            if given is None:
                count = self._counts[kind] = self._counts.get(kind, 0) + 1
                given = f"[{kind.value}-{count}]"
            self._given[key] = given
        return given


def apply(text: str, findings: Iterable[Finding], namer: Namer) -> tuple[str, list[Replacement]]:
    """Replace each merged finding; returns the new text and what was replaced where (no values)."""
    out: list[str] = []
    replacements: list[Replacement] = []
    cursor = 0
    written = 0
    line, line_start, counted = 1, 0, 0  # the line (from 1) and its start, for the text up to `counted`
    name, count, rfind = namer.name, text.count, text.rfind  # thousands of findings in a dense text
    for start, end, kind, detector, quote, tail, value in map(_ALL_FIELDS, merge(findings)):
        while end > start and text[end - 1] == "\r":
            end -= 1  # a value read to its line's end stops before a CRLF's CR: the line keeps its ending
        if end == start:
            continue
        out.append(text[cursor:start])
        written += start - cursor
        cursor = end
        if tail:
            continue  # its value's first piece carries the replacement
        replacement = name(kind, value if value is not None else text[start:end])
        if quote:
            replacement = f'"{replacement}"'
        out.append(replacement)
        breaks = count("\n", counted, start)  # findings come in order: each line break counted once
        if breaks:
            line += breaks
            line_start = rfind("\n", counted, start) + 1
        counted = start
        replacements.append(Replacement(start, end, kind, detector, replacement, line, start - line_start + 1,
                                        written, written + len(replacement)))
        written += len(replacement)
    out.append(text[cursor:])
    return "".join(out), replacements
