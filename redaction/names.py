"""A person's name that nothing labels, known by its forename.

Logs and screens write customers' names bare among the other fields of a record: "Device commissioned at
Tomasz Doherty (linked to 0113 496 0404)", "0113 496 0420 / Bethan Lindqvist / PUB-025", a spreadsheet's
column of names printed to PDF. No label, title or cue says a person is meant, but a reader knows "Tomasz"
is a forename. So is this rule: a capitalised word that is a known forename (redaction/data/names.txt,
made from Faker's name lists of every Latin-script locale by tools/make_name_lists.py), then perhaps an
initial, a particle or more forenames, then a capitalised surname, is a name.

Forenames that are also English words ("Will", "Mark", "Grace", "Case") count only before a surname that
is no English word, from the same lists: "Mark Kowalczyk" is a person, "Will Retry", "Grace Period" and
"Mark Complete" are not. Never a team, a system or a place ("Owen Support", "Aisha Road": the address
rules take a street), nor a status ("Callum Failed").

Written all in small letters or all in capitals ("Occupier ailsa sutherland was present", "CALLUM
SUTHERLAND will send a photo"), a name needs both words known: a forename, then a surname from the
lists that is no English word ("MARK COMPLETE" and "will retry" stay). Such names are read only in a
text of a person's size (a note, an e-mail, a screen's cell), not a machine's log of megabytes.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from importlib import resources

from .fields import classify
from .findings import Finding, Kind
from .line_labels import NOT_A_PERSON
from .shapes import HOUSE_WORD, PERSON_SIZED, STATUS_WORDS

_LOWER = "a-zß-öø-ÿ" + "".join(chr(c) for c in range(0x100, 0x250) if chr(c).islower())
_UPPER = "A-ZÀ-ÖØ-Þ" + "".join(chr(c) for c in range(0x100, 0x250) if chr(c).isupper())
# a capitalised word: a capital, then small letters (an apostrophe or hyphen between letters; capitals
# inside for "McAllister", "MacDonald", "O'Brien", and after the prefixes a surname is written joined to:
# "FitzGerald", "DuBois", "LeBlanc", "DiMaggio", "VanDyke")
_WORD_TAIL = (rf"(?:[{_LOWER}]|['’\-](?=[{_UPPER}{_LOWER}])|(?:(?<=[Mc])|(?<=['’\-])|(?<=Fitz)|(?<=\b[DL][aeiu])|(?<=\bVan)"
              rf"|(?<=\bVon))[{_UPPER}])+")
_WORD = rf"[{_UPPER}]{_WORD_TAIL}"
# the small words an Arabic, Irish, Scottish, Dutch, Romance or Welsh surname starts with ("ap Dafydd", "ferch Rhys", "al-Rashidi",
# "bint Hamid", "Ó Súilleabháin", "Ní Bhriain", "Mac Giolla", "van der Berg", "De La Cruz", "Dos Santos"): the one
# list the name finders (here, in small letters or capitalised) and the whole-surname reading (text) share
SURNAME_PARTICLES = ("ab", "abu", "al", "ap", "bin", "bint", "da", "das", "de", "del", "della", "den", "der", "des", "di",
                     "do", "dos", "du", "el", "ferch", "ibn", "la", "las", "le", "los", "mac", "mc", "mhic", "ni", "ní", "nic",
                     "o", "ó", "st", "ten", "ter", "ua", "ui", "uí", "van", "verch", "von")
# those that are also common words in English, French or Spanish ("do", "la", "de", "le"): a surname after one is
# taken only where the lists hold it or the name is in capitals ("La Liga results", "De Montfort University")
COMMON_PARTICLES = frozenset("da das de del della den der des di do dos du el la las le los ten ter".split())
# one or two in a row count as one word of the name (the longest first: "della" before "del" before "de")
_PARTICLE_WORD = "(?:" + "|".join(f"[{word[0].upper()}{word[0]}]{word[1:]}"
                                  for word in sorted(SURNAME_PARTICLES, key=len, reverse=True)) + ")"
# Irish and Scottish Gaelic put an article between the particle and the surname ("Mac an tSaoir", "Nic an
# tSionnaigh", "Ó an"), the surname then often with an eclipsing or prefixed letter before its capital
GAELIC_ARTICLE = r"(?i:(?:mac|nic|mhic|ó|o|ní|ni|uí|ui)[ \t]+(?:an|na|a'))"
PARTICLE = rf"(?:{GAELIC_ARTICLE}|{_PARTICLE_WORD}(?:[ \t]+{_PARTICLE_WORD})?)"
_PARTICLES = re.compile(PARTICLE)
# (the look behind follows the capital: a pattern that starts with one is tried at every position)
# (an apostrophe before it stops a word only after a letter: "O'Brien" holds no "Brien", but "'Ffion
# MacLennan'" in SQL is quoted, and so is SQL Server's "N'Ffion MacLennan", the N its mark of a Unicode
# string; a backslash is a Windows path's or an escape's: "Users\Bronwen Tallentire")
# (a slash is a path's, "/home/Grace", but two after a blank or a bracket are a wiki's italics: Phabricator's
# "(//Robin de la Cruz//)"; "https://Grace…" is a host's)
_NOT_AFTER = r"(?<![\w\-@.]X)(?<![^/]/X)(?<![^\s(\[>|*_]//X)(?<![^\W\d_N]['’]X)(?<![^\W\d_][^\W\d_]['’]X)"
_FIRST = re.compile(rf"[{_UPPER}]{_NOT_AFTER.replace('X', f'[{_UPPER}]')}(?!(?<=N)['’]){_WORD_TAIL}(?![\w@])")
# a fuel's or a meter's word is no one's surname: "Engineer: Orla Trelawny   Gas Safe reg 297686" (a CP12 record)
FUEL_WORD = r"(?:Gas|GAS|Electric|Electricity|ELECTRICITY|Meter|METER|Water|Energy|Power)\b"
# up to three more words after the forename: initials, particles, forenames, the surname (after spaces: a tab
# is a table's column break, and "Yusuf<TAB>Obj raised" is a name's cell and a note's)
# (a particle joined to its surname by a hyphen is one word of the name: "al-Rashidi", "el-Amin")
# (the article glued to the surname: "Nic a'Phearsain", "Mac a'Ghobhainn")
_GLUED_ARTICLE = rf"(?i:mac|nic|mhic|ní|ni|ó|o|uí|ui)[ \t]+a['’]{_WORD}(?![\w@]|['’\-]\w)"
_REST = re.compile(rf" +(?!{FUEL_WORD})(?P<word>[{_UPPER}]\.?(?![\w'’\-])|{_GLUED_ARTICLE}|{PARTICLE}(?![\w'’\-])|{_PARTICLE_WORD}-{_WORD}(?![\w@]|['’\-]\w)|"
                   rf"(?:[tnh]-?(?=[{_UPPER}]))?{_WORD}(?![\w@]|['’\-]\w))")  # ("tSaoir", "t-Saoir": see GAELIC_ARTICLE)
# words that end a place, a day or a state, not a person's name
_NOT_SURNAME = re.compile(rf"(?:{STATUS_WORDS}|road|street|avenue|lane|close|drive|way|crescent|grove|place|court|"
                          r"gardens|terrace|square|mews|parade|boulevard|approach|station|house|centre|hall|"
                          r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
                          r"may|june|july|august|september|october|november|december|"
                          # a country's name after a word the lists hold as a forename: "Great Britain Companion
                          # Specification" names no one
                          r"britain)$", re.IGNORECASE)


# two words in one case, small letters or capitals (then the lists decide)
_LOWER_PAIR = re.compile(rf"[{_LOWER}]{_NOT_AFTER.replace('X', f'[{_LOWER}]')}[{_LOWER}]+(?:['’\-][{_LOWER}]+)?[ ]+"
                         rf"[{_LOWER}]+(?:['’\-][{_LOWER}]+)?(?![\w@]|['’\-]\w)")
_UPPER_PAIR = re.compile(rf"[{_UPPER}]{_NOT_AFTER.replace('X', f'[{_UPPER}]')}[{_UPPER}]+(?:['’\-][{_UPPER}]+)?[ ]+"
                         rf"[{_UPPER}]+(?:['’\-][{_UPPER}]+)?(?![\w@]|['’\-]\w)")


# what stands before a street's type word: a capitalised word or a house number, then a space
_STREET_BEFORE = re.compile(rf"(?:[{_UPPER}][{_LOWER}]+|\d{{1,4}}[A-Za-z]?)[ \t]+$")


@functools.lru_cache(maxsize=8192)  # a log repeats its capitalised words ("Device", "Validation")
def key(name: str) -> str:
    """How a name is looked up: in small letters, accents dropped ("Siân" is "sian", "CIARÁN" is
    "ciaran"), as the lists write some names with them and some without."""
    if name.isascii():
        return name.lower()
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()


@functools.cache
def _lists() -> dict[str, frozenset[str]]:
    """The lines of names.txt by their letter (F, W, S, C, P, G, B), each name by :func:`key`, read once."""
    into: dict[str, set[str]] = {"F": set(), "W": set(), "S": set(), "C": set(), "P": set(), "G": set(), "B": set()}
    text = resources.files(__package__).joinpath("data", "names.txt").read_text("utf-8")
    for line in text.splitlines():
        if line[1:2] == " " and line[:1] in into:
            into[line[0]].add(key(line[2:]))
    into["S"] |= into["P"]  # (a surname all the same; see plural_surnames)
    for letter in ("S", "C"):  # a Polish surname's feminine form: Wiśniewska, Kowalska, Zielińska, Nowicka
        into[letter] |= {name[:-1] + "a" for name in into[letter] if name.endswith(("ski", "cki", "dzki")) and len(name) >= 7}
    return {letter: frozenset(names) for letter, names in into.items()}


def plural_surnames() -> frozenset[str]:
    """The surnames that are an English word's plural or simple ending ("Gates", "Banks", "Fields"): names after a
    forename the lists know, but after any other capitalised word a phrase ("Quality Gates", "River Banks")."""
    return _lists()["P"]


def name_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(forenames that are no English word, forenames that are, surnames that are no English word), each
    by :func:`key`."""
    lists = _lists()
    return lists["F"], lists["W"], lists["S"]


