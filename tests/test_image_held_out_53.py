"""What a held-out screenshot corpus (stop 37) showed: a 16-bit greyscale PNG read as a blank page (its greys
clipped to white) and passed through unchanged; a photo-style JPEG stored sideways with an EXIF orientation
tag, read and stored sideways; an MPAN a narrow card wraps after a hyphen ("2073067-" / "354330") with no
label on its lines; a name cut by a line break ("Customer Harriet" / "Blackmore rang about", a cell's
"Gwendolyn" over "Whitcombe"); and keeps lost: a grid's "In stock" beside its Type column's "CHF" taken for a
device id, a DIP message id's hex body taken for a meter serial, a UUID's first groups taken for a device id. Each case is drawn with Pillow in new
values and read again by the bundled OCR engine, independently of the masks."""

from __future__ import annotations

import io
import random

import numpy as np
import pytest
from corpus_screens import font
from PIL import Image, ImageDraw

from attest.redaction.image import redact_image, scan_image

from test_image_held_out_45 import _mpan, _png, _read  # the same drawing and reading as stop 35's

FORENAMES = ["Harriet", "Gwendolyn", "Imogen", "Rhiannon"]
SURNAMES = ["Blackmore", "Whitcombe", "Ashworth", "Pennington"]


@pytest.mark.parametrize("seed", range(2))
def test_a_16_bit_greyscale_png_is_read_and_stored_as_8_bit(seed: int) -> None:
    rng = random.Random(seed)
    mprn = str(rng.randrange(10**9, 10**10))
    page = Image.new("L", (900, 140), 242)
    draw = ImageDraw.Draw(page)
    sans = font("sans", 16)
    draw.text((20, 20), "Site details", font=sans, fill=30)
    draw.text((20, 60), "MPRN", font=sans, fill=30)
    draw.text((200, 60), mprn, font=sans, fill=30)
    draw.text((20, 100), "AQ (kWh)   12500", font=sans, fill=30)
    wide = Image.fromarray(np.asarray(page, dtype=np.uint16) * 257)  # the same greys, in 16 bits
    buffer = io.BytesIO()
    wide.save(buffer, format="PNG")
    data = buffer.getvalue()
    assert Image.open(io.BytesIO(data)).mode.startswith("I")  # (the premise: a 16-bit PNG)
    assert any(f.kind.name == "MPRN" for f in scan_image(data))
    result = redact_image(data)
    stored = Image.open(io.BytesIO(result.data))
    assert stored.mode in ("L", "RGB")
    shown = _read(result.data).replace(" ", "")
    assert mprn not in shown and mprn[:8] not in shown and "12500" in shown, shown


def test_a_jpeg_stored_sideways_is_read_and_stored_as_a_viewer_shows_it() -> None:
    upright = Image.new("RGB", (700, 200), "white")
    draw = ImageDraw.Draw(upright)
    sans = font("sans", 18)
    draw.text((20, 20), "Consumption by MPAN", font=sans, fill="black")
    readings = ["7921", "1431", "8271"]
    for row, reading in enumerate(readings):
        draw.text((20, 60 + 40 * row), f"Meter {row + 1}", font=sans, fill="black")
        draw.text((420, 60 + 40 * row), reading, font=sans, fill="black")
    sideways = upright.transpose(Image.Transpose.ROTATE_90)  # stored turned; the tag says how to show it
    exif = Image.Exif()
    exif[0x0112] = 6
    buffer = io.BytesIO()
    sideways.save(buffer, format="JPEG", quality=92, exif=exif.tobytes())
    result = redact_image(buffer.getvalue())
    stored = Image.open(io.BytesIO(result.data))
    assert stored.size == upright.size and stored.getexif().get(0x0112) in (None, 1)
    shown = _read(result.data)
    assert all(reading in shown for reading in readings) and "Consumption" in shown, shown


