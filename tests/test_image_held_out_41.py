"""What a held-out screenshot corpus (stop 34) showed: a bill's S box drawn as a ruled table (each group in
a cell of its own, columns apart), the S box laid out on one row, digits one to a box where OCR missed a
box, and a chat bubble's label at a line's end with its value on the next line. Each case is drawn with
Pillow in new values and the result read again by the bundled OCR engine, independently of the masks."""

from __future__ import annotations

import io
import random

import numpy as np
import pytest
from corpus_screens import font
from PIL import Image, ImageDraw

from attest.redaction.image import redact_image
from attest.redaction.mpan import make_mpan
from attest.redaction.ocr import default_engine


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _read(data: bytes) -> str:
    image = Image.open(io.BytesIO(data)).convert("RGB")
    return "".join(w.text for w in default_engine().read(np.asarray(image))).replace(" ", "")


def _mpan(rng: random.Random) -> tuple[str, str]:
    core = make_mpan(rng.randint(10, 23), f"{rng.randrange(10**10):010d}")
    top = f"{rng.choice(['01', '02', '03', '05'])}{rng.choice(['801', '811', '845'])}{rng.choice(['100', '312', '812'])}"
    return top, core


@pytest.mark.parametrize("seed", range(3))
def test_a_bills_s_box_drawn_as_a_ruled_table_is_masked(seed: int) -> None:
    rng = random.Random(seed)
    top, core = _mpan(rng)
    page = Image.new("RGB", (765, 340), "white")
    draw = ImageDraw.Draw(page)
    body, mono, big = font("sans", 13), font("mono", 14), font("sans", 30)
    draw.text((112, 30), "Your electricity bill  ·  Bill date 03 December 2026", font=body, fill="black")
    draw.text((112, 70), "Your supply number", font=body, fill="black")
    columns = [105, 240, 375, 510, 645]
    draw.rectangle((columns[0], 100, columns[-1], 140), outline="black")
    draw.line((columns[1], 100, columns[1], 140), fill="black")
    draw.text((112, 103), "S", font=big, fill="black")
    groups = [[top[:2], top[2:5], top[5:]], [core[:2], f"{core[2:6]} {core[6:10]}", core[10:]]]
    for row, y in ((0, 100), (1, 120)):
        draw.line((columns[1], y + 20, columns[-1], y + 20), fill="black") if row == 0 else None
        for k, text in enumerate(groups[row]):
            draw.line((columns[k + 1], 100, columns[k + 1], 140), fill="black")
            draw.text((columns[k + 1] + 5, y + 2), text, font=mono, fill="black")
    draw.text((112, 170), "Register   Previous   Current   Units", font=body, fill="black")
    draw.text((112, 190), f"R0{seed + 1}        2693{seed}      5101{seed}     788 kWh", font=body, fill="black")
    out = redact_image(_png(page))
    shown = _read(out.data)
    assert core[2:6] not in shown and core[6:10] not in shown and top[2:5] + top[5:] not in shown, shown
    assert "Register" in shown and "kWh" in shown  # the table below is left


@pytest.mark.parametrize("seed", range(2))
def test_the_s_box_on_one_row_and_digits_one_to_a_box(seed: int) -> None:
    rng = random.Random(seed)
    top, core = _mpan(rng)
    page = Image.new("RGB", (900, 260), (245, 246, 248))
    draw = ImageDraw.Draw(page)
    mono, serif = font("mono", 15), font("serif", 15)
    draw.rectangle((20, 160, 480, 205), outline=(30, 40, 50), width=2)
    draw.rectangle((32, 166, 238, 200), fill=(20, 100, 190))
    for x, text in ((48, top[:2]), (110, top[2:5]), (186, top[5:])):
        draw.text((x, 172), text, font=mono, fill="white")
    for x, text in ((250, core[:2]), (292, core[2:6]), (362, core[6:10]), (430, core[10:])):
        draw.text((x, 172), text, font=mono, fill=(20, 20, 20))
    other = make_mpan(rng.randint(10, 23), f"{rng.randrange(10**10):010d}")
    draw.text((20, 40), "Form E-17: Supply number (one digit per box)", font=serif, fill="black")
    for k, digit in enumerate(other):
        x = 20 + 23 * k
        draw.rectangle((x, 66, x + 23, 94), outline=(60, 60, 60))
        if k != 6:  # one box left blank, as OCR sometimes reads one: the rest still make the number
            draw.text((x + 7, 70), digit, font=serif, fill="black")
    out = redact_image(_png(page))
    shown = _read(out.data)
    assert core[2:6] not in shown and core[6:10] not in shown, shown
    assert other[:6] not in shown and other[7:] not in shown, shown


