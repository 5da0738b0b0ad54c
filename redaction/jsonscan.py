"""Where each value of a JSON document sits in its text, with the keys above it.

Redaction edits payloads in place, so a redacted file keeps its layout byte for byte apart from the
masked values; ``json.loads`` gives no positions, so this walks the text with the json module's own
string and number scanners. It accepts exactly what ``json.loads`` accepts (a test checks that).
"""

from __future__ import annotations

import json.decoder
import re
import json.scanner
from dataclasses import dataclass

PathItem = str | int
_WHITESPACE = re.compile(r"[ \t\n\r]*")


# MongoDB's extended JSON writes a number as an object of one key naming its type
_TYPE_WRAPPERS = frozenset({"$numberLong", "$numberInt", "$numberDecimal", "$numberDouble"})


@dataclass(frozen=True)
class JsonValue:
    path: tuple[PathItem, ...]  # keys and list indexes from the root
    start: int
    end: int
    type: str  # "string" (span includes the quotes), "number", "literal"
    text: str  # the decoded string, or the token as written

    @property
    def keys(self) -> list[str]:
        """The keys from the root; a MongoDB extended-JSON type wrapper ("mprn": {"$numberLong": "110135375"})
        is no key of its own: the number is the "mprn"'s."""
        return [p for p in self.path if isinstance(p, str) and p not in _TYPE_WRAPPERS]


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.values: list[JsonValue] = []
        self.keys: list[JsonValue] = []

    def skip(self, i: int) -> int:
        return _WHITESPACE.match(self.text, i).end()  # type: ignore[union-attr]

    def value(self, i: int, path: tuple[PathItem, ...], depth: int) -> int:
        if depth > 500:
            raise ValueError("nested too deeply")
        i = self.skip(i)
        if i >= len(self.text):
            raise ValueError("unexpected end")
        ch = self.text[i]
        if ch == "{":
            return self.object(i + 1, path, depth)
        if ch == "[":
            return self.array(i + 1, path, depth)
        if ch == '"':
            decoded, end = json.decoder.scanstring(self.text, i + 1)
            self.values.append(JsonValue(path, i, end, "string", decoded))
            return end
        number = json.scanner.NUMBER_RE.match(self.text, i)
        if number:
            self.values.append(JsonValue(path, i, number.end(), "number", number.group()))
            return number.end()
        for literal in ("true", "false", "null"):
            if self.text.startswith(literal, i):
                self.values.append(JsonValue(path, i, i + len(literal), "literal", literal))
                return i + len(literal)
        raise ValueError(f"unexpected {ch!r} at {i}")

    def object(self, i: int, path: tuple[PathItem, ...], depth: int) -> int:
        i = self.skip(i)
        if self.text.startswith("}", i):
            return i + 1
        while True:
            i = self.skip(i)
            if not self.text.startswith('"', i):
                raise ValueError(f"expected a key at {i}")
            key, end = json.decoder.scanstring(self.text, i + 1)
            self.keys.append(JsonValue(path, i, end, "string", key))
            i = self.skip(end)
            if not self.text.startswith(":", i):
                raise ValueError(f"expected ':' at {i}")
            i = self.value(i + 1, (*path, key), depth + 1)
            i = self.skip(i)
            if self.text.startswith(",", i):
                i += 1
                continue
            if self.text.startswith("}", i):
                return i + 1
            raise ValueError(f"expected ',' or '}}' at {i}")

    def array(self, i: int, path: tuple[PathItem, ...], depth: int) -> int:
        i = self.skip(i)
        if self.text.startswith("]", i):
            return i + 1
        index = 0
        while True:
            i = self.value(i, (*path, index), depth + 1)
            i = self.skip(i)
            if self.text.startswith(",", i):
                i, index = i + 1, index + 1
                continue
            if self.text.startswith("]", i):
                return i + 1
            raise ValueError(f"expected ',' or ']' at {i}")


def scan(text: str) -> tuple[list[JsonValue], list[JsonValue]] | None:
    """(values, keys) of a JSON document, or ``None`` if the text is not one JSON document."""
    scanner = _Scanner(text)
    try:
        end = scanner.value(0, (), 0)
        if scanner.skip(end) != len(text):
            return None
    except (ValueError, json.JSONDecodeError, RecursionError):
        return None
    return scanner.values, scanner.keys
