"""The leak scan reads a .docx as Word renders it: each way an MPAN can be shown in a pack without being
one plain string of one ``w:t`` is made from a real pack, and each must be found; the pack itself stays
clean, and nothing crashes the scan.

The MPAN is random (a valid check digit, a real distributor id) so that no test passes by knowing it.
"""

from __future__ import annotations

import base64
import io
import random
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from attest.cli.main import main
from attest.redaction.scan import mask_value, scan_bytes
from attest.templates.ole_package import compound_file, package_object

from test_pack import _record

PRIMES = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def random_mpan(rng: random.Random) -> str:
    while True:
        digits = f"{rng.randint(10, 36)}{rng.randrange(10 ** 10):010d}"
        check = sum(int(d) * p for d, p in zip(digits, PRIMES, strict=True)) % 11 % 10
        mpan = digits + str(check)
        if len(set(mpan)) > 3:
            return mpan


RNG = random.Random()
MPAN = random_mpan(RNG)
HEAD, TAIL = MPAN[:6], MPAN[6:]


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return _record(tmp_path_factory.mktemp("docxscan-ws"))


@pytest.fixture(scope="module")
def pack(recorded, tmp_path_factory: pytest.TempPathFactory) -> bytes:  # type: ignore[no-untyped-def]
    out = tmp_path_factory.mktemp("docxscan-out") / "FM_TS_1_TC_01.docx"
    assert main(["--workspace", str(recorded.root), "pack", str(recorded.run_id), "--out", str(out)]) == 0
    return out.read_bytes()


def rewrite(pack: bytes, change: dict[str, Callable[[bytes], bytes]] | None = None,
            add: dict[str, bytes] | None = None, comment: bytes = b"", entry_comment: bytes = b"") -> bytes:
    """The pack with parts changed (each by a function of its bytes) or added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(pack)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if change and info.filename in change:
                data = change[info.filename](data)
            if entry_comment and info.filename == "word/document.xml":
                info.comment = entry_comment
            target.writestr(info, data)
        for name, data in (add or {}).items():
            target.writestr(name, data)
        target.comment = comment
    return out.getvalue()


def in_body(xml: str) -> Callable[[bytes], bytes]:
    """Insert WordprocessingML before the body's section properties."""
    def change(data: bytes) -> bytes:
        text = data.decode("utf-8")
        at = text.rindex("<w:sectPr")
        return (text[:at] + xml + text[at:]).encode("utf-8")
    return change


def in_root(xml: str, tag: str) -> Callable[[bytes], bytes]:
    """Insert XML just inside the root element's closing tag (``</w:settings>`` ...)."""
    def change(data: bytes) -> bytes:
        text = data.decode("utf-8")
        at = text.rindex(f"</{tag}>")
        return (text[:at] + xml + text[at:]).encode("utf-8")
    return change


def with_rel(rel_type: str, target: str, rid: str = "rIdX1", mode: str = "") -> Callable[[bytes], bytes]:
    extra = f' TargetMode="{mode}"' if mode else ""
    return in_root(f'<Relationship Id="{rid}" Type="{rel_type}" Target="{target}"{extra}/>', "Relationships")


def run(text: str, props: str = "") -> str:
    return f'<w:r>{f"<w:rPr>{props}</w:rPr>" if props else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'


def para(*runs: str) -> str:
    return f"<w:p>{''.join(runs)}</w:p>"


def cell(text: str) -> str:
    return f'<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>{para(run(text))}</w:tc>'


def sym(digit: str) -> str:
    return f'<w:r><w:sym w:font="Symbol" w:char="F0{ord(digit):02X}"/></w:r>'


def png_with(chunk_type: bytes, body: bytes) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(buffer, format="PNG")
    data = buffer.getvalue()
    chunk = struct.pack(">I", len(body)) + chunk_type + body + struct.pack(">I", zlib.crc32(chunk_type + body))
    return data[:33] + chunk + data[33:]  # after IHDR


