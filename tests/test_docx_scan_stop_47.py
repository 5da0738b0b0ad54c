"""What helper-85's held-out .docx corpus (stop 47) hid from the leak scan, fixed as classes with generated cases: an
SVG drawn a character per ``<text>`` element (the spaces never drawn), an SVG that only wraps a picture in a data: URI,
a person named with no label in a form field's base64 data or a picture link's screen tip; and the false flags it
showed, a data flow's "D0150" read by OCR as digits and run on from the number before it."""

from __future__ import annotations

import base64
import io
import random

import pytest
from PIL import Image, ImageDraw, ImageFont

from attest.redaction.mpan import make_mpan
from attest.redaction.scan import scan_bytes

from test_docx_scan import in_body, para, rewrite, run
from test_docx_scan import pack, recorded  # noqa: F401 - fixtures

NAMES = ["Rhodri Jones", "Priya Hussain", "Paul Okonkwo", "Siobhan McAllister", "Tomasz Nowak", "Aoife Brown"]
STREETS = ["Mill Lane", "Station Road", "Church Way", "Orchard Close"]
TOWNS = ["Norwich", "Belfast", "Carlisle", "Swansea"]


def _kinds(findings: list) -> set[str]:  # type: ignore[type-arg]
    return {f.kind for f in findings}


def _char_per_element_svg(text: str, size: int) -> bytes:
    """``text`` drawn a character per <text> element at the x a real font's advances give, spaces left out."""
    font = ImageFont.truetype("DejaVuSans.ttf", size)
    x, elements = 12.0, []
    for ch in text:
        if ch != " ":
            elements.append(f'<text x="{x:.1f}" y="{size + 10}" font-family="DejaVu Sans" font-size="{size}">{ch}</text>')
        x += font.getlength(ch)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{int(x) + 24}" height="{size + 20}">'
            f'<rect width="100%" height="100%" fill="#fff"/>{"".join(elements)}</svg>').encode()


def _variants(rng: random.Random) -> dict[str, tuple[str, str]]:
    name = rng.choice(NAMES)
    mprn = str(rng.randrange(10**7, 10**8))
    address = f"Flat {rng.randint(1, 9)}, {rng.randint(2, 199)} {rng.choice(STREETS)}, {rng.choice(TOWNS)}"
    return {"name": (f"Customer: {name}", "NAME"), "mprn": (f"meter point reference {mprn}", "MPRN"),
            "address": (f"customer address {address}", "ADDRESS"),
            "mpan": (f"Supply MPAN {make_mpan(rng.randint(10, 23), f'{rng.randrange(10**10):010d}')} confirmed", "MPAN")}


@pytest.mark.parametrize("seed", range(6))
def test_an_svg_drawn_a_character_per_element_is_read_as_its_lines(pack: bytes, seed: int) -> None:  # noqa: F811
    rng = random.Random(seed)
    size = rng.choice([12, 18, 30])
    for what, (text, kind) in _variants(rng).items():
        altered = rewrite(pack, add={"word/media/image93.svg": _char_per_element_svg(text, size)})
        assert kind in _kinds(scan_bytes(altered, "altered.docx")), (what, text, size)


@pytest.mark.parametrize("text", ["Ref DIP-000451 SIT-2 at 3.2.14", "Reading 004512.7 kWh on D0010 for TC-4471"])
def test_an_svg_of_neutral_characters_per_element_is_clean(pack: bytes, text: str) -> None:  # noqa: F811
    assert scan_bytes(rewrite(pack, add={"word/media/image93.svg": _char_per_element_svg(text, 30)}), "c.docx") == []


def _png(text: str) -> bytes:
    font = ImageFont.truetype("DejaVuSans.ttf", 30)
    image = Image.new("RGB", (int(font.getlength(text)) + 40, 60), "white")
    ImageDraw.Draw(image).text((20, 12), text, fill="black", font=font)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _wrapping_svg(png: bytes, xlink: bool) -> bytes:
    uri = "data:image/png;base64," + base64.b64encode(png).decode()
    link = f'xlink:href="{uri}"' if xlink else f'href="{uri}"'
    return (f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="640" height="60">'
            f'<image x="0" y="0" width="640" height="60" {link}/></svg>').encode()


