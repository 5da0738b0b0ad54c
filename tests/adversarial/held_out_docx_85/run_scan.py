# Runs `attest scan` once per file (neutral file names, one workspace per worker). Usage: run_scan.py OUTDIR
import json, os, sys, shutil, subprocess, time, concurrent.futures as cf, threading
R = '/tmp/ho47/docx'; A = '/tmp/ho47/bin/attest'
out = sys.argv[1]; os.makedirs(f'{out}/in', exist_ok=True); os.makedirs(f'{out}/res', exist_ok=True)
truth = json.load(open(f'{R}/truth.json'))
files = [(it['id'], f'{R}/{it["file"]}') for it in truth] + [(f'base_{b}', f'{R}/bases/{b}.docx') for b in ['demo_pack', 'pydocx', 'lo', 'minimal']]
mp = {}
for i, (iid, src) in enumerate(files):
    dst = f'{out}/in/f{i:03d}.docx'; shutil.copy(src, dst); mp[iid] = f'f{i:03d}'
json.dump(mp, open(f'{out}/map.json', 'w'), indent=1)
local = threading.local(); cnt = [0]; lock = threading.Lock()
def one(iid):
    if not hasattr(local, 'ws'):
        with lock: cnt[0] += 1; local.ws = f'{out}/ws{cnt[0]}'
    f = f'{out}/in/{mp[iid]}.docx'; t0 = time.time()
    try:
        p = subprocess.run([A, '--workspace', local.ws, 'scan', f], capture_output=True, text=True, timeout=300)
        r = dict(rc=p.returncode, stdout=p.stdout, stderr=p.stderr[-4000:], secs=round(time.time() - t0, 2))
    except subprocess.TimeoutExpired:
        r = dict(rc=None, stdout='', stderr='TIMEOUT', secs=300)
    json.dump(r, open(f'{out}/res/{mp[iid]}.json', 'w'), indent=1)
    return iid, r['rc']
with cf.ThreadPoolExecutor(4) as ex:
    for iid, rc in ex.map(one, list(mp)):
        print(iid, rc, flush=True)
