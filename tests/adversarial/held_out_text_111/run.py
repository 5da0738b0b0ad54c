"""Run attest redact in batches of 20 (fresh workspace each), then attest scan on outputs. Logs to runs/."""
import os, subprocess, json, time, shutil, sys
ROOT = os.path.dirname(os.path.abspath(__file__))
ATTEST = "/tmp/ho53/bin/attest"
RUNS = os.path.join(ROOT, "runs"); OUT = os.path.join(RUNS, "out"); LOGS = os.path.join(RUNS, "logs")
shutil.rmtree(RUNS, ignore_errors=True); os.makedirs(OUT); os.makedirs(LOGS)
files = sorted(os.listdir(os.path.join(ROOT, "corpus")))
meta = []
for b in range(0, len(files), 20):
    batch = files[b:b + 20]; n = b // 20
    ws = os.path.join(RUNS, "ws%02d" % n)
    cmd = ["nice", ATTEST, "--workspace", ws, "redact", "--out", OUT, "--report", os.path.join(LOGS, "report%02d.json" % n)] + [os.path.join(ROOT, "corpus", f) for f in batch]
    t = time.time()
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=600); rc = p.returncode; so, se = p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        rc = "TIMEOUT"; so, se = e.stdout or b"", e.stderr or b""
    dt = time.time() - t
    open(os.path.join(LOGS, "redact%02d.stdout" % n), "wb").write(so); open(os.path.join(LOGS, "redact%02d.stderr" % n), "wb").write(se)
    meta.append(dict(batch=n, rc=rc, seconds=round(dt, 1), files=batch))
    print("batch", n, "rc", rc, "%.1fs" % dt, flush=True)
t = time.time()
try:
    p = subprocess.run(["nice", ATTEST, "--workspace", os.path.join(RUNS, "wsscan"), "scan", OUT], capture_output=True, timeout=900); rc = p.returncode; so, se = p.stdout, p.stderr
except subprocess.TimeoutExpired as e:
    rc = "TIMEOUT"; so, se = e.stdout or b"", e.stderr or b""
open(os.path.join(LOGS, "scan.stdout"), "wb").write(so); open(os.path.join(LOGS, "scan.stderr"), "wb").write(se)
meta.append(dict(scan_rc=rc, seconds=round(time.time() - t, 1)))
print("scan rc", rc)
json.dump(meta, open(os.path.join(RUNS, "meta.json"), "w"), indent=1)
