"""A value found once is masked wherever it recurs in the same text.

Detectors see an identifier where its context says what it is: a field name, a label, a checksum.
The same value elsewhere often has no such context (a device id masked in ``deviceId`` but copied into
a request id, a serial in a file path, an MPAN in a free-text note further down). So every value that
was found is looked for again in the whole text, in any separator or case form.
"""

from __future__ import annotations

import re
from operator import attrgetter
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet

from .compact import Compact
from .findings import DIGITS_ONLY, Finding, Kind, normalise

# Kinds whose values are identifiers in their own right wherever they recur. Names and addresses
# only when they are several words (a one-word "name" may be a common word that recurs innocently).
_KINDS = {Kind.MPAN, Kind.MPRN, Kind.MSN, Kind.DEVICE, Kind.POSTCODE, Kind.EMAIL, Kind.PHONE, Kind.ACCOUNT, Kind.DOB,
          Kind.REGISTERED,
          Kind.NAME, Kind.ADDRESS}
_MIN_LENGTH = 5
_NUMBERS = (Kind.MPAN, Kind.MPRN, Kind.PHONE, Kind.ACCOUNT, Kind.DOB)  # kinds whose values are mostly digits
_LONG = 10  # a number this long is masked even inside a longer one; a shorter one needs digit edges
# what redaction writes ([MPAN-1]) and a register reference's shape (MPAN001, REF-0012): letters and at
# most four digits. A serial has more digits (EML9350704127) and is a value like any other.
_PLACEHOLDER = re.compile(r"^(?:[A-Z]{1,8}-?\d{1,4}|\[[A-Z]+-\d+\])$")


def found_values(original: str, found: Iterable[Finding]) -> dict[str, Kind]:
    """The values (normalised) that ``found`` masked in ``original`` and that name something wherever
    they recur: what a run remembers so that its other items are masked where they hold them too."""
    # several detectors report most values with the same span: each distinct one read once (the set
    # is picked out at C speed; a dense log has tens of thousands of findings)
    spans = dict.fromkeys(map(_SPAN_FACTS, found))  # in order: the first detector names the kind
    # (an escape in the span is the character it stands for, not letters of the value: a field's
    # "\n1000000000003" is no "N1000000000003", which the key "mpan" before it would hold)
    return wanted_values((value if value is not None else _unescaped(original[start:end]), kind)
                         for start, end, kind, value, tail in spans if not tail)


_ESCAPE = re.compile(r"\\(?:u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|[tnrbf])")


def _unescaped(value: str) -> str:
    return _ESCAPE.sub(" ", value) if "\\" in value else value


_SPAN_FACTS = attrgetter("start", "end", "kind", "value", "tail")


def wanted_values(readings: Iterable[tuple[str, Kind]]) -> dict[str, Kind]:
    """Of (value as read, kind) pairs, those worth looking for elsewhere, normalised: long enough to
    name one thing (a one-word "name", or "10000" in an mpan field, would mask innocent text), and not
    a placeholder or reference that redaction itself wrote."""
    values: dict[str, Kind] = {}
    seen: set[str] = set()
    for raw, kind in readings:
        if kind not in _KINDS or raw in seen:
            continue
        seen.add(raw)
        if _PLACEHOLDER.match(raw.strip()):
            continue
        if kind in (Kind.NAME, Kind.ADDRESS) and len(raw.split()) < 2:
            continue
        value = normalise(raw)
        if kind is Kind.DEVICE and len(value) == 18 and value.startswith("0X"):
            value = value[2:]  # the id, not how a program wrote it ("0x0024B1C5…" is "corr-0024b1c5…"'s too)
        if not _shaped_as(kind, value):
            continue  # a detector's false finding ("Postcode" read as a postcode) is not spread over the run
        if value.isdigit():
            wanted = len(value) >= (6 if kind is Kind.MPRN else 8)
        else:
            wanted = len(value) >= (_MIN_LENGTH if not value.isalpha() else 8)
        if wanted:
            values.setdefault(value, kind)
    return values


# The make-up a value of each kind has, normalised (letters and digits, capitals): a postcode, a serial, a
# device id and an account hold a digit; a supply number and a phone are digits; a name or an address has
# letters, and is no title or label word of its own.
_DIGIT_KINDS = (Kind.POSTCODE, Kind.MSN, Kind.DEVICE)
_NOT_VALUES = frozenset({"POSTCODE", "MISS", "MRS", "MR", "MS", "MX", "DR", "CUSTOMER", "NAME", "ADDRESS", "MPAN", "MPRN",
                         "SERIAL", "METER", "NEWCUSTOMER", "UNKNOWN", "NULL", "NONE"})


def _shaped_as(kind: Kind, value: str) -> bool:
    if value in _NOT_VALUES:
        return False
    if kind in _DIGIT_KINDS:
        return any(c.isdigit() for c in value)
    if kind in DIGITS_ONLY:
        digits = len(value) if value.isdigit() else sum(c.isdigit() for c in value)
        if digits < len(value) - 2:  # (OCR's letter for a digit, a phone's "ext")
            return False
        # and as long as one is: seventeen digits taken for an MPRN are no MPRN to spread over the run
        low, high = _DIGIT_COUNTS[kind]
        return low <= digits <= high
    return True


