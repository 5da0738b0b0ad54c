"""What a held-out .docx corpus (stop 41, helper-67) showed: a Word 2003 XML document renamed .docx (Word opens
it) passed the scan, its runs unread as text and its pictures as images; a workbook's shared string split into
rich-text runs and an OpenDocument paragraph split by spans, both inside embedded objects, were read piece by
piece; and values a label stands before that are plainly something else (a count, a time, a test's reference,
a flow and its version, a settlement code, a UUID) were flagged as identifiers, which keeps a pack from being
written for nothing."""

from __future__ import annotations

import base64
import io
import random
import zipfile

import docx
import pytest
from PIL import Image, ImageDraw, ImageFont

from attest.redaction.mpan import make_mpan
from attest.redaction.scan import scan_bytes

WORD_2003 = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><?mso-application progid="Word.Document"?>'
             '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" '
             'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:v="urn:schemas-microsoft-com:vml">'
             '<w:body>{body}</w:body></w:wordDocument>')


def _mpan(rng: random.Random) -> str:
    return make_mpan(rng.choice([12, 14, 20, 23]), f"{rng.randint(0, 10**10 - 1):010d}")


def _runs(text: str, cuts: list[int]) -> str:
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)])]
    return "".join(f"<w:r><w:t>{piece}</w:t></w:r>" for piece in pieces)


@pytest.mark.parametrize("seed", range(4))
def test_a_word_2003_xml_document_named_docx_is_read_across_its_runs(seed: int) -> None:
    rng = random.Random(seed)
    mpan = _mpan(rng)
    body = f"<w:p><w:r><w:t>Supply MPAN: </w:t></w:r>{_runs(mpan, sorted(rng.sample(range(1, 13), 2)))}</w:p>"
    found = scan_bytes(WORD_2003.format(body=body).encode(), "altered.docx")
    assert any(f.kind == "MPAN" and f.value.endswith(mpan[-3:]) for f in found), found


def _picture_of(text: str) -> bytes:
    font = ImageFont.truetype("DejaVuSans.ttf", 28)
    image = Image.new("RGB", (40 + 18 * len(text), 70), "white")
    ImageDraw.Draw(image).text((20, 18), text, fill="black", font=font)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def test_a_word_2003_xml_documents_picture_is_read_as_an_image() -> None:
    mpan = _mpan(random.Random(7))
    picture = base64.b64encode(_picture_of(f"MPAN {mpan}")).decode()
    body = (f'<w:p><w:r><w:pict><w:binData w:name="wordml://1.png">{picture}</w:binData>'
            '<v:shape style="width:300pt;height:50pt"><v:imagedata src="wordml://1.png"/></v:shape></w:pict></w:r></w:p>')
    found = scan_bytes(WORD_2003.format(body=body).encode(), "altered.docx")
    assert any(f.kind == "MPAN" for f in found), found


def test_a_clean_word_2003_xml_document_is_clean() -> None:
    body = "<w:p><w:r><w:t>Outcome: </w:t></w:r><w:r><w:t>Passed, TC-QT-3103, MPAN-REF-07.</w:t></w:r></w:p>"
    assert not scan_bytes(WORD_2003.format(body=body).encode(), "clean.docx")


def _with_embedded(name: str, payload: bytes) -> bytes:
    document = docx.Document()
    document.add_paragraph("Evidence for TC-QT-3103.")
    buffer = io.BytesIO()
    document.save(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            target.writestr(item, source.read(item.filename))
        target.writestr(f"word/embeddings/{name}", payload)
    return out.getvalue()


def _package(parts: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        for name, content in parts.items():
            package.writestr(name, content)
    return out.getvalue()


@pytest.mark.parametrize("seed", range(4))
def test_an_embedded_workbooks_string_split_into_rich_text_runs_is_read_whole(seed: int) -> None:
    rng = random.Random(seed)
    mpan = _mpan(rng)
    cuts = sorted(rng.sample(range(1, 13), 2))
    runs = "".join(f"<r><t>{mpan[a:b]}</t></r>" for a, b in zip([0, *cuts], [*cuts, 13]))
    strings = ('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
               f"<si><r><t>MPAN </t></r>{runs}</si></sst>")
    workbook = _package({"[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
                         "xl/sharedStrings.xml": strings})
    found = scan_bytes(_with_embedded("Microsoft_Excel_Worksheet1.xlsx", workbook), "altered.docx")
    assert any(f.kind == "MPAN" for f in found), found


@pytest.mark.parametrize("seed", range(4))
def test_an_embedded_opendocuments_paragraph_split_by_spans_is_read_whole(seed: int) -> None:
    rng = random.Random(seed)
    mpan = _mpan(rng)
    cut = rng.randint(2, 11)
    content = ('<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
               f"<text:p>Supply<text:s/>MPAN<text:s text:c=\"2\"/>{mpan[:cut]}<text:span>{mpan[cut:]}</text:span>"
               "</text:p></office:text></office:body></office:document-content>")
    odt = _package({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": content})
    found = scan_bytes(_with_embedded("oleObject_odt1.odt", odt), "altered.docx")
    assert any(f.kind == "MPAN" for f in found), found


@pytest.mark.parametrize("paragraph", ["Supply MPAN: 1,234,567 records", "Supply MPAN: 2026-11-30T09:14:22Z",
                                       "Meter serial: D0010 v002", "Meter serial: TPR 00043",
                                       "Meter serial: M\u200bP\u200bA\u200bN\u200b-\u200bR\u200bE\u200bF\u200b-\u200b0\u200b7",
                                       "Meter serial: 3f2504e0-4f89-41d3-9a0c-0305e82c3301", "MPRN: SSC 0393"])
def test_a_labels_value_that_is_plainly_something_else_is_not_flagged(paragraph: str) -> None:
    document = docx.Document()
    document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    assert not scan_bytes(buffer.getvalue(), "control.docx")


@pytest.mark.parametrize("paragraph", ["Supply MPAN: 1,200,023,305,967", "Meter serial: S06DS123456",
                                       "Supply MPAN: 1200023305967 (ref MPAN-REF-07)"])
def test_a_labels_value_that_is_an_identifier_is_still_flagged(paragraph: str) -> None:
    document = docx.Document()
    document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    assert scan_bytes(buffer.getvalue(), "altered.docx")


def test_a_long_document_of_like_paragraphs_is_read_not_refused_as_a_zip_bomb() -> None:
    """Sixty thousand paragraphs of a pasted log compress some 300 times; under the limits on a part's size the
    scan reads them (it once refused the file at 200:1, leaving a real long document unchecked)."""
    document = docx.Document()
    document.add_paragraph("x")
    buffer = io.BytesIO()
    document.save(buffer)
    line = "<w:p><w:r><w:t>2026-11-24T09:00:00Z INFO harness heartbeat ok</w:t></w:r></w:p>"
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                head, tail = data.split(b"<w:body>", 1)
                data = head + b"<w:body>" + (line * 60_000).encode() + \
                    b"<w:p><w:r><w:t>Meter serial G4A68560744 swapped</w:t></w:r></w:p>" + tail
            target.writestr(item.filename, data)
    found = scan_bytes(out.getvalue(), "long.docx")
    assert [f.kind for f in found] == ["MSN"], found
