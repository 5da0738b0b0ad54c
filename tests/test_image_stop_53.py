"""Issue 13 / 12: classes round 53's unseen .docx pictures (helper-112) showed, drawn and read back: text set one
character a line (a spine label), which OCR reads a character at a time and misreads."""

from __future__ import annotations

import random

import pytest
from corpus_screens import font
from PIL import Image, ImageDraw

from attest.redaction.image import redact_image, scan_image
from test_image_two_lines import _png, _read


def _mpan(rng: random.Random) -> str:
    while True:
        digits = [rng.randrange(10) for _ in range(12)]
        digits[0] = rng.randrange(1, 3)
        check = sum(d * p for d, p in zip(digits, (3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43), strict=True)) % 11 % 10
        return "".join(map(str, digits)) + str(check)


def _spine(label: str, value: str, size: int) -> Image.Image:
    """A label, and under it to the right a boxed column with one upright character a line."""
    mono = font("mono", size)
    pitch = int(size * 1.6)
    image = Image.new("RGB", (420, 80 + pitch * len(value)), (250, 250, 247))
    draw = ImageDraw.Draw(image)
    draw.text((20, 14), label, font=font("sans", size), fill=(20, 20, 20))
    draw.rectangle((150, 50, 150 + 2 * size + 16, 60 + pitch * len(value)), outline=(90, 90, 90))
    for i, char in enumerate(value):
        draw.text((166, 58 + pitch * i), char, font=mono, fill=(10, 10, 10))
    draw.text((240, 58), "spine label", font=font("sans", 13), fill=(120, 120, 120))
    return image


@pytest.mark.parametrize("seed", range(2))
def test_a_value_set_a_character_a_line_is_masked(seed: int) -> None:
    rng = random.Random(seed)
    value = rng.choice([_mpan(rng), f"00 1C 9B {rng.randrange(16**10):010X}"[:23].replace(" ", ""),
                        f"grace.bishop{rng.randrange(10, 99)}@example.org"])
    image = _spine(rng.choice(["MPAN:", "Device:", "Email:"]), value, 20)
    redacted = redact_image(_png(image))
    after = _read(redacted.data)
    assert "spine label" in after
    # the column is masked whole: no character of the value is left in it
    column = image.crop((150, 50, 150 + 56, 60 + 32 * len(value)))
    masked = Image.open(__import__("io").BytesIO(redacted.data)).convert("RGB").crop((150, 50, 150 + 56, 60 + 32 * len(value)))
    assert column.tobytes() != masked.tobytes()
    assert not any(m.box[2] > 236 for m in redacted.masks), redacted.masks  # (the note beside it is kept)


def test_the_scan_sees_a_value_set_a_character_a_line() -> None:
    value = _mpan(random.Random(7))
    findings = scan_image(_png(_spine("MPAN:", value, 20)))
    assert any(f.kind.name == "MPAN" for f in findings), findings


def test_a_short_column_of_letters_is_left() -> None:
    image = _spine("Grade:", "ABC", 20)
    assert not redact_image(_png(image)).masks
