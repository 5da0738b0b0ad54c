"""Text redaction on the generated corpus: recall must be 100 %, formats must survive."""

from __future__ import annotations

import csv
import io
import json
import re
from xml.etree import ElementTree

import pytest

from attest.redaction import RegisterEntry, RegisterMatcher, redact_bytes, redact_text
from attest.redaction.findings import Kind
from attest.redaction.item import UnsupportedContent
from corpus_text import Item, corpus

DIGIT_KINDS = {"MPAN", "MPRN"}


def leaked(item: Item, output: str) -> list[tuple[str, str]]:
    """Planted identifiers still readable in the output, in any spacing."""
    joined = re.sub(r"(?<=\d)[ \t\-–.\r\n]+(?=\d)", "", output)
    misses = []
    for kind, value in item.secrets:
        if kind in DIGIT_KINDS:
            digits = re.sub(r"\D", "", value)
            if re.search(rf"(?<!\d){digits}(?!\d)", joined):
                misses.append((kind, value))
        elif re.search(rf"(?<!\w){re.escape(value)}(?!\w)", output, re.IGNORECASE):
            misses.append((kind, value))
    return misses


@pytest.fixture(scope="module")
def redacted() -> list[tuple[Item, str]]:
    return [(item, redact_text(item.text, name=item.name).text) for item in corpus()]


def test_recall_is_total_and_keep_rate_reported(redacted: list[tuple[Item, str]]) -> None:
    planted = sum(len(item.secrets) for item, _ in redacted)
    misses = [(item.name, miss) for item, out in redacted for miss in leaked(item, out)]
    kept = sum(1 for item, out in redacted for value in item.keep if value in out)
    keepers = sum(len(item.keep) for item, _ in redacted)
    recall = 1 - len(misses) / planted
    keep_rate = kept / keepers
    print(f"\ntext corpus: {len(redacted)} items, {planted} identifiers, recall {recall:.2%}, "
          f"keep-rate {keep_rate:.2%} of {keepers} values that must stay")
    assert not misses, misses[:10]
    assert keep_rate >= 0.98, [(i.name, v) for i, out in redacted for v in i.keep if v not in out][:10]


def test_formats_still_parse_with_the_same_shape(redacted: list[tuple[Item, str]]) -> None:
    for item, out in redacted:
        if item.name.endswith(".json"):
            before, after = json.loads(item.text), json.loads(out)
            assert _keys(before) == _keys(after), item.name
        elif item.name.endswith(".xml"):
            assert [e.tag for e in ElementTree.fromstring(out).iter()] == \
                [e.tag for e in ElementTree.fromstring(item.text).iter()]
        elif item.name.endswith(".csv"):
            shape = [len(r) for r in csv.reader(io.StringIO(item.text))]
            assert [len(r) for r in csv.reader(io.StringIO(out))] == shape


