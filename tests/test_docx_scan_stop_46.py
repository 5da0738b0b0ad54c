"""What helper-81's .docx round (stop 46) found the scan passing: a number where a person's name goes in a document's
properties or a change's author, and names typed into a picture's alternative text or a form field's help text."""

from __future__ import annotations

import io
import random
import zipfile

import docx
import pytest
from docx.oxml import parse_xml
from PIL import Image

from attest.redaction.scan import scan_bytes


def _note(text: str = "Evidence for TC-1234: the meter read was accepted.") -> docx.document.Document:
    document = docx.Document()
    document.add_paragraph(text)
    return document


def _bytes(document: docx.document.Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _replaced(data: bytes, part: str, old: str, new: str) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == part:
                assert old.encode() in content, (part, old)
                content = content.replace(old.encode(), new.encode(), 1)
            target.writestr(item, content)
    return out.getvalue()


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("field", ["last_modified_by", "author"])
def test_a_number_where_a_persons_name_goes_is_flagged_without_showing_it(seed: int, field: str) -> None:
    number = str(random.Random(seed).randint(10**5, 10**10 - 1))
    document = _note()
    setattr(document.core_properties, field, number)
    findings = scan_bytes(_bytes(document), "note.docx")
    assert [f.kind for f in findings] in (["MPRN"], ["ACCOUNT"]), findings
    assert number not in findings[0].line() and number[-3:] in findings[0].line()


@pytest.mark.parametrize("value", ["Attest", "QA Team", "j.smith-tester", "Build 2026.12"])
def test_a_persons_field_holding_words_or_a_short_number_is_clean(value: str) -> None:
    document = _note()
    document.core_properties.last_modified_by = value
    assert scan_bytes(_bytes(document), "note.docx") == []


@pytest.mark.parametrize("name", ["Mohammed Iqbal", "Gurpreet Kaur Sandhu", "James Wood", "Siobhan O'Sullivan"])
@pytest.mark.parametrize("where", ["title", "descr", "help"])
def test_a_name_typed_into_alternative_text_or_a_form_fields_help_is_flagged(name: str, where: str) -> None:
    document = _note()
    run = document.add_paragraph().add_run()
    if where == "help":
        xml = ('<w:fldChar xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:fldCharType="begin">'
               f'<w:ffData><w:name w:val="Text1"/><w:helpText w:type="text" w:val="Ref: {name}"/></w:ffData></w:fldChar>')
        run._r.append(parse_xml(xml))
        data = _bytes(document)
    else:
        picture = io.BytesIO()
        Image.new("RGB", (40, 20), "white").save(picture, "PNG")
        picture.seek(0)
        run.add_picture(picture)
        data = _replaced(_bytes(document), "word/document.xml", "<wp:docPr ", f'<wp:docPr {where}="Ref: {name}" ')
    findings = scan_bytes(data, "note.docx")
    assert any(f.kind == "NAME" for f in findings), findings


def test_alternative_text_naming_no_one_is_clean() -> None:
    document = _note()
    picture = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(picture, "PNG")
    picture.seek(0)
    document.add_paragraph().add_run().add_picture(picture)
    data = _replaced(_bytes(document), "word/document.xml", "<wp:docPr ",
                     '<wp:docPr title="Step 3: the portal after submitting D0010 (redacted screenshot)" ')
    assert scan_bytes(data, "note.docx") == []
