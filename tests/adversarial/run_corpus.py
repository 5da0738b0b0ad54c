"""Run-level value propagation corpus (black-box): scenarios for `run_runs.py`.

Written from the requirement alone ("a value found anywhere in an item, or in the register, is masked
at every other occurrence in that item, in the run's other items and in its typed text, in any
separator or case form"), without reading `redaction/`, `capture/`, `services/`, `core/` or
`templates/`.

    generate(seed, n) -> list[Scenario]      deterministic per seed
    self_check(seed, n)                      the corpus's own consistency checks (no CLI)
    norm(text)                               letters and digits only, upper case (the checker's view)

A scenario is one run of a small test case. It plants a handful of GB energy identifiers (secrets),
each of one class, and for each one:

- a *context* occurrence that says what the value is: a JSON/XML field (`customerName`, `mprn`,
  `meterSerialNumber`, `deviceId`, ...), a labelled line (`Meter serial: ...`) or a CSV column under
  a telling header, in one evidence file of one step;
- several *bare* occurrences with nothing saying what they are: a harness log line, a JSON `notes`
  entry or `requestId`, a CSV cell, a file path, a glued token, the attached file's name, a typed
  actual result, caption, deviation reason, observation or defect title, in another case or
  separator form (lower/upper/mixed case, spaces, hyphens, dots, slashes, underscores, every
  character spaced, inside a longer token).

Directions: `forward` (context in step 1-2, bare occurrences later; `same-step` when the bare one is
in the same `run step` call), `backward` (bare occurrences first, context in step 4-5), `register`
(the value is in the register before the run starts; no context at all) and `typed-context` (the
context is only in typed text: docs/redaction.md says values are learnt from evidence, not from
typed text, so these are a documented limit and reported apart).

Non-identifiers (test case references, message types, UUID correlation ids, timestamps, step
numbers, DIP ids, trace ids) are planted in the same positions and must be kept.
Decoys (one value per class, never planted) measure the checker's own false-positive rate.
"""

from __future__ import annotations

import csv
import io
import json
import random
import re
import uuid
from dataclasses import dataclass, field

# --------------------------------------------------------------------------------------------
# normalisation: the checker's only view of text


def norm(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", text).upper()


# --------------------------------------------------------------------------------------------
# identifier classes

CLASSES = [
    "name", "address", "postcode", "elec-serial", "gas-serial", "odd-serial",
    "mprn", "device", "mpan-badcheck", "mpan-full", "email", "phone",
]

# json key, xml tag, text label, csv header, register kind
CONTEXT = {
    "name": ("customerName", "CustomerName", "Customer name:", "customer_name", "name"),
    "address": ("supplyAddress", "SupplyAddress", "Supply address:", "supply_address", "address"),
    "postcode": ("postcode", "PostCode", "Postcode:", "postcode", "postcode"),
    "elec-serial": ("meterSerialNumber", "MeterSerialNumber", "Meter serial:", "meter_serial", "msn"),
    "gas-serial": ("gasMeterSerialNumber", "GasMeterSerialNumber", "Gas meter serial:", "gas_meter_serial",
                   "msn"),
    "odd-serial": ("meterSerialNumber", "MeterSerialNumber", "Meter serial number:", "meter_serial", "msn"),
    "mprn": ("mprn", "MPRN", "MPRN:", "mprn", "mprn"),
    "device": ("deviceId", "DeviceID", "Device ID:", "device_id", "device"),
    "mpan-badcheck": ("mpan", "MPAN", "MPAN:", "mpan", "mpan"),
    "mpan-full": ("mpan", "MPAN", "Full MPAN:", "mpan", "mpan"),
    "email": ("emailAddress", "EmailAddress", "Email:", "email", "email"),
    "phone": ("phoneNumber", "TelephoneNumber", "Telephone:", "phone", "phone"),
}

FIRST = ["Aurelia", "Bartholomew", "Cressida", "Dorian", "Ephraim", "Fenella", "Gwendolyn", "Horatio",
         "Isolde", "Jolyon", "Leopold", "Marisol", "Neville", "Ottoline", "Peregrine", "Quentin",
         "Rosalind", "Theodora", "Ulrika", "Valentina", "Wilhelmina", "Xanthe", "Yolanda", "Zebedee"]
LAST = ["Abernethy", "Blackwood", "Carmichael", "Drummond", "Etherington", "Fairweather", "Gallacher",
        "Hollingsworth", "Ingleby", "Jessop", "Kilbride", "Lockhart", "Montague", "Nettleship",
        "Oakenfold", "Pemberton", "Quarrington", "Ravenscroft", "Sandringham", "Thistlethwaite",
        "Underhill", "Vavasour", "Wetherby", "Yardley"]
MAIL_LOCAL = ["orla", "piers", "tamsin", "rupert", "imogen", "hamish", "saffron", "barnaby", "ffion",
              "caspian", "delphine", "evander"]
MAIL_DOMAIN = ["example.co.uk", "mail.example.com", "testco.example.org", "home.example.net"]
STREETS = ["Quillfeather Lane", "Marigold Crescent", "Old Tannery Road", "Bellhanger Close",
           "Copperbeech Avenue", "Larkspur Way", "Foxglove Drive", "Saltmarsh Street", "Wrenfield Gardens",
           "Kingfisher Row", "Hawthorn Terrace", "Millpond Mews"]
TOWNS = ["Ambridge", "Lower Wickham", "Thornbury", "Pelham Cross", "Eastleigh", "Dunmore", "Harrowgate",
         "Castlebrook", "Midsomer Norton", "Kirkby Lonsdale"]
POSTAREAS = ["LS", "M", "B", "CF", "SW", "EH", "BS", "NE", "G", "OX", "RG", "PL", "TN", "YO", "DN"]
UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MPAN_PRIMES = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]


