"""Classes of leak a held-out text corpus found (stop 33): line ends, name orders, towns, serial shapes,
typed numbers and spelt-out addresses, and the keeps lost on the way. Each test generates its cases.

The corpus (written from the issue's text by someone who had not read the detectors) is kept in
tests/adversarial/held_out_text_36 for re-scoring; these tests are the classes it showed, in new values."""

from __future__ import annotations

import random

import pytest

from attest.redaction import redact_text
from attest.redaction.findings import Kind
from attest.redaction.mpan import make_mpan
from attest.redaction.register import RegisterMatcher
from attest.redaction.scan import scan_text
from attest.services.gate import redact_free_text

FORENAMES = ["Dafydd", "Ffion", "Gethin", "Oluwaseun", "Jasvinder", "Siobhan", "Eilidh", "Kwabena", "Morwenna",
             "Priyanka", "Rosalind", "Cormac", "Chidi", "Harpreet", "Lorcan"]
SURNAMES = ["Penhaligon", "Ogunbanjo", "MacLennan", "Eckersley", "Trevelyan", "Adeyemi", "Szymanski", "Threlfall",
            "Chenoweth", "Oyelaran", "Sandhu", "Nakamura"]
TOWNS = ["Saxilby", "Hexworthy", "Pitlessie", "Bryngarw", "Kilbarchan", "Tideswell", "Garthmyl", "Polwithen"]
STREETS = ["Goldcrest Lane", "Kingfisher Road", "Belvoir Crescent", "Wheatsheaf Drive", "Caradoc Close",
           "Larkspur Mews"]
POSTCODES = ["NE15 3YX", "CV19 0DF", "EH18 6JE", "GL21 4YR", "DH7 2ZU", "LL24 2QH"]


def _rng(seed: int) -> random.Random:
    return random.Random(seed)


def _left(out: str, *values: str) -> list[str]:
    return [v for v in values if v in out or v.upper() in out]


# -- line ends -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(4))
def test_a_file_whose_lines_end_with_a_carriage_return_alone_is_read_line_by_line(seed: int) -> None:
    """Classic Mac and some SAP exports end lines with CR alone: a table's columns and a label's value
    must be read as in the same file with LF."""
    rng = _rng(seed)
    rows = []
    secrets = []
    for _ in range(3):
        mprn, serial = str(rng.randrange(10**9, 10**10)), f"{rng.choice('ABKLZ')}{rng.randint(10, 24)}{rng.choice('DEHK')}{rng.randint(100000, 999999)}"
        rows.append(f"S{rng.randint(100, 999)}\t{mprn}\t{serial}\t{rng.choice(POSTCODES)}\tkey safe")
        secrets += [mprn, serial]
    name = f"{rng.choice(FORENAMES)} {rng.choice(SURNAMES)}"
    street = f"{rng.randint(2, 240)} {rng.choice(STREETS)}, {rng.choice(TOWNS)}"
    for eol in ("\r", "\n", "\r\n"):
        table = eol.join(["Site\tMPRN\tGas MSN\tPostcode\tNotes", *rows]) + eol
        ticket = eol.join(["Number: INC6174726", f"Caller: {name}", f"Location: {street}", "Priority: 3"]) + eol
        for text, fname, values in ((table, "sites.tsv", secrets), (ticket, "ticket.txt", [name, street])):
            out = redact_text(text, name=fname).text
            assert not _left(out, *values), (repr(eol), out)
            assert out.count("\r") == text.count("\r")  # the line ends are the file's own


# -- names -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(6))
def test_a_name_written_surname_first_is_masked(seed: int) -> None:
    rng = _rng(seed)
    first, last = rng.choice(FORENAMES), rng.choice(SURNAMES)
    texts = [
        f"Named party: {last}, {first}\nPhone: see CRM\n",
        f"Geschäftspartner  GP{rng.randint(10**6, 10**7 - 1)}  {last}, {first}\nVerbrauchsstelle  x\n",
        f"350|CUSTOMER READ - {last.upper()}, {first.upper()} CALLED IN, SAYS METER IS FINE|\n",
        f"Account holder\t{last}, {first}\tActive\n",
    ]
    for text in texts:
        out = redact_text(text, name="note.txt").text
        assert not _left(out, first, last), out


