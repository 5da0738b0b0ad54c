"""What helper-108's held-out .docx corpus (stop 52) hid from the leak scan, fixed as classes with generated cases: a
comment's initials holding a phone (read as a pair of measures and passed over) or a whole name (Word shows a
comment's initials in its balloon)."""

from __future__ import annotations

import io
import random

import pytest
from docx import Document
from docx.oxml.parser import parse_xml

from attest.redaction.scan import scan_bytes

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _with_comment(initials: str, author: str = "Reviewer") -> bytes:
    document = Document()
    document.add_paragraph("Evidence for TC-4471 step 3: reading accepted.")
    out = io.BytesIO()
    document.save(out)
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(out.getvalue()))
    target = io.BytesIO()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as package:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/word/comments.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>')
            if item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdC1" Type="http://schemas.openxml'
                                    b'formats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>'
                                    b"</Relationships>")
            package.writestr(item, data)
        comment = (f'<w:comments {W}><w:comment w:id="7" w:author="{author}" w:date="2026-11-20T10:00:00Z" '
                   f'w:initials="{initials}"><w:p><w:r><w:t>Recorded in these initials by mistake</w:t></w:r></w:p>'
                   f"</w:comment></w:comments>")
        package.writestr("word/comments.xml", comment)
    return target.getvalue()


@pytest.mark.parametrize("seed", range(4))
def test_a_phone_or_a_name_in_a_comments_initials_is_flagged(seed: int) -> None:
    rng = random.Random(seed)
    value, kind = rng.choice([(f"07700 900{rng.randrange(100, 999)}", "PHONE"), ("0161 496 0123", "PHONE"),
                              ("Tariq Baker", "NAME"), ("Siobhan Ni Bhriain", "NAME")])
    found = scan_bytes(_with_comment(value), "pack.docx")
    assert any(f.kind == kind and "initials" in f.place for f in found), found


@pytest.mark.parametrize("initials", ["TB", "AT", "J.K."])
def test_a_comments_ordinary_initials_are_clean(initials: str) -> None:
    assert scan_bytes(_with_comment(initials), "pack.docx") == []
