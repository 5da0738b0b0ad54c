"""Screens of windows side by side, and log text set close: a mask covers the identifier's own line and
window, never its neighbours'.

Seen on a 4K desktop of seven windows: a log window's lines ran up to its border, and the next
window's status bar and log began a few pixels further on, on the same baselines. Detection took both
for one block, so the layout rules read the log line as a cell "under" the next window's MSN column,
and a quoted device id cut off by the border as running on into the next window's log. And log text at
16 px pitch sits in detection boxes 24 px tall: masks fitted to all the ink in such a box covered half
of the lines above and below, and merged with theirs into blocks that hid whole paragraphs.

The words are given as OCR reports them (a fake engine), so each test says what the rules do whatever
the real OCR reads; the pixels are real, since borders and ink are measured on them.
"""

from __future__ import annotations

import io
import uuid

import numpy as np
import pytest
from corpus_screens import font
from PIL import Image, ImageDraw

from attest.redaction.image import ImageRedaction, redact_image
from attest.redaction.mpan import make_mpan
from attest.redaction.ocr import Word
from attest.redaction.walls import walls

KEPT = 0.2  # a kept text may have this share of its box under masks (a neighbour's margin)
COVERED = 0.95


class FakeEngine:
    def __init__(self, words: list[Word]) -> None:
        self.words = words

    def read(self, image: np.ndarray) -> list[Word]:
        return self.words


class Screen:
    """Text drawn on a blank screen, recorded as the words OCR would report (one block per call unless
    ``block`` is given: detection's block numbers decide what it ran together)."""

    def __init__(self, size: tuple[int, int], px: int = 16, pad: int = 4) -> None:
        self.size = size
        self.image = Image.new("RGB", size, "white")
        self.draw = ImageDraw.Draw(self.image)
        self.font = font("sans", px)
        self.pad = pad  # how far detection's box reaches above and below the letters
        self.words: list[Word] = []
        self.blocks = 0

    def text(self, x: float, y: float, text: str, block: int | None = None) -> tuple[int, int, int, int]:
        self.draw.text((x, y), text, font=self.font, fill="#202020")
        if block is None:
            self.blocks += 1
            block = self.blocks
        top, bottom = self.draw.textbbox((x, y), "Ag", font=self.font)[1::2]
        cursor = 0
        for part in text.split(" "):
            start = x + self.font.getlength(text[:cursor])
            end = start + self.font.getlength(part)
            chars = tuple((int(start + self.font.getlength(part[:k])), int(np.ceil(start + self.font.getlength(part[:k + 1]))))
                          for k in range(len(part)))
            self.words.append(Word(part, (int(start), top - self.pad, int(np.ceil(end)), bottom + self.pad), 0.95, chars,
                                   block))
            cursor += len(part) + 1
        return self.draw.textbbox((x, y), text, font=self.font)

    def border(self, x: int, y0: int, y1: int) -> None:
        self.draw.line((x, y0, x, y1), fill="#8a8a8a", width=1)

    def redact(self) -> ImageRedaction:
        buffer = io.BytesIO()
        self.image.save(buffer, format="PNG")
        return redact_image(buffer.getvalue(), engine=FakeEngine(self.words))


def covered(redaction: ImageRedaction, box: tuple[int, int, int, int], size: tuple[int, int]) -> float:
    mask = np.zeros((size[1], size[0]), bool)
    for m in redaction.masks:
        x0, y0, x1, y1 = m.box
        mask[y0:y1, x0:x1] = True
    x0, y0, x1, y1 = box
    return float(mask[y0:y1, x0:x1].mean())


def test_a_window_border_is_a_wall_and_letters_and_field_frames_are_not() -> None:
    image = Image.new("RGB", (400, 300), "white")
    draw = ImageDraw.Draw(image)
    draw.line((200, 20, 200, 279), fill="#8a8a8a")  # a window's border
    draw.rectangle((20, 40, 150, 66), outline="#8a8a8a")  # a text field's frame, 27 px tall
    draw.text((24, 44), "Illinois 1111 HHH", font=font("sans", 16), fill="black")
    draw.text((220, 44), "||| lll", font=font("sans", 32), fill="black")  # tall strokes, still letters
    found = walls(np.asarray(image), 4 * 20)
    assert [(x, y0, y1) for x, y0, y1 in found if 199 <= x <= 202] != []
    assert all(199 <= x <= 202 for x, _y0, _y1 in found), found
    assert any(y0 <= 21 and y1 >= 279 for _x, y0, y1 in found)


