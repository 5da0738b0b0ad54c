"""Classes round 54's held-out screens (helper-116) left and stop 55 fixed as classes.

A plain-text reply quotes the mail before it with "> " on every line, and the client wraps each quoted line again
at its width: a value's label ends one line ("… on MPAN 1234567890123 (gas") and the value opens the next after the
markers ("> > 2959 972 155) was rejected …"); a telephone number is cut between its groups ("Call back on 0113" /
"> > > 496 0392"). The wrap readers read a quoted line from after its markers, as an unquoted one.
"""

from __future__ import annotations

import io
import random
import re

import pytest
from corpus_screens import font
from PIL import Image, ImageDraw

from attest.redaction.image import redact_image
from attest.redaction.mpan import make_mpan
from test_image_two_lines import _png, _read

PEOPLE = ["Siân Okafor", "Callum Reid", "Priya Natarajan", "Oluwaseun Hughes"]


def _quoted_mail(seed: int, dark: bool) -> tuple[Image.Image, list[str], list[str]]:
    """Three quote levels, each with the gas supply's number and a call-back number cut by the wrap."""
    rng = random.Random(seed)
    lines, secrets, keeps = ["Subject: RE: RE: FW: rejected read", ""], [], []
    for level in range(3):
        marks = "> " * level
        mpan = make_mpan(rng.choice([12, 16, 19, 22]), f"{rng.randrange(10**10):010d}")
        mprn = f"{rng.randrange(1000, 9999)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}"
        phone = f"0{rng.choice(['113', '117', '161'])} 496 {rng.randrange(1000):04d}"
        case = f"TC-MHHS-{rng.randrange(1000, 9999)}"
        flow = rng.choice(["D0010", "D0086", "D0002"])
        lines += [f"{marks}Hi team, the read on MPAN {mpan} (gas",
                  f"{marks}{mprn}) was rejected in flow {flow}. Call back on {phone[:4]}",
                  f"{marks}{phone[5:]} if needed. Test case {case} run at 2026-0{level + 1}-16.",
                  f"{marks}"]
        secrets += [mpan, mprn.replace(" ", ""), phone.replace(" ", "")]
        keeps += [case, flow]
    ink, paper = ((225, 225, 225), (30, 32, 36)) if dark else ((20, 20, 20), (250, 250, 250))
    mono = font("mono", 14)
    image = Image.new("RGB", (700, 30 + 18 * len(lines)), paper)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((12, 12 + 18 * i), line, font=mono, fill=ink)
    return image, secrets, keeps


@pytest.mark.parametrize("seed, dark", [(0, False), (1, True)])
def test_a_quoted_mails_wrapped_values_are_masked(seed: int, dark: bool) -> None:
    image, secrets, keeps = _quoted_mail(seed, dark)
    before = re.sub(r"\D", "", _read(_png(image)))
    assert all(secret[:7] in before for secret in secrets)  # the reader sees them unredacted
    after = _read(redact_image(_png(image)).data)
    digits = re.sub(r"\D", "", after)
    for secret in secrets:
        for i in range(len(secret) - 6):  # not even seven digits of any of them left
            assert secret[i:i + 7] not in digits, (secret, after)
    assert all(keep in after for keep in keeps), after


@pytest.mark.parametrize(("read", "device"), [
    ("• Hub001c9b299f8e8cc7 paired with meter", "001c9b299f8e8cc7"),  # inline code's padding read as no space
    ("ESME0x001C9BA4C3A96CD1 joined", "0x001C9BA4C3A96CD1"),
    ("• Hub 6x801C9BC5C3A96CDA paired", "6x801C9BC5C3A96CDA"),  # a shared screen's 0x read as 6x, its 0 as 8
    ("• Hub001c9b299f8e8cc paired", None),  # fifteen: no id
])
def test_a_device_id_ocr_glued_to_its_cue_or_misread_in_its_prefix_is_masked(read: str, device: str | None) -> None:
    from attest.redaction.ocr import Word
    from attest.redaction.ocrmatch import line_findings
    from attest.redaction.screen import build_page

    page = build_page([Word(read, (10, 100, 10 + 8 * len(read), 118))], 1200, 300)
    found = [f.text for f in line_findings(page.lines[0]) if f.kind.value == "DEVICE"]
    if device is None:
        assert not found
    else:
        assert any(device[-16:] in text for text in found), found


