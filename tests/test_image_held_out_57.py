"""What a held-out screenshot corpus (stop 38) showed: a device id written in pairs read as boxed digits (the
mask then took the whole line, its labels and an in-home display's pairing code), a count under a column a
misaligned header calls "Postcode" masked as one, a highlighted device id that OCR runs into the next word
left readable. Each case is drawn with Pillow in new values and read again by the bundled OCR engine,
independently of the masks."""

from __future__ import annotations

import random

import pytest
from corpus_screens import font
from PIL import Image, ImageDraw

from attest.redaction import redact_text
from attest.redaction.findings import Kind
from attest.redaction.image import redact_image
from attest.redaction.ocr import Word
from attest.redaction.two_lines import boxed_digit_findings

from test_image_held_out_45 import _png, _read  # the same drawing and reading as stop 35's


@pytest.mark.parametrize("seed", range(3))
def test_a_device_id_in_pairs_is_no_boxed_number(seed: int) -> None:
    """A printed bill's "device ID BC 33 AC 75 68 14 73 09", each pair read as a word of its own: the digit pairs
    are a device id's, which the patterns read whole, not boxed digits (the boxed reading masked the whole
    line, its labels and the next field); boxed digits alone still are."""
    rng = random.Random(seed)
    pairs = [f"{rng.randrange(10, 100)}" for _ in range(8)]
    pairs[0], pairs[2] = rng.choice(["BC", "AC", "FD"]), rng.choice(["AC", "0E", "CF"])
    words = [Word(pair, (300 + 30 * i, 536, 320 + 30 * i, 560)) for i, pair in enumerate(pairs)]
    assert not [f for f in boxed_digit_findings(words) if f.kind in (Kind.MPRN, Kind.MPAN)]
    digits = [Word(d, (300 + 30 * i, 536, 316 + 30 * i, 560)) for i, d in enumerate(str(rng.randrange(10**9, 10**10)))]
    assert any(f.kind is Kind.MPRN for f in boxed_digit_findings(digits))


def test_counts_under_a_misaligned_postcode_header_stay() -> None:
    rows = [("S17BG83031", "N1C 4AG", "1000", "Pending"), ("E12A58224", "EC1V 9NR", "1137", "Active"),
            ("K00BG27664", "FK13 6BX", "1274", "Active"), ("K06P12738", "SA19 6HN", "1411", "Pending")]
    page = Image.new("RGB", (900, 260), "white")
    draw = ImageDraw.Draw(page)
    sans = font("sans", 16)
    for x, title in ((20, "Serial"), (200, "Postcode"), (300, "kWh"), (400, "Status")):  # one column off
        draw.text((x, 20), title, font=sans, fill="black")
    for i, (serial, postcode, kwh, status) in enumerate(rows):
        y = 60 + 40 * i
        for x, cell in ((20, serial), (110, postcode), (230, kwh), (400, status)):
            draw.text((x, y), cell, font=sans, fill="black")
    shown = _read(redact_image(_png(page)).data)
    for serial, postcode, kwh, _status in rows:
        assert serial not in shown and postcode.split()[0] not in shown, shown
        assert kwh in shown, shown


def test_a_device_id_run_into_the_next_word_is_still_one() -> None:
    """OCR reads a highlighted id and the word after it as one ("00-24-08-60-8B-1A-DF-61E6S7973082819")."""
    for joined in ("00-24-08-60-8B-1A-DF-61E6S7973082819", "70:B3:D5:DE:0E:CF:7A:09Last"):
        out = redact_text(f"Devices {joined} synced", name="screen.txt").text
        assert "[DEVICE-" in out and joined[:8] not in out, out
    # a certificate's thumbprint of twenty pairs is no device id
    thumb = ":".join(["00", "24", "08", "60", "8B"] * 4)
    assert redact_text(f"sha1 {thumb}", name="t.txt").text == f"sha1 {thumb}"


