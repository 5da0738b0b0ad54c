"""Issue 13: an MPAN shown in parts (its core over a billing export's "Dist | Unique ref | Chk" cells, its top
line in a column or a line of its own), a serial made otherwise in a serial's column, boxed digits with one
box misread, and OCR's slips on a serial's maker letter and on a progress bar's stroke.

Screens are generated (values, sizes and themes drawn from a seeded random source) and checked by reading the
stored image again with OCR, not by the masks reported.
"""

from __future__ import annotations

import io
import random

import pytest
from corpus_screens import font
from PIL import Image, ImageDraw

from attest.redaction.image import redact_image, scan_image
from attest.redaction.mpan import make_mpan
from attest.redaction.ocr import Word
from attest.redaction.ocrmatch import fold_words, line_findings
from attest.redaction.screen import build_page
from attest.redaction.two_lines import boxed_digit_findings
from test_image_two_lines import _digits, _png, _read


def _readable_run(value: str, text: str, run: int = 8) -> bool:
    """Are ``run`` characters of ``value`` in a row readable in ``text`` (digits compared, separators gone)?"""
    digits = _digits(text)
    return any(value[i:i + run] in digits for i in range(len(value) - run + 1))


def _theme(dark: bool) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    return ((235, 235, 235), (28, 30, 34)) if dark else ((20, 20, 20), (255, 255, 255))


def _grid(draw: ImageDraw.ImageDraw, rows: list[list[str]], widths: list[int], x: int, y: int, px: int,
          ink: tuple[int, int, int]) -> None:
    """A bordered table, one text per cell."""
    height = int(px * 1.9)
    for r, row in enumerate(rows):
        left = x
        for text, width in zip(row, widths):
            draw.rectangle((left, y + r * height, left + width, y + (r + 1) * height), outline=ink, width=1)
            draw.text((left + 6, y + r * height + int(px * 0.35)), text, font=font("sans", px, bold=r == 0), fill=ink)
            left += width


@pytest.mark.parametrize(("seed", "px", "dark"), [(1, 16, False), (2, 18, True), (3, 20, False)])
def test_a_core_over_dist_unique_ref_and_check_cells_is_masked(seed: int, px: int, dark: bool) -> None:
    rng = random.Random(seed)
    cores = [make_mpan(rng.randint(10, 23), f"{rng.randint(0, 10**10 - 1):010d}") for _ in range(3)]
    ink, paper = _theme(dark)
    image = Image.new("RGB", (900, 360), paper)
    draw = ImageDraw.Draw(image)
    draw.text((30, 20), "Previous supply (from billing export):", font=font("sans", px), fill=ink)
    rows = [["Dist", "Unique ref", "Chk", "Supply start"]]
    rows += [[c[:2], c[2:12], c[12], f"{rng.randint(1, 28):02d}/0{rng.randint(1, 9)}/2019"] for c in cores]
    _grid(draw, rows, [70, 12 * px, 60, 10 * px], 30, 70, px, ink)
    data = _png(image)
    assert all(_readable_run(c[2:12], _read(data), 10) for c in cores)  # a reader sees each unique reference
    assert scan_image(data)
    after = _read(redact_image(data).data)
    for core in cores:
        assert not _readable_run(core, after), (core, after)
    assert "Supply start" in after and "Unique ref" in after and "2019" in after  # the table stays readable


