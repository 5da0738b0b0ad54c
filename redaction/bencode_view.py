"""Bencode (BitTorrent's, and some test harnesses' wire dumps) read as key=value text.

Bencode writes each string after its length and a colon, with nothing between one value and the next key:
``d4:mpan13:20934664732714:name17:Nguyen McAllister…e``. A core's last digit and the next key's length ("4")
run together, so no pattern sees a thirteen-digit number there, nor a name that ends before "2:pc". Parsed, the
lengths say exactly where each string ends; the view written here puts a blank before each key and an "=" before
each value (``mpan=2093466473271 name=Nguyen McAllister pc=…``), mapped back to the original as the canonical
view is (:mod:`canonical`), so what is found there is replaced in the bencode as stored.
"""

from __future__ import annotations

import re

from .canonical import Canonical, Edit

_START = re.compile(r"d(?=\d{1,6}:)")  # (at a line's start or after a blank, "=", ":", ">" or a quote: checked after)
_BEFORE_START = frozenset(" \t\r\n=:>\"'")
_LENGTH = re.compile(r"\d{1,6}:")
_INTEGER = re.compile(r"i-?\d{1,20}e")
_MOST_DEPTH = 20
_LONGEST = 4096  # the longest string a dictionary in evidence holds (a name, an address, a payload's field)


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.edits: list[Edit] = []

    def _string_end(self, start: int, size: int) -> int:
        """Where a string of ``size`` ends: its length counts bytes (UTF-8: "Wiśniewski" is eleven), or, as some
        writers count, characters; the end after which a value goes on."""
        text = self.text
        if size > _LONGEST:
            raise ValueError  # (a log's "d999999:" is no string's length)
        line_end = text.find("\n", start)
        stop = len(text) if line_end < 0 else line_end  # (a string holds no line break: read to the line's end only)
        at, counted = start, 0
        while counted < size and at < stop:
            counted += len(text[at].encode("utf-8", "surrogatepass"))
            at += 1
        ends = [at] if counted == size else []
        if start + size <= stop and start + size not in ends:
            ends.append(start + size)
        for end in ends:
            if _next_is_a_value(text, end):
                return end
        raise ValueError

    def value(self, at: int, depth: int, role: str) -> int:
        """Parse one value from ``at``; returns where it ends (raises ValueError where it is no bencode)."""
        text = self.text
        if depth > _MOST_DEPTH or at >= len(text):
            raise ValueError
        head = text[at]
        if head == "d" or head == "l":
            self.edits.append(Edit(at, at + 1, "=" if role == "value" else " ", False))
            at += 1
            key = head == "d"
            while at < len(text) and text[at] != "e":
                at = self.value(at, depth + 1, "key" if key else "item")
                if key:
                    at = self.value(at, depth + 1, "value")
            if at >= len(text):
                raise ValueError
            self.edits.append(Edit(at, at + 1, " ", False))
            return at + 1
        if head == "i":
            number = _INTEGER.match(text, at)
            if number is None:
                raise ValueError
            self.edits.append(Edit(at, at + 1, "=" if role == "value" else " ", False))
            self.edits.append(Edit(number.end() - 1, number.end(), " ", False))
            return number.end()
        length = _LENGTH.match(text, at)
        if length is None:
            raise ValueError
        size = int(length.group()[:-1])
        end = self._string_end(length.end(), size)
        if "\n" in text[length.end():end]:
            raise ValueError
        self.edits.append(Edit(at, length.end(), "=" if role == "value" else " ", False))
        return end


def _next_is_a_value(text: str, at: int) -> bool:
    return at == len(text) or text[at] in "0123456789edli" or text[at].isspace()


def bencode_view(text: str) -> Canonical | None:
    """The view of ``text`` with each bencoded dictionary in it written as ``key=value`` pairs, or None when it
    holds none (a dictionary of two keys at least)."""
    if "d" not in text or ":" not in text:
        return None
    edits: list[Edit] = []
    resume = 0
    for start in _START.finditer(text):
        if start.start() < resume or (start.start() and text[start.start() - 1] not in _BEFORE_START):
            continue
        parser = _Parser(text)
        try:
            end = parser.value(start.start(), 0, "item")
        except (ValueError, RecursionError):
            continue
        if len(parser.edits) >= 6:  # (the dictionary's marks and two keys with their values)
            edits.extend(parser.edits)
            resume = end
    return Canonical(text, sorted(edits, key=lambda e: e.start)) if edits else None