@pytest.mark.parametrize("dark", [False, True])
def test_walls_are_found_in_dark_themes_and_across_strips(dark: bool) -> None:
    image = Image.new("RGB", (300, 700), "#1e1e1e" if dark else "#f3f3f3")
    ImageDraw.Draw(image).line((150, 5, 150, 650), fill="#3c3c3c" if dark else "#c8c8c8")
    found = walls(np.asarray(image), 100)
    assert [(x, y0, y1) for x, y0, y1 in found] in ([(150, 5, 651)], [(151, 5, 651)], [(150, 5, 651), (151, 5, 651)])


def test_a_quoted_value_cut_by_a_window_border_does_not_run_on_into_the_next_window() -> None:
    """The device id's closing quote is past the border; detection ran both windows' text into one
    block. The id is masked; the next window's timestamp, level and message are not."""
    s = Screen((1200, 200))
    left = s.text(10, 40, 'payload={"deviceId": "BC:33:AC:14:6A:D3', block=1)
    s.border(int(left[2]) + 4, 0, 199)
    right = s.text(left[2] + 10, 40, "2024-05-27 08:25:13 INFO ready", block=1)
    out = s.redact()
    device = (int(left[0] + s.font.getlength('payload={"deviceId": "')), left[1], left[2], left[3])
    assert covered(out, device, s.size) >= COVERED
    assert covered(out, right, s.size) <= KEPT, out.masks


@pytest.mark.parametrize("label", ["MSN:", "Meter serial number:", "MPAN core", "Telephone:"])
def test_a_forms_empty_field_does_not_take_the_next_windows_log_line_for_its_value(label: str) -> None:
    """Seen on a 4K desktop: a form's label ended its line ("Meter serial number:", its field empty or
    scrolled away), and a log window began past the border on the same baseline. The log line's date
    was taken for the field's value and masked, on line after line. A value in the form is masked."""
    s = Screen((1400, 200))
    s.text(10, 40, label, block=1)
    s.border(520, 0, 199)
    date = s.text(530, 40, "2024-09-27", block=2)
    time_and_text = s.text(int(530 + s.font.getlength("2024-09-27 ")), 40, "09:25:32 INFO Validation failed", block=3)
    whole = s.text(530, 90, "2024-05-14 09:14:18 INFO payload ok", block=4)
    s.text(10, 90, label, block=5)
    s.text(10, 140, label, block=6)
    value = s.text(int(10 + s.font.getlength(label + "  ")), 140, "S06DS123456" if "MPAN" not in label and "Tel" not in label
                   else ("1200023305967" if "MPAN" in label else "0113 496 0160"), block=7)
    out = s.redact()
    for kept in (date, time_and_text, whole):
        assert covered(out, kept, s.size) <= KEPT, (kept, out.masks)
    assert covered(out, value, s.size) >= COVERED, out.masks


def test_a_log_window_over_a_grids_lower_part_is_not_rows_of_its_columns() -> None:
    """Seen on a 4K desktop: a log window overlapped the lower part of a grid with an MSN column. Its
    lines, under the grid's last row at the grid's pitch, were taken for rows: their words under the
    MSN header (a UUID) were masked as serials, line after line. The grid's serials are masked; the
    log's dates and UUIDs are not."""
    s = Screen((900, 420))
    s.text(10, 20, "Reference")
    s.text(300, 20, "MSN")
    s.text(600, 20, "Status")
    serials = []
    for row in range(1, 6):
        y = 20 + row * 30
        s.text(10, y, f"SIT-{4000 + row}")
        serials.append(s.text(300, y, f"{row}8K{123456 + row}"))
        s.text(600, y, "Queued")
    s.draw.line((0, 196, 899, 196), fill="#8a8a8a")  # the log window's top edge
    kept = []
    for row in range(6):
        y = 205 + row * 30
        block = 200 + row
        kept.append(s.text(10, y, f"2024-05-2{row} 06:58:1{row} DEBUG", block=block))
        kept.append(s.text(300, y, f"[{uuid.UUID(int=(row + 3) * 104729)}]", block=block))
        s.text(612, y, "D0150 received", block=block)
    out = s.redact()
    for serial in serials:
        assert covered(out, serial, s.size) >= COVERED, (serial, out.masks)
    for box in kept:
        assert covered(out, box, s.size) <= KEPT, (box, out.masks)