def icc_profile(description: str) -> bytes:
    """A minimal ICC profile whose 'desc' tag (textDescriptionType) holds ``description``."""
    ascii_text = description.encode("latin-1") + b"\0"
    desc = b"desc" + bytes(4) + struct.pack(">I", len(ascii_text)) + ascii_text + bytes(4 + 4 + 2 + 1 + 67)
    header = bytearray(128)
    table = struct.pack(">I", 1) + b"desc" + struct.pack(">II", 144, len(desc))
    profile = bytes(header) + table + desc
    profile = struct.pack(">I", len(profile)) + profile[4:]
    return profile


def image_png(**save: object) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(buffer, format="PNG", **save)
    return buffer.getvalue()


def rtf_escaped(text: str) -> str:
    return "".join(f"\\'{ord(c):02x}" if i % 2 else c for i, c in enumerate(text))


def utf32_stream(text: str) -> bytes:
    return text.encode("utf-32-le")


VML_NS = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
ALT_CHUNK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"
HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
DOC_RELS = "word/_rels/document.xml.rels"
DOC = "word/document.xml"


def variants() -> dict[str, Callable[[bytes], bytes]]:
    m, h, t = MPAN, HEAD, TAIL
    return {
        "digits split across runs": lambda p: rewrite(p, {DOC: in_body(para(run(h, "<w:b/>"), run(t, "<w:i/>")))}),
        "digits split across two paragraphs": lambda p: rewrite(p, {DOC: in_body(para(run(h)) + para(run(t)))}),
        "digits in two borderless cells": lambda p: rewrite(p, {DOC: in_body(
            f"<w:tbl><w:tblPr><w:tblBorders><w:top w:val=\"nil\"/></w:tblBorders></w:tblPr>"
            f"<w:tr>{cell(h)}{cell(t)}</w:tr></w:tbl>")}),
        "w:sym digits": lambda p: rewrite(p, {DOC: in_body(para(*[sym(d) for d in m]))}),
        "digits stored reversed inside a right-to-left override": lambda p: rewrite(p, {DOC: in_body(para(
            run(f"Supply \u202e{m[::-1]}\u202c confirmed")))}),
        "w:sym digits between text runs": lambda p: rewrite(p, {DOC: in_body(para(run(h), sym(t[0]), run(t[1:])))}),
        "soft and non-breaking hyphens": lambda p: rewrite(p, {DOC: in_body(para(
            run(m[:2]), "<w:r><w:noBreakHyphen/></w:r>", run(m[2:6]), "<w:r><w:softHyphen/></w:r>", run(m[6:])))}),
        "field result": lambda p: rewrite(p, {DOC: in_body(para(
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> MERGEFIELD ref </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run(h) + run(t)
            + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'))}),
        "field code": lambda p: rewrite(p, {DOC: in_body(para(
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText> HYPERLINK "https://crm/?q={h}</w:instrText></w:r>'
            f'<w:r><w:instrText>{t}" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            + run("link") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'))}),
        "tracked deletion": lambda p: rewrite(p, {DOC: in_body(para(
            f'<w:del w:id="901" w:author="x"><w:r><w:delText>{m}</w:delText></w:r></w:del>'))}),
        "hidden text": lambda p: rewrite(p, {DOC: in_body(para(run(h, "<w:vanish/>"), run(t, "<w:vanish/>")))}),
        "text box split from its paragraph": lambda p: rewrite(p, {DOC: in_body(para(
            run(h), f'<w:r><w:pict><v:shape {VML_NS} style="width:100pt;height:20pt"><v:textbox><w:txbxContent>'
            f'{para(run(t))}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))}),
        "watermark textpath": lambda p: rewrite(p, {"word/footer1.xml": in_root(para(
            f'<w:r><w:pict><v:shape {VML_NS} id="PowerPlusWaterMarkObject1" type="#_x0000_t136" '
            f'style="position:absolute;width:400pt;height:100pt"><v:textpath style="font-family:Arial" '
            f'string="{m}"/></v:shape></w:pict></w:r>'), "w:ftr")}),
        "VML alt text": lambda p: rewrite(p, {DOC: in_body(para(
            f'<w:r><w:pict><v:shape {VML_NS} alt="MPAN {m}" style="width:10pt;height:10pt"/></w:pict></w:r>'))}),
        "content-control alias": lambda p: rewrite(p, {DOC: in_body(
            f'<w:sdt><w:sdtPr><w:alias w:val="{m}"/><w:id w:val="77"/></w:sdtPr><w:sdtContent>'
            f'{para(run("Supply"))}</w:sdtContent></w:sdt>')}),
        "content-control tag": lambda p: rewrite(p, {DOC: in_body(
            f'<w:sdt><w:sdtPr><w:tag w:val="{m}"/></w:sdtPr><w:sdtContent>{para(run("x"))}</w:sdtContent></w:sdt>')}),
        "content-control list item displayText": lambda p: rewrite(p, {DOC: in_body(
            f'<w:sdt><w:sdtPr><w:dropDownList><w:listItem w:displayText="{m}" w:value="a"/></w:dropDownList>'
            f'</w:sdtPr><w:sdtContent>{para(run("a"))}</w:sdtContent></w:sdt>')}),
        "docVars": lambda p: rewrite(p, {"word/settings.xml": in_root(
            f'<w:docVars><w:docVar w:name="supply" w:val="{m}"/></w:docVars>', "w:settings")}),
        "numbering lvlText": lambda p: rewrite(p, {"word/numbering.xml": lambda d: d.replace(
            b'w:lvlText w:val="', f'w:lvlText w:val="{m} '.encode(), 1)}),
        "form-field default": lambda p: rewrite(p, {DOC: in_body(para(
            '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text1"/><w:enabled/>'
            f'<w:textInput><w:default w:val="{m}"/></w:textInput></w:ffData></w:fldChar></w:r>'
            '<w:r><w:instrText> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'))}),
        "form-field help text": lambda p: rewrite(p, {DOC: in_body(para(
            '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text2"/>'
            f'<w:helpText w:type="text" w:val="MPAN {m}"/><w:textInput/></w:ffData></w:fldChar></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>'))}),
        "style name": lambda p: rewrite(p, {"word/styles.xml": lambda d: d.replace(
            b'<w:name w:val="Attest Notice"/>', f'<w:name w:val="Notice {m}"/>'.encode(), 1)}),
        "style aliases": lambda p: rewrite(p, {"word/styles.xml": lambda d: d.replace(
            b'<w:name w:val="Attest Notice"/>', f'<w:name w:val="Attest Notice"/><w:aliases w:val="{m}"/>'.encode(),
            1)}),
        "XML comment": lambda p: rewrite(p, {DOC: in_body(f"<!-- {m} -->")}),
        "XML processing instruction": lambda p: rewrite(p, {DOC: in_body(f"<?note {m}?>")}),
        "zip archive comment": lambda p: rewrite(p, comment=f"supply {m}".encode()),
        "zip entry comment": lambda p: rewrite(p, entry_comment=f"supply {m}".encode()),
        "custom property": lambda p: rewrite(p, add={"docProps/custom.xml": (
            '<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
            'custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="2" name="Supply"><vt:lpwstr>{m}'
            '</vt:lpwstr></property></Properties>').encode()}),
        "app property": lambda p: rewrite(p, {"docProps/app.xml": in_root(
            f"<Company>{m}</Company>", "Properties")}),
        "hyperlink target %-encoded": lambda p: rewrite(p, {DOC_RELS: with_rel(
            HYPERLINK, "https://crm.example/?supply=" + "".join(f"%{ord(c):02X}" for c in m), mode="External")}),
        "altChunk HTML split by tags": lambda p: rewrite(p, {DOC_RELS: with_rel(ALT_CHUNK, "afchunk.htm")}, add={
            "word/afchunk.htm": f"<html><body><p>Supply <b>{h}</b>&#{ord(t[0])};{t[1:]}</p></body></html>".encode()}),
        "altChunk RTF": lambda p: rewrite(p, {DOC_RELS: with_rel(ALT_CHUNK, "afchunk.rtf")}, add={
            "word/afchunk.rtf": ("{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\f0 Supply " + rtf_escaped(h)
                                 + "{\\b " + "".join(f"\\u{ord(c)}?" for c in t) + "}\\par}").encode()}),
        "altChunk text": lambda p: rewrite(p, {DOC_RELS: with_rel(ALT_CHUNK, "afchunk.txt")}, add={
            "word/afchunk.txt": f"Supply {m}\r\n".encode("utf-16")}),
        "altChunk MHT": lambda p: rewrite(p, {DOC_RELS: with_rel(ALT_CHUNK, "afchunk.mht")}, add={
            "word/afchunk.mht": ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
                                 "Content-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                                 + base64.b64encode(f"<p>{h}<i>{t}</i></p>".encode()).decode()
                                 + "\r\n--b--\r\n").encode()}),
        "OLE package label": lambda p: rewrite(p, add={
            "word/embeddings/oleObject9.bin": package_object(f"{m}.txt", b"nothing here\n")}),
        "OLE extra stream": lambda p: rewrite(p, add={"word/embeddings/oleObject9.bin": compound_file({
            "\x01Ole10Native": b"", "Contents": f"supply {m}".encode()})}),
        "OLE stream in UTF-32": lambda p: rewrite(p, add={"word/embeddings/oleObject9.bin": compound_file({
            "Contents": utf32_stream(f"supply {m}")})}),
        "OLE payload in UTF-32": lambda p: rewrite(p, add={
            "word/embeddings/oleObject9.bin": package_object("a.txt", f"supply {m}".encode("utf-32"))}),
        "OLE payload base64": lambda p: rewrite(p, add={"word/embeddings/oleObject9.bin": package_object(
            "a.txt", b"blob=" + base64.b64encode(f"mpan={m};".encode()) + b"\n")}),
        "OLE binary stream with UTF-16 strings": lambda p: rewrite(p, add={"word/embeddings/oleObject9.bin":
            compound_file({"Data": bytes(range(0, 40)) + f"supply {m}".encode("utf-16-le") + bytes(range(200, 240))})}),
        "PNG tEXt chunk": lambda p: rewrite(p, {"word/media/image3.png": lambda d: png_with(
            b"tEXt", b"Comment\0supply " + m.encode())}),
        "PNG zTXt chunk": lambda p: rewrite(p, {"word/media/image3.png": lambda d: png_with(
            b"zTXt", b"Comment\0\0" + zlib.compress(f"supply {m}".encode()))}),
        "PNG iTXt chunk": lambda p: rewrite(p, {"word/media/image3.png": lambda d: png_with(
            b"iTXt", b"Comment\0\0\0en\0\0" + f"supply {m}".encode())}),
        "PNG ICC profile description": lambda p: rewrite(p, {"word/media/image3.png": lambda d: image_png(
            icc_profile=icc_profile(f"Supply {m}"))}),
        "JPEG comment": lambda p: rewrite(p, add={"word/media/image90.jpeg": jpeg_with_comment(f"supply {m}")}),
        "GIF comment": lambda p: rewrite(p, add={"word/media/image91.gif": gif_with_comment(f"supply {m}")}),
        "SVG tspans": lambda p: rewrite(p, add={"word/media/image92.svg": (
            '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="20"><text x="0" y="15">'
            f'<tspan>{h}</tspan><tspan dx="1">{t}</tspan></text></svg>').encode()}),
        "SVG title": lambda p: rewrite(p, add={"word/media/image92.svg": (
            f'<svg xmlns="http://www.w3.org/2000/svg"><title>Supply {m}</title></svg>').encode()}),
        "EMF text records": lambda p: rewrite(p, add={"word/media/image93.emf": emf_with_text([h, t])}),
    }


def jpeg_with_comment(text: str) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(buffer, format="JPEG", comment=text.encode())
    return buffer.getvalue()


def gif_with_comment(text: str) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("P", (40, 20), 0).save(buffer, format="GIF", comment=text.encode())
    return buffer.getvalue()


def emf_with_text(pieces: list[str]) -> bytes:
    """An EMF of a header, one EXTTEXTOUTW record per piece, and EOF."""
    records = []
    header = struct.pack("<II", 1, 108) + bytes(32) + b" EMF" + bytes(108 - 44)
    records.append(header)
    for piece in pieces:
        text = piece.encode("utf-16-le")
        offset = 76
        body = (struct.pack("<II", 84, 0) + bytes(16) + struct.pack("<Iff", 1, 1.0, 1.0)
                + struct.pack("<ii", 0, 0) + struct.pack("<III", len(piece), offset, 0) + bytes(16) + struct.pack("<I", 0))
        body += text + bytes(-len(text) % 4)
        body = body[:4] + struct.pack("<I", len(body)) + body[8:]
        records.append(body)
    records.append(struct.pack("<IIIII", 14, 20, 0, 16, 20))
    return b"".join(records)


def test_the_pack_itself_is_clean(pack: bytes) -> None:
    assert scan_bytes(pack, "pack.docx") == []


@pytest.mark.parametrize("cells", [
    ("Open the meter page", "Passed", "2026-12-03 10:05:19\u00a0GMT"),
    ("Commission the meter display", "Failed", "2026-07-14 14:20:01 BST"),
    ("Read the gas meter index", "Blocked", "2026-03-29 01:30:00 GMT"),
])
def test_a_step_table_of_words_and_dates_is_not_taken_for_a_serial(pack: bytes, cells: tuple[str, ...]) -> None:
    """A table the pack writes (action, status, time) read as one run of text glues "meter page" to "Passed"
    and a date: two words glued are not a serial split over cells, so the pack is not refused."""
    row = "".join(cell(text) for text in cells)
    assert scan_bytes(rewrite(pack, {DOC: in_body(f"<w:tbl><w:tr>{row}</w:tr></w:tbl>")}), "p.docx") == []


def hash_continuing(rng: random.Random, before: str) -> tuple[str, str]:
    """A SHA-256 in hex whose first digits make a valid MPAN with the digits ``before`` ends in, and
    that MPAN: the evidence manifest's "run 1" cell beside the run record's hash, read across the cells."""
    while True:
        mpan = random_mpan(rng)
        if mpan.startswith(before):
            rest = mpan[len(before):]
            return rest + rng.choice("abcdef") + "".join(rng.choice("0123456789abcdef") for _ in range(63 - len(rest))), mpan


@pytest.mark.parametrize("seed", range(4))
def test_a_cell_ending_in_digits_beside_a_hash_is_not_an_mpan(pack: bytes, seed: int) -> None:
    """The digits a hash starts with belong to the hash, whatever the cell before it ends in."""
    rng = random.Random(seed)
    run = str(rng.choice([1, 12, 2, 3]))
    digest, _mpan = hash_continuing(rng, run)
    row = "".join(cell(text) for text in ("Run record", "—", f"run {run}", digest))
    assert scan_bytes(rewrite(pack, {DOC: in_body(f"<w:tbl><w:tr>{row}</w:tr></w:tbl>")}), "p.docx") == []


@pytest.mark.parametrize("seed", range(4))
def test_an_mpan_split_over_cells_at_a_word_edge_is_still_found(pack: bytes, seed: int) -> None:
    rng = random.Random(seed)
    mpan = random_mpan(rng)
    cut = rng.randint(2, 10)
    row = "".join(cell(text) for text in ("Supply", f"run {mpan[:cut]}", f"{mpan[cut:]} ok"))
    found = scan_bytes(rewrite(pack, {DOC: in_body(f"<w:tbl><w:tr>{row}</w:tr></w:tbl>")}), "p.docx")
    assert any(f.kind == "MPAN" and f.value.endswith(mpan[-3:]) for f in found), [f.line() for f in found]


@pytest.mark.parametrize("cells", [("Meter serial", "S18K", "123456"), ("meter", "s18k", "123456"),
                                   ("Meter", "S18KA", "12345")])
def test_a_serial_split_over_cells_is_still_found(pack: bytes, cells: tuple[str, ...]) -> None:
    row = "".join(cell(text) for text in cells)
    assert [f.kind for f in scan_bytes(rewrite(pack, {DOC: in_body(f"<w:tbl><w:tr>{row}</w:tr></w:tbl>")}),
                                       "p.docx")] != []


@pytest.mark.parametrize("name", list(variants()))
def test_each_way_of_showing_an_mpan_is_found(pack: bytes, name: str) -> None:
    altered = variants()[name](pack)
    findings = scan_bytes(altered, "pack.docx")
    assert findings, f"{name}: nothing found (MPAN {mask_value(MPAN)})"
    assert any(f.kind == "MPAN" and f.value.endswith(MPAN[-3:]) for f in findings), \
        f"{name}: {[f.line() for f in findings]}"
    assert all(MPAN not in f.line() for f in findings)


def animated_gif(frames: int) -> bytes:
    from PIL import Image, ImageDraw

    images = []
    for n in range(frames):
        image = Image.new("P", (60, 30), 0)
        ImageDraw.Draw(image).text((5, 5), str(n), fill=1)
        images.append(image)
    buffer = io.BytesIO()
    images[0].save(buffer, format="GIF", save_all=True, append_images=images[1:], duration=100, loop=0)
    return buffer.getvalue()


@pytest.mark.parametrize("frames", [3, 60])
def test_an_animated_gif_never_crashes_the_scan(pack: bytes, tmp_path: Path, frames: int, capsys) -> None:
    path = tmp_path / "animated.docx"
    path.write_bytes(rewrite(pack, add={"word/media/image94.gif": animated_gif(frames)}))
    status = main(["scan", str(path)])
    out = capsys.readouterr().out
    assert status in (0, 1)
    if frames > 24:
        assert status == 1 and "UNSCANNABLE" in out and "frames" in out


@pytest.mark.parametrize("part", [
    ("word/media/image95.png", b"\x89PNG\r\n\x1a\n" + bytes(20)),  # a PNG header and nothing sane
    ("word/media/image96.gif", b"GIF89a" + bytes(3)),
    ("word/embeddings/oleObject9.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)),
    ("word/document2.xml", b"<w:document><w:body>"),
    ("word/media/image97.emf", b"\x01\x00\x00\x00\xff\xff\xff\x7f" + bytes(32) + b" EMF"),
    ("word/fonts/font1.odttf", bytes(range(256)) * 4),
    ("word/afchunk.rtf", b"{\\rtf1 {\\pict\\pngblip 89504e47}}"),
])
def test_odd_parts_are_refused_or_read_never_a_crash(pack: bytes, tmp_path: Path, part: tuple[str, bytes],
                                                    capsys) -> None:
    name, data = part
    path = tmp_path / "odd.docx"
    path.write_bytes(rewrite(pack, add={name: data}))
    status = main(["scan", str(path)])
    out = capsys.readouterr().out
    assert status in (0, 1)
    assert "Traceback" not in out


def test_a_dtd_in_a_part_is_refused(pack: bytes) -> None:
    altered = rewrite(pack, {"word/footer1.xml": lambda d: d.replace(
        b"?>", b'?><!DOCTYPE x [<!ENTITY m "' + MPAN.encode() + b'">]>', 1)})
    findings = scan_bytes(altered, "pack.docx")
    assert any(f.kind == "UNSCANNABLE" and f.place.startswith("word/footer1.xml") for f in findings)


# -- templates ------------------------------------------------------------------------------------------------

def leaky_template(path: Path) -> Path:
    """The default template with an MPAN in every place a template can carry text into a pack that the
    builder does not write itself: a watermark and a content control in the header, document variables,
    a picture (its PNG text chunk) and a link in the sample body the builder discards."""
    import docx
    from docx.oxml import parse_xml

    from attest.templates.styles import DEFAULT_TEMPLATE

    document = docx.Document(str(DEFAULT_TEMPLATE))
    header = document.sections[0].header
    header.paragraphs[0].add_run("Company confidential")
    header._element.append(parse_xml(
        f'<w:p xmlns:w="{W_NS}"><w:r><w:pict><v:shape {VML_NS} id="PowerPlusWaterMarkObject1" '
        f'type="#_x0000_t136" style="position:absolute;width:400pt;height:100pt"><v:textpath '
        f'style="font-family:Arial" string="{MPAN}"/></v:shape></w:pict></w:r></w:p>'))
    header._element.append(parse_xml(
        f'<w:sdt xmlns:w="{W_NS}"><w:sdtPr><w:alias w:val="Supply {MPAN}"/><w:tag w:val="{MPAN}"/></w:sdtPr>'
        f'<w:sdtContent><w:p><w:r><w:t>Acme Energy</w:t></w:r></w:p></w:sdtContent></w:sdt>'))
    document.settings.element.append(parse_xml(
        f'<w:docVars xmlns:w="{W_NS}"><w:docVar w:name="supply" w:val="{MPAN}"/></w:docVars>'))
    picture = path.with_suffix(".png")
    picture.write_bytes(png_with(b"tEXt", b"Comment\0supply " + MPAN.encode()))
    document.add_picture(str(picture))
    body_paragraph = document.add_paragraph("see ")
    rid = document.part.relate_to(f"https://crm.example/supply/{MPAN}", HYPERLINK, is_external=True)
    body_paragraph._p.append(parse_xml(
        f'<w:hyperlink xmlns:w="{W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'relationships" r:id="{rid}"><w:r><w:t>the supply</w:t></w:r></w:hyperlink>'))
    document.save(str(path))
    return path


def part_texts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {name: package.read(name) for name in package.namelist()}


def test_a_template_carries_no_identifier_into_a_pack(recorded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    template = leaky_template(tmp_path / "leaky.docx")
    assert any(MPAN.encode() in data for data in part_texts(template.read_bytes()).values())
    out = tmp_path / "FM_TS_1_TC_01.docx"
    assert main(["--workspace", str(recorded.root), "pack", str(recorded.run_id), "--out", str(out),
                 "--template", str(template)]) == 0
    built = out.read_bytes()
    parts = part_texts(built)
    assert not [name for name, data in parts.items() if MPAN.encode() in data]
    assert b"Company confidential" in parts["word/header1.xml"]  # the header's own text stays
    assert b"Acme Energy" in parts["word/header1.xml"]  # so does a content control's content
    assert b"textpath" not in parts["word/header1.xml"] and b"w:alias" not in parts["word/header1.xml"]
    assert b"docVar" not in parts["word/settings.xml"]
    assert b"crm.example" not in parts["word/_rels/document.xml.rels"]  # the discarded body's link
    assert scan_bytes(built, out.name) == []


def test_a_template_whose_style_name_holds_an_identifier_is_refused(recorded, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                  capsys) -> None:
    import docx

    from attest.templates.styles import DEFAULT_TEMPLATE

    document = docx.Document(str(DEFAULT_TEMPLATE))
    document.styles["Attest Label"].element.find(f"{{{W_NS}}}name").addnext(
        __import__("docx.oxml", fromlist=["parse_xml"]).parse_xml(
            f'<w:aliases xmlns:w="{W_NS}" w:val="Supply {MPAN}"/>'))
    template = tmp_path / "styled.docx"
    document.save(str(template))
    out = tmp_path / "FM_TS_1_TC_01.docx"
    status = main(["--workspace", str(recorded.root), "pack", str(recorded.run_id), "--out", str(out),
                   "--template", str(template)])
    err = capsys.readouterr().err
    assert status == 2 and not out.exists()
    assert "style" in err and mask_value(MPAN) in err and MPAN not in err


def _list_item_docx(label: str, suffix: str, text: str, start: int = 1) -> bytes:
    """A document whose one list item shows ``label`` (its numbering's text) then ``text``."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {w} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="{start}"/>'
        f'<w:numFmt w:val="decimal"/><w:lvlText w:val="{label}"/><w:suff w:val="{suffix}"/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    document.add_paragraph("Supply details")
    item = document.add_paragraph(text)
    item._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {w}><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>'))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(("label", "suffix", "start"), [("157271", "nothing", 1), ("15727198%1", "nothing", 37),
                                                         ("157271", "space", 1)])
def test_a_list_items_label_is_read_with_its_text(label: str, suffix: str, start: int) -> None:
    """A list item's number is drawn before its text: "157271" from the numbering beside "9837106" in the
    paragraph shows an MPAN that neither holds (each was read alone)."""
    mpan = "1572719837106"
    text = mpan[6:] if "%" not in label else mpan[len(label) - 2 + len(str(start)):]
    found = scan_bytes(_list_item_docx(label, suffix, text, start), "altered.docx")
    assert any(f.kind == "MPAN" for f in found), found


def test_a_numbered_list_of_steps_is_clean() -> None:
    assert scan_bytes(_list_item_docx("%1.", "tab", "Send the D0010 and check the response"), "steps.docx") == []


# -- pictures read together ---------------------------------------------------------------------------------

def _text_png(text: str) -> bytes:
    """``text`` drawn black on white, cropped close, as a screenshot's piece would be."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype("DejaVuSans.ttf", 28)
    left, top, right, bottom = ImageDraw.Draw(Image.new("RGB", (1, 1))).textbbox((0, 0), text, font=font)
    image = Image.new("RGB", (right - left + 4, bottom - top + 12), "white")
    ImageDraw.Draw(image).text((2 - left, 6 - top), text, fill="black", font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _pictures_docx(pieces: list[str], layout: str) -> bytes:
    """A document showing ``pieces``, each as a picture: in one paragraph side by side ("paragraph"), in
    the cells of one borderless table row ("row"), or one per paragraph, one above the other ("stacked")."""
    import docx

    document = docx.Document()
    document.add_paragraph("Evidence for step 3")
    pictures = [io.BytesIO(_text_png(piece)) for piece in pieces]  # each drawn at its own size, as pasted
    if layout == "paragraph":
        run = document.add_paragraph().add_run()
        for picture in pictures:
            run.add_picture(picture)
    elif layout == "row":
        table = document.add_table(rows=1, cols=len(pictures))
        for cell, picture in zip(table.rows[0].cells, pictures):
            cell.paragraphs[0].add_run().add_picture(picture)
    else:
        for picture in pictures:
            document.add_paragraph().add_run().add_picture(picture)
    document.add_paragraph("Result: as expected")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("layout", ["paragraph", "row", "stacked"])
def test_an_mpan_cut_in_two_pictures_is_read_as_the_page_shows_it(layout: str) -> None:
    """Each picture alone shows half the number, which is no identifier; side by side (or one line above
    the next) the page shows the whole MPAN."""
    mpan = random_mpan(random.Random())
    cut = 7
    pieces = [f"Supply {mpan[:cut]}", mpan[cut:]] if layout != "stacked" else [f"MPAN {mpan[:cut]}", mpan[cut:]]
    data = _pictures_docx(pieces, layout)
    for piece in pieces:  # the premise: neither half is found alone
        alone = _pictures_docx([piece], "paragraph")
        assert not [f for f in scan_bytes(alone, "half.docx") if f.kind == "MPAN"]
    found = scan_bytes(data, "altered.docx")
    assert any(f.kind == "MPAN" and "pictures drawn together" in f.place for f in found), found


@pytest.mark.parametrize("layout", ["paragraph", "row", "stacked"])
def test_pictures_of_ordinary_words_side_by_side_are_clean(layout: str) -> None:
    assert scan_bytes(_pictures_docx(["Test case TC-0042", "passed 14:32"], layout), "clean.docx") == []


@pytest.mark.parametrize("separator", ["_", "/", "-", ".", ":"])
def test_a_device_id_regrouped_in_threes_is_found(pack: bytes, separator: str) -> None:
    """An EUI-64's 16 hex digits in groups of three ("001_DA2_AE5_E3A_947_E"), with no word about devices."""
    rng = random.Random()
    eui = "".join(rng.choice("0123456789ABCDEF") for _ in range(14)) + rng.choice("ABCDEF") + rng.choice("0123456789")
    grouped = separator.join(eui[i:i + 3] for i in range(0, 16, 3))
    found = scan_bytes(rewrite(pack, {DOC: in_body(para(run(f"Ref {grouped} seen")))}), "altered.docx")
    assert any(f.kind == "DEVICE" for f in found), (grouped, found)


def test_a_table_of_steps_and_outcomes_then_a_note_is_no_address(pack: bytes) -> None:
    """Cells "2" / "Pass" and the paragraph "End of notes." read together end in a street's type word:
    no street is written over cells so."""
    rows = "".join(f"<w:tr>{cell(n)}{cell('Pass')}</w:tr>" for n in ("1", "2"))
    table = f"<w:tbl><w:tr>{cell('Step')}{cell('Outcome')}</w:tr>{rows}</w:tbl>"
    assert scan_bytes(rewrite(pack, {DOC: in_body(table + para(run("End of notes.")))}), "p.docx") == []