@pytest.mark.parametrize("text", ["Thanks, Bethan\n", "Hi Team, Bethan here", "Attendees: Bethan, Ffion, Gethin",
                                  "Leeds, Bristol and York"])
def test_a_sign_off_or_a_list_of_forenames_is_no_name_written_surname_first(text: str) -> None:
    out = redact_text(text, name="note.txt").text
    assert ("Thanks" in out or "Team" in out or "Attendees" in out or "Leeds" in out), out


@pytest.mark.parametrize("seed", range(6))
def test_names_quoted_in_sql_or_after_a_backslash_are_masked(seed: int) -> None:
    rng = _rng(seed)
    first, last = rng.choice(FORENAMES), rng.choice(SURNAMES)
    sql = (f"INSERT INTO customer (id, name, addr1, town, postcode) VALUES ({rng.randint(1, 9999)}, "
           f"'{first} {last}', '{rng.randint(2, 240)} {rng.choice(STREETS)}', '{rng.choice(TOWNS)}', "
           f"'{rng.choice(POSTCODES)}');")
    out = redact_text(sql, name="fixture.sql").text
    assert not _left(out, first, last), out
    assert "'[ADDRESS-" in out and out.count("[ADDRESS-") == 2, out  # the street and the town, each in its quotes
    path = f"Subject\\MHHS\\{first} {last}"
    assert not _left(redact_free_text(path, None), first, last)


def test_an_apostrophe_inside_a_surname_still_starts_no_name() -> None:
    out = redact_text("Ticket raised by Patrick O'Brien yesterday", name="note.txt").text
    assert "Brien" not in out and "Patrick" not in out


@pytest.mark.parametrize("seed", range(4))
def test_the_other_word_of_a_name_the_run_knows_is_masked_where_a_note_uses_it_alone(seed: int) -> None:
    rng = _rng(seed)
    first, last = rng.choice(FORENAMES), rng.choice(SURNAMES)
    run = RegisterMatcher(found={f"{first} {last}": Kind.NAME})
    out = redact_text(f"spoke to {last} again, {first} confirmed the reading", register=run).text
    assert not _left(out, first, last), out


# -- towns and houses ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(6))
def test_a_town_on_its_own_line_after_postcode_or_again_in_a_title_is_masked(seed: int) -> None:
    rng = _rng(seed)
    town, street, postcode = rng.choice(TOWNS), f"{rng.randint(2, 240)} {rng.choice(STREETS)}", rng.choice(POSTCODES)
    bill = f"Mx A Customer\r\n{street}\r\n{town.upper()}\r\n\r\nAccount number: see header\r\n"
    sap = f"Verbrauchsstelle  {street}\n                  {postcode} {town}\nAbleseeinheit     MR4254\n"
    ticket = f"Short description: Smart meter offline - {town}\nLocation: Apartment 28, {street}, {town}\nCI: DCC\n"
    for text in (bill, sap, ticket):
        out = redact_text(text, name="evidence.txt").text
        assert not _left(out, town), out


@pytest.mark.parametrize("text, kept", [
    ("Visit at 12 Oak Road\nThanks\n\n", "Thanks"),
    ("mpan_core\tpost_code\tstatus\n1742424242425\tNR1 1AA\tLive\n", "Live"),
    ("Postcode  BS1 4DJ   LIVE\n", "LIVE"),
])
def test_no_status_or_sign_off_is_taken_for_a_town(text: str, kept: str) -> None:
    assert kept in redact_text(text, name="x.txt").text


@pytest.mark.parametrize("seed", range(4))
def test_a_house_name_before_its_street_is_masked(seed: int) -> None:
    rng = _rng(seed)
    house = rng.choice(["Hillcrest", "Meadowbank", "Kestrel House", "Rose Cottage", "Tregarthen"])
    street = f"{rng.randint(2, 240)} {rng.choice(STREETS)}"
    for text in (f"Used {house}, {street} as the test site", f"Location: {house}, {street}, {rng.choice(TOWNS)}"):
        out = redact_text(text, name="note.txt").text
        assert house.split()[0] not in out, out
    assert "Premises" in redact_text(f"Premises, {street}", name="note.txt").text


