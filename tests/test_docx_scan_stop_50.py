"""What helper-100's held-out .docx corpus (stop 50) hid from the leak scan, fixed as classes with generated cases: a
value written in Unicode's tag characters (which draw nothing and mirror ASCII) after a visible label, a person named by
a link to a bookmark, and an account number after a label in brackets. Read in a document and in typed text alike."""

from __future__ import annotations

import io
import random

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement

from attest.redaction.mpan import make_mpan
from attest.redaction.scan import scan_bytes
from attest.redaction.text import redact_text


def _tags(value: str) -> str:
    """The value as tag characters: each character's code moved into the plane-14 tag block, as a smuggler writes it."""
    return "".join(chr(0xE0000 + ord(char)) for char in value)


def _note(*paragraphs: str) -> Document:
    document = Document()
    document.add_paragraph("Evidence for TC-4471 step 3: reading accepted.")
    for text in paragraphs:
        document.add_paragraph(text)
    return document


def _saved(document: Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _values(rng: random.Random) -> list[tuple[str, str, str]]:
    """(label, value, kind) of each kind, drawn anew."""
    return [("Site reference checked (MPAN): ", make_mpan(rng.choice([12, 14, 20, 23]), f"{rng.randrange(10**10):010d}"), "MPAN"),
            ("Site reference checked (MPRN): ", str(rng.randrange(10**9, 10**10)), "MPRN"),
            ("Site reference checked (Customer): ", rng.choice(["Siân Llewellyn", "Priya Shah", "Kofi Mensah"]), "NAME"),
            ("Site reference checked (Postcode): ", rng.choice(["LA22 9DH", "CF14 3ZX", "BT9 8RP"]), "POSTCODE"),
            ("Site reference checked (Email): ", f"jw{rng.randrange(100)}@btinternet.com", "EMAIL"),
            ("Site reference checked (Account no.): ", str(rng.randrange(10**11, 10**12)), "ACCOUNT")]


@pytest.mark.parametrize("seed", range(2))
def test_a_value_in_tag_characters_after_a_visible_label_is_flagged(seed: int) -> None:
    rng = random.Random(seed)
    for label, value, kind in _values(rng):
        found = scan_bytes(_saved(_note(label + _tags(value))), "pack.docx")
        assert kind in {f.kind for f in found}, (label, value, found)


@pytest.mark.parametrize("seed", range(2))
def test_a_value_in_tag_characters_is_masked_in_typed_text(seed: int) -> None:
    rng = random.Random(seed)
    for label, value, _kind in _values(rng):
        out = redact_text(f"{label}{_tags(value)} confirmed on site").text
        assert _tags(value) not in out and "confirmed on site" in out, (label, value)


def test_tag_characters_that_hold_no_identifier_are_clean() -> None:
    # (an emoji's flag sequence is tag characters too: "England" is U+1F3F4 and "gbeng" in tags)
    text = "Site reference checked (Flow): " + _tags("D0010 accepted") + " \U0001F3F4" + _tags("gbeng") + "\U000E007F"
    assert scan_bytes(_saved(_note(text)), "pack.docx") == []


def _with_link_to(document: Document, anchor: str) -> Document:
    paragraph = document.add_paragraph()
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), anchor)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "see the site visit"
    run.append(text)
    link.append(run)
    paragraph._p.append(link)
    return document


@pytest.mark.parametrize("anchor", ["Mairead Ní Bhriain", "Oluwaseun_Adeyemi", "Siobhan.Gallagher"])
def test_a_person_named_by_a_links_bookmark_is_flagged(anchor: str) -> None:
    found = scan_bytes(_saved(_with_link_to(_note(), anchor)), "pack.docx")
    assert "NAME" in {f.kind for f in found}, found


@pytest.mark.parametrize("anchor", ["_Toc152838190", "Step_3_evidence", "_Ref12345678"])
def test_a_links_bookmark_of_plumbing_or_steps_is_clean(anchor: str) -> None:
    assert scan_bytes(_saved(_with_link_to(_note(), anchor)), "pack.docx") == []
