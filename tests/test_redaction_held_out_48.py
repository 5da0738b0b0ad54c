"""Classes of leak a held-out text corpus found (stop 36): an MPRN after its label with other tools' syntax
between (Robot Framework, Perl's "=>", a plist, a LaTeX table, Org-mode's "::", a handheld's record, a REST
path), a line that names an MPRN and holds a bare number, smart meters' ids inside a GBCS message's hex,
digits written as "\\u" escapes, values between escaped quotes, a phone followed by another number, a
meter maker's name before its serial, a forename joined to a surname by a URL's "+", numbers read out in a
call's transcript, a text message that opens with whom it is for; BOM-less UTF-32 and UTF-16 with box
drawing, CRLF line ends; and the keeps it lost (epoch milliseconds under a time column, a dump's time
column, a request id's counter, a test report's start and stop, values masked already, placeholders of
zeros, a resource file's labels, a transcript's first words, a reference's parts, a flow's date). Each test
generates its cases.

The corpus (written from the issue's text by someone who had not read the detectors) is kept in
tests/adversarial/held_out_text_48 for re-scoring; these tests are the classes it showed, in new values."""

from __future__ import annotations

import random

import pytest

from attest.redaction import redact_bytes, redact_text
from attest.redaction.mpan import make_mpan

from test_redaction_held_out_44 import _left  # what is left of a value, separators and case aside

FORENAMES = ["Honoria", "Osric", "Lucasta", "Peregrine", "Zinnia", "Caspian", "Marguerite", "Ottilie"]
WORDS = {"0": "zero", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven",
         "8": "eight", "9": "nine"}


def _mpan(rng: random.Random) -> str:
    return make_mpan(rng.randint(10, 23), f"{rng.randrange(10**10):010d}")


def _mprn(rng: random.Random) -> str:
    return str(rng.randrange(10 ** (rng.randint(6, 10) - 1), 10 ** rng.randint(6, 10)))[:10].rjust(6, "7")


def _eui(rng: random.Random) -> str:
    return rng.choice(["001BC5", "0015BC", "D8A01D", "70B3D5", "00124B", "000D6F"]) + f"{rng.randrange(16**10):010X}"


@pytest.mark.parametrize("seed", range(4))
def test_an_mprn_after_its_label_with_another_tool_s_syntax_between(seed: int) -> None:
    rng = random.Random(seed)
    mprn = _mprn(rng)
    for name, text in (("vars.robot", f"*** Variables ***\n${{MPRN}}{' ' * rng.randint(2, 14)}{mprn}\n"),
                       ("dump.txt", f"$VAR1 = {{\n          'mprn' => '{mprn}',\n}};"),
                       ("prefs.plist", f"<dict>\n\t<key>mprn</key><string>{mprn}</string>\n</dict>"),
                       ("sheet.tex", f"Gas MPRN & {mprn} \\\\ \\hline"),
                       ("notes.org", f"** Data\n   - MPRN :: {mprn}\n"),
                       ("job.dat", f"CHF|{_eui(rng)}|SMETS2\nGAS|{mprn}|E6S{rng.randrange(10**8):08d}|{rng.randint(100, 99999)}.3\n"),
                       ("access.log", f'10.1.2.3 - - [23/Nov/2026:03:24:47 +0000] "GET /api/gas/supply/{mprn}/reads HTTP/1.1" 200'),
                       ("report.json", f'{{"message": "KeyError: \'mprn\' in response for {mprn}"}}')):
        out = redact_text(text, name=name).text
        assert mprn not in out, (text, out)


def test_dates_and_decimals_after_an_mprn_label_stay() -> None:
    for text in ("MPRN checks ran on 2026-11-01 |", "Gas MPRN & 1234567.5 \\\\", "meter points: 12 of 30 done"):
        assert redact_text(text, name="t.txt").text == text


