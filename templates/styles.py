"""The named styles an evidence pack is built from, and the code that makes the default template.

The pack builder never formats text directly: every paragraph, run and table takes one of these
styles, so an organisation restyles its packs by editing ``evidence_pack.docx`` in Word and passing
it with ``--template``. :func:`check_template` names any style a template lacks before building.

``python -m attest.templates.styles`` rewrites the shipped template (run it after changing this file).
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

DEFAULT_TEMPLATE = Path(__file__).with_name("evidence_pack.docx")

# status -> (paragraph style, fill, text colour); Excel's "good / bad / neutral" palette, which
# assurers already read at a glance, and which stays legible when printed in greyscale
STATUS_STYLES: dict[str, tuple[str, str, str]] = {
    "passed": ("Status Passed", "C6EFCE", "006100"),
    "failed": ("Status Failed", "FFC7CE", "9C0006"),
    "blocked": ("Status Blocked", "FFEB9C", "9C5700"),
    "not-run": ("Status Not Run", "E7E6E6", "3A3838"),
    "incomplete": ("Status Not Run", "E7E6E6", "3A3838"),
    "in-progress": ("Status In Progress", "DDEBF7", "1F4E79"),
}

PARAGRAPH_STYLES = ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Caption", "TOC Heading", "TOC 1",
                    "TOC 2", "Attest Code", "Attest Label", "Attest Table Text", "Attest Notice", "Attest Figure",
                    *sorted({s for s, _, _ in STATUS_STYLES.values()}))
TABLE_STYLES = ("Attest Table",)
REQUIRED_STYLES = PARAGRAPH_STYLES + TABLE_STYLES


def missing_styles(document: DocumentObject) -> list[str]:
    """The required styles ``document`` lacks, or has as the wrong kind (a table style defined as a
    paragraph style). Names compare without case: Word saves built-in ones as "toc 1", "heading 1"."""
    present = {str(style.name).lower(): style.type for style in document.styles}
    wanted = [(n, WD_STYLE_TYPE.PARAGRAPH) for n in PARAGRAPH_STYLES] + [(n, WD_STYLE_TYPE.TABLE) for n in TABLE_STYLES]
    out = []
    for name, kind in wanted:
        have = present.get(name.lower())
        if have is None:
            out.append(name)
        elif have != kind:
            out.append(f"{name} (as a {'table' if kind == WD_STYLE_TYPE.TABLE else 'paragraph'} style)")
    return out


def make_default_template(target: Path = DEFAULT_TEMPLATE) -> None:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)  # A4: the GB default
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.0))
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
    styles = document.styles

    # Arial and Courier New: on every Windows PC, and metric-compatible Liberation fonts stand in on
    # Linux (LibreOffice), so line breaks and page breaks fall in the same places everywhere
    normal = styles["Normal"]
    normal.font.name, normal.font.size = "Arial", Pt(10)
    normal.paragraph_format.space_after = Pt(4)
    for name, size, colour in (("Title", 24, "1F3A5F"), ("Subtitle", 14, "44546A"), ("Heading 1", 15, "1F3A5F"),
                               ("Heading 2", 12, "1F3A5F")):
        style = styles[name]
        style.font.name, style.font.size, style.font.color.rgb = "Arial", Pt(size), RGBColor.from_string(colour)
        style.font.bold = name != "Subtitle"
        style.paragraph_format.space_before = Pt(12 if name.startswith("Heading") else 0)
        style.paragraph_format.space_after = Pt(6)
        _set_east_asia_font(style, "Arial")
    styles["Title"].paragraph_format.space_after = Pt(4)
    styles["Heading 1"].paragraph_format.keep_with_next = True
    styles["Heading 2"].paragraph_format.keep_with_next = True

    caption = styles["Caption"]
    caption.font.name, caption.font.size, caption.font.italic = "Arial", Pt(9), True
    caption.font.color.rgb = RGBColor.from_string("44546A")
    caption.paragraph_format.space_after = Pt(10)

    toc_heading = _paragraph_style(document, "TOC Heading", "Heading 1")
    toc_heading.paragraph_format.page_break_before = False
    for level in (1, 2):
        toc = _paragraph_style(document, f"TOC {level}", "Normal")
        toc.paragraph_format.left_indent = Cm(0.6 * (level - 1))
        toc.paragraph_format.space_after = Pt(2)

    code = _paragraph_style(document, "Attest Code", "Normal")
    code.font.name, code.font.size = "Courier New", Pt(8)
    _set_east_asia_font(code, "Courier New")
    code.paragraph_format.space_after = Pt(8)
    code.paragraph_format.left_indent = Cm(0.1)
    code.element.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}>'
        + "".join(f'<w:{side} w:val="single" w:sz="4" w:space="4" w:color="A6A6A6"/>'
                  for side in ("top", "left", "bottom", "right"))
        + "</w:pBdr>"))
    code.element.get_or_add_pPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="F2F2F2"/>'))

    label = _paragraph_style(document, "Attest Label", "Normal")
    label.font.bold = True
    label.font.color.rgb = RGBColor.from_string("44546A")
    label.paragraph_format.space_after = Pt(0)
    label.paragraph_format.keep_with_next = True

    table_text = _paragraph_style(document, "Attest Table Text", "Normal")
    table_text.font.size = Pt(9)
    table_text.paragraph_format.space_after = Pt(0)

    figure = _paragraph_style(document, "Attest Figure", "Normal")
    figure.paragraph_format.keep_with_next = True  # a screenshot stays on the page of its caption
    figure.paragraph_format.space_after = Pt(2)

    notice = _paragraph_style(document, "Attest Notice", "Normal")
    notice.font.bold = True
    notice.font.color.rgb = RGBColor.from_string("9C0006")
    notice.element.get_or_add_pPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="FFC7CE"/>'))

    for style_name, fill, colour in {(s, f, c) for s, f, c in STATUS_STYLES.values()}:
        status = _paragraph_style(document, style_name, "Attest Table Text")
        status.font.bold = True
        status.font.color.rgb = RGBColor.from_string(colour)
        status.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
        status.element.get_or_add_pPr().append(
            parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))

    table = styles.add_style("Attest Table", WD_STYLE_TYPE.TABLE)
    table.base_style = styles["Table Grid"] if "Table Grid" in {s.name for s in styles} else None
    table.element.append(parse_xml(
        f'<w:tblPr {nsdecls("w")}><w:tblBorders>'
        + "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>'
                  for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + '</w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/>'
        + "</w:tblCellMar></w:tblPr>"))
    table.element.append(parse_xml(
        f'<w:tblStylePr {nsdecls("w")} w:type="firstRow"><w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr>'
        '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="1F3A5F"/></w:tcPr></w:tblStylePr>'))

    package_rels = document.part.package.rels
    for rid in [rid for rid, rel in package_rels.items() if rel.reltype == RT.THUMBNAIL]:
        del package_rels[rid]  # python-docx's default carries a thumbnail of its own blank page
    document.core_properties.title = "Evidence pack"
    document.core_properties.author = "Attest"
    document.save(str(target))


def _paragraph_style(document: DocumentObject, name: str, base: str):  # type: ignore[no-untyped-def]
    styles = document.styles
    if name in {s.name for s in styles}:
        style = styles[name]
    else:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles[base]
    style.quick_style = True
    return style


def _set_east_asia_font(style, name: str) -> None:  # type: ignore[no-untyped-def]
    """python-docx sets only the ASCII font; set the others too so Word never substitutes mid-line."""
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), name)


if __name__ == "__main__":
    make_default_template(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_TEMPLATE)
