"""Headless Chromium pages; boxes taken from the DOM (getClientRects) x device scale factor."""
import subprocess, json, re, html, os, sys
from common import *

WORK = ROOT + '/work'; os.makedirs(WORK, exist_ok=True)

class Page:
    def __init__(self):
        self.reg = {}; self.n = 0
    def I(self, kind, value, shown=None, form='', cls='', style='', angle=0):
        self.n += 1; k = 'i%d' % self.n
        self.reg[k] = dict(kind=kind, value=value, form=form, angle=angle, keep=False)
        return '<span data-b="%s" class="%s" style="%s">%s</span>' % (k, cls, style, html.escape(shown if shown is not None else value))
    def G(self, kind, value, form=''):
        """multi-part identifier: returns key; parts use P(key, text)"""
        self.n += 1; k = 'i%d' % self.n
        self.reg[k] = dict(kind=kind, value=value, form=form, angle=0, keep=False)
        return k
    def P(self, k, text, cls='', style=''):
        return '<span data-b="%s" class="%s" style="%s">%s</span>' % (k, cls, style, html.escape(text))
    def K(self, text, cls='', style='', kind='keep'):
        self.n += 1; k = 'k%d' % self.n
        self.reg[k] = dict(kind=kind, value=text, form='', angle=0, keep=True)
        return '<span data-b="%s" class="%s" style="%s">%s</span>' % (k, cls, style, html.escape(text))

JS = """<script>
window.addEventListener('load',()=>{const o={};document.querySelectorAll('[data-b]').forEach(e=>{const id=e.dataset.b;let rs=Array.from(e.getClientRects());if(!rs.length){rs=[e.getBoundingClientRect()];}
for(const r of rs){if(r.width<1||r.height<1)continue;(o[id]=o[id]||[]).push([r.left,r.top,r.right,r.bottom]);}});
const s=document.createElement('script');s.type='application/json';s.id='boxes';s.textContent=JSON.stringify(o);document.body.appendChild(s);});
</script>"""

CHROME = ['chromium', '--headless=new', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--font-render-hinting=none',
          '--disable-features=Translate', '--virtual-time-budget=2000', '--force-color-profile=srgb']

def render(page, body, name, w, h, dpr, transparent=False, css=''):
    doc = '<!doctype html><html><head><meta charset="utf-8"><style>%s</style></head><body>%s%s</body></html>' % (css, body, JS)
    hp = WORK + '/' + name + '.html'
    open(hp, 'w').write(doc)
    extra = ['--default-background-color=00000000'] if transparent else []
    common = CHROME + extra + ['--window-size=%d,%d' % (w, h), '--force-device-scale-factor=%s' % dpr]
    png = WORK + '/' + name + '.png'
    subprocess.run(common + ['--screenshot=' + png, 'file://' + hp], capture_output=True, timeout=120)
    dom = subprocess.run(common + ['--dump-dom', 'file://' + hp], capture_output=True, timeout=120, text=True).stdout
    m = re.search(r'<script type="application/json" id="boxes">(.*?)</script>', dom, re.S)
    boxes = json.loads(html.unescape(m.group(1))) if m else {}
    img = Image.open(png); img.load()
    return img, boxes

def truth_from(page, boxes, item, file, renderer, dpr, notes=''):
    t = Truth(item, file, renderer, notes)
    for k, e in page.reg.items():
        bs = [[v * dpr for v in b] for b in boxes.get(k, [])]
        if not bs:
            print('WARN no box', item, k, e['value'], file=sys.stderr); continue
        t.add(e['kind'], e['value'], bs, angle=e['angle'], form=e['form'], keep=e['keep'])
    return t