def test_a_log_windows_tool_bar_and_levels_under_an_mprn_column_are_not_its_cells() -> None:
    """Seen on an 8K desktop: a log window lay over a grid's lower part, its tool bar's "Refresh" and
    each line's level and bracketed request id under the grid's MPRN header, and its lines opening with
    a date in line with the grid's own date column. Each was masked as an MPRN, fourteen UUIDs in all.
    The grid's MPRNs are masked; the tool bar and the log lines are not."""
    s = Screen((1000, 460))
    s.text(10, 20, "Updated")
    s.text(230, 20, "MPRN")
    s.text(420, 20, "Status")
    numbers = []
    for row in range(1, 5):
        y = 20 + row * 30
        s.text(10, y, f"2024-04-2{row}T11:17:2{row}Z")
        numbers.append(s.text(230, y, f"{39045776 + 7919 * row}"))
        s.text(420, y, "Queued")
    s.draw.line((0, 166, 999, 166), fill="#8a8a8a")  # the log window's top edge
    s.text(10, 172, "message-broker.log")
    kept = [s.text(140, 200, "Filter"), s.text(230, 200, "Refresh", block=90), s.text(320, 200, "Print")]
    for row in range(7):
        y = 235 + row * 30
        block = 300 + row
        kept.append(s.text(10, y, f"2024-03-1{row} 11:17:3{row}", block=block))
        kept.append(s.text(200, y, "DEBUG" if row % 2 else "INFO", block=block))
        kept.append(s.text(260, y, f"[{uuid.UUID(int=(row + 5) * 7919 * 104729)}]", block=block))
        s.text(640, y, "D0149 received", block=block)
    out = s.redact()
    for number in numbers:
        assert covered(out, number, s.size) >= COVERED, (number, out.masks)
    for box in kept:
        assert covered(out, box, s.size) <= KEPT, (box, out.masks)


def test_a_grids_header_beside_a_forms_label_past_a_border_is_a_header_to_its_last_column() -> None:
    """Seen on a 4K desktop: a grid's last header ("Flow") ended two heights before the border of the
    window beside it, whose form's "Postcode:" stood on the same baseline. No cut at a gap parted them,
    so the header was found without "Flow": "Address" was then read as a form's label with "Flow" for
    its value, and the address column ran on into the Flow column's message names. The grid's names
    and addresses are masked; its headers and the message names are not; the form's postcode is."""
    s = Screen((1100, 300))
    header = [s.text(20, 20, "Customer"), s.text(260, 20, "Address"), s.text(560, 20, "Flow")]
    s.border(640, 0, 299)
    s.text(660, 24, "Postcode:")
    postcode = s.text(660, 60, "G12 8QQ")
    people = ["Dr Hannah Fairweather", "Mrs Margaret Okafor", "Ms Kwame Thornbury", "Owen Raman"]
    streets = ["229 Abbey Lane", "178 Kingsway", "154 Canal Street", "138 Marlborough Road"]
    flows = ["D0150", "D0149", "D0086", "D0010"]
    secret, kept = [], list(header)
    for row, (person, street, flow) in enumerate(zip(people, streets, flows, strict=True)):
        y = 52 + row * 32
        secret += [s.text(20, y, person), s.text(260, y, street)]
        kept.append(s.text(560, y, flow))
    out = s.redact()
    for box in [*secret, postcode]:
        assert covered(out, box, s.size) >= COVERED, (box, out.masks)
    for box in kept:
        assert covered(out, box, s.size) <= KEPT, (box, out.masks)


@pytest.mark.parametrize("label", ["MPRN", "MPAN core", "Meter serial"])
def test_a_label_above_its_value_is_not_answered_by_another_windows_text_on_its_line(label: str) -> None:
    """Seen on a 4K desktop: a form's "MPRN" label stood above its value, and far to the right, past a
    window border, another window's text shared the label's baseline and had more text under it. That
    text was taken for the value beside the label (a label-left form), so the field's own value below
    was passed over as "the next row's label", and left readable."""
    s = Screen((1500, 200))
    value_text = {"MPRN": "8709290268", "MPAN core": "1200023305967", "Meter serial": "S06DS123456"}[label]
    s.text(20, 30, label, block=1)
    value = s.text(20, 60, value_text, block=2)
    s.border(700, 0, 199)
    beside = s.text(760, 33, "T1 ready", block=3)
    under = s.text(760, 63, "T2 ready", block=4)
    out = s.redact()
    assert covered(out, value, s.size) >= COVERED, out.masks
    assert covered(out, beside, s.size) <= KEPT and covered(out, under, s.size) <= KEPT, out.masks


