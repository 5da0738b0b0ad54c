"""Issue 13: an MPAN over two lines of a screen (wrapped, or the "S" box of bills and supplier portals),
or printed one digit to a box, is masked whole; checked by reading the stored image again with OCR,
not by the masks reported."""

from __future__ import annotations

import io
import re

import numpy as np
import pytest
from corpus_screens import font
from PIL import Image, ImageDraw

from attest.redaction.image import redact_image, scan_image
from attest.redaction.mpan import make_mpan
from attest.redaction.ocr import Word, default_engine
from attest.redaction.two_lines import boxed_digit_findings

CORE = make_mpan(14, "5678901234")
TOP = ("03", "801", "210")  # profile class, meter time-switch code, line loss factor class


def _read(data: bytes) -> str:
    image = np.asarray(Image.open(io.BytesIO(data)).convert("RGB"))
    return " ".join(w.text for w in default_engine().read(image))


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _s_box(dark: bool, px: int) -> bytes:
    ink, paper = ((230, 230, 230), (30, 32, 36)) if dark else ((20, 20, 20), (255, 255, 255))
    image = Image.new("RGB", (760, 300), paper)
    draw = ImageDraw.Draw(image)
    draw.text((40, 30), "Your electricity supply number", font=font("sans", px), fill=ink)
    x, y = 60, 90
    draw.rectangle((x, y, x + 10 * px + 180, y + 3 * px + 30), outline=ink, width=2)
    draw.text((x + 12, y + 8), "S", font=font("sans", int(px * 2.6), bold=True), fill=ink)
    groups_top = "   ".join(TOP)
    groups_core = f"{CORE[:2]}   {CORE[2:6]}   {CORE[6:10]}   {CORE[10:]}"
    draw.text((x + 20 + 2 * px, y + 10), groups_top, font=font("sans", px), fill=ink)
    draw.text((x + 20 + 2 * px, y + 18 + int(1.4 * px)), groups_core, font=font("sans", px), fill=ink)
    draw.text((40, y + 3 * px + 60), "Tariff: Standard Variable", font=font("sans", px), fill=ink)
    return _png(image)


@pytest.mark.parametrize(("dark", "px"), [(False, 14), (True, 14), (False, 18)])
def test_the_s_box_is_masked_whole(dark: bool, px: int) -> None:
    data = _s_box(dark, px)
    before = _digits(_read(data))
    assert CORE in before or CORE[2:10] in before  # what a reader sees
    assert scan_image(data)  # the scan flags the unredacted box
    out = redact_image(data)
    after = _read(out.data)
    digits = _digits(after)
    assert CORE[:8] not in digits and CORE[-8:] not in digits and "".join(TOP) not in digits, after
    assert "Tariff" in after and "supply number" in after  # the rest of the bill stays readable


def test_an_mpan_wrapped_over_two_lines_is_masked_on_both() -> None:
    image = Image.new("RGB", (520, 160), "white")
    draw = ImageDraw.Draw(image)
    draw.text((20, 30), f"Please quote supply point {CORE[:7]}", font=font("sans", 16), fill="black")
    draw.text((20, 54), f"{CORE[7:]} when you call us.", font=font("sans", 16), fill="black")
    data = _png(image)
    out = redact_image(data)
    after = _read(out.data)
    assert CORE[:7] not in _digits(after) and CORE[7:] not in _digits(after), after
    assert "call us" in after


