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

    The values are matched by a few compiled patterns ("chunks"), not one: a run of hundreds of items
    learns values item by item, and compiling one pattern of every value again for each item took 48 of
    51 seconds on 48 files. A new matcher keeps its parent's chunks and compiles only the values it adds;
    chunks are merged when the newest grows as large as the one before it (each value is compiled a few
    times in all, as in a log-structured merge)."""

    def __init__(self, entries: Iterable[RegisterEntry] = (), found: Mapping[str, Kind] | None = None,
                 _chunks: tuple[tuple[str, ...], ...] = ()) -> None:
        self.found: dict[str, Kind] = {normalise(v): k for v, k in (found or {}).items() if normalise(v)}
        registered = [e for e in entries if normalise(e.value)]
        known = {normalise(e.value) for e in registered}
        self.entries = registered + [RegisterEntry(k, v, "") for v, k in self.found.items() if v not in known]
        self._by_value = {normalise(e.value): e for e in self.entries}
        self._by_fold = {ocr_fold(e.value): e for e in self.entries}
        self._references = {e.reference.strip().upper() for e in self.entries if e.reference.strip()}
        self._chunks = _with_values(_chunks, [normalise(e.value) for e in self.entries])
        self._patterns = [_pattern(chunk) for chunk in self._chunks]

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def registered(self) -> list[RegisterEntry]:
        """The tester's own entries (each with a reference), without the values found in the run."""
        return [e for e in self.entries if e.reference]

    def with_found(self, values: Mapping[str, Kind]) -> RegisterMatcher:
        """This register, also matching ``values`` (found in the run's evidence so far)."""
        if not values or all(normalise(v) in self.found for v in values):
            return self
        return RegisterMatcher(self.registered, {**self.found, **values}, self._chunks)

    def is_reference(self, text: str) -> bool:
        """A register reference is what redaction leaves behind; it is never itself an identifier."""
        return text.strip().upper() in self._references

    def reference_for(self, value: str) -> str | None:
        entry = self._by_value.get(normalise(value))
        return entry.reference if entry and entry.reference else None

    def entry_for_ocr(self, reading: str) -> RegisterEntry | None:
        """A register entry that an OCR reading could be, allowing for the usual confusions."""
        return self._by_fold.get(ocr_fold(reading))

    def find(self, text: str) -> Iterator[Finding]:
        for pattern in self._patterns:
            for match in pattern.finditer(text):
                entry = self._by_value.get(normalise(match.group()))
                kind = entry.kind if entry else Kind.REGISTERED
                yield Finding(match.start(), match.end(), kind, "register")


def _with_values(chunks: tuple[tuple[str, ...], ...], values: list[str]) -> tuple[tuple[str, ...], ...]:
    """``chunks`` with the ``values`` none of them holds added as a new chunk, then the newest chunks
    merged while the newest is at least as large as the one before it."""
    held = {value for chunk in chunks for value in chunk}
    new = tuple(dict.fromkeys(v for v in values if v not in held))
    out = list(chunks) + ([new] if new else [])
    while len(out) > 1 and len(out[-1]) >= len(out[-2]):
        last = out.pop()
        out[-1] = out[-1] + last
    return tuple(out)


@functools.lru_cache(maxsize=64)
def _pattern(values: tuple[str, ...]) -> re.Pattern[str]:
    """One alternation of ``values`` (normalised), longest first, allowing any separators between a
    value's characters."""
    alternatives = []
    for value in sorted(values, key=len, reverse=True):
        alternatives.append(_SEPARATORS.join(re.escape(c) for c in value))
    return re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(alternatives) + r")(?![A-Za-z0-9])", re.IGNORECASE)


_SEPARATORS = r"[\s\-–.:/_,]{0,3}"