@pytest.mark.parametrize(("seed", "px", "dark"), [(4, 16, False), (5, 18, True)])
def test_a_top_line_in_the_column_before_its_core_is_masked(seed: int, px: int, dark: bool) -> None:
    rng = random.Random(seed)
    ink, paper = _theme(dark)
    tops = [f"0{rng.randint(1, 8)} {rng.randint(100, 999)} {rng.randint(100, 999)}" for _ in range(4)]
    cores = [make_mpan(rng.randint(10, 23), f"{rng.randint(0, 10**10 - 1):010d}") for _ in range(4)]
    image = Image.new("RGB", (900, 320), paper)
    draw = ImageDraw.Draw(image)
    rows = [["Row", "Top line", "MPAN core", "Status"]]
    rows += [[str(2001 + i), top, core, rng.choice(["OK", "HOLD", "FAIL"])] for i, (top, core) in enumerate(zip(tops, cores))]
    _grid(draw, rows, [80, 9 * px, 11 * px, 90], 30, 30, px, ink)
    data = _png(image)
    after = _read(redact_image(data).data)
    for top, core in zip(tops, cores):
        assert top.replace(" ", "") not in _digits(after) and not _readable_run(core, after), (top, after)
    assert "2001" in after and "Status" in after


@pytest.mark.parametrize(("seed", "px"), [(6, 16), (7, 20)])
def test_a_tooltips_top_line_over_its_core_is_masked(seed: int, px: int) -> None:
    rng = random.Random(seed)
    top = f"0{rng.randint(1, 8)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    core = make_mpan(rng.randint(10, 23), f"{rng.randint(0, 10**10 - 1):010d}")
    image = Image.new("RGB", (700, 240), (250, 250, 250))
    draw = ImageDraw.Draw(image)
    draw.text((30, 20), "Site  SITE-403   Capacity 105 kVA", font=font("sans", px), fill=(20, 20, 20))
    draw.rectangle((200, 60, 560, 60 + 3 * px), fill=(255, 255, 225), outline=(90, 90, 90))
    draw.text((210, 64), f"Top line: {top}", font=font("sans", px - 2), fill=(20, 20, 20))
    draw.text((210, 64 + int(1.4 * px)), f"Core: {core[:2]} {core[2:6]} {core[6:10]} {core[10:]}",
              font=font("sans", px - 2), fill=(20, 20, 20))
    data = _png(image)
    after = _read(redact_image(data).data)
    assert top.replace(" ", "") not in _digits(after) and not _readable_run(core, after), after
    assert "Top line" in after and "SITE-403" in after


@pytest.mark.parametrize(("seed", "px", "dark"), [(8, 14, False), (9, 16, True), (10, 18, False)])
def test_a_serial_made_otherwise_in_a_serials_column_is_masked(seed: int, px: int, dark: bool) -> None:
    """A bilingual bill's meter table: an electricity serial the patterns know over a gas serial in small
    letters ("u16…" and ten digits), under "Mesurydd / Meter"."""
    rng = random.Random(seed)
    ink, paper = _theme(dark)
    known = f"S{rng.randint(10, 29)}M{rng.randint(10000, 99999)}"
    other = f"{rng.choice('uvwx')}{rng.randint(10, 99)}{rng.randint(10**9, 10**10 - 1)}"
    image = Image.new("RGB", (900, 240), paper)
    draw = ImageDraw.Draw(image)
    rows = [["Mesurydd / Meter", "Blaenorol / Previous", "Presennol / Present", "Unedau / Units"],
            [known, f"{rng.randint(10000, 49999):06d} A", f"{rng.randint(50000, 99999):06d} E", str(rng.randint(100, 999))],
            [other, f"{rng.randint(10000, 49999)} E", f"{rng.randint(50000, 99999)} E", str(rng.randint(100, 999))]]
    widths = [13 * px, 13 * px, 13 * px, 10 * px]
    height = int(px * 1.9)
    for r, row in enumerate(rows):  # a bill's table: no borders, only the header ruled off
        left = 30
        for text, width in zip(row, widths):
            draw.text((left, 30 + r * height), text, font=font("sans", px), fill=ink)
            left += width
    draw.line((30, 30 + height - 4, 30 + sum(widths), 30 + height - 4), fill=ink)
    data = _png(image)
    assert other[3:] in _digits(_read(data))
    after = _read(redact_image(data).data)
    assert other[3:11] not in _digits(after) and known[-5:] not in after, after
    assert "Units" in after and "Previous" in after


