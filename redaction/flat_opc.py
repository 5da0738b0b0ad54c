"""A Word document saved as one XML file ("Flat OPC", Word's "Word XML Document", ``.xml``): its parts as
``pkg:part`` elements, XML inline (``pkg:xmlData``) or binary in base64 (``pkg:binaryData``).

Read as plain text such a file is a page of colour values, revision ids and base64 that the patterns take for
numbers; read as the document it holds, it is scanned as a .docx is. No library reads the format, so the parts
are unpacked here into an in-memory package, the relationships and content types with them.
"""

from __future__ import annotations

import base64
import binascii
import io
import zipfile

from lxml import etree

_PKG = "{http://schemas.microsoft.com/office/2006/xmlPackage}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def as_package(data: bytes) -> bytes | None:
    """The document as a zip package, or ``None`` if ``data`` is not a Flat OPC document."""
    head = data[:4096]
    if b"pkg:package" not in head and b"xmlPackage" not in head:
        return None
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError:
        return None
    if root.tag != f"{_PKG}package":
        return None
    out = io.BytesIO()
    types = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">']
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for part in root.iter(f"{_PKG}part"):
            name = (part.get(f"{_PKG}name") or "").lstrip("/")
            if not name:
                continue
            xml = part.find(f"{_PKG}xmlData")
            binary = part.find(f"{_PKG}binaryData")
            if xml is not None and len(xml):
                body = etree.tostring(xml[0], xml_declaration=True, encoding="UTF-8", standalone=True)
            elif binary is not None:
                try:
                    body = base64.b64decode("".join((binary.text or "").split()), validate=True)
                except (binascii.Error, ValueError):
                    body = (binary.text or "").encode("utf-8")  # unreadable base64: scanned as the text it is
            else:
                continue
            package.writestr(name, body)
            content_type = part.get(f"{_PKG}contentType") or "application/octet-stream"
            types.append(f'<Override PartName="/{name}" ContentType="{content_type}"/>')
        types.append("</Types>")
        package.writestr("[Content_Types].xml", "".join(types))
    return out.getvalue()
