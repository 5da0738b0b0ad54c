"""What an expected result names, and whether OCR's reading of a screenshot shows it (no OCR here: the
words are given as an engine would return them)."""

from __future__ import annotations

import pytest

from attest.capture.expected import look_for, phrases
from attest.redaction.ocr import Word


@pytest.mark.parametrize(("expected", "named"), [
    ("Status shows 'Accepted'", ("Accepted",)),
    ('The message "Registration successful" is displayed', ("Registration successful",)),
    ("The banner reads “Reading submitted”", ("Reading submitted",)),
    ("Status is ACTIVE", ("ACTIVE",)),
    ("The reading 01234.5 kWh is displayed", ("01234.5",)),
    ("Shows flow D0010", ("D0010",)),
    ("Balance shows £12.50", ("£12.50",)),
    ("The status changes to Energised and the MPAN is shown", ("Energised",)),
    ("DCC returns a response with code E0001 within 30 seconds", ("E0001",)),
    ("Firmware version 4.2.1 is reported", ("4.2.1",)),
    ("The page loads correctly", ()),
    ("Go to step 3 and check the customer's account", ()),
    ("The MPAN is in legacy state in the LDSO registration system.", ()),
    ("[ADDRESS-1] [POSTCODE-1] is displayed", ("[ADDRESS-1]", "[POSTCODE-1]")),
    ("The customer's 'Accepted' status", ("Accepted",)),
])
def test_what_an_expected_result_names(expected: str, named: tuple[str, ...]) -> None:
    assert phrases(expected) == named


def line(*texts: str, y: int = 10, x: int = 10, segment: int = 0) -> list[Word]:
    words, at = [], x
    for text in texts:
        words.append(Word(text, (at, y, at + 10 * len(text), y + 14), segment=segment))
        at += 10 * len(text) + 8
    return words


@pytest.mark.parametrize(("expected", "read", "seen"), [
    ("Status shows 'Accepted'", line("Status:", "Accepted"), True),
    ("Status shows 'Accepted'", line("Status:", "ACCEPTED"), True),
    ("Status shows 'Accepted'", line("Status:", "Not", "accepted"), False),
    ("Status shows 'Accepted'", line("Status:", "Unaccepted"), False),
    ("Status shows 'Energised'", line("Status:", "De-energised"), False),
    ('"Registration successful" is displayed', line("Registration", "unsuccessful"), False),
    ('"Registration successful" is displayed', line("Registration", "successful."), True),
    ('"Registration successful" is displayed', line("Registrationsuccessful"), True),
    ('"Registration successful" is displayed', line("Regislration", "successful"), True),  # one misread in 12
    ("The reading 01234.5 kWh is displayed", line("Reading", "01234.6", "kWh"), False),
    ("The reading 01234.5 kWh is displayed", line("Reading", "01234.5kWh"), False),  # glued: not a whole word
    ("The reading 01234.5 kWh is displayed", line("Reading", "01234.5", "kWh"), True),
    ("Shows flow D0010", line("Flow", "D0011"), False),
    ("Status is ACTIVE", line("INACTIVE"), False),
    ("[MPAN-1] is shown", line("MPAN", "[MPAN-1]"), False),
])
def test_seen_or_not(expected: str, read: list[Word], seen: bool) -> None:
    look = look_for(expected, 1, read, [])
    assert look is not None and look.seen is seen


def test_a_phrase_wrapped_in_a_table_cell_is_seen() -> None:
    words = [*line("MSG-1042", segment=0), *line("Appointment", x=200, segment=1), *line("09:00", x=400, segment=2),
             *line("booked", x=200, y=30, segment=3)]
    look = look_for("The status shows 'Appointment booked'", 1, words, [])
    assert look is not None and look.seen and look.boxes[0][1] == 10 and look.boxes[0][3] == 44


def test_text_under_a_mask_is_not_seen_and_a_mask_drawn_later_hides_it() -> None:
    words = line("Status:", "Accepted")
    seen = look_for("Status shows 'Accepted'", 1, words, [])
    assert seen is not None and seen.seen
    box = seen.boxes[0]
    assert look_for("Status shows 'Accepted'", 1, words, [box]).seen is False  # type: ignore[union-attr]
    assert seen.under([[box[0] - 2, box[1] - 2, box[2] + 2, box[3] + 2]]).seen is False
    assert seen.under([[0, 100, 10, 110]]).seen is True  # a mask elsewhere changes nothing


def test_nothing_named_nothing_looked_for() -> None:
    assert look_for("The page loads", 1, line("Welcome"), []) is None