_PLACE_SURNAMES = frozenset({"hall", "lane"})


def is_english_word_name(word: str) -> bool:
    """Is ``word`` a name the lists mark as an English word too: a surname ("Mills", "Lamb", "Fields") or a
    forename ("Mark", "Grace")?"""
    folded, lists = key(word), _lists()
    return folded in lists["B"] or folded in lists["P"] or folded in lists["W"]


def common_gb_surname(word: str) -> bool:
    """One of the surnames commonest in Great Britain that is also an English word ("Smith", "Stone"): a surname where
    something else says a name stands (a label, a forename the lists know)."""
    return key(word) in _lists()["B"]


def common_gb_pair(first: str, last: str) -> bool:
    """Are ``first`` and ``last`` a forename and a surname common in Great Britain that are also English words, or a
    forename that is no word before such a surname ("John Smith", "Paul Walker", "Sarah Brown", "Daniel Begum")? The
    word lists alone would take neither for a name; the lists' G and B lines leave out forenames whose word is an
    everyday one ("Mark Price", "Grace Hill" stay)."""
    lists = _lists()
    folded = key(first)
    return key(last) in lists["B"] and (folded in lists["G"] or (folded in lists["F"] and folded not in lists["W"]))


@functools.cache
def pair_surnames() -> frozenset[str]:
    """The surnames a name of two words or more may end with: the lists' own and the census's (C lines,
    "Gallacher", "Abernethy", "Urquhart"), which alone would take too many ordinary words for names."""
    return _lists()["S"] | _lists()["C"]


def find_known_names(text: str) -> Iterator[Finding]:
    """Names that start with a known forename (see the module's docstring)."""
    plain, worded, _surnames = name_lists()
    surnames = pair_surnames()
    after = 0  # a name found ends here: its own words start no other
    for match in _FIRST.finditer(text):
        first = match.group()
        if match.start() < after or (key(first) not in plain and key(first) not in worded):
            continue
        if key(first) in worded and _NOT_SURNAME.match(first) and _STREET_BEFORE.search(text, max(0, match.start() - 40),
                                                                                          match.start()):
            continue  # "35 Station Grove York": a street's type word after its name, not a forename
        words: list[tuple[int, str]] = []
        at = match.end()
        first_gap = 0
        while len(words) < 3 and (more := _REST.match(text, at)) is not None:
            gap = more.start("word") - at
            if words and gap > max(2, first_gap) and not listed_surname(more.group("word"), surnames):
                break  # a wider gap than the name's own opens the next column ("Ravi Dimitrov   Acct (old supplier)"),
                # unless a surname the lists hold stands there ("Name       : Mary Ann    Pritchard")
            first_gap = first_gap or gap
            words.append((more.start("word"), more.group("word")))
            at = more.end()
        # the longest run of words that makes a name: it ends at a surname, and what stands between is
        # part of a name too (a forename, an initial, a particle, a known surname)
        for count in range(len(words), 0, -1):
            last_at, last = words[count - 1]
            if not _surname(first, last, plain, worded, surnames, words[count - 2][1] if count > 1 else ""):
                continue
            if all(_middle(word, plain, worded, surnames) for _, word in words[:count - 1]):
                # (a site's word after a forename and a word the lists lack: "Preston Customer Centre"; a surname they
                # hold is a person's, whatever follows: "Jane Preston office hours")
                if not _names_no_person(text, match.start(), last_at + len(last)) and not (
                        last.lower() in _SITE_PREFIXES and site_follows(text, len(text[:last_at].rstrip(" \t")))):
                    yield Finding(match.start(), last_at + len(last), Kind.NAME, "forename")
                    after = last_at + len(last)
                break


# a word after a name that makes it a place's or a company's site, its office or its team: "(Preston lab)", "Preston
# depot", "Call Wakefield Customer Centre", "escalate to Preston office" (not "Ltd": a sole trader's company is named
# after its person, and that name stays masked)
_SITE_AFTER = re.compile(r"[ \t]+(?:(?i:customer|contact|service|call|data|test|control)[ \t]+)?"
                         r"(?i:lab|labs|laboratory|depot|office|offices|centre|center|desk|helpdesk|warehouse|substation|"
                         r"council|hospital|university|college|airport|branch)\b")


_SITE_PREFIXES = frozenset({"customer", "contact", "service", "call", "data", "test", "control"})


def site_follows(text: str, end: int) -> bool:
    """Does a word naming a site or an office follow ``text[:end]``, making the words before it a place's?"""
    return _SITE_AFTER.match(text, end) is not None


def any_listed_surname(word: str) -> bool:
    """A surname in any of the lists: no word, a census one, a word's plural, or one of Great Britain's commonest
    that is a word ("Murphy", "Khan", "Brown", "Fields")."""
    folded, lists = key(word), _lists()
    return any(folded in lists[letter] for letter in "SCBP") or surname_shaped(word)


def surname_shaped(word: str) -> bool:
    """A surname no list needs to hold (see ``_SURNAME_SHAPED``)."""
    return _SURNAME_SHAPED.fullmatch(word) is not None or (
        not word.isascii() and _ACCENTED_WORD.fullmatch(word) is not None and key(word) not in _lists()["W"])


# A surname no list needs to hold: a Gaelic or Norman patronymic's prefix glued to a capital ("MacLeòid", "McAllister",
# "FitzGerald", "O'Driscoll"), or a capitalised word with a letter English writes without its accent or never
# ("Kjærgaard", "Šimůnek", "Ðorđević": English words do not carry them; three letters at least, "Tŷ" is a Welsh house)
_SURNAME_SHAPED = re.compile(r"(?:Mac|Mc|Fitz)(?!Book|Pro|OS|Mini|Air|Ports|Vim|Intosh)[A-Z][^\W\d_A-Z]{3,}"
                             r"|O['’](?!Clock)[A-Z][^\W\d_A-Z]{2,}")
# (letters of Danish, Icelandic, Slavic, Hungarian and Turkish names that French, Spanish, Portuguese and German words,
# which English borrows, do not use: "Électricité", "Fête", "Málaga" are no one's)
# (not "ø": Ørsted, an energy company, and Tromsø are no one's)
_NAME_LETTERS = "æåðþłśźżćńřšžčěůőűğşıđÆÅÐÞŁŚŹŻĆŃŘŠŽČĚŮŐŰĞŞİĐ"
_ACCENTED_WORD = re.compile(rf"(?=[^\W\d_]*[{_NAME_LETTERS}])[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]{{2,}}"
                            rf"(?:-[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]{{2,}})?")


