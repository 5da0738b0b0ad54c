"""Classes found or foreseen in stop 54, fixed as classes (generated cases)."""

from __future__ import annotations

import random

import pytest

from attest.redaction.text import redact_text

WORD_NAMES = [("Grace", "Bell"), ("Joy", "Cook"), ("Ivy", "Field"), ("Rose", "Wood"), ("Hope", "Stone"),
              ("Jack", "Price"), ("Amber", "Hill"), ("Will", "Smith")]
HOUSES = [("Glenview", "Culduthel Road"), ("Bryn Awel", "Heol y Bryn"), ("The Old Forge", "Mill Lane"),
          ("Rose Cottage", "Station Road"), ("Hafod", "Shankill Road")]


def _redacted(text: str, name: str = "") -> str:
    return redact_text(text, name=name).text


def _assert_gone(out: str, *words: str) -> None:
    for word in words:
        assert word not in out, (word, out)


# -- a printed object's members: Kotlin's data classes, Lombok's and Python's reprs in a test's output -----------------

@pytest.mark.parametrize("seed", range(10))
def test_an_address_printed_as_an_objects_members_is_masked(seed: int) -> None:
    rng = random.Random(seed)
    house, street = rng.choice(HOUSES)
    cls = rng.choice(["Address", "SupplyAddress", "PremisesAddress", "CustomerAddress"])
    quote = rng.choice(["", "'", '"'])
    printed = f"{cls}(line1={quote}{house}{quote}, line2={quote}{street}{quote}, postcode={quote}IV2 4AB{quote})"
    text = f"mapsAddress() FAILED\n    expected: <{printed}> but was: <{cls}(line1={quote}{house}{quote}, postcode=null)>"
    out = _redacted(text)
    _assert_gone(out, house, street, "IV2 4AB")
    assert "mapsAddress() FAILED" in out and out.count(")>") == 2  # the objects' closings stay


@pytest.mark.parametrize("text", ["Customer(id=42, status=ACTIVE, type=DOMESTIC)", "Device(id=3, kind=ESME)",
                                  "log(line1=4, line2=5)", "Account(id=7, status=OPEN)"])
def test_an_objects_small_own_key_and_a_calls_arguments_are_kept(text: str) -> None:
    assert _redacted(text) == text


@pytest.mark.parametrize("seed", range(6))
def test_a_value_ends_before_the_objects_closing(seed: int) -> None:
    rng = random.Random(seed)
    first, last = rng.choice(WORD_NAMES)
    account = f"{rng.randrange(10**7, 10**8)}"
    out = _redacted(f"Customer(fullName={first} {last}, acct={account})")
    _assert_gone(out, account, last)
    assert out.endswith(")") and out.startswith("Customer(fullName=")


@pytest.mark.parametrize("seed", range(8))
def test_a_name_with_a_note_after_it_is_masked_and_the_note_kept(seed: int) -> None:
    rng = random.Random(seed)
    first, last = rng.choice(WORD_NAMES)
    key = rng.choice(["name=", "owner: ", "contact=", "customer_name: "])
    note = rng.choice(["(mobile)", "(landlord)", "(tenant)", "(son)", "(PSR)"])
    out = _redacted(f"{key}{first} {last} {note}")
    _assert_gone(out, f"{first} {last}", last)
    assert out.endswith(note)


def _mpan(rng: random.Random) -> str:
    from attest.redaction.mpan import make_mpan
    return make_mpan(rng.choice([10, 12, 14, 23]), f"{rng.randrange(10**10):010d}")


# -- bytes as a list of hex pairs: a registry export's binary values, a C array ---------------------------------------

@pytest.mark.parametrize("seed", range(8))
def test_a_registry_values_hex_bytes_are_read(seed: int) -> None:
    rng = random.Random(seed)
    mpan = _mpan(rng)
    kind = rng.choice(["hex(2)", "hex(7)", "hex(1)", "hex"])
    wide = kind != "hex"
    pairs = [f"{ord(c):02x}" for c in mpan]
    if wide:
        pairs = [p for pair in pairs for p in (pair, "00")] + ["00", "00"]
    lines, line = [], f'"MpanExpanded"={kind}:'
    for i, pair in enumerate(pairs):  # regedit wraps a long value at about 80 columns with "\"
        line += pair + ("," if i < len(pairs) - 1 else "")
        if len(line) > 76 and i < len(pairs) - 1:
            lines.append(line + "\\")
            line = "  "
    lines.append(line)
    text = "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Harness]\r\n" + "\r\n".join(lines) \
        + '\r\n"Flags"=hex:01,02,03,04,05,06,07\r\n"Count"=dword:00000010\r\n'
    out = _redacted(text, "site.reg")
    assert pairs[0] + "," + pairs[1] not in out.split('"MpanExpanded"', 1)[1].split("\r\n")[0]
    assert '"Flags"=hex:01,02,03,04,05,06,07' in out and "dword:00000010" in out


