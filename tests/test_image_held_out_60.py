"""What a held-out screenshot corpus (stop 39) showed: the next item of a form under a name's label ("Ticket
INC0048861" under "Occupier  Gareth ap Rhys") masked as the name's second line; a supply's number as a saved
file's name ("reads_2368456274.csv") left whole; and for `attest scan`, a name in an ICC profile's copyright
written in UTF-8, a bare MPRN in a profile's description and a name in a JPEG comment passed. Each screen is
drawn with Pillow in new values and read again by the bundled OCR engine, independently of the masks."""

from __future__ import annotations

import io
import random
import struct

import pytest
from corpus_screens import font
from PIL import Image, ImageDraw

from attest.redaction.image import redact_image
from attest.redaction.scan import scan_bytes

from test_image_held_out_45 import _png, _read  # the same drawing and reading as stop 35's

FORENAMES = ["Gareth", "Cosmo", "Rhian", "Tamsin"]
SURNAMES = ["ap Rhys", "Ní Bhriain", "Pemberton", "Llewellyn"]


@pytest.mark.parametrize("seed,turn", [(0, 0), (1, 0), (2, 270)])
def test_the_forms_next_item_under_a_names_label_is_kept(seed: int, turn: int) -> None:
    rng = random.Random(seed)
    name = f"{rng.choice(FORENAMES)} {rng.choice(SURNAMES)}"
    ticket = f"INC{rng.randrange(10**6, 10**7):07d}"
    page = Image.new("RGB", (760, 230), "white")
    draw = ImageDraw.Draw(page)
    sans, small = font("sans", 18), font("sans", 15)
    draw.text((16, 14), "Meter point", font=font("sans", 18, bold=True), fill="black")
    for y, label, value in ((56, "Reference", f"MPAN-REF-{rng.randint(10, 99)}"), (136, "Occupier", name)):
        draw.text((16, y), label, font=sans, fill="black")
        draw.text((180, y), value, font=sans, fill="black")
    draw.text((16, 180), f"Ticket {ticket}", font=small, fill="black")
    page = page.rotate(turn, expand=True, fillcolor="white")  # (a panel turned on its side: read upright)
    shown = _read(redact_image(_png(page)).data)
    assert name.split()[0] not in shown and name.split()[-1] not in shown, shown
    assert ticket in shown.replace(" ", ""), shown


def test_a_supply_number_as_a_saved_files_name_is_masked() -> None:
    mprn = "2368456274"
    page = Image.new("RGB", (900, 200), "white")
    draw = ImageDraw.Draw(page)
    sans = font("sans", 18)
    draw.text((20, 30), "Save As", font=font("sans", 18, bold=True), fill="black")
    draw.text((20, 90), "File name:", font=sans, fill="black")
    draw.rectangle((150, 84, 600, 118), outline="grey")
    draw.text((160, 90), f"reads_{mprn}.csv", font=sans, fill="black")
    draw.text((20, 140), "Save as type:   CSV (Comma delimited)", font=sans, fill="black")
    shown = _read(redact_image(_png(page)).data)
    assert mprn[:8] not in shown and mprn[-8:] not in shown, shown
    assert "Save" in shown and "CSV" in shown


def _icc_with(texts: dict[bytes, bytes]) -> bytes:
    """A minimal ICC profile whose tags are 'text' tags holding ``texts`` (as some tools write them, in UTF-8)."""
    tags = [(sig, b"text" + b"\0" * 4 + value + b"\0") for sig, value in texts.items()]
    offset = 132 + 12 * len(tags)
    table, body = b"", b""
    for sig, tag in tags:
        table += struct.pack(">4sII", sig, offset + len(body), len(tag))
        body += tag + b"\0" * (-len(tag) % 4)
    header = struct.pack(">I", 128 + 4 + len(table) + len(body)) + b"\0" * 124
    return header + struct.pack(">I", len(tags)) + table + body


def test_the_scan_reads_a_pictures_profile_and_comment_as_nobodys_text() -> None:
    image = Image.new("RGB", (320, 120), "white")
    ImageDraw.Draw(image).text((10, 40), "Meter point", font=font("sans", 18), fill="black")
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", icc_profile=_icc_with({b"desc": b"Calibrated 4716119239",
                                                            b"cprt": "(c) Cosmo Ní Bhriain".encode()}),
               comment=b"operator Cosmo Ni Bhriain")
    found = scan_bytes(buffer.getvalue(), "photo.jpg")
    where = {(f.kind, f.place.rsplit(",", 1)[-1].strip().split(":")[0]) for f in found}
    assert ("MPRN", "JPEG ICC profile desc") in where, found
    assert ("NAME", "JPEG ICC profile cprt") in where, found
    assert ("NAME", "JPEG comment") in where, found
