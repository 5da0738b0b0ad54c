"""Defects through retest: moves through the lifecycle and links, with reasons through the gate.
Raising a defect on a run is ``services.runs.raise_defect``."""

from __future__ import annotations

from collections.abc import Sequence

from attest.core.defects import DefectRow
from attest.core.errors import InputError
from attest.core.model import Defect, DefectStatus
from attest.core.workspace import Workspace
from attest.services.workspace import gate as gate_for, who

__all__ = ["link_defect", "list_defects", "move_defect", "status_of"]


def status_of(given: str, field: str = "--to") -> DefectStatus:
    text = given.strip().lower().replace(" ", "-").replace("_", "-")
    if text in ("ready-for-retest", "ready"):
        text = "fixed"
    try:
        return DefectStatus(text)
    except ValueError:
        raise InputError(field, f"expected one of {', '.join(s.value for s in DefectStatus)}; got "
                                f"{given.strip()[:20]!r}") from None


def move_defect(ws: Workspace, defect_id: int, to: DefectStatus | str, *, reason: str = "",
                retest: int | None = None, by: str | None = None) -> Defect:
    target = to if isinstance(to, DefectStatus) else status_of(to)
    defect = ws.defects.get(defect_id)
    gate = gate_for(ws, defect.run_id)
    return ws.defects.move(defect_id, target, by=who(ws, gate, by), reason=gate.text(reason), retest_run_id=retest)


def link_defect(ws: Workspace, defect_id: int, *, evidence: Sequence[int] = (), retests: Sequence[int] = (),
                by: str | None = None) -> Defect:
    defect = ws.defects.get(defect_id)
    gate = gate_for(ws, defect.run_id)
    return ws.defects.link(defect_id, by=who(ws, gate, by), evidence=evidence, retests=retests)


def list_defects(ws: Workspace, *, plan: str | int | None = None, status: str | None = None,
                 overdue: bool = False, severity: str | None = None) -> list[DefectRow]:
    plan_id = ws.plans.find(plan).id if plan is not None else None
    rows = ws.defects.rows(plan_id=plan_id, status=status_of(status, "--status") if status else None,
                           overdue=overdue)
    if severity:  # as the plan writes it: S2 on the MHHS scale, 2 on the DCC scale
        wanted = severity.strip().upper()
        rows = [r for r in rows if r.defect.severity.value == wanted]
    return rows
