"""What a log line or a note says about a person or a supply without a label, and what only looks like
it: a title before a name, a UK telephone number in any usual grouping, "supply" before an MPRN or a
serial, a SMETS2 serial with up to eleven digits. And what must stay: a timestamp run into the next
cell's number, a status word after a street, a reference after a street, a cache "Miss Rate".

Generated from seeds: each case is a sentence a harness log or a tester's note would hold."""

from __future__ import annotations

import random

import pytest

from attest.redaction import redact_text

FIRST = ["Aisha", "Owen", "Kwame", "Niamh", "Callum", "Priya", "Yusuf", "Eleanor", "Tomasz", "Fiona"]
LAST = ["Thornbury", "McAllister", "Okafor", "Lindqvist", "Fairweather", "Raman", "Chaudhry", "O'Brien"]
SENTENCES = [
    "2026-03-14 10:22:07 INFO Device commissioned at {x} (see S55PH382947)",
    "Updated registration of {x} for supply",
    "D0086 received from DCC; {x} confirmed reading",
    "Spoke with the site; {x} will call back",
    "payload={{\"note\": \"visit by {x} at 10:00\"}}",
]


def _phone(r: random.Random) -> str:
    area = r.choice(["0113 496 {a}{b}", "020 7946 {a}{b}", "01632 96{a}{b}", "07700 900{b}", "0161 496 {a}{b}",
                     "+44 20 7946 {a}{b}", "+44 (0)161 496 {a}{b}", "(0113) 496 {a}{b}", "07700-900-{b}",
                     "01134960{b}", "+447700900{b}"])
    return area.format(a=r.randint(0, 9), b=f"{r.randint(0, 999):03d}")


@pytest.mark.parametrize("seed", range(40))
def test_a_titled_name_in_prose_is_masked_with_its_title(seed: int) -> None:
    r = random.Random(seed)
    title = r.choice(["Mr", "Mrs", "Ms", "Miss", "Dr", "Mr.", "Mx"])
    name = f"{title} {r.choice(FIRST)} {r.choice(LAST)}"
    out = redact_text(r.choice(SENTENCES).format(x=name)).text
    assert name.split()[-1] not in out and name.split()[-2] not in out, out
    assert f"{title} " not in out, out  # the title goes with the name: beside a mask it still tells who


@pytest.mark.parametrize("seed", range(40))
def test_a_uk_telephone_number_without_a_label_is_masked(seed: int) -> None:
    r = random.Random(seed)
    phone = _phone(r)
    line = r.choice(["customer asked to be called on {p} after 5pm", "(ref {p}) - retry in 30s",
                     "contact details updated: {p} / email on file", "{p} DCC; postcode pending"]).format(p=phone)
    out = redact_text(line).text
    digits = "".join(ch for ch in phone if ch.isdigit())
    assert digits[-7:] not in "".join(ch for ch in out if ch.isdigit()), out


@pytest.mark.parametrize("text", [
    "Cache Miss Rate 3% on node 2", "MS Teams call at 10:00", "latency 120 ms for request", "version 0.1.2345678901",
    "TC-01134960160 passed", "seq 012 345 678 9", "order 08001234567 is a freephone line",
    "2026-10-02T16:13:00Z 466420786", "Flat 2, 65 Station Approach Queued", "12 Abbey Lane SIT-4364",
    "supply 3 failed", "supply MHHS-DI-097 queued", "Dr Who",
])
def test_what_only_looks_like_a_cue_keeps_its_words(text: str) -> None:
    out = redact_text(text).text
    for kept in ("Rate", "Teams", "ms", "0.1.2345678901", "TC-01134960160", "012 345 678 9", "08001234567",
                 "2026-10-02T16:13:00Z", "Queued", "SIT-4364", "supply 3", "MHHS-DI-097"):
        if kept in text:
            assert kept in out, (text, out)


@pytest.mark.parametrize("seed", range(20))
def test_supply_names_its_mprn_or_serial(seed: int) -> None:
    r = random.Random(seed)
    value = r.choice([str(r.randint(10 ** 5, 10 ** 10 - 1)), f"{r.randint(10, 99)}m{r.randint(10 ** 6, 10 ** 7 - 1)}"])
    out = redact_text(f"Validation failed for supply {value} (ref {r.randint(1, 99)})").text
    assert value not in out, out


@pytest.mark.parametrize("seed", range(20))
def test_a_smets2_serial_with_up_to_eleven_digits_is_masked_in_any_case(seed: int) -> None:
    r = random.Random(seed)
    serial = f"{r.randint(10, 29)}{r.choice('EePpKk')}{r.randint(10 ** 7, 10 ** 11 - 1)}"
    out = redact_text(f"row 7: {serial} Accepted").text
    assert serial not in out and "Accepted" in out, out


STREET_NAMES = ["Kings", "Broad", "Park", "Ridge", "Moor", "East", "High", "Brook", "Wood", "Meadow", "Ash", "Church"]
ONE_WORD_ENDS = ["way", "gate", "side", "field", "croft", "wood"]
PLACES = ["Leeds", "Cardiff", "Bath", "Inverness", "Stoke-on-Trent"]


def _street(r: random.Random) -> str:
    """A street as a tester writes it: one word ("Kingsway"), "The Broadway", or words and a type."""
    kind = r.randrange(3)
    if kind == 0:
        return f"{r.choice(STREET_NAMES)}{r.choice(ONE_WORD_ENDS)}"
    if kind == 1:
        return f"The {r.choice(['Broadway', 'Green', 'Crescent', 'Avenue', 'Parade', 'Close'])}"
    return f"{r.choice(STREET_NAMES)} {r.choice(['Road', 'Lane', 'Rise', 'Close', 'Wynd'])}"


@pytest.mark.parametrize("seed", range(40))
def test_an_address_with_a_one_word_street_or_a_flat_is_masked_whole(seed: int) -> None:
    r = random.Random(seed)
    number = f"{r.randint(1, 240)}{r.choice(['', '', 'a'])}"
    street = _street(r)
    flat = r.choice(["", f"Flat {r.randint(1, 30)}{r.choice(['', 'A'])}, ", f"Apartment {r.randint(1, 9)}, "])
    address = f"{flat}{number} {street}" + r.choice(["", f", {r.choice(PLACES)}"])
    line = r.choice(["Device commissioned at {a} (see ref)", "customer moved to {a} today", "addr={a} msn=pending",
                     "Ms Chaudhry / {a} / retry in 30s", "site visit: {a}, meter behind the door"]).format(a=address)
    out = redact_text(line).text
    assert street.split()[-1] not in out and f"{number} " not in out, (line, out)
    for kept in ("msn=", "retry in 30s", "meter behind the door", "(see ref)"):
        if kept in line:
            assert kept in out, (line, out)


@pytest.mark.parametrize("text", [
    "API returned 502 Bad Gateway after 3 retries", "retry 3 Outside hours", "2 Investigate the failure",
    "step 4 Aggregate readings", "the reading was flat 3, Monday", "3 Highway Code checks", "12 Airfield tests",
])
def test_words_that_end_like_a_street_are_not_addresses(text: str) -> None:
    assert redact_text(text).text == text