def test_a_log_line_beside_a_grid_is_not_a_cell_of_its_columns() -> None:
    """A log window's lines run up to its border; a grid with an MSN column starts just past it, on the
    same baselines. Its MSN cells are masked, the log lines are not."""
    s = Screen((1400, 400))
    s.border(700, 0, 399)
    s.text(710, 20, "MSN")
    s.text(900, 20, "Reference")
    s.text(1100, 20, "Status")
    log_lines, serials = [], []
    for row in range(1, 8):
        y = 20 + row * 30
        text = f"2024-0{row}-1{row} 0{row}:12:44 INFO [{uuid.UUID(int=row * 7919)}] flow D0010 received from DCC ok"
        while s.font.getlength(text) > 688:  # the window's border cuts the line off
            text = text[:-1]
        line = s.text(10, y, text.rstrip(), block=100 + row)
        log_lines.append(line)
        # detection ran the log line into the grid's first cell
        serials.append(s.text(710, y, f"S{row}8K{123456 + row}", block=100 + row))
        s.text(900, y, f"SIT-{4000 + row}")
        s.text(1100, y, "Queued")
    out = s.redact()
    for serial in serials:
        assert covered(out, serial, s.size) >= COVERED, (serial, out.masks)
    for line in log_lines:
        assert covered(out, line, s.size) <= KEPT, (line, out.masks)


def test_a_mask_in_close_set_log_lines_leaves_the_lines_above_and_below() -> None:
    """10 px log text at 16 px pitch, in detection boxes 24 px tall: the MPAN's line is masked, the
    correlation ids on the lines either side keep their letters."""
    s = Screen((1000, 200), px=11, pad=7)
    ids, mpans = [], []
    for row in range(8):
        y = 10 + row * 16
        text = f"2024-03-1{row} 10:0{row}:00 DEBUG [{uuid.UUID(int=(row + 3) * 104729)}]"
        line = s.text(10, y, text)
        if row % 2:
            mpan = make_mpan(10 + row, f"{row}{row + 1}00233059"[:10])
            mpans.append(s.text(line[2] + 8, y, f"mpan={mpan}", block=s.blocks))
        else:
            ids.append((int(line[0] + s.font.getlength(text.split("[")[0])), line[1], line[2], line[3]))
    out = s.redact()
    for box in mpans:
        value = (int(box[0] + s.font.getlength("mpan=")), box[1], box[2], box[3])
        assert covered(out, value, s.size) >= COVERED, (value, out.masks)
    for box in ids:
        assert covered(out, box, s.size) <= KEPT, (box, out.masks)


def test_a_run_of_words_centred_far_outside_a_column_is_not_taken_whole() -> None:
    """The rule under the grid test, with the numbers of the 4K desktop it came from: a log line run on
    into the grid's status bar spans 2581-3427 px and reaches under the MSN header (3349-3443); taken
    whole, the whole log line was masked as a serial."""
    from attest.redaction.layout import _column_words

    def word(text: str, x0: int, x1: int) -> Word:
        return Word(text, (x0, 571, x1, 591), 0.95, (), 1)

    log = [word("[0adabc22-ede8-6d77-2cd3-f5b2a2fb7ad5]", 2581, 2877), word("ECS17", 2886, 2926),
           word("received", 2932, 2994), word("from", 3002, 3034), word("DCC;", 3041, 3073),
           word("postcode=KY5", 3080, 3174), word("7ZY", 3181, 3206)]
    status = [word("Connected·UIT-2·320", 3219, 3371), word("records", 3376, 3427)]
    chosen = [w.text for w, _first in _column_words(log + status, (3349, 3443), [], 3340, 3500, 22)]
    assert not set(chosen) & {w.text for w in log}, chosen
    # a cell centred under its header is still taken whole, however far it starts left of it
    cell = [word("Ms", 3300, 3320), word("Kwame", 3326, 3380), word("Thornbury", 3386, 3470)]
    assert [w.text for w, _first in _column_words(cell, (3349, 3443), [], 3340, 3500, 22)] == ["Ms", "Kwame", "Thornbury"]
