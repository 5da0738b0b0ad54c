"""Classes of leak (and of lost keeps) a held-out text corpus showed at stop 39, each test generating its cases.

Recall: a serial or an MPRN after its label written in groups apart by a wider separator (a comma, a colon, a
plus, a slash, a tab, a run of blanks, a spaced hyphen; after a dot leader or a table's label cell); a value cut
by a printed report's page turn; digits said by SSML elements one group after another; a message dumped by IBM
MQ (its characters in quotes); an EUI-64 as a program's eight bytes; text as a list of character codes; a URL
encoded twice; a form's words joined by "+"; a name cut by a quoted reply's line break, or typed in small
letters after a "Name" label; a number whose leading zero a spreadsheet dropped, in a page's table of a
customer's details; a SQL literal's doubled apostrophe; a headerless extract's row with a value split by the
file's own delimiter.

Keeps: a footer line under a CSV table or a listing; a run of 16 hex digits far from any talk of devices; a
message id whose middle word is "GAS"."""

from __future__ import annotations

import random
import re

import pytest

from attest.redaction import redact_text
from attest.redaction.mpan import make_mpan

SERIALS = ["E7S44497136642", "K84C122390", "L56D802870", "S18A3558701", "G4A6586555710", "A97F100184", "E6S81486198380"]
WIDE = [",", ":", "+", "/", "\t", "   ", "     ", " - ", "\u2009", "\u202f"]
LABELS = ["meter=", "Meter serial: ", "Elec meter . . . . . . :   ", "SR-SERIAL ......... ", "Gas meter  . . . :  ",
          "|Gas meter|{{", "old meter "]


def _groups(value: str, rng: random.Random) -> list[str]:
    """``value`` cut in three to five groups, the first holding the maker's letters and a digit."""
    cuts = sorted(rng.sample(range(4, len(value) - 1), rng.randint(2, 3)))
    return [value[a:b] for a, b in zip([0, *cuts], [*cuts, len(value)])]


def _digits_left(out: str, value: str) -> bool:
    """Eight characters of the value in order, whatever stands between them (the scorer's rule)."""
    core = re.sub(r"[\W_]", "", value).lower()
    flat = re.sub(r"[\W_]", "", re.sub(r"<[^<>]*>", "", out)).lower()  # (as a reader sees markup: not at all)
    return any(core[i:i + 8] in flat for i in range(len(core) - 7))


@pytest.mark.parametrize("seed", range(12))
def test_a_serial_after_its_label_in_groups_apart_by_a_wider_separator(seed: int) -> None:
    rng = random.Random(seed)
    serial, gap, label = rng.choice(SERIALS), rng.choice(WIDE), rng.choice(LABELS)
    written = gap.join(_groups(serial, rng))
    text = f"2026-09-20T03:29:07Z ERROR [Notify] job=JOB{rng.randint(10000, 99999)} {label}{written} err=ERR_{rng.randint(100, 999)}\n"
    out = redact_text(text, name="app.log").text
    assert not _digits_left(out, serial), (text, out)


@pytest.mark.parametrize("seed", range(8))
def test_an_mprn_after_its_label_in_groups(seed: int) -> None:
    rng = random.Random(seed)
    mprn = str(rng.randint(10**8, 10**10 - 1))
    cut = rng.randint(3, len(mprn) - 3)
    written = rng.choice([f"{mprn[:cut]}.{mprn[cut:cut + 2]}.{mprn[cut + 2:]}", f"{mprn[:cut]}/{mprn[cut:]}",
                          f"{mprn[:4]}     {mprn[4:8]}     {mprn[8:]}", " ".join(mprn) + " #",
                          f"{int(mprn):,}"])
    text = rng.choice([f"|MPRN|{written}|DIP-{rng.randint(10**6, 10**7)}|\n",
                       f"-- row: MPRN={written} REF=MPAN-REF-{rng.randint(10, 99)}\n",
                       f"DTMF collected (mprn): {written}\n"])
    assert not _digits_left(redact_text(text, name="w.txt").text, mprn), text


def test_dates_decimals_and_lists_after_an_mprn_label_stay() -> None:
    for text in ("MPRN checks ran on 2026-11-01 |", "Gas MPRN & 1234567.5 \\\\", "MPRN 12:30 ok",
                 "MPRN count | 12 | 34 |"):
        assert redact_text(text, name="t.txt").text == text


