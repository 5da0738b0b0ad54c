"""Issue 12 section 2 (gas meter serials, "the common G4-style shapes"): a gas serial led by the meter's size
designation, with no label beside it: ``U161677772410`` (U16 and the number, any case, a space after the
size or not) and ``G4A15356763M17`` (size, maker's letters, number, a year's letter and digits). Seen on a
bilingual bill's meter table and in a .docx round's paragraphs.

Generated from seeds; the keeps are tokens of the same letters and lengths that name no meter."""

from __future__ import annotations

import random

import pytest

from attest.redaction import redact_text

SIZES = ["U6", "U16", "U25", "U40", "U65", "U100", "U160", "G4", "G6", "G10", "G16", "G25"]
LINES = [
    "{v}",
    "Meter table: S23M95989 (elec) and {v} (gas), both read 02/12/2026",
    "| {v} | 11873 E | 12092 E | 219 |",
    "Exchange job JOB-44812 removed {v} at 09:14, new meter fitted",
    "{v},2026-11-30,004512,A",
]


def _sized(rng: random.Random) -> str:
    size = rng.choice(SIZES)
    if rng.random() < 0.5:
        value = f"{size}{rng.choice(['', ' '])}{rng.randint(10**7, 10**10 - 1)}"
    else:
        letters = "".join(rng.choice("ABCDEFKLMNPRS") for _ in range(rng.randint(1, 2)))
        value = f"{size}{letters}{rng.randint(10**5, 10**8 - 1)}{rng.choice('ABCDEFKLMNPRS')}{rng.randint(10, 29)}"
    return value.lower() if rng.random() < 0.3 else value


@pytest.mark.parametrize("seed", range(40))
def test_a_gas_serial_led_by_its_size_is_masked(seed: int) -> None:
    rng = random.Random(seed)
    value = _sized(rng)
    text = rng.choice(LINES).format(v=value)
    out = redact_text(text).text
    assert value not in out and value.replace(" ", "")[-8:] not in out.replace(" ", ""), (text, out)


@pytest.mark.parametrize("keep", [
    "Order U16123456 shipped",  # a short order number
    "GUID 160012345678 logged",  # no size letter before the digits
    "Register G7 1234567890",  # no meter size G7
    "build u2.16.123456789",  # a version
    "G4 diaphragm meter, U16 size, 6 m3/h",  # sizes alone
    "Job U16-20261130-0042",  # a hyphenated reference
])
def test_tokens_of_the_same_make_that_name_no_meter_stay(keep: str) -> None:
    assert redact_text(keep).text == keep
