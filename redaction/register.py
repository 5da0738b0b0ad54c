"""Matching the test data register: the tester's own identifiers, mapped to their references.

The register is the strongest detector: a registered value is masked wherever it appears, however
it is written (spaced, hyphenated, in lower case, split over a line), and replaced by the tester's
reference (``MPAN001``) so that evidence stays readable. Storing the register (encrypted, with its
key in the OS keyring) is the workspace's business; this module only matches.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from .compact import Compact
from .findings import Finding, Kind, normalise

KIND_NAMES = {
    "mpan": Kind.MPAN, "mprn": Kind.MPRN, "msn": Kind.MSN, "serial": Kind.MSN, "device": Kind.DEVICE,
    "name": Kind.NAME, "address": Kind.ADDRESS, "postcode": Kind.POSTCODE, "email": Kind.EMAIL,
    "phone": Kind.PHONE, "account": Kind.ACCOUNT, "dob": Kind.DOB, "other": Kind.REGISTERED,
}

# Characters OCR confuses, mapped to the one a register value would have (digits win: identifiers
# are mostly digits, and a confusion in a letter position only widens the match).
OCR_CONFUSIONS = str.maketrans({"O": "0", "Q": "0", "D": "0", "I": "1", "L": "1", "|": "1", "!": "1", "T": "7",
                                "S": "5", "B": "8", "Z": "2", "G": "6"})


def ocr_fold(text: str) -> str:
    """The form in which OCR readings and register values are compared."""
    return normalise(text).translate(OCR_CONFUSIONS)


@dataclass(frozen=True)
class RegisterEntry:
    kind: Kind
    value: str
    reference: str


class RegisterMatcher:
    """The register's values, and the values already found in the run (``found``: normalised value ->
    kind). A found value is matched as a registered one is (any separators, any case, OCR-fuzzy) but
    has no reference: it gets its kind's numbered placeholder, as where it was first found.

    A run learns values item by item, and a new matcher is made for each item with what the last one
    found: so nothing is compiled until a matcher is first asked to find (compiling one pattern of every
    value again for each item took 53 of 78 seconds on 333 files). Values of ASCII letters and digits (all
    but a few names) are found at once by an Aho-Corasick automaton over the text's letters and digits, a
    pass as long as the text whatever the number of values; the rest by one pattern."""

    def __init__(self, entries: Iterable[RegisterEntry] = (), found: Mapping[str, Kind] | None = None) -> None:
        self.found: dict[str, Kind] = {normalise(v): k for v, k in (found or {}).items() if normalise(v)}
        registered = [e for e in entries if normalise(e.value)]
        known = {normalise(e.value) for e in registered}
        self.entries = registered + [RegisterEntry(k, v, "") for v, k in self.found.items() if v not in known]
        self._by_value = {normalise(e.value): e for e in self.entries}
        self._by_fold: dict[str, RegisterEntry] | None = None  # made when first asked (an OCR reading)
        self._references = {e.reference.strip().upper() for e in self.entries if e.reference.strip()}
        self._automaton: Any = None
        self._other: re.Pattern[str] | None = None

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def registered(self) -> list[RegisterEntry]:
        """The tester's own entries (each with a reference), without the values found in the run."""
        return [e for e in self.entries if e.reference]

    def with_found(self, values: Mapping[str, Kind]) -> RegisterMatcher:
        """This register, also matching ``values`` (found in the run's evidence so far)."""
        added = {n: k for v, k in values.items() if (n := normalise(v))}
        if all(self.found.get(n) is k for n, k in added.items()):
            return self
        # (the parent's values are normalised and indexed already: only the new ones are added, so that a
        # run of hundreds of items does not normalise every value it learnt again for each item; a value
        # learnt again as another kind takes that kind, as a matcher made afresh would give it)
        new = RegisterMatcher.__new__(RegisterMatcher)
        new.found = {**self.found, **added}
        by_value = dict(self._by_value)
        changed: dict[str, RegisterEntry] = {}
        for n, k in added.items():
            entry = by_value.get(n)
            if entry is None or (not entry.reference and entry.kind is not k):
                by_value[n] = changed[n] = RegisterEntry(k, n, "")
        new.entries = [changed.pop(e.value, e) if not e.reference else e for e in self.entries] + list(changed.values())
        new._by_value = by_value
        new._by_fold = None
        new._references = self._references
        new._automaton = None
        new._other = None
        return new

    def entry(self, value: str) -> RegisterEntry | None:
        """The entry of a normalised value: the tester's (with its reference) or one the run found."""
        return self._by_value.get(value)

    def is_reference(self, text: str) -> bool:
        """A register reference is what redaction leaves behind; it is never itself an identifier."""
        return text.strip().upper() in self._references

    def reference_for(self, value: str) -> str | None:
        entry = self._by_value.get(normalise(value))
        return entry.reference if entry and entry.reference else None

    def entry_for_ocr(self, reading: str) -> RegisterEntry | None:
        """A register entry that an OCR reading could be, allowing for the usual confusions."""
        if self._by_fold is None:
            self._by_fold = {ocr_fold(e.value): e for e in self.entries}
        return self._by_fold.get(ocr_fold(reading))

    def find(self, text: str) -> Iterator[Finding]:
        """Every place a value is written: whole (no letter or digit either side), its characters in
        order with at most three separators (blanks, ``- – . : / _ ,``) between any two."""
        if not self.entries or not text:
            return
        if self._automaton is None:
            self._build()
        if self._automaton is not False:
            yield from self._find_compact(text)
        if self._other is not None:
            for match in self._other.finditer(text):
                entry = self._by_value.get(normalise(match.group()))
                yield Finding(match.start(), match.end(), entry.kind if entry else Kind.REGISTERED, "register")

    def _build(self) -> None:
        ascii_values = [v for v in self._by_value if v.isascii()]
        others = tuple(v for v in self._by_value if not v.isascii())
        if ascii_values:
            import ahocorasick  # loaded with the first text a register is looked for in

            automaton = ahocorasick.Automaton()
            for value in ascii_values:
                automaton.add_word(value, value)
            automaton.make_automaton()
            self._automaton = automaton
        else:
            self._automaton = False
        self._other = _pattern(others) if others else None

    def _find_compact(self, text: str) -> Iterator[Finding]:
        if not text.isascii():
            # the letters that case-insensitive matching takes for ASCII ones ("emre yıldız" is EMRE YILDIZ),
            # one for one, so that positions stay the text's
            text = text.translate(_ASCII_FOLDS)
        view = Compact(text)  # (another non-ASCII character is no letter: read as none)
        if not view.compact:
            return
        for last, value in self._automaton.iter(view.compact):
            first = last - len(value) + 1
            start, end = view.position(first), view.position(last) + 1
            if start > 0 and text[start - 1].isascii() and text[start - 1].isalnum():
                continue  # inside a longer word or number
            if end < len(text) and text[end].isascii() and text[end].isalnum():
                continue
            if not all(_gap_ok(text, view.position(i) + 1, view.position(i + 1)) for i in range(first, last)):
                continue  # its characters too far apart, or apart by something no separator is
            entry = self._by_value.get(value)
            yield Finding(start, end, entry.kind if entry else Kind.REGISTERED, "register")


_ASCII_FOLDS = str.maketrans({"\u0131": "i", "\u0130": "I", "\u017f": "s", "\u212a": "K"})
_GAP_CHARS = frozenset(" \t\n\r\x0b\x0c\u00a0\u2013-.:/_,")


def _gap_ok(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, between two characters of a value, is at most three separators."""
    return end - start <= 3 and all(c in _GAP_CHARS or c.isspace() for c in text[start:end])


@functools.lru_cache(maxsize=64)
def _pattern(values: tuple[str, ...]) -> re.Pattern[str]:
    """One alternation of ``values`` (normalised), longest first, allowing any separators between a
    value's characters."""
    alternatives = []
    for value in sorted(values, key=len, reverse=True):
        alternatives.append(_SEPARATORS.join(re.escape(c) for c in value))
    return re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(alternatives) + r")(?![A-Za-z0-9])", re.IGNORECASE)


_SEPARATORS = r"[\s\-–.:/_,]{0,3}"
