"""Export: the evidence pack and the witness session report (both leak-checked before anything is
written), and a redacted copy of a screen grab."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from attest.capture.intake import register_snapshot
from attest.core.workspace import Workspace
from attest.redaction import ItemRedaction, redact_bytes


def build_pack(ws: Workspace, run_id: int, out: Path, *, template: Path | None = None, with_files: bool = False,
               progress: Callable[[int, str], None] | None = None, engine: Any = None) -> Any:
    """Check, build and write the Word evidence pack of ``run_id`` (nothing is written if the leak scan finds
    anything); returns the builder's result (path, counts)."""
    from attest.templates.pack import build_pack as build  # python-docx and the OCR stack load only here

    register, key = register_snapshot(ws)
    return build(ws, run_id, out, template=template, with_files=with_files, register=register, register_key=key,
                 progress=progress, engine=engine)


def witness_report(ws: Workspace, run_id: int, out: Path, *, template: Path | None = None) -> Any:
    from attest.templates.witness_report import build_witness_report  # python-docx loads only here

    register, key = register_snapshot(ws)
    return build_witness_report(ws, run_id, out, template=template, register=register, register_key=key)


def redact_capture(ws: Workspace, data: bytes, name: str) -> ItemRedaction:
    """A grabbed screen, redacted with the workspace's register (registered values become references)."""
    register, _key = register_snapshot(ws)
    return redact_bytes(data, name, register=register)
