"""What a held-out screenshot corpus (stop 40) showed: a chart's axis labels set at 45 degrees (meter serials)
were not read at all, and a bill's address block whose street has no type word ("168 Ropewalk," / "Bicester")
stayed readable between the masked name and postcode. Each screen is drawn with Pillow in new values and read
again by the bundled OCR engine, independently of the masks."""

from __future__ import annotations

import io
import random

import pytest
from corpus_screens import font
from PIL import Image, ImageDraw

from attest.redaction.image import redact_image

from test_image_held_out_45 import _png, _read  # the same drawing and reading as stop 35's

LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _serial(rng: random.Random) -> str:
    return f"{rng.choice(LETTERS)}{rng.randint(10, 99)}{rng.choice(LETTERS)}{rng.randint(100000, 999999)}"


@pytest.mark.parametrize("seed,angle", [(0, 45), (1, 40), (2, 35)])
def test_chart_axis_labels_at_45_degrees_are_masked(seed: int, angle: int) -> None:
    rng = random.Random(seed)
    serials = [_serial(rng) for _ in range(4)]
    page = Image.new("RGB", (900, 520), (244, 246, 248))
    draw = ImageDraw.Draw(page)
    draw.text((24, 12), "Consumption by meter (kWh)", font=font("sans", 17, bold=True), fill=(30, 30, 40))
    draw.line((88, 50, 88, 376), fill="black")
    draw.line((88, 376, 840, 376), fill="black")
    for i, serial in enumerate(serials):
        x = 100 + 170 * i
        draw.rectangle((x, 376 - rng.randint(90, 210), x + 75, 376), fill=(68, 114, 196))
        label = Image.new("RGBA", (180, 30), (0, 0, 0, 0))
        ImageDraw.Draw(label).text((2, 4), serial, font=font("sans", 15), fill=(30, 30, 40, 255))
        turned = label.rotate(angle, expand=True, resample=Image.BICUBIC)
        page.paste(turned, (x - turned.width + 90, 384), turned)
    result = redact_image(_png(page))
    upright = _read(result.data)
    for serial in serials:
        assert serial not in upright.replace(" ", ""), upright
    # every label is masked where it stands: read turned back, none of its characters is left
    redacted = Image.open(io.BytesIO(result.data)).convert("RGB")
    back = _read(_png(redacted.rotate(-angle, expand=True, fillcolor=(244, 246, 248))))
    for serial in serials:
        assert serial[:6] not in back.replace(" ", "") and serial[-6:] not in back.replace(" ", ""), back
    assert "Consumption" in upright


@pytest.mark.parametrize("seed", range(3))
def test_a_letters_address_block_with_no_street_type_is_masked(seed: int) -> None:
    rng = random.Random(seed)
    name = rng.choice(["Dr Ffion Ní Bhriain", "Mrs Tamsin Pemberton", "Mr Gareth Llewellyn"])
    house = f"{rng.randint(2, 300)} {rng.choice(['Ropewalk', 'Netherhall', 'Saltings', 'Brackenhurst'])},"
    town = rng.choice(["Bicester", "Wetherby", "Crickhowell"])
    postcode = f"{rng.choice(['NE8', 'OX26', 'LS22', 'NP8'])} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    page = Image.new("RGB", (800, 420), "white")
    draw = ImageDraw.Draw(page)
    serif = font("serif", 15)
    draw.text((120, 58), "Harbourline Power", font=font("serif", 22, bold=True), fill="black")
    draw.text((120, 102), f"Bill reference BR-2026-{rng.randint(100000, 999999)}   Issued 03 November 2026", font=serif, fill="black")
    for i, line in enumerate([name, house, town, postcode]):
        draw.text((120, 135 + 33 * i), line, font=serif, fill="black")
    draw.text((120, 270), "Your supply number", font=font("serif", 15, bold=True), fill="black")
    draw.text((120, 310), "Total to pay £281.92 by Direct Debit", font=serif, fill="black")
    shown = _read(redact_image(_png(page)).data)
    for word in (house.split()[1].rstrip(","), town, postcode.split()[0]):
        assert word not in shown, shown
    assert "Harbourline" in shown and "supply number" in shown and "Direct Debit" in shown


