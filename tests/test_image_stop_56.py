"""Screens of stop 56: what round 55's label sheet showed once masks stopped growing into the next line.

A label sheet (cards side by side, small type set close): a mask no longer takes the tops of the job reference a pixel
under an MPAN's core, and so the card's other values must be found by themselves, not covered by chance: a street
wrapped in the narrow card with its type alone on the next line ("213 Station" / "Approach" / "Swansea"), the other
cards' lines standing between on the page; and no number is read as wrapped across a line between (the core's last
digits and the job reference's, two lines down, made a telephone number).
"""

from __future__ import annotations

import random

import pytest
from corpus_screens import font
from PIL import Image, ImageDraw

from attest.redaction.image import redact_image
from attest.redaction.mpan import make_mpan
from test_image_two_lines import _png, _read

STREETS = [("213", "Station", "Approach", "Swansea"), ("208", "Harbour", "View", "Exeter"),
           ("57", "Orchard", "Gardens", "Lincoln"), ("16", "Ropewalk", "Street", "Dundee")]


def _sheet(seed: int) -> tuple[bytes, list[list[str]]]:
    """Three address labels side by side, each a few pixels lower than the one before (their lines interleave on the
    page as a printed sheet's do), the middle one's street wrapped after its first word."""
    rng = random.Random(seed)
    cards = []
    for n in range(3):
        number, name, kind, town = STREETS[(seed + n) % len(STREETS)]
        mpan = make_mpan(rng.randint(10, 23), f"{rng.randrange(10**10):010d}")
        street = [f"{number} {name}", kind] if n == 1 else [f"{number} {name} {kind}"]
        cards.append([f"{rng.choice(['Callum', 'Anjali', 'Dawn'])} {rng.choice(['Pritchard', 'Qureshi', 'Hussain'])}",
                      *street, town, f"S 0{n + 1} 811 637", f"{mpan[:2]} {mpan[2:6]} {mpan[6:10]} {mpan[10:]}",
                      f"Job INC{rng.randrange(10000, 99999)} · TC-SIT-0{rng.randrange(100, 999)}"])
    image = Image.new("RGB", (760, 260), "white")
    draw = ImageDraw.Draw(image)
    face = font("sans", 14)
    for n, lines in enumerate(cards):
        x, y = 20 + 245 * n, 16 + 5 * n
        draw.rectangle((x - 8, y - 8, x + 225, 250), outline=(190, 190, 190))
        for line in lines:
            draw.text((x, y), line, font=face, fill=(20, 20, 20))
            y += 19
    return _png(image), cards


@pytest.mark.parametrize("seed", range(3))
def test_a_street_wrapped_in_a_narrow_label_is_masked_and_the_job_line_kept(seed: int) -> None:
    data, cards = _sheet(seed)
    text = _read(redact_image(data).data)
    middle = cards[1]
    assert middle[1] not in text and middle[2] not in text, text
    assert text.count("TC-SIT-0") == 3, text  # (every card's job line stays readable under its masked core)
