"""The Word evidence pack: built from a recorded run, leak-checked, verifiable.

Layout follows the MHHS evidence rules (shared/seeds): a cover with the run's facts and overall
status, a summary table, one section per step (expected, actual, status, every screenshot full
width with its annotations and a numbered caption, every payload and response embedded as a .txt
object and shown inline), the MPAN *reference* as a comment on the first step, the deviations,
observations and defects, a sign-off table, and a manifest of SHA-256 hashes. A witnessed run's
pack is marked so on the cover and holds the witness section (``templates.witness``) after the
summary, the same section the witness session report shows.

The builder only applies named styles (``styles.REQUIRED_STYLES``), so a restyled template
restyles the pack. Nothing is written unless the leak check passes; the pack and its files folder
(``--with-files``) appear together, whole, or not at all (``templates.pack_pair``).
"""

from __future__ import annotations

import io
import os
import re
import time
from concurrent.futures import ThreadPoolExecutor
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from docx import Document
from docx.document import Document as DocumentObject
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.shape import CT_Inline
from docx.shared import Emu
from docx.text.paragraph import Paragraph

from attest import __version__
from attest.core import audit, local_time
from attest.core.audit_events import PackBuilt
from attest.core.errors import AttestError, InputError
from attest.core.evidence_store import atomic_write, sha256_bytes
from attest.core.model import EvidenceItem, EvidenceKind, ExpectedSeen, Role, Run, RunStep
from attest.core.renditions import Renditions
from attest.core.store import iso
from attest.core.workspace import Workspace
from attest.redaction import RegisterMatcher
from attest.redaction.item import decode, image_format
from attest.redaction.scan import scan_bytes, scan_text, scanner_id
from attest.redaction.text import find_identifiers
from attest.templates import annotate
from attest.core.workspace_keys import Secret
from attest.templates.manifest import SIGN_OFF_CAPTION, Manifest, ManifestItem, record_sha256, run_record
from attest.templates.pack_pair import publish, recover
from attest.templates.pack_check import CheckContext, PackProblem, check_evidence, check_texts, document_problems
from attest.templates.styles import DEFAULT_TEMPLATE, STATUS_STYLES, missing_styles
from attest.templates.template_clean import TemplateRefused, clean_template
from attest.templates.word_parts import (
    ImageParts,
    OleEmbedder,
    add_custom_xml,
    add_field,
    add_simple_field,
    xml_safe,
)
from attest.templates.witness import OUTCOME_STATUS, SECTION_TITLE, WASHUP_PENDING, write_witness_section
from attest.templates.writer import DocWriter, when_cell

INLINE_LINES = 60
INLINE_LINE_CHARS = 400  # a minified JSON payload is one long line; the attached file has all of it
HEADING_ACTION_CHARS = 90


class PackRefused(AttestError):
    """The leak check found something, or an item was never redacted: nothing was written."""

    exit_status = 1

    def __init__(self, problems: list[PackProblem], what: str = "the pack") -> None:
        self.problems = problems
        lines = "\n".join(f"  {p.line()}" for p in problems[:50])
        more = f"\n  … and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(f"{what} was not written: {len(problems)} problem(s) found\n{lines}{more}")


class TemplateError(InputError):
    pass


@dataclass
class PackResult:
    path: Path
    steps: int
    screenshots: int
    payloads: int
    items: int
    files_dir: Path | None = None
    scanned: int = 0  # screenshots OCR'd now (not found in the intake scan cache)
    timings: dict[str, float] = field(default_factory=dict)


@dataclass
class _Evidence:
    item: EvidenceItem
    data: bytes
    number: int  # n-th item of its step, 1-based
    name: str  # <TC ref>_step<NN>_<n>
    is_image: bool