@pytest.mark.parametrize("seed", range(6))
def test_a_value_cut_by_a_printed_reports_page_turn(seed: int) -> None:
    rng = random.Random(seed)
    core = make_mpan(rng.choice([12, 14, 20, 23]), f"{rng.randint(0, 10**10 - 1):010d}")
    top = f"0{rng.randint(1, 8)}{rng.randint(100, 999)}{rng.randint(100, 999)}"  # profile class, MTC, LLFC
    cut = rng.randint(2, 6)
    header = (f"NORTHERN DSO - SIT2{' ' * 50}PAGE    {rng.randint(2, 9)}\nMETER EXCEPTIONS REPORT  RUN 02/01/2026"
              f"{' ' * 20}JOB{rng.randint(10000, 99999)}\n{'-' * 80}\n")
    cont = rng.choice(["", "    (cont'd from page 1)\n"])
    text = (f"5   SUPPLY NUMBER {top}{core[:cut]}\n{' ' * 60}(continued)\n{header}{cont}-{core[cut:]}\n"
            f"*** END OF REPORT  records={rng.randint(1000, 99999)} ***\n")
    out = redact_text(text, name="report.txt").text
    assert not _digits_left(out, core), out
    assert "(continued)" in out and "METER EXCEPTIONS REPORT" in out and "END OF REPORT" in out


@pytest.mark.parametrize("seed", range(4))
def test_digits_said_by_ssml_elements_one_group_after_another(seed: int) -> None:
    rng = random.Random(seed)
    mpan = make_mpan(rng.choice([10, 13, 20]), f"{rng.randint(0, 10**10 - 1):010d}")
    parts = [mpan[:2], mpan[2:6], mpan[6:10], mpan[10:]]
    said = "".join(f'{gap}<say-as interpret-as="digits">{p}</say-as>' for gap, p in
                   zip(["", '<break time="300ms"/>', '\n  <break time="300ms"/>', "<break/>"], parts))
    text = f'<?xml version="1.0"?>\n<speak version="1.1" xml:lang="en-GB">\n  <p>Your supply number is\n  {said}.</p>\n</speak>\n'
    assert not _digits_left(redact_text(text, name="prompt.xml").text, mpan)


def test_an_ibm_mq_dump_with_its_characters_in_quotes() -> None:
    payload = b'{"mpan": "1200023305967", "name": "Folasade McAllister", "ref": "MPAN-REF-84"}'
    lines = []
    for at in range(0, len(payload), 16):
        chunk = payload[at:at + 16]
        hexed = " ".join(chunk[i:i + 2].hex().upper() for i in range(0, len(chunk), 2))
        lines.append(f"{at:08X}:  {hexed:<40}  '{chunk.decode()}'")
    text = " ****   Message      ****\n\n length - 82 of 82 bytes\n\n" + "\n".join(lines) + "\n\n No more messages\n"
    out = redact_text(text, name="mq.txt").text
    # (the name runs over two of the dump's lines: "…Folasade McAl" and "lister", read apart)
    assert "120002" not in out and "3305967" not in out and "Folasade" not in out and "lister" not in out, out
    assert "00000010:" in out and "00000040:" in out and "No more messages" in out


@pytest.mark.parametrize("case", ["upper", "lower", "tight"])
def test_an_eui64_as_a_programs_eight_bytes(case: str) -> None:
    eui = ["58", "8E", "81", "A1", "49", "48", "40", "B3"]
    pairs = [f"0x{b.lower() if case == 'lower' else b}" for b in eui]
    text = "static const uint8_t esme[8] = {" + (",".join(pairs) if case == "tight" else ", ".join(pairs)) + "};\n"
    assert "0x49" not in redact_text(text, name="dev.c").text
    key = "key = {" + ", ".join(f"0x{b}" for b in eui + ["11", "22"]) + "};\n"  # ten bytes: a key, no device
    assert redact_text(key, name="k.c").text == key


