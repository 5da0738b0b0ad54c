"""The leak check a pack must pass before a byte of it is written.

Everything the pack will contain is checked where it comes from, so a finding names the step and
item: each evidence file (screenshots through OCR, unless the same bytes were scanned at intake
under the same register and scanner), every text a person typed (actual results, captions,
annotation labels, observations, deviation reasons, names; for a witnessed run also the session's
purpose, participants, query responses, agreed actions and the sign-off) and the case's own script
text. The built document is then scanned whole as a backstop, sparing only images the builder drew
from screenshots that passed here. The witness session report goes through the same check.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from attest.core.model import EvidenceItem, RedactionState, Run
from attest.core.scan_cache import ScanCache
from attest.redaction import RegisterMatcher
from attest.redaction.scan import LeakFinding, scan_bytes, scan_text


@dataclass(frozen=True)
class PackProblem:
    step: int | None
    item: str  # "IF-031_request.json", "actual result", "observation 2"
    detail: str

    def line(self) -> str:
        where = f"step {self.step}" if self.step is not None else "run"
        return f"{where}: {self.item}: {self.detail}"


@dataclass
class CheckContext:
    register: RegisterMatcher | None
    engine: Any
    cache: ScanCache | None
    register_key: str
    scanned: int = 0  # screenshots OCR'd by this check (not found in the scan cache)


def check_evidence(item: EvidenceItem, data: bytes, is_image: bool, ctx: CheckContext) -> list[PackProblem]:
    """Problems with one evidence file: never redacted, or something still readable in it."""
    if item.redaction is not RedactionState.REDACTED:
        return [PackProblem(item.step_index, item.name, "was never redacted; it cannot go into a pack "
                            "(attach it again so intake redacts it)")]
    if is_image:
        cached = ctx.cache.get(item.sha256, ctx.register_key) if ctx.cache is not None else None
        if cached is None:
            ctx.scanned += 1
            lines = [f.line() for f in scan_bytes(data, item.name, ctx.register, ctx.engine)]
            if ctx.cache is not None:
                ctx.cache.put(item.sha256, lines, ctx.register_key)
        else:
            lines = cached
        return [PackProblem(item.step_index, item.name, f"the leak scan finds {line.split(': ', 1)[-1]}")
                for line in lines]
    return [PackProblem(item.step_index, item.name, f"the leak scan finds {f.kind} {f.value} at {f.place}")
            for f in scan_bytes(data, item.name, ctx.register, ctx.engine)]


def check_texts(run: Run, extra: dict[str, str], register: RegisterMatcher | None) -> list[PackProblem]:
    """Problems in text the pack will show that did not come through intake."""
    problems = []
    for step, item, text in _texts(run, extra):
        for f in scan_text(text, item, register):
            problems.append(PackProblem(step, item, f"{f.kind} {f.value} ({f.place})"))
    return problems


def _texts(run: Run, extra: dict[str, str]) -> Iterator[tuple[int | None, str, str]]:
    yield None, "test case reference", run.reference
    yield None, "case title", run.title
    yield None, "tester", run.tester
    yield None, "environment", run.environment
    yield None, "test data references", "\n".join(run.data_refs)
    if run.purpose:
        yield None, "session purpose", run.purpose
    for n, participant in enumerate(run.participants, start=1):
        yield None, f"participant {n} name", participant.name
        if participant.organisation:
            yield None, f"participant {n} organisation", participant.organisation
    if run.washup is not None:
        yield None, "wash-up sign-off (signed by)", run.washup.signed_by
    for name, text in extra.items():
        yield None, name, text
    for step in run.steps:
        yield step.index, "action", step.action
        yield step.index, "expected result", step.expected
        if step.result is not None:
            yield step.index, "actual result", step.result.actual
            yield step.index, "recorded by", step.result.recorded_by
        for item in step.evidence:
            yield step.index, f"{item.name} (file name)", item.name
            yield step.index, f"{item.name} added by", item.added_by
            if item.caption:
                yield step.index, f"{item.name} caption", item.caption
            labels = [a.text for a in item.annotations if a.text]
            for n, label in enumerate(labels, start=1):
                yield step.index, f"{item.name} annotation {n}", label
            if len(labels) > 1:  # "1200023" and "305967" drawn side by side read as one MPAN
                yield step.index, f"{item.name} annotations together", " ".join(labels)
    for n, deviation in enumerate(run.deviations, start=1):
        yield deviation.step_index, f"deviation {n}", f"{deviation.reason}\n{deviation.recorded_by}"
    for observation in run.observations:
        n = observation.id  # as the witness section numbers them
        yield observation.step_index, f"observation {n}", observation.text
        yield observation.step_index, f"observation {n} raised by", observation.raised_by
        if observation.response:
            yield observation.step_index, f"observation {n} response", observation.response
        if observation.action:
            yield observation.step_index, f"observation {n} agreed action", observation.action
    for n, defect in enumerate(run.defects, start=1):
        yield defect.step_index, f"defect {n}", f"{defect.title}\n{defect.description}\n{defect.raised_by}"


def document_problems(findings: list[LeakFinding]) -> list[PackProblem]:
    return [PackProblem(None, "the built document", f"{f.kind} {f.value} at {f.place}") for f in findings]
