import json, re, subprocess, sys, os
from PIL import Image, ImageOps
W = "/tmp/ho38/screens/gen/lo"; OUT = "/tmp/ho38/screens/corpus"; TR = "/tmp/ho38/screens/truth"
src = json.load(open(f"{W}/truth_src.json"))
def words(pdf):
    subprocess.run(["pdftotext", "-bbox", pdf, pdf + ".bbox.html"], check=True)
    out = []
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', open(pdf + ".bbox.html").read().split('<page')[1]):
        import html
        out.append((float(m[1]), float(m[2]), float(m[3]), float(m[4]), html.unescape(m[5])))
    return out
def norm(s): return s.strip(",.;:()")
def locate(ws, disp):
    toks = disp.split(); res = []
    for i in range(len(ws) - len(toks) + 1):
        if all(norm(ws[i + j][4]) == norm(t) or (j == len(toks) - 1 and norm(ws[i + j][4]).startswith(norm(t))) for j, t in enumerate(toks)):
            res.append(ws[i:i + len(toks)])
    return res
def render(doc, dpi, variant=""):
    pdf = f"{W}/{doc}.pdf"; tag = f"{doc}{variant}_{dpi}dpi"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", "1", "-l", "1", pdf, f"{OUT}/{tag}"], check=True)
    png = f"{OUT}/{tag}.png"
    if variant == "_inverted":
        ImageOps.invert(Image.open(png).convert("RGB")).save(png)
    ws = words(pdf); k = dpi / 72.0; items = []; seen = set()
    for ent in src[doc]:
        t, kind, val = ent[:3]; disp = ent[3] if len(ent) > 3 else val
        for seq in locate(ws, disp):
            key = (kind, val, seq[0][:2])
            if key in seen: continue
            seen.add(key)
            lines = {}
            for w in seq: lines.setdefault(round(w[1]), []).append(w)
            for ln in lines.values():
                b = [min(w[0] for w in ln) * k, min(w[1] for w in ln) * k, max(w[2] for w in ln) * k, max(w[3] for w in ln) * k]
                items.append(dict(t=t, kind=kind, val=val, text=" ".join(w[4] for w in ln), angle=0, box=[round(x) for x in b]))
        if not any(i["val"] == val for i in items): print("NOT FOUND", doc, disp)
    im = Image.open(png)
    json.dump(dict(file=tag + ".png", toolkit="libreoffice", scale=dpi / 96, theme="dark" if variant else "light", size=list(im.size), items=items), open(f"{TR}/{tag}.json", "w"), indent=1)
    print(tag, im.size, len(items))
for a in sys.argv[1:]:
    doc, dpi, *v = a.split(":"); render(doc, int(dpi), v[0] if v else "")
