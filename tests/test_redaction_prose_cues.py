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


# -- people named as prose, mail and CRM exports name them --------------------------------------------------

NAMES = [("Aoife", "McGuinness"), ("Łukasz", "Nowak"), ("Siobhán", "O'Callaghan"), ("Grzegorz", "Dąbrowski"),
         ("Kwame", "Okonkwo"), ("Catriona", "Drummond"), ("Bethan", "ap Dafydd"), ("Harpreet", "Sandhu"),
         ("Adaeze", "Owusu-Ansah"), ("Li Na", "Chen")]
NAME_SENTENCES = [
    "Device commissioned at {full}'s property this morning",
    "The outstanding one is the change of tenancy where {full} moved out of the flat",
    "{full} ({email}) raised a complaint about the reading",
    "I rang {full} twice yesterday.",
    "Met {full}, who asked us to use the side door.",
    "Reading taken by {full} from the display: 9003 kWh",
    "Spoke with {full} about access",
    "account holder {last}, {first} migrated in 41.9s",
    "customer '{full}' confirmed the appointment",
    "From: {full} <{email}>",
    "On 30 Jan 2024 at 10:02, {full} wrote:",
    "{title} {initial} {last} called back",
    "{title} {last} said the meter is under the stairs",
]


@pytest.mark.parametrize("seed", range(60))
def test_a_person_named_in_prose_or_mail_is_masked(seed: int) -> None:
    r = random.Random(seed)
    first, last = r.choice(NAMES)
    email = f"{first.split()[0].lower()}.x{r.randint(1, 99)}@example.co.uk"
    line = r.choice(NAME_SENTENCES).format(full=f"{first} {last}", first=first, last=last, email=email,
                                           title=r.choice(["Mr", "Mrs", "Ms", "Dr", "Mrs.", "Miss"]), initial=first[0])
    out = redact_text(line).text
    assert last.split()[-1] not in out, (line, out)
    if f"{first} " in line:
        assert f"{first} " not in out, (line, out)


def test_a_first_name_and_surname_masked_in_their_fields_are_masked_together_in_prose() -> None:
    text = ('{"customer": {"firstName": "Kirsty", "lastName": "Buchanan"}, '
            '"notes": "Spoke with kirsty buchanan re access; BUCHANAN KIRSTY confirmed"}')
    out = redact_text(text, name="case.json").text
    assert "irsty" not in out.lower() and "uchanan" not in out.lower(), out


def test_a_supply_table_s_name_and_site_columns_are_masked() -> None:
    text = ("Name;Address;Post Code;MPAN Core;Status\n"
            "AYESHA VENKATARAMAN;204 Gladstone Road;EC1A 8LW;14 5388 0250 849;Validated\n"
            "KAVANAGH, Róisín;1 Mill Lane;LS1 1AA;1200023305967;Queued\n")
    out = redact_text(text, name="export.csv").text
    assert "VENKATARAMAN" not in out and "KAVANAGH" not in out and "Validated" in out and "Queued" in out, out
    sites = ("MPRN,Meter Serial,Site,Region,Postcode\n"
             "67379838,G4E28598141,\"The Granary, Albert Rd, Jesmond\",north,NE1 5GN\n")
    out = redact_text(sites, name="sites.csv").text
    assert "Granary" not in out and "Jesmond" not in out and ",north," in out, out


@pytest.mark.parametrize(("text", "gone"), [
    ('Customer record updated name="CHARLOTTE YOUNG" tel=pending', "YOUNG"),
    ("name=\"ORLA O'CALLAGHAN\" updated", "CALLAGHAN"),
])
def test_a_name_in_capitals_under_a_name_key_is_masked(text: str, gone: str) -> None:
    assert gone not in redact_text(text).text


@pytest.mark.parametrize("text", [
    "Jenkins Pipeline <ci@build.example> wrote:", "job name=Nightly Export finished", "We visited Leeds City Council",
    "The Service Desk's queue is long", "API Gateway returned 502 Bad Gateway", "Will retry in 30s",
    "Grace period applies", "Mark as complete", "Customer Pending Review",
])
def test_what_prose_says_of_things_is_not_a_person(text: str) -> None:
    assert redact_text(text).text == text.replace("<ci@build.example>", "<[EMAIL-1]>")


# -- numbers that look like identifiers and are not ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "cert thumbprint 3A:1F:9C:22:7B:0E:4D:91:AA:10:5C:E2:77:34:08:6C:8F:5E:D1:02 ok",  # SHA-1, 20 pairs
    "connect 10.29.8.252:28003 ok",  # an IP address and port whose 13 digits pass the MPAN checksum
    "ts_ms=1710238530123 evt=read",  # an epoch in milliseconds under a time key
    '{"spanId": "00f067aa0ba902b7", "event": "device join"}',  # a span id where devices are talked of
])
def test_an_id_shaped_like_an_identifier_is_kept(text: str) -> None:
    assert redact_text(text).text == text


