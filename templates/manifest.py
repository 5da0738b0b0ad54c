"""The pack's manifest, and ``attest verify``: is every evidence item still the one Attest put in?

The manifest is a custom XML part inside the .docx (Word keeps it, and it travels with the file).
It holds, per evidence item, the SHA-256 of the bytes in the document (the screenshot as shown, with
its annotations; the payload file inside its OLE object, and that object's icon) and of the redacted
file in the workspace, plus the SHA-256 of the run record and the audit chain head when packed.

Items are found in the document by name (a picture's ``docPr/@name``, an embedded object's shape
``alt``), not by part name, because Word renames media parts when it saves.
"""

from __future__ import annotations

import hashlib
import io
import json
import posixpath
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from xml.etree import ElementTree

from attest.redaction.limits import InputTooLarge
from attest.templates.safe_package import check_package, part_bytes, safe_xml

from attest.core.model import Run
from attest.redaction.scan import ole_package_payload
from attest.core.workspace_keys import Secret
from attest.templates.signing import SignatureCheck, check, sign
from attest.templates.word_parts import xml_safe

NS = "urn:attest:evidence-manifest:1"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WP_DOCPR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
A_BLIP = f"{A}blip"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
V = "{urn:schemas-microsoft-com:vml}"
O = "{urn:schemas-microsoft-com:office:office}"
PKG_R = "{http://schemas.openxmlformats.org/package/2006/relationships}"


@dataclass
class ManifestItem:
    name: str  # <TC ref>_step<NN>_<n>
    kind: str
    step: int
    file: str  # the evidence item's own file name
    evidence_sha256: str  # the redacted file in the workspace
    sha256: str  # what the document holds: the picture, or the payload inside its OLE object
    icon_sha256: str = ""  # an embedded object's icon


@dataclass
class Manifest:
    run_id: int
    reference: str
    workspace_id: str
    attest_version: str
    created: str
    run_record_sha256: str
    audit_head: str
    audit_entries: int
    items: list[ManifestItem] = field(default_factory=list)
    template_images: list[str] = field(default_factory=list)  # a template's own pictures (a header logo)
    signer_key: str = ""  # base64 of the workspace's Ed25519 public key (templates.signing)
    signature: str = ""  # base64 signature over unsigned_xml()

    def sign(self, secret: Secret) -> None:
        self.signer_key, self.signature = sign(secret, self.unsigned_xml())

    def unsigned_xml(self) -> bytes:
        """What the signature covers: the manifest as built from its fields, so that a document saved
        again by Word (which may rewrite the part's bytes) still verifies."""
        return self.to_xml(signed=False)

    def to_xml(self, *, signed: bool = True) -> bytes:
        root = ElementTree.Element(f"{{{NS}}}manifest", {
            "version": "1", "run": str(self.run_id), "reference": self.reference, "workspace": self.workspace_id,
            "attest-version": self.attest_version, "created": self.created,
            "run-record-sha256": self.run_record_sha256, "audit-head": self.audit_head,
            "audit-entries": str(self.audit_entries)})
        if signed and self.signature:
            root.attrib.update({"signer-key": self.signer_key, "signature": self.signature})
        root.attrib.update({k: xml_safe(v) for k, v in root.attrib.items()})
        for item in self.items:
            attrs = {"name": item.name, "kind": item.kind, "step": str(item.step), "file": item.file,
                     "evidence-sha256": item.evidence_sha256, "sha256": item.sha256}
            if item.icon_sha256:
                attrs["icon-sha256"] = item.icon_sha256
            ElementTree.SubElement(root, f"{{{NS}}}item", {k: xml_safe(v) for k, v in attrs.items()})
        for digest in self.template_images:
            ElementTree.SubElement(root, f"{{{NS}}}template-image", {"sha256": digest})
        ElementTree.register_namespace("attest", NS)
        return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)

    @classmethod
    def from_xml(cls, data: bytes) -> Manifest:
        root = safe_xml(data)
        a = root.attrib
        manifest = cls(int(a["run"]), a["reference"], a["workspace"], a["attest-version"], a["created"],
                       a["run-record-sha256"], a["audit-head"], int(a["audit-entries"]))
        for node in root.iter(f"{{{NS}}}item"):
            n = node.attrib
            manifest.items.append(ManifestItem(n["name"], n["kind"], int(n["step"]), n["file"],
                                               n["evidence-sha256"], n["sha256"], n.get("icon-sha256", "")))
        manifest.template_images = [n.attrib["sha256"] for n in root.iter(f"{{{NS}}}template-image")]
        manifest.signer_key, manifest.signature = a.get("signer-key", ""), a.get("signature", "")
        return manifest


