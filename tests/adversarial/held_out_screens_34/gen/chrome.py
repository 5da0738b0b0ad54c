import os, subprocess, json, re, html, tempfile, shutil, sys
sys.path.insert(0, os.path.dirname(__file__))
import common as C
from PIL import Image
CHROME = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
         "--disable-extensions", "--mute-audio", "--font-render-hinting=none"]
JS = """<script>
(function(){const out={s:{},k:{}};
function grab(attr,dst){document.querySelectorAll('['+attr+']').forEach(e=>{const id=e.getAttribute(attr);
 for(const r of e.getClientRects()){ if(r.width>0&&r.height>0)(dst[id]=dst[id]||[]).push([r.left,r.top,r.right,r.bottom]);}});}
grab('data-s',out.s);grab('data-k',out.k);
document.documentElement.setAttribute('data-truth',JSON.stringify(out));})();
</script>"""

class Page:
    def __init__(self):
        self.sec = {}; self.keep = {}; self.n = 0
    def s(self, text, kind, sid=None, shown=None, tag="span", cls=""):
        """secret span; sid groups several spans into one secret (text given once)"""
        if sid is None:
            self.n += 1; sid = "s%d" % self.n
        if sid not in self.sec:
            self.sec[sid] = (text, kind)
        return f'<{tag} class="{cls}" data-s="{sid}">{html.escape(shown if shown is not None else text)}</{tag}>'
    def k(self, text, tag="span", cls=""):
        self.n += 1; kid = "k%d" % self.n
        self.keep[kid] = text
        return f'<{tag} class="{cls}" data-k="{kid}">{html.escape(text)}</{tag}>'

def run(args, timeout=60):
    return subprocess.run(args, capture_output=True, text=True, timeout=timeout)

def render(page, body_html, css, fname, w, h, scale, theme, case, extra=None):
    doc = f"<!doctype html><html><head><meta charset='utf-8'><style>{css}</style></head><body class='{theme}'>{body_html}{JS}</body></html>"
    tmpd = tempfile.mkdtemp(prefix="ho32c_")
    hp = os.path.join(tmpd, "p.html"); open(hp, "w").write(doc)
    common = [CHROME] + FLAGS + [f"--user-data-dir={tmpd}/ud", f"--window-size={w},{h}", f"--force-device-scale-factor={scale}"]
    r = run(common + ["--virtual-time-budget=1500", "--dump-dom", "file://" + hp])
    m = re.search(r'data-truth="([^"]*)"', r.stdout)
    if not m:
        print("NO TRUTH", fname, r.stderr[-800:]); return None
    rects = json.loads(html.unescape(m.group(1)))
    out = os.path.join(C.OUT, fname)
    r2 = run(common + ["--virtual-time-budget=1500", f"--screenshot={out}", "file://" + hp])
    shutil.rmtree(tmpd, ignore_errors=True)
    im = Image.open(out); W, H = im.size
    ok = (W == round(w * scale) and H == round(h * scale))
    if not ok: print("SIZE MISMATCH", fname, im.size, w, h, scale)
    sx = W / w
    def box(lst):
        x0 = min(r[0] for r in lst); y0 = min(r[1] for r in lst); x1 = max(r[2] for r in lst); y1 = max(r[3] for r in lst)
        return [round(x0*sx), round(y0*sx), round(x1*sx), round(y1*sx)]
    secrets = []
    for sid, (text, kind) in page.sec.items():
        lst = rects["s"].get(sid)
        if not lst: print("missing secret rect", fname, sid, text); continue
        e = {"text": text, "kind": kind, "box": box(lst)}
        if len(lst) > 1: e["parts"] = [box([r]) for r in lst]
        secrets.append(e)
    keeps = []
    for kid, text in page.keep.items():
        lst = rects["k"].get(kid)
        if not lst: print("missing keep rect", fname, kid, text); continue
        keeps.append({"text": text, "box": box(lst)})
    entry = {"toolkit": "chromium", "case": case, "scale": scale, "theme": theme, "size": [W, H],
             "secrets": secrets, "keeps": keeps}
    if extra: entry.update(extra)
    C.save_entry(fname, entry)
    print("ok", fname, W, H, len(secrets), len(keeps))
    return entry
