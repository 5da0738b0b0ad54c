"""What a held-out screenshot corpus (stop 33) showed: a turned form lost its labels under masks drawn
from the turned reading's whole-line boxes; the leak scan took the text past a mask for a masked label's
value, and a grid's cell glued to a date for a telephone number; OCR dropping a digit of a labelled
device id left it whole. Each result is read again by OCR, independently of the masks reported."""

from __future__ import annotations

import io
import random

import numpy as np
import pytest
from corpus_screens import font
from PIL import Image, ImageDraw

from attest.redaction.image import FILL, redact_image, scan_image
from attest.redaction.mpan import make_mpan
from attest.redaction.ocr import default_engine
from attest.redaction.scan import scan_text
from attest.redaction.text import find_identifiers

LABELS = ["Name", "Address line 1", "Town", "Postcode", "Phone", "Email", "MPRN", "Meter serial"]


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _form(rng: random.Random) -> tuple[Image.Image, list[str]]:
    """A CRM's customer panel: labels in a column, each value 90 px right of its label's start (15 px type)."""
    surname = rng.choice(["Pennywhistle", "Llewellyn", "Oyelaran"])
    values = [f"{rng.choice(['Gareth', 'Ffion', 'Dafydd'])} {surname}", f"{rng.randint(2, 98)} Windermere Crescent",
              rng.choice(["Stockport", "Llandovery", "Saxilby"]), rng.choice(["SK4 2HN", "SA20 0BW"]),
              f"07700 900{rng.randint(100, 999)}", f"{surname.lower()}@example.org", str(rng.randrange(10**9, 10**10)),
              f"E6S{rng.randrange(10**10, 10**11)}"]
    form = Image.new("RGB", (520, 30 + 28 * len(LABELS)), (248, 248, 248))
    draw = ImageDraw.Draw(form)
    for i, (label, value) in enumerate(zip(LABELS, values, strict=True)):
        draw.text((12, 12 + 28 * i), label, font=font("sans", 15), fill="black")
        draw.text((102, 12 + 28 * i), value, font=font("sans", 15), fill="black")
    return form, values


def _read(image: Image.Image) -> str:
    return " ".join(w.text for w in default_engine().read(np.asarray(image.convert("RGB"))))


@pytest.mark.parametrize("seed", range(2))
def test_a_turned_form_keeps_its_labels_readable_and_its_values_masked(seed: int) -> None:
    """Read as it stands, a turned line is one box from its label to its value: masks drawn from that
    reading covered the labels too. What the upright reading also found is masked where it placed it."""
    form, values = _form(random.Random(seed))
    screen = Image.new("RGB", (700, 1100), (238, 238, 238))
    screen.paste(form.rotate(90, expand=True), (40, 40))
    out = redact_image(_png(screen))
    upright = Image.open(io.BytesIO(out.data)).rotate(-90, expand=True, fillcolor="white")
    shown = _read(upright)
    assert [label for label in LABELS if label.split()[0] not in shown] == [], shown
    assert [v for v in values if v.split()[-1] in shown or v[-6:] in shown.replace(" ", "")] == [], shown


def test_the_scan_of_a_redacted_line_takes_no_text_past_a_mask_for_the_masked_labels_value() -> None:
    """A terminal's "msn [mask]  dip_id=DIP-MSG-00418827": the next field is not the masked serial."""
    line = Image.new("RGB", (1000, 60), "white")
    draw = ImageDraw.Draw(line)
    draw.text((10, 18), "2026-11-19T10:02:14.231Z INFO msn", font=font("mono", 16), fill="black")
    draw.rectangle((370, 14, 560, 42), fill=(FILL,) * 3)
    draw.text((580, 18), "dip_id=DIP-MSG-00418827", font=font("mono", 16), fill="black")
    assert scan_image(_png(line)) == []


def test_a_black_field_on_a_screen_as_captured_is_no_mask() -> None:
    """The mask test is the scan's: a screen with a black input box beside its label is read as it stands."""
    line = Image.new("RGB", (900, 60), (235, 235, 235))
    draw = ImageDraw.Draw(line)
    draw.text((10, 18), "Meter serial", font=font("sans", 16), fill="black")
    draw.rectangle((160, 10, 560, 46), fill=(FILL,) * 3)
    draw.text((420, 18), "K119 8724 9", font=font("sans", 16), fill="white")
    out = redact_image(_png(line))
    assert "8724" not in _read(Image.open(io.BytesIO(out.data)))


@pytest.mark.parametrize("text", ["0102026-11-02 Pass", "010 2026-11-02 Pass", "D0150 2026-11-03 Fail"])
def test_a_grid_cell_glued_to_a_date_is_no_telephone_number(text: str) -> None:
    assert scan_text(text, "grid.jpg") == []


@pytest.mark.parametrize("read", ["00.0D.F.00.0B.91.4A.36", "00-1B-C5-0C-00-00-12", "00:1b:c5:0c:0:00:12:34"])
def test_a_labelled_device_id_with_a_digit_lost_to_ocr_is_still_masked(read: str) -> None:
    text = f"3. DCC device {read} returned SRV 8.1.1 E61."
    found = [text[f.start:f.end] for f in find_identifiers(text) if f.kind.value == "DEVICE"]
    assert found and all(read in f or f in read for f in found)


@pytest.mark.parametrize("seed", range(2))
def test_a_bills_line_of_fields_a_space_apart_loses_only_the_numbers(seed: int) -> None:
    """A printed bill sets a line's fields a space apart: the account's number is masked, not the amount
    due, the payment's way and its date after it."""
    rng = random.Random(seed)
    account = f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}"
    mprn = str(rng.randrange(10**9, 10**10))
    bill = Image.new("RGB", (900, 120), "white")
    draw = ImageDraw.Draw(bill)
    draw.text((20, 20), f"Account number {account} Amount due £218.64 Paid by Direct Debit on 05/12/2026",
              font=font("sans", 15), fill="black")
    draw.text((20, 70), f"Gas meter point reference (MPRN) {mprn} Units 424 kWh", font=font("sans", 15), fill="black")
    out = redact_image(_png(bill))
    shown = _read(Image.open(io.BytesIO(out.data)))
    assert account.split()[0] not in shown and mprn[-6:] not in shown.replace(" ", ""), shown
    assert all(keep in shown for keep in ("218.64", "Direct", "05/12/2026", "Units")), shown
