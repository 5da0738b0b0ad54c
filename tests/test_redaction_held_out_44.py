"""Classes of leak a held-out text corpus found (stop 35): numbers written as code's joined string literals,
chat emphasis inside a number, a line folded by a calendar or hyphenated between digits, encoded words in
mail headers and "+" spaces in URL queries, base64 bodies over several lines and hex dumps, phones after a
label's colon, contact cards and invitees, labels that stand elsewhere than before their value (a key/value
table's pipes, a dotted leader, a YAML or JSON object's name/value members), a gas serial after "gas" with
its maker's capitals apart, a table saved as .log, a forename before a surname the run knows; and the keeps
it lost (a details pane's labels, status words in a PowerShell table, MIME boundaries, dump offsets), and the
false findings that, spread over a run, broke other files. Each test generates its cases.

The corpus (written from the issue's text by someone who had not read the detectors) is kept in
tests/adversarial/held_out_text_44 for re-scoring; these tests are the classes it showed, in new values."""

from __future__ import annotations

import base64
import random

import pytest

from attest.redaction import redact_text
from attest.redaction.findings import Kind
from attest.redaction.mpan import make_mpan
from attest.redaction.register import RegisterMatcher

FORENAMES = ["Honoria", "Osric", "Lucasta", "Peregrine", "Zinnia", "Caspian", "Marguerite", "Ottilie"]
SURNAMES = ["Tregothnan", "Uttley", "Obafemi", "Hallworth", "Quennell", "Dunnage", "Umfreville", "Ravensworth"]
POSTCODES = ["OX4 6TE", "TR1 1PT", "IV2 4LZ", "LU2 9BJ", "ST4 5EX", "CV6 3SJ"]


def _mpan(rng: random.Random) -> str:
    return make_mpan(rng.randint(10, 23), f"{rng.randrange(10**10):010d}")


def _mprn(rng: random.Random) -> str:
    return str(rng.randrange(10**9, 10**10))


def _phone(rng: random.Random) -> str:
    return rng.choice([f"07700 900{rng.randrange(1000):03d}", f"01632 960{rng.randrange(1000):03d}"])


def _left(out: str, *values: str) -> list[str]:
    compact = out.replace(" ", "").replace("-", "").lower()
    return [v for v in values if v.replace(" ", "").replace("-", "").lower() in compact]


@pytest.mark.parametrize("seed", range(4))
def test_a_number_written_as_joined_string_literals(seed: int) -> None:
    rng = random.Random(seed)
    mpan = _mpan(rng)
    a, b = rng.randint(2, 5), rng.randint(7, 10)
    parts = [mpan[:a], mpan[a:b], mpan[b:]]
    for text in (f'private const string Mpan = "{parts[0]}" + "{parts[1]}" + "{parts[2]}";',
                 f'MPAN = (\n    "{parts[0]}" "{parts[1]}"\n    "{parts[2]}"\n)',
                 f"const mpan = `${{'{parts[0]}'}}{parts[1]}{parts[2]}`;",
                 f"Dim mpan = \"{parts[0]}\" & \"{parts[1]}{parts[2]}\"",
                 f"select '{parts[0]}' || '{parts[1]}{parts[2]}' as mpan"):
        out = redact_text(text).text
        assert not _left(out, mpan), (text, out)
        assert all(p not in out for p in parts if len(p) >= 4), (text, out)


@pytest.mark.parametrize("seed", range(4))
def test_chat_emphasis_a_calendar_fold_and_a_hyphen_at_a_line_end_inside_a_number(seed: int) -> None:
    rng = random.Random(seed)
    mpan, phone = _mpan(rng), _phone(rng)
    cut = rng.randint(4, 8)
    texts = [f"MPAN *{mpan[:2]}* {mpan[2:6]} {mpan[6:10]} {mpan[10:]} per bill",
             f"the mpan is ~{mpan[:cut]}~{mpan[cut:]}",
             f"(MPAN) is {mpan[:cut]}\u00ad{mpan[cut:-3]}-\n{mpan[-3:]} and more",
             "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDESCRIPTION:Install. Customer on (" + phone[:7] + "\r\n " + phone[7:]
             + ") first\r\nEND:VEVENT\r\nEND:VCALENDAR"]
    for text in texts:
        out = redact_text(text).text
        assert not _left(out, mpan, phone), (text, out)


