"""Adversarial text corpus for Attest's redaction, written black-box.

Nothing here is derived from the redaction code: the forms come from the issue report and from the
ways identifiers really reach evidence (pasted e-mails, HTML exports, DIP envelopes, encodings).

    generate(seed, n_per_class) -> list[Case]      evidence files holding identifiers in hostile forms
    typed(seed, n_per_class)    -> list[Typed]     short strings a tester would type
    negatives(seed, n)          -> list[str]       non-identifiers that must survive
    leaked(secrets, redacted)   -> list[str]       independent checker: secrets still recoverable
    kept(value, redacted)       -> bool            is a keep string still present
    self_check()                                   raises if the checker misses a secret in raw data

Stdlib only; deterministic for a given seed.
"""
from __future__ import annotations

import base64
import binascii
import csv
import html
import io
import json
import quopri
import random
import re
import unicodedata
import urllib.parse
import uuid as _uuid
from dataclasses import dataclass, field
from xml.sax.saxutils import escape as xml_escape

# ---------------------------------------------------------------------------------------------
# Data classes


@dataclass
class Case:
    name: str
    klass: str
    filename: str
    data: bytes
    secrets: list[str]
    keep: list[str] = field(default_factory=list)


@dataclass
class Typed:
    klass: str
    text: str
    secrets: list[str]


# ---------------------------------------------------------------------------------------------
# Identifier generators

PRIMES = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]


def mpan_check(first12: str) -> int:
    return sum(int(d) * p for d, p in zip(first12, PRIMES)) % 11 % 10


def mpan_valid(core: str) -> bool:
    return (len(core) == 13 and core.isdigit() and 10 <= int(core[:2]) <= 36
            and mpan_check(core[:12]) == int(core[12]))


def gen_mpan(rng: random.Random) -> str:
    dist = rng.choice(list(range(10, 24)) * 3 + list(range(24, 37)))
    body = f"{dist:02d}" + "".join(rng.choice("0123456789") for _ in range(10))
    return body + str(mpan_check(body))


def gen_mpan_bad(rng: random.Random) -> str:
    good = gen_mpan(rng)
    wrong = (int(good[12]) + rng.randint(1, 9)) % 10
    return good[:12] + str(wrong)


UPPER = "ABCDEFGHJKLMNPRSTUVWXYZ"


def gen_serial(rng: random.Random) -> str:
    shape = rng.randrange(4)
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    L = lambda n: "".join(rng.choice(UPPER) for _ in range(n))  # noqa: E731
    if shape == 0:   # S06DS123456
        return L(1) + d(2) + L(2) + d(6)
    if shape == 1:   # 19P0123456
        return d(2) + L(1) + d(7)
    if shape == 2:   # K12A345678
        return L(1) + d(2) + L(1) + d(6)
    return L(1) + d(2) + L(2) + d(rng.choice([5, 7]))


def gen_gas_serial(rng: random.Random) -> str:
    prefix = rng.choice(["E6S", "E6E", "G4A", "G4K", "U6A", "E6S"])
    n = 11 if prefix.startswith("E6") else 8
    return prefix + "".join(rng.choice("0123456789") for _ in range(n))


EUI_OUI = ["001BC5", "000D6F", "70B3D5", "0C4314", "D0520D", "00078B"]


def gen_eui(rng: random.Random) -> str:
    while True:
        v = rng.choice(EUI_OUI) + "".join(rng.choice("0123456789ABCDEF") for _ in range(10))
        if re.search("[A-F]", v[6:]) and re.search("[0-9]", v[6:]):
            return v


PC_AREAS = ["LS", "BD", "SN", "RG", "CF", "G", "NR", "DE", "HU", "SK", "LL", "IP", "SR", "PR", "EX",
            "M", "B", "L", "S", "BS", "NE", "CB", "OX", "WF", "HG", "YO", "TS", "DH", "CH", "ST"]
PC_INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_postcode(rng: random.Random) -> str:
    area = rng.choice(PC_AREAS)
    district = str(rng.randint(1, 29))
    return f"{area}{district} {rng.randint(0, 9)}{rng.choice(PC_INWARD)}{rng.choice(PC_INWARD)}"


FIRST = ["Asha", "Oliver", "Amelia", "Harry", "Isla", "George", "Priya", "Mohammed", "Niamh", "Callum",
         "Siobhan", "Gareth", "Bethan", "Tomasz", "Chloe", "Rhys", "Fatima", "Declan", "Eilidh", "Ravi"]
LAST = ["Patel", "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas",
        "Campbell", "MacLeod", "Hughes", "Kowalski", "Ahmed", "Fraser", "Murphy", "Robertson", "Khan",
        "Okafor"]
STREET_A = ["Acacia", "Mill", "Station", "Church", "Victoria", "Albert", "Granby", "Kirkstall", "Beech",
            "Hawthorn", "Meadow", "Queens", "Elm", "Chapel", "Bridge", "Orchard", "Westfield", "Moorland",
            "Clarence", "Sycamore", "Belgrave", "Tennyson"]
STREET_B = ["Road", "Street", "Avenue", "Lane", "Close", "Crescent", "Drive", "Grove", "Terrace", "Way",
            "Gardens", "Place"]
TOWNS = ["Leeds", "Bradford", "Swindon", "Reading", "Cardiff", "Glasgow", "Norwich", "Derby", "Hull",
         "Stockport", "Wrexham", "Ipswich", "Sunderland", "Preston", "Exeter", "Harrogate", "Wakefield"]
HOUSE_NAMES = ["Rose Cottage", "The Old Forge", "Ivy House", "Meadow View", "The Laurels", "Orchard End",
               "Hillcrest", "Willow Barn", "Fernbank", "Stable Cottage", "Holly Lodge", "The Granary"]