@pytest.mark.parametrize("seed", range(4))
def test_the_device_ids_framed_in_a_gbcs_message_s_hex(seed: int) -> None:
    rng = random.Random(seed)
    user, device = _eui(rng), _eui(rng)
    cipher = "".join(rng.choice("0123456789ABCDEF") for _ in range(40))
    head = "DD" + "00" * 8 + f"{rng.randrange(16**4):04X}" + "09"
    text = f"2026-03-12T04:19:19.478Z mqtt-gw[994]: rx topic=gbcs/up qos=1 len=44 apdu={head}08{user}08{device}0000{cipher}\n"
    out = redact_text(text, name="gw.log").text
    assert device not in out and user not in out, out
    assert cipher in out  # the ciphertext around them is no one's


@pytest.mark.parametrize("seed", range(4))
def test_digits_as_unicode_escapes_and_values_between_escaped_quotes(seed: int) -> None:
    rng = random.Random(seed)
    mpan, device = _mpan(rng), _eui(rng).lower()
    cut = rng.randint(2, 9)
    escaped = mpan[:cut] + "".join(f"\\u{ord(c):04x}" for c in mpan[cut:cut + 4]) + mpan[cut + 4:]
    out = redact_text(f"fixture.supply.mpan.escaped={escaped}\nfixture.name=demo\n", name="test.properties").text
    assert escaped not in out and "\\u" not in out.split("=")[1].split("\n")[0], out
    ruby = f'=> "#<Meter id: 901, comms_hub: \\"{device}\\">"'
    out = redact_text(ruby, name="irb.txt").text
    assert device not in out, out


@pytest.mark.parametrize("seed", range(4))
def test_a_phone_followed_by_another_number_and_a_maker_s_name_before_its_serial(seed: int) -> None:
    rng = random.Random(seed)
    phone = rng.choice([f"0117 496 0{rng.randrange(1000):03d}", f"07700 900{rng.randrange(1000):03d}"])
    minutes = rng.choice(["30 mins", "2 times", "15 minutes"])
    out = redact_text(f"Access: call {phone} {minutes} before.", name="n.txt").text
    assert not _left(out, phone) and minutes in out, out
    serial = f"{rng.choice(['EDMI', 'ITRON', 'KAIFA', 'SAGEM'])}{rng.randrange(10**8):08d}"
    out = redact_text(f'  Expected: "EDMA0000000"\n  But was:  "{serial}"\n', name="result.xml").text
    assert serial not in out, out


@pytest.mark.parametrize("seed", range(3))
def test_numbers_read_out_in_a_call_s_transcript(seed: int) -> None:
    rng = random.Random(seed)
    mpan, mprn = _mpan(rng), str(rng.randrange(10**9, 10**10))
    phone = f"07700900{rng.randrange(1000):03d}"

    def said(digits: str) -> str:
        out, i = [], 0
        while i < len(digits):
            if i + 1 < len(digits) and digits[i] == digits[i + 1] and rng.random() < 0.5:
                out.append(f"double {WORDS[digits[i]]}")
                i += 2
                continue
            out.append(WORDS[digits[i]] if rng.random() < 0.5 else digits[i])
            i += 1
        return rng.choice([", ", " ", " then "]).join(out[:2]) + " " + " ".join(out[2:])

    text = (f"Agent: Thanks for calling, can I take the supply number off the bill?\n"
            f"Caller: right so the MPAN is {said(mpan)} ... is that the long one\n"
            f"Agent: Lovely. And the gas one?\nCaller: {said(mprn)}\n"
            f"Agent: And a number to call you back?\nCaller: {said(phone)}\n")
    out = redact_text(text, name="call.txt").text
    digits_left = "".join(c for c in out if c.isdigit())
    assert not _left(digits_left, mpan, mprn, phone), out
    assert "Agent: Thanks for calling" in out and "Agent: Lovely." in out  # a sentence's first word is no name
    prose = "I have one or two of these, three or four days; steps 1, 2, 3 and 4 then 5"
    assert redact_text(prose, name="n.txt").text == prose


