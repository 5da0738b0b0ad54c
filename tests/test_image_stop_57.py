"""Screens of stop 57 (round 57's held-out screens, helper-126): tiny text, and keeps a screen's neighbours took.

- A task switcher's thumbnails show whole windows at 0.4x: letters of 4-6 px, which the recogniser reads as
  nothing at their size. The small-text pass reads such areas enlarged, so their identifiers are masked.
- A meter asset tree's role column ("CHF", "ESME") is no label of the next column's firmware version or test
  reference; a flow file's header line ("ZHV|<uuid>|…") is no record of the supply numbers under it; a bill's
  "Customer ref" followed by the MPAN-REF the seeds tell testers to write is no account.
"""

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
from test_image_two_lines import _png, _read


def _window(rng: random.Random) -> tuple[Image.Image, dict[str, str]]:
    """A customer's details pane as a window shows it at 100 %."""
    values = {"MPAN": make_mpan(rng.randint(10, 23), f"{rng.randrange(10**10):010d}"),
              "Phone": f"07700 900{rng.randint(100, 999)}",
              "Customer": rng.choice(["Leilani Lindqvist", "Oluwaseun Okonkwo", "Siobhan Mac Aoidh"]),
              "Postcode": rng.choice(["M2 2QW", "LS6 2QF", "CF14 3ZX"]),
              "MPRN": str(rng.randrange(10**8, 10**9))}
    image = Image.new("RGB", (620, 300), (250, 250, 250))
    draw = ImageDraw.Draw(image)
    face = font("sans", 15)
    y = 20
    for label in ("Customer", "MPAN", "Phone", "Postcode", "MPRN"):
        draw.text((20, y), label, font=face, fill=(90, 90, 90))
        draw.text((160, y), values[label], font=face, fill=(20, 20, 20))
        y += 26
    draw.text((20, y + 10), "Ticket BUG 6593 · Evidence ref MPAN-REF-42", font=face, fill=(20, 20, 20))
    return image, values


def _switcher(seed: int) -> tuple[bytes, dict[str, str], tuple[int, int, int, int]]:
    """A 1920x1080 dark desktop with a task switcher: three windows shown at 0.4x, the middle one the details pane."""
    rng = random.Random(seed)
    desktop = Image.new("RGB", (1920, 1080), (22, 40, 64))
    draw = ImageDraw.Draw(desktop)
    draw.rectangle((120, 300, 1800, 780), fill=(30, 32, 36))
    window, values = _window(rng)
    small = window.resize((int(window.width * 0.4), int(window.height * 0.4)), Image.LANCZOS)
    place = (840, 420)
    desktop.paste(small, place)
    for x in (260, 1420):  # the other two windows: text of their own
        other, _ = _window(random.Random(seed + x))
        desktop.paste(other.resize(small.size, Image.LANCZOS), (x, 420))
    return _png(desktop), values, (place[0], place[1], place[0] + small.width, place[1] + small.height)


def _read_enlarged(data: bytes, box: tuple[int, int, int, int]) -> str:
    """What a reader sees in the thumbnail zoomed in (the crop enlarged 3x)."""
    import cv2

    rgb = np.asarray(Image.open(io.BytesIO(data)).convert("RGB"))[box[1]:box[3], box[0]:box[2]]
    big = cv2.resize(rgb, None, fx=3, fy=3, interpolation=cv2.INTER_CUBIC)
    return " ".join(w.text for w in default_engine().read(np.ascontiguousarray(big)))


@pytest.mark.parametrize("seed", range(2))
def test_identifiers_in_a_task_switchers_thumbnail_are_masked(seed: int) -> None:
    data, values, box = _switcher(seed)
    before = _read_enlarged(data, box).replace(" ", "")
    assert values["MPAN"] in before  # (readable when zoomed in: the test can fail)
    after = _read_enlarged(redact_image(data).data, box).replace(" ", "")
    for label in ("MPAN", "Phone", "MPRN"):
        assert values[label].replace(" ", "") not in after, (label, after)
    assert values["Customer"].split()[-1] not in after, after


def _tree() -> tuple[bytes, list[str], list[str]]:
    """A meter asset tree: each device's id, its role, and the firmware or the test reference in the next column."""
    rows = [("00-1C-9B-C2-C3-11-45-92", "CHF", "v1.2.27"), ("D0-52-A8-8D-65-E3-99-BF", "IHD", "TC-BP3-356"),
            ("00-1C-9B-13-DF-A8-FC-3B", "CHF", "SIT-E2E-0124"), ("00-1C-9B-1A-AD-81-51-F7", "IHD", "D0302")]
    image = Image.new("RGB", (900, 60 + 30 * len(rows)), "white")
    draw = ImageDraw.Draw(image)
    face = font("sans", 16)
    for x, title in ((20, "Asset"), (360, "Role"), (520, "Notes")):
        draw.text((x, 14), title, font=face, fill=(60, 60, 60))
    for n, (device, role, note) in enumerate(rows):
        y = 50 + 30 * n
        draw.text((40, y), device, font=face, fill=(20, 20, 20))
        draw.text((360, y), role, font=face, fill=(20, 20, 20))
        draw.text((520, y), note, font=face, fill=(20, 20, 20))
    return _png(image), [r[0] for r in rows], [r[2] for r in rows]


