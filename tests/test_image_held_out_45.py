"""What a held-out screenshot corpus (stop 35) showed: an S box whose groups sit in a little grid beside a
table (the table's row number read into the box's lower row), a number wrapped in a note with tight
leading or in a URL at a path's slash, a person's folder named surname first in an address bar; and keeps
lost under a table's column (a caption and another grid below it, a note's prose under the table). Each
case is drawn with Pillow in new values and read again by the bundled OCR engine, independently of the
masks."""

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
    return " ".join(w.text for w in default_engine().read(np.asarray(image)))


def _mpan(rng: random.Random) -> str:
    return make_mpan(rng.randint(10, 23), f"{rng.randrange(10**10):010d}")


@pytest.mark.parametrize("seed", range(2))
def test_an_s_box_in_a_grid_beside_a_table_is_masked(seed: int) -> None:
    rng = random.Random(seed)
    core = _mpan(rng)
    top = f"0{rng.randint(1, 8)} {rng.choice(['801', '811', '845'])} {rng.choice(['100', '260', '312'])}"
    page = Image.new("RGB", (1000, 260), (240, 240, 240))
    draw = ImageDraw.Draw(page)
    body, big = font("sans", 13), font("sans", 28)
    draw.text((18, 40), "Supply number", font=body, fill="black")
    draw.rectangle((170, 30, 500, 90), fill="white", outline="black", width=2)
    draw.text((182, 40), "S", font=big, fill="black")
    columns = [260, 330, 410, 480]
    for row, (y, groups) in enumerate(((38, top.split()), (60, [core[:2], f"{core[2:6]} {core[6:10]}", core[10:]]))):
        for k, text in enumerate(groups):
            draw.rectangle((columns[k], y, columns[k + 1], y + 20), outline="black")
            draw.text((columns[k] + 6, y + 3), text, font=body, fill="black")
    # a table beside it, its frame a window's border, its rows numbered
    draw.rectangle((520, 10, 990, 250), fill="white", outline=(120, 120, 120), width=2)
    draw.line((546, 10, 546, 250), fill=(150, 150, 150))  # the rule between the row numbers and the cells
    for k, y in enumerate(range(20, 240, 22)):
        draw.text((528, y), f"{k + 1}", font=body, fill="black")
        # (a row's flow, MPAN and register in one run of text, as a grid's cells a space apart are read)
        draw.text((556, y), f"D00{10 + k} {_mpan(rng)} {k % 3 + 1}", font=body, fill="black")
        draw.text((800, y), f"2026-11-0{k % 9 + 1} 09:0{k % 10}", font=body, fill="black")
    shown = _read(redact_image(_png(page)).data).replace(" ", "")
    assert core[2:10] not in shown and core[2:6] not in shown and core[6:10] not in shown, shown
    assert top.replace(" ", "")[2:] not in shown, shown


@pytest.mark.parametrize("seed", range(2))
def test_numbers_wrapped_in_a_tight_note_and_in_a_url_at_a_slash(seed: int) -> None:
    rng = random.Random(seed)
    mpan, other = _mpan(rng), _mpan(rng)
    cut = rng.randint(2, 4)
    page = Image.new("RGB", (620, 220), "white")
    draw = ImageDraw.Draw(page)
    note = font("sans", 12)
    draw.text((20, 20), f"Called re SMETS2 install. Supply {mpan[:cut]}", font=note, fill="black")
    draw.text((20, 34), f"{mpan[cut:]} shows D0150 pending", font=note, fill="black")  # 14 px leading
    mono = font("mono", 13)
    draw.text((20, 110), f"GET https://api.example.net/v2/supplies/{other[:cut]}", font=mono, fill="black")
    draw.text((20, 130), f"{other[cut:]}/meter-points?include=registers", font=mono, fill="black")
    shown = _read(redact_image(_png(page)).data).replace(" ", "")
    assert mpan[cut:cut + 8] not in shown and other[cut:cut + 8] not in shown, shown
    assert "D0150" in shown and "ter-points?include" in shown


@pytest.mark.parametrize("seed", range(2))
def test_a_table_s_column_ends_at_a_caption_and_at_a_note_s_prose(seed: int) -> None:
    rng = random.Random(seed)
    page = Image.new("RGB", (900, 520), "white")
    draw = ImageDraw.Draw(page)
    head, body, small = font("sans", 20), font("sans", 14), font("sans", 11)
    for x, text in ((20, "DIP message id"), (200, "Interface"), (300, "MPAN"), (480, "Received (UTC)")):
        draw.text((x, 20), text, font=head, fill="black")
    for k in range(4):
        y = 52 + 30 * k
        draw.text((20, y), f"DIP-{rng.randrange(16**12):012X}", font=body, fill="black")
        draw.text((200, y), f"IF-0{31 + k}", font=body, fill="black")
        draw.text((300, y), _mpan(rng), font=body, fill="black")
        draw.text((480, y), f"2026-11-1{k}T0{k}:10:30Z", font=body, fill="black")
    # the caption a little more than a row's gap below the table's last row (less than the gap that alone ends it)
    draw.text((20, 212), "Raw event log (compact view)", font=body, fill=(90, 90, 90))
    keeps = []
    for k in range(5):
        y = 236 + 18 * k
        stamp, count = f"0{k}:0{k}:0{k}", str(37 * (k + 1))
        keeps += [stamp, count]
        draw.text((20, y), f"DIP-{rng.randrange(16**12):012X}", font=small, fill="black")
        draw.text((150, y), f"2026-11-14 {stamp}", font=small, fill="black")
        draw.text((290, y), count, font=small, fill="black")
    draw.text((20, 380), "Step 4 (SIT-TC-0388): exchange complete, awaiting D0150 from MOP.", font=body, fill="black")
    shown = _read(redact_image(_png(page)).data)
    for keep in (*keeps, "SIT-TC-0388", "D0150"):
        assert keep in shown, (keep, shown)


@pytest.mark.parametrize("surname, forename", [("Fairweather", "Osian"), ("HUGHES", "Ffion"), ("Pritchard", "Angharad")])
def test_a_folder_named_surname_first_in_an_address_bar(surname: str, forename: str) -> None:
    page = Image.new("RGB", (900, 120), (250, 250, 250))
    draw = ImageDraw.Draw(page)
    draw.rectangle((10, 20, 890, 52), fill="white", outline=(180, 180, 180))
    draw.text((20, 28), f"Evidence  >  SIT-TC-0412  >  {surname}_{forename}", font=font("sans", 14), fill="black")
    draw.text((20, 80), "Meter_Readings_Nov.csv     Test_Plan_Final.xlsx", font=font("sans", 14), fill="black")
    shown = _read(redact_image(_png(page)).data)
    assert surname not in shown and forename not in shown, shown
    assert "SIT-TC-0412" in shown and "Meter_Readings" in shown.replace(" ", "")
