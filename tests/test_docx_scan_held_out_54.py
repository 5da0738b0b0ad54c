"""What a held-out .docx corpus (stop 37) showed the scan missing: fields Word draws from their code alone
(SYMBOL characters with no stored result, EQ overstrikes and arrays, an = formula's numeric picture with
literal digits), a value split by a column or page break inside its paragraph, halves around a tracked
deletion (as the page reads with changes accepted), a bare number far down a table under a heading that
names it, two pictures side by side with a blank between the halves, any attribute of Attest's own
manifest that is not its signature, and a part marked as encrypted (said in words, not as a Python repr).
Each is made from a real pack with new values; the controls (the same constructions holding no
identifier) must pass."""

from __future__ import annotations

import io
import random
import zipfile

import pytest

from attest.redaction.scan import scan_bytes

from test_docx_scan import _text_png, in_body, para, rewrite, run
from test_docx_scan import pack, recorded  # noqa: F401 - fixtures
from test_docx_scan_held_out_50 import _mpan  # an MPAN of a seed, as stop 36's cases make them

DOC = "word/document.xml"


def _scan(pack: bytes, body: str) -> list:  # noqa: F811
    return scan_bytes(rewrite(pack, change={DOC: in_body(body)}), "altered.docx")


def _field(code: str, result: str = "") -> str:
    """A field with its code and, if given, a stored result (none: Word draws it on the next update)."""
    shown = (f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{run(result)}' if result else "")
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'
            f'{shown}<w:r><w:fldChar w:fldCharType="end"/></w:r>')


@pytest.mark.parametrize("seed", range(3))
def test_fields_word_draws_from_their_code(pack: bytes, seed: int) -> None:  # noqa: F811
    mpan = _mpan(seed)
    rng = random.Random(seed)
    symbols = para(run("MPAN "), *(_field(rng.choice([f"SYMBOL {ord(d)} \\f \"Symbol\" \\s 10", f"SYMBOL 0x{ord(d):X}"]))
                                   for d in mpan))
    overstrike = para(run("MPAN "), _field("EQ " + "".join(f"\\o({d},)" for d in mpan)))
    array = para(_field(f"EQ \\a \\al \\co2 \\hs0 (MPAN,{mpan[:6]},,{mpan[6:]})"))
    cut = rng.randint(5, 8)
    picture = para(run("MPAN "), _field(f"= {int(mpan[:cut])} \\# \"0'{mpan[cut:]}'\"", "0"))
    for body in (symbols, overstrike, array, picture):
        assert any(f.kind == "MPAN" for f in _scan(pack, body)), body
    # the same fields drawing a step's words and a total are clean
    assert not _scan(pack, para(run("Step "), *(_field(f"SYMBOL {ord(c)}") for c in "12")))
    assert not _scan(pack, para(_field("EQ \\a \\al \\co2 (Step,1,Result,Passed)"), _field("= 2+3 \\# \"0.00\"", "5.00")))


@pytest.mark.parametrize("seed", range(3))
def test_a_value_split_by_a_break_or_a_tracked_deletion(pack: bytes, seed: int) -> None:  # noqa: F811
    rng = random.Random(seed)
    mpan = _mpan(seed)
    user = rng.choice(["priya.szabo", "t.okafor", "jo.whitmarsh"])
    kind = rng.choice(["column", "page"])
    email = para(run(f"Contact {user}"), f'<w:r><w:br w:type="{kind}"/></w:r>', run("@example.net"))
    assert any(f.kind == "EMAIL" for f in _scan(pack, email))
    cut = rng.randint(4, 9)
    tracked = para(run(f"MPAN {mpan[:cut]}"),
                   f'<w:del w:id="1" w:author="T" w:date="2026-12-01T00:00:00Z"><w:r><w:delText>{rng.randrange(10**4):04d}'
                   f'</w:delText></w:r></w:del>',
                   f'<w:ins w:id="2" w:author="T" w:date="2026-12-01T00:00:00Z">{run(mpan[cut:])}</w:ins>')
    found = _scan(pack, tracked)
    assert any(f.kind == "MPAN" and f.value.endswith(mpan[-3:]) for f in found), found
    assert not _scan(pack, para(run("Step 4 passed"), '<w:r><w:br w:type="page"/></w:r>', run("12 of 30 done")))


