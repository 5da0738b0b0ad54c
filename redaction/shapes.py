"""Identifier shapes in the forms people and systems actually write them, beyond the plain ones.

- meter serials in any case, spaced or hyphenated (``s06ds123456``, ``S06 DS 123456``), and gas meter
  serials (``E6S12345678901``, ``G4A01234567``, ``M016A0123456``);
- EUI-64 device ids with any separator or none, in pairs or groups of four, with ``0x`` (a bare run of
  16 hex digits only where the text talks about devices);
- street addresses in prose and logs ("customer address 12 Some Road, Town", "Flat 3, 5 Elm Row"),
  and the address parts written before a postcode on its line;
- timestamps, so that a date and time with milliseconds is not read as an MPAN.

Each returns :class:`Finding`\\ s in the text it is given (the canonical view or the text as stored).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from importlib import resources

from .fields import classify
from .findings import Finding, Kind

# Meter makers' three-letter codes (their DLMS/IEC 62056-21 FLAG ids and the prefixes GB suppliers' systems write
# before a meter's number): EDMI, Landis+Gyr, Elster/Honeywell, Aclara, Secure, Kaifa, Iskraemeco, Itron,
# Kamstrup, EMH, Sagemcom, ZPA, Siemens, ABB, Honeywell, Sensus, Flonidan
MAKER_CODES = "EML|EDM|LGZ|ELS|ACL|ACE|SMT|SML|SEC|KFM|ISK|ITR|KAM|EMH|SAG|ZPA|SIE|ABB|HON|SEN|FLO|CHT|UGI|GRP"
# ...and their names, which some suppliers' systems write whole instead (EDMI62840687, ITRON12345678)
MAKER_NAMES = "EDMI|ITRON|KAIFA|SAGEM|ELSTER|ACLARA|LANDIS|SENSUS"
MAKERS = f"{MAKER_CODES}|{MAKER_NAMES}"
_S = r"[ \-._]?"  # one optional separator between two characters of a serial (a tab is a field delimiter)
# a check letter some makers print after the digits (G4S12297757B, "G4B 1204 4004C"): still the serial
_CHECK_LETTER = r"[A-Za-z]?"
_SERIAL_LOOSE = re.compile(
    r"(?<![A-Za-z0-9])(?:"
    rf"[A-Za-z]{{1,2}}{_S}\d{_S}\d{_S}[A-Za-z](?:{_S}[A-Za-z])?(?:{_S}\d){{5,7}}"  # S06DS123456 in any case and spacing
    rf"|(?i:{MAKERS}){_S}(?:\d{_S}){{7,11}}\d"  # a maker's code, then the number: EML 0647 98651
    rf"|\d{_S}\d{_S}[A-Za-z](?:{_S}\d){{7,11}}"  # 19P0123456, 21E60503134670
    # gas: E6S12345678901, G4A01234567, U6A...; a diaphragm meter's model letters glued before (BKG4F72382624)
    rf"|(?:[A-Za-z]{{1,2}}[A-Za-z]\d|[A-Za-z]{_S}\d){_S}[A-Za-z](?:{_S}\d){{6,12}}"  # (the model's glued: "DC-2F 2026-04" is a hex id's end and a date)
    rf"|[A-Za-z]{_S}\d{_S}\d{_S}\d{_S}[A-Za-z](?:{_S}\d){{6,8}}"  # gas: M016A0123456
    rf"|[A-Za-z]{_S}\d{_S}[A-Za-z]{_S}[A-Za-z](?:{_S}\d){{6,10}}"  # gas: E6SE..., L2KA...
    rf"|[A-Z]{{1,3}}{_S}\d{_S}[A-Z](?:{_S}[A-Z])?(?:{_S}\d){{5}}"  # a year's one digit, in capitals: "S5K 6597 8"
    # a maker's letter, seven digits and a check letter, in capitals: K4214175U (not a data flow's number, version and
    # variant, "D0150001A", "P0222001A"; nor a year and month's, "B2024051A", nor a run of zeros, "S0000001A")
    r"|(?![DP]0)[A-Z](?!(?:19|20)\d\d(?:0[1-9]|1[0-2]))(?!\d*00000)\d{7}[A-Z](?![A-Za-z0-9])"
    rf"){_CHECK_LETTER}(?![A-Za-z0-9])")
# The compact forms, which a large text is searched for first (any case, no separators).
_SERIAL_COMPACT = re.compile(
    r"(?<![A-Za-z0-9])(?:[A-Za-z]{1,2}\d{2}[A-Za-z]{1,2}\d{5,7}|\d{2}[A-Za-z]\d{7,11}|[A-Za-z]{1,3}\d[A-Za-z]{1,2}\d{6,12}"
    r"|(?![DP]0)[A-Z](?!(?:19|20)\d\d(?:0[1-9]|1[0-2]))(?!\d*00000)\d{7}[A-Z](?![A-Za-z0-9])"
    rf"|[A-Za-z]\d{{3}}[A-Za-z]\d{{6,8}}|(?i:{MAKERS})\d{{8,12}})[A-Za-z]?(?![A-Za-z0-9])")
_TIME_THEN_NUMBER = re.compile(r"\d{2}[TZtz]\d")
# a serial's letters spaced out on their own are its letters ("S06 DS 123456"); a small word of a sentence
# there is prose between numbers
_PROSE_WORD = re.compile(r"(?:^|[ \t])(?:at|on|in|is|to|of|or|by|as|am|pm|an|if|it|no|so|up|we|be|do|go|me|my)[ \t]")
# a text of a person's size (a note, an e-mail, a screen's cell), in characters: above it, a machine's log or
# export, which no one typed, and the rules for what people write by hand are left out
PERSON_SIZED = 200_000


# A class view with digits "0", ASCII letters "a" and everything else "."; a compact serial ends with
# five digits or more and then no letter or digit, which in it is a literal found by bytes.find.
_ALNUM_CLASS = bytes(48 if 48 <= c <= 57 else 97 if 65 <= c <= 90 or 97 <= c <= 122 else 46 for c in range(256))
_DIGITS_AT_WORD_END = (b"00000.", b"00000a.")  # a check letter may follow the digits
# _SERIAL_COMPACT in that view read backwards, for an ASCII text (where \d is [0-9]): the word's end
# and its last five digits first, a literal the regex engine skips to, then the rest of each form
# reversed ("a00a" + 5-7 digits, "00a" + 7-11, "a" + 7 and its check letter, "a0a" + 6-12 and "a000a" + 6-8, one letter more where
# the form allows two, or three before a gas serial's size digit), then the word's start; a check letter may stand after the digits.
_SERIAL_COMPACT_REVERSED = re.compile(rb"\.a?00000(?:0{0,2}aa?00aa?|0{2,6}a00|0{1,7}aa?0a{1,3}|0{1,3}a000a|0{3,7}aaa|00a)(?![0a])")


# a word, an underscore and a compact date (2026-11-14 as 20261114) at the end: how files are named by day
_DATED_FILE = re.compile(r"_(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$")


# a system's id: capitals and a hyphen, then hex ("DIP-E06BD2122975", "MSG-0A12BC345678")
_HEX_ID_PREFIX = re.compile(r"(?<![A-Za-z0-9\-])[A-Z]{2,6}-$")
_ALL_HEX = re.compile(r"[0-9A-F]+|[0-9a-f]+")  # (in one case: "DIP-e740c5287978" too)


# a group of hex digits a hyphen joins to this one, before or after: a UUID's, a truncated one's
# ("DIP-cd3ae583-9680-e231d962500b"), a hash's groups
_HEX_GROUP_BEFORE = re.compile(r"(?<![0-9A-Za-z])[0-9A-Fa-f]{4,12}-$")
_HEX_GROUP_AFTER = re.compile(r"-[0-9A-Fa-f]{4,12}(?![0-9A-Za-z])")


def hex_id_body(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is all hex in one case after a system's prefix and its hyphen, or among other
    groups of hex digits joined by hyphens: a message's or a record's id ("DIP-E06BD2122975", "DIP-e740c5287978",
    "DIP-cd3ae583-9680-e231d962500b"), whose body has a serial's shape by chance."""
    if not _ALL_HEX.fullmatch(text[start:end].replace("-", "")):
        return False  # (a serial's reading across the id's own hyphen: "27b35471-9918")
    return bool(_HEX_ID_PREFIX.search(text, max(0, start - 8), start)
                or _HEX_GROUP_BEFORE.search(text, max(0, start - 13), start) or _HEX_GROUP_AFTER.match(text, end))


_LABEL_BEFORE = re.compile(r"[:=][ \t]*$")