def test_a_value_ocr_runs_into_its_label_or_the_words_beside_it() -> None:
    """At 150 % OCR read a device's label and its dotted id as one word ("CHF000d.6fcd.f4ba.6d0a"), and a
    link's serial with the words either side ("withL82BG47644for"): the value is still found whole."""
    for text, secret in (("CHF000d.6fcd.f4ba.6d0a", "6fcd.f4ba"), ("site CHF70b3.d54a.3f25.e885 ok", "d54a.3f25"),
                         ("Replaced D09Z86102 withL82BG47644for Gwenllian", "L82BG47644")):
        out = redact_text(text, name="screen.txt").text
        assert secret not in out, out
    assert redact_text("xF000d.6fcd.f4ba.6d0a", name="t.txt").text == "xF000d.6fcd.f4ba.6d0a"  # no label glued


def test_what_ocr_leaves_of_a_value_when_it_drops_a_character() -> None:
    """A line of right-to-left script beside a value read worst: "17 3275 353 975" (an MPAN core's grouping, one
    digit dropped) and "70-B3-D5-7E-52-E3--C" (a device id broken off after six pairs) are still masked; a MAC
    address's six whole pairs and a phone's grouping are not."""
    from attest.redaction.ocrmatch import line_findings
    from attest.redaction.screen import build_page

    def kinds(*texts: str) -> set[str]:
        words, x = [], 20
        for text in texts:
            words.append(Word(text, (x, 40, x + 12 * len(text), 60)))
            x += 12 * len(text) + 10
        page = build_page(words, 1200, 200, ())
        return {f.kind.name for line in page.lines for f in line_findings(line)}

    assert "MPAN" in kinds("17", "3275", "353", "975")
    assert "DEVICE" in kinds("70-B3-D5-7E-52-E3--C")
    assert "DEVICE" not in kinds("MAC", "00-1B-44-11-3A-B7") and "MPAN" not in kinds("020", "7946", "0018")


def test_a_pairing_code_after_a_device_word_is_no_device_id() -> None:
    """"pairing code IHD-4471" on a bill: a device's word glued to four digits is a code, not a device id (the
    held-out bill lost it to a mask); "ESME:001BC50C00001234" glued is still one."""
    from attest.redaction.cell_labels import scan_cell
    from attest.redaction.screen import build_page

    def devices(text: str) -> list[str]:
        page = build_page([Word(text, (20, 40, 20 + 12 * len(text), 60))], 1200, 200, ())
        return [f.text for line in page.lines for cell in line.cells for f in scan_cell(cell)[1]
                if f.kind is Kind.DEVICE]

    assert devices("IHD-4471") == [] and devices("CHF-12") == []
    assert devices("ESME:001BC50C00001234") and devices("CHF000d.6fcd.f4ba.6d0a")


def test_readings_one_over_the_other_in_a_grid_are_no_wrapped_telephone() -> None:
    """A bill's meter table: "034512" over "08812" under "Previous" read together made "0345 1208 812", a
    telephone, and both readings were masked; a number a narrow card wraps ("Call 0117" over "393 6135") still
    is one."""
    from attest.redaction.screen import build_page
    from attest.redaction.two_lines import two_line_findings

    def phones(rows: list[list[tuple[int, str]]]) -> list[str]:
        words = [Word(text, (x, 40 + 26 * r, x + 11 * len(text), 60 + 26 * r)) for r, row in enumerate(rows)
                 for x, text in row]
        return [f.text for f in two_line_findings(build_page(words, 1200, 300, ())) if f.kind is Kind.PHONE]

    table = [[(20, "Meter"), (200, "Previous"), (380, "Present"), (560, "Units")],
             [(20, "S18BG37283"), (200, "034512"), (380, "035127"), (560, "615")],
             [(20, "E6S5535665918"), (200, "08812"), (380, "08901"), (560, "89")]]
    assert phones(table) == []
    assert phones([[(20, "Call"), (70, "0117")], [(20, "393"), (64, "6135"), (120, "today")]])
