"""Word evidence packs, read back as an assurer's tools would: python-docx, olefile, zip, `attest verify`."""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import docx
import olefile
import pytest

from attest.capture.intake import Redactor, intake_bytes
from attest.cli.demo import _screen
from attest.cli.main import main
from attest.core.annotations import parse_annotations
from attest.core.evidence_store import sha256_bytes
from attest.core.importers import parse_file
from attest.core.model import EvidenceKind, ObservationKind, Priority, RedactionState, Run, Severity, StepStatus
from attest.core.runs import PreparedEvidence
from attest.core.workspace import Workspace
from attest.redaction.scan import ole_package_payload, scan_bytes
from attest.templates.manifest import NS
from conftest import FakeClock

MPAN = "1200023305967"
EXAMPLES = Path(__file__).resolve().parents[1] / "core" / "examples"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LONG_LOG = "\n".join(f"2026-11-24 09:{i // 60:02d}:{i % 60:02d} INFO tick {i} mpan={MPAN}" for i in range(75))


@dataclass
class Recorded:
    root: Path
    run_id: int
    payloads: dict[str, bytes]  # evidence name -> the redacted bytes the workspace holds


def _record(root: Path, *, finish: bool = True) -> Recorded:
    """A run of FM_TS_1_TC_01 with two screenshots, three text items, a deviation, an observation
    and a defect, recorded through the same intake and run API the CLI uses."""
    with Workspace.open(root, clock=FakeClock(), actor="tester") as ws:
        ws.cases.save_all(parse_file(EXAMPLES / "mhhs_qualification.yaml").cases)
        run = ws.runs.start(ws.cases.get("FM_TS_1_TC_01").version_id, tester="Tess Tester",
                            environment="SIT-A", data_refs=("MPAN001",))
        redactor = Redactor.for_workspace(ws)

        def add(data: bytes, name: str, caption: str, kind: EvidenceKind | None = None) -> PreparedEvidence:
            return intake_bytes(ws.evidence, data, name=name, redactor=redactor, kind=kind, caption=caption)

        form = _screen("Registration", [("MPAN", MPAN), ("Settlement arrangement", "Legacy")])
        tracker = _screen("DIP Message Tracker", [("Message", "IF-031"), ("Status", "Delivered")])
        request = json.dumps({"messageType": "IF-031", "mpan": MPAN, "effectiveFromDate": "2026-12-01"}, indent=2)
        items = {
            1: [add(form, "registration.png", "Registration screen")],
            2: [add(request.encode(), "IF-031_request.json", "IF-031 sent", EvidenceKind.PAYLOAD),
                add(b"HTTP/1.1 202 Accepted\r\n\r\n{\"status\": \"ACCEPTED\"}", "IF-031_response.txt", "DIP response",
                    EvidenceKind.RESPONSE)],
            3: [add(tracker, "tracker.png", "IF-031 delivered")],
            4: [add(LONG_LOG.encode(), "registration.log", "Service log")],
        }
        for step, evidence in items.items():
            ws.runs.record_step(run.id, StepStatus.PASSED, actual=f"as expected at step {step}",
                                evidence=tuple(evidence),
                                deviation="DIP slow; waited 5 minutes" if step == 3 else None)
        ws.runs.add_observation(run.id, ObservationKind.OBSERVATION, "Tracker refresh is slow", by="Wendy Witness",
                                step=3)
        ws.runs.add_defect(run.id, "Response lacks correlation id", Severity.S3, Priority.P2, by="Tess Tester", step=2)
        first = ws.runs.get(run.id).steps[0].evidence[0]
        ws.runs.annotate(first.id, parse_annotations([
            {"type": "box", "x": 350, "y": 100, "w": 860, "h": 50, "text": "MPAN masked"},
            {"type": "arrow", "x1": 900, "y1": 260, "x2": 700, "y2": 160},
            {"type": "callout", "x": 30, "y": 120, "number": 1},
            {"type": "highlight", "x": 30, "y": 150, "w": 400, "h": 40},
            {"type": "text", "x": 700, "y": 20, "text": "Before migration"}], "test"), by="Tess Tester")
        if finish:
            ws.runs.finish(run.id)
        payloads = {e.name: ws.evidence.get(e.sha256) for s in ws.runs.get(run.id).steps for e in s.evidence}
    return Recorded(root, run.id, payloads)


@contextmanager
def _started(root: Path) -> Iterator[tuple[Workspace, Run]]:
    """A workspace holding the example cases and a run of FM_TS_1_TC_01 just started."""
    with Workspace.open(root, clock=FakeClock()) as ws:
        ws.cases.save_all(parse_file(EXAMPLES / "mhhs_qualification.yaml").cases)
        yield ws, ws.runs.start(ws.cases.get("FM_TS_1_TC_01").version_id, tester="T")


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> Recorded:
    return _record(tmp_path_factory.mktemp("pack-ws"))


