import sys, os, json, subprocess, re, html
sys.path.insert(0, os.path.dirname(__file__))
import chrome_pages as C
from PIL import Image
ROOT = "/tmp/ho48/screens"
CH = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run", "--hide-scrollbars", "--font-render-hinting=none"]
only = sys.argv[1:]
for p in C.PAGES:
    if only and p["name"] not in only: continue
    hp = f"{ROOT}/work/{p['name']}.html"
    open(hp, "w").write(p["html"])
    args = CH + [f"--window-size={p['w']},{p['h']}", f"--force-device-scale-factor={p['scale']}", "--virtual-time-budget=1500"]
    png = f"{ROOT}/corpus/{p['name']}.png"
    subprocess.run(args + [f"--screenshot={png}", "file://" + hp], capture_output=True, timeout=120)
    dom = subprocess.run(args + ["--dump-dom", "file://" + hp], capture_output=True, timeout=120, text=True).stdout
    m = re.search(r'<pre id="__boxes"[^>]*>(.*?)</pre>', dom, re.S)
    data = json.loads(html.unescape(m.group(1)))
    im = Image.open(png); W, Hh = im.size
    items = []
    for it in data["items"]:
        rects = []
        for r in it["rects"]:
            x0, y0, x1, y1 = max(0, r[0]), max(0, r[1]), min(W, r[2]), min(Hh, r[3])
            if x1 - x0 > 1 and y1 - y0 > 1: rects.append([round(x0), round(y0), round(x1), round(y1)])
        clipped = any(r[0] < 0 or r[1] < 0 or r[2] > W or r[3] > Hh for r in it["rects"])
        items.append(dict(t=it["t"], kind=it["k"], text=it["v"], rects=rects, clipped=clipped))
    json.dump(dict(name=p["name"], file=os.path.basename(png), toolkit="chromium", scale=p["scale"], theme=p["theme"], size=[W, Hh], note=p["note"], dpr=data["dpr"], items=items),
              open(f"{ROOT}/truth/{p['name']}.json", "w"), indent=0, ensure_ascii=False)
    print(p["name"], W, Hh, data["dpr"], sum(1 for i in items if i["t"] == "S"), sum(1 for i in items if i["t"] == "K"), flush=True)
