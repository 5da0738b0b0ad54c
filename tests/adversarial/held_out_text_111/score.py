"""Score attest redact output against truth.json.
usage: python3 score.py OUTDIR [--json results.json] [--logs DIR]   (OUTDIR holds redacted copies, any depth, same file names)"""
import json, os, re, sys, codecs, unicodedata, collections, argparse
ROOT = os.path.dirname(os.path.abspath(__file__))
BOMS = {"utf-8-bom": codecs.BOM_UTF8, "utf-16-le-bom": codecs.BOM_UTF16_LE, "utf-16-be-bom": codecs.BOM_UTF16_BE,
        "utf-32-le-bom": codecs.BOM_UTF32_LE, "utf-32-be-bom": codecs.BOM_UTF32_BE}
STOP = {"mr", "mrs", "ms", "miss", "dr", "flat", "unit", "apartment", "road", "street", "avenue", "lane", "close", "drive", "way",
        "court", "crescent", "place", "terrace", "gardens", "grove", "house", "cottage", "the", "heol", "ffordd", "stryd", "lon", "lôn", "walk"}

def decode_orig(b, enc):
    if enc in BOMS: b = b[len(BOMS[enc]):]
    return b.decode({"utf-8-bom": "utf-8"}.get(enc, enc.replace("-bom", "")))

def decode_out(b, enc):
    """returns text, note about encoding/BOM preservation"""
    note = []
    if enc in BOMS:
        if b.startswith(BOMS[enc]): b = b[len(BOMS[enc]):]
        else: note.append("BOM lost")
    else:
        for name, bom in BOMS.items():
            if b.startswith(bom) and not (name == "utf-8-bom" and enc.startswith("utf-16")):
                note.append("BOM added (%s)" % name); b = b[len(bom):]; break
    base = {"utf-8-bom": "utf-8"}.get(enc, enc.replace("-bom", ""))
    try:
        return b.decode(base), note
    except UnicodeDecodeError:
        note.append("not decodable as " + base)
        for alt in ("utf-8", "utf-16", "utf-32"):
            try: return b.decode(alt), note + ["decoded as " + alt]
            except UnicodeDecodeError: pass
        return b.decode(base, "replace"), note

def red(s): return re.sub(r"[^0-9A-Z]", "", unicodedata.normalize("NFKC", s).upper())
def windows(v):
    return [v] if len(v) <= 8 else [v[i:i + 8] for i in range(len(v) - 7)]
def count_ov(hay, needle):
    n = 0; i = hay.find(needle)
    while i >= 0: n += 1; i = hay.find(needle, i + 1)
    return n
def words(v): return [w for w in re.findall(r"[^\W\d_]{3,}", unicodedata.normalize("NFC", v)) if w.lower() not in STOP]
def wcount(text, w): return len(re.findall(r"(?<![^\W\d_])" + re.escape(w) + r"(?![^\W\d_])", text, re.I))
def kcount(text, k):
    if re.fullmatch(r"[A-Za-z]+", k): return wcount(text, k)
    return count_ov(text, k)
def score_value(x):
    v = x["value"]
    if x["kind"] == "email" and "@" in v: v = v.split("@")[0]
    return red(v)

def find_outputs(outdir):
    m = {}
    for d, _, fs in os.walk(outdir):
        for f in fs: m.setdefault(f, os.path.join(d, f))
    return m

def score_file(fn, t, orig, out):
    secrets, keeps = t["secrets"], t["keeps"]
    # original with planted secret spans blanked
    chars = list(orig)
    for x in secrets:
        for i in range(x["start"], x["start"] + len(x["surface"])): chars[i] = "\x00"
    outside = "".join(chars)
    segs = [red(s) for s in outside.split("\x00") if s]
    rout = red(out); nout = unicodedata.normalize("NFC", out); noutside = unicodedata.normalize("NFC", outside.replace("\x00", " "))
    leaked = [False] * len(secrets)
    split_extra = set()
    # digit/alnum kinds: group by reduced value
    groups = collections.defaultdict(list)
    for i, x in enumerate(secrets):
        if x["kind"] not in ("name", "address"): groups[score_value(x)].append(i)
    for v, idx in groups.items():
        excess = 0
        for w in windows(v):
            e = count_ov(rout, w) - sum(count_ov(s, w) for s in segs)
            excess = max(excess, e)
        full = [i for i in idx if v in red(secrets[i]["surface"])]
        parts = [i for i in idx if i not in full]  # a value split over lines: its parts are one identifier
        units = [[i] for i in full] + ([parts] if parts else [])
        if excess > 0:
            units = sorted(units, key=lambda u: secrets[u[0]]["surface"] not in out)
            for u in units[:excess]:
                for i in u: leaked[i] = True
        for i in parts[1:]: split_extra.add(i)
    wgroups = collections.defaultdict(list)
    for i, x in enumerate(secrets):
        if x["kind"] in ("name", "address"):
            for w in set(x_.lower() for x_ in words(x["value"])): wgroups[w].append(i)
    for w, idx in wgroups.items():
        excess = wcount(nout, w) - wcount(noutside, w)
        if excess > 0:
            idx = sorted(idx, key=lambda i: secrets[i]["surface"].lower() not in out.lower())
            for i in idx[:excess]: leaked[i] = True
    scorable = [not (x["kind"] in ("name", "address") and not words(x["value"])) and i not in split_extra for i, x in enumerate(secrets)]
    # keeps
    kres = []
    bys = collections.defaultdict(list)
    for x in keeps: bys[x["surface"]].append(x)
    for s, xs in bys.items():
        lost = max(0, kcount(orig, s) - kcount(out, s)); lost = min(lost, len(xs))
        for j, x in enumerate(xs): kres.append((x, j >= len(xs) - lost))
    return leaked, scorable, kres