def test_an_http_status_after_an_mpan_is_kept() -> None:
    out = redact_text("GET /api?mpan=1200023305967 401 Unauthorized").text
    assert "1200023305967" not in out and "401 Unauthorized" in out, out
    out = redact_text("MPRN: 1234567890 200 OK").text
    assert "1234567890" not in out and "200 OK" in out, out


def test_a_timestamps_seconds_are_no_house_number() -> None:
    out = redact_text("2024-03-01T16:48:33Z,72A Cheapside / Londonderry / BT48 9PJ").text
    assert out.startswith("2024-03-01T16:48:33Z,") and "Cheapside" not in out, out


@pytest.mark.parametrize("text", ["devices 00:0D:6F:00:0A:1B:2C:3D:00:0D:6F:00:0A:1B:2C:3E",
                                  "fp=00-0D-6F-00-0A-1B-2C-3D-AA-10"])
def test_a_device_id_in_a_chain_that_is_no_thumbprint_is_still_masked(text: str) -> None:
    assert "0A:1B:2C" not in redact_text(text).text and "0A-1B-2C" not in redact_text(text).text


@pytest.mark.parametrize("text", ["SRV 4.1.1 sent to 000781cb2ca1e04a", "Meter details [000D6FF7E15C14AC]",
                                  "paired 00124B0001A2B3C4 ok", "see 70B3D5D58A8676B9"])
def test_a_bare_eui64_with_a_metering_makers_prefix_is_masked_anywhere(text: str) -> None:
    value = next(word.strip("[]") for word in text.split() if len(word.strip("[]")) == 16)
    assert value not in redact_text(text).text


@pytest.mark.parametrize(("text", "value"), [
    ("call 0044 7414 779 742 now", "779 742"), ("phones +447458185502/02838175479", "8175479"),
    ("Tel.07817-780-427.", "780-427"), ("gas 5742236834 read", "5742236834"),
    ("Gas meter point ref 4338148346", "4338148346"), ("Gas M number 8029413047", "8029413047"),
    ("MPRN\n4031177077", "4031177077"),
])
def test_phones_and_gas_supply_numbers_as_people_write_them_are_masked(text: str, value: str) -> None:
    assert value not in redact_text(text).text


@pytest.mark.parametrize(("text", "words"), [
    ("202 FFORDD PENRHOS, CAERNARFON", ["PENRHOS"]), ("174 Heol Llanishen Fach Uplands Swansea", ["Llanishen"]),
    ("112 Lôn Isaf Sketty Swansea", ["Isaf"]), ("229 HEOL Y FELIN, CANTON, CARDIFF", ["FELIN"]),
    ("61 MEADOW PDE, GLASGOW", ["MEADOW"]), ("237 Mill Terr, Newcastle", ["Mill Terr"]),
    ("100 Strand Londonderry", ["Strand"]), ("220 The Causeway Whitby", ["Causeway"]),
    ("1. Create customer at 14B Park Grove, York", ["Park Grove"]),
    ("Arrived at Pen y Bryn, Mill Gardens, Edinburgh  EH1 1AA at 10", ["Bryn", "Mill Gardens"]),
    ("Visit to Orchard House Heptonstall Hebden Bridge, HX7 2AB", ["Orchard House", "Heptonstall"]),
    ("Apartment 37 / 200 Oak Street", ["Apartment 37", "Oak Street"]),
    ("Supply address: 149 Cwrt Y Felin, Caerphilly", ["Cwrt", "Felin"]), ("149 Cwrt Ý Felin Aberdare", ["Felin"]), ("visited 22 Clos Cae Mawr", ["Cae Mawr"]),
])
def test_addresses_written_as_wales_scotland_and_house_names_have_them_are_masked(text: str, words: list[str]) -> None:
    out = redact_text(text).text
    assert not any(word in out for word in words), out


@pytest.mark.parametrize(("text", "value"), [
    ("The customer is at The Old Rectory, SA6\n0RP; MPAN pending", "0RP"),
    ("contact Jane, +44 7988\n536811 after 5pm", "536811"),
    ("best number for them is 0117\n393 6135.", "6135"),
    ("moved out of 12 Oak Road, NR12\n9QD and the new tenant moved in", "9QD"),
])
def test_a_value_split_where_prose_wraps_is_masked(text: str, value: str) -> None:
    assert value not in redact_text(text, name="note.txt").text


def test_wrapped_prose_keeps_its_paragraphs_and_the_lines_of_a_log() -> None:
    note = "Site address: 61b The Green,\nHebden Bridge HX7 2XB. Mark as complete\nafter Elexon sign-off.\n"
    out = redact_text(note, name="note.txt").text
    assert "Mark as complete" in out and "Elexon" in out and "Hebden" not in out, out
    log = "2024-01-01 INFO reading 0113\n2024-01-01 INFO next 496 0160 ok\n"
    assert redact_text(log, name="app.log").text == log


def test_an_http_status_after_a_spaced_mpan_is_kept() -> None:
    out = redact_text("GET /api?postcode=BT7+4HN&mpan=17 3809 5929 343 504 Gateway Timeout").text
    assert "3809" not in out and "504 Gateway Timeout" in out, out
