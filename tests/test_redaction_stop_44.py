"""Classes of leak fixed at stop 44, each test generating its cases from seeds.

First the leftovers of stop 43's held-out text round (helper-71): a UTF-7 text whose encoder shifted the one
no-break space inside a postcode ("IP4+AKA-5NA")."""

from __future__ import annotations

import random

import pytest

from attest.redaction import redact_text
from held_out_values import left as _left

POSTCODES = ["IP4 5NA", "LL19 5ZD", "CF25 0DD", "WF12 2EH", "EH8 7YW", "SY7 8UU"]


@pytest.mark.parametrize("seed", range(10))
def test_a_utf7_shifted_blank_or_dash_inside_a_value_is_read_as_one(seed: int) -> None:
    rng = random.Random(seed)
    between = rng.choice(["\u00a0", "\u2009", "\u202f", "\u2013", "\u2011", "\u200b"])
    postcode = rng.choice(POSTCODES)
    phone = "07" + "".join(rng.choice("0123456789") for _ in range(9))
    line = rng.choice([f"Site: {rng.randint(2, 300)} Coldharbour Row, Merthyr Tydfil {postcode.replace(' ', between)}",
                       f"Tel {phone[:5]}{between}{phone[5:]} (mobile)"])
    text = line.encode("utf-7").decode("ascii")
    assert "+" in text and "-" in text  # the separator is a shifted run
    out = redact_text(text).text
    value = postcode if "Site" in line else phone
    assert not _left(out.encode("ascii").decode("utf-7"), value, min(8, len(value.replace(" ", "")))), (text, out)


@pytest.mark.parametrize("keep", ["cost +AKM-95,635.58 on account", "ref AB+AKA-CD was reissued", "C+AGM-7 wins",
                                  "score 3+AKA-2 final"])
def test_other_shifted_runs_and_plus_words_stay(keep: str) -> None:
    assert redact_text(keep).text == keep


@pytest.mark.parametrize("seed", range(10))
def test_a_phone_with_a_comma_between_its_groups_after_a_phone_word_is_masked(seed: int) -> None:
    rng = random.Random(seed)
    national = rng.choice(["07", "01632", "0113", "020"])
    digits = national + "".join(rng.choice("0123456789") for _ in range(11 - len(national)))
    cut = rng.choice([4, 5]) if national != "020" else 3
    written = digits[:cut] + rng.choice([",", ", "]) + digits[cut:]
    label = rng.choice(["Incoming tenant phone .....", "Tel:", "Mobile no.", "call back on", "Contact no"])
    out = redact_text(f"{label} {written} (after 5pm)").text
    assert digits[:cut] not in out or digits[cut:] not in out, out


@pytest.mark.parametrize("keep", ["code,count\n07349,499270\n", "reading 01632,960000 kWh", "id,value\n0113,4960894",
                                  "Phone: see row 07349,499270,12"])
def test_numbers_split_by_a_comma_without_a_phone_word_stay(keep: str) -> None:
    assert redact_text(keep).text == keep


@pytest.mark.parametrize("seed", range(10))
def test_a_serial_with_a_bar_between_its_letters_and_number_is_masked(seed: int) -> None:
    rng = random.Random(seed)
    head = rng.choice(["G4E36", "E12Z", "EML954", "G4B04", "S1K"])
    tail = "".join(rng.choice("0123456789") for _ in range(rng.choice([6, 7])))
    line = rng.choice([f"(gas serial [b]{head}|{tail}[/b]) has been reading zero",
                       f"Meter serial: {head}|{tail}", f"swapped {head}|{tail} for a new one"])
    out = redact_text(line).text
    assert tail not in out and head not in out, out


@pytest.mark.parametrize("keep", ["| G4E36 | 119363 | ok |", "cat x | grep E12Z|034567|x", "T1|2345 x and v3|123",
                                  "route A1|B2|C3"])
def test_bars_of_tables_and_pipelines_stay(keep: str) -> None:
    assert redact_text(keep).text == keep


NAMES = ["JOHN SMITH", "Sean O'Neill", "Aoife O'Brien", "Rhodri ap Hywel", "Siobhan McAllister"]


