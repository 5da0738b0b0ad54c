"""Changes to a stored test case made in the app (the text comes from imports, through ``imports``)."""

from __future__ import annotations

from collections.abc import Sequence

from attest.core.cases import ImportOutcome
from attest.core.workspace import Workspace
from attest.services.workspace import gate as gate_for, who

__all__ = ["flag_evidence"]


def flag_evidence(ws: Workspace, case: str | int, steps: Sequence[int], *, by: str | None = None) -> ImportOutcome:
    """Flag exactly ``steps`` of ``case`` as requiring test evidence (a new case version when it changes)."""
    gate = gate_for(ws)
    return ws.cases.flag_evidence(case if isinstance(case, str) else f"id:{case}", set(steps), by=who(ws, gate, by))
