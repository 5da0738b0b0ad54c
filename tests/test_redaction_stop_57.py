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


@pytest.mark.parametrize("seed", range(6))
def test_what_a_letter_asks_the_customer_to_quote_or_pay_with(seed: int) -> None:
    """A bill's or a letter's Direct Debit or payment reference and what it asks to be quoted is the account."""
    rng = random.Random(seed)
    account = rng.choice([_digits(rng, 10), f"CUS/{_digits(rng, 6)}/{_digits(rng, 2)}", f"A{_digits(rng, 9)}"])
    lead = rng.choice(["Direct Debit reference", "Your DD reference:", "Payment reference", "Please quote",
                       "Please quote your account number"])
    text = f"Dear customer,\n{lead} {account} when you call us about invoice INV-{_digits(rng, 5)}.\n"
    out = _redacted(text, "letter.txt")
    assert account not in out and "INV-" in out, out


@pytest.mark.parametrize("text, name", [
    ("Given Dawn Singer is on the Priority Services Register\n", "Dawn Singer"),
    ("  Then Grace Smith sees the final bill\n", "Grace Smith"),
    ("- went to the meter cupboard with Hope Bird\n", "Hope Bird"),
    ("[chrome 122.0 linux #0-0]    ✖ shows name Grace Church\n", "Grace Church"),
    ("approved by Will Carter on 3 March\n", "Will Carter"),
    ("* Will Carter (supplier)\n* Joy Cook (daughter)\n", "Will Carter"),
])
def test_a_forename_and_surname_that_are_words_after_a_word_that_says_a_person(text: str, name: str) -> None:
    """Words both ("Dawn Singer", "Hope Bird"): after a BDD step's keyword, "with", "by", "name" or before a role in
    brackets they are a person; the step's keyword stays."""
    out = _redacted(text, "notes.txt")
    assert name not in out and name.split()[0] not in out, out
    assert out.split()[0] == text.split()[0], out  # (the step's keyword, the bullet, the note's dash)


@pytest.mark.parametrize("text", [
    "failed with Grace Period exceeded\n",
    "Given the meter is installed\nThen Smart Meter is commissioned\n",
    "Scenario: Summer Saver tariff\n  Given Standard Variable is the default\n",
])
def test_word_pairs_that_name_no_one_after_those_words_are_kept(text: str) -> None:
    assert _redacted(text, "steps.feature") == text


def test_a_bdd_steps_keyword_is_not_taken_for_a_forename() -> None:
    text = "Given Sarah Smith is on the Priority Services Register\nGiven the tariff is Economy 7\n"
    out = _redacted(text, "psr.feature")
    assert "Sarah" not in out and out.count("Given") == 2, out


@pytest.mark.parametrize("link", ["supplierapp://reads/{n}", "https://app.example.com/readings/{n}?src=push",
                                  "/api/v2/meter-reads/{n}/photo"])
def test_a_supply_number_in_a_link_to_its_reads(link: str) -> None:
    rng = random.Random(link)
    number = _digits(rng, rng.choice([8, 10]))
    out = _redacted(f'{{"deepLink": "{link.format(n=number)}", "sent": "2025-03-14T10:22:33Z"}}\n', "push.json")
    assert number not in out and "2025-03-14T10:22:33Z" in out, out
    assert "/reads/20240301" in _redacted('{"u": "/api/reads/20240301"}\n', "x.json")


@pytest.mark.parametrize("name", ["Zhang Xiaoming", "WANG Jing", "Liu Xiuying", "Chen Yiming"])
def test_a_chinese_name_family_name_first(name: str) -> None:
    text = f"[05] 14/03/2025 10:14  {name} 07700 900123\nCRM shows '{name}' on acct\n"
    out = _redacted(text, "clip.txt")
    assert name.split()[1] not in out and name.split()[1].upper() not in out, out


def test_family_names_before_words_are_kept() -> None:
    text = "Song Title: Yellow\nLi Ning trainers in stock\nHAN Solo build\n"
    assert _redacted(text, "n.txt") == text