def _word(text: str, x: int, y: int = 100, width: int | None = None) -> Word:
    return Word(text, (x, y, x + (width or 9 * len(text)), y + 18))


def test_a_row_of_boxed_digits_with_one_box_misread_is_one_number() -> None:
    """OCR reads a 0 in its box's frame as "日": the boxes either side are still one MPAN."""
    digits = make_mpan(17, "4852605747")
    words = [_word("日" if i == 7 else d, 40 + 46 * i, width=20) for i, d in enumerate(digits)]
    found = boxed_digit_findings(words)
    assert [f.kind.value for f in found] == ["MPAN"]
    assert found[0].box[0] <= 40 and found[0].box[2] >= 40 + 46 * 12 + 20
    # letters among single digits are words, not a misread box: no number of three "digits" unread
    sentence = [_word(t, 40 + 46 * i, width=20) for i, t in enumerate("1 2 日 本 語 3 4 5 6 7 8".split())]
    assert not [f for f in boxed_digit_findings(sentence) if f.kind.value in ("MPAN", "MPRN")]


@pytest.mark.parametrize("serial", ["l08m29964", "L21K1234567", "i19pw123456"])
def test_a_serials_maker_letter_read_as_a_one_is_still_a_serial(serial: str) -> None:
    misread = "1" + serial[1:]
    line = f"d0010_20261130.gz:026|1308023002530|{misread}|004512|20261130|"
    assert fold_words(line).text == line.replace(misread, "L" + serial[1:])
    page = build_page([_word(line, 10, width=8 * len(line))], 2000, 400)
    found = [f for f in line_findings(page.lines[0]) if f.kind.value == "MSN"]
    assert found and any(misread in f.text for f in found)
    # a number of that length with no letter in it is no serial
    assert fold_words("ref 108299640 ok").text == "ref 108299640 ok"


def test_a_core_read_with_a_stroke_as_an_extra_one_is_masked() -> None:
    """A progress bar's chunk edge behind "Uploading 1505848662107" reads as "15058486621 107"."""
    core = make_mpan(15, "0584866210")
    misread = core[:11] + "1 " + core[11:]
    page = build_page([_word("Uploading", 10), _word(misread.split()[0], 110), _word(misread.split()[1], 220),
                       _word("64%", 260)], 1000, 300)
    found = [f for f in line_findings(page.lines[0]) if f.kind.value == "MPAN"]
    assert found
    # fourteen digits that no deleted 1 makes a core of are left alone
    other = build_page([_word("Total", 10), _word("22222222222222", 110)], 1000, 300)
    assert not [f for f in line_findings(other.lines[0]) if f.kind.value == "MPAN" and f.detector == "dropped"]


