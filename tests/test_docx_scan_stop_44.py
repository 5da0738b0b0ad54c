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
