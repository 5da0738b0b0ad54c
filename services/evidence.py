"""Evidence and masks: capture (redacted before it is stored), masks added or removed with a reason,
annotations with their labels redacted, and the annotated rendition drawn for the pack."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from attest.capture.intake import Redactor, intake_bytes, intake_file, redact_again
from attest.capture.masks import add_mask, remask_recorded, remove_mask
from attest.core.annotations import Annotation, check_fits, crop_of, parse_annotations
from attest.core.drafts import Draft
from attest.core.errors import RunRuleError
from attest.core.model import EvidenceItem, EvidenceKind, Run
from attest.core.runs import PreparedEvidence
from attest.core.workspace import Workspace
from attest.services.gate import Gate
from attest.services.workspace import gate as gate_for, who

Box = tuple[int, int, int, int]

__all__ = ["Draft", "PreparedEvidence", "Redactor", "add_pending_mask", "annotate", "capture_bytes", "capture_draft",
           "capture_file", "draw_rendition", "drop_draft", "expected_at", "label_cleaner", "mask_recorded",
           "mask_recurring", "redactor", "remove_pending_mask", "update_draft", "waiting", "with_annotations"]


def redactor(ws: Workspace, engine: Any = None, run_id: int | None = None) -> Redactor:
    """What intake redacts with (the register, OCR, the originals rule), read once for several items;
    for a run, with the values found in its evidence so far, and remembering those each item adds."""
    return Redactor.for_workspace(ws, engine, run_id)


def capture_bytes(ws: Workspace, data: bytes, name: str, *, kind: EvidenceKind | None = None, caption: str = "",
                  using: Redactor | None = None, run_id: int | None = None, step: int | None = None) -> PreparedEvidence:
    """Redact one item and store the redacted bytes; recorded with its step later. Give the run, so
    that the item is masked for the values found in the run's other items, and they for its; and the
    step, so that a screenshot is searched for the step's expected result (``capture.expected``)."""
    using = using or redactor(ws, run_id=run_id)
    gate = Gate(using.register)
    return intake_bytes(ws.evidence, data, name=gate.file_name(name), redactor=using, kind=kind,
                        caption=gate.text(caption), expected=_expected_of(ws, run_id, step))


def capture_file(ws: Workspace, path: Path, *, kind: EvidenceKind | None = None, caption: str = "",
                 using: Redactor | None = None, run_id: int | None = None, step: int | None = None) -> PreparedEvidence:
    using = using or redactor(ws, run_id=run_id)
    gate = Gate(using.register)
    prepared = intake_file(ws.evidence, path, redactor=using, kind=kind, caption=gate.text(caption),
                           expected=_expected_of(ws, run_id, step))
    return replace(prepared, name=gate.file_name(prepared.name))


def _expected_of(ws: Workspace, run_id: int | None, step: int | None) -> tuple[int, str] | None:
    """The step and its expected result as the run has it now (amendments included); None without both."""
    if run_id is None or step is None:
        return None
    run = ws.runs.get(run_id, with_details=False)
    if not 1 <= step <= len(run.steps) or not run.steps[step - 1].expected:
        return None
    return step, run.steps[step - 1].expected


def expected_at(ws: Workspace, run_id: int, step: int, prepared: PreparedEvidence) -> PreparedEvidence:
    """A capture recorded with another step than the one it was taken beside (the tester moved on): the
    look for the expected result is made again for that step, on the stored image (read once more; what
    is masked is black there, so it is not seen)."""
    if prepared.kind is not EvidenceKind.SCREENSHOT or (prepared.expected is not None and
                                                       prepared.expected.step == step):
        return prepared
    wanted = _expected_of(ws, run_id, step)
    if wanted is None:
        return replace(prepared, expected=None)
    from attest.capture.expected import look_for
    from attest.redaction.image import read_words

    try:
        words = read_words(ws.evidence.get(prepared.sha256))
    except (ValueError, OSError):
        return replace(prepared, expected=None)
    return replace(prepared, expected=look_for(wanted[1], step, words, []))


# -- captures waiting beside a step (kept in the workspace: core.drafts)

def capture_draft(ws: Workspace, run_id: int, step: int, data: bytes, name: str, *,
                  kind: EvidenceKind | None = None) -> Draft:
    """A capture for the step being run: redacted, stored, and kept as waiting in the workspace, so a
    crash or a closed window loses none of it; recorded with the step (``record_step(drafts=...)``)."""
    run = ws.runs.get(run_id, with_details=False)
    if run.is_finished:
        raise RunRuleError(f"run {run_id} is finished ({run.status.label}); nothing is added to it")
    prepared = capture_bytes(ws, data, name, kind=kind, run_id=run_id, step=step)
    return ws.drafts.add(run_id, step, prepared)


def update_draft(ws: Workspace, draft_id: int, prepared: PreparedEvidence) -> Draft | None:
    """A waiting capture changed (a mask, annotations): kept as it now is; None if no longer waiting."""
    return ws.drafts.replace(draft_id, prepared)


def drop_draft(ws: Workspace, draft_id: int) -> None:
    """Taken off the step before it was recorded (its file goes at the next clean-up)."""
    ws.drafts.remove([draft_id])


def waiting(ws: Workspace, run_id: int) -> tuple[list[Draft], int]:
    """The run's waiting captures, and how many rows were refused (altered outside Attest)."""
    return ws.drafts.for_run(run_id)


