"""The witness section: what a witnessed run's evidence pack and its session report both show.

The DCC testing approach (shared/seeds, 6.2.2 and 11.2.2) has the tester run the script as written
while a witness watches without touching the system under test, records any gap as an observation,
and agrees the outcome and any outstanding queries at a wash-up. The section records exactly that:
the session's purpose, who took part, a timeline of the step records with how long each took and
any departure from the script, every observation with its response, agreed action and defect, and
the outcome with the witness's typed sign-off (or a notice that the wash-up has not been held).

One function writes it, so the pack and the report show the same section. It applies the
template's named styles only (see ``styles.REQUIRED_STYLES``), like the rest of the pack.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from docx.document import Document as DocumentObject

from attest.core.model import Deviation, DeviationKind, Observation, ObservationKind, Outcome, Run
from attest.templates.writer import DocWriter, duration, when, when_cell

SECTION_TITLE = "Witness session"

# outcome -> the status colour it is shown in (green accepted, amber with observations, red otherwise)
OUTCOME_STATUS = {
    Outcome.ACCEPTED: "passed",
    Outcome.ACCEPTED_WITH_OBSERVATIONS: "blocked",
    Outcome.NOT_ACCEPTED: "failed",
    Outcome.RERUN: "failed",
}

DEVIATION_LABELS = {
    DeviationKind.SKIP: "Skipped ahead",
    DeviationKind.GO_BACK: "Went back",
    DeviationKind.RE_RECORD: "Recorded again",
    DeviationKind.NOTED: "Departure noted",
    DeviationKind.AMEND: "Step text amended",
}

WASHUP_PENDING = ("WASH-UP NOT YET HELD: no outcome has been agreed and the witness has not signed off; "
                  "observations have no agreed actions yet.")


def observation_kind_label(kind: ObservationKind) -> str:
    return kind.value.replace("-", " ").capitalize()  # "Defect candidate"


@dataclass(frozen=True)
class TimelineRow:
    step: str  # "1", or "Start", "End", "Wash-up"
    status: str
    status_key: str | None  # a STATUS_STYLES key to colour the status, if any
    at: datetime | None
    since_previous: str  # "3 min 05 s"; "—" for the start and for steps never recorded
    by: str
    deviations: str


def timeline(run: Run, tz: ZoneInfo | None = None) -> list[TimelineRow]:
    """The session in the order it happened: the start, every step record by time (a step recorded
    again appears each time), the steps never recorded, the finish and the wash-up. Each record's
    duration is the time since the line before it (the previous step's record, or the run start).
    ``tz``: the zone the deviations' times are written in (``None``: the user's default)."""
    rows = [TimelineRow("Start", "Run started", None, run.started_at, "—", run.tester, "")]
    previous = run.started_at
    # every record, a step recorded again included (its earlier record stays in the session's history)
    records = sorted(((step, result) for step in run.steps for result in step.history),
                     key=lambda pair: (pair[1].recorded_at, pair[1].id))
    shown_deviations: set[int] = set()
    for step, result in records:
        at = result.recorded_at
        later = result is not step.result
        status = f"{result.status.label} (recorded again later)" if later else result.status.label
        # a deviation is recorded with the result it explains (same moment); any other (an amendment)
        # goes with the step's first row
        times = {r.recorded_at for r in step.history}
        notes = _deviations(run, step.index, tz, lambda d: d.recorded_at == at or (
            step.index not in shown_deviations and d.recorded_at not in times))
        shown_deviations.add(step.index)
        rows.append(TimelineRow(str(step.index), status, result.status.value, at, duration(at - previous),
                                result.recorded_by, notes))
        previous = max(previous, at)
    for step in (s for s in run.steps if s.result is None):
        rows.append(TimelineRow(str(step.index), "Not recorded", "not-run", None, "—", "—",
                                _deviations(run, step.index, tz)))
    if run.finished_at is not None:
        rows.append(TimelineRow("End", f"Run finished: {run.status.label}", run.status.value, run.finished_at,
                                duration(run.finished_at - previous), "—", ""))
        previous = max(previous, run.finished_at)
    if run.washup is not None:
        rows.append(TimelineRow("Wash-up", f"Signed off: {run.washup.outcome.label}",
                                OUTCOME_STATUS[run.washup.outcome], run.washup.signed_at,
                                duration(run.washup.signed_at - previous), run.washup.signed_by, ""))
    return rows


def _deviations(run: Run, step: int, tz: ZoneInfo | None,
                which: Callable[[Deviation], bool] = lambda _d: True) -> str:
    return "\n".join(f"{DEVIATION_LABELS.get(d.kind, d.kind.value)}: {d.reason} ({d.recorded_by}, "
                     f"{when(d.recorded_at, tz)})"
                     for d in run.deviations if d.step_index == step and which(d))


def write_witness_section(document: DocumentObject, run: Run, tz: ZoneInfo | None = None) -> None:
    """Append the witness section of ``run`` (a witnessed run) to ``document``, which must hold the
    template's styles (``styles.missing_styles`` finds none missing). ``tz``: the zone the document
    shows its times in (its cover says which), ``None`` for the user's default."""
    w = DocWriter(document, tz)
    w.para(SECTION_TITLE, "Heading 1")
    w.para("Witnessed run", "Attest Label")
    document.add_paragraph(
        "This run was witnessed. Attest locked its script: no step's text could be changed, and a step "
        "recorded out of order or recorded again needed a reason, shown below as a deviation. The witness "
        "raised what they noticed as observations; the wash-up agreed an action for each, the outcome and "
        "the witness's sign-off.")
    w.labelled("Purpose of the session", run.purpose or "—")

    w.para("Participants", "Heading 2")
    w.rows_or_none(["Name", "Organisation", "Role"],
                   [(p.name, p.organisation or "—", p.role.label) for p in run.participants],
                   (0.4, 0.4, 0.2), "No participants were recorded.", keep_rows=True)

    w.para("Timeline", "Heading 2")
    rows = timeline(run, w.tz)
    table = w.table(["Step", "Status", "Recorded at", "Duration", "By", "Deviation from the script"],
                    [(r.step, r.status, _time_cell(r.at, w.tz), r.since_previous, r.by, r.deviations or "—")
                     for r in rows],
                    (0.11, 0.15, 0.14, 0.12, 0.15, 0.33), keep_rows=True)
    for row, line in zip(table.rows[1:], rows, strict=True):
        if line.status_key is not None:
            w.status_cell(row.cells[1], line.status_key)
    span = (f" From start to {'wash-up' if run.washup else 'finish'}: "
            f"{duration((run.washup.signed_at if run.washup else run.finished_at) - run.started_at)}."
            if run.finished_at is not None else "")
    w.para("Duration is the time since the line above: the previous step's record, or the run start. A step "
           "recorded again appears at each record." + span, "Caption")

    w.para("Observations", "Heading 2")
    w.rows_or_none(["No.", "Kind", "Step", "Observation", "Raised", "Agreed action", "Defect"],
                   # numbered by id: the number `attest run respond`, `promote` and `washup --action` take
                   [_observation_row(run, o.id, o, w.tz) for o in run.observations],
                   (0.06, 0.12, 0.06, 0.31, 0.16, 0.19, 0.10), "No observations were raised.", keep_rows=True)

    w.para("Outcome and sign-off", "Heading 2")
    if run.washup is None:
        w.para(WASHUP_PENDING, "Attest Notice")
        return
    washup = run.washup
    document.add_paragraph("Agreed at the wash-up. The witness signed off by typing their name into Attest; the "
                           "sign-off and every agreed action are in the workspace's audit log.")
    table = w.table(["Item", "Detail"], [("Outcome", washup.outcome.label), ("Signed off by", washup.signed_by),
                                         ("Signed at", w.when(washup.signed_at))], (0.28, 0.72), header=False)
    w.status_cell(table.rows[0].cells[1], OUTCOME_STATUS[washup.outcome])


def _time_cell(moment: datetime | None, tz: ZoneInfo | None) -> str:
    """Date over time (with its zone), so the narrow column never wraps mid-time."""
    return when_cell(moment, tz)


def _observation_row(run: Run, number: int, o: Observation, tz: ZoneInfo | None) -> tuple[str, ...]:
    text = o.text
    if o.kind is ObservationKind.QUERY:
        text += f"\nResponse: {o.response}" if o.response else "\nResponse: none recorded"
    elif o.response:
        text += f"\nResponse: {o.response}"
    action = o.action or ("—" if run.washup is not None else "to be agreed at the wash-up")
    defect = "—"
    if o.defect_id is not None:
        found = next((d for d in run.defects if d.id == o.defect_id), None)
        defect = (f"Defect {o.defect_id}\n{found.severity.value} / {found.priority.value}" if found is not None
                  else f"Defect {o.defect_id}")
    step = str(o.step_index) if o.step_index is not None else "—"
    return (str(number), observation_kind_label(o.kind), step, text, f"{o.raised_by}\n{_time_cell(o.raised_at, tz)}",
            action, defect)
