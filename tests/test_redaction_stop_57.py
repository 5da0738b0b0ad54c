"""Classes stop 57 fixed in text redaction (generated cases), from round 56's leftovers and round 57's held-out text.

Each test plants freshly made values in the shapes a tester met and checks what a reader would: the value is gone,
the keeps beside it are not.
"""

from __future__ import annotations

import random

import pytest

from attest.redaction.mpan import make_mpan
from attest.redaction.text import redact_text


def _redacted(text: str, name: str = "") -> str:
    return redact_text(text, name=name).text


def _mpan(rng: random.Random) -> str:
    return make_mpan(rng.randint(10, 23), f"{rng.randrange(10**10):010d}")


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randrange(10 ** (n - 1), 10**n))


def _account(rng: random.Random) -> str:
    return rng.choice([
        f"{rng.choice(['PV', 'AB', 'ZT', 'KX', 'CA-'])}{_digits(rng, 8)}{rng.choice(['', 'C', 'G', 'F'])}",
        f"{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 3)}",
        _digits(rng, 8),
        _digits(rng, 11),
    ])


@pytest.mark.parametrize("seed", range(12))
def test_an_unlabelled_account_in_a_record_row_beside_the_customers_identifiers(seed: int) -> None:
    """A row with nothing naming its columns (a load test's payload line, an INSERT without its column list, a bar
    record) whose other cells are a supply's and a person's identifiers: the account-shaped cell is the customer's.
    The row's id, a reading, a date, a moment, a ticket and a flow beside it are kept."""
    rng = random.Random(seed)
    # (an MPRN of ten digits from 3: one that reads as a moment in seconds, 1.5e9-2.1e9, is left to its labels)
    mpan, mprn, serial = _mpan(rng), str(rng.randrange(3 * 10**9, 10**10)), f"E{rng.randint(10, 99)}Z{_digits(rng, 5)}"
    phone, account = f"07700900{rng.randint(100, 999)}", _account(rng)
    row_id, reading, ticket = str(rng.randint(100, 99999)), f"{rng.randint(10000, 99999)}", f"INC{_digits(rng, 7)}"
    cells = [mpan, mprn, serial, account, phone]
    rng.shuffle(cells)
    layout = rng.choice(["csv", "sql", "bar", "semi"])
    if layout == "csv":
        text = f"12:01:07 payload.csv row {row_id}: {','.join(cells)},{reading},2026-12-07,{ticket}\n"
    elif layout == "sql":
        quoted = ",".join(f"'{c}'" for c in cells)
        text = f"INSERT INTO `meter_point` VALUES ({row_id},{quoted},{reading},'2026-12-07 10:11:12','{ticket}');\n"
    elif layout == "bar":
        text = f"K12|{'|'.join(cells)}|{reading}|1733590000|N\n"
    else:
        text = f"{row_id};{';'.join(cells)};{reading};D0010;20261207\n"
    out = _redacted(text, f"row.{'sql' if layout == 'sql' else 'txt'}")
    for value in (mpan, mprn, serial, account, phone):
        assert value not in out, (value, out)
    for keep in (row_id, reading) if layout != "bar" else (reading, "1733590000"):
        assert keep in out, (keep, out)
    assert ticket in out or layout in ("bar", "semi")
    assert ("2026-12-07" in out) if layout in ("csv", "sql") else True


@pytest.mark.parametrize("seed", range(8))
def test_an_item_listed_with_a_slash_beside_a_phone_in_a_cell(seed: int) -> None:
    """A to-do export's cell holding a contact's phone and the supply's number apart by a slash."""
    rng = random.Random(seed)
    phone, number = f"07700 900{rng.randint(100, 999)}", rng.choice([_digits(rng, rng.randint(8, 10)), _account(rng)])
    text = (f'type,content,description,priority,indent,author,responsible,date\n'
            f'task,"ring Grace Marsh re RT#{rng.randint(1000, 9999)}","{phone} / {number}",4,1,qa,,2026-11-13T22:22:08Z\n')
    out = _redacted(text, "todo.csv")
    assert number not in out and phone not in out, out
    assert "2026-11-13T22:22:08Z" in out and "RT#" in out


@pytest.mark.parametrize("text", [
    # rows whose identifiers are too few, or whose other cells are a system's numbers
    "2026-12-07,12345678,87654321,ok,done\n",
    "INSERT INTO `jobs` VALUES (3752,'JOB0012345','2026-12-07','queued','INV12345678');\n",
    "meter|E12Z34567|read|0045123|2026-12-07\n",
])
def test_rows_without_a_customers_identifiers_keep_their_numbers(text: str) -> None:
    out = _redacted(text, "rows.txt")
    for token in ("12345678", "87654321", "JOB0012345", "INV12345678", "0045123"):
        if token in text:
            assert token in out, (token, out)