def test_a_device_trees_next_column_keeps_versions_and_references() -> None:
    data, devices, notes = _tree()
    text = _read(redact_image(data).data)
    for device in devices:
        assert device[-5:] not in text, text
    for note in notes:
        assert note in text, (note, text)


def test_a_flow_files_header_line_keeps_its_uuid_and_a_bills_ref_keeps_its_mpan_ref() -> None:
    rng = random.Random(3)
    lines = []
    for _ in range(4):
        mpan = make_mpan(rng.randint(10, 23), f"{rng.randrange(10**10):010d}")
        uuid = f"{rng.randrange(16**8):08x}-52fa-4f07-a4ba-{rng.randrange(16**12):012x}"
        lines += [(f"ZHV|{uuid}|D0205|X|2026-08-19T11:40:21Z|", uuid), (f"026|{mpan}|V|EML{rng.randrange(10**10)}|35634", mpan)]
    lines.append(("Customer ref  MPAN-REF-20", "MPAN-REF-20"))
    image = Image.new("RGB", (820, 30 + 24 * len(lines)), "white")
    draw = ImageDraw.Draw(image)
    face = font("mono", 14)
    for n, (line, _value) in enumerate(lines):
        draw.text((16, 14 + 24 * n), line, font=face, fill=(20, 20, 20))
    text = _read(redact_image(_png(image)).data).replace(" ", "")
    for line, value in lines:
        if line.startswith("026"):
            assert value not in text, text
        else:
            assert value in text, (value, text)


@pytest.mark.parametrize("lead", ["Total to pay £63.28. Direct Debit reference", "Please quote"])
def test_what_a_bill_asks_the_customer_to_quote_or_pay_with_is_masked_on_screen(lead: str) -> None:
    """A bill's paragraph under its meter table: the Direct Debit reference, the reference to quote."""
    rng = random.Random(lead)
    account = rng.choice([str(rng.randrange(10**9, 10**10)), f"CUS/{rng.randrange(10**5, 10**6)}/{rng.randrange(10, 99)}"])
    image = Image.new("RGB", (900, 90), "white")
    draw = ImageDraw.Draw(image)
    draw.text((20, 30), f"{lead} {account}. Evidence LDSO-QT-382 and D0150.", font=font("sans", 17), fill=(20, 20, 20))
    text = _read(redact_image(_png(image)).data)
    assert account[-6:] not in text.replace(" ", ""), text
    assert "LDSO-QT-382" in text, text


def test_a_padded_meter_tables_gas_serial_beside_the_electricity_serials() -> None:
    """A bill's meter table, each row two lines high (its dates wrapped): a gas meter's serial in a make-up the
    patterns do not know ("97237903M1") in the column of serials they do."""
    rows = [("EML1199669507", "2026-08-", "18"), ("14E0227931", "2026-05-", "01"), ("97237903M1", "2026-09-", "01"),
            ("S19B772852", "2026-02-", "14")]
    image = Image.new("RGB", (700, 90 + 64 * len(rows)), "white")
    draw = ImageDraw.Draw(image)
    face = font("sans", 14)
    edges = (30, 230, 350, 470, 600)  # (a ruled table, as LibreOffice prints one)
    for x, title in ((110, "Meter"), (240, "Read date"), (360, "Previous"), (480, "Cost")):
        draw.text((x, 30), title, font=face, fill=(20, 20, 20))
    for n in range(len(rows) + 2):
        draw.line((edges[0], 20 + 64 * n, edges[-1], 20 + 64 * n), fill=(20, 20, 20))
    for x in edges:
        draw.line((x, 20, x, 20 + 64 * (len(rows) + 1)), fill=(20, 20, 20))
    for n, (serial, date, day) in enumerate(rows):
        y = 98 + 64 * n
        draw.text((36, y), serial, font=face, fill=(20, 20, 20))
        draw.text((240, y), date, font=face, fill=(20, 20, 20))
        draw.text((240, y + 18), day, font=face, fill=(20, 20, 20))
        draw.text((360, y), f"{56200 + 7 * n} kWh", font=face, fill=(20, 20, 20))
        draw.text((480, y), f"£{754 - 9 * n}.79", font=face, fill=(20, 20, 20))
    text = _read(redact_image(_png(image)).data).replace(" ", "")
    assert "7237903" not in text and "EML1199" not in text, text
    assert "56214kWh" in text or "56214" in text, text
