"""What a held-out .docx corpus (stop 35) showed: an MPAN in groups apart by tabs and a line break in one
paragraph (a gap on the page) passed; a LibreOffice bulleted list, whose levels' counters start apart, was
flagged as a device id; and a document saved as one XML file (Flat OPC) was read as plain text, its colour
values and revision ids as numbers. Each is made from a real pack with new values."""

from __future__ import annotations

import io
import random
import zipfile
from xml.sax.saxutils import escape

import pytest

from attest.redaction.mpan import make_mpan
from attest.redaction.scan import scan_bytes

from test_docx_scan import in_body, para, rewrite, run
from test_docx_scan import pack, recorded  # noqa: F401 - fixtures


def _mpan(seed: int) -> str:
    rng = random.Random(seed)
    return make_mpan(rng.randint(10, 23), f"{rng.randrange(10**10):010d}")


@pytest.mark.parametrize("seed", range(3))
def test_digit_groups_apart_by_tabs_and_a_line_break_are_read_as_the_page_shows_them(pack: bytes, seed: int) -> None:  # noqa: F811
    mpan = _mpan(seed)
    cut = sorted(random.Random(seed).sample(range(2, 12), 3))
    groups = [mpan[:cut[0]], mpan[cut[0]:cut[1]], mpan[cut[1]:cut[2]], mpan[cut[2]:]]
    body = (f"<w:p>{run('Supply ')}{run(groups[0])}<w:r><w:tab/></w:r>{run(groups[1])}<w:r><w:br/></w:r>"
            f"{run(groups[2])}<w:r><w:tab/></w:r>{run(groups[3])}</w:p>")
    assert scan_bytes(rewrite(pack, change={"word/document.xml": in_body(body)}), "altered.docx")


def _numbering(starts: list[int]) -> str:
    """A LibreOffice export's lists: a bulleted list (a Symbol-font bullet on every level), its outline
    numbering (every level's counter drawn as nothing: numFmt "none", lvlText "%N"), and a numbered list
    whose levels count from apart."""
    bullets = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/>'
                      '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr></w:lvl>' for i in range(9))
    outline = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="none"/><w:suff w:val="nothing"/>'
                      f'<w:lvlText w:val="%{i + 1}"/></w:lvl>' for i in range(9))
    numbered = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="decimal"/>'
                       f'<w:lvlText w:val="%{i + 1}."/></w:lvl>' for i, start in enumerate(starts))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering '
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f'<w:abstractNum w:abstractNumId="1">{bullets}</w:abstractNum>'
            f'<w:abstractNum w:abstractNumId="2">{outline}</w:abstractNum>'
            f'<w:abstractNum w:abstractNumId="3">{numbered}</w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/>'
            '</w:num><w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num></w:numbering>')


@pytest.mark.parametrize("seed", range(3))
def test_a_bulleted_list_whose_levels_count_from_apart_is_no_identifier(pack: bytes, seed: int) -> None:  # noqa: F811
    rng = random.Random(seed)
    first = rng.randint(10, 20)
    step = rng.randint(6, 9)
    numbering = _numbering([first + step * i for i in range(8)])
    with zipfile.ZipFile(io.BytesIO(pack)) as source:
        has_numbering = "word/numbering.xml" in source.namelist()
    altered = rewrite(pack, change={"word/numbering.xml": lambda _old: numbering.encode()} if has_numbering else None,
                      add=None if has_numbering else {"word/numbering.xml": numbering.encode()})
    assert scan_bytes(altered, "list.docx") == []
    # a level that shows an MPAN is still read (its label ends in the counter)
    mpan = _mpan(seed)
    numbering = numbering.replace('w:lvlText w:val="%1."', f'w:lvlText w:val="{mpan[:-2]}%1"').replace(
        f'<w:start w:val="{first}"/>', f'<w:start w:val="{int(mpan[-2:]) or 1}"/>', 1)
    if int(mpan[-2:]):
        altered = rewrite(pack, change={"word/numbering.xml": lambda _old: numbering.encode()} if has_numbering else None,
                          add=None if has_numbering else {"word/numbering.xml": numbering.encode()})
        assert scan_bytes(altered, "list.docx")


