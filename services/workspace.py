"""Opening a workspace, the gate over its register, who acts, and the workspace's own settings."""

from __future__ import annotations

from pathlib import Path

from attest.capture.intake import register_matcher, register_snapshot
from attest.core.audit_events import AuditTrusted
from attest.core.model import Run
from attest.core.redacted import Redacted, from_store
from attest.core.workspace import Workspace
from attest.services.gate import Gate


def open_workspace(root: Path) -> Workspace:
    return Workspace.open(root)


def gate(ws: Workspace, run_id: int | None = None) -> Gate:
    """The gate over ``ws``'s register (read only when some text needs it); for text typed into a run,
    also over the values found in the run's evidence (a device id masked in a payload is masked
    where the tester types it too)."""
    if run_id is None:
        return Gate(lambda: register_matcher(ws))
    return Gate(lambda: register_snapshot(ws, run_id)[0])


def who(ws: Workspace, gate: Gate, given: str | None, field: str = "--by", run: Run | None = None) -> Redacted:
    """The person a change is recorded against: ``given`` (checked as an identity field), else the
    run's tester (already through the gate when the run started), else the login name, redacted."""
    if given is not None and given.strip():
        return gate.person(field, given)
    if run is not None and run.tester:
        return from_store(run.tester)
    return gate.actor(ws.actor) or from_store("unknown")


def set_originals_mode(ws: Workspace, mode: str, *, by: str | None = None) -> str:
    """``discard`` or ``encrypted``: what the workspace keeps of unredacted originals (audited)."""
    g = gate(ws)
    ws.originals.set_mode(mode, by=who(ws, g, by))
    return ws.originals.mode


def trust_workspace(ws: Workspace, reason: str, *, by: str | None = None) -> AuditTrusted:
    """``attest audit trust``: accept the workspace as it stands here, with a reason (through the gate)."""
    from attest.core.errors import AttestError

    g = gate(ws)
    text = g.text(reason)
    if not str(text).strip():
        raise AttestError("--reason: say why the workspace is trusted as it stands (it is kept in the audit log)")
    return ws.trust(text, who(ws, g, by))