@pytest.mark.parametrize("read", ["sha 6x801C9BC5C3A96CDAF1 ok", "hubcap 001c9b299f8e8cc7e2", "commit 6x1f3a9c"])
def test_a_hash_or_a_word_beginning_with_a_cue_is_no_device(read: str) -> None:
    from attest.redaction.ocrmatch import fold_words

    assert fold_words(read).text == read


# -- round 55's screens (helper-120): a workflow's run history, a blame view -------------------------------------------

def _line(text: str, y: int, x: int = 10):
    from attest.redaction.ocr import Word

    return Word(text, (x, y, x + 8 * len(text), y + 18))


def test_a_json_document_escaped_in_a_string_is_read_as_the_document() -> None:
    """A workflow's run history shows its inputs as a string: '"{\\"customerName\\":\\"Joy O'Driscoll\\", …}"'."""
    from attest.redaction.ocrmatch import line_findings
    from attest.redaction.screen import build_page

    text = ('{ "body": "{\\"mpan\\":\\"1022786478582\\",\\"customerName\\":\\"Joy 0\'Driscoll\\",'
            '\\"postcode\\":\\"YH8M 9LE\\",\\"flow\\":\\"D0010\\"}", "x-dip-id": "DIP-4b171736" }')
    page = build_page([_line(text, 100)], 2000, 300)
    found = {(f.kind.value, f.text.replace("\\", "")) for f in line_findings(page.lines[0])}
    assert ("NAME", "Joy 0'Driscoll") in found and ("POSTCODE", "YH8M 9LE") in found, found  # (its O read as 0)
    assert not any("D0010" in text or "DIP-" in text for _kind, text in found)


@pytest.mark.parametrize(("upper", "lower", "address"), [
    ('"x-correlation-id": "f2cd9f00", "to": "priya.macle', 'od93@example.com", "subject": "UIT-LDSO-0997"',
     "priya.macleod93@example.com"),
    ('"x-correlation-id": "1f4e5482", "to": "hope.fisher2@exam', 'ple.net", "subject": "PIT-E2E-0743"',
     "hope.fisher2@example.net"),
])
def test_an_email_address_a_code_block_breaks_at_its_edge_is_masked_in_both_pieces(upper: str, lower: str,
                                                                                 address: str) -> None:
    from attest.redaction.screen import build_page
    from attest.redaction.two_lines import two_line_findings

    page = build_page([_line(upper, 100), _line(lower, 120)], 2000, 300)
    found = {f.box[1]: f.text for f in two_line_findings(page) if f.kind.value == "EMAIL"}
    assert found.get(100, "") + found.get(120, "") == address, found  # each line's piece, and only the address
    # a token that ends a line beside a word opening the next is no address
    other = build_page([_line('"to": "ops-team', 100), _line('rota for next week', 120)], 2000, 300)
    assert not [f for f in two_line_findings(other) if f.kind.value == "EMAIL"]


def test_a_name_found_in_a_field_is_masked_where_the_page_shows_it_again() -> None:
    """"Joy O'Driscoll" (read "Joy 0'Driscoll") in a form's field, and again in a mail's subject further down."""
    from attest.redaction.findings import Kind
    from attest.redaction.page_values import recurring_on_page
    from attest.redaction.screen import ImageFinding, build_page

    page = build_page([_line("customerName: Joy 0'Driscoll", 100),
                       _line('"subject": "UIT-LDSO-0655 reading 05635.8 kWh for Joy 0\'Driscoll"', 200)], 2000, 400)
    field = ImageFinding(Kind.NAME, (130, 100, 250, 118), "field", "Joy 0'Driscoll")
    again = [f for f in recurring_on_page(page, [field]) if f.kind is Kind.NAME and f.box[1] == 200]
    assert again, "the subject's name is not masked"
    # a finding that holds its label's words is not spread: the label would be masked wherever it stands
    labelled = ImageFinding(Kind.NAME, (10, 100, 250, 118), "field", "Name Honoria Tregothnan")
    assert not [f for f in recurring_on_page(page, [labelled]) if f.kind is Kind.NAME]


