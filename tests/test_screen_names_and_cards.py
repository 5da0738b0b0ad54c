"""Screens laid out as cards, chats and letters (held-out screen corpus, helper-34).

The corpus found: chat senders the name lists do not know left whole; the name under "Thanks,"; the
addressee over a bill's address block; a gas supply's MPRN in a "Supplies" card. And it found masks
where none belonged: three card titles side by side ("Contact", "Case notes", "Supplies") read as one
grid's header, so everything under "Contact" went as names, labels too; a table whose cells wrap read
as the MPAN "S" box (a row's wrapped "DIP-MSG-" number over the next row's), masking message ids; the
second line of an MPAN wrapped in a card left readable when the next card's baseline sat lower.

Names here are made up from syllables, so that no list knows them; each result is read again by OCR.
"""

from __future__ import annotations

import io
import random
import re

import numpy as np
import pytest
from corpus_screens import font
from PIL import Image, ImageDraw

from attest.redaction.image import redact_image
from attest.redaction.mpan import make_mpan
from attest.redaction.ocr import default_engine

SYLLABLES = ["zor", "vel", "qua", "rin", "tash", "ko", "mir", "bel", "dra", "nox", "ul", "fen", "ith", "gar"]


def _invented(rng: random.Random) -> str:
    def word() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    return f"{word()} {word()}"


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _read(data: bytes) -> str:
    image = np.asarray(Image.open(io.BytesIO(data)).convert("RGB"))
    return " ".join(w.text for w in default_engine().read(image))


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


@pytest.mark.parametrize("seed", range(3))
def test_chat_senders_who_speak_twice_are_masked_and_a_schedule_is_not(seed: int) -> None:
    rng = random.Random(seed)
    first, second = _invented(rng), _invented(rng)
    screen = Image.new("RGB", (1000, 560), (24, 26, 30))
    draw = ImageDraw.Draw(screen)
    messages = [(first, "10:02", "morning, TC_UIT_207 failed again on IF-021"), (second, "10:04", "which flow?"),
                (first, "10:05", "the IF-021 one, retried twice"), (second, "10:09", "ok raising a defect")]
    y = 10
    for who, at, said in messages:
        draw.rounded_rectangle((8, y, 890, y + 58), 4, fill=(33, 36, 42), outline=(60, 64, 72))
        draw.text((22, y + 8), who, font=font("sans", 15, bold=True), fill=(220, 220, 220))
        width = draw.textlength(who, font=font("sans", 15, bold=True))
        draw.text((30 + width, y + 10), at, font=font("sans", 12), fill=(150, 150, 150))
        draw.text((22, y + 30), said, font=font("sans", 15), fill=(220, 220, 220))
        y += 68
    draw.text((22, y + 10), "Code Freeze 17:00", font=font("sans", 15), fill=(220, 220, 220))
    out = redact_image(_png(screen))
    read = _squash(_read(out.data))
    for name in (first, second):
        assert _squash(name)[:8] not in read, (name, read)
    assert "codefreeze" in read and "tc_uit_207" in read.replace("-", "_")


@pytest.mark.parametrize("seed", range(3))
def test_the_name_under_a_sign_off_and_over_an_address_is_masked(seed: int) -> None:
    rng = random.Random(seed)
    signer, addressee = _invented(rng), _invented(rng)
    screen = Image.new("RGB", (900, 520), "white")
    draw = ImageDraw.Draw(screen)
    f = font("sans", 16)
    for i, line in enumerate(["Please re-run TC_SIT_044 against the supply.", "", "Thanks,", signer,
                              "Test Lead, SIT"]):
        draw.text((30, 30 + 24 * i), line, font=f, fill="black")
    for i, line in enumerate([addressee, "15 Quarrybank Lane", "Aberystwyth", "SY23 3LL"]):
        draw.text((30, 260 + 24 * i), line, font=f, fill="black")
    read = _squash(_read(redact_image(_png(screen)).data))
    for name in (signer, addressee):
        assert _squash(name)[:8] not in read, (name, read)
    assert "testlead,sit" in read and "thanks" in read