@pytest.mark.parametrize("seed", range(10))
def test_a_single_quoted_labelled_name_keeps_its_closing_quote_and_what_follows(seed: int) -> None:
    rng = random.Random(seed)
    name = rng.choice(NAMES)
    label = rng.choice(["customer=", "customer = ", "Customer: ", "tenant="])
    tail = rng.choice(["", ", ok", ", postcode='CV1 1QZ'", " and step 4 passed"])
    text = f"{label}'{name}'{tail}"
    out = redact_text(text).text
    assert name.split()[-1] not in out, out
    assert out.startswith(label + "'[NAME-") and out.split("]", 1)[1].startswith("'"), out
    assert out.endswith(tail.replace("CV1 1QZ", "[POSTCODE-1]")), out


def _metering_prefixes() -> list[str]:
    from importlib import resources

    text = resources.files("attest.redaction").joinpath("data", "metering_ouis.txt").read_text("utf-8")
    return [line.split()[0] for line in text.splitlines() if line.strip() and not line.startswith("#")]


def test_the_metering_makers_list_holds_the_zigbee_silicon_and_meter_makers() -> None:
    prefixes = _metering_prefixes()
    assert len(prefixes) > 100 and all(len(p) == 6 and int(p, 16) >= 0 for p in prefixes)
    for maker in ("000D6F", "0022A3", "D0CF5E", "000781", "00124B", "90FD9F"):  # Ember, CEL, Energy Micro, Itron, TI, SiLabs
        assert maker in prefixes


@pytest.mark.parametrize("seed", range(12))
def test_a_bare_device_id_of_a_metering_maker_is_masked_in_a_path_or_a_log(seed: int) -> None:
    rng = random.Random(seed)
    prefix = rng.choice(_metering_prefixes())
    value = prefix + "".join(rng.choice("0123456789abcdef") for _ in range(10))
    value = value.lower() if rng.random() < 0.6 else value.upper()
    text = rng.choice([f'"logFilePath": "adf-logs/copyactivity-logs/TS35224866/{value}.txt"',
                       f"2026-03-01 10:00:01 INFO sent to {value} ok", f"cache key {value} expired"])
    out = redact_text(text).text
    assert value not in out and value.lower() not in out.lower(), out


def test_random_trace_ids_mostly_stay() -> None:
    rng = random.Random(44)
    prefixes = set(_metering_prefixes())
    ids = ["".join(rng.choice("0123456789abcdef") for _ in range(16)) for _ in range(400)]
    ids = [i for i in ids if i[:6].upper() not in prefixes]
    text = "\n".join(f"trace {i} span done in 12 ms" for i in ids)
    assert redact_text(text).text == text


@pytest.mark.parametrize("seed", range(10))
def test_an_mprn_key_typed_with_a_slip_still_names_an_mprn(seed: int) -> None:
    rng = random.Random(seed)
    word = "mprn"
    slip = rng.choice(["insert", "swap", "change"])
    at = rng.randint(1, 3)
    if slip == "insert":
        key = word[:at] + rng.choice("abcdsx") + word[at:]
    elif slip == "swap":
        at = min(at, 2)
        key = word[:at] + word[at + 1] + word[at] + word[at + 2:]
    else:
        key = word[:at] + rng.choice("bcdmsx".replace(word[at], "")) + word[at + 1:]
    key = key.upper() if rng.random() < 0.3 else key
    number = str(rng.randint(10**8, 10**10 - 1))
    written = rng.choice([number, " ".join([number[:3], number[3:6], number[6:]])])
    text = rng.choice([f'{{ {key}: "{written}", gas: "U6W" }}', f"{key}={written}", f'"{key}": "{written}"'])
    out = redact_text(text).text
    assert number not in out.replace(" ", ""), (text, out)


@pytest.mark.parametrize("keep", ['{"mean": 1234567890}', "mpn=1234567890", '"span": "1234567890"', "mrn=1234567890"])
def test_keys_a_slip_from_other_words_stay(keep: str) -> None:
    assert redact_text(keep).text == keep