def test_a_c_arrays_bytes_are_read_and_a_row_of_numbers_is_not() -> None:
    mprn = "7199125994"
    array = ", ".join(f"0x{ord(c):02X}" for c in mprn)
    out = _redacted(f"static const uint8_t supply[] = {{ {array} }};\nreadings 31,33,30,31,30,38,31,38,31,31,37,38,34\n",
                    "fixture.c")
    assert "0x37, 0x31" not in out
    assert "31,33,30,31,30,38,31,38,31,31,37,38,34" in out


# -- a maker's letter, seven digits and a check letter ------------------------------------------------------------------

@pytest.mark.parametrize("seed", range(10))
def test_a_letter_seven_digits_and_a_check_letter_is_a_serial(seed: int) -> None:
    rng = random.Random(seed)
    serial = f"{rng.choice('FKSELU')}{rng.randrange(10**7):07d}{rng.choice('ABDEHMRSTUWXZ')}"
    text = rng.choice([f"3:  028|{serial}|D|", f"pairing the ESME {serial} timed out", f'"importMeter": "{serial}",',
                       f"Equipment        {serial}", f"remove {serial} then D0010"])
    assert serial not in _redacted(text)


@pytest.mark.parametrize("text", ["see INC1234567 and CHG0012345", "build K4214175 passed", "flow D0010002 v3", "D0150001A",
                                  "TC-1234567A retest", "\"sg_message_id\": \"b0805152ef.filterdrecv-3\"",
                                  "Flow P0222001A received", "Build id B2024051A deployed", "Sample S0000001A tested",
                                  "commit a1234567b merged"])
def test_a_letter_and_seven_digits_without_its_check_letter_is_kept(text: str) -> None:
    assert _redacted(text) == text


# -- a field named beside its value: PowerShell's CliXML, a tracker's custom field, a JSON Schema's example ------------

@pytest.mark.parametrize("seed", range(6))
def test_a_fields_value_named_by_an_attribute_or_a_sibling_is_masked(seed: int) -> None:
    rng = random.Random(seed)
    account = rng.choice([f"{rng.randrange(10**8, 10**9)}", f"A-{rng.randrange(16**8):08X}",
                          f"{rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)} {rng.randrange(10, 99)}"])
    first, last = rng.choice(WORD_NAMES)
    clixml = (f'<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04"><Obj RefId="0"><MS>'
              f'<S N="Account">{account}</S><S N="CustomerName">{first} Kjærgaard</S><S N="Status">OPEN</S></MS></Obj></Objs>')
    jira = (f'<rss><channel><item><customfields><customfield id="customfield_10411"><customfieldname>Account'
            f'</customfieldname><customfieldvalues><customfieldvalue>{account}</customfieldvalue></customfieldvalues>'
            f'</customfield><customfield id="customfield_1"><customfieldname>Team</customfieldname><customfieldvalues>'
            f'<customfieldvalue>Ops</customfieldvalue></customfieldvalues></customfield></customfields></item></channel></rss>')
    asana = (f'{{"custom_fields": [{{"gid": "1", "name": "Account", "display_value": "{account}"}}, '
             f'{{"gid": "2", "name": "Flow", "display_value": "D0010"}}]}}')
    schema = (f'{{"properties": {{"accountNumber": {{"type": "string", "examples": ["{account}"]}}, '
              f'"contactName": {{"type": "string", "examples": ["{first} {last}"]}}, "status": {{"enum": ["OPEN"]}}}}}}')
    for text, name in ((clixml, "out.clixml.xml"), (jira, "jira.xml"), (asana, "task.json"), (schema, "schema.json")):
        out = _redacted(text, name)
        _assert_gone(out, account)
        assert "OPEN" in out or "Ops" in out or "D0010" in out, out
    _assert_gone(_redacted(clixml, "out.xml"), "Kjærgaard")
    _assert_gone(_redacted(schema, "schema.json"), f"{first} {last}")
    assert '"name": "Account"' in _redacted(asana) and '"name": "Flow"' in _redacted(asana)  # a field's name, kept