@pytest.mark.parametrize("seed", range(3))
def test_a_forename_joined_by_a_url_plus_and_a_text_that_opens_with_its_reader(seed: int) -> None:
    rng = random.Random(seed)
    first = rng.choice(["Yusra", "Delphine", "Ottoline", "Thaddeus"])
    surname = rng.choice(["Lyttelton", "Gatehouse", "Quennell", "Umfreville"])
    text = (f"Customer: {first} {surname}\n"
            f'10.1.2.3 "GET /search?q={first}+{surname}&x=1 HTTP/1.1" 200\n'
            f"<P>Open the CRM and search for &lt;B&gt;{first} {surname}&lt;/B&gt;</P>\n")
    out = redact_text(text, name="mixed.log").text
    assert first not in out and surname not in out, out
    sms = f'sms id=G8343194005 to=07700900123 text="{rng.choice(["Ambrose", "Ottilie", "Gwendolyn"])}: engineer running late"'
    out = redact_text(sms, name="sms.log").text
    assert 'text="[NAME-' in out, out
    for kept in ("Note: see below", "Bill: due 12 Dec", "Warning: disk low"):
        assert redact_text(kept, name="n.txt").text == kept


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_bom_less_wide_text_with_box_drawing_is_read_and_written_back_in_its_encoding(encoding: str) -> None:
    rng = random.Random(encoding)
    mpan = _mpan(rng)
    text = (f"Your supply details\r\n┌───┬──────────────────────┐\r\n│ S │ 04  845  227           │\r\n"
            f"│   │ {mpan[:2]}  {mpan[2:6]}  {mpan[6:10]}  {mpan[10:]}    │\r\n└───┴──────────────────────┘\r\n")
    result = redact_bytes(text.encode(encoding), "bill.txt")
    out = result.data.decode(encoding)
    assert not _left(out, mpan), out
    assert "┌───┬" in out and out.count("\r\n") == text.count("\r\n")


def test_a_masked_value_at_a_crlf_line_s_end_keeps_its_carriage_return() -> None:
    text = "Name: Jane Smith\r\nAddress: 12 Acacia Road, Leeds LS1 4AB\r\nMPAN: 1200023305967\r\nok\r\n"
    out = redact_text(text, name="n.txt").text
    assert out.count("\r\n") == 4 and "\n" not in out.replace("\r\n", ""), repr(out)


@pytest.mark.parametrize("seed", range(3))
def test_epoch_milliseconds_under_a_time_column_or_key_and_a_request_id_s_counter_stay(seed: int) -> None:
    rng = random.Random(seed)
    stamps = [str(rng.randrange(1_765_000_000_000, 1_795_000_000_000)) for _ in range(4)]
    mpans = [_mpan(rng) for _ in range(4)]
    jtl = "timeStamp,elapsed,label,responseCode,URL\n" + "".join(
        f"{s},{rng.randint(100, 900)},GET meter-point,200,https://mp.example.net/v1/meter-points/{m}?x=1\n"
        for s, m in zip(stamps, mpans, strict=True))
    out = redact_text(jtl, name="results.jtl").text
    assert all(s in out for s in stamps) and not _left(out, *mpans), out
    dump = ("CREATE TABLE meters(id INTEGER PRIMARY KEY, serial TEXT, supply TEXT, updated_ms INTEGER);\n" + "".join(
        f"INSERT INTO meters VALUES({i + 1},'E6S{rng.randrange(10**8):08d}','{m}',{s});\n"
        for i, (s, m) in enumerate(zip(stamps, mpans, strict=True))))
    out = redact_text(dump, name="dump.sql").text
    assert all(s in out for s in stamps) and not _left(out, *mpans), out
    assert "VALUES(1," in out  # a row's id under a meters table's "id" is no serial
    report = f'{{"name": "MPAN {mpans[0]} accepted", "start": {stamps[0]}, "stop": {stamps[1]}}}'
    out = redact_text(report, name="result.json").text
    assert stamps[0] in out and stamps[1] in out and mpans[0] not in out, out
    duis = (f"<sr:RequestID>90-B3-D5-1F-30-01-00-00:{'-'.join(_eui(rng)[i:i + 2] for i in range(0, 16, 2))}:"
            f"{stamps[2]}</sr:RequestID><sr:MPAN>{mpans[1]}</sr:MPAN>")
    out = redact_text(duis, name="duis.xml").text
    assert stamps[2] in out and mpans[1] not in out, out


