"""The crop annotation: validated as data, drawn last by the one renderer, set from the command line,
and carried into a pack that `attest verify` accepts (the manifest hashes the cropped picture)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from attest.capture.intake import Redactor, intake_bytes
from attest.cli.demo import _screen
from attest.cli.main import main
from attest.core.annotations import check_fits, crop_of, parse_annotations
from attest.core.errors import InputError
from attest.core.evidence_store import sha256_bytes
from attest.core.importers import parse_file
from attest.core.model import EvidenceKind, StepStatus
from attest.core.workspace import Workspace
from attest.templates.annotate import render
from attest.templates.manifest import verify_pack
from conftest import FakeClock, png_bytes

EXAMPLES = Path(__file__).resolve().parents[1] / "core" / "examples"


def _pixels(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data)).convert("RGB")


def test_a_crop_is_plain_data_and_at_most_one_per_item() -> None:
    parsed = parse_annotations([{"type": "box", "x": 1, "y": 1, "w": 5, "h": 5},
                                {"type": "crop", "x": 10, "y": 20, "w": 300, "h": 100}], "t.json")
    crop = crop_of(parsed)
    assert crop is not None and crop.coords == {"x": 10, "y": 20, "w": 300, "h": 100}
    assert crop.to_dict() == {"type": "crop", "x": 10, "y": 20, "w": 300, "h": 100}  # no colour written
    with pytest.raises(InputError, match="annotations 1 and 3 are both crops; a screenshot has at most one crop"):
        parse_annotations([{"type": "crop", "x": 0, "y": 0, "w": 5, "h": 5},
                           {"type": "box", "x": 0, "y": 0, "w": 5, "h": 5},
                           {"type": "crop", "x": 1, "y": 1, "w": 5, "h": 5}], "t.json")
    with pytest.raises(InputError, match="annotation 1 \\(crop\\): unknown field 'text'"):
        parse_annotations([{"type": "crop", "x": 0, "y": 0, "w": 5, "h": 5, "text": "no"}], "t.json")
    with pytest.raises(InputError, match="w must be at least 1"):
        parse_annotations([{"type": "crop", "x": 0, "y": 0, "w": 0, "h": 5}], "t.json")


def test_a_crop_must_lie_inside_the_image() -> None:
    inside = parse_annotations([{"type": "crop", "x": 10, "y": 10, "w": 30, "h": 10}], "t")
    check_fits(inside, (40, 20), "t")  # reaching the very edge is inside
    check_fits(parse_annotations([{"type": "box", "x": 100, "y": 100, "w": 30, "h": 10}], "t"), (40, 20), "t")
    outside = parse_annotations([{"type": "crop", "x": 10, "y": 10, "w": 31, "h": 10}], "t")
    with pytest.raises(InputError, match="the crop 10,10,31,10 reaches outside the image, which is 40×20 pixels"):
        check_fits(outside, (40, 20), "t")


def test_a_crop_cuts_the_drawn_image_and_moves_nothing() -> None:
    data = png_bytes(400, 300, "#f3f4f6")
    shapes = [{"type": "box", "x": 50, "y": 60, "w": 100, "h": 40, "text": "Status"},
              {"type": "arrow", "x1": 300, "y1": 250, "x2": 160, "y2": 110},
              {"type": "highlight", "x": 40, "y": 200, "w": 200, "h": 30},
              {"type": "callout", "x": 30, "y": 30, "number": 1}]
    full, _ = render(data, parse_annotations(shapes, "t"))
    crop = {"type": "crop", "x": 20, "y": 40, "w": 250, "h": 200}
    cropped, fmt = render(data, parse_annotations([*shapes, crop], "t"))
    assert fmt == "PNG"
    # the crop is the full drawing, cut: same pixels, shapes at the same place in the screenshot
    assert _pixels(cropped).tobytes() == _pixels(full).crop((20, 40, 270, 240)).tobytes()
    # where the crop sits in the list does not matter: it is always applied last
    first, _ = render(data, parse_annotations([crop, *shapes], "t"))
    assert first == cropped
    only, _ = render(data, parse_annotations([{"type": "crop", "x": 0, "y": 0, "w": 40, "h": 30}], "t"))
    assert _pixels(only).size == (40, 30)


def test_a_cropped_screenshot_packs_and_verifies(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "ws"
    with Workspace.open(root, clock=FakeClock(), actor="tester") as ws:
        ws.cases.save_all(parse_file(EXAMPLES / "mhhs_qualification.yaml").cases)
        run = ws.runs.start(ws.cases.get("FM_TS_1_TC_01").version_id, tester="Tess Tester")
        screen = _screen("DIP Message Tracker", [("Message", "IF-031"), ("Status", "Delivered")])
        evidence = intake_bytes(ws.evidence, screen, name="tracker.png", redactor=Redactor.for_workspace(ws),
                                kind=EvidenceKind.SCREENSHOT, caption="IF-031 delivered")
        ws.runs.record_step(run.id, StepStatus.PASSED, actual="delivered", evidence=(evidence,))
        item = ws.runs.get(run.id).steps[0].evidence[0]
        stored = ws.evidence.get(item.sha256)
    width, height = Image.open(io.BytesIO(stored)).size
    ws_args = ["--workspace", str(root)]

    assert main([*ws_args, "evidence", "annotate", str(item.id), "--box", "360,150,400,50:Delivered",
                 "--crop", f"0,80,{width},{height - 80 + 1}"]) == 2
    assert f"--crop: the crop 0,80,{width},{height - 79} reaches outside the image, which is {width}×{height} pixels" \
        in capsys.readouterr().err
    assert main([*ws_args, "evidence", "annotate", str(item.id), "--crop", "1,2,3,4:label"]) == 2
    said = capsys.readouterr().err
    assert "--crop: expected X,Y,W,H in pixels (what was given is not repeated" in said and "1,2,3,4" not in said
    assert main([*ws_args, "evidence", "annotate", str(item.id), "--box", "360,150,400,50:Delivered",
                 "--crop", "340,80,700,180"]) == 0
    assert "2 annotation(s)" in capsys.readouterr().out

    out = tmp_path / "cropped.docx"
    assert main([*ws_args, "pack", str(run.id), "--out", str(out)]) == 0
    with zipfile.ZipFile(out) as package:
        media = [package.read(n) for n in package.namelist() if "/media/" in n]
    pictures = [m for m in media if Image.open(io.BytesIO(m)).size == (700, 180)]
    assert len(pictures) == 1  # the cropped drawing, not the full capture
    with Workspace.open(root) as ws:
        annotations = ws.runs.evidence_item(item.id).annotations
    assert pictures[0] == render(stored, annotations)[0]
    result = verify_pack(out.read_bytes(), str(out))
    assert result.ok, result.problems
    assert [i.sha256 for i in result.manifest.items] == [sha256_bytes(pictures[0])]
    assert main(["verify", str(out)]) == 0
    assert "verified: 1 items" in capsys.readouterr().out