@pytest.mark.parametrize(("px", "cell"), [(14, 22), (18, 30)])
def test_digits_one_to_a_box_are_masked_whole(px: int, cell: int) -> None:
    image = Image.new("RGB", (900, 200), "white")
    draw = ImageDraw.Draw(image)
    draw.text((30, 20), "Supply number", font=font("sans", px), fill="black")
    for i, digit in enumerate(CORE):
        x = 30 + i * (cell + 4)
        draw.rectangle((x, 70, x + cell, 76 + cell), outline="black", width=1)
        draw.text((x + cell // 2 - px // 4, 74), digit, font=font("sans", px), fill="black")
    data = _png(image)
    assert scan_image(data)
    out = redact_image(data)
    left = _digits(_read(out.data))
    assert len(left) < 4, left  # no run of the number left to read, in any order


@pytest.mark.parametrize(("family", "pad", "gap"), [("sans", 5, 3), ("dejavu", 5, 2)])
def test_boxes_masked_whole_when_ocr_reads_several_as_one_word(family: str, pad: int, gap: int) -> None:
    """Boxes a few pixels apart (an HTML form's one-digit cells): OCR reads some digits alone and the
    rest as one long word ("1", "4", "5678901234", "2"), which is no number it knows on its own."""
    core = make_mpan(14, "5678901234")
    image = Image.new("RGB", (900, 200), "white")
    draw = ImageDraw.Draw(image)
    draw.text((100, 30), "Write the MPAN in the boxes below", font=font("sans", 16), fill="black")
    cell = 20 + pad
    for i, digit in enumerate(core):
        x = 100 + i * (cell + gap)
        draw.rectangle((x, 90, x + cell - 2, 94 + cell), outline="black", width=1)
        draw.text((x + 6, 93), digit, font=font(family, 20), fill="black")
    data = _png(image)
    assert scan_image(data)
    out = redact_image(data)
    left = _digits(_read(out.data))
    assert len(left) < 4, left


def _word(text: str, x0: int, width: int, y0: int = 100, height: int = 20) -> Word:
    return Word(text, (x0, y0, x0 + width, y0 + height))


def test_a_long_reading_joins_the_boxes_beside_it_only_when_its_digits_stand_a_box_apart() -> None:
    boxes = [_word("1", 10, 12), _word("4", 36, 12), _word("16", 58, 22), _word("4692469973", 86, 250)]
    found = boxed_digit_findings(boxes)
    assert [(f.text, f.box) for f in found] == [("14164692469973", (10, 100, 336, 120))]
    # a number written plainly (digits half as wide as tall) beside a lone digit is a line of text
    plain = [_word("2", 10, 10), _word("3", 30, 10), _word("34567890", 50, 80)]
    assert boxed_digit_findings(plain) == []


def test_an_s_box_beside_a_form_whose_row_holds_another_number_is_masked_whole() -> None:
    """A CRM screen: the form's "Account number 877893287" stands on the row of the box's core, far to
    its left; read as one run of digits with the core's groups, neither row was the S box's shape."""
    image = Image.new("RGB", (1366, 200), (240, 240, 240))
    draw = ImageDraw.Draw(image)
    mono, sans = font("mono", 17), font("sans", 15)
    draw.text((200, 60), "Customer name", font=sans, fill="black")
    draw.text((430, 60), "Niamh Penhaligon", font=sans, fill="black")
    draw.text((200, 86), "Account number", font=sans, fill="black")
    draw.text((430, 86), "877893287", font=sans, fill="black")
    draw.text((972, 28), "Supply number", font=sans, fill="black")
    draw.rectangle((968, 52, 1360, 112), outline="black", width=2)
    draw.text((978, 58), "S", font=font("sans", 40), fill="black")
    for x, group in zip((1134, 1185, 1238), TOP, strict=True):
        draw.text((x, 60), group, font=mono, fill="black")
    for x, group in zip((1138, 1182, 1249, 1315), (CORE[:2], CORE[2:6], CORE[6:10], CORE[10:]), strict=True):
        draw.text((x, 86), group, font=mono, fill="black")
    out = redact_image(_png(image))
    after = _read(out.data)
    left = _digits(after)
    assert CORE[2:6] not in left and CORE[6:10] not in left and "".join(TOP)[2:] not in left, after
    assert "Niamh" not in after and "Customer name" in after, after


def test_a_device_id_one_hex_character_to_a_box_is_masked_as_a_device() -> None:
    eui = "001BC50C6724673A"
    boxes = [_word(c, 10 + 36 * i, 18) for i, c in enumerate(eui) if i != 5]  # OCR missed a box
    found = boxed_digit_findings(boxes)
    assert [(f.kind.value, f.text) for f in found] == [("DEVICE", eui[:5] + eui[6:])]
    # a few single letters and digits in a row (a step list's "a b c", "1 2 3") are no device
    assert boxed_digit_findings([_word(c, 10 + 36 * i, 18) for i, c in enumerate("abc123")]) == []
