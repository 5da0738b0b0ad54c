"""Classes of leak a held-out text corpus found (stop 34): supply numbers named by a column, a key, a message
or a path; records and segments (SQL INSERTs, EDIFACT, fixed-width extracts); house-name addresses,
address blocks and hyphenated lines; OCR's letters for digits; a number split into runs; names typed in
small letters or known from the run; and the keeps lost on the way. Each test generates its cases.

The corpus (written from the issue's text by someone who had not read the detectors) is kept in
tests/adversarial/held_out_text_40 for re-scoring; these tests are the classes it showed, in new values."""

from __future__ import annotations

import random

import pytest

from attest.redaction import redact_text
from attest.redaction.mpan import make_mpan
from attest.redaction.register import RegisterMatcher

FORENAMES = ["Ffion", "Gethin", "Oluwaseun", "Siobhan", "Eilidh", "Morwenna", "Priyanka", "Cormac", "Nerys", "Idris"]
SURNAMES = ["Penhaligon", "Ogunbanjo", "Marchbanks", "Trevelyan", "Adeyemi", "Threlfall", "Chenoweth", "Oyelaran",
            "Stanier", "Prothero"]
TOWNS = ["Saxilby", "Hexworthy", "Pitlessie", "Bryngarw", "Kilbarchan", "Tideswell", "Garthmyl", "Polwithen"]
STREET_NAMES = ["Goldcrest", "Kingfisher", "Belvoir", "Wheatsheaf", "Caradoc", "Larkspur", "Thistledown", "Marlpit"]
STREET_TYPES = ["Lane", "Road", "Crescent", "Drive", "Close", "Mews", "Grove", "Terrace", "Rise", "Way"]
HOUSES = ["Ty Gwyn", "Bryn Awel", "Hafod Wen", "Rose Cottage", "Orchard House", "The Granary", "Meadow View"]
POSTCODES = ["NE15 3YX", "CV19 0DF", "EH18 6JE", "GL21 4YR", "DH7 2ZU", "LL24 2QH", "SY12 4FH"]


def _mpan(rng: random.Random) -> str:
    return make_mpan(rng.randint(10, 23), f"{rng.randrange(10**10):010d}")


def _mprn(rng: random.Random) -> str:
    return str(rng.randrange(10**9, 10**10))


def _street(rng: random.Random) -> str:
    return f"{rng.choice(STREET_NAMES)} {rng.choice(STREET_TYPES)}"


def _left(out: str, *values: str) -> list[str]:
    return [v for v in values if v in out or v.upper() in out or v.lower() in out]


# -- supply numbers named by something other than a label ---------------------------------------------------


@pytest.mark.parametrize("seed", range(4))
def test_an_mprn_under_a_column_or_key_that_names_a_gas_supply_point(seed: int) -> None:
    rng = random.Random(seed)
    mprn, mpan = _mprn(rng), _mpan(rng)
    header = rng.choice(["Supply Point (Gas)", "Gas_Supply_Ref__c", "Gas Supply Point Ref", "gasSupplyPointId"])
    csv = f"Case,Customer,Supply Point (Electricity),{header}\nCS-{seed}0041,Dev Rao,{mpan},{mprn}\n"
    kafka = (f"CreateTime:1726968237381\tPartition:4\t{mprn}\t"
             f'{{"eventType": "ReadingReceived", "data": {{"supplyPointId": "{mprn}"}}}}\n')
    ini = f"[testdata]\nsupply_1 = {mpan}\ngas_{rng.randint(1, 9)} = {mprn}\nhub = none\n"
    for text, name in ((csv, "crm_export.csv"), (kafka, "events.txt"), (ini, "testdata.ini")):
        out = redact_text(text, name=name).text
        assert not _left(out, mprn, mpan), out


@pytest.mark.parametrize("seed", range(4))
def test_a_supply_number_named_by_a_message_a_path_or_a_glued_label(seed: int) -> None:
    rng = random.Random(seed)
    mprn = _mprn(rng)
    texts = [
        f"Get-MeterPoint : Cannot bind argument to parameter 'Mprn' because it is \"{mprn}\"",
        f'ValidationError: field "gasSupplyPointRef" has invalid value "{mprn}"',
        f"GET {{{{baseUrl}}}}/{rng.choice(['gas', 'mprns', 'supply-points', 'meter-points'])}/{mprn}?include=reads",
        f"gas side ok mprn{mprn} read 045948",
    ]
    for text in texts:
        out = redact_text(text).text
        assert mprn not in out, out
    # a rule written about a field, and a path's other numbers, are left
    for keep in ('field "mprn" must be "numeric"', "GET /api/v2/messages/12345678/status", "see /gas/2024/report"):
        assert redact_text(keep).text == keep


