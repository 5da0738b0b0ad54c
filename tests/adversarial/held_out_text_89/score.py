#!/usr/bin/env python3
"""Score attest redact output against truth.json.  usage: score.py OUTDIR [--json results.json]
Alignment: difflib matching blocks between the original (LF) text and the output (LF) text.
id leaked: one matching block keeps >= 8 alphanumerics of the value's span (or all of them if it has fewer);
names/addresses in plain forms: any word of 3+ letters (not a street-type/generic word, not a title) kept whole.
keep survives: its whole span lies inside one matching block (verbatim, in place)."""
import difflib, json, os, re, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "gen"))
from lib import STREET_WORDS, TITLES

ENCODED = {"rfc2047_b", "rfc2047_q", "base64_json", "xxd_hex", "ocr", "spoken", "nato", "spoken_nato", "xxd_ascii"}


def decode_out(data, codec):
    if data.startswith(b"\x00\x00\xfe\xff"):
        return data[4:].decode("utf-32-be", "replace")
    if data.startswith(b"\xff\xfe\x00\x00"):
        return data[4:].decode("utf-32-le", "replace")
    if data.startswith(b"\xfe\xff"):
        return data[2:].decode("utf-16-be", "replace")
    if data.startswith(b"\xff\xfe"):
        return data[2:].decode("utf-16-le", "replace")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    if b"\x00" in data and codec not in ("utf-8", "utf-8-sig"):
        c = {"utf-16": "utf-16-le", "utf-32": "utf-32-le"}.get(codec, codec)
        return data.decode(c, "replace")
    return data.decode("utf-8", "replace")


def find_out(outdir, fn):
    p = os.path.join(outdir, fn)
    if os.path.exists(p):
        return p
    stem = os.path.splitext(fn)[0]
    for dp, _, fs in os.walk(outdir):
        for f in fs:
            if f == fn or f.startswith(stem):
                return os.path.join(dp, f)
    return None


def blocks_for(orig, out):
    sm = difflib.SequenceMatcher(None, orig, out, autojunk=False)
    return [(a, a + n) for a, b, n in sm.get_matching_blocks() if n]


def kept_in_block(blocks, s, e):
    return any(a <= s and e <= b for a, b in blocks)


def max_alnum_kept(blocks, orig, s, e):
    best = 0
    for a, b in blocks:
        lo, hi = max(a, s), min(b, e)
        if lo < hi:
            best = max(best, sum(1 for c in orig[lo:hi] if c.isalnum()))
    return best


def score_file(orig, out, items):
    blocks = blocks_for(orig, out)
    res = []
    for it in items:
        s, e = it["start"], it["end"]
        r = dict(it)
        if it["role"] == "keep":
            r["ok"] = kept_in_block(blocks, s, e)
        else:
            span = orig[s:e]
            if it["kind"] in ("name", "address") and it["tech"] not in ENCODED:
                words = [(m.start() + s, m.end() + s, m.group()) for m in re.finditer(r"[^\W\d_]{3,}", span)
                         if m.group() not in STREET_WORDS and m.group() not in TITLES and m.group().lower() not in
                         {w.lower() for w in STREET_WORDS}]
                kept = [w for a, b, w in words if kept_in_block(blocks, a, b)]
                r["leaked"] = bool(kept)
                r["kept_words"] = kept
                if not words:
                    r["leaked"] = kept_in_block(blocks, s, e)
            else:
                n_al = sum(1 for c in span if c.isalnum())
                k = max_alnum_kept(blocks, orig, s, e)
                r["leaked"] = k >= min(8, n_al)
                r["kept_alnum"] = k
            r["ok"] = not r["leaked"]
        res.append(r)
    return res


def main():
    outdir = sys.argv[1]
    jpath = sys.argv[sys.argv.index("--json") + 1] if "--json" in sys.argv else os.path.join(HERE, "results.json")
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    allres = {}
    missing = []
    for fn, meta in sorted(truth["files"].items()):
        raw = open(os.path.join(HERE, "corpus", fn), "rb").read()
        orig = raw.decode(meta["codec"]).lstrip("\ufeff").replace("\r\n", "\n")
        op = find_out(outdir, fn)
        if op is None:
            missing.append(fn)
            allres[fn] = {"missing": True, "items": []}
            continue
        out = decode_out(open(op, "rb").read(), meta["codec"]).lstrip("\ufeff").replace("\r\n", "\n")
        allres[fn] = {"missing": False, "genre": meta["genre"], "encoding": meta["encoding"], "newline": meta["newline"],
                      "items": score_file(orig, out, meta["items"])}
    ids = [(fn, r) for fn, v in allres.items() for r in v["items"] if r["role"] == "id"]
    keeps = [(fn, r) for fn, v in allres.items() for r in v["items"] if r["role"] == "keep"]
    nid_missing = sum(1 for fn in missing for it in truth["files"][fn]["items"] if it["role"] == "id")
    nk_missing = sum(1 for fn in missing for it in truth["files"][fn]["items"] if it["role"] == "keep")
    leaks = [(fn, r) for fn, r in ids if r["leaked"]]
    lost = [(fn, r) for fn, r in keeps if not r["ok"]]
    summ = {"files": len(truth["files"]), "missing_outputs": missing, "ids_scored": len(ids), "ids_in_missing": nid_missing,
            "leaks": len(leaks), "recall": 1 - len(leaks) / max(1, len(ids)), "keeps_scored": len(keeps),
            "keeps_in_missing": nk_missing, "keeps_lost": len(lost), "keep_rate": 1 - len(lost) / max(1, len(keeps))}
    by_kind = defaultdict(lambda: [0, 0])
    for fn, r in ids:
        by_kind[r["kind"]][0] += 1
        by_kind[r["kind"]][1] += r["leaked"]
    summ["by_kind"] = {k: {"n": v[0], "leaked": v[1]} for k, v in sorted(by_kind.items())}
    by_tech = defaultdict(lambda: [0, 0])
    for fn, r in ids:
        by_tech[f'{r["kind"]}/{r["tech"]}'][0] += 1
        by_tech[f'{r["kind"]}/{r["tech"]}'][1] += r["leaked"]
    summ["by_kind_tech"] = {k: {"n": v[0], "leaked": v[1]} for k, v in sorted(by_tech.items())}
    kk = defaultdict(lambda: [0, 0])
    for fn, r in keeps:
        kk[r["kind"]][0] += 1
        kk[r["kind"]][1] += (not r["ok"])
    summ["keeps_by_kind"] = {k: {"n": v[0], "lost": v[1]} for k, v in sorted(kk.items())}
    json.dump({"summary": summ, "files": allres}, open(jpath, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(json.dumps({k: v for k, v in summ.items() if k not in ("by_kind_tech",)}, ensure_ascii=False, indent=1))
    print("LEAKS:")
    for fn, r in leaks:
        print(f"  {fn}\t{r['kind']}/{r['tech']}\t{r['text']!r}\t{r.get('kept_words', r.get('kept_alnum'))}")
    print("LOST KEEPS:")
    for fn, r in lost:
        print(f"  {fn}\t{r['kind']}\t{r['text']!r}")


if __name__ == "__main__":
    main()