@pytest.mark.parametrize("seed", range(10))
def test_an_id_built_from_an_mprn_after_its_label_is_masked(seed: int) -> None:
    rng = random.Random(seed)
    number = str(rng.randint(10**8, 10**10 - 1))
    prefix = rng.choice(["EVD", "req", "REQ", "job", "case"])
    suffix = rng.choice(["", f"-{rng.randint(1, 99)}", "_A"])
    text = rng.choice([f"ORA-20001: bad MPRN {prefix}-{number}{suffix} for site",
                       f"MPRN: {prefix}_{number}{suffix} rejected"])
    out = redact_text(text).text
    assert number not in out, (text, out)


@pytest.mark.parametrize("keep", ["MPRN MPRN-REF-07 ok", "MPRN REQ-2026-1234 raised", "MPRN TC-12345 passed"])
def test_references_after_an_mprn_label_stay(keep: str) -> None:
    assert redact_text(keep).text == keep


@pytest.mark.parametrize("seed", range(10))
def test_an_mprn_in_a_bills_groups_beside_another_supply_identifier_is_masked(seed: int) -> None:
    rng = random.Random(seed)
    number = str(rng.randint(10**9, 10**10 - 1))
    grouped = f"{number[:3]} {number[3:6]} {number[6:]}"
    serial = rng.choice(["G4A6280506", "E6S12345678901", "U16 1677772410", "EML954550558"])
    text = rng.choice([f'"note": "for {grouped} / {serial}"', f"swap {serial} at supply {grouped} done",
                       f"{serial}; {grouped}; booked"])
    out = redact_text(text).text
    assert grouped not in out, (text, out)


@pytest.mark.parametrize("keep", ["G4A6280506 read 123 456 7890 kWh", "G4A6280506 total 1,234,567",
                                  "Jane Smith paid 357 607 9313 pence"])
def test_quantities_beside_a_serial_stay(keep: str) -> None:
    out = redact_text(keep).text
    for number in ("123 456 7890", "1,234,567"):
        if number in keep:
            assert number in out, out
    if "Jane" in keep:
        assert "357 607 9313" in out  # beside a person only: an amount or a count as often


# Keeps lost on helper-72's round (stop 44): a test's references after an account label, a hyphenated flow name and a
# purchase order read as a spaced serial, a network address under an address key, a customer reference and a UUID
# read as one MPAN over the blank between them.


@pytest.mark.parametrize("seed", range(8))
def test_a_tests_reference_after_an_account_or_config_label_stays(seed: int) -> None:
    rng = random.Random(seed)
    ref = f"{rng.choice(['MPRN', 'MPAN', 'METER'])}-REF-{rng.randint(1, 99):02d}"
    text = rng.choice([f"Account: {ref}", f"Cfg: {ref}", f'"account": "{ref}"', f"Account 1\t{ref}\tUpdate"])
    assert ref in redact_text(text).text, text


@pytest.mark.parametrize("seed", range(8))
def test_a_hyphenated_flow_name_then_a_purchase_order_is_no_spaced_serial(seed: int) -> None:
    rng = random.Random(seed)
    flow = rng.choice(["REC-M5", "REC-M12", "DTC-D5", "UNC-G4"])
    po = f"PO-{rng.randint(10**9, 10**10 - 1)}"
    text = f"captured 2026-10-11T11:49:50.166Z MPAN-REF-14 build v3.28.5 flow {flow} {po} GB769468447"
    out = redact_text(text).text
    assert flow in out and po in out, out


@pytest.mark.parametrize("value", ["10.201.96.87:8443", "10.121.116.1", "db01.internal:5432"])
def test_a_network_address_under_an_address_key_stays(value: str) -> None:
    text = f'type=USER_LOGIN msg=audit(1764856127.9:491): addr={value} res=success'
    assert value in redact_text(text).text


def test_a_reference_and_a_uuid_are_no_mpan_over_the_blank_between_them() -> None:
    text = "flow UKLINK-NOM PO-4525600692 GB296847384 CRN18447100 75040cae-96d9-453a-add0-499f5c59457b"
    assert redact_text(text).text == text


# Misses of helper-72's round (stop 44), by class.

ODD_SEPARATORS = ["_", "|", "~", "\u2212", "\u2014", "\u2013", "\u2009", "\u2003", "\u00a0", "\t"]