@pytest.mark.parametrize("seed", range(3))
def test_mail_encoded_words_url_queries_base64_bodies_and_hex_dumps(seed: int) -> None:
    rng = random.Random(seed)
    forename, surname, postcode = rng.choice(FORENAMES), rng.choice(SURNAMES), rng.choice(POSTCODES)
    mpan = _mpan(rng)
    header = f"From: =?utf-8?Q?{forename}_{surname}?= <a@example.net>\nSubject: =?utf-8?B?" + base64.b64encode(
        f"Re: visit {forename} {surname}".encode()).decode() + "?="
    out = redact_text(header).text
    assert not _left(out, surname), out
    query = f"GET /geo/lookup?q={rng.randint(2, 300)}+Pargeter+Terrace%2C+Oxford+{postcode.replace(' ', '+')}&x=1 404"
    out = redact_text(query).text
    assert "Pargeter" not in out and postcode.replace(" ", "+") not in out, out
    body = f"<html><body><table><tr><td>MPAN</td><td><b>{mpan[:4]} {mpan[4:8]} {mpan[8:]}</b></td></tr>" \
           f"<tr><td>Name</td><td>{forename} {surname}</td></tr></table></body></html>"
    encoded = base64.b64encode(body.encode()).decode()
    lines = "\r\n".join(encoded[i:i + 76] for i in range(0, len(encoded), 76))
    mail = ("Content-Type: multipart/alternative; boundary=\"----=_Part_1_2.1798432286065\"\r\n\r\n"
            "------=_Part_1_2.1798432286065\r\nContent-Type: text/html; charset=utf-8\r\n"
            f"Content-Transfer-Encoding: base64\r\n\r\n{lines}\r\n------=_Part_1_2.1798432286065--\r\n")
    out = redact_text(mail).text
    assert not any(line in out for line in lines.split("\r\n")), out
    assert out.count("------=_Part_1_2.1798432286065") == 2, out  # the boundary is the mailer's, no MPAN
    payload = f'{{"mpan":"{mpan}","chf":"8{rng.randrange(16**15):015X}"}}'.encode()
    dump = "\n".join(f"{i:08x}: " + " ".join(payload[i:i + 16][j:j + 2].hex() for j in range(0, 16, 2)).ljust(40)
                     + "  " + payload[i:i + 16].decode() for i in range(0, len(payload), 16))
    out = redact_text("$ xxd frame.bin\n" + dump).text
    assert not _left(out, mpan[:8], mpan[5:]), out
    assert out.count("00000000:") == 1 and "00000010:" in out, out  # the offsets stay


@pytest.mark.parametrize("seed", range(3))
def test_contact_cards_invitees_and_phones_after_a_label_s_colon(seed: int) -> None:
    rng = random.Random(seed)
    forename, surname, postcode = rng.choice(FORENAMES), rng.choice(SURNAMES), rng.choice(POSTCODES)
    phone, mobile = _phone(rng), _phone(rng).replace(" ", "")
    card = (f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{surname};{forename};;Mrs;\r\nFN:{forename} {surname}\r\n"
            f"ADR;TYPE=HOME:;;Flat 3\\, Albion Works;Rushmere;Carlisle;;{postcode};United Kingdom\r\n"
            f"TEL;TYPE=CELL:{phone}\r\nTEL;TYPE=HOME:{mobile}\r\nEND:VCARD\r\n")
    out = redact_text(card).text
    assert not _left(out, surname, forename, "Rushmere", "Albion Works", postcode, phone, mobile), out
    assert "United Kingdom" in out and "TEL;TYPE=CELL:" in out
    invite = (f"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nLOCATION:12 Mill Lane\\, Radford\\, Coventry {postcode}\r\n"
              f'ATTENDEE;CN="{forename} {surname}";RSVP=FALSE:mailto:x@example.net\r\nEND:VEVENT\r\nEND:VCALENDAR')
    out = redact_text(invite).text
    assert not _left(out, surname, "Radford", postcode), out
    out = redact_text(f'<a href="tel:+44{mobile[1:]}">call</a> ID:{phone.replace(" ", "")}').text
    assert not _left(out, mobile[1:], phone), out
    assert redact_text("ts 2026-11-24T09:01:02.023Z took 3 ms").text.endswith("took 3 ms")


