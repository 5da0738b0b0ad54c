"""Screenshots for issue 17 ("expected result found on the screenshot"), each with its step's expected
result and the right answer for ``expected_seen``.

Every case is one screenshot and one expected result, written the way testers write them in SIT/UIT
scripts (MHHS qualification, DCC / SMETS2 install and commissioning, supplier CRM): mostly a quoted
status or message, some unquoted status words in capitals, some values (readings, flows, balances).
Each is labelled:

- ``present``: what the expected result names is visible in the stored (redacted) screenshot: written
  exactly, in another letter case (``ACTIVE`` / ``Active``, a badge in capitals), wrapped over two lines
  or drawn as two separately styled words, in a table cell, in a status badge, in a dialog, in a status
  bar. Right answer: ``true``.
- ``absent``: it is not visible; the screen shows a clean near miss instead: another status
  (``Rejected``/``Pending`` for ``Accepted``), another value (``01234.6`` for ``01234.5``, ``D0011`` for
  ``D0010``, ``£100.00`` for ``£10.00``), or the named word only inside a longer word (``INACTIVE`` for
  ``ACTIVE``, ``unsuccessful`` for ``successful``, ``De-energised`` for ``Energised``: a hyphenated
  compound counts as one word), or the words of a message only far apart on the screen. Right answer:
  ``false``.
- ``masked``: what is named appears on the screen only where redaction masks it: an identifier the
  expected result quotes (``MPAN 1200023305967 is shown``; the import itself turns it into a placeholder
  such as ``[MPAN-1]``, while the field's label, ``MPAN``, stays visible), or a customer name or address
  that survives the import but sits in a name or address field on the screen. Right answer: ``false``.
- ``nothing``: the expected result names nothing that could be visible ("The page loads correctly").
  Right answer: ``null``; kept out of precision and recall.

Rendering: Qt widgets (PySide6, offscreen): a registration / install form (group boxes, read-only
line edits, a status label or badge, a status bar), a message tracker (QTableWidget), and a
QMessageBox over its parent window, light and dark palettes; and Pillow-drawn web portal pages
(browser chrome, header, navigation, cards of label/value rows, alert banners, tables with status
badges). Font size 11-16 px, display scaling 100/125/150 %, about one in three dark, about one in four
saved as a screen-share JPEG (quality 60). Deterministic: incidental values (times, correlation ids,
MPANs, serials, names) and each case's variant come from a seeded generator, and the renderers use
fixed fonts.

Where the named text is drawn is known exactly: each such span is marked ``⟦...⟧`` in the screen's
content, and its pixel box is found by rendering the screen a second time with only that span in
magenta and taking the pixels that changed. The test and the benchmark use these boxes to check the
labels themselves against the stored evidence (a ``masked`` target must be under a black mask, a
``present`` one must not), so a wrong label shows up as a corpus error, not as a miss of the feature.

    python tests/expected_corpus.py --out DIR [--subset] [--seed 17] [--only NAME ...]

writes the images and ``manifest.json`` (one record per case) into DIR.
"""

from __future__ import annotations

import argparse
import html
import io
import json
import os
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from PIL import Image, ImageChops, ImageDraw, ImageFont

SEED = 17
MAGENTA = (255, 0, 255)
MAGENTA_HEX = "#ff00ff"
SPAN = re.compile(r"⟦(?:(\d+)\|)?(.*?)⟧", re.S)

PRESENT, ABSENT, MASKED, NOTHING = "present", "absent", "masked", "nothing"
CATEGORIES = (PRESENT, ABSENT, MASKED, NOTHING)


# --------------------------------------------------------------------------------------------------
# The case records
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Variant:
    font_px: int  # the UI's base font size in logical pixels
    scale: float  # display scaling: 1.0, 1.25 or 1.5
    theme: str  # "light" or "dark"
    jpeg: bool  # a screen-share copy: saved as JPEG quality 60
    family: str  # "DejaVu Sans" or "Liberation Sans"


@dataclass
class Case:
    name: str
    category: str
    how: str  # what kind of present / absent / masked case this is
    renderer: str  # qt_form, qt_table, qt_dialog, web
    action: str
    expected: str  # the expected result as written in the test script (before import)
    named: list[str]  # what the expected result names that could be visible (empty for "nothing")
    screen: dict[str, Any]
    subset: bool = False
    variant: Variant | None = None
    overrides: dict[str, Any] = field(default_factory=dict)

    @property
    def file(self) -> str:
        assert self.variant is not None
        return f"{self.name}.{'jpg' if self.variant.jpeg else 'png'}"


# --------------------------------------------------------------------------------------------------
# Incidental test data (fake, seeded)
# --------------------------------------------------------------------------------------------------

_PRIMES = (3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43)
FIRST = ("Asha", "Dev", "Priya", "Gareth", "Eleanor", "Tom", "Fiona", "Callum", "Megan", "Imran",
         "Siobhan", "Rhys", "Hannah", "Oliver", "Niamh", "Kwame")
LAST = ("Patel", "Rao", "Sharma", "Evans", "Whitfield", "Hughes", "MacLeod", "Fraser", "Jones", "Khan",
        "O'Neill", "Price", "Walsh", "Bennett", "Doherty", "Mensah")
STREETS = ("Mill Lane", "Church Street", "Station Road", "Victoria Terrace", "Park Avenue", "High Street",
           "Orchard Close", "Queen's Road", "Meadow Way", "Bridge Street")
TOWNS = (("Leeds", "LS6"), ("York", "YO10"), ("Cardiff", "CF14"), ("Norwich", "NR2"), ("Preston", "PR1"),
         ("Swindon", "SN3"), ("Derby", "DE22"), ("Exeter", "EX4"), ("Stirling", "FK8"), ("Bangor", "LL57"))


def mpan(rng: random.Random) -> str:
    """A 13-digit MPAN core with a valid check digit (distributor ids 10-23)."""
    body = f"{rng.randint(10, 23)}{rng.randint(0, 10**10 - 1):010d}"
    check = sum(int(d) * p for d, p in zip(body, _PRIMES, strict=True)) % 11 % 10
    return f"{body}{check}"


def meter_serial(rng: random.Random) -> str:
    year = rng.randint(14, 23)
    return rng.choice((f"{year}L{rng.randint(1, 9)}{rng.randint(0, 999999):06d}",
                       f"Z{year}N{rng.randint(100000, 999999)}",
                       f"E{year}UK{rng.randint(10000, 99999)}"))


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def address(rng: random.Random) -> str:
    town, district = rng.choice(TOWNS)
    return (f"{rng.randint(1, 120)} {rng.choice(STREETS)}, {town} "
            f"{district} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXY')}{rng.choice('ABDEFGHJLNPQRSTUWXY')}")


def clock(rng: random.Random) -> str:
    return f"{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def correlation(rng: random.Random) -> str:
    return "-".join(f"{rng.getrandbits(4 * n):0{n}x}" for n in (8, 4, 4, 4, 12))


def device_id(rng: random.Random) -> str:
    return "-".join(f"{rng.getrandbits(8):02X}" for _ in range(8))


# --------------------------------------------------------------------------------------------------
# Spans: ⟦text⟧ marks where a named text (or, on absent cases, its near miss) is drawn
# --------------------------------------------------------------------------------------------------


def number_spans(value: Any, counter: list[int] | None = None) -> Any:
    """Give every unnumbered ⟦span⟧ in a nested spec an index, in walk order (⟦0|..⟧, ⟦1|..⟧ ...)."""
    if counter is None:
        counter = [0]
    if isinstance(value, str):
        def repl(m: re.Match[str]) -> str:
            if m.group(1) is not None:
                return m.group(0)
            counter[0] += 1
            return f"⟦{counter[0] - 1}|{m.group(2)}⟧"
        return SPAN.sub(repl, value)
    if isinstance(value, dict):
        return {k: number_spans(v, counter) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(number_spans(v, counter) for v in value)
    return value


def spans(text: str) -> list[tuple[int | None, str]]:
    """Split a string into (span index or None, segment)."""
    out: list[tuple[int | None, str]] = []
    at = 0
    for m in SPAN.finditer(text):
        if m.start() > at:
            out.append((None, text[at:m.start()]))
        out.append((int(m.group(1)) if m.group(1) is not None else 0, m.group(2)))
        at = m.end()
    if at < len(text):
        out.append((None, text[at:]))
    return out


def plain(text: str) -> str:
    return SPAN.sub(lambda m: m.group(2), text)


def span_texts(value: Any) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}

    def walk(v: Any) -> None:
        if isinstance(v, str):
            for m in SPAN.finditer(v):
                found.setdefault(int(m.group(1)), []).append(m.group(2))
        elif isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list | tuple):
            for x in v:
                walk(x)

    walk(value)
    return found


def norm(text: str) -> str:
    return " ".join(text.replace("\n", " ").split()).casefold()


def phrase_in(phrase: str, text: str) -> bool:
    """Whole-word, case-insensitive, any whitespace: how this corpus decides what a screen shows. A hyphen
    joins words (``De-energised`` does not show ``Energised``)."""
    p = re.escape(norm(phrase)).replace(r"\ ", r"\s+")
    return re.search(rf"(?<![\w\-]){p}(?![\w\-])", norm(text)) is not None


# --------------------------------------------------------------------------------------------------
# Themes
# --------------------------------------------------------------------------------------------------

LIGHT = {
    "window": "#f3f3f3", "panel": "#ffffff", "edit": "#ffffff", "text": "#1f1f1f", "muted": "#5f6368",
    "border": "#b4b4b4", "header": "#e9ecef", "alt": "#f6f8fa", "grid": "#dadce0", "title": "#dfe3e8",
    "menu": "#ececec", "status": "#e4e4e4", "button": "#fdfdfd", "accent": "#0a64c8",
    "ok": "#1e7e34", "bad": "#b02a37", "warn": "#9a5b00", "info": "#0b5cad", "grey": "#5f6368",
    "ok_bg": "#e6f4ea", "bad_bg": "#fce8e6", "warn_bg": "#fef7e0", "info_bg": "#e8f0fe",
    "brand": "#12355b", "nav": "#f1f3f4", "nav_sel": "#d2e3fc", "chrome": "#dee1e6", "tab": "#ffffff",
}
DARK = {
    "window": "#2b2b2b", "panel": "#323232", "edit": "#262626", "text": "#e6e6e6", "muted": "#a0a4a8",
    "border": "#5a5a5a", "header": "#3a3d41", "alt": "#2f3134", "grid": "#4a4d52", "title": "#26292d",
    "menu": "#303030", "status": "#333333", "button": "#3c3f41", "accent": "#3d8bfd",
    "ok": "#4cc26a", "bad": "#f07178", "warn": "#e0a030", "info": "#6ab0ff", "grey": "#a0a4a8",
    "ok_bg": "#1f3a27", "bad_bg": "#47262a", "warn_bg": "#463a1c", "info_bg": "#1d3350",
    "brand": "#0d2238", "nav": "#2a2c30", "nav_sel": "#2f4b73", "chrome": "#35363a", "tab": "#2b2b2b",
}
BADGE_SOLID = {"ok": "#1e7e34", "bad": "#b02a37", "warn": "#b76e00", "info": "#0b5cad", "grey": "#6c757d"}


def theme(v: Variant) -> dict[str, str]:
    return DARK if v.theme == "dark" else LIGHT


def rgb(hex_colour: str) -> tuple[int, int, int]:
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


STATUS_TONE = {
    "accepted": "ok", "delivered": "ok", "acknowledged": "ok", "completed": "ok", "commissioned": "ok",
    "active": "ok", "processed": "ok", "booked": "ok", "live": "ok", "online": "ok", "settled": "ok",
    "validated": "ok", "energised": "ok", "success": "ok", "applied": "ok",
    "rejected": "bad", "failed": "bad", "inactive": "bad", "cancelled": "bad", "offline": "bad",
    "disconnected": "bad", "de-energised": "bad", "error": "bad",
    "pending": "warn", "queued": "warn", "awaiting response": "warn", "processing": "warn",
    "in progress": "warn", "retrying": "warn", "sent": "info", "received": "info",
}


