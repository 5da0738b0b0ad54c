"""Independent checks of corpus + truth (not using score.py): codecs, parsers, check digits, QP/ICS unfolding."""
import json, os, re, csv, io, quopri, sys
from lxml import etree
HERE = os.path.dirname(os.path.abspath(__file__))
T = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
P = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
def ok13(s): return len(s) == 13 and s.isdigit() and sum(int(c) * p for c, p in zip(s, P)) % 11 % 10 == int(s[12])
CODEC = {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "cp1252": "cp1252", "utf-16-le-bom": "utf-16", "utf-16-be-bom": "utf-16",
         "utf-16-le": "utf-16-le", "utf-16-be": "utf-16-be", "utf-32-le-bom": "utf-32", "utf-32-be": "utf-32-be", "utf-32-le": "utf-32-le"}
PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
errs = []; n = collections = 0
stats = {"json": 0, "jsonl": 0, "xml": 0, "csv": 0, "ics": 0, "qp": 0}
for name, ft in T["files"].items():
    raw = open(os.path.join(HERE, "corpus", name), "rb").read()
    t = raw.decode(CODEC[ft["encoding"]])
    if ft["newline"] == "crlf":
        assert "\n" not in t.replace("\r\n", ""), name
    t = t.replace("\r\n", "\n")
    for s in ft["secrets"] + ft["keeps"]:
        if t[s["start"]:s["end"]] != s["text"]:
            errs.append((name, "span", s["text"]))
    for s in ft["secrets"]:
        k = s["kind"]
        if k == "mpan" and s["form"] != "truncated12" and not ok13(s["canon"]): errs.append((name, "mpan check", s["canon"]))
        if k == "postcode" and not PC.match(s["canon"].upper()): errs.append((name, "postcode", s["canon"]))
        if k == "eui64" and not re.fullmatch(r"[0-9a-f]{16}", s["canon"]): errs.append((name, "eui", s["canon"]))
        if k in ("name", "address") and not s["words"]: errs.append((name, "nowords", s["text"]))
        for kp in ft["keeps"]:
            c = s.get("canon")
            if c and len(c) >= 8 and c in re.sub(r"[^0-9a-z]", "", kp["text"].lower()): errs.append((name, "secret in keep", c, kp["text"]))
    for kp in ft["keeps"]:
        if re.fullmatch(r"\d{13}", kp["text"]) and ok13(kp["text"]): errs.append((name, "keep passes mpan check", kp["text"]))
    ext = name.rsplit(".", 1)[1]
    try:
        if ext == "json":
            json.loads(t); stats["json"] += 1
        elif ext == "jsonl":
            [json.loads(l) for l in t.splitlines() if l.strip()]; stats["jsonl"] += 1
        elif ext == "xml":
            etree.fromstring(t.encode("utf-8")); stats["xml"] += 1
        elif ext == "csv" and ft["genre"] != "monday_board_export":
            rows = list(csv.reader(io.StringIO(t)))
            rows = [r for r in rows if r and not r[0].startswith("#")]
            if len({len(r) for r in rows}) != 1: errs.append((name, "csv widths", {len(r) for r in rows}))
            stats["csv"] += 1
        elif ext == "ics":
            u = t.replace("\n ", "")
            for s in ft["secrets"]:
                if s["kind"] == "mpan" and s["canon"] not in u: errs.append((name, "ics unfold", s["canon"]))
            stats["ics"] += 1
        if ft["genre"] in ("mbox_qp", "vcard21_qp"):
            q = quopri.decodestring(t.replace("\n", "\r\n").encode("utf-8")).decode("utf-8", "replace")
            for s in ft["secrets"]:
                if s["kind"] == "mpan" and s["canon"] not in q: errs.append((name, "qp decode", s["canon"]))
            stats["qp"] += 1
    except Exception as e:
        errs.append((name, "parse", repr(e)[:200]))
print("parsed:", stats)
print("errors:", len(errs))
for e in errs[:50]: print(" ", e)