def build_pack(ws: Workspace, run_id: int, out: Path, *, template: Path | None = None, with_files: bool = False,
               register: RegisterMatcher | None = None, register_key: str | None = None, engine: Any = None,
               clock: Callable[[], datetime] = lambda: datetime.now(UTC),
               progress: Callable[[int, str], None] | None = None, time_zone: str | None = None) -> PackResult:
    """Check, build and write the pack for ``run_id`` to ``out``.

    ``time_zone`` (an IANA name; ``None``: ``$ATTEST_TIME_ZONE``, else Europe/London) is the zone the
    pack shows its times in, named on its cover; the manifest and the audit log keep UTC.

    ``register_key`` is the fingerprint of the register state ``register`` was read from (see
    ``capture.intake.register_snapshot``); remembered scans are trusted only under the same key.
    ``progress(percent, what)`` is told how far the work is; it may raise to cancel, which it can do
    up to the moment the file is written (the pack is written whole or not at all)."""
    report_progress = progress or (lambda _percent, _what: None)
    tz = local_time.zone(time_zone)  # a bad name is refused before any work
    timer = _Timer()
    report_progress(2, "checking the workspace against its audit log")
    check_output_name(out, register)
    recover(out.parent)  # a pack (and files folder) a killed Attest left half in place there: finished first
    report, disagreements = ws.verify()
    if not report.ok or disagreements:
        # a record edited behind the audit log's back must not be packaged as if it were the record
        raise PackRefused([PackProblem(None, "the workspace", p) for p in
                           ([report.problem] if not report.ok else []) + disagreements])
    run = ws.runs.get(run_id)
    template_path = template or DEFAULT_TEMPLATE
    document = open_template(template_path, register)
    items = _load_evidence(ws, run)
    cache = ws.scan_cache(scanner_id())
    if register_key is None:  # no register given: trust only scans made when there was none either
        register_key = cache.key() if register is None and not ws.register.exists() else "unknown"
    ctx = CheckContext(register, engine, cache, register_key)
    attributes = _case_attributes(ws, run)
    refs = _data_refs(run, items, register)
    problems: list[PackProblem] = []
    for number, ev in enumerate(items, start=1):
        report_progress(5 + 45 * number // max(1, len(items)), f"leak-checking evidence {number} of {len(items)}")
        problems += check_evidence(ev.item, ev.data, ev.is_image, ctx)
    problems += check_texts(run, {k: v for k, v in attributes.items() if isinstance(v, str)}, register)
    if problems:
        raise PackRefused(problems)
    timer.lap("check")

    chain_entries, chain_head = audit.head(ws.store.conn)
    record = run_record(run)
    manifest = Manifest(run.id, run.reference, ws.id, __version__, iso(clock()), record_sha256(record),
                        chain_head, chain_entries)
    manifest.template_images = sorted({sha256_bytes(part.blob) for part in document.part.package.image_parts})
    signing_key = ws.signing_key()  # before anything is built: a workspace whose key is not here packs nothing
    builder = _Builder(document, run, attributes, refs, manifest, ws.renditions, clock(), tz)
    report_progress(55, "drawing annotations and building the document")
    drawn = builder.build(items, signing_key)
    timer.lap("build")
    report_progress(75, "saving the document")
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    timer.lap("save")
    report_progress(85, "leak-scanning the whole document")

    clean = set(drawn)
    leftovers = scan_bytes(data, out.name, register, engine, known_clean=lambda b: sha256_bytes(b) in clean)
    if leftovers:
        raise PackRefused(document_problems(leftovers))
    timer.lap("scan")
    report_progress(95, "writing the pack")
    # the pack and its folder as one unit; a folder an earlier pack of this name left goes with that pack
    files_dir = publish(out, data, _files_for_ado(items, builder.shown) if with_files else None)
    with ws.store.write() as tx:
        tx.audit(ws.actor, PackBuilt(
            run.id, out.name, sha256_bytes(data), {item.name: item.sha256 for item in manifest.items},
            manifest.run_record_sha256, chain_head, with_files, manifest_sha256=sha256_bytes(manifest.unsigned_xml())))
    timer.lap("write")
    return PackResult(out, len(run.steps), sum(1 for e in items if e.is_image),
                      sum(1 for e in items if not e.is_image), len(manifest.items), files_dir, ctx.scanned, timer.laps)


def check_output_name(out: Path, register: RegisterMatcher | None, what: str = "the pack") -> None:
    """The document's own name travels with it (and into the audit log): it must not name an MPAN. Nor may
    the folders it is written into (``packs/pack SN15 8TH/``): the path is printed, and is the pack's
    whereabouts in every message about it (read by the leak scan's rules, which take no forename for a
    person: a home folder may carry its owner's name)."""
    for folder in out.parent.parts:
        found = scan_text(folder, folder, register) if folder not in ("/", "\\", ".", "..") else []
        if found:
            raise AttestError(f"{what}'s folder name holds an identifier ({found[0].kind}); "
                              "write it into a folder named after the test case reference instead")
    for name in (out.name, f"{out.stem}_files"):
        found = scan_text(name, name, register)
        if found:
            # the path is not echoed: it holds the identifier
            raise AttestError(f"{what}'s file name holds an identifier ({found[0].kind} {found[0].value}); "
                              "name it after the test case reference instead")
        # and read as a file's name is typed (its words apart by underscores, a person named by them:
        # "completion_Fenwick_Holloway-Finch.docx")
        typed = find_identifiers(name, register, typed=True)
        if typed:
            raise AttestError(f"{what}'s file name holds an identifier ({typed[0].kind.value}); "
                              "name it after the test case reference instead")


def write_document(out: Path, data: bytes, noun: str) -> None:
    """Write a finished report whole or not at all, readable as a shared document (a pack and its files
    folder go through ``pack_pair.publish``, which writes them alike)."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(out, data)
        readable_as_umask_allows(out)
    except OSError as error:
        raise AttestError(f"{out}: cannot write the {noun}: {error.strerror}") from None


def readable_as_umask_allows(path: Path) -> None:
    """atomic_write's temp file is private (0600); a pack is a document to share, like any other."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


class _Timer:
    """Where a pack's build time goes, for benchmarks/pack.py."""

    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.laps: dict[str, float] = {}

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = now - self.last
        self.last = now


# -- inputs ------------------------------------------------------------------------------------------

def open_template(path: Path, register: RegisterMatcher | None = None) -> DocumentObject:
    """The template, its sample body dropped and whatever else could carry text into a pack taken out
    (``template_clean``); a template that cannot be made safe is refused."""
    try:
        document = Document(str(path))
    except FileNotFoundError:
        raise TemplateError(str(path), "no such template file") from None
    except Exception as error:  # python-docx raises several types for a file that is not a .docx
        raise TemplateError(str(path), f"not a Word document (.docx) template: {error}") from None
    missing = missing_styles(document)
    if missing:
        raise TemplateError(str(path), f"the template lacks the style{'s' if len(missing) > 1 else ''} "
                            f"{', '.join(repr(m) for m in missing)}; add {'them' if len(missing) > 1 else 'it'} "
                            "in Word (Styles pane) or start from the default template")
    package_rels = document.part.package.rels
    for rid in [rid for rid, rel in package_rels.items() if rel.reltype == RT.THUMBNAIL]:
        del package_rels[rid]  # a template's thumbnail pictures some other document; never carry it
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):  # keep page setup, headers and footers; drop sample text
            body.remove(child)
    body.get_or_add_sectPr()  # a template may have none; Word's defaults then apply
    try:
        clean_template(document, register)
    except TemplateRefused as error:
        raise TemplateError(str(path), str(error)) from None
    return document