def _names_no_person(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` hold a word that names a team, a system or a place rather than a person? Not a barrel
    of a double surname: "Pugh-Jenkins" is a person, whatever a build server is called."""
    for hit in NOT_A_PERSON.finditer(text, start, end):
        if text[hit.start() - 1:hit.start()] != "-" and text[hit.end():hit.end() + 1] != "-":
            return True
        left, right = hit.start(), hit.end()
        while left > 0 and (text[left - 1].isalpha() or text[left - 1] == "-"):
            left -= 1
        while right < len(text) and (text[right].isalpha() or text[right] == "-"):
            right += 1
        if all(NOT_A_PERSON.fullmatch(barrel) for barrel in text[left:right].split("-") if barrel):
            return True  # "Support-Desk": a team's name however it is joined
    return False


def find_cased_names(text: str) -> Iterator[Finding]:
    """A forename and a surname both from the lists, written in capitals or in small letters, in a text
    of a person's size (a note, an e-mail, a screen's cell)."""
    plain, worded, _surnames = name_lists()
    surnames = pair_surnames()
    if len(text) >= PERSON_SIZED:
        return  # a machine's log or export: its columns and fields name its people
    for pattern in (_UPPER_PAIR, _LOWER_PAIR):
        # (in capitals each word read both ways; in small letters two by two, as a sentence's words are paired)
        for match in _overlapping_pairs(pattern, text) if pattern is _UPPER_PAIR else pattern.finditer(text):
            first, last = match.group().split(maxsplit=1)
            if ((key(first) in plain or (key(first) in worded and pattern is _UPPER_PAIR)) and listed_surname(last, surnames)
                    or common_gb_pair(first, last)):
                # (in small letters a forename that is a word starts a sentence's phrase: "can begin", "will gates")
                yield Finding(match.start(), match.end(), Kind.NAME, "forename")
            elif pattern is _UPPER_PAIR and (_double_forename(first, plain, worded) or (key(first) in plain and "-" in last)):
                # in capitals, as a record's field writes a name: two forenames joined ("MARIE-CLAIRE CARRI", cut to
                # the field's width), or a forename that is no word before two barrels ("YUSUF ADEYEMI-CLAR"); not
                # in small letters, where a log's "run-meta port" reads as two listed forenames and a word
                yield Finding(match.start(), match.end(), Kind.NAME, "forename")


def _overlapping_pairs(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Every two words in a row the pattern takes, each word read as a pair's first and as its second: "LETTER SENT TO
    PETER COOK" holds "TO PETER" and "PETER COOK" (read two by two, "PETER COOK" was never a pair)."""
    at = 0
    while (match := pattern.search(text, at)) is not None:
        yield match
        second = match.group().split(maxsplit=1)[1]
        at = match.end() - len(second)


def _double_forename(word: str, plain: frozenset[str], worded: frozenset[str]) -> bool:
    parts = word.split("-")
    return len(parts) == 2 and all(len(p) >= 4 and (key(p) in plain or key(p) in worded) for p in parts)


def listed_surname(word: str, surnames: frozenset[str]) -> bool:
    """A surname the lists hold, or a double-barrelled one with such a part ("Holloway-Finch")."""
    return key(word) in surnames or surname_shaped(word) or ("-" in word and any(len(part) >= 3 and key(part) in surnames
                                                                                 for part in word.split("-")))


def _surname(first: str, last: str, plain: frozenset[str], worded: frozenset[str], surnames: frozenset[str],
             before: str = "") -> bool:
    if len(last.rstrip(".")) < 2 or last.islower() or _PARTICLES.fullmatch(last):
        return False  # a particle starts a surname, it never ends one ("Pieter Van Der Berg")
    if _NOT_SURNAME.match(last):
        # a hall or a lane is a place's, but after a common forename one of England's commonest surnames ("Sarah Hall")
        return key(last) in _PLACE_SURNAMES and common_gb_pair(first, last)
    # "Will Retry", "Grace Period": a forename that is a word needs a surname from the lists, or a particle that
    # is no word before it ("Sean Mac Giolla", "Will bint Hamid"): only a surname follows "Mac" or "bint"
    if key(first) in plain or listed_surname(last, surnames) or common_gb_pair(first, last):
        return True
    particle = before.lower().split()[:1]
    return bool(particle) and particle[0] in SURNAME_PARTICLES and particle[0] not in COMMON_PARTICLES


def _middle(word: str, plain: frozenset[str], worded: frozenset[str], surnames: frozenset[str]) -> bool:
    folded = key(word)
    return len(word.rstrip(".")) < 2 or word.islower() or folded in plain or folded in worded or folded in surnames \
        or bool(_PARTICLES.fullmatch(word))


# a word of a name: letters, an apostrophe or a hyphen between them
_PART = re.compile(rf"[{_UPPER}{_LOWER}](?:[{_UPPER}{_LOWER}]|['’\-](?=[{_UPPER}{_LOWER}]))+")
ESCAPES = re.compile(r"\\[A-Za-z]+-?\d*")  # a backslash and the letters after it: an escape or a control word
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "lady", "lord", "rev", "and"})
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*)$")


def find_name_parts(text: str, names: list[str]) -> Iterator[Finding]:
    """The words of names found in the text, where the text uses one alone: a note that names "Angharad
    Pritchard" once and then "so Angharad fetched the key", a chat's "thanks priyanka" under the full
    name. Each word of three letters or more of a found name is masked wherever it stands as a word,
    in any case; a forename that is also an English word ("Will", "Grace", "Ruth") only as written in
    the name and not where a sentence starts ("Will the meter…")."""
    plain, worded, _surnames = name_lists()
    exact: set[str] = set()  # English-word forenames: as written, mid-sentence
    folded: set[str] = set()  # the rest: any case
    for name in names:
        if any(c in name for c in "&;<>=\"{}[]"):
            continue  # a field's value that is markup or code, not a person's name ("&amp;" in <Customer>)
        for word in _PART.findall(ESCAPES.sub(" ", name)):  # (an escape's letters, "\\par", "\\n", are no word)
            k = key(word)
            if len(word) < 3 or k in _TITLES or _PARTICLES.fullmatch(word) or _NOT_SURNAME.match(word):
                continue
            if NOT_A_PERSON.search(word):
                continue
            if word.islower() and is_english_word_name(word):
                continue  # ("mark baker" typed in small letters: its "mark" and "baker" alone are the words, "mark the
                # step as failed", "the wood panel"; the name itself is masked where it was found)
            if k in worded and k not in plain:
                exact.add(word)
            else:
                folded.add(k)
    if not exact and not folded:
        return
    for match in _PART.finditer(text):
        word = match.group()
        if text[match.start() - 1:match.start()] in ("&", "<", "/") or text[match.end():match.end() + 1] in (";", "="):
            continue  # an entity's, a tag's or a key's name ("&amp;", "<Customer", "ref=")
        k = key(word)
        if k in folded or (word in exact and not _SENTENCE_START.search(text, max(0, match.start() - 3),
                                                                          match.start())):
            yield Finding(match.start(), match.end(), Kind.NAME, "name-part")


# a capitalised word of a file name or a short typed text, between separators: "complaint_Qureshi.txt"
_NAMED_WORD = re.compile(rf"(?<![{_UPPER}{_LOWER}])[{_UPPER}][{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)?(?![{_LOWER}])")


def find_listed_surnames(text: str) -> Iterator[Finding]:
    """Capitalised words of a file name or a short typed text that are surnames the lists hold and no
    English word ("complaint_Qureshi.txt", "visit-Nguyen.png"; not "Report_Hill.txt", Hill being a
    word): a file name has no context to say a word is a person's, but a surname is one."""
    _plain, _worded, surnames = name_lists()
    for match in _NAMED_WORD.finditer(text):
        word = match.group()
        if len(word) >= 2 and key(word) in surnames and not NOT_A_PERSON.search(word):
            yield Finding(match.start(), match.end(), Kind.NAME, "surname")


# words that open a sentence or a header before a name, never a forename
_FUNCTION_WORDS = frozenset(key(w) for w in """from to for with by and or but the this that per via at on in of as is was
are were dear hi hello hey thanks regards attn cc bcc re fw fwd sent reply replying ask asked call called tell told
meet met visit visited given when then""".split())  # (the last three a BDD step's: "Given Sarah Smith is on …")


# a capitalised word, then a surname: "Oluwaseun Gallagher", "Gurpreet Sandhu"
# (a look-ahead, so that pairs overlap: "Ask Chidi Okafor" holds "Ask Chidi" and "Chidi Okafor"); spaces between
# them, not a tab (a row's next cell: "…Test Manager<TAB>Nicola.farley@…"), and no dot after the surname (an
# address's local part)
_ANY_THEN_SURNAME = re.compile(rf"(?<![\w\-@./])(?<![^\W\d_]['’])(?=(?P<first>[{_UPPER}][{_LOWER}]{{2,}}(?:['’\-][{_UPPER}{_LOWER}]+)?)"
                               rf" +(?P<last>{_WORD})(?![\w@]|['’\-.]\w))")


def find_surnamed_names(text: str) -> Iterator[Finding]:
    """A capitalised word before a surname the lists hold that is no English word, in a text of a
    person's size: the forename is one the lists lack ("Oluwaseun Gallagher", "Gurpreet Sandhu",
    "Chidi Okafor"). Not a title, a team or a system, a street, a day or a status before it."""
    if len(text) >= PERSON_SIZED:
        return
    plain, worded, _surnames = name_lists()
    surnames = pair_surnames()
    plurals = plural_surnames()
    for match in _ANY_THEN_SURNAME.finditer(text):
        first, last = match.group("first"), match.group("last")
        k = key(first)
        if first.endswith(("'s", "’s")):
            continue  # a possessive names a place or a thing, not a person's forename: "King's Lynn", "Bishop's Stortford"
        if not listed_surname(last, surnames) or k in plain or k in worded or k in _TITLES or key(last) in plurals:
            continue  # no listed surname (or one that is a word's plural), or the forename rule's to find
        if _NOT_SURNAME.match(first) or _NOT_SURNAME.match(last) \
                or _names_no_person(text, match.start("first"), match.end("last")):
            continue
        if k in _FUNCTION_WORDS:
            if site_follows(text, match.end("last")):
                continue  # a town's office or depot after a sentence's word ("Call Wakefield Customer Centre")
            # a sentence's word before the surname ("Met Patel", "From Margaret O'Neill to Everyone"): the surname
            # alone is the name, the word no forename to learn
            yield Finding(match.start("last"), match.end("last"), Kind.NAME, "surname")
            continue
        yield Finding(match.start("first"), match.end("last"), Kind.NAME, "surname")


# initials with their dots, then a surname ("R. J. Quayle", "A.Okafor"), or the surname first ("Pryce-Jones A.",
# "Quayle R.J."), as a signature, a minute's attendance or a register writes a person
_INITIALS_FIRST = re.compile(rf"(?<![\w.\-@/])(?:[{_UPPER}]\.[ \t]?){{1,3}}[ \t]*(?P<last>{_WORD})(?![\w@]|['’\-.]\w)")
_INITIALS_AFTER = re.compile(rf"(?<![\w\-@./])(?P<last>{_WORD}),?[ \t]+(?:[{_UPPER}]\.[ \t]?){{0,2}}[{_UPPER}]\.(?![\w.])")


def find_initialled_names(text: str) -> Iterator[Finding]:
    """Initials (each with its dot) beside a surname the lists hold that is no English word: "R. J. Quayle",
    "Pryce-Jones A." ("U.K. Power", "A. Check" are words; an initial without its dot is a grade or a column:
    "S Box", "B Quayle" is left to the lists' forenames)."""
    if len(text) >= PERSON_SIZED:
        return
    surnames, worded = pair_surnames(), _lists()["B"]
    for pattern in (_INITIALS_FIRST, _INITIALS_AFTER):
        for match in pattern.finditer(text):
            last = match.group("last")
            if key(last) in worded and pattern is _INITIALS_FIRST:
                # a common surname that is an English word ("S. Green", "J. White") is a person's only when the
                # initial and it are the whole value: a cell, an argument, a quoted string ("plan A. Green
                # tariffs…" is a sentence's end and the next one's start); or before what a person does ("D. Fox said")
                if _value_alone(text, match.start(), match.end()) or _PERSON_VERB_AFTER.match(text, match.end()):
                    yield Finding(match.start(), match.end(), Kind.NAME, "initials")
                continue
            if not listed_surname(last, surnames) or key(last) in plural_surnames() or _NOT_SURNAME.match(last) \
                    or NOT_A_PERSON.search(last) or key(last) in _TITLES:
                continue
            yield Finding(match.start(), match.end(), Kind.NAME, "initials")


# a word that names who did or signed something, then an initial and a surname ("turned off by FCO H. Knight", "run at
# … by R. Steel", "shows name G. Carter", "Yours sincerely,\nF. Prydderch"): the initial makes the word after it a
# person's, English word or not
_CUED_INITIAL = re.compile(rf"(?i:\b(?:by|name|named|signed|sincerely|faithfully|regards|engineer|fco|technician|"
                           rf"officer|agent|surveyor|installer)\b)[ \t]*[,:]?(?:[ \t]+|[ \t]*\r?\n[ \t]*)"
                           rf"(?P<value>[{_UPPER}]\.[ \t]?(?:{PARTICLE}[ \t]+)?(?P<last>{_WORD}))(?![\w@]|['’\-.]\w)")


def find_cued_initials(text: str) -> Iterator[Finding]:
    if len(text) >= PERSON_SIZED or ". " not in text and not re.search(r"\.[A-Z]", text):
        return
    for match in _CUED_INITIAL.finditer(text):
        last = match.group("last")
        if len(last) < 2 or _NOT_SURNAME.match(last) or key(last) in _FUNCTION_WORDS or NOT_A_PERSON.search(last) \
                or key(last) in _TITLES:
            continue
        yield Finding(*match.span("value"), Kind.NAME, "initials")


# what opens and closes a value standing alone: a line, a quote (escaped too), an element, a cell, an argument
_OPENS = re.compile(r"(?:^|[\"'`>(\[{,;|=:]|\\[\"']|\t)[ \t]*$")
_CLOSES = re.compile(r"[ \t]*(?:$|[\"'`<)\]},;|]|\\[\"']|\t|\r?\n)")


def _value_alone(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` all of a value: nothing but its opening before it on its line, its closing after?"""
    line_start = text.rfind("\n", max(0, start - 200), start) + 1
    before = text[max(line_start, start - 40):start]
    return bool(_CUED_BEFORE.search(before)) or (bool(_OPENS.search(before)) and bool(_CLOSES.match(text, end)))


# a person named in small letters after the word that says they are one ("also customer siân kamińska at …",
# "call with ceridwen bhattacharya", "this is sinéad ó gallchóir"), particles and barrels included
_PERSON_CUE = (r"(?i:(?<![\w\-])(?:(?:customer|cust|occupier|tenant|caller|householder|landlord|resident|contact|"
               r"account[ \t]+holder)(?:['’]s[ \t]+name)?[ \t]+(?:is|was)(?:[ \t]+now)?|"
               r"customer|cust|occupier|tenant|caller|householder|landlord|resident|engineer|"
               r"contact|this[ \t]+is|spoke[ \t]+(?:to|with)|call[ \t]+with|named|account[ \t]+holder|"
               # (a note's verb that a person follows: "ring fionnuala urquhart re access", "chased eilidh campbell")
               r"ring|rang|phone|phoned|text|texted|emailed|chase|chased|visited|"
               # (an account's or a booking's person, a proxy's or a system's user: "registered to mairead achterberg",
               # "user seren brook", "queries to amber fraser-munro")
               r"user|registered[ \t]+to|queries[ \t]+to|addressed[ \t]+to|booking[ \t]+for|booked[ \t]+for)|"
               # (a note in Chinese: customer, user, contact, name, "客户 Rose Fisher，电话 …")
               r"客户|顾客|用户|联系人|姓名)"
               r"(?:[ \t]*[:=：][ \t]*|[ \t]+)")
# (or a word that says a person follows: "customer J. White at…", "c/o S. Bell,", "Dear A. Wood,")
_CUED_BEFORE = re.compile(_PERSON_CUE + r"$|(?i:(?<![\w\-])(?:customer|occupier|tenant|caller|householder|landlord|"
                          r"resident|contact|account[ \t]+holder)[ \t]+(?:is|was)(?:[ \t]+now)?[ \t]+)$"
                          r"|(?i:(?<![\w\-])(?:c/o|attn|dear|signed(?:[ \t]+by)?|witness(?:ed[ \t]+by)?|"
                          r"for|with|by|from|cc)[ \t]*:?[ \t]+)$")
_PREPOSITION_ONLY = re.compile(r"(?i:(?<![\w\-])(?:for|with|by|from|cc)[ \t]*:?[ \t]+)$")
_SMALL_WORD = rf"[{_LOWER}](?:[{_LOWER}]+|(?=['’][{_LOWER}]{{2}}))(?:['’\-][{_LOWER}]+)*"  # (and "o'sullivan")
_SMALL_PARTICLE = "(?:" + "|".join(sorted(SURNAME_PARTICLES, key=len, reverse=True)) + r")(?:[ \t]+(?:la|le|der|den|an|na|a['’]))?"
_CUED_SMALL_NAME = re.compile(rf"{_PERSON_CUE}(?P<value>(?P<first>{_SMALL_WORD})[ \t]+(?:{_SMALL_PARTICLE}[ \t]+|d['’](?=[{_LOWER}]))?"
                              rf"(?P<last>{_SMALL_WORD}))(?![\w@]|['’\-]\w|\.\w)")


_CUED_CAPITAL_NAME = re.compile(rf"{_PERSON_CUE}(?P<value>(?P<first>[{_UPPER}]\.|{_WORD})[ \t]+(?P<last>{_WORD}))"
                                rf"(?![\w@]|['’\-]\w|\.\w)")
_CUSTOMER_CUE = re.compile(r"(?i:customer|cust|occupier|tenant|caller|householder|landlord|resident|account[ \t]+holder)\b"
                           r"|客户|顾客|用户|联系人|姓名")
# (or a note's verb of contacting someone: "ring will smith back", "chased joy cook re access")
_CONTACT_CUE = re.compile(r"(?i:ring|rang|phone|phoned|text|texted|emailed|chase|chased|spoke[ \t]+(?:to|with)|call[ \t]+with)\b")
# where a name in small letters ends: the line's or the sentence's end, a bracket, a number, a verb a note puts after one
NAME_ENDS = re.compile(r"[ \t]*(?:$|[,.;:()\[\]\-–—]|\r?\n|[ \t]*\+?\d|(?:rang|rung|called|phoned|says|said|not|on|at|has|"
                        r"is|was|wants|asked|reports|reported|confirmed|moved|paid|visited|attended|arrived|fitted|in|out|home|"
                        r"away|back|re|about|again|today|tomorrow|"
                        r"tmrw|asap|later)\b)", re.MULTILINE)


def find_cued_small_names(text: str) -> Iterator[Finding]:
    """A forename the lists hold (and no English word) in small letters, then a surname, after a word that names a
    person: a note typed in a hurry writes names so. Or any first word before a surname the lists hold. Or such a
    forename and any surname the lists hold, English words too ("derek marsh"), after a preposition that may name
    a person ("Mandate for eilidh campbell", "sent to derek marsh") or as a value alone ("@p2='mairead ap rhys'")."""
    if len(text) >= PERSON_SIZED:
        return
    plain, _worded, _surnames = name_lists()
    surnames = pair_surnames()
    taken: set[int] = set()
    for match in _CUED_SMALL_NAME.finditer(text):
        first, last = match.group("first"), match.group("last")
        value = match.group("value")
        # (after a particle any word is the surname: "cust ravinder van der berg"; and after a word that says a
        # customer follows, a forename and a surname the lists know, English words both, where the name ends:
        # "cust jack frost rang", "caller holly wood (acct …)")
        customers = _CUSTOMER_CUE.match(match.group()) is not None or _CONTACT_CUE.match(match.group()) is not None
        particled = len(value.split()) > 2 and (is_listed_forename(first) or customers)
        plain_words = customers and is_listed_forename(first) \
            and any_listed_surname(last) and not _NOT_SURNAME.match(last) and NAME_ENDS.match(text, match.end())
        # (a customer's label and a forename the lists hold, then any word, the line's whole value: "Resident: sandy
        # pughe", a surname no list holds)
        labelled = customers and (":" in match.group() or "=" in match.group()) and is_listed_forename(first) \
            and key(last) not in _FUNCTION_WORDS and not _NOT_SURNAME.match(last) and _LINE_END.match(text, match.end())
        if key(first) in plain or particled or plain_words or labelled \
                or listed_surname(last.capitalize(), surnames) and not _NOT_SURNAME.match(last):
            if not NOT_A_PERSON.search(match.group("value")):
                taken.add(match.start("value"))
                yield Finding(match.start("value"), match.end("value"), Kind.NAME, "forename")
    # the same cues before a name in capitals whose words are English words too ("ring Hope Rain re DEF-6564228",
    # "cust Holly Wood rang"), and before an initial and a surname ("Last changed by user S. Rain (RT#4017)")
    for match in _CUED_CAPITAL_NAME.finditer(text):
        if match.start("value") in taken or not (_CUSTOMER_CUE.match(match.group()) or _CONTACT_CUE.match(match.group())
                                                  or match.group().lower().startswith(("user", "engineer"))):
            continue
        first, last = match.group("first"), match.group("last")
        # (after such a cue a forename the lists hold, or an initial, names a person whatever the word after it is)
        listed = not _NOT_SURNAME.match(last) and key(last) not in _FUNCTION_WORDS and (
            len(first) == 2 or is_listed_forename(first))
        if listed and NAME_ENDS.match(text, match.end()) and not NOT_A_PERSON.search(match.group("value")):
            yield Finding(match.start("value"), match.end("value"), Kind.NAME, "forename")
    worded = _lists()["B"]
    # (only where a preposition, a person's word or a value's opening stands before a small word: not every word of
    # an item's text, as the checks below would read)
    for candidate in _SMALL_CANDIDATE.finditer(text):
        at = candidate.end()
        word = _SMALL_START.match(text, at)
        if word is None or at in taken or key(word.group()) not in plain:
            continue
        pair = _SMALL_PAIR.match(text, at)
        if pair is None or _NOT_SURNAME.match(pair.group("last")):
            continue
        last = pair.group("last")
        if not (pair.group("particle") or listed_surname(last.capitalize(), surnames) or key(last) in worded):
            continue  # (after a particle any word is the surname: "mairead ap rhys")
        line_start = text.rfind("\n", max(0, pair.start() - 200), pair.start()) + 1
        # (a short word before an English one is a setting's or a tool's: "max green", "val white", "kai green")
        if key(last) in worded and len(pair.group("first")) < 5 and not pair.group("particle"):
            continue
        if (_PREPOSITION_BEFORE.search(text, max(line_start, pair.start() - 20), pair.start())
                or _value_alone(text, pair.start(), pair.end())) and not NOT_A_PERSON.search(pair.group()):
            yield Finding(pair.start(), pair.end(), Kind.NAME, "forename")


_LINE_END = re.compile(r"[ \t]*(?:\r?\n|\Z)")
_SMALL_START = re.compile(rf"(?<![\w\-@./]){_SMALL_WORD}(?=[ \t])")
# where such a pair may start: after a word _PREPOSITION_BEFORE or _CUED_BEFORE knows, or a value's opening (_OPENS)
_SMALL_CANDIDATE = re.compile(
    r"(?:(?i:(?<![\w\-])(?:for|with|from|by|to|and|cc|re|per|customer|cust|occupier|tenant|caller|householder|landlord|"
    r"resident|engineer|contact|is|was|now|named|holder|c/o|attn|dear|signed|witness|witnessed))(?:[ \t]*[:=][ \t]*|[ \t]+)"
    r"|(?m:^)[ \t]*|[\"'`>(\[{,;|=:\t][ \t]*|\\[\"'][ \t]*)"
    rf"(?=[{_LOWER}])")
_SMALL_PAIR = re.compile(rf"(?P<first>{_SMALL_WORD})[ \t]+(?P<particle>{_SMALL_PARTICLE}[ \t]+)?(?P<last>{_SMALL_WORD})"
                         rf"(?![\w@]|['’\-]\w|\.\w)")
_PREPOSITION_BEFORE = re.compile(r"(?i:(?<![\w\-])(?:for|with|from|by|to|and|cc|re|per))[ \t]+$")


_CAPS_WORD = rf"[{_UPPER}]{{2,}}(?:['’\-][{_UPPER}]+)?"
# "Blackwood, Bethan", "THRELFALL, LEOPOLD": surname, comma, forename
# (a surname's particles before it: "LE STRANGE, Ysolde", "MAC AN TSAOIR, Radosław", "de la Cruz, Siobhan")
_SURNAME_PARTICLES = r"(?:(?i:le|la|de|du|des|van|von|der|den|mac|an|ap|ab|st|di|da|del|dos|ní|nic|uí|ó|ua|ferch|verch)[ \t]+){0,3}"
_INVERTED = re.compile(rf"(?<![\w\-@./])(?<![^\W\d_]['’])(?P<last>{_SURNAME_PARTICLES}(?:{_WORD}|{_CAPS_WORD}))[ \t]*,[ \t]+"
                       rf"(?P<first>{_WORD}|{_CAPS_WORD})(?![\w@]|['’\-]\w)")
# where a field's value starts and ends: the line's start or end, a tab, a bar, a label's colon, a run of spaces
_FIELD_BEFORE = re.compile(r"(?:^|[\t|:(\n]|  )[ \t]*$")
_FIELD_AFTER = re.compile(r"[ \t]*(?:$|[\t|;)]|  |\r?\n)")
# words a line opens with before a comma and a colleague's name: a greeting or a sign-off, not a surname
_NOT_INVERTED = frozenset("""thanks thank cheers regards hi hello hey dear morning afternoon evening yes no ok okay sorry
please best kind warm many bye ta all team done noted agreed great sure welcome right well so and but hiya night
""".split())


def find_inverted_names(text: str) -> Iterator[Finding]:
    """A name written surname first, as registers, SAP and flows' free text write it ("Named party:
    Blackwood, Bethan", "Geschäftspartner  GP0208243  MacLennan, Margarethe", "CUSTOMER READ -
    THRELFALL, LEOPOLD CALLED IN"): a known forename after a comma, and before it a surname the lists
    hold; or, where the pair is a field's whole value (a label or a column before it, the line's end
    after it), any capitalised word that opens no greeting ("Thanks, Bethan" is a sign-off)."""
    if len(text) >= PERSON_SIZED:
        return  # a machine's log or export: its fields name its people
    plain, worded, listed = name_lists()
    surnames = pair_surnames()
    for match in _INVERTED.finditer(text):
        last, first = match.group("last"), match.group("first")
        particles = len(last.split()) > 1
        last = last.split()[-1]
        kf, kl = key(first), key(last)
        if _register_written(text, match, last, first, kf in plain or kf in worded):
            yield Finding(match.start(), match.end(), Kind.NAME, "forename")
            continue
        if last.isupper() != first.isupper() and not (last.isupper() and not first.isupper() and (
                kf in plain or kf in worded and ("-" in last or kl in listed)) and (
                "-" in last or particles or kl in surnames or len(kl) >= 5 and not a_label_word(last))):
            continue  # "NHS, Bethan", "Leeds, ALL": not one name written one way (a register's "PUGH-JENKINS,
            # Małgorzata", "LE STRANGE, Ysolde", a listed surname in capitals and a forename, is)
        common = common_gb_pair(first, last)  # ("Smith, John", "Young, Paul": both words, both Britain's commonest)
        if kf not in plain and not (kf in worded and (kl in listed or "-" in last and last.isupper())) and not common:
            continue
        if kl in _TITLES or kl in _NOT_INVERTED or _NOT_SURNAME.match(last) and not (common and kl in _PLACE_SURNAMES) \
                or kl in plain and kl not in surnames and not (last.isupper() and not first.isupper()):
            continue  # "Mr, Bethan"; "Thanks, Bethan"; "Road, Bethan"; two forenames in a list ("Bethan, Ffion")
        if kl not in surnames and "-" not in last and not particles and not common:
            if last.isupper() and not first.isupper() and kf in plain:
                # a register's surname in capitals no list holds, a quoted or delimited value of its own
                # ("('PENNYFEATHER, Rhodri', …)")
                if not (_VALUE_BEFORE.search(text, max(0, match.start() - 40), match.start())
                        and _VALUE_AFTER.match(text, match.end())):
                    continue
            elif last.isupper() or not (_FIELD_BEFORE.search(text, max(0, match.start() - 40), match.start())
                                        and _FIELD_AFTER.match(text, match.end())):
                continue
        if NOT_A_PERSON.search(text, match.start("first"), match.end()) or "-" not in last \
                and NOT_A_PERSON.search(text, match.start(), match.end()):
            continue  # (a barrel of a double surname may be a tool's name: "PUGH-JENKINS")
        yield Finding(match.start(), match.end(), Kind.NAME, "forename")


# a value's start as a log or an export writes one: a line's or a cell's, a quote, a bracketed stamp's end
_REGISTER_BEFORE = re.compile(r"(?:^|[\t|:(,;\"'>\n*\]]|  )[ \t]*$")
# a value's end, or the person's e-mail address in brackets after it ("FROST, Sandy (s.frost@…) replied")
_REGISTER_AFTER = re.compile(r"[ \t]*(?:$|[\t|;,)\"'<*]|  |\r?\n|[(<][^\s()<>@]{1,64}@)")


# what a log, a test run or a mail writes in capitals before a comma: a level, an outcome, a marker
_LOUD_WORDS = frozenset("""info debug trace warn fatal crit critical notice alert emerg pass fail skip skipped todo fixme note
nb fyi urgent action update re fw fwd cc bcc to from ok ack nak yes no tbc tbd asap eta na wip rip ps""".split())


def _register_written(text: str, match: re.Match[str], last: str, first: str, listed_first: bool) -> bool:
    """"FROST, Sandy", "GOLD, Yusuf", "ACHTERBERG, Heather": a surname in capitals, a comma and a capitalised forename,
    a value of its own (a quoted cell, a stamp before it, the line's end or the person's address after it), as
    registers and ticket tools write a person. The surname may be an English word or one no list holds there; the
    forename one the lists hold, or any where the person's e-mail address follows."""
    kl = key(last)
    if not (last.isupper() and not first.isupper() and len(kl) >= 3 and first[1:].islower()):
        return False
    if not any(c in "aeiouy" for c in kl):
        return False  # a word in capitals without a vowel: an acronym ("NHS, Bethan", "DWP, Ffion")
    if a_label_word(last) or kl in _TITLES or kl in _NOT_INVERTED or _NOT_SURNAME.match(last) \
            or kl in _LOUD_WORDS:
        return False  # "NOTE, Will", "CUST, Grace", "ROAD, Bethan", "INFO, Mark"
    if not _REGISTER_BEFORE.search(text, max(0, match.start() - 40), match.start()):
        return False
    after = _REGISTER_AFTER.match(text, match.end())
    if after is None:
        return False
    plain, _worded, _surnames = name_lists()
    if "@" not in after.group() and not (key(first) in plain or listed_first and (
            kl in pair_surnames() or kl in _lists()["B"])):
        return False  # a forename that is also a word after a word in capitals is an enum's pair ("PREPAY, Amber",
        # "TIMEOUT, Will", "RED, Amber") unless a surname the lists hold or the person's address says otherwise
    return not NOT_A_PERSON.search(text, match.start(), match.end())


# "POSTLETHWAITE Barnaby", "PUGH-JENKINS Eilidh": the surname in capitals, then the forename, as registers and
# ticketing tools write a person (no comma); not a forename that starts a name of its own ("ACME Henrietta Huxtable")
_CAPS_THEN_FORENAME = re.compile(rf"(?<![\w\-@./])(?<![^\W\d_]['’])(?P<last>{_CAPS_WORD})[ \t]+(?P<first>{_WORD})"
                                 rf"(?![\w@]|['’\-]\w|[ \t]+[{_UPPER}][{_LOWER}])")
# (a cell's or a quoted value's bounds too: a CSV's comma, a quote, a tag)
# (and a comment's: "/* PENNYFEATHER, Blodwen */")
_VALUE_BEFORE = re.compile(r"(?:^|[\t|:(,;\"'>\n*]|  )[ \t]*$")
_VALUE_AFTER = re.compile(r"[ \t]*(?:$|[\t|;,)\"'<*]|  |\r?\n)")


def a_label_word(word: str) -> bool:
    """Whether a word names a field or opens a line to someone rather than being part of a name ("CUST", "OWNER",
    "NAME", "TENANT", "Dear"): shared by the text's readers and the screen's (page_values)."""
    return classify(word) is not None or key(word) in _LABEL_WORDS


_LABEL_WORDS = frozenset("cust customer name names contact owner occupier tenant caller agent engineer by ack ref attn "
                         "to for from cc re fao dear hi hello mr mrs ms dr the".split())


def find_capitalised_surnames_first(text: str) -> Iterator[Finding]:
    """A name written as a surname in capitals and a known forename after it: the surname is one the lists hold, a
    double-barrelled one, or the pair is a field's whole value (see find_inverted_names)."""
    if len(text) >= PERSON_SIZED:
        return
    plain, _worded, _listed = name_lists()
    surnames = pair_surnames()
    for match in _CAPS_THEN_FORENAME.finditer(text):
        last, first = match.group("last"), match.group("first")
        kl = key(last)
        if key(first) not in plain or len(kl) < 3 or kl in _TITLES or kl in _NOT_INVERTED or _NOT_SURNAME.match(last) \
                or kl in plain and kl not in surnames or a_label_word(last):
            continue  # (a label in capitals before the name it gives: "CUST Henrietta Blenkinsop", a report's field)
        if kl not in surnames and "-" not in last and not (
                _VALUE_BEFORE.search(text, max(0, match.start() - 40), match.start()) and _VALUE_AFTER.match(text, match.end())):
            continue
        if NOT_A_PERSON.search(first) or "-" not in last and NOT_A_PERSON.search(last):
            continue  # (a barrel of a double surname may be a tool's name: "PUGH-JENKINS")
        yield Finding(match.start(), match.end(), Kind.NAME, "forename")


# a known forename and then the surname in capitals, as formal records and court papers write a name ("Siobhan SMITH",
# "Aneurin BRZĘCZYSZCZYKIEWICZ", "Rhodri AP HYWEL")
_FORENAME_THEN_CAPS = re.compile(rf"(?<![\w\-@./])(?P<first>{_WORD})[ \t]+(?P<last>(?:{_CAPS_WORD}[ \t]+)?{_CAPS_WORD})"
                                 rf"(?![\w@]|['’\-]\w)")


def find_forenames_then_capitals(text: str) -> Iterator[Finding]:
    """A forename the lists hold that is no English word, then a surname in capitals (one word of three letters or
    more, or a particle and one): not a label, a title or a team's or a system's name ("Priya API" reads as no name:
    an acronym of capitals holds no vowel, or names what the lists or the fields know)."""
    if len(text) >= PERSON_SIZED:
        return
    plain, _worded, _listed = name_lists()
    for match in _FORENAME_THEN_CAPS.finditer(text):
        first, last = match.group("first"), match.group("last")
        surname = last.split()[-1]
        if key(first) not in plain or not any(c in "AEIOUYÀÁÂÃÄÅÆÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜÝŶŴ" for c in surname) \
                or len(surname) < 4 and not listed_surname(surname, pair_surnames()):
            continue  # (three capitals are an acronym as often as a surname: "API", "UAT", unless the lists hold them)
        if " " in last and key(last.split()[0]) not in SURNAME_PARTICLES:
            continue
        if a_label_word(surname) or key(surname) in _TITLES or _NOT_SURNAME.match(surname) \
                or NOT_A_PERSON.search(first) or NOT_A_PERSON.search(surname):
            continue
        yield Finding(match.start(), match.end(), Kind.NAME, "forename")


def is_plain_forename(word: str) -> bool:
    """Is ``word`` a forename the lists know that is no English word ("Llinos", "Sioned", not "Grace")?"""
    return key(word) in name_lists()[0]


def names_a_person(words: str, *, any_surname: bool = False) -> bool:
    """Are ``words`` (two or three) a forename the lists hold and a surname they hold, in any case ("Siân FOX"), or
    any capitalised word (``any_surname``: "Will Papadopoulou")? Where an address's parts are read, the cell or the
    words before a street that are so are its occupant's name, not a house's or a town's."""
    parts = words.split()
    if not 2 <= len(parts) <= 3:
        return False
    last = parts[-1].capitalize() if parts[-1].isupper() else parts[-1]
    return is_listed_forename(parts[0]) and (any_surname or any_listed_surname(last)) and not _NOT_SURNAME.match(last) \
        and not HOUSE_WORD.match(last) and not NOT_A_PERSON.search(words)


_WORD_BEFORE = re.compile(r"(?<![\w'’\-])(?P<word>[^\W\d_][^\W\d_'’\-]*)[ \t]+\Z")


def occupant_or_house(text: str, house: Finding) -> Finding:
    """A house's name found before a street (``shapes.find_house_names``) that is a forename and a surname, with the
    word before it or alone, is the occupant's name ("S72,Will Papadopoulou,120 Dumbarton Road"): masked either way,
    the name's forename with it."""
    if names_a_person(text[house.start:house.end]):
        return Finding(house.start, house.end, Kind.NAME, "forename")
    before = _WORD_BEFORE.search(text, max(0, house.start - 30), house.start)
    # (any surname after a forename there: a house's name of two words ends with a kind of house, "Rose Cottage")
    if before is not None and names_a_person(text[before.start("word"):house.end], any_surname=True):
        return Finding(before.start("word"), house.end, Kind.NAME, "forename")
    return house


def is_listed_forename(word: str) -> bool:
    """Is ``word`` a forename the lists know (an English word too or not)?"""
    plain, worded, _surnames = name_lists()
    return key(word) in plain or key(word) in worded


def is_listed_surname(word: str) -> bool:
    """Is ``word`` a surname the lists (or the census) know that is no English word? For a word in a name
    of several words (a title before it, a forename beside it)."""
    return key(word) in pair_surnames()


_A_TITLE = re.compile(r"^(?i:mr|mrs|ms|miss|mx|dr|prof)\.?[ \t]+")
_COMMA_FORENAME = re.compile(rf",[ \t]+(?P<value>{_WORD})(?![\w@])")


def find_forenames_after(text: str, names: list[tuple[int, int]]) -> Iterator[Finding]:
    """The forename after a name written surname first ("Okoro-Reid, Harpreet rang in", "Caller:
    Drummond, Morag"): the capitalised word after a comma that follows a surname found alone, or a
    forename the lists know (and no English word) after a whole name. A comma with no space after it is
    a CSV's delimiter ("Mistry,Cosy Octopus": the next cell). ``names``: the spans found."""
    plain = name_lists()[0]
    ends: dict[int, int] = {}  # each end's earliest start: the whole name a part of it ends with
    for start, end in names:
        ends[end] = min(start, ends.get(end, start))
    for end, start in ends.items():
        match = _COMMA_FORENAME.match(text, end)
        if match is None or NOT_A_PERSON.search(match.group("value")) or _NOT_SURNAME.match(match.group("value")):
            continue
        # after a surname alone any capitalised word is its forename; after a whole name ("Jo Bloggs,
        # Leeds", "Jo Bloggs, Engineer") only a word the lists know as one
        name = _A_TITLE.sub("", text[start:end].strip())
        if " " not in name or key(match.group("value")) in plain:
            yield Finding(*match.span("value"), Kind.NAME, "name-part")


# The addressee's line over a postal address, as a bill, a letter or a form prints it ("HOLLY WHITE" over "44 ORCHARD
# DRIVE, HULL HU22 2WZ"): two to four words of letters, capitalised or in capitals, alone on the line just above a
# line that opens with an address found.
_ADDRESSEE_LINE = re.compile(rf"[ \t]*(?P<value>(?:{_WORD}|[{_UPPER}][{_UPPER}'’\-]+|[{_UPPER}]\.?)(?:[ \t]+(?:{PARTICLE}[ \t]+)?"
                             rf"(?:{_WORD}|[{_UPPER}][{_UPPER}'’\-]+)){{1,3}})[ \t]*,?[ \t]*\r?")


def find_addressees(text: str, addresses: list[Finding]) -> Iterator[Finding]:
    """Names on the line above an address (see ``_ADDRESSEE_LINE``): one word of them a forename or a surname the
    lists know, none a team's, a place's or a label's ("SUPPLY ADDRESS", "Your electricity bill" are not names)."""
    from .fields import classify

    seen: set[int] = set()
    for address in addresses:
        line_start = text.rfind("\n", 0, address.start) + 1
        if text[line_start:address.start].strip() or line_start < 2 or line_start in seen:
            continue
        seen.add(line_start)
        above = text.rfind("\n", 0, line_start - 1) + 1
        match = _ADDRESSEE_LINE.fullmatch(text, above, line_start - 1)
        if match is None:
            continue
        value = match.group("value")
        words = [w for w in value.replace(",", " ").split() if len(w.rstrip(".")) > 1]
        if len(words) < 2 or NOT_A_PERSON.search(value) or classify(value) is not None \
                or any(_NOT_SURNAME.match(w) or key(w) in _TITLES for w in words[1:]):
            continue
        if not any(is_listed_forename(w) for w in words[:-1]) and not (
                is_listed_surname(words[-1]) or common_gb_surname(words[-1])):
            continue
        yield Finding(match.start("value"), match.end("value"), Kind.NAME, "forename")


# A person named just before where they live: "Registration exists for MEI BELL at 97 Baker Avenue", "Walker, Jack,
# lives at PO Box 225", "owner: KHAN, Fatima at 188 Oakfield Hill": two or three words of a name (capitalised or in
# capitals, a particle among them) or a surname, a comma and a forename, then "at" (after "lives", "living",
# "resides", "staying" maybe) and the address found already.
_NAME_WORDS = rf"(?:{_WORD}|[{_UPPER}][{_UPPER}'’\-]+)"
_RESIDENT_BEFORE = re.compile(rf"(?<![\w'’\-])(?P<value>{_NAME_WORDS}(?:,[ \t]*{_NAME_WORDS}"
                              rf"|(?:[ \t]+(?:{PARTICLE}[ \t]+)?{_NAME_WORDS}){{1,2}}))[ \t]*,?[ \t]+"
                              r"(?:(?:who[ \t]+)?(?i:lives|living|resides|residing|staying|based)[ \t]+)?(?:at|of|@)[ \t]+\Z")


_SURNAME_COMMA_FORENAME = re.compile(rf"[{_UPPER}][{_UPPER}'’\-]+,[ \t]*{_WORD}")


def find_residents(text: str, addresses: list[Finding]) -> Iterator[Finding]:
    """The name just before "at" an address (see ``_RESIDENT_BEFORE``): a word of it a forename or a surname the
    lists know, none a team's, a place's or a label's ("Smart Meter at 12 Oak Road", "Depot Office at …")."""
    from .fields import classify

    for address in addresses:
        match = _RESIDENT_BEFORE.search(text, max(0, address.start - 60), address.start)
        if match is None:
            continue
        value = match.group("value")
        words = [w for w in re.split(r"[ \t,]+", value) if w]
        if NOT_A_PERSON.search(value) or classify(value) is not None or any(key(w) in _TITLES for w in words) \
                or any(_NOT_SURNAME.fullmatch(w) for w in words):
            continue
        # (a register's "QUENNOX, Zyrelle": a surname in capitals, a comma and a forename, is a person's however rare)
        if any(is_listed_forename(w) or is_listed_surname(w) or common_gb_surname(w) for w in words) \
                or _SURNAME_COMMA_FORENAME.fullmatch(value):
            yield Finding(match.start("value"), match.end("value"), Kind.NAME, "forename")


# a person's role in brackets beside their name, as comments, tickets and minutes write a colleague or a customer:
# "– Padraig (tester): rang…", "Customer (James) asked…"
_ROLES = (r"tester|test[ \t]+lead|engineer|agent|customer|occupier|tenant|witness|assurer|reviewer|analyst|developer|"
          r"dev|qa|ba|pm|lead|manager|supervisor|contractor|installer|fitter|technician|operator|caller|landlord|"
          r"homeowner|owner|resident|meter[ \t]+reader|field[ \t]+ops|"
          # (a third party's contact, and a household's people: "* Will Carter (supplier)", "Joy Cook (daughter)")
          r"supplier|distributor|dno|mop|vendor|contact|electrician|neighbour|carer|partner|wife|husband|son|daughter")
_NAME_THEN_ROLE = re.compile(rf"(?<![\w\-@./])(?P<name>{_WORD}(?:[ \t]+{_WORD})?)[ \t]*\((?i:{_ROLES})\)")
_ROLE_THEN_NAME = re.compile(rf"(?<![\w\-])(?i:{_ROLES})[ \t]*\((?P<name>{_WORD}(?:[ \t]+{_WORD})?)\)")


def find_role_bracketed_names(text: str) -> Iterator[Finding]:
    """A forename the lists know (a surname after it too) with a person's role in brackets after or before it."""
    if len(text) >= PERSON_SIZED:
        return
    for pattern in (_NAME_THEN_ROLE, _ROLE_THEN_NAME):
        for match in pattern.finditer(text):
            name = match.group("name")
            if is_listed_forename(name.split()[0]) and not NOT_A_PERSON.search(name):
                yield Finding(match.start("name"), match.end("name"), Kind.NAME, "forename")


# a forename alone before what a person does in a note ("Siobhan says the IHD is blank", "Rang back, Oluwaseun
# confirmed the read"): a forename the lists hold that is no English word
_PERSON_VERBS = (r"says|said|confirmed|reported|rang|called|asked|told|stated|advised|agreed|mentioned|wants|wanted|"
                 r"explained|replied|emailed|texted|phoned|informed|requested|complained|noticed|refused|declined|"
                 r"answered|promised|insisted|lives|owns|attended|witnessed|signed|"
                 # (a retro's or a stand-up's colleague and what they did: "- Tendai fixed the DIP certs")
                 r"fixed|raised|retested|deployed|reviewed|merged|chased|paired|volunteered|presented")
_FORENAME_THEN_VERB = re.compile(rf"(?<![\w\-@./])(?P<name>{_WORD})[ \t]+(?:{_PERSON_VERBS})\b")
# (or "and" another person: "J. White and T. Hill attended")
_PERSON_VERB_AFTER = re.compile(rf"[ \t]+(?:(?:{_PERSON_VERBS})\b|and[ \t]+[{_UPPER}]\.[ \t]?{_WORD}[ \t]+(?:{_PERSON_VERBS})\b)")
# a single initial without its dot and a surname the lists hold (English words too), as a form's field or a register's
# cell writes a person: "occupier=A Gallagher", "| Marsh P |", "| Rose, O |"
_BARE_INITIAL_FIRST = re.compile(rf"(?<![\w\-@./'’])[{_UPPER}][ \t]+(?P<last>{_WORD})(?![\w@]|['’\-.]\w)")
_BARE_INITIAL_AFTER = re.compile(rf"(?<![\w\-@./])(?P<last>{_WORD})(?:,[ \t]*|[ \t]+)[{_UPPER}](?![\w.'’])")


# a forename and a surname the lists hold, English words both, before what a person does ("Grace Bell rang",
# "Joy Cook confirmed"): the verb says a person, where "Grace Bell" alone may be a street's or a product's
_PAIR_THEN_VERB = re.compile(rf"(?<![\w\-@./])(?P<first>{_WORD})[ \t]+(?P<last>{_WORD})[ \t]+(?:{_PERSON_VERBS})\b")


# or after a word that says a person follows: a BDD scenario's step ("Given Dawn Singer is on the Priority Services
# Register"), the company someone kept, the one who did it or the one it is for ("went round with Hope Bird",
# "approved by Will Carter", "gas job for Pearl Bell moved", "cc Grace Church"), a name's own word ("shows name Grace
# Church", "named Holly Wood"); where the name ends
_PAIR_AFTER_CUE = re.compile(rf"(?:(?P<step>(?m:^[ \t]*(?:[*\-•][ \t]+)?(?:Given|When|Then|And|But)[ \t]+))|(?i:(?<![\w\-])"
                             rf"(?:with|by|for|cc|named|name(?:[ \t]+is)?)[ \t]*:?[ \t]+))(?P<first>{_WORD})[ \t]+(?P<last>{_WORD})")
# (a step's subject before what it does, whatever the verb: "Then Grace Smith sees the final bill")
_STEP_VERB = re.compile(r"[ \t]+[a-z]+\b|[ \t]*$", re.MULTILINE)


# a forename and a surname the lists hold, English words both, quoted whole in a test's output: a diff's line
# ("-'Grace Bell'", "+ \"Joy Cook\"") or an assertion's ("assertEquals('Grace Bell', …)", "expected: \"Joy Cook\"")
# (or JUnit's "expected:<[Grace Bell]> but was:<[Joy Cook]>")
_QUOTED_NAME = re.compile(rf"(?:(?P<q>[\"'])|<\[)(?P<first>{_WORD})[ \t]+(?P<last>{_WORD})(?(q)(?P=q)|\]>)")
_TEST_LINE = re.compile(r"(?m)^[ \t]*[\-+](?![\-+])|(?i:assert|expect|actual|equal|should|\bis\(|\bto(?:Be|Equal)\b|got\b|"
                        r"but[ \t]+was|matcher)")


def find_quoted_test_names(text: str) -> Iterator[Finding]:
    """A whole name quoted in a test's output (see ``_QUOTED_NAME``): on a diff's line or an assertion's."""
    if len(text) >= PERSON_SIZED or not ("'" in text or '"' in text or "<[" in text):
        return
    tested: dict[int, bool] = {}  # line start -> is the line a test's (each line asked once: a one-line JSON of
    # thousands of quoted names is one line)
    for match in _QUOTED_NAME.finditer(text):
        first, last = match.group("first"), match.group("last")
        if not (is_listed_forename(first) and any_listed_surname(last)) or _NOT_SURNAME.match(last) \
                or NOT_A_PERSON.search(match.group()) or key(first) in _FUNCTION_WORDS:
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        if line_start not in tested:
            line_end = text.find("\n", match.end())
            tested[line_start] = _TEST_LINE.search(text, line_start, line_end if line_end >= 0 else len(text)) is not None
        if tested[line_start]:
            yield Finding(match.start("first"), match.end("last"), Kind.NAME, "forename")


# a forename alone where a note or a chat says a person is meant: asked for ("ask for Agnieszka"), spoken to by it
# ("ok Catriona can you confirm…"), or owning a number or a home ("Bill's nmbr", "Mark's mobile")
_ASKED_FOR = re.compile(rf"(?i:\b(?:ask(?:ed)?[ \t]+for|(?:call|ring|phone)[ \t]+back|speak[ \t]+to|spoke[ \t]+to|talk(?:ed)?[ \t]+to|tell|told|thanks|"
                        # (a to-do's verb of reaching someone: "☐ chase Niamh re MHHS-465", "ping Hywel about it")
                        rf"chase|chased|chasing|remind|reminded|ping|pinged|nudge|nudged|"
                        rf"thank[ \t]+you|cheers|ok|okay|hi|hello|hiya|morning|dear))[ \t,]+(?P<name>{_WORD})"
                        rf"(?=[ \t]*(?:\r?$|[,.!?:;)]|[ \t]+(?i:can|could|would|will|please|pls|is|at|on|if|re|about|"
                        rf"to|for|and|or|the)\b))", re.MULTILINE)
_OWNS = re.compile(rf"(?<![\w\-@./])(?P<name>{_WORD})['’]s[ \t]+(?P<what>(?i:number|nmbr|no\.?|phone|mobile|mob|email|"
                   rf"e-mail|address|house|flat|home|landline|tel))\b")
_PERSONS_OWN = frozenset({"mobile", "mob", "nmbr", "number", "no", "no.", "landline", "email", "e-mail"})


# a surname in capitals, a comma, a forename: a register's, a court list's, a bill run's way with a person
# ("BAKER, Ivy", "FISHER, Drew")
# (standing alone as a value: what follows is the line's end or a delimiter, not a sentence going on, as "RESULT: GREEN,
# Amber next week" and "PRICE, Will confirm" do)
_CAPITAL_SURNAME_FIRST = re.compile(rf"(?<![\w\-@./])(?P<last>[{_UPPER}][{_UPPER}'’\-]+)[ \t]*,[ \t]*(?P<first>{_WORD})"
                                    rf"(?![\w@]|['’\-]\w)(?=[ \t]*(?:\r?$|[|;,)\]\t\"']|[ \t]{{2}})"
                                    # (or the person's address in brackets, or what they did: "for LEE, Faith
                                    # (rose17@example.org)", "> STONE, Summer said the meter …")
                                    rf"|[ \t]*\([^()\s]{{1,64}}@|[ \t]+(?:{_PERSON_VERBS})\b)", re.MULTILINE)
# two capitalised words alone in a cell, a bar's or a tab's ("| Mahoney Mark |", "\tPearl Mason\t")
_CELL_PAIR = re.compile(rf"(?:(?<=[|\t])|(?<=[|\t][ \t])|(?<=[|\t][ \t]{{2}}))(?P<a>{_WORD})[ \t]+(?P<b>{_WORD})(?=[ \t]*(?:[|\t]|\r?$))",
                        re.MULTILINE)


# a Chinese name in its own order, the family name first ("Zhang Xiaoming", "WANG Jing", "Li Xiuying"): one of the
# commonest family names (each alone too short, or too much an English word, for a surname list to be read by),
# then a given name the lists hold that is no English word
_CHINESE_FAMILY = frozenset("""wang li zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo lin luo gao zheng liang
xie tang song han feng deng cao peng zeng xiao tian dong pan yuan cai jiang du ye cheng wei su lu ding ren shen yao
fang jin qian dai tan zou xiong lai meng qin yan gu hou shao wan duan lei kong qiu""".split())
_FAMILY_FIRST = re.compile(rf"(?<![\w\-@./])(?P<family>[{_UPPER}](?:[{_LOWER}]+|[{_UPPER}]+))[ \t]+"
                           rf"(?P<given>[{_UPPER}](?:[{_LOWER}]{{2,}}|[{_UPPER}]{{2,}}))(?![\w@]|['’\-.]\w)")


def find_chinese_names(text: str) -> Iterator[Finding]:
    """A Chinese name family name first (see ``_FAMILY_FIRST``)."""
    if len(text) >= PERSON_SIZED:
        return
    lists = _lists()
    for match in _FAMILY_FIRST.finditer(text):
        if match.group("family").lower() not in _CHINESE_FAMILY:
            continue
        given = key(match.group("given"))
        # (the given name a forename the lists hold, or a surname they hold that no word is: a form's two fields)
        if (given in lists["F"] or given in lists["S"]) and given not in lists["W"] and given not in lists["B"] \
                and given not in _FUNCTION_WORDS and not NOT_A_PERSON.search(match.group()):
            yield Finding(match.start(), match.end(), Kind.NAME, "surname")


def find_surname_first_names(text: str) -> Iterator[Finding]:
    """A person written surname first: in capitals before a comma and a forename the lists hold; or two words alone
    in a table's cell, a forename and a surname the lists hold in either order."""
    if len(text) >= PERSON_SIZED:
        return
    if "," in text:
        for match in _CAPITAL_SURNAME_FIRST.finditer(text):
            last, first = match.group("last"), match.group("first")
            if len(last) >= 2 and any_listed_surname(last.capitalize()) and is_listed_forename(first) \
                    and not _NOT_SURNAME.match(last) and not NOT_A_PERSON.search(match.group()):
                yield Finding(match.start(), match.end(), Kind.NAME, "surname")
    if "|" in text or "\t" in text:
        for match in _CELL_PAIR.finditer(text):
            a, b = match.group("a"), match.group("b")
            forename_first = is_listed_forename(a) and any_listed_surname(b)
            surname_first = any_listed_surname(a) and is_listed_forename(b) and key(b) in name_lists()[0]
            if (forename_first or surname_first) and key(a) not in _FUNCTION_WORDS and not _NOT_SURNAME.match(b) \
                    and not _NOT_SURNAME.match(a) and not NOT_A_PERSON.search(match.group()):
                yield Finding(match.start("a"), match.end("b"), Kind.NAME, "surname")


def find_single_forenames(text: str) -> Iterator[Finding]:
    """A forename the lists hold standing alone where a note says a person is meant (see ``_ASKED_FOR``,
    ``_OWNS``): one that is no English word after the words that ask for or speak to someone; any, English words
    too ("Bill", "Mark"), before a possessive's number or home."""
    if len(text) >= PERSON_SIZED:
        return
    plain = name_lists()[0]
    for match in _ASKED_FOR.finditer(text):
        if key(match.group("name")) in plain and not NOT_A_PERSON.search(match.group("name")):
            yield Finding(*match.span("name"), Kind.NAME, "forename")
    for match in _OWNS.finditer(text):
        name = match.group("name")
        # (a forename that is also a word only before a person's own number: "Bill's address" is the invoice's,
        # "Sky's phone line" a company's)
        if key(name) in plain or is_listed_forename(name) and match.group("what").lower() in _PERSONS_OWN:
            if key(name) not in _FUNCTION_WORDS and not NOT_A_PERSON.search(name):
                yield Finding(*match.span("name"), Kind.NAME, "forename")


def find_forenames_before_verbs(text: str) -> Iterator[Finding]:
    if len(text) >= PERSON_SIZED:
        return
    plain = name_lists()[0]
    for match in _FORENAME_THEN_VERB.finditer(text):
        if key(match.group("name")) in plain and not NOT_A_PERSON.search(match.group("name")):
            yield Finding(match.start("name"), match.end("name"), Kind.NAME, "forename")
    for pattern in (_PAIR_THEN_VERB, _PAIR_AFTER_CUE):
        for match in pattern.finditer(text):
            first, last = match.group("first"), match.group("last")
            if is_listed_forename(first) and any_listed_surname(last) and not _NOT_SURNAME.match(last) \
                    and not NOT_A_PERSON.search(match.group()) and key(first) not in _FUNCTION_WORDS \
                    and (pattern is _PAIR_THEN_VERB or NAME_ENDS.match(text, match.end())
                         or match.group("step") is not None and _STEP_VERB.match(text, match.end())):
                yield Finding(match.start("first"), match.end("last"), Kind.NAME, "forename")


def find_bare_initialled_names(text: str) -> Iterator[Finding]:
    """A surname the lists hold with a single initial that has no dot: after a word that names a person, or as a
    value alone (see :func:`_value_alone`)."""
    if len(text) >= PERSON_SIZED:
        return
    surnames, worded = pair_surnames(), _lists()["B"]
    for pattern in (_BARE_INITIAL_FIRST, _BARE_INITIAL_AFTER):
        for match in pattern.finditer(text):
            last = match.group("last")
            if not (listed_surname(last, surnames) or key(last) in worded) or _NOT_SURNAME.match(last) \
                    or key(last) in plural_surnames() or NOT_A_PERSON.search(last) or key(last) in _TITLES:
                continue
            line_start = text.rfind("\n", max(0, match.start() - 200), match.start()) + 1
            before = text[max(line_start, match.start() - 40):match.start()]
            # (a person's word, not a preposition: "for Bell A and Bell B wiring", "from Day A to Night B")
            if _CUED_BEFORE.search(before) and not _PREPOSITION_ONLY.search(before):
                yield Finding(match.start(), match.end(), Kind.NAME, "initials")
            elif _value_alone(text, match.start(), match.end()) and (key(last) not in worded or "," in match.group()):
                # (alone in a cell, a surname that is an English word with a bare capital is a register's "Day A",
                # a tariff's "Price B": only "Rose, O", its comma a register's, is a person's)
                yield Finding(match.start(), match.end(), Kind.NAME, "initials")


# a person's name as a system joins it into one token: a username, a test data set's key, a mailbox's local part
# written alone ("david.chaudhry", "mark_baker", "siobhán_fisher"), not a path's or a module's ("grace.period.days")
_JOINED = re.compile(rf"(?<![\w@./\\\-])(?P<first>[{_UPPER}{_LOWER}][{_LOWER}]{{2,}}|[{_UPPER}]{{3,}})[._\-]"
                     rf"(?P<last>[{_UPPER}{_LOWER}][{_LOWER}'’\-]{{2,}}|[{_UPPER}][{_UPPER}'’\-]{{2,}})(?!\w|[./][\w])")
# (an "@" after it: a login at a host, "ssh cerys.cook@jump01"; a whole mailbox is masked as one anyway)


_CODE_AFTER = re.compile(r"[ \t]*[(=\[:]")  # a function's, a variable's or a key's name: "mark_long(", "mark_long ="


def find_joined_names(text: str) -> Iterator[Finding]:
    """A forename and a surname joined by a dot or an underscore in small letters (see ``_JOINED``): a forename the
    lists know before a surname they know, one of the two no English word, or a pair common in Great Britain."""
    if ("." not in text and "_" not in text) or len(text) >= PERSON_SIZED:
        return  # (a machine's log of megabytes names its users in its fields: the name rules read a person's texts)
    plain, worded, surnames = name_lists()
    for match in _JOINED.finditer(text):
        first, last = match.group("first"), match.group("last")
        f, s = key(first), key(last)
        if _CODE_AFTER.match(text, match.end()):
            continue
        if "-" in match.group() and not (f in plain and s in surnames):
            continue  # (a slug's words are anything's: "grace-period", "mark-complete"; two names no word only)
        if (f in plain and any_listed_surname(last)) or ((f in plain or f in worded) and s in surnames) \
                or common_gb_pair(first.title(), last.title()) or (s in plain and f in surnames):
            # (or the surname first, as a directory sorts its users: "chaudhry.david")
            yield Finding(match.start(), match.end(), Kind.NAME, "joined")


def mailbox_name(address: str) -> str | None:
    """A person's name as their mailbox's local part spells it ("jill.gill@…", "lily_illsley@…"): a pattern of its
    words written apart, each capitalised or in capitals (and a reader's "I" for an "l", as a sans-serif face draws
    both), where a card or a signature shows the name beside the address; ``None`` when the local part is no person's
    (one word, digits, a team's "support.team", "no-reply"). (Not in small letters: "mark long running jobs" beside
    mark.long@… are words.)"""
    parts = re.split(r"[._\-]", address.split("@", 1)[0])
    if not 2 <= len(parts) <= 3 or not all(part.isalpha() and len(part) >= 2 for part in parts):
        return None
    if NOT_A_PERSON.search(" ".join(parts)) or not any(
            is_listed_forename(part) or any_listed_surname(part) for part in parts):
        return None

    def letter(char: str, first: bool) -> str:
        if char.lower() in "il":
            return "[IL]" if first else "[IiLl1|]"
        return char.upper() if first else f"[{re.escape(char.lower())}{re.escape(char.upper())}]"

    return r"[ \t]+".join("".join(letter(c, i == 0) for i, c in enumerate(part)) for part in parts)


_MOST_MAILBOXES = 200  # (a log of thousands of addresses names its people in its fields)


def mailbox_names(emails: list[str]) -> re.Pattern[str] | None:
    """One pattern for the names of all ``emails``' mailboxes (see :func:`mailbox_name`), or ``None``."""
    patterns = [p for p in (mailbox_name(a) for a in list(dict.fromkeys(emails))[:_MOST_MAILBOXES]) if p is not None]
    if not patterns:
        return None
    return re.compile(r"(?<![\w@.])(?:" + "|".join(dict.fromkeys(patterns)) + r")(?![\w@])")


def find_mailbox_names(text: str, emails: list[str]) -> Iterator[Finding]:
    """A name written out where its mailbox's address is in the same text (see :func:`mailbox_name`): "Jill Gill"
    over "jill.gill@example.org" on a contact card, whose words alone ("Gill" a word) no list takes for a name."""
    pattern = mailbox_names(emails)
    if pattern is not None:
        yield from (Finding(m.start(), m.end(), Kind.NAME, "mailbox") for m in pattern.finditer(text))
