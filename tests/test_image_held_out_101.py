"""Issue 13: classes stop 50's held-out screens (helper-101) showed, drawn from seeds and read back: an MPAN wrapped in
a table's cell whose row number or next column the reader joins to it, a letter's address block under a name no list
knows, a device's id without separators broken one character before its end, and a label's value that ran on over a
register's reference or a firmware's version (masks that covered keeps)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from corpus_screens import font
from PIL import Image, ImageDraw

from attest.redaction.image import redact_image
from attest.redaction.mpan import mpan_check_digit
from test_image_two_lines import _png, _read

sys.path.insert(0, str(Path(__file__).parent))
from held_out_values import left  # noqa: E402


def _mpan(rng: random.Random) -> str:
    body = f"{rng.randint(10, 23)}{rng.randrange(10**10):010d}"
    return body + str(mpan_check_digit(body))


@pytest.mark.parametrize("seed", range(2))
def test_an_mpan_wrapped_in_a_table_cell_beside_a_row_number_and_a_close_serial(seed: int) -> None:
    """As a Qt table draws it: the row's number just left of the wrapped line, the next column a few pixels after the
    first line's digits, so the reader joins "3" to "080" and "5055" to "L20B478565"."""
    rng = random.Random(seed)
    image = Image.new("RGB", (520, 60 + 44 * 4), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    face = font("sans", 14)
    draw.text((30, 12), "Point (wrapped)", font=face, fill=(20, 20, 20))  # (a header that names no kind: cut off)
    draw.text((150, 12), "Meter serial", font=face, fill=(20, 20, 20))
    draw.text((300, 12), "Flow", font=face, fill=(20, 20, 20))
    mpans = [_mpan(rng) for _ in range(4)]
    for row, mpan in enumerate(mpans):
        y = 44 + 44 * row
        first = f"{mpan[:2]} {mpan[2:6]} {mpan[6:10]}"
        draw.line((10, y - 4, 500, y - 4), fill=(200, 200, 200))
        draw.text((12, y + 18), str(row + 1), font=face, fill=(90, 90, 90))
        draw.line((24, y - 4, 24, y + 40), fill=(160, 160, 160))  # (the vertical header's border)
        draw.text((28, y), first, font=face, fill=(20, 20, 20))
        draw.text((28, y + 18), mpan[10:], font=face, fill=(20, 20, 20))
        end = 28 + int(draw.textlength(first, font=face))
        draw.text((end + 8, y + 4), f"L20B{rng.randrange(10**5, 10**6)}", font=face, fill=(20, 20, 20))
        draw.text((300, y + 8), "D0010", font=face, fill=(20, 20, 20))
    after = _read(redact_image(_png(image)).data)
    for mpan in mpans:
        assert not left(after, mpan, 8), after
    assert "D0010" in after and "Flow" in after


def _small_caps(draw: ImageDraw.ImageDraw, at: tuple[int, int], text: str, size: int) -> None:
    """A name set in small capitals, as a letter's CSS font-variant draws it: each word's first letter full size,
    the rest as smaller capitals (which the reader takes for letters of either case)."""
    x, y = at
    big, small = font("serif", size), font("serif", int(size * 0.75))
    for word in text.split():
        draw.text((x, y), word[0].upper(), font=big, fill=(20, 20, 20))
        x += int(draw.textlength(word[0].upper(), font=big))
        draw.text((x, y + size // 4), word[1:].upper(), font=small, fill=(20, 20, 20))
        x += int(draw.textlength(word[1:].upper(), font=small)) + size // 2


# (names no list holds: the block's shape alone says who it is; and a numbered street a forename opens)
@pytest.mark.parametrize("name, street", [("Zeliha Quarrie", "16 Barlow Freeway"), ("Anwuli Scollick", "134 Victor Highway")])
def test_a_letters_address_block_under_a_name_no_list_reads(name: str, street: str) -> None:
    image = Image.new("RGB", (640, 330), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.text((40, 20), "LETTER OF AUTHORITY", font=font("serif", 22), fill=(20, 20, 20))
    draw.text((40, 60), "Ref WO-657576", font=font("serif", 16), fill=(20, 20, 20))
    _small_caps(draw, (40, 110), name, 16)
    for i, line in enumerate([street, "Newcastle", "NE4 6SL"], start=1):
        draw.text((40, 110 + 30 * i), line, font=font("serif", 15), fill=(20, 20, 20))
    draw.text((40, 260), "Signed for test TC-8795 (D0086)", font=font("serif", 16), fill=(20, 20, 20))
    after = _read(redact_image(_png(image)).data)
    for word in [*name.split(), *street.split()[1:], "Newcastle"]:
        assert word.lower() not in after.lower(), after
    assert "TC-8795" in after and "WO-657576" in after


@pytest.mark.parametrize("eui", ["001C9BCA18C35848", "BC33ACB20F86AFE5"])
def test_a_device_id_without_separators_broken_before_its_last_character(eui: str) -> None:
    image = Image.new("RGB", (560, 150), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    face = font("sans", 15)
    draw.text((20, 20), "Item", font=face, fill=(20, 20, 20))
    draw.text((80, 20), "Supply", font=face, fill=(20, 20, 20))
    draw.text((300, 20), "Notes", font=face, fill=(20, 20, 20))
    draw.text((20, 60), "6", font=face, fill=(20, 20, 20))
    draw.text((80, 52), eui[:15], font=face, fill=(20, 20, 20))
    draw.text((80, 72), eui[15:], font=face, fill=(20, 20, 20))
    draw.text((300, 60), "PUB-012 51330.6 kWh", font=face, fill=(20, 20, 20))
    after = _read(redact_image(_png(image)).data)
    assert not left(after, eui, 8), after
    assert "PUB-012" in after


def test_a_labels_value_stops_before_a_reference_and_a_version() -> None:
    image = Image.new("RGB", (700, 110), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    face = font("sans", 15)
    draw.text((20, 20), "MPAN 1020261482375 (MPAN-REF-25)", font=face, fill=(20, 20, 20))
    draw.text((20, 60), "ESME E06W493227 · 00-1C-9B-0D-00-B0-0C-2D · v1.11.10", font=face, fill=(20, 20, 20))
    after = _read(redact_image(_png(image)).data)
    assert not left(after, "1020261482375") and not left(after, "001C9B0D00B00C2D")
    assert "MPAN-REF-25" in after and "v1.11.10" in after
