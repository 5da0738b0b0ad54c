"""Detectors that read plain text: identifier patterns, on-screen labels and ``key=value`` pairs.

They work on any text (logs, free text, the raw bytes of JSON/XML/CSV, OCR output), so nothing
depends on a payload being well formed. Three layers, from weakest to strongest evidence:
- patterns: an MPAN core with a valid check digit and distributor id, written plain, spaced,
  hyphenated or split over a line break; the 21-digit form; meter serial shapes; EUI-64 device
  ids; UK postcodes; e-mail addresses;
- labels: "MPAN", "Meter serial", "MPRN", "Customer name", "Supply address" ... followed by a value:
  the value is masked whatever it looks like (a typo in an MPAN is still an MPAN);
- key=value: ``mpan=...``, ``"msn": "..."``, ``?mprn=...``, ``X-Device-Id: ...`` with the key
  classified by :mod:`fields`.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

from .fields import classify
from .line_labels import find_line_labels, find_next_line_values, plausible_person
from .findings import Finding, Kind
from .mpan import is_full_mpan, is_valid_mpan_core

# Digits with at most one separator between them: space, tab, hyphen, dot, or a line break
# (with the next line's indent). 13 to 21 digits in all.
_SEP = r"(?:[ \t\u00a0]{1,4}|[ \t]*[\-–./|][ \t]*|[ \t]*\r?\n[ \t]*)"
_DIGIT_RUN = re.compile(rf"(?<![\d])\d(?:{_SEP}?\d){{12,20}}(?![\d])")
# In CSV and data flows a line break ends a record: digits either side of it are different fields.
_DIGIT_RUN_ONE_LINE = re.compile(r"(?<![\d])\d(?:(?:[ \t\u00a0]{1,4}|[ \t]*[\-–./|][ \t]*)?\d){12,20}(?![\d])")
_CANDIDATE = re.compile(r"\d[\d \t\u00a0\-–./|\r\n]{11,}\d")
_CANDIDATE_ONE_LINE = re.compile(r"\d[\d \t\u00a0\-–./|]{11,}\d")

_MSN = re.compile(
    r"(?<![A-Za-z0-9])(?:"
    r"[A-Z]\d{2}[A-Z]{1,2}\d{5,7}"  # manufacturer letter, year, model letters, serial: S06DS123456, K17C00123
    r"|\d{2}[A-Z]\d{7}"  # SMETS2-style: year, manufacturer letter, 7 digits: 19P0123456
    r")(?![A-Za-z0-9])")
# EUI-64 device ids: 00-1B-C5-00-00-00-12-34. DUIS joins them with colons ("originator:target:counter"),
# so a neighbouring id does not stop a match; a longer hex dump is simply masked in pieces.
_EUI64 = re.compile(r"(?<![0-9A-Za-z])[0-9A-Fa-f]{2}(?P<s>[-: ])(?:[0-9A-Fa-f]{2}(?P=s)){6}[0-9A-Fa-f]{2}(?![0-9A-Za-z])")
# UK postcodes. Matched without regard to case; one not in capitals must have its space ("rg1 2ab"),
# so that lower-case words with digits are not taken for one.
_POSTCODE = re.compile(
    r"(?<![A-Za-z0-9])(?:GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW]?|[A-HK-Y]\d[ABEHMNPRV-Y]?|\d\d|[A-HK-Y]\d\d)"
    r" ?\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])", re.IGNORECASE)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")

# -- labels ----------------------------------------------------------------------------------------

# A label ends at a word boundary and is followed by a separator: "MPAN: ", "MSN=", "Meter serial  ".
# (Not "|": in data flows and text tables it separates fields, and the next field is not the value.)
_LABEL_SEP = (r"(?![A-Za-z0-9])(?=[ \t:=#\-–(_'\"\[&])[ \t]*(?:\(s\))?[ \t]*(?:[:=#\-–_]|\bis\b|&gt;)?"
              r"[ \t]*(?:&nbsp;|&#160;)*[ \t]*")
# where a free-text value ends: two spaces, a field delimiter, the line end, or the next "key=" / "Key:"
_VALUE_STOP = r"(?=[ \t]{2,}|[|;\t]|,?[ \t]+[A-Za-z_][\w.\-]*[ \t]*[=:]|\r?$|\n|$)"
_ID_VALUE = r"[A-Za-z0-9][A-Za-z0-9\-/.]{1,24}[A-Za-z0-9]"
_ONE_LINE = r"(?:[ \t\u00a0]{1,4}|[ \t]*[\-–./][ \t]*)"  # label values never continue on the next line
_OPEN = r"[\"'(\[]?"
_LABELS: list[tuple[re.Pattern[str], Kind, str]] = [
    (re.compile(r"\b(?:MPAN|MPXN|MPxN|mpan|Mpan)(?:[ _-]?(?:core|Core|CORE|id|ID|no\.?|No\.?|number|Number))?"
                + _LABEL_SEP + _OPEN + r"(?P<value>\d(?:" + _ONE_LINE + r"?\d){4,20})"), Kind.MPAN, "digits"),
    (re.compile(r"(?i)\b(?:supply[ \t]+number|meter[ \t]+point(?:[ \t]+administration[ \t]+number)?|metering[ \t]+point)"
                + _LABEL_SEP
                + _OPEN + r"(?P<value>\d(?:" + _ONE_LINE + r"?\d){4,20})"), Kind.MPAN, "digits"),
    (re.compile(r"(?i)\b(?:MPRN|meter[ \t]+point[ \t]+reference(?:[ \t]+number)?)" + _LABEL_SEP
                + _OPEN + r"(?P<value>\d(?:[ \t]?\d){3,12})"), Kind.MPRN, "digits"),
    (re.compile(r"(?i)\b(?:MSN|(?:gas[ \t]+|electricity[ \t]+|elec[ \t]+)?meter[ \t]*(?:serial|ser\.?)(?:[ \t]*(?:number|no\.?|num))?|"
                r"serial[ \t]*(?:number|no\.?)|meter[ \t]+(?:id|no\.?|number))" + _LABEL_SEP
                + _OPEN + r"(?P<value>" + _ID_VALUE + r")"), Kind.MSN, "token"),
    (re.compile(r"(?i)\b(?:gas[ \t]+|electricity[ \t]+|elec[ \t]+|smart[ \t]+)?meter[ \t]+(?:number[ \t]+|no\.?[ \t]+)?"
                r"(?P<value>(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9\-/]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9\-/]{4,18}[0-9])"
                r"(?![A-Za-z0-9])"), Kind.MSN, "token"),
    (re.compile(r"(?i)\b(?:device[ \t]*(?:id|guid|eui)?|(?:esme|gsme|chf|comms[ \t]*hub|ihd|gpf|ppmid)[ \t]*(?:id|guid)?)"
                + _LABEL_SEP + _OPEN + r"(?P<value>[0-9A-Fa-f]{2}(?:[-: ]?[0-9A-Fa-f]{2}){5,9})(?![0-9A-Za-z])"),
     Kind.DEVICE, "token"),
    (re.compile(r"(?i)\b(?:post[ \t]*code|postal[ \t]+code)[ \t]*[:=]?[ \t]*(?P<value>[A-Za-z]{1,2}\d[A-Za-z\d]?"
                r"[ \t]{0,3}\d[A-Za-z]{2})(?![A-Za-z0-9])"), Kind.POSTCODE, "token"),
    (re.compile(r"(?i)\b(?:tel(?:ephone)?|phone|mobile)(?:[ \t]+(?:number|no\.?))?[ \t]*[:=][ \t]*"
                r"(?P<value>\+?[\d(][\d ()\-]{8,16}\d)"), Kind.PHONE, "token"),
]

# key=value, "key": value, key: value -- the key classified by fields.classify
_KEY_VALUE = re.compile(
    r"""(?P<key>"[A-Za-z_][\w .:\-]{0,60}"|'[A-Za-z_][\w .:\-]{0,60}'|(?<![\w.\-])[A-Za-z_][\w.:\-]{0,60})"""
    r"""[ \t]*(?P<op>=|:)[ \t]*"""
    r"""(?P<value>"(?:[^"\\\n]|\\.)*"|'[^'\n]*'|[^\s,;|&<>"'{}\[\]]+)"""
)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