def run_record(run: Run) -> dict[str, Any]:
    """What the pack says about the run, as data: hashed into the manifest. A witnessed run's record
    also holds its session (purpose, participants, responses, agreed actions, outcome and sign-off)."""
    record = {
        "run": run.id, "reference": run.reference, "title": run.title, "case_version": run.case_version,
        "tester": run.tester, "environment": run.environment, "status": run.status.value,
        "started_at": run.started_at.isoformat(), "finished_at": run.finished_at.isoformat() if run.finished_at else None,
        "data_refs": list(run.data_refs),
        "steps": [{
            "index": s.index, "action": s.action, "expected": s.expected,
            "status": s.result.status.value if s.result else None, "actual": s.result.actual if s.result else None,
            "recorded_by": s.result.recorded_by if s.result else None,
            "recorded_at": s.result.recorded_at.isoformat() if s.result else None,
            "evidence": [{"sha256": e.sha256, "kind": e.kind.value, "name": e.name, "caption": e.caption,
                          "annotations": [a.to_dict() for a in e.annotations]} for e in s.evidence],
        } for s in run.steps],
        "deviations": [{"step": d.step_index, "kind": d.kind.value, "reason": d.reason, "by": d.recorded_by,
                        "at": d.recorded_at.isoformat()} for d in run.deviations],
        "observations": [{"step": o.step_index, "kind": o.kind.value, "text": o.text, "by": o.raised_by,
                          "at": o.raised_at.isoformat()} for o in run.observations],
        "defects": [{"step": d.step_index, "title": d.title, "severity": d.severity.value,
                     "priority": d.priority.value, "by": d.raised_by, "at": d.raised_at.isoformat()}
                    for d in run.defects],
    }
    if run.witnessed:
        record["witness"] = {
            "purpose": run.purpose,
            "participants": [{"name": p.name, "organisation": p.organisation, "role": p.role.value}
                             for p in run.participants],
            "observations": [{"response": o.response, "action": o.action, "defect": o.defect_id}
                             for o in run.observations],
            "washup": None if run.washup is None else {
                "outcome": run.washup.outcome.value, "signed_by": run.washup.signed_by,
                "signed_at": run.washup.signed_at.isoformat()},
        }
    return record


def record_sha256(record: dict[str, Any]) -> str:
    text = json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# -- verifying ---------------------------------------------------------------------------------------

class NotAPack(Exception):
    """The file is not a Word document Attest built (or its manifest is unreadable)."""


@dataclass
class Verification:
    manifest: Manifest
    problems: list[str]
    signature: SignatureCheck

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_pack(data: bytes, file: str) -> Verification:
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise NotAPack(f"{file}: not a Word document (.docx)") from None
    try:
        check_package(package)  # from the central directory, before anything is inflated
    except InputTooLarge as error:
        package.close()
        raise NotAPack(f"{file}: not verified: {error}") from None
    problems: list[str] = []
    with package:
        names = set(package.namelist())
        if "word/document.xml" not in names:
            raise NotAPack(f"{file}: not a Word document (no word/document.xml)")
        manifest = _find_manifest(package, names, file)
        try:
            found, signatures = _document_items(package, names)
            parts = _embedded_parts(package, names)
        except (ElementTree.ParseError, zipfile.BadZipFile, KeyError, OSError, ValueError, InputTooLarge) as error:
            problems.append(f"damaged: the document's parts cannot be read ({error})")
            found, signatures, parts = {}, set(), {}
    signature = check(manifest.signer_key, manifest.signature, manifest.unsigned_xml(), "the evidence manifest")
    if not signature.ok:
        problems.append(signature.problem)
    expected = {item.name: item for item in manifest.items}
    for item in manifest.items:
        where = f"{item.name} (step {item.step}, {item.file})"
        held = found.get(item.name)
        if held is None:
            problems.append(f"missing: {where} is no longer in the document")
            continue
        if held.get("sha256") != item.sha256:
            problems.append(f"changed: {where}: its content is not what was packed")
        elif held.get("altered"):
            problems.append(f"changed: {where}: it is shown {held['altered']} in the document")
        if item.icon_sha256 and held.get("icon") != item.icon_sha256:
            problems.append(f"changed: {where}: its icon is not what was packed")
    for name in sorted(set(found) - set(expected)):
        if found[name].get("sha256") not in signatures:
            problems.append(f"added: {name} is in the document but not in the manifest")
    # every picture and object anywhere in the package (VML, headers, comments...) must be accounted for
    allowed = ({i.sha256 for i in manifest.items} | {i.icon_sha256 for i in manifest.items}
               | set(manifest.template_images) | signatures)
    for part, digest in sorted(parts.items()):
        if digest not in allowed:
            problems.append(f"added: {part} is in the document but not in the manifest")
    return Verification(manifest, problems, signature)


SIGN_OFF_CAPTION = "Attest sign-off"  # the sign-off table's caption: a signature pictured there is expected
EMBEDDING_TYPES = ("/image", "/oleObject", "/package", "/aFChunk", "/control")


