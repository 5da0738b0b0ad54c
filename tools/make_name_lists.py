#!/usr/bin/env python3
"""Writes redaction/data/names.txt: the forenames and surnames Attest uses to find a person's name that
nothing labels ("Device commissioned at Tomasz Doherty (linked to 0113 496 0404)").

The names come from Faker's person providers (MIT licence), every locale whose names are written in
Latin letters (romanised ones too): people in Great Britain carry names from everywhere. Each forename
that is also an English word ("Will", "Mark", "Grace", "Case") is marked, so that it counts as a name only
before a surname that is no English word ("Will Retry" and "Grace Period" stay); the English words are
the GCIDE headwords of the english-words package (MIT licence). Place names that some locale lists as
forenames ("Kent", "Essex") are left out.

Run by a developer when either source changes, never at run time (Attest works offline):

    pip install faker english-words names && python tools/make_name_lists.py

tools/name_lists_gb.txt adds, by hand, names common in Great Britain that no Faker locale lists (Welsh,
Cornish, Gaelic, West African and South Asian names among them): held-out corpora kept finding them.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import unicodedata
from importlib import metadata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "redaction" / "data" / "names.txt"
FIRST = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary", "first_romanized_names",
         "first_romanized_names_male", "first_romanized_names_female")
LAST = ("last_names", "last_names_male", "last_names_female", "last_romanized_names")
# listed as forenames somewhere, but on a GB screen they name places, products or systems
NOT_FORENAMES = {"Kent", "Essex", "Ireland", "Wales", "England", "Scotland", "Britain", "Safari", "Windows", "Chrome",
                 "Oracle", "Azure", "Jira", "Teams", "Ubuntu", "Debian", "Linux", "Android", "Alexa", "Siri",
                 # Welsh words a bilingual bill or letter heads its pages with ("Bil Trydan a Nwy": electricity and
                 # gas bill)
                 "Bil"}


def _latin(name: str) -> bool:
    return bool(re.fullmatch(r"[^\W\d_]+(?:['’\-][^\W\d_]+)?", name)) and all(
        "LATIN" in unicodedata.name(c, "") or c in "'’-" for c in name)


def _names(attrs: tuple[str, ...]) -> set[str]:
    import faker.providers.person as person

    out: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        try:
            provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        except (ImportError, AttributeError):
            continue
        for attr in attrs:
            values = provider.__dict__.get(attr)
            if values is None or isinstance(values, property) or callable(values):
                continue
            for name in (values.keys() if isinstance(values, dict) else values):
                name = name.strip() if isinstance(name, str) else ""
                if len(name) >= 3 and name[0].isupper() and not name.isupper() and _latin(name):
                    out.add(name)
    return out


# The forenames and surnames most common in Great Britain (Faker's en_GB lists) that are also English words ("John",
# "James", "Jane"; "Smith", "Walker", "Wood"): the word lists would make "John Smith" no one's name. Forenames whose
# word is an everyday word, a month or a code word stay out ("Mark Price", "June Hill", "Victor Green" may be
# phrases); the rest are names before a common GB surname, so that "call from Paul Walker" names him.
GB_WORDS_NOT_FORENAMES = {"Amber", "Barry", "Ben", "Billy", "Carol", "Charlie", "Christian", "Clare", "Dale", "Dawn",
                          "Dean", "Frank", "Glen", "Grace", "Gregory", "Guy", "Hazel", "Heather", "Henry", "Holly",
                          "Jack", "Jade", "Jasmine", "Jay", "Jean", "Jill", "Joe", "Jordan", "Julian", "June", "Karen",
                          "Lee", "Lewis", "Luke", "Marc", "Mark", "Martin", "Molly", "Norman", "Robin", "Roger",
                          "Rosemary", "Ruth", "Sally", "Sam", "Terry", "Toby", "Tom", "Victor", "Victoria"}


def _gb_names() -> tuple[set[str], set[str]]:
    """(forenames, surnames) of Faker's en_GB person provider: the names most common in Great Britain."""
    from faker.providers.person.en_GB import Provider

    first = {*Provider.first_names_male, *Provider.first_names_female}
    return {n for n in first if _latin(n)}, {n for n in Provider.last_names if _latin(n)}


