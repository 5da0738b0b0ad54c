"""Writing into a Word document with the template's named styles only: paragraphs, tables, status
cells, times. Shared by the evidence pack, the witness section and the witness session report, so the
three look alike and a restyled template restyles all of them.
"""

from __future__ import annotations

import copy
import io

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from docx.document import Document as DocumentObject
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu
from docx.table import Table
from docx.text.paragraph import Paragraph

from attest.core import local_time
from attest.core.store import iso
from attest.core.workspace_keys import Secret
from attest.templates.signing import report_signature
from attest.templates.styles import STATUS_STYLES
from attest.templates.word_parts import add_custom_xml, add_field, xml_safe


class DocWriter:
    """``tz``: the zone every time in the document is shown in (``None``: ``local_time.zone()``, the
    user's default), so one document never mixes two zones."""

    def __init__(self, document: DocumentObject, tz: ZoneInfo | None = None) -> None:
        self.doc = document
        self.tz = tz or local_time.zone()
        # by lower-cased name: Word saves built-in styles as "toc 1", python-docx shows some as "TOC 1"
        self.style_ids = {str(style.name).lower(): style.style_id for style in document.styles}
        section = document.sections[0]
        # a template may leave page size or margins unset: Word then uses A4-ish defaults, and so do we
        width, height = section.page_width or Emu(7560310), section.page_height or Emu(10692130)
        left, right = section.left_margin or Emu(720090), section.right_margin or Emu(720090)
        top, bottom = section.top_margin or Emu(720090), section.bottom_margin or Emu(720090)
        self.text_width = Emu(width - left - right)
        self.text_height = Emu(height - top - bottom)

    def para(self, text: str, style: str) -> Paragraph:
        """A paragraph in a named style. The style id is set directly: python-docx's own lookup scans
        every style per call, which was a third of the build time of a large pack."""
        paragraph = self.doc.add_paragraph(xml_safe(text) if text else "")
        self.style(paragraph, style)
        return paragraph

    def style(self, paragraph: Paragraph, style: str) -> None:
        paragraph._p.get_or_add_pPr().style = self.style_ids[style.lower()]

    def when(self, moment: datetime | None) -> str:
        """A time in this document's zone, with the zone's abbreviation: ``2026-07-14 14:20:01 BST``."""
        return when(moment, self.tz)

    def zone_row(self) -> tuple[str, str]:
        """The cover row that says which zone the document's times are in (a reader in March or October
        must not have to guess which side of the clock change a time fell)."""
        return ("Times shown in", local_time.describe(self.tz))

    def labelled(self, label: str, text: str) -> None:
        self.para(label, "Attest Label")
        self.doc.add_paragraph(xml_safe(text))

    def table(self, columns: list[str], rows: Sequence[Sequence[str]], widths: tuple[float, ...],
              header: bool = True, keep_rows: bool = False) -> Table:
        """A table in the "Attest Table" style; ``widths`` are fractions of the text width. Without a
        header the first row is data, so the style's header look is switched off for it. With
        ``keep_rows`` no row is split across two pages (for tables of short rows read across)."""
        table = self.doc.add_table(rows=0, cols=len(columns), style=self.doc.styles["Attest Table"])
        table.autofit = False
        tbl_pr = table._tbl.tblPr
        look = tbl_pr.find(qn("w:tblLook"))
        if look is None:
            look = OxmlElement("w:tblLook")
            tbl_pr.append(look)
        # both forms: Word reads the attributes, LibreOffice the hex mask (0x20 header row, 0x400 no banding)
        look.set(qn("w:val"), "0420" if header else "0400")
        for flag, on in (("firstRow", header), ("lastRow", False), ("firstColumn", False),
                         ("lastColumn", False), ("noHBand", True), ("noVBand", True)):
            look.set(qn(f"w:{flag}"), "1" if on else "0")
        total = int(self.text_width)
        for column, fraction in zip(table.columns, widths, strict=True):
            column.width = Emu(int(total * fraction))
        all_rows: list[Sequence[str]] = ([columns] if header else []) + list(rows)
        prototype = None  # a data row built the long way, copied for the single-line rows after it
        for number, values in enumerate(all_rows):
            if prototype is not None and not any("\n" in v for v in values):
                # python-docx spends ~2 ms a row on widths and styles; a copy of a finished row with its
                # texts replaced is the same XML at a tenth of the cost (a phase report has 1000s of rows)
                tr = copy.deepcopy(prototype)
                for text, value in zip(tr.iter(qn("w:t")), values, strict=True):
                    text.text = xml_safe(value)
                    text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                table._tbl.append(tr)
                continue
            row = table.add_row()
            if keep_rows:
                row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
            cells = row.cells
            for cell, value, fraction in zip(cells, values, widths, strict=True):
                cell.width = Emu(int(total * fraction))
                paragraph = cell.paragraphs[0]
                self.style(paragraph, "Attest Table Text")
                lines = xml_safe(value).split("\n")
                for i, line in enumerate(lines):
                    run = paragraph.add_run(line)
                    if i < len(lines) - 1:
                        run.add_break()
            if prototype is None and (number > 0 or not header) and len(list(row._tr.iter(qn("w:t")))) == len(values):
                prototype = row._tr  # one text per cell: each value goes in its cell's one text
        if header:
            repeat_header(table)
        return table

    def rows_or_none(self, header: list[str], rows: Sequence[Sequence[str]], widths: tuple[float, ...],
                     none: str, keep_rows: bool = False) -> Table | None:
        if rows:
            return self.table(header, rows, widths, keep_rows=keep_rows)
        self.doc.add_paragraph(none)
        return None

    def status_cell(self, cell: Any, key: str) -> None:
        """Colour a cell's text by a status key (``passed``, ``failed``, ``blocked``, ``not-run``...)."""
        paragraph = cell.paragraphs[0]
        self.style(paragraph, STATUS_STYLES.get(key, STATUS_STYLES["not-run"])[0])

    def footer(self, text: str) -> None:
        """``text`` then "page X of Y", unless the organisation's template has a footer of its own."""
        footer = self.doc.sections[0].footer
        if any(p.text.strip() for p in footer.paragraphs) or footer.tables:
            return
        paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
        self.style(paragraph, "Attest Table Text")
        paragraph.add_run(xml_safe(f"{text} · page "))
        add_field(paragraph, "PAGE", "1")
        paragraph.add_run(" of ")
        add_field(paragraph, "NUMPAGES", "1")