@pytest.mark.parametrize("seed", range(3))
def test_an_svg_that_only_wraps_a_picture_has_the_picture_read(pack: bytes, seed: int) -> None:  # noqa: F811
    rng = random.Random(100 + seed)
    text, kind = rng.choice(list(_variants(rng).values()))
    altered = rewrite(pack, add={"word/media/image94.svg": _wrapping_svg(_png(text), xlink=bool(seed % 2))})
    findings = scan_bytes(altered, "altered.docx")
    assert kind in _kinds(findings), (text, findings)
    assert all("(embedded picture 1)" in f.place for f in findings), findings  # read once, as a picture


@pytest.mark.parametrize("text", ["Ref R1 012345 D0150 at WO-55821", "R1 004512.7 D0010 IF-036"])
def test_a_data_flows_number_in_a_picture_is_not_read_as_digits(pack: bytes, text: str) -> None:  # noqa: F811
    """OCR's D-for-0 made "012345 D0150" a phone number and "004512.7 D0010" an MPAN: a flow's D is a letter."""
    assert scan_bytes(rewrite(pack, add={"word/media/image94.svg": _wrapping_svg(_png(text), xlink=False)}), "c.docx") == []


@pytest.mark.parametrize("name", NAMES[:3])
def test_a_name_in_a_form_fields_base64_data_is_flagged(pack: bytes, name: str) -> None:  # noqa: F811
    data = base64.b64encode(f"{name} confirmed the reading".encode("utf-16-le")).decode()
    xml = (f'<w:p>{run("Read: ")}<w:r><w:fldChar w:fldCharType="begin"><w:fldData xml:space="preserve">{data}</w:fldData>'
           f'</w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
           f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{run("ok")}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    assert "NAME" in _kinds(scan_bytes(rewrite(pack, change={"word/document.xml": in_body(xml)}), "a.docx"))


@pytest.mark.parametrize("attribute", ["tooltip", "name"])
def test_a_name_in_a_pictures_screen_tip_or_name_is_flagged(pack: bytes, attribute: str) -> None:  # noqa: F811
    tip = "Paul Adeyemi confirmed the reading"
    link = (f'<a:hlinkClick xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" r:id="rId1" tooltip="{tip}"/>'
            if attribute == "tooltip" else "")
    named = tip if attribute == "name" else "Picture 7"
    xml = (f'<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
           f'<wp:extent cx="100" cy="100"/><wp:docPr id="77" name="{named}">{link}</wp:docPr></wp:inline></w:drawing></w:r></w:p>')
    findings = scan_bytes(rewrite(pack, change={"word/document.xml": in_body(xml)}), "a.docx")
    assert "NAME" in _kinds(findings), findings


def test_a_pictures_plain_name_and_tip_are_clean(pack: bytes) -> None:  # noqa: F811
    xml = ('<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
           '<wp:extent cx="100" cy="100"/><wp:docPr id="78" name="Picture 12">'
           '<a:hlinkClick xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" r:id="rId1" '
           'tooltip="Open the D0010 trace for TC-4471"/></wp:docPr></wp:inline></w:drawing></w:r></w:p>'
           + para(run("Evidence for TC-4471.")))
    assert scan_bytes(rewrite(pack, change={"word/document.xml": in_body(xml)}), "c.docx") == []


def test_an_svg_text_at_an_impossible_place_is_still_read(pack: bytes) -> None:  # noqa: F811
    """A ``y`` of four hundred digits overflowed a float and made the whole SVG unscannable (helper-87)."""
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg"><text x="1" y="{"9" * 400}">x</text>'
           '<text x="1" y="20">Supply MPAN 1200023305967 confirmed</text></svg>').encode()
    findings = scan_bytes(rewrite(pack, add={"word/media/image95.svg": svg}), "a.docx")
    assert [f.kind for f in findings] == ["MPAN"], findings