def _keys(node: object) -> object:
    if isinstance(node, dict):
        return {k: _keys(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_keys(v) for v in node]
    return None


def test_the_same_value_gets_the_same_placeholder() -> None:
    text = "mpan=1200023305967 then MPAN: 12 0002 3305 967 and another 1900045612837"
    assert redact_text(text).text == "mpan=[MPAN-1] then MPAN: [MPAN-1] and another [MPAN-2]"


def test_register_values_become_references() -> None:
    register = RegisterMatcher([RegisterEntry(Kind.MPAN, "1200023305967", "MPAN001"),
                                RegisterEntry(Kind.NAME, "Jane Smith", "CUST001"),
                                RegisterEntry(Kind.MSN, "XK4412", "MSN001")])
    text = '{"mpan": "12-0002-3305-967", "note": "visited jane  smith, meter xk4412", "other": "1900045612837"}'
    out = redact_text(text, register=register).text
    assert json.loads(out) == {"mpan": "MPAN001", "note": "visited CUST001, meter MSN001", "other": "[MPAN-1]"}


def test_a_json_number_mpan_becomes_a_string() -> None:
    out = redact_text('{"a": [1200023305967, 42], "b": 1.5}').text
    assert json.loads(out) == {"a": ["[MPAN-1]", 42], "b": 1.5}


def test_values_that_must_stay() -> None:
    text = ("FM_TS_1_TC_01 step 3: IF-031 and D0150001 Delivered at 2026-11-24T09:15:02Z, correlationId="
            "7c4f0a52-1d39-4e0b-9f55-2e8a1d7b6c30, DIP-551234, run 12, amount 1200.50, ref MPAN001")
    assert redact_text(text).text == text


def test_typo_in_a_labelled_mpan_is_still_masked() -> None:
    assert redact_text("MPAN: 1200023305968 (check digit wrong)").text == "MPAN: [MPAN-1] (check digit wrong)"
    assert redact_text('{"mpanCore": "120002330596"}').text == '{"mpanCore": "[MPAN-1]"}'


def test_encodings_round_trip_and_binaries_are_refused() -> None:
    assert redact_bytes("café mpan=1200023305967".encode("cp1252"), "a.txt").data == \
        "café mpan=[MPAN-1]".encode("cp1252")
    assert redact_bytes(b"\xef\xbb\xbfMPAN,Status\n1200023305967,Live\n", "a.csv").data == \
        b"\xef\xbb\xbfMPAN,Status\n[MPAN-1],Live\n"
    with pytest.raises(UnsupportedContent, match="a.pdf: is a PDF; Attest redacts text and images only"):
        redact_bytes(b"%PDF-1.7\n...", "a.pdf")


def test_report_names_kind_place_and_detector_never_the_value() -> None:
    result = redact_bytes(b"line one\nsee mpan=1200023305967 here\n", "x.log")
    assert result.findings == [{"kind": "MPAN", "line": 2, "column": 10, "detector": "pattern",
                                "replacement": "[MPAN-1]"}]
    assert "1200023305967" not in json.dumps(result.findings)


def test_hashes_are_not_mpans() -> None:
    """Evidence manifests are full of SHA-256 digests; a digit run inside one is not an identifier."""
    import hashlib

    digests = [hashlib.sha256(str(i).encode()).hexdigest() for i in range(5000)]
    text = "\n".join(f"item {i}: sha256={d}" for i, d in enumerate(digests))
    assert redact_text(text).text == text


def test_register_references_are_left_alone_in_sensitive_fields() -> None:
    register = RegisterMatcher([RegisterEntry(Kind.POSTCODE, "RG1 2AB", "SITE-A-PC"),
                                RegisterEntry(Kind.MPAN, "1200023305967", "MPAN001")])
    text = '{"postcode": "RG1 2AB", "again": {"postcode": "SITE-A-PC"}, "mpan": "MPAN001"}'
    assert json.loads(redact_text(text, register=register).text) == {
        "postcode": "SITE-A-PC", "again": {"postcode": "SITE-A-PC"}, "mpan": "MPAN001"}


def test_uuids_are_not_mpans() -> None:
    """Correlation ids are in every log; a chance-valid core across their groups must not be masked."""
    import uuid

    ids = [str(uuid.UUID(int=n * 7919 + 13)) for n in range(1, 20000, 7)] + [str(uuid.uuid5(uuid.NAMESPACE_DNS,
                                                                                             str(n))) for n in range(5000)]
    text = "\n".join(f"correlationId={u} X-Request-Id: {u.upper()}" for u in ids)
    assert redact_text(text).text == text


@pytest.mark.parametrize("separator", ["\u2009", "\u202f", "\u2007", "\u200b", "\u2011", "\u2013", "\u2212", "\u00ad",
                                       "\u3000"])
def test_mpans_split_by_typographic_spaces_and_dashes_are_found(separator: str) -> None:
    """Thin and narrow no-break spaces (French number formatting), zero-width spaces from web pages,
    and Unicode dashes separate digit groups as well as a space or hyphen does."""
    text = f"Supply MPAN 12{separator}0002{separator}3305{separator}967 confirmed"
    redacted = redact_text(text).text
    assert "3305" not in redacted and redacted == "Supply MPAN [MPAN-1] confirmed"


def test_a_csv_cell_ending_in_hex_letters_does_not_join_the_device_id_in_the_next_cell() -> None:
    """Blind run corpus (issue 12): "DIP-662451-FE" beside a device id read as one id across the comma
    broke the row and the file was refused; each cell is read alone instead."""
    out = redact_text("dip_id,device_id\nDIP-662451-FE,22-DD-27-8B-2F-05-1D-8E\n", name="extract.csv")
    assert out.text == "dip_id,device_id\nDIP-662451-FE,[DEVICE-1]\n"


def test_a_delimiter_inside_a_quoted_csv_cell_does_not_cut_a_value_in_it() -> None:
    out = redact_text('note,x\n"MPAN 1200023,305967",ok\n', name="t.csv")
    assert "305967" not in out.text and out.text.endswith(",ok\n")


HARNESS_CSV = ("seq,event,detail\n0,item,ITEMREF-ZXZZXZ\n"
               "1,note,/srv/harness/out/f56d513d-1b20-4f7e-a6f2-399744277695/response.xml\n"
               "2,note,dipId=DIP-448296-ES\n3,note,sent D0149001 to the DIP\n"
               "4,note,record ISOLDEFAIRWEATHER refreshed from the portal\n")


@pytest.mark.parametrize("gap", ["\n", "/" + "a" * 1500 + "/"])
def test_a_second_look_beside_a_replacement_reads_the_tokens_at_its_edges_whole(gap: str) -> None:
    """Blind run corpus (issue 12): a name found in a later item masked in a harness CSV, and the look
    again round that replacement began inside the UUID two lines up, whose tail "...a6f2-399744277695"
    then read as an MPAN. The UUID is kept whole, near the replacement or inside one long token."""
    register = RegisterMatcher([], found={"ISOLDEFAIRWEATHER": Kind.NAME})
    text = HARNESS_CSV if gap == "\n" else f"path /srv/f56d513d-1b20-4f7e-a6f2-399744277695{gap}ISOLDEFAIRWEATHER.xml"
    out = redact_text(text, name="harness.csv" if gap == "\n" else "paths.txt", register=register).text
    assert "f56d513d-1b20-4f7e-a6f2-399744277695" in out and "ISOLDEFAIRWEATHER" not in out
    assert "MPAN" not in out


def test_a_short_postcode_is_masked_inside_a_token_but_short_plain_words_and_numbers_are_not() -> None:
    """Blind run corpus (issue 12): "M3 7JY" (five letters and digits written together) glued into
    "req7M37JY7x" stayed; a mix of letters and digits that long names one thing, a five-letter word or
    a five-digit number does not."""
    text = ('{"postcode": "M3 7JY", "customerName": "Ann Smyth", "notes": '
            '["record req7M37JY7x refreshed", "Smyth1 x12345y took 12345 ms"]}')
    out = redact_text(text, name="ctx.json").text
    assert "M37JY" not in out and "req7[POSTCODE-1]7x" in out
    assert "x12345y took 12345 ms" in out


def test_a_register_reference_above_a_second_line_makes_no_csv_column() -> None:
    """Blind run corpus (issue 12): a defect titled "MPAN001-0007; MHHS_QT_8_TC_55" over a description
    read as a CSV whose "MPAN001-0007" column held the DIP id and the tester's name: the pack was
    refused over two invented MPANs. A header cell holding four digits in a row is a value, as in
    the table reader; a real "mpan" header still names its column."""
    from attest.redaction import find_identifiers

    typed = "MPAN001-0007; MHHS_QT_8_TC_55\nDIP-223243-VS; c73e68d4-3875-4da1-90d5-380b724e0acd\nroot"
    assert find_identifiers(typed) == []
    out = redact_text("mpan;site\nPEN-4411;north\n", name="sites.csv").text
    assert out == "mpan;site\n[MPAN-1];north\n"


def test_a_uuid_ending_in_digits_and_the_next_lines_year_are_no_mpan() -> None:
    """Blind run corpus (issue 12): "...-eba363879103" ending a log line and "2024-..." starting the
    next read as one MPAN across the break (3638791032024 has a valid check digit); the two lines were
    merged into one. A finding that starts inside a UUID or a hash is the token's, wherever it ends."""
    log = ("2024-05-28T23:43:03Z INFO step corr=e54190a1-626b-47d9-95eb-eba363879103\n"
           "2024-05-28T23:43:04Z INFO step test case X\n")
    assert redact_text(log, name="h.log").text == log
    # but what it holds past the token still counts: a hash ending a line, then an MPAN over two lines
    hashed = "run 1\n1464be91b804697ff5313d22ef1681a87ad478a90a00dceb1b5fd31f10832338\n262453\n7047275\nDate"
    assert redact_text(hashed).text == "run 1\n1464be91b804697ff5313d22ef1681a87ad478a90a00dceb1b5fd31f10832338\n[MPAN-1]\nDate"


def test_a_path_in_the_first_line_of_a_semicolon_list_names_no_column() -> None:
    """Blind run corpus (issue 12): a defect titled "x; /srv/harness/out/<uuid>/response.xml" over a
    description "at <time>; /srv/harness/out/abc/response.xml" read as a CSV whose path column was an
    address; the pack was refused. A column name starts with a letter (or "#", or a quote)."""
    from attest.redaction import find_identifiers

    typed = ("x; /srv/harness/out/2ce3d2f4-1add-4b5a-b458-4ca336d1a6c8/response.xml\n"
             "at 2024-03-08T16:36:49Z; /srv/harness/out/abc/response.xml\nroot")
    assert find_identifiers(typed) == []
    assert redact_text('"Site address";x\n"12 High St";y\n', name="s.csv").text == '"Site address";x\n"[ADDRESS-1]";y\n'


def test_a_yaml_alias_bomb_is_redacted_quickly_and_still_whole() -> None:
    """A payload whose aliases stand for a billion values is not walked value by value: its key paths are
    read once each, and an identifier in it is still masked."""
    import time

    from attest.redaction import redact_text

    bomb = ("l0: &l0 [lol,lol,lol,lol,lol,lol,lol,lol,lol,lol]\n"
            + "".join(f"l{n}: &l{n} [" + ",".join([f"*l{n - 1}"] * 10) + "]\n" for n in range(1, 10))
            + "meter:\n  mpan: 1200023305967\n")
    started = time.perf_counter()
    result = redact_text(bomb, name="payload.yaml")
    assert time.perf_counter() - started < 5
    assert "1200023305967" not in result.text and "l9: &l9" in result.text


@pytest.mark.parametrize("device_type", ["ESME", "GSME", "CHF", "IHD", "PPMID"])
def test_a_device_type_cell_in_a_data_row_is_no_label_of_the_next_cell(device_type: str) -> None:
    """A device export: "…\\tCHF\\tG4 diaphragm meter\\tBlocked\\t…" masked the model as a device id (the
    device type read as a label). A cell inside a delimited row labels nothing; a key and its value
    that end a row are still read as a label and its value."""
    export = ("device_id\tdevice_type\tmodel\tstatus\n"
              f"0xD052A83B7B09D5FD\t{device_type}\tG4 diaphragm meter\tBlocked\n"
              f"00-12-4B-63-8A-B0-2E-F5\t{device_type}\tAclara SGM1415-B\tRejected\n")
    out = redact_text(export, name="devices.tsv").text
    assert "G4 diaphragm meter" in out and "Aclara SGM1415-B" in out, out
    assert "D052A83B7B09D5FD" not in out and "8A-B0-2E-F5" not in out, out
    pairs = redact_text("section 2\tMeter serial\ts06ds123456\n", name="notes.txt").text
    assert "s06ds123456" not in pairs, pairs


@pytest.mark.parametrize("seed", range(12))
def test_a_dated_id_is_kept_though_its_last_13_digits_pass_the_checksum(seed: int) -> None:
    """DIP message ids are a date, an hour and a counter run together ("2024061116085571330"); one in ten
    ends in 13 digits that pass the MPAN checksum. Such an id is kept; the same 13 digits after a
    number that is no date are still masked."""
    import random

    from attest.redaction.mpan import is_valid_mpan_core, make_mpan

    r = random.Random(seed)
    # the core's first four digits are the id's day and hour: YYYYMM + DD HH … + check digit
    core = make_mpan(r.randint(10, 28), f"{r.randint(0, 23):02d}{r.randrange(10**8):08d}")
    dated = f"2024{r.randint(1, 12):02d}{core}"
    assert is_valid_mpan_core(dated[-13:]) and len(dated) == 19
    line = f"2024-06-11T16:08:55.640Z INFO [dip-adapter] DIP message {dated} Blocked"
    assert dated in redact_text(line).text
    assert core not in redact_text(f"ref 999999{core} x").text


@pytest.mark.parametrize("street", ["Tan-y-Bryn", "Pen-y-Bont", "Bryn-yr-Haul", "Cefn-y-Coed", "Pen-y-Graig"])
def test_a_welsh_street_named_with_hyphens_and_no_type_word_is_an_address(street: str) -> None:
    """"147 Tan-y-Bryn" in a log line: no Road, Street or Heol says it is a street, the hyphenated
    Welsh name does. Words hyphenated otherwise ("3 Up-to-Date") are not."""
    out = redact_text(f"2024-05-21 08:54:36 INFO Updated registration of 147 {street} (linked to G4P 2013 3073)").text
    assert street not in out, out
    assert redact_text("version 3 Up-to-Date").text == "version 3 Up-to-Date"


def test_an_epoch_time_beside_an_escaped_mpan_stays_a_number_in_json_lines() -> None:
    """The second look round a replacement reads a window that can begin after "ts": ; the epoch in
    milliseconds there is a time, as the first pass saw, not an MPAN with a wrong check digit (masked
    unquoted it broke the line, and the file was refused)."""
    escaped = "".join(f"\\u00{ord(d):x}" for d in "1959608671368")
    lines = [json.dumps({"eventId": f"b79383eb-02b6-4cda-bb4e-1468164154{i:02d}", "ts": 1721319452243 + i,
                         "type": "ALERT_8F35", "note": "escaped mpan"}) [:-1] + f', "mpan": "{escaped}"}}'
             for i in range(3)]
    out = redact_text("\n".join(lines) + "\n", name="headend_events.jsonl").text
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["ts"] for r in records] == [1721319452243, 1721319452244, 1721319452245]
    assert all(re.fullmatch(r"\[MPAN-\d+\]", r["mpan"]) for r in records), out


