"""Issue 13: classes stop 48's held-out screens (helper-91: a capture cut mid-value, an SAP-like transaction, a mail
client's list of senders) showed, drawn from seeds and read back: a long number the capture's edge cuts, SAP's
business partner and contract account fields, Chinese names in a list."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from corpus_screens import font
from PIL import Image, ImageDraw

from attest.redaction.image import redact_image
from attest.redaction.mpan import make_mpan
from test_image_two_lines import _png, _read

sys.path.insert(0, str(Path(__file__).parent))
from held_out_values import left  # noqa: E402


def _cut_at(side: str, text: str, px: int, dark: bool) -> bytes:
    """``text`` drawn so that the image's left (or right) edge cuts it a few characters in."""
    ink, paper = ((225, 225, 225), (32, 34, 38)) if dark else ((20, 20, 20), (250, 250, 250))
    face = font("sans", px)
    width = int(face.getlength(text))
    image = Image.new("RGB", (720, 200), paper)
    draw = ImageDraw.Draw(image)
    draw.text((20, 20), "Meter point search", font=face, fill=ink)
    x = -int(face.getlength(text[:4])) if side == "left" else 720 - width + int(face.getlength(text[-4:]))
    draw.text((x, 100), text, font=face, fill=ink)
    return _png(image)


@pytest.mark.parametrize("seed", range(4))
def test_a_number_the_captures_edge_cuts_is_masked(seed: int) -> None:
    rng = random.Random(seed)
    mpan = make_mpan(rng.choice([10, 14, 19, 23]), f"{rng.randrange(10**10):010d}")
    side = "left" if seed % 2 == 0 else "right"
    text = f"{mpan} matched" if side == "left" else f"Result: {mpan}"
    data = _cut_at(side, text, 26, dark=seed >= 2)
    before = _read(data)
    visible = mpan[4:] if side == "left" else mpan[:-4]
    assert left(before, visible), before  # the cut number is readable before
    after = _read(redact_image(data).data)
    assert not left(after, visible), after
    assert "Meter point search" in after


@pytest.mark.parametrize("text", ["20261107 matched", "Build 2026.11.07 shipped"])
def test_a_date_at_the_edge_is_kept(text: str) -> None:
    data = _cut_at("left", text, 26, dark=False)
    before = _read(data)
    after = _read(redact_image(data).data)
    assert after == before


@pytest.mark.parametrize("label", ["Business Partner", "Contract Account", "BP number"])
def test_sap_account_fields_are_masked(label: str) -> None:
    value = str(random.Random(label).randrange(10**9, 10**10))
    image = Image.new("RGB", (640, 160), (232, 236, 240))
    draw = ImageDraw.Draw(image)
    face = font("sans", 20)
    draw.text((20, 20), "Installation data", font=face, fill=(30, 60, 110))
    draw.text((24, 70), label, font=face, fill=(10, 10, 10))
    draw.rectangle((240, 64, 460, 98), fill=(255, 255, 255), outline=(120, 130, 140))
    draw.text((248, 70), value, font=font("mono", 20), fill=(10, 10, 10))
    data = _png(image)
    assert left(_read(data), value)
    after = _read(redact_image(data).data)
    assert not left(after, value, 6), after
    assert label.split()[0] in after


@pytest.mark.parametrize("names", [("Mei Chen", "Ana Wu", "Ying Ng"), ("Xin Leung", "Hui Tsang", "Mei NicDhomhnaill")])
def test_chinese_names_in_a_list_of_senders_are_masked(names: tuple[str, ...]) -> None:
    image = Image.new("RGB", (520, 80 + 70 * len(names)), (32, 32, 32))
    draw = ImageDraw.Draw(image)
    for i, name in enumerate(names):
        y = 20 + 70 * i
        draw.text((20, y), name, font=font("sans", 20), fill=(235, 235, 235))
        draw.text((20, y + 28), f"RE: D0036 TC-{8000 + i}", font=font("sans", 18), fill=(200, 200, 200))
    data = _png(image)
    after = _read(redact_image(data).data)
    for name in names:
        assert name.split()[-1] not in after, after
    assert "TC-8000" in after
