"""A meter's serial after the words that name it, in whatever shape it is written (redaction/meter_values.py).

A held-out corpus wrote serials as makers print them and people read them out: `M484A85712D`,
`99M444664`, `G4K5235971B24`, spaced (`92M 233 853`), hyphenated (`K119-8724-9`), in small letters,
after "Gas meter", "s/n", "meter on site is", "replaced with", in a web path. Each leaked: no list of
shapes held it, and the labels read only a value written whole. The serials here are generated, in
shapes no detector lists, so the test is of the label, not of the shapes.
"""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attest.redaction.text import redact_text

CONTEXTS = [
    "2024-08-06 07:46:16.718 INFO  [main] c.e.g.GasAsset - Gas meter {v} linked to MPRN 4031177077",
    "old meter s/n {v}  read 85013.4",
    "[11/06/2024, 15:38:47] Dave (install): elec s/n {v}",
    "Meter {v} exchanged; see attachment",
    "Gas: MPRN 4031177077  meter {v}",
    '"text": "Gas meter: {v}",',
    "meter on site is {v} (engineer confirmed)",
    "Gas meter serial (from photo): {v}   MPRN 4031177077",
    "Gas meter G4K5235971B24  -> replaced with {v}",
    "GET /api/meters/{v}/readings HTTP/1.1",
    "Serial number {v}",
    "MSN: {v}",
]


def _serial(rng: random.Random) -> str:
    """A serial of letters and digits in a shape of its own: 7-14 characters, 5 digits or more, 1-4 letters."""
    while True:
        size = rng.randint(7, 14)
        chars = [rng.choice("0123456789") for _ in range(size)]
        for at in rng.sample(range(size), rng.randint(1, min(4, size - 5))):
            chars[at] = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
        return "".join(chars)


def _written(serial: str, how: str, rng: random.Random) -> str:
    if how == "lower":
        return serial.lower()
    if how in ("spaced", "hyphenated"):
        cuts = sorted(rng.sample(range(2, len(serial) - 1), 2))
        parts = [serial[:cuts[0]], serial[cuts[0]:cuts[1]], serial[cuts[1]:]]
        if not all(any(c.isdigit() for c in p) for p in parts[1:]) or any(len(p) > 6 for p in parts[1:]):
            return serial
        return (" " if how == "spaced" else "-").join(parts)
    if how == "invisible":
        at = rng.randrange(2, len(serial) - 1)
        return serial[:at] + rng.choice(["\u2066", "\u200b", "\u00ad", "\u2063"]) + serial[at:]
    return serial


@settings(max_examples=150, deadline=None)
@given(seed=st.integers(0, 10**6), context=st.sampled_from(CONTEXTS),
       how=st.sampled_from(["plain", "lower", "spaced", "hyphenated", "invisible"]))
def test_a_serial_after_a_meter_label_is_masked_whatever_its_shape(seed: int, context: str, how: str) -> None:
    rng = random.Random(seed)
    serial = _serial(rng)
    out = redact_text(context.format(v=_written(serial, how, rng))).text
    left = re.sub(r"[^A-Za-z0-9]", "", out).upper()
    # (six characters the context itself writes are no leak: its date "11/06/2024" may hold "106202")
    own = re.sub(r"[^A-Za-z0-9]", "", context.replace("{v}", "|")).upper()
    assert not any(serial[i:i + 6] in left and serial[i:i + 6] not in own for i in range(len(serial) - 5)), out


@pytest.mark.parametrize("text", [
    "smart meter not sending reads since 25/04/2024",
    "meter id 3fa85f64-5717-4562-b3fc-2c963f66afa6 registered",
    "Meter reading 01234567 taken at 2024-05-01 10:00",
    "c.e.m.MeterService - Meter 1 of 3 processed at 2024-05-01 10:00:01",
    "meter model SGM1412-A firmware 2.13.0",
    "Gas meter fitted on 12/03/2024 by the MAM",
    "parameter 12345678 changed",
    "Meter exchange booked, job TC-0142A passed",
    "GET /api/meters/search?q=north HTTP/1.1",
    "meter read 81185.4 kWh on 2024-05-01",
])
def test_what_follows_a_meter_word_and_is_no_serial_stays(text: str) -> None:
    assert redact_text(text).text == text


def test_the_words_of_a_note_between_the_label_and_the_serial_are_kept() -> None:
    out = redact_text("Gas meter serial (from photo): g4k9047205d17   MPRN 4031177077").text
    assert out.startswith("Gas meter serial (from photo): [MSN-1]"), out


@pytest.mark.parametrize("group", ["289", "290"])
def test_a_flows_meter_group_masks_its_first_field_when_it_is_shaped_as_a_serial(group: str) -> None:
    flow = ("ZHV|5496474243|D0149001|M|MOPA|X|SUPP|20240411183230||||TR01|\n288|2315987368637|20240411|\n"
            f"{group}|d07370702|N|SEC-LIB100|20240411|\n{group}|01|00043|1.000|\nZPT|6342362196|3||1|20240411183230|\n")
    out = redact_text(flow, name="D0149001.txt").text
    assert f"{group}|[MSN-1]|N|SEC-LIB100|20240411|" in out and f"{group}|01|00043|1.000|" in out, out
    assert "D0149001" in out