def _census_surnames() -> set[str]:
    """The surnames of the 1990 US census (public domain; 88,799 names, as shipped by the names package, MIT
    licence): Faker's lists lack many a British surname ("Gallacher", "Abernethy", "Urquhart", "MacAskill")
    that emigration carried there. Four letters or more: the shorter ones are mostly syllables of others."""
    from importlib import resources

    text = resources.files("names").joinpath("dist.all.last").read_text("utf-8")
    return {line.split()[0].capitalize() for line in text.splitlines() if line.strip() and len(line.split()[0]) >= 4}


EXTRA = Path(__file__).resolve().parent / "name_lists_gb.txt"


def _extra(kind: str) -> set[str]:
    """The hand-compiled names of ``kind`` ("forename" or "surname") in name_lists_gb.txt: names common in
    Great Britain (Welsh, Cornish, Gaelic, West African, South Asian...) that no locale of Faker lists."""
    out: set[str] = set()
    for line in EXTRA.read_text("utf-8").splitlines():
        head, _, names = line.partition(":")
        if head.strip() == kind and not line.startswith("#"):
            out.update(name for name in names.split() if _latin(name))
    return out


def _english(name: str, words: set[str]) -> bool:
    """An English word, or a plural or other simple ending of one ("records", "fields", "banking")."""
    return name in words or any(name.endswith(end) and name[:-len(end)] + add in words
                                for end, add in (("s", ""), ("es", ""), ("ies", "y"), ("ing", ""), ("ed", ""),
                                                 ("er", ""), ("ers", "")))


def main() -> None:
    from english_words import get_english_words_set

    words = {w.lower() for w in get_english_words_set(["gcide"], alpha=True)}
    forenames = (_names(FIRST) | _extra("forename")) - NOT_FORENAMES
    surnames = {name for name in _names(LAST) | _extra("surname") if name.lower() not in words}
    census = {name for name in _census_surnames() - surnames if not _english(name.lower(), words)}
    common_first, common_last = _gb_names()
    gb_first = {name for name in common_first & forenames if name.lower() in words} - GB_WORDS_NOT_FORENAMES
    gb_last = ({name for name in common_last if name.lower() in words or _english(name.lower(), words)}
               | _extra("word-surname")) - surnames - census
    lines = [
        "# Forenames and surnames for finding a person's name that nothing labels (redaction/names.py).",
        f"# Made by tools/make_name_lists.py from Faker {metadata.version('faker')} (MIT licence, person providers)",
        f"# the 1990 US census surnames (public domain) from names {metadata.version('names')} (MIT licence),",
        f"# english-words {metadata.version('english-words')} (MIT licence, GCIDE headwords), and the names common in",
        "# Great Britain that those lack, compiled by hand in tools/name_lists_gb.txt. One name a line:",
        "#   F <name>  a forename that is no English word",
        "#   W <name>  a forename that is also an English word (a name only before an S surname)",
        "#   S <name>  a surname that is no English word",
        "#   P <name>  a surname that is no English word but its plural or simple ending (Gates, Banks): a surname",
        "#             after a known forename, not after any capitalised word (\"Quality Gates\")",
        "#   C <name>  a census surname of no English word or its plural: a name only after another name's word",
        "#   G <name>  a common GB forename that is also an English word (also a W line): a name before a B or S surname",
        "#   B <name>  a common GB surname that is an English word (\"Smith\", \"Wood\"): a surname after an F or G forename",
        *(f"{'W' if name.lower() in words else 'F'} {name}" for name in sorted(forenames)),
        *(f"{'P' if _english(name.lower(), words) else 'S'} {name}" for name in sorted(surnames)),
        *(f"C {name}" for name in sorted(census)),
        *(f"G {name}" for name in sorted(gb_first)),
        *(f"B {name}" for name in sorted(gb_last)),
    ]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(forenames)} forenames, {len(surnames)} surnames, {len(census)} census surnames")


if __name__ == "__main__":
    main()
