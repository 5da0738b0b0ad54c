"""Export: the evidence pack and the witness session report (both leak-checked before anything is
written), and a redacted copy of a screen grab.

Each document shows its times in one zone, ``time_zone`` (an IANA name such as Europe/London; ``None``:
``$ATTEST_TIME_ZONE``, else Europe/London), and says which on its cover; a name that is not a zone
is refused (``local_time.UnknownZone``, exit 2) before anything is masked or built."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from attest.capture.intake import register_snapshot
from attest.core.local_time import zone
from attest.core.workspace import Workspace
from attest.redaction import ItemRedaction, redact_bytes


def build_pack(ws: Workspace, run_id: int, out: Path, *, template: Path | None = None, with_files: bool = False,
               progress: Callable[[int, str], None] | None = None, engine: Any = None,
               time_zone: str | None = None) -> Any:
    """Check, build and write the Word evidence pack of ``run_id`` (nothing is written if the leak scan finds
    anything); returns the builder's result (path, counts)."""
    zone(time_zone)  # a bad zone is refused before anything is masked
    from attest.services.evidence import mask_recurring, redactor
    from attest.templates.pack import build_pack as build  # python-docx and the OCR stack load only here

    # a value found late in the run may recur in a screenshot taken before it (the pack's scan would
    # then refuse); those are masked now, as text items were when the value was found
    mask_recurring(ws, run_id, screenshots=True, using=redactor(ws, engine, run_id))
    register, key = register_snapshot(ws, run_id)
    return build(ws, run_id, out, template=template, with_files=with_files, register=register, register_key=key,
                 progress=progress, engine=engine, time_zone=time_zone)


def witness_report(ws: Workspace, run_id: int, out: Path, *, template: Path | None = None,
                   time_zone: str | None = None) -> Any:
    zone(time_zone)
    from attest.services.evidence import mask_recurring
    from attest.templates.witness_report import build_witness_report  # python-docx loads only here

    mask_recurring(ws, run_id)  # typed text from before a value was found (no screenshot is shown here)
    register, key = register_snapshot(ws, run_id)
    return build_witness_report(ws, run_id, out, template=template, register=register, register_key=key,
                                time_zone=time_zone)


def redact_capture(ws: Workspace, data: bytes, name: str) -> ItemRedaction:
    """A grabbed screen, redacted with the workspace's register (registered values become references)."""
    register, _key = register_snapshot(ws)
    return redact_bytes(data, name, register=register)


def completion_report(ws: Workspace, plan: str | int, out: Path, *, recommendations: str = "", lessons: str = "",
                      template: Path | None = None, by: str | None = None, time_zone: str | None = None) -> Any:
    """Check, build and write a plan's test completion report (nothing is written if the leak scan finds
    anything). Recommendations and lessons are typed text: redacted at the gate."""
    from attest.capture.intake import register_matcher
    from attest.services.workspace import gate as gate_for, who
    from attest.templates.completion_report import build_completion_report  # python-docx, matplotlib load here

    zone(time_zone)
    gate = gate_for(ws)
    found = ws.plans.find(plan)
    return build_completion_report(ws, found.id, out, recommendations=gate.text(recommendations),
                                   lessons=gate.text(lessons), register=register_matcher(ws), template=template,
                                   by=who(ws, gate, by), time_zone=time_zone)
