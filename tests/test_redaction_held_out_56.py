"""Classes of leak a held-out text corpus showed (stop 38), each test generating its cases.

- Text literals joined by a formula or by code: Excel's ="Genevieve"&" "&"Llewellyn-Price", CONCAT, CONCATENATE
  (with ";" where "," is a decimal point), TEXTJOIN and SQL's CONCAT_WS with their joiner, code's "a" + "b",
  SQL's 'a' || 'b': read as the one text they make (the held-out corpus of stop 37 left a surname so).
- A surname's particle the name finders did not know ("bint", "abu", "Mac", "mc", an unaccented "o" or "ni"):
  one list of particles now serves the name finders and the whole-surname reading, and a particle that is no
  English word says a surname follows even after a forename that is one ("Sean Mac Giolla")."""

from __future__ import annotations

import random

import pytest

from attest.redaction import redact_text
from attest.redaction.mpan import make_mpan

FORENAMES = ["Genevieve", "Rhiannon", "Benedict", "Oluwaseun", "Marguerite", "Tamsin"]
SURNAMES = ["Llewellyn-Price", "Ashworth-Lyle", "Featherstonehaugh", "Pennington-Vane", "Oyelaran", "Trevithick"]
STREETS = ["Acacia Road", "Pargeter Terrace", "Kingsmead Close", "Orchard Way"]
POSTCODES = ["LS6 2AB", "BS3 4QT", "CF10 1EP", "NE1 7RU"]


def _joined(parts: list[str], form: str) -> str:
    """``parts`` written as one text made of literals, in a spreadsheet's or a program's way."""
    quoted = [f'"{p}"' for p in parts]
    if form == "amp":
        return "=" + "&".join(quoted)
    if form == "amp_spaced":
        return "=" + " & ".join(quoted)
    if form == "concat":
        return "=CONCAT(" + ",".join(quoted) + ")"
    if form == "concatenate_semicolon":
        return "=CONCATENATE(" + "; ".join(quoted) + ")"
    if form == "plus":
        return "var who = " + " + ".join(quoted) + ";"
    if form == "plus_lines":
        return "who = (" + "\n    + ".join(quoted) + ")"
    if form == "sql_pipes":
        return "SELECT " + " || ".join(f"'{p}'" for p in parts) + " AS who;"
    if form == "php_dot":
        return "$who = " + " . ".join(quoted) + ";"
    raise AssertionError(form)


FORMS = ["amp", "amp_spaced", "concat", "concatenate_semicolon", "plus", "plus_lines", "sql_pipes", "php_dot"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("seed", range(3))
def test_a_name_or_an_address_built_from_joined_literals_is_masked(form: str, seed: int) -> None:
    rng = random.Random(seed)
    first, surname = rng.choice(FORENAMES), rng.choice(SURNAMES)
    house, street, postcode = rng.randint(2, 180), rng.choice(STREETS), rng.choice(POSTCODES)
    name = _joined([first, " ", surname], form)
    address = _joined([f"{house} {street.split()[0]} ", f"{street.split()[1]}, Leeds ", postcode], form)
    for text in (f"A5\t{name}\nA6\t=SUM(C2:C48)\n", f"Row 7: {address}\n"):
        out = redact_text(text, name="lookups.txt").text
        for word in (first, surname.split("-")[0], street.split()[0], postcode.split()[0]):
            if word in text:
                assert word not in out, (form, text, out)


@pytest.mark.parametrize("joiner", [" ", "-", ""])
def test_textjoin_and_concat_ws_join_with_their_first_argument(joiner: str) -> None:
    core = make_mpan(16, "1234567890")
    groups = [core[:2], core[2:6], core[6:10], core[10:]]
    for text in (f'=TEXTJOIN("{joiner}",TRUE,' + ",".join(f'"{g}"' for g in groups) + ")",
                 f"SELECT CONCAT_WS('{joiner}', " + ", ".join(f"'{g}'" for g in groups) + ") AS mpan;",
                 "=TEXTJOIN(\" \",TRUE,\"Tamsin\",\"Trevithick\")"):
        out = redact_text(f"Sheet: Lookups\nB4\t{text}\n", name="lookups.txt").text
        assert core[2:10] not in out.replace('","', "").replace("', '", "") and "Trevithick" not in out, out


def test_literals_that_are_not_joined_are_read_as_they_stand() -> None:
    """An array's or a CSV's quoted values are separate texts; a SQL name in quotes, "schema"."table", is
    two names; the formula's own words and references stay."""
    text = ('tags = ["Orchard", "Way"]\n"Plan","Step","Result"\nSELECT "billing"."accounts" FROM x;\n'
            '=IF(B2="TC-0142","match","check")\n=CONCAT("DIP-", "00412", " flow D0010")\n')
    out = redact_text(text, name="notes.txt").text
    assert out == text, out


WORDED_FORENAMES = ["Sean", "Will", "Grace", "Mark", "Rose"]  # forenames that are English words too
STRONG = ["bint", "ibn", "abu", "Mac", "mc", "Nic", "Ó", "Uí", "ap", "van", "von"]


@pytest.mark.parametrize("seed", range(4))
def test_a_surname_after_a_particle_that_is_no_word_is_masked_whole(seed: int) -> None:
    rng = random.Random(seed)
    stem = rng.choice(["Giolla", "Hamid", "Tamimi", "Bhriain", "Westhuizen", "Dafydd", "Qarawi"])
    for first in (rng.choice(WORDED_FORENAMES), rng.choice(FORENAMES)):
        particle = rng.choice(STRONG)
        for text in (f"Spoke to {first} {particle} {stem} about the reading.",
                     f"{first} {particle} {stem} rang back at 14:10",
                     f"| 3 | {first} {particle} {stem} | done |"):
            out = redact_text(text, name="notes.txt").text
            assert stem not in out and f" {particle} " not in out, (text, out)


def test_a_word_after_a_common_particle_is_no_surname_by_itself() -> None:
    """"La Liga", "Do Nothing" after a forename that is an English word: the lists must know the
    surname (a common particle is a word of English, French or Spanish as often as a name's)."""
    for text in ("Will La Liga results come in", "Will Do Nothing about it"):
        out = redact_text(text, name="notes.txt").text
        assert out == text, out