def mpan_check(first12: str) -> int:
    return sum(int(d) * p for d, p in zip(first12, MPAN_PRIMES)) % 11 % 10


def _digits(rng: random.Random, n: int, lead_nonzero: bool = True) -> str:
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if lead_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(LETTERS) for _ in range(n))


def make_value(klass: str, rng: random.Random) -> tuple[str, list[str]]:
    """(display value as it stands in its context, partial strings whose leak counts as partial)."""
    if klass == "name":
        first, last = rng.choice(FIRST), rng.choice(LAST)
        return f"{first} {last}", [last]
    if klass == "address":
        street = rng.choice(STREETS)
        num = rng.randint(2, 198)
        if rng.random() < 0.3:
            line1 = f"Flat {rng.randint(1, 9)}, {num} {street}"
        else:
            line1 = f"{num} {street}"
        return f"{line1}, {rng.choice(TOWNS)}", [f"{num} {street}"]
    if klass == "postcode":
        area = rng.choice(POSTAREAS)
        district = str(rng.randint(1, 29 if len(area) == 2 else 9))
        return f"{area}{district} {rng.randint(1, 9)}{rng.choice(UNIT_LETTERS)}{rng.choice(UNIT_LETTERS)}", []
    if klass == "elec-serial":
        shape = rng.randrange(3)
        if shape == 0:
            return f"S{rng.randint(1, 99):02d}{_letters(rng, 2)}{_digits(rng, 6, False)}", []
        if shape == 1:
            return f"{rng.randint(10, 24)}{rng.choice('PKLM')}{_digits(rng, 7, False)}", []
        return f"{rng.choice('KZF')}{rng.randint(1, 99):02d}{rng.choice('DEN')}{_digits(rng, 6, False)}", []
    if klass == "gas-serial":
        shape = rng.randrange(4)
        if shape == 0:
            return f"E6S{_digits(rng, 8, False)}{rng.randint(15, 24)}", []
        if shape == 1:
            return f"E6E{_digits(rng, 8, False)}{rng.randint(15, 24)}", []
        if shape == 2:
            return f"G4K{_digits(rng, 8, False)}", []
        return f"U6A{_digits(rng, 7, False)}", []
    if klass == "odd-serial":
        shape = rng.randrange(5)
        if shape == 0:
            return f"{rng.choice(LETTERS)}{rng.randint(2, 9)}{_letters(rng, 2)}{rng.randint(10, 99)}" \
                   f"{rng.choice(LETTERS)}{rng.randint(2, 9)}", []
        if shape == 1:
            return f"EML{_digits(rng, 10)}", []
        if shape == 2:
            return f"{rng.randint(10, 99)}{rng.choice(LETTERS)}{_digits(rng, 7, False)}", []
        if shape == 3:
            return f"{_letters(rng, 2)}-{_digits(rng, 4)}-{_letters(rng, 2)}{rng.randint(2, 9)}", []
        return f"00{_letters(rng, 1)}{_digits(rng, 6, False)}{_letters(rng, 1)}", []
    if klass == "mprn":
        return _digits(rng, rng.choice([6, 7, 8, 8, 9, 10, 10])), []
    if klass == "device":
        while True:
            h = "".join(rng.choice("0123456789ABCDEF") for _ in range(16))
            if sum(c.isalpha() for c in h) >= 4:
                break
        return "-".join(h[i:i + 2] for i in range(0, 16, 2)), []
    if klass == "mpan-badcheck":
        first12 = f"{rng.randint(10, 23)}{_digits(rng, 10, False)}"
        good = mpan_check(first12)
        bad = rng.choice([d for d in range(10) if d != good])
        return f"{first12}{bad}", []
    if klass == "mpan-full":
        first12 = f"{rng.randint(10, 23)}{_digits(rng, 10, False)}"
        good = mpan_check(first12)
        bad = rng.choice([d for d in range(10) if d != good])
        profile = rng.choice(["01", "02", "03", "04", "05", "06", "07", "08"])
        top = f"{profile}{rng.randint(800, 899)}{rng.randint(100, 999)}"
        return f"{top}{first12}{bad}", []
    if klass == "email":
        local = f"{rng.choice(MAIL_LOCAL)}.{rng.choice(MAIL_LOCAL)}{rng.randint(10, 99)}"
        return f"{local}@{rng.choice(MAIL_DOMAIN)}", []
    if klass == "phone":
        shape = rng.randrange(3)
        if shape == 0:
            return f"07700 900{rng.randint(0, 999):03d}", []
        if shape == 1:
            return f"01632 960{rng.randint(0, 999):03d}", []
        return f"0113 496 0{rng.randint(0, 999):03d}", []
    raise ValueError(klass)


