"""Reading a .docx handed to ``attest verify`` as hostile input: its parts inflated in counted chunks
within the limits the leak scan uses (``redaction.limits``), its XML parsed with no DTD, no entity
expansion and no external entities (defusedxml). A pack is whatever someone sends an assurer."""

from __future__ import annotations

import zipfile
from xml.etree.ElementTree import Element

import defusedxml.ElementTree as SafeElementTree

from attest.redaction.limits import check_package, read_part


def part_bytes(package: zipfile.ZipFile, name: str) -> bytes:
    """One part, refused (``InputTooLarge``) if it inflates past its stated size or the limits."""
    return read_part(package, package.getinfo(name))


def safe_xml(data: bytes) -> Element:
    """Raises ``ElementTree.ParseError`` for bad XML and a ``ValueError`` (defusedxml's) for a DTD or an
    entity: callers already treat both as a damaged part."""
    return SafeElementTree.fromstring(data, forbid_dtd=True)


__all__ = ["check_package", "part_bytes", "safe_xml"]