def test_a_core_run_into_the_next_cells_value_is_masked_and_the_value_read() -> None:
    """A Qt table's row header and its first cell read as one token: "185528722864417D1070572"."""
    from attest.redaction.ocrmatch import line_findings
    from attest.redaction.screen import build_page

    core = make_mpan(18, "5528722864")
    page = build_page([_line(f"{core}17D1070572 Dawn Fernandez", 100)], 1600, 300)
    found = {(f.kind.value, f.text) for f in line_findings(page.lines[0])}
    assert ("MPAN", core) in found and ("MSN", "17D1070572") in found, found
    # thirteen digits that are no valid core, run into letters, are a hash's or an id's
    other = build_page([_line(f"sha {core[:12]}{(int(core[12]) + 1) % 10}abcdef12", 100)], 1600, 300)
    assert not [f for f in line_findings(other.lines[0]) if f.kind.value == "MPAN"]


def _notebook(seed: int) -> tuple[Image.Image, list[str], list[str]]:
    """A DataFrame's table, the next cell's code under it, and df.dtypes: the MPAN column ends with the table."""
    rng = random.Random(seed)
    mono, px = font("mono", 14), 20
    image = Image.new("RGB", (900, 420), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    ink = (20, 20, 20)
    draw.text((90, 10), "mpan            mprn        test_ref", font=mono, fill=ink)
    secrets, keeps = [], []
    for row in range(6):
        mpan, mprn = make_mpan(rng.randint(10, 23), f"{rng.randrange(10**10):010d}"), str(rng.randrange(10**9, 10**10))
        ref = f"TC-SIT-{rng.randrange(1000, 9999)}"
        draw.text((60, 10 + px * (row + 1)), f"{row}  {mpan}   {mprn}  {ref}", font=mono, fill=ink)
        secrets += [mpan, mprn]
        keeps.append(ref)
    draw.text((10, 10 + px * 8), "In [8]: print(df.loc[3].to_dict())  # BUG-60476", font=mono, fill=ink)
    draw.text((10, 10 + px * 10), "In [9]: df.dtypes", font=mono, fill=ink)
    for i, (name, dtype) in enumerate((("mpan", "int64"), ("mprn", "float64"), ("test_ref", "object"))):
        draw.text((90, 10 + px * (11 + i)), f"{name:<10}{dtype}", font=mono, fill=ink)
    return image, secrets, keeps + ["print(df.loc[3].to_dict())", "BUG-60476", "int64", "float64", "object"]


@pytest.mark.parametrize("seed", [0, 1])
def test_a_dataframes_columns_end_with_the_table_and_its_types_stay(seed: int) -> None:
    image, secrets, keeps = _notebook(seed)
    after = _read(redact_image(_png(image)).data)
    digits = re.sub(r"\D", "", after)
    for secret in secrets:
        assert secret[:8] not in digits and secret[-8:] not in digits, (secret, after)
    assert sum(keep in after for keep in keeps) >= len(keeps) - 1, after


@pytest.mark.parametrize("state", ["De-energised", "Energised", "Commissioned", "Awaiting D0150"])
def test_a_supplys_state_after_its_postcode_is_no_town(state: str) -> None:
    from attest.redaction.text import redact_text

    assert redact_text(f"SR1T 2PN {state}").text.endswith(f" {state}")


def test_a_pair_of_word_names_in_a_quoted_cell_of_a_record_on_screen_is_masked() -> None:
    """A blame view of a fixtures CSV: '… E6S28108015604,"Faith Bishop","173 Ffordd y Parc",UP3C 9PD,…'."""
    from attest.redaction.ocrmatch import line_findings
    from attest.redaction.screen import build_page

    row = ('2 2091968850735,02,811,341,E6S28108015604,"Faith Bishop","173 Ffordd y Parc",UP3C 9PD,07700 900251,'
           'PIT-E2E-0970')
    found = {(f.kind.value, f.text) for f in line_findings(build_page([_line(row, 100)], 2400, 300).lines[0])}
    assert ("NAME", "Faith Bishop") in found, found
    header = 'TC-3,"Grace Period",none,ok'  # (no record's identifier on the line: two words, no one)
    assert not [f for f in line_findings(build_page([_line(header, 100)], 2400, 300).lines[0]) if f.kind.value == "NAME"]
