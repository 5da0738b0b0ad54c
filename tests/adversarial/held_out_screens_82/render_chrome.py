import os, sys, json, re, subprocess, random, html as H
sys.path.insert(0, os.path.dirname(__file__))
import html_pages as P
OUT = '/tmp/ho46/screens/corpus'; HT = '/tmp/ho46/screens/html'
os.makedirs(HT, exist_ok=True)
CH = ['chromium','--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--hide-scrollbars','--font-render-hinting=none']
def union(rs): return [min(r[0] for r in rs), min(r[1] for r in rs), max(r[2] for r in rs), max(r[3] for r in rs)]
truth = {}
only = sys.argv[1:]
for i,(name, fn, theme, scale, (w,h)) in enumerate(P.PAGES):
    if only and name not in only: continue
    r = random.Random(1000+i)
    body, css, font = fn(r, theme)
    doc = P.page(body, css, theme, font)
    f = os.path.join(HT, name+'.html'); open(f,'w').write(doc)
    common = CH + ['--force-device-scale-factor=%s' % scale, '--window-size=%d,%d' % (w,h)]
    subprocess.run(common + ['--screenshot=%s/%s.png' % (OUT,name), 'file://'+f], capture_output=True, timeout=120)
    dom = subprocess.run(common + ['--virtual-time-budget=3000','--dump-dom','file://'+f+'#dump'], capture_output=True, timeout=120, text=True).stdout
    m = re.search(r'<pre id="__boxes">(.*?)</pre>', dom, re.S)
    data = json.loads(H.unescape(m.group(1)))
    secrets, keeps, groups = [], [], {}
    for it in data['items']:
        if not it['rects']: continue
        if it['t'] == 's':
            if it['g']:
                groups.setdefault(it['g'], []).append(it)
            else:
                secrets.append({'text': it['text'], 'kind': it['kind'], 'box': union(it['rects']), 'parts': it['rects'] if len(it['rects'])>1 else None})
        else:
            keeps.append({'text': it['text'], 'kind': it['kind'], 'box': union(it['rects']), 'parts': it['rects'] if len(it['rects'])>1 else None})
    for g, its in groups.items():
        secrets.append({'text': ''.join(x['text'] for x in its), 'kind': its[0]['kind'], 'box': union([rr for x in its for rr in x['rects']]), 'parts': [x['rects'][0] for x in its], 'part_texts': [x['text'] for x in its]})
    truth[name+'.png'] = {'toolkit':'chromium','scale':scale,'theme':theme,'dpr':data['dpr'],'secrets':secrets,'keeps':keeps}
    print(name, data['dpr'], len(secrets), len(keeps), flush=True)
json.dump(truth, open('/tmp/ho46/screens/truth_chrome.json','w'), indent=1, ensure_ascii=False)
