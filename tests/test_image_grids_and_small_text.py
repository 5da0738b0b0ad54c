"""Screens drawn by Qt itself (offscreen): grids whose headers are centred over their columns (Qt's
default, and most portals'), rows shaded alternately, the first column a wide one; a spreadsheet
shown whole at 7-8 px; a grid whose only readable header is a lone "MPRN"; and a log set so tight
that detection runs its lines together. Every identifier cell must be masked whole (95 % of its ink),
and the status, reference and time cells kept.

The cells' places come from Qt (``visualItemRect``), and what is masked from the pixels: a cell's ink is
what differs from its own background in the original, and it is masked where the redacted image shows
the mask colour there. Contents come from a seeded generator, so each seed is a different screen.
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pytest
from PIL import Image

from attest.redaction.image import redact_image
from attest.redaction.mpan import make_mpan as _mpan_of


def make_mpan(r: random.Random) -> str:
    return _mpan_of(r.randint(10, 23), "".join(r.choice("0123456789") for _ in range(10)))

FIRST_NAMES = ["Aisha", "Owen", "Kwame", "Niamh", "Callum", "Priya", "Yusuf", "Eleanor", "Tomasz", "Fiona"]
SURNAMES = ["Thornbury", "McAllister", "Okafor", "Lindqvist", "Fairweather", "Raman", "Chaudhry", "Ashworth"]
STREETS = ["Kingsway", "Tan-y-Bryn", "Heol y Parc", "Quarry Bank", "Station Approach", "Abbey Lane", "Mill Wynd"]
STATUSES = ["Accepted", "Rejected", "Queued", "Failed", "Validated", "Pending"]


def _name(r: random.Random) -> str:
    title = r.choice(["", "", "Mr ", "Mrs ", "Ms ", "Dr "])
    return f"{title}{r.choice(FIRST_NAMES)} {r.choice(SURNAMES)}"


def _address(r: random.Random) -> str:
    flat = f"Flat {r.randint(1, 12)}, " if r.random() < 0.3 else ""
    return f"{flat}{r.randint(1, 220)} {r.choice(STREETS)}"


def _serial(r: random.Random) -> str:
    digits = "".join(r.choice("0123456789") for _ in range(11))
    return r.choice([f"{r.choice('EFKS')}{r.randint(10, 99)}{r.choice(['SE', 'KC', 'PA', 'WD'])}{digits[:6]}",
                     f"21{r.choice('Ee')}{digits}", f"E6E {digits[:4]} {digits[4:8]} {digits[8:11]}"])


def _device(r: random.Random) -> str:
    octets = [r.choice(["00", "70", "BC"]), *(f"{r.randint(0, 255):02X}" for _ in range(7))]
    return r.choice(["".join(octets), "-".join(octets), ".".join("".join(octets[i:i + 2]) for i in range(0, 8, 2))])


def _mprn(r: random.Random) -> str:
    return str(r.randint(10 ** (r.randint(6, 10) - 1), 10 ** 10 - 1))[:r.randint(6, 10)]


def _time(r: random.Random) -> str:
    return f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00Z"


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[random.Random], str]
    secret: bool


COLUMNS = {
    "Customer": Column("Customer", _name, True),
    "Address": Column("Address", _address, True),
    "MSN": Column("MSN", _serial, True),
    "ESME GUID": Column("ESME GUID", _device, True),
    "MPRN": Column("MPRN", _mprn, True),
    "Status": Column("Status", lambda r: r.choice(STATUSES), False),
    "Test case": Column("Test case", lambda r: f"SIT-{r.randint(1000, 9999)}", False),
    "Received": Column("Received", _time, False),
}


@dataclass
class Cell:
    box: tuple[int, int, int, int]
    text: str
    secret: bool


def _qt_table(qapp, headers: list[str], rows: list[list[str]], *, font_px: int, dark: bool,  # noqa: ANN001
              grid: bool = False, header_px: int | None = None, width: int = 1100) -> tuple[bytes, list[list[tuple[int, int, int, int]]]]:
    """A QTableWidget window grabbed as PNG bytes, and each cell's box on the image."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(grid)
    colours = ("#1e1f22", "#2b2d31", "#e6e6e6", "#3a3d42") if dark else ("#ffffff", "#eef3fb", "#1a1a1a", "#f0f0f0")
    table.setStyleSheet(
        f"QTableWidget {{ background: {colours[0]}; alternate-background-color: {colours[1]}; color: {colours[2]};"
        f" font-size: {font_px}px; gridline-color: #9a9a9a; }}"
        f" QHeaderView::section {{ background: {colours[3]}; color: {colours[2]}; font-size: {header_px or font_px}px;"
        f" padding: 2px 4px; border: 0; }}")
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            table.setItem(i, j, QTableWidgetItem(value))
    table.resizeColumnsToContents()
    table.resizeRowsToContents()
    table.resize(width, table.horizontalHeader().height() + sum(table.rowHeight(i) for i in range(len(rows))) + 40)
    table.show()
    qapp.processEvents()
    boxes = []
    for i in range(len(rows)):
        line = []
        for j in range(len(headers)):
            rect = table.visualItemRect(table.item(i, j))
            corner = table.viewport().mapTo(table, rect.topLeft())
            line.append((corner.x(), corner.y(), corner.x() + rect.width(), corner.y() + rect.height()))
        boxes.append(line)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    table.grab().save(buffer, "PNG")
    table.close()
    return bytes(buffer.data()), boxes