@pytest.mark.parametrize("seed", range(14))
def test_an_mprn_with_any_one_separator_after_its_label_is_masked(seed: int) -> None:
    rng = random.Random(seed)
    number = str(rng.randint(10**8, 10**10 - 1))
    gap = rng.choice(ODD_SEPARATORS)
    cuts = sorted(rng.sample(range(2, len(number) - 1), 2))
    written = gap.join([number[:cuts[0]], number[cuts[0]:cuts[1]], number[cuts[1]:]])
    label = rng.choice(["Gas supply number (MPRN):", "MPRN", "MPRN:", "mprn ="])
    out = redact_text(f"{label} {written} - gas safety check booked (MPRN-REF-03)").text
    assert number not in out.replace(gap, ""), out
    assert "MPRN-REF-03" in out


@pytest.mark.parametrize("seed", range(10))
def test_an_mprn_grouped_with_dashes_or_tildes_beside_a_serial_is_masked(seed: int) -> None:
    rng = random.Random(seed)
    number = str(rng.randint(10**9, 10**10 - 1))
    gap = rng.choice(["~", "\u2014", "-", "_", "|"])
    written = gap.join([number[:3], number[3:6], number[6:]])
    text = rng.choice([f"5\tCheck gas\tG4A6280506 / {written}\tMatches",
                       f"Some(SupplyPoint(E12Z034567,{written},Meter(E12Z034567,E)))"])
    out = redact_text(text).text
    assert written not in out, (text, out)


@pytest.mark.parametrize("keep", ["G4A6280506 fitted 2026-12-06 10:11", "E12Z034567 v2024-11-30", "E12Z034567 read 1,234 567"])
def test_dates_and_counts_beside_a_serial_stay(keep: str) -> None:
    out = redact_text(keep).text
    assert out.split(" ", 1)[1] == keep.split(" ", 1)[1], out


@pytest.mark.parametrize("key", ["gasRef", "gas_ref", "GasReference", "gasPointRef"])
def test_a_gas_reference_key_names_an_mprn(key: str) -> None:
    out = redact_text(f"  * def {key} = 9994547").text
    assert "9994547" not in out, out


@pytest.mark.parametrize("seed", range(12))
def test_a_serial_written_over_a_slash_is_masked(seed: int) -> None:
    rng = random.Random(seed)
    serial = rng.choice(["J74N512670", "E6S3524051024", "67N1895855", "AU28N06825", "TT44P07209", "EML954550558"])
    cut = rng.randint(2, 4)
    written = serial[:cut] + "/" + serial[cut:]
    from attest.redaction.patterns import find_all

    assert any(f.kind.name == "MSN" for f in find_all(serial))  # a serial's shape unsplit: the split is what is tested
    text = rng.choice([f'rs("MSN")  = {written}', f'{{"msn":"{written}","error":"serial not on supply"}}',
                       f"- as discussed, eserial {written} (see INV-2293684) still wrong"])
    out = redact_text(text).text
    assert written not in out, (text, out)


@pytest.mark.parametrize("keep", ["a/b/12/3456789", "v2/1234567", "2026/12/06", "1/2345678", "/api/v2/users/4A123456",
                                  "ratio 12/345678"])
def test_paths_dates_and_fractions_over_a_slash_stay(keep: str) -> None:
    assert keep in redact_text(f"see {keep} here").text


@pytest.mark.parametrize("key", ["FIXTURE_CHF", "fixtureChf", "old_esme", "newGsme", "site_ihd", "chf"])
def test_a_key_ending_in_a_device_word_names_a_device_and_a_plans_new_value_too(key: str) -> None:
    rng = random.Random(key)
    old, new = ("".join(rng.choice("0123456789abcdef") for _ in range(16)) for _ in range(2))
    text = f'        ~ {key}       : "{old}" => "{new.capitalize()}"'
    out = redact_text(text).text
    assert old not in out and new.capitalize() not in out, out


@pytest.mark.parametrize("keep", ['status: "Open" => "Closed"', "pitchf: 0011223344556677", 'version: "1.2" -> "1.3"'])
def test_other_keys_and_changes_stay(keep: str) -> None:
    assert redact_text(keep).text == keep


