"""Classes a held-out .docx round (helper-73, stop 44) found passing the scan, fixed as classes.

A person's name with no label in a header or a footer: Attest writes the run's reference and the page's number
there and no one's name, so a template's header naming someone ("Site contact record – Eilidh Bhattacharya",
in the header of a second section that Word and LibreOffice show on every page) was written into a pack that
the final check certified clean."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest

from attest.cli.main import main
from attest.redaction.scan import scan_bytes
from test_pack import _record

PEOPLE = ["Eilidh Bhattacharya", "Siobhan McAllister", "Rhodri Pritchard", "Aoife Okonkwo-Hale", "Callum Urquhart"]


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return _record(tmp_path_factory.mktemp("scan44-ws"))


def _with_header(text: str, *, second_section: bool, footer: bool = False) -> bytes:
    import docx
    from docx.enum.section import WD_SECTION

    from attest.templates.styles import DEFAULT_TEMPLATE

    document = docx.Document(str(DEFAULT_TEMPLATE))
    section = document.sections[0]
    if second_section:
        section = document.add_section(WD_SECTION.NEW_PAGE)
        section.header.is_linked_to_previous = False
        section.footer.is_linked_to_previous = False
    part = section.footer if footer else section.header
    part.paragraphs[0].text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("seed", range(6))
def test_a_name_with_no_label_in_a_header_or_footer_is_found(seed: int) -> None:
    rng = random.Random(seed)
    name = rng.choice(PEOPLE)
    text = rng.choice([f"Site contact record – {name}", f"{name}", f"Prepared by {name} for Northgrid"])
    data = _with_header(text, second_section=rng.random() < 0.5, footer=rng.random() < 0.5)
    found = scan_bytes(data, "evidence.docx")
    assert any(f.kind == "NAME" for f in found), found


def test_a_headers_own_words_are_no_name() -> None:
    data = _with_header("Northgrid Energy – Company confidential – Test evidence", second_section=True)
    assert scan_bytes(data, "evidence.docx") == []


def test_a_template_whose_second_sections_header_names_someone_writes_no_pack(recorded, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                             capsys) -> None:
    template = tmp_path / "contact.docx"
    template.write_bytes(_with_header("Site contact record – Eilidh Bhattacharya", second_section=True))
    out = tmp_path / "FM_TS_1_TC_01.docx"
    status = main(["--workspace", str(recorded.root), "pack", str(recorded.run_id), "--out", str(out),
                   "--template", str(template)])
    err = capsys.readouterr().err
    assert status != 0 and not out.exists()
    assert "NAME" in err and "Bhattacharya" not in err


# A value split down a table's column (the heading row's cell above the body's) or across a right-to-left table's
# row (w:bidiVisual: Word draws its first cell at the right) is read as a reader meets it.

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _table_docx(rows: list[list[str]], *, right_to_left: bool = False) -> bytes:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("Supply details")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    if right_to_left:
        table._tbl.tblPr.append(parse_xml(f'<w:bidiVisual xmlns:w="{W}"/>'))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("seed", range(6))
def test_a_value_split_down_a_column_or_across_a_right_to_left_row_is_found(seed: int) -> None:
    from attest.redaction.findings import Kind
    from attest.redaction.patterns import find_all
    from test_docx_scan import random_mpan

    rng = random.Random(seed)
    value = rng.choice([random_mpan(rng), "0113 496 0" + str(rng.randint(100, 999)), "00-1B-C5-0C-86-92-B3-9D"])
    assert find_all(value)  # whole, it is found
    cut = rng.randint(4, len(value) - 4)
    head, tail = value[:cut], value[cut:]
    if seed % 2:
        data = _table_docx([["Ref", head, "Status"], ["TC-07", tail, "Passed"]])
    else:
        data = _table_docx([["Status", tail, head], ["Passed", "TC-07", "2026-12-06"]], right_to_left=True)
    found = scan_bytes(data, "evidence.docx")
    assert any(f.kind in (Kind.MPAN.value, Kind.PHONE.value, Kind.DEVICE.value) for f in found), (value, found)


def test_a_tables_columns_of_dates_and_counts_are_no_values() -> None:
    data = _table_docx([["Date", "Count", "Amount"], ["2026-12-06", "12345", "£1,234.56"], ["2026-12-07", "678903", "£7.00"]])
    assert scan_bytes(data, "evidence.docx") == []


def test_a_heading_over_a_person_in_a_reports_table_is_no_name_read_down_the_column() -> None:
    data = _table_docx([["Role", "Witness", "Reviewer"], ["Tester", "Sam Patel", "Jo Lee"]])
    assert scan_bytes(data, "report.docx") == []