def test_a_heading_over_a_postcode_with_no_name_above_is_kept() -> None:
    page = Image.new("RGB", (700, 260), "white")
    draw = ImageDraw.Draw(page)
    serif = font("serif", 15)
    for i, line in enumerate(["Depot Locations", "Northern Region", "LS22 5HX"]):
        draw.text((40, 40 + 33 * i), line, font=serif, fill="black")
    shown = _read(redact_image(_png(page)).data)
    assert "Northern Region" in shown and "Depot Locations" in shown, shown


@pytest.mark.parametrize("seed", range(3))
def test_a_small_s_box_in_a_screen_shared_at_half_size_is_masked_whole(seed: int) -> None:
    from attest.redaction.mpan import make_mpan

    rng = random.Random(seed)
    top = f"{rng.randint(1, 8):02d} {rng.randint(800, 899)} {rng.randint(100, 999)}"
    core = make_mpan(rng.choice([12, 14, 20, 23]), f"{rng.randint(0, 10**10 - 1):010d}")
    shared = Image.new("RGB", (1280, 720), "white")
    draw = ImageDraw.Draw(shared)
    draw.text((30, 20), "Customer supply details", font=font("sans", 26, bold=True), fill=(30, 30, 30))
    draw.rectangle((30, 70, 330, 140), outline="black", width=2)
    draw.text((45, 74), "S", font=font("serif", 50, bold=True), fill="black")
    draw.text((95, 80), "  ".join(top.split()), font=font("mono", 16), fill="black")
    draw.text((95, 104), f"{core[:2]} {core[2:6]} {core[6:10]} {core[10:]}", font=font("mono", 20), fill="black")
    draw.text((30, 160), f"Ref MPAN-REF-{rng.randint(10, 99)}", font=font("sans", 18), fill="black")
    call = Image.new("RGB", (1080, 560), (24, 26, 32))
    ImageDraw.Draw(call).text((16, 12), "You are viewing the shared screen", font=font("sans", 14), fill=(200, 200, 200))
    call.paste(shared.resize((704, 396), Image.LANCZOS), (16, 38))
    shown = _read(redact_image(_png(call)).data).replace(" ", "")
    assert top.replace(" ", "") not in shown and core[:8] not in shown and core[-8:] not in shown, shown


@pytest.mark.parametrize("seed", range(3))
def test_a_forms_label_read_on_its_addresss_line_is_kept(seed: int) -> None:
    """A portal's row "SUPPLY ADDRESS  31 Lychgate Walk, Ripon, LA3 6FB", read as one line: the address before
    the postcode was taken from the line's start, its label with it, and the mask hid the label."""
    rng = random.Random(seed)
    label = rng.choice(["SUPPLY ADDRESS", "Site address", "PREMISES"])
    address = f"{rng.randint(2, 99)} {rng.choice(['Lychgate Walk', 'Saltergate Row', 'Harebell Drive'])}, {rng.choice(['Ripon', 'Whitby', 'Jesmond'])}"
    postcode = f"{rng.choice(['LA3', 'YO21', 'NE2'])} {rng.randint(1, 9)}FB"
    page = Image.new("RGB", (1000, 160), "white")
    draw = ImageDraw.Draw(page)
    draw.text((20, 20), "Gas supply", font=font("sans", 18, bold=True), fill="black")
    draw.text((22, 70), label, font=font("sans", 13), fill=(90, 90, 90))
    draw.text((150, 68), f"{address}, {postcode}", font=font("sans", 16), fill="black")
    shown = _read(redact_image(_png(page)).data)
    assert label.split()[0] in shown, shown
    assert postcode.split()[0] not in shown and address.split()[1] not in shown, shown