@pytest.mark.parametrize("seed", range(10))
def test_eight_decimal_bytes_of_a_device_are_masked(seed: int) -> None:
    rng = random.Random(seed)
    prefixes = _metering_prefixes()
    if seed % 2:
        prefix = rng.choice(prefixes)
        values = [int(prefix[i:i + 2], 16) for i in (0, 2, 4)] + [rng.randint(0, 255) for _ in range(5)]
        line = "data = [" + ", ".join(map(str, values)) + "]"
    else:
        values = [rng.randint(0, 255) for _ in range(8)]
        line = "  chf_id: <<" + ", ".join(map(str, values)) + ">>,"
    out = redact_text(line).text
    assert ", ".join(map(str, values)) not in out, out


@pytest.mark.parametrize("keep", ["weights = [1, 2, 3, 4, 5, 6, 7, 8]", "rgb (112, 6, 249, 39, 244, 85, 121, 109)",
                                  "chf_id: [1, 2, 3, 4, 5, 6, 7, 800]"])
def test_other_lists_of_eight_numbers_stay(keep: str) -> None:
    assert redact_text(keep).text == keep


HOUSES = ["Gorsebank", "Cnoc na Mara", "Tanglewood", "Windrush", "Lilac Lodge", "Hafod"]
STREETS = ["Sycamore Gardens", "Glasshoughton Terrace", "Quarrendon View", "Cwmdonkin Rise", "Ashbourne View"]
PLACES = ["Sandbach", "Tenby", "Wisbech", "Tewkesbury", "Merthyr Tydfil", "Ballymena"]


@pytest.mark.parametrize("seed", range(16))
def test_an_addresses_parts_in_any_order_and_with_any_joiner_are_masked(seed: int) -> None:
    rng = random.Random(seed)
    house, street, town = rng.choice(HOUSES), rng.choice(STREETS), rng.choice(PLACES)
    number = f"{rng.randint(1, 240)}{rng.choice(['', 'A', 'C'])}"
    joiner = rng.choice([", ", "; ", " | ", "\n"])
    if joiner == " | " and street.endswith("View"):
        street = "Foxglove Lane"  # (between bars a "View" is a menu's item as often: see address_parts)
    parts = rng.choice([[house, street, town], [town, street, number], [f"{number} {street}", town],
                        [house, f"{number} {street}", town]])
    value = joiner.join(parts)
    text = rng.choice([f'Premises(line1="{value}", postcode="TR7 1AB")', f"2. Client address ........ {value}",
                       f'{{"address": {value!r}}}'.replace("'", '"'), f"flutter: site={value}\nnext line"])
    out = redact_text(text).text
    for word in " ".join(p for p in parts if not p[0].isdigit()).split():
        if word not in ("na",):
            assert word not in out, (text, out)


@pytest.mark.parametrize("keep", ["| Site | Acacia Road | Passed | Leeds |", "See, Park Lane, 12 of them",
                                  "Status; Open Road; Done", "Steps: Login | Meter View | Logout"])
def test_table_cells_and_sentences_around_a_street_stay(keep: str) -> None:
    out = redact_text(keep).text
    assert "Leeds" in out if "Leeds" in keep else True
    for word in ("Passed", "See", "Status", "Done", "Login", "Logout"):
        if word in keep:
            assert word in out, out


@pytest.mark.parametrize("seed", range(8))
def test_a_town_after_a_found_address_past_a_semicolon_bar_or_break_is_masked(seed: int) -> None:
    rng = random.Random(seed)
    town = rng.choice(PLACES)
    address = f"{rng.randint(1, 240)} {rng.choice(STREETS)}"
    text = rng.choice([f"I attended {address}; {town} and spoke to a man", f"Update\tStreet 1\t{address} | {town}\tok",
                       f'got="{address}\n{town}" pc=TR7 1AB', f"HAUS {address}, {town.lower()}'"])
    out = redact_text(text).text
    assert town.split()[0] not in out and town.split()[0].lower() not in out, (text, out)
    assert ("HAUS" in out) == ("HAUS" in text)


@pytest.mark.parametrize("seed", range(8))
def test_an_email_with_a_quoted_local_part_or_spelt_out_before_a_full_stop_is_masked(seed: int) -> None:
    rng = random.Random(seed)
    local = rng.choice(["fpilkington", "threlfall81", "ffion.delacour", "awisniewskahart"])
    domain = rng.choice(["btinternet.com", "gmail.com", "example.co.uk"])
    text = rng.choice([f'customer "{local}"@{domain} prefers AM', f'{{"email": "\\"{local}\\"@{domain}"}}',
                       f"or email {local} at {domain.replace('.', ' dot ')}.",
                       f"System.debug(ContactEmail) => \"{local}\"@{domain} ; x"])
    out = redact_text(text).text
    assert local not in out, (text, out)