@pytest.mark.parametrize("seed", range(6))
def test_a_querys_in_list_under_a_column_that_names_its_kind(seed: int) -> None:
    """pg_stat_activity's query, an ORM's debug line, a script's membership test: each item of the list is of the
    kind the column's name says; a status list and prose's "in (…)" are kept."""
    rng = random.Random(seed)
    a, b = _digits(rng, rng.randint(6, 10)), _digits(rng, rng.randint(6, 10))
    account = _account(rng)
    text = (f"69271| qt_ro | active | 2025-03-14 10:55:00 | SELECT * FROM gas.mprn WHERE mprn IN ({a},{b})\n"
            f"DEBUG select * from customer c where c.account_no not in ('{account}') and status in ('OPEN','CLOSED')\n"
            f"we found meters in (3 flats) on the rig\n")
    out = _redacted(text, "pg.log")
    for value in (a, b, account):
        assert value not in out, (value, out)
    for keep in ("'OPEN','CLOSED'", "meters in (3 flats)", "2025-03-14 10:55:00"):
        assert keep in out, (keep, out)


@pytest.mark.parametrize("prompt", ["groovy>", "clojure>", "sqlite>"])
def test_a_shell_prints_a_list_of_the_field_it_was_asked_for(prompt: str) -> None:
    rng = random.Random(prompt)
    values = [_digits(rng, 8) for _ in range(3)]
    text = f"{prompt} println accounts*.accountNumber\n[{', '.join(values)}]\n{prompt} println rows.size()\n3\n"
    out = _redacted(text, "session.txt")
    assert not any(v in out for v in values), out
    assert "rows.size()\n3" in out


@pytest.mark.parametrize("comment", ["// run 6788cda7 for TC-IF031-131 (Ofgem)\n// MockServer expectations for TC-IF031-334",
                                     "# run 6788cda7 for TC-IF031-131\n# MockServer expectations for TC-IF031-334"])
def test_a_json_document_under_a_testers_comment_lines_is_read_as_json(comment: str) -> None:
    """A mock server's expectations with a comment line above (JSONC): an array under an "mprn" key is read."""
    rng = random.Random(comment)
    mprn = _digits(rng, 10)
    body = "\n".join([
        "[", "  {", '    "httpRequest": {', '      "method": "GET",', f'      "path": "/ecoes/v2/mpan/{_mpan(rng)}"',
        "    },", '    "httpResponse": {', '      "statusCode": 200,', '      "body": {', '        "json": {',
        f'          "mpan": "{_mpan(rng)}",', '          "postcode": "ph39 6ur",', '          "supplier": "SUPP"',
        "        }", "      }", "    }", "  },", "  {", '    "httpRequest": {', '      "method": "GET",',
        '      "path": "/xoserve/mprn",', '      "queryStringParameters": {', '        "mprn": [',
        f'          "{mprn}"', "        ]", "      }", "    },", '    "httpResponse": {', '      "statusCode": 200,',
        '      "body": {', '        "json": {', '          "effective": "2025-02-28T08:14:24Z"', "        }", "      }",
        "    }", "  }", "]", ""])
    text = f"{comment}\n{body}"
    out = _redacted(text, "expectations.json")
    assert mprn not in out and out.startswith(comment) and '"/xoserve/mprn"' in out, out


@pytest.mark.parametrize("seed", range(4))
def test_wiki_tables_whose_headers_are_marked_their_own_way(seed: int) -> None:
    """A FitNesse decision table's output column ("expected?") and a DokuWiki table's "^" header cells."""
    rng = random.Random(seed)
    mpan, serial, mprn = _mpan(rng), f"zu{_digits(rng, 8)}", _digits(rng, 10)
    name = rng.choice(["penny waters", "jürgen raghunathan", "Siân Fox"])
    fitnesse = (f"|decision table: register meter point|\n|mpan|customer|postcode|meter serial|expected?|\n"
                f"|{mpan}|{name}|eh26 8gd|{serial}|accepted|\n")
    dokuwiki = f"^ MPRN ^ Gas meter ^ Contact ^\n| {mprn} | SMG{_digits(rng, 8)} | siobhan@example.com |\n"
    out = _redacted(fitnesse + "\n" + dokuwiki, "data.wiki")
    for value in (mpan, serial, name, mprn, "SMG"):
        assert value not in out, (value, out)
    assert "|accepted|" in out and "^ MPRN ^ Gas meter ^ Contact ^" in out, out


