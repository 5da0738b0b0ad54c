"""``attest verify FILE.docx``: is this pack or report the one Attest signed, and (with ``--workspace``)
the one that workspace built?

The document alone proves it is intact and names the key that signed it. Only the workspace can say the
key is its own (listed in ``keys.json`` and made by an ``audit.key`` entry of its log) and that it built
this very document: a pack's manifest is matched with its ``pack.build`` entry (manifest, run record and
every item hash), a report's bytes with its ``witness.report`` or ``plan.report`` entry.
"""

from __future__ import annotations

import base64
import io
import zipfile
from dataclasses import dataclass, field

from attest.core import audit
from attest.core import audit_events as events
from attest.core.evidence_store import sha256_bytes
from attest.core.workspace import Workspace
from attest.core.workspace_keys import KeyUnavailable
from attest.redaction.limits import InputTooLarge, check_package
from attest.templates.manifest import Manifest, NotAPack, verify_pack
from attest.templates.signing import SignatureCheck, find_report_signature, verify_report

REPORT_KINDS = {"witness-report": "witness session report", "completion-report": "test completion report"}


@dataclass
class DocumentCheck:
    """What ``attest verify`` found: the kind of document, its problems, the signature and a summary."""

    kind: str  # "pack", "witness-report" or "completion-report"
    problems: list[str]
    signature: SignatureCheck
    workspace_id: str
    summary: str
    manifest: Manifest | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_document(data: bytes, file: str) -> DocumentCheck:
    """The document on its own: a pack against its manifest, a report against its signature."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            check_package(package)  # a hostile .docx: refused from its central directory, nothing inflated
            attrs = find_report_signature(package)
        report = verify_report(data, attrs) if attrs is not None else None
    except zipfile.BadZipFile:
        raise NotAPack(f"{file}: not a Word document (.docx)") from None
    except InputTooLarge as error:
        raise NotAPack(f"{file}: not verified: {error}") from None
    if attrs is not None and report is not None:
        kind = report.kind if report.kind in REPORT_KINDS else "report"
        problems = [] if report.signature.ok else [report.signature.problem]
        summary = f"{REPORT_KINDS.get(kind, 'report')} built {report.created or '(unknown)'}"
        return DocumentCheck(kind, problems, report.signature, report.workspace, summary)
    result = verify_pack(data, file)
    m = result.manifest
    summary = (f"{m.reference}, run {m.run_id}, packed {m.created} by Attest {m.attest_version}; audit log head "
               f"{m.audit_head} after {m.audit_entries} entries")
    return DocumentCheck("pack", list(result.problems), result.signature, m.workspace_id, summary, m)


@dataclass
class Verdict:
    """A dropped or named document checked against a workspace: what it is, what is wrong, and what is
    still worth knowing when nothing is (later changes to the run)."""

    found: DocumentCheck
    problems: list[str]
    later: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_document(data: bytes, file: str, ws: Workspace | None = None) -> Verdict:
    """``attest verify FILE [--workspace DIR]`` and a pack dropped on the app: the document on its own,
    then (with ``ws``) as that workspace's. Raises :class:`NotAPack` for a file that is neither."""
    found = check_document(data, file)
    problems = list(found.problems)
    later: list[str] = []
    if ws is not None:
        problems += check_against_workspace(ws, data, found)
        later = check_run_notes(ws, found)
    return Verdict(found, problems, later)


def check_against_workspace(ws: Workspace, data: bytes, found: DocumentCheck) -> list[str]:
    """Problems with the document as ``ws``'s: its key and the log's record of building it."""
    problems: list[str] = []
    if found.workspace_id != ws.id:
        problems.append(f"this document names workspace {found.workspace_id[:40]!r}, not this one ({ws.id})")
    problems += _key_problems(ws, found.signature)
    if found.kind == "pack" and found.manifest is not None:
        problems += _pack_record_problems(ws, found.manifest)
        problems += _head_problems(ws, found.manifest)
    elif found.kind in REPORT_KINDS:
        digest = sha256_bytes(data)
        cls: type[events.WitnessReportWritten] | type[events.CompletionReportWritten] = (
            events.WitnessReportWritten if found.kind == "witness-report" else events.CompletionReportWritten)
        if not any(isinstance(e.event, cls) and e.event.sha256 == digest for e in audit.entries(ws.store.conn, cls.kind)):
            problems.append(f"this workspace's audit log has no record of writing this {REPORT_KINDS[found.kind]} "
                            "(no entry with its SHA-256)")
    return problems


def _key_problems(ws: Workspace, signature: SignatureCheck) -> list[str]:
    if not signature.public_key:
        return []  # unsigned or unreadable: already a problem of the document itself
    try:
        epochs = ws.keys.epochs()
    except KeyUnavailable as error:
        return [str(error)]
    logged = {e.event.public_key for e in audit.entries(ws.store.conn, events.KeyCreated.kind)
              if isinstance(e.event, events.KeyCreated)}
    public = base64.b64encode(signature.public_key).decode()
    if not any(e.public_key == signature.public_key for e in epochs) or public not in logged:
        return [f"signed with key {signature.fingerprint}, which is not this workspace's key (its keys are made "
                "by its own audit log)"]
    return []


def _head_problems(ws: Workspace, manifest: Manifest) -> list[str]:
    """The log the pack was built on must still be the start of this workspace's log: rolled back, or
    rewritten by someone holding the key (and the record outside the workspace), it is not."""
    row = ws.store.one("SELECT hash FROM audit_log WHERE seq = ?", (manifest.audit_entries,))
    if row is None or row["hash"] != manifest.audit_head:
        return [f"this workspace's audit log no longer holds the head this pack was built on (entry "
                f"{manifest.audit_entries}, {manifest.audit_head[:12]}…): the log was rolled back or rewritten since"]
    return []


def check_run_notes(ws: Workspace, found: DocumentCheck) -> list[str]:
    """A run changed since its pack (a defect raised later, say) is no fault of the pack: said, not failed."""
    from attest.core.errors import AttestError
    from attest.templates.manifest import record_sha256, run_record

    if found.manifest is None:
        return []
    try:
        run = ws.runs.get(found.manifest.run_id)
    except AttestError:
        return [f"run {found.manifest.run_id} is not in this workspace"]
    if record_sha256(run_record(run)) != found.manifest.run_record_sha256:
        return [f"run {run.id} has changed since this pack was built (its record differs): build the pack again "
                "to include what was recorded later"]
    return []


def _pack_record_problems(ws: Workspace, manifest: Manifest) -> list[str]:
    built = [(e.seq, e.event) for e in audit.entries(ws.store.conn, events.PackBuilt.kind)
             if isinstance(e.event, events.PackBuilt) and e.event.run_id == manifest.run_id]
    if not built:
        return [f"this workspace's audit log records no pack built from run {manifest.run_id}"]
    digest = sha256_bytes(manifest.unsigned_xml())
    if any(event.manifest_sha256 == digest for _, event in built):
        return []
    # no entry with this manifest: say how the nearest record differs (the latest pack of the run)
    seq, latest = built[-1]
    problems = [f"this workspace's audit log has no record of this pack's manifest (entry {seq} "
                f"recorded the latest pack of run {manifest.run_id})"]
    if latest.run_record_sha256 != manifest.run_record_sha256:
        problems.append("the run record hashed in the pack differs from the one the log recorded")
    items = latest.items if isinstance(latest.items, dict) else {}
    for item in manifest.items:
        if items and items.get(item.name) != item.sha256:
            problems.append(f"item {item.name}: its hash differs from the one the log recorded")
    return problems
