# independent checks of truth: MPAN check digits, MPRN length, box inside image, and baseline OCR readability per kind
import json, re, collections, sys
T = json.load(open("/tmp/ho48/screens/truth.json"))
PR = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
bad = 0
for fn, t in T.items():
    W, H = t["size"]
    for it in t["items"]:
        for r in it["rects"]:
            if not (0 <= r[0] < r[2] <= W + 1 and 0 <= r[1] < r[3] <= H + 1): print("box outside", fn, it["text"], r); bad += 1
        if it["kind"] in ("mpan", "sbox_core", "mpan_comb"):
            d = re.sub(r"\D", "", it["text"])
            ok = len(d) == 13 and sum(int(a) * b for a, b in zip(d[:12], PR)) % 11 % 10 == int(d[12])
            if not ok: print("bad mpan", fn, it["text"]); bad += 1
        if it["kind"] == "mprn" and not re.fullmatch(r"\d{6,10}", it["text"]): print("bad mprn", it["text"]); bad += 1
print("truth problems:", bad)
if len(sys.argv) > 1:
    res = json.load(open(sys.argv[1]))
    c = collections.defaultdict(lambda: [0, 0, 0, 0])
    for r in res:
        k = r["t"] + ":" + r["kind"]; c[k][0] += 1; c[k][1] += r["base_tess"]; c[k][2] += r["base_rapid"]; c[k][3] += (r["base_tess"] or r["base_rapid"])
    print("kind: planted / tess-readable / rapid-readable / either")
    for k, v in sorted(c.items()): print(" ", k, v)
    un = [r for r in res if r["t"] == "S" and not (r["base_tess"] or r["base_rapid"])]
    print("identifiers unreadable by both engines unredacted:", len(un))
    for r in un: print("   ", r["file"], r["kind"], r["text"])