# Separators and letter-for-digit forms the scan of helper-73's .docx round found bridged for some kinds only.


@pytest.mark.parametrize("seed", range(8))
def test_a_phone_with_bars_between_all_its_groups_and_a_device_with_tildes_are_masked(seed: int) -> None:
    rng = random.Random(seed)
    phone = "0113" + "".join(rng.choice("0123456789") for _ in range(7))
    written = f"{phone[:5]}|{phone[5:8]}|{phone[8:]}"
    device = "".join(rng.choice("0123456789ABCDEF") for _ in range(16))
    tilde = "~".join(device[i:i + 2] for i in range(0, 16, 2))
    out = redact_text(f"Phone {written} ok\nCHF {tilde} paired").text
    assert written not in out and tilde not in out, out


def test_bars_of_a_row_around_a_number_stay_a_rows() -> None:
    text = "a|01134|960|491|b"
    assert redact_text(text).text == text


@pytest.mark.parametrize("written", ["O77OO 9OOO39", "OI134 96O491", "O2O 7946 OO18"])
def test_a_phone_with_letters_o_for_its_zeros_is_masked(written: str) -> None:
    out = redact_text(f"call {written} today").text
    assert written not in out, out


@pytest.mark.parametrize("keep", ["SOLO BOSS 0000", "BOB 1990 ISO 9001"])
def test_words_of_those_letters_stay(keep: str) -> None:
    assert redact_text(keep).text == keep


@pytest.mark.parametrize("seed", range(8))
def test_an_mpan_with_its_distributor_in_brackets_is_masked(seed: int) -> None:
    from attest.redaction.mpan import is_valid_mpan_core

    rng = random.Random(seed)
    while not is_valid_mpan_core(core := str(rng.randint(10, 36)) + "".join(rng.choice("0123456789") for _ in range(11))):
        pass
    written = rng.choice([f"({core[:2]}) {core[2:6]} {core[6:]}", f"({core[:2]}){core[2:]}", f"({core[:2]}) {core[2:]}"])
    out = redact_text(f"MPAN {written} — DO NOT DISCONNECT").text
    assert core[2:6] not in out, out


def test_a_bracketed_number_that_fails_the_checksum_stays() -> None:
    text = "see (12) 3456 7890123 and (99) 1234 5678901"
    assert redact_text(text).text == text


@pytest.mark.parametrize("value", ["DIP-MSG-20261204-991202", "DIP-MSG-7c41e2a9", "TC-UIT-6757"])
def test_a_prefixed_id_under_an_mpan_key_stays_unless_it_holds_a_core(value: str) -> None:
    text = f'{{"msgType": "IF-031", "step": 2, "mpan": "{value}"}}'
    assert redact_text(text).text == text


def test_a_core_inside_a_prefixed_id_under_an_mpan_key_is_masked() -> None:
    out = redact_text('{"mpan": "SUP-2012345678906"}').text  # (a valid core)
    assert "2012345678906" not in out


def test_a_bare_number_under_an_mpan_key_is_masked_whatever_its_checksum() -> None:
    out = redact_text('{"mpan": "2012345678904"}').text
    assert "2012345678904" not in out


@pytest.mark.parametrize("seed", range(8))
def test_a_value_wrapped_in_an_option_after_its_key_is_masked(seed: int) -> None:
    rng = random.Random(seed)
    number = str(rng.randint(10**6, 10**10 - 1))
    wrapper = rng.choice(['Some "{}"', 'Just "{}"', 'Some("{}")', 'Optional.of("{}")'])
    text = f"    {rng.choice(['Mprn', 'mprn', 'gasRef'])} = {wrapper.format(number)}"
    out = redact_text(text).text
    assert number not in out, out


@pytest.mark.parametrize("keep", ['"tenant": "tenant-pit"', '"azure_tenant": "contoso.onmicrosoft.com"', "Email customer build 2026.1"])
def test_a_softwares_tenant_and_a_labels_words_stay(keep: str) -> None:
    assert redact_text(keep).text == keep