def test_text_written_as_its_character_codes() -> None:
    mpan = "1399766750217"
    codes = ",".join(str(ord(c)) for c in mpan)
    for text in (f"lookup,<<{codes}>>}}", f'{{lookup,<<"{codes}">>}}', f"payload.b={codes}\ntrace",
                 f"bytes: [{', '.join(str(ord(c)) for c in mpan)}]"):
        assert "49,51,57" not in redact_text(text, name="e.log").text.replace(" ", ""), text
    rows = "1,45,67,89,100,101,99,98\n2,45,67,89,100,101,99,98\n"  # a CSV's rows of small numbers: no text
    assert redact_text(rows, name="r.csv").text == rows
    series = "samples 45,67,89,100,101,99,98 ok"
    assert redact_text(series, name="s.log").text == series


def test_a_url_encoded_twice_and_a_forms_words_joined_by_plus() -> None:
    twice = "".join(f"%25{ord(c):02X}" for c in "2383678403021")
    out = redact_text(f"GET /sso?next=%2Fsupply%3Fmpan%3D{twice} HTTP/1.1\n", name="a.log").text
    assert "%2533" not in out and "2383678403021" not in out
    out = redact_text('WARN premises address ""207+Stonechat+Road%2C+Leominster+E7+1JE"" not matched\n', name="b.log").text
    assert "Stonechat" not in out and "Leominster" not in out and "1JE" not in out
    assert redact_text("C++ and a+b+c=3; sum 1+2+3\n", name="c.txt").text == "C++ and a+b+c=3; sum 1+2+3\n"


@pytest.mark.parametrize("prefix", ["> ", ">> ", "-- ", ""])
def test_a_name_cut_by_a_quoted_replys_line_break(prefix: str) -> None:
    text = f"    Customer: Marie-Claire\n{prefix}Ashworth-Burke\n    CorrelationId: corr-354883ed\n"
    out = redact_text(text, name="exc.txt").text
    assert "Ashworth" not in out and "Marie" not in out and "corr-354883ed" in out


def test_a_name_in_small_letters_after_a_name_label() -> None:
    out = redact_text("Name: ebony carrick-moore\nName: siân jones\nName: the meter\nName: test case\n", name="f.txt").text
    assert "ebony" not in out and "carrick" not in out and "siân" not in out
    assert "Name: the meter" in out and "Name: test case" in out
    assert "harriet" not in redact_text('customer => <<"Harriet Carrick-Moore"/utf8>>,', name="e.log").text.lower()


def test_a_number_a_spreadsheet_dropped_the_zero_of_in_a_tables_customer_details() -> None:
    table = ("<table><tr><td>Priya Cholmondeley</td><td>13 Nightingale Terrace<br>Barrow-in-Furness<br>SN10 9NJ</td></tr>"
             "<tr><td>3c6a2c9b728bab4d</td><td>2026-01-20T12:52:11Z</td></tr>"
             "<tr><td>1632960245</td><td>&pound;63,719.63</td></tr></table>")
    out = redact_text(table, name="clip.html").text
    assert "1632960245" not in out and "3c6a2c9b728bab4d" not in out and "63,719.63" in out
    counts = "<table><tr><td>Run</td><td>1632960245</td></tr><tr><td>trace</td><td>3c6a2c9b728bab4d</td></tr></table>"
    assert redact_text(counts, name="stats.html").text == counts


def test_a_sql_literals_doubled_apostrophe() -> None:
    out = redact_text("INSERT INTO c (ref, holder) VALUES ('R-1', 'Peregrine O''Rourke');\n", name="seed.sql").text
    assert "Peregrine" not in out and "Rourke" not in out
    assert redact_text("it''s fine, don''t worry\n", name="n.txt").text == "it''s fine, don''t worry\n"


def test_a_row_whose_value_the_files_own_delimiter_split() -> None:
    rng = random.Random(59)
    mpans = [make_mpan(rng.choice([12, 14, 20]), f"{rng.randint(0, 10**10 - 1):010d}") for _ in range(7)]
    split = f"{mpans[1][:2]}|{mpans[1][2:6]}|{mpans[1][6:10]}|{mpans[1][10:]}"  # the MPAN split before the column
    rows = [f"JOB5305379|{mpans[0]}|7536|147|155|Rhodri Tregunna|UTILMD|28252",  # the MPRN split itself
            f"JOB4150124|{split}|8550933028|Morwenna Le Strange|APERAK|20541",
            f"JOB1354272|{mpans[2]}|5305313679|Clemency Strange|D0300|7805",
            f"JOB6371267|{mpans[3]}|6555595053|Ewan Threlfall|IF-031|95564",
            f"JOB2296643|{mpans[4]}|5845533784|Dafydd Price|D0150|32557",
            f"JOB4011993|{mpans[5]}|6193548270|Nia Gwynne|D0300|1188",
            f"JOB1407870|{mpans[6]}|7420968315|Tomasz Kowalczyk|GCS28|23066"]
    out = redact_text("\n".join(rows) + "\n", name="extract.psv").text
    assert "7536|147|155" not in out and "8550933028" not in out, out
    assert "JOB5305379" in out and "28252" in out and "JOB4150124" in out