# --------------------------------------------------------------------------------------------
# bare forms: the same value in another case or separator form, or inside something longer

FILE_SAFE = {"compact", "lower", "underscore", "hyphen", "dot", "mixed", "upper-compact", "exact-safe"}


def _groups(s: str, rng: random.Random) -> list[str]:
    size = rng.choice([2, 3, 4])
    return [s[i:i + size] for i in range(0, len(s), size)]


def _mixed(s: str, rng: random.Random) -> str:
    out = "".join(c.lower() if c.isalpha() and rng.random() < 0.5 else c.upper() for c in s)
    if out == s.upper() or out == s.lower():
        idx = [i for i, c in enumerate(s) if c.isalpha()]
        if idx:
            i = idx[0]
            out = out[:i] + (out[i].lower() if out[i].isupper() else out[i].upper()) + out[i + 1:]
    return out


def forms(klass: str, value: str, rng: random.Random) -> dict[str, str]:
    """Every bare form of a value this corpus uses, by name."""
    out: dict[str, str] = {}
    if klass in ("name", "address"):
        words = re.findall(r"[A-Za-z0-9]+", value)
        out["exact"] = value
        out["lower"] = value.lower()
        out["upper"] = value.upper()
        out["underscore"] = "_".join(words)
        out["hyphen"] = "-".join(w.lower() for w in words)
        out["dot"] = ".".join(w.lower() for w in words)
        out["compact"] = "".join(words)
        out["upper-compact"] = "".join(words).upper()
        out["in-token"] = "cust" + "".join(words) + "X42"
        out["in-path"] = "/srv/harness/customers/" + "_".join(words) + "/notes.txt"
        out["mixed"] = _mixed(value, rng)
        if klass == "address":
            out["no-comma"] = " ".join(words)
        return out
    if klass == "email":
        out["exact"] = value
        out["upper"] = value.upper()
        out["mixed"] = _mixed(value, rng)
        out["in-angle"] = f"<{value}>"
        out["in-token"] = f"mailto:{value}?subject=IF-031"
        out["in-path"] = f"/var/mail/archive/{value}/msg-0001.eml"
        out["underscore"] = value.replace(".", "_")
        return out
    # alphanumeric identifiers
    c = norm(value)
    g = _groups(c, rng)
    out["exact"] = value
    out["compact"] = c
    if any(ch.isalpha() for ch in c):
        out["lower"] = c.lower()
        out["mixed"] = _mixed(c, rng)
    out["spaced"] = " ".join(g)
    out["hyphen"] = "-".join(g)
    out["dot"] = ".".join(g)
    out["slash"] = "/".join(g)
    out["underscore"] = "_".join(g)
    out["char-spaced"] = " ".join(c)
    lead = "REQ" if c[0].isdigit() else "req7"
    tail = "X7" if c[-1].isdigit() else "7x"
    out["in-token"] = f"{lead}{c if rng.random() < 0.5 else c.lower()}{tail}"
    out["in-corr"] = f"corr-{c.lower()}-0007"
    out["in-path"] = f"/srv/harness/out/{c.lower() if rng.random() < 0.5 else c}/response.xml"
    if klass == "device":
        out["colon-lower"] = ":".join(c[i:i + 2] for i in range(0, 16, 2)).lower()
        out["0x"] = "0x" + c.lower()
        out["group4"] = "-".join(c[i:i + 4] for i in range(0, 16, 4))
    if klass in ("mpan-badcheck",):
        out["mpan-grouped"] = f"{c[:2]} {c[2:6]} {c[6:10]} {c[10:]}"
    if klass == "mpan-full":
        out["s-box"] = f"S {c[:2]} {c[2:5]} {c[5:8]} {c[8:10]} {c[10:14]} {c[14:18]} {c[18:]}"
        out["two-lines"] = f"{c[:8]}\n{c[8:]}"
    if klass == "phone":
        out["intl-paren"] = f"({c[:5]}) {c[5:]}"
        out["in-token"] = f"tel:{c}"
    return out


def file_name_form(klass: str, value: str, rng: random.Random) -> tuple[str, str]:
    """A form of the value fit for a file name: (form name, text)."""
    if klass == "email":
        return rng.choice([("exact", value), ("underscore", value.replace(".", "_"))])
    if klass in ("name", "address"):
        words = re.findall(r"[A-Za-z0-9]+", value)
        return rng.choice([("underscore", "_".join(words)), ("hyphen", "-".join(w.lower() for w in words)),
                           ("compact", "".join(words))])
    c = norm(value)
    g = _groups(c, rng)
    opts = [("compact", c), ("hyphen", "-".join(g)), ("underscore", "_".join(g))]
    if any(ch.isalpha() for ch in c):
        opts.append(("lower", c.lower()))
    return rng.choice(opts)


# prose frames for a bare occurrence
FILE_FRAMES = [
    "called {f} to confirm the appointment",
    "lookup key={f} status=OK",
    "record {f} refreshed from the portal",
    "{f}",
    "match on '{f}' in the reconciliation extract",
    "retrying for {f} (attempt 2)",
]
TYPED_FRAMES = [
    "Called {f}, confirmed",
    "Portal shows {f} as expected",
    "Checked {f} in the tracker",
    "{f} visible on screen",
    "Re-sent for {f}",
]
CONTEXT_TYPED_FRAMES = ["{label} {f}; details confirmed"]

