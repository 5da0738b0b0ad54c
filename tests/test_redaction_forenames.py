"""A customer's name that nothing labels, known by its forename; and what only looks like one.

Seen in logs and on screens: "Device commissioned at Tomasz Doherty (linked to 0113 496 0404)",
"0113 496 0420 / Bethan Lindqvist / PUB-025", a printed spreadsheet's column of names. No label, title
or cue, but a reader knows a forename. What must stay: forenames that are English words before an
English word ("Will Retry", "Grace Period", "Mark Complete"), places and streets ("Kent Street",
"Victoria Station"), statuses, and the run's own people in the fields that ask for a person's name.

Generated from seeds: forenames of many origins, surnames the lists know and surnames they do not."""

from __future__ import annotations

import io
import random

import numpy as np
import pytest
from corpus_screens import font
from PIL import Image, ImageDraw

from attest.redaction import redact_text
from attest.redaction.image import redact_image
from attest.redaction.names import name_lists
from attest.redaction.ocr import default_engine
from attest.redaction.scan import scan_text
from attest.services.gate import person_problem

FORENAMES = ["Tomasz", "Bethan", "Siobhan", "Kwame", "Priya", "Yusuf", "Niamh", "Callum", "Aisha", "Declan", "Rhys",
             "Eleanor", "Gareth", "Owen", "Fiona", "Margaret", "Oluwaseun", "Agnieszka", "Mohammed", "Chiara", "Wei",
             "Ioana", "Dafydd", "Aoife", "Hamza", "Zofia", "Lakshmi", "Jack", "Grace", "Mark"]
# surnames the lists may not hold: a plain forename takes any capitalised surname
SURNAMES = ["Doherty", "Lindqvist", "Chaudhry", "Mensah", "Thornbury", "McAllister", "Ashworth", "Fairweather",
            "Pritchard", "O'Brien", "Okonkwo-Bello", "Wróblewski", "Nakamura", "Ferreira"]
LINES = [
    "2024-02-15 10:39:24 INFO [384d2622-262c-c852-1df0-1027924a83fa] Device commissioned at {n} (linked to 0113 496 0404)",
    "0113 496 0420 / {n} / PUB-025",
    "Validation failed for supply G4A05773940 (ref {n}) - Flat 8, 136 Station Approach",
    "{n}",
    "Notes: {n} was not home, card left",
]
KEEPS = ["Will Retry in 30s", "Grace Period ends on 2024-06-01", "Mark Complete", "Kent Street depot", "Victoria Station",
         "Owen Support Desk", "Callum Failed", "MARK COMPLETE", "Jack Plug", "Rose Garden Cafe", "May Day", "Chase Payment",
         "Amber Alert raised", "Will Monday suit"]


def _name(r: random.Random) -> str:
    plain = name_lists()[0]
    return f"{r.choice([f for f in FORENAMES if f.lower() in plain])} {r.choice(SURNAMES)}"


@pytest.mark.parametrize("seed", range(50))
def test_a_name_with_a_known_forename_is_masked_with_no_label(seed: int) -> None:
    r = random.Random(seed)
    name = _name(r)
    out = redact_text(r.choice(LINES).format(n=name)).text
    assert name.split()[0] not in out and name.split()[-1] not in out, out


def test_a_forename_that_is_also_a_word_is_a_name_before_a_known_surname_only() -> None:
    _plain, worded, surnames = name_lists()
    assert {"will", "mark", "grace"} <= worded
    surname = next(s for s in ("Okafor", "Kowalski", "Chaudhry", "Raman") if s.lower() in surnames)
    out = redact_text(f"Visited by Mark {surname} at 10:00").text
    assert surname not in out, out


@pytest.mark.parametrize("keep", KEEPS)
def test_words_that_only_look_like_a_name_stay(keep: str) -> None:
    assert redact_text(f"2024-06-11 10:00:01 INFO {keep}").text.endswith(keep)


def test_the_runs_own_people_may_be_named_and_a_scan_does_not_flag_them() -> None:
    """The tester and the witnesses are named where a person's name is asked for; a pack's scan
    cannot tell them from customers by forename, so it leaves such names to intake."""
    assert person_problem("tester", "Tess Tester") is None
    assert person_problem("tester", "Owen Holloway") is None
    assert person_problem("tester", "Owen Holloway 0113 496 0404") is not None
    assert scan_text("Tester: Owen Holloway\nWitness: Aoife McGuinness", "pack") == []


