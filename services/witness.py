"""Witnessed sessions: participants, a query's response, a defect candidate promoted, the wash-up.
Starting a witnessed run with its participants is ``services.runs.start_run``."""

from __future__ import annotations

from collections.abc import Mapping

from attest.core.model import Defect, Observation, Outcome, Participant, Priority, Role, Run, Severity
from attest.core.workspace import Workspace
from attest.services.workspace import gate as gate_for, who


def add_participant(ws: Workspace, run_id: int, name: str, organisation: str, role: Role, *,
                    by: str | None = None, field: str = "--name") -> Participant:
    gate = gate_for(ws, run_id)
    run = ws.runs.get(run_id, with_details=False)
    return ws.witness.add_participant(run_id, gate.person(field, name), gate.text(organisation), role,
                                      by=who(ws, gate, by, run=run))


def respond(ws: Workspace, observation_id: int, text: str, *, by: str | None = None) -> Observation:
    gate = gate_for(ws)
    found = ws.witness.observation(observation_id)
    return ws.witness.respond(observation_id, gate.text(text),
                              by=who(ws, gate, by, run=ws.runs.get(found.run_id, with_details=False)))


def promote(ws: Workspace, observation_id: int, severity: Severity, priority: Priority, *, title: str = "",
            by: str | None = None) -> Defect:
    gate = gate_for(ws)
    found = ws.witness.observation(observation_id)
    return ws.witness.promote(observation_id, severity, priority, title=gate.text(title),
                              by=who(ws, gate, by, run=ws.runs.get(found.run_id, with_details=False)))


def washup(ws: Workspace, run_id: int, outcome: Outcome, *, signed_by: str, actions: Mapping[int, str] | None = None,
           by: str | None = None, signed_field: str = "--signed-by", note: str = "", note_field: str = "--note") -> Run:
    """Close the session: outcome, each observation's agreed action and the witness's typed sign-off
    (a witness of the run's); ``note``: why a run that did not pass is accepted."""
    gate = gate_for(ws, run_id)
    run = ws.runs.get(run_id, with_details=False)
    return ws.witness.washup(run_id, outcome, signed_by=gate.person(signed_field, signed_by),
                             by=who(ws, gate, by, run=run),
                             actions={int(k): gate.text(v) for k, v in (actions or {}).items()},
                             note=gate.text(note), note_field=note_field)