def document_bytes(document: DocumentObject, *, title: str, author: str, comments: str, now: datetime,
                   subject: str = "", signed: tuple[Secret, str, str] | None = None) -> bytes:
    """The document's properties set (what Word's File > Info shows) and the document as bytes;
    ``signed`` (the workspace's key, the report's kind, the workspace id): signed over its content
    (``templates.signing``)."""
    props = document.core_properties
    props.title = xml_safe(title)
    if subject:
        props.subject = xml_safe(subject[:250])
    props.author = props.last_modified_by = xml_safe(author)
    props.comments = comments
    props.created = props.modified = now.replace(tzinfo=None)
    props.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    if signed is None:
        return buffer.getvalue()
    secret, kind, workspace = signed
    add_custom_xml(document, report_signature(secret, buffer.getvalue(), kind, workspace, iso(now)))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def repeat_header(table: Table) -> None:
    """The header row repeats on every page a long table runs onto."""
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    tr_pr.append(element)


def when(moment: datetime | None, tz: ZoneInfo | None = None) -> str:
    """Times as an assurer reads them: in the user's zone (UK time unless they chose another), to the
    second, with the zone's abbreviation (``2026-07-14 14:20:01 BST``). Stored times stay UTC; only the
    document shows them local, because an assurer in Great Britain reads a clock, not an offset."""
    return local_time.stamp(moment, tz or local_time.zone())


def when_cell(moment: datetime | None, tz: ZoneInfo | None = None) -> str:
    """:func:`when` as a narrow table cell shows it: one line whose clock and zone are held together by a
    no-break space (``2026-07-14 14:20:01\u00a0BST``), so a narrow column wraps between date and clock, never
    mid-time or with the zone alone. Not a line break: the leak scan reads a break as text running on (an
    identifier split over two lines), and a date run into a clock reads as a serial."""
    if moment is None:
        return "—"
    return f"{local_time.local(moment, tz).strftime('%Y-%m-%d')} {local_time.clock(moment, tz).replace(' ', chr(0xA0))}"


def duration(span: timedelta) -> str:
    """A step's length as a person says it: "42 s", "3 min 05 s", "1 h 02 min 00 s"."""
    seconds = max(0, int(span.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes:02d} min {seconds:02d} s"
    if minutes:
        return f"{minutes} min {seconds:02d} s"
    return f"{seconds} s"