MSGTYPES = ["IF-031", "IF-036", "IF-019", "IF-021", "D0150001", "D0010002", "D0086001", "D0149001", "IF-033"]


# --------------------------------------------------------------------------------------------
# the data model


@dataclass
class Secret:
    sid: str
    klass: str
    value: str
    direction: str  # forward | backward | register | typed-context
    partial: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        return norm(self.value)


@dataclass
class Occ:
    sid: str
    role: str  # context | bare
    form: str
    text: str
    event: int
    place: str  # file | actual | caption | deviation | observation | defect | filename | screenshot
    loc: str  # where it was put: a file's loc ("e3f1") or "e3:actual" ...
    direction: str  # forward | same-step | backward | register | typed-context
    line: str = ""  # the whole snippet it was planted in (to tell two occurrences in one item apart)


@dataclass
class Keep:
    ktype: str
    value: str
    loc: str
    place: str


@dataclass
class FileSpec:
    loc: str
    name: str
    kind: str  # attach | payload | response
    fmt: str  # json | xml | label | csv | log | json-note | csv-plain | png
    data: bytes
    marker: str
    image_boxes: list[tuple[str, tuple[int, int, int, int]]] = field(default_factory=list)


@dataclass
class Event:
    idx: int
    kind: str  # step | observe | defect
    step: int | None = None
    status: str = "passed"
    files: list[FileSpec] = field(default_factory=list)
    actual: str = ""
    caption: str = ""
    deviation: str = ""
    text: str = ""  # observation text or defect title
    description: str = ""  # defect description


@dataclass
class Scenario:
    name: str
    seed: int
    tc_ref: str
    n_steps: int
    secrets: list[Secret]
    decoys: list[Secret]
    events: list[Event]
    occs: list[Occ]
    keeps: list[Keep]
    finish: bool
    screens: bool

    def case_yaml(self) -> str:
        lines = ["attest: 1", "cases:", f"  - reference: {self.tc_ref}",
                 "    title: Value propagation across a run", "    steps:"]
        for k in range(1, self.n_steps + 1):
            lines.append(f"      - action: Step {k} - send the {MSGTYPES[k % len(MSGTYPES)]} and check the tracker")
            lines.append("        expected: Accepted with a correlation id")
        return "\n".join(lines) + "\n"

    def register(self) -> list[tuple[str, str]]:
        return [(CONTEXT[s.klass][4], s.value) for s in self.secrets if s.direction == "register"]

    def secret(self, sid: str) -> Secret:
        for s in self.secrets:
            if s.sid == sid:
                return s
        raise KeyError(sid)


# --------------------------------------------------------------------------------------------
# keep values (non-identifiers)


