"""A person named beside their phone number or e-mail address, with nothing but a separator between.

Signatures, contact cards and chat profile lines write a name and a way to reach its owner side by side with a
middle dot, a bar or a dash ("Grace Bell · 07700 900123", "07700 900123 | Joy Cook"). A forename and a surname
the lists hold, English words both, are a person's there, where alone in prose they may be a street's or a
product's: the phone or the address beside them says someone is meant.
"""

from __future__ import annotations

import re

from .findings import Finding, Kind
from .shapes import STREET_TYPES
from .line_labels import NOT_A_PERSON
from .names import any_listed_surname, is_english_word_name, is_listed_forename

_WORD = r"[A-Z][a-z](?:[\w\-]|['’](?=\w))*"  # (an apostrophe inside a name, "O'Neill"; not a quote closing its cell)
_MIDDLE = r"(?:[ \t]+(?:[A-Z]\.?|[A-Z][a-z][\w'’\-]*))?"  # (a middle name or initial: "Joy May Cook", "Dawn A. Hill")
_CONTACT_WORD = r"(?i:tel|t|m|mob|mobile|phone|ph|e|email|e-mail|home|work|w|h)"
# what stands between a name and its number: a separator, the number's kind in brackets or after it ("(mobile)",
# ", Tel ", "m: ")
_GAP = (rf"[ \t]*(?:[.·•|,;/\-–—:(<\[][ \t]*)?(?:\({_CONTACT_WORD}\)[ \t]*)?"
        rf"(?:{_CONTACT_WORD}(?:[.:][ \t]*|[ \t]+))?")
_PAIR_BEFORE = re.compile(rf"(?<![\w@.\-])(?P<first>{_WORD}){_MIDDLE}[ \t]+(?P<last>{_WORD}){_GAP}\Z")
# (in small letters too, a note typed in a hurry: "she's mark brook, ph 07700…", "(mark stone, 12 Mill Lane…")
_SMALL_PAIR_BEFORE = re.compile(rf"(?<![\w@.\-])(?P<first>[a-z][a-z'’\-]+)[ \t]+(?P<last>[a-z][a-z'’\-]+){_GAP}\Z")
# (or an initial and a surname, any: a refund run's "Refund R. Papadopoulou 144 Quarry Hill Way", "PSR: S. Fox 33 …")
_INITIAL_BEFORE = re.compile(rf"(?<![\w@.\-])(?P<first>[A-Z])\.[ \t]?(?P<last>{_WORD}){_GAP}\Z")
_PAIR_AFTER = re.compile(rf"[ \t]*[)>\]]?[ \t]*[.·•|,;/\-–—(][ \t]*(?P<first>{_WORD}){_MIDDLE}[ \t]+(?P<last>{_WORD})(?![\w@])")


def names_beside_contacts(text: str, found: list[Finding]) -> list[Finding]:
    """The forename and surname just before or just after each phone, e-mail address or account found, on its line; and
    just before an address (a person, then where they live: "cust compl (mark stone, 12 Mill Lane, …)")."""
    more = []
    for f in found:
        if f.kind not in (Kind.PHONE, Kind.EMAIL, Kind.ADDRESS, Kind.ACCOUNT):
            continue  # (an app bar's "MyEnergy account · Dawn Page · ACC-…": the name beside the account too)
        line_start = text.rfind("\n", max(0, f.start - 60), f.start) + 1
        before = _PAIR_BEFORE.search(text, max(line_start, f.start - 60), f.start)
        if before is None:
            before = _SMALL_PAIR_BEFORE.search(text, max(line_start, f.start - 60), f.start)
        if (initial := _INITIAL_BEFORE.search(text, max(line_start, f.start - 40), f.start)) is not None \
                and not _SMALL_STREET.search(initial.group("last").lower()) \
                and not NOT_A_PERSON.search(initial.group("last")):
            more.append(Finding(initial.start("first"), initial.end("last"), Kind.NAME, "beside-contact"))
            continue
        after = _PAIR_AFTER.match(text, f.end) if f.kind is not Kind.ADDRESS else None
        for pair in (before, after):
            if pair is None or "\n" in pair.group():
                continue
            first, last = pair.group("first").capitalize(), pair.group("last").capitalize()
            if is_listed_forename(first) and any_listed_surname(last) \
                    and not NOT_A_PERSON.search(f"{first} {last}"):
                more.append(Finding(pair.start("first"), pair.end("last"), Kind.NAME, "beside-contact"))
    return more


