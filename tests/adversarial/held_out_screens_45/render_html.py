import json, os, re, subprocess, sys, html as H
ROOT = "/tmp/ho35/screens"
VARIANTS_ALL = {  # page: list of (scale, dark)
 "portal_account": [(1, 0), (1.25, 1), (1.5, 0)], "portal_switch": [(1, 0), (1.25, 1)], "dip_tracker": [(1, 0), (1.25, 1), (1.5, 0)],
 "crm": [(1, 0), (1.25, 1), (1.5, 1)], "devtools": [(1, 1), (1.25, 0), (1.5, 1)], "postman": [(1, 0), (1.25, 1)], "grafana": [(1, 1), (1.25, 0)],
 "vscode": [(1, 1), (1.25, 0)], "explorer": [(1, 0), (1.25, 1)], "excel": [(1, 0), (1.5, 0)], "teams": [(1, 1), (1.25, 1)]}
import sys as _s
VARIANTS = {k: v for k, v in VARIANTS_ALL.items() if len(_s.argv) < 2 or k in _s.argv[1:]}
FL = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-color-profile=srgb"]
def main():
    truth = json.load(open(f"{ROOT}/build/truth_chromium.json")) if os.path.exists(f"{ROOT}/build/truth_chromium.json") else {}
    os.makedirs(f"{ROOT}/corpus", exist_ok=True)
    for pg, vs in VARIANTS.items():
        for sc, dk in vs:
            name = f"chr_{pg}_{int(sc*100)}_{'dark' if dk else 'light'}.png"
            w, h = round(1920/sc), round(1080/sc)
            url = f"file://{ROOT}/build/html/{pg}.html#s={sc}" + ("&dark" if dk else "")
            fl = FL + [f"--window-size={w},{h}", f"--force-device-scale-factor={sc}"]
            subprocess.run(fl + [f"--screenshot={ROOT}/corpus/{name}", url], capture_output=True, timeout=60)
            dom = subprocess.run(fl + ["--virtual-time-budget=2000", "--dump-dom", url], capture_output=True, text=True, timeout=60).stdout
            mm = re.search(r'<script type="application/json" id="__boxes">(.*?)</script>', dom, re.S)
            items = json.loads(H.unescape(mm.group(1)))
            for it in items:
                it["rects"] = [[round(v*sc, 1) for v in r] for r in it["rects"]]
            truth[name] = {"source": "chromium", "page": pg, "scale": sc, "dark": bool(dk), "size": [1920, 1080], "items": items}
            print(name, len(items), flush=True)
    json.dump(truth, open(f"{ROOT}/build/truth_chromium.json", "w"), indent=0)
main()
