"""Witnessed runs: participants, a locked script, observations of every kind, a query answered, a defect
candidate turned into a defect, and the wash-up with its outcome and sign-off, each audited and checked."""

from __future__ import annotations

import json

import pytest

from attest.core.errors import RunRuleError
from attest.core.model import ObservationKind, Outcome, Priority, Role, Severity, StepStatus
from attest.core.workspace import Workspace
from test_runs import make_case


def witnessed(ws: Workspace, steps: int = 3, witness: str | None = "Dev Rao") -> int:
    """A witnessed run; with ``witness`` (the default), its witness added as the session starts."""
    stored = ws.cases.save_all([make_case(steps=steps)])[0].stored
    run_id = ws.runs.start(stored.version_id, tester="Asha Patel", witnessed=True,
                           purpose="DCC witness test of change of supplier").id
    if witness:
        ws.witness.add_participant(run_id, witness, "DCC", Role.WITNESS, by="Asha Patel")
    return run_id


def test_a_witnessed_run_is_marked_in_the_store_and_the_log(ws: Workspace) -> None:
    run = ws.runs.get(witnessed(ws))
    assert run.witnessed and run.purpose == "DCC witness test of change of supplier"
    entry = json.loads(ws.store.one("SELECT details FROM audit_log WHERE action = 'run.start'")["details"])
    assert entry["witnessed"] is True and entry["purpose"] == run.purpose
    plain = ws.runs.start(ws.cases.save_all([make_case("TC_PLAIN")])[0].stored.version_id, tester="Bo")
    assert not plain.witnessed and plain.washup is None


def test_participants_are_recorded_with_organisation_and_role(ws: Workspace) -> None:
    run_id = witnessed(ws, witness=None)
    ws.witness.add_participant(run_id, "Asha Patel", "Supplier A", Role.TESTER, by="Asha Patel")
    ws.witness.add_participant(run_id, "Dev Rao", "DCC", Role.WITNESS, by="Asha Patel")
    ws.witness.add_participant(run_id, "Kim Lee", "Elexon", Role.OBSERVER, by="Asha Patel")
    people = ws.runs.get(run_id).participants
    assert [(p.name, p.organisation, p.role) for p in people] == [
        ("Asha Patel", "Supplier A", Role.TESTER), ("Dev Rao", "DCC", Role.WITNESS), ("Kim Lee", "Elexon", Role.OBSERVER)]
    with pytest.raises(RunRuleError, match="needs a name"):
        ws.witness.add_participant(run_id, " ", "DCC", Role.WITNESS, by="Asha Patel")


def test_the_script_of_a_witnessed_run_is_locked_while_others_may_be_amended_with_a_reason(ws: Workspace) -> None:
    run_id = witnessed(ws)
    with pytest.raises(RunRuleError, match="witnessed: its script is locked"):
        ws.runs.amend_step(run_id, 1, action="Something else", expected="", reason="typo", by="Asha Patel")
    assert ws.runs.get(run_id).steps[0].action == "Do thing 1"

    plain = ws.runs.start(ws.cases.save_all([make_case("TC_PLAIN")])[0].stored.version_id, tester="Bo").id
    with pytest.raises(RunRuleError, match="needs a reason"):
        ws.runs.amend_step(plain, 2, action="Do thing two", expected="Thing 2 happens", reason=" ", by="Bo")
    run = ws.runs.amend_step(plain, 2, action="Do thing two", expected="Thing 2 happens", reason="Screen renamed",
                             by="Bo")
    assert run.steps[1].action == "Do thing two"
    assert [(d.kind.value, d.reason) for d in run.deviations] == [("amend", "Screen renamed")]
    assert ws.verify()[1] == []
    ws.store.conn.execute("UPDATE run_steps SET action = 'Tampered' WHERE run_id = ? AND step_index = 3", (plain,))
    assert any("step texts differ" in p for p in ws.verify()[1])


