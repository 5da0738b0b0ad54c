"""The pieces of WordprocessingML that python-docx has no API for: fields (TOC, SEQ, PAGE), an
embedded OLE "Package" object shown as an icon, and a custom XML part.

Each is the smallest XML Word itself writes for the thing, so Word, LibreOffice and the leak scan
all read it. Fields carry a result text, so the document reads correctly before anyone updates them.
"""

from __future__ import annotations

import io
import itertools
import re
import uuid
from typing import Any
from xml.sax.saxutils import quoteattr

from docx.document import Document as DocumentObject
from docx.image.image import Image as DocxImage
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.text.paragraph import Paragraph
from PIL import Image, ImageDraw, ImageFont

from attest.templates.ole_package import package_object

OLE_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.oleObject"
VML = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
# Word's own definition of the "picture frame" shape that every OLE icon refers to
_SHAPETYPE = (
    '<v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t" '
    'path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f"><v:stroke joinstyle="miter"/><v:formulas>'
    + "".join(f'<v:f eqn="{e}"/>' for e in (
        "if lineDrawn pixelLineWidth 0", "sum @0 1 0", "sum 0 0 @1", "prod @2 1 2", "prod @3 21600 pixelWidth",
        "prod @3 21600 pixelHeight", "sum @0 0 1", "prod @6 1 2", "prod @7 21600 pixelWidth", "sum @8 21600 0",
        "prod @7 21600 pixelHeight", "sum @10 21600 0"))
    + '</v:formulas><v:path o:extrusionok="f" gradientshapeok="t" o:connecttype="rect"/>'
    '<o:lock v:ext="edit" aspectratio="t"/></v:shapetype>'
)


def add_field(paragraph: Paragraph, instruction: str, result: str, style: str | None = None) -> None:
    """A complex field (begin / instruction / separate / result / end) with a ready result text."""
    rpr = f'<w:rPr><w:rStyle w:val="{style}"/></w:rPr>' if style else ""
    result_runs = "".join(
        (f'<w:r {nsdecls("w")}>{rpr}<w:br/></w:r>' if i else "")
        + f'<w:r {nsdecls("w")}>{rpr}<w:t xml:space="preserve">{_xml_text(line)}</w:t></w:r>'
        for i, line in enumerate(result.split("\n")))
    # not marked dirty: Word would then ask to update fields each time an assurer opens the pack
    for xml in (f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>',
                f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {_xml_text(instruction)} </w:instrText></w:r>',
                f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
                result_runs,
                f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'):
        if not xml:
            continue
        for element in parse_xml(f'<w:p {nsdecls("w")}>{xml}</w:p>'):
            paragraph._p.append(element)


def add_simple_field(paragraph: Paragraph, instruction: str, result: str) -> None:
    """``w:fldSimple``: what Word writes for SEQ in captions; the result is the number shown."""
    paragraph._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr={quoteattr(" " + instruction + " ")}>'
        f'<w:r><w:t xml:space="preserve">{_xml_text(result)}</w:t></w:r></w:fldSimple>'))


class ImageParts:
    """Image parts of one document, de-duplicated by content.

    python-docx finds an existing image by hashing every image part again on each addition, and
    numbers shapes by searching the whole document: both quadratic, and most of the build time of a
    100-screenshot pack. This keeps the hashes and a shape counter instead. It uses python-docx's
    ``ImageParts._add_image_part`` (stable through 1.x; pinned in pyproject)."""

    def __init__(self, document: DocumentObject) -> None:
        self.document = document
        self.by_sha1: dict[str, Any] = {}
        self.shape_ids = itertools.count(1_000_000)  # far above the few ids a template's own shapes use

    def add(self, data: bytes) -> tuple[str, DocxImage]:
        image = DocxImage.from_blob(data)
        part = self.by_sha1.get(image.sha1)
        if part is None:
            part = self.document.part.package.image_parts._add_image_part(image)
            self.by_sha1[image.sha1] = part
        return self.document.part.relate_to(part, RT.IMAGE), image

    def next_shape_id(self) -> int:
        return next(self.shape_ids)


