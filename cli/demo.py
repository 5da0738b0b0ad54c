"""``attest demo``: the first thing a newcomer runs.

Fills a demo workspace (never the user's real one unless ``--workspace`` names it) with the shipped
example cases and records a complete example run with screenshots, payloads and a log, all going
through the same use cases (``attest.services``) as real work.
"""

from __future__ import annotations

import io
from importlib import resources
from pathlib import Path

import platformdirs
from PIL import Image, ImageDraw, ImageFont

from attest.core.model import EvidenceKind, ObservationKind, StepStatus
from attest.core.workspace import APP_NAME, Workspace
from attest.services import evidence, export, imports, plans, runs
from attest.services.types import FORMAT_NAMES, PreparedEvidence

DEMO_CASE = "FM_TS_1_TC_01"
DEMO_PLAN = "Demo QT cycle 1"
EXAMPLE_SUFFIXES = {".yaml", ".yml", ".csv", ".xlsx"}


def demo_workspace_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "demo"


def example_files() -> list[Path]:
    root = resources.files("attest.core") / "examples"
    return sorted(Path(str(p)) for p in root.iterdir() if Path(str(p)).suffix in EXAMPLE_SUFFIXES)


def demo_file(name: str) -> bytes:
    return (resources.files("attest.core") / "examples" / "demo" / name).read_bytes()


def run_demo(workspace: str | None) -> int:
    root = Path(workspace).expanduser() if workspace else demo_workspace_dir()
    print(f"Demo workspace: {root}")
    with Workspace.open(root) as ws:
        for path in example_files():
            parsed = imports.store(ws, imports.parse(path))
            outcomes = parsed.outcomes
            refs = ", ".join(o.stored.case.reference for o in outcomes)
            print(f"  imported {len(outcomes)} case(s) from {path.name} ({FORMAT_NAMES[parsed.format]}): {refs}")
        stored = ws.cases.get(DEMO_CASE)
        # a test phase to look at in the phase view: the MHHS cases in one suite, the demo run from it
        # (run again in the same folder, the demo records another run in the plan it made the first time)
        plan = next((p for p in ws.plans.all() if p.name == DEMO_PLAN), None)
        if plan is None:
            plan = plans.create_plan(ws, DEMO_PLAN, programme="MHHS", release="R2", environment="SIT-A (demo)")
            mhhs = [c.reference for c in ws.cases.all() if c.source_file.startswith("mhhs")]
            plans.add_suite(ws, plan.id, "Migration and change of supplier")
            plans.add_cases(ws, plan.id, "Migration and change of supplier", mhhs, tester="Demo Tester")
            print(f"  created test plan {plan.id}: {plan.name}, {len(mhhs)} case(s)")
        else:
            print(f"  test plan {plan.id}: {plan.name} (made by an earlier demo; another run is added to it)")
        run = runs.start_run(ws, stored.id, tester="Demo Tester", environment="SIT-A (demo)", plan=plan.id)
        print(f"  started run {run.id}: {run.reference} – {run.title}")
        redactor = evidence.redactor(ws, run_id=run.id)

        def add(data: bytes, name: str, caption: str, kind: EvidenceKind | None = None) -> PreparedEvidence:
            return evidence.capture_bytes(ws, data, name, kind=kind, caption=caption, using=redactor)

        registration = _screen("Registration - MPAN details", [
            ("MPAN", "1200023305967"), ("Meter serial", "S06DS123456"), ("Settlement arrangement", "Legacy"),
            ("Supply address", "14 Acacia Avenue, Reading RG1 2AB")])
        tracker = _screen("DIP Message Tracker", [
            ("Message", "IF-031"), ("Correlation id", "7c4f0a52-1d39-4e0b-9f55-2e8a1d7b6c30"),
            ("Status", "Delivered"), ("MPAN", "1200023305967")])
        steps = [
            ("Legacy arrangement shown for the selected MPAN (MPAN001).",
             [add(registration, "registration_before.png", "Registration screen before migration")]),
            ("DIP acknowledged with 202 Accepted.",
             [add(demo_file("IF-031_request.json"), "IF-031_request.json", "IF-031 sent to the DIP",
                  EvidenceKind.PAYLOAD),
              add(demo_file("IF-031_response.txt"), "IF-031_response.txt", "DIP response", EvidenceKind.RESPONSE)]),
            ("Message Tracker shows IF-031 Delivered, response without errors.",
             [add(tracker, "message_tracker.png", "IF-031 delivered")]),
            ("MHHS arrangements effective from 2026-12-01.",
             [add(demo_file("registration_log.txt"), "registration_log.txt", "Registration service log")]),
        ]
        for actual, items in steps:
            result = runs.record_step(ws, run.id, StepStatus.PASSED, actual=actual, prepared=items,
                                      redactor=redactor).result
            masked = sum(len(item.findings) for item in items)
            print(f"  step {result.step_index}: {result.status.label}, {len(items)} evidence item(s), "
                  f"{masked} identifier(s) masked")
        first = ws.runs.get(run.id).steps[0].evidence[0]
        evidence.annotate(ws, first.id, [
            {"type": "box", "x": 356, "y": 212, "w": 868, "h": 48},
            {"type": "arrow", "x1": 760, "y1": 380, "x2": 600, "y2": 262, "text": "Legacy arrangement before migration"},
            {"type": "callout", "x": 680, "y": 126, "number": 1, "text": "MPAN001 (masked)"},
        ], by="Demo Tester", where="demo annotations")
        runs.observe(ws, run.id, ObservationKind.OBSERVATION,
                     "The Message Tracker took about a minute to show the IF-031.", by="Demo Tester", step=3)
        defect = runs.raise_defect(ws, run.id, "Message Tracker slow to show a delivered IF-031", "S4", "P4",
                                   by="Demo Tester", step=3,
                                   description="About a minute between the DIP's 202 and the Tracker showing it.")
        print(f"  raised defect {defect.id} ({defect.severity.value}/{defect.priority.value}) on step 3")
        run = runs.finish_run(ws, run.id)
        report = ws.verify_audit()
        print(f"  finished run {run.id}: {run.status.label}; audit log intact with {report.entries} entries")
        pack = root / f"{run.reference}_run{run.id}_evidence.docx"
        result = export.build_pack(ws, run.id, pack, engine=redactor.engine)
    print(f"  evidence pack: {result.path}")
    print(f"    {result.steps} steps, {result.screenshots} screenshots, {result.payloads} payloads/files; "
          "leak scan clean")
    print()
    print("Next:")
    print(f"  open the pack in Word or LibreOffice: {result.path}")
    print(f"  attest verify {result.path}")
    print(f"  attest --workspace {root} run show {run.id}")
    print(f"  attest --workspace {root} plan check {plan.id}")
    print(f"  attest --workspace {root} cases")
    return 0


def _screen(title: str, fields: list[tuple[str, str]]) -> bytes:
    """A plain form-like screenshot, so the demo has real images to carry through intake."""
    width, height = 1280, 200 + 56 * len(fields)
    image = Image.new("RGB", (width, height), "#f3f4f6")
    draw = ImageDraw.Draw(image)
    title_font = ImageFont.load_default(size=30)
    font = ImageFont.load_default(size=22)
    draw.rectangle((0, 0, width, 70), fill="#1f3a5f")
    draw.text((30, 18), title, fill="white", font=title_font)
    for row, (label, value) in enumerate(fields):
        y = 110 + 56 * row
        draw.text((40, y), label, fill="#374151", font=font)
        draw.rectangle((360, y - 8, width - 60, y + 34), fill="white", outline="#9ca3af")
        draw.text((372, y), value, fill="#111827", font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
