"""The test data register: identifiers (stored encrypted) mapped to references such as MPAN001.

A reference is stored and shown in clear, so it must not be an identifier of any kind; a file's name
goes into the audit log, so it is redacted first."""

from __future__ import annotations

from pathlib import Path

from attest.capture.intake import register_matcher
from attest.core.errors import InputError
from attest.core.register_store import KIND_NAMES, RegisterRecord, masked, parse_csv
from attest.core.workspace import Workspace
from attest.redaction import RegisterMatcher
from attest.services.gate import identifier_kind
from attest.services.workspace import gate as gate_for, who

__all__ = ["KIND_NAMES", "RegisterRecord", "add", "entries", "import_csv", "masked", "matcher"]


def add(ws: Workspace, kind: str, value: str, reference: str | None = None, *, by: str | None = None) -> RegisterRecord:
    gate = gate_for(ws)
    ref = gate.reference("--ref", reference) if reference is not None and reference.strip() else None
    return ws.register.add(kind, value, ref, by=who(ws, gate, by))


def import_csv(ws: Workspace, path: Path, *, by: str | None = None) -> list[RegisterRecord]:
    """All rows or none; a reference that looks like an identifier is refused, naming the line."""
    for row in parse_csv(path):
        if row.reference:
            kind = identifier_kind(row.reference)
            if kind is not None:
                raise InputError(str(path), f"the reference looks like an identifier ({kind}); a reference such as "
                                            "MPAN001 names test data without being it", line=row.line,
                                 place="column reference")
    gate = gate_for(ws)
    return ws.register.import_csv(path, by=who(ws, gate, by), source=gate.file_name(path.name))


def entries(ws: Workspace) -> list[RegisterRecord]:
    return ws.register.entries()


def matcher(ws: Workspace) -> RegisterMatcher:
    """The register as redaction matches it (for `attest redact` and `attest scan`)."""
    return register_matcher(ws)
