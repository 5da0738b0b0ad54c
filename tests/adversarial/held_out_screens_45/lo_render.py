import json, os, re, subprocess, sys
from PIL import Image, ImageOps
ROOT = "/tmp/ho35/screens"; B = f"{ROOT}/build/lo"
items = json.load(open(f"{B}/items.json"))
def words(pdf):
    x = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-bbox", pdf, "-"], capture_output=True, text=True).stdout
    pg = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', x)
    ws = [(float(a), float(b), float(c), float(d), H) for a, b, c, d, H in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', x)]
    import html
    ws = [(a, b, c, d, html.unescape(w)) for a, b, c, d, w in ws]
    return (float(pg.group(1)), float(pg.group(2))), ws
def find(ws, text, used):
    toks = text.split()
    for i in range(len(ws) - len(toks) + 1):
        if i in used: continue
        ok = all(ws[i+j][4].strip(".,:;()") == toks[j].strip(".,:;()") for j in range(len(toks)))
        if ok:
            for j in range(len(toks)): used.add(i+j)
            sel = ws[i:i+len(toks)]
            return [min(w[0] for w in sel), min(w[1] for w in sel), max(w[2] for w in sel), max(w[3] for w in sel)]
    return None
truth = {}
for doc in ("bill", "sheet"):
    (pw, ph), ws = words(f"{B}/{doc}.pdf")
    used = set(); found = []
    for sec, kind, text, tok in items[doc]:
        r = find(ws, text, used)
        found.append((sec, kind, text, tok, r))
    miss = [f[2] for f in found if f[4] is None]
    print(doc, "not located:", miss)
    for dpi, tag, dark in ([(96, "100", 0), (120, "125", 0), (144, "150", 0), (120, "125", 1)] if doc == "bill" else [(96, "100", 0), (144, "150", 0)]):
        subprocess.run(["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", "-png", "-singlefile", f"{B}/{doc}.pdf", f"{B}/{doc}_{dpi}"], check=True)
        im = Image.open(f"{B}/{doc}_{dpi}.png").convert("RGB")
        name = f"lo_{doc}_{tag}_{'dark' if dark else 'light'}.png"
        if dark: im = ImageOps.invert(im)  # PDF viewer dark mode
        im.save(f"{ROOT}/corpus/{name}")
        k = dpi / 72.0
        its = [{"secret": s_, "kind": kd, "text": tx, "tok": json.dumps(tk) if tk else None, "rects": [[v*k for v in r]] if r else [], "vis": "visible"} for s_, kd, tx, tk, r in found if r is not None]
        truth[name] = {"source": "libreoffice", "page": doc, "scale": dpi/96, "dark": bool(dark), "size": list(im.size), "items": its}
        print(name, im.size, len(its))
json.dump(truth, open(f"{ROOT}/build/truth_lo.json", "w"))
