"""The adversarial .docx corpus (tests/adversarial/docx_corpus.py) against the leak scan.

The corpus was written from the issue's text alone: a real pack altered in 117 ways (runs, paragraphs
and cells that split a number, w:sym, fields, watermarks, content controls, docVars, numbering, form
fields, alt text, altChunks, OLE streams and labels, PNG/GIF/SVG metadata and pixels, comments, custom
XML, properties, links, hidden text, odd parts), each holding a fresh identifier. Its writer checked
every variant independently (LibreOffice rendering, its own XML decoding, OCR): `run_docx.py` does
that and takes minutes; here the scan alone is run, in process, on every variant.

Every variant must be flagged, the clean pack must stay clean, and nothing may crash the scan.
The base pack's own screenshots are OCR'd once (they are in every variant, unchanged); every other
image, including each variant's own, is read in full.
"""

from __future__ import annotations

import hashlib
import sys
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "adversarial"))

import docx_corpus  # noqa: E402

from attest.cli.main import main  # noqa: E402
from attest.redaction.scan import FoundCache, scan_bytes  # noqa: E402
from test_pack import _record  # noqa: E402


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    recorded = _record(tmp_path_factory.mktemp("adv-docx-ws"))
    out = tmp_path_factory.mktemp("adv-docx-out") / "FM_TS_1_TC_01.docx"
    assert main(["--workspace", str(recorded.root), "pack", str(recorded.run_id), "--out", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def base_images(base: Path) -> set[str]:
    """The clean pack's media, scanned once here: clean."""
    with zipfile.ZipFile(base) as package:
        media = {name: package.read(name) for name in package.namelist() if "/media/" in name}
    for name, data in media.items():
        assert scan_bytes(data, name) == [], name
    return {hashlib.sha256(data).hexdigest() for data in media.values()}


def test_the_clean_pack_is_clean(base: Path) -> None:
    assert scan_bytes(base.read_bytes(), base.name) == []


def test_every_alteration_is_flagged(base: Path, base_images: set[str], tmp_path: Path) -> None:
    variants = docx_corpus.alter_all(base, tmp_path / "variants", seed=3)
    assert len(variants) >= 100
    passed = []
    found_cache = FoundCache()  # as `attest scan` reads a batch: the base's unchanged text is read once
    for variant in variants:
        findings = scan_bytes(variant.path.read_bytes(), variant.path.name, found_cache=found_cache,
                              known_clean=lambda data: hashlib.sha256(data).hexdigest() in base_images)
        if not findings:
            passed.append(f"{variant.klass}/{variant.name} ({'shown' if variant.visible else 'held'})")
    assert not passed, "passed as clean:\n" + "\n".join(passed)


def test_altered_templates_carry_nothing_into_a_pack(tmp_path: Path) -> None:
    """Templates altered to carry an identifier (watermark, content controls, docVars, style names,
    numbering, images, links, custom XML, theme): a pack built with one is refused, or holds no trace
    of it by the corpus's own decoding of every part."""
    from attest.templates.styles import DEFAULT_TEMPLATE

    recorded = _record(tmp_path / "ws")
    carried = []
    for variant in docx_corpus.alter_templates(Path(DEFAULT_TEMPLATE), tmp_path / "templates", seed=5):
        out = tmp_path / f"pack_{variant.name}.docx"
        code = main(["--workspace", str(recorded.root), "pack", str(recorded.run_id), "--out", str(out),
                     "--template", str(variant.path)])
        if code == 0:
            assert out.exists()
            if docx_corpus.xml_check(out, variant.secret):
                carried.append(variant.name)
        else:
            assert code in (1, 2) and not out.exists(), variant.name
    assert not carried, carried