@pytest.mark.parametrize("seed", range(3))
def test_an_mpan_a_narrow_card_wraps_after_a_hyphen(seed: int) -> None:
    rng = random.Random(seed)
    core = _mpan(rng)
    cut = rng.randint(6, 8)
    page = Image.new("RGB", (700, 130), (243, 244, 246))
    draw = ImageDraw.Draw(page)
    draw.rounded_rectangle((210, 15, 360, 115), 6, fill="white", outline=(220, 220, 225))
    bold, sans = font("sans", 15, bold=True), font("sans", 15)
    draw.text((225, 28), "Supply", font=bold, fill=(30, 30, 40))
    draw.text((225, 46), f"{core[:cut]}-", font=sans, fill=(30, 30, 40))
    draw.text((225, 64), core[cut:], font=sans, fill=(30, 30, 40))
    draw.text((420, 46), "Status: Live", font=sans, fill=(30, 30, 40))
    shown = _read(redact_image(_png(page)).data).replace(" ", "").replace("-", "")
    assert core[:cut] not in shown and core[cut:] not in shown, shown
    assert "Live" in shown and "Supply" in shown


@pytest.mark.parametrize("seed", range(2))
def test_a_name_cut_by_a_line_break(seed: int) -> None:
    rng = random.Random(seed)
    first, last = rng.choice(FORENAMES), rng.choice(SURNAMES)
    page = Image.new("RGB", (800, 220), "white")
    draw = ImageDraw.Draw(page)
    sans = font("sans", 15)
    draw.text((20, 20), "Comment", font=font("sans", 15, bold=True), fill="black")
    draw.text((20, 40), f"Customer {first}", font=sans, fill="black")
    draw.text((20, 58), f"{last} rang about supply", font=sans, fill="black")
    # a slip's table: "Name" beside a cell that wraps the name
    draw.rectangle((400, 120, 760, 190), outline="black")
    draw.line((520, 120, 520, 190), fill="black")
    draw.text((410, 130), "Name", font=sans, fill="black")
    draw.text((530, 130), rng.choice(FORENAMES), font=sans, fill="black")
    other = rng.choice(SURNAMES)
    draw.text((530, 150), other, font=sans, fill="black")
    shown = _read(redact_image(_png(page)).data)
    assert last not in shown and first not in shown and other not in shown, shown
    assert "rang about" in shown and "Name" in shown, shown


def test_a_grid_s_state_beside_its_device_type_and_a_message_id_stay() -> None:
    page = Image.new("RGB", (1000, 160), "white")
    draw = ImageDraw.Draw(page)
    sans, bold = font("sans", 15), font("sans", 15, bold=True)
    for x, head in ((20, "Asset ID"), (150, "Type"), (260, "State"), (420, "Message")):
        draw.text((x, 15), head, font=bold, fill="black")
    rows = [("AST-40121", "CHF", "In stock", "DIP-E06BD2122975"), ("AST-40124", "ESME", "Faulty", "DIP-7F3A00C91B22")]
    for row, cells in enumerate(rows):
        for x, text in zip((20, 150, 260, 420), cells):
            draw.text((x, 50 + 35 * row), text, font=sans, fill="black")
    shown = _read(redact_image(_png(page)).data)
    for kept in ("In stock", "Faulty", "E06BD2122975", "7F3A00C91B22", "AST-40121"):
        assert kept in shown, (kept, shown)


@pytest.mark.parametrize("guid", ["56dc0422-6403-3973-173d-0a53f5955b74", "9e1b0422-6403-3973-a73d-0a53f5955b74"])
def test_a_correlation_id_in_a_tracker_row_stays_whole(guid: str) -> None:
    """A UUID read with its hex letters taken for misread digits made a device id of its first groups."""
    rng = random.Random(guid)
    page = Image.new("RGB", (1000, 60), "white")
    draw = ImageDraw.Draw(page)
    sans = font("sans", 14)
    for x, text in ((20, f"DIP-{rng.randrange(16**12):012X}"), (200, "PUB-015"), (300, "Delivered"), (420, guid)):
        draw.text((x, 20), text, font=sans, fill="black")
    result = redact_image(_png(page))
    assert not any(mask.kind.name == "DEVICE" for mask in result.masks), result.masks
    assert guid[-12:] in _read(result.data)