def _flat_opc(package: bytes) -> bytes:
    """The package as Word's one-file XML document (Flat OPC): each part inline, XML as XML, the rest in base64."""
    import base64

    parts = []
    with zipfile.ZipFile(io.BytesIO(package)) as source:
        for name in source.namelist():
            if name == "[Content_Types].xml":
                continue
            data = source.read(name)
            if name.endswith((".xml", ".rels")):
                xml = data.decode("utf-8")
                xml = xml.split("?>", 1)[1] if xml.startswith("<?xml") else xml
                parts.append(f'<pkg:part pkg:name="/{name}" pkg:contentType="application/xml"><pkg:xmlData>{xml}'
                             "</pkg:xmlData></pkg:part>")
            else:
                parts.append(f'<pkg:part pkg:name="/{escape(name)}" pkg:contentType="application/octet-stream">'
                             f"<pkg:binaryData>{base64.b64encode(data).decode()}</pkg:binaryData></pkg:part>")
    return ('<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?>'
            '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">'
            + "".join(parts) + "</pkg:package>").encode("utf-8")


@pytest.mark.parametrize("seed", range(2))
def test_a_document_saved_as_one_xml_file_is_read_as_the_document(pack: bytes, seed: int) -> None:  # noqa: F811
    assert scan_bytes(_flat_opc(pack), "pack.xml") == []  # its colours, revision ids and images are no numbers
    mpan = _mpan(seed)
    altered = rewrite(pack, change={"word/document.xml": in_body(para(run(f"MPAN {mpan}")))})
    found = scan_bytes(_flat_opc(altered), "pack.xml")
    assert found and all(f.kind == "MPAN" for f in found) and "word/document.xml" in found[0].place


@pytest.mark.parametrize("seed", range(3))
def test_an_equation_s_delimiter_characters_are_read_as_drawn(pack: bytes, seed: int) -> None:  # noqa: F811
    mpan = _mpan(seed)
    math = ('<w:p><w:r><w:t xml:space="preserve">Supply </w:t></w:r>'
            '<m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"><m:d><m:dPr>'
            f'<m:begChr m:val="{mpan[0]}"/><m:endChr m:val="{mpan[-1]}"/></m:dPr>'
            f'<m:e><m:r><m:t>{mpan[1:-1]}</m:t></m:r></m:e></m:d></m:oMath></w:p>')
    assert scan_bytes(rewrite(pack, change={"word/document.xml": in_body(math)}), "math.docx")


def _with_manifest_attribute(pack: bytes, name: str, value: str) -> bytes:
    import re

    with zipfile.ZipFile(io.BytesIO(pack)) as source:
        part = next(n for n in source.namelist() if b"evidence-manifest" in source.read(n) and n.startswith("customXml/item"))
    return rewrite(pack, change={part: lambda data: re.sub(rf'{name}="[^"]*"'.encode(), f'{name}="{value}"'.encode(), data)})


@pytest.mark.parametrize("shape", ["P5E0AY", "pR98Wb", "kv96Qj", "A3F4wg"])
def test_the_pack_s_own_signature_is_no_text_even_when_its_base64_spells_a_postcode_s_shape(pack: bytes, shape: str) -> None:  # noqa: F811
    import base64

    # 64 bytes, as an Ed25519 signature is, whose base64 holds the shape between "/" and "+" (random ones do,
    # about one pack in three hundred: a pack was refused by its own signature)
    text = ("AbCd/" + shape + "+").ljust(86, "Q")
    signature = base64.b64encode(base64.b64decode(text + "==")).decode()
    assert shape in signature and len(base64.b64decode(signature)) == 64
    assert scan_bytes(_with_manifest_attribute(pack, "signature", signature), "pack.docx") == []
    # what is not a key's bytes there is read as any value is
    assert scan_bytes(_with_manifest_attribute(pack, "signature", "postcode SW1A 1AA"), "pack.docx")