# SHA-256/SHA-1/MD5 digests and other long hex tokens, and UUIDs (correlation ids): a digit run
# inside one is part of it, not an MPAN.
_HEX_TOKEN = re.compile(r"(?<![0-9A-Za-z])(?:[0-9a-fA-F]{32,}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                        r"[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![0-9A-Za-z])")


def find_mpans(text: str, multiline: bool = True) -> Iterator[Finding]:
    """MPAN cores and full MPANs by checksum and distributor id, in any common layout."""
    run = _DIGIT_RUN if multiline else _DIGIT_RUN_ONE_LINE
    for candidate in (_CANDIDATE if multiline else _CANDIDATE_ONE_LINE).finditer(text):
        # the exact pattern only inside stretches of digits and separators long enough to hold 13 digits
        for match in run.finditer(text, candidate.start(), candidate.end()):
            yield from _mpan_findings(text, match)


def _mpan_findings(text: str, match: re.Match[str]) -> Iterator[Finding]:
    raw = match.group()
    digits = _digits(raw)
    if len(digits) == 13 and is_valid_mpan_core(digits):
        yield Finding(match.start(), match.end(), Kind.MPAN, "pattern")
    elif len(digits) == 21 and is_full_mpan(digits):
        yield Finding(match.start(), match.end(), Kind.MPAN, "pattern")
    elif len(digits) > 13:
        yield from _mpan_inside(text, match, separated=len(digits) != len(raw))


def _mpan_inside(text: str, match: re.Match[str], separated: bool) -> Iterator[Finding]:
    """A run longer than 13 digits may hold an MPAN among other digits: an S-line prefix
    ("01 801 100 12 0002 3305 967") or neighbouring numbers in a spaced row. A core found inside must
    begin and end where the run's digit groups do, so that a chance-valid 13 digits straddling two
    numbers is not taken for one. Unseparated long numbers (timestamps, ids) count only when a valid
    core ends the run."""
    raw = match.group()
    positions = [i for i, ch in enumerate(raw) if ch.isdigit()]
    digits = "".join(raw[i] for i in positions)
    group_starts = {k for k, i in enumerate(positions) if k == 0 or i != positions[k - 1] + 1}
    group_ends = {k for k, i in enumerate(positions) if k == len(positions) - 1 or positions[k + 1] != i + 1}
    for begin in range(0, len(digits) - 12):
        if not is_valid_mpan_core(digits[begin:begin + 13]):
            continue
        if not separated and begin + 13 != len(digits):
            continue
        if separated and (begin not in group_starts or begin + 12 not in group_ends):
            continue
        # the 8 digits before a core are its supplementary line: mask them with it (fewer than 8 are
        # some other number that happens to touch it, such as the end of the previous CSV row)
        start = match.start() + positions[begin - 8 if begin >= 8 else begin]
        end = match.start() + positions[begin + 12] + 1
        yield Finding(start, end, Kind.MPAN, "pattern")


def find_serials(text: str) -> Iterator[Finding]:
    for match in _MSN.finditer(text):
        yield Finding(match.start(), match.end(), Kind.MSN, "pattern")


def find_devices(text: str) -> Iterator[Finding]:
    for match in _EUI64.finditer(text):
        yield Finding(match.start(), match.end(), Kind.DEVICE, "pattern")


def find_postcodes(text: str) -> Iterator[Finding]:
    for match in _POSTCODE.finditer(text):
        found = match.group()
        if found != found.upper() and " " not in found:
            continue
        yield Finding(match.start(), match.end(), Kind.POSTCODE, "pattern")


def find_emails(text: str) -> Iterator[Finding]:
    if "@" not in text:
        return
    for match in _EMAIL.finditer(text):
        yield Finding(match.start(), match.end(), Kind.EMAIL, "pattern")


# Words one of which must be present for each label pattern to match: a cheap filter first.
_LABEL_WORDS = [("mpan", "mpxn"), ("supply", "point"), ("mprn", "reference"),
                ("msn", "serial", "ser.", "meter"), ("meter",), ("device", "esme", "gsme", "chf", "comms", "ihd", "gpf", "ppmid"),
                ("post",), ("tel", "phone", "mobile")]


def find_labelled(text: str) -> Iterator[Finding]:
    """A value after a sensitive label, masked whatever its shape.

    Each label's pattern reads only the lines where one of its words occurs, and the line after
    (a value may continue there), not the whole text."""
    lowered = text.lower()
    for (pattern, kind, _shape), words in zip(_LABELS, _LABEL_WORDS, strict=True):
        for start, end in _lines_around(lowered, words):
            for match in pattern.finditer(text, start, end):
                value_start, value_end = match.span("value")
                value = text[value_start:value_end].rstrip(" .,")
                if not _worth_masking(value) or (classify(value) is not None and not any(c.isdigit() for c in value)):
                    continue  # empty, a reference, or the next column's header
                yield Finding(value_start, value_start + len(value), kind, "label")


def _lines_around(lowered: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """Merged spans from the start of each line holding one of ``words`` to the end of the next line."""
    hits: list[int] = []
    for word in words:
        at = lowered.find(word)
        while at >= 0:
            hits.append(at)
            at = lowered.find(word, at + 1)
    spans: list[tuple[int, int]] = []
    for at in sorted(hits):
        start = lowered.rfind("\n", 0, at) + 1
        end = lowered.find("\n", at)
        end = len(lowered) if end < 0 else lowered.find("\n", end + 1)
        end = len(lowered) if end < 0 else end
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


_DIGITS_ON = re.compile(r"\d(?:(?:[ \t\u00a0]{1,4}|[ \t]*[\-–./][ \t]*)?\d)*")
# the words of a name or address after key=, up to a delimiter or the next key=
_WORDS_ON = re.compile(r"[^\n,;|&<>{}\[\]\t\"']*?(?=[ \t]{2,}|[ \t]+[A-Za-z_][\w.\-]*[ \t]*[=:]|[\n,;|&<>{}\[\]\t\"']|$)")
_ADDRESS_ON = re.compile(r"[^\n;|&<>{}\[\]\t\"']*?(?=[ \t]{2,}|,?[ \t]+[A-Za-z_][\w.\-]*[ \t]*[=:]|[\n;|&<>{}\[\]\t\"']|$)")


_TIME_KEY = re.compile(r"^(?:ts|@?timestamp|time|epoch|epochms|millis|date|datetime|created|updated|modified|"
                       r"lastmodified|expiry|expires|exp|iat|nbf|sentat|receivedat|createdat|updatedat|eventtime|"
                       r"processedat|starttime|endtime|logtime)$")


@functools.lru_cache(maxsize=4096)
def _could_be_member(key: str) -> bool:
    """Whether some parent would make this key sensitive ("line1" in an address, "id" in a meter)."""
    return any(classify(key, (parent,)) for parent in ("address", "customer", "meter", "device", "account"))


_KEY_BEFORE_BRACE = re.compile(r"[\"']?([A-Za-z_][\w.\-]*)[\"']?[ \t]*[:=][ \t]*$")


def _enclosing_key(text: str, pos: int) -> str | None:
    """In ``supplyAddress: { line1: '5 Elm Row' }`` the key whose braces enclose ``pos``."""
    depth = 0
    for i in range(pos - 1, max(-1, pos - 300), -1):
        ch = text[i]
        if ch == "}":
            depth += 1
        elif ch == "{":
            if depth == 0:
                found = _KEY_BEFORE_BRACE.search(text, max(0, i - 60), i)
                return found.group(1) if found else None
            depth -= 1
    return None


def _is_time_key(key: str) -> bool:
    """``ts=1710238530123``: an epoch in milliseconds is 13 digits and, starting 16-19, has a valid
    distributor id; its check digit passes one time in ten. Such values are never MPANs."""
    return bool(_TIME_KEY.match(re.sub(r"[^a-z@]", "", key.lower())))


def find_key_values(text: str, times: list[tuple[int, int]] | None = None) -> Iterator[Finding]:
    """``key=value`` / ``"key": value`` pairs whose key names an identifier; the spans of time-valued
    keys are collected into ``times`` on the way."""
    for match in _KEY_VALUE.finditer(text):
        key = match.group("key").strip("\"'")
        if times is not None and _is_time_key(key):
            times.append(match.span("value"))
            continue
        kind = classify(key)
        if kind is None and _could_be_member(key) and "{" in text[max(0, match.start() - 300):match.start()]:
            parent = _enclosing_key(text, match.start())
            kind = classify(key, (parent,)) if parent else None
        if kind is None:
            continue
        before = text[max(0, match.start() - 30):match.start()]
        previous = re.search(r"([A-Za-z]+)[ \t]$", before)
        if previous and classify(previous.group(1) + key) is None and "address" in key.lower():
            continue  # "Remote Address:", "Endpoint address:": not a postal address
        start, end = match.span("value")
        value = match.group("value")
        if value[:1] in "\"'":
            start, end = start + 1, end - 1
            value = value[1:-1]
        elif kind in (Kind.MPAN, Kind.MPRN) and value[:1].isdigit():
            end = start + _DIGITS_ON.match(text, start).end() - start  # type: ignore[union-attr]
        elif kind in (Kind.NAME, Kind.ADDRESS) and text[match.start() - 1:match.start()] not in ("?", "&"):
            # words after "name=" in a log; in a URL query a value ends at its space
            more = (_ADDRESS_ON if kind is Kind.ADDRESS else _WORDS_ON).match(text, start)
            end = max(end, more.end()) if more else end
        value = text[start:end]
        if not _worth_masking(value) or (kind is Kind.NAME and not plausible_person(key, value)):
            continue
        yield Finding(start, start + len(value.rstrip()), kind, "field")


# Register references (MPAN001, PC002, ...) and placeholders ([MPAN-1]): what redaction leaves behind.
_REFERENCE = re.compile(r"^(?:MPAN|MPRN|MSN|DEV|DEVICE|ADDR|CUST|NAME|PC|EMAIL|PHONE|REF)[-_]?\d{1,6}$|"
                        r"^\[[A-Z]+-\d+\]$", re.IGNORECASE)
_EMPTY = {"", "null", "none", "n/a", "na", "-", "--", "unknown", "tbc", "true", "false", "[]", "{}"}


def _is_reference(value: str) -> bool:
    """A register reference or a placeholder, which is what redaction leaves behind."""
    return bool(_REFERENCE.match(value.strip()))


def _worth_masking(value: str) -> bool:
    stripped = value.strip()
    return stripped.lower() not in _EMPTY and not _is_reference(stripped)


# 13 digits beginning with a distributor id, not part of a longer number: an MPAN with a typo in its
# check digit, when the text is about MPANs at all.
_CORE_SHAPED = re.compile(r"(?<![\d])(?:1\d|2\d|3[0-6])\d{11}(?![\d])")
_MPAN_CONTEXT = re.compile(r"mpan|mpxn|meter ?point|supply ?number|metering ?point", re.IGNORECASE)


def find_mpan_typos(text: str, validated: list[Finding]) -> Iterator[Finding]:
    """When the item mentions MPANs (or holds a valid one), every other MPAN-shaped 13-digit number is
    masked too: when in doubt, mask. Timestamps and ids inside UUIDs and hashes are excluded later."""
    if not validated and not _MPAN_CONTEXT.search(text):
        return
    for match in _CORE_SHAPED.finditer(text):
        yield Finding(match.start(), match.end(), Kind.MPAN, "context")


def find_all(text: str, *, multiline: bool = True) -> list[Finding]:
    """Every pattern, label and key=value finding in ``text`` (unmerged). ``multiline=False`` for
    record-per-line formats, where an identifier never continues on the next line."""
    shapes: list[Finding] = list(find_mpans(text, multiline))
    shapes.extend(find_mpan_typos(text, shapes))
    for detector in (find_serials, find_devices, find_postcodes, find_emails):
        shapes.extend(detector(text))
    times: list[tuple[int, int]] = []
    fields = list(find_key_values(text, times))  # a field named deviceId holding a UUID is still masked
    found = _outside_opaque_tokens(text, shapes)
    if times:
        found = [f for f in found if not any(a <= f.start and f.end <= b for a, b in times)]
    found.extend(fields)
    found.extend(find_labelled(text))
    found.extend(find_line_labels(text))
    found.extend(find_next_line_values(text))
    return found


def _outside_opaque_tokens(text: str, found: list[Finding]) -> list[Finding]:
    """Drop shape matches that lie inside a hash or a UUID: their digits and letters are the token's."""
    if len(text) < 32 or not found:
        return found
    spans = [m.span() for m in _HEX_TOKEN.finditer(text)]
    if not spans:
        return found
    starts = [start for start, _ in spans]
    kept = []
    for f in found:
        i = bisect.bisect_right(starts, f.start) - 1
        if i >= 0 and f.end <= spans[i][1]:
            continue
        kept.append(f)
    return kept


def worth_masking(value: str) -> bool:
    """Public form of the empty/reference test, for the structured detectors."""
    return _worth_masking(value)
