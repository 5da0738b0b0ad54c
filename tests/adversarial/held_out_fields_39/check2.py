#!/tmp/venv/bin/python
"""Independent leak check: search every typed/imported identifier, in a canonical form (NFKC, Unicode digits,
case and every separator / format character removed) and in decoded views (HTML entities, %-encoding, base64,
hex, UTF-16/32, XML tags stripped), over the whole workspace (files, sqlite dump, audit log), HOME (settings),
attest's stdout/stderr, the exported packs (unzipped XML and LibreOffice -> PDF -> pdftotext), redact output,
and every file/path name. Writes results/leaks.json, results/keeps.json and results/table.md."""
import base64, binascii, html, io, json, re, subprocess, sys, unicodedata, urllib.parse, zipfile, shutil
from pathlib import Path

ROOT = Path('/tmp/ho33/fields')
truth = json.loads((ROOT / 'truth.json').read_text())
drive = json.loads((ROOT / 'results2' / 'drive.json').read_text())
plan = json.loads((ROOT / 'plan.json').read_text())

def norm(s):
    s = unicodedata.normalize('NFKC', s)
    s = ''.join(str(unicodedata.digit(c)) if (c.isdigit() and not c.isascii()) else c for c in s)
    return re.sub(r'[^a-z0-9]', '', s.lower())

def views(text):
    out = [text, html.unescape(text), re.sub(r'<[^>]*>', '', html.unescape(text))]
    try:
        out.append(urllib.parse.unquote(text))
    except Exception:
        pass
    extra = []
    for tok in re.findall(r'[A-Za-z0-9+/]{16,}={0,2}', text):
        try:
            d = base64.b64decode(tok + '=' * (-len(tok) % 4), validate=False)
            extra.append(d.decode('utf-8', 'ignore'))
        except Exception:
            pass
    for tok in re.findall(r'(?:[0-9a-fA-F]{2}){10,}', text):
        try:
            extra.append(binascii.unhexlify(tok).decode('utf-8', 'ignore'))
        except Exception:
            pass
    out.append('\n'.join(extra))
    return out

SOURCES = []   # (label, text)
def add_bytes(label, b):
    texts = [b.decode('utf-8', 'ignore'), b.decode('latin-1')]
    for enc in ('utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-32-be'):
        try:
            t = b.decode(enc, 'ignore')
            # keep only runs of printable chars of length>=4 (strings -e)
            t = '\n'.join(re.findall(r'[\w\s\-.,:;@/+<>&#()\[\]"\'=]{4,}', t))
            texts.append(t)
        except Exception:
            pass
    SOURCES.append((label, '\n'.join(texts)))

def add_file(label, p):
    b = p.read_bytes()
    add_bytes(label, b)
    if zipfile.is_zipfile(p):
        try:
            with zipfile.ZipFile(p) as z:
                for n in z.namelist():
                    add_bytes(f'{label}!{n}', z.read(n))
                    SOURCES.append((f'{label}!{n} (names)', n))
                    try:
                        if n.lower().endswith('.xml') or n.lower().endswith('.rels'):
                            SOURCES.append((f'{label}!{n} (text)', re.sub(r'<[^>]+>', '', z.read(n).decode('utf-8', 'ignore'))))
                    except Exception:
                        pass
        except Exception as e:
            print('zip error', p, e)
    if p.suffix.lower() in ('.png', '.jpg', '.jpeg', '.gif', '.webp', '.tif', '.tiff'):
        try:
            from PIL import Image
            im = Image.open(p)
            SOURCES.append((f'{label} (image info)', json.dumps({k: str(v)[:5000] for k, v in im.info.items()}, default=str)))
        except Exception:
            pass
    if p.suffix == '' and p.name.endswith('.db') or p.suffix == '.db':
        r = subprocess.run(['sqlite3', str(p), '.dump'], capture_output=True, text=True, errors='replace')
        SOURCES.append((f'{label} (sqlite .dump)', r.stdout))

locations = {'ws2': ROOT / 'ws2', 'home2': ROOT / 'home2', 'out2': ROOT / 'out2', 'packs2': ROOT / 'packs2', 'redact_out2': ROOT / 'redact_out2'}
paths_text = []
for name, base in locations.items():
    if not base.exists():
        continue
    for p in sorted(base.rglob('*')):
        rel = f'{name}/{p.relative_to(base)}'
        paths_text.append(rel)
        if p.is_file():
            add_file(rel, p)
