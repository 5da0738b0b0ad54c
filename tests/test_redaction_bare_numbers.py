"""A bare MPRN among a supply's other identifiers, and numbers that only look like one.

Seen in logs and notes no label named: "Validation failed for supply 00K2141791 (ref Siobhan Chaudhry)
- 776512423 / Flat 11, 3 Heol y Parc", "gas G4A05773940 on 849065", an MPRN at the start of a line
whose label ("Gas meter point ref") ended the line before, "gas 96910 63465" in two groups. And what
must stay: a reading, a count or a duration with its unit, a job, ticket or sequence number, a port,
a compact date and time, an account id in a table's column, a number on a line with no identifier.

Generated from seeds: the slots of each line take identifiers of every kind, in any order."""

from __future__ import annotations

import random

import pytest

from test_image_windows_side_by_side import Screen, covered

from attest.redaction import redact_text
from attest.redaction.mpan import make_mpan
from attest.redaction.ocr import Word

TEMPLATES = [
    "2024-08-25 00:11:18 INFO [4c246390-b4de-6de8-568d-8f45b4040eb3] Validation failed for supply {a} (ref {b}) - {m} / {c}",
    "2024-01-11 22:07:15 WARN Device commissioned at {m} (linked to {a}) retry in 30s; flow PUB-025",
    "Updated registration of {a} (linked to {m}) - {b} / retry in 30s; flow IF-021",
    "Old meter {a} final read 46203; gas {b} on {m}.",
    "Customer {b} confirmed {m} and {a} on the phone",
    "{m}, {a}, {c}",
]
NAMES = ["Siobhan Chaudhry", "Mr Kwame Evans", "Dr Fiona Thornbury"]
STREETS = ["Flat 11, 3 Heol y Parc", "133 Abbey Lane", "226 Beech Grove", "Flat 8, 136 Station Approach"]


def _others(r: random.Random) -> list[str]:
    return [make_mpan(r.randint(10, 23), f"{r.randrange(10**10):010d}"), f"G4A{r.randrange(10**8):08d}",
            f"{r.randrange(10):02d}K{r.randrange(10**7):07d}", r.choice(NAMES), r.choice(STREETS),
            f"0161 496 0{r.randrange(1000):03d}", "70B3.D511.78A9.58CC", f"{r.choice('abc')}.evans@mailbox.org.uk"]


def _mprn(r: random.Random) -> str:
    digits = r.randint(6, 10)
    return str(r.randrange(10 ** (digits - 1), 10**digits))


@pytest.mark.parametrize("seed", range(60))
def test_a_bare_mprn_beside_a_supplys_other_identifiers_is_masked(seed: int) -> None:
    r = random.Random(seed)
    mprn = _mprn(r)
    others = _others(r)
    a, b, c = r.sample(others, 3)
    line = r.choice(TEMPLATES).format(a=a, b=b, c=c, m=mprn)
    out = redact_text(line).text
    assert mprn not in out, out


@pytest.mark.parametrize("seed", range(20))
def test_an_mprn_whose_label_or_neighbours_wrapped_onto_the_line_before_is_masked(seed: int) -> None:
    r = random.Random(seed)
    mprn = _mprn(r)
    serial = f"g4a{r.randrange(10**8):08d}"
    before = r.choice(["Gas meter point ref", "Gas supply point", "MPRN", f"Old meter L25A80859 final read 6322; gas {serial} on",
                       "Gas M number"])
    note = f"Called the customer back on Tuesday about the visit. {before}\n{mprn} is on UK Link as Failed.\n"
    out = redact_text(note).text
    assert mprn not in out, out


def test_an_mprn_in_two_groups_after_gas_is_masked() -> None:
    out = redact_text("Supply point checked; gas 96910 63465 and the meter both belong to the site").text
    assert "96910" not in out and "63465" not in out, out


KEEPS = [
    ("MPAN {a} read at 20240611 230059 seq=1234567 pid 987654 bytesSent=1048576 port 8443", ["20240611", "230059", "1234567", "987654", "1048576"]),
    ("Old meter {a} final read 462030; took 123456 ms; job 7654321", ["462030", "123456", "7654321"]),
    ("Ticket 4412345 raised for {a}; 2500000 bytes uploaded in 1200000 ms", ["4412345", "2500000", "1200000"]),
    ("{a} | 100234 | Marguerite | Fotheringham", ["100234"]),
    ("4000123456   {a}      L9012345       ASHDOWN        14 WELLINGTON CRES", ["4000123456"]),
    ("Batch 20241103 loaded 1048576 records; checksum 99887766", ["20241103", "1048576", "99887766"]),
]


@pytest.mark.parametrize("seed", range(12))
def test_numbers_that_say_what_they_are_and_numbers_with_no_identifier_beside_them_stay(seed: int) -> None:
    r = random.Random(seed)
    template, keeps = KEEPS[seed % len(KEEPS)]
    out = redact_text(template.format(a=_others(r)[r.randrange(3)])).text
    for keep in keeps:
        assert keep in out, (keep, out)
    alone = f"2024-06-11 10:00:01 INFO processed {_mprn(r)} then {_mprn(r)}"
    assert redact_text(alone).text == alone


def test_on_a_screen_a_bare_mprn_is_masked_but_not_a_number_read_across_several_rows() -> None:
    """A log line with a postcode: its bare MPRN is masked. A number OCR read from a block over the
    timestamps of three rows ("201010") is no number of that line, and the timestamps stay."""
    screen = Screen((900, 140), px=14)
    lines = ["2024-04-10 20:12:30 INFO retry in 30s",
             "2024-04-11 20:12:31 INFO Validation failed for supply G4A05773940 (see CF17 5YR) - 6425634 / retry",
             "2024-04-12 20:12:32 INFO retry in 30s"]
    for row, line in enumerate(lines):
        screen.text(20, 20 + 22 * row, line)
    stamps = [next(w.box for w in screen.words if w.text == f"2024-04-1{row}") for row in range(3)]
    x0, y0, x1, y1 = next(w.box for w in screen.words if w.text == "6425634")
    mprn_box = (x0, y0 + screen.pad, x1, y1 - screen.pad)  # its letters, not detection's margin
    # read by the line's block (its segment) from a box over the first column's three rows
    garbage = (stamps[0][0], stamps[0][1], stamps[0][0] + 90, stamps[2][3])
    screen.words.append(Word("201010", garbage, 0.5, (), next(w.segment for w in screen.words if w.text == "6425634")))
    result = screen.redact()
    assert covered(result, mprn_box, screen.size) >= 0.95
    for x0, y0, x1, y1 in stamps:
        assert covered(result, (x0, y0 + screen.pad, x1, y1 - screen.pad), screen.size) <= 0.2
