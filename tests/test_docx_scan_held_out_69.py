"""What a held-out .docx corpus (stop 42, helper-69) showed: an MPAN in superscript or circled digits broke a
reader inside the scan (reported as unscannable, never read); pictures in JPEG 2000 and AVIF, which Word
shows, were read as text and passed; a picture stored mirrored and drawn flipped back (DrawingML flipH) was
read backwards; a phone written +44-7700-…; and a person named where Attest never writes a name: a protected
range's editor ("NORTHGRID\\Kwame.D'Arcy"), a signature line's suggested signer, a mail merge's query, a
chart's series. Each is generated and checked against what a reader of the document sees."""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable

import docx
import pytest
from PIL import Image, ImageDraw, ImageFont, ImageOps

from attest.redaction.mpan import make_mpan
from attest.redaction.scan import scan_bytes
from test_docx_scan_held_out_61 import _document

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
CIRCLED = str.maketrans("0123456789", "⓪①②③④⑤⑥⑦⑧⑨")


def _mpan(rng: random.Random) -> str:
    return make_mpan(rng.choice([12, 14, 20, 23]), f"{rng.randint(0, 10**10 - 1):010d}")


def _rewritten(data: bytes, part: str, change: Callable[[str], str], extra: dict[str, bytes] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == part:
                content = change(content.decode("utf-8")).encode("utf-8")
            target.writestr(item, content)
        for name, content in (extra or {}).items():
            target.writestr(name, content)
    return out.getvalue()


@pytest.mark.parametrize(("seed", "digits"), [(1, SUPERSCRIPT), (2, CIRCLED), (3, SUPERSCRIPT), (4, CIRCLED)])
def test_an_mpan_in_superscript_or_circled_digits_is_flagged_not_refused(seed: int, digits: dict[int, int]) -> None:
    mpan = _mpan(random.Random(seed))
    found = scan_bytes(_document(["Site visit notes", f"MPAN: {mpan.translate(digits)} confirmed"]), "pack.docx")
    assert any(f.kind == "MPAN" for f in found) and not any(f.kind == "UNSCANNABLE" for f in found), found


def _picture(text: str, mirrored: bool = False) -> Image.Image:
    font = ImageFont.truetype("DejaVuSans.ttf", 30)
    image = Image.new("RGB", (60 + 19 * len(text), 80), "white")
    ImageDraw.Draw(image).text((24, 20), text, fill="black", font=font)
    return ImageOps.mirror(image) if mirrored else image


def _with_picture(data: bytes, fmt: str) -> bytes:
    document = docx.Document()
    document.add_paragraph("Screenshot of the portal:")
    placeholder = io.BytesIO()
    _picture("placeholder").save(placeholder, "PNG")
    document.add_picture(placeholder, width=docx.shared.Inches(4))
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as package:
        media = next(n for n in package.namelist() if n.startswith("word/media/"))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            target.writestr(item, data if item.filename == media else source.read(item.filename))
    return out.getvalue()


def test_a_jpeg_2000_picture_is_refused_not_passed() -> None:
    buffer = io.BytesIO()
    _picture(f"MPAN {_mpan(random.Random(5))}").save(buffer, "JPEG2000")
    found = scan_bytes(_with_picture(buffer.getvalue(), "JPEG2000"), "pack.docx")
    assert any(f.kind == "UNSCANNABLE" and "JPEG 2000" in f.value for f in found), found


def test_an_avif_picture_is_refused_not_passed() -> None:
    # (an AVIF file's own header: an ISO media "ftyp" box of brand avif; what follows is not decoded)
    avif = b"\x00\x00\x00\x20ftypavif\x00\x00\x00\x00avifmif1miafMA1A" + bytes(random.Random(6).randbytes(600))
    found = scan_bytes(_with_picture(avif, "AVIF"), "pack.docx")
    assert any(f.kind == "UNSCANNABLE" and "AVIF" in f.value for f in found), found


@pytest.mark.parametrize("seed", range(3))
def test_a_picture_stored_mirrored_and_drawn_flipped_back_is_read_as_drawn(seed: int) -> None:
    mpan = _mpan(random.Random(seed))
    buffer = io.BytesIO()
    _picture(f"MPAN {mpan}", mirrored=True).save(buffer, "PNG")
    data = _with_picture(buffer.getvalue(), "PNG")
    flipped = _rewritten(data, "word/document.xml", lambda xml: xml.replace("<a:xfrm>", '<a:xfrm flipH="1">', 1))
    assert "flipH" in zipfile.ZipFile(io.BytesIO(flipped)).read("word/document.xml").decode()
    found = scan_bytes(flipped, "pack.docx")
    assert any(f.kind == "MPAN" and "flipped across" in f.place for f in found), found


@pytest.mark.parametrize("phone", ["+44-7700-900206", "+44-20-7946-0018"])
def test_a_phone_written_with_hyphens_after_44_is_flagged(phone: str) -> None:
    found = scan_bytes(_document(["Call-back arranged", f"Customer can be reached on {phone} after 5pm"]), "pack.docx")
    assert any(f.kind == "PHONE" for f in found), found


def _settings_with(xml: str) -> Callable[[str], str]:
    return lambda settings: settings.replace("</w:settings>", xml + "</w:settings>")


@pytest.mark.parametrize(("part", "change", "name"), [
    ("word/document.xml", lambda xml: xml.replace("<w:body>", '<w:body><w:p><w:permStart w:id="1" '
                                                  'w:ed="NORTHGRID\\Kwame.D\'Arcy"/><w:r><w:t>Notes</w:t></w:r>'
                                                  '<w:permEnd w:id="1"/></w:p>', 1), "Kwame"),
    # (python-docx's document declares the VML and Office namespaces a signature line is written in)
    ("word/document.xml", lambda xml: xml.replace("<w:body>", '<w:body><w:p><w:r><w:pict><v:shape id="s1" '
                                                  'style="width:190pt;height:95pt"><o:signatureline v:ext="edit" '
                                                  'o:suggestedsigner="Aoife Mac an tSaoi" o:suggestedsigner2="Customer"/>'
                                                  '</v:shape></w:pict></w:r></w:p>', 1), "Aoife"),
    ("word/settings.xml", _settings_with('<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:query '
                                         'w:val="SELECT * FROM `Customers$` WHERE `Customer` = \'Fergus McAllister\'"/>'
                                         '</w:mailMerge>'), "Fergus"),
])
def test_a_person_named_where_attest_writes_no_name_is_flagged(part: str, change: Callable[[str], str],
                                                                 name: str) -> None:
    data = _rewritten(_document(["Evidence for TC-QT-3103."]), part, change)
    assert name in zipfile.ZipFile(io.BytesIO(data)).read(part).decode()
    found = scan_bytes(data, "pack.docx")
    assert any(f.kind == "NAME" for f in found), found


def test_a_charts_series_named_after_a_person_is_flagged() -> None:
    chart = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace '
             'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:barChart>'
             '<c:ser><c:idx val="0"/><c:tx><c:strRef><c:f>Sheet1!$B$1</c:f><c:strCache><c:ptCount val="1"/>'
             '<c:pt idx="0"><c:v>Reads Tobias de Souza</c:v></c:pt></c:strCache></c:strRef></c:tx></c:ser>'
             '</c:barChart></c:plotArea></c:chart></c:chartSpace>')
    data = _rewritten(_document(["Consumption chart below."]), "word/document.xml", lambda xml: xml,
                      {"word/charts/chart1.xml": chart.encode()})
    assert any(f.kind == "NAME" for f in scan_bytes(data, "pack.docx"))


@pytest.mark.parametrize("editor", ["Everyone", "NORTHGRID\\Testers", "NORTHGRID\\svc.attest"])
def test_a_ranges_editor_that_is_a_group_or_a_service_is_clean(editor: str) -> None:
    data = _rewritten(_document(["Evidence for TC-QT-3103."]), "word/document.xml", lambda xml: xml.replace(
        "<w:body>", f'<w:body><w:p><w:permStart w:id="1" w:ed="{editor}"/><w:r><w:t>Notes</w:t></w:r>'
        '<w:permEnd w:id="1"/></w:p>', 1))
    assert not scan_bytes(data, "pack.docx")