@pytest.mark.parametrize("seed", range(2))
def test_a_label_that_ends_a_chat_line_masks_the_value_that_starts_the_next(seed: int) -> None:
    rng = random.Random(seed)
    mprn = str(rng.randrange(10**9, 10**10))
    page = Image.new("RGB", (700, 160), "white")
    draw = ImageDraw.Draw(page)
    draw.rounded_rectangle((20, 20, 520, 110), radius=12, fill=(232, 235, 250))
    body = font("sans", 14)
    draw.text((34, 34), "the comms hub is back but the gas one is on MPRN", font=body, fill="black")
    draw.text((34, 58), f"{mprn} since 09:58, can you check?", font=body, fill="black")
    out = redact_image(_png(page))
    shown = _read(out.data)
    assert mprn[:8] not in shown and mprn[-8:] not in shown, shown
    assert "since" in shown and "MPRN" in shown


@pytest.mark.parametrize("seed", range(2))
def test_a_grids_header_says_what_its_numbers_are_and_a_footer_ends_it(seed: int) -> None:
    """SAP's "Installation" column beside "Ext. PoD ID" (the MPAN): its 10-digit numbers are the system's own,
    kept though they stand beside the row's identifiers; a psql table's "(4 rows)" ends the table, so the
    log lines under it keep their times; a menu bar's words are no person."""
    rng = random.Random(seed)
    page = Image.new("RGB", (900, 420), "white")
    draw = ImageDraw.Draw(page)
    body, mono = font("sans", 13), font("mono", 13)
    draw.text((8, 4), "Menu  Edit  Goto  System  Help", font=body, fill="black")
    columns = [10, 110, 230, 340, 430]
    for x, title in zip(columns, ["Installation", "Ext. PoD ID", "Device", "Rate cat."], strict=False):
        draw.text((x + 6, 40), title, font=body, fill="black")
    installations, mpans = [], []
    for row in range(4):
        y = 64 + 24 * row
        installation = f"40{rng.randrange(10**8):08d}"
        mpan = make_mpan(rng.randint(10, 23), f"{rng.randrange(10**10):010d}")
        installations.append(installation)
        mpans.append(mpan)
        for x, text in zip(columns, [installation, mpan, f"E18UP0{rng.randint(10000, 99999)}", "ZE_E7"], strict=False):
            draw.text((x + 6, y), text, font=body, fill="black")
    draw.text((10, 190), " mpan_core     | reading", font=mono, fill="black")
    draw.text((10, 208), "---------------+--------", font=mono, fill="black")
    draw.text((10, 226), f" {mpans[0]} |   87389", font=mono, fill="black")
    draw.text((10, 244), "(1 row)", font=mono, fill="black")
    draw.text((10, 280), "2026-12-02 10:14:07,331 INFO  harness.dip sent flow=IF-036", font=mono, fill="black")
    out = redact_image(_png(page))
    shown = _read(out.data)
    assert not [m for m in mpans if m[3:11] in shown], shown
    assert sum(i in shown for i in installations) >= 3, shown  # (OCR may misread one)
    assert "10:14:07" in shown and "Goto" in shown, shown