@pytest.mark.parametrize("seed", range(3))
def test_labels_that_stand_elsewhere_than_before_their_value(seed: int) -> None:
    rng = random.Random(seed)
    mprn, mpan = _mprn(rng), _mpan(rng)
    cases = [
        (f"| Field | Value |\n|---|---|\n| MPRN | {mprn} |\n| Status | Active |", "x.md", ["Active"]),
        (f"Gas MPRN ......... {mprn}\nNeeds ............ 07 Chronic illness", "x.txt", ["07 Chronic illness"]),
        (f"env:\n  - name: SMOKE_TEST_MPRN\n    value: \"{mprn}\"\n  - name: LOG_LEVEL\n    value: \"debug\"\n",
         "values.yaml", ["debug"]),
        (f"SMOKE_TEST_MPAN:\n  value: \"{mpan}\"\nOTHER:\n  value: \"x\"\n", "v.yaml", []),
        (f'{{"attributes": [{{"key": "gas.mprn", "value": {{"stringValue": "{mprn}"}}}}, '
         f'{{"key": "http.status", "value": {{"intValue": 200}}}}]}}', "span.json", ["200"]),
    ]
    for text, name, keeps in cases:
        out = redact_text(text, name=name).text
        assert not _left(out, mprn, mpan), (text, out)
        assert all(k in out for k in keeps), (text, out)


@pytest.mark.parametrize("seed", range(3))
def test_serials_named_by_gas_a_call_s_argument_a_log_table_s_column_and_a_pairing_key(seed: int) -> None:
    rng = random.Random(seed)
    digits = f"{rng.randrange(10**7):07d}"
    eui = f"{rng.randrange(16**16):016x}"
    mprn = _mprn(rng)
    cases = [f"- gas GPM {digits} swapped", f'var job = Builder.Exchange(oldSerial: "GPM{digits}", newSerial: "x");',
             f"timestamp,txn_id,meter,mprn_or_mpan,amount\n2026-10-15T20:05:37Z,TX7396211984,GPM{digits},{mprn},£316.79\n",
             f'1793078898.553951 [0 lua] "SETEX" "pair:{eui}" "300" "PAIRING_IN_PROGRESS"']
    for text in cases:
        out = redact_text(text, name="vend.log").text
        assert not _left(out, digits, eui, mprn), (text, out)
    assert "£316.79" in redact_text(cases[2], name="vend.log").text
    for keep in ("gas 3400 read", "repair: 0123456789abcdef0", "Gas SMETS2 12345 units", "meter on 2024-09-11"):
        assert redact_text(keep).text == keep


@pytest.mark.parametrize("seed", range(3))
def test_a_forename_no_list_holds_before_a_surname_the_run_knows(seed: int) -> None:
    rng = random.Random(seed)
    forename, surname = rng.choice(FORENAMES), rng.choice(SURNAMES)
    known = RegisterMatcher().with_found({surname.upper(): Kind.NAME})
    for text in (f'"default": "{forename} {surname}"', f"job=sync owner={forename} {surname} status=ok"):
        out = redact_text(text, register=known).text
        assert not _left(out, forename, surname), (text, out)


