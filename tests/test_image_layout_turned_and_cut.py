"""Issue 13, what the blind screenshot corpus still found: a form's heading taken for a field label,
an MPRN under its label that the scan did not report, an S box of one digit to a bordered cell in a
dark theme, a form photographed at 7°, an S box on a page turned 270°, a lone MPAN that detection cut in
two, and an MPAN wrapped in a tightly spaced code block. Each result is read again by a second OCR
engine instance (full-resolution detection, no cache), independent of the masks reported."""

from __future__ import annotations

import io
import re

import numpy as np
from corpus_screens import font
from PIL import Image, ImageDraw

from attest.redaction.image import redact_image, scan_image
from attest.redaction.mpan import make_mpan
from attest.redaction.ocr import RapidOcrEngine

DARK, PANEL, LABEL, VALUE = (32, 33, 36), (22, 23, 26), (160, 165, 175), (235, 235, 235)
_READER = RapidOcrEngine(det_scale=1.0, cache_size=0)


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _read(data: bytes, turn: float = 0) -> str:
    image = Image.open(io.BytesIO(data)).convert("RGB")
    if turn:
        image = image.rotate(turn, expand=True, fillcolor=image.getpixel((0, 0)))
    return " ".join(w.text for w in _READER.read(np.asarray(image)))


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def test_a_heading_beside_the_test_reference_is_no_field_and_the_mprn_under_its_label_is_reported() -> None:
    """"Gas meter point" as a page heading with the test case reference at the far right, then
    "Status  Rejected" and "MPRN" over its value: the value is masked and the scan reports the
    original; the reference and the status row are not masked as the heading's value."""
    screen = Image.new("RGB", (920, 360), DARK)
    draw = ImageDraw.Draw(screen)
    draw.rectangle((0, 0, 920, 52), fill=PANEL)
    draw.text((20, 14), "Gas meter point", font=font("dejavu", 20, bold=True), fill=VALUE)
    draw.text((640, 16), "FM_TS_6_TC_25", font=font("dejavu", 17), fill=VALUE)
    draw.text((20, 80), "Status", font=font("dejavu", 18), fill=LABEL)
    draw.text((320, 80), "Rejected", font=font("dejavu", 18), fill=VALUE)
    draw.text((20, 118), "MPRN", font=font("dejavu", 18), fill=LABEL)
    draw.text((20, 146), "9606730", font=font("dejavu", 22, bold=True), fill=VALUE)
    draw.text((20, 186), "Test case", font=font("dejavu", 18), fill=LABEL)
    draw.text((320, 186), "FM_TS_1_TC_34", font=font("dejavu", 18), fill=VALUE)
    data = _png(screen)
    assert "9606730" in _read(data)
    assert scan_image(data), "the scan passes an MPRN under its label"
    out = redact_image(data)
    shown = _read(out.data)
    assert "9606730" not in _digits(shown)
    for kept in ("FM_TS_6_TC_25", "Status", "Rejected", "FM_TS_1_TC_34"):
        assert kept in shown, f"{kept} was masked"
    assert not scan_image(out.data)


def _s_box(boxed: bool) -> tuple[Image.Image, str]:
    top, core = "03032563", make_mpan(21, "2191185713")
    groups = [[top[:2], top[2:5], top[5:]], [core[:2], core[2:6], core[6:10], core[10:]]]
    screen = Image.new("RGB", (640, 230), DARK)
    draw = ImageDraw.Draw(screen)
    draw.text((16, 14), "Meter point registration", font=font("dejavu", 17, bold=True), fill=VALUE)
    draw.text((16, 62), "S", font=font("dejavu", 46, bold=True), fill=VALUE)
    cell = 25
    for row, parts in enumerate(groups):
        x, y = 48, 56 + row * 29
        for part in parts:
            for digit in part:
                if boxed:
                    draw.rectangle((x, y, x + cell - 1, y + 25), outline=(150, 150, 150))
                draw.text((x + 7, y + 3), digit, font=font("dejavu", 16), fill=VALUE)
                x += cell
            x += 10
    draw.text((16, 122), "Profile class", font=font("dejavu", 15), fill=LABEL)
    draw.text((16, 152), "Status", font=font("dejavu", 15), fill=LABEL)
    draw.text((160, 152), "Accepted", font=font("dejavu", 15), fill=VALUE)
    return screen, top + core


