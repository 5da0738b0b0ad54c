"""A generator of synthetic screenshots with ground truth, for the image redaction tests and benchmark.

Each screen is drawn the way the real systems look (CRM customer screens with labels beside or above
the fields, ADO / portal query grids with narrow truncated columns, DIP message trackers, DUIS log
viewers and payload viewers), in light and dark themes, at 9-14 pt, up to 1920x1080, some saved as
screen-share JPEGs at quality 70. Every identifier drawn is recorded with its pixel box and kind
(``secrets``), and so is the text that must survive redaction (``keeps``: test case references, step
numbers, message types, statuses, timestamps, correlation ids, labels).

Seeded: ``generate(seed, n)`` always draws the same screens. Not hand-picked: every value, layout
choice, font and theme is drawn at random from the generator's ranges.
"""

from __future__ import annotations

import io
import random
import string
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PIL import Image, ImageDraw, ImageFont

from attest.redaction.mpan import make_mpan

Box = tuple[int, int, int, int]

_FONT_FILES = {
    ("sans", False): "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    ("sans", True): "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    ("dejavu", False): "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    ("dejavu", True): "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ("condensed", False): "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    ("condensed", True): "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    ("mono", False): "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    ("mono", True): "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    ("libmono", False): "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
    ("libmono", True): "/usr/share/fonts/truetype/liberation2/LiberationMono-Bold.ttf",
    ("serif", False): "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    ("serif", True): "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
}
_FONTS: dict[tuple[str, bool, int], ImageFont.FreeTypeFont] = {}


