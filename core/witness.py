"""Witness sessions: who takes part, a query's answer, a defect candidate turned into a defect, and the
wash-up that closes the session with its outcome and the witness's sign-off.

The DCC testing approach has a witness watch the tester run the script, never touch the system under
test, and record what they notice as observations; a wash-up at the end agrees each observation's
action and the outcome. Everything here is audited, and a signed wash-up closes the run for good.
"""

from __future__ import annotations

from datetime import datetime

from attest.core import audit_events as events
from attest.core.errors import NotFound, RunRuleError
from attest.core.model import (
    Defect,
    ObservationKind,
    Observation,
    Outcome,
    Participant,
    Priority,
    Role,
    Run,
    RunStatus,
    Severity,
    overall_status,
)
from attest.core.redacted import EMPTY, Redacted, from_store
from attest.core.runs import RunService, _observation, _participant, same_person
from attest.core.store import iso


class WitnessService:
    def __init__(self, runs: RunService) -> None:
        self.runs = runs
        self.store = runs.store

    def _witnessed(self, run_id: int) -> Run:
        run = self.runs.get(run_id, with_details=False)
        if not run.witnessed:
            raise RunRuleError(f"run {run_id} is not a witnessed run (start one with `attest run start CASE "
                               "--witnessed`)")
        if run.washup is not None:
            raise RunRuleError(f"run {run_id}'s wash-up was signed by {run.washup.signed_by} at "
                               f"{iso(run.washup.signed_at)}; the session is closed")
        return run

    def add_participant(self, run_id: int, name: Redacted, organisation: Redacted, role: Role, *,
                        by: Redacted) -> Participant:
        if not name.strip():
            raise RunRuleError("a participant needs a name")
        with self.store.write() as tx:
            self._witnessed(run_id)
            row = {"run_id": run_id, "name": name.strip(), "organisation": organisation.strip(), "role": role.value,
                   "added_at": tx.now()}
            participant_id = tx.insert("participants", row)
            tx.audit(by, events.ParticipantAdded(participant_id, run_id, from_store(name.strip()),
                                                 from_store(organisation.strip()), role))
        return self.participant(participant_id)

    def participant(self, participant_id: int) -> Participant:
        row = self.store.one("SELECT * FROM participants WHERE id = ?", (participant_id,))
        if row is None:
            raise NotFound(f"no participant {participant_id}")
        return _participant(row)

    def observation(self, observation_id: int) -> Observation:
        row = self.store.one("SELECT * FROM observations WHERE id = ?", (observation_id,))
        if row is None:
            raise NotFound(f"no observation {observation_id} (see `attest run show RUN`)")
        return _observation(row)

    def respond(self, observation_id: int, response: Redacted, *, by: Redacted) -> Observation:
        """The answer to a witness's query, given during the session or at the wash-up."""
        found = self.observation(observation_id)
        if found.kind is not ObservationKind.QUERY:
            raise RunRuleError(f"observation {observation_id} is a {found.kind.value}; only a query gets a response")
        if not response.strip():
            raise RunRuleError("a response needs some text")
        with self.store.write() as tx:
            self._witnessed(found.run_id)
            tx.update("observations", observation_id, {"response": response.strip()})
            tx.audit(by, events.ObservationResponded(observation_id, found.run_id, from_store(response.strip())))
        return self.observation(observation_id)

    def promote(self, observation_id: int, severity: Severity, priority: Priority, *, by: Redacted,
                title: Redacted = EMPTY) -> Defect:
        """A defect candidate becomes a defect (severity S1-S4, priority P1-P4), linked both ways."""
        found = self.observation(observation_id)
        if found.kind is not ObservationKind.DEFECT_CANDIDATE:
            raise RunRuleError(f"observation {observation_id} is a {found.kind.value}; only a defect candidate "
                               "becomes a defect")
        if found.defect_id is not None:
            raise RunRuleError(f"observation {observation_id} is already defect {found.defect_id}")
        with self.store.write() as tx:
            self._witnessed(found.run_id)
            defect = self.runs.add_defect(found.run_id, from_store(title.strip()) or from_store(found.text), severity,
                                          priority, by=by, step=found.step_index,
                                          description=from_store(f"Raised as observation {found.id} by {found.raised_by}"))
            tx.update("observations", observation_id, {"defect_id": defect.id})
            tx.audit(by, events.ObservationPromoted(observation_id, found.run_id, defect.id))
        return defect

    def require_witness(self, run_id: int) -> None:
        """A witnessed run has a witness among its participants (checked as it starts, in the same change)."""
        run = self.runs.get(run_id)
        if run.witnessed and not any(p.role is Role.WITNESS for p in run.participants):
            raise RunRuleError("a witnessed run needs a witness: add a participant with the role witness "
                               "(--participant 'witness:NAME[:ORGANISATION]')")

    def washup(self, run_id: int, outcome: Outcome, *, signed_by: Redacted, by: Redacted,
               actions: dict[int, Redacted] | None = None, note: Redacted = EMPTY, note_field: str = "--note") -> Run:
        """Close the session: finish the run if it is still open, store each observation's agreed action
        and the outcome with the witness's typed sign-off, in one audited change.

        The sign-off is a witness's: the name must be one of the run's witness participants. Accepting a
        run not executed in full (Incomplete or Blocked) needs ``note``, why it is accepted; the note is
        kept as a deviation observation raised by the witness."""
        if not signed_by.strip():
            raise RunRuleError("the wash-up needs the witness's sign-off (their name)")
        cleaned = {int(k): v.strip() for k, v in (actions or {}).items()}
        with self.store.write() as tx:
            run = self._witnessed(run_id)
            full = self.runs.get(run_id)
            witnesses = [p.name for p in full.participants if p.role is Role.WITNESS]
            if not any(same_person(name, signed_by) for name in witnesses):
                named = ", ".join(witnesses) if witnesses else "none has been added"
                raise RunRuleError(f"the wash-up is signed by a witness of run {run_id}, and the name given "
                                   f"is not one (witnesses: {named})")
            status = run.status if run.is_finished else overall_status([s.status for s in run.steps])
            accepting = outcome in (Outcome.ACCEPTED, Outcome.ACCEPTED_WITH_OBSERVATIONS)
            if accepting and status in (RunStatus.INCOMPLETE, RunStatus.BLOCKED) and not note.strip():
                # a failed run was executed in full (its failure is a defect); one not executed in full
                # is accepted only with a word on why
                raise RunRuleError(f"run {run_id} is {status.label}: not every step was executed; accepting it "
                                   f"needs a note saying why ({note_field}), kept with the run")
            if not run.is_finished:
                self.runs.finish(run_id, by=by)
            if note.strip():
                self.runs.add_observation(run_id, ObservationKind.DEVIATION,
                                          from_store(f"Wash-up note ({outcome.label}): {note.strip()}"),
                                          by=from_store(signed_by.strip()), recorded_by=by)
            known = {o["id"] for o in self.store.query("SELECT id FROM observations WHERE run_id = ?", (run_id,))}
            for observation_id, action in cleaned.items():
                if observation_id not in known:
                    raise RunRuleError(f"observation {observation_id} is not one of run {run_id}'s")
                tx.update("observations", observation_id, {"action": action})
            now: datetime = tx.now()
            tx.update("runs", run_id, {"outcome": outcome.value, "signed_by": signed_by.strip(), "signed_at": now})
            tx.audit(by, events.WashUpSigned(run_id, outcome, from_store(signed_by.strip()), iso(now),
                                             {k: from_store(v) for k, v in cleaned.items()}))
        return self.runs.get(run_id)
