#!/tmp/venv/bin/python
"""Run every command of plan.json against a fresh workspace; keep stdout/stderr/rc of each in out/."""
import json, os, re, shutil, subprocess, sys, time
from pathlib import Path

ROOT = Path('/tmp/ho33/fields')
WS = ROOT / 'ws1'
OUT = ROOT / 'out'          # attest's stdout/stderr (scanned for leaks)
LOG = ROOT / 'runlog'       # our argv (holds the typed identifiers; never scanned)
HOME = ROOT / 'home'        # HOME/XDG for the runs, scanned for settings
for d in (WS, OUT, LOG, HOME, ROOT / 'packs', ROOT / 'redact_out'):
    if d.exists():
        shutil.rmtree(d)
for d in (OUT, LOG, HOME, ROOT / 'packs'):
    d.mkdir(parents=True)
plan = json.loads((ROOT / 'plan.json').read_text())
env0 = dict(os.environ)
env0.update(HOME=str(HOME), XDG_CONFIG_HOME=str(HOME / '.config'), XDG_DATA_HOME=str(HOME / '.local/share'),
            XDG_CACHE_HOME=str(HOME / '.cache'), ATTEST_PASSPHRASE='held-out fields passphrase 33', QT_QPA_PLATFORM='offscreen')
env0.pop('ATTEST_WORKSPACE', None)
env0.pop('ATTEST_TIME_ZONE', None)
vars_ = {'REF_M0': 'MPAN001'}
FALLBACK = {'RUNA2': None}

def find_png_item(obj):
    hits = []
    def walk(o):
        if isinstance(o, dict):
            s = json.dumps(o)
            if 'id' in o and re.search(r'\.png', s, re.I) and not any(isinstance(v, list) and v and isinstance(v[0], dict) and 'id' in v[0] for v in o.values()):
                hits.append(o['id'])
            for v in o.values():
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)
    walk(obj)
    return hits[0] if hits else None

results = []
for n, c in enumerate(plan):
    argv = []
    for a in c['argv']:
        for k, v in vars_.items():
            a = a.replace('{' + k + '}', str(v))
        argv.append(a)
    unresolved = [a for a in argv if re.search(r'\{[A-Z_0-9]+\}', a)]
    full = ['/tmp/venv/bin/attest', '--workspace', str(WS)] + argv
    env = dict(env0); env.update(c.get('env') or {})
    t0 = time.time()
    try:
        p = subprocess.run(full, input=c.get('stdin'), capture_output=True, text=True, env=env, timeout=400)
        rc, so, se = p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        rc, so, se = 'timeout', (e.stdout or b'').decode() if isinstance(e.stdout, bytes) else (e.stdout or ''), (e.stderr or b'').decode() if isinstance(e.stderr, bytes) else (e.stderr or '')
    dt = time.time() - t0
    tag = f'{n:03d}_{c["label"]}'
    (OUT / f'{tag}.stdout').write_text(so)
    (OUT / f'{tag}.stderr').write_text(se)
    (LOG / f'{tag}.json').write_text(json.dumps(dict(argv=full, env=c.get('env'), stdin=c.get('stdin'), rc=rc, secs=round(dt, 1), unresolved=unresolved), ensure_ascii=False, indent=1))
    for name, how in (c.get('capture') or {}).items():
        val = None
        try:
            if how.startswith('json:'):
                val = json.loads(so)[how[5:]]
            elif how.startswith('re:'):
                m = re.search(how[3:], so + se)
                if m:
                    val = next(g for g in m.groups() if g)
        except Exception:
            pass
        if val is None and name == 'ITEM_PNG':
            try:
                val = find_png_item(json.loads(so))
            except Exception:
                pass
        if val is not None:
            vars_[name] = val
    results.append(dict(n=n, label=c['label'], rc=rc, secs=round(dt, 1), traceback='Traceback' in se or 'Traceback' in so, unresolved=unresolved))
    print(f'{tag:40s} rc={rc} {dt:5.1f}s {"TRACEBACK" if results[-1]["traceback"] else ""} {"UNRESOLVED " + str(unresolved) if unresolved else ""}', flush=True)
(ROOT / 'results' ).mkdir(exist_ok=True)
(ROOT / 'results' / 'drive.json').write_text(json.dumps(dict(results=results, vars=vars_), indent=1))