def _crm(mpan: str, mprn: str, rng: random.Random) -> Image.Image:
    """Three cards side by side, as a CRM's customer page: a contact card, case notes with an MPAN
    wrapped over two lines, and a supplies table."""
    screen = Image.new("RGB", (1366, 320), (244, 245, 247))
    draw = ImageDraw.Draw(screen)
    title, body, small = font("sans", 17, bold=True), font("sans", 14), font("sans", 11)
    for x0, x1, name in ((8, 337, "Contact"), (354, 643, "Case notes"), (660, 1357, "Supplies")):
        draw.rounded_rectangle((x0, 40, x1, 302), 4, fill="white", outline=(210, 212, 216))
        draw.text((x0 + 15, 67), name, font=title, fill=(30, 30, 30))
    person = _invented(rng)
    for i, line in enumerate([person, "15 Quarrybank Lane", "Aberystwyth", "SY23 3LL"]):
        draw.text((23, 103 + 21 * i), line, font=body, fill=(30, 30, 30))
    for i, (label, value) in enumerate([("Mobile", "01632 990870"), ("Email", "g.c@mailbox.example"),
                                        ("Priority services", "PSR code 14")]):
        draw.text((23, 190 + 21 * i), label, font=small, fill=(110, 110, 110))
        draw.text((23 + draw.textlength(label, font=small) + 6, 187 + 21 * i), value, font=body, fill=(30, 30, 30))
    notes = ["2026-11-30 10:14 Customer called", "about estimated bill. Confirmed",
             f"supply number {mpan[:2]} {mpan[2:6]}", f"{mpan[6:10]} {mpan[10:]} and read back the meter"]
    for i, line in enumerate(notes):
        draw.text((369, 105 + 21 * i), line, font=body, fill=(30, 30, 30))
    for i, row in enumerate([("Fuel", "Identifier", "Status"), ("Electricity", make_mpan(16, "7364778924"), "Live"),
                             ("Gas", mprn, "Live")]):
        for x, cell in zip((682, 766, 900), row, strict=True):
            draw.text((x, 108 + 23 * i + (3 if i == 2 else 0)), cell, font=title if i == 0 else body, fill=(30, 30, 30))
    return screen


@pytest.mark.parametrize("seed", range(3))
def test_card_titles_side_by_side_are_no_grid_header(seed: int) -> None:
    rng = random.Random(seed)
    mpan, mprn = make_mpan(17, f"{rng.randrange(10 ** 10):010d}"), str(rng.randint(10 ** 9, 10 ** 10 - 1))
    read = _squash(_read(redact_image(_png(_crm(mpan, mprn, rng))).data))
    assert mprn not in read and mpan[6:10] not in read and "aberystwyth" not in read
    for keep in ("mobile", "email", "priorityservices", "psrcode14", "casenotes", "supplies"):
        assert keep in read, (keep, read)


@pytest.mark.parametrize("seed", range(2))
def test_a_table_whose_cells_wrap_is_no_s_box(seed: int) -> None:
    """A DIP tracker whose narrow columns wrap: "DIP-MSG-" over its number, "PUB-" over "033", an MPAN
    over two lines. A row's second line of eight digits and the next row's second line of about
    fourteen (its number, the flow's "033", the MPAN's last digits) line up as the S box's two rows
    would, with the next row's first line between them: no box, and the message ids are kept."""
    rng = random.Random(seed)
    screen = Image.new("RGB", (1000, 60 + 40 * 8), "white")
    draw = ImageDraw.Draw(screen)
    f = font("sans", 14)
    for x, name in ((26, "Message ID"), (171, "Flow"), (240, "MPAN"), (420, "Test case")):
        draw.text((x, 22), name, font=font("sans", 14, bold=True), fill="black")
    ids = []
    for row in range(8):
        y = 50 + 40 * row
        draw.line((20, y - 4, 980, y - 4), fill=(220, 220, 220))
        number = f"{rng.randint(10 ** 7, 10 ** 8 - 1)}"
        ids.append(number)
        mpan = make_mpan(rng.randint(10, 23), f"{rng.randrange(10 ** 10):010d}")
        draw.text((26, y), "DIP-MSG-", font=f, fill="black")
        draw.text((26, y + 17), number, font=f, fill="black")
        if row % 2:  # a long flow name and the MPAN wrap
            draw.text((171, y), "PUB-", font=f, fill="black")
            draw.text((171, y + 17), "033", font=f, fill="black")
            draw.text((240, y), f"{mpan[:4]} {mpan[4:8]} {mpan[8:10]}", font=f, fill="black")
            draw.text((240, y + 17), mpan[10:], font=f, fill="black")
        else:
            draw.text((171, y), "IF-031", font=f, fill="black")
            draw.text((240, y), f"{mpan[:4]} {mpan[4:8]} {mpan[8:]}", font=f, fill="black")
        draw.text((420, y), f"TC_UIT_{rng.randint(100, 999)}", font=f, fill="black")
    read = _squash(_read(redact_image(_png(screen)).data))
    kept = sum(number in read for number in ids)
    assert kept >= 7 and read.count("033") >= 3, (kept, read)


@pytest.mark.parametrize("seed", range(3))
def test_a_serial_printed_one_character_to_a_box_is_masked_whole(seed: int) -> None:
    rng = random.Random(seed)
    serial = rng.choice("SEGLKM") + str(rng.randint(1, 9)) + rng.choice("ABHKMP") + f"{rng.randint(10 ** 6, 10 ** 7 - 1)}"
    screen = Image.new("RGB", (800, 120), (245, 246, 248))
    draw = ImageDraw.Draw(screen)
    draw.text((20, 45), "Plate ref", font=font("sans", 15), fill=(110, 110, 120))  # no label names it
    for i, char in enumerate(serial):
        x = 180 + 33 * i
        draw.rectangle((x, 35, x + 30, 72), fill="white", outline=(90, 90, 90))
        draw.text((x + 8, 42), char, font=font("mono", 20), fill="black")
    read = _squash(_read(redact_image(_png(screen)).data))
    assert serial[3:].lower()[:4] not in read and "plateref" in read, read