def _embedded_parts(package: zipfile.ZipFile, names: set[str]) -> dict[str, str]:
    """Every picture, object, alternative-format chunk or control any part of the package points
    to, with its hash (an OLE package's: the file inside it, as the manifest records it)."""
    out: dict[str, str] = {}
    for rels_name in (n for n in names if n.endswith(".rels")):
        for _rid, kind, path in _targets(package, rels_name):
            if not kind.endswith(EMBEDDING_TYPES) or path not in names or path in out:
                continue
            data = part_bytes(package, path)
            inner = ole_package_payload(data) if data.startswith(b"\xd0\xcf\x11\xe0") else None
            out[path] = hashlib.sha256(inner[1] if inner else data).hexdigest()
    return out


def _find_manifest(package: zipfile.ZipFile, names: set[str], file: str) -> Manifest:
    for name in sorted(n for n in names if n.startswith("customXml/") and n.endswith(".xml")):
        try:
            data = part_bytes(package, name)
        except InputTooLarge as error:
            raise NotAPack(f"{file}: not verified: {error}") from None
        if NS.encode() in data:
            try:
                return Manifest.from_xml(data)
            except (ElementTree.ParseError, KeyError, ValueError) as error:
                raise NotAPack(f"{file}: the evidence manifest ({name}) is damaged: {error}") from None
    raise NotAPack(f"{file}: no Attest evidence manifest; was this pack built by `attest pack`?")


def _document_items(package: zipfile.ZipFile, names: set[str]) -> tuple[dict[str, dict[str, str]], set[str]]:
    """name -> hashes of what the body holds under that name, and the hashes of pictures in the
    sign-off table (signatures). Unnamed pictures and objects get a made-up name, so that an added
    one is never silently accepted."""
    rels = _relationships(package, names)
    root = safe_xml(part_bytes(package, "word/document.xml"))
    found: dict[str, dict[str, str]] = {}
    signatures: set[str] = set()
    unnamed = 0

    def part_sha(rid: str | None) -> str:
        target = rels.get(rid or "")
        return hashlib.sha256(part_bytes(package, target)).hexdigest() if target and target in names else "absent"

    for drawing in root.iter(f"{W}drawing"):
        docpr = next(drawing.iter(WP_DOCPR), None)
        blip = next(drawing.iter(A_BLIP), None)
        name = docpr.get("name", "") if docpr is not None else ""
        if not name or name in found:
            unnamed += 1
            name = f"picture #{unnamed} without an Attest name"
        found[name] = {"sha256": part_sha(blip.get(f"{R}embed") if blip is not None else None),
                       "altered": _altered(drawing, blip)}
    for obj in root.iter(f"{W}object"):
        shape = next(obj.iter(f"{V}shape"), None)
        ole = next(obj.iter(f"{O}OLEObject"), None)
        imagedata = next(obj.iter(f"{V}imagedata"), None)
        name = shape.get("alt", "") if shape is not None else ""
        if not name or name in found:
            unnamed += 1
            name = f"embedded object #{unnamed} without an Attest name"
        payload = "absent"
        target = rels.get(ole.get(f"{R}id", "") if ole is not None else "")
        if target and target in names:
            inner = ole_package_payload(part_bytes(package, target))
            payload = hashlib.sha256(inner[1]).hexdigest() if inner else "not a file package"
        found[name] = {"sha256": payload,
                       "icon": part_sha(imagedata.get(f"{R}id") if imagedata is not None else None)}
    for table in root.iter(f"{W}tbl"):
        caption = table.find(f"{W}tblPr/{W}tblCaption")
        if caption is not None and caption.get(f"{W}val") == SIGN_OFF_CAPTION:
            signatures |= {part_sha(b.get(f"{R}embed")) for b in table.iter(A_BLIP)}
    return found, signatures


def _altered(drawing: ElementTree.Element, blip: ElementTree.Element | None) -> str:
    """How a picture is shown other than as packed: cropped, or with effects (transparency...)."""
    for rect in drawing.iter(f"{A}srcRect"):
        if any(int(v or 0) != 0 for v in rect.attrib.values()):
            return "cropped"
    if blip is not None and len(blip):
        return "with effects applied (" + ", ".join(sorted({c.tag.rsplit("}", 1)[-1] for c in blip})) + ")"
    return ""


def _relationships(package: zipfile.ZipFile, names: set[str]) -> dict[str, str]:
    """The document part's relationship ids and the package paths they point to."""
    rels_name = "word/_rels/document.xml.rels"
    return {rid: path for rid, _kind, path in _targets(package, rels_name)} if rels_name in names else {}


def _targets(package: zipfile.ZipFile, rels_name: str) -> Iterator[tuple[str, str, str]]:
    """(id, type, package path) of each internal relationship in a ``.rels`` part; a relative target is
    resolved against the folder of the part the ``.rels`` belongs to."""
    base = posixpath.dirname(posixpath.dirname(rels_name))
    for rel in safe_xml(part_bytes(package, rels_name)).iter(f"{PKG_R}Relationship"):
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target", "")
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(base, target))
        yield rel.get("Id", ""), rel.get("Type", ""), path