@pytest.mark.parametrize(("line", "name"), [
    ("0301|MX NICOLE AUSTIN|01632 960165|", "NICOLE AUSTIN"),
    ("034|DR CALLUM URQUHART|20241014|", "CALLUM URQUHART"),
    ("Account holder on the bill:\nMISS JACK THORNTON\n", "JACK THORNTON"),
    ("034|MX BEATRICE CHOLMONDELEY|20241025|", "BEATRICE CHOLMONDELEY"),
])
def test_a_name_in_capitals_after_a_title_in_capitals_is_masked(line: str, name: str) -> None:
    out = redact_text(line).text
    assert not any(word in out for word in name.split()), out


@pytest.mark.parametrize("line", ["DR SITE FAILOVER TEST PASSED", "MX RECORD LOOKUP FAILED", "MS SQL SERVER RESTARTED"])
def test_capitals_after_dr_mx_or_ms_that_name_no_one_stay(line: str) -> None:
    assert redact_text(line).text == line


@pytest.mark.parametrize("query", ["name=Eleni+Georgiou", "name=Siobh%C3%A1n+O%27Neill", "name=Annette%20James"])
def test_a_name_in_a_url_query_is_masked_as_the_url_writes_it(query: str) -> None:
    out = redact_text(f'$ curl -v "https://api.uit.example.co.uk/v1/lookup?mpan=1200023305967&{query}&x=1"').text
    assert "&name=[NAME-1]&x=1" in out, out