# -- people the lists do not hold, or written where only their place says so -------------------------------------------

@pytest.mark.parametrize("surname", ["MacLeòid", "Kjærgaard", "Šimůnek", "McAllister", "O'Driscoll", "Ðorđević"])
def test_a_surname_no_list_holds_after_a_forename_is_masked(surname: str) -> None:
    for text in (f"returns Drew {surname} for the MPAN", f"12/06/2025,09:45,Will {surname},07700 900123,\"ok\"",
                 f"Witness: Grace {surname}. Step 1"):
        _assert_gone(_redacted(text), surname)


@pytest.mark.parametrize("text", ["Will MacBook Pro work", "meet at Café Nero", "Thanks Électricité team",
                                  "Install MacPorts", "Sent at Five O'Clock", "Thanks Ørsted team, the IF-031 arrived",
                                  "Summer Pokémon event", "Drew Málaga office"])
def test_a_product_or_a_place_is_kept(text: str) -> None:
    assert _redacted(text) == text


@pytest.mark.parametrize("seed", range(8))
def test_a_comments_writer_is_masked(seed: int) -> None:
    rng = random.Random(seed)
    first, last = rng.choice(WORD_NAMES)
    verb = rng.choice(["commented", "replied", "wrote", "added a comment", "posted"])
    bold = rng.choice(["**", "__", ""])
    out = _redacted(f"{bold}{first} {last}{bold} {verb} 2025-03-20T00:58:04Z:\n> the D0010 arrived late")
    _assert_gone(out, f"{first} {last}")
    assert verb in out and "D0010" in out


@pytest.mark.parametrize("text", ["Build Server commented 2025-03-20", "Service Desk replied on 3 May"])
def test_a_systems_comment_is_kept(text: str) -> None:
    assert _redacted(text) == text


@pytest.mark.parametrize("seed", range(6))
def test_a_name_in_a_wikis_italics_is_masked(seed: int) -> None:
    rng = random.Random(seed)
    first = rng.choice(["Robin", "Hope", "Grace", "Rich"])
    last = rng.choice(["de la Cruz", "Venkataraman", "MacLeòid", "Okafor"])
    out = _redacted(f"# Customer (//{first} {last}//) confirmed on 07700 900{rng.randrange(100, 999)}")
    _assert_gone(out, last.split()[-1])
    assert _redacted("see https://Grace Bell and /home/Grace Bell") == "see https://Grace Bell and /home/Grace Bell"


@pytest.mark.parametrize("seed", range(8))
def test_a_name_its_e_mail_address_spells_is_masked_in_any_case(seed: int) -> None:
    rng = random.Random(seed)
    first, last = rng.choice([("pat", "moss"), ("mehmet", "brook"), ("grace", "field"), ("ivy", "stone")])
    sep = rng.choice([".", "_", "-"])
    written = rng.choice([f"{first} {last}", f"{first.title()} {last.title()}", f"{first.upper()} {last.upper()}"])
    out = _redacted(f"- {written} ({first}{sep}{last}@example.org) wants the evidence by mon")
    _assert_gone(out, written, f"{first}{sep}{last}")
    assert "wants the evidence by mon" in out


@pytest.mark.parametrize("seed", range(8))
def test_an_address_in_small_letters_before_its_postcode_is_masked(seed: int) -> None:
    rng = random.Random(seed)
    house = rng.choice(["glenview, strathmore avenue", "45 causewayside", "unit 2, 12-25 maes y deri",
                        "flat 3, 9 harbour street", "bryn awel, heol y bryn"])
    town = rng.choice(["camden", "ely", "aberystwyth", "stornoway"])
    postcode = rng.choice(["nw1 7ab", "cb7 4aa", "sy23 1aa", "hs1 2aa"])
    out = _redacted(f"- cust is grace bell, lives {house}, {town} {postcode}, dont ring b4 10")
    for word in [w for w in house.replace(",", " ").split() if len(w) > 3] + [town, postcode]:
        assert word not in out, (word, out)
    assert "dont ring b4 10" in out and "lives" in out


