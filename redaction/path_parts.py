"""The parts of a file's path in a listing: an archive's (``7z l``, ``unzip -l``), a copy's (robocopy), a share's.

Evidence folders are named for what they hold: ``gas/5286810-G4K00123456/Pearl Fisher meter photo.jpg`` files a
photo under the supply's number and its meter's serial, and names the customer in the photo's name, blanks and all.
A file's name read back to its first blank (as :func:`text._file_names_read` reads one) misses the person; a folder's
name of two identifiers joined by a hyphen reads as neither alone.

:func:`paths` finds the paths; :func:`path_spans` gives each folder's name and the file's whole name (blanks included, from the last slash) for
reading as a typed file name is; :func:`find_path_parts` finds what only the path's layout says: a folder named for
a supply and its meter (the number before the hyphen a supply's, the token after it the meter's serial), and a file
named for a person, a forename and a surname the lists know before the words of what it shows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .bare_numbers import COMPACT_DATE
from .findings import Finding, Kind
from .mpan import is_valid_mpan_core
from .names import any_listed_surname, is_listed_forename

_EXTENSION = (r"\.(?i:txt|md|csv|tsv|json|xml|log|jpe?g|png|gif|bmp|tiff?|heic|pdf|docx?|xlsx?|zip|gz|7z|eml|msg|"
              r"html?|yaml|yml|mp4|mov|wav)(?![\w.])")
# folders (no blanks in their names but between digits: "2990 409 947-…") after a blank, a quote or a line's start,
# then the file's name up to its type (an absolute path's root, a drive's or a URL's scheme before its first folder:
# "/srv/…", "C:\\…", "s3://…")
_PATH = re.compile(r"(?<![\w.\-/\\:])(?:[A-Za-z]:[\\/]|/+|[a-z][a-z0-9+.\-]{0,9}://)?"
                   r"(?P<dirs>(?:[\w.\-]+(?: (?=\d)[\w.\-]+)*[/\\]){1,8})(?P<file>[^/\\\n\t\"'|<>]{1,120}?" + _EXTENSION + ")")
_SEGMENT = re.compile(r"[^/\\]+")
# a supply's number (six to ten digits, or an MPAN's thirteen; groups apart by blanks as typed) and a meter's serial
# (the serial in a serial's make-up: a maker's letters then digits, or the year, its letters and digits, a check letter
# perhaps: "SSWG4758736", "gms6572040", "E6S12345678901", "T66E527783"; not a build's hash, "abc1234def")
_SUPPLY_AND_METER = re.compile(r"(?P<number>\d{6,10}|\d{13}|\d{3,4}(?: \d{3}){2}\d?|\d{2} \d{4} \d{4} \d{3})[\-_]"
                               r"(?P<serial>[A-Za-z]{1,4}\d{5,12}[A-Za-z]?|[A-Za-z]?\d{1,2}[A-Za-z]{1,2}\d{5,11}[A-Za-z]?)")
# a path about supplies: a folder that names a fuel, a meter or a site ("gas/", "elec/", "meters/", "evidence/")
_SUPPLY_FOLDER = re.compile(r"(?i)(?:^|[/\\])(?:gas|elec|electricity|meters?|mprns?|mpans?|supply|supplies|sites?|"
                            r"premises|evidence|photos?|readings?|installs?|jobs?)(?:[/\\]|$)")
def _supply_and_meter(pair: re.Match[str], digits: str, offset: int) -> Iterator[Finding]:
    """A supply's number and its meter's serial (``_SUPPLY_AND_METER``, matched ``offset`` into the text): not a date
    ("20250627-…"), nor thirteen digits that are no MPAN (a moment in milliseconds, a build's number)."""
    if COMPACT_DATE.fullmatch(digits):
        return
    kind = Kind.MPAN if len(digits) == 13 and is_valid_mpan_core(digits) else Kind.MPRN
    if len(digits) == 13 and kind is Kind.MPRN:
        return
    yield Finding(offset + pair.start("number"), offset + pair.end("number"), kind, "path")
    yield Finding(offset + pair.start("serial"), offset + pair.end("serial"), Kind.MSN, "path")


# a person's name opening a file's name, before the words of what the file shows ("Pearl Fisher meter photo.jpg",
# "Joy Cook - letter.pdf")
_NAME_FIRST = re.compile(r"(?P<name>[A-Z][a-z'’\-]+(?: (?:[a-z]{1,3} )?[A-Z][\w'’\-]+){1,2})(?= [a-z]| - | ?_|\.)")


_TYPE = re.compile(_EXTENSION)
_REACH = 400  # characters before a file's type that its path may take


def paths(text: str) -> list[re.Match[str]]:
    """The paths in ``text``: looked for back from each file's type (a log of megabytes has few; a pattern tried at
    every word's start would read all of it), each path ending at its type."""
    found: list[re.Match[str]] = []
    done = 0
    for kind in _TYPE.finditer(text):
        start = max(done, text.rfind("\n", 0, kind.start()) + 1, kind.start() - _REACH)
        path = next((m for m in _PATH.finditer(text, start, kind.end()) if m.end() == kind.end()), None)
        if path is not None:
            found.append(path)
            done = path.end()
    return found


def path_spans(found: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Each folder's name and each file's whole name in the paths ``found`` (see :func:`paths`), as spans."""
    spans: list[tuple[int, int]] = []
    for match in found:
        at = match.start("dirs")
        spans.extend((at + m.start(), at + m.end()) for m in _SEGMENT.finditer(match.group("dirs")))
        spans.append(match.span("file"))
    return spans


def find_path_parts(found: list[re.Match[str]]) -> Iterator[Finding]:
    """What the layout of the paths ``found`` (see :func:`paths`) says: see the module's docstring."""
    for match in found:
        at = match.start("dirs")
        about_supplies = _SUPPLY_FOLDER.search(match.group("dirs")) is not None
        for segment in _SEGMENT.finditer(match.group("dirs")) if about_supplies else ():
            pair = _SUPPLY_AND_METER.fullmatch(segment.group())
            if pair is None:
                continue
            digits = pair.group("number").replace(" ", "")
            if len(digits) == 10 and digits[:2] in ("15", "16", "17", "18", "19"):
                continue  # a moment's folder ("1749999999-…"), no supply's
            yield from _supply_and_meter(pair, digits, at + segment.start())
        named = _NAME_FIRST.match(match.group("file"))
        if named is not None:
            words = named.group("name").split()
            if is_listed_forename(words[0]) and any_listed_surname(words[-1].split("-")[-1]):
                yield Finding(match.start("file"), match.start("file") + named.end("name"), Kind.NAME, "path")


# a user's own folder, named for their login ("C:\Users\hmoss\AppData\…", "/home/gbaker/", "/Users/jo.bell/"): a
# person's name or initials, as a crash report, a stack trace or a build log prints it
_PROFILE = re.compile(r"(?i:(?<![\w])[A-Z]:[\\/]+(?:Users|Documents and Settings)[\\/]+|(?<![\w.\-])/(?:home|Users)/)"
                      r"(?P<login>[^\\/\s\"'<>|:*?]{2,40})(?=[\\/])")
# logins no person has: a machine's, a service's, a build agent's, a shared one
_NO_PERSON_LOGIN = re.compile(r"(?i:public|default|default user|all users|administrator|admin|root|user|users|guest|"
                              r"ci|runner|runneradmin|vagrant|ubuntu|debian|ec2-user|azureuser|jenkins|build|builder|"
                              r"buildagent|agent|vsts|vssadministrator|appveyor|circleci|travis|gitlab-runner|docker|"
                              r"www-data|nobody|test|tester|testuser|qa|svc[\w.\-]*|service[\w.\-]*|app|apps|shared|"
                              r"localservice|networkservice|systemprofile|\$\{?\w+\}?|%\w+%|<[^>]*>|\.\.\.|\*)")


def find_profile_logins(text: str) -> Iterator[Finding]:
    """The login in a user's own folder (see ``_PROFILE``), unless it is a machine's or a service's."""
    for match in _PROFILE.finditer(text):
        if not _NO_PERSON_LOGIN.fullmatch(match.group("login")):
            yield Finding(match.start("login"), match.end("login"), Kind.NAME, "login")


# a test's parameters in its id, as pytest prints a parametrised test ("test_read[3322776-G4K3444051]"): a supply's
# number and its meter's serial joined by a hyphen, as a folder names them
_TEST_ID = re.compile(r"(?<=[\w\]])\[(?P<id>[^\]\s]{13,120})\]")


def find_test_id_parts(text: str) -> Iterator[Finding]:
    """A supply's number and its meter's serial in a parametrised test's id (see ``_TEST_ID``)."""
    for match in _TEST_ID.finditer(text):
        at = match.start("id")
        for part in re.finditer(r"[^\-]+-[^\-]+", match.group("id")):
            if (pair := _SUPPLY_AND_METER.fullmatch(part.group())) is not None:
                yield from _supply_and_meter(pair, pair.group("number"), at + part.start())
