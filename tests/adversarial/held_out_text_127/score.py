#!/usr/bin/env python3
"""score.py TRUTH CORPUS OUTDIR [--json out.json]
Leak rule: a non-word identifier leaks if any 8-char window of its value (reduced to [0-9A-Z], upper-cased; the whole
value if shorter; for mpan21 the window made only of the top line excluded; windows shared with another planted value
of the same file excluded unless none is left) occurs in the reduced output more often than in the reduced original with
all planted surfaces removed. Names/addresses: a word (3+ letters, titles and street-type words excluded, words shared
with another planted value of the file excluded unless none left) occurs (case-insensitive, whole word) more often in
the output than in the original outside planted spans. Keep = every occurrence (outside planted spans) still verbatim."""
import json, re, sys, os, collections
red = lambda s: re.sub(r"[^0-9A-Z]", "", s.upper())
def ocount(h, n): return len(re.findall("(?=" + re.escape(n) + ")", h)) if n else 0
def wcount(h, w): return len(re.findall(r"(?<!\w)" + re.escape(w) + r"(?!\w)", h, re.I))
def kcount(h, s): return len(re.findall(r"(?<![A-Za-z0-9])" + re.escape(s) + r"(?![A-Za-z0-9])", h))
def strip_spans(t, secrets):
    for s in sorted({x["surface"] for x in secrets}, key=len, reverse=True): t = t.replace(s, " \x00 ")
    return t
def windows(item):
    v = red(item["value"])
    if len(v) <= 8: return [v]
    ws = [v[i:i+8] for i in range(len(v) - 7)]
    if item["kind"] == "mpan21": ws = ws[1:]
    return ws
def context(x, needle, is_word):
    for line in x.splitlines():
        if (re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", line, re.I) if is_word else needle in red(line)):
            return line.strip()[:160]
    return "(spans lines)"
def score_file(f, corpus, outdir):
    bom = bytes.fromhex(f["bom"]); ob = open(os.path.join(corpus, f["file"]), "rb").read()
    o = ob[len(bom):].decode(f["codec"])
    p = os.path.join(outdir, f["file"]); res = dict(file=f["file"], genre=f["genre"], encoding=f["encoding"], newline=f["newline"], issues=[])
    if not os.path.exists(p):
        res["missing"] = True; res["items"] = [dict(kind=s["kind"], value=s["value"], surface=s["surface"], status="no_output") for s in f["secrets"]]
        res["keeps"] = [dict(kind=k["kind"], surface=k["surface"], kept=None) for k in f["keeps"]]; return res
    xb = open(p, "rb").read()
    if bom and not xb.startswith(bom): res["issues"].append("BOM lost")
    if not bom and (xb.startswith(b"\xef\xbb\xbf") or xb[:2] in (b"\xff\xfe", b"\xfe\xff")): res["issues"].append("BOM added")
    try: x = xb[len(bom):].decode(f["codec"]) if xb.startswith(bom) else xb.decode(f["codec"])
    except UnicodeDecodeError:
        res["issues"].append("not decodable as " + f["codec"])
        x = None
        for c in ("utf-8-sig", "utf-16", "utf-32", "latin-1"):
            try: x = xb.decode(c); break
            except Exception: pass
    if f["newline"] == "CRLF" and re.search(r"(?<!\r)\n", x): res["issues"].append("CRLF lost")
    if f["newline"] == "LF" and "\r\n" in x: res["issues"].append("CRLF added")
    bg = strip_spans(o, f["secrets"]); rbg, rx = red(bg), red(x)
    allv = [red(s["value"]) for s in f["secrets"]]
    allw = collections.Counter(w.lower() for s in f["secrets"] if s.get("words") for w in set(s["words"]))
    items = []
    for i, s in enumerate(f["secrets"]):
        st = dict(kind=s["kind"], value=s["value"], surface=s["surface"], status="masked", left="", context="")
        if s["kind"] in ("name", "address"):
            own = {w.lower() for w in s["words"]}
            ws = [w for w in s["words"] if allw[w.lower()] == 1 and not any(red(w) in v for j, v in enumerate(allv) if j != i and f["secrets"][j]["kind"] not in ("name","address"))] or s["words"]
            bad = [w for w in ws if wcount(x, w) > wcount(bg, w)]
            if bad: st.update(status="leak", left=" ".join(bad), context=context(x, bad[0], True))
        else:
            others = [v for j, v in enumerate(allv) if j != i and v != allv[i]]
            ws = windows(s); ws2 = [w for w in ws if not any(w in v for v in others)] or ws
            bad = [w for w in ws2 if ocount(rx, w) > ocount(rbg, w)]
            if bad: st.update(status="leak", left=bad[0] if len(bad) == 1 else f"{bad[0]}..({len(bad)} windows)", context=context(x, bad[0], False))
        items.append(st)
    res["items"] = items
    kb = strip_spans(o, f["secrets"]); ks = []
    for k in {k["surface"]: k for k in f["keeps"]}.values():
        need, got = kcount(kb, k["surface"]), kcount(x, k["surface"])
        ks.append(dict(kind=k["kind"], surface=k["surface"], kept=got >= need, need=need, got=got,
                       context="" if got >= need else next((l.strip()[:160] for l in o.splitlines() if k["surface"] in l), "")))
    res["keeps"] = ks
    return res
def main():
    a = sys.argv[1:]; js = None
    if "--json" in a: i = a.index("--json"); js = a[i+1]; del a[i:i+2]
    T = json.load(open(a[0])); R = [score_file(f, a[1], a[2]) for f in T["files"]]
    it = [s for r in R for s in r["items"]]; kp = [k for r in R for k in r["keeps"] if k["kept"] is not None]
    leaks = sum(s["status"] == "leak" for s in it); scored = sum(s["status"] != "no_output" for s in it)
    print(f"identifiers {len(it)} scored {scored} leaks {leaks} recall {100*(scored-leaks)/max(scored,1):.2f}%  keeps {len(kp)} kept {sum(k['kept'] for k in kp)} keep-rate {100*sum(k['kept'] for k in kp)/max(len(kp),1):.2f}%  files-missing {sum(1 for r in R if r.get('missing'))}  enc-issues {sum(1 for r in R if r['issues'])}")
    if js: json.dump(R, open(js, "w"), ensure_ascii=False, indent=1)
if __name__ == "__main__": main()