def test_an_s_box_of_one_digit_to_a_bordered_cell_in_a_dark_theme_is_masked_whole() -> None:
    screen, digits = _s_box(boxed=True)
    data = _png(screen)
    assert scan_image(data)
    out = redact_image(data)
    left = _digits(_read(out.data))
    assert not any(digits[i:i + 4] in left for i in range(len(digits) - 3)), left
    assert "Accepted" in _read(out.data)


def test_an_s_box_on_a_page_turned_270_degrees_is_masked_whole() -> None:
    screen, digits = _s_box(boxed=False)
    data = _png(screen.rotate(270, expand=True))
    assert scan_image(data)
    out = redact_image(data)
    for turn in (0, 90, 270):
        left = _digits(_read(out.data, turn))
        assert not any(digits[i:i + 6] in left for i in range(len(digits) - 5)), (turn, left)


def test_a_form_photographed_at_7_degrees_masks_the_value_beside_its_label_and_nothing_else() -> None:
    """The label's line and its value's line are a text height apart at the far end: read as it
    stands, "MPRN" sits beside the next row's "Pending"; read upright, beside its own value."""
    form = Image.new("RGB", (560, 250), DARK)
    draw = ImageDraw.Draw(form)
    for y, label, value in ((60, "MPRN", "243550"), (95, "Status", "Pending"), (130, "Message type", "IF-021")):
        draw.text((20, y), label, font=font("dejavu", 17), fill=LABEL)
        draw.text((170, y), value, font=font("dejavu", 17), fill=VALUE)
    data = _png(form.rotate(7, expand=False, fillcolor=DARK, resample=Image.Resampling.BICUBIC))
    assert scan_image(data)
    out = redact_image(data)
    shown = _read(out.data, -7)
    assert "243550" not in _digits(shown)
    assert "Pending" in shown and "F-021" in shown  # the reader takes the turned-back I for a 1


def test_a_lone_labelled_mpan_that_detection_cuts_in_two_is_read_whole_and_masked() -> None:
    """At 16 px on an empty 1080p screen, whole-frame detection found only the last nine digits; the
    rest was found in a crop of its own and, read apart, neither half was an MPAN."""
    mpan = make_mpan(15, "0163294731")
    screen = Image.new("RGB", (1920, 1080), "white")
    ImageDraw.Draw(screen).text((900, 933), f"MPAN {mpan}", font=font("sans", 16), fill=(40, 40, 40))
    out = redact_image(_png(screen))
    place = np.asarray(Image.open(io.BytesIO(out.data)).convert("RGB"))[900:980, 860:1120]
    enlarged = np.asarray(Image.fromarray(place).resize((place.shape[1] * 3, place.shape[0] * 3)))
    left = _digits(" ".join(w.text for w in _READER.read(enlarged)))
    assert mpan[:8] not in left and mpan[-8:] not in left
    assert [m.kind.value for m in out.masks] == ["MPAN"]


def test_an_mpan_wrapped_in_a_tightly_spaced_code_block_is_masked() -> None:
    """Line boxes of a code block at 125 % overlap by a third of a line; the two halves are still
    consecutive lines to be read joined."""
    mpan = make_mpan(15, "5432223746")
    block = Image.new("RGB", (525, 240), DARK)
    draw = ImageDraw.Draw(block)
    draw.rectangle((20, 60, 225, 166), fill=(42, 44, 48), outline=(90, 90, 90))
    for n, line in enumerate((f"MPAN supply {mpan[:3]}", f"{mpan[3:]}, rea", "ding disputed.")):
        draw.text((38, 72 + n * 20), line, font=font("mono", 20), fill=VALUE)  # 20 px lines 20 px apart
    data = _png(block)
    assert scan_image(data)
    out = redact_image(data)
    left = _digits(_read(out.data))
    assert mpan[3:11] not in left and mpan[:3] + mpan[3:8] not in left