class KeepMaker:
    def __init__(self, rng: random.Random, tc_ref: str):
        self.rng = rng
        self.tc_ref = tc_ref

    def value(self, ktype: str, step: int = 1) -> str:
        r = self.rng
        if ktype == "tcref":
            return self.tc_ref
        if ktype == "msgtype":
            return r.choice(MSGTYPES)
        if ktype == "uuid":
            return str(uuid.UUID(int=r.getrandbits(128), version=4))
        if ktype == "timestamp":
            return f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:" \
                   f"{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"
        if ktype == "step":
            return f"Step {step}"
        if ktype == "dip":
            return f"DIP-{r.randint(100000, 999999)}-{_letters(r, 2)}"
        if ktype == "trace":
            return "".join(r.choice("0123456789abcdef") for _ in range(32))
        raise ValueError(ktype)


KEEP_TYPES = ["tcref", "msgtype", "uuid", "timestamp", "step", "dip", "trace"]
# the same positions as bare identifiers: prose, a key=value, a path, a glued token
KEEP_FRAMES = {
    "tcref": ["test case {k}", "/srv/harness/out/{k}/response.xml"],
    "msgtype": ["sent {k} to the DIP", "requestId=REQ-{k}-7"],
    "uuid": ["corr={k}", "/srv/harness/out/{k}/response.xml"],
    "timestamp": ["at {k}", "ts={k}"],
    "step": ["{k} complete", "re-run of {k}"],
    "dip": ["dipId={k}", "DIP message {k} delivered"],
    "trace": ["traceId={k}", "/traces/{k}.json"],
}


# --------------------------------------------------------------------------------------------
# building a scenario


class Builder:
    def __init__(self, rng: random.Random, name: str, seed: int, assignments: list[tuple[str, str]],
                 screens: str | None):
        self.rng = rng
        self.name = name
        self.seed = seed
        self.assignments = assignments
        self.screens = screens  # None | "forward" | "backward"
        self.tc_ref = rng.choice(["FM_TS_", "SIT_PROP_", "MHHS_QT_", "DCC_WT_"]) + \
            f"{rng.randint(1, 9)}_TC_{rng.randint(1, 99):02d}"
        self.km = KeepMaker(rng, self.tc_ref)
        self.occs: list[Occ] = []
        self.keeps: list[Keep] = []
        self.n_steps = 5

    # -- timeline ------------------------------------------------------------------------------
    def timeline(self) -> list[Event]:
        extras = ["observe", "defect"]
        gaps = [self.rng.randint(0, self.n_steps) for _ in extras]
        events: list[Event] = []
        for gap in range(self.n_steps + 1):
            if gap > 0:
                events.append(Event(idx=len(events), kind="step", step=gap))
            for kind, g in zip(extras, gaps):
                if g == gap:
                    events.append(Event(idx=len(events), kind=kind, step=gap if gap > 0 else None))
        for i, e in enumerate(events):
            e.idx = i
        return events

    def build(self) -> Scenario:
        rng = self.rng
        events = self.timeline()
        steps = [e for e in events if e.kind == "step"]
        secrets: list[Secret] = []
        for j, (klass, direction) in enumerate(self.assignments):
            value, partial = make_value(klass, rng)
            secrets.append(Secret(f"v{j}", klass, value, direction, partial))
        decoys = []
        for j, klass in enumerate(CLASSES):
            value, partial = make_value(klass, rng)
            decoys.append(Secret(f"d{j}", klass, value, "decoy", partial))

        # plan occurrences: per event, per slot
        plan: dict[int, dict[str, list[tuple[Secret, str, str, str]]]] = {e.idx: {} for e in events}
        ctx_files: dict[int, list[Secret]] = {}

        def add(event: Event, slot: str, s: Secret, form: str, text: str, direction: str) -> None:
            plan[event.idx].setdefault(slot, []).append((s, form, text, direction))

        for s in secrets:
            fs = forms(s.klass, s.value, rng)
            if s.direction == "forward":
                ctx = rng.choice(steps[:2])
                ctx_files.setdefault(ctx.idx, []).append(s)
                pool = [e for e in events if e.idx >= ctx.idx]
            elif s.direction == "backward":
                ctx = rng.choice(steps[3:])
                ctx_files.setdefault(ctx.idx, []).append(s)
                pool = [e for e in events if e.idx < ctx.idx]
            elif s.direction == "typed-context":
                ctx = rng.choice(steps[:2])
                label = CONTEXT[s.klass][2]
                add(ctx, "actual", s, "context-label", f"{label} {s.value}", "typed-context-ctx")
                pool = [e for e in events if e.idx > ctx.idx]
            else:  # register
                ctx = None
                pool = list(events)
            slots: list[tuple[Event, str]] = []
            for e in pool:
                if e.kind == "step":
                    for slot in ("file", "file", "actual", "caption", "deviation", "filename"):
                        slots.append((e, slot))
                elif e.kind == "observe":
                    slots.append((e, "observation"))
                else:
                    slots.append((e, "defect"))
            # a bare occurrence in the context's own step is only "same-step" for typed text and
            # other files: keep most of them in other steps
            n = rng.randint(3, 5)
            chosen: list[tuple[Event, str]] = []
            file_slots = [x for x in slots if x[1] == "file" and (ctx is None or x[0].idx != ctx.idx)]
            typed_slots = [x for x in slots if x[1] not in ("file", "filename")
                           and (ctx is None or x[0].idx != ctx.idx or rng.random() < 0.3)]
            if file_slots:
                chosen.append(rng.choice(file_slots))
            if typed_slots:
                chosen.append(rng.choice(typed_slots))
            while len(chosen) < n and slots:
                cand = rng.choice(slots)
                if cand[1] == "filename" and any(c[1] == "filename" for c in chosen):
                    continue
                chosen.append(cand)
            used_forms: list[str] = []
            for e, slot in chosen:
                if slot == "filename":
                    fname, ftext = file_name_form(s.klass, s.value, rng)
                    form, text = fname, ftext
                else:
                    names = [f for f in fs if f not in used_forms] or list(fs)
                    if slot != "file":
                        names = [f for f in names if f != "two-lines"] or ["exact"]
                    form = rng.choice(names)
                    text = fs[form]
                    used_forms.append(form)
                if s.direction == "forward":
                    direction = "same-step" if ctx is not None and e.idx == ctx.idx else "forward"
                else:
                    direction = s.direction
                add(e, slot, s, form, text, direction)

        # screenshots: one bare occurrence of the scenario's first secret, as pixels
        if self.screens:
            s = secrets[0]
            ctx_idx = next(i for i, ss in ctx_files.items() if s in ss)
            if self.screens == "forward":
                e = next(e for e in events if e.kind == "step" and e.idx > ctx_idx)
            else:
                e = next(e for e in events if e.kind == "step" and e.idx < ctx_idx)
            fs = forms(s.klass, s.value, rng)
            form = "exact" if self.screens == "forward" else ("upper" if "upper" in fs else "compact")
            add(e, "screenshot", s, form, fs[form], self.screens)

        for e in events:
            self.fill(e, plan[e.idx], ctx_files.get(e.idx, []))

        return Scenario(self.name, self.seed, self.tc_ref, self.n_steps, secrets, decoys, events,
                        self.occs, self.keeps, finish=rng.random() < 0.5, screens=bool(self.screens))

    # -- content -------------------------------------------------------------------------------
    def keep_snippet(self, loc: str, place: str, step: int, k: int = 2) -> list[str]:
        out = []
        for ktype in self.rng.sample(KEEP_TYPES, k):
            v = self.km.value(ktype, step)
            frame = self.rng.choice(KEEP_FRAMES[ktype])
            out.append(frame.format(k=v))
            self.keeps.append(Keep(ktype, v, loc, place))
        return out

    def typed(self, e: Event, slot: str, items: list[tuple[Secret, str, str, str]]) -> str:
        loc = f"e{e.idx}:{slot}"
        parts = []
        for s, form, text, direction in items:
            if form == "context-label":
                parts.append(text + "; details confirmed")
                self.occs.append(Occ(s.sid, "context", form, text, e.idx, slot, loc, "typed-context", parts[-1]))
            else:
                parts.append(self.rng.choice(TYPED_FRAMES).format(f=text))
                self.occs.append(Occ(s.sid, "bare", form, text, e.idx, slot, loc, direction, parts[-1]))
        parts += self.keep_snippet(loc, slot, e.step or 1, 1 if parts else 2)
        self.rng.shuffle(parts)
        return "; ".join(parts)

    def fill(self, e: Event, slots: dict[str, list], ctx: list[Secret]) -> None:
        rng = self.rng
        if e.kind == "observe":
            e.text = self.typed(e, "observation", slots.get("observation", []))
            return
        if e.kind == "defect":
            e.text = self.typed(e, "defect", slots.get("defect", []))
            e.description = "; ".join(self.keep_snippet(f"e{e.idx}:description", "description", e.step or 1))
            return
        e.status = "passed" if rng.random() < 0.8 else "failed"
        nfile = 0

        def new_loc() -> str:
            nonlocal nfile
            nfile += 1
            return f"e{e.idx}f{nfile}"

        if ctx:
            e.files.append(self.context_file(e, new_loc(), ctx))
        bare = slots.get("file", [])
        if bare:
            if len(bare) > 2 and rng.random() < 0.5:
                half = len(bare) // 2
                groups = [bare[:half], bare[half:]]
            else:
                groups = [bare]
            for g in groups:
                e.files.append(self.bare_file(e, new_loc(), g))
        for s, form, text, direction in slots.get("filename", []):
            e.files.append(self.bare_file(e, new_loc(), [], name_text=(s, form, text, direction)))
        for s, form, text, direction in slots.get("screenshot", []):
            e.files.append(self.screenshot(e, new_loc(), s, form, text, direction))
        if not e.files:
            e.files.append(self.bare_file(e, new_loc(), []))
        e.actual = self.typed(e, "actual", slots.get("actual", []))
        e.caption = self.typed(e, "caption", slots.get("caption", []))
        if slots.get("deviation") or rng.random() < 0.25:
            e.deviation = self.typed(e, "deviation", slots.get("deviation", []))

    def marker(self) -> str:
        return "ITEMREF-" + "".join(self.rng.choice("QWXZ") for _ in range(6))

    def context_file(self, e: Event, loc: str, ctx: list[Secret]) -> FileSpec:
        rng = self.rng
        fmt = rng.choice(["json", "json", "xml", "label", "csv"])
        marker = self.marker()
        msg = self.km.value("msgtype")
        corr = self.km.value("uuid")
        ts = self.km.value("timestamp")
        dip = self.km.value("dip")
        for kt, v in (("msgtype", msg), ("uuid", corr), ("timestamp", ts), ("dip", dip)):
            self.keeps.append(Keep(kt, v, loc, "file"))
        for s in ctx:
            self.occs.append(Occ(s.sid, "context", fmt, s.value, e.idx, "file", loc, s.direction, s.value))
        if fmt == "json":
            body: dict[str, object] = {"header": {"messageType": msg, "correlationId": corr, "createdAt": ts,
                                                   "dipId": dip, "itemRef": marker}}
            payload: dict[str, str] = {}
            for s in ctx:
                payload[CONTEXT[s.klass][0] if CONTEXT[s.klass][0] not in payload else CONTEXT[s.klass][0] + "2"] \
                    = s.value
            body["payload"] = payload
            return FileSpec(loc, f"request_{e.idx}.json", "payload", fmt,
                            (json.dumps(body, indent=2) + "\n").encode(), marker)
        if fmt == "xml":
            inner = "".join(f"    <{CONTEXT[s.klass][1]}>{s.value}</{CONTEXT[s.klass][1]}>\n" for s in ctx)
            text = (f'<?xml version="1.0" encoding="UTF-8"?>\n<Message>\n  <Header>\n'
                    f"    <MessageType>{msg}</MessageType>\n    <CorrelationID>{corr}</CorrelationID>\n"
                    f"    <Created>{ts}</Created>\n    <DipID>{dip}</DipID>\n    <ItemRef>{marker}</ItemRef>\n"
                    f"  </Header>\n  <Body>\n{inner}  </Body>\n</Message>\n")
            return FileSpec(loc, f"response_{e.idx}.xml", "response", fmt, text.encode(), marker)
        if fmt == "label":
            lines = [f"Portal screen notes {marker}", f"Message type: {msg}", f"Correlation id: {corr}",
                     f"Received: {ts}", f"DIP id: {dip}"]
            lines += [f"{CONTEXT[s.klass][2]} {s.value}" for s in ctx]
            return FileSpec(loc, f"portal_notes_{e.idx}.txt", "attach", fmt, ("\n".join(lines) + "\n").encode(),
                            marker)
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["item_ref", "message_type", "correlation_id", "created", "dip_id"]
                   + [CONTEXT[s.klass][3] for s in ctx])
        w.writerow([marker, msg, corr, ts, dip] + [s.value for s in ctx])
        return FileSpec(loc, f"extract_{e.idx}.csv", "attach", fmt, buf.getvalue().encode(), marker)

    def bare_file(self, e: Event, loc: str, occs: list, name_text: tuple | None = None) -> FileSpec:
        rng = self.rng
        fmt = rng.choice(["log", "log", "json-note", "csv-plain"]) if occs else "log"
        if fmt == "json-note" and any("\n" in o[2] for o in occs):
            fmt = "log"  # JSON would write the line break as \n
        marker = self.marker()
        lines: list[str] = []
        for s, form, text, direction in occs:
            lines.append(rng.choice(FILE_FRAMES).format(f=text))
            self.occs.append(Occ(s.sid, "bare", form, text, e.idx, "file", loc, direction, lines[-1]))
        keep_lines = self.keep_snippet(loc, "file", e.step or 1, 3)
        mixed = lines + keep_lines
        rng.shuffle(mixed)
        name = f"harness_{e.idx}_{loc[-1]}.log"
        if name_text is not None:
            s, form, text, direction = name_text
            name = f"{text}_{rng.choice(['before', 'after', 'trace'])}.log"
            self.occs.append(Occ(s.sid, "bare", form, text, e.idx, "filename", loc, direction, text))
        if fmt == "log":
            ts = self.km.value("timestamp")[:-4]
            out = [f"{ts}:{i:02d}Z INFO [harness] {marker if i == 0 else 'step'} {line}"
                   for i, line in enumerate([f"item {marker}"] + mixed)]
            data = "\n".join(out) + "\n"
        elif fmt == "json-note":
            note: dict[str, object] = {"itemRef": marker, "notes": mixed}
            data = json.dumps(note, indent=2) + "\n"
            name = name[:-4] + ".json" if name.endswith(".log") else name
        else:
            buf = io.StringIO()
            w = csv.writer(buf, lineterminator="\n")
            w.writerow(["seq", "event", "detail"])
            w.writerow([0, "item", marker])
            for i, line in enumerate(mixed, 1):
                w.writerow([i, "note", line])
            data = buf.getvalue()
            name = name[:-4] + ".csv" if name.endswith(".log") else name
        kind = rng.choice(["attach", "attach", "response"])
        return FileSpec(loc, name, kind, fmt, data.encode(), marker)

    def screenshot(self, e: Event, loc: str, s: Secret, form: str, text: str, direction: str) -> FileSpec:
        from PIL import Image, ImageDraw, ImageFont  # only the screenshot scenarios need Pillow

        font = ImageFont.truetype("DejaVuSans.ttf", 28)
        corr = self.km.value("uuid")
        msg = self.km.value("msgtype")
        lines = [f"Harness console  {self.tc_ref}", f"{msg} accepted  corr {corr}",
                 "Callback booked with ", "Tracker: Delivered"]
        img = Image.new("RGB", (1280, 300), "white")
        d = ImageDraw.Draw(img)
        box = (0, 0, 0, 0)
        for i, line in enumerate(lines):
            y = 20 + i * 64
            d.text((30, y), line, fill="black", font=font)
            if line.startswith("Callback"):
                x = 30 + int(font.getlength(line))
                d.text((x, y), text, fill="black", font=font)
                bb = d.textbbox((x, y), text, font=font)
                box = (bb[0], bb[1], bb[2], bb[3])
        self.keeps.append(Keep("msgtype", msg, loc, "screenshot"))
        buf = io.BytesIO()
        img.save(buf, "PNG")
        self.occs.append(Occ(s.sid, "bare", form, text, e.idx, "screenshot", loc, direction, text))
        fs = FileSpec(loc, f"screen_{e.idx}.png", "attach", "png", buf.getvalue(), "")
        fs.image_boxes.append((s.sid, box))
        return fs


