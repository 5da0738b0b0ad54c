"""Second look at secrets not OCR-readable near their truth box: match them against the whole image's OCR text
(catches truth-box errors, e.g. the bottom-anchored toast whose box differs between --dump-dom and --screenshot)."""
import json
from score import secret_read, load, ENGINES, T
S = json.load(open("/tmp/ho35/screens/score.json")); res = []
for m in S["unread_secret"]:
    f = m["file"]; s = next(x for x in T[f]["secrets"] if x["text"] == m["text"] and x["kind"] == m["kind"])
    rd, lk = [], []
    for e in ENGINES:
        for d, acc in (("corpus", rd), ("out", lk)):
            o = load(e, d, f) or {}
            for v, lines in o.items():
                if v == "error": continue
                h = secret_read(s, [l["text"] for l in lines])
                if h: acc.append((e, v, h[:2]))
    res.append({"file": f, "kind": m["kind"], "text": m["text"], "readable_globally_in_original": rd, "readable_globally_in_output": lk})
json.dump(res, open("/tmp/ho35/screens/fallback.json", "w"), indent=1)
r = [x for x in res if x["readable_globally_in_original"]]
print("unread-near-box secrets readable somewhere in the original:", len(r), "of", len(res))
for x in r: print(" ", x["file"], x["kind"], x["text"], "orig:", x["readable_globally_in_original"][:1], "OUT:", x["readable_globally_in_output"][:2])