@pytest.mark.parametrize("seed", range(3))
def test_sql_inserts_are_read_by_their_columns(seed: int) -> None:
    rng = random.Random(seed)
    name = f"{rng.choice(FORENAMES)} {rng.choice(SURNAMES)}"
    street, town, postcode = f"{rng.randint(2, 99)} {_street(rng)}", rng.choice(TOWNS), rng.choice(POSTCODES)
    sql = (f"INSERT INTO customer (id, full_name, email) VALUES ({rng.randint(100, 9999)}, N'{name}', 'a@example.com');\n"
           f"INSERT INTO premises (id, line1, town, postcode) VALUES (77, '{street}', '{town}', '{postcode}'),\n"
           f"  (78, '{street}', 'O''Brien Close', '{postcode}');\n")
    out = redact_text(sql, name="seed.sql").text
    assert not _left(out, name, street, town, postcode, "O''Brien Close"), out
    assert "INSERT INTO premises (id, line1, town, postcode) VALUES (77, '" in out  # the statement is kept


@pytest.mark.parametrize("seed", range(3))
def test_edifact_segments_mask_the_metering_point_and_the_customer(seed: int) -> None:
    rng = random.Random(seed)
    mpan, mprn = _mpan(rng), _mprn(rng)
    surname, forename = rng.choice(SURNAMES).upper(), rng.choice(FORENAMES).upper()
    town, postcode = rng.choice(TOWNS).upper(), rng.choice(POSTCODES)
    street = f"{rng.randint(2, 99)} {_street(rng).upper()}"
    text = ("UNA:+.? 'UNB+UNOC:3+5000000000001:14+5000000000002:14+240514:1022+REF972708'\n"
            "UNH+1+UTILMD:D:02B:UN:2.5'\nBGM+E01+MSG8025437+9'\n"
            f"LOC+172+{mpan}::9'\nLOC+172+{mprn}::9'\n"
            f"NAD+MS+5000000000001::9'\nNAD+UD+++{surname}:{forename}+{street}+{town}++{postcode}+GB'\nUNT+10+1'\n")
    out = redact_text(text, name="utilmd.edi").text
    assert not _left(out, mpan, mprn, surname, forename, street, town, postcode), out
    assert "NAD+MS+5000000000001::9'" in out and "UNH+1+UTILMD:D:02B:UN:2.5'" in out


@pytest.mark.parametrize("seed", range(3))
def test_a_fixed_width_extract_s_surname_and_initial(seed: int) -> None:
    rng = random.Random(seed)
    rows, names = [], []
    for _ in range(3):
        surname = rng.choice(SURNAMES).upper()
        names.append(surname)
        rows.append(f"D{_mpan(rng)}{surname} {rng.choice('ABCDHJ'):<{20 - len(surname) - 1}}"
                    f"{f'{rng.randint(2, 99)} {_street(rng).upper()}':<30}{rng.choice(POSTCODES).replace(' ', ''):<8}")
    text = "HDRBILLEXTR202405140001\n" + "\n".join(rows) + "\nTRL000000003\n"
    out = redact_text(text, name="billing.dat").text
    assert not _left(out, *names), out
    keep = f"D{_mpan(rng)}TARIFF B            {rng.randint(2, 99)} {_street(rng).upper()}\n"
    assert "TARIFF B" in redact_text("HDRBILLEXTR202405140001\n" + keep, name="billing.dat").text


# -- addresses -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(5))
def test_an_address_that_opens_with_a_house_name_and_has_no_number(seed: int) -> None:
    rng = random.Random(seed)
    house, street, town = rng.choice(HOUSES), _street(rng), rng.choice(TOWNS)
    for text in (f"Engineer attended {house}, {street}, {town} on 2024-08-01.",
                 f"<td>{house}, {street}, {town}<br/>{rng.choice(POSTCODES)}</td>",
                 f'+    "line1": "{house}, {street}",\n+    "postcode": "{rng.choice(POSTCODES)}"',
                 f"cust mrs {rng.choice(SURNAMES).lower()} {house.lower()}, {street.lower()} {rng.choice(POSTCODES).lower()}",
                 f"Address of property : {house.upper()}, {street.upper()}\n                      {town.upper()}   "
                 f"Postcode: {rng.choice(POSTCODES)}"):
        out = redact_text(text).text
        assert not _left(out, street, town if town in text or town.upper() in text else street), out
    for keep in ("we checked the house, the rise in usage was odd", "Release notes, Station Road works"):
        assert redact_text(keep).text == keep