def test_keeps_a_footer_line_a_span_id_far_from_devices_and_a_gas_message_id() -> None:
    csv = ("Zählpunkt;Kunde;Adresse;Verbrauch;Betrag;Ref\n"
           '1929391965135;"Thomasina O\'Sullivan";"N40 9EU";821,704;£915,62;MPAN-REF-98\n'
           "run-meta D0205-701 JOB09150 4763ms 55.3% 10.191.78.50\n")
    assert "run-meta D0205-701 JOB09150 4763ms 55.3% 10.191.78.50" in redact_text(csv, name="e.csv").text
    listing = ("Obs    MPAN_CORE         CUST_NAME                     POSTCODE    REF\n"
               "  1    2251535889508     AOIFE FERREIRA-GOMES          BS20 3XW    MPAN-REF-47\n"
               "run-meta v6.4.43 DIP-9768307 MPAN-REF-79 TC-SMETS-2719 £7999.92\n")
    out = redact_text(listing, name="sas.log").text
    assert "run-meta v6.4.43 DIP-9768307 MPAN-REF-79 TC-SMETS-2719 £7999.92" in out and "MPAN-REF-47" in out
    log = ("device 00-1B-C5-01-4D-D3-99-E6 joined the HAN\n" + "tick ok\n" * 8 +
           "run-meta CRN01065223 37df619813d9e5dd MSG-GAS-752320\n")
    out = redact_text(log, name="k.log").text
    assert "37df619813d9e5dd" in out and "MSG-GAS-752320" in out and "4D-D3-99-E6" not in out
    assert "hub [DEVICE-1]" == redact_text("hub 0a1b2c3d4e5f6a7b", name="n.txt").text


@pytest.mark.parametrize("name", ["YUSUF ADEYEMI-CLAR", "MARIE-CLAIRE CARRI", "WOJCIECH FENWICK-LOWE", "bronwen adeyemi-clarke"])
def test_a_name_in_one_case_cut_to_its_fields_width(name: str) -> None:
    """A BACS record's payer name in capitals, cut to eighteen characters: two forenames joined, or a forename
    that is no word before two barrels, is a person's name whatever is left of the surname."""
    line = f"9540052566734601726874273946530000000000076304ENERGY SUPPLY     MPAN1999810587623 {name}\n"
    out = redact_text(line, name="bacs18.txt").text
    assert name.split()[-1].split("-")[0] not in out and name.split()[0] not in out, out
    assert redact_text("ERROR JAMES-BOND FAILED\n", name="e.log").text == "ERROR JAMES-BOND FAILED\n"


def test_a_csv_rows_last_and_next_rows_first_cell_are_not_one_literal() -> None:
    """"…trace=corr-19d25819" ends one row and "12/05/2026" opens the next: read as one joined literal they made
    an MPAN by chance (2581912052026), masked across the rows, and the file was refused. A PO file's literals on
    lines of their own are still one text."""
    csv = ('"_time","host","_raw"\n'
           '"20/10/2026","app-sit-03","lookup ok trace=corr-19d25819"\n'
           '"12/05/2026","app-sit-03","premises address ""Rose Cottage Hollinshead Crescent TR6 4WX"" not matched"\n'
           '"24/02/2026","app-sit-02","bounce job=JOB34941"\n')
    out = redact_text(csv, name="splunk.csv").text
    assert '"12/05/2026"' in out and "corr-19d25819" in out and "Hollinshead" not in out, out
    po = 'msgid ""\n"Example: supply 195381"\n"7486828 for the account"\nmsgstr ""\n'
    assert "195381" not in redact_text(po, name="messages.po").text
