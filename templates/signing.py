"""Signatures on what Attest exports: a pack's manifest, and the whole of a report.

Hashes in a document prove nothing against a person who can rewrite them too. So the pack's manifest is
signed with the workspace's Ed25519 key (:mod:`attest.core.workspace_keys`), and so is a report's
content. The public key travels with the signature; ``attest verify`` checks the signature and prints the
key's fingerprint, which a reader compares with the workspace's (``attest verify --workspace``, or the
fingerprint printed by ``attest audit verify``). A signature made with another key verifies as that
key's, never as the workspace's.

A pack is signed over its manifest (which names every item by hash) so that it survives Word saving it
again (Word renames media parts). A report is signed over its parts as written, except the signature's
own custom XML part and the relationships and content types that merely point to it: saved again by
Word, a report no longer verifies, which is what a reader of a signed report should be told.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from typing import Any
from xml.etree import ElementTree

from attest.templates.safe_package import part_bytes, safe_xml

from attest.core.workspace_keys import Secret, fingerprint, verify_signature

REPORT_NS = "urn:attest:signed-document:1"
PKG_R = "{http://schemas.openxmlformats.org/package/2006/relationships}"
CUSTOM_XML_TYPES = ("/customXml", "/customXmlProps")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def sign(secret: Secret, data: bytes) -> tuple[str, str]:
    """(public key, signature), base64, over ``data``."""
    return _b64(secret.public_key()), _b64(secret.sign(data))


@dataclass(frozen=True)
class SignatureCheck:
    """A signature as found: ``fingerprint`` of its key ("" when absent or unreadable), ``problem`` ("" if
    it verifies)."""

    fingerprint: str
    public_key: bytes
    problem: str

    @property
    def ok(self) -> bool:
        return not self.problem


def check(public_b64: str, signature_b64: str, data: bytes, what: str) -> SignatureCheck:
    if not public_b64 or not signature_b64:
        return SignatureCheck("", b"", f"unsigned: {what} carries no signature, so anyone could have rewritten it "
                                       "(or it was built by an Attest before signatures)")
    try:
        public = base64.b64decode(public_b64, validate=True)
        signature = base64.b64decode(signature_b64, validate=True)
    except ValueError:
        return SignatureCheck("", b"", f"damaged: {what}'s signature cannot be read")
    if len(public) != 32:
        return SignatureCheck("", b"", f"damaged: {what}'s signing key cannot be read")
    if not verify_signature(public, signature, data):
        return SignatureCheck(fingerprint(public), public,
                              f"changed: {what} does not match its signature (edited after it was signed)")
    return SignatureCheck(fingerprint(public), public, "")


# -- reports -----------------------------------------------------------------------------------------

def content_digest(data: bytes) -> str:
    """SHA-256 over every part of the .docx except the signature's own three (its custom XML part, that
    part's properties and relationships) and what merely points to them (their content-type overrides,
    the document's relationship to the part). Everything else counts, as bytes, in name order; the
    content types and relationships in a canonical form, since adding the signature rewrites them."""
    digest = hashlib.sha256()
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = package.namelist()
        own = _signature_parts(package, names)
        for name in sorted(names):
            if name in own:
                continue
            body = part_bytes(package, name)
            if name == "[Content_Types].xml":
                body = _content_types_without(body, own)
            elif name.endswith(".rels"):
                body = _rels_without(body, own)
            digest.update(len(name).to_bytes(4, "big") + name.encode("utf-8"))
            digest.update(len(body).to_bytes(8, "big") + body)
    return digest.hexdigest()


def _signature_parts(package: zipfile.ZipFile, names: list[str]) -> set[str]:
    for name in sorted(n for n in names if n.startswith("customXml/item") and n.endswith(".xml")):
        if REPORT_NS.encode() in part_bytes(package, name):
            number = name[len("customXml/item"):-len(".xml")]
            return {name, f"customXml/itemProps{number}.xml", f"customXml/_rels/item{number}.xml.rels"}
    return set()


def _content_types_without(body: bytes, own: set[str]) -> bytes:
    root = safe_xml(body)
    entries = sorted((child.tag.rsplit("}", 1)[-1], *(f"{k}={v}" for k, v in sorted(child.attrib.items())))
                     for child in root if child.get("PartName", "").lstrip("/") not in own)
    return json.dumps(entries).encode("utf-8")


def _rels_without(body: bytes, own: set[str]) -> bytes:
    root = safe_xml(body)
    rels = sorted((r.get("Id", ""), r.get("Type", ""), r.get("Target", ""), r.get("TargetMode", ""))
                  for r in root.iter(f"{PKG_R}Relationship")
                  if not (r.get("Type", "").endswith(CUSTOM_XML_TYPES)
                          and any(r.get("Target", "").endswith(part.rsplit("/", 1)[-1]) for part in own)))
    return json.dumps(rels).encode("utf-8")


def _statement(kind: str, workspace: str, created: str, digest: str, key: str) -> bytes:
    return json.dumps({"format": "attest-signed-document", "version": 1, "kind": kind, "workspace": workspace,
                       "created": created, "content_sha256": digest, "key": key},
                      sort_keys=True, separators=(",", ":")).encode("utf-8")


def report_signature(secret: Secret, data: bytes, kind: str, workspace: str, created: str) -> bytes:
    """The custom XML part that signs a report whose bytes (before the part is added) are ``data``."""
    digest = content_digest(data)
    key = _b64(secret.public_key())
    value = _b64(secret.sign(_statement(kind, workspace, created, digest, key)))
    root = ElementTree.Element(f"{{{REPORT_NS}}}signature", {
        "kind": kind, "workspace": workspace, "created": created, "content-sha256": digest, "key": key,
        "value": value})
    ElementTree.register_namespace("attest-signature", REPORT_NS)
    return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)


@dataclass(frozen=True)
class SignedReport:
    kind: str
    workspace: str
    created: str
    signature: SignatureCheck


def find_report_signature(package: zipfile.ZipFile) -> dict[str, Any] | None:
    for name in sorted(n for n in package.namelist() if n.startswith("customXml/") and n.endswith(".xml")):
        body = part_bytes(package, name)
        if REPORT_NS.encode() in body:
            try:
                return dict(safe_xml(body).attrib)
            except ElementTree.ParseError:
                return {}
    return None


def verify_report(data: bytes, attrs: dict[str, Any]) -> SignedReport:
    kind, workspace, created = attrs.get("kind", ""), attrs.get("workspace", ""), attrs.get("created", "")
    digest = content_digest(data)
    statement = _statement(kind, workspace, created, digest, attrs.get("key", ""))
    result = check(attrs.get("key", ""), attrs.get("value", ""), statement, "the report")
    if result.ok and attrs.get("content-sha256") != digest:  # cannot happen unless the statement was forged
        result = SignatureCheck(result.fingerprint, result.public_key, "changed: the report's content differs")
    return SignedReport(kind, workspace, created, result)