def _table(rows: list[list[str]], heading: list[tuple[str, int]]) -> str:
    def cell(text: str, span: int = 1) -> str:
        grid = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
        return f"<w:tc><w:tcPr>{grid}</w:tcPr>{para(run(text))}</w:tc>"
    head = "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + "".join(cell(t, s) for t, s in heading) + "</w:tr>"
    body = "".join("<w:tr>" + "".join(cell(t) for t in row) + "</w:tr>" for row in rows)
    return f"<w:tbl><w:tblPr><w:tblBorders/></w:tblPr>{head}{body}</w:tbl>"


@pytest.mark.parametrize("seed", range(3))
def test_a_bare_number_under_a_heading_that_names_it(pack: bytes, seed: int) -> None:  # noqa: F811
    rng = random.Random(seed)
    mprn = str(rng.randrange(10**9, 10**10))
    filler = [[f"TC-{i:03d}", str(rng.randint(1, 9)), "ok"] for i in range(rng.randint(40, 70))]
    cut = rng.randint(3, 7)
    split = _table([*filler, ["TC-999", mprn[:cut], mprn[cut:]]], [("Ref", 1), ("MPRN", 2)])
    whole = _table([*filler, ["TC-999", mprn, "ok"]], [("Ref", 1), ("MPRN", 1), ("Note", 1)])
    for body in (split, whole):
        assert any(f.kind == "MPRN" and "under 'MPRN'" in f.place for f in _scan(pack, body)), body
    # a heading that names no identifier reads nothing into its column
    assert not _scan(pack, _table([*filler, ["TC-999", "4471", "ok"]], [("Ref", 1), ("Count", 1), ("Note", 1)]))


def _wide_png(text: str, blank: int) -> bytes:
    """``text`` with ``blank`` pixels of white after it (a picture pasted with its window's empty edge)."""
    from PIL import Image

    with Image.open(io.BytesIO(_text_png(text))) as piece:
        image = Image.new("RGB", (piece.width + blank, piece.height), "white")
        image.paste(piece, (0, 0))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.mark.parametrize("seed", range(2))
def test_two_pictures_side_by_side_with_a_blank_between_the_halves(seed: int) -> None:
    import docx

    rng = random.Random(seed)
    eui = "-".join(f"{rng.randrange(256):02X}" for _ in range(8))
    document = docx.Document()
    document.add_paragraph("Commissioning evidence")
    line = document.add_paragraph().add_run()
    line.add_picture(io.BytesIO(_wide_png(f"Device EUI {eui[:11]}", rng.randint(250, 400))))
    line.add_picture(io.BytesIO(_text_png(eui[11:])))
    buffer = io.BytesIO()
    document.save(buffer)
    found = scan_bytes(buffer.getvalue(), "altered.docx")
    assert any(f.kind == "DEVICE" for f in found), found


def test_every_attribute_of_attest_s_manifest_but_its_signature_is_read(pack: bytes) -> None:  # noqa: F811
    def planted(data: bytes) -> bytes:
        return data.replace(b'version="1"', b'version="1" site="Customer phone 01632 960918"', 1)

    with zipfile.ZipFile(io.BytesIO(pack)) as package:
        manifest = next(n for n in package.namelist() if b"evidence-manifest" in package.read(n)[:400])
    found = scan_bytes(rewrite(pack, change={manifest: planted}), "altered.docx")
    assert any(f.kind == "PHONE" and "manifest/@site" in f.place for f in found), found
    assert scan_bytes(pack, "pack.docx") == []  # its own signature and key are still not read as text


def test_a_part_marked_encrypted_is_said_in_words(pack: bytes) -> None:  # noqa: F811
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(pack)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, source.read(info.filename))
    data = bytearray(out.getvalue())
    # set the encrypted flag of word/document.xml in its local header and in the central directory
    name = DOC.encode()
    for signature, flag_at, name_at in ((b"PK\x03\x04", 6, 30), (b"PK\x01\x02", 8, 46)):
        at = data.find(signature)
        while at >= 0:
            if data[at + name_at:at + name_at + len(name)] == name:
                data[at + flag_at] |= 0x1
            at = data.find(signature, at + 4)
    found = scan_bytes(bytes(data), "altered.docx")
    assert found and all(f.kind == "UNSCANNABLE" for f in found), found
    assert any("marked as encrypted" in f.value for f in found) and not any("ZipInfo" in f.value for f in found)