def mask_recurring(ws: Workspace, run_id: int, *, by: str | None = None, using: Redactor | None = None,
                   screenshots: bool = False) -> list[EvidenceItem]:
    """Mask, in the run's recorded text items and typed texts, the values found in its other items
    since they were stored (a device id found in step 4's payload, recurring bare in step 2's log or
    in a result typed at step 2: that entry of the audit log keeps what was typed). Screenshots only
    with ``screenshots`` (an OCR pass each: the export does it, once per state of the run's values,
    not every recorded step); returns the items changed."""
    using = using or redactor(ws, run_id=run_id)
    if not using.register.found:
        return []
    run = ws.runs.get(run_id)
    gate = Gate(using.register)
    person = who(ws, gate, by, run=run)
    for table, row_id, column, text in typed_texts(run):
        masked = gate.file_name(text) if column == "name" else gate.text(text)
        if masked != (text if column == "name" else text.strip()):
            ws.runs.mask_text(run_id, table, row_id, column, masked, by=person)
    changed = []
    for step in run.steps:
        for item in step.evidence:
            if item.kind is EvidenceKind.SCREENSHOT and not screenshots:
                continue
            again = redact_again(ws.evidence, item, using)
            if again is not None:
                changed.append(ws.runs.mask_recurring(item.id, again, by=person))
                if item.kind is EvidenceKind.SCREENSHOT:
                    draw_rendition(ws, item.id)
    return changed


def typed_texts(run: Run) -> Iterator[tuple[str, int, str, str]]:
    """(table, row id, column, text) of every typed text recorded on the run (core.runs.TYPED_TEXTS),
    evidence file names included."""
    for step in run.steps:
        if step.result is not None and step.result.actual:
            yield "step_results", step.result.id, "actual", step.result.actual
        for item in step.evidence:
            yield "evidence_items", item.id, "name", item.name  # a file named after the customer
            if item.caption:
                yield "evidence_items", item.id, "caption", item.caption
    for deviation in run.deviations:
        yield "deviations", deviation.id, "reason", deviation.reason
    for observation in run.observations:
        for column in ("text", "response", "action"):
            if getattr(observation, column):
                yield "observations", observation.id, column, getattr(observation, column)
    for defect in run.defects:
        for column in ("title", "description"):
            if getattr(defect, column):
                yield "defects", defect.id, column, getattr(defect, column)


def add_pending_mask(ws: Workspace, prepared: PreparedEvidence, box: Box, *, original: bytes | None,
                     using: Redactor | None = None) -> PreparedEvidence:
    return add_mask(ws.evidence, prepared, box, redactor=using or redactor(ws), original=original)


def remove_pending_mask(ws: Workspace, prepared: PreparedEvidence, index: int, reason: str, *,
                        original: bytes | None, using: Redactor | None = None) -> PreparedEvidence:
    using = using or redactor(ws)
    return remove_mask(ws.evidence, prepared, index, Gate(using.register).text(reason), original=original,
                       redactor=using)


def mask_recorded(ws: Workspace, evidence_id: int, *, add: Box | None = None, remove: int | None = None,
                  reason: str = "", by: str | None = None) -> EvidenceItem:
    """Add or remove (with a reason, audited) one mask on a recorded screenshot."""
    item = ws.runs.evidence_item(evidence_id)
    using = redactor(ws, run_id=item.run_id)
    gate = Gate(using.register)
    run = ws.runs.get(item.run_id, with_details=False)
    return remask_recorded(ws, evidence_id, redactor=using, add=add, remove=remove, reason=gate.text(reason),
                           by=who(ws, gate, by, run=run))


def label_cleaner(ws: Workspace) -> Callable[[str], str]:
    """Annotation labels are typed text: the annotator redacts each as it is typed."""
    gate = gate_for(ws)
    return lambda text: str(gate.text(text))


def with_annotations(ws: Workspace, prepared: PreparedEvidence, annotations: Iterable[Annotation]) -> PreparedEvidence:
    """A waiting capture with its annotations (labels redacted), saved with the step."""
    gate = gate_for(ws)
    return replace(prepared, annotations=tuple(_clean(a, gate) for a in annotations))


def _clean(annotation: Annotation, gate: Gate) -> Annotation:
    text = getattr(annotation, "text", None)
    return replace(annotation, text=gate.text(text)) if text else annotation


def annotate(ws: Workspace, evidence_id: int, shapes: Iterable[Mapping[str, Any] | Annotation], *,
             by: str | None = None, where: str = "the annotations given", crop_field: str | None = None) -> EvidenceItem:
    """Replace a screenshot's annotations (labels redacted), check a crop fits, and draw it now."""
    from attest.templates import annotate as drawing  # Pillow loads only here

    item = ws.runs.evidence_item(evidence_id)
    gate = gate_for(ws, item.run_id)
    given = [s.to_dict() if isinstance(s, Annotation) else dict(s) for s in shapes]
    for shape in given:
        if shape.get("text"):
            shape["text"] = gate.text(str(shape["text"]))
    parsed = parse_annotations(given, where)
    item = ws.runs.evidence_item(evidence_id)
    data = ws.evidence.get(item.sha256) if item.kind is EvidenceKind.SCREENSHOT else b""
    if crop_of(parsed) is not None and data:  # only the image says whether a crop fits
        check_fits(parsed, drawing.image_size(data), crop_field or where)
    run = ws.runs.get(item.run_id, with_details=False)
    item = ws.runs.annotate(evidence_id, parsed, by=who(ws, gate, by, run=run))  # screenshots only
    drawing.prepare(ws.renditions, item, data)  # drawn now, not at every pack
    return item


def draw_rendition(ws: Workspace, evidence_id: int) -> None:
    """Draw a recorded screenshot's annotations now, so the pack need not."""
    from attest.templates import annotate as drawing

    item = ws.runs.evidence_item(evidence_id)
    drawing.prepare(ws.renditions, item, ws.evidence.get(item.sha256))