def _masked_share(before: np.ndarray, after: np.ndarray, box: tuple[int, int, int, int]) -> float | None:
    """The share of the cell's ink (what differs from the cell's own background) that is masked in the
    redacted image: black there (the mask) where it was not before. None for a cell with no ink."""
    x0, y0, x1, y1 = box
    cell = before[y0 + 1:y1 - 1, x0 + 1:x1 - 1].astype(int)
    if cell.size == 0:
        return None
    background = np.median(cell.reshape(-1, 3), axis=0)
    ink = np.abs(cell - background).max(axis=2) > 60
    if not ink.any():
        return None
    out = after[y0 + 1:y1 - 1, x0 + 1:x1 - 1].astype(int)
    masked = (out.max(axis=2) <= 8) & (cell.max(axis=2) > 8) | (np.abs(out - cell).max(axis=2) > 60)
    return float(masked[ink].mean())


def _score(data: bytes, boxes: list[list[tuple[int, int, int, int]]], rows: list[list[str]],
           secret: list[bool]) -> tuple[list[str], list[str]]:
    before = np.asarray(Image.open(io.BytesIO(data)).convert("RGB"))
    after = np.asarray(Image.open(io.BytesIO(redact_image(data).data)).convert("RGB"))
    missed, lost = [], []
    for row, row_boxes in zip(rows, boxes, strict=True):
        for text, box, is_secret in zip(row, row_boxes, secret, strict=True):
            share = _masked_share(before, after, box)
            if share is None:
                continue
            if is_secret and share < 0.95:
                missed.append(f"{text!r} {share:.0%} masked")
            elif not is_secret and share > 0.2:
                lost.append(f"{text!r} {share:.0%} masked")
    return missed, lost


def _centred_grid(qapp, seed: int) -> tuple[list[str], list[str], list[str], int]:  # noqa: ANN001
    """One generated grid: its column names, the identifier cells missed, the other cells masked, and
    how many of those there were."""
    r = random.Random(seed)
    names = r.sample(sorted(COLUMNS), 5)
    if "Customer" in names and seed % 2:
        names.remove("Customer")
        names.insert(0, "Customer")  # a wide first column, its header centred right of its cells' start
    if not any(COLUMNS[n].secret for n in names) or all(COLUMNS[n].secret for n in names):
        names[-1] = "Status" if all(COLUMNS[n].secret for n in names) else "MSN"
    columns = [COLUMNS[n] for n in names]
    rows = [[c.value(r) for c in columns] for _ in range(8)]
    data, boxes = _qt_table(qapp, [c.header for c in columns], rows, font_px=r.choice([12, 13, 15]), dark=seed % 3 == 0)
    missed, lost = _score(data, boxes, rows, [c.secret for c in columns])
    return names, missed, lost, sum(not c.secret for c in columns) * len(rows)