def _load_evidence(ws: Workspace, run: Run) -> list[_Evidence]:
    out = []
    for step in run.steps:
        for number, item in enumerate(step.evidence, start=1):
            try:  # read once and hash what was read (EvidenceStore.check would read the file a second time)
                data = ws.evidence.get(item.sha256)
            except FileNotFoundError:
                raise PackRefused([PackProblem(step.index, item.name, "the evidence file is missing")]) from None
            if sha256_bytes(data) != item.sha256:
                raise PackRefused([PackProblem(step.index, item.name, "the evidence file was changed (its content "
                                               "no longer matches its SHA-256)")])
            out.append(_Evidence(item, data, number, xml_safe(f"{run.reference}_step{step.index:02d}_{number}"),
                                 image_format(data) is not None))
    return out


def _case_attributes(ws: Workspace, run: Run) -> dict[str, Any]:
    row = ws.store.one("SELECT snapshot FROM runs WHERE id = ?", (run.id,))
    import json

    snapshot = json.loads(row["snapshot"]) if row and row["snapshot"] else {}
    return dict(snapshot.get("attributes") or {})


def _data_refs(run: Run, items: list[_Evidence], register: RegisterMatcher | None) -> list[str]:
    """The references given at the start, else those of register entries found in the evidence
    (redaction wrote them in place of the values, so they are in the redacted text)."""
    if run.data_refs:
        return list(run.data_refs)
    if register is None:
        return []
    found: list[str] = []
    texts = [decode(e.data)[0] for e in items if not e.is_image] + [s.result.actual for s in run.steps if s.result]
    for reference in dict.fromkeys(e.reference for e in register.registered):
        if any(re.search(rf"(?<![A-Za-z0-9]){re.escape(reference)}(?![A-Za-z0-9])", t) for t in texts):
            found.append(reference)
    return found


