"""Classes of leak a held-out text corpus showed, fixed at stop 43, each test generating its cases from seeds.

From stop 42's round (helper-68), left then: a value cut by an escaped line break and a quote's prefix inside a
JSON string ("LL19\\n> 5ZD" in a Node-RED template); an MPRN grouped as a count or a bill writes it in a query
that names MPRNs ("WHERE MPRN IN ('3,869,698,163', …)"). Keeps: a Markdown heading after an escaped line
break, a count with thousands' commas beside the word MPRN."""

from __future__ import annotations

import json
import random

import pytest

from attest.redaction import redact_text
from held_out_values import left as _left

TOWNS = ["Saltburn", "Wetherby", "Machynlleth", "Kirkcudbright", "Penicuik"]
POSTCODES = ["LL19 5ZD", "CF25 0DD", "WF12 2EH", "EH8 7YW", "SY7 8UU"]


@pytest.mark.parametrize("seed", range(12))
def test_a_value_cut_by_an_escaped_line_break_and_a_quote_prefix_is_masked(seed: int) -> None:
    rng = random.Random(seed)
    mark = rng.choice(["> ", ">> ", "# ", "// ", "; ", "-- "])
    if rng.random() < 0.5:
        value = rng.choice(POSTCODES)
        cut = value.index(" ")
        head, tail = value[:cut], value[cut + 1:]
        before = f"Your supply at {rng.randint(2, 200)} Elderberry View, {rng.choice(TOWNS)}, "
    else:
        value = "BC33AC" + "".join(rng.choice("0123456789ABCDEF") for _ in range(10))
        cut = rng.randint(3, 12)
        head, tail = value[:cut], value[cut:]
        before = "comms hub device id "
    body = f"{before}{head}\n{mark}{tail} - see thread"
    text = json.dumps({"id": "f1a2b3", "template": f"<p>{body}</p>"})
    assert "\\n" + mark in text  # the line break is written as its escape
    out = redact_text(text).text
    assert not _left(out, value, min(8, len(value.replace(" ", "")))), (text, out)
    json.loads(out)  # and the payload is still JSON


def test_a_heading_after_an_escaped_line_break_stays() -> None:
    text = json.dumps({"notes": "Step 4 passed\n# Results 12 of 12\n> quoted reply DIP-0042"})
    assert redact_text(text).text == text


@pytest.mark.parametrize("seed", range(12))
def test_an_mprn_grouped_in_a_query_that_names_mprns_is_masked(seed: int) -> None:
    rng = random.Random(seed)
    number = rng.randint(10**6, 10**10 - 1)
    written = rng.choice([f"{number:,}", f"{number:,}".replace(",", "."), f"{number:,}".replace(",", " ")])
    other = str(rng.randint(10**8, 10**10 - 1))
    text = rng.choice([f"SELECT * FROM dbo.SupplyPoint WHERE MPRN IN ('{written}','{other}') AND Active = 1",
                       f"WHERE mprn IN ('{other}', '{written}')",
                       f"-- MPRN list: '{written}'"])
    out = redact_text(text).text
    assert written not in out and other not in out, (text, out)


@pytest.mark.parametrize("keep", ["MPRN batch loaded: 1,234,567 rows in 2.4 s",
                                  "MPRN report total consumption 4,969,559 kWh",
                                  "MPRN tool v1.234.567 deployed"])
def test_a_count_or_a_version_beside_the_word_mprn_stays(keep: str) -> None:
    assert redact_text(keep).text == keep


HOUSES = ["Hillcrest House", "Ffynnon Wen", "The Granary", "Bryn Awel", "Rose Cottage", "The Old Forge"]
STREETS = ["Wheelwright Close", "Tanyrallt Walk", "Millrace Way", "Kittiwake Lane", "Foxglove Row"]


@pytest.mark.parametrize("seed", range(12))
def test_a_house_and_street_in_a_town_before_a_bracketed_postcode_are_masked(seed: int) -> None:
    rng = random.Random(seed)
    house, street, town, postcode = rng.choice(HOUSES), rng.choice(STREETS), rng.choice(TOWNS), rng.choice(POSTCODES)
    text = rng.choice([f"Site: {house} {street} in {town} ({postcode}) - access via side gate",
                       f"INC{rng.randint(10**6, 10**7)} raised. Visit {house} {street} in {town} [{postcode}] Tuesday",
                       f"{house} {street} in {town} ({postcode})"])
    out = redact_text(text).text
    words = [w for w in f"{house} {street} {town}".split() if w != "The"]
    assert not any(w in out for w in words), (text, out)
    assert postcode not in out, (text, out)


NAMES = ["Aneurin Attenborough", "Eilidh MacAskill", "Oluwaseun du Maurier", "Zofia Kowalczyk-Price", "Rhodri ap Hywel"]


@pytest.mark.parametrize("seed", range(10))
def test_a_name_in_brackets_after_its_email_address_is_masked_plain_or_as_entities(seed: int) -> None:
    rng = random.Random(seed)
    name = rng.choice(NAMES)
    written = name if rng.random() < 0.5 else "".join(f"&#{ord(c)};" if rng.random() < 0.5 else c for c in name)
    text = rng.choice([f'{{"error": "permission denied for j.doe{seed}@mail.example ({written})"}}',
                       f"2026-11-02T10:00:01Z WARN login failed: user x{seed}@corp.example ( {written} )"])
    out = redact_text(text).text
    assert not any(part in out for part in name.split() if len(part) > 3), (text, out)


def test_a_team_in_brackets_after_an_address_stays() -> None:
    out = redact_text("routed to ops@energy.example (Service Desk) for triage").text
    assert out.endswith("(Service Desk) for triage"), out


@pytest.mark.parametrize("seed", range(8))
def test_entities_inside_a_percent_encoded_altrep_are_read(seed: int) -> None:
    from urllib.parse import quote

    rng = random.Random(seed)
    name = rng.choice(NAMES)
    entity_name = "".join(f"&#{ord(c)};" if c.isalpha() and rng.random() < 0.4 else c for c in name)
    postcode = rng.choice(POSTCODES)
    page = f"<p>Customer: {entity_name}, {rng.randint(2, 90)} Kingfisher Road, Wivenhoe, {postcode.replace(' ', '&nbsp;')}</p>"
    text = ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Site visit\r\n"
            f'DESCRIPTION;ALTREP="data:text/html,{quote(page)}":Site visit booked\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n')
    out = redact_text(text).text
    from urllib.parse import unquote
    import html as _html
    shown = _html.unescape(unquote(out))
    assert not any(part in shown for part in name.split() if len(part) > 3), (text, shown)
    assert postcode not in shown.replace("\xa0", " ") and "Kingfisher" not in shown, shown
