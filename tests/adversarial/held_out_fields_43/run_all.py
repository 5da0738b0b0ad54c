#!/tmp/venv/bin/python
"""Run plan.json against the frozen Attest CLI in a fresh workspace, then look for every secret everywhere."""
import json, os, re, sys, subprocess, shutil, time, signal, unicodedata, zipfile, base64, binascii, html, urllib.parse, glob, hashlib
ROOT = '/tmp/ho34/fields'
A = '/tmp/ho34/bin/attest'
RND = os.environ.get('ROUND', 'r1')
SUF = {'r1': '', 'r2': '2', 'r3': '3', 'r4': '4'}[RND]
WS = ROOT + '/ws' + SUF; OUT = ROOT + '/out' + SUF; HOME = ROOT + '/home' + SUF; ART = ROOT + '/artifacts_' + RND + ('' if RND == 'r1' else '')
truth = json.load(open(ROOT + '/truth%s.json' % SUF)); plan = json.load(open(ROOT + '/plan%s.json' % SUF))
MANI = ROOT + '/MANIFEST%s.sha256' % SUF

def check_freeze():
    bad = []
    for line in open(MANI):
        h, p = line.rstrip('\n').split('  ', 1)
        if hashlib.sha256(open(p, 'rb').read()).hexdigest() != h: bad.append(p)
    if bad: sys.exit('frozen files changed: %s' % bad)

CONF = {'А':'a','В':'b','Е':'e','К':'k','М':'m','Н':'h','О':'o','Р':'p','С':'c','Т':'t','Х':'x','а':'a','е':'e','о':'o','р':'p','с':'c','х':'x','Α':'a','Β':'b','Ε':'e','Κ':'k','Μ':'m','Ο':'o','Ρ':'p','Τ':'t','Χ':'x','ο':'o'}
def compact(t):
    t = unicodedata.normalize('NFKC', t)
    o = []
    for ch in t:
        if ch in CONF: o.append(CONF[ch]); continue
        if ch.isdigit():
            try: o.append(str(unicodedata.digit(ch))); continue
            except Exception: pass
        c = ch.lower()
        if ('a' <= c <= 'z') or ('0' <= c <= '9'): o.append(c)
    return ''.join(o)

def needles(s):
    v = s['value']; k = s['kind']
    if k == 'address':
        num_street = v.split(',')[0]
        return [compact(v), compact(num_street)]
    r = [compact(v)]
    if compact(s['typed']) != r[0]: r.append(compact(s['typed']))
    return r

def decoded_variants(text):
    out = [text, re.sub(r'<[^>]+>', '', text)]
    try: out.append(html.unescape(text))
    except Exception: pass
    try: out.append(urllib.parse.unquote(text))
    except Exception: pass
    for m in re.finditer(r'[A-Za-z0-9+/]{16,}={0,2}', text):
        b = m.group(0)
        try:
            d = base64.b64decode(b + '=' * (-len(b) % 4)).decode('utf-8', 'ignore')
            if d: out.append(d)
        except Exception: pass
    for m in re.finditer(r'(?:[0-9a-fA-F]{2}){8,}', text):
        try: out.append(bytes.fromhex(m.group(0)).decode('utf-8', 'ignore'))
        except Exception: pass
    return out

def bytes_texts(b):
    ts = [b.decode('utf-8', 'ignore'), b.decode('latin-1')]
    for enc in ('utf-16-le', 'utf-16-be', 'utf-32-le'):
        try: ts.append(b.decode(enc, 'ignore'))
        except Exception: pass
    return ts