def test_values_masked_already_placeholders_labels_a_reference_and_a_flow_s_date_stay() -> None:
    cases = {
        "jest.txt": '    -   "email": "j***@e***.com",\n    -   "phone": "07*** ***123",\n',
        "result.xml": '  Expected: "G4SA0000000"\n  But was:  "E6S13937103"\n',
        "Strings.resx": ('<data name="LabelMpan" xml:space="preserve"><value>Supply number (MPAN)</value></data>\n'
                         '<data name="ErrorInvalidMpan"><value>That supply number does not look right</value></data>'),
        "stub.json": '{\n  "name": "meter-point SIT-E2E-5799",\n  "request": {}\n}',
        "flow.usr": "ZHV|0000001|D0150001|X|EELC|R|UDMS|20261102101122||||OPER|\n288|2277268075490|\n289|20261101|845|\n",
        "bill.txt": "Account number 47619098        Bill date 01 December 2026\nAmount due £571.72\n",
    }
    kept = {"jest.txt": ["j***@e***.com", "07*** ***123"], "result.xml": ["G4SA0000000"],
            "Strings.resx": ["Supply number (MPAN)", "That supply number does not look right"],
            "stub.json": ["SIT-E2E-5799"], "flow.usr": ["289|20261101|"], "bill.txt": ["Bill date 01 December 2026"]}
    for name, text in cases.items():
        out = redact_text(text, name=name).text
        assert all(k in out for k in kept[name]), (name, out)
    assert "E6S13937103" not in redact_text(cases["result.xml"], name="result.xml").text
    assert "2277268075490" not in redact_text(cases["flow.usr"], name="flow.usr").text


@pytest.mark.parametrize("seed", range(3))
def test_a_whole_serial_then_a_short_number_is_the_serial_and_the_next_cell(seed: int) -> None:
    """A grid row read as one line (a screen's, a pasted one): "21L4839201 123" is a serial and an LLFC, while
    a serial written spaced is still read whole."""
    rng = random.Random(seed)
    serial = f"2{rng.randint(0, 9)}L{rng.randrange(10**7):07d}"
    llfc = rng.choice(["123", "211", "044"])
    out = redact_text(f"1 {_mpan(rng)} {serial} {llfc} 801 2026-11-01", name="grid.txt").text
    assert serial not in out and f" {llfc} 801" in out, out
    spaced = f"S0{rng.randint(1, 9)} DS {rng.randrange(10**5, 10**6)}"
    assert spaced not in redact_text(f"meter {spaced} fitted", name="n.txt").text


@pytest.mark.parametrize("seed", range(3))
def test_a_record_s_mprn_beside_its_serial_and_a_file_named_by_its_date(seed: int) -> None:
    """A comma-separated record printed in a terminal: its MPRN-length field beside the record's gas serial is
    the MPRN (a comma before a letter is a field's end, not a thousands separator); a file named by its date
    is no serial, whatever OCR made of its O."""
    rng = random.Random(seed)
    mprn, serial = str(rng.randrange(10**9, 10**10)), f"G4K{rng.randrange(10**8):08d}D"
    out = redact_text(f"grep {mprn} /data/ukl/in/N0SI_20261114.txt\nA00,{mprn},{serial},20261114,SM\n", name="t.txt").text
    assert mprn not in out and serial not in out and "N0SI_20261114.txt" in out, out
    amounts = f"total 1,234,567 for meter {serial}; reading 1234567,5"
    out = redact_text(amounts, name="t.txt").text
    assert "1,234,567" in out and "1234567,5" in out, out
