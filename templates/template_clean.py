"""What a template may carry into a pack besides its styles and page setup, taken out before building.

A pack takes its template's styles, headers, footers and settings. Some of what those hold is text a
reader of the pack sees (or Word shows on request) and that the builder never wrote:

- watermarks (a VML ``v:textpath`` or a DrawingML WordArt shape in a header): removed;
- content-control names (``w:alias``, ``w:tag``), their placeholders and data bindings: removed, the
  controls' content kept;
- document variables (``w:docVars``) and the attached template's path: removed;
- the template's own comments, footnotes and endnotes (their anchors were in the discarded body), its
  glossary (building blocks), custom properties, custom XML data (another pack's evidence manifest, when a pack is
  used as the template) and printer settings (a printer's name as someone typed it): removed;
- images, links and objects the discarded body used: their relationships dropped, so no orphan media
  or link target is saved into the pack;
- style names and aliases: checked; a template whose style names hold an identifier is refused
  (:class:`TemplateRefused`), as renaming a style would change how the pack looks.

Anything else (text in a header or footer, a logo) goes into the pack as it is and is read by the
pack's final leak scan, which refuses the pack if it shows an identifier.
"""

from __future__ import annotations

from collections.abc import Callable

from docx.document import Document as DocumentObject
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from attest.redaction import RegisterMatcher
from attest.redaction.scan import mask_value, scan_text

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
V = "{urn:schemas-microsoft-com:vml}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
O_NS = "urn:schemas-microsoft-com:office:office"

# relationships of the document part that only body content refers to (by r:id or r:embed)
_BODY_RELATIONSHIPS = {RT.IMAGE, RT.HYPERLINK, RT.OLE_OBJECT, RT.PACKAGE, RT.A_F_CHUNK, RT.CHART, RT.DIAGRAM_DATA,
                       RT.DIAGRAM_LAYOUT, RT.DIAGRAM_QUICK_STYLE, RT.DIAGRAM_COLORS, RT.VIDEO, RT.AUDIO, RT.CONTROL,
                       "http://schemas.openxmlformats.org/officeDocument/2006/relationships/subDocument",
                       "http://schemas.openxmlformats.org/officeDocument/2006/relationships/frame",
                       "http://schemas.microsoft.com/office/2007/relationships/media",
                       "http://schemas.microsoft.com/office/2007/relationships/diagramDrawing",
                       "http://schemas.microsoft.com/office/2007/relationships/hdphoto"}
_ALWAYS_DROPPED = {RT.GLOSSARY_DOCUMENT, RT.CUSTOM_PROPERTIES,
                   # custom XML data (a SharePoint library's metadata, or another pack's Attest manifest when a pack is
                   # used as the template: carried over, it named that pack's workspace and key, and the new pack
                   # failed ``attest verify``); a content control's binding to it is taken out with the controls' tags
                   RT.CUSTOM_XML,
                   "http://schemas.openxmlformats.org/officeDocument/2006/relationships/glossaryDocument",
                   # a printer's settings: its name and port as someone typed them, nothing a pack needs
                   "http://schemas.openxmlformats.org/officeDocument/2006/relationships/printerSettings"}
_ATTACHED_TEMPLATE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"
_NAME_PARTS = ("/word/styles.xml", "/word/stylesWithEffects.xml")


class TemplateRefused(Exception):
    """The template itself holds an identifier where it cannot be taken out (a style name)."""


def clean_template(document: DocumentObject, register: RegisterMatcher | None = None) -> list[str]:
    """Take out of ``document`` (a template whose body was already emptied) what could carry text into a
    pack. Returns what was removed, for the caller to report if it wishes. Raises :class:`TemplateRefused`."""
    _check_style_names(document, register)
    removed: list[str] = []
    package = document.part.package
    for part in list(package.iter_parts()):
        name = str(part.partname)
        if not (name.endswith(".xml") and name.startswith("/word/")):
            continue
        element = getattr(part, "_element", None)
        if element is not None:
            removed += [f"{name}: {what}" for what in _clean_tree(element, name)]
        elif hasattr(part, "_blob") and part.blob:
            try:
                root = etree.fromstring(part.blob, etree.XMLParser(resolve_entities=False, no_network=True))
            except etree.XMLSyntaxError:
                continue  # the pack's final scan reads (and refuses) what cannot be parsed
            what = _clean_tree(root, name)
            if what:
                part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
                removed += [f"{name}: {w}" for w in what]
    removed += _drop_relationships(document)
    props = document.core_properties
    for attribute in ("keywords", "category", "content_status", "identifier", "version", "language"):
        if getattr(props, attribute, ""):
            setattr(props, attribute, "")
            removed.append(f"core property {attribute}")
    return removed