def test_a_column_of_names_on_a_printed_sheet_is_masked() -> None:
    pen = font("sans", 14)
    image = Image.new("RGB", (520, 220), "white")
    draw = ImageDraw.Draw(image)
    rows = ["Aisha McAllister", "Owen Pritchard", "Yusuf Lindqvist", "Niamh Ashworth", "Declan Lindqvist"]
    boxes = []
    for i, name in enumerate(rows):
        y = 20 + 36 * i
        draw.text((20, y), f"{i + 1:03d}", font=pen, fill="black")
        draw.text((90, y), name, font=pen, fill="black")
        draw.text((300, y), "Live", font=pen, fill="black")
        boxes.append(draw.textbbox((90, y), name, font=pen))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    out = np.asarray(Image.open(io.BytesIO(redact_image(buffer.getvalue(), engine=default_engine()).data)).convert("L"))
    before = np.asarray(image.convert("L"))
    for box in boxes:
        x0, y0, x1, y1 = (int(v) for v in box)
        changed = np.abs(out[y0:y1, x0:x1].astype(int) - before[y0:y1, x0:x1]) > 30
        assert changed.any(axis=0).mean() >= 0.95, box
    x0, y0, x1, y1 = (int(v) for v in draw.textbbox((300, 20), "Live", font=pen))
    assert (np.abs(out[y0:y1, x0:x1].astype(int) - before[y0:y1, x0:x1]) > 30).mean() < 0.2


CASED = [("applies; CIARÁN O'SULLIVAN will send a photo of the meter", "SULLIVAN"),
         ("notes: chiamaka adeyemi / 07700 900123 / 50b clarence way", "adeyemi"),
         ("Customer siân bowen asked for a call back", "bowen"),
         ("GRACE OKAFOR was not home", "OKAFOR")]


@pytest.mark.parametrize(("line", "surname"), CASED)
def test_a_name_in_capitals_or_small_letters_is_masked_when_both_its_words_are_known(line: str, surname: str) -> None:
    assert surname not in redact_text(line).text


@pytest.mark.parametrize("keep", ["MARK COMPLETE", "will retry in 30s", "INFO DEBUG WARN", "GET POST PUT", "grace period",
                                  "UTC BST", "may be late", "bill payer changed"])
def test_words_in_one_case_that_only_look_like_a_name_stay(keep: str) -> None:
    assert redact_text(f"2024-06-11 10:00:01 {keep}").text.endswith(keep)


@pytest.mark.parametrize(("text", "name"), [
    ("Oluwaseun Gallagher sent the reads", "Oluwaseun Gallagher"),
    ("Ask Chidi Okafor about access", "Chidi Okafor"),
    ("Kind regards Gurpreet Sandhu", "Gurpreet Sandhu"),
])
def test_a_forename_the_lists_lack_before_a_surname_they_hold_is_a_name(text: str, name: str) -> None:
    out = redact_text(text).text
    assert name not in out and "[NAME-1]" in out, out


@pytest.mark.parametrize("text", ["Service Desk Okafor queue", "Octopus Energy", "Visual Studio Code", "Power BI report",
                                  "Bank Holiday Monday", "Toyota Yaris"])
def test_a_product_team_or_day_before_a_word_is_no_such_name(text: str) -> None:
    assert redact_text(text).text == text


def test_a_street_type_word_after_a_streets_name_starts_no_name() -> None:
    """'35 Station Grove York': Grove is a forename in the lists (and a word); after a street's name it is
    the street's type, and 'Grove York', learnt as a name, was matched across a CSV's delimiters."""
    from attest.redaction.names import find_known_names

    assert list(find_known_names("The engineer came to Apartment 39 35 Station Grove York  YO30  5YW")) == []
    assert [f.kind.value for f in find_known_names("Spoke to Grove Okafor at the door")] == ["NAME"]


@pytest.mark.parametrize("name", ["Priyanka Gallacher", "Jaswinder Abernethy", "Oluwaseun Urquhart", "Tadhg Gallacher"])
def test_a_name_ending_in_a_census_surname_is_masked(name: str) -> None:
    """Faker's lists lack many a British surname; the 1990 US census's (public domain) hold them, and
    count as a surname after another name's word (a forename the lists lack too)."""
    out = redact_text(f"Bill address block: {name}, 12 High Street").text
    assert not any(word in out for word in name.split()), out


@pytest.mark.parametrize("text", ["Records processed: 5272490", "Meter Fieldson readings", "Status Banking online"])
def test_a_census_surname_alone_or_an_english_words_plural_is_no_name(text: str) -> None:
    assert redact_text(text).text == text