# --------------------------------------------------------------------------------------------
# generation

DIRECTION_WEIGHTS = [("forward", 4), ("backward", 4), ("register", 1), ("typed-context", 1)]
PER_SCENARIO = 5


def _assignments(rng: random.Random, n: int) -> list[list[tuple[str, str]]]:
    pool: list[tuple[str, str]] = []
    while len(pool) < n * PER_SCENARIO:
        for klass in CLASSES:
            for d, w in DIRECTION_WEIGHTS:
                pool += [(klass, d)] * w
    for _ in range(200):
        rng.shuffle(pool)
        rest = list(pool[: n * PER_SCENARIO])
        out: list[list[tuple[str, str]]] = []
        ok = True
        for _i in range(n):
            pick: list[tuple[str, str]] = []
            for cand in list(rest):
                if all(cand[0] != p[0] for p in pick):
                    pick.append(cand)
                    rest.remove(cand)
                    if len(pick) == PER_SCENARIO:
                        break
            if len(pick) < PER_SCENARIO:
                ok = False
                break
            out.append(pick)
        if ok:
            return out
    raise RuntimeError("could not spread classes over scenarios")


def _consistent(sc: Scenario) -> list[str]:
    """Problems that would make the checker's answer wrong for this scenario."""
    problems = []
    keys = [(s.sid, s.key) for s in sc.secrets + sc.decoys]
    for sid, k in keys:
        if len(k) < 5:
            problems.append(f"{sid}: too short")
        for sid2, k2 in keys:
            if sid != sid2 and k in k2:
                problems.append(f"{sid} inside {sid2}")
    # no secret, partial or decoy in the scaffolding (everything but its planted occurrences)
    texts = scaffold_texts(sc)
    for s in sc.secrets + sc.decoys:
        for probe in [s.key] + [norm(p) for p in s.partial]:
            for where, t in texts:
                if probe in norm(t):
                    problems.append(f"{s.sid} ({probe}) in scaffolding of {where}")
    for kp in sc.keeps:
        for s in sc.secrets:
            if s.key in norm(kp.value):
                problems.append(f"keep {kp.value} holds {s.sid}")
    return problems