def test_control_characters_in_caret_notation_part_lines_and_a_substitution_is_read() -> None:
    """vim's :registers: "^J" is a line break to its reader; a ":%s/…/…/g" holds its pattern as a word."""
    text = ('Type Name Content\n  c  "0   Grace Hale^J27c Albion Terrace, Whitby^JYO4 3TW^J\n'
            '  c  ":   %s/01632960272/REDACTED/g\n  c  "a   DUIS-TC-080 INC0041416\n')
    out = _redacted(text, "registers.txt")
    for value in ("Albion", "YO4 3TW", "01632960272"):
        assert value not in out, (value, out)
    assert "REDACTED/g" in out and "DUIS-TC-080 INC0041416" in out and out.count("^J") == 3, out


@pytest.mark.parametrize(("line", "surname"), [("Yours sincerely,\nF. Prydderch\n", "Prydderch"),
                                              ("// run at 2025-07-08T15:23:43Z by R. Steel\n", "Steel"),
                                              ("ECV turned off by FCO H. Knight. Gas meter capped.\n", "Knight"),
                                              ("✖ shows name G. Carter\n", "Carter"), ("signed: D. Jones\n", "Jones")])
def test_an_initial_and_a_surname_after_a_word_that_names_who(line: str, surname: str) -> None:
    out = _redacted(line, "note.txt")
    assert surname not in out, out
    assert ("capped" in out) if "capped" in line else True


@pytest.mark.parametrize("pair", [("Carol", "Singer"), ("Ruby", "Steel"), ("Summer", "Brook"), ("Alasdair", "Rich")])
def test_common_surnames_that_are_words_after_a_forename_in_a_tests_output(pair: tuple[str, str]) -> None:
    first, last = pair
    out = _redacted(f'[chrome 122.0 linux #0-0] Expected: "{first} {last}"\nREC1 SER=S09F63572 NAME={last.upper()}, {first}\n',
                    "wdio.log")
    assert last not in out and last.upper() not in out, out


def test_a_devices_details_listing_keeps_its_model_and_firmware() -> None:
    """"Device Type<TAB>ESME" is a property and its value, not a header naming a column of devices."""
    text = ("Device ID\t0x00124B13F856BA5E\nDevice Type\tESME\nDevice Model\tE470 5394\nFirmware Version\tv2.0.26\n"
            "CHF ID\tbc:33:ac:44:60:35:ea:93\n")
    out = _redacted(text, "ssi.txt")
    assert "E470 5394" in out and "v2.0.26" in out and "F856BA5E" not in out and "60:35:ea" not in out, out


def test_a_flows_trailer_keeps_its_batch_number_but_not_an_mpan() -> None:
    rng = random.Random(7)
    mpan = _mpan(rng)
    text = (f"ZHV|9617748774|D0019001|X|UDMS|D|LOND|20250314102233||||TR01|\n026|{mpan}|V|\n"
            f"ZPT|4909391608|9||1|9567689675030|\nZPT|1|{mpan}|\n")
    out = _redacted(text, "d0019.usr")
    assert "9567689675030" in out and mpan not in out, out


@pytest.mark.parametrize("phone", ["0131-496-0362", "0191 498 0923", "01632 960311"])
def test_a_phone_in_a_record_before_the_next_fields_comma(phone: str) -> None:
    """A call log's "To" column: the number ends at the comma before the date ("0191 498 0923,14/03/2025")."""
    text = f"Type,Direction,From,To,Date,Time\nSMS,Outbound,Meter Ops,{phone},14/03/2025,11:02\n"
    out = _redacted(text, "calls.csv")
    assert phone not in out and "14/03/2025,11:02" in out, out
    assert "sizes 0123,4567,890" in _redacted("sizes 0123,4567,890\n", "n.txt")


@pytest.mark.parametrize("label", ["esme", "ESME", "gsme"])
def test_a_smart_meters_serial_after_its_devices_kind(label: str) -> None:
    rng = random.Random(label)
    serial = f"{rng.choice(['AF', 'KX', 'PW'])}{_digits(rng, 8)}"
    out = _redacted(f"mpan {_mpan(rng)} / {label} {serial} / chf 00-12-4B-00-01-02-03-04\n{label} fw 2.0.26\n", "t.txt")
    assert serial not in out and "fw 2.0.26" in out, out


def test_a_name_in_emphasis_alone_over_a_supplys_line() -> None:
    text = "*Daisy Hay*\nYesterday: retested DUIS-TC-850 with mpan 1239404931027 / mprn 1731468825\nBlockers: none\n"
    out = _redacted(text, "standup.txt")
    assert "Daisy" not in out and "Hay" not in out and "Blockers: none" in out, out