def main():
    check_freeze()
    for d in (WS, OUT, HOME, ART) + tuple(tuple(d for d in glob.glob(ROOT + '/ws_*') + glob.glob(ROOT + '/wsenv_*') if not d.endswith('_r1'))):
        shutil.rmtree(d, ignore_errors=True)
    os.makedirs(OUT); os.makedirs(HOME); os.makedirs(ART)
    base_env = dict(os.environ, HOME=HOME, XDG_DATA_HOME=HOME + '/.local/share', XDG_CONFIG_HOME=HOME + '/.config', XDG_CACHE_HOME=HOME + '/.cache', QT_QPA_PLATFORM='offscreen', USER='tester1', LOGNAME='tester1')
    base_env.pop('ATTEST_WORKSPACE', None)
    if RND != 'r1': base_env['ATTEST_PASSPHRASE'] = 'held-out-r2-passphrase'; base_env.pop('ATTEST_TIME_ZONE', None)
    vars_ = {}; results = []
    for e in plan:
        argv = []; missing = False
        for a in e['argv']:
            for k, v in vars_.items(): a = a.replace('{' + k + '}', v)
            if re.search(r'\{[A-Z0-9]+\}', a): missing = True
            argv.append(a)
        note = e.get('note', '')
        ws = WS
        if note.startswith('workspace='): ws = note.split('=', 1)[1]
        pre = [] if note == 'noworkspace' else ['--workspace', ws]
        env = dict(base_env)
        for k, v in e['env'].items():
            if v is None: env.pop(k, None)
            else: env[k] = v
        r = dict(id=e['id'], argv=argv, expect=e['expect'])
        if missing:
            r.update(rc=None, stdout='', stderr='SKIPPED: missing runtime id'); results.append(r); continue
        t0 = time.time()
        p = subprocess.Popen([A] + pre + argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT, start_new_session=True)
        if note.startswith('kill='):
            time.sleep(float(note.split('=')[1]))
            try: os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError: pass
        try:
            so, se = p.communicate((e['stdin'] or '').encode(), timeout=180)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL); so, se = p.communicate(); r['timeout'] = True
        r.update(rc=p.returncode, stdout=so.decode('utf-8', 'replace'), stderr=se.decode('utf-8', 'replace'), secs=round(time.time() - t0, 2))
        for k, rx in e['capture'].items():
            m = re.search(rx, r['stdout'], re.M) or re.search(rx, r['stderr'], re.M)
            if m: vars_[k] = m.group(1)
        results.append(r)
        print('%-22s rc=%s %s' % (e['id'], r['rc'], (r['stderr'].strip().splitlines() or [''])[-1][:150]), flush=True)
    json.dump(dict(results=results, vars=vars_), open(ART + '/commands.json', 'w'), ensure_ascii=False, indent=1)

    # ---------- collect artifacts ----------
    arts = {}   # name -> list of texts
    def add(name, texts): arts.setdefault(name, []).extend(texts)
    for r in results:
        add('cli-stdout:' + r['id'], [r['stdout']]); add('cli-stderr:' + r['id'], [r['stderr']])
    roots = [WS, OUT, HOME] + [d for d in glob.glob(ROOT + '/ws_*') + glob.glob(ROOT + '/wsenv_*') if not d.endswith('_r1')]
    for rt in roots:
        for dp, dns, fns in os.walk(rt):
            for n in dns + fns:
                add('path-name:' + os.path.relpath(os.path.join(dp, n), ROOT), [os.path.relpath(os.path.join(dp, n), rt)])
            for fn in fns:
                fp = os.path.join(dp, fn); rel = os.path.relpath(fp, ROOT)
                b = open(fp, 'rb').read()
                add('file-raw:' + rel, bytes_texts(b))
                if zipfile.is_zipfile(fp):
                    try:
                        z = zipfile.ZipFile(fp)
                        for m in z.namelist():
                            mb = z.read(m); add('zip:' + rel + '!' + m, bytes_texts(mb) + [re.sub(r'<[^>]+>', '', mb.decode('utf-8', 'ignore'))] + [m])
                            if zipfile.is_zipfile(__import__('io').BytesIO(mb)): pass
                    except Exception as ex: add('zip-error:' + rel, [str(ex)])
                if fn.endswith('.db') or b[:16] == b'SQLite format 3\x00':
                    d = subprocess.run(['sqlite3', fp, '.dump'], capture_output=True).stdout
                    open(ART + '/' + rel.replace('/', '_') + '.dump.sql', 'wb').write(d); add('sqlite-dump:' + rel, bytes_texts(d))
                if fn.endswith('.docx'):
                    od = ART + '/render/' + hashlib.md5(fp.encode()).hexdigest()[:8]; os.makedirs(od, exist_ok=True)
                    subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://' + ART + '/lo', '--convert-to', 'pdf', '--outdir', od, fp], capture_output=True, timeout=300)
                    for pdf in glob.glob(od + '/*.pdf'):
                        t = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True).stdout.decode('utf-8', 'ignore')
                        open(pdf + '.txt', 'w').write(t); add('rendered:' + rel, [t])
                if b[:8] == b'\x89PNG\r\n\x1a\n' or b[:3] == b'\xff\xd8\xff':
                    t = subprocess.run(['tesseract', fp, '-', '--psm', '11'], capture_output=True).stdout.decode('utf-8', 'ignore')
                    add('ocr:' + rel, [t])
    # compact each artifact (with decoded variants)
    comp = {}
    for name, texts in arts.items():
        cs = []
        for t in texts:
            for v in decoded_variants(t): cs.append(compact(v))
        comp[name] = '\n'.join(cs)
    # ---------- score ----------
    by_where = {}
    found = []
    for s in truth['secrets']:
        hits = []
        ns = needles(s)
        for name, c in comp.items():
            for i, n in enumerate(ns):
                if n and n in c:
                    hits.append((name, 'full' if i == 0 else 'alt-needle')); break
        s2 = dict(s, hits=hits); found.append(s2)
    # keeps: in any rendered pack/report or run show output
    kept = []
    keep_space = '\n'.join(c for n, c in comp.items() if n.startswith(('rendered:', 'cli-stdout:run-show', 'cli-stdout:case-show', 'cli-stdout:plan-show', 'cli-stdout:cases')))
    for k in truth['keeps']:
        kept.append(dict(k, kept=compact(k['value']) in keep_space))
    # command checks
    cmdchk = []
    for r in results:
        tb = 'Traceback' in r['stderr'] or 'Traceback' in r['stdout']
        cmdchk.append(dict(id=r['id'], rc=r['rc'], expect=r['expect'], traceback=tb,
                           wrong_refusal=(r['expect'] == 'ok' and r['rc'] not in (0,)),
                           not_refused=(r['expect'] == 'refuse' and r['rc'] == 0),
                           refuse_rc_not_2=(r['expect'] == 'refuse' and r['rc'] not in (0, 2)),
                           msg=(r['stderr'].strip().splitlines() or [''])[-1][:300]))
    json.dump(dict(secrets=found, keeps=kept, commands=cmdchk), open(ART + '/score.json', 'w'), ensure_ascii=False, indent=1)
    leaked = [s for s in found if s['hits']]
    print('\nSECRETS %d, survived somewhere: %d' % (len(found), len(leaked)))
    for s in leaked:
        print('LEAK %s %-8s %-14s %-70s -> %s' % (s['id'], s['kind'], s['form'], s['where'][:70], '; '.join(sorted(set(h[0] + '(' + h[1] + ')' for h in s['hits'])))[:600]))
    print('\nKEEPS %d, kept %d' % (len(kept), sum(k['kept'] for k in kept)))
    for k in kept:
        if not k['kept']: print('LOST-KEEP', k['value'], '|', k['where'])
    print('\nCOMMANDS')
    for c in cmdchk:
        flags = [f for f in ('traceback', 'wrong_refusal', 'not_refused', 'refuse_rc_not_2') if c[f]]
        print('%-22s rc=%-4s exp=%-6s %-30s %s' % (c['id'], c['rc'], c['expect'], ','.join(flags), c['msg'][:160]))
main()
