"""Run attest redact over corpus/ in batches of 20 (fresh workspace); on a failing batch, rerun files singly.
Writes OUTDIR.runlog.json (exit codes, stderr tails, refused/crashed files, timings)."""
import os, sys, json, subprocess, time, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(sys.argv[1]); WS = OUT + ".ws"
shutil.rmtree(OUT, ignore_errors=True); shutil.rmtree(WS, ignore_errors=True); os.makedirs(OUT)
CORP = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.join(ROOT, "corpus")
files = sorted(os.listdir(CORP))
log = {"batches": [], "refused": {}, "crashed": {}, "timeouts": []}
def run(fs):
    t = time.time()
    try:
        p = subprocess.run(["/tmp/ho49/bin/attest", "--workspace", WS, "redact", *[os.path.join(CORP, f) for f in fs],
                            "--out", OUT, "--report", OUT + ".report-%d.json" % len(log["batches"])],
                           capture_output=True, text=True, timeout=600)
        r = {"files": fs, "rc": p.returncode, "secs": round(time.time() - t, 2), "stdout": p.stdout[-3000:], "stderr": p.stderr[-3000:]}
    except subprocess.TimeoutExpired:
        r = {"files": fs, "rc": "timeout"}; log["timeouts"].extend(fs)
    log["batches"].append(r); return r
for i in range(0, len(files), 20):
    b = files[i:i + 20]
    r = run(b)
    if r["rc"] != 0:
        for f in b:
            r1 = run([f])
            if r1["rc"] != 0:
                tgt = log["crashed"] if "Traceback" in (r1.get("stderr") or "") else log["refused"]
                tgt[f] = ((r1.get("stderr") or "") + (r1.get("stdout") or ""))[-600:]
json.dump(log, open(OUT + ".runlog.json", "w"), indent=1)
print("batches", len(log["batches"]), "refused", len(log["refused"]), "crashed", len(log["crashed"]), "timeouts", len(log["timeouts"]))
