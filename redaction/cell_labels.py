"""Labels inside one cell of a screen and the values that follow them in the same cell.

OCR runs a label and its value together when they sit close: ``MPAN: 1200…``, ``Meter serial
S06DS…``, ``mpan=1200…`` in a log, ``"msn": "…"`` in a payload viewer, an XML element, and even
``MSNR68ZY69522`` when it drops the space. The value is masked whatever it reads as; how far it runs
depends on its kind (an MPAN is its digits, a name the words up to the next field). A label alone in
its cell is reported as standalone, for the layout rules (:mod:`layout`) to find its value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .findings import DIGITS_ONLY, Kind
from .ocr import Box, Word, union
from .screen import Cell, ImageFinding
from .screen_labels import STRONG, VOCABULARY, is_common_label, is_known_non_identifier, label_kind, plausible_value
from .shapes import STATUS_WORDS
from .register import ocr_fold


def words_box(words: list[Word]) -> Box:
    return union([w.box for w in words])


@dataclass
class Label:
    kind: Kind
    cell: Cell
    box: Box
    standalone: bool
    value: Box | None = None  # where an inline label's value is


_KEY_IN_WORD = re.compile(r"""^["'(\[{<]?(?P<key>[A-Za-z][A-Za-z0-9_.\-]{0,40}?)["']?\s*(?P<op>=|:)(?P<value>.*)$""")
_SEPARATOR_WORDS = {":", "=", "-", "–", "#", "is", "no", "no.", ":-"}


def _alnum(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _next_is_key(word: Word) -> bool:
    match = _KEY_IN_WORD.match(word.text)
    return bool(match and (label_kind(match.group("key")) or is_common_label(match.group("key"))))


LABEL_COLON = re.compile(r"^[A-Za-z][A-Za-z .'/()\-]{0,40}:\s")
_XML_OPEN = re.compile(r"^<(?:[A-Za-z_][\w.\-]*:)?(?P<tag>[A-Za-z_][\w.\-]*)(?:\s[^>]*)?>(?P<value>.*)$")
_STRONG_PREFIXES = sorted((label for label, kind in VOCABULARY.items() if kind in STRONG and len(label) >= 3),
                          key=len, reverse=True)
# a strong label inside a word that OCR ran together: "…·DIPIDDIP-C8FCCFCE·MSNR07617716"
_EMBEDDED = re.compile(r"(?i)(?<=[^A-Za-z0-9])(?P<label>" + "|".join(_STRONG_PREFIXES) + r")[:=#\-–]?(?=[A-Za-z0-9])")


_VALUE_SHAPES = {
    Kind.MPAN: re.compile(r"[\dOoIl|](?:[ \-–.]?[\dOoIl|])*"),
    Kind.MPRN: re.compile(r"[\dOoIl|](?:[ \-.]?[\dOoIl|])*"),
    Kind.DEVICE: re.compile(r"[0-9A-Fa-f]{2}(?:[-:. ]?[0-9A-Fa-f]{2})*"),  # (a dotted "000d.6fcd.f4ba.6d0a" too)
    Kind.PHONE: re.compile(r"\+?[\d(][\d ()\-]*\d"),
    Kind.MSN: re.compile(r"[A-Za-z0-9][A-Za-z0-9\-/]*"),
    Kind.POSTCODE: re.compile(r"[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}"),
}


def _too_short_for_a_device(value: str) -> bool:
    """Fewer than twelve hex digits at the start: no device id, even one OCR dropped a pair of (an EUI-64 has 16)."""
    match = _VALUE_SHAPES[Kind.DEVICE].match(value)
    return match is None or sum(ch in "0123456789abcdefABCDEF" for ch in match.group()) < 12


def _value_length(kind: Kind, text: str) -> int:
    """How much of a token glued to its label is the value: ``1201766426654·CorrelationID…`` is 13
    characters of MPAN and then the next field, which OCR ran into it."""
    shape = _VALUE_SHAPES.get(kind)
    if shape is None:
        return len(text)
    match = shape.match(text)
    if not match or match.end() < 4:
        return len(text)
    return min(len(text), match.end())


class _CellScan:
    """Labels in one cell, and the values that follow inline labels in the same cell."""

    def __init__(self, cell: Cell) -> None:
        self.cell = cell
        self.words = cell.words
        self.labels: list[Label] = []
        self.found: list[ImageFinding] = []

    def value(self, kind: Kind, boxes: list[Box], words: list[Word], text: str | None = None,
              cut: tuple[bool, bool] = (False, False)) -> None:
        if boxes:
            text = " ".join(w.text for w in words) if text is None else text
            if is_known_non_identifier(text.strip(" .,;:")):
                return  # a test's or a flow's reference after the label ("Customer ref  MPAN-REF-20"): named instead
            self.found.append(ImageFinding(kind, union(boxes), "label", text, cut))

    def run(self) -> tuple[list[Label], list[ImageFinding]]:
        for word in self.words:
            self.embedded(word)
        i = 0
        while i < len(self.words):
            for step in (self.key_in_word, self.xml_in_word, self.glued, self.glued_phrase, self.phrase):
                after = step(i)
                if after is not None:
                    if after < 0:  # the whole cell is one label
                        return self.labels, self.found
                    i = max(i + 1, after)
                    break
            else:
                i += 1
        return self.labels, self.found

    def key_in_word(self, i: int) -> int | None:
        """``mpan=1200…``, ``"msn":``, ``DeviceId:00-1B…`` (logs, query strings, JSON)."""
        word = self.words[i]
        match = _KEY_IN_WORD.match(word.text)
        if not match or len(match.group("key")) < 2:
            return None
        kind = label_kind(match.group("key"))
        if kind is None:
            return None
        if not match.group("value").strip("\"' ,;") and i + 1 == len(self.words):
            return None  # "Town:" with nothing after it in the cell: a label whose value is elsewhere
        self.labels.append(Label(kind, self.cell, word.span_box(0, match.start("op") + 1), False))
        boxes: list[Box] = []
        taken: list[Word] = []
        if match.group("value").strip("\"' ,;"):
            start = match.start("value")
            start += len(match.group("value")) - len(match.group("value").lstrip("\"' "))
            length = _value_length(kind, word.text[start:])
            boxes.append(word.span_box(start, start + length))
            taken.append(word)
            text = word.text[start:start + length]
            cut = (True, start + length < len(word.text))
        else:
            text = ""
            cut = (False, False)
        j = i + 1
        if not boxes and j < len(self.words):
            boxes.append(self.words[j].box)
            taken.append(self.words[j])
            text = self.words[j].text
            j += 1
        if kind in (Kind.NAME, Kind.ADDRESS):  # free text runs to the next key=
            while j < len(self.words) and not _next_is_key(self.words[j]) and not self.words[j].text.endswith(":"):
                boxes.append(self.words[j].box)
                taken.append(self.words[j])
                text += " " + self.words[j].text
                j += 1
                cut = (cut[0], False)
        self.value(kind, boxes, taken, text, cut)
        return j

    def xml_in_word(self, i: int) -> int | None:
        """``<sr:MeterSerialNumber>G4A61542718</sr:MeterSerialNumber>`` in a payload viewer."""
        word = self.words[i]
        match = _XML_OPEN.match(word.text)
        if not match:
            return None
        kind = label_kind(match.group("tag"))
        if kind is None:
            return None
        self.labels.append(Label(kind, self.cell, word.span_box(0, match.start("value")), False))
        boxes: list[Box] = []
        taken: list[Word] = []
        j = i
        start = match.start("value")
        while j < len(self.words):
            text = self.words[j].text
            end = text.find("</", start if j == i else 0)
            stop = len(text) if end < 0 else end
            first = start if j == i else 0
            if stop > first:
                boxes.append(self.words[j].span_box(first, stop))
                taken.append(self.words[j])
            j += 1
            if end >= 0:
                break
        self.value(kind, boxes, taken, cut=(True, True))
        return j

    def embedded(self, word: Word) -> None:
        for match in _EMBEDDED.finditer(word.text):
            kind = VOCABULARY[match.group("label").lower()]
            rest = word.text[match.end():]
            length = _value_length(kind, rest)
            if sum(ch.isdigit() for ch in rest[:length]) < 3 or kind is Kind.DEVICE and _too_short_for_a_device(rest):
                continue
            self.labels.append(Label(kind, self.cell, word.span_box(match.start(), match.end()), False))
            self.value(kind, [word.span_box(match.end(), match.end() + length)], [word], rest[:length],
                       (True, match.end() + length < len(word.text)))

    def glued(self, i: int) -> int | None:
        """``MSNR68ZY69522``, ``MPAN2045659568995``: OCR dropped the space after a label."""
        word = self.words[i]
        lead = len(word.text) - len(word.text.lstrip("-–·|,;:([{\"'"))
        key = word.text[lead:].lower()
        for prefix in _STRONG_PREFIXES:
            if not key.startswith(prefix):
                continue
            rest = word.text[lead + len(prefix):].lstrip(":=#-–")
            if sum(ch.isdigit() for ch in rest) < 3:
                return None
            kind = VOCABULARY[prefix]
            if kind in DIGITS_ONLY and not rest[:1].isdigit() and not ocr_fold(rest[:1]).isdigit():
                return None  # "MPAN-REF-12284": a reference named after an MPAN, not an MPAN's label and digits
            if kind is Kind.DEVICE and _too_short_for_a_device(rest):
                return None  # "IHD-4471": a pairing code, a device's own short name, no device id
            start = len(word.text) - len(rest)
            self.labels.append(Label(kind, self.cell, word.span_box(lead, lead + len(prefix)), False))
            length = _value_length(kind, rest)
            self.value(kind, [word.span_box(start, start + length)], [word], rest[:length],
                       (True, start + length < len(word.text)))
            return i + 1
        return None

    def glued_phrase(self, i: int) -> int | None:
        """A label whose last word OCR ran into the value: "Supply address159 Park View"."""
        words = self.words
        for n in range(min(5, len(words) - i), 0, -1):
            last = words[i + n - 1]
            match = re.match(r"^([A-Za-z]{2,}):?(\d.*)$", last.text)
            if not match:
                continue
            label = " ".join([w.text for w in words[i:i + n - 1]] + [match.group(1)])
            kind = label_kind(label)
            if kind is None or (n == 1 and len(match.group(1)) < 3):
                continue
            start = len(last.text) - len(match.group(2))
            value = [last, *words[i + n:]] if kind in (Kind.NAME, Kind.ADDRESS) else [last]
            boxes = [last.span_box(start, len(last.text))] + [w.box for w in value[1:]]
            text = " ".join([match.group(2)] + [w.text for w in value[1:]])
            self.labels.append(Label(kind, self.cell, union([w.box for w in words[i:i + n - 1]]
                                                           + [last.span_box(0, start)]), False, union(boxes)))
            self.value(kind, boxes, value, text, (True, False))
            return i + n + len(value) - 1
        return None

    def phrase(self, i: int) -> int | None:
        """A label of one to five words: alone in the cell, or followed by its value."""
        words, cell = self.words, self.cell
        for n in range(min(5, len(words) - i), 0, -1):
            phrase_words = words[i:i + n]
            phrase = " ".join(w.text for w in phrase_words)
            kind = label_kind(phrase)
            if kind is None:
                continue
            rest = words[i + n:]
            if i == 0 and not [w for w in rest if _alnum(w.text) and len(w.text) > 1]:
                self.labels.append(Label(kind, cell, words_box(phrase_words), True))
                return -1
            if phrase.rstrip().endswith(("…", "...")):
                continue  # a cut-off word ("Change of sup…") names a column only as a whole header cell
            colon = phrase.rstrip().endswith((":", "=")) or bool(rest and rest[0].text in (":", "=", ":-"))
            explicit = colon
            # "Customer name      Jane Smith" read as one block: a gap wider than a space ends the label
            # (a space is about 0.15 of a detected line's height, a form's label-value gap 0.35 or more)
            # (or detection split them into two blocks)
            spaced = bool(rest) and (rest[0].box[0] - phrase_words[-1].box[2] >= 0.3 * cell.height
                                     or rest[0].segment != phrase_words[-1].segment >= 0)
            rest_text = " ".join(w.text for w in rest)
            if not colon and i == 0 and spaced and (label_kind(rest_text) is not None or rest_text.endswith(":")):
                spaced = False  # two labels side by side ("Meter serial no    Supply address")
            # a specific label of two words or more ("Supply address", "Customer name") opening a block is
            # followed by its value even when right-aligned labels leave no visible gap; one word
            # ("Customer", "Address") may open a sentence, and needs the gap
            specific = n >= 2 and i == 0 and bool(rest) and label_kind(rest_text) is None
            colon = colon or (i == 0 and spaced) or specific
            if not colon and kind not in STRONG:
                continue
            value: list[Word] = []
            for k, w in enumerate(rest):
                if not value and w.text.lower() in _SEPARATOR_WORDS:
                    continue
                if value and (w.text.endswith(":") or _next_is_key(w)):
                    break
                if value and kind in (Kind.NAME, Kind.ADDRESS) and (_A_REFERENCE.fullmatch(w.text)
                                                                    or _A_STATUS.fullmatch(w.text)):
                    break  # the next cell of a grid set close ("... Quarry Bank SIT-4364", "... Approach Queued")
                if value and kind in NUMBER_KINDS and not number_word(w.text):
                    break  # a number's words hold digits: "Account number 4031 8827 55 Amount due £218.64 …"
                if value and kind in NUMBER_KINDS and _NOT_THE_VALUE.fullmatch(w.text):
                    break  # a register's reference or a version after the number: "MPAN 1020… (MPAN-REF-25)"
                if not value and kind in NUMBER_KINDS and w.text.isalpha() and \
                        (not explicit or not _ALL_HEX.fullmatch(w.text)):
                    # a title's next word, not a number ("Registration - MPAN   details" set apart), or a
                    # status where the number would be ("Comms hub: CHF installed")
                    break
                if not colon and not any(ch.isdigit() for ch in w.text):
                    # "MPAN 1200 ..." without a colon: digits follow a strong label, words do not
                    if value or k > 0 or not plausible_value(kind, w.text):
                        break
                value.append(w)
                if not colon and len(value) >= 6:
                    break
            if not value:
                continue
            if not colon and i > 0 and not plausible_value(kind, " ".join(w.text for w in value)):
                continue  # mid-sentence, only a value of the label's shape
            if kind is Kind.NAME and not explicit and value[0].text[:1].islower():
                continue  # "Landlord statement · Supply points": a title's words, no person's name after it
            boxes = [w.box for w in value]
            shown = " ".join(w.text for w in value)
            glued = _GLUED_AFTER.search(value[-1].text) if kind in NUMBER_KINDS else None
            cut = glued.start() if glued is not None else 0
            if cut:
                # "00-1C-9B-0D-00-B0-0C-2D·v1.11.10": the id, not its firmware
                boxes[-1] = value[-1].span_box(0, cut)
                shown = " ".join([*(w.text for w in value[:-1]), value[-1].text[:cut]])
            self.labels.append(Label(kind, cell, words_box(phrase_words), False, union(boxes)))
            self.value(kind, boxes, value, shown, (False, cut > 0))
            return words.index(value[-1]) + 1
        return None


_ALL_HEX = re.compile(r"[0-9A-Fa-f]{6,}")
# what follows a number in a row and is none of it: a register's reference in brackets, a firmware's version
_NOT_THE_VALUE = re.compile(r"[(\[]?[A-Z]{2,6}(?:-[A-Z]{1,6})*-\d{1,6}[)\]]?[.,;]?|[(\[]?v?\d{1,3}(?:\.\d{1,3}){2,3}[)\]]?[.,;]?")
# ...glued to its last word by a middle dot or a bullet the reader took for no gap
_GLUED_AFTER = re.compile(r"[·•]\s*(?:v?\d{1,3}(?:\.\d{1,3}){2,3}|[(\[]?[A-Z]{2,6}-)")
# kinds whose value is a number or a code: its words each hold a digit, and a word without one ends it
NUMBER_KINDS = frozenset({Kind.MPAN, Kind.MPRN, Kind.MSN, Kind.ACCOUNT, Kind.PHONE, Kind.DEVICE})


def number_word(text: str) -> bool:
    """Can this word be part of such a value: it holds a digit, and is no amount of money ("£218.64")?"""
    return any(ch.isdigit() for ch in text) and not text.startswith(("£", "$", "€"))
# a test case, message or ticket reference: capitals, then a number after a hyphen ("SIT-4364",
# "MHHS-DI-097", "PUB-025", "IF-021"), or an underscored one ("FM_TS_1_TC_17")
_A_STATUS = re.compile(rf"(?i:{STATUS_WORDS})")
_A_REFERENCE = re.compile(r"[A-Z]{2,6}(?:-[A-Z]{1,6})*-\d{2,6}|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+){2,}")


def scan_cell(cell: Cell) -> tuple[list[Label], list[ImageFinding]]:
    """Labels in one cell, and the values that follow inline labels in the same cell."""
    return _CellScan(cell).run()
