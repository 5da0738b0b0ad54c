"""Written after the freeze (for time): run `attest scan` on batches of files and attribute output lines to files.
A file gets rc=1 if any output line starts with its path followed by ':' (a finding or refusal about it), else 0
(only when the batch itself ran without a crash). The raw batch outputs are kept in scan_batches.json.
Usage: run_scan_batch.py OUT.json BATCH FILES..."""
import subprocess, json, sys, time, os
A = "/tmp/ho54/bin/attest"; out = sys.argv[1]; n = int(sys.argv[2]); files = sys.argv[3:]
res = json.load(open(out)) if os.path.exists(out) else {}
bl = out.replace(".json", "_batches.json"); batches = json.load(open(bl)) if os.path.exists(bl) else []
files = [f for f in files if os.path.basename(f) not in res]
for i in range(0, len(files), n):
    chunk = files[i:i + n]; t = time.time()
    try:
        p = subprocess.run(["nice", A, "--workspace", "/tmp/ho54/docx/ws_scan", "scan"] + chunk, capture_output=True, text=True, timeout=900)
        rc, so, se = p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        rc, so, se = None, "", "TIMEOUT"
    secs = round(time.time() - t, 1); batches.append(dict(files=chunk, rc=rc, stdout=so, stderr=se, secs=secs))
    lines = (so + "\n" + se).splitlines()
    for f in chunk:
        mine = [l for l in lines if l.startswith(f + ":")]
        crash = "Traceback" in se or rc is None
        res[os.path.basename(f)] = dict(rc=(1 if mine else (rc if crash else 0)), stdout="\n".join(mine),
                                        stderr=(se[-3000:] if crash else ""), secs=secs, batch=len(batches) - 1, batch_rc=rc)
    print("batch", len(batches) - 1, "rc", rc, secs, "s", so.strip().splitlines()[-1:] if so.strip() else se[-200:], flush=True)
    json.dump(res, open(out, "w"), indent=1); json.dump(batches, open(bl, "w"), indent=1)