def gen_name(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def gen_street(rng):
    return f"{rng.choice(STREET_A)} {rng.choice(STREET_B)}"


# ---------------------------------------------------------------------------------------------
# Keep-context (non-identifiers that must survive)

MSG_TYPES = ["IF-031", "IF-021", "IF-033", "IF-036", "PUB-011", "IF-001", "IF-019"]
FLOWS = ["D0150001", "D0010002", "D0086002", "D0149001", "D0148001", "D0055001", "D0302001"]


class K:
    """Random keep-values for one case."""

    def __init__(self, rng: random.Random):
        self.tc = rng.choice([f"FM_TS_{rng.randint(1, 9)}_TC_{rng.randint(1, 40):02d}",
                              f"MHHS-QT-TC-{rng.randint(100, 999)}",
                              f"SIT_E2E_TS_{rng.randint(1, 20):02d}_TC_{rng.randint(1, 30):02d}"])
        self.msg = rng.choice(MSG_TYPES)
        self.flow = rng.choice(FLOWS)
        self.dip = f"DIP-{''.join(rng.choice('QRSTVWXZ') for _ in range(4))}-{rng.randint(1000, 9999)}"
        self.uuid = str(_uuid.UUID(int=rng.getrandbits(128), version=4))
        self.ts = (f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T"
                   f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z")
        self.ref = f"MPAN{rng.randint(1, 120):03d}"
        self.step = f"Step {rng.randint(1, 12)}"


# ---------------------------------------------------------------------------------------------
# Hostile forms

INVISIBLE = ["\u200e", "\u200f", "\u2063", "\u2066", "\u2067", "\u2068", "\u2069", "\ufe00", "\ufe0f",
             "\u034f", "\u200b", "\u200c", "\u200d", "\u00ad", "\u2060", "\ufeff"]


def group(s: str, sizes: list[int], sep: str) -> str:
    out, i, k = [], 0, 0
    while i < len(s):
        n = sizes[min(k, len(sizes) - 1)]
        out.append(s[i:i + n])
        i += n
        k += 1
    return sep.join(out)


def mpan_grouped(m: str, sep: str = " ") -> str:
    return group(m, [2, 4, 4, 3], sep)


def eui_pairs(e: str, sep: str = "-") -> str:
    return group(e, [2], sep)


def sprinkle(s: str, rng: random.Random, every: bool = False) -> str:
    """Insert invisible characters between characters of s."""
    out = []
    for i, ch in enumerate(s):
        out.append(ch)
        if i < len(s) - 1 and (every or rng.random() < 0.35):
            out.append("".join(rng.choice(INVISIBLE) for _ in range(rng.randint(1, 2))))
    res = "".join(out)
    if res == s:  # make sure at least one is inserted
        j = rng.randint(1, len(s) - 1)
        res = s[:j] + rng.choice(INVISIBLE) + s[j:]
    return res


DIGIT_BLOCKS = {
    "fullwidth": 0xFF10, "arabic-indic": 0x0660, "ext-arabic-indic": 0x06F0, "devanagari": 0x0966,
    "bengali": 0x09E6, "math-bold": 0x1D7CE, "math-monospace": 0x1D7F6, "thai": 0x0E50,
}
SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"


def exotic_digits(s: str, rng: random.Random, style: str | None = None, partial: bool = False) -> tuple[str, str]:
    style = style or rng.choice(list(DIGIT_BLOCKS) + ["superscript", "circled", "mixed"])
    out = []
    for ch in s:
        st = style if style != "mixed" else rng.choice(list(DIGIT_BLOCKS))
        if ch.isdigit() and (not partial or rng.random() < 0.5):
            d = int(ch)
            if st == "superscript":
                out.append(SUPERSCRIPT[d])
            elif st == "circled":
                out.append("⓪" if d == 0 else chr(0x2460 + d - 1))
            else:
                out.append(chr(DIGIT_BLOCKS[st] + d))
        elif ch.isalpha() and style == "fullwidth":
            out.append(chr(ord(ch) - 0x41 + 0xFF21) if ch.isupper() else chr(ord(ch) - 0x61 + 0xFF41))
        else:
            out.append(ch)
    return "".join(out), style


# ---------------------------------------------------------------------------------------------
# Embedding helpers

LABELS = {
    # kind: (json key, xml tag, csv header, text label)
    "mpan": ["mpan", "MPANCore", "MPAN Core", "MPAN"],
    "mpan-bad": ["mpanCore", "MPAN", "MPAN", "MPAN core"],
    "serial": ["meterSerialNumber", "MeterSerial", "Meter Serial", "Meter serial"],
    "eui": ["deviceId", "DeviceID", "Device ID", "Device ID"],
    "postcode": ["postcode", "Postcode", "Postcode", "Postcode"],
    "gas": ["gasMeter", "GasMeter", "Gas meter", "Gas meter"],
}

BARE_PROSE = {
    "mpan": ["read for {v} rejected by DC", "MPAN {v} now active", "reconfirmed {v} with the LDSO",
             "registration of {v} accepted"],
    "mpan-bad": ["MPAN {v} failed validation", "MPAN core {v} not found in registry"],
    "serial": ["meter {v} exchanged", "Meter serial {v} commissioned", "old meter {v} removed"],
    "eui": ["ESME {v} joined the HAN", "device {v} commissioned", "CH {v} responded"],
    "postcode": ["site postcode {v} confirmed", "visit booked in {v} area", "Postcode {v} outside patch"],
    "gas": ["Gas meter {v} fitted", "Gas meter: {v}"],
}


def _csv_text(header: list[str], rows: list[list[str]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def embed_note(rng: random.Random, note: str, k: K, ext: str | None = None,
               ensure_ascii: bool | None = None, html_raw: bool = False) -> tuple[str, str, list[str]]:
    """Put a free-text note into a file of type ext. Returns (ext, text, keep)."""
    ext = ext or rng.choice(["log", "txt", "json", "csv", "xml", "html"])
    if ext == "log":
        text = (f"{k.ts} INFO  [{k.tc}] {k.step} start {k.msg} corr={k.uuid}\n"
                f"{k.ts} WARN  [{k.tc}] {note}\n"
                f"{k.ts} INFO  [{k.tc}] {k.step} end flow={k.flow}\n")
        keep = [k.tc, k.msg, k.uuid, k.flow, k.ts]
    elif ext == "txt":
        text = (f"Test case: {k.tc}\n{k.step}: send {k.msg} ({k.ref})\nObservation: {note}\n"
                f"Correlation id {k.uuid}\n")
        keep = [k.tc, k.msg, k.ref, k.uuid, k.step]
    elif ext == "json":
        ea = rng.random() < 0.5 if ensure_ascii is None else ensure_ascii
        text = json.dumps({"testCase": k.tc, "messageType": k.msg, "correlationId": k.uuid,
                           "timestamp": k.ts, "notes": note, "mpanRef": k.ref},
                          ensure_ascii=ea, indent=2) + "\n"
        keep = [k.tc, k.msg, k.uuid, k.ts, k.ref]
    elif ext == "csv":
        text = _csv_text(["test_case", "step", "message_type", "comment", "dip_id"],
                         [[k.tc, k.step, k.msg, note, k.dip], [k.tc, "Step 99", k.flow, "ok", k.dip]])
        keep = [k.tc, k.msg, k.flow, k.dip]
    elif ext == "xml":
        text = (f'<?xml version="1.0" encoding="UTF-8"?>\n<Evidence>\n  <TestCase>{k.tc}</TestCase>\n'
                f"  <MessageType>{k.msg}</MessageType>\n  <Remarks>{xml_escape(note)}</Remarks>\n"
                f"  <CorrelationId>{k.uuid}</CorrelationId>\n</Evidence>\n")
        keep = [k.tc, k.msg, k.uuid]
    else:
        body = note if html_raw else html.escape(note, quote=False)
        text = (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{k.tc}</title></head><body>\n"
                f"<h1>{k.tc} &ndash; {k.step}</h1>\n<p>Message {k.msg}, correlation {k.uuid}</p>\n"
                f"<p class=\"obs\">{body}</p>\n</body></html>\n")
        keep = [k.tc, k.msg, k.uuid]
    return ext, text, keep


def embed_field(rng: random.Random, kind: str, value: str, k: K, ext: str | None = None,
                ensure_ascii: bool | None = None, html_raw: bool = False) -> tuple[str, str, list[str]]:
    """Put a value in a field labelled for its kind."""
    jkey, xtag, chead, label = LABELS[kind]
    ext = ext or rng.choice(["log", "txt", "json", "csv", "xml", "html"])
    if ext == "log":
        text = (f"{k.ts} INFO  [{k.tc}] {k.msg} received corr={k.uuid}\n"
                f"{k.ts} DEBUG [{k.tc}] {jkey}={value} status=ACCEPTED\n")
        keep = [k.tc, k.msg, k.uuid, k.ts]
    elif ext == "txt":
        text = f"Test case: {k.tc}\n{k.step} ({k.msg})\n{label}: {value}\nData ref: {k.ref}\n"
        keep = [k.tc, k.msg, k.ref, k.step]
    elif ext == "json":
        ea = rng.random() < 0.5 if ensure_ascii is None else ensure_ascii
        text = json.dumps({"header": {"messageType": k.msg, "correlationId": k.uuid, "dipId": k.dip},
                           "payload": {jkey: value, "effectiveFrom": k.ts}},
                          ensure_ascii=ea, indent=2) + "\n"
        keep = [k.msg, k.uuid, k.dip, k.ts]
    elif ext == "csv":
        text = _csv_text(["test_case", "message_type", chead, "result"],
                         [[k.tc, k.msg, value, "Passed"]])
        keep = [k.tc, k.msg]
    elif ext == "xml":
        text = (f'<?xml version="1.0" encoding="UTF-8"?>\n<{k.flow}>\n  <Header><MessageType>{k.msg}'
                f"</MessageType><CorrelationId>{k.uuid}</CorrelationId></Header>\n"
                f"  <{xtag}>{xml_escape(value)}</{xtag}>\n</{k.flow}>\n")
        keep = [k.flow, k.msg, k.uuid]
    else:
        cell = value if html_raw else html.escape(value, quote=False)
        text = (f"<!DOCTYPE html>\n<html><body><h2>{k.tc}</h2>\n<table>\n<tr><th>Message</th><th>{label}</th>"
                f"<th>Result</th></tr>\n<tr><td>{k.msg}</td><td>{cell}</td><td>Passed</td></tr>\n"
                f"</table><p>{k.uuid}</p></body></html>\n")
        keep = [k.tc, k.msg, k.uuid]
    return ext, text, keep


def embed_either(rng, kind, form, k, ext=None, html_raw=False, labelled=None):
    labelled = rng.random() < 0.5 if labelled is None else labelled
    if labelled:
        return embed_field(rng, kind, form, k, ext, html_raw=html_raw)
    note = rng.choice(BARE_PROSE[kind]).format(v=form)
    return embed_note(rng, note, k, ext, html_raw=html_raw)


def canonical(kind: str, value: str) -> str:
    return value


def new_id(rng, kind):
    return {"mpan": gen_mpan, "mpan-bad": gen_mpan_bad, "serial": gen_serial, "eui": gen_eui,
            "postcode": gen_postcode, "gas": gen_gas_serial}[kind](rng)


def plain_form(kind: str, v: str) -> str:
    return eui_pairs(v) if kind == "eui" else v


# ---------------------------------------------------------------------------------------------
# Class builders. Each returns (name, ext, text_or_bytes, secrets, keep)

def b_invisible(rng, i):
    kind = rng.choice(["mpan", "mpan", "serial", "eui", "postcode", "gas"])
    v = new_id(rng, kind)
    form = sprinkle(plain_form(kind, v), rng, every=rng.random() < 0.3)
    ext, text, keep = embed_either(rng, kind, form, K(rng))
    return f"{kind}", ext, text, [v], keep


def b_separators(rng, i):
    kind = rng.choice(["mpan", "mpan", "mpan", "eui"])
    v = new_id(rng, kind)
    sep = rng.choice(["_", ",", ":", "+", ".", " " * rng.randint(4, 24), "\t", " \t ", "\t\t", " _ ", ". "])
    form = mpan_grouped(v, sep) if kind == "mpan" else eui_pairs(v, sep)
    if kind == "mpan" and rng.random() < 0.3:
        form = group(v, [rng.randint(3, 6)], sep)
    ext, text, keep = embed_either(rng, kind, form, K(rng), ext=rng.choice(["log", "txt", "json", "csv", "xml"]))
    return f"{kind}-sep{sep.encode('unicode_escape').decode()[:6]!r}", ext, text, [v], keep


def b_line_split(rng, i):
    kind = rng.choice(["mpan", "mpan", "eui", "serial"])
    v = new_id(rng, kind)
    form = plain_form(kind, v)
    cut = rng.randint(3, len(form) - 3)
    prefix = rng.choice(["> ", ">> ", "# ", "// ", "-- ", "* ", "; "])
    label = {"mpan": "MPAN", "eui": "device id", "serial": "meter serial"}[kind]
    k = K(rng)
    inner = f"{label} {form[:cut]}\n{prefix}{form[cut:]} was rejected"
    style = rng.choice(["quote", "comment", "comment"])
    if style == "quote":
        text = (f"From: tester@example.test\nSubject: {k.tc} {k.msg}\n\nSee below.\n\n"
                f"On {k.ts} the DC wrote:\n{prefix}Hi, for {k.tc} the {inner}\n{prefix}Thanks\n")
        ext, keep = "txt", [k.tc, k.msg, k.ts]
    else:
        text = (f"{prefix}{k.tc} {k.step}\n{prefix}{inner}\nsend {k.msg} corr={k.uuid}\n")
        ext, keep = rng.choice(["log", "txt"]), [k.tc, k.msg, k.uuid]
    return f"{kind}-{prefix.strip()}", ext, text, [v], keep


def b_html_split(rng, i):
    kind = rng.choice(["mpan", "mpan", "serial", "eui", "postcode"])
    v = new_id(rng, kind)
    form = plain_form(kind, v)
    trick = rng.choice(["nbsp", "mark", "b", "span", "wbr", "dec", "hex", "mixed-ent", "comment"])
    if trick == "nbsp":
        if kind == "mpan":
            out = mpan_grouped(v, "&nbsp;")
        elif kind == "postcode":
            out = v.replace(" ", "&nbsp;")
        else:
            out = group(form.replace("-", ""), [rng.randint(3, 5)], "&nbsp;")
    elif trick in ("mark", "b", "span"):
        a, b = sorted(rng.sample(range(1, len(form)), 2))
        open_ = {"mark": "<mark>", "b": "<b>", "span": '<span class="hl">'}[trick]
        close = {"mark": "</mark>", "b": "</b>", "span": "</span>"}[trick]
        out = form[:a] + open_ + form[a:b] + close + form[b:]
    elif trick == "wbr":
        cuts = sorted(rng.sample(range(1, len(form)), 3))
        out, last = "", 0
        for c in cuts:
            out += form[last:c] + "<wbr>"
            last = c
        out += form[last:]
    elif trick == "dec":
        out = "".join(f"&#{ord(c)};" if c.isalnum() and rng.random() < 0.7 else c for c in form)
    elif trick == "hex":
        out = "".join(f"&#x{ord(c):x};" if c.isalnum() and rng.random() < 0.7 else c for c in form)
    elif trick == "mixed-ent":
        out = "".join(rng.choice([c, f"&#{ord(c)};", f"&#x{ord(c):X};", f"&#0{ord(c)};"]) if c.isalnum() else c
                      for c in form)
    else:
        j = rng.randint(2, len(form) - 2)
        out = form[:j] + "<!-- -->" + form[j:]
    ext, text, keep = embed_either(rng, kind, out, K(rng), ext="html", html_raw=True)
    return f"{kind}-{trick}", ext, text, [v], keep


def _snippet(rng, k, kind, v):
    jkey = LABELS[kind][0]
    return json.dumps({"messageType": k.msg, jkey: plain_form(kind, v)}, separators=(",", ":"))


def _encoded_case(rng, enc_name, encode):
    kind = rng.choice(["mpan", "mpan", "serial", "eui", "postcode"])
    v = new_id(rng, kind)
    k = K(rng)
    whole = rng.random() < 0.5
    raw = _snippet(rng, k, kind, v) if whole else plain_form(kind, v)
    enc = encode(raw.encode("utf-8"))
    ext = rng.choice(["json", "xml", "log"])
    fieldname = {"mpan": "mpan", "serial": "msn", "eui": "deviceId", "postcode": "postcode"}[kind]
    key = "payload" if whole else f"{fieldname}{enc_name.capitalize()}"
    if ext == "json":
        text = json.dumps({"header": {"messageType": k.msg, "correlationId": k.uuid, "dipId": k.dip},
                           "encoding": enc_name, key: enc}, indent=2) + "\n"
        keep = [k.msg, k.uuid, k.dip]
    elif ext == "xml":
        text = (f'<?xml version="1.0"?>\n<Envelope><MessageType>{k.msg}</MessageType>'
                f"<CorrelationId>{k.uuid}</CorrelationId>\n<Body encoding=\"{enc_name}\">{xml_escape(enc)}</Body>"
                f"</Envelope>\n")
        keep = [k.msg, k.uuid]
    else:
        text = f"{k.ts} DEBUG [{k.tc}] outbound {k.msg} {key}={enc} corr={k.uuid}\n"
        keep = [k.tc, k.msg, k.uuid, k.ts]
    return f"{kind}-{'json-snippet' if whole else 'value'}", ext, text, [v], keep


def b_base64(rng, i):
    f = rng.choice([base64.b64encode, base64.urlsafe_b64encode,
                    lambda b: base64.b64encode(b).rstrip(b"=")])
    return _encoded_case(rng, "base64", lambda b: f(b).decode())


def b_hex(rng, i):
    style = rng.choice(["plain", "upper", "0x", "spaced"])

    def enc(b):
        h = b.hex()
        if style == "upper":
            return h.upper()
        if style == "0x":
            return "0x" + h
        if style == "spaced":
            return " ".join(h[j:j + 2] for j in range(0, len(h), 2))
        return h
    return _encoded_case(rng, "hex", enc)


def b_percent(rng, i):
    full = rng.random() < 0.5

    def enc(b):
        if full:
            return "".join(f"%{x:02X}" for x in b)
        return urllib.parse.quote(b.decode(), safe="")
    name, ext, text, secrets, keep = _encoded_case(rng, "url", enc)
    return name + ("-allchars" if full else "-quote"), ext, text, secrets, keep


def b_qp(rng, i):
    kind = rng.choice(["mpan", "mpan", "serial", "eui", "postcode"])
    v = new_id(rng, kind)
    k = K(rng)
    form = plain_form(kind, v)
    label = {"mpan": "MPAN", "serial": "Meter serial", "eui": "Device ID", "postcode": "Postcode"}[kind]
    style = rng.choice(["all", "softbreak", "nbsp"])
    if style == "all":
        body = f"{label}: " + "".join(f"={ord(c):02X}" for c in form)
    elif style == "softbreak":
        j = rng.randint(3, len(form) - 3)
        body = f"{label}: {form[:j]}=\n{form[j:]} please check"
    else:
        body = quopri.encodestring(f"{label}: {form.replace(' ', chr(0xA0)) if kind != 'mpan' else mpan_grouped(v, chr(0xA0))}".encode()).decode()
    text = (f"From: dc-support@example.test\nSubject: {k.tc} query on {k.msg}\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
            f"Hello,=0A{body}\nRegards\n")
    return f"{kind}-{style}", "txt", text, [v], [k.tc, k.msg]


def b_xml_entities(rng, i):
    kind = rng.choice(["mpan", "serial", "eui", "postcode"])
    v = new_id(rng, kind)
    form = plain_form(kind, v)
    out = "".join(rng.choice([f"&#{ord(c)};", f"&#x{ord(c):x};", c]) if c.isalnum() else c for c in form)
    if out == form:
        out = f"&#{ord(form[0])};" + form[1:]
    k = K(rng)
    ext, text, keep = embed_either(rng, kind, "@@", k, ext="xml")
    text = text.replace("@@", out)
    return kind, ext, text, [v], keep


def b_json_escape(rng, i):
    kind = rng.choice(["mpan", "serial", "eui", "postcode"])
    v = new_id(rng, kind)
    form = plain_form(kind, v)
    out = "".join(f"\\u{ord(c):04x}" if (c.isalnum() and rng.random() < 0.6) else c for c in form)
    if out == form:
        out = f"\\u{ord(form[0]):04x}" + form[1:]
    k = K(rng)
    ext, text, keep = embed_either(rng, kind, "@@", k, ext="json")
    text = text.replace("@@", out)
    return kind, ext, text, [v], keep


def _plain_payload(rng, k):
    """A realistic payload holding several identifiers in ordinary forms."""
    m, s, e, pc = gen_mpan(rng), gen_serial(rng), gen_eui(rng), gen_postcode(rng)
    n, st = rng.randint(1, 180), gen_street(rng)
    ext = rng.choice(["json", "xml", "log", "csv", "txt"])
    if ext == "json":
        text = json.dumps({"messageType": k.msg, "correlationId": k.uuid, "mpan": m, "meterSerialNumber": s,
                           "deviceId": eui_pairs(e), "supplyAddress": {"line1": f"{n} {st}",
                                                                       "postcode": pc}}, indent=2) + "\n"
        keep = [k.msg, k.uuid]
    elif ext == "xml":
        text = (f'<?xml version="1.0"?>\n<{k.flow}><MessageType>{k.msg}</MessageType><MPANCore>{m}</MPANCore>'
                f"<MeterSerial>{s}</MeterSerial><DeviceID>{eui_pairs(e)}</DeviceID><Address><Line1>{n} {st}"
                f"</Line1><Postcode>{pc}</Postcode></Address></{k.flow}>\n")
        keep = [k.flow, k.msg]
    elif ext == "log":
        text = (f"{k.ts} INFO [{k.tc}] {k.msg} mpan={m} msn={s} device={eui_pairs(e)}\n"
                f"{k.ts} INFO [{k.tc}] Address: {n} {st}, {pc}\n")
        keep = [k.tc, k.msg, k.ts]
    elif ext == "csv":
        text = _csv_text(["test_case", "MPAN", "Meter Serial", "Device ID", "Address", "Postcode"],
                         [[k.tc, m, s, eui_pairs(e), f"{n} {st}", pc]])
        keep = [k.tc]
    else:
        text = (f"Test case {k.tc}\nMPAN: {m}\nMeter serial: {s}\nDevice ID: {eui_pairs(e)}\n"
                f"Supply address: {n} {st}, {pc}\n")
        keep = [k.tc]
    return ext, text, [m, s, e, pc, f"{n} {st}"], keep


def _utf(rng, width):
    k = K(rng)
    ext, text, secrets, keep = _plain_payload(rng, k)
    endian = rng.choice(["le", "be"])
    bom = rng.random() < 0.5
    codec = f"utf-{width}-{endian}"
    data = text.encode(codec)
    if bom:
        data = "\ufeff".encode(codec) + data
    return f"{codec}{'-bom' if bom else '-nobom'}", ext, data, secrets, keep


def b_utf16(rng, i):
    return _utf(rng, 16)


def b_utf32(rng, i):
    return _utf(rng, 32)


def b_unicode_digits(rng, i):
    kind = rng.choice(["mpan", "mpan", "serial", "eui", "postcode", "gas"])
    v = new_id(rng, kind)
    form, style = exotic_digits(plain_form(kind, v), rng, partial=rng.random() < 0.3)
    ext, text, keep = embed_either(rng, kind, form, K(rng))
    return f"{kind}-{style}", ext, text, [v], keep


def serial_form(rng, s):
    style = rng.choice(["lower", "spaced", "hyphen", "lower-hyphen", "every-space", "mixed-case", "dot"])
    m = re.match(r"([A-Z]?\d{2}[A-Z]{1,2})(\d+)$", s)
    head, tail = (m.group(1), m.group(2)) if m else (s[:4], s[4:])
    if style == "lower":
        out = s.lower()
    elif style == "spaced":
        out = f"{head} {tail[:len(tail) // 2]} {tail[len(tail) // 2:]}"
    elif style == "hyphen":
        out = f"{head}-{tail}"
    elif style == "lower-hyphen":
        out = f"{head.lower()}-{tail}"
    elif style == "every-space":
        out = " ".join(s)
    elif style == "mixed-case":
        out = "".join(c.lower() if rng.random() < 0.5 else c for c in s)
    else:
        out = f"{head}.{tail}"
    return out, style


def b_serial_forms(rng, i):
    v = gen_serial(rng)
    form, style = serial_form(rng, v)
    ext, text, keep = embed_either(rng, "serial", form, K(rng))
    return f"serial-{style}", ext, text, [v], keep


def eui_form(rng, e):
    style = rng.choice(["dots2", "dots4", "nosep", "0x", "lower-dash", "lower-colon", "lower-nosep",
                        "0x-lower", "space4"])
    if style == "dots2":
        out = eui_pairs(e, ".")
    elif style == "dots4":
        out = group(e, [4], ".")
    elif style == "nosep":
        out = e
    elif style == "0x":
        out = "0x" + e
    elif style == "lower-dash":
        out = eui_pairs(e.lower(), "-")
    elif style == "lower-colon":
        out = eui_pairs(e.lower(), ":")
    elif style == "lower-nosep":
        out = e.lower()
    elif style == "0x-lower":
        out = "0x" + e.lower()
    else:
        out = group(e, [4], " ")
    return out, style


def b_device_forms(rng, i):
    v = gen_eui(rng)
    form, style = eui_form(rng, v)
    ext, text, keep = embed_either(rng, "eui", form, K(rng))
    return f"eui-{style}", ext, text, [v], keep


def postcode_form(rng, pc):
    out_, in_ = pc.split(" ")
    style = rng.choice(["nbsp", "double", "hyphen", "underscore", "nospace", "lower", "lower-nospace",
                        "tab", "narrow-nbsp"])
    sep = {"nbsp": "\u00a0", "double": "  ", "hyphen": "-", "underscore": "_", "nospace": "",
           "lower": " ", "lower-nospace": "", "tab": "\t", "narrow-nbsp": "\u202f"}[style]
    out = out_ + sep + in_
    if style.startswith("lower"):
        out = out.lower()
    return out, style


def b_postcode_forms(rng, i):
    v = gen_postcode(rng)
    form, style = postcode_form(rng, v)
    k = K(rng)
    if rng.random() < 0.5:
        ext, text, keep = embed_field(rng, "postcode", form, k)
    else:
        note = rng.choice([f"site is in {rng.choice(TOWNS)} {form}", f"postcode {form} confirmed by occupier",
                           f"moved to {form} last week", f"PC={form}"])
        ext, text, keep = embed_note(rng, note, k)
    return f"postcode-{style}", ext, text, [v], keep


def b_mpan_bad(rng, i):
    v = gen_mpan_bad(rng)
    form = rng.choice([v, v, mpan_grouped(v), mpan_grouped(v, "-")])
    k = K(rng)
    if rng.random() < 0.6:
        ext, text, keep = embed_field(rng, "mpan-bad", form, k)
    else:
        note = rng.choice(BARE_PROSE["mpan-bad"]).format(v=form)
        ext, text, keep = embed_note(rng, note, k)
    return "mpan-badcheck", ext, text, [v], keep


def b_mpan_full(rng, i):
    core = gen_mpan(rng)
    pc = f"0{rng.randint(0, 8)}"
    mtc = rng.choice(["801", "845", "811", "001", "370"])
    llfc = f"{rng.randint(0, 999):03d}"
    style = rng.choice(["contig", "spaced", "S-box", "two-line", "hyphen"])
    if style == "contig":
        form = pc + mtc + llfc + core
    elif style == "spaced":
        form = f"{pc} {mtc} {llfc} {mpan_grouped(core)}"
    elif style == "S-box":
        form = f"S {pc} {mtc} {llfc} {core}"
    elif style == "two-line":
        form = f"S {pc} {mtc} {llfc}\n  {mpan_grouped(core)}"
    else:
        form = f"{pc}-{mtc}-{llfc}-{core}"
    k = K(rng)
    note = rng.choice([f"Supply number: {form}", f"full MPAN {form} on the bill", f"Full MPAN\n{form}"])
    ext, text, keep = embed_note(rng, note, k, ext=rng.choice(["txt", "log", "json", "xml"]))
    return f"mpan-full-{style}", ext, text, [core], keep


def b_address_prose(rng, i):
    k = K(rng)
    n = str(rng.randint(1, 240))
    if rng.random() < 0.15:
        n += rng.choice("abc")
    st, town, pc, hn, flat = gen_street(rng), rng.choice(TOWNS), gen_postcode(rng), rng.choice(HOUSE_NAMES), rng.randint(1, 12)
    t = rng.randrange(13)
    sec = [f"{n} {st}", pc]
    if t == 0:
        note = f"customer address {n} {st}, {town}, {pc}"
    elif t == 1:
        note = f"Site: {n} {st}, {town} {pc}"
    elif t == 2:
        note = f"Premises: Flat {flat}, {n} {st}, {town} {pc}"
    elif t == 3:
        note = f"premises {hn}, {st}, {town}, {pc}"
        sec = [hn, pc]
    elif t == 4:
        note = f"Address: {n} {st} {town} {pc}"
    elif t == 5:
        note = f"Supply address - {n} {st.upper()}, {town.upper()} {pc}"
    elif t == 6:
        note = f"Engineer attended {n} {st}, {town} ({pc}) - no access, card left"
    elif t == 7:
        note = f"site addr={n} {st}|{town}|{pc}"
    elif t == 8:
        note = f"Flat {flat} {hn}, {n} {st}, {town} {pc}"
        sec = [hn, f"{n} {st}", pc]
    elif t == 9:
        note = f"address: {n} {st.lower()}, {town.lower()} {pc.lower()}"
    elif t == 10:
        note = f"Property: {hn}, {town} {pc}"
        sec = [hn, pc]
    elif t == 11:
        note = f"Meter is at {n} {st}, {town}. Postcode {pc}."
    else:
        note = f"premises address {n} {st} / {town} / {pc}"
    ext = rng.choice(["log", "txt", "txt", "log", "json", "csv", "xml", "html"])
    if t in (0, 1, 2, 5, 6, 7) and rng.random() < 0.5:
        # a multi-line free text note
        note = note + "\n" + rng.choice(["Customer happy.", "Retest tomorrow.", "Photo taken."])
    ext, text, keep = embed_note(rng, note, k, ext=ext)
    if t == 12 and ext == "txt" and rng.random() < 0.5:
        text = text.replace(f"Observation: {note}", f"ADDRESS\n{n} {st}\n{town}\n{pc}")
    return f"address-t{t}", ext, text, sec, keep


def b_gas_serial(rng, i):
    v = gen_gas_serial(rng)
    k = K(rng)
    t = rng.randrange(10)
    ext = None
    if t == 0:
        note = f"Gas meter: {v}"
    elif t == 1:
        note = f"Gas meter {v}"
    elif t == 2:
        note = f"Gas meter serial {v}"
    elif t == 3:
        note = f"Gas meter no. {v} read ok"
    elif t == 4:
        note = f"GAS METER = {v}"
    elif t == 5:
        note = f"gas meter -> {v}"
    elif t == 6:
        note = f"Gas meter\t{v}"
    elif t == 7:
        note = f"Gas meter (serial): {v.lower()}"
    elif t == 8:
        note = f"Gas meter:\n{v}"
    else:
        ext, text, keep = embed_field(rng, "gas", v, k)
        return f"gas-field-{ext}", ext, text, [v], keep
    ext, text, keep = embed_note(rng, note, k, ext=rng.choice(["log", "txt", "csv", "json", "html", "xml"]))
    return f"gas-t{t}", ext, text, [v], keep


def b_propagation(rng, i):
    k = K(rng)
    t = rng.randrange(7)
    counter = str(rng.randint(1000000, 9999999))
    target = "90-B3-D5-1F-30-01-00-00"
    if t == 0:
        e = gen_eui(rng)
        rid = f"{eui_pairs(e)}:{target}:{counter}"
        text = (f'<?xml version="1.0"?>\n<sr:Request xmlns:sr="http://www.dccinterface.co.uk/ServiceUserGateway">'
                f"\n<sr:Header><sr:RequestID>{rid}</sr:RequestID><sr:CommandVariant>1</sr:CommandVariant>"
                f"<sr:ServiceReference>{k.msg}</sr:ServiceReference></sr:Header>\n<sr:Body>"
                f"<sr:DeviceID>{eui_pairs(e)}</sr:DeviceID></sr:Body></sr:Request>\n")
        return "eui-requestid-xml", "xml", text, [e], [k.msg]
    if t == 1:
        e = gen_eui(rng)
        form, style = eui_form(rng, e)
        text = json.dumps({"deviceId": eui_pairs(e), "requestId": f"{form}:{target.lower()}:{counter}",
                           "correlationId": k.uuid, "messageType": k.msg}, indent=2) + "\n"
        return f"eui-requestid-json-{style}", "json", text, [e], [k.uuid, k.msg]
    if t == 2:
        m = gen_mpan(rng)
        other = rng.choice([f"READ_{m}_20241014.csv", f"/api/v2/mpans/{m}/reads", f"mp{m}v2", f"REF{m}X",
                            f"{m[:6]}-{m[6:]}"])
        text = json.dumps({"mpan": m, "messageType": k.msg, "source": other, "correlationId": k.uuid},
                          indent=2) + "\n"
        return "mpan-second-form", "json", text, [m], [k.msg, k.uuid]
    if t == 3:
        s = gen_serial(rng)
        other, style = serial_form(rng, s)
        text = (f'<?xml version="1.0"?>\n<{k.flow}><MeterSerial>{s}</MeterSerial>\n<Description>Meter exchange: '
                f"old meter {other} removed, new one fitted ({k.msg})</Description></{k.flow}>\n")
        return f"serial-second-form-{style}", "xml", text, [s], [k.flow, k.msg]
    if t == 4:
        pc = gen_postcode(rng)
        glued = pc.replace(" ", "") + rng.choice(["-DEPOT", "_route7", "X"])
        text = json.dumps({"postcode": pc, "routeKey": glued, "messageType": k.msg}, indent=2) + "\n"
        return "postcode-glued", "json", text, [pc], [k.msg]
    if t == 5:
        nm = gen_name(rng)
        other = rng.choice([nm.upper(), nm.lower(), nm.replace(" ", "."), nm.replace(" ", "_")])
        text = json.dumps({"customer": {"name": nm}, "emailSubject": f"Visit for {other} booked",
                           "messageType": k.msg, "correlationId": k.uuid}, indent=2) + "\n"
        return "name-second-form", "json", text, [nm], [k.msg, k.uuid]
    e = gen_eui(rng)
    text = (f"{k.ts} INFO [{k.tc}] deviceId={eui_pairs(e)} joined\n"
            f"{k.ts} DEBUG [{k.tc}] cache key dev:{e.lower()}:{counter} stored\n")
    return "eui-log-second-form", "log", text, [e], [k.tc, k.ts]


def b_name_label(rng, i):
    k = K(rng)
    nm = gen_name(rng)
    title = rng.choice(["", "Mrs ", "Mr ", "Ms ", "Dr "])
    note = rng.choice([f"Customer name: {title}{nm}", f"Account holder {nm}", f"Occupier: {nm.upper()}",
                       f"customer-name={nm}", f"CUSTOMER NAME\t{nm}", f"Occupier {nm} gave access"])
    ext, text, keep = embed_note(rng, note, k, ext=rng.choice(["log", "txt", "csv", "json", "html"]))
    return "name", ext, text, [nm], keep


def b_filename(rng, i):
    k = K(rng)
    t = rng.randrange(6)
    if t == 0:
        v = gen_mpan(rng)
        fn = f"{v}_before.txt"
    elif t == 1:
        v = gen_serial(rng)
        fn = f"{v.lower()}-log.txt"
    elif t == 2:
        v = gen_mpan(rng)
        fn = f"mpan_{v}_step{rng.randint(1, 9)}.log"
    elif t == 3:
        v = gen_eui(rng)
        fn = f"{v.lower()}_response.json"
    elif t == 4:
        v = gen_postcode(rng)
        fn = f"site_{v.replace(' ', '').lower()}.txt"
    else:
        v = gen_mpan(rng)
        fn = f"{mpan_grouped(v, '_')}_after.csv"
    ext = fn.rsplit(".", 1)[1]
    if ext == "json":
        text = json.dumps({"messageType": k.msg, "correlationId": k.uuid, "status": "ACCEPTED"}) + "\n"
        keep = [k.msg, k.uuid]
    elif ext == "csv":
        text = _csv_text(["test_case", "message_type", "result"], [[k.tc, k.msg, "Passed"]])
        keep = [k.tc, k.msg]
    else:
        text = f"{k.ts} INFO [{k.tc}] {k.msg} accepted corr={k.uuid}\n"
        keep = [k.tc, k.msg, k.uuid]
    return f"filename-t{t}", fn, text, [v], keep


CLASSES = {
    "address-prose": b_address_prose,
    "gas-serial-label": b_gas_serial,
    "propagation": b_propagation,
    "invisible-chars": b_invisible,
    "separators": b_separators,
    "line-split": b_line_split,
    "html-split": b_html_split,
    "base64": b_base64,
    "hex": b_hex,
    "percent": b_percent,
    "quoted-printable": b_qp,
    "xml-entities": b_xml_entities,
    "json-escape": b_json_escape,
    "utf16": b_utf16,
    "utf32": b_utf32,
    "unicode-digits": b_unicode_digits,
    "serial-forms": b_serial_forms,
    "device-forms": b_device_forms,
    "postcode-forms": b_postcode_forms,
    "mpan-bad-check": b_mpan_bad,
    "mpan-full": b_mpan_full,
    "name-label": b_name_label,
    "filename": b_filename,
}


def generate(seed: int = 0, n_per_class: int = 8) -> list[Case]:
    cases: list[Case] = []
    used_names: set[str] = set()
    for klass, builder in CLASSES.items():
        rng = random.Random(f"attest-adv:{seed}:{klass}")
        for i in range(n_per_class):
            name, ext_or_fn, text, secrets, keep = builder(rng, i)
            if klass == "filename":
                filename = ext_or_fn
            else:
                filename = f"{klass}_{i:02d}.{ext_or_fn}"
            while filename.lower() in used_names:
                filename = "x" + filename
            used_names.add(filename.lower())
            data = text if isinstance(text, bytes) else text.encode("utf-8")
            cases.append(Case(name=f"{klass}/{i:02d}-{name}", klass=klass, filename=filename, data=data,
                              secrets=list(dict.fromkeys(secrets)), keep=list(dict.fromkeys(keep))))
    return cases


# ---------------------------------------------------------------------------------------------
# Typed text

def typed(seed: int = 0, n_per_class: int = 6) -> list[Typed]:
    out: list[Typed] = []

    def add(klass, fn):
        rng = random.Random(f"attest-adv-typed:{seed}:{klass}")
        for _ in range(n_per_class):
            text, secrets = fn(rng)
            out.append(Typed(klass, text, secrets))

    def inv(rng):
        kind = rng.choice(["mpan", "serial", "eui", "postcode"])
        v = new_id(rng, kind)
        lab = {"mpan": "MPAN", "serial": "meter", "eui": "ESME", "postcode": "postcode"}[kind]
        return f"{lab} {sprinkle(plain_form(kind, v), rng)} accepted", [v]

    def seps(rng):
        v = gen_mpan(rng)
        sep = rng.choice(["_", ",", ":", "+", ".", "     ", "\t"])
        return rng.choice(["Read rejected for {f}", "MPAN {f} ok", "used {f} from the data set"]).format(
            f=mpan_grouped(v, sep)), [v]

    def udig(rng):
        kind = rng.choice(["mpan", "serial", "postcode"])
        v = new_id(rng, kind)
        f, _ = exotic_digits(plain_form(kind, v), rng)
        return f"checked {f} on the portal", [v]

    def ser(rng):
        v = gen_serial(rng)
        f, _ = serial_form(rng, v)
        return rng.choice(["meter {f} swapped", "Meter serial {f} not on site", "MSN {f}"]).format(f=f), [v]

    def dev(rng):
        v = gen_eui(rng)
        f, _ = eui_form(rng, v)
        return rng.choice(["device {f} paired", "CH {f} offline", "GPF {f} joined"]).format(f=f), [v]

    def pcs(rng):
        v = gen_postcode(rng)
        f, _ = postcode_form(rng, v)
        return rng.choice(["Site postcode {f}", "customer at {f}", "{f} visit done"]).format(f=f), [v]

    def addr(rng):
        n, st, town = rng.randint(1, 200), gen_street(rng), rng.choice(TOWNS)
        pc = gen_postcode(rng)
        t = rng.choice([f"Customer address {n} {st}, {town}", f"Site: {n} {st}, {town} {pc}",
                        f"visited {n} {st.lower()} - no access", f"premises {n} {st} {town}"])
        return t, [f"{n} {st}"] + ([pc] if pc in t else [])

    def gas(rng):
        v = gen_gas_serial(rng)
        return rng.choice(["Gas meter {v}", "Gas meter: {v} reads 01234", "gas meter {l} replaced"]).format(
            v=v, l=v.lower()), [v]

    def bad(rng):
        v = gen_mpan_bad(rng)
        return rng.choice(["MPAN {v} used", "MPAN: {v} (typo?)", "mpan core {v}"]).format(v=v), [v]

    def name(rng):
        nm = gen_name(rng)
        return rng.choice(["Occupier {n} confirmed access", "Account holder: {n}", "Customer name {n}",
                           "spoke to occupier {u}"]).format(n=nm, u=nm.upper()), [nm]

    def split(rng):
        v = gen_mpan(rng)
        j = rng.randint(4, 9)
        return f"MPAN {v[:j]}\n> {v[j:]}", [v]

    def fname(rng):
        v = gen_mpan(rng)
        return rng.choice([f"{v}_before.png", f"see {v}_after.png", f"mpan_{v}.json"]), [v]

    for klass, fn in [("invisible-chars", inv), ("separators", seps), ("unicode-digits", udig),
                      ("serial-forms", ser), ("device-forms", dev), ("postcode-forms", pcs),
                      ("address-prose", addr), ("gas-serial-label", gas), ("mpan-bad-check", bad),
                      ("name-label", name), ("line-split", split), ("filename", fname)]:
        add(klass, fn)
    return out


# ---------------------------------------------------------------------------------------------
# Negatives

def negatives(seed: int = 0, n: int = 300) -> list[str]:
    rng = random.Random(f"attest-adv-neg:{seed}")
    makers = [
        lambda: K(rng).tc,
        lambda: rng.choice(MSG_TYPES),
        lambda: rng.choice(FLOWS),
        lambda: K(rng).dip,
        lambda: f"MPAN{rng.randint(1, 300):03d}",
        lambda: f"MPRN{rng.randint(1, 99):03d}",
        lambda: f"Step {rng.randint(1, 30)}",
        lambda: K(rng).ts,
        lambda: f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/20{rng.randint(19, 26)}",
        lambda: f"v{rng.randint(1, 5)}.{rng.randint(0, 20)}",
        lambda: f"{rng.randint(1, 4)}.{rng.randint(0, 12)}.{rng.randint(0, 30)}",
        lambda: f"PT{rng.randint(1, 90)}M",
        lambda: f"{rng.randint(10, 99999)} ms",
        lambda: f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        lambda: f"Records processed: {rng.randint(1000, 9999999)}",
        lambda: str(_uuid.UUID(int=rng.getrandbits(128), version=4)),
        lambda: "%064x" % rng.getrandbits(256),
        lambda: f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        lambda: f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}:{rng.choice([443, 8443, 8080])}",
        lambda: f"DEF-{rng.randint(1000, 99999)}",
        lambda: f"HTTP {rng.choice([200, 201, 202, 400, 404, 500])}",
        lambda: f"SRV {rng.randint(1, 12)}.{rng.randint(1, 20)}",
        lambda: f"£{rng.randint(1, 9999)}.{rng.randint(0, 99):02d}",
        lambda: f"{rng.randint(0, 99999):05d}.{rng.randint(0, 9)} kWh",
        lambda: f"seq={rng.randint(1000000, 9999999)}",
        lambda: f"Batch {rng.randint(40, 99)}{rng.randint(10 ** 10, 10 ** 11 - 1)}",
        lambda: f"SR-{rng.randint(100, 9999)}",
        lambda: f"ADO #{rng.randint(10000, 99999)}",
        lambda: f"TAG {rng.randint(1, 120)}",
        lambda: f"epoch {rng.randint(1600000000, 1800000000)}",
        lambda: rng.choice(["SMETS2", "ESME", "GSME", "CHF", "PPMID", "HCALCS", "SIT-A", "UIT", "PIT"]),
        lambda: f"Release R{rng.randint(1, 9)}.{rng.randint(0, 9)}",
        lambda: f"page {rng.randint(1, 40)} of {rng.randint(40, 90)}",
    ]
    out: list[str] = []
    seen: set[str] = set()
    while len(out) < n:
        v = rng.choice(makers)()
        if v in seen:
            continue
        # never a chance-valid MPAN core anywhere in a negative
        if any(mpan_valid(m) for m in re.findall(r"(?=(\d{13}))", v)):
            continue
        seen.add(v)
        out.append(v)
    return out


# ---------------------------------------------------------------------------------------------
# Independent leak checker

_TAG = re.compile(r"<[^<>]{0,300}>")
_JSON_U = re.compile(r"\\u([0-9a-fA-F]{4})")
_JSON_SIMPLE = re.compile(r"\\([nrtbf/\"\\])")
_GAP = r"[^0-9a-z]{0,64}"
_BOMS = [(b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\xef\xbb\xbf", "utf-8"),
         (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le")]
_B64 = re.compile(r"[A-Za-z0-9+/]{8,}={0,2}|[A-Za-z0-9_-]{8,}={0,2}")
_HEXRUN = re.compile(r"(?:0x)?(?:[0-9A-Fa-f]{2}[ :\-]?){6,}")
_XESC = re.compile(r"(?:\\x[0-9A-Fa-f]{2}){4,}")


def _decodings(b: bytes) -> list[str]:
    out = []
    for bom, enc in _BOMS:
        if b.startswith(bom):
            out.append(b[len(bom):].decode(enc, "replace"))
            break
    out.append(b.decode("utf-8", "replace"))
    out.append(b.decode("cp1252", "replace"))
    if b"\x00" in b:
        for enc, unit in (("utf-16-le", 2), ("utf-16-be", 2), ("utf-32-le", 4), ("utf-32-be", 4)):
            for off in range(unit):
                chunk = b[off:]
                chunk = chunk[: len(chunk) // unit * unit]
                try:
                    out.append(chunk.decode(enc, "replace"))
                except Exception:  # pragma: no cover
                    pass
    return list(dict.fromkeys(out))


def _map_char(c: str) -> str:
    if c < "\x80":
        return c
    cat = unicodedata.category(c)
    if cat in ("Cf", "Mn", "Me", "Cs"):
        return ""
    if cat in ("Nd", "No"):
        d = unicodedata.digit(c, None)
        if d is not None:
            return str(d)
    if cat == "Zs" or c in "\u2028\u2029\u3164\u115f\u1160\uffa0\u2800":
        return " "
    return c


def normalise(t: str) -> str:
    """Decode escapes/entities, strip tags, NFKC, map digits to ASCII, drop invisible characters."""
    t = _JSON_U.sub(lambda m: chr(int(m.group(1), 16)), t)
    if re.search("[\ud800-\udfff]", t):  # re-pair surrogates from \ud835\udff6-style escapes
        t = t.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    t = _JSON_SIMPLE.sub(lambda m: {"n": "\n", "r": "\r", "t": "\t", "b": " ", "f": " "}.get(m.group(1), m.group(1)), t)
    for _ in range(4):
        t2 = html.unescape(_TAG.sub("", t))
        if t2 == t:
            break
        t = t2
    t = _TAG.sub("", t)
    t = unicodedata.normalize("NFKC", t)
    t = "".join(_map_char(c) for c in t)
    return unicodedata.normalize("NFKC", t)


def _plausible(blob: bytes) -> bool:
    if not blob:
        return False
    try:
        blob.decode("utf-8")
        return True
    except UnicodeDecodeError:
        pass
    if b"\x00" in blob and len(blob) % 2 == 0:
        return True
    printable = sum(1 for x in blob if 32 <= x < 127 or x in (9, 10, 13))
    return printable >= 0.6 * len(blob)


def _derived(src: str) -> list[bytes]:
    blobs: list[bytes] = []
    if re.search(r"%[0-9A-Fa-f]{2}", src):
        blobs.append(urllib.parse.unquote_to_bytes(src))
        blobs.append(urllib.parse.unquote_to_bytes(src.replace("+", " ")))
    if re.search(r"=[0-9A-Fa-f]{2}|=\r?\n", src):
        blobs.append(quopri.decodestring(src.encode("utf-8", "replace")))
    for m in _B64.finditer(src):
        run = m.group(0)
        for off in range(4):
            s = run[off:].rstrip("=")
            if len(s) < 8:
                continue
            s += "=" * (-len(s) % 4)
            for dec in (base64.b64decode, base64.urlsafe_b64decode):
                try:
                    blob = dec(s)
                except (binascii.Error, ValueError):
                    continue
                if _plausible(blob):
                    blobs.append(blob)
    for m in _HEXRUN.finditer(src):
        h = re.sub(r"[^0-9A-Fa-f]", "", m.group(0)[2:] if m.group(0).lower().startswith("0x") else m.group(0))
        for off in range(2):
            hh = h[off:]
            hh = hh[: len(hh) // 2 * 2]
            try:
                blob = bytes.fromhex(hh)
            except ValueError:
                continue
            if _plausible(blob):
                blobs.append(blob)
    for m in _XESC.finditer(src):
        blobs.append(bytes.fromhex(m.group(0).replace("\\x", "")))
    return blobs


def views(data: bytes, depth: int = 0, _seen: set | None = None) -> list[str]:
    """Every readable text form of data: decodings x normalisation x nested decodings."""
    seen = _seen if _seen is not None else set()
    out: list[str] = []
    for raw in _decodings(data):
        n = normalise(raw)
        for v in (raw, n):
            if v not in seen:
                seen.add(v)
                out.append(v)
        if depth < 2:
            for src in dict.fromkeys((raw, n)):
                for blob in _derived(src):
                    key = ("blob", blob)
                    if key in seen:
                        continue
                    seen.add(key)
                    out.extend(views(blob, depth + 1, seen))
    return out


def secret_key(secret: str) -> str:
    return re.sub(r"[^0-9a-z]", "", normalise(secret).casefold())


def _secret_re(secret: str) -> re.Pattern:
    key = secret_key(secret)
    return re.compile(_GAP.join(re.escape(c) for c in key))


def leaked(secrets: list[str], redacted: bytes) -> list[str]:
    """Secrets still recoverable from redacted bytes (separator-, case-, encoding-insensitive)."""
    vs = [v.casefold() for v in views(redacted)]
    found = []
    for s in secrets:
        rx = _secret_re(s)
        if any(rx.search(v) for v in vs):
            found.append(s)
    return found


def kept(value: str, redacted: bytes) -> bool:
    """Is a keep string still present verbatim in some readable form of the bytes?"""
    return any(value in v for v in views(redacted))


def mask(secret: str) -> str:
    """Digits masked except the last 3 characters (for reports)."""
    head, tail = secret[:-3], secret[-3:]
    return re.sub(r"\d", "*", head) + tail


# ---------------------------------------------------------------------------------------------
# Self test

def self_check(seed: int = 0, n_per_class: int = 8) -> None:
    problems = []
    assert mpan_valid("1200023305967"), "check digit algorithm"
    assert not mpan_valid("1200023305961")
    cases = generate(seed, n_per_class)
    assert generate(seed, n_per_class) == cases, "not deterministic"
    for klass in CLASSES:
        assert sum(c.klass == klass for c in cases) == n_per_class, klass
    for c in cases:
        got = leaked(c.secrets, c.data)
        fn_got = leaked(c.secrets, c.filename.encode()) if c.klass == "filename" else []
        missing = [s for s in c.secrets if s not in got and s not in fn_got]
        if missing:
            problems.append(f"{c.name}: checker misses {missing} in raw data")
        for kp in c.keep:
            if not kept(kp, c.data):
                problems.append(f"{c.name}: keep {kp!r} not found in raw data")
        for s in c.secrets:
            if c.klass.startswith("mpan") or s.isdigit() and len(s) == 13:
                if c.klass == "mpan-bad-check":
                    if mpan_valid(s):
                        problems.append(f"{c.name}: bad-check MPAN is valid")
                elif not mpan_valid(s):
                    problems.append(f"{c.name}: MPAN {s} invalid")
    # no false positives across unrelated cases, nor on obviously redacted text
    rng = random.Random(seed)
    for _ in range(150):
        a, b = rng.sample(cases, 2)
        if set(a.secrets) & set(b.secrets):
            continue
        fp = leaked(a.secrets, b.data)
        if fp:
            problems.append(f"false positive: {fp} of {a.name} found in {b.name}")
    for c in cases:
        if leaked(c.secrets, b"MPAN [MPAN-1], serial [MSN-2], [ADDRESS-1] [POSTCODE-1] " + c.filename.encode()[:0]):
            problems.append(f"false positive on placeholders for {c.name}")
    for t in typed(seed):
        if leaked(t.secrets, t.text.encode("utf-8")) != t.secrets:
            problems.append(f"typed {t.klass} {t.text!r}: checker misses a secret")
    negs = negatives(seed)
    all_secrets = [s for c in cases for s in c.secrets]
    blob = "\n".join(negs).encode()
    fp = leaked(all_secrets, blob)
    if fp:
        problems.append(f"negatives contain secrets {fp}")
    if problems:
        raise AssertionError("self_check failed:\n" + "\n".join(problems))


if __name__ == "__main__":
    self_check()
    cs = generate()
    print(f"self_check ok: {len(cs)} cases, {len(CLASSES)} classes, {len(typed())} typed, {len(negatives())} negatives")