def test_sql_server_unicode_literals_keep_their_n_and_mask_their_value() -> None:
    text = ("EXEC dbo.usp_UpdateSupply @Mpan=N'2012345678906', @Serial=N'E12Z034567', @Name=N'Jane Smith', "
            "@Addr=N'Chy an Mor, Foxglove Mews, skipton', @PC=N'BD23 1AB'")
    out = redact_text(text).text
    for value in ("2012345678906", "E12Z034567", "Smith", "Foxglove", "skipton", "BD23"):
        assert value not in out, out
    assert out.count("=N'[") == 5, out


@pytest.mark.parametrize("seed", range(6))
def test_a_number_read_out_after_a_customer_label_is_the_number_and_its_words_stay_elsewhere(seed: int) -> None:
    from attest.redaction.mpan import is_valid_mpan_core
    from attest.redaction.spoken import DIGIT_WORDS

    rng = random.Random(seed)
    while not is_valid_mpan_core(core := str(rng.randint(10, 29)) + "".join(rng.choice("0123456789") for _ in range(11))):
        pass
    words = {digit: word for word, digit in DIGIT_WORDS.items() if word not in ("oh", "nought")}
    said = " ".join(words[d] for d in core)
    out = redact_text(f"As read back by the customer: {said}. Step two passed, one left.").text
    assert "[MPAN-" in out and "[NAME-" not in out, out
    assert out.endswith("Step two passed, one left."), out


def test_an_addresses_parts_in_a_large_log_are_masked_on_their_line() -> None:
    from attest.redaction.shapes import PERSON_SIZED

    filler = "2026-11-24T10:00:00.123Z INFO dip-adapter IF-031 delivered status=202 took 12ms\n"
    lines = [filler] * (PERSON_SIZED // len(filler) + 10)
    lines.insert(len(lines) // 2, 'WARN address mismatch got="Gorsebank, Sycamore Gardens, Sandbach" for job 7\n')
    text = "".join(lines)
    assert len(text) > PERSON_SIZED
    out = redact_text(text).text
    assert "Gorsebank" not in out and "Sandbach" not in out
    assert out.count("IF-031 delivered") == len(lines) - 1


# Found by a review of the change (helper-75): identifiers the first versions of two keep rules let through, and a
# device's bytes in a JSON array.


def test_a_mistyped_core_inside_a_prefixed_id_under_an_mpan_key_is_masked() -> None:
    out = redact_text('{"supply_number": "AB-CD-1200012345670"}').text
    assert "1200012345670" not in out


@pytest.mark.parametrize("text", ["assigned to @esme_walsh and @jo_customer", "thanks @sarah_customer"])
def test_a_handle_naming_a_person_by_a_person_word_is_still_someone_mentioned(text: str) -> None:
    out = redact_text(text).text
    assert "walsh" not in out and "jo_customer" not in out and "sarah" not in out, out


@pytest.mark.parametrize("seed", range(4))
def test_a_devices_decimal_bytes_in_a_json_array_are_masked_and_it_stays_json(seed: int) -> None:
    import json

    rng = random.Random(seed)
    prefix = rng.choice(_metering_prefixes())
    values = [int(prefix[i:i + 2], 16) for i in (0, 2, 4)] + [rng.randint(0, 255) for _ in range(5)]
    eui = "".join(f"{v:02X}" for v in values)
    text = json.dumps({"payload": values, "note": f"device {eui} paired"})
    out = redact_text(text).text
    data = json.loads(out)
    assert len(data["payload"]) == 8 and all(isinstance(v, str) for v in data["payload"]), out
    assert eui not in out, out


@pytest.mark.parametrize("house", ["The Old Rectory", "The Granary", "The Old Mill"])
def test_a_house_named_with_the_opens_an_addresses_parts(house: str) -> None:
    out = redact_text(f"site={house}; Nettlebed Crescent; Settle\nnext").text
    assert "Rectory" not in out and "Granary" not in out and "Mill" not in out and "Settle" not in out, out


def test_a_sentence_with_the_before_a_street_stays() -> None:
    text = "The Team; Station Road; Done"
    assert redact_text(text).text == text