def scaffold_texts(sc: Scenario) -> list[tuple[str, str]]:
    """Every text of the scenario with each planted occurrence cut out."""
    occ_texts = sorted({o.text for o in sc.occs}, key=len, reverse=True)

    def cut(t: str) -> str:
        for ot in occ_texts:
            t = t.replace(ot, " ~ ")
        return t

    out = [("case", cut(sc.case_yaml()))]
    for e in sc.events:
        for f in e.files:
            if f.fmt != "png":
                out.append((f.loc, cut(f.data.decode())))
            out.append((f.loc + ":name", cut(f.name)))
        for slot in ("actual", "caption", "deviation", "text", "description"):
            out.append((f"e{e.idx}:{slot}", cut(getattr(e, slot))))
    return out


def generate(seed: int = 0, n: int = 48, screens: bool = True) -> list[Scenario]:
    rng = random.Random(seed)
    assigns = _assignments(rng, n)
    out = []
    for i in range(n):
        screen = None
        a = list(assigns[i])
        if screens and i < 2:
            screen = "forward" if i == 0 else "backward"
            klass = "name" if i == 0 else "odd-serial"
            a = [(klass, screen)] + [x for x in a if x[0] != klass][: PER_SCENARIO - 1]
        for attempt in range(50):
            srng = random.Random(f"{seed}:{i}:{attempt}")
            sc = Builder(srng, f"s{seed}-{i:03d}", seed, a, screen).build()
            if not _consistent(sc):
                break
        else:
            raise RuntimeError(f"scenario {i}: {_consistent(sc)[:3]}")
        out.append(sc)
    return out


