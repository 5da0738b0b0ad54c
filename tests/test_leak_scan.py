"""The leak scan finds what is left anywhere in a file: text, Word packages (every part), images."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.shared import Inches

from attest.redaction.scan import mask_value, scan_bytes

MPAN = "1200023305967"


def docx_bytes(build) -> bytes:
    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("place", "build"),
    [
        ("word/document.xml, paragraph 2", lambda d: (d.add_paragraph("Clean"), d.add_paragraph(f"MPAN: {MPAN}"))),
        ("word/document.xml", lambda d: d.add_table(rows=1, cols=2).cell(0, 1).paragraphs[0].add_run(MPAN)),
        ("word/header1.xml", lambda d: d.sections[0].header.paragraphs[0].add_run(f"Supply {MPAN}")),
        ("word/footer1.xml", lambda d: d.sections[0].footer.paragraphs[0].add_run(f"ref {MPAN}")),
        ("word/comments.xml", lambda d: d.add_comment(d.add_paragraph("step 1").runs[0], text=f"MPAN {MPAN}",
                                                      author="Tester")),
        ("docProps/core.xml", lambda d: setattr(d.core_properties, "subject", f"Evidence for {MPAN}")),
    ],
)
def test_every_part_of_a_word_document_is_read(place: str, build) -> None:
    findings = scan_bytes(docx_bytes(build), "pack.docx")
    assert [f.kind for f in findings] == ["MPAN"]
    assert findings[0].place.startswith(place)
    assert findings[0].value == mask_value(MPAN) == "••••••••••967"


def test_a_clean_document_is_clean() -> None:
    def build(d: docx.Document) -> None:
        d.add_heading("FM_TS_1_TC_01 – Step 1", level=1)
        d.add_paragraph("MPAN reference MPAN001; placeholder [MPAN-1]; IF-031 Delivered 2026-11-24T09:15:02Z")
        d.core_properties.title = "Evidence pack"

    assert scan_bytes(docx_bytes(build), "pack.docx") == []


def test_an_image_inside_a_document_is_read_with_ocr(tmp_path: Path) -> None:
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", (900, 120), "white")
    ImageDraw.Draw(image).text((20, 40), f"MPAN  {MPAN}", fill="black",
                               font=ImageFont.truetype("DejaVuSans.ttf", 28))
    path = tmp_path / "shot.png"
    image.save(path)
    findings = scan_bytes(docx_bytes(lambda d: d.add_picture(str(path), width=Inches(5))), "pack.docx")
    assert findings and all(f.place.startswith("word/media/") for f in findings)
    assert "MPAN" in {f.kind for f in findings}


def test_what_cannot_be_read_is_reported() -> None:
    package = io.BytesIO()
    with zipfile.ZipFile(package, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/embeddings/oleObject1.bin", b"\xd0\xcf\x11\xe0" + bytes(100))
        archive.writestr("word/embeddings/report.pdf", b"%PDF-1.7 ...")
    findings = scan_bytes(package.getvalue(), "odd.docx")
    assert {f.kind for f in findings} == {"UNSCANNABLE"}
    assert len(findings) == 2


def test_text_files_name_line_and_column() -> None:
    findings = scan_bytes(b"ok\n  msn=S06DS123456 mpan=1200023305967\n", "app.log")
    assert [(f.place, f.kind, f.value) for f in findings] == [
        ("line 2, column 7", "MSN", "••••••••456"), ("line 2, column 24", "MPAN", "••••••••••967")]


def test_scan_command_exit_codes(cli, tmp_path: Path) -> None:
    (tmp_path / "leaky.txt").write_text(f"MPAN {MPAN}\n")
    (tmp_path / "clean").mkdir()
    (tmp_path / "clean" / "ok.txt").write_text("MPAN001 and [MPAN-1]\n")
    status, out, err = cli("scan", str(tmp_path / "leaky.txt"))
    assert status == 1 and "leaky.txt: line 1, column 6: MPAN ••••••••••967" in out
    assert MPAN not in out + err
    status, out, _ = cli("scan", str(tmp_path / "clean"))
    assert status == 0 and out.strip() == "clean: 1 file(s) scanned"


def test_a_digest_is_never_read_as_base64_but_encoded_text_still_is() -> None:
    """An audit head or a file's SHA-256 (hex) in a pack's manifest decodes as base64 to noise that reads as
    a serial one time in thousands (packs were refused at random); text in base64 is never hex alone."""
    import base64
    import hashlib

    from attest.redaction.embedded_text import base64_blobs

    for n in range(2000):
        digest = hashlib.sha256(str(n).encode()).hexdigest()
        assert base64_blobs(f'audit-head="{digest}"') == []
        assert base64_blobs(f"id {digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:32]}") == []
    hidden = base64.b64encode(b"MPAN 1200023305967").decode()
    assert [blob for _at, blob in base64_blobs(f"body={hidden}")] == [b"MPAN 1200023305967"]


def test_binary_in_base64_is_read_as_strings_finds_and_never_spells_an_identifier_by_chance() -> None:
    """A pack's signer key (base64 of random bytes) decoded once to bytes that, read whole as Windows-1252,
    spelt an e-mail address ("a@I.D") and the pack was refused. Binary is read for its readable runs, as
    `strings` does: a short run of noise is no identifier; one hidden among the binary still is."""
    import base64

    from attest.redaction.scan import _Scan, _scan_base64

    scan = _Scan("pack.docx", None, None, None)
    noise = bytes([0x9C, 0x01, 0xF3, 0x8A]) + b"a@I.D" + bytes([0x02, 0xE1, 0x7F, 0xC4] * 6)
    assert list(_scan_base64(scan, f'signer-key="{base64.b64encode(noise).decode()}"', "manifest", 0)) == []
    hidden = bytes([0x9C, 0x01, 0xF3, 0x8A] * 4) + b" 1200023305967 " + bytes([0x02, 0xE1, 0x7F, 0xC4] * 4)
    assert [f.kind for f in _scan_base64(scan, f"blob={base64.b64encode(hidden).decode()}", "x", 0)] == ["MPAN"]
    text = "Customer jo.bloggs@example.com at SW1A 1AA".encode("utf-16-le")
    assert {f.kind for f in _scan_base64(scan, f"blob={base64.b64encode(text).decode()}", "x", 0)} >= {"EMAIL",
                                                                                                        "POSTCODE"}