def test_observations_of_every_kind_a_query_answered_and_a_candidate_made_a_defect(ws: Workspace) -> None:
    run_id = witnessed(ws)
    ws.runs.record_step(run_id, StepStatus.PASSED)
    made = {kind: ws.runs.add_observation(run_id, kind, f"{kind.value} noted", by="Dev Rao (DCC)", step=1)
            for kind in ObservationKind}
    with pytest.raises(RunRuleError, match="who raised it"):
        ws.runs.add_observation(run_id, ObservationKind.GAP, "no name", by=" ")
    answered = ws.witness.respond(made[ObservationKind.QUERY].id, "The tracker refreshes every 30 s", by="Asha Patel")
    assert answered.response == "The tracker refreshes every 30 s"
    with pytest.raises(RunRuleError, match="only a query gets a response"):
        ws.witness.respond(made[ObservationKind.GAP].id, "n/a", by="Asha Patel")
    defect = ws.witness.promote(made[ObservationKind.DEFECT_CANDIDATE].id, Severity.S2, Priority.P1, by="Asha Patel")
    assert (defect.severity, defect.priority, defect.step_index) == (Severity.S2, Priority.P1, 1)
    assert ws.witness.observation(made[ObservationKind.DEFECT_CANDIDATE].id).defect_id == defect.id
    with pytest.raises(RunRuleError, match="already defect"):
        ws.witness.promote(made[ObservationKind.DEFECT_CANDIDATE].id, Severity.S2, Priority.P1, by="Asha Patel")
    assert ws.verify()[1] == []
    ws.store.conn.execute("UPDATE observations SET response = 'edited' WHERE id = ?", (answered.id,))
    assert any("response is 'edited'" in p for p in ws.verify()[1])


def test_the_washup_finishes_the_run_records_actions_outcome_and_sign_off_then_closes_it(ws: Workspace) -> None:
    run_id = witnessed(ws)
    ws.runs.record_step(run_id, StepStatus.PASSED)
    gap = ws.runs.add_observation(run_id, ObservationKind.GAP, "No check of the D0150", by="Dev Rao", step=1)
    with pytest.raises(RunRuleError, match="sign-off"):
        ws.witness.washup(run_id, Outcome.ACCEPTED, signed_by=" ", by="Asha Patel")
    run = ws.witness.washup(run_id, Outcome.ACCEPTED_WITH_OBSERVATIONS, signed_by="Dev Rao", by="Asha Patel",
                            actions={gap.id: "Add a D0150 check to step 3 before the re-run"},
                            note="Steps 2 and 3 are covered by the regression run")
    assert run.is_finished  # the wash-up finished the open run
    assert run.washup is not None and run.washup.outcome is Outcome.ACCEPTED_WITH_OBSERVATIONS
    assert run.washup.signed_by == "Dev Rao" and run.washup.outcome.label == "Accepted with observations"
    assert run.observations[0].action == "Add a D0150 check to step 3 before the re-run"
    assert ws.verify()[1] == []
    with pytest.raises(RunRuleError, match="wash-up was signed by Dev Rao"):
        ws.runs.add_observation(run_id, ObservationKind.OBSERVATION, "late", by="Dev Rao")
    with pytest.raises(RunRuleError, match="session is closed"):
        ws.witness.washup(run_id, Outcome.ACCEPTED, signed_by="Dev Rao", by="Asha Patel")
    ws.store.conn.execute("UPDATE runs SET outcome = 'accepted' WHERE id = ?", (run_id,))
    assert any("outcome is 'accepted'" in p for p in ws.verify()[1])


def test_observations_are_taken_after_finishing_until_the_washup_but_only_on_witnessed_runs(ws: Workspace) -> None:
    run_id = witnessed(ws)
    ws.runs.finish(run_id)
    ws.runs.add_observation(run_id, ObservationKind.QUERY, "Why was step 2 not run?", by="Dev Rao")
    plain = ws.runs.start(ws.cases.save_all([make_case("TC_PLAIN")])[0].stored.version_id, tester="Bo").id
    ws.runs.finish(plain)
    with pytest.raises(RunRuleError, match="is finished"):
        ws.runs.add_observation(plain, ObservationKind.QUERY, "late", by="Bo")
    with pytest.raises(RunRuleError, match="not a witnessed run"):
        ws.witness.washup(plain, Outcome.ACCEPTED, signed_by="Bo", by="Bo")