def context(text, surf, width=50):
    i = text.lower().find(surf.lower()[:8].lower()) if surf else -1
    if i < 0: return ""
    return text[max(0, i - width): i + len(surf) + width].replace("\r", "").replace("\n", "⏎")

def main():
    ap = argparse.ArgumentParser(); ap.add_argument("outdir"); ap.add_argument("--json"); ap.add_argument("--logs")
    a = ap.parse_args()
    T = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
    outs = find_outputs(a.outdir)
    tot = dict(n=0, leak=0, k=0, kept=0)
    bykind = collections.defaultdict(lambda: [0, 0]); bygenre = collections.defaultdict(lambda: [0, 0, 0, 0])
    keepkind = collections.defaultdict(lambda: [0, 0])
    misses, lostkeeps, missing, encnotes = [], [], [], {}
    for fn, t in sorted(T.items()):
        orig = decode_orig(open(os.path.join(ROOT, "corpus", fn), "rb").read(), t["encoding"])
        if fn not in outs:
            missing.append(fn); out = orig  # no output: treat as unredacted? no: count as not exported
            continue
        out, note = decode_out(open(outs[fn], "rb").read(), t["encoding"])
        if note: encnotes[fn] = note
        if t["newline"] == "crlf" and "\r\n" not in out: encnotes.setdefault(fn, []).append("CRLF lost")
        leaked, scorable, kres = score_file(fn, t, orig, out)
        g = t["genre"]
        for x, lk, sc in zip(t["secrets"], leaked, scorable):
            if not sc: continue
            tot["n"] += 1; bykind[x["kind"]][0] += 1; bygenre[g][0] += 1
            if lk:
                tot["leak"] += 1; bykind[x["kind"]][1] += 1; bygenre[g][1] += 1
                misses.append(dict(file=fn, genre=g, encoding=t["encoding"], kind=x["kind"], value=x["value"], surface=x["surface"],
                                   context=context(out, x["surface"]) or context(out, x["value"])))
        for x, lost in kres:
            tot["k"] += 1; keepkind[x["kind"]][0] += 1; bygenre[g][2] += 1
            if lost: lostkeeps.append(dict(file=fn, genre=g, kind=x["kind"], surface=x["surface"], context=context(orig, x["surface"])))
            else: tot["kept"] += 1; keepkind[x["kind"]][1] += 1; bygenre[g][3] += 1
    # value echo in logs
    echo = []
    if a.logs:
        allsec = {}
        for fn, t in T.items():
            for x in t["secrets"]:
                allsec[(x["kind"], x["value"])] = fn
        for d, _, fs in os.walk(a.logs):
            for f in fs:
                txt = open(os.path.join(d, f), "rb").read().decode("utf-8", "replace")
                rt = red(txt)
                for (kd, v), fn in allsec.items():
                    if kd in ("name", "address"):
                        if len(v) >= 6 and v.lower() in txt.lower(): echo.append((f, kd, v))
                    else:
                        rv = red(v.split("@")[0] if kd == "email" else v)
                        if len(rv) >= 8 and rv in rt: echo.append((f, kd, v))
    res = dict(files=len(T), missing_outputs=missing, identifiers=tot["n"], leaks=tot["leak"],
               recall=round(100 * (1 - tot["leak"] / max(1, tot["n"])), 2), keeps=tot["k"], kept=tot["kept"],
               keep_rate=round(100 * tot["kept"] / max(1, tot["k"]), 2),
               by_kind={k: dict(n=v[0], leaked=v[1], recall=round(100 * (1 - v[1] / v[0]), 1)) for k, v in sorted(bykind.items())},
               keep_by_kind={k: dict(n=v[0], kept=v[1]) for k, v in sorted(keepkind.items())},
               by_genre={g: dict(n=v[0], leaked=v[1], keeps=v[2], kept=v[3]) for g, v in sorted(bygenre.items())},
               encoding_notes=encnotes, value_echo=echo, misses=misses, lost_keeps=lostkeeps)
    print("recall %.2f%% (%d/%d leaked)  keep %.2f%% (%d/%d)  missing outputs %d  enc notes %d  echo %d" % (
        res["recall"], tot["leak"], tot["n"], res["keep_rate"], tot["kept"], tot["k"], len(missing), len(encnotes), len(echo)))
    if a.json: json.dump(res, open(a.json, "w"), ensure_ascii=False, indent=1)
main()
