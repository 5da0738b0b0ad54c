"""Collect per-image JSONs into truth.json; keep only items with at least one in-image box; norm = what must not stay readable."""
import json, glob, os, re, sys
from PIL import Image
C, OUT = sys.argv[1], sys.argv[2]
def norm(s): return re.sub(r"[^0-9A-Z]", "", s.upper())
imgs = []; dropped = 0
for f in sorted(glob.glob(os.path.join(C, "*.json"))):
    m = json.load(open(f)); W, H = Image.open(os.path.join(C, m["image"])).size; keep = []
    for it in m["items"]:
        bs = [[max(0, b[0]), max(0, b[1]), min(W, b[2]), min(H, b[3])] for b in it["boxes"]]
        bs = [b for b in bs if b[2] - b[0] >= 3 and b[3] - b[1] >= 3]
        if not bs: dropped += 1; continue
        n = norm(it["value"])
        if it["kind"] == "mpan_full": n = n[-13:]
        keep.append(dict(id=it["id"], role=it["role"], kind=it["kind"], value=it["value"], surface=it["surface"], norm=n, boxes=bs))
    imgs.append(dict(image=m["image"], size=[W, H], toolkit=m["toolkit"], scale=m["scale"], theme=m["theme"], design=m["design"], items=keep))
json.dump(dict(images=imgs), open(OUT, "w"), indent=1)
print("images", len(imgs), "ids", sum(1 for i in imgs for it in i["items"] if it["role"] == "id"), "keeps", sum(1 for i in imgs for it in i["items"] if it["role"] == "keep"), "dropped(no box)", dropped)
