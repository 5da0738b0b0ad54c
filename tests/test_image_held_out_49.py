"""What a held-out screenshot corpus (stop 36) showed: an MPRN a terminal shows twice, found once (beside a file's
name) and left in the CSV record grep printed; a name in capitals whose O OCR read as a zero; an S box without
its S at 12 px, whose frame and tight rows detection read as one block and whose label, set midway between
the rows, pulled both rows into one line; and a number beside a serial after a label that says nothing of what
it is. Each case is drawn with Pillow in new values and read again by the bundled OCR engine, independently
of the masks."""

from __future__ import annotations

import random

import pytest
from corpus_screens import font
from PIL import Image, ImageDraw

from attest.redaction.image import redact_image

from test_image_held_out_45 import _mpan, _png, _read  # the same drawing and reading as stop 35's


@pytest.mark.parametrize("seed", range(2))
def test_a_value_found_once_is_masked_where_else_the_screen_shows_it(seed: int) -> None:
    rng = random.Random(seed)
    mprn = str(rng.randrange(10**9, 10**10))
    serial = f"G4K{rng.randrange(10**8):08d}D"
    page = Image.new("RGB", (1100, 160), "black")
    draw = ImageDraw.Draw(page)
    mono = font("mono", 17)
    green = (80, 220, 80)
    draw.text((8, 8), "login as: tstuser", font=mono, fill=green)
    draw.text((8, 36), f"[tstuser@ukl-qa01 ~]$ grep {mprn} /data/ukl/in/NOSI_{serial}.txt", font=mono, fill=green)
    draw.text((8, 64), f"A00,{mprn},{serial},SM,TOMASZ WIERZBICKI", font=mono, fill=green)
    shown = _read(redact_image(_png(page)).data).replace(" ", "").upper()
    assert mprn not in shown and mprn[:8] not in shown and mprn[-8:] not in shown, shown
    assert "WIERZBICKI" not in shown, shown


@pytest.mark.parametrize("seed", [4, 5])
def test_an_s_box_without_its_s_at_small_scale_is_masked(seed: int) -> None:
    rng = random.Random(seed)
    core = _mpan(rng)
    top = [f"0{rng.randint(1, 8)}", "801", "250"]
    page = Image.new("RGB", (700, 120), "white")
    draw = ImageDraw.Draw(page)
    small = font("sans", 12)
    upper, lower = 40, 54  # tight rows, the form's label midway between them
    draw.text((15, (upper + lower) // 2), "Unit 4 (export)", font=small, fill=(90, 90, 90))
    draw.rectangle((172, upper - 4, 302, lower + 18), outline=(80, 80, 80))
    for x, text in ((180, top[0]), (206, top[1]), (273, top[2])):
        draw.text((x, upper), text, font=small, fill="black")
    for x, text in ((180, core[:2]), (206, f"{core[2:6]} {core[6:10]}"), (273, core[10:])):
        draw.text((x, lower), text, font=small, fill="black")
    draw.text((323, (upper + lower) // 2), "Active", font=small, fill="black")
    shown = _read(redact_image(_png(page)).data).replace(" ", "")
    assert core[2:6] not in shown and core[6:10] not in shown, shown
    assert "Active" in shown and "Unit" in shown


@pytest.mark.parametrize("seed", range(2))
def test_a_number_beside_a_serial_after_a_label_that_says_nothing_of_it(seed: int) -> None:
    rng = random.Random(seed)
    mprn, serial = str(rng.randrange(10**9, 10**10)), f"20P0{rng.randrange(10**6):06d}"
    invoice = str(rng.randrange(10**9, 10**10))
    page = Image.new("RGB", (900, 120), "white")
    draw = ImageDraw.Draw(page)
    body = font("sans", 15)
    draw.text((16, 16), "Reference:", font=body, fill="black")
    draw.rectangle((120, 12, 226, 38), fill=(40, 150, 60))
    draw.text((124, 16), mprn, font=body, fill=(200, 40, 40))
    draw.text((250, 16), "Meter:", font=body, fill="black")
    draw.text((310, 16), serial, font=body, fill="black")
    draw.text((16, 60), "Invoice no:", font=body, fill="black")
    draw.text((124, 60), invoice, font=body, fill="black")
    draw.text((250, 60), "Meter:", font=body, fill="black")
    draw.text((310, 60), f"20P0{rng.randrange(10**6):06d}", font=body, fill="black")
    shown = _read(redact_image(_png(page)).data).replace(" ", "")
    assert mprn[:8] not in shown and mprn[-8:] not in shown, shown
    assert invoice in shown, shown  # a label that says what it is keeps its number


@pytest.mark.parametrize("seed", range(2))
def test_a_grid_s_next_cell_keeps_its_number_beside_a_masked_serial(seed: int) -> None:
    """A grid with rules between its cells, read as one line a row: the serial's mask stops at the rule
    (and a spaced-serial reading does not run on into the next cell's "123")."""
    rng = random.Random(seed)
    page = Image.new("RGB", (640, 200), "white")
    draw = ImageDraw.Draw(page)
    body = font("sans", 13)
    columns = [12, 126, 208, 250, 292]
    for x, title in zip(columns, ["mpan_core", "meter_serial", "llfc", "mtc"], strict=False):
        draw.text((x + 4, 12), title, font=body, fill="black")
    rows = []
    for row in range(3):
        y = 36 + row * 30
        mpan, serial = _mpan(rng), f"2{rng.randint(0, 9)}L{rng.randrange(10**7):07d}"
        llfc = rng.choice(["123", "211", "044"])
        rows.append((serial, llfc))
        for x, text in zip(columns, [mpan, serial, llfc, "801"], strict=False):
            draw.text((x + 4, y + 6), text, font=body, fill="black")
        draw.line((12, y, 292, y), fill=(200, 200, 200))
    for x in columns:
        draw.line((x, 30, x, 126), fill=(200, 200, 200))
    shown = _read(redact_image(_png(page)).data)
    for serial, llfc in rows:
        assert serial not in shown.replace(" ", "")
    assert sum(llfc in shown.split() for _serial, llfc in rows) >= 2, shown