@pytest.mark.parametrize("seed", range(4))
def test_a_record_files_street_and_town_fields_are_masked_also_saved_as_txt(seed: int) -> None:
    rng = _rng(seed)
    street, town = rng.choice(STREETS).upper(), rng.choice(TOWNS).upper()
    mprn = str(rng.randrange(10**9, 10**10))
    others = "".join(f"S40,{rng.randrange(10**9, 10**10)},E6S{rng.randrange(10**10, 10**11)},G4,{rng.randint(10000, 99999)},"
                     f"{rng.choice(POSTCODES)}\n" for _ in range(3))
    text = (f"A00,UKLINK,MBR,20261203,783541\nS40,{mprn},G4E96703913,U6,22707,{rng.choice(POSTCODES)}\n"
            f"S46,{mprn},{street},{town},{rng.randint(2, 200)},Y\n{others}Z99,6\n")
    for name in ("mbr.csv", "mbr.txt"):
        out = redact_text(text, name=name).text
        assert not _left(out, street, town, mprn, "G4E96703913"), out
        assert out.startswith("A00,UKLINK,MBR,20261203") and "Z99,6" in out


# -- meter serials ---------------------------------------------------------------------------------------------


def _serial(rng: random.Random) -> str:
    shape = rng.choice(["two", "maker"])
    if shape == "two":  # two letters, the year, a letter, five to seven digits
        return (rng.choice(["NK", "VR", "ZA", "EM", "XY", "DU"]) + f"{rng.randint(5, 25):02d}" + rng.choice("HMWCFL")
                + "".join(rng.choice("0123456789") for _ in range(rng.randint(5, 7))))
    return rng.choice(["EML", "LGZ", "SMT", "ACL", "ELS"]) + "".join(rng.choice("0123456789") for _ in range(9))


@pytest.mark.parametrize("seed", range(8))
def test_serials_of_two_letter_and_maker_code_shapes_are_masked_without_a_label(seed: int) -> None:
    rng = _rng(seed)
    serial = _serial(rng)
    texts = [f"which meter? {serial}, hub is fine", f"Select-String '{serial}'", f"{{\"q\":\"{serial}\"}}",
             f"348|{make_mpan(12, str(rng.randrange(10**10)).zfill(10))}|{serial}|20261202|",
             f"<Items><Item key=\"MeterSerialNumber\">{serial}</Item></Items>"]
    for text in texts:
        assert serial not in redact_text(text, name="evidence.txt").text, text
    assert serial.lower() not in redact_free_text(f"photo_{serial.lower()}.png", None)


@pytest.mark.parametrize("keep", ["INC0012345", "REQ123456789", "ORD12345678", "CHG0031234", "RITM0012345"])
def test_tickets_and_orders_are_no_serials(keep: str) -> None:
    assert keep in redact_text(f"see {keep} for the change", name="note.txt").text


# -- keeps -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(4))
def test_ids_times_and_span_ids_beside_identifiers_are_kept(seed: int) -> None:
    rng = _rng(seed)
    eng = f"ENG{rng.randint(1000, 9999)}"
    epoch = str(rng.randint(1_760_000_000_000, 1_769_999_999_999))
    trace = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    span = "".join(rng.choice("0123456789abcdef") for _ in range(16))
    mpan = make_mpan(rng.randint(10, 23), str(rng.randrange(10**10)).zfill(10))
    text = (f"JOB SHEET  JOB-8912900     Engineer: {eng}\n"
            f"subject MPAN {mpan}\ntraceparent        00-{trace}-{span}-01\n"
            f"received_epoch_ms  {epoch}\nreceivedEpochMs={epoch}\nSRV 8.1.1 sent to device\n")
    out = redact_text(text, name="run.log").text
    assert eng in out and f"00-{trace}-{span}-01" in out and out.count(epoch) == 2, out
    assert mpan not in out