def font(family: str, px: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    key = (family, bold, px)
    if key not in _FONTS:
        _FONTS[key] = ImageFont.truetype(_FONT_FILES[(family, bold)], px)
    return _FONTS[key]


def pt_to_px(pt: float) -> int:
    return round(pt * 96 / 72)


@dataclass(frozen=True)
class Theme:
    name: str
    bg: str
    panel: str
    text: str
    muted: str
    accent: str
    border: str
    header: str
    stripe: str
    select: str
    input: str
    bar: str
    bar_text: str


THEMES = {
    "light": Theme("light", "#f3f2f1", "#ffffff", "#201f1e", "#605e5c", "#0078d4", "#c8c6c4", "#faf9f8", "#f8f8f8",
                   "#deecf9", "#ffffff", "#0078d4", "#ffffff"),
    "dark": Theme("dark", "#1b1a19", "#252423", "#f3f2f1", "#c8c6c4", "#4aa0e6", "#484644", "#2d2c2b", "#2a2928",
                  "#1f3a55", "#1e1e1e", "#2b2b2b", "#f3f2f1"),
    "vscode": Theme("vscode", "#1e1e1e", "#1e1e1e", "#d4d4d4", "#9d9d9d", "#569cd6", "#3c3c3c", "#252526", "#222222",
                    "#264f78", "#3c3c3c", "#333333", "#cccccc"),
    "grey": Theme("grey", "#e9ecef", "#f8f9fa", "#212529", "#495057", "#0d6efd", "#ced4da", "#dee2e6", "#f1f3f5",
                  "#cfe2ff", "#ffffff", "#343a40", "#f8f9fa"),
}


@dataclass
class Truth:
    box: Box
    kind: str  # for secrets the Kind value ("MPAN", ...); for keeps a category ("ref", "status", ...)
    text: str


@dataclass
class Screen:
    name: str
    image: Image.Image
    fmt: str  # "PNG" or "JPEG"
    secrets: list[Truth] = field(default_factory=list)
    keeps: list[Truth] = field(default_factory=list)

    def encode(self) -> bytes:
        """The screenshot as a file, with metadata that must not survive redaction."""
        buffer = io.BytesIO()
        secret = self.secrets[0].text if self.secrets else "1200023305967"
        if self.fmt == "JPEG":
            exif = Image.Exif()
            exif[0x013B] = "Jane Tester"  # Artist
            exif[0x010E] = f"MPAN {secret}"  # ImageDescription
            self.image.save(buffer, format="JPEG", quality=70, exif=exif.tobytes(),
                            comment=f"customer {secret}".encode())
        else:
            from PIL import PngImagePlugin

            info = PngImagePlugin.PngInfo()
            info.add_text("Comment", f"MPAN {secret}")
            info.add_text("Author", "Jane Tester")
            info.add_itxt("Description", f"supply address {secret}")
            self.image.save(buffer, format="PNG", pnginfo=info)
        return buffer.getvalue()


# -- values ------------------------------------------------------------------------------------------------

FIRST = ["Jane", "John", "Amira", "Oliver", "Priya", "Tomasz", "Siobhan", "Kwame", "Grace", "Mohammed", "Eleanor",
         "Dylan", "Fatima", "George", "Hannah", "Ibrahim", "Chloe", "Rhys", "Aisha", "Callum"]
LAST = ["Smith", "Jones", "Patel", "O'Brien", "Williams", "Nowak", "Taylor", "Okafor", "Brown", "Khan", "Evans",
        "Hughes", "MacLeod", "Wright", "Davies", "Thompson", "Begum", "Roberts", "Walker", "Murphy"]
STREETS = ["High Street", "Acacia Avenue", "Mill Lane", "Station Road", "Church Close", "Park View", "Victoria Terrace",
           "Queensway", "Oak Drive", "Riverside Walk", "Manor Gardens", "Kings Crescent"]
TOWNS = ["Leeds", "Bristol", "Manchester", "Glasgow", "Cardiff", "Norwich", "Reading", "Swindon", "Derby", "Exeter",
         "Sheffield", "Stockport"]
POSTCODES = ["LS1 4AP", "BS8 1TH", "M14 5TQ", "G12 8QQ", "CF10 3AT", "NR2 1NS", "RG1 7EP", "SN1 2DQ", "DE22 3AW",
             "EX4 4QJ", "S10 2TN", "SK4 1AA", "SW1A 1AA", "EC1V 9HX", "B33 8TH", "EH1 2NG", "W1A 0AX", "OX1 3BG"]
STATUSES = ["Passed", "Failed", "Blocked", "Not run", "In progress"]
MSG_STATUSES = ["Delivered", "Accepted", "Rejected", "Pending", "Acknowledged", "Sent"]
MSG_TYPES = ["IF-031", "IF-021", "IF-033", "IF-036", "PUB-030", "PUB-046", "D0150", "D0010", "D0086", "D0055",
             "IF-001", "IF-003"]
SERVICES = ["SRV 8.1.1", "SRV 4.1.1", "SRV 6.2.1", "SRV 11.2", "SRV 8.7.2", "SRV 12.1"]
TITLES = ["Change of supplier", "Registration update", "Meter exchange", "Install and commission",
          "Change of tenancy", "Read retrieval", "Tariff update", "Disconnection", "Reconnection",
          "Switch to prepayment", "Firmware update", "Join IHD"]


def mpan(rng: random.Random) -> str:
    distributor = rng.choice(range(10, 24)) if rng.random() < 0.85 else rng.choice(range(24, 37))
    return make_mpan(distributor, "".join(rng.choice(string.digits) for _ in range(10)))


def mpan_written(rng: random.Random, value: str, *, allow_typo: bool) -> str:
    roll = rng.random()
    if allow_typo and roll < 0.08:  # a typo: the check digit no longer holds
        i = rng.randrange(2, 12)
        return value[:i] + str((int(value[i]) + rng.randint(1, 9)) % 10) + value[i + 1:]
    if roll < 0.25:
        return f"{value[:2]} {value[2:6]} {value[6:10]} {value[10:]}"
    if roll < 0.30:
        return f"{value[:2]}-{value[2:6]}-{value[6:10]}-{value[10:]}"
    return value


def msn(rng: random.Random) -> str:
    letters = string.ascii_uppercase
    roll = rng.random()
    if roll < 0.45:
        return (rng.choice(letters) + f"{rng.randint(0, 99):02d}" + "".join(rng.choice(letters) for _ in range(rng.choice((1, 2))))
                + "".join(rng.choice(string.digits) for _ in range(rng.choice((5, 6)))))
    if roll < 0.65:
        return f"{rng.randint(10, 26)}{rng.choice('PLKEAS')}{rng.randint(0, 9999999):07d}"
    if roll < 0.80:
        return f"E6S{rng.randint(0, 10**11 - 1):011d}"  # gas, Elster style
    if roll < 0.90:
        return f"G4A{rng.randint(0, 10**8 - 1):08d}"
    return f"{rng.choice(letters)}{rng.randint(0, 99999999):08d}"


def device_id(rng: random.Random) -> str:
    octets = ["00", "1B", "C5"] + [f"{rng.randint(0, 255):02X}" for _ in range(5)]
    roll = rng.random()
    if roll < 0.6:
        return "-".join(octets)
    if roll < 0.8:
        return ":".join(octets)
    return "".join(octets)


def mprn(rng: random.Random) -> str:
    return str(rng.randint(10**(rng.choice((6, 8, 9)) - 1), 10**10 - 1))[: rng.choice((8, 9, 10))]


def name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def street(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return f"Flat {rng.randint(1, 40)}, {rng.randint(1, 199)} {rng.choice(STREETS)}"
    return f"{rng.randint(1, 199)} {rng.choice(STREETS)}"


def email(rng: random.Random) -> str:
    return f"{rng.choice(FIRST).lower()}.{rng.choice(LAST).lower().replace(chr(39), '')}@example.co.uk"


def phone(rng: random.Random) -> str:
    return rng.choice([f"07700 900{rng.randint(0, 999):03d}", f"0113 496 {rng.randint(0, 9999):04d}",
                       f"+44 20 7946 {rng.randint(0, 9999):04d}"])


def test_ref(rng: random.Random) -> str:
    return rng.choice([f"FM_TS_{rng.randint(1, 9)}_TC_{rng.randint(1, 60):02d}", f"SIT-REG-TC-{rng.randint(1, 300):03d}",
                       f"UIT_CoS_{rng.randint(1, 99):03d}", f"MHHS-QT-{rng.randint(100, 999)}",
                       f"DCC-WT-{rng.randint(1, 40):02d}.{rng.randint(1, 9)}"])


def timestamp(rng: random.Random, style: int | None = None) -> str:
    day, hour, minute, second = rng.randint(1, 28), rng.randint(7, 19), rng.randint(0, 59), rng.randint(0, 59)
    style = rng.randrange(3) if style is None else style
    if style == 0:
        return f"2026-11-{day:02d} {hour:02d}:{minute:02d}:{second:02d}"
    if style == 1:
        return f"{day:02d}/11/2026 {hour:02d}:{minute:02d}"
    return f"2026-11-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}.{rng.randint(0, 999):03d}Z"


def correlation_id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


# -- drawing -----------------------------------------------------------------------------------------------

Part = tuple[str, str | None, str | None]  # text, secret kind, keep category


class Painter:
    """Draws text part by part and records the ink box of every secret and every kept part."""

    def __init__(self, size: tuple[int, int], theme: Theme, rng: random.Random, name: str) -> None:
        self.image = Image.new("RGB", size, theme.bg)
        self.draw = ImageDraw.Draw(self.image)
        self.theme = theme
        self.rng = rng
        self.screen = Screen(name, self.image, "PNG")

    @property
    def width(self) -> int:
        return self.image.width

    @property
    def height(self) -> int:
        return self.image.height

    def text(self, x: float, y: float, parts: Sequence[Part] | str, fnt: ImageFont.FreeTypeFont,
             fill: str | None = None) -> float:
        if isinstance(parts, str):
            parts = [(parts, None, None)]
        fill = fill or self.theme.text
        for text, secret, keep in parts:
            if not text:
                continue
            self.draw.text((x, y), text, font=fnt, fill=fill)
            if secret or keep:
                box = self.draw.textbbox((x, y), text, font=fnt)
                # what is on screen: a value running off the window's edge is only its visible part
                visible = (max(0, int(box[0])), max(0, int(box[1])), min(self.width, int(box[2])),
                           min(self.height, int(box[3])))
                if visible[2] - visible[0] >= 6 and visible[3] - visible[1] >= 4:
                    truth = Truth(visible, secret or keep or "", text)
                    (self.screen.secrets if secret else self.screen.keeps).append(truth)
            x += fnt.getlength(text)
        return x

    def rect(self, box: Sequence[float], fill: str | None = None, outline: str | None = None) -> None:
        self.draw.rectangle(tuple(box), fill=fill, outline=outline)

    def fit(self, text: str, fnt: ImageFont.FreeTypeFont, width: float) -> str:
        """Cut ``text`` with an ellipsis to fit ``width`` pixels, as grids do."""
        if fnt.getlength(text) <= width:
            return text
        while text and fnt.getlength(text + "…") > width:
            text = text[:-1]
        return text.rstrip() + "…" if text.strip() else ""

    def icon(self, x: float, y: float, size: int, colour: str | None = None) -> None:
        colour = colour or self.rng.choice([self.theme.accent, "#107c10", "#d83b01", "#8764b8", self.theme.muted])
        if self.rng.random() < 0.5:
            self.draw.ellipse((x, y, x + size, y + size), fill=colour)
        else:
            self.draw.rounded_rectangle((x, y, x + size, y + size), radius=2, fill=colour)

    def chrome(self, title: str, px: int) -> tuple[int, int]:
        """Title bar, menu bar and a side navigation; returns the content's top-left corner."""
        t = self.theme
        bar = int(px * 2.6)
        self.rect((0, 0, self.width, bar), fill=t.bar)
        f = font("sans", px, bold=True)
        self.text(px, (bar - px) / 2 - 1, title, f, fill=t.bar_text)
        x = self.width - px * 14
        for label in ("Search", "Help", "JT"):
            x = self.text(x, (bar - px) / 2 - 1, label, font("sans", px), fill=t.bar_text) + px * 1.5
        nav = int(px * 13) if self.rng.random() < 0.75 else 0
        if nav:
            self.rect((0, bar, nav, self.height), fill=t.header)
            y = bar + px
            for item in self.rng.sample(["Overview", "Boards", "Work items", "Queries", "Test Plans", "Customers",
                                         "Accounts", "Meter points", "Messages", "Reports", "Settings", "Dashboards",
                                         "Repos", "Pipelines"], 8):
                self.icon(px * 0.8, y + 2, px - 4)
                self.text(px * 2.2, y, item, font("sans", px), fill=t.text)
                y += int(px * 2.2)
        return nav + px, bar + px


def _size(rng: random.Random, big: bool) -> tuple[int, int]:
    if big:
        return (1920, 1080)
    return rng.choice([(1280, 800), (1366, 768), (1440, 900), (1024, 768), (1600, 900), (1280, 720)])


# -- CRM customer screen, label left / value right -------------------------------------------------------------

def _secret_fields(rng: random.Random, typos: bool = True) -> list[tuple[str, list[Part]]]:
    """The customer and meter fields of a CRM screen: (label, value parts)."""
    m = mpan(rng)
    fields: list[tuple[str, list[Part]]] = [
        (rng.choice(["Customer name", "Customer", "Account holder", "Full name"]), [(name(rng), "NAME", None)]),
        (rng.choice(["Supply address", "Address", "Site address", "Premises address"]), [(street(rng), "ADDRESS", None)]),
        (rng.choice(["Town", "City"]), [(rng.choice(TOWNS), "ADDRESS", None)]),
        (rng.choice(["Postcode", "Post code"]), [(rng.choice(POSTCODES), "POSTCODE", None)]),
        (rng.choice(["MPAN", "MPAN core", "MPAN Core", "Import MPAN", "Supply number"]),
         [(mpan_written(rng, m, allow_typo=typos), "MPAN", None)]),
        (rng.choice(["Meter serial", "Meter serial number", "MSN", "Serial No", "Meter Serial No."]), [(msn(rng), "MSN", None)]),
    ]
    if rng.random() < 0.6:
        fields.append((rng.choice(["MPRN", "Gas MPRN"]), [(mprn(rng), "MPRN", None)]))
    if rng.random() < 0.6:
        fields.append((rng.choice(["Device ID", "ESME ID", "Comms Hub ID"]), [(device_id(rng), "DEVICE", None)]))
    if rng.random() < 0.6:
        fields.append((rng.choice(["Email", "Email address"]), [(email(rng), "EMAIL", None)]))
    if rng.random() < 0.6:
        fields.append((rng.choice(["Phone", "Telephone", "Mobile"]), [(phone(rng), "PHONE", None)]))
    return fields


def _plain_fields(rng: random.Random) -> list[tuple[str, list[Part]]]:
    return [
        ("Account reference", [(f"ACC-{rng.randint(1000, 99999):05d}", None, "ref")]),
        ("Status", [(rng.choice(["Active", "Pending switch", "Objected", "Live"]), None, "status")]),
        ("Test case", [(test_ref(rng), None, "ref")]),
        ("Step", [(f"Step {rng.randint(1, 20)} of {rng.randint(20, 30)}", None, "step")]),
        ("Last updated", [(timestamp(rng), None, "timestamp")]),
        ("Tariff", [(rng.choice(["Standard Variable", "Fixed 12M", "Economy 7", "EV Flex"]), None, "value")]),
        ("Profile class", [(f"0{rng.randint(1, 8)}", None, "value")]),
    ]


def crm_form(rng: random.Random, theme: Theme, px: int, size: tuple[int, int], name_: str) -> Screen:
    p = Painter(size, theme, rng, name_)
    x0, y0 = p.chrome("Contoso Energy CRM", px)
    t = theme
    label_font = font(rng.choice(["sans", "dejavu", "condensed"]), px, bold=rng.random() < 0.3)
    value_font = font(label_font.path.endswith("Condensed.ttf") and "condensed" or "sans", px)
    colon = rng.random() < 0.5
    boxed = rng.random() < 0.5
    right_aligned = rng.random() < 0.3  # labels flush right against the values ("MPAN Core:  1200…")
    link = rng.random() < 0.25  # identifiers drawn as links in the accent colour
    address_block = rng.random() < 0.4  # the supply address as a block of lines under one label
    # breadcrumb and panel title
    p.text(x0, y0, [("Accounts  >  ", None, None), (f"ACC-{rng.randint(1000, 99999):05d}", None, "ref"),
                    ("  >  Meter point", None, None)], font("sans", px), fill=t.muted)
    y = y0 + int(px * 2.4)
    p.text(x0, y, "Customer details", font("sans", int(px * 1.3), bold=True))
    y += int(px * 2.6)
    secrets, plain = _secret_fields(rng), _plain_fields(rng)
    if address_block:
        for index, (label, value) in enumerate(secrets):
            if value[0][1] == "ADDRESS" and not label.startswith(("Town", "City")):
                secrets[index] = (label, value + [("\n", None, None), (rng.choice(TOWNS), "ADDRESS", None),
                                                  ("\n", None, None), (rng.choice(POSTCODES), "POSTCODE", None)])
    rows = secrets + rng.sample(plain, rng.randint(3, len(plain)))
    rng.shuffle(rows)
    columns = 2 if size[0] >= 1280 and rng.random() < 0.6 else 1
    per_column = (len(rows) + columns - 1) // columns
    column_width = (p.width - x0 - px) // columns
    label_width = int(px * rng.uniform(10, 13))
    pitch = int(px * rng.uniform(2.0, 2.6))
    bottom = y
    for c in range(columns):
        yy = y
        for label, value in rows[c * per_column:(c + 1) * per_column]:
            lx = x0 + c * column_width
            text = label + (":" if colon else "")
            if right_aligned:
                lx += label_width - px - label_font.getlength(text)
            p.text(lx, yy, [(text, None, "label")], label_font, fill=t.muted)
            vx = x0 + c * column_width + label_width
            lines = [[]]  # a value may run over several lines (an address block)
            for part in value:
                if part[0] == "\n":
                    lines.append([])
                else:
                    lines[-1].append(part)
            for line in lines:
                if boxed:
                    p.rect((vx - 4, yy - px * 0.35, vx + min(column_width - label_width - px, px * 22), yy + px * 1.45),
                           fill=t.input, outline=t.border)
                colour = t.accent if link and line and line[0][1] in ("MPAN", "MSN", "MPRN") else None
                p.text(vx, yy, line, value_font, fill=colour)
                yy += pitch if len(lines) == 1 else int(px * 1.5)
            if len(lines) > 1:
                yy += pitch - int(px * 1.5)
            bottom = max(bottom, yy)
    # related items, a small grid of things that must stay
    y = bottom + px
    if rng.random() < 0.5 and y + px * 6 < p.height:
        y = _notes(p, rng, x0, y, px)
    if y + px * 8 < p.height:
        p.text(x0, y, "Related test steps", font("sans", int(px * 1.15), bold=True))
        y += int(px * 2.2)
        cols = [("Test case", 12), ("Step", 5), ("Message", 7), ("Status", 7), ("Executed", 13)]
        _grid_header(p, x0, y, cols, px)
        y += int(px * 1.9)
        while y + px * 2 < p.height:
            values = [(test_ref(rng), "ref"), (str(rng.randint(1, 30)), "step"), (rng.choice(MSG_TYPES), "msgtype"),
                      (rng.choice(STATUSES), "status"), (timestamp(rng, 0), "timestamp")]
            x = x0
            for (text, keep), (_h, w) in zip(values, cols, strict=True):
                p.text(x, y, [(p.fit(text, font("sans", px), w * px * 0.62 - 6), None, keep)], font("sans", px))
                x += w * px * 0.62
            y += int(px * 1.8)
    return p.screen


def _notes(p: Painter, rng: random.Random, x: float, y: float, px: int) -> float:
    """A notes panel: free text in which identifiers appear without a label (patterns must find them)."""
    f = font("sans", px)
    p.text(x, y, "Notes", font("sans", int(px * 1.15), bold=True))
    y += int(px * 2)
    for _ in range(rng.randint(2, 3)):
        roll = rng.random()
        if roll < 0.4:
            parts: list[Part] = [("Customer called about supply ", None, None), (mpan(rng), "MPAN", None),
                                 (" - agreed to retest at ", None, None), (timestamp(rng, 1), None, "timestamp")]
        elif roll < 0.7:
            parts = [("Engineer visit booked for ", None, None), (rng.choice(POSTCODES), "POSTCODE", None),
                     (", see ", None, None), (test_ref(rng), None, "ref")]
        else:
            parts = [("Raised defect against ", None, None), (rng.choice(MSG_TYPES), None, "msgtype"),
                     (" rejection, device ", None, None), (device_id(rng), "DEVICE", None)]
        p.text(x, y, parts, f)
        y += int(px * 1.7)
    return y + px


def crm_stacked(rng: random.Random, theme: Theme, px: int, size: tuple[int, int], name_: str) -> Screen:
    """Labels above their fields, in a grid of cards."""
    p = Painter(size, theme, rng, name_)
    x0, y0 = p.chrome(rng.choice(["Field Services Portal", "Customer 360", "Smart Ops"]), px)
    t = theme
    p.text(x0, y0, "Meter point", font("sans", int(px * 1.4), bold=True))
    y = y0 + int(px * 3)
    rows = _secret_fields(rng) + rng.sample(_plain_fields(rng), 3)
    rng.shuffle(rows)
    columns = rng.choice([2, 3]) if size[0] >= 1280 else 2
    cell_w = (p.width - x0 - px) // columns
    label_font = font("sans", max(11, px - rng.choice([0, 1, 2])), bold=rng.random() < 0.5)
    value_font = font(rng.choice(["sans", "dejavu"]), px)
    gap = int(px * rng.uniform(0.5, 1.0))
    for i, (label, value) in enumerate(rows):
        c, r = i % columns, i // columns
        x = x0 + c * cell_w
        yy = y + r * int(px * 4.6)
        if yy + px * 4 > p.height:
            break
        p.text(x, yy, [(label, None, "label")], label_font, fill=t.muted)
        vy = yy + px + gap + int(px * 0.4)
        p.rect((x - 4, vy - px * 0.35, x + cell_w - px * 2, vy + px * 1.45), fill=t.input, outline=t.border)
        p.text(x + 2, vy, value, value_font)
    return p.screen


# -- ADO / portal grid --------------------------------------------------------------------------------------

def _grid_header(p: Painter, x: float, y: float, cols: Sequence[tuple[str, float]], px: int) -> None:
    f = font("sans", px, bold=True)
    for header, w in cols:
        shown = p.fit(header, f, w * px * 0.62 - 8)
        p.text(x, y, [(shown, None, "label" if shown == header else None)], f, fill=p.theme.muted)
        x += w * px * 0.62


def ado_grid(rng: random.Random, theme: Theme, px: int, size: tuple[int, int], name_: str) -> Screen:
    p = Painter(size, theme, rng, name_)
    x0, y0 = p.chrome(rng.choice(["Azure DevOps", "MHHS Test Portal", "DIP Participant Portal", "SIT Tracker"]), px)
    t = theme
    p.text(x0, y0, [("Query: ", None, None), ("SIT cycle 3 - failed steps", None, None)], font("sans", px + 2, bold=True))
    y = y0 + int(px * 2.6)
    f = font(rng.choice(["sans", "dejavu", "condensed"]), px)
    # column: header, width in characters, value maker (text, secret kind, keep category)
    sensitive: list[tuple[str, float, Callable[[], tuple[str, str | None, str | None]]]] = [
        (rng.choice(["MPAN", "MPAN Core", "MPAN core"]), rng.choice([9, 11, 16]),
         lambda: (mpan_written(rng, mpan(rng), allow_typo=True), "MPAN", None)),
        (rng.choice(["Meter Serial", "MSN", "Meter serial no"]), rng.choice([8, 12, 14]), lambda: (msn(rng), "MSN", None)),
        (rng.choice(["Postcode", "Post Code"]), 8, lambda: (rng.choice(POSTCODES), "POSTCODE", None)),
        ("Customer", 11, lambda: (name(rng), "NAME", None)),
        (rng.choice(["Address", "Supply Address"]), 14, lambda: (f"{street(rng)}, {rng.choice(TOWNS)}", "ADDRESS", None)),
        (rng.choice(["Device ID", "ESME ID"]), rng.choice([10, 16, 22]), lambda: (device_id(rng), "DEVICE", None)),
        ("MPRN", 9, lambda: (mprn(rng), "MPRN", None)),
        (rng.choice(["Email", "Contact email"]), 18, lambda: (email(rng), "EMAIL", None)),
        (rng.choice(["Phone", "Telephone"]), 12, lambda: (phone(rng), "PHONE", None)),
    ]
    plain: list[tuple[str, float, Callable[[], tuple[str, str | None, str | None]]]] = [
        ("ID", 7, lambda: (str(rng.randint(10000, 99999)), None, "id")),
        ("Title", 26, lambda: (f"{test_ref(rng)} {rng.choice(TITLES)} step {rng.randint(1, 30)}", None, "ref")),
        ("State", 8, lambda: (rng.choice(STATUSES), None, "status")),
        ("Message Type", 9, lambda: (rng.choice(MSG_TYPES), None, "msgtype")),
        ("Correlation ID", 24, lambda: (correlation_id(rng), None, "uuid")),
        ("Changed Date", 13, lambda: (timestamp(rng, rng.choice([0, 1])), None, "timestamp")),
        ("Assigned To", 11, lambda: (rng.choice(["Jane Tester", "Sam Witness", "QA Bot", "Priya Lead"]), None, None)),
        ("Step", 5, lambda: (str(rng.randint(1, 40)), None, "step")),
    ]
    columns = rng.sample(sensitive, rng.randint(2, 4)) + rng.sample(plain, rng.randint(3, 6))
    rng.shuffle(columns)
    columns.sort(key=lambda c: c[0] != "ID")  # ID first when present
    scale = px * 0.62
    total = sum(c[1] for c in columns) * scale
    room = p.width - px - x0
    if total > room or rng.random() < 0.7:  # grids stretch to the window, some stay compact
        factor = min(room / total, rng.uniform(1.0, 1.8))
        columns = [(h, w * factor, make) for h, w, make in columns]
    _grid_header(p, x0, y, [(h, w) for h, w, _m in columns], px)
    if rng.random() < 0.4:  # the sorted column's arrow
        sorted_at = rng.randrange(len(columns))
        ax = x0 + sum(w for _h, w, _m in columns[:sorted_at]) * px * 0.62 + font("sans", px, bold=True).getlength(
            p.fit(columns[sorted_at][0], font("sans", px, bold=True), columns[sorted_at][1] * px * 0.62 - 8)) + 5
        if ax + px < x0 + sum(w for _h, w, _m in columns[:sorted_at + 1]) * px * 0.62:
            p.draw.polygon([(ax, y + px * 0.7), (ax + px * 0.6, y + px * 0.7), (ax + px * 0.3, y + px * 0.3)],
                           fill=t.muted)
    right_numbers = rng.random() < 0.4  # grids that right-align numeric columns
    pitch = int(px * rng.uniform(1.65, 2.1))
    y += int(px * 1.6)
    p.rect((x0 - 4, y, p.width - px, y), outline=t.border)
    y += int(px * 0.45)
    row = 0
    while y + pitch < p.height - px:
        if row % 2 and rng.random() < 0.7:
            p.rect((x0 - 4, y - 3, p.width - px, y + pitch - 3), fill=t.stripe)
        if rng.random() < 0.05:
            p.rect((x0 - 4, y - 3, p.width - px, y + pitch - 3), fill=t.select)
        x = x0
        for _header, w, make in columns:
            text, secret, keep = make()
            shown = p.fit(text, f, w * scale - 8)
            if shown != text and secret is None:
                keep = None  # a cut reference is no longer the reference
            if rng.random() < 0.03 and secret:
                shown = ""  # an empty cell
            offset = 0.0
            if right_numbers and shown.replace(" ", "").isdigit():
                offset = max(0.0, w * scale - 8 - f.getlength(shown))
            p.text(x + offset, y, [(shown, secret, keep)], f)
            x += w * scale
        y += pitch
        row += 1
    return p.screen


# -- DIP message tracker ---------------------------------------------------------------------------------------

def dip_tracker(rng: random.Random, theme: Theme, px: int, size: tuple[int, int], name_: str) -> Screen:
    p = Painter(size, theme, rng, name_)
    x0, y0 = p.chrome("DIP Message Tracker", px)
    t = theme
    f = font(rng.choice(["sans", "dejavu"]), px)
    small = font("sans", max(11, px - 1))
    y = y0
    p.text(x0, y, "Messages for the last 24 hours", font("sans", px + 2, bold=True))
    y += int(px * 2.5)
    sep = rng.choice(["  ·  ", "   |   ", "    "])
    while y + px * 5 < p.height:
        p.rect((x0 - 6, y - 6, p.width - px, y + px * 3.6), fill=t.panel, outline=t.border)
        p.icon(x0, y + 2, px - 2)
        x = x0 + px * 1.5
        status = rng.choice(MSG_STATUSES)
        p.text(x, y, [(rng.choice(MSG_TYPES), None, "msgtype"), ("  " + rng.choice(TITLES) + sep, None, None),
                      (status, None, "status"), (sep, None, None), (timestamp(rng, 2), None, "timestamp")], f)
        y2 = y + int(px * 1.7)
        parts: list[Part] = []
        m = mpan(rng)
        label = rng.choice(["MPAN ", "MPAN: ", "MPxN: ", "mpan="])
        parts += [(label, None, None), (mpan_written(rng, m, allow_typo=label.strip().endswith((":", "="))), "MPAN", None)]
        parts += [(sep + "Correlation ID ", None, None), (correlation_id(rng), None, "uuid")]
        if rng.random() < 0.5:
            parts += [(sep + "DIP ID ", None, None), (f"DIP-{rng.randint(0, 16**8 - 1):08X}", None, "ref")]
        if rng.random() < 0.3:
            parts += [(sep + "MSN ", None, None), (msn(rng), "MSN", None)]
        p.text(x, y2, parts, small, fill=t.muted)
        y += int(px * 4.6)
    return p.screen


# -- DUIS / log viewer and payload viewer -------------------------------------------------------------------

def log_viewer(rng: random.Random, theme: Theme, px: int, size: tuple[int, int], name_: str) -> Screen:
    p = Painter(size, theme, rng, name_)
    x0, y0 = p.chrome(rng.choice(["DUIS Message Log", "Adapter logs - sit3", "kubectl logs duis-adapter"]), px)
    f = font(rng.choice(["mono", "libmono"]), px)
    pitch = int(px * rng.uniform(1.35, 1.7))
    y = y0
    while y + pitch < p.height - 4:
        roll = rng.random()
        ts = timestamp(rng, 0) + f".{rng.randint(0, 999):03d}"
        level = rng.choice(["INFO ", "DEBUG", "WARN ", "INFO "])
        parts: list[Part] = [(ts, None, "timestamp"), (f" {level} ", None, None)]
        if roll < 0.35:
            parts += [("[DUIS] ", None, None), (rng.choice(SERVICES), None, "msgtype"), (" request mpan=", None, None),
                      (mpan(rng), "MPAN", None), (" msn=", None, None), (msn(rng), "MSN", None)]
            if rng.random() < 0.5:
                parts += [(" corr=", None, None), (correlation_id(rng)[:18], None, None)]
        elif roll < 0.55:
            parts += [("[DCC] ", None, None), (rng.choice(["DeviceId=", "deviceId=", "ESME ", "device_id="]), None, None),
                      (device_id(rng), "DEVICE", None), (" status=", None, None), ("0x0000", None, None)]
        elif roll < 0.65:
            parts += [("[DIP] ", None, None), (rng.choice(MSG_TYPES), None, "msgtype"), (" mpan: ", None, None),
                      (mpan_written(rng, mpan(rng), allow_typo=True), "MPAN", None), (" correlationId=", None, None),
                      (correlation_id(rng), None, "uuid")]
        elif roll < 0.72:
            parts += [("[CRM] customer=", None, None), (name(rng).replace(" ", "_"), "NAME", None),
                      (" postcode=", None, None), (rng.choice(POSTCODES).replace(" ", ""), "POSTCODE", None)]
        else:
            parts += [(rng.choice(["[SCHED] ", "[HTTP] ", "[TEST] "]), None, None),
                      (rng.choice([f"step {rng.randint(1, 30)} completed", "health check ok", "retrying in 5s",
                                   f"{test_ref(rng)} started", "connection pool size=20", "GET /api/status 200"]),
                       None, None)]
        p.text(x0, y, parts, f)
        y += pitch
    return p.screen


def payload_viewer(rng: random.Random, theme: Theme, px: int, size: tuple[int, int], name_: str) -> Screen:
    p = Painter(size, theme, rng, name_)
    x0, y0 = p.chrome(rng.choice(["Payload - IF-031.json", "Message body", "Evidence viewer"]), px)
    f = font(rng.choice(["mono", "libmono"]), px)
    pitch = int(px * rng.uniform(1.35, 1.6))
    y = y0
    indent = "  "
    lines: list[list[Part]] = [[("{", None, None)]]
    for _ in range(40):
        roll = rng.random()
        if roll < 0.15:
            lines.append([(f'{indent}"mpan": "', None, None), (mpan(rng), "MPAN", None), ('",', None, None)])
        elif roll < 0.25:
            lines.append([(f'{indent}"meterSerialNumber": "', None, None), (msn(rng), "MSN", None), ('",', None, None)])
        elif roll < 0.32:
            lines.append([(f'{indent}"deviceId": "', None, None), (device_id(rng), "DEVICE", None), ('",', None, None)])
        elif roll < 0.38:
            lines.append([(f'{indent}"postcode": "', None, None), (rng.choice(POSTCODES), "POSTCODE", None), ('",', None, None)])
        elif roll < 0.44:
            lines.append([(f"{indent}<MPAN>", None, None), (mpan(rng), "MPAN", None), ("</MPAN>", None, None)])
        elif roll < 0.5:
            lines.append([(f"{indent}<sr:MeterSerialNumber>", None, None), (msn(rng), "MSN", None),
                          ("</sr:MeterSerialNumber>", None, None)])
        elif roll < 0.6:
            lines.append([(f'{indent}"messageType": "', None, None), (rng.choice(MSG_TYPES), None, "msgtype"), ('",', None, None)])
        elif roll < 0.7:
            lines.append([(f'{indent}"correlationId": "', None, None), (correlation_id(rng), None, "uuid"), ('",', None, None)])
        elif roll < 0.8:
            lines.append([(f'{indent}"sentAt": "', None, None), (timestamp(rng, 2), None, "timestamp"), ('",', None, None)])
        elif roll < 0.9:
            lines.append([(f'{indent}"testCase": "', None, None), (test_ref(rng), None, "ref"), ('",', None, None)])
        else:
            lines.append([(f'{indent}"status": "', None, None), (rng.choice(MSG_STATUSES), None, "status"), ('",', None, None)])
    for parts in lines:
        if y + pitch > p.height - 4:
            break
        p.text(x0, y, parts, f)
        y += pitch
    return p.screen


KINDS: dict[str, Callable[[random.Random, Theme, int, tuple[int, int], str], Screen]] = {
    "crm": crm_form, "stacked": crm_stacked, "grid": ado_grid, "dip": dip_tracker, "log": log_viewer,
    "payload": payload_viewer,
}


def screen(rng: random.Random, kind: str, *, big: bool | None = None, index: int = 0) -> Screen:
    theme = THEMES[rng.choice(["light", "light", "dark", "vscode", "grey"])]
    pt = rng.choice([9, 10, 11, 12, 13, 14])
    size = _size(rng, rng.random() < 0.35 if big is None else big)
    made = KINDS[kind](rng, theme, pt_to_px(pt), size, f"{index:03d}-{kind}-{theme.name}-{pt}pt-{size[0]}x{size[1]}")
    if rng.random() < 0.3:
        made.fmt = "JPEG"
        made.name += "-jpeg"
    return made


def generate(seed: int, count: int, *, kinds: Sequence[str] | None = None, big: bool | None = None) -> list[Screen]:
    """``count`` screens, cycling through the screen kinds; the same seed draws the same screens."""
    rng = random.Random(seed)
    kinds = list(kinds or KINDS)
    return [screen(rng, kinds[i % len(kinds)], big=big, index=i) for i in range(count)]


if __name__ == "__main__":  # write a sample to look at: python tests/corpus_screens.py OUTDIR
    import sys
    from pathlib import Path

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screens")
    out.mkdir(parents=True, exist_ok=True)
    for s in generate(int(sys.argv[2]) if len(sys.argv) > 2 else 1, 12):
        (out / f"{s.name}.{'jpg' if s.fmt == 'JPEG' else 'png'}").write_bytes(s.encode())
        print(s.name, len(s.secrets), "secrets", len(s.keeps), "keeps")