def _files_for_ado(items: list[_Evidence], shown: dict[str, tuple[bytes, str]]) -> dict[str, bytes]:
    """Each screenshot (as shown in the pack) and payload, named for upload to its ADO step."""
    files: dict[str, bytes] = {}
    for ev in items:
        data, ext = shown.get(ev.name, (ev.data, Path(ev.item.name).suffix.lstrip(".") or "txt"))
        files[f"{safe_file_name(ev.name)}.{safe_file_name(ext) or 'txt'}"] = data
    return files


def safe_file_name(text: str) -> str:
    """A test case reference as a file name on any system ("SIT/TC:01" becomes "SIT_TC_01")."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("._") or "item"


# -- the document ------------------------------------------------------------------------------------

class _Builder(DocWriter):
    def __init__(self, document: DocumentObject, run: Run, attributes: dict[str, Any], refs: list[str],
                 manifest: Manifest, renditions: Renditions, now: datetime, tz: ZoneInfo | None = None) -> None:
        super().__init__(document, tz)
        self.now = now
        self.renditions = renditions
        self.run = run
        self.attributes = attributes
        self.refs = refs
        self.manifest = manifest
        self.images = ImageParts(document)
        self.ole = OleEmbedder(document, self.images)
        self.figure = 0
        self.shown: dict[str, tuple[bytes, str]] = {}  # item name -> (bytes in the pack, extension)
        self.rendered: dict[str, tuple[bytes, str]] = {}

    def build(self, items: list[_Evidence], signing_key: Secret) -> list[str]:
        """Fill the document, its manifest signed with ``signing_key``; returns the SHA-256 of every image
        it drew (already leak-checked)."""
        drawn: list[str] = []
        pictures = [ev for ev in items if ev.is_image]
        for ev in pictures:
            found = annotate.cached(self.renditions, ev.item)
            if found is not None:
                self.rendered[ev.name] = found
        todo = [ev for ev in pictures if ev.name not in self.rendered]
        # drawing and encoding run in Pillow's C code without the GIL: one thread per core
        with ThreadPoolExecutor(max_workers=max(1, os.cpu_count() or 1)) as pool:
            renders = list(pool.map(lambda ev: annotate.shown(ev.data, ev.item.annotations), todo))
        for ev, (data, fmt) in zip(todo, renders, strict=True):
            self.rendered[ev.name] = (data, fmt)
            if ev.item.annotations:
                self.renditions.put(annotate.key_for(ev.item), data, fmt)  # the next pack need not draw it
        by_step: dict[int, list[_Evidence]] = {}
        for ev in items:
            by_step.setdefault(ev.item.step_index, []).append(ev)
        self._cover()
        self._summary()
        if self.run.witnessed:  # the session's outcome is the headline of a witnessed run: before the detail
            self.doc.add_page_break()
            write_witness_section(self.doc, self.run, self.tz)
        self.doc.add_page_break()
        self.para("Steps", "Heading 1")
        for step in self.run.steps:
            drawn += self._step(step, by_step.get(step.index, []))
        self._records()
        self._sign_off()
        self._manifest_appendix()
        self._footer()
        self.manifest.sign(signing_key)
        add_custom_xml(self.doc, self.manifest.to_xml())
        props = self.doc.core_properties
        props.title = xml_safe(f"Evidence pack: {self.run.reference}")
        props.subject = xml_safe(self.run.title[:250])
        props.author = props.last_modified_by = xml_safe(self.run.tester)
        props.comments = f"Built by Attest {__version__} from run {self.run.id}"
        props.created = props.modified = self.now.replace(tzinfo=None)  # not the template's dates
        props.revision = 1
        return drawn

    # -- cover and summary

    def _cover(self) -> None:
        run = self.run
        self.para("Test evidence pack", "Title")
        self.para(f"{run.reference} – {run.title}", "Subtitle")
        if run.witnessed:
            self.para("Witnessed run", "Subtitle")
        if not run.is_finished:
            self.para("UNFINISHED RUN: this pack was built from a run still in progress; results "
                       "and evidence may still change.", "Attest Notice")
        if run.witnessed and run.washup is None:
            self.para(WASHUP_PENDING, "Attest Notice")
        programme = " / ".join(str(self.attributes[k]) for k in ("programme", "release", "phase")
                               if self.attributes.get(k))
        rows = [
            ("Programme / release", programme or "—"),
            ("Test case", f"{run.reference} (version {run.case_version})"),
            ("Title", run.title),
            ("Run", str(run.id)),
            ("Tester", run.tester),
            ("Environment", run.environment or "—"),
            ("Started", self.when(run.started_at)),
            ("Finished", self.when(run.finished_at) if run.finished_at else "not finished"),
            self.zone_row(),
            ("Overall status", run.status.label),
            *([("Witnessed run", _witnessed_line(run, self.tz))] if run.witnessed else []),
            ("Test data", ", ".join(self.refs) if self.refs else "no register reference recorded"),
            ("Attest version", __version__),
            # the whole head, as `attest audit verify --head` takes it: a 16-character prefix was once
            # refused by the pack's own leak scan, its hex a gas meter's serial by chance (c1f410619733862a),
            # where 32 hex digits or more in a row read as a hash for every kind of identifier
            ("Audit log", f"{self.manifest.audit_entries} entries; head {self.manifest.audit_head}"),
        ]
        table = self.table(["Item", "Detail"], rows, widths=(0.28, 0.72), header=False)
        labels = [label for label, _detail in rows]
        self.status_cell(table.rows[labels.index("Overall status")].cells[1], run.status.value)
        if run.washup is not None:
            self.status_cell(table.rows[labels.index("Witnessed run")].cells[1], OUTCOME_STATUS[run.washup.outcome])
        self.para("Contents", "TOC Heading")
        toc = self.para("", "TOC 1")
        entries = ["Summary of steps", *([SECTION_TITLE] if run.witnessed else []), "Steps"] + [f"    {self._heading(s)}" for s in run.steps] + [
            "Deviations, observations and defects", "Sign-off", "Evidence manifest"]
        add_field(toc, 'TOC \\o "1-2" \\h \\z \\u', "\n".join(entries))

    def _summary(self) -> None:
        self.para("Summary of steps", "Heading 1")
        rows = []
        for step in self.run.steps:
            status = step.result.status.label if step.result else "Not recorded"
            when = when_cell(step.result.recorded_at, self.tz) if step.result else "—"
            rows.append((str(step.index), _short(step.action, 120), status, when, str(len(step.evidence))))
        table = self.table(["Step", "Action", "Status", "Recorded", "Evidence"], rows,
                            widths=(0.07, 0.5, 0.13, 0.2, 0.1))
        for row, step in zip(table.rows[1:], self.run.steps, strict=True):
            key = step.result.status.value if step.result else "not-run"
            self.status_cell(row.cells[2], key)

    # -- steps

    def _heading(self, step: RunStep) -> str:
        return f"{self.run.reference} – Step {step.index}: {_short(step.action, HEADING_ACTION_CHARS)}"

    def _step(self, step: RunStep, evidence: list[_Evidence]) -> list[str]:
        if step.index > 1:  # a step to a page: assurers review, print and upload a step at a time
            self.doc.add_page_break()
        heading = self.para(self._heading(step), "Heading 2")
        if step.index == 1:
            self._data_comment(heading)
        if len(step.action) > HEADING_ACTION_CHARS:
            self.labelled("Action", step.action)
        self.labelled("Expected result", step.expected or "—")
        if step.result is None:
            self.labelled("Actual result", "—")
            self.para("Status", "Attest Label")
            self.para("Not recorded", STATUS_STYLES["not-run"][0])
        else:
            self.labelled("Actual result", step.result.actual or "—")
            self.para("Status", "Attest Label")
            self.para(step.result.status.label, STATUS_STYLES[step.result.status.value][0])
            self.labelled("Recorded", f"{self.when(step.result.recorded_at)} by {step.result.recorded_by}")
        for deviation in (d for d in self.run.deviations if d.step_index == step.index):
            self.labelled(f"Deviation ({deviation.kind.value})",
                           f"{deviation.reason} — {deviation.recorded_by}, {self.when(deviation.recorded_at)}")
        drawn: list[str] = []
        for ev in evidence:
            if ev.is_image:
                drawn.append(self._picture(step, ev))
            else:
                drawn.append(self._payload(step, ev))
        return drawn

    def _data_comment(self, heading: Paragraph) -> None:
        if self.refs:
            text = (f"Test data in use: {', '.join(self.refs)} (test data register reference; the MPAN itself is "
                    "obscured everywhere in this evidence).")
        else:
            text = ("No test data reference was recorded for this run (start a run with --data MPAN001 to note "
                    "the MPAN reference here).")
        self.doc.add_comment(heading.runs, text=xml_safe(text), author=xml_safe(self.run.tester) or "Attest",
                             initials="AT")

    def _picture(self, step: RunStep, ev: _Evidence) -> str:
        shown, fmt = self.rendered[ev.name]
        self.shown[ev.name] = (shown, "jpg" if fmt == "JPEG" else fmt.lower())
        rid, image = self.images.add(shown)
        width, height = image.px_width, image.px_height
        fit_w = int(self.text_width)
        fit_h = int(self.text_height * 0.72)  # leave room for the caption and heading on the same page
        # full width, but never more than twice its size at 96 dpi: a small crop blown up is a blur
        scale = min(fit_w / width, fit_h / height, 2 * 9525)
        paragraph = self.para("", "Attest Figure")  # keeps the picture on the page of its caption
        inline = CT_Inline.new_pic_inline(self.images.next_shape_id(), rid, image.filename, Emu(int(width * scale)),
                                          Emu(int(height * scale)))
        paragraph.add_run()._r.add_drawing(inline)
        inline.docPr.set("name", ev.name)
        inline.docPr.set("descr", xml_safe(f"{ev.item.caption or ev.item.name} (redacted screenshot)"))
        self.figure += 1
        caption = self.para("Figure ", "Caption")
        add_simple_field(caption, "SEQ Figure \\* ARABIC", str(self.figure))
        caption.add_run(xml_safe(f": {self.run.reference} step {step.index} – {ev.item.caption or ev.item.name}"))
        if ev.item.seen is not None:  # as the picture stands: a mask drawn since hides what it covers
            self.para(xml_safe(expected_line(ev.item.seen)), "Attest Label")
        digest = sha256_bytes(shown)
        self.manifest.items.append(ManifestItem(ev.name, ev.item.kind.value, step.index, ev.item.name,
                                                ev.item.sha256, digest))
        return digest

    def _payload(self, step: RunStep, ev: _Evidence) -> str:
        label = {EvidenceKind.PAYLOAD: "Payload sent", EvidenceKind.RESPONSE: "Response received"}.get(
            ev.item.kind, "File")
        self.para(f"{label}: {ev.item.name}" + (f" – {ev.item.caption}" if ev.item.caption else ""),
                   "Attest Label")
        embed_name = xml_safe(ev.item.name if ev.item.name.lower().endswith(".txt") else f"{ev.item.name}.txt")
        icon = self.ole.add(self.doc.add_paragraph(), embed_name, ev.data, ev.name)
        text, _encoding = decode(ev.data)
        lines = [line.rstrip("\r") for line in text.split("\n")]  # not splitlines(): \v, \f are not new lines
        if len(lines) > 1 and lines[-1] == "":
            lines.pop()
        shown = [line if len(line) <= INLINE_LINE_CHARS else line[:INLINE_LINE_CHARS] + " …" for line in
                 lines[:INLINE_LINES]]
        if len(lines) > INLINE_LINES or any(len(line) > INLINE_LINE_CHARS for line in lines[:INLINE_LINES]):
            shown.append(f"… continues in the attached file ({len(lines)} line{'s' if len(lines) != 1 else ''})")
        code = self.para("", "Attest Code")
        for i, line in enumerate(shown):
            run = code.add_run(xml_safe(line))
            if i < len(shown) - 1:
                run.add_break()
        ext = Path(ev.item.name).suffix.lstrip(".") or "txt"
        self.shown[ev.name] = (ev.data, ext)
        icon_digest = sha256_bytes(icon)
        self.manifest.items.append(ManifestItem(ev.name, ev.item.kind.value, step.index, ev.item.name,
                                                ev.item.sha256, sha256_bytes(ev.data), icon_digest))
        return icon_digest

    # -- after the steps

    def _records(self) -> None:
        run = self.run
        self.doc.add_page_break()
        self.para("Deviations, observations and defects", "Heading 1")
        self.para("Deviations from the script", "Heading 2")
        self.rows_or_none(["Step", "Kind", "Reason", "By", "When"],
                           [(str(d.step_index), d.kind.value, d.reason, d.recorded_by, self.when(d.recorded_at))
                            for d in run.deviations], (0.08, 0.14, 0.44, 0.14, 0.2), "No deviations were recorded.")
        self.para("Observations", "Heading 2")
        if run.witnessed:
            self.doc.add_paragraph(f"{len(run.observations)} observation(s): see the observations table of the "
                                   "witness session, with each one's response, agreed action and defect."
                                   if run.observations else "No observations were raised.")
        else:
            self.rows_or_none(["Step", "Kind", "Observation", "By", "When"],
                              [(_step_ref(o.step_index), o.kind.value,
                                o.text + (f"\nResponse: {o.response}" if o.response else ""), o.raised_by,
                                self.when(o.raised_at)) for o in run.observations],
                              (0.08, 0.14, 0.44, 0.14, 0.2), "No observations were recorded.")
        self.para("Defects", "Heading 2")
        self.rows_or_none(["Step", "Defect", "Severity / priority", "Status", "Raised"],
                           [(_step_ref(d.step_index), d.title + (f"\n{d.description}" if d.description else ""),
                             f"{d.severity.value} / {d.priority.value}", d.status.value,
                             f"{d.raised_by}, {self.when(d.raised_at)}") for d in run.defects],
                           (0.08, 0.44, 0.14, 0.12, 0.22), "No defects were raised.")

    def _sign_off(self) -> None:
        self.para("Sign-off", "Heading 1")
        self.doc.add_paragraph("By signing, each person confirms the evidence in this pack is a true record of "
                               "the run described on the cover.")
        table = self.table(["Role", "Name", "Date", "Signature"],
                           [("Tester", self.run.tester, "", ""), _witness_sign_off(self.run, self.tz),
                            ("Reviewer", "", "", "")], widths=(0.18, 0.34, 0.18, 0.3))
        caption = OxmlElement("w:tblCaption")  # lets `attest verify` accept a signature pictured here
        caption.set(qn("w:val"), SIGN_OFF_CAPTION)
        table._tbl.tblPr.append(caption)

    def _manifest_appendix(self) -> None:
        self.para("Evidence manifest", "Heading 1")
        self.doc.add_paragraph(
            "The SHA-256 of every item as it is held in this document, also stored inside the file. "
            "Running \u201cattest verify\u201d on this file recomputes them and names any item changed, added or "
            "missing.")
        rows = [(item.name, str(item.step), item.file, item.sha256) for item in self.manifest.items]
        rows.append(("Run record", "—", f"run {self.run.id}", self.manifest.run_record_sha256))
        self.table(["Item", "Step", "File", "SHA-256"], rows, widths=(0.25, 0.06, 0.22, 0.47))

    def _footer(self) -> None:
        self.footer(f"{self.run.reference} · run {self.run.id} · evidence pack")


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _witnessed_line(run: Run, tz: ZoneInfo) -> str:
    if run.washup is None:
        return "Yes; wash-up not yet held"
    return (f"Yes; {run.washup.outcome.label}, signed off by {run.washup.signed_by} at "
            f"{local_time.stamp(run.washup.signed_at, tz)}")


def _witness_sign_off(run: Run, tz: ZoneInfo) -> tuple[str, str, str, str]:
    """The sign-off table's witness row: the wash-up's typed sign-off, else the witnesses taking part
    (to sign by hand), else blank. The date is the local one, as the witness would write it by hand."""
    if run.washup is not None:
        return ("Witness", run.washup.signed_by, local_time.local(run.washup.signed_at, tz).strftime("%Y-%m-%d"),
                "Typed at the wash-up (see Witness session)")
    names = ", ".join(p.name for p in run.participants if p.role is Role.WITNESS)
    return ("Witness", names, "", "")


def _step_ref(step: int | None) -> str:
    return str(step) if step is not None else "—"


def expected_line(look: ExpectedSeen) -> str:
    """Under a screenshot: whether Attest read the step's expected result on it (never a verdict)."""
    quoted = ", ".join(f"‘{p}’" for p in look.looked_for)
    if look.seen:
        return (f"Expected result seen on this screenshot: {quoted} (read by Attest outside every mask; the "
                "step's status is the tester's)")
    if look.found:
        missing = [p for p in look.looked_for if p not in look.found]
        return (f"Expected result partly seen on this screenshot: {', '.join(f'‘{p}’' for p in look.found)} "
                f"seen, {', '.join(f'‘{p}’' for p in missing)} not seen (the step's status is the tester's)")
    return f"Expected result not seen on this screenshot: {quoted} not read (the step's status is the tester's)"