def test_a_query_that_names_no_person_stays() -> None:
    line = "GET /search?name=meter+readings&page=2 HTTP/1.1"
    assert redact_text(line).text == line


def test_an_mpan_psql_wrapped_over_two_lines_is_masked() -> None:
    """psql's wrapped format ends a cell's line with "+" and goes on in the same column of the next."""
    mpan = "1970405409750"
    text = (" -[ RECORD 1 ]-----------\n mpan          | 1970405+\n               | 409750\n status        | Live\n")
    out = redact_text(text).text
    digits = re.sub(r"\D", "", out)
    assert mpan[:7] not in digits and mpan[7:] not in digits and "status        | Live" in out, out


def test_a_number_in_an_html_tables_dip_id_column_is_the_columns_not_an_mprn() -> None:
    """A DIP tracker row holds a DIP participant id beside the MPAN: the row's cells are columns, and
    the header names it (it was masked as an MPRN and then everywhere else the run wrote it)."""
    html = ("<table><thead><tr><th>Message ID</th><th>Interface</th><th>DIP ID</th><th>MPAN</th><th>Status</th></tr>"
            "</thead><tbody>\n<tr><td>7da44333-14d7-45d1-a422-b059523449bf</td><td>IF-014</td><td>1995000001</td>"
            "<td>1200023305967</td><td>Delivered</td></tr>\n</tbody></table>\n")
    out = redact_text(html, name="dip_tracker.html").text
    assert "<td>1995000001</td>" in out and "1200023305967" not in out, out
    note = redact_text("can someone check DIP 1995000001 for MPAN 1200023305967, message stuck").text
    assert "DIP 1995000001" in note, note


def test_a_web_apps_menu_after_my_account_is_no_name() -> None:
    line = "BrightWatt Energy   My account Bills Meter readings Help"
    assert redact_text(line).text == line


def test_a_number_before_an_audit_hash_and_the_hashs_opening_digits_are_no_mpan() -> None:
    """A completion report's "entry 11: 53210396790d8c1b…" reads, bridging ": ", as 13 digits with a valid
    check digit; the last of them open the hash, a token of their own: the report was refused now and
    then, as the audit head's hash changed."""
    import hashlib

    # digests whose opening digits make such a number after these entry numbers, and a spread of others
    cases = [(242, 12), (2681, 11), (2681, 32), *((n, n % 97) for n in range(2000))]
    changed = []
    for n, entry in cases:
        text = f"Audit head entry {entry}: {hashlib.sha256(str(n).encode()).hexdigest()}"
        if redact_text(text).text != text:
            changed.append(text)
    assert changed == []
    assert redact_text("MPAN 1200023305967 then 53210396790d8c1b06b5771c13960c85c1a453e53fdae3aa061f8aab").text \
        == "MPAN [MPAN-1] then 53210396790d8c1b06b5771c13960c85c1a453e53fdae3aa061f8aab"
