"""Issue 13: classes stop 44's held-out screens (helper-74: Chromium, Qt, LibreOffice, Pillow) showed.

Leak: an MPRN wrapped under its label inside a narrow table cell ("Gas (MPRN" over "4728360567)"), where the next
cell to the right held the serial's first line and the search for a value went right before it went down.
Lost keeps: a thirteen-digit number a key of its own names ("epoch_ms=1764998812345", "ean=5012345678900") near
an MPAN label, and a GUID under a "guid" key taken for a device id. Screens are drawn from seeds and read back.
"""

from __future__ import annotations

import random

import pytest
from corpus_screens import font
from PIL import Image, ImageDraw

from attest.redaction.image import redact_image
from attest.redaction.mpan import make_mpan
from attest.redaction.ocr import default_engine
from test_image_two_lines import _png, _read


@pytest.mark.parametrize(("seed", "px"), [(1, 14), (2, 16)])
def test_an_mprn_wrapped_under_its_label_in_a_narrow_cell_is_masked(seed: int, px: int) -> None:
    rng = random.Random(seed)
    mprn = str(rng.randint(10**9, 10**10 - 1))
    serial = "G4K"
    image = Image.new("RGB", (760, 200), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    columns = [20, 150, 300, 420, 560, 740]
    rows = [30, 30 + px + 8, 30 + 2 * (px + 8), 30 + 4 * (px + 8)]
    for x in columns:
        draw.line((x, rows[0], x, rows[-1]), fill=(0, 0, 0))
    for y in (rows[0], rows[1], rows[2], rows[-1]):
        draw.line((columns[0], y, columns[-1], y), fill=(0, 0, 0))
    sans = font("sans", px)
    for x, text in zip(columns, ["Meter", "Serial", "Register", "Previous", "Present"]):
        draw.text((x + 4, rows[0] + 3), text, font=sans, fill=(0, 0, 0))
    for x, text in zip(columns, ["Electricity", "S14E760549", "R01", "40,118 A", "40,512 A"]):
        draw.text((x + 4, rows[1] + 3), text, font=sans, fill=(0, 0, 0))
    for x, text in zip(columns, ["Gas (MPRN", serial, "G1", "8,217 E", "8,301 E"]):
        draw.text((x + 4, rows[2] + 3), text, font=sans, fill=(0, 0, 0))
    draw.text((columns[0] + 4, rows[2] + px + 6), f"{mprn})", font=sans, fill=(0, 0, 0))
    draw.text((columns[1] + 4, rows[2] + px + 6), str(rng.randint(10**9, 10**10 - 1)), font=sans, fill=(0, 0, 0))
    text = _read(redact_image(_png(image)).data).replace(" ", "")
    assert not any(mprn[i:i + 8] in text for i in range(3)), text
    assert "Register" in text and "8,217" in text


@pytest.mark.parametrize("seed", range(2))
def test_numbers_named_by_their_own_keys_and_a_guid_near_mpan_labels_stay(seed: int) -> None:
    rng = random.Random(seed)
    core = make_mpan(rng.choice([12, 20, 22]), f"{rng.randint(0, 10**10 - 1):010d}")
    epoch = str(1764998812345 + rng.randint(0, 10**6))
    guid = "a91f3c0e-22b4-4d8e-9f61-0c3b7e5d2a18"
    image = Image.new("RGB", (1100, 260), (30, 30, 30))
    draw = ImageDraw.Draw(image)
    mono = font("mono", 15)
    lines = [f"Full MPAN: S 05 026 420 {core}", "MPRN: 1077 660 472", f"epoch_ms={epoch}  ean=5012345678900",
             "ref=MPAN-REF-07  flow=D0010001", f"guid={guid}  ip=192.168.40.17"]
    for n, line in enumerate(lines):
        draw.text((12, 20 + 30 * n), line, font=mono, fill=(220, 220, 220))
    # (read cold: after the other seed's screen of the same size, the engine detects again only where the pixels
    # changed, and its blocks there split this line otherwise: a keep lost that way is a known difference, noted)
    default_engine().clear_cache()
    text = _read(redact_image(_png(image)).data).replace(" ", "")
    assert core not in text and core[:8] not in text
    assert epoch in text and "5012345678900" in text, text
    assert "a91f3c0e" in text, text


@pytest.mark.parametrize("seed", range(2))
def test_a_grids_epoch_and_ean_columns_beside_its_mpan_column_stay(seed: int) -> None:
    from attest.redaction.mpan import is_valid_mpan_core

    rng = random.Random(seed)
    image = Image.new("RGB", (1000, 60 + 24 * 6), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    sans = font("sans", 14)
    columns = [20, 150, 330, 520, 720]
    for x, heading in zip(columns, ["Ref", "MPAN", "Read date", "Epoch ms", "EAN"]):
        draw.text((x, 20), heading, font=sans, fill=(0, 0, 0))
    cores, keeps = [], []
    for row in range(5):
        core = make_mpan(rng.choice([12, 16, 19, 23]), f"{rng.randint(0, 10**10 - 1):010d}")
        while True:
            epoch = str(1764800000000 + rng.randint(0, 10**8))
            if not is_valid_mpan_core(epoch):
                break
        ean = "50" + "".join(rng.choice("0123456789") for _ in range(11))
        cores.append(core)
        keeps += [epoch, ean]
        y = 48 + 24 * row
        for x, text in zip(columns, [f"MPAN-REF-{rng.randint(10, 99)}", core, "12/11/2026", epoch, ean]):
            draw.text((x, y), text, font=sans, fill=(0, 0, 0))
    default_engine().clear_cache()
    text = _read(redact_image(_png(image)).data).replace(" ", "")
    assert not any(core[:8] in text for core in cores), text
    assert sum(keep in text for keep in keeps) >= len(keeps) - 1, text  # (OCR may misread one)


def test_a_parameter_grids_headers_and_the_status_lines_words_stay() -> None:
    rng = random.Random(74)
    image = Image.new("RGB", (900, 260), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    sans = font("sans", 15)
    columns = [24, 60, 180, 270, 470, 560]
    for x, heading in zip(columns, ["#", "@mpan", "@mprn", "@esme_eui", "@msn", "@ref"]):
        draw.text((x, 20), heading, font=sans, fill=(0, 0, 0))
    for row in range(3):
        core = make_mpan(rng.choice([12, 16, 19]), f"{rng.randint(0, 10**10 - 1):010d}")
        eui = "00-0D-6F-00-" + "-".join(f"{rng.randint(0, 255):02X}" for _ in range(4))
        values = [str(row + 1), core, str(rng.randint(10**9, 10**10 - 1)), eui, f"S14E{rng.randint(100000, 999999)}",
                  f"MPAN-REF-{rng.randint(10, 99)}"]
        for x, text in zip(columns, values):
            draw.text((x, 48 + 26 * row), text, font=sans, fill=(0, 0, 0))
    draw.text((24, 150), "Outcome: Passed · Build 20261204.7 · ADO #118842", font=sans, fill=(0, 0, 0))
    default_engine().clear_cache()
    text = _read(redact_image(_png(image)).data)
    assert "@esme_eui" in text.replace(" ", ""), text
    assert "Outcome" in text, text
