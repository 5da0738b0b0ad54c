"""Is the step's expected result on the screenshot? Looked for in what redaction's OCR already read.

A test script's expected result often names something a person would look for on the screen: a status
("the status changes to 'Active'"), a message ('"Registration successful" is displayed'), a value
("reading 01234.5 kWh", "flow D0010"). Attest takes those phrases from the expected result, looks for them
in the words OCR read while redacting the capture (no second reading), and says which were found where the
stored image still shows them: a phrase read only inside a mask is not seen, because the evidence does not
show it. The answer is a pointer for the tester and the assurer, never a verdict.

What counts as named (see :func:`phrases`):
- text in quotes ("…", '…', “…”, ‘…’, «…»), when there is any: the author marked exactly what to look for;
- otherwise a word in capitals that is a state, not an acronym (ACTIVE, not LDSO), a value holding a
  digit (D0010, 01234.5, ERR-042, £12.50, 4.2.1; not "step 3" or "30 seconds"), and the words after
  "status", "message", "shows", "displays" and the like when they start with a capital ("the status
  changes to Energised");
- a redaction placeholder ([MPAN-1]: an identifier the import masked), which is never seen.
An expected result that names none of these ("the page loads") has nothing to look for: no answer.

Matching is forgiving where OCR is unreliable and strict where a near miss means something else: case,
spacing and punctuation are ignored, and a phrase may wrap onto the next line of its block (a table
cell); a long word of letters may have one character in eight misread ("Regislration"), but may not
grow ("unsuccessful" does not show "successful"); a word holding a digit must be read exactly (01234.6
is not 01234.5). A phrase starts and ends on word boundaries (a hyphen joins: "De-energised" does not
show "Energised"), and "not"/"no"/"non" just before it ("Not accepted") means it was not seen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from attest.core.model import ExpectedSeen, mask_covers
from attest.redaction.ocr import Word, group_lines

Box = tuple[int, int, int, int]

_QUOTED = re.compile(r"""(?:(?<![\w'’])'([^'\n]{1,80}?)'(?![\w'])|"([^"\n]{1,80}?)"|“([^”\n]{1,80}?)”"""
                     r"""|‘([^’\n]{1,80}?)’(?!\w)|«([^»\n]{1,80}?)»)""")
# capitals that name a thing, not a state a screen shows
_ACRONYMS = frozenset("""MPAN MPANS MPRN MPRNS MSN DCC DIP MHHS SMETS SMETS1 SMETS2 UTC GMT BST ID IDS API UI URL
    XML JSON CSV HTTP HTTPS REST SOAP SQL PDF UK GB IHD PPMID CAD ESME GSME GPF CHF HAN WAN SM SMKI DUIS GBCS SRV
    MDR DNO IDNO UIT SIT UAT QT ADO NA N/A TBC TBD THE AND OR OF IN ON A AN IS BE TO FOR WITH""".split())
_VALUE = re.compile(r"(?<![\w.])[£$€]?[A-Za-z]{0,6}[-/]?\d[\w./:,-]*\d?%?(?![\w])")
_CAPITALS = re.compile(r"\b[A-Z][A-Z_-]*[A-Z]\b")
_CUE = re.compile(r"\b(?:status|state|message|messages|banner|alert|error|notification|label|shows?|showing|"
                  r"displays?|displayed|reads?|says?|changes? to|set to|becomes?|updated to|is now|returns?|"
                  r"returned|as|to|is|are|=|:)(?:\b|(?<=[=:]))[\s:=]*(?:(?:is|of|as|to|the|a|an)\s+)*"
                  r"((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,3})")
_STEP_WORDS = re.compile(r"^(?:step|steps|section|page|row|table|figure)$", re.IGNORECASE)
_JOINERS = frozenset("-‐‑–'’")
_PLACEHOLDER = re.compile(r"\[[A-Z][A-Z0-9_]*-\d+\]")  # what redaction writes for an identifier: [MPAN-1]
_NEGATIONS = frozenset({"not", "no", "un", "non", "never", "isnt", "wasnt", "didnt", "cannot", "nt"})


def phrases(expected: str) -> tuple[str, ...]:
    """What the expected result names that could be read on a screen (see the module's note); in order,
    without repeats; empty when it names nothing in particular. A redaction placeholder (``[MPAN-1]``: an
    identifier the import masked) is named too, and is never seen: the evidence masks it as well."""
    text = " ".join((expected or "").split())
    if not text:
        return ()
    hidden = [m.group(0) for m in _PLACEHOLDER.finditer(text)]
    text = " ".join(_PLACEHOLDER.sub(" ", text).split())
    quoted = [next(g for g in m.groups() if g is not None).strip() for m in _QUOTED.finditer(text)]
    quoted = [q for q in quoted if _letters_or_digits(q)]
    if quoted or hidden:
        return _unique([*hidden, *quoted])
    found: list[tuple[int, str]] = []
    for match in _CUE.finditer(text):
        words = [w for w in match.group(1).split() if w.upper() not in _ACRONYMS or w != w.upper()]
        if words and not _STEP_WORDS.match(words[0]):
            found.append((match.start(1), " ".join(words)))
    for match in _VALUE.finditer(text):
        token = match.group(0).rstrip(".,:")
        before = text[:match.start()].split()[-1:] if match.start() else []
        if before and _STEP_WORDS.match(before[0].strip(":")):
            continue  # "step 3", "section 4.2": where in the script, not what the screen shows
        digits = sum(c.isdigit() for c in token)
        # a code or a reading (D0010, 01234.5, £12.50, 404), not a count or a limit ("within 30 seconds")
        if digits and (digits >= 3 or any(c.isalpha() for c in token) or any(c in ".,£$€%" for c in token)):
            found.append((match.start(), token))
    for match in _CAPITALS.finditer(text):
        word = match.group(0)
        # a state in capitals (ACTIVE, REJECTED), not an acronym (LDSO, SMETS): long, and spoken as a word
        vowels = sum(c in "AEIOUY" for c in word)
        if len(word) >= 5 and vowels >= 2 and word not in _ACRONYMS and not any(word in p for _at, p in found):
            found.append((match.start(), word))
    found.sort()
    # a value inside a cue phrase ("status D0010 Accepted") is not looked for twice
    kept = [p for _at, p in found]
    kept = [p for p in kept if not any(p != q and _norm(p) in _norm(q) for q in kept)]
    return _unique(kept)


def look_for(expected: str, step: int, words: Sequence[Word], masks: Iterable[Sequence[int]]) -> ExpectedSeen | None:
    """The phrases of ``expected`` read in ``words`` outside ``masks`` (boxes, x0 y0 x1 y1); None when
    the expected result names nothing to look for."""
    wanted = phrases(expected)
    if not wanted:
        return None
    covered = [tuple(int(v) for v in box[:4]) for box in masks]
    lines = _lines(words)
    found: list[str] = []
    boxes: list[Box] = []
    for phrase in wanted:
        box = _find(phrase, lines, covered)
        if box is not None:
            found.append(phrase)
            boxes.append(box)
    return ExpectedSeen(step, wanted, tuple(found), tuple(boxes))


# -- reading -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Text:
    """A line (or two lines joined, for a phrase wrapped at its end) as compact characters: letters and
    digits only, folded, each with the word and the character in it that it came from."""

    chars: str
    places: tuple[tuple[int, int], ...]  # (word index, character index in the word)
    words: tuple[Word, ...]
    starts: frozenset[int]  # positions where a word starts (a word boundary)

    @property
    def tokens(self) -> list[tuple[int, int]]:
        """(start, end) of each word read, in ``chars``."""
        edges = sorted(self.starts)
        return [(a, b) for a, b in zip(edges, [*edges[1:], len(self.chars)], strict=True) if b > a]


def _lines(words: Sequence[Word]) -> list[_Text]:
    lines = [line.words for line in group_lines(list(words))]
    texts = [_text(line) for line in lines]
    # a phrase may wrap: each line joined with the next, and each block of text (a table cell, a label)
    # with the block just under it that starts where it starts (a cell's text wrapped onto its next line,
    # however close: a tight wrap can even be grouped into one line with its first half)
    texts += [_text([*a, *b]) for a, b in zip(lines, lines[1:], strict=False)]
    blocks = sorted(_blocks(words), key=lambda b: _span(b)[1])
    for index, top in enumerate(blocks):
        x0, y0, _x1, y1 = _span(top)
        height = max(1, y1 - y0)
        for under in blocks[index + 1:]:
            u0, v0, _u1, _v1 = _span(under)
            if v0 - y1 > 1.5 * height:
                break  # sorted by top: every later block is further down
            if v0 >= y0 + height / 2 and abs(u0 - x0) <= 1.5 * height:
                texts.append(_text([*top, *under]))
    return texts


def _blocks(words: Sequence[Word]) -> list[list[Word]]:
    """The words grouped by the text block OCR found them in (a gap on screen starts a new one), each in
    reading order."""
    blocks: dict[int, list[Word]] = {}
    for word in words:
        blocks.setdefault(word.segment, []).append(word)
    return [sorted(block, key=lambda w: w.box[0]) for block in blocks.values()]


def _span(block: Sequence[Word]) -> Box:
    return (min(w.box[0] for w in block), min(w.box[1] for w in block), max(w.box[2] for w in block),
            max(w.box[3] for w in block))


def _text(line: Sequence[Word]) -> _Text:
    chars: list[str] = []
    places: list[tuple[int, int]] = []
    starts: set[int] = set()
    for w_index, word in enumerate(line):
        fresh = True
        for c_index, char in enumerate(word.text):
            folded = _fold(char)
            if not folded:
                # punctuation inside a word is a boundary ("Status:Active" read as one word), but a hyphen or
                # an apostrophe joins ("De-energised" is not "Energised")
                fresh = fresh or char not in _JOINERS
                continue
            if fresh:
                starts.add(len(chars))
                fresh = False
            chars.append(folded)
            places.append((w_index, c_index))
    return _Text("".join(chars), tuple(places), tuple(line), frozenset(starts))


def _fold(char: str) -> str:
    return char.casefold() if char.isalnum() else ""


def _norm(text: str) -> str:
    return "".join(_fold(c) for c in text)


def _find(phrase: str, lines: Sequence[_Text], masks: Sequence[Box]) -> Box | None:
    """Where ``phrase`` is read outside the masks, or None. Spaces and punctuation aside, the phrase must
    be read exactly, or word for word with each word of letters allowed one misread character in eight
    (a word may not grow: "successful" is not read in "unsuccessful"), and a word holding a digit exactly."""
    if _PLACEHOLDER.fullmatch(phrase):
        return None  # an identifier the import masked: the evidence masks it too
    target = _norm(phrase)
    words = [w for w in (_norm(part) for part in re.split(r"[\s/]+", phrase)) if w]
    if not target:
        return None
    for line in lines:
        for start, end in _places(target, words, line):
            if _negated(line, start):
                continue
            box = _box(line, start, end)
            if not any(mask_covers(mask, box) for mask in masks):
                return box
    return None


def _places(target: str, words: Sequence[str], line: _Text) -> Iterable[tuple[int, int]]:
    """(start, end) in ``line.chars`` of each reading of the phrase that starts and ends on word boundaries."""
    at = line.chars.find(target)
    while at >= 0:  # read exactly, however OCR spaced it ("Registrationsuccessful", "Registr ation")
        end = at + len(target)
        if at in line.starts and (end == len(line.chars) or end in line.starts):
            yield at, end
        at = line.chars.find(target, at + 1)
    tokens = line.tokens
    for first in range(len(tokens) - len(words) + 1):
        if all(_close(word, line.chars[a:b]) for word, (a, b) in zip(words, tokens[first:first + len(words)],
                                                                        strict=False)):
            yield tokens[first][0], tokens[first + len(words) - 1][1]


def _close(word: str, read: str) -> bool:
    """One word of the phrase against one word read: exact with a digit in it, else a misread character
    in eight (substituted, or one dropped), never more characters than the word has."""
    if word == read:
        return True
    if any(c.isdigit() for c in word) or len(read) > len(word) or len(word) < 8:
        return False
    return _distance(word, read) <= len(word) // 8


def _distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, start=1):
        current = [i]
        for j, y in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def _negated(line: _Text, start: int) -> bool:
    """"Not accepted", "non-compliant", "un-registered": the token just before the phrase negates it."""
    previous = max((s for s in line.starts if s < start), default=None)
    return previous is not None and line.chars[previous:start] in _NEGATIONS


def _box(line: _Text, start: int, end: int) -> Box:
    """The pixels of characters ``start``..``end`` of the line (spanning words where they do)."""
    first_word, first_char = line.places[start]
    last_word, last_char = line.places[end - 1]
    boxes = []
    for index in range(first_word, last_word + 1):
        word = line.words[index]
        lo = first_char if index == first_word else 0
        hi = last_char + 1 if index == last_word else len(word.text)
        boxes.append(word.span_box(lo, hi))
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _letters_or_digits(text: str) -> bool:
    return any(c.isalnum() for c in text)


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    kept: list[str] = []
    for item in items:
        key = _norm(item)
        if key and key not in seen:
            seen.add(key)
            kept.append(item)
    return tuple(kept)
