"""Smart meters' device ids inside a GBCS message written out as hex.

A GBCS message's header names the two ends of the exchange by their system titles, each an EUI-64
written as its length (``08``) and eight bytes, one after the other: in a log's APDU dump
``…0908 90B3D51F30010000 08 001BC51C0D14DFE2 0000F293…`` (spaces added here) the second is the
customer's meter. Nothing sets them apart from the ciphertext around them but that framing, so two
length-prefixed eight-byte values back to back, on a byte boundary of a long hex run, are both taken
for device ids (the DCC's own user id among them, which names no one but costs nothing to mask), on
a line that says it carries a smart-metering message ("apdu", "GBCS", "DUIS", "ZigBee"…): any hex has
that framing by chance now and then (a SHA-256 digest, once in a few thousand), and a manifest's
digests are no one's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .findings import Finding, Kind
from .textview import TextView, classes

_HEX_DIGITS = "0123456789abcdefABCDEF"
_HEX_CLASS = classes(".", {_HEX_DIGITS: "h"})
_LONG_RUN = b"h" * 36  # two titles with their lengths
_TITLES = re.compile(r"08(?P<first>[0-9A-Fa-f]{16})08(?P<second>[0-9A-Fa-f]{16})")
_MESSAGE_WORDS = re.compile(r"(?i)apdu|gbcs|dlms|duis|zigbee|cipher|esme|gsme|\b(?:srv|cra|gfi|chf|ihd|ppmid)\b")


def find_system_titles(text: str, view: TextView) -> Iterator[Finding]:
    hexes = view.view(_HEX_CLASS)
    if hexes is None or "08" not in text:
        return
    at = hexes.find(_LONG_RUN)
    while at >= 0:
        start = hexes.rfind(b".", 0, at) + 1
        end = hexes.find(b".", at)
        end = len(hexes) if end < 0 else end
        line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
        if not _MESSAGE_WORDS.search(text, line_start, len(text) if line_end < 0 else line_end):
            at = hexes.find(_LONG_RUN, end)
            continue
        length = text.find("08", start, end)
        while length >= 0:
            match = _TITLES.match(text, length, end) if (length - start) % 2 == 0 else None  # on a byte boundary
            if match is not None:
                yield Finding(*match.span("first"), Kind.DEVICE, "pattern")
                yield Finding(*match.span("second"), Kind.DEVICE, "pattern")
            length = text.find("08", length + 1, end)
        at = hexes.find(_LONG_RUN, end)