def self_check(seed: int = 0, n: int = 48) -> None:
    a = generate(seed, n, screens=False)
    b = generate(seed, n, screens=False)
    assert [(s.name, [x.value for x in s.secrets], [o.text for o in s.occs]) for s in a] == \
        [(s.name, [x.value for x in s.secrets], [o.text for o in s.occs]) for s in b], "not deterministic"
    for sc in a:
        assert not _consistent(sc), (sc.name, _consistent(sc))
        by_loc: dict[str, str] = {}
        for e in sc.events:
            for f in e.files:
                by_loc[f.loc] = f.data.decode() if f.fmt != "png" else ""
                by_loc[f.loc + ":name"] = f.name
            for slot in ("actual", "caption", "deviation"):
                by_loc[f"e{e.idx}:{slot}"] = getattr(e, slot)
            by_loc[f"e{e.idx}:observation"] = e.text if e.kind == "observe" else ""
            by_loc[f"e{e.idx}:defect"] = e.text if e.kind == "defect" else ""
            by_loc[f"e{e.idx}:description"] = e.description
        for o in sc.occs:
            s = sc.secret(o.sid)
            where = o.loc + ":name" if o.place == "filename" else o.loc
            if o.place != "screenshot":
                assert s.key in norm(by_loc[where]), (sc.name, o)
            assert s.key in norm(o.text), (sc.name, o)
            if o.place not in ("screenshot", "filename"):
                assert norm(o.line) in norm(by_loc[where]), (sc.name, o)
        for k in sc.keeps:
            if k.place != "screenshot":
                assert norm(k.value) in norm(by_loc[k.loc]), (sc.name, k)
        # every secret has a context (unless register) and at least 3 bare occurrences
        for s in sc.secrets:
            ctx = [o for o in sc.occs if o.sid == s.sid and o.role == "context"]
            bare = [o for o in sc.occs if o.sid == s.sid and o.role == "bare"]
            assert (len(ctx) == 0) == (s.direction == "register"), (sc.name, s)
            assert len(bare) >= 3, (sc.name, s, bare)
            for o in bare:
                c = next(iter(ctx), None)
                if c is None:
                    continue
                if s.direction == "backward":
                    assert o.event < c.event, (sc.name, o, c)
                elif s.direction == "forward":
                    assert o.event >= c.event, (sc.name, o, c)
    classes = {s.klass for sc in a for s in sc.secrets}
    assert classes == set(CLASSES), classes


if __name__ == "__main__":
    import sys

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 48
    self_check(0, n)
    scs = generate(0, n)
    print(f"self_check ok: {len(scs)} scenarios, {sum(len(s.secrets) for s in scs)} values, "
          f"{sum(len(s.occs) for s in scs)} occurrences, {sum(len(s.keeps) for s in scs)} keeps")