@pytest.mark.parametrize(("seed", "angle"), [(11, 12), (12, -12)])
def test_a_table_turned_a_few_degrees_keeps_its_row_numbers_statuses_and_amounts(seed: int, angle: int) -> None:
    """A reconciliation grid photographed or rotated 12°: its identifiers are masked along their slanted lines,
    not in one block over the table, so the rows' numbers, statuses and balances stay readable."""
    rng = random.Random(seed)
    px = 18
    image = Image.new("RGB", (1100, 520), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    rows = [["Row", "MPAN core", "MPRN", "Status", "Balance"]]
    cores, statuses = [], []
    for i in range(7):
        core = make_mpan(rng.randint(10, 23), f"{rng.randint(0, 10**10 - 1):010d}")
        cores.append(core)
        status = rng.choice(["MATCH", "CHECK", "BREAK"])
        statuses.append(status)
        rows.append([str(1040 + i), core, str(rng.randint(10**9, 10**10 - 1)), status, f"£{rng.randint(100, 999)}.{rng.randint(10, 99)}"])
    _grid(draw, rows, [90, 13 * px, 11 * px, 120, 120], 40, 60, px, (30, 30, 30))
    turned = image.rotate(angle, expand=True, fillcolor=(244, 246, 248), resample=Image.BICUBIC)
    out = redact_image(_png(turned))
    back = Image.open(io.BytesIO(out.data)).convert("RGB").rotate(-angle, expand=True, fillcolor=(244, 246, 248),
                                                                   resample=Image.BICUBIC)
    after = _read(_png(back))
    for core in cores:
        assert not _readable_run(core, after), (core, after)
    rows_kept = sum(str(1040 + i) in after for i in range(7))
    statuses_kept = sum(1 for word in ("MATCH", "CHECK", "BREAK") if word in after and word in statuses)
    assert rows_kept >= 6 and statuses_kept == len(set(statuses)) and "Balance" in after, after
    assert max(m.box[3] - m.box[1] for m in out.masks) < 4 * px  # masks follow lines, no block over the table


def test_a_reading_in_the_next_cell_is_no_part_of_the_mpan_under_its_label() -> None:
    """OCR runs a grid's core and the next cell's reading into one run ("15 8232 3359 832 1511", and a row
    number before it, "1040 2291740029757"): the groups that make a valid core are the MPAN, the rest kept."""
    from attest.redaction.layout import layout_findings

    core = make_mpan(15, "8232335983")
    words = [Word("MPAN", (10, 10, 60, 28), segment=1), Word("Volume", (200, 10, 270, 28), segment=2)]
    x = 10
    for group in (core[:2], core[2:6], core[6:10], core[10:], "1511"):
        words.append(Word(group, (x, 40, x + 10 * len(group), 58), segment=3))
        x += 10 * len(group) + 6
    page = build_page(words, 600, 200)
    found = [f for f in layout_findings(page)[0] if f.kind.value == "MPAN" and f.detector == "label"]
    assert found and all(f.text.replace(" ", "") == core for f in found), found
    assert all(f.box[2] < words[-1].box[0] for f in found)


def test_a_welsh_bills_title_is_no_persons_name() -> None:
    image = Image.new("RGB", (760, 120), "white")
    ImageDraw.Draw(image).text((20, 30), "Bil Trydan a Nwy / Electricity and Gas Bill", font=font("sans", 22),
                                fill=(20, 20, 20))
    out = redact_image(_png(image))
    assert not [m for m in out.masks if m.kind.value == "NAME"], out.masks


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_core_whose_dist_digits_ocr_read_into_the_cell_before_is_masked(seed: int) -> None:
    """A registration grid at 200 %: "DUIS SRV 4.1.1 10 | 6337224089 1": OCR grouped the Dist column's digits
    with the service before them, and the check digit with the unique reference. The run reads from a cell's
    last digits to a cell's first, and its mask covers the digits alone (the service's version stays)."""
    from attest.redaction.mpan_parts import split_core_findings

    rng = random.Random(seed)
    core = make_mpan(rng.randint(10, 23), f"{rng.randint(0, 10**10 - 1):010d}")
    words = [_word("DUIS", 10), _word("SRV", 56), _word("4.1.1", 92), _word(core[:2], 143),
             _word(core[2:12], 260), _word(core[12], 356), _word("INC1813520", 500)]
    page = build_page(words, 1200, 300)
    assert [c.text for c in page.lines[0].cells][:2] == [f"DUIS SRV 4.1.1 {core[:2]}", f"{core[2:12]} {core[12]}"]
    found = list(split_core_findings(page))
    assert [f.text.replace(" ", "") for f in found] == [core]
    assert found[0].box[0] == 143 and found[0].box[2] == 356 + 9  # from the Dist digits to the check digit
    # a version's last group and a row's figures that make no valid core stay
    wrong = str((int(core[12]) + 1) % 10)
    other = build_page(words[:5] + [_word(wrong, 356), words[6]], 1200, 300)
    assert not list(split_core_findings(other))