@pytest.mark.parametrize("eol", ["\n", "\r", "\r\n"])
def test_an_address_block_above_its_postcode_and_a_hyphenated_street(eol: str) -> None:
    rng = random.Random(len(eol))
    house, street, town, postcode = rng.choice(HOUSES), _street(rng), rng.choice(TOWNS), rng.choice(POSTCODES)
    letter = eol.join([f"Mrs {rng.choice(FORENAMES)} {rng.choice(SURNAMES)}", house, street, town, postcode, "",
                       "Dear Customer,"])
    out = redact_text(letter, name="letter.txt").text
    assert not _left(out, house, street, town, postcode), out
    word = rng.choice(STREET_NAMES).lower()
    cut = len(word) // 2
    pdf = eol.join(["Ms Ffion Prothero", f"127 {word[:cut].title()}-", f"{word[cut:]} Mews",
                    f"{town}                                         Date: 2024-01-08", postcode, ""])
    out = redact_text(pdf, name="letter.txt").text
    assert word[cut:] not in out and town not in out, out


# -- numbers: OCR's letters, runs apart, old serials -------------------------------------------------------


_OCR = str.maketrans({"0": "O", "1": "l", "5": "S", "8": "B"})


@pytest.mark.parametrize("seed", range(5))
def test_ocr_letters_for_digits_in_a_scanned_form(seed: int) -> None:
    rng = random.Random(seed)
    mpan, mprn = _mpan(rng), _mprn(rng)
    phone = f"01632 960{rng.randint(100, 999)}"

    def ocr(value: str) -> str:  # two or three confusions, as a scan makes them
        chars = list(value)
        for i in rng.sample([i for i, c in enumerate(chars) if c in "0158"], k=min(3, sum(c in "0158" for c in chars))):
            chars[i] = chars[i].translate(_OCR)
        return "".join(chars)

    form = (f"Electricity supply no. (MPAN)  [{ocr(mpan)}]\nGas supply no. (MPRN)          [{ocr(mprn)}]\n"
            f"Tel: {ocr(phone)}\nMeter reading                  [057117]   Date of reading [12/O3/2O24]\n")
    out = redact_text(form, name="scan.txt").text
    for value in (mpan, mprn, phone.replace(" ", "")):
        digits = "".join(c for c in out if c.isdigit() or c in "OlSB").translate(str.maketrans("OlSB", "0158"))
        assert value not in digits, out
    assert "[057117]" in out and "IS IT SO" == redact_text("IS IT SO").text


@pytest.mark.parametrize("seed", range(4))
def test_a_supply_number_split_into_runs_elsewhere_in_the_item(seed: int) -> None:
    rng = random.Random(seed)
    mpan = _mpan(rng)
    cut = rng.randint(5, 8)  # (a run of four digits or fewer is no one's supply number, and stays)
    chat = (f'{{"text": "supply `{mpan}` at the site", "blocks": [{{"type": "rich_text", "elements": ['
            f'{{"type": "text", "text": "{mpan[:cut]}"}}, {{"type": "text", "text": "{mpan[cut:]}", "style": {{"code": true}}}}]}}]}}')
    out = redact_text(chat, name="slack.json").text
    assert mpan[:cut] not in out and mpan[cut:] not in out, out
    # a number that only happens to be part of one is no piece of it (a work item's id inside an MPAN)
    part = mpan[3:8]
    rows = f"ID,Title\n99927,D0010 rejected for MPAN {mpan}\n{part},Gas meter reads zero\n"
    assert f"\n{part}," in redact_text(rows, name="ado.csv").text


@pytest.mark.parametrize("seed", range(4))
def test_an_older_gas_meter_s_serial(seed: int) -> None:
    rng = random.Random(seed)
    serial = f"{rng.randrange(10**8):08d}{rng.choice('DFGH')}{rng.randint(90, 99)}"
    for text in (f"says the GSME is {serial}", f"|Gas meter|{serial}|GSME on SRV 8.1|", f"VALUES ('x', '{serial}');"):
        assert serial not in redact_text(text).text
    for keep in ("12345678T12", "12345678E10", "123456789D99"):
        assert redact_text(f"id {keep} ok").text == f"id {keep} ok"


# -- names -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(4))
def test_a_surname_after_a_title_typed_in_small_letters(seed: int) -> None:
    rng = random.Random(seed)
    surname = rng.choice(SURNAMES).lower()
    title = rng.choice(["mrs", "mr", "miss"])
    out = redact_text(f"tc42 fail again!! cust {title} {surname} rang back, no ans").text
    assert surname not in out, out
    for keep in ("mr to confirm the slot", "took 30 ms average", "12 oak dr"):
        assert redact_text(keep).text == keep


