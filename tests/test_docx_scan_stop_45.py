"""A name with no label in a pack's pages, found by the scan as the gate finds it in typed text.

A held-out .docx round (helper-73, stop 44) passed 13 altered packs whose body named a customer with nothing
to give the name away: "Niamh FitzGerald rang the contact centre", a figure "for Isla Ní Bhriain", a cover
"Prepared for" over "Ffion Chaudhary-Lewis", a signature block, "Ward-Thomas, Morwenna (Field Ops)". The scan
left names known by their forename alone to headers and footers, as it could not tell a customer from the
run's own tester or witness. It now learns the pack's own people from where the pack names them (the cover's
Tester row, the sign-off table, "By" and "Raised" columns, "… GMT by …" under a step, comment authors), and
reads every other such name in the pages as a leak."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest

from attest.cli.main import main
from attest.redaction.scan import scan_bytes
from test_pack import _record

CUSTOMERS = ["Niamh FitzGerald", "Isla Ní Bhriain", "Ffion Chaudhary-Lewis", "Siân du Plessis", "Callum Featherstonehaugh",
             "Grainne McAllister", "Morwenna Ward-Thomas", "Eilidh Bhattacharya", "Carys LeBlanc", "Aoife Okonkwo-Hale"]
FORMS = ["{name} rang the contact centre to say the meter had been exchanged.",
         "Figure 3 – Half-hourly reads for {name}, week 48",
         "{name}",
         "Yours sincerely,\n{name}\nField Metering Engineer",
         "The reading was agreed with {name} on site.",
         "Thanks, {first}"]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    recorded = _record(tmp_path_factory.mktemp("scan45-ws"))
    out = recorded.root / "pack.docx"
    assert main(["--workspace", str(recorded.root), "pack", str(recorded.run_id), "--out", str(out)]) == 0
    return out.read_bytes()


def _with_paragraph(pack: bytes, text: str, *, before_sign_off: bool = False) -> bytes:
    import docx

    document = docx.Document(io.BytesIO(pack))
    if before_sign_off:
        anchor = next(p for p in document.paragraphs if p.text == "Sign-off")
        anchor.insert_paragraph_before(text)
    else:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_the_packs_own_people_pass_its_scan(pack: bytes) -> None:
    """The tester (cover, sign-off, "by" lines, the defect's "Raised") and the observation's witness are the
    pack's own: the scan of a pack as written is clean."""
    assert scan_bytes(pack, "pack.docx") == []


@pytest.mark.parametrize("seed", range(10))
def test_a_customers_name_with_no_label_in_a_packs_pages_is_found(pack: bytes, seed: int) -> None:
    rng = random.Random(seed)
    name = CUSTOMERS[seed]
    text = rng.choice(FORMS).format(name=name, first=name.split()[0])
    found = scan_bytes(_with_paragraph(pack, text, before_sign_off=rng.random() < 0.5), "pack.docx")
    assert [f.kind for f in found] == ["NAME"], (text, found)
    assert name.split()[-1] not in " ".join(f.line() for f in found)


@pytest.mark.parametrize("text", ["Tess Tester confirmed the reading with the DIP team.",
                                  "Wendy Witness watched step 3 over Teams.", "Thanks, Wendy"])
def test_the_packs_own_people_in_its_pages_are_no_leak(pack: bytes, text: str) -> None:
    assert scan_bytes(_with_paragraph(pack, text), "pack.docx") == []


def test_one_of_the_packs_people_under_a_customers_label_is_a_leak(pack: bytes) -> None:
    found = scan_bytes(_with_paragraph(pack, "Customer: Tess Tester"), "pack.docx")
    assert [f.kind for f in found] == ["NAME"]


def test_a_pack_whose_tester_and_witness_have_real_names_is_written(tmp_path: Path) -> None:
    """The final check reads the pages with the forename lists too: a tester and a witness whose names the
    lists know must not stop their own pack."""
    from attest.core.model import ObservationKind
    from attest.core.workspace import Workspace

    from attest.core.model import Priority, Severity

    recorded = _record(tmp_path / "ws", finish=False)
    with Workspace.open(recorded.root, actor="Priya Shah") as ws:
        ws.runs.add_observation(recorded.run_id, ObservationKind.OBSERVATION, "Tracker took a minute",
                                by="Aoife Brennan", step=1)
        ws.runs.add_defect(recorded.run_id, "Slow tracker", Severity.S4, Priority.P4, by="Priya Shah", step=1)
        ws.runs.finish(recorded.run_id)
    out = tmp_path / "pack.docx"
    assert main(["--workspace", str(recorded.root), "pack", str(recorded.run_id), "--out", str(out)]) == 0
    assert scan_bytes(out.read_bytes(), "pack.docx") == []


def _sign_off_docx(rows: list[list[str]], body: str) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph(body)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_documents_sign_off_table_names_its_people_and_no_customer() -> None:
    rows = [["Role", "Name", "Date"], ["Tester", "Siobhan Quigley", ""], ["Witness", "Rhodri Pritchard", ""]]
    assert scan_bytes(_sign_off_docx(rows, "Siobhan Quigley ran the test; Rhodri Pritchard witnessed it."),
                      "report.docx") == []
    found = scan_bytes(_sign_off_docx(rows, "Eilidh Bhattacharya rang about her bill."), "report.docx")
    assert [f.kind for f in found] == ["NAME"]


def test_a_customer_tables_name_column_names_no_one_of_the_documents_own() -> None:
    """A "Name" column is the document's people only beside a "Role" or an "Organisation" one."""
    rows = [["Name", "Account"], ["Eilidh Bhattacharya", "ACC-1"]]
    found = scan_bytes(_sign_off_docx(rows, "Eilidh Bhattacharya rang about her bill."), "report.docx")
    assert "NAME" in [f.kind for f in found]


@pytest.mark.parametrize("name", ["Niamh FitzGerald", "Carys LeBlanc", "Isla DiMaggio", "Tomos DuBois"])
def test_a_surname_joined_to_its_prefix_is_a_name_to_the_gate(name: str) -> None:
    from attest.redaction.text import redact_text

    redacted = redact_text(f"{name} rang the contact centre about the exchange.").text
    assert name.split()[-1] not in redacted, redacted


@pytest.mark.parametrize("text", ["See the LaTeX source.", "DeliveryId missing in LeftPane", "Run DiffMerge on it"])
def test_camel_case_words_are_no_surnames(text: str) -> None:
    from attest.redaction.text import redact_text

    assert redact_text(text).text == text


# -- the held-out .docx round of stop 45 (helper-76): enclosed digits and letters, odd separators -------------------

_NEGATIVE_CIRCLED = {str(d): chr(0x278A + d - 1) for d in range(1, 10)} | {"0": "\U0001F10C"}
_PARENTHESISED = {str(d): chr(0x2474 + d - 1) for d in range(1, 10)} | {"0": "(0)"}
_FULL_STOP = {str(d): chr(0x2488 + d - 1) for d in range(1, 10)} | {"0": "\U0001F100"}


def _body_docx(text: str) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Site visit notes")
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("seed", range(9))
def test_digits_in_enclosed_forms_are_read_as_the_digits(seed: int) -> None:
    from test_docx_scan import random_mpan

    rng = random.Random(seed)
    table = [_NEGATIVE_CIRCLED, _PARENTHESISED, _FULL_STOP][seed % 3]
    value = rng.choice([random_mpan(rng), "07700 900" + str(rng.randint(100, 999))])
    shown = "".join(table.get(c, c) for c in value)
    found = scan_bytes(_body_docx(f"Supply {shown} checked"), "notes.docx")
    assert {f.kind for f in found} & {"MPAN", "PHONE"}, (shown, found)


@pytest.mark.parametrize("text", ["Postcode NE6\u20446BU on the card", "call 0113\u2800496\u28000372 today",
                                  "Serial \U0001F13A\U0001F10C\u278D\U0001F149\u278B\u278B\u278C\u278C\u278C\u278E"])
def test_a_fraction_slash_a_braille_blank_and_squared_letters_are_read_as_a_reader_does(text: str) -> None:
    assert scan_bytes(_body_docx(text), "notes.docx") != []


@pytest.mark.parametrize("text", ["Step \u2460 then \u2461", "Items \u2474 and \u2475 of 12", "Ⓐ Passed"])
def test_enclosed_list_numbers_are_no_identifier(text: str) -> None:
    assert scan_bytes(_body_docx(text), "notes.docx") == []


# -- the pack's own people come from its own places only, compared whole, per package, in its pages only -------------

def _docx_with(body: list[str], *, table: list[list[str]] | None = None, author: str = "", modified_by: str = "") -> bytes:
    import docx

    document = docx.Document()
    for text in body:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
    document.core_properties.author = author
    document.core_properties.last_modified_by = modified_by
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


LEAK = "Niamh FitzGerald rang the contact centre about the exchange."


@pytest.mark.parametrize("case", ["free text", "contact table", "modified by"])
def test_a_customer_is_not_made_one_of_the_documents_people_by_a_sentence_a_contact_table_or_an_editor(case: str) -> None:
    if case == "free text":
        data = _docx_with([LEAK, "The change was signed off by Niamh FitzGerald, our customer."])
    elif case == "contact table":
        data = _docx_with([LEAK], table=[["Name", "Role", "Phone"], ["Niamh FitzGerald", "Customer", "on file"]])
    else:
        data = _docx_with([LEAK], modified_by="Niamh FitzGerald")
    assert "NAME" in [f.kind for f in scan_bytes(data, "notes.docx")]


def test_names_are_compared_whole_not_word_by_word() -> None:
    table = [["Role", "Name", "Date"], ["Tester", "Priya Shah", ""], ["Witness", "Ffion Jones", ""]]
    assert scan_bytes(_docx_with(["Priya Shah and Ffion Jones ran it."], table=table), "r.docx") == []
    found = scan_bytes(_docx_with(["Ffion Shah rang about her bill."], table=table), "r.docx")
    assert [f.kind for f in found] == ["NAME"]