@pytest.mark.parametrize("row", ["S72,Will Papadopoulou,120 Dumbarton Road\n",
                                 "023|Siân FOX|149 Penlan Crescent, Llanelli|SA20  8RR|\n"])
def test_a_record_rows_name_before_its_address_is_a_name(row: str) -> None:
    """The cell before an address read as a house's name or a town's: a forename and a surname are the occupant's,
    masked whole ("Will [ADDRESS-1]" left the forename)."""
    out = _redacted("A00,CNF,SHIPR01,2025-06-12T09:28:36Z\n" + row, "conf.csv")
    first = row.split(",")[1].split()[0] if row.startswith("S72") else "Siân"
    assert first not in out and "[NAME-1]" in out, out
    assert "[ADDRESS-" in _redacted("Rose Cottage, 3 Mill Lane, Leeds LS1 4AB\n", "n.txt")


@pytest.mark.parametrize("label", ["客户", "客户：", "联系人", "姓名:"])
def test_a_name_after_a_chinese_label_for_the_customer(label: str) -> None:
    text = f"备注：{label} Rose Fisher，电话 07700 900123\n"
    out = _redacted(text, "note.txt")
    assert "Rose" not in out and "Fisher" not in out and "备注" in out, out


@pytest.mark.parametrize("seed", range(6))
def test_a_printed_bind_captures_column_of_values_of_many_kinds(seed: int) -> None:
    """``v$sql_bind_capture``'s VALUE_STRING holds an account, an MPAN, serials, a supply number and a postcode, one a
    row: the bare numbers beside the shaped ones are identifiers too; the positions, a date and a status are kept."""
    rng = random.Random(seed)
    account, mprn = _digits(rng, 10), _digits(rng, rng.choice([6, 8, 10]))
    values = [account, _mpan(rng), f"EML{_digits(rng, 10)}", mprn, "G11 7WA", "2025-03-14", "ACTIVE"]
    rows = "".join(f"7ha3k0x9mq2bd {':B' + str(i):<5} {i:>10} {v}\n" for i, v in enumerate(values, 1))
    text = ("SQL> select sql_id, name, position, value_string from v$sql_bind_capture;\n\n"
            "SQL_ID        NAME    POSITION VALUE_STRING\n------------- ----- ---------- ------------------------------\n"
            f"{rows}\n7 rows selected.\n")
    out = _redacted(text, "binds.lst")
    assert account not in out and mprn not in out and values[1] not in out, out
    assert "2025-03-14" in out and "ACTIVE" in out and ":B7" in out, out


def test_a_printed_column_of_plain_numbers_is_kept() -> None:
    text = ("JOB_ID     RUN_NO     ROWS_READ\n---------- ---------- ----------\n"
            "LOAD_A     20250314   1234567\nLOAD_B     20250315   7654321\nLOAD_C     20250316   2345678\n")
    assert _redacted(text, "jobs.lst") == text


@pytest.mark.parametrize("text, gone", [
    ("Resident: sandy pughe\n", "pughe"),
    ("Occupier = heather moss\n", "moss"),
    ("- Yusuf fixed the DIP certs DIP-3019c0493b84 (+5)\n", "Yusuf"),
    ("- Agnieszka raised QTDEF-73481\n", "Agnieszka"),
])
def test_a_label_or_a_colleagues_deed_says_a_person(text: str, gone: str) -> None:
    """A customer's label and a listed forename as the line's whole value, a surname no list holds after it; a
    forename the lists hold that is no word before what a colleague did in a retro."""
    out = _redacted(text, "notes.txt")
    assert gone not in out, out
    assert "DIP-" not in text or "DIP-" in out


@pytest.mark.parametrize("text", ["Caller: will ring back\n", "- Build fixed by rerun\n", "- Kafka fixed lag\n"])
def test_words_after_those_cues_that_name_no_one_are_kept(text: str) -> None:
    assert _redacted(text, "notes.txt") == text