@pytest.mark.parametrize("seed", range(4))
def test_a_name_word_the_run_knows_named_alone_in_another_item(seed: int) -> None:
    rng = random.Random(seed)
    forename, surname = rng.choice(FORENAMES), rng.choice(SURNAMES)
    first = redact_text(f"Test data for UIT-0927\nMPAN: {_mpan(rng)}\nCustomer: {forename} {surname}\n")
    register = RegisterMatcher([]).with_found(first.values)  # as a run carries what its items found
    out = redact_text(f"note from {surname}: looks fine\nref closed\n", register=register).text
    assert surname not in out, out


# -- keeps -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(4))
def test_what_is_no_identifier_stays(seed: int) -> None:
    rng = random.Random(seed)
    epoch = str(rng.randrange(1_704_000_000_000, 1_736_000_000_000))
    key = rng.choice(["occurredAt", "published_at", "eventTs", "sentTime", "expiry_date", "lastSeenEpoch"])
    event = f'{{"eventType": "ReadingReceived", "{key}": "{epoch}", "data": {{"supplyPointId": "{_mpan(rng)}"}}}}'
    assert epoch in redact_text(event).text
    letter = f"We will fit your new smart meter on 2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}."
    assert redact_text(letter).text == letter
    premise, partner = f"40{rng.randrange(10**8):08d}", f"10{rng.randrange(10**8):08d}"
    sap = (f" Premise          {premise}    HAFOD WEN, GORSEDD GARDENS / LS10 1TY RAVENSHOLME\n"
           f" Business Partner {partner}    Anwen Vardy-Holt\n")
    out = redact_text(sap, name="sap.txt").text
    # (the premise's object number is kept; since stop 48 the business partner's is masked: it is the customer's own
    # number, as an account's is, and two held-out rounds counted it so)
    assert premise in out and partner not in out and "Vardy-Holt" not in out and "GORSEDD" not in out, out
    xml = '<EventData><Data Name="Operation">CommissionDevice</Data></EventData>'
    assert redact_text(xml, name="event.xml").text == xml
    sheet = "Wave 2 test data\t\t\tOwner: QT team\nRef\tMPAN\tMPRN\nMPAN0631\t" + _mpan(rng) + "\t" + _mprn(rng) + "\nTotal\t1\t\n"
    out = redact_text(sheet, name="wave.tsv").text
    assert out.splitlines()[-1] == "Total\t1\t" and "MPAN0631" in out, out


@pytest.mark.parametrize("delimiter", [";", ",", "\t", "|"])
def test_a_table_whose_lines_end_with_a_carriage_return_is_redacted_not_refused(delimiter: str) -> None:
    rng = random.Random(delimiter)
    rows = [delimiter.join(["Anlage", "Zählpunktbezeichnung", "Zählernummer", "Name", "Straße", "Ort", "PLZ"])]
    secrets = []
    for _ in range(3):
        row = [str(rng.randrange(5 * 10**9, 6 * 10**9)), _mpan(rng), f"S{rng.randint(10, 99)}B{rng.randint(10000, 99999)}",
               f"{rng.choice(SURNAMES)}, {rng.choice(FORENAMES)}".replace(",", "") if delimiter == "," else
               f"{rng.choice(SURNAMES)}, {rng.choice(FORENAMES)}", _street(rng), rng.choice(TOWNS), rng.choice(POSTCODES)]
        rows.append(delimiter.join(row))
        secrets += row[1:]
    text = "\r".join(rows) + "\r"
    out = redact_text(text, name="export.csv").text
    assert not _left(out, *secrets), out
    assert out.count("\r") == text.count("\r")


@pytest.mark.parametrize("seed", range(4))
def test_a_hash_prefix_whose_first_digits_spell_an_mpan_is_no_mpan(seed: int) -> None:
    """A pack's "7 entries; head 1200023305967bc1…": an audit head's hex prefix, its first thirteen characters
    digits by chance (a pack was once refused for it). An MPAN glued to a label or a non-hex letter still is."""
    rng = random.Random(seed)
    mpan = _mpan(rng)
    tail = rng.choice(["bc1", "b12", "ab", "f0e"])
    assert redact_text(f"7 entries; head {mpan}{tail}…").text == f"7 entries; head {mpan}{tail}…"
    for leak in (f"mpan{mpan}", f"REQ{mpan}X7", f"id={mpan}a", f"A{mpan}A", f"cafe{mpan}bead"):
        assert mpan not in redact_text(leak).text, leak
