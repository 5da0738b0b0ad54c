"""Run `attest scan FILE` once per file (timeout 180 s). Usage: run_scan.py OUT.json FILES..."""
import subprocess, json, sys, time, os
A = "/tmp/ho54/bin/attest"; out = sys.argv[1]; res = {}
if os.path.exists(out): res = json.load(open(out))
for f in sys.argv[2:]:
    k = os.path.basename(f)
    if k in res: continue
    t = time.time()
    try:
        p = subprocess.run(["nice", A, "--workspace", "/tmp/ho54/docx/ws_scan", "scan", f], capture_output=True, text=True, timeout=180)
        res[k] = dict(rc=p.returncode, stdout=p.stdout[-4000:], stderr=p.stderr[-4000:], secs=round(time.time() - t, 2))
    except subprocess.TimeoutExpired:
        res[k] = dict(rc=None, stdout="", stderr="TIMEOUT", secs=180)
    print(k, res[k]["rc"], res[k]["secs"], flush=True)
    json.dump(res, open(out, "w"), indent=1)
