#!/usr/bin/env python3
"""Independent truth verifier (does not import the generator)."""
import json, re, sys, os, collections
T = json.load(open(sys.argv[1] if len(sys.argv) > 1 else "truth.json")); C = sys.argv[2] if len(sys.argv) > 2 else "corpus"
P = [3,5,7,13,17,19,23,29,31,37,41,43]
def ok_mpan(c): return len(c) == 13 and c.isdigit() and str(sum(int(a)*p for a,p in zip(c[:12],P)) % 11 % 10) == c[12]
red = lambda s: re.sub(r"[^0-9A-Z]", "", s.upper())
PC = re.compile(r"^[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2}$")
DRAMA = ["07700900","02079460","01134960","01174960","01314960","01414960","01614960","01914980","02920180","01632960","01214960","01184960"]
errs = []; n = collections.Counter()
for f in T["files"]:
    b = open(os.path.join(C, f["file"]), "rb").read()
    bom = bytes.fromhex(f["bom"])
    if bom and not b.startswith(bom): errs.append((f["file"], "bom missing"))
    if not bom and b[:3] in (b"\xef\xbb\xbf",) or (not bom and b[:2] in (b"\xff\xfe", b"\xfe\xff")): errs.append((f["file"], "unexpected bom"))
    t = b[len(bom):].decode(f["codec"])
    if f["newline"] == "CRLF" and re.search(r"(?<!\r)\n", t): errs.append((f["file"], "bare LF in CRLF file"))
    if f["newline"] == "LF" and "\r" in t: errs.append((f["file"], "CR in LF file"))
    surf = collections.Counter(s["surface"] for s in f["secrets"])
    for s, k in surf.items():
        if t.count(s) < k: errs.append((f["file"], "surface count", s))
    for s in f["secrets"]:
        k, v, sf = s["kind"], s["value"], s["surface"]; n[k] += 1
        if k == "mpan" and not (ok_mpan(v) and red(sf) == v): errs.append((f["file"], "mpan", v, sf))
        if k == "mpan21" and not (len(v) == 21 and ok_mpan(v[8:]) and red(sf).lstrip("S") == v): errs.append((f["file"], "mpan21", v, sf))
        if k == "mprn" and not (v.isdigit() and 6 <= len(v) <= 10 and red(sf) == v): errs.append((f["file"], "mprn", v))
        if k == "phone" and not (v[:8] in DRAMA and len(v) == 11 and red(sf).replace("44", "0", 1) if sf.startswith("+") else red(sf) == v): errs.append((f["file"], "phone", v, sf))
        if k == "email" and not re.fullmatch(r"[a-z0-9._-]+@example\.(com|co\.uk|org|net)", v): errs.append((f["file"], "email", v))
        if k == "postcode" and not (PC.match(v) and red(sf) == red(v)): errs.append((f["file"], "postcode", v, sf))
        if k == "eui64" and not (re.fullmatch(r"[0-9A-F]{16}", v) and red(sf).removeprefix("0X") == v): errs.append((f["file"], "eui", v, sf))
        if k in ("eser", "gser") and not (re.fullmatch(r"[0-9A-Z]{8,16}", v) and red(sf) == v): errs.append((f["file"], k, v, sf))
        if k in ("name", "address") and not s["words"]: errs.append((f["file"], "no words", sf))
        if k in ("name", "address"):
            for w in s["words"]:
                if w not in sf: errs.append((f["file"], "word not in surface", w))
    for kp in f["keeps"]:
        if kp["surface"] not in t: errs.append((f["file"], "keep missing", kp["surface"]))
        for s in f["secrets"]:
            if kp["surface"] in s["surface"] or s["surface"] in kp["surface"]: errs.append((f["file"], "keep/secret overlap", kp["surface"], s["surface"]))
print("checked", dict(n), "keeps", sum(len(f["keeps"]) for f in T["files"]))
for e in errs[:50]: print("ERR", e)
print("errors:", len(errs)); sys.exit(1 if errs else 0)