def test_cells_under_centred_headers_are_masked_whole_and_the_rest_kept(qapp) -> None:  # noqa: ANN001
    """Fourteen grids sized to their contents (the columns a few pixels apart, so that OCR runs cells
    together): every identifier cell masked whole, and 95 % of the other cells kept (the issue's
    keep-rate, over the whole set)."""
    missed, lost, kept_cells = [], [], 0
    for seed in range(14):
        names, seed_missed, seed_lost, cells = _centred_grid(qapp, seed)
        missed += [f"seed {seed} {names}: {m}" for m in seed_missed]
        lost += [f"seed {seed} {names}: {m}" for m in seed_lost]
        kept_cells += cells
    assert not missed, missed
    assert len(lost) <= 0.05 * kept_cells, (len(lost), kept_cells, lost)


@pytest.mark.parametrize("seed", range(4))
def test_a_spreadsheet_shown_whole_in_7_px_text_is_masked(qapp, seed: int) -> None:  # noqa: ANN001
    """Text of 7-8 px in a ruled grid (a sheet printed to fit a page, viewed whole): detection at its
    usual scale finds half of it, and the rules join its rows into one blob."""
    r = random.Random(100 + seed)
    mpans = [make_mpan(r) for _ in range(14)]
    rows = [[mpan if i % 3 else " ".join((mpan[:2], mpan[2:6], mpan[6:10], mpan[10:])), _serial(r),
             r.choice(["NR2 3PT", "B22 1LG", "M8 4QH", "SK17 4BY"]), r.choice(STATUSES)] for i, mpan in enumerate(mpans)]
    data, boxes = _qt_table(qapp, ["MPAN", "Meter serial", "Postcode", "Status"], rows, font_px=7 + seed % 2,
                            dark=False, grid=True, width=420)
    missed, _lost = _score(data, boxes, rows, [True, True, True, False])
    assert not missed, missed


def test_a_column_under_a_lone_mprn_header_in_a_smaller_font_is_masked(qapp) -> None:  # noqa: ANN001
    """The grid's only header read is "MPRN" (the next one is cut by the window's edge, and the header font is
    smaller than the cells'): no header of two names is found, yet the numbers under it are MPRNs."""
    r = random.Random(7)
    rows = [[_mprn(r), _device(r)] for _ in range(9)]
    data, boxes = _qt_table(qapp, ["MPRN", "ESME GUID"], rows, font_px=15, header_px=9, dark=False, width=300)
    missed, _lost = _score(data, [[line[0]] for line in boxes], [[row[0]] for row in rows], [True])
    assert not missed, missed


def test_log_lines_set_close_are_read_apart(qapp) -> None:  # noqa: ANN001
    """9 px monospace lines with a pixel or two between them: detection runs pairs of lines into one
    block, which the recogniser read as one line of nonsense. Each line's identifier is masked."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QPlainTextEdit

    r = random.Random(11)
    lines, secrets = [], []
    for i in range(14):
        mpan = make_mpan(r)
        value = f"{mpan[:2]}-{mpan[2:6]}-{mpan[6:10]}-{mpan[10:]}" if i % 2 else mpan
        secrets.append(value)
        lines.append(f"2026-03-{i + 1:02d} 10:{i:02d}:07 INFO [c0ffee{i:02d}-77aa] payload={{\"mpanCore\": \"{value}\"}}")
    edit = QPlainTextEdit("\n".join(lines))
    font = QFont("DejaVu Sans Mono")
    font.setPixelSize(9)
    edit.setFont(font)
    edit.setStyleSheet("QPlainTextEdit { background: #ffffff; color: #1a1a1a; border: 0; }")
    edit.resize(640, 14 * 12 + 20)
    edit.show()
    qapp.processEvents()
    places = []
    for i, line in enumerate(lines):
        block = edit.document().findBlockByNumber(i)
        rect = edit.blockBoundingGeometry(block).translated(edit.contentOffset()).toRect()
        corner = edit.viewport().mapTo(edit, rect.topLeft())
        metrics = edit.fontMetrics()
        start = metrics.horizontalAdvance(line[:line.index(secrets[i])]) + int(edit.document().documentMargin())
        places.append((corner.x() + start, corner.y(), corner.x() + start + metrics.horizontalAdvance(secrets[i]),
                       corner.y() + rect.height()))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    edit.grab().save(buffer, "PNG")
    edit.close()
    data = bytes(buffer.data())
    missed, _lost = _score(data, [[box] for box in places], [[s] for s in secrets], [True])
    assert not missed, missed