# how many digits a value of each digits-only kind may have: a supply number of either fuel (a field that names
# a supply point names an MPAN or an MPRN, and an MPRN's field may hold a mistyped MPAN); a phone with its "44"
# or an extension
_DIGIT_COUNTS = {Kind.MPRN: (6, 13), Kind.MPAN: (6, 21), Kind.PHONE: (9, 15)}


def _needs_edges(value: str, kind: Kind) -> bool:
    """Whether ``value`` is masked only as a word of its own. Numbers shorter than ten digits need a
    word edge (a short number recurs inside longer ones by chance); so do values of letters alone shorter
    than six. Letters and digits mixed are masked inside a longer token from five characters
    ("req7M37JY7x": the shortest postcode, M3 7JY): a given mix of five recurs in other text about one
    time in 36**5, where a run of five digits or letters is commonplace."""
    if kind in _NUMBERS:
        return len(value) < _LONG
    mixed = not value.isdigit() and not value.isalpha()
    return len(value) < (5 if mixed else 6)


def _touches(char: str, kind: Kind) -> bool:
    return char.isdigit() if kind in _NUMBERS else char.isalnum()


def find_recurring(text: str, values: Mapping[str, Kind], known: Mapping[str, Kind] | None = None,
                   found: AbstractSet[tuple[int, int]] = frozenset()) -> tuple[list[Finding], dict[str, Kind]]:
    """Every other place in ``text`` (a canonical view) where one of ``values`` (found in the text, see
    :func:`found_values`), or one of the ``known`` values (the register's and those found in the
    run's other items), is written (spaced, hyphenated, dotted, in another case, inside a longer token
    if it is long); and the known values it holds, which the text's own values then include.

    Every value is looked for at once (an Aho-Corasick automaton over the letters and digits of the
    text), so a log with thousands of identifiers costs one pass, not one per value. ``found``: spans
    of ``text`` that findings cover exactly already; a value met there is not reported again (each
    value is met first where it was found, thousands of times in a dense log), though it is held."""
    wanted = {v: k for v, k in {**(known or {}), **values}.items() if v.isascii()}
    if not wanted:
        return [], {}
    import ahocorasick  # loaded with the first text that has something to look for

    automaton = ahocorasick.Automaton()
    for value, kind in wanted.items():
        automaton.add_word(value, (len(value), kind, _needs_edges(value, kind), value))
    automaton.make_automaton()
    compact = Compact(text)
    hits = list(automaton.iter(compact.compact))
    starts = compact.positions_of([last - length + 1 for last, (length, _kind, _edges, _value) in hits])
    lasts = compact.positions_of([last for last, _hit in hits])
    out = []
    held: dict[str, Kind] = {}
    for (_last, (_length, kind, edges, value)), start, last in zip(hits, starts, lasts, strict=True):
        end = last + 1
        if edges and (_touches(text[start - 1:start], kind) or _touches(text[end:end + 1], kind)):
            continue  # a short value inside a longer word or number is some other thing
        before = text[max(0, start - 8):start] if text[start - 1:start] == "\\" else ""
        if (len(before) - len(before.rstrip("\\"))) % 2:
            start -= 1  # never leave half an escape ("\u001f..." in a JSON string) behind; "\\\\" is whole
        held[value] = kind
        if (start, end) not in found:
            out.append(Finding(start, end, kind, "recurring"))
    return out, {value: kind for value, kind in held.items() if value not in values}


# a run of digits of its own
_DIGIT_RUN = re.compile(r"(?<!\d)\d+(?!\d)")
_FRAGMENT_KINDS = (Kind.MPAN, Kind.MPRN)
_FRAGMENT_GAP = 300  # characters between two runs of one number written apart (a chat's rich-text elements)


def find_fragments(text: str, values: Mapping[str, Kind]) -> list[Finding]:
    """A supply number found in the item, written again elsewhere in it as runs apart: a chat's rich text
    keeps ``2147903721307`` as ``"21479"`` and ``"03721307"`` (one in a code style), which a reader sees
    joined; an editor's tracked change or a split cell does the same. Runs that follow one another (each
    within 300 characters of the last) and together spell such a number (ten digits or more) exactly are
    masked as it: a run alone that happens to be part of one ("69214", a work item's id, inside an MPAN)
    is nobody's. (Read on texts of a person's size: a machine's log writes its numbers whole.)"""
    wanted = {value: kind for value, kind in values.items()
              if kind in _FRAGMENT_KINDS and value.isdigit() and len(value) >= 10}
    if not wanted:
        return []
    runs = [m.span() for m in _DIGIT_RUN.finditer(text)]
    opening = {text[a:b] for a, b in runs}
    # each proper start of a wanted number that some run is: the numbers it starts (most items have none)
    starting: dict[str, list[str]] = {}
    for value in wanted:
        for size in range(1, len(value)):
            if value[:size] in opening:
                starting.setdefault(value[:size], []).append(value)
    if not starting:
        return []
    found: list[Finding] = []
    for i, (start, end) in enumerate(runs):
        first = text[start:end]
        for value in starting.get(first, ()):
            kind = wanted[value]
            chain, have, last = [(start, end)], first, end
            for j in range(i + 1, len(runs)):  # (by index: a slice of the runs after each was a copy of them all)
                a, b = runs[j]
                if a - last > _FRAGMENT_GAP or not value.startswith(have + text[a:b]):
                    break
                chain.append((a, b))
                have, last = have + text[a:b], b
                if have == value:
                    found.extend(Finding(a_, b_, kind, "recurring") for a_, b_ in chain)
                    break
    return found