SOURCES.append(('(file and folder names)', '\n'.join(paths_text)))

# render every .docx in packs (and any beside them) with LibreOffice -> pdftotext
render = ROOT / 'rendered2'
if render.exists():
    shutil.rmtree(render)
render.mkdir()
for d in sorted((ROOT / 'packs2').rglob('*.docx')):
    r = subprocess.run(['soffice', '--headless', '--norestore', '-env:UserInstallation=file:///tmp/ho33/fields/lo_profile',
                        '--convert-to', 'pdf', '--outdir', str(render), str(d)], capture_output=True, text=True, timeout=300)
    pdf = render / (d.stem + '.pdf')
    if pdf.exists():
        t = subprocess.run(['pdftotext', '-layout', str(pdf), '-'], capture_output=True, text=True).stdout
        (render / (d.stem + '.txt')).write_text(t)
        SOURCES.append((f'rendered/{d.name} (LibreOffice->pdftotext)', t))
    else:
        print('render failed', d, r.stderr[-300:])

# precompute normalized views
NV = []
for label, text in SOURCES:
    NV.append((label, text, [norm(v) for v in views(text)]))

def raw_context(text, canon, width=45):
    chars = [c for c in canon if c.isalnum()]
    if not chars:
        return None
    sep = r'[\W_\u00a0\u034f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f]*'
    pat = sep.join(re.escape(c) for c in chars)
    m = re.search(pat, text, re.I)
    if not m:
        return None
    s = text[max(0, m.start() - width): m.end() + width]
    return s.replace('\n', '⏎')

leaks = {}
for pr in truth['probes']:
    found = []
    for label, text, nvs in NV:
        for key in pr['keys']:
            if len(key) < 5:
                continue
            hit = None
            for i, v in enumerate(nvs):
                j = v.find(key)
                if j >= 0:
                    hit = (i, v[max(0, j - 25): j + len(key) + 25])
                    break
            if hit:
                found.append(dict(where=label, key=key, view=['raw', 'html', 'tags-stripped', 'pct', 'b64/hex'][hit[0]],
                                  context=raw_context(text, pr['canonical']) or ('[normalized] ' + hit[1])))
                break
    leaks[pr['id']] = found

keeps = {}
for k in truth['keeps']:
    where = [label for label, text, nvs in NV if k['key'] and k['key'] in nvs[0]]
    keeps[k['id']] = where

res = ROOT / 'results2'
(res / 'leaks.json').write_text(json.dumps(leaks, indent=1, ensure_ascii=False))
(res / 'keeps.json').write_text(json.dumps(keeps, indent=1, ensure_ascii=False))

# table
rc = {r['label']: r for r in drive['results']}
lines = ['| probe | command | field | kind | form | identity | rc | survived in |', '|---|---|---|---|---|---|---|---|']
nleak = 0
for pr in truth['probes']:
    f = leaks[pr['id']]
    r = rc.get(pr['step'], {})
    wh = '; '.join(sorted(set(x['where'].split('!')[0].split(' (')[0] if not x['where'].startswith('ws2/attest.db') else x['where'] for x in f)))
    if f:
        nleak += 1
    lines.append(f"| {pr['id']} | {pr['step']} | {pr['field']} | {pr['kind']} | {pr['form']} | {'yes' if pr['identity'] else ''} | {r.get('rc', '?')} | {wh or '—'} |")
lines.append('')
lines.append(f'probes: {len(truth["probes"])}, survived somewhere: {nleak}')
lost = [k for k in truth['keeps'] if not keeps[k['id']]]
lines.append(f'keeps: {len(truth["keeps"])}, not found anywhere (lost): {len(lost)} {[k["id"] for k in lost]}')
lines.append('')
lines.append('| # | command | rc | traceback |')
lines.append('|---|---|---|---|')
for r in drive['results']:
    lines.append(f"| {r['n']} | {r['label']} | {r['rc']} | {'TRACEBACK' if r['traceback'] else ''} |")
(res / 'table.md').write_text('\n'.join(lines) + '\n')
print('\n'.join(lines[-0:]) if '-v' in sys.argv else f'probes {len(truth["probes"])} survived {nleak}; keeps lost {len(lost)}')
for pr in truth['probes']:
    for x in leaks[pr['id']]:
        print(f"LEAK {pr['id']:6s} {pr['step']:20s} {pr['field'][:22]:22s} {pr['kind']:10s} {pr['form'][:18]:18s} in {x['where'][:70]:70s} [{x['view']}] {x['context']!r}")