class OleEmbedder:
    """Adds payload files to a document as double-clickable icons (OLE "Package" objects)."""

    def __init__(self, document: DocumentObject, images: ImageParts) -> None:
        self.document = document
        self.images = images
        self.ids = itertools.count(71025)  # VML shape numbers far above those a template's own objects use
        self.shapetype_written = False

    def add(self, paragraph: Paragraph, file_name: str, data: bytes, name: str) -> bytes:
        """Embed ``data`` as the file ``file_name``; ``name`` identifies it for ``attest verify``.
        Returns the icon image's bytes (the pack's manifest hashes it too)."""
        part_number = next(self.ids)
        doc_part = self.document.part
        # the next free name: a template may already hold embedded objects
        partname = doc_part.package.next_partname("/word/embeddings/oleObject%d.bin")
        ole_part = Part(partname, OLE_CONTENT_TYPE, package_object(file_name, data), doc_part.package)
        ole_rid = doc_part.relate_to(ole_part, RT.OLE_OBJECT)
        icon = icon_png(file_name)
        icon_rid, _image = self.images.add(icon)
        shape_id = f"_x0000_i{part_number}"
        shapetype = "" if self.shapetype_written else _SHAPETYPE
        self.shapetype_written = True
        width_pt, height_pt = 72, 66  # the icon's 120x110 px at 120 dpi: the size Word shows icons at
        xml = (
            f'<w:r {nsdecls("w", "r")} {VML}><w:object w:dxaOrig="{width_pt * 20}" w:dyaOrig="{height_pt * 20}">'
            f'{shapetype}<v:shape id="{shape_id}" type="#_x0000_t75" style="width:{width_pt}pt;height:{height_pt}pt" '
            f'o:ole="" alt={quoteattr(name)}><v:imagedata r:id="{icon_rid}" o:title={quoteattr(name)}/></v:shape>'
            f'<o:OLEObject Type="Embed" ProgID="Package" ShapeID="{shape_id}" DrawAspect="Icon" '
            f'ObjectID="_{1700000000 + part_number}" r:id="{ole_rid}"/></w:object></w:r>'
        )
        paragraph._p.append(parse_xml(xml))
        return icon


def icon_png(file_name: str) -> bytes:
    """A document icon with the file name under it, as Word shows an embedded file."""
    width, height = 120, 110
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    left, top, right, bottom, fold = 40, 4, 80, 56, 12
    draw.polygon([(left, top), (right - fold, top), (right, top + fold), (right, bottom), (left, bottom)],
                 fill="#ffffff", outline="#5b6b7f", width=2)
    draw.polygon([(right - fold, top), (right - fold, top + fold), (right, top + fold)], fill="#c9d3df",
                 outline="#5b6b7f")
    for y in range(top + 20, bottom - 6, 7):
        draw.line([(left + 7, y), (right - 7, y)], fill="#9aa8b8", width=2)
    extension = file_name.rsplit(".", 1)[-1].upper()[:4] if "." in file_name else "FILE"
    small = ImageFont.load_default(size=11)
    draw.rectangle((left - 6, top + 6, left + 26, top + 20), fill="#1f3a5f")
    draw.text((left + 10, top + 13), extension, fill="white", font=small, anchor="mm")
    font = ImageFont.load_default(size=11)
    # cut at 19 characters, preferring a break after "_", "-" or "." as Word's own icon captions do
    lines: list[str] = []
    rest = file_name
    while rest and len(lines) < 3:
        cut = len(rest) if len(rest) <= 19 else max((rest.rfind(c, 8, 19) + 1 for c in "_-. "), default=0) or 19
        lines.append(rest[:cut])
        rest = rest[cut:]
    if rest:
        lines[-1] = lines[-1][:-1] + "…"
    for i, line in enumerate(lines):
        draw.text((width // 2, bottom + 11 + 13 * i), line, fill="#111827", font=font, anchor="mm")
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(120, 120))
    return out.getvalue()


def add_custom_xml(document: DocumentObject, xml: bytes) -> None:
    """A custom XML part (``/customXml/itemN.xml``, the next free N: templates often carry some)
    related from the document, with the properties part Word writes beside each one (an item id),
    so that Word treats it as its own data store and keeps it when the document is saved."""
    doc_part = document.part
    taken = {str(p.partname) for p in doc_part.package.iter_parts()}
    number = next(n for n in itertools.count(1) if f"/customXml/item{n}.xml" not in taken)
    part = Part(PackURI(f"/customXml/item{number}.xml"), "application/xml", xml, doc_part.package)
    props = Part(PackURI(f"/customXml/itemProps{number}.xml"), CT.OFC_CUSTOM_XML_PROPERTIES,
                 (f'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="'
                  f'{{{str(uuid.uuid4()).upper()}}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/'
                  f'2006/customXml"><ds:schemaRefs/></ds:datastoreItem>').encode(), doc_part.package)
    part.relate_to(props, RT.CUSTOM_XML_PROPS)
    doc_part.relate_to(part, RT.CUSTOM_XML)


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """Word's XML cannot hold control characters; a payload, a name or a caption may. They are shown
    as U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def _xml_text(text: str) -> str:
    return (xml_safe(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))