def test_a_tables_dates_and_row_ids_are_not_joined_into_an_mpan() -> None:
    mpan = make_mpan(23, "5054851537")
    psql = (" reg_id |     mpan_core     | status  |  eff_from\n--------+---------------+---------+------------\n"
            f"  54929 | {make_mpan(19, '1234567890')} | LOST    | 2026-10-06\n   1100 | {mpan}     | LIVE    | 2026-10-09\n")
    out = redact_text(psql, name="psql.txt").text
    assert "2026-10-06" in out and "1100" in out and mpan not in out, out
    sqlcmd = ("MeterSerial            ReadDate    \n---------------------- ------------\n"
              "G6A212516999           2026-11-22  \n")
    out = redact_text(sqlcmd, name="sqlcmd.txt").text
    assert "2026-11-22" in out and "G6A212516999" not in out, out
    # and the scan of that output (a placeholder shortened the row: the date slid under the serial's header)
    assert scan_text(out, "sqlcmd.txt", None) == []


# -- typed text ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(6))
def test_typed_numbers_phones_and_spelt_out_addresses_are_masked(seed: int) -> None:
    rng = _rng(seed)
    mprn = str(rng.randrange(10**9, 10**10))
    grouped = f"{mprn[:3]}-{mprn[3:6]}-{mprn[6:]}"
    dotted = ".".join(mprn)
    phone = f"07700.900{rng.randint(100, 999)}"
    local, domain = rng.choice(["lq dot moss", "jo.bloggs", "ffion"]), rng.choice(["energyhome", "example"])
    cases = {
        f"D0010 rejected for {mprn}": mprn,
        f"Gas supply point {grouped} shows credit": grouped,
        f"MPRN {grouped} checked": grouped,
        f"cases-{dotted}.json": dotted,
        f"Ring the customer on {phone}": phone,
        f"sent to {local} at {domain} dot example dot org": f"{domain} dot example",
        f"mail {local.replace(' dot ', '.')}(at){domain}.co.uk": f"{domain}.co.uk",
    }
    for text, value in cases.items():
        out = redact_free_text(text, None)
        assert value not in out, (text, out)


@pytest.mark.parametrize("keep", ["epoch 1733312345 done", "build 2024061112 ok", "v1.2.3 on 10.29.8.252",
                                  "on 01.12.2026 at 10.30", "TC-1234567890 passed", "we met at the site"])
def test_typed_text_keeps_times_versions_and_references(keep: str) -> None:
    assert redact_free_text(keep, None) == keep


@pytest.mark.parametrize("seed", range(3))
def test_a_payment_outlets_number_under_a_customer_is_kept(seed: int) -> None:
    rng = _rng(seed)
    outlet = str(rng.randint(100000, 999999))
    text = (f"VEND RECEIPT\nMeter: {_serial(rng)}\nCustomer: Mr C. {rng.choice(SURNAMES)}\n"
            f"Outlet: {rng.choice(['PayPoint', 'Payzone', 'Post Office branch'])} {outlet}\n")
    assert outlet in redact_text(text, name="vend.txt").text


@pytest.mark.parametrize("seed", range(20))
def test_an_arrays_bare_numbers_are_never_read_together_as_an_mpan(seed: int) -> None:
    """Found by the suite's property test: [310, 30338, 13954] reads, with its separators, as a valid MPAN
    core; the redacted JSON then lost its array, and the item was refused."""
    import json

    rng = _rng(seed)
    while True:  # an array whose numbers, joined, pass an MPAN's checksum
        parts = [rng.randint(10, 999), rng.randint(1000, 99999), rng.randint(1000, 99999)]
        joined = "".join(map(str, parts))
        if len(joined) == 13 and 10 <= int(joined[:2]) <= 36 and make_mpan(int(joined[:2]), joined[2:12]) == joined:
            break
    mpan = make_mpan(rng.randint(10, 23), str(rng.randrange(10**10)).zfill(10))
    text = json.dumps({"wrapper": parts, "mpan": mpan, "list": [parts, mpan]})
    out = redact_text(text, name="payload.json").text
    assert json.loads(out)["wrapper"] == parts and mpan not in out