def test_a_note_before_a_postcode_in_small_letters_is_kept() -> None:
    out = _redacted("pls send the pack to ops team cb7 4aa")
    assert "pls send the pack to ops team" in out


def test_a_heads_end_exports_rows_are_not_joined_into_a_device_id() -> None:
    rows = ["DeviceEUI;DeviceType;MeterSerial;FW", "00-0D-6F-45-A8-71-E1-68;ESME;F2892514H;v2.1.40",
            "00-12-4B-42-99-7D-12-70;GSME;U6W5843151F;", "D0-52-A8-23-20-BE-95-D2;ESME;10S5697671;v9.11.24",
            "BC-33-AC-AD-C7-F5-92-4A;ESME;D4092989A;build 2025.12.8"]
    for newline in ("\r\n", "\n"):
        out = _redacted(newline.join(rows) + newline, "hes_export.csv")
        assert out.count(newline) == len(rows) and "v2.1.40" in out
        _assert_gone(out, "00-12-4B-42-99-7D-12-70", "F2892514H")


def test_a_word_another_item_named_a_person_by_is_kept_where_it_is_the_word() -> None:
    from attest.redaction.register import RegisterMatcher

    first = redact_text("Customer: Anders Castle rang; also spoke to Tadhg Moss and Ayesha Field.")
    learnt = RegisterMatcher([]).with_found(first.values)
    out = redact_text("the Castle gateway is down; moss-covered kiosk; Castle rang back; note from Moss: ok",
                      register=learnt).text
    assert "the Castle gateway" in out and "moss-covered kiosk" in out
    _assert_gone(out, "Castle rang", "from Moss")


# -- what the review of the round's change found (helper-118), each as a class --------------------------------------

@pytest.mark.parametrize("text, gone", [
    ('[{"name": "Siobhan", "text": "MPAN on the bill"}, {"name": "Kwame", "content": "ok"}]', "Kwame"),
    ('{"name": "Owusu", "value": "x"}', "Owusu"),
    ("Customer name: Robert Okafor (Bob)", "Bob"), ("Customer: Mrs Bell (née Okafor)", "Okafor"),
    ('customer_name="Ama Owusu (Kofi)"', "Kofi"),
    ("ESME,00-1A-2B-3C-4D-\n5E-6F-70 paired", "5E-6F-70"), ("device;0C:1A:2B:3C:\n4D:5E:6F:70", "4D:5E:6F:70")])
def test_a_one_word_chat_name_a_nickname_and_a_wrapped_device_are_still_masked(text: str, gone: str) -> None:
    _assert_gone(_redacted(text), gone)


def test_a_jira_custom_fields_cdata_value_is_masked_and_the_export_kept() -> None:
    text = ('<item><customfields><customfield id="customfield_1"><customfieldname>Account</customfieldname>'
            '<customfieldvalues><customfieldvalue><![CDATA[12345678]]></customfieldvalue></customfieldvalues>'
            '</customfield></customfields></item>')
    out = _redacted(text, "jira.xml")
    assert "12345678" not in out and "<![CDATA[" in out and "]]></customfieldvalue>" in out


@pytest.mark.parametrize("name", ["", "note.txt", "site.reg"])
def test_a_registry_value_wrapped_over_lines_is_masked_whole_wherever_it_is_pasted(name: str) -> None:
    text = ('"Note"=hex(2):47,00,72,00,61,00,63,00,65,00,20,00,42,00,65,00,6c,00,6c,00,2c,00,20,00,\\\r\n'
            '  30,00,37,00,37,00,30,00,30,00,20,00,39,00,30,00,30,00,31,00,32,00,33,00,00,00\r\n')
    out = _redacted(text, name)
    assert "30,00,37,00" not in out and "47,00,72" not in out and out.endswith("\r\n")


@pytest.mark.parametrize("text", ["search by postcode sw1a 1aa returned 3 MPANs", "valid postcode cb7 4aa",
                                  "mpan lookup, cb7 4aa returned", '{"spid": 1234, "status": "runnable"}',
                                  "mark.long@example.com; mark long running jobs",
                                  "gene.data@example.com; the gene data team"])
def test_what_the_review_found_over_masked_is_kept(text: str) -> None:
    out = _redacted(text)
    for word in ("search by postcode", "valid postcode", "mpan lookup", '"spid": 1234', "mark long running",
                 "the gene data team"):
        if word in text:
            assert word in out, out