# an e-mail address's local part that spells its owner's name: "pat.moss", "mehmet_brook", "grace-field2"
_SPELT = re.compile(r"([^\W\d_]{2,})[._\-]([^\W\d_]{2,})\d{0,4}")


def names_spelt_by_emails(text: str, found: list[Finding]) -> list[Finding]:
    """A forename and a surname written anywhere in the text as an e-mail address found spells them, in any
    case ("- pat moss (pat.moss@example.org) wants…", "Pat Moss rang"): the address says whose name it is, where
    the words alone, in small letters or English words both, might be anyone's."""
    pairs: dict[tuple[str, str], list[Finding]] = {}
    for f in found:
        if f.kind is Kind.EMAIL and (spelt := _SPELT.fullmatch(text[f.start:f.end].split("@", 1)[0])) is not None:
            first, last = spelt.group(1), spelt.group(2)
            if is_listed_forename(first.capitalize()) and not NOT_A_PERSON.search(f"{first} {last}"):
                pairs.setdefault((first.lower(), last.lower()), []).append(f)
    more: list[Finding] = []
    if not pairs:
        return more
    # one pass over the text for every pair (a register of four hundred addresses is four hundred names)
    firsts = "|".join(sorted({re.escape(first) for first, _ in pairs}, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w@.\-])(?P<first>{firsts})[ \t]+(?:[^\W\d_]\.?[ \t]+)?(?P<last>[^\W\d_]+)(?![\w@])",
                         re.IGNORECASE)
    for m in pattern.finditer(text):
        pair = (m.group("first").lower(), m.group("last").lower())
        addresses = pairs.get(pair)
        if addresses is None:
            continue
        # (in small letters, or two English words, "mark long", the name only beside the address: "mark long running
        # jobs", "the gene data team" are phrases)
        anywhere = not (is_english_word_name(pair[0]) and is_english_word_name(pair[1])) and not m.group().islower()
        if anywhere or any(_BESIDE.fullmatch(text, m.end(), a.start) or _BESIDE.fullmatch(text, a.end, m.start())
                           for a in addresses):
            more.append(Finding(*m.span(), Kind.NAME, "beside-contact"))
    return more


_BESIDE = re.compile(r"[ \t]*[(<\[,:|\-–—·•]?[ \t]*(?:(?i:e-?mail)[ \t]*:?[ \t]*)?|[ \t]*[)>\]][ \t]*[,:|\-–—·•]?[ \t]*")


# a field of its own: a line's start or end, a tab, a bar, or a run of blanks (a console's or a fixed table's columns),
# with a list's bullet or a quote's marker before it
# (or a quoted cell of a delimited record: 'TC-1,"Faith Bishop",1200023305967', as a blame view or a log shows one)
# (or an item of a list the record's values are written in, apart by slashes: "data: 1200… / E06X63842 / Heather Sharp")
# (a chat's or a wiki's emphasis round the field too: a stand-up bot's "*Daisy Hay*" over what she did)
_FIELD_START = re.compile(r"(?:(?:^|\t|\||[ ]{2,}|[ ]/)[ \t]*(?:[•·\-*>][ \t]+)?(?:\*{1,2}|_{1,2})?|(?:^|[,;\t])[ \t]*[\"'])$",
                          re.MULTILINE)
_FIELD_END = re.compile(r"(?:\*{1,2}|_{1,2})?[ \t]*(?:$|\t|\||[ ]{2,}|/[ ])|[\"'][ \t]*(?:[,;\t]|$)", re.MULTILINE)
_LINE_START = re.compile(r"[ \t]*(?:[•·\-*>][ \t]+)*(?:\*{1,2}|_{1,2})?")
_ALONE_PAIR = re.compile(rf"(?<![\w@.\-])(?P<first>{_WORD}){_MIDDLE}[ \t]+(?P<last>{_WORD})(?![\w@’\-]|'\w)")
_SMALL_STREET = re.compile(rf"^(?:{STREET_TYPES})$")  # ("ivy lane", "rose hill": a street's name)
_SMALL_PAIR = re.compile(r"[ \t]*(?:[•·\-*>][ \t]+)*(?P<first>[a-z][a-z'’\-]+)[ \t]+(?P<last>[a-z][a-z'’\-]+)[ \t\r.,;]*")
# what a record of a person holds beside the name
_RECORD_KINDS = frozenset({Kind.MPAN, Kind.MPRN, Kind.MSN, Kind.DEVICE, Kind.POSTCODE, Kind.PHONE, Kind.EMAIL,
                           Kind.ADDRESS, Kind.ACCOUNT})