@pytest.fixture(scope="module")
def built(recorded: Recorded, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pack-out") / "FM_TS_1_TC_01.docx"
    assert main(["--workspace", str(recorded.root), "pack", str(recorded.run_id), "--out", str(out),
                 "--with-files"]) == 0
    return out


def _body_paragraphs(path: Path) -> list[docx.text.paragraph.Paragraph]:
    return list(docx.Document(str(path)).paragraphs)


def test_a_section_per_step_with_expected_actual_and_status(built: Path) -> None:
    paragraphs = _body_paragraphs(built)
    headings = [p.text for p in paragraphs if p.style.name == "Heading 2" and "Step" in p.text]
    assert headings == [
        "FM_TS_1_TC_01 – Step 1: Select an MPAN from the test data set and record its MPAN reference.",
        "FM_TS_1_TC_01 – Step 2: Submit the migration request (IF-031) to the DIP for the selected MPAN.",
        "FM_TS_1_TC_01 – Step 3: Check the DIP Message Tracker for the IF-031 and its response.",
        "FM_TS_1_TC_01 – Step 4: Confirm the MPAN's settlement arrangement in the registration system.",
    ]
    texts = [p.text for p in paragraphs]
    first = texts.index(headings[0])
    assert texts[first + 1:first + 7] == ["Expected result", "The MPAN is in legacy state in the LDSO registration system.",
                                          "Actual result", "as expected at step 1", "Status", "Passed"]
    assert paragraphs[first + 6].style.name == "Status Passed"
    assert "DIP slow; waited 5 minutes" in " ".join(texts)


def test_cover_and_summary_tables(built: Path) -> None:
    document = docx.Document(str(built))
    cover = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert cover["Programme / release"] == "MHHS / R2 / Qualification Testing"
    assert cover["Test case"] == "FM_TS_1_TC_01 (version 1)"
    assert cover["Tester"] == "Tess Tester" and cover["Environment"] == "SIT-A"
    assert cover["Overall status"] == "Passed" and cover["Test data"] == "MPAN001"
    # shown in UK time, the zone named on each time and on the cover (stored and in the manifest: UTC)
    assert cover["Started"].endswith((" GMT", " BST")) and cover["Finished"].endswith((" GMT", " BST"))
    assert cover["Times shown in"] == "UK time (Europe/London: GMT, or BST in summer)"
    summary = document.tables[1]
    assert [c.text for c in summary.rows[0].cells] == ["Step", "Action", "Status", "Recorded", "Evidence"]
    assert [(r.cells[0].text, r.cells[2].text, r.cells[4].text) for r in summary.rows[1:]] == [
        ("1", "Passed", "1"), ("2", "Passed", "2"), ("3", "Passed", "1"), ("4", "Passed", "1")]
    assert summary.rows[1].cells[2].paragraphs[0].style.name == "Status Passed"
    assert "UNFINISHED" not in "\n".join(p.text for p in document.paragraphs)
    instructions = [t.text for t in document.element.body.iter(f"{W}instrText")]
    assert any(i.strip().startswith("TOC ") for i in instructions)


def test_screenshots_in_order_full_width_with_numbered_captions(built: Path) -> None:
    document = docx.Document(str(built))
    section = document.sections[0]
    width = section.page_width - section.left_margin - section.right_margin
    shapes = document.inline_shapes
    assert len(shapes) == 2
    assert all(abs(s.width - width) <= 1 for s in shapes)
    names = [s._inline.docPr.get("name") for s in shapes]
    assert names == ["FM_TS_1_TC_01_step01_1", "FM_TS_1_TC_01_step03_1"]
    captions = [p for p in document.paragraphs if p.style.name == "Caption"]
    assert ["".join(t.text or "" for t in p._p.iter(f"{W}t")) for p in captions] == ["Figure 1: FM_TS_1_TC_01 step 1 – Registration screen",
                                          "Figure 2: FM_TS_1_TC_01 step 3 – IF-031 delivered"]
    fields = [f.get(f"{W}instr") for p in captions for f in p._p.iter(f"{W}fldSimple")]
    assert fields == [" SEQ Figure \\* ARABIC "] * 2


def test_annotations_are_drawn_on_a_copy(built: Path, recorded: Recorded) -> None:
    from PIL import Image

    with zipfile.ZipFile(built) as package:
        media = {sha256_bytes(package.read(n)): package.read(n) for n in package.namelist() if "/media/" in n}
    stored = recorded.payloads["registration.png"]
    assert sha256_bytes(stored) not in media  # the pack shows the annotated copy
    annotated = next(d for d in media.values() if Image.open(io.BytesIO(d)).size == Image.open(io.BytesIO(stored)).size
                     and d != stored and sha256_bytes(d) != sha256_bytes(recorded.payloads["tracker.png"]))
    before = Image.open(io.BytesIO(stored)).convert("RGB")
    after = Image.open(io.BytesIO(annotated)).convert("RGB")
    red = (0xE1, 0x1D, 0x48)
    assert after.getpixel((351, 101)) == red or after.getpixel((352, 102)) == red  # the box's outline
    assert before.getpixel((351, 101)) != red


def test_payloads_are_embedded_packages_holding_the_exact_redacted_bytes(built: Path, recorded: Recorded) -> None:
    with zipfile.ZipFile(built) as package:
        rels = package.read("word/_rels/document.xml.rels").decode()
        embedded = sorted(n for n in package.namelist() if n.startswith("word/embeddings/"))
        document_xml = package.read("word/document.xml").decode()
        blobs = [package.read(n) for n in embedded]
    assert len(embedded) == 3 and "relationships/oleObject" in rels
    assert document_xml.count('ProgID="Package"') == 3 and document_xml.count('DrawAspect="Icon"') == 3
    found = {}
    for blob in blobs:
        ole = olefile.OleFileIO(io.BytesIO(blob), raise_defects=olefile.DEFECT_POTENTIAL)
        assert ole.exists("\x01Ole10Native") and ole.exists("\x01CompObj")
        name, data = ole_package_payload(blob)  # the same reader the leak scan uses
        found[name] = data
    assert found == {"IF-031_request.json.txt": recorded.payloads["IF-031_request.json"],
                     "IF-031_response.txt": recorded.payloads["IF-031_response.txt"],
                     "registration.log.txt": recorded.payloads["registration.log"]}
    assert MPAN.encode() not in b"".join(found.values())


def test_payloads_are_shown_inline_up_to_60_lines(built: Path) -> None:
    code = [p for p in docx.Document(str(built)).paragraphs if p.style.name == "Attest Code"]
    assert code[0].text.startswith('{\n  "messageType": "IF-031"')
    log = code[2].text.split("\n")
    assert len(log) == 61 and log[-1] == "… continues in the attached file (75 lines)"
    assert "mpan=[MPAN-1]" in log[0]


def test_first_step_carries_the_mpan_reference_as_a_comment(built: Path) -> None:
    document = docx.Document(str(built))
    comments = list(document.comments)
    assert len(comments) == 1
    assert "MPAN001" in comments[0].text and MPAN not in comments[0].text
    heading = next(p for p in document.paragraphs if p.text.startswith("FM_TS_1_TC_01 – Step 1:"))
    assert heading._p.find(f"{W}commentRangeStart") is not None


def test_deviations_observations_defects_and_sign_off(built: Path) -> None:
    document = docx.Document(str(built))
    tables = {tuple(c.text for c in t.rows[0].cells): t for t in document.tables}
    deviations = tables[("Step", "Kind", "Reason", "By", "When")]
    assert [c.text for c in deviations.rows[1].cells][:4] == ["3", "noted", "DIP slow; waited 5 minutes", "Tess Tester"]
    observations = tables[("Step", "Kind", "Observation", "By", "When")]
    assert [c.text for c in observations.rows[1].cells][:4] == ["3", "observation", "Tracker refresh is slow",
                                                                 "Wendy Witness"]
    defects = tables[("Step", "Defect", "Severity / priority", "Status", "Raised")]
    assert [c.text for c in defects.rows[1].cells][:4] == ["2", "Response lacks correlation id", "S3 / P2", "open"]
    sign_off = tables[("Role", "Name", "Date", "Signature")]
    assert [r.cells[0].text for r in sign_off.rows[1:]] == ["Tester", "Witness", "Reviewer"]
    assert sign_off.rows[1].cells[1].text == "Tess Tester"


def test_manifest_inside_the_document_and_verify(built: Path, recorded: Recorded, capsys) -> None:
    with zipfile.ZipFile(built) as package:
        manifest = next(package.read(n) for n in package.namelist()
                        if n.startswith("customXml/") and NS.encode() in package.read(n))
    assert manifest.count(b"<attest:item ") == 5
    assert sha256_bytes(recorded.payloads["IF-031_request.json"]).encode() in manifest
    assert b"run-record-sha256=" in manifest and b"audit-head=" in manifest
    capsys.readouterr()
    assert main(["verify", str(built)]) == 0
    assert capsys.readouterr().out.strip().startswith("verified: 5 items; signed by key SHA256:")


def _rewrite(source: Path, target: Path, change) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = change(info.filename, old.read(info.filename))
            if data is not None:
                new.writestr(info, data)


def test_verify_names_a_replaced_image(built: Path, tmp_path: Path, capsys) -> None:
    from conftest import png_bytes

    tampered = tmp_path / "tampered.docx"
    with zipfile.ZipFile(built) as package:
        first_image = sorted(n for n in package.namelist() if n.startswith("word/media/"))[0]
    _rewrite(built, tampered, lambda name, data: png_bytes(1920, 1080) if name == first_image else data)
    capsys.readouterr()
    assert main(["verify", str(tampered)]) == 1
    output = capsys.readouterr().out
    assert output.startswith("NOT verified")
    assert re.search(r"changed: FM_TS_1_TC_01_step\d\d_\d", output)


def test_verify_names_missing_and_added_items(built: Path, tmp_path: Path, capsys) -> None:
    def drop_second_object_add_picture(name: str, data: bytes) -> bytes:
        if name != "word/document.xml":
            return data
        text = data.decode()
        start = text.index("<w:object", text.index("<w:object") + 1)
        end = text.index("</w:object>", start) + len("</w:object>")
        text = text[:start] + text[end:]
        return text.replace('name="FM_TS_1_TC_01_step03_1"', 'name="a picture pasted later"').encode()

    tampered = tmp_path / "tampered.docx"
    _rewrite(built, tampered, drop_second_object_add_picture)
    capsys.readouterr()
    assert main(["verify", str(tampered)]) == 1
    output = capsys.readouterr().out
    assert "missing: FM_TS_1_TC_01_step02_2 (step 2, IF-031_response.txt)" in output
    assert "missing: FM_TS_1_TC_01_step03_1" in output and "added: a picture pasted later" in output


def test_verify_refuses_a_document_without_a_manifest(tmp_path: Path, capsys) -> None:
    plain = tmp_path / "plain.docx"
    docx.Document().save(str(plain))
    assert main(["verify", str(plain)]) == 2
    assert "no Attest evidence manifest" in capsys.readouterr().err


def test_the_pack_scans_clean_and_its_files_are_named_for_ado(built: Path) -> None:
    assert scan_bytes(built.read_bytes(), built.name) == []
    files = sorted(p.name for p in (built.parent / f"{built.stem}_files").iterdir())
    assert files == ["FM_TS_1_TC_01_step01_1.png", "FM_TS_1_TC_01_step02_1.json", "FM_TS_1_TC_01_step02_2.txt",
                     "FM_TS_1_TC_01_step03_1.png", "FM_TS_1_TC_01_step04_1.log"]


def test_a_leak_in_typed_text_refuses_the_pack_and_writes_nothing(recorded: Recorded, tmp_path: Path, capsys) -> None:
    root = tmp_path / "ws"
    with _started(root) as (ws, run):
        ws.runs.record_step(run.id, StepStatus.PASSED, actual="ok")
        ws.runs.record_step(run.id, StepStatus.FAILED, actual=f"DIP rejected MPAN {MPAN}")
    out = tmp_path / "pack.docx"
    assert main(["--workspace", str(root), "pack", str(run.id), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "the pack was not written" in err and "step 2: actual result: MPAN" in err and MPAN not in err
    assert not out.exists()


def test_an_item_never_redacted_refuses_the_pack(tmp_path: Path, capsys) -> None:
    root = tmp_path / "ws"
    with _started(root) as (ws, run):
        data = b"clean text"
        ws.runs.record_step(run.id, StepStatus.PASSED, evidence=(PreparedEvidence(
            ws.evidence.put(data), EvidenceKind.FILE, "notes.txt", "", len(data), RedactionState.UNREDACTED),))
    out = tmp_path / "pack.docx"
    assert main(["--workspace", str(root), "pack", str(run.id), "--out", str(out)]) == 1
    assert "step 1: notes.txt: was never redacted" in capsys.readouterr().err
    assert not out.exists()


def test_an_unfinished_run_says_so_on_the_cover(tmp_path: Path, capsys) -> None:
    root = tmp_path / "ws"
    with _started(root) as (ws, run):
        ws.runs.record_step(run.id, StepStatus.PASSED, actual="ok")
    out = tmp_path / "pack.docx"
    assert main(["--workspace", str(root), "pack", str(run.id), "--out", str(out)]) == 0
    document = docx.Document(str(out))
    assert any(p.text.startswith("UNFINISHED RUN") for p in document.paragraphs)
    cover = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert cover["Finished"] == "not finished" and cover["Overall status"] == "In progress"
    assert "No test data reference was recorded" in list(document.comments)[0].text
    summary = document.tables[1]
    assert [r.cells[2].text for r in summary.rows[1:]] == ["Passed", "Not recorded", "Not recorded", "Not recorded"]


def test_a_template_restyles_the_pack_and_a_missing_style_is_named(recorded: Recorded, tmp_path: Path,
                                                                   capsys) -> None:
    from docx.shared import RGBColor

    from attest.templates.styles import DEFAULT_TEMPLATE

    restyled = docx.Document(str(DEFAULT_TEMPLATE))
    restyled.styles["Heading 2"].font.color.rgb = RGBColor(0x00, 0x80, 0x00)
    restyled.sections[0].header.paragraphs[0].text = "ACME Energy – internal"
    restyled.save(str(tmp_path / "acme.docx"))
    out = tmp_path / "acme-pack.docx"
    assert main(["--workspace", str(recorded.root), "pack", str(recorded.run_id), "--out", str(out),
                 "--template", str(tmp_path / "acme.docx")]) == 0
    document = docx.Document(str(out))
    assert document.styles["Heading 2"].font.color.rgb == RGBColor(0x00, 0x80, 0x00)
    assert document.sections[0].header.paragraphs[0].text == "ACME Energy – internal"

    broken = docx.Document()  # python-docx's own default: no "Attest Code", no status styles
    broken.save(str(tmp_path / "plain.docx"))
    capsys.readouterr()
    assert main(["--workspace", str(recorded.root), "pack", str(recorded.run_id), "--out", str(tmp_path / "x.docx"),
                 "--template", str(tmp_path / "plain.docx")]) == 2
    err = capsys.readouterr().err
    assert "plain.docx: the template lacks the styles" in err and "'Attest Code'" in err
    assert not (tmp_path / "x.docx").exists()


def test_packing_again_does_not_ocr_screenshots_scanned_at_intake(recorded: Recorded, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import attest.redaction.image as image

    def no_ocr(*args: object, **kwargs: object) -> None:
        raise AssertionError("a screenshot scanned at intake was OCR'd again")

    monkeypatch.setattr(image, "scan_image", no_ocr)
    from attest.templates.pack import build_pack

    with Workspace.open(recorded.root) as ws:
        result = build_pack(ws, recorded.run_id, tmp_path / "again.docx")
    assert result.scanned == 0 and result.screenshots == 2


def test_annotation_input_errors_are_specific(recorded: Recorded, capsys) -> None:
    ws_args = ["--workspace", str(recorded.root)]
    assert main([*ws_args, "evidence", "annotate", "1", "--box", "10,20,30"]) == 2
    assert "--box: expected X,Y,W,H[:TEXT] in pixels (what was given is not repeated" in capsys.readouterr().err
    assert main([*ws_args, "evidence", "annotate", "2", "--box", "1,1,5,5"]) == 2
    assert "is a payload; only screenshots carry annotations" in capsys.readouterr().err
    assert main([*ws_args, "evidence", "annotate", "99", "--box", "1,1,5,5"]) == 2
    assert "no evidence item 99" in capsys.readouterr().err


def test_annotations_changed_behind_the_audit_log_are_reported(tmp_path: Path) -> None:
    with _started(tmp_path / "ws") as (ws, run):
        from conftest import png_bytes

        data = png_bytes()
        ws.runs.record_step(run.id, StepStatus.PASSED, evidence=(PreparedEvidence(
            ws.evidence.put(data), EvidenceKind.SCREENSHOT, "s.png", "", len(data), RedactionState.REDACTED),))
        item = ws.runs.get(run.id).steps[0].evidence[0]
        ws.runs.annotate(item.id, parse_annotations([{"type": "box", "x": 1, "y": 1, "w": 5, "h": 5}], "t"), by="T")
        assert ws.verify()[1] == []
        ws.store.conn.execute("UPDATE evidence_items SET annotations = '[]'")
        ws.store.conn.commit()
        assert any("annotations differ" in p for p in ws.verify()[1])


@pytest.mark.parametrize("size", [0, 100, 4095, 4096, 70_000, 8_000_000])  # mini stream, FAT, and past 109 FAT sectors
def test_ole_package_objects_read_back_with_olefile_at_any_size(size: int) -> None:
    import os

    from attest.templates.ole_package import PACKAGE_CLSID, package_object

    data = os.urandom(size)
    blob = package_object("résumé log.txt", data)
    ole = olefile.OleFileIO(io.BytesIO(blob), raise_defects=olefile.DEFECT_POTENTIAL)
    assert ole.parsing_issues == []
    assert sorted(e[0] for e in ole.listdir()) == ["\x01CompObj", "\x01Ole10Native", "\x03ObjInfo"]
    assert ole.root.clsid == "0003000C-0000-0000-C000-000000000046" and len(PACKAGE_CLSID) == 16
    assert b"Package" in ole.openstream("\x01CompObj").read()
    assert ole_package_payload(blob) == ("r\xe9sum\xe9 log.txt", data)


def test_the_leak_scan_reads_inside_an_embedded_payload() -> None:
    from attest.templates.word_parts import ImageParts, OleEmbedder

    document = docx.Document()
    OleEmbedder(document, ImageParts(document)).add(document.add_paragraph(), "response.txt", f"mpan={MPAN}\n".encode(), "item")
    buffer = io.BytesIO()
    document.save(buffer)
    findings = scan_bytes(buffer.getvalue(), "pack.docx")
    assert [(f.kind, f.value) for f in findings] == [("MPAN", "••••••••••967")]
    assert "word/embeddings/oleObject1.bin (response.txt)" in findings[0].place


def test_annotating_draws_the_screenshot_once_and_packs_reuse_it(recorded: Recorded, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from PIL import Image

    from attest.templates import annotate

    ws_args = ["--workspace", str(recorded.root)]
    assert main([*ws_args, "evidence", "annotate", "4", "--box", "10,10,200,60:Delivered",
                 "--callout", "300,40,2"]) == 0
    assert "evidence item 4 (tracker.png, run 1 step 3): 2 annotation(s)" in capsys.readouterr().out

    def no_drawing(*args: object) -> None:
        raise AssertionError("a screenshot drawn when it was annotated was drawn again")

    monkeypatch.setattr(annotate, "shown", no_drawing)
    out = tmp_path / "reuse.docx"
    assert main([*ws_args, "pack", str(recorded.run_id), "--out", str(out)]) == 0
    with zipfile.ZipFile(out) as package:
        sizes = [Image.open(io.BytesIO(package.read(n))).size for n in package.namelist() if "/media/" in n]
    assert sizes.count((1280, 312)) == 2  # both screenshots, drawn copies, at their own size


def test_a_workspace_rolled_back_behind_a_pack_is_caught_by_its_audit_head(tmp_path: Path, capsys) -> None:
    import shutil

    root = tmp_path / "ws"
    with _started(root) as (_ws, run):
        pass
    shutil.copytree(root, tmp_path / "older-copy")
    with Workspace.open(root, clock=FakeClock()) as ws:
        ws.runs.record_step(run.id, StepStatus.PASSED, actual="ok")
    out = tmp_path / "pack.docx"
    assert main(["--workspace", str(root), "pack", str(run.id), "--out", str(out)]) == 0
    capsys.readouterr()
    assert main(["verify", str(out)]) == 0
    head = re.search(r"audit log head ([0-9a-f]{64})", capsys.readouterr().err).group(1)
    assert main(["--workspace", str(root), "audit", "verify", "--head", head]) == 0
    assert "the log has only grown since" in capsys.readouterr().out
    shutil.rmtree(root)
    shutil.copytree(tmp_path / "older-copy", root)  # consistent with itself, but older than the pack
    assert main(["--workspace", str(root), "audit", "verify", "--head", head]) == 1
    shown = capsys.readouterr().out
    assert "the audit head given is NOT in this workspace's log" in shown and head not in shown


@pytest.mark.parametrize("prefix", ["c1f410619733862a", "a1b210619733851f", "1200023305967bc1", "07700900123fab"])
def test_an_audit_head_shaped_like_an_identifier_by_chance_does_not_refuse_the_pack(
        recorded: Recorded, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, prefix: str) -> None:
    """The cover names the audit log's head whole, as `attest audit verify --head` takes it. A 16-character
    prefix once stopped a pack at random (about one build in three thousand): its hex read as a gas meter's
    serial ("c1f410619733862a") or an MPAN followed by hex, and the pack's own leak scan refused it."""
    from attest.core import audit

    real = audit.head

    def shaped(conn):  # the real entry count; a head that opens with an identifier's shape
        entries, head = real(conn)
        return entries, (prefix + head)[:64]

    monkeypatch.setattr(audit, "head", shaped)
    out = tmp_path / "pack.docx"
    assert main(["--workspace", str(recorded.root), "pack", str(recorded.run_id), "--out", str(out)]) == 0
    cover = {row.cells[0].text: row.cells[1].text for row in docx.Document(str(out)).tables[0].rows}
    shown = re.fullmatch(r"(\d+) entries; head ([0-9a-f]{64})", cover["Audit log"])
    assert shown and shown.group(2).startswith(prefix)


def test_identifiers_typed_into_notes_or_file_names_are_redacted_as_they_are_stored(tmp_path: Path, capsys) -> None:
    root = tmp_path / "ws"
    ws_args = ["--workspace", str(root)]
    assert main([*ws_args, "import", str(EXAMPLES / "mhhs_qualification.yaml")]) == 0
    assert main([*ws_args, "run", "start", "FM_TS_1_TC_01"]) == 0
    log = tmp_path / f"{MPAN}_dip.log"
    log.write_text("status=ACCEPTED\n")
    assert main([*ws_args, "run", "step", "1", "--status", "failed", "--actual", f"DIP rejected MPAN {MPAN}",
                 "--attach", str(log), "--caption", f"log for {MPAN}"]) == 0
    err = capsys.readouterr().err
    assert "identifiers in the actual result were replaced as it was stored: DIP rejected MPAN [MPAN-1]" in err
    assert main([*ws_args, "run", "observe", "1", f"Meter serial S06DS123456 on MPAN {MPAN}", "--step", "1"]) == 0
    capsys.readouterr()
    assert main([*ws_args, "run", "show", "1", "--json"]) == 0
    shown = capsys.readouterr().out
    assert MPAN not in shown and "S06DS123456" not in shown
    step = json.loads(shown)["steps"][0]
    assert step["actual"] == "DIP rejected MPAN [MPAN-1]"
    assert step["evidence"][0]["name"] == "[MPAN-1]_dip.log" and step["evidence"][0]["caption"] == "log for [MPAN-1]"
    assert main([*ws_args, "pack", "1", "--out", str(tmp_path / "pack.docx")]) == 0


def test_a_pack_named_after_an_mpan_is_refused(recorded: Recorded, tmp_path: Path, capsys) -> None:
    out = tmp_path / f"MPAN {MPAN} migration.docx"
    assert main(["--workspace", str(recorded.root), "pack", str(recorded.run_id), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "the pack's file name holds an identifier (MPAN ••••••••••967)" in err and MPAN not in err
    assert list(tmp_path.iterdir()) == []


def test_a_workspace_edited_behind_its_audit_log_is_not_packed(tmp_path: Path, capsys) -> None:
    root = tmp_path / "ws"
    with _started(root) as (ws, run):
        ws.runs.record_step(run.id, StepStatus.FAILED, actual="rejected")
        ws.store.conn.execute("UPDATE step_results SET status = 'passed', actual = 'fine'")
        ws.store.conn.commit()
    assert main(["--workspace", str(root), "pack", str(run.id), "--out", str(tmp_path / "p.docx")]) == 1
    assert "run: the workspace: result 1 (run 1, step 1): status is 'passed' but audit entry" in capsys.readouterr().err
    assert not (tmp_path / "p.docx").exists()


def test_a_register_entry_added_after_intake_makes_the_pack_look_again(tmp_path: Path, capsys) -> None:
    root = tmp_path / "ws"
    ws_args = ["--workspace", str(root)]
    assert main([*ws_args, "register", "add", "--kind", "mpan", "2000000000017", "--ref", "MPAN009"]) == 0
    assert main([*ws_args, "import", str(EXAMPLES / "mhhs_qualification.yaml")]) == 0
    assert main([*ws_args, "run", "start", "FM_TS_1_TC_01"]) == 0
    screen = tmp_path / "status.png"
    screen.write_bytes(_screen("Status", [("Message", "IF-031"), ("Status", "Delivered")]))
    assert main([*ws_args, "run", "step", "1", "--status", "passed", "--attach", str(screen)]) == 0
    capsys.readouterr()
    assert main([*ws_args, "pack", "1", "--out", str(tmp_path / "a.docx")]) == 0
    assert "scanned now" not in capsys.readouterr().err  # intake's scan, same register: reused
    assert main([*ws_args, "register", "add", "--kind", "msn", "S06DS654321", "--ref", "MSN002"]) == 0
    capsys.readouterr()
    assert main([*ws_args, "pack", "1", "--out", str(tmp_path / "b.docx")]) == 0
    assert "1 screenshot(s) scanned now" in capsys.readouterr().err


def test_verify_catches_pictures_added_anywhere_cropped_or_faded_but_accepts_a_signature(
        built: Path, tmp_path: Path, capsys) -> None:
    from conftest import png_bytes

    def edit(name: str, data: bytes, change) -> bytes:
        return change(data.decode()).encode() if name == "word/document.xml" else data

    vml = ('<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" style="width:100pt;height:50pt">'
           '<v:imagedata r:id="rIdExtra"/></v:shape></w:pict></w:r></w:p>')

    def add_rel(name: str, data: bytes) -> bytes | None:
        if name == "word/_rels/document.xml.rels":
            return data.replace(b"</Relationships>", b'<Relationship Id="rIdExtra" Type="http://schemas.openxmlformats'
                                b'.org/officeDocument/2006/relationships/image" Target="media/extra.png"/></Relationships>')
        return edit(name, data, lambda t: t.replace("</w:body>", vml + "</w:body>", 1).replace(
            "<w:body>", "<w:body>", 1)) if name == "word/document.xml" else data

    cases = {
        "vml": add_rel,
        "cropped": lambda n, d: edit(n, d, lambda t: t.replace("<a:stretch>", '<a:srcRect r="90000" b="90000"/>'
                                                                 "<a:stretch>", 1)),
    }
    for label, change in cases.items():
        tampered = tmp_path / f"{label}.docx"
        _rewrite(built, tampered, change)
        if label == "vml":
            with zipfile.ZipFile(tampered, "a") as package:
                package.writestr("word/media/extra.png", png_bytes(64, 32, "red"))
        capsys.readouterr()
        assert main(["verify", str(tampered)]) == 1, label
        output = capsys.readouterr().out
        assert ("added: word/media/extra.png" in output) if label == "vml" else ("is shown cropped" in output)

    import docx as python_docx

    signed = python_docx.Document(str(built))
    sign_off = next(t for t in signed.tables if t.rows[0].cells[0].text == "Role")
    sign_off.rows[1].cells[3].paragraphs[0].add_run().add_picture(io.BytesIO(png_bytes(120, 40, "navy")))
    sign_off.rows[1].cells[2].paragraphs[0].add_run("2026-11-25")
    signed.save(str(tmp_path / "signed.docx"))
    capsys.readouterr()
    assert main(["verify", str(tmp_path / "signed.docx")]) == 0


def test_files_for_ado_replace_the_last_set_and_hold_the_pack_bytes(built: Path, recorded: Recorded) -> None:
    folder = built.parent / f"{built.stem}_files"
    assert (folder / "FM_TS_1_TC_01_step02_1.json").read_bytes() == recorded.payloads["IF-031_request.json"]
    assert (folder / "FM_TS_1_TC_01_step04_1.log").read_bytes() == recorded.payloads["registration.log"]
    with zipfile.ZipFile(built) as package:
        media = {sha256_bytes(package.read(n)) for n in package.namelist() if "/media/" in n}
    assert sha256_bytes((folder / "FM_TS_1_TC_01_step01_1.png").read_bytes()) in media
    (folder / "stale_from_another_run.txt").write_text("old")
    assert main(["--workspace", str(recorded.root), "pack", str(recorded.run_id), "--out", str(built),
                 "--with-files"]) == 0
    assert not (folder / "stale_from_another_run.txt").exists()


def test_odd_text_and_odd_images_still_make_a_pack(tmp_path: Path) -> None:
    from PIL import Image

    from attest.templates.pack import build_pack

    buffer = io.BytesIO()
    Image.new("CMYK", (300, 120), (0, 0, 0, 0)).save(buffer, format="JPEG")  # no JFIF header
    cmyk = buffer.getvalue()
    with _started(tmp_path / "ws") as (ws, run):
        ws.runs.record_step(run.id, StepStatus.PASSED, actual="bell\x07 and vertical\x0btab", evidence=(
            PreparedEvidence(ws.evidence.put(cmyk), EvidenceKind.SCREENSHOT, "cmyk\x01.jpg", "cap\x0btion",
                             len(cmyk), RedactionState.REDACTED),
            PreparedEvidence(ws.evidence.put(b"a\x01b\x1bc\n"), EvidenceKind.PAYLOAD, "ctl.txt", "",
                             6, RedactionState.REDACTED)))
        result = build_pack(ws, run.id, tmp_path / "odd.docx")
    assert result.screenshots == 1
    document = docx.Document(str(tmp_path / "odd.docx"))
    assert any("bell\ufffd and vertical\ufffdtab" in p.text for p in document.paragraphs)
    assert main(["verify", str(tmp_path / "odd.docx")]) == 0


def test_a_template_saved_by_word_with_lower_case_built_in_names_is_accepted(recorded: Recorded,
                                                                             tmp_path: Path) -> None:
    from attest.templates.styles import DEFAULT_TEMPLATE

    template = tmp_path / "word-saved.docx"
    _rewrite(DEFAULT_TEMPLATE, template, lambda n, d: d.replace(b'w:val="TOC 1"', b'w:val="toc 1"').replace(
        b'w:val="TOC 2"', b'w:val="toc 2"') if n == "word/styles.xml" else d)
    assert b'"toc 1"' in zipfile.ZipFile(template).read("word/styles.xml")
    assert main(["--workspace", str(recorded.root), "pack", str(recorded.run_id), "--out", str(tmp_path / "w.docx"),
                 "--template", str(template)]) == 0


def test_a_pack_used_as_a_template_carries_no_manifest_into_the_new_pack(built: Path, tmp_path: Path, capsys) -> None:
    # (round 54's .docx tester: the template pack's evidence manifest went into the new pack, which then failed
    # `attest verify`, naming the other workspace and its key)
    other = _record(tmp_path / "other-ws")
    out = tmp_path / "restyled.docx"
    assert main(["--workspace", str(other.root), "pack", str(other.run_id), "--out", str(out),
                 "--template", str(built)]) == 0
    with zipfile.ZipFile(out) as package:
        custom = [n for n in package.namelist() if n.startswith("customXml/item") and "Props" not in n]
        assert len(custom) == 1  # this pack's own manifest only
    capsys.readouterr()
    assert main(["--workspace", str(other.root), "verify", str(out)]) == 0
    assert "verified" in capsys.readouterr().out