def test_a_witnessed_session_from_the_command_line(cli, examples) -> None:
    cli("import", str(examples / "mhhs_qualification.yaml"))
    status, out, _ = cli("run", "start", "FM_TS_1_TC_01", "--tester", "Asha Patel", "--witnessed",
                         "--purpose", "DCC witnessed MHHS migration", "--participant", "witness:Dev Rao:DCC")
    assert status == 0
    run = out.strip()
    for name, org, role in (("Asha Patel", "Supplier A", "tester"), ("Kim Lee", "Elexon", "observer")):
        assert cli("run", "participant", run, "--name", name, "--org", org, "--role", role)[0] == 0
    status, _, err = cli("run", "amend", run, "--step", "1", "--action", "Changed", "--reason", "typo")
    assert status == 2 and "script is locked" in err
    assert cli("run", "step", run, "--status", "passed")[0] == 0
    status, _, err = cli("run", "step", run, "--status", "passed", "--step", "3", "--deviation", "Tracker down")
    assert status == 0
    assert cli("run", "observe", run, "--kind", "gap", "--text", "No D0150 check", "--by", "Dev Rao",
               "--step", "2")[0] == 0
    assert cli("run", "observe", run, "--kind", "query", "--text", "Why skip step 2?", "--by", "Dev Rao")[0] == 0
    assert cli("run", "observe", run, "--kind", "defect-candidate", "--text", "Tracker 500 on refresh",
               "--by", "Kim Lee", "--step", "3")[0] == 0
    status, _, err = cli("run", "observe", run, "both", "--text", "twice")
    assert status == 2 and "once" in err
    assert cli("run", "respond", "2", "--text", "Tracker outage; step 2 re-run after")[0] == 0
    status, out, _ = cli("run", "promote", "3", "--severity", "S2", "--priority", "P2")
    assert status == 0 and out.strip() == "observation 3 is defect 1 (S2/P2)"
    status, _, err = cli("run", "washup", run, "--outcome", "accepted-with-observations", "--signed-by", "Dev Rao",
                         "--action", "1=Add the D0150 check", "--action", "oops")
    assert status == 2 and "OBSERVATION=TEXT" in err
    status, out, _ = cli("run", "washup", run, "--outcome", "accepted-with-observations", "--signed-by", "Dev Rao",
                         "--action", "1=Add the D0150 check", "--action", "3=Raise with the DIP provider",
                         "--note", "Step 2 re-run after the tracker outage")
    assert status == 0 and "Accepted with observations, signed by Dev Rao" in out
    shown = json.loads(cli("run", "show", run, "--json")[1])
    assert shown["witnessed"] is True and shown["purpose"] == "DCC witnessed MHHS migration"
    assert [p["role"] for p in shown["participants"]] == ["witness", "tester", "observer"]
    assert [o["action"] for o in shown["observations"]] == ["Add the D0150 check", "", "Raise with the DIP provider",
                                                            ""]  # the last: the wash-up's note
    assert shown["observations"][3]["kind"] == "deviation" and "tracker outage" in shown["observations"][3]["text"]
    assert shown["observations"][1]["response"].startswith("Tracker outage")
    assert shown["observations"][2]["defect"] == 1
    assert shown["washup"]["outcome"] == "accepted-with-observations" and shown["washup"]["signed_by"] == "Dev Rao"
    assert shown["status"] != "in-progress"
    text = cli("run", "show", run)[1]
    assert "Witnessed: DCC witnessed MHHS migration" in text and "Witness: Dev Rao (DCC)" in text
    assert "Wash-up: Accepted with observations, signed by Dev Rao" in text
    assert cli("audit", "verify")[0] == 0
    status, _, err = cli("run", "start", "FM_TS_1_TC_01", "--purpose", "no witness")
    assert status == 2 and "--witnessed" in err


def test_an_observation_raised_by_the_witness_is_audited_under_whoever_typed_it(ws: Workspace) -> None:
    run_id = witnessed(ws)
    found = ws.runs.add_observation(run_id, ObservationKind.GAP, "No D0150 check", by="Dev Rao",
                                    recorded_by="Asha Patel")
    assert found.raised_by == "Dev Rao"
    entry = ws.store.one("SELECT actor, details FROM audit_log WHERE action = 'observation.add'")
    assert entry["actor"] == "Asha Patel" and json.loads(entry["details"])["raised_by"] == "Dev Rao"