def _fills_its_field(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the whole of a quoted string or of a label's value on its line: a serial's
    letters there are the serial's, whatever word they spell ("Serial: e22 up 65106", "'e10 up 47106'")."""
    before, after = text[start - 1:start] if start else "", text[end:end + 1]
    if before in ("'", '"') and after == before:
        return True
    return bool(_LABEL_BEFORE.search(text, max(0, start - 4), start)) and after in ("", "\r", "\n", ",", ";", "|", ")")


_SAP_TRANSPORT = re.compile(r"[A-Z][A-Z0-9]{2}K9\d{5}")
_TRANSPORT_BEFORE = re.compile(r"(?i)\b(?:transport|transports|request|task|tr|korr|cts|stms|se0[19]|import(?:ed)?|release[ds]?)"
                               r"(?:[ \t]+(?:request|req|no\.?|number|id))?[ \t]*[:=#]?[ \t]*$")


def sap_transport(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` an SAP system's transport request ("transport D01K981744": the system's id, "K9" and
    a number), which has an electricity serial's shape but is named as what it is?"""
    return bool(_SAP_TRANSPORT.fullmatch(text, start, end)) and bool(_TRANSPORT_BEFORE.search(text, max(0, start - 24), start))


# What people and programs put between a number's groups besides blanks, hyphens and dots: an underscore, a bar, a
# tilde, a middle dot or bullet, a dash or minus of another width, a space of another width ("967_209_876",
# "726|816|08", "651−800−3774", "488·549·2", "650\u2003713\u20034758")
ODD_GAP = r"[_|~\u00b7\u2022\u2219\u22c5\u2010-\u2015\u2212\u00a0\u2000-\u200a\u202f\u205f\u3000]"
HEX_DIGITS = frozenset("0123456789abcdefABCDEF")  # (patterns reads hashes' words by it too)


_SMALL_WORD_LEAD = re.compile(r"[a-z]{1,2} ")


def find_serials_loose(text: str, known: set[tuple[int, int]] | frozenset[tuple[int, int]] = frozenset()) -> Iterator[Finding]:
    """``known``: spans already found as serials, passed over (the same finding again would change
    nothing once merged), and not run on past a blank: a whole serial then a number ("21L4839201 123", a
    grid row read as one line) is the serial and the next cell's number."""
    if len(text) < PERSON_SIZED:
        spans: Iterator[tuple[int, int]] = (match.span() for match in _SERIAL_LOOSE.finditer(text))
    else:
        spans = _compact_serials(text)
    whole = dict(known)
    for start, end in spans:
        if (start, end) in known:
            continue
        if start in whole and end > whole[start] and text[whole[start]:whole[start] + 1] in (" ", "\t"):
            continue
        value = text[start:end]
        if (lead := _SMALL_WORD_LEAD.match(value)) is not None and any(c.isupper() for c in value[lead.end():]):
            # a word in small letters, a blank, then a serial in capitals: the sentence's word is no maker's letter
            # ("meter a 16M784580", "ok 16M784580": the serial is "16M784580")
            start += lead.end()
            value = value[lead.end():]
        letters = sum(map(str.isalpha, value))
        digits = sum(map(str.isdigit, value))
        if _TIME_THEN_NUMBER.match(re.sub(r"[ \-._]", "", value)) and text[start - 1:start] == ":":
            continue  # "…:00Z 466420786": a time's end, then the next cell's number
        if _PROSE_WORD.search(value) and not _fills_its_field(text, start, end):
            continue  # "R5.2 at 2026-05": a version, a word of a sentence and a date, not a spaced serial
        if "_" in value and _DATED_FILE.search(value):
            continue  # a file's name and its date ("NOSI_20261114.txt", its O read as a zero): no serial
        if hex_id_body(text, start, end) or sap_transport(text, start, end):
            continue
        if " " in value and text[start - 1:start] == "-" and text[start - 2:start - 1].isalpha():
            continue  # "flow REC-M5 PO-4592126141": a hyphenated name's end, then the next token, no spaced serial
        if len(value) == 16 and all(c in HEX_DIGITS for c in value):
            continue  # sixteen hex digits are a 64-bit id's (a trace's, a span's; a device's is found as one)
        if any(a < start < b or a < end < b for a, b in timestamp_spans(text, start, end)):
            continue  # "SIT-E2E-35542 2026-04-06T15:00": a reference's end and a date's start, no serial
        # (a check letter after the digits; a model's letters before a gas serial's: BKG4F72382624, 9 digits)
        if digits >= 6 and (letters <= 3 + value[-1].isalpha() or (letters <= 5 and digits >= 8)):
            yield Finding(start, end, Kind.MSN, "pattern")


# A gas meter's serial led by its size designation (a diaphragm meter's G4, G6, G10, G16, G25 in Europe's
# letters, U6, U16, U25, U40, U65, U100, U160 in the older British ones): the size and the serial's number
# ("U161677772410", "u16 1677772410"), or the size, the maker's letters, the number and a year's letter and
# digits ("G4A15356763M17"). Only those sizes: a letter and a long number are otherwise anything.
_GAS_SIZED = re.compile(
    r"[GgUu](?<![A-Za-z0-9][GgUu])(?:"
    r"(?:6|16|25|40|65|100|160|4|10|1\.6|2\.5)[ ]?\d{8,12}"
    r"|\d{1,3}[A-Za-z]{1,2}\d{6,12}[A-Za-z]\d{2}"
    r")(?![A-Za-z0-9])")


def find_gas_sized_serials(text: str) -> Iterator[Finding]:
    """Gas serials written with the meter's size first (see ``_GAS_SIZED``)."""
    for match in _GAS_SIZED.finditer(text):
        if not hex_id_body(text, match.start(), match.end()):
            yield Finding(match.start(), match.end(), Kind.MSN, "pattern")


# a serial's letters and first digits ending one line, the rest of its digits opening the next: a PDF's table
# copied one cell per line, or a quoted reply's line ("K95G8" / "# 16753"; the prefix is gone in the canonical view)
# (the next line may open with a comment's or a quote's mark the canonical view leaves: "E19" / "% BG679746",
# "S8A" / "; 61748", "-- ", "// ", "' ", "* "; and the cut may fall anywhere in the serial)
_LINE_MARKS = r"(?:(?:>|//|--|#|;|%|\*|'|!)[ \t]*)*"
# (each piece at most a serial's length: unbounded, a word of 100,000 letters before a line break was read in
# quadratic time)
_CUT_AT_A_BREAK = re.compile(r"(?<![A-Za-z0-9])((?=[A-Za-z0-9]{0,23}[A-Za-z])[A-Za-z0-9]{1,24})[ \t]*\r?\n[ \t]*"
                             + _LINE_MARKS + r"((?=[A-Za-z0-9]{0,23}\d)[A-Za-z0-9]{1,24})(?![A-Za-z0-9])")


# a serial with its year's one digit, in capitals (S8A61748, S1BG57715; one of patterns._MSN's shapes)
ONE_DIGIT_YEAR_SERIAL = r"[A-Z]{1,3}\d[A-Z]{1,2}\d{5,7}"
_ONE_DIGIT_YEAR = re.compile(ONE_DIGIT_YEAR_SERIAL)


def find_serials_across_breaks(text: str) -> Iterator[Finding]:
    """A compact serial cut by a line break with no hyphen: read whole where neither piece is a serial alone
    (each then is found as it stands) and the two read as one have a serial's make-up."""
    at = 0
    while (match := _CUT_AT_A_BREAK.search(text, at)) is not None:
        upper, lower = match.group(1), match.group(2)
        joined = upper + lower
        if len(lower) >= 2 and not _SERIAL_COMPACT.fullmatch(lower) \
                and (_SERIAL_COMPACT.fullmatch(joined) or _ONE_DIGIT_YEAR.fullmatch(joined)) \
                and not _SERIAL_COMPACT.fullmatch(upper) and not hex_id_body(text, match.start(1), match.end(1)):
            yield Finding(match.start(1), match.end(2), Kind.MSN, "pattern")
            at = match.end()
        else:
            # (the next line's piece may itself open a serial cut by the next break: "N1G 2QX" / "L56D80" / "2870";
            # a serial whole on the next line is found as it stands)
            at = match.start(2)


# An identifier's groups set apart by the same run of blanks each time, or by slashes: "E14     UP     67476",
# "F19/T65/2959", "CF10     6TQ" (a form's fixed-width fields, a typist's spacing, a bank's reference). Read
# joined, a serial or a postcode is one; where a fourth or third group joins nothing, the groups before it.
# (the first group holds a letter, as a serial's maker or model and a postcode's area do, and no group is longer
# than six: a data frame's columns, "e+09  D0358001  947", are no serial's groups)
_SPREAD = re.compile(r"(?<![A-Za-z0-9/])(?P<a>(?=[0-9]*[A-Za-z])[A-Za-z0-9]{1,6})(?P<gap>[ \t]{2,12}|[ \t]?/[ \t]?)"
                     r"(?P<b>[A-Za-z0-9]{1,6})(?:(?P=gap)(?P<c>[A-Za-z0-9]{1,6}))?(?:(?P=gap)(?P<d>[A-Za-z0-9]{1,6}))?"
                     r"(?![A-Za-z0-9]|\.\d)")


def find_spread_groups(text: str) -> Iterator[Finding]:
    """Serials and postcodes written in groups far apart (see _SPREAD), in a text of a person's size."""
    if len(text) >= PERSON_SIZED or ("  " not in text and "/" not in text):
        return
    for match in _SPREAD.finditer(text):
        if _SERIAL_COMPACT.fullmatch(match.group("a")) or _POSTCODE_NEAR.fullmatch(match.group("a")):
            continue  # a whole serial or postcode in its own cell, the next column's number after it ("SW84HR    21028")
        groups = [name for name in "abcd" if match.group(name) is not None]
        for count in range(len(groups), 1, -1):
            joined = "".join(match.group(name) for name in groups[:count])
            end = match.end(groups[count - 1])
            if not any(c.isalpha() for c in joined) or not joined[-1].isalnum():
                continue
            if _SERIAL_COMPACT.fullmatch(joined) and not hex_id_body(text, match.start(), end):
                yield Finding(match.start(), end, Kind.MSN, "pattern")
                break
            if count == 2 and _POSTCODE_NEAR.fullmatch(joined) and match.group("gap").strip() == "":
                yield Finding(match.start(), end, Kind.POSTCODE, "pattern")
                break


# an EUI-64's sixteen hex digits cut by a line break ("CH 00124BBBBE" / "> BD1A49", the quote's prefix gone in the
# canonical view)
# (each piece a token of its own: not a UUID's last group, nor a date's year on the next line; a CI log's
# "::add-mask::BC33ACD" / ">> 741E483B4" after its command's colons)
_HEX_CUT_AT_A_BREAK = re.compile(r"(?:(?<![0-9A-Za-z\-:._])|(?<=::))([0-9A-Fa-f]{2,14})[ \t]*\r?\n[ \t]*" + _LINE_MARKS
                                 + r"([0-9A-Fa-f]{2,14})"
                                 r"(?![0-9A-Za-z\-:._])")


def find_devices_across_breaks(text: str) -> Iterator[Finding]:
    """Device ids cut by a line break: the two pieces make sixteen hex digits, and the id starts with a metering
    maker's prefix or the lines talk of devices (a hex id and the next line's number otherwise)."""
    for match in _HEX_CUT_AT_A_BREAK.finditer(text):
        joined = match.group(1) + match.group(2)
        if len(joined) != 16 or joined.isdigit():
            continue
        if joined[:6].upper() in _METERING_OUIS or _DEVICE_TALK.search(text, _line_before(text, match.start()),
                                                                      _line_end(text, match.end())):
            yield Finding(match.start(1), match.end(2), Kind.DEVICE, "pattern")


def _compact_serials(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the compact forms in a large text (in order). Each is a word of its own ending in
    five digits or more; in an ASCII text they are found backwards in a class view, by a pattern that
    starts with such an ending (a literal) and reads each form whole."""
    view = text.encode("ascii", errors="replace").translate(_ALNUM_CLASS) + b"."  # "." ends the last word
    if text.isascii():
        size = len(view) - 1  # the view's position i is the reversed view's size - i
        found = [(size - match.end() + 1, size - match.start())
                 for match in _SERIAL_COMPACT_REVERSED.finditer(view[::-1])]
        found.reverse()
        # (the class view cannot tell a maker's three letters from any three: the pattern decides those)
        # (and a letter and seven digits are one only with their check letter: "K4214175U", not "K4214175")
        yield from (span for span in found if (not text[span[0]:span[1]][:3].isalpha() and span[1] - span[0] not in (8, 9))
                    or _SERIAL_COMPACT.fullmatch(text, span[0], span[1]))
        return
    # elsewhere \d also takes other scripts' digits: the pattern on the text, at the ends of runs of
    # five ASCII digits or more with no letter or digit after them (where every form ends)
    spans: set[tuple[int, int]] = set()
    for ending in _DIGITS_AT_WORD_END:
        at = view.find(ending)
        while at >= 0:
            end = at + len(ending) - 1
            start = max(view.rfind(b".", 0, at), view.rfind(b"a", 0, at)) + 1  # the run's first digit
            for match in _SERIAL_COMPACT.finditer(text, max(0, start - 6), min(len(text), end + 1)):
                if match.end() == end:
                    spans.add(match.span())
            at = view.find(ending, end + 1)
    yield from sorted(spans)


_H = r"[0-9A-Fa-f]"
# between pairs: a separator, a few spaces, or a line break with a separator either side of it
_HEX_SEP = r"(?:[ \t]*[\-:._,+/|~]?[ \t]*\r?\n[ \t]*[\-:._,+/|~]?[ \t]*|[ \t]*[\-:._,+/|~][ \t]*|[ \t]+)"
_PAIR = rf"{_H}(?:[ \t]*\r?\n[ \t]*)?{_H}"  # a line may break even inside a pair
_EUI64_ANY = re.compile(
    # (or glued to a device's label, as OCR runs a label into its value: "CHF000d.6fcd.f4ba.6d0a")
    r"(?:(?<![0-9A-Za-z])|(?<=CHF)|(?<=IHD)|(?<=EUI)|(?<=ESME)|(?<=GSME)|(?<=PPMID))(?:"
    rf"0[xX]{_H}{{16}}"  # 0x001BC50C00001234
    rf"|{_PAIR}(?:{_HEX_SEP}{_PAIR}){{7}}"  # pairs with any separators, mixed or not
    rf"|{_H}{{4}}(?:{_HEX_SEP}{_H}{{4}}){{3}}"  # groups of four
    rf"|{_H}(?: {{0,4}}{_H}){{15}}"  # spaced in any grouping (D0520 DA964 4D871 3; UUIDs have hyphens)
    rf"|{_H}{{3}}(?P<sep3>[\-:._/|+])(?:{_H}{{3}}(?P=sep3)){{4}}{_H}"  # in threes (001_DA2_AE5_E3A_947_E, 001/DA2/…)
    r")(?![0-9A-Za-z])")
_DEVICE_TALK = re.compile(r"(?i:device|eui|esme|gsme|\bchf(?:\b|_)|comms[ _\-]?hub|\bihd(?:\b|_)|ppmid|\bgpf(?:\b|_)|duis|originator|"
                          r"\bhan\b|smets|\bcad\b|(?<![a-z])hub(?:\b|_(?=[0-9A-Fa-f]{16}))|\bsrv[ \t]?\d)|\bCH\b")  # a DCC service request ("SRV 8.1.1")


_HEX_CLASS = bytes(104 if chr(c) in "0123456789abcdefABCDEF" else 115 if chr(c) in " \t-:._,+/|~\n\r" else 46
                   for c in range(256))
_SIXTEEN = re.compile(rb"(?<!h)h{16}(?!h)")
_UUID_VIEW = b"h" * 8 + b"s" + b"h" * 4 + b"s" + b"h" * 4 + b"s" + b"h" * 4 + b"s" + b"h" * 12
# A UUID that is a run of its own, with at most one separator either side ("id=<uuid> ", "\"<uuid>\""):
# passed over in any case, so blanked out of the view at C speed before runs are looked for.
_LONE_UUIDS = [before + _UUID_VIEW + after for before in (b".", b".s") for after in (b".", b"s.")]
_HEX_OR_SEP = bytes.maketrans(b"s", b"h")  # runs of hex digits and separators as runs of "h"
_SIXTEEN_ANY = b"h" * 16


def find_devices_loose(text: str, bare: bool = False) -> Iterator[Finding]:
    """EUI-64s in any grouping. ``bare``: a run of 16 hex digits is one even where the text does not
    talk of devices (a file name, a short note).

    The pattern is tried only in stretches of hex digits and separators holding 16 hex digits or
    more (found at C speed in a class view); a UUID is such a stretch and is passed over whole."""
    view = text.encode("ascii", errors="replace").translate(_HEX_CLASS)
    for lone in _LONE_UUIDS:
        view = view.replace(lone, b"." * len(lone))
    runs = view.translate(_HEX_OR_SEP)
    bare_runs: list[tuple[int, int]] = []
    found = runs.find(_SIXTEEN_ANY)  # the first 16 of each run of 16 or more (the search goes on from its end)
    while found >= 0:
        start = runs.rfind(b".", 0, found) + 1
        end = runs.find(b".", found)
        end = len(runs) if end < 0 else end
        found = runs.find(_SIXTEEN_ANY, end)
        core = view[start:end].strip(b"s")
        if core == _UUID_VIEW or core.count(b"h") < 16:
            continue
        for segment in _SIXTEEN.finditer(view, start, end):  # 16 hex digits with no separator
            at = segment.start()
            if text[at - 2:at] in ("0x", "0X"):
                yield Finding(at - 2, at + 16, Kind.DEVICE, "pattern")
            else:
                bare_runs.append((at, at + 16))
        if b"s" in core:
            yield from _separated_devices(text, start, end)
    if "0x" in text or "0X" in text:
        yield from (Finding(*m.span(), Kind.DEVICE, "pattern") for m in _EUI64_BYTES.finditer(text))
    talk = bare or bool(bare_runs and _DEVICE_TALK.search(text))
    for start, end in bare_runs:
        # (the talk of devices on the run's line or the line above it, where a label stands over its value: a
        # span id on a log's last line is no device's because the log spoke of a device lines earlier)
        near = talk and (bare or bool(_DEVICE_TALK.search(text, _line_before(text, start), _line_end(text, end))))
        value = text[start:end]
        if text[start - 1:start].isalnum() or text[end:end + 1].isalnum():
            continue
        if value[:6].upper() in _METERING_OUIS:
            yield Finding(start, end, Kind.DEVICE, "pattern")  # a smart-metering maker's EUI-64, wherever it stands
        elif (near or _capital_hex(value)) and any(c.isalpha() for c in value) and any(c.isdigit() for c in value) \
                and not _TRACE_KEY.search(text, max(0, start - 40), start) \
                and not _ID_PREFIX.search(text, max(0, start - 14), start) \
                and not (_TRACEPARENT_BEFORE.search(text, max(0, start - 36), start)
                         and _TRACEPARENT_AFTER.match(text, end)):
            # where the text talks of devices, or written in capitals as device ids are ("retry 2/3 for
            # BC1D7EE1F78DD796"); trace and span ids are written in small letters
            yield Finding(start, end, Kind.DEVICE, "pattern")


# an EUI-64 as Wireshark shows it with its maker's name resolved: "SiliconL_35:4e:ec:1c:bd" (the name, cut to eight
# characters, stands for the first three bytes; the other five follow)
_RESOLVED_TAIL = re.compile(r"_[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){4}(?![\w:])")
_RESOLVED_MAKER = re.compile(r"(?<![\w:])[A-Z][A-Za-z0-9]{1,7}$")


def find_resolved_devices(text: str) -> Iterator[Finding]:
    """EUI-64s whose maker a capture tool has named: the name and the five bytes after it."""
    if "_" not in text:
        return
    for match in _RESOLVED_TAIL.finditer(text):
        maker = _RESOLVED_MAKER.search(text, max(0, match.start() - 8), match.start())
        if maker is not None:
            yield Finding(maker.start(), match.end(), Kind.DEVICE, "pattern")


# ...or in decimal, as Erlang and Elixir print a binary and other languages a byte array: "<<112, 6, 249, 39, 244, 85,
# 121, 109>>", "[0, 13, 111, 0, 11, 145, 74, 54]" (eight exactly, each a byte); a device's when a metering maker's
# prefix opens it or its line speaks of devices ("chf_id: <<…>>")
_DECIMAL_BYTES = re.compile(r"(?<![\w,])(?:<<|\[|\{|\()[ \t]*(?P<bytes>(?:\d{1,3}[ \t]*,[ \t]*){7}\d{1,3})[ \t]*"
                            r"(?:>>|\]|\}|\))")


def find_decimal_byte_devices(text: str) -> Iterator[Finding]:
    if "," not in text:
        return
    for match in _DECIMAL_BYTES.finditer(text):
        values = [int(v) for v in match.group("bytes").replace(" ", "").replace("\t", "").split(",")]
        if any(v > 255 for v in values):
            continue
        prefix = "".join(f"{v:02X}" for v in values[:3])
        if prefix in _METERING_OUIS or _DEVICE_TALK.search(text, _line_before(text, match.start()),
                                                               _line_end(text, match.end())):
            yield Finding(match.start(), match.end(), Kind.DEVICE, "bytes")


# an EUI-64 as a program writes its eight bytes: "{0x58, 0x8E, 0x81, 0xA1, 0x49, 0x48, 0x40, 0xB3}" (eight
# exactly: a longer array is a key or a buffer; a word and a blank may stand before it, "CH 0x00, 0x0D, …")
_EUI64_BYTES = re.compile(r"(?<!,[ \t])(?<![\w,])(?:0[xX][0-9A-Fa-f]{2}[ \t]*,[ \t]*){7}0[xX][0-9A-Fa-f]{2}"
                          r"(?![\w]|[ \t]*,[ \t]*0[xX])")
_LINE_REACH = 300  # characters a line is read back or on for the talk of devices (a minified file is one line)


def _line_before(text: str, at: int) -> int:
    """Where the line before the one holding ``at`` starts (not further back than _LINE_REACH)."""
    floor = max(0, at - _LINE_REACH)
    this = text.rfind("\n", floor, at)  # the break that opens the run's line
    if this < 0:
        return floor
    before = text.rfind("\n", floor, this)  # the break that opens the line above it
    return floor if before < 0 else before + 1


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at, at + _LINE_REACH)
    return min(len(text), at + _LINE_REACH) if end < 0 else end


def _capital_hex(value: str) -> bool:
    return value.isupper() and sum(c.isalpha() for c in value) >= 2 and sum(c.isdigit() for c in value) >= 2


# The makers' prefixes (IEEE OUIs) that smart meters, comms hubs, IHDs and their radios carry: a bare run
# of 16 hex digits starting with one is a device id even where nothing says "device" ("sent to
# 000781cb2ca1e04a"). A random trace or span id starts with one of these (~120) about once in 140,000.
# The list is made from the IEEE registry by tools/make_metering_ouis.py (the makers chosen by name there).
_METERING_OUIS = frozenset(
    line.split(maxsplit=1)[0]
    for line in resources.files(__package__).joinpath("data", "metering_ouis.txt").read_text("utf-8").splitlines()
    if line.strip() and not line.startswith("#"))
# ...or a prefix glued on by a hyphen or an underscore: "corr-0141a6f89e51461d", "req_5E3DAA8E…" (a system's own id)
_ID_PREFIX = re.compile(r"(?i)(?<![A-Za-z0-9])(?:corr|correlation|trace|span|req|request|msg|message|txn|tx|session|"
                        r"job|run|build|api|evt|event|op|operation)[-_]$")
# A key naming a trace, span, request or message: its 16 hex digits are that id, not a device's
# a W3C traceparent ("00-<trace id>-<span id>-01"): its 16 hex digits are a span's id, whatever its key
_TRACEPARENT_BEFORE = re.compile(r"(?<![0-9A-Za-z])[0-9a-f]{2}-[0-9a-f]{32}-$")
_TRACEPARENT_AFTER = re.compile(r"-[0-9a-f]{2}(?![0-9A-Za-z])")
# (and a hash's, a cache's version tag's: "etag: \"052e560704e8377c\"", "sha256", "checksum")
_TRACE_KEY = re.compile(r"(?i)(?:(?:span|trace|parent|request|correlation|session|message|msg|transaction|tx|"
                        r"etag|hash|sha|md5|digest|checksum|crc|nonce|signature|fingerprint|thumbprint|commit)"
                        r"[\w\-]*[\"']?[ \t]*[:=][ \t]*[\"']?"
                        # (a call's or a session's id without a colon: "CALL ID DD4F51B61E348E88 ; session id …")
                        r"|(?<![A-Za-z])(?:call|conversation|session)[ \t_\-]?id[ \t]*[:=#]?[ \t]*)$")


def _in_longer_chain(text: str, start: int, end: int) -> bool:
    from .patterns import in_longer_chain  # patterns imports this module

    return in_longer_chain(text, start, end)


_DUMP_PAIRS = re.compile(r"(?<![0-9A-Za-z])[0-9A-Fa-f]{2}(?: [0-9A-Fa-f]{2}){8,}(?![0-9A-Za-z])")


def _in_a_dump(text: str, runs: dict[int, list[tuple[int, int]]], start: int, end: int) -> bool:
    """Whether ``start:end`` reaches into a run of more than eight hex pairs a blank apart on its line (a dump's), or
    runs into one (a dump line's offset, "0000  D9 02 …"). ``runs``: each line's runs, found when the line is first
    asked about (once each: a long line's, a minified payload's, is read once, not once a candidate)."""
    line_start = text.rfind("\n", 0, start) + 1
    line = runs.get(line_start)
    if line is None:
        line_end = text.find("\n", start)
        line = runs[line_start] = [m.span() for m in _DUMP_PAIRS.finditer(text, line_start,
                                                                            len(text) if line_end < 0 else line_end)]
    i = bisect.bisect_left(line, (end, end))
    return i > 0 and line[i - 1][1] > start


def _two_records(value: str) -> bool:
    """Is ``value``, a run of hex groups over a line break, a row's last cell and the next row's first: one group
    before the break, or groups apart by other separators on either side ("11.24⏎D0-52-A8-…")?"""
    before, after = value.split("\n", 1)
    before = before.rstrip("\r")
    first = {c for c in before if c not in HEX_DIGITS}
    second = {c for c in after.strip() if c not in HEX_DIGITS}
    return not first or bool(second and not first <= second)


def _separated_devices(text: str, low: int, high: int) -> Iterator[Finding]:
    runs: dict[int, list[tuple[int, int]]] = {}  # (each line's runs of pairs in a dump, found when first needed)
    for match in _EUI64_ANY.finditer(text, max(0, low - 2), high):
        value = match.group()
        hexes = re.sub(r"[^0-9A-Fa-f]", "", value[2:] if value[:2] in ("0x", "0X") else value)
        if len(hexes) != 16 or len(value) == 16:
            continue  # a bare run of 16 is a trace or span id unless the text is about devices
        if value[:2] in ("0x", "0X"):
            yield Finding(match.start(), match.end(), Kind.DEVICE, "pattern")
            continue
        if "\n" in value and text[match.start() - 1:match.start()] in tuple(".;,|\t") and _two_records(value):
            # a row's last cell (a version's "2.1.40", "v9.11.24") and the next row's first: a record ends at its line
            # (a device id wrapped in its own separators, "ESME,00-1A-2B-3C-4D-⏎5E-6F-70", goes on)
            continue
        if _in_longer_chain(text, match.start(), match.end()):
            continue  # a certificate thumbprint's twenty pairs, not a device's eight
        if _in_a_dump(text, runs, match.start(), match.end()):
            continue  # a hex dump's line of pairs: the patterns place the device's eight in it (find_devices)
        if not any(c.isalpha() for c in hexes):
            continue  # digits only in any grouping is a number, not a device id
        if _overlaps_time(text, match.start(), match.end()):
            continue
        groups = re.findall(r"[0-9A-Fa-f]+", value)
        regular = len({len(g) for g in groups[:-1]}) == 1 and len(groups[-1]) <= len(groups[0])  # "001_DA2_…_E"
        if any(len(g) not in (2, 4) for g in groups) and (
                (any(len(g) >= 3 and g.isalpha() for g in groups) and not regular) or max(map(len, groups)) > 8
                or len(groups) < 3):
            continue  # odd groups with a word or a long number among them: "DCC 1200023305967" is no device id
        yield Finding(match.start(), match.end(), Kind.DEVICE, "pattern")


STREET_TYPES = (
    "road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|cres|grove|place|pl|court|ct|gardens|gdns|"
    "terrace|hill|park|row|walk|square|sq|mews|rise|view|green|parade|parkway|boulevard|approach|gate|yard|wharf|"
    "quay|meadow|meadows|fields|vale|chase|croft|dale|wynd|brae|bank|heights|broadway|embankment|promenade|"
    "cottages|villas|buildings|crossing|circus|hollow|end|side|walkway|path|wood|woods|orchard|paddock|"
    "loke|vennel|pend|ridge|causeway|strand|loan|terr|pde|gr|grn|pk|esp|esplanade|blvd|heol")
_WORD = r"[A-Z](?:[A-Za-z]|['’\-](?=[A-Za-z]))+"  # (an apostrophe or a hyphen between letters: no closing quote)
# (or a Scottish flat's, its stair's number and the flat's: "16/9 Lochside View", "3/2 Harbour Brae")
_NUMBER = r"(?<![\w\-/.:])\d{1,4}[A-Za-z]?(?:-\d{1,4}[A-Za-z]?|/\d{1,3}(?=[ \t]))?"
_FLAT = r"(?:(?:Flat|Apartment|Apt|Unit|Suite|Room|Plot)\.?[ \t]*\d{1,4}[A-Za-z]?[ \t]*[,/]?[ \t]+)?"
# (a comma escaped as iCalendar and vCard write it, "75 Dovecote Parade\\, Wetherby"; the town "in" it names
# in a sentence, "128 Kingfisher Gardens in Wetherby (CO7 3UR)")
_TOWN_SEP = r"(?:[ \t]*(?:\\,|[,/])[ \t]*|[ \t]+in[ \t]+(?=[A-Z])|[ \t]+)"
# a town's word: not a postcode's letters ("BD15"), nor a reference's ("SIT-4364"), nor a status ("Queued"):
# the next cell of a grid whose columns are set close, read on the same line
STATUS_WORDS = ("Queued|Pending|Accepted|Rejected|Failed|Validated|Passed|Open|Closed|Active|Inactive|Completed?|"
                 "Success(?:ful)?|Error|Warning|Cancelled|Expired|New|Sent|Received|Delivered|Blocked|Retry|Done|"
                 "Resolved|Assigned|Withdrawn|Approved|Declined|Valid|Invalid|Processed|Processing|"
                 # (a meter's or a supply's state in an asset system's column: "SR1T 2PN  De-energised")
                 "(?:De-?)?[Ee]nergi[sz]ed|(?:De)?[Cc]ommissioned|Awaiting|Installed|Removed|Exchanged|Suspended|"
                 "(?:Dis)?[Cc]onnected|Live|Dormant")
_TOWN = rf"(?!(?i:{STATUS_WORDS})\b)[A-Z](?:[A-Za-z]|['’\-](?=[A-Za-z])){{2,}}(?![\w]|-\w)"
# A street named in one word that ends in a street type ("79 Kingsway", "4 Moorgate", "12 Brookside"), less
# the common words that end so ("502 Bad Gateway" is no street, nor "3 Outside").
_COMPOUND_STREET = (r"(?!(?i:Gateway|Railway|Subway|Doorway|Hallway|Anyway|Halfway|Midway|Stairway|Runway|Motorway|"
                    r"Expressway|Freeway|Highway|Pathway|Delegate|Aggregate|Navigate|Investigate|Propagate|Mitigate|"
                    r"Negate|Irrigate|Interrogate|Litigate|Obligate|Segregate|Congregate|Instigate|Surrogate|Tailgate|"
                    r"Floodgate|Frigate|Outside|Inside|Beside|Aside|Upside|Downside|Offside|Onside|Backside|Flipside|"
                    r"Topside|Airfield|Battlefield|Minefield|Outfield|Infield|Subfield|Hollywood|Plywood|Firewood|"
                    r"Driftwood|Overhead|Ahead|Forehead|Bulkhead|Letterhead|Warhead|Spearhead|Figurehead|Masthead|"
                    r"Printhead|Subhead|Crosshead|Airhead|Blackhead|Deadhead|Egghead|Hothead|Pinhead|Redhead|Skinhead|"
                    r"Godhead|Arrowhead|Beachhead|Bridgehead|Railhead|Wellhead|Showerhead|Drumhead|Bonehead|"
                    r"Knucklehead|Sleepyhead|Trailhead|Letterhead|Downhill|Uphill|Anthill|Molehill|Foothill)\b)"
                    # (in capitals too, as a letter's address block or a record writes it: "14 NORTHMOOR, LEEDS")
                    r"(?:[A-Z][a-z]{2,}(?:way|gate|side|field|croft|wood|head|moor|brook|hill)"
                    r"|[A-Z]{3,}(?:WAY|GATE|SIDE|FIELD|CROFT|WOOD|HEAD|MOOR|BROOK|HILL))")
# A number, one to three capitalised words and a street type word: "12 Acacia Road", "147a ALBERT DRIVE";
# or a one-word street. The town's words after it are trimmed of prose from the street's end on.
# Welsh street names put the type first: "Heol Llanishen Fach", "Ffordd Penrhos", "Lôn Isaf", "HEOL Y FELIN",
# "Cwrt y Felin" (court), "Clos", "Teras", "Llys", "Rhes".
TYPE_FIRST = r"(?i:heol|ffordd|lôn|lon|stryd|rhodfa|cilgant|maes|cwrt|clos|teras|llys|rhes)[ \t]+(?:(?i:y|yr|ý)[ \t]+)?[A-ZÀ-Þ][\w'’\-]+(?:[ \t]+[A-ZÀ-Þ][\w'’\-]+)?"
# a Welsh street or house named in the hyphenated way, with no type word: "147 Tan-y-Bryn", "3 Pen-y-Bont",
# "12 Bryn-yr-Haul", "9 Cefn-y-Coed"
_WELSH_HYPHENATED = r"[A-Z][a-zâêîôûŵŷ]+-(?:y|yr|r)-[A-Z][a-zâêîôûŵŷ]+(?:-[A-Z][a-zâêîôûŵŷ]+)?"
# a Welsh, Gaelic or Cornish street's words joined by a small article with no type word: "Glan yr Afon", "Chy an
# Gweal", "Parc an Dillon", "Rathad an Locha", "Ceann a' Bhaigh", "Sraid na h-Eaglaise" (not "a" alone: "3 Times a Week")
# (Welsh "y", "yr" after any word; Cornish and Gaelic "an", "na", "a'" only after a place's word, as "Click an Item",
# "Errors an Hour" are English)
_CELTIC_PLACE = (r"(?:Chy|Parc|Park|Pen|Pol|Porth|Ros|Tre|Lan|Carn|Bal|Ker|Bos|Hel|Nans|Fenton|Rathad|Sraid|Sràid|Ceann|"
                 r"Baile|Cnoc|Druim|Tigh|Taigh|Tobar|Cill|Allt|Ard|Dun|Dùn|Achadh|Bealach|Bun|Camas|Cladh|Creag|Gleann|"
                 r"Lag|Eilean|Innis|Lochan|Loch|Port|Blar|Blàr|Cul|Cùl|Torr|Beinn|Sron|Srath|Coille|Caisteal)")
CELTIC_JOINED = (r"(?:(?!(?:Hours?|Minutes?|Days?|Weeks?|Months?|Years?|Times|Miles?|Pounds?|Items?|Units?)\b)"
                 r"[A-Z][a-zâêîôûŵŷàèìòù]+(?:(?:[ \t]+(?:y|yr|'r)|['’]r)[ \t]+[A-Z][a-zâêîôûŵŷàèìòù'’\-]+){1,2}"
                 # (in capitals: "12 GLAN YR AFON, CARDIFF", "3 GLAN'R AFON")
                 r"|[A-ZÂÊÎÔÛŴŶ]{2,}(?:(?:[ \t]+(?:Y|YR|'R)|['’]R)[ \t]+[A-ZÂÊÎÔÛŴŶ'’\-]{2,}){1,2}(?![a-z])"
                 rf"|{_CELTIC_PLACE}(?:[ \t]+(?:an|na|nan|nam|a'|a’|y|yr)[ \t]+(?:[htn]-)?"
                 r"[A-Z][a-zâêîôûŵŷàèìòù'’\-]+){1,2})")
# streets named without a type word after them, as common as any that have one: "218 Mount Pleasant", "4 The Green"
_NO_TYPE_STREET = (r"(?:Mount[ \t]+Pleasant|The[ \t]+(?:Green|Crescent|Avenue|Close|Drive|Grove|Square|Paddocks?|Meadows|"
                   r"Orchard|Spinney|Coppice|Glebe|Maltings|Croft|Dell|Chase|Ridgeway|Moorings|Pastures|Sidings|Willows|"
                   r"Beeches|Limes|Laurels|Hawthorns|Firs|Elms|Oaks|Poplars|Sycamores|Briars|Brambles)\b"
                   # (a "The …" only before its town or its postcode: "3 The Green results" is a count's)
                   r"(?=[ \t]*,[ \t]*[A-Z][a-z]|[ \t]+[A-Z]{1,2}\d))")
_ADDRESS_SOURCE = (rf"{_FLAT}{_NUMBER},?[ \t]+(?P<street>(?:{_WORD}[ \t]+){{1,3}}(?i:(?:{STREET_TYPES}))\b\.?|"
                   rf"{_COMPOUND_STREET}\b|{TYPE_FIRST}|{_WELSH_HYPHENATED}\b|{CELTIC_JOINED}(?![\w'’\-])|(?:The[ \t]+)?(?:Strand|Broadway|Causeway|Parade|Esplanade)\b|{_NO_TYPE_STREET})"
                   rf"(?:{_TOWN_SEP}{_TOWN}(?:[ \t]+{_TOWN}){{0,2}}){{0,2}}")
_ADDRESS = re.compile(_ADDRESS_SOURCE)
# In a CSV row a comma ends the field: the town after it is another column.
_ADDRESS_ONE_LINE = re.compile(_ADDRESS_SOURCE.replace("[,/]", "[/]"))
# After a word that says an address follows, in any case: "premises address 224 kirkstall gardens".
_LABELLED_ADDRESS = re.compile(
    r"(?i:\b(?:address|addr|site|premises|property|location|located at|installed at|supply at|home|house|"
    r"visited|attended|visit to|called at|went to|delivered to|moved to|lives at|living at|live at|resides at))"
    r"(?:[ \t]+(?i:is|was|now|of))?"  # (a transcript's "address is 71 millbeck way, buxton")
    r"[ \t]*[:=\-]?[ \t]*(?P<value>(?i:(?:flat|apartment|apt|unit)\.?[ \t]*\d{1,4}[a-z]?,?[ \t]+)?"
    rf"\d{{1,4}}[A-Za-z]?,?[ \t]+(?P<street>(?:[A-Za-z'’\-]+[ \t]+){{1,3}}(?i:(?:{STREET_TYPES}))\b\.?|"
    rf"{_COMPOUND_STREET}\b)"
    r"(?:(?:[ \t]*(?:\\,|[,/])[ \t]*|[ \t]+)[A-Za-z'’\-]{3,}(?:[ \t]+[A-Za-z'’\-]{3,}){0,2}){0,2})")
# A flat's number, then the street's or the building's words, whatever they end in: "Flat 11, 79 Kingsway",
# "Flat 2A, Rose Court, Bath". "Flat 3," says an address follows (a capital F: "flat 3, Monday" is a reading).
_FLAT_ADDRESS = re.compile(
    rf"(?<![A-Za-z])(?:Flat|FLAT|Apartment|APARTMENT|Apt|APT)\.?[ \t]*\d{{1,4}}[A-Za-z]?[ \t]*[,/]?[ \t]+(?:{_NUMBER},?[ \t]+)?"
    # (the building's or street's words one blank apart: a run of blanks is the next column's, "…Approach   SIT-4180")
    rf"(?P<street>{_WORD}(?:[ \t](?!(?i:{STATUS_WORDS})\b){_WORD}(?!-\d)){{0,3}})"
    rf"(?:{_TOWN_SEP}{_TOWN}(?:[ \t]+{_TOWN}){{0,2}}){{0,2}}")


_SHAPE_CLASS = bytes(48 if 48 <= c <= 57 else 65 if 65 <= c <= 90 else 97 if 97 <= c <= 122
                     else 32 if c in (32, 9) else 44 if c == 44 else 58 if chr(c) in "_-/.:" else 46 for c in range(256))
# Where an address can start: a digit, maybe a letter, spaces and at most one comma, a capital
# ("12 Acacia", "147a Albert", "5, Elm"; rb"0a? {0,3},? {1,3}A" in the shape view). Looked for
# backwards, in the reversed view: the pattern then starts with a capital and a space, which the regex
# engine skips to quickly (a digit, which the forward one starts with, is on every line of a log).
# The matches are the forward ones: each is one digit, then only letters, spaces or a comma, then a
# capital, so none overlaps another, and from either end there is one way to read it.
# The house number may end in a letter ("12a Albert", "14B Park"), and stands after no letter, digit or
# "_-/.:" ("09:17:46.821Z INFO" on every line of a log is no house number): read backwards, after at
# most four digits comes none of those (":" in the view).
_WORD_AFTER_NUMBER = re.compile(rb"A  {0,2},? {0,3}[aA]?0(?=0{0,3}(?![0aA:]))")
# (looked for from the slash, a literal the engine finds quickly; the stair's number before it checked after)
_STAIR_AND_FLAT = re.compile(r"/(?P<flat>\d{1,3})[ \t]+[A-Z]")
_STAIR_BEFORE = re.compile(r"(?<![\w\-/.:])\d{1,4}\Z")
_FLAT_BEFORE = re.compile(_FLAT + r"$")
_FLAT_NEAR = re.compile(r"(?<![A-Za-z])(?:Flat|FLAT|Apartment|APARTMENT|Apt|APT)\.?[ \t]*\d{1,4}(?:[A-Za-z]?[ \t]*[,/]?[ \t]+\d{1,4})?$")


# street types that are also the nouns a document's headings end with
_HEADING_TYPE = re.compile(r"(?i)[ \t](?:approach|view|path|end|gate|side|crossing|chase|ridge)\.?$")
_LINE_ENDS = re.compile(r"[ \t]*(?:\t\d{1,4}[ \t]*)?(?:\r?\n|$)")  # (a contents line's page number)
_POSTCODE_NEAR = re.compile(r"(?i)\b[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2}\b")
_MONTH_BEFORE_A_YEAR = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]+$")
_A_YEAR = re.compile(r"(?:19|20)\d\d(?!\d)")


# a phone number's first groups ("0191 498 ", "+44 191 498 "): the number after them is its last group
_PHONE_GROUPS_BEFORE = re.compile(r"(?:\+44[ \t]?|(?<![\d.,])0)\d{2,4}[ \t]\d{3,4}[ \t]\Z")


def find_addresses(text: str, one_line: bool = False) -> Iterator[Finding]:
    """Street addresses: tried only where a number is followed by a capitalised word (found at C
    speed in a shape view); after an address word in any case only in texts of a person's size."""
    pattern = _ADDRESS_ONE_LINE if one_line else _ADDRESS
    view = text.encode("ascii", errors="replace").translate(_SHAPE_CLASS)
    size = len(view)
    hits = [size - hit.end() for hit in _WORD_AFTER_NUMBER.finditer(view[::-1])]  # where each digit is
    hits.reverse()
    if "/" in text:  # (a Scottish flat's "16/9 Lochside View": the view reads the slash as a code's, no house's)
        stairs = [m.start("flat") for m in _STAIR_AND_FLAT.finditer(text) if _STAIR_BEFORE.search(text, max(0, m.start() - 5),
                                                                                              m.start())]
        if stairs:
            hits = sorted({*hits, *stairs})
    last_end = -1
    for hit in hits:
        start = hit
        while start > 0 and view[start - 1] == 48 and hit - start < 4:
            start -= 1
        if start >= 2 and text[start - 1] == "/" and text[start - 2].isdigit() and hit - start < 3:
            stair = start - 1  # a Scottish flat's number before the slash: "16/9 Lochside View"
            while stair > 0 and text[stair - 1].isdigit() and start - stair < 5:
                stair -= 1
            start = stair
        if start < last_end:
            continue
        match = pattern.match(text, start)
        if match is None:
            continue
        if _MONTH_BEFORE_A_YEAR.search(text, max(0, start - 12), start) and _A_YEAR.match(text, start):
            continue  # "November 2022 SEC Release Testing Approach Document": a date's year, no house's number
        if _PHONE_GROUPS_BEFORE.search(text, max(0, start - 16), start):
            continue  # "mobile 0191 498 0536, Moss Side feeder": a phone's last group, no house's number
        if _HEADING_TYPE.search(match.group("street")) and match.end() == match.end("street") \
                and not text[text.rfind("\n", 0, start) + 1:start].strip() and _LINE_ENDS.match(text, match.end()) \
                and not _POSTCODE_NEAR.search(text, match.end(), match.end() + 160):
            continue  # "3 Governance Approach", "5 Quality Gate": a document's numbered heading, nothing after
            # it, no postcode below; a street of those types is written with its town or its postcode
        flat = _FLAT_BEFORE.search(text, max(0, start - 24), start)
        begin = flat.start() if flat and flat.group() else start
        last_end = match.end()
        yield Finding(begin, _trim(text, match.end("street"), match.end()), Kind.ADDRESS, "pattern")
    # a flat's address holds a number before a capitalised word (its house number's, or the flat's own
    # before a building's name): looked for just before those places only
    flat_end = -1
    for hit in hits:
        flat = _FLAT_NEAR.search(text, max(0, hit - 24), hit + 1)
        if flat is None or flat.start() < flat_end:
            continue
        match = _FLAT_ADDRESS.match(text, flat.start())
        if match is not None:
            flat_end = match.end()
            yield Finding(match.start(), _trim(text, match.end("street"), match.end()), Kind.ADDRESS, "pattern")
    if len(text) < PERSON_SIZED:
        for match in _LABELLED_ADDRESS.finditer(text):
            start = match.start("value")
            yield Finding(start, _trim(text, match.end("street"), match.end("value")), Kind.ADDRESS, "label")


# Words that end an address's town: prose, and the labels of the fields that follow in a log line
# ("in" before the capitalised words that end the match is the town's word: "… Gardens in Wetherby (CO7 3UR)")
_NOT_TOWN = re.compile(r"(?i)[ \t,/]+(?:postcode|post code|and|the|was|is|has|on|at|"
                       r"in(?-i:(?![ \t]+[A-Z][A-Za-z'’\-]+(?:[ \t]+[A-Z][A-Za-z'’\-]+)?[ \t]*$))|for|with|from|to|"
                       r"ok|failed|passed|step|meter|mpan|mprn|msn|serial|device|email|e-mail|phone|tel|mobile|"
                       r"customer|name|ref|status)\b.*$")


def _trim(text: str, street_end: int, end: int) -> int:
    """The end of an address match, less trailing words after the street that are prose, not a town
    (the street's own words are never trimmed: "4 The Broadway" is a street)."""
    found = _NOT_TOWN.search(text, street_end, end)
    return found.start() if found else end


# Address parts before a postcode on its line: "Rose Cottage, Church Lane, Little Snoring, NR21 0AB".
_LEADING_LOWER = re.compile(r"^(?:[a-z][\w'’.\-]*[ \t]+)+(?=[A-Z0-9])")
# one address part: words of a place ("Little Snoring", "Flat 3", "12a High St", "Stratford-upon-Avon"),
# not a code ("IF-031", "MHHS-QT-TC-818") or a sentence
_PLACE_WORD = r"(?:[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]*)*\.?|[A-Z]{2,}|\d{1,4}[A-Za-z]?|of|on|upon|le|the|in|by|y|yr|na|nan|an|am|ar)"
_PART = re.compile(rf"(?:[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]*)*\.?|[A-Z]{{2,}}|\d{{1,4}}[A-Za-z]?)"
                   rf"(?:[ \t]+{_PLACE_WORD}){{0,4}}")


_TIME_END = re.compile(r"^\d{2}(?:[.,]\d+)?Z?(?:[ \t]+|$)")


def _without_a_leading_label(piece: str) -> str:
    """``piece`` less the field's name it opens with, in any case ("SUPPLY ADDRESS", "Site address", "Premises"):
    a form's label on the value's line is no part of the address, and masked with it the reader loses the label."""
    words = piece.split()
    for size in (3, 2, 1):
        if len(words) > size and classify(" ".join(words[:size])) is not None:
            return piece.split(None, size)[size]
    return piece


def _place_words_ending(piece: str) -> str:
    """The longest run of words at the end of ``piece`` that reads as a place (two to five words, not
    starting with a status word or a small word), or "" (prose before a house name: "Visit to Orchard
    House Heptonstall", "Arrived at Pen y Bryn")."""
    words = piece.split()
    for size in range(min(7, len(words) - 1), 1, -1):
        tail = " ".join(words[-size:])
        if size > 5:
            if _long_place(tail):
                return tail
        elif _PART.fullmatch(tail) and not _STATUS_START.match(tail):
            return tail
    return ""


def _long_place(words: str) -> bool:
    """Six or seven words of a place: a house's name, its street and "in" its town ("Hillcrest House Wheelwright
    Close in Lostwithiel (SW1W 4DU)"), as many only with a street's type word among them."""
    return bool(_LONG_PLACE.fullmatch(words)) and bool(_STREET_TYPE_WORD.search(words)) \
        and (not _STATUS_START.match(words) or words.startswith("The "))  # ("The Granary Millrace Way in …")


_LONG_PLACE = re.compile(rf"(?:[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]*)*\.?|[A-Z]{{2,}})(?:[ \t]+{_PLACE_WORD}){{5,6}}")
_STREET_TYPE_WORD = re.compile(rf"[ \t](?i:{STREET_TYPES})\b")


_STATUS_START = re.compile(rf"(?i:{STATUS_WORDS}|the|of|on|upon|le|in|by|y|yr|na|nan|an|am|ar)\b")


def starts_with_status(text: str) -> bool:
    """Does ``text`` start with a status or a small word ("Pending", "The"): no town's first word?"""
    return bool(_STATUS_START.match(text))


# A street typed in small letters with no commas, then its town, just before a postcode: "at 62 upper mealy
# lane huddersfield HD4 5TB", "apartment 35 215b wellington parade blackpool", "3f3 51 cherry tree walk",
# "164 ffordd glyn bangor". The postcode says an address ends there; the house number and a street type
# word say where it starts.
_TYPED_BEFORE_POSTCODE = re.compile(
    r"(?i:(?:flat|apartment|apt|unit)\.?[ \t]*\d{1,4}[a-z]?[ \t]*[,/]?[ \t]+|\d{1,2}f\d{1,2}[ \t]+)?"
    r"(?<![\w\-/.:])\d{1,4}[a-z]?,?[ \t]+"
    rf"(?i:(?:[a-z'’\-]+[ \t]+){{0,3}}(?:{STREET_TYPES})|(?:heol|ffordd|lôn|lon|stryd|rhodfa|cilgant|cwrt|clos|teras|llys|rhes)(?:[ \t]+[a-z'’\-]+){{1,2}})"
    r"\b(?:[ \t]*,?[ \t]+[a-z'’\-]+){0,3}[ \t,]*$")


# a town or county alone on its line: one to three capitalised words
# a town's first word, and each word more ("Stoke on Trent", "Betws y Coed", "Newcastle upon Tyne")
_TOWN_FIRST = r"[A-Z](?:[A-Za-z]|['’\-](?=[A-Za-z]))+"
_TOWN_MORE = r"(?:[ \t]+(?:upon|on|in|by|le|the|de|y|[A-Z](?:[A-Za-z]|['’\-](?=[A-Za-z]))+))"
TOWN_LINE = re.compile(rf"[ \t>]*(?P<town>{_TOWN_FIRST}{_TOWN_MORE}{{0,3}})[ \t]*,?[ \t]*\r?")


# a line under an address that ends its block and is no town: a sign-off or a note's word ("Thanks", "TBC")
NOT_A_TOWN = re.compile(r"(?i:thanks|thank|cheers|regards|best|kind|many|sincerely|faithfully|yours|hi|hello|dear|"
                         r"note|notes|yes|no|ok|okay|tbc|tbd|none|unknown|see|please|confirmed|updated|sorry)\b")


def _ends_block(text: str, at: int) -> bool:
    """Does the line at ``at`` hold nothing (or the text end there)? A block of lines ends there."""
    line_end = text.find("\n", at)
    return not text[at:len(text) if line_end < 0 else line_end].strip()


_COLUMN_GAP = re.compile(r"[ \t]{3,}(?=\S)")
# a town of one or two capitalised words, after a street and its comma
TOWN_WORDS = rf"{_TOWN_FIRST}(?:[ \t]+{_TOWN_FIRST})?"


def _column_gap(text: str, start: int, end: int) -> re.Match[str] | None:
    """Where a line set in columns leaves its first (a wide gap after its indent: a two-column letter's
    "Mardenfield      Date: …", a form's "FARLEIGH WICK   Postcode: …"), if it does."""
    indent = len(text[start:end]) - len(text[start:end].lstrip(" \t"))
    return _COLUMN_GAP.search(text, start + indent, end)
_POSTCODE_LABEL = re.compile(r"(?i:post[ ]?code|postal[ ]code)\b")


def find_towns_between(text: str, addresses: list[Finding], postcodes: list[Finding]) -> Iterator[Finding]:
    """An address written one part to a line: the street found, the postcode found, and between them a
    line or two of a town's or a county's words ("155 Bramble Close" / "Carlisle" / "CA1 3NU"). Those
    lines are the address too. So is one such line under the street that ends the block, with no
    postcode below it (a bill's or a letter's "238 Goldcrest Lane" / "SAXILBY", then a blank line)."""
    # the lines a postcode opens (one after a town on its line, "SAXILBY   Postcode: NE15 3YX", ends a town's line)
    starts = {start: p for p in postcodes
              if not text[(start := text.rfind("\n", 0, p.start) + 1):p.start].strip(" \t>")}
    for address in addresses:
        end = text.find("\n", address.end)
        if end < 0 or text[address.end:end].strip(" \t,\r"):
            continue  # the address does not end its line
        towns: list[tuple[int, int]] = []
        postcode_beside = False
        at = end + 1
        for _ in range(2):
            if at in starts:
                break
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            # a letter set in two columns: the address's column ends at a wide gap ("Mardenfield      Date: …")
            gap = _column_gap(text, at, line_end)
            town = TOWN_LINE.fullmatch(text, at, gap.start() if gap is not None else line_end)
            if town is None or starts_with_status(town.group("town")):
                break
            towns.append(town.span("town"))
            at = line_end + 1
            if gap is not None and (any(gap.end() <= p.start < line_end for p in postcodes)
                                    or _POSTCODE_LABEL.match(text, gap.end())):
                postcode_beside = True  # a form's "FARLEIGH WICK   Postcode: AB15 5QS": the town's line ends
                break                   # with its postcode
        if towns and not (at in starts or postcode_beside):
            # the next line a town's and its postcode ("Radyr," / "Manchester M11 7XF"): the block's last line
            next_end = text.find("\n", at)
            next_end = len(text) if next_end < 0 else next_end
            postcode_beside = not any(NOT_A_TOWN.match(text, a, b) for a, b in towns) and any(
                at < p.start < next_end and not text[p.end:next_end].strip(" \t,\r")
                and TOWN_LINE.fullmatch(text, at, p.start) for p in postcodes)
        if towns and (at in starts or postcode_beside or (len(towns) == 1 and _ends_block(text, at)
                                       and not NOT_A_TOWN.match(text, towns[0][0], towns[0][1]))):
            for start, stop in towns:
                yield Finding(start, stop, Kind.ADDRESS, "pattern")


# a town written after its postcode, to the line's end: "NN21 5BT Wrexley" (SAP, continental order)
_TOWN_AFTER = re.compile(rf"[ ](?P<town>{_TOWN_FIRST}{_TOWN_MORE}{{0,2}})[ \t]*,?[ \t]*\r?(?:\n|$)")


def find_town_after(text: str, postcodes: list[Finding]) -> Iterator[Finding]:
    """The town after a postcode that ends its line ("NN21 5BT Wrexley"), as SAP and continental forms write
    an address's last line; not a status or a sign-off ("CV19 0DF Active")."""
    for postcode in postcodes:
        match = _TOWN_AFTER.match(text, postcode.end)
        if match is None:
            continue
        start, end = match.span("town")
        if starts_with_status(text[start:end]) or NOT_A_TOWN.match(text, start, end):
            continue
        yield Finding(start, end, Kind.ADDRESS, "pattern")


# a house's name before its street address: "Hillcrest, 12 Oak Road", "Kestrel House, 67 Fernhill Lane"
_HOUSE_NAME = re.compile(r"(?P<first>(?<![\w'’\-])[A-ZŶ][a-zŷ'’\-]+[ \t]+(?:[A-Z][a-z'’\-]+[ \t]+)?)?(?<![\w'’\-])"
                         r"(?P<last>[A-Z][a-z'’\-]{2,}),[ \t]*$")
# words a house's name starts with (Welsh "Tŷ Gwyn", "Plas Newydd", "Bryn Awel"; "The Old Rectory")
_HOUSE_FIRST = re.compile(r"(?:Ty|Tŷ|Plas|Bryn|Hafod|Llys|Pen|Glan|Maes|Nant|Coed|Fron|Cae|The|Old|Little|Upper|Lower)[ \t]")
# (a kind of house ends a house's name: no surname either, for names.names_a_person)
HOUSE_WORD = re.compile(r"(?i:house|cottage|farm|lodge|barn|mill|hall|manor|villa|view|croft|grange|rise|heights|"
                         r"mansions|chambers|court|place|end|nook|bungalow)$")
# labels and words of a sentence that stand before ", 12 Oak Road" and name no house
NOT_A_HOUSE = re.compile(r"(?i:address|site|premises|location|customer|property|supply|meter|visit|visited|at|to|from|"
                          r"used|use|via|near|and|or|the|flat|apartment|unit|suite|floor|block|ref|reference|account|"
                          r"note|notes|home|office|work|here|there|moved|moving|lives|living|from|street|road|town|city|"
                          r"county|district|area|region|postcode|correspondence|billing|delivery|install|installed)$")


def find_house_names(text: str, addresses: list[Finding]) -> Iterator[Finding]:
    """The house's name written before a street address and a comma ("Used Hillcrest, 12 Oak Road as the
    site", "Kestrel House, 67 Fernhill Lane"): one capitalised word, or two when the second names a kind
    of house; not a label or a word of the sentence ("Premises, 12 Oak Road")."""
    for address in addresses:
        if not text[address.start:address.start + 1].isdigit():
            continue
        match = _HOUSE_NAME.search(text, max(0, address.start - 40), address.start)
        if match is None or NOT_A_HOUSE.match(match.group("last")) or len(match.group("last")) < 4 \
                and not match.group("first"):
            continue
        start = match.start("last")
        if match.group("first"):
            # the words before the last: from the first that starts a house's name, or all of them before a
            # kind of house ("Rose Cottage"), less the sentence's or a label's words ("Visit", "Site")
            words = [(m.start(), m.group()) for m in re.finditer(r"\S+", match.group("first"))]
            for offset, word in words:
                if _HOUSE_FIRST.match(word + " ") or (HOUSE_WORD.match(match.group("last"))
                                                      and not NOT_A_HOUSE.match(word)):
                    start = match.start("first") + offset
                    break
        yield Finding(start, match.end("last"), Kind.ADDRESS, "pattern")


# A street with no house number, as an address part between commas: capitalised words (or all in capitals,
# or all in small letters, as a hurried note types it) ending in a street's type word; not a sentence's
# small words before the type ("the rise in usage")
_STREET_WORDS = rf"(?!(?:the|a|an|this|that|our|your|his|her|their|my|its|no|one|new|old)\b)"
_GAELIC_STREET = (r"(?:Sràid|Sraid|Rathad|Bóthar|Bothar|Cnoc|Ceann)[ \t]+(?:na|nan|an|a['’])[ \t]+(?:h-|t-)?"
                  r"[A-ZÀ-Þ][\w'’\-]+")
STREET_BARE = (rf"(?:(?:{_STREET_WORDS}[A-Z][a-z'’\-]+[ \t]+){{1,3}}(?:{STREET_TYPES.title()})"
                rf"|(?:[A-Z][A-Z'’\-]+[ \t]+){{1,3}}(?:{STREET_TYPES.upper()})"
                rf"|(?:{_STREET_WORDS}[a-z][a-z'’\-]+[ \t]+){{1,3}}(?:{STREET_TYPES})"
                # (a Welsh street, its type first: "Heol Llanelli", "Ffordd yr Eglwys"; a Gaelic one with its article:
                # "Sràid na h-Eaglaise", "Rathad an Locha")
                rf"|{TYPE_FIRST}|{_GAELIC_STREET}"
                # (one word with its type glued on, as Scotland's and the North's old streets are named: "Gallowgate",
                # "Causewayside", "Briggate", "Broadway")
                rf"|[A-Z][a-z]{{2,}}(?:gate|side|wynd|way))(?![\w'’\-])")
# a house's name as an address's first part: a Welsh or English house word and a capitalised word ("Ty Gwyn",
# "Bryn Awel", "The Granary"), or a word and a kind of house ("Rose Cottage", "Orchard House"); any case
_HOUSE_START = r"(?:Ty|Tŷ|Plas|Bryn|Hafod|Llys|Pen|Glan|Maes|Nant|Coed|Fron|Cae|The|Old)"
_HOUSE_OPENING = re.compile(rf"(?i:{_HOUSE_START})")
_HOUSE_KIND = r"(?:house|cottage|farm|lodge|barn|mill|hall|manor|villa|view|croft|grange|granary|rectory|vicarage|bungalow)"
_HOUSE_THEN_STREET = re.compile(
    rf"(?<![\w'’\-])(?P<house>(?i:{_HOUSE_START}[ \t]+[a-zŵŷ'’\-]+|[a-z'’\-]+[ \t]+{_HOUSE_KIND}))"
    rf",[ \t]*(?P<street>{STREET_BARE})"
    # and the town after it, capitalised (not the sentence's next word: "…, Mardenfield on Tuesday")
    rf"(?:,?[ \t]+(?P<town>{TOWN_WORDS})(?![\w'’\-]))?")


# a numbered street typed in small letters in a note ("customer moved from 79 mafeking grove last year"): the
# number, one to three words, and a type word that names nothing else in a sentence (not "walk", "view",
# "green", "park": "a 5 minute walk"); not after a quantity's word
_SMALL_STREET = re.compile(
    r"(?<![\w\-/.:£$])(?P<value>\d{1,4}[a-z]?[ \t]+(?!(?:minutes?|mins?|hours?|days?|weeks?|miles?|metres?|meters?|"
    r"yards?|feet|foot|times?|lane|way|road)\b)(?:[a-z][a-z'’\-]{2,}[ \t]+){1,3}"
    r"(?:road|street|avenue|lane|close|drive|crescent|grove|terrace|gardens|mews|rise|parade|boulevard)"
    # (a Welsh street, its type first and then its name's one or two words, "lives at 96 heol y bryn"; a word
    # of the type's own language after it: "maes" and "cae" alone are fields, not streets, so only with "y"/"yr")
    r"|\d{1,4}[a-z]?[ \t]+(?:heol|ffordd|lôn|lon|stryd|rhodfa|cilgant|cwrt|clos|teras|rhes)[ \t]+(?:y|yr)[ \t]+"
    r"[a-zâêîôûŵŷ][a-zâêîôûŵŷ'’\-]{2,}"
    # (with no article, a name's one or two words where the address ends: a comma, the line's end, the sentence's
    # next small word; "2 heol readings taken" is no street; "lon" alone is a longitude's)
    r"|\d{1,4}[a-z]?[ \t]+(?:heol|ffordd|lôn|stryd|rhodfa|cilgant)[ \t]+"
    r"[a-zâêîôûŵŷ][a-zâêîôûŵŷ'’\-]{2,}(?:[ \t]+[a-zâêîôûŵŷ]{3,})??"
    r"(?=[ \t]*(?:[,.;\n)]|$)|[ \t]+(?:instead|and|or|but|on|at|in|to|for|with|was|is|the|last|yesterday|today)\b)"
    r"|\d{1,4}[a-z]?[ \t]+(?:maes|cae|bryn|pen|tan|glan|coed|nant)[ \t]+(?:y|yr)[ \t]+[a-zâêîôûŵŷ][a-zâêîôûŵŷ'’\-]{2,})"
    r"(?![\w'’\-])")


def find_small_streets(text: str) -> Iterator[Finding]:
    if len(text) >= PERSON_SIZED:
        return
    for match in _SMALL_STREET.finditer(text):
        yield Finding(match.start("value"), match.end("value"), Kind.ADDRESS, "pattern")


def find_house_addresses(text: str) -> Iterator[Finding]:
    """An address that opens with a house's name and has no house number: "attended Ty Gwyn, Oakapple Grove,
    Mardenfield on …", "cust at orchard house, marlpit rise". The house's name alone is a pair of words many
    things have; with a street after its comma it is an address."""
    if len(text) >= PERSON_SIZED:
        return
    for match in _HOUSE_THEN_STREET.finditer(text):
        house = match.group("house").split()
        if NOT_A_HOUSE.match(house[-1]) or (NOT_A_HOUSE.match(house[0]) and not _HOUSE_OPENING.fullmatch(house[0])) \
                or house[0] == "the":  # a sentence's "the house, Station Road works", not "The Granary"
            continue
        end = match.end("town") if match.group("town") and not NOT_A_HOUSE.match(match.group("town")) \
            else match.end("street")
        yield Finding(match.start("house"), end, Kind.ADDRESS, "pattern")


# a line of an address block: a house's name, a street (a number perhaps before it), a locality or a town;
# capitalised words or capitals, with commas, apostrophes, hyphens; no sentence's punctuation or label
_BLOCK_LINE = re.compile(r"[ \t>]*(?P<part>(?:\d{1,4}[A-Za-z]?,?[ \t]+)?[A-ZŴŶ][A-Za-zŵŷ'’\-]*(?:,?[ \t]+"
                         r"(?:[A-ZŴŶ][A-Za-zŵŷ'’\-]*|upon|on|in|by|le|the|de|y|yr|of))"
                         r"{0,5})[ \t]*,?[ \t]*\r?")
_MOST_BLOCK_LINES = 4


def find_address_block(text: str, postcodes: list[Finding]) -> Iterator[Finding]:
    """The lines of a letter's or a form's address block above its postcode, one part to a line and none
    with a number a pattern would know ("Hafod Wen" / "Ferndene Way" / "Caerwenlli" / "LL27 8SX"): the
    postcode opens its line, and the lines above it up to a blank line (four at most) are place words."""
    for postcode in postcodes:
        line_start = text.rfind("\n", 0, postcode.start) + 1
        if text[line_start:postcode.start].strip(" \t>"):
            continue  # not the first thing on its line
        parts: list[tuple[int, int]] = []
        end = line_start - 1
        while end > 0 and len(parts) < _MOST_BLOCK_LINES:
            start = text.rfind("\n", 0, end) + 1
            gap = _column_gap(text, start, end)
            line = _BLOCK_LINE.fullmatch(text, start, gap.start() if gap is not None else end)
            if gap is not None and text[gap.end():gap.end() + 1] in ":=":
                break  # a listing's "SiteAddress    : 95 Ropewalk Walk": a label, no part of an address
            if line is None or starts_with_status(line.group("part")) or NOT_A_TOWN.match(line.group("part")):
                break
            parts.append(line.span("part"))
            end = start - 1
        if parts and (end <= 0 or not text[text.rfind("\n", 0, end) + 1:end].strip() or len(parts) >= 2):
            for start, stop in parts:
                yield Finding(start, stop, Kind.ADDRESS, "pattern")


# short capitals and numbers only: a code's parts, no place's words
_A_CODE = re.compile(r"(?:[A-Z]{1,3}|\d{1,3})(?:[ _](?:[A-Z]{1,3}|\d{1,3})){2,}")


def find_address_before(text: str, postcodes: list[Finding]) -> Iterator[Finding]:
    """For each postcode, the comma- or slash-separated parts just before it on the same line that read
    as an address (place words, at most five), up to four of them; each part its own finding, so the
    commas between them (a CSV file's delimiters) stay. And a street typed in small letters, with its
    town, just before the postcode (``_TYPED_BEFORE_POSTCODE``)."""
    for postcode in postcodes:
        line_start = text.rfind("\n", 0, postcode.start) + 1
        before = text[line_start:postcode.start]
        typed = _TYPED_BEFORE_POSTCODE.search(before, max(0, len(before) - 120))
        if typed is not None:
            yield Finding(line_start + typed.start(), line_start + len(before.rstrip(" \t,")), Kind.ADDRESS, "pattern")
        cut = len(before)
        for parts in range(4):
            # (quotes round the parts are an SQL row's or a list's: "'141 Belvoir Grove', 'Hexworthy', 'CV19 0DF'")
            segment = before[:cut].rstrip(" \t'\"")
            if parts == 0:  # (a postcode in brackets after its town: "… in Lostwithiel (SW1W 4DU)")
                segment = segment.rstrip("([").rstrip(" \t")
            if not segment or (parts > 0 and segment[-1] not in ",/"):
                break
            if segment[-1] in ",/":
                segment = segment[:-1].rstrip(" \t'\"")
            # (two blanks or more part a fixed-width table's columns: "Objected    Peregrine Hallworth LU2 8ZZ")
            gap = segment.rfind("  ")
            boundary = max(max(segment.rfind(c) for c in ",/:=\t|;\"'()[]{}<>"), gap + 1 if gap >= 0 else -1)
            piece = _LEADING_LOWER.sub("", segment[boundary + 1:].strip())  # "premises Meadow View"
            piece = _without_a_leading_label(piece)  # a screen's row read as one: "SUPPLY ADDRESS 31 Lychgate Walk"
            if segment[boundary:boundary + 1] == ":" and segment[boundary - 1:boundary].isdigit():
                piece = _TIME_END.sub("", piece)  # "…T16:48:33Z", "12:30 Rose Cottage": the time's end is no house number
            whole = bool(piece) and (bool(_PART.fullmatch(piece)) or _long_place(piece))
            if piece and not whole:
                piece = _place_words_ending(piece)  # "Arrived at Pen y Bryn": the words of a place at its end
            if not piece or classify(piece) is not None:
                break  # (nor a label: "Postcode<TAB>TR1 5PS" in a details pane names the value, no town)
            if "_" in segment[boundary + 1:] or _A_CODE.fullmatch(piece):
                break  # a folder's or a key's name, a test case's ("evidence/TC_FM_TS_5_TC_36/BT78BZ_site_photo.png",
                # read with its underscores as blanks: "TC FM TS 5 TC 36")
            if piece.isdigit() and not segment[:len(segment) - len(piece)].strip():
                break  # a printed frame's row index alone before the postcode ("0  CF14 6FL  2026-08-07")
            # (where the words stand as written: the place's words may be set apart by runs of blanks, which
            # _place_words_ending read as single spaces)
            written = _last_written(piece.split(), segment)
            if written is None:
                break
            cut, end = written
            yield Finding(line_start + cut, line_start + end, Kind.ADDRESS, "pattern")
            if not whole or boundary < 0 or segment[boundary] not in ",/":
                break


def _last_written(words: list[str], segment: str) -> tuple[int, int] | None:
    """Where ``words`` stand last in ``segment`` in order, set apart by blanks (a pattern built per row would be
    compiled afresh for each of a register's thousands of rows: the regex cache holds 512)."""
    first, end = words[0], len(segment)
    while (found := segment.rfind(first, 0, end)) >= 0:
        stop = found + len(first)
        for word in words[1:]:
            after = stop
            while after < len(segment) and segment[after] in " \t":
                after += 1
            if after == stop or not segment.startswith(word, after):
                break
            stop = after + len(word)
        else:
            return found, stop
        end = found + len(first) - 1
    return None


# (and a form's or a spreadsheet's short date and time: "12/4/26 9:00", Microsoft Forms' and Excel's)
_TIMESTAMP = re.compile(
    r"(?<![\d])(?:\d{4}[-/.]\d{2}[-/.]\d{2}|\d{2}[-/.]\d{2}[-/.]\d{4}|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2}))"
    r"(?:[ T_]{1,2}(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[:.][0-5]\d(?:[.,]\d{1,9})?)?)?(?![\d])"
    r"|(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d:[0-5]\d(?:[.,]\d{1,9})?(?![\d:])")


def _overlaps_time(text: str, start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in timestamp_spans(text, start, end))


def timestamp_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Dates and times around ``start:end`` (looking 30 characters either side)."""
    low, high = max(0, start - 30), min(len(text), end + 30)
    return [m.span() for m in _TIMESTAMP.finditer(text, low, high)]