def tone(text: str) -> str:
    return STATUS_TONE.get(norm(plain(text)), "grey")


# --------------------------------------------------------------------------------------------------
# Fonts (Pillow)
# --------------------------------------------------------------------------------------------------

_FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation2",
              "/usr/share/fonts/truetype/liberation", "/usr/share/fonts/TTF", "/Library/Fonts",
              "C:/Windows/Fonts")
_FONT_NAMES = {
    ("DejaVu Sans", False): "DejaVuSans.ttf", ("DejaVu Sans", True): "DejaVuSans-Bold.ttf",
    ("Liberation Sans", False): "LiberationSans-Regular.ttf", ("Liberation Sans", True): "LiberationSans-Bold.ttf",
}
_FONT_CACHE: dict[tuple[str, bool, int], ImageFont.FreeTypeFont] = {}


def pil_font(family: str, px: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    key = (family, bold, px)
    if key not in _FONT_CACHE:
        name = _FONT_NAMES[(family, bold)]
        for folder in _FONT_DIRS:
            if (Path(folder) / name).exists():
                _FONT_CACHE[key] = ImageFont.truetype(str(Path(folder) / name), px)
                break
        else:  # pragma: no cover - a machine without DejaVu or Liberation
            _FONT_CACHE[key] = ImageFont.load_default(px)  # type: ignore[assignment]
    return _FONT_CACHE[key]


# --------------------------------------------------------------------------------------------------
# Window chrome drawn around Qt renders (the offscreen platform draws no title bar)
# --------------------------------------------------------------------------------------------------


def with_title_bar(body: Image.Image, title: str, v: Variant, texts: list[str], dialog: bool = False) -> Image.Image:
    t = theme(v)
    s = v.scale
    bar = round(30 * s)
    out = Image.new("RGB", (body.width + 2, body.height + bar + 1), rgb(t["border"]))
    d = ImageDraw.Draw(out)
    d.rectangle((1, 1, out.width - 2, bar), fill=rgb(t["title"]))
    x = round(10 * s)
    if not dialog:  # the application's icon
        d.rounded_rectangle((x, round(8 * s), x + round(14 * s), round(22 * s)), radius=round(3 * s),
                            fill=rgb(t["accent"]))
        x += round(22 * s)
    f = pil_font(v.family, round(12 * s))
    d.text((x, bar // 2 + 1), title, font=f, fill=rgb(t["text"]), anchor="lm")
    texts.append(title)
    # minimise, maximise, close
    cy = bar // 2 + 1
    for i, glyph in enumerate(("min", "max", "close") if not dialog else ("close",)):
        cx = out.width - round((18 + 42 * (2 - i if not dialog else 0)) * s) - round(6 * s)
        r = round(5 * s)
        colour = rgb(t["text"])
        if glyph == "min":
            d.line((cx - r, cy, cx + r, cy), fill=colour, width=max(1, round(s)))
        elif glyph == "max":
            d.rectangle((cx - r, cy - r, cx + r, cy + r), outline=colour, width=max(1, round(s)))
        else:
            d.line((cx - r, cy - r, cx + r, cy + r), fill=colour, width=max(1, round(s)))
            d.line((cx - r, cy + r, cx + r, cy - r), fill=colour, width=max(1, round(s)))
    out.paste(body, (1, bar + 1))
    return out


# --------------------------------------------------------------------------------------------------
# Qt renderers
# --------------------------------------------------------------------------------------------------

_APP = None


def qt_app():  # noqa: ANN201
    global _APP
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        from PySide6.QtCore import qInstallMessageHandler

        def quiet(kind, context, message) -> None:  # noqa: ANN001 - the offscreen platform's size-hint notice
            if "propagateSizeHints" not in message:
                sys.stderr.write(message + "\n")

        qInstallMessageHandler(quiet)
        app = QApplication(["expected-corpus"])
        app.setStyle("Fusion")
    _APP = app
    return app


def _qss(v: Variant) -> str:
    t = theme(v)
    px = v.font_px
    return f"""
    QWidget {{ background: {t['window']}; color: {t['text']}; font-family: "{v.family}"; font-size: {px}px; }}
    QMenuBar {{ background: {t['menu']}; border-bottom: 1px solid {t['border']}; }}
    QMenuBar::item {{ padding: 3px 9px; background: transparent; }}
    QGroupBox {{ border: 1px solid {t['border']}; border-radius: 4px; margin-top: {px}px; padding: 10px 8px 6px 8px;
                 font-weight: bold; }}
    QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; }}
    QGroupBox QLabel, QGroupBox QLineEdit {{ font-weight: normal; }}
    QLineEdit {{ background: {t['edit']}; border: 1px solid {t['border']}; border-radius: 2px; padding: 3px 5px; }}
    QLabel#field {{ background: {t['edit']}; border: 1px solid {t['border']}; border-radius: 2px; padding: 3px 5px; }}
    QComboBox {{ background: {t['edit']}; border: 1px solid {t['border']}; border-radius: 2px; padding: 3px 6px;
                 min-width: 70px; }}
    QPushButton {{ background: {t['button']}; border: 1px solid {t['border']}; border-radius: 3px; padding: 5px 16px; }}
    QPushButton#primary {{ background: {t['accent']}; color: #ffffff; border-color: {t['accent']}; }}
    QStatusBar {{ background: {t['status']}; border-top: 1px solid {t['border']}; }}
    QStatusBar QLabel {{ background: transparent; padding: 2px 6px; }}
    QTableWidget {{ background: {t['panel']}; alternate-background-color: {t['alt']}; gridline-color: {t['grid']};
                    border: 1px solid {t['border']}; }}
    QHeaderView::section {{ background: {t['header']}; color: {t['text']}; padding: 5px 6px; border: 0;
                            border-right: 1px solid {t['grid']}; border-bottom: 1px solid {t['border']};
                            font-weight: bold; }}
    QLabel#title {{ font-size: {px + 6}px; font-weight: bold; }}
    QLabel#env {{ background: {t['info_bg']}; color: {t['info']}; border-radius: 8px; padding: 2px 10px; }}
    QLabel#muted {{ color: {t['muted']}; }}
    QMessageBox QLabel {{ background: transparent; }}
    """


def _rich(text: str, mark: int | None, colour: str | None = None) -> str:
    parts = []
    for k, seg in spans(text):
        escaped = html.escape(seg).replace("\n", "<br>")
        if k is not None and k == mark:
            parts.append(f'<span style="color:{MAGENTA_HEX}">{escaped}</span>')
        else:
            parts.append(escaped)
    body = "".join(parts)
    if colour:
        body = f'<span style="color:{colour}">{body}</span>'
    return body


def _marked(text: str, mark: int | None) -> bool:
    return mark is not None and any(k == mark for k, _ in spans(text))


def _render(widget, scale: float) -> Image.Image:  # noqa: ANN001
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    size = widget.size()
    img = QImage(round(size.width() * scale), round(size.height() * scale), QImage.Format.Format_RGB32)
    img.setDevicePixelRatio(scale)
    img.fill(QColor("#808080"))
    widget.render(img)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")


def _show(widget, width: int, height: int | None = None) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    app = qt_app()
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    widget.resize(width, height or 200)
    widget.show()
    app.processEvents()
    if height is None:
        widget.resize(width, widget.sizeHint().height())
        app.processEvents()


def _badge(text: str, v: Variant, mark: int | None):  # noqa: ANN202
    from PySide6.QtWidgets import QLabel

    colour = BADGE_SOLID[tone(text)]
    label = QLabel(_rich(text, mark))
    label.setStyleSheet(f"background: {colour}; color: #ffffff; border-radius: {v.font_px // 2 + 2}px; "
                        f"padding: 2px 10px; font-weight: bold;")
    return label


def _value_widget(kind: str, value: str, v: Variant, mark: int | None, texts: list[str]):  # noqa: ANN202
    from PySide6.QtWidgets import QLabel, QLineEdit

    texts.append(plain(value))
    t = theme(v)
    if kind == "edit" and len(spans(value)) > 1:  # a span in part of the value: a read-only field drawn as text
        label = QLabel(_rich(value, mark))
        label.setObjectName("field")
        return label
    if kind == "edit":
        edit = QLineEdit(plain(value))
        edit.setReadOnly(True)
        edit.setCursorPosition(0)
        if _marked(value, mark):
            edit.setStyleSheet(f"color: {MAGENTA_HEX};")
        return edit
    if kind == "badge":
        return _badge(value, v, mark)
    if kind == "status":  # a coloured status word, as forms show them
        label = QLabel(_rich(value, mark, t[tone(value)]))
        label.setStyleSheet("font-weight: bold;")
        return label
    label = QLabel(_rich(value, mark))
    if kind == "note":
        label.setWordWrap(True)
    return label


def _main_window(spec: dict[str, Any], v: Variant, mark: int | None, texts: list[str]):  # noqa: ANN202
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

    qt_app()
    win = QMainWindow()
    win.setStyleSheet(_qss(v))
    for menu in spec.get("menus", ("File", "Edit", "View", "Tools", "Help")):
        win.menuBar().addMenu(menu)
        texts.append(menu)
    central = QWidget()
    lay = QVBoxLayout(central)
    lay.setContentsMargins(14, 10, 14, 12)
    lay.setSpacing(10)
    head = QHBoxLayout()
    title = QLabel(_rich(spec["heading"], mark))
    title.setObjectName("title")
    texts.append(plain(spec["heading"]))
    head.addWidget(title)
    head.addStretch(1)
    if spec.get("env"):
        env = QLabel(spec["env"])
        env.setObjectName("env")
        texts.append(spec["env"])
        head.addWidget(env)
    lay.addLayout(head)
    if spec.get("subheading"):
        sub = QLabel(_rich(spec["subheading"], mark))
        sub.setObjectName("muted")
        texts.append(plain(spec["subheading"]))
        lay.addWidget(sub)
    win.statusBar().setSizeGripEnabled(False)
    if spec.get("status_bar"):
        status = QLabel(_rich(spec["status_bar"], mark))
        texts.append(plain(spec["status_bar"]))
        win.statusBar().addWidget(status, 1)
    if spec.get("status_right"):
        right = QLabel(spec["status_right"])
        texts.append(spec["status_right"])
        win.statusBar().addPermanentWidget(right)
    win.setCentralWidget(central)
    return win, lay


def _buttons(lay, names: list[str], texts: list[str]) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QHBoxLayout, QPushButton

    row = QHBoxLayout()
    row.addStretch(1)
    for i, name in enumerate(names):
        button = QPushButton(name)
        if i == 0:
            button.setObjectName("primary")
        row.addWidget(button)
        texts.append(name)
    lay.addLayout(row)


def render_qt_form(spec: dict[str, Any], v: Variant, mark: int | None, texts: list[str]) -> Image.Image:
    from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QWidget

    win, lay = _main_window(spec, v, mark, texts)
    columns = QHBoxLayout()
    columns.setSpacing(12)
    for column in spec["columns"]:
        holder = QWidget()
        from PySide6.QtWidgets import QVBoxLayout

        col = QVBoxLayout(holder)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(10)
        for group in column:
            box = QGroupBox(group["title"])
            texts.append(group["title"])
            form = QFormLayout(box)
            form.setHorizontalSpacing(14)
            form.setVerticalSpacing(7)
            for row in group["rows"]:
                label_text, value, kind = row
                label = QLabel(label_text + ":")
                texts.append(label_text + ":")
                widget = _value_widget(kind, value, v, mark, texts)
                if kind == "badge":  # a badge keeps its own width
                    holder_row = QWidget()
                    hl = QHBoxLayout(holder_row)
                    hl.setContentsMargins(0, 0, 0, 0)
                    hl.addWidget(widget)
                    hl.addStretch(1)
                    widget = holder_row
                form.addRow(label, widget)
            col.addWidget(box)
        col.addStretch(1)
        columns.addWidget(holder, 1)
    lay.addLayout(columns)
    if spec.get("buttons"):
        _buttons(lay, spec["buttons"], texts)
    _show(win, spec.get("width", 900))
    image = _render(win, v.scale)
    win.close()
    win.deleteLater()
    return with_title_bar(image, spec["window"], v, texts)


def render_qt_table(spec: dict[str, Any], v: Variant, mark: int | None, texts: list[str]) -> Image.Image:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, \
        QTableWidget, QTableWidgetItem

    t = theme(v)
    win, lay = _main_window(spec, v, mark, texts)
    filters = QHBoxLayout()
    for label_text, choice in spec.get("filters", ()):
        label = QLabel(label_text)
        texts.append(label_text)
        combo = QComboBox()
        combo.addItem(choice)
        texts.append(choice)
        filters.addWidget(label)
        filters.addWidget(combo)
    search = QLineEdit()
    search.setPlaceholderText(spec.get("search", "Search"))
    texts.append(spec.get("search", "Search"))
    filters.addWidget(search, 1)
    refresh = QPushButton("Refresh")
    texts.append("Refresh")
    filters.addWidget(refresh)
    lay.addLayout(filters)

    headers, rows, widths = spec["headers"], spec["rows"], spec["widths"]
    status_col = spec.get("status_col")
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    texts.extend(headers)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.horizontalHeader().setHighlightSections(False)
    table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(plain(value))
            texts.append(plain(value))
            if c == status_col:
                item.setForeground(QColor(t[tone(value)]))
            if _marked(value, mark):
                assert len(spans(value)) == 1, "a table cell's span must be the whole cell"
                item.setForeground(QColor(MAGENTA_HEX))
            table.setItem(r, c, item)
    for c, w in enumerate(widths):
        table.setColumnWidth(c, w)
    table.setFixedWidth(sum(widths) + 4)
    lay.addWidget(table)
    if spec.get("footer"):
        footer = QLabel(_rich(spec["footer"], mark))
        footer.setObjectName("muted")
        texts.append(plain(spec["footer"]))
        lay.addWidget(footer)
    width = max(sum(widths) + 34, 780)
    _show(win, width)
    # rows and header are measured once the style sheet has been applied
    table.resizeRowsToContents()
    table.setFixedHeight(table.horizontalHeader().height() + sum(table.rowHeight(r) for r in range(len(rows))) + 4)
    qt_app().processEvents()
    win.resize(width, win.sizeHint().height())
    qt_app().processEvents()
    image = _render(win, v.scale)
    win.close()
    win.deleteLater()
    return with_title_bar(image, spec["window"], v, texts)


def render_qt_dialog(spec: dict[str, Any], v: Variant, mark: int | None, texts: list[str]) -> Image.Image:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    parent = render_qt_form(spec["behind"], v, mark, texts)
    icon = {"information": QMessageBox.Icon.Information, "warning": QMessageBox.Icon.Warning,
            "critical": QMessageBox.Icon.Critical, "question": QMessageBox.Icon.Question}[spec["icon"]]
    box = QMessageBox()
    box.setStyleSheet(_qss(v))
    box.setIcon(icon)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(_rich(spec["text"], mark))
    texts.append(plain(spec["text"]))
    if spec.get("info"):
        box.setInformativeText(_rich(spec["info"], mark))
        texts.append(plain(spec["info"]))
    buttons = QMessageBox.StandardButton.NoButton
    for name in spec.get("buttons", ("Ok",)):
        buttons |= getattr(QMessageBox.StandardButton, name)
        texts.append({"Ok": "OK"}.get(name, name))
    box.setStandardButtons(buttons)
    _show(box, 10)
    box.adjustSize()
    qt_app().processEvents()
    dialog = with_title_bar(_render(box, v.scale), spec["title"], v, texts, dialog=True)
    box.close()
    box.deleteLater()
    # the dialog centred over its window, with a soft shadow
    out = parent.copy()
    fx, fy = spec.get("at", (0.5, 0.5))  # where in the window: 0.5, 0.5 is centred
    x = round((out.width - dialog.width) * fx)
    y = max(round(60 * v.scale), round((out.height - dialog.height) * fy) - round(20 * v.scale))
    shadow = Image.new("L", out.size, 0)
    sd = ImageDraw.Draw(shadow)
    for i in range(8, 0, -1):
        sd.rectangle((x - i + 4, y - i + 6, x + dialog.width + i + 4, y + dialog.height + i + 6), fill=12 * (9 - i))
    out.paste(Image.new("RGB", out.size, (0, 0, 0)), (0, 0), shadow)
    out.paste(dialog, (x, y))
    return out


# --------------------------------------------------------------------------------------------------
# Pillow web portal renderer
# --------------------------------------------------------------------------------------------------


class Page:
    def __init__(self, v: Variant, mark: int | None, texts: list[str], width: int, height: int) -> None:
        self.v, self.s, self.mark, self.texts = v, v.scale, mark, texts
        self.t = theme(v)
        self.img = Image.new("RGB", (round(width * self.s), round(height * self.s)), rgb(self.t["window"]))
        self.d = ImageDraw.Draw(self.img)

    def px(self, n: float) -> int:
        return round(n * self.s)

    def font(self, size: float | None = None, bold: bool = False) -> ImageFont.FreeTypeFont:
        return pil_font(self.v.family, self.px(size or self.v.font_px), bold)

    def width(self, text: str, size: float | None = None, bold: bool = False) -> float:
        f = self.font(size, bold)
        return max(f.getlength(plain(line)) for line in text.split("\n")) / self.s

    def text(self, x: float, y: float, text: str, colour: str, size: float | None = None, bold: bool = False,
             record: bool = True, line_gap: float = 1.45) -> float:
        """Draw (possibly multi-line) text with its top-left at logical (x, y); returns its height."""
        size = size or self.v.font_px
        f = self.font(size, bold)
        if record:
            self.texts.append(plain(text))
        ascent = f.getmetrics()[0]
        # spans may cross line breaks: split segments by line
        line_y = self.px(y) + ascent
        cx = self.px(x)
        lines = 1
        for k, seg in spans(text):
            pieces = seg.split("\n")
            for i, piece in enumerate(pieces):
                if i > 0:
                    line_y += self.px(size * line_gap)
                    cx = self.px(x)
                    lines += 1
                fill = MAGENTA if (k is not None and k == self.mark) else rgb(colour)
                if piece:
                    self.d.text((cx, line_y), piece, font=f, fill=fill, anchor="ls")
                    cx += round(f.getlength(piece))
        return size * line_gap * lines

    def badge(self, x: float, y: float, text: str, size: float | None = None) -> tuple[float, float]:
        size = size or self.v.font_px - 1
        colour = BADGE_SOLID[tone(text)]
        w = self.width(text, size, True) + 16
        h = size + 9
        self.d.rounded_rectangle((self.px(x), self.px(y), self.px(x + w), self.px(y + h)), radius=self.px(h / 2),
                                 fill=rgb(colour))
        self.text(x + 8, y + 4, text, "#ffffff", size, True)
        return w, h


def render_web(spec: dict[str, Any], v: Variant, mark: int | None, texts: list[str]) -> Image.Image:
    """A web page drawn on a tall canvas, then cut to its content (at least 640 logical pixels high)."""
    image, bottom = _web(spec, v, mark, texts, spec.get("width", 1180), 2400)
    return image.crop((0, 0, image.width, round(max(640, bottom + 24) * v.scale)))


def _web(spec: dict[str, Any], v: Variant, mark: int | None, texts: list[str], width: int,
         height: int) -> tuple[Image.Image, float]:
    p = Page(v, mark, texts, width, height)
    t = p.t
    fs = v.font_px
    d = p.d
    # browser chrome: tab strip and address bar
    d.rectangle((0, 0, p.img.width, p.px(76)), fill=rgb(t["chrome"]))
    d.rounded_rectangle((p.px(8), p.px(6), p.px(260), p.px(40)), radius=p.px(7), fill=rgb(t["tab"]))
    p.text(20, 15, spec["tab"], t["text"], 12)
    d.rectangle((0, p.px(36), p.img.width, p.px(76)), fill=rgb(t["tab"]))
    lw = max(1, p.px(1.6))
    for i in range(2):  # back and forward arrows
        cx, cy = p.px(22 + 28 * i), p.px(56)
        sgn = -1 if i == 0 else 1
        d.line((cx - p.px(7), cy, cx + p.px(7), cy), fill=rgb(t["muted"]), width=lw)
        d.line((cx + sgn * p.px(7), cy, cx + sgn * p.px(2), cy - p.px(5)), fill=rgb(t["muted"]), width=lw)
        d.line((cx + sgn * p.px(7), cy, cx + sgn * p.px(2), cy + p.px(5)), fill=rgb(t["muted"]), width=lw)
    cx, cy = p.px(78), p.px(56)  # reload
    d.arc((cx - p.px(7), cy - p.px(7), cx + p.px(7), cy + p.px(7)), 40, 330, fill=rgb(t["muted"]), width=lw)
    d.polygon(((cx + p.px(7), cy - p.px(8)), (cx + p.px(7), cy - p.px(1)), (cx + p.px(1), cy - p.px(2))),
              fill=rgb(t["muted"]))
    d.rounded_rectangle((p.px(100), p.px(43), p.px(width - 60), p.px(69)), radius=p.px(13), fill=rgb(t["chrome"]))
    p.text(118, 49, spec["url"], t["muted"], 13)
    # the site's header
    top = 76
    d.rectangle((0, p.px(top), p.img.width, p.px(top + 52)), fill=rgb(t["brand"]))
    p.text(22, top + 15, spec["brand"], "#ffffff", 17, True)
    if spec.get("env"):
        ew = p.width(spec["env"], 12, True) + 18
        x = width - 120 - ew
        d.rounded_rectangle((p.px(x), p.px(top + 15), p.px(x + ew), p.px(top + 37)), radius=p.px(11),
                            fill=rgb("#f0b429"))
        p.text(x + 9, top + 18, spec["env"], "#1f1f1f", 12, True)
    d.ellipse((p.px(width - 58), p.px(top + 10), p.px(width - 26), p.px(top + 42)), fill=rgb("#4a6fa5"))
    p.text(width - 51, top + 18, spec.get("initials", "TU"), "#ffffff", 13, True)
    # navigation
    nav_w = 210
    body_top = top + 52
    d.rectangle((0, p.px(body_top), p.px(nav_w), p.img.height), fill=rgb(t["nav"]))
    y = body_top + 16
    for item in spec["nav"]:
        if item == spec.get("nav_selected"):
            d.rectangle((0, p.px(y - 6), p.px(nav_w), p.px(y + fs + 10)), fill=rgb(t["nav_sel"]))
            d.rectangle((0, p.px(y - 6), p.px(4), p.px(y + fs + 10)), fill=rgb(t["accent"]))
        p.text(22, y, item, t["text"], fs, item == spec.get("nav_selected"))
        y += fs + 22
    # content
    x0 = nav_w + 28
    x1 = width - 28
    y = body_top + 18
    if spec.get("breadcrumbs"):
        y += p.text(x0, y, spec["breadcrumbs"], t["muted"], fs - 1) + 2
    y += p.text(x0, y, spec["title"], t["text"], fs + 9, True) + 8
    for section in spec["sections"]:
        kind = section["kind"]
        if kind == "alert":
            toneed = section["tone"]
            lines = section["text"].count("\n") + 1
            h = 24 + lines * fs * 1.45
            d.rounded_rectangle((p.px(x0), p.px(y), p.px(x1), p.px(y + h)), radius=p.px(6),
                                fill=rgb(t[f"{toneed}_bg"]), outline=rgb(t[toneed]))
            d.rectangle((p.px(x0), p.px(y), p.px(x0 + 5), p.px(y + h)), fill=rgb(t[toneed]))
            cx, cy = x0 + 26, y + 12 + fs * 0.7
            d.ellipse((p.px(cx - 9), p.px(cy - 9), p.px(cx + 9), p.px(cy + 9)), fill=rgb(t[toneed]))
            if toneed == "ok":  # a tick
                d.line((p.px(cx - 5), p.px(cy), p.px(cx - 1), p.px(cy + 4), p.px(cx + 5), p.px(cy - 4)),
                       fill=(255, 255, 255), width=max(2, p.px(2)))
            else:
                gf = pil_font(v.family, p.px(12), True)
                d.text((p.px(cx), p.px(cy)), "i" if toneed == "info" else "!", font=gf, fill=(255, 255, 255),
                       anchor="mm")
            tx = x0 + 46
            if section.get("parts"):  # separately styled words on one line
                for text, bold, gap in section["parts"]:
                    p.text(tx, y + 12, text, t["text"], fs, bold)
                    tx += p.width(text, fs, bold) + gap
            else:
                p.text(tx, y + 12, section["text"], t["text"], fs, section.get("bold", False))
            y += h + 18
        elif kind == "card":
            rows = section["rows"]
            row_h = fs + 18
            h = 48 + row_h * len(rows)
            d.rounded_rectangle((p.px(x0), p.px(y), p.px(x1), p.px(y + h)), radius=p.px(6),
                                fill=rgb(t["panel"]), outline=rgb(t["grid"]))
            p.text(x0 + 18, y + 14, section["title"], t["text"], fs + 2, True)
            ry = y + 44
            label_w = section.get("label_w", 220)
            for label, value, kind_v in rows:
                d.line((p.px(x0 + 18), p.px(ry - 4), p.px(x1 - 18), p.px(ry - 4)), fill=rgb(t["grid"]))
                p.text(x0 + 18, ry + 4, label, t["muted"], fs)
                if kind_v == "badge":
                    p.badge(x0 + 18 + label_w, ry + 1, value)
                elif kind_v == "status":
                    p.text(x0 + 18 + label_w, ry + 4, value, t[tone(value)], fs, True)
                else:
                    p.text(x0 + 18 + label_w, ry + 4, value, t["text"], fs)
                ry += row_h
            y += h + 18
        elif kind == "table":
            headers, rows, widths = section["headers"], section["rows"], section["widths"]
            badge_col = section.get("badge_col")
            if section.get("title"):
                y += p.text(x0, y, section["title"], t["text"], fs + 2, True) + 6
            lines_per_row = [max(c.count("\n") + 1 for c in row) for row in rows]
            head_h = fs + 18
            total = head_h + sum(fs * 1.45 * n + 14 for n in lines_per_row)
            d.rectangle((p.px(x0), p.px(y), p.px(x0 + sum(widths)), p.px(y + total)), fill=rgb(t["panel"]),
                        outline=rgb(t["grid"]))
            d.rectangle((p.px(x0), p.px(y), p.px(x0 + sum(widths)), p.px(y + head_h)), fill=rgb(t["header"]))
            cx = x0
            for htext, w in zip(headers, widths, strict=True):
                p.text(cx + 10, y + 8, htext, t["text"], fs, True)
                cx += w
            ry = y + head_h
            for i, (row, n) in enumerate(zip(rows, lines_per_row, strict=True)):
                rh = fs * 1.45 * n + 14
                if i % 2:
                    d.rectangle((p.px(x0 + 1), p.px(ry), p.px(x0 + sum(widths) - 1), p.px(ry + rh)), fill=rgb(t["alt"]))
                d.line((p.px(x0), p.px(ry), p.px(x0 + sum(widths)), p.px(ry)), fill=rgb(t["grid"]))
                cx = x0
                for c, (value, w) in enumerate(zip(row, widths, strict=True)):
                    if c == badge_col:
                        p.badge(cx + 10, ry + 5, value)
                    else:
                        p.text(cx + 10, ry + 7, value, t["text"], fs)
                    cx += w
                ry += rh
            y += total + 18
        elif kind == "para":
            y += p.text(x0, y, section["text"], t["muted"], fs) + 12
        elif kind == "buttons":
            bx = x0
            for i, name in enumerate(section["names"]):
                w = p.width(name, fs, True) + 32
                fill = rgb(t["accent"]) if i == 0 else rgb(t["button"])
                d.rounded_rectangle((p.px(bx), p.px(y), p.px(bx + w), p.px(y + fs + 18)), radius=p.px(4), fill=fill,
                                    outline=rgb(t["accent"]) if i == 0 else rgb(t["border"]))
                p.text(bx + 16, y + 8, name, "#ffffff" if i == 0 else t["text"], fs, True)
                bx += w + 12
            y += fs + 36
    footer = spec.get("footer", "© Northwind Energy Ltd · Customer Hub v4.18.2 · Privacy · Accessibility")
    y += 10
    d.line((p.px(x0), p.px(y), p.px(x1), p.px(y)), fill=rgb(t["grid"]))
    p.text(x0, y + 10, footer, t["muted"], fs - 2)
    return p.img, y + 10 + fs * 2


RENDERERS = {"qt_form": render_qt_form, "qt_table": render_qt_table, "qt_dialog": render_qt_dialog,
             "web": render_web}


# --------------------------------------------------------------------------------------------------
# Screen builders: the incidental content of each kind of screen, with the case's parts put in
# --------------------------------------------------------------------------------------------------


def registration_form(rng: random.Random, *, status: str = "Accepted", status_kind: str = "status",
                      status_bar: str | None = None, extra: list | None = None, name: str | None = None,
                      addr: str | None = None, the_mpan: str | None = None, serial: str | None = None,
                      energisation: str = "Energised", ssc: str = "0393", note: str | None = None,
                      heading: str = "Metering point 1 of 1") -> dict[str, Any]:
    the_mpan = the_mpan or mpan(rng)
    point = {"title": "Metering point", "rows": [
        ("MPAN", the_mpan, "edit"),
        ("Meter serial", serial or meter_serial(rng), "edit"),
        ("Customer name", name or person(rng), "edit"),
        ("Supply address", addr or address(rng), "edit"),
    ]}
    reg = {"title": "Registration", "rows": [
        ("Registration status", status, status_kind),
        ("Effective from", f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026", "label"),
        ("Supplier MPID", rng.choice(("NWEL", "SUPA", "BRTE", "OVOE")), "label"),
        ("Energisation status", energisation, "status"),
        ("SSC", ssc, "label"),
        ("Connection type", rng.choice(("Whole current", "LV current transformer")), "label"),
        *(extra or []),
    ]}
    groups: list[dict[str, Any]] = [reg]
    if note:
        groups.append({"title": "Last response", "rows": [("Message", note, "note")]})
    env = f"SIT-{rng.choice('ABC')}"
    return {
        "window": f"Registration Service Client – {env}",
        "heading": heading, "env": env,
        "subheading": f"Request {rng.randint(40000, 49999)} · last refreshed {clock(rng)}",
        "columns": [[point], groups],
        "buttons": ["Submit", "Refresh", "Close"],
        "status_bar": status_bar or f"Connected to registration service · {clock(rng)}",
        "status_right": "Tester: test.user",
        "width": 980,
    }


def install_form(rng: random.Random, *, install: str = "Commissioned", install_kind: str = "badge",
                 mode: str = "Credit", reading: str | None = None, balance: str | None = None,
                 firmware: str = "4.2.1", status_bar: str | None = None, device: str | None = None,
                 name: str | None = None, serial: str | None = None, serial_label: str = "Meter serial",
                 addr: str | None = None) -> dict[str, Any]:
    site = {"title": "Site", "rows": [
        ("Customer name", name or person(rng), "edit"),
        ("Supply address", addr or address(rng), "edit"),
        ("MPAN", mpan(rng), "edit"),
    ]}
    dev = {"title": "Device", "rows": [
        ("Device type", "ESME", "label"),
        ("Device ID", device or device_id(rng), "edit"),
        (serial_label, serial or meter_serial(rng), "edit"),
        ("Firmware version", firmware, "label"),
    ]}
    state = {"title": "Install and commission", "rows": [
        ("Install status", install, install_kind),
        ("Meter mode", mode, "label"),
        ("Import register (R1)", reading or f"{rng.randint(1000, 60000):05d}.{rng.randint(0, 9)} kWh", "label"),
        ("Credit balance", balance or f"£{rng.randint(0, 60)}.{rng.randint(0, 99):02d}", "label"),
        ("Job reference", f"JOB-{rng.randint(200000, 299999)}", "label"),
    ]}
    return {
        "window": "Smart Install Assistant – Field Test Harness",
        "heading": f"Install job JOB-{rng.randint(100000, 199999)}", "env": "UIT",
        "subheading": f"SMETS2 electricity · CHF {rng.randint(1000, 9999)} · updated {clock(rng)}",
        "columns": [[site, dev], [state]],
        "buttons": ["Commission", "Read meter", "Close"],
        "status_bar": status_bar or f"Connected to DCC UIT adaptor · {clock(rng)}",
        "status_right": "Build 2.14.0",
        "width": 1000,
    }


def tracker(rng: random.Random, rows: list[tuple[str, ...]], *, widths: tuple[int, ...] | None = None,
            footer: str | None = None, headers: tuple[str, ...] | None = None, status_col: int = 4,
            heading: str = "Message Tracker", subheading: str | None = None, window: str = "DIP Message Tracker – MHHS SIT",
            filters: tuple[tuple[str, str], ...] = (("Interface:", "All"), ("Status:", "All")),
            search: str = "Search by correlation id") -> dict[str, Any]:
    headers = headers or ("Received", "Interface", "Flow", "Direction", "Status", "Correlation ID")
    widths = widths or (90, 90, 80, 96, 150, 330)
    return {
        "window": window, "heading": heading, "env": "SIT-B",
        "subheading": subheading or f"Participant NWEL · messages since {clock(rng)[:5]} today",
        "filters": [list(f) for f in filters], "search": search,
        "headers": list(headers), "rows": [list(r) for r in rows], "widths": list(widths), "status_col": status_col,
        "footer": footer or f"Showing 1–{len(rows)} of {len(rows)} messages",
        "status_bar": f"Connected · polling every 30 s · {clock(rng)}", "status_right": "DIP SIT-B",
    }


def tracker_row(rng: random.Random, interface: str, flow: str, status: str, direction: str = "Inbound") -> tuple:
    return (clock(rng), interface, flow, direction, status, correlation(rng))


def filler_rows(rng: random.Random, n: int, statuses: tuple[str, ...] = ("Delivered", "Pending", "Sent"),
                interfaces: tuple[str, ...] = ("IF-033", "IF-036", "IF-019", "IF-021"),
                flows: tuple[str, ...] = ("D0086", "D0150", "D0149", "D0302", "D0019")) -> list[tuple]:
    return [tracker_row(rng, rng.choice(interfaces), rng.choice(flows), rng.choice(statuses),
                        rng.choice(("Inbound", "Outbound"))) for _ in range(n)]


def portal(rng: random.Random, *, title: str, sections: list[dict[str, Any]], brand: str = "Northwind Energy · Customer Hub",
           url: str = "https://hub.sit.northwind-energy.example/accounts", tab: str = "Customer Hub",
           nav: tuple[str, ...] = ("Dashboard", "Accounts", "Meter points", "Readings", "Messages", "Reports"),
           nav_selected: str = "Accounts", breadcrumbs: str | None = None) -> dict[str, Any]:
    return {"brand": brand, "url": url, "tab": tab, "env": "SIT", "initials": "TU", "nav": list(nav),
            "nav_selected": nav_selected, "breadcrumbs": breadcrumbs or f"Home / {nav_selected} / {title}",
            "title": title, "sections": sections}


def dip_portal(rng: random.Random, *, title: str, sections: list[dict[str, Any]]) -> dict[str, Any]:
    page = portal(rng, title=title, sections=sections, brand="MHHS DIP Portal", tab="DIP Portal – Messages",
                  url=f"https://portal.sit-b.dip.example/messages?since={rng.randint(1, 9)}h",
                  nav=("Overview", "Messages", "Subscriptions", "Certificates", "Participants", "Help"),
                  nav_selected="Messages")
    page["footer"] = "MHHS DIP Portal · SIT-B · release 2.7.0 · Service status · Accessibility"
    return page


def reading_rows(rng: random.Random, n: int) -> list[list[str]]:
    out = []
    for i in range(n):
        out.append([f"{rng.randint(1, 28):02d}/0{rng.randint(1, 9)}/2026", "R1 Import",
                    f"{rng.randint(1000, 60000):05d}.{rng.randint(0, 9)} kWh", rng.choice(("Actual", "Smart", "Customer")),
                    rng.choice(("Validated", "Validated", "Pending"))])
    return out


def kv_card(title: str, rows: list[tuple[str, str, str]], label_w: int = 220) -> dict[str, Any]:
    return {"kind": "card", "title": title, "rows": rows, "label_w": label_w}


def alert(text: str, tone_: str = "ok", **kw: Any) -> dict[str, Any]:
    return {"kind": "alert", "text": text, "tone": tone_, **kw}


def table(headers: list[str], rows: list[list[str]], widths: list[int], badge_col: int | None = None,
          title: str | None = None) -> dict[str, Any]:
    return {"kind": "table", "headers": headers, "rows": rows, "widths": widths, "badge_col": badge_col, "title": title}


def account_card(rng: random.Random, *, name: str | None = None, addr: str | None = None,
                 postcode_row: str | None = None, extra: list | None = None, label_w: int = 220) -> dict[str, Any]:
    rows = [("Account number", f"{rng.randint(10000000, 99999999)}", "text"),
            ("Customer name", name or person(rng), "text"),
            ("Supply address", addr or address(rng), "text")]
    if postcode_row:
        rows.append(("Postcode", postcode_row, "text"))
    rows += extra or []
    return kv_card("Account", rows, label_w)


# --------------------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------------------


def build_cases(seed: int = SEED) -> list[Case]:
    rng = random.Random(seed)
    cases: list[Case] = []

    def add(category: str, how: str, renderer: str, action: str, expected: str, named: list[str],
            screen: dict[str, Any], subset: bool = False, **overrides: Any) -> None:
        prefix = {PRESENT: "p", ABSENT: "a", MASKED: "m", NOTHING: "n"}[category]
        n = sum(1 for c in cases if c.category == category) + 1
        cases.append(Case(f"{prefix}{n:02d}_{how}", category, how, renderer, action, expected, named, screen,
                          subset, overrides=overrides))

    reg_action = "Open the metering point in the Registration Service client and refresh"
    inst_action = "Open the install job in the Smart Install Assistant and refresh the device state"
    trk_action = "Open the DIP Message Tracker and filter on today's messages"

    # ---------------- present: Qt form ----------------
    add(PRESENT, "exact-form-status", "qt_form", reg_action, 'Registration status shows "Accepted"', ["Accepted"],
        registration_form(rng, status="⟦Accepted⟧"), subset=True)
    add(PRESENT, "badge-upper", "qt_form", reg_action, "Status shows 'Accepted'", ["Accepted"],
        registration_form(rng, status="⟦ACCEPTED⟧", status_kind="badge"), subset=True)
    add(PRESENT, "caps-vs-title-case", "qt_form", reg_action, "Registration status is ACTIVE", ["ACTIVE"],
        registration_form(rng, status="⟦Active⟧"), subset=True)
    add(PRESENT, "status-bar-message", "qt_form", "Submit the registration request",
        'The message "Registration successful" is displayed in the status bar', ["Registration successful"],
        registration_form(rng, status="Accepted",
                          status_bar=f"⟦Registration successful⟧ – request {rng.randint(40000, 49999)} processed at {clock(rng)}"))
    add(PRESENT, "exact-form-value", "qt_form", reg_action, 'Energisation status shows "Energised"', ["Energised"],
        registration_form(rng, energisation="⟦Energised⟧"))
    add(PRESENT, "value-code", "qt_form", reg_action, "SSC 0393 is displayed", ["0393"],
        registration_form(rng, ssc="⟦0393⟧"))
    add(PRESENT, "badge-title-case", "qt_form", inst_action, 'Install status is "Commissioned"', ["Commissioned"],
        install_form(rng, install="⟦Commissioned⟧"))
    add(PRESENT, "exact-form-value", "qt_form", inst_action, 'Meter mode shows "Prepayment"', ["Prepayment"],
        install_form(rng, mode="⟦Prepayment⟧"))
    add(PRESENT, "wrapped-two-lines", "qt_form", "Submit the change of supplier request and wait for the response",
        'The response "Change of supplier request accepted" is shown', ["Change of supplier request accepted"],
        registration_form(rng, note=f"⟦Change of supplier request\naccepted⟧. Gaining supplier confirmed for "
                                    f"{rng.randint(1, 28):02d}/05/2026."), subset=True)
    add(PRESENT, "value-reading", "qt_form", "Take an on-demand read of the import register",
        "The reading 01234.5 kWh is displayed", ["01234.5 kWh"],
        install_form(rng, reading="⟦01234.5 kWh⟧"))
    add(PRESENT, "value-money", "qt_form", "Open the prepayment tab and refresh the balance",
        "Credit balance of £15.42 is shown", ["£15.42"],
        install_form(rng, mode="Prepayment", balance="⟦£15.42⟧"))
    add(PRESENT, "two-items", "qt_form", "Submit the registration request",
        'Status shows "Accepted" and the message "Registration successful" is displayed',
        ["Accepted", "Registration successful"],
        registration_form(rng, status="⟦Accepted⟧", status_bar=f"⟦Registration successful⟧ · {clock(rng)}"))
    add(PRESENT, "exact-form-value", "qt_form", inst_action, "Firmware version 4.2.1 is reported", ["4.2.1"],
        install_form(rng, firmware="⟦4.2.1⟧"))

    # ---------------- present: Qt table ----------------
    rows = filler_rows(rng, 3, statuses=("Pending", "Sent"))
    rows.insert(1, tracker_row(rng, "IF-031", "D0155", "⟦Delivered⟧"))
    add(PRESENT, "table-cell", "qt_table", trk_action, 'Tracker shows status "Delivered"', ["Delivered"],
        tracker(rng, rows))
    rows = filler_rows(rng, 4)
    rows.insert(2, tracker_row(rng, "IF-021", "⟦D0010⟧", "Delivered"))
    add(PRESENT, "table-cell-flow", "qt_table", trk_action, "Shows flow D0010", ["D0010"], tracker(rng, rows), subset=True)
    rows = filler_rows(rng, 3)
    rows.insert(0, tracker_row(rng, "⟦IF-031⟧", "—", "Acknowledged", "Outbound"))
    add(PRESENT, "table-cell", "qt_table", trk_action, "IF-031 is listed in the Message Tracker", ["IF-031"],
        tracker(rng, rows))
    rows = filler_rows(rng, 3, statuses=("Pending", "Sent"))
    rows.insert(2, tracker_row(rng, "IF-031", "—", "⟦Acknowledged⟧", "Outbound"))
    add(PRESENT, "caps-vs-title-case", "qt_table", trk_action, "Status is ACKNOWLEDGED", ["ACKNOWLEDGED"],
        tracker(rng, rows))
    appt_rows = [(clock(rng), f"APP-{rng.randint(100000, 999999)}", "⟦Appointment\nbooked⟧", "Smart install", "09:00–12:00"),
                 (clock(rng), f"APP-{rng.randint(100000, 999999)}", "Awaiting\nconfirmation", "Meter exchange", "12:00–16:00"),
                 (clock(rng), f"APP-{rng.randint(100000, 999999)}", "Customer not\nat home", "Smart install", "08:00–12:00")]
    add(PRESENT, "table-cell-wrapped", "qt_table", "Open the appointments list for the MPAN",
        'Reason "Appointment booked" is shown', ["Appointment booked"],
        tracker(rng, appt_rows, headers=("Created", "Appointment", "Reason", "Job type", "Slot"),
                widths=(90, 120, 110, 150, 120), status_col=-1, heading="Appointments", window="Field Scheduling – SIT",
                filters=(("Job type:", "All"),), search="Search appointments",
                subheading="Appointments for the selected metering point", footer=f"{len(appt_rows)} appointments"))
    rows = filler_rows(rng, 3, statuses=("Delivered", "Sent"))
    rows.insert(1, tracker_row(rng, "IF-031", "—", "⟦Awaiting response⟧", "Outbound"))
    add(PRESENT, "table-cell", "qt_table", trk_action, 'Status shows "Awaiting response"', ["Awaiting response"],
        tracker(rng, rows))
    duis = [(clock(rng), f"{rng.getrandbits(64):016X}", "⟦1.1.1⟧", "Update Import Tariff (Primary Element)", "⟦Completed⟧"),
            (clock(rng), f"{rng.getrandbits(64):016X}", "4.1.1", "Read Instantaneous Import Registers", "Completed"),
            (clock(rng), f"{rng.getrandbits(64):016X}", "6.2.1", "Update Device Configuration (Auxiliary Load)", "Pending")]
    add(PRESENT, "two-items-table", "qt_table", "Send SR 1.1.1 and open the service request log",
        'Service request 1.1.1 shows "Completed"', ["1.1.1", "Completed"],
        tracker(rng, duis, headers=("Sent", "Request ID", "SR", "Service request", "Status"),
                widths=(90, 180, 60, 330, 120), heading="DUIS service requests", window="DUIS Test Harness – UIT",
                filters=(("Device:", "ESME"), ("Status:", "All")), search="Search by request id",
                subheading="Service requests sent by this user today", footer="3 service requests"))
    hh = [[f"{sp}", f"{(sp - 1) // 2:02d}:{30 * ((sp - 1) % 2):02d}", f"{rng.randint(100, 900) / 1000:.3f}", "A", "Actual"]
          for sp in range(43, 48)]
    hh.append(["48", "23:30", "⟦0.482⟧", "A", "Actual"])
    add(PRESENT, "table-cell-value", "qt_table", "Open the half-hourly consumption for the settlement date",
        "Consumption of 0.482 kWh is shown for settlement period 48", ["0.482"],
        tracker(rng, [tuple(r) for r in hh], headers=("Period", "Start", "kWh", "Flag", "Type"),
                widths=(80, 80, 100, 70, 110), status_col=-1, heading="Half-hourly consumption", window="Settlement Data Viewer – SIT",
                filters=(("Register:", "Import"),), search="Settlement date",
                subheading="Settlement date 14/05/2026 · import", footer="Periods 43 to 48 of 48 · kWh, A = actual"))

    # ---------------- present: Qt dialog ----------------
    def behind(**kw: Any) -> dict[str, Any]:
        return registration_form(rng, **kw)

    add(PRESENT, "dialog", "qt_dialog", "Submit the registration request",
        'The message "Registration successful" is displayed', ["Registration successful"],
        {"at": (0.85, 0.5), "behind": behind(), "icon": "information", "title": "Registration", "text": "⟦Registration successful⟧",
         "info": f"Request {rng.randint(40000, 49999)} was accepted by the Registration Service."}, subset=True)
    add(PRESENT, "dialog", "qt_dialog", "Submit the meter reading",
        'Confirmation "Meter reading submitted" appears', ["Meter reading submitted"],
        {"behind": install_form(rng), "icon": "information", "title": "Meter reading",
         "text": "⟦Meter reading submitted⟧", "info": "The reading will appear on the account within 24 hours."})
    add(PRESENT, "dialog-error", "qt_dialog", "Enter an effective from date in the past and submit",
        'Validation error "Invalid effective from date" is shown', ["Invalid effective from date"],
        {"at": (0.85, 0.5), "behind": behind(status="Pending"), "icon": "critical", "title": "Validation error",
         "text": "⟦Invalid effective from date⟧", "info": "The date must not be earlier than today."})
    add(PRESENT, "dialog-value", "qt_dialog", "Apply a £10.00 top-up through the harness",
        'Prompt "Top-up of £10.00 applied" is shown', ["Top-up of £10.00 applied"],
        {"behind": install_form(rng, mode="Prepayment"), "icon": "information", "title": "Top-up",
         "text": "⟦Top-up of £10.00 applied⟧ to the meter.", "info": f"New credit balance £{rng.randint(11, 40)}.{rng.randint(0, 99):02d}."})
    add(PRESENT, "dialog-case", "qt_dialog", "Complete the change of tenancy",
        "Confirmation CHANGE OF TENANCY COMPLETED is displayed", ["CHANGE OF TENANCY COMPLETED"],
        {"at": (0.85, 0.5), "behind": behind(), "icon": "information", "title": "Change of tenancy",
         "text": "⟦Change of tenancy completed⟧", "info": "Closing reads have been requested."})

    # ---------------- present: web portal ----------------
    add(PRESENT, "banner", "web", "Submit the registration from the portal",
        'Banner "Registration request accepted" is displayed', ["Registration request accepted"],
        portal(rng, title="Registration", sections=[
            alert(f"⟦Registration request accepted⟧ · reference REG-{rng.randint(100000, 999999)}"),
            account_card(rng), {"kind": "buttons", "names": ["Back to account", "Print"]}]))
    msgs = [[clock(rng), "IF-033", "D0086", "⟦DELIVERED⟧"], [clock(rng), "IF-036", "D0150", "PENDING"],
            [clock(rng), "IF-019", "D0302", "SENT"]]
    add(PRESENT, "badge-upper", "web", "Open the message list in the DIP portal",
        'Status badge shows "Delivered"', ["Delivered"],
        dip_portal(rng, title="Messages", sections=[table(["Received", "Interface", "Flow", "Status"], msgs,
                                                          [160, 160, 160, 200], badge_col=3)]), subset=True)
    msgs = [[clock(rng), "IF-033", "⟦D0086⟧", "Delivered"], [clock(rng), "IF-036", "D0150", "Pending"]]
    add(PRESENT, "table-cell-flow", "web", "Open the message list in the DIP portal", "Shows flow D0086", ["D0086"],
        dip_portal(rng, title="Messages", sections=[table(["Received", "Interface", "Flow", "Status"], msgs,
                                                          [160, 160, 160, 200], badge_col=3)]))
    add(PRESENT, "exact-card-value", "web", "Open the meter point's settlement details",
        'Consent granularity shows "Half Hourly"', ["Half Hourly"],
        portal(rng, title="Settlement details", nav_selected="Meter points", sections=[
            kv_card("Settlement", [("Market segment", "Smart", "text"), ("Consent granularity", "⟦Half Hourly⟧", "text"),
                                   ("Data service", "Smart Data Service", "text"),
                                   ("Effective from", f"{rng.randint(1, 28):02d}/04/2026", "text")])]))
    add(PRESENT, "banner-wrapped", "web", "Submit a customer reading through the portal",
        'The message "Your meter reading has been received" is shown', ["Your meter reading has been received"],
        portal(rng, title="Submit a reading", nav_selected="Readings", sections=[
            alert("⟦Your meter reading has been\nreceived⟧ and will show on the account within 24 hours.", "ok"),
            table(["Date", "Register", "Reading", "Source", "Status"], reading_rows(rng, 3), [130, 120, 150, 110, 120])]))
    add(PRESENT, "split-styled-words", "web", "Complete the switch journey in the portal",
        'Notification "Switch complete" is displayed', ["Switch complete"],
        portal(rng, title="Switching", nav_selected="Accounts", sections=[
            alert("", "ok", parts=[("⟦0|Switch⟧", True, 14), ("⟦0|complete⟧", False, 10),
                                   (f"– supply starts on {rng.randint(1, 28):02d}/06/2026", False, 0)]),
            account_card(rng)]), subset=True)
    add(PRESENT, "caps-vs-badge", "web", "Open the device's communications page", "Connection status is ONLINE",
        ["ONLINE"],
        portal(rng, title="Communications hub", nav_selected="Meter points", sections=[
            kv_card("Communications hub", [("Connection status", "⟦Online⟧", "badge"),
                                           ("Last contact", f"today {clock(rng)}", "text"),
                                           ("Signal", "Good (-71 dBm)", "text")])]))
    add(PRESENT, "table-cell-value", "web", "Open the readings history", "The reading 04512.0 kWh is displayed",
        ["04512.0 kWh"],
        portal(rng, title="Readings", nav_selected="Readings", sections=[
            table(["Date", "Register", "Reading", "Source", "Status"],
                  reading_rows(rng, 2) + [["14/05/2026", "R1 Import", "⟦04512.0 kWh⟧", "Smart", "Validated"]]
                  + reading_rows(rng, 1), [130, 120, 150, 110, 120])]), subset=True)
    add(PRESENT, "exact-card-value", "web", "Open the account's tariff", 'Tariff shows "Economy 7"', ["Economy 7"],
        portal(rng, title="Tariff", sections=[kv_card("Current tariff", [
            ("Tariff", "⟦Economy 7⟧", "text"), ("Payment method", "Direct Debit", "text"),
            ("Unit rate (day)", "27.03p/kWh", "text"), ("Unit rate (night)", "13.44p/kWh", "text")])]))
    msgs = [[clock(rng), "IF-033", "D0086", "⟦Processed⟧"], [clock(rng), "IF-036", "D0150", "Pending"],
            [clock(rng), "IF-033", "D0086", "Processed"]]
    add(PRESENT, "badge-title-case", "web", "Open the message list in the DIP portal",
        'Message status "Processed"', ["Processed"],
        dip_portal(rng, title="Messages", sections=[table(["Received", "Interface", "Flow", "Status"], msgs,
                                                          [160, 160, 160, 200], badge_col=3)]))
    add(PRESENT, "value-in-text", "web", "Post the IF-031 to the DIP test endpoint",
        "HTTP status 202 is returned", ["202"],
        dip_portal(rng, title="Message detail", sections=[kv_card("Delivery", [
            ("HTTP status", "⟦202⟧ Accepted", "text"), ("Correlation ID", correlation(rng), "text"),
            ("Received", f"today {clock(rng)}", "text")])]))
    add(PRESENT, "exact-card-value", "web", "Open the appointment", 'Appointment status shows "Booked"', ["Booked"],
        portal(rng, title="Appointment", nav_selected="Accounts", sections=[kv_card("Appointment", [
            ("Appointment status", "⟦Booked⟧", "status"), ("Slot", "AM (08:00–12:00)", "text"),
            ("Job type", "Smart install", "text")])]))
    add(PRESENT, "caps-vs-badge", "web", "Open the meter point", "Supply status is LIVE", ["LIVE"],
        portal(rng, title="Meter point", nav_selected="Meter points", sections=[kv_card("Supply", [
            ("Supply status", "⟦Live⟧", "badge"), ("Meter type", "SMETS2", "text"), ("Profile class", "01", "text")])]))
    add(PRESENT, "banner-error", "web", "Search for an MPAN that does not exist",
        'Error "No matching meter point found" is displayed', ["No matching meter point found"],
        portal(rng, title="Search", nav_selected="Meter points", sections=[
            alert("⟦No matching meter point found⟧. Check the number and try again.", "bad")]))

    # ---------------- absent ----------------
    add(ABSENT, "other-status", "qt_form", reg_action, 'Registration status shows "Accepted"', ["Accepted"],
        registration_form(rng, status="⟦Rejected⟧",
                          status_bar=f"Registration rejected – reason code R07 · {clock(rng)}"), subset=True)
    add(ABSENT, "other-status-badge", "qt_form", reg_action, "Status shows 'Accepted'", ["Accepted"],
        registration_form(rng, status="⟦PENDING⟧", status_kind="badge"))
    add(ABSENT, "inside-longer-word", "qt_form", reg_action, "Registration status is ACTIVE", ["ACTIVE"],
        registration_form(rng, status="⟦INACTIVE⟧"), subset=True)
    add(ABSENT, "hyphenated-compound", "qt_form", reg_action, 'Energisation status shows "Energised"', ["Energised"],
        registration_form(rng, energisation="⟦De-energised⟧"))
    add(ABSENT, "other-value", "qt_form", "Take an on-demand read of the import register",
        "The reading 01234.5 kWh is displayed", ["01234.5"],
        install_form(rng, reading="⟦01234.6 kWh⟧"), subset=True)
    add(ABSENT, "other-value-money", "qt_form", "Open the prepayment tab and refresh the balance",
        "Credit balance of £15.42 is shown", ["£15.42", "15.42"],
        install_form(rng, mode="Prepayment", balance="⟦£15.24⟧"))
    add(ABSENT, "other-message", "qt_form", "Submit the registration request",
        'The message "Registration successful" is displayed in the status bar', ["Registration successful"],
        registration_form(rng, status="Rejected", status_bar=f"⟦Registration failed⟧ – request {rng.randint(40000, 49999)} returned an error"))
    add(ABSENT, "words-far-apart", "qt_form", "Submit the registration request",
        'The message "Registration successful" is displayed', ["Registration successful"],
        registration_form(rng, status="Pending", heading="Registration details",
                          status_bar=f"Last sync successful at {clock(rng)}"))
    add(ABSENT, "other-value-code", "qt_form", reg_action, "SSC 0393 is displayed", ["0393"],
        registration_form(rng, ssc="⟦0939⟧"))
    add(ABSENT, "other-value", "qt_form", inst_action, "Firmware version 4.2.1 is reported", ["4.2.1"],
        install_form(rng, firmware="⟦4.3.1⟧"))
    add(ABSENT, "other-flow", "qt_table", trk_action, "Shows flow D0010", ["D0010"],
        tracker(rng, filler_rows(rng, 2) + [tracker_row(rng, "IF-021", "⟦D0011⟧", "Delivered")] + filler_rows(rng, 2)),
        subset=True)
    add(ABSENT, "other-status", "qt_table", trk_action, 'Tracker shows status "Delivered"', ["Delivered"],
        tracker(rng, filler_rows(rng, 4, statuses=("Pending", "Failed", "Queued"))))
    add(ABSENT, "other-interface", "qt_table", trk_action, "IF-031 is listed in the Message Tracker", ["IF-031"],
        tracker(rng, filler_rows(rng, 2) + [tracker_row(rng, "⟦IF-033⟧", "—", "Acknowledged", "Outbound")]))
    appt_rows = [(clock(rng), f"APP-{rng.randint(100000, 999999)}", "⟦Appointment\ncancelled⟧", "Smart install", "09:00–12:00"),
                 (clock(rng), f"APP-{rng.randint(100000, 999999)}", "Awaiting\nconfirmation", "Meter exchange", "12:00–16:00")]
    add(ABSENT, "other-message-table", "qt_table", "Open the appointments list for the MPAN",
        'Reason "Appointment booked" is shown', ["Appointment booked"],
        tracker(rng, appt_rows, headers=("Created", "Appointment", "Reason", "Job type", "Slot"),
                widths=(90, 120, 110, 150, 120), status_col=-1, heading="Appointments", window="Field Scheduling – SIT",
                filters=(("Job type:", "All"),), search="Search appointments",
                subheading="Appointments for the selected metering point", footer=f"{len(appt_rows)} appointments"))
    hh = [[f"{sp}", f"{(sp - 1) // 2:02d}:{30 * ((sp - 1) % 2):02d}", v_, "A", "Actual"]
          for sp, v_ in zip(range(44, 49), ("0.391", "0.824", "0.517", "0.366", "⟦0.428⟧"), strict=True)]
    add(ABSENT, "other-value-table", "qt_table", "Open the half-hourly consumption for the settlement date",
        "Consumption of 0.482 kWh is shown", ["0.482"],
        tracker(rng, [tuple(r) for r in hh], headers=("Period", "Start", "kWh", "Flag", "Type"),
                widths=(80, 80, 100, 70, 110), status_col=-1, heading="Half-hourly consumption", window="Settlement Data Viewer – SIT",
                filters=(("Register:", "Import"),), search="Settlement date",
                subheading="Settlement date 14/05/2026 · import", footer="Periods 43 to 48 of 48 · kWh, A = actual"))
    add(ABSENT, "inside-longer-word", "qt_dialog", "Submit the registration request",
        'The message "Registration successful" is displayed', ["Registration successful"],
        {"at": (0.85, 0.5), "behind": behind(status="Rejected"), "icon": "warning", "title": "Registration",
         "text": "⟦Registration unsuccessful⟧", "info": "The Registration Service returned reason code R07."},
        subset=True)
    add(ABSENT, "other-message", "qt_dialog", "Submit the meter reading",
        'Confirmation "Meter reading submitted" appears', ["Meter reading submitted"],
        {"behind": install_form(rng), "icon": "critical", "title": "Meter reading",
         "text": "⟦Meter reading rejected⟧", "info": "The reading is outside the expected tolerance."})
    add(ABSENT, "other-value", "qt_dialog", "Apply a £10.00 top-up through the harness",
        'Prompt "Top-up of £10.00 applied" is shown', ["Top-up of £10.00 applied"],
        {"behind": install_form(rng, mode="Prepayment"), "icon": "information", "title": "Top-up",
         "text": "⟦Top-up of £100.00 applied⟧ to the meter.", "info": "New credit balance £112.40."})
    add(ABSENT, "other-message", "web", "Submit the registration from the portal",
        'Banner "Registration request accepted" is displayed', ["Registration request accepted"],
        portal(rng, title="Registration", sections=[
            alert(f"⟦Registration request received⟧ · reference REG-{rng.randint(100000, 999999)} · awaiting the outcome", "info"),
            account_card(rng)]))
    msgs = [[clock(rng), "IF-033", "D0086", "⟦FAILED⟧"], [clock(rng), "IF-036", "D0150", "PENDING"]]
    add(ABSENT, "other-status-badge", "web", "Open the message list in the DIP portal",
        'Status badge shows "Delivered"', ["Delivered"],
        dip_portal(rng, title="Messages", sections=[table(["Received", "Interface", "Flow", "Status"], msgs,
                                                          [160, 160, 160, 200], badge_col=3)]))
    msgs = [[clock(rng), "IF-033", "⟦D0068⟧", "Delivered"], [clock(rng), "IF-036", "D0150", "Pending"]]
    add(ABSENT, "other-flow", "web", "Open the message list in the DIP portal", "Shows flow D0086", ["D0086"],
        dip_portal(rng, title="Messages", sections=[table(["Received", "Interface", "Flow", "Status"], msgs,
                                                          [160, 160, 160, 200], badge_col=3)]))
    add(ABSENT, "other-status-badge", "web", "Open the device's communications page", "Connection status is ONLINE",
        ["ONLINE"],
        portal(rng, title="Communications hub", nav_selected="Meter points", sections=[
            kv_card("Communications hub", [("Connection status", "⟦Offline⟧", "badge"),
                                           ("Last contact", f"yesterday {clock(rng)}", "text")])]))
    add(ABSENT, "other-value", "web", "Open the account's tariff", 'Tariff shows "Economy 7"', ["Economy 7"],
        portal(rng, title="Tariff", sections=[kv_card("Current tariff", [
            ("Tariff", "⟦Economy 10⟧", "text"), ("Payment method", "Direct Debit", "text")])]), subset=True)
    add(ABSENT, "other-value", "web", "Post the IF-031 to the DIP test endpoint", "HTTP status 202 is returned",
        ["202"],
        dip_portal(rng, title="Message detail", sections=[kv_card("Delivery", [
            ("HTTP status", "⟦400⟧ Bad Request", "text"), ("Error", "Schema validation failed", "text")])]))
    msgs = [[clock(rng), "IF-033", "D0086", "⟦Processing⟧"], [clock(rng), "IF-036", "D0150", "Pending"]]
    add(ABSENT, "other-status-badge", "web", "Open the message list in the DIP portal",
        'Message status "Processed"', ["Processed"],
        dip_portal(rng, title="Messages", sections=[table(["Received", "Interface", "Flow", "Status"], msgs,
                                                          [160, 160, 160, 200], badge_col=3)]))
    add(ABSENT, "other-status-badge", "web", "Open the meter point", "Supply status is LIVE", ["LIVE"],
        portal(rng, title="Meter point", nav_selected="Meter points", sections=[kv_card("Supply", [
            ("Supply status", "⟦Disconnected⟧", "badge"), ("Meter type", "SMETS2", "text")])]))

    # ---------------- masked only ----------------
    m = mpan(rng)
    add(MASKED, "identifier-mpan", "qt_form", reg_action, f"MPAN {m} is shown on the registration screen", [m],
        registration_form(rng, the_mpan=f"⟦{m}⟧"), subset=True)
    sn = f"19L3{rng.randint(100000, 999999)}"
    add(MASKED, "identifier-serial", "qt_form", inst_action, f"Meter serial {sn} is recorded against the install job",
        [sn], install_form(rng, serial=f"⟦{sn}⟧"))
    nm = "Priya Sharma"
    add(MASKED, "name-in-field", "qt_form", "Complete the change of tenancy and open the account",
        f'Customer name updated to "{nm}"', [nm], registration_form(rng, name=f"⟦{nm}⟧"), subset=True)
    add(MASKED, "address-in-field", "qt_form", "Update the supply address and refresh",
        'Supply address shows "Rose Cottage"', ["Rose Cottage"],
        registration_form(rng, addr=f"⟦Rose Cottage⟧, {rng.randint(2, 40)} Mill Lane, Leeds LS6 2AB"))
    m2 = mpan(rng)
    rows_m = [(clock(rng), f"⟦{m2}⟧", "IF-031", "Delivered", correlation(rng)),
              (clock(rng), mpan(rng), "IF-033", "Pending", correlation(rng))]
    add(MASKED, "identifier-mpan-column", "qt_table", trk_action, f"MPAN {m2} appears in the Message Tracker", [m2],
        tracker(rng, rows_m, headers=("Received", "MPAN", "Interface", "Status", "Correlation ID"),
                widths=(90, 150, 90, 120, 330), status_col=3))
    nm = "Gareth Evans"
    add(MASKED, "name-in-field", "qt_form", "Complete the change of tenancy",
        f'New tenant "{nm}" is shown on the account', [nm], install_form(rng, name=f"⟦{nm}⟧"))
    pc = f"LS1 {rng.randint(1, 9)}AP"
    add(MASKED, "identifier-postcode", "web", "Open the account's supply details", f"Postcode {pc} is displayed", [pc],
        portal(rng, title="Account", sections=[account_card(rng, addr=f"{rng.randint(2, 90)} Park Avenue, Leeds",
                                                            postcode_row=f"⟦{pc}⟧")]), subset=True)
    add(MASKED, "address-in-field", "web", "Open the account's supply details",
        'Premises name "The Old Forge" is displayed', ["The Old Forge"],
        portal(rng, title="Account", sections=[account_card(rng, addr=f"⟦The Old Forge⟧, Church Street, York YO10 {rng.randint(1, 9)}DL")]),
        subset=True)
    dv = device_id(rng)
    inv = [["ESME", f"⟦{dv}⟧", "Commissioned"], ["CHF", device_id(rng), "Commissioned"], ["PPMID", device_id(rng), "Installed"]]
    add(MASKED, "identifier-device", "web", "Open the device inventory", f"Device ID {dv} is listed on the inventory",
        [dv], portal(rng, title="Devices", nav_selected="Meter points",
                     sections=[table(["Device type", "Device ID", "Status"], inv, [160, 300, 200])]))
    mprn = f"{rng.randint(1000000000, 9999999999)}"
    add(MASKED, "identifier-mprn", "web", "Open the gas meter point", f"MPRN {mprn} is shown", [mprn],
        portal(rng, title="Gas meter point", nav_selected="Meter points", sections=[kv_card("Meter point", [
            ("MPRN", f"⟦{mprn}⟧", "text"), ("Meter type", "SMETS2 gas", "text"), ("Status", "Live", "badge")])]))
    nm = "Eleanor Whitfield"
    add(MASKED, "name-in-field", "web", "Open the site visit record",
        f'Contact name "{nm}" shown on the site visit', [nm],
        portal(rng, title="Site visit", sections=[kv_card("Visit", [
            ("Contact name", f"⟦{nm}⟧", "text"), ("Visit date", "21/05/2026", "text"),
            ("Outcome", "Completed", "status")])]))
    nm = "Mr A Test"
    add(MASKED, "name-in-field", "web", "Open the account", f'Customer name shows "{nm}"', [nm],
        portal(rng, title="Account", sections=[account_card(rng, name=f"⟦{nm}⟧")]))
    add(MASKED, "address-in-field", "qt_form", "Update the supply address and refresh",
        'Supply address updated to "Flat 3, Mill House"', ["Flat 3, Mill House"],
        install_form(rng, addr=f"⟦Flat 3, Mill House⟧, Bridge Street, Derby DE22 {rng.randint(1, 9)}HB"))
    sn = f"Z21N{rng.randint(100000, 999999)}"
    jobs = [(clock(rng), f"JOB-{rng.randint(100000, 999999)}", f"⟦{sn}⟧", "Smart install", "Completed"),
            (clock(rng), f"JOB-{rng.randint(100000, 999999)}", meter_serial(rng), "Meter exchange", "Pending")]
    add(MASKED, "identifier-serial-column", "qt_table", "Open the install jobs list",
        f"Meter serial {sn} appears against the install job", [sn],
        tracker(rng, jobs, headers=("Created", "Job", "Meter serial", "Job type", "Status"),
                widths=(90, 120, 150, 150, 120), heading="Install jobs", window="Field Scheduling – SIT",
                filters=(("Job type:", "All"),), search="Search jobs",
                subheading="Jobs for the UIT field team", footer="2 jobs"))

    # ---------------- nothing named ----------------
    add(NOTHING, "generic", "qt_form", reg_action, "The page loads correctly", [], registration_form(rng), subset=True)
    add(NOTHING, "generic", "qt_table", trk_action, "The screen is displayed as per the design", [],
        tracker(rng, filler_rows(rng, 4)))
    add(NOTHING, "generic", "qt_dialog", "Submit the registration request", "The user is able to proceed to the next step",
        [], {"at": (0.85, 0.5), "behind": behind(), "icon": "question", "title": "Confirm", "text": "Submit the registration request?",
             "info": "This sends an IF-031 to the DIP.", "buttons": ("Yes", "No")})
    add(NOTHING, "generic", "web", "Open the account", "All fields are displayed correctly", [],
        portal(rng, title="Account", sections=[account_card(rng)]), subset=True)
    add(NOTHING, "generic", "web", "Open the readings history", "No unexpected behaviour is observed", [],
        portal(rng, title="Readings", nav_selected="Readings", sections=[
            table(["Date", "Register", "Reading", "Source", "Status"], reading_rows(rng, 4), [130, 120, 150, 110, 120])]))
    add(NOTHING, "generic", "web", "Log in to the portal", "The user can navigate to the search page", [],
        dip_portal(rng, title="Overview", sections=[alert("Welcome back. 3 messages need attention.", "info")]))

    assign_variants(cases, rng)
    return cases


def assign_variants(cases: list[Case], rng: random.Random) -> None:
    """Balanced, seeded: every font size, scaling and family about equally often; one in three dark, one in
    four a screen-share JPEG; the subset gets the same mix."""
    for group in ([c for c in cases if c.subset], [c for c in cases if not c.subset]):
        n = len(group)
        perms = [rng.sample(range(n), n) for _ in range(5)]
        for i, case in enumerate(group):
            case.variant = Variant(
                font_px=(11, 12, 13, 14, 15, 16)[perms[0][i] % 6],
                scale=(1.0, 1.25, 1.5)[perms[1][i] % 3],
                theme="dark" if perms[2][i] % 3 == 0 else "light",
                jpeg=perms[3][i] % 4 == 0,
                family=("DejaVu Sans", "Liberation Sans")[perms[4][i] % 2],
            )
            if case.overrides:
                case.variant = replace(case.variant, **case.overrides)


# --------------------------------------------------------------------------------------------------
# Rendering, target boxes and the corpus's own checks
# --------------------------------------------------------------------------------------------------


def _box_of_change(a: Image.Image, b: Image.Image) -> list[int] | None:
    diff = ImageChops.difference(a, b).convert("L").point(lambda x: 255 if x > 40 else 0)
    box = diff.getbbox()
    return list(box) if box else None


def render(case: Case) -> tuple[Image.Image, list[dict[str, Any]], list[str]]:
    """The screenshot, its targets (text and pixel box of each ⟦span⟧) and every text drawn on it."""
    assert case.variant is not None
    screen = number_spans(case.screen)
    renderer = RENDERERS[case.renderer]
    texts: list[str] = []
    image = renderer(screen, case.variant, None, texts)
    targets = []
    for k, pieces in sorted(span_texts(screen).items()):
        marked = renderer(screen, case.variant, k, [])
        targets.append({"text": " ".join(" ".join(p.split()) for p in pieces), "box": _box_of_change(image, marked)})
    return image, targets, texts


def check_labels(case: Case, texts: list[str], targets: list[dict[str, Any]]) -> list[str]:
    """What the case claims, checked against the text drawn (not against any OCR)."""
    problems = []
    joined = " ".join(texts)
    unmarked = " ".join(plain(SPAN.sub(" ", t)) for t in _raw_texts(case))
    for named in case.named:
        shown = any(phrase_in(named, t) for t in texts) or phrase_in(named, joined)
        if case.category == PRESENT and not shown:
            problems.append(f"{case.name}: {named!r} is not drawn")
        if case.category == ABSENT and shown:
            problems.append(f"{case.name}: {named!r} is drawn on an absent case")
        if case.category == MASKED:
            if not shown:
                problems.append(f"{case.name}: {named!r} is not drawn at all")
            if phrase_in(named, unmarked):
                problems.append(f"{case.name}: {named!r} is drawn outside the masked span")
    if case.category in (PRESENT, MASKED):
        for target in targets:
            if target["box"] is None:
                problems.append(f"{case.name}: span {target['text']!r} has no pixels")
    if case.category == NOTHING and targets:
        problems.append(f"{case.name}: a nothing-named case has spans")
    return problems


def _raw_texts(case: Case) -> Iterator[str]:
    def walk(v: Any) -> Iterator[str]:
        if isinstance(v, str):
            yield v
        elif isinstance(v, dict):
            for x in v.values():
                yield from walk(x)
        elif isinstance(v, list | tuple):
            for x in v:
                yield from walk(x)
    yield from walk(case.screen)


def write(case: Case, image: Image.Image, out: Path) -> Path:
    assert case.variant is not None
    path = out / case.file
    if case.variant.jpeg:
        image.save(path, format="JPEG", quality=60)
    else:
        image.save(path, format="PNG", optimize=False)
    return path


def generate(out: Path, *, seed: int = SEED, subset: bool = False, only: list[str] | None = None) -> list[dict[str, Any]]:
    """Render the corpus (or its subset) into ``out``; returns the manifest records, also written to
    ``out/manifest.json``. Raises if a case does not hold what it claims."""
    out.mkdir(parents=True, exist_ok=True)
    records = []
    problems: list[str] = []
    for case in build_cases(seed):
        if subset and not case.subset:
            continue
        if only and case.name not in only:
            continue
        image, targets, texts = render(case)
        problems += check_labels(case, texts, targets)
        write(case, image, out)
        record = {k: v for k, v in asdict(case).items() if k not in ("screen", "overrides")}
        record.update(file=case.file, size=list(image.size), targets=targets)
        records.append(record)
    if problems:
        raise AssertionError("expected corpus does not hold what it claims:\n" + "\n".join(problems))
    (out / "manifest.json").write_text(json.dumps(records, indent=1, ensure_ascii=False), encoding="utf-8")
    return records


BLACK = 24  # a mask is solid black; a JPEG copy of one stays within this of it
MASKED_SHARE = 0.9  # a target counts as masked when this share of its box is black
VISIBLE_SHARE = 0.3  # and as visible when at most this share is


def masked_share(image: Image.Image, box: list[int]) -> float:
    """The share of a box's pixels that are (near) solid black, as a redaction mask leaves them."""
    x0, y0, x1, y1 = box
    region = image.convert("RGB").crop((x0, y0, x1 + 1, y1 + 1))
    darkest = ImageChops.lighter(ImageChops.lighter(*region.split()[:2]), region.split()[2])
    histogram = darkest.histogram()
    return sum(histogram[: BLACK + 1]) / max(1, sum(histogram))


def label_problems(record: dict[str, Any], stored: Image.Image) -> list[str]:
    """Whether the stored (redacted) screenshot still bears out the case's label: a masked case's target is
    under a mask, a present case's is not. A problem here is the corpus's (or the redaction's), not the
    feature's."""
    problems = []
    if list(stored.size) != record["size"]:
        return [f"{record['name']}: stored image is {stored.size}, the screenshot was {record['size']}"]
    for target in record["targets"]:
        share = masked_share(stored, target["box"])
        if record["category"] == MASKED and share < MASKED_SHARE:
            problems.append(f"{record['name']}: {target['text']!r} is not masked ({share:.0%} of its box black)")
        if record["category"] == PRESENT and share > VISIBLE_SHARE:
            problems.append(f"{record['name']}: {target['text']!r} is masked ({share:.0%} of its box black)")
    return problems


def load(out: Path) -> list[dict[str, Any]]:
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))


# --------------------------------------------------------------------------------------------------
# Recording the corpus through the command line, as a tester would
# --------------------------------------------------------------------------------------------------

NO_KEY = "missing"  # what a result holds when ``run show --json`` gives the step no ``expected_seen``
NO_SCREENSHOT_CASE = "EXP17_NO_SCREENSHOT"


def reference(name: str) -> str:
    return "EXP17_" + re.sub(r"[^A-Za-z0-9]+", "_", name).upper()


def cases_yaml(records: list[dict[str, Any]]) -> str:
    """One test case per screenshot (each recorded in a run of its own, so that a value one screenshot's
    redaction found is not masked on another's), and one case whose steps have no screenshot."""
    import yaml

    cases = [{"reference": reference(r["name"]), "title": f"Expected seen corpus: {r['how']} ({r['renderer']})",
              "steps": [{"action": r["action"], "expected": r["expected"]}]} for r in records]
    cases.append({"reference": NO_SCREENSHOT_CASE, "title": "Expected seen corpus: steps without a screenshot",
                  "steps": [{"action": "Check the registration status", "expected": 'Status shows "Accepted"'},
                            {"action": "Post the IF-031", "expected": 'Response shows "Accepted"'},
                            {"action": "Check the tracker", "expected": 'Tracker shows status "Delivered"'}]})
    return yaml.safe_dump({"attest": 1, "cases": cases}, allow_unicode=True, sort_keys=False, width=1000)


class Cli:
    """``attest --workspace WS ...`` in this process (the OCR engine loads once); returns (status, out, err)."""

    def __init__(self, workspace: Path) -> None:
        self.workspace = workspace

    def __call__(self, *args: str) -> tuple[int, str, str]:
        import contextlib

        from attest.cli.main import main as attest_main

        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = attest_main(["--workspace", str(self.workspace), *args])
        return status, out.getvalue(), err.getvalue()

    def ok(self, *args: str) -> str:
        status, out, err = self(*args)
        if status != 0:
            raise AssertionError(f"attest {' '.join(args)} exited {status}: {err.strip()}")
        return out


def record(records: list[dict[str, Any]], screens: Path, workspace: Path,
           progress: Any = None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Import the cases, record each screenshot as the evidence of its step (``run step --attach``), and read
    every step back with ``run show --json``. Returns one result per screenshot and the results of the
    steps without a screenshot. Each result holds ``seen`` (the step's ``expected_seen``, or NO_KEY), the
    expected result as imported, the time ``run step`` took, and any ``label_problems`` (the stored
    screenshot not bearing out the case's label)."""
    import time

    cli = Cli(workspace)
    yaml_file = workspace.parent / "expected_corpus_cases.yaml"
    workspace.parent.mkdir(parents=True, exist_ok=True)
    yaml_file.write_text(cases_yaml(records), encoding="utf-8")
    cli.ok("import", str(yaml_file))
    results = []
    for i, r in enumerate(records):
        run = cli.ok("run", "start", reference(r["name"]), "--tester", "Corpus Tester", "--environment", "SIT-B").strip()
        started = time.perf_counter()
        cli.ok("run", "step", run, "--status", "passed", "--attach", str(screens / r["file"]),
               "--caption", r["name"])
        seconds = time.perf_counter() - started
        shown = json.loads(cli.ok("run", "show", run, "--json"))
        step = shown["steps"][0]
        evidence = step["evidence"][0]
        stored = Image.open(workspace / "evidence" / evidence["sha256"][:2] / evidence["sha256"])
        stored.load()
        results.append({
            "name": r["name"], "file": r["file"], "category": r["category"], "how": r["how"],
            "renderer": r["renderer"], "variant": r["variant"], "subset": r["subset"],
            "expected": r["expected"], "expected_imported": step["expected"], "named": r["named"],
            "seen": step.get("expected_seen", NO_KEY), "run": int(run), "seconds": seconds,
            "label_problems": label_problems(r, stored),
        })
        if progress:
            progress(i + 1, len(records), results[-1])
    # steps without a screenshot: one with only an actual result, one with a response payload, one not recorded
    run = cli.ok("run", "start", NO_SCREENSHOT_CASE, "--tester", "Corpus Tester").strip()
    cli.ok("run", "step", run, "--status", "passed", "--actual", "Accepted")
    response = workspace.parent / "dip_response.txt"
    response.write_text("HTTP/1.1 202 Accepted\nContent-Type: application/json\n\n{\"status\": \"Accepted\"}\n")
    cli.ok("run", "step", run, "--status", "passed", "--response", str(response))
    shown = json.loads(cli.ok("run", "show", run, "--json"))
    without = [{"step": s["index"], "expected": s["expected"], "recorded": s["status"] is not None,
                "evidence": [e["kind"] for e in s["evidence"]], "seen": s.get("expected_seen", NO_KEY)}
               for s in shown["steps"]]
    return results, without


def score(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Precision and recall of "seen" (true) over the present, absent and masked cases; nothing-named cases
    are left out of both. A missing key, or null, on a present case is a miss."""
    present = [r for r in results if r["category"] == PRESENT]
    negative = [r for r in results if r["category"] in (ABSENT, MASKED)]
    tp = sum(1 for r in present if r["seen"] is True)
    fp = sum(1 for r in negative if r["seen"] is True)
    return {
        "true_positives": tp, "false_positives": fp, "present": len(present), "negative": len(negative),
        "precision": tp / (tp + fp) if tp + fp else None,
        "recall": tp / len(present) if present else None,
    }


def right_answer(category: str) -> bool | None:
    return {PRESENT: True, ABSENT: False, MASKED: False, NOTHING: None}[category]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--subset", action="store_true", help="only the cases the pytest test uses")
    parser.add_argument("--only", nargs="*", help="case names")
    args = parser.parse_args(argv)
    records = generate(args.out, seed=args.seed, subset=args.subset, only=args.only)
    counts = {c: sum(1 for r in records if r["category"] == c) for c in CATEGORIES}
    print(f"{len(records)} screenshots in {args.out}: " + ", ".join(f"{n} {c}" for c, n in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
