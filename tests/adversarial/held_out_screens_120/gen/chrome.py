"""Render an HTML page with headless Chromium: PNG screenshot + DOM rects (x DPR) of every [data-i] element."""
import subprocess, json, re, os, html as H
RECT_JS = r"""
<script>
window.addEventListener('load', function(){
  var out = {};
  document.querySelectorAll('[data-i]').forEach(function(el){
    var i = el.getAttribute('data-i');
    var r = document.createRange(); r.selectNodeContents(el);
    var rs = Array.prototype.slice.call(r.getClientRects()).filter(function(x){return x.width>0.5 && x.height>0.5;})
      .map(function(x){return [x.left, x.top, x.right, x.bottom];});
    out[i] = (out[i]||[]).concat(rs);
  });
  var s = document.createElement('script'); s.type='application/json'; s.id='rects';
  s.textContent = JSON.stringify({dpr: window.devicePixelRatio, iw: innerWidth, ih: innerHeight, items: out});
  document.body.appendChild(s);
});
</script>"""
FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--no-first-run',
         '--disable-features=Translate', '--font-render-hinting=none', '--virtual-time-budget=3000']
def render(html_text, out_png, w, h, scale, work):
    os.makedirs(work, exist_ok=True)
    src = os.path.join(work, os.path.basename(out_png).replace('.png', '.html'))
    with open(src, 'w') as f:
        f.write(html_text.replace('</body>', RECT_JS + '</body>'))
    common = ['nice', 'chromium'] + FLAGS + [f'--force-device-scale-factor={scale}', f'--window-size={w},{h}']
    subprocess.run(common + [f'--screenshot={out_png}', 'file://' + src], check=True, capture_output=True, timeout=120)
    dom = subprocess.run(common + ['--dump-dom', 'file://' + src], check=True, capture_output=True, timeout=120, text=True).stdout
    m = re.search(r'<script type="application/json" id="rects">(.*?)</script>', dom, re.S)
    data = json.loads(H.unescape(m.group(1)))
    return data
class Page:
    def __init__(self):
        self.items = []
    def t(self, text, kind, role='id', cls='', tag='span', style=''):
        i = len(self.items)
        self.items.append(dict(i=i, kind=kind, role=role, value=text))
        st = f' style="{style}"' if style else ''
        return f'<{tag} data-i="{i}" class="{cls}"{st}>{H.escape(text)}</{tag}>'
    def multi(self, parts, kind, role='id', cls=''):
        """one identifier drawn as several elements (chips, cells); value = parts joined by space"""
        i = len(self.items)
        self.items.append(dict(i=i, kind=kind, role=role, value=' '.join(parts)))
        return [f'<span data-i="{i}" class="{cls}">{H.escape(p)}</span>' for p in parts]
def merge_lines(rects, dpr):
    """merge rects that sit on the same text line into one box per line, in image pixels"""
    rs = sorted(rects, key=lambda r: (round(r[1]), r[0]))
    lines = []
    for r in rs:
        for L in lines:
            if abs(L[1]-r[1]) < 3 and abs(L[3]-r[3]) < 3:
                L[0]=min(L[0],r[0]); L[2]=max(L[2],r[2]); L[1]=min(L[1],r[1]); L[3]=max(L[3],r[3]); break
        else:
            lines.append(list(r))
    return [[round(a*dpr, 1) for a in L] for L in lines]