def names_standing_alone(text: str, found: list[Finding]) -> list[Finding]:
    """A forename and a surname the lists hold, English words both ("Faith Mason", "Hope Baker"), that are a field of
    their own (alone on their line, or a column of a console's row) on a line that holds a customer's identifier, or
    next to one in the same block: a notification's "Faith Mason" over "Supply 1234…", a contact card's first line, a
    query's row. Alone in prose such words may be a street's or a product's; a record's field beside a supply's or a
    postcode's is a person's."""
    lines: set[int] = set()  # the starts of the lines that hold an identifier of a record
    homes: set[int] = set()  # ...and of those that hold an address's part
    record_kinds: dict[int, set[Kind]] = {}  # the kinds each of those lines holds
    for f in found:
        if f.kind in _RECORD_KINDS:
            line = text.rfind("\n", 0, f.start) + 1
            lines.add(line)
            record_kinds.setdefault(line, set()).add(f.kind)
            if f.kind in (Kind.ADDRESS, Kind.POSTCODE):
                homes.add(line)
    near: set[int] = set()  # the lines next to those, in the same block: a name there must be the line's whole
    for start in lines:
        if start > 0:  # the line before, unless a blank line ends the block
            near.add(text.rfind("\n", 0, start - 1) + 1)
        after = text.find("\n", start)
        if after >= 0:
            near.add(after + 1)
    places = [(f.start, f.end) for f in found if f.kind is Kind.ADDRESS]  # (an address's line is no one's name)
    more: list[Finding] = []
    for start in sorted(lines | near)[:2000]:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        whole = start not in lines
        # (in small letters only as a line of its own over or under the record's line: a note's "grace marsh" over
        # its street, "ewan tshabalala" over "12 Mill Lane")
        pairs = list(_ALONE_PAIR.finditer(text, start, end))
        if whole and not pairs and (small := _SMALL_PAIR.fullmatch(text, start, end)) is not None \
                and (end + 1 in homes or (start > 0 and text.rfind("\n", 0, start - 1) + 1 in homes)) \
                and not _SMALL_STREET.search(small["last"]):
            pairs = [small]  # (over or under an address's line only: a note's "mark read" over a supply's is a note)
        for pair in pairs:
            if whole and (_LINE_START.fullmatch(text, start, pair.start()) is None
                          or text[pair.end():end].strip(" \t\r.,;*_")):
                continue
            # (the field's start looked for just before the pair: from the line's start, a long line is read once a pair)
            if not _FIELD_START.search(text, max(start, pair.start() - 12), pair.start()) \
                    or not _FIELD_END.match(text, pair.end(), end):
                continue
            first, last = pair.group("first").capitalize(), pair.group("last").capitalize()
            # (a quoted cell of a row of a person's record holds a person whatever their surname: '…,"Bronwen Rich",
            # "134 Orchard Gardens",L8 7DL,…', where the lists may not know the surname; not when the forename is an
            # English word too: '"Green Deal"', '"Grace Period"', '"Summer Saver"' are a scheme's or a tariff's)
            # (a forename that is a word too only in a row of three kinds or more, a home's among them: '"Hope Rich",
            # "118 Chapel Row",L8 7DL,01632…')
            kinds = record_kinds.get(start, set())
            quoted = start in lines and text[pair.start() - 1:pair.start()] in "\"'" \
                and text[pair.end():pair.end() + 1] in "\"'" and len(kinds) >= 2 \
                and not _SMALL_STREET.search(last.lower()) \
                and (not is_english_word_name(first) or bool(kinds & {Kind.ADDRESS, Kind.POSTCODE}) and len(kinds) >= 3)
            if is_listed_forename(first) and (any_listed_surname(last) or quoted) \
                    and not NOT_A_PERSON.search(f"{first} {last}") \
                    and not any(a <= pair.start() and pair.end() <= b for a, b in places):
                more.append(Finding(pair.start("first"), pair.end("last"), Kind.NAME, "record-field"))
    return more