def _clean_tree(root: etree._Element, name: str) -> list[str]:
    removed: list[str] = []

    def drop(nodes: list[etree._Element], what: str) -> None:
        for node in nodes:
            parent = node.getparent()
            if parent is not None:
                parent.remove(node)
        if nodes:
            removed.append(f"{len(nodes)} {what}")

    # watermarks: VML text paths (Word's "PowerPlusWaterMarkObject") and DrawingML WordArt
    drop([p for p in root.iter(f"{W}pict") if next(p.iter(f"{V}textpath"), None) is not None], "VML watermark(s)")
    drop([d for d in _outermost(root, (f"{MC}AlternateContent", f"{W}drawing"))
          if next(d.iter(f"{A}prstTxWarp"), None) is not None or next(d.iter(f"{V}textpath"), None) is not None],
         "WordArt watermark(s)")
    # content-control names and what ties them to text kept elsewhere
    drop(list(root.iter(f"{W}alias", f"{W}tag", f"{W}placeholder", f"{W}dataBinding")),
         "content-control name(s), tag(s), placeholder(s) or binding(s)")
    if name.endswith("/settings.xml"):
        drop(list(root.iter(f"{W}docVars", f"{W}attachedTemplate")), "document variable list(s) or template path(s)")
    if name.endswith("/comments.xml"):
        drop(list(root.iter(f"{W}comment")), "template comment(s)")
    if name.endswith(("/footnotes.xml", "/endnotes.xml")):
        # the separators Word needs carry a type; a note without one was the discarded body's
        drop([n for n in root if n.tag in (f"{W}footnote", f"{W}endnote") and n.get(f"{W}type") is None],
             "template note(s)")
    return removed


def _outermost(root: etree._Element, tags: tuple[str, ...]) -> list[etree._Element]:
    found = []
    for node in root.iter(*tags):
        if not any(a.tag in tags for a in node.iterancestors()):
            found.append(node)
    return found


def _drop_relationships(document: DocumentObject) -> list[str]:
    part = document.part
    used = _referenced_ids(part.element)
    removed = []
    for rid, rel in list(part.rels.items()):
        if rel.reltype in _ALWAYS_DROPPED or (rel.reltype in _BODY_RELATIONSHIPS and rid not in used):
            del part.rels[rid]
            removed.append(f"relationship {rid} ({rel.reltype.rsplit('/', 1)[-1]})")
            for reference in part.element.iter(f"{W}printerSettings"):  # (a section's pointer to it)
                if reference.get(f"{{{R_NS}}}id") == rid and reference.getparent() is not None:
                    reference.getparent().remove(reference)
    for related in [p for p in part.package.iter_parts() if str(p.partname) == "/word/settings.xml"]:
        used = _referenced_ids(related.element) if hasattr(related, "element") else set()
        for rid, rel in list(related.rels.items()):
            if rel.reltype == _ATTACHED_TEMPLATE and rid not in used:
                del related.rels[rid]
                removed.append(f"settings relationship {rid} (attached template)")
    package_rels = part.package.rels
    for rid, rel in list(package_rels.items()):
        if rel.reltype in _ALWAYS_DROPPED:
            del package_rels[rid]
            removed.append(f"package relationship {rid} ({rel.reltype.rsplit('/', 1)[-1]})")
    return removed


def _referenced_ids(element: etree._Element) -> set[str]:
    ids = set()
    for node in element.iter():
        if not isinstance(node.tag, str):
            continue
        for attribute, value in node.attrib.items():
            if attribute.startswith(f"{{{R_NS}}}") or attribute == f"{{{O_NS}}}relid":
                ids.add(value)
    return ids


def _check_style_names(document: DocumentObject, register: RegisterMatcher | None) -> None:
    for part in document.part.package.iter_parts():
        if str(part.partname) not in _NAME_PARTS:
            continue
        element = getattr(part, "_element", None)
        if element is None:
            try:
                element = etree.fromstring(part.blob, etree.XMLParser(resolve_entities=False, no_network=True))
            except etree.XMLSyntaxError:
                continue
        for style in element.iter(f"{W}style"):
            for tag in (f"{W}name", f"{W}aliases"):
                node = style.find(tag)
                value = node.get(f"{W}val") if node is not None else None
                _refuse_if_identifier(value, register, lambda v: f"the style named {mask_value(v)!r}")
        for latent in element.iter(f"{W}lsdException"):
            _refuse_if_identifier(latent.get(f"{W}name"), register, lambda v: f"the latent style {mask_value(v)!r}")


def _refuse_if_identifier(value: str | None, register: RegisterMatcher | None,
                          describe: Callable[[str], str]) -> None:
    if not value:
        return
    found = scan_text(value, "template", register)
    if found:
        raise TemplateRefused(f"{describe(value)} holds an identifier ({found[0].kind} {found[0].value}); "
                              "rename the style in Word (Styles pane) or start from the default template")
