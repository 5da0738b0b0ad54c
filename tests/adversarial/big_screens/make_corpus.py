#!/usr/bin/env python3
"""Adversarial corpus: big multi-window desktops (issue 18).

Builds desktops of 2560x1440, 3840x2160 and 7680x2160 made of application windows side by
side, stacked and overlapping.  Window contents are rendered by real toolkits:

* PySide6 widgets, offscreen (QFormLayout forms with labels left or above, QTableWidget tables,
  QPlainTextEdit log viewers, QTextBrowser portal pages), grabbed with QWidget.grab();
* LibreOffice (docx bill, xlsx spreadsheet -> PDF) rasterised with pdftoppm.

Pillow only composes the windows on the desktop.

Ground truth is exact: each window is rendered twice, the second time with every planted string
drawn in a transparent colour (same layout), so the pixel difference is the planted ink.  Each
planted string gets an id; the desktop's ink map (16-bit PNG, id per pixel, 0 = none) holds the
ink that is still visible after windows were stacked.  The JSON lists every planted string with its
kind, whether it is an identifier (must be masked) or not (must stay readable), its tight ink box on
the desktop, and what visible fraction of its ink survived the stacking.

Usage:  QT_QPA_PLATFORM=offscreen python make_corpus.py --out /tmp/bigadv/corpus [--only N]

Written from the issue text by someone who had not read the detectors. Not part of the suite (a run
takes about 25 minutes): it needs LibreOffice Writer and Calc and poppler-utils (pdftoppm, pdftotext),
which .ci/run does not install. Score with score.py; list the misses with misses.py.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import string
import subprocess
import sys
import uuid
from dataclasses import dataclass, field

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import (QBrush, QColor, QFont, QPalette, QTextCharFormat, QTextCursor,
                           QTextTableFormat, QTextLength, QTextBlockFormat)
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QGroupBox, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QListWidget, QPlainTextEdit,
                               QPushButton, QTableWidget, QTableWidgetItem, QTextBrowser,
                               QVBoxLayout, QWidget, QAbstractItemView, QComboBox, QScrollArea)

# --------------------------------------------------------------------------------------------
# identifiers

WEIGHTS = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]


def mpan_check(d12: str) -> int:
    return sum(int(c) * w for c, w in zip(d12, WEIGHTS)) % 11 % 10


FIRST = ["Margaret", "Priya", "Owen", "Siobhan", "Tomasz", "Aisha", "Gareth", "Hannah", "Kwame",
         "Eleanor", "Rhys", "Fiona", "Declan", "Yusuf", "Bethan", "Callum", "Niamh", "Imran"]
LAST = ["Holloway", "Raman", "Pritchard", "Okafor", "Kowalski", "McAllister", "Thornbury",
        "Evans", "Chaudhry", "Fairweather", "Lindqvist", "Ashworth", "Mensah", "Doherty"]
STREETS = ["Marlborough Road", "Kingsway", "Heol y Parc", "Beech Grove", "Station Approach",
           "Canal Street", "Abbey Lane", "Victoria Terrace", "Moorside Crescent", "Mill Wynd",
           "Fenwick Close", "Tan-y-Bryn", "Orchard Rise", "Quarry Bank"]
TOWNS = ["Leeds", "Cardiff", "Bristol", "Stockport", "Dundee", "Norwich", "Wrexham", "Hull",
         "Carlisle", "Ipswich", "Swindon", "Perth"]
POSTCODES = ["LS6 2QB", "CF14 3NA", "BS7 8LZ", "SK4 1AX", "DD1 4HN", "NR2 3PT", "LL11 2EW",
             "HU5 3DJ", "CA1 2RS", "IP4 5DX", "SN1 4BE", "PH2 8AY", "M14 5RG", "B33 8TH",
             "EH10 4BF", "G12 8QQ", "SW1A 1AA", "CR2 6XH", "NE1 7RU", "TR18 4AF"]
OUIS = ["00-1B-C5", "00-0D-6F", "BC-33-AC", "70-B3-D5", "00-12-4B"]


class Gen:
    def __init__(self, rng: random.Random):
        self.r = rng
        self.used: set[str] = set()

    def _uniq(self, f):
        for _ in range(100):
            v = f()
            if v not in self.used:
                self.used.add(v)
                return v
        return v

    def digits(self, n):
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def mpan_core(self):
        def f():
            d = f"{self.r.randint(10, 23):02d}" + self.digits(10)
            return d + str(mpan_check(d))
        return self._uniq(f)

    def mpan(self, form=None):
        r = self.r
        core = self.mpan_core()
        form = form or r.choice(["core", "core", "core_spaced", "full21", "sbox", "core_dashed"])
        pc = r.choice(["01", "02", "03", "04", "05", "08", "00"])
        mtc = r.choice(["801", "845", "811", "151", "393", "845"])
        llf = f"{r.randint(1, 999):03d}"
        if form == "core":
            t = core
        elif form == "core_spaced":
            t = f"{core[:2]} {core[2:6]} {core[6:10]} {core[10:]}"
        elif form == "core_dashed":
            t = f"{core[:2]}-{core[2:6]}-{core[6:10]}-{core[10:]}"
        elif form == "full21":
            t = pc + mtc + llf + core
        else:  # S box written on one line
            t = f"S {pc} {mtc} {llf} {core[:2]} {core[2:6]} {core[6:10]} {core[10:]}"
        return t, form, core

    def mprn(self):
        return self._uniq(lambda: str(self.r.randint(1, 9)) + self.digits(self.r.randint(5, 9)))

    def elec_serial(self):
        r = self.r
        def f():
            k = r.random()
            if k < 0.4:
                s = r.choice("SEKLDF") + self.digits(2) + "".join(r.choice("ABCDEHKMPSW") for _ in range(2)) + self.digits(6)
            elif k < 0.8:
                s = r.choice(["E6S", "E6E", "E7S", "21E"]) + self.digits(11)
            else:
                s = self.digits(2) + r.choice("KLMP") + self.digits(7)
            return s
        s = self._uniq(f)
        form = r.choice(["plain", "plain", "lower", "spaced"])
        if form == "lower":
            s = s.lower()
        elif form == "spaced":
            s = " ".join([s[:3]] + [s[i:i + 4] for i in range(3, len(s), 4)])
        return s, form

    def gas_serial(self):
        r = self.r
        s = self._uniq(lambda: r.choice(["G4A", "G4K", "G4P", "G6E", "E6E"]) + self.digits(8))
        form = r.choice(["plain", "plain", "lower", "spaced"])
        if form == "lower":
            s = s.lower()
        elif form == "spaced":
            s = f"{s[:3]} {s[3:7]} {s[7:]}"
        return s, form

    def device_id(self):
        r = self.r
        def f():
            return r.choice(OUIS).split("-") + [f"{r.randint(0, 255):02X}" for _ in range(5)]
        b = f()
        form = r.choice(["dash", "colon", "plain", "dotted", "dash_lower"])
        if form == "dash":
            s = "-".join(b)
        elif form == "dash_lower":
            s = "-".join(b).lower()
        elif form == "colon":
            s = ":".join(b)
        elif form == "plain":
            s = "".join(b)
        else:
            h = "".join(b)
            s = ".".join(h[i:i + 4] for i in range(0, 16, 4))
        self.used.add(s)
        return s, form

    def postcode(self):
        r = self.r
        if r.random() < 0.5:
            return r.choice(POSTCODES)
        area = r.choice(["LS", "CF", "BS", "SK", "M", "B", "NG", "PO", "EX", "YO", "G", "AB", "KY"])
        return f"{area}{r.randint(1, 29)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"

    def name(self):
        r = self.r
        t = r.choice(["", "", "Mrs ", "Mr ", "Dr ", "Ms "])
        return t + r.choice(FIRST) + " " + r.choice(LAST)

    def address(self):
        r = self.r
        if r.random() < 0.25:
            return f"Flat {r.randint(1, 12)}, {r.randint(2, 180)} {r.choice(STREETS)}"
        return f"{r.randint(1, 240)} {r.choice(STREETS)}"

    def email(self):
        r = self.r
        return f"{r.choice(FIRST).lower()}.{r.choice(LAST).lower()}{r.randint(1, 99)}@{r.choice(['example.co.uk', 'mailbox.org.uk', 'btinternet.example'])}"

    def phone(self):
        r = self.r
        return r.choice([f"07700 900{r.randint(0, 999):03d}", f"+44 20 7946 0{r.randint(0, 999):03d}",
                         f"0161 496 0{r.randint(0, 999):03d}", f"0113 496 0{r.randint(0, 999):03d}",
                         f"+44 7700 900{r.randint(0, 999):03d}"])

    # non-identifiers (must stay readable)
    def testref(self):
        r = self.r
        return r.choice([f"MHHS-QT-{r.randint(100, 999)}", f"FM_TS_{r.randint(1, 9)}_TC_{r.randint(1, 40):02d}",
                         f"SIT-{r.randint(1000, 9999)}", f"MHHS-DI-{r.randint(1, 99):03d}"])

    def msgtype(self):
        r = self.r
        return r.choice(["D0086", "D0010", "D0150", "D0149", "IF-021", "IF-031", "PUB-025", "ECS17"])

    def timestamp(self):
        r = self.r
        return f"2024-0{r.randint(1, 9)}-{r.randint(10, 28)}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"

    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128)))

    def status(self):
        return self.r.choice(["Accepted", "Rejected", "Pending", "Passed", "Failed", "Queued", "Validated"])

    # a planted value by kind -> (text, kind, role, form)
    def value(self, kind):
        if kind == "mpan":
            t, form, _ = self.mpan()
            return t, "mpan", "id", form
        if kind == "mpan_core":
            t, form, _ = self.mpan("core")
            return t, "mpan", "id", form
        if kind == "mprn":
            return self.mprn(), "mprn", "id", "digits"
        if kind == "elec_serial":
            t, f = self.elec_serial()
            return t, "elec_serial", "id", f
        if kind == "gas_serial":
            t, f = self.gas_serial()
            return t, "gas_serial", "id", f
        if kind == "device_id":
            t, f = self.device_id()
            return t, "device_id", "id", f
        if kind in ("postcode", "name", "address", "email", "phone"):
            return getattr(self, kind)(), kind, "id", ""
        if kind in ("testref", "msgtype", "timestamp", "uuid", "status"):
            return getattr(self, kind)(), kind, "keep", ""
        raise KeyError(kind)


# --------------------------------------------------------------------------------------------
# themes

THEMES = {
    "light": dict(window="#f3f3f3", base="#ffffff", alt="#f4f7fb", text="#1f1f1f", button="#e6e6e6",
                  title="#dfe3e8", title_text="#202020", side="#eceff3", accent="#2f6fd0", dark=False),
    "light_blue": dict(window="#eef2f7", base="#fbfcfe", alt="#eef3fa", text="#17243a", button="#dde5f0",
                       title="#2b579a", title_text="#ffffff", side="#e3e9f2", accent="#2b579a", dark=False),
    "dark": dict(window="#2b2b2b", base="#1e1e1e", alt="#252526", text="#d4d4d4", button="#3c3c3c",
                 title="#323233", title_text="#cccccc", side="#252526", accent="#3794ff", dark=True),
    "dark_navy": dict(window="#14213a", base="#0d1628", alt="#111d33", text="#c9d4e6", button="#1f2d4a",
                      title="#0a1120", title_text="#9fb3d1", side="#101a2e", accent="#5aa0ff", dark=True),
}


def palette_for(th):
    p = QPalette()
    c = lambda h: QColor(h)
    p.setColor(QPalette.Window, c(th["window"]))
    p.setColor(QPalette.WindowText, c(th["text"]))
    p.setColor(QPalette.Base, c(th["base"]))
    p.setColor(QPalette.AlternateBase, c(th["alt"]))
    p.setColor(QPalette.Text, c(th["text"]))
    p.setColor(QPalette.Button, c(th["button"]))
    p.setColor(QPalette.ButtonText, c(th["text"]))
    p.setColor(QPalette.Highlight, c(th["accent"]))
    p.setColor(QPalette.HighlightedText, c("#ffffff"))
    p.setColor(QPalette.ToolTipBase, c(th["base"]))
    p.setColor(QPalette.PlaceholderText, c("#888888"))
    return p


TRANSPARENT = QColor(0, 0, 0, 0)

# --------------------------------------------------------------------------------------------
# Qt windows


@dataclass
class Planted:
    text: str
    kind: str
    role: str            # "id" (must be masked) or "keep" (must stay readable)
    form: str
    rect: callable       # -> QRect in window coordinates
    clip: callable       # -> QRect the text must lie inside to be fully shown (or None)
    hide: callable       # draws the text transparent
    tags: list = field(default_factory=list)


class QtWindow:
    """A fake application window: title bar, optional menu/tool bar, optional side bar, body."""

    def __init__(self, title, w, h, theme, scale, pt, rng, sidebar=True, mono=False):
        self.w, self.h, self.theme, self.scale, self.pt, self.r = w, h, theme, scale, pt, rng
        self.th = THEMES[theme]
        self.planted: list[Planted] = []
        self.anchors: dict[str, int] = {}   # named y positions (window coords) of text lines
        self.root = QFrame()
        self.root.setAttribute(Qt.WA_DontShowOnScreen)
        self.root.setFrameShape(QFrame.Box)
        self.root.setLineWidth(1)
        self.root.setAutoFillBackground(True)
        self.root.setPalette(palette_for(self.th))
        self.px = max(11, round(pt * 96 / 72 * scale / 100))
        f = QFont(rng.choice(["DejaVu Sans", "Liberation Sans", "Liberation Serif" if rng.random() < 0.1 else "DejaVu Sans"]))
        f.setPixelSize(self.px)
        self.root.setFont(f)
        self.root.setFixedSize(w, h)
        v = QVBoxLayout(self.root)
        v.setContentsMargins(1, 1, 1, 1)
        v.setSpacing(0)
        # title bar
        tb = QWidget()
        tb.setAutoFillBackground(True)
        tp = QPalette(tb.palette())
        tp.setColor(QPalette.Window, QColor(self.th["title"]))
        tp.setColor(QPalette.WindowText, QColor(self.th["title_text"]))
        tb.setPalette(tp)
        th_ = QHBoxLayout(tb)
        th_.setContentsMargins(int(8 * scale / 100), int(4 * scale / 100), 6, int(4 * scale / 100))
        lt = QLabel(title)
        th_.addWidget(lt)
        th_.addStretch(1)
        for s in ("\u2013", "\u25a1", "\u2715"):
            b = QLabel(s)
            b.setMinimumWidth(int(28 * scale / 100))
            b.setAlignment(Qt.AlignCenter)
            th_.addWidget(b)
        v.addWidget(tb)
        # menu + toolbar
        if rng.random() < 0.8:
            mb = QLabel("   ".join(rng.sample(["File", "Edit", "View", "Tools", "Window", "Help", "Run", "Reports"], 5)))
            mb.setContentsMargins(8, 2, 8, 2)
            v.addWidget(mb)
        tool = QWidget()
        tl = QHBoxLayout(tool)
        tl.setContentsMargins(6, 3, 6, 3)
        for s in rng.sample(["Refresh", "Export", "Filter", "New", "Save", "Send", "Validate", "Print"], 4):
            tl.addWidget(QPushButton(s))
        search = QLineEdit()
        search.setPlaceholderText("Search…")
        search.setMaximumWidth(int(260 * scale / 100))
        tl.addStretch(1)
        tl.addWidget(search)
        v.addWidget(tool)
        body = QWidget()
        self.body_layout = QHBoxLayout(body)
        self.body_layout.setContentsMargins(4, 4, 4, 4)
        if sidebar:
            lw = QListWidget()
            lw.addItems(rng.sample(["Dashboard", "Supply points", "Meters", "Messages", "Test cases",
                                    "Defects", "Reports", "Settings", "Registrations", "Smart devices",
                                    "Readings", "Bills", "Audit"], 8))
            lw.setFixedWidth(int(rng.randint(140, 190) * scale / 100))
            lw.setCurrentRow(1)
            self.body_layout.addWidget(lw)
        v.addWidget(body, 1)
        self.content_parent = body
        self.status = QLabel(f"Connected · {rng.choice(['SIT-A', 'UIT-2', 'PREPROD'])} · {rng.randint(3, 400)} records")
        self.status.setContentsMargins(8, 2, 8, 2)
        v.addWidget(self.status)

    # --- helpers to plant text
    def plant_widget(self, widget, text, kind, role, form, role_text=QPalette.Text, tags=()):
        def rect(w=widget):
            if w.height() < w.sizeHint().height() - 2:
                return QRect(w.mapTo(self.root, QPoint(0, 0)), w.sizeHint())  # squeezed: reported clipped
            return QRect(w.mapTo(self.root, QPoint(0, 0)), w.size())

        def hide(w=widget, rt=role_text):
            p = QPalette(w.palette())
            p.setColor(rt, TRANSPARENT)
            w.setPalette(p)
        self.planted.append(Planted(text, kind, role, form, rect, lambda: None, hide, list(tags)))

    def plant_doc_range(self, edit, p0, p1, text, kind, role, form, tags=()):
        def rect(e=edit, a=p0, b=p1):
            c = QTextCursor(e.document())
            c.setPosition(a)
            ra = e.cursorRect(c)
            c.setPosition(b)
            rb = e.cursorRect(c)
            if ra.top() != rb.top():
                return None  # wrapped
            tl = e.viewport().mapTo(self.root, QPoint(ra.left(), ra.top()))
            return QRect(tl.x(), tl.y(), rb.left() - ra.left() + 2, ra.height())

        def clip(e=edit):
            return QRect(e.viewport().mapTo(self.root, QPoint(0, 0)), e.viewport().size())

        def hide(e=edit, a=p0, b=p1):
            c = QTextCursor(e.document())
            c.setPosition(a)
            c.setPosition(b, QTextCursor.KeepAnchor)
            fm = QTextCharFormat()
            fm.setForeground(QBrush(TRANSPARENT))
            c.mergeCharFormat(fm)
        self.planted.append(Planted(text, kind, role, form, rect, clip, hide, list(tags)))

    def render(self):
        """Returns (image RGB uint8, list of items with window-coordinate ink boxes and masks)."""
        app = QApplication.instance()
        self.root.show()
        app.processEvents()
        a = qimage_to_np(self.root.grab().toImage())
        rects = []
        for p in self.planted:
            r = p.rect()
            c = p.clip()
            ok = r is not None and (c is None or c.contains(r))
            rects.append((r, ok))
        for p in self.planted:
            p.hide()
        app.processEvents()
        b = qimage_to_np(self.root.grab().toImage())
        self.root.hide()
        self.root.deleteLater()
        diff = np.any(np.abs(a.astype(np.int16) - b.astype(np.int16)) > 8, axis=2)
        items = []
        for p, (r, ok) in zip(self.planted, rects):
            if r is None:
                continue
            x0, y0 = max(0, r.left() - 1), max(0, r.top() - 1)
            x1, y1 = min(a.shape[1], r.right() + 2), min(a.shape[0], r.bottom() + 2)
            if x1 <= x0 or y1 <= y0:
                continue
            m = np.zeros(diff.shape, bool)
            m[y0:y1, x0:x1] = diff[y0:y1, x0:x1]
            if m.sum() < 8:
                continue
            items.append(dict(text=p.text, kind=p.kind, role=p.role, form=p.form, tags=p.tags,
                              mask=m, clipped=not ok, px=self.px))
        return a, items


def qimage_to_np(img):
    from PySide6.QtGui import QImage
    img = img.convertToFormat(QImage.Format_RGB888)
    w, h, bpl = img.width(), img.height(), img.bytesPerLine()
    arr = np.frombuffer(img.constBits(), np.uint8, count=bpl * h).reshape(h, bpl)
    return arr[:, : w * 3].reshape(h, w, 3).copy()


# --- window kinds

TABLE_COLS = {
    "MPAN": "mpan", "MPAN core": "mpan_core", "Supply number": "mpan", "MPRN": "mprn",
    "Meter serial": "elec_serial", "MSN": "elec_serial", "Gas meter serial": "gas_serial",
    "Device ID": "device_id", "ESME GUID": "device_id", "Customer": "name", "Address": "address",
    "Postcode": "postcode", "Email": "email", "Phone": "phone", "Test case": "testref",
    "Flow": "msgtype", "Received": "timestamp", "Status": "status", "Correlation ID": "uuid",
}


def table_window(gen, rng, w, h, theme, scale, pt, title):
    win = QtWindow(title, w, h, theme, scale, pt, rng, sidebar=rng.random() < 0.5)
    cols = rng.sample(["MPAN", "MPAN core", "Supply number", "MPRN", "Meter serial", "MSN",
                       "Gas meter serial", "Device ID", "ESME GUID", "Customer", "Address",
                       "Postcode", "Email", "Phone"], rng.randint(3, 5))
    cols += rng.sample(["Test case", "Flow", "Received", "Status", "Correlation ID"], rng.randint(1, 3))
    rng.shuffle(cols)
    nrows = rng.randint(8, 22)
    t = QTableWidget(nrows, len(cols))
    win.body_layout.addWidget(t, 1)   # parented first so it has the window's font when sized
    t.setHorizontalHeaderLabels(cols)
    t.setAlternatingRowColors(True)
    t.setSelectionMode(QAbstractItemView.NoSelection)
    t.verticalHeader().setVisible(rng.random() < 0.5)
    t.verticalHeader().setDefaultSectionSize(int(win.px * rng.uniform(1.55, 2.0)))
    t.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    t.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    t.setWordWrap(False)
    t.setTextElideMode(Qt.ElideNone)
    cells = []
    for r in range(nrows):
        for c, col in enumerate(cols):
            text, kind, role, form = gen.value(TABLE_COLS[col])
            it = QTableWidgetItem(text)
            t.setItem(r, c, it)
            cells.append((it, text, kind, role, form, col))
    t.resizeColumnsToContents()
    for c in range(len(cols)):
        t.setColumnWidth(c, t.columnWidth(c) + rng.randint(6, 30))
    for it, text, kind, role, form, col in cells:
        def rect(t=t, it=it):
            r = t.visualItemRect(it)
            return QRect(t.viewport().mapTo(win.root, r.topLeft()), r.size())

        def clip(t=t):
            return QRect(t.viewport().mapTo(win.root, QPoint(0, 0)), t.viewport().size())

        def hide(it=it):
            it.setForeground(QBrush(TRANSPARENT))
        win.planted.append(Planted(text, kind, role, form, rect, clip, hide, ["table", f"col:{col}"]))
    win.anchor_fn = lambda: (t.horizontalHeader().mapTo(win.root, QPoint(0, 0)).y() + t.horizontalHeader().height() // 2)
    return win


FORM_FIELDS = [("MPAN", "mpan"), ("Supply number (MPAN)", "mpan"), ("MPAN core", "mpan_core"),
               ("MPRN", "mprn"), ("Meter serial number", "elec_serial"), ("MSN", "elec_serial"),
               ("Gas meter serial", "gas_serial"), ("Device ID (EUI-64)", "device_id"),
               ("Comms hub GUID", "device_id"), ("Customer name", "name"), ("Account holder", "name"),
               ("Supply address", "address"), ("Postcode", "postcode"), ("Email", "email"),
               ("Contact phone", "phone")]
FORM_KEEP = [("Test case", "testref"), ("Message type", "msgtype"), ("Received", "timestamp"),
             ("Correlation ID", "uuid"), ("Status", "status")]


def form_window(gen, rng, w, h, theme, scale, pt, title, above=None):
    win = QtWindow(title, w, h, theme, scale, pt, rng, sidebar=rng.random() < 0.4)
    above = rng.random() < 0.5 if above is None else above
    col = QWidget()
    cl = QVBoxLayout(col)
    fields = rng.sample(FORM_FIELDS, rng.randint(6, 9)) + rng.sample(FORM_KEEP, rng.randint(2, 4))
    rng.shuffle(fields)
    groups = [fields[: len(fields) // 2], fields[len(fields) // 2:]]
    first_label = None
    for gi, grp in enumerate(groups):
        gb = QGroupBox(rng.choice(["Supply point", "Metering", "Customer", "Message", "Registration", "Smart devices"]))
        fl = QFormLayout(gb)
        if above:
            fl.setRowWrapPolicy(QFormLayout.WrapAllRows)
        else:
            fl.setLabelAlignment(Qt.AlignRight if rng.random() < 0.5 else Qt.AlignLeft)
        fl.setVerticalSpacing(int(win.px * rng.uniform(0.3, 0.9)))
        for label, kind in grp:
            text, k, role, form = gen.value(kind)
            lab = QLabel(label + ("" if rng.random() < 0.4 else ":"))
            if rng.random() < 0.65:
                wdg = QLineEdit(text)
                wdg.setReadOnly(True)
                wdg.setMinimumWidth(wdg.fontMetrics().horizontalAdvance(text) + 30 if False else int(win.px * (len(text) * 0.75 + 4)))
                rt = QPalette.Text
            else:
                wdg = QLabel(text)
                wdg.setTextInteractionFlags(Qt.TextSelectableByMouse)
                rt = QPalette.WindowText
            fl.addRow(lab, wdg)
            win.plant_widget(wdg, text, k, role, form, rt, tags=["form", "label_above" if above else "label_left", f"label:{label}"])
            if first_label is None:
                first_label = lab
        cl.addWidget(gb)
    cl.addStretch(1)
    bl = QHBoxLayout()
    for s in ("Save", "Cancel", "Submit flow"):
        bl.addWidget(QPushButton(s))
    cl.addLayout(bl)
    sa = QScrollArea()
    sa.setWidget(col)
    sa.setWidgetResizable(True)
    sa.setFrameShape(QFrame.NoFrame)
    sa.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    win.body_layout.addWidget(sa, 1)
    clip = lambda: QRect(sa.viewport().mapTo(win.root, QPoint(0, 0)), sa.viewport().size())
    for p in win.planted:
        p.clip = clip
    win.anchor_fn = lambda: first_label.mapTo(win.root, QPoint(0, 0)).y() + first_label.height() // 2
    win.tags_extra = ["label_above" if above else "label_left"]
    return win


def log_window(gen, rng, w, h, theme, scale, pt, title):
    win = QtWindow(title, w, h, theme, scale, pt, rng, sidebar=False)
    e = QPlainTextEdit()
    e.setReadOnly(True)
    e.setLineWrapMode(QPlainTextEdit.NoWrap)
    f = QFont(rng.choice(["DejaVu Sans Mono", "Liberation Mono"]))
    f.setPixelSize(win.px)
    e.setFont(f)
    e.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    parts_all = []
    text = ""
    nlines = int(h / (win.px * 1.3)) + 2
    for i in range(nlines):
        ts = gen.timestamp().replace("T", " ").replace("Z", "")
        level = rng.choice(["INFO ", "INFO ", "DEBUG", "WARN "])
        segs = [(ts, "timestamp", "keep"), (f" {level} [", None, None), (gen.uuid(), "uuid", "keep"), ("] ", None, None)]
        style = rng.random()
        kinds = rng.sample(["mpan", "mprn", "elec_serial", "gas_serial", "device_id", "postcode", "name", "address", "email", "phone"], rng.randint(2, 5))
        if style < 0.35:
            segs += [(gen.msgtype(), "msgtype", "keep"), (" received from DCC; ", None, None)]
            for k in kinds:
                key = {"mpan": "mpan", "mprn": "mprn", "elec_serial": "msn", "gas_serial": "gasMsn", "device_id": "deviceId",
                       "postcode": "postcode", "name": "customer", "address": "addr", "email": "email", "phone": "tel"}[k]
                segs += [(f"{key}=", None, None), gen.value(k)[:3], (" ", None, None)]
        elif style < 0.7:
            segs += [("payload=" + "{", None, None)]
            for j, k in enumerate(kinds):
                key = {"mpan": "\"mpanCore\"", "mprn": "\"MPRN\"", "elec_serial": "\"meterSerialNumber\"", "gas_serial": "\"gasMeterSerial\"",
                       "device_id": "\"deviceId\"", "postcode": "\"postCode\"", "name": "\"customerName\"", "address": "\"addressLine1\"",
                       "email": "\"emailAddress\"", "phone": "\"phone\""}[k]
                v = gen.value(k)
                segs += [(f"{key}: \"", None, None), v[:3], ("\"" + (", " if j < len(kinds) - 1 else ""), None, None)]
            segs += [("}, status=", None, None), (gen.status(), "status", "keep"), (", test=", None, None), (gen.testref(), "testref", "keep")]
        else:
            v = [gen.value(k)[:3] for k in kinds]
            segs += [(rng.choice(["Validation failed for supply ", "Updated registration of ", "Device commissioned at "]), None, None), v[0],
                     (" (" + rng.choice(["see", "linked to", "ref"]) + " ", None, None), v[1], (") — ", None, None)]
            for x in v[2:]:
                segs += [x, (" / ", None, None)]
            segs += [("retry in 30s; flow ", None, None), (gen.msgtype(), "msgtype", "keep")]
        for s in segs:
            if s[1] is None:
                text += s[0]
            else:
                p0 = len(text)
                text += s[0]
                parts_all.append((p0, len(text), s[0], s[1], s[2]))
        text += "\n"
    e.setPlainText(text)
    win.body_layout.addWidget(e, 1)
    for p0, p1, t, k, role in parts_all:
        win.plant_doc_range(e, p0, p1, t, k, role, "", tags=["log"])
    win.anchor_fn = lambda: e.viewport().mapTo(win.root, QPoint(0, 0)).y() + e.cursorRect(QTextCursor(e.document())).center().y()
    return win


def portal_window(gen, rng, w, h, theme, scale, pt, title):
    win = QtWindow(title, w, h, theme, scale, pt, rng, sidebar=rng.random() < 0.6)
    tb = QTextBrowser()
    doc = tb.document()
    f = QFont(win.root.font())
    doc.setDefaultFont(f)
    cur = QTextCursor(doc)
    plain = QTextCharFormat()
    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Bold)
    big = QTextCharFormat()
    big.setFontWeight(QFont.Bold)
    big.setFontPointSize(max(8.0, pt * 1.35 * scale / 100))
    spans = []

    def put(val):
        text, k, role, form = val
        p0 = cur.position()
        cur.insertText(text, plain)
        spans.append((p0, cur.position(), text, k, role, form))

    cur.insertText(rng.choice(["Supply point details", "Customer account", "Switch request", "Smart meter installation"]), big)
    cur.insertBlock()
    cur.insertText("Case ", plain)
    put(gen.value("testref"))
    cur.insertText(" · last message ", plain)
    put(gen.value("msgtype"))
    cur.insertText(" at ", plain)
    put(gen.value("timestamp"))
    cur.insertBlock()
    cur.insertBlock()
    rows = rng.sample(FORM_FIELDS, rng.randint(5, 8)) + rng.sample(FORM_KEEP, 2)
    tf = QTextTableFormat()
    tf.setBorder(1)
    tf.setCellPadding(int(4 * scale / 100))
    tf.setCellSpacing(0)
    two_col = rng.random() < 0.5
    ncols = 4 if two_col else 2
    nrows = (len(rows) + (1 if two_col else 0)) // (2 if two_col else 1)
    table = cur.insertTable(nrows, ncols, tf)
    for i, (label, kind) in enumerate(rows):
        r, c = (i // 2, (i % 2) * 2) if two_col else (i, 0)
        if r >= nrows:
            break
        cc = table.cellAt(r, c).firstCursorPosition()
        cc.insertText(label, bold)
        cur = table.cellAt(r, c + 1).firstCursorPosition()
        put(gen.value(kind))
    cur = QTextCursor(doc)
    cur.movePosition(QTextCursor.End)
    cur.insertBlock()
    cur.insertText("Notes", bold)
    cur.insertBlock()
    for _ in range(rng.randint(2, 4)):
        cur.insertText(rng.choice(["Customer ", "Occupier ", "Contact "]), plain)
        put(gen.value("name"))
        cur.insertText(" called about the supply at ", plain)
        put(gen.value("address"))
        cur.insertText(", ", plain)
        put(gen.value("postcode"))
        cur.insertText(rng.choice([". Meter ", "; exchanged meter ", ". Old MSN "]), plain)
        put(gen.value(rng.choice(["elec_serial", "gas_serial"])))
        cur.insertText(" — status ", plain)
        put(gen.value("status"))
        cur.insertText(".", plain)
        cur.insertBlock()
    tb.setLineWrapMode(QTextBrowser.NoWrap)
    tb.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    win.body_layout.addWidget(tb, 1)
    for p0, p1, text, k, role, form in spans:
        win.plant_doc_range(tb, p0, p1, text, k, role, form, tags=["portal"])
    win.anchor_fn = lambda: tb.viewport().mapTo(win.root, QPoint(0, 0)).y() + tb.cursorRect(QTextCursor(doc)).center().y()
    return win


# --------------------------------------------------------------------------------------------
# LibreOffice documents


def make_office_docs(gen, rng, work, n_bills=3, n_sheets=3):
    """Writes bills (docx) and spreadsheets (xlsx) each with a twin whose planted text is white,
    converts them all with one soffice call. Returns list of dicts(kind, pdf, pdf_hidden, items)."""
    import docx
    from docx.shared import Pt, RGBColor
    import openpyxl
    from openpyxl.styles import Font
    os.makedirs(work, exist_ok=True)
    docs = []
    for i in range(n_bills):
        vals = []
        for hidden in (False, True):
            r2 = random.Random(1000 + i)
            g2 = Gen(r2)
            d = docx.Document()
            st = d.styles["Normal"]
            st.font.name = ["Liberation Sans", "DejaVu Sans"][i % 2]
            st.font.size = Pt(10)
            d.add_heading("Bright Spark Energy — your electricity and gas bill", 1)

            def para(*segs):
                p = d.add_paragraph()
                for s in segs:
                    if isinstance(s, str):
                        p.add_run(s)
                    else:
                        run = p.add_run(s[0])
                        if hidden:
                            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                        if not hidden:
                            vals.append(s)
                return p
            name = g2.value("name")
            para(name)
            para(g2.value("address"))
            para(g2.value("postcode"))
            para("Bill date ", g2.value("timestamp"), "   Reference ", g2.value("testref"))
            para("Email ", g2.value("email"), "   Phone ", g2.value("phone"))
            d.add_heading("Your supply numbers", 2)
            core_t, _, core = g2.mpan("core")
            t = d.add_table(rows=2, cols=2)
            t.style = "Table Grid"
            t.cell(0, 0).text = "S"
            t.cell(0, 1).text = f"{r2.choice(['01', '02'])} {r2.choice(['801', '845'])} {r2.randint(100, 999)}"
            spaced = f"{core[:2]} {core[2:6]} {core[6:10]} {core[10:]}"
            run = t.cell(1, 1).paragraphs[0].add_run(spaced)
            if hidden:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            else:
                vals.append((spaced, "mpan", "id", "sbox_core"))
            para("Electricity meter serial ", g2.value("elec_serial"), "    Gas meter serial ", g2.value("gas_serial"))
            para("Gas supply MPRN ", g2.value("mprn"), "    Smart meter device ", g2.value("device_id"))
            d.add_heading("Charges", 2)
            tt = d.add_table(rows=5, cols=4)
            tt.style = "Table Grid"
            for rr, row in enumerate([["Item", "Units", "Rate", "Amount"], ["Electricity day", "412 kWh", "24.50p", "£100.94"],
                                      ["Electricity night", "133 kWh", "13.10p", "£17.42"], ["Gas", "1,022 kWh", "6.04p", "£61.73"],
                                      ["Standing charges", "31 days", "—", "£27.28"]]):
                for cc, v in enumerate(row):
                    tt.cell(rr, cc).text = v
            para("Questions? Quote your account ", g2.value("name"), " at ", g2.value("address"), ", ", g2.value("postcode"), ".")
            fn = os.path.join(work, f"bill{i}{'_h' if hidden else ''}.docx")
            d.save(fn)
        docs.append(dict(kind="bill", base=f"bill{i}", items=vals))
    for i in range(n_sheets):
        vals = []
        for hidden in (False, True):
            r2 = random.Random(2000 + i)
            g2 = Gen(r2)
            wb = openpyxl.Workbook()
            ws = wb.active
            cols = r2.sample(["MPAN", "MPRN", "Meter serial", "Gas meter serial", "Device ID", "Customer", "Address", "Postcode"], 5) + ["Test case", "Status"]
            kmap = {"MPAN": "mpan", "MPRN": "mprn", "Meter serial": "elec_serial", "Gas meter serial": "gas_serial", "Device ID": "device_id",
                    "Customer": "name", "Address": "address", "Postcode": "postcode", "Test case": "testref", "Status": "status"}
            ws.append(cols)
            for c in range(1, len(cols) + 1):
                ws.cell(1, c).font = Font(bold=True)
            for r in range(2, 2 + 24):
                for c, col in enumerate(cols, 1):
                    v = g2.value(kmap[col])
                    cell = ws.cell(r, c, v[0])
                    cell.number_format = "@"
                    if hidden:
                        cell.font = Font(color="FFFFFF")
                    else:
                        vals.append(v)
            for c, col in enumerate(cols, 1):
                ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width = {"MPAN": 42, "Address": 34, "Device ID": 30, "Customer": 28}.get(col, 22)
            ws.print_options.gridLines = True
            ws.print_options.headings = True
            ws.page_setup.orientation = "landscape"
            ws.page_setup.fitToWidth = 1
            ws.sheet_properties.pageSetUpPr.fitToPage = True
            ws.page_setup.fitToHeight = 0
            fn = os.path.join(work, f"sheet{i}{'_h' if hidden else ''}.xlsx")
            wb.save(fn)
        docs.append(dict(kind="sheet", base=f"sheet{i}", items=vals))
    files = sorted(f for f in os.listdir(work) if f.endswith((".docx", ".xlsx")))
    env = dict(os.environ, HOME=os.path.join(work, "lohome"))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", work] + [os.path.join(work, f) for f in files],
                   check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    return docs


def office_page(work, doc, dpi):
    """Rasterises page 1 of a document and its twin; returns (image, items with page masks)."""
    out = {}
    for suf in ("", "_h"):
        pdf = os.path.join(work, doc["base"] + suf + ".pdf")
        stem = os.path.join(work, f"{doc['base']}{suf}_{dpi}")
        if not os.path.exists(stem + "-1.png") and not os.path.exists(stem + "-01.png"):
            subprocess.run(["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", "-png", pdf, stem], check=True)
        fn = stem + "-1.png" if os.path.exists(stem + "-1.png") else stem + "-01.png"
        out[suf] = np.array(Image.open(fn).convert("RGB"))
    a, b = out[""], out["_h"]
    diff = np.any(np.abs(a.astype(np.int16) - b.astype(np.int16)) > 8, axis=2)
    # word boxes from pdftotext
    pdf = os.path.join(work, doc["base"] + ".pdf")
    html = subprocess.run(["pdftotext", "-bbox-layout", "-f", "1", "-l", "1", pdf, "-"], capture_output=True, text=True).stdout
    import re
    words = [(float(m.group(1)), float(m.group(2)), float(m.group(3)), float(m.group(4)), m.group(5))
             for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html)]
    import html as htmlmod
    words = [(x0, y0, x1, y1, htmlmod.unescape(t)) for x0, y0, x1, y1, t in words]
    used = set()
    items = []
    k = dpi / 72.0
    for text, kind, role, form in doc["items"]:
        toks = text.split()
        found = None
        for i in range(len(words)):
            if i in used:
                continue
            if all(i + j < len(words) and words[i + j][4] == toks[j] for j in range(len(toks))):
                found = list(range(i, i + len(toks)))
                break
        if not found:
            continue
        used.update(found)
        x0 = min(words[j][0] for j in found) * k - 2
        y0 = min(words[j][1] for j in found) * k - 0.5
        x1 = max(words[j][2] for j in found) * k + 2
        y1 = max(words[j][3] for j in found) * k + 0.5
        m = np.zeros(diff.shape, bool)
        ys, xs = slice(max(0, int(y0)), int(y1) + 1), slice(max(0, int(x0)), int(x1) + 1)
        m[ys, xs] = diff[ys, xs]
        if m.sum() < 8:
            continue
        items.append(dict(text=text, kind=kind, role=role, form=form, tags=["libreoffice", doc["kind"]], mask=m,
                          clipped=False, px=round(10 * dpi / 72)))
    return a, items


def office_window(work, doc, w, h, theme, scale, rng, title):
    """A document viewer window drawn with Pillow around a LibreOffice-rendered page."""
    dpi = {100: 96, 125: 120, 150: 144}[scale]
    page, items = office_page(work, doc, dpi)
    th = THEMES[theme]
    img = Image.new("RGB", (w, h), th["window"])
    dr = ImageDraw.Draw(img)
    fs = round(9 * 96 / 72 * scale / 100)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", fs)
    tbh = int(fs * 2.2)
    dr.rectangle([0, 0, w, tbh], fill=th["title"])
    dr.text((10, tbh // 2 - fs // 2 - 1), title, fill=th["title_text"], font=font)
    dr.text((w - 90, tbh // 2 - fs // 2 - 1), "–   □   ✕", fill=th["title_text"], font=font)
    dr.rectangle([0, tbh, w, tbh * 2], fill=th["button"])
    dr.text((10, tbh + tbh // 2 - fs // 2 - 1), "   ".join(["Open", "Print", "Zoom 100%", "Page 1 / 1", "Find"]), fill=th["text"], font=font)
    dr.rectangle([0, 0, w - 1, h - 1], outline="#777777")
    gray = "#5a5a5a" if th["dark"] else "#b8bcc2"
    dr.rectangle([1, tbh * 2, w - 2, h - 2], fill=gray)
    ox = max(8, (w - page.shape[1]) // 2) - rng.randint(0, 40)
    ox = max(4, ox)
    oy = tbh * 2 + 10
    # crop page to the window area; the page may be scrolled a bit
    scroll = rng.randint(0, max(0, int(page.shape[0] * 0.08)))
    ph = min(page.shape[0] - scroll, h - oy - 4)
    pw = min(page.shape[1], w - ox - 4)
    arr = np.array(img)
    arr[oy:oy + ph, ox:ox + pw] = page[scroll:scroll + ph, :pw]
    out = []
    for it in items:
        m = it["mask"]
        full = m.sum()
        sub = m[scroll:scroll + ph, :pw]
        mm = np.zeros((h, w), bool)
        mm[oy:oy + ph, ox:ox + pw] = sub
        if mm.sum() == 0:
            continue
        it = dict(it, mask=mm, clipped=mm.sum() < full)
        out.append(it)
    return arr, out


# --------------------------------------------------------------------------------------------
# desktops

SPECS = [  # (name, W, H, scales per monitor, themes)
    ("d01_1440_light", 2560, 1440, [100], ["light", "light_blue"]),
    ("d02_1440_dark", 2560, 1440, [125], ["dark", "dark_navy"]),
    ("d03_1440_mixed", 2560, 1440, [100], ["light", "dark"]),
    ("d04_1440_150", 2560, 1440, [150], ["light_blue", "dark"]),
    ("d05_4k_light", 3840, 2160, [100], ["light", "light_blue"]),
    ("d06_4k_dark", 3840, 2160, [150], ["dark", "dark_navy"]),
    ("d07_4k_mixed", 3840, 2160, [125], ["light", "dark", "light_blue"]),
    ("d08_4k_tiny", 3840, 2160, [100], ["dark_navy", "light"]),
    ("d09_wide_mixed", 7680, 2160, [150, 100], ["light", "dark"]),
    ("d10_wide_dark", 7680, 2160, [100, 125], ["dark", "dark_navy", "light"]),
    ("d11_wide_light", 7680, 2160, [125, 125], ["light", "light_blue"]),
    ("d12_wide_tiny", 7680, 2160, [100, 100], ["dark", "light", "light_blue"]),
]

BOUNDS_X = [1280, 1920, 2560, 3840, 5120, 5760]
BOUNDS_Y = [720, 1080, 1440]


def layout(rng, W, H, n_office):
    """Columns of windows with jitter (never grid-aligned), some overlapping; returns rects."""
    rects = []
    x = rng.randint(0, 35)
    taskbar = 44
    while x < W - 300:
        cw = rng.randint(int(min(W, 3840) * 0.17), int(min(W, 3840) * 0.33))
        cw = min(cw, W - x + rng.randint(0, 120))   # may run off the right edge
        nst = rng.choice([1, 2, 2, 3]) if H > 1500 else rng.choice([1, 2, 2])
        y = rng.randint(0, 50)
        avail = H - taskbar - y
        for s in range(nst):
            hh = int(avail / nst * rng.uniform(0.8, 1.15))
            if s == nst - 1:
                hh = min(hh, H - taskbar - y + rng.randint(-30, 10))
            ww = cw + rng.randint(-70, 50)
            xx = x + rng.randint(-25, 25)
            if hh > 220:
                rects.append([max(0, xx), y, ww, hh])
            y += hh + rng.randint(-45, 18)
            if y > H - taskbar - 200:
                break
        x += cw + rng.randint(-80, 22)
    return rects


def build_desktop(spec, out, office_work, office_docs, seed):
    name, W, H, scales, themes = spec
    rng = random.Random(seed)
    gen = Gen(rng)
    monitors = len(scales)
    mw = W // monitors
    rects = layout(rng, W, H, 1)
    # the log viewer that runs across a monitor/tile boundary, on top
    bx = (W // 2) if W > 3840 else (W // 2)
    lw = rng.randint(int(mw * 0.45), int(mw * 0.6))
    log_rect = [bx - rng.randint(int(lw * 0.3), int(lw * 0.7)), rng.randint(int(H * 0.35), int(H * 0.55)), lw, rng.randint(380, 560)]
    kinds = []
    office_left = 1 if W <= 2560 else 2
    for i, r in enumerate(rects):
        k = rng.choice(["table", "table", "form", "form", "portal", "log"])
        if office_left and rng.random() < 0.25 and r[2] > 700:
            k = "office"
            office_left -= 1
        kinds.append(k)
    # make sure there is at least one table beside a window to its left (baseline case)
    pairs = [(i, j) for i in range(len(rects)) for j in range(len(rects))
             if rects[j][0] > rects[i][0] + 200 and abs(rects[j][0] - (rects[i][0] + rects[i][2])) < 120]
    align = []
    if pairs:
        i, j = rng.choice(pairs)
        kinds[j] = "table"
        if kinds[i] in ("office",):
            kinds[i] = "log"
        align.append((i, j, "table_header_shares_baseline"))
        pairs2 = [(a, b) for a, b in pairs if a not in (i, j) and b not in (i, j)]
        if pairs2:
            a, b = rng.choice(pairs2)
            kinds[a] = "form_above"
            if kinds[b] == "office":
                kinds[b] = "portal"
            align.append((b, a, "form_label_line_shared"))
    rects.append(log_rect)
    kinds.append("log")
    windows = []
    for wi, (r, k) in enumerate(zip(rects, kinds)):
        x, y, w, h = r
        mon = min(monitors - 1, (x + w // 2) // mw)
        scale = scales[mon]
        theme = rng.choice(themes)
        pt = rng.choice([9, 9, 10, 10, 11, 12, 14]) if "tiny" not in name else rng.choice([9, 9, 9, 10])
        title = {"table": rng.choice(["Supply Points — Registration Service", "MPAN lookup — ECOES", "Meter register", "DCC Service Desk — devices"]),
                 "form": rng.choice(["Customer record", "Supply point details", "Change of supplier", "Meter exchange"]),
                 "form_above": "Supply point details (edit)",
                 "log": rng.choice(["app.log — Log Viewer", "message-broker.log", "adapter trace — tail -f", "DUIS responses"]),
                 "portal": rng.choice(["Industry portal — Mozilla Firefox", "Customer portal — Chromium", "Switching hub — Edge"]),
                 "office": ""}[k]
        if k == "office":
            doc = rng.choice(office_docs)
            title = f"{doc['base']}.pdf — Document Viewer ({'LibreOffice Writer export' if doc['kind'] == 'bill' else 'LibreOffice Calc export'})"
            img, items = office_window(office_work, doc, w, h, theme, scale, rng, title)
            anchor = None
        else:
            if k == "table":
                win = table_window(gen, rng, w, h, theme, scale, pt, title)
            elif k in ("form", "form_above"):
                win = form_window(gen, rng, w, h, theme, scale, pt, title, above=True if k == "form_above" else None)
            elif k == "log":
                win = log_window(gen, rng, w, h, theme, scale, pt, title)
            else:
                win = portal_window(gen, rng, w, h, theme, scale, pt, title)
            QApplication.instance().processEvents()
            win.root.show()
            QApplication.instance().processEvents()
            anchor = win.anchor_fn()
            img, items = win.render()
        for it in items:
            it["tags"] = list(it["tags"]) + [theme, f"scale{scale}", f"font{pt}pt"]
        windows.append(dict(rect=r, kind=k, theme=theme, scale=scale, img=img, items=items, anchor=anchor, title=title, case=[]))
    # alignment: move the second window of each pair vertically so that its anchor line matches
    # a text line of the first (table header / form label on the same line as the neighbour's text)
    for i, j, case in align:
        A, B = windows[i], windows[j]
        a_lines = sorted({int((np.nonzero(it["mask"].any(axis=1))[0].mean())) for it in A["items"]})
        target_y = None
        if A["anchor"] is not None and a_lines:
            cands = [A["rect"][1] + yy for yy in a_lines]
            target_y = min(cands, key=lambda yy: abs(yy - (B["rect"][1] + (B["anchor"] or 0))))
        if target_y is not None and B["anchor"] is not None:
            ny = target_y - B["anchor"]
            if 0 <= ny < H - 250:
                B["rect"][1] = ny
                B["case"].append(case)
                A["case"].append(case + "_neighbour")
    # z-order: columns in order, but a few windows raised; the boundary log last
    order = list(range(len(windows) - 1))
    rng.shuffle(order)
    order = sorted(order, key=lambda k: rng.random() * 0.6 + (k / len(windows)))
    order.append(len(windows) - 1)
    # compose
    yy, xx = np.mgrid[0:H, 0:W]
    desk = np.zeros((H, W, 3), np.uint8)
    c0, c1 = np.array([32, 58, 94]), np.array([88, 40, 80])
    t = (xx / W * 0.7 + yy / H * 0.3)[..., None]
    desk[:] = (c0 * (1 - t) + c1 * t).astype(np.uint8)
    del xx, yy, t
    owner = np.full((H, W), -1, np.int16)
    for wi in order:
        wdw = windows[wi]
        x, y, w, h = wdw["rect"]
        img = wdw["img"]
        h, w = img.shape[:2]
        x1, y1 = min(W, x + w), min(H - 44, y + h)
        if x1 <= x or y1 <= y:
            continue
        desk[y:y1, x:x1] = img[: y1 - y, : x1 - x]
        owner[y:y1, x:x1] = wi
    # taskbar
    pil = Image.fromarray(desk)
    dr = ImageDraw.Draw(pil)
    dr.rectangle([0, H - 44, W, H], fill="#1b1b1f")
    tf = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 15)
    for m in range(monitors):
        dr.text((m * mw + 20, H - 32), "Start    Attest    Terminal    Files    Firefox    Outlook", fill="#dddddd", font=tf)
        dr.text((m * mw + mw - 170, H - 32), "09:41  14/03/2024", fill="#dddddd", font=tf)
    desk = np.array(pil)
    # ground truth
    labels = np.zeros((H, W), np.uint16)
    truth = []
    for wi, wdw in enumerate(windows):
        x, y = wdw["rect"][0], wdw["rect"][1]
        for it in wdw["items"]:
            m = it["mask"]
            ys, xs = np.nonzero(m)
            total = len(ys)
            gy, gx = ys + y, xs + x
            inside = (gx < W) & (gy < H - 44) & (gx >= 0) & (gy >= 0)
            gy, gx = gy[inside], gx[inside]
            vis = owner[gy, gx] == wi
            gy, gx = gy[vis], gx[vis]
            vf = len(gy) / total if total else 0.0
            if len(gy) == 0:
                continue
            iid = len(truth) + 1
            labels[gy, gx] = iid
            box = [int(gx.min()), int(gy.min()), int(gx.max()) + 1, int(gy.max()) + 1]
            tags = list(it["tags"]) + [f"window:{wdw['kind']}"] + wdw["case"]
            for bxv in BOUNDS_X:
                if box[0] < bxv <= box[2] - 1:
                    tags.append(f"crosses_x{bxv}")
            for byv in BOUNDS_Y:
                if box[1] < byv <= box[3] - 1:
                    tags.append(f"crosses_y{byv}")
            if box[3] - box[1] <= 16:
                tags.append("tiny_text")
            status = "visible"
            if it["clipped"] or vf < 0.999:
                status = "partial"   # cut by a window above, the screen edge or its own viewport
            truth.append(dict(id=iid, text=it["text"], kind=it["kind"], role=it["role"], form=it["form"],
                              box=box, ink_px=int(len(gy)), visible_fraction=round(vf, 4), status=status,
                              window=wi, window_title=wdw["title"], tags=tags))
    os.makedirs(out, exist_ok=True)
    Image.fromarray(desk).save(os.path.join(out, f"{name}.png"))
    Image.fromarray(labels).save(os.path.join(out, f"{name}.ink.png"))
    meta = dict(name=name, size=[W, H], scales=scales, seed=seed,
                windows=[dict(i=i, kind=w["kind"], title=w["title"], rect=[w["rect"][0], w["rect"][1], int(w["img"].shape[1]), int(w["img"].shape[0])],
                              theme=w["theme"], scale=w["scale"], cases=w["case"], z=order.index(i)) for i, w in enumerate(windows)],
                items=truth)
    with open(os.path.join(out, f"{name}.json"), "w") as f:
        json.dump(meta, f, indent=1)
    ids = [t for t in truth if t["role"] == "id"]
    print(f"{name}: {W}x{H} windows={len(windows)} ids={len(ids)} (visible {sum(t['status'] == 'visible' for t in ids)}) "
          f"keep={len(truth) - len(ids)} cases={[c for w in windows for c in w['case']]}", flush=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/tmp/bigadv/corpus")
    ap.add_argument("--only", type=int, nargs="*")
    args = ap.parse_args()
    app = QApplication.instance() or QApplication(["x"])
    app.setStyle("Fusion")
    work = os.path.join(args.out, "_office")
    if not os.path.exists(os.path.join(work, "sheet2.pdf")):
        office_docs = make_office_docs(Gen(random.Random(7)), random.Random(7), work)
        with open(os.path.join(work, "docs.json"), "w") as f:
            json.dump(office_docs, f)
    else:
        office_docs = json.load(open(os.path.join(work, "docs.json")))
    for i, spec in enumerate(SPECS):
        if args.only and i not in args.only:
            continue
        build_desktop(spec, args.out, work, office_docs, seed=1800 + i)


if __name__ == "__main__":
    main()