@pytest.mark.parametrize("seed", range(3))
def test_a_details_pane_s_labels_and_a_table_s_status_words_stay(seed: int) -> None:
    rng = random.Random(seed)
    mpan, postcode = _mpan(rng), rng.choice(POSTCODES)
    pane = (f"ECOES - MPAN Details\n\nMPAN Core\t{mpan}\nAddress\t{rng.randint(2, 300)} BRAMBLEWICK ROAD\n\tROATH\n"
            f"Postcode\t{postcode}\nProfile Class\t05\nMeter Timeswitch Code\t500\nLine Loss Factor Class\t444\n"
            "Energisation Status\tE\nGSP Group\t_C\n")
    out = redact_text(pane, name="ecoes.txt").text
    for keep in ("MPAN Core", "Postcode", "Profile Class", "Meter Timeswitch Code", "Line Loss Factor Class",
                 "Energisation Status", "GSP Group"):
        assert keep in out, (keep, out)
    assert not _left(out, mpan, postcode), out
    status = rng.choice(["Confirmed", "Pending", "Objected"])
    table = ("RegistrationId                       Mpan          Status      Customer            Postcode\n"
             "-------------------------------------- ------------- ----------- ------------------- --------\n"
             f"1f552a01-4e67-bef0-9e4d-917f62278862 {mpan} {status:11} {rng.choice(FORENAMES)} "
             f"{rng.choice(SURNAMES):9} {postcode}\n")
    out = redact_text(table, name="ps.txt").text
    assert status in out and not _left(out, mpan, postcode), out


@pytest.mark.parametrize("seed", range(3))
def test_an_avro_union_s_value_and_a_test_case_reference_after_meter_words(seed: int) -> None:
    rng = random.Random(seed)
    name, mprn = f"{rng.choice(FORENAMES)} {rng.choice(SURNAMES)}", _mprn(rng)
    out = redact_text(f'{{"occupier": {{"string": "{name}"}}, "mprn": {{"long": {mprn}}}, "flow": {{"string": "IF-031"}}}}',
                      name="record.json").text
    assert not _left(out, name.split()[1], mprn) and "IF-031" in out, out
    reference = f"TC-MHHS-IF0{rng.randint(10, 99)}-0{rng.randint(10, 99)}"
    out = redact_text(f"SUMMARY:AM slot - smart meter exchange - {reference}").text
    assert reference in out, out


@pytest.mark.parametrize("seed", range(3))
def test_a_label_with_a_remark_in_brackets_before_its_value(seed: int) -> None:
    rng = random.Random(seed)
    mprn, postcode = _mprn(rng), rng.choice(POSTCODES)
    remark = rng.choice(["pasted from portal", "from the bill", "new", "as keyed"])
    out = redact_text(f"MPRN ({remark}): {mprn}\nPostcode ({remark}): {postcode}\nReading (kWh): 12345").text
    assert not _left(out, mprn, postcode) and "Reading (kWh): 12345" in out, out


@pytest.mark.parametrize("seed", range(3))
def test_code_s_decorators_and_brackets_are_no_values_and_a_redacted_table_scans_clean(seed: int) -> None:
    from attest.redaction.scan import scan_text

    rng = random.Random(seed)
    mpan = _mpan(rng)
    code = (f'import pytest\n\nMPAN = (\n    "{mpan[:2]}" "{mpan[2:8]}"\n    "{mpan[8:]}"\n)\n\n@pytest.fixture\n'
            'def customer():\n    return dict(status="ok")\n')
    out = redact_text(code, name="test_fixture.py").text
    assert "import pytest" in out and "@pytest.fixture" in out and "MPAN = (" in out and mpan[2:8] not in out, out
    mention = f"thanks\n@{rng.choice(['oisin.gallagher', 'ffion.prothero'])}\n"
    assert "@" in redact_text(mention).text and "gallagher" not in redact_text(mention).text
    assert "prothero" not in redact_text(mention).text
    status = rng.choice(["Confirmed", "Pending", "Objected"])
    table = ("RegistrationId                       Mpan          Status      Customer            Postcode\n"
             "-------------------------------------- ------------- ----------- ------------------- --------\n"
             f"1f552a01-4e67-bef0-9e4d-917f62278862 {mpan} {status:11} {rng.choice(FORENAMES)} "
             f"{rng.choice(SURNAMES):9} {rng.choice(POSTCODES)}\n")
    redacted = redact_text(table, name="ps.txt").text
    assert status in redacted and scan_text(redacted, "ps.txt") == [], redacted
