"""LibreOffice Writer: a sheet of address labels for installers (3 x 6) with a 7 pt notes block; PDF -> pdftoppm; boxes from pdftotext -bbox."""
import sys, os, json, subprocess, re, html as H
sys.path.insert(0, os.path.dirname(__file__))
from ids import Gen
from PIL import Image, ImageOps
ROOT = '/tmp/ho55/screens'; W = f'{ROOT}/work/lo'; os.makedirs(W, exist_ok=True)
g = Gen('lo-labels'); plan = []
def P(v, kind, role='id'):
    plan.append((v, kind, role)); return H.escape(v)
cells = []
for i in range(18):
    nm = g.name(); pc, mtc, ll = g.top(); core = g.core()
    cells.append(f"<td style='width:6.3cm;height:3.6cm;border:1px dashed #999;padding:6px;font-size:10pt;vertical-align:top'>"
                 f"<b>{P(nm,'name')}</b><br>{P(g.street(),'address')}<br>{P(g.town(),'town_kept','keep')}<br>{P(g.postcode(),'postcode')}<br>"
                 f"<font size=1>S {P(pc+' '+mtc+' '+ll,'mpan_top')}<br>&nbsp;&nbsp;&nbsp;{P(core[:2]+' '+core[2:6]+' '+core[6:10]+' '+core[10:],'mpan_core')}</font><br>"
                 f"<font size=1>Job {P(g.ticket(),'ticket','keep')} · {P(g.testref(),'testref','keep')}</font></td>")
rows = ''.join('<tr>' + ''.join(cells[r*3:r*3+3]) + '</tr>' for r in range(6))
notes = []
for k in range(1, 5):
    notes.append(f"{k}. Meter {P(g.eserial(),'serial_e')} replaced; hub {P(g.eui(':'),'eui64')}; contact {P(g.phone(),'phone')}, {P(g.email(),'email')}; gas MPRN {P(g.mprn(),'mprn')} ({P(g.flow(),'flow','keep')} sent {P(g.ts(),'ts','keep')}).")
doc = f"""<html><head><meta charset="utf-8"><style>body{{font-family:'Liberation Sans'}}</style></head><body>
<p style="font-size:12pt"><b>Installer labels — batch {P(g.testref(),'testref','keep')}</b> &nbsp; printed {P('2026-11-30','date','keep')} &nbsp; {P(g.version(),'version','keep')}</p>
<table cellspacing=0 style="border-collapse:collapse">{rows}</table>
<p style="font-size:7pt">{'<br>'.join(notes)}</p></body></html>"""
open(f'{W}/labels.html', 'w').write(doc)
subprocess.run(['nice', 'soffice', '--headless', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', W, f'{W}/labels.html'], check=True, capture_output=True, timeout=180)
subprocess.run(['pdftotext', '-bbox', f'{W}/labels.pdf', f'{W}/labels.bbox.html'], check=True)
bb = open(f'{W}/labels.bbox.html').read()
pages = [p for p in re.split(r'<page ', bb)[1:]]
words = []  # (page, text, x0,y0,x1,y1)
for pi, pg in enumerate(pages):
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', pg):
        words.append((pi, H.unescape(m.group(5)), *map(float, m.group(1, 2, 3, 4))))
used = set(); found = []
def try_at(j, toks):
    ws = []; k = j
    for tok in toks:
        acc = ''; start = k
        while k < len(words) and len(acc) < len(tok):
            acc += words[k][1].strip(',;().') if k > start or True else ''
            k += 1
            if acc == tok: break
        if acc != tok: return None
        ws.extend(words[start:k])
    return ws
for v, kind, role in plan:
    toks = v.split(); hit = None
    for j in range(len(words)):
        if j in used: continue
        ws = try_at(j, toks)
        if ws and not any(words.index(w) in used for w in ws):
            hit = ws; break
    if hit is None:
        print('NOT FOUND', v); found.append((v, kind, role, None)); continue
    for w in hit: used.add(words.index(w))
    found.append((v, kind, role, hit))
PG = max(range(len(pages)), key=lambda i: pages[i].count('<word'))
for dpi, th, tag in [(96, 'light', 'l00_labels_96_light'), (150, 'light', 'l01_labels_150_light'), (120, 'dark', 'l02_labels_120_dark')]:
    subprocess.run(['nice', 'pdftoppm', '-r', str(dpi), '-f', str(PG+1), '-l', str(PG+1), '-png', '-singlefile', f'{W}/labels.pdf', f'{W}/{tag}'], check=True)
    im = Image.open(f'{W}/{tag}.png').convert('RGB')
    if th == 'dark': im = ImageOps.invert(im)
    im.save(f'{ROOT}/corpus/{tag}.png')
    s = dpi / 72.0; items = []
    for v, kind, role, ws in found:
        if ws is None or ws[0][0] != PG: continue
        lines = {}
        for w in ws:
            key = round(w[3]/3); L = lines.setdefault(key, [w[2], w[3], w[4], w[5]])
            L[0] = min(L[0], w[2]); L[1] = min(L[1], w[3]); L[2] = max(L[2], w[4]); L[3] = max(L[3], w[5])
        items.append(dict(kind=kind, role=role, value=v, boxes=[[round(a*s, 1) for a in L] for L in lines.values()]))
    json.dump(dict(image=f'{tag}.png', toolkit='libreoffice', design='labels', scale=dpi/96, theme=th, items=items), open(f'{ROOT}/truth/{tag}.json', 'w'), indent=0)
    print(tag, len(items), im.size)
